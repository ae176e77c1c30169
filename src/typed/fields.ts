/**
 * What a class field may hold, as the class shows it, on TypeScript's tree: `this.region` is the
 * union of the field's initializer and every value the class assigns to it. The same reading as
 * the syntax tier's `syntax/fields.ts`: undefined (the declared type answers) when the class may
 * write it some other way, has an accessor of that name, or when `this` is not the instance where
 * it is read. What a base class writes is not seen.
 */
import type ts from 'typescript';
import { isAssignmentOperator, isOtherWrite } from './nodes.js';
import { typescript } from './typescript.js';

/** A field of one class: the class and the field's name (`#name` when private). */
export interface TypedFieldWrites {
  owner: ts.ClassLikeDeclaration;
  name: string;
  /** The initializer and the right side of every storing assignment, in source order. */
  written: ts.Expression[];
}

function isStatic(node: ts.Node): boolean {
  return typescript.canHaveModifiers(node) && (typescript.getModifiers(node)?.some((m) => m.kind === typescript.SyntaxKind.StaticKeyword) ?? false);
}

/** The class whose instance `this` is where a node stands (arrow functions see through; other functions and static code do not). */
export function instanceClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current: ts.Node = node.parent; !typescript.isSourceFile(current); current = current.parent) {
    if (typescript.isArrowFunction(current)) continue;
    if (
      typescript.isConstructorDeclaration(current) ||
      typescript.isMethodDeclaration(current) ||
      typescript.isGetAccessorDeclaration(current) ||
      typescript.isSetAccessorDeclaration(current) ||
      typescript.isPropertyDeclaration(current)
    ) {
      return typescript.isClassLike(current.parent) && !isStatic(current) ? current.parent : undefined;
    }
    if (typescript.isFunctionLike(current) || typescript.isClassStaticBlockDeclaration(current) || typescript.isClassLike(current)) return undefined;
  }
  return undefined;
}

/** `this.<name>` (not computed): the name, with its `#` when private. */
export function thisMemberName(node: ts.Node): string | undefined {
  return typescript.isPropertyAccessExpression(node) && node.expression.kind === typescript.SyntaxKind.ThisKeyword ? node.name.text : undefined;
}



/** `Object.assign(this, …)`: it may write any field. */
function assignsThis(node: ts.Node): boolean {
  if (!typescript.isCallExpression(node)) return false;
  const callee = node.expression;
  return (
    typescript.isPropertyAccessExpression(callee) &&
    typescript.isIdentifier(callee.expression) &&
    callee.expression.text === 'Object' &&
    callee.name.text === 'assign' &&
    node.arguments[0]?.kind === typescript.SyntaxKind.ThisKeyword
  );
}

function memberName(member: ts.ClassElement): string | undefined {
  const name = member.name;
  if (!name) return undefined;
  if (typescript.isIdentifier(name) || typescript.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

// Per class: a class's fields are read many times, their writes are found once (the nodes die with the program).
const caches = new WeakMap<ts.ClassLikeDeclaration, Map<string, TypedFieldWrites | null>>();

/** Every value the class gives the field `this.<name>` read at `node`; undefined when that is not all it may hold. */
export function fieldWrites(node: ts.Node): TypedFieldWrites | undefined {
  const name = thisMemberName(node);
  const owner = name === undefined ? undefined : instanceClass(node);
  if (name === undefined || !owner) return undefined;
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  let found = cache.get(name);
  if (found === undefined) {
    found = writesOf(owner, name) ?? null;
    cache.set(name, found);
  }
  return found ?? undefined;
}

function writesOf(owner: ts.ClassLikeDeclaration, name: string): TypedFieldWrites | undefined {
  const written: ts.Expression[] = [];
  for (const member of owner.members) {
    if (isStatic(member)) continue;
    if (typescript.isConstructorDeclaration(member)) {
      // `constructor(private region: string)`: a parameter property.
      const property = member.parameters.some(
        (p) => typescript.getModifiers(p)?.length && typescript.isIdentifier(p.name) && p.name.text === name,
      );
      if (property) return undefined;
      continue;
    }
    if (memberName(member) !== name) continue;
    if (typescript.isPropertyDeclaration(member)) {
      if (typescript.getModifiers(member)?.some((m) => m.kind === typescript.SyntaxKind.AccessorKeyword)) return undefined;
      if (member.initializer) written.push(member.initializer);
    } else if (!typescript.isSemicolonClassElement(member)) {
      // A method or an accessor of that name.
      return undefined;
    }
  }
  let other = false;
  const visit = (child: ts.Node): void => {
    if (other || typescript.isClassLike(child)) return;
    if (assignsThis(child)) {
      other = true;
      return;
    }
    if (typescript.isPropertyAccessExpression(child) && thisMemberName(child) === name && instanceClass(child) === owner) {
      if (isOtherWrite(child) || typescript.isDeleteExpression(child.parent)) other = true;
      else if (typescript.isBinaryExpression(child.parent) && child.parent.left === child && isAssignmentOperator(child.parent.operatorToken.kind)) {
        written.push(child.parent.right);
      }
    }
    typescript.forEachChild(child, visit);
  };
  for (const member of owner.members) typescript.forEachChild(member, visit);
  return other || written.length === 0 ? undefined : { owner, name, written };
}
