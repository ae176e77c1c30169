/**
 * Where the client behind an expression was made, as far as the file shows: variables (their
 * initializer and every assignment), declared class fields (`this.client`: the initializer and
 * every assignment in the class, lazy `??=` included), functions and methods of the file that
 * return a client (every `return`, both branches of a conditional), `await`, and `new` of an SDK
 * client class. A parameter, an import from another module, a call into a library or a property
 * a class assigns without declaring it is `unknown`: the syntax tier stays silent about it (the
 * typed tier may follow it).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { syntaxClientConstruction, type SyntaxConstruction } from './clients.js';
import { calleeName, enclosingClass, forEachNode, memberKeyName, returnedExpressions, thisMemberName, unwrapExpression } from './nodes.js';
import { findVariable, isDefinitionOf, onlyDefinition } from './scope.js';

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
    const result = this.traceExpression(node, 0, new Set());
    this.cache.set(node, result);
    return result;
  }

  private traceExpression(raw: Node, depth: number, visiting: Set<Node>): SyntaxOrigin[] {
    if (depth > MAX_DEPTH || visiting.has(raw)) return [];
    visiting.add(raw);
    try {
      return this.compute(raw, depth, visiting);
    } finally {
      visiting.delete(raw);
    }
  }

  private compute(raw: Node, depth: number, visiting: Set<Node>): SyntaxOrigin[] {
    const next = (expression: Node): SyntaxOrigin[] => this.traceExpression(expression, depth + 1, visiting);
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
        return this.traceVariable(node, depth, visiting);
      case AST_NODE_TYPES.MemberExpression: {
        const name = thisMemberName(node);
        return name === undefined ? [{ kind: 'unknown', node }] : this.traceField(node, name, depth, visiting);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.traceCall(node, depth, visiting);
      default:
        return [{ kind: 'unknown', node }];
    }
  }

  /** A variable: its initializer and every value assigned to it. */
  private traceVariable(node: TSESTree.Identifier, depth: number, visiting: Set<Node>): SyntaxOrigin[] {
    const variable = findVariable(this.sourceCode, node, node.name);
    const definition = onlyDefinition(variable);
    if (!variable || !isDefinitionOf(definition, 'Variable')) return [{ kind: 'unknown', node }];
    const declarator = definition.node;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return [{ kind: 'unknown', node }];
    if (namesPinnedType(declarator.id.typeAnnotation?.typeAnnotation, this.options.pinnedTypes)) return [{ kind: 'pinned', node }];
    const next = (expression: Node): SyntaxOrigin[] => this.traceExpression(expression, depth + 1, visiting);
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
    const next = (expression: Node): SyntaxOrigin[] => this.traceExpression(expression, depth + 1, visiting);
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
  private traceCall(call: TSESTree.CallExpression, depth: number, visiting: Set<Node>): SyntaxOrigin[] {
    // The configured factory, by name (as the typed tier knows it by its declaration's name).
    const factoryName = this.options.factoryName;
    if (factoryName !== undefined && calleeName(call.callee) === factoryName) return [{ kind: 'factory', node: call }];
    const fn = this.calleeFunction(call.callee);
    if (!fn) return [{ kind: 'unknown', node: call }];
    if (namesPinnedType(fn.returnType?.typeAnnotation, this.options.pinnedTypes)) return [{ kind: 'pinned', node: call }];
    const values = returnedExpressions(fn);
    if (values.length === 0) return [{ kind: 'unknown', node: call }];
    return values.flatMap((value) => this.traceExpression(value, depth + 1, visiting));
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
