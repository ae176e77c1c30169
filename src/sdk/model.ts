/**
 * What the plugin knows about the AWS SDKs for JavaScript: which modules and classes make S3
 * clients, which functions presign, and which client options choose the endpoint. Every rule reads
 * this module; no rule names an SDK module, class or option on its own.
 */
import ts from 'typescript';

export type SdkVersion = 'v2' | 'v3';

/** The modules whose import marks a file as one that may build or use an S3 client. */
export const SDK_MODULES = {
  v3Client: '@aws-sdk/client-s3',
  v3Presigner: '@aws-sdk/s3-request-presigner',
  v3PresignedPost: '@aws-sdk/s3-presigned-post',
  v2: 'aws-sdk',
  v2S3: 'aws-sdk/clients/s3',
} as const;

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
  /** v2 only: `'regional'` moves `getSignedUrl` in us-east-1 off the global host. */
  s3UsEast1RegionalEndpoint: 's3UsEast1RegionalEndpoint',
} as const;

/**
 * Options that, when `true`, put the client on a regional variant host (`s3.dualstack.<region>`,
 * `s3-fips.<region>`) even in us-east-1: they override `useGlobalEndpoint` (v3) and the v2
 * us-east-1 global default, for `getSignedUrl` and v2 `createPresignedPost` alike.
 */
export const REGIONAL_VARIANT_OPTIONS: Readonly<Record<SdkVersion, readonly string[]>> = {
  v3: ['useDualstackEndpoint', 'useFipsEndpoint'],
  v2: ['useDualstack', 'useDualstackEndpoint', 'useFipsEndpoint'],
};

export const V2_REGIONAL_FLAG_VALUE = 'regional';

/** The v3 class a client factory returns, and the only one its rewrite replaces. */
export const V3_FACTORY_CLASS = 'S3Client';

export interface ClientClass {
  sdk: SdkVersion;
  /** The class name as declared by the SDK. */
  name: string;
}

/** A declaration file path, with `\` turned into `/`. */
function normalisePath(fileName: string): string {
  return fileName.replaceAll('\\', '/');
}

/**
 * The S3 client class a declaration belongs to, judged by where the SDK declares it: v3
 * `S3Client` (and the aggregated `S3`, which inherits its constructor) in `@aws-sdk/client-s3`,
 * v2 `S3` in `aws-sdk/clients/s3.d.ts`. A same-named class anywhere else is not a client.
 */
export function clientClassOfDeclaration(
  className: string | undefined,
  fileName: string,
): ClientClass | undefined {
  if (className === undefined) return undefined;
  const path = normalisePath(fileName);
  if ((className === 'S3Client' || className === 'S3') && path.includes('/@aws-sdk/client-s3/')) {
    return { sdk: 'v3', name: className };
  }
  if (className === 'S3' && path.endsWith('/aws-sdk/clients/s3.d.ts')) {
    return { sdk: 'v2', name: className };
  }
  return undefined;
}

/** The S3 client class a constructor declaration (from a resolved signature) belongs to. */
export function clientClassOfConstructor(
  declaration: ts.Declaration | undefined,
): ClientClass | undefined {
  if (declaration === undefined) return undefined;
  const owner = ts.isConstructorDeclaration(declaration)
    ? declaration.parent
    : ts.isClassLike(declaration)
      ? declaration
      : undefined;
  if (owner === undefined || !ts.isClassLike(owner)) return undefined;
  return clientClassOfDeclaration(owner.name?.text, declaration.getSourceFile().fileName);
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

/** The name a declaration is known by: a function, a method, or the variable holding an arrow. */
function declaredName(declaration: ts.Node): string | undefined {
  let node: ts.Node | undefined = declaration;
  for (let i = 0; node !== undefined && i < 4; i++, node = node.parent) {
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isMethodSignature(node) ||
        ts.isVariableDeclaration(node)) &&
      node.name !== undefined &&
      ts.isIdentifier(node.name)
    ) {
      return node.name.text;
    }
  }
  return undefined;
}

/**
 * The presigner a resolved call signature belongs to: v3 `getSignedUrl` from
 * `@aws-sdk/s3-request-presigner`, v3 `createPresignedPost` from `@aws-sdk/s3-presigned-post`, and
 * the v2 `S3` methods. Same-named functions anywhere else (CloudFront's signer, Google Cloud
 * Storage, an app's own) are not presigners.
 */
export function presignerOfDeclaration(declaration: ts.Declaration | undefined): Presigner | undefined {
  if (declaration === undefined) return undefined;
  const path = normalisePath(declaration.getSourceFile().fileName);
  const name = declaredName(declaration);
  if (name === 'getSignedUrl' && path.includes('/@aws-sdk/s3-request-presigner/')) {
    return { sdk: 'v3', kind: 'getSignedUrl', client: 'firstArgument' };
  }
  if ((name === 'presign' || name === 'presignWithCredentials') && path.includes('/@aws-sdk/s3-request-presigner/')) {
    return { sdk: 'v3', kind: 'presign', client: 'request' };
  }
  if (name === 'createPresignedPost' && path.includes('/@aws-sdk/s3-presigned-post/')) {
    return { sdk: 'v3', kind: 'createPresignedPost', client: 'firstArgument' };
  }
  if (name !== undefined && V2_CLIENT_PRESIGN_METHODS.has(name) && path.endsWith('/aws-sdk/lib/services/s3.d.ts')) {
    return { sdk: 'v2', kind: name as Presigner['kind'], client: 'receiver' };
  }
  return undefined;
}

/** Is this the type of a v2 `AWS.Request` (whose untyped `presign()` mints a URL)? */
export function isV2RequestType(type: ts.Type): boolean {
  const declaration = type.getSymbol()?.declarations?.[0];
  if (!declaration) return false;
  return (
    type.getSymbol()?.name === 'Request' &&
    normalisePath(declaration.getSourceFile().fileName).endsWith('/aws-sdk/lib/request.d.ts')
  );
}
