#!/usr/bin/env node
// @ts-check
// Lints any project directory with every rule of the built plugin (dist/), typed where possible,
// and prints each finding and a summary by rule. For trying the plugin on real code:
//
//   npm run smoke -- <dir> [--all] [--strict] [--untyped] [--json <file>] [--settings '<json>'] [--debug]
//
// - Files: every .ts/.tsx/.mts/.cts/.js/.jsx/.mjs/.cjs file under <dir>, except node_modules, build
//   output, declaration files and minified or huge bundles. By default only the files that could
//   give a finding are linted (their text mentions the SDK, an S3 host, a presign method or an S3
//   client); `--all` lints every file (slower; useful to hunt crashes).
// - Types: each file is linted with the project service (the nearest tsconfig.json). A file no
//   tsconfig includes is linted against a generated tsconfig (allowJs) kept in a temporary
//   directory: nothing is written into <dir>. The SDK's types resolve from <dir>'s node_modules;
//   without them the type-aware rules stay silent (install the project's dependencies first).
// - `--untyped`: no type information at all (typescript-eslint's parser without a project), as in
//   plain ESLint or oxlint: each rule's syntax tier.
// - Files are linted one at a time, so one crash does not hide the others. A rule exception is a
//   crash; `--debug` (S3_REGIONAL_DEBUG=1) also turns the analysis errors the rules swallow into
//   crashes. Exit code: 2 when anything crashed, 1 when something was found, 0 otherwise.
// - The project's own ESLint config and inline `eslint-disable` comments are ignored.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { PRESIGN_NAMES, mayContainAwsHost, mayUseSdk } from '../dist/sdk/index.js';

/** @import { Linter } from 'eslint' */
/** @typedef {'project' | 'generated' | 'untyped'} Mode how a file got its types: its project's tsconfig, a generated one, or none */
/** @import { ParserOptions } from '@typescript-eslint/parser' */
/** @typedef {import('../dist/index.js').default} Plugin */

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.turbo',
  '.cache',
  '.svelte-kit',
  'vendor',
  'bower_components',
  '.yarn',
  '.pnpm-store',
]);
const MAX_FILE_BYTES = 1_000_000;
/**
 * Could the rules report on this text? The plugin's own file-level tests (one home for that
 * knowledge), plus client class names for files that build clients from an import elsewhere.
 * @param {string} text
 */
function isRelevant(text) {
  return (
    mayUseSdk(text) ||
    mayContainAwsHost(text) ||
    [...PRESIGN_NAMES].some((name) => text.includes(name)) ||
    /S3Client|\bS3\b/.test(text)
  );
}

/**
 * @param {string} [message]
 * @returns {never}
 */
function usage(message) {
  if (message) console.error(message);
  console.error("usage: node scripts/smoke.mjs <dir> [--all] [--strict] [--untyped] [--json <file>] [--settings '<json>'] [--debug]");
  process.exit(64);
}

/**
 * @typedef {object} Options
 * @property {string} dir
 * @property {boolean} all
 * @property {boolean} strict
 * @property {string | undefined} json
 * @property {Record<string, unknown>} settings
 * @property {boolean} debug
 * @property {boolean} quiet
 * @property {boolean} untyped
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Omit<Options, 'dir'> & { dir: string | undefined }} */
  const options = { dir: undefined, all: false, strict: false, json: undefined, settings: {}, debug: false, quiet: false, untyped: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    if (arg === '--all') options.all = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--debug') options.debug = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--untyped') options.untyped = true;
    else if (arg === '--json') options.json = argv[++i] ?? usage('--json needs a file');
    else if (arg === '--settings') {
      try {
        options.settings = JSON.parse(argv[++i] ?? usage('--settings needs JSON'));
      } catch (error) {
        usage(`--settings: ${/** @type {Error} */ (error).message}`);
      }
    } else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (options.dir === undefined) options.dir = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (options.dir === undefined) usage();
  return { ...options, dir: options.dir };
}

/**
 * Source files under dir, sorted, with those skipped and why.
 * @param {string} dir
 */
function collectFiles(dir) {
  /** @type {string[]} */
  const files = [];
  /** @type {{ large: string[], minified: number }} */
  const skipped = { large: [], minified: 0 };
  /** @param {string} current */
  const walk = (current) => {
    let entries;
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
        continue;
      }
      if (!entry.isFile()) continue;
      const ext = path.extname(entry.name);
      if (!EXTENSIONS.has(ext) || /\.d\.[mc]?ts$/.test(entry.name)) continue;
      if (/[.-]min\.[mc]?js$/.test(entry.name)) {
        skipped.minified++;
        continue;
      }
      if (fs.statSync(full).size > MAX_FILE_BYTES) {
        skipped.large.push(full);
        continue;
      }
      files.push(full);
    }
  };
  walk(dir);
  files.sort();
  return { files, skipped };
}

/** @param {string} dir */
function hasNodeModules(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, 'node_modules'))) return true;
    if (path.dirname(current) === current) return false;
  }
}

/**
 * A tsconfig (in a temporary directory) for files no tsconfig of the project includes.
 * @param {string} dir
 * @param {string[]} files
 */
function writeFallbackTsconfig(dir, files) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 's3-regional-smoke-'));
  const typeRoots = [path.join(dir, 'node_modules', '@types'), path.join(root, 'node_modules', '@types')].filter((p) =>
    fs.existsSync(p),
  );
  const config = {
    compilerOptions: {
      target: 'esnext',
      module: 'preserve',
      moduleResolution: 'bundler',
      allowJs: true,
      checkJs: false,
      jsx: 'preserve',
      strict: false,
      skipLibCheck: true,
      noEmit: true,
      esModuleInterop: true,
      allowSyntheticDefaultImports: true,
      resolveJsonModule: true,
      experimentalDecorators: true,
      allowArbitraryExtensions: true,
      typeRoots,
      types: [],
    },
    files,
  };
  const file = path.join(tmp, 'tsconfig.json');
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return { file, tmp };
}

/** @returns {Promise<Plugin>} */
async function loadPlugin() {
  const entry = path.join(root, 'dist', 'index.js');
  if (!fs.existsSync(entry)) usage(`the plugin is not built: ${entry} is missing (npm run build)`);
  const module = /** @type {{ default: Plugin }} */ (await import(new URL(`file://${entry}`).href));
  return module.default;
}

/**
 * @param {Plugin} plugin
 * @param {boolean} strict
 * @returns {Linter.RulesRecord}
 */
function ruleEntries(plugin, strict) {
  /** @type {Linter.RulesRecord} */
  const rules = {};
  for (const name of Object.keys(plugin.rules)) rules[`s3-regional/${name}`] = 'error';
  if (strict && plugin.configs?.strict?.rules) Object.assign(rules, plugin.configs.strict.rules);
  return rules;
}

/**
 * @param {string} dir
 * @param {Plugin} plugin
 * @param {Linter.RulesRecord} rules
 * @param {Record<string, unknown>} settings
 * @param {ParserOptions} parserOptions
 */
function makeESLint(dir, plugin, rules, settings, parserOptions) {
  return new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    ignore: false,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
        languageOptions: {
          parser: tsParser,
          sourceType: 'module',
          parserOptions: { ecmaFeatures: { jsx: true }, ...parserOptions },
        },
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        plugins: { 's3-regional': plugin },
        rules,
        settings: { 's3-regional': settings },
      },
    ],
  });
}

/**
 * Was this fatal message the project service saying no tsconfig includes the file?
 * @param {Linter.LintMessage} message
 */
function notInProject(message) {
  return message.fatal === true && /project service|not found by the project|was not found by|not included in/i.test(message.message);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.debug) process.env.S3_REGIONAL_DEBUG = '1';
  const dir = path.resolve(options.dir);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) usage(`not a directory: ${dir}`);
  const plugin = await loadPlugin();
  const rules = ruleEntries(plugin, options.strict);
  const started = Date.now();

  const { files: all, skipped } = collectFiles(dir);
  const files = options.all ? all : all.filter((file) => isRelevant(fs.readFileSync(file, 'utf8')));
  const rootTsconfig = fs.existsSync(path.join(dir, 'tsconfig.json'));
  const log = options.quiet ? () => {} : (/** @type {string} */ line) => console.log(line);
  log(`# ${dir}`);
  log(
    `${all.length} source files, ${files.length} to lint${options.all ? '' : ' (mentioning S3; --all for every file)'}; ` +
      `tsconfig.json at the root: ${rootTsconfig ? 'yes' : 'no'}; node_modules: ${hasNodeModules(dir) ? 'found' : 'none (SDK types unresolved)'}`,
  );

  const mode = /** @type {Mode} */ (options.untyped ? 'untyped' : 'project');
  const service = makeESLint(dir, plugin, rules, options.settings, options.untyped ? {} : { projectService: true, tsconfigRootDir: dir });
  /** @type {{ file: string, line: number, column: number, rule: string, message: string, mode: Mode }[]} */
  const findings = [];
  /** @type {{ file: string, mode: Mode, error: string }[]} */
  const crashes = [];
  /** @type {{ file: string, mode: Mode, message: string, line: number | undefined }[]} */
  const parseErrors = [];
  /** @type {string[]} */
  const outside = [];
  /** @type {Set<string>} */
  const linted = new Set();

  /**
   * One file; an exception is a crash.
   * @param {ESLint} eslint
   * @param {string} file
   * @param {Mode} mode
   */
  async function lintOne(eslint, file, mode) {
    try {
      const [result] = await eslint.lintFiles([file]);
      return result;
    } catch (error) {
      crashes.push({ file: path.relative(dir, file), mode, error: String(/** @type {{ stack?: unknown } | null | undefined} */ (error)?.stack ?? error).split('\n').slice(0, 8).join('\n') });
      return undefined;
    }
  }

  /**
   * @param {ESLint.LintResult} result
   * @param {string} file
   * @param {Mode} mode
   */
  function record(result, file, mode) {
    const fatal = result.messages.filter((m) => m.fatal);
    if (fatal.length > 0) {
      for (const m of fatal) parseErrors.push({ file: path.relative(dir, file), mode, message: m.message, line: m.line });
      return;
    }
    linted.add(file);
    for (const m of result.messages) {
      // Warnings about the project's own inline directives, which the smoke run ignores on purpose.
      if (m.ruleId === null) continue;
      findings.push({ file: path.relative(dir, file), line: m.line, column: m.column, rule: m.ruleId, message: m.message, mode });
    }
  }

  for (const file of files) {
    const result = await lintOne(service, file, mode);
    if (!result) continue;
    if (result.messages.some(notInProject)) {
      outside.push(file);
      continue;
    }
    record(result, file, mode);
  }

  let fallbackTmp;
  if (outside.length > 0) {
    const fallback = writeFallbackTsconfig(dir, outside);
    fallbackTmp = fallback.tmp;
    const eslint = makeESLint(dir, plugin, rules, options.settings, { project: fallback.file, tsconfigRootDir: dir });
    for (const file of outside) {
      const result = await lintOne(eslint, file, 'generated');
      if (result) record(result, file, 'generated');
    }
  }
  if (fallbackTmp) fs.rmSync(fallbackTmp, { recursive: true, force: true });

  for (const f of findings) log(`${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
  const byRule = new Map(Object.keys(rules).map((rule) => [rule, 0]));
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);

  log('');
  log('# Summary');
  log(`files linted: ${linted.size} (${linted.size - outside.filter((f) => linted.has(f)).length} with their tsconfig, ${outside.filter((f) => linted.has(f)).length} with a generated one)`);
  if (skipped.large.length + skipped.minified > 0) log(`files skipped: ${skipped.large.length} over 1 MB, ${skipped.minified} minified`);
  log('findings by rule:');
  for (const [rule, count] of byRule) log(`  ${rule}: ${count}`);
  log(`parse errors: ${parseErrors.length}`);
  for (const p of parseErrors.slice(0, 20)) log(`  ${p.file}:${p.line ?? 0} (${p.mode}) ${p.message.split('\n')[0]}`);
  if (parseErrors.length > 20) log(`  … ${parseErrors.length - 20} more`);
  log(`crashes: ${crashes.length}`);
  for (const c of crashes) log(`  ${c.file} (${c.mode})\n    ${c.error.replaceAll('\n', '\n    ')}`);
  log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (options.json) {
    const summary = {
      dir,
      sourceFiles: all.length,
      filesLinted: linted.size,
      filesWithGeneratedTsconfig: outside.filter((f) => linted.has(f)).length,
      byRule: Object.fromEntries(byRule),
      findings,
      parseErrors,
      crashes,
    };
    fs.writeFileSync(options.json, JSON.stringify(summary, null, 2));
  }
  process.exitCode = crashes.length > 0 ? 2 : findings.length > 0 ? 1 : 0;
}

await main();
