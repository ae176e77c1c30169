/**
 * A rule tester for cases whose fixes are too long to read inline: each case is linted as
 * RuleTester lints it (the fixtures project, typed), and what the rule does to it is written out
 * as text for review, like eslint-plugin-unicorn's snapshot tests: the code with line numbers,
 * every report with its position, message and suggestions (each with the code it produces), and
 * the output of every autofix pass. Snapshots live in `tests/rules/__snapshots__/<rule>/`;
 * update them with `npx vitest run tests/rules -u` and review the diff.
 */
import * as path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './rule-tester.js';

export interface SnapshotCase<Options extends readonly unknown[] = readonly unknown[]> {
  /** The test's title, and the snapshot file's name. */
  name: string;
  code: string;
  /** Relative to the fixtures directory, as in RuleTester; `file.ts` unless given. */
  filename?: string;
  options?: Options;
  settings?: Record<string, unknown>;
}

type Message = Linter.LintMessage;
// Any rule: RuleTester's own signature, whose message ids and options vary by rule.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = RuleModule<string, readonly any[]>;

const plugin = 'rule-under-test';
const linters = new Map<string, Linter>();

function lint(ruleName: string, rule: AnyRule, item: SnapshotCase, code: string): Message[] {
  let linter = linters.get(fixturesDir);
  if (!linter) {
    linter = new Linter({ cwd: fixturesDir });
    linters.set(fixturesDir, linter);
  }
  const config: Linter.Config = {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      parser: tsParser,
      // As RuleTester sets them up for a typed tester.
      parserOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        projectService: true,
        tsconfigRootDir: fixturesDir,
        disallowAutomaticSingleRunInference: true,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 1 },
    plugins: { [plugin]: { rules: { [ruleName]: rule as unknown as Rule.RuleModule } } },
    rules: { [`${plugin}/${ruleName}`]: ['error', ...(item.options ?? [])] },
    settings: item.settings ?? {},
  };
  return linter.verify(code, [config], item.filename ?? 'file.ts');
}

/** Applies the fixes that do not overlap, in order, as ESLint does in one pass. */
export function applyFixes(code: string, fixes: readonly { range: readonly [number, number]; text: string }[]): string {
  let output = '';
  let last = Number.NEGATIVE_INFINITY;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])) {
    const [start, end] = fix.range;
    if (last >= start || start > end) continue;
    output += code.slice(Math.max(0, last), Math.max(0, start)) + fix.text;
    last = end;
  }
  return output + code.slice(Math.max(0, last));
}

function numbered(code: string): string[] {
  const lines = code.split('\n');
  const width = String(lines.length).length;
  return lines.map((line, index) => `${String(index + 1).padStart(width)} |${line === '' ? '' : ` ${line}`}`);
}

/** The reported lines, each with `^` under the reported span. */
function frame(code: string, message: Message): string[] {
  const lines = code.split('\n');
  const endLine = message.endLine ?? message.line;
  const endColumn = message.endColumn ?? message.column + 1;
  const width = String(endLine).length;
  const out: string[] = [];
  for (let line = message.line; line <= endLine; line++) {
    const text = lines[line - 1] ?? '';
    const from = line === message.line ? message.column : 1;
    const to = line === endLine ? endColumn : text.length + 1;
    out.push(`${String(line).padStart(width)} |${text === '' ? '' : ` ${text}`}`);
    out.push(`${' '.repeat(width)} | ${' '.repeat(from - 1)}${'^'.repeat(Math.max(1, to - from))}`);
  }
  return out;
}

function indent(lines: readonly string[], by = '    '): string[] {
  return lines.map((line) => `${by}${line}`);
}

function assertParses(ruleName: string, rule: AnyRule, item: SnapshotCase, code: string, what: string): void {
  const fatal = lint(ruleName, rule, item, code).find((message) => message.fatal);
  if (fatal) throw new Error(`A fatal parsing error occurred in ${what}: ${fatal.message}\n${code}`);
}

/** What the rule reports and fixes in one case, as text to review. */
export function formatCase<Options extends readonly unknown[]>(
  ruleName: string,
  rule: RuleModule<string, Options>,
  item: SnapshotCase<Options>,
): string {
  const messages = lint(ruleName, rule, item, item.code);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`A fatal parsing error occurred: ${fatal.message}`);
  if (messages.length === 0) throw new Error('A snapshot case must be reported: this one is not');

  const out: string[] = [`Code (${item.filename ?? 'file.ts'}):`, ...indent(numbered(item.code))];
  if (item.options) out.push('', `Options: ${JSON.stringify(item.options)}`);
  if (item.settings) out.push('', `Settings: ${JSON.stringify(item.settings)}`);

  messages.forEach((message, index) => {
    const source = message.ruleId === `${plugin}/${ruleName}` ? '' : ` (${message.ruleId ?? 'no rule'})`;
    const end = `${message.endLine ?? '?'}:${message.endColumn ?? '?'}`;
    out.push('', `Error ${index + 1}/${messages.length}${source}: ${message.messageId ?? '(no messageId)'} at ${message.line}:${message.column} to ${end}`);
    out.push(`  ${message.message}`, '', ...indent(frame(item.code, message)));
    const suggestions = message.suggestions ?? [];
    suggestions.forEach((suggestion, number) => {
      const output = applyFixes(item.code, [suggestion.fix]);
      assertParses(ruleName, rule, item, output, `suggestion ${number + 1} of error ${index + 1}`);
      out.push('', `  Suggestion ${number + 1}/${suggestions.length}: ${suggestion.messageId ?? '(no messageId)'}`);
      out.push(`    ${suggestion.desc}`, '', ...indent(numbered(output), '      '));
    });
  });

  // Autofix passes, as RuleTester runs them: fix, lint the result again, until nothing changes.
  const outputs: string[] = [];
  let code = item.code;
  let fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
  while (fixes.length > 0 && outputs.length < 10) {
    const output = applyFixes(code, fixes);
    if (output === code) break;
    outputs.push(output);
    code = output;
    const next = lint(ruleName, rule, item, code);
    const fatalInFix = next.find((message) => message.fatal);
    if (fatalInFix) throw new Error(`A fatal parsing error occurred in autofix: ${fatalInFix.message}\n${code}`);
    fixes = next.flatMap((message) => (message.fix ? [message.fix] : []));
  }
  if (outputs.length === 0) out.push('', 'Output: no autofix');
  outputs.forEach((output, index) => {
    out.push('', `Output (autofix pass ${index + 1}/${outputs.length}):`, ...indent(numbered(output)));
  });
  return `${out.join('\n')}\n`;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Runs each case and compares what the rule does to it with the snapshot file
 * `tests/rules/__snapshots__/<rule>/<name>.txt` (written on the first run and with `-u`).
 */
export function snapshotRuleTester<Options extends readonly unknown[]>(
  ruleName: string,
  rule: RuleModule<string, Options>,
  cases: readonly SnapshotCase<Options>[],
): void {
  const names = new Set<string>();
  for (const item of cases) {
    const name = slug(item.name);
    if (names.has(name)) throw new Error(`Two snapshot cases are named ${name}`);
    names.add(name);
  }
  describe(`${ruleName} (snapshots)`, () => {
    for (const item of cases) {
      it(item.name, async () => {
        const file = path.join(import.meta.dirname, 'rules', '__snapshots__', ruleName, `${slug(item.name)}.txt`);
        await expect(formatCase(ruleName, rule, item)).toMatchFileSnapshot(file);
      });
    }
  });
}
