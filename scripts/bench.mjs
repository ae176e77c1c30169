#!/usr/bin/env node
// @ts-check
// The plugin's cost budget, measured: lint a typed corpus (or a real project) with ESLint's own
// statistics (`stats: true`) and compare the plugin's rules with the whole typed lint and with
// `@typescript-eslint/no-floating-promises` measured in the same run.
//
//   npm run build && node scripts/bench.mjs                 # default corpus: 1,000 files, 10% S3, 3 runs
//   node scripts/bench.mjs --files 250 --runs 5             # another size, median of 5 runs
//   node scripts/bench.mjs --sdk-share 0.2 --seed 7         # a different mix
//   node scripts/bench.mjs ../my-service                    # a real project (its tsconfig.json)
//   node scripts/bench.mjs ../my-service/tsconfig.app.json  # ... or a given tsconfig
//   node scripts/bench.mjs --json out.json                  # also write the numbers as JSON
//   node scripts/bench.mjs --plugin ../candidate/dist/index.js  # measure another build of the plugin
//   node scripts/bench.mjs --gc-adjusted                    # also time the rules without GC pauses
//   node scripts/bench.mjs --tiers untyped,oxlint --files 300   # only some of the measurements
//   node scripts/bench.mjs --cli-runs 9                     # more whole-process rounds (oxlint, ESLint CLI)
//
// Three measurements (`--tiers`, all by default):
// - typed: the plugin's typed tier, against the typed lint (the budget above);
// - untyped: the syntax tier, with typescript-eslint's parser without a project and the recommended
//   rules of @eslint/js and typescript-eslint: at most 2% of that lint time (ESLint's statistics);
// - oxlint: whole processes, oxlint alone against oxlint with the plugin's rules as a JS plugin
//   (at most 2x), and the ESLint CLI without types with the plugin, for comparison.
// The typed and untyped runs also record where each rule got past its text test: files that import
// no S3 SDK must cost a text test only (apart from the reasons by design, in bench/run.mjs).
//
// The corpus is generated from a seed into .bench/corpus-<N>/ (rewritten only when the options or
// the generator change), with a tsconfig.json, and an eslint.config.js for trying the ESLint CLI.
// See docs/performance.md for what it contains and for the numbers.
//
// Each run lints in a fresh child process, so every run pays the same cold start (TypeScript's
// program and checker are created once per process by typescript-eslint's project service).
// The budget: all plugin rules together at most 1% of total typed-lint time and at most 0.25x
// the time of no-floating-promises. The exit code is 1 when the budget fails, 2 on bad usage or
// when linting fails.
//
// Total typed-lint time is the sum over files of ESLint's per-file `total` (parse + rules + fix).
// The typed parse (typescript-eslint building the program, the AST maps and the checker) is in
// `parse`; the rules' own time, including each rule's create(), is in `rules`. Wall-clock time is
// printed too; it adds file enumeration, config loading and the project service's start.
//
// The pieces: bench/corpus.mjs writes the corpus (or lists a project's files), bench/run.mjs lints
// in a child process and collects the numbers, bench/report.mjs prints the tables and the verdict.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS, runCli, writeCliConfigs } from './bench/cli.mjs';
import { projectFiles, writeCorpus } from './bench/corpus.mjs';
import {
  printCli,
  printHeader,
  printReport,
  printRun,
  printTargets,
  printTextTest,
  printUntypedReport,
  printUntypedRun,
  summarise,
  writeJson,
} from './bench/report.mjs';
import { runChild } from './bench/run.mjs';

/** @import { Run, Target, Verdict } from './bench/report.mjs' */
/** @import { CliRun, Command } from './bench/cli.mjs' */
/** @import { RunResult } from './bench/run.mjs' */

const TIERS = ['typed', 'untyped', 'oxlint'];

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {object} Options
 * @property {number} files corpus size
 * @property {number} sdkShare share of corpus files that use the S3 SDKs
 * @property {number} seed
 * @property {number} runs
 * @property {string | undefined} json
 * @property {string} plugin the built plugin's entry
 * @property {boolean} gcAdjusted
 * @property {string | undefined} project a project directory or tsconfig, instead of the corpus
 * @property {Set<string>} tiers which measurements: typed, untyped, oxlint
 * @property {number} cliRuns whole-process rounds (oxlint alone, oxlint + plugin, ESLint untyped)
 */

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

/**
 * @param {string} [message]
 * @returns {never}
 */
function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error(
    'usage: node scripts/bench.mjs [--files N] [--sdk-share F] [--seed S] [--runs K] [--json FILE] [--plugin FILE] [--gc-adjusted] [--tiers typed,untyped,oxlint] [--cli-runs K] [project-dir | tsconfig.json]',
  );
  process.exit(2);
}

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Options} */
  const options = { files: 1000, sdkShare: 0.1, seed: 1, runs: 3, json: undefined, plugin: path.join(root, 'dist', 'index.js'), gcAdjusted: false, project: undefined, tiers: new Set(TIERS), cliRuns: 7 };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const value = () => {
      const next = argv[++i];
      if (next === undefined) usage(`${arg} needs a value`);
      return next;
    };
    /**
     * @param {string} text
     * @param {(n: number) => boolean} check
     */
    const number = (text, check) => {
      const n = Number(text);
      if (!Number.isFinite(n) || !check(n)) usage(`bad value for ${arg}: ${text}`);
      return n;
    };
    if (arg === '--files') options.files = number(value(), (n) => Number.isInteger(n) && n >= 20);
    else if (arg === '--sdk-share') options.sdkShare = number(value(), (n) => n >= 0 && n <= 1);
    else if (arg === '--seed') options.seed = number(value(), Number.isInteger);
    else if (arg === '--runs') options.runs = number(value(), (n) => Number.isInteger(n) && n >= 1);
    else if (arg === '--json') options.json = value();
    else if (arg === '--plugin') options.plugin = path.resolve(value());
    else if (arg === '--gc-adjusted') options.gcAdjusted = true;
    else if (arg === '--tiers') {
      const tiers = value().split(',').filter(Boolean);
      const unknown = tiers.filter((tier) => !TIERS.includes(tier));
      if (tiers.length === 0 || unknown.length > 0) usage(`--tiers takes a list of ${TIERS.join(', ')}${unknown.length > 0 ? `, not ${unknown.join(', ')}` : ''}`);
      options.tiers = new Set(tiers);
    } else if (arg === '--cli-runs') options.cliRuns = number(value(), (n) => Number.isInteger(n) && n >= 1);
    else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (options.project === undefined) options.project = arg;
    else usage(`unexpected argument ${arg}`);
  }
  return options;
}

/**
 * What to lint: the given project, or the corpus (written first if needed).
 * @param {Options} options
 * @returns {Promise<{ label: string, cwd: string, tsconfigRootDir: string, files: string[] }>}
 */
async function resolveTarget(options) {
  if (options.project !== undefined) {
    const given = path.resolve(options.project);
    const tsconfig = fs.statSync(given, { throwIfNoEntry: false })?.isDirectory() ? path.join(given, 'tsconfig.json') : given;
    if (!fs.existsSync(tsconfig)) usage(`no tsconfig at ${tsconfig}`);
    const dir = path.dirname(tsconfig);
    const target = { label: `project ${dir} (${path.basename(tsconfig)})`, cwd: dir, tsconfigRootDir: dir, files: await projectFiles(tsconfig) };
    if (target.files.length === 0) usage(`${tsconfig} includes no TypeScript files`);
    return target;
  }
  const corpus = writeCorpus(options);
  const { stats } = corpus;
  return {
    label: `corpus ${path.relative(root, corpus.dir)}: ${stats.files} files (${stats.sdkFiles} use the S3 SDKs: ${Object.entries(stats.byKind)
      .filter(([kind]) => kind !== 'app')
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ')}), ${stats.lines.toLocaleString('en')} lines, seed ${options.seed}`,
    cwd: corpus.dir,
    tsconfigRootDir: corpus.dir,
    files: await projectFiles(path.join(corpus.dir, 'tsconfig.json')),
  };
}

/**
 * One tier's ESLint runs, each in a fresh child process.
 * @param {'typed' | 'untyped'} tier
 * @param {Options} options
 * @param {{ cwd: string, tsconfigRootDir: string, files: string[] }} target
 * @param {(index: number, run: Run) => void} print
 * @returns {Promise<Run[]>}
 */
async function eslintRuns(tier, options, target, print) {
  /** @type {Run[]} */
  const runs = [];
  for (let r = 0; r < options.runs; r++) {
    /** @type {RunResult} */
    const result = await runChild({ tier, cwd: target.cwd, tsconfigRootDir: target.tsconfigRootDir, files: target.files, plugin: options.plugin, gcAdjusted: options.gcAdjusted });
    if (result.fatal > 0) {
      console.error(`\nbench: ${result.fatal} file(s) failed to parse (${tier}), for example:\n  ${result.fatalFiles.join('\n  ')}`);
      if (options.project === undefined) process.exit(2);
    }
    const run = { result, summary: summarise(result) };
    print(r, run);
    runs.push(run);
  }
  return runs;
}

/**
 * The whole-process rounds: one warm-up (discarded), then the commands interleaved.
 * @param {Options} options
 * @param {{ cwd: string, files: string[] }} target
 * @returns {Promise<Record<Command, CliRun[]>>}
 */
async function cliRuns(options, target) {
  const plugin = /** @type {{ default: { rules: Record<string, unknown> } }} */ (await import(pathToFileURL(options.plugin).href)).default;
  const configs = writeCliConfigs(options.plugin, Object.keys(plugin.rules), target.cwd);
  const job = { cwd: target.cwd, files: target.files, plugin: options.plugin };
  /** @type {Record<Command, CliRun[]>} */
  const runs = { oxlint: [], 'oxlint+noop-js-plugin': [], 'oxlint+plugin': [], 'eslint-untyped+plugin': [] };
  for (const command of COMMANDS) if (command !== 'eslint-untyped+plugin') await runCli(command, configs, job);
  for (let r = 0; r < options.cliRuns; r++) {
    const walls = [];
    for (const command of COMMANDS) {
      const run = await runCli(command, configs, job);
      runs[command].push(run);
      walls.push(`${command} ${run.wall.toFixed(0)} ms`);
    }
    console.log(`round ${r + 1}: ${walls.join(', ')}`);
  }
  return runs;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(options.plugin)) usage(`${path.relative(process.cwd(), options.plugin)} is missing: run \`npm run build\` first`);
  const target = await resolveTarget(options);
  printHeader(target.label, options.runs, options);

  /** @type {Target[]} */
  const targets = [];
  /** @type {Run[]} */
  let typed = [];
  /** @type {Verdict | undefined} */
  let verdict;
  if (options.tiers.has('typed')) {
    typed = await eslintRuns('typed', options, target, printRun);
    verdict = printReport(typed, options);
    targets.push(
      { name: 'typed tier: plugin share of typed lint time', value: `${(verdict.share * 100).toFixed(3)}%`, limit: '<= 1.000%', pass: verdict.share <= 0.01 },
      { name: 'typed tier: plugin / no-floating-promises', value: `${verdict.ratio.toFixed(3)}x`, limit: '<= 0.25x', pass: verdict.ratio <= 0.25 },
    );
  }
  /** @type {Run[]} */
  let untyped = [];
  if (options.tiers.has('untyped')) {
    if (typed.length > 0) console.log('');
    untyped = await eslintRuns('untyped', options, target, printUntypedRun);
    targets.push(printUntypedReport(untyped));
  }
  if (typed.length > 0 || untyped.length > 0) targets.push(printTextTest({ typed: typed[0], untyped: untyped[0] }));
  /** @type {Record<Command, CliRun[]> | undefined} */
  let cli;
  if (options.tiers.has('oxlint')) {
    console.log('');
    cli = await cliRuns(options, target);
    targets.push(printCli(cli, untyped[0]));
  }
  const pass = printTargets(targets);
  if (options.json) writeJson(options.json, target.label, typed, verdict, { untyped, cli, targets, pass });
  process.exitCode = pass ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
