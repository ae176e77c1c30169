/**
 * The flat configs, derived from each rule's `meta.docs`: `recommended` has the rules marked
 * recommended, `strict` adds those marked strict, `all` has every rule.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { PLUGIN_ID } from '../meta.js';
import type { S3RegionalRuleDocs } from '../rules/utils/create-rule.js';

interface RuleWithDocs {
  meta: { docs?: S3RegionalRuleDocs };
}

export type ConfigName = 'recommended' | 'strict' | 'all';

const membership: Record<ConfigName, (docs: S3RegionalRuleDocs) => boolean> = {
  recommended: (docs) => docs.recommended === true,
  strict: (docs) => docs.recommended === true || docs.strict === true,
  all: () => true,
};

export function createConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Record<string, RuleWithDocs>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const build = (name: ConfigName): TSESLint.FlatConfig.Config => ({
    name: `${PLUGIN_ID}/${name}`,
    plugins: { [PLUGIN_ID]: plugin },
    rules: Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => membership[name](rule.meta.docs ?? {}))
        .map(([ruleName, rule]): [string, TSESLint.SharedConfig.RuleEntry] => {
          const strictOptions = rule.meta.docs?.strictOptions;
          const entry: TSESLint.SharedConfig.RuleEntry =
            name === 'strict' && strictOptions ? ['error', strictOptions] : 'error';
          return [`${PLUGIN_ID}/${ruleName}`, entry];
        }),
    ),
  });
  return { recommended: build('recommended'), strict: build('strict'), all: build('all') };
}
