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
  CDK_PACKAGE,
  SIGNER_PACKAGES,
  declaredMember,
  declaredThing,
  mayContainAwsHost,
  mayUseCdk,
  mayUseOtherSigner,
  mayUseSdk,
  presignerOfDeclaration,
  type Declaration,
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
  smithyPresign: '@smithy/signature-v4/dist-types/SignatureV4.d.ts',
  aws4fetchClient: 'aws4fetch/dist/main.d.ts',
  aws4fetchSign: 'aws4fetch/dist/main.d.mts',
  minioClient: 'minio/dist/main/minio.d.ts',
  cdkBucket: 'aws-cdk-lib/aws-s3/lib/bucket.d.ts',
  cdkCfnBucket: 'aws-cdk-lib/aws-s3/lib/s3.generated.d.ts',
  cdkBucketMember: 'aws-cdk-lib/aws-s3/lib/bucket.d.ts',
  cdkCfnBucketMember: 'aws-cdk-lib/aws-s3/lib/s3.generated.d.ts',
  cdkFn: 'aws-cdk-lib/core/lib/cfn-fn.d.ts',
  cdkFnGetAtt: 'aws-cdk-lib/core/lib/cfn-fn.d.ts',
  cdkResourceGetAtt: 'aws-cdk-lib/core/lib/cfn-resource.d.ts',
};

describe('declaredThing', () => {
  const entries = Object.entries(DECLARATIONS) as [DeclaredThing, (typeof DECLARATIONS)[DeclaredThing]][];

  it('has a test file for every entry of the table', () => {
    expect(Object.keys(declarationFiles).sort()).toEqual(Object.keys(DECLARATIONS).sort());
  });

  describe.each(entries.filter(([, declaration]) => !('containers' in declaration)))('%s', (thing, declaration) => {
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
    ['presign', `${root}/@smithy/signature-v4-multi-region/dist-types/SignatureV4MultiRegion.d.ts`],
    // Members are asked with their container (declaredMember), never by name alone.
    ['bucketDomainName', `${root}/aws-cdk-lib/aws-s3/lib/bucket.d.ts`],
    ['sign', `${root}/aws4fetch/dist/main.d.ts`],
    ['getAtt', `${root}/aws-cdk-lib/core/lib/cfn-fn.d.ts`],
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

describe('declaredMember', () => {
  const members = (Object.entries(DECLARATIONS) as [DeclaredThing, Declaration][]).filter(([, d]) => d.containers !== undefined);

  it.each(members.flatMap(([thing, d]) => (d.containers ?? []).flatMap((container) => d.names.map((name) => [thing, container, name] as const))))(
    '%s: %s#%s (POSIX and Windows paths)',
    (thing, container, name) => {
      for (const fileName of bothStyles(declarationFiles[thing])) expect(declaredMember(container, name, fileName)).toBe(thing);
    },
  );

  it.each([
    // Same-named members of other types, in the same files.
    ['BucketAttributes', 'bucketDomainName', 'aws-cdk-lib/aws-s3/lib/bucket.d.ts'],
    ['AwsV4Signer', 'sign', 'aws4fetch/dist/main.d.ts'],
    ['CfnBucket', 'attrArn', 'aws-cdk-lib/aws-s3/lib/s3.generated.d.ts'],
    ['CfnAccessPoint', 'attrDomainName', 'aws-cdk-lib/aws-s3/lib/s3.generated.d.ts'],
    // The right names in another package or an application file.
    ['IBucket', 'bucketDomainName', 'aws-cdk-lib/aws-s3-deployment/lib/bucket.d.ts'],
    ['IBucket', 'bucketDomainName', '../src/my-bucket.ts'],
    ['Bucket', 'bucketDomainName', '@aws-cdk/aws-s3/lib/bucket.d.ts'],
    ['Fn', 'getAtt', 'aws-cdk-lib/aws-s3/lib/bucket.d.ts'],
  ])('not %s#%s in %s', (container, name, file) => {
    for (const fileName of bothStyles(file)) expect(declaredMember(container, name, fileName)).toBeUndefined();
  });

  it('is undefined without a container or a name', () => {
    expect(declaredMember(undefined, 'bucketDomainName', `${root}/${declarationFiles.cdkBucketMember}`)).toBeUndefined();
    expect(declaredMember('Bucket', undefined, `${root}/${declarationFiles.cdkBucketMember}`)).toBeUndefined();
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
    ['presign', declarationFiles.smithyPresign, { sdk: 'v3', kind: 'presign', client: 'request' }],
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

  it('every package of the table is an SDK package, another signer or the CDK, each with its text test', () => {
    const packages = new Set<string>([...Object.values(SDK_PACKAGES), ...Object.values(SIGNER_PACKAGES), CDK_PACKAGE]);
    for (const declaration of Object.values(DECLARATIONS)) expect(packages).toContain(declaration.package);
    for (const module of PRESIGNER_MODULES) expect(Object.values(SDK_PACKAGES)).toContain(module);
    // The rules that ask each row skip a file whose text cannot import its package.
    for (const declaration of Object.values(DECLARATIONS)) {
      const text = `import x from '${declaration.package}';`;
      const found = mayUseSdk(text) || mayUseOtherSigner(text) || mayUseCdk(text) || mayContainAwsHost(text) || declaration.package === SIGNER_PACKAGES.minio;
      expect(found, declaration.package).toBe(true);
    }
  });

  it('the text tests of the other packages are false for a file that names none of them', () => {
    const text = "import { Bucket } from './bucket.js';\nnew Bucket(this, 'B').bucketDomainName;\nclient.sign(url);";
    expect(mayUseCdk(text)).toBe(false);
    expect(mayUseOtherSigner(text)).toBe(false);
    expect(mayUseCdk("import * as s3 from 'aws-cdk-lib/aws-s3';")).toBe(true);
    expect(mayUseOtherSigner("import { SignatureV4 } from '@smithy/signature-v4';")).toBe(true);
    expect(mayUseOtherSigner("import { AwsClient } from 'aws4fetch';")).toBe(true);
  });

  it('mayUseSdk is false for a file that names no SDK', () => {
    expect(mayUseSdk("import { S3Client } from './s3.js';\nnew S3Client({});")).toBe(false);
  });
});
