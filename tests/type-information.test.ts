/**
 * Without type information, as users run it: `recommended` judges each file from its syntax (every
 * rule reports what the file itself shows), and the `*-type-checked` configs stop with one clear
 * message where a file needs the checker. Files that use no S3 SDK cost nothing and say nothing
 * either way. No debug variable here: what is tested is what users get.
 */
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { code } from './code.js';
import { fixturesDir } from './rule-tester.js';

beforeAll(() => {
  delete process.env.S3_REGIONAL_DEBUG;
});

const factory = { 's3-regional': { factory: { name: 'createS3Client', module: '@/lib/s3' } } };

function untyped(config: Linter.Config, settings: Record<string, unknown> = {}, parser: 'typescript' | 'espree' = 'typescript'): ESLint {
  return new ESLint({
    cwd: fixturesDir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.js'], ...(parser === 'typescript' ? { languageOptions: { parser: tsParser } } : {}) },
      config,
      { settings },
    ],
  });
}

const sdkCode = code`
  import { S3Client } from '@aws-sdk/client-s3';
  import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
  import { GetObjectCommand } from '@aws-sdk/client-s3';
  const client = new S3Client({});
  export const url = getSignedUrl(client, new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
  export const pinned = new S3Client({ region: 'eu-west-1' });
`;
const plainCode = code`
  export class Cache { get(key: string) { return key; } }
  export const url = 'https://example.org';
`;

describe('recommended and strict without type information', () => {
  it('judge a file that uses the SDK from its syntax', async () => {
    const [result] = await untyped(plugin.configs.strict, factory).lintText(sdkCode, { filePath: `${fixturesDir}/untyped.ts` });
    expect(result?.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ['s3-regional/prefer-client-factory', 'useFactory', 4, 16],
      ['s3-regional/no-unpinned-client', 'missingRegion', 4, 29],
      ['s3-regional/no-unpinned-presign', 'unpinnedClient', 5, 20],
      ['s3-regional/prefer-client-factory', 'useFactory', 6, 23],
    ]);
    // Without types the factory rewrite cannot be shown to type-check: a suggestion, not a fix, and
    // only for the config the file shows pinned.
    const [unpinned, pinned] = result?.messages.filter((m) => m.ruleId === 's3-regional/prefer-client-factory') ?? [];
    expect(unpinned?.suggestions ?? []).toEqual([]);
    expect(pinned?.fix).toBeUndefined();
    expect(pinned?.suggestions?.map((s) => s.messageId)).toEqual(['useFactorySuggestion']);
  });

  it('works in plain JavaScript with ESLint’s default parser', async () => {
    const js = code`
      const AWS = require('aws-sdk');
      const s3 = new AWS.S3({ region: 'us-east-1' });
      exports.url = s3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
    `;
    const [result] = await untyped(plugin.configs.recommended, {}, 'espree').lintText(js, { filePath: `${fixturesDir}/untyped.js` });
    expect(result?.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ['s3-regional/no-unpinned-client', 'usEast1Legacy', 2, 25],
      ['s3-regional/no-unpinned-presign', 'unpinnedClient', 3, 15],
    ]);
  });

  it('say nothing about a file that uses no S3 SDK', async () => {
    const [result] = await untyped(plugin.configs.all, factory).lintText(plainCode, { filePath: `${fixturesDir}/untyped.ts` });
    expect(result?.messages).toEqual([]);
  });
});

describe.each(['recommended-type-checked', 'strict-type-checked'] as const)('%s without type information', (name) => {
  it('stops with one message that says what to enable, and what to use where there are no types', async () => {
    const eslint = untyped(plugin.configs[name], factory);
    const run = eslint.lintText(sdkCode, { filePath: `${fixturesDir}/untyped.ts` });
    await expect(run).rejects.toThrow(/was linted without type information/);
    await expect(eslint.lintText(sdkCode, { filePath: `${fixturesDir}/untyped.ts` })).rejects.toThrow(
      /projectService: true[\s\S]*oxlint[\s\S]*recommended config/,
    );
  });

  it('says nothing about a file that uses no S3 SDK', async () => {
    const [result] = await untyped(plugin.configs[name], factory).lintText(plainCode, { filePath: `${fixturesDir}/untyped.ts` });
    expect(result?.messages).toEqual([]);
  });
});

describe('no-global-endpoint without type information', () => {
  it('reports as usual', async () => {
    const [result] = await untyped(plugin.configs.recommended).lintText(
      "export const url = 'https://my-bucket.s3.amazonaws.com/a.txt';",
      { filePath: `${fixturesDir}/untyped.ts` },
    );
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['s3-regional/no-global-endpoint']);
  });
});
