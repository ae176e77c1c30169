#!/usr/bin/env node
// @ts-check
// The main job (`npm run demo`): lint the bundled example project with its own config twice,
// without type information (the syntax tier: what plain JavaScript, untyped typescript-eslint and
// oxlint's JS plugins get) and with it (the typed tier: what types add); then run `--fix` on a copy
// and list the findings that remain, each with why it needs a person. Paths are relative to the
// repository. tests/examples.test.ts keeps the output as a snapshot and checks the example files'
// comments against .demo/findings.json, which this script writes.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';

/** @import { Linter } from 'eslint' */

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// Under CI=true typescript-eslint assumes a single run and keeps its first view of the files; the
// demo lints the fixed copy again in this process, so it asks for the files as they are on disk.
process.env.TSESTREE_SINGLE_RUN = 'false';
const examples = path.join(root, 'examples');
const copy = path.join(root, '.demo', 'examples');
const PREFIX = 's3-regional/';

// ---------------------------------------------------------------------------------------------
// Why a finding needs a person, by rule and message id. The finding itself adds the rest: its
// suggestions, and other findings on the same line.
// ---------------------------------------------------------------------------------------------

const WHICH_REGION = 'which region? Only you know where the bucket lives, so --fix does not guess';

/** @type {Record<string, string | ((message: Linter.LintMessage) => string)>} */
const NEEDS_A_PERSON = {
  'no-unpinned-client/missingRegion': WHICH_REGION,
  'no-unpinned-client/optionalRegion': WHICH_REGION,
  'no-unpinned-client/emptyRegion': WHICH_REGION,
  'no-unpinned-client/globalRegion': WHICH_REGION,
  'no-unpinned-client/useGlobalEndpoint': '--fix removes `useGlobalEndpoint: true` only where the call itself says so; elsewhere (a shared config) check who else uses it',
  'no-unpinned-client/accelerate': 'acceleration may be intended: only a person can trade it for the private path',
  'no-unpinned-client/globalEndpoint': 'which regional host, or which interface endpoint?',
  'no-unpinned-client/usEast1Legacy': "--fix adds s3UsEast1RegionalEndpoint: 'regional' only where the region is written in the call",
  'no-unpinned-client/unprovenRegion': "whether this v2 client runs in us-east-1 depends on its environment: add s3UsEast1RegionalEndpoint: 'regional' to be safe either way",
  'no-unpinned-presign/unpinnedClient': (message) =>
    `fixed where the client is made (${/made at ([^,]+),/.exec(message.message)?.[1] ?? 'see the message'}), not at this call: it goes once that client is pinned`,
  'no-unpinned-presign/globalPresignedPost':
    'createPresignedPost ignores s3UsEast1RegionalEndpoint: its client needs a regional `endpoint` or another region, a choice about where the bucket lives',
  'no-unpinned-presign/globalRequestHost': 'the request is built by hand: which regional host?',
  'no-unpinned-presign/unprovenClient': 'the client cannot be traced to where it is made: build it with the factory, or declare its type in pinnedTypes',
  'prefer-client-factory/useFactory': (message) =>
    message.suggestions?.length
      ? 'without types the rewrite cannot be checked against the factory: apply the suggestion if the result type-checks'
      : "the factory does not take these arguments as they are (the rewrite would not type-check): settle what they lack first",
  'prefer-client-factory/noFactoryForSdk': 'there is no factory for this SDK: write one and set it in settings, or move the client to the SDK the factory builds',
  'no-global-endpoint/globalHost': 'which region is the bucket in? Listed in settings.bucketRegions, it is an autofix',
  'no-global-endpoint/accelerateHost': 'acceleration may be intended (the option allowAccelerate); otherwise, which region?',
  'no-global-endpoint/dualstackHost':
    "IPv6 may be intended: with a dualstack interface endpoint, accept it (settings acceptedHostKinds: ['dualstack']); otherwise the suggestion drops it",
  'no-global-endpoint/fipsHost': "FIPS is a compliance choice: keep it and accept the public path (acceptedHostKinds: ['fips']), or drop it",
  'no-global-endpoint/websiteHost': 'a website address serves index documents and redirects: is it meant for the public, or should it be the REST host?',
  'no-global-endpoint/dashRegionHost': 'the legacy dash form: the suggestion writes s3.<region>',
  'no-global-endpoint/multiRegionAccessPointHost': 'reaching a Multi-Region Access Point privately needs its own interface endpoint: which bucket and region instead?',
  'no-unpinned-client/fipsEndpoint': 'FIPS is a compliance choice, not a route: remove it, or accept it (acceptedHostKinds)',
  'no-unpinned-client/dualstackEndpoint': 'IPv6 is a choice: remove it, or accept it where the interface endpoint is dualstack',
  'no-unpinned-client/notPrivateEndpoint': 'which private host, or which interface endpoint?',
  'no-unpinned-client/endpointRegion': 'the client or the endpoint is in the wrong region: which one?',
  'no-unpinned-presign/bucketRegion': "the bucket lives in another region: sign with a client of that region (a factory call with the bucket's region)",
  'no-unpinned-presign/accessPointRegion': "sign with a client of the access point's region, or set useArnRegion: true",
  'no-unpinned-presign/multiRegionAccessPoint': 'a Multi-Region Access Point is global by design: which bucket and region instead?',
  'no-unpinned-presign/notPrivateRequestHost': 'the request is built by hand on a host the interface endpoint does not serve: which regional host?',
};

/**
 * How types change a finding both tiers make, by rule: why.
 * @type {Record<string, string>}
 */
const FIX_WITH_TYPES = {
  'prefer-client-factory': "types check the rewrite against the factory's parameters",
};

// ---------------------------------------------------------------------------------------------
// Linting and printing
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{ file: string, line: number, column: number, rule: string, messageId: string | undefined, fix: boolean, suggestions: number, message: Linter.LintMessage }} Finding
 */

/**
 * Lints `cwd`/src with `cwd`/eslint.config.js, with or without type information.
 * @param {string} cwd
 * @param {{ fix?: boolean, typed: boolean }} options
 */
async function lint(cwd, { fix = false, typed }) {
  const eslint = new ESLint({
    cwd,
    fix,
    overrideConfigFile: path.join(cwd, 'eslint.config.js'),
    // Without a program the rules judge from the syntax alone, as plain JS, untyped typescript-eslint and oxlint run them.
    overrideConfig: typed ? [] : [{ languageOptions: { parserOptions: { projectService: false } } }],
  });
  const started = performance.now();
  const results = await eslint.lintFiles(['src']);
  return { eslint, results, ms: performance.now() - started };
}

/**
 * @param {ESLint.LintResult[]} results
 * @returns {Finding[]}
 */
function findings(results) {
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      file: path.relative(root, result.filePath).replaceAll('\\', '/'),
      line: message.line,
      column: message.column,
      rule: message.ruleId?.startsWith(PREFIX) ? message.ruleId.slice(PREFIX.length) : (message.ruleId ?? '(parse error)'),
      messageId: message.messageId,
      fix: message.fix !== undefined,
      suggestions: message.suggestions?.length ?? 0,
      message,
    })),
  );
}

/** @param {Finding} f */
const key = (f) => `${f.file}:${f.line}:${f.column}:${f.rule}:${f.messageId}`;
/** @param {Finding} f */
const how = (f) => (f.fix ? 'an autofix' : f.suggestions > 0 ? `${f.suggestions === 1 ? 'a suggestion' : `${f.suggestions} suggestions`}` : 'no fix');
/** @param {Finding} f */
const marker = (f) => (f.fix ? '  [fix]' : f.suggestions > 0 ? '  [suggestion]' : '');

/**
 * Findings grouped by file, one line each: position, rule, message, and what fixes it.
 * @param {Finding[]} list
 */
function printFindings(list) {
  let file = '';
  for (const f of list) {
    if (f.file !== file) {
      file = f.file;
      console.log(`\n${file}`);
    }
    console.log(`  ${`${f.line}:${f.column}`.padEnd(6)} ${f.rule}: ${f.message.message}${marker(f)}`);
  }
}

/** @param {Finding[]} list */
function countByRule(list) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const f of list) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

/** @param {number} n @param {string} word */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Why a remaining finding needs a person, from its rule and message id, its suggestions, and the
 * other findings on its line.
 * @param {Finding} f
 * @param {Finding[]} all
 */
function whyAPerson(f, all) {
  const entry = NEEDS_A_PERSON[`${f.rule}/${f.messageId}`];
  let why = typeof entry === 'function' ? entry(f.message) : (entry ?? `(scripts/demo.mjs explains no ${f.rule}/${f.messageId} yet)`);
  const suggestions = f.message.suggestions ?? [];
  // The rules offer settings.regions as suggestions.
  if (suggestions.length > 0) why += `; a suggestion offers: ${suggestions.map((s) => s.desc.replace(/\.$/, '')).join(' / ')}`;
  const sameLine = all.filter((other) => other !== f && other.file === f.file && other.line === f.line).map((other) => other.rule);
  if (sameLine.length > 0) why += `; see ${sameLine.join(', ')} on the same line`;
  return why;
}

/** Every key of NEEDS_A_PERSON must name a message of its rule: a renamed message must not go unexplained. */
async function checkExplanations() {
  const plugin = (await import('eslint-plugin-s3-regional')).default;
  const rules = /** @type {Record<string, { meta?: { messages?: Record<string, string> } }>} */ (plugin.rules);
  const stale = Object.keys(NEEDS_A_PERSON).filter((id) => {
    const [rule = '', messageId = ''] = id.split('/');
    return !rules[rule]?.meta?.messages?.[messageId];
  });
  if (stale.length > 0) throw new Error(`scripts/demo.mjs explains messages the rules no longer have: ${stale.join(', ')}`);
}

/**
 * What the example's config turns on, read from ESLint's view of it (options where they differ
 * from the rule's defaults).
 * @param {ESLint} eslint
 */
async function describeConfig(eslint) {
  const plugin = (await import('eslint-plugin-s3-regional')).default;
  const defaults = (/** @type {string} */ name) =>
    /** @type {{ meta?: { defaultOptions?: Record<string, unknown>[] } } | undefined} */ (/** @type {Record<string, unknown>} */ (plugin.rules)[name])?.meta
      ?.defaultOptions?.[0] ?? {};
  const configFile = path.join(examples, 'eslint.config.js');
  const entries = /** @type {{ default: { name?: string }[] }} */ (await import(pathToFileURL(configFile).href)).default;
  const names = entries.map((entry) => entry.name).filter((name) => name?.startsWith(PREFIX));
  const config = /** @type {Linter.Config} */ (await eslint.calculateConfigForFile(path.join(examples, 'src', 'clients.ts')));
  const rules = Object.entries(config.rules ?? {})
    .filter(([rule, entry]) => rule.startsWith(PREFIX) && (Array.isArray(entry) ? entry[0] : entry) !== 'off' && (Array.isArray(entry) ? entry[0] : entry) !== 0)
    .map(([rule, entry]) => {
      const name = rule.slice(PREFIX.length);
      const given = /** @type {Record<string, unknown>} */ (Array.isArray(entry) ? (entry[1] ?? {}) : {});
      const changed = Object.entries(given).filter(([option, value]) => JSON.stringify(value) !== JSON.stringify(defaults(name)[option]));
      return changed.length > 0 ? `${name} (${changed.map(([option, value]) => `${option}: ${JSON.stringify(value)}`).join(', ')})` : name;
    });
  const settings = /** @type {Record<string, Record<string, unknown>>} */ (config.settings ?? {})['s3-regional'] ?? {};
  const parserOptions = /** @type {Record<string, unknown>} */ (config.languageOptions?.parserOptions ?? {});
  return [
    `config:   ${path.relative(root, configFile)}: ${names.join(', ')}, with typescript-eslint's parser${parserOptions.projectService ? ' and projectService (type information)' : ''}`,
    `rules:    ${rules.join(', ')}`,
    // Paths in the settings (an absolute factory module) are shown relative to the repository.
    `settings: ${Object.entries(settings)
      .map(([name, value]) => `${name} ${JSON.stringify(value).split(`${root}${path.sep}`).join('')}`)
      .join(', ')}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The demo
// ---------------------------------------------------------------------------------------------

await checkExplanations();
const untyped = await lint(examples, { typed: false });
const typed = await lint(examples, { typed: true });
const syntaxFindings = findings(untyped.results);
const typedFindings = findings(typed.results);

console.log(`# eslint-plugin-s3-regional on examples/ (${typed.results.length} files, ${Math.round(untyped.ms + typed.ms)} ms)\n`);
console.log(await describeConfig(typed.eslint));

console.log(`\n## 1. Without type information (the syntax tier): ${plural(syntaxFindings.length, 'finding')}`);
console.log('The same config without projectService, as plain JavaScript, untyped typescript-eslint and');
console.log("oxlint's JS plugins run it: each file judged by what it shows itself.");
printFindings(syntaxFindings);

const syntaxKeys = new Map(syntaxFindings.map((f) => [key(f), f]));
const added = typedFindings.filter((f) => !syntaxKeys.has(key(f)));
const typedKeys = new Set(typedFindings.map(key));
const lost = syntaxFindings.filter((f) => !typedKeys.has(key(f)));
console.log(`\n## 2. With type information (the typed tier): ${plural(typedFindings.length, 'finding')}, ${added.length} more`);
console.log('examples/eslint.config.js as written: types follow clients into the files that use them.');
for (const [rule, count] of countByRule(added)) {
  console.log(`\n${rule}: ${plural(count, 'finding')} only with types`);
  for (const f of added.filter((a) => a.rule === rule)) console.log(`  ${f.file}:${f.line}:${f.column}  ${f.message.message}${marker(f)}`);
}
if (lost.length > 0) {
  // The syntax tier judges less, never differently: a finding it makes alone is a bug to report.
  console.log(`\nOnly without types (unexpected):`);
  for (const f of lost) console.log(`  ${f.file}:${f.line}:${f.column}  ${f.rule}: ${f.message.message}`);
}
const changed = typedFindings.filter((f) => {
  const other = syntaxKeys.get(key(f));
  return other !== undefined && how(other) !== how(f);
});
if (changed.length > 0) {
  console.log(`\nTypes also change how ${plural(changed.length, 'finding')} can be fixed:`);
  for (const f of changed) {
    const before = /** @type {Finding} */ (syntaxKeys.get(key(f)));
    const reason = FIX_WITH_TYPES[f.rule];
    console.log(`  ${f.file}:${f.line}:${f.column}  ${f.rule}: ${how(before)} without types, ${how(f)} with them${reason ? ` (${reason})` : ''}`);
  }
}
const allRules = [...new Set([...countByRule(syntaxFindings).keys(), ...countByRule(typedFindings).keys()])].sort();
console.log('\nBy rule, without types -> with types:');
for (const rule of allRules) console.log(`  ${rule}: ${countByRule(syntaxFindings).get(rule) ?? 0} -> ${countByRule(typedFindings).get(rule) ?? 0}`);

fs.rmSync(path.dirname(copy), { recursive: true, force: true });
fs.mkdirSync(path.dirname(copy), { recursive: true });
fs.cpSync(examples, copy, { recursive: true });
const fixed = await lint(copy, { fix: true, typed: true });
await ESLint.outputFixes(fixed.results);
console.log(`\n## 3. What \`eslint --fix\` changes (with types, on a copy in ${path.relative(root, copy)}/; suggestions stay in the editor)\n`);
const diffArgs = ['diff', '--no-index', '--no-color', '--', path.relative(root, path.join(examples, 'src')), path.relative(root, path.join(copy, 'src'))];
let diff = '';
try {
  execFileSync('git', diffArgs, { cwd: root, encoding: 'utf8' });
} catch (error) {
  // git diff --no-index exits 1 when the trees differ.
  diff = /** @type {{ stdout?: string }} */ (error).stdout ?? '';
}
console.log(diff === '' ? '(no changes)' : diff.replace(/^index [0-9a-f]+\.\.[0-9a-f]+ \d+\n/gm, '').trimEnd());

// Lint the fixed copy afresh: a file's findings can depend on another file's fixes (a client
// fixed in one module, presigned in another), which a single --fix run sees in whatever order it
// lints the files.
const after = await lint(copy, { typed: true });
const remaining = findings(after.results);
console.log(`\n## 4. After --fix: ${plural(remaining.length, 'finding')} need a person`);
for (const f of remaining) {
  const source = fs.readFileSync(path.join(root, f.file), 'utf8').split('\n')[f.line - 1]?.trim() ?? '';
  console.log(`\n${f.file}:${f.line}:${f.column}  ${f.rule}`);
  console.log(`  | ${source}`);
  console.log(`  why: ${whyAPerson(f, remaining)}`);
}

/** @param {Finding[]} list */
const plain = (list) => list.map(({ file, line, column, rule, messageId, fix, suggestions }) => ({ file, line, column, rule, messageId, fix, suggestions }));
fs.writeFileSync(
  path.join(root, '.demo', 'findings.json'),
  `${JSON.stringify({ untyped: plain(syntaxFindings), typed: plain(typedFindings), afterFix: plain(remaining) }, null, 2)}\n`,
);
if ([...typed.results, ...untyped.results].some((result) => result.messages.some((message) => message.fatal))) process.exitCode = 1;
