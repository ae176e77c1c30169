/**
 * The rewrite `new S3Client(args)` → `createS3Client(args)`: the call, the import of the factory
 * (added once, merged into an existing import of that module, `require` in CommonJS), and the
 * removal of the client class import once nothing else uses it. Comments and formatting around
 * the edits are kept; type-only imports are left alone.
 */
import * as path from 'node:path';
import {
  ASTUtils,
  AST_NODE_TYPES,
  TSESLint,
  type ParserServicesWithTypeInformation,
  type TSESTree,
} from '@typescript-eslint/utils';
import type { ClientConstruction } from '../analysis/clients.js';
import { factoryAccepts, factoryImportPath } from '../analysis/factory.js';
import { V3_FACTORY_CLASS } from '../sdk/index.js';
import { getSettings, type FactorySetting } from '../settings.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
const { DefinitionType } = TSESLint.Scope;
type Fixer = TSESLint.RuleFixer;

export interface FactoryRewrite {
  /** The factory function's name. */
  name: string;
  /** The module specifier to import it from, as this file writes it. */
  importPath: string;
}

/** Is this file CommonJS (a `.cjs` file, or a script that uses `require` and no `import`)? */
function isCommonJs(sourceCode: SourceCode, filename: string): boolean {
  if (filename.endsWith('.cjs') || filename.endsWith('.cts')) return true;
  if (filename.endsWith('.mjs') || filename.endsWith('.mts')) return false;
  const body = sourceCode.ast.body;
  if (body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration)) return false;
  return body.some((statement) => requireCallOf(statement) !== undefined);
}

/** `const x = require('m')` / `const { a } = require('m')` at the top level: the call. */
function requireCallOf(statement: TSESTree.ProgramStatement): TSESTree.CallExpression | undefined {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
  const init = statement.declarations[0]?.init;
  if (
    init?.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    init.callee.name === 'require'
  ) {
    return init;
  }
  return undefined;
}

function moduleOf(call: TSESTree.CallExpression): string | undefined {
  const first = call.arguments[0];
  return first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? first.value : undefined;
}

/** A binding named like the factory: is it already the factory's import, or something else? */
function existingBinding(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  rewrite: FactoryRewrite,
): 'factory' | 'conflict' | 'none' {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), rewrite.name);
  if (!variable || variable.defs.length === 0) return 'none';
  const def = variable.defs[0];
  if (def?.type === DefinitionType.ImportBinding) {
    const declaration = def.parent;
    const typeOnly =
      declaration.type === AST_NODE_TYPES.ImportDeclaration &&
      (declaration.importKind === 'type' ||
        (def.node.type === AST_NODE_TYPES.ImportSpecifier && def.node.importKind === 'type'));
    if (declaration.type === AST_NODE_TYPES.ImportDeclaration && declaration.source.value === rewrite.importPath && !typeOnly) {
      return 'factory';
    }
  }
  if (def?.type === DefinitionType.Variable && def.node.init?.type === AST_NODE_TYPES.CallExpression) {
    const call = def.node.init;
    if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'require' && moduleOf(call) === rewrite.importPath) {
      return 'factory';
    }
  }
  return 'conflict';
}

/** The edits that add the factory's import, or none when it is already imported. */
function importEdits(
  fixer: Fixer,
  sourceCode: SourceCode,
  filename: string,
  rewrite: FactoryRewrite,
  removed: TSESTree.ProgramStatement | undefined,
): TSESLint.RuleFix[] {
  const body = sourceCode.ast.body;
  const quote = preferredQuote(sourceCode);
  const specifier = `${quote}${rewrite.importPath}${quote}`;
  if (isCommonJs(sourceCode, filename)) {
    const requires = body.filter((statement) => requireCallOf(statement) !== undefined);
    const text = `const { ${rewrite.name} } = require(${specifier});`;
    const last = requires.filter((statement) => statement !== removed).at(-1);
    if (last) return [fixer.insertTextAfter(last, `\n${text}`)];
    const first = requires[0];
    if (first) return [fixer.insertTextBeforeRange([first.range[0], first.range[0]], `${text}\n`)];
    return [insertAtTop(fixer, sourceCode, text)];
  }
  const imports = body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const sameModule = imports.find(
    (declaration) =>
      declaration.source.value === rewrite.importPath &&
      declaration.importKind !== 'type' &&
      !declaration.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportNamespaceSpecifier),
  );
  if (sameModule) {
    const named = sameModule.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    const lastNamed = named.at(-1);
    if (lastNamed) return [fixer.insertTextAfter(lastNamed, `, ${rewrite.name}`)];
    const defaultSpecifier = sameModule.specifiers[0];
    if (defaultSpecifier) return [fixer.insertTextAfter(defaultSpecifier, `, { ${rewrite.name} }`)];
  }
  const text = `import { ${rewrite.name} } from ${specifier};`;
  // After the last import that stays; an import removed by the same fix cannot be the anchor.
  const last = imports.filter((declaration) => declaration !== removed).at(-1);
  if (last) return [fixer.insertTextAfter(last, `\n${text}`)];
  const first = imports[0];
  if (first) return [fixer.insertTextBeforeRange([first.range[0], first.range[0]], `${text}\n`)];
  return [insertAtTop(fixer, sourceCode, text)];
}

function insertAtTop(fixer: Fixer, sourceCode: SourceCode, text: string): TSESLint.RuleFix {
  // After directives ('use strict') and a shebang, before everything else.
  const body = sourceCode.ast.body;
  const directives = body.filter(
    (statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined,
  );
  const lastDirective = directives.at(-1);
  if (lastDirective) return fixer.insertTextAfter(lastDirective, `\n${text}`);
  const first = body[0];
  if (!first) return fixer.insertTextAfterRange([0, sourceCode.text.length], `${text}\n`);
  const comments = sourceCode.getCommentsBefore(first);
  const anchor = comments[0] ?? first;
  return fixer.insertTextBeforeRange([anchor.range[0], anchor.range[0]], `${text}\n`);
}

function preferredQuote(sourceCode: SourceCode): string {
  const first = sourceCode.ast.body.find((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  if (first && first.type === AST_NODE_TYPES.ImportDeclaration) return sourceCode.getText(first.source).startsWith('"') ? '"' : "'";
  return "'";
}

/**
 * The removal of the import of the class a constructor names, when this construction is its last
 * use. Type-only imports, and imports with other uses (values or types), are left alone.
 */
function unusedImportRemoval(
  sourceCode: SourceCode,
  callee: TSESTree.Node,
): { range: [number, number]; declaration?: TSESTree.ProgramStatement } | undefined {
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  const def = variable?.defs[0];
  if (!variable || !def) return undefined;
  if (variable.references.some((reference) => reference.identifier !== callee && !reference.init)) return undefined;
  if (def.type === DefinitionType.Variable) return unusedRequireRemoval(sourceCode, def.node, callee);
  if (def.type !== DefinitionType.ImportBinding || def.node.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
  const declaration = def.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return undefined;
  const specifier = def.node;
  if (declaration.specifiers.length === 1) {
    if (sourceCode.getCommentsInside(declaration).length > 0) return undefined;
    // The whole line, when the declaration stands alone on it.
    const lineEnd = sourceCode.text.indexOf('\n', declaration.range[1]);
    const rest = sourceCode.text.slice(declaration.range[1], lineEnd === -1 ? undefined : lineEnd);
    const end = rest.trim() === '' && lineEnd !== -1 ? lineEnd + 1 : declaration.range[1];
    return { range: [declaration.range[0], end], declaration };
  }
  const before = sourceCode.getTokenBefore(specifier);
  const after = sourceCode.getTokenAfter(specifier);
  if (!before || !after) return undefined;
  if (after.value === ',') {
    const next = sourceCode.getTokenAfter(after);
    return { range: [specifier.range[0], next && next.value !== '}' ? next.range[0] : after.range[1]] };
  }
  if (before.value === ',') return { range: [before.range[0], specifier.range[1]] };
  return undefined;
}

/** `const { S3Client } = require('…')`: the property, or the whole statement when it is the only one. */
function unusedRequireRemoval(
  sourceCode: SourceCode,
  declarator: TSESTree.VariableDeclarator,
  callee: TSESTree.Identifier,
): { range: [number, number]; declaration?: TSESTree.ProgramStatement } | undefined {
  const call = declarator.init;
  if (call?.type !== AST_NODE_TYPES.CallExpression || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'require') return undefined;
  const statement = declarator.parent;
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.declarations.length !== 1) return undefined;
  const properties = declarator.id.properties;
  const property = properties.find(
    (p) => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === callee.name,
  );
  if (!property || sourceCode.getCommentsInside(statement).length > 0) return undefined;
  if (properties.length === 1) {
    const lineEnd = sourceCode.text.indexOf('\n', statement.range[1]);
    const rest = sourceCode.text.slice(statement.range[1], lineEnd === -1 ? undefined : lineEnd);
    return {
      range: [statement.range[0], rest.trim() === '' && lineEnd !== -1 ? lineEnd + 1 : statement.range[1]],
      declaration: statement,
    };
  }
  const after = sourceCode.getTokenAfter(property);
  const before = sourceCode.getTokenBefore(property);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after);
    return { range: [property.range[0], next && next.value !== '}' ? next.range[0] : after.range[1]] };
  }
  if (before?.value === ',') return { range: [before.range[0], property.range[1]] };
  return undefined;
}

/** All the edits of one rewrite, or undefined when the factory's name is taken by something else. */
export function factoryRewriteFix(
  sourceCode: SourceCode,
  filename: string,
  node: TSESTree.NewExpression,
  rewrite: FactoryRewrite,
): TSESLint.ReportFixFunction | undefined {
  const binding = existingBinding(sourceCode, node, rewrite);
  if (binding === 'conflict') return undefined;
  const calleeEnd = (node.typeArguments ?? node.callee).range[1];
  const hasParens = sourceCode.getTokenAfter(node.typeArguments ?? node.callee)?.value === '(' && node.range[1] > calleeEnd;
  const removal = unusedImportRemoval(sourceCode, node.callee);
  return (fixer) => [
    ...(binding === 'none' ? importEdits(fixer, sourceCode, filename, rewrite, removal?.declaration) : []),
    fixer.replaceTextRange([node.range[0], calleeEnd], hasParens ? rewrite.name : `${rewrite.name}()`),
    ...(removal ? [fixer.removeRange(removal.range)] : []),
  ];
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
