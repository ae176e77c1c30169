import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';

declare const pinned: unique symbol;

/** An S3 client pinned to a region and its regional endpoint. */
export type PinnedS3Client = S3Client & { readonly [pinned]: true };

/** Every S3Client option except those that choose the endpoint, and a region that must be given. */
export type PinnedS3ClientConfig = Omit<
  S3ClientConfig,
  'region' | 'endpoint' | 'useGlobalEndpoint' | 'useAccelerateEndpoint' | 'useFipsEndpoint' | 'useDualstackEndpoint'
> & {
  /** The bucket's region, such as 'eu-west-1'. */
  region: string;
  /** Your S3 interface VPC endpoint (https://bucket.vpce-….s3.<region>.vpce.amazonaws.com), if any. */
  interfaceEndpoint?: string;
};

export function createS3Client(config: PinnedS3ClientConfig): PinnedS3Client {
  const { region, interfaceEndpoint, ...options } = config;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new Error(`createS3Client: '${region}' is not an AWS region`);
  }
  const client = new S3Client({
    ...options,
    region,
    useGlobalEndpoint: false,
    useAccelerateEndpoint: false,
    // FIPS and dualstack hosts are regional, but an S3 interface endpoint serves neither by default.
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    ...(interfaceEndpoint === undefined ? {} : { endpoint: interfaceEndpoint }),
  });
  return client as PinnedS3Client;
}
