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

/** The class whose body a node stands in. */
export function enclosingClass(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return current;
  }
  return undefined;
}

/** `this.name` or `this.#name` (not computed): the name, with its `#` when private. */
export function thisMemberName(node: TSESTree.Node): string | undefined {
  return node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && !node.computed
    ? memberKeyName(node.property)
    : undefined;
}

/** A class member's or member access's static key: `client`, or `#client` for a private name. */
export function memberKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  return undefined;
}

/** Every node below `root`, in source order; into nested classes only with `intoClasses`. */
export function forEachNode(root: TSESTree.Node, visit: (node: TSESTree.Node) => void, options: { intoClasses?: boolean } = {}): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    visit(node);
    const children: TSESTree.Node[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) if (isNode(item)) children.push(item);
      } else if (isNode(value)) children.push(value);
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      const isClass = child?.type === AST_NODE_TYPES.ClassDeclaration || child?.type === AST_NODE_TYPES.ClassExpression;
      if (child && (!isClass || options.intoClasses === true)) stack.push(child);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The expressions a function returns (not those of nested functions). */
export function returnedExpressions(fn: TSESTree.FunctionLike): TSESTree.Node[] {
  const body = fn.body;
  if (!body) return [];
  if (body.type !== AST_NODE_TYPES.BlockStatement) return [body];
  const values: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [...body.body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      node.type === AST_NODE_TYPES.ClassDeclaration ||
      node.type === AST_NODE_TYPES.ClassExpression
    ) {
      continue;
    }
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) values.push(node.argument);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) if (isNode(item)) stack.push(item);
      } else if (isNode(value)) stack.push(value);
    }
  }
  return values;
}
