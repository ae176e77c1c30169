/**
 * The hosts an HTTP request handed to `S3RequestPresigner#presign` may carry: its `hostname`,
 * whether written directly (`new HttpRequest({ hostname: … })`, an object literal) or spread from
 * a parsed URL (`{ ...parseUrl(url) }`, `new URL(url)`).
 */
import type ts from 'typescript';
import { typescript } from './typescript.js';
import { URL_PARSERS, hostOfEndpoint } from '../sdk/index.js';
import { elementName, unwrapLiteral } from './nodes.js';
import type { ValueAnalyzer } from './values.js';

export interface RequestHost {
  host: string;
  node: ts.Node;
}

const HOSTNAME = 'hostname';

/** The known hosts of a request expression; empty when none can be read. */
export function requestHosts(analyzer: ValueAnalyzer, request: ts.Expression): RequestHost[] {
  let node = unwrapLiteral(request);
  if (typescript.isIdentifier(node)) node = unwrapLiteral(analyzer.constInitializer(node) ?? node);
  // `new HttpRequest({ … })`: the host is in its options.
  if (typescript.isNewExpression(node) && !isUrlParser(node)) {
    const options = node.arguments?.[0];
    if (!options || typescript.isSpreadElement(options)) return [];
    node = unwrapLiteral(options);
  }
  const parsed = parsedUrlHosts(analyzer, node);
  if (parsed) return parsed;
  if (typescript.isObjectLiteralExpression(node)) {
    // The last element that sets the hostname wins: a property, or a spread parsed URL.
    for (const element of [...node.properties].reverse()) {
      if (typescript.isSpreadAssignment(element)) {
        const fromSpread = parsedUrlHosts(analyzer, unwrapLiteral(element.expression));
        if (fromSpread) return fromSpread;
        continue;
      }
      if (elementName(element) === HOSTNAME) break;
    }
  }
  return analyzer
    .property(node, HOSTNAME)
    .values.flatMap((value) => (value.kind === 'string' ? [{ host: value.value, node: value.node ?? node }] : []));
}

function isUrlParser(node: ts.Expression): boolean {
  if (!typescript.isCallExpression(node) && !typescript.isNewExpression(node)) return false;
  const callee = node.expression;
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && URL_PARSERS.has(name);
}

/** `parseUrl(x)` / `new URL(x)`: the hosts of the URL strings `x` may be; undefined if not a parser. */
function parsedUrlHosts(analyzer: ValueAnalyzer, node: ts.Expression): RequestHost[] | undefined {
  if (!isUrlParser(node) || !(typescript.isCallExpression(node) || typescript.isNewExpression(node))) return undefined;
  const url = node.arguments?.[0];
  if (!url || typescript.isSpreadElement(url)) return [];
  return analyzer.expression(url).flatMap((value) => {
    if (value.kind !== 'string') return [];
    const host = hostOfEndpoint(value.value);
    return host === undefined ? [] : [{ host, node: value.node ?? url }];
  });
}
