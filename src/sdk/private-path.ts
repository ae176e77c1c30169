/**
 * What the private path from on-premises can carry: the S3 host kinds an S3 *interface* VPC
 * endpoint (PrivateLink) serves, and the ones it does not, each with the fact that says so.
 *
 * Source: Amazon S3 User Guide, "AWS PrivateLink for Amazon S3"
 * ({@link PRIVATELINK_SOURCE}). With private DNS, "Regional bucket endpoints", "Control endpoints"
 * and "Access point endpoints" resolve to the interface endpoint's private IPs; endpoint-specific
 * `*.vpce.amazonaws.com` names resolve from public DNS to the same private IPs. The page lists as
 * not supported: FIPS endpoints, website endpoints, legacy global endpoints and S3 dash Region
 * endpoints; dualstack names only when the endpoint's IP address type is dualstack. Accelerate and
 * Multi-Region Access Point names are global names outside the regional private DNS zone.
 */

/** The kinds of S3 host that do not reach the S3 interface endpoint, one per reason. */
export type NotPrivateKind =
  /** `s3.amazonaws.com`, `bucket.s3.amazonaws.com`, `s3-external-1.amazonaws.com`. */
  | 'global'
  /** `s3-accelerate[.dualstack].amazonaws.com`. */
  | 'accelerate'
  /** `s3-fips.<region>`, `s3-fips.dualstack.<region>`, `s3-control-fips.<region>`, … */
  | 'fips'
  /** `s3-website-<region>`, `s3-website.<region>`. */
  | 'website'
  /** The legacy dash-Region form `s3-<region>.amazonaws.com`. */
  | 'dashRegion'
  /** `s3.dualstack.<region>` and the other dualstack names. */
  | 'dualstack'
  /** `<alias>.mrap.accesspoint.s3-global.amazonaws.com`. */
  | 'multiRegionAccessPoint';

/**
 * Where a host's traffic goes from on-premises: `privateDns` (the interface endpoint's private DNS
 * claims it), `endpointSpecific` (a `*.vpce.amazonaws.com` name, private without any resolver), or
 * the kind that keeps it off the private path.
 */
export type PrivatePath = 'privateDns' | 'endpointSpecific' | NotPrivateKind;

/** The AWS page every fact below is cited from. */
export const PRIVATELINK_SOURCE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html';

export interface NotPrivateFact {
  /** The kind as people say it: "a FIPS endpoint". */
  label: string;
  /** Why it is not private, as a sentence without its final period. */
  fact: string;
}

/** Each not-private kind's words, for messages and docs. */
export const NOT_PRIVATE_FACTS: Readonly<Record<NotPrivateKind, NotPrivateFact>> = {
  global: {
    label: 'the global S3 endpoint',
    fact: 'S3 interface endpoints do not serve legacy global endpoints',
  },
  accelerate: {
    label: 'the S3 Transfer Acceleration edge',
    fact: 'the accelerate edge is a global name outside the regional private DNS of the S3 interface endpoint',
  },
  fips: {
    label: 'a FIPS endpoint',
    fact: 'S3 interface endpoints do not serve FIPS endpoints',
  },
  website: {
    label: 'a website endpoint',
    fact: 'S3 interface endpoints do not serve website endpoints',
  },
  dashRegion: {
    label: 'a dash-Region endpoint',
    fact: 'S3 interface endpoints do not serve S3 dash Region endpoints',
  },
  dualstack: {
    label: 'a dualstack endpoint',
    fact: 'an S3 interface endpoint serves dualstack names only when its IP address type is dualstack',
  },
  multiRegionAccessPoint: {
    label: 'a Multi-Region Access Point',
    fact: 'Multi-Region Access Points are reached through the global s3-global name, not through the regional S3 interface endpoint',
  },
};

/** The kinds a team may accept on purpose (`settings['s3-regional'].acceptedHostKinds`). */
export const ACCEPTABLE_KINDS: readonly NotPrivateKind[] = [
  'accelerate',
  'fips',
  'website',
  'dashRegion',
  'dualstack',
  'multiRegionAccessPoint',
];

/**
 * The kind that keeps a host of this path off the private path, unless the team accepts it;
 * undefined when traffic to it stays private (or no fact covers it: `path` undefined).
 */
export function notPrivateKind(path: PrivatePath | undefined, accepted: ReadonlySet<NotPrivateKind>): NotPrivateKind | undefined {
  if (path === undefined || path === 'privateDns' || path === 'endpointSpecific' || accepted.has(path)) return undefined;
  return path;
}
