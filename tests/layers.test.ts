/**
 * The source layout's two rules, checked on the import statements of every module under src/:
 *
 * - imports point down the layers (a module may use its own layer and those below it), so that
 *   knowledge has one home and nothing below a rule knows about rules;
 * - nothing that needs TypeScript is imported as a value: TypeScript's API is required on first
 *   use by `typed/typescript.ts` alone, so the plugin loads where `typescript` is absent.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');

/** Bottom first. A path prefix names a folder (ending in `/`) or one file. */
const LAYERS: readonly (readonly string[])[] = [
  ['meta.ts', 'sdk/'], // the package's identity; AWS and SDK knowledge (no syntax trees, no checker)
  ['settings.ts'], // the shared settings, validated
  ['syntax/', 'fix/'], // ESTree-side analysis; edits for fixes
  ['typed/'], // checker-side analysis on TypeScript's tree
  ['rules/utils/'], // the rule setup and the words rules share
  ['rules/'], // one file per rule
  ['configs/', 'index.ts'], // the configs and the plugin object
];

function layerOf(file: string): number {
  const relative = path.relative(src, file).split(path.sep).join('/');
  // The most specific prefix wins (`rules/utils/` before `rules/`).
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((prefixes, index) => {
    for (const prefix of prefixes) {
      const matches = prefix.endsWith('/') ? relative.startsWith(prefix) : relative === prefix;
      if (matches && prefix.length > bestLength) {
        best = index;
        bestLength = prefix.length;
      }
    }
  });
  return best;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** The module specifiers a file imports (static, re-exports, dynamic), and whether only types. */
function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s+'([^']+)'/gms;
  for (const match of text.matchAll(statement)) {
    found.push({ specifier: match[3] ?? '', typeOnly: match[2] !== undefined });
  }
  for (const match of text.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push({ specifier: match[1] ?? '', typeOnly: false });
  for (const match of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push({ specifier: match[1] ?? '', typeOnly: false });
  return found;
}

const files = sourceFiles(src);

describe('source layers', () => {
  it('places every module in a layer', () => {
    const unplaced = files.filter((file) => layerOf(file) === -1).map((file) => path.relative(root, file));
    expect(unplaced).toEqual([]);
  });

  it.each(files.map((file) => [path.relative(root, file), file] as const))('%s imports only its layer and those below', (_, file) => {
    const own = layerOf(file);
    const upward = importsOf(file)
      .filter(({ specifier }) => specifier.startsWith('.'))
      .map(({ specifier }) => path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')))
      .filter((target) => layerOf(target) > own)
      .map((target) => path.relative(root, target));
    expect(upward).toEqual([]);
  });

  it('loads nothing that needs TypeScript when the plugin loads', () => {
    // `typescript`, and typescript-eslint's packages that load it, are named for their types only;
    // TypeScript's API is required on first use by one module, `typed/typescript.ts`.
    const needsTypeScript = new Set(['typescript', '@typescript-eslint/utils', '@typescript-eslint/parser', '@typescript-eslint/typescript-estree']);
    const loaders = files.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier, typeOnly }) => needsTypeScript.has(specifier.replace(/\/.*$/, '')) && !typeOnly)
        .map(({ specifier }) => `${path.relative(src, file)} → ${specifier}`),
    );
    expect(loaders).toEqual([]);
    const requirers = files
      .filter((file) => /require\)?\(\s*'typescript'\s*\)|createRequire\(import\.meta\.url\)\('typescript'\)/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file).split(path.sep).join('/'));
    expect(requirers).toEqual(['typed/typescript.ts']);
  });

  it('keeps AWS knowledge free of syntax trees and the checker', () => {
    const sdk = files.filter((file) => path.relative(src, file).startsWith(`sdk${path.sep}`));
    const foreign = sdk.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier }) => !specifier.startsWith('./'))
        .map(({ specifier }) => `${path.basename(file)} → ${specifier}`),
    );
    expect(foreign).toEqual([]);
  });
});
