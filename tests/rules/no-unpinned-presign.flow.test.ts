// Clients wrapped and unwrapped on their way to a presign call (issue 15): result objects, identity
// wrappers, Promise.resolve, holders, arrays, properties written in the same function. Each case
// runs in both tiers (tests/tiers.ts); each container has a pinned twin that stays silent.
import rule from '../../src/rules/no-unpinned-presign.js';
import { code } from '../code.js';
import { tieredRuleTester } from '../tiers.js';

const error = (line: number, column: number, endColumn: number) => ({
  messageId: 'unpinnedClient',
  line,
  column,
  endLine: line,
  endColumn,
  suggestions: [],
});

tieredRuleTester('no-unpinned-presign', rule, {
  valid: [
    {
      name: 'a result object holding a pinned client',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        type Result<T> = { ok: true; data: T } | { ok: false; error: string };
        function ok<T>(data: T): Result<T> { return { ok: true, data }; }
        export async function sign() {
          const result = ok(new S3Client({ region: 'eu-west-1' }));
          if (!result.ok) throw new Error(result.error);
          return getSignedUrl(result.data, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
      `,
    },
    {
      name: 'an identity wrapper and Promise.resolve around a pinned client',
      filename: 'file.mjs',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const identity = (x) => x;
        export async function sign() {
          const client = await Promise.resolve(identity(new S3Client({ region: 'eu-west-1' })));
          return getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
      `,
    },
    {
      name: 'an array of pinned clients',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const clients = [new S3Client({ region: 'eu-west-1' })];
        clients.push(new S3Client({ region: 'ap-south-1' }));
        export const sign = (i: number) => getSignedUrl(clients[i]!, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'a holder whose property a spread may replace: not followed',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        declare const overrides: { client?: S3Client };
        function holder() { return { client: new S3Client({ region: 'aws-global' }), ...overrides }; }
        export const sign = () => getSignedUrl(holder().client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'a wrapper that may replace its argument: not followed (silent rather than half-right)',
      filename: 'file.mjs',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const pinned = new S3Client({ region: 'eu-west-1' });
        function orPinned(client, usePinned) {
          if (usePinned) client = pinned;
          return client;
        }
        export const sign = () => getSignedUrl(orPinned(new S3Client({ region: 'aws-global' }), true), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
    {
      name: 'a wrapper that returns another value than its argument',
      filename: 'file.mjs',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const pinned = new S3Client({ region: 'eu-west-1' });
        const replace = (client) => pinned;
        export const sign = () => getSignedUrl(replace(new S3Client({ region: 'aws-global' })), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
    },
  ],
  invalid: [
    {
      name: 'a result object from a factory: ok(client) … result.data',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        type Result<T> = { ok: true; data: T } | { ok: false; error: string };
        function ok<T>(data: T): Result<T> { return { ok: true, data }; }
        function makeClient() { return ok(new S3Client({ region: 'aws-global' })); }
        export async function sign() {
          const result = makeClient();
          if (!result.ok) throw new Error(result.error);
          return getSignedUrl(result.data, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
      `,
      errors: [error(9, 10, 84)],
      output: null,
    },
    {
      name: 'an identity wrapper and Promise.resolve (JavaScript)',
      filename: 'file.mjs',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        function identity(x) { return x; }
        export async function sign() {
          const client = await Promise.resolve(identity(new S3Client({ region: 'aws-global' })));
          return getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
      `,
      errors: [error(6, 10, 79)],
      output: null,
    },
    {
      name: 'a { client } holder returned from a factory (CommonJS)',
      filename: 'file.cjs',
      code: code`
        const { GetObjectCommand, S3Client } = require('@aws-sdk/client-s3');
        const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
        function holder() { return { client: new S3Client({ region: 'aws-global' }), bucket: 'b' }; }
        exports.sign = async () => {
          const h = holder();
          return getSignedUrl(h.client, new GetObjectCommand({ Bucket: h.bucket, Key: 'k' }));
        };
      `,
      errors: [error(6, 10, 86)],
      output: null,
    },
    {
      name: 'an array: one element may be unpinned',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        const clients = [new S3Client({ region: 'eu-west-1' })];
        clients.push(new S3Client({ region: 'aws-global' }));
        export const sign = () => getSignedUrl(clients.at(-1)!, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [error(5, 27, 105)],
      output: null,
    },
    {
      name: 'a property written in the same function',
      code: code`
        import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
        export async function sign() {
          const box: { client?: S3Client } = {};
          box.client = new S3Client({ region: 'aws-global' });
          return getSignedUrl(box.client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
        }
      `,
      errors: [error(6, 10, 83)],
      output: null,
    },
  ],
});
