/**
 * `createRule`: typescript-eslint's RuleCreator with the plugin's `meta.docs` fields (which
 * configs a rule is in, whether it needs types) and its documentation URLs.
 */
import { ESLintUtils } from '@typescript-eslint/utils';
import { REPOSITORY_URL } from '../../meta.js';

export interface S3RegionalRuleDocs {
  /** Part of `configs.recommended`. */
  recommended?: boolean;
  /** Part of `configs.strict` (recommended rules are always in strict). */
  strict?: boolean;
  /** The options `configs.strict` turns the rule on with. */
  strictOptions?: Record<string, unknown>;
  /** The rule needs type information (`parserOptions.projectService`). */
  requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<S3RegionalRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
