import { describe, expect, it } from 'vitest';
import {
  TEXT_HOLE,
  bucketOfRelativePath,
  classifyEndpoint,
  classifyHost,
  findHostsInText,
  hostOfEndpoint,
  isRegionName,
  pathStyleBucket,
  privateEndpoint,
  privateServiceHostFor,
  regionalEndpoint,
  regionalHostFor,
} from '../../src/sdk/hosts.js';
import { notPrivateKind } from '../../src/sdk/private-path.js';

const H = TEXT_HOLE;

describe('isRegionName', () => {
  it.each(['us-east-1', 'eu-central-2', 'us-gov-west-1', 'cn-north-1', 'us-isob-east-1', 'ap-southeast-5'])(
    'accepts %s',
    (region) => {
      expect(isRegionName(region)).toBe(true);
    },
  );
  it.each(['aws-global', 'us-east', 'useast1', 'US-EAST-1', 'us-east-123', 'u-east-1', 'us--1', 'us-east-1-a-b', '', 'external-1'])(
    'rejects %j',
    (region) => {
      expect(isRegionName(region)).toBe(false);
    },
  );
});

describe('classifyHost', () => {
  it.each([
    ['s3.amazonaws.com', { kind: 'global', path: 'global', serviceLabel: 's3', bucket: undefined }],
    ['my-bucket.s3.amazonaws.com', { kind: 'global', path: 'global', serviceLabel: 's3', bucket: 'my-bucket' }],
    ['my.dotted.bucket.s3.amazonaws.com', { kind: 'global', path: 'global', serviceLabel: 's3', bucket: 'my.dotted.bucket' }],
    ['s3-external-1.amazonaws.com', { kind: 'global', path: 'global', serviceLabel: 's3-external-1', bucket: undefined }],
    ['my-bucket.s3-external-1.amazonaws.com', { kind: 'global', path: 'global', serviceLabel: 's3-external-1', bucket: 'my-bucket' }],
    ['s3-accelerate.amazonaws.com', { kind: 'global', path: 'accelerate', accelerate: true, serviceLabel: 's3-accelerate', bucket: undefined }],
    [
      'my-bucket.s3-accelerate.dualstack.amazonaws.com',
      { kind: 'global', path: 'accelerate', accelerate: true, serviceLabel: 's3-accelerate', bucket: 'my-bucket' },
    ],
    ['mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com', { kind: 'global', path: 'multiRegionAccessPoint', serviceLabel: 's3-global' }],
  ])('%s is global', (host, expected) => {
    expect(classifyHost(host)).toEqual(expected);
  });

  it.each([
    ['s3.eu-west-1.amazonaws.com', 'eu-west-1', 's3', undefined, 'privateDns'],
    ['my-bucket.s3.us-east-1.amazonaws.com', 'us-east-1', 's3', 'my-bucket', 'privateDns'],
    ['s3.dualstack.us-east-1.amazonaws.com', 'us-east-1', 's3', undefined, 'dualstack'],
    ['my-bucket.s3-fips.us-east-1.amazonaws.com', 'us-east-1', 's3-fips', 'my-bucket', 'fips'],
    ['s3-fips.dualstack.us-gov-west-1.amazonaws.com', 'us-gov-west-1', 's3-fips', undefined, 'fips'],
    ['site.s3-website-us-east-1.amazonaws.com', 'us-east-1', 's3-website-us-east-1', 'site', 'website'],
    ['site.s3-website.eu-central-1.amazonaws.com', 'eu-central-1', 's3-website', 'site', 'website'],
    ['s3-us-west-2.amazonaws.com', 'us-west-2', 's3-us-west-2', undefined, 'dashRegion'],
    ['my-bucket.s3-eu-west-1.amazonaws.com', 'eu-west-1', 's3-eu-west-1', 'my-bucket', 'dashRegion'],
    ['s3.cn-north-1.amazonaws.com.cn', 'cn-north-1', 's3', undefined, 'privateDns'],
    ['my-bucket.s3.cn-northwest-1.amazonaws.com.cn', 'cn-northwest-1', 's3', 'my-bucket', 'privateDns'],
    ['123456789012.s3-control.us-east-1.amazonaws.com', 'us-east-1', 's3-control', '123456789012', 'privateDns'],
    ['123456789012.s3-control-fips.us-east-1.amazonaws.com', 'us-east-1', 's3-control-fips', '123456789012', 'fips'],
    ['s3-control.dualstack.eu-west-1.amazonaws.com', 'eu-west-1', 's3-control', undefined, 'dualstack'],
    ['ap-123456789012.s3-accesspoint.eu-west-1.amazonaws.com', 'eu-west-1', 's3-accesspoint', 'ap-123456789012', 'privateDns'],
    ['ap-123456789012.s3-accesspoint-fips.dualstack.us-east-1.amazonaws.com', 'us-east-1', 's3-accesspoint-fips', 'ap-123456789012', 'fips'],
  ])('%s is regional (%s, %s)', (host, region, serviceLabel, bucket, path) => {
    expect(classifyHost(host)).toEqual({ kind: 'regional', region, serviceLabel, bucket, path });
  });

  it.each([
    // No cited fact says whether the S3 interface endpoint carries these: judged by no rule.
    ['banner-123456789012.s3-object-lambda.us-east-1.amazonaws.com', 's3-object-lambda'],
    ['op-01ac5d28a6a232904.s3-outposts.us-west-2.amazonaws.com', 's3-outposts'],
  ])('%s is regional without a private-path verdict', (host, serviceLabel) => {
    expect(classifyHost(host)).toMatchObject({ kind: 'regional', serviceLabel });
    expect(classifyHost(host).path).toBeUndefined();
  });

  it.each([
    'vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com',
    'bucket.vpce-0a1b2c3d-4e5f6a7b.s3.us-east-1.vpce.amazonaws.com',
  ])('%s is a private interface endpoint', (host) => {
    expect(classifyHost(host)).toEqual({ kind: 'private', path: 'endpointSpecific', region: 'us-east-1' });
  });

  it.each([
    // Other AWS services.
    'cognito-idp.us-east-1.amazonaws.com',
    'sts.amazonaws.com',
    'lambda.amazonaws.com',
    'amazonaws.com',
    // Look-alikes.
    's3.amazonaws.com.example.org',
    'my-s3.amazonaws.com-cdn.net',
    'mys3.amazonaws.com',
    's3.amazonaws.co',
    's3.amazonaws.com2',
    'evil-s3.amazonaws.com',
    's3.dualstack.amazonaws.com',
    's3-external-2.amazonaws.com',
    's3-website.amazonaws.com',
    's3..amazonaws.com',
    '.s3.amazonaws.com',
    // The China partition has no global name.
    's3.amazonaws.com.cn',
    'my-bucket.s3-external-1.amazonaws.com.cn',
    // Not AWS.
    'localhost',
    'localhost.localstack.cloud',
    '0123456789abcdef.r2.cloudflarestorage.com',
    '',
  ])('%j is not S3 on AWS', (host) => {
    expect(classifyHost(host).kind).toBe('other');
  });

  it('ignores case, a port and one trailing dot', () => {
    expect(classifyHost('MY-Bucket.S3.AmazonAWS.COM')).toEqual({ kind: 'global', path: 'global', serviceLabel: 's3', bucket: 'my-bucket' });
    expect(classifyHost('s3.amazonaws.com:443').kind).toBe('global');
    expect(classifyHost('s3.amazonaws.com.').kind).toBe('global');
    expect(classifyHost('s3.eu-west-1.amazonaws.com.:8443')).toMatchObject({ kind: 'regional', region: 'eu-west-1' });
    // A non-numeric "port" is not a port.
    expect(classifyHost('s3.amazonaws.com:http').kind).toBe('other');
  });
});

describe('hostOfEndpoint and classifyEndpoint', () => {
  it.each([
    ['https://s3.amazonaws.com', 's3.amazonaws.com'],
    ['https://s3.amazonaws.com:443/my-bucket?x=1#y', 's3.amazonaws.com:443'],
    ['s3.amazonaws.com', 's3.amazonaws.com'],
    ['  https://user:pw@my-bucket.s3.amazonaws.com/key  ', 'my-bucket.s3.amazonaws.com'],
    ['https://', undefined],
  ])('%j has host %j', (endpoint, host) => {
    expect(hostOfEndpoint(endpoint)).toBe(host);
  });

  it('classifies the host of an endpoint', () => {
    expect(classifyEndpoint('https://my-bucket.s3.amazonaws.com/a/b.txt')).toMatchObject({ kind: 'global', bucket: 'my-bucket' });
    expect(classifyEndpoint('https://s3.us-east-1.amazonaws.com')).toMatchObject({ kind: 'regional', region: 'us-east-1' });
    expect(classifyEndpoint('http://localhost:9000').kind).toBe('other');
    expect(classifyEndpoint('').kind).toBe('other');
  });
});

describe('regionalHostFor', () => {
  it('keeps the bucket and picks the partition', () => {
    expect(regionalHostFor(classifyHost('s3.amazonaws.com'), 'eu-west-1')).toBe('s3.eu-west-1.amazonaws.com');
    expect(regionalHostFor(classifyHost('b.s3-external-1.amazonaws.com'), 'us-east-1')).toBe('b.s3.us-east-1.amazonaws.com');
    expect(regionalHostFor(classifyHost('s3.amazonaws.com'), 'cn-north-1')).toBe('s3.cn-north-1.amazonaws.com.cn');
  });

  it('has no regional form for accelerate, MRAP and non-global hosts', () => {
    expect(regionalHostFor(classifyHost('b.s3-accelerate.amazonaws.com'), 'eu-west-1')).toBeUndefined();
    expect(regionalHostFor(classifyHost('x.mrap.accesspoint.s3-global.amazonaws.com'), 'eu-west-1')).toBeUndefined();
    expect(regionalHostFor(classifyHost('s3.eu-west-1.amazonaws.com'), 'us-east-1')).toBeUndefined();
    expect(regionalHostFor(classifyHost('example.com'), 'us-east-1')).toBeUndefined();
  });
});

/** The hosts found, as [host text, kind] pairs. */
function hostsIn(text: string): [string, string][] {
  return findHostsInText(text).map((found) => [text.slice(found.start, found.end), found.info.kind]);
}

describe('findHostsInText', () => {
  it('finds every kind with exact boundaries', () => {
    expect(
      hostsIn(
        'get https://my-bucket.s3.amazonaws.com/a, put s3.eu-west-1.amazonaws.com; vpce: x.vpce-1.s3.us-east-1.vpce.amazonaws.com.',
      ),
    ).toEqual([
      ['my-bucket.s3.amazonaws.com', 'global'],
      ['s3.eu-west-1.amazonaws.com', 'regional'],
      ['x.vpce-1.s3.us-east-1.vpce.amazonaws.com', 'private'],
    ]);
  });

  it('reports offsets, the service label start and the bucket', () => {
    const text = 'https://My-Bucket.S3.amazonaws.com:443/key';
    const [found] = findHostsInText(text);
    expect(found).toMatchObject({
      start: 8,
      end: 34,
      serviceStart: 18,
      bucketIsUnknown: false,
      xmlNamespace: false,
      info: { kind: 'global', bucket: 'my-bucket', serviceLabel: 's3' },
    });
    expect(text.slice(found?.serviceStart, found?.end)).toBe('S3.amazonaws.com');
  });

  it('leaves out a trailing dot, a port, user info and the path', () => {
    expect(hostsIn('Use s3.amazonaws.com.')).toEqual([['s3.amazonaws.com', 'global']]);
    expect(hostsIn('https://u:p@s3.amazonaws.com.:443/b')).toEqual([['s3.amazonaws.com', 'global']]);
    expect(hostsIn('(s3.amazonaws.com)')).toEqual([['s3.amazonaws.com', 'global']]);
    expect(hostsIn('"s3-external-1.amazonaws.com"')).toEqual([['s3-external-1.amazonaws.com', 'global']]);
  });

  it('skips look-alikes and other services', () => {
    expect(hostsIn('https://s3.amazonaws.com.example.org/x')).toEqual([]);
    expect(hostsIn('https://my-s3.amazonaws.com-cdn.net/x')).toEqual([]);
    expect(hostsIn('https://x_s3.amazonaws.comx/')).toEqual([]);
    expect(hostsIn('https://cognito-idp.us-east-1.amazonaws.com')).toEqual([]);
    expect(hostsIn('s3.amazonaws.com..')).toEqual([]);
    expect(hostsIn('.s3.amazonaws.com')).toEqual([]);
    expect(hostsIn('ñs3.amazonaws.com')).toEqual([]);
    expect(hostsIn('no hosts here')).toEqual([]);
    expect(hostsIn('')).toEqual([]);
  });

  it('ends a host at non-ASCII spaces and typographic quotes', () => {
    expect(hostsIn('\u00a0s3.amazonaws.com\u201d')).toEqual([['s3.amazonaws.com', 'global']]);
  });

  it('marks the S3 XML namespace', () => {
    const [namespace, endpoint] = findHostsInText(
      '<x xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/> https://s3.amazonaws.com/doc/other',
    );
    expect(namespace?.xmlNamespace).toBe(true);
    expect(endpoint?.xmlNamespace).toBe(false);
  });

  it('takes unknown parts in the bucket labels as a bucket', () => {
    const text = `https://${H}.s3.amazonaws.com/${H}`;
    expect(findHostsInText(text)).toEqual([
      {
        start: 8,
        end: 26,
        serviceStart: 10,
        info: { kind: 'global', path: 'global', serviceLabel: 's3', bucket: undefined },
        bucketIsUnknown: true,
        xmlNamespace: false,
      },
    ]);
    expect(hostsIn(`${H}-logs.${H}.s3-accelerate.amazonaws.com`)).toEqual([
      [`${H}-logs.${H}.s3-accelerate.amazonaws.com`, 'global'],
    ]);
    expect(hostsIn(`${H}.s3.eu-west-1.amazonaws.com`)).toEqual([[`${H}.s3.eu-west-1.amazonaws.com`, 'regional']]);
  });

  it('ends a host at an unknown part after a complete label', () => {
    expect(hostsIn(`https://s3.amazonaws.com${H}`)).toEqual([['s3.amazonaws.com', 'global']]);
    expect(hostsIn(`https://s3.amazonaws.com${H}${H}`)).toEqual([['s3.amazonaws.com', 'global']]);
  });

  it('leaves out hosts whose service, region or suffix is unknown', () => {
    expect(hostsIn(`https://s3.${H}.amazonaws.com`)).toEqual([]);
    expect(hostsIn(`https://s3-${H}.amazonaws.com`)).toEqual([]);
    expect(hostsIn(`https://s3${H}.amazonaws.com`)).toEqual([]);
    expect(hostsIn(`https://${H}s3.amazonaws.com`)).toEqual([]);
    expect(hostsIn(`https://s3.amazonaws.com.${H}`)).toEqual([]);
    expect(hostsIn(`https://s3.amazonaws.${H}`)).toEqual([]);
    expect(hostsIn(`https://s3.amazonaws${H}`)).toEqual([]);
    expect(hostsIn(`https://${H}.amazonaws.com`)).toEqual([]);
    expect(hostsIn(`https://${H}.vpce.amazonaws.com`)).toEqual([]);
    expect(hostsIn(`https://${H}`)).toEqual([]);
    expect(hostsIn(`${H}${H}amazonaws`)).toEqual([]);
  });

  it('returns quickly on long adversarial input', () => {
    const inputs = [
      'a.'.repeat(200_000) + 's3.amazonaws.com',
      's3.amazonaws.com.'.repeat(50_000),
      's3.amazonaws.com '.repeat(50_000),
      '-'.repeat(300_000) + '.amazonaws.com',
      `${H}.`.repeat(100_000) + 's3.amazonaws.com',
      'amazonaws'.repeat(100_000),
      's3-'.repeat(100_000) + 'us-east-1.amazonaws.com',
    ];
    const counts = inputs.map((input) => findHostsInText(input).length);
    // The second is one long host: every label before the last `s3` is a bucket label.
    expect(counts).toEqual([1, 1, 50_000, 0, 1, 0, 0]);
  });
});

describe('pathStyleBucket', () => {
  it.each([
    ['https://s3.amazonaws.com/my-bucket/a/b.txt', 'my-bucket'],
    ['https://s3.amazonaws.com/my-bucket', 'my-bucket'],
    ['https://s3.amazonaws.com/my.dotted.bucket?list-type=2', 'my.dotted.bucket'],
    ['https://s3.amazonaws.com:443/my-bucket#x', 'my-bucket'],
    ['https://s3.amazonaws.com./my-bucket/', 'my-bucket'],
    ['see https://s3.amazonaws.com/my-bucket and more', 'my-bucket'],
    ['https://s3.amazonaws.com/', undefined],
    ['https://s3.amazonaws.com', undefined],
    ['https://s3.amazonaws.com/%20x/', undefined],
    [`https://s3.amazonaws.com/${H}/key`, undefined],
    [`https://s3.amazonaws.com/my-bucket${H}`, undefined],
  ])('%j has bucket %j', (text, bucket) => {
    expect(pathStyleBucket(text, text.indexOf('.com') + 4)).toBe(bucket);
  });
});

describe('bucketOfRelativePath', () => {
  it.each([
    ['/my-bucket/a/b.txt', 'my-bucket'],
    ['my-bucket/a', 'my-bucket'],
    ['/my-bucket', 'my-bucket'],
    ['//other.example.org/x', undefined],
    ['https://other.example.org/x', undefined],
    [`/${H}/key`, undefined],
    ['', undefined],
  ])('%j has bucket %j', (path, bucket) => {
    expect(bucketOfRelativePath(path)).toBe(bucket);
  });
});

describe('the private path', () => {
  it.each([
    ['s3-fips.us-east-1.amazonaws.com', 's3.us-east-1.amazonaws.com'],
    ['s3-fips.dualstack.us-gov-west-1.amazonaws.com', 's3.us-gov-west-1.amazonaws.com'],
    ['s3.dualstack.eu-west-1.amazonaws.com', 's3.eu-west-1.amazonaws.com'],
    ['site.s3-website-us-east-1.amazonaws.com', 's3.us-east-1.amazonaws.com'],
    ['site.s3-website.eu-central-1.amazonaws.com', 's3.eu-central-1.amazonaws.com'],
    ['s3-eu-west-1.amazonaws.com', 's3.eu-west-1.amazonaws.com'],
    ['s3-control-fips.us-east-1.amazonaws.com', 's3-control.us-east-1.amazonaws.com'],
    ['ap-1.s3-accesspoint.dualstack.cn-north-1.amazonaws.com.cn', 's3-accesspoint.cn-north-1.amazonaws.com.cn'],
  ])('%s is served privately as %s', (host, expected) => {
    expect(privateServiceHostFor(classifyHost(host))).toBe(expected);
  });

  it.each([
    's3.eu-west-1.amazonaws.com',
    's3.amazonaws.com',
    's3-accelerate.amazonaws.com',
    'vpce-1.s3.us-east-1.vpce.amazonaws.com',
    'x.s3-object-lambda.us-east-1.amazonaws.com',
    'example.org',
  ])('%s has no private rewrite', (host) => {
    expect(privateServiceHostFor(classifyHost(host))).toBeUndefined();
  });

  it('rewrites an endpoint URL, keeping scheme, bucket, port and path', () => {
    expect(privateEndpoint('https://my-bucket.s3-fips.us-east-1.amazonaws.com:443/k?x=1')).toBe(
      'https://my-bucket.s3.us-east-1.amazonaws.com:443/k?x=1',
    );
    expect(privateEndpoint('https://s3.amazonaws.com')).toBeUndefined();
    // The port stays where it was (it once went missing with the host).
    expect(regionalEndpoint('https://u@s3.amazonaws.com:8443/b', 'eu-west-1')).toBe('https://u@s3.eu-west-1.amazonaws.com:8443/b');
  });

  it('says which kind keeps a host off the private path, unless accepted', () => {
    const none = new Set<never>();
    expect(notPrivateKind(classifyHost('s3.dualstack.eu-west-1.amazonaws.com').path, none)).toBe('dualstack');
    expect(notPrivateKind(classifyHost('s3.dualstack.eu-west-1.amazonaws.com').path, new Set(['dualstack'] as const))).toBeUndefined();
    expect(notPrivateKind(classifyHost('s3.amazonaws.com').path, new Set(['dualstack'] as const))).toBe('global');
    expect(notPrivateKind(classifyHost('s3.eu-west-1.amazonaws.com').path, none)).toBeUndefined();
    expect(notPrivateKind(classifyHost('vpce-1.s3.eu-west-1.vpce.amazonaws.com').path, none)).toBeUndefined();
    expect(notPrivateKind(classifyHost('example.org').path, none)).toBeUndefined();
  });
});
