/**
 * Without type information: the type-aware rules stop with a clear message where they would need
 * the checker (a file that uses an S3 SDK), cost nothing and say nothing elsewhere, and the
 * syntax rule works as usual.
 */
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fixturesDir } from './rule-tester.js';

function untyped(rules: Record<string, 'error'>, settings: Record<string, unknown> = {}): ESLint {
  return new ESLint({
    cwd: fixturesDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
        rules,
        settings,
      },
    ],
  });
}

const sdkCode = `import { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({});`;
const plainCode = `export class Cache { get(key: string) { return key; } }\nexport const url = 'https://example.org';`;

describe.each(['no-unpinned-client', 'no-unpinned-presign', 'prefer-client-factory'])('%s without type information', (name) => {
  const rules = { [`s3-regional/${name}`]: 'error' as const };

  it('says nothing about a file that uses no S3 SDK', async () => {
    const [result] = await untyped(rules).lintText(plainCode, { filePath: `${fixturesDir}/untyped.ts` });
    expect(result?.messages).toEqual([]);
  });

  it('stops with a message naming the rule and the setting where it needs the checker', async () => {
    const code =
      name === 'no-unpinned-presign'
        ? `import { getSignedUrl } from '@aws-sdk/s3-request-presigner';\ndeclare const c: never;\nexport const u = getSignedUrl(c, c);`
        : sdkCode;
    const settings = name === 'prefer-client-factory' ? { 's3-regional': { factory: { name: 'createS3Client', module: '@/lib/s3' } } } : {};
    const eslint = untyped(rules, settings);
    await expect(eslint.lintText(code, { filePath: `${fixturesDir}/untyped.ts` })).rejects.toThrow(
      new RegExp(`Rule s3-regional/${name} needs type information.*projectService`),
    );
  });
});

describe('no-global-endpoint without type information', () => {
  it('reports as usual', async () => {
    const [result] = await untyped({ 's3-regional/no-global-endpoint': 'error' }).lintText(
      "export const url = 'https://my-bucket.s3.amazonaws.com/a.txt';",
      { filePath: `${fixturesDir}/untyped.ts` },
    );
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['s3-regional/no-global-endpoint']);
  });
});
