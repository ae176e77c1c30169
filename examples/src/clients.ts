import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';

// Pinned: a definite region. The strict config also wants every client from the project's factory.
// prefer-client-factory: built with `new`; --fix rewrites it to createS3Client (a suggestion without types).
export const reports = new S3Client({ region: 'eu-west-1' });

// The environment decides: AWS_REGION may be unset on a developer laptop or a build agent.
// no-unpinned-client: the region may be undefined; a suggestion sets one from settings.regions.
// prefer-client-factory: the factory requires a region, so it waits until one is chosen.
export const uploads = new S3Client({ region: process.env.AWS_REGION });

// Someone copied this from a blog post: us-east-1 on the global endpoint.
// no-unpinned-client: useGlobalEndpoint sends us-east-1 to s3.amazonaws.com; --fix removes it.
// prefer-client-factory: the factory takes no useGlobalEndpoint; once it is gone, --fix rewrites the call.
export const archive = new S3Client({
  region: 'us-east-1',
  useGlobalEndpoint: true,
});

// SDK v2 in us-east-1 signs for s3.amazonaws.com unless told otherwise.
// no-unpinned-client: --fix adds s3UsEast1RegionalEndpoint: 'regional'.
// prefer-client-factory: no factory for SDK v2 is configured (settings v2Factory).
export const legacy = new AWS.S3({ region: 'us-east-1', signatureVersion: 'v4' });

// S3-compatible storage for local development is not AWS: no-unpinned-client leaves it alone, and
// the AWS client factory is not meant for it, so prefer-client-factory is off for it, with the reason.
// eslint-disable-next-line s3-regional/prefer-client-factory -- MinIO for local development, not AWS
export const minio = new S3Client({ endpoint: 'http://localhost:9000', forcePathStyle: true });
