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
//    Both projects are set up and run at the same time. KEEP_CONSUMER=1 keeps the temporary
//    directory; it is also kept, and its path printed, when something fails.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipProjects = process.env.SKIP_CONSUMER === '1';
const keep = process.env.KEEP_CONSUMER === '1';

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
  assert.deepStrictEqual(Object.keys(required.configs).sort(), ['all', 'recommended', 'strict']);
  for (const [name, config] of Object.entries(required.configs)) {
    assert.strictEqual(config.plugins['s3-regional'], required, name);
    assert.ok(Object.keys(config.rules).length > 0, name);
  }
  assert.ok(required.configs.strict.rules['s3-regional/prefer-client-factory'], 'strict has prefer-client-factory');
  assert.deepStrictEqual(required.configs.strict.rules['s3-regional/no-unpinned-presign'], ['error', { reportUnproven: true }]);
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
      const text = fs.readFileSync(path.join(root, file), 'utf8');
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

    if (skipProjects) {
      console.log('consumer: SKIP_CONSUMER=1, the consumer projects are skipped');
      return;
    }
    const results = await Promise.all(LEGS.map((spec) => leg(spec, tarball, work)));
    for (const result of results) {
      console.log(result.lines.join('\n'));
      ok &&= result.ok;
    }
  } catch (error) {
    ok = false;
    console.error(`consumer: FAILED: ${error instanceof Failure ? error.message : stackOf(error)}`);
  } finally {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (ok && !keep) fs.rmSync(work, { recursive: true, force: true });
    else console.log(`consumer: projects kept in ${work}`);
    console.log(`consumer: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
  }
  if (!ok) process.exitCode = 1;
}

await main();
