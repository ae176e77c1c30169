/**
 * What an expression names in the S3 SDKs, known from the file alone: the import or `require`
 * that binds it, followed through ESLint's scope analysis. Named, renamed, default and namespace
 * imports, `require()` whole or destructured, `await import()` whole or destructured, and
 * members of a bound module (`AWS.S3`, `sdk.S3Client`); a package subpath with or without its
 * `.js` extension (`aws-sdk/clients/s3.js`). Type-only imports bind nothing. A name
 * bound any other way (a parameter, an import from another module of the project) is unknown.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { importedThing, type DeclaredThing } from '../sdk/index.js';
import { unwrapExpression } from './nodes.js';
import { findVariable, isDefinitionOf, isReassigned, onlyDefinition } from './scope.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A value reached from a module's exports: the module specifier and the property names on the way. */
export interface ModulePath {
  module: string;
  path: readonly string[];
}

const MAX_DEPTH = 8;

/** The module a `require('m')`, `import('m')` or `await import('m')` evaluates to. */
export function requiredModule(node: TSESTree.Node): string | undefined {
  let inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
  if (inner.type === AST_NODE_TYPES.ImportExpression) {
    return inner.source.type === AST_NODE_TYPES.Literal && typeof inner.source.value === 'string' ? inner.source.value : undefined;
  }
  if (
    inner.type === AST_NODE_TYPES.CallExpression &&
    inner.callee.type === AST_NODE_TYPES.Identifier &&
    inner.callee.name === 'require' &&
    inner.arguments.length === 1
  ) {
    const [first] = inner.arguments;
    return first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? first.value : undefined;
  }
  return undefined;
}

/**
 * Where an expression's value comes from in a module's exports, when the file shows it. The
 * default export of these CommonJS packages is the module itself (`import AWS from 'aws-sdk'`),
 * as is a namespace's `default`.
 */
export function modulePathOf(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): ModulePath | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && inner.property.type === AST_NODE_TYPES.Identifier) {
    const object = modulePathOf(sourceCode, inner.object, depth + 1);
    if (!object) return undefined;
    const name = inner.property.name;
    return name === 'default' && object.path.length === 0 ? object : { module: object.module, path: [...object.path, name] };
  }
  if (inner.type !== AST_NODE_TYPES.Identifier) {
    const module = requiredModule(inner);
    return module === undefined ? undefined : { module, path: [] };
  }
  const variable = findVariable(sourceCode, inner, inner.name);
  const definition = onlyDefinition(variable);
  if (!variable || !definition) return undefined;
  if (isDefinitionOf(definition, 'ImportBinding')) {
    const declaration = definition.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return undefined;
    const module = declaration.source.value;
    const specifier = definition.node;
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      if (specifier.importKind === 'type') return undefined;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      return imported === 'default' ? { module, path: [] } : { module, path: [imported] };
    }
    // Default and namespace imports: the module itself.
    return { module, path: [] };
  }
  if (isDefinitionOf(definition, 'Variable') && !isReassigned(variable)) {
    const declarator = definition.node;
    if (!declarator.init) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return modulePathOf(sourceCode, declarator.init, depth + 1);
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      const source = modulePathOf(sourceCode, declarator.init, depth + 1);
      const key = destructuredKey(declarator.id, inner.name);
      if (!source || key === undefined) return undefined;
      return key === 'default' && source.path.length === 0 ? source : { module: source.module, path: [...source.path, key] };
    }
  }
  return undefined;
}

/** `{ S3Client: Client }`: the key that binds `name` at the top of an object pattern. */
export function destructuredKey(pattern: TSESTree.ObjectPattern, name: string): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type !== AST_NODE_TYPES.Identifier || value.name !== name) continue;
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value;
  }
  return undefined;
}

/**
 * The specifier as the SDK table spells it: a subpath of a package written with its file's
 * extension (`aws-sdk/clients/s3.js`, as ESM under NodeNext needs it for a package without an
 * exports map) names the same file as without (`aws-sdk/clients/s3`).
 */
function withoutScriptExtension(module: string): string {
  if (module.startsWith('.') || module.startsWith('/')) return module;
  const subpath = module.split('/').length > (module.startsWith('@') ? 2 : 1);
  return subpath && module.endsWith('.js') ? module.slice(0, -'.js'.length) : module;
}

/** The SDK thing an expression names (`S3Client`, `AWS.S3`, `getSignedUrl`, …), when the file shows it. */
export function sdkThingOf(sourceCode: SourceCode, node: TSESTree.Node): { thing: DeclaredThing; name: string } | undefined {
  const found = modulePathOf(sourceCode, node);
  if (!found) return undefined;
  const thing = importedThing(withoutScriptExtension(found.module), found.path);
  if (!thing) return undefined;
  return { thing, name: found.path.at(-1) ?? 'S3' };
}
