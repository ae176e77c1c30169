/**
 * Helpers whose parameter becomes a client's config, on TypeScript's tree: the call sites in the
 * construction's file of the function it stands in (and of the functions that forward to it), each
 * binding the parameters to its arguments, so that `values.ts` reads the config as that call makes
 * it. The same search as the syntax tier's `syntax/call-sites.ts`, with symbols for names.
 */
import type ts from 'typescript';
import { instanceClass } from './fields.js';
import { assignmentsTo, writtenOnlyByAssignment } from './nodes.js';
import { typescript } from './typescript.js';
import type { TypedBinding, ValueAnalyzer } from './values.js';

export type TypedCallSite = ts.CallExpression | ts.NewExpression;

/** How many helpers may forward the parameter before it reaches the one that builds the client. */
const MAX_FORWARDING = 2;
/** Call sites judged per construction, at most. */
const MAX_CALL_SITES = 32;

export interface TypedCallSiteEnvironment {
  /** The calls on the way, innermost first. */
  calls: readonly TypedCallSite[];
  values: ValueAnalyzer;
}

type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.ConstructorDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    typescript.isFunctionDeclaration(node) ||
    typescript.isFunctionExpression(node) ||
    typescript.isArrowFunction(node) ||
    typescript.isConstructorDeclaration(node)
  );
}

/** The function a node stands in (not a class field initializer's, not across a class). */
function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  for (let current = node.parent; !typescript.isSourceFile(current); current = current.parent) {
    if (isFunction(current)) return current;
    if (typescript.isClassLike(current) || typescript.isPropertyDeclaration(current)) return undefined;
    if (typescript.isFunctionLike(current)) return undefined;
  }
  return undefined;
}

/** The name a function is called by, with whether calls are `new`: a declaration, a `const`, or a class's constructor. */
function calleeName(fn: FunctionNode): { name: ts.Identifier; viaNew: boolean } | undefined {
  if (typescript.isFunctionDeclaration(fn)) return fn.name ? { name: fn.name, viaNew: false } : undefined;
  if (typescript.isConstructorDeclaration(fn)) {
    const owner = fn.parent;
    return typescript.isClassDeclaration(owner) && owner.name ? { name: owner.name, viaNew: true } : undefined;
  }
  const parent = fn.parent;
  if (
    typescript.isVariableDeclaration(parent) &&
    parent.initializer === fn &&
    typescript.isIdentifier(parent.name) &&
    typescript.getCombinedNodeFlags(parent) & typescript.NodeFlags.Const
  ) {
    return { name: parent.name, viaNew: false };
  }
  return undefined;
}

/** The calls of a function in its own file: `name(…)`, or `new Name(…)` for a class constructor. */
function callSitesOf(analyzer: ValueAnalyzer, fn: FunctionNode): TypedCallSite[] {
  const callee = calleeName(fn);
  if (!callee) return [];
  const symbol = analyzer.resolveSymbol(callee.name);
  // A name declared twice (`var`, a merged declaration) may call something else.
  if (!symbol || symbol.declarations?.length !== 1) return [];
  const file = fn.getSourceFile();
  const text = callee.name.text;
  if (file.text.split(text).length <= 2) return [];
  const calls: TypedCallSite[] = [];
  const isWanted = (node: ts.Node): node is TypedCallSite =>
    callee.viaNew ? typescript.isNewExpression(node) : typescript.isCallExpression(node);
  const visit = (node: ts.Node): void => {
    if (
      isWanted(node) &&
      typescript.isIdentifier(node.expression) &&
      node.expression.text === text &&
      analyzer.resolveSymbol(node.expression) === symbol
    ) {
      calls.push(node);
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(file, visit);
  return calls;
}

/** The static key of a binding element (`{ region }`, `{ region: r }`, `{ 'region': r }`). */
function bindingKey(element: ts.BindingElement): string | undefined {
  const key = element.propertyName ?? element.name;
  if (typescript.isIdentifier(key) || typescript.isStringLiteralLike(key) || typescript.isNumericLiteral(key)) return key.text;
  return undefined;
}

/** Binds one parameter to what the call passes. */
function bindParameter(
  analyzer: ValueAnalyzer,
  parameter: ts.ParameterDeclaration,
  argument: ts.Expression | undefined,
  call: TypedCallSite,
  values: ValueAnalyzer,
  into: Map<ts.Symbol, TypedBinding>,
): void {
  const fn = parameter.parent;
  const bind = (name: ts.BindingName, binding: Omit<TypedBinding, 'values' | 'call'>): void => {
    if (!typescript.isIdentifier(name)) return;
    const symbol = analyzer.resolveSymbol(name);
    // A parameter the function reassigns (`opts = opts || defaults`) holds more than the argument.
    if (!symbol || !writtenOnlyByAssignment(fn, symbol, analyzer.resolve) || assignmentsTo(fn, { kind: 'variable', symbol }, analyzer.resolve).length > 0) return;
    into.set(symbol, { ...binding, call, values });
  };
  const fallback = parameter.initializer;
  if (typescript.isIdentifier(parameter.name)) {
    bind(parameter.name, { argument, fallback });
    return;
  }
  if (!typescript.isObjectBindingPattern(parameter.name)) return;
  const source = argument ?? fallback;
  const keys: string[] = [];
  for (const element of parameter.name.elements) {
    if (element.dotDotDotToken) {
      if (source) bind(element.name, { argument: source, omit: keys });
      continue;
    }
    const key = bindingKey(element);
    if (key === undefined) return;
    keys.push(key);
    bind(element.name, { argument: source, key, fallback: element.initializer });
  }
}

/** The parameters of `fn` bound to the arguments of one call; undefined when a spread hides which is which. */
function bindCall(analyzer: ValueAnalyzer, fn: FunctionNode, call: TypedCallSite, values: ValueAnalyzer): Map<ts.Symbol, TypedBinding> | undefined {
  const bindings = new Map<ts.Symbol, TypedBinding>();
  const args = call.arguments ?? typescript.factory.createNodeArray<ts.Expression>();
  for (const [index, parameter] of fn.parameters.entries()) {
    if (args.slice(0, index + 1).some((arg) => typescript.isSpreadElement(arg))) return bindings.size > 0 ? bindings : undefined;
    // A rest parameter, and a constructor's parameter property (a field: not followed here).
    if (parameter.dotDotDotToken || typescript.getModifiers(parameter)?.length) continue;
    bindParameter(analyzer, parameter, args[index], call, values, bindings);
  }
  return bindings.size > 0 ? bindings : undefined;
}

/**
 * Every call site in the construction's file that decides its config: the calls of the function
 * it stands in, and of the functions whose parameters those calls pass on (up to two levels), each
 * with the analyzer its arguments make.
 */
export function callSiteEnvironments(analyzer: ValueAnalyzer, construction: ts.Node): TypedCallSiteEnvironment[] {
  const fn = decidingFunction(construction);
  return fn ? environmentsOf(analyzer, fn, 0) : [];
}

function environmentsOf(analyzer: ValueAnalyzer, fn: FunctionNode, level: number): TypedCallSiteEnvironment[] {
  const environments: TypedCallSiteEnvironment[] = [];
  for (const call of callSitesOf(analyzer, fn).slice(0, MAX_CALL_SITES)) {
    const outer: TypedCallSiteEnvironment[] = [{ calls: [], values: analyzer }];
    const caller = enclosingFunction(call);
    if (caller && caller !== fn && level < MAX_FORWARDING) outer.push(...environmentsOf(analyzer, caller, level + 1));
    for (const environment of outer) {
      const bindings = bindCall(analyzer, fn, call, environment.values);
      if (bindings) environments.push({ calls: [call, ...environment.calls], values: analyzer.bound(bindings) });
    }
  }
  return environments;
}

/**
 * The function whose calls decide a construction: the one it stands in, or, in a method or a
 * field initializer (whose fields hold what the constructor stored), its class's constructor
 * (the implementation, not an overload signature).
 */
function decidingFunction(construction: ts.Node): FunctionNode | undefined {
  const fn = enclosingFunction(construction);
  if (fn && calleeName(fn)) return fn;
  return instanceClass(construction)?.members.find(
    (member): member is ts.ConstructorDeclaration => typescript.isConstructorDeclaration(member) && member.body !== undefined,
  );
}

// Per analyzer (so per program): the constructions each helper decides, by the helper's declaration.
const helperCaches = new WeakMap<ValueAnalyzer, WeakMap<ts.Node, readonly ts.NewExpression[]>>();

/**
 * A call in one file of a helper declared in another (`import { makeClient } from './s3'`): the
 * helper's function and the client constructions in it that its parameters decide, with the
 * analyzer this call's arguments make. Undefined when the callee is no such helper. (A helper in
 * the same file is judged from its construction, `callSiteEnvironments`.)
 */
export function importedHelperCall(
  analyzer: ValueAnalyzer,
  call: TypedCallSite,
  isConstruction: (node: ts.NewExpression) => boolean,
): { constructions: readonly ts.NewExpression[]; values: ValueAnalyzer } | undefined {
  if (!typescript.isIdentifier(call.expression) || !call.arguments?.length) return undefined;
  const declaration = analyzer.resolveSymbol(call.expression)?.valueDeclaration;
  if (!declaration || declaration.getSourceFile() === call.getSourceFile() || declaration.getSourceFile().isDeclarationFile) return undefined;
  let fn: FunctionNode | undefined;
  if (typescript.isNewExpression(call)) {
    fn = typescript.isClassDeclaration(declaration)
      ? declaration.members.find((m): m is ts.ConstructorDeclaration => typescript.isConstructorDeclaration(m) && m.body !== undefined)
      : undefined;
  } else if (typescript.isFunctionDeclaration(declaration)) {
    fn = declaration;
  } else if (typescript.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = declaration.initializer;
    fn = typescript.isArrowFunction(init) || typescript.isFunctionExpression(init) ? init : undefined;
  }
  if (!fn) return undefined;
  let cache = helperCaches.get(analyzer);
  if (!cache) {
    cache = new WeakMap();
    helperCaches.set(analyzer, cache);
  }
  const owner: ts.Node = typescript.isConstructorDeclaration(fn) ? fn.parent : fn;
  let constructions = cache.get(owner);
  if (!constructions) {
    const found: ts.NewExpression[] = [];
    const visit = (node: ts.Node): void => {
      if (typescript.isNewExpression(node) && decidingFunction(node) === fn && isConstruction(node)) found.push(node);
      typescript.forEachChild(node, visit);
    };
    typescript.forEachChild(owner, visit);
    constructions = found;
    cache.set(owner, constructions);
  }
  if (constructions.length === 0) return undefined;
  const bindings = bindCall(analyzer, fn, call, analyzer);
  return bindings ? { constructions, values: analyzer.bound(bindings) } : undefined;
}
