// Hosts built by hand from same-file `const` segments (issue 15): the scan reads a `const` through,
// its conditional branches too, so the branch that spells the global host is seen. The rule judges
// from the syntax alone; each case also runs typed (tests/tiers.ts).
import rule from '../../src/rules/no-global-endpoint.js';
import { code } from '../code.js';
import { tieredRuleTester } from '../tiers.js';

const settings = { 's3-regional': { regions: ['eu-west-1'] } };

tieredRuleTester('no-global-endpoint', rule, {
  valid: [
    {
      name: 'a const suffix whose every branch is regional',
      code: code`
        export function objectUrl(bucket: string, region: string | undefined, key: string) {
          const suffix = region ? '.' + region : '.us-east-1';
          return \`https://\${bucket}.s3\${suffix}.amazonaws.com/\${key}\`;
        }
      `,
    },
    {
      name: 'a parameter of the same name hides the const',
      code: code`
        const suffix = '';
        export function objectUrl(bucket: string, suffix: string) {
          return \`https://\${bucket}.s3\${suffix}.amazonaws.com/\`;
        }
      `,
    },
    {
      name: 'a let is not read through (it may change)',
      code: code`
        let suffix = '';
        export function setRegion(region: string) { suffix = '.' + region; }
        export const objectUrl = (bucket: string) => 'https://' + bucket + '.s3' + suffix + '.amazonaws.com/';
      `,
    },
    {
      name: 'a const that spells the regional host whole',
      code: code`
        const host = 's3.eu-west-1.amazonaws.com';
        export const objectUrl = (bucket: string) => \`https://\${bucket}.\${host}/\`;
      `,
    },
  ],
  invalid: [
    {
      name: 'a const suffix with an empty branch: the global host in a template',
      settings,
      code: code`
        export function objectUrl(bucket: string, region: string | undefined, key: string) {
          const suffix = region ? '.' + region : '';
          return \`https://\${bucket}.s3\${suffix}.amazonaws.com/\${key}\`;
        }
      `,
      errors: [{ messageId: 'globalHost', line: 3, column: 10, endLine: 3, endColumn: 62, suggestions: [] }],
      output: null,
    },
    {
      name: 'const segments in a concatenation, two levels deep',
      settings,
      filename: 'file.cjs',
      code: code`
        const SERVICE = 's3';
        const DOMAIN = '.' + SERVICE + '.amazonaws.com';
        exports.objectUrl = (bucket, key) => 'https://' + bucket + DOMAIN + '/' + key;
      `,
      errors: [{ messageId: 'globalHost', line: 3, column: 38, endLine: 3, endColumn: 78, suggestions: [] }],
      output: null,
    },
    {
      name: 'a placeholder const bucket does not hide the global host after it',
      settings,
      code: code`
        const bucketName = '<your bucket name>';
        export const bucketUrl = \`https://\${bucketName}.s3.amazonaws.com\`;
      `,
      errors: [
        {
          messageId: 'globalHost',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`
                const bucketName = '<your bucket name>';
                export const bucketUrl = \`https://\${bucketName}.s3.eu-west-1.amazonaws.com\`;
              `,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'a const host spelled whole is reported where it is written, once',
      settings,
      code: code`
        const host = 's3.amazonaws.com';
        export const objectUrl = (bucket: string) => \`https://\${bucket}.\${host}/\`;
      `,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`
                const host = 's3.eu-west-1.amazonaws.com';
                export const objectUrl = (bucket: string) => \`https://\${bucket}.\${host}/\`;
              `,
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
