/**
 * Issue 6: every verdict checked against what the real SDKs presign. Each row of `rows.ts` is
 * presigned offline with the real SDK and linted with the plugin; the verdicts must agree.
 * `docs/sdk-behaviour.md` is rendered from the same run; set UPDATE_SDK_DOCS=1 to rewrite it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../rule-tester.js';
import { RowLinter } from './lint.js';
import { rows } from './rows.js';
import { describeDisagreement, describeMeasurement, renderDoc, runRows, type RowRun } from './verdicts.js';

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

  for (const row of rows) {
    it(row.id, () => {
      const run = byId.get(row.id);
      if (!run) throw new Error(`${row.id} did not run`);
      if ('error' in run) throw run.error;
      const { result } = run;
      if (row.codeCannotShow && result.measuredWithoutEnv) {
        // The row must still test reality: its environment changes what the SDK presigns.
        expect(
          result.measured.kind,
          `${row.id}: the env was expected to change the outcome\n  with env:\n${describeMeasurement(result.measured)}\n  without:\n${describeMeasurement(result.measuredWithoutEnv)}`,
        ).not.toBe(result.measuredWithoutEnv.kind);
      }
      if (!result.agrees) expect.fail(describeDisagreement(result));
    });
  }
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
