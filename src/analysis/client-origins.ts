/**
 * Where the client behind an expression was made. Follows variables and aliases, module-level
 * singletons in other files, class fields (their initialiser and every assignment in the class),
 * functions and methods that return a client (every `return`, both branches of a conditional,
 * lazy `??=` singletons), destructuring of a returned object, and `await`.
 */
import ts from 'typescript';
import { clientConstruction, type ClientConstruction } from './clients.js';
import { isSatisfiesExpression, type ValueAnalyzer } from './values.js';

export type Origin =
  | { kind: 'construction'; construction: ClientConstruction }
  /** Made by the configured client factory: pinned by contract. */
  | { kind: 'factory'; node: ts.Node }
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
const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
]);

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
    return this.traceExpression(node, 0, new Set());
  }

  private traceExpression(raw: ts.Expression, depth: number, visiting: Set<ts.Node>): Origin[] {
    const cached = this.cache.get(raw);
    if (cached) return cached;
    if (depth > MAX_DEPTH || visiting.has(raw)) return [];
    visiting.add(raw);
    const result = this.compute(raw, depth, visiting);
    visiting.delete(raw);
    // Only whole answers are kept: one reached inside a cycle may be partial.
    if (depth === 0) this.cache.set(raw, result);
    return result;
  }

  private compute(raw: ts.Expression, depth: number, visiting: Set<ts.Node>): Origin[] {
    const node = skipWrappers(raw);
    const next = (expression: ts.Expression): Origin[] => this.traceExpression(expression, depth + 1, visiting);
    if (this.hasPinnedType(node)) return [{ kind: 'pinnedType', node }];

    if (ts.isNewExpression(node)) {
      const construction = clientConstruction(this.analyzer, node);
      return construction ? [{ kind: 'construction', construction }] : [{ kind: 'unknown', node, why: 'unresolved' }];
    }
    if (ts.isConditionalExpression(node)) return [...next(node.whenTrue), ...next(node.whenFalse)];
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (
        operator === ts.SyntaxKind.QuestionQuestionToken ||
        operator === ts.SyntaxKind.BarBarToken ||
        operator === ts.SyntaxKind.QuestionQuestionEqualsToken ||
        operator === ts.SyntaxKind.BarBarEqualsToken
      ) {
        return [...next(node.left), ...next(node.right)];
      }
      if (operator === ts.SyntaxKind.EqualsToken) return next(node.right);
      return [{ kind: 'unknown', node, why: 'unresolved' }];
    }
    if (ts.isIdentifier(node)) return this.traceSymbol(node, depth, visiting);
    if (ts.isPropertyAccessExpression(node)) return this.traceSymbol(node.name, depth, visiting);
    if (ts.isCallExpression(node)) return this.traceCall(node, depth, visiting);
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

  private traceSymbol(name: ts.Identifier | ts.PrivateIdentifier, depth: number, visiting: Set<ts.Node>): Origin[] {
    const symbol = this.analyzer.resolveSymbol(name);
    const declarations = symbol?.declarations ?? [];
    if (!symbol || declarations.length === 0) return [{ kind: 'unknown', node: name, why: 'unresolved' }];
    const next = (expression: ts.Expression): Origin[] => this.traceExpression(expression, depth + 1, visiting);
    const origins: Origin[] = [];
    for (const declaration of declarations) {
      if (ts.isParameter(declaration)) {
        origins.push({ kind: 'unknown', node: declaration, why: 'parameter' });
      } else if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
        if (declaration.initializer) origins.push(...next(declaration.initializer));
        if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) {
          const scope = enclosingScope(declaration);
          for (const value of this.assignmentsTo(scope, symbol, undefined)) origins.push(...next(value));
        }
      } else if (ts.isBindingElement(declaration)) {
        origins.push(...this.traceBinding(declaration, depth, visiting));
      } else if (ts.isPropertyDeclaration(declaration)) {
        if (declaration.initializer) origins.push(...next(declaration.initializer));
        for (const value of this.assignmentsTo(declaration.parent, symbol, 'this')) origins.push(...next(value));
      } else if (ts.isPropertyAssignment(declaration)) {
        origins.push(...next(declaration.initializer));
      } else if (ts.isShorthandPropertyAssignment(declaration)) {
        origins.push(...this.traceSymbol(declaration.name, depth + 1, visiting));
      } else if (ts.isGetAccessorDeclaration(declaration) && declaration.body) {
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
    if (!ts.isObjectBindingPattern(pattern) || !ts.isVariableDeclaration(declaration) || !declaration.initializer) {
      return [{ kind: 'unknown', node: element, why: 'unresolved' }];
    }
    const key = element.propertyName ?? element.name;
    const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
    if (name === undefined) return [{ kind: 'unknown', node: element, why: 'unresolved' }];
    const origins: Origin[] = [];
    for (const object of this.objectsOf(declaration.initializer, depth, visiting)) {
      const property = object.properties.find((p) => accessNameOfElement(p) === name);
      if (property && ts.isPropertyAssignment(property)) {
        origins.push(...this.traceExpression(property.initializer, depth + 1, visiting));
      } else if (property && ts.isShorthandPropertyAssignment(property)) {
        origins.push(...this.traceSymbol(property.name, depth + 1, visiting));
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
    const node = skipWrappers(raw);
    if (ts.isObjectLiteralExpression(node)) return [node];
    if (depth >= MAX_DEPTH || visiting.has(node)) return [];
    visiting.add(node);
    try {
      const next = (expression: ts.Expression): ts.ObjectLiteralExpression[] => this.objectsOf(expression, depth + 1, visiting);
      if (ts.isCallExpression(node)) {
        const body = this.calleeBody(node);
        return body ? returnedExpressions(body).flatMap(next) : [];
      }
      if (ts.isConditionalExpression(node)) return [...next(node.whenTrue), ...next(node.whenFalse)];
      if (ts.isBinaryExpression(node)) {
        const operator = node.operatorToken.kind;
        if (operator === ts.SyntaxKind.EqualsToken) return next(node.right);
        if (ASSIGNMENTS.has(operator) || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
          return [...next(node.left), ...next(node.right)];
        }
        return [];
      }
      const name = ts.isIdentifier(node) ? node : ts.isPropertyAccessExpression(node) ? node.name : undefined;
      if (!name) return [];
      const symbol = this.analyzer.resolveSymbol(name);
      const objects: ts.ObjectLiteralExpression[] = [];
      for (const declaration of symbol?.declarations ?? []) {
        if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
          if (declaration.initializer) objects.push(...next(declaration.initializer));
          if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) && symbol) {
            for (const value of this.assignmentsTo(enclosingScope(declaration), symbol, undefined)) objects.push(...next(value));
          }
        } else if (ts.isPropertyDeclaration(declaration) && symbol) {
          if (declaration.initializer) objects.push(...next(declaration.initializer));
          for (const value of this.assignmentsTo(declaration.parent, symbol, 'this')) objects.push(...next(value));
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
    const callee = skipWrappers(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'get') return undefined;
    const receiver = skipWrappers(callee.expression);
    const name = ts.isIdentifier(receiver) ? receiver : ts.isPropertyAccessExpression(receiver) ? receiver.name : undefined;
    if (!name) return undefined;
    const type = this.checker.getTypeAtLocation(receiver);
    const typeName = type.getSymbol()?.name;
    if (typeName !== 'Map' && typeName !== 'WeakMap') return undefined;
    const symbol = this.analyzer.resolveSymbol(name);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration) return undefined;
    let scope: ts.Node;
    let viaThis: boolean;
    if (ts.isPropertyDeclaration(declaration)) {
      scope = declaration.parent;
      viaThis = true;
    } else if (ts.isVariableDeclaration(declaration)) {
      scope = enclosingScope(declaration);
      viaThis = false;
    } else {
      return undefined;
    }
    if (!scope.getText().includes('.set(')) return [];
    const values: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.arguments.length >= 2) {
        const setter = skipWrappers(node.expression);
        if (ts.isPropertyAccessExpression(setter) && setter.name.text === 'set') {
          const target = skipWrappers(setter.expression);
          const matches = viaThis
            ? ts.isPropertyAccessExpression(target) &&
              target.expression.kind === ts.SyntaxKind.ThisKeyword &&
              target.name.text === symbol.name
            : ts.isIdentifier(target) && target.text === symbol.name && this.analyzer.resolveSymbol(target) === symbol;
          const value = node.arguments[1];
          if (matches && value && !ts.isSpreadElement(value)) values.push(value);
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    return values;
  }

  private calleeBody(call: ts.CallExpression): ts.ConciseBody | undefined {
    const declaration = this.checker.getResolvedSignature(call)?.declaration;
    if (!declaration || ts.isJSDocSignature(declaration) || declaration.getSourceFile().isDeclarationFile) {
      return undefined;
    }
    if (
      (ts.isFunctionDeclaration(declaration) ||
        ts.isMethodDeclaration(declaration) ||
        ts.isFunctionExpression(declaration) ||
        ts.isArrowFunction(declaration)) &&
      declaration.body
    ) {
      return declaration.body;
    }
    return undefined;
  }

  private traceCall(call: ts.CallExpression, depth: number, visiting: Set<ts.Node>): Origin[] {
    const declaration = this.checker.getResolvedSignature(call)?.declaration;
    if (this.options.factoryName !== undefined && declaration && !ts.isJSDocSignature(declaration)) {
      if (declarationName(declaration) === this.options.factoryName) return [{ kind: 'factory', node: call }];
    }
    const stored = this.mapValues(call);
    if (stored !== undefined) {
      const origins = stored.flatMap((value) => this.traceExpression(value, depth + 1, visiting));
      return origins.length > 0 ? origins : [{ kind: 'unknown', node: call, why: 'unresolved' }];
    }
    const body = this.calleeBody(call);
    if (!body) return [{ kind: 'unknown', node: call, why: 'unresolved' }];
    const values = returnedExpressions(body);
    if (values.length === 0) return [{ kind: 'unknown', node: call, why: 'unresolved' }];
    return values.flatMap((value) => this.traceExpression(value, depth + 1, visiting));
  }

  /** Values assigned to a variable (`client = …`, `client ??= …`) or a field (`this.client = …`) in a scope. */
  private assignmentsTo(scope: ts.Node, symbol: ts.Symbol, receiver: 'this' | undefined): ts.Expression[] {
    const values: ts.Expression[] = [];
    const name = symbol.name;
    if (!scope.getText().includes(name)) return values;
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind)) {
        const target = skipWrappers(node.left);
        const matches =
          receiver === 'this'
            ? ts.isPropertyAccessExpression(target) &&
              target.expression.kind === ts.SyntaxKind.ThisKeyword &&
              target.name.text === name
            : ts.isIdentifier(target) && target.text === name && this.analyzer.resolveSymbol(target) === symbol;
        if (matches) values.push(node.right);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    return values;
  }
}

function skipWrappers(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      isSatisfiesExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isAwaitExpression(current) ||
      ts.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

function accessNameOfElement(element: ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(element)) return undefined;
  const name = element.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function declarationName(declaration: ts.SignatureDeclaration): string | undefined {
  if (declaration.name && ts.isIdentifier(declaration.name)) return declaration.name.text;
  const parent = declaration.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/** The function, class body or file a declaration's assignments can stand in. */
function enclosingScope(node: ts.Node): ts.Node {
  let current: ts.Node = node.parent;
  while (!ts.isSourceFile(current) && !ts.isFunctionLike(current) && !ts.isClassLike(current)) current = current.parent;
  return current;
}

/** The expressions a function body returns (not those of nested functions). */
export function returnedExpressions(body: ts.ConciseBody): ts.Expression[] {
  if (!ts.isBlock(body)) return [body];
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) values.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return values;
}
