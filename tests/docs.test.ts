import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { lintTyped, lintUntyped } from './lint.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleNames = Object.keys(plugin.rules);

interface Example {
  kind: 'correct' | 'incorrect';
  code: string;
  line: number;
  /** Shared settings from a `<!-- settings: {…} -->` comment right above the block. */
  settings: Record<string, unknown>;
}

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const fence = /^(?:<!-- settings: (.*) -->\n)?```ts (correct|incorrect)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    examples.push({
      kind: match[2] as Example['kind'],
      code: match[3] ?? '',
      line: markdown.slice(0, match.index).split('\n').length,
      settings: match[1] ? (JSON.parse(match[1]) as Record<string, unknown>) : {},
    });
  }
  return examples;
}

describe.each(ruleNames)('docs/rules/%s.md', (name) => {
  const file = path.join(root, 'docs', 'rules', `${name}.md`);
  const markdown = fs.readFileSync(file, 'utf8');

  it('explains why, shows examples, options and the fix by hand', () => {
    const rule = plugin.rules[name as keyof typeof plugin.rules];
    const hasOptions = (rule.meta.schema as readonly unknown[]).length > 0;
    const headings = ['## Why', '## Examples', ...(hasOptions ? ['## Options'] : []), '## How to fix by hand'];
    for (const heading of headings) {
      expect(markdown, `${name}.md lacks "${heading}"`).toContain(`\n${heading}`);
    }
    const examples = examplesOf(markdown);
    expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
    expect(examples.some((e) => e.kind === 'correct')).toBe(true);
  });

  for (const example of examplesOf(markdown)) {
    it(`${example.kind} example at line ${example.line} is ${example.kind === 'incorrect' ? 'reported' : 'clean'}`, async () => {
      const result = await lintTyped(example.code, { [`s3-regional/${name}`]: 'error' }, { settings: example.settings });
      const fatal = result.messages.filter((m) => m.fatal);
      expect(fatal).toEqual([]);
      const reports = result.messages.filter((m) => m.ruleId === `s3-regional/${name}`);
      if (example.kind === 'incorrect') expect(reports.length).toBeGreaterThan(0);
      else expect(reports.map((r) => r.message)).toEqual([]);
      // Without type information: nothing the typed run does not report (a correct example stays clean).
      const untyped = await lintUntyped(example.code, { [`s3-regional/${name}`]: 'error' }, { settings: example.settings });
      const where = (m: { ruleId: string | null; line: number; column: number }): string => `${m.ruleId ?? 'fatal'} ${m.line}:${m.column}`;
      const typedReports = new Set(result.messages.map(where));
      expect(untyped.messages.map(where).filter((report) => !typedReports.has(report))).toEqual([]);
    });
  }
});
