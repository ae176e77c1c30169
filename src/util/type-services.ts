import {
  ESLintUtils,
  type ParserServicesWithTypeInformation,
  type TSESLint,
} from '@typescript-eslint/utils';

/**
 * The parser services with type information, or a clear error naming the rule and the setting
 * that provides it. Called only after the cheap syntax checks have found something to analyse.
 */
export function requireTypeServices(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): ParserServicesWithTypeInformation {
  try {
    return ESLintUtils.getParserServices(context);
  } catch (error) {
    throw new Error(
      `Rule s3-regional/${context.id.replace(/^s3-regional\//, '')} needs type information to judge S3 clients ` +
        `in ${context.filename}. Enable typed linting with languageOptions.parserOptions.projectService: true ` +
        `(see the plugin README), or turn this rule off for files outside your TypeScript project.`,
      { cause: error },
    );
  }
}

/**
 * Runs one node's analysis. The TypeScript checker can throw on code it cannot type (broken
 * syntax, unresolved declarations); a rule that cannot decide stays silent instead of failing the
 * whole lint run. Set S3_REGIONAL_DEBUG=1 to see such errors.
 */
export function guarded(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (process.env.S3_REGIONAL_DEBUG) throw error;
  }
}
