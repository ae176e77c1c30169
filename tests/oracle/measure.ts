/**
 * Runs an oracle row with the real SDK, offline: explicit fake credentials, a cleared AWS
 * environment, no shared config file, and network connections refused while presigning.
 */
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import AWS from 'aws-sdk';
import * as oldClient from 'client-s3-v3-200';
import * as oldPresigner from 's3-request-presigner-v3-200';
import { signatureV4CrtContainer } from '@aws-sdk/signature-v4-multi-region';
import { classifyHost, type HostKind } from '../../src/sdk/hosts.js';
import { notPrivateKind, type NotPrivateKind } from '../../src/sdk/private-path.js';
import { KEY, type Row } from './rows.js';

const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const credentials = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY };

/** Where the shared config and credentials files are said to be: a path that does not exist. */
export const MISSING_FILE = path.join(path.sep, 'nonexistent', 's3-regional-oracle', 'aws-config');

/** Variables every run starts from, after all `AWS_*` and `AMAZON_*` variables are removed. */
export const BASE_ENV: Readonly<Record<string, string>> = {
  AWS_CONFIG_FILE: MISSING_FILE,
  AWS_SHARED_CREDENTIALS_FILE: MISSING_FILE,
  AWS_EC2_METADATA_DISABLED: 'true',
};

/** Every row runs once per value: the region the environment gives a client without one. */
export const PROBE_REGIONS: readonly (string | undefined)[] = [undefined, 'ap-south-1', 'us-east-1'];

export type MeasuredKind = HostKind | 'environment' | 'rejected';

export type SignatureVersion = 'SigV2' | 'SigV4' | 'SigV4a';

/**
 * Where the presigned request goes from on-premises, read with the plugin's one host model
 * (`classifyHost().path`, then `notPrivateKind` with no accepted kinds: the plugin's default):
 * - `private`: the interface endpoint's private DNS claims the host, or it is an endpoint-specific
 *   `*.vpce` name;
 * - a not-private kind (`global`, `accelerate`, `fips`, `dualstack`, …);
 * - `wrong region`: a private host of one region, signed for another or for a bucket that lives in
 *   another: S3 answers with a redirect or an error;
 * - `environment`: Region is missing, or the verdict changes with `AWS_REGION`;
 * - `not AWS`: MinIO, LocalStack and the like;
 * - `rejected`: the SDK throws something else at presign time.
 */
export type NetworkVerdict = 'private' | NotPrivateKind | 'wrong region' | 'environment' | 'not AWS' | 'rejected';

export type ProbeOutcome =
  | {
      status: 'signed';
      /** Host, plus `/<bucket>` when the bucket is in the path: no key, signature or date. */
      where: string;
      host: string;
      kind: HostKind;
      signature: SignatureVersion | undefined;
      /** The credential scope's region (`X-Amz-Credential`), or the SigV4a region set; undefined for SigV2. */
      signingRegion: string | undefined;
      network: NetworkVerdict;
    }
  | { status: 'regionMissing'; message: string }
  | { status: 'rejected'; message: string };

export interface Probe {
  awsRegion: string | undefined;
  outcome: ProbeOutcome;
}

export interface Measurement {
  /** The host kind (`hosts.ts`), 'environment' or 'rejected'. */
  kind: MeasuredKind;
  network: NetworkVerdict;
  probes: Probe[];
}

export function isRegionMissing(error: unknown): error is Error {
  return error instanceof Error && error.message.includes('Region is missing');
}

const OFFLINE = 'The oracle presigns offline: a network connection was attempted';

/** What the SDK threw from a presign call (the oracle's own errors are not wrapped). */
class SdkError extends Error {
  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/** Runs one SDK presign call; what it throws becomes an {@link SdkError}, the measured outcome. */
async function bySdk<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && error.message.includes(OFFLINE)) throw error;
    throw new SdkError(error);
  }
}

/** Evaluates a row's config source in this realm, so that `process.env` reads see the run's environment. */
export function evaluateConfig(source: string | undefined): Record<string, unknown> {
  if (source === undefined) return {};
  const value: unknown = vm.runInThisContext(`(${source})`, { filename: 'oracle-row-config.js' });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`The row config ${source} is not an object`);
  }
  return value as Record<string, unknown>;
}

/** Runs `fn` with a cleared AWS environment plus `vars`, and the network refused; restores both. */
async function sandboxed<T>(vars: Readonly<Record<string, string>>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('AWS_') || name.startsWith('AMAZON_')) delete process.env[name];
  }
  Object.assign(process.env, BASE_ENV, vars);
  const connect = Object.getOwnPropertyDescriptor(net.Socket.prototype, 'connect');
  Object.defineProperty(net.Socket.prototype, 'connect', {
    configurable: true,
    writable: true,
    value: function refuse(): never {
      throw new Error(OFFLINE);
    },
  });
  try {
    return await fn();
  } finally {
    if (connect) Object.defineProperty(net.Socket.prototype, 'connect', connect);
    for (const name of Object.keys(process.env)) {
      if (!(name in saved)) delete process.env[name];
    }
    Object.assign(process.env, saved);
  }
}

/** The signed query parameters or POST fields, by lower-cased name (v2's POST fields are not all capitalised alike). */
function lowerCased(entries: Iterable<[string, string]>): Map<string, string> {
  return new Map([...entries].map(([name, value]) => [name.toLowerCase(), value]));
}

function signatureOf(fields: Map<string, string>): SignatureVersion | undefined {
  const algorithm = fields.get('x-amz-algorithm');
  if (algorithm === 'AWS4-ECDSA-P256-SHA256') return 'SigV4a';
  if (algorithm !== undefined) return 'SigV4';
  if (fields.has('awsaccesskeyid')) return 'SigV2';
  return undefined;
}

/** `AKID/date/<region>/s3/aws4_request`, or SigV4a's `X-Amz-Region-Set` (its scope has no region). */
function signingRegionOf(fields: Map<string, string>): string | undefined {
  const regionSet = fields.get('x-amz-region-set');
  if (regionSet !== undefined) return regionSet;
  const scope = fields.get('x-amz-credential')?.split('/');
  return scope?.length === 5 ? scope[2] : undefined;
}

const NO_ACCEPTED_KINDS: ReadonlySet<NotPrivateKind> = new Set();

/** The network verdict of one signed URL, for a bucket that lives in `bucketRegion` (when known). */
function networkOf(host: string, signingRegion: string | undefined, bucketRegion: string | undefined): NetworkVerdict {
  const info = classifyHost(host);
  if (info.kind === 'other') return 'not AWS';
  if (info.path === undefined) throw new Error(`${host}: no cited fact says whether this S3 host is private`);
  const kind = notPrivateKind(info.path, NO_ACCEPTED_KINDS);
  if (kind !== undefined) return kind;
  const named = info.region;
  if (named !== undefined && [signingRegion, bucketRegion].some((region) => region !== undefined && region !== named)) {
    return 'wrong region';
  }
  return 'private';
}

function signed(row: Row, url: string, fields: Record<string, string> | undefined): ProbeOutcome {
  const parsed = new URL(url);
  const host = parsed.host;
  const pathBucket = parsed.pathname === `/${row.bucket}` || parsed.pathname.startsWith(`/${row.bucket}/`);
  const signedFields = lowerCased(fields ? Object.entries(fields) : parsed.searchParams.entries());
  const signingRegion = signingRegionOf(signedFields);
  return {
    status: 'signed',
    where: pathBucket ? `${host}/${row.bucket}` : host,
    host,
    kind: classifyHost(host).kind,
    signature: signatureOf(signedFields),
    signingRegion,
    network: networkOf(host, signingRegion, row.bucketRegion),
  };
}

type CrtSigner = NonNullable<typeof signatureV4CrtContainer.CrtSignerV4>;
let crtSigner: CrtSigner | undefined;

/**
 * The CRT signer, loaded on first use: importing `@aws-sdk/signature-v4-crt` registers it in the
 * SDK's container, for every client from then on. The container is cleared again after the
 * import, and filled only while a row that imports the CRT presigns.
 */
async function loadCrtSigner(): Promise<CrtSigner> {
  if (crtSigner) return crtSigner;
  await import('@aws-sdk/signature-v4-crt');
  const registered = signatureV4CrtContainer.CrtSignerV4;
  if (!registered) throw new Error('@aws-sdk/signature-v4-crt did not register with the SDK this oracle runs');
  signatureV4CrtContainer.CrtSignerV4 = null;
  crtSigner = registered;
  return registered;
}

async function presignV3(row: Row, config: Record<string, unknown>): Promise<ProbeOutcome> {
  const options = { ...config, credentials } as S3ClientConfig;
  const command = { Bucket: row.bucket, Key: KEY };
  if (row.sdk === 'v3-old') {
    const client = await bySdk(() => new oldClient.S3Client({ ...config, credentials }));
    return signed(row, await bySdk(() => oldPresigner.getSignedUrl(client, new oldClient.GetObjectCommand(command))), undefined);
  }
  const withCrt = row.sdk === 'v3' && row.crt === true;
  signatureV4CrtContainer.CrtSignerV4 = withCrt ? await loadCrtSigner() : null;
  try {
    const client = await bySdk(() => new S3Client(options));
    if (row.call === 'createPresignedPost') {
      const post = await bySdk(() => createPresignedPost(client, command));
      return signed(row, post.url, post.fields);
    }
    return signed(row, await bySdk(() => getSignedUrl(client, new GetObjectCommand(command))), undefined);
  } finally {
    signatureV4CrtContainer.CrtSignerV4 = null;
  }
}

async function presignV2(row: Row, config: Record<string, unknown>): Promise<ProbeOutcome> {
  // AWS.config is built when aws-sdk loads, from the environment of that moment; every client
  // copies it. A fresh one, built inside the sandbox, reads this run's environment instead.
  const awsCredentials = new AWS.Credentials(ACCESS_KEY_ID, SECRET_ACCESS_KEY);
  const global = AWS as unknown as { config: AWS.Config };
  const savedConfig = global.config;
  global.config = new AWS.Config({ credentials: awsCredentials });
  if (row.sdk === 'v2' && row.globalConfig) global.config.update(evaluateConfig(row.globalConfig));
  try {
    const s3 = await bySdk(() => new AWS.S3({ ...(config as AWS.S3.ClientConfiguration), credentials: awsCredentials }));
    const params = { Bucket: row.bucket, Key: KEY };
    switch (row.call) {
      case 'getSignedUrl':
        return signed(row, await bySdk(() => s3.getSignedUrl('getObject', params)), undefined);
      case 'getSignedUrlPromise':
        return signed(row, await bySdk(() => s3.getSignedUrlPromise('getObject', params)), undefined);
      case 'createPresignedPost': {
        const post = await bySdk(() => s3.createPresignedPost({ Bucket: row.bucket, Fields: { key: KEY } }));
        return signed(row, post.url, post.fields);
      }
    }
  } finally {
    global.config = savedConfig;
  }
}

async function probe(row: Row, env: Readonly<Record<string, string>>, awsRegion: string | undefined): Promise<Probe> {
  const vars = awsRegion === undefined ? env : { ...env, AWS_REGION: awsRegion };
  const outcome = await sandboxed(vars, async (): Promise<ProbeOutcome> => {
    const config = evaluateConfig(row.config);
    try {
      return await (row.sdk === 'v2' ? presignV2(row, config) : presignV3(row, config));
    } catch (error) {
      if (!(error instanceof SdkError)) throw error;
      if (isRegionMissing(error.error)) return { status: 'regionMissing', message: error.message };
      return { status: 'rejected', message: error.message };
    }
  });
  return { awsRegion, outcome };
}

/** One value when every probe agrees on it, else `mixed`. */
function onlyValue<T, U>(values: readonly T[], mixed: U): T | U {
  const set = new Set(values);
  const [only] = set;
  return set.size === 1 && only !== undefined ? only : mixed;
}

function probeKind(outcome: ProbeOutcome): MeasuredKind {
  if (outcome.status === 'signed') return outcome.kind;
  return outcome.status === 'rejected' ? 'rejected' : 'environment';
}

function probeNetwork(outcome: ProbeOutcome): NetworkVerdict {
  if (outcome.status === 'signed') return outcome.network;
  return outcome.status === 'rejected' ? 'rejected' : 'environment';
}

/**
 * The row's network verdict: the probes' when they all agree; otherwise `environment` (Region is
 * missing in some, or the verdict changes with `AWS_REGION`), except that a host that is never
 * AWS wherever it signs stays `not AWS`: the code fixes that host, only the signing region needs
 * the environment.
 */
function networkOfProbes(probes: readonly Probe[]): NetworkVerdict {
  const verdict = onlyValue(probes.map((p) => probeNetwork(p.outcome)), 'environment' as const);
  if (verdict !== 'environment') return verdict;
  const signed = probes.flatMap((p) => (p.outcome.status === 'signed' ? [p.outcome.network] : []));
  const notAws = signed.length > 0 && signed.every((n) => n === 'not AWS');
  return notAws && probes.every((p) => p.outcome.status !== 'rejected') ? 'not AWS' : verdict;
}

/**
 * Measures a row: once per {@link PROBE_REGIONS} value. The host kind is 'environment' when a run
 * throws 'Region is missing' or the kind changes with `AWS_REGION`, 'rejected' when every run
 * throws something else; otherwise the kind of the host. The network verdict: {@link networkOfProbes}.
 * `withRowEnv: false` leaves the row's own variables out (for rows whose code cannot show them).
 */
export async function measure(row: Row, withRowEnv = true): Promise<Measurement> {
  if ('AWS_REGION' in row.env) throw new Error(`${row.id}: rows must not set AWS_REGION; the probes do`);
  const env = withRowEnv ? row.env : {};
  const probes: Probe[] = [];
  for (const awsRegion of PROBE_REGIONS) probes.push(await probe(row, env, awsRegion));
  const kind = onlyValue(probes.map((p) => probeKind(p.outcome)), 'environment' as const);
  return { kind, network: networkOfProbes(probes), probes };
}

const requireHere = createRequire(import.meta.url);

function versionOf(name: string): string {
  const { version } = requireHere(`${name}/package.json`) as { version: string };
  return version;
}

/** The SDK packages the oracle runs, by package name (npm aliases named as installed). */
export function sdkVersions(): { sdk: string; packages: { name: string; version: string }[] }[] {
  return [
    {
      sdk: 'v3',
      packages: [
        '@aws-sdk/client-s3',
        '@aws-sdk/s3-request-presigner',
        '@aws-sdk/s3-presigned-post',
        '@aws-sdk/signature-v4-crt',
        'aws-crt',
      ].map((name) => ({
        name,
        version: versionOf(name),
      })),
    },
    {
      sdk: 'v3-old',
      packages: [
        { name: 'client-s3-v3-200 (@aws-sdk/client-s3)', version: versionOf('client-s3-v3-200') },
        { name: 's3-request-presigner-v3-200 (@aws-sdk/s3-request-presigner)', version: versionOf('s3-request-presigner-v3-200') },
      ],
    },
    { sdk: 'v2', packages: [{ name: 'aws-sdk', version: versionOf('aws-sdk') }] },
  ];
}
