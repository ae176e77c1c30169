/**
 * The static text shape of string-shaped ESTree expressions: string literals, template literals,
 * `+` and `+=` concatenation, `.concat(...)` on a string, `[...].join(sep)` of array literals and
 * the branches of conditional and logical expressions. Each known piece remembers where its
 * cooked text was written (`string-escapes.ts`), so that a host inside one literal can be
 * rewritten in place.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { callOfMember, climbWrappers, isStringLiteral, methodCall, unwrapExpression, type MethodCall } from './nodes.js';
import { escapeOffsets, jsxOffsets } from './string-escapes.js';
import { HOLE, either, expanded, knownPiece, sequence, type Alternative, type Piece } from './text-shape.js';

/** How many `const`s deep a shape is read (`const a = b + '.x'; const b = …`). */
const MAX_CONST_DEPTH = 3;

/**
 * Is this a string expression to be read as a whole: one that carries text (a string literal, a
 * template, `+`, `+=`, a conditional or logical expression, `.concat(...)` on a string,
 * `[...].join(...)`) and is not itself part of a larger one (which is read instead)?
 */
export function isOutermostStringExpression(node: TSESTree.Node): boolean {
  return carriesText(node) && !isShapePart(node);
}

/** `[...].join()` or `[...].join('<literal>')`: the array literal whose text is joined, and the separator. */
function joinCall(node: TSESTree.Node | undefined): { array: TSESTree.ArrayExpression; separator: string } | undefined {
  const method = methodCall(node);
  if (method?.name !== 'join' || method.args.length > 1) return undefined;
  const array = unwrapExpression(method.receiver);
  if (array.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const [separator] = method.args;
  if (!separator) return { array, separator: ',' };
  return isStringLiteral(separator) ? { array, separator: separator.value } : undefined;
}

/** `'text'.concat(a, b)` on a string expression: the string whose text is extended, and the arguments. */
function concatCall(node: TSESTree.Node | undefined): MethodCall | undefined {
  const method = methodCall(node);
  return method?.name === 'concat' && isStringShaped(method.receiver) ? method : undefined;
}

/** Could this expression be a string (so that `.concat(...)` on it joins text)? */
function isStringShaped(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return (
    isStringLiteral(inner) ||
    inner.type === AST_NODE_TYPES.TemplateLiteral ||
    (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+') ||
    concatCall(inner) !== undefined
  );
}

/** Does this expression build text that is read as a shape? */
function carriesText(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return isStringLiteral(node);
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+';
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '+=';
    case AST_NODE_TYPES.CallExpression:
      return joinCall(node) !== undefined || concatCall(node) !== undefined;
    default:
      return false;
  }
}

/** Is this expression one piece of a larger text shape (so the larger one is checked instead)? */
function isShapePart(node: TSESTree.Node): boolean {
  const { child, parent } = climbWrappers(node);
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === '+';
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.operator === '+=' && parent.right === child;
    case AST_NODE_TYPES.CallExpression:
      return parent.callee !== child && concatCall(parent) !== undefined;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === child && concatCall(callOfMember(parent)) !== undefined;
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.LogicalExpression:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== child;
    case AST_NODE_TYPES.ArrayExpression: {
      const member = climbWrappers(parent).parent;
      return member?.type === AST_NODE_TYPES.MemberExpression && joinCall(callOfMember(member))?.array === parent;
    }
    default:
      return false;
  }
}

function literalPiece(node: TSESTree.StringLiteral, sourceText: string): Piece {
  const raw = sourceText.slice(node.range[0] + 1, node.range[1] - 1);
  const inJsx = node.parent.type === AST_NODE_TYPES.JSXAttribute;
  const offsets = inJsx ? jsxOffsets(raw) : escapeOffsets(raw, node.value.length, false);
  return knownPiece(node.value, offsets ? { rawStart: node.range[0] + 1, offsets } : undefined);
}

function quasiPiece(quasi: TSESTree.TemplateElement, sourceText: string): Piece {
  // `cooked` is null for an invalid escape in a tagged template, whatever the type says; the
  // tag still gets the raw text (String.raw), which is read then, without fixes.
  const { cooked } = quasi.value as { cooked: string | null };
  if (cooked === null) return knownPiece(quasi.value.raw, undefined);
  // The element's range includes its delimiters: a backtick or `}` before, `${` or a backtick after.
  const rawStart = quasi.range[0] + 1;
  const rawEnd = quasi.range[1] - (quasi.tail ? 1 : 2);
  const offsets = escapeOffsets(sourceText.slice(rawStart, rawEnd), cooked.length, true);
  return knownPiece(cooked, offsets ? { rawStart, offsets } : undefined);
}

/** The shape of a call argument or array element: a spread is unknown text. */
function elementShape(element: TSESTree.CallExpressionArgument, sourceText: string, depth: number, expandConsts: boolean): Alternative[] {
  return element.type === AST_NODE_TYPES.SpreadElement ? [[HOLE]] : shapeOf(element, sourceText, depth, expandConsts);
}

/** Does a binding pattern (a parameter, a declarator's target) bind `name`? */
function bindsName(pattern: TSESTree.Node | null, name: string): boolean {
  if (!pattern) return false;
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return pattern.name === name;
    case AST_NODE_TYPES.AssignmentPattern:
      return bindsName(pattern.left, name);
    case AST_NODE_TYPES.RestElement:
      return bindsName(pattern.argument, name);
    case AST_NODE_TYPES.TSParameterProperty:
      return bindsName(pattern.parameter, name);
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.some((element) => bindsName(element, name));
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.some((property) => bindsName(property.type === AST_NODE_TYPES.Property ? property.value : property, name));
    default:
      return false;
  }
}

/** What a statement of a block declares under `name`: a `const` with its initializer, something else, or nothing. */
function declaredIn(statement: TSESTree.Node, name: string): { init: TSESTree.Expression | null } | 'other' | undefined {
  const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
  if (!declaration) return undefined;
  switch (declaration.type) {
    case AST_NODE_TYPES.VariableDeclaration:
      for (const declarator of declaration.declarations) {
        if (!bindsName(declarator.id, name)) continue;
        return declaration.kind === 'const' && declarator.id.type === AST_NODE_TYPES.Identifier ? { init: declarator.init } : 'other';
      }
      return undefined;
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.TSEnumDeclaration:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return declaration.id?.type === AST_NODE_TYPES.Identifier && declaration.id.name === name ? 'other' : undefined;
    case AST_NODE_TYPES.ImportDeclaration:
      return declaration.specifiers.some((specifier) => specifier.local.name === name) ? 'other' : undefined;
    default:
      return undefined;
  }
}

/**
 * The initializer of the same-file `const` a name refers to, found by walking out through the
 * blocks around it (a closer parameter, `catch` binding, loop variable or declaration of the
 * name hides it). Undefined for anything else: a `let`, a parameter, an import.
 */
function constInitializer(id: TSESTree.Identifier): TSESTree.Expression | undefined {
  const name = id.name;
  for (let node: TSESTree.Node | undefined = id.parent; node; node = node.parent) {
    switch (node.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
        if (node.params.some((param) => bindsName(param, name))) return undefined;
        if (node.type === AST_NODE_TYPES.FunctionExpression && node.id?.name === name) return undefined;
        break;
      case AST_NODE_TYPES.CatchClause:
        if (bindsName(node.param, name)) return undefined;
        break;
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement: {
        const head = node.type === AST_NODE_TYPES.ForStatement ? node.init : node.left;
        if (head?.type === AST_NODE_TYPES.VariableDeclaration && head.declarations.some((d) => bindsName(d.id, name))) return undefined;
        break;
      }
      case AST_NODE_TYPES.ClassExpression:
        if (node.id?.name === name) return undefined;
        break;
      case AST_NODE_TYPES.Program:
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.SwitchCase: {
        const statements = node.type === AST_NODE_TYPES.SwitchCase ? node.consequent : node.body;
        for (const statement of statements) {
          const found = declaredIn(statement, name);
          if (found === 'other') return undefined;
          if (found) return found.init ?? undefined;
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/**
 * The static text shape of an expression: its possible texts, with unknown holes. A name bound to
 * a same-file `const` is read through (its branches too, up to {@link MAX_CONST_DEPTH} deep); its
 * pieces are marked `expanded`, since they are written, and checked, where the `const` is.
 */
export function shapeOf(node: TSESTree.Node, sourceText: string, depth = 0, expandConsts = true): Alternative[] {
  const shape = (child: TSESTree.Node): Alternative[] => shapeOf(child, sourceText, depth, expandConsts);
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      return isStringLiteral(inner) ? [[literalPiece(inner, sourceText)]] : [[HOLE]];
    case AST_NODE_TYPES.TemplateLiteral: {
      const parts: Alternative[][] = [];
      inner.quasis.forEach((quasi, index) => {
        parts.push([[quasiPiece(quasi, sourceText)]]);
        const expression = inner.expressions[index];
        if (expression) parts.push(shape(expression));
      });
      return sequence(parts);
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (inner.operator !== '+') return [[HOLE]];
      // Flatten the left-leaning chain `a + b + c` without recursion.
      const operands: TSESTree.Node[] = [];
      let current: TSESTree.Node = inner;
      while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
        operands.push(current.right);
        current = unwrapExpression(current.left);
      }
      operands.push(current);
      operands.reverse();
      return sequence(operands.map((operand) => shape(operand)));
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return either([shape(inner.consequent), shape(inner.alternate)]);
    case AST_NODE_TYPES.LogicalExpression:
      return either([shape(inner.left), shape(inner.right)]);
    case AST_NODE_TYPES.AssignmentExpression:
      return inner.operator === '+=' ? sequence([[[HOLE]], shape(inner.right)]) : [[HOLE]];
    case AST_NODE_TYPES.CallExpression: {
      const concat = concatCall(inner);
      if (concat) {
        const parts = [shape(concat.receiver)];
        for (const argument of concat.args) parts.push(elementShape(argument, sourceText, depth, expandConsts));
        return sequence(parts);
      }
      const join = joinCall(inner);
      if (!join) return [[HOLE]];
      const separator: Alternative[] = [[knownPiece(join.separator, undefined)]];
      const parts: Alternative[][] = [];
      join.array.elements.forEach((element, index) => {
        if (index > 0) parts.push(separator);
        if (element === null) return;
        parts.push(elementShape(element, sourceText, depth, expandConsts));
      });
      return sequence(parts);
    }
    case AST_NODE_TYPES.Identifier: {
      const init = expandConsts && depth < MAX_CONST_DEPTH ? constInitializer(inner) : undefined;
      return init ? expanded(shapeOf(init, sourceText, depth + 1)) : [[HOLE]];
    }
    default:
      return [[HOLE]];
  }
}
