/**
 * What values an expression, or a property of an object, may hold, as far as the file itself
 * shows: literals, templates, same-file `const` bindings and object literals (spreads of
 * same-file objects, `as const`, `satisfies`, member writes `config.region = …`), `let` bindings
 * with every assignment, `process.env` reads (also through `const env = process.env` and
 * `const { AWS_REGION } = process.env`), `??`, `||`, conditionals and `!`, class fields by what
 * the class assigns them (`fields.ts`), and, in a copy bound to one call site (`bound()`,
 * `call-sites.ts`), a helper's parameters by that call's arguments. Everything else (an import
 * from another module, an unbound parameter, a call) is `unknown`, which no judgement turns into
 * a finding.
 *
 * The reading mirrors the typed tier's `typed/values.ts` where the syntax decides, so that the
 * syntax tier never reports what the typed tier would refute; where the typed tier would ask
 * the checker, this one says `unknown`.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  afterSpread,
  afterWrite,
  boundProperty,
  boundValues,
  isDefinitelyFalsy,
  mayBeFalsy,
  type Binding,
  type PropertyValues,
  type Value,
} from '../sdk/index.js';
import { fieldWrites } from './fields.js';
import { ruledOutAt } from './guards.js';
import { propertyName } from './nodes.js';
import { findVariable, isDefinitionOf, onlyDefinition, type Variable } from './scope.js';
import { destructuredKey } from './sdk-bindings.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Node = TSESTree.Node;

/** A value as the syntax tier reads it: the node is on ESTree. */
export type SyntaxValue = Value<Node>;
/** A property's values, with the object literal property that sets them. */
export type SyntaxPropertyValues = PropertyValues<Node, TSESTree.Property>;

const MAX_DEPTH = 12;

/** Wrappers that keep the value and its literal meaning: `as const`, `satisfies`. */
function unwrapLiteral(node: Node): Node {
  let current = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.TSSatisfiesExpression) current = current.expression;
    else if (
      current.type === AST_NODE_TYPES.TSAsExpression &&
      current.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
      current.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
      current.typeAnnotation.typeName.name === 'const'
    ) {
      current = current.expression;
    } else return current;
  }
}

/** `process.env.X` or `process.env['X']`. */
export function isProcessEnvRead(node: Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = node.object;
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    !object.computed &&
    object.object.type === AST_NODE_TYPES.Identifier &&
    object.object.name === 'process' &&
    object.property.type === AST_NODE_TYPES.Identifier &&
    object.property.name === 'env'
  );
}

/** The name a member access reads (`a.b`, `a['b']`). */
function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/**
 * What a parameter stands for at one call site (`call-sites.ts`): the argument, read with the
 * values of the caller's own call site, or one key of it for a destructured parameter.
 */
/** A parameter bound to a call site's argument, read on ESTree. */
export type SyntaxBinding = Binding<Node, Node, TSESTree.Property>;

export class SyntaxValues {
  private readonly expressionCache = new WeakMap<Node, SyntaxValue[]>();
  /** `let` variables whose assigned values are being expanded (a rebuild like `c = { ...c, x }` reads itself). */
  private readonly expanding = new Set<Variable>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly bindings: ReadonlyMap<Variable, SyntaxBinding> = new Map(),
  ) {}

  /** Fields whose assigned values are being expanded (`this.region = this.region || …` reads itself). */
  private readonly expandingFields = new Set<string>();

  /**
   * `read` over every value a class gives the field `this.<name>` (`fields.ts`); undefined when
   * the node is no such field. Inside its own assignments the field is unknown.
   */
  private overFieldValues<T>(node: Node, read: (expression: Node) => T[], unknown: T): T[] | undefined {
    const field = fieldWrites(node);
    if (!field) return undefined;
    const key = `${field.owner.range[0]}:${field.name}`;
    if (this.expandingFields.has(key)) return [unknown];
    this.expandingFields.add(key);
    try {
      return field.written.flatMap(read);
    } finally {
      this.expandingFields.delete(key);
    }
  }

  /** The same reading with parameters bound to a call site's arguments. */
  bound(bindings: ReadonlyMap<Variable, SyntaxBinding>): SyntaxValues {
    return new SyntaxValues(this.sourceCode, bindings);
  }

  /** The binding of a parameter this reading stands at a call site for. */
  private bindingOf(node: Node): SyntaxBinding | undefined {
    if (this.bindings.size === 0 || node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.variableOf(node);
    return variable && this.bindings.get(variable);
  }


  /** The variable a name refers to, when it is declared in this file. */
  private variableOf(node: TSESTree.Identifier): Variable | undefined {
    return findVariable(this.sourceCode, node, node.name);
  }

  /** `undefined` that is the global one, not a local of that name. */
  private isGlobalUndefined(node: TSESTree.Identifier): boolean {
    if (node.name !== 'undefined') return false;
    const variable = this.variableOf(node);
    return variable === undefined || variable.defs.length === 0;
  }

  /** The declarator of a `const` with an initializer that an identifier names. */
  private constDeclarator(node: TSESTree.Identifier): TSESTree.VariableDeclarator | undefined {
    const definition = onlyDefinition(this.variableOf(node));
    if (!isDefinitionOf(definition, 'Variable')) return undefined;
    const declarator = definition.node;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
    return definition.parent.kind === 'const' ? declarator : undefined;
  }

  /**
   * `process.env`, or a `const` of this file bound to it: `const env = process.env`,
   * `const { env } = process`. (`process` is known by its name, as in the typed tier.)
   */
  private isEnvironment(raw: Node): boolean {
    const node = unwrapLiteral(raw);
    if (
      node.type === AST_NODE_TYPES.MemberExpression &&
      !node.computed &&
      node.object.type === AST_NODE_TYPES.Identifier &&
      node.object.name === 'process' &&
      node.property.type === AST_NODE_TYPES.Identifier &&
      node.property.name === 'env'
    ) {
      return true;
    }
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const definition = onlyDefinition(this.variableOf(node));
    if (!isDefinitionOf(definition, 'Variable') || definition.parent.kind !== 'const' || !definition.node.init) return false;
    const { id, init } = definition.node;
    if (id.type === AST_NODE_TYPES.Identifier) return init.type !== AST_NODE_TYPES.Identifier && this.isEnvironment(init);
    const source = unwrapLiteral(init);
    return (
      id.type === AST_NODE_TYPES.ObjectPattern &&
      source.type === AST_NODE_TYPES.Identifier &&
      source.name === 'process' &&
      destructuredKey(id, node.name) === 'env'
    );
  }

  /**
   * A `const` destructured from the environment (`const { AWS_REGION } = process.env`): any
   * string, or undefined unless the pattern gives a default (which `''` does not trigger).
   */
  private environmentBinding(node: TSESTree.Identifier): SyntaxValue[] | undefined {
    const definition = onlyDefinition(this.variableOf(node));
    if (!isDefinitionOf(definition, 'Variable') || definition.parent.kind !== 'const') return undefined;
    const { id, init } = definition.node;
    if (id.type !== AST_NODE_TYPES.ObjectPattern || !init || !this.isEnvironment(init)) return undefined;
    for (const property of id.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const bound = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (bound.type !== AST_NODE_TYPES.Identifier || bound.name !== node.name) continue;
      return property.value.type === AST_NODE_TYPES.AssignmentPattern
        ? [{ kind: 'anyString', node }]
        : [{ kind: 'anyString', node }, { kind: 'nullish', node }];
    }
    return undefined;
  }

  /** The possible values of an expression. */
  expression(node: Node, depth = 0): SyntaxValue[] {
    const cached = this.expressionCache.get(node);
    if (cached) return cached;
    const result = this.computeExpression(node, depth);
    if (depth === 0) this.expressionCache.set(node, result);
    return result;
  }

  private computeExpression(raw: Node, depth: number): SyntaxValue[] {
    if (depth > MAX_DEPTH) return [{ kind: 'unknown', node: raw }];
    const node = unwrapLiteral(raw);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof node.value === 'string') return [{ kind: 'string', value: node.value, node }];
        if (typeof node.value === 'boolean') return [{ kind: 'boolean', value: node.value, node }];
        if (node.value === null && !('regex' in node) && !('bigint' in node)) return [{ kind: 'nullish', node }];
        return [{ kind: 'unknown', node }];
      case AST_NODE_TYPES.TemplateLiteral:
        return node.expressions.length === 0
          ? [{ kind: 'string', value: node.quasis[0]?.value.cooked ?? '', node }]
          : [{ kind: 'anyString', node }];
      case AST_NODE_TYPES.Identifier: {
        if (this.isGlobalUndefined(node)) return [{ kind: 'nullish', node }];
        const binding = this.bindingOf(node);
        if (binding) return boundValues(binding, depth);
        const read = this.environmentBinding(node);
        if (read) return this.afterGuards(node, read);
        const declarator = this.constDeclarator(node);
        return declarator?.init ? this.afterGuards(node, this.expression(declarator.init, depth + 1)) : [{ kind: 'unknown', node }];
      }
      case AST_NODE_TYPES.MemberExpression: {
        if (isProcessEnvRead(node) || this.isEnvironment(node.object)) return [{ kind: 'anyString', node }, { kind: 'nullish', node }];
        const field = this.overFieldValues<SyntaxValue>(node, (expression) => this.expression(expression, depth + 1), { kind: 'unknown', node });
        if (field) return field;
        const name = memberName(node);
        if (name !== undefined && this.isLiteralObject(node.object)) {
          // A parameter bound to a call site: a missing key is reported where the argument lacks it.
          const at = this.bindingOf(unwrapLiteral(node.object)) ? (v: SyntaxValue): Node => v.node ?? node : (): Node => node;
          return this.property(node.object, name, depth + 1).values.map((v) => (v.kind === 'absent' ? { kind: 'nullish', node: at(v) } : v));
        }
        return [{ kind: 'unknown', node }];
      }
      case AST_NODE_TYPES.LogicalExpression: {
        const left = this.expression(node.left, depth + 1);
        if (node.operator === '??') {
          if (!left.some((v) => v.kind === 'nullish' || v.kind === 'unknown')) return left;
          return [...left.filter((v) => v.kind !== 'nullish'), ...this.expression(node.right, depth + 1)];
        }
        if (node.operator === '||') {
          if (!left.some(mayBeFalsy)) return left;
          return [...left.filter((v) => !isDefinitelyFalsy(v)), ...this.expression(node.right, depth + 1)];
        }
        return [{ kind: 'unknown', node }];
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return [...this.expression(node.consequent, depth + 1), ...this.expression(node.alternate, depth + 1)];
      case AST_NODE_TYPES.TSNonNullExpression:
        return this.expression(node.expression, depth + 1).filter((v) => v.kind !== 'nullish');
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
        return [{ kind: 'function', node }];
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.ArrayExpression:
        return [{ kind: 'object', node }];
      default:
        return [{ kind: 'unknown', node }];
    }
  }

  /**
   * A `const` read after `if (!name) throw …` (or `return`): the values the guard rules out are gone.
   * The typed tier reads the same guards (`typed/guards.ts`).
   */
  private afterGuards(node: TSESTree.Identifier, values: SyntaxValue[]): SyntaxValue[] {
    if (!values.some((v) => isDefinitelyFalsy(v))) return values;
    const variable = this.variableOf(node);
    if (!variable) return values;
    const ruled = ruledOutAt(node, (other) => other.type === AST_NODE_TYPES.Identifier && other.name === node.name && this.variableOf(other) === variable);
    if (ruled === 'falsy') return values.filter((v) => !isDefinitelyFalsy(v));
    if (ruled === 'nullish') return values.filter((v) => v.kind !== 'nullish' && v.kind !== 'absent');
    return values;
  }

  /** The possible values of property `name` of the object an expression evaluates to. */
  property(raw: Node, name: string, depth = 0): SyntaxPropertyValues {
    if (depth > MAX_DEPTH) return { values: [{ kind: 'unknown', node: raw }] };
    const node = unwrapLiteral(raw);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        return this.objectLiteralProperty(node, name, depth);
      // `{ … } as S3ClientConfig`: the literal says more than the type it is asserted to have.
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return unwrapLiteral(node.expression).type === AST_NODE_TYPES.ObjectExpression
          ? this.property(node.expression, name, depth + 1)
          : { values: [{ kind: 'unknown', node }] };
      case AST_NODE_TYPES.Identifier: {
        if (this.isGlobalUndefined(node)) return { values: [{ kind: 'absent', node }] };
        const binding = this.bindingOf(node);
        if (binding) return boundProperty(binding, name, depth, (object) => object);
        const declarator = this.constDeclarator(node);
        if (declarator?.init) return this.withMemberWrites(node, name, this.property(declarator.init, name, depth + 1), depth);
        return this.letProperty(node, name, depth);
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const a = this.property(node.consequent, name, depth + 1);
        const b = this.property(node.alternate, name, depth + 1);
        return { values: [...a.values, ...b.values] };
      }
      case AST_NODE_TYPES.LogicalExpression: {
        if (node.operator === '&&') return { values: [{ kind: 'unknown', node }] };
        const a = this.property(node.left, name, depth + 1);
        const b = this.property(node.right, name, depth + 1);
        return { values: [...a.values, ...b.values] };
      }
      case AST_NODE_TYPES.TSNonNullExpression:
        return this.property(node.expression, name, depth + 1);
      case AST_NODE_TYPES.Literal:
        return node.value === null && !('regex' in node) ? { values: [{ kind: 'absent', node }] } : { values: [{ kind: 'unknown', node }] };
      case AST_NODE_TYPES.MemberExpression: {
        const field = this.overFieldValues<SyntaxValue>(node, (expression) => this.property(expression, name, depth + 1).values, {
          kind: 'unknown',
          node,
        });
        if (field) return { values: field };
        const member = memberName(node);
        if (member === undefined || !this.isLiteralObject(node.object)) return { values: [{ kind: 'unknown', node }] };
        const values: SyntaxValue[] = [];
        for (const value of this.property(node.object, member, depth + 1).values) {
          if (value.kind === 'absent' || value.kind === 'nullish') values.push({ kind: 'absent', node });
          else if (value.kind === 'object' && value.node) values.push(...this.property(value.node, name, depth + 1).values);
          else values.push({ kind: 'unknown', node });
        }
        return { values };
      }
      default:
        return { values: [{ kind: 'unknown', node }] };
    }
  }

  private objectLiteralProperty(node: TSESTree.ObjectExpression, name: string, depth: number): SyntaxPropertyValues {
    let result: SyntaxPropertyValues = { values: [{ kind: 'absent', node }] };
    for (const element of node.properties) {
      if (element.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.property(element.argument, name, depth + 1);
        result = afterSpread(result, spread, this.bindingOf(unwrapLiteral(element.argument)) !== undefined);
        continue;
      }
      const key = this.keyOf(element);
      if (key === NOT_A_STRING_KEY) continue;
      if (key === undefined) {
        // A computed key that may be this one: it may set the property, to anything.
        result = { values: [...result.values.filter((v) => v.kind !== 'absent'), { kind: 'unknown', node: element }] };
        continue;
      }
      if (key !== name) continue;
      if (element.kind !== 'init') result = { values: [{ kind: 'unknown', node: element }], property: element };
      else if (element.method) result = { values: [{ kind: 'function', node: element }], property: element };
      else result = { values: this.expression(element.value, depth + 1), property: element };
    }
    return result;
  }

  /** A property's static key; a computed key is read when it names a same-file string `const`. */
  private keyOf(element: TSESTree.Property): string | typeof NOT_A_STRING_KEY | undefined {
    const name = propertyName(element);
    if (name !== undefined || !element.computed) return name;
    const key = element.key;
    if (key.type === AST_NODE_TYPES.Identifier) {
      const values = this.expression(key);
      const [only] = values;
      if (values.length === 1 && only?.kind === 'string') return only.value;
    }
    if (key.type === AST_NODE_TYPES.MemberExpression && key.object.type === AST_NODE_TYPES.Identifier && key.object.name === 'Symbol') {
      return NOT_A_STRING_KEY;
    }
    return undefined;
  }

  /**
   * `let config = {…}` with every value assigned to it (`config = { ...config, endpoint }`); inside
   * its own assignments the variable stands for its initializer. Unknown for anything else, or when
   * the variable is written in a way that is not a plain assignment.
   */
  private letProperty(node: TSESTree.Identifier, name: string, depth: number): SyntaxPropertyValues {
    const variable = this.variableOf(node);
    const definition = onlyDefinition(variable);
    if (!variable || !isDefinitionOf(definition, 'Variable')) return { values: [{ kind: 'unknown', node }] };
    const declarator = definition.node;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init || definition.parent.kind === 'const') {
      return { values: [{ kind: 'unknown', node }] };
    }
    if (this.expanding.has(variable)) return this.property(declarator.init, name, depth + 1);
    const assigned: Node[] = [declarator.init];
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const parent = reference.identifier.parent;
      if (
        parent?.type !== AST_NODE_TYPES.AssignmentExpression ||
        parent.left !== reference.identifier ||
        (parent.operator !== '=' && parent.operator !== '??=' && parent.operator !== '||=')
      ) {
        return { values: [{ kind: 'unknown', node }] };
      }
      assigned.push(parent.right);
    }
    this.expanding.add(variable);
    try {
      const values = assigned.flatMap((expression) => this.property(expression, name, depth + 1).values);
      return this.withMemberWrites(node, name, { values }, depth);
    } finally {
      this.expanding.delete(variable);
    }
  }

  /**
   * `config.name = value` on the object a variable holds adds to the values, or replaces them when
   * it stands unconditionally in the block that declares the variable.
   */
  private withMemberWrites(node: TSESTree.Identifier, name: string, initial: SyntaxPropertyValues, depth: number): SyntaxPropertyValues {
    const variable = this.variableOf(node);
    const definition = onlyDefinition(variable);
    if (!variable || !isDefinitionOf(definition, 'Variable')) return initial;
    let block: Node | undefined = definition.parent.parent;
    if (block?.type === AST_NODE_TYPES.ExportNamedDeclaration) block = block.parent;
    let result = initial;
    for (const reference of variable.references) {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
      const assignment = member.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) continue;
      const { operator } = assignment;
      if (operator !== '=' && operator !== '??=' && operator !== '||=') continue;
      if (memberName(member) !== name) continue;
      const assigned = this.expression(assignment.right, depth + 1);
      const statement = assignment.parent;
      const unconditional = statement?.type === AST_NODE_TYPES.ExpressionStatement && statement.parent === block;
      result = { values: afterWrite(result.values, operator, assigned, unconditional) };
    }
    return result;
  }

  /** An identifier bound to a `const` whose initializer is an object literal, or a parameter bound to a call site's argument. */
  private isLiteralObject(node: Node): boolean {
    const inner = unwrapLiteral(node);
    if (inner.type !== AST_NODE_TYPES.Identifier) return false;
    if (this.bindingOf(inner)) return true;
    const init = this.constDeclarator(inner)?.init;
    return init !== undefined && init !== null && unwrapLiteral(init).type === AST_NODE_TYPES.ObjectExpression;
  }
}

/** A computed key that is a symbol: it never names a string property. */
const NOT_A_STRING_KEY = Symbol('not a string key');
