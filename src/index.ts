/**
 * The plugin object: `meta` (from package.json), `rules`, and the flat `configs` derived from the
 * rules' metadata. Importable as ESM and, on Node >= 20.19, with `require()`.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { ESLint, Linter } from 'eslint';
import { createConfigs, type ConfigName } from './configs/index.js';
import { PACKAGE_NAME, VERSION } from './meta.js';
import { rules } from './rules/index.js';

type ESLintRule = NonNullable<ESLint.Plugin['rules']>[string];

/**
 * The rules, typed both for typescript-eslint (meta.docs, RuleTester) and for ESLint, so that a
 * TypeScript `eslint.config.ts` accepts `plugins: { 's3-regional': plugin }` and the configs in
 * `defineConfig()`: typescript-eslint's rule types alone are not assignable to ESLint's.
 */
export type S3RegionalRules = { [K in keyof typeof rules]: (typeof rules)[K] & ESLintRule };

export interface S3RegionalPlugin {
  meta: { name: string; version: string };
  rules: S3RegionalRules;
  configs: Record<ConfigName, Linter.Config>;
}

const plugin: S3RegionalPlugin = {
  meta: { name: PACKAGE_NAME, version: VERSION },
  rules: rules as S3RegionalRules,
  configs: {} as Record<ConfigName, Linter.Config>,
};
Object.assign(plugin.configs, createConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, plugin.rules));

export default plugin;
export { rules };
export const configs: S3RegionalPlugin['configs'] = plugin.configs;
export const meta: S3RegionalPlugin['meta'] = plugin.meta;
// `require('eslint-plugin-s3-regional')` (Node >= 20.19 loads ES modules) returns the plugin itself.
export { plugin as 'module.exports' };
