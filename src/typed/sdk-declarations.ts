/**
 * The SDK's declarations as TypeScript sees them: a constructor's class, a function's or
 * method's presigner, the v2 `Request` type. Each reads a declaration's name and file and asks
 * the one table in `sdk/declarations.ts`.
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';
import { clientClassOfDeclaration, declaredThing, presignerOfDeclaration, type ClientClass, type Presigner } from '../sdk/index.js';
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

/** Is this the type of a v2 `AWS.Request` (whose untyped `presign()` mints a URL)? */
export function isV2RequestType(type: ts.Type): boolean {
  const symbol = type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  return declaration !== undefined && declaredThing(symbol?.name, declaration.getSourceFile().fileName) === 'v2Request';
}
