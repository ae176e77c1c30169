/**
 * `s3-regional/no-global-endpoint`: global S3 host names written into code (URLs built by hand,
 * `endpoint:` strings, JSX attributes). Pure syntax: it needs no type information.
 *
 * Each string expression is read as a "static text shape": known text chunks and unknown holes,
 * gathered through template literals, `+` concatenation, `[...].join(sep)` of array literals and
 * the branches of conditional and logical expressions (a bounded number of alternatives). The host
 * grammar in `sdk/hosts.ts` then finds the hosts in that text with exact boundaries.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  TEXT_HOLE,
  bucketOfRelativePath,
  findHostsInText,
  hostOfEndpoint,
  pathStyleBucket,
  regionalHostFor,
  type HostOccurrence,
} from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';

export type MessageIds = 'globalHost' | 'accelerateHost' | 'useRegionalHost';

export interface NoGlobalEndpointOptions {
  allowAccelerate?: boolean;
  allowHosts?: string[];
}

export type Options = [NoGlobalEndpointOptions];

/** The most alternatives one expression is expanded into (conditional branches multiply). */
const MAX_ALTERNATIVES = 16;

/** How unknown text is shown in messages. */
const HOLE_DISPLAY = '${…}';

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

const HOLE: Piece = { text: undefined, source: undefined };

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

function isStringLiteral(node: TSESTree.Node): node is TSESTree.StringLiteral {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string';
}

function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The node and its parent once transparent TypeScript wrappers (`as`, `!`, `satisfies`) are left. */
function climbWrappers(node: TSESTree.Node): { child: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let child = node;
  let parent = node.parent;
  while (parent && TRANSPARENT_WRAPPERS.has(parent.type)) {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}

/** `[...].join()` or `[...].join('<literal>')`: the array literal whose text is joined. */
function joinedArray(node: TSESTree.Node): TSESTree.ArrayExpression | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = node.callee;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    callee.property.name !== 'join'
  ) {
    return undefined;
  }
  const array = unwrapExpression(callee.object);
  if (array.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  if (node.arguments.length > 1) return undefined;
  const [separator] = node.arguments;
  if (separator && !(separator.type === AST_NODE_TYPES.Literal && typeof separator.value === 'string')) {
    return undefined;
  }
  return array;
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

/** `'text'.concat(a, b)` on a string expression: the string whose text is extended. */
function concatCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = node.callee;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    callee.property.name !== 'concat' ||
    !isStringShaped(callee.object)
  ) {
    return undefined;
  }
  return node;
}

function joinSeparator(node: TSESTree.CallExpression): string {
  const [separator] = node.arguments;
  return separator?.type === AST_NODE_TYPES.Literal && typeof separator.value === 'string'
    ? separator.value
    : ',';
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
      return (
        parent.object === child &&
        parent.parent.type === AST_NODE_TYPES.CallExpression &&
        parent.parent.callee === parent &&
        concatCall(parent.parent) !== undefined
      );
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.LogicalExpression:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== child;
    case AST_NODE_TYPES.ArrayExpression: {
      const member = climbWrappers(parent).parent;
      return (
        member?.type === AST_NODE_TYPES.MemberExpression &&
        member.parent.type === AST_NODE_TYPES.CallExpression &&
        member.parent.callee === member &&
        joinedArray(member.parent) === parent
      );
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

/** Names that start an assertion chain: `assert.equal(…)`, `expect(…).toBe(…)`, `chai.expect(…)`. */
const ASSERTION_ROOTS = new Set(['assert', 'expect', 'chai']);

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

/** Places where a string is not an endpoint: module names, keys, types, patterns, comparisons. */
function isIgnoredContext(root: TSESTree.Node): boolean {
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
      const callee = parent.callee;
      if (
        parent.type === AST_NODE_TYPES.CallExpression &&
        callee.type === AST_NODE_TYPES.MemberExpression &&
        !callee.computed &&
        callee.property.type === AST_NODE_TYPES.Identifier &&
        MATCHING_METHODS.has(callee.property.name) &&
        parent.arguments[0] === child
      ) {
        return true;
      }
      return isPrincipalValue(root);
    }
    default:
      return isPrincipalValue(root);
  }
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

interface Finding {
  occurrence: HostOccurrence;
  /** The alternative's full text, holes included. */
  text: string;
  /** The known pieces with their offsets in `text`. */
  spans: { start: number; end: number; piece: Piece }[];
}

export default createRule<Options, MessageIds>({
  name: 'no-global-endpoint',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow global S3 host names such as `s3.amazonaws.com` written into code',
      recommended: true,
      requiresTypeChecking: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        description: 'Options for no-global-endpoint.',
        properties: {
          allowAccelerate: {
            type: 'boolean',
            description:
              'Allow the S3 Transfer Acceleration edge (`s3-accelerate[.dualstack].amazonaws.com`, with or without a bucket label).',
          },
          allowHosts: {
            type: 'array',
            description:
              'Host names to allow, compared exactly (case-insensitive, without port or trailing dot), for example `s3.amazonaws.com`.',
            items: { type: 'string', description: 'An exact host name to allow.' },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowAccelerate: false, allowHosts: [] }],
    messages: {
      globalHost:
        "'{{host}}' is the global S3 endpoint. Over Direct Connect the global name does not resolve to the S3 interface VPC endpoint, so requests to it take the public path. Write the regional host '{{regional}}' instead.",
      accelerateHost:
        "'{{host}}' is the S3 Transfer Acceleration edge, a global name that never resolves to the S3 interface VPC endpoint, so requests to it take the public path. Write the regional host '{{regional}}' instead, or set the option allowAccelerate if acceleration is intended.",
      useRegionalHost: "Rewrite the host to the regional '{{host}}' ({{region}}).",
    },
  },
  defaultOptions: [{ allowAccelerate: false, allowHosts: [] }],
  create(context, [options]) {
    const settings = getSettings(context.settings);
    const allowAccelerate = options.allowAccelerate === true;
    const allowedHosts = new Set((options.allowHosts ?? []).map((host) => normalizeHost(host)));
    const sourceText = context.sourceCode.text;

    function literalPiece(node: TSESTree.StringLiteral): Piece {
      const raw = sourceText.slice(node.range[0] + 1, node.range[1] - 1);
      const inJsx = node.parent.type === AST_NODE_TYPES.JSXAttribute;
      const offsets = inJsx ? jsxOffsets(raw) : escapeOffsets(raw, node.value.length, false);
      return {
        text: sanitize(node.value),
        source: offsets ? { rawStart: node.range[0] + 1, offsets } : undefined,
      };
    }

    function quasiPiece(quasi: TSESTree.TemplateElement): Piece {
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

    function either(groups: readonly Alternative[][]): Alternative[] {
      const result: Alternative[] = [];
      for (const group of groups) {
        for (const alternative of group) {
          if (result.length < MAX_ALTERNATIVES) result.push(alternative);
        }
      }
      return result;
    }

    /** The static text shape of an expression: its possible texts, with unknown holes. */
    function shapeOf(node: TSESTree.Node): Alternative[] {
      const inner = unwrapExpression(node);
      switch (inner.type) {
        case AST_NODE_TYPES.Literal:
          return isStringLiteral(inner) ? [[literalPiece(inner)]] : [[HOLE]];
        case AST_NODE_TYPES.TemplateLiteral: {
          const parts: Alternative[][] = [];
          inner.quasis.forEach((quasi, index) => {
            parts.push([[quasiPiece(quasi)]]);
            const expression = inner.expressions[index];
            if (expression) parts.push(shapeOf(expression));
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
          return sequence(operands.map((operand) => shapeOf(operand)));
        }
        case AST_NODE_TYPES.ConditionalExpression:
          return either([shapeOf(inner.consequent), shapeOf(inner.alternate)]);
        case AST_NODE_TYPES.LogicalExpression:
          return either([shapeOf(inner.left), shapeOf(inner.right)]);
        case AST_NODE_TYPES.AssignmentExpression:
          return inner.operator === '+=' ? sequence([[[HOLE]], shapeOf(inner.right)]) : [[HOLE]];
        case AST_NODE_TYPES.CallExpression: {
          if (concatCall(inner) && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
            const parts = [shapeOf(inner.callee.object)];
            for (const argument of inner.arguments) {
              parts.push(argument.type === AST_NODE_TYPES.SpreadElement ? [[HOLE]] : shapeOf(argument));
            }
            return sequence(parts);
          }
          const array = joinedArray(inner);
          if (!array) return [[HOLE]];
          const separator: Alternative[] = [[{ text: joinSeparator(inner), source: undefined }]];
          const parts: Alternative[][] = [];
          array.elements.forEach((element, index) => {
            if (index > 0) parts.push(separator);
            if (element === null) return;
            parts.push(element.type === AST_NODE_TYPES.SpreadElement ? [[HOLE]] : shapeOf(element));
          });
          return sequence(parts);
        }
        default:
          return [[HOLE]];
      }
    }

    function isReported(occurrence: HostOccurrence, text: string): boolean {
      const { info } = occurrence;
      if (info.kind !== 'global' || occurrence.xmlNamespace) return false;
      // Multi-Region Access Points route through a global name by design; not this rule's concern.
      if (info.serviceLabel === 's3-global') return false;
      if (info.accelerate === true && allowAccelerate) return false;
      const host = text.slice(occurrence.start, occurrence.end);
      return !allowedHosts.has(host.toLowerCase());
    }

    function findGlobalHost(root: TSESTree.Node): Finding | undefined {
      for (const alternative of shapeOf(root)) {
        let text = '';
        const spans: Finding['spans'] = [];
        for (const piece of alternative) {
          if (piece.text === undefined) {
            text += TEXT_HOLE;
            continue;
          }
          spans.push({ start: text.length, end: text.length + piece.text.length, piece });
          text += piece.text;
        }
        for (const occurrence of findHostsInText(text)) {
          if (isReported(occurrence, text)) return { occurrence, text, spans };
        }
      }
      return undefined;
    }

    /** The bucket's region when the code names a bucket listed in `bucketRegions`. */
    function knownRegion(finding: Finding, root: TSESTree.Node): string | undefined {
      const { occurrence, text } = finding;
      let bucket = occurrence.info.bucket;
      if (bucket === undefined && !occurrence.bucketIsUnknown) {
        bucket = pathStyleBucket(text, occurrence.end) ?? bucketOfUrlPath(root, text, occurrence);
      }
      if (bucket === undefined) return undefined;
      const { bucketRegions } = settings;
      if (Object.hasOwn(bucketRegions, bucket)) return bucketRegions[bucket];
      const lower = bucket.toLowerCase();
      return Object.hasOwn(bucketRegions, lower) ? bucketRegions[lower] : undefined;
    }

    /** `new URL('/my-bucket/key', 'https://s3.amazonaws.com')`: the bucket in the path argument. */
    function bucketOfUrlPath(root: TSESTree.Node, text: string, occurrence: HostOccurrence): string | undefined {
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
      const shapes = shapeOf(pathArgument);
      const [only] = shapes;
      if (shapes.length !== 1 || !only) return undefined;
      const path = only.map((piece) => piece.text ?? TEXT_HOLE).join('');
      return bucketOfRelativePath(path);
    }

    /** The file range that holds `[start, end)` of the finding's text, when one known chunk has it all. */
    function rawRange(finding: Finding, start: number, end: number): TSESTree.Range | undefined {
      for (const span of finding.spans) {
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

    function check(root: TSESTree.Node): void {
      if (isShapePart(root) || isIgnoredContext(root)) return;
      const finding = findGlobalHost(root);
      if (!finding) return;
      // `url += '.s3.amazonaws.com'`: the text appended is what is reported.
      const node = root.type === AST_NODE_TYPES.AssignmentExpression ? root.right : root;
      const { occurrence, text } = finding;
      const host = text.slice(occurrence.start, occurrence.end).split(TEXT_HOLE).join(HOLE_DISPLAY);
      const bucketPrefix = text
        .slice(occurrence.start, occurrence.serviceStart)
        .split(TEXT_HOLE)
        .join(HOLE_DISPLAY);
      const regionalFor = (region: string): string => bucketPrefix + regionalServiceHost(region);
      const onlyRegion = settings.regions.length === 1 ? settings.regions[0] : undefined;

      if (occurrence.info.accelerate === true) {
        context.report({
          node,
          messageId: 'accelerateHost',
          data: { host, regional: regionalFor(onlyRegion ?? '<region>') },
        });
        return;
      }

      const range = rawRange(finding, occurrence.serviceStart, occurrence.end);
      const certain = knownRegion(finding, root);
      const data = { host, regional: regionalFor(certain ?? onlyRegion ?? '<region>') };
      if (!range) {
        context.report({ node, messageId: 'globalHost', data });
        return;
      }
      if (certain !== undefined) {
        context.report({
          node,
          messageId: 'globalHost',
          data,
          fix: (fixer) => fixer.replaceTextRange(range, regionalServiceHost(certain)),
        });
        return;
      }
      context.report({
        node,
        messageId: 'globalHost',
        data,
        suggest: settings.regions.map((region) => ({
          messageId: 'useRegionalHost',
          data: { host: regionalFor(region), region },
          fix: (fixer) => fixer.replaceTextRange(range, regionalServiceHost(region)),
        })),
      });
    }

    return {
      Literal(node) {
        if (isStringLiteral(node)) check(node);
      },
      TemplateLiteral: check,
      BinaryExpression(node) {
        if (node.operator === '+') check(node);
      },
      ConditionalExpression: check,
      LogicalExpression: check,
      CallExpression(node) {
        if (joinedArray(node) ?? concatCall(node)) check(node);
      },
      AssignmentExpression(node) {
        if (node.operator === '+=') check(node);
      },
    };
  },
});

/** The regional S3 service host (no bucket) for a region: `s3.<region>.amazonaws.com[.cn]`. */
function regionalServiceHost(region: string): string {
  return regionalHostFor({ kind: 'global', serviceLabel: 's3' }, region) ?? `s3.${region}.amazonaws.com`;
}

/** An allowed host as compared: lower case, no scheme, port, path or trailing dot. */
function normalizeHost(host: string): string {
  let result = (hostOfEndpoint(host) ?? '').toLowerCase();
  const colon = result.lastIndexOf(':');
  if (colon !== -1) result = result.slice(0, colon);
  if (result.endsWith('.')) result = result.slice(0, -1);
  return result;
}
