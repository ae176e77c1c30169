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
  type Measurement,
  type NetworkVerdict,
  type Probe,
} from './measure.js';
import { NOT_PRIVATE_FACTS, PRIVATELINK_SOURCE, type NotPrivateKind } from '../../src/sdk/private-path.js';
import { BUCKET, BUCKET_REGIONS, KEY, type Row } from './rows.js';

export type LintVerdict = 'pinned' | 'unpinned';

/**
 * The plugin must stay silent exactly where the presigned request stays on the private path, or is
 * not S3 on AWS at all; everything else (a not-private kind, the environment, a wrong region, a
 * presign the SDK rejects) it must report.
 */
export function expectedLintVerdict(network: NetworkVerdict): LintVerdict {
  return network === 'private' || network === 'not AWS' ? 'pinned' : 'unpinned';
}

/** The verdict a measurement asks of the plugin. */
export function expectedVerdictOf(measurement: Measurement): LintVerdict {
  return expectedLintVerdict(measurement.network);
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
  /** For a row whose release decides: did this release measure another verdict than the current one? */
  releaseDiffers?: boolean;
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
  return runs.map((run) => heldToCurrentRelease(run, runs));
}

/**
 * A row whose SDK release decides ({@link Row.releaseDecides}): its lint verdict is held to the
 * current release's row; `releaseDiffers` records whether the two really measured differently.
 */
function heldToCurrentRelease(run: RowRun, runs: readonly RowRun[]): RowRun {
  const decides = run.row.releaseDecides;
  if (!decides || 'error' in run) return run;
  const current = runs.find((other) => other.row.id === decides.current);
  if (!current || 'error' in current) return { row: run.row, error: new Error(`${run.row.id}: ${decides.current} did not measure`) };
  const expected = current.result.expected;
  const { result } = run;
  return {
    row: run.row,
    result: {
      ...result,
      expected,
      releaseDiffers: result.expected !== expected,
      agrees: result.verdicts.length > 0 && result.verdicts.every((v) => v.verdict === expected),
    },
  };
}

function regionLabel(awsRegion: string | undefined): string {
  return awsRegion === undefined ? 'no AWS_REGION' : `AWS_REGION=${awsRegion}`;
}

function outcomeText(probe: Probe): string {
  const { outcome } = probe;
  if (outcome.status !== 'signed') return `throws '${outcome.message}'`;
  return `${outcome.where} (${outcome.kind}, signed for ${outcome.signingRegion ?? 'no region'}: ${outcome.network})`;
}

/** The probes, one per line, for a failure message. */
export function describeMeasurement(measurement: Measurement): string {
  return measurement.probes.map((p) => `    ${regionLabel(p.awsRegion)}: ${outcomeText(p)}`).join('\n');
}

export function describeDisagreement(result: RowResult): string {
  const { row } = result;
  const lines = [
    `${row.id}: the SDK says ${result.judged.network}, so the plugin should say ${result.expected}; it says ${result.verdicts
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

/** Inline code; text with a backtick (SDK messages quote values so) gets a double-backtick span. */
function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function hostCell(measurement: Measurement): string {
  const texts = measurement.probes.map((p) =>
    p.outcome.status === 'signed' ? code(p.outcome.where) : `throws ${code(p.outcome.message)}`,
  );
  if (texts.every((t) => t === texts[0])) return texts[0] ?? '';
  return measurement.probes.map((p, i) => `${regionLabel(p.awsRegion)}: ${texts[i] ?? ''}`).join('<br>');
}

/** The distinct values the signed probes give, in probe order; `—` when none. */
function signedValues(measurement: Measurement, read: (outcome: Extract<Probe['outcome'], { status: 'signed' }>) => string | undefined): string {
  const found = new Set<string>();
  for (const p of measurement.probes) {
    const value = p.outcome.status === 'signed' ? read(p.outcome) : undefined;
    if (value !== undefined) found.add(value);
  }
  return [...found].join(', ') || '—';
}

function kindCell(result: RowResult): string {
  const { measured, measuredWithoutEnv } = result;
  return measuredWithoutEnv ? `${measured.kind}; without the env: ${measuredWithoutEnv.kind}` : measured.kind;
}

function networkCell(result: RowResult): string {
  const strong = (network: NetworkVerdict): string => (expectedLintVerdict(network) === 'unpinned' ? `**${network}**` : network);
  const { measured, measuredWithoutEnv } = result;
  if (!measuredWithoutEnv) return strong(measured.network);
  return `${strong(measured.network)}; without the env: ${strong(measuredWithoutEnv.network)}`;
}

function bucketCell(row: Row): string {
  if (row.bucket === BUCKET) return '';
  return row.bucketRegion ? `${code(row.bucket)} (lives in ${row.bucketRegion})` : code(row.bucket);
}

function configCell(row: Row): string {
  const own = row.config === undefined ? '(no argument)' : code(row.config);
  if (row.sdk === 'v2' && row.globalConfig) return `${own}, after ${code(`AWS.config.update(${row.globalConfig})`)}`;
  if (row.sdk === 'v3' && row.crt) return `${own}, with ${code("import '@aws-sdk/signature-v4-crt'")}`;
  return own;
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

/** The rows that show a setting changes nothing in the URL, as a bullet (none: no line). */
function sameHostRows(runs: readonly RowRun[]): string[] {
  const pairs = runs.flatMap(({ row }) => (row.sameHostAs === undefined ? [] : [`${code(row.id)} (as ${code(row.sameHostAs)})`]));
  if (pairs.length === 0) return [];
  return [`- Rows that must measure the same hosts and signing regions as another row: ${pairs.join(', ')}.`];
}

export function renderDoc(runs: readonly RowRun[], rules: readonly string[]): string {
  const notPrivate = Object.entries(NOT_PRIVATE_FACTS) as [NotPrivateKind, (typeof NOT_PRIVATE_FACTS)[NotPrivateKind]][];
  const lines: string[] = [
    '# What the SDKs presign',
    '',
    '<!-- Generated by tests/oracle/oracle.test.ts from a run of the real SDKs: do not edit.',
    '     Regenerate with `npm run docs:sdk`. -->',
    '',
    'Every row is a client configuration and a presign call, executed offline with the real SDK and linted, written',
    'as source code, with this plugin. Two columns read the presigned URL (or the presigned POST\'s `url` and fields):',
    '',
    "- **host kind**: the host classified with the plugin's own host grammar (`src/sdk/hosts.ts`): global, regional,",
    '  private (an interface VPC endpoint name), other (not AWS); environment or rejected when the SDK did not sign.',
    '- **network**: where the request goes from on-premises over Direct Connect, through the S3 interface VPC endpoint',
    "  (PrivateLink). It is read from the same host model the rules use (`classifyHost().path` and `notPrivateKind` in",
    '  `src/sdk/private-path.ts`, with no accepted host kinds: the plugin\'s default), which follows the cited AWS page',
    `  ${PRIVATELINK_SOURCE}:`,
    "  - **private**: the interface endpoint's private DNS claims the host (`s3.<region>`, buckets under it,",
    '    `s3-accesspoint.<region>`, `s3-control.<region>`), or it is an endpoint-specific `*.vpce.amazonaws.com` name;',
    '  - **wrong region**: a private host that names a region other than the one the URL is signed for (the credential',
    '    scope of `X-Amz-Credential`, or `X-Amz-Region-Set`), or than the one the row says the bucket lives in: S3',
    '    answers with a redirect or an error, the URL fails;',
    '  - a not-private kind, which keeps the request off the private path:',
    ...notPrivate.map(([kind, { fact }]) => `    - **${kind}**: ${fact};`),
    '  - **environment**: `Region is missing`, or the verdict changes with `AWS_REGION`;',
    '  - **not AWS**: MinIO, LocalStack and other hosts that are not S3 on AWS;',
    '  - **rejected**: the SDK throws something else at presign time (the host column records the message).',
    '',
    'The plugin must report (lint verdict unpinned) every row whose network verdict is in **bold**, and stay silent',
    '(pinned) on private and not AWS rows. The tests fail on any row where it does not.',
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
    `- Bucket ${code(BUCKET)} unless the bucket column says otherwise, key ${code(KEY)}; fake credentials passed explicitly`,
    '  to the client (v2: `new AWS.Credentials`). Where a bucket lives is known to the oracle only where a row says so:',
    `  ${Object.entries(BUCKET_REGIONS)
      .map(([bucket, region]) => `${code(bucket)} in ${region}`)
      .join(', ')}; the lint run gets the same map as \`settings['s3-regional'].bucketRegions\`.`,
    '- Every `AWS_*` and `AMAZON_*` variable is removed, then: ' +
      Object.entries(BASE_ENV)
        .map(([name, value]) => code(`${name}=${value === MISSING_FILE ? '<a path that does not exist>' : value}`))
        .join(', ') +
      ", then the row's own variables (column env).",
    '- Network connections are refused while presigning; SDK v2 gets a fresh `AWS.config` built in that environment.',
    "- The SigV4a signer of `@aws-sdk/signature-v4-crt` (native `aws-crt`) is registered with the SDK only while a row",
    "  whose code imports it presigns; every other row runs without it, as an application that does not install it.",
    `- Each row runs ${PROBE_REGIONS.length} times: ${PROBE_REGIONS.map(regionLabel).join(', ')}. The network verdict is`,
    "  **environment** when a run throws `Region is missing` or the verdict changes with `AWS_REGION` (a host that only",
    '  moves from one private name to another stays private; one that is never AWS where it signs stays not AWS: the',
    '  code fixes that host). The host kind is environment when a run throws `Region is missing` or the kind changes.',
    ...sameHostRows(runs),
    '- Rows marked "code cannot show" depend on a variable in their env column that the code does not show: the',
    '  plugin judges the code, so its verdict is held to the measurement without that variable, and the test checks',
    '  that the variable does change the outcome.',
    '- Rows marked "release decides" measure another verdict with 3.200.0 than with the current release for the same',
    "  code: the plugin's verdict is held to the current release's row, and the test checks that the two differ.",
    `- Lint rules: ${rules.map((r) => code(`s3-regional/${r}`)).join(', ')}, with type information. \`createPresignedPost\``,
    `  rows, and rows presigning for a bucket or an access point elsewhere (the client itself is pinned), are judged by`,
    '  `no-unpinned-presign` when the plugin has it, the other rows by every rule listed.',
    '',
    '## Rows',
    '',
    '| row | SDK | client config | bucket | call | env | presigned host | signature | signed for | host kind | network | lint | agrees |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const run of runs) {
    const { row } = run;
    const config = configCell(row);
    const env = Object.keys(row.env).length === 0 ? '' : code(envText(row.env));
    const envCell = row.codeCannotShow ? `${env} (code cannot show)` : row.releaseDecides ? `${env} (release decides)`.trim() : env;
    if ('error' in run) {
      const message = run.error instanceof Error ? run.error.message : String(run.error);
      lines.push(
        `| ${cell(row.id)} | ${row.sdk} | ${cell(config)} | ${cell(bucketCell(row))} | ${row.call} | ${cell(envCell)} | error: ${cell(message)} | | | | | | **no** |`,
      );
      continue;
    }
    const r = run.result;
    lines.push(
      `| ${cell(row.id)} | ${row.sdk} | ${cell(config)} | ${cell(bucketCell(row))} | ${row.call} | ${cell(envCell)} | ` +
        `${cell(hostCell(r.measured))} | ${signedValues(r.measured, (o) => o.signature)} | ` +
        `${signedValues(r.measured, (o) => o.signingRegion)} | ${kindCell(r)} | ${networkCell(r)} | ${cell(lintCell(r))} | ` +
        `${r.agrees ? 'yes' : '**no**'} |`,
    );
  }
  const reasons = new Set(runs.flatMap((run) => (run.row.codeCannotShow ? [run.row.codeCannotShow.reason] : [])));
  if (reasons.size > 0) {
    lines.push('', '## Code cannot show', '');
    for (const reason of reasons) lines.push(`- ${reason}`);
  }
  const releases = new Set(runs.flatMap((run) => (run.row.releaseDecides ? [run.row.releaseDecides.reason] : [])));
  if (releases.size > 0) {
    lines.push('', '## Release decides', '');
    for (const reason of releases) lines.push(`- ${reason}`);
  }
  lines.push('');
  return lines.join('\n');
}
