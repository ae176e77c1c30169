/**
 * Helpers whose parameter becomes a client's config (`function makeClient(opts) { return new
 * S3Client(opts) }`, a class constructor that builds its client from its options): the
 * construction alone cannot say what the parameter holds, each call site in the file can. This
 * module finds the call sites of the function a construction stands in (and of the functions
 * that forward to it, up to {@link MAX_FORWARDING} levels) and binds the parameters to each call's
 * arguments, so that `values.ts` reads the construction's config as that call makes it. The typed
 * tier does the same on TypeScript's tree (`typed/call-sites.ts`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { instanceClass } from './fields.js';
import { propertyName } from './nodes.js';
import { findVariable, isDefinitionOf, isReassigned, onlyDefinition, type Variable } from './scope.js';
import type { SyntaxBinding, SyntaxValues } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Node = TSESTree.Node;
export type CallSite = TSESTree.CallExpression | TSESTree.NewExpression;

/** How many helpers may forward the parameter before it reaches the one that builds the client. */
export const MAX_FORWARDING = 2;
/** Call sites judged per construction, at most (a helper called in a loop of generated code). */
const MAX_CALL_SITES = 32;

/** One way the construction is reached: the calls on the way (innermost first), and the reading they make. */
export interface CallSiteEnvironment {
  calls: readonly CallSite[];
  values: SyntaxValues;
}

function isFunction(node: Node): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The function a node stands in (not a class field initializer's, not across a class). */
function enclosingFunction(node: Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
    if (current.type === AST_NODE_TYPES.ClassBody || current.type === AST_NODE_TYPES.PropertyDefinition) return undefined;
  }
  return undefined;
}

/**
 * The variables that name a function where it is called: a function declaration, a `const`
 * holding an arrow or function expression, or the class whose constructor it is (called with `new`).
 */
function calleeVariables(sourceCode: SourceCode, fn: TSESTree.FunctionLike): { variables: Variable[]; viaNew: boolean } | undefined {
  const named = (declaration: Node, id: TSESTree.Identifier | null): Variable[] =>
    id ? sourceCode.getDeclaredVariables(declaration).filter((variable) => variable.name === id.name) : [];
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return { variables: named(fn, fn.id), viaNew: false };
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    const declaration = parent.parent;
    return declaration.kind === 'const' ? { variables: named(declaration, parent.id), viaNew: false } : undefined;
  }
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.kind === 'constructor' && parent.value === fn) {
    const owner = parent.parent.parent;
    if (owner.type === AST_NODE_TYPES.ClassDeclaration) return { variables: named(owner, owner.id), viaNew: true };
  }
  return undefined;
}

/** The calls of a function in this file: `name(…)`, or `new Name(…)` for a class constructor. */
function callSitesOf(sourceCode: SourceCode, fn: TSESTree.FunctionLike): CallSite[] {
  const callee = calleeVariables(sourceCode, fn);
  if (!callee) return [];
  const calls: CallSite[] = [];
  const wanted = callee.viaNew ? AST_NODE_TYPES.NewExpression : AST_NODE_TYPES.CallExpression;
  for (const variable of callee.variables) {
    // A name declared twice (`var`, a merged declaration) may call something else.
    if (variable.defs.length !== 1) return [];
    for (const reference of variable.references) {
      const parent = reference.identifier.parent;
      if (parent?.type === wanted && parent.callee === reference.identifier) calls.push(parent);
    }
  }
  return calls;
}

/** Binds one parameter pattern to what the call passes; false when the pattern is not followed. */
function bindPattern(
  sourceCode: SourceCode,
  pattern: TSESTree.Parameter,
  argument: Node | undefined,
  call: CallSite,
  values: SyntaxValues,
  into: Map<Variable, SyntaxBinding>,
): void {
  let target: Node = pattern;
  let fallback: Node | undefined;
  if (target.type === AST_NODE_TYPES.AssignmentPattern) {
    fallback = target.right;
    target = target.left;
  }
  const bind = (id: Node, binding: Omit<SyntaxBinding, 'values' | 'call'>): void => {
    if (id.type !== AST_NODE_TYPES.Identifier) return;
    const variable = findVariable(sourceCode, id, id.name);
    // A parameter the function reassigns (`opts = opts || defaults`) holds more than the argument.
    if (variable && isDefinitionOf(onlyDefinition(variable), 'Parameter') && !isReassigned(variable)) into.set(variable, { ...binding, call, values });
  };
  if (target.type === AST_NODE_TYPES.Identifier) {
    bind(target, { argument, fallback });
    return;
  }
  if (target.type !== AST_NODE_TYPES.ObjectPattern) return;
  // `{ region, ...rest } = {}`: each key of the argument (or of the default, when none is passed).
  const source = argument ?? fallback;
  const keys: string[] = [];
  for (const property of target.properties) {
    if (property.type === AST_NODE_TYPES.RestElement) {
      // The rest holds every other key of the argument.
      if (source) bind(property.argument, { argument: source, omit: keys });
      continue;
    }
    const key = propertyName(property);
    if (key === undefined) return;
    keys.push(key);
    const value = property.value;
    if (value.type === AST_NODE_TYPES.AssignmentPattern) bind(value.left, { argument: source, key, fallback: value.right });
    else bind(value, { argument: source, key });
  }
}

/** The parameters of `fn` bound to the arguments of one call; undefined when a spread hides which is which. */
function bindCall(
  sourceCode: SourceCode,
  fn: TSESTree.FunctionLike,
  call: CallSite,
  values: SyntaxValues,
): Map<Variable, SyntaxBinding> | undefined {
  const bindings = new Map<Variable, SyntaxBinding>();
  for (const [index, param] of fn.params.entries()) {
    const args = call.arguments.slice(0, index + 1);
    if (args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return bindings.size > 0 ? bindings : undefined;
    if (param.type === AST_NODE_TYPES.RestElement || param.type === AST_NODE_TYPES.TSParameterProperty) continue;
    bindPattern(sourceCode, param, call.arguments[index], call, values, bindings);
  }
  return bindings.size > 0 ? bindings : undefined;
}

/**
 * Every call site in this file that decides the config of a construction standing in a function:
 * the calls of that function, and of the functions whose parameters those calls pass on (up to
 * {@link MAX_FORWARDING} levels), each with the reading its arguments make.
 */
export function callSiteEnvironments(sourceCode: SourceCode, values: SyntaxValues, construction: Node): CallSiteEnvironment[] {
  let fn = enclosingFunction(construction);
  // In a method or a field initializer, the fields it reads hold what the constructor stored.
  if (!fn || !calleeVariables(sourceCode, fn)) fn = constructorOf(instanceClass(construction));
  return fn ? environmentsOf(sourceCode, values, fn, 0) : [];
}

/** A class's constructor, as a function. */
function constructorOf(owner: TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined): TSESTree.FunctionExpression | undefined {
  for (const element of owner?.body.body ?? []) {
    // The implementation, not an overload signature.
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor' && element.value.type === AST_NODE_TYPES.FunctionExpression) {
      return element.value;
    }
  }
  return undefined;
}

function environmentsOf(sourceCode: SourceCode, values: SyntaxValues, fn: TSESTree.FunctionLike, level: number): CallSiteEnvironment[] {
  const environments: CallSiteEnvironment[] = [];
  for (const call of callSitesOf(sourceCode, fn).slice(0, MAX_CALL_SITES)) {
    // The call as it stands, and as each call site of its own function makes it.
    const outer: CallSiteEnvironment[] = [{ calls: [], values }];
    const caller = enclosingFunction(call);
    if (caller && caller !== fn && level < MAX_FORWARDING) outer.push(...environmentsOf(sourceCode, values, caller, level + 1));
    for (const environment of outer) {
      const bindings = bindCall(sourceCode, fn, call, environment.values);
      if (bindings) environments.push({ calls: [call, ...environment.calls], values: values.bound(bindings) });
    }
  }
  return environments;
}

/** The call, of those on the way, whose arguments hold a node: where a finding about it is reported. */
export function callHolding(calls: readonly CallSite[], node: Node | undefined): CallSite | undefined {
  if (!node) return undefined;
  const [start, end] = node.range;
  return calls.find(
    (call) =>
      (call.range[0] === start && call.range[1] === end) ||
      call.arguments.some((argument) => argument.range[0] <= start && end <= argument.range[1]),
  );
}
