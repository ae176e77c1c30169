/**
 * Runs every oracle row on both sides, the SDK and the plugin, and compares the verdicts; renders
 * the measured table as `docs/sdk-behaviour.md`.
 */
import { judgingRules, sourceOf, type LintMessage, type RowLinter } from './lint.js';
import {
  BASE_ENV,
  MISSING_FILE,
  PROBE_REGIONS,
  measure,
  sdkVersions,
  type MeasuredKind,
  type Measurement,
  type Probe,
} from './measure.js';
import { BUCKET, KEY, type Row } from './rows.js';

export type LintVerdict = 'pinned' | 'unpinned';

/** The plugin must report exactly when the presigned host is global or decided by the environment. */
export function expectedLintVerdict(kind: MeasuredKind): LintVerdict {
  return kind === 'global' || kind === 'environment' ? 'unpinned' : 'pinned';
}

/**
 * The verdict a measurement asks of the plugin. A host that is never AWS (MinIO, LocalStack) is
 * not the plugin's concern, even where the SDK also needs a region from the environment to sign:
 * the host itself is fixed by the code.
 */
export function expectedVerdictOf(measurement: Measurement): LintVerdict {
  const signed = measurement.probes.flatMap((p) => (p.outcome.status === 'signed' ? [p.outcome.kind] : []));
  if (signed.length > 0 && signed.every((kind) => kind === 'other')) return 'pinned';
  return expectedLintVerdict(measurement.kind);
}

export interface RuleVerdict {
  rule: string;
  verdict: LintVerdict;
}

export interface RowResult {
  row: Row;
  /** With the row's environment. */
  measured: Measurement;
  /** Without the row's environment; only for rows whose code cannot show it. */
  measuredWithoutEnv?: Measurement;
  /** The measurement the lint verdict is held to. */
  judged: Measurement;
  expected: LintVerdict;
  messages: LintMessage[];
  verdicts: RuleVerdict[];
  agrees: boolean;
}

export type RowRun = { row: Row; result: RowResult } | { row: Row; error: unknown };

export async function runRow(row: Row, messages: LintMessage[], rules: readonly string[]): Promise<RowResult> {
  const measured = await measure(row);
  const measuredWithoutEnv = row.codeCannotShow ? await measure(row, false) : undefined;
  const judged = measuredWithoutEnv ?? measured;
  const expected = expectedVerdictOf(judged);
  const verdicts = judgingRules(row, rules).map(
    (rule): RuleVerdict => ({ rule, verdict: messages.some((m) => m.rule === rule) ? 'unpinned' : 'pinned' }),
  );
  return {
    row,
    measured,
    ...(measuredWithoutEnv ? { measuredWithoutEnv } : {}),
    judged,
    expected,
    messages,
    verdicts,
    agrees: verdicts.length > 0 && verdicts.every((v) => v.verdict === expected),
  };
}

/** Lints every row, then measures them one by one (each measurement owns process.env while it runs). */
export async function runRows(rows: readonly Row[], linter: RowLinter): Promise<RowRun[]> {
  const lint = linter.lintRows(rows);
  const runs: RowRun[] = [];
  for (const row of rows) {
    try {
      runs.push({ row, result: await runRow(row, lint.get(row.id) ?? [], linter.rules) });
    } catch (error) {
      runs.push({ row, error });
    }
  }
  return runs;
}

function regionLabel(awsRegion: string | undefined): string {
  return awsRegion === undefined ? 'no AWS_REGION' : `AWS_REGION=${awsRegion}`;
}

function outcomeText(probe: Probe): string {
  const { outcome } = probe;
  return outcome.status === 'signed' ? `${outcome.where} (${outcome.kind})` : `throws '${outcome.message}'`;
}

/** The probes, one per line, for a failure message. */
export function describeMeasurement(measurement: Measurement): string {
  return measurement.probes.map((p) => `    ${regionLabel(p.awsRegion)}: ${outcomeText(p)}`).join('\n');
}

export function describeDisagreement(result: RowResult): string {
  const { row } = result;
  const lines = [
    `${row.id}: the SDK says ${result.judged.kind}, so the plugin should say ${result.expected}; it says ${result.verdicts
      .map((v) => `${v.verdict} (${v.rule})`)
      .join(', ')}`,
    `  measured${result.measuredWithoutEnv ? ' without the row env (the code cannot show it)' : ''}:`,
    describeMeasurement(result.judged),
  ];
  if (result.measuredWithoutEnv) lines.push(`  measured with ${envText(row.env)}:`, describeMeasurement(result.measured));
  lines.push('  lint messages (line numbers: the row source below; lines named inside a message are in the batch module, see lint.ts):');
  if (result.messages.length === 0) lines.push('    (none)');
  for (const m of result.messages) lines.push(`    ${m.line}: ${m.rule}/${m.messageId ?? '?'}: ${m.message}`);
  lines.push('  linted source:', ...sourceOf(row).trimEnd().split('\n').map((l) => `    ${l}`));
  return lines.join('\n');
}

function envText(env: Readonly<Record<string, string>>): string {
  return Object.entries(env)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
}

// Markdown rendering.

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function code(text: string): string {
  return `\`${text}\``;
}

function hostCell(measurement: Measurement): string {
  const texts = measurement.probes.map((p) =>
    p.outcome.status === 'signed' ? code(p.outcome.where) : `throws ${code(p.outcome.message)}`,
  );
  if (texts.every((t) => t === texts[0])) return texts[0] ?? '';
  return measurement.probes.map((p, i) => `${regionLabel(p.awsRegion)}: ${texts[i] ?? ''}`).join('<br>');
}

function signatureCell(measurement: Measurement): string {
  const found = new Set<string>();
  for (const p of measurement.probes) if (p.outcome.status === 'signed' && p.outcome.signature) found.add(p.outcome.signature);
  return [...found].join(', ') || '—';
}

function kindCell(result: RowResult): string {
  const strong = (kind: MeasuredKind): string => (expectedLintVerdict(kind) === 'unpinned' ? `**${kind}**` : kind);
  if (!result.measuredWithoutEnv) return strong(result.measured.kind);
  return `${strong(result.measured.kind)}; without the env: ${strong(result.measuredWithoutEnv.kind)}`;
}

function lintCell(result: RowResult): string {
  const verdicts = result.verdicts.map((v) => (result.verdicts.length > 1 ? `${v.rule}: ${v.verdict}` : v.verdict)).join(', ');
  const byRule = new Map<string, string[]>();
  for (const m of result.messages) {
    const ids = byRule.get(m.rule) ?? [];
    if (m.messageId !== undefined && !ids.includes(m.messageId)) ids.push(m.messageId);
    byRule.set(m.rule, ids);
  }
  const reports = [...byRule].map(([rule, ids]) => `${rule}: ${ids.join(', ')}`).join('; ');
  return reports ? `${verdicts} (${reports})` : verdicts;
}

export function renderDoc(runs: readonly RowRun[], rules: readonly string[]): string {
  const lines: string[] = [
    '# What the SDKs presign',
    '',
    '<!-- Generated by tests/oracle/oracle.test.ts from a run of the real SDKs: do not edit.',
    '     Regenerate with `npm run docs:sdk`. -->',
    '',
    "Every row is a client configuration and a presign call, executed offline with the real SDK and linted, written",
    "as source code, with this plugin. The host of the presigned URL (or of the presigned POST's `url`) is classified",
    "with the plugin's own host classifier (`src/sdk/hosts.ts`). The plugin must report exactly the rows whose host is",
    '**global** or decided by the **environment**, and stay silent on regional, private (interface VPC endpoint) and',
    'other (not AWS) hosts. The tests fail on any row where it does not.',
    '',
    '## SDK versions',
    '',
    '| SDK | package | version |',
    '| --- | --- | --- |',
  ];
  for (const { sdk, packages } of sdkVersions()) {
    for (const p of packages) lines.push(`| ${sdk} | ${code(p.name)} | ${p.version} |`);
  }
  lines.push(
    '',
    'The v3-old rows are written with the `@aws-sdk/client-s3` import on the lint side (the same code, run by the older',
    'release). No `@aws-sdk/s3-presigned-post` of the old release is installed, so v3-old has no `createPresignedPost` rows.',
    '',
    '## Environment',
    '',
    `- Bucket ${code(BUCKET)}, key ${code(KEY)}; fake credentials passed explicitly to the client (v2: \`new AWS.Credentials\`).`,
    '- Every `AWS_*` and `AMAZON_*` variable is removed, then: ' +
      Object.entries(BASE_ENV)
        .map(([name, value]) => code(`${name}=${value === MISSING_FILE ? '<a path that does not exist>' : value}`))
        .join(', ') +
      ", then the row's own variables (column env).",
    '- Network connections are refused while presigning; SDK v2 gets a fresh `AWS.config` built in that environment.',
    `- Each row runs ${PROBE_REGIONS.length} times: ${PROBE_REGIONS.map(regionLabel).join(', ')}. The measured kind is`,
    "  **environment** when a run throws `Region is missing` or the host's kind changes with `AWS_REGION`; otherwise",
    '  it is the kind of the host. A host that only moves from one regional name to another is regional.',
    '- Rows marked "code cannot show" depend on a variable in their env column that the code does not show: the',
    '  plugin judges the code, so its verdict is held to the measurement without that variable, and the test checks',
    '  that the variable does change the outcome.',
    `- Lint rules: ${rules.map((r) => code(`s3-regional/${r}`)).join(', ')}, with type information. \`createPresignedPost\``,
    `  rows are judged by \`no-unpinned-presign\` when the plugin has it, the other rows by every rule listed.`,
    '',
    '## Rows',
    '',
    '| row | SDK | client config | call | env | presigned host | signature | measured | lint | agrees |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const run of runs) {
    const { row } = run;
    const own = row.config === undefined ? '(no argument)' : code(row.config);
    const config = row.sdk === 'v2' && row.globalConfig ? `${own}, after ${code(`AWS.config.update(${row.globalConfig})`)}` : own;
    const env = Object.keys(row.env).length === 0 ? '' : code(envText(row.env));
    const envCell = row.codeCannotShow ? `${env} (code cannot show)` : env;
    if ('error' in run) {
      const message = run.error instanceof Error ? run.error.message : String(run.error);
      lines.push(`| ${cell(row.id)} | ${row.sdk} | ${cell(config)} | ${row.call} | ${cell(envCell)} | error: ${cell(message)} | | | | **no** |`);
      continue;
    }
    const r = run.result;
    lines.push(
      `| ${cell(row.id)} | ${row.sdk} | ${cell(config)} | ${row.call} | ${cell(envCell)} | ${cell(hostCell(r.measured))} | ` +
        `${signatureCell(r.measured)} | ${kindCell(r)} | ${cell(lintCell(r))} | ${r.agrees ? 'yes' : '**no**'} |`,
    );
  }
  const reasons = new Set(runs.flatMap((run) => (run.row.codeCannotShow ? [run.row.codeCannotShow.reason] : [])));
  if (reasons.size > 0) {
    lines.push('', '## Code cannot show', '');
    for (const reason of reasons) lines.push(`- ${reason}`);
  }
  lines.push('');
  return lines.join('\n');
}
