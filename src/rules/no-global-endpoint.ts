/**
 * `no-global-endpoint`: global S3 host names written into code (URLs built by hand, `endpoint:`
 * strings, JSX attributes). Pure syntax: it needs no type information.
 *
 * A minio `Client`'s `endPoint: 's3.amazonaws.com'` is judged by what minio does with it
 * (`syntax/minio.ts`, `sdk/signers.ts`, minio's own table from `rules/utils/installed-minio.ts`):
 * silent where minio makes it regional, reported with minio's reason where it does not.
 *
 * `syntax/string-hosts.ts` reads each outermost string expression as static text and finds the
 * hosts in it; `syntax/endpoint-context.ts` says where text is no endpoint at all; this rule
 * decides which hosts are reported and how they are rewritten.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import * as path from 'node:path';
import {
  MINIO,
  NOT_PRIVATE_FACTS,
  TEXT_HOLE,
  hostOfEndpoint,
  judgeMinioEndpoint,
  knownBucketRegion,
  mayContainAwsHost,
  normalizeHost,
  notPrivateKind,
  privateServiceHostFor,
  regionalHostFor,
  type HostOccurrence,
  type MinioJudgement,
  type NotPrivateKind,
} from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { isNonEndpointContext } from '../syntax/endpoint-context.js';
import { minioConfigOfEndpoint } from '../syntax/minio.js';
import { isStringLiteral, unwrapExpression } from '../syntax/nodes.js';
import { findStringHost, type StringHost } from '../syntax/string-hosts.js';
import { isOutermostStringExpression } from '../syntax/string-shapes.js';
import { SyntaxValues } from '../syntax/values.js';
import { createRule } from './utils/create-rule.js';
import { installedMinio } from './utils/installed-minio.js';

/** One message id per kind of host the private path does not carry. */
type HostMessageId = `${NotPrivateKind}Host`;
export type MessageIds = HostMessageId | 'minioRegionOutsideTable' | 'minioRegionUnknown' | 'useRegionalHost' | 'usePrivateHost';

/** The message of a regional host of a not-private kind: its fact, and the private host to write. */
function regionalKindMessage(kind: NotPrivateKind, accept: string): string {
  const { label, fact } = NOT_PRIVATE_FACTS[kind];
  return `'{{host}}' is ${label}: ${fact}, so requests to it take the public path. Write the regional host '{{regional}}' instead, or accept '${kind}' in settings['s3-regional'].acceptedHostKinds ${accept}.`;
}

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
      description:
        'Disallow S3 host names that leave the private path, such as the global `s3.amazonaws.com`, written into code',
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
      minioRegionOutsideTable:
        "minio makes '{{host}}' regional only for the regions in its endpoint table, and minio {{version}} has no entry for '{{region}}': this client falls back to the global S3 endpoint, which private DNS for an S3 interface endpoint does not cover. Write the regional host '{{regional}}' as the endPoint.",
      minioRegionUnknown:
        "minio makes '{{host}}' regional only for a region in its endpoint table, and the code does not show this client's region: without one minio asks for the bucket's location over the network and keeps the global S3 endpoint for a region outside its table. Give the client a region literal, or write the regional host as the endPoint.",
      fipsHost: regionalKindMessage('fips', 'if FIPS over the public path is required'),
      websiteHost: regionalKindMessage('website', 'if this is a public website address'),
      dashRegionHost: regionalKindMessage('dashRegion', 'if your network carries it'),
      dualstackHost: regionalKindMessage('dualstack', 'if your interface endpoint is dualstack'),
      multiRegionAccessPointHost: `'{{host}}' is ${NOT_PRIVATE_FACTS.multiRegionAccessPoint.label}: ${NOT_PRIVATE_FACTS.multiRegionAccessPoint.fact}. Use the bucket's regional host, or accept 'multiRegionAccessPoint' in settings['s3-regional'].acceptedHostKinds if you reach it through a com.amazonaws.s3-global.accesspoint endpoint.`,
      useRegionalHost: "Rewrite the host to the regional '{{host}}' ({{region}}).",
      usePrivateHost: "Rewrite the host to '{{host}}', the same region's host that the interface endpoint serves.",
    },
  },
  defaultOptions: [{ allowAccelerate: false, allowHosts: [] }],
  create(context, [options]) {
    // Most files never spell `amazonaws`: one text search spares them every string visit.
    if (!mayContainAwsHost(context.sourceCode.text)) return {};
    const settings = getSettings(context.settings);
    const allowAccelerate = options.allowAccelerate === true;
    const allowedHosts = new Set((options.allowHosts ?? []).map((host) => normalizeHost(hostOfEndpoint(host) ?? '')));
    const accepted = new Set<NotPrivateKind>(settings.acceptedHostKinds);
    if (allowAccelerate) accepted.add('accelerate');
    const sourceText = context.sourceCode.text;
    const onlyRegion = settings.regions.length === 1 ? settings.regions[0] : undefined;

    function isReported(occurrence: HostOccurrence, host: string): boolean {
      if (occurrence.xmlNamespace || notPrivateKind(occurrence.info.path, accepted) === undefined) return false;
      return !allowedHosts.has(host.toLowerCase());
    }

    /** The bucket's region when the code names a bucket listed in `bucketRegions`. */
    const knownRegion = (bucket: string | undefined): string | undefined =>
      bucket === undefined ? undefined : knownBucketRegion(settings.bucketRegions, bucket);

    let values: SyntaxValues | undefined;
    /** The linted file's absolute path, from which minio is resolved (as the factory's module is). */
    const linted = (): string => path.resolve(context.cwd, context.filename);
    /** What minio does with this string, when it is a minio client's `endPoint`. */
    function minioJudgement(node: TSESTree.Node): MinioJudgement | undefined {
      const config = minioConfigOfEndpoint(context.sourceCode, node);
      if (!config) return undefined;
      const endpoint = unwrapExpression(node);
      if (!isStringLiteral(endpoint)) return { kind: 'asGiven' };
      values ??= new SyntaxValues(context.sourceCode);
      const region = values.property(config, MINIO.regionOption).values;
      return judgeMinioEndpoint(endpoint.value, region, installedMinio(linted()));
    }

    function reportMinio(node: TSESTree.Node, found: StringHost, judgement: Extract<MinioJudgement, { kind: 'outsideTable' | 'unknownRegion' }>): void {
      const host = showHoles(found.host);
      const range = found.serviceRange;
      const suggestionRegions = judgement.kind === 'outsideTable' ? [judgement.region] : settings.regions;
      const suggest = range
        ? suggestionRegions.map((region) => ({
            messageId: 'useRegionalHost' as const,
            data: { host: regionalServiceHost(region), region },
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(range, regionalServiceHost(region)),
          }))
        : [];
      if (judgement.kind === 'outsideTable') {
        const version = installedMinio(linted())?.version ?? '';
        context.report({
          node,
          messageId: 'minioRegionOutsideTable',
          data: { host, region: judgement.region, version, regional: regionalServiceHost(judgement.region) },
          suggest,
        });
        return;
      }
      context.report({ node, messageId: 'minioRegionUnknown', data: { host }, suggest });
    }

    function report(root: TSESTree.Node, found: StringHost): void {
      // `url += '.s3.amazonaws.com'`: the text appended is what is reported.
      const node = root.type === AST_NODE_TYPES.AssignmentExpression ? root.right : root;
      const host = showHoles(found.host);
      const regionalFor = (region: string): string => showHoles(found.bucketPrefix) + regionalServiceHost(region);
      const { info } = found.occurrence;

      if (info.path === 'multiRegionAccessPoint') {
        context.report({ node, messageId: 'multiRegionAccessPointHost', data: { host } });
        return;
      }
      const privateHost = privateServiceHostFor(info);
      if (privateHost !== undefined && info.path !== undefined && info.path !== 'privateDns' && info.path !== 'endpointSpecific') {
        // FIPS, website, dash-Region, dualstack: the same region's private host is known, but
        // moving off FIPS, IPv6 or website hosting changes more than the route: only offered.
        const range = found.serviceRange;
        const regional = showHoles(found.bucketPrefix) + privateHost;
        context.report({
          node,
          messageId: `${info.path}Host`,
          data: { host, regional },
          ...(range
            ? {
                suggest: [
                  {
                    messageId: 'usePrivateHost',
                    data: { host: regional },
                    fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(range, privateHost),
                  },
                ],
              }
            : {}),
        });
        return;
      }

      if (info.accelerate === true) {
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
      if (!found) return;
      const minio = minioJudgement(node);
      if (minio?.kind === 'regional') return;
      if (minio?.kind === 'outsideTable' || minio?.kind === 'unknownRegion') reportMinio(node, found, minio);
      else report(node, found);
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
