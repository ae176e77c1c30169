/**
 * Shared settings, read from `settings['s3-regional']` in the ESLint config:
 *
 * ```js
 * settings: {
 *   's3-regional': {
 *     regions: ['eu-west-1'],
 *     bucketRegions: { 'my-bucket': 'eu-west-1' },
 *     factory: { name: 'createS3Client', module: '@/lib/s3' },
 *     v2Factory: { name: 'createLegacyS3', module: '@/lib/s3-v2' },
 *     acceptedHostKinds: ['dualstack'],
 *   },
 * }
 * ```
 */
import { PACKAGE_NAME, PLUGIN_ID } from './meta.js';
import { ACCEPTABLE_KINDS, isRegionName, type NotPrivateKind } from './sdk/index.js';

/** The key of the shared settings: the plugin id. */
export const SETTINGS_KEY = PLUGIN_ID;

export interface FactorySetting {
  /** The exported function that builds a pinned client. */
  name: string;
  /** Where it is imported from: a package name, an alias, or a path relative to the config. */
  module: string;
}

export interface S3RegionalSettings {
  /** Regions offered in suggestions that must choose one. */
  regions: readonly string[];
  /** Buckets whose region is known for certain, for autofixes of hard-coded hosts. */
  bucketRegions: Readonly<Record<string, string>>;
  /** The client factory for SDK v3, when the project has one. */
  factory: FactorySetting | undefined;
  /** The client factory for SDK v2, when the project has one. */
  v2Factory: FactorySetting | undefined;
  /**
   * Host kinds the S3 interface endpoint does not serve, which this team's network carries on
   * purpose (a dualstack interface endpoint; FIPS required and the public path accepted). Empty by
   * default: every kind the cited facts call not private is a finding.
   */
  acceptedHostKinds: ReadonlySet<NotPrivateKind>;
  /**
   * `required` (set by the `*-type-checked` configs): a file that needs the checker and has no
   * type information stops the run; `optional`: it is judged by its syntax alone.
   */
  typeInformation: 'optional' | 'required';
}

const cache = new WeakMap<object, S3RegionalSettings>();
const EMPTY: S3RegionalSettings = {
  regions: [],
  bucketRegions: {},
  factory: undefined,
  v2Factory: undefined,
  acceptedHostKinds: new Set(),
  typeInformation: 'optional',
};

class SettingsError extends Error {
  constructor(detail: string) {
    super(`${PACKAGE_NAME}: invalid settings['${SETTINGS_KEY}']: ${detail}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRegion(value: unknown, where: string): string {
  if (typeof value !== 'string' || !isRegionName(value)) {
    throw new SettingsError(`${where} must be an AWS region name such as 'eu-west-1', got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseFactory(value: unknown, key: string): FactorySetting | undefined {
  if (value === undefined) return undefined;
  if (
    !isRecord(value) ||
    typeof value.name !== 'string' ||
    !/^[A-Za-z_$][\w$]*$/.test(value.name) ||
    typeof value.module !== 'string' ||
    value.module.length === 0 ||
    Object.keys(value).some((k) => k !== 'name' && k !== 'module')
  ) {
    throw new SettingsError(
      `${key} must be { name: 'createS3Client', module: '@/lib/s3' }: name an identifier, module a non-empty import path, nothing else`,
    );
  }
  return { name: value.name, module: value.module };
}

function parse(raw: unknown): S3RegionalSettings {
  if (raw === undefined) return EMPTY;
  if (!isRecord(raw)) throw new SettingsError('expected an object');
  const known = new Set(['regions', 'bucketRegions', 'factory', 'v2Factory', 'acceptedHostKinds', 'typeInformation']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new SettingsError(`unknown key '${key}' (known: ${[...known].join(', ')})`);
    }
  }

  let regions: string[] = [];
  if (raw.regions !== undefined) {
    if (!Array.isArray(raw.regions)) throw new SettingsError('regions must be an array of region names');
    regions = raw.regions.map((region, index) => checkRegion(region, `regions[${index}]`));
  }

  const bucketRegions: Record<string, string> = {};
  if (raw.bucketRegions !== undefined) {
    if (!isRecord(raw.bucketRegions)) {
      throw new SettingsError('bucketRegions must map bucket names to region names');
    }
    for (const [bucket, region] of Object.entries(raw.bucketRegions)) {
      bucketRegions[bucket] = checkRegion(region, `bucketRegions['${bucket}']`);
    }
  }

  const factory = parseFactory(raw.factory, 'factory');
  const v2Factory = parseFactory(raw.v2Factory, 'v2Factory');
  if (raw.typeInformation !== undefined && raw.typeInformation !== 'optional' && raw.typeInformation !== 'required') {
    throw new SettingsError(`typeInformation must be 'optional' or 'required', got ${JSON.stringify(raw.typeInformation)}`);
  }
  const typeInformation = raw.typeInformation ?? 'optional';
  return { regions, bucketRegions, factory, v2Factory, acceptedHostKinds: parseKinds(raw.acceptedHostKinds), typeInformation };
}

function parseKinds(value: unknown): ReadonlySet<NotPrivateKind> {
  if (value === undefined) return EMPTY.acceptedHostKinds;
  const expected = `acceptedHostKinds must be an array of ${ACCEPTABLE_KINDS.map((kind) => `'${kind}'`).join(', ')}`;
  if (!Array.isArray(value)) throw new SettingsError(expected);
  const kinds = new Set<NotPrivateKind>();
  value.forEach((kind: unknown, index) => {
    const known = ACCEPTABLE_KINDS.find((acceptable) => acceptable === kind);
    if (known === undefined) {
      const why = kind === 'global' ? ' (the global endpoint is never private: turn the rules off instead)' : '';
      throw new SettingsError(`${expected}; acceptedHostKinds[${index}] is ${JSON.stringify(kind)}${why}`);
    }
    kinds.add(known);
  });
  return kinds;
}

/** The plugin's settings for this lint run; validated once per settings object. */
export function getSettings(settings: Readonly<Record<string, unknown>> | undefined): S3RegionalSettings {
  if (settings === undefined) return EMPTY;
  const cached = cache.get(settings);
  if (cached) return cached;
  const parsed = parse(settings[SETTINGS_KEY]);
  cache.set(settings, parsed);
  return parsed;
}
