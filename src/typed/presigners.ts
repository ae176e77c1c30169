/**
 * Presign calls: which SDK presigner a call invokes, and the expression that evaluates to the
 * client whose endpoint the URL gets. Judged by the callee's declaration (same-named functions of
 * other libraries are not presigners), or, for v2 methods, by a receiver the syntax traces to
 * `new AWS.S3(…)` without typing it.
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';
import { V2_CLIENT_PRESIGN_METHODS, presignParamsArgument, type Presigner } from '../sdk/index.js';
import type { ClientTracer } from './client-origins.js';
import { unwrapLiteral } from './nodes.js';
import { isV2RequestType, memberThingOfSymbol, presignerOf } from './sdk-declarations.js';
import type { ValueAnalyzer } from './values.js';

/** The presigner a call invokes, judged by the declaration the checker resolves. */
export function presignerOfCall(analyzer: ValueAnalyzer, tracer: ClientTracer, call: ts.Node): Presigner | undefined {
  if (!typescript.isCallExpression(call)) return undefined;
  const callee = call.expression;
  const name = typescript.isPropertyAccessExpression(callee) ? callee.name : typescript.isIdentifier(callee) ? callee : undefined;
  if (!name) return undefined;
  // `s3.getSignedUrl(…)` on a receiver the syntax traces to `new AWS.S3(…)`: known without typing
  // the receiver (v2's S3 class is large).
  const isV2Client = (expression: ts.Expression): boolean => {
    const origins = tracer.trace(expression);
    return origins.length > 0 && origins.every((o) => o.kind === 'construction' && o.construction.clientClass.sdk === 'v2');
  };
  if (typescript.isPropertyAccessExpression(callee) && V2_CLIENT_PRESIGN_METHODS.has(name.text) && isV2Client(callee.expression)) {
    return { sdk: 'v2', kind: name.text as Presigner['kind'], client: 'receiver' };
  }
  // Likewise `s3.getObject(params).presign()` on such a client.
  if (typescript.isPropertyAccessExpression(callee) && name.text === 'presign') {
    const client = v2RequestClient(analyzer, callee.expression);
    if (client && isV2Client(client)) return { sdk: 'v2', kind: 'presign', client: 'requestReceiver' };
  }
  // By the callee's declaration: cheaper than resolving the call (the presigners are generic).
  for (const declaration of analyzer.resolveSymbol(name)?.declarations ?? []) {
    const presigner = presignerOf(declaration);
    if (presigner) return presigner;
  }
  const checker = analyzer.checker;
  // v2 `s3.getObject(params).presign()`: untyped in aws-sdk's declarations, known by its receiver.
  if (typescript.isPropertyAccessExpression(callee) && callee.name.text === 'presign') {
    return isV2RequestType(checker.getTypeAtLocation(callee.expression))
      ? { sdk: 'v2', kind: 'presign', client: 'requestReceiver' }
      : undefined;
  }
  // A presigner destructured from a dynamic import: its type still comes from the SDK.
  if (typescript.isIdentifier(callee)) {
    for (const declaration of checker.getTypeAtLocation(callee).getSymbol()?.declarations ?? []) {
      const presigner = presignerOf(declaration);
      if (presigner) return presigner;
    }
  }
  return undefined;
}

/** The expression that evaluates to the signing client; undefined for a request presigner. */
export function signingClientExpression(
  analyzer: ValueAnalyzer,
  call: ts.CallExpression,
  presigner: Presigner,
): ts.Expression | undefined {
  const callee = call.expression;
  switch (presigner.client) {
    case 'firstArgument': {
      const first = call.arguments[0];
      return first && !typescript.isSpreadElement(first) ? first : undefined;
    }
    case 'receiver':
      return typescript.isPropertyAccessExpression(callee) ? callee.expression : undefined;
    case 'request':
      return undefined;
    case 'requestReceiver':
      return typescript.isPropertyAccessExpression(callee) ? v2RequestClient(analyzer, callee.expression) : undefined;
  }
}

/** The request a request presigner signs (`presigner.presign(request)`). */
export function presignedRequest(call: ts.CallExpression): ts.Expression | undefined {
  const request = call.arguments[0];
  return request && !typescript.isSpreadElement(request) ? request : undefined;
}

/** The client of a v2 request: `s3` in `s3.getObject(params)`, also through a `const request = …`. */
function v2RequestClient(analyzer: ValueAnalyzer, expression: ts.Expression): ts.Expression | undefined {
  const request = constValue(analyzer, expression);
  if (typescript.isCallExpression(request) && typescript.isPropertyAccessExpression(request.expression)) return request.expression.expression;
  return undefined;
}

/**
 * The request parameters a presign call signs (`{ Bucket, Key }`): the argument
 * `presignParamsArgument` names, through `const`s (in any file) and a command's constructor.
 */
export function presignParams(analyzer: ValueAnalyzer, call: ts.CallExpression, presigner: Presigner): ts.Expression | undefined {
  const place = presignParamsArgument(presigner);
  if (!place) return undefined;
  let holder: ts.CallExpression | ts.NewExpression | undefined = call;
  if (presigner.kind === 'presign') {
    const callee = call.expression;
    const request = typescript.isPropertyAccessExpression(callee) ? constValue(analyzer, callee.expression) : undefined;
    holder = request && typescript.isCallExpression(request) ? request : undefined;
  }
  const argument = holder?.arguments?.[place.index];
  if (!argument || typescript.isSpreadElement(argument)) return undefined;
  if (!place.command) return argument;
  const command = constValue(analyzer, argument);
  const params = typescript.isNewExpression(command) ? command.arguments?.[0] : undefined;
  return params && !typescript.isSpreadElement(params) ? params : undefined;
}

/** An expression, or the initializer of the `const` it names. */
function constValue(analyzer: ValueAnalyzer, expression: ts.Expression): ts.Expression {
  const unwrapped = unwrapLiteral(expression);
  return typescript.isIdentifier(unwrapped) ? unwrapLiteral(analyzer.constInitializer(unwrapped) ?? unwrapped) : unwrapped;
}

/** Is this call aws4fetch's `AwsClient#sign(…)`, by the method's declaration? */
export function isAws4fetchSign(analyzer: ValueAnalyzer, call: ts.Node): boolean {
  if (!typescript.isCallExpression(call) || !typescript.isPropertyAccessExpression(call.expression)) return false;
  return memberThingOfSymbol(analyzer.resolveSymbol(call.expression.name)) === 'aws4fetchSign';
}
