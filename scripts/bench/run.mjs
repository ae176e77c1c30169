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
/** The untyped run's other rules: what an untyped TypeScript project typically runs. */
export const UNTYPED_REFERENCE = '@eslint/js recommended + typescript-eslint recommended';
/** The files typescript-eslint's parser lints. */
export const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
/**
 * The text that marks a file as using a package the plugin's rules recognise: the S3 SDKs
 * (`aws-sdk`, `@aws-sdk/…`), the CDK and the other signers, as the rules' own text tests read it
 * (`mayUseSdk`, `mayUseCdk`, `mayUseOtherSigner` in src/sdk/). minio needs none: its endpoint is a
 * host no-global-endpoint finds by its own text test.
 */
export const PACKAGE_MARKERS = ['aws-sdk', 'aws-cdk-lib', 'aws4fetch', '@smithy/signature-v4'];

/**
 * Why a rule may go past its text test in a file that imports no S3 SDK, by design: the reasons
 * the benchmark accepts, by tier and rule. Any other file where a rule gets a visitor fails the
 * target "files without an SDK import cost a text test only".
 * @type {Record<'typed' | 'untyped', Record<string, string[]>>}
 */
export const ACCEPTED_REASONS = {
  // no-global-endpoint judges hand-written hosts, SDK or not; a v2 client can be injected into a
  // file that never imports the SDK, and only types can tell (two symbol lookups per call).
  typed: { 'no-global-endpoint': ['spells amazonaws', 'has a string escape'], 'no-unpinned-presign': ['names a presigner'] },
  untyped: { 'no-global-endpoint': ['spells amazonaws', 'has a string escape'] },
};

/**
 * What a file without an SDK import has that may concern a rule (for the report; the rules have
 * their own tests).
 * @param {string} text
 * @returns {string}
 */
export function textReason(text) {
  if (/amazonaws/i.test(text)) return 'spells amazonaws';
  // \u, \x or a line continuation could spell it in a string.
  if (text.includes('\\u') || text.includes('\\x') || text.includes('\\\n')) return 'has a string escape';
  if (/\b(getSignedUrl|getSignedUrlPromise|createPresignedPost|presign|presignWithCredentials)\b/.test(text)) return 'names a presigner';
  return 'nothing';
}

/**
 * @typedef {object} Job What one run lints, and with which build of the plugin.
 * @property {'typed' | 'untyped'} tier typed: typescript-eslint's project service and
 *   no-floating-promises; untyped: the parser without a project, and the recommended rules of
 *   ESLint's own and typescript-eslint's (UNTYPED_REFERENCE)
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
 * @property {Record<string, number>} inOtherFiles the same, in files that name none of PACKAGE_MARKERS
 * @property {number} otherFiles how many files name none of PACKAGE_MARKERS
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
 * @property {'typed' | 'untyped'} tier
 * @property {Record<string, Visited>} visited per plugin rule: the files where create() returned a visitor
 *
 * @typedef {object} Visited Where a rule got past its text test (create() returned listeners).
 * @property {number} sdkFiles files that name one of PACKAGE_MARKERS
 * @property {number} otherFiles files that do not
 * @property {Record<string, number>} otherByReason the latter, by what their text has (`textReason`)
 * @property {string[]} unexplained up to five of the latter for a reason not in ACCEPTED_REASONS
 *
 * @typedef {{ type: 'job', job: Job } | { type: 'result', result: RunResult } | { type: 'error', error: string }} Message
 */

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
  const original = await loadPlugin(job.plugin);
  const pluginRules = Object.keys(original.rules).map((name) => PLUGIN_PREFIX + name);
  /** @type {Map<string, Set<string>>} */
  const withVisitor = new Map(pluginRules.map((rule) => [rule, new Set()]));
  const plugin = recordVisitors(original, withVisitor);
  /** @type {Map<string, RuleTimings>} */
  const timings = new Map();
  const pluginEntry = { 's3-regional': job.gcAdjusted ? instrumentPlugin(plugin, PLUGIN_PREFIX, pluginRules, timings) : plugin };
  const pluginConfig = {
    rules: Object.fromEntries(pluginRules.map((rule) => [rule, /** @type {Linter.RuleSeverity} */ ('error')])),
    settings: { 's3-regional': { regions: ['eu-west-1'] } },
  };
  /** @type {Linter.Config[]} */
  let config;
  /** @type {string[]} */
  let measured;
  if (job.tier === 'typed') {
    measured = [REFERENCE_RULE, ...pluginRules];
    config = [
      {
        files: TS_FILES,
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: job.tsconfigRootDir },
        },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        plugins: {
          '@typescript-eslint': job.gcAdjusted ? instrumentPlugin(tseslint.plugin, '@typescript-eslint/', [REFERENCE_RULE], timings) : tseslint.plugin,
          ...pluginEntry,
        },
        // The reference rule first, as in a real config (typescript-eslint's configs, then plugins).
        rules: { [REFERENCE_RULE]: 'error', ...pluginConfig.rules },
        settings: pluginConfig.settings,
      },
    ];
  } else {
    config = untypedConfig((await import('@eslint/js')).default, tseslint, pluginEntry, pluginConfig);
    measured = pluginRules;
  }
  const eslint = new ESLint({ cwd: job.cwd, overrideConfigFile: true, stats: true, cache: false, overrideConfig: config });
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
  /** @type {Record<string, Visited>} */
  const visited = Object.fromEntries(pluginRules.map((rule) => [rule, { sdkFiles: 0, otherFiles: 0, otherByReason: {}, unexplained: [] }]));
  // The same split the type-aware rules make: files whose text names a package they recognise, and the rest.
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
    const text = fs.readFileSync(result.filePath, 'utf8');
    const other = !PACKAGE_MARKERS.some((marker) => text.includes(marker));
    if (other) otherFiles++;
    for (const [rule, files] of withVisitor) {
      if (!files.has(result.filePath)) continue;
      const entry = /** @type {Visited} */ (visited[rule]);
      if (!other) {
        entry.sdkFiles++;
        continue;
      }
      entry.otherFiles++;
      const reason = textReason(text);
      entry.otherByReason[reason] = (entry.otherByReason[reason] ?? 0) + 1;
      const accepted = ACCEPTED_REASONS[job.tier][rule.slice(PLUGIN_PREFIX.length)] ?? [];
      if (!accepted.includes(reason) && entry.unexplained.length < 5) entry.unexplained.push(path.relative(job.cwd, result.filePath));
    }
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
    tier: job.tier,
    visited,
  };
}

/**
 * The untyped run's config: what an untyped TypeScript project typically runs (@eslint/js and
 * typescript-eslint recommended, typescript-eslint's parser without a project), then the plugin.
 * The same config is written for the ESLint CLI (`untypedConfigSource`).
 * @param {{ configs: { recommended: Linter.Config } }} js
 * @param {{ configs: { recommended: unknown[] } }} tseslint
 * @param {Record<string, unknown>} pluginEntry
 * @param {{ rules: Linter.RulesRecord, settings: Record<string, unknown> }} pluginConfig
 * @returns {Linter.Config[]}
 */
export function untypedConfig(js, tseslint, pluginEntry, pluginConfig) {
  return [
    { ...js.configs.recommended, files: TS_FILES },
    .../** @type {Linter.Config[]} */ (tseslint.configs.recommended).map((entry) => ({ ...entry, files: entry.files ?? TS_FILES })),
    {
      files: TS_FILES,
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: /** @type {Linter.Config['plugins']} */ (pluginEntry),
      rules: pluginConfig.rules,
      settings: pluginConfig.settings,
    },
  ];
}

/**
 * The plugin with each rule's create() wrapped to record the files where it returned listeners,
 * that is where the rule got past its text test. The wrapper costs one call per rule and file.
 * @template {ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']> }} P
 * @param {P} original
 * @param {Map<string, Set<string>>} withVisitor by rule id: file paths
 * @returns {P}
 */
function recordVisitors(original, withVisitor) {
  const rules = /** @type {Record<string, TimedRule>} */ (original.rules);
  return {
    ...original,
    rules: Object.fromEntries(
      Object.entries(rules).map(([name, rule]) => {
        const files = withVisitor.get(PLUGIN_PREFIX + name) ?? new Set();
        /** @type {TimedRule} */
        const wrapped = {
          ...rule,
          create(context) {
            const listeners = rule.create(context);
            if (Object.keys(listeners).length > 0) files.add(/** @type {{ filename: string }} */ (context).filename);
            return listeners;
          },
        };
        return [name, wrapped];
      }),
    ),
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
