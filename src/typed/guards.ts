/**
 * Early exits that rule a value out where a `const` is read: `if (!region) throw …;` (or
 * `return`) before the read. The checker narrows declared types this way; the typed tier follows
 * a `const`'s initializer instead of its type, so it reads the guards itself, as the syntax tier
 * does (`syntax/guards.ts`).
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';

/** What a guard rules out: every falsy value (`!x`), or only `undefined` and `null` (`x == null`). */
export type RuledOut = 'falsy' | 'nullish';

function alwaysExits(statement: ts.Statement): boolean {
  if (typescript.isThrowStatement(statement) || typescript.isReturnStatement(statement)) return true;
  if (typescript.isBlock(statement)) {
    const last = statement.statements.at(-1);
    return last !== undefined && alwaysExits(last);
  }
  return false;
}

function isNullishLiteral(node: ts.Expression): boolean {
  return node.kind === typescript.SyntaxKind.NullKeyword || (typescript.isIdentifier(node) && node.text === 'undefined');
}

function ruledOutBy(raw: ts.Expression, isName: (node: ts.Node) => boolean): RuledOut | undefined {
  let test = raw;
  while (typescript.isParenthesizedExpression(test)) test = test.expression;
  if (typescript.isPrefixUnaryExpression(test) && test.operator === typescript.SyntaxKind.ExclamationToken && isName(test.operand)) {
    return 'falsy';
  }
  if (!typescript.isBinaryExpression(test)) return undefined;
  const operator = test.operatorToken.kind;
  if (operator === typescript.SyntaxKind.BarBarToken) return ruledOutBy(test.left, isName) ?? ruledOutBy(test.right, isName);
  if (operator === typescript.SyntaxKind.EqualsEqualsToken || operator === typescript.SyntaxKind.EqualsEqualsEqualsToken) {
    const other = isName(test.left) ? test.right : isName(test.right) ? test.left : undefined;
    if (other && isNullishLiteral(other)) return 'nullish';
    if (
      typescript.isTypeOfExpression(test.left) &&
      isName(test.left.expression) &&
      typescript.isStringLiteral(test.right) &&
      test.right.text === 'undefined'
    ) {
      return 'nullish';
    }
  }
  return undefined;
}

/** What the guards before `read` rule out for the variable it reads; undefined when nothing. */
export function ruledOutAt(read: ts.Node, isName: (node: ts.Node) => boolean): RuledOut | undefined {
  let found: RuledOut | undefined;
  for (let child: ts.Node = read, parent = read.parent; parent; child = parent, parent = parent.parent) {
    if (!typescript.isBlock(parent) && !typescript.isSourceFile(parent)) continue;
    for (const statement of parent.statements) {
      if (statement === child) break;
      if (!typescript.isIfStatement(statement) || statement.elseStatement || !alwaysExits(statement.thenStatement)) continue;
      const ruled = ruledOutBy(statement.expression, isName);
      if (ruled === 'falsy') return 'falsy';
      if (ruled) found = ruled;
    }
  }
  return found;
}
