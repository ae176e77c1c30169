/**
 * `code` tags a test's source text written as a multi-line template literal: the first line break
 * and the last line's indentation are dropped and the common indentation is removed, so that line
 * 1 of the tested code is the first line a reader sees in the literal, and the line and column in
 * an assertion are the ones a reader counts.
 *
 * ```ts
 * code`
 *   import { S3Client } from '@aws-sdk/client-s3';
 *   new S3Client();
 * `
 * // "import { S3Client } from '@aws-sdk/client-s3';\nnew S3Client();"
 * ```
 *
 * Interpolated values are inserted as they are (after the indentation is removed), so a value must
 * not carry line breaks of its own: tested code is spelled out, not assembled from hidden preludes.
 */
export function code(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  const placeholders = values.map((_, index) => `\uE000${index}\uE000`);
  // The raw text, as the reader sees it (`String.raw`): only `\`` and `\${` are unescaped.
  const text = strings.raw
    .map((part, index) => (index === 0 ? part : `${placeholders[index - 1] ?? ''}${part}`))
    .join('')
    .replace(/\\(`|\$\{)/g, '$1');
  const lines = text.split('\n');
  if (lines[0]?.trim() === '') lines.shift();
  if (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  const dedented = lines.map((line) => line.slice(Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0))).join('\n');
  return dedented.replace(/\uE000(\d+)\uE000/g, (_, index: string) => {
    const value = values[Number(index)];
    const text = typeof value === 'string' ? value : String(value);
    if (text.includes('\n')) throw new Error('code``: an interpolated value may not contain line breaks');
    return text;
  });
}
