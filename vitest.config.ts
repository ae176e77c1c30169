import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Analysis errors are swallowed in production (a rule that cannot decide stays silent); tests see them.
    env: { S3_REGIONAL_DEBUG: '1' },
  },
});
