/**
 * `scripts/create-rule.mjs` (`npm run create-rule`), run with `--root` on a temporary copy of the
 * files it reads and writes, so that nothing is generated in the repository: the files are in
 * place, the rule is registered in order, and what it writes compiles and lints with the
 * repository's settings, fails its tests until the placeholders are replaced, and passes once they
 * are.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(repo, 'scripts', 'create-rule.mjs');
const bin = {
  tsc: path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
  eslint: path.join(repo, 'node_modules', 'eslint', 'bin', 'eslint.js'),
  vitest: path.join(repo, 'node_modules', 'vitest', 'vitest.mjs'),
};
/** What the script reads and writes, and what the generated files import, compile and lint with. */
const COPIED = [
  'src',
  'docs/rules',
  'tests/code.ts',
  'tests/rule-tester.ts',
  'tests/fixtures',
  'CHANGELOG.md',
  'package.json',
  'tsconfig.json',
  'eslint.config.js',
];

const typed = {
  name: 'no-sample-thing',
  rule: 'src/rules/no-sample-thing.ts',
  test: 'tests/rules/no-sample-thing.test.ts',
  doc: 'docs/rules/no-sample-thing.md',
};
const syntax = {
  name: 'sample-syntax-rule',
  rule: 'src/rules/sample-syntax-rule.ts',
  test: 'tests/rules/sample-syntax-rule.test.ts',
  doc: 'docs/rules/sample-syntax-rule.md',
};

let root = '';
const at = (file: string): string => path.join(root, file);
const read = (file: string): string => fs.readFileSync(at(file), 'utf8');

/** Runs node with `args` in the copy; the environment without this test run's own vitest variables. */
function run(args: readonly string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS'));
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...clean, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const createRule = (...args: string[]) => run([script, ...args, '--root', root]);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'create-rule-'));
  for (const entry of COPIED) fs.cpSync(path.join(repo, entry), at(entry), { recursive: true });
  fs.symlinkSync(path.join(repo, 'node_modules'), at('node_modules'), 'dir');
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('create-rule', () => {
  it('writes the rule, its test and its doc, registers it in order and adds a CHANGELOG line', () => {
    const first = createRule(typed.name, '--typed', '--description', 'Disallow sample things');
    expect(first.output).toContain('npm run docs');
    expect(first.output).toContain('src/sdk/declarations.ts');
    expect(first.status).toBe(0);
    expect(createRule(syntax.name).status).toBe(0);

    for (const file of [typed.rule, typed.test, typed.doc, syntax.rule, syntax.test, syntax.doc]) {
      expect(fs.existsSync(at(file)), file).toBe(true);
    }
    const index = read('src/rules/index.ts');
    const imports = [...index.matchAll(/^import \w+ from '\.\/([a-z0-9-]+)\.js';$/gm)].map((m) => m[1]);
    const entries = [...index.matchAll(/^ {2}'([a-z0-9-]+)': \w+,$/gm)].map((m) => m[1]);
    expect(entries).toContain(typed.name);
    expect(entries).toContain(syntax.name);
    expect(entries).toEqual([...entries].sort());
    expect(imports).toEqual(entries);
    expect(index).toContain(`'${typed.name}': noSampleThing,`);

    const rule = read(typed.rule);
    expect(rule).toContain('tieredRuleVisitor(context');
    expect(rule).toContain('typed: (types, guard) =>');
    expect(rule).toContain("description: 'Disallow sample things'");
    expect(read(syntax.rule)).not.toContain('tieredRuleVisitor');
    expect(read(syntax.rule)).toContain('requiresTypeChecking: false');
    expect(read(typed.test)).toContain('typedRuleTester()');
    expect(read(syntax.test)).toContain('untypedRuleTester()');
    expect(read(typed.test)).toMatch(/line: TODO, column: TODO, endLine: TODO, endColumn: TODO/);

    const doc = read(typed.doc);
    for (const heading of ['## Why', '## Examples', '## How to fix by hand']) expect(doc).toContain(`\n${heading}\n`);
    expect(doc).toContain('```ts incorrect\n');
    expect(doc).toContain('```ts correct\n');
    expect(doc).toContain('<!-- end auto-generated rule header -->');

    const unreleased = read('CHANGELOG.md').split(/^## \[Unreleased\]$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(unreleased).toContain(`- \`${typed.name}\` (type-aware): Disallow sample things.`);
    expect(unreleased).toContain(`- \`${syntax.name}\` (no type information needed): `);
  });

  it.each([
    ['a name that is not kebab-case', ['NoSample']],
    ['a name with an underscore', ['no_sample']],
    ['an existing rule', ['no-global-endpoint']],
    ['a rule it created before', [typed.name, '--typed']],
    ['a description with a final period', ['other-rule', '--description', 'Disallow things.']],
    ['a description without a capital', ['other-rule', '--description', 'disallow things']],
    ['no name', []],
  ])('refuses %s and writes nothing', (_, args) => {
    const before = { index: read('src/rules/index.ts'), changelog: read('CHANGELOG.md') };
    const result = createRule(...args);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/^create-rule: /);
    expect(read('src/rules/index.ts')).toBe(before.index);
    expect(read('CHANGELOG.md')).toBe(before.changelog);
    expect(fs.existsSync(at('src/rules/other-rule.ts'))).toBe(false);
  });

  it('writes files that compile with the repository settings', () => {
    fs.writeFileSync(
      at('tsconfig.generated.json'),
      JSON.stringify({ extends: './tsconfig.json', include: [typed.rule, typed.test, syntax.rule, syntax.test, 'src/rules/index.ts'] }),
    );
    const result = run([bin.tsc, '-p', 'tsconfig.generated.json']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes files that pass the repository lint (type-checked and eslint-plugin-eslint-plugin rules)', () => {
    const result = run([bin.eslint, '--max-warnings', '0', typed.rule, typed.test, syntax.rule, syntax.test, 'src/rules/index.ts']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes tests that fail until they are filled in, and pass once they are', async () => {
    // The syntax-only rule, filled in as a developer would: its judgement, its cases, their positions.
    fs.writeFileSync(
      at(syntax.rule),
      read(syntax.rule).replace(/ {2}throw new Error\(.*\);/, "  return node.callee.type === 'Identifier' && node.callee.name === 'sample';"),
    );
    fs.writeFileSync(
      at(syntax.test),
      read(syntax.test)
        .replace(/^const TODO = 0;$/m, '')
        .replace('TODO: valid code', 'other();')
        .replace('TODO: invalid code', 'sample();')
        .replace('line: TODO, column: TODO, endLine: TODO, endColumn: TODO', 'line: 1, column: 1, endLine: 1, endColumn: 9'),
    );
    const report = at('vitest.json');
    run([bin.vitest, 'run', '--root', root, '--reporter=json', `--outputFile=${report}`, 'tests/rules/'], { S3_REGIONAL_DEBUG: '1' });
    const results = JSON.parse(await fs.promises.readFile(report, 'utf8')) as {
      testResults: { name: string; assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
    };
    const statuses = (file: string) =>
      results.testResults.find((result) => result.name === at(file))?.assertionResults.map((a) => [a.title, a.status]);
    // As generated: every case fails, because the TODO placeholders do not parse.
    const failures = results.testResults.find((result) => result.name === at(typed.test))?.assertionResults ?? [];
    for (const failure of failures) expect(failure.failureMessages.join('\n')).toMatch(/fatal parsing error/i);
    expect(statuses(typed.test)).toEqual([
      ['TODO: valid code', 'failed'],
      ['TODO: invalid code', 'failed'],
    ]);
    expect(statuses(syntax.test)).toEqual([
      ['other();', 'passed'],
      ['sample();', 'passed'],
    ]);
  }, 180_000);
});
