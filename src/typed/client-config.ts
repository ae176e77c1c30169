/**
 * The typed tier's reading of a client config for the one judgement in `sdk/client-config.ts`:
 * each option's values as `ValueAnalyzer` sees them, through other files and the checker, and for
 * SDK v2 the region the file writes into the global config (`v2-global-config.ts`).
 */
import type ts from 'typescript';
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
import type { ClientConstruction } from './clients.js';
import { v2GlobalRegion } from './v2-global-config.js';
import type { ValueAnalyzer } from './values.js';

export type TypedJudgement = ConfigJudgement<ts.Node, ts.ObjectLiteralElementLike>;

/** Judges the config a construction passes; for SDK v2 with the region its file writes into the global config. */
export function judgeTypedConfig(
  analyzer: ValueAnalyzer,
  construction: ClientConstruction,
  options: JudgeOptions,
  use: 'client' | 'v2PresignedPost' = 'client',
): TypedJudgement {
  return judgeConstruction(
    construction,
    (config, option) => analyzer.property(config, option),
    options,
    use,
    () => v2GlobalRegion(analyzer, construction.node.getSourceFile()),
  );
}

/** Judges the bucket a presign call's parameters name against the client that signs it. */
export function judgeTypedBucketUse(
  analyzer: ValueAnalyzer,
  client: SigningClient<ts.Expression>,
  params: ts.Expression,
  context: BucketContext,
): BucketFinding<ts.Node> | undefined {
  const read = configReader(client.config, (config: ts.Expression, option) => analyzer.property(config, option));
  return judgeBucketUse(read, client.sdk, analyzer.property(params, BUCKET_PARAMETER).values, context);
}
