/**
 * `prefer-client-factory`: S3 clients built directly instead of by the project's configured
 * factory. The rewrite and whether it type-checks come from `typed/factory-plan.ts`.
 */
import * as path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { PLUGIN_ID } from '../meta.js';
import { mayUseSdk } from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { judgeSyntaxConfig } from '../syntax/client-config.js';
import { syntaxClientConstruction } from '../syntax/clients.js';
import { SyntaxValues } from '../syntax/values.js';
import { isFactoryModuleBySyntax, planFactoryRewrite, type FactoryPlan } from '../syntax/factory.js';
import { clientConstruction } from '../typed/clients.js';
import { factoryAccepts, isFactoryModule } from '../typed/factory.js';
import { createRule } from './utils/create-rule.js';
import { tieredRuleVisitor } from './utils/typed-rule.js';

export type MessageIds = 'useFactory' | 'useFactorySuggestion' | 'noFactoryForSdk';

export default createRule<[], MessageIds>({
  name: 'prefer-client-factory',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require S3 clients to be built by the project\'s client factory',
      strict: true,
      requiresTypeChecking: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      useFactory:
        '{{client}} is built directly. Build it with `{{factory}}` from {{module}}, which pins every client to a region and a regional endpoint.',
      useFactorySuggestion: 'Build it with `{{factory}}` from {{module}}.',
      noFactoryForSdk:
        `{{client}} (SDK {{sdk}}) is built directly, and no factory for SDK {{sdk}} is configured. Set \`{{setting}}\` in settings['${PLUGIN_ID}'], or move it to \`{{factory}}\` from {{module}}.`,
    },
  },
  defaultOptions: [],
  create(context) {
    const { factory, v2Factory, acceptedHostKinds } = getSettings(context.settings);
    if (!factory && !v2Factory) return {};
    const sourceCode = context.sourceCode;
    const filename = path.resolve(context.cwd, context.filename);

    function report(node: TSESTree.NewExpression, sdk: 'v2' | 'v3', plan: FactoryPlan): void {
      const data = {
        client: `\`new ${sourceCode.getText(node.callee)}\``,
        factory: plan.setting.name,
        module: `'${plan.importPath}'`,
      };
      if (!plan.matches) {
        context.report({
          node,
          messageId: 'noFactoryForSdk',
          data: { ...data, sdk, setting: sdk === 'v2' ? 'v2Factory' : 'factory' },
        });
        return;
      }
      const { fix } = plan;
      if (fix && plan.typeChecks === true) {
        context.report({ node, messageId: 'useFactory', data, fix });
      } else if (fix && plan.typeChecks === undefined) {
        // Without types, or with the factory outside the program, the rewrite cannot be shown to type-check.
        const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [{ messageId: 'useFactorySuggestion', data, fix }];
        context.report({ node, messageId: 'useFactory', data, suggest });
      } else {
        context.report({ node, messageId: 'useFactory', data });
      }
    }

    return tieredRuleVisitor(context, {
      appliesTo: mayUseSdk,
      syntax: (guard) => {
        // The factory's own module builds clients directly: that is its job.
        if ([factory, v2Factory].some((setting) => setting && isFactoryModuleBySyntax(setting, context))) return {};
        const values = new SyntaxValues(sourceCode);
        return {
          NewExpression: (node) =>
            guard(() => {
              const construction = syntaxClientConstruction(sourceCode, node);
              if (!construction) return;
              // Without types the rewrite cannot be checked against the factory's parameters. A
              // factory exists to pin clients: the rewrite is offered (as a suggestion) only for a
              // config the file shows to be pinned, never for one a factory would refuse.
              const pinned = judgeSyntaxConfig(sourceCode, values, construction, {
                allowEnvironmentRegion: false,
                acceptedHostKinds,
              }).findings.length === 0;
              const plan = planFactoryRewrite(context, node, construction, () => (pinned ? undefined : false));
              if (plan) report(node, construction.clientClass.sdk, plan);
            }),
        };
      },
      typed: ({ services, analyzer }, guard) => {
        for (const setting of [factory, v2Factory]) {
          if (setting && isFactoryModule(setting, services.program, filename, context.cwd)) return {};
        }
        return {
          NewExpression: (node) =>
            guard(() => {
              const construction = clientConstruction(analyzer, services.esTreeNodeToTSNodeMap.get(node));
              if (!construction) return;
              const plan = planFactoryRewrite(context, node, construction, (setting, file) =>
                factoryAccepts(setting, services.program, file, context.cwd, construction.node.arguments ?? []),
              );
              if (plan) report(node, construction.clientClass.sdk, plan);
            }),
        };
      },
    });
  },
});
