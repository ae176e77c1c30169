/**
 * Where text is not an endpoint at all, whatever it spells: module names, keys, types, patterns,
 * comparisons, the argument of a matching method, IAM principals, expected values in assertions.
 * The policy `no-global-endpoint` applies before it looks for hosts.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { PRINCIPAL_BLOCK, PRINCIPAL_KEYS, SERVICE_PRINCIPAL_CLASS } from '../sdk/index.js';
import { climbWrappers, methodCall, propertyName, unwrapExpression } from './nodes.js';

/**
 * Is the text of this expression not an endpoint by where it stands: module names, object and
 * class keys, types, enum member names, directives, `RegExp` patterns, comparisons, `switch` cases,
 * the argument of a matching method (`includes`, `startsWith`, `replace`, …), an IAM service
 * principal, or an expected value given to an assertion?
 */
export function isNonEndpointContext(root: TSESTree.Node): boolean {
  if (isAssertionArgument(root)) return true;
  let { child, parent } = climbWrappers(root);
  if (parent?.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    ({ child, parent } = climbWrappers(parent));
  }
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSImportType:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return true;
    case AST_NODE_TYPES.TSEnumMember:
      return parent.id === child;
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === child;
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
      return parent.key === child || isPrincipalValue(root);
    case AST_NODE_TYPES.BinaryExpression:
      return (
        parent.operator === '===' ||
        parent.operator === '!==' ||
        parent.operator === '==' ||
        parent.operator === '!=' ||
        parent.operator === 'in'
      );
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === child;
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression: {
      if (parent.callee === child) return false;
      if (isRegExpCallee(parent.callee) && parent.arguments[0] === child) return true;
      const method = methodCall(parent);
      if (method && MATCHING_METHODS.has(method.name) && parent.arguments[0] === child) return true;
      return isPrincipalValue(root);
    }
    default:
      return isPrincipalValue(root);
  }
}

/** Methods whose first argument is text being matched against, not a URL being requested. */
const MATCHING_METHODS = new Set([
  'endsWith',
  'has',
  'includes',
  'indexOf',
  'lastIndexOf',
  'match',
  'matchAll',
  'replace',
  'replaceAll',
  'search',
  'split',
  'startsWith',
]);

/** Names that start an assertion chain: `assert.equal(…)`, `expect(…).toBe(…)`, `chai.expect(…)`. */
const ASSERTION_ROOTS = new Set(['assert', 'expect', 'expectAsync', 'chai']);

/** Test contexts whose methods assert (ava's and tape's `t.is(…)`), when `t` is a callback's parameter. */
const TEST_CONTEXTS = new Set(['t']);

function calleeNamesServicePrincipal(callee: TSESTree.Node): boolean {
  let current = unwrapExpression(callee);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (current.property.type === AST_NODE_TYPES.Identifier && current.property.name === SERVICE_PRINCIPAL_CLASS) {
      return true;
    }
    current = unwrapExpression(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier && current.name === SERVICE_PRINCIPAL_CLASS;
}

function isRegExpCallee(callee: TSESTree.Node): boolean {
  return isRegExpOrUrl(callee, 'RegExp');
}

/** A callee that names the global `RegExp` or `URL`. */
function isRegExpOrUrl(callee: TSESTree.Node, name: 'RegExp' | 'URL'): boolean {
  const inner = unwrapExpression(callee);
  return inner.type === AST_NODE_TYPES.Identifier && inner.name === name;
}

/** `{ type: 'Service', identifiers: [...] }`: an IAM principal block (CDK for Terraform, Pulumi). */
function isServicePrincipalBlock(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      propertyName(property) === PRINCIPAL_BLOCK.typeKey &&
      property.value.type === AST_NODE_TYPES.Literal &&
      property.value.value === PRINCIPAL_BLOCK.serviceType,
  );
}

/**
 * Is the value of this expression an IAM service principal? It is when it sits (through arrays,
 * wrappers and branches) under a `Service:` / `Principal:` key, in `new ServicePrincipal(...)`,
 * or in the `identifiers` of a `{ type: 'Service' }` block.
 */
function isPrincipalValue(node: TSESTree.Node): boolean {
  let child = node;
  let parent = node.parent;
  while (parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === child) return false;
        child = parent;
        parent = parent.parent;
        continue;
      case AST_NODE_TYPES.Property: {
        if (parent.value !== child) return false;
        const key = propertyName(parent);
        if (key !== undefined && PRINCIPAL_KEYS.has(key)) return true;
        return (
          key === PRINCIPAL_BLOCK.identifiersKey &&
          parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
          isServicePrincipalBlock(parent.parent)
        );
      }
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.CallExpression:
        return parent.callee !== child && calleeNamesServicePrincipal(parent.callee);
      default:
        return false;
    }
  }
  return false;
}

/** Is this identifier a parameter of a function it stands in (a test callback's `t`)? */
function isEnclosingParameter(node: TSESTree.Identifier): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (
      (current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
        current.type === AST_NODE_TYPES.FunctionExpression ||
        current.type === AST_NODE_TYPES.FunctionDeclaration) &&
      current.params.some((param) => param.type === AST_NODE_TYPES.Identifier && param.name === node.name)
    ) {
      return true;
    }
  }
  return false;
}

/** Is this call an assertion (`assert…(…)`, `expect(…)…(…)`, `expectAsync(…)…`, `x.should…(…)`, a test context's `t.is(…)`)? */
function isAssertionCall(call: TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = unwrapExpression(call.callee);
  for (let i = 0; i < 16; i++) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      if (ASSERTION_ROOTS.has(current.name)) return true;
      return i > 0 && TEST_CONTEXTS.has(current.name) && isEnclosingParameter(current);
    }
    if (current.type === AST_NODE_TYPES.CallExpression) current = unwrapExpression(current.callee);
    else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (!current.computed && current.property.type === AST_NODE_TYPES.Identifier && current.property.name === 'should') {
        return true;
      }
      current = unwrapExpression(current.object);
    } else return false;
  }
  return false;
}

/**
 * Is this text an expected value given to an assertion (`assert.strictEqual(url, '…')`,
 * `expect(url).toBe('…')`, also inside array and object literals and `new URL(…).href`)? It is
 * compared, not requested; the code that builds the URL is where a finding belongs.
 */
function isAssertionArgument(root: TSESTree.Node): boolean {
  let { child, parent } = climbWrappers(root);
  while (parent) {
    if (parent.type === AST_NODE_TYPES.ArrayExpression || parent.type === AST_NODE_TYPES.ObjectExpression) {
      ({ child, parent } = climbWrappers(parent));
      continue;
    }
    // `new URL('/k', 'https://…')` and its `.href`, as an expected value.
    if (parent.type === AST_NODE_TYPES.NewExpression && parent.callee !== child && isRegExpOrUrl(parent.callee, 'URL')) {
      ({ child, parent } = climbWrappers(parent));
      continue;
    }
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child && child.type === AST_NODE_TYPES.NewExpression) {
      ({ child, parent } = climbWrappers(parent));
      continue;
    }
    if (parent.type === AST_NODE_TYPES.Property) {
      if (parent.value !== child) return false;
      ({ child, parent } = climbWrappers(parent));
      continue;
    }
    return parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== child && isAssertionCall(parent);
  }
  return false;
}

