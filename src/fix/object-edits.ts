/**
 * Text edits on object literals that keep the surrounding layout: add a property at the end,
 * remove one with its comma. A removal is undefined when it cannot be made safely (a comment
 * would be lost).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { listElementRemovalRange } from './removal.js';

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
  return listElementRemovalRange(sourceCode, property);
}
