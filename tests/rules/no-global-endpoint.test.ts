import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/no-global-endpoint.js';
import { code } from '../code.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

const regions = { 's3-regional': { regions: ['eu-west-1', 'us-east-1'] } };
const oneRegion = { 's3-regional': { regions: ['eu-west-1'] } };
const known = { 's3-regional': { regions: ['eu-west-1', 'us-east-1'], bucketRegions: { 'my-bucket': 'eu-west-1' } } };
const accepting = (...kinds: string[]) => ({ 's3-regional': { acceptedHostKinds: kinds } });
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };
// A carriage return, for tested code with a CRLF line break: template literals turn CRLF into LF.
const CR = '\r';



/** Hosts that look regional but leave the private path, and the kinds a team accepts: run untyped and typed. */
const PRIVATE_PATH_VALID: ValidTestCase<Options>[] = [
    // Kinds the team's network carries on purpose (settings['s3-regional'].acceptedHostKinds).
    { code: code`const a = 'https://s3.dualstack.us-east-1.amazonaws.com';`, settings: accepting('dualstack') },
    { code: code`const a = 'https://my-bucket.s3-fips.us-east-1.amazonaws.com';`, settings: accepting('fips') },
    { code: code`const a = 'https://s3-fips.dualstack.us-gov-west-1.amazonaws.com';`, settings: accepting('fips') },
    { code: code`const a = 'http://my-site.s3-website-us-east-1.amazonaws.com/index.html';`, settings: accepting('website') },
    { code: code`const a = 'http://my-site.s3-website.eu-central-1.amazonaws.com';`, settings: accepting('website') },
    { code: code`const a = 'https://s3-us-west-2.amazonaws.com/my-bucket';`, settings: accepting('dashRegion') },
    {
      code: code`const a = 'https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com';`,
      settings: accepting('multiRegionAccessPoint'),
    },
    { code: code`const a = 'https://s3-accelerate.amazonaws.com';`, settings: accepting('accelerate') },
];

const PRIVATE_PATH_INVALID: InvalidTestCase<MessageIds, Options>[] = [
    // Hosts the S3 interface endpoint does not serve, each kind with its own message; the same
    // region's private host is offered, never applied (FIPS, IPv6 and website hosting differ).
    ...(
      [
        ['https://s3.dualstack.us-east-1.amazonaws.com', 'dualstackHost', 's3.dualstack.us-east-1.amazonaws.com', 's3.us-east-1.amazonaws.com'],
        ['https://my-bucket.s3-fips.us-east-1.amazonaws.com/k', 'fipsHost', 'my-bucket.s3-fips.us-east-1.amazonaws.com', 'my-bucket.s3.us-east-1.amazonaws.com'],
        ['https://s3-fips.dualstack.us-gov-west-1.amazonaws.com', 'fipsHost', 's3-fips.dualstack.us-gov-west-1.amazonaws.com', 's3.us-gov-west-1.amazonaws.com'],
        ['http://my-site.s3-website-us-east-1.amazonaws.com/index.html', 'websiteHost', 'my-site.s3-website-us-east-1.amazonaws.com', 'my-site.s3.us-east-1.amazonaws.com'],
        ['http://my-site.s3-website.eu-central-1.amazonaws.com', 'websiteHost', 'my-site.s3-website.eu-central-1.amazonaws.com', 'my-site.s3.eu-central-1.amazonaws.com'],
        ['https://s3-us-west-2.amazonaws.com/my-bucket', 'dashRegionHost', 's3-us-west-2.amazonaws.com', 's3.us-west-2.amazonaws.com'],
        ['https://123456789012.s3-control-fips.us-east-1.amazonaws.com', 'fipsHost', '123456789012.s3-control-fips.us-east-1.amazonaws.com', '123456789012.s3-control.us-east-1.amazonaws.com'],
      ] as const
    ).map(([url, messageId, host, regional]) => ({
      code: `const a = '${url}';`,
      output: null,
      errors: [
        {
          messageId,
          data: { host, regional },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 13 + url.length,
          suggestions: [
            {
              messageId: 'usePrivateHost' as const,
              data: { host: regional },
              output: `const a = '${url.replace(host, regional)}';`,
            },
          ],
        },
      ],
    })),
    {
      // Accepting one kind accepts only that kind.
      code: code`const a = 'https://s3-fips.dualstack.us-east-1.amazonaws.com';`,
      settings: accepting('dualstack'),
      output: null,
      errors: [
        {
          messageId: 'fipsHost',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 62,
          suggestions: [{ messageId: 'usePrivateHost', output: code`const a = 'https://s3.us-east-1.amazonaws.com';` }],
        },
      ],
    },
    {
      // The branch that names a dualstack host is seen.
      code: code`const a = useDualstack ? 'https://s3.dualstack.eu-west-1.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';`,
      output: null,
      errors: [
        {
          messageId: 'dualstackHost',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'usePrivateHost',
              output: code`const a = useDualstack ? 'https://s3.eu-west-1.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';`,
            },
          ],
        },
      ],
    },
    {
      code: code`const a = 'https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com';`,
      output: null,
      errors: [
        {
          messageId: 'multiRegionAccessPointHost',
          data: { host: 'mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 75,
          suggestions: [],
        },
      ],
    },
    {
      // A host the private path does not carry, in a template with an unknown bucket.
      code: code`const url = \`https://\${bucket}.s3-eu-west-1.amazonaws.com/\${key}\`;`,
      output: null,
      errors: [
        {
          messageId: 'dashRegionHost',
          data: { host: '${…}.s3-eu-west-1.amazonaws.com', regional: '${…}.s3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'usePrivateHost',
              output: code`const url = \`https://\${bucket}.s3.eu-west-1.amazonaws.com/\${key}\`;`,
            },
          ],
        },
      ],
    },
];

untypedRuleTester().run('no-global-endpoint', rule, {
  valid: [
    // Regional hosts the interface endpoint's private DNS serves, and interface endpoint names.
    code`const a = 'https://s3.eu-west-1.amazonaws.com';`,
    code`const a = 'https://my-bucket.s3.us-east-1.amazonaws.com/a/b.txt';`,
    code`const a = 'https://ap-123456789012.s3-accesspoint.eu-west-1.amazonaws.com';`,
    code`const a = 'https://123456789012.s3-control.eu-west-1.amazonaws.com';`,
    code`const a = 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com';`,
    // S3 services no cited fact covers are not judged.
    code`const a = 'https://banner-123456789012.s3-object-lambda.us-east-1.amazonaws.com';`,
    ...PRIVATE_PATH_VALID,
    // The China partition has no global S3 name.
    code`const a = 'https://my-bucket.s3.cn-north-1.amazonaws.com.cn/key';`,
    // Other AWS services, other S3-compatible services.
    code`const a = 'https://cognito-idp.us-east-1.amazonaws.com';`,
    code`const a = 'https://sts.amazonaws.com';`,
    code`const a = 'http://localhost:9000/my-bucket';`,
    // IAM service principals look like hosts but are not endpoints.
    code`const policy = { Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole' }] };`,
    code`const policy = { Principal: { Service: ['s3.amazonaws.com', 'lambda.amazonaws.com'] } };`,
    code`const policy = { 'Principal': { 'Service': 's3.amazonaws.com' } };`,
    code`const policy = { Principal: 's3.amazonaws.com' };`,
    code`
      import * as iam from 'aws-cdk-lib/aws-iam';
      new iam.ServicePrincipal('s3.amazonaws.com');
    `,
    code`
      import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
      const p = new ServicePrincipal('s3.amazonaws.com', { conditions: {} });
    `,
    code`
      import * as iam from 'aws-cdk-lib/aws-iam';
      iam.ServicePrincipal.fromStaticServicePrincipleName('s3.amazonaws.com');
    `,
    code`const block = { type: 'Service', identifiers: ['s3.amazonaws.com'] };`,
    // The S3 XML namespace URI.
    code`const ns = 'http://s3.amazonaws.com/doc/2006-03-01/';`,
    code`const xml = \`<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">\${body}</ListBucketResult>\`;`,
    // Its other spelling (S3-compatible servers write it).
    code`const body = { ListBucketResult: { '@': { xmlns: 'http://doc.s3.amazonaws.com/2006-03-01/' } } };`,
    code`const xml = '<Owner xmlns="http://doc.s3.amazonaws.com/2006-03-01"></Owner>';`,
    // Expected values in Jasmine, chai through \`new URL(…).href\`, and ava/tape test contexts.
    code`
      declare function expectAsync(value: unknown): { toBeResolvedTo(expected: unknown): Promise<void> };
      declare const located: Promise<string>;
      await expectAsync(located).toBeResolvedTo('https://my-bucket.s3.amazonaws.com/k');
    `,
    code`
      declare const expect: (value: unknown) => { to: { have: { property(name: string, value: unknown): void } } };
      declare const headers: unknown;
      expect(headers).to.have.property('location', new URL('/k', 'http://my-bucket.s3.amazonaws.com').href);
    `,
    code`
      declare function test(name: string, run: (t: { is(a: unknown, b: unknown): void }) => void): void;
      declare function publicUrl(key: string): string;
      test('public url', (t) => {
        t.is(publicUrl('k'), 'https://my-bucket.s3.amazonaws.com/k');
      });
    `,
    // Comments.
    code`
      // Never use https://s3.amazonaws.com here.
      const a = 1;
    `,
    code`
      /* my-bucket.s3.amazonaws.com is the global name */
      const a = 1;
    `,
    // Regular expressions and text being matched, not requested.
    code`const re = /^([a-z0-9.-]+)\.s3\.amazonaws\.com$/;`,
    code`const re = new RegExp('^(.+)\\.s3\\.amazonaws\\.com$');`,
    code`const re = RegExp('s3.amazonaws.com');`,
    code`
      declare const url: URL;
      if (url.hostname === 's3.amazonaws.com') {}
    `,
    code`
      declare const host: string;
      const isGlobal = host.endsWith('.s3.amazonaws.com') || host !== 's3.amazonaws.com';
    `,
    code`
      declare const url: string;
      const fixed = url.replace('s3.amazonaws.com', 's3.eu-west-1.amazonaws.com');
    `,
    code`
      declare const host: string;
      switch (host) {
        case 's3.amazonaws.com':
          break;
      }
    `,
    code`
      declare const host: string;
      const label = host === 's3.amazonaws.com' ? 'global' : 'regional';
    `,
    // A leading dot is a suffix for matching, not a host.
    code`const suffix = '.s3.amazonaws.com';`,
    // Look-alike hosts: exact boundaries.
    code`const a = 'https://s3.amazonaws.com.example.org/x';`,
    code`const a = 'https://my-s3.amazonaws.com-cdn.net/x';`,
    code`const a = 'https://mys3.amazonaws.com';`,
    code`const a = 'https://s3.amazonaws.co/x';`,
    code`const a = 'https://s3.amazonaws.com2/x';`,
    // Module names, keys, types, directives.
    code`import data from 'https://s3.amazonaws.com/my-bucket/data.js';`,
    code`export * from 'https://s3.amazonaws.com/my-bucket/mod.js';`,
    code`const mod = await import('https://s3.amazonaws.com/my-bucket/mod.js');`,
    code`type Host = 's3.amazonaws.com' | 'other';`,
    code`type Url = \`https://\${string}.s3.amazonaws.com/\${string}\`;`,
    code`const kinds = { 's3.amazonaws.com': 'global' };`,
    code`interface Kinds { 's3.amazonaws.com': string }`,
    code`
      declare const kinds: Record<string, string>;
      const k = kinds['s3.amazonaws.com'];
    `,
    code`enum Kinds { 's3.amazonaws.com' = 1 }`,
    code`
      's3.amazonaws.com';
      export {};
    `,
    // Unknown parts where the region goes: not certain, not reported.
    code`const a = \`https://s3.\${region}.amazonaws.com/\${key}\`;`,
    code`const a = \`https://\${bucket}.s3.\${region}.amazonaws.com\`;`,
    code`const a = \`https://s3-\${region}.amazonaws.com\`;`,
    code`const a = 'https://s3.' + region + '.amazonaws.com';`,
    code`const a = \`https://\${host}/\${key}\`;`,
    code`const a = 'https://s3.amazonaws.com.' + tld;`,
    code`const a = [scheme, bucket, 's3', region, 'amazonaws.com'].join('.');`,
    code`
      let url = 'https://s3.' + region;
      url += '.amazonaws.com';
    `,
    code`const parts = ['a'].concat(['.s3.amazonaws.com']);`,
    code`
      declare const hosts: Record<string, string>;
      const known = 's3.amazonaws.com' in hosts;
    `,
    // Regional hosts in every place the rule reads.
    code`const a = useFips ? 'https://s3.eu-central-1.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';`,
    {
      code: code`const a = useDualstack ? 'https://s3.dualstack.eu-west-1.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';`,
      settings: accepting('dualstack'),
    },
    code`const a = ['https://s3.eu-west-1.amazonaws.com', bucket, key].join('/');`,
    code`const u = new URL(key, 'https://s3.eu-west-1.amazonaws.com');`,
    // Long input: linear scanning, nothing found.
    code`const a = '${'s3-'.repeat(5000)}us-east-1.amazonaws.com ${'a.'.repeat(5000)}amazonaws.com.example.org';`,
    // Options.
    { code: code`const a = 'https://my-bucket.s3-accelerate.amazonaws.com/key';`, options: [{ allowAccelerate: true }] },
    { code: code`const a = 'https://s3-accelerate.dualstack.amazonaws.com';`, options: [{ allowAccelerate: true }] },
    { code: code`const a = 'https://s3.amazonaws.com/my-bucket';`, options: [{ allowHosts: ['s3.amazonaws.com'] }] },
    { code: code`const a = 'https://S3.AmazonAWS.com:443/my-bucket';`, options: [{ allowHosts: ['s3.amazonaws.com.'] }] },
    // JSX text is prose shown to people.
    { code: code`const p = <p>Files are served from s3.amazonaws.com</p>;`, languageOptions: jsx },
  ],
  invalid: [
    ...PRIVATE_PATH_INVALID,
    {
      // A \`t\` that is no test callback's parameter asserts nothing: the host is reported.
      code: code`
        declare const t: { is(a: unknown, b: unknown): void };
        t.is(0, 'https://my-bucket.s3.amazonaws.com/k');
      `,
      output: null,
      errors: [{ messageId: 'globalHost', line: 2, column: 9, endLine: 2, endColumn: 47, suggestions: [] }],
    },
    {
      // No regions in the settings: nothing to suggest.
      code: code`const endpoint = 'https://s3.amazonaws.com';`,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 18, endLine: 1, endColumn: 44, suggestions: [] }],
    },
    {
      code: code`const endpoint = 'https://s3.amazonaws.com';`,
      settings: regions,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              data: { host: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
              output: code`const endpoint = 'https://s3.eu-west-1.amazonaws.com';`,
            },
            {
              messageId: 'useRegionalHost',
              data: { host: 's3.us-east-1.amazonaws.com', region: 'us-east-1' },
              output: code`const endpoint = 'https://s3.us-east-1.amazonaws.com';`,
            },
          ],
        },
      ],
    },
    {
      // The bucket's region is known for certain: autofix, no suggestions.
      code: code`const url = 'https://my-bucket.s3.amazonaws.com/a/b.txt';`,
      settings: known,
      output: code`const url = 'https://my-bucket.s3.eu-west-1.amazonaws.com/a/b.txt';`,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, endLine: 1, endColumn: 57, suggestions: [] }],
    },
    {
      // A bucket not in bucketRegions: suggestions only.
      code: code`const url = 'https://other-bucket.s3.amazonaws.com/a/b.txt';`,
      settings: known,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              data: { host: 'other-bucket.s3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
              output: code`const url = 'https://other-bucket.s3.eu-west-1.amazonaws.com/a/b.txt';`,
            },
            {
              messageId: 'useRegionalHost',
              data: { host: 'other-bucket.s3.us-east-1.amazonaws.com', region: 'us-east-1' },
              output: code`const url = 'https://other-bucket.s3.us-east-1.amazonaws.com/a/b.txt';`,
            },
          ],
        },
      ],
    },
    {
      // Path style: the bucket is the first path segment.
      code: code`const url = 'https://s3.amazonaws.com/my-bucket/a/b.txt';`,
      settings: known,
      output: code`const url = 'https://s3.eu-west-1.amazonaws.com/my-bucket/a/b.txt';`,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, endLine: 1, endColumn: 57, suggestions: [] }],
    },
    {
      code: code`const url = 'https://s3-external-1.amazonaws.com/other-bucket/key';`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: 's3-external-1.amazonaws.com', regional: 's3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`const url = 'https://s3.eu-west-1.amazonaws.com/other-bucket/key';`,
            },
          ],
        },
      ],
    },
    {
      code: code`const url = 'https://my-bucket.s3-external-1.amazonaws.com/key';`,
      settings: known,
      output: code`const url = 'https://my-bucket.s3.eu-west-1.amazonaws.com/key';`,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, endLine: 1, endColumn: 64, suggestions: [] }],
    },
    {
      // The accelerate edge: never a fix, whatever the settings.
      code: code`const url = 'https://my-bucket.s3-accelerate.amazonaws.com/key';`,
      settings: known,
      output: null,
      errors: [
        {
          messageId: 'accelerateHost',
          data: { host: 'my-bucket.s3-accelerate.amazonaws.com', regional: 'my-bucket.s3.<region>.amazonaws.com' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      code: code`const url = 'https://s3-accelerate.dualstack.amazonaws.com';`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'accelerateHost',
          data: { host: 's3-accelerate.dualstack.amazonaws.com', regional: 's3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      // allowAccelerate allows only the accelerate edge.
      code: code`const a = 'https://s3.amazonaws.com';`,
      options: [{ allowAccelerate: true }],
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, endLine: 1, endColumn: 37, suggestions: [] }],
    },
    {
      // allowHosts is exact: a bucket host is another host.
      code: code`const a = 'https://my-bucket.s3.amazonaws.com';`,
      options: [{ allowHosts: ['s3.amazonaws.com'] }],
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, endLine: 1, endColumn: 47, suggestions: [] }],
    },
    {
      // The template's bucket label is unknown: still the global host.
      code: code`const url = \`https://\${bucket}.s3.amazonaws.com/\${key}\`;`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: '${…}.s3.amazonaws.com', regional: '${…}.s3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`const url = \`https://\${bucket}.s3.eu-west-1.amazonaws.com/\${key}\`;`,
            },
          ],
        },
      ],
    },
    {
      // A template with a literal bucket listed in bucketRegions.
      code: code`const url = \`https://my-bucket.s3.amazonaws.com/\${key}\`;`,
      settings: known,
      output: code`const url = \`https://my-bucket.s3.eu-west-1.amazonaws.com/\${key}\`;`,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, endLine: 1, endColumn: 56, suggestions: [] }],
    },
    {
      // Concatenation: one report, on the whole expression.
      code: code`const url = 'https://' + bucket + '.s3.amazonaws.com/' + key;`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`const url = 'https://' + bucket + '.s3.eu-west-1.amazonaws.com/' + key;`,
            },
          ],
        },
      ],
    },
    {
      // The host split across literals: reported, but no single literal to rewrite.
      code: code`const url = 'https://s3' + '.amazonaws.com/' + key;`,
      settings: oneRegion,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, endLine: 1, endColumn: 51, suggestions: [] }],
    },
    {
      // An unknown part right after the host is read as the rest of the URL.
      code: code`const url = 'https://s3.amazonaws.com' + path;`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 46,
          suggestions: [{ messageId: 'useRegionalHost', output: code`const url = 'https://s3.eu-west-1.amazonaws.com' + path;` }],
        },
      ],
    },
    {
      // A conditional branch that yields the global host.
      code: code`const url = \`https://s3\${region === 'us-east-1' ? '' : \`-\${region}\`}.amazonaws.com/\${bucket}\`;`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: 's3.amazonaws.com', regional: 's3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 94,
          suggestions: [],
        },
      ],
    },
    {
      code: code`const url = useGlobal ? 'https://s3.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`const url = useGlobal ? 'https://s3.eu-west-1.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';`,
            },
          ],
        },
      ],
    },
    {
      code: code`const endpoint = process.env.S3_ENDPOINT ?? 'https://s3.amazonaws.com';`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`const endpoint = process.env.S3_ENDPOINT ?? 'https://s3.eu-west-1.amazonaws.com';`,
            },
          ],
        },
      ],
    },
    {
      // new URL(path, base): the base is the host.
      code: code`const u = new URL(key, 'https://s3.amazonaws.com');`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 50,
          suggestions: [{ messageId: 'useRegionalHost', output: code`const u = new URL(key, 'https://s3.eu-west-1.amazonaws.com');` }],
        },
      ],
    },
    {
      // …and a literal bucket in the path makes the region certain.
      code: code`const u = new URL('/my-bucket/' + key, 'https://s3.amazonaws.com/');`,
      settings: known,
      output: code`const u = new URL('/my-bucket/' + key, 'https://s3.eu-west-1.amazonaws.com/');`,
      errors: [{ messageId: 'globalHost', line: 1, column: 40, endLine: 1, endColumn: 67, suggestions: [] }],
    },
    {
      // [base, bucket, key].join('/') of literals.
      code: code`const url = ['https://s3.amazonaws.com', bucket, key].join('/');`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 64,
          suggestions: [
            { messageId: 'useRegionalHost', output: code`const url = ['https://s3.eu-west-1.amazonaws.com', bucket, key].join('/');` },
          ],
        },
      ],
    },
    {
      code: code`const url = ['https:/', 's3.amazonaws.com', 'my-bucket', key].join('/');`,
      settings: known,
      output: code`const url = ['https:/', 's3.eu-west-1.amazonaws.com', 'my-bucket', key].join('/');`,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, endLine: 1, endColumn: 72, suggestions: [] }],
    },
    {
      // `+=` appends to unknown text: the bucket label is unknown, the host is global.
      code: code`
        let url = 'https://' + bucket;
        url += '.s3.amazonaws.com/' + key;
      `,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`
                let url = 'https://' + bucket;
                url += '.s3.eu-west-1.amazonaws.com/' + key;
              `,
            },
          ],
        },
      ],
    },
    {
      code: code`const url = 'https://'.concat(bucket, '.s3.amazonaws.com/', key);`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 65,
          suggestions: [
            { messageId: 'useRegionalHost', output: code`const url = 'https://'.concat(bucket, '.s3.eu-west-1.amazonaws.com/', key);` },
          ],
        },
      ],
    },
    {
      // Object properties such as endpoint:, SDK v2's bare host.
      code: code`
        import { S3Client } from '@aws-sdk/client-s3';
        new S3Client({ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' });
      `,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'useRegionalHost',
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
        import AWS from 'aws-sdk';
        const s3 = new AWS.S3({ endpoint: 's3.amazonaws.com' });
      `,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`
                import AWS from 'aws-sdk';
                const s3 = new AWS.S3({ endpoint: 's3.eu-west-1.amazonaws.com' });
              `,
            },
          ],
        },
      ],
    },
    {
      // JSX attribute strings.
      code: code`const a = <a href="https://my-bucket.s3.amazonaws.com/file.pdf?x=1&amp;y=2">PDF</a>;`,
      languageOptions: jsx,
      settings: known,
      output: code`const a = <a href="https://my-bucket.s3.eu-west-1.amazonaws.com/file.pdf?x=1&amp;y=2">PDF</a>;`,
      errors: [{ messageId: 'globalHost', line: 1, column: 19, endLine: 1, endColumn: 76, suggestions: [] }],
    },
    {
      code: code`const img = <img src={'https://s3.amazonaws.com/' + bucket + '/logo.png'} />;`,
      languageOptions: jsx,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`const img = <img src={'https://s3.eu-west-1.amazonaws.com/' + bucket + '/logo.png'} />;`,
            },
          ],
        },
      ],
    },
    {
      // Upper case, a port and a trailing dot; the bucket keeps its case.
      code: code`
        const a = 'HTTPS://MY-BUCKET.S3.AMAZONAWS.COM./KEY';
        const b = 'https://s3.amazonaws.com:443/other';
      `,
      settings: known,
      output: code`
        const a = 'HTTPS://MY-BUCKET.s3.eu-west-1.amazonaws.com./KEY';
        const b = 'https://s3.amazonaws.com:443/other';
      `,
      errors: [
        { messageId: 'globalHost', line: 1, column: 11, endLine: 1, endColumn: 52, suggestions: [] },
        {
          messageId: 'globalHost',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`
                const a = 'HTTPS://MY-BUCKET.S3.AMAZONAWS.COM./KEY';
                const b = 'https://s3.eu-west-1.amazonaws.com:443/other';
              `,
            },
            {
              messageId: 'useRegionalHost',
              output: code`
                const a = 'HTTPS://MY-BUCKET.S3.AMAZONAWS.COM./KEY';
                const b = 'https://s3.us-east-1.amazonaws.com:443/other';
              `,
            },
          ],
        },
      ],
    },
    {
      // Escape sequences around the host are kept as written.
      code: code`const a = 'it\'s at https://my-bucket\x2es3.amazonaws.com/\u006b';`,
      settings: known,
      output: code`const a = 'it\'s at https://my-bucket\x2es3.eu-west-1.amazonaws.com/\u006b';`,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, endLine: 1, endColumn: 66, suggestions: [] }],
    },
    {
      // …and so are an escaped and a real CRLF line break in a template.
      code: code`
        const a = \`line\none${CR}
        https://my-bucket.s3.amazonaws.com/\${key}\`;
      `,
      settings: known,
      output: code`
        const a = \`line\none${CR}
        https://my-bucket.s3.eu-west-1.amazonaws.com/\${key}\`;
      `,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, endLine: 2, endColumn: 43, suggestions: [] }],
    },
    {
      // An escape inside the host: the rewrite replaces it with plain text.
      code: code`const a = 'https://s3.amazon\x61ws.com/';`,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 41,
          suggestions: [{ messageId: 'useRegionalHost', output: code`const a = 'https://s3.eu-west-1.amazonaws.com/';` }],
        },
      ],
    },
    {
      // TypeScript wrappers, enum values, default parameters, tagged templates.
      code: code`
        const a = 'https://s3.amazonaws.com' as const;
        enum Endpoints { Global = 'https://s3.amazonaws.com' }
        function f(endpoint = 's3.amazonaws.com' satisfies string) { return endpoint; }
      `,
      output: null,
      errors: [
        { messageId: 'globalHost', line: 1, column: 11, endLine: 1, endColumn: 37, suggestions: [] },
        { messageId: 'globalHost', line: 2, column: 27, endLine: 2, endColumn: 53, suggestions: [] },
        { messageId: 'globalHost', line: 3, column: 23, endLine: 3, endColumn: 41, suggestions: [] },
      ],
    },
    {
      code: code`const page = html\`<img src="https://s3.amazonaws.com/my-bucket/logo.png">\`;`,
      settings: known,
      output: code`const page = html\`<img src="https://s3.eu-west-1.amazonaws.com/my-bucket/logo.png">\`;`,
      errors: [{ messageId: 'globalHost', line: 1, column: 18, endLine: 1, endColumn: 75, suggestions: [] }],
    },
    {
      // Many conditionals: the alternatives are capped, and every one has the global host.
      code: code`const url = \`\${a ? 'http' : 'https'}://\${b ? 'x' : 'y'}\${c ? '1' : '2'}\${d ? '-' : '_'}\${e ? 'p' : 'q'}\${f ? 'r' : 's'}.s3.amazonaws.com\`;`,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, endLine: 1, endColumn: 138, suggestions: [] }],
    },
    {
      // An invalid escape in a tagged template leaves no cooked text: the raw text is read, without fixes.
      code: code`const a = String.raw\`\unknown https://s3.amazonaws.com/\${key}\`;`,
      settings: oneRegion,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 21, endLine: 1, endColumn: 63, suggestions: [] }],
    },
    {
      // One report per expression, even with two global hosts; the first is fixed.
      code: code`const a = 'https://s3.amazonaws.com/my-bucket and https://s3-accelerate.amazonaws.com';`,
      settings: known,
      output: code`const a = 'https://s3.eu-west-1.amazonaws.com/my-bucket and https://s3-accelerate.amazonaws.com';`,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, endLine: 1, endColumn: 87, suggestions: [] }],
    },
    {
      // An allowed host does not hide a global one next to it.
      code: code`const hosts = 's3.amazonaws.com my-bucket.s3.amazonaws.com';`,
      options: [{ allowHosts: ['s3.amazonaws.com'] }],
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: 'my-bucket.s3.amazonaws.com', regional: 'my-bucket.s3.<region>.amazonaws.com' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      // Principals are skipped only under their keys: the same object's endpoint is still read.
      code: code`const config = { Principal: { Service: 's3.amazonaws.com' }, endpoint: 'https://s3.amazonaws.com' };`,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 72, endLine: 1, endColumn: 98, suggestions: [] }],
    },
    {
      // The XML namespace is skipped, not an endpoint next to it.
      code: code`const a = 'http://s3.amazonaws.com/doc/2006-03-01/ at https://s3.amazonaws.com/doc/other';`,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, endLine: 1, endColumn: 90, suggestions: [] }],
    },
  ],
});

// The private-path kinds with type information, as typed-lint users run them.
typedRuleTester().run('no-global-endpoint (private path, typed)', rule, { valid: PRIVATE_PATH_VALID, invalid: PRIVATE_PATH_INVALID });

const tsxTester = typedRuleTester();
tsxTester.run('no-global-endpoint (type information)', rule, {
  valid: [
    code`const a: string = 'https://s3.eu-west-1.amazonaws.com';`,
    // minio makes its exact endpoint s3.amazonaws.com regional for a region in its own table.
    code`
      import { Client } from 'minio';
      export const minio = new Client({ endPoint: 's3.amazonaws.com', region: 'eu-west-1', accessKey: 'AKIDEXAMPLE', secretKey: 'secret' });
    `,
    code`
      import * as Minio from 'minio';
      const region = 'ap-southeast-5';
      export const minio = new Minio.Client({ endPoint: 's3.amazonaws.com' as const, region, accessKey: 'a', secretKey: 's' });
    `,
    {
      code: code`export const Logo = () => <img src="https://my-bucket.s3.eu-west-1.amazonaws.com/logo.png" />;`,
      filename: 'react.tsx',
    },
  ],
  invalid: [
    {
      // A region outside minio's table (mx-central-1): minio keeps the global host, and says so.
      code: code`
        import { Client } from 'minio';
        export const minio = new Client({ endPoint: 's3.amazonaws.com', region: 'mx-central-1', accessKey: 'a', secretKey: 's' });
      `,
      output: null,
      errors: [
        {
          messageId: 'minioRegionOutsideTable',
          data: { host: 's3.amazonaws.com', region: 'mx-central-1', version: '8.0.7', regional: 's3.mx-central-1.amazonaws.com' },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              data: { host: 's3.mx-central-1.amazonaws.com', region: 'mx-central-1' },
              output: code`
                import { Client } from 'minio';
                export const minio = new Client({ endPoint: 's3.mx-central-1.amazonaws.com', region: 'mx-central-1', accessKey: 'a', secretKey: 's' });
              `,
            },
          ],
        },
      ],
    },
    {
      // No region, or one the code does not show: minio decides at run time (a GetBucketLocation call first).
      code: code`
        import { Client } from 'minio';
        export const a = new Client({ endPoint: 's3.amazonaws.com', accessKey: 'a', secretKey: 's' });
        export const b = new Client({ endPoint: 's3.amazonaws.com', region: process.env.REGION, accessKey: 'a', secretKey: 's' });
      `,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'minioRegionUnknown',
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              data: { host: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
              output: code`
                import { Client } from 'minio';
                export const a = new Client({ endPoint: 's3.eu-west-1.amazonaws.com', accessKey: 'a', secretKey: 's' });
                export const b = new Client({ endPoint: 's3.amazonaws.com', region: process.env.REGION, accessKey: 'a', secretKey: 's' });
              `,
            },
          ],
        },
        {
          messageId: 'minioRegionUnknown',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              data: { host: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
              output: code`
                import { Client } from 'minio';
                export const a = new Client({ endPoint: 's3.amazonaws.com', accessKey: 'a', secretKey: 's' });
                export const b = new Client({ endPoint: 's3.eu-west-1.amazonaws.com', region: process.env.REGION, accessKey: 'a', secretKey: 's' });
              `,
            },
          ],
        },
      ],
    },
    {
      // minio uses any other endpoint as given (the accelerate edge, s3-external-1), and a same-named Client elsewhere is no minio client.
      code: code`
        import { Client } from 'minio';
        import { Client as Lookalike } from './modules/lookalike.js';
        export const a = new Client({ endPoint: 's3-external-1.amazonaws.com', region: 'eu-west-1', accessKey: 'a', secretKey: 's' });
        export const b = new Lookalike({ endPoint: 's3.amazonaws.com', region: 'eu-west-1' });
      `,
      output: null,
      errors: [
        { messageId: 'globalHost', line: 3, column: 41, endLine: 3, endColumn: 70, suggestions: [] },
        { messageId: 'globalHost', line: 4, column: 44, endLine: 4, endColumn: 62, suggestions: [] },
      ],
    },
    {
      code: code`
        declare const key: string;
        export const url: string = \`https://s3.amazonaws.com/my-bucket/\${key}\`;
      `,
      settings: known,
      output: code`
        declare const key: string;
        export const url: string = \`https://s3.eu-west-1.amazonaws.com/my-bucket/\${key}\`;
      `,
      errors: [{ messageId: 'globalHost', line: 2, column: 28, endLine: 2, endColumn: 71, suggestions: [] }],
    },
    {
      code: code`export const Logo = () => <img src="https://s3.amazonaws.com/other-bucket/logo.png" />;`,
      filename: 'react.tsx',
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: code`export const Logo = () => <img src="https://s3.eu-west-1.amazonaws.com/other-bucket/logo.png" />;`,
            },
          ],
        },
      ],
    },
    {
      code: code`export const Link = ({ bucket }: { bucket: string }) => <a href={\`https://\${bucket}.s3-accelerate.amazonaws.com/\`}>x</a>;`,
      filename: 'react.tsx',
      output: null,
      errors: [{ messageId: 'accelerateHost', line: 1, column: 66, endLine: 1, endColumn: 114, suggestions: [] }],
    },
  ],
});

describe('no-global-endpoint with the default parser (espree)', () => {
  // The typescript-eslint rule type is wider than ESLint's; the rule object is the same.
  const eslintRule = rule as unknown as Rule.RuleModule;
  const linter = new Linter();
  const config = (settings?: Record<string, unknown>): Linter.Config[] => [
    {
      files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'],
      plugins: { 's3-regional': { rules: { 'no-global-endpoint': eslintRule } } },
      rules: { 's3-regional/no-global-endpoint': 'error' },
      ...(settings ? { settings } : {}),
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];

  it('reports in .mjs, .cjs and .js files', () => {
    const cases: [string, string][] = [
      ['upload.mjs', code`export const url = \`https://\${bucket}.s3.amazonaws.com/\${key}\`;`],
      [
        'upload.cjs',
        code`
          const AWS = require('aws-sdk');
          module.exports = new AWS.S3({ endpoint: 'https://s3-external-1.amazonaws.com' });
        `,
      ],
      ['upload.js', code`const url = 'https://' + bucket + '.s3.amazonaws.com/' + key;`],
      ['Link.jsx', code`export const Link = () => <a href="https://s3.amazonaws.com/my-bucket/x">x</a>;`],
    ];
    for (const [filename, source] of cases) {
      const messages = linter.verify(source, config(), { filename });
      expect(messages.map((message) => message.ruleId), filename).toEqual(['s3-regional/no-global-endpoint']);
    }
  });

  it('autofixes with bucketRegions and ignores principals, regexes and comments', () => {
    const settings = { 's3-regional': { bucketRegions: { 'my-bucket': 'eu-west-1' } } };
    const fixed = linter.verifyAndFix(
      code`
        // s3.amazonaws.com
        const re = /\.s3\.amazonaws\.com$/;
        const policy = { Principal: { Service: 's3.amazonaws.com' } };
        const url = \`https://my-bucket.s3.amazonaws.com/\${key}\`;
      `,
      config(settings),
      { filename: 'fix.mjs' },
    );
    expect(fixed.messages).toEqual([]);
    expect(fixed.output).toBe(code`
      // s3.amazonaws.com
      const re = /\.s3\.amazonaws\.com$/;
      const policy = { Principal: { Service: 's3.amazonaws.com' } };
      const url = \`https://my-bucket.s3.eu-west-1.amazonaws.com/\${key}\`;
    `);
  });
});
