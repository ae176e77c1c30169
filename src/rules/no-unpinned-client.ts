/**
 * `no-unpinned-client`: S3 clients whose config leaves the endpoint to chance or sends it to a
 * global host, reported where the client is built. The judgement is `sdk/client-config.ts`'s, over
 * the config as the file shows it (syntax tier) or as the checker follows it (typed tier); this
 * rule maps it to messages (`utils/unpinned-reasons.ts`), fixes and suggestions.
 */
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
import { dottedName, propertyName, unwrapObject } from '../syntax/nodes.js';
import { judgeSyntaxConfig } from '../syntax/client-config.js';
import { syntaxClientConstruction } from '../syntax/clients.js';
import { planFactoryRewrite } from '../syntax/factory.js';
import { SyntaxValues } from '../syntax/values.js';
import { judgeTypedConfig } from '../typed/client-config.js';
import { clientConstruction } from '../typed/clients.js';
import { factoryAccepts } from '../typed/factory.js';
import { createRule } from './utils/create-rule.js';
import { tieredRuleVisitor } from './utils/typed-rule.js';
import { CLIENT_REASON_MESSAGES, findingData, type ClientReason } from './utils/unpinned-reasons.js';

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
export type MessageIds = ConfigReason | SuggestionId;

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
            reportAll(
              // The factory rewrite is offered with types only: without them it cannot be shown to type-check.
              { node, name: construction.clientClass.name, sdk: construction.clientClass.sdk, config, factory: undefined },
              judgement.findings.flatMap((finding) =>
                finding.reason === 'postInUsEast1'
                  ? []
                  : [{ ...finding, reason: finding.reason, property: finding.property, valueNode: finding.valueNode }],
              ),
            );
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
            if (judgement.findings.length === 0) return;
            const plan =
              node.type === AST_NODE_TYPES.NewExpression
                ? planFactoryRewrite(context, node, construction, (setting, filename) =>
                    factoryAccepts(setting, services.program, filename, context.cwd, construction.node.arguments ?? []),
                  )
                : undefined;
            reportAll(
              {
                node,
                name: construction.clientClass.name,
                sdk: construction.clientClass.sdk,
                config: local(construction.config),
                // Offered only when the rewrite type-checks (or cannot be checked: the factory is outside the program).
                factory: plan?.fix && plan.typeChecks !== false ? { name: plan.setting.name, fix: plan.fix } : undefined,
              },
              judgement.findings.flatMap((finding) =>
                finding.reason === 'postInUsEast1'
                  ? []
                  : [{ ...finding, reason: finding.reason, property: localProperty(finding.property), valueNode: local(finding.valueNode) }],
              ),
            );
          });
        return { NewExpression: check, 'CallExpression[callee.type="Super"]': check };
      },
    });
  },
});

function isLiteralTrue(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.value === true;
}

function describeClient(construction: { node: TSESTree.Node; name: string }): string {
  const { node, name } = construction;
  if (node.type === AST_NODE_TYPES.CallExpression) return `This ${name} subclass`;
  if (node.type === AST_NODE_TYPES.NewExpression) return `\`new ${dottedName(node.callee) ?? name}\``;
  return name;
}
