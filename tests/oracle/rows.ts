/**
 * The oracle's table: S3 client configurations and presign calls, each run with the real SDK
 * (`measure.ts`) and linted with the plugin (`lint.ts`); `oracle.test.ts` asserts that both agree.
 *
 * A row names no expected outcome: the SDK is the oracle. `docs/sdk-behaviour.md` records what the
 * SDKs did, generated from the same run.
 */

/** `v3`: the current `@aws-sdk/client-s3`; `v3-old`: 3.200.0 under an npm alias; `v2`: `aws-sdk`. */
export type Sdk = 'v3' | 'v3-old' | 'v2';

export type V3Call = 'getSignedUrl' | 'createPresignedPost';
export type V2Call = 'getSignedUrl' | 'getSignedUrlPromise' | 'createPresignedPost';
export type PresignCall = V3Call | V2Call;

interface RowBase {
  /** Unique, stable: the test name and the doc's row key. */
  id: string;
  /**
   * The client's constructor argument as TypeScript source, or undefined for no argument. The
   * linted code contains it verbatim; the measurement evaluates it as a JavaScript expression
   * (at presign time, so that `process.env` reads see the row's environment).
   */
  config: string | undefined;
  /**
   * Environment variables set for the row, on top of a cleared AWS environment. `AWS_REGION` is
   * not allowed here: the measurement itself runs every row with several `AWS_REGION` values.
   */
  env: Readonly<Record<string, string>>;
  /**
   * Set when the row's environment changes the presigned host in a way the code cannot show. The
   * plugin judges code, so its verdict is checked against the measurement without `env`, and the
   * test also asserts that `env` really changes the outcome (the row keeps testing reality).
   */
  codeCannotShow?: { reason: string };
}

export type Row =
  | (RowBase & { sdk: 'v3'; call: V3Call })
  /**
   * Only `getSignedUrl`: `s3-request-presigner` 3.200.0 is installed under an alias, but no
   * `s3-presigned-post` of that release is, and mixing the current one with the old client would
   * measure a pairing nobody installs.
   */
  | (RowBase & { sdk: 'v3-old'; call: 'getSignedUrl' })
  | (RowBase & {
      sdk: 'v2';
      call: V2Call;
      /** An object literal given to `AWS.config.update(…)` before the client is built (its region is the global one). */
      globalConfig?: string;
    });

export const BUCKET = 'my-bucket';
export const KEY = 'a/b.txt';

const VPCE = 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com';

const V2_FLAG_ENV_REASON =
  "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=regional (or the shared config's s3_us_east_1_regional_endpoint) makes SDK v2 sign for s3.us-east-1.amazonaws.com at run time; the code alone still signs for the global host wherever the variable is missing.";

/** A v3 configuration, measured with the current SDK and, for `getSignedUrl`, with 3.200.0. */
interface V3Case {
  slug: string;
  config: string | undefined;
  env?: Record<string, string>;
  /** Also measure `createPresignedPost` (current SDK only). */
  post?: boolean;
}

const v3Cases: V3Case[] = [
  // No region: the environment decides, or presigning throws 'Region is missing'.
  { slug: 'no argument', config: undefined, post: true },
  { slug: 'empty config', config: '{}', post: true },
  { slug: 'region undefined', config: '{ region: undefined }' },
  { slug: 'region empty', config: "{ region: '' }", post: true },
  { slug: 'region from AWS_REGION', config: '{ region: process.env.AWS_REGION }', post: true },
  { slug: 'region from AWS_REGION with fallback', config: "{ region: process.env.AWS_REGION ?? 'eu-west-1' }" },
  // Definite regions.
  { slug: 'us-east-1', config: "{ region: 'us-east-1' }", post: true },
  { slug: 'eu-west-1', config: "{ region: 'eu-west-1' }", post: true },
  { slug: 'cn-north-1', config: "{ region: 'cn-north-1' }" },
  { slug: 'aws-global', config: "{ region: 'aws-global' }", post: true },
  // useGlobalEndpoint acts in us-east-1 only.
  { slug: 'us-east-1 useGlobalEndpoint', config: "{ region: 'us-east-1', useGlobalEndpoint: true }", post: true },
  { slug: 'us-east-1 useGlobalEndpoint false', config: "{ region: 'us-east-1', useGlobalEndpoint: false }" },
  { slug: 'eu-west-1 useGlobalEndpoint', config: "{ region: 'eu-west-1', useGlobalEndpoint: true }", post: true },
  // With dualstack or FIPS there is no global name: the flag is ignored.
  {
    slug: 'us-east-1 useGlobalEndpoint dualstack',
    config: "{ region: 'us-east-1', useGlobalEndpoint: true, useDualstackEndpoint: true }",
  },
  { slug: 'us-east-1 useGlobalEndpoint fips', config: "{ region: 'us-east-1', useGlobalEndpoint: true, useFipsEndpoint: true }" },
  // Accelerate, dualstack, FIPS, path style.
  { slug: 'us-east-1 accelerate', config: "{ region: 'us-east-1', useAccelerateEndpoint: true }", post: true },
  { slug: 'eu-west-1 accelerate', config: "{ region: 'eu-west-1', useAccelerateEndpoint: true }" },
  {
    slug: 'us-east-1 accelerate dualstack',
    config: "{ region: 'us-east-1', useAccelerateEndpoint: true, useDualstackEndpoint: true }",
  },
  { slug: 'us-east-1 dualstack', config: "{ region: 'us-east-1', useDualstackEndpoint: true }", post: true },
  { slug: 'us-east-1 fips', config: "{ region: 'us-east-1', useFipsEndpoint: true }", post: true },
  { slug: 'us-east-1 forcePathStyle', config: "{ region: 'us-east-1', forcePathStyle: true }", post: true },
  // Endpoint overrides: global, regional, interface endpoint, not AWS.
  { slug: 'endpoint global', config: "{ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com' }", post: true },
  { slug: 'endpoint global eu-west-1', config: "{ region: 'eu-west-1', endpoint: 'https://s3.amazonaws.com' }" },
  {
    slug: 'endpoint regional',
    config: "{ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' }",
    post: true,
  },
  {
    slug: 'endpoint regional with useGlobalEndpoint',
    config: "{ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com', useGlobalEndpoint: true }",
  },
  { slug: 'endpoint interface VPC endpoint', config: `{ region: 'us-east-1', endpoint: '${VPCE}' }`, post: true },
  {
    slug: 'endpoint not AWS',
    config: "{ region: 'us-east-1', endpoint: 'http://localhost:9000', forcePathStyle: true }",
    post: true,
  },
  { slug: 'endpoint not AWS without region', config: "{ endpoint: 'http://localhost:9000', forcePathStyle: true }" },
  // Region provider functions.
  { slug: 'region provider us-east-1', config: "{ region: async () => 'us-east-1' }", post: true },
  { slug: 'region provider eu-west-1', config: "{ region: () => Promise.resolve('eu-west-1') }" },
  {
    slug: 'region provider us-east-1 useGlobalEndpoint',
    config: "{ region: async () => 'us-east-1', useGlobalEndpoint: true }",
  },
  // Environment variables v3 reads or ignores; none of them moves the host off the regional name.
  {
    slug: 'us-east-1 with AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=legacy',
    config: "{ region: 'us-east-1' }",
    env: { AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'legacy' },
  },
  {
    slug: 'us-east-1 with AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT',
    config: "{ region: 'us-east-1' }",
    env: { AWS_USE_FIPS_ENDPOINT: 'true', AWS_USE_DUALSTACK_ENDPOINT: 'true' },
  },
];

interface V2Case {
  slug: string;
  config: string | undefined;
  calls: V2Call[];
  globalConfig?: string;
  env?: Record<string, string>;
  codeCannotShow?: { reason: string };
}

const ALL_V2: V2Call[] = ['getSignedUrl', 'createPresignedPost'];

const v2Cases: V2Case[] = [
  // No region of its own: the global config's (`AWS.config.update({ region })`), else the global host.
  { slug: 'no argument, global config eu-west-1', config: undefined, globalConfig: "{ region: 'eu-west-1' }", calls: ['getSignedUrl', 'createPresignedPost'] },
  { slug: 'no argument, global config us-east-1', config: undefined, globalConfig: "{ region: 'us-east-1' }", calls: ['getSignedUrl'] },
  { slug: 'no argument, global config without a region', config: undefined, globalConfig: '{ maxRetries: 3 }', calls: ['getSignedUrl'] },
  { slug: 'own region over the global config', config: "{ region: 'us-east-1' }", globalConfig: "{ region: 'eu-west-1' }", calls: ['getSignedUrl'] },
  // No region: the global host, unless the environment sets one.
  { slug: 'no argument', config: undefined, calls: [...ALL_V2, 'getSignedUrlPromise'] },
  { slug: 'empty config', config: '{}', calls: ALL_V2 },
  { slug: 'region empty', config: "{ region: '' }", calls: ['getSignedUrl'] },
  { slug: 'region from AWS_REGION', config: '{ region: process.env.AWS_REGION }', calls: ALL_V2 },
  {
    slug: 'region from AWS_REGION with fallback',
    config: "{ region: process.env.AWS_REGION ?? 'eu-west-1' }",
    calls: ['getSignedUrl'],
  },
  {
    slug: 'region from AWS_REGION with fallback and regional flag',
    config: "{ region: process.env.AWS_REGION ?? 'eu-west-1', s3UsEast1RegionalEndpoint: 'regional' }",
    calls: ALL_V2,
  },
  // us-east-1 and the regional flag.
  { slug: 'us-east-1', config: "{ region: 'us-east-1' }", calls: [...ALL_V2, 'getSignedUrlPromise'] },
  {
    slug: 'us-east-1 regional flag',
    config: "{ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' }",
    calls: [...ALL_V2, 'getSignedUrlPromise'],
  },
  { slug: 'us-east-1 legacy flag', config: "{ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'legacy' }", calls: ALL_V2 },
  {
    slug: 'us-east-1 with AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=regional',
    config: "{ region: 'us-east-1' }",
    calls: ['getSignedUrl', 'getSignedUrlPromise'],
    env: { AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'regional' },
    codeCannotShow: { reason: V2_FLAG_ENV_REASON },
  },
  // The variable does not reach createPresignedPost: still the global host, an ordinary row.
  {
    slug: 'us-east-1 with AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=regional',
    config: "{ region: 'us-east-1' }",
    calls: ['createPresignedPost'],
    env: { AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'regional' },
  },
  {
    slug: 'us-east-1 legacy flag with AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=regional',
    config: "{ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'legacy' }",
    calls: ['getSignedUrl'],
    env: { AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'regional' },
  },
  {
    slug: 'us-east-1 regional flag with AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=legacy',
    config: "{ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' }",
    calls: ['getSignedUrl'],
    env: { AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'legacy' },
  },
  // Other regions.
  { slug: 'eu-west-1', config: "{ region: 'eu-west-1' }", calls: [...ALL_V2, 'getSignedUrlPromise'] },
  { slug: 'cn-north-1', config: "{ region: 'cn-north-1' }", calls: ['getSignedUrl'] },
  { slug: 'aws-global', config: "{ region: 'aws-global' }", calls: ALL_V2 },
  // Signature version.
  { slug: 'us-east-1 signature v4', config: "{ region: 'us-east-1', signatureVersion: 'v4' }", calls: ALL_V2 },
  {
    slug: 'us-east-1 signature v4 regional flag',
    config: "{ region: 'us-east-1', signatureVersion: 'v4', s3UsEast1RegionalEndpoint: 'regional' }",
    calls: ['getSignedUrl'],
  },
  { slug: 'eu-west-1 signature v4', config: "{ region: 'eu-west-1', signatureVersion: 'v4' }", calls: ['getSignedUrl'] },
  // Accelerate, dualstack, FIPS, path style.
  { slug: 'us-east-1 accelerate', config: "{ region: 'us-east-1', useAccelerateEndpoint: true }", calls: ALL_V2 },
  { slug: 'eu-west-1 accelerate', config: "{ region: 'eu-west-1', useAccelerateEndpoint: true }", calls: ALL_V2 },
  {
    slug: 'us-east-1 regional flag accelerate',
    config: "{ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional', useAccelerateEndpoint: true }",
    calls: ['getSignedUrl'],
  },
  { slug: 'us-east-1 dualstack', config: "{ region: 'us-east-1', useDualstack: true }", calls: ALL_V2 },
  { slug: 'us-east-1 dualstack endpoint', config: "{ region: 'us-east-1', useDualstackEndpoint: true }", calls: ['getSignedUrl'] },
  { slug: 'us-east-1 fips', config: "{ region: 'us-east-1', useFipsEndpoint: true }", calls: ALL_V2 },
  { slug: 'us-east-1 path style', config: "{ region: 'us-east-1', s3ForcePathStyle: true }", calls: ['getSignedUrl'] },
  {
    slug: 'us-east-1 path style regional flag',
    config: "{ region: 'us-east-1', s3ForcePathStyle: true, s3UsEast1RegionalEndpoint: 'regional' }",
    calls: ['getSignedUrl'],
  },
  // Endpoint overrides.
  {
    slug: 'endpoint regional',
    config: "{ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com' }",
    calls: ALL_V2,
  },
  {
    slug: 'endpoint regional accelerate',
    config: "{ region: 'us-east-1', endpoint: 'https://s3.us-east-1.amazonaws.com', useAccelerateEndpoint: true }",
    calls: ['getSignedUrl'],
  },
  { slug: 'endpoint global bare host', config: "{ region: 'us-east-1', endpoint: 's3.amazonaws.com' }", calls: ALL_V2 },
  {
    slug: 'endpoint global regional flag',
    config: "{ region: 'us-east-1', endpoint: 'https://s3.amazonaws.com', s3UsEast1RegionalEndpoint: 'regional' }",
    calls: ['getSignedUrl'],
  },
  { slug: 'endpoint interface VPC endpoint', config: `{ region: 'us-east-1', endpoint: '${VPCE}' }`, calls: ALL_V2 },
  {
    slug: 'endpoint not AWS',
    config: "{ region: 'us-east-1', endpoint: 'http://localhost:9000', s3ForcePathStyle: true }",
    calls: ALL_V2,
  },
];

function buildRows(): Row[] {
  const rows: Row[] = [];
  for (const c of v3Cases) {
    const env = c.env ?? {};
    rows.push({ id: `v3 getSignedUrl: ${c.slug}`, sdk: 'v3', call: 'getSignedUrl', config: c.config, env });
    if (c.post) {
      rows.push({ id: `v3 createPresignedPost: ${c.slug}`, sdk: 'v3', call: 'createPresignedPost', config: c.config, env });
    }
  }
  for (const c of v3Cases) {
    const env = c.env ?? {};
    rows.push({ id: `v3-old getSignedUrl: ${c.slug}`, sdk: 'v3-old', call: 'getSignedUrl', config: c.config, env });
  }
  for (const c of v2Cases) {
    for (const call of c.calls) {
      rows.push({
        id: `v2 ${call}: ${c.slug}`,
        sdk: 'v2',
        call,
        config: c.config,
        env: c.env ?? {},
        ...(c.globalConfig ? { globalConfig: c.globalConfig } : {}),
        ...(c.codeCannotShow ? { codeCannotShow: c.codeCannotShow } : {}),
      });
    }
  }
  return rows;
}

export const rows: readonly Row[] = buildRows();
