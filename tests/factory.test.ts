/**
 * The reference factories in docs/factory.md, taken from the page as written: they type-check,
 * the plugin finds nothing in them or in code that uses them, and every URL they presign with the
 * real SDKs (offline, fake credentials) is on a regional host or the interface endpoint.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type S3 from 'aws-sdk/clients/s3.js';
import type { Linter } from 'eslint';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyEndpoint } from '../src/sdk/index.js';
import { lintTyped } from './lint.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const markdown = fs.readFileSync(path.join(root, 'docs', 'factory.md'), 'utf8');
// Inside the repository, so that the SDKs resolve from its node_modules.
const workDir = path.join(root, '.demo', 'factory');

function block(tag: string): string {
  const match = new RegExp('^```ts ' + tag + '\\n([\\s\\S]*?)^```$', 'm').exec(markdown);
  if (!match?.[1]) throw new Error(`docs/factory.md has no \`\`\`ts ${tag} block`);
  return match[1];
}

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const vpce = 'https://bucket.vpce-0a1b2c3d4e5f6a7b8-abcdefgh.s3.us-east-1.vpce.amazonaws.com';
const environment = ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_S3_US_EAST_1_REGIONAL_ENDPOINT', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'];
const saved = new Map<string, string | undefined>();

interface V3Module {
  createS3Client(config: { region: string; interfaceEndpoint?: string; credentials: typeof credentials }): S3Client;
}
interface V2Module {
  createLegacyS3(config: { region: string; interfaceEndpoint?: string; accessKeyId: string; secretAccessKey: string }): S3;
}
let v3: V3Module;
let v2: V2Module;

beforeAll(async () => {
  for (const name of environment) saved.set(name, process.env[name]);
  for (const name of environment) delete process.env[name];
  process.env.AWS_CONFIG_FILE = path.join(workDir, 'no-such-config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(workDir, 'no-such-credentials');
  fs.mkdirSync(workDir, { recursive: true });
  for (const [tag, file] of [['reference-v3', 's3-factory.ts'], ['reference-v2', 's3-factory-v2.ts']] as const) {
    const source = block(tag);
    fs.writeFileSync(path.join(workDir, file), source);
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    fs.writeFileSync(path.join(workDir, file.replace(/\.ts$/, '.mjs')), outputText);
  }
  v3 = (await import(pathToFileURL(path.join(workDir, 's3-factory.mjs')).href)) as V3Module;
  v2 = (await import(pathToFileURL(path.join(workDir, 's3-factory-v2.mjs')).href)) as V2Module;
});

afterAll(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('docs/factory.md reference factories', () => {
  it('type-check under strict settings', () => {
    const files = ['s3-factory.ts', 's3-factory-v2.ts'].map((file) => path.join(workDir, file));
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      skipLibCheck: true,
      types: ['node'],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('are clean under every plugin rule, and so is code that uses them', async () => {
    const rules: Linter.RulesRecord = {
      's3-regional/no-unpinned-client': 'error',
      's3-regional/no-unpinned-presign': ['error', { reportUnproven: true, pinnedTypes: ['PinnedS3Client', 'PinnedLegacyS3'] }],
      's3-regional/no-global-endpoint': 'error',
    };
    for (const tag of ['reference-v3', 'reference-v2']) {
      const result = await lintTyped(block(tag), rules);
      expect(result.messages.map((m) => `${m.ruleId ?? ''}: ${m.message}`)).toEqual([]);
    }
  });

  it.each(['us-east-1', 'eu-west-1', 'ap-south-1'])('v3: presigns on the regional host in %s', async (region) => {
    const client = v3.createS3Client({ region, credentials });
    const url = new URL(await getSignedUrl(client, new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' })));
    expect(url.host).toBe(`my-bucket.s3.${region}.amazonaws.com`);
    expect(classifyEndpoint(url.href).kind).toBe('regional');
    const post = await createPresignedPost(client, { Bucket: 'my-bucket', Key: 'a/b.txt' });
    expect(classifyEndpoint(post.url)).toMatchObject({ kind: 'regional', region });
  });

  it('v3: presigns on the interface endpoint when given one', async () => {
    const client = v3.createS3Client({ region: 'us-east-1', credentials, interfaceEndpoint: vpce });
    const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: 'my-bucket', Key: 'a/b.txt' }));
    expect(classifyEndpoint(url).kind).toBe('private');
  });

  it('v3: refuses a region that is not one', () => {
    expect(() => v3.createS3Client({ region: 'aws-global', credentials })).toThrow(/not an AWS region/);
  });

  it.each(['us-east-1', 'eu-west-1'])('v2: getSignedUrl and createPresignedPost are regional in %s', (region) => {
    const s3 = v2.createLegacyS3({ region, ...credentials });
    const url = s3.getSignedUrl('getObject', { Bucket: 'my-bucket', Key: 'a/b.txt' });
    expect(classifyEndpoint(url)).toMatchObject({ kind: 'regional', region });
    const post = s3.createPresignedPost({ Bucket: 'my-bucket', Fields: { key: 'a/b.txt' } });
    expect(classifyEndpoint(post.url)).toMatchObject({ kind: 'regional', region });
  });

  it('v2: presigns on the interface endpoint when given one', () => {
    const s3 = v2.createLegacyS3({ region: 'us-east-1', interfaceEndpoint: vpce, ...credentials });
    expect(classifyEndpoint(s3.getSignedUrl('getObject', { Bucket: 'my-bucket', Key: 'k' })).kind).toBe('private');
    expect(classifyEndpoint(s3.createPresignedPost({ Bucket: 'my-bucket', Fields: { key: 'k' } }).url).kind).toBe('private');
  });
});
