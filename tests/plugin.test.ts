import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

describe('plugin object', () => {
  it('names itself', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-s3-regional', version: pkg.version });
  });

  it('has the public rule names', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(
      expect.arrayContaining(['no-unpinned-client', 'no-unpinned-presign']),
    );
  });

  it.each(Object.entries(plugin.rules))('%s follows the rule conventions', (name, rule) => {
    expect(rule.meta.docs?.url).toBe(`https://github.com/s3-regional/eslint-plugin-s3-regional/blob/main/docs/rules/${name}.md`);
    expect(rule.meta.docs?.description).toMatch(/^[A-Z].*[^.]$/);
    // Rules with options declare their defaults in meta (eslint-plugin-eslint-plugin forbids them otherwise).
    expect(rule.meta.defaultOptions !== undefined).toBe((rule.meta.schema as readonly unknown[]).length > 0);
    for (const schema of rule.meta.schema as readonly { properties?: Record<string, { description?: string }> }[]) {
      for (const [option, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description, `${name}.${option}`).toBeTruthy();
      }
    }
  });

  it('derives its configs from rule metadata', () => {
    const all = Object.keys(plugin.rules).map((name) => `s3-regional/${name}`);
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(all.sort());
    const recommended = Object.entries(plugin.rules)
      .filter(([, rule]) => rule.meta.docs?.recommended === true)
      .map(([name]) => `s3-regional/${name}`);
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(recommended.sort());
    expect(plugin.configs.recommended.name).toBe('s3-regional/recommended');
    expect(plugin.configs.recommended.plugins?.['s3-regional']).toBe(plugin);
    // strict turns on what can only be proven with more effort.
    expect(plugin.configs.strict.rules?.['s3-regional/no-unpinned-presign']).toEqual(['error', { reportUnproven: true }]);
  });
});
