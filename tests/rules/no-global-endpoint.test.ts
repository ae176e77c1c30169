import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-global-endpoint.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

const regions = { 's3-regional': { regions: ['eu-west-1', 'us-east-1'] } };
const oneRegion = { 's3-regional': { regions: ['eu-west-1'] } };
const known = { 's3-regional': { regions: ['eu-west-1', 'us-east-1'], bucketRegions: { 'my-bucket': 'eu-west-1' } } };
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

untypedRuleTester().run('no-global-endpoint', rule, {
  valid: [
    // Regional, dualstack, FIPS and website hosts, the legacy dash style, interface endpoints.
    "const a = 'https://s3.eu-west-1.amazonaws.com';",
    "const a = 'https://my-bucket.s3.us-east-1.amazonaws.com/a/b.txt';",
    "const a = 'https://s3.dualstack.us-east-1.amazonaws.com';",
    "const a = 'https://my-bucket.s3-fips.us-east-1.amazonaws.com';",
    "const a = 'https://s3-fips.dualstack.us-gov-west-1.amazonaws.com';",
    "const a = 'http://my-site.s3-website-us-east-1.amazonaws.com/index.html';",
    "const a = 'http://my-site.s3-website.eu-central-1.amazonaws.com';",
    "const a = 'https://s3-us-west-2.amazonaws.com/my-bucket';",
    "const a = 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com';",
    // The China partition has no global S3 name.
    "const a = 'https://my-bucket.s3.cn-north-1.amazonaws.com.cn/key';",
    // Other AWS services, other S3-compatible services.
    "const a = 'https://cognito-idp.us-east-1.amazonaws.com';",
    "const a = 'https://sts.amazonaws.com';",
    "const a = 'http://localhost:9000/my-bucket';",
    // Multi-Region Access Points route through a global name by design.
    "const a = 'https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com';",
    // IAM service principals look like hosts but are not endpoints.
    "const policy = { Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole' }] };",
    "const policy = { Principal: { Service: ['s3.amazonaws.com', 'lambda.amazonaws.com'] } };",
    "const policy = { 'Principal': { 'Service': 's3.amazonaws.com' } };",
    "const policy = { Principal: 's3.amazonaws.com' };",
    "import * as iam from 'aws-cdk-lib/aws-iam';\nnew iam.ServicePrincipal('s3.amazonaws.com');",
    "import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';\nconst p = new ServicePrincipal('s3.amazonaws.com', { conditions: {} });",
    "import * as iam from 'aws-cdk-lib/aws-iam';\niam.ServicePrincipal.fromStaticServicePrincipleName('s3.amazonaws.com');",
    "const block = { type: 'Service', identifiers: ['s3.amazonaws.com'] };",
    // The S3 XML namespace URI.
    "const ns = 'http://s3.amazonaws.com/doc/2006-03-01/';",
    'const xml = `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${body}</ListBucketResult>`;',
    // Comments.
    "// Never use https://s3.amazonaws.com here.\nconst a = 1;",
    '/* my-bucket.s3.amazonaws.com is the global name */\nconst a = 1;',
    // Regular expressions and text being matched, not requested.
    'const re = /^([a-z0-9.-]+)\\.s3\\.amazonaws\\.com$/;',
    "const re = new RegExp('^(.+)\\\\.s3\\\\.amazonaws\\\\.com$');",
    "const re = RegExp('s3.amazonaws.com');",
    "declare const url: URL;\nif (url.hostname === 's3.amazonaws.com') {}",
    "declare const host: string;\nconst isGlobal = host.endsWith('.s3.amazonaws.com') || host !== 's3.amazonaws.com';",
    "declare const url: string;\nconst fixed = url.replace('s3.amazonaws.com', 's3.eu-west-1.amazonaws.com');",
    "declare const host: string;\nswitch (host) {\n  case 's3.amazonaws.com':\n    break;\n}",
    "declare const host: string;\nconst label = host === 's3.amazonaws.com' ? 'global' : 'regional';",
    // A leading dot is a suffix for matching, not a host.
    "const suffix = '.s3.amazonaws.com';",
    // Look-alike hosts: exact boundaries.
    "const a = 'https://s3.amazonaws.com.example.org/x';",
    "const a = 'https://my-s3.amazonaws.com-cdn.net/x';",
    "const a = 'https://mys3.amazonaws.com';",
    "const a = 'https://s3.amazonaws.co/x';",
    "const a = 'https://s3.amazonaws.com2/x';",
    // Module names, keys, types, directives.
    "import data from 'https://s3.amazonaws.com/my-bucket/data.js';",
    "export * from 'https://s3.amazonaws.com/my-bucket/mod.js';",
    "const mod = await import('https://s3.amazonaws.com/my-bucket/mod.js');",
    "type Host = 's3.amazonaws.com' | 'other';",
    'type Url = `https://${string}.s3.amazonaws.com/${string}`;',
    "const kinds = { 's3.amazonaws.com': 'global' };",
    "interface Kinds { 's3.amazonaws.com': string }",
    "declare const kinds: Record<string, string>;\nconst k = kinds['s3.amazonaws.com'];",
    "enum Kinds { 's3.amazonaws.com' = 1 }",
    "'s3.amazonaws.com';\nexport {};",
    // Unknown parts where the region goes: not certain, not reported.
    'const a = `https://s3.${region}.amazonaws.com/${key}`;',
    'const a = `https://${bucket}.s3.${region}.amazonaws.com`;',
    'const a = `https://s3-${region}.amazonaws.com`;',
    "const a = 'https://s3.' + region + '.amazonaws.com';",
    'const a = `https://${host}/${key}`;',
    "const a = 'https://s3.amazonaws.com.' + tld;",
    "const a = [scheme, bucket, 's3', region, 'amazonaws.com'].join('.');",
    "let url = 'https://s3.' + region;\nurl += '.amazonaws.com';",
    "const parts = ['a'].concat(['.s3.amazonaws.com']);",
    "declare const hosts: Record<string, string>;\nconst known = 's3.amazonaws.com' in hosts;",
    // Regional hosts in every place the rule reads.
    "const a = useDualstack ? 'https://s3.dualstack.eu-west-1.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';",
    "const a = ['https://s3.eu-west-1.amazonaws.com', bucket, key].join('/');",
    "const u = new URL(key, 'https://s3.eu-west-1.amazonaws.com');",
    // Long input: linear scanning, nothing found.
    `const a = '${'s3-'.repeat(5000)}us-east-1.amazonaws.com ${'a.'.repeat(5000)}amazonaws.com.example.org';`,
    // Options.
    { code: "const a = 'https://my-bucket.s3-accelerate.amazonaws.com/key';", options: [{ allowAccelerate: true }] },
    { code: "const a = 'https://s3-accelerate.dualstack.amazonaws.com';", options: [{ allowAccelerate: true }] },
    { code: "const a = 'https://s3.amazonaws.com/my-bucket';", options: [{ allowHosts: ['s3.amazonaws.com'] }] },
    { code: "const a = 'https://S3.AmazonAWS.com:443/my-bucket';", options: [{ allowHosts: ['s3.amazonaws.com.'] }] },
    // JSX text is prose shown to people.
    { code: 'const p = <p>Files are served from s3.amazonaws.com</p>;', languageOptions: jsx },
  ],
  invalid: [
    {
      // No regions in the settings: nothing to suggest.
      code: "const endpoint = 'https://s3.amazonaws.com';",
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 18, suggestions: [] }],
    },
    {
      code: "const endpoint = 'https://s3.amazonaws.com';",
      settings: regions,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              data: { host: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
              output: "const endpoint = 'https://s3.eu-west-1.amazonaws.com';",
            },
            {
              messageId: 'useRegionalHost',
              data: { host: 's3.us-east-1.amazonaws.com', region: 'us-east-1' },
              output: "const endpoint = 'https://s3.us-east-1.amazonaws.com';",
            },
          ],
        },
      ],
    },
    {
      // The bucket's region is known for certain: autofix, no suggestions.
      code: "const url = 'https://my-bucket.s3.amazonaws.com/a/b.txt';",
      settings: known,
      output: "const url = 'https://my-bucket.s3.eu-west-1.amazonaws.com/a/b.txt';",
      errors: [{ messageId: 'globalHost', line: 1, column: 13, suggestions: [] }],
    },
    {
      // A bucket not in bucketRegions: suggestions only.
      code: "const url = 'https://other-bucket.s3.amazonaws.com/a/b.txt';",
      settings: known,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              data: { host: 'other-bucket.s3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
              output: "const url = 'https://other-bucket.s3.eu-west-1.amazonaws.com/a/b.txt';",
            },
            {
              messageId: 'useRegionalHost',
              data: { host: 'other-bucket.s3.us-east-1.amazonaws.com', region: 'us-east-1' },
              output: "const url = 'https://other-bucket.s3.us-east-1.amazonaws.com/a/b.txt';",
            },
          ],
        },
      ],
    },
    {
      // Path style: the bucket is the first path segment.
      code: "const url = 'https://s3.amazonaws.com/my-bucket/a/b.txt';",
      settings: known,
      output: "const url = 'https://s3.eu-west-1.amazonaws.com/my-bucket/a/b.txt';",
      errors: [{ messageId: 'globalHost', line: 1, column: 13, suggestions: [] }],
    },
    {
      code: "const url = 'https://s3-external-1.amazonaws.com/other-bucket/key';",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: 's3-external-1.amazonaws.com', regional: 's3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: "const url = 'https://s3.eu-west-1.amazonaws.com/other-bucket/key';",
            },
          ],
        },
      ],
    },
    {
      code: "const url = 'https://my-bucket.s3-external-1.amazonaws.com/key';",
      settings: known,
      output: "const url = 'https://my-bucket.s3.eu-west-1.amazonaws.com/key';",
      errors: [{ messageId: 'globalHost', line: 1, column: 13, suggestions: [] }],
    },
    {
      // The accelerate edge: never a fix, whatever the settings.
      code: "const url = 'https://my-bucket.s3-accelerate.amazonaws.com/key';",
      settings: known,
      output: null,
      errors: [
        {
          messageId: 'accelerateHost',
          data: { host: 'my-bucket.s3-accelerate.amazonaws.com', regional: 'my-bucket.s3.<region>.amazonaws.com' },
          line: 1,
          column: 13,
          suggestions: [],
        },
      ],
    },
    {
      code: "const url = 'https://s3-accelerate.dualstack.amazonaws.com';",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'accelerateHost',
          data: { host: 's3-accelerate.dualstack.amazonaws.com', regional: 's3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          suggestions: [],
        },
      ],
    },
    {
      // allowAccelerate allows only the accelerate edge.
      code: "const a = 'https://s3.amazonaws.com';",
      options: [{ allowAccelerate: true }],
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, suggestions: [] }],
    },
    {
      // allowHosts is exact: a bucket host is another host.
      code: "const a = 'https://my-bucket.s3.amazonaws.com';",
      options: [{ allowHosts: ['s3.amazonaws.com'] }],
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, suggestions: [] }],
    },
    {
      // The template's bucket label is unknown: still the global host.
      code: 'const url = `https://${bucket}.s3.amazonaws.com/${key}`;',
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: '${…}.s3.amazonaws.com', regional: '${…}.s3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: 'const url = `https://${bucket}.s3.eu-west-1.amazonaws.com/${key}`;',
            },
          ],
        },
      ],
    },
    {
      // A template with a literal bucket listed in bucketRegions.
      code: 'const url = `https://my-bucket.s3.amazonaws.com/${key}`;',
      settings: known,
      output: 'const url = `https://my-bucket.s3.eu-west-1.amazonaws.com/${key}`;',
      errors: [{ messageId: 'globalHost', line: 1, column: 13, suggestions: [] }],
    },
    {
      // Concatenation: one report, on the whole expression.
      code: "const url = 'https://' + bucket + '.s3.amazonaws.com/' + key;",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: "const url = 'https://' + bucket + '.s3.eu-west-1.amazonaws.com/' + key;",
            },
          ],
        },
      ],
    },
    {
      // The host split across literals: reported, but no single literal to rewrite.
      code: "const url = 'https://s3' + '.amazonaws.com/' + key;",
      settings: oneRegion,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, suggestions: [] }],
    },
    {
      // An unknown part right after the host is read as the rest of the URL.
      code: "const url = 'https://s3.amazonaws.com' + path;",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          suggestions: [{ messageId: 'useRegionalHost', output: "const url = 'https://s3.eu-west-1.amazonaws.com' + path;" }],
        },
      ],
    },
    {
      // A conditional branch that yields the global host.
      code: "const url = `https://s3${region === 'us-east-1' ? '' : `-${region}`}.amazonaws.com/${bucket}`;",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: 's3.amazonaws.com', regional: 's3.eu-west-1.amazonaws.com' },
          line: 1,
          column: 13,
          suggestions: [],
        },
      ],
    },
    {
      code: "const url = useGlobal ? 'https://s3.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: "const url = useGlobal ? 'https://s3.eu-west-1.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';",
            },
          ],
        },
      ],
    },
    {
      code: "const endpoint = process.env.S3_ENDPOINT ?? 'https://s3.amazonaws.com';",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: "const endpoint = process.env.S3_ENDPOINT ?? 'https://s3.eu-west-1.amazonaws.com';",
            },
          ],
        },
      ],
    },
    {
      // new URL(path, base): the base is the host.
      code: "const u = new URL(key, 'https://s3.amazonaws.com');",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 24,
          suggestions: [{ messageId: 'useRegionalHost', output: "const u = new URL(key, 'https://s3.eu-west-1.amazonaws.com');" }],
        },
      ],
    },
    {
      // …and a literal bucket in the path makes the region certain.
      code: "const u = new URL('/my-bucket/' + key, 'https://s3.amazonaws.com/');",
      settings: known,
      output: "const u = new URL('/my-bucket/' + key, 'https://s3.eu-west-1.amazonaws.com/');",
      errors: [{ messageId: 'globalHost', line: 1, column: 40, suggestions: [] }],
    },
    {
      // [base, bucket, key].join('/') of literals.
      code: "const url = ['https://s3.amazonaws.com', bucket, key].join('/');",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          suggestions: [
            { messageId: 'useRegionalHost', output: "const url = ['https://s3.eu-west-1.amazonaws.com', bucket, key].join('/');" },
          ],
        },
      ],
    },
    {
      code: "const url = ['https:/', 's3.amazonaws.com', 'my-bucket', key].join('/');",
      settings: known,
      output: "const url = ['https:/', 's3.eu-west-1.amazonaws.com', 'my-bucket', key].join('/');",
      errors: [{ messageId: 'globalHost', line: 1, column: 13, suggestions: [] }],
    },
    {
      // `+=` appends to unknown text: the bucket label is unknown, the host is global.
      code: "let url = 'https://' + bucket;\nurl += '.s3.amazonaws.com/' + key;",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 2,
          column: 8,
          suggestions: [
            { messageId: 'useRegionalHost', output: "let url = 'https://' + bucket;\nurl += '.s3.eu-west-1.amazonaws.com/' + key;" },
          ],
        },
      ],
    },
    {
      code: "const url = 'https://'.concat(bucket, '.s3.amazonaws.com/', key);",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 13,
          suggestions: [
            { messageId: 'useRegionalHost', output: "const url = 'https://'.concat(bucket, '.s3.eu-west-1.amazonaws.com/', key);" },
          ],
        },
      ],
    },
    {
      // Object properties such as endpoint:, SDK v2's bare host.
      code: "import { S3Client } from '@aws-sdk/client-s3';\nnew S3Client({ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' });",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 2,
          column: 47,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output:
                "import { S3Client } from '@aws-sdk/client-s3';\nnew S3Client({ region: 'us-east-1', endpoint: 'https://s3.eu-west-1.amazonaws.com' });",
            },
          ],
        },
      ],
    },
    {
      code: "import AWS from 'aws-sdk';\nconst s3 = new AWS.S3({ endpoint: 's3.amazonaws.com' });",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 2,
          column: 35,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: "import AWS from 'aws-sdk';\nconst s3 = new AWS.S3({ endpoint: 's3.eu-west-1.amazonaws.com' });",
            },
          ],
        },
      ],
    },
    {
      // JSX attribute strings.
      code: 'const a = <a href="https://my-bucket.s3.amazonaws.com/file.pdf?x=1&amp;y=2">PDF</a>;',
      languageOptions: jsx,
      settings: known,
      output: 'const a = <a href="https://my-bucket.s3.eu-west-1.amazonaws.com/file.pdf?x=1&amp;y=2">PDF</a>;',
      errors: [{ messageId: 'globalHost', line: 1, column: 19, suggestions: [] }],
    },
    {
      code: "const img = <img src={'https://s3.amazonaws.com/' + bucket + '/logo.png'} />;",
      languageOptions: jsx,
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 23,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: "const img = <img src={'https://s3.eu-west-1.amazonaws.com/' + bucket + '/logo.png'} />;",
            },
          ],
        },
      ],
    },
    {
      // Upper case, a port and a trailing dot; the bucket keeps its case.
      code: "const a = 'HTTPS://MY-BUCKET.S3.AMAZONAWS.COM./KEY';\nconst b = 'https://s3.amazonaws.com:443/other';",
      settings: known,
      output: "const a = 'HTTPS://MY-BUCKET.s3.eu-west-1.amazonaws.com./KEY';\nconst b = 'https://s3.amazonaws.com:443/other';",
      errors: [
        { messageId: 'globalHost', line: 1, column: 11, suggestions: [] },
        {
          messageId: 'globalHost',
          line: 2,
          column: 11,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: "const a = 'HTTPS://MY-BUCKET.S3.AMAZONAWS.COM./KEY';\nconst b = 'https://s3.eu-west-1.amazonaws.com:443/other';",
            },
            {
              messageId: 'useRegionalHost',
              output: "const a = 'HTTPS://MY-BUCKET.S3.AMAZONAWS.COM./KEY';\nconst b = 'https://s3.us-east-1.amazonaws.com:443/other';",
            },
          ],
        },
      ],
    },
    {
      // Escape sequences around the host are kept as written.
      code: "const a = 'it\\'s at https://my-bucket\\x2es3.amazonaws.com/\\u006b';",
      settings: known,
      output: "const a = 'it\\'s at https://my-bucket\\x2es3.eu-west-1.amazonaws.com/\\u006b';",
      errors: [{ messageId: 'globalHost', line: 1, column: 11, suggestions: [] }],
    },
    {
      code: 'const a = `line\\none\r\nhttps://my-bucket.s3.amazonaws.com/${key}`;',
      settings: known,
      output: 'const a = `line\\none\r\nhttps://my-bucket.s3.eu-west-1.amazonaws.com/${key}`;',
      errors: [{ messageId: 'globalHost', line: 1, column: 11, suggestions: [] }],
    },
    {
      // An escape inside the host: the rewrite replaces it with plain text.
      code: "const a = 'https://s3.amazon\\x61ws.com/';",
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 11,
          suggestions: [{ messageId: 'useRegionalHost', output: "const a = 'https://s3.eu-west-1.amazonaws.com/';" }],
        },
      ],
    },
    {
      // TypeScript wrappers, enum values, default parameters, tagged templates.
      code: "const a = 'https://s3.amazonaws.com' as const;\nenum Endpoints { Global = 'https://s3.amazonaws.com' }\nfunction f(endpoint = 's3.amazonaws.com' satisfies string) { return endpoint; }",
      output: null,
      errors: [
        { messageId: 'globalHost', line: 1, column: 11, suggestions: [] },
        { messageId: 'globalHost', line: 2, column: 27, suggestions: [] },
        { messageId: 'globalHost', line: 3, column: 23, suggestions: [] },
      ],
    },
    {
      code: 'const page = html`<img src="https://s3.amazonaws.com/my-bucket/logo.png">`;',
      settings: known,
      output: 'const page = html`<img src="https://s3.eu-west-1.amazonaws.com/my-bucket/logo.png">`;',
      errors: [{ messageId: 'globalHost', line: 1, column: 18, suggestions: [] }],
    },
    {
      // Many conditionals: the alternatives are capped, and every one has the global host.
      code: "const url = `${a ? 'http' : 'https'}://${b ? 'x' : 'y'}${c ? '1' : '2'}${d ? '-' : '_'}${e ? 'p' : 'q'}${f ? 'r' : 's'}.s3.amazonaws.com`;",
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 13, suggestions: [] }],
    },
    {
      // An invalid escape in a tagged template leaves no cooked text: the raw text is read, without fixes.
      code: 'const a = String.raw`\\unknown https://s3.amazonaws.com/${key}`;',
      settings: oneRegion,
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 21, suggestions: [] }],
    },
    {
      // One report per expression, even with two global hosts; the first is fixed.
      code: "const a = 'https://s3.amazonaws.com/my-bucket and https://s3-accelerate.amazonaws.com';",
      settings: known,
      output: "const a = 'https://s3.eu-west-1.amazonaws.com/my-bucket and https://s3-accelerate.amazonaws.com';",
      errors: [{ messageId: 'globalHost', line: 1, column: 11, suggestions: [] }],
    },
    {
      // An allowed host does not hide a global one next to it.
      code: "const hosts = 's3.amazonaws.com my-bucket.s3.amazonaws.com';",
      options: [{ allowHosts: ['s3.amazonaws.com'] }],
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          data: { host: 'my-bucket.s3.amazonaws.com', regional: 'my-bucket.s3.<region>.amazonaws.com' },
          line: 1,
          column: 15,
          suggestions: [],
        },
      ],
    },
    {
      // Principals are skipped only under their keys: the same object's endpoint is still read.
      code: "const config = { Principal: { Service: 's3.amazonaws.com' }, endpoint: 'https://s3.amazonaws.com' };",
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 72, suggestions: [] }],
    },
    {
      // The XML namespace is skipped, not an endpoint next to it.
      code: "const a = 'http://s3.amazonaws.com/doc/2006-03-01/ at https://s3.amazonaws.com/doc/other';",
      output: null,
      errors: [{ messageId: 'globalHost', line: 1, column: 11, suggestions: [] }],
    },
  ],
});

const tsxTester = typedRuleTester();
tsxTester.run('no-global-endpoint (type information)', rule, {
  valid: [
    "const a: string = 'https://s3.eu-west-1.amazonaws.com';",
    { code: 'export const Logo = () => <img src="https://my-bucket.s3.eu-west-1.amazonaws.com/logo.png" />;', filename: 'react.tsx' },
  ],
  invalid: [
    {
      code: "declare const key: string;\nexport const url: string = `https://s3.amazonaws.com/my-bucket/${key}`;",
      settings: known,
      output: "declare const key: string;\nexport const url: string = `https://s3.eu-west-1.amazonaws.com/my-bucket/${key}`;",
      errors: [{ messageId: 'globalHost', line: 2, column: 28, suggestions: [] }],
    },
    {
      code: 'export const Logo = () => <img src="https://s3.amazonaws.com/other-bucket/logo.png" />;',
      filename: 'react.tsx',
      settings: oneRegion,
      output: null,
      errors: [
        {
          messageId: 'globalHost',
          line: 1,
          column: 36,
          suggestions: [
            {
              messageId: 'useRegionalHost',
              output: 'export const Logo = () => <img src="https://s3.eu-west-1.amazonaws.com/other-bucket/logo.png" />;',
            },
          ],
        },
      ],
    },
    {
      code: "export const Link = ({ bucket }: { bucket: string }) => <a href={`https://${bucket}.s3-accelerate.amazonaws.com/`}>x</a>;",
      filename: 'react.tsx',
      output: null,
      errors: [{ messageId: 'accelerateHost', line: 1, column: 66, suggestions: [] }],
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
      ['upload.mjs', "export const url = `https://${bucket}.s3.amazonaws.com/${key}`;"],
      ['upload.cjs', "const AWS = require('aws-sdk');\nmodule.exports = new AWS.S3({ endpoint: 'https://s3-external-1.amazonaws.com' });"],
      ['upload.js', "const url = 'https://' + bucket + '.s3.amazonaws.com/' + key;"],
      ['Link.jsx', 'export const Link = () => <a href="https://s3.amazonaws.com/my-bucket/x">x</a>;'],
    ];
    for (const [filename, code] of cases) {
      const messages = linter.verify(code, config(), { filename });
      expect(messages.map((message) => message.ruleId), filename).toEqual(['s3-regional/no-global-endpoint']);
    }
  });

  it('autofixes with bucketRegions and ignores principals, regexes and comments', () => {
    const settings = { 's3-regional': { bucketRegions: { 'my-bucket': 'eu-west-1' } } };
    const fixed = linter.verifyAndFix(
      "// s3.amazonaws.com\nconst re = /\\.s3\\.amazonaws\\.com$/;\nconst policy = { Principal: { Service: 's3.amazonaws.com' } };\nconst url = `https://my-bucket.s3.amazonaws.com/${key}`;",
      config(settings),
      { filename: 'fix.mjs' },
    );
    expect(fixed.messages).toEqual([]);
    expect(fixed.output).toBe(
      "// s3.amazonaws.com\nconst re = /\\.s3\\.amazonaws\\.com$/;\nconst policy = { Principal: { Service: 's3.amazonaws.com' } };\nconst url = `https://my-bucket.s3.eu-west-1.amazonaws.com/${key}`;",
    );
  });
});
