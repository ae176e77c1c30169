#!/usr/bin/env node
// @ts-check
// The consumer test: what someone who installs the published package gets.
//
//   node scripts/consumer-test.mjs     (after `npm run build`; `npm test` runs it before vitest)
//   npm run test:consumer              (builds first)
//
// 1. Packs the package (`npm pack`, as published) into a temporary directory and checks the file
//    list (the build, the docs, README, LICENSE and CHANGELOG; no sources, no tests) and that the
//    type declarations import only declared dependencies and peer dependencies.
// 2. Lints the tarball with publint (--strict) and are-the-types-wrong (rules in .attw.json).
// 3. Unless SKIP_CONSUMER=1: for ESLint 9 and ESLint 10, makes a fresh project under os.tmpdir(),
//    installs the tarball with ESLint, typescript-eslint, TypeScript and @aws-sdk/client-s3 from
//    the registry (the npm cache makes this fast after the first run), and checks:
//    - `npm ls`: the plugin's dependencies and peer dependencies are met;
//    - `eslint .` with an ESM `eslint.config.mjs` and with a CommonJS `eslint.config.cjs`
//      (`require('eslint-plugin-s3-regional')`), each with `configs.recommended` and typed linting
//      (projectService): exit code 1 and exactly the expected findings, one of them only visible
//      with type information across two modules; exit code 0 on the clean files;
//    - `require()` and `import` give the same plugin object, with the three configs;
//    - a TypeScript `eslint.config.mts` and a CommonJS `.cts` file using the plugin type-check;
//    - ESLint 9 only, last: the same findings with the oldest TypeScript of the peer range;
//    - ESLint 10 only: `--concurrency 2`, the SARIF formatter for GitHub code scanning, and
//      `ESLint#lintText` on unsaved text (what the VS Code extension does) with projectService.
// 4. The README's set-ups, unless SKIP_CONSUMER=1 (that the marked snippets are there is checked
//    always): every snippet marked `<!-- consumer: kind=… -->` or `<!-- consumer: install=… -->` right
//    above its code fence is taken verbatim, and each set-up gets a fresh project (`npm init -y`,
//    CommonJS or "type": "module") installed with the README's `npm install --save-dev` line (no
//    --force, no --legacy-peer-deps): typed TypeScript (recommended-type-checked with
//    allowDefaultProject; recommended with projectService for TypeScript files), TypeScript without
//    types, plain JavaScript in CommonJS and in ESM, oxlint, TypeScript 7 beside TypeScript 6, and
//    TypeScript 7 as `typescript`. `eslint .` (or oxlint) over the whole project (config file, a
//    script outside tsconfig.json, sources with known findings) must exit 1 with exactly the
//    expected findings.
//    The projects run CONSUMER_JOBS (3) at a time. KEEP_CONSUMER=1 keeps the temporary directory;
//    it is also kept, and its path printed, when something fails.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipProjects = process.env.SKIP_CONSUMER === '1';
const keep = process.env.KEEP_CONSUMER === '1';
/** How many consumer projects are set up and run at the same time. */
const JOBS = Number(process.env.CONSUMER_JOBS) || 3;

/** The SDK the consumer projects use: the one this repository tests against, for repeatable runs. */
const SDK_VERSION = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@aws-sdk', 'client-s3', 'package.json'), 'utf8')).version;
/** The bottom of the `typescript` peer range, tried at run time in the ESLint 9 project. */
const TYPESCRIPT_FLOOR = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).peerDependencies.typescript.match(
  /^>=(\d+\.\d+\.\d+)/,
)?.[1];

/**
 * A consumer project: its dependencies, and what else is checked in it.
 * @typedef {{ name: string, dependencies: Record<string, string>, typescriptFloor?: string | undefined, extras: boolean }} Leg
 */

/**
 * The set-ups every release must work in.
 * @type {Leg[]}
 */
const LEGS = [
  {
    name: 'eslint9',
    // An ESLint 9 project is likelier to be on TypeScript 5: this one covers it, then the peer range's floor.
    dependencies: { eslint: '^9.39.0', 'typescript-eslint': '^8.73.0', typescript: '~5.9.0', '@aws-sdk/client-s3': SDK_VERSION },
    typescriptFloor: TYPESCRIPT_FLOOR,
    extras: false,
  },
  {
    name: 'eslint10',
    dependencies: {
      eslint: '^10.0.0',
      'typescript-eslint': '^8.73.0',
      typescript: '6.0.3',
      '@aws-sdk/client-s3': SDK_VERSION,
      '@microsoft/eslint-formatter-sarif': '^3.1.0',
    },
    extras: true,
  },
];

/** What `eslint .` must report in the consumer project, and nothing else. */
const EXPECTED = [
  // Only visible with type information: the options come from another module.
  { file: 'src/client.ts', line: 4, ruleId: 's3-regional/no-unpinned-client', messageId: 'globalRegion' },
  { file: 'src/urls.ts', line: 2, ruleId: 's3-regional/no-global-endpoint', messageId: 'globalHost' },
];
const CLEAN_FILES = ['src/good.ts', 'src/s3-config.ts'];

const SOURCES = {
  'src/s3-config.ts': `// Shared client options, in their own module.
export const s3Options = { region: 'aws-global' } as const;
`,
  'src/client.ts': `import { S3Client } from '@aws-sdk/client-s3';
import { s3Options } from './s3-config.js';

export const client = new S3Client(s3Options);
`,
  'src/urls.ts': `export function objectUrl(key: string): string {
  return \`https://my-bucket.s3.amazonaws.com/\${key}\`;
}
`,
  'src/good.ts': `import { S3Client } from '@aws-sdk/client-s3';

export const regional = new S3Client({ region: 'eu-west-1' });
`,
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, noEmit: true },
      include: ['src'],
    },
    null,
    2,
  )}\n`,
  'eslint.config.mjs': `import { defineConfig } from 'eslint/config';
import s3Regional from 'eslint-plugin-s3-regional';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['eslint.config.*', 'types/', '*.mjs', '*.cjs'] },
  tseslint.configs.recommended,
  s3Regional.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: { 's3-regional': { regions: ['eu-west-1'] } },
  },
);
`,
  'eslint.config.cjs': `const { defineConfig } = require('eslint/config');
const s3Regional = require('eslint-plugin-s3-regional');
const tseslint = require('typescript-eslint');

module.exports = defineConfig(
  { ignores: ['eslint.config.*', 'types/', '*.mjs', '*.cjs'] },
  tseslint.configs.recommended,
  s3Regional.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    settings: { 's3-regional': { regions: ['eu-west-1'] } },
  },
);
`,
  // require() and import must give the same plugin, with its configs.
  'check-entry.cjs': `const assert = require('node:assert');
const required = require('eslint-plugin-s3-regional');
import('eslint-plugin-s3-regional').then((imported) => {
  assert.strictEqual(required, imported.default, 'require() and import give different objects');
  assert.strictEqual(required.meta.name, 'eslint-plugin-s3-regional');
  assert.deepStrictEqual(Object.keys(required.configs).sort(), [
    'all',
    'recommended',
    'recommended-type-checked',
    'strict',
    'strict-type-checked',
  ]);
  for (const [name, config] of Object.entries(required.configs)) {
    assert.strictEqual(config.plugins['s3-regional'], required, name);
    assert.ok(Object.keys(config.rules).length > 0, name);
  }
  assert.ok(required.configs.strict.rules['s3-regional/prefer-client-factory'], 'strict has prefer-client-factory');
  assert.deepStrictEqual(required.configs.strict.rules['s3-regional/no-unpinned-presign'], ['error', { reportUnproven: true }]);
  for (const name of ['recommended', 'strict']) {
    const typed = required.configs[name + '-type-checked'];
    assert.deepStrictEqual(typed.rules, required.configs[name].rules, name + '-type-checked has the rules of ' + name);
    assert.strictEqual(typed.settings['s3-regional'].typeInformation, 'required', name + '-type-checked requires types');
  }
  console.log(Object.entries(required.configs).map(([n, c]) => n + ' ' + Object.keys(c.rules).length + ' rules').join(', '));
});
`,
  // The types a TypeScript config file and a CommonJS TypeScript module see.
  'types/tsconfig.json': `${JSON.stringify(
    { compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, noEmit: true, types: [] }, include: ['.'] },
    null,
    2,
  )}\n`,
  'types/eslint.config.mts': `import { defineConfig } from 'eslint/config';
import s3Regional from 'eslint-plugin-s3-regional';
import tseslint from 'typescript-eslint';

export default defineConfig(
  tseslint.configs.recommended,
  s3Regional.configs.recommended,
  s3Regional.configs.strict,
  s3Regional.configs.all,
  { plugins: { 's3-regional': s3Regional }, rules: { 's3-regional/no-unpinned-presign': ['error', { reportUnproven: true }] } },
);
`,
  'types/require.cts': `import s3Regional = require('eslint-plugin-s3-regional');

export const recommended = s3Regional.configs.recommended;
export const version: string = s3Regional.meta.version;
`,
  // What the VS Code ESLint extension does: lint the editor's unsaved text of a file on disk.
  'editor-check.mjs': `import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const filePath = path.resolve('src/good.ts');
const unsaved = fs.readFileSync(filePath, 'utf8').replace("'eu-west-1'", "'aws-global'");
const eslint = new ESLint({ overrideConfigFile: 'eslint.config.mjs' });
const [result] = await eslint.lintText(unsaved, { filePath });
const found = result.messages.map((m) => m.ruleId + ':' + m.messageId);
assert.deepStrictEqual(found, ['s3-regional/no-unpinned-client:globalRegion']);
console.log('unsaved edit reported:', found.join(', '));
`,
};

/** The environment for child npm and node processes: without what `npm run` puts there for this package. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_(package_|lifecycle_|command$|config_local_prefix$)/i.test(key) && key !== 'INIT_CWD' && key !== 'S3_REGIONAL_DEBUG',
  ),
);

/**
 * @typedef {{ status: number | null, stdout: string, stderr: string, ms: number }} Result
 */

/**
 * Runs a command to its end, with its output collected.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {Record<string, string>} [env]
 * @returns {Promise<Result>}
 */
function run(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env: { ...childEnv, ...env }, shell: process.platform === 'win32' && command === 'npm' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
  });
}

class Failure extends Error {}

/**
 * The message of an unexpected error: its stack when it has one.
 * @param {unknown} error
 */
function stackOf(error) {
  return /** @type {{ stack?: unknown } | null | undefined} */ (error)?.stack ?? error;
}

/**
 * @param {string} message
 * @param {Result} [result]
 * @returns {never}
 */
function fail(message, result) {
  const detail = result ? `\n--- exit ${result.status}\n--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-4000)}` : '';
  throw new Failure(`${message}${detail}`);
}

/**
 * @param {Result} result
 * @param {number} status
 * @param {string} what
 */
function expectStatus(result, status, what) {
  if (result.status !== status) fail(`${what}: expected exit code ${status}, got ${result.status}`, result);
}

/**
 * A leg's log, printed in one piece when the leg ends.
 * @param {string} name
 */
function logger(name) {
  /** @type {string[]} */
  const lines = [];
  return {
    lines,
    /**
     * @param {string} text
     * @param {number} [ms]
     */
    step(text, ms) {
      lines.push(`  [${name}] ${text}${ms === undefined ? '' : ` (${(ms / 1000).toFixed(1)} s)`}`);
    },
  };
}

/**
 * The findings of `eslint --format json`, as `file:line ruleId messageId`, with fatal errors kept.
 * @param {Result} result
 * @param {string} cwd
 * @param {string} what
 * @returns {string[]}
 */
function findingsOf(result, cwd, what) {
  /** @type {import('eslint').ESLint.LintResult[]} */
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    fail(`${what}: output is not JSON`, result);
  }
  return report.flatMap((file) =>
    file.messages.map(
      (m) => `${path.relative(cwd, file.filePath).replaceAll('\\', '/')}:${m.line} ${m.ruleId ?? '(fatal)'} ${m.messageId ?? m.message}`,
    ),
  );
}

const EXPECTED_FINDINGS = EXPECTED.map((e) => `${e.file}:${e.line} ${e.ruleId} ${e.messageId}`).sort();

/**
 * @param {Result} result
 * @param {string} cwd
 * @param {string} what
 */
function expectFindings(result, cwd, what) {
  expectStatus(result, 1, what);
  const found = findingsOf(result, cwd, what).sort();
  if (JSON.stringify(found) !== JSON.stringify(EXPECTED_FINDINGS)) {
    fail(`${what}: expected\n  ${EXPECTED_FINDINGS.join('\n  ')}\ngot\n  ${found.join('\n  ')}`, result);
  }
}

/**
 * Sets up one consumer project and runs its checks.
 * @param {Leg} spec
 * @param {string} tarball
 * @param {string} work
 * @returns {Promise<{ ok: boolean, lines: string[] }>}
 */
async function leg(spec, tarball, work) {
  const log = logger(spec.name);
  const dir = path.join(work, spec.name);
  const eslintBin = path.join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const eslint = (/** @type {string[]} */ args) => run(process.execPath, [eslintBin, ...args], dir);
  let ok = true;
  /**
   * One check: a failure is logged and the next check still runs.
   * @param {() => Promise<void>} body
   */
  async function check(body) {
    try {
      await body();
    } catch (error) {
      ok = false;
      log.step(`FAILED: ${error instanceof Failure ? error.message : stackOf(error)}`);
    }
  }

  await check(async () => {
    fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'types'), { recursive: true });
    const manifest = {
      name: `s3-regional-consumer-${spec.name}`,
      private: true,
      type: 'module',
      devDependencies: { 'eslint-plugin-s3-regional': `file:${tarball}`, ...spec.dependencies },
    };
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const [file, text] of Object.entries(SOURCES)) fs.writeFileSync(path.join(dir, file), text);
    const install = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
    expectStatus(install, 0, 'npm install');
    const versions = ['eslint', 'typescript-eslint', 'typescript', '@aws-sdk/client-s3']
      .map((name) => `${name}@${JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version}`)
      .join(', ');
    log.step(`npm install: ${versions}`, install.ms);
  });
  if (!ok) return { ok, lines: log.lines };

  await check(async () => {
    // The plugin's dependencies and peer dependencies resolve: npm reports missing or invalid ones.
    const ls = await run('npm', ['ls', 'eslint-plugin-s3-regional', '--all', '--loglevel=error'], dir);
    expectStatus(ls, 0, 'npm ls eslint-plugin-s3-regional --all (peer dependencies)');
    log.step('npm ls: no missing or invalid (peer) dependencies of the plugin', ls.ms);
  });

  await check(async () => {
    const entry = await run(process.execPath, ['check-entry.cjs'], dir);
    expectStatus(entry, 0, 'require() and import of the plugin');
    log.step(`require() === import().default; configs ${entry.stdout.trim()}`, entry.ms);
  });

  for (const config of ['eslint.config.mjs', 'eslint.config.cjs']) {
    await check(async () => {
      const found = await eslint(['--config', config, '--format', 'json', '.']);
      expectFindings(found, dir, `eslint --config ${config} .`);
      log.step(`eslint --config ${config} . -> exit 1, ${EXPECTED.map((e) => e.ruleId).join(' + ')}`, found.ms);
    });
    await check(async () => {
      const clean = await eslint(['--config', config, ...CLEAN_FILES]);
      expectStatus(clean, 0, `eslint --config ${config} ${CLEAN_FILES.join(' ')}`);
      log.step(`eslint --config ${config} ${CLEAN_FILES.join(' ')} -> exit 0`, clean.ms);
    });
  }

  await check(async () => {
    const tsc = await run(process.execPath, [path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'types'], dir);
    expectStatus(tsc, 0, 'tsc -p types (types/eslint.config.mts, types/require.cts)');
    log.step('tsc: eslint.config.mts (defineConfig with the three configs and the plugin) and require.cts type-check', tsc.ms);
  });

  if (spec.extras) {
    await check(async () => {
      const concurrent = await eslint(['--config', 'eslint.config.mjs', '--concurrency', '2', '--format', 'json', '.']);
      expectFindings(concurrent, dir, 'eslint --concurrency 2 .');
      log.step('eslint --concurrency 2 . -> exit 1, same findings', concurrent.ms);
    });

    await check(async () => {
      const sarifFile = path.join(dir, 'eslint.sarif');
      const sarif = await eslint(['--format', '@microsoft/eslint-formatter-sarif', '--output-file', sarifFile, '.']);
      expectStatus(sarif, 1, 'eslint --format @microsoft/eslint-formatter-sarif');
      /** @type {{ version: string, runs: { results: { ruleId: string }[], tool: { driver: { rules: { id: string }[] } } }[] }} */
      const sarifLog = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
      const ruleIds = sarifLog.runs.flatMap((r) => r.results.map((res) => res.ruleId)).sort();
      if (sarifLog.version !== '2.1.0' || JSON.stringify(ruleIds) !== JSON.stringify(EXPECTED.map((e) => e.ruleId).sort())) {
        fail(`SARIF: version ${sarifLog.version}, results ${ruleIds.join(', ')}`, sarif);
      }
      const described = /** @type {(typeof sarifLog.runs)[number]} */ (sarifLog.runs[0]).tool.driver.rules.map((r) => r.id);
      log.step(`SARIF 2.1.0 -> exit 1, results ${ruleIds.join(', ')}; rules described: ${described.join(', ')}`, sarif.ms);
    });

    await check(async () => {
      const editor = await run(process.execPath, ['editor-check.mjs'], dir);
      expectStatus(editor, 0, 'ESLint#lintText on unsaved text');
      log.step(`ESLint#lintText (editor, projectService): ${editor.stdout.trim()}`, editor.ms);
    });
  }
  if (spec.typescriptFloor) {
    // Last, since it replaces the project's TypeScript: the oldest TypeScript the package accepts.
    // S3_REGIONAL_DEBUG=1 turns analysis errors the rules would swallow into crashes.
    await check(async () => {
      const install = await run(
        'npm',
        ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `typescript@${spec.typescriptFloor}`],
        dir,
      );
      expectStatus(install, 0, `npm install typescript@${spec.typescriptFloor}`);
      const found = await run(process.execPath, [eslintBin, '--config', 'eslint.config.mjs', '--format', 'json', '.'], dir, {
        S3_REGIONAL_DEBUG: '1',
      });
      expectFindings(found, dir, `eslint . with typescript@${spec.typescriptFloor}`);
      log.step(`typescript@${spec.typescriptFloor} (peer range floor): eslint . -> exit 1, same findings`, install.ms + found.ms);
    });
  }
  return { ok, lines: log.lines };
}

// ---------------------------------------------------------------------------------------------
// The README's set-ups: every snippet marked `<!-- consumer: kind=… -->` or `<!-- consumer: install=… -->`
// right above its code fence is taken verbatim and run in a fresh project of that kind.

/** The marked snippets the README must have: a missing one fails the test. */
const README_SNIPPETS = /** @type {const} */ ([
  'install=typescript',
  'install=javascript',
  'install=oxlint',
  'install=typescript-7',
  'kind=typed-cjs-mjs',
  'kind=typed-cjs-mjs-mixed',
  'kind=untyped-ts-cjs-mjs',
  'kind=js-cjs-cjs',
  'kind=js-esm-js',
  'kind=oxlint',
  'kind=typescript-7-scripts',
]);
/** @typedef {(typeof README_SNIPPETS)[number]} SnippetId */

/**
 * The marked snippets of the README, by marker.
 * @returns {Map<string, string>}
 */
function readmeSnippets() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').replaceAll('\r\n', '\n');
  /** @type {Map<string, string>} */
  const snippets = new Map();
  for (const [, id = '', text = ''] of readme.matchAll(/<!-- consumer: (\S+) -->\n```[a-z]*\n([\s\S]*?)^```$/gm)) {
    if (snippets.has(id)) fail(`README: the marker <!-- consumer: ${id} --> is used twice`);
    snippets.set(id, text);
  }
  const missing = README_SNIPPETS.filter((id) => !snippets.has(id));
  const unknown = [...snippets.keys()].filter((id) => !(/** @type {readonly string[]} */ (README_SNIPPETS).includes(id)));
  if (missing.length > 0 || unknown.length > 0) {
    fail(
      `README: marked snippets missing: ${JSON.stringify(missing)}, unknown: ${JSON.stringify(unknown)} ` +
        '(a marker is an HTML comment on the line right above the code fence)',
    );
  }
  return snippets;
}

/**
 * The packages of an `npm install --save-dev …` line of the README, the plugin replaced by the tarball.
 * @param {string} snippet
 * @param {string} tarball
 */
function packagesOf(snippet, tarball) {
  const words = snippet.trim().split(/\s+/);
  if (words[0] !== 'npm' || words[1] !== 'install' || snippet.trim().includes('\n')) fail(`README: not one npm install line: ${snippet}`);
  return words.slice(2).filter((w) => !w.startsWith('-')).map((w) => (w === 'eslint-plugin-s3-regional' ? tarball : w));
}

/** The versions this repository tests against, for the applications' own dependencies. */
const devVersion = (/** @type {string} */ name) =>
  /** @type {string} */ (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version);
/** What the TypeScript fixtures' code imports (the types the typed tier reads). */
const APP_DEPENDENCIES = [
  `@aws-sdk/client-s3@${SDK_VERSION}`,
  `@aws-sdk/s3-request-presigner@${devVersion('@aws-sdk/s3-request-presigner')}`,
  `aws-sdk@${devVersion('aws-sdk')}`,
];

const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, noEmit: true },
    include: ['src'],
  },
  null,
  2,
)}\n`;

/** A TypeScript project: sources under tsconfig.json, and a CommonJS script outside it. */
const TS_FIXTURE = {
  '.gitignore': 'node_modules\n',
  'tsconfig.json': TSCONFIG,
  'src/app.ts': `import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const client = new S3Client({});

export function downloadUrl(key: string): Promise<string> {
  return getSignedUrl(client, new GetObjectCommand({ Bucket: 'my-bucket', Key: key }));
}

export const publicUrl = 'https://my-bucket.s3.amazonaws.com/k';
`,
  'src/s3-config.ts': `// Shared client options, in their own module.
export const s3Options = { region: 'aws-global' } as const;
`,
  'src/client.ts': `import { S3Client } from '@aws-sdk/client-s3';
import { s3Options } from './s3-config.js';

export const client = new S3Client(s3Options);
`,
  'scripts/legacy.js': `// A script outside tsconfig.json, on SDK v2.
const AWS = require('aws-sdk');

const s3 = new AWS.S3({ region: 'us-east-1' });

module.exports = { s3 };
`,
};
const TS_SYNTAX_FINDINGS = [
  'scripts/legacy.js:2 @typescript-eslint/no-require-imports noRequireImports',
  'scripts/legacy.js:4 s3-regional/no-unpinned-client usEast1Legacy',
  'src/app.ts:4 s3-regional/no-unpinned-client missingRegion',
  'src/app.ts:7 s3-regional/no-unpinned-presign unpinnedClient',
  'src/app.ts:10 s3-regional/no-global-endpoint globalHost',
];
/** With types also the client whose options come from another module. */
const TS_TYPED_FINDINGS = [...TS_SYNTAX_FINDINGS, 'src/client.ts:4 s3-regional/no-unpinned-client globalRegion'];

const JS_APP_LINES = {
  cjs: `const { GetObjectCommand, S3Client } = require('@aws-sdk/client-s3');
const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
const AWS = require('aws-sdk');

const client = new S3Client({});

function downloadUrl(key) {
  return getSignedUrl(client, new GetObjectCommand({ Bucket: 'my-bucket', Key: key }));
}

const publicUrl = 'https://my-bucket.s3.amazonaws.com/k';

const legacy = new AWS.S3({ region: 'us-east-1' });

module.exports = { downloadUrl, publicUrl, legacy };
`,
  esm: `import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import AWS from 'aws-sdk';

const client = new S3Client({});

export function downloadUrl(key) {
  return getSignedUrl(client, new GetObjectCommand({ Bucket: 'my-bucket', Key: key }));
}

export const publicUrl = 'https://my-bucket.s3.amazonaws.com/k';

export const legacy = new AWS.S3({ region: 'us-east-1' });
`,
};
/** A JavaScript project: the SDK code (not installed: the syntax tier needs no types) and a clean script. */
const jsFixture = (/** @type {'cjs' | 'esm'} */ kind) => ({
  '.gitignore': 'node_modules\n',
  'src/app.js': JS_APP_LINES[kind],
  'scripts/build.js':
    kind === 'cjs'
      ? `const fs = require('node:fs');\n\nfs.writeFileSync('build.txt', 'ok\\n');\n`
      : `import * as fs from 'node:fs';\n\nfs.writeFileSync('build.txt', 'ok\\n');\n`,
});
const JS_FINDINGS = [
  'src/app.js:5 s3-regional/no-unpinned-client missingRegion',
  'src/app.js:8 s3-regional/no-unpinned-presign unpinnedClient',
  'src/app.js:11 s3-regional/no-global-endpoint globalHost',
  'src/app.js:13 s3-regional/no-unpinned-client usEast1Legacy',
];
/** oxlint with every rule and the factory setting: `rule line` of each diagnostic. */
const OXLINT_FINDINGS = [
  'src/app.js:5 s3-regional(no-unpinned-client)',
  'src/app.js:5 s3-regional(prefer-client-factory)',
  'src/app.js:8 s3-regional(no-unpinned-presign)',
  'src/app.js:11 s3-regional(no-global-endpoint)',
  'src/app.js:13 s3-regional(no-unpinned-client)',
  'src/app.js:13 s3-regional(prefer-client-factory)',
];
const OXLINT_FIXED = JS_APP_LINES.cjs
  .replace('my-bucket.s3.amazonaws.com', 'my-bucket.s3.eu-west-1.amazonaws.com')
  .replace("{ region: 'us-east-1' }", "{ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' }");

/** The type-checked config alone, for a file linted without type information. */
const TYPED_REQUIRED = {
  'typed-required.config.cjs': `module.exports = [require('eslint-plugin-s3-regional').configs['recommended-type-checked']];\n`,
};

/**
 * @param {string[]} found
 * @param {string[]} expected
 * @param {string} what
 * @param {Result} result
 */
function sameFindings(found, expected, what, result) {
  const [a, b] = [[...found].sort(), [...expected].sort()];
  if (JSON.stringify(a) !== JSON.stringify(b)) fail(`${what}: expected\n  ${b.join('\n  ')}\ngot\n  ${a.join('\n  ')}`, result);
}

/**
 * A README set-up: its fresh project and its checks.
 * @typedef {{
 *   name: string,
 *   type: 'commonjs' | 'module',
 *   install: string[],
 *   files: Record<string, string>,
 *   checks: (p: Project) => Promise<void>,
 * }} Setup
 * @typedef {{
 *   dir: string,
 *   log: ReturnType<typeof logger>,
 *   check: (body: () => Promise<void>) => Promise<void>,
 *   write: (file: string, text: string) => void,
 *   node: (args: string[], env?: Record<string, string>) => Promise<Result>,
 *   eslintBin: string,
 *   eslint: (what: string, expected: string[], args?: string[]) => Promise<void>,
 * }} Project
 */

/**
 * The README's set-ups.
 * @param {Map<string, string>} snippets
 * @param {string} tarball
 * @returns {Setup[]}
 */
function readmeSetups(snippets, tarball) {
  const snippet = (/** @type {SnippetId} */ id) => /** @type {string} */ (snippets.get(id));
  const install = (/** @type {SnippetId} */ id) => packagesOf(snippet(id), tarball);

  /**
   * `require()` and `import` of the plugin, and what `npm ls` says of the project.
   * @param {Project} p
   */
  async function loads(p) {
    await p.check(async () => {
      // Not a file of the project: `eslint .` would lint it.
      const loaded = await p.node(['-e', SOURCES['check-entry.cjs']]);
      expectStatus(loaded, 0, 'require() and import of the plugin');
      const ls = await run('npm', ['ls', '--all', '--loglevel=error'], p.dir);
      expectStatus(ls, 0, 'npm ls --all (missing or invalid dependencies)');
      p.log.step(`plugin loads (require and import; configs ${loaded.stdout.trim()}); npm ls --all: no problems`, loaded.ms + ls.ms);
    });
  }

  /**
   * The type-checked config on a file without type information: the run stops with one message.
   * @param {Project} p
   * @param {string} pointer what the message must point at
   */
  async function typedRequired(p, pointer) {
    await p.check(async () => {
      const typed = await p.node([p.eslintBin, '--config', 'typed-required.config.cjs', 'src/app.js']);
      expectStatus(typed, 2, 'recommended-type-checked without type information');
      const message = typed.stderr.match(/s3-regional\/no-unpinned-client: \S+ was linted without type information[^\n]*/)?.[0];
      if (!message?.includes(pointer)) fail(`recommended-type-checked without type information: no message pointing at ${pointer}`, typed);
      p.log.step(`recommended-type-checked without types -> exit 2, the message points at ${pointer}`, typed.ms);
    });
  }

  return [
    {
      name: 'typed (recommended-type-checked, projectService, CommonJS package, eslint.config.mjs)',
      type: 'commonjs',
      install: [...install('install=typescript'), ...APP_DEPENDENCIES],
      files: { ...TS_FIXTURE, 'eslint.config.mjs': snippet('kind=typed-cjs-mjs') },
      async checks(p) {
        await p.eslint('eslint . (type-checked, allowDefaultProject)', TS_TYPED_FINDINGS);
        await p.check(async () => {
          p.write('eslint.config.mjs', snippet('kind=typed-cjs-mjs-mixed'));
          await p.eslint('eslint . (recommended, projectService for TypeScript files, JavaScript by syntax)', TS_TYPED_FINDINGS);
        });
      },
    },
    {
      name: 'untyped TypeScript (typescript-eslint parser without projectService, recommended)',
      type: 'commonjs',
      // No SDK installed: the syntax tier needs no types.
      install: install('install=typescript'),
      files: { ...TS_FIXTURE, 'eslint.config.mjs': snippet('kind=untyped-ts-cjs-mjs') },
      async checks(p) {
        await p.eslint('eslint . (no type information: the cross-module client is not seen)', TS_SYNTAX_FINDINGS);
      },
    },
    {
      name: 'JavaScript, CommonJS (ESLint default parser, eslint.config.cjs)',
      type: 'commonjs',
      install: install('install=javascript'),
      files: {
        ...jsFixture('cjs'),
        'eslint.config.cjs': snippet('kind=js-cjs-cjs'),
        ...TYPED_REQUIRED,
      },
      async checks(p) {
        await p.check(async () => {
          const ls = await run('npm', ['ls', 'typescript', '--all', '--loglevel=error'], p.dir);
          if (!ls.stdout.includes('(empty)')) fail('npm ls typescript: TypeScript is installed', ls);
          p.log.step('npm ls typescript: (empty), no TypeScript installed', ls.ms);
        });
        await loads(p);
        await p.eslint('eslint . (eslint.config.cjs)', JS_FINDINGS);
        await typedRequired(p, '"Typed linting"');
      },
    },
    {
      name: 'JavaScript, "type": "module" (eslint.config.js)',
      type: 'module',
      install: install('install=javascript'),
      files: { ...jsFixture('esm'), 'eslint.config.js': snippet('kind=js-esm-js') },
      async checks(p) {
        await p.eslint('eslint . (eslint.config.js)', JS_FINDINGS);
      },
    },
    {
      name: 'oxlint (JS plugin, .oxlintrc.json)',
      type: 'commonjs',
      install: install('install=oxlint'),
      files: { ...jsFixture('cjs'), '.oxlintrc.json': snippet('kind=oxlint') },
      async checks(p) {
        const oxlint = (/** @type {string[]} */ args) => p.node([path.join(p.dir, 'node_modules', 'oxlint', 'bin', 'oxlint'), ...args]);
        await p.check(async () => {
          const version = await oxlint(['--version']);
          const result = await oxlint(['--format', 'json']);
          expectStatus(result, 1, 'oxlint');
          /** @type {{ diagnostics: { filename: string, code: string, message: string, labels: { span: { line: number } }[] }[] }} */
          const report = JSON.parse(result.stdout);
          const found = report.diagnostics.map((d) => `${d.filename}:${d.labels[0]?.span.line} ${d.code}`);
          sameFindings(found, OXLINT_FINDINGS, 'oxlint', result);
          if (!report.diagnostics.some((d) => d.message.includes('my-bucket.s3.eu-west-1.amazonaws.com'))) {
            fail('oxlint: the settings (regions) did not reach the rules', result);
          }
          p.log.step(`${version.stdout.trim()}: exit 1, ${found.length} findings of the four rules (syntax tier), settings applied`, result.ms);
        });
        await p.check(async () => {
          const fixed = await oxlint(['--fix', '--format', 'json']);
          const text = fs.readFileSync(path.join(p.dir, 'src', 'app.js'), 'utf8');
          if (text !== OXLINT_FIXED) fail(`oxlint --fix: src/app.js is\n${text}`, fixed);
          // The region first; the factory rewrite is offered without types only once the config is
          // pinned, so a second run takes it.
          const suggested = await oxlint(['--fix-suggestions', '--format', 'json']);
          const between = fs.readFileSync(path.join(p.dir, 'src', 'app.js'), 'utf8');
          if (!between.includes("new S3Client({ region: 'eu-west-1' })")) fail(`oxlint --fix-suggestions: src/app.js is\n${between}`, suggested);
          const again = await oxlint(['--fix-suggestions', '--format', 'json']);
          const after = fs.readFileSync(path.join(p.dir, 'src', 'app.js'), 'utf8');
          if (!after.includes("createS3Client({ region: 'eu-west-1' })") || !after.includes("require('./s3')")) {
            fail(`oxlint --fix-suggestions (second run): src/app.js is\n${after}`, again);
          }
          p.log.step(
            'oxlint --fix: the two fixes (regional host, s3UsEast1RegionalEndpoint); --fix-suggestions: the region, then the factory call',
            fixed.ms + suggested.ms + again.ms,
          );
        });
      },
    },
    {
      name: 'TypeScript 7 beside TypeScript 6 (typescript@6 for linting, ts7 alias for tsc)',
      type: 'commonjs',
      install: [...install('install=typescript-7'), ...APP_DEPENDENCIES],
      files: { ...TS_FIXTURE, 'eslint.config.mjs': snippet('kind=typed-cjs-mjs') },
      async checks(p) {
        await p.check(async () => {
          const manifestPath = path.join(p.dir, 'package.json');
          const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
          Object.assign(manifest, JSON.parse(snippet('kind=typescript-7-scripts')));
          fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
          const versions = await p.node(['-p', "require('typescript').version + ' / ' + require('ts7/package.json').version"]);
          const typecheck = await run('npm', ['run', '--silent', 'typecheck'], p.dir);
          expectStatus(typecheck, 0, 'npm run typecheck (TypeScript 7 tsc)');
          const broken = path.join(p.dir, 'src', 'broken.ts');
          fs.writeFileSync(broken, 'export const n: number = "not a number";\n');
          const failing = await run('npm', ['run', '--silent', 'typecheck'], p.dir);
          fs.rmSync(broken);
          if (failing.status === 0 || !failing.stdout.includes('TS2322')) fail('TypeScript 7 tsc does not report a type error', failing);
          p.log.step(`typescript / ts7: ${versions.stdout.trim()}; npm run typecheck (ts7 tsc) -> exit 0, and TS2322 on a type error`, typecheck.ms + failing.ms);
        });
        await p.eslint('eslint . (typed, TypeScript 6 as typescript)', TS_TYPED_FINDINGS);
        await loads(p);
      },
    },
    {
      name: 'TypeScript 7 as typescript (no TypeScript 6: the syntax tier only)',
      type: 'commonjs',
      install: [...install('install=javascript'), 'typescript@^7'],
      files: { ...jsFixture('cjs'), 'eslint.config.cjs': snippet('kind=js-cjs-cjs'), ...TYPED_REQUIRED },
      async checks(p) {
        await loads(p);
        await p.eslint('eslint . (recommended, ESLint default parser)', JS_FINDINGS);
        await typedRequired(p, '#typescript-7');
      },
    },
  ];
}

/**
 * Makes a README set-up's project (`npm init -y`, then its `npm install --save-dev`) and runs its checks.
 * @param {Setup} setup
 * @param {number} index
 * @param {string} work
 * @returns {Promise<{ ok: boolean, lines: string[] }>}
 */
async function readmeProject(setup, index, work) {
  const log = logger(`readme-${index + 1}`);
  const dir = path.join(work, `readme-${index + 1}`);
  let ok = true;
  /** @type {Project} */
  const p = {
    dir,
    log,
    async check(body) {
      try {
        await body();
      } catch (error) {
        ok = false;
        log.step(`FAILED: ${error instanceof Failure ? error.message : stackOf(error)}`);
      }
    },
    write(file, text) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    },
    node: (args, env) => run(process.execPath, args, dir, env),
    eslintBin: path.join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js'),
    eslint: (what, expected, args = []) =>
      p.check(async () => {
        const result = await p.node([p.eslintBin, '--format', 'json', ...args, '.']);
        expectStatus(result, 1, what);
        sameFindings(findingsOf(result, dir, what), expected, what, result);
        log.step(`${what} -> exit 1, the ${expected.length} expected findings`, result.ms);
      }),
  };
  log.step(setup.name);
  await p.check(async () => {
    fs.mkdirSync(dir, { recursive: true });
    const init = await run('npm', ['init', '-y', '--loglevel=error'], dir);
    expectStatus(init, 0, 'npm init -y');
    const manifestPath = path.join(dir, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (setup.type === 'module') manifest.type = 'module';
    else if (manifest.type !== undefined && manifest.type !== 'commonjs') fail(`npm init -y: "type": ${manifest.type}`);
    fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    for (const [file, text] of Object.entries(setup.files)) p.write(file, text);
    // No --force, no --legacy-peer-deps: what the README says must install as it is.
    const install = await run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...setup.install], dir);
    expectStatus(install, 0, `npm install --save-dev ${setup.install.map((w) => path.basename(w)).join(' ')}`);
    const installed = JSON.parse(fs.readFileSync(manifestPath, 'utf8')).devDependencies;
    log.step(
      `npm install: ${Object.keys(installed)
        .filter((name) => name !== 'eslint-plugin-s3-regional' && !APP_DEPENDENCIES.some((d) => d.startsWith(`${name}@`)))
        .map((name) => `${name}@${JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version}`)
        .join(', ')} + the packed plugin${setup.install.some((d) => APP_DEPENDENCIES.includes(d)) ? ' + the SDKs' : ''}`,
      install.ms,
    );
  });
  if (ok) await setup.checks(p);
  return { ok, lines: log.lines };
}

/**
 * Runs the jobs, at most `limit` at a time, in order.
 * @template T
 * @param {(() => Promise<T>)[]} jobs
 * @param {number} limit
 * @returns {Promise<T[]>}
 */
async function pool(jobs, limit) {
  /** @type {T[]} */
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await /** @type {() => Promise<T>} */ (jobs[index])();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
    console.error('consumer test: dist/ is missing; run `npm run build` first (or `npm run test:consumer`).');
    process.exit(1);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 's3-regional-consumer-'));
  let ok = true;
  try {
    // What `npm publish` would upload. --ignore-scripts: the build is fresh (prepack would rebuild it).
    const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--loglevel=error', '--pack-destination', work], root);
    expectStatus(pack, 0, 'npm pack');
    /** @type {[{ filename: string, files: { path: string }[], size: number, unpackedSize: number }]} */
    const [packed] = JSON.parse(pack.stdout);
    const tarball = path.join(work, packed.filename);
    const files = packed.files.map((f) => f.path);
    const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts', 'docs/rules/no-unpinned-client.md'];
    const missing = required.filter((f) => !files.includes(f));
    const unwanted = files.filter(
      (f) =>
        !/^(dist\/.+\.(js|d\.ts)|docs\/.+\.md|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(f) ||
        /(^|\/)(tests?|__tests__|fixtures)\/|\.(test|spec)\.|^docs\/architecture\.md$/.test(f),
    );
    if (missing.length > 0 || unwanted.length > 0) {
      fail(`npm pack: missing ${JSON.stringify(missing)}, unwanted ${JSON.stringify(unwanted)}`);
    }
    // Declarations may only import what the package declares: a type reached through another
    // package's dependency (`@eslint/core` via eslint) resolves under npm's hoisting but not under pnpm.
    /** @type {{ dependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} */
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const undeclared = [];
    for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
      // Without comments: their examples (`import AWS from 'aws-sdk'`) import nothing.
      const text = fs
        .readFileSync(path.join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const [, specifier = ''] of text.matchAll(/(?:from\s+|import\(\s*)['"]([^'"]+)['"]/g)) {
        if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : /** @type {string} */ (specifier.split('/')[0]);
        if (!declared.has(name)) undeclared.push(`${file}: ${specifier}`);
      }
    }
    if (undeclared.length > 0) fail(`declarations import undeclared packages:\n  ${undeclared.join('\n  ')}`);
    console.log(
      `consumer: packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB (${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked) (${(pack.ms / 1000).toFixed(1)} s)`,
    );

    const bin = (/** @type {string} */ name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
    const publint = await run(bin('publint'), ['run', tarball, '--strict'], root);
    expectStatus(publint, 0, 'publint');
    console.log(`consumer: publint --strict: ${publint.stdout.trim().split('\n').pop()} (${(publint.ms / 1000).toFixed(1)} s)`);
    // .attw.json ignores cjs-resolves-to-esm: require() of this ES module needs Node >= 20.19 (see CONTRIBUTING.md).
    const attw = await run(bin('attw'), [tarball, '--format', 'ascii', '--no-color'], root);
    expectStatus(attw, 0, 'are-the-types-wrong');
    console.log(`consumer: are-the-types-wrong: no problems (${(attw.ms / 1000).toFixed(1)} s)`);

    const snippets = readmeSnippets();
    console.log(`consumer: README: the ${snippets.size} marked snippets are there`);

    if (skipProjects) {
      console.log('consumer: SKIP_CONSUMER=1, the consumer projects are skipped');
      return;
    }
    const setups = readmeSetups(snippets, tarball);
    const jobs = [
      ...LEGS.map((spec) => () => leg(spec, tarball, work)),
      ...setups.map((setup, index) => () => readmeProject(setup, index, work)),
    ];
    const results = await pool(jobs, JOBS);
    for (const result of results) {
      console.log(result.lines.join('\n'));
      ok &&= result.ok;
    }
  } catch (error) {
    ok = false;
    console.error(`consumer: FAILED: ${error instanceof Failure ? error.message : stackOf(error)}`);
  } finally {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`consumer: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
    if (ok && !keep) {
      const removing = Date.now();
      await fs.promises.rm(work, { recursive: true, force: true });
      console.log(`consumer: temporary projects removed (${((Date.now() - removing) / 1000).toFixed(1)} s)`);
    } else console.log(`consumer: projects kept in ${work}`);
  }
  if (!ok) process.exitCode = 1;
}

await main();
