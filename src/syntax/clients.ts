/**
 * Where S3 clients are constructed, known from the file alone: `new S3Client(…)`, `new AWS.S3(…)`
 * and `new S3(…)` whose class the file imports or requires from the SDK (`sdk-bindings.ts`), a
 * subclass declared in the file without a constructor of its own, and `super(…)` in a subclass
 * constructor. A class reached any other way is not judged.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { clientClassOfThing, type ClientClass, type Construction } from '../sdk/index.js';
import { enclosingClass, unwrapExpression } from './nodes.js';
import { findVariable, isDefinitionOf, onlyDefinition } from './scope.js';
import { sdkThingOf } from './sdk-bindings.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type SyntaxConstruction = Construction<TSESTree.NewExpression | TSESTree.CallExpression, TSESTree.Node>;

const MAX_DEPTH = 8;

/** The client class an expression that names a class stands for. */
function clientClassOfExpression(sourceCode: SourceCode, node: TSESTree.Node, depth: number): { clientClass: ClientClass; subclass: boolean } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrapExpression(node);
  const found = sdkThingOf(sourceCode, inner);
  const direct = found && clientClassOfThing(found.thing, found.name);
  if (direct) return { clientClass: direct, subclass: depth > 0 };
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = onlyDefinition(findVariable(sourceCode, inner, inner.name));
  if (!isDefinitionOf(definition, 'ClassName')) return undefined;
  const declaration = definition.node;
  if (declaration.type !== AST_NODE_TYPES.ClassDeclaration || !declaration.superClass) return undefined;
  // A subclass with a constructor of its own is judged at its `super(…)` call instead.
  const ownConstructor = declaration.body.body.some(
    (member) => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
  );
  return ownConstructor ? undefined : clientClassOfExpression(sourceCode, declaration.superClass, depth + 1);
}

/** The S3 client a `new` expression or `super(…)` call constructs, when the file shows it. */
export function syntaxClientConstruction(
  sourceCode: SourceCode,
  node: TSESTree.NewExpression | TSESTree.CallExpression,
): SyntaxConstruction | undefined {
  let found: { clientClass: ClientClass; subclass: boolean } | undefined;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    found = clientClassOfExpression(sourceCode, node.callee, 0);
  } else if (node.callee.type === AST_NODE_TYPES.Super) {
    const owner = enclosingClass(node);
    found = owner?.superClass ? clientClassOfExpression(sourceCode, owner.superClass, 0) : undefined;
  }
  if (!found) return undefined;
  const [first] = node.arguments;
  const spread = first?.type === AST_NODE_TYPES.SpreadElement;
  return {
    node,
    clientClass: found.clientClass,
    config: spread ? undefined : first,
    spreadArguments: spread,
    throughSubclass: found.subclass || node.type !== AST_NODE_TYPES.NewExpression,
  };
}
