/**
 * The one judgement of an S3 client's configuration: is the endpoint it signs for pinned to a
 * region? What the SDKs do with each option (checked against the real SDKs by the SDK oracle,
 * `tests/oracle`) is written here once, over an abstract reading of the config: each option's
 * possible values. The syntax tier reads them from ESTree, the typed tier from TypeScript's tree
 * and checker; both ask this judgement, so that they never disagree on what a value means.
 */
import { classifyEndpoint } from './hosts.js';
import {
  CLIENT_OPTIONS,
  GLOBAL_PSEUDO_REGION,
  REGIONAL_VARIANT_OPTIONS,
  US_EAST_1,
  V2_REGIONAL_FLAG_VALUE,
  type Construction,
  type SdkVersion,
} from './model.js';
import { notPrivateKind, type NotPrivateKind } from './private-path.js';
import type { PropertyValues, Value } from './values.js';

/** Why a client is not pinned: one reason per message id. */
export type UnpinnedReason =
  /** No `region` at all: the environment decides (v3), or the global host (v2). */
  | 'missingRegion'
  /** A `region` that may be `undefined` or `null`. */
  | 'optionalRegion'
  /** A `region` that may be the empty string. */
  | 'emptyRegion'
  /** `region: 'aws-global'`. */
  | 'globalRegion'
  /** `useGlobalEndpoint: true` with a region that may be us-east-1 (v3). */
  | 'useGlobalEndpoint'
  /** `useAccelerateEndpoint: true`: the global accelerate edge. */
  | 'accelerate'
  /** `endpoint` on a global host (or the accelerate edge). */
  | 'globalEndpoint'
  /** `endpoint` on another host the interface endpoint does not serve: FIPS, website, dash-Region, dualstack, MRAP. */
  | 'notPrivateEndpoint'
  /** `endpoint` on an interface endpoint of another region than the client's. */
  | 'endpointRegion'
  /** `useFipsEndpoint: true`: the FIPS host, which the interface endpoint does not serve. */
  | 'fipsEndpoint'
  /** `useDualstackEndpoint: true` (v2 also `useDualstack`): the dualstack host. */
  | 'dualstackEndpoint'
  /** v2 in us-east-1 without `s3UsEast1RegionalEndpoint: 'regional'`. */
  | 'usEast1Legacy'
  /** v2 with a region that is not provably other than us-east-1, without the regional flag. */
  | 'unprovenRegion'
  /** v2 `createPresignedPost` with a region that may be us-east-1 and no regional endpoint. */
  | 'postInUsEast1';

export interface Finding<N = unknown, P = N> {
  reason: UnpinnedReason;
  /** The property that causes it, when an object literal sets it. */
  property?: P;
  /** The value node that causes it, when known. */
  valueNode?: N;
  /** The endpoint that names a host the private path does not carry. */
  host?: string;
  /** The kind of host the private path does not carry (`notPrivateEndpoint`, `fipsEndpoint`, `dualstackEndpoint`). */
  kind?: NotPrivateKind;
  /** The option that sets it (`fipsEndpoint`, `dualstackEndpoint`). */
  option?: string;
  /** The client's region and the interface endpoint's (`endpointRegion`). */
  regions?: { client: string; endpoint: string };
}

export interface ConfigJudgement<N = unknown, P = N> {
  findings: Finding<N, P>[];
}

export interface JudgeOptions {
  /** v3: a missing region is taken from the environment (Lambda, ECS set `AWS_REGION`). */
  allowEnvironmentRegion: boolean;
  /** Host kinds the team's network carries on purpose (`settings['s3-regional'].acceptedHostKinds`). */
  acceptedHostKinds: ReadonlySet<NotPrivateKind>;
}

/**
 * SDK v2's global config as the code writes it (`AWS.config.update({ region })`,
 * `AWS.config.region = …`, `AWS.config.loadFromPath(…)`): the regions a v2 client without a
 * region of its own takes from it. Undefined when the code writes no region there.
 */
export type GlobalRegion<N> = readonly Value<N>[] | undefined;

function has<N>(values: Value<N>[], predicate: (value: Value<N>) => boolean): boolean {
  return values.some(predicate);
}

function firstNode<N>(values: Value<N>[], predicate: (value: Value<N>) => boolean): N | undefined {
  return values.find(predicate)?.node;
}

const isMissing = (v: Value): boolean => v.kind === 'absent' || v.kind === 'nullish';
const isUnknown = (v: Value): boolean => v.kind === 'unknown';
const isTrue = (v: Value): boolean => v.kind === 'boolean' && v.value;
const isString = (text: string) => (v: Value): boolean => v.kind === 'string' && v.value === text;
/** May this region value be us-east-1 at run time? */
const mayBeUsEast1 = (v: Value): boolean =>
  (v.kind === 'string' && v.value === US_EAST_1) || v.kind === 'anyString' || v.kind === 'function';

/**
 * Does every request (and presigned URL) of this client carry its region in the signature? v3 and
 * v2 `createPresignedPost` sign with SigV4; v2 otherwise presigns with SigV2 (no region: measured)
 * unless `signatureVersion: 'v4'` is set.
 */
function signsWithRegion<N, P>(read: ConfigReader<N, P>, sdk: SdkVersion, use: 'client' | 'v2PresignedPost'): boolean {
  if (sdk === 'v3' || use === 'v2PresignedPost') return true;
  const version = read(CLIENT_OPTIONS.signatureVersion).values;
  return version.length > 0 && version.every(isString('v4'));
}

/**
 * A region the client certainly signs for that is not the endpoint's: every value is a real region
 * name and none is `endpointRegion`. Undefined when the region is not certain or matches.
 */
function otherRegion(values: Value[], endpointRegion: string | undefined): string | undefined {
  if (endpointRegion === undefined || values.length === 0) return undefined;
  const definite = values.every((v) => v.kind === 'string' && v.value !== '' && v.value !== GLOBAL_PSEUDO_REGION);
  if (!definite || values.some((v) => v.kind === 'string' && v.value === endpointRegion)) return undefined;
  const first = values[0];
  return first?.kind === 'string' ? first.value : undefined;
}

/** Reads one option of a client config: its possible values, and the property that sets them. */
export type ConfigReader<N, P> = (option: string) => PropertyValues<N, P>;

/** A config that is not there at all (`new S3Client()`): every option is absent. */
export function absentConfig<N, P>(): ConfigReader<N, P> {
  return () => ({ values: [{ kind: 'absent' }] });
}

/**
 * Judges a client config, read option by option through `read`. `use` is `v2PresignedPost` when
 * the client signs a v2 `createPresignedPost`, which builds its URL differently; `globalRegion` is
 * what the code writes into SDK v2's global config.
 */
export function judgeClientConfig<N, P>(
  read: ConfigReader<N, P>,
  sdk: SdkVersion,
  options: JudgeOptions,
  use: 'client' | 'v2PresignedPost' = 'client',
  globalRegion: GlobalRegion<N> = undefined,
): ConfigJudgement<N, P> {
  const findings: Finding<N, P>[] = [];

  const accepted = options.acceptedHostKinds;
  const region = read(CLIENT_OPTIONS.region);
  // A v2 client without a region of its own takes the global config's (AWS.config.region).
  const regionValues =
    sdk === 'v2' && globalRegion ? region.values.flatMap((v) => (v.kind === 'absent' ? [...globalRegion] : [v])) : region.values;

  // An endpoint that is always set pins the host by itself; one the private path does not carry is
  // a finding, and so is an interface endpoint of another region than the one the client signs for.
  const endpoint = read(CLIENT_OPTIONS.endpoint);
  for (const value of endpoint.values) {
    if (value.kind !== 'string') continue;
    const host = classifyEndpoint(value.value);
    const kind = notPrivateKind(host.path, accepted);
    if (kind === undefined) {
      const mismatch = host.path === 'endpointSpecific' && signsWithRegion(read, sdk, use) ? otherRegion(regionValues, host.region) : undefined;
      if (mismatch !== undefined && host.region !== undefined && !findings.some((f) => f.reason === 'endpointRegion')) {
        findings.push({
          reason: 'endpointRegion',
          property: endpoint.property,
          valueNode: value.node,
          host: value.value,
          regions: { client: mismatch, endpoint: host.region },
        });
      }
      continue;
    }
    const reason = kind === 'global' || kind === 'accelerate' ? 'globalEndpoint' : 'notPrivateEndpoint';
    if (findings.some((f) => f.reason === reason)) continue;
    findings.push({ reason, property: endpoint.property, valueNode: value.node, host: value.value, kind });
  }
  const endpointAlwaysSet = !has(endpoint.values, isMissing) && !has(endpoint.values, isUnknown);

  // v2 createPresignedPost ignores accelerate (it builds on the S3 host of the region).
  const accelerate = read(CLIENT_OPTIONS.useAccelerateEndpoint);
  if (use !== 'v2PresignedPost' && has(accelerate.values, isTrue) && !accepted.has('accelerate')) {
    findings.push({ reason: 'accelerate', property: accelerate.property, valueNode: firstNode(accelerate.values, isTrue) });
  }
  if (endpointAlwaysSet) return { findings };

  // FIPS and dualstack hosts are regional in every region, but the interface endpoint serves
  // neither (dualstack only when it is itself dualstack).
  for (const option of REGIONAL_VARIANT_OPTIONS[sdk]) {
    const values = read(option);
    const kind = option === CLIENT_OPTIONS.useFipsEndpoint ? 'fips' : 'dualstack';
    if (!has(values.values, isTrue) || accepted.has(kind)) continue;
    const reason = kind === 'fips' ? 'fipsEndpoint' : 'dualstackEndpoint';
    if (findings.some((f) => f.reason === reason)) continue;
    findings.push({ reason, property: values.property, valueNode: firstNode(values.values, isTrue), option, kind });
  }

  const missing = regionValues.filter(isMissing);
  const environmentDecides = sdk === 'v3' && options.allowEnvironmentRegion;
  if (missing.length > 0 && !environmentDecides) {
    const reason = missing.length === regionValues.length && region.property === undefined ? 'missingRegion' : 'optionalRegion';
    findings.push({ reason, property: region.property, valueNode: missing[0]?.node });
  }
  if (has(regionValues, isString(''))) {
    findings.push({ reason: 'emptyRegion', property: region.property, valueNode: firstNode(regionValues, isString('')) });
  }
  if (has(regionValues, isString(GLOBAL_PSEUDO_REGION))) {
    findings.push({
      reason: 'globalRegion',
      property: region.property,
      valueNode: firstNode(regionValues, isString(GLOBAL_PSEUDO_REGION)),
    });
  }

  // A dualstack or FIPS host is regional in every region, us-east-1 included (reported above
  // unless accepted).
  const regionalVariant = REGIONAL_VARIANT_OPTIONS[sdk].some((name) => {
    const values = read(name).values;
    return values.length > 0 && values.every(isTrue);
  });
  if (regionalVariant) return { findings };

  if (sdk === 'v3') {
    const useGlobal = read(CLIENT_OPTIONS.useGlobalEndpoint);
    if (has(useGlobal.values, isTrue) && (has(regionValues, mayBeUsEast1) || has(regionValues, isUnknown))) {
      findings.push({ reason: 'useGlobalEndpoint', property: useGlobal.property, valueNode: firstNode(useGlobal.values, isTrue) });
    }
    return { findings };
  }

  // v2 createPresignedPost ignores the regional flag: only a region that is provably not
  // us-east-1 (or a regional endpoint, above) keeps it off the global host.
  if (use === 'v2PresignedPost') {
    const provablyElsewhere = regionValues.every(
      (v) => v.kind === 'string' && v.value !== US_EAST_1 && v.value !== '' && v.value !== GLOBAL_PSEUDO_REGION,
    );
    if (!provablyElsewhere && findings.length === 0 && !has(regionValues, isUnknown)) {
      findings.push({ reason: 'postInUsEast1', property: region.property, valueNode: firstNode(regionValues, mayBeUsEast1) });
    }
    return { findings };
  }

  // v2: us-east-1 signs for the global host unless the regional flag is set.
  const flag = read(CLIENT_OPTIONS.s3UsEast1RegionalEndpoint);
  const flagAlwaysRegional =
    flag.values.length > 0 && flag.values.every(isString(V2_REGIONAL_FLAG_VALUE));
  // An untyped region (JavaScript) may be us-east-1 too, when the config visibly leaves the flag
  // and the endpoint out: nothing else could keep it regional.
  const visiblyUnflagged =
    flag.values.every((v) => v.kind === 'absent' || (v.kind === 'string' && v.value !== V2_REGIONAL_FLAG_VALUE)) &&
    endpoint.values.every((v) => v.kind === 'absent');
  const unproven = (v: Value): boolean => v.kind === 'anyString' || v.kind === 'function' || (v.kind === 'unknown' && v.untyped === true && visiblyUnflagged);
  if (!flagAlwaysRegional) {
    if (has(regionValues, isString(US_EAST_1))) {
      findings.push({ reason: 'usEast1Legacy', property: region.property, valueNode: firstNode(regionValues, isString(US_EAST_1)) });
    } else if (has(regionValues, unproven)) {
      findings.push({ reason: 'unprovenRegion', property: region.property, valueNode: firstNode(regionValues, unproven) });
    }
  }
  return { findings };
}

/**
 * Judges the config a construction passes, whichever tree it stands on: `property` reads one
 * option of the config, `globalRegion` what the code writes into SDK v2's global config (asked
 * only for a v2 client).
 */
export function judgeConstruction<Call, Config, N, P>(
  construction: Construction<Call, Config>,
  property: (config: Config, option: string) => PropertyValues<N, P>,
  options: JudgeOptions,
  use: 'client' | 'v2PresignedPost',
  globalRegion: () => GlobalRegion<N>,
): ConfigJudgement<N, P> {
  const { clientClass } = construction;
  const read = configReader(construction.config, property);
  return judgeClientConfig(read, clientClass.sdk, options, use, clientClass.sdk === 'v2' ? globalRegion() : undefined);
}

/** Reads the options of a config (a construction's argument), whichever tree it stands on. */
export function configReader<Config, N, P>(
  config: Config | undefined,
  property: (config: Config, option: string) => PropertyValues<N, P>,
): ConfigReader<N, P> {
  return config === undefined ? absentConfig<N, P>() : (option) => property(config, option);
}
