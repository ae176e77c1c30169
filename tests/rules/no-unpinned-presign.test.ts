import rule from '../../src/rules/no-unpinned-presign.js';
import { typedRuleTester } from '../rule-tester.js';

const v3 = [
  `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';`,
  `import { getSignedUrl } from '@aws-sdk/s3-request-presigner';`,
  `const command = new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' });`,
].join('\n');
const v2 = `import AWS from 'aws-sdk';`;
const factorySettings = { 's3-regional': { factory: { name: 'createS3Client', module: './modules/factory.js' } } };
// RuleTester lints from the fixtures directory: paths in messages are relative to it.
const fixture = (name: string): string => `modules/${name}`;

typedRuleTester().run('no-unpinned-presign', rule, {
  valid: [
    `${v3}\nconst client = new S3Client({ region: 'eu-west-1' });\nexport const url = getSignedUrl(client, command);`,
    `${v3}\nimport { pinnedClient } from './modules/clients.js';\nexport const url = getSignedUrl(pinnedClient, command);`,
    // The configured factory pins by contract, whatever it does inside.
    {
      code: `${v3}\nimport { createS3Client } from './modules/factory.js';\nconst client = createS3Client({ region: 'eu-west-1' });\nexport const url = getSignedUrl(client, command);`,
      settings: factorySettings,
    },
    // A parameter cannot be traced: silent by default.
    `${v3}\nexport function sign(client: S3Client) {\n  return getSignedUrl(client, command);\n}`,
    // ...and a declared pinned type is trusted even when unproven clients are reported.
    {
      code: `${v3}\nimport type { PinnedS3Client } from './modules/factory.js';\nexport function sign(client: PinnedS3Client) {\n  return getSignedUrl(client, command);\n}`,
      options: [{ reportUnproven: true, pinnedTypes: ['PinnedS3Client'] }],
    },
    // Same-named functions that are not S3 presigners.
    `import { getSignedUrl, GcsFile, Uploads } from './modules/lookalike-signers.js';\ngetSignedUrl({ url: 'https://d111111abcdef8.cloudfront.net/a', keyPairId: 'K', dateLessThan: '2030-01-01', privateKey: 'p' });\nvoid new GcsFile().getSignedUrl({ action: 'read', expires: 1 });\nnew Uploads().createPresignedPost('k');`,
    `class Files {\n  getSignedUrl(key: string) { return '/files/' + key; }\n}\nnew Files().getSignedUrl('k');`,
    // SDK v2 pinned: another region, or us-east-1 with the regional flag for getSignedUrl.
    `${v2}\nconst s3 = new AWS.S3({ region: 'eu-west-1' });\ns3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });\ns3.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });`,
    `${v2}\nimport { v2Client } from './modules/clients.js';\nexport const url = v2Client.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });`,
    `${v2}\nconst s3 = new AWS.S3({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });\ns3.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });`,
    // v2 createPresignedPost ignores accelerate, and dualstack keeps it regional in us-east-1 (measured).
    `${v2}\nconst fast = new AWS.S3({ region: 'eu-west-1', useAccelerateEndpoint: true });\nfast.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });`,
    `${v2}\nconst dual = new AWS.S3({ region: 'us-east-1', useDualstack: true });\ndual.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });`,
  ],
  invalid: [
    {
      code: `${v3}\nconst client = new S3Client({});\nexport const url = getSignedUrl(client, command);`,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 5,
          column: 20,
          data: { where: 'line 4', reason: 'it has no region, so the environment decides its endpoint' },
        },
      ],
    },
    {
      // A module-level singleton in another file.
      code: `${v3}\nimport { globalClient } from './modules/clients.js';\nexport const url = getSignedUrl(globalClient, command);`,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 5,
          column: 20,
          data: { where: `${fixture('clients.ts')}:4`, reason: "its region is 'aws-global', the global endpoint" },
        },
      ],
    },
    {
      // A class field in another file, reached through an instance.
      code: `${v3}\nimport { Storage } from './modules/clients.js';\nconst storage = new Storage();\nexport const url = getSignedUrl(storage.client, command);`,
      errors: [{ messageId: 'unpinnedClient', line: 6, column: 20, data: { where: `${fixture('clients.ts')}:9`, reason: 'its region may be undefined, so the environment decides its endpoint' } }],
    },
    {
      // A class field assigned in the constructor, read in a method; renamed presigner import.
      code: [
        `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';`,
        `import { getSignedUrl as presign } from '@aws-sdk/s3-request-presigner';`,
        `class Files {`,
        `  private readonly s3: S3Client;`,
        `  constructor() {`,
        `    this.s3 = new S3Client({ region: 'us-east-1', useGlobalEndpoint: true });`,
        `  }`,
        `  link(key: string) {`,
        `    return presign(this.s3, new GetObjectCommand({ Bucket: 'b', Key: key }));`,
        `  }`,
        `}`,
        `export { Files };`,
      ].join('\n'),
      errors: [{ messageId: 'unpinnedClient', line: 9, column: 12, data: { where: 'line 6', reason: 'it sets useGlobalEndpoint: true, the global endpoint in us-east-1' } }],
    },
    {
      // A lazy singleton behind a getter function.
      code: `${v3}\nlet client: S3Client | undefined;\nfunction s3() {\n  return (client ??= new S3Client({ region: process.env.AWS_REGION }));\n}\nexport const url = getSignedUrl(s3(), command);`,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 8,
          column: 20,
          data: { where: 'line 6', reason: 'its region may be undefined, so the environment decides its endpoint' },
        },
      ],
    },
    {
      // Every branch of a ternary counts.
      code: `${v3}\nfunction pick(fast: boolean) {\n  return fast ? new S3Client({ region: 'eu-west-1', useAccelerateEndpoint: true }) : new S3Client({ region: 'eu-west-1' });\n}\nexport const url = getSignedUrl(pick(true), command);`,
      errors: [{ messageId: 'unpinnedClient', line: 7, column: 20, data: { where: 'line 5', reason: 'it sets useAccelerateEndpoint: true, the global accelerate edge' } }],
    },
    {
      // Destructuring of a returned object, and `await` of an async factory.
      code: `${v3}\nfunction make() {\n  return { client: new S3Client({ region: 'aws-global' }), bucket: 'b' };\n}\nasync function makeAsync() {\n  return new S3Client({});\n}\nconst { client } = make();\nexport const one = getSignedUrl(client, command);\nexport const two = getSignedUrl(await makeAsync(), command);`,
      errors: [
        { messageId: 'unpinnedClient', line: 11, column: 20, data: { where: 'line 5', reason: "its region is 'aws-global', the global endpoint" } },
        { messageId: 'unpinnedClient', line: 12, column: 20, data: { where: 'line 8', reason: 'it has no region, so the environment decides its endpoint' } },
      ],
    },
    {
      // v3 createPresignedPost.
      code: `import { S3Client } from '@aws-sdk/client-s3';\nimport { createPresignedPost } from '@aws-sdk/s3-presigned-post';\nconst client = new S3Client({ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' });\nexport const post = createPresignedPost(client, { Bucket: 'b', Key: 'k' });`,
      errors: [{ messageId: 'unpinnedClient', line: 4, column: 21, data: { where: 'line 3', reason: 'its endpoint is the global host' } }],
    },
    {
      // SDK v2: us-east-1 without the flag; createPresignedPost ignores the flag.
      code: `${v2}\nconst legacy = new AWS.S3({ region: 'us-east-1' });\nlegacy.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });\nimport { v2Client } from './modules/clients.js';\nv2Client.createPresignedPost({ Bucket: 'b', Fields: { key: 'k' } });`,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 3,
          column: 1,
          data: { where: 'line 2', reason: "it is an SDK v2 client in us-east-1 without s3UsEast1RegionalEndpoint: 'regional'" },
        },
        { messageId: 'globalPresignedPost', line: 5, column: 1, data: { where: `${fixture('clients.ts')}:6` } },
      ],
    },
    {
      // SDK v2 `request.presign()`, directly and through a const.
      code: `${v2}\nconst s3 = new AWS.S3();\n// @ts-expect-error presign is missing from aws-sdk's types\ns3.getObject({ Bucket: 'b', Key: 'k' }).presign();\nconst request = s3.putObject({ Bucket: 'b', Key: 'k' });\n// @ts-expect-error presign is missing from aws-sdk's types\nrequest.presign();`,
      errors: [
        { messageId: 'unpinnedClient', line: 4, column: 1, data: { where: 'line 2', reason: 'it has no region, so the environment decides its endpoint' } },
        { messageId: 'unpinnedClient', line: 7, column: 1, data: { where: 'line 2', reason: 'it has no region, so the environment decides its endpoint' } },
      ],
    },
    {
      // S3RequestPresigner signs the request it is given: a global hostname, direct or parsed from a URL.
      code: [
        `import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';`,
        `declare const presigner: S3RequestPresigner;`,
        `declare function parseUrl(url: string): { hostname: string; protocol: string; path: string };`,
        `export const a = presigner.presign({ method: 'GET', protocol: 'https:', hostname: 'my-bucket.s3.amazonaws.com', path: '/k', headers: {} });`,
        `const url = 'https://s3.amazonaws.com/my-bucket/k';`,
        `export const b = presigner.presign({ ...parseUrl(url), method: 'GET', headers: {} });`,
        `export const c = presigner.presign({ method: 'GET', protocol: 'https:', hostname: 'my-bucket.s3.eu-west-1.amazonaws.com', path: '/k', headers: {} });`,
      ].join('\n'),
      errors: [
        { messageId: 'globalRequestHost', line: 4, column: 18, data: { host: 'my-bucket.s3.amazonaws.com' } },
        { messageId: 'globalRequestHost', line: 6, column: 18, data: { host: 's3.amazonaws.com' } },
      ],
    },
    {
      // The strict option reports what cannot be traced.
      code: `${v3}\nexport function sign(client: S3Client) {\n  return getSignedUrl(client, command);\n}`,
      options: [{ reportUnproven: true }],
      errors: [{ messageId: 'unprovenClient', line: 5, column: 10, data: { why: 'it is a parameter' } }],
    },
  ],
});
