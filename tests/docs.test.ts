import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { lintTyped } from './lint.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleNames = Object.keys(plugin.rules);

interface Example {
  kind: 'correct' | 'incorrect';
  code: string;
  line: number;
}

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const fence = /^```ts (correct|incorrect)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    examples.push({
      kind: match[1] as Example['kind'],
      code: match[2] ?? '',
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return examples;
}

describe.each(ruleNames)('docs/rules/%s.md', (name) => {
  const file = path.join(root, 'docs', 'rules', `${name}.md`);
  const markdown = fs.readFileSync(file, 'utf8');

  it('explains why, shows examples, options and the fix by hand', () => {
    for (const heading of ['## Why', '## Examples', '## Options', '## How to fix by hand']) {
      expect(markdown, `${name}.md lacks "${heading}"`).toContain(`\n${heading}`);
    }
    const examples = examplesOf(markdown);
    expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
    expect(examples.some((e) => e.kind === 'correct')).toBe(true);
  });

  for (const example of examplesOf(markdown)) {
    it(`${example.kind} example at line ${example.line} is ${example.kind === 'incorrect' ? 'reported' : 'clean'}`, async () => {
      const result = await lintTyped(example.code, { [`s3-regional/${name}`]: 'error' });
      const fatal = result.messages.filter((m) => m.fatal);
      expect(fatal).toEqual([]);
      const reports = result.messages.filter((m) => m.ruleId === `s3-regional/${name}`);
      if (example.kind === 'incorrect') expect(reports.length).toBeGreaterThan(0);
      else expect(reports.map((r) => r.message)).toEqual([]);
    });
  }
});
