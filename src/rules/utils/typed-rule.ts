/**
 * The one setup every type-aware rule uses, in the order that keeps it cheap:
 *
 * 1. the text test: a file whose text cannot concern the rule gets an empty visitor, before any
 *    parser service is touched (so it costs a substring search, and needs no type information);
 * 2. the parser services and the program's shared `ValueAnalyzer`, asked for once, when the rule
 *    first needs them (at `create`, or at the first candidate node);
 * 3. one guard around each node's analysis: the checker can throw on code it cannot type, and a
 *    rule that cannot decide stays silent. Missing type information is not such an error: it
 *    always reaches the user, with what to enable.
 */
import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import { ruleId } from '../../meta.js';
import { loadTypeScript } from '../../typed/typescript.js';
import { analyzerFor, type ValueAnalyzer } from '../../typed/values.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What a type-aware rule works with once type information is there. */
export interface TypeInfo {
  services: ParserServicesWithTypeInformation;
  analyzer: ValueAnalyzer;
}

/** The rule was run without type information where it needs it. */
export class TypeInformationError extends Error {
  constructor(context: Context, cause?: unknown) {
    super(
      `Rule ${ruleId(context.id.replace(/^.*\//, ''))} needs type information to judge S3 clients ` +
        `in ${context.filename}. Enable typed linting with languageOptions.parserOptions.projectService: true ` +
        `(see the plugin README), or turn this rule off for files outside your TypeScript project.`,
      { cause },
    );
    this.name = 'TypeInformationError';
  }
}

/** The parser's services when they carry a program (typed linting), else undefined. */
export function typeServices(context: Context): ParserServicesWithTypeInformation | undefined {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  return services?.program && services.esTreeNodeToTSNodeMap ? (services as ParserServicesWithTypeInformation) : undefined;
}

export interface TypedRule {
  /** The type information, asked for once; throws {@link TypeInformationError} without it. */
  types(): TypeInfo;
  /**
   * Runs one candidate node's analysis with the type information. An exception from the analysis
   * leaves the node unreported (`S3_REGIONAL_DEBUG=1` rethrows it); missing type information is thrown.
   */
  check(run: (types: TypeInfo) => void): void;
}

/**
 * The setup of a type-aware rule: `appliesTo` is the cheap text test (false: no visitor at all),
 * `eager` asks for the type information right away (a rule with no syntax filter of its own),
 * and `create` builds the visitor.
 */
export function typedRuleVisitor(
  context: Context,
  setup: {
    appliesTo: (sourceText: string) => boolean;
    eager?: boolean;
    create: (rule: TypedRule) => TSESLint.RuleListener;
  },
): TSESLint.RuleListener {
  if (!setup.appliesTo(context.sourceCode.text)) return {};
  let info: TypeInfo | undefined;
  const types = (): TypeInfo => {
    if (info) return info;
    const services = typeServices(context);
    if (!services) throw new TypeInformationError(context, undefined);
    loadTypeScript();
    info = { services, analyzer: analyzerFor(services.program) };
    return info;
  };
  const rule: TypedRule = {
    types,
    check(run) {
      const available = types();
      try {
        run(available);
      } catch (error) {
        if (process.env.S3_REGIONAL_DEBUG) throw error;
      }
    },
  };
  if (setup.eager === true) types();
  return setup.create(rule);
}
