/**
 * Where S3 clients are constructed: `new S3Client(…)`, `new AWS.S3(…)`, a subclass without its own
 * constructor, and `super(…)` inside a subclass constructor. The class is identified by its
 * declaration in the SDK, never by the local name.
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';
import { clientClassOfThing, importedThing, type ClientClass, type Construction } from '../sdk/index.js';
import { clientClassOfClass, clientClassOfConstructor, importedModulePath } from './sdk-declarations.js';
import type { ValueAnalyzer } from './values.js';

export type ClientConstruction = Construction<ts.NewExpression | ts.CallExpression, ts.Expression>;

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
function clientClassOfCallee(analyzer: ValueAnalyzer, callee: ts.Expression, subclass: Set<ts.Expression>): ClientClass | undefined {
  const checker = analyzer.checker;
  // `AWS.S3` on a namespace import: look the member up in the module's exports, without typing
  // the whole namespace (aws-sdk v2's is large).
  if (typescript.isPropertyAccessExpression(callee)) {
    const namespace = analyzer.resolveSymbol(callee.expression);
    if (namespace && namespace.flags & typescript.SymbolFlags.ValueModule) {
      let member = checker.tryGetMemberInModuleExports(callee.name.text, namespace);
      if (member && member.flags & typescript.SymbolFlags.Alias) member = checker.getAliasedSymbol(member);
      const declaration = member?.declarations?.find((d) => typescript.isClassLike(d));
      if (member && declaration) {
        const found = clientClassOfClass(member.name, declaration);
        if (found) return found;
      }
    }
  }
  // The class a name resolves to, without typing anything; a class with a constructor of its own
  // is not a client construction here (its `super(…)` call is).
  const name = typescript.isPropertyAccessExpression(callee) ? callee.name : typescript.isIdentifier(callee) ? callee : undefined;
  const symbol = name ? analyzer.resolveSymbol(name) : undefined;
  const classDeclaration = symbol?.declarations?.find((d) => typescript.isClassLike(d));
  if (symbol && classDeclaration) {
    const found = clientClassOfClass(symbol.name, classDeclaration);
    if (found) return found;
    subclass.add(callee);
    const ownConstructor = classDeclaration.members.some((member) => typescript.isConstructorDeclaration(member));
    const extendsSomething = classDeclaration.heritageClauses?.some((c) => c.token === typescript.SyntaxKind.ExtendsKeyword) === true;
    if (ownConstructor || !extendsSomething) return undefined;
  }
  // Otherwise (a binding from a dynamic import, a subclass without a constructor) the type says.
  const type = checker.getTypeAtLocation(callee);
  const typeSymbol = type.getSymbol();
  const declaration = typeSymbol?.declarations?.[0];
  if (typeSymbol && declaration) {
    const direct = clientClassOfClass(typeSymbol.name, declaration);
    if (direct) return direct;
  }
  const [signature] = type.getConstructSignatures();
  const byConstructor = clientClassOfConstructor(signature?.declaration ?? undefined);
  if (byConstructor) return byConstructor;
  // An SDK without types (an old aws-sdk, a JavaScript file the program cannot type): the import
  // says what the class is, as in the syntax tier, where the checker knows nothing against it.
  if (!(type.flags & typescript.TypeFlags.Any)) return undefined;
  const imported = importedModulePath(checker, callee);
  return imported ? clientClassOfThing(importedThing(imported.module, imported.path), imported.path.at(-1) ?? 'S3') : undefined;
}

function compute(analyzer: ValueAnalyzer, node: ts.NewExpression | ts.CallExpression): ClientConstruction | undefined {
  let clientClass: ClientClass | undefined;
  // A class declared in the code that is not the SDK's own, when it names one (a subclass).
  const subclass = new Set<ts.Expression>();
  if (typescript.isNewExpression(node)) {
    clientClass = clientClassOfCallee(analyzer, node.expression, subclass);
  } else if (node.expression.kind === typescript.SyntaxKind.SuperKeyword) {
    // `super(…)` in a subclass: the constructor it calls is the base class's.
    clientClass = clientClassOfConstructor(analyzer.checker.getResolvedSignature(node)?.declaration ?? undefined);
  }
  if (!clientClass) return undefined;
  const first = node.arguments?.[0];
  const spread = first !== undefined && typescript.isSpreadElement(first);
  const throughSubclass = !typescript.isNewExpression(node) || subclass.size > 0;
  return { node, clientClass, config: spread ? undefined : first, spreadArguments: spread, throughSubclass };
}
