#!/usr/bin/env node
// @ts-check
// The main job: lint the bundled example project with type information, print what the plugin
// finds, then run `--fix` on a copy and show what the fixes change.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// Under CI=true typescript-eslint assumes a single run and keeps its first view of the files; the
// demo lints the fixed copy again in this process, so it asks for the files as they are on disk.
process.env.TSESTREE_SINGLE_RUN = 'false';
const examples = path.join(root, 'examples');
const copy = path.join(root, '.demo', 'examples');

/**
 * @param {string} cwd
 * @param {boolean} fix
 */
async function lint(cwd, fix) {
  const eslint = new ESLint({ cwd, fix, overrideConfigFile: path.join(cwd, 'eslint.config.js') });
  const results = await eslint.lintFiles(['src']);
  return { eslint, results };
}

const started = Date.now();
const { eslint, results } = await lint(examples, false);
const formatter = await eslint.loadFormatter('stylish');
const byRule = new Map();
for (const result of results) {
  for (const message of result.messages) byRule.set(message.ruleId ?? '(fatal)', (byRule.get(message.ruleId ?? '(fatal)') ?? 0) + 1);
}
console.log(`# Findings in examples/ (${results.length} files, ${Date.now() - started} ms)`);
console.log(await formatter.format(results));
console.log('# By rule');
for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);

fs.rmSync(path.dirname(copy), { recursive: true, force: true });
fs.mkdirSync(path.dirname(copy), { recursive: true });
fs.cpSync(examples, copy, { recursive: true });
const fixed = await lint(copy, true);
await ESLint.outputFixes(fixed.results);
console.log('\n# What `eslint --fix` changes (autofixes only; suggestions stay in the editor)');
try {
  execFileSync('git', ['diff', '--no-index', '--no-color', '--', path.join(examples, 'src'), path.join(copy, 'src')], {
    stdio: 'inherit',
  });
  console.log('(no changes)');
} catch {
  // git diff --no-index exits 1 when the trees differ: the diff is already printed.
}
// Lint the fixed copy afresh: a file's findings can depend on another file's fixes (a client
// fixed in one module, presigned in another), which a single --fix run sees in whatever order it
// lints the files.
const after = await lint(copy, false);
const remaining = after.results.reduce((sum, result) => sum + result.messages.length, 0);
console.log(`\n# After --fix: ${remaining} findings remain (they need a decision: a region, a factory, an endpoint)`);
if (results.some((result) => result.messages.some((message) => message.fatal))) process.exitCode = 1;
