/**
 * The bundled example project, linted and fixed as `npm run demo` does: the findings without and
 * with type information, the diff that `--fix` makes and what remains are kept as a snapshot, so
 * that every change to what the plugin finds or fixes in it shows up for review (update with
 * `npx vitest run tests/examples.test.ts -u`). The example files' comments say which rule reports
 * each statement, and whether only with types: they are checked against what the demo found.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Finding {
  file: string;
  line: number;
  rule: string;
}

/** A statement of an example file and the rules its comment says report it. */
interface Annotated {
  file: string;
  start: number;
  end: number;
  /** rule name → 'both' (with and without types) or 'typed' (`<rule> (typed tier): …`) */
  rules: Map<string, 'both' | 'typed'>;
}

/**
 * The statements of an example file, each with the comment right above it. A comment line that
 * starts with a rule's name and a colon (`no-unpinned-client: …`, or `no-unpinned-presign (typed
 * tier): …` when only types find it) says the rule reports that statement. A statement runs from
 * its first line to the next blank line.
 */
function annotations(file: string): Annotated[] {
  const ruleNames = new Set(Object.keys(plugin.rules));
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  const statements: Annotated[] = [];
  let comment: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') {
      comment = [];
      continue;
    }
    if (/^(\/\/|\/\*|\*)/.test(text)) {
      comment.push(text.replace(/^(\/\/|\/\*\*?|\*\/?)\s?/, ''));
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '') end++;
    const rules = new Map<string, 'both' | 'typed'>();
    for (const line of comment) {
      const match = /^([a-z-]+)( \(typed tier\))?:/.exec(line);
      if (match?.[1] && ruleNames.has(match[1])) rules.set(match[1], match[2] ? 'typed' : 'both');
    }
    statements.push({ file, start: i + 1, end: end + 1, rules });
    comment = [];
    i = end;
  }
  return statements;
}

function normalise(output: string): string {
  const withoutSlash = root.replace(/^\//, '');
  return output
    .split(root)
    .join('<root>')
    .split(withoutSlash)
    .join('<root>')
    .replace(/\(\d+ files, \d+ ms\)/g, '(<files>, <ms>)')
    .replace(/^index [0-9a-f]+\.\.[0-9a-f]+ \d+$/gm, 'index <hashes>');
}

describe('examples/', () => {
  it('needs the built plugin (npm test builds first)', () => {
    expect(fs.existsSync(path.join(root, 'dist', 'index.js'))).toBe(true);
  });

  it('shows these findings and these fixes', async () => {
    const output = execFileSync(process.execPath, [path.join(root, 'scripts', 'demo.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    await expect(normalise(output)).toMatchFileSnapshot('__snapshots__/examples-demo.txt');
  });

  it("agrees with the example files' comments: each reported statement says which rule, and whether only with types", () => {
    // The demo above wrote what it found.
    const found = JSON.parse(fs.readFileSync(path.join(root, '.demo', 'findings.json'), 'utf8')) as { untyped: Finding[]; typed: Finding[] };
    const files = [...new Set([...found.typed, ...found.untyped].map((f) => f.file))].sort();
    expect(files.length).toBeGreaterThan(0);
    const claimed: string[] = [];
    const reported: string[] = [];
    for (const file of files) {
      for (const statement of annotations(file)) {
        const within = (list: Finding[]) => new Set(list.filter((f) => f.file === file && f.line >= statement.start && f.line <= statement.end).map((f) => f.rule));
        const typed = within(found.typed);
        const untyped = within(found.untyped);
        const label = `${file}:${statement.start}`;
        for (const [rule, tier] of statement.rules) claimed.push(`${label} ${rule}${tier === 'typed' ? ' (typed tier)' : ''}`);
        for (const rule of typed) reported.push(`${label} ${rule}${untyped.has(rule) ? '' : ' (typed tier)'}`);
        for (const rule of untyped) if (!typed.has(rule)) reported.push(`${label} ${rule} (without types only)`);
      }
    }
    expect(reported.sort()).toEqual(claimed.sort());
    // Every finding lies in some statement.
    const covered = (f: Finding) => annotations(f.file).some((s) => f.line >= s.start && f.line <= s.end);
    expect([...found.typed, ...found.untyped].filter((f) => !covered(f))).toEqual([]);
  });

  it('type-checks after --fix, and a second --fix changes nothing', async () => {
    // The demo above left its fixed copy in .demo/examples.
    const fixed = path.join(root, '.demo', 'examples');
    const configFile = ts.findConfigFile(fixed, (file) => ts.sys.fileExists(file));
    expect(configFile).toBeDefined();
    const config = ts.getParsedCommandLineOfConfigFile(configFile ?? '', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    const program = ts.createProgram(config?.fileNames ?? [], config?.options ?? {});
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);

    const eslint = new ESLint({ cwd: fixed, fix: true, overrideConfigFile: path.join(fixed, 'eslint.config.js') });
    const results = await eslint.lintFiles(['src']);
    expect(results.filter((result) => result.output !== undefined).map((result) => result.filePath)).toEqual([]);
  });

  it('uses the reference factory from docs/factory.md as it is written there', () => {
    const markdown = fs.readFileSync(path.join(root, 'docs', 'factory.md'), 'utf8');
    const reference = /^```ts reference-v3\n([\s\S]*?)^```$/m.exec(markdown)?.[1];
    expect(fs.readFileSync(path.join(root, 'examples', 'src', 'lib', 's3.ts'), 'utf8')).toBe(reference);
  });
});
