/**
 * Where the SDKs declare what the plugin recognises: each thing's package, declaration file and
 * names, in one table, and the one predicate that asks it. A same-named class or function
 * declared anywhere else (a local `S3Client`, CloudFront's `getSignedUrl`, an app's `presign`) is
 * not the SDK's. No rule or analysis writes a path test of its own: it asks {@link declaredThing}.
 *
 * Pure strings: the typed analysis passes a declaration's name and file name.
 */
import {
  CDK_BUCKET_PROPERTIES,
  CDK_BUCKET_URL_METHODS,
  CDK_CFN_BUCKET_PROPERTIES,
  CDK_GET_ATT,
  CDK_PACKAGE,
  CDK_S3_MODULE,
  CDK_S3_NAMESPACE,
} from './cdk.js';
import type { ClientClass, Presigner } from './model.js';
import { V2_CLIENT_PRESIGN_METHODS } from './model.js';

/** The npm packages of the S3 SDKs for JavaScript. */
export const SDK_PACKAGES = {
  /** v3 client, commands, config types. */
  v3Client: '@aws-sdk/client-s3',
  /** v3 `getSignedUrl` and `S3RequestPresigner`. */
  v3RequestPresigner: '@aws-sdk/s3-request-presigner',
  /** v3 `createPresignedPost`. */
  v3PresignedPost: '@aws-sdk/s3-presigned-post',
  /** v2, whole (`aws-sdk`) or per client (`aws-sdk/clients/s3`). */
  v2: 'aws-sdk',
} as const;

/**
 * Other packages that sign S3 URLs: they presign the host they are given (measured by the oracle,
 * `tests/oracle/signers.test.ts`).
 */
export const SIGNER_PACKAGES = {
  /** Smithy's `SignatureV4`, under every v3 client: `presign(request)` keeps `request.hostname`. */
  smithySignatureV4: '@smithy/signature-v4',
  /** `AwsClient#sign(url, { aws: { signQuery: true } })` presigns `url` as given. */
  aws4fetch: 'aws4fetch',
  /** MinIO's client: `endPoint: 's3.amazonaws.com'` is made regional from minio's own table. */
  minio: 'minio',
} as const;

/**
 * SDK v2's global config, `AWS.config`: a client built without a region takes `AWS.config.region`.
 * Code writes it with `update({ region })` or `region = …`; `loadFromPath(file)` and a new
 * `AWS.Config` set it from something the code does not show.
 */
export const V2_GLOBAL_CONFIG = {
  module: SDK_PACKAGES.v2,
  path: ['config'],
  /** Methods whose first argument's `region` becomes the global region. */
  regionSetters: ['update'],
  /** Methods that set the global region from elsewhere (a file). */
  opaqueSetters: ['loadFromPath'],
} as const;

/** Is this place in a module's exports SDK v2's global config (`require('aws-sdk').config`)? */
export function isV2GlobalConfig(found: { module: string; path: readonly string[] } | undefined): boolean {
  return (
    found !== undefined &&
    found.module === V2_GLOBAL_CONFIG.module &&
    found.path.length === V2_GLOBAL_CONFIG.path.length &&
    found.path.every((name, i) => name === V2_GLOBAL_CONFIG.path[i])
  );
}

export interface Declaration {
  /** The npm package that declares it. */
  readonly package: string;
  /** The declaration file inside the package; any file of the package when absent. */
  readonly file?: string;
  /** The names it is declared under. */
  readonly names: readonly string[];
  /**
   * For members: the classes or interfaces that declare them (a same-named member of another
   * type in the same file, such as `BucketAttributes#bucketDomainName`, is not it). Asked with
   * {@link declaredMember}; {@link declaredThing} never matches such a row.
   */
  readonly containers?: readonly string[];
  /**
   * How code reaches it without types: a module specifier and the path of property names from
   * that module's exports (`[]` is the module itself, as `require()` returns it). Methods are
   * reached through their object, and have none.
   */
  readonly importedAs?: readonly { readonly module: string; readonly path: readonly string[] }[];
}

/** Everything the plugin recognises by declaration. */
export const DECLARATIONS = {
  /** v3 `S3Client`, and the aggregated `S3`, which inherits its constructor. */
  v3Client: {
    package: SDK_PACKAGES.v3Client,
    names: ['S3Client', 'S3'],
    importedAs: [
      { module: SDK_PACKAGES.v3Client, path: ['S3Client'] },
      { module: SDK_PACKAGES.v3Client, path: ['S3'] },
    ],
  },
  /** v2 `S3`: `AWS.S3` of `aws-sdk`, or the whole of `aws-sdk/clients/s3`. */
  v2Client: {
    package: SDK_PACKAGES.v2,
    file: 'clients/s3.d.ts',
    names: ['S3'],
    importedAs: [
      { module: SDK_PACKAGES.v2, path: ['S3'] },
      { module: `${SDK_PACKAGES.v2}/clients/s3`, path: [] },
    ],
  },
  /** v3 `getSignedUrl(client, command)`. */
  v3GetSignedUrl: {
    package: SDK_PACKAGES.v3RequestPresigner,
    names: ['getSignedUrl'],
    importedAs: [{ module: SDK_PACKAGES.v3RequestPresigner, path: ['getSignedUrl'] }],
  },
  /** v3 `S3RequestPresigner#presign(request)` and `#presignWithCredentials(request, …)`. */
  v3RequestPresign: { package: SDK_PACKAGES.v3RequestPresigner, names: ['presign', 'presignWithCredentials'] },
  /** v3 `createPresignedPost(client, params)`. */
  v3CreatePresignedPost: {
    package: SDK_PACKAGES.v3PresignedPost,
    names: ['createPresignedPost'],
    importedAs: [{ module: SDK_PACKAGES.v3PresignedPost, path: ['createPresignedPost'] }],
  },
  /** v2 `S3#getSignedUrl`, `#getSignedUrlPromise`, `#createPresignedPost`. */
  v2PresignMethod: { package: SDK_PACKAGES.v2, file: 'lib/services/s3.d.ts', names: [...V2_CLIENT_PRESIGN_METHODS] },
  /** v2 `AWS.Request`, whose (untyped) `presign()` mints a URL. */
  v2Request: { package: SDK_PACKAGES.v2, file: 'lib/request.d.ts', names: ['Request'] },
  /** Smithy `SignatureV4#presign(request)`: the URL's host is `request.hostname`. */
  smithyPresign: { package: SIGNER_PACKAGES.smithySignatureV4, names: ['presign'] },
  /** aws4fetch's `AwsClient`. */
  aws4fetchClient: {
    package: SIGNER_PACKAGES.aws4fetch,
    names: ['AwsClient'],
    importedAs: [{ module: SIGNER_PACKAGES.aws4fetch, path: ['AwsClient'] }],
  },
  /** `AwsClient#sign(input, init)`: a presign when `init.aws.signQuery` is true (not `AwsV4Signer#sign()`). */
  aws4fetchSign: { package: SIGNER_PACKAGES.aws4fetch, containers: ['AwsClient'], names: ['sign'] },
  /** MinIO's `Client`. */
  minioClient: {
    package: SIGNER_PACKAGES.minio,
    names: ['Client'],
    importedAs: [{ module: SIGNER_PACKAGES.minio, path: ['Client'] }],
  },
  /** CDK's L2 `Bucket` (new, or imported with `Bucket.fromBucketName(…)` and the like). */
  cdkBucket: {
    package: CDK_PACKAGE,
    file: 'aws-s3/lib/bucket.d.ts',
    names: ['Bucket'],
    importedAs: [
      { module: CDK_S3_MODULE, path: ['Bucket'] },
      { module: CDK_PACKAGE, path: [CDK_S3_NAMESPACE, 'Bucket'] },
    ],
  },
  /** CDK's L1 `CfnBucket`. */
  cdkCfnBucket: {
    package: CDK_PACKAGE,
    file: 'aws-s3/lib/s3.generated.d.ts',
    names: ['CfnBucket'],
    importedAs: [
      { module: CDK_S3_MODULE, path: ['CfnBucket'] },
      { module: CDK_PACKAGE, path: [CDK_S3_NAMESPACE, 'CfnBucket'] },
    ],
  },
  /** Members of a bucket construct that name its host or build an object URL. */
  cdkBucketMember: {
    package: CDK_PACKAGE,
    file: 'aws-s3/lib/bucket.d.ts',
    containers: ['IBucket', 'BucketBase', 'Bucket'],
    names: [
      ...Object.keys(CDK_BUCKET_PROPERTIES),
      CDK_BUCKET_URL_METHODS.virtualHosted.name,
      CDK_BUCKET_URL_METHODS.transferAcceleration.name,
    ],
  },
  /** `CfnBucket`'s attribute properties that name its host. */
  cdkCfnBucketMember: {
    package: CDK_PACKAGE,
    file: 'aws-s3/lib/s3.generated.d.ts',
    containers: ['CfnBucket'],
    names: Object.keys(CDK_CFN_BUCKET_PROPERTIES),
  },
  /** CDK's `Fn` (intrinsic functions). */
  cdkFn: {
    package: CDK_PACKAGE,
    file: 'core/lib/cfn-fn.d.ts',
    names: ['Fn'],
    importedAs: [
      { module: CDK_PACKAGE, path: ['Fn'] },
      { module: `${CDK_PACKAGE}/core`, path: ['Fn'] },
    ],
  },
  /** `Fn.getAtt(logicalId, attribute)`. */
  cdkFnGetAtt: { package: CDK_PACKAGE, file: 'core/lib/cfn-fn.d.ts', containers: ['Fn'], names: [CDK_GET_ATT] },
  /** `CfnResource#getAtt(attribute)`, on a `CfnBucket`. */
  cdkResourceGetAtt: { package: CDK_PACKAGE, file: 'core/lib/cfn-resource.d.ts', containers: ['CfnResource'], names: [CDK_GET_ATT] },
} as const satisfies Record<string, Declaration>;

export type DeclaredThing = keyof typeof DECLARATIONS;

/** The modules whose imports bind presigners (renamed imports of them are presigners too). */
export const PRESIGNER_MODULES: ReadonlySet<string> = new Set([
  DECLARATIONS.v3GetSignedUrl.package,
  DECLARATIONS.v3RequestPresign.package,
  DECLARATIONS.v3CreatePresignedPost.package,
]);

function isInDeclarationFile(declaration: Declaration, path: string): boolean {
  return declaration.file === undefined
    ? path.includes(`/${declaration.package}/`)
    : path.endsWith(`/${declaration.package}/${declaration.file}`);
}

/**
 * What the SDK thing named `name`, declared in the file `fileName`, is; undefined when it is none
 * of {@link DECLARATIONS} (a same-named declaration elsewhere included).
 */
export function declaredThing(name: string | undefined, fileName: string): DeclaredThing | undefined {
  if (name === undefined) return undefined;
  const path = fileName.replaceAll('\\', '/');
  for (const [thing, declaration] of Object.entries(DECLARATIONS) as [DeclaredThing, Declaration][]) {
    if (declaration.containers === undefined && declaration.names.includes(name) && isInDeclarationFile(declaration, path)) return thing;
  }
  return undefined;
}

/**
 * What the member `name` of the class or interface `container`, declared in the file `fileName`,
 * is: a row of {@link DECLARATIONS} with `containers`. Undefined for a same-named member of any
 * other type (`BucketAttributes#bucketDomainName`, `AwsV4Signer#sign`, an app's own `IBucket`).
 */
export function declaredMember(container: string | undefined, name: string | undefined, fileName: string): DeclaredThing | undefined {
  if (container === undefined || name === undefined) return undefined;
  const path = fileName.replaceAll('\\', '/');
  for (const [thing, declaration] of Object.entries(DECLARATIONS) as [DeclaredThing, Declaration][]) {
    if (
      declaration.containers?.includes(container) === true &&
      declaration.names.includes(name) &&
      isInDeclarationFile(declaration, path)
    ) {
      return thing;
    }
  }
  return undefined;
}

/**
 * What the thing at `path` of module `module`'s exports is (`require('aws-sdk').S3`,
 * `import { S3Client } from '@aws-sdk/client-s3'`), when it is one of {@link DECLARATIONS}.
 */
export function importedThing(module: string, path: readonly string[]): DeclaredThing | undefined {
  return IMPORTED.get(importKey(module, path));
}

function importKey(module: string, path: readonly string[]): string {
  return `${module}\0${path.join('\0')}`;
}

/** {@link DECLARATIONS}' `importedAs`, by module and path: one lookup per question. */
const IMPORTED: ReadonlyMap<string, DeclaredThing> = new Map(
  (Object.entries(DECLARATIONS) as [DeclaredThing, Declaration][]).flatMap(([thing, declaration]) =>
    (declaration.importedAs ?? []).map((entry): [string, DeclaredThing] => [importKey(entry.module, entry.path), thing]),
  ),
);

/** The client class (SDK and class name) a thing is, when it is one. */
export function clientClassOfThing(thing: DeclaredThing | undefined, name: string): ClientClass | undefined {
  if (thing === 'v3Client') return { sdk: 'v3', name };
  if (thing === 'v2Client') return { sdk: 'v2', name };
  return undefined;
}

/** The S3 client class a class declaration is, judged by where the SDK declares it. */
export function clientClassOfDeclaration(className: string | undefined, fileName: string): ClientClass | undefined {
  return clientClassOfThing(declaredThing(className, fileName), className ?? '');
}

/** The presigner a function or method declaration is, judged by where the SDK declares it. */
export function presignerOfDeclaration(name: string | undefined, fileName: string): Presigner | undefined {
  return presignerOfThing(declaredThing(name, fileName), name);
}

/** The presigner a thing is (`name`: the method's name, for v2 methods). */
export function presignerOfThing(thing: DeclaredThing | undefined, name: string | undefined): Presigner | undefined {
  switch (thing) {
    case 'v3GetSignedUrl':
      return { sdk: 'v3', kind: 'getSignedUrl', client: 'firstArgument' };
    case 'v3RequestPresign':
    case 'smithyPresign':
      return { sdk: 'v3', kind: 'presign', client: 'request' };
    case 'v3CreatePresignedPost':
      return { sdk: 'v3', kind: 'createPresignedPost', client: 'firstArgument' };
    case 'v2PresignMethod':
      return { sdk: 'v2', kind: name as Presigner['kind'], client: 'receiver' };
    default:
      return undefined;
  }
}
