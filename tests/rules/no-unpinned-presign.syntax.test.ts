// The syntax tier of no-unpinned-presign, case by case against the typed tier (tests/tiers.ts):
// presign calls whose client the file traces, each form with a silent twin.
import rule from '../../src/rules/no-unpinned-presign.js';
import { code } from '../code.js';
import { tieredRuleTester } from '../tiers.js';

const error = (line: number, column: number, endLine: number, endColumn: number, messageId = 'unpinnedClient') => ({
  messageId,
  line,
  column,
  endLine,
  endColumn,
  suggestions: [],
});

/** Where the buckets of the region cases live. */
const bucketRegions = { 's3-regional': { bucketRegions: { 'eu-bucket': 'eu-west-1' } } };
const bucketRegionsAndFactory = {
  's3-regional': {
    bucketRegions: { 'eu-bucket': 'eu-west-1' },
    factory: { name: 'createS3Client', module: './modules/factory.js' },
  },
};
const AP_EU = 'arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap';
const MRAP = 'arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap';

tieredRuleTester('no-unpinned-presign', rule, {
  valid: [
    // Region consistency: the bucket's region is the client's, or nothing makes either certain.
    {
      name: 'a bucket of the client region',
      settings: bucketRegions,
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'eu-west-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'eu-bucket', Key: 'k' }));
      `,
    },
    {
      name: 'the configured factory, called with the bucket region',
      settings: bucketRegionsAndFactory,
      code: code`
        import { GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { createS3Client } from './modules/factory.js';
        const client = createS3Client({ region: 'eu-west-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'eu-bucket', Key: 'k' }));
      `,
    },
    {
      name: 'a bucket bucketRegions does not list',
      settings: bucketRegions,
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'other-bucket', Key: 'k' }));
      `,
    },
    {
      name: 'a client region that is not certain',
      settings: bucketRegions,
      code: code`
        const AWS = require('aws-sdk');
        const s3 = new AWS.S3({ region: process.env.S3_REGION || 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
        exports.url = s3.getSignedUrl('getObject', { Bucket: 'eu-bucket', Key: 'k' });
      `,
      filename: 'file.cjs',
    },
    {
      name: 'a custom endpoint decides the host itself',
      settings: bucketRegions,
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1', endpoint: 'http://localhost:9000', forcePathStyle: true });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'eu-bucket', Key: 'k' }));
      `,
    },
    {
      name: 'an access point ARN of the client region',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'eu-west-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: '${AP_EU}', Key: 'k' }));
      `,
    },
    {
      name: 'an access point ARN of another region without useArnRegion (the SDK release decides)',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: '${AP_EU}', Key: 'k' }));
      `,
    },
    {
      name: 'an access point ARN of another region with useArnRegion: true',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1', useArnRegion: true });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: '${AP_EU}', Key: 'k' }));
      `,
    },
    {
      name: 'a Multi-Region Access Point the team accepts',
      settings: { 's3-regional': { acceptedHostKinds: ['multiRegionAccessPoint'] } },
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: '${MRAP}', Key: 'k' }));
      `,
    },
    {
      name: 'aws4fetch: a regional URL, and a signed request (no signQuery) on the global host',
      code: code`
        import { AwsClient } from 'aws4fetch';
        const aws = new AwsClient({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
        const url = 'https://my-bucket.s3.eu-west-1.amazonaws.com/k';
        export const a = aws.sign(url, { aws: { signQuery: true } });
        export const b = aws.sign('https://my-bucket.s3.amazonaws.com/k', { method: 'PUT' });
      `,
    },
    {
      name: 'aws4fetch: a sign method of a client the file does not show was made by new AwsClient',
      code: code`
        import { AwsClient } from 'aws4fetch';
        const aws = { sign: (url: string, init: object) => [url, init] };
        export const a = aws.sign('https://my-bucket.s3.amazonaws.com/k', { aws: { signQuery: true } });
      `,
    },
    {
      name: 'a private class field, pinned (a public field of the same name is another member)',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export class Files {
          client = new S3Client({});
          #client = new S3Client({ region: 'eu-west-1' });
          url(key: string) {
            return getSignedUrl(this.#client, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
      `,
    },
    {
      name: 'local client, pinned',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'eu-west-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'class field, pinned',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export class Files {
          private readonly client = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
          url(key: string) {
            return getSignedUrl(this.client, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
      `,
    },
    {
      name: 'lazy ??= singleton, pinned',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        let client: S3Client | undefined;
        function s3() {
          return (client ??= new S3Client({ region: 'eu-west-1' }));
        }
        export const url = getSignedUrl(s3(), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'v2 client, pinned by the regional flag',
      code: code`
        import AWS from 'aws-sdk';
        const s3 = new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
        export const url = s3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
      `,
    },
    {
      name: 'v2 createPresignedPost outside us-east-1',
      code: code`
        import AWS from 'aws-sdk';
        const s3 = new AWS.S3({ region: 'eu-west-1' });
        export const post = s3.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });
      `,
    },
    {
      name: 'the configured factory',
      settings: { 's3-regional': { factory: { name: 'createS3Client', module: './modules/factory.js' } } },
      code: code`
        import { GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { createS3Client } from './modules/factory.js';
        const client = createS3Client({ region: 'eu-west-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    // What the syntax tier cannot see: left alone.
    {
      name: 'a client parameter',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export function url(client: S3Client) {
          return getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
      `,
    },
    {
      name: 'a client parameter with reportUnproven',
      options: [{ reportUnproven: true }],
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export function url(client: S3Client) {
          return getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
      `,
    },
    {
      name: 'a client imported from another module',
      code: code`
        import { GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { globalClient, Storage } from './modules/clients.js';
        export const a = getSignedUrl(globalClient, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        export const b = getSignedUrl(new Storage().client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'a client built with a config imported from another module',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { globalConfig } from './modules/configs.js';
        const client = new S3Client(globalConfig);
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'same-named signers from another module',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl, Uploads } from './modules/lookalike-signers.js';
        const client = new S3Client({});
        export const a = getSignedUrl({ url: 'https://cdn.example.com/k', keyPairId: 'K', dateLessThan: '2030-01-01', privateKey: 'p' });
        export const b = new Uploads().createPresignedPost('k');
        export const c = client;
      `,
    },
    {
      name: 'a same-named client class from another module',
      code: code`
        import { GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { S3Client } from './modules/lookalike.js';
        const client = new S3Client({});
        // @ts-expect-error: not an S3 client
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'a type-only import binds no presigner',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import type { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        declare const sign: typeof getSignedUrl;
        const client = new S3Client({});
        export const url = sign(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'a mocked client',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { mockClient } from 'aws-sdk-client-mock';
        const client = new S3Client({ region: 'eu-west-1' });
        mockClient(client);
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'a shadowed presigner',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export function url(getSignedUrl: (client: S3Client, command: GetObjectCommand) => Promise<string>) {
          return getSignedUrl(new S3Client({}), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
        export { getSignedUrl as sign };
      `,
    },
    {
      name: 'a v2 receiver that is a parameter',
      code: code`
        import type AWS from 'aws-sdk';
        export function url(s3: AWS.S3) {
          return s3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
        }
      `,
    },
    {
      // The typed tier finds no declaration of `client` to follow (reportUnproven reports it there).
      name: 'CommonJS: a property the class assigns without declaring it',
      filename: 'file.cjs',
      code: code`
        const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
        const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
        class Files {
          constructor() {
            this.client = new S3Client({});
          }
          url(key) {
            return getSignedUrl(this.client, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
        module.exports = Files;
      `,
    },
    {
      name: 'CommonJS: a v2 client behind a lazy ??= on an undeclared property',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        class Files {
          s3() {
            return (this.client ??= new AWS.S3({ region: 'us-east-1' }));
          }
          url(key) {
            return this.s3().getSignedUrl('getObject', { Bucket: 'b', Key: key });
          }
        }
        module.exports = Files;
      `,
    },
    {
      name: 'CommonJS: a pinned client and a client from elsewhere',
      filename: 'file.cjs',
      code: code`
        const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
        const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
        const { globalClient } = require('./modules/clients.js');
        const client = new S3Client({ region: 'eu-west-1' });
        module.exports = {
          a: getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' })),
          b: getSignedUrl(globalClient, new GetObjectCommand({ Bucket: 'b', Key: 'k' })),
        };
      `,
    },
  ],
  invalid: [
    // Region consistency: a URL signed for another region than the bucket's.
    {
      name: 'v3 getSignedUrl for a bucket of another region, the command in a const',
      settings: bucketRegions,
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1', followRegionRedirects: true });
        const command = new GetObjectCommand({ Bucket: 'eu-bucket', Key: 'k' });
        export const url = getSignedUrl(client, command);
      `,
      errors: [error(5, 20, 5, 49, 'bucketRegion')],
      output: null,
    },
    {
      name: 'the configured factory, called with another region than the bucket',
      settings: bucketRegionsAndFactory,
      code: code`
        import { GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { createS3Client } from './modules/factory.js';
        const client = createS3Client({ region: 'us-east-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'eu-bucket', Key: 'k' }));
      `,
      errors: [error(5, 20, 5, 97, 'bucketRegion')],
      output: null,
    },
    {
      name: 'v3 createPresignedPost for a bucket of another region',
      settings: bucketRegions,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
        const client = new S3Client({ region: 'us-east-1' });
        export const post = createPresignedPost(client, { Bucket: 'eu-bucket', Key: 'k' });
      `,
      errors: [error(4, 21, 4, 83, 'bucketRegion')],
      output: null,
    },
    {
      name: 'v2 getSignedUrl and createPresignedPost for a bucket of another region',
      settings: bucketRegions,
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        const s3 = new AWS.S3({ region: 'ap-south-1' });
        exports.url = s3.getSignedUrl('getObject', { Bucket: 'eu-bucket', Key: 'k' });
        exports.post = s3.createPresignedPost({ Bucket: 'eu-bucket', Fields: { key: 'k' } });
        exports.request = s3.getObject({ Bucket: 'eu-bucket', Key: 'k' }).presign();
      `,
      errors: [error(3, 15, 3, 78, 'bucketRegion'), error(4, 16, 4, 85, 'bucketRegion'), error(5, 19, 5, 76, 'bucketRegion')],
      output: null,
    },
    {
      name: 'an access point ARN of another region with useArnRegion: false',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1', useArnRegion: false });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: '${AP_EU}', Key: 'k' }));
      `,
      errors: [error(4, 20, 4, 139, 'accessPointRegion')],
      output: null,
    },
    {
      name: 'a Multi-Region Access Point ARN',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: '${MRAP}', Key: 'k' }));
      `,
      errors: [error(4, 20, 4, 143, 'multiRegionAccessPoint')],
      output: null,
    },
    {
      name: 'a private class field',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export class Files {
          #client = new S3Client({ region: 'aws-global' });
          url(key: string) {
            return getSignedUrl(this.#client, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
      `,
      errors: [error(6, 12, 6, 87)],
      output: null,
    },
    // The presigner, bound each way.
    {
      name: 'CommonJS: the presigner renamed in a destructured require',
      filename: 'file.cjs',
      code: code`
        const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
        const { getSignedUrl: sign } = require('@aws-sdk/s3-request-presigner');
        const client = new S3Client({});
        exports.url = sign(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(4, 15, 4, 76)],
      output: null,
    },
    {
      name: 'named import, local client',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({});
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(4, 20, 4, 89)],
      output: null,
    },
    {
      name: 'renamed import',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl as sign } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'aws-global' });
        export const url = sign(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(4, 20, 4, 81)],
      output: null,
    },
    {
      name: 'namespace import',
      code: code`
        import * as s3 from '@aws-sdk/client-s3';
        import * as presigner from '@aws-sdk/s3-request-presigner';
        const client = new s3.S3Client({ region: 'us-east-1', useGlobalEndpoint: true });
        export const url = presigner.getSignedUrl(client, new s3.GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(4, 20, 4, 102)],
      output: null,
    },
    {
      name: 'dynamic import, destructured',
      code: code`
        const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
        const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
        const client = new S3Client({ region: process.env.AWS_REGION });
        export const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(4, 26, 4, 95)],
      output: null,
    },
    {
      name: 'createPresignedPost (v3)',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
        const client = new S3Client({ region: 'eu-west-1', useAccelerateEndpoint: true });
        export const post = createPresignedPost(client, { Bucket: 'b', Key: 'k' });
      `,
      errors: [error(4, 21, 4, 75)],
      output: null,
    },
    // The client, traced within the file.
    {
      name: 'module singleton used in a function',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export const s3 = new S3Client({ region: process.env.AWS_REGION });
        export async function url(key: string) {
          return getSignedUrl(s3, new GetObjectCommand({ Bucket: 'b', Key: key }));
        }
      `,
      errors: [error(5, 10, 5, 75)],
      output: null,
    },
    {
      name: 'class field',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export class Files {
          private readonly client = new S3Client({});
          url(key: string) {
            return getSignedUrl(this.client, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
      `,
      errors: [error(6, 12, 6, 86)],
      output: null,
    },
    {
      name: 'class field assigned in the constructor',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export class Files {
          private readonly client: S3Client;
          constructor() {
            this.client = new S3Client({ region: 'aws-global' });
          }
          url(key: string) {
            return getSignedUrl(this.client, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
      `,
      errors: [error(9, 12, 9, 86)],
      output: null,
    },
    {
      name: 'lazy ??= module singleton',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        let client: S3Client | undefined;
        function s3() {
          client ??= new S3Client({});
          return client;
        }
        export const url = getSignedUrl(s3(), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(8, 20, 8, 87)],
      output: null,
    },
    {
      name: 'lazy ??= class field',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export class Files {
          private client?: S3Client;
          private s3() {
            return (this.client ??= new S3Client({ region: '' }));
          }
          url(key: string) {
            return getSignedUrl(this.s3(), new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
      `,
      errors: [error(9, 12, 9, 84)],
      output: null,
    },
    {
      name: 'a function that returns a client',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        function makeClient(pinned: boolean) {
          return pinned ? new S3Client({ region: 'eu-west-1' }) : new S3Client({});
        }
        export const url = getSignedUrl(makeClient(true), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(6, 20, 6, 99)],
      output: null,
    },
    {
      name: 'an async arrow that returns a client',
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = async () => new S3Client({ region: 'aws-global' });
        export const url = getSignedUrl(await client(), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(4, 20, 4, 97)],
      output: null,
    },
    // SDK v2: the methods on a client the file traces to `new AWS.S3(…)`.
    {
      name: 'v2 getSignedUrl in us-east-1',
      code: code`
        import AWS from 'aws-sdk';
        const s3 = new AWS.S3({ region: 'us-east-1' });
        export const url = s3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
      `,
      errors: [error(3, 20, 3, 75)],
      output: null,
    },
    {
      name: 'v2 getSignedUrlPromise on a class field',
      code: code`
        import S3 from 'aws-sdk/clients/s3.js';
        export class Files {
          private s3 = new S3({ region: process.env.AWS_REGION });
          url(key: string) {
            return this.s3.getSignedUrlPromise('getObject', { Bucket: 'b', Key: key });
          }
        }
      `,
      errors: [error(5, 12, 5, 79)],
      output: null,
    },
    {
      name: 'v2 createPresignedPost in us-east-1, regional flag or not',
      code: code`
        import AWS from 'aws-sdk';
        const s3 = new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
        export const post = s3.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });
      `,
      errors: [error(3, 21, 3, 82, 'globalPresignedPost')],
      output: null,
    },
    {
      name: 'v2 request presign',
      code: code`
        import AWS from 'aws-sdk';
        const s3 = new AWS.S3({ region: 'us-east-1' });
        const request = s3.getObject({ Bucket: 'b', Key: 'k' });
        export const url = request.presign();
      `,
      errors: [error(4, 20, 4, 37)],
      output: null,
    },
    // CommonJS, linted with espree too.
    {
      name: 'CommonJS destructured require',
      filename: 'file.cjs',
      code: code`
        const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
        const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
        const client = new S3Client({});
        module.exports.url = (key) => getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: key }));
      `,
      errors: [error(4, 31, 4, 100)],
      output: null,
    },
    {
      name: 'CommonJS class field',
      filename: 'file.cjs',
      code: code`
        const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
        const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
        class Files {
          client = new S3Client({ region: 'aws-global' });
          url(key) {
            return getSignedUrl(this.client, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
        module.exports = { Files };
      `,
      errors: [error(6, 12, 6, 86)],
      output: null,
    },
    {
      name: 'CommonJS lazy ??= field (v2, whole require)',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        class Files {
          client;
          s3() {
            return (this.client ??= new AWS.S3({ region: 'us-east-1' }));
          }
          url(key) {
            return this.s3().getSignedUrl('getObject', { Bucket: 'b', Key: key });
          }
        }
        module.exports = Files;
      `,
      errors: [error(8, 12, 8, 74)],
      output: null,
    },
    {
      // The property is not followed (see the valid twin), but the `??=` shows the construction.
      name: 'CommonJS lazy ??= on a property the class does not declare',
      filename: 'file.cjs',
      code: code`
        const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
        const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
        class Files {
          s3() {
            return (this.client ??= new S3Client({}));
          }
          url(key) {
            return getSignedUrl(this.s3(), new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
        module.exports = Files;
      `,
      errors: [error(8, 12, 8, 84)],
      output: null,
    },
    {
      name: 'ESM JavaScript: a function that returns a client',
      filename: 'file.mjs',
      code: code`
        import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export function client() {
          return new S3Client({ region: 'us-east-1', useGlobalEndpoint: true });
        }
        export const url = getSignedUrl(client(), new PutObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(6, 20, 6, 91)],
      output: null,
    },
    {
      name: 'aws4fetch: a presigned URL on the global host, from a const template, the client renamed on import',
      code: code`
        import { AwsClient as Signer } from 'aws4fetch';
        const aws = new Signer({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', service: 's3' });
        export function url(bucket: string, key: string) {
          const target = \`https://\${bucket}.s3.amazonaws.com/\${key}\`;
          const init = { aws: { signQuery: true } };
          return aws.sign(target, init);
        }
      `,
      errors: [error(6, 10, 6, 32, 'notPrivateSignedUrl')],
      output: null,
    },
  ],
});
