import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { createConfigs, type ConfigName } from './configs/index.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export interface S3RegionalPlugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
}

const plugin: S3RegionalPlugin = {
  meta: { name, version },
  rules,
  configs: {} as Record<ConfigName, TSESLint.FlatConfig.Config>,
};
Object.assign(plugin.configs, createConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, plugin.rules));

export default plugin;
export { rules };
export const configs = plugin.configs;
export const meta = plugin.meta;
// `require('eslint-plugin-s3-regional')` (Node >= 20.19 loads ES modules) returns the plugin itself.
export { plugin as 'module.exports' };
