/**
 * `no-unpinned-client`: S3 clients whose config leaves the endpoint to chance or sends it to a
 * global host, reported where the client is built. The judgement is `sdk/client-config.ts`'s, over
 * the config as the file shows it (syntax tier) or as the checker follows it (typed tier); this
 * rule maps it to messages (`utils/unpinned-reasons.ts`), fixes and suggestions.
 */
import * as path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type ts from 'typescript';
import { needsParensForNullish } from '../fix/expressions.js';
import { appendProperty, propertyRemovalRange } from '../fix/object-edits.js';
import { quoteLike } from '../fix/quotes.js';
import {
  CLIENT_OPTIONS,
  V2_REGIONAL_FLAG_VALUE,
  mayUseSdk,
  privateEndpoint,
  regionalEndpoint,
  type Finding,
} from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { callHolding, callSiteEnvironments, type CallSite } from '../syntax/call-sites.js';
import { dottedName, propertyName, unwrapObject } from '../syntax/nodes.js';
import { judgeSyntaxConfig } from '../syntax/client-config.js';
import { syntaxClientConstruction } from '../syntax/clients.js';
import { planFactoryRewrite } from '../syntax/factory.js';
import { SyntaxValues } from '../syntax/values.js';
import { judgeTypedConfig } from '../typed/client-config.js';
import { importedHelperCall, callSiteEnvironments as typedCallSiteEnvironments } from '../typed/call-sites.js';
import { clientConstruction } from '../typed/clients.js';
import { factoryAccepts } from '../typed/factory.js';
import { createRule } from './utils/create-rule.js';
import { tieredRuleVisitor } from './utils/typed-rule.js';
import { CLIENT_REASON_MESSAGES, findingData, reasonClause, type ClientReason } from './utils/unpinned-reasons.js';

export type Options = [
  {
    allowEnvironmentRegion?: boolean;
  },
];

type ConfigReason = ClientReason;
type SuggestionId =
  | 'setRegion'
  | 'replaceRegion'
  | 'removeOption'
  | 'addRegionalFlag'
  | 'useRegionalEndpoint'
  | 'usePrivateEndpoint'
  | 'useFactory';
/** A call site whose argument becomes an unpinned client's config (a helper, a wrapper's constructor). */
type CallSiteId = 'unpinnedArgument';
export type MessageIds = ConfigReason | CallSiteId | SuggestionId;

const ENVIRONMENT_V3 =
  "the environment (AWS_REGION or the shared config) decides its endpoint, and presigning throws 'Region is missing' where none is set";
const ENVIRONMENT_V2 =
  'SDK v2 then signs for the global endpoint s3.amazonaws.com, unless the environment happens to set a region';

export default createRule<Options, MessageIds>({
  name: 'no-unpinned-client',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require S3 clients to be pinned to a regional endpoint',
      recommended: true,
      requiresTypeChecking: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowEnvironmentRegion: {
            type: 'boolean',
            description:
              'Accept SDK v3 clients without a region, for code that only runs where AWS_REGION is always set (Lambda, ECS). SDK v2 clients are still reported: without a region they sign for the global host.',
          },
        },
      },
    ],
    defaultOptions: [{ allowEnvironmentRegion: false }],
    messages: {
      ...CLIENT_REASON_MESSAGES,
      unpinnedArgument:
        'This argument becomes the config of {{client}} at {{where}}, and {{clause}}. Fix the value passed here, or pin the client where it is made.',
      setRegion: "Set `region: '{{region}}'`.",
      replaceRegion: "Use `region: '{{region}}'`.",
      removeOption: 'Remove `{{option}}`.',
      addRegionalFlag: "Add `s3UsEast1RegionalEndpoint: 'regional'`.",
      useRegionalEndpoint: 'Use the regional endpoint of {{region}}.',
      usePrivateEndpoint: "Use '{{endpoint}}', the same region's host that the interface endpoint serves.",
      useFactory: 'Build it with the client factory `{{factory}}`.',
    },
  },
  defaultOptions: [{ allowEnvironmentRegion: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const { regions, acceptedHostKinds } = getSettings(context.settings);
    const judgeOptions = { allowEnvironmentRegion: options.allowEnvironmentRegion === true, acceptedHostKinds };

    /** One construction, as this rule sees it: ESTree nodes for reports and fixes. */
    interface Construction {
      node: TSESTree.NewExpression | TSESTree.CallExpression;
      name: string;
      sdk: 'v2' | 'v3';
      config: TSESTree.Node | undefined;
      /** The rewrite to the configured factory, when one fits. */
      factory: { name: string; fix: TSESLint.ReportFixFunction } | undefined;
    }

    /** A finding with its nodes in this file. */
    interface LocalFinding extends Omit<Finding, 'reason' | 'property' | 'valueNode'> {
      reason: ConfigReason;
      property: TSESTree.Property | undefined;
      valueNode: TSESTree.Node | undefined;
    }

    /** Reports every finding of one construction (v2 `createPresignedPost` is judged at the call). */
    function reportAll(construction: Construction, findings: readonly LocalFinding[]): void {
      for (const finding of findings) report(construction, finding);
    }

    function report(construction: Construction, finding: LocalFinding): void {
      const client = describeClient(construction);
      const outcome = construction.sdk === 'v3' ? ENVIRONMENT_V3 : ENVIRONMENT_V2;
      const reportNode: TSESTree.Node = finding.property ?? construction.config ?? construction.node;
      const config = unwrapObject(construction.config);
      const inline = finding.property !== undefined && finding.property.parent === config;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      let fix: TSESLint.ReportFixFunction | undefined;

      switch (finding.reason) {
        case 'missingRegion':
        case 'optionalRegion':
        case 'emptyRegion':
          for (const region of regions) {
            const edit = regionFix(construction, finding, region);
            if (edit) suggest.push({ messageId: 'setRegion', data: { region }, fix: edit });
          }
          break;
        case 'globalRegion':
          if (finding.valueNode?.type === AST_NODE_TYPES.Literal) {
            const literal = finding.valueNode;
            for (const region of regions) {
              suggest.push({
                messageId: 'replaceRegion',
                data: { region },
                fix: (fixer) => fixer.replaceText(literal, quoteLike(literal, sourceCode, region)),
              });
            }
          }
          break;
        case 'useGlobalEndpoint':
        case 'accelerate':
        case 'fipsEndpoint':
        case 'dualstackEndpoint': {
          const property = finding.property;
          if (!property) break;
          const range = propertyRemovalRange(sourceCode, property);
          if (!range) break;
          const remove: TSESLint.ReportFixFunction = (fixer) => fixer.removeRange(range);
          // Dropping the global-endpoint flag changes nothing but the host; dropping accelerate, FIPS
          // or dualstack also changes how transfers travel (compliance, IPv6), so those are only offered.
          if (finding.reason === 'useGlobalEndpoint' && inline && isLiteralTrue(property.value)) fix = remove;
          else suggest.push({ messageId: 'removeOption', data: { option: propertyName(property) ?? 'this option' }, fix: remove });
          break;
        }
        case 'usEast1Legacy':
        case 'unprovenRegion': {
          const edit = regionalFlagFix(construction);
          if (!edit) break;
          if (finding.reason === 'usEast1Legacy' && inline && finding.valueNode?.type === AST_NODE_TYPES.Literal) fix = edit;
          else suggest.push({ messageId: 'addRegionalFlag', fix: edit });
          break;
        }
        case 'notPrivateEndpoint': {
          const literal = finding.valueNode;
          if (literal?.type !== AST_NODE_TYPES.Literal || typeof literal.value !== 'string') break;
          const endpoint = privateEndpoint(literal.value);
          if (endpoint === undefined) break;
          suggest.push({
            messageId: 'usePrivateEndpoint',
            data: { endpoint },
            fix: (fixer) => fixer.replaceText(literal, quoteLike(literal, sourceCode, endpoint)),
          });
          break;
        }
        case 'globalEndpoint': {
          const literal = finding.valueNode;
          if (literal?.type !== AST_NODE_TYPES.Literal || typeof literal.value !== 'string') break;
          for (const region of regions) {
            const endpoint = regionalEndpoint(literal.value, region);
            if (endpoint === undefined) continue;
            suggest.push({
              messageId: 'useRegionalEndpoint',
              data: { region },
              fix: (fixer) => fixer.replaceText(literal, quoteLike(literal, sourceCode, endpoint)),
            });
          }
          break;
        }
      }

      if (construction.factory) {
        suggest.push({ messageId: 'useFactory', data: { factory: construction.factory.name }, fix: construction.factory.fix });
      }
      context.report({
        node: reportNode,
        messageId: finding.reason,
        data: { client, outcome, ...findingData(finding) },
        ...(fix ? { fix } : {}),
        ...(suggest.length > 0 ? { suggest } : {}),
      });
    }

    /**
     * Reports a finding that a call site's argument causes, at the argument's property that holds
     * the value (or the argument, or the call when it passes nothing), naming the construction.
     */
    function reportAtCall(
      construction: Construction,
      call: CallSite,
      finding: LocalFinding,
      reported: Set<string>,
      made: { client: string; where: string } = { client: describeClient(construction), where: `line ${construction.node.loc.start.line}` },
    ): void {
      const culprit = finding.valueNode ?? finding.property;
      if (!culprit) return;
      const property = argumentProperty(call, culprit);
      const node = property ?? culprit;
      const key = `${node.range[0]}:${node.range[1]}:${finding.reason}`;
      if (reported.has(key)) return;
      reported.add(key);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (
        property &&
        (finding.reason === 'missingRegion' || finding.reason === 'optionalRegion' || finding.reason === 'emptyRegion')
      ) {
        for (const region of regions) {
          const edit = regionFix({ ...construction, node: call, config: property.parent }, { ...finding, property }, region);
          if (edit) suggest.push({ messageId: 'setRegion', data: { region }, fix: edit });
        }
      }
      context.report({
        node,
        messageId: 'unpinnedArgument',
        data: { client: made.client, where: made.where, clause: reasonClause(finding) },
        ...(suggest.length > 0 ? { suggest } : {}),
      });
    }

    /** Sets the region: a new config, a new property, or a fallback on the existing value. */
    function regionFix(
      construction: Construction,
      finding: LocalFinding,
      region: string,
    ): TSESLint.ReportFixFunction | undefined {
      const quoted = quoteLike(finding.valueNode, sourceCode, region);
      const { node, config } = construction;
      const property = finding.property;
      if (property) {
        const value = property.value;
        if (finding.reason === 'emptyRegion' && finding.valueNode?.type === AST_NODE_TYPES.Literal) {
          const literal = finding.valueNode;
          return (fixer) => fixer.replaceText(literal, quoted);
        }
        if (property.shorthand) {
          const name = sourceCode.getText(property.key);
          return (fixer) => fixer.replaceText(property, `${name}: ${name} ?? ${quoted}`);
        }
        const text = sourceCode.getText(value);
        const wrapped = needsParensForNullish(value) ? `(${text})` : text;
        return (fixer) => fixer.replaceText(value, `${wrapped} ?? ${quoted}`);
      }
      const addition = `${CLIENT_OPTIONS.region}: ${quoted}`;
      if (config === undefined) {
        if (node.type !== AST_NODE_TYPES.NewExpression) return undefined;
        const open = sourceCode.getTokenAfter(node.typeArguments ?? node.callee);
        if (open?.value === '(' && open.range[0] < node.range[1]) {
          return (fixer) => fixer.insertTextAfter(open, `{ ${addition} }`);
        }
        return (fixer) => fixer.insertTextAfter(node.typeArguments ?? node.callee, `({ ${addition} })`);
      }
      const object = unwrapObject(config);
      if (object) return (fixer) => appendProperty(fixer, sourceCode, object, addition);
      if (config.type === AST_NODE_TYPES.Identifier && config.name === 'undefined') {
        return (fixer) => fixer.replaceText(config, `{ ${addition} }`);
      }
      const text = sourceCode.getText(config);
      if (finding.reason === 'missingRegion') {
        return (fixer) => fixer.replaceText(config, `{ ...${text}, ${addition} }`);
      }
      // The region is sometimes set: keep it, and fall back where it is not. Reading the config
      // twice is only safe for a plain name or property access.
      if (config.type !== AST_NODE_TYPES.Identifier && config.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      return (fixer) =>
        fixer.replaceText(config, `{ ...${text}, ${CLIENT_OPTIONS.region}: ${text}?.${CLIENT_OPTIONS.region} ?? ${quoted} }`);
    }

    /** Adds `s3UsEast1RegionalEndpoint: 'regional'`, or turns an existing flag to it. */
    function regionalFlagFix(construction: Construction): TSESLint.ReportFixFunction | undefined {
      const object = unwrapObject(construction.config);
      if (!object) return undefined;
      const existing = object.properties.find(
        (p): p is TSESTree.Property =>
          p.type === AST_NODE_TYPES.Property && propertyName(p) === CLIENT_OPTIONS.s3UsEast1RegionalEndpoint,
      );
      if (existing) {
        if (existing.value.type !== AST_NODE_TYPES.Literal) return undefined;
        const literal = existing.value;
        return (fixer) => fixer.replaceText(literal, quoteLike(literal, sourceCode, V2_REGIONAL_FLAG_VALUE));
      }
      const sample = object.properties.find(
        (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Literal,
      );
      const text = `${CLIENT_OPTIONS.s3UsEast1RegionalEndpoint}: ${quoteLike(sample?.value, sourceCode, V2_REGIONAL_FLAG_VALUE)}`;
      return (fixer) => appendProperty(fixer, sourceCode, object, text);
    }

    return tieredRuleVisitor(context, {
      appliesTo: mayUseSdk,
      syntax: (guard) => {
        const values = new SyntaxValues(sourceCode);
        const check = (node: TSESTree.NewExpression | TSESTree.CallExpression): void =>
          guard(() => {
            const construction = syntaxClientConstruction(sourceCode, node);
            if (!construction || construction.spreadArguments) return;
            const { config } = construction;
            const judgement = judgeSyntaxConfig(sourceCode, values, construction, judgeOptions);
            // The factory rewrite is offered with types only: without them it cannot be shown to type-check.
            const local: Construction = { node, name: construction.clientClass.name, sdk: construction.clientClass.sdk, config, factory: undefined };
            reportAll(local, clientFindings(judgement.findings).map(syntaxFinding));
            // Each call site of the helper the construction stands in, with its arguments.
            const reported = new Set<string>();
            for (const environment of callSiteEnvironments(sourceCode, values, node)) {
              const atCall = judgeSyntaxConfig(sourceCode, environment.values, construction, judgeOptions);
              for (const finding of clientFindings(atCall.findings).map(syntaxFinding)) {
                const call = callHolding(environment.calls, finding.valueNode ?? finding.property);
                if (call) reportAtCall(local, call, finding, reported);
              }
            }
          });
        return { NewExpression: check, 'CallExpression[callee.type="Super"]': check };
      },
      typed: ({ services, analyzer }, guard) => {
        /** The ESTree node of a TypeScript node, when it is in this file. */
        const local = (node: ts.Node | undefined): TSESTree.Node | undefined =>
          node === undefined ? undefined : services.tsNodeToESTreeNodeMap.get(node);
        const localProperty = (node: ts.Node | undefined): TSESTree.Property | undefined => {
          const property = local(node);
          return property?.type === AST_NODE_TYPES.Property ? property : undefined;
        };
        const check = (node: TSESTree.NewExpression | TSESTree.CallExpression): void =>
          guard(() => {
            const construction = clientConstruction(analyzer, services.esTreeNodeToTSNodeMap.get(node));
            if (!construction || construction.spreadArguments) return;
            const judgement = judgeTypedConfig(analyzer, construction, judgeOptions);
            const typedFinding = (finding: Finding<ts.Node, ts.ObjectLiteralElementLike> & { reason: ClientReason }): LocalFinding => ({
              ...finding,
              reason: finding.reason,
              property: localProperty(finding.property),
              valueNode: local(finding.valueNode),
            });
            const plan =
              judgement.findings.length > 0 && node.type === AST_NODE_TYPES.NewExpression
                ? planFactoryRewrite(context, node, construction, (setting, filename) =>
                    factoryAccepts(setting, services.program, filename, context.cwd, construction.node.arguments ?? []),
                  )
                : undefined;
            const localConstruction: Construction = {
              node,
              name: construction.clientClass.name,
              sdk: construction.clientClass.sdk,
              config: local(construction.config),
              // Offered only when the rewrite type-checks (or cannot be checked: the factory is outside the program).
              factory: plan?.fix && plan.typeChecks !== false ? { name: plan.setting.name, fix: plan.fix } : undefined,
            };
            reportAll(localConstruction, clientFindings(judgement.findings).map(typedFinding));
            const reported = new Set<string>();
            for (const environment of typedCallSiteEnvironments(analyzer, construction.node)) {
              const calls = environment.calls.flatMap((call) => {
                const estree = local(call);
                return estree?.type === AST_NODE_TYPES.CallExpression || estree?.type === AST_NODE_TYPES.NewExpression ? [estree] : [];
              });
              const atCall = judgeTypedConfig(environment.values, construction, judgeOptions);
              for (const finding of clientFindings(atCall.findings).map(typedFinding)) {
                const call = callHolding(calls, finding.valueNode ?? finding.property);
                if (call) reportAtCall(localConstruction, call, finding, reported);
              }
            }
          });
        /**
         * A call of a helper declared in another module (`makeClient({ region })` with
         * `import { makeClient } from './s3'`): each construction the helper's parameters decide,
         * judged as this call's arguments make it, reported at the argument.
         */
        const checkHelperCall = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
          // Syntax first: a named callee with arguments.
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.arguments.length === 0) return;
          guard(() => {
            const call = services.esTreeNodeToTSNodeMap.get(node);
            const helper = importedHelperCall(analyzer, call, (candidate) => clientConstruction(analyzer, candidate) !== undefined);
            if (!helper) return;
            const reported = new Set<string>();
            for (const made of helper.constructions) {
              const construction = clientConstruction(analyzer, made);
              if (!construction || construction.spreadArguments) continue;
              const file = made.getSourceFile();
              const where = `${path.relative(context.cwd, file.fileName).replaceAll('\\', '/')}:${file.getLineAndCharacterOfPosition(made.getStart(file)).line + 1}`;
              const localConstruction: Construction = {
                node,
                name: construction.clientClass.name,
                sdk: construction.clientClass.sdk,
                config: undefined,
                factory: undefined,
              };
              for (const finding of clientFindings(judgeTypedConfig(helper.values, construction, judgeOptions).findings)) {
                const local = {
                  ...finding,
                  reason: finding.reason,
                  property: undefined,
                  valueNode: services.tsNodeToESTreeNodeMap.get(finding.valueNode ?? finding.property ?? made),
                };
                if (callHolding([node], local.valueNode)) {
                  reportAtCall(localConstruction, node, local, reported, { client: `\`new ${made.expression.getText()}\``, where });
                }
              }
            }
          });
        };
        return {
          NewExpression: (node) => {
            check(node);
            checkHelperCall(node);
          },
          CallExpression: checkHelperCall,
          'CallExpression[callee.type="Super"]': check,
        };
      },
    });
  },
});

/** The findings `no-unpinned-client` reports (v2 `createPresignedPost` is judged at the call). */
function clientFindings<F extends { reason: string }>(findings: readonly F[]): (F & { reason: ClientReason })[] {
  return findings.filter((finding): finding is F & { reason: ClientReason } => finding.reason !== 'postInUsEast1');
}

/** A syntax-tier finding as the rule reports it. */
function syntaxFinding(
  finding: Finding<TSESTree.Node, TSESTree.Property> & { reason: ClientReason },
): Omit<Finding, 'reason' | 'property' | 'valueNode'> & {
  reason: ClientReason;
  property: TSESTree.Property | undefined;
  valueNode: TSESTree.Node | undefined;
} {
  return { ...finding, property: finding.property, valueNode: finding.valueNode };
}

/** The property of an object literal argument of `call` that holds `node`. */
function argumentProperty(call: CallSite, node: TSESTree.Node): TSESTree.Property | undefined {
  for (let current: TSESTree.Node | undefined = node; current && current !== call; current = current.parent) {
    const parent = current.parent;
    if (
      current.type === AST_NODE_TYPES.Property &&
      parent?.type === AST_NODE_TYPES.ObjectExpression &&
      call.arguments.some((argument) => unwrapObject(argument) === parent)
    ) {
      return current;
    }
  }
  return undefined;
}

function isLiteralTrue(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.value === true;
}

function describeClient(construction: { node: TSESTree.Node; name: string }): string {
  const { node, name } = construction;
  if (node.type === AST_NODE_TYPES.CallExpression) return `This ${name} subclass`;
  if (node.type === AST_NODE_TYPES.NewExpression) return `\`new ${dottedName(node.callee) ?? name}\``;
  return name;
}
