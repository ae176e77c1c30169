/**
 * The one setup every rule with two tiers uses, in the order that keeps it cheap:
 *
 * 1. the text test: a file whose text cannot concern the rule gets an empty visitor, before any
 *    parser service is touched (it costs a substring search);
 * 2. the tier: with type information (a program from the parser) the typed visitor, which may
 *    follow values through other modules and types; without it the syntax visitor, which judges
 *    what the file itself shows, unless the `*-type-checked` configs made type information
 *    required: then the run stops with one clear message;
 * 3. one guard around each node's analysis: the checker can throw on code it cannot type, and a
 *    rule that cannot decide stays silent (`S3_REGIONAL_DEBUG=1` rethrows). Missing type
 *    information is not such an error: it always reaches the user.
 */
import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import { ruleId } from '../../meta.js';
import { getSettings } from '../../settings.js';
import { installedTypeScriptVersion, isTypeScriptWithoutApi, loadTypeScript, typeScript7Advice } from '../../typed/typescript.js';
import { analyzerFor, type ValueAnalyzer } from '../../typed/values.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What the typed tier works with. */
export interface TypeInfo {
  readonly services: ParserServicesWithTypeInformation;
  /** The program's shared analyzer, made on first use. */
  readonly analyzer: ValueAnalyzer;
}

/** A `*-type-checked` config was used on a file linted without type information. */
export class TypeInformationError extends Error {
  constructor(context: Context) {
    super(
      `${ruleId(context.id.replace(/^.*\//, ''))}: ${context.filename} was linted without type information, ` +
        `which the *-type-checked configs of eslint-plugin-s3-regional require. In ESLint, lint it with ` +
        `typescript-eslint's parser and languageOptions.parserOptions.projectService: true (see the README, ` +
        `"Typed linting"), or leave it out of the typed config. Linters without type information (oxlint; ESLint ` +
        `without typescript-eslint) use the recommended config, which judges the same rules from the syntax alone.` +
        (isTypeScriptWithoutApi() ? ` ${typeScript7Advice(installedTypeScriptVersion() ?? '7')}` : ''),
    );
    this.name = 'TypeInformationError';
  }
}

/** The parser's services when they carry a program (typed linting), else undefined. */
export function typeServices(context: Context): ParserServicesWithTypeInformation | undefined {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  return services?.program && services.esTreeNodeToTSNodeMap ? (services as ParserServicesWithTypeInformation) : undefined;
}

/** Runs one node's analysis; an exception leaves the node unreported (`S3_REGIONAL_DEBUG=1` rethrows). */
export type Guard = (run: () => void) => void;

const guard: Guard = (run) => {
  try {
    run();
  } catch (error) {
    if (process.env.S3_REGIONAL_DEBUG) throw error;
  }
};

export interface TieredRuleSetup {
  /** The cheap text test: false gives the file no visitor at all. */
  appliesTo: (sourceText: string) => boolean;
  /** The visitor without type information. */
  syntax: (guard: Guard) => TSESLint.RuleListener;
  /** The visitor with type information. */
  typed: (types: TypeInfo, guard: Guard) => TSESLint.RuleListener;
}

/** The visitor of a rule that judges from the syntax alone, and from the types where there are any. */
export function tieredRuleVisitor(context: Context, setup: TieredRuleSetup): TSESLint.RuleListener {
  if (!setup.appliesTo(context.sourceCode.text)) return {};
  const services = typeServices(context);
  if (!services) {
    if (getSettings(context.settings).typeInformation === 'required') throw new TypeInformationError(context);
    return setup.syntax(guard);
  }
  loadTypeScript();
  let analyzer: ValueAnalyzer | undefined;
  // The analyzer (and the checker it asks for) only once a node needs it.
  const types: TypeInfo = {
    services,
    get analyzer() {
      return (analyzer ??= analyzerFor(services.program));
    },
  };
  return setup.typed(types, guard);
}
