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

export const V2_REGIONAL_FLAG_VALUE = 'regional';

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
