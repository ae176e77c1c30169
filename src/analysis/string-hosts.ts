/**
 * The hosts written in string-shaped expressions: URLs built by hand, `endpoint:` strings, JSX
 * attributes. Pure syntax on the ESTree: no type information.
 *
 * Each string expression is read as a "static text shape": known text chunks ("pieces") and
 * unknown holes, gathered through template literals, `+` concatenation, `.concat(...)` on a
 * string, `[...].join(sep)` of array literals and the branches of conditional and logical
 * expressions (a bounded number of "alternatives"). The host grammar in `sdk/hosts.ts` then finds
 * the hosts in each alternative's text with exact boundaries, and each known chunk remembers where
 * its cooked text was written, so that a host inside one literal can be rewritten in place.
 *
 * It also knows where text is not an endpoint at all (module names, keys, types, patterns,
 * comparisons, IAM principals, expected values in assertions).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  TEXT_HOLE,
  bucketOfRelativePath,
  findHostsInText,
  pathStyleBucket,
  type HostOccurrence,
} from '../sdk/index.js';

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
 * Is this a string expression to be read as a whole: one that carries text (a string literal, a
 * template, `+`, `+=`, a conditional or logical expression, `.concat(...)` on a string,
 * `[...].join(...)`) and is not itself part of a larger one (which is read instead)?
 */
export function isOutermostStringExpression(node: TSESTree.Node): boolean {
  return carriesText(node) && !isShapePart(node);
}

/**
 * Is the text of this expression not an endpoint by where it stands: module names, object and
 * class keys, types, enum member names, directives, `RegExp` patterns, comparisons, `switch` cases,
 * the argument of a matching method (`includes`, `startsWith`, `replace`, …), an IAM service
 * principal, or an expected value given to an assertion?
 */
export function isNonEndpointContext(root: TSESTree.Node): boolean {
  if (isAssertionArgument(root)) return true;
  let { child, parent } = climbWrappers(root);
  if (parent?.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    ({ child, parent } = climbWrappers(parent));
  }
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSImportType:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return true;
    case AST_NODE_TYPES.TSEnumMember:
      return parent.id === child;
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === child;
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
      return parent.key === child || isPrincipalValue(root);
    case AST_NODE_TYPES.BinaryExpression:
      return (
        parent.operator === '===' ||
        parent.operator === '!==' ||
        parent.operator === '==' ||
        parent.operator === '!=' ||
        parent.operator === 'in'
      );
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === child;
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression: {
      if (parent.callee === child) return false;
      if (isRegExpCallee(parent.callee) && parent.arguments[0] === child) return true;
      const method = methodCall(parent);
      if (method && MATCHING_METHODS.has(method.name) && parent.arguments[0] === child) return true;
      return isPrincipalValue(root);
    }
    default:
      return isPrincipalValue(root);
  }
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
  for (const alternative of shapeOf(root, sourceText)) {
    const { text, spans } = spell(alternative);
    for (const occurrence of findHostsInText(text)) {
      const host = text.slice(occurrence.start, occurrence.end);
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

/** The most alternatives one expression is expanded into (conditional branches multiply). */
const MAX_ALTERNATIVES = 16;

/** Where a known text chunk was written, for fixes that rewrite part of it. */
interface PieceSource {
  /** Offset in the file of the chunk's first raw character (after the quote or backtick). */
  rawStart: number;
  /** Raw offset (relative to rawStart) of each cooked code unit, and one past the end. */
  offsets: readonly number[];
}

/** A known text chunk (`text` defined) or an unknown hole (`text` undefined). */
interface Piece {
  text: string | undefined;
  source: PieceSource | undefined;
}

type Alternative = Piece[];

/** A known piece placed in an alternative's text, from `start` to `end`. */
interface Span {
  start: number;
  end: number;
  piece: Piece;
}

const HOLE: Piece = { text: undefined, source: undefined };

type TransparentWrapper =
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.TSInstantiationExpression;

const TRANSPARENT_WRAPPERS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSInstantiationExpression,
]);

/** Methods whose first argument is text being matched against, not a URL being requested. */
const MATCHING_METHODS = new Set([
  'endsWith',
  'has',
  'includes',
  'indexOf',
  'lastIndexOf',
  'match',
  'matchAll',
  'replace',
  'replaceAll',
  'search',
  'split',
  'startsWith',
]);

/** Object keys whose values are IAM principals, which look like hosts but are not endpoints. */
const PRINCIPAL_KEYS = new Set(['Service', 'Principal', 'NotPrincipal']);

const SERVICE_PRINCIPAL_CLASS = 'ServicePrincipal';

/** Names that start an assertion chain: `assert.equal(…)`, `expect(…).toBe(…)`, `chai.expect(…)`. */
const ASSERTION_ROOTS = new Set(['assert', 'expect', 'chai']);

function isStringLiteral(node: TSESTree.Node): node is TSESTree.StringLiteral {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string';
}

function isTransparentWrapper(node: TSESTree.Node): node is TransparentWrapper {
  return TRANSPARENT_WRAPPERS.has(node.type);
}

/** The expression inside transparent TypeScript wrappers (`as`, `!`, `satisfies`). */
function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTransparentWrapper(current)) current = current.expression;
  return current;
}

/** The node and its parent once transparent TypeScript wrappers (`as`, `!`, `satisfies`) are left. */
function climbWrappers(node: TSESTree.Node): { child: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let child = node;
  let parent = node.parent;
  while (parent && isTransparentWrapper(parent)) {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}

/** A call of a method named in plain dot notation: `receiver.name(...args)`. */
interface MethodCall {
  name: string;
  receiver: TSESTree.Expression;
  args: TSESTree.CallExpressionArgument[];
}

/** `receiver.name(...)` (not computed, not `#private`): the method's name, receiver and arguments. */
function methodCall(node: TSESTree.Node | undefined): MethodCall | undefined {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = node.callee;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }
  return { name: callee.property.name, receiver: callee.object, args: node.arguments };
}

/** The call whose callee is this member expression (`member(...)`), if it is called. */
function callOfMember(member: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  const call = member.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : undefined;
}

/** `[...].join()` or `[...].join('<literal>')`: the array literal whose text is joined, and the separator. */
function joinCall(node: TSESTree.Node | undefined): { array: TSESTree.ArrayExpression; separator: string } | undefined {
  const method = methodCall(node);
  if (method?.name !== 'join' || method.args.length > 1) return undefined;
  const array = unwrapExpression(method.receiver);
  if (array.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const [separator] = method.args;
  if (!separator) return { array, separator: ',' };
  return isStringLiteral(separator) ? { array, separator: separator.value } : undefined;
}

/** `'text'.concat(a, b)` on a string expression: the string whose text is extended, and the arguments. */
function concatCall(node: TSESTree.Node | undefined): MethodCall | undefined {
  const method = methodCall(node);
  return method?.name === 'concat' && isStringShaped(method.receiver) ? method : undefined;
}

/** Could this expression be a string (so that `.concat(...)` on it joins text)? */
function isStringShaped(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return (
    isStringLiteral(inner) ||
    inner.type === AST_NODE_TYPES.TemplateLiteral ||
    (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+') ||
    concatCall(inner) !== undefined
  );
}

/** Does this expression build text that is read as a shape? */
function carriesText(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return isStringLiteral(node);
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+';
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '+=';
    case AST_NODE_TYPES.CallExpression:
      return joinCall(node) !== undefined || concatCall(node) !== undefined;
    default:
      return false;
  }
}

/** Is this expression one piece of a larger text shape (so the larger one is checked instead)? */
function isShapePart(node: TSESTree.Node): boolean {
  const { child, parent } = climbWrappers(node);
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === '+';
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.operator === '+=' && parent.right === child;
    case AST_NODE_TYPES.CallExpression:
      return parent.callee !== child && concatCall(parent) !== undefined;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === child && concatCall(callOfMember(parent)) !== undefined;
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.LogicalExpression:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== child;
    case AST_NODE_TYPES.ArrayExpression: {
      const member = climbWrappers(parent).parent;
      return member?.type === AST_NODE_TYPES.MemberExpression && joinCall(callOfMember(member))?.array === parent;
    }
    default:
      return false;
  }
}

function propertyKeyName(property: TSESTree.Property): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

function calleeNamesServicePrincipal(callee: TSESTree.Node): boolean {
  let current = unwrapExpression(callee);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.property.type === AST_NODE_TYPES.Identifier && current.property.name === SERVICE_PRINCIPAL_CLASS) {
      return true;
    }
    current = unwrapExpression(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier && current.name === SERVICE_PRINCIPAL_CLASS;
}

function isRegExpCallee(callee: TSESTree.Node): boolean {
  const inner = unwrapExpression(callee);
  return inner.type === AST_NODE_TYPES.Identifier && inner.name === 'RegExp';
}

/** `{ type: 'Service', identifiers: [...] }`: an IAM principal block (CDK for Terraform, Pulumi). */
function isServicePrincipalBlock(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      propertyKeyName(property) === 'type' &&
      property.value.type === AST_NODE_TYPES.Literal &&
      property.value.value === 'Service',
  );
}

/**
 * Is the value of this expression an IAM service principal? It is when it sits (through arrays,
 * wrappers and branches) under a `Service:` / `Principal:` key, in `new ServicePrincipal(...)`,
 * or in the `identifiers` of a `{ type: 'Service' }` block.
 */
function isPrincipalValue(node: TSESTree.Node): boolean {
  let child = node;
  let parent = node.parent;
  while (parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === child) return false;
        child = parent;
        parent = parent.parent;
        continue;
      case AST_NODE_TYPES.Property: {
        if (parent.value !== child) return false;
        const key = propertyKeyName(parent);
        if (key !== undefined && PRINCIPAL_KEYS.has(key)) return true;
        return (
          key === 'identifiers' &&
          parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
          isServicePrincipalBlock(parent.parent)
        );
      }
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.CallExpression:
        return parent.callee !== child && calleeNamesServicePrincipal(parent.callee);
      default:
        return false;
    }
  }
  return false;
}

/** Is this call an assertion (`assert…(…)`, `expect(…)…(…)`, `x.should…(…)`)? */
function isAssertionCall(call: TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = unwrapExpression(call.callee);
  for (let i = 0; i < 16; i++) {
    if (current.type === AST_NODE_TYPES.Identifier) return ASSERTION_ROOTS.has(current.name);
    if (current.type === AST_NODE_TYPES.CallExpression) current = unwrapExpression(current.callee);
    else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (!current.computed && current.property.type === AST_NODE_TYPES.Identifier && current.property.name === 'should') {
        return true;
      }
      current = unwrapExpression(current.object);
    } else return false;
  }
  return false;
}

/**
 * Is this text an expected value given to an assertion (`assert.strictEqual(url, '…')`,
 * `expect(url).toBe('…')`, also inside array and object literals)? It is compared, not requested;
 * the code that builds the URL is where a finding belongs.
 */
function isAssertionArgument(root: TSESTree.Node): boolean {
  let { child, parent } = climbWrappers(root);
  while (parent) {
    if (parent.type === AST_NODE_TYPES.ArrayExpression || parent.type === AST_NODE_TYPES.ObjectExpression) {
      ({ child, parent } = climbWrappers(parent));
      continue;
    }
    if (parent.type === AST_NODE_TYPES.Property) {
      if (parent.value !== child) return false;
      ({ child, parent } = climbWrappers(parent));
      continue;
    }
    return parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== child && isAssertionCall(parent);
  }
  return false;
}

/**
 * Raw offsets of each cooked code unit of a JavaScript string or template chunk, decoding escape
 * sequences; undefined when the raw text cannot be mapped.
 */
function escapeOffsets(raw: string, cookedLength: number, template: boolean): number[] | undefined {
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
function jsxOffsets(raw: string): number[] {
  const amp = raw.indexOf('&');
  const length = amp === -1 ? raw.length : amp;
  const offsets: number[] = [];
  for (let i = 0; i <= length; i++) offsets.push(i);
  return offsets;
}

/** Known text may not contain the hole marker itself; replace it with a non-host character. */
function sanitize(text: string): string {
  return text.includes(TEXT_HOLE) ? text.split(TEXT_HOLE).join(' ') : text;
}

function literalPiece(node: TSESTree.StringLiteral, sourceText: string): Piece {
  const raw = sourceText.slice(node.range[0] + 1, node.range[1] - 1);
  const inJsx = node.parent.type === AST_NODE_TYPES.JSXAttribute;
  const offsets = inJsx ? jsxOffsets(raw) : escapeOffsets(raw, node.value.length, false);
  return {
    text: sanitize(node.value),
    source: offsets ? { rawStart: node.range[0] + 1, offsets } : undefined,
  };
}

function quasiPiece(quasi: TSESTree.TemplateElement, sourceText: string): Piece {
  // `cooked` is null for an invalid escape in a tagged template, whatever the type says; the
  // tag still gets the raw text (String.raw), which is read then, without fixes.
  const { cooked } = quasi.value as { cooked: string | null };
  if (cooked === null) return { text: sanitize(quasi.value.raw), source: undefined };
  // The element's range includes its delimiters: a backtick or `}` before, `${` or a backtick after.
  const rawStart = quasi.range[0] + 1;
  const rawEnd = quasi.range[1] - (quasi.tail ? 1 : 2);
  const offsets = escapeOffsets(sourceText.slice(rawStart, rawEnd), cooked.length, true);
  return { text: sanitize(cooked), source: offsets ? { rawStart, offsets } : undefined };
}

/** Joins the parts in order, each with its alternatives, into at most MAX_ALTERNATIVES. */
function sequence(parts: readonly Alternative[][]): Alternative[] {
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
function either(groups: readonly Alternative[][]): Alternative[] {
  const result: Alternative[] = [];
  for (const group of groups) {
    for (const alternative of group) {
      if (result.length < MAX_ALTERNATIVES) result.push(alternative);
    }
  }
  return result;
}

/** The shape of a call argument or array element: a spread is unknown text. */
function elementShape(element: TSESTree.CallExpressionArgument, sourceText: string): Alternative[] {
  return element.type === AST_NODE_TYPES.SpreadElement ? [[HOLE]] : shapeOf(element, sourceText);
}

/** The static text shape of an expression: its possible texts, with unknown holes. */
function shapeOf(node: TSESTree.Node, sourceText: string): Alternative[] {
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      return isStringLiteral(inner) ? [[literalPiece(inner, sourceText)]] : [[HOLE]];
    case AST_NODE_TYPES.TemplateLiteral: {
      const parts: Alternative[][] = [];
      inner.quasis.forEach((quasi, index) => {
        parts.push([[quasiPiece(quasi, sourceText)]]);
        const expression = inner.expressions[index];
        if (expression) parts.push(shapeOf(expression, sourceText));
      });
      return sequence(parts);
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (inner.operator !== '+') return [[HOLE]];
      // Flatten the left-leaning chain `a + b + c` without recursion.
      const operands: TSESTree.Node[] = [];
      let current: TSESTree.Node = inner;
      while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
        operands.push(current.right);
        current = unwrapExpression(current.left);
      }
      operands.push(current);
      operands.reverse();
      return sequence(operands.map((operand) => shapeOf(operand, sourceText)));
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return either([shapeOf(inner.consequent, sourceText), shapeOf(inner.alternate, sourceText)]);
    case AST_NODE_TYPES.LogicalExpression:
      return either([shapeOf(inner.left, sourceText), shapeOf(inner.right, sourceText)]);
    case AST_NODE_TYPES.AssignmentExpression:
      return inner.operator === '+=' ? sequence([[[HOLE]], shapeOf(inner.right, sourceText)]) : [[HOLE]];
    case AST_NODE_TYPES.CallExpression: {
      const concat = concatCall(inner);
      if (concat) {
        const parts = [shapeOf(concat.receiver, sourceText)];
        for (const argument of concat.args) parts.push(elementShape(argument, sourceText));
        return sequence(parts);
      }
      const join = joinCall(inner);
      if (!join) return [[HOLE]];
      const separator: Alternative[] = [[{ text: join.separator, source: undefined }]];
      const parts: Alternative[][] = [];
      join.array.elements.forEach((element, index) => {
        if (index > 0) parts.push(separator);
        if (element === null) return;
        parts.push(elementShape(element, sourceText));
      });
      return sequence(parts);
    }
    default:
      return [[HOLE]];
  }
}

/** The full text of an alternative (holes as `TEXT_HOLE`) and where each known piece stands in it. */
function spell(alternative: Alternative): { text: string; spans: Span[] } {
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
function rawRange(spans: readonly Span[], start: number, end: number): TSESTree.Range | undefined {
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

/** The bucket the code names for a host: in its labels, a path-style path, or a `new URL` path. */
function namedBucket(
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
