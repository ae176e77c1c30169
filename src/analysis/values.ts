/**
 * What values an expression, or a property of an object, may hold at run time, as far as the
 * syntax of this file and the TypeScript checker can show. Syntax comes first (literals, `??`, `||`,
 * conditionals, `const` declarations, object literals and spreads); the checker answers for
 * everything the syntax cannot see (imports, parameters, calls, class fields).
 */
import { ASTUtils, AST_NODE_TYPES, type ParserServicesWithTypeInformation, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

export type Value =
  /** The property is not there at all. */
  | { kind: 'absent'; node?: TSESTree.Node }
  /** `undefined` or `null`. */
  | { kind: 'nullish'; node?: TSESTree.Node }
  | { kind: 'string'; value: string; node?: TSESTree.Node }
  /** A string whose content is not known (it may be empty). */
  | { kind: 'anyString'; node?: TSESTree.Node }
  | { kind: 'boolean'; value: boolean; node?: TSESTree.Node }
  /** A function, such as a region provider. */
  | { kind: 'function'; node?: TSESTree.Node }
  /** Some other object (an endpoint object, a URL). */
  | { kind: 'object'; node?: TSESTree.Node }
  /** Not known: `any`, `unknown`, a number, or beyond what the analysis follows. */
  | { kind: 'unknown'; node?: TSESTree.Node };

/** A property's possible values, with the property node when the syntax shows where it is set. */
export interface PropertyValues {
  values: Value[];
  /** The property that sets it, when one object literal in this file does. */
  property?: TSESTree.Property;
}

const MAX_DEPTH = 12;

function propertyName(property: TSESTree.Property): string | undefined {
  if (!property.computed) {
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  }
  if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') {
    return property.key.value;
  }
  return undefined;
}

/** `process.env.X` or `process.env['X']`. */
export function isProcessEnvRead(node: TSESTree.Node): boolean {
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

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    (current.type === AST_NODE_TYPES.TSAsExpression &&
      current.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
      current.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
      current.typeAnnotation.typeName.name === 'const')
  ) {
    current = current.expression;
  }
  return current;
}

export class ValueAnalyzer {
  private readonly checker: ts.TypeChecker;
  private readonly exprCache = new WeakMap<TSESTree.Node, Value[]>();

  constructor(
    private readonly services: ParserServicesWithTypeInformation,
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
  ) {
    this.checker = services.program.getTypeChecker();
  }

  /** The possible values of an expression. */
  expression(node: TSESTree.Node, depth = 0): Value[] {
    const cached = this.exprCache.get(node);
    if (cached) return cached;
    const result = this.computeExpression(node, depth);
    this.exprCache.set(node, result);
    return result;
  }

  private computeExpression(raw: TSESTree.Node, depth: number): Value[] {
    if (depth > MAX_DEPTH) return [{ kind: 'unknown', node: raw }];
    const node = unwrap(raw);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof node.value === 'string') return [{ kind: 'string', value: node.value, node }];
        if (typeof node.value === 'boolean') return [{ kind: 'boolean', value: node.value, node }];
        if (node.value === null && !('regex' in node)) return [{ kind: 'nullish', node }];
        return [{ kind: 'unknown', node }];
      case AST_NODE_TYPES.TemplateLiteral:
        if (node.expressions.length === 0) {
          return [{ kind: 'string', value: node.quasis[0]?.value.cooked ?? '', node }];
        }
        return [{ kind: 'anyString', node }];
      case AST_NODE_TYPES.Identifier: {
        if (node.name === 'undefined' && this.resolveVariable(node) === undefined) {
          return [{ kind: 'nullish', node }];
        }
        const init = this.constInitializer(node);
        if (init) return this.expression(init, depth + 1).map((value) => ({ ...value, node: value.node ?? node }));
        return this.typeValues(node);
      }
      case AST_NODE_TYPES.MemberExpression: {
        if (isProcessEnvRead(node)) return [{ kind: 'anyString', node }, { kind: 'nullish', node }];
        const name = this.memberName(node);
        if (name !== undefined && this.isLocalObject(node.object)) {
          return this.property(node.object, name, depth + 1).values;
        }
        return this.typeValues(node);
      }
      case AST_NODE_TYPES.LogicalExpression: {
        const left = this.expression(node.left, depth + 1);
        if (node.operator === '??') {
          if (!left.some((v) => v.kind === 'nullish' || v.kind === 'unknown')) return left;
          return [...left.filter((v) => v.kind !== 'nullish'), ...this.expression(node.right, depth + 1)];
        }
        if (node.operator === '||') {
          if (!left.some(mayBeFalsy)) return left;
          const kept = left.filter((v) => !isDefinitelyFalsy(v));
          return [...kept, ...this.expression(node.right, depth + 1)];
        }
        return this.typeValues(node);
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
        return this.typeValues(node);
    }
  }

  /** The possible values of property `name` of the object an expression evaluates to. */
  property(raw: TSESTree.Node, name: string, depth = 0): PropertyValues {
    if (depth > MAX_DEPTH) return { values: [{ kind: 'unknown', node: raw }] };
    const node = unwrap(raw);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        return this.objectLiteralProperty(node, name, depth);
      case AST_NODE_TYPES.Identifier: {
        if (node.name === 'undefined' && this.resolveVariable(node) === undefined) {
          return { values: [{ kind: 'absent', node }] };
        }
        const init = this.constInitializer(node);
        if (init) return this.withMemberWrites(node, name, this.property(init, name, depth + 1), depth);
        return { values: this.typePropertyValues(node, name) };
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const a = this.property(node.consequent, name, depth + 1);
        const b = this.property(node.alternate, name, depth + 1);
        return { values: [...a.values, ...b.values] };
      }
      case AST_NODE_TYPES.LogicalExpression: {
        if (node.operator === '&&') return { values: this.typePropertyValues(node, name) };
        const a = this.property(node.left, name, depth + 1);
        const b = this.property(node.right, name, depth + 1);
        return { values: [...a.values, ...b.values] };
      }
      case AST_NODE_TYPES.TSNonNullExpression:
        return this.property(node.expression, name, depth + 1);
      case AST_NODE_TYPES.Literal:
        if (node.value === null) return { values: [{ kind: 'absent', node }] };
        return { values: [{ kind: 'unknown', node }] };
      case AST_NODE_TYPES.MemberExpression: {
        const member = this.memberName(node);
        if (member !== undefined && this.isLocalObject(node.object)) {
          const outer = this.property(node.object, member, depth + 1);
          const inner: Value[] = [];
          for (const value of outer.values) {
            if (value.kind === 'absent' || value.kind === 'nullish') inner.push({ kind: 'absent', node });
            else if (value.kind === 'object' && value.node) inner.push(...this.property(value.node, name, depth + 1).values);
            else inner.push(...this.typePropertyValues(node, name));
          }
          return { values: inner };
        }
        return { values: this.typePropertyValues(node, name) };
      }
      default:
        return { values: this.typePropertyValues(node, name) };
    }
  }

  private objectLiteralProperty(node: TSESTree.ObjectExpression, name: string, depth: number): PropertyValues {
    let result: PropertyValues = { values: [{ kind: 'absent', node }] };
    for (const element of node.properties) {
      if (element.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.property(element.argument, name, depth + 1);
        const present = spread.values.filter((v) => v.kind !== 'absent');
        if (present.length === 0) continue;
        if (present.length === spread.values.length) result = spread;
        else result = { values: [...present, ...result.values] };
        continue;
      }
      const key = propertyName(element);
      if (key === undefined) {
        if (element.computed) result = { values: [...result.values, { kind: 'unknown', node: element }] };
        continue;
      }
      if (key !== name) continue;
      if (element.kind !== 'init') {
        result = { values: [{ kind: 'unknown', node: element }], property: element };
        continue;
      }
      result = { values: this.expression(element.value, depth + 1), property: element };
    }
    return result;
  }

  /** `cfg.name = value` assignments to a local object add to (or, when unconditional, replace) it. */
  private withMemberWrites(id: TSESTree.Identifier, name: string, initial: PropertyValues, depth: number): PropertyValues {
    const variable = this.resolveVariable(id);
    if (!variable) return initial;
    let result = initial;
    const declaration = variable.defs[0]?.node;
    const declarationBlock = declaration?.parent?.parent;
    for (const reference of variable.references) {
      const member = reference.identifier.parent;
      if (
        member?.type !== AST_NODE_TYPES.MemberExpression ||
        member.object !== reference.identifier ||
        this.memberName(member) !== name
      ) {
        continue;
      }
      const assignment = member.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) continue;
      const assigned = this.expression(assignment.right, depth + 1);
      const statement = assignment.parent;
      const unconditional =
        assignment.operator === '=' &&
        statement?.type === AST_NODE_TYPES.ExpressionStatement &&
        statement.parent === declarationBlock;
      result = unconditional ? { values: assigned } : { values: [...result.values, ...assigned] };
    }
    return result;
  }

  private memberName(node: TSESTree.MemberExpression): string | undefined {
    if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
    if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
      return node.property.value;
    }
    return undefined;
  }

  /** An identifier bound to a `const` (or never-reassigned `let`) in this file with an object literal. */
  private isLocalObject(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    if (inner.type !== AST_NODE_TYPES.Identifier) return false;
    const init = this.constInitializer(inner);
    return init !== undefined && unwrap(init).type === AST_NODE_TYPES.ObjectExpression;
  }

  private resolveVariable(node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
    return variable ?? undefined;
  }

  /** The initializer of the `const` (or `let` never assigned again) an identifier names in this file. */
  private constInitializer(node: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = this.resolveVariable(node);
    if (!variable || variable.defs.length !== 1) return undefined;
    const def = variable.defs[0];
    if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) {
      return undefined;
    }
    if (def.parent.kind !== 'const') {
      const reassigned = variable.references.some((ref) => ref.isWrite() && !ref.init);
      if (reassigned) return undefined;
    }
    return def.node.init;
  }

  private tsNode(node: TSESTree.Node): ts.Node {
    return this.services.esTreeNodeToTSNodeMap.get(node);
  }

  /** The values the checker's type of an expression admits. */
  typeValues(node: TSESTree.Node): Value[] {
    const type = this.checker.getTypeAtLocation(this.tsNode(node));
    return this.valuesOfType(type, node, 0);
  }

  private valuesOfType(type: ts.Type, node: TSESTree.Node, depth: number): Value[] {
    if (depth > 4) return [{ kind: 'unknown', node }];
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return [{ kind: 'unknown', node }];
    if (flags & ts.TypeFlags.Never) return [];
    if (type.isUnion()) {
      const values = type.types.flatMap((part) => this.valuesOfType(part, node, depth + 1));
      // A declared `boolean` (`true | false`) says nothing about the value; a literal `true` does.
      const isTrue = values.some((v) => v.kind === 'boolean' && v.value);
      const isFalse = values.some((v) => v.kind === 'boolean' && !v.value);
      if (!isTrue || !isFalse) return values;
      return [...values.filter((v) => v.kind !== 'boolean'), { kind: 'unknown', node }];
    }
    if (flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)) return [{ kind: 'nullish', node }];
    if (type.isStringLiteral()) return [{ kind: 'string', value: type.value, node }];
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) {
      return [{ kind: 'anyString', node }];
    }
    if (flags & ts.TypeFlags.BooleanLiteral) {
      return [{ kind: 'boolean', value: (type as { intrinsicName?: string }).intrinsicName === 'true', node }];
    }
    if (flags & ts.TypeFlags.TypeParameter) {
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint ? this.valuesOfType(constraint, node, depth + 1) : [{ kind: 'unknown', node }];
    }
    if (flags & ts.TypeFlags.Object || type.isIntersection()) {
      return type.getCallSignatures().length > 0 ? [{ kind: 'function', node }] : [{ kind: 'object', node }];
    }
    return [{ kind: 'unknown', node }];
  }

  /** The values of property `name` of the checker's type of an expression. */
  typePropertyValues(node: TSESTree.Node, name: string): Value[] {
    const tsNode = this.tsNode(node);
    const type = this.checker.getTypeAtLocation(tsNode);
    return this.propertyValuesOfType(type, name, node, tsNode);
  }

  private propertyValuesOfType(type: ts.Type, name: string, node: TSESTree.Node, tsNode: ts.Node): Value[] {
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return [{ kind: 'unknown', node }];
    if (type.flags & ts.TypeFlags.TypeParameter) {
      const constraint = this.checker.getBaseConstraintOfType(type);
      if (!constraint) return [{ kind: 'unknown', node }];
      return this.propertyValuesOfType(constraint, name, node, tsNode);
    }
    const parts = type.isUnion() ? type.types : [type];
    const values: Value[] = [];
    for (const part of parts) {
      if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)) {
        values.push({ kind: 'absent', node });
        continue;
      }
      if (part.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
        values.push({ kind: 'unknown', node });
        continue;
      }
      const symbol = this.checker.getPropertyOfType(part, name);
      if (!symbol) {
        const indexed = this.checker.getIndexInfosOfType(part).length > 0;
        values.push(indexed ? { kind: 'unknown', node } : { kind: 'absent', node });
        continue;
      }
      if (symbol.flags & ts.SymbolFlags.Optional) values.push({ kind: 'absent', node });
      const propertyType = this.checker.getTypeOfSymbolAtLocation(symbol, tsNode);
      values.push(...this.valuesOfType(propertyType, node, 0));
    }
    return values;
  }
}

function mayBeFalsy(value: Value): boolean {
  switch (value.kind) {
    case 'nullish':
    case 'absent':
    case 'anyString':
    case 'unknown':
      return true;
    case 'string':
      return value.value === '';
    case 'boolean':
      return !value.value;
    default:
      return false;
  }
}

function isDefinitelyFalsy(value: Value): boolean {
  return (
    value.kind === 'nullish' ||
    value.kind === 'absent' ||
    (value.kind === 'string' && value.value === '') ||
    (value.kind === 'boolean' && !value.value)
  );
}
