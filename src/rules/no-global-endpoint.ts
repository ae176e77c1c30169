/**
 * `no-global-endpoint`: global S3 host names written into code (URLs built by hand, `endpoint:`
 * strings, JSX attributes). Pure syntax: it needs no type information.
 *
 * `syntax/string-hosts.ts` reads each outermost string expression as static text and finds the
 * hosts in it; `syntax/endpoint-context.ts` says where text is no endpoint at all; this rule
 * decides which hosts are reported and how they are rewritten.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import {
  TEXT_HOLE,
  hostOfEndpoint,
  mayContainAwsHost,
  normalizeHost,
  regionalHostFor,
  type HostOccurrence,
} from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { isNonEndpointContext } from '../syntax/endpoint-context.js';
import { findStringHost, type StringHost } from '../syntax/string-hosts.js';
import { isOutermostStringExpression } from '../syntax/string-shapes.js';
import { createRule } from './utils/create-rule.js';

export type MessageIds = 'globalHost' | 'accelerateHost' | 'useRegionalHost';

export interface NoGlobalEndpointOptions {
  allowAccelerate?: boolean;
  allowHosts?: string[];
}

export type Options = [NoGlobalEndpointOptions];

/** How unknown text is shown in messages. */
const HOLE_DISPLAY = '${…}';

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
    // Most files never spell `amazonaws`: one text search spares them every string visit.
    if (!mayContainAwsHost(context.sourceCode.text)) return {};
    const settings = getSettings(context.settings);
    const allowAccelerate = options.allowAccelerate === true;
    const allowedHosts = new Set((options.allowHosts ?? []).map((host) => normalizeHost(hostOfEndpoint(host) ?? '')));
    const sourceText = context.sourceCode.text;
    const onlyRegion = settings.regions.length === 1 ? settings.regions[0] : undefined;

    function isReported(occurrence: HostOccurrence, host: string): boolean {
      const { info } = occurrence;
      if (info.kind !== 'global' || occurrence.xmlNamespace) return false;
      // Multi-Region Access Points route through a global name by design; not this rule's concern.
      if (info.serviceLabel === 's3-global') return false;
      if (info.accelerate === true && allowAccelerate) return false;
      return !allowedHosts.has(host.toLowerCase());
    }

    /** The bucket's region when the code names a bucket listed in `bucketRegions`. */
    function knownRegion(bucket: string | undefined): string | undefined {
      if (bucket === undefined) return undefined;
      const { bucketRegions } = settings;
      if (Object.hasOwn(bucketRegions, bucket)) return bucketRegions[bucket];
      const lower = bucket.toLowerCase();
      return Object.hasOwn(bucketRegions, lower) ? bucketRegions[lower] : undefined;
    }

    function report(root: TSESTree.Node, found: StringHost): void {
      // `url += '.s3.amazonaws.com'`: the text appended is what is reported.
      const node = root.type === AST_NODE_TYPES.AssignmentExpression ? root.right : root;
      const host = showHoles(found.host);
      const regionalFor = (region: string): string => showHoles(found.bucketPrefix) + regionalServiceHost(region);

      if (found.occurrence.info.accelerate === true) {
        context.report({
          node,
          messageId: 'accelerateHost',
          data: { host, regional: regionalFor(onlyRegion ?? '<region>') },
        });
        return;
      }

      const range = found.serviceRange;
      const certain = knownRegion(found.bucket);
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

    function check(node: TSESTree.Node): void {
      if (!isOutermostStringExpression(node) || isNonEndpointContext(node)) return;
      const found = findStringHost(node, sourceText, isReported);
      if (found) report(node, found);
    }

    return {
      Literal: check,
      TemplateLiteral: check,
      BinaryExpression: check,
      ConditionalExpression: check,
      LogicalExpression: check,
      CallExpression: check,
      AssignmentExpression: check,
    };
  },
});

/** Text for a message, with unknown parts shown as `${…}`. */
function showHoles(text: string): string {
  return text.split(TEXT_HOLE).join(HOLE_DISPLAY);
}

/** The regional S3 service host (no bucket) for a region: `s3.<region>.amazonaws.com[.cn]`. */
function regionalServiceHost(region: string): string {
  return regionalHostFor({ kind: 'global', serviceLabel: 's3' }, region) ?? `s3.${region}.amazonaws.com`;
}
