/**
 * What values an expression, or a property of an object, may hold at run time, as far as the
 * syntax and the TypeScript checker can show. It works on TypeScript's own syntax tree, so it
 * follows `const` declarations, object literals and spreads into other files as easily as into
 * this one; class fields are read by what the class assigns them (`fields.ts`), and a copy bound
 * to one call site (`bound()`, `call-sites.ts`) reads a helper's parameters as that call's
 * arguments. The checker's types answer for everything else the syntax cannot see (parameters,
 * calls, declared types); a value typed `any` is `unknown` and marked untyped, unless it reads a
 * parameter or `this`, whose call sites decide it.
 *
 * One analyzer serves one program: results are cached per node and die with the program.
 */
import type ts from 'typescript';
import {
  afterSpread,
  afterWrite,
  boundProperty,
  boundValues,
  isDefinitelyFalsy,
  mayBeFalsy,
  type Binding,
  type PropertyValues as SdkPropertyValues,
  type Value as SdkValue,
  type WriteOperator,
} from '../sdk/index.js';
import { fieldWrites } from './fields.js';
import { ruledOutAt } from './guards.js';
import { typescript } from './typescript.js';
import {
  accessName,
  assignmentsTo,
  elementName,
  enclosingFunctionOrFile,
  writtenOnlyByAssignment,
  isProcessEnvRead,
  unwrapLiteral,
  type ResolveSymbol,
} from './nodes.js';

/** A value as the typed tier reads it: the node is on TypeScript's tree. */
export type Value = SdkValue<ts.Node>;

/** A property's possible values, with the object literal element that sets them. */
export type PropertyValues = SdkPropertyValues<ts.Node, ts.ObjectLiteralElementLike>;

const MAX_DEPTH = 12;

/** A computed key that is a symbol: it never names a string property. */
const NOT_A_STRING_KEY = Symbol('not a string key');

/**
 * What a parameter stands for at one call site (`call-sites.ts`): the argument, read by the
 * caller's own analyzer, or one key of it for a destructured parameter.
 */
/** A parameter bound to a call site's argument, read on TypeScript's tree. */
export type TypedBinding = Binding<ts.Node, ts.Expression, ts.ObjectLiteralElementLike>;

export class ValueAnalyzer {
  readonly checker: ts.TypeChecker;
  private readonly expressionCache = new WeakMap<ts.Node, Value[]>();
  private readonly propertyCache = new WeakMap<ts.Node, Map<string, PropertyValues>>();

  constructor(
    readonly program: ts.Program,
    private readonly bindings: ReadonlyMap<ts.Symbol, TypedBinding> = new Map(),
  ) {
    this.checker = program.getTypeChecker();
  }

  /** Fields whose assigned values are being expanded (`this.region = this.region || …` reads itself). */
  private readonly expandingFields = new Set<string>();

  /**
   * `read` over every value a class gives the field `this.<name>` (`fields.ts`); undefined when
   * the node is no such field. Inside its own assignments the field is unknown.
   */
  private overFieldValues<T>(node: ts.Node, read: (expression: ts.Expression) => T[], unknown: T): T[] | undefined {
    const field = fieldWrites(node);
    if (!field) return undefined;
    const key = `${field.owner.pos}:${field.name}`;
    if (this.expandingFields.has(key)) return [unknown];
    this.expandingFields.add(key);
    try {
      return field.written.flatMap(read);
    } finally {
      this.expandingFields.delete(key);
    }
  }

  /** The same reading with parameters bound to a call site's arguments (fresh caches: the answers differ). */
  bound(bindings: ReadonlyMap<ts.Symbol, TypedBinding>): ValueAnalyzer {
    return new ValueAnalyzer(this.program, bindings);
  }

  /** The binding of a parameter this analyzer stands at a call site for. */
  private bindingOf(node: ts.Node): TypedBinding | undefined {
    if (this.bindings.size === 0 || !typescript.isIdentifier(node)) return undefined;
    const symbol = this.resolveSymbol(node);
    return symbol && this.bindings.get(symbol);
  }


  /** {@link resolveSymbol}, bound, for the helpers that take a resolver. */
  readonly resolve: ResolveSymbol = (node) => this.resolveSymbol(node);

  /** The symbol a name stands for, through imports and re-exports. */
  resolveSymbol(node: ts.Node): ts.Symbol | undefined {
    let symbol = this.checker.getSymbolAtLocation(node);
    if (symbol && typescript.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) {
      symbol = this.checker.getShorthandAssignmentValueSymbol(node.parent) ?? symbol;
    }
    if (symbol && symbol.flags & typescript.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  /** The initializer of the `const` an identifier names, in whatever file declares it. */
  constInitializer(node: ts.Identifier): ts.Expression | undefined {
    const declaration = this.resolveSymbol(node)?.valueDeclaration;
    if (!declaration || !typescript.isVariableDeclaration(declaration) || !typescript.isIdentifier(declaration.name)) return undefined;
    if (!(typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const)) return undefined;
    return declaration.initializer;
  }

  /** `let` variables whose assigned values are being expanded (a rebuild like `c = { ...c, x }` reads itself). */
  private readonly expanding = new Set<ts.Symbol>();

  /**
   * Every value a `let` (or `var`) with an initializer may hold: the initializer and each value
   * assigned to it in its scope (`config = { ...config, endpoint }` when an option is set). The
   * declared type (`let config: S3ClientConfig`) would say every option may be missing. Inside its
   * own assignments the variable stands for its initializer. Undefined for anything else.
   */
  private letValues(node: ts.Identifier): ts.Expression[] | undefined {
    const symbol = this.resolveSymbol(node);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration || !typescript.isVariableDeclaration(declaration) || !typescript.isIdentifier(declaration.name)) return undefined;
    if (!declaration.initializer || !typescript.isVariableStatement(declaration.parent.parent)) return undefined;
    if (typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const) return undefined;
    if (this.expanding.has(symbol)) return [declaration.initializer];
    const scope = enclosingFunctionOrFile(declaration.parent);
    // Written some other way (`+=`, `++`, destructuring, a loop head): the assignments do not tell.
    if (!writtenOnlyByAssignment(scope, symbol, this.resolve)) return undefined;
    const reference = { kind: 'variable', symbol } as const;
    const values: ts.Expression[] = [declaration.initializer];
    for (const assignment of assignmentsTo(scope, reference, this.resolve)) values.push(assignment.right);
    return values;
  }

  /**
   * `read` over every value a `let` may hold ({@link letValues}), with the variable standing for its
   * initializer inside its own assignments; undefined when the identifier is no such `let`.
   */
  private overLetValues(node: ts.Identifier, read: (expression: ts.Expression) => Value[]): Value[] | undefined {
    const assigned = this.letValues(node);
    const symbol = assigned && this.resolveSymbol(node);
    if (!assigned || !symbol) return undefined;
    const outermost = !this.expanding.has(symbol);
    this.expanding.add(symbol);
    try {
      return assigned.flatMap(read);
    } finally {
      if (outermost) this.expanding.delete(symbol);
    }
  }

  private isGlobalUndefined(node: ts.Identifier): boolean {
    if (node.text !== 'undefined') return false;
    const symbol = this.checker.getSymbolAtLocation(node);
    return symbol === undefined || symbol.valueDeclaration === undefined;
  }

  /** How many reads have been cut off at the depth limit: an answer that saw one is not cached. */
  private truncations = 0;

  /** The possible values of an expression. */
  expression(node: ts.Expression, depth = 0): Value[] {
    const cached = this.expressionCache.get(node);
    if (cached) return cached;
    const before = this.truncations;
    const result = this.computeExpression(node, depth);
    if (this.truncations === before) this.expressionCache.set(node, result);
    return result;
  }

  private computeExpression(raw: ts.Expression, depth: number): Value[] {
    if (depth > MAX_DEPTH) {
      this.truncations++;
      return [{ kind: 'unknown', node: raw }];
    }
    const node = unwrapLiteral(raw);
    if (typescript.isStringLiteralLike(node)) return [{ kind: 'string', value: node.text, node }];
    if (node.kind === typescript.SyntaxKind.TrueKeyword) return [{ kind: 'boolean', value: true, node }];
    if (node.kind === typescript.SyntaxKind.FalseKeyword) return [{ kind: 'boolean', value: false, node }];
    if (node.kind === typescript.SyntaxKind.NullKeyword) return [{ kind: 'nullish', node }];
    if (typescript.isTemplateExpression(node)) return [{ kind: 'anyString', node }];
    if (typescript.isIdentifier(node)) {
      if (this.isGlobalUndefined(node)) return [{ kind: 'nullish', node }];
      const binding = this.bindingOf(node);
      if (binding) return boundValues(binding, depth);
      const init = this.constInitializer(node);
      if (init) return this.afterGuards(node, this.expression(init, depth + 1));
      // A `let` (or `var`): its initializer and every value assigned to it, as property reads do.
      const values = this.overLetValues(node, (expression) => this.expression(expression, depth + 1));
      return values ?? this.typeValues(node);
    }
    if (isProcessEnvRead(node)) return [{ kind: 'anyString', node }, { kind: 'nullish', node }];
    const field = this.overFieldValues<Value>(node, (expression) => this.expression(expression, depth + 1), { kind: 'unknown', node });
    if (field) return field;
    if (typescript.isPropertyAccessExpression(node) || typescript.isElementAccessExpression(node)) {
      const name = accessName(node);
      if (name !== undefined && this.isLiteralObject(node.expression)) {
        // A parameter bound to a call site: a missing key is reported where the argument lacks it.
        const at = this.bindingOf(unwrapLiteral(node.expression)) ? (v: Value): ts.Node => v.node ?? node : (): ts.Node => node;
        return this.property(node.expression, name, depth + 1).values.map((v) =>
          v.kind === 'absent' ? { kind: 'nullish', node: at(v) } : v,
        );
      }
      return this.typeValues(node);
    }
    if (typescript.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === typescript.SyntaxKind.QuestionQuestionToken) {
        const left = this.expression(node.left, depth + 1);
        if (!left.some((v) => v.kind === 'nullish' || v.kind === 'unknown')) return left;
        return [...left.filter((v) => v.kind !== 'nullish'), ...this.expression(node.right, depth + 1)];
      }
      if (operator === typescript.SyntaxKind.BarBarToken) {
        const left = this.expression(node.left, depth + 1);
        if (!left.some(mayBeFalsy)) return left;
        return [...left.filter((v) => !isDefinitelyFalsy(v)), ...this.expression(node.right, depth + 1)];
      }
      return this.typeValues(node);
    }
    if (typescript.isConditionalExpression(node)) {
      return [...this.expression(node.whenTrue, depth + 1), ...this.expression(node.whenFalse, depth + 1)];
    }
    if (typescript.isNonNullExpression(node)) {
      return this.expression(node.expression, depth + 1).filter((v) => v.kind !== 'nullish');
    }
    if (typescript.isArrowFunction(node) || typescript.isFunctionExpression(node)) return [{ kind: 'function', node }];
    if (typescript.isObjectLiteralExpression(node) || typescript.isNewExpression(node) || typescript.isArrayLiteralExpression(node)) {
      return [{ kind: 'object', node }];
    }
    return this.typeValues(node);
  }

  /** A `const` read after `if (!name) throw …` (or `return`): the values the guard rules out are gone. */
  private afterGuards(node: ts.Identifier, values: Value[]): Value[] {
    if (!values.some((v) => isDefinitelyFalsy(v))) return values;
    const symbol = this.resolveSymbol(node);
    if (!symbol) return values;
    const ruled = ruledOutAt(node, (other) => typescript.isIdentifier(other) && other.text === node.text && this.resolveSymbol(other) === symbol);
    if (ruled === 'falsy') return values.filter((v) => !isDefinitelyFalsy(v));
    if (ruled === 'nullish') return values.filter((v) => v.kind !== 'nullish' && v.kind !== 'absent');
    return values;
  }

  /** The possible values of property `name` of the object an expression evaluates to. */
  property(node: ts.Expression, name: string, depth = 0): PropertyValues {
    let byName = this.propertyCache.get(node);
    const cached = byName?.get(name);
    if (cached) return cached;
    const before = this.truncations;
    const result = this.computeProperty(node, name, depth);
    if (this.truncations !== before) return result;
    if (!byName) {
      byName = new Map();
      this.propertyCache.set(node, byName);
    }
    byName.set(name, result);
    return result;
  }

  private computeProperty(raw: ts.Expression, name: string, depth: number): PropertyValues {
    if (depth > MAX_DEPTH) {
      this.truncations++;
      return { values: [{ kind: 'unknown', node: raw }] };
    }
    const node = unwrapLiteral(raw);
    if (typescript.isObjectLiteralExpression(node)) return this.objectLiteralProperty(node, name, depth);
    // `{ … } as S3ClientConfig`: the literal says more than the type it is asserted to have.
    if ((typescript.isAsExpression(node) || typescript.isTypeAssertionExpression(node)) && typescript.isObjectLiteralExpression(unwrapLiteral(node.expression))) {
      return this.property(node.expression, name, depth + 1);
    }
    if (typescript.isIdentifier(node)) {
      if (this.isGlobalUndefined(node)) return { values: [{ kind: 'absent', node }] };
      const binding = this.bindingOf(node);
      if (binding) return boundProperty(binding, name, depth, (object) => (typescript.isExpression(object) ? object : undefined));
      const init = this.constInitializer(node);
      if (init) return this.withMemberWrites(node, name, this.property(init, name, depth + 1), depth);
      const values = this.overLetValues(node, (expression) => this.property(expression, name, depth + 1).values);
      if (values) return this.withMemberWrites(node, name, { values }, depth);
      return { values: this.typePropertyValues(node, name) };
    }
    if (typescript.isConditionalExpression(node)) {
      const a = this.property(node.whenTrue, name, depth + 1);
      const b = this.property(node.whenFalse, name, depth + 1);
      return { values: [...a.values, ...b.values] };
    }
    if (
      typescript.isBinaryExpression(node) &&
      (node.operatorToken.kind === typescript.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === typescript.SyntaxKind.BarBarToken)
    ) {
      const a = this.property(node.left, name, depth + 1);
      const b = this.property(node.right, name, depth + 1);
      return { values: [...a.values, ...b.values] };
    }
    if (typescript.isNonNullExpression(node)) return this.property(node.expression, name, depth + 1);
    if (node.kind === typescript.SyntaxKind.NullKeyword) return { values: [{ kind: 'absent', node }] };
    const field = this.overFieldValues<Value>(node, (expression) => this.property(expression, name, depth + 1).values, { kind: 'unknown', node });
    if (field) return { values: field };
    if (typescript.isPropertyAccessExpression(node) || typescript.isElementAccessExpression(node)) {
      const member = accessName(node);
      if (member !== undefined && this.isLiteralObject(node.expression)) {
        const outer = this.property(node.expression, member, depth + 1);
        const values: Value[] = [];
        for (const value of outer.values) {
          if (value.kind === 'absent' || value.kind === 'nullish') values.push({ kind: 'absent', node });
          else if (value.kind === 'object' && value.node && typescript.isExpression(value.node)) {
            values.push(...this.property(value.node, name, depth + 1).values);
          } else values.push(...this.typePropertyValues(node, name));
        }
        return { values };
      }
    }
    return { values: this.typePropertyValues(node, name) };
  }

  private objectLiteralProperty(node: ts.ObjectLiteralExpression, name: string, depth: number): PropertyValues {
    let result: PropertyValues = { values: [{ kind: 'absent', node }] };
    for (const element of node.properties) {
      if (typescript.isSpreadAssignment(element)) {
        const spread = this.property(element.expression, name, depth + 1);
        result = afterSpread(result, spread, this.bindingOf(unwrapLiteral(element.expression)) !== undefined);
        continue;
      }
      const key = elementName(element) ?? this.computedKey(element);
      if (key === NOT_A_STRING_KEY) continue;
      if (key === undefined) {
        // A computed key that may be this one: it may set the property, to anything.
        if (element.name && typescript.isComputedPropertyName(element.name)) {
          result = { values: [...result.values.filter((v) => v.kind !== 'absent'), { kind: 'unknown', node: element }] };
        }
        continue;
      }
      if (key !== name) continue;
      if (typescript.isPropertyAssignment(element)) {
        result = { values: this.expression(element.initializer, depth + 1), property: element };
      } else if (typescript.isShorthandPropertyAssignment(element)) {
        result = { values: this.expression(element.name, depth + 1), property: element };
      } else if (typescript.isMethodDeclaration(element)) {
        result = { values: [{ kind: 'function', node: element }], property: element };
      } else {
        result = { values: [{ kind: 'unknown', node: element }], property: element };
      }
    }
    return result;
  }

  /**
   * The name a computed key stands for when its type is one string literal (`[key]` with
   * `const key = 'region'`), {@link NOT_A_STRING_KEY} for symbols, undefined when unknown.
   */
  private computedKey(element: ts.ObjectLiteralElementLike): string | typeof NOT_A_STRING_KEY | undefined {
    if (typescript.isSpreadAssignment(element) || !typescript.isComputedPropertyName(element.name)) return undefined;
    const type = this.checker.getTypeAtLocation(element.name.expression);
    if (type.isStringLiteral()) return type.value;
    if (type.isNumberLiteral()) return String(type.value);
    if (type.flags & typescript.TypeFlags.ESSymbolLike) return NOT_A_STRING_KEY;
    return undefined;
  }

  /**
   * `cfg.name = value` assignments to a `const` object (in the scope that declares it) add to the
   * values, or replace them when they stand unconditionally right in the declaring block.
   */
  private withMemberWrites(id: ts.Identifier, name: string, initial: PropertyValues, depth: number): PropertyValues {
    const symbol = this.resolveSymbol(id);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration || !typescript.isVariableDeclaration(declaration)) return initial;
    const block = declaration.parent.parent.parent;
    const reference = { kind: 'member', of: symbol, name } as const;
    let result = initial;
    for (const assignment of assignmentsTo(block, reference, this.resolve)) {
      const assigned = this.expression(assignment.right, depth + 1);
      const unconditional = typescript.isExpressionStatement(assignment.parent) && assignment.parent.parent === block;
      result = { values: afterWrite(result.values, writeOperator(assignment.operatorToken.kind), assigned, unconditional) };
    }
    return result;
  }

  /** An identifier bound to a `const` whose initializer is an object literal. */
  private isLiteralObject(node: ts.Expression): boolean {
    const inner = unwrapLiteral(node);
    if (!typescript.isIdentifier(inner)) return false;
    if (this.bindingOf(inner)) return true;
    const init = this.constInitializer(inner);
    return init !== undefined && typescript.isObjectLiteralExpression(unwrapLiteral(init));
  }

  /** The values the checker's type of an expression admits; `any` is untyped unless a parameter's call sites decide it. */
  typeValues(node: ts.Node): Value[] {
    const values = this.declaredTypeValues(node);
    if (!values.some((v) => v.kind === 'unknown' && v.untyped) || !isParameterRooted(node, this.resolve)) return values;
    return values.map((v) => (v.kind === 'unknown' ? { kind: 'unknown', node: v.node } : v));
  }

  private declaredTypeValues(node: ts.Node): Value[] {
    // A name's declared type first: asking for its type at this location can make the checker
    // resolve the enclosing call (the SDK's generic signatures). Only a declared type that admits
    // a missing or empty value needs the narrowed type at the location.
    if (typescript.isIdentifier(node) && typeof this.checker.getTypeOfSymbol === 'function') {
      const symbol = this.resolveSymbol(node);
      if (symbol && symbol.flags & typescript.SymbolFlags.Variable) {
        const declared = this.valuesOfType(this.checker.getTypeOfSymbol(symbol), node, 0);
        if (!declared.some((v) => v.kind === 'nullish' || v.kind === 'unknown')) return declared;
        // The type of this reference after control flow (`if (!region) throw …`), read off the
        // symbol rather than the expression, which would also resolve the enclosing call.
        return this.valuesOfType(this.checker.getTypeOfSymbolAtLocation(symbol, node), node, 0);
      }
    }
    return this.valuesOfType(this.checker.getTypeAtLocation(node), node, 0);
  }

  private valuesOfType(type: ts.Type, node: ts.Node, depth: number): Value[] {
    if (depth > 4) return [{ kind: 'unknown', node }];
    const flags = type.flags;
    if (flags & typescript.TypeFlags.Any) return [{ kind: 'unknown', node, untyped: true }];
    if (flags & typescript.TypeFlags.Unknown) return [{ kind: 'unknown', node }];
    if (flags & typescript.TypeFlags.Never) return [];
    if (type.isUnion()) {
      const values = type.types.flatMap((part) => this.valuesOfType(part, node, depth + 1));
      // A declared `boolean` (`true | false`) says nothing about the value; a literal `true` does.
      const isTrue = values.some((v) => v.kind === 'boolean' && v.value);
      const isFalse = values.some((v) => v.kind === 'boolean' && !v.value);
      if (!isTrue || !isFalse) return values;
      return [...values.filter((v) => v.kind !== 'boolean'), { kind: 'unknown', node }];
    }
    if (flags & (typescript.TypeFlags.Undefined | typescript.TypeFlags.Null | typescript.TypeFlags.Void)) return [{ kind: 'nullish', node }];
    if (type.isStringLiteral()) return [{ kind: 'string', value: type.value, node }];
    if (flags & (typescript.TypeFlags.String | typescript.TypeFlags.TemplateLiteral | typescript.TypeFlags.StringMapping)) {
      return [{ kind: 'anyString', node }];
    }
    if (flags & typescript.TypeFlags.BooleanLiteral) {
      // `intrinsicName` is how TypeScript names `true`; getTrueType() is not public before 5.x.
      return [{ kind: 'boolean', value: (type as { intrinsicName?: string }).intrinsicName === 'true', node }];
    }
    if (flags & typescript.TypeFlags.TypeParameter) {
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint ? this.valuesOfType(constraint, node, depth + 1) : [{ kind: 'unknown', node }];
    }
    if (flags & typescript.TypeFlags.Object || type.isIntersection()) {
      return type.getCallSignatures().length > 0 ? [{ kind: 'function', node }] : [{ kind: 'object', node }];
    }
    return [{ kind: 'unknown', node }];
  }

  /** The values of property `name` of the checker's type of an expression. */
  typePropertyValues(node: ts.Node, name: string): Value[] {
    return this.propertyValuesOfType(this.checker.getTypeAtLocation(node), name, node);
  }

  private propertyValuesOfType(type: ts.Type, name: string, node: ts.Node): Value[] {
    if (type.flags & (typescript.TypeFlags.Any | typescript.TypeFlags.Unknown)) return [{ kind: 'unknown', node }];
    if (type.flags & typescript.TypeFlags.TypeParameter) {
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint ? this.propertyValuesOfType(constraint, name, node) : [{ kind: 'unknown', node }];
    }
    const values: Value[] = [];
    for (const part of type.isUnion() ? type.types : [type]) {
      if (part.flags & (typescript.TypeFlags.Undefined | typescript.TypeFlags.Null | typescript.TypeFlags.Void)) {
        values.push({ kind: 'absent', node });
        continue;
      }
      if (part.flags & (typescript.TypeFlags.Any | typescript.TypeFlags.Unknown)) {
        values.push({ kind: 'unknown', node });
        continue;
      }
      const symbol = this.checker.getPropertyOfType(part, name);
      if (!symbol) {
        const indexed = this.checker.getIndexInfosOfType(part).length > 0;
        values.push(indexed ? { kind: 'unknown', node } : { kind: 'absent', node });
        continue;
      }
      if (symbol.flags & typescript.SymbolFlags.Optional) values.push({ kind: 'absent', node });
      values.push(...this.valuesOfType(this.checker.getTypeOfSymbolAtLocation(symbol, node), node, 0));
    }
    return values;
  }
}

const analyzers = new WeakMap<ts.Program, ValueAnalyzer>();

/** The analyzer of a program, shared by every rule and file linted against it. */
export function analyzerFor(program: ts.Program): ValueAnalyzer {
  let analyzer = analyzers.get(program);
  if (!analyzer) {
    analyzer = new ValueAnalyzer(program);
    analyzers.set(program, analyzer);
  }
  return analyzer;
}

/**
 * Does this expression read a parameter, or `this` (`opts.region`, `config.get('x')`, `this.region`)?
 * Call sites decide what those hold (`call-sites.ts`); an `any` there is not untyped.
 */
function isParameterRooted(node: ts.Node, resolve: ResolveSymbol): boolean {
  let current = node;
  for (;;) {
    if (
      typescript.isPropertyAccessExpression(current) ||
      typescript.isElementAccessExpression(current) ||
      typescript.isCallExpression(current) ||
      typescript.isNonNullExpression(current) ||
      typescript.isParenthesizedExpression(current) ||
      typescript.isAsExpression(current) ||
      typescript.isAwaitExpression(current)
    ) {
      current = current.expression;
    } else break;
  }
  if (current.kind === typescript.SyntaxKind.ThisKeyword) return true;
  if (!typescript.isIdentifier(current)) return false;
  for (let declaration: ts.Node | undefined = resolve(current)?.valueDeclaration; declaration; declaration = declaration.parent) {
    if (typescript.isParameter(declaration)) return true;
    if (!typescript.isBindingElement(declaration) && !typescript.isObjectBindingPattern(declaration) && !typescript.isArrayBindingPattern(declaration)) break;
  }
  return false;
}

/** A storing assignment's operator as the shared vocabulary writes it. */
function writeOperator(kind: ts.SyntaxKind): WriteOperator {
  if (kind === typescript.SyntaxKind.QuestionQuestionEqualsToken) return '??=';
  if (kind === typescript.SyntaxKind.BarBarEqualsToken) return '||=';
  return '=';
}
