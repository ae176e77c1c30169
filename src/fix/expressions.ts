/** Edits that wrap an expression in a larger one. */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';

/** Does this expression need parentheses before ` ?? x` is appended? */
export function needsParensForNullish(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return false;
    default:
      return true;
  }
}
