import rule from '../../src/rules/no-global-bucket-domain-name.js';
import { code } from '../code.js';
import { typedRuleTester } from '../rule-tester.js';

// Typed cases with aws-cdk-lib's real declarations (a devDependency): a member is the CDK's by the
// type that declares it, whatever the receiver's name or where it was made.
typedRuleTester().run('no-global-bucket-domain-name', rule, {
  valid: [
    // The regional names, and the default (regional) object URL.
    code`
      import { App, CfnOutput, Fn, Stack } from 'aws-cdk-lib';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const stack = new Stack(new App(), 'S');
      const bucket = new s3.Bucket(stack, 'B');
      const cfn = bucket.node.defaultChild as s3.CfnBucket;
      new CfnOutput(stack, 'A', { value: bucket.bucketRegionalDomainName });
      new CfnOutput(stack, 'B', { value: cfn.attrRegionalDomainName });
      new CfnOutput(stack, 'C', { value: bucket.virtualHostedUrlForObject('k') });
      new CfnOutput(stack, 'D', { value: bucket.virtualHostedUrlForObject('k', { regional: true }) });
      new CfnOutput(stack, 'E', { value: Fn.getAtt(cfn.logicalId, 'RegionalDomainName').toString() });
      new CfnOutput(stack, 'F', { value: bucket.urlForObject('k') });
    `,
    // Same-named properties of other types: bucket attributes given to an import, an app's own interface.
    code`
      import { App, Fn, Stack } from 'aws-cdk-lib';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const attributes: s3.BucketAttributes = { bucketName: 'my-bucket', bucketDomainName: 'my-bucket.s3.eu-west-1.amazonaws.com' };
      export const a = attributes.bucketDomainName;
      declare const mine: { bucketDomainName: string; attrDomainName: string; transferAccelerationUrlForObject(key: string): string };
      export const b = [mine.bucketDomainName, mine.attrDomainName, mine.transferAccelerationUrlForObject('k')];
      const stack = new Stack(new App(), 'S');
      // The target of Fn.getAtt is not visibly a bucket.
      export const c = Fn.getAtt('SomeLogicalId', 'DomainName');
      export const d = s3.Bucket.fromBucketAttributes(stack, 'I', attributes);
    `,
    // CloudFront's S3 origins already use the regional name.
    code`
      import { App, Stack } from 'aws-cdk-lib';
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const stack = new Stack(new App(), 'S');
      const bucket = new s3.Bucket(stack, 'B');
      new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) } });
    `,
    // dualstack, website and accelerate names, accepted by the setting.
    {
      code: code`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        declare const bucket: s3.IBucket;
        export const names = [bucket.bucketDualStackDomainName, bucket.bucketWebsiteDomainName, bucket.bucketWebsiteUrl];
        export const url = bucket.transferAccelerationUrlForObject('k');
      `,
      settings: { 's3-regional': { acceptedHostKinds: ['dualstack', 'website', 'accelerate'] } },
    },
  ],
  invalid: [
    {
      // bucketDomainName on a new bucket, an imported one, and any IBucket: only the host changes (an autofix).
      code: code`
        import { App, CfnOutput, Stack } from 'aws-cdk-lib';
        import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
        const stack = new Stack(new App(), 'S', { env: { region: 'eu-west-1' } });
        const created = new Bucket(stack, 'Created');
        const imported = Bucket.fromBucketName(stack, 'Imported', 'my-bucket');
        new CfnOutput(stack, 'A', { value: created.bucketDomainName });
        new CfnOutput(stack, 'B', { value: imported.bucketDomainName });
        export function origin(bucket: IBucket): string {
          return bucket.bucketDomainName;
        }
      `,
      output: code`
        import { App, CfnOutput, Stack } from 'aws-cdk-lib';
        import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
        const stack = new Stack(new App(), 'S', { env: { region: 'eu-west-1' } });
        const created = new Bucket(stack, 'Created');
        const imported = Bucket.fromBucketName(stack, 'Imported', 'my-bucket');
        new CfnOutput(stack, 'A', { value: created.bucketRegionalDomainName });
        new CfnOutput(stack, 'B', { value: imported.bucketRegionalDomainName });
        export function origin(bucket: IBucket): string {
          return bucket.bucketRegionalDomainName;
        }
      `,
      errors: [
        {
          messageId: 'globalDomainName',
          data: { name: 'bucketDomainName', regional: 'bucketRegionalDomainName' },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 60,
        },
        { messageId: 'globalDomainName', line: 7, column: 36, endLine: 7, endColumn: 61 },
        { messageId: 'globalDomainName', line: 9, column: 10, endLine: 9, endColumn: 33 },
      ],
    },
    {
      // The L1 attribute (autofix) and CloudFormation's DomainName attribute read by name (a suggestion).
      code: code`
        import { App, Fn, Stack } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const stack = new Stack(new App(), 'S');
        const cfn = new s3.CfnBucket(stack, 'B');
        export const a = cfn.attrDomainName;
        export const b = Fn.getAtt(cfn.logicalId, "DomainName");
        export const c = cfn.getAtt('DomainName');
      `,
      output: code`
        import { App, Fn, Stack } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const stack = new Stack(new App(), 'S');
        const cfn = new s3.CfnBucket(stack, 'B');
        export const a = cfn.attrRegionalDomainName;
        export const b = Fn.getAtt(cfn.logicalId, "DomainName");
        export const c = cfn.getAtt('DomainName');
      `,
      errors: [
        {
          messageId: 'globalDomainName',
          data: { name: 'attrDomainName', regional: 'attrRegionalDomainName' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 36,
        },
        {
          messageId: 'globalDomainName',
          data: { name: 'DomainName', regional: 'RegionalDomainName' },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useRegionalName',
              data: { name: 'DomainName', regional: 'RegionalDomainName' },
              output: code`
                import { App, Fn, Stack } from 'aws-cdk-lib';
                import * as s3 from 'aws-cdk-lib/aws-s3';
                const stack = new Stack(new App(), 'S');
                const cfn = new s3.CfnBucket(stack, 'B');
                export const a = cfn.attrDomainName;
                export const b = Fn.getAtt(cfn.logicalId, "RegionalDomainName");
                export const c = cfn.getAtt('DomainName');
              `,
            },
          ],
        },
        {
          messageId: 'globalDomainName',
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useRegionalName',
              output: code`
                import { App, Fn, Stack } from 'aws-cdk-lib';
                import * as s3 from 'aws-cdk-lib/aws-s3';
                const stack = new Stack(new App(), 'S');
                const cfn = new s3.CfnBucket(stack, 'B');
                export const a = cfn.attrDomainName;
                export const b = Fn.getAtt(cfn.logicalId, "DomainName");
                export const c = cfn.getAtt('RegionalDomainName');
              `,
            },
          ],
        },
      ],
    },
    {
      // CfnResource#getAtt with a type hint: still the bucket's DomainName attribute.
      code: code`
        import { ResolutionTypeHint } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        declare const cfn: s3.CfnBucket;
        export const a = cfn.getAtt('DomainName', ResolutionTypeHint.STRING);
      `,
      output: null,
      errors: [
        {
          messageId: 'globalDomainName',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useRegionalName',
              output: code`
                import { ResolutionTypeHint } from 'aws-cdk-lib';
                import * as s3 from 'aws-cdk-lib/aws-s3';
                declare const cfn: s3.CfnBucket;
                export const a = cfn.getAtt('RegionalDomainName', ResolutionTypeHint.STRING);
              `,
            },
          ],
        },
      ],
    },
    {
      // Object URLs: `regional: false` dropped (an autofix); the accelerate URL replaced by the regional one (a suggestion).
      code: code`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        declare const bucket: s3.IBucket;
        export const a = bucket.virtualHostedUrlForObject('a/b.txt', { regional: false });
        export const b = bucket.transferAccelerationUrlForObject('a/b.txt', { dualStack: true });
      `,
      output: code`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        declare const bucket: s3.IBucket;
        export const a = bucket.virtualHostedUrlForObject('a/b.txt');
        export const b = bucket.transferAccelerationUrlForObject('a/b.txt', { dualStack: true });
      `,
      errors: [
        { messageId: 'globalObjectUrl', line: 3, column: 18, endLine: 3, endColumn: 82 },
        {
          messageId: 'accelerateObjectUrl',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'useVirtualHostedUrl',
              output: code`
                import * as s3 from 'aws-cdk-lib/aws-s3';
                declare const bucket: s3.IBucket;
                export const a = bucket.virtualHostedUrlForObject('a/b.txt', { regional: false });
                export const b = bucket.virtualHostedUrlForObject('a/b.txt');
              `,
            },
          ],
        },
      ],
    },
    {
      // `regional` from a const: reported, but the call's own text does not say it, so no fix.
      code: code`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        declare const bucket: s3.Bucket;
        const options = { regional: false };
        export const a = bucket.virtualHostedUrlForObject('k', options);
      `,
      output: null,
      errors: [{ messageId: 'globalObjectUrl', line: 4, column: 18, endLine: 4, endColumn: 64 }],
    },
    {
      // The dualstack name (a suggestion: the IP family changes too) and the website names (no rewrite).
      code: code`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        declare const bucket: s3.IBucket;
        declare const cfn: s3.CfnBucket;
        export const a = bucket.bucketDualStackDomainName;
        export const b = bucket.bucketWebsiteDomainName;
        export const c = cfn.attrWebsiteUrl;
      `,
      output: null,
      errors: [
        {
          messageId: 'dualstackDomainName',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useRegionalName',
              output: code`
                import * as s3 from 'aws-cdk-lib/aws-s3';
                declare const bucket: s3.IBucket;
                declare const cfn: s3.CfnBucket;
                export const a = bucket.bucketRegionalDomainName;
                export const b = bucket.bucketWebsiteDomainName;
                export const c = cfn.attrWebsiteUrl;
              `,
            },
          ],
        },
        { messageId: 'websiteDomainName', line: 5, column: 18, endLine: 5, endColumn: 48, suggestions: [] },
        { messageId: 'websiteDomainName', line: 6, column: 18, endLine: 6, endColumn: 36, suggestions: [] },
      ],
    },
  ],
});
