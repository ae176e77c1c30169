import * as path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import plugin from '../src/index.js';
import { fixturesDir } from './rule-tester.js';

let cached: Map<string, ESLint> | undefined;

/** An ESLint instance with the plugin and typed linting over the fixtures project. */
export function typedESLint(rules: Linter.RulesRecord, settings: Record<string, unknown> = {}, fix = false): ESLint {
  const key = JSON.stringify([rules, settings, fix]);
  cached ??= new Map();
  let eslint = cached.get(key);
  if (!eslint) {
    eslint = new ESLint({
      cwd: fixturesDir,
      fix,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts', '**/*.tsx'],
          languageOptions: {
            parser: tsParser,
            parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
          },
          plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
          rules,
          settings,
        },
      ],
    });
    cached.set(key, eslint);
  }
  return eslint;
}

/** Lints code as the fixtures project's `file.ts` (or another file it includes). */
export async function lintTyped(
  code: string,
  rules: Linter.RulesRecord,
  options: { settings?: Record<string, unknown>; filename?: string; fix?: boolean } = {},
): Promise<ESLint.LintResult> {
  const eslint = typedESLint(rules, options.settings, options.fix);
  const [result] = await eslint.lintText(code, { filePath: path.join(fixturesDir, options.filename ?? 'file.ts') });
  if (!result) throw new Error('ESLint returned no result');
  return result;
}

/** Lints code as `file.ts` with the plugin and typescript-eslint's parser, without type information. */
export async function lintUntyped(
  code: string,
  rules: Linter.RulesRecord,
  options: { settings?: Record<string, unknown>; filename?: string } = {},
): Promise<ESLint.LintResult> {
  const eslint = new ESLint({
    cwd: fixturesDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser },
        plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
        rules,
        settings: options.settings ?? {},
      },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(fixturesDir, options.filename ?? 'file.ts') });
  if (!result) throw new Error('ESLint returned no result');
  return result;
}
