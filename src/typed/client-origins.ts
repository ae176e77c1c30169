/**
 * Where the client behind an expression was made. Follows variables and aliases, module-level
 * singletons in other files, class fields (their initialiser and every assignment in the class),
 * functions and methods that return a client (every `return`, both branches of a conditional,
 * lazy `??=` singletons), destructuring of a returned object, and `await`.
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
    const node = unwrapObjectReference(raw);
    const next = (expression: ts.Expression): Origin[] => this.traceExpression(expression, depth + 1, visiting);
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
    if (typescript.isIdentifier(node)) return this.traceSymbol(node, depth, visiting);
    if (typescript.isPropertyAccessExpression(node)) return this.traceSymbol(node.name, depth, visiting);
    if (typescript.isCallExpression(node)) return this.traceCall(node, depth, visiting);
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
      if (typescript.isParameter(declaration)) {
        origins.push({ kind: 'unknown', node: declaration, why: 'parameter' });
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
        origins.push(...this.traceSymbol(declaration.name, depth + 1, visiting));
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
        origins.push(...this.traceExpression(property.initializer, depth + 1, visiting));
      } else if (property && typescript.isShorthandPropertyAssignment(property)) {
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

  private traceCall(call: ts.CallExpression, depth: number, visiting: Set<ts.Node>): Origin[] {
    const declaration = this.checker.getResolvedSignature(call)?.declaration;
    if (this.options.factoryName !== undefined && declaration && !typescript.isJSDocSignature(declaration)) {
      if (declaredName(declaration, 2) === this.options.factoryName) return [{ kind: 'factory', node: call }];
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
  private assignedValues(scope: ts.Node, reference: Reference): ts.Expression[] {
    return assignmentsTo(scope, reference, this.analyzer.resolve).map((assignment) => assignment.right);
  }

}
