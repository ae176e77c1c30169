/**
 * Where each character of a string's value was written: the raw offset of each cooked code unit
 * of a JavaScript string or template chunk (escape sequences decoded), and of JSX attribute text.
 * A fix that rewrites part of a value edits exactly those source characters.
 */
/**
 * Raw offsets of each cooked code unit of a JavaScript string or template chunk, decoding escape
 * sequences; undefined when the raw text cannot be mapped.
 */
export function escapeOffsets(raw: string, cookedLength: number, template: boolean): number[] | undefined {
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const c = raw.charAt(i);
    if (c === '\r' && template && raw.charAt(i + 1) === '\n') {
      offsets.push(i); // CRLF in a template reads as one `\n`
      i += 2;
      continue;
    }
    if (c !== '\\') {
      offsets.push(i);
      i++;
      continue;
    }
    const next = raw.charAt(i + 1);
    if (next === 'x') {
      offsets.push(i);
      i += 4;
    } else if (next === 'u' && raw.charAt(i + 2) === '{') {
      const close = raw.indexOf('}', i + 3);
      if (close === -1) return undefined;
      const codePoint = Number.parseInt(raw.slice(i + 3, close), 16);
      offsets.push(i);
      if (codePoint > 0xffff) offsets.push(i);
      i = close + 1;
    } else if (next === 'u') {
      offsets.push(i);
      i += 6;
    } else if (next === '\r') {
      i += raw.charAt(i + 2) === '\n' ? 3 : 2; // line continuation: no cooked text
    } else if (next === '\n' || next === '\u2028' || next === '\u2029') {
      i += 2;
    } else if (next >= '0' && next <= '7') {
      // `\0` or a legacy octal escape (one to three digits, at most 0o377).
      offsets.push(i);
      let j = i + 2;
      const limit = next <= '3' ? i + 4 : i + 3;
      while (j < limit && raw.charAt(j) >= '0' && raw.charAt(j) <= '7') j++;
      i = j;
    } else {
      offsets.push(i);
      const code = raw.charCodeAt(i + 1);
      if (code >= 0xd800 && code <= 0xdbff) {
        offsets.push(i); // an escaped surrogate pair is two cooked units
        i += 3;
      } else {
        i += 2;
      }
    }
  }
  offsets.push(raw.length);
  return offsets.length === cookedLength + 1 ? offsets : undefined;
}

/** JSX attribute text: entities (`&amp;`) are decoded, so only the text before the first `&` maps. */
export function jsxOffsets(raw: string): number[] {
  const amp = raw.indexOf('&');
  const length = amp === -1 ? raw.length : amp;
  const offsets: number[] = [];
  for (let i = 0; i <= length; i++) offsets.push(i);
  return offsets;
}

