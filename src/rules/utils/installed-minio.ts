/**
 * minio's own host rules, loaded from the minio package the linted file resolves (never a copy):
 * `isAmazonEndpoint(host)` and its endpoint table `getS3Endpoint(region)`. Loaded once per
 * installed minio and process; undefined when the file resolves no minio, or its layout differs
 * (then a minio client's global endpoint is judged as written).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { MINIO, type MinioHostRules } from '../../sdk/index.js';

const loaded = new Map<string, MinioHostRules | undefined>();

/** The host rules of the minio that `filename` (an absolute path) resolves. */
export function installedMinio(filename: string): MinioHostRules | undefined {
  let manifest: string;
  try {
    manifest = createRequire(filename).resolve(`${MINIO.package}/package.json`);
  } catch {
    return undefined;
  }
  if (loaded.has(manifest)) return loaded.get(manifest);
  const rules = load(manifest);
  loaded.set(manifest, rules);
  return rules;
}

function load(manifest: string): MinioHostRules | undefined {
  try {
    const root = path.dirname(manifest);
    // An absolute path: minio's `exports` keep `internal/` closed to package specifiers.
    const load = createRequire(manifest);
    const table = load(path.join(root, MINIO.endpointTable.file)) as Record<string, unknown>;
    const helper = load(path.join(root, MINIO.amazonEndpoint.file)) as Record<string, unknown>;
    const endpointFor = table[MINIO.endpointTable.function] as ((region: string) => unknown) | undefined;
    const isAmazonEndpoint = helper[MINIO.amazonEndpoint.function] as ((host: string) => unknown) | undefined;
    if (typeof endpointFor !== 'function' || typeof isAmazonEndpoint !== 'function') return undefined;
    const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: unknown };
    return {
      version: typeof version === 'string' ? version : 'unknown',
      isAmazonEndpoint: (host) => isAmazonEndpoint(host) === true,
      endpointFor: (region) => String(endpointFor(region)),
    };
  } catch {
    return undefined;
  }
}
