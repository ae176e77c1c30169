/**
 * Where S3 clients are constructed: `new S3Client(…)`, `new AWS.S3(…)`, a subclass without its own
 * constructor, and `super(…)` inside a subclass constructor. The class is identified by the
 * declaration of the constructor the checker resolves, never by the local name.
 */
import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import { clientClassOfConstructor, type ClientClass } from '../sdk/index.js';

export interface ClientConstruction {
  node: TSESTree.NewExpression | TSESTree.CallExpression;
  clientClass: ClientClass;
  /** The config argument; undefined when there is none. */
  config: TSESTree.Node | undefined;
  /** The config is spread from an array (`new S3Client(...args)`): nothing can be read. */
  spreadArguments: boolean;
}

const cache = new WeakMap<TSESTree.Node, ClientConstruction | null>();

export function clientConstruction(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.NewExpression | TSESTree.CallExpression,
): ClientConstruction | undefined {
  const cached = cache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  const result = compute(services, node);
  cache.set(node, result ?? null);
  return result;
}

function compute(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.NewExpression | TSESTree.CallExpression,
): ClientConstruction | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type !== AST_NODE_TYPES.Super) return undefined;
  const tsNode = services.esTreeNodeToTSNodeMap.get(node) as ts.CallLikeExpression;
  const signature = services.program.getTypeChecker().getResolvedSignature(tsNode);
  const clientClass = clientClassOfConstructor(signature?.declaration ?? undefined);
  if (!clientClass) return undefined;
  const first = node.arguments[0];
  return {
    node,
    clientClass,
    config: first?.type === AST_NODE_TYPES.SpreadElement ? undefined : first,
    spreadArguments: first?.type === AST_NODE_TYPES.SpreadElement,
  };
}
