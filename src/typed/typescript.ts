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

/** TypeScript's API; throws a clear error when the installed TypeScript has none. */
export function loadTypeScript(): typeof ts {
  if (api) return api;
  const loaded = createRequire(import.meta.url)('typescript') as Partial<typeof ts>;
  const major = Number.parseInt(String(loaded.version ?? ''), 10);
  if (typeof loaded.createProgram !== 'function' || !(major < 7)) {
    throw new Error(
      `Typed linting needs TypeScript's JavaScript API (TypeScript 4.8 to 6.0); the installed 'typescript' is ` +
        `${loaded.version ?? 'a package without it'}. Keep TypeScript 6 installed as 'typescript' for linting, ` +
        `beside TypeScript 7 for tsc: see ${TYPESCRIPT_7_HELP}`,
    );
  }
  api = loaded as typeof ts;
  return api;
}

/** TypeScript's API as a value, loaded when first touched. */
export const typescript: typeof ts = new Proxy({} as typeof ts, {
  get: (_, key) => Reflect.get(loadTypeScript(), key) as unknown,
});
