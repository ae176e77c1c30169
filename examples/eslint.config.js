// The example project's lint setup, as a user of the plugin would write it.
import * as path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import s3Regional from 'eslint-plugin-s3-regional';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // strict: recommended, plus prefer-client-factory and unproven presign clients.
  s3Regional.configs.strict,
  {
    settings: {
      's3-regional': {
        regions: ['eu-west-1'],
        bucketRegions: { 'acme-invoices': 'eu-west-1' },
        // The reference factory from docs/factory.md. An absolute path: ESLint 10 uses this config for
        // examples/ whichever directory it runs in, and a relative path would be taken from there.
        factory: { name: 'createS3Client', module: path.join(import.meta.dirname, 'src/lib/s3.js') },
      },
    },
  },
];
