/**
 * Edits of a file's imports: add a named import (merged into an existing import of the module,
 * `require` in CommonJS), find how a name is already bound, and remove the import of a name that
 * loses its last use. Comments and formatting around the edits are kept; type-only imports are
 * left alone.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, isDefinitionOf } from '../syntax/scope.js';
import { quoteOf } from './quotes.js';
import { listElementRemovalRange, statementRemovalRange, type Range } from './removal.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;

/** A named export of a module, as this file imports it. */
export interface NamedImport {
  /** The exported name. */
  name: string;
  /** The module specifier, as this file writes it. */
  importPath: string;
}

/** The removal of an import that lost its last use: the range, and the statement when it all goes. */
export interface ImportRemoval {
  range: Range;
  declaration?: TSESTree.ProgramStatement;
}

/** Is this file CommonJS (a `.cjs` file, or a script that uses `require` and no `import`)? */
export function isCommonJs(sourceCode: SourceCode, filename: string): boolean {
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
  return init?.type === AST_NODE_TYPES.CallExpression && isRequireCall(init) ? init : undefined;
}

/** `require(…)`. */
function isRequireCall(call: TSESTree.CallExpression): boolean {
  return call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'require';
}

/** `require('m')`: the module `m`; undefined for any other call. */
export function moduleOfRequire(call: TSESTree.CallExpression): string | undefined {
  if (!isRequireCall(call)) return undefined;
  const first = call.arguments[0];
  return first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? first.value : undefined;
}

/** A binding named like the import: is it already that import, or something else? */
export function existingBinding(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  wanted: NamedImport,
): 'imported' | 'conflict' | 'none' {
  const variable = findVariable(sourceCode, node, wanted.name);
  if (!variable || variable.defs.length === 0) return 'none';
  const def = variable.defs[0];
  if (isDefinitionOf(def, 'ImportBinding')) {
    const declaration = def.parent;
    const typeOnly =
      declaration.type === AST_NODE_TYPES.ImportDeclaration &&
      (declaration.importKind === 'type' ||
        (def.node.type === AST_NODE_TYPES.ImportSpecifier && def.node.importKind === 'type'));
    if (declaration.type === AST_NODE_TYPES.ImportDeclaration && declaration.source.value === wanted.importPath && !typeOnly) {
      return 'imported';
    }
  }
  if (isDefinitionOf(def, 'Variable') && def.node.init?.type === AST_NODE_TYPES.CallExpression) {
    const call = def.node.init;
    if (moduleOfRequire(call) === wanted.importPath) return 'imported';
  }
  return 'conflict';
}

/** The edits that add a named import, merged into an existing import of its module where there is one. */
export function importEdits(
  fixer: Fixer,
  sourceCode: SourceCode,
  filename: string,
  wanted: NamedImport,
  removed: TSESTree.ProgramStatement | undefined,
): TSESLint.RuleFix[] {
  const body = sourceCode.ast.body;
  const quote = quoteOf(sourceCode, firstImportSource(sourceCode));
  const specifier = `${quote}${wanted.importPath}${quote}`;
  if (isCommonJs(sourceCode, filename)) {
    const requires = body.filter((statement) => requireCallOf(statement) !== undefined);
    const text = `const { ${wanted.name} } = require(${specifier});`;
    const last = requires.filter((statement) => statement !== removed).at(-1);
    if (last) return [fixer.insertTextAfter(last, `\n${text}`)];
    const first = requires[0];
    if (first) return [fixer.insertTextBeforeRange([first.range[0], first.range[0]], `${text}\n`)];
    return [insertAtTop(fixer, sourceCode, text)];
  }
  const imports = body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const sameModule = imports.find(
    (declaration) =>
      declaration.source.value === wanted.importPath &&
      declaration.importKind !== 'type' &&
      !declaration.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportNamespaceSpecifier),
  );
  if (sameModule) {
    const named = sameModule.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    const lastNamed = named.at(-1);
    if (lastNamed) return [fixer.insertTextAfter(lastNamed, `, ${wanted.name}`)];
    const defaultSpecifier = sameModule.specifiers[0];
    if (defaultSpecifier) return [fixer.insertTextAfter(defaultSpecifier, `, { ${wanted.name} }`)];
  }
  const text = `import { ${wanted.name} } from ${specifier};`;
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

/** The module specifier of the file's first import, whose quotes new imports copy. */
function firstImportSource(sourceCode: SourceCode): TSESTree.Node | undefined {
  const first = sourceCode.ast.body.find((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  return first?.type === AST_NODE_TYPES.ImportDeclaration ? first.source : undefined;
}

/**
 * The removal of the import of the name `identifier` refers to, when `identifier` is its last use
 * (a constructor about to be replaced). Type-only imports, and imports with other uses (values or
 * types), are left alone.
 */
export function unusedImportRemoval(sourceCode: SourceCode, identifier: TSESTree.Node): ImportRemoval | undefined {
  if (identifier.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(sourceCode, identifier, identifier.name);
  const def = variable?.defs[0];
  if (!variable || !def) return undefined;
  if (variable.references.some((reference) => reference.identifier !== identifier && !reference.init)) return undefined;
  if (isDefinitionOf(def, 'Variable')) return unusedRequireRemoval(sourceCode, def.node, identifier);
  if (!isDefinitionOf(def, 'ImportBinding') || def.node.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
  const declaration = def.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return undefined;
  return elementOrStatementRemoval(sourceCode, def.node, declaration.specifiers.length, declaration);
}

/** `const { S3Client } = require('…')`: the property, or the whole statement when it is the only one. */
function unusedRequireRemoval(
  sourceCode: SourceCode,
  declarator: TSESTree.VariableDeclarator,
  identifier: TSESTree.Identifier,
): ImportRemoval | undefined {
  const call = declarator.init;
  if (call?.type !== AST_NODE_TYPES.CallExpression || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  if (moduleOfRequire(call) === undefined) return undefined;
  const statement = declarator.parent;
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.declarations.length !== 1) return undefined;
  const properties = declarator.id.properties;
  const property = properties.find(
    (p) => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === identifier.name,
  );
  if (!property) return undefined;
  return elementOrStatementRemoval(sourceCode, property, properties.length, statement);
}

/** The element with its comma, or the whole statement (with its line) when the element is its only one. */
function elementOrStatementRemoval(
  sourceCode: SourceCode,
  element: TSESTree.Node,
  elements: number,
  statement: TSESTree.ProgramStatement,
): ImportRemoval | undefined {
  if (elements > 1) {
    const range = listElementRemovalRange(sourceCode, element);
    return range && { range };
  }
  const range = statementRemovalRange(sourceCode, statement);
  return range && { range, declaration: statement };
}
