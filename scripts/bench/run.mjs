// @ts-check
// The benchmark's runs: each lints the files in a fresh child process (this module, started with
// `--worker`), with ESLint's statistics (`stats: true`), and sends back every number the report
// needs. scripts/bench.mjs is the command line.
//
// A fresh process per run, so every run pays the same cold start: typescript-eslint's project
// service creates TypeScript's program and checker once per process.
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @import { ESLint, Linter } from 'eslint' */
/** @import { NodeGCPerformanceDetail } from 'node:perf_hooks' */

/** The plugin's rules are measured under this prefix. */
export const PLUGIN_PREFIX = 's3-regional/';
/** The type-aware rule the plugin is compared with, measured in the same run. */
export const REFERENCE_RULE = '@typescript-eslint/no-floating-promises';

/**
 * @typedef {object} Job What one run lints, and with which build of the plugin.
 * @property {string} cwd
 * @property {string} tsconfigRootDir
 * @property {string[]} files absolute paths
 * @property {string} plugin the built plugin's entry (`--plugin`)
 * @property {boolean} gcAdjusted also time the measured rules with a wrapper (`--gc-adjusted`)
 *
 * @typedef {{ parse: number, rules: number, fix: number, total: number }} Phases
 * @typedef {{ count: number, ms: number, majorMs: number, inLint: number }} GcStats
 * @typedef {{ measured: number, inGc: number, calls: number }} AdjustedTime
 * @typedef {{ starts: number[], ends: number[], calls: number }} RuleTimings
 *
 * @typedef {object} RunResult One run's numbers (times in ms, summed over files; rules by id).
 * @property {number} files
 * @property {Record<string, number>} rules every measured rule's time
 * @property {Record<string, number>} inOtherFiles the same, in files that do not mention `aws-sdk`
 * @property {number} otherFiles how many files do not mention `aws-sdk`
 * @property {Record<string, number>} findings
 * @property {Phases} phases
 * @property {number} fatal messages that are parse errors
 * @property {string[]} fatalFiles up to three of them, with their file
 * @property {{ file: string, parse: number, total: number } | undefined} firstFile the file with the longest parse
 * @property {{ file: string, ms: number, byRule: Record<string, number> }[]} slowest the five slowest files for the plugin
 * @property {number} lintWall wall clock of lintFiles()
 * @property {GcStats} gc
 * @property {Record<string, AdjustedTime> | undefined} adjusted with `--gc-adjusted`
 * @property {number} processWall wall clock of the child process's work
 * @property {number} maxRssKb
 *
 * @typedef {{ type: 'job', job: Job } | { type: 'result', result: RunResult } | { type: 'error', error: string }} Message
 */

/**
 * The rules a run measures: the reference rule first, as in a real config (typescript-eslint's
 * configs, then plugins), then every rule of the plugin object, so new rules are measured without
 * naming them anywhere.
 * @param {ESLint.Plugin} plugin
 * @returns {string[]}
 */
export function measuredRules(plugin) {
  return [REFERENCE_RULE, ...Object.keys(plugin.rules ?? {}).map((name) => PLUGIN_PREFIX + name)];
}

/**
 * The built plugin at `file`: its default export, which must have rules.
 * @param {string} file
 * @returns {Promise<ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']> }>}
 */
async function loadPlugin(file) {
  const plugin = /** @type {{ default?: ESLint.Plugin }} */ (await import(pathToFileURL(file).href)).default;
  if (!plugin?.rules || Object.keys(plugin.rules).length === 0) throw new Error(`${file}: its default export is not a plugin with rules`);
  return /** @type {ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']> }} */ (plugin);
}

// ---------------------------------------------------------------------------------------------
// One run, in a child process
// ---------------------------------------------------------------------------------------------

/**
 * @param {Job} job
 * @returns {Promise<RunResult>}
 */
async function worker(job) {
  const started = performance.now();
  // Garbage-collection pauses land in whichever rule happens to allocate: report them, so a noisy
  // run can be told from a slow rule.
  /** @type {GcStats} */
  const gc = { count: 0, ms: 0, majorMs: 0, inLint: 0 };
  /** @type {[number, number][]} */
  const gcIntervals = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.ms += entry.duration;
      gcIntervals.push([entry.startTime, entry.startTime + entry.duration]);
      const detail = /** @type {NodeGCPerformanceDetail | undefined} */ (/** @type {{ detail?: unknown }} */ (entry).detail);
      if (detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) gc.majorMs += entry.duration;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const { ESLint } = await import('eslint');
  const tseslint = (await import('typescript-eslint')).default;
  const plugin = await loadPlugin(job.plugin);
  const measured = measuredRules(plugin);
  const pluginRules = measured.filter((rule) => rule.startsWith(PLUGIN_PREFIX));
  /** @type {Map<string, RuleTimings>} */
  const timings = new Map();
  const eslint = new ESLint({
    cwd: job.cwd,
    overrideConfigFile: true,
    stats: true,
    cache: false,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: job.tsconfigRootDir },
        },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        plugins: job.gcAdjusted
          ? {
              '@typescript-eslint': instrumentPlugin(tseslint.plugin, '@typescript-eslint/', [REFERENCE_RULE], timings),
              's3-regional': instrumentPlugin(plugin, PLUGIN_PREFIX, pluginRules, timings),
            }
          : { '@typescript-eslint': tseslint.plugin, 's3-regional': plugin },
        rules: Object.fromEntries(measured.map((rule) => [rule, /** @type {Linter.RuleSeverity} */ ('error')])),
        settings: { 's3-regional': { regions: ['eu-west-1'] } },
      },
    ],
  });
  const lintStarted = performance.now();
  const results = await eslint.lintFiles(job.files);
  const lintEnded = performance.now();
  const lintWall = lintEnded - lintStarted;
  await new Promise((resolve) => setImmediate(resolve));
  gcObserver.disconnect();
  gc.inLint = gcIntervals.reduce(
    (sum, [start, end]) => sum + Math.max(0, Math.min(end, lintEnded) - Math.max(start, lintStarted)),
    0,
  );

  /** @type {Record<string, number>} */
  const rules = Object.fromEntries(measured.map((rule) => [rule, 0]));
  // The same split the type-aware rules make: files whose text mentions `aws-sdk`, and the rest.
  /** @type {Record<string, number>} */
  const inOtherFiles = Object.fromEntries(Object.keys(rules).map((rule) => [rule, 0]));
  let otherFiles = 0;
  /** @type {Record<string, number>} */
  const findings = Object.fromEntries(Object.keys(rules).map((rule) => [rule, 0]));
  /** @type {Phases} */
  const phases = { parse: 0, rules: 0, fix: 0, total: 0 };
  /** @type {{ plugin: RunResult['slowest'] }} */
  const slowest = { plugin: [] };
  let fatal = 0;
  /** @type {{ file: string, parse: number, total: number } | undefined} */
  let firstFile;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      else if (message.ruleId && message.ruleId in findings) findings[message.ruleId] = (findings[message.ruleId] ?? 0) + 1;
    }
    let pluginHere = 0;
    /** @type {Record<string, number>} */
    const byRule = {};
    const other = !fs.readFileSync(result.filePath, 'utf8').includes('aws-sdk');
    if (other) otherFiles++;
    for (const pass of result.stats?.times.passes ?? []) {
      phases.parse += pass.parse?.total ?? 0;
      phases.fix += pass.fix?.total ?? 0;
      phases.total += pass.total ?? 0;
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) {
        rules[rule] = (rules[rule] ?? 0) + total;
        if (other) inOtherFiles[rule] = (inOtherFiles[rule] ?? 0) + total;
        phases.rules += total;
        if (rule.startsWith(PLUGIN_PREFIX)) {
          pluginHere += total;
          byRule[rule] = (byRule[rule] ?? 0) + total;
        }
      }
      // ESLint lints in the order files are read, not in result order: the program is built in
      // the parse of whichever file came first, the one with by far the longest parse.
      if (!firstFile || (pass.parse?.total ?? 0) > firstFile.parse) {
        firstFile = { file: result.filePath, parse: pass.parse?.total ?? 0, total: pass.total ?? 0 };
      }
    }
    slowest.plugin.push({ file: path.relative(job.cwd, result.filePath), ms: pluginHere, byRule });
  }
  slowest.plugin.sort((a, b) => b.ms - a.ms);
  slowest.plugin = slowest.plugin.slice(0, 5);
  const fatalFiles = results
    .filter((r) => r.messages.some((m) => m.fatal))
    .slice(0, 3)
    .map((r) => `${path.relative(job.cwd, r.filePath)}: ${r.messages.find((m) => m.fatal)?.message}`);
  return {
    files: results.length,
    rules,
    inOtherFiles,
    otherFiles,
    findings,
    phases,
    fatal,
    fatalFiles,
    firstFile: firstFile && { ...firstFile, file: path.relative(job.cwd, firstFile.file) },
    slowest: slowest.plugin,
    lintWall,
    gc,
    adjusted: job.gcAdjusted ? adjustForGc(timings, gcIntervals) : undefined,
    processWall: performance.now() - started,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

// ---------------------------------------------------------------------------------------------
// --gc-adjusted: time the measured rules again, minus the GC pauses that fell inside them
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {(this: unknown, ...args: unknown[]) => unknown} Listener
 * @typedef {{ create(context: unknown): Record<string, Listener> }} TimedRule
 */

/**
 * The plugin with the named rules wrapped: create() and every listener call is recorded as an
 * interval on the performance clock (the clock GC entries use). The wrapper costs two clock reads
 * per call, which ESLint's own numbers for these rules then include (well under 0.1 µs a call).
 * @template {object} P
 * @param {P} original
 * @param {string} prefix
 * @param {string[]} ruleIds
 * @param {Map<string, RuleTimings>} timings
 * @returns {P}
 */
function instrumentPlugin(original, prefix, ruleIds, timings) {
  const originalRules = /** @type {{ rules: Record<string, TimedRule> }} */ (original).rules;
  /** @type {Record<string, TimedRule>} */
  const rules = { ...originalRules };
  for (const ruleId of ruleIds) {
    const name = ruleId.slice(prefix.length);
    const rule = /** @type {TimedRule} */ (originalRules[name]);
    /** @type {RuleTimings} */
    const record = { starts: [], ends: [], calls: 0 };
    timings.set(ruleId, record);
    rules[name] = {
      ...rule,
      create(context) {
        const start = performance.now();
        let listeners;
        try {
          listeners = rule.create(context);
        } finally {
          record.starts.push(start);
          record.ends.push(performance.now());
        }
        /** @type {Record<string, Listener>} */
        const wrapped = {};
        for (const [selector, listener] of Object.entries(listeners)) {
          wrapped[selector] = function timedListener(...args) {
            const begin = performance.now();
            try {
              return listener.apply(this, args);
            } finally {
              record.calls++;
              record.starts.push(begin);
              record.ends.push(performance.now());
            }
          };
        }
        return wrapped;
      },
    };
  }
  return { ...original, rules };
}

/**
 * Each rule's time, with and without the GC pauses that overlap its intervals.
 * @param {Map<string, RuleTimings>} timings
 * @param {[number, number][]} gcIntervals
 * @returns {Record<string, AdjustedTime>}
 */
function adjustForGc(timings, gcIntervals) {
  const pauses = [...gcIntervals].sort((a, b) => a[0] - b[0]);
  /** @param {number} index */
  const pause = (index) => /** @type {[number, number]} */ (pauses[index]);
  /** @type {Record<string, AdjustedTime>} */
  const result = {};
  for (const [ruleId, { starts, ends, calls }] of timings) {
    let measured = 0;
    let inGc = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = /** @type {number} */ (starts[i]);
      const end = /** @type {number} */ (ends[i]);
      measured += end - start;
      // The first pause that ends after this interval starts (pauses do not overlap each other).
      let lo = 0;
      let hi = pauses.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pause(mid)[1] <= start) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < pauses.length && pause(j)[0] < end; j++) {
        inGc += Math.min(end, pause(j)[1]) - Math.max(start, pause(j)[0]);
      }
    }
    result[ruleId] = { measured, inGc, calls };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The parent's side, and the child's entry
// ---------------------------------------------------------------------------------------------

/**
 * One run in a fresh child process.
 * @param {Job} job
 * @returns {Promise<RunResult>}
 */
export function runChild(job) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    /** @type {Message | undefined} */
    let answer;
    child.on('message', (/** @type {Message} */ message) => {
      if (message.type === 'job') return;
      answer = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.type === 'result') resolve(answer.result);
      else reject(new Error(answer?.type === 'error' ? answer.error : `benchmark worker exited with code ${code}`));
    });
    child.send(/** @type {Message} */ ({ type: 'job', job }));
  });
}

const isChild = process.argv[2] === '--worker' && process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isChild) {
  /** @param {Message} message */
  const reply = (message) => process.send?.(message, () => process.exit(message.type === 'result' ? 0 : 1));
  process.once('message', (/** @type {{ type: 'job', job: Job }} */ message) => {
    worker(message.job).then(
      (result) => reply({ type: 'result', result }),
      (error) => reply({ type: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}
