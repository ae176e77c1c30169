#!/usr/bin/env node
// @ts-check
/**
 * Starts a new rule with every file in place (after eslint-plugin-unicorn's `create-rule`):
 *
 *   npm run create-rule -- <rule-name> [--typed] [--description "…"] [--root <dir>]
 *
 * - `src/rules/<rule-name>.ts`: the rule, built with `createRule`; with `--typed` a rule with two
 *   tiers on the one setup (`tieredRuleVisitor`: the text test, then a syntax visitor without type
 *   information and a typed visitor with it), otherwise a syntax-only rule. Its judgement is a placeholder that throws, so nothing passes by accident;
 * - `src/rules/index.ts`: the rule registered, imports and entries kept in alphabetical order;
 * - `tests/rules/<rule-name>.test.ts`: one valid and one invalid case to fill in, with the full
 *   position of the report; the placeholders fail until they are replaced;
 * - `docs/rules/<rule-name>.md`: the sections the docs test and eslint-doc-generator expect (an
 *   `## Options` section only once the rule has options: the generator rejects it before), with
 *   placeholder examples that fail the docs test until they are written;
 * - `CHANGELOG.md`: a line under "Unreleased".
 *
 * `--description` is `meta.docs.description` (a capital first, no final period); without it a
 * placeholder is written. `--root` writes into another copy of the repository (the tests use it).
 * Nothing is written unless every check passes. Then it prints the next steps.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: npm run create-rule -- <rule-name> [--typed] [--description "…"] [--root <dir>]';
const RULE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DESCRIPTION = /^[A-Z].*[^.]$/;
const PLACEHOLDER_DESCRIPTION = 'TODO: say what the rule reports';

/** @typedef {{ name: string, typed: boolean, description: string, root: string }} Request */

/**
 * @param {string} message
 * @param {boolean} [usage] also print the usage (a mistake in the arguments)
 * @returns {never}
 */
function fail(message, usage = false) {
  console.error(`create-rule: ${message}`);
  if (usage) console.error(USAGE);
  process.exit(1);
}

/** @returns {Request} */
function parseRequest() {
  const config = /** @type {const} */ ({
    options: {
      typed: { type: 'boolean' },
      description: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), true);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) return fail('give exactly one rule name', true);
  const name = positionals[0] ?? '';
  if (!RULE_NAME.test(name)) return fail(`'${name}' is not a rule name: lower-case words joined by '-' (kebab-case)`, true);
  const description = values.description?.trim() ?? PLACEHOLDER_DESCRIPTION;
  if (!DESCRIPTION.test(description)) {
    return fail(`the description must start with a capital and have no final period: '${description}'`);
  }
  const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  return { name, typed: values.typed === true, description, root };
}

/**
 * `no-unpinned-client` -> `noUnpinnedClient`.
 * @param {string} name
 */
function camelCase(name) {
  return name.replace(/-([a-z0-9])/g, (_, letter) => String(letter).toUpperCase());
}

/**
 * A JavaScript single-quoted string literal.
 * @param {string} text
 */
function quote(text) {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * `src/rules/index.ts` with the rule imported and registered, both in alphabetical order.
 * @param {string} source
 * @param {string} name
 */
function registerRule(source, name) {
  const lines = source.split('\n');
  const importLine = /^import (\w+) from '\.\/([a-z0-9-]+)\.js';$/;
  const entryLine = /^ {2}'([a-z0-9-]+)': (\w+),$/;
  /** @type {{ index: number, name: string, identifier: string }[]} */
  const imports = [];
  /** @type {{ index: number, name: string }[]} */
  const entries = [];
  lines.forEach((line, index) => {
    const imported = importLine.exec(line);
    if (imported) imports.push({ index, identifier: imported[1] ?? '', name: imported[2] ?? '' });
    const entry = entryLine.exec(line);
    if (entry) entries.push({ index, name: entry[1] ?? '' });
  });
  if (imports.length === 0 || entries.length === 0 || imports.length !== entries.length) {
    throw new Error("src/rules/index.ts is not the expected list of `import x from './x.js'` lines and `'x': x,` entries");
  }
  if (entries.some((entry) => entry.name === name)) throw new Error(`'${name}' is already registered in src/rules/index.ts`);
  const identifier = camelCase(name);
  if (imports.some((imported) => imported.identifier === identifier)) {
    throw new Error(`src/rules/index.ts already imports an identifier '${identifier}'`);
  }
  /** @param {{ index: number, name: string }[]} list */
  const insertAt = (list) => (list.find((item) => item.name > name) ?? { index: (list.at(-1)?.index ?? 0) + 1 }).index;
  // The entry first: it comes after the imports, so inserting it leaves their indices as they are.
  lines.splice(insertAt(entries), 0, `  '${name}': ${identifier},`);
  lines.splice(insertAt(imports), 0, `import ${identifier} from './${name}.js';`);
  return lines.join('\n');
}

/**
 * CHANGELOG.md with a line for the rule under "Unreleased" (in its "### Rules" list, made if
 * missing).
 * @param {string} source
 * @param {string} line
 */
function addChangelogLine(source, line) {
  const lines = source.split('\n');
  const start = lines.findIndex((text) => /^## \[?Unreleased\]?\s*$/i.test(text));
  if (start === -1) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  let end = lines.findIndex((text, index) => index > start && text.startsWith('## '));
  if (end === -1) end = lines.length;
  const rulesHeading = lines.findIndex((text, index) => index > start && index < end && /^### Rules\s*$/.test(text));
  if (rulesHeading !== -1) {
    let last = rulesHeading;
    for (let index = rulesHeading + 1; index < end && !lines[index]?.startsWith('### '); index += 1) {
      if (lines[index]?.trim() !== '') last = index;
    }
    lines.splice(last + 1, 0, ...(last === rulesHeading ? ['', line] : [line]));
    return lines.join('\n');
  }
  let last = end - 1;
  while (last > start && lines[last]?.trim() === '') last -= 1;
  lines.splice(last + 1, end - last - 1, '', '### Rules', '', line, '');
  return lines.join('\n');
}

/**
 * @param {Request} request
 */
function ruleSource({ name, typed, description }) {
  const header = typed
    ? [
        `\`${name}\`: TODO: what the rule reports, in a sentence or two. Two tiers: what the file shows`,
        'is judged in `src/syntax/` (no types), what only the checker sees in `src/typed/` (recognising',
        "packages by their declaration files through `src/sdk/declarations.ts`); this file picks the nodes",
        'and turns findings into reports, the same in both tiers.',
      ]
    : [
        `\`${name}\`: TODO: what the rule reports, in a sentence or two. Pure syntax: it needs no type`,
        'information. The judgement belongs in `src/syntax/` (ESTree analysis) with the AWS facts from',
        '`src/sdk/`; this file picks the nodes and turns findings into reports.',
      ];
  const nodeType = typed ? 'NewExpression' : 'CallExpression';
  const imports = typed
    ? [
        "import type { TSESTree } from '@typescript-eslint/types';",
        "import { mayUseSdk } from '../sdk/index.js';",
        "import { createRule } from './utils/create-rule.js';",
        "import { tieredRuleVisitor, type TypeInfo } from './utils/typed-rule.js';",
      ]
    : ["import type { TSESTree } from '@typescript-eslint/types';", "import { createRule } from './utils/create-rule.js';"];
  const create = typed
    ? `  create(context) {
    return tieredRuleVisitor(context, {
      // TODO: the cheapest text test that rules a file out before any parser service is asked for
      // (\`mayUseSdk\`: the text mentions \`aws-sdk\`). A test for another package goes in src/sdk/.
      appliesTo: mayUseSdk,
      // Without type information: only what the file shows, never what the typed tier would refute.
      syntax: (guard) => ({
        // TODO: the narrowest visitor: only candidate nodes are analysed.
        ${nodeType}(node) {
          guard(() => {
            if (isFinding(undefined, node)) context.report({ node, messageId: 'todo' });
          });
        },
      }),
      // With type information: the same findings and more, with the same message ids and positions.
      typed: (types, guard) => ({
        ${nodeType}(node) {
          guard(() => {
            if (isFinding(types, node)) context.report({ node, messageId: 'todo' });
          });
        },
      }),
    });
  },`
    : `  create(context) {
    // TODO: a cheap text test first (as \`mayContainAwsHost\` in no-global-endpoint): a file whose
    // text cannot concern the rule gets no visitor.
    return {
      // TODO: the narrowest visitor that finds the candidates.
      ${nodeType}(node) {
        if (isFinding(node)) context.report({ node, messageId: 'todo' });
      },
    };
  },`;
  const judgement = typed
    ? `/**
 * TODO: the judgement: from src/syntax/ without types (\`types\` undefined), from src/typed/ with
 * them (\`types.services.esTreeNodeToTSNodeMap.get(node)\` is the TypeScript node,
 * \`types.analyzer\` the values an expression may hold). This placeholder throws (the rule tests
 * run with S3_REGIONAL_DEBUG=1), so that no test passes before it is written.
 */
function isFinding(types: TypeInfo | undefined, node: TSESTree.${nodeType}): boolean {
  throw new Error(\`${name}: the judgement of \${node.type} is not written yet\`);
}`
    : `/**
 * TODO: the judgement, from src/syntax/ (and src/sdk/ for AWS facts). This placeholder throws, so
 * that no test passes before it is written.
 */
function isFinding(node: TSESTree.${nodeType}): boolean {
  throw new Error(\`${name}: the judgement of \${node.type} is not written yet\`);
}`;
  return `/**
${header.map((line) => ` * ${line}`).join('\n')}
 */
${imports.join('\n')}

export type MessageIds = 'todo';

export default createRule<[], MessageIds>({
  name: '${name}',
  meta: {
    type: 'problem',
    docs: {
      description: ${quote(description)},
      // Every rule of this plugin runs without type information too (its syntax tier).
      requiresTypeChecking: false,
    },
    schema: [],
    messages: {
      // TODO: name the message and say what happens at run time and what to do, in one or two sentences.
      todo: 'TODO: what happens at run time, and what to do.',
    },
  },
  defaultOptions: [],
${create}
});

${judgement}
`;
}

/**
 * @param {Request} request
 */
function testSource({ name, typed }) {
  const tester = typed ? 'typedRuleTester' : 'untypedRuleTester';
  const note = typed
    ? [
        '// Typed cases are linted as tests/fixtures/file.ts: imports resolve from the repository\'s',
        '// node_modules, so test code imports the real packages (a devDependency for a new one) and the',
        '// rule sees their real declaration files. Modules of your own go in tests/fixtures/modules/.',
      ]
    : ['// Syntax-only: the cases are parsed with the TypeScript parser, without type information.'];
  return `import rule from '../../src/rules/${name}.js';
import { code } from '../code.js';
import { ${tester} } from '../rule-tester.js';

${note.join('\n')}

// TODO: write the cases, then delete this constant. Until then every case fails: the \`TODO:\` lines
// do not parse, and no report is at line or column 0.
const TODO = 0;

${tester}().run('${name}', rule, {
  valid: [
    // TODO: code that looks close to the invalid case, which the rule must accept.
    code\`
      TODO: valid code
    \`,
  ],
  invalid: [
    {
      // TODO: code the rule reports, and the full position of every report.
      code: code\`
        TODO: invalid code
      \`,
      errors: [{ messageId: 'todo', line: TODO, column: TODO, endLine: TODO, endColumn: TODO }],
    },
  ],
});
`;
}

/**
 * @param {Request} request
 * @param {string} pluginId
 */
function docSource({ name }, pluginId) {
  return `# ${pluginId}/${name}

<!-- end auto-generated rule header -->

TODO: what the rule reports, in a paragraph (\`npm run docs\` writes the header above).

## Why

TODO: what goes wrong at run time: which host the request or the URL reaches, why that leaves the
private path, and the SDK behaviour this relies on.

## Examples

TODO: every block below is linted by tests/docs.test.ts: \`ts incorrect\` blocks must be reported,
\`ts correct\` blocks must be clean. A \`<!-- settings: {…} -->\` line right above a block gives it
shared settings.

\`\`\`ts incorrect
TODO: code the rule reports
\`\`\`

\`\`\`ts correct
TODO: the same code, written so that it is not reported
\`\`\`

<!-- TODO: if the rule gets options (a schema), add a level-2 section "Options" here that shows them
as JSON and describes each one. Without options, eslint-doc-generator rejects that section. -->

## How to fix by hand

TODO: the change to make, step by step, for each kind of report.
`;
}

/** @param {Request} request */
function createRule(request) {
  const { root, name, typed, description } = request;
  const at = (/** @type {string} */ relative) => path.join(root, relative);
  const index = 'src/rules/index.ts';
  const changelog = 'CHANGELOG.md';
  const files = {
    rule: `src/rules/${name}.ts`,
    test: `tests/rules/${name}.test.ts`,
    doc: `docs/rules/${name}.md`,
  };
  for (const required of [index, changelog, 'package.json']) {
    if (!fs.existsSync(at(required))) throw new Error(`${at(required)} does not exist: is ${root} the repository?`);
  }
  for (const file of Object.values(files)) {
    if (fs.existsSync(at(file))) throw new Error(`${file} already exists`);
  }
  const pkg = /** @type {{ name: string }} */ (JSON.parse(fs.readFileSync(at('package.json'), 'utf8')));
  const pluginId = pkg.name.replace(/^eslint-plugin-/, '');

  // Every edit is computed first: a failing check writes nothing.
  const indexSource = registerRule(fs.readFileSync(at(index), 'utf8'), name);
  const kind = typed ? 'type-aware' : 'no type information needed';
  const changelogSource = addChangelogLine(fs.readFileSync(at(changelog), 'utf8'), `- \`${name}\` (${kind}): ${description}.`);

  fs.mkdirSync(path.dirname(at(files.test)), { recursive: true });
  fs.mkdirSync(path.dirname(at(files.doc)), { recursive: true });
  fs.writeFileSync(at(files.rule), ruleSource(request));
  fs.writeFileSync(at(files.test), testSource(request));
  fs.writeFileSync(at(files.doc), docSource(request, pluginId));
  fs.writeFileSync(at(index), indexSource);
  fs.writeFileSync(at(changelog), changelogSource);

  const placeholder = description === PLACEHOLDER_DESCRIPTION;
  console.log(`Created the ${typed ? 'type-aware' : 'syntax-only'} rule ${pluginId}/${name}:

  ${files.rule.padEnd(40)} the rule (meta, messages, visitor); its judgement is a placeholder that throws
  ${files.test.padEnd(40)} RuleTester cases: one valid, one invalid with full positions (TODO)
  ${files.doc.padEnd(40)} the rule's page: Why, Examples, How to fix by hand (TODO)
  ${index.padEnd(40)} registered (alphabetical)
  ${changelog.padEnd(40)} a line under "Unreleased"

Next steps (CONTRIBUTING.md, "Adding a rule"):

  1. Put the knowledge in its place, and keep the rule thin: AWS and SDK facts in src/sdk/, ESTree
     analysis in src/syntax/, checker-side analysis in src/typed/, edits for fixes in src/fix/.
     If the rule recognises a new package's declarations (a CDK construct, another signer), add
     the package to SDK_PACKAGES and its declarations to the DECLARATIONS table in
     src/sdk/declarations.ts, and add the package as a devDependency so the tests see its types.
  2. Replace every TODO (grep -n TODO ${files.rule} ${files.test} ${files.doc}),
     then: npx vitest run ${files.test}
  3. npm run docs  (the doc's header and the README's rules table), then npx vitest run tests/docs.test.ts${
    placeholder ? '\n  4. Write the description: meta.docs.description in the rule and the CHANGELOG line are placeholders.' : ''
  }
  ${placeholder ? '5' : '4'}. npm test`);
}

try {
  createRule(parseRequest());
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
