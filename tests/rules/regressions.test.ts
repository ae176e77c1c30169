// Regressions from linting real open-source projects (issue 8). Each case is minimal synthetic code
// written for this repository that reproduces a pattern seen in the wild: a false positive or a
// miss found by hand review, or a real-world shape the analysis must keep getting right.
import noGlobalEndpoint from '../../src/rules/no-global-endpoint.js';
import noUnpinnedClient from '../../src/rules/no-unpinned-client.js';
import noUnpinnedPresign from '../../src/rules/no-unpinned-presign.js';
import { code } from '../code.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

const optionalRegion = 'its region may be undefined, so the environment decides its endpoint';

typedRuleTester().run('no-unpinned-presign (real-world regressions)', noUnpinnedPresign, {
  valid: [
    // A per-region cache whose clients all have a region.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

      const clients = new Map<string, S3Client>();
      function clientFor(region: string): S3Client {
        if (!clients.has(region)) clients.set(region, new S3Client({ region }));
        return clients.get(region)!;
      }
      export const url = getSignedUrl(clientFor('eu-west-1'), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    `,
    // A lazily loaded SDK module and client, pinned.
    code`
      import type * as Sdk from '@aws-sdk/client-s3';
      class Files {
        private loading?: Promise<{ sdk: typeof Sdk; client: Sdk.S3Client }>;
        private load() {
          this.loading ??= (async () => {
            const sdk = await import('@aws-sdk/client-s3');
            const client = new sdk.S3Client({ region: 'eu-west-1' });
            return { sdk, client };
          })();
          return this.loading;
        }
        async link(key: string) {
          const { sdk, client } = await this.load();
          const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
          return getSignedUrl(client, new sdk.GetObjectCommand({ Bucket: 'b', Key: key }));
        }
      }
      export { Files };
    `,
  ],
  invalid: [
    {
      // Miss (lazy singleton): a class field holding the promise of an async IIFE that loads the SDK
      // with a dynamic import and returns `{ sdk, client }`, destructured at the presign call.
      code: code`
        import type * as Sdk from '@aws-sdk/client-s3';
        class Files {
          private loading?: Promise<{ sdk: typeof Sdk; client: Sdk.S3Client }>;
          private load() {
            this.loading ??= (async () => {
              const sdk = await import('@aws-sdk/client-s3');
              const client = new sdk.S3Client({ region: process.env.AWS_REGION });
              return { sdk, client };
            })();
            return this.loading;
          }
          async link(key: string) {
            const { sdk, client } = await this.load();
            const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
            return getSignedUrl(client, new sdk.GetObjectCommand({ Bucket: 'b', Key: key }));
          }
        }
        export { Files };
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 15,
          column: 12,
          endLine: 15,
          endColumn: 85,
          data: { where: 'line 7', reason: optionalRegion },
        },
      ],
    },
    {
      // Miss (per-region cache): the client is only ever read back from a `Map`.
      code: code`
        import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

        const clients = new Map<string, S3Client>();
        function clientFor(key: string): S3Client {
          if (!clients.has(key)) clients.set(key, new S3Client({ region: process.env.AWS_REGION }));
          return clients.get(key)!;
        }
        export const url = getSignedUrl(clientFor('k'), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [
        { messageId: 'unpinnedClient', line: 9, column: 20, endLine: 9, endColumn: 97, data: { where: 'line 6', reason: optionalRegion } },
      ],
    },
    {
      // The same cache as a class field, with `get(…) ?? …`.
      code: code`
        import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
        import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

        class Clients {
          private readonly byRegion = new Map<string, S3Client>();
          get(region?: string): S3Client {
            const cached = this.byRegion.get(region ?? '');
            if (cached) return cached;
            const client = new S3Client({ region });
            this.byRegion.set(region ?? '', client);
            return client;
          }
          peek(region: string) {
            return this.byRegion.get(region)!;
          }
        }
        export const url = getSignedUrl(new Clients().peek('x'), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      `,
      errors: [
        {
          messageId: 'unpinnedClient',
          line: 17,
          column: 20,
          endLine: 17,
          endColumn: 106,
          data: { where: 'line 9', reason: optionalRegion },
        },
      ],
    },
  ],
});

typedRuleTester().run('no-unpinned-client (real-world regressions)', noUnpinnedClient, {
  valid: [
    // A `let` region that is only ever assigned regions other than us-east-1 (was unprovenRegion).
    code`
      import AWS from 'aws-sdk';
      declare const europe: boolean;
      let region = 'eu-west-1';
      if (!europe) region = 'ap-south-1';
      export const s3 = new AWS.S3({ region });
    `,
    // SDK v2's global config sets the region of clients built without one (vue-cli-plugin-s3-deploy).
    code`
      import AWS from 'aws-sdk';
      AWS.config.update({ region: 'eu-west-1' });
      export const s3 = new AWS.S3();
    `,
    // A Lambda handler's early exit (serverless/examples): the region is set where the client is built.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      export function make() {
        const region = process.env.REGION;
        if (!region) throw new Error('REGION is required');
        return new S3Client({ region });
      }
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      const region = process.env.REGION;
      if (region === undefined) {
        throw new Error('REGION is required');
      }
      export const client = new S3Client({ region });
    `,
    // A `let` config typed `S3ClientConfig`, rebuilt conditionally: every value has the region.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';

      declare const endpoint: string | undefined;
      let config: S3ClientConfig = { region: 'eu-west-1' };
      if (endpoint) config = { ...config, endpoint, forcePathStyle: true };
      export const client = new S3Client(config);
    `,
    // S3-compatible services configured through the same client: the endpoint decides the host.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      declare const env: { R2_ACCOUNT_ID: string };
      new S3Client({ region: 'auto', endpoint: \`https://\${env.R2_ACCOUNT_ID}.r2.cloudflarestorage.com\` });
    `,
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      new S3Client({ region: 'us-east-1', endpoint: 'https://nyc3.digitaloceanspaces.com' });
    `,
    // `as string` is the author's promise; an env object with a required string.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      new S3Client({ region: process.env.S3_REGION as string });
    `,
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      declare const env: { readonly S3_REGION: string };
      new S3Client({ region: env.S3_REGION });
    `,
    // A spread of `any` may set anything: no finding can be drawn.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      declare const native: any;
      new S3Client({ ...native, credentials: undefined });
    `,
    // False positive: an object literal asserted `as S3ClientConfig` is read, not its declared type.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      new S3Client({ region: 'eu-west-1', forcePathStyle: true } as S3ClientConfig);
    `,
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      new S3Client(<S3ClientConfig>{ region: 'eu-west-1' });
    `,
    // False positive: computed keys whose type is one string literal, or a symbol.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      const key = 'region' as const;
      new S3Client({ [key]: 'eu-west-1' });
    `,
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      new S3Client({ region: 'eu-west-1', [Symbol.iterator]: undefined });
    `,
    // A computed key of unknown name may set the region: undecided, silent.
    code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      declare const name: string;
      new S3Client({ [name]: 'eu-west-1' });
    `,
  ],
  invalid: [
    {
      // A zod-style env object whose region is an optional string.
      code: code`
        import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
        declare const env: { S3_REGION?: string | undefined };
        new S3Client({ region: env.S3_REGION });
      `,
      errors: [{ messageId: 'optionalRegion', line: 3, column: 16, endLine: 3, endColumn: 37 }],
    },
    {
      // `region: env.X || ''`: the empty fallback counts as no region.
      code: code`
        import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
        declare const env: { S3_REGION?: string };
        new S3Client({ region: env.S3_REGION || '' });
      `,
      errors: [{ messageId: 'emptyRegion', line: 3, column: 16, endLine: 3, endColumn: 43 }],
    },
    {
      // A config typed `S3ClientConfig`, built up conditionally: the region is set only sometimes.
      code: code`
        import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';

        const region = process.env.S3_REGION;
        const config: S3ClientConfig = { forcePathStyle: true };
        if (region) config.region = region;
        export const client = new S3Client(config);
      `,
      errors: [{ messageId: 'optionalRegion', line: 6, column: 36, endLine: 6, endColumn: 42 }],
    },
    {
      // A `let` config rebuilt conditionally, where one value has no region.
      code: code`
        import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';

        declare const endpoint: string | undefined;
        let config: S3ClientConfig = { region: 'eu-west-1' };
        if (endpoint) config = { endpoint };
        export const client = new S3Client(config);
      `,
      errors: [{ messageId: 'optionalRegion', line: 6, column: 36, endLine: 6, endColumn: 42 }],
    },
    {
      // An SDK the checker cannot type (node-s3-client's aws-sdk 2.4, without declarations; here
      // \`require\` returns \`any\`): the require says what the class is, as without types.
      code: code`
        const AWS = require('aws-sdk');
        export const s3 = new AWS.S3({ region: 'us-east-1' });
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 32, endLine: 2, endColumn: 51 }],
      output: code`
        const AWS = require('aws-sdk');
        export const s3 = new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
      `,
    },
  ],
});

untypedRuleTester().run('no-global-endpoint (real-world regressions)', noGlobalEndpoint, {
  valid: [
    // False positive: expected values in test assertions are compared, not requested.
    code`assert.strictEqual(url, 'https://s3.amazonaws.com/mybucket/key');`,
    code`assert.equal(getUrl('b'), \`https://b.s3.amazonaws.com/k\`);`,
    code`assert.deepStrictEqual(urls, ['https://s3.amazonaws.com/b/k']);`,
    code`expect(url).toBe('https://my-bucket.s3.amazonaws.com/a.txt');`,
    code`expect(url).toEqual(\`https://\${bucket}.s3.amazonaws.com/\${key}\`);`,
    code`expect(url).to.equal('https://s3.amazonaws.com/b');`,
    code`expect(url).not.toContain('s3.amazonaws.com');`,
  ],
  invalid: [
    // A URL built for use stays reported, in tests too.
    {
      code: code`it('uploads', async () => { await fetch('https://s3.amazonaws.com/b/k'); });`,
      errors: [{ messageId: 'globalHost', line: 1, column: 41, endLine: 1, endColumn: 71 }],
    },
    {
      code: code`expect(await download('https://b.s3.amazonaws.com/k')).toBe('ok');`,
      errors: [{ messageId: 'globalHost', line: 1, column: 23, endLine: 1, endColumn: 53 }],
    },
    {
      // The fallback of a public URL built from the region (the us-east-1 branch is global).
      code: code`const host = \`https://s3\${region === 'us-east-1' ? '' : \`-\${region}\`}.amazonaws.com/\${bucket}\`;`,
      errors: [{ messageId: 'globalHost', line: 1, column: 14, endLine: 1, endColumn: 95 }],
    },
  ],
});
