import * as fs from 'node:fs';
import * as path from 'node:path';
import rule from '../../src/rules/prefer-client-factory.js';
import { code } from '../code.js';
import { fixturesDir, typedRuleTester } from '../rule-tester.js';
import { snapshotRuleTester } from '../snapshot-rule-tester.js';

// RuleTester's cwd is the fixtures directory: a relative factory module is taken from there.
const settings = { 's3-regional': { factory: { name: 'createS3Client', module: './modules/factory.js' } } };
const aliasSettings = { 's3-regional': { factory: { name: 'createS3Client', module: '@acme/s3' } } };
const v2Settings = {
  's3-regional': {
    factory: { name: 'createS3Client', module: './modules/factory.js' },
    v2Factory: { name: 'createLegacyS3', module: './modules/factory-v2.js' },
  },
};

typedRuleTester().run('prefer-client-factory', rule, {
  valid: [
    // Without a factory setting the rule has nothing to say.
    code`
      import { S3Client } from '@aws-sdk/client-s3';
      export const client = new S3Client({ region: 'eu-west-1' });
    `,
    // The factory itself, and clients it returns.
    {
      code: code`
        import { createS3Client } from './modules/factory.js';
        export const client = createS3Client({ region: 'eu-west-1' });
      `,
      settings,
    },
    // The factory's own module is left alone (linted with its real text: the program keeps what it lints).
    {
      code: fs.readFileSync(path.join(fixturesDir, 'modules', 'factory.ts'), 'utf8'),
      settings: { 's3-regional': { factory: { name: 'createS3Client', module: path.join(fixturesDir, 'modules', 'factory.js') } } },
      filename: 'modules/factory.ts',
    },
    {
      code: fs.readFileSync(path.join(fixturesDir, 'modules', 'factory.ts'), 'utf8'),
      settings,
      filename: 'modules/factory.ts',
    },
    // Type-only uses and mocks construct nothing.
    {
      code: code`
        import type { S3Client } from '@aws-sdk/client-s3';
        export let client: S3Client | undefined;
      `,
      settings,
    },
    {
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { mockClient } from 'aws-sdk-client-mock';
        export const mock = mockClient(S3Client);
      `,
      settings,
    },
  ],
  invalid: [
    {
      // The only import is replaced in place.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: 'eu-west-1' });
      `,
      settings,
      output: code`
        import { createS3Client } from './modules/factory.js';
        export const client = createS3Client({ region: 'eu-west-1' });
      `,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, endLine: 2, endColumn: 60 }],
    },
    {
      // An absolute module path (a config outside the directory ESLint runs in), written relative to the file.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: 'eu-west-1' });
      `,
      settings: { 's3-regional': { factory: { name: 'createS3Client', module: path.join(fixturesDir, 'modules', 'factory.js') } } },
      output: code`
        import { createS3Client } from './modules/factory.js';
        export const client = createS3Client({ region: 'eu-west-1' });
      `,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, endLine: 2, endColumn: 60 }],
    },
    {
      // A type-only import of the factory module is left alone; a value import is added.
      code: code`
        import type { PinnedS3Client } from './modules/factory.js';
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: 'eu-west-1' }) as PinnedS3Client;
      `,
      settings,
      output: code`
        import type { PinnedS3Client } from './modules/factory.js';
        import { createS3Client } from './modules/factory.js';
        export const client = createS3Client({ region: 'eu-west-1' }) as PinnedS3Client;
      `,
      errors: [{ messageId: 'useFactory', line: 3, column: 23, endLine: 3, endColumn: 60 }],
    },
    {
      // Arguments the factory does not accept (no region): reported, but a rewrite would not type-check.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({});
      `,
      settings,
      output: null,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, endLine: 2, endColumn: 39 }],
    },
    {
      // A factory module outside the program: the rewrite is only suggested.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export const client = new S3Client({ region: 'eu-west-1' });
      `,
      settings: aliasSettings,
      output: null,
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
              data: { client: '`new S3Client`', factory: 'createS3Client', module: "'@acme/s3'" },
              output: code`
                import { createS3Client } from '@acme/s3';
                export const client = createS3Client({ region: 'eu-west-1' });
              `,
            },
          ],
        },
      ],
    },
    {
      // The aggregated S3 class is not what the factory returns: reported without a fix.
      code: code`
        import { S3 } from '@aws-sdk/client-s3';
        export const client = new S3({ region: 'eu-west-1' });
      `,
      settings,
      output: null,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, endLine: 2, endColumn: 54 }],
    },
    {
      // SDK v2 uses the v2 factory (see the snapshots); without one it is only reported, and the message says so.
      code: code`
        import AWS from 'aws-sdk';
        export const legacy = new AWS.S3({ region: 'eu-west-1' });
      `,
      settings,
      output: null,
      errors: [
        {
          messageId: 'noFactoryForSdk',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 58,
          data: { client: '`new AWS.S3`', sdk: 'v2', setting: 'v2Factory', factory: 'createS3Client', module: "'./modules/factory.js'" },
        },
      ],
    },
    {
      // A local name that already means something else: no fix.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const createS3Client = () => 1;
        export const client = new S3Client({ region: 'eu-west-1' });
        export const n = createS3Client();
      `,
      settings,
      output: null,
      errors: [{ messageId: 'useFactory', line: 3, column: 23, endLine: 3, endColumn: 60 }],
    },
  ],
});

// Fixes that rewrite the imports of a longer file, reviewed as snapshots: see
// __snapshots__/prefer-client-factory/.
snapshotRuleTester('prefer-client-factory', rule, [
  {
    // The import is added after the last import; the client import, now unused, goes.
    name: 'import added after the last import',
    code: code`
      import { S3Client } from '@aws-sdk/client-s3';
      import { readFileSync } from 'node:fs';

      export const client = new S3Client({ region: 'eu-west-1' });
      export const text = readFileSync;
    `,
    settings,
  },
  {
    // Other uses keep the client import (a type here); an existing import of the factory module is merged into.
    name: 'merged into an existing import of the factory module',
    code: code`
      import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
      import { type PinnedS3Client } from './modules/factory.js';
      export const client: S3Client = new S3Client({ region: 'eu-west-1' });
      export const command = new GetObjectCommand({ Bucket: 'b', Key: 'k' });
      export type P = PinnedS3Client;
    `,
    settings,
  },
  {
    // An aliased import: the class is found by its declaration, the alias goes when unused.
    name: 'aliased import',
    code: code`
      import { S3Client as Storage, GetObjectCommand } from '@aws-sdk/client-s3';
      export const client = new Storage({ region: 'eu-west-1' });
      export const command = new GetObjectCommand({ Bucket: 'b', Key: 'k' });
    `,
    settings,
  },
  {
    // Several clients in one file: one fix per pass, the import added once, the class import removed last.
    name: 'several clients in one file',
    code: code`
      import { S3Client } from '@aws-sdk/client-s3';
      export const a = new S3Client({ region: 'eu-west-1' });
      export const b = new S3Client({ region: 'us-east-1' });
    `,
    settings,
  },
  {
    // CommonJS: a `require` is added and the unused one removed.
    name: 'CommonJS require',
    code: code`
      'use strict';
      const { S3Client } = require('@aws-sdk/client-s3');
      const path = require('node:path');
      exports.client = new S3Client({ region: 'eu-west-1' });
      exports.path = path;
    `,
    filename: 'file.cjs',
    settings,
  },
  {
    // SDK v2 uses the v2 factory.
    name: 'SDK v2 with the v2 factory',
    code: code`
      import AWS from 'aws-sdk';
      export const legacy = new AWS.S3({ region: 'eu-west-1' });
      export const credentials = AWS.config.credentials;
    `,
    settings: v2Settings,
  },
]);
