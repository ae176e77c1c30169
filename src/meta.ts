/**
 * The package's identity, read once from package.json: its name and version, the plugin id ESLint
 * derives from the name (`eslint-plugin-<id>`: the rule prefix `s3-regional/…`, the key of the
 * shared settings `settings['s3-regional']` and the prefix of the config names), and the
 * repository the rule docs live in. Spelled nowhere else.
 */
import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string; homepage: string };

export const PACKAGE_NAME = pkg.name;
export const VERSION = pkg.version;

/** `s3-regional`. */
export const PLUGIN_ID = PACKAGE_NAME.replace(/^eslint-plugin-/, '');

/** The repository's web address (the rule docs are under `blob/main/docs/rules/`). */
export const REPOSITORY_URL = pkg.homepage.replace(/#.*$/, '');

/** The id ESLint knows a rule by: `s3-regional/<name>`. */
export function ruleId(name: string): string {
  return `${PLUGIN_ID}/${name}`;
}
