/**
 * Where the client behind an expression was made, as far as the file shows: variables (their
 * initializer and every assignment), declared class fields (`this.client`: the initializer and
 * every assignment in the class, lazy `??=` included), functions and methods of the file that
 * return a client (every `return`, both branches of a conditional, with the call's arguments for
 * the function's parameters, so identity-like wrappers keep what they are given), `await`,
 * `Promise.resolve(…)`, properties of the object literals a value may be (`result.data`,
 * `holder.client`) and those written on a variable (`box.client = …`), elements of a `const`
 * array literal (and what `.push(…)` adds), and `new` of an SDK client class. A parameter, an import from another module, a call into a library or a property
 * a class assigns without declaring it is `unknown`: the syntax tier stays silent about it (the
 * typed tier may follow it).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { syntaxClientConstruction, type SyntaxConstruction } from './clients.js';
import {
  calleeName,
  enclosingClass,
  forEachNode,
  memberKeyName,
  propertyName,
  returnedExpressions,
  thisMemberName,
  unwrapExpression,
} from './nodes.js';
import { findVariable, isDefinitionOf, isReassigned, onlyDefinition, type Definition } from './scope.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Node = TSESTree.Node;

export type SyntaxOrigin =
  | { kind: 'construction'; construction: SyntaxConstruction }
  /** Made by the configured client factory: pinned by contract. */
  | { kind: 'factory'; node: TSESTree.CallExpression }
  /** Typed with a type the user declared pinned. */
  | { kind: 'pinned'; node: Node }
  /** Nothing the file shows: a parameter, an import, a library call. */
  | { kind: 'unknown'; node: Node };

export interface SyntaxTraceOptions {
  /** The configured factory's function name. */
  factoryName: string | undefined;
  /** Type names whose values are pinned clients (a factory's branded return type). */
  pinnedTypes: readonly string[];
}

const MAX_DEPTH = 10;
/** Array methods that read one element, and those that add elements. */
const ARRAY_ELEMENT_READS = new Set(['find', 'findLast', 'at']);
const ARRAY_WRITES = new Set(['push', 'unshift', 'splice']);

/**
 * A call being followed into the function it calls: inside `fn`, a parameter stands for the
 * call's argument (read in the caller's own environment), so that identity-like wrappers
 * (`identity(client)`, `ok(client)` … `result.data`) keep the client they were given.
 */
interface CallEnvironment {
  fn: TSESTree.FunctionLike;
  call: TSESTree.CallExpression;
  outer: CallEnvironment | undefined;
}

/** An object literal an expression may evaluate to, with the environment its values are read in. */
interface FoundObject {
  object: TSESTree.ObjectExpression;
  env: CallEnvironment | undefined;
}

/** `Promise.resolve(x)`: a promise of `x` (the global `Promise`, by name, as the typed tier reads it by its declaration). */
function promiseResolveArgument(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const callee = unwrapExpression(call.callee);
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.object.type !== AST_NODE_TYPES.Identifier ||
    callee.object.name !== 'Promise' ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    callee.property.name !== 'resolve'
  ) {
    return undefined;
  }
  const [argument] = call.arguments;
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
}

function isAssignmentOperator(operator: string): boolean {
  return operator === '=' || operator === '??=' || operator === '||=';
}

/** Does a type annotation name one of the pinned types (`PinnedS3Client`, `Promise<PinnedS3Client>`)? */
function namesPinnedType(annotation: TSESTree.TypeNode | undefined, pinned: readonly string[]): boolean {
  if (!annotation || pinned.length === 0) return false;
  switch (annotation.type) {
    case AST_NODE_TYPES.TSTypeReference: {
      const name = annotation.typeName;
      const text = name.type === AST_NODE_TYPES.Identifier ? name.name : name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : '';
      if (pinned.includes(text)) return true;
      return annotation.typeArguments?.params.some((param) => namesPinnedType(param, pinned)) ?? false;
    }
    case AST_NODE_TYPES.TSIntersectionType:
    case AST_NODE_TYPES.TSUnionType:
      return annotation.types.some((part) => namesPinnedType(part, pinned));
    default:
      return false;
  }
}

export class SyntaxClientTracer {
  private readonly cache = new WeakMap<Node, SyntaxOrigin[]>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly options: SyntaxTraceOptions,
  ) {}

  /** Every place the client an expression evaluates to may have been made. */
  trace(node: Node): SyntaxOrigin[] {
    const cached = this.cache.get(node);
    if (cached) return cached;
    const result = this.traceExpression(node, 0, new Set(), undefined);
    this.cache.set(node, result);
    return result;
  }

  private traceExpression(raw: Node, depth: number, visiting: Set<Node>, env: CallEnvironment | undefined): SyntaxOrigin[] {
    if (depth > MAX_DEPTH || visiting.has(raw)) return [];
    visiting.add(raw);
    try {
      return this.compute(raw, depth, visiting, env);
    } finally {
      visiting.delete(raw);
    }
  }

  private compute(raw: Node, depth: number, visiting: Set<Node>, env: CallEnvironment | undefined): SyntaxOrigin[] {
    const next = (expression: Node): SyntaxOrigin[] => this.traceExpression(expression, depth + 1, visiting, env);
    if (
      (raw.type === AST_NODE_TYPES.TSAsExpression || raw.type === AST_NODE_TYPES.TSSatisfiesExpression) &&
      namesPinnedType(raw.typeAnnotation, this.options.pinnedTypes)
    ) {
      return [{ kind: 'pinned', node: raw }];
    }
    let node = unwrapExpression(raw);
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrapExpression(node.argument);
    switch (node.type) {
      case AST_NODE_TYPES.NewExpression: {
        const construction = syntaxClientConstruction(this.sourceCode, node);
        return construction ? [{ kind: 'construction', construction }] : [{ kind: 'unknown', node }];
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return [...next(node.consequent), ...next(node.alternate)];
      case AST_NODE_TYPES.LogicalExpression:
        return node.operator === '&&' ? [{ kind: 'unknown', node }] : [...next(node.left), ...next(node.right)];
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.operator === '=') return next(node.right);
        if (node.operator === '??=' || node.operator === '||=') return [...next(node.left), ...next(node.right)];
        return [{ kind: 'unknown', node }];
      case AST_NODE_TYPES.Identifier:
        return this.traceVariable(node, depth, visiting, env);
      case AST_NODE_TYPES.MemberExpression: {
        const name = thisMemberName(node);
        return name === undefined ? this.traceMember(node, depth, visiting, env) : this.traceField(node, name, depth, visiting);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.traceCall(node, depth, visiting, env);
      default:
        return [{ kind: 'unknown', node }];
    }
  }

  /** A variable: its initializer and every value assigned to it. */
  private traceVariable(node: TSESTree.Identifier, depth: number, visiting: Set<Node>, env: CallEnvironment | undefined): SyntaxOrigin[] {
    const variable = findVariable(this.sourceCode, node, node.name);
    const definition = onlyDefinition(variable);
    const argument = this.argumentOf(definition, env);
    if (argument) return this.traceExpression(argument, depth + 1, visiting, env?.outer);
    if (!variable || !isDefinitionOf(definition, 'Variable')) return [{ kind: 'unknown', node }];
    const declarator = definition.node;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return [{ kind: 'unknown', node }];
    if (namesPinnedType(declarator.id.typeAnnotation?.typeAnnotation, this.options.pinnedTypes)) return [{ kind: 'pinned', node }];
    const next = (expression: Node): SyntaxOrigin[] => this.traceExpression(expression, depth + 1, visiting, env);
    const origins: SyntaxOrigin[] = [];
    if (declarator.init) origins.push(...next(declarator.init));
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier && isAssignmentOperator(parent.operator)) {
        origins.push(...next(parent.right));
      } else {
        origins.push({ kind: 'unknown', node: reference.identifier });
      }
    }
    return origins.length > 0 ? origins : [{ kind: 'unknown', node }];
  }

  /**
   * `this.name` in a class that declares the field: its initializer and every assignment to it in
   * the class. A property the class only assigns (`this.client = …` in a JavaScript constructor)
   * is unknown, as it is to the typed tier, which finds no declaration to follow.
   */
  private traceField(node: TSESTree.MemberExpression, name: string, depth: number, visiting: Set<Node>): SyntaxOrigin[] {
    const owner = enclosingClass(node);
    if (!owner) return [{ kind: 'unknown', node }];
    const next = (expression: Node): SyntaxOrigin[] => this.traceExpression(expression, depth + 1, visiting, undefined);
    const origins: SyntaxOrigin[] = [];
    let declared = false;
    for (const member of owner.body.body) {
      if (
        (member.type === AST_NODE_TYPES.PropertyDefinition || member.type === AST_NODE_TYPES.AccessorProperty) &&
        !member.computed &&
        !member.static &&
        memberKeyName(member.key) === name
      ) {
        declared = true;
        if (namesPinnedType(member.typeAnnotation?.typeAnnotation, this.options.pinnedTypes)) return [{ kind: 'pinned', node }];
        if (member.value) origins.push(...next(member.value));
      }
      if (
        member.type === AST_NODE_TYPES.MethodDefinition &&
        (member.kind === 'get' || member.kind === 'set') &&
        memberKeyName(member.key) === name
      ) {
        return [{ kind: 'unknown', node }];
      }
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
        // `constructor(private client: S3Client)`: a parameter property.
        for (const param of member.value.params) {
          if (param.type === AST_NODE_TYPES.TSParameterProperty) {
            const bound = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
            if (bound.type === AST_NODE_TYPES.Identifier && bound.name === name) return [{ kind: 'unknown', node }];
          }
        }
      }
    }
    if (!declared) return [{ kind: 'unknown', node }];
    forEachNode(owner.body, (child) => {
      if (
        child.type === AST_NODE_TYPES.AssignmentExpression &&
        isAssignmentOperator(child.operator) &&
        thisMemberName(child.left) === name &&
        enclosingClass(child) === owner
      ) {
        origins.push(...next(child.right));
      }
    });
    return origins.length > 0 ? origins : [{ kind: 'unknown', node }];
  }

  /** A call: the configured factory (pinned), or a function or method of this file (what it returns). */
  private traceCall(call: TSESTree.CallExpression, depth: number, visiting: Set<Node>, env: CallEnvironment | undefined): SyntaxOrigin[] {
    // The configured factory, by name (as the typed tier knows it by its declaration's name).
    const factoryName = this.options.factoryName;
    if (factoryName !== undefined && calleeName(call.callee) === factoryName) return [{ kind: 'factory', node: call }];
    const resolved = promiseResolveArgument(call);
    if (resolved) return this.traceExpression(resolved, depth + 1, visiting, env);
    const element = this.arrayElementRead(call);
    if (element) return this.traceArray(element, depth, visiting, env);
    const fn = this.calleeFunction(call.callee);
    if (!fn) return [{ kind: 'unknown', node: call }];
    if (namesPinnedType(fn.returnType?.typeAnnotation, this.options.pinnedTypes)) return [{ kind: 'pinned', node: call }];
    const values = returnedExpressions(fn);
    if (values.length === 0) return [{ kind: 'unknown', node: call }];
    // Inside the function, its parameters stand for this call's arguments.
    const inner: CallEnvironment = { fn, call, outer: env };
    return values.flatMap((value) => this.traceExpression(value, depth + 1, visiting, inner));
  }

  /** The argument a parameter stands for in the call being followed; undefined for anything else. */
  private argumentOf(definition: Definition | undefined, env: CallEnvironment | undefined): Node | undefined {
    if (!env || !isDefinitionOf(definition, 'Parameter') || definition.node !== env.fn) return undefined;
    // A parameter the function reassigns holds more than the argument.
    const name = definition.name;
    const variable = name.type === AST_NODE_TYPES.Identifier ? findVariable(this.sourceCode, name, name.name) : undefined;
    if (!variable || isReassigned(variable)) return undefined;
    const index = env.fn.params.findIndex((param) => param === definition.name);
    if (index < 0 || env.call.arguments.slice(0, index + 1).some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return undefined;
    return env.call.arguments[index];
  }

  /**
   * `holder.client`, `result.data`: the property of each object literal the receiver may be (held
   * in a variable, returned by a function of this file), and what the code assigns to that
   * property of a variable (`box.client = …`). Unknown when any object it may be is not seen.
   */
  private traceMember(node: TSESTree.MemberExpression, depth: number, visiting: Set<Node>, env: CallEnvironment | undefined): SyntaxOrigin[] {
    const object = unwrapExpression(node.object);
    if (node.computed) {
      return object.type === AST_NODE_TYPES.Identifier && this.constArray(object) ? this.traceArray(object, depth, visiting, env) : [{ kind: 'unknown', node }];
    }
    const name = memberKeyName(node.property);
    const found = name === undefined ? undefined : this.objectsOf(object, depth + 1, visiting, env);
    if (name === undefined || !found) return [{ kind: 'unknown', node }];
    const origins: SyntaxOrigin[] = [];
    for (const { object: literal, env: where } of found) {
      // A spread or a computed key may set the property to anything.
      if (literal.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement || p.computed)) return [{ kind: 'unknown', node }];
      const property = literal.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p) === name);
      if (property?.kind === 'init' && !property.method) origins.push(...this.traceExpression(property.value, depth + 1, visiting, where));
    }
    if (object.type === AST_NODE_TYPES.Identifier) {
      for (const value of this.memberWrites(object, name)) origins.push(...this.traceExpression(value, depth + 1, visiting, env));
    }
    return origins.length > 0 ? origins : [{ kind: 'unknown', node }];
  }

  /**
   * The object literals an expression may evaluate to, each with the environment its values are
   * read in: directly, held in a variable (its initializer and every assignment), returned by a
   * function of this file, `Promise.resolve(…)`, a parameter of the call being followed;
   * undefined when it may be anything else.
   */
  private objectsOf(raw: Node, depth: number, visiting: Set<Node>, env: CallEnvironment | undefined): FoundObject[] | undefined {
    if (depth > MAX_DEPTH || visiting.has(raw)) return [];
    let node = unwrapExpression(raw);
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrapExpression(node.argument);
    const all = (expressions: readonly Node[], where: CallEnvironment | undefined): FoundObject[] | undefined => {
      const found: FoundObject[] = [];
      for (const expression of expressions) {
        const objects = this.objectsOf(expression, depth + 1, visiting, where);
        if (!objects) return undefined;
        found.push(...objects);
      }
      return found;
    };
    visiting.add(raw);
    try {
      switch (node.type) {
        case AST_NODE_TYPES.ObjectExpression:
          return [{ object: node, env }];
        case AST_NODE_TYPES.ConditionalExpression:
          return all([node.consequent, node.alternate], env);
        case AST_NODE_TYPES.CallExpression: {
          const resolved = promiseResolveArgument(node);
          if (resolved) return all([resolved], env);
          const fn = this.calleeFunction(node.callee);
          const values = fn ? returnedExpressions(fn) : [];
          return fn && values.length > 0 ? all(values, { fn, call: node, outer: env }) : undefined;
        }
        case AST_NODE_TYPES.Identifier: {
          const argument = this.argumentOf(onlyDefinition(findVariable(this.sourceCode, node, node.name)), env);
          if (argument) return all([argument], env?.outer);
          const assigned = this.assignedExpressions(node);
          return assigned ? all(assigned, env) : undefined;
        }
        default:
          return undefined;
      }
    } finally {
      visiting.delete(raw);
    }
  }

  /** A variable's initializer and every value assigned to it; undefined when it is written some other way. */
  private assignedExpressions(node: TSESTree.Identifier): Node[] | undefined {
    const variable = findVariable(this.sourceCode, node, node.name);
    const definition = onlyDefinition(variable);
    if (!variable || !isDefinitionOf(definition, 'Variable') || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    const values: Node[] = definition.node.init ? [definition.node.init] : [];
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.left !== reference.identifier || !isAssignmentOperator(parent.operator)) {
        return undefined;
      }
      values.push(parent.right);
    }
    return values;
  }

  /** `name.<member> = value` (and `??=`, `||=`) on a variable: the values. */
  private memberWrites(node: TSESTree.Identifier, member: string): Node[] {
    const variable = findVariable(this.sourceCode, node, node.name);
    const values: Node[] = [];
    for (const reference of variable?.references ?? []) {
      const access = reference.identifier.parent;
      if (access?.type !== AST_NODE_TYPES.MemberExpression || access.object !== reference.identifier || access.computed) continue;
      const assignment = access.parent;
      if (
        memberKeyName(access.property) === member &&
        assignment.type === AST_NODE_TYPES.AssignmentExpression &&
        assignment.left === access &&
        isAssignmentOperator(assignment.operator)
      ) {
        values.push(assignment.right);
      }
    }
    return values;
  }

  /** A `const` array literal a name holds. */
  private constArray(node: TSESTree.Identifier): TSESTree.ArrayExpression | undefined {
    const definition = onlyDefinition(findVariable(this.sourceCode, node, node.name));
    if (!isDefinitionOf(definition, 'Variable') || definition.parent.kind !== 'const' || !definition.node.init) return undefined;
    const init = unwrapExpression(definition.node.init);
    return init.type === AST_NODE_TYPES.ArrayExpression ? init : undefined;
  }

  /** `clients.find(…)`, `clients.at(i)` on a `const` array literal: the array's name. */
  private arrayElementRead(call: TSESTree.CallExpression): TSESTree.Identifier | undefined {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (!ARRAY_ELEMENT_READS.has(callee.property.name)) return undefined;
    const object = unwrapExpression(callee.object);
    return object.type === AST_NODE_TYPES.Identifier && this.constArray(object) ? object : undefined;
  }

  /**
   * Any element of a `const` array literal: its elements and what `.push(…)`, `.unshift(…)` and
   * `.splice(…)` add; unknown when an element is assigned by index or spread in.
   */
  private traceArray(node: TSESTree.Identifier, depth: number, visiting: Set<Node>, env: CallEnvironment | undefined): SyntaxOrigin[] {
    const array = this.constArray(node);
    const variable = findVariable(this.sourceCode, node, node.name);
    if (!array || !variable) return [{ kind: 'unknown', node }];
    const values: Node[] = [];
    for (const element of array.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return [{ kind: 'unknown', node }];
      values.push(element);
    }
    for (const reference of variable.references) {
      const access = reference.identifier.parent;
      if (access?.type !== AST_NODE_TYPES.MemberExpression || access.object !== reference.identifier) continue;
      const use = access.parent;
      if (use.type === AST_NODE_TYPES.AssignmentExpression && use.left === access) return [{ kind: 'unknown', node }];
      const method = access.computed ? undefined : memberKeyName(access.property);
      if (method === undefined || !ARRAY_WRITES.has(method) || use.type !== AST_NODE_TYPES.CallExpression || use.callee !== access) continue;
      for (const arg of method === 'splice' ? use.arguments.slice(2) : use.arguments) {
        if (arg.type === AST_NODE_TYPES.SpreadElement) return [{ kind: 'unknown', node }];
        values.push(arg);
      }
    }
    const origins = values.flatMap((value) => this.traceExpression(value, depth + 1, visiting, env));
    return origins.length > 0 ? origins : [{ kind: 'unknown', node }];
  }


  /** The function of this file a callee names: a function declaration, a `const` arrow or function, or `this.method`. */
  private calleeFunction(callee: Node): TSESTree.FunctionLike | undefined {
    const inner = unwrapExpression(callee);
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const definition = onlyDefinition(findVariable(this.sourceCode, inner, inner.name));
      if (isDefinitionOf(definition, 'FunctionName') && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) return definition.node;
      if (isDefinitionOf(definition, 'Variable') && definition.parent.kind === 'const') {
        const init = definition.node.init && unwrapExpression(definition.node.init);
        if (init?.type === AST_NODE_TYPES.ArrowFunctionExpression || init?.type === AST_NODE_TYPES.FunctionExpression) return init;
      }
      return undefined;
    }
    const name = thisMemberName(inner);
    const owner = name === undefined ? undefined : enclosingClass(inner);
    if (!owner) return undefined;
    const methods = owner.body.body.filter(
      (member): member is TSESTree.MethodDefinition =>
        member.type === AST_NODE_TYPES.MethodDefinition &&
        member.kind === 'method' &&
        !member.static &&
        !member.computed &&
        memberKeyName(member.key) === name,
    );
    // One implementation (overload signatures have no body).
    const bodies = methods.filter((method) => method.value.body);
    return bodies.length === 1 ? bodies[0]?.value : undefined;
  }
}
