/**
 * What the plugin knows about the AWS SDKs for JavaScript: which modules and classes make S3
 * clients, which functions presign, and which client options choose the endpoint. Every rule reads
 * this module; no rule names an SDK module, class or option on its own.
 */
export type SdkVersion = 'v2' | 'v3';

/**
 * The text every S3 SDK module specifier contains (`@aws-sdk/…` and `aws-sdk…`). A file whose text
 * does not contain it imports no S3 SDK, and the type-aware rules skip it before any checker work.
 */
export const SDK_MARKER = 'aws-sdk';

/** Does this source text possibly import an S3 SDK? A plain substring test, run once per file. */
export function mayUseSdk(sourceText: string): boolean {
  return sourceText.includes(SDK_MARKER);
}

/** The default region the SDKs fall back to, and the one v2 sends to the global host. */
export const US_EAST_1 = 'us-east-1';
/** The pseudo-region that selects the global endpoint. */
export const GLOBAL_PSEUDO_REGION = 'aws-global';

/** Client options that choose the endpoint, by SDK. */
export const CLIENT_OPTIONS = {
  region: 'region',
  endpoint: 'endpoint',
  useGlobalEndpoint: 'useGlobalEndpoint',
  useAccelerateEndpoint: 'useAccelerateEndpoint',
  useFipsEndpoint: 'useFipsEndpoint',
  /** v2: `'v4'` signs every request with its region; otherwise presigned URLs may be SigV2, which names none. */
  signatureVersion: 'signatureVersion',
  /** v3: sign for an access point ARN's own region instead of throwing on another. */
  useArnRegion: 'useArnRegion',
  /** v2 only: `'regional'` moves `getSignedUrl` in us-east-1 off the global host. */
  s3UsEast1RegionalEndpoint: 's3UsEast1RegionalEndpoint',
} as const;

/**
 * Options that, when `true`, put the client on a regional variant host (`s3.dualstack.<region>`,
 * `s3-fips.<region>`) even in us-east-1: they override `useGlobalEndpoint` (v3) and the v2
 * us-east-1 global default, for `getSignedUrl` and v2 `createPresignedPost` alike. Neither host is
 * served by a default S3 interface endpoint (`private-path.ts`).
 */
export const REGIONAL_VARIANT_OPTIONS: Readonly<Record<SdkVersion, readonly string[]>> = {
  v3: ['useDualstackEndpoint', 'useFipsEndpoint'],
  v2: ['useDualstack', 'useDualstackEndpoint', 'useFipsEndpoint'],
};

export const V2_REGIONAL_FLAG_VALUE = 'regional';

/** The v3 class a client factory returns, and the only one its rewrite replaces. */
export const V3_FACTORY_CLASS = 'S3Client';

/** Where code builds an S3 client, on either tier's tree: `new S3Client(config)`, `super(config)`. */
export interface Construction<Call, Config> {
  node: Call;
  clientClass: ClientClass;
  /** The config argument; undefined when there is none. */
  config: Config | undefined;
  /** The arguments are spread (`new S3Client(...args)`): nothing can be read. */
  spreadArguments: boolean;
  /** Built through a subclass of the client class (`new Storage(…)`, `super(…)`): a factory cannot take it over. */
  throughSubclass: boolean;
}

export interface ClientClass {
  sdk: SdkVersion;
  /** The class name as declared by the SDK. */
  name: string;
}

/** What a presign call mints, and where its client comes from. */
export interface Presigner {
  sdk: SdkVersion;
  /** `getSignedUrl` (v3 function, v2 method), `getSignedUrlPromise`, `createPresignedPost`, v2 `Request#presign`. */
  kind: 'getSignedUrl' | 'getSignedUrlPromise' | 'createPresignedPost' | 'presign';
  /**
   * Where the host comes from: the client that is the call's first argument (v3), the method's
   * receiver (v2), the receiver's receiver (v2 `presign`), or the HTTP request the caller built
   * (v3 `S3RequestPresigner#presign`).
   */
  client: 'firstArgument' | 'receiver' | 'requestReceiver' | 'request';
}

/** The request parameter that names the bucket (or an access point ARN). */
export const BUCKET_PARAMETER = 'Bucket';

/**
 * Where a presign call's request parameters (`Bucket`, `Key`) are: the argument at `index`, which
 * for v3 `getSignedUrl` is a command whose constructor takes them (`new GetObjectCommand(params)`);
 * for v2 `presign` the index is on the call that made the request (`s3.getObject(params)`).
 * Undefined for a request presigner, which signs a request without parameters.
 */
export function presignParamsArgument(presigner: Presigner): { index: number; command: boolean } | undefined {
  switch (presigner.kind) {
    case 'getSignedUrl':
      return presigner.sdk === 'v3' ? { index: 1, command: true } : { index: 1, command: false };
    case 'getSignedUrlPromise':
      return { index: 1, command: false };
    case 'createPresignedPost':
      return { index: presigner.sdk === 'v3' ? 1 : 0, command: false };
    case 'presign':
      return presigner.client === 'requestReceiver' ? { index: 0, command: false } : undefined;
  }
}

/** The functions that turn a URL into the parts of an HTTP request (`hostname` among them). */
export const URL_PARSERS: ReadonlySet<string> = new Set(['parseUrl', 'URL']);

/**
 * The names a presign callee may have in source. A call by another name is a presigner only when
 * it is a renamed import, and then the file imports an SDK module: the cheap text test finds it.
 */
export const PRESIGN_NAMES: ReadonlySet<string> = new Set([
  'getSignedUrl',
  'getSignedUrlPromise',
  'createPresignedPost',
  'presign',
  'presignWithCredentials',
]);

/** The v2 `S3` methods that presign. */
export const V2_CLIENT_PRESIGN_METHODS: ReadonlySet<string> = new Set([
  'getSignedUrl',
  'getSignedUrlPromise',
  'createPresignedPost',
]);
