/**
 * The hosts written in string-shaped expressions: URLs built by hand, `endpoint:` strings, JSX
 * attributes. Each expression's text shape (`string-shapes.ts`) is spelled out alternative by
 * alternative, and the host grammar of `sdk/hosts.ts` finds the hosts in it with exact boundaries.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { findHostsInText, type HostOccurrence } from '../sdk/index.js';
import { namedBucket } from './named-bucket.js';
import { shapeOf } from './string-shapes.js';
import { rawRange, spell, withinExpanded } from './text-shape.js';

/** A host found in the text of a string expression. */
export interface StringHost {
  /** Where the host grammar found it, as offsets in the text of one alternative. */
  occurrence: HostOccurrence;
  /** The host as the text reads (bucket labels included), unknown parts as `TEXT_HOLE`. */
  host: string;
  /** The text before the service label: the bucket labels and their dot, unknown parts as `TEXT_HOLE`. */
  bucketPrefix: string;
  /**
   * The bucket the code names: in the host's labels, in a path-style path right after the host, or
   * in the path given to `new URL(path, host)`. Undefined when none is named or it is not known.
   */
  bucket: string | undefined;
  /**
   * The file range that spells the service part of the host (`[serviceStart, end)`: `s3.amazonaws.com`
   * without the bucket), when one known text chunk holds it all and its escapes map back to the
   * source: replacing this range is a precise single-literal edit. Undefined when no such edit exists.
   */
  serviceRange: TSESTree.Range | undefined;
}

/**
 * The first host in the text of `root` that `accept` takes, trying each alternative text in turn
 * (conditional branches, logical operands) and each host in text order.
 *
 * @param root A string expression, such as one {@link isOutermostStringExpression} picks.
 * @param sourceText The whole text of the file, to map known text back to where it is written.
 * @param accept Which hosts count; it gets the occurrence and the host as the text reads.
 */
export function findStringHost(
  root: TSESTree.Node,
  sourceText: string,
  accept: (occurrence: HostOccurrence, host: string) => boolean,
): StringHost | undefined {
  // The text with each name as a hole first (as before `const`s were read through: a placeholder
  // such as '<your bucket name>' must not hide the host after it), then with `const`s read through.
  const plain = shapeOf(root, sourceText, 0, false);
  const withConsts = plain.some((alternative) => alternative.some((piece) => piece.text === undefined)) ? shapeOf(root, sourceText) : [];
  for (const alternative of [...plain, ...withConsts]) {
    const { text, spans } = spell(alternative);
    for (const occurrence of findHostsInText(text)) {
      const host = text.slice(occurrence.start, occurrence.end);
      // A host a `const` spells whole is checked where the `const` is written.
      if (withinExpanded(spans, occurrence.serviceStart, occurrence.end)) continue;
      if (!accept(occurrence, host)) continue;
      return {
        occurrence,
        host,
        bucketPrefix: text.slice(occurrence.start, occurrence.serviceStart),
        bucket: namedBucket(root, text, occurrence, sourceText),
        serviceRange: rawRange(spans, occurrence.serviceStart, occurrence.end),
      };
    }
  }
  return undefined;
}
