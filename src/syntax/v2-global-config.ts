/**
 * What the file writes into SDK v2's global config (`sdk/declarations.ts` `V2_GLOBAL_CONFIG`):
 * `AWS.config.update({ region })`, `AWS.config.region = …`, and `AWS.config.loadFromPath(…)` (a
 * region the file does not show). Read once per file, only when a v2 client without a region of
 * its own is judged.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { V2_GLOBAL_CONFIG, isV2GlobalConfig, type GlobalRegion } from '../sdk/index.js';
import { forEachNode, unwrapExpression } from './nodes.js';
import { modulePathOf } from './sdk-bindings.js';
import type { SyntaxValue, SyntaxValues } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const cache = new WeakMap<TSESTree.Program, { region: GlobalRegion<TSESTree.Node> }>();

/** Is this expression `AWS.config` (of `aws-sdk`, however it is imported)? */
function isGlobalConfig(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return isV2GlobalConfig(modulePathOf(sourceCode, node));
}

function memberOf(node: TSESTree.Node): { object: TSESTree.Expression; name: string } | undefined {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && inner.property.type === AST_NODE_TYPES.Identifier
    ? { object: inner.object, name: inner.property.name }
    : undefined;
}

/** The regions the file writes into SDK v2's global config; undefined when it writes none. */
export function v2GlobalRegion(sourceCode: SourceCode, values: SyntaxValues): GlobalRegion<TSESTree.Node> {
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached.region;
  const found: SyntaxValue[] = [];
  if (sourceCode.text.includes('.config')) {
    forEachNode(program, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const method = memberOf(node.callee);
        if (!method || !isGlobalConfig(sourceCode, method.object)) return;
        if ((V2_GLOBAL_CONFIG.opaqueSetters as readonly string[]).includes(method.name)) found.push({ kind: 'unknown', node });
        if (!(V2_GLOBAL_CONFIG.regionSetters as readonly string[]).includes(method.name)) return;
        const [argument] = node.arguments;
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) {
          found.push({ kind: 'unknown', node });
          return;
        }
        // `update({ accessKeyId, secretAccessKey })` sets no region.
        found.push(...values.property(argument, 'region').values.filter((v) => v.kind !== 'absent'));
      } else if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') {
        const target = memberOf(node.left);
        if (target?.name === 'region' && isGlobalConfig(sourceCode, target.object)) found.push(...values.expression(node.right));
      }
    }, { intoClasses: true });
  }
  const region = found.length > 0 ? found : undefined;
  cache.set(program, { region });
  return region;
}
