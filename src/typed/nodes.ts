/**
 * Small questions about TypeScript nodes that the typed analysis asks everywhere: the expression
 * inside wrappers, a property's or a declaration's name, `process.env` reads, the expressions a
 * function returns, and the writes to a variable or field in a scope.
 */
import ts from 'typescript';

/**
 * `x satisfies T`, tested by kind: TypeScript 4.8 (the bottom of the peer range) has no
 * `ts.isSatisfiesExpression`, and there `ts.SyntaxKind.SatisfiesExpression` is undefined, so no node matches.
 */
export function isSatisfiesExpression(node: ts.Node): node is ts.SatisfiesExpression {
  return node.kind === ts.SyntaxKind.SatisfiesExpression;
}

/**
 * Parentheses, `as const` and `satisfies`: wrappers that keep the value and its literal meaning.
 * (`as T` and `!` are not among them: they change what the value may be said to hold.)
 */
export function unwrapLiteral(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (ts.isParenthesizedExpression(current) || isSatisfiesExpression(current)) current = current.expression;
    else if (ts.isAsExpression(current) && ts.isConstTypeReference(current.type)) current = current.expression;
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

/** The static name of an object literal element (`a`, `'a'`, `1`, `['a']`), if it has one. */
export function elementName(element: ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(element)) return undefined;
  const name = element.name;
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** The name a property access reads (`a.b`, `a['b']`). */
export function accessName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  return undefined;
}

/** `process.env.X` or `process.env['X']`. */
export function isProcessEnvRead(node: ts.Node): boolean {
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return false;
  const object = node.expression;
  return (
    ts.isPropertyAccessExpression(object) &&
    ts.isIdentifier(object.expression) &&
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
      (ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isMethodSignature(node) ||
        ts.isVariableDeclaration(node)) &&
      node.name !== undefined &&
      ts.isIdentifier(node.name)
    ) {
      return node.name.text;
    }
  }
  return undefined;
}

/** The function, class body or file a declaration's assignments can stand in. */
export function enclosingScope(node: ts.Node): ts.Node {
  let current: ts.Node = node.parent;
  while (!ts.isSourceFile(current) && !ts.isFunctionLike(current) && !ts.isClassLike(current)) current = current.parent;
  return current;
}

/** The function body or file a variable's assignments can stand in. */
export function enclosingFunctionOrFile(node: ts.Node): ts.Node {
  let current: ts.Node = node;
  while (!ts.isSourceFile(current) && !ts.isFunctionLike(current)) current = current.parent;
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
      return ts.isIdentifier(node) && node.text === reference.symbol.name && resolve(node) === reference.symbol;
    case 'thisField':
      return (
        ts.isPropertyAccessExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ThisKeyword &&
        node.name.text === reference.name
      );
    case 'member':
      return (
        (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
        accessName(node) === reference.name &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === reference.of.name &&
        resolve(node.expression) === reference.of
      );
  }
}

/** `=`, and the assignments that may store their right side (`??=`, `||=`). */
export const STORING_ASSIGNMENTS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
]);

/** Plain `=` only. */
export const PLAIN_ASSIGNMENT: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.EqualsToken]);

/**
 * The assignments to a reference anywhere in `scope` (nested functions included) with one of
 * `operators`, in source order. A text search for the name spares the walk where it is not written.
 */
export function assignmentsTo(
  scope: ts.Node,
  reference: Reference,
  resolve: ResolveSymbol,
  operators: ReadonlySet<ts.SyntaxKind> = STORING_ASSIGNMENTS,
): ts.BinaryExpression[] {
  const found: ts.BinaryExpression[] = [];
  if (!mayBeWritten(scope.getText(), reference)) return found;
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && operators.has(node.operatorToken.kind) && refersTo(unwrapObjectReference(node.left), reference, resolve)) {
      found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
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
    if (ts.isCallExpression(node)) {
      const callee = unwrapObjectReference(node.expression);
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === method &&
        refersTo(unwrapObjectReference(callee.expression), reference, resolve)
      ) {
        found.push(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
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
