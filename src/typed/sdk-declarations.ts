/**
 * The SDK's declarations as TypeScript sees them: a constructor's class, a function's or
 * method's presigner, the v2 `Request` type. Each reads a declaration's name and file and asks
 * the one table in `sdk/declarations.ts`.
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';
import {
  clientClassOfDeclaration,
  declaredMember,
  declaredThing,
  presignerOfDeclaration,
  type ClientClass,
  type DeclaredThing,
  type Presigner,
} from '../sdk/index.js';
import { declaredName } from './nodes.js';

/** How far above a declaration its name may stand (a function type in a variable's annotation). */
const NAME_LEVELS = 4;

/** The S3 client class a class declaration (or a symbol's class declaration) is. */
export function clientClassOfClass(name: string | undefined, declaration: ts.Node): ClientClass | undefined {
  return clientClassOfDeclaration(name, declaration.getSourceFile().fileName);
}

/** The S3 client class a constructor declaration (from a resolved signature) belongs to. */
export function clientClassOfConstructor(declaration: ts.Declaration | undefined): ClientClass | undefined {
  if (declaration === undefined) return undefined;
  const owner = typescript.isConstructorDeclaration(declaration)
    ? declaration.parent
    : typescript.isClassLike(declaration)
      ? declaration
      : undefined;
  if (owner === undefined || !typescript.isClassLike(owner)) return undefined;
  return clientClassOfClass(owner.name?.text, declaration);
}

/** The presigner a function or method declaration is: v3 `getSignedUrl`, v2 `S3#getSignedUrl`, … */
export function presignerOf(declaration: ts.Declaration | undefined): Presigner | undefined {
  if (declaration === undefined) return undefined;
  return presignerOfDeclaration(declaredName(declaration, NAME_LEVELS), declaration.getSourceFile().fileName);
}

/**
 * The member row of the table a property or method declaration is (`AwsClient#sign`,
 * `IBucket#bucketDomainName`): asked with the class or interface that declares it.
 */
export function memberThingOf(declaration: ts.Declaration): DeclaredThing | undefined {
  const owner = declaration.parent;
  const container =
    owner !== undefined && (typescript.isClassLike(owner) || typescript.isInterfaceDeclaration(owner)) ? owner.name?.text : undefined;
  const nameNode = (declaration as { name?: ts.Node }).name;
  const name = nameNode !== undefined && typescript.isIdentifier(nameNode) ? nameNode.text : undefined;
  return declaredMember(container, name, declaration.getSourceFile().fileName);
}

/** The member row the symbol behind a name is, for any of its declarations. */
export function memberThingOfSymbol(symbol: ts.Symbol | undefined): DeclaredThing | undefined {
  for (const declaration of symbol?.declarations ?? []) {
    const thing = memberThingOf(declaration);
    if (thing) return thing;
  }
  return undefined;
}

/** Is this the type of a v2 `AWS.Request` (whose untyped `presign()` mints a URL)? */
export function isV2RequestType(type: ts.Type): boolean {
  const symbol = type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  return declaration !== undefined && declaredThing(symbol?.name, declaration.getSourceFile().fileName) === 'v2Request';
}

/** `require('m')`, `import('m')`, `await import('m')`: the module. */
function requiredModule(node: ts.Expression): string | undefined {
  let inner = node;
  while (typescript.isParenthesizedExpression(inner) || typescript.isAwaitExpression(inner)) inner = inner.expression;
  if (!typescript.isCallExpression(inner) || inner.arguments.length !== 1) return undefined;
  const [first] = inner.arguments;
  const isLoader =
    inner.expression.kind === typescript.SyntaxKind.ImportKeyword ||
    (typescript.isIdentifier(inner.expression) && inner.expression.text === 'require');
  return isLoader && first && typescript.isStringLiteralLike(first) ? first.text : undefined;
}

/**
 * Where an expression comes from in a module's exports, read from the import or `require` that
 * binds it (the module itself is `[]`; a namespace's or a CommonJS module's `default` is too): the
 * syntax tier's `syntax/sdk-bindings.ts`, on TypeScript's tree, for SDKs the checker cannot type.
 */
export function importedModulePath(checker: ts.TypeChecker, node: ts.Expression, depth = 0): { module: string; path: string[] } | undefined {
  if (depth > 4) return undefined;
  if (typescript.isPropertyAccessExpression(node)) {
    const base = importedModulePath(checker, node.expression, depth + 1);
    if (!base) return undefined;
    return node.name.text === 'default' && base.path.length === 0 ? base : { module: base.module, path: [...base.path, node.name.text] };
  }
  if (!typescript.isIdentifier(node)) return undefined;
  const declaration = checker.getSymbolAtLocation(node)?.declarations?.[0];
  if (!declaration) return undefined;
  const moduleOf = (specifier: ts.Expression): string | undefined =>
    typescript.isStringLiteralLike(specifier) ? specifier.text : undefined;
  if (typescript.isImportSpecifier(declaration)) {
    const module = moduleOf(declaration.parent.parent.parent.moduleSpecifier);
    const imported = (declaration.propertyName ?? declaration.name).text;
    return module === undefined ? undefined : { module, path: imported === 'default' ? [] : [imported] };
  }
  if (typescript.isImportClause(declaration) || typescript.isNamespaceImport(declaration)) {
    const clause = typescript.isImportClause(declaration) ? declaration : declaration.parent;
    const module = moduleOf(clause.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, path: [] };
  }
  if (typescript.isVariableDeclaration(declaration) && declaration.initializer) {
    const module = requiredModule(declaration.initializer);
    return module === undefined ? undefined : { module, path: [] };
  }
  if (typescript.isBindingElement(declaration) && typescript.isObjectBindingPattern(declaration.parent)) {
    const variable = declaration.parent.parent;
    const module = typescript.isVariableDeclaration(variable) && variable.initializer ? requiredModule(variable.initializer) : undefined;
    const key = declaration.propertyName ?? declaration.name;
    return module !== undefined && typescript.isIdentifier(key) ? { module, path: [key.text] } : undefined;
  }
  return undefined;
}
