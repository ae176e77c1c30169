/**
 * Small questions about TypeScript nodes that the typed analysis asks everywhere: the expression
 * inside wrappers, a property's or a declaration's name, `process.env` reads, the expressions a
 * function returns, and the writes to a variable or field in a scope.
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';

/**
 * `x satisfies T`, tested by kind: TypeScript 4.8 (the bottom of the peer range) has no
 * `ts.isSatisfiesExpression`, and there `ts.SyntaxKind.SatisfiesExpression` is undefined, so no node matches.
 */
export function isSatisfiesExpression(node: ts.Node): node is ts.SatisfiesExpression {
  return node.kind === typescript.SyntaxKind.SatisfiesExpression;
}

/**
 * Parentheses, `as const` and `satisfies`: wrappers that keep the value and its literal meaning.
 * (`as T` and `!` are not among them: they change what the value may be said to hold.)
 */
export function unwrapLiteral(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (typescript.isParenthesizedExpression(current) || isSatisfiesExpression(current)) current = current.expression;
    else if (typescript.isAsExpression(current) && typescript.isConstTypeReference(current.type)) current = current.expression;
    else return current;
  }
}

/**
 * Every wrapper that leaves the run-time object as it is: parentheses, `as`, `<T>`, `satisfies`,
 * `!`, and `await` (the awaited client of `await client` or of an async factory is that client).
 */
export function unwrapObjectReference(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      typescript.isParenthesizedExpression(current) ||
      typescript.isAsExpression(current) ||
      isSatisfiesExpression(current) ||
      typescript.isNonNullExpression(current) ||
      typescript.isAwaitExpression(current) ||
      typescript.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The static name of an object literal element (`a`, `'a'`, `1`, `['a']`), if it has one. */
export function elementName(element: ts.ObjectLiteralElementLike): string | undefined {
  if (typescript.isSpreadAssignment(element)) return undefined;
  const name = element.name;
  if (typescript.isIdentifier(name) || typescript.isStringLiteralLike(name) || typescript.isNumericLiteral(name)) return name.text;
  if (typescript.isComputedPropertyName(name) && typescript.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** The name a property access reads (`a.b`, `a['b']`). */
export function accessName(node: ts.Node): string | undefined {
  if (typescript.isPropertyAccessExpression(node)) return node.name.text;
  if (typescript.isElementAccessExpression(node) && typescript.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  return undefined;
}

/** `process.env.X` or `process.env['X']`. */
export function isProcessEnvRead(node: ts.Node): boolean {
  if (!typescript.isPropertyAccessExpression(node) && !typescript.isElementAccessExpression(node)) return false;
  const object = node.expression;
  return (
    typescript.isPropertyAccessExpression(object) &&
    typescript.isIdentifier(object.expression) &&
    object.expression.text === 'process' &&
    object.name.text === 'env'
  );
}

/**
 * The name a declaration is known by: a function's, a method's, or that of the variable holding
 * an arrow or function expression, looking at most `levels` nodes up (a function type inside a
 * variable's type annotation is a few levels below the variable).
 */
export function declaredName(declaration: ts.Node, levels: number): string | undefined {
  let node: ts.Node | undefined = declaration;
  for (let i = 0; node !== undefined && i < levels; i++, node = node.parent) {
    if (
      (typescript.isFunctionDeclaration(node) ||
        typescript.isMethodDeclaration(node) ||
        typescript.isMethodSignature(node) ||
        typescript.isVariableDeclaration(node)) &&
      node.name !== undefined &&
      typescript.isIdentifier(node.name)
    ) {
      return node.name.text;
    }
  }
  return undefined;
}

/** The function, class body or file a declaration's assignments can stand in. */
export function enclosingScope(node: ts.Node): ts.Node {
  let current: ts.Node = node.parent;
  while (!typescript.isSourceFile(current) && !typescript.isFunctionLike(current) && !typescript.isClassLike(current)) current = current.parent;
  return current;
}

/** The function body or file a variable's assignments can stand in. */
export function enclosingFunctionOrFile(node: ts.Node): ts.Node {
  let current: ts.Node = node;
  while (!typescript.isSourceFile(current) && !typescript.isFunctionLike(current)) current = current.parent;
  return current;
}

/** The expressions a function body returns (not those of nested functions). */
export function returnedExpressions(body: ts.ConciseBody): ts.Expression[] {
  if (!typescript.isBlock(body)) return [body];
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (typescript.isFunctionLike(node) || typescript.isClassLike(node)) return;
    if (typescript.isReturnStatement(node) && node.expression) values.push(node.expression);
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(body, visit);
  return values;
}

/** What a write or a call receiver is about: a variable, a field of `this`, or a member of a variable. */
export type Reference =
  | { kind: 'variable'; symbol: ts.Symbol }
  | { kind: 'thisField'; name: string }
  | { kind: 'member'; of: ts.Symbol; name: string };

/** How the caller resolves a name to its symbol (through imports and shorthand properties). */
export type ResolveSymbol = (node: ts.Node) => ts.Symbol | undefined;

/** Does this expression denote the reference: the variable, `this.<field>`, `<variable>.<member>`? */
export function refersTo(node: ts.Node, reference: Reference, resolve: ResolveSymbol): boolean {
  switch (reference.kind) {
    case 'variable':
      return typescript.isIdentifier(node) && node.text === reference.symbol.name && resolve(node) === reference.symbol;
    case 'thisField':
      return (
        typescript.isPropertyAccessExpression(node) &&
        node.expression.kind === typescript.SyntaxKind.ThisKeyword &&
        node.name.text === reference.name
      );
    case 'member':
      return (
        (typescript.isPropertyAccessExpression(node) || typescript.isElementAccessExpression(node)) &&
        accessName(node) === reference.name &&
        typescript.isIdentifier(node.expression) &&
        node.expression.text === reference.of.name &&
        resolve(node.expression) === reference.of
      );
  }
}

/** Which assignments count: `=` only, or also those that may store their right side (`??=`, `||=`). */
export type AssignmentOperators = 'plain' | 'storing';

/** Is this operator `=`, or (for `storing`) `??=` or `||=`? */
export function isAssignmentOperator(kind: ts.SyntaxKind, operators: AssignmentOperators = 'storing'): boolean {
  const { SyntaxKind } = typescript;
  if (kind === SyntaxKind.EqualsToken) return true;
  return operators === 'storing' && (kind === SyntaxKind.QuestionQuestionEqualsToken || kind === SyntaxKind.BarBarEqualsToken);
}

/**
 * The assignments to a reference anywhere in `scope` (nested functions included) with one of
 * `operators`, in source order. A text search for the name spares the walk where it is not written.
 */
export function assignmentsTo(
  scope: ts.Node,
  reference: Reference,
  resolve: ResolveSymbol,
  operators: AssignmentOperators = 'storing',
): ts.BinaryExpression[] {
  const found: ts.BinaryExpression[] = [];
  if (!mayBeWritten(scope.getText(), reference)) return found;
  const visit = (node: ts.Node): void => {
    if (typescript.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind, operators) && refersTo(unwrapObjectReference(node.left), reference, resolve)) {
      found.push(node);
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(scope, visit);
  return found;
}

/** The method calls on a reference anywhere in `scope`: `<reference>.<method>(…)`, in source order. */
export function methodCallsOn(
  scope: ts.Node,
  reference: Reference,
  method: string,
  resolve: ResolveSymbol,
): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  if (!scope.getText().includes(`.${method}(`)) return found;
  const visit = (node: ts.Node): void => {
    if (typescript.isCallExpression(node)) {
      const callee = unwrapObjectReference(node.expression);
      if (
        typescript.isPropertyAccessExpression(callee) &&
        callee.name.text === method &&
        refersTo(unwrapObjectReference(callee.expression), reference, resolve)
      ) {
        found.push(node);
      }
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(scope, visit);
  return found;
}

/** Could the scope's text write the reference at all? */
function mayBeWritten(text: string, reference: Reference): boolean {
  switch (reference.kind) {
    case 'variable':
      return text.includes(reference.symbol.name);
    case 'thisField':
      return text.includes(reference.name);
    case 'member':
      return text.includes(`${reference.of.name}.${reference.name}`) || text.includes(`${reference.of.name}[`);
  }
}

/** Is this variable or `this.<field>` written other than as the whole left side of `=`, `??=` or `||=`? */
export function isOtherWrite(id: ts.Expression): boolean {
  const parent = id.parent;
  if (typescript.isBinaryExpression(parent) && parent.left === id) {
    const kind = parent.operatorToken.kind;
    const isAssignment = kind >= typescript.SyntaxKind.FirstAssignment && kind <= typescript.SyntaxKind.LastAssignment;
    return isAssignment && !isAssignmentOperator(kind);
  }
  if (
    (typescript.isPrefixUnaryExpression(parent) || typescript.isPostfixUnaryExpression(parent)) &&
    (parent.operator === typescript.SyntaxKind.PlusPlusToken || parent.operator === typescript.SyntaxKind.MinusMinusToken)
  ) {
    return true;
  }
  if ((typescript.isForInStatement(parent) || typescript.isForOfStatement(parent)) && parent.initializer === id) return true;
  return isDestructuringTarget(id);
}

/** Is this expression a target of a destructuring assignment: `[x] = …`, `({ x } = …)`, `({ a: this.x } = …)`? */
export function isDestructuringTarget(target: ts.Node): boolean {
  let child: ts.Node = target;
  let outer: ts.Node = target.parent;
  while (
    typescript.isArrayLiteralExpression(outer) ||
    typescript.isObjectLiteralExpression(outer) ||
    typescript.isPropertyAssignment(outer) ||
    typescript.isShorthandPropertyAssignment(outer) ||
    typescript.isSpreadElement(outer) ||
    typescript.isSpreadAssignment(outer) ||
    typescript.isParenthesizedExpression(outer)
  ) {
    child = outer;
    outer = outer.parent;
  }
  return (
    child !== target &&
    typescript.isBinaryExpression(outer) &&
    outer.left === child &&
    outer.operatorToken.kind === typescript.SyntaxKind.EqualsToken
  );
}

/**
 * Is every write to the variable in `scope` an assignment of its whole value (`x = …`, `x ??= …`,
 * `x ||= …`)? Not when it is also incremented, compound-assigned (`+=`), destructured into, or a
 * loop's head: then its assignments do not say all it may hold.
 */
export function writtenOnlyByAssignment(scope: ts.Node, symbol: ts.Symbol, resolve: ResolveSymbol): boolean {
  if (!scope.getText().includes(symbol.name)) return true;
  let only = true;
  const visit = (node: ts.Node): void => {
    if (!only) return;
    if (typescript.isIdentifier(node) && node.text === symbol.name && isOtherWrite(node) && resolve(node) === symbol) only = false;
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(scope, visit);
  return only;
}
