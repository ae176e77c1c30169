import * as fs from 'node:fs';
import * as path from 'node:path';
import rule from '../../src/rules/prefer-client-factory.js';
import { fixturesDir, typedRuleTester } from '../rule-tester.js';

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
    `import { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({ region: 'eu-west-1' });`,
    // The factory itself, and clients it returns.
    { code: `import { createS3Client } from './modules/factory.js';\nexport const client = createS3Client({ region: 'eu-west-1' });`, settings },
    // The factory's own module is left alone (linted with its real text: the program keeps what it lints).
    { code: fs.readFileSync(path.join(fixturesDir, 'modules', 'factory.ts'), 'utf8'), settings, filename: 'modules/factory.ts' },
    // Type-only uses and mocks construct nothing.
    { code: `import type { S3Client } from '@aws-sdk/client-s3';\nexport let client: S3Client | undefined;`, settings },
    { code: `import { S3Client } from '@aws-sdk/client-s3';\nimport { mockClient } from 'aws-sdk-client-mock';\nexport const mock = mockClient(S3Client);`, settings },
  ],
  invalid: [
    {
      // The import is added after the last import; the client import, now unused, goes.
      code: `import { S3Client } from '@aws-sdk/client-s3';\nimport { readFileSync } from 'node:fs';\n\nexport const client = new S3Client({ region: 'eu-west-1' });\nexport const text = readFileSync;`,
      settings,
      output: `import { readFileSync } from 'node:fs';\nimport { createS3Client } from './modules/factory.js';\n\nexport const client = createS3Client({ region: 'eu-west-1' });\nexport const text = readFileSync;`,
      errors: [{ messageId: 'useFactory', line: 4, column: 23, data: { client: '`new S3Client`', factory: 'createS3Client', module: "'./modules/factory.js'" } }],
    },
    {
      // The only import is replaced in place.
      code: `import { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({ region: 'eu-west-1' });`,
      settings,
      output: `import { createS3Client } from './modules/factory.js';\nexport const client = createS3Client({ region: 'eu-west-1' });`,
      errors: [{ messageId: 'useFactory', line: 2, column: 23 }],
    },
    {
      // Other uses keep the client import (a type here); an existing import of the factory module is merged into.
      code: `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';\nimport { type PinnedS3Client } from './modules/factory.js';\nexport const client: S3Client = new S3Client({ region: 'eu-west-1' });\nexport const command = new GetObjectCommand({ Bucket: 'b', Key: 'k' });\nexport type P = PinnedS3Client;`,
      settings,
      output: `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';\nimport { type PinnedS3Client, createS3Client } from './modules/factory.js';\nexport const client: S3Client = createS3Client({ region: 'eu-west-1' });\nexport const command = new GetObjectCommand({ Bucket: 'b', Key: 'k' });\nexport type P = PinnedS3Client;`,
      errors: [{ messageId: 'useFactory', line: 3, column: 33 }],
    },
    {
      // An aliased import: the class is found by its declaration, the alias goes when unused.
      code: `import { S3Client as Storage, GetObjectCommand } from '@aws-sdk/client-s3';\nexport const client = new Storage({ region: 'eu-west-1' });\nexport const command = new GetObjectCommand({ Bucket: 'b', Key: 'k' });`,
      settings,
      output: `import { GetObjectCommand } from '@aws-sdk/client-s3';\nimport { createS3Client } from './modules/factory.js';\nexport const client = createS3Client({ region: 'eu-west-1' });\nexport const command = new GetObjectCommand({ Bucket: 'b', Key: 'k' });`,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, data: { client: '`new Storage`', factory: 'createS3Client', module: "'./modules/factory.js'" } }],
    },
    {
      // A type-only import of the factory module is left alone; a value import is added.
      code: `import type { PinnedS3Client } from './modules/factory.js';\nimport { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({ region: 'eu-west-1' }) as PinnedS3Client;`,
      settings,
      output: `import type { PinnedS3Client } from './modules/factory.js';\nimport { createS3Client } from './modules/factory.js';\nexport const client = createS3Client({ region: 'eu-west-1' }) as PinnedS3Client;`,
      errors: [{ messageId: 'useFactory', line: 3, column: 23 }],
    },
    {
      // Several clients in one file: one fix per pass, the import added once, the class import removed last.
      code: `import { S3Client } from '@aws-sdk/client-s3';\nexport const a = new S3Client({ region: 'eu-west-1' });\nexport const b = new S3Client({ region: 'us-east-1' });`,
      settings,
      output: [
        `import { S3Client } from '@aws-sdk/client-s3';\nimport { createS3Client } from './modules/factory.js';\nexport const a = createS3Client({ region: 'eu-west-1' });\nexport const b = new S3Client({ region: 'us-east-1' });`,
        `import { createS3Client } from './modules/factory.js';\nexport const a = createS3Client({ region: 'eu-west-1' });\nexport const b = createS3Client({ region: 'us-east-1' });`,
      ],
      errors: [
        { messageId: 'useFactory', line: 2, column: 18 },
        { messageId: 'useFactory', line: 3, column: 18 },
      ],
    },
    {
      // Arguments the factory does not accept (no region): reported, but a rewrite would not type-check.
      code: `import { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({});`,
      settings,
      output: null,
      errors: [{ messageId: 'useFactory', line: 2, column: 23 }],
    },
    {
      // A factory module outside the program: the rewrite is only suggested.
      code: `import { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({ region: 'eu-west-1' });`,
      settings: aliasSettings,
      output: null,
      errors: [
        {
          messageId: 'useFactory',
          line: 2,
          column: 23,
          suggestions: [
            {
              messageId: 'useFactorySuggestion',
              data: { client: '`new S3Client`', factory: 'createS3Client', module: "'@acme/s3'" },
              output: `import { createS3Client } from '@acme/s3';\nexport const client = createS3Client({ region: 'eu-west-1' });`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS: a `require` is added and the unused one removed.
      code: `'use strict';\nconst { S3Client } = require('@aws-sdk/client-s3');\nconst path = require('node:path');\nexports.client = new S3Client({ region: 'eu-west-1' });\nexports.path = path;`,
      filename: 'file.cjs',
      settings,
      output: `'use strict';\nconst path = require('node:path');\nconst { createS3Client } = require('./modules/factory.js');\nexports.client = createS3Client({ region: 'eu-west-1' });\nexports.path = path;`,
      errors: [{ messageId: 'useFactory', line: 4, column: 18 }],
    },
    {
      // The aggregated S3 class is not what the factory returns: reported without a fix.
      code: `import { S3 } from '@aws-sdk/client-s3';\nexport const client = new S3({ region: 'eu-west-1' });`,
      settings,
      output: null,
      errors: [{ messageId: 'useFactory', line: 2, column: 23 }],
    },
    {
      // SDK v2 uses the v2 factory; without one it is only reported, and the message says so.
      code: `import AWS from 'aws-sdk';\nexport const legacy = new AWS.S3({ region: 'eu-west-1' });`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'noFactoryForSdk',
          line: 2,
          column: 23,
          data: { client: '`new AWS.S3`', sdk: 'v2', setting: 'v2Factory', factory: 'createS3Client', module: "'./modules/factory.js'" },
        },
      ],
    },
    {
      code: `import AWS from 'aws-sdk';\nexport const legacy = new AWS.S3({ region: 'eu-west-1' });\nexport const credentials = AWS.config.credentials;`,
      settings: v2Settings,
      output: `import AWS from 'aws-sdk';\nimport { createLegacyS3 } from './modules/factory-v2.js';\nexport const legacy = createLegacyS3({ region: 'eu-west-1' });\nexport const credentials = AWS.config.credentials;`,
      errors: [{ messageId: 'useFactory', line: 2, column: 23, data: { client: '`new AWS.S3`', factory: 'createLegacyS3', module: "'./modules/factory-v2.js'" } }],
    },
    {
      // A local name that already means something else: no fix.
      code: `import { S3Client } from '@aws-sdk/client-s3';\nconst createS3Client = () => 1;\nexport const client = new S3Client({ region: 'eu-west-1' });\nexport const n = createS3Client();`,
      settings,
      output: null,
      errors: [{ messageId: 'useFactory', line: 3, column: 23 }],
    },
  ],
});
