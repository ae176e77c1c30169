/**
 * TypeScript's API, loaded on first use rather than when the plugin loads: only a file linted with
 * type information (a program from the parser) ever needs it, so the plugin loads and its syntax
 * tier runs where `typescript` is absent, or is TypeScript 7 (which has no JavaScript API before
 * 7.1). The modules of `typed/` name TypeScript's types freely (`import type`) and reach its
 * values through {@link typescript}.
 *
 * The instance is the one `require('typescript')` finds from this package, as typescript-eslint's
 * parser finds it, so that node kinds and flags agree with the program's.
 */
import { createRequire } from 'node:module';
import type ts from 'typescript';
import { REPOSITORY_URL } from '../meta.js';

/** The README section that explains typed linting beside TypeScript 7. */
export const TYPESCRIPT_7_HELP = `${REPOSITORY_URL}#typescript-7`;

let api: typeof ts | undefined;

/** The version of the `typescript` package installed beside the plugin, read without loading it. */
export function installedTypeScriptVersion(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url)('typescript/package.json') as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/** Is the installed `typescript` one without the JavaScript API typed linting needs (7.0 and later)? */
export function isTypeScriptWithoutApi(version = installedTypeScriptVersion()): boolean {
  return version !== undefined && Number.parseInt(version, 10) >= 7;
}

/** What to say when typed linting meets TypeScript 7. */
export function typeScript7Advice(version: string): string {
  return (
    `The installed 'typescript' is ${version}, which has no JavaScript API: typed linting needs TypeScript 4.8 to 6.0 ` +
    `installed as 'typescript' beside it (TypeScript 7 for tsc under another name): see ${TYPESCRIPT_7_HELP}`
  );
}

/** TypeScript's API; throws a clear error when the installed TypeScript has none. */
export function loadTypeScript(): typeof ts {
  if (api) return api;
  const version = installedTypeScriptVersion();
  if (version !== undefined && isTypeScriptWithoutApi(version)) throw new Error(typeScript7Advice(version));
  const loaded = createRequire(import.meta.url)('typescript') as Partial<typeof ts>;
  if (typeof loaded.createProgram !== 'function') throw new Error(typeScript7Advice(String(loaded.version ?? version ?? 'unknown')));
  api = loaded as typeof ts;
  return api;
}

/** TypeScript's API as a value, loaded when first touched. */
export const typescript: typeof ts = new Proxy({} as typeof ts, {
  get: (_, key) => Reflect.get(loadTypeScript(), key) as unknown,
});
