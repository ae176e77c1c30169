/**
 * The syntax tier's reading of a client config for the one judgement in `sdk/client-config.ts`:
 * each option's values as the file shows them (`values.ts`), and for SDK v2 the region the file
 * writes into the global config (`v2-global-config.ts`).
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  BUCKET_PARAMETER,
  configReader,
  judgeBucketUse,
  judgeConstruction,
  type BucketContext,
  type BucketFinding,
  type ConfigJudgement,
  type JudgeOptions,
  type SigningClient,
} from '../sdk/index.js';
import type { SyntaxConstruction } from './clients.js';
import { v2GlobalRegion } from './v2-global-config.js';
import type { SyntaxValues } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type SyntaxJudgement = ConfigJudgement<TSESTree.Node, TSESTree.Property>;

/** Judges the config a construction passes, as the file shows it. */
export function judgeSyntaxConfig(
  sourceCode: SourceCode,
  values: SyntaxValues,
  construction: SyntaxConstruction,
  options: JudgeOptions,
  use: 'client' | 'v2PresignedPost' = 'client',
): SyntaxJudgement {
  return judgeConstruction(
    construction,
    (config, option) => values.property(config, option),
    options,
    use,
    () => v2GlobalRegion(sourceCode, values),
  );
}

/** Judges the bucket a presign call's parameters name against the client that signs it. */
export function judgeSyntaxBucketUse(
  values: SyntaxValues,
  client: SigningClient<TSESTree.Node>,
  params: TSESTree.Node,
  context: BucketContext,
): BucketFinding<TSESTree.Node> | undefined {
  const read = configReader(client.config, (config: TSESTree.Node, option) => values.property(config, option));
  return judgeBucketUse(read, client.sdk, values.property(params, BUCKET_PARAMETER).values, context);
}
