/**
 * Issue 6: every verdict checked against what the real SDKs presign. Each row of `rows.ts` is
 * presigned offline with the real SDK and linted with the plugin; the verdicts must agree.
 * `docs/sdk-behaviour.md` is rendered from the same run; set UPDATE_SDK_DOCS=1 to rewrite it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../rule-tester.js';
import { RowLinter, judgingRules } from './lint.js';
import { rows } from './rows.js';
import type { Measurement } from './measure.js';
import { describeDisagreement, describeMeasurement, renderDoc, runRows, type RowRun } from './verdicts.js';

/** What a presigned URL's destination is made of, per probe: where it goes and the scope it is signed for. */
function urlShape(measurement: Measurement): unknown[] {
  return measurement.probes.map(({ awsRegion, outcome }) =>
    outcome.status === 'signed' ? { awsRegion, where: outcome.where, signingRegion: outcome.signingRegion } : { awsRegion, outcome },
  );
}

const docPath = path.join(fixturesDir, '..', '..', 'docs', 'sdk-behaviour.md');

let linter: RowLinter;
let runs: RowRun[] = [];
const byId = new Map<string, RowRun>();

beforeAll(async () => {
  linter = new RowLinter();
  runs = await runRows(rows, linter);
  for (const run of runs) byId.set(run.row.id, run);
});

describe('oracle rows', () => {
  it('have unique ids', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('have the CRT signer exactly where the code imports it: each such row measures otherwise than its twin without', () => {
    const crtRuns = runs.filter(({ row }) => row.sdk === 'v3' && row.crt === true);
    expect(crtRuns.length).toBeGreaterThan(0);
    for (const run of crtRuns) {
      const { row } = run;
      const twin = runs.find(
        (other) => other.row.sdk === 'v3' && !other.row.crt && other.row.call === row.call && other.row.config === row.config && other.row.bucket === row.bucket,
      );
      if (!twin || 'error' in twin || 'error' in run) throw new Error(`${row.id}: no measured twin without the CRT signer`);
      expect(run.result.measured.network, `${row.id} against ${twin.row.id}`).not.toBe(twin.result.measured.network);
    }
  });

  for (const row of rows) {
    it(row.id, () => {
      const run = byId.get(row.id);
      if (!run) throw new Error(`${row.id} did not run`);
      if ('error' in run) throw run.error;
      const { result } = run;
      if (row.codeCannotShow && result.measuredWithoutEnv) {
        // The row must still test reality: its environment changes where the presigned request goes.
        expect(
          result.measured.network,
          `${row.id}: the env was expected to change the outcome\n  with env:\n${describeMeasurement(result.measured)}\n  without:\n${describeMeasurement(result.measuredWithoutEnv)}`,
        ).not.toBe(result.measuredWithoutEnv.network);
      }
      if (row.sameHostAs !== undefined) {
        // The row shows that its configuration changes nothing in the URL: the same hosts and scopes.
        const other = byId.get(row.sameHostAs);
        if (!other || 'error' in other) throw new Error(`${row.id}: ${row.sameHostAs} did not measure`);
        expect(urlShape(result.measured), `${row.id} against ${row.sameHostAs}`).toEqual(urlShape(other.result.measured));
      }
      if (row.releaseDecides) {
        // The row must still test reality: this release does something else than the current one.
        expect(result.releaseDiffers, `${row.id}: expected to differ from ${row.releaseDecides.current}`).toBe(true);
      }
      if (!result.agrees) expect.fail(describeDisagreement(result));
    });
  }
});

describe('oracle rows, without type information', () => {
  // The syntax tier may miss what only types show, never report what the SDK keeps regional.
  it('reports no row whose presigned host the SDK keeps pinned, and the typed run reports every row it does', () => {
    const untyped = new RowLinter(false).lintRows(rows);
    const wrong: string[] = [];
    const beyondTyped: string[] = [];
    let agreeing = 0;
    for (const run of runs) {
      if ('error' in run) continue;
      const messages = untyped.get(run.row.id) ?? [];
      const reported = judgingRules(run.row, linter.rules).filter((rule) => messages.some((m) => m.rule === rule));
      if (reported.length > 0 && run.result.expected === 'pinned') wrong.push(`${run.row.id}: ${reported.join(', ')}`);
      for (const message of messages) {
        const same = run.result.messages.some((m) => m.rule === message.rule && m.messageId === message.messageId && m.line === message.line);
        if (!same) beyondTyped.push(`${run.row.id}: ${message.rule} ${message.messageId ?? ''} line ${message.line}`);
      }
      if ((reported.length > 0) === (run.result.expected === 'unpinned')) agreeing++;
    }
    expect(wrong).toEqual([]);
    expect(beyondTyped).toEqual([]);
    // Every row writes its config inline, where the syntax shows it all: the syntax tier judges them as the SDK does.
    expect(agreeing).toBe(runs.length);
  });
});

describe('docs/sdk-behaviour.md', () => {
  it('is the table of this run (regenerate with `npm run docs:sdk`)', () => {
    const text = renderDoc(runs, linter.rules);
    if (process.env.UPDATE_SDK_DOCS === '1') {
      fs.writeFileSync(docPath, text);
      return;
    }
    const current = fs.existsSync(docPath) ? fs.readFileSync(docPath, 'utf8') : '';
    expect(current, 'docs/sdk-behaviour.md is stale: run `npm run docs:sdk`').toBe(text);
  });
});
