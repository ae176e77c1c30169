/**
 * The bundled example project, linted and fixed as `npm run demo` does: the findings and the
 * diff that `--fix` makes are kept as a snapshot, so that every change to what the plugin finds
 * or fixes in it shows up for review (update with `npx vitest run tests/examples.test.ts -u`).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

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
