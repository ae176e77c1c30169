/**
 * TypeScript is loaded on first use, and a TypeScript without the JavaScript API (7.0 and later)
 * is named plainly with the way out, instead of failing deep in the analysis.
 */
import { describe, expect, it } from 'vitest';
import { installedTypeScriptVersion, isTypeScriptWithoutApi, loadTypeScript, typeScript7Advice } from '../../src/typed/typescript.js';

describe('the TypeScript loader', () => {
  it('reads the installed version without loading TypeScript', () => {
    expect(installedTypeScriptVersion()).toMatch(/^6\./);
  });

  it.each([
    ['4.8.4', false],
    ['5.9.3', false],
    ['6.0.3', false],
    ['7.0.2', true],
    ['7.1.0-dev.20261101', true],
  ])('TypeScript %s has no JavaScript API: %s', (version, withoutApi) => {
    expect(isTypeScriptWithoutApi(version)).toBe(withoutApi);
  });

  it('says what to install, and where the README explains it', () => {
    const advice = typeScript7Advice('7.0.2');
    expect(advice).toContain("'typescript' is 7.0.2");
    expect(advice).toContain('TypeScript 4.8 to 6.0');
    expect(advice).toMatch(/#typescript-7$/);
  });

  it('loads the TypeScript the parser uses', () => {
    const ts = loadTypeScript();
    expect(ts.version).toBe(installedTypeScriptVersion());
    expect(typeof ts.createProgram).toBe('function');
  });
});
