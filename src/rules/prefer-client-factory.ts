/**
 * `prefer-client-factory`: S3 clients built directly instead of by the project's configured
 * factory. The rewrite and whether it type-checks come from `typed/factory-plan.ts`.
 */
import * as path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { PLUGIN_ID } from '../meta.js';
import { mayUseSdk } from '../sdk/index.js';
import { getSettings } from '../settings.js';
import { clientConstruction } from '../typed/clients.js';
import { isFactoryModule } from '../typed/factory.js';
import { planFactoryRewrite } from '../typed/factory-plan.js';
import { createRule } from './utils/create-rule.js';
import { typedRuleVisitor, type TypeInfo } from './utils/typed-rule.js';

export type MessageIds = 'useFactory' | 'useFactorySuggestion' | 'noFactoryForSdk';

export default createRule<[], MessageIds>({
  name: 'prefer-client-factory',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require S3 clients to be built by the project\'s client factory',
      strict: true,
      requiresTypeChecking: true,
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
    const { factory, v2Factory } = getSettings(context.settings);
    if (!factory && !v2Factory) return {};
    const sourceCode = context.sourceCode;
    const filename = path.resolve(context.cwd, context.filename);

    function check({ services, analyzer }: TypeInfo, node: TSESTree.NewExpression): void {
      const construction = clientConstruction(analyzer, services.esTreeNodeToTSNodeMap.get(node));
      if (!construction) return;
      const plan = planFactoryRewrite(context, services, node, construction);
      if (!plan) return;
      const data = {
        client: `\`new ${sourceCode.getText(node.callee)}\``,
        factory: plan.setting.name,
        module: `'${plan.importPath}'`,
      };
      if (!plan.matches) {
        const sdk = construction.clientClass.sdk;
        context.report({
          node,
          messageId: 'noFactoryForSdk',
          data: {
            client: data.client,
            factory: data.factory,
            module: data.module,
            sdk,
            setting: sdk === 'v2' ? 'v2Factory' : 'factory',
          },
        });
        return;
      }
      const { fix } = plan;
      if (fix && plan.typeChecks === true) {
        context.report({ node, messageId: 'useFactory', data, fix });
      } else if (fix && plan.typeChecks === undefined) {
        // The factory is not in this program: the rewrite cannot be proven to type-check.
        const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [{ messageId: 'useFactorySuggestion', data, fix }];
        context.report({ node, messageId: 'useFactory', data, suggest });
      } else {
        context.report({ node, messageId: 'useFactory', data });
      }
    }

    return typedRuleVisitor(context, {
      appliesTo: mayUseSdk,
      eager: true,
      create: (rule) => {
        // The factory's own module builds clients directly: that is its job.
        const { program } = rule.types().services;
        for (const setting of [factory, v2Factory]) {
          if (setting && isFactoryModule(setting, program, filename, context.cwd)) return {};
        }
        return { NewExpression: (node) => rule.check((types) => check(types, node)) };
      },
    });
  },
});
