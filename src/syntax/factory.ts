/**
 * The configured client factory as the file shows it: how the file imports it, whether the file
 * is the factory's own module, and the plan that moves a construction to it (which factory, the
 * rewrite). Whether the construction's arguments fit the factory's parameters is a question for
 * the checker (`typed/factory.ts`): the plan takes its answer, or none.
 */
import * as path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { factoryRewriteFix } from '../fix/factory-rewrite.js';
import { V3_FACTORY_CLASS, type ClientClass } from '../sdk/index.js';
import { getSettings, type FactorySetting } from '../settings.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Is the module setting a path (relative to the directory ESLint runs in, or absolute, as a config
 * in a subdirectory writes it: `path.join(import.meta.dirname, 'src/lib/s3.js')`), rather than a
 * package name or an alias written into imports as given?
 */
export function isRelativeModule(specifier: string): boolean {
  return (
    specifier === '.' ||
    specifier === '..' ||
    specifier.startsWith('./') ||
    specifier.startsWith('../') ||
    path.isAbsolute(specifier)
  );
}

/**
 * The module specifier a file writes to import the factory: a package name or alias as given; a
 * path (a relative one taken from `baseDir`, the directory ESLint runs in) rewritten relative to
 * the file.
 */
export function factoryImportPath(setting: FactorySetting, fileName: string, baseDir: string): string {
  if (!isRelativeModule(setting.module)) return setting.module;
  const target = path.resolve(baseDir, setting.module);
  let relative = path.relative(path.dirname(fileName), target).split(path.sep).join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return relative;
}

/**
 * Is this file the factory's own module, as far as the file shows? A relative module setting is
 * compared as a path (from ESLint's working directory, with any script extension); a package or
 * alias is recognised by the file declaring the factory function itself.
 */
export function isFactoryModuleBySyntax(setting: FactorySetting, context: Context): boolean {
  const filename = path.resolve(context.cwd, context.filename);
  if (isRelativeModule(setting.module)) {
    const target = path.resolve(context.cwd, setting.module).replace(/\.[cm]?[jt]sx?$/, '');
    if (filename.replace(/\.[cm]?[jt]sx?$/, '') === target) return true;
  }
  return context.sourceCode.ast.body.some((statement) => declaresFunction(statement, setting.name));
}

function declaresFunction(statement: TSESTree.ProgramStatement, name: string): boolean {
  const declaration =
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
      ? statement.declaration
      : statement;
  if (!declaration) return false;
  if (declaration.type === AST_NODE_TYPES.FunctionDeclaration) return declaration.id?.name === name;
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
    return declaration.declarations.some((d) => d.id.type === AST_NODE_TYPES.Identifier && d.id.name === name);
  }
  return false;
}

export interface FactoryPlan {
  /** The factory that matches the client's SDK, or the other one to name in messages. */
  setting: FactorySetting;
  /** Is `setting` the factory for this client's SDK? */
  matches: boolean;
  /** The module specifier as this file writes it. */
  importPath: string;
  /** The rewrite, when the factory can take over this construction. */
  fix: TSESLint.ReportFixFunction | undefined;
  /** Do the arguments fit the factory? undefined when that cannot be checked (no types, or the factory outside the program). */
  typeChecks: boolean | undefined;
}

/**
 * How a construction would move to the configured factory: the factory for the client's SDK (or,
 * for messages only, the other one), and the rewrite when the factory can take over (the v3
 * factory returns an S3Client, not the aggregated S3 class nor a subclass with methods of its own;
 * spread arguments cannot be checked).
 * `accepts` answers whether the arguments fit the factory (the typed tier asks the checker).
 */
export function planFactoryRewrite(
  context: Context,
  node: TSESTree.NewExpression,
  construction: { clientClass: ClientClass; spreadArguments: boolean; throughSubclass: boolean },
  accepts: (setting: FactorySetting, filename: string) => boolean | undefined,
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
    matching !== undefined &&
    (sdk === 'v2' || name === V3_FACTORY_CLASS) &&
    !construction.spreadArguments &&
    !construction.throughSubclass;
  const fix = rewritable ? factoryRewriteFix(context.sourceCode, filename, node, { name: setting.name, importPath }) : undefined;
  const typeChecks = fix ? accepts(setting, filename) : undefined;
  return { setting, matches: matching !== undefined, importPath, fix, typeChecks };
}
