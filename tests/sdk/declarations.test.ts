// The declarations table and its one predicate: a thing is the SDK's when its name is one the
// table lists and it is declared in that SDK package (and file, where the table names one),
// whatever the path separator; a same-named declaration anywhere else is not.
import { describe, expect, it } from 'vitest';
import {
  DECLARATIONS,
  PRESIGNER_MODULES,
  SDK_MARKER,
  SDK_PACKAGES,
  clientClassOfDeclaration,
  declaredThing,
  mayUseSdk,
  presignerOfDeclaration,
  type DeclaredThing,
} from '../../src/sdk/index.js';

const root = '/home/dev/app/node_modules';
const windowsRoot = 'C:\\Users\\dev\\app\\node_modules';

/** The same file under a POSIX root and a Windows root. */
function bothStyles(relative: string): [string, string] {
  return [`${root}/${relative}`, `${windowsRoot}\\${relative.replaceAll('/', '\\')}`];
}

/** A declaration file of each thing in the table: its own file, or a typical one of its package. */
const declarationFiles: Record<DeclaredThing, string> = {
  v3Client: '@aws-sdk/client-s3/dist-types/S3Client.d.ts',
  v2Client: 'aws-sdk/clients/s3.d.ts',
  v3GetSignedUrl: '@aws-sdk/s3-request-presigner/dist-types/getSignedUrl.d.ts',
  v3RequestPresign: '@aws-sdk/s3-request-presigner/dist-types/presigner.d.ts',
  v3CreatePresignedPost: '@aws-sdk/s3-presigned-post/dist-types/createPresignedPost.d.ts',
  v2PresignMethod: 'aws-sdk/lib/services/s3.d.ts',
  v2Request: 'aws-sdk/lib/request.d.ts',
};

describe('declaredThing', () => {
  const entries = Object.entries(DECLARATIONS) as [DeclaredThing, (typeof DECLARATIONS)[DeclaredThing]][];

  it('has a test file for every entry of the table', () => {
    expect(Object.keys(declarationFiles).sort()).toEqual(Object.keys(DECLARATIONS).sort());
  });

  describe.each(entries)('%s', (thing, declaration) => {
    const [posix, windows] = bothStyles(declarationFiles[thing]);

    it.each(declaration.names.map((name) => [name]))('recognises %s (POSIX and Windows paths)', (name) => {
      expect(declaredThing(name, posix)).toBe(thing);
      expect(declaredThing(name, windows)).toBe(thing);
    });

    it('does not recognise another name in the same file', () => {
      expect(declaredThing('S3Lookalike', posix)).toBeUndefined();
    });

    it('does not recognise its names declared in an application file', () => {
      for (const name of declaration.names) {
        expect(declaredThing(name, '/home/dev/app/src/s3.ts')).toBeUndefined();
        expect(declaredThing(name, 'C:\\Users\\dev\\app\\src\\s3.ts')).toBeUndefined();
      }
    });
  });

  it('is undefined without a name', () => {
    expect(declaredThing(undefined, bothStyles(declarationFiles.v3Client)[0])).toBeUndefined();
  });

  it.each([
    // CloudFront's signer, and a package whose name ends like the SDK's.
    ['getSignedUrl', `${root}/@aws-sdk/cloudfront-signer/dist-types/sign.d.ts`],
    ['getSignedUrl', `${root}/my-aws-sdk/s3-request-presigner/index.d.ts`],
    ['S3Client', `${root}/@aws-sdk/client-s3-control/dist-types/S3ControlClient.d.ts`],
    ['S3Client', `${root}/not@aws-sdk/client-s3/dist-types/S3Client.d.ts`],
    ['S3', `${root}/@aws-sdk/client-s3-outposts/dist-types/S3Outposts.d.ts`],
    ['createPresignedPost', `${root}/@aws-sdk/s3-presigned-post-extra/index.d.ts`],
    ['presign', `${root}/@smithy/signature-v4/dist-types/SignatureV4.d.ts`],
    // v2: S3 is only the client in clients/s3.d.ts; the presign methods only in lib/services/s3.d.ts.
    ['S3', `${root}/aws-sdk/clients/s3control.d.ts`],
    ['S3', `${root}/aws-sdk/lib/services/s3.d.ts`],
    ['getSignedUrl', `${root}/aws-sdk/clients/s3.d.ts`],
    ['getSignedUrl', `${root}/aws-sdk/lib/services/s3.d.ts.map`],
    ['Request', `${root}/aws-sdk/lib/response.d.ts`],
    ['Request', `${root}/other/aws-sdk/lib/request.d.ts.bak`],
    // A file that only mentions the package in its name.
    ['S3Client', '/home/dev/app/src/@aws-sdk-client-s3.ts'],
  ])('does not recognise %s in %s', (name, fileName) => {
    expect(declaredThing(name, fileName)).toBeUndefined();
  });

  it('recognises a v2 file under a nested node_modules or a pnpm store path', () => {
    expect(declaredThing('S3', '/repo/node_modules/.pnpm/aws-sdk@2.1693.0/node_modules/aws-sdk/clients/s3.d.ts')).toBe(
      'v2Client',
    );
    expect(
      declaredThing('S3Client', 'D:\\repo\\node_modules\\.pnpm\\@aws-sdk+client-s3@3.1\\node_modules\\@aws-sdk\\client-s3\\dist-types\\S3Client.d.ts'),
    ).toBe('v3Client');
  });

  it('is case-sensitive in names', () => {
    expect(declaredThing('s3client', bothStyles(declarationFiles.v3Client)[0])).toBeUndefined();
    expect(declaredThing('GetSignedUrl', bothStyles(declarationFiles.v3GetSignedUrl)[0])).toBeUndefined();
  });
});

describe('clientClassOfDeclaration', () => {
  it.each([
    ['S3Client', declarationFiles.v3Client, { sdk: 'v3', name: 'S3Client' }],
    ['S3', '@aws-sdk/client-s3/dist-types/S3.d.ts', { sdk: 'v3', name: 'S3' }],
    ['S3', declarationFiles.v2Client, { sdk: 'v2', name: 'S3' }],
  ])('%s in %s', (name, file, expected) => {
    for (const fileName of bothStyles(file)) expect(clientClassOfDeclaration(name, fileName)).toEqual(expected);
  });

  it.each([
    ['S3Client', '/home/dev/app/src/clients.ts'],
    ['getSignedUrl', `${root}/${declarationFiles.v3GetSignedUrl}`],
    ['Request', `${root}/${declarationFiles.v2Request}`],
    ['S3', `${root}/aws-sdk/lib/services/s3.d.ts`],
    [undefined, `${root}/${declarationFiles.v3Client}`],
  ])('%s in %s is no client class', (name, fileName) => {
    expect(clientClassOfDeclaration(name, fileName)).toBeUndefined();
  });
});

describe('presignerOfDeclaration', () => {
  it.each([
    ['getSignedUrl', declarationFiles.v3GetSignedUrl, { sdk: 'v3', kind: 'getSignedUrl', client: 'firstArgument' }],
    ['presign', declarationFiles.v3RequestPresign, { sdk: 'v3', kind: 'presign', client: 'request' }],
    ['presignWithCredentials', declarationFiles.v3RequestPresign, { sdk: 'v3', kind: 'presign', client: 'request' }],
    [
      'createPresignedPost',
      declarationFiles.v3CreatePresignedPost,
      { sdk: 'v3', kind: 'createPresignedPost', client: 'firstArgument' },
    ],
    ['getSignedUrl', declarationFiles.v2PresignMethod, { sdk: 'v2', kind: 'getSignedUrl', client: 'receiver' }],
    ['getSignedUrlPromise', declarationFiles.v2PresignMethod, { sdk: 'v2', kind: 'getSignedUrlPromise', client: 'receiver' }],
    ['createPresignedPost', declarationFiles.v2PresignMethod, { sdk: 'v2', kind: 'createPresignedPost', client: 'receiver' }],
  ])('%s in %s', (name, file, expected) => {
    for (const fileName of bothStyles(file)) expect(presignerOfDeclaration(name, fileName)).toEqual(expected);
  });

  it.each([
    ['getSignedUrl', `${root}/@aws-sdk/cloudfront-signer/dist-types/sign.d.ts`],
    ['getSignedUrl', '/home/dev/app/src/signer.ts'],
    ['presign', '/home/dev/app/src/signer.ts'],
    // The things in the table that are not presign functions.
    ['S3Client', `${root}/${declarationFiles.v3Client}`],
    ['S3', `${root}/${declarationFiles.v2Client}`],
    // v2's `Request#presign` is untyped: the presign call is found through the `Request` type.
    ['Request', `${root}/${declarationFiles.v2Request}`],
    ['presign', `${root}/${declarationFiles.v2Request}`],
    [undefined, `${root}/${declarationFiles.v3GetSignedUrl}`],
  ])('%s in %s is no presigner', (name, fileName) => {
    expect(presignerOfDeclaration(name, fileName)).toBeUndefined();
  });
});

describe('SDK packages and the text test', () => {
  it.each(Object.entries(SDK_PACKAGES))('%s (%s) contains SDK_MARKER, so mayUseSdk finds its imports', (_, name) => {
    expect(name).toContain(SDK_MARKER);
    expect(mayUseSdk(`import x from '${name}';`)).toBe(true);
    expect(mayUseSdk(`const x = require("${name}/clients/s3");`)).toBe(true);
  });

  it('every package of the table is an SDK package', () => {
    const packages = new Set<string>(Object.values(SDK_PACKAGES));
    for (const declaration of Object.values(DECLARATIONS)) expect(packages).toContain(declaration.package);
    for (const module of PRESIGNER_MODULES) expect(packages).toContain(module);
  });

  it('mayUseSdk is false for a file that names no SDK', () => {
    expect(mayUseSdk("import { S3Client } from './s3.js';\nnew S3Client({});")).toBe(false);
  });
});
