/**
 * The flat configs, derived from each rule's `meta.docs`, named as typescript-eslint names its own:
 *
 * - `recommended`, `strict`, `all`: every rule runs with or without type information. Without
 *   it (plain JavaScript, ESLint's default parser, untyped typescript-eslint, oxlint) the rules
 *   judge what the syntax of the file shows; with it (`parserOptions.projectService`) they also
 *   follow values through other modules and types.
 * - `recommended-type-checked`, `strict-type-checked`: the same rules, and type information is
 *   required: a file that needs the checker and has none stops the run with one clear message,
 *   instead of being judged by its syntax alone.
 *
 * `recommended` has the rules marked recommended, `strict` adds those marked strict (with their
 * `strictOptions`), `all` has every rule.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { PLUGIN_ID } from '../meta.js';
import type { S3RegionalRuleDocs } from '../rules/utils/create-rule.js';
import { SETTINGS_KEY } from '../settings.js';

interface RuleWithDocs {
  meta: { docs?: S3RegionalRuleDocs };
}

type RuleSet = 'recommended' | 'strict' | 'all';

export const CONFIG_NAMES = ['recommended', 'recommended-type-checked', 'strict', 'strict-type-checked', 'all'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

const CONFIGS: Record<ConfigName, { rules: RuleSet; typeChecked: boolean }> = {
  recommended: { rules: 'recommended', typeChecked: false },
  'recommended-type-checked': { rules: 'recommended', typeChecked: true },
  strict: { rules: 'strict', typeChecked: false },
  'strict-type-checked': { rules: 'strict', typeChecked: true },
  all: { rules: 'all', typeChecked: false },
};

const membership: Record<RuleSet, (docs: S3RegionalRuleDocs) => boolean> = {
  recommended: (docs) => docs.recommended === true,
  strict: (docs) => docs.recommended === true || docs.strict === true,
  all: () => true,
};

export function createConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Record<string, RuleWithDocs>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const build = (name: ConfigName): TSESLint.FlatConfig.Config => {
    const { rules: set, typeChecked } = CONFIGS[name];
    return {
      name: `${PLUGIN_ID}/${name}`,
      plugins: { [PLUGIN_ID]: plugin },
      rules: Object.fromEntries(
        Object.entries(rules)
          .filter(([, rule]) => membership[set](rule.meta.docs ?? {}))
          .map(([ruleName, rule]): [string, TSESLint.SharedConfig.RuleEntry] => {
            const strictOptions = rule.meta.docs?.strictOptions;
            const entry: TSESLint.SharedConfig.RuleEntry = set === 'strict' && strictOptions ? ['error', strictOptions] : 'error';
            return [`${PLUGIN_ID}/${ruleName}`, entry];
          }),
      ),
      ...(typeChecked ? { settings: { [SETTINGS_KEY]: { typeInformation: 'required' } } } : {}),
    };
  };
  return Object.fromEntries(CONFIG_NAMES.map((name) => [name, build(name)])) as Record<ConfigName, TSESLint.FlatConfig.Config>;
}
