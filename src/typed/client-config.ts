/**
 * The typed tier's reading of a client config for the one judgement in `sdk/client-config.ts`:
 * each option's values as `ValueAnalyzer` sees them, through other files and the checker.
 */
import type ts from 'typescript';
import { absentConfig, judgeClientConfig, type ConfigJudgement, type JudgeOptions, type SdkVersion } from '../sdk/index.js';
import type { ValueAnalyzer } from './values.js';

export type TypedJudgement = ConfigJudgement<ts.Node, ts.ObjectLiteralElementLike>;

/** Judges the config a construction passes (`undefined`: no argument at all). */
export function judgeTypedConfig(
  analyzer: ValueAnalyzer,
  sdk: SdkVersion,
  config: ts.Expression | undefined,
  options: JudgeOptions,
  use: 'client' | 'v2PresignedPost' = 'client',
): TypedJudgement {
  const read = config === undefined ? absentConfig<ts.Node, ts.ObjectLiteralElementLike>() : (name: string) => analyzer.property(config, name);
  return judgeClientConfig(read, sdk, options, use);
}
