/**
 * The algebra of static text shapes: an expression's text as a list of alternatives, each a
 * sequence of pieces that are known text (remembering where they were written) or unknown holes.
 * Joining parts multiplies alternatives (bounded by {@link MAX_ALTERNATIVES}), choices add them;
 * {@link spell} turns one alternative into text with {@link TEXT_HOLE} for each hole, and
 * {@link rawRange} maps a span of that text back to the file when one known piece holds it.
 *
 * Nothing here knows a syntax tree: `string-shapes.ts` builds shapes from ESTree.
 */
import { TEXT_HOLE } from '../sdk/index.js';

/** The most alternatives one expression is expanded into (conditional branches multiply). */
export const MAX_ALTERNATIVES = 16;

/** Where a known text chunk was written, for fixes that rewrite part of it. */
export interface PieceSource {
  /** Offset in the file of the chunk's first raw character (after the quote or backtick). */
  rawStart: number;
  /** Raw offset (relative to rawStart) of each cooked code unit, and one past the end. */
  offsets: readonly number[];
}

/** A known text chunk (`text` defined) or an unknown hole (`text` undefined). */
export interface Piece {
  text: string | undefined;
  source: PieceSource | undefined;
  /** Read through a same-file `const` (its text is checked where the `const` is written, too). */
  expanded?: boolean;
}

export type Alternative = Piece[];

/** A known piece placed in an alternative's text, from `start` to `end`. */
export interface Span {
  start: number;
  end: number;
  piece: Piece;
}

export const HOLE: Piece = { text: undefined, source: undefined };

/** Known text may not contain the hole marker itself; replace it with a non-host character. */
function sanitize(text: string): string {
  return text.includes(TEXT_HOLE) ? text.split(TEXT_HOLE).join(' ') : text;
}

/** A known piece of text, written at `source` when its characters map back to the file. */
export function knownPiece(text: string, source: PieceSource | undefined): Piece {
  return { text: sanitize(text), source };
}

/** The same alternatives, read through a `const`: no piece maps back to where it is used. */
export function expanded(alternatives: readonly Alternative[]): Alternative[] {
  return alternatives.map((alternative) => alternative.map((piece) => (piece.text === undefined ? piece : { text: piece.text, source: undefined, expanded: true })));
}

/** Does one piece read through a `const` hold all of `[start, end)` of an alternative's text? */
export function withinExpanded(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.piece.expanded === true && span.start <= start && end <= span.end);
}

/** Joins the parts in order, each with its alternatives, into at most MAX_ALTERNATIVES. */
export function sequence(parts: readonly Alternative[][]): Alternative[] {
  let result: Alternative[] = [[]];
  for (const choices of parts) {
    const [first] = choices;
    if (!first) continue;
    if (choices.length === 1 || result.length >= MAX_ALTERNATIVES) {
      for (const alternative of result) for (const piece of first) alternative.push(piece);
      continue;
    }
    const next: Alternative[] = [];
    for (const alternative of result) {
      for (const choice of choices) {
        if (next.length >= MAX_ALTERNATIVES) break;
        next.push([...alternative, ...choice]);
      }
    }
    result = next;
  }
  return result;
}

/** The alternatives of each group in turn, at most MAX_ALTERNATIVES. */
export function either(groups: readonly Alternative[][]): Alternative[] {
  const result: Alternative[] = [];
  for (const group of groups) {
    for (const alternative of group) {
      if (result.length < MAX_ALTERNATIVES) result.push(alternative);
    }
  }
  return result;
}

/** The full text of an alternative (holes as `TEXT_HOLE`) and where each known piece stands in it. */
export function spell(alternative: Alternative): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const piece of alternative) {
    if (piece.text === undefined) {
      text += TEXT_HOLE;
      continue;
    }
    spans.push({ start: text.length, end: text.length + piece.text.length, piece });
    text += piece.text;
  }
  return { text, spans };
}

/** The file range that holds `[start, end)` of an alternative's text, when one known chunk has it all. */
export function rawRange(spans: readonly Span[], start: number, end: number): [number, number] | undefined {
  for (const span of spans) {
    if (span.start > start || span.end < end) continue;
    const source = span.piece.source;
    if (!source) return undefined;
    const from = source.offsets[start - span.start];
    const to = source.offsets[end - span.start];
    if (from === undefined || to === undefined) return undefined;
    return [source.rawStart + from, source.rawStart + to];
  }
  return undefined;
}

