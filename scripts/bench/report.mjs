// @ts-check
// The benchmark's report: the header, a line per run, the tables of rules and phases (medians
// across runs), and the budget's verdict; optionally every number as JSON. scripts/bench.mjs is
// the command line.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { COMMANDS } from './cli.mjs';
import { ACCEPTED_REASONS, PLUGIN_PREFIX, REFERENCE_RULE, UNTYPED_REFERENCE } from './run.mjs';

/** @import { RunResult } from './run.mjs' */
/** @import { CliRun, Command } from './cli.mjs' */

/** All plugin rules together: at most this share of total typed-lint time, and this ratio to the reference rule. */
export const BUDGET = { share: 0.01, ratio: 0.25 };
/** The syntax tier: all plugin rules together at most this share of untyped ESLint lint time. */
export const UNTYPED_BUDGET = { share: 0.02 };
/** oxlint with the plugin's rules (jsPlugins): at most this multiple of oxlint alone, whole process. */
export const OXLINT_BUDGET = { ratio: 2 };

/**
 * @typedef {{ plugin: number, reference: number, share: number, wallShare: number, ratio: number }} Summary
 * @typedef {{ result: RunResult, summary: Summary }} Run
 * @typedef {{ share: number, ratio: number, pass: boolean }} Verdict
 * @typedef {{ name: string, value: string, limit: string, pass: boolean }} Target one line of the final verdict
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
 * @param {{ tiers: Set<string>, cliRuns: number }} [options]
 */
export function printHeader(target, runs, options = { tiers: new Set(['typed']), cliRuns: 0 }) {
  console.log(`# s3-regional benchmark`);
  console.log(`target:  ${target}`);
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  if (options.tiers.has('typed')) console.log(`rules:   ${REFERENCE_RULE} + every s3-regional rule, typed (projectService), one process per run, ${runs} run(s)`);
  if (options.tiers.has('untyped')) console.log(`untyped: ${UNTYPED_REFERENCE} + every s3-regional rule, typescript-eslint's parser without a project, one process per run, ${runs} run(s)`);
  if (options.tiers.has('oxlint')) console.log(`oxlint:  ${COMMANDS.join(', ')}: whole processes, interleaved, ${options.cliRuns} round(s) after one warm-up`);
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
  return { share, ratio, pass: shareOk && ratioOk };
}

// ---------------------------------------------------------------------------------------------
// The untyped run (the syntax tier), the text-test check, the whole-process runs, the verdict
// ---------------------------------------------------------------------------------------------

/**
 * The line for one untyped run, as it ends.
 * @param {number} index from 0
 * @param {Run} run
 */
export function printUntypedRun(index, { result, summary: s }) {
  console.log(
    `untyped run ${index + 1}: lint ${ms(result.lintWall)}, plugin ${ms(s.plugin)} (${pct(s.share)}), other rules ${ms(result.phases.rules - s.plugin)}, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MiB`,
  );
}

/**
 * The untyped run's tables (medians across runs) and the syntax tier's target.
 * @param {Run[]} runs at least one
 * @returns {Target}
 */
export function printUntypedReport(runs) {
  const first = /** @type {Run} */ (runs[0]).result;
  const med = (/** @type {(run: Run) => number} */ pickValue) => median(runs.map(pickValue));
  const total = med((r) => r.result.phases.total);
  const { files, otherFiles } = first;
  const pluginRules = Object.keys(first.visited);
  const otherRules = Object.keys(first.rules).filter((rule) => !rule.startsWith(PLUGIN_PREFIX));
  /** @type {(string | number)[][]} */
  const rows = [['rule', 'time', 'share of lint time', 'per file', `in ${files - otherFiles} SDK files`, `in ${otherFiles} other files`, 'findings']];
  for (const rule of pluginRules) {
    const t = med((r) => r.result.rules[rule] ?? 0);
    const o = med((r) => r.result.inOtherFiles[rule] ?? 0);
    rows.push([rule, ms(t), pct(t / total), `${((t / files) * 1000).toFixed(1)} µs`, ms(t - o), ms(o), first.findings[rule] ?? 0]);
  }
  const plugin = med((r) => r.summary.plugin);
  const pluginOther = med((r) => pluginRules.reduce((sum, rule) => sum + (r.result.inOtherFiles[rule] ?? 0), 0));
  rows.push(['all s3-regional rules', ms(plugin), pct(plugin / total), `${((plugin / files) * 1000).toFixed(1)} µs`, ms(plugin - pluginOther), ms(pluginOther), '']);
  const others = med((r) => otherRules.reduce((sum, rule) => sum + (r.result.rules[rule] ?? 0), 0));
  rows.push([`the other ${otherRules.length} rules (${UNTYPED_REFERENCE})`, ms(others), pct(others / total), `${((others / files) * 1000).toFixed(1)} µs`, '', '', '']);
  console.log(`\n## Untyped ESLint: the syntax tier (median of ${runs.length} run(s); share = rule time / sum of per-file totals)\n`);
  console.log(table(rows));
  const parse = med((r) => r.result.phases.parse);
  console.log('');
  console.log(
    table([
      ['phase', 'time', 'share'],
      ['parse (typescript-eslint, no program)', ms(parse), pct(parse / total)],
      ['rules (all, incl. create())', ms(med((r) => r.result.phases.rules)), pct(med((r) => r.result.phases.rules) / total)],
      ['total lint time (sum of per-file totals)', ms(total), '100.000%'],
      ['wall clock of lintFiles()', ms(med((r) => r.result.lintWall)), ''],
      ['wall clock of the run (incl. loading ESLint)', ms(med((r) => r.result.processWall)), ''],
    ]),
  );
  console.log(`plugin against parse + plugin alone (a config of nothing but this plugin): ${pct(med((r) => r.summary.plugin / (r.result.phases.parse + r.summary.plugin)))}`);
  const share = med((r) => r.summary.share);
  const pass = share <= UNTYPED_BUDGET.share;
  console.log(`\nsyntax tier: plugin share of untyped lint time: ${pct(share)}  budget <= ${pct(UNTYPED_BUDGET.share)}  ${pass ? 'PASS' : 'FAIL'}`);
  return { name: 'syntax tier: plugin share of untyped ESLint lint time', value: pct(share), limit: `<= ${pct(UNTYPED_BUDGET.share)}`, pass };
}

/**
 * Where each rule got past its text test, in files with and without an SDK import, per tier
 * (run 1: the files are the same in every run).
 * @param {{ typed?: Run, untyped?: Run }} firstRuns
 * @returns {Target}
 */
export function printTextTest(firstRuns) {
  const tiers = /** @type {('typed' | 'untyped')[]} */ (['typed', 'untyped']).filter((tier) => firstRuns[tier]);
  const any = /** @type {Run} */ (firstRuns.typed ?? firstRuns.untyped).result;
  const { files, otherFiles } = any;
  /** @type {(string | number)[][]} */
  const rows = [['rule', ...tiers.flatMap((tier) => [`${tier}: in SDK files`, `${tier}: in ${otherFiles} other files`])]];
  /** @type {string[]} */
  const unexplained = [];
  for (const rule of Object.keys(any.visited)) {
    /** @type {(string | number)[]} */
    const row = [rule];
    for (const tier of tiers) {
      const visited = /** @type {Run} */ (firstRuns[tier]).result.visited[rule];
      if (!visited) {
        row.push('', '');
        continue;
      }
      const reasons = Object.entries(visited.otherByReason)
        .map(([reason, n]) => `${n} ${reason}`)
        .join(', ');
      row.push(`${visited.sdkFiles} of ${files - otherFiles}`, visited.otherFiles === 0 ? '0' : `${visited.otherFiles} (${reasons})`);
      for (const file of visited.unexplained) unexplained.push(`${tier} ${rule}: ${file}`);
    }
    rows.push(row);
  }
  console.log(`\n## Files without an SDK import: a text test only (files where a rule's create() returned a visitor, run 1)\n`);
  console.log(table(rows));
  const accepted = Object.entries(ACCEPTED_REASONS)
    .filter(([tier]) => tiers.includes(/** @type {'typed' | 'untyped'} */ (tier)))
    .flatMap(([tier, byRule]) => Object.entries(byRule).map(([rule, reasons]) => `${tier} ${rule}: ${reasons.join(' or ')}`));
  console.log(`by design: ${accepted.join('; ')}`);
  const pass = unexplained.length === 0;
  if (!pass) console.log(`beyond the text test without a reason:\n  ${unexplained.join('\n  ')}`);
  console.log(`\nfiles without an SDK import cost a text test only (apart from the reasons by design): ${pass ? 'PASS' : 'FAIL'}`);
  return { name: 'files without an SDK import: a text test only', value: pass ? 'yes' : `${unexplained.length}+ files`, limit: 'no other visitor', pass };
}

/**
 * The whole-process runs: medians, the oxlint ratio, and whether oxlint and ESLint find the same.
 * @param {Record<Command, CliRun[]>} cliRuns
 * @param {Run | undefined} untyped the first untyped run, to compare findings with
 * @returns {Target}
 */
export function printCli(cliRuns, untyped) {
  const wall = (/** @type {Command} */ command) => median(cliRuns[command].map((run) => run.wall));
  const plugin = (/** @type {CliRun} */ run) => Object.entries(run.findings).filter(([rule]) => rule.startsWith(PLUGIN_PREFIX));
  /** @type {(string | number)[][]} */
  const rows = [['command', 'wall (median)', 'min', 'max', 'files', 'findings', 's3-regional findings']];
  for (const command of COMMANDS) {
    const runs = cliRuns[command];
    const first = /** @type {CliRun} */ (runs[0]);
    const walls = runs.map((run) => run.wall);
    rows.push([
      command,
      ms(wall(command)),
      ms(Math.min(...walls)),
      ms(Math.max(...walls)),
      first.files,
      Object.values(first.findings).reduce((a, b) => a + b, 0),
      plugin(first).reduce((sum, [, n]) => sum + n, 0),
    ]);
  }
  console.log(`\n## oxlint and ESLint, whole process (spawn to exit, median of ${cliRuns.oxlint.length} interleaved round(s))\n`);
  console.log(table(rows));
  const ratio = wall('oxlint+plugin') / wall('oxlint');
  console.log(`\noxlint + plugin / oxlint alone: ${ratio.toFixed(2)}x (+${ms(wall('oxlint+plugin') - wall('oxlint'))})`);
  console.log(
    `  of which any JS plugin (oxlint's JS runtime, a rule that does nothing): +${ms(wall('oxlint+noop-js-plugin') - wall('oxlint'))}; this plugin beyond that: +${ms(wall('oxlint+plugin') - wall('oxlint+noop-js-plugin'))}`,
  );
  console.log(`eslint untyped + plugin / oxlint + plugin: ${(wall('eslint-untyped+plugin') / wall('oxlint+plugin')).toFixed(2)}x`);
  // The same rules on the same files must find the same, whichever linter runs them.
  const byRule = (/** @type {CliRun} */ run) => Object.fromEntries(plugin(run).sort());
  const oxlintFindings = byRule(/** @type {CliRun} */ (cliRuns['oxlint+plugin'][0]));
  const eslintFindings = byRule(/** @type {CliRun} */ (cliRuns['eslint-untyped+plugin'][0]));
  const apiFindings = untyped ? Object.fromEntries(Object.entries(untyped.result.findings).filter(([, n]) => n > 0).sort()) : eslintFindings;
  const same = JSON.stringify(oxlintFindings) === JSON.stringify(eslintFindings) && JSON.stringify(eslintFindings) === JSON.stringify(apiFindings);
  console.log(`s3-regional findings: oxlint ${JSON.stringify(oxlintFindings)}; ESLint ${JSON.stringify(eslintFindings)}: ${same ? 'the same' : 'DIFFERENT'}`);
  const pass = ratio <= OXLINT_BUDGET.ratio;
  console.log(`\noxlint with the plugin's rules / oxlint alone: ${ratio.toFixed(2)}x  budget <= ${OXLINT_BUDGET.ratio}x  ${pass ? 'PASS' : 'FAIL'}`);
  return { name: 'oxlint + plugin / oxlint alone (whole process)', value: `${ratio.toFixed(2)}x`, limit: `<= ${OXLINT_BUDGET.ratio}x`, pass };
}

/**
 * Every target in one table, and the overall verdict.
 * @param {Target[]} targets
 * @returns {boolean}
 */
export function printTargets(targets) {
  console.log(`\n## Targets\n`);
  console.log(table([['target', 'measured', 'limit', ''], ...targets.map((t) => [t.name, t.value, t.limit, t.pass ? 'PASS' : 'FAIL'])]));
  const pass = targets.every((t) => t.pass);
  console.log(pass ? '\nPASS' : '\nFAIL');
  return pass;
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
 * @param {Run[]} runs the typed runs
 * @param {Verdict | undefined} verdict the typed budget
 * @param {{ untyped: Run[], cli: Record<Command, CliRun[]> | undefined, targets: Target[], pass: boolean }} more
 */
export function writeJson(file, target, runs, verdict, more) {
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        target,
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: os.totalmem() / 2 ** 30, node: process.version },
        budget: BUDGET,
        share: verdict?.share,
        ratio: verdict?.ratio,
        pass: more.pass,
        runs: runs.map((r) => ({ ...r.result, summary: r.summary })),
        untyped: { budget: UNTYPED_BUDGET, runs: more.untyped.map((r) => ({ ...r.result, summary: r.summary })) },
        cli: { budget: OXLINT_BUDGET, runs: more.cli },
        targets: more.targets,
      },
      null,
      2,
    )}\n`,
  );
}
