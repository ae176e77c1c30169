// @ts-check
// The benchmark's report: the header, a line per run, the tables of rules and phases (medians
// across runs), and the budget's verdict; optionally every number as JSON. scripts/bench.mjs is
// the command line.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { PLUGIN_PREFIX, REFERENCE_RULE } from './run.mjs';

/** @import { RunResult } from './run.mjs' */

/** All plugin rules together: at most this share of total typed-lint time, and this ratio to the reference rule. */
export const BUDGET = { share: 0.01, ratio: 0.25 };

/**
 * @typedef {{ plugin: number, reference: number, share: number, wallShare: number, ratio: number }} Summary
 * @typedef {{ result: RunResult, summary: Summary }} Run
 * @typedef {{ share: number, ratio: number, pass: boolean }} Verdict
 */

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i]);
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const pct = (/** @type {number} */ value) => `${(value * 100).toFixed(3)}%`;

/**
 * The plugin's time in one run, against the total and against the reference rule.
 * @param {RunResult} run
 * @returns {Summary}
 */
export function summarise(run) {
  const plugin = Object.entries(run.rules)
    .filter(([rule]) => rule.startsWith(PLUGIN_PREFIX))
    .reduce((sum, [, t]) => sum + t, 0);
  const reference = run.rules[REFERENCE_RULE] ?? 0;
  return {
    plugin,
    reference,
    share: plugin / run.phases.total,
    wallShare: plugin / run.lintWall,
    ratio: reference > 0 ? plugin / reference : Number.POSITIVE_INFINITY,
  };
}

/**
 * A plain-text table: the first column left-aligned, the others right-aligned.
 * @param {(string | number)[][]} rows the header first
 */
function table(rows) {
  const widths = /** @type {(string | number)[]} */ (rows[0]).map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  return rows
    .map(
      (row, r) =>
        row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c] ?? 0) : String(cell).padStart(widths[c] ?? 0))).join('  ') +
        (r === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}

/**
 * @param {string} target what is linted
 * @param {number} runs how many runs
 */
export function printHeader(target, runs) {
  console.log(`# s3-regional benchmark`);
  console.log(`target:  ${target}`);
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  console.log(`rules:   ${REFERENCE_RULE} + every s3-regional rule, typed (projectService), one process per run, ${runs} run(s)`);
}

/**
 * The line for one run, as it ends.
 * @param {number} index from 0
 * @param {Run} run
 */
export function printRun(index, { result, summary: s }) {
  console.log(
    `run ${index + 1}: lint ${ms(result.lintWall)}, plugin ${ms(s.plugin)} (${pct(s.share)}), ${REFERENCE_RULE} ${ms(s.reference)}, ratio ${s.ratio.toFixed(3)}x, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MiB`,
  );
}

/**
 * The tables (medians across runs), the optional GC-adjusted table, and the budget's verdict.
 * @param {Run[]} runs at least one
 * @param {{ gcAdjusted: boolean }} options
 * @returns {Verdict}
 */
export function printReport(runs, options) {
  const first = /** @type {Run} */ (runs[0]).result;
  // Per-rule and per-phase medians across runs.
  const med = (/** @type {(run: Run) => number} */ pickValue) => median(runs.map(pickValue));
  const rules = Object.keys(first.rules);
  const total = med((r) => r.result.phases.total);
  const files = first.files;
  const otherFiles = first.otherFiles;
  /** @type {(string | number)[][]} */
  const rows = [
    ['rule', 'time', 'share of lint time', 'per file', `in ${files - otherFiles} SDK files`, `in ${otherFiles} other files`, 'findings'],
  ];
  const pluginOther = (/** @type {Run} */ r) =>
    Object.entries(r.result.inOtherFiles)
      .filter(([rule]) => rule.startsWith(PLUGIN_PREFIX))
      .reduce((sum, [, t]) => sum + t, 0);
  for (const rule of rules) {
    const t = med((r) => r.result.rules[rule] ?? 0);
    const o = med((r) => r.result.inOtherFiles[rule] ?? 0);
    rows.push([rule, ms(t), pct(t / total), `${((t / files) * 1000).toFixed(1)} µs`, ms(t - o), ms(o), first.findings[rule] ?? 0]);
  }
  const plugin = med((r) => r.summary.plugin);
  const o = med(pluginOther);
  rows.push(['all s3-regional rules', ms(plugin), pct(plugin / total), `${((plugin / files) * 1000).toFixed(1)} µs`, ms(plugin - o), ms(o), '']);
  console.log(`\n## Rules (median of ${runs.length} run(s); share = rule time / sum of per-file totals)\n`);
  console.log(table(rows));
  console.log(`\n## Phases (median)\n`);
  console.log(
    table([
      ['phase', 'time', 'share'],
      ['parse (typed: program, AST maps, checker)', ms(med((r) => r.result.phases.parse)), pct(med((r) => r.result.phases.parse) / total)],
      ['rules (all, incl. create())', ms(med((r) => r.result.phases.rules)), pct(med((r) => r.result.phases.rules) / total)],
      ['fix', ms(med((r) => r.result.phases.fix)), pct(med((r) => r.result.phases.fix) / total)],
      ['total lint time (sum of per-file totals)', ms(total), '100.000%'],
      ['wall clock of lintFiles()', ms(med((r) => r.result.lintWall)), ''],
      ['wall clock of the run (incl. loading ESLint)', ms(med((r) => r.result.processWall)), ''],
    ]),
  );
  const firstFile = first.firstFile;
  if (firstFile) console.log(`\nlongest parse (${firstFile.file}): ${ms(firstFile.parse)} of its total ${ms(firstFile.total)} (the first file linted: the project service builds the program and checker there)`);
  console.log(`peak RSS: ${(med((r) => r.result.maxRssKb) / 1024).toFixed(0)} MiB (median of the runs' child processes)`);
  console.log(
    `GC pauses: ${ms(med((r) => r.result.gc.ms))} in ${med((r) => r.result.gc.count)} collections (major ${ms(med((r) => r.result.gc.majorMs))}); they count towards whichever rule was running`,
  );
  console.log(`\nslowest files for the plugin (run 1):`);
  for (const entry of first.slowest) {
    const parts = Object.entries(entry.byRule)
      .filter(([, t]) => t >= 0.05)
      .map(([rule, t]) => `${rule.slice(PLUGIN_PREFIX.length)} ${t.toFixed(2)}`)
      .join(', ');
    console.log(`  ${ms(entry.ms).padStart(9)}  ${entry.file}  (${parts})`);
  }

  if (options.gcAdjusted) printGcAdjusted(runs, rules);

  const share = med((r) => r.summary.share);
  const ratio = med((r) => r.summary.ratio);
  const wallShare = med((r) => r.summary.wallShare);
  const shareOk = share <= BUDGET.share;
  const ratioOk = ratio <= BUDGET.ratio;
  console.log(`\n## Budget (median of ${runs.length} run(s))\n`);
  console.log(`plugin share of total lint time: ${pct(share)} (of wall clock: ${pct(wallShare)})  budget <= ${pct(BUDGET.share)}  ${shareOk ? 'PASS' : 'FAIL'}`);
  console.log(`plugin / ${REFERENCE_RULE}: ${ratio.toFixed(3)}x  budget <= ${BUDGET.ratio}x  ${ratioOk ? 'PASS' : 'FAIL'}`);
  console.log(shareOk && ratioOk ? '\nPASS' : '\nFAIL');
  return { share, ratio, pass: shareOk && ratioOk };
}

/**
 * `--gc-adjusted`: the measured rules timed by a wrapper, with and without the GC pauses inside.
 * @param {Run[]} runs
 * @param {string[]} rules
 */
function printGcAdjusted(runs, rules) {
  const med = (/** @type {(run: Run) => number} */ pickValue) => median(runs.map(pickValue));
  const adjusted = (/** @type {Run} */ r) => r.result.adjusted ?? {};
  /** @type {(string | number)[][]} */
  const adjustedRows = [['rule', 'timed', 'in GC pauses', 'without GC', 'listener calls']];
  for (const rule of rules) {
    const measured = med((r) => adjusted(r)[rule]?.measured ?? 0);
    const inGc = med((r) => adjusted(r)[rule]?.inGc ?? 0);
    const without = med((r) => (adjusted(r)[rule]?.measured ?? 0) - (adjusted(r)[rule]?.inGc ?? 0));
    adjustedRows.push([rule, ms(measured), ms(inGc), ms(without), adjusted(/** @type {Run} */ (runs[0]))[rule]?.calls ?? 0]);
  }
  const pluginWithout = (/** @type {Run} */ r) =>
    Object.entries(adjusted(r))
      .filter(([rule]) => rule.startsWith(PLUGIN_PREFIX))
      .reduce((sum, [, t]) => sum + t.measured - t.inGc, 0);
  const referenceWithout = (/** @type {Run} */ r) => (adjusted(r)[REFERENCE_RULE]?.measured ?? 0) - (adjusted(r)[REFERENCE_RULE]?.inGc ?? 0);
  console.log(`\n## Without GC pauses (--gc-adjusted, median of ${runs.length} run(s); a diagnostic, not the gate)\n`);
  console.log(table(adjustedRows));
  console.log(
    `plugin share of total lint time without GC: ${pct(med((r) => pluginWithout(r) / (r.result.phases.total - r.result.gc.inLint)))}` +
      ` (GC pauses during lintFiles(): ${ms(med((r) => r.result.gc.inLint))}); plugin / ${REFERENCE_RULE}: ${med((r) => pluginWithout(r) / referenceWithout(r)).toFixed(3)}x`,
  );
}

/**
 * Every number, for comparing runs across builds and machines.
 * @param {string} file
 * @param {string} target
 * @param {Run[]} runs
 * @param {Verdict} verdict
 */
export function writeJson(file, target, runs, { share, ratio, pass }) {
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        target,
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: os.totalmem() / 2 ** 30, node: process.version },
        budget: BUDGET,
        share,
        ratio,
        pass,
        runs: runs.map((r) => ({ ...r.result, summary: r.summary })),
      },
      null,
      2,
    )}\n`,
  );
}
