/**
 * What a class field may hold, as the class shows it: `this.region` read in a method is the union
 * of the field's initializer and every value the class assigns to it (`this.region = …`, `??=`,
 * `||=`), wherever in the class. Undefined (not followed) when the class may write it some other
 * way (`this.region += …`, destructuring, `Object.assign(this, …)`, a parameter property), has an
 * accessor of that name, or when `this` is not the instance where it is read. What a base class
 * writes is not seen (as with any write outside the class). The typed tier reads fields the same
 * way (`typed/fields.ts`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { forEachNode, memberKeyName, thisMemberName } from './nodes.js';

type Node = TSESTree.Node;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** A field of one class: the class and the field's name (`#name` when private). */
export interface FieldWrites {
  owner: ClassNode;
  name: string;
  /** The initializer and the right side of every storing assignment, in source order. */
  written: Node[];
}

/** The class whose instance `this` is where a node stands (arrow functions see through; other functions and static code do not). */
export function instanceClass(node: Node): ClassNode | undefined {
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const member = current.parent;
      if (member?.type !== AST_NODE_TYPES.MethodDefinition || member.value !== current || member.static) return undefined;
      const owner = member.parent.parent;
      return owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression ? owner : undefined;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.AccessorProperty) {
      if (current.static) return undefined;
      const owner = current.parent.parent;
      return owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression ? owner : undefined;
    }
    if (current.type === AST_NODE_TYPES.StaticBlock || current.type === AST_NODE_TYPES.Program) return undefined;
  }
  return undefined;
}

/** Is this `this.<name>` written other than as the whole left side of `=`, `??=` or `||=`? */
function isOtherWrite(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === member && parent.operator !== '=' && parent.operator !== '??=' && parent.operator !== '||=';
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    // A destructuring target: `({ region: this.region } = o)`, `[this.region] = a`, `for (this.region of …)`.
    case AST_NODE_TYPES.Property:
      return parent.value === member && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.AssignmentPattern:
      return (parent.left as Node) === member;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return (parent.left as Node) === member;
    default:
      return false;
  }
}

/** `Object.assign(this, …)`: it may write any field. */
function assignsThis(node: Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = node.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'assign' &&
    node.arguments[0]?.type === AST_NODE_TYPES.ThisExpression
  );
}

// Per class: a class's fields are read many times, their writes are found once.
const caches = new WeakMap<ClassNode, Map<string, FieldWrites | null>>();

/** Every value the class gives the field `this.<name>` read at `node`; undefined when that is not all it may hold. */
export function fieldWrites(node: Node): FieldWrites | undefined {
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

function writesOf(owner: ClassNode, name: string): FieldWrites | undefined {
  const written: Node[] = [];
  for (const member of owner.body.body) {
    if ((member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.TSAbstractMethodDefinition) && !member.static) {
      if (member.kind !== 'constructor' && !member.computed && memberKeyName(member.key) === name) return undefined;
      if (member.kind === 'constructor') {
        for (const param of member.value.params) {
          if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const bound = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
          if (bound.type === AST_NODE_TYPES.Identifier && bound.name === name) return undefined;
        }
      }
    }
    if ((member.type === AST_NODE_TYPES.PropertyDefinition || member.type === AST_NODE_TYPES.AccessorProperty) && !member.static) {
      if (member.computed || memberKeyName(member.key) !== name) continue;
      if (member.type === AST_NODE_TYPES.AccessorProperty) return undefined;
      if (member.value) written.push(member.value);
    }
  }
  let other = false;
  forEachNode(owner.body, (child) => {
    if (other) return;
    if (assignsThis(child)) {
      other = true;
      return;
    }
    if (child.type !== AST_NODE_TYPES.MemberExpression || thisMemberName(child) !== name || instanceClass(child) !== owner) return;
    if (isOtherWrite(child)) other = true;
    else if (child.parent.type === AST_NODE_TYPES.AssignmentExpression && child.parent.left === child) written.push(child.parent.right);
  });
  return other || written.length === 0 ? undefined : { owner, name, written };
}
