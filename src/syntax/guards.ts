/**
 * Early exits that rule a value out where a variable is read: `if (!region) throw …;` (or
 * `return`) before `new S3Client({ region })` means the region is neither missing nor empty there.
 * Only a guard in a block that encloses the read, before it, whose branch always leaves; only for
 * `const` bindings (a `let` may change after the guard).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';

/** What a guard rules out: every falsy value (`!x`), or only `undefined` and `null` (`x == null`). */
export type RuledOut = 'falsy' | 'nullish';

/** Does this statement always leave the block (`throw`, `return`, or a block ending in one)? */
function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ThrowStatement || statement.type === AST_NODE_TYPES.ReturnStatement) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body.at(-1);
    return last !== undefined && alwaysExits(last);
  }
  return false;
}

function isNullishLiteral(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node)) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

/** What a test that sends `name` out of the block rules out, when it tests `name` alone. */
function ruledOutBy(test: TSESTree.Expression, isName: (node: TSESTree.Node) => boolean): RuledOut | undefined {
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!' && isName(test.argument)) return 'falsy';
  if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === '||') {
    // `if (!a || !b) throw`: each operand alone sends control out.
    return ruledOutBy(test.left, isName) ?? ruledOutBy(test.right, isName);
  }
  if (test.type === AST_NODE_TYPES.BinaryExpression && (test.operator === '==' || test.operator === '===')) {
    const [value, other] = isName(test.left) ? [test.left, test.right] : isName(test.right) ? [test.right, test.left] : [];
    if (value && other && isNullishLiteral(other)) return 'nullish';
    const typeOf = test.left.type === AST_NODE_TYPES.UnaryExpression && test.left.operator === 'typeof' ? test.left : undefined;
    if (typeOf && isName(typeOf.argument) && test.right.type === AST_NODE_TYPES.Literal && test.right.value === 'undefined') {
      return 'nullish';
    }
  }
  return undefined;
}

/**
 * What the guards before `read` rule out for the variable it reads (`isName` says whether a node
 * names that variable); undefined when nothing is ruled out.
 */
export function ruledOutAt(read: TSESTree.Node, isName: (node: TSESTree.Node) => boolean): RuledOut | undefined {
  let found: RuledOut | undefined;
  for (let child: TSESTree.Node = read, parent = read.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.BlockStatement && parent.type !== AST_NODE_TYPES.Program) continue;
    for (const statement of parent.body) {
      if (statement === child) break;
      if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !alwaysExits(statement.consequent)) continue;
      const ruled = ruledOutBy(statement.test, isName);
      if (ruled === 'falsy') return 'falsy';
      if (ruled) found = ruled;
    }
  }
  return found;
}
