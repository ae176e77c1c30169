import * as path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-unpinned-client.js';
import { fixturesDir, typedRuleTester } from '../rule-tester.js';

const v3 = `import { S3Client } from '@aws-sdk/client-s3';\n`;
const v2 = `import AWS from 'aws-sdk';\n`;
const settings = { 's3-regional': { regions: ['eu-west-1'] } };

typedRuleTester().run('no-unpinned-client', rule, {
  valid: [
    // A definite region: literal, const, fallback, string-typed value, provider function.
    `${v3}new S3Client({ region: 'eu-west-1' });`,
    `${v3}const region = 'us-east-1';\nnew S3Client({ region });`,
    `${v3}new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });`,
    `${v3}declare const region: string;\nnew S3Client({ region });`,
    `${v3}new S3Client({ region: async () => 'us-east-1' });`,
    `${v3}new S3Client({ region: process.env.AWS_REGION! });`,
    `${v3}new S3Client({ region: process.env.AWS_REGION as string });`,
    // useGlobalEndpoint: false, or true outside us-east-1 (the SDK ignores it there).
    `${v3}new S3Client({ region: 'us-east-1', useGlobalEndpoint: false });`,
    `${v3}const config: { region?: string } = {};\nconfig.region = 'eu-west-1';\nnew S3Client(config);`,
    `${v3}import type { S3ClientConfig } from '@aws-sdk/client-s3';\nexport function make(config: S3ClientConfig & { region: string }) {\n  return new S3Client(config);\n}`,
    `${v3}new S3Client({ region: 'eu-west-1', useGlobalEndpoint: true });`,
    // Dualstack and FIPS hosts are regional even in us-east-1, and override useGlobalEndpoint (measured).
    `${v3}new S3Client({ region: 'us-east-1', useGlobalEndpoint: true, useDualstackEndpoint: true });`,
    `${v3}new S3Client({ region: 'us-east-1', useGlobalEndpoint: true, useFipsEndpoint: true });`,
    `${v2}new AWS.S3({ region: 'us-east-1', useDualstack: true });`,
    `${v2}new AWS.S3({ region: 'us-east-1', useFipsEndpoint: true });`,
    // Regional, dualstack, FIPS and interface endpoints; S3-compatible services.
    `${v3}new S3Client({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });`,
    `${v3}new S3Client({ region: 'us-east-1', useDualstackEndpoint: true, useFipsEndpoint: true });`,
    `${v3}new S3Client({ region: 'us-east-1', endpoint: 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com' });`,
    `${v3}new S3Client({ region: 'auto', endpoint: 'https://0123456789abcdef.r2.cloudflarestorage.com' });`,
    `${v3}new S3Client({ endpoint: 'http://localhost:9000', forcePathStyle: true });`,
    `${v3}new S3Client({ region: 'us-east-1', endpoint: 'http://localhost.localstack.cloud:4566' });`,
    // Configs from other modules and factories, judged by their types.
    `${v3}import { pinnedConfig, fixedRegion, loadConfig } from './modules/configs.js';\nnew S3Client(pinnedConfig);\nnew S3Client({ region: fixedRegion });\nnew S3Client(loadConfig());`,
    `${v3}const base = { region: 'eu-west-1' } as const;\nnew S3Client({ ...base, forcePathStyle: true });`,
    // Type-only uses and mocks are not constructions.
    `${v3}let client: S3Client | undefined;\ntype Ctor = typeof S3Client;`,
    `${v3}import { mockClient } from 'aws-sdk-client-mock';\nmockClient(S3Client);`,
    // A same-named class from another library is not an S3 client.
    `import { S3Client, S3 } from './modules/lookalike.js';\n// aws-sdk\nnew S3Client({});\nnew S3();`,
    // A file that imports no S3 SDK is skipped before any type lookup.
    `class S3Client { constructor(_?: object) {} }\nnew S3Client({});`,
    // SDK v2 outside us-east-1, or pinned by the regional flag or a regional endpoint.
    `${v2}new AWS.S3({ region: 'eu-west-1' });`,
    `${v2}new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });`,
    `${v2}declare const region: string;\nnew AWS.S3({ region, s3UsEast1RegionalEndpoint: 'regional' });`,
    `${v2}new AWS.S3({ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' });`,
    `import S3 from 'aws-sdk/clients/s3';\nnew S3({ region: 'ap-south-1' });`,
    // allowEnvironmentRegion accepts v3 clients that take their region from the environment.
    { code: `${v3}new S3Client({});`, options: [{ allowEnvironmentRegion: true }] },
    { code: `${v3}new S3Client({ region: process.env.AWS_REGION });`, options: [{ allowEnvironmentRegion: true }] },
  ],
  invalid: [
    {
      code: `${v3}new S3Client();`,
      settings,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 1,
          suggestions: [{ messageId: 'setRegion', data: { region: 'eu-west-1' }, output: `${v3}new S3Client({ region: 'eu-west-1' });` }],
        },
      ],
    },
    {
      code: `${v3}new S3Client({});`,
      settings,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 14,
          suggestions: [{ messageId: 'setRegion', data: { region: 'eu-west-1' }, output: `${v3}new S3Client({ region: 'eu-west-1' });` }],
        },
      ],
    },
    {
      // Without regions in the settings there is nothing to suggest: choosing a region is yours.
      code: `${v3}new S3Client({ forcePathStyle: true });`,
      errors: [{ messageId: 'missingRegion', line: 2, column: 14, suggestions: [] }],
    },
    {
      code: `${v3}new S3Client({\n  forcePathStyle: true,\n});`,
      settings,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 14,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: `${v3}new S3Client({\n  forcePathStyle: true,\n  region: 'eu-west-1',\n});`,
            },
          ],
        },
      ],
    },
    {
      code: `${v3}new S3Client({ region: process.env.AWS_REGION });`,
      settings,
      errors: [
        {
          messageId: 'optionalRegion',
          line: 2,
          column: 16,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: `${v3}new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });`,
            },
          ],
        },
      ],
    },
    {
      code: `${v3}new S3Client({ region: process.env['AWS_REGION'] });`,
      errors: [{ messageId: 'optionalRegion', line: 2, column: 16 }],
    },
    {
      code: `${v3}declare const region: string | undefined;\nnew S3Client({ region });`,
      settings,
      errors: [
        {
          messageId: 'optionalRegion',
          line: 3,
          column: 16,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: `${v3}declare const region: string | undefined;\nnew S3Client({ region: region ?? 'eu-west-1' });`,
            },
          ],
        },
      ],
    },
    {
      code: `${v3}import type { S3ClientConfig } from '@aws-sdk/client-s3';\nexport function make(config: S3ClientConfig) {\n  return new S3Client(config);\n}`,
      settings,
      errors: [
        {
          messageId: 'optionalRegion',
          line: 4,
          column: 23,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: `${v3}import type { S3ClientConfig } from '@aws-sdk/client-s3';\nexport function make(config: S3ClientConfig) {\n  return new S3Client({ ...config, region: config?.region ?? 'eu-west-1' });\n}`,
            },
          ],
        },
      ],
    },
    {
      // Set on one path only: the region may be missing.
      code: `${v3}const config: { region?: string } = {};\nif (process.env.R) config.region = process.env.R;\nnew S3Client(config);`,
      errors: [{ messageId: 'optionalRegion', line: 4, column: 14 }],
    },
    {
      // Set unconditionally after the declaration: pinned (see valid), unless the value is missing.
      code: `${v3}const config: { region?: string } = {};\nconfig.region = process.env.R;\nnew S3Client(config);`,
      errors: [{ messageId: 'optionalRegion', line: 4, column: 14 }],
    },
    {
      code: `${v3}new S3Client({ region: process.env.AWS_REGION || '' });`,
      settings,
      errors: [
        {
          messageId: 'emptyRegion',
          line: 2,
          column: 16,
          suggestions: [
            {
              messageId: 'setRegion',
              data: { region: 'eu-west-1' },
              output: `${v3}new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });`,
            },
          ],
        },
      ],
    },
    {
      code: `${v3}new S3Client({ region: 'aws-global' });`,
      settings,
      errors: [
        {
          messageId: 'globalRegion',
          line: 2,
          column: 16,
          suggestions: [{ messageId: 'replaceRegion', data: { region: 'eu-west-1' }, output: `${v3}new S3Client({ region: 'eu-west-1' });` }],
        },
      ],
    },
    {
      // Literal types count, through `as const` objects from other modules.
      code: `${v3}import { globalConfig, globalFlagConfig } from './modules/configs.js';\nnew S3Client(globalConfig);\nnew S3Client(globalFlagConfig);`,
      errors: [
        { messageId: 'globalRegion', line: 3, column: 14 },
        { messageId: 'useGlobalEndpoint', line: 4, column: 14 },
      ],
    },
    {
      code: `${v3}new S3Client({ region: 'us-east-1', useGlobalEndpoint: true });`,
      output: `${v3}new S3Client({ region: 'us-east-1' });`,
      errors: [{ messageId: 'useGlobalEndpoint', line: 2, column: 37 }],
    },
    {
      code: `${v3}new S3Client({\n  useGlobalEndpoint: true,\n  region: 'us-east-1',\n});`,
      output: `${v3}new S3Client({\n  region: 'us-east-1',\n});`,
      errors: [{ messageId: 'useGlobalEndpoint', line: 3, column: 3 }],
    },
    {
      // A shared config object is only offered the edit: other clients read it too.
      code: `${v3}const shared = { region: 'us-east-1', useGlobalEndpoint: true };\nnew S3Client(shared);`,
      errors: [
        {
          messageId: 'useGlobalEndpoint',
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'useGlobalEndpoint' },
              output: `${v3}const shared = { region: 'us-east-1' };\nnew S3Client(shared);`,
            },
          ],
        },
      ],
    },
    {
      code: `${v3}new S3Client({ region: 'eu-west-1', useAccelerateEndpoint: true });`,
      errors: [
        {
          messageId: 'accelerate',
          line: 2,
          column: 37,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'useAccelerateEndpoint' },
              output: `${v3}new S3Client({ region: 'eu-west-1' });`,
            },
          ],
        },
      ],
    },
    {
      // With a factory configured, the rewrite to it is offered where it type-checks.
      code: `${v3}new S3Client({ region: 'eu-west-1', useAccelerateEndpoint: true });\nnew S3Client({});`,
      settings: { 's3-regional': { factory: { name: 'createS3Client', module: './modules/factory.js' } } },
      errors: [
        {
          messageId: 'accelerate',
          line: 2,
          column: 37,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'useAccelerateEndpoint' },
              output: `${v3}new S3Client({ region: 'eu-west-1' });\nnew S3Client({});`,
            },
            {
              messageId: 'useFactory',
              data: { factory: 'createS3Client' },
              output: `${v3}import { createS3Client } from './modules/factory.js';\ncreateS3Client({ region: 'eu-west-1', useAccelerateEndpoint: true });\nnew S3Client({});`,
            },
          ],
        },
        // The factory requires a region: `createS3Client({})` would not type-check, so it is not offered.
        { messageId: 'missingRegion', line: 3, column: 14, suggestions: [] },
      ],
    },
    {
      code: `${v3}new S3Client({ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' });`,
      settings,
      errors: [
        {
          messageId: 'globalEndpoint',
          line: 2,
          column: 37,
          data: { client: '`new S3Client`', host: 'https://s3.amazonaws.com' },
          suggestions: [
            {
              messageId: 'useRegionalEndpoint',
              data: { region: 'eu-west-1' },
              output: `${v3}new S3Client({ region: 'us-east-1', endpoint: 'https://s3.eu-west-1.amazonaws.com' });`,
            },
          ],
        },
      ],
    },
    {
      code: `${v3}const endpoint = 'https://s3-external-1.amazonaws.com';\nnew S3Client({ region: 'us-east-1', endpoint });`,
      errors: [{ messageId: 'globalEndpoint', line: 3, column: 37 }],
    },
    {
      // Every import form reaches the same class: renamed, namespace, require, dynamic import, aggregated S3.
      code: [
        `import { S3Client as Storage, S3 } from '@aws-sdk/client-s3';`,
        `import * as s3 from '@aws-sdk/client-s3';`,
        `import { createRequire } from 'node:module';`,
        `const { S3Client: Required } = createRequire(import.meta.url)('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');`,
        `new Storage({});`,
        `new s3.S3Client({});`,
        `new S3({});`,
        `new Required({});`,
        `export async function lazy() {`,
        `  const { S3Client } = await import('@aws-sdk/client-s3');`,
        `  return new S3Client({});`,
        `}`,
      ].join('\n'),
      errors: [
        { messageId: 'missingRegion', line: 5, column: 13 },
        { messageId: 'missingRegion', line: 6, column: 17 },
        { messageId: 'missingRegion', line: 7, column: 8 },
        { messageId: 'missingRegion', line: 8, column: 14 },
        { messageId: 'missingRegion', line: 11, column: 23 },
      ],
    },
    {
      // A subclass: its `super(config)` is the construction, and one without a constructor passes through.
      code: `${v3}import { PassThroughClient } from './modules/subclass.js';\nclass Storage extends S3Client {\n  constructor() {\n    super({ region: 'aws-global' });\n  }\n}\nnew PassThroughClient({});\nnew Storage();`,
      errors: [
        { messageId: 'globalRegion', line: 5, column: 13 },
        { messageId: 'missingRegion', line: 8, column: 23 },
      ],
    },
    // SDK v2.
    {
      code: `${v2}new AWS.S3();`,
      settings,
      errors: [
        {
          messageId: 'missingRegion',
          line: 2,
          column: 1,
          suggestions: [{ messageId: 'setRegion', data: { region: 'eu-west-1' }, output: `${v2}new AWS.S3({ region: 'eu-west-1' });` }],
        },
      ],
    },
    {
      code: `${v2}new AWS.S3({ region: 'us-east-1' });`,
      output: `${v2}new AWS.S3({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });`,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 14 }],
    },
    {
      code: `${v2}new AWS.S3({ region: "us-east-1", s3UsEast1RegionalEndpoint: "legacy" });`,
      output: `${v2}new AWS.S3({ region: "us-east-1", s3UsEast1RegionalEndpoint: "regional" });`,
      errors: [{ messageId: 'usEast1Legacy', line: 2, column: 14 }],
    },
    {
      code: `import S3 = require('aws-sdk/clients/s3');\ndeclare const region: string;\nnew S3({ region });`,
      errors: [
        {
          messageId: 'unprovenRegion',
          line: 3,
          column: 10,
          suggestions: [
            {
              messageId: 'addRegionalFlag',
              output: `import S3 = require('aws-sdk/clients/s3');\ndeclare const region: string;\nnew S3({ region, s3UsEast1RegionalEndpoint: 'regional' });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { S3 } from 'aws-sdk';\nnew S3({ region: 'aws-global' });\nnew S3({ region: 'eu-west-1', useAccelerateEndpoint: true });\nnew S3({ region: 'eu-west-1', endpoint: 's3.amazonaws.com' });`,
      errors: [
        { messageId: 'globalRegion', line: 2, column: 10 },
        {
          messageId: 'accelerate',
          line: 3,
          column: 31,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'useAccelerateEndpoint' },
              output: `import { S3 } from 'aws-sdk';\nnew S3({ region: 'aws-global' });\nnew S3({ region: 'eu-west-1' });\nnew S3({ region: 'eu-west-1', endpoint: 's3.amazonaws.com' });`,
            },
          ],
        },
        { messageId: 'globalEndpoint', line: 4, column: 31 },
      ],
    },
  ],
});

// With strictNullChecks off, `process.env.X` types as `string`: the syntax still shows it may be missing.
new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.join(fixturesDir, 'loose') } },
}).run('no-unpinned-client (strictNullChecks off)', rule, {
  valid: [`${v3}new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });`],
  invalid: [
    {
      code: `${v3}new S3Client({ region: process.env.AWS_REGION });`,
      errors: [{ messageId: 'optionalRegion', line: 2, column: 16 }],
    },
    {
      code: `${v3}const region = process.env['AWS_REGION'];\nnew S3Client({ region });`,
      errors: [{ messageId: 'optionalRegion', line: 3, column: 16 }],
    },
  ],
});
