/** The quote style a fix writes strings in: the one the file already uses. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
export type Quote = '"' | "'";

/** The quote a string node is written with (single quotes when there is none to copy). */
export function quoteOf(sourceCode: SourceCode, sample: TSESTree.Node | undefined): Quote {
  return sample !== undefined && sourceCode.getText(sample).startsWith('"') ? '"' : "'";
}

/** `value` as a string literal in the quote style of `sample` (a string node of the file). */
export function quoteLike(sample: TSESTree.Node | undefined, sourceCode: SourceCode, value: string): string {
  const quote = quoteOf(sourceCode, sample);
  return `${quote}${value}${quote}`;
}
