/**
 * S3 signers other than the AWS SDKs' clients, and what they do with the host (measured offline
 * by `tests/oracle/signers.test.ts`):
 *
 * - Smithy's `SignatureV4#presign(request)` signs `request.hostname` as given (its row is in
 *   `declarations.ts`, judged like `S3RequestPresigner#presign`);
 * - aws4fetch's `AwsClient#sign(url, { aws: { signQuery: true } })` presigns `url` and never
 *   changes its host;
 * - MinIO's `Client` rewrites the exact endpoint `s3.amazonaws.com` to the regional host of its
 *   `region`, from a table inside minio; a region outside the table keeps the global host, and any
 *   other endpoint is used as given. The table is minio's: the plugin asks the installed minio
 *   (`rules/utils/installed-minio.ts`) and never keeps a copy.
 */
import { classifyHost } from './hosts.js';
import { SIGNER_PACKAGES } from './declarations.js';
import type { Value } from './values.js';

/** Does this source text possibly import one of the other S3 signers that presign? */
export function mayUseOtherSigner(sourceText: string): boolean {
  return sourceText.includes(SIGNER_PACKAGES.smithySignatureV4) || sourceText.includes(SIGNER_PACKAGES.aws4fetch);
}

/** aws4fetch: `client.sign(input, { aws: { signQuery: true } })` puts the signature in the query. */
export const AWS4FETCH_SIGN = { method: 'sign', init: 'aws', signQuery: 'signQuery' } as const;

/** MinIO: the client options that choose the host, and where minio keeps its host rules. */
export const MINIO = {
  package: SIGNER_PACKAGES.minio,
  endpointOption: 'endPoint',
  regionOption: 'region',
  /** minio's endpoint table, `getS3Endpoint(region)`: the regional host, or `s3.amazonaws.com` for a region it lacks. */
  endpointTable: { file: 'dist/main/internal/s3-endpoints.js', function: 'getS3Endpoint' },
  /** minio's test of the endpoints it rewrites, `isAmazonEndpoint(host)`. */
  amazonEndpoint: { file: 'dist/main/internal/helper.js', function: 'isAmazonEndpoint' },
} as const;

/** What minio does with a host, as its own code answers (loaded from the installed package). */
export interface MinioHostRules {
  /** minio's version, for messages. */
  version: string;
  /** Is this (lower-cased) endpoint one minio rewrites by region? */
  isAmazonEndpoint: (host: string) => boolean;
  /** The host minio uses for a region with such an endpoint. */
  endpointFor: (region: string) => string;
}

/** Why a minio client with a global `endPoint` still signs for the global host, or `regional` when it does not. */
export type MinioJudgement =
  /** minio rewrites it to the regional host of a region in its table. */
  | { kind: 'regional' }
  /** The endpoint is not one minio rewrites: it is used as given. */
  | { kind: 'asGiven' }
  /** A region minio's table lacks: minio falls back to the global host. */
  | { kind: 'outsideTable'; region: string; host: string }
  /** No region, or one the code does not show: the host is decided at run time (or by a network call). */
  | { kind: 'unknownRegion' };

/**
 * Judges a minio client's global `endPoint` with its `region` values, by minio's own rules; `rules`
 * undefined (minio cannot be loaded) is `asGiven`: the endpoint is judged as written.
 */
export function judgeMinioEndpoint<N>(endpointHost: string, region: readonly Value<N>[], rules: MinioHostRules | undefined): MinioJudgement {
  // minio lower-cases the endpoint it is given.
  if (!rules?.isAmazonEndpoint(endpointHost.toLowerCase())) return { kind: 'asGiven' };
  if (region.length === 0 || region.some((value) => value.kind !== 'string' || value.value === '')) return { kind: 'unknownRegion' };
  for (const value of region) {
    if (value.kind !== 'string') continue;
    const host = rules.endpointFor(value.value);
    const kind = classifyHost(host).kind;
    if (kind !== 'regional' && kind !== 'private') return { kind: 'outsideTable', region: value.value, host };
  }
  return { kind: 'regional' };
}
