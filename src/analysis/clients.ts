/**
 * Where S3 clients are constructed: `new S3Client(…)`, `new AWS.S3(…)`, a subclass without its own
 * constructor, and `super(…)` inside a subclass constructor. The class is identified by its
 * declaration in the SDK, never by the local name.
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

// Per analyzer (so per program): an editor's next program may reuse unchanged nodes.
const caches = new WeakMap<ValueAnalyzer, WeakMap<ts.Node, ClientConstruction | null>>();

/** The S3 client a `new` expression or `super(…)` call constructs, if it constructs one. */
export function clientConstruction(
  analyzer: ValueAnalyzer,
  node: ts.NewExpression | ts.CallExpression,
): ClientConstruction | undefined {
  let cache = caches.get(analyzer);
  if (!cache) {
    cache = new WeakMap();
    caches.set(analyzer, cache);
  }
  const cached = cache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  const result = compute(analyzer, node);
  cache.set(node, result ?? null);
  return result;
}

/**
 * The client class a constructor expression's type names. The class itself (`S3Client`, `S3`,
 * v2 `S3`) is read off the type's symbol; a subclass without a constructor of its own inherits
 * the client's construct signature. Reading the callee's type is much cheaper than resolving the
 * call (which checks the arguments against the SDK's config types).
 */
function clientClassOfCallee(checker: ts.TypeChecker, callee: ts.Expression): ClientClass | undefined {
  const type = checker.getTypeAtLocation(callee);
  const symbol = type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if (symbol && declaration) {
    const direct = clientClassOfDeclaration(symbol.name, declaration.getSourceFile().fileName);
    if (direct) return direct;
  }
  const [signature] = type.getConstructSignatures();
  return clientClassOfConstructor(signature?.declaration ?? undefined);
}

function compute(analyzer: ValueAnalyzer, node: ts.NewExpression | ts.CallExpression): ClientConstruction | undefined {
  let clientClass: ClientClass | undefined;
  if (ts.isNewExpression(node)) {
    clientClass = clientClassOfCallee(analyzer.checker, node.expression);
  } else if (node.expression.kind === ts.SyntaxKind.SuperKeyword) {
    // `super(…)` in a subclass: the constructor it calls is the base class's.
    clientClass = clientClassOfConstructor(analyzer.checker.getResolvedSignature(node)?.declaration ?? undefined);
  }
  if (!clientClass) return undefined;
  const first = node.arguments?.[0];
  const spread = first !== undefined && ts.isSpreadElement(first);
  return { node, clientClass, config: spread ? undefined : first, spreadArguments: spread };
}
