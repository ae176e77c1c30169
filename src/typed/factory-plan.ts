/**
 * How a construction moves to the configured client factory: which factory (v3 or v2, from the
 * settings), how this file imports it, the rewrite, and whether the construction's arguments fit
 * the factory's parameters (so that the rewrite still type-checks).
 */
import * as path from 'node:path';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { factoryRewriteFix } from '../fix/factory-rewrite.js';
import { V3_FACTORY_CLASS } from '../sdk/index.js';
import { getSettings, type FactorySetting } from '../settings.js';
import type { ClientConstruction } from './clients.js';
import { factoryAccepts, factoryImportPath } from './factory.js';

export interface FactoryPlan {
  /** The factory that matches the client's SDK, or the other one to name in messages. */
  setting: FactorySetting;
  /** Is `setting` the factory for this client's SDK? */
  matches: boolean;
  /** The module specifier as this file writes it. */
  importPath: string;
  /** The rewrite, when the factory can take over this construction. */
  fix: TSESLint.ReportFixFunction | undefined;
  /** Do the arguments fit the factory? undefined when the factory is not in the program. */
  typeChecks: boolean | undefined;
}

/**
 * How a construction would move to the configured factory: the factory for the client's SDK (or,
 * for messages only, the other one), and the rewrite when the factory can take over (the v3
 * factory returns an S3Client, not the aggregated S3 class; spread arguments cannot be checked).
 */
export function planFactoryRewrite(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  services: ParserServicesWithTypeInformation,
  node: TSESTree.NewExpression,
  construction: ClientConstruction,
): FactoryPlan | undefined {
  const { factory, v2Factory } = getSettings(context.settings);
  const { sdk, name } = construction.clientClass;
  const matching = sdk === 'v3' ? factory : v2Factory;
  const setting = matching ?? factory ?? v2Factory;
  if (!setting) return undefined;
  // RuleTester and some integrations pass a relative file name; the config's directory is the cwd.
  const filename = path.resolve(context.cwd, context.filename);
  const importPath = factoryImportPath(setting, filename, context.cwd);
  const rewritable =
    matching !== undefined && (sdk === 'v2' || name === V3_FACTORY_CLASS) && !construction.spreadArguments;
  const fix = rewritable
    ? factoryRewriteFix(context.sourceCode, filename, node, { name: setting.name, importPath })
    : undefined;
  const typeChecks = fix
    ? factoryAccepts(setting, services.program, filename, context.cwd, construction.node.arguments ?? [])
    : undefined;
  return { setting, matches: matching !== undefined, importPath, fix, typeChecks };
}
