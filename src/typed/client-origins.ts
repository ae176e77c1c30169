/**
 * Where the client behind an expression was made. Follows variables and aliases, module-level
 * singletons in other files, class fields (their initialiser and every assignment in the class),
 * functions and methods that return a client (every `return`, both branches of a conditional,
 * lazy `??=` singletons; inside a followed call its parameters stand for the call's arguments, so
 * generic identity-like wrappers keep what they are given), destructuring of a returned object,
 * `await`, `Promise.resolve(…)`, properties of the object literals a value may be (`result.data`,
 * `holder.client`) and those written on a variable (`box.client = …`), and elements of a `const`
 * array literal (and what `.push(…)` adds).
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';
import { clientConstruction, type ClientConstruction } from './clients.js';
import {
  assignmentsTo,
  declaredName,
  elementName,
  enclosingScope,
  isAssignmentOperator,
  methodCallsOn,
  returnedExpressions,
  unwrapObjectReference,
  writtenOnlyByAssignment,
  type Reference,
} from './nodes.js';
import type { ValueAnalyzer } from './values.js';

export type Origin =
  | { kind: 'construction'; construction: ClientConstruction }
  /** Made by the configured client factory: pinned by contract. */
  | { kind: 'factory'; node: ts.CallExpression }
  /** Typed with one of the types the user declared pinned. */
  | { kind: 'pinnedType'; node: ts.Node }
  /** Nothing to follow: a parameter, an injected or interface-typed value, a library call. */
  | { kind: 'unknown'; node: ts.Node; why: 'parameter' | 'unresolved' };

export interface TraceOptions {
  /** The configured factory's function name. */
  factoryName: string | undefined;
  /** Type names whose values are pinned clients (a factory's branded return type). */
  pinnedTypes: readonly string[];
}

const MAX_DEPTH = 10;
/** Array methods that read one element, and those that add elements. */
const ARRAY_ELEMENT_READS = new Set(['find', 'findLast', 'at']);
const ARRAY_WRITES = new Set(['push', 'unshift', 'splice']);

/**
 * A call being followed into the function it calls: inside `fn`, a parameter stands for the
 * call's argument (read in the caller's own environment), so that identity-like wrappers
 * (`identity(client)`, `ok(client)` … `result.data`) keep the client they were given.
 */
interface CallEnvironment {
  fn: ts.SignatureDeclaration;
  call: ts.CallExpression;
  outer: CallEnvironment | undefined;
}

/** An object literal an expression may evaluate to, with the environment its values are read in. */
interface FoundObject {
  object: ts.ObjectLiteralExpression;
  env: CallEnvironment | undefined;
}

/** `Promise.resolve(x)` on the global `Promise`: a promise of `x`. */
function promiseResolveArgument(call: ts.CallExpression): ts.Expression | undefined {
  const callee = unwrapObjectReference(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'resolve') return undefined;
  if (!typescript.isIdentifier(callee.expression) || callee.expression.text !== 'Promise') return undefined;
  const [argument] = call.arguments;
  return argument && !typescript.isSpreadElement(argument) ? argument : undefined;
}

/** `clients.find(…)`, `clients.at(i)`: the array's name. */
function arrayElementRead(call: ts.CallExpression): ts.Identifier | undefined {
  const callee = unwrapObjectReference(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || !ARRAY_ELEMENT_READS.has(callee.name.text)) return undefined;
  const receiver = unwrapObjectReference(callee.expression);
  return typescript.isIdentifier(receiver) ? receiver : undefined;
}

export class ClientTracer {
  private readonly cache = new WeakMap<ts.Node, Origin[]>();
  private readonly checker: ts.TypeChecker;

  constructor(
    private readonly analyzer: ValueAnalyzer,
    private readonly options: TraceOptions,
  ) {
    this.checker = analyzer.checker;
  }

  /** Every place the client an expression evaluates to may have been made. */
  trace(node: ts.Expression): Origin[] {
    return this.traceExpression(node, 0, new Set(), undefined);
  }

  private traceExpression(raw: ts.Expression, depth: number, visiting: Set<ts.Node>, env: CallEnvironment | undefined): Origin[] {
    // A node read inside a followed call may stand for another value than on its own.
    const cached = env ? undefined : this.cache.get(raw);
    if (cached) return cached;
    if (depth > MAX_DEPTH || visiting.has(raw)) return [];
    visiting.add(raw);
    const result = this.compute(raw, depth, visiting, env);
    visiting.delete(raw);
    // Only whole answers are kept: one reached inside a cycle may be partial.
    if (depth === 0) this.cache.set(raw, result);
    return result;
  }

  private compute(raw: ts.Expression, depth: number, visiting: Set<ts.Node>, env: CallEnvironment | undefined): Origin[] {
    const node = unwrapObjectReference(raw);
    const next = (expression: ts.Expression): Origin[] => this.traceExpression(expression, depth + 1, visiting, env);
    if (this.hasPinnedType(node)) return [{ kind: 'pinnedType', node }];

    if (typescript.isNewExpression(node)) {
      const construction = clientConstruction(this.analyzer, node);
      return construction ? [{ kind: 'construction', construction }] : [{ kind: 'unknown', node, why: 'unresolved' }];
    }
    if (typescript.isConditionalExpression(node)) return [...next(node.whenTrue), ...next(node.whenFalse)];
    if (typescript.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (
        operator === typescript.SyntaxKind.QuestionQuestionToken ||
        operator === typescript.SyntaxKind.BarBarToken ||
        operator === typescript.SyntaxKind.QuestionQuestionEqualsToken ||
        operator === typescript.SyntaxKind.BarBarEqualsToken
      ) {
        return [...next(node.left), ...next(node.right)];
      }
      if (operator === typescript.SyntaxKind.EqualsToken) return next(node.right);
      return [{ kind: 'unknown', node, why: 'unresolved' }];
    }
    if (typescript.isIdentifier(node)) return this.traceSymbol(node, depth, visiting, env);
    if (typescript.isPropertyAccessExpression(node)) {
      const held = node.expression.kind === typescript.SyntaxKind.ThisKeyword ? undefined : this.traceMember(node, depth, visiting, env);
      return held ?? this.traceSymbol(node.name, depth, visiting, env);
    }
    if (typescript.isElementAccessExpression(node)) {
      const array = unwrapObjectReference(node.expression);
      const elements = typescript.isIdentifier(array) ? this.traceArray(array, depth, visiting, env) : undefined;
      return elements ?? [{ kind: 'unknown', node, why: 'unresolved' }];
    }
    if (typescript.isCallExpression(node)) return this.traceCall(node, depth, visiting, env);
    return [{ kind: 'unknown', node, why: 'unresolved' }];
  }

  private hasPinnedType(node: ts.Expression): boolean {
    if (this.options.pinnedTypes.length === 0) return false;
    const type = this.checker.getTypeAtLocation(node);
    const names = new Set<string>();
    for (const part of type.isIntersection() ? [type, ...type.types] : [type]) {
      if (part.aliasSymbol) names.add(part.aliasSymbol.name);
      const symbol = part.getSymbol();
      if (symbol) names.add(symbol.name);
    }
    return this.options.pinnedTypes.some((name) => names.has(name));
  }

  private traceSymbol(name: ts.Identifier | ts.PrivateIdentifier, depth: number, visiting: Set<ts.Node>, env: CallEnvironment | undefined): Origin[] {
    const symbol = this.analyzer.resolveSymbol(name);
    const declarations = symbol?.declarations ?? [];
    if (!symbol || declarations.length === 0) return [{ kind: 'unknown', node: name, why: 'unresolved' }];
    const next = (expression: ts.Expression): Origin[] => this.traceExpression(expression, depth + 1, visiting, env);
    const origins: Origin[] = [];
    for (const declaration of declarations) {
      if (typescript.isParameter(declaration)) {
        const argument = this.argumentOf(declaration, env);
        if (argument) origins.push(...this.traceExpression(argument, depth + 1, visiting, env?.outer));
        else origins.push({ kind: 'unknown', node: declaration, why: 'parameter' });
      } else if (typescript.isVariableDeclaration(declaration) && typescript.isIdentifier(declaration.name)) {
        if (declaration.initializer) origins.push(...next(declaration.initializer));
        if (!(typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const)) {
          const scope = enclosingScope(declaration);
          for (const value of this.assignedValues(scope, { kind: 'variable', symbol })) origins.push(...next(value));
        }
      } else if (typescript.isBindingElement(declaration)) {
        origins.push(...this.traceBinding(declaration, depth, visiting));
      } else if (typescript.isPropertyDeclaration(declaration)) {
        if (declaration.initializer) origins.push(...next(declaration.initializer));
        for (const value of this.assignedValues(declaration.parent, { kind: 'thisField', name: symbol.name })) origins.push(...next(value));
      } else if (typescript.isPropertyAssignment(declaration)) {
        origins.push(...next(declaration.initializer));
      } else if (typescript.isShorthandPropertyAssignment(declaration)) {
        origins.push(...this.traceSymbol(declaration.name, depth + 1, visiting, env));
      } else if (typescript.isGetAccessorDeclaration(declaration) && declaration.body) {
        for (const value of returnedExpressions(declaration.body)) origins.push(...next(value));
      } else {
        origins.push({ kind: 'unknown', node: declaration, why: 'unresolved' });
      }
    }
    return origins.length > 0 ? origins : [{ kind: 'unknown', node: name, why: 'unresolved' }];
  }

  /** `const { client } = make()` and `const { client } = await make()`. */
  private traceBinding(element: ts.BindingElement, depth: number, visiting: Set<ts.Node>): Origin[] {
    const pattern = element.parent;
    const declaration = pattern.parent;
    if (!typescript.isObjectBindingPattern(pattern) || !typescript.isVariableDeclaration(declaration) || !declaration.initializer) {
      return [{ kind: 'unknown', node: element, why: 'unresolved' }];
    }
    const key = element.propertyName ?? element.name;
    const name = typescript.isIdentifier(key) || typescript.isStringLiteral(key) ? key.text : undefined;
    if (name === undefined) return [{ kind: 'unknown', node: element, why: 'unresolved' }];
    const origins: Origin[] = [];
    for (const object of this.objectsOf(declaration.initializer, depth, visiting)) {
      const property = object.properties.find((p) => elementName(p) === name);
      if (property && typescript.isPropertyAssignment(property)) {
        origins.push(...this.traceExpression(property.initializer, depth + 1, visiting, undefined));
      } else if (property && typescript.isShorthandPropertyAssignment(property)) {
        origins.push(...this.traceSymbol(property.name, depth + 1, visiting, undefined));
      } else {
        origins.push({ kind: 'unknown', node: object, why: 'unresolved' });
      }
    }
    return origins.length > 0 ? origins : [{ kind: 'unknown', node: element, why: 'unresolved' }];
  }

  /**
   * The object literals an expression may evaluate to: directly, returned by a local function (an
   * async IIFE included), through both sides of `??`, `||`, `??=` and conditionals, and held in a
   * variable or class field (its initializer and every assignment), as lazy singletons hold
   * `{ sdk, client }`.
   */
  private objectsOf(raw: ts.Expression, depth: number, visiting: Set<ts.Node>): ts.ObjectLiteralExpression[] {
    const node = unwrapObjectReference(raw);
    if (typescript.isObjectLiteralExpression(node)) return [node];
    if (depth >= MAX_DEPTH || visiting.has(node)) return [];
    visiting.add(node);
    try {
      const next = (expression: ts.Expression): ts.ObjectLiteralExpression[] => this.objectsOf(expression, depth + 1, visiting);
      if (typescript.isCallExpression(node)) {
        const body = this.calleeBody(node);
        return body ? returnedExpressions(body).flatMap(next) : [];
      }
      if (typescript.isConditionalExpression(node)) return [...next(node.whenTrue), ...next(node.whenFalse)];
      if (typescript.isBinaryExpression(node)) {
        const operator = node.operatorToken.kind;
        if (operator === typescript.SyntaxKind.EqualsToken) return next(node.right);
        if (isAssignmentOperator(operator) || operator === typescript.SyntaxKind.QuestionQuestionToken || operator === typescript.SyntaxKind.BarBarToken) {
          return [...next(node.left), ...next(node.right)];
        }
        return [];
      }
      const name = typescript.isIdentifier(node) ? node : typescript.isPropertyAccessExpression(node) ? node.name : undefined;
      if (!name) return [];
      const symbol = this.analyzer.resolveSymbol(name);
      const objects: ts.ObjectLiteralExpression[] = [];
      for (const declaration of symbol?.declarations ?? []) {
        if (typescript.isVariableDeclaration(declaration) && typescript.isIdentifier(declaration.name)) {
          if (declaration.initializer) objects.push(...next(declaration.initializer));
          if (!(typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const) && symbol) {
            for (const value of this.assignedValues(enclosingScope(declaration), { kind: 'variable', symbol })) objects.push(...next(value));
          }
        } else if (typescript.isPropertyDeclaration(declaration) && symbol) {
          if (declaration.initializer) objects.push(...next(declaration.initializer));
          for (const value of this.assignedValues(declaration.parent, { kind: 'thisField', name: symbol.name })) objects.push(...next(value));
        }
      }
      return objects;
    } finally {
      visiting.delete(node);
    }
  }

  /**
   * `cache.get(key)` on a `Map` held in a variable or class field: the values the code stores with
   * `cache.set(key, value)` on the same map (per-region client caches).
   */
  private mapValues(call: ts.CallExpression): ts.Expression[] | undefined {
    const callee = unwrapObjectReference(call.expression);
    if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'get') return undefined;
    const receiver = unwrapObjectReference(callee.expression);
    const name = typescript.isIdentifier(receiver) ? receiver : typescript.isPropertyAccessExpression(receiver) ? receiver.name : undefined;
    if (!name) return undefined;
    const type = this.checker.getTypeAtLocation(receiver);
    const typeName = type.getSymbol()?.name;
    if (typeName !== 'Map' && typeName !== 'WeakMap') return undefined;
    const symbol = this.analyzer.resolveSymbol(name);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration) return undefined;
    let scope: ts.Node;
    let reference: Reference;
    if (typescript.isPropertyDeclaration(declaration)) {
      scope = declaration.parent;
      reference = { kind: 'thisField', name: symbol.name };
    } else if (typescript.isVariableDeclaration(declaration)) {
      scope = enclosingScope(declaration);
      reference = { kind: 'variable', symbol };
    } else {
      return undefined;
    }
    return methodCallsOn(scope, reference, 'set', this.analyzer.resolve).flatMap((call) => {
      const value = call.arguments[1];
      return value && !typescript.isSpreadElement(value) ? [value] : [];
    });
  }

  private calleeBody(call: ts.CallExpression): ts.ConciseBody | undefined {
    const declaration = this.checker.getResolvedSignature(call)?.declaration;
    if (!declaration || typescript.isJSDocSignature(declaration) || declaration.getSourceFile().isDeclarationFile) {
      return undefined;
    }
    if (
      (typescript.isFunctionDeclaration(declaration) ||
        typescript.isMethodDeclaration(declaration) ||
        typescript.isFunctionExpression(declaration) ||
        typescript.isArrowFunction(declaration)) &&
      declaration.body
    ) {
      return declaration.body;
    }
    return undefined;
  }

  private traceCall(call: ts.CallExpression, depth: number, visiting: Set<ts.Node>, env: CallEnvironment | undefined): Origin[] {
    const declaration = this.checker.getResolvedSignature(call)?.declaration;
    if (this.options.factoryName !== undefined && declaration && !typescript.isJSDocSignature(declaration)) {
      if (declaredName(declaration, 2) === this.options.factoryName) return [{ kind: 'factory', node: call }];
    }
    const resolved = promiseResolveArgument(call);
    if (resolved) return this.traceExpression(resolved, depth + 1, visiting, env);
    const array = arrayElementRead(call);
    const elements = array && this.traceArray(array, depth, visiting, env);
    if (elements) return elements;
    const stored = this.mapValues(call);
    if (stored !== undefined) {
      const origins = stored.flatMap((value) => this.traceExpression(value, depth + 1, visiting, env));
      return origins.length > 0 ? origins : [{ kind: 'unknown', node: call, why: 'unresolved' }];
    }
    const callee = this.callee(call);
    if (!callee) return [{ kind: 'unknown', node: call, why: 'unresolved' }];
    const values = returnedExpressions(callee.body);
    if (values.length === 0) return [{ kind: 'unknown', node: call, why: 'unresolved' }];
    // Inside the function, its parameters stand for this call's arguments.
    const inner: CallEnvironment = { fn: callee.fn, call, outer: env };
    return values.flatMap((value) => this.traceExpression(value, depth + 1, visiting, inner));
  }

  /** The function a call runs, with its body, when the program has its source. */
  private callee(call: ts.CallExpression): { fn: ts.SignatureDeclaration; body: ts.ConciseBody } | undefined {
    const body = this.calleeBody(call);
    return body ? { fn: body.parent as ts.SignatureDeclaration, body } : undefined;
  }

  /** The argument a parameter stands for in the call being followed; undefined for anything else. */
  private argumentOf(parameter: ts.ParameterDeclaration, env: CallEnvironment | undefined): ts.Expression | undefined {
    if (!env || parameter.parent !== env.fn || !typescript.isIdentifier(parameter.name)) return undefined;
    // A parameter the function reassigns holds more than the argument.
    const symbol = this.analyzer.resolveSymbol(parameter.name);
    const resolve = this.analyzer.resolve;
    if (!symbol || !writtenOnlyByAssignment(env.fn, symbol, resolve) || assignmentsTo(env.fn, { kind: 'variable', symbol }, resolve).length > 0) return undefined;
    const index = env.fn.parameters.indexOf(parameter);
    const args = env.call.arguments;
    if (index < 0 || args.slice(0, index + 1).some((arg) => typescript.isSpreadElement(arg))) return undefined;
    return args[index];
  }

  /**
   * `holder.client`, `result.data`: the property of each object literal the receiver may be (held
   * in a variable, returned by a function, `Promise.resolve(…)`), and what the code assigns to
   * that property of a variable (`box.client = …`); undefined when any object it may be is not
   * seen (the property's declaration is followed instead).
   */
  private traceMember(node: ts.PropertyAccessExpression, depth: number, visiting: Set<ts.Node>, env: CallEnvironment | undefined): Origin[] | undefined {
    const name = node.name.text;
    const found = this.objectsWithEnvironment(node.expression, depth + 1, visiting, env);
    if (!found) return undefined;
    const origins: Origin[] = [];
    for (const { object, env: where } of found) {
      // A spread or a computed key may set the property to anything.
      if (object.properties.some((p) => typescript.isSpreadAssignment(p) || (p.name !== undefined && typescript.isComputedPropertyName(p.name)))) {
        return undefined;
      }
      const property = object.properties.find((p) => elementName(p) === name);
      if (property && typescript.isPropertyAssignment(property)) origins.push(...this.traceExpression(property.initializer, depth + 1, visiting, where));
      else if (property && typescript.isShorthandPropertyAssignment(property)) origins.push(...this.traceExpression(property.name, depth + 1, visiting, where));
    }
    const receiver = unwrapObjectReference(node.expression);
    const symbol = typescript.isIdentifier(receiver) ? this.analyzer.resolveSymbol(receiver) : undefined;
    const declaration = symbol?.valueDeclaration;
    if (symbol && declaration && typescript.isVariableDeclaration(declaration)) {
      for (const value of this.assignedValues(enclosingScope(declaration), { kind: 'member', of: symbol, name })) {
        origins.push(...this.traceExpression(value, depth + 1, visiting, env));
      }
    }
    return origins.length > 0 ? origins : undefined;
  }

  /**
   * The object literals an expression may evaluate to, each with the environment its values are
   * read in: directly, held in a variable (its initializer and every assignment), returned by a
   * function, `Promise.resolve(…)`, a parameter of the call being followed; undefined when it may
   * be anything else.
   */
  private objectsWithEnvironment(
    raw: ts.Expression,
    depth: number,
    visiting: Set<ts.Node>,
    env: CallEnvironment | undefined,
  ): FoundObject[] | undefined {
    if (depth > MAX_DEPTH || visiting.has(raw)) return [];
    const node = unwrapObjectReference(raw);
    const all = (expressions: readonly ts.Expression[], where: CallEnvironment | undefined): FoundObject[] | undefined => {
      const found: FoundObject[] = [];
      for (const expression of expressions) {
        const objects = this.objectsWithEnvironment(expression, depth + 1, visiting, where);
        if (!objects) return undefined;
        found.push(...objects);
      }
      return found;
    };
    visiting.add(raw);
    try {
      if (typescript.isObjectLiteralExpression(node)) return [{ object: node, env }];
      if (typescript.isConditionalExpression(node)) return all([node.whenTrue, node.whenFalse], env);
      if (typescript.isCallExpression(node)) {
        const resolved = promiseResolveArgument(node);
        if (resolved) return all([resolved], env);
        const callee = this.callee(node);
        const values = callee ? returnedExpressions(callee.body) : [];
        return callee && values.length > 0 ? all(values, { fn: callee.fn, call: node, outer: env }) : undefined;
      }
      if (!typescript.isIdentifier(node)) return undefined;
      const symbol = this.analyzer.resolveSymbol(node);
      const declaration = symbol?.valueDeclaration;
      if (!symbol || symbol.declarations?.length !== 1 || !declaration) return undefined;
      if (typescript.isParameter(declaration)) {
        const argument = this.argumentOf(declaration, env);
        return argument ? all([argument], env?.outer) : undefined;
      }
      if (!typescript.isVariableDeclaration(declaration) || !typescript.isIdentifier(declaration.name)) return undefined;
      const scope = enclosingScope(declaration);
      if (!writtenOnlyByAssignment(scope, symbol, this.analyzer.resolve)) return undefined;
      const values = [...(declaration.initializer ? [declaration.initializer] : []), ...this.assignedValues(scope, { kind: 'variable', symbol })];
      return all(values, env);
    } finally {
      visiting.delete(raw);
    }
  }

  /** A `const` array literal a name holds. */
  private constArray(node: ts.Identifier): ts.ArrayLiteralExpression | undefined {
    const declaration = this.analyzer.resolveSymbol(node)?.valueDeclaration;
    if (!declaration || !typescript.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    if (!(typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const)) return undefined;
    const init = unwrapObjectReference(declaration.initializer);
    return typescript.isArrayLiteralExpression(init) ? init : undefined;
  }

  /**
   * Any element of a `const` array literal: its elements and what `.push(…)`, `.unshift(…)` and
   * `.splice(…)` add; unknown when an element is assigned by index or spread in; undefined when
   * the name holds no such array.
   */
  private traceArray(node: ts.Identifier, depth: number, visiting: Set<ts.Node>, env: CallEnvironment | undefined): Origin[] | undefined {
    const array = this.constArray(node);
    const symbol = this.analyzer.resolveSymbol(node);
    const declaration = symbol?.valueDeclaration;
    if (!array || !symbol || !declaration) return undefined;
    const unknown: Origin[] = [{ kind: 'unknown', node, why: 'unresolved' }];
    const values: ts.Expression[] = [];
    for (const element of array.elements) {
      if (typescript.isSpreadElement(element) || typescript.isOmittedExpression(element)) return unknown;
      values.push(element);
    }
    let other = false;
    const visit = (child: ts.Node): void => {
      if (other) return;
      if ((typescript.isPropertyAccessExpression(child) || typescript.isElementAccessExpression(child)) && typescript.isIdentifier(child.expression) && child.expression.text === node.text && this.analyzer.resolveSymbol(child.expression) === symbol) {
        const use = child.parent;
        if (typescript.isBinaryExpression(use) && use.left === child && isAssignmentOperator(use.operatorToken.kind, 'plain')) other = true;
        const method = typescript.isPropertyAccessExpression(child) ? child.name.text : undefined;
        if (method !== undefined && ARRAY_WRITES.has(method) && typescript.isCallExpression(use) && use.expression === child) {
          for (const arg of method === 'splice' ? use.arguments.slice(2) : use.arguments) {
            if (typescript.isSpreadElement(arg)) other = true;
            else values.push(arg);
          }
        }
      }
      typescript.forEachChild(child, visit);
    };
    typescript.forEachChild(enclosingScope(declaration), visit);
    if (other) return unknown;
    const origins = values.flatMap((value) => this.traceExpression(value, depth + 1, visiting, env));
    return origins.length > 0 ? origins : unknown;
  }


  /** Values assigned to a variable (`client = …`, `client ??= …`) or a field (`this.client = …`) in a scope. */
  private assignedValues(scope: ts.Node, reference: Reference): ts.Expression[] {
    return assignmentsTo(scope, reference, this.analyzer.resolve).map((assignment) => assignment.right);
  }

}
