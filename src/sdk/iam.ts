/**
 * IAM names that look like S3 hosts but are not endpoints: service principals
 * (`Principal: { Service: 's3.amazonaws.com' }`, CDK's `new ServicePrincipal('s3.amazonaws.com')`,
 * CDK for Terraform's and Pulumi's `{ type: 'Service', identifiers: [...] }` blocks).
 */

/** Object keys whose values are IAM principals. */
export const PRINCIPAL_KEYS: ReadonlySet<string> = new Set(['Service', 'Principal', 'NotPrincipal']);

/** The class that wraps a service principal (aws-cdk-lib/aws-iam), however it is reached. */
export const SERVICE_PRINCIPAL_CLASS = 'ServicePrincipal';

/** A principal block `{ type: 'Service', identifiers: [...] }`: its type key and value, and the key of its names. */
export const PRINCIPAL_BLOCK = { typeKey: 'type', serviceType: 'Service', identifiersKey: 'identifiers' } as const;
