/**
 * URL presigns of signers that sign the URL they are given and never change its host (aws4fetch's
 * `client.sign(url, { aws: { signQuery: true } })`): whether a call is one, as far as the file
 * shows, and the S3 host its URL is on, traced as far as the string analysis reaches (a
 * literal, a template, a same-file `const`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { AWS4FETCH_SIGN, type HostOccurrence } from '../sdk/index.js';
import { constructedThing } from './constructed.js';
import { unwrapExpression } from './nodes.js';
import { findVariable, isDefinitionOf, isReassigned, onlyDefinition } from './scope.js';
import { findStringHost, type StringHost } from './string-hosts.js';
import type { SyntaxValues } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The receiver of `receiver.sign(…)`, when the call is a method call by that name. */
export function signReceiver(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  return callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === AWS4FETCH_SIGN.method ? callee.object : undefined;
}

/** Does the call's second argument always set `aws.signQuery` to `true` (a presigned URL, not a signed request)? */
export function signsQuery(values: SyntaxValues, call: TSESTree.CallExpression): boolean {
  const init = call.arguments[1];
  if (!init || init.type === AST_NODE_TYPES.SpreadElement) return false;
  const aws = values.property(init, AWS4FETCH_SIGN.init).values;
  return (
    aws.length > 0 &&
    aws.every((value) => {
      if (value.kind !== 'object' || value.node === undefined) return false;
      const flag = values.property(value.node, AWS4FETCH_SIGN.signQuery).values;
      return flag.length > 0 && flag.every((v) => v.kind === 'boolean' && v.value);
    })
  );
}

/** The URL of an aws4fetch presign whose client the file shows was made by `new AwsClient(…)`. */
export function syntaxUrlPresignOf(sourceCode: SourceCode, values: SyntaxValues, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const receiver = signReceiver(call);
  if (!receiver || constructedThing(sourceCode, unwrapExpression(receiver)) !== 'aws4fetchClient') return undefined;
  return presignedUrl(values, call);
}

/** The URL argument of a presigning `sign(url, { aws: { signQuery: true } })`, or undefined. */
export function presignedUrl(values: SyntaxValues, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const [url] = call.arguments;
  if (!url || url.type === AST_NODE_TYPES.SpreadElement || !signsQuery(values, call)) return undefined;
  return url;
}

/**
 * The first S3 host in the URL's text that `accept` takes: the expression itself, or the `const`
 * of this file it names.
 */
export function urlHost(sourceCode: SourceCode, url: TSESTree.Node, accept: (occurrence: HostOccurrence) => boolean): StringHost | undefined {
  let node = unwrapExpression(url);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode, node, node.name);
    const definition = onlyDefinition(variable);
    if (!variable || !isDefinitionOf(definition, 'Variable') || isReassigned(variable)) return undefined;
    if (definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) return undefined;
    node = definition.node.init;
  }
  return findStringHost(node, sourceCode.text, (occurrence) => !occurrence.xmlNamespace && accept(occurrence));
}
