import * as path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { REASON_SUMMARY, judgeClientConfig, type Finding } from '../analysis/client-config.js';
import { ClientTracer, type Origin } from '../analysis/client-origins.js';
import { requestHosts } from '../analysis/request-host.js';
import { analyzerFor, unwrapExpression, type ValueAnalyzer } from '../analysis/values.js';
import {
  PRESIGN_NAMES,
  V2_CLIENT_PRESIGN_METHODS,
  classifyHost,
  SDK_MODULES,
  isV2RequestType,
  mayUseSdk,
  presignerOfDeclaration,
  type Presigner,
} from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';
import { guarded, requireTypeServices } from '../util/type-services.js';

export type Options = [
  {
    reportUnproven?: boolean;
    pinnedTypes?: string[];
    allowEnvironmentRegion?: boolean;
  },
];
export type MessageIds = 'unpinnedClient' | 'globalPresignedPost' | 'globalRequestHost' | 'unprovenClient';

const PRESIGNER_MODULES: ReadonlySet<string> = new Set([SDK_MODULES.v3Presigner, SDK_MODULES.v3PresignedPost]);

export default createRule<Options, MessageIds>({
  name: 'no-unpinned-presign',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require presigned S3 URLs to be signed by a client pinned to a regional endpoint',
      recommended: true,
      strictOptions: { reportUnproven: true },
      requiresTypeChecking: true,
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
        'This presigned URL is signed by the client made at {{where}}, and {{reason}}. The URL keeps that host for everyone who opens it: pin the client to a region (s3-regional/no-unpinned-client shows how).',
      globalPresignedPost:
        "SDK v2 createPresignedPost builds its URL on the global host s3.amazonaws.com in us-east-1, even with s3UsEast1RegionalEndpoint: 'regional'; the client made at {{where}} may be in us-east-1. Give that client a regional `endpoint` (https://s3.us-east-1.amazonaws.com), or a region other than us-east-1.",
      globalRequestHost:
        "This request is presigned for '{{host}}', the global S3 host: the URL keeps it for everyone who opens it, and private DNS for an S3 interface endpoint does not cover it. Build the request on the regional host (s3.<region>.amazonaws.com).",
      unprovenClient:
        'The client that signs this URL cannot be traced to where it was made ({{why}}), so nothing shows it is pinned. Build it with the client factory, or declare its type in `pinnedTypes`.',
    },
  },
  defaultOptions: [{ reportUnproven: false, pinnedTypes: [], allowEnvironmentRegion: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const usesSdk = mayUseSdk(sourceCode.text);
    // A file that imports no SDK and never spells a presigner's name has nothing for this rule.
    if (!usesSdk && ![...PRESIGN_NAMES].some((name) => sourceCode.text.includes(name))) return {};
    // Local names bound to the v3 presigners (renamed imports included), read from the syntax.
    const presignerNames = new Set<string>();
    let services: ReturnType<typeof requireTypeServices> | undefined;
    let tracer: ClientTracer | undefined;

    function isCandidate(callee: TSESTree.Node): boolean {
      const name =
        callee.type === AST_NODE_TYPES.Identifier
          ? callee.name
          : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
            ? callee.property.name
            : undefined;
      return name !== undefined && (PRESIGN_NAMES.has(name) || presignerNames.has(name));
    }

    /** `line 12` in this file, `src/lib/s3.ts:12` (relative to the working directory) in another. */
    function where(node: ts.Node, from: ts.Node): string {
      const file = node.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      if (file === from.getSourceFile()) return `line ${line}`;
      return `${path.relative(context.cwd, file.fileName).replaceAll('\\', '/')}:${line}`;
    }

    function check(node: TSESTree.CallExpression): void {
      services ??= requireTypeServices(context);
      const analyzer = analyzerFor(services.program);
      const { factory } = getSettings(context.settings);
      tracer ??= new ClientTracer(analyzer, { factoryName: factory?.name, pinnedTypes: options.pinnedTypes ?? [] });
      const call = services.esTreeNodeToTSNodeMap.get(node);
      const presigner = presignerOf(analyzer, tracer, call);
      if (!presigner) return;
      if (presigner.client === 'request') {
        // S3RequestPresigner signs the request it is given: the host is the request's.
        const request = call.arguments[0];
        const global = request && !ts.isSpreadElement(request)
          ? requestHosts(analyzer, request).find((candidate) => classifyHost(candidate.host).kind === 'global')
          : undefined;
        if (global) context.report({ node, messageId: 'globalRequestHost', data: { host: global.host } });
        return;
      }
      const clientExpression = clientExpressionOf(analyzer, call, presigner);
      if (!clientExpression) return;

      const origins = tracer.trace(clientExpression);
      const use = presigner.sdk === 'v2' && presigner.kind === 'createPresignedPost' ? 'v2PresignedPost' : 'client';
      let unproven: Extract<Origin, { kind: 'unknown' }> | undefined;
      for (const origin of origins) {
        if (origin.kind === 'unknown') {
          unproven ??= origin;
          continue;
        }
        if (origin.kind !== 'construction') continue;
        const { construction } = origin;
        const judgement = judgeClientConfig(
          analyzer,
          construction.clientClass.sdk,
          construction.config,
          { allowEnvironmentRegion: options.allowEnvironmentRegion === true },
          use,
        );
        const finding: Finding | undefined = judgement.findings[0];
        if (!finding) continue;
        if (finding.reason === 'postInUsEast1') {
          context.report({ node, messageId: 'globalPresignedPost', data: { where: where(construction.node, call) } });
        } else {
          context.report({
            node,
            messageId: 'unpinnedClient',
            data: { where: where(construction.node, call), reason: REASON_SUMMARY[finding.reason] },
          });
        }
        return;
      }
      if (unproven && options.reportUnproven === true) {
        context.report({
          node,
          messageId: 'unprovenClient',
          data: { why: unproven.why === 'parameter' ? 'it is a parameter' : 'it comes from code the analysis does not follow' },
        });
      }
    }

    return {
      ImportDeclaration(node) {
        if (!PRESIGNER_MODULES.has(node.source.value)) return;
        for (const specifier of node.specifiers) presignerNames.add(specifier.local.name);
      },
      CallExpression(node) {
        // Syntax first: only calls named like a presigner (or bound to a presigner import) cost a type lookup.
        if (!isCandidate(node.callee)) return;
        if (!usesSdk && node.callee.type === AST_NODE_TYPES.Identifier) return;
        // A presigner-named method in a file that imports no SDK may be an injected v2 client, but
        // without type information nothing can be said: stay silent rather than demand it.
        if (!usesSdk && sourceCode.parserServices?.program == null) return;
        guarded(() => check(node));
      },
    };
  },
});

/** The presigner a call invokes, judged by the declaration the checker resolves. */
function presignerOf(analyzer: ValueAnalyzer, tracer: ClientTracer, call: ts.Node): Presigner | undefined {
  if (!ts.isCallExpression(call)) return undefined;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
  if (!name) return undefined;
  // `s3.getSignedUrl(…)` on a receiver the syntax traces to `new AWS.S3(…)`: known without typing
  // the receiver (v2's S3 class is large).
  const isV2Client = (expression: ts.Expression): boolean => {
    const origins = tracer.trace(expression);
    return origins.length > 0 && origins.every((o) => o.kind === 'construction' && o.construction.clientClass.sdk === 'v2');
  };
  if (ts.isPropertyAccessExpression(callee) && V2_CLIENT_PRESIGN_METHODS.has(name.text) && isV2Client(callee.expression)) {
    return { sdk: 'v2', kind: name.text as Presigner['kind'], client: 'receiver' };
  }
  // Likewise `s3.getObject(params).presign()` on such a client.
  if (ts.isPropertyAccessExpression(callee) && name.text === 'presign') {
    const client = v2RequestClient(analyzer, callee.expression);
    if (client && isV2Client(client)) return { sdk: 'v2', kind: 'presign', client: 'requestReceiver' };
  }
  // By the callee's declaration: cheaper than resolving the call (the presigners are generic).
  for (const declaration of analyzer.resolveSymbol(name)?.declarations ?? []) {
    const presigner = presignerOfDeclaration(declaration);
    if (presigner) return presigner;
  }
  const checker = analyzer.checker;
  // v2 `s3.getObject(params).presign()`: untyped in aws-sdk's declarations, known by its receiver.
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'presign') {
    return isV2RequestType(checker.getTypeAtLocation(callee.expression))
      ? { sdk: 'v2', kind: 'presign', client: 'requestReceiver' }
      : undefined;
  }
  // A presigner destructured from a dynamic import: its type still comes from the SDK.
  if (ts.isIdentifier(callee)) {
    for (const declaration of checker.getTypeAtLocation(callee).getSymbol()?.declarations ?? []) {
      const presigner = presignerOfDeclaration(declaration);
      if (presigner) return presigner;
    }
  }
  return undefined;
}

/** The expression that evaluates to the signing client. */
function clientExpressionOf(
  analyzer: ValueAnalyzer,
  call: ts.CallExpression,
  presigner: Presigner,
): ts.Expression | undefined {
  const callee = call.expression;
  switch (presigner.client) {
    case 'firstArgument': {
      const first = call.arguments[0];
      return first && !ts.isSpreadElement(first) ? first : undefined;
    }
    case 'receiver':
      return ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
    case 'request':
      return undefined;
    case 'requestReceiver':
      return ts.isPropertyAccessExpression(callee) ? v2RequestClient(analyzer, callee.expression) : undefined;
  }
}

/** The client of a v2 request: `s3` in `s3.getObject(params)`, also through a `const request = …`. */
function v2RequestClient(analyzer: ValueAnalyzer, expression: ts.Expression): ts.Expression | undefined {
  let request = unwrapExpression(expression);
  if (ts.isIdentifier(request)) request = unwrapExpression(analyzer.constInitializer(request) ?? request);
  if (ts.isCallExpression(request) && ts.isPropertyAccessExpression(request.expression)) return request.expression.expression;
  return undefined;
}
