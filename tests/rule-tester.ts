import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Rule-level tests see the analysis errors a rule swallows in production (where it cannot decide it
// stays silent): a crash fails the test instead of passing as silence. Missing type information is
// never swallowed, so this hides nothing users would see; the tests of what users see
// (type-information.test.ts, the consumer test) run without it.
process.env.S3_REGIONAL_DEBUG = '1';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A RuleTester with full type information: the fixtures project, whose tsconfig includes `file.ts`. */
export function typedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fixturesDir,
      },
    },
  });
}

/** A RuleTester with the TypeScript parser but no type information. */
export function untypedRuleTester(): RuleTester {
  return new RuleTester();
}
