/**
 * What a file writes into SDK v2's global config (`sdk/declarations.ts` `V2_GLOBAL_CONFIG`), on
 * TypeScript's tree: `AWS.config.update({ region })`, `AWS.config.region = …`, and
 * `AWS.config.loadFromPath(…)` (a region the code does not show), as the syntax tier reads them
 * (`syntax/v2-global-config.ts`). Read once per file, only for a v2 client without a region.
 */
import type ts from 'typescript';
import { V2_GLOBAL_CONFIG, isV2GlobalConfig, type GlobalRegion } from '../sdk/index.js';
import { importedModulePath } from './sdk-declarations.js';
import { typescript } from './typescript.js';
import type { Value, ValueAnalyzer } from './values.js';

const caches = new WeakMap<ValueAnalyzer, WeakMap<ts.SourceFile, { region: GlobalRegion<ts.Node> }>>();

function isGlobalConfig(checker: ts.TypeChecker, node: ts.Expression): boolean {
  return isV2GlobalConfig(importedModulePath(checker, node));
}

/** The regions a file writes into SDK v2's global config; undefined when it writes none. */
export function v2GlobalRegion(analyzer: ValueAnalyzer, file: ts.SourceFile): GlobalRegion<ts.Node> {
  let cache = caches.get(analyzer);
  if (!cache) {
    cache = new WeakMap();
    caches.set(analyzer, cache);
  }
  const cached = cache.get(file);
  if (cached) return cached.region;
  const found: Value[] = [];
  const { checker } = analyzer;
  const visit = (node: ts.Node): void => {
    if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (isGlobalConfig(checker, node.expression.expression)) {
        if ((V2_GLOBAL_CONFIG.opaqueSetters as readonly string[]).includes(method)) found.push({ kind: 'unknown', node });
        if ((V2_GLOBAL_CONFIG.regionSetters as readonly string[]).includes(method)) {
          const [argument] = node.arguments;
          if (!argument || typescript.isSpreadElement(argument)) found.push({ kind: 'unknown', node });
          // `update({ accessKeyId, secretAccessKey })` sets no region.
          else found.push(...analyzer.property(argument, 'region').values.filter((v) => v.kind !== 'absent'));
        }
      }
    } else if (
      typescript.isBinaryExpression(node) &&
      node.operatorToken.kind === typescript.SyntaxKind.EqualsToken &&
      typescript.isPropertyAccessExpression(node.left) &&
      node.left.name.text === 'region' &&
      isGlobalConfig(checker, node.left.expression)
    ) {
      found.push(...analyzer.expression(node.right));
    }
    typescript.forEachChild(node, visit);
  };
  if (file.text.includes('.config')) typescript.forEachChild(file, visit);
  const region = found.length > 0 ? found : undefined;
  cache.set(file, { region });
  return region;
}
