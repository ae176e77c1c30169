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
  /** The `Bucket` parameter, written literally in the call: a bucket name or an access point ARN. */
  bucket: string;
  /**
   * Where the bucket lives, when the row says so ({@link BUCKET_REGIONS}, also the lint settings'
   * `bucketRegions`): a host or signing scope of another region is `wrong region`.
   */
  bucketRegion?: string;
  /**
   * `presign`: only the presign rule judges the row. The client is fine (it is pinned to a region of
   * its own); what goes wrong is this presign call, for a bucket or an access point elsewhere.
   */
  judgedBy?: 'presign';
  /**
   * The id of a row whose presigned host and signing region this row must measure too: the row
   * shows that its configuration changes nothing in the URL.
   */
  sameHostAs?: string;
  /**
   * Set on a v3-old row whose outcome differs from the current release's for the same code: the
   * code cannot show which release is installed, so the plugin's verdict is held to the current
   * release (the row `current`), and the test asserts that the two releases really differ.
   */
  releaseDecides?: { current: string; reason: string };
}

export type Row =
  | (RowBase & {
      sdk: 'v3';
      call: V3Call;
      /** The code imports `@aws-sdk/signature-v4-crt` (the SigV4a signer, native aws-crt): measured with it registered. */
      crt?: boolean;
    })
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

/** The bucket the cross-region rows presign for, and where it lives. */
const EU_BUCKET = 'eu-bucket';
/** Where the rows' buckets live: the measurement's `bucketRegion`, and the lint settings' `bucketRegions`. */
export const BUCKET_REGIONS: Readonly<Record<string, string>> = { [EU_BUCKET]: 'eu-west-1' };

/** An access point in eu-west-1, as a `Bucket` parameter. */
const ACCESS_POINT_ARN = 'arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap';
/** A Multi-Region Access Point, as a `Bucket` parameter. */
const MRAP_ARN = 'arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap';

const VPCE = 'https://bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com';

const V2_FLAG_ENV_REASON =
  "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=regional (or the shared config's s3_us_east_1_regional_endpoint) makes SDK v2 sign for s3.us-east-1.amazonaws.com at run time; the code alone still signs for the global host wherever the variable is missing.";

/** A v3 configuration, measured with the current SDK and, for `getSignedUrl`, with 3.200.0. */
/** What a case shares with the rows it makes (the row fields of the same names). */
interface CaseBase {
  slug: string;
  config: string | undefined;
  env?: Record<string, string>;
  codeCannotShow?: { reason: string };
  /** Default {@link BUCKET}. */
  bucket?: string;
  judgedBy?: 'presign';
  /** The slug of the case (same SDK and call) whose host this one must measure too. */
  sameHostAs?: string;
}

interface V3Case extends CaseBase {
  /** Also measure `createPresignedPost` (current SDK only). */
  post?: boolean;
  /** `false`: not measured with 3.200.0 (the CRT registers with the current SDK only). */
  old?: false;
  crt?: boolean;
  /** 3.200.0 does something else with this code: why (its row is held to the current release's verdict). */
  olderReleaseDiffers?: string;
}

const FIPS_DUALSTACK_ENV_REASON =
  'AWS_USE_FIPS_ENDPOINT=true makes SDK v3 and v2 sign for the FIPS host s3-fips.<region>, and AWS_USE_DUALSTACK_ENDPOINT=true for a dualstack host; the S3 interface endpoint serves neither (dualstack only when its IP address type is dualstack). The code alone signs for the regional host.';

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
  // Environment variables v3 reads or ignores: the legacy flag changes nothing, the FIPS one moves
  // the host off the private path where the code cannot show it.
  {
    slug: 'us-east-1 with AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=legacy',
    config: "{ region: 'us-east-1' }",
    env: { AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'legacy' },
  },
  {
    slug: 'us-east-1 with AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT',
    config: "{ region: 'us-east-1' }",
    env: { AWS_USE_FIPS_ENDPOINT: 'true', AWS_USE_DUALSTACK_ENDPOINT: 'true' },
    codeCannotShow: { reason: FIPS_DUALSTACK_ENV_REASON },
  },
  {
    slug: 'us-east-1 with AWS_USE_DUALSTACK_ENDPOINT',
    config: "{ region: 'us-east-1' }",
    env: { AWS_USE_DUALSTACK_ENDPOINT: 'true' },
    codeCannotShow: { reason: FIPS_DUALSTACK_ENV_REASON },
  },
  // Interface endpoint names carry their region: a client of another region signs for the wrong scope.
  {
    slug: 'endpoint interface VPC endpoint path style',
    config: `{ region: 'us-east-1', endpoint: '${VPCE}', forcePathStyle: true }`,
    post: true,
  },
  {
    slug: 'endpoint interface VPC endpoint path style, client eu-west-1',
    config: `{ region: 'eu-west-1', endpoint: '${VPCE}', forcePathStyle: true }`,
    post: true,
  },
  // A bucket in eu-west-1: the client signs for its own region, whatever the bucket's.
  { slug: 'eu-bucket, client us-east-1', config: "{ region: 'us-east-1' }", bucket: EU_BUCKET, judgedBy: 'presign', post: true },
  { slug: 'eu-bucket, client eu-west-1', config: "{ region: 'eu-west-1' }", bucket: EU_BUCKET, judgedBy: 'presign', post: true },
  {
    slug: 'eu-bucket, client us-east-1 followRegionRedirects',
    config: "{ region: 'us-east-1', followRegionRedirects: true }",
    bucket: EU_BUCKET,
    judgedBy: 'presign',
    sameHostAs: 'eu-bucket, client us-east-1',
    post: true,
  },
  // Access point ARNs as Bucket: the ARN's region against the client's.
  { slug: 'access point ARN, client eu-west-1', config: "{ region: 'eu-west-1' }", bucket: ACCESS_POINT_ARN, judgedBy: 'presign' },
  // Without useArnRegion the releases differ: 3.200.0 throws, the current one signs for the ARN's region.
  {
    slug: 'access point ARN, client us-east-1',
    config: "{ region: 'us-east-1' }",
    bucket: ACCESS_POINT_ARN,
    judgedBy: 'presign',
    olderReleaseDiffers:
      "Without useArnRegion, @aws-sdk/client-s3 3.200.0 throws for an access point ARN of another region than the client's; the current release signs for the ARN's region. The code cannot show the installed release: the plugin follows the current one, and reports only an explicit useArnRegion: false.",
  },
  {
    slug: 'access point ARN, client us-east-1 useArnRegion false',
    config: "{ region: 'us-east-1', useArnRegion: false }",
    bucket: ACCESS_POINT_ARN,
    judgedBy: 'presign',
  },
  {
    slug: 'access point ARN, client us-east-1 useArnRegion',
    config: "{ region: 'us-east-1', useArnRegion: true }",
    bucket: ACCESS_POINT_ARN,
    judgedBy: 'presign',
  },
  // A Multi-Region Access Point: SigV4a, which only the CRT signer presigns.
  { slug: 'Multi-Region Access Point ARN', config: "{ region: 'us-east-1' }", bucket: MRAP_ARN, judgedBy: 'presign', old: false },
  {
    slug: 'Multi-Region Access Point ARN with the CRT signer',
    config: "{ region: 'us-east-1' }",
    bucket: MRAP_ARN,
    judgedBy: 'presign',
    old: false,
    crt: true,
  },
];

interface V2Case extends CaseBase {
  calls: V2Call[];
  globalConfig?: string;
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
  {
    slug: 'eu-west-1 with AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT',
    config: "{ region: 'eu-west-1' }",
    calls: ALL_V2,
    env: { AWS_USE_FIPS_ENDPOINT: 'true', AWS_USE_DUALSTACK_ENDPOINT: 'true' },
    codeCannotShow: { reason: FIPS_DUALSTACK_ENV_REASON },
  },
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
    slug: 'endpoint interface VPC endpoint path style, client eu-west-1',
    config: `{ region: 'eu-west-1', endpoint: '${VPCE}', s3ForcePathStyle: true }`,
    calls: ALL_V2,
  },
  {
    slug: 'endpoint not AWS',
    config: "{ region: 'us-east-1', endpoint: 'http://localhost:9000', s3ForcePathStyle: true }",
    calls: ALL_V2,
  },
  // A bucket in eu-west-1, from a client of another region with a regional host (us-east-1 signs
  // getSignedUrl for the regional host only with the flag; its createPresignedPost is always global).
  { slug: 'eu-bucket, client us-west-2', config: "{ region: 'us-west-2' }", bucket: EU_BUCKET, judgedBy: 'presign', calls: ALL_V2 },
  {
    slug: 'eu-bucket, client us-east-1 regional flag',
    config: "{ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' }",
    bucket: EU_BUCKET,
    judgedBy: 'presign',
    calls: ['getSignedUrl'],
  },
  { slug: 'eu-bucket, client eu-west-1', config: "{ region: 'eu-west-1' }", bucket: EU_BUCKET, judgedBy: 'presign', calls: ALL_V2 },
];

/** The row fields a case gives every row it makes. */
function fromCase(c: CaseBase, prefix: string): Omit<RowBase, 'id' | 'config'> {
  const bucket = c.bucket ?? BUCKET;
  const bucketRegion = BUCKET_REGIONS[bucket];
  return {
    env: c.env ?? {},
    bucket,
    ...(bucketRegion ? { bucketRegion } : {}),
    ...(c.codeCannotShow ? { codeCannotShow: c.codeCannotShow } : {}),
    ...(c.judgedBy ? { judgedBy: c.judgedBy } : {}),
    ...(c.sameHostAs ? { sameHostAs: `${prefix}: ${c.sameHostAs}` } : {}),
  };
}

function buildRows(): Row[] {
  const rows: Row[] = [];
  for (const c of v3Cases) {
    const calls: V3Call[] = c.post ? ['getSignedUrl', 'createPresignedPost'] : ['getSignedUrl'];
    for (const call of calls) {
      const prefix = `v3 ${call}`;
      rows.push({ id: `${prefix}: ${c.slug}`, sdk: 'v3', call, config: c.config, ...fromCase(c, prefix), ...(c.crt ? { crt: true } : {}) });
    }
  }
  for (const c of v3Cases) {
    if (c.old === false) continue;
    const prefix = 'v3-old getSignedUrl';
    rows.push({
      id: `${prefix}: ${c.slug}`,
      sdk: 'v3-old',
      call: 'getSignedUrl',
      config: c.config,
      ...fromCase(c, prefix),
      ...(c.olderReleaseDiffers ? { releaseDecides: { current: `v3 getSignedUrl: ${c.slug}`, reason: c.olderReleaseDiffers } } : {}),
    });
  }
  for (const c of v2Cases) {
    for (const call of c.calls) {
      const prefix = `v2 ${call}`;
      rows.push({
        id: `${prefix}: ${c.slug}`,
        sdk: 'v2',
        call,
        config: c.config,
        ...fromCase(c, prefix),
        ...(c.globalConfig ? { globalConfig: c.globalConfig } : {}),
      });
    }
  }
  return rows;
}

export const rows: readonly Row[] = buildRows();
