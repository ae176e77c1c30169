/**
 * Lints an oracle row, written as source code, with the plugin's rules and full type information
 * (the fixtures project, as the rule tests use).
 */
import * as path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter, type ESLint } from 'eslint';
import plugin from '../../src/index.js';
import { fixturesDir } from '../rule-tester.js';
import { BUCKET_REGIONS, KEY, type Row } from './rows.js';

export const CLIENT_RULE = 'no-unpinned-client';
export const PRESIGN_RULE = 'no-unpinned-presign';

/** The plugin's rules the oracle judges with: the presign rule only once the plugin has it. */
export function oracleRules(): string[] {
  const names = Object.keys(plugin.rules);
  return [CLIENT_RULE, PRESIGN_RULE].filter((name) => names.includes(name));
}

/**
 * The rules whose verdict must agree with the SDK for a row. `createPresignedPost` is judged by
 * the presign rule when there is one: the client rule judges the client, which in SDK v2 can be
 * pinned for `getSignedUrl` while its presigned POST still goes to the global host. So are rows
 * `judgedBy: 'presign'`: their client is pinned, the presign call's bucket or access point is elsewhere.
 */
export function judgingRules(row: Row, available: readonly string[]): string[] {
  const presignOnly = row.call === 'createPresignedPost' || row.judgedBy === 'presign';
  if (presignOnly && available.includes(PRESIGN_RULE)) return [PRESIGN_RULE];
  return [...available];
}

/** The lint settings of every row: where the rows' buckets live, as the measurement knows it. */
export const ORACLE_SETTINGS = { 's3-regional': { bucketRegions: BUCKET_REGIONS } };

const V3_CLIENT_IMPORT = `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';`;
const V3_CLIENT_ONLY_IMPORT = `import { S3Client } from '@aws-sdk/client-s3';`;
const V3_PRESIGNER_IMPORT = `import { getSignedUrl } from '@aws-sdk/s3-request-presigner';`;
const V3_POST_IMPORT = `import { createPresignedPost } from '@aws-sdk/s3-presigned-post';`;
const V2_IMPORT = `import AWS from 'aws-sdk';`;
const CRT_IMPORT = `import '@aws-sdk/signature-v4-crt';`;

/** The row as a module: its imports, then the client constructed with the row's config and the presign call. */
export function rowModule(row: Row): { imports: string[]; body: string[] } {
  const args = row.config ?? '';
  const object = `{ Bucket: '${row.bucket}', Key: '${KEY}' }`;
  if (row.sdk === 'v2') {
    const call =
      row.call === 'createPresignedPost'
        ? `export const post = s3.createPresignedPost({ Bucket: '${row.bucket}', Fields: { key: '${KEY}' } });`
        : `export const url = s3.${row.call}('getObject', ${object});`;
    const global = row.globalConfig ? [`AWS.config.update(${row.globalConfig});`] : [];
    return { imports: [V2_IMPORT], body: [...global, `const s3 = new AWS.S3(${args});`, call] };
  }
  // v3-old rows are written against '@aws-sdk/client-s3' too: the rule knows the client by its
  // declaration there, and the code is the same whichever release runs it.
  if (row.call === 'createPresignedPost') {
    return {
      imports: [V3_CLIENT_ONLY_IMPORT, V3_POST_IMPORT],
      body: [`const client = new S3Client(${args});`, `export const post = createPresignedPost(client, ${object});`],
    };
  }
  return {
    imports: [V3_CLIENT_IMPORT, V3_PRESIGNER_IMPORT, ...(row.sdk === 'v3' && row.crt ? [CRT_IMPORT] : [])],
    body: [
      `const client = new S3Client(${args});`,
      `export const url = getSignedUrl(client, new GetObjectCommand(${object}));`,
    ],
  };
}

/** The row as the source file it stands for. */
export function sourceOf(row: Row): string {
  const { imports, body } = rowModule(row);
  return [...imports, ...body, ''].join('\n');
}

export interface LintMessage {
  rule: string;
  messageId: string | undefined;
  message: string;
  /** The line in the row's own source ({@link sourceOf}). */
  line: number;
}

const filename = path.join(fixturesDir, 'file.ts');

interface Batch {
  source: string;
  /** Each distinct row body: the lines it occupies in the batch and where its own source starts it. */
  blocks: { rowIds: string[]; firstLine: number; lastLine: number; lineOffset: number }[];
}

/**
 * All rows in one module, each in its own block (`{ const client = …; const url = …; }`), so that
 * one program and one type checker serve every row: linting each row as its own file costs a new
 * program per row (about 100 ms each). Rows with the same code share a block. Set
 * ORACLE_LINT_EACH=1 to lint every row as its own file instead (the same verdicts, slower).
 */
export function batchOf(rows: readonly Row[]): Batch {
  const lines = [V3_CLIENT_IMPORT, V3_PRESIGNER_IMPORT, V3_POST_IMPORT, V2_IMPORT];
  const blocks: Batch['blocks'] = [];
  const byBody = new Map<string, Batch['blocks'][number]>();
  for (const row of rows) {
    const { imports, body } = rowModule(row);
    const key = body.join('\n');
    const existing = byBody.get(key);
    if (existing) {
      existing.rowIds.push(row.id);
      continue;
    }
    lines.push(`// ${row.id}`, '{');
    const firstLine = lines.length + 1;
    for (const line of body) lines.push(`  ${line.replace(/^export /, '')}`);
    const block = { rowIds: [row.id], firstLine, lastLine: lines.length, lineOffset: imports.length + 1 - firstLine };
    lines.push('}');
    blocks.push(block);
    byBody.set(key, block);
  }
  lines.push('');
  return { source: lines.join('\n'), blocks };
}

/**
 * One linter for all rows: the parser's project service keeps the program between them. `typed`
 * false lints without type information (the rules' syntax tier).
 */
export class RowLinter {
  private readonly linter = new Linter({ configType: 'flat', cwd: fixturesDir });
  private readonly config: Linter.Config[];
  readonly rules: string[];

  constructor(typed = true) {
    this.rules = oracleRules();
    this.config = [
      {
        files: ['**/*.ts'],
        plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
        languageOptions: {
          parser: tsParser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: fixturesDir } : {},
        },
        rules: Object.fromEntries(this.rules.map((name) => [`s3-regional/${name}`, 'error'])),
        settings: ORACLE_SETTINGS,
      },
    ];
  }

  private verify(source: string, what: string): { message: LintMessage; line: number }[] {
    return this.linter.verify(source, this.config, { filename }).map((m) => {
      if (m.ruleId === null || m.fatal === true) throw new Error(`Linting ${what} failed: ${m.message}\n${source}`);
      const rule = m.ruleId.replace(/^s3-regional\//, '');
      return { message: { rule, messageId: m.messageId, message: m.message, line: m.line }, line: m.line };
    });
  }

  /** The plugin's reports on each row's code, by row id; a parse error or crash throws. */
  lintRows(rows: readonly Row[]): Map<string, LintMessage[]> {
    const result = new Map<string, LintMessage[]>(rows.map((row) => [row.id, []]));
    if (process.env.ORACLE_LINT_EACH === '1') {
      for (const row of rows) result.set(row.id, this.verify(sourceOf(row), row.id).map((m) => m.message));
      return result;
    }
    // A write to SDK v2's global config, or an import of the CRT signer, concerns the whole file:
    // such rows are linted on their own.
    const alone = rows.filter((row) => (row.sdk === 'v2' && row.globalConfig !== undefined) || (row.sdk === 'v3' && row.crt));
    for (const row of alone) result.set(row.id, this.verify(sourceOf(row), row.id).map((m) => m.message));
    const batch = batchOf(rows.filter((row) => !alone.includes(row)));
    for (const { message, line } of this.verify(batch.source, 'the oracle rows')) {
      const block = batch.blocks.find((b) => line >= b.firstLine && line <= b.lastLine);
      if (!block) throw new Error(`A report outside every row, line ${line}: ${message.message}\n${batch.source}`);
      for (const id of block.rowIds) result.get(id)?.push({ ...message, line: line + block.lineOffset });
    }
    return result;
  }
}
