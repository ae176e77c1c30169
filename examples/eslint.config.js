// The example project's lint setup, as a user of the plugin would write it.
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
        // The reference factory from docs/factory.md; relative to this directory.
        factory: { name: 'createS3Client', module: './src/lib/s3.js' },
      },
    },
  },
];
