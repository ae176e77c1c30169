/**
 * `no-unpinned-presign`: presign calls whose URL is signed by an unpinned client, traced to where
 * that client was made (`typed/presigners.ts`, `typed/client-origins.ts`), or for a request whose
 * host is global (`typed/request-host.ts`: `S3RequestPresigner#presign`, Smithy's
 * `SignatureV4#presign`), or a URL presigned as given on a global host (aws4fetch's
 * `AwsClient#sign(url, { aws: { signQuery: true } })`, `syntax/url-signers.ts`). The client is
 * judged by `typed/client-config.ts`, as in `no-unpinned-client`.
 */
import * as path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type ts from 'typescript';
import { ruleId } from '../meta.js';
import {
  NOT_PRIVATE_FACTS,
  PRESIGNER_MODULES,
  PRESIGN_NAMES,
  TEXT_HOLE,
  classifyHost,
  mayUseOtherSigner,
  mayUseSdk,
  notPrivateKind,
  type BucketFinding,
  type Finding,
  type Presigner,
  type SigningClient,
} from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { judgeSyntaxBucketUse, judgeSyntaxConfig } from '../syntax/client-config.js';
import { SyntaxClientTracer } from '../syntax/client-origins.js';
import { calleeName } from '../syntax/nodes.js';
import { syntaxPresignOf, syntaxPresignParams } from '../syntax/presigners.js';
import { requiredModule } from '../syntax/sdk-bindings.js';
import { presignedUrl, signReceiver, syntaxUrlPresignOf, urlHost } from '../syntax/url-signers.js';
import { SyntaxValues } from '../syntax/values.js';
import { judgeTypedBucketUse, judgeTypedConfig } from '../typed/client-config.js';
import { ClientTracer, type Origin } from '../typed/client-origins.js';
import { isAws4fetchSign, presignParams, presignedRequest, presignerOfCall, signingClientExpression } from '../typed/presigners.js';
import { requestHosts } from '../typed/request-host.js';
import { createRule } from './utils/create-rule.js';
import { tieredRuleVisitor, typeServices } from './utils/typed-rule.js';
import { reasonClause } from './utils/unpinned-reasons.js';

export type Options = [
  {
    reportUnproven?: boolean;
    pinnedTypes?: string[];
    allowEnvironmentRegion?: boolean;
  },
];
export type MessageIds =
  | 'unpinnedClient'
  | 'globalPresignedPost'
  | 'globalRequestHost'
  | 'notPrivateRequestHost'
  | 'notPrivateSignedUrl'
  | 'unprovenClient'
  | 'bucketRegion'
  | 'accessPointRegion'
  | 'multiRegionAccessPoint';

export default createRule<Options, MessageIds>({
  name: 'no-unpinned-presign',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require presigned S3 URLs to be signed by a client pinned to a regional endpoint',
      recommended: true,
      strictOptions: { reportUnproven: true },
      requiresTypeChecking: false,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportUnproven: {
            type: 'boolean',
            description:
              'Also report presign calls whose client cannot be traced to where it was made (a parameter, an injected service). On in the strict config.',
          },
          pinnedTypes: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              "Type names whose values are pinned clients, such as your factory's branded return type; a client of such a type is not traced further.",
          },
          allowEnvironmentRegion: {
            type: 'boolean',
            description:
              'Accept SDK v3 clients without a region (the environment supplies it), as in no-unpinned-client.',
          },
        },
      },
    ],
    defaultOptions: [{ reportUnproven: false, pinnedTypes: [], allowEnvironmentRegion: false }],
    messages: {
      unpinnedClient:
        `This presigned URL is signed by the client made at {{where}}, and {{reason}}. The URL keeps that host for everyone who opens it: pin the client to a region (${ruleId('no-unpinned-client')} shows how).`,
      globalPresignedPost:
        "SDK v2 createPresignedPost builds its URL on the global host s3.amazonaws.com in us-east-1, even with s3UsEast1RegionalEndpoint: 'regional'; the client made at {{where}} may be in us-east-1. Give that client a regional `endpoint` (https://s3.us-east-1.amazonaws.com), or a region other than us-east-1.",
      globalRequestHost:
        "This request is presigned for '{{host}}', the global S3 host: the URL keeps it for everyone who opens it, and private DNS for an S3 interface endpoint does not cover it. Build the request on the regional host (s3.<region>.amazonaws.com).",
      notPrivateSignedUrl:
        "This URL is presigned on '{{host}}', {{label}}: {{fact}}. aws4fetch signs the URL it is given and never changes its host, so the URL keeps it for everyone who opens it. Sign a URL on the regional host (s3.<region>.amazonaws.com), or accept '{{kind}}' in settings['s3-regional'].acceptedHostKinds.",
      notPrivateRequestHost:
        "This request is presigned for '{{host}}', {{kind}}: {{fact}}. The URL keeps that host for everyone who opens it: build the request on the regional host (s3.<region>.amazonaws.com).",
      unprovenClient:
        'The client that signs this URL cannot be traced to where it was made ({{why}}), so nothing shows it is pinned. Build it with the client factory, or declare its type in `pinnedTypes`.',
      bucketRegion:
        "The bucket '{{bucket}}' lives in {{bucketRegion}} (settings['s3-regional'].bucketRegions), but the client made at {{where}} signs for {{region}}: the URL names {{region}}, which S3 answers with a redirect or an error and which the {{bucketRegion}} interface endpoint does not claim (`followRegionRedirects` does not change a presigned URL). Presign with a client of {{bucketRegion}}.",
      accessPointRegion:
        "The access point '{{arn}}' is in {{arnRegion}}, but the client made at {{where}} signs for {{region}} with `useArnRegion: false`: presigning throws ('region from ARN does not match client region'). Presign with a client of {{arnRegion}}, or set `useArnRegion: true` to sign for the ARN's region.",
      multiRegionAccessPoint:
        "'{{arn}}' is a Multi-Region Access Point: its URL is on the global s3-global name (SigV4A), which the regional S3 interface endpoint does not serve. Presign for the bucket in its region, or accept 'multiRegionAccessPoint' in settings['s3-regional'].acceptedHostKinds if you reach it through a com.amazonaws.s3-global.accesspoint endpoint.",
    },
  },
  defaultOptions: [{ reportUnproven: false, pinnedTypes: [], allowEnvironmentRegion: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const usesSdk = mayUseSdk(sourceCode.text);
    const usesOtherSigner = mayUseOtherSigner(sourceCode.text);
    const { factory, acceptedHostKinds, bucketRegions } = getSettings(context.settings);
    const bucketContext = { bucketRegions, acceptedHostKinds };
    const judgeOptions = { allowEnvironmentRegion: options.allowEnvironmentRegion === true, acceptedHostKinds };
    // Local names bound to the v3 presigners (renamed imports included), read from the syntax.
    const presignerNames = new Set<string>();

    function isCandidate(callee: TSESTree.Node): boolean {
      const name = calleeName(callee);
      return name !== undefined && (PRESIGN_NAMES.has(name) || presignerNames.has(name));
    }

    function collectPresignerNames(node: TSESTree.ImportDeclaration): void {
      if (!PRESIGNER_MODULES.has(node.source.value)) return;
      for (const specifier of node.specifiers) presignerNames.add(specifier.local.name);
    }

    /** `const { getSignedUrl: sign } = require('@aws-sdk/s3-request-presigner')` (or `await import(…)`). */
    function collectRequiredPresignerNames(node: TSESTree.VariableDeclarator): void {
      if (!node.init || node.id.type !== AST_NODE_TYPES.ObjectPattern) return;
      const module = requiredModule(node.init);
      if (module === undefined || !PRESIGNER_MODULES.has(module)) return;
      for (const property of node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (value.type === AST_NODE_TYPES.Identifier) presignerNames.add(value.name);
      }
    }

    /** Reports a presign call whose client is judged unpinned; true when it reported. */
    function reportJudgement(node: TSESTree.CallExpression, finding: Finding | undefined, where: string): boolean {
      if (!finding) return false;
      if (finding.reason === 'postInUsEast1') {
        context.report({ node, messageId: 'globalPresignedPost', data: { where } });
      } else {
        context.report({ node, messageId: 'unpinnedClient', data: { where, reason: reasonClause(finding) } });
      }
      return true;
    }

    /** Reports a URL presigned as given on a host off the private path; true when it reported. */
    function reportSignedUrl(node: TSESTree.CallExpression, url: TSESTree.Node | undefined): boolean {
      const found = url && urlHost(sourceCode, url, (occurrence) => notPrivateKind(occurrence.info.path, acceptedHostKinds) !== undefined);
      const kind = found && notPrivateKind(found.occurrence.info.path, acceptedHostKinds);
      if (!found || !kind) return false;
      const host = found.host.split(TEXT_HOLE).join('${…}');
      const { label, fact } = NOT_PRIVATE_FACTS[kind];
      context.report({ node, messageId: 'notPrivateSignedUrl', data: { host, kind, label, fact } });
      return true;
    }

    /** Reports a presign call whose bucket the client cannot sign for; true when it reported. */
    function reportBucket(node: TSESTree.CallExpression, finding: BucketFinding<unknown> | undefined, where: string): boolean {
      if (!finding) return false;
      const data =
        finding.reason === 'multiRegionAccessPoint'
          ? { arn: finding.arn }
          : finding.reason === 'accessPointRegion'
            ? { where, arn: finding.arn, arnRegion: finding.arnRegion, region: finding.clientRegion }
            : { where, bucket: finding.bucket, bucketRegion: finding.bucketRegion, region: finding.clientRegion };
      context.report({ node, messageId: finding.reason, data });
      return true;
    }

    /**
     * The configured factory's client, as the bucket judgement reads it: the factory builds an SDK v3
     * client with the `region` (and interface `endpoint`) of its config argument (docs/factory.md).
     */
    function factoryClient<Config>(argument: Config | undefined): SigningClient<Config> {
      return { config: argument, sdk: 'v3' };
    }

    const useOf = (presigner: Presigner): 'v2PresignedPost' | 'client' =>
      presigner.sdk === 'v2' && presigner.kind === 'createPresignedPost' ? 'v2PresignedPost' : 'client';

    return tieredRuleVisitor(context, {
      // A file that imports no SDK and never spells a presigner's name has nothing for this rule; a
      // presigner-named method in a file that imports no SDK may be an injected v2 client, which
      // only types can show.
      appliesTo: (text) =>
        usesSdk || usesOtherSigner || (typeServices(context) !== undefined && [...PRESIGN_NAMES].some((name) => text.includes(name))),
      syntax: (guard) => {
        const values = new SyntaxValues(sourceCode);
        const tracer = new SyntaxClientTracer(sourceCode, { factoryName: factory?.name, pinnedTypes: options.pinnedTypes ?? [] });
        const check = (node: TSESTree.CallExpression): void => {
          if (usesOtherSigner && reportSignedUrl(node, syntaxUrlPresignOf(sourceCode, values, node))) return;
          const found = syntaxPresignOf(sourceCode, node, tracer);
          if (!found) return;
          // Constructions elsewhere, parameters and injected clients are not seen without types: no unproven reports here.
          let params: TSESTree.Node | null | undefined;
          const bucketUse = (client: SigningClient<TSESTree.Node>, where: string): boolean => {
            params ??= syntaxPresignParams(sourceCode, node, found.presigner) ?? null;
            return params !== null && reportBucket(node, judgeSyntaxBucketUse(values, client, params, bucketContext), where);
          };
          for (const origin of tracer.trace(found.client)) {
            if (origin.kind === 'factory') {
              if (bucketUse(factoryClient(origin.node.arguments[0]), `line ${origin.node.loc.start.line}`)) return;
              continue;
            }
            if (origin.kind !== 'construction') continue;
            const { construction } = origin;
            const [finding] = judgeSyntaxConfig(sourceCode, values, construction, judgeOptions, useOf(found.presigner)).findings;
            const where = `line ${construction.node.loc.start.line}`;
            if (reportJudgement(node, finding, where)) return;
            if (bucketUse({ config: construction.config, sdk: construction.clientClass.sdk }, where)) return;
          }
        };
        return {
          ImportDeclaration: collectPresignerNames,
          VariableDeclarator: collectRequiredPresignerNames,
          CallExpression(node) {
            if (isCandidate(node.callee) || (usesOtherSigner && signReceiver(node))) guard(() => check(node));
          },
        };
      },
      typed: (types, guard) => {
        const { services } = types;
        let tracer: ClientTracer | undefined;

        /** `line 12` in this file, `src/lib/s3.ts:12` (relative to the working directory) in another. */
        const where = (node: ts.Node, from: ts.Node): string => {
          const file = node.getSourceFile();
          const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
          if (file === from.getSourceFile()) return `line ${line}`;
          return `${path.relative(context.cwd, file.fileName).replaceAll('\\', '/')}:${line}`;
        };

        let values: SyntaxValues | undefined;
        /** aws4fetch's `AwsClient#sign`, known by its declaration; its URL is read as the syntax tier reads it. */
        const checkUrlSigner = (node: TSESTree.CallExpression): void => {
          if (!isAws4fetchSign(types.analyzer, services.esTreeNodeToTSNodeMap.get(node))) return;
          values ??= new SyntaxValues(sourceCode);
          reportSignedUrl(node, presignedUrl(values, node));
        };

        const check = (node: TSESTree.CallExpression): void => {
          const { analyzer } = types;
          tracer ??= new ClientTracer(analyzer, { factoryName: factory?.name, pinnedTypes: options.pinnedTypes ?? [] });
          const call = services.esTreeNodeToTSNodeMap.get(node);
          const presigner = presignerOfCall(analyzer, tracer, call);
          if (!presigner) return;
          if (presigner.client === 'request') {
            // S3RequestPresigner signs the request it is given: the host is the request's.
            const request = presignedRequest(call);
            for (const candidate of request ? requestHosts(analyzer, request) : []) {
              const kind = notPrivateKind(classifyHost(candidate.host).path, acceptedHostKinds);
              if (kind === undefined) continue;
              if (kind === 'global') {
                context.report({ node, messageId: 'globalRequestHost', data: { host: candidate.host } });
              } else {
                const { label, fact } = NOT_PRIVATE_FACTS[kind];
                context.report({ node, messageId: 'notPrivateRequestHost', data: { host: candidate.host, kind: label, fact } });
              }
              return;
            }
            return;
          }
          const clientExpression = signingClientExpression(analyzer, call, presigner);
          if (!clientExpression) return;
          let unproven: Extract<Origin, { kind: 'unknown' }> | undefined;
          let params: ts.Expression | null | undefined;
          const bucketUse = (client: SigningClient<ts.Expression>, at: string): boolean => {
            params ??= presignParams(analyzer, call, presigner) ?? null;
            return params !== null && reportBucket(node, judgeTypedBucketUse(analyzer, client, params, bucketContext), at);
          };
          for (const origin of tracer.trace(clientExpression)) {
            if (origin.kind === 'unknown') {
              unproven ??= origin;
              continue;
            }
            if (origin.kind === 'factory') {
              if (bucketUse(factoryClient(origin.node.arguments[0]), where(origin.node, call))) return;
              continue;
            }
            if (origin.kind !== 'construction') continue;
            const { construction } = origin;
            const judgement = judgeTypedConfig(analyzer, construction, judgeOptions, useOf(presigner));
            const at = where(construction.node, call);
            if (reportJudgement(node, judgement.findings[0], at)) return;
            if (bucketUse({ config: construction.config, sdk: construction.clientClass.sdk }, at)) return;
          }
          if (unproven && options.reportUnproven === true) {
            context.report({
              node,
              messageId: 'unprovenClient',
              data: { why: unproven.why === 'parameter' ? 'it is a parameter' : 'it comes from code the analysis does not follow' },
            });
          }
        };
        return {
          ImportDeclaration: collectPresignerNames,
          VariableDeclarator: collectRequiredPresignerNames,
          CallExpression(node) {
            // Syntax first: only calls named like a presigner (or bound to a presigner import) cost a type lookup.
            if (usesOtherSigner && signReceiver(node)) {
              guard(() => checkUrlSigner(node));
              return;
            }
            if (!isCandidate(node.callee)) return;
            if (!usesSdk && node.callee.type === AST_NODE_TYPES.Identifier) return;
            guard(() => check(node));
          },
        };
      },
    });
  },
});
