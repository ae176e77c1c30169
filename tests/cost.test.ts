// The cost contract, counted rather than timed: files that import no S3 SDK cost the plugin no
// type-checker work at all. A parser wrapper hands the rules a program whose checker counts every
// call; only the plugin's rules are enabled, so every count is theirs. (Timings live in
// `npm run bench`, never in the test suite.)
import * as path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import type { ParserServices } from '@typescript-eslint/utils';
import { ESLint, type Linter } from 'eslint';
import type ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fixturesDir } from './rule-tester.js';

interface Counts {
  /** `program.getTypeChecker()` as the rules call it. */
  getTypeChecker: number;
  /** Every method call on the checker, by method name. */
  checker: Record<string, number>;
  /** The parser services' own type helpers (`services.getTypeAtLocation(…)` and the like). */
  serviceHelpers: Record<string, number>;
  /** Node map lookups: ESTree → TypeScript and back. */
  esTreeNodeToTSNodeMap: number;
  tsNodeToESTreeNodeMap: number;
}

function emptyCounts(): Counts {
  return { getTypeChecker: 0, checker: {}, serviceHelpers: {}, esTreeNodeToTSNodeMap: 0, tsNodeToESTreeNodeMap: 0 };
}

let counts = emptyCounts();

function sum(record: Record<string, number>): number {
  return Object.values(record).reduce((total, n) => total + n, 0);
}

function increment(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** A checker whose every method call is counted. */
function countingChecker(checker: ts.TypeChecker): ts.TypeChecker {
  return new Proxy(checker, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        increment(counts.checker, String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

// One wrapper per program, so that caches keyed by the program (analyzerFor's WeakMap) behave as
// they do in a real run: one analyzer per program, not one per file.
const wrappedPrograms = new WeakMap<ts.Program, ts.Program>();

function countingProgram(program: ts.Program): ts.Program {
  let wrapped = wrappedPrograms.get(program);
  if (!wrapped) {
    const checker = countingChecker(program.getTypeChecker());
    wrapped = new Proxy(program, {
      get(target, key) {
        if (key === 'getTypeChecker') {
          return (): ts.TypeChecker => {
            counts.getTypeChecker++;
            return checker;
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    wrappedPrograms.set(program, wrapped);
  }
  return wrapped;
}

/** A node map (a WeakMap) whose lookups are counted. */
function countingMap<K extends object, V>(map: WeakMap<K, V>, count: () => void): WeakMap<K, V> {
  return new Proxy(map, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        if (key === 'get' || key === 'has') count();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function countingServices(services: ParserServices): ParserServices {
  const wrapped: Record<string, unknown> = { ...services };
  for (const [key, value] of Object.entries(services)) {
    if (typeof value === 'function') {
      wrapped[key] = (...args: unknown[]): unknown => {
        increment(counts.serviceHelpers, key);
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    }
  }
  if (services.program) wrapped.program = countingProgram(services.program);
  wrapped.esTreeNodeToTSNodeMap = countingMap(services.esTreeNodeToTSNodeMap as unknown as WeakMap<object, unknown>, () => {
    counts.esTreeNodeToTSNodeMap++;
  });
  wrapped.tsNodeToESTreeNodeMap = countingMap(services.tsNodeToESTreeNodeMap as unknown as WeakMap<object, unknown>, () => {
    counts.tsNodeToESTreeNodeMap++;
  });
  return wrapped as unknown as ParserServices;
}

/** @typescript-eslint/parser, returning the same result with counting parser services. */
const countingParser: Linter.Parser = {
  meta: { name: 'counting-typescript-eslint-parser' },
  parseForESLint(code: string, options?: Record<string, unknown>) {
    const result = tsParser.parseForESLint(code, options);
    return { ...result, services: countingServices(result.services) } as unknown as Linter.ESLintParseResult;
  },
};

// Every rule of the plugin, as a user turns them on; nothing else.
const pluginRules: Linter.RulesRecord = Object.fromEntries(
  Object.keys(plugin.rules).map((name) => [`s3-regional/${name}`, 'error']),
);

const eslint = new ESLint({
  cwd: fixturesDir,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: {
        parser: countingParser,
        parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
      },
      plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
      rules: pluginRules,
      settings: {
        's3-regional': {
          regions: ['eu-west-1'],
          // Turns prefer-client-factory on, so it is measured too.
          factory: { name: 'createS3Client', module: './modules/factory.js' },
        },
      },
    },
  ],
});

async function lintCounted(code: string): Promise<{ result: ESLint.LintResult; counts: Counts }> {
  counts = emptyCounts();
  const [result] = await eslint.lintText(code, { filePath: path.join(fixturesDir, 'file.ts') });
  if (!result) throw new Error('ESLint returned no result');
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  return { result, counts };
}

function checkerCalls(c: Counts): number {
  return sum(c.checker) + sum(c.serviceHelpers);
}

/** Ordinary application code: strings, templates, calls, classes, promises, `new`, and no SDK. */
const ORDINARY = `
export interface Order {
  id: string;
  lines: { sku: string; quantity: number }[];
  note?: string;
}

const MESSAGES = {
  notFound: 'The order could not be found',
  invalid: 'Invalid order: ' + 'check the lines and try again',
  empty: \`An order needs at least \${1} line\`,
} as const;

const BASE_URL = process.env.ORDERS_URL ?? 'https://api.example.com/v1';

export function describeOrder(order: Order): string {
  const lines = order.lines.map((line) => \`\${line.quantity} x \${line.sku}\`).join(', ');
  return order.note ? \`\${order.id}: \${lines} (\${order.note})\` : order.id + ': ' + (lines || 'empty');
}

// A local helper that merely shares a presigner's name, called as a plain function.
function getSignedUrl(path: string): string {
  return new URL(path, BASE_URL).toString() + '?sig=local';
}

export class OrderService {
  private readonly cache = new Map<string, Order>();
  private readonly started = new Date();

  constructor(private readonly baseUrl: string = BASE_URL) {}

  async load(id: string): Promise<Order> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const response = await fetch(\`\${this.baseUrl}/orders/\${encodeURIComponent(id)}\`);
    if (!response.ok) throw new Error(MESSAGES.notFound + ': ' + id);
    const order = (await response.json()) as Order;
    this.cache.set(id, order);
    return order;
  }

  exportLink(id: string): string {
    return getSignedUrl(['orders', id, 'export.csv'].join('/'));
  }

  refresh(ids: string[]): void {
    for (const id of ids) void this.load(id);
    Promise.resolve(this.started).then(() => console.log('refreshed', ids.length, 'orders'));
  }
}

// A hand-written global S3 host: the syntactic rule reports it, still without the checker.
export const legacyExport = (key: string): string => \`https://acme-exports.s3.amazonaws.com/\${key}\`;
`;

/** No SDK import, but member calls named like the v2 presigners (a CDN signer, a storage wrapper). */
const PRESIGNER_NAMED_MEMBER_CALLS = `
class CdnSigner {
  getSignedUrl(options: { url: string; expires: number }): string {
    return options.url + '?expires=' + String(options.expires);
  }
  async getSignedUrlPromise(url: string): Promise<string> {
    return url + '?sig=async';
  }
}
class Uploads {
  createPresignedPost(key: string): { url: string } {
    return { url: '/upload/' + key };
  }
}

export async function links(signer: CdnSigner, uploads: Uploads): Promise<string[]> {
  return [
    signer.getSignedUrl({ url: 'https://cdn.example.com/a.png', expires: 60 }),
    await signer.getSignedUrlPromise('https://cdn.example.com/b.png'),
    uploads.createPresignedPost('c.png').url,
  ];
}
`;
const PRESIGNER_NAMED_MEMBER_CALL_COUNT = 3;

/**
 * No SDK, CDK or other signer import, but the names the CDK and signer checks look for: an app's
 * own bucket record with `bucketDomainName`, a `sign(url, { aws: { signQuery: true } })` method, a
 * `getAtt` call, a local `Client` with a global `endPoint` (reported by the syntactic rule).
 */
const LOOKALIKE_NAMES = `
import { Client } from './modules/lookalike.js';

interface BucketRecord {
  bucketDomainName: string;
  attrDomainName: string;
  virtualHostedUrlForObject(key: string, options?: { regional?: boolean }): string;
}
declare const record: BucketRecord;
declare const signer: { sign(url: string, init: { aws: { signQuery: boolean } }): Promise<Request> };
declare const resources: { getAtt(id: string, name: string): string };

export const names = [record.bucketDomainName, record.attrDomainName, record.virtualHostedUrlForObject('k', { regional: false })];
export const signed = signer.sign('https://my-bucket.s3.eu-west-1.amazonaws.com/k', { aws: { signQuery: true } });
export const attribute = resources.getAtt('Bucket', 'DomainName');
export const storage = new Client({ endPoint: 's3.amazonaws.com', region: 'eu-west-1' });
`;

/** Files that use the CDK and aws4fetch: the checker must work there. */
const CDK_FILE = `
import * as s3 from 'aws-cdk-lib/aws-s3';
declare const bucket: s3.IBucket;
export const name = bucket.bucketDomainName;
`;
const AWS4FETCH_FILE = `
import { AwsClient } from 'aws4fetch';
declare const aws: AwsClient;
export const signed = aws.sign('https://my-bucket.s3.amazonaws.com/k', { aws: { signQuery: true } });
`;

/** A file that uses the SDK: here the checker must work (and the counting must see it). */
const SDK_FILE = `
import { S3Client } from '@aws-sdk/client-s3';

export const fromEnvironment = new S3Client({});
export const pinned = new S3Client({ region: 'eu-west-1' });
`;

describe('type-checker cost of the plugin rules', () => {
  beforeEach(() => {
    counts = emptyCounts();
  });

  it('does no checker work on a file that imports no S3 SDK', async () => {
    const { result, counts: c } = await lintCounted(ORDINARY);
    // The file is really linted: the syntactic rule finds the hand-written global host.
    expect(result.messages.map((message) => message.ruleId)).toEqual(['s3-regional/no-global-endpoint']);
    expect(c).toEqual(emptyCounts());
    expect(checkerCalls(c)).toBe(0);
    expect(c.getTypeChecker).toBe(0);
    expect(c.esTreeNodeToTSNodeMap).toBe(0);
  });

  it('costs two symbol lookups per presigner-named member call in a file without an SDK import', async () => {
    // By design: a v2 client can be injected into a file that never imports the SDK, so a member
    // call named getSignedUrl, getSignedUrlPromise or createPresignedPost is looked up: the
    // receiver's symbol (is it a traced v2 client?) and the method's (declared by the SDK?). No
    // type is computed and no call is resolved.
    const { result, counts: c } = await lintCounted(PRESIGNER_NAMED_MEMBER_CALLS);
    expect(result.messages).toEqual([]);
    expect(c.checker).toEqual({ getSymbolAtLocation: 2 * PRESIGNER_NAMED_MEMBER_CALL_COUNT });
    expect(checkerCalls(c)).toBe(2 * PRESIGNER_NAMED_MEMBER_CALL_COUNT);
    expect(c.esTreeNodeToTSNodeMap).toBe(PRESIGNER_NAMED_MEMBER_CALL_COUNT);
    // At most once per program (the analyzer is cached per program), never per call.
    expect(c.getTypeChecker).toBeLessThanOrEqual(1);
  });

  it('does no checker work on a file that imports none of the CDK or the other signers, whatever names it uses', async () => {
    const { result, counts: c } = await lintCounted(LOOKALIKE_NAMES);
    // Linted: the syntactic rule reports the look-alike client's global endPoint (it is no minio client).
    expect(result.messages.map((message) => message.ruleId)).toEqual(['s3-regional/no-global-endpoint']);
    expect(c).toEqual(emptyCounts());
  });

  it.each([
    ['the CDK', CDK_FILE, 's3-regional/no-global-bucket-domain-name'],
    ['aws4fetch', AWS4FETCH_FILE, 's3-regional/no-unpinned-presign'],
  ])('does checker work on a file that uses %s (the counting sees it)', async (_, code, rule) => {
    const { result, counts: c } = await lintCounted(code);
    expect(result.messages.map((message) => message.ruleId)).toContain(rule);
    expect(checkerCalls(c)).toBeGreaterThan(0);
  });

  it('does checker work on a file that uses the SDK (the counting sees it)', async () => {
    const { result, counts: c } = await lintCounted(SDK_FILE);
    expect(result.messages.map((message) => message.ruleId)).toContain('s3-regional/no-unpinned-client');
    expect(checkerCalls(c)).toBeGreaterThan(0);
    expect(c.esTreeNodeToTSNodeMap).toBeGreaterThan(0);
  });
});
