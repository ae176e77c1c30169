#!/usr/bin/env node
// The plugin's cost budget, measured: lint a typed corpus (or a real project) with ESLint's own
// statistics (`stats: true`) and compare the plugin's rules with the whole typed lint and with
// `@typescript-eslint/no-floating-promises` measured in the same run.
//
//   npm run build && node scripts/bench.mjs                 # default corpus: 1,000 files, 10% S3, 3 runs
//   node scripts/bench.mjs --files 250 --runs 5             # another size, median of 5 runs
//   node scripts/bench.mjs --sdk-share 0.2 --seed 7         # a different mix
//   node scripts/bench.mjs ../my-service                    # a real project (its tsconfig.json)
//   node scripts/bench.mjs ../my-service/tsconfig.app.json  # ... or a given tsconfig
//   node scripts/bench.mjs --json out.json                  # also write the numbers as JSON
//   node scripts/bench.mjs --plugin ../candidate/dist/index.js  # measure another build of the plugin
//   node scripts/bench.mjs --gc-adjusted                    # also time the rules without GC pauses
//
// The corpus is generated from a seed into .bench/corpus-<N>/ (rewritten only when the options or
// the generator change), with a tsconfig.json, and an eslint.config.js for trying the ESLint CLI.
// See docs/performance.md for what it contains and for the numbers.
//
// Each run lints in a fresh child process, so every run pays the same cold start (TypeScript's
// program and checker are created once per process by typescript-eslint's project service).
// The budget: all plugin rules together at most 1% of total typed-lint time and at most 0.25x
// the time of no-floating-promises. The exit code is 1 when the budget fails, 2 on bad usage or
// when linting fails.
//
// Total typed-lint time is the sum over files of ESLint's per-file `total` (parse + rules + fix).
// The typed parse (typescript-eslint building the program, the AST maps and the checker) is in
// `parse`; the rules' own time, including each rule's create(), is in `rules`. Wall-clock time is
// printed too; it adds file enumeration, config loading and the project service's start.
import { fork } from 'node:child_process';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN_PREFIX = 's3-regional/';
const REFERENCE_RULE = '@typescript-eslint/no-floating-promises';
const BUDGET = { share: 0.01, ratio: 0.25 };
/** Bump when the generated corpus changes, so an old corpus on disk is rewritten. */
const CORPUS_VERSION = 4;

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error(
    'usage: node scripts/bench.mjs [--files N] [--sdk-share F] [--seed S] [--runs K] [--json FILE] [--plugin FILE] [--gc-adjusted] [project-dir | tsconfig.json]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const options = { files: 1000, sdkShare: 0.1, seed: 1, runs: 3, json: undefined, plugin: path.join(root, 'dist', 'index.js'), gcAdjusted: false, project: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) usage(`${arg} needs a value`);
      return next;
    };
    const number = (text, check) => {
      const n = Number(text);
      if (!Number.isFinite(n) || !check(n)) usage(`bad value for ${arg}: ${text}`);
      return n;
    };
    if (arg === '--files') options.files = number(value(), (n) => Number.isInteger(n) && n >= 20);
    else if (arg === '--sdk-share') options.sdkShare = number(value(), (n) => n >= 0 && n <= 1);
    else if (arg === '--seed') options.seed = number(value(), Number.isInteger);
    else if (arg === '--runs') options.runs = number(value(), (n) => Number.isInteger(n) && n >= 1);
    else if (arg === '--json') options.json = value();
    else if (arg === '--plugin') options.plugin = path.resolve(value());
    else if (arg === '--gc-adjusted') options.gcAdjusted = true;
    else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (options.project === undefined) options.project = arg;
    else usage(`unexpected argument ${arg}`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// The corpus: deterministic (seeded), written once per size, mix and generator version
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so the same options always give the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'account', 'order', 'invoice', 'customer', 'report', 'session', 'payment', 'shipment', 'ticket', 'product',
  'catalog', 'profile', 'audit', 'message', 'schedule', 'document', 'billing', 'inventory', 'review', 'team',
];
const VERBS = ['load', 'save', 'refresh', 'archive', 'validate', 'export', 'sync', 'notify', 'render', 'merge'];
const HOSTS = ['api.example.com', 'auth.example.com', 'cdn.example.net', 'hooks.example.org', 'localhost:8080'];
const BUCKETS = ['acme-reports', 'acme-uploads', 'acme-archive', 'acme-invoices', 'acme-media'];
const REGIONS = ['eu-west-1', 'eu-central-1', 'us-west-2', 'ap-southeast-2'];

function pad(n) {
  return String(n).padStart(4, '0');
}

/** Where module `i` lives: areas of 25 modules, so imports cross directories. */
function modulePath(i, kind) {
  return `src/area-${pad(Math.floor(i / 25)).slice(1)}/${kind}-${pad(i)}.ts`;
}

function importPath(from, to) {
  let relative = path.posix.relative(path.posix.dirname(from), to).replace(/\.ts$/, '.js');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return relative;
}

function capital(word) {
  return word[0].toUpperCase() + word.slice(1);
}

/** Ordinary application code: strings, templates, calls, classes, promises (some floating). */
function ordinaryModule(i, file, rand, imports, options) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const word = pick(WORDS);
  const Name = `${capital(word)}${i}`;
  const host = pick(HOSTS);
  const lines = [];
  for (const dep of imports) {
    lines.push(`import { ${dep.service}, format${dep.n}, type ${dep.record} } from '${importPath(file, dep.file)}';`);
  }
  if (options.signer) lines.push(`import { UrlSigner${options.signer.n} } from '${importPath(file, options.signer.file)}';`);
  lines.push('');
  lines.push(`export interface ${Name}Record {`);
  lines.push('  id: string;', '  name: string;', '  tags: string[];', '  createdAt: Date;', '  meta?: Record<string, string>;');
  for (const dep of imports) lines.push(`  ${dep.field}?: ${dep.record};`);
  lines.push('}', '');

  const messageCount = 4 + Math.floor(rand() * 8);
  const messageKeys = [];
  lines.push(`const MESSAGES_${i} = {`);
  for (let m = 0; m < messageCount; m++) {
    const other = pick(WORDS);
    messageKeys.push(`${other}${m}`);
    const text =
      m % 3 === 0
        ? `'The ${word} ${other} could not be processed'`
        : m % 3 === 1
          ? `'Invalid ${other}: ' + 'check the ${word} fields and try again'`
          : `\`${capital(other)} \${'${word}'} is not available\``;
    lines.push(`  ${other}${m}: ${text},`);
  }
  lines.push('} as const;', '');
  lines.push(`const BASE_URL_${i} = process.env.${word.toUpperCase()}_URL ?? 'https://${host}/v${1 + (i % 3)}';`, '');

  lines.push(`export function format${i}(record: ${Name}Record): string {`);
  lines.push("  const tags = record.tags.length > 0 ? record.tags.join(', ') : 'untagged';");
  lines.push(`  return \`\${record.name} (\${record.id}) [\${tags}] created \${record.createdAt.toISOString()}\`;`);
  lines.push('}', '');

  lines.push(`export function path${i}(...parts: string[]): string {`);
  lines.push(`  return [BASE_URL_${i}, '${word}s', ...parts.map((part) => encodeURIComponent(part))].join('/');`);
  lines.push('}', '');

  lines.push(`export class ${Name}Service {`);
  lines.push(`  private readonly cache = new Map<string, ${Name}Record>();`);
  lines.push(`  private readonly pending: Promise<void>[] = [];`);
  for (const dep of imports) lines.push(`  private readonly ${dep.field} = new ${dep.service}();`);
  if (options.signer) lines.push(`  private readonly signer = new UrlSigner${options.signer.n}('k-${i}');`);
  lines.push('');
  lines.push(`  async load(id: string): Promise<${Name}Record> {`);
  lines.push('    const cached = this.cache.get(id);');
  lines.push('    if (cached) return cached;');
  lines.push(`    const response = await fetch(path${i}(id), { headers: { accept: 'application/json', 'x-request-id': \`req-\${id}\` } });`);
  lines.push(`    if (response.status === 404) throw new Error(MESSAGES_${i}.${messageKeys[0]} + ': ' + id);`);
  lines.push(`    if (!response.ok) throw new Error('Request for ' + id + ' failed with status ' + String(response.status));`);
  lines.push(`    const record = (await response.json()) as ${Name}Record;`);
  lines.push('    this.cache.set(id, record);');
  lines.push('    return record;');
  lines.push('  }', '');
  lines.push(`  async save(record: ${Name}Record): Promise<void> {`);
  lines.push(`    const body = JSON.stringify({ ...record, updatedBy: process.env.USER ?? 'system' });`);
  lines.push(`    await fetch(path${i}(record.id), { method: 'PUT', body, headers: { 'content-type': 'application/json' } });`);
  lines.push('  }', '');

  const methodCount = 2 + Math.floor(rand() * 5);
  for (let m = 0; m < methodCount; m++) {
    const verb = VERBS[(i + m) % VERBS.length];
    const other = pick(WORDS);
    lines.push(`  async ${verb}${capital(other)}${m}(ids: readonly string[], label = '${other}-${m}'): Promise<string[]> {`);
    lines.push('    const results: string[] = [];');
    lines.push('    for (const id of ids) {');
    lines.push('      const record = await this.load(id);');
    lines.push(`      const line = label + ': ' + format${i}(record) + (record.meta?.note ? \` - \${record.meta.note}\` : '');`);
    lines.push("      results.push(line.length > 120 ? line.slice(0, 117) + '...' : line);");
    lines.push('    }');
    if (m % 2 === 0) lines.push('    this.save(results.length > 0 ? { id: ids[0] ?? \'none\', name: label, tags: [], createdAt: new Date() } : { id: \'empty\', name: label, tags: [], createdAt: new Date() });');
    else lines.push('    void this.notifyLater(label);');
    for (const dep of imports) {
      if ((m + dep.n) % 3 === 0) lines.push(`    this.${dep.field}.load(ids[0] ?? '').then((r) => console.log(format${dep.n}(r)));`);
    }
    if (options.signer && m === 0) {
      lines.push(`    results.push(this.signer.getSignedUrl({ url: path${i}('export', label), expires: 3600 }));`);
    }
    lines.push(`    console.info(\`${verb} \${results.length} ${other}s\`, { label, at: new Date().toISOString() });`);
    lines.push('    return results;');
    lines.push('  }', '');
  }
  lines.push('  private async notifyLater(label: string): Promise<void> {');
  lines.push('    await new Promise<void>((resolve) => setTimeout(resolve, 10));');
  lines.push(`    const text = label.includes('error') ? 'Failed: ' + label : label || 'no label';`);
  lines.push("    this.pending.push(Promise.resolve().then(() => console.debug('notified', text)));");
  lines.push('  }');
  lines.push('}', '');

  if (options.globalUrl) {
    lines.push('// A hand-written S3 URL in code that does not use the SDK.');
    lines.push(`export const legacyExportUrl${i} = (key: string): string => \`https://${pick(BUCKETS)}.s3.amazonaws.com/exports/\${key}\`;`, '');
  }
  if (options.signerClass) {
    lines.push('/** An app-level URL signer (a CDN token): named like a presigner, unrelated to S3. */');
    lines.push(`export class UrlSigner${i} {`);
    lines.push('  constructor(private readonly keyId: string) {}');
    lines.push('  getSignedUrl(options: { url: string; expires: number }): string {');
    lines.push("    return `${options.url}?key=${this.keyId}&expires=${String(options.expires)}&sig=${'x'.repeat(8)}`;");
    lines.push('  }');
    lines.push('}', '');
  }
  lines.push(`export function start${i}(service = new ${Name}Service()): void {`);
  lines.push(`  service.load('${word}-1').then((record) => console.log(format${i}(record)), (error: unknown) => console.error(error));`);
  lines.push(`  Promise.all([service.load('a'), service.load('b')]);`);
  lines.push('}', '');
  return lines.join('\n');
}

/** S3 client module: a mix of pinned and unpinned v3 clients. */
function clientsModule(k, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const region = pick(REGIONS);
  const unpinned = rand() < 0.5;
  return [
    "import { S3Client } from '@aws-sdk/client-s3';",
    '',
    `export const pinned${k} = new S3Client({ region: '${region}' });`,
    '',
    `const baseConfig${k} = { region: '${pick(REGIONS)}', maxAttempts: 3 } as const;`,
    `export const spread${k} = new S3Client({ ...baseConfig${k}, followRegionRedirects: true });`,
    '',
    unpinned
      ? `export const fromEnv${k} = new S3Client({ region: process.env.AWS_REGION });`
      : `export const fromEnv${k} = new S3Client({ region: process.env.AWS_REGION ?? '${region}' });`,
    '',
    rand() < 0.3
      ? `export const global${k} = new S3Client({ region: 'us-east-1', useGlobalEndpoint: true });`
      : `export const global${k} = new S3Client({ region: 'us-east-1' });`,
    '',
    `export function makeClient${k}(region${unpinned ? '?' : ''}: string): S3Client {`,
    '  return new S3Client({ region });',
    '}',
    '',
    `let lazy${k}: S3Client | undefined;`,
    `export function lazyClient${k}(): S3Client {`,
    `  return (lazy${k} ??= new S3Client({ region: '${region}' }));`,
    '}',
    '',
  ].join('\n');
}

/** v3 presigning in another file than the clients it uses. */
function presignModule(k, file, clients, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const c = clients.n;
  const bucket = pick(BUCKETS);
  return [
    "import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';",
    "import { getSignedUrl } from '@aws-sdk/s3-request-presigner';",
    `import { fromEnv${c}, global${c}, lazyClient${c}, makeClient${c}, pinned${c}, spread${c} } from '${importPath(file, clients.file)}';`,
    '',
    `const BUCKET_${k} = '${bucket}';`,
    '',
    `export function downloadLink${k}(key: string): Promise<string> {`,
    `  return getSignedUrl(pinned${c}, new GetObjectCommand({ Bucket: BUCKET_${k}, Key: key }), { expiresIn: 900 });`,
    '}',
    '',
    `export function uploadLink${k}(key: string, contentType = 'application/octet-stream'): Promise<string> {`,
    `  return getSignedUrl(fromEnv${c}, new PutObjectCommand({ Bucket: BUCKET_${k}, Key: \`uploads/\${key}\`, ContentType: contentType }));`,
    '}',
    '',
    `export async function archiveLinks${k}(keys: string[]): Promise<string[]> {`,
    `  const client = keys.length > 10 ? global${c} : spread${c};`,
    `  return Promise.all(keys.map((key) => getSignedUrl(client, new GetObjectCommand({ Bucket: '${pick(BUCKETS)}', Key: key }))));`,
    '}',
    '',
    `export function lazyLink${k}(key: string): Promise<string> {`,
    `  return getSignedUrl(lazyClient${c}(), new GetObjectCommand({ Bucket: BUCKET_${k}, Key: key }));`,
    '}',
    '',
    `export function regionLink${k}(key: string, region: string): Promise<string> {`,
    `  return getSignedUrl(makeClient${c}(region), new GetObjectCommand({ Bucket: BUCKET_${k}, Key: key }));`,
    '}',
    '',
    `export function injectedLink${k}(client: S3Client, key: string): Promise<string> {`,
    `  return getSignedUrl(client, new GetObjectCommand({ Bucket: BUCKET_${k}, Key: key }));`,
    '}',
    '',
    `export function refreshLinks${k}(keys: string[]): void {`,
    `  downloadLink${k}(keys[0] ?? 'index.html');`,
    `  void uploadLink${k}('tmp-' + String(keys.length));`,
    '}',
    '',
  ].join('\n');
}

/** SDK v2: us-east-1 with and without the regional flag, getSignedUrl, createPresignedPost, presign(). */
function v2Module(k, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const flagged = rand() < 0.5;
  return [
    "import AWS from 'aws-sdk';",
    '',
    `const legacy${k} = new AWS.S3({ region: 'us-east-1', signatureVersion: 'v4'${flagged ? ", s3UsEast1RegionalEndpoint: 'regional'" : ''} });`,
    `const regional${k} = new AWS.S3({ region: '${pick(REGIONS)}', signatureVersion: 'v4' });`,
    '',
    `export function legacyLink${k}(key: string): string {`,
    `  return legacy${k}.getSignedUrl('getObject', { Bucket: '${pick(BUCKETS)}', Key: key, Expires: 60 });`,
    '}',
    '',
    `export function regionalLink${k}(key: string): Promise<string> {`,
    `  return regional${k}.getSignedUrlPromise('getObject', { Bucket: '${pick(BUCKETS)}', Key: key });`,
    '}',
    '',
    `export function uploadForm${k}(key: string): AWS.S3.PresignedPost {`,
    `  return legacy${k}.createPresignedPost({ Bucket: '${pick(BUCKETS)}', Fields: { key } });`,
    '}',
    '',
    `export function requestLink${k}(key: string): string {`,
    `  const request = regional${k}.getObject({ Bucket: '${pick(BUCKETS)}', Key: key });`,
    "  // @ts-expect-error presign() is missing from aws-sdk's typings",
    '  return request.presign(60);',
    '}',
    '',
    `export function listLater${k}(prefix: string): void {`,
    `  regional${k}.listObjectsV2({ Bucket: '${pick(BUCKETS)}', Prefix: prefix }).promise();`,
    '}',
    '',
  ].join('\n');
}

/** A service class holding its own client, and one with an injected client. */
function serviceModule(k, file, clients, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const c = clients.n;
  const pinned = rand() < 0.6;
  return [
    "import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';",
    "import { getSignedUrl } from '@aws-sdk/s3-request-presigner';",
    `import { pinned${c} } from '${importPath(file, clients.file)}';`,
    '',
    `export class MediaStore${k} {`,
    `  private readonly client = new S3Client(${pinned ? `{ region: '${pick(REGIONS)}' }` : '{ maxAttempts: 5 }'});`,
    `  private readonly shared = pinned${c};`,
    `  constructor(private readonly bucket = '${pick(BUCKETS)}') {}`,
    '',
    '  async put(key: string, body: string): Promise<void> {',
    "    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: 'text/plain' }));",
    '  }',
    '',
    '  link(key: string): Promise<string> {',
    '    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: 300 });',
    '  }',
    '',
    '  sharedLink(key: string): Promise<string> {',
    '    return getSignedUrl(this.shared, new GetObjectCommand({ Bucket: this.bucket, Key: `shared/${key}` }));',
    '  }',
    '',
    '  warm(keys: string[]): void {',
    "    for (const key of keys) this.put(key, 'warm-up');",
    '  }',
    '}',
    '',
    `export class InjectedStore${k} {`,
    '  constructor(private readonly s3: S3Client) {}',
    '  link(key: string): Promise<string> {',
    `    return getSignedUrl(this.s3, new GetObjectCommand({ Bucket: '${pick(BUCKETS)}', Key: key }));`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Hand-written S3 URLs next to SDK imports: global and regional hosts, path style, concatenation. */
function urlsModule(k, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const bucket = pick(BUCKETS);
  const region = pick(REGIONS);
  return [
    "import type { S3Client } from '@aws-sdk/client-s3';",
    '',
    `export type UrlClient${k} = Pick<S3Client, 'config'>;`,
    '',
    `export function objectUrl${k}(bucket: string, key: string): string {`,
    '  return `https://${bucket}.s3.amazonaws.com/${encodeURIComponent(key)}`;',
    '}',
    '',
    `export function regionalUrl${k}(bucket: string, key: string): string {`,
    `  return \`https://\${bucket}.s3.${region}.amazonaws.com/\${key}\`;`,
    '}',
    '',
    `export const PATH_STYLE_${k} = 'https://s3.amazonaws.com/${bucket}/';`,
    `export const REGIONAL_PATH_STYLE_${k} = 'https://s3.${region}.amazonaws.com/${bucket}/';`,
    `export const CONCAT_${k} = (key: string): string => 'https://' + '${bucket}' + '.s3.amazonaws.com/' + key;`,
    `export const NOT_S3_${k} = ['https://${pick(HOSTS)}', 'assets', 'logo.png'].join('/');`,
    '',
  ].join('\n');
}

function writeCorpus(options) {
  const { files: total, sdkShare, seed } = options;
  const dir = path.join(root, '.bench', `corpus-${total}${sdkShare === 0.1 ? '' : `-sdk${sdkShare}`}${seed === 1 ? '' : `-seed${seed}`}`);
  const manifestPath = path.join(dir, 'corpus.json');
  const manifest = { version: CORPUS_VERSION, files: total, sdkShare, seed };
  if (fs.existsSync(manifestPath)) {
    try {
      const existing = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
      if (JSON.stringify({ ...existing, stats: undefined }) === JSON.stringify({ ...manifest, stats: undefined })) {
        return { dir, stats: existing.stats };
      }
    } catch {
      // rewrite below
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const rand = prng(seed);
  const sdkCount = Math.round(total * sdkShare);

  // Which module indices use the SDK: a seeded shuffle, so SDK files are spread through the tree.
  const indices = Array.from({ length: total }, (_, i) => i);
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  const sdkIndices = new Set(indices.slice(0, sdkCount));
  const kinds = ['presign', 'v2', 'service', 'presign', 'urls'];
  const modules = [];
  let sdkSeen = 0;
  for (let i = 0; i < total; i++) {
    if (sdkIndices.has(i)) {
      // Every fifth S3 module (and the first) holds clients that the later ones import.
      const kind = sdkSeen % 6 === 0 ? 'clients' : kinds[Math.floor(rand() * kinds.length)];
      sdkSeen++;
      modules.push({ i, kind, file: modulePath(i, kind) });
    } else {
      modules.push({ i, kind: 'app', file: modulePath(i, 'app') });
    }
  }

  const stats = { files: total, sdkFiles: sdkCount, lines: 0, byKind: {} };
  const write = (relative, text) => {
    const target = path.join(dir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  const apps = [];
  let lastClients;
  let lastSigner;
  for (const module of modules) {
    let text;
    if (module.kind === 'app') {
      const importCount = apps.length === 0 ? 0 : Math.floor(rand() * 3);
      const imports = [];
      for (let d = 0; d < importCount; d++) {
        // Mostly nearby modules, sometimes far ones: a realistic, acyclic import graph.
        const back = rand() < 0.7 ? 1 + Math.floor(rand() * Math.min(10, apps.length)) : 1 + Math.floor(rand() * apps.length);
        const dep = apps[apps.length - back];
        if (dep && !imports.some((x) => x.n === dep.n)) imports.push({ ...dep, field: `dep${dep.n}` });
      }
      const signerClass = rand() < 0.03;
      const signer = !signerClass && lastSigner && rand() < 0.05 ? lastSigner : undefined;
      text = ordinaryModule(module.i, module.file, rand, imports, { globalUrl: rand() < 0.01, signerClass, signer });
      const word = text.match(/export interface (\w+)Record/)[1];
      apps.push({ n: module.i, file: module.file, service: `${word}Service`, record: `${word}Record` });
      if (signerClass) lastSigner = { n: module.i, file: module.file };
    } else if (module.kind === 'clients') {
      text = clientsModule(module.i, rand);
      lastClients = { n: module.i, file: module.file };
    } else if (module.kind === 'presign') text = presignModule(module.i, module.file, lastClients, rand);
    else if (module.kind === 'v2') text = v2Module(module.i, rand);
    else if (module.kind === 'service') text = serviceModule(module.i, module.file, lastClients, rand);
    else text = urlsModule(module.i, rand);
    stats.lines += text.split('\n').length;
    stats.byKind[module.kind] = (stats.byKind[module.kind] ?? 0) + 1;
    write(module.file, text);
  }

  write('package.json', `${JSON.stringify({ name: `bench-corpus-${total}`, private: true, type: 'module' }, null, 2)}\n`);
  write(
    'tsconfig.json',
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM'],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: ['node'],
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  // For the ESLint CLI (`npx eslint --concurrency 2 --cache src` in this directory).
  write(
    'eslint.config.js',
    [
      '// Generated by scripts/bench.mjs: the benchmark rules, for trying the ESLint CLI on the corpus.',
      "import s3Regional from '../../dist/index.js';",
      "import tseslint from 'typescript-eslint';",
      '',
      'export default [',
      '  {',
      "    files: ['**/*.ts'],",
      '    languageOptions: {',
      '      parser: tseslint.parser,',
      '      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },',
      '    },',
      "    plugins: { '@typescript-eslint': tseslint.plugin, 's3-regional': s3Regional },",
      '    rules: {',
      `      '${REFERENCE_RULE}': 'error',`,
      "      's3-regional/no-global-endpoint': 'error',",
      "      's3-regional/no-unpinned-client': 'error',",
      "      's3-regional/no-unpinned-presign': 'error',",
      '    },',
      "    settings: { 's3-regional': { regions: ['eu-west-1'] } },",
      '  },',
      '];',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, stats }, null, 2)}\n`);
  return { dir, stats };
}

// ---------------------------------------------------------------------------------------------
// The project's files: what its tsconfig includes (references followed), without declarations
// ---------------------------------------------------------------------------------------------

async function projectFiles(tsconfigPath) {
  const ts = (await import('typescript')).default;
  const seen = new Set();
  const files = new Set();
  const visit = (configPath) => {
    const resolved = path.resolve(configPath);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const parsed = ts.getParsedCommandLineOfConfigFile(resolved, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!parsed) return;
    for (const file of parsed.fileNames) {
      if (/\.d\.[cm]?ts$/.test(file) || !/\.[cm]?tsx?$/.test(file) || file.includes('/node_modules/')) continue;
      files.add(path.resolve(file));
    }
    for (const reference of parsed.projectReferences ?? []) {
      const target = reference.path.endsWith('.json') ? reference.path : path.join(reference.path, 'tsconfig.json');
      visit(target);
    }
  };
  visit(tsconfigPath);
  return [...files].sort();
}

// ---------------------------------------------------------------------------------------------
// One run, in a child process
// ---------------------------------------------------------------------------------------------

async function worker(job) {
  const started = performance.now();
  // Garbage-collection pauses land in whichever rule happens to allocate: report them, so a noisy
  // run can be told from a slow rule.
  const gc = { count: 0, ms: 0, majorMs: 0 };
  const gcIntervals = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.ms += entry.duration;
      gcIntervals.push([entry.startTime, entry.startTime + entry.duration]);
      if (entry.detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) gc.majorMs += entry.duration;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const { ESLint } = await import('eslint');
  const tseslint = (await import('typescript-eslint')).default;
  const plugin = (await import(pathToFileURL(job.plugin).href)).default;
  const pluginRules = Object.keys(plugin.rules).map((name) => PLUGIN_PREFIX + name);
  const timings = new Map();
  const eslint = new ESLint({
    cwd: job.cwd,
    overrideConfigFile: true,
    stats: true,
    cache: false,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: job.tsconfigRootDir },
        },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        plugins: job.gcAdjusted
          ? {
              '@typescript-eslint': instrumentPlugin(tseslint.plugin, '@typescript-eslint/', [REFERENCE_RULE], timings),
              's3-regional': instrumentPlugin(plugin, PLUGIN_PREFIX, pluginRules, timings),
            }
          : { '@typescript-eslint': tseslint.plugin, 's3-regional': plugin },
        // The reference rule first, as in a real config (typescript-eslint's configs, then plugins).
        rules: Object.fromEntries([REFERENCE_RULE, ...pluginRules].map((rule) => [rule, 'error'])),
        settings: { 's3-regional': { regions: ['eu-west-1'] } },
      },
    ],
  });
  const lintStarted = performance.now();
  const results = await eslint.lintFiles(job.files);
  const lintEnded = performance.now();
  const lintWall = lintEnded - lintStarted;
  await new Promise((resolve) => setImmediate(resolve));
  gcObserver.disconnect();
  gc.inLint = gcIntervals.reduce(
    (sum, [start, end]) => sum + Math.max(0, Math.min(end, lintEnded) - Math.max(start, lintStarted)),
    0,
  );

  const rules = Object.fromEntries([REFERENCE_RULE, ...pluginRules].map((rule) => [rule, 0]));
  // The same split the type-aware rules make: files whose text mentions `aws-sdk`, and the rest.
  const inOtherFiles = Object.fromEntries(Object.keys(rules).map((rule) => [rule, 0]));
  let otherFiles = 0;
  const findings = Object.fromEntries(Object.keys(rules).map((rule) => [rule, 0]));
  const phases = { parse: 0, rules: 0, fix: 0, total: 0 };
  const slowest = { plugin: [], firstParse: 0 };
  let fatal = 0;
  let firstFile;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      else if (message.ruleId && message.ruleId in findings) findings[message.ruleId]++;
    }
    let pluginHere = 0;
    const byRule = {};
    const other = !fs.readFileSync(result.filePath, 'utf8').includes('aws-sdk');
    if (other) otherFiles++;
    for (const pass of result.stats?.times.passes ?? []) {
      phases.parse += pass.parse?.total ?? 0;
      phases.fix += pass.fix?.total ?? 0;
      phases.total += pass.total ?? 0;
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) {
        rules[rule] = (rules[rule] ?? 0) + total;
        if (other) inOtherFiles[rule] = (inOtherFiles[rule] ?? 0) + total;
        phases.rules += total;
        if (rule.startsWith(PLUGIN_PREFIX)) {
          pluginHere += total;
          byRule[rule] = (byRule[rule] ?? 0) + total;
        }
      }
      // ESLint lints in the order files are read, not in result order: the program is built in
      // the parse of whichever file came first, the one with by far the longest parse.
      if (!firstFile || (pass.parse?.total ?? 0) > firstFile.parse) {
        firstFile = { file: result.filePath, parse: pass.parse?.total ?? 0, total: pass.total ?? 0 };
      }
    }
    slowest.plugin.push({ file: path.relative(job.cwd, result.filePath), ms: pluginHere, byRule });
  }
  slowest.plugin.sort((a, b) => b.ms - a.ms);
  slowest.plugin = slowest.plugin.slice(0, 5);
  const fatalFiles = results
    .filter((r) => r.messages.some((m) => m.fatal))
    .slice(0, 3)
    .map((r) => `${path.relative(job.cwd, r.filePath)}: ${r.messages.find((m) => m.fatal)?.message}`);
  return {
    files: results.length,
    rules,
    inOtherFiles,
    otherFiles,
    findings,
    phases,
    fatal,
    fatalFiles,
    firstFile: firstFile && { ...firstFile, file: path.relative(job.cwd, firstFile.file) },
    slowest: slowest.plugin,
    lintWall,
    gc,
    adjusted: job.gcAdjusted ? adjustForGc(timings, gcIntervals) : undefined,
    processWall: performance.now() - started,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

// ---------------------------------------------------------------------------------------------
// --gc-adjusted: time the measured rules again, minus the GC pauses that fell inside them
// ---------------------------------------------------------------------------------------------

/**
 * The plugin with the named rules wrapped: create() and every listener call is recorded as an
 * interval on the performance clock (the clock GC entries use). The wrapper costs two clock reads
 * per call, which ESLint's own numbers for these rules then include (well under 0.1 µs a call).
 */
function instrumentPlugin(original, prefix, ruleIds, timings) {
  const rules = { ...original.rules };
  for (const ruleId of ruleIds) {
    const name = ruleId.slice(prefix.length);
    const rule = original.rules[name];
    const record = { starts: [], ends: [], calls: 0 };
    timings.set(ruleId, record);
    rules[name] = {
      ...rule,
      create(context) {
        const start = performance.now();
        let listeners;
        try {
          listeners = rule.create(context);
        } finally {
          record.starts.push(start);
          record.ends.push(performance.now());
        }
        const wrapped = {};
        for (const [selector, listener] of Object.entries(listeners)) {
          wrapped[selector] = function timedListener(...args) {
            const begin = performance.now();
            try {
              return listener.apply(this, args);
            } finally {
              record.calls++;
              record.starts.push(begin);
              record.ends.push(performance.now());
            }
          };
        }
        return wrapped;
      },
    };
  }
  return { ...original, rules };
}

/** Each rule's time, with and without the GC pauses that overlap its intervals. */
function adjustForGc(timings, gcIntervals) {
  const pauses = [...gcIntervals].sort((a, b) => a[0] - b[0]);
  const result = {};
  for (const [ruleId, { starts, ends, calls }] of timings) {
    let measured = 0;
    let inGc = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i];
      const end = ends[i];
      measured += end - start;
      // The first pause that ends after this interval starts (pauses do not overlap each other).
      let lo = 0;
      let hi = pauses.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pauses[mid][1] <= start) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < pauses.length && pauses[j][0] < end; j++) {
        inGc += Math.min(end, pauses[j][1]) - Math.max(start, pauses[j][0]);
      }
    }
    result[ruleId] = { measured, inGc, calls };
  }
  return result;
}

function runChild(job) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer;
    child.on('message', (message) => {
      if (message.type === 'job') return;
      answer = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.type === 'result') resolve(answer.result);
      else reject(new Error(answer?.error ?? `benchmark worker exited with code ${code}`));
    });
    child.send({ type: 'job', job });
  });
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value) => `${value.toFixed(1)} ms`;
const pct = (value) => `${(value * 100).toFixed(3)}%`;

function summarise(run) {
  const plugin = Object.entries(run.rules)
    .filter(([rule]) => rule.startsWith(PLUGIN_PREFIX))
    .reduce((sum, [, t]) => sum + t, 0);
  const reference = run.rules[REFERENCE_RULE] ?? 0;
  return {
    plugin,
    reference,
    share: plugin / run.phases.total,
    wallShare: plugin / run.lintWall,
    ratio: reference > 0 ? plugin / reference : Number.POSITIVE_INFINITY,
  };
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  return rows
    .map((row, r) =>
      row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ') +
      (r === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(options.plugin)) usage(`${path.relative(process.cwd(), options.plugin)} is missing: run \`npm run build\` first`);

  let target;
  if (options.project !== undefined) {
    const given = path.resolve(options.project);
    const tsconfig = fs.statSync(given, { throwIfNoEntry: false })?.isDirectory() ? path.join(given, 'tsconfig.json') : given;
    if (!fs.existsSync(tsconfig)) usage(`no tsconfig at ${tsconfig}`);
    const dir = path.dirname(tsconfig);
    target = { label: `project ${dir} (${path.basename(tsconfig)})`, cwd: dir, tsconfigRootDir: dir, files: await projectFiles(tsconfig) };
    if (target.files.length === 0) usage(`${tsconfig} includes no TypeScript files`);
  } else {
    const corpus = writeCorpus(options);
    const { stats } = corpus;
    target = {
      label: `corpus ${path.relative(root, corpus.dir)}: ${stats.files} files (${stats.sdkFiles} use the S3 SDKs: ${Object.entries(stats.byKind)
        .filter(([kind]) => kind !== 'app')
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ')}), ${stats.lines.toLocaleString('en')} lines, seed ${options.seed}`,
      cwd: corpus.dir,
      tsconfigRootDir: corpus.dir,
      files: await projectFiles(path.join(corpus.dir, 'tsconfig.json')),
    };
  }

  console.log(`# s3-regional benchmark`);
  console.log(`target:  ${target.label}`);
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  console.log(`rules:   ${REFERENCE_RULE} + every s3-regional rule, typed (projectService), one process per run, ${options.runs} run(s)`);

  const runs = [];
  for (let r = 0; r < options.runs; r++) {
    const result = await runChild({ cwd: target.cwd, tsconfigRootDir: target.tsconfigRootDir, files: target.files, plugin: options.plugin, gcAdjusted: options.gcAdjusted });
    if (result.fatal > 0) {
      console.error(`\nbench: ${result.fatal} file(s) failed to parse, for example:\n  ${result.fatalFiles.join('\n  ')}`);
      if (options.project === undefined) process.exit(2);
    }
    const s = summarise(result);
    console.log(
      `run ${r + 1}: lint ${ms(result.lintWall)}, plugin ${ms(s.plugin)} (${pct(s.share)}), ${REFERENCE_RULE} ${ms(s.reference)}, ratio ${s.ratio.toFixed(3)}x, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MiB`,
    );
    runs.push({ result, summary: s });
  }

  // Per-rule and per-phase medians across runs.
  const med = (pickValue) => median(runs.map(pickValue));
  const rules = Object.keys(runs[0].result.rules);
  const total = med((r) => r.result.phases.total);
  const files = runs[0].result.files;
  const otherFiles = runs[0].result.otherFiles;
  const rows = [
    ['rule', 'time', 'share of lint time', 'per file', `in ${files - otherFiles} SDK files`, `in ${otherFiles} other files`, 'findings'],
  ];
  const pluginOther = (r) =>
    Object.entries(r.result.inOtherFiles)
      .filter(([rule]) => rule.startsWith(PLUGIN_PREFIX))
      .reduce((sum, [, t]) => sum + t, 0);
  for (const rule of rules) {
    const t = med((r) => r.result.rules[rule] ?? 0);
    const o = med((r) => r.result.inOtherFiles[rule] ?? 0);
    rows.push([rule, ms(t), pct(t / total), `${((t / files) * 1000).toFixed(1)} µs`, ms(t - o), ms(o), runs[0].result.findings[rule] ?? 0]);
  }
  const plugin = med((r) => r.summary.plugin);
  const o = med(pluginOther);
  rows.push(['all s3-regional rules', ms(plugin), pct(plugin / total), `${((plugin / files) * 1000).toFixed(1)} µs`, ms(plugin - o), ms(o), '']);
  const phases = runs[0].result.phases;
  console.log(`\n## Rules (median of ${runs.length} run(s); share = rule time / sum of per-file totals)\n`);
  console.log(table(rows));
  console.log(`\n## Phases (median)\n`);
  console.log(
    table([
      ['phase', 'time', 'share'],
      ['parse (typed: program, AST maps, checker)', ms(med((r) => r.result.phases.parse)), pct(med((r) => r.result.phases.parse) / total)],
      ['rules (all, incl. create())', ms(med((r) => r.result.phases.rules)), pct(med((r) => r.result.phases.rules) / total)],
      ['fix', ms(med((r) => r.result.phases.fix)), pct(med((r) => r.result.phases.fix) / total)],
      ['total lint time (sum of per-file totals)', ms(total), '100.000%'],
      ['wall clock of lintFiles()', ms(med((r) => r.result.lintWall)), ''],
      ['wall clock of the run (incl. loading ESLint)', ms(med((r) => r.result.processWall)), ''],
    ]),
  );
  void phases;
  const first = runs[0].result.firstFile;
  if (first) console.log(`\nlongest parse (${first.file}): ${ms(first.parse)} of its total ${ms(first.total)} (the first file linted: the project service builds the program and checker there)`);
  console.log(`peak RSS: ${(med((r) => r.result.maxRssKb) / 1024).toFixed(0)} MiB (median of the runs' child processes)`);
  console.log(
    `GC pauses: ${ms(med((r) => r.result.gc.ms))} in ${med((r) => r.result.gc.count)} collections (major ${ms(med((r) => r.result.gc.majorMs))}); they count towards whichever rule was running`,
  );
  console.log(`\nslowest files for the plugin (run 1):`);
  for (const entry of runs[0].result.slowest) {
    const parts = Object.entries(entry.byRule)
      .filter(([, t]) => t >= 0.05)
      .map(([rule, t]) => `${rule.slice(PLUGIN_PREFIX.length)} ${t.toFixed(2)}`)
      .join(', ');
    console.log(`  ${ms(entry.ms).padStart(9)}  ${entry.file}  (${parts})`);
  }

  if (options.gcAdjusted) {
    const adjustedRows = [['rule', 'timed', 'in GC pauses', 'without GC', 'listener calls']];
    for (const rule of rules) {
      const measured = med((r) => r.result.adjusted[rule]?.measured ?? 0);
      const inGc = med((r) => r.result.adjusted[rule]?.inGc ?? 0);
      const without = med((r) => (r.result.adjusted[rule]?.measured ?? 0) - (r.result.adjusted[rule]?.inGc ?? 0));
      adjustedRows.push([rule, ms(measured), ms(inGc), ms(without), runs[0].result.adjusted[rule]?.calls ?? 0]);
    }
    const pluginWithout = (r) =>
      Object.entries(r.result.adjusted)
        .filter(([rule]) => rule.startsWith(PLUGIN_PREFIX))
        .reduce((sum, [, t]) => sum + t.measured - t.inGc, 0);
    const referenceWithout = (r) => (r.result.adjusted[REFERENCE_RULE]?.measured ?? 0) - (r.result.adjusted[REFERENCE_RULE]?.inGc ?? 0);
    console.log(`\n## Without GC pauses (--gc-adjusted, median of ${runs.length} run(s); a diagnostic, not the gate)\n`);
    console.log(table(adjustedRows));
    console.log(
      `plugin share of total lint time without GC: ${pct(med((r) => pluginWithout(r) / (r.result.phases.total - r.result.gc.inLint)))}` +
        ` (GC pauses during lintFiles(): ${ms(med((r) => r.result.gc.inLint))}); plugin / ${REFERENCE_RULE}: ${med((r) => pluginWithout(r) / referenceWithout(r)).toFixed(3)}x`,
    );
  }

  const share = med((r) => r.summary.share);
  const ratio = med((r) => r.summary.ratio);
  const wallShare = med((r) => r.summary.wallShare);
  const shareOk = share <= BUDGET.share;
  const ratioOk = ratio <= BUDGET.ratio;
  console.log(`\n## Budget (median of ${runs.length} run(s))\n`);
  console.log(`plugin share of total lint time: ${pct(share)} (of wall clock: ${pct(wallShare)})  budget <= ${pct(BUDGET.share)}  ${shareOk ? 'PASS' : 'FAIL'}`);
  console.log(`plugin / ${REFERENCE_RULE}: ${ratio.toFixed(3)}x  budget <= ${BUDGET.ratio}x  ${ratioOk ? 'PASS' : 'FAIL'}`);
  console.log(shareOk && ratioOk ? '\nPASS' : '\nFAIL');

  if (options.json) {
    fs.writeFileSync(
      options.json,
      `${JSON.stringify(
        {
          target: target.label,
          machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: os.totalmem() / 2 ** 30, node: process.version },
          budget: BUDGET,
          share,
          ratio,
          pass: shareOk && ratioOk,
          runs: runs.map((r) => ({ ...r.result, summary: r.summary })),
        },
        null,
        2,
      )}\n`,
    );
  }
  process.exitCode = shareOk && ratioOk ? 0 : 1;
}

if (process.argv[2] === '--worker') {
  process.once('message', (message) => {
    worker(message.job).then(
      (result) => process.send({ type: 'result', result }, () => process.exit(0)),
      (error) => process.send({ type: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
    );
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
