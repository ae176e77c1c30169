// The syntax tier of no-global-bucket-domain-name, case by case against the typed tier
// (tests/tiers.ts): without types a member is the CDK's only where the file shows the construct's
// making (new, Bucket.from…, a cast to CfnBucket, a const bound to one), each form with a silent twin.
import rule from '../../src/rules/no-global-bucket-domain-name.js';
import { code } from '../code.js';
import { tieredRuleTester } from '../tiers.js';

const error = (messageId: string, line: number, column: number, endLine: number, endColumn: number, suggestions: { messageId: string; output: string }[] = []) => ({
  messageId,
  line,
  column,
  endLine,
  endColumn,
  suggestions,
});

tieredRuleTester('no-global-bucket-domain-name', rule, {
  valid: [
    {
      name: 'the regional names of a new bucket and of its CfnBucket',
      code: code`
        import { Fn, Stack } from 'aws-cdk-lib';
        import { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
        const stack = new Stack();
        const bucket = new Bucket(stack, 'B');
        const cfn = bucket.node.defaultChild as CfnBucket;
        export const a = [bucket.bucketRegionalDomainName, cfn.attrRegionalDomainName, bucket.virtualHostedUrlForObject('k')];
        export const b = Fn.getAtt(cfn.logicalId, 'RegionalDomainName');
      `,
    },
    {
      name: 'a same-named property of an object the CDK did not make',
      code: code`
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const settings = { bucketDomainName: 'my-bucket.s3.eu-west-1.amazonaws.com', attrDomainName: 'x' };
        export const a = [settings.bucketDomainName, settings.attrDomainName, s3.BucketAccessControl.PRIVATE];
      `,
    },
    {
      name: 'CommonJS: the regional name of a bucket from a required module',
      filename: 'file.cjs',
      code: code`
        const { aws_s3: s3, Stack } = require('aws-cdk-lib');
        const bucket = new s3.Bucket(new Stack(), 'B');
        exports.name = bucket.bucketRegionalDomainName;
      `,
    },
  ],
  invalid: [
    {
      name: 'bucketDomainName of a new and of an imported bucket (an autofix), through aws_s3 of the root module',
      code: code`
        import { Stack, aws_s3 as s3 } from 'aws-cdk-lib';
        const stack = new Stack();
        const created = new s3.Bucket(stack, 'Created');
        const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'my-bucket');
        export const names = [created.bucketDomainName, imported.bucketDomainName];
      `,
      errors: [error('globalDomainName', 5, 23, 5, 47), error('globalDomainName', 5, 49, 5, 74)],
      output: code`
        import { Stack, aws_s3 as s3 } from 'aws-cdk-lib';
        const stack = new Stack();
        const created = new s3.Bucket(stack, 'Created');
        const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'my-bucket');
        export const names = [created.bucketRegionalDomainName, imported.bucketRegionalDomainName];
      `,
    },
    {
      name: 'attrDomainName of a cast CfnBucket (an autofix), and Fn.getAtt of its logical id (a suggestion)',
      code: code`
        import { Fn, Stack } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(new Stack(), 'B');
        const cfn = bucket.node.defaultChild as s3.CfnBucket;
        export const a = cfn.attrDomainName;
        export const b = Fn.getAtt(cfn.logicalId, 'DomainName');
      `,
      errors: [
        error('globalDomainName', 5, 18, 5, 36),
        error('globalDomainName', 6, 18, 6, 56, [
          {
            messageId: 'useRegionalName',
            output: code`
              import { Fn, Stack } from 'aws-cdk-lib';
              import * as s3 from 'aws-cdk-lib/aws-s3';
              const bucket = new s3.Bucket(new Stack(), 'B');
              const cfn = bucket.node.defaultChild as s3.CfnBucket;
              export const a = cfn.attrDomainName;
              export const b = Fn.getAtt(cfn.logicalId, 'RegionalDomainName');
            `,
          },
        ]),
      ],
      output: code`
        import { Fn, Stack } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(new Stack(), 'B');
        const cfn = bucket.node.defaultChild as s3.CfnBucket;
        export const a = cfn.attrRegionalDomainName;
        export const b = Fn.getAtt(cfn.logicalId, 'DomainName');
      `,
    },
    {
      name: 'CommonJS: virtualHostedUrlForObject with regional: false on a new bucket (the options argument removed)',
      filename: 'file.cjs',
      code: code`
        const s3 = require('aws-cdk-lib/aws-s3');
        const { Stack } = require('aws-cdk-lib');
        const bucket = new s3.Bucket(new Stack(), 'B');
        exports.url = bucket.virtualHostedUrlForObject('k', { regional: false });
      `,
      errors: [error('globalObjectUrl', 4, 15, 4, 73)],
      output: code`
        const s3 = require('aws-cdk-lib/aws-s3');
        const { Stack } = require('aws-cdk-lib');
        const bucket = new s3.Bucket(new Stack(), 'B');
        exports.url = bucket.virtualHostedUrlForObject('k');
      `,
    },
  ],
});
