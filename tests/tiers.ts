/**
 * The precision contract between a rule's two tiers, as a test: the syntax tier (no type
 * information) reports nothing that the typed tier would refute. Each case runs
 *
 * - untyped: typescript-eslint's parser without `projectService`, and for `.cjs` / `.mjs` cases
 *   also ESLint's default parser (espree); what each reports is asserted exactly: message id,
 *   full position, the one-pass autofix output, every suggestion with the code it produces;
 * - typed: the fixtures project (`file.ts`, `file.cjs`, `file.mjs`: its tsconfig includes them,
 *   with `allowJs`); every untyped finding must be among the typed ones with the same message id,
 *   position, message, fix output and suggestion outputs. The typed tier may add findings.
 *
 * Where a fix or suggestion legitimately differs between the tiers it is listed in
 * `TIER_EXCEPTIONS` below, with the reason; nothing else is forgiven.
 */
import tsParser from '@typescript-eslint/parser';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './rule-tester.js';
import { applyFixes } from './snapshot-rule-tester.js';

/** The files of the fixtures project a case is linted as. */
export type TierFilename = 'file.ts' | 'file.cjs' | 'file.mjs';

export interface TierSuggestion {
  messageId: string;
  /** The code with this suggestion applied. */
  output: string;
}

export interface TierError {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Every suggestion, in order; `[]` when there is none. */
  suggestions: TierSuggestion[];
}

export interface TierCase<Options extends readonly unknown[] = readonly unknown[]> {
  /** The test's title: the form and what is checked. */
  name: string;
  code: string;
  /** `file.ts` unless given; `.cjs` and `.mjs` cases also run with espree. */
  filename?: TierFilename;
  options?: Options;
  settings?: Record<string, unknown>;
}

export interface InvalidTierCase<Options extends readonly unknown[] = readonly unknown[]> extends TierCase<Options> {
  errors: TierError[];
  /** The code after one pass of every autofix; null when there is none. */
  output: string | null;
}

// Any rule: the message ids and options vary by rule.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = RuleModule<string, readonly any[]>;

/** One report, as both tiers are compared. */
interface Report {
  messageId: string | undefined;
  message: string;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  /** The code with this report's own fix applied; null without a fix. */
  fix: string | null;
  suggestions: { messageId: string | undefined; output: string }[];
}

/**
 * What the typed tier may do differently for the same finding, per rule: each entry turns the
 * typed report into what the syntax tier is expected to show, or says why it cannot.
 */
interface TierException {
  /** What differs and why it is legitimate. */
  why: string;
  /** The typed report as the syntax tier would show it, when the exception applies; else the report as it is. */
  reconcile: (typed: Report, untyped: Report) => Report;
}

export const TIER_EXCEPTIONS: Readonly<Record<string, readonly TierException[]>> = {
  'no-unpinned-client': [
    {
      why:
        'The rewrite to the configured factory (`useFactory` suggestion) is offered with types only: whether the ' +
        "construction's arguments fit the factory's parameters is a question for the checker. The typed tier may " +
        'append it after the suggestions both tiers offer.',
      reconcile: (typed, untyped) => {
        const last = typed.suggestions.at(-1);
        const offeredUntyped = untyped.suggestions.some((s) => s.messageId === 'useFactory');
        return last?.messageId === 'useFactory' && !offeredUntyped ? { ...typed, suggestions: typed.suggestions.slice(0, -1) } : typed;
      },
    },
  ],
  'prefer-client-factory': [
    {
      why:
        'Without types the rewrite to the factory cannot be shown to type-check, so the syntax tier offers it as the ' +
        '`useFactorySuggestion` suggestion, and only for a config the file shows pinned; the typed tier makes the same ' +
        'edit an autofix when the checker accepts the arguments, keeps the suggestion when it cannot check (the ' +
        "factory outside the program), and withholds it when the arguments do not fit the factory's parameters. The " +
        'report itself is the same in both tiers.',
      reconcile: (typed, untyped) => {
        const [suggestion, ...rest] = untyped.suggestions;
        if (untyped.fix !== null || rest.length > 0 || suggestion?.messageId !== 'useFactorySuggestion') return typed;
        // Promoted to an autofix with the same edit.
        if (typed.fix === suggestion.output && typed.suggestions.length === 0) return { ...typed, fix: null, suggestions: [suggestion] };
        // Withheld: the checker shows the arguments do not fit the factory.
        if (typed.fix === null && typed.suggestions.length === 0) return { ...typed, suggestions: [suggestion] };
        return typed;
      },
    },
  ],
};

const linter = new Linter({ cwd: fixturesDir });

type Tier = 'typescript-eslint parser, no types' | 'espree' | 'typed';

function lint(tier: Tier, ruleName: string, rule: AnyRule, item: TierCase, code: string): Linter.LintMessage[] {
  const filename = item.filename ?? 'file.ts';
  const languageOptions: Linter.LanguageOptions =
    tier === 'espree'
      ? {}
      : {
          parser: tsParser,
          parserOptions:
            tier === 'typed'
              ? { projectService: true, tsconfigRootDir: fixturesDir, disallowAutomaticSingleRunInference: true }
              : {},
        };
  const config: Linter.Config = {
    files: ['**/*.ts', '**/*.cjs', '**/*.mjs'],
    languageOptions,
    plugins: { 's3-regional': { rules: { [ruleName]: rule as unknown as Rule.RuleModule } } },
    rules: { [`s3-regional/${ruleName}`]: ['error', ...(item.options ?? [])] },
    settings: tier === 'typed' ? requiringTypes(item.settings) : (item.settings ?? {}),
  };
  const messages = linter.verify(code, [config], filename);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${tier}: a fatal parsing error occurred: ${fatal.message}\n${code}`);
  return messages;
}

/** The case's settings, with type information required: a typed run that silently fell back to the syntax tier would prove nothing. */
function requiringTypes(settings: Record<string, unknown> = {}): Record<string, unknown> {
  const own = (settings['s3-regional'] ?? {}) as Record<string, unknown>;
  return { ...settings, 's3-regional': { ...own, typeInformation: 'required' } };
}


function toReport(code: string, message: Linter.LintMessage): Report {
  return {
    messageId: message.messageId,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    fix: message.fix ? applyFixes(code, [message.fix]) : null,
    suggestions: (message.suggestions ?? []).map((s) => ({ messageId: s.messageId, output: applyFixes(code, [s.fix]) })),
  };
}

function samePlace(a: Report, b: Report): boolean {
  return (
    a.messageId === b.messageId && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn
  );
}

/** The untyped tiers a case runs in. */
function untypedTiers(item: TierCase): Tier[] {
  return (item.filename ?? 'file.ts') === 'file.ts' ? ['typescript-eslint parser, no types'] : ['typescript-eslint parser, no types', 'espree'];
}

function check(ruleName: string, rule: AnyRule, item: TierCase, expected: { errors: TierError[]; output: string | null }): void {
  const typed = lint('typed', ruleName, rule, item, item.code).map((message) => toReport(item.code, message));
  for (const tier of untypedTiers(item)) {
    const messages = lint(tier, ruleName, rule, item, item.code);
    const untyped = messages.map((message) => toReport(item.code, message));

    // 1. The untyped result, exactly.
    expect(
      untyped.map(({ messageId, line, column, endLine, endColumn, suggestions }) => ({ messageId, line, column, endLine, endColumn, suggestions })),
      `${tier}: reports`,
    ).toEqual(expected.errors);
    const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
    expect(fixes.length > 0 ? applyFixes(item.code, fixes) : null, `${tier}: autofix output`).toBe(expected.output);
    for (const report of untyped) {
      for (const output of [report.fix, ...report.suggestions.map((s) => s.output)]) {
        if (output !== null) lint(tier, ruleName, rule, item, output);
      }
    }

    // 2. Every untyped finding among the typed ones: same message id, position, message, fix and suggestions.
    for (const report of untyped) {
      const match = typed.find((candidate) => samePlace(candidate, report));
      const typedReports = typed.map((r) => `${r.messageId ?? ''} ${r.line}:${r.column}-${r.endLine ?? ''}:${r.endColumn ?? ''}`).join(', ');
      expect(
        match,
        `${tier}: the typed tier does not report ${report.messageId ?? ''} at ${report.line}:${report.column} (it reports: ${typedReports || 'nothing'})`,
      ).toBeDefined();
      if (!match) continue;
      const reconciled = (TIER_EXCEPTIONS[ruleName] ?? []).reduce((current, exception) => exception.reconcile(current, report), match);
      expect(reconciled, `${tier}: the typed tier's ${report.messageId ?? ''} at ${report.line}:${report.column}`).toEqual(report);
    }
  }
}

/**
 * Runs every case in both tiers: `valid` cases must be silent without types (the typed tier may
 * report them: it follows what the file alone does not show), `invalid` cases must report exactly
 * `errors` without types, and each of those findings the same way with types.
 */
export function tieredRuleTester<Options extends readonly unknown[]>(
  ruleName: string,
  rule: RuleModule<string, Options>,
  cases: { valid: readonly TierCase<Options>[]; invalid: readonly InvalidTierCase<Options>[] },
): void {
  const names = new Set<string>();
  for (const item of [...cases.valid, ...cases.invalid]) {
    if (names.has(item.name)) throw new Error(`${ruleName}: two cases are named ${item.name}`);
    names.add(item.name);
  }
  const anyRule = rule as unknown as AnyRule;
  describe(`${ruleName}: syntax tier ⊆ typed tier`, () => {
    describe('valid without types', () => {
      for (const item of cases.valid) it(item.name, () => check(ruleName, anyRule, item, { errors: [], output: null }));
    });
    describe('invalid', () => {
      for (const item of cases.invalid) it(item.name, () => check(ruleName, anyRule, item, item));
    });
  });
}
