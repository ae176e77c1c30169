/**
 * AWS CDK expressions that name a bucket's host off the private path (`sdk/cdk.ts`): a bucket's
 * `bucketDomainName` and its kin, `CfnBucket.attrDomainName`, `Fn.getAtt(cfnBucket.logicalId,
 * 'DomainName')`, `cfnBucket.getAtt('DomainName')`, `virtualHostedUrlForObject(key, { regional:
 * false })` and `transferAccelerationUrlForObject(…)`.
 *
 * The shape of each form is read here, on ESTree; whether a member is the CDK's is a question the
 * tier answers ({@link CdkAsk}): by the declaration with types (`typed/cdk.ts`), and without them
 * only where the file shows the construct was made by the CDK ({@link syntaxCdkAsk}: `new
 * s3.Bucket(…)`, `Bucket.fromBucketName(…)`, `new CfnBucket(…)`, a cast `as s3.CfnBucket`, or a
 * `const` bound to one of those). A same-named property of anything else is not a finding.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  CDK_BUCKET_ATTRIBUTES,
  CDK_BUCKET_PROPERTIES,
  CDK_BUCKET_URL_METHODS,
  CDK_CFN_BUCKET_PROPERTIES,
  CDK_GET_ATT,
  CDK_LOGICAL_ID,
  type CdkHostName,
} from '../sdk/index.js';
import { constructedThing } from './constructed.js';
import { isStringLiteral, unwrapExpression, unwrapObject } from './nodes.js';
import { sdkThingOf } from './sdk-bindings.js';
import type { SyntaxValues } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a tier is asked about a node before a form counts as the CDK's. */
export type CdkQuestion =
  /** Is this member access a bucket construct's member (`IBucket`, `BucketBase`, `Bucket`)? */
  | 'bucketMember'
  /** Is this member access a `CfnBucket` attribute property? */
  | 'cfnBucketMember'
  /** Is this `getAtt` member CDK's `Fn.getAtt`? */
  | 'fnGetAtt'
  /** Is this `getAtt` member a `CfnBucket`'s own (`CfnResource#getAtt` on a `CfnBucket`)? */
  | 'bucketGetAtt'
  /** Is this expression (the receiver of `.logicalId`) a `CfnBucket`? */
  | 'cfnBucket';

export type CdkAsk = (question: CdkQuestion, node: TSESTree.Node) => boolean;

/** One CDK expression that names a bucket's host off the private path. */
export interface CdkFinding {
  /** The node to report: the member access or the call. */
  node: TSESTree.Node;
  form: 'property' | 'attribute' | 'virtualHosted' | 'transferAcceleration';
  /** The host it names and the regional counterpart. */
  host: CdkHostName;
  /** How the code names it, for messages (`bucketDomainName`, `DomainName`). */
  name: string;
  /** The node whose text becomes the regional name (the property, the attribute literal, the method name). */
  rename?: TSESTree.Node;
  /** What is removed for the regional form: `regional: false`, or the options of `transferAccelerationUrlForObject`. */
  remove?: TSESTree.Node;
}

/** The CDK finding a member access or call is, when the tier's answers say it is the CDK's. */
export function cdkFindingOf(node: TSESTree.MemberExpression | TSESTree.CallExpression, values: SyntaxValues, ask: CdkAsk): CdkFinding | undefined {
  if (node.type === AST_NODE_TYPES.MemberExpression) return propertyFinding(node, ask);
  const callee = unwrapExpression(node.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || method === undefined) return undefined;
  if (method === CDK_BUCKET_URL_METHODS.virtualHosted.name) return virtualHostedFinding(node, callee, values, ask);
  if (method === CDK_BUCKET_URL_METHODS.transferAcceleration.name) {
    if (!ask('bucketMember', callee)) return undefined;
    const options = node.arguments[1];
    return {
      node,
      form: 'transferAcceleration',
      host: { kind: 'accelerate', regional: CDK_BUCKET_URL_METHODS.virtualHosted.name, change: 'suggest' },
      name: method,
      rename: callee.property,
      remove: options && options.type !== AST_NODE_TYPES.SpreadElement ? options : undefined,
    };
  }
  if (method === CDK_GET_ATT) return attributeFinding(node, callee, values, ask);
  return undefined;
}

/** The static name of a non-computed member access. */
function memberName(node: TSESTree.MemberExpression): string | undefined {
  return !node.computed && node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
}

function propertyFinding(node: TSESTree.MemberExpression, ask: CdkAsk): CdkFinding | undefined {
  const name = memberName(node);
  if (name === undefined) return undefined;
  // A method of the same name is read as a call; a property read that is called is nothing CDK declares.
  if (node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) return undefined;
  if (Object.hasOwn(CDK_BUCKET_PROPERTIES, name)) {
    const host = CDK_BUCKET_PROPERTIES[name];
    return host && ask('bucketMember', node) ? { node, form: 'property', host, name, rename: node.property } : undefined;
  }
  if (Object.hasOwn(CDK_CFN_BUCKET_PROPERTIES, name)) {
    const host = CDK_CFN_BUCKET_PROPERTIES[name];
    return host && ask('cfnBucketMember', node) ? { node, form: 'property', host, name, rename: node.property } : undefined;
  }
  return undefined;
}

/** `virtualHostedUrlForObject(key, { regional: false })`: global when `regional` may be false. */
function virtualHostedFinding(
  node: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
  values: SyntaxValues,
  ask: CdkAsk,
): CdkFinding | undefined {
  const options = node.arguments[1];
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const regional = values.property(options, CDK_BUCKET_URL_METHODS.virtualHosted.regionalOption);
  if (!regional.values.some((value) => value.kind === 'boolean' && !value.value)) return undefined;
  if (!ask('bucketMember', callee)) return undefined;
  // Removed only where the call's own object literal says `regional: false` and nothing else decides it.
  const literal = unwrapObject(options);
  const property = regional.property;
  const certain =
    literal !== undefined &&
    property?.parent === literal &&
    regional.values.length === 1 &&
    property.value.type === AST_NODE_TYPES.Literal &&
    property.value.value === false;
  const remove = certain ? (literal.properties.length === 1 ? options : property) : undefined;
  return {
    node,
    form: 'virtualHosted',
    host: { kind: 'global', change: 'fix' },
    name: CDK_BUCKET_URL_METHODS.virtualHosted.name,
    remove,
  };
}

/** `Fn.getAtt(cfnBucket.logicalId, 'DomainName')` and `cfnBucket.getAtt('DomainName'[, typeHint])`. */
function attributeFinding(
  node: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
  values: SyntaxValues,
  ask: CdkAsk,
): CdkFinding | undefined {
  const [first, second] = node.arguments;
  /** The bucket attribute an argument names, when it is one of those that name a host. */
  const attributeOf = (argument: TSESTree.CallExpressionArgument | undefined) => {
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const names = values.expression(argument);
    const name = names.find((value) => value.kind === 'string' && Object.hasOwn(CDK_BUCKET_ATTRIBUTES, value.value));
    const host = name?.kind === 'string' ? CDK_BUCKET_ATTRIBUTES[name.value] : undefined;
    if (name?.kind !== 'string' || !host) return undefined;
    const literal = unwrapExpression(argument);
    return { name: name.value, host, rename: isStringLiteral(literal) && names.length === 1 ? literal : undefined };
  };
  // The names first: only a call that names such an attribute costs the tier's questions.
  const asFn = attributeOf(second);
  const asResource = attributeOf(first);
  let found: ReturnType<typeof attributeOf>;
  if (asFn && ask('fnGetAtt', callee)) {
    // The target must visibly be a bucket: the logical id of a CfnBucket.
    const target = first && first.type !== AST_NODE_TYPES.SpreadElement ? unwrapExpression(first) : undefined;
    if (target?.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== CDK_LOGICAL_ID || !ask('cfnBucket', target.object)) {
      return undefined;
    }
    found = asFn;
  } else if (asResource && ask('bucketGetAtt', callee)) {
    found = asResource;
  }
  return found ? { node, form: 'attribute', host: found.host, name: found.name, rename: found.rename } : undefined;
}

/** The tier without types: the CDK's only where the file shows the construct's making. */
export function syntaxCdkAsk(sourceCode: SourceCode): CdkAsk {
  const made = (node: TSESTree.Node): ReturnType<typeof constructedThing> => constructedThing(sourceCode, unwrapExpression(node));
  return (question, node) => {
    const object = node.type === AST_NODE_TYPES.MemberExpression ? node.object : node;
    switch (question) {
      case 'bucketMember':
        return made(object) === 'cdkBucket';
      case 'cfnBucketMember':
      case 'bucketGetAtt':
        return made(object) === 'cdkCfnBucket';
      case 'fnGetAtt':
        return sdkThingOf(sourceCode, object)?.thing === 'cdkFn';
      case 'cfnBucket':
        return made(node) === 'cdkCfnBucket';
    }
  };
}
