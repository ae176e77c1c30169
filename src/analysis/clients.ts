/**
 * Where S3 clients are constructed: `new S3Client(…)`, `new AWS.S3(…)`, a subclass without its own
 * constructor, and `super(…)` inside a subclass constructor. The class is identified by the
 * declaration of the constructor the checker resolves, never by the local name.
 */
import ts from 'typescript';
import { clientClassOfConstructor, clientClassOfDeclaration, type ClientClass } from '../sdk/index.js';
import type { ValueAnalyzer } from './values.js';

export interface ClientConstruction {
  node: ts.NewExpression | ts.CallExpression;
  clientClass: ClientClass;
  /** The config argument; undefined when there is none. */
  config: ts.Expression | undefined;
  /** The arguments are spread (`new S3Client(...args)`): nothing can be read. */
  spreadArguments: boolean;
}

const cache = new WeakMap<ts.Node, ClientConstruction | null>();

/** The S3 client a `new` expression or `super(…)` call constructs, if it constructs one. */
export function clientConstruction(
  analyzer: ValueAnalyzer,
  node: ts.NewExpression | ts.CallExpression,
): ClientConstruction | undefined {
  const cached = cache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  const result = compute(analyzer, node);
  cache.set(node, result ?? null);
  return result;
}

function compute(analyzer: ValueAnalyzer, node: ts.NewExpression | ts.CallExpression): ClientConstruction | undefined {
  if (ts.isCallExpression(node) && node.expression.kind !== ts.SyntaxKind.SuperKeyword) return undefined;
  const signature = analyzer.checker.getResolvedSignature(node);
  const constructorClass = clientClassOfConstructor(signature?.declaration ?? undefined);
  if (!constructorClass) return undefined;
  // The aggregated v3 `S3` inherits S3Client's constructor: the instance type tells them apart.
  const instance = ts.isNewExpression(node) ? analyzer.checker.getTypeAtLocation(node).getSymbol() : undefined;
  const instanceDeclaration = instance?.declarations?.[0];
  const clientClass =
    (instanceDeclaration && clientClassOfDeclaration(instance.name, instanceDeclaration.getSourceFile().fileName)) ??
    constructorClass;
  const first = node.arguments?.[0];
  const spread = first !== undefined && ts.isSpreadElement(first);
  return { node, clientClass, config: spread ? undefined : first, spreadArguments: spread };
}
