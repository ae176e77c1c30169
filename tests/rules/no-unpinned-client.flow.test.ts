// Values that reach the construction through a step the file shows (issue 15): a helper's
// parameter decided at each call site, the fields a class assigns. Each case runs in both tiers
// (tests/tiers.ts); each shape has a pinned twin that stays silent.
import rule from '../../src/rules/no-unpinned-client.js';
import { code } from '../code.js';
import { typedRuleTester } from '../rule-tester.js';
import { tieredRuleTester } from '../tiers.js';

const settings = { 's3-regional': { regions: ['eu-west-1'] } };

tieredRuleTester('no-unpinned-client', rule, {
  valid: [
    {
      name: 'helper reading opts.region, called with a definite region',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function makeClient(opts) {
          return new S3Client({ region: opts.region });
        }
        makeClient({ region: 'eu-west-1' });
        makeClient({ region: process.env.S3_REGION ?? 'eu-west-1' });
      `,
      filename: 'file.mjs',
    },
    {
      name: 'helper passing its parameter whole, called with a definite region',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        const make = (config) => new S3Client(config);
        module.exports = make({ region: 'eu-west-1', forcePathStyle: true });
      `,
      filename: 'file.cjs',
    },
    {
      name: 'destructured parameter with a default region',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function makeClient({ region = 'eu-west-1', ...rest } = {}) {
          return new S3Client({ region, ...rest });
        }
        makeClient();
        makeClient({ region: process.env.S3_REGION });
      `,
    },
    {
      name: 'class constructor whose options build the client, constructed with a definite region',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        class Storage {
          constructor(options) {
            this.client = new S3Client({ region: options.region });
          }
        }
        export const storage = new Storage({ region: 'eu-west-1' });
      `,
      filename: 'file.mjs',
    },
    {
      name: 'two levels of forwarding, a definite region at the outer call',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function inner(config) { return new S3Client(config); }
        function middle(options) { return inner({ ...options, forcePathStyle: true }); }
        function outer(o) { return middle(o); }
        outer({ region: 'eu-west-1' });
      `,
    },
    {
      name: 'a parameter the helper reassigns holds more than the argument',
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function makeClient(opts) {
          opts = opts ?? { region: 'eu-west-1' };
          return new S3Client({ region: opts.region });
        }
        function other({ region } = {}) {
          region ||= 'eu-west-1';
          return new S3Client({ region });
        }
        makeClient();
        other({ region: undefined });
      `,
    },
    {
      name: 'a spread argument: which parameter gets what is not shown',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function makeClient(opts) { return new S3Client({ region: opts.region }); }
        const args = [{ region: undefined }];
        makeClient(...args);
      `,
    },
    {
      name: 'a function of the same name in another scope is not the helper',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function makeClient(opts) { return new S3Client({ region: opts.region }); }
        export function other() {
          const makeClient = (x) => x;
          return makeClient({ region: undefined });
        }
        makeClient({ region: 'eu-west-1' });
      `,
    },
    // Fields: the union of what the class assigns.
    {
      name: 'a field the class always assigns a literal region (SDK v2, JavaScript)',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        class Uploader {
          constructor() {
            this.region = 'eu-west-1';
          }
          client() {
            return new AWS.S3({ region: this.region });
          }
        }
        module.exports = Uploader;
      `,
    },
    {
      name: 'a field with a fallback in every assignment',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export class Storage {
          private region = process.env.S3_REGION ?? 'eu-west-1';
          reset() {
            this.region ||= 'eu-west-1';
          }
          client() {
            return new S3Client({ region: this.region });
          }
        }
      `,
    },
    {
      name: 'a field Object.assign may write is not followed',
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export class Storage {
          constructor(options) {
            this.region = undefined;
            Object.assign(this, options);
          }
          client() {
            return new S3Client({ region: this.region });
          }
        }
      `,
    },
    {
      name: 'a field of a subclass always assigned a fallback',
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        import { EventEmitter } from 'node:events';
        export class Storage extends EventEmitter {
          constructor() {
            super();
            this.region = process.env.S3_REGION || 'eu-west-1';
          }
          client() {
            return new S3Client({ region: this.region });
          }
        }
      `,
    },
    {
      name: 'a field read in a nested function is another this',
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export class Storage {
          constructor() {
            this.region = process.env.S3_REGION;
          }
          client() {
            return function () {
              return new S3Client({ region: this.region ?? 'eu-west-1' });
            };
          }
        }
      `,
    },
    {
      name: 'constructor options stored in a field, constructed with a definite region',
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        class Storage {
          constructor(options) {
            this.region = options.region;
          }
          client() {
            return new S3Client({ region: this.region });
          }
        }
        export default new Storage({ region: 'eu-west-1' });
      `,
    },
  ],
  invalid: [
    // Fields.
    {
      name: 'a field assigned the environment or an untyped config (SDK v2, JavaScript)',
      settings,
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        const config = require('./config');
        class Uploader {
          constructor() {
            this.region = process.env.AWS_DEFAULT_REGION || config.region;
          }
          client() {
            return new AWS.S3({ region: this.region });
          }
        }
        module.exports = Uploader;
      `,
      errors: [
        {
          messageId: 'unprovenRegion',
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'addRegionalFlag',
              output: code`
                const AWS = require('aws-sdk');
                const config = require('./config');
                class Uploader {
                  constructor() {
                    this.region = process.env.AWS_DEFAULT_REGION || config.region;
                  }
                  client() {
                    return new AWS.S3({ region: this.region, s3UsEast1RegionalEndpoint: 'regional' });
                  }
                }
                module.exports = Uploader;
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'a storage adapter subclass: the region field from the environment or the config (SDK v2)',
      settings,
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        const { EventEmitter } = require('node:events');
        class Store extends EventEmitter {
          constructor(config = {}) {
            super();
            const { region, endpoint } = config;
            this.region = process.env.AWS_DEFAULT_REGION || region;
            this.endpoint = endpoint || '';
          }
          s3() {
            const options = { region: this.region, signatureVersion: 'v4' };
            if (this.endpoint !== '') options.endpoint = this.endpoint;
            return new AWS.S3(options);
          }
        }
        module.exports = Store;
      `,
      errors: [
        {
          messageId: 'unprovenRegion',
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 42,
          suggestions: [],
        },
      ],
      output: null,
    },
    {
      name: 'a private field that may be undefined',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        export class Storage {
          #region = process.env.S3_REGION;
          client() {
            return new S3Client({ region: this.#region });
          }
        }
      `,
      errors: [
        {
          messageId: 'optionalRegion',
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                export class Storage {
                  #region = process.env.S3_REGION;
                  client() {
                    return new S3Client({ region: this.#region ?? 'eu-west-1' });
                  }
                }
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'constructor options stored in a field: reported where the class is constructed',
      settings,
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        class Storage {
          constructor(options) {
            this.region = options.region;
          }
          client() {
            return new S3Client({ region: this.region });
          }
        }
        export default new Storage({ bucket: 'b' });
      `,
      errors: [{ messageId: 'unpinnedArgument', line: 10, column: 28, endLine: 10, endColumn: 43, suggestions: [] }],
      output: null,
    },
    {
      name: 'helper reading opts.region, called with process.env',
      settings,
      filename: 'file.mjs',
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function makeClient(opts) {
          return new S3Client({ region: opts.region, credentials: opts.credentials });
        }
        makeClient({ region: process.env.S3_REGION });
      `,
      errors: [
        {
          messageId: 'unpinnedArgument',
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                function makeClient(opts) {
                  return new S3Client({ region: opts.region, credentials: opts.credentials });
                }
                makeClient({ region: process.env.S3_REGION ?? 'eu-west-1' });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'helper reading opts.region, called without a region: reported at the argument',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function makeClient(opts) {
          return new S3Client({ region: opts.region });
        }
        makeClient({ bucket: 'b' });
        makeClient({ region: 'eu-west-1' });
      `,
      errors: [{ messageId: 'unpinnedArgument', line: 5, column: 12, endLine: 5, endColumn: 27, suggestions: [] }],
      output: null,
    },
    {
      name: 'helper passing its parameter whole (CommonJS)',
      settings,
      filename: 'file.cjs',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        const make = (config) => new S3Client(config);
        exports.a = make({ region: process.env.AWS_REGION, forcePathStyle: true });
        exports.b = make({ region: 'aws-global' });
      `,
      errors: [
        {
          messageId: 'unpinnedArgument',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                const { S3Client } = require('@aws-sdk/client-s3');
                const make = (config) => new S3Client(config);
                exports.a = make({ region: process.env.AWS_REGION ?? 'eu-west-1', forcePathStyle: true });
                exports.b = make({ region: 'aws-global' });
              `,
            },
          ],
        },
        { messageId: 'unpinnedArgument', line: 4, column: 20, endLine: 4, endColumn: 40, suggestions: [] },
      ],
      output: null,
    },
    {
      name: 'destructured parameter with a rest, called with an optional region',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        const makeClient = ({ region, ...rest }) => new S3Client({ region, ...rest });
        makeClient({ region: process.env.R, forcePathStyle: true });
      `,
      errors: [
        {
          messageId: 'unpinnedArgument',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                const makeClient = ({ region, ...rest }) => new S3Client({ region, ...rest });
                makeClient({ region: process.env.R ?? 'eu-west-1', forcePathStyle: true });
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'class constructor whose options build the client (SDK v2, us-east-1)',
      settings,
      filename: 'file.mjs',
      code: code`
        import AWS from 'aws-sdk';
        class Storage {
          constructor(options) {
            this.s3 = new AWS.S3({ region: options.region });
          }
        }
        export const storage = new Storage({ region: 'us-east-1' });
      `,
      errors: [{ messageId: 'unpinnedArgument', line: 7, column: 38, endLine: 7, endColumn: 57, suggestions: [] }],
      output: null,
    },
    {
      name: 'two levels of forwarding: reported at the outer call',
      settings,
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        function inner(config) { return new S3Client(config); }
        function middle(options) { return inner({ ...options, forcePathStyle: true }); }
        function outer(o) { return middle(o); }
        outer({ region: process.env.Y });
        outer();
      `,
      errors: [
        {
          messageId: 'unpinnedArgument',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                import { S3Client } from '@aws-sdk/client-s3';
                function inner(config) { return new S3Client(config); }
                function middle(options) { return inner({ ...options, forcePathStyle: true }); }
                function outer(o) { return middle(o); }
                outer({ region: process.env.Y ?? 'eu-west-1' });
                outer();
              `,
            },
          ],
        },
        { messageId: 'unpinnedArgument', line: 6, column: 1, endLine: 6, endColumn: 8, suggestions: [] },
      ],
      output: null,
    },
  ],
});

// An untyped region (`any`): only the checker can say a value is untyped, so these run typed.
typedRuleTester().run('no-unpinned-client (untyped SDK v2 region)', rule, {
  valid: [
    {
      name: 'the regional flag keeps an untyped region off the global host',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        const settings = JSON.parse(process.env.SETTINGS);
        module.exports = new AWS.S3({ region: settings.region, s3UsEast1RegionalEndpoint: 'regional' });
      `,
    },
    {
      name: 'an endpoint the config may set: not visibly unflagged',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        const settings = JSON.parse(process.env.SETTINGS);
        module.exports = new AWS.S3({ region: settings.region, endpoint: settings.endpoint });
      `,
    },
    {
      name: "a parameter's region is decided at its call sites, not at the construction",
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        exports.make = function make(options) {
          return new AWS.S3({ region: options.region });
        };
      `,
    },
    {
      name: 'a whole untyped config: nothing visible to judge',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        module.exports = new AWS.S3(JSON.parse(process.env.S3_CONFIG));
      `,
    },
    {
      name: 'SDK v3 is not concerned (no global default)',
      filename: 'file.cjs',
      code: code`
        const { S3Client } = require('@aws-sdk/client-s3');
        const settings = JSON.parse(process.env.SETTINGS);
        module.exports = new S3Client({ region: settings.region });
      `,
    },
  ],
  invalid: [
    {
      name: 'an untyped region without the regional flag (JavaScript)',
      filename: 'file.cjs',
      code: code`
        const AWS = require('aws-sdk');
        const settings = JSON.parse(process.env.SETTINGS);
        module.exports = new AWS.S3({ region: settings.region, signatureVersion: 'v4' });
      `,
      errors: [
        {
          messageId: 'unprovenRegion',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addRegionalFlag',
              output: code`
                const AWS = require('aws-sdk');
                const settings = JSON.parse(process.env.SETTINGS);
                module.exports = new AWS.S3({ region: settings.region, signatureVersion: 'v4', s3UsEast1RegionalEndpoint: 'regional' });
              `,
            },
          ],
        },
      ],
    },
  ],
});

// A helper declared in another module: the checker resolves the call to it (typed tier only). Like
// every typed check, only in a file that mentions the SDK (here: a command it sends).
typedRuleTester().run('no-unpinned-client (helpers in other modules)', rule, {
  valid: [
    {
      name: 'definite regions passed to imported helpers',
      code: code`
        import { ListObjectsV2Command } from '@aws-sdk/client-s3';
        import { makeClient, makeLegacy, Storage } from './modules/helpers.js';
        export const list = new ListObjectsV2Command({ Bucket: 'b' });
        export const a = makeClient({ region: 'eu-west-1' });
        export const b = makeLegacy('ap-south-1');
        export const c = new Storage({ region: process.env.S3_REGION });
      `,
    },
  ],
  invalid: [
    {
      name: 'an imported helper called with a region that may be undefined, and an SDK v2 helper in us-east-1',
      settings,
      code: code`
        import type { S3Client } from '@aws-sdk/client-s3';
        import { makeClient, makeLegacy } from './modules/helpers.js';
        export const a: S3Client = makeClient({ region: process.env.S3_REGION, bucket: 'b' });
        export const b = makeLegacy('us-east-1');
      `,
      errors: [
        {
          messageId: 'unpinnedArgument',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'setRegion',
              output: code`
                import type { S3Client } from '@aws-sdk/client-s3';
                import { makeClient, makeLegacy } from './modules/helpers.js';
                export const a: S3Client = makeClient({ region: process.env.S3_REGION ?? 'eu-west-1', bucket: 'b' });
                export const b = makeLegacy('us-east-1');
              `,
            },
          ],
        },
        { messageId: 'unpinnedArgument', line: 4, column: 29, endLine: 4, endColumn: 40 },
      ],
    },
  ],
});
