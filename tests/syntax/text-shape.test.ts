// Direct tests of the text-shape algebra (`text-shape.ts`), of the shapes read off ESTree
// (`string-shapes.ts`, parsed with @typescript-eslint/parser) and of the raw offsets of string
// escapes (`string-escapes.ts`): each cooked character of a known piece must map back to the
// source characters that wrote it.
import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { TEXT_HOLE } from '../../src/sdk/index.js';
import { escapeOffsets, jsxOffsets } from '../../src/syntax/string-escapes.js';
import { isOutermostStringExpression, shapeOf } from '../../src/syntax/string-shapes.js';
import {
  HOLE,
  MAX_ALTERNATIVES,
  either,
  knownPiece,
  rawRange,
  sequence,
  spell,
  type Alternative,
  type Piece,
} from '../../src/syntax/text-shape.js';

/** A known piece with no source. */
const k = (text: string): Piece => knownPiece(text, undefined);

/** The texts of alternatives, holes as `?`. */
function texts(alternatives: readonly Alternative[]): string[] {
  return alternatives.map((alternative) => spell(alternative).text.replaceAll(TEXT_HOLE, '?'));
}

describe('knownPiece', () => {
  it('keeps text and source', () => {
    const source = { rawStart: 5, offsets: [0, 1, 2] };
    expect(knownPiece('ab', source)).toEqual({ text: 'ab', source });
  });

  it('replaces the hole marker inside known text by a space, keeping its length (and so its offsets)', () => {
    const piece = knownPiece(`s3${TEXT_HOLE}amazonaws${TEXT_HOLE}${TEXT_HOLE}com`, undefined);
    expect(piece.text).toBe('s3 amazonaws  com');
    expect(spell([piece]).text).not.toContain(TEXT_HOLE);
  });

  it('a hole has neither text nor source', () => {
    expect(HOLE).toEqual({ text: undefined, source: undefined });
  });
});

describe('sequence', () => {
  it('of nothing is one empty alternative', () => {
    expect(sequence([])).toEqual([[]]);
  });

  it('joins single choices in order', () => {
    expect(texts(sequence([[[k('https://')]], [[HOLE]], [[k('.s3.'), k('amazonaws.com')]]]))).toEqual([
      'https://?.s3.amazonaws.com',
    ]);
  });

  it('multiplies choices, the earlier part varying slowest', () => {
    expect(texts(sequence([[[k('a')], [k('b')]], [[k('-')]], [[k('1')], [k('2')], [k('3')]]]))).toEqual([
      'a-1',
      'a-2',
      'a-3',
      'b-1',
      'b-2',
      'b-3',
    ]);
  });

  it('skips a part without alternatives', () => {
    expect(texts(sequence([[[k('a')]], [], [[k('b')]]]))).toEqual(['ab']);
  });

  it(`stops multiplying at exactly MAX_ALTERNATIVES (${MAX_ALTERNATIVES})`, () => {
    expect(MAX_ALTERNATIVES).toBe(16);
    const bit = (): Alternative[] => [[k('0')], [k('1')]];
    // 2^4 = 16 alternatives: all of them.
    const four = texts(sequence([bit(), bit(), bit(), bit()]));
    expect(four).toHaveLength(16);
    expect(new Set(four).size).toBe(16);
    // A fifth choice would make 32: it is read by its first alternative only.
    const five = texts(sequence([bit(), bit(), bit(), bit(), bit()]));
    expect(five).toHaveLength(16);
    expect(five).toEqual(four.map((text) => `${text}0`));
    // One part with more choices than the bound.
    const many = Array.from({ length: 20 }, (_, i): Alternative => [k(String(i))]);
    expect(texts(sequence([[[k('x')]], many]))).toEqual(Array.from({ length: 16 }, (_, i) => `x${i}`));
  });

  it('stays within the bound for 30 parts of two choices (2^30 unbounded)', () => {
    const parts = Array.from({ length: 30 }, (): Alternative[] => [[k('a')], [k('b')]]);
    const result = sequence(parts);
    expect(result).toHaveLength(MAX_ALTERNATIVES);
    for (const alternative of result) expect(alternative).toHaveLength(30);
  });

  it('leaves its inputs as they are', () => {
    const single: Alternative[] = [[k('a')]];
    const double: Alternative[] = [[k('b')], [k('c')]];
    const frozen = [single, double, single].map((part) => Object.freeze(part.map((alt) => Object.freeze([...alt]))));
    expect(texts(sequence(frozen as Alternative[][]))).toEqual(['aba', 'aca']);
    expect(texts(single)).toEqual(['a']);
    expect(texts(double)).toEqual(['b', 'c']);
  });
});

describe('either', () => {
  it('lists the alternatives of each group in turn', () => {
    expect(texts(either([[[k('a')], [k('b')]], [], [[HOLE]]]))).toEqual(['a', 'b', '?']);
  });

  it('of nothing is no alternative', () => {
    expect(either([])).toEqual([]);
  });

  it(`keeps the first MAX_ALTERNATIVES (${MAX_ALTERNATIVES})`, () => {
    const ten = (prefix: string): Alternative[] => Array.from({ length: 10 }, (_, i) => [k(`${prefix}${i}`)]);
    const result = texts(either([ten('a'), ten('b')]));
    expect(result).toHaveLength(16);
    expect(result.slice(9, 11)).toEqual(['a9', 'b0']);
    expect(result.at(-1)).toBe('b5');
  });
});

describe('spell', () => {
  it('spells holes as TEXT_HOLE and places each known piece', () => {
    const first = k('https://');
    const second = k('.s3.amazonaws.com');
    const { text, spans } = spell([first, HOLE, second, HOLE]);
    expect(text).toBe(`https://${TEXT_HOLE}.s3.amazonaws.com${TEXT_HOLE}`);
    expect(spans).toEqual([
      { start: 0, end: 8, piece: first },
      { start: 9, end: 26, piece: second },
    ]);
    expect(text.slice(9, 26)).toBe('.s3.amazonaws.com');
  });

  it('of an empty alternative is empty', () => {
    expect(spell([])).toEqual({ text: '', spans: [] });
  });
});

describe('rawRange', () => {
  // `'https://' + bucket + '.s3\x2eamazonaws.com'` written at offset 100: the second literal's
  // raw text starts at 200 and has a four-character escape for its fourth cooked character.
  const first = knownPiece('https://', { rawStart: 100, offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8] });
  const secondRaw = '.s3\\x2eamazonaws.com';
  const secondOffsets = escapeOffsets(secondRaw, '.s3.amazonaws.com'.length, false);
  if (!secondOffsets) throw new Error('the escape offsets of the test literal do not map');
  const second = knownPiece('.s3.amazonaws.com', { rawStart: 200, offsets: secondOffsets });
  const { spans } = spell([first, HOLE, second]);

  it('maps a range inside one piece to the file', () => {
    expect(rawRange(spans, 0, 5)).toEqual([100, 105]);
    // `s3.amazonaws.com` is cooked 10..26, raw `s3\x2eamazonaws.com` from 201 to 220.
    expect(rawRange(spans, 10, 26)).toEqual([201, 200 + secondRaw.length]);
    expect(secondRaw.slice(1)).toBe('s3\\x2eamazonaws.com');
  });

  it('maps a range that starts or ends at an escape to the whole escape', () => {
    // Cooked 12..13 is the `.` written `\x2e`.
    expect(rawRange(spans, 12, 13)).toEqual([203, 207]);
  });

  it('maps the empty range at a piece end', () => {
    expect(rawRange(spans, 8, 8)).toEqual([108, 108]);
  });

  it('has no range across pieces or holes', () => {
    expect(rawRange(spans, 5, 12)).toBeUndefined();
    expect(rawRange(spans, 8, 9)).toBeUndefined();
  });

  it('has no range in a piece without a source', () => {
    expect(rawRange(spell([k('s3.amazonaws.com')]).spans, 0, 2)).toBeUndefined();
  });

  it('has no range where the offsets stop short (JSX text after an entity)', () => {
    const jsx = knownPiece('a&b', { rawStart: 0, offsets: jsxOffsets('a&amp;b') });
    const jsxSpans = spell([jsx]).spans;
    expect(rawRange(jsxSpans, 0, 1)).toEqual([0, 1]);
    expect(rawRange(jsxSpans, 0, 3)).toBeUndefined();
  });
});

/**
 * Checks that offsets map each cooked unit back to the raw text that writes it: the raw text from
 * one distinct offset to the next, evaluated as a string (or template) body, is exactly the cooked
 * units at that offset.
 */
function expectOffsetsToRoundTrip(raw: string, offsets: readonly number[], template: boolean): void {
  const quote = template ? '`' : "'";
  // Sloppy mode, so that legacy octal escapes evaluate.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const evaluate = (body: string): string => (new Function(`return ${quote}${body}${quote};`) as () => string)();
  const cooked = evaluate(raw);
  expect(offsets).toHaveLength(cooked.length + 1);
  expect(offsets[0]).toBe(0);
  expect(offsets.at(-1)).toBe(raw.length);
  for (let unit = 0; unit < cooked.length; ) {
    const start = offsets[unit] ?? -1;
    let next = unit + 1;
    while (offsets[next] === start) next++;
    const end = offsets[next] ?? -1;
    expect(end).toBeGreaterThan(start);
    expect({ raw: raw.slice(start, end), cooked: evaluate(raw.slice(start, end)) }).toEqual({
      raw: raw.slice(start, end),
      cooked: cooked.slice(unit, next),
    });
    unit = next;
  }
}

describe('escapeOffsets', () => {
  it.each([
    ['plain text', 'abc', [0, 1, 2, 3]],
    ['\\x', 'a\\x41b', [0, 1, 5, 6]],
    ['\\u', 'a\\u0041b', [0, 1, 7, 8]],
    ['\\u{…} in the BMP', '\\u{41}b', [0, 6, 7]],
    ['\\u{…} astral: two units at the same offset', 'a\\u{1F600}b', [0, 1, 1, 10, 11]],
    ['an escaped surrogate pair: two \\u escapes', '\\uD83D\\uDE00', [0, 6, 12]],
    ['a raw surrogate pair: two units, two offsets', 'a\u{1F600}b', [0, 1, 2, 3, 4]],
    ['an identity escape of an astral character: two units', '\\\u{1F600}', [0, 0, 3]],
    ['single-character escapes', "\\n\\t\\\\\\'", [0, 2, 4, 6, 8]],
    ['\\0', '\\0', [0, 2]],
    ['\\0 then a non-octal digit', '\\08', [0, 2, 3]],
    ['three octal digits up to \\377', '\\101\\377', [0, 4, 8]],
    ['a 4-7 octal escape takes two digits at most', '\\400', [0, 3, 4]],
    ['a one-digit octal escape', '\\7a', [0, 2, 3]],
    ['line continuation (LF)', 'a\\\nb', [0, 3, 4]],
    ['line continuation (CRLF)', 'a\\\r\nb', [0, 4, 5]],
    ['line continuation (CR)', 'a\\\rb', [0, 3, 4]],
    ['line continuation (U+2028)', 'a\\\u2028b', [0, 3, 4]],
  ])('in a string: %s', (_, raw, expected) => {
    const offsets = escapeOffsets(raw, expected.length - 1, false);
    expect(offsets).toEqual(expected);
    expectOffsetsToRoundTrip(raw, expected, false);
  });

  it.each([
    ['CRLF reads as one line feed', 'a\r\nb', [0, 1, 3, 4]],
    ['a lone CR reads as one line feed', 'a\rb', [0, 1, 2, 3]],
    ['line continuation (CRLF)', 'a\\\r\nb', [0, 4, 5]],
    ['\\u{…} astral', '\\u{10FFFF}!', [0, 0, 10, 11]],
    ['\\x and a line break', '\\x41\nB', [0, 4, 5, 6]],
  ])('in a template: %s', (_, raw, expected) => {
    const offsets = escapeOffsets(raw, expected.length - 1, true);
    expect(offsets).toEqual(expected);
    expectOffsetsToRoundTrip(raw, expected, true);
  });

  it('CRLF outside a template is two units (a string cannot hold one raw; the lengths disagree)', () => {
    expect(escapeOffsets('a\r\nb', 3, false)).toBeUndefined();
    expect(escapeOffsets('a\r\nb', 4, false)).toEqual([0, 1, 2, 3, 4]);
  });

  it('is undefined when the cooked length does not match', () => {
    expect(escapeOffsets('abc', 2, false)).toBeUndefined();
    expect(escapeOffsets('a\\x41', 5, false)).toBeUndefined();
  });

  it('is undefined for an unterminated \\u{', () => {
    expect(escapeOffsets('\\u{41', 1, false)).toBeUndefined();
  });
});

describe('jsxOffsets', () => {
  it('maps every character when there is no entity', () => {
    expect(jsxOffsets('a\\nb')).toEqual([0, 1, 2, 3, 4]);
  });

  it('maps only the text before the first entity', () => {
    expect(jsxOffsets('ab&amp;c')).toEqual([0, 1, 2]);
    expect(jsxOffsets('&lt;')).toEqual([0]);
  });
});

/** Parses a program with ranges and parent links (ESLint sets parents while it traverses; `parse` does not). */
function parseProgram(sourceText: string, jsx = false): TSESTree.Program {
  const program = parse(sourceText, { range: true, jsx });
  const link = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    if (parent) (node as { parent?: TSESTree.Node }).parent = parent;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') {
          link(child as TSESTree.Node, node);
        }
      }
    }
  };
  link(program, undefined);
  return program;
}

/** The expression of the program's last statement. */
function lastExpression(program: TSESTree.Program): TSESTree.Expression {
  const statement = program.body.at(-1);
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) throw new Error('the last statement is no expression');
  return statement.expression;
}

/** The shape of the last statement's expression, as texts with `?` for holes. */
function shapeTexts(sourceText: string, jsx = false): string[] {
  return texts(shapeOf(lastExpression(parseProgram(sourceText, jsx)), sourceText));
}

describe('shapeOf', () => {
  it.each([
    ["'https://s3.amazonaws.com';", ['https://s3.amazonaws.com']],
    ["'s3\\x2eamazonaws\\u002Ecom';", ['s3.amazonaws.com']],
    ['`https://s3.amazonaws.com`;', ['https://s3.amazonaws.com']],
    ['`https://${bucket}.s3.amazonaws.com/${key}`;', ['https://?.s3.amazonaws.com/?']],
    ['`${bucket}${key}`;', ['??']],
    ["'https://' + bucket + '.s3.amazonaws.com';", ['https://?.s3.amazonaws.com']],
    ["'https://' + ('s3' + '.amazonaws') + '.com';", ['https://s3.amazonaws.com']],
    ["'https://' + 's3.' + (region as string) + '.amazonaws.com';", ['https://s3.?.amazonaws.com']],
    ["'https://s3.amazonaws.com:' + 443;", ['https://s3.amazonaws.com:?']],
    ["'https://'.concat(bucket, '.s3.amazonaws.com');", ['https://?.s3.amazonaws.com']],
    ["('https://' + bucket).concat('.s3', '.amazonaws.com');", ['https://?.s3.amazonaws.com']],
    ["'https://'.concat(...parts, '.com');", ['https://?.com']],
    ["bucket.concat('.s3.amazonaws.com');", ['?']],
    ["['https://s3', 'amazonaws', 'com'].join('.');", ['https://s3.amazonaws.com']],
    ["['s3', 'amazonaws.com'].join();", ['s3,amazonaws.com']],
    ["['s3', , 'com'].join('.');", ['s3..com']],
    ["['https:/', ...parts, 's3.amazonaws.com'].join('/');", ['https://?/s3.amazonaws.com']],
    ["['s3', 'amazonaws.com'].join(separator);", ['?']],
    ["['s3', 'amazonaws.com'].join('.', extra);", ['?']],
    ["flag ? 'https://s3.amazonaws.com' : 'https://s3.eu-west-1.amazonaws.com';", ['https://s3.amazonaws.com', 'https://s3.eu-west-1.amazonaws.com']],
    ["`https://${flag ? 's3' : 's3-accelerate'}.amazonaws.com`;", ['https://s3.amazonaws.com', 'https://s3-accelerate.amazonaws.com']],
    ["endpoint ?? 'https://s3.amazonaws.com';", ['?', 'https://s3.amazonaws.com']],
    ["url += '.s3.amazonaws.com';", ['?.s3.amazonaws.com']],
    ["url = 's3.amazonaws.com';", ['?']],
    ["('https://s3.amazonaws.com' as string)!;", ['https://s3.amazonaws.com']],
    ['42;', ['?']],
    ['bucket;', ['?']],
  ])('%s', (sourceText, expected) => {
    expect(shapeTexts(sourceText)).toEqual(expected);
  });

  it('sanitizes the hole marker written in a literal', () => {
    expect(shapeTexts("'s3\\uFFFF.amazonaws.com';")).toEqual(['s3 .amazonaws.com']);
  });

  it('reads 30 nested conditionals as at most MAX_ALTERNATIVES texts', { timeout: 5_000 }, () => {
    let expression = "'https://s3.amazonaws.com'";
    for (let i = 0; i < 30; i++) expression = `(flag ? 'region-${i}' : ${expression})`;
    const result = shapeTexts(`${expression};`);
    expect(result).toHaveLength(MAX_ALTERNATIVES);
    expect(result.slice(0, 3)).toEqual(['region-29', 'region-28', 'region-27']);
  });

  it('reads a concatenation of 30 conditionals (2^30 texts) as MAX_ALTERNATIVES texts', { timeout: 5_000 }, () => {
    const operands = Array.from({ length: 30 }, (_, i) => `(flag${i} ? 'a' : 'b')`);
    const result = shapeTexts(`${operands.join(' + ')};`);
    expect(result).toHaveLength(MAX_ALTERNATIVES);
    // The first four operands vary; the rest keep their first branch.
    expect(result[0]).toBe('a'.repeat(30));
    expect(result[15]).toBe(`bbbb${'a'.repeat(26)}`);
  });

  it('reads a long + chain', () => {
    const operands = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? "'a'" : 'b'));
    expect(shapeTexts(`${operands.join(' + ')};`)).toEqual(['a?'.repeat(100)]);
  });

  describe('pieces map back to the source', () => {
    /** The source text written for the cooked range of `needle` in the first alternative. */
    function writtenAs(sourceText: string, needle: string, jsx = false): string | undefined {
      const [alternative] = shapeOf(lastExpression(parseProgram(sourceText, jsx)), sourceText);
      if (!alternative) throw new Error('no alternative');
      const { text, spans } = spell(alternative);
      const start = text.indexOf(needle);
      if (start === -1) throw new Error(`${needle} is not in ${text}`);
      const range = rawRange(spans, start, start + needle.length);
      return range && sourceText.slice(...range);
    }

    it.each([
      ["'https://s3.amazonaws.com/key';", 's3.amazonaws.com', 's3.amazonaws.com'],
      ["'https://s3\\x2eamazonaws\\u{2E}com';", 's3.amazonaws.com', 's3\\x2eamazonaws\\u{2E}com'],
      ["'\\u{1F600}s3.amazonaws.com';", 's3.amazonaws.com', 's3.amazonaws.com'],
      ["'\\u{1F600}s3.amazonaws.com';", '\u{1F600}', '\\u{1F600}'],
      ["'😀 s3.amazonaws.com';", 's3.amazonaws.com', 's3.amazonaws.com'],
      ["'\\uD83D\\uDE00 s3.amazonaws.com';", '\u{1F600} s3', '\\uD83D\\uDE00 s3'],
      ["'https://s3.\\\namazonaws.com';", 's3.amazonaws.com', 's3.\\\namazonaws.com'],
      ["'https://' + bucket + '.s3.amazonaws.com';", 's3.amazonaws.com', 's3.amazonaws.com'],
      ['`https://${bucket}.s3.amazonaws.com`;', 's3.amazonaws.com', 's3.amazonaws.com'],
      ['`first line\r\nhttps://s3.amazonaws.com`;', 'line\nhttps', 'line\r\nhttps'],
      ['`\\u{1F600}\r\n${bucket}.s3.amazonaws.com`;', 's3.amazonaws.com', 's3.amazonaws.com'],
      ["['https://s3', 'amazonaws.com'].join('.');", 'amazonaws.com', 'amazonaws.com'],
    ])('%s: %j', (sourceText, needle, written) => {
      expect(writtenAs(sourceText, needle)).toBe(written);
    });

    it('has no source range across literals, or in a join separator', () => {
      expect(writtenAs("'https://s3.' + 'amazonaws.com';", 's3.amazonaws.com')).toBeUndefined();
      expect(writtenAs("['https://s3', 'amazonaws.com'].join('.');", 's3.amazonaws')).toBeUndefined();
    });

    it('reads a JSX attribute up to its first entity', () => {
      const sourceText = 'declare const React: any;\n<a href="https://s3.amazonaws.com/a&amp;b" />;';
      const jsx = parseProgram(sourceText, true);
      const element = lastExpression(jsx);
      if (element.type !== AST_NODE_TYPES.JSXElement) throw new Error('not JSX');
      const [attribute] = element.openingElement.attributes;
      if (attribute?.type !== AST_NODE_TYPES.JSXAttribute || !attribute.value) throw new Error('no attribute');
      const [alternative] = shapeOf(attribute.value, sourceText);
      if (!alternative) throw new Error('no alternative');
      const { text, spans } = spell(alternative);
      expect(text).toBe('https://s3.amazonaws.com/a&b');
      const range = rawRange(spans, 8, 24);
      expect(range && sourceText.slice(...range)).toBe('s3.amazonaws.com');
      expect(rawRange(spans, 26, 28)).toBeUndefined();
    });

    it('reads a tagged template with an invalid escape by its raw text, without a source', () => {
      const sourceText = 'tag`\\unicode s3.amazonaws.com`;';
      const tagged = lastExpression(parseProgram(sourceText));
      if (tagged.type !== AST_NODE_TYPES.TaggedTemplateExpression) throw new Error('not a tagged template');
      const [alternative] = shapeOf(tagged.quasi, sourceText);
      expect(alternative?.map((piece) => piece.text)).toEqual(['\\unicode s3.amazonaws.com']);
      expect(alternative?.[0]?.source).toBeUndefined();
    });
  });
});

describe('isOutermostStringExpression', () => {
  /** Every string-carrying node of the last statement that is read as a whole, as source text. */
  function outermost(sourceText: string): string[] {
    const found: string[] = [];
    const visit = (node: TSESTree.Node): void => {
      if (isOutermostStringExpression(node)) found.push(sourceText.slice(...node.range));
      for (const [key, value] of Object.entries(node)) {
        if (key === 'parent') continue;
        for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
          if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') {
            visit(child as TSESTree.Node);
          }
        }
      }
    };
    visit(lastExpression(parseProgram(sourceText)));
    return found;
  }

  it.each([
    ["'a' + b + 'c';", ["'a' + b + 'c'"]],
    ['`a${`b${c}`}`;', ['`a${`b${c}`}`']],
    ["f('a' + 'b', `c`);", ["'a' + 'b'", '`c`']],
    ["(flag ? 'a' : 'b') + 'c';", ["(flag ? 'a' : 'b') + 'c'"]],
    // The test of a conditional is no part of its text: it is read by itself.
    ["x = flag === 'prod' ? 'a' : 'b';", ["flag === 'prod' ? 'a' : 'b'", "'prod'"]],
    ["x = (stage || 'prod') ? 'a' : 'b';", ["(stage || 'prod') ? 'a' : 'b'", "stage || 'prod'"]],
    ["url += 'a' + 'b';", ["url += 'a' + 'b'"]],
    ["['a', 'b'].join('.');", ["['a', 'b'].join('.')", "'.'"]],
    ["'a'.concat('b', c);", ["'a'.concat('b', c)"]],
    ["[('a' as string)].join('');", ["[('a' as string)].join('')", "''"]],
  ])('%s', (sourceText, expected) => {
    expect(outermost(sourceText)).toEqual(expected);
  });
});
