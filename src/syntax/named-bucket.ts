/**
 * The bucket the code names next to a host: in the host's labels, in a path-style path right
 * after it, or in the path given to `new URL(path, host)`. `no-global-endpoint` fixes a host only
 * when this bucket's region is known.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { TEXT_HOLE, bucketOfRelativePath, pathStyleBucket, type HostOccurrence } from '../sdk/index.js';
import { climbWrappers } from './nodes.js';
import { shapeOf } from './string-shapes.js';

/** The bucket the code names for a host: in its labels, a path-style path, or a `new URL` path. */
export function namedBucket(
  root: TSESTree.Node,
  text: string,
  occurrence: HostOccurrence,
  sourceText: string,
): string | undefined {
  const { bucket } = occurrence.info;
  if (bucket !== undefined || occurrence.bucketIsUnknown) return bucket;
  return pathStyleBucket(text, occurrence.end) ?? bucketOfUrlPath(root, text, occurrence, sourceText);
}

/** `new URL('/my-bucket/key', 'https://s3.amazonaws.com')`: the bucket in the path argument. */
function bucketOfUrlPath(
  root: TSESTree.Node,
  text: string,
  occurrence: HostOccurrence,
  sourceText: string,
): string | undefined {
  const { child, parent } = climbWrappers(root);
  if (
    parent?.type !== AST_NODE_TYPES.NewExpression ||
    parent.callee.type !== AST_NODE_TYPES.Identifier ||
    parent.callee.name !== 'URL' ||
    parent.arguments[1] !== child
  ) {
    return undefined;
  }
  const rest = text.slice(occurrence.end);
  if (rest !== '' && rest !== '/') return undefined;
  const [pathArgument] = parent.arguments;
  if (!pathArgument) return undefined;
  const shapes = shapeOf(pathArgument, sourceText);
  const [only] = shapes;
  if (shapes.length !== 1 || !only) return undefined;
  const path = only.map((piece) => piece.text ?? TEXT_HOLE).join('');
  return bucketOfRelativePath(path);
}
