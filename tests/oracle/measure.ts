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
import { classifyHost, type HostKind } from '../../src/sdk/hosts.js';
import { BUCKET, KEY, type Row } from './rows.js';

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

export type MeasuredKind = HostKind | 'environment';

export type SignatureVersion = 'SigV2' | 'SigV4';

export type ProbeOutcome =
  | {
      status: 'signed';
      /** Host, plus `/my-bucket` when the bucket is in the path: no key, signature or date. */
      where: string;
      host: string;
      kind: HostKind;
      signature: SignatureVersion | undefined;
    }
  | { status: 'regionMissing'; message: string };

export interface Probe {
  awsRegion: string | undefined;
  outcome: ProbeOutcome;
}

export interface Measurement {
  kind: MeasuredKind;
  probes: Probe[];
}

export function isRegionMissing(error: unknown): error is Error {
  return error instanceof Error && error.message.includes('Region is missing');
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
      throw new Error('The oracle presigns offline: a network connection was attempted');
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

function signatureOf(names: Iterable<string>): SignatureVersion | undefined {
  const set = new Set(names);
  if (set.has('X-Amz-Algorithm')) return 'SigV4';
  if (set.has('AWSAccessKeyId')) return 'SigV2';
  return undefined;
}

function signed(url: string, fieldNames: Iterable<string> | undefined): ProbeOutcome {
  const parsed = new URL(url);
  const host = parsed.host;
  const pathBucket = parsed.pathname === `/${BUCKET}` || parsed.pathname.startsWith(`/${BUCKET}/`);
  return {
    status: 'signed',
    where: pathBucket ? `${host}/${BUCKET}` : host,
    host,
    kind: classifyHost(host).kind,
    signature: signatureOf(fieldNames ?? parsed.searchParams.keys()),
  };
}

async function presignV3(row: Row, config: Record<string, unknown>): Promise<ProbeOutcome> {
  const options = { ...config, credentials } as S3ClientConfig;
  const command = { Bucket: BUCKET, Key: KEY };
  if (row.sdk === 'v3-old') {
    const client = new oldClient.S3Client({ ...config, credentials });
    return signed(await oldPresigner.getSignedUrl(client, new oldClient.GetObjectCommand(command)), undefined);
  }
  const client = new S3Client(options);
  if (row.call === 'createPresignedPost') {
    const post = await createPresignedPost(client, command);
    return signed(post.url, Object.keys(post.fields));
  }
  return signed(await getSignedUrl(client, new GetObjectCommand(command)), undefined);
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
    const s3 = new AWS.S3({ ...(config as AWS.S3.ClientConfiguration), credentials: awsCredentials });
    const params = { Bucket: BUCKET, Key: KEY };
    switch (row.call) {
      case 'getSignedUrl':
        return signed(s3.getSignedUrl('getObject', params), undefined);
      case 'getSignedUrlPromise':
        return signed(await s3.getSignedUrlPromise('getObject', params), undefined);
      case 'createPresignedPost': {
        const post = s3.createPresignedPost({ Bucket: BUCKET, Fields: { key: KEY } });
        return signed(post.url, Object.keys(post.fields));
      }
    }
  } finally {
    global.config = savedConfig;
  }
}

async function probe(row: Row, env: Readonly<Record<string, string>>, awsRegion: string | undefined): Promise<Probe> {
  const vars = awsRegion === undefined ? env : { ...env, AWS_REGION: awsRegion };
  const outcome = await sandboxed(vars, async (): Promise<ProbeOutcome> => {
    try {
      const config = evaluateConfig(row.config);
      return await (row.sdk === 'v2' ? presignV2(row, config) : presignV3(row, config));
    } catch (error) {
      if (isRegionMissing(error)) return { status: 'regionMissing', message: error.message };
      throw error;
    }
  });
  return { awsRegion, outcome };
}

/**
 * Measures a row: once per {@link PROBE_REGIONS} value. 'environment' when a run throws
 * 'Region is missing' or the host kind changes with `AWS_REGION`; otherwise the kind of the host.
 * `withRowEnv: false` leaves the row's own variables out (for rows whose code cannot show them).
 */
export async function measure(row: Row, withRowEnv = true): Promise<Measurement> {
  if ('AWS_REGION' in row.env) throw new Error(`${row.id}: rows must not set AWS_REGION; the probes do`);
  const env = withRowEnv ? row.env : {};
  const probes: Probe[] = [];
  for (const awsRegion of PROBE_REGIONS) probes.push(await probe(row, env, awsRegion));
  const kinds = new Set(probes.map((p) => (p.outcome.status === 'signed' ? p.outcome.kind : 'environment')));
  const [only] = kinds;
  const kind: MeasuredKind = kinds.size === 1 && only !== undefined ? only : 'environment';
  return { kind, probes };
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
      packages: ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', '@aws-sdk/s3-presigned-post'].map((name) => ({
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
