/**
 * The AWS CDK's bucket members as the checker sees them: the answers of `syntax/cdk.ts`'s
 * questions by declaration (`sdk/declarations.ts`): a member is the CDK's when the CDK's bucket
 * types declare it (`IBucket`, `BucketBase`, `Bucket` in `aws-cdk-lib/aws-s3`, `CfnBucket`), and
 * a receiver is a `CfnBucket` by its type. A same-named property of any other type is not.
 */
import type ts from 'typescript';
import type { TSESTree } from '@typescript-eslint/types';
import { typescript } from './typescript.js';
import { declaredThing, type DeclaredThing } from '../sdk/index.js';
import type { CdkAsk } from '../syntax/cdk.js';
import { memberThingOfSymbol } from './sdk-declarations.js';
import type { ValueAnalyzer } from './values.js';

/** The questions of `syntax/cdk.ts`, answered by declarations and types. */
export function typedCdkAsk(analyzer: ValueAnalyzer, toTs: (node: TSESTree.Node) => ts.Node): CdkAsk {
  const memberThing = (node: TSESTree.Node): DeclaredThing | undefined => {
    const access = toTs(node);
    return typescript.isPropertyAccessExpression(access) ? memberThingOfSymbol(analyzer.resolveSymbol(access.name)) : undefined;
  };
  const isCfnBucket = (node: ts.Node): boolean => {
    const symbol = analyzer.checker.getTypeAtLocation(node).getSymbol();
    const declaration = symbol?.declarations?.[0];
    return declaration !== undefined && declaredThing(symbol?.name, declaration.getSourceFile().fileName) === 'cdkCfnBucket';
  };
  return (question, node) => {
    switch (question) {
      case 'bucketMember':
        return memberThing(node) === 'cdkBucketMember';
      case 'cfnBucketMember':
        return memberThing(node) === 'cdkCfnBucketMember';
      case 'fnGetAtt':
        return memberThing(node) === 'cdkFnGetAtt';
      case 'bucketGetAtt': {
        const access = toTs(node);
        return memberThing(node) === 'cdkResourceGetAtt' && typescript.isPropertyAccessExpression(access) && isCfnBucket(access.expression);
      }
      case 'cfnBucket':
        return isCfnBucket(toTs(node));
    }
  };
}
