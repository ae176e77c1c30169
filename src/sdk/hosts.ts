/**
 * The S3 host grammar: which host names are the global endpoint, which are regional, which are
 * interface VPC endpoints (private) and which are not S3 on AWS at all.
 *
 * Everything here works label by label on a lower-cased host, with plain string operations: no
 * regular expression ever runs over user text, so classification is linear in the input.
 */

import type { PrivatePath } from './private-path.js';

export type HostKind =
  /** `s3.amazonaws.com`, `bucket.s3.amazonaws.com`, `s3-external-1`, accelerate, MRAP. */
  | 'global'
  /** `s3.<region>.amazonaws.com` and its dualstack, FIPS, website and legacy dash forms. */
  | 'regional'
  /** `*.vpce.amazonaws.com`: an interface VPC endpoint (PrivateLink). */
  | 'private'
  /** Anything else: another AWS service, MinIO, R2, LocalStack, localhost. */
  | 'other';

export interface HostInfo {
  kind: HostKind;
  /**
   * What the private path from on-premises carries of this host (`private-path.ts`); undefined for
   * hosts that are not S3 on AWS, and for S3 services the cited facts do not cover
   * (`s3-object-lambda`, `s3-outposts`).
   */
  path?: PrivatePath;
  /** The region named by a regional host or an interface endpoint name. */
  region?: string;
  /** The accelerate edge (`s3-accelerate[.dualstack].amazonaws.com`). */
  accelerate?: boolean;
  /** The label that names the S3 service (`s3`, `s3-external-1`, `s3-accelerate`, …). */
  serviceLabel?: string;
  /** Labels before the S3 service label: the virtual-hosted bucket name, if any. */
  bucket?: string;
}

const OTHER: HostInfo = { kind: 'other' };

/** The S3 service labels served through the interface endpoint's private DNS, per region. */
const PRIVATE_DNS_SERVICES: ReadonlySet<string> = new Set(['s3', 's3-control', 's3-accesspoint']);
/** The FIPS forms of those labels. */
const FIPS_SERVICES: ReadonlySet<string> = new Set(['s3-fips', 's3-control-fips', 's3-accesspoint-fips']);

/** The private path of `<service>[.dualstack].<region>`; undefined for services no fact covers. */
function regionalPath(service: string, dualstack: boolean): PrivatePath | undefined {
  if (FIPS_SERVICES.has(service)) return 'fips';
  if (service === 's3-website') return 'website';
  if (!PRIVATE_DNS_SERVICES.has(service)) return undefined;
  return dualstack ? 'dualstack' : 'privateDns';
}

/** `us-east-1`, `eu-central-2`, `us-gov-west-1`, `cn-north-1`, `us-isob-east-1`, `ap-southeast-5`. */
export function isRegionName(label: string): boolean {
  const parts = label.split('-');
  if (parts.length < 3 || parts.length > 4) return false;
  const [area] = parts;
  if (area?.length !== 2 || !isLetters(area)) return false;
  const last = parts[parts.length - 1] ?? '';
  if (last.length === 0 || last.length > 2 || !isDigits(last)) return false;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    if (part.length === 0 || !isLetters(part)) return false;
  }
  return true;
}

function isLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return text.length > 0;
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

/**
 * Could this text contain an AWS host name? Every global S3 host ends in `amazonaws.com`; a file
 * without that word (or an escape that could spell it) has no host to find. A plain literal
 * search, linear in the text.
 */
export function mayContainAwsHost(text: string): boolean {
  return /amazonaws/i.test(text) || text.includes('\\u') || text.includes('\\x') || text.includes('\\\n');
}

/**
 * A host name as hosts are compared: lower case, without a port and without the trailing dot of
 * a fully qualified name (`S3.Amazonaws.com.:443` → `s3.amazonaws.com`).
 */
export function normalizeHost(rawHost: string): string {
  let host = rawHost.toLowerCase();
  const colon = host.lastIndexOf(':');
  if (colon !== -1 && isDigits(host.slice(colon + 1))) host = host.slice(0, colon);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/**
 * Classifies a bare host name (no scheme, no path). A port and a trailing dot are ignored; case is
 * ignored.
 */
export function classifyHost(rawHost: string): HostInfo {
  const host = normalizeHost(rawHost);
  const labels = host.split('.');
  if (labels.some((label) => label.length === 0)) return OTHER;

  let suffixLength: number;
  const n = labels.length;
  if (labels[n - 1] === 'com' && labels[n - 2] === 'amazonaws') suffixLength = 2;
  else if (labels[n - 1] === 'cn' && labels[n - 2] === 'com' && labels[n - 3] === 'amazonaws')
    suffixLength = 3;
  else return OTHER;

  const names = labels.slice(0, n - suffixLength);
  if (names.length === 0) return OTHER;
  // Interface VPC endpoints: `[bucket.]vpce-<id>.s3.<region>.vpce.amazonaws.com`.
  if (names[names.length - 1] === 'vpce') {
    const region = names[names.length - 2] ?? '';
    return isRegionName(region) ? { kind: 'private', path: 'endpointSpecific', region } : { kind: 'private', path: 'endpointSpecific' };
  }

  const last = names[names.length - 1] ?? '';
  const bucketBefore = (index: number): string | undefined =>
    index > 0 ? names.slice(0, index).join('.') : undefined;

  // Global forms: `s3`, `s3-external-1`, `s3-accelerate[.dualstack]`, MRAP `accesspoint.s3-global`.
  // The China partition has no global S3 name: `s3.amazonaws.com.cn` is nothing the SDKs use.
  if (suffixLength === 3 && !isRegionName(last) && last !== 'dualstack') return OTHER;
  if (last === 's3' || last === 's3-external-1') {
    return { kind: 'global', path: 'global', serviceLabel: last, bucket: bucketBefore(names.length - 1) };
  }
  if (last === 's3-accelerate') {
    return {
      kind: 'global',
      path: 'accelerate',
      accelerate: true,
      serviceLabel: last,
      bucket: bucketBefore(names.length - 1),
    };
  }
  if (last === 'dualstack' && names[names.length - 2] === 's3-accelerate') {
    return {
      kind: 'global',
      path: 'accelerate',
      accelerate: true,
      serviceLabel: 's3-accelerate',
      bucket: bucketBefore(names.length - 2),
    };
  }
  if (last === 's3-global' && names[names.length - 2] === 'accesspoint') {
    return { kind: 'global', path: 'multiRegionAccessPoint', serviceLabel: last };
  }

  // Legacy dash style `s3-<region>` and website `s3-website-<region>` / `s3-website.<region>`.
  if (last.startsWith('s3-')) {
    const rest = last.slice(3);
    const website = rest.startsWith('website-');
    const region = website ? rest.slice('website-'.length) : rest;
    if (isRegionName(region)) {
      const path = website ? 'website' : 'dashRegion';
      return { kind: 'regional', path, region, serviceLabel: last, bucket: bucketBefore(names.length - 1) };
    }
  }

  // `<service>.<region>` and `<service>.dualstack.<region>` where the service is an S3 label.
  if (isRegionName(last) && names.length >= 2) {
    let index = names.length - 2;
    const dualstack = names[index] === 'dualstack' && index > 0;
    if (dualstack) index--;
    const service = names[index] ?? '';
    if (isS3ServiceLabel(service)) {
      const path = regionalPath(service, dualstack);
      const info: HostInfo = { kind: 'regional', region: last, serviceLabel: service, bucket: bucketBefore(index) };
      return path === undefined ? info : { ...info, path };
    }
  }
  return OTHER;
}

function isS3ServiceLabel(label: string): boolean {
  return (
    label === 's3' ||
    label === 's3-fips' ||
    label === 's3-website' ||
    label === 's3-control' ||
    label === 's3-control-fips' ||
    label === 's3-accesspoint' ||
    label === 's3-accesspoint-fips' ||
    label === 's3-object-lambda' ||
    label === 's3-outposts'
  );
}

/**
 * The host of an endpoint string as the SDKs read it: a full URL (`https://host:443/path`) or a bare
 * host (`s3.amazonaws.com`, which v2 accepts). Returns undefined when the text has no host.
 */
export function hostOfEndpoint(endpoint: string): string | undefined {
  let text = endpoint.trim();
  const scheme = text.indexOf('://');
  if (scheme !== -1) text = text.slice(scheme + 3);
  let end = text.length;
  for (const stop of ['/', '?', '#']) {
    const at = text.indexOf(stop);
    if (at !== -1 && at < end) end = at;
  }
  text = text.slice(0, end);
  const at = text.lastIndexOf('@');
  if (at !== -1) text = text.slice(at + 1);
  return text.length > 0 ? text : undefined;
}

/** Classifies an endpoint string (URL or bare host). */
export function classifyEndpoint(endpoint: string): HostInfo {
  const host = hostOfEndpoint(endpoint);
  return host === undefined ? OTHER : classifyHost(host);
}

/** The regional host that replaces a global one, keeping the bucket label and accelerate aside. */
export function regionalHostFor(info: HostInfo, region: string): string | undefined {
  if (info.kind !== 'global' || info.accelerate === true || info.serviceLabel === 's3-global') {
    return undefined;
  }
  const base = `s3.${region}.${partitionSuffix(region)}`;
  return info.bucket === undefined ? base : `${info.bucket}.${base}`;
}

/**
 * The private host that replaces a regional host of a not-private kind (FIPS, website, dash-Region,
 * dualstack), without the bucket labels: the same service in the same region, in the form the
 * interface endpoint's private DNS claims (`s3-fips.dualstack.us-east-1.amazonaws.com` →
 * `s3.us-east-1.amazonaws.com`, `s3-control-fips.<region>` → `s3-control.<region>`). Undefined for
 * any other host.
 */
export function privateServiceHostFor(info: HostInfo): string | undefined {
  const { path, region, serviceLabel } = info;
  if (info.kind !== 'regional' || region === undefined || serviceLabel === undefined) return undefined;
  if (path !== 'fips' && path !== 'website' && path !== 'dashRegion' && path !== 'dualstack') return undefined;
  let service = serviceLabel.endsWith('-fips') ? serviceLabel.slice(0, -'-fips'.length) : serviceLabel;
  if (path === 'website' || path === 'dashRegion') service = 's3';
  if (!PRIVATE_DNS_SERVICES.has(service)) return undefined;
  return `${service}.${region}.${partitionSuffix(region)}`;
}

function partitionSuffix(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}

/**
 * An endpoint string with its host name (port, scheme, user info and path kept) replaced by what
 * `rewrite` makes of its classification, bucket labels kept; undefined when `rewrite` has nothing.
 */
function rewriteEndpointHost(endpoint: string, rewrite: (info: HostInfo) => string | undefined): string | undefined {
  const hostAndPort = hostOfEndpoint(endpoint);
  if (hostAndPort === undefined) return undefined;
  const colon = hostAndPort.lastIndexOf(':');
  const host = colon !== -1 && isDigits(hostAndPort.slice(colon + 1)) ? hostAndPort.slice(0, colon) : hostAndPort;
  const replacement = rewrite(classifyHost(host));
  if (replacement === undefined) return undefined;
  const at = endpoint.indexOf(hostAndPort);
  return endpoint.slice(0, at) + replacement + endpoint.slice(at + host.length);
}

/** An endpoint string with its not-private regional host (FIPS, website, dash-Region, dualstack) replaced by the private one; or undefined. */
export function privateEndpoint(endpoint: string): string | undefined {
  return rewriteEndpointHost(endpoint, (info) => {
    const service = privateServiceHostFor(info);
    return service === undefined || info.bucket === undefined ? service : `${info.bucket}.${service}`;
  });
}

/** An endpoint string with its global host replaced by the regional one, or undefined. */
export function regionalEndpoint(endpoint: string, region: string): string | undefined {
  return rewriteEndpointHost(endpoint, (info) => regionalHostFor(info, region));
}

/**
 * Stands for an unknown part (an expression whose value is not known) in text given to
 * {@link findHostsInText}. Callers replace any real occurrence of this character in known text
 * before inserting it, so that offsets stay the same.
 */
export const TEXT_HOLE = '\uFFFF';

/** The path of the S3 XML namespace URI `http://s3.amazonaws.com/doc/2006-03-01/`. */
const XML_NAMESPACE_PATH = '/doc/2006-03-01';
/** The host and path of its other spelling, `http://doc.s3.amazonaws.com/2006-03-01/`. */
const XML_NAMESPACE_HOST = 'doc.s3.amazonaws.com';
const XML_NAMESPACE_VERSION_PATH = '/2006-03-01';

/** A host name found inside longer text (a URL, a sentence, a template with unknown parts). */
export interface HostOccurrence {
  /** Offset of the host name in the text, bucket labels included. */
  start: number;
  /** Offset just after the host name: before any port, path, or trailing dot. */
  end: number;
  /**
   * Offset where the service label begins (`s3`, `s3-external-1`, …), after the bucket labels
   * and their dot. A rewrite to another S3 host replaces `[serviceStart, end)` and keeps the
   * bucket as written.
   */
  serviceStart: number;
  /** The classification; `bucket` is undefined when the bucket labels hold unknown parts. */
  info: HostInfo;
  /** The bucket labels hold unknown parts ({@link TEXT_HOLE}). */
  bucketIsUnknown: boolean;
  /** The host starts the S3 XML namespace URI (`s3.amazonaws.com/doc/2006-03-01/`, `doc.s3.amazonaws.com/2006-03-01/`): not an endpoint. */
  xmlNamespace: boolean;
}

const HOLE_CODE = 0xffff;

/** Characters that can continue a host name: ASCII letters, digits, `-`, `.`, `_`, and non-ASCII text. */
function isHostCharCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // 0-9
  if (c === 45 || c === 46 || c === 95) return true; // - . _
  if (c < 0x80 || c === HOLE_CODE) return false;
  // Non-ASCII: part of an internationalised name, except spaces and typographic quotes.
  return !(
    c === 0xa0 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isAlphanumericCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Finds the S3 host names (global, regional, private) written inside `text`, with exact
 * boundaries: a host is a maximal run of host characters, so `s3.amazonaws.com.example.org` and
 * `my-s3.amazonaws.com-cdn.net` are other hosts, not S3 ones. One pass over the text, then each
 * run is classified label by label: linear time on any input.
 *
 * Unknown parts ({@link TEXT_HOLE}) are allowed in the bucket labels (`<hole>.s3.amazonaws.com`
 * is a global host whatever the bucket). Unknown parts right after a complete label end the host
 * (`s3.amazonaws.com<hole>` is read as a host followed by a path or port). A run with an unknown
 * part anywhere else (`s3.<hole>.amazonaws.com`, `s3-<hole>.amazonaws.com`) is not certain and is
 * left out.
 */
export function findHostsInText(text: string): HostOccurrence[] {
  const lower = text.toLowerCase();
  if (!lower.includes('amazonaws')) return [];
  const found: HostOccurrence[] = [];
  let runStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : -1;
    if (c === HOLE_CODE || (c !== -1 && isHostCharCode(c))) {
      if (runStart === -1) runStart = i;
      continue;
    }
    if (runStart !== -1) {
      const occurrence = examineRun(lower, runStart, i);
      if (occurrence) found.push(occurrence);
      runStart = -1;
    }
  }
  return found;
}

function examineRun(lower: string, start: number, runEnd: number): HostOccurrence | undefined {
  let end = runEnd;
  // Unknown parts after a complete label end the host; after `.` or `-` they are part of it.
  while (end > start && lower.charCodeAt(end - 1) === HOLE_CODE) end--;
  if (end === start) return undefined;
  if (end < runEnd && !isAlphanumericCode(lower.charCodeAt(end - 1))) return undefined;
  if (lower.charCodeAt(end - 1) === 46) end--; // one trailing dot: `s3.amazonaws.com.`
  if (end === start || lower.charCodeAt(end - 1) === 46) return undefined;

  const host = lower.slice(start, end);
  if (!host.includes('amazonaws')) return undefined;
  const xmlNamespace =
    (host === 's3.amazonaws.com' && lower.startsWith(XML_NAMESPACE_PATH, end)) ||
    (host === XML_NAMESPACE_HOST && lower.startsWith(XML_NAMESPACE_VERSION_PATH, end));

  if (!host.includes(TEXT_HOLE)) {
    const info = classifyHost(host);
    if (info.kind === 'other') return undefined;
    const bucketLength = info.bucket === undefined ? 0 : info.bucket.length + 1;
    return {
      start,
      end,
      serviceStart: start + bucketLength,
      info,
      bucketIsUnknown: false,
      xmlNamespace,
    };
  }

  // Classify with each unknown label replaced by a plain one; certain only when every unknown
  // label falls in the bucket part, which the classification never reads.
  const labels = host.split('.');
  let lastUnknown = -1;
  const probe = labels.map((label, index) => {
    if (!label.includes(TEXT_HOLE)) return label;
    lastUnknown = index;
    return 'x';
  });
  const info = classifyHost(probe.join('.'));
  if (info.kind === 'other' || info.bucket === undefined) return undefined;
  const bucketLabels = info.bucket.split('.').length;
  if (bucketLabels <= lastUnknown) return undefined;
  const bucketLength = labels.slice(0, bucketLabels).join('.').length + 1;
  return {
    start,
    end,
    serviceStart: start + bucketLength,
    info: { ...info, bucket: undefined },
    bucketIsUnknown: true,
    xmlNamespace: false,
  };
}

function isBucketNameCode(c: number): boolean {
  return isAlphanumericCode(c) || c === 45 || c === 46; // letters, digits, `_`, `-`, `.`
}

/**
 * The bucket of a path-style URL: the first path segment after the host that ends at `hostEnd`
 * (`s3.amazonaws.com[:443]/<bucket>/key`). Returns it as written, or undefined when there is no
 * path, the segment is not a bucket name, or it runs into an unknown part.
 */
export function pathStyleBucket(text: string, hostEnd: number): string | undefined {
  let i = hostEnd;
  if (text.charCodeAt(i) === 46) i++; // trailing dot
  if (text.charCodeAt(i) === 58) {
    // `:port`
    i++;
    while (i < text.length && isDigits(text.charAt(i))) i++;
  }
  if (text.charCodeAt(i) !== 47) return undefined; // `/`
  return firstPathSegment(text, i + 1);
}

/**
 * The bucket named at the start of a relative path (`/my-bucket/key` or `my-bucket/key`), as the
 * first argument of `new URL(path, 'https://s3.amazonaws.com')` names it.
 */
export function bucketOfRelativePath(path: string): string | undefined {
  if (path.startsWith('//')) return undefined; // protocol-relative: another host
  return firstPathSegment(path, path.startsWith('/') ? 1 : 0);
}

function firstPathSegment(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && isBucketNameCode(text.charCodeAt(i))) i++;
  if (i === from) return undefined;
  if (i < text.length && !endsPathSegment(text.charCodeAt(i))) return undefined;
  return text.slice(from, i);
}

/** `/`, `?`, `#`, white space, quotes and angle brackets end a path segment; anything else may continue it. */
function endsPathSegment(c: number): boolean {
  return (
    c === 47 || // /
    c === 63 || // ?
    c === 35 || // #
    c === 32 || // space
    c === 9 || // tab
    c === 10 || // \n
    c === 13 || // \r
    c === 34 || // "
    c === 39 || // '
    c === 96 || // `
    c === 60 || // <
    c === 62 // >
  );
}
