/**
 * The region a presigned URL must be signed for. A client signs for its own region, so a bucket
 * that lives elsewhere gets a URL that S3 answers with a redirect or an error, on a name the
 * bucket region's interface endpoint does not claim; an access point ARN of another region makes
 * the v3 SDK throw with `useArnRegion: false` (without the option, 3.200.0 throws and the current
 * release signs for the ARN's region); a Multi-Region Access Point ARN signs for the global
 * `s3-global` name (measured: `tests/oracle`, `docs/sdk-behaviour.md`).
 */
import type { ConfigReader } from './client-config.js';
import { isRegionName } from './hosts.js';
import { CLIENT_OPTIONS, GLOBAL_PSEUDO_REGION, type SdkVersion } from './model.js';
import type { NotPrivateKind } from './private-path.js';
import type { Value } from './values.js';

/** The S3 ARNs a `Bucket` parameter may hold instead of a bucket name. */
export type BucketArn =
  | { kind: 'accessPoint'; region: string; arn: string }
  | { kind: 'multiRegionAccessPoint'; arn: string };

/**
 * `arn:<partition>:s3:<region>:<account>:accesspoint/<name>` (or `accesspoint:<name>`), and the
 * Multi-Region form with an empty region and a `.mrap` alias. Other ARNs (Object Lambda, Outposts)
 * and bucket names: undefined. Plain string operations, linear in the text.
 */
export function parseBucketArn(text: string): BucketArn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  const parts = text.split(':');
  if (parts.length < 6 || parts[2] !== 's3') return undefined;
  const [, , , region = '', account = ''] = parts;
  const resource = parts.slice(5).join(':');
  const name = resource.startsWith('accesspoint/') || resource.startsWith('accesspoint:') ? resource.slice('accesspoint/'.length) : undefined;
  if (name === undefined || name.length === 0 || account.length === 0) return undefined;
  if (region === '') return name.endsWith('.mrap') ? { kind: 'multiRegionAccessPoint', arn: text } : undefined;
  return isRegionName(region) ? { kind: 'accessPoint', region, arn: text } : undefined;
}

export type BucketFinding<N> =
  /** A bucket `bucketRegions` places in another region than the client's. */
  | { reason: 'bucketRegion'; bucket: string; bucketRegion: string; clientRegion: string; node: N | undefined }
  /** An access point ARN of another region with `useArnRegion: false` (v3 throws). */
  | { reason: 'accessPointRegion'; arn: string; arnRegion: string; clientRegion: string; node: N | undefined }
  /** A Multi-Region Access Point ARN: signed for the global `s3-global` name. */
  | { reason: 'multiRegionAccessPoint'; arn: string; node: N | undefined };

/**
 * The client that signs, as far as the bucket judgement reads it: its config (a construction's
 * argument, or the argument of the configured factory, which passes `region` and an interface
 * `endpoint` through) and its SDK.
 */
export interface SigningClient<Config> {
  config: Config | undefined;
  sdk: SdkVersion;
}

export interface BucketContext {
  /** Where each bucket lives, for certain (`settings['s3-regional'].bucketRegions`). */
  bucketRegions: Readonly<Record<string, string>>;
  /** Host kinds the team's network carries on purpose. */
  acceptedHostKinds: ReadonlySet<NotPrivateKind>;
}

/** The bucket's region from `bucketRegions`, by the name as written or in lower case. */
export function knownBucketRegion(bucketRegions: Readonly<Record<string, string>>, bucket: string): string | undefined {
  if (Object.hasOwn(bucketRegions, bucket)) return bucketRegions[bucket];
  const lower = bucket.toLowerCase();
  return Object.hasOwn(bucketRegions, lower) ? bucketRegions[lower] : undefined;
}

/**
 * The one region a client certainly signs for: every value of its `region` is a real region name,
 * all the same. Undefined when it may be anything else (unknown, missing, provider functions).
 */
function certainRegion<N>(values: readonly Value<N>[]): string | undefined {
  const [first] = values;
  if (first?.kind !== 'string' || !isRegionName(first.value) || first.value === GLOBAL_PSEUDO_REGION) return undefined;
  return values.every((v) => v.kind === 'string' && v.value === first.value) ? first.value : undefined;
}

/**
 * Judges the bucket a presign call names against the client that signs it, read option by option
 * through `read` (the same reading as the client judgement). `bucket` is the values of the call's
 * `Bucket` parameter. Only what the code makes certain is a finding.
 */
export function judgeBucketUse<N, P>(
  read: ConfigReader<N, P>,
  sdk: SdkVersion,
  bucket: readonly Value<N>[],
  context: BucketContext,
): BucketFinding<N> | undefined {
  const names = bucket.filter((v): v is Extract<Value<N>, { kind: 'string' }> => v.kind === 'string');
  if (names.length === 0) return undefined;

  for (const { value, node } of names) {
    const arn = parseBucketArn(value);
    if (arn?.kind === 'multiRegionAccessPoint' && !context.acceptedHostKinds.has('multiRegionAccessPoint')) {
      return { reason: 'multiRegionAccessPoint', arn: arn.arn, node };
    }
  }

  // A custom endpoint decides the host itself (an interface endpoint, MinIO): not judged here.
  const endpoint = read(CLIENT_OPTIONS.endpoint).values;
  if (!endpoint.every((v) => v.kind === 'absent' || v.kind === 'nullish')) return undefined;
  const clientRegion = certainRegion(read(CLIENT_OPTIONS.region).values);
  if (clientRegion === undefined) return undefined;

  for (const { value, node } of names) {
    const arn = parseBucketArn(value);
    if (arn?.kind === 'accessPoint') {
      // Measured for v3 only: v2 spells the option differently (`s3UseArnRegion`) and is not measured.
      // Without the option the releases differ (3.200.0 throws, the current one signs for the ARN's
      // region): only an explicit `useArnRegion: false` throws in both.
      if (sdk !== 'v3' || arn.region === clientRegion) continue;
      const useArnRegion = read(CLIENT_OPTIONS.useArnRegion).values;
      if (!useArnRegion.every((v) => v.kind === 'boolean' && !v.value)) continue;
      return { reason: 'accessPointRegion', arn: arn.arn, arnRegion: arn.region, clientRegion, node };
    }
    if (arn !== undefined) continue;
    const bucketRegion = knownBucketRegion(context.bucketRegions, value);
    if (bucketRegion !== undefined && bucketRegion !== clientRegion) {
      return { reason: 'bucketRegion', bucket: value, bucketRegion, clientRegion, node };
    }
  }
  return undefined;
}
