/**
 * Small questions about ESTree nodes that every syntax-side module asks: the expression inside
 * TypeScript's transparent wrappers, a property's static name, a method call's parts.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';

type TransparentWrapper =
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.TSInstantiationExpression;

const TRANSPARENT_WRAPPERS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSInstantiationExpression,
]);

/** A string literal (not a number, regular expression or template). */
export function isStringLiteral(node: TSESTree.Node): node is TSESTree.StringLiteral {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string';
}

/** A TypeScript wrapper that leaves the run-time value as it is. */
export function isTransparentWrapper(node: TSESTree.Node): node is TransparentWrapper {
  return TRANSPARENT_WRAPPERS.has(node.type);
}

/** The expression inside transparent TypeScript wrappers (`as`, `!`, `satisfies`, `<T>`, instantiation). */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTransparentWrapper(current)) current = current.expression;
  return current;
}

/** The node and its parent once transparent TypeScript wrappers (`as`, `!`, `satisfies`) are left. */
export function climbWrappers(node: TSESTree.Node): { child: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let child = node;
  let parent = node.parent;
  while (parent && isTransparentWrapper(parent)) {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}

/** A call of a method named in plain dot notation: `receiver.name(...args)`. */
export interface MethodCall {
  name: string;
  receiver: TSESTree.Expression;
  args: TSESTree.CallExpressionArgument[];
}

/** `receiver.name(...)` (not computed, not `#private`): the method's name, receiver and arguments. */
export function methodCall(node: TSESTree.Node | undefined): MethodCall | undefined {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = node.callee;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }
  return { name: callee.property.name, receiver: callee.object, args: node.arguments };
}

/** The call whose callee is this member expression (`member(...)`), if it is called. */
export function callOfMember(member: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  const call = member.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : undefined;
}

/** The static name of a property (`a:`, `'a':`, `['a']:`, `1:`); undefined when computed from a value. */
export function propertyName(property: TSESTree.Property): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return undefined;
}

/** The object literal inside transparent wrappers (`{ … } as Config`, `{ … } satisfies Config`). */
export function unwrapObject(node: TSESTree.Node | undefined): TSESTree.ObjectExpression | undefined {
  const inner = node && unwrapExpression(node);
  return inner?.type === AST_NODE_TYPES.ObjectExpression ? inner : undefined;
}

/** The name a call's callee is known by in source: `name(…)` or `receiver.name(…)`. */
export function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return undefined;
}

/** A callee as dotted source text (`S3Client`, `AWS.S3`); undefined for anything else. */
export function dottedName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = dottedName(node.object);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

