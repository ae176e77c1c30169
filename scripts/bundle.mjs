#!/usr/bin/env node
// @ts-check
/**
 * Bundles the built plugin (`dist/index.js` and the modules it imports, as `tsc` wrote them) into
 * one module, `dist/index.js`, with `@typescript-eslint/types`' node-type enum inlined. Loading one
 * module instead of about fifty is most of the plugin's start-up cost, which every linter process
 * pays: oxlint runs the plugin in each run, and editors and pre-commit hooks start often.
 * `typescript` stays outside: it is required on first use, only where a program is linted
 * (src/typed/typescript.ts). The declaration files stay as `tsc` wrote them.
 *
 *   node scripts/bundle.mjs      (part of `npm run build`)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const entry = path.join(dist, 'index.js');
const bundled = path.join(dist, 'index.bundle.js');

await build({
  input: entry,
  platform: 'node',
  external: ['typescript'],
  logLevel: 'warn',
  output: { file: bundled, format: 'esm' },
});
fs.renameSync(bundled, entry);
