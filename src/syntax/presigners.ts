/**
 * Presign calls as the file shows them: the v3 presigners by their import (`getSignedUrl`,
 * `createPresignedPost`, renamed or not), and the v2 methods (`getSignedUrl`,
 * `getSignedUrlPromise`, `createPresignedPost`, `request.presign()`) on a receiver traced to
 * `new AWS.S3(…)` in the file. Returns the presigner and the expression of the signing client.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { V2_CLIENT_PRESIGN_METHODS, presignParamsArgument, presignerOfThing, type Presigner } from '../sdk/index.js';
import type { SyntaxClientTracer } from './client-origins.js';
import { unwrapExpression } from './nodes.js';
import { findVariable, isDefinitionOf, isReassigned, onlyDefinition } from './scope.js';
import { sdkThingOf } from './sdk-bindings.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface SyntaxPresign {
  presigner: Presigner;
  /** The expression that evaluates to the signing client. */
  client: TSESTree.Node;
}

/** The presign call's presigner and signing client, when the file shows both. */
export function syntaxPresignOf(sourceCode: SourceCode, call: TSESTree.CallExpression, tracer: SyntaxClientTracer): SyntaxPresign | undefined {
  const callee = unwrapExpression(call.callee);
  const found = sdkThingOf(sourceCode, callee);
  const presigner = found && presignerOfThing(found.thing, found.name);
  if (presigner) {
    const [first] = call.arguments;
    return presigner.client === 'firstArgument' && first && first.type !== AST_NODE_TYPES.SpreadElement ? { presigner, client: first } : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const method = callee.property.name;
  if (V2_CLIENT_PRESIGN_METHODS.has(method) && isV2Client(tracer, callee.object)) {
    return { presigner: { sdk: 'v2', kind: method as Presigner['kind'], client: 'receiver' }, client: callee.object };
  }
  if (method === 'presign') {
    const client = v2RequestClient(sourceCode, callee.object);
    if (client && isV2Client(tracer, client)) return { presigner: { sdk: 'v2', kind: 'presign', client: 'requestReceiver' }, client };
  }
  return undefined;
}

/** Is every place this client may come from a v2 `S3` construction? */
function isV2Client(tracer: SyntaxClientTracer, node: TSESTree.Node): boolean {
  const origins = tracer.trace(node);
  return origins.length > 0 && origins.every((o) => o.kind === 'construction' && o.construction.clientClass.sdk === 'v2');
}

/** The client of a v2 request: `s3` in `s3.getObject(params)`, also through a `const request = …`. */
function v2RequestClient(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node | undefined {
  const request = constValue(sourceCode, node);
  if (request.type === AST_NODE_TYPES.CallExpression && request.callee.type === AST_NODE_TYPES.MemberExpression) return request.callee.object;
  return undefined;
}

/**
 * The request parameters a presign call signs (`{ Bucket, Key }`), as the file writes them: the
 * argument `presignParamsArgument` names, through a `const` and a command's constructor.
 */
export function syntaxPresignParams(sourceCode: SourceCode, call: TSESTree.CallExpression, presigner: Presigner): TSESTree.Node | undefined {
  const place = presignParamsArgument(presigner);
  if (!place) return undefined;
  let holder: TSESTree.CallExpression | TSESTree.NewExpression | undefined = call;
  if (presigner.kind === 'presign') {
    const callee = unwrapExpression(call.callee);
    const request = callee.type === AST_NODE_TYPES.MemberExpression ? constValue(sourceCode, callee.object) : undefined;
    holder = request?.type === AST_NODE_TYPES.CallExpression ? request : undefined;
  }
  const argument = holder?.arguments[place.index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!place.command) return argument;
  const command = constValue(sourceCode, argument);
  const params = command.type === AST_NODE_TYPES.NewExpression ? command.arguments[0] : undefined;
  return params && params.type !== AST_NODE_TYPES.SpreadElement ? params : undefined;
}

/** An expression, or the initializer of the never-reassigned `const` it names. */
function constValue(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node {
  const expression = unwrapExpression(node);
  if (expression.type !== AST_NODE_TYPES.Identifier) return expression;
  const variable = findVariable(sourceCode, expression, expression.name);
  const definition = onlyDefinition(variable);
  if (!variable || !isDefinitionOf(definition, 'Variable') || isReassigned(variable) || !definition.node.init) return expression;
  return unwrapExpression(definition.node.init);
}
