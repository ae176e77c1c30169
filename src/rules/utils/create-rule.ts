/**
 * `createRule`: a rule with the plugin's `meta.docs` fields (which configs it is in, whether it
 * needs types), its documentation URL, and its options merged over `meta.defaultOptions`. The
 * same contract as typescript-eslint's `RuleCreator`, without loading typescript-eslint (which
 * needs TypeScript) when the plugin loads.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { REPOSITORY_URL } from '../../meta.js';

export interface S3RegionalRuleDocs {
  /** Part of `configs.recommended`. */
  recommended?: boolean;
  /** Part of `configs.strict` (recommended rules are always in strict). */
  strict?: boolean;
  /** The options `configs.strict` turns the rule on with. */
  strictOptions?: Record<string, unknown>;
  /**
   * The rule cannot run at all without type information. False for every rule of this plugin:
   * each has a syntax tier, and type information adds to it (see each rule's "Type information").
   */
  requiresTypeChecking?: boolean;
}

type Meta<MessageIds extends string, Options extends readonly unknown[]> = TSESLint.RuleMetaData<
  MessageIds,
  S3RegionalRuleDocs,
  Options
>;

export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: Omit<Meta<MessageIds, Options>, 'docs'> & { docs: Omit<NonNullable<Meta<MessageIds, Options>['docs']>, 'url'> };
  defaultOptions: Options;
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options) => TSESLint.RuleListener;
}

export type S3RegionalRule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<
  MessageIds,
  Options,
  S3RegionalRuleDocs
> & { name: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The user's options over the defaults: objects merged key by key, anything else replaced. */
function withDefaults<Options extends readonly unknown[]>(defaults: Options, user: readonly unknown[]): Options {
  return defaults.map((fallback, index) => {
    const given = user[index];
    if (given === undefined) return structuredClone(fallback);
    return isPlainObject(fallback) && isPlainObject(given) ? { ...structuredClone(fallback), ...given } : given;
  }) as unknown as Options;
}

export function docsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): S3RegionalRule<Options, MessageIds> {
  const { name, meta, defaultOptions, create } = rule;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } },
    defaultOptions,
    create: (context) => create(context, withDefaults(defaultOptions, context.options)),
  };
}
