import rule from '../../src/rules/no-unpinned-presign.js';
import { NOT_PRIVATE_FACTS } from '../../src/sdk/index.js';
import { code } from '../code.js';
import { typedRuleTester } from '../rule-tester.js';

const factorySettings = { 's3-regional': { factory: { name: 'createS3Client', module: './modules/factory.js' } } };
// RuleTester lints from the fixtures directory: paths in messages are relative to it.
const fixture = (name: string): string => `modules/${name}`;
// The words of a not-private kind in a message (the host model's own).
const offPrivatePath = (host: string, kind: 'global' | 'accelerate' | 'fips') => ({ host, kind, ...NOT_PRIVATE_FACTS[kind] });

typedRuleTester().run('no-unpinned-presign', rule, {
  valid: [
    code`
      import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
      const client = new S3Client({ region: 'eu-west-1' });
      export const url = getSignedUrl(client, command);
    `,
    code`
      import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      import { pinnedClient } from './modules/clients.js';
      const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
      export const url = getSignedUrl(pinnedClient, command);
    `,
    // The configured factory pins by contract, whatever it does inside.
    {
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { createS3Client } from './modules/factory.js';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        const client = createS3Client({ region: 'eu-west-1' });
        export const url = getSignedUrl(client, command);
      `,
      settings: factorySettings,
    },
    // SignatureV4 on a regional or an interface endpoint host: the URL keeps it, on the private path.
    code`
      import { SignatureV4 } from '@smithy/signature-v4';
      declare const signer: SignatureV4;
      export const a = signer.presign({ method: 'GET', protocol: 'https:', hostname: 'my-bucket.s3.eu-west-1.amazonaws.com', path: '/k', headers: {} });
      export const b = signer.presign({ method: 'GET', protocol: 'https:', hostname: 'bucket.vpce-0a1b2c3d-4e5f6a7b.s3.eu-west-1.vpce.amazonaws.com', path: '/my-bucket/k', headers: {} });
    `,
    // A same-named presign method elsewhere is not a signer: its request is not judged.
    code`
      declare const signer: { presign(request: { hostname: string }): Promise<unknown> };
      export const a = signer.presign({ hostname: 'my-bucket.s3.amazonaws.com' });
    `,
    // aws4fetch: a regional or interface endpoint URL; a signed request (no signQuery) is no presigned URL; AwsV4Signer#sign and a look-alike are not AwsClient#sign.
    code`
      import { AwsClient, AwsV4Signer } from 'aws4fetch';
      const aws = new AwsClient({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', region: 'eu-west-1', service: 's3' });
      export const a = aws.sign('https://my-bucket.s3.eu-west-1.amazonaws.com/k', { aws: { signQuery: true } });
      export const b = aws.sign('https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.eu-west-1.vpce.amazonaws.com/my-bucket/k', { aws: { signQuery: true } });
      export const c = aws.sign('https://my-bucket.s3.amazonaws.com/k');
      export const d = aws.sign('https://my-bucket.s3.amazonaws.com/k', { aws: { signQuery: false } });
      export const e = new AwsV4Signer({ url: 'https://my-bucket.s3.amazonaws.com/k', accessKeyId: 'a', secretAccessKey: 's' }).sign();
      declare const other: { sign(url: string, init: { aws: { signQuery: boolean } }): Promise<unknown> };
      export const f = other.sign('https://my-bucket.s3.amazonaws.com/k', { aws: { signQuery: true } });
    `,
    // aws4fetch on a not-private kind the team accepts.
    {
      code: code`
        import { AwsClient } from 'aws4fetch';
        declare const aws: AwsClient;
        export const a = aws.sign('https://my-bucket.s3.dualstack.eu-west-1.amazonaws.com/k', { aws: { signQuery: true } });
      `,
      settings: { 's3-regional': { acceptedHostKinds: ['dualstack'] } },
    },
    // @aws-sdk/lib-storage's Upload never presigns: an unpinned client given to it is no-unpinned-client's.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      import { Upload } from '@aws-sdk/lib-storage';
      export const done = new Upload({ client: new S3Client({}), params: { Bucket: 'b', Key: 'k', Body: 'x' } }).done();
    `,
    // A parameter cannot be traced: silent by default.
    code`
      import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
      export function sign(client: S3Client) {
        return getSignedUrl(client, command);
      }
    `,
    // ...and a declared pinned type is trusted even when unproven clients are reported.
    {
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import type { PinnedS3Client } from './modules/factory.js';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        export function sign(client: PinnedS3Client) {
          return getSignedUrl(client, command);
        }
      `,
      options: [{ reportUnproven: true, pinnedTypes: ['PinnedS3Client'] }],
    },
    // Same-named functions that are not S3 presigners.
    code`
      import { getSignedUrl, GcsFile, Uploads } from './modules/lookalike-signers.js';
      getSignedUrl({ url: 'https://d111111abcdef8.cloudfront.net/a', keyPairId: 'K', dateLessThan: '2030-01-01', privateKey: 'p' });
      void new GcsFile().getSignedUrl({ action: 'read', expires: 1 });
      new Uploads().createPresignedPost('k');
    `,
    code`
      class Files {
        getSignedUrl(key: string) { return '/files/' + key; }
      }
      new Files().getSignedUrl('k');
    `,
    // SDK v2 pinned: another region, or us-east-1 with the regional flag for getSignedUrl.
    code`
      import AWS from 'aws-sdk';
      const s3 = new AWS.S3({ region: 'eu-west-1' });
      s3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
      s3.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });
    `,
    code`
      import AWS from 'aws-sdk';
      import { v2Client } from './modules/clients.js';
      export const url = v2Client.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
    `,
    code`
      import AWS from 'aws-sdk';
      const s3 = new AWS.S3({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });
      s3.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });
    `,
    // v2 createPresignedPost ignores accelerate, and dualstack keeps it regional in us-east-1 (measured).
    code`
      import AWS from 'aws-sdk';
      const fast = new AWS.S3({ region: 'eu-west-1', useAccelerateEndpoint: true });
      fast.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });
    `,
    {
      code: code`
        import AWS from 'aws-sdk';
        const dual = new AWS.S3({ region: 'us-east-1', useDualstack: true });
        dual.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });
      `,
      settings: { 's3-regional': { acceptedHostKinds: ['dualstack'] } },
    },
    // Region consistency: the same bucket constant with a client of its region.
    {
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { EU_BUCKET } from './modules/configs.js';
        const client = new S3Client({ region: 'eu-west-1' });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: EU_BUCKET, Key: 'k' }));
      `,
      settings: { 's3-regional': { bucketRegions: { 'eu-bucket': 'eu-west-1' } } },
    },
    {
      // A dualstack request host the team accepts.
      code: code`
        import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
        declare const presigner: S3RequestPresigner;
        export const a = presigner.presign({ method: 'GET', protocol: 'https:', hostname: 'my-bucket.s3.dualstack.us-east-1.amazonaws.com', path: '/k', headers: {} });
      `,
      settings: { 's3-regional': { acceptedHostKinds: ['dualstack'] } },
    },
  ],
  invalid: [
    {
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        const client = new S3Client({});
        export const url = getSignedUrl(client, command);
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 49,
          data: { where: 'line 4', reason: 'it has no region, so the environment decides its endpoint' },
        },
      ],
    },
    {
      // A module-level singleton in another file.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { globalClient } from './modules/clients.js';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        export const url = getSignedUrl(globalClient, command);
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 55,
          data: { where: `${fixture('clients.ts')}:4`, reason: "its region is 'aws-global', the global endpoint" },
        },
      ],
    },
    {
      // A class field in another file, reached through an instance.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { Storage } from './modules/clients.js';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        const storage = new Storage();
        export const url = getSignedUrl(storage.client, command);
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 57,
          data: { where: `${fixture('clients.ts')}:9`, reason: 'its region may be undefined, so the environment decides its endpoint' },
        },
      ],
    },
    {
      // A class field assigned in the constructor, read in a method; renamed presigner import.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl as presign } from '@aws-sdk/s3-request-presigner';
        class Files {
          private readonly s3: S3Client;
          constructor() {
            this.s3 = new S3Client({ region: 'us-east-1', useGlobalEndpoint: true });
          }
          link(key: string) {
            return presign(this.s3, new GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
        export { Files };
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 77,
          data: { where: 'line 6', reason: 'it sets useGlobalEndpoint: true, the global endpoint in us-east-1' },
        },
      ],
    },
    {
      // A lazy singleton behind a getter function.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        let client: S3Client | undefined;
        function s3() {
          return (client ??= new S3Client({ region: process.env.AWS_REGION }));
        }
        export const url = getSignedUrl(s3(), command);
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 47,
          data: { where: 'line 6', reason: 'its region may be undefined, so the environment decides its endpoint' },
        },
      ],
    },
    {
      // Every branch of a ternary counts.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        function pick(fast: boolean) {
          return fast ? new S3Client({ region: 'eu-west-1', useAccelerateEndpoint: true }) : new S3Client({ region: 'eu-west-1' });
        }
        export const url = getSignedUrl(pick(true), command);
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 53,
          data: { where: 'line 5', reason: 'it sets useAccelerateEndpoint: true, the global accelerate edge' },
        },
      ],
    },
    {
      // Destructuring of a returned object, and `await` of an async factory.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        function make() {
          return { client: new S3Client({ region: 'aws-global' }), bucket: 'b' };
        }
        async function makeAsync() {
          return new S3Client({});
        }
        const { client } = make();
        export const one = getSignedUrl(client, command);
        export const two = getSignedUrl(await makeAsync(), command);
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 11,
          column: 20,
          endLine: 11,
          endColumn: 49,
          data: { where: 'line 5', reason: "its region is 'aws-global', the global endpoint" },
        },
        {
          messageId: 'unpinnedClient',
          line: 12,
          column: 20,
          endLine: 12,
          endColumn: 60,
          data: { where: 'line 8', reason: 'it has no region, so the environment decides its endpoint' },
        },
      ],
    },
    {
      // v3 createPresignedPost.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
        const client = new S3Client({ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' });
        export const post = createPresignedPost(client, { Bucket: 'b', Key: 'k' });
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 75,
          data: { where: 'line 3', reason: 'its endpoint is the global host' },
        },
      ],
    },
    {
      // SDK v2: us-east-1 without the flag; createPresignedPost ignores the flag.
      code: code`
        import AWS from 'aws-sdk';
        import { v2Client } from './modules/clients.js';
        const legacy = new AWS.S3({ region: 'us-east-1' });
        legacy.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
        v2Client.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 60,
          data: { where: 'line 3', reason: "it is an SDK v2 client in us-east-1 without s3UsEast1RegionalEndpoint: 'regional'" },
        },
        { messageId: 'globalPresignedPost', line: 5, column: 1, endLine: 5, endColumn: 68, data: { where: `${fixture('clients.ts')}:6` } },
      ],
    },
    {
      // SDK v2 `request.presign()`, directly and through a const.
      code: code`
        import AWS from 'aws-sdk';
        const s3 = new AWS.S3();
        // @ts-expect-error presign is missing from aws-sdk's types
        s3.getObject({ Bucket: 'b', Key: 'k' }).presign();
        const request = s3.putObject({ Bucket: 'b', Key: 'k' });
        // @ts-expect-error presign is missing from aws-sdk's types
        request.presign();
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 50,
          data: { where: 'line 2', reason: 'it has no region, so the environment decides its endpoint' },
        },
        {
          messageId: 'unpinnedClient',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 18,
          data: { where: 'line 2', reason: 'it has no region, so the environment decides its endpoint' },
        },
      ],
    },
    {
      // S3RequestPresigner signs the request it is given: a global hostname, direct or parsed from a URL.
      code: code`
        import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
        declare const presigner: S3RequestPresigner;
        declare function parseUrl(url: string): { hostname: string; protocol: string; path: string };
        export const a = presigner.presign({ method: 'GET', protocol: 'https:', hostname: 'my-bucket.s3.amazonaws.com', path: '/k', headers: {} });
        const url = 'https://s3.amazonaws.com/my-bucket/k';
        export const b = presigner.presign({ ...parseUrl(url), method: 'GET', headers: {} });
        export const c = presigner.presign({ method: 'GET', protocol: 'https:', hostname: 'my-bucket.s3.eu-west-1.amazonaws.com', path: '/k', headers: {} });
      `,
      errors: [
        { messageId: 'globalRequestHost', line: 4, column: 18, endLine: 4, endColumn: 139, data: { host: 'my-bucket.s3.amazonaws.com' } },
        { messageId: 'globalRequestHost', line: 6, column: 18, endLine: 6, endColumn: 85, data: { host: 's3.amazonaws.com' } },
      ],
    },
    {
      // Smithy's SignatureV4 presigns the request it is given, like S3RequestPresigner: its hostname is the URL's host.
      code: code`
        import { SignatureV4 } from '@smithy/signature-v4';
        declare const signer: SignatureV4;
        const host = 'my-bucket.s3.amazonaws.com';
        export const a = signer.presign({ method: 'GET', protocol: 'https:', hostname: host, path: '/k', headers: { host } });
        export const b = signer.presign({ method: 'GET', protocol: 'https:', hostname: 's3-external-1.amazonaws.com', path: '/my-bucket/k', headers: {} });
      `,
      errors: [
        { messageId: 'globalRequestHost', line: 4, column: 18, endLine: 4, endColumn: 118, data: { host: 'my-bucket.s3.amazonaws.com' } },
        { messageId: 'globalRequestHost', line: 5, column: 18, endLine: 5, endColumn: 147, data: { host: 's3-external-1.amazonaws.com' } },
      ],
    },
    {
      // aws4fetch presigns the URL it is given: a global host in a literal, a template, a same-file const; a client known by its type.
      code: code`
        import { AwsClient } from 'aws4fetch';
        declare const aws: AwsClient;
        const base = 'https://s3.amazonaws.com/my-bucket';
        declare const key: string;
        export const a = aws.sign('https://my-bucket.s3.amazonaws.com/a/b.txt', { aws: { signQuery: true } });
        export const b = aws.sign(\`https://\${key}.s3-accelerate.amazonaws.com/a\`, { method: 'GET', aws: { signQuery: true } });
        export const c = aws.sign(base, { aws: { signQuery: true, service: 's3' } });
        export const d = aws.sign('https://my-bucket.s3-fips.us-east-1.amazonaws.com/k', { aws: { signQuery: true } });
      `,
      errors: [
        { messageId: 'notPrivateSignedUrl', line: 5, column: 18, endLine: 5, endColumn: 102, data: offPrivatePath('my-bucket.s3.amazonaws.com', 'global') },
        { messageId: 'notPrivateSignedUrl', line: 6, column: 18, endLine: 6, endColumn: 119, data: offPrivatePath('${…}.s3-accelerate.amazonaws.com', 'accelerate') },
        { messageId: 'notPrivateSignedUrl', line: 7, column: 18, endLine: 7, endColumn: 77, data: offPrivatePath('s3.amazonaws.com', 'global') },
        { messageId: 'notPrivateSignedUrl', line: 8, column: 18, endLine: 8, endColumn: 111, data: offPrivatePath('my-bucket.s3-fips.us-east-1.amazonaws.com', 'fips') },
      ],
    },
    {
      // Region consistency with types: the bucket named by a constant of another module, the
      // client's region by a constant; the message says where each region comes from.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        import { EU_BUCKET } from './modules/configs.js';
        const REGION = 'us-east-1';
        const client = new S3Client({ region: REGION });
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: EU_BUCKET, Key: 'k' }));
      `,
      settings: { 's3-regional': { bucketRegions: { 'eu-bucket': 'eu-west-1' } } },
      errors: [
        {
          messageId: 'bucketRegion',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 95,
          data: { where: 'line 5', bucket: 'eu-bucket', bucketRegion: 'eu-west-1', region: 'us-east-1' },
        },
      ],
    },
    {
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const client = new S3Client({ region: 'us-east-1', useArnRegion: false });
        const Bucket = 'arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap';
        export const url = getSignedUrl(client, new GetObjectCommand({ Bucket, Key: 'k' }));
      `,
      errors: [
        {
          messageId: 'accessPointRegion',
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 84,
          data: {
            where: 'line 3',
            arn: 'arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap',
            arnRegion: 'eu-west-1',
            region: 'us-east-1',
          },
        },
      ],
    },
    {
      // S3RequestPresigner: a request host of a kind the interface endpoint does not serve.
      code: code`
        import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
        declare const presigner: S3RequestPresigner;
        export const a = presigner.presign({ method: 'GET', protocol: 'https:', hostname: 'my-bucket.s3-fips.us-east-1.amazonaws.com', path: '/k', headers: {} });
        export const b = presigner.presign({ method: 'GET', protocol: 'https:', hostname: 'bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com', path: '/my-bucket/k', headers: {} });
      `,
      errors: [
        {
          messageId: 'notPrivateRequestHost',
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 154,
          data: {
            host: 'my-bucket.s3-fips.us-east-1.amazonaws.com',
            kind: 'a FIPS endpoint',
            fact: 'S3 interface endpoints do not serve FIPS endpoints',
          },
        },
      ],
    },
    {
      // The strict option reports what cannot be traced.
      code: code`
        import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });
        export function sign(client: S3Client) {
          return getSignedUrl(client, command);
        }
      `,
      options: [{ reportUnproven: true }],
      errors: [{ messageId: 'unprovenClient', line: 5, column: 10, endLine: 5, endColumn: 39, data: { why: 'it is a parameter' } }],
    },
  ],
});
