// no-global-endpoint judges from the syntax alone in both tiers: one subset check that it reports
// the same with type information (tests/tiers.ts).
import rule from '../../src/rules/no-global-endpoint.js';
import { code } from '../code.js';
import { tieredRuleTester } from '../tiers.js';

const known = { 's3-regional': { regions: ['eu-west-1'], bucketRegions: { 'my-bucket': 'eu-west-1' } } };

tieredRuleTester('no-global-endpoint', rule, {
  valid: [
    {
      name: 'a regional host, and an IAM principal',
      code: code`
        export const url = 'https://my-bucket.s3.eu-west-1.amazonaws.com/a/b.txt';
        export const policy = { Principal: { Service: 's3.amazonaws.com' } };
      `,
    },
  ],
  invalid: [
    {
      name: 'a literal and a template host',
      filename: 'file.cjs',
      settings: known,
      code: code`
        const key = 'a/b.txt';
        exports.known = 'https://my-bucket.s3.amazonaws.com/' + key;
        exports.other = \`https://other-bucket.s3.amazonaws.com/\${key}\`;
      `,
      errors: [
        { messageId: 'globalHost', line: 2, column: 17, endLine: 2, endColumn: 60, suggestions: [] },
        {
          messageId: 'globalHost',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`
                const key = 'a/b.txt';
                exports.known = 'https://my-bucket.s3.amazonaws.com/' + key;
                exports.other = \`https://other-bucket.s3.eu-west-1.amazonaws.com/\${key}\`;
              `,
            },
          ],
        },
      ],
      output: code`
        const key = 'a/b.txt';
        exports.known = 'https://my-bucket.s3.eu-west-1.amazonaws.com/' + key;
        exports.other = \`https://other-bucket.s3.amazonaws.com/\${key}\`;
      `,
    },
  ],
});
