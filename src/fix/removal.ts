/**
 * Removing one element of a comma-separated list (an object property, an import specifier, a
 * destructured name) with its comma, or a whole statement with its line, keeping the layout
 * around it. Each returns undefined when a comment stands in the removed text (it would be lost).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
export type Range = [number, number];

function hasComment(sourceCode: SourceCode, range: Range): boolean {
  return sourceCode.getAllComments().some((comment) => comment.range[0] < range[1] && comment.range[1] > range[0]);
}

/**
 * The range that removes `element` from its braced list with one comma: the comma after it (and
 * the space up to the next element), or, for the last element, the comma before it.
 */
export function listElementRemovalRange(sourceCode: SourceCode, element: TSESTree.Node): Range | undefined {
  const before = sourceCode.getTokenBefore(element);
  const after = sourceCode.getTokenAfter(element);
  if (!before || !after) return undefined;
  let range: Range;
  if (after.value === ',') {
    const next = sourceCode.getTokenAfter(after);
    if (!next) return undefined;
    if (next.value !== '}') range = [element.range[0], next.range[0]];
    else if (before.value === '{') range = [element.range[0], after.range[1]];
    else range = [before.range[1], after.range[1]];
  } else if (before.value === ',') {
    range = [before.range[0], element.range[1]];
  } else {
    range = [element.range[0], element.range[1]];
  }
  return hasComment(sourceCode, range) ? undefined : range;
}

/** The range that removes a statement, with its line when nothing else stands on it. */
export function statementRemovalRange(sourceCode: SourceCode, statement: TSESTree.Node): Range | undefined {
  const lineEnd = sourceCode.text.indexOf('\n', statement.range[1]);
  const rest = sourceCode.text.slice(statement.range[1], lineEnd === -1 ? undefined : lineEnd);
  const range: Range = [statement.range[0], rest.trim() === '' && lineEnd !== -1 ? lineEnd + 1 : statement.range[1]];
  return hasComment(sourceCode, range) ? undefined : range;
}
