/**
 * What each reason a client is unpinned means, in words: the message `no-unpinned-client` reports
 * at the construction, and the clause `no-unpinned-presign` puts into its message at the presign
 * call that uses the client. One entry per reason, so that the two rules never disagree.
 */
import { NOT_PRIVATE_FACTS, type Finding, type UnpinnedReason } from '../../sdk/index.js';

/** The reasons a construction is reported for (v2 `createPresignedPost` is judged at the call only). */
export type ClientReason = Exclude<UnpinnedReason, 'postInUsEast1'>;

interface ReasonText {
  /**
   * `no-unpinned-client`'s message; `{{client}}`, `{{outcome}}`, `{{host}}`, `{{option}}`,
   * `{{kind}}` and `{{fact}}` (`sdk/private-path.ts`), `{{region}}` and `{{endpointRegion}}` are
   * filled in.
   */
  message: string;
  /** A clause about "the client made at …", for messages that point elsewhere. */
  clause: string;
}

export const CLIENT_REASONS = {
  missingRegion: {
    message: "{{client}} has no `region`: {{outcome}}. Set `region` to the bucket's region.",
    clause: 'it has no region, so the environment decides its endpoint',
  },
  optionalRegion: {
    message:
      "{{client}}'s `region` may be undefined: {{outcome}}. Give it a fallback (`?? 'eu-west-1'`) or make the value required.",
    clause: 'its region may be undefined, so the environment decides its endpoint',
  },
  emptyRegion: {
    message:
      "{{client}}'s `region` may be '' (an empty region counts as none): {{outcome}}. Fall back to a real region instead of ''.",
    clause: "its region may be '', so the environment decides its endpoint",
  },
  globalRegion: {
    message:
      "{{client}} uses `region: 'aws-global'`, which signs for the global endpoint s3.amazonaws.com; private DNS for an S3 interface endpoint does not cover that name. Use the bucket's region.",
    clause: "its region is 'aws-global', the global endpoint",
  },
  useGlobalEndpoint: {
    message:
      '{{client}} sets `useGlobalEndpoint: true`, which sends us-east-1 to the global endpoint s3.amazonaws.com (the public path). Remove it to stay on s3.us-east-1.amazonaws.com.',
    clause: 'it sets useGlobalEndpoint: true, the global endpoint in us-east-1',
  },
  accelerate: {
    message:
      '{{client}} sets `useAccelerateEndpoint: true`, which signs for the global accelerate edge s3-accelerate.amazonaws.com, never on the private path. Remove it where traffic must stay private.',
    clause: 'it sets useAccelerateEndpoint: true, the global accelerate edge',
  },
  globalEndpoint: {
    message:
      "{{client}}'s `endpoint` '{{host}}' is the global S3 host. Use the regional host (https://s3.<region>.amazonaws.com) or your interface endpoint.",
    clause: 'its endpoint is the global host',
  },
  notPrivateEndpoint: {
    message:
      "{{client}}'s `endpoint` '{{host}}' is {{kind}}: {{fact}}, so requests to it take the public path. Use the regional host (https://s3.<region>.amazonaws.com) or your interface endpoint, or accept the kind in settings['s3-regional'].acceptedHostKinds if your network carries it.",
    clause: 'its endpoint is {{kind}}, which the S3 interface endpoint does not serve',
  },
  endpointRegion: {
    message:
      "{{client}} signs for {{region}}, but its `endpoint` '{{host}}' is an interface endpoint in {{endpointRegion}}: the signature's region is not the endpoint's, so S3 rejects the requests. Use the interface endpoint of {{region}}, or `region: '{{endpointRegion}}'`.",
    clause: 'it signs for {{region}} but its endpoint is an interface endpoint in {{endpointRegion}}',
  },
  fipsEndpoint: {
    message:
      "{{client}} sets `{{option}}: true`, which signs for the FIPS host s3-fips.<region>.amazonaws.com: {{fact}}, so requests take the public path. Remove it where traffic must stay private, or accept 'fips' in settings['s3-regional'].acceptedHostKinds if FIPS over the public path is required.",
    clause: 'it sets {{option}}: true, the FIPS host, which the S3 interface endpoint does not serve',
  },
  dualstackEndpoint: {
    message:
      "{{client}} sets `{{option}}: true`, which signs for the dualstack host s3.dualstack.<region>.amazonaws.com: {{fact}}. Remove it, or accept 'dualstack' in settings['s3-regional'].acceptedHostKinds if your interface endpoint is dualstack.",
    clause: 'it sets {{option}}: true, the dualstack host, which a default (IPv4) S3 interface endpoint does not serve',
  },
  usEast1Legacy: {
    message:
      "{{client}} (SDK v2) in us-east-1 signs for the global endpoint s3.amazonaws.com. Add `s3UsEast1RegionalEndpoint: 'regional'` to use s3.us-east-1.amazonaws.com.",
    clause: "it is an SDK v2 client in us-east-1 without s3UsEast1RegionalEndpoint: 'regional'",
  },
  unprovenRegion: {
    message:
      "{{client}} (SDK v2) may run in us-east-1, where it signs for the global endpoint s3.amazonaws.com. Add `s3UsEast1RegionalEndpoint: 'regional'`.",
    clause: "it is an SDK v2 client that may run in us-east-1 without s3UsEast1RegionalEndpoint: 'regional'",
  },
} as const satisfies Record<ClientReason, ReasonText>;

/** The data a finding's message and clause are filled in with (besides `{{client}}`, `{{outcome}}`). */
export function findingData(finding: Pick<Finding, 'host' | 'kind' | 'option' | 'regions'>): Record<string, string> {
  const fact = finding.kind === undefined ? undefined : NOT_PRIVATE_FACTS[finding.kind];
  return {
    host: finding.host ?? '',
    option: finding.option ?? '',
    kind: fact?.label ?? '',
    fact: fact?.fact ?? '',
    region: finding.regions?.client ?? '',
    endpointRegion: finding.regions?.endpoint ?? '',
  };
}

/** The clause for every finding, v2 `createPresignedPost` included, filled in. */
export function reasonClause(finding: Pick<Finding, 'reason' | 'host' | 'kind' | 'option' | 'regions'>): string {
  if (finding.reason === 'postInUsEast1') {
    return 'SDK v2 createPresignedPost uses the global host in us-east-1, whatever s3UsEast1RegionalEndpoint says';
  }
  const data = findingData(finding);
  return CLIENT_REASONS[finding.reason].clause.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? '');
}

/** `no-unpinned-client`'s messages, one per reason. */
export const CLIENT_REASON_MESSAGES = Object.fromEntries(
  Object.entries(CLIENT_REASONS).map(([reason, text]) => [reason, text.message]),
) as { [R in ClientReason]: string };
