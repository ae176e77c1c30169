/**
 * The oracle of the other S3 signers (issue 16): each row is presigned offline with the real
 * package (fake credentials, no network) and the same code is linted with the plugin; the rule
 * must report a row exactly when the measured URL's host is off the private path.
 *
 * - minio 8: `new Client({ endPoint, region }).presignedGetObject(…)` (with a region minio makes
 *   no network call), judged by no-global-endpoint;
 * - Smithy `SignatureV4#presign(request)`, judged by no-unpinned-presign like
 *   `S3RequestPresigner#presign` (a request host that is global: the rows are global or private);
 * - aws4fetch `AwsClient#sign(url, { aws: { signQuery: true } })`, judged by no-unpinned-presign.
 */
import { createHash, createHmac } from 'node:crypto';
import * as path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { SignatureV4 } from '@smithy/signature-v4';
import { AwsClient } from 'aws4fetch';
import { Linter, type ESLint } from 'eslint';
import { Client } from 'minio';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { classifyHost, notPrivateKind } from '../../src/sdk/index.js';
import { fixturesDir } from '../rule-tester.js';

const BUCKET = 'my-bucket';
const KEY = 'a/b.txt';
const ACCESS_KEY = 'AKIDEXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

type Row =
  | { signer: 'minio'; endPoint: string; region: string }
  | { signer: 'signatureV4'; hostname: string }
  | { signer: 'aws4fetch'; url: string };

const rows: readonly Row[] = [
  // minio: its exact endpoint s3.amazonaws.com is made regional from its table; other endpoints are used as given.
  ...['eu-west-1', 'us-east-1', 'ap-southeast-5', 'cn-north-1', 'mx-central-1', 'ap-southeast-7'].map(
    (region): Row => ({ signer: 'minio', endPoint: 's3.amazonaws.com', region }),
  ),
  { signer: 'minio', endPoint: 's3.eu-west-1.amazonaws.com', region: 'us-east-1' },
  { signer: 'minio', endPoint: 's3-external-1.amazonaws.com', region: 'eu-west-1' },
  { signer: 'minio', endPoint: 'bucket.vpce-0a1b2c3d-4e5f6a7b.s3.eu-west-1.vpce.amazonaws.com', region: 'eu-west-1' },
  // SignatureV4: the request's hostname.
  ...[
    `${BUCKET}.s3.amazonaws.com`,
    's3.amazonaws.com',
    's3-external-1.amazonaws.com',
    `${BUCKET}.s3-accelerate.amazonaws.com`,
    `${BUCKET}.s3.eu-west-1.amazonaws.com`,
    'bucket.vpce-0a1b2c3d-4e5f6a7b.s3.eu-west-1.vpce.amazonaws.com',
  ].map((hostname): Row => ({ signer: 'signatureV4', hostname })),
  // aws4fetch: the URL as given, on every kind of host.
  ...[
    `https://${BUCKET}.s3.amazonaws.com/${KEY}`,
    `https://s3.amazonaws.com/${BUCKET}/${KEY}`,
    `https://${BUCKET}.s3-accelerate.amazonaws.com/${KEY}`,
    `https://${BUCKET}.s3-fips.us-east-1.amazonaws.com/${KEY}`,
    `https://${BUCKET}.s3.dualstack.eu-west-1.amazonaws.com/${KEY}`,
    `https://s3-eu-west-1.amazonaws.com/${BUCKET}/${KEY}`,
    `https://${BUCKET}.s3.eu-west-1.amazonaws.com/${KEY}`,
    `https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.eu-west-1.vpce.amazonaws.com/${BUCKET}/${KEY}`,
  ].map((url): Row => ({ signer: 'aws4fetch', url })),
];

/** The rule that judges each signer's rows. */
const RULE_OF: Record<Row['signer'], string> = {
  minio: 'no-global-endpoint',
  signatureV4: 'no-unpinned-presign',
  aws4fetch: 'no-unpinned-presign',
};

const IMPORTS = [
  `import { Client } from 'minio';`,
  `import { SignatureV4 } from '@smithy/signature-v4';`,
  `import { AwsClient } from 'aws4fetch';`,
  `declare const signer: SignatureV4;`,
  `const aws = new AwsClient({ accessKeyId: '${ACCESS_KEY}', secretAccessKey: 'secret', service: 's3', region: 'eu-west-1' });`,
];

/** A row as one line of source code. */
function lineOf(row: Row, index: number): string {
  switch (row.signer) {
    case 'minio':
      return `export const r${index} = new Client({ endPoint: '${row.endPoint}', region: '${row.region}', accessKey: '${ACCESS_KEY}', secretKey: 'secret' });`;
    case 'signatureV4':
      return `export const r${index} = signer.presign({ method: 'GET', protocol: 'https:', hostname: '${row.hostname}', path: '/${KEY}', headers: {} });`;
    case 'aws4fetch':
      return `export const r${index} = aws.sign('${row.url}', { aws: { signQuery: true } });`;
  }
}

type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytes = (data: SourceData): string | Buffer =>
  typeof data === 'string' ? data : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/** An HMAC/SHA-256 checksum for SignatureV4, from node:crypto. */
class Sha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

/** The host of the URL the real signer presigns for a row. */
async function measure(row: Row): Promise<string> {
  switch (row.signer) {
    case 'minio': {
      const client = new Client({ endPoint: row.endPoint, region: row.region, accessKey: ACCESS_KEY, secretKey: SECRET_KEY });
      return new URL(await client.presignedGetObject(BUCKET, KEY, 600)).host;
    }
    case 'signatureV4': {
      const signer = new SignatureV4({
        service: 's3',
        region: 'eu-west-1',
        credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
        sha256: Sha256,
      });
      const presigned = await signer.presign(
        { method: 'GET', protocol: 'https:', hostname: row.hostname, path: `/${KEY}`, headers: {}, query: {} },
        { expiresIn: 600 },
      );
      expect(presigned.query?.['X-Amz-Signature'], 'a presigned request').toBeTruthy();
      return presigned.hostname;
    }
    case 'aws4fetch': {
      const client = new AwsClient({ accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY, service: 's3', region: 'eu-west-1' });
      const signed = await client.sign(row.url, { aws: { signQuery: true } });
      const url = new URL(signed.url);
      expect(url.searchParams.get('X-Amz-Signature'), 'a presigned URL').toBeTruthy();
      return url.host;
    }
  }
}

const measured = new Map<number, string>();
const reported = new Map<number, string[]>();

beforeAll(async () => {
  for (const [index, row] of rows.entries()) measured.set(index, await measure(row));
  const source = [...IMPORTS, ...rows.map(lineOf), ''].join('\n');
  const linter = new Linter({ configType: 'flat', cwd: fixturesDir });
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*.ts'],
        plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
        languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } },
        rules: { 's3-regional/no-global-endpoint': 'error', 's3-regional/no-unpinned-presign': 'error' },
      },
    ],
    { filename: path.join(fixturesDir, 'file.ts') },
  );
  for (const message of messages) {
    if (message.ruleId === null) throw new Error(`Linting the signer rows failed: ${message.message}\n${source}`);
    const index = message.line - IMPORTS.length - 1;
    reported.set(index, [...(reported.get(index) ?? []), message.ruleId.replace(/^s3-regional\//, '')]);
  }
}, 120_000);

describe('other signers: what the real package presigns and what the plugin reports agree', () => {
  it.each(rows.map((row, index) => [lineOf(row, index), index] as const))('%s', (_, index) => {
    const row = rows[index];
    const host = measured.get(index);
    if (!row || host === undefined) throw new Error(`row ${index} was not measured`);
    // SignatureV4 and aws4fetch never change the host they are given.
    if (row.signer === 'signatureV4') expect(host).toBe(row.hostname);
    if (row.signer === 'aws4fetch') expect(host).toBe(new URL(row.url).host);
    const offPrivatePath = notPrivateKind(classifyHost(host).path, new Set()) !== undefined;
    const byRule = (reported.get(index) ?? []).includes(RULE_OF[row.signer]);
    expect(byRule, `${row.signer} presigned for ${host}`).toBe(offPrivatePath);
  });

  it('tests both sides for each signer', () => {
    for (const signer of Object.keys(RULE_OF) as Row['signer'][]) {
      const verdicts = rows.flatMap((row, index) => (row.signer === signer ? [(reported.get(index) ?? []).includes(RULE_OF[signer])] : []));
      expect(verdicts, signer).toContain(true);
      expect(verdicts, signer).toContain(false);
    }
  });
});
