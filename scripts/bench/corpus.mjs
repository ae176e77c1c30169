// @ts-check
// The benchmark's input: a typed corpus generated from a seed (scripts/bench.mjs is the command
// line), or the files a real project's tsconfig includes. See docs/performance.md for what the
// corpus contains.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLUGIN_PREFIX, REFERENCE_RULE } from './run.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Bump when the generated corpus changes, so an old corpus on disk is rewritten. */
const CORPUS_VERSION = 5;

/**
 * @typedef {{ n: number, file: string }} ModuleRef A generated module: its index and its path.
 * @typedef {ModuleRef & { service: string, record: string }} AppModule An ordinary module's exports.
 * @typedef {AppModule & { field: string }} AppImport An ordinary module imported by another.
 * @typedef {{ files: number, sdkFiles: number, lines: number, byKind: Record<string, number> }} CorpusStats
 * @typedef {{ dir: string, stats: CorpusStats }} Corpus
 */

// ---------------------------------------------------------------------------------------------
// The corpus: deterministic (seeded), written once per size, mix and generator version
// ---------------------------------------------------------------------------------------------

/**
 * mulberry32: a small seeded PRNG, so the same options always give the same corpus.
 * @param {number} seed
 * @returns {() => number}
 */
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

/**
 * One element of a word list, chosen by the seeded `rand`.
 * @param {() => number} rand
 */
function picker(rand) {
  return (/** @type {readonly string[]} */ list) => /** @type {string} */ (list[Math.floor(rand() * list.length)]);
}

/** @param {number} n */
function pad(n) {
  return String(n).padStart(4, '0');
}

/**
 * Where module `i` lives: areas of 25 modules, so imports cross directories.
 * @param {number} i
 * @param {string} kind
 */
function modulePath(i, kind) {
  return `src/area-${pad(Math.floor(i / 25)).slice(1)}/${kind}-${pad(i)}.ts`;
}

/**
 * @param {string} from
 * @param {string} to
 */
function importPath(from, to) {
  let relative = path.posix.relative(path.posix.dirname(from), to).replace(/\.ts$/, '.js');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return relative;
}

/** @param {string} word */
function capital(word) {
  return /** @type {string} */ (word[0]).toUpperCase() + word.slice(1);
}

/**
 * Ordinary application code: strings, templates, calls, classes, promises (some floating).
 * @param {number} i
 * @param {string} file
 * @param {() => number} rand
 * @param {AppImport[]} imports
 * @param {{ globalUrl: boolean, signerClass: boolean, signer: ModuleRef | undefined }} options
 */
function ordinaryModule(i, file, rand, imports, options) {
  const pick = picker(rand);
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

/**
 * S3 client module: a mix of pinned and unpinned v3 clients.
 * @param {number} k
 * @param {() => number} rand
 */
function clientsModule(k, rand) {
  const pick = picker(rand);
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

/**
 * v3 presigning in another file than the clients it uses.
 * @param {number} k
 * @param {string} file
 * @param {ModuleRef} clients
 * @param {() => number} rand
 */
function presignModule(k, file, clients, rand) {
  const pick = picker(rand);
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

/**
 * SDK v2: us-east-1 with and without the regional flag, getSignedUrl, createPresignedPost, presign().
 * @param {number} k
 * @param {() => number} rand
 */
function v2Module(k, rand) {
  const pick = picker(rand);
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

/**
 * A service class holding its own client, and one with an injected client.
 * @param {number} k
 * @param {string} file
 * @param {ModuleRef} clients
 * @param {() => number} rand
 */
function serviceModule(k, file, clients, rand) {
  const pick = picker(rand);
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

/**
 * Hand-written S3 URLs next to SDK imports: global and regional hosts, path style, concatenation.
 * @param {number} k
 * @param {() => number} rand
 */
function urlsModule(k, rand) {
  const pick = picker(rand);
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

/**
 * Writes the corpus into .bench/corpus-<N>[-sdk<F>][-seed<S>]/ unless it is there already.
 * @param {{ files: number, sdkShare: number, seed: number }} options
 * @returns {Corpus}
 */
export function writeCorpus(options) {
  const { files: total, sdkShare, seed } = options;
  const dir = path.join(root, '.bench', `corpus-${total}${sdkShare === 0.1 ? '' : `-sdk${sdkShare}`}${seed === 1 ? '' : `-seed${seed}`}`);
  const manifestPath = path.join(dir, 'corpus.json');
  const manifest = { version: CORPUS_VERSION, files: total, sdkShare, seed };
  if (fs.existsSync(manifestPath)) {
    try {
      const existing = /** @type {typeof manifest & { stats: CorpusStats }} */ (JSON.parse(fs.readFileSync(manifestPath, 'utf8')));
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
    [indices[i], indices[j]] = [/** @type {number} */ (indices[j]), /** @type {number} */ (indices[i])];
  }
  const sdkIndices = new Set(indices.slice(0, sdkCount));
  const kinds = ['presign', 'v2', 'service', 'presign', 'urls'];
  /** @type {{ i: number, kind: string, file: string }[]} */
  const modules = [];
  let sdkSeen = 0;
  for (let i = 0; i < total; i++) {
    if (sdkIndices.has(i)) {
      // Every sixth S3 module (and the first) holds clients that the later ones import.
      const kind = sdkSeen % 6 === 0 ? 'clients' : /** @type {string} */ (kinds[Math.floor(rand() * kinds.length)]);
      sdkSeen++;
      modules.push({ i, kind, file: modulePath(i, kind) });
    } else {
      modules.push({ i, kind: 'app', file: modulePath(i, 'app') });
    }
  }

  /** @type {CorpusStats} */
  const stats = { files: total, sdkFiles: sdkCount, lines: 0, byKind: {} };
  /**
   * @param {string} relative
   * @param {string} text
   */
  const write = (relative, text) => {
    const target = path.join(dir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  /** @type {AppModule[]} */
  const apps = [];
  /**
   * The last clients module. The first S3 module always holds clients, so it is set before any
   * presign or service module needs it.
   * @type {ModuleRef | undefined}
   */
  let lastClients;
  /** @type {ModuleRef | undefined} */
  let lastSigner;
  for (const module of modules) {
    let text;
    if (module.kind === 'app') {
      const importCount = apps.length === 0 ? 0 : Math.floor(rand() * 3);
      /** @type {AppImport[]} */
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
      const word = /** @type {RegExpMatchArray} */ (text.match(/export interface (\w+)Record/))[1];
      apps.push({ n: module.i, file: module.file, service: `${word}Service`, record: `${word}Record` });
      if (signerClass) lastSigner = { n: module.i, file: module.file };
    } else if (module.kind === 'clients') {
      text = clientsModule(module.i, rand);
      lastClients = { n: module.i, file: module.file };
    } else if (module.kind === 'presign') text = presignModule(module.i, module.file, /** @type {ModuleRef} */ (lastClients), rand);
    else if (module.kind === 'v2') text = v2Module(module.i, rand);
    else if (module.kind === 'service') text = serviceModule(module.i, module.file, /** @type {ModuleRef} */ (lastClients), rand);
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
      '// Generated by scripts/bench/corpus.mjs: the benchmark rules, for trying the ESLint CLI on the corpus.',
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
      '      // Every rule of the plugin, read from the plugin object as the benchmark does.',
      `      ...Object.fromEntries(Object.keys(s3Regional.rules).map((name) => ['${PLUGIN_PREFIX}' + name, 'error'])),`,
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

/**
 * @param {string} tsconfigPath
 * @returns {Promise<string[]>} absolute paths, sorted
 */
export async function projectFiles(tsconfigPath) {
  const ts = (await import('typescript')).default;
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {Set<string>} */
  const files = new Set();
  /** @param {string} configPath */
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
