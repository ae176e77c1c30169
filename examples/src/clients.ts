import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';

// Pinned: a definite region.
export const reports = new S3Client({ region: 'eu-west-1' });

// The environment decides: AWS_REGION may be unset on a developer laptop or a build agent.
export const uploads = new S3Client({ region: process.env.AWS_REGION });

// Someone copied this from a blog post: us-east-1 on the global endpoint.
export const archive = new S3Client({
  region: 'us-east-1',
  useGlobalEndpoint: true,
});

// SDK v2 in us-east-1 signs for s3.amazonaws.com unless told otherwise.
export const legacy = new AWS.S3({ region: 'us-east-1', signatureVersion: 'v4' });

// S3-compatible storage for local development is not AWS: not a finding.
export const minio = new S3Client({ endpoint: 'http://localhost:9000', forcePathStyle: true });
