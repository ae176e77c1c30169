// The syntax tier of no-unpinned-client, case by case against the typed tier (tests/tiers.ts):
// every form the syntax tier covers, each with a silent twin.
import rule from '../../src/rules/no-unpinned-client.js';
import { code } from '../code.js';
import { tieredRuleTester } from '../tiers.js';

const settings = { 's3-regional': { regions: ['eu-west-1'] } };
const factorySettings = {
  's3-regional': { regions: ['eu-west-1'], factory: { name: 'createS3Client', module: './modules/factory.js' } },
};

tieredRuleTester('no-unpinned-client', rule, {
  valid: [
    // Bindings: each form, pinned.
    {
      name: 'named import, pinned',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'renamed import, pinned',
      code: code`
        import { S3Client as Client } from '@aws-sdk/client-s3';
        new Client({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'default import (v2), pinned by the regional flag',
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
      `,
    },
    {
      name: 'default import of aws-sdk/clients/s3.js, outside us-east-1',
      code: code`
        import S3 from 'aws-sdk/clients/s3.js';
        new S3({ region: 'ap-south-1' });
      `,
    },
    {
      name: 'namespace import, pinned',
      code: code`
        import * as s3 from '@aws-sdk/client-s3';
        new s3.S3Client({ region: 'eu-west-1', useGlobalEndpoint: true });
      `,
    },
    {
      name: 'dynamic import, pinned',
      code: code`
        const { S3Client } = await import('@aws-sdk/client-s3');
        export const client = new S3Client({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'CommonJS destructured require, pinned',
      filename: 'file.cjs',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        module.exports = new S3Client({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'CommonJS whole require (v2), pinned',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        exports.s3 = new AWS.S3({ region: 'eu-west-1' });
      `,
    },
    // Values: each form, pinned.
    {
      name: 'same-file const region, pinned',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const region = 'us-east-1';
        new S3Client({ region });
      `,
    },
    {
      name: 'spread of a same-file object, as const',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const base = { region: 'eu-west-1' } as const;
        new S3Client({ ...base, forcePathStyle: true });
      `,
    },
    {
      name: 'process.env with a fallback',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
      `,
    },
    {
      name: 'a variable destructured from process.env with a default',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const { AWS_REGION = 'eu-west-1' } = process.env;
        new S3Client({ region: AWS_REGION });
      `,
    },
    {
      // An early exit rules the missing value out where the client is built (a Lambda handler's check).
      name: 'a const region guarded by `if (!region) throw`',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export function make() {
          const region = process.env.REGION;
          if (!region) throw new Error('REGION is required');
          return new S3Client({ region });
        }
      `,
    },
    {
      name: 'a region destructured from process.env, guarded by `== null ... return`',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export function make() {
          const { REGION: region } = process.env;
          if (region == null) {
            return undefined;
          }
          return new S3Client({ region });
        }
      `,
    },
    {
      // SDK v2 clients without a region take the global config's (vue-cli-plugin-s3-deploy).
      name: 'v2: the region set in the global config',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        AWS.config.update({ region: 'eu-west-1' });
        module.exports = new AWS.S3();
      `,
    },
    {
      // The global config written in a method, from a value the file does not show: not judged.
      name: 'v2: the global config updated in a method from the options',
      code: code`
        import AWS from 'aws-sdk';
        export class Deployer {
          constructor(private readonly options: { awsConfig: object }) {}
          open() {
            AWS.config.update(this.options.awsConfig);
            return new AWS.S3();
          }
        }
      `,
    },
    {
      name: 'v2: the global config loaded from a file the code does not show',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        AWS.config.loadFromPath('./config.json');
        module.exports = new AWS.S3({ apiVersion: '2006-03-01' });
      `,
    },
    // The private path: kinds the team accepts, interface endpoints of the client's region.
    {
      name: 'FIPS and dualstack, accepted',
      filename: 'file.cjs',
      settings: { 's3-regional': { acceptedHostKinds: ['fips', 'dualstack'] } },
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        module.exports = new S3Client({ region: 'us-east-1', useFipsEndpoint: true, useDualstackEndpoint: true });
      `,
    },
    {
      name: 'an interface endpoint of the client region',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', endpoint: 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com' });
      `,
    },
    {
      name: 'process.env with allowEnvironmentRegion',
      options: [{ allowEnvironmentRegion: true }],
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION });
      `,
    },
    {
      name: 'regional literal and template endpoints',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });
        new S3Client({ region: 'us-east-1', endpoint: \`https://s3.us-east-1.amazonaws.com\` });
      `,
    },
    {
      name: 'a template endpoint with a substitution is not known',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const bucket = 'b';
        new S3Client({ region: 'eu-west-1', endpoint: \`https://\${bucket}.s3.eu-west-1.amazonaws.com\` });
      `,
    },
    // What the syntax tier cannot see: left alone.
    {
      name: 'same-named class from another module',
      code: code`
        import { S3Client, S3 } from './modules/lookalike.js';
        // aws-sdk
        new S3Client({});
        new S3();
      `,
    },
    {
      name: 'a config parameter',
      code: code`
        import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
        export function make(config: S3ClientConfig) {
          return new S3Client(config);
        }
      `,
    },
    {
      name: 'a class parameter',
      code: code`
        import type { S3Client } from '@aws-sdk/client-s3';
        export function make(Client: typeof S3Client) {
          return new Client({});
        }
      `,
    },
    {
      name: 'a config imported from another module',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { globalConfig, envRegion } from './modules/configs.js';
        new S3Client(globalConfig);
        new S3Client({ region: envRegion });
      `,
    },
    {
      name: 'a config returned by a call',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function load() {
          return { region: 'aws-global' };
        }
        new S3Client(load());
      `,
    },
    {
      name: 'type-only imports bind no class',
      code: code`
        import type { S3Client } from '@aws-sdk/client-s3';
        import { type S3 } from '@aws-sdk/client-s3';
        // @ts-expect-error: a type-only import has no value
        new S3Client({});
        // @ts-expect-error: a type-only import has no value
        new S3({});
      `,
    },
    {
      name: 'a mock of the class constructs nothing',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { mockClient } from 'aws-sdk-client-mock';
        export const mock = mockClient(S3Client);
      `,
    },
    {
      name: 'a shadowed binding',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export function local() {
          class S3Client {
            constructor(readonly options: object) {}
          }
          return new S3Client({});
        }
      `,
    },
    {
      name: 'spread arguments',
      code: code`
        import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
        const args: [S3ClientConfig] = [{}];
        new S3Client(...args);
      `,
    },
    {
      name: 'CommonJS: a require of another module',
      filename: 'file.cjs',
      code: code`
        // aws-sdk
        const { S3Client } = require('./modules/lookalike.js');
        module.exports = new S3Client({});
      `,
    },
    {
      name: 'CommonJS: a shadowed require binding',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        function make(AWS) {
          return new AWS.S3({ region: 'us-east-1' });
        }
        module.exports = { make };
      `,
    },
  ],
  invalid: [
    // The private path, decided from the inline options.
    {
      name: 'useFipsEndpoint: true in CommonJS',
      filename: 'file.cjs',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        module.exports = new S3Client({ region: 'us-east-1', useFipsEndpoint: true });
      `,
      errors: [
        {
          messageId: 'fipsEndpoint',
          line: 2,
          column: 54,
          endLine: 2,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'removeOption',
              output: code`
                const { S3Client } = require('@aws-sdk/client-s3');
                module.exports = new S3Client({ region: 'us-east-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'an interface endpoint of another region',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'eu-west-1', endpoint: 'https://vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com' });
      `,
      errors: [{ messageId: 'endpointRegion', line: 2, column: 37, endLine: 2, endColumn: 111, suggestions: [] }],
      output: null,
    },
    // Bindings.
    {
      name: 'named import: global region',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'aws-global' });
      `,
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
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'renamed import: no region',
      settings,
      code: code`
        import { S3Client as Client } from '@aws-sdk/client-s3';
        new Client({});
      `,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                import { S3Client as Client } from '@aws-sdk/client-s3';
                new Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'default import (v2): us-east-1 literal',
      code: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'us-east-1' });
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 14, endLine: 2, endColumn: 33, suggestions: [] }],
      output: code`
        import AWS from 'aws-sdk';
        new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
      `,
    },
    {
      // The extension ESM needs in a subpath of a package without an exports map (NodeNext).
      name: 'default import of aws-sdk/clients/s3.js: legacy flag in us-east-1',
      code: code`
        import S3 from 'aws-sdk/clients/s3.js';
        new S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'legacy' });
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 10, endLine: 2, endColumn: 29, suggestions: [] }],
      output: code`
        import S3 from 'aws-sdk/clients/s3.js';
        new S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
      `,
    },
    {
      name: 'namespace import: useGlobalEndpoint in us-east-1',
      code: code`
        import * as s3 from '@aws-sdk/client-s3';
        new s3.S3Client({ region: 'us-east-1', useGlobalEndpoint: true });
      `,
      errors: [{ messageId: 'useGlobalEndpoint', line: 2, column: 40, endLine: 2, endColumn: 63, suggestions: [] }],
      output: code`
        import * as s3 from '@aws-sdk/client-s3';
        new s3.S3Client({ region: 'us-east-1' });
      `,
    },
    {
      name: 'namespace import (v2): no config',
      code: code`
        import * as AWS from 'aws-sdk';
        new AWS.S3();
      `,
      errors: [{ messageId: 'missingRegion', line: 2, column: 1, endLine: 2, endColumn: 13, suggestions: [] }],
      output: null,
    },
    {
      name: 'the aggregated S3 class',
      code: code`
        import { S3 } from '@aws-sdk/client-s3';
        new S3({ region: 'eu-west-1', useAccelerateEndpoint: true });
      `,
      errors: [
        {
          messageId: 'accelerate',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'removeOption',
              output: code`
                import { S3 } from '@aws-sdk/client-s3';
                new S3({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'dynamic import, destructured',
      settings,
      code: code`
        const { S3Client } = await import('@aws-sdk/client-s3');
        export const client = new S3Client({});
      `,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                const { S3Client } = await import('@aws-sdk/client-s3');
                export const client = new S3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'dynamic import, whole module',
      code: code`
        const sdk = await import('@aws-sdk/client-s3');
        export const client = new sdk.S3Client({ region: 'aws-global' });
      `,
      errors: [{ messageId: 'globalRegion', line: 2, column: 42, endLine: 2, endColumn: 62, suggestions: [] }],
      output: null,
    },
    {
      name: 'subclass without a constructor of its own',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        class Storage extends S3Client {}
        new Storage({ region: 'aws-global' });
      `,
      errors: [{ messageId: 'globalRegion', line: 3, column: 15, endLine: 3, endColumn: 35, suggestions: [] }],
      output: null,
    },
    {
      name: 'super(…) in a subclass constructor',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export class Storage extends S3Client {
          constructor() {
            super({ region: 'aws-global' });
          }
        }
      `,
      errors: [{ messageId: 'globalRegion', line: 4, column: 13, endLine: 4, endColumn: 33, suggestions: [] }],
      output: null,
    },
    // CommonJS, linted with espree too.
    {
      name: 'CommonJS destructured require: global endpoint',
      filename: 'file.cjs',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        module.exports = new S3Client({ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' });
      `,
      errors: [{ messageId: 'globalEndpoint', line: 2, column: 54, endLine: 2, endColumn: 90, suggestions: [] }],
      output: null,
    },
    {
      name: 'CommonJS renamed destructured require: no region',
      filename: 'file.cjs',
      code: code`
        const { S3Client: Client } = require('@aws-sdk/client-s3');
        exports.client = new Client();
      `,
      errors: [{ messageId: 'missingRegion', line: 2, column: 18, endLine: 2, endColumn: 30, suggestions: [] }],
      output: null,
    },
    {
      name: 'CommonJS whole require (v2): us-east-1 literal',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        exports.s3 = new AWS.S3({ region: 'us-east-1' });
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 27, endLine: 2, endColumn: 46, suggestions: [] }],
      output: code`
        const AWS = require('aws-sdk');
        exports.s3 = new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });
      `,
    },
    {
      name: 'CommonJS require of aws-sdk/clients/s3 (v2): us-east-1 literal',
      filename: 'file.cjs',
      code: code`
        const S3 = require('aws-sdk/clients/s3');
        module.exports = { s3: new S3({ region: 'us-east-1' }) };
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 33, endLine: 2, endColumn: 52, suggestions: [] }],
      output: code`
        const S3 = require('aws-sdk/clients/s3');
        module.exports = { s3: new S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' }) };
      `,
    },
    {
      name: 'CommonJS class field',
      filename: 'file.cjs',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        class Storage {
          client = new S3Client({ region: process.env.AWS_REGION });
        }
        module.exports = { Storage };
      `,
      errors: [{ messageId: 'optionalRegion', line: 3, column: 27, endLine: 3, endColumn: 57, suggestions: [] }],
      output: null,
    },
    {
      name: 'CommonJS dynamic import in a function',
      filename: 'file.cjs',
      code: code`
        async function make() {
          const { S3Client } = await import('@aws-sdk/client-s3');
          return new S3Client({ region: 'aws-global' });
        }
        module.exports = { make };
      `,
      errors: [{ messageId: 'globalRegion', line: 3, column: 25, endLine: 3, endColumn: 45, suggestions: [] }],
      output: null,
    },
    {
      name: 'ESM JavaScript: named import',
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: '' });
      `,
      errors: [{ messageId: 'emptyRegion', line: 2, column: 38, endLine: 2, endColumn: 48, suggestions: [] }],
      output: null,
    },
    // Values.
    {
      name: 'same-file const region',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const region = 'aws-global';
        new S3Client({ region });
      `,
      errors: [
        {
          messageId: 'globalRegion',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'replaceRegion',
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                const region = 'eu-west-1';
                new S3Client({ region });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'same-file const object',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const config = { region: 'us-east-1', useGlobalEndpoint: true };
        new S3Client(config);
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
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                const config = { region: 'us-east-1' };
                new S3Client(config);
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'spread of a same-file object',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const base = { region: 'aws-global' };
        new S3Client({ ...base, forcePathStyle: true });
      `,
      errors: [{ messageId: 'globalRegion', line: 2, column: 16, endLine: 2, endColumn: 36, suggestions: [] }],
      output: null,
    },
    {
      name: 'as const object, spread',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const shared = { endpoint: 'https://s3.amazonaws.com' } as const;
        new S3Client({ ...shared, region: 'us-east-1' });
      `,
      errors: [{ messageId: 'globalEndpoint', line: 2, column: 18, endLine: 2, endColumn: 54, suggestions: [] }],
      output: null,
    },
    {
      name: 'satisfies on a same-file object',
      code: code`
        import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
        const config = { region: 'aws-global' } satisfies S3ClientConfig;
        new S3Client(config);
      `,
      errors: [{ messageId: 'globalRegion', line: 2, column: 18, endLine: 2, endColumn: 38, suggestions: [] }],
      output: null,
    },
    {
      name: 'an object literal asserted to the config type',
      code: code`
        import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
        new S3Client({ region: 'aws-global' } as S3ClientConfig);
      `,
      errors: [{ messageId: 'globalRegion', line: 2, column: 16, endLine: 2, endColumn: 36, suggestions: [] }],
      output: null,
    },
    {
      name: 'member write on a same-file object',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const config: { region?: string } = {};
        config.region = 'aws-global';
        new S3Client(config);
      `,
      errors: [{ messageId: 'globalRegion', line: 4, column: 14, endLine: 4, endColumn: 20, suggestions: [] }],
      output: null,
    },
    {
      name: 'process.env read',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION });
      `,
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
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'process.env read through a const (v2)',
      code: code`
        import AWS from 'aws-sdk';
        const region = process.env['S3_REGION'];
        new AWS.S3({ region });
      `,
      errors: [
        { messageId: 'optionalRegion', line: 3, column: 14, endLine: 3, endColumn: 20, suggestions: [] },
        {
          messageId: 'unprovenRegion',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addRegionalFlag',
              output: code`
                import AWS from 'aws-sdk';
                const region = process.env['S3_REGION'];
                new AWS.S3({ region, s3UsEast1RegionalEndpoint: 'regional' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      // Credentials only: the global config sets no region.
      name: 'v2: the global config without a region',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        AWS.config.update({ accessKeyId: 'id', secretAccessKey: 'secret' });
        module.exports = new AWS.S3();
      `,
      errors: [{ messageId: 'missingRegion', line: 3, column: 18, endLine: 3, endColumn: 30, suggestions: [] }],
      output: null,
    },
    {
      name: 'v2: us-east-1 in the global config',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        AWS.config.region = 'us-east-1';
        module.exports = new AWS.S3();
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 3, column: 18, endLine: 3, endColumn: 30, suggestions: [] }],
      output: null,
    },
    {
      // A guard after the client is built, or one whose branch goes on, rules nothing out.
      name: 'a guard after the construction',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const region = process.env.REGION;
        export const client = new S3Client({ region });
        if (!region) console.warn('REGION is not set');
      `,
      errors: [{ messageId: 'optionalRegion', line: 3, column: 38, endLine: 3, endColumn: 44, suggestions: [] }],
      output: null,
    },
    {
      name: 'a variable destructured from process.env',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const { AWS_REGION } = process.env;
        new S3Client({ region: AWS_REGION });
      `,
      errors: [{ messageId: 'optionalRegion', line: 3, column: 16, endLine: 3, endColumn: 34, suggestions: [] }],
      output: null,
    },
    {
      name: 'process.env through a const alias',
      filename: 'file.cjs',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        const { env } = process;
        const config = process.env;
        module.exports = [new S3Client({ region: env.AWS_REGION }), new S3Client({ region: config.S3_REGION })];
      `,
      errors: [
        { messageId: 'optionalRegion', line: 4, column: 34, endLine: 4, endColumn: 56, suggestions: [] },
        { messageId: 'optionalRegion', line: 4, column: 76, endLine: 4, endColumn: 100, suggestions: [] },
      ],
      output: null,
    },
    {
      name: 'empty fallback on process.env',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: process.env.AWS_REGION || '' });
      `,
      errors: [{ messageId: 'emptyRegion', line: 2, column: 16, endLine: 2, endColumn: 52, suggestions: [] }],
      output: null,
    },
    {
      name: 'literal global endpoint',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'eu-west-1', endpoint: 'https://s3.amazonaws.com' });
      `,
      errors: [
        {
          messageId: 'globalEndpoint',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'useRegionalEndpoint',
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                new S3Client({ region: 'eu-west-1', endpoint: 'https://s3.eu-west-1.amazonaws.com' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'template global endpoint',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'eu-west-1', endpoint: \`https://s3-external-1.amazonaws.com\` });
      `,
      errors: [{ messageId: 'globalEndpoint', line: 2, column: 37, endLine: 2, endColumn: 84, suggestions: [] }],
      output: null,
    },
    {
      name: 'v2 us-east-1 through a same-file const',
      code: code`
        import AWS from 'aws-sdk';
        const region = 'us-east-1';
        new AWS.S3({ region, signatureVersion: 'v4' });
      `,
      errors: [{ messageId: 'usEast1Legacy', line: 3, column: 14, endLine: 3, endColumn: 20, suggestions: [] }],
      output: code`
        import AWS from 'aws-sdk';
        const region = 'us-east-1';
        new AWS.S3({ region, signatureVersion: 'v4', s3UsEast1RegionalEndpoint: 'regional' });
      `,
    },
    // The factory rewrite is a typed-only suggestion (TIER_EXCEPTIONS).
    {
      name: 'with a factory configured',
      settings: factorySettings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: 'aws-global' });
      `,
      errors: [
        {
          messageId: 'globalRegion',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'replaceRegion',
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                export const client = new S3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
