// The syntax tier of prefer-client-factory, case by case against the typed tier (tests/tiers.ts).
// Without types the rewrite is a suggestion; with types it is an autofix where it type-checks
// (TIER_EXCEPTIONS).
import rule from '../../src/rules/prefer-client-factory.js';
import { code } from '../code.js';
import { tieredRuleTester } from '../tiers.js';

// The RuleTester cwd is the fixtures directory: a relative factory module is taken from there.
const settings = { 's3-regional': { factory: { name: 'createS3Client', module: './modules/factory.js' } } };
const v2Settings = {
  's3-regional': {
    factory: { name: 'createS3Client', module: './modules/factory.js' },
    v2Factory: { name: 'createLegacyS3', module: './modules/factory-v2.js' },
  },
};

tieredRuleTester('prefer-client-factory', rule, {
  valid: [
    {
      name: 'no factory configured',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'built by the factory',
      settings,
      code: code`
        import { createS3Client } from './modules/factory.js';
        // aws-sdk
        export const client = createS3Client({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'a file that declares the factory',
      settings,
      code: code`
        import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
        export function createS3Client(config: S3ClientConfig & { region: string }) {
          return new S3Client(config);
        }
      `,
    },
    {
      name: 'same-named classes from another module',
      settings,
      code: code`
        import { S3Client, S3 } from './modules/lookalike.js';
        // aws-sdk
        new S3Client({});
        new S3();
      `,
    },
    {
      name: 'a subclass imported from another module',
      settings,
      code: code`
        import { PassThroughClient } from './modules/subclass.js';
        // aws-sdk
        export const client = new PassThroughClient({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'a class parameter',
      settings,
      code: code`
        import type { S3Client } from '@aws-sdk/client-s3';
        export function make(Client: typeof S3Client) {
          return new Client({ region: 'eu-west-1' });
        }
      `,
    },
    {
      name: 'a type-only import',
      settings,
      code: code`
        import type { S3Client } from '@aws-sdk/client-s3';
        export let client: S3Client | undefined;
        // @ts-expect-error: a type-only import has no value
        client = new S3Client({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'a mock of the class',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { mockClient } from 'aws-sdk-client-mock';
        export const mock = mockClient(S3Client);
      `,
    },
    {
      name: 'a shadowed binding',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export function local() {
          const S3Client = class {
            constructor(readonly options: object) {}
          };
          return new S3Client({ region: 'eu-west-1' });
        }
      `,
    },
    {
      name: 'CommonJS: a require of another module',
      filename: 'file.cjs',
      settings,
      code: code`
        // aws-sdk
        const { S3Client } = require('./modules/lookalike.js');
        module.exports = new S3Client({ region: 'eu-west-1' });
      `,
    },
  ],
  invalid: [
    {
      name: 'named import',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: 'eu-west-1' });
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                import { createS3Client } from './modules/factory.js';
                export const client = createS3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'renamed import',
      settings,
      code: code`
        import { S3Client as Storage } from '@aws-sdk/client-s3';
        export const client = new Storage({ region: 'eu-west-1' });
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                import { createS3Client } from './modules/factory.js';
                export const client = createS3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'namespace import',
      settings,
      code: code`
        import * as s3 from '@aws-sdk/client-s3';
        export const client = new s3.S3Client({ region: 'eu-west-1' });
        export const command = new s3.GetObjectCommand({ Bucket: 'b', Key: 'k' });
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                import * as s3 from '@aws-sdk/client-s3';
                import { createS3Client } from './modules/factory.js';
                export const client = createS3Client({ region: 'eu-west-1' });
                export const command = new s3.GetObjectCommand({ Bucket: 'b', Key: 'k' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'default import (v2) with the v2 factory',
      settings: v2Settings,
      code: code`
        import AWS from 'aws-sdk';
        export const legacy = new AWS.S3({ region: 'eu-west-1' });
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                import AWS from 'aws-sdk';
                import { createLegacyS3 } from './modules/factory-v2.js';
                export const legacy = createLegacyS3({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'default import (v2) without a v2 factory',
      settings,
      code: code`
        import AWS from 'aws-sdk';
        export const legacy = new AWS.S3({ region: 'eu-west-1' });
      `,
      errors: [{ messageId: 'noFactoryForSdk', line: 2, column: 23, endLine: 2, endColumn: 58, suggestions: [] }],
      output: null,
    },
    {
      name: 'the aggregated S3 class: no rewrite',
      settings,
      code: code`
        import { S3 } from '@aws-sdk/client-s3';
        export const client = new S3({ region: 'eu-west-1' });
      `,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, endLine: 2, endColumn: 54, suggestions: [] }],
      output: null,
    },
    {
      // The factory returns an S3Client, not the subclass with its own methods: no rewrite.
      name: 'a subclass declared in the file: no rewrite',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        class Storage extends S3Client {
          hello() { return 'hi'; }
        }
        export const client = new Storage({ region: 'eu-west-1' });
      `,
      errors: [{ messageId: 'useFactory', line: 5, column: 23, endLine: 5, endColumn: 59, suggestions: [] }],
      output: null,
    },
    {
      // A factory exists to pin clients: without types a config the file does not show pinned is not
      // offered the rewrite (with types the checker says the arguments do not fit).
      name: 'arguments the factory does not take',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({});
      `,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, endLine: 2, endColumn: 39, suggestions: [] }],
      output: null,
    },
    {
      name: 'dynamic import',
      settings,
      code: code`
        const { S3Client } = await import('@aws-sdk/client-s3');
        export const client = new S3Client({ region: 'eu-west-1' });
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                import { createS3Client } from './modules/factory.js';
                const { S3Client } = await import('@aws-sdk/client-s3');
                export const client = createS3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'CommonJS destructured require',
      filename: 'file.cjs',
      settings,
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        exports.client = new S3Client({ region: 'eu-west-1' });
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                const { createS3Client } = require('./modules/factory.js');
                exports.client = createS3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'CommonJS whole require (v2) with the v2 factory',
      filename: 'file.cjs',
      settings: v2Settings,
      code: code`
        const AWS = require('aws-sdk');
        module.exports = { s3: new AWS.S3({ region: 'eu-west-1' }), config: AWS.config };
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                const AWS = require('aws-sdk');
                const { createLegacyS3 } = require('./modules/factory-v2.js');
                module.exports = { s3: createLegacyS3({ region: 'eu-west-1' }), config: AWS.config };
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'CommonJS class field',
      filename: 'file.cjs',
      settings,
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        class Storage {
          client = new S3Client({ region: 'eu-west-1' });
        }
        module.exports = { Storage, S3Client };
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                const { S3Client } = require('@aws-sdk/client-s3');
                const { createS3Client } = require('./modules/factory.js');
                class Storage {
                  client = createS3Client({ region: 'eu-west-1' });
                }
                module.exports = { Storage, S3Client };
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'ESM JavaScript: named import',
      filename: 'file.mjs',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export default new S3Client({ region: 'eu-west-1' });
      `,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              output: code`
                import { createS3Client } from './modules/factory.js';
                export default createS3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
