/**
 * Text edits on object literals that keep the surrounding layout: add a property at the end,
 * remove one with its comma. Each returns undefined when the edit cannot be made safely (a
 * comment would be lost).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type SourceCode = Readonly<TSESLint.SourceCode>;

function isMultiline(sourceCode: SourceCode, object: TSESTree.ObjectExpression): boolean {
  const first = object.properties[0];
  return first !== undefined && first.loc.start.line !== object.loc.start.line;
}

/** Adds `text` (a `key: value` property) as the last property of an object literal. */
export function appendProperty(
  fixer: Fixer,
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  text: string,
): Fix {
  const last = object.properties.at(-1);
  if (last === undefined) {
    const inner = sourceCode.text.slice(object.range[0] + 1, object.range[1] - 1);
    if (inner.trim().length === 0) return fixer.replaceText(object, `{ ${text} }`);
    return fixer.insertTextAfterRange([object.range[0], object.range[0] + 1], ` ${text} `);
  }
  if (isMultiline(sourceCode, object)) {
    const indent = ' '.repeat(last.loc.start.column);
    return fixer.insertTextAfter(last, `,\n${indent}${text}`);
  }
  return fixer.insertTextAfter(last, `, ${text}`);
}

/**
 * The text range that removes a property and its comma, keeping the layout around it; undefined
 * when a comment stands in that range (the edit would lose it).
 */
export function propertyRemovalRange(
  sourceCode: SourceCode,
  property: TSESTree.Property | TSESTree.SpreadElement,
): [number, number] | undefined {
  const before = sourceCode.getTokenBefore(property);
  const after = sourceCode.getTokenAfter(property);
  if (!before || !after) return undefined;
  let range: [number, number];
  if (after.value === ',') {
    const next = sourceCode.getTokenAfter(after);
    if (!next) return undefined;
    if (next.value !== '}') range = [property.range[0], next.range[0]];
    else if (before.value === '{') range = [property.range[0], after.range[1]];
    else range = [before.range[1], after.range[1]];
  } else if (before.value === ',') {
    range = [before.range[0], property.range[1]];
  } else {
    range = [property.range[0], property.range[1]];
  }
  const hasComment = sourceCode
    .getAllComments()
    .some((comment) => comment.range[0] < range[1] && comment.range[1] > range[0]);
  return hasComment ? undefined : range;
}

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

/** A string literal in the quote style the file's string node already uses. */
export function quoteLike(sample: TSESTree.Node | undefined, sourceCode: SourceCode, value: string): string {
  const raw = sample ? sourceCode.getText(sample) : '';
  const quote = raw.startsWith('"') ? '"' : "'";
  return `${quote}${value}${quote}`;
}
