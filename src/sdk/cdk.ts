/**
 * What the AWS CDK (aws-cdk-lib v2) spells for an S3 bucket's host, and which of those names
 * leave the private path (measured by synthesizing stacks offline, `tests/oracle/cdk.test.ts`):
 *
 * - `bucketDomainName` and `CfnBucket.attrDomainName` synthesize to `Fn::GetAtt [B, DomainName]`,
 *   which CloudFormation documents as the legacy global name (`bucket.s3.amazonaws.com`); for an
 *   imported bucket CDK writes `my-bucket.s3.amazonaws.com` itself;
 * - `virtualHostedUrlForObject(key, { regional: false })` is on the global host;
 * - `transferAccelerationUrlForObject(…)` is on the accelerate edge;
 * - `bucketDualStackDomainName` is the dualstack name, the website names the website endpoint.
 *
 * Their regional counterparts (`bucketRegionalDomainName`, `attrRegionalDomainName`,
 * `virtualHostedUrlForObject(key)`) stay on the private path, as do CloudFront's S3 origins.
 */

import type { NotPrivateKind } from './private-path.js';

/** The CDK v2 package. */
export const CDK_PACKAGE = 'aws-cdk-lib';
/** The S3 module of the CDK, as code imports it (`aws-cdk-lib/aws-s3`, or `aws_s3` of the root). */
export const CDK_S3_MODULE = 'aws-cdk-lib/aws-s3';
export const CDK_S3_NAMESPACE = 'aws_s3';

/**
 * Does this source text possibly use the CDK? A plain substring test, run once per file: a file
 * that never spells the package imports none of its constructs.
 */
export function mayUseCdk(sourceText: string): boolean {
  return sourceText.includes(CDK_PACKAGE);
}

/** The not-private kinds (`private-path.ts`) CDK's names for a bucket's host can have. */
export type CdkHostKind = Extract<NotPrivateKind, 'global' | 'accelerate' | 'dualstack' | 'website'>;

/** A name CDK gives a bucket's host: the kind of host, and the regional name to use instead. */
export interface CdkHostName {
  kind: CdkHostKind;
  /** The member (or attribute) that names the regional host instead; none for the website endpoint. */
  regional?: string;
  /**
   * `fix`: the regional name differs only in its host (an autofix); `suggest`: something else
   * changes with it (the IP family), so the user decides.
   */
  change?: 'fix' | 'suggest';
}

/** Properties of a bucket construct (`IBucket`, `Bucket`, `BucketBase`) that name a host. */
export const CDK_BUCKET_PROPERTIES: Readonly<Record<string, CdkHostName>> = {
  bucketDomainName: { kind: 'global', regional: 'bucketRegionalDomainName', change: 'fix' },
  bucketDualStackDomainName: { kind: 'dualstack', regional: 'bucketRegionalDomainName', change: 'suggest' },
  bucketWebsiteDomainName: { kind: 'website' },
  bucketWebsiteUrl: { kind: 'website' },
};

/** Attribute properties of the L1 `CfnBucket` that name a host. */
export const CDK_CFN_BUCKET_PROPERTIES: Readonly<Record<string, CdkHostName>> = {
  attrDomainName: { kind: 'global', regional: 'attrRegionalDomainName', change: 'fix' },
  attrDualStackDomainName: { kind: 'dualstack', regional: 'attrRegionalDomainName', change: 'suggest' },
  attrWebsiteUrl: { kind: 'website' },
};

/**
 * CloudFormation attributes of `AWS::S3::Bucket` that name a host, as `Fn.getAtt(id, name)` and
 * `cfnBucket.getAtt(name)` read them. Rewriting the attribute name is offered as a suggestion.
 */
export const CDK_BUCKET_ATTRIBUTES: Readonly<Record<string, CdkHostName>> = {
  DomainName: { kind: 'global', regional: 'RegionalDomainName', change: 'suggest' },
  DualStackDomainName: { kind: 'dualstack', regional: 'RegionalDomainName', change: 'suggest' },
  WebsiteURL: { kind: 'website' },
};

/** Bucket methods that build an object URL, and what makes it leave the private path. */
export const CDK_BUCKET_URL_METHODS = {
  /** `virtualHostedUrlForObject(key, { regional: false })`: the global host; without it, regional. */
  virtualHosted: { name: 'virtualHostedUrlForObject', regionalOption: 'regional' },
  /** `transferAccelerationUrlForObject(key, options)`: always the accelerate edge. */
  transferAcceleration: { name: 'transferAccelerationUrlForObject' },
} as const;

/** `Fn.getAtt(logicalId, attribute)` and `CfnResource#getAtt(attribute)`. */
export const CDK_GET_ATT = 'getAtt';
/** The property of a CloudFormation element that is its logical id (`cfnBucket.logicalId`). */
export const CDK_LOGICAL_ID = 'logicalId';
/** The static factories of `Bucket` that import an existing bucket. */
export const CDK_BUCKET_IMPORTS: ReadonlySet<string> = new Set([
  'fromBucketName',
  'fromBucketArn',
  'fromBucketAttributes',
  'fromCfnBucket',
]);

/** Every member name the CDK rule looks at: the cheap name filter before any declaration lookup. */
export const CDK_MEMBER_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(CDK_BUCKET_PROPERTIES),
  ...Object.keys(CDK_CFN_BUCKET_PROPERTIES),
  CDK_BUCKET_URL_METHODS.virtualHosted.name,
  CDK_BUCKET_URL_METHODS.transferAcceleration.name,
  CDK_GET_ATT,
]);
