import * as path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-unpinned-client.js';
import { code } from '../code.js';
import { fixturesDir, typedRuleTester } from '../rule-tester.js';
import { snapshotRuleTester } from '../snapshot-rule-tester.js';

const settings = { 's3-regional': { regions: ['eu-west-1'] } };
const accepting = (...kinds: string[]) => ({ 's3-regional': { acceptedHostKinds: kinds } });

typedRuleTester().run('no-unpinned-client', rule, {
  valid: [
    // A pinned client handed to @aws-sdk/lib-storage's Upload.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      import { Upload } from '@aws-sdk/lib-storage';
      export const upload = new Upload({ client: new S3Client({ region: 'eu-west-1' }), params: { Bucket: 'b', Key: 'k', Body: 'x' } });
    `,
    // A definite region: literal, const, fallback, string-typed value, provider function.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'eu-west-1' });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      const region = 'us-east-1';
      new S3Client({ region });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      declare const region: string;
      new S3Client({ region });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: async () => 'us-east-1' });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: process.env.AWS_REGION! });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: process.env.AWS_REGION as string });
    `,
    // useGlobalEndpoint: false, or true outside us-east-1 (the SDK ignores it there).
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'us-east-1', useGlobalEndpoint: false });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      const config: { region?: string } = {};
      config.region = 'eu-west-1';
      new S3Client(config);
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      import type { S3ClientConfig } from '@aws-sdk/client-s3';
      export function make(config: S3ClientConfig & { region: string }) {
        return new S3Client(config);
      }
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'eu-west-1', useGlobalEndpoint: true });
    `,
    // Dualstack and FIPS hosts are regional even in us-east-1, and override useGlobalEndpoint
    // (measured): where the team accepts them (a dualstack interface endpoint; FIPS required),
    // nothing else is wrong.
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', useGlobalEndpoint: true, useDualstackEndpoint: true });
      `,
      settings: accepting('dualstack'),
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', useGlobalEndpoint: true, useFipsEndpoint: true });
      `,
      settings: accepting('fips'),
    },
    {
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'us-east-1', useDualstack: true });
      `,
      settings: accepting('dualstack'),
    },
    {
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'us-east-1', useFipsEndpoint: true });
      `,
      settings: accepting('fips'),
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', useDualstackEndpoint: true, useFipsEndpoint: true });
      `,
      settings: accepting('dualstack', 'fips'),
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', endpoint: 'https://s3-fips.us-east-1.amazonaws.com' });
      `,
      settings: accepting('fips'),
    },
    // \`false\`, or a value that may be either, is not a finding.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      declare const fips: boolean;
      new S3Client({ region: 'us-east-1', useFipsEndpoint: false, useDualstackEndpoint: fips });
    `,
    // Regional and interface endpoints in the client's own region; S3-compatible services.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'us-east-1', endpoint: 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com' });
    `,
    // The interface endpoint's region against a region that is not certain: not decided.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      declare const region: string;
      new S3Client({ region, endpoint: 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com' });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'auto', endpoint: 'https://0123456789abcdef.r2.cloudflarestorage.com' });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ endpoint: 'http://localhost:9000', forcePathStyle: true });
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'us-east-1', endpoint: 'http://localhost.localstack.cloud:4566' });
    `,
    // Configs from other modules and factories, judged by their types.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      import { pinnedConfig, fixedRegion, loadConfig } from './modules/configs.js';
      new S3Client(pinnedConfig);
      new S3Client({ region: fixedRegion });
      new S3Client(loadConfig());
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      const base = { region: 'eu-west-1' } as const;
      new S3Client({ ...base, forcePathStyle: true });
    `,
    // Type-only uses and mocks are not constructions.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      let client: S3Client | undefined;
      type Ctor = typeof S3Client;
    `,
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      import { mockClient } from 'aws-sdk-client-mock';
      mockClient(S3Client);
    `,
    // A same-named class from another library is not an S3 client.
    code`
      import { S3Client, S3 } from './modules/lookalike.js';
      // aws-sdk
      new S3Client({});
      new S3();
    `,
    // A file that imports no S3 SDK is skipped before any type lookup.
    code`
      class S3Client { constructor(_?: object) {} }
      new S3Client({});
    `,
    // SDK v2 outside us-east-1, or pinned by the regional flag or a regional endpoint.
    code`
      import AWS from 'aws-sdk';
      new AWS.S3({ region: 'eu-west-1' });
    `,
    code`
      import AWS from 'aws-sdk';
      new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
    `,
    code`
      import AWS from 'aws-sdk';
      declare const region: string;
      new AWS.S3({ region, s3UsEast1RegionalEndpoint: 'regional' });
    `,
    code`
      import AWS from 'aws-sdk';
      new AWS.S3({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });
    `,
    code`
      import S3 from 'aws-sdk/clients/s3';
      new S3({ region: 'ap-south-1' });
    `,
    // allowEnvironmentRegion accepts v3 clients that take their region from the environment.
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({});
      `,
      options: [{ allowEnvironmentRegion: true }],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION });
      `,
      options: [{ allowEnvironmentRegion: true }],
    },
  ],
  invalid: [
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client();
      `,
      settings,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({});
      `,
      settings,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      // @aws-sdk/lib-storage's Upload takes a client: the client made for it is judged where it is made.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { Upload } from '@aws-sdk/lib-storage';
        export const upload = new Upload({ client: new S3Client({ forcePathStyle: true }), params: { Bucket: 'b', Key: 'k', Body: 'x' } });
      `,
      errors: [{ messageId: 'missingRegion', line: 3, column: 57, endLine: 3, endColumn: 81, suggestions: [] }],
    },
    {
      // Without regions in the settings there is nothing to suggest: choosing a region is yours.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ forcePathStyle: true });
      `,
      errors: [{ messageId: 'missingRegion', line: 2, column: 14, endLine: 2, endColumn: 38, suggestions: [] }],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION });
      `,
      settings,
      errors: [
        {
          messageId: 'optionalRegion',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env['AWS_REGION'] });
      `,
      errors: [{ messageId: 'optionalRegion', line: 2, column: 16, endLine: 2, endColumn: 49 }],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        declare const region: string | undefined;
        new S3Client({ region });
      `,
      settings,
      errors: [
        {
          messageId: 'optionalRegion',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                declare const region: string | undefined;
                new S3Client({ region: region ?? 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      // Set on one path only: the region may be missing.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const config: { region?: string } = {};
        if (process.env.R) config.region = process.env.R;
        new S3Client(config);
      `,
      errors: [{ messageId: 'optionalRegion', line: 4, column: 14, endLine: 4, endColumn: 20 }],
    },
    {
      // Set unconditionally after the declaration: pinned (see valid), unless the value is missing.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const config: { region?: string } = {};
        config.region = process.env.R;
        new S3Client(config);
      `,
      errors: [{ messageId: 'optionalRegion', line: 4, column: 14, endLine: 4, endColumn: 20 }],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION || '' });
      `,
      settings,
      errors: [
        {
          messageId: 'emptyRegion',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'aws-global' });
      `,
      settings,
      errors: [
        {
          messageId: 'globalRegion',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'replaceRegion',
              data: { region: 'eu-west-1' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      // Literal types count, through `as const` objects from other modules.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { globalConfig, globalFlagConfig } from './modules/configs.js';
        new S3Client(globalConfig);
        new S3Client(globalFlagConfig);
      `,
      errors: [
        { messageId: 'globalRegion', line: 3, column: 14, endLine: 3, endColumn: 26 },
        { messageId: 'useGlobalEndpoint', line: 4, column: 14, endLine: 4, endColumn: 30 },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', useGlobalEndpoint: true });
      `,
      output: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1' });
      `,
      errors: [{ messageId: 'useGlobalEndpoint', line: 2, column: 37, endLine: 2, endColumn: 60 }],
    },
    {
      // A shared config object is only offered the edit: other clients read it too.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const shared = { region: 'us-east-1', useGlobalEndpoint: true };
        new S3Client(shared);
      `,
      errors: [
        {
          messageId: 'useGlobalEndpoint',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'useGlobalEndpoint' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                const shared = { region: 'us-east-1' };
                new S3Client(shared);
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'eu-west-1', useAccelerateEndpoint: true });
      `,
      errors: [
        {
          messageId: 'accelerate',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'useAccelerateEndpoint' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', useFipsEndpoint: true });
      `,
      errors: [
        {
          messageId: 'fipsEndpoint',
          data: { client: '`new S3Client`', option: 'useFipsEndpoint', fact: 'S3 interface endpoints do not serve FIPS endpoints' },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'useFipsEndpoint' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'us-east-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      // Accepting FIPS does not accept dualstack; v2 spells it useDualstack.
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'eu-west-1', useFipsEndpoint: true, useDualstack: true });
      `,
      settings: accepting('fips'),
      errors: [
        {
          messageId: 'dualstackEndpoint',
          data: { client: '`new AWS.S3`', option: 'useDualstack', fact: 'an S3 interface endpoint serves dualstack names only when its IP address type is dualstack' },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'removeOption',
              output: code`
                import AWS from 'aws-sdk';
                new AWS.S3({ region: 'eu-west-1', useFipsEndpoint: true });
              `,
            },
          ],
        },
      ],
    },
    {
      // An endpoint on a host the interface endpoint does not serve: the same region's private host is offered.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', endpoint: 'https://s3.dualstack.us-east-1.amazonaws.com' });
      `,
      errors: [
        {
          messageId: 'notPrivateEndpoint',
          data: {
            client: '`new S3Client`',
            host: 'https://s3.dualstack.us-east-1.amazonaws.com',
            kind: 'a dualstack endpoint',
            fact: 'an S3 interface endpoint serves dualstack names only when its IP address type is dualstack',
          },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'usePrivateEndpoint',
              data: { endpoint: 'https://s3.us-east-1.amazonaws.com' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'eu-west-1', endpoint: 's3-eu-west-1.amazonaws.com' });
      `,
      errors: [
        {
          messageId: 'notPrivateEndpoint',
          data: {
            client: '`new AWS.S3`',
            host: 's3-eu-west-1.amazonaws.com',
            kind: 'a dash-Region endpoint',
            fact: 'S3 interface endpoints do not serve S3 dash Region endpoints',
          },
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'usePrivateEndpoint',
              output: code`
                import AWS from 'aws-sdk';
                new AWS.S3({ region: 'eu-west-1', endpoint: 's3.eu-west-1.amazonaws.com' });
              `,
            },
          ],
        },
      ],
    },
    {
      // An interface endpoint of another region: the signature's region is not the endpoint's.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const region = 'eu-west-1';
        new S3Client({ region, endpoint: 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com', forcePathStyle: true });
      `,
      errors: [
        {
          messageId: 'endpointRegion',
          data: {
            client: '`new S3Client`',
            region: 'eu-west-1',
            host: 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com',
            endpointRegion: 'us-east-1',
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 105,
        },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' });
      `,
      settings,
      errors: [
        {
          messageId: 'globalEndpoint',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 73,
          data: { client: '`new S3Client`', host: 'https://s3.amazonaws.com' },
          suggestions: [
            {
              messageId: 'useRegionalEndpoint',
              data: { region: 'eu-west-1' },
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'us-east-1', endpoint: 'https://s3.eu-west-1.amazonaws.com' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const endpoint = 'https://s3-external-1.amazonaws.com';
        new S3Client({ region: 'us-east-1', endpoint });
      `,
      errors: [{ messageId: 'globalEndpoint', line: 3, column: 37, endLine: 3, endColumn: 45 }],
    },
    {
      // Every import form reaches the same class: renamed, namespace, require, dynamic import, aggregated S3.
      code: code`
        import { S3Client as Storage, S3 } from '@aws-sdk/client-s3';
        import * as s3 from '@aws-sdk/client-s3';
        import { createRequire } from 'node:module';
        const { S3Client: Required } = createRequire(import.meta.url)('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
        new Storage({});
        new s3.S3Client({});
        new S3({});
        new Required({});
        export async function lazy() {
          const { S3Client } = await import('@aws-sdk/client-s3');
          return new S3Client({});
        }
      `,
      errors: [
        { messageId: 'missingRegion', line: 5, column: 13, endLine: 5, endColumn: 15 },
        { messageId: 'missingRegion', line: 6, column: 17, endLine: 6, endColumn: 19 },
        { messageId: 'missingRegion', line: 7, column: 8, endLine: 7, endColumn: 10 },
        { messageId: 'missingRegion', line: 8, column: 14, endLine: 8, endColumn: 16 },
        { messageId: 'missingRegion', line: 11, column: 23, endLine: 11, endColumn: 25 },
      ],
    },
    {
      // A subclass: its `super(config)` is the construction, and one without a constructor passes through.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { PassThroughClient } from './modules/subclass.js';
        class Storage extends S3Client {
          constructor() {
            super({ region: 'aws-global' });
          }
        }
        new PassThroughClient({});
        new Storage();
      `,
      errors: [
        { messageId: 'globalRegion', line: 5, column: 13, endLine: 5, endColumn: 33 },
        { messageId: 'missingRegion', line: 8, column: 23, endLine: 8, endColumn: 25 },
      ],
    },
    // SDK v2.
    {
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3();
      `,
      settings,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: code`
                import AWS from 'aws-sdk';
                new AWS.S3({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'us-east-1' });
      `,
      output: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 14, endLine: 2, endColumn: 33 }],
    },
    {
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: "us-east-1", s3UsEast1RegionalEndpoint: "legacy" });
      `,
      output: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: "us-east-1", s3UsEast1RegionalEndpoint: "regional" });
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 14, endLine: 2, endColumn: 33 }],
    },
    {
      code: code`
        import S3 = require('aws-sdk/clients/s3');
        declare const region: string;
        new S3({ region });
      `,
      errors: [
        {
          messageId: 'unprovenRegion',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addRegionalFlag',
              output: code`
                import S3 = require('aws-sdk/clients/s3');
                declare const region: string;
                new S3({ region, s3UsEast1RegionalEndpoint: 'regional' });
              `,
            },
          ],
        },
      ],
    },
  ],
});

// Suggestions and fixes that rewrite several lines, reviewed as snapshots: see
// __snapshots__/no-unpinned-client/.
snapshotRuleTester('no-unpinned-client', rule, [
  {
    name: 'region added to a multi-line config',
    code: code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({
        forcePathStyle: true,
      });
    `,
    settings,
  },
  {
    name: 'region defaulted in a config parameter',
    code: code`
      import { S3Client } from '@aws-sdk/client-s3';
      import type { S3ClientConfig } from '@aws-sdk/client-s3';
      export function make(config: S3ClientConfig) {
        return new S3Client(config);
      }
    `,
    settings,
  },
  {
    name: 'useGlobalEndpoint removed from a multi-line config',
    code: code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({
        useGlobalEndpoint: true,
        region: 'us-east-1',
      });
    `,
  },
  {
    // With a factory configured, the rewrite to it is offered where it type-checks (as well as removing
    // the option). The factory requires a region: `createS3Client({})` would not type-check, so it is not
    // offered for the second client.
    name: 'factory rewrite offered where it type-checks',
    code: code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: 'eu-west-1', useAccelerateEndpoint: true });
      new S3Client({});
    `,
    settings: { 's3-regional': { factory: { name: 'createS3Client', module: './modules/factory.js' } } },
  },
  {
    name: 'SDK v2 class imported by name',
    code: code`
      import { S3 } from 'aws-sdk';
      new S3({ region: 'aws-global' });
      new S3({ region: 'eu-west-1', useAccelerateEndpoint: true });
      new S3({ region: 'eu-west-1', endpoint: 's3.amazonaws.com' });
    `,
  },
]);

// With strictNullChecks off, `process.env.X` types as `string`: the syntax still shows it may be missing.
new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.join(fixturesDir, 'loose') } },
}).run('no-unpinned-client (strictNullChecks off)', rule, {
  valid: [
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });
    `,
  ],
  invalid: [
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION });
      `,
      errors: [{ messageId: 'optionalRegion', line: 2, column: 16, endLine: 2, endColumn: 46 }],
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const region = process.env['AWS_REGION'];
        new S3Client({ region });
      `,
      errors: [{ messageId: 'optionalRegion', line: 3, column: 16, endLine: 3, endColumn: 22 }],
    },
  ],
});
