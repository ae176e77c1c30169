/**
 * Which declared thing (of `sdk/declarations.ts`) made the object an expression evaluates to, when
 * the file shows it: `new AwsClient(…)`, `new s3.Bucket(…)`, `s3.Bucket.fromBucketName(…)`, a
 * `const` bound to one of those, or a cast to a declared class (`bucket.node.defaultChild as
 * s3.CfnBucket`: the code states it). Anything else (a parameter, a property, an import from
 * another module of the project) is unknown: undefined.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { CDK_BUCKET_IMPORTS, importedThing, type DeclaredThing } from '../sdk/index.js';
import { findVariable, isDefinitionOf, isReassigned, onlyDefinition } from './scope.js';
import { modulePathOf, sdkThingOf } from './sdk-bindings.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 6;

/** The class (a row of the table) whose instance `node` evaluates to, when the file shows it. */
export function constructedThing(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): DeclaredThing | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return castThing(sourceCode, node.typeAnnotation) ?? constructedThing(sourceCode, node.expression, depth + 1);
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return constructedThing(sourceCode, node.expression, depth + 1);
    case AST_NODE_TYPES.NewExpression:
      return sdkThingOf(sourceCode, node.callee)?.thing;
    case AST_NODE_TYPES.CallExpression: {
      // `Bucket.fromBucketName(scope, id, name)` and the other imports of an existing bucket.
      const callee = node.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
      if (!CDK_BUCKET_IMPORTS.has(callee.property.name)) return undefined;
      const owner = sdkThingOf(sourceCode, callee.object)?.thing;
      return owner === 'cdkBucket' ? owner : undefined;
    }
    case AST_NODE_TYPES.Identifier: {
      const variable = findVariable(sourceCode, node, node.name);
      const definition = onlyDefinition(variable);
      if (!variable || !isDefinitionOf(definition, 'Variable') || isReassigned(variable)) return undefined;
      const declarator = definition.node;
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
      return constructedThing(sourceCode, declarator.init, depth + 1);
    }
    default:
      return undefined;
  }
}

/** `as s3.CfnBucket`, `as CfnBucket`: the declared class a cast names, by its import. */
function castThing(sourceCode: SourceCode, type: TSESTree.TypeNode): DeclaredThing | undefined {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return sdkThingOf(sourceCode, name)?.thing;
  if (name.type === AST_NODE_TYPES.TSQualifiedName && name.left.type === AST_NODE_TYPES.Identifier) {
    const base = modulePathOf(sourceCode, name.left);
    return base ? importedThing(base.module, [...base.path, name.right.name]) : undefined;
  }
  return undefined;
}
