/**
 * MinIO clients as the file shows them: the config object of a `new Client({ endPoint, region })`
 * whose `Client` is minio's by its import, when a string expression is that config's `endPoint`.
 * What minio does with the endpoint is minio's own answer (`sdk/signers.ts`, `judgeMinioEndpoint`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { MINIO } from '../sdk/index.js';
import { climbWrappers, propertyName } from './nodes.js';
import { sdkThingOf } from './sdk-bindings.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The config object literal of a minio `Client` construction whose `endPoint` property's value is
 * `node` (`new Minio.Client({ endPoint: 's3.amazonaws.com', … })`); undefined otherwise.
 */
export function minioConfigOfEndpoint(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const value = climbWrappers(node);
  const property = value.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== value.child || propertyName(property) !== MINIO.endpointOption) {
    return undefined;
  }
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const argument = climbWrappers(object);
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.NewExpression || call.arguments[0] !== argument.child) return undefined;
  return sdkThingOf(sourceCode, call.callee)?.thing === 'minioClient' ? object : undefined;
}
