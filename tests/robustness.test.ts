// Robustness (issue 8): odd but valid inputs must neither crash a rule nor draw a nonsense report.
// Every case is linted with every rule of the plugin, typed (the fixtures project) and without type
// information (the syntax tier), whose findings must all be among the typed run's. tests/rule-tester.ts sets S3_REGIONAL_DEBUG=1, so an analysis
// error the rules would swallow in production fails these tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { code } from './code.js';
import { lintTyped } from './lint.js';
import { fixturesDir } from './rule-tester.js';

const allRules: Linter.RulesRecord = Object.fromEntries(
  Object.keys(plugin.rules).map((name) => [`s3-regional/${name}`, 'error'] as const),
);
const regions = { 's3-regional': { regions: ['eu-west-1'] } };
const withFactory = {
  's3-regional': { regions: ['eu-west-1'], factory: { name: 'createS3Client', module: './modules/factory.js' } },
};


interface Case {
  name: string;
  code: string;
  filename?: string;
  /** The rules expected to report, one entry per report, in order. */
  expected: string[];
}

function hugeFile(): string {
  const lines = [
    "import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';",
    "import { getSignedUrl } from '@aws-sdk/s3-request-presigner';",
  ];
  for (let i = 0; i < 1500; i++) lines.push(`export const client${i} = new S3Client({ region: 'eu-west-1' });`);
  lines.push(`export const unpinned = new S3Client({});`);
  // A long `+` chain and a long string: text shapes and host scans stay linear.
  lines.push(`export const joined = ${Array.from({ length: 800 }, (_, i) => `'part${i}.'`).join(' + ')};`);
  lines.push(`export const long = '${'s3.eu-west-1.amazonaws.com/'.repeat(8000)}';`);
  return lines.join('\n');
}

const cases: Case[] = [
  { name: 'an empty file', code: '', expected: [] },
  {
    name: 'only comments',
    code: code`
      // s3.amazonaws.com in a comment
      /* aws-sdk */
    `,
    expected: [],
  },
  {
    name: 'a huge generated file',
    code: hugeFile(),
    expected: ['s3-regional/no-unpinned-client'],
  },
  {
    name: 'decorators',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      function Injectable() { return (target: unknown, _context: ClassDecoratorContext) => target as never; }
      function Env(_name: string) { return (_target: undefined, _context: ClassFieldDecoratorContext) => (value: string) => value; }
      @Injectable()
      export class Files {
        @Env('S3_REGION') region = 'eu-west-1';
        private readonly client = new S3Client({ region: this.region });
        url(key: string) { return getSignedUrl(this.client, new GetObjectCommand({ Bucket: 'b', Key: key })); }
      }
    `,
    expected: [],
  },
  {
    name: 'JSX',
    filename: 'react.tsx',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      const client = new S3Client({ region: 'eu-west-1' });
      declare const bucket: string;
      export async function Link({ k }: { k: string }) {
        const href = await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: k }));
        return <>
          <a href={href} data-host="s3.eu-west-1.amazonaws.com">{k}</a>
          <img src={\`https://\${bucket}.s3.eu-west-1.amazonaws.com/\${k}\`} alt="" />
          <a href="https://my-bucket.s3.amazonaws.com/file.txt">global</a>
        </>;
      }
    `,
    expected: ['s3-regional/no-global-endpoint'],
  },
  {
    name: 'the newest TypeScript syntax',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      const base = { region: 'eu-west-1' } as const satisfies S3ClientConfig;
      function pick<const T extends readonly string[]>(values: T): T[number] | undefined { return values[0]; }
      export class Holder {
        accessor client = new S3Client({ ...base });
        static { void pick(['a', 'b'] as const); }
      }
      export async function run(key: string) {
        using disposable = { [Symbol.dispose]() {} };
        await using later = { async [Symbol.asyncDispose]() {} };
        void disposable; void later;
        const holder = new Holder();
        return getSignedUrl(holder.client, new GetObjectCommand({ Bucket: 'b', Key: key }));
      }
      export type Region = \`\${string}-\${string}-\${number}\`;
      export enum Kind { A = 'https://s3.eu-west-1.amazonaws.com' }
    `,
    expected: [],
  },
  {
    name: 'computed keys',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      const key = 'region' as const;
      declare const dynamic: string;
      new S3Client({ ['region']: 'eu-west-1' });
      new S3Client({ [key]: 'eu-west-1' });
      new S3Client({ region: 'eu-west-1', [dynamic]: undefined });
      new S3Client({ region: 'eu-west-1', [Symbol.iterator]: undefined } as S3ClientConfig);
      export const hosts = { ['s3.amazonaws.com']: 1 };
    `,
    expected: [],
  },
  {
    name: 'getters',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      new S3Client({ get region() { return 'eu-west-1'; } });
      class Store {
        #client?: S3Client;
        get client() { return (this.#client ??= new S3Client({ region: 'eu-west-1' })); }
      }
      export const url = getSignedUrl(new Store().client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    `,
    expected: [],
  },
  {
    name: 'spreads of any',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      declare const native: any;
      declare const loose: Record<string, any>;
      new S3Client({ ...native });
      new S3Client({ region: undefined, ...native });
      new S3Client({ region: 'eu-west-1', ...loose });
      export const url = getSignedUrl(new S3Client({ ...native }), new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    `,
    expected: [],
  },
  {
    name: 'circular imports',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      import { client, sharedConfig } from './modules/cycle-a.js';
      new S3Client(sharedConfig);
      export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    `,
    expected: [],
  },
  {
    name: 'the SDK not installed (types unresolved)',
    code: code`
      import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3-not-installed';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner-not-installed';
      import AWS from 'aws-sdk-not-installed';
      const client = new S3Client({});
      const legacy = new AWS.S3({ region: 'us-east-1' });
      export const a = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
      export const b = legacy.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
      export const c = legacy.getObject({ Bucket: 'b', Key: 'k' }).presign();
    `,
    expected: [],
  },
  {
    name: 'broken types around an S3 client',
    code: code`
      import { S3Client, GetObjectCommand, type S3ClientConfig } from '@aws-sdk/client-s3';
      import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
      // @ts-expect-error: deliberately wrong
      const client: S3Client = new S3Client({ region: 42 });
      const missing = new S3Client(undefinedConfig);
      export const url = getSignedUrl(client ?? missing, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    `,
    expected: [],
  },
];

function ruleIds(result: ESLint.LintResult): string[] {
  return result.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

let untyped: ESLint | undefined;
function untypedESLint(): ESLint {
  untyped ??= new ESLint({
    cwd: fixturesDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
        rules: allRules,
        settings: regions,
      },
    ],
  });
  return untyped;
}

async function lintUntyped(code: string, filename: string, rules?: Linter.RulesRecord): Promise<ESLint.LintResult> {
  const eslint = rules
    ? new ESLint({
        cwd: fixturesDir,
        overrideConfigFile: true,
        overrideConfig: [
          {
            files: ['**/*.ts', '**/*.tsx'],
            languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
            plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
            rules,
            settings: regions,
          },
        ],
      })
    : untypedESLint();
  const [result] = await eslint.lintText(code, { filePath: path.join(fixturesDir, filename) });
  if (!result) throw new Error('ESLint returned no result');
  return result;
}

describe('robustness: every rule, odd inputs', () => {
  it.each(cases)('$name (typed)', async ({ code, filename, expected }) => {
    const result = await lintTyped(code, allRules, { settings: regions, ...(filename ? { filename } : {}) });
    expect(ruleIds(result)).toEqual(expected);
  });

  it.each(cases)('$name (typed, with a client factory configured)', async ({ code, filename }) => {
    const result = await lintTyped(code, allRules, { settings: withFactory, ...(filename ? { filename } : {}) });
    expect(result.messages.filter((message) => message.fatal === true)).toEqual([]);
  });

  it.each(cases)('$name (untyped: every rule, nothing the typed run does not report)', async ({ code: source, filename, expected }) => {
    const untypedResult = await lintUntyped(source, filename ?? 'file.ts');
    const typedResult = await lintTyped(source, allRules, { settings: regions, ...(filename ? { filename } : {}) });
    const where = (m: Linter.LintMessage): string => `${m.ruleId ?? 'fatal'} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    expect(untypedResult.messages.filter((message) => message.fatal === true)).toEqual([]);
    const typedFindings = new Set(typedResult.messages.map(where));
    expect(untypedResult.messages.map(where).filter((finding) => !typedFindings.has(finding))).toEqual([]);
    // The typed run's findings are the expected ones; the syntax tier finds a part of them.
    expect(ruleIds(untypedResult).every((rule) => expected.includes(rule))).toBe(true);
  });

  it('lints the modules of an import cycle themselves', async () => {
    for (const name of ['cycle-a.ts', 'cycle-b.ts']) {
      const filename = path.join('modules', name);
      const code = fs.readFileSync(path.join(fixturesDir, filename), 'utf8');
      const result = await lintTyped(code, allRules, { settings: regions, filename });
      expect(ruleIds(result)).toEqual([]);
    }
  });

  it('untyped, a file that names no SDK costs the typed rules nothing and reports nothing', async () => {
    const source = code`
      export class Files {
        accessor name = 'x';
        get host() { return \`https://\${this.name}.s3.eu-west-1.amazonaws.com\`; }
      }
      <div />;
    `;
    const result = await lintUntyped(source, 'react.tsx');
    expect(ruleIds(result)).toEqual([]);
  });
});
