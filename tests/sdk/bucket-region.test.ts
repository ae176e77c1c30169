import { describe, expect, it } from 'vitest';
import { judgeBucketUse, parseBucketArn, type BucketContext } from '../../src/sdk/bucket-region.js';
import type { ConfigReader } from '../../src/sdk/client-config.js';
import type { Value } from '../../src/sdk/values.js';

describe('parseBucketArn', () => {
  it.each([
    ['arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap', { kind: 'accessPoint', region: 'eu-west-1' }],
    ['arn:aws:s3:eu-west-1:123456789012:accesspoint:my-ap', { kind: 'accessPoint', region: 'eu-west-1' }],
    ['arn:aws-us-gov:s3:us-gov-west-1:123456789012:accesspoint/ap', { kind: 'accessPoint', region: 'us-gov-west-1' }],
    ['arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap', { kind: 'multiRegionAccessPoint' }],
  ])('%s', (arn, expected) => {
    expect(parseBucketArn(arn)).toEqual({ ...expected, arn });
  });

  it.each([
    'my-bucket',
    'arn:aws:s3:::my-bucket', // a bucket ARN is not a Bucket parameter form
    'arn:aws:s3::123456789012:accesspoint/not-mrap', // no region and no .mrap alias
    'arn:aws:s3:eu-west-1::accesspoint/my-ap', // no account
    'arn:aws:s3:eu-west-1:123456789012:accesspoint/', // no name
    'arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/olap',
    'arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-1/accesspoint/ap',
    'arn:aws:s3:Europe:123456789012:accesspoint/my-ap',
    `arn:${':'.repeat(50_000)}`,
  ])('%j is no access point ARN', (text) => {
    expect(parseBucketArn(text)).toBeUndefined();
  });
});

describe('judgeBucketUse', () => {
  const context: BucketContext = { bucketRegions: { 'eu-bucket': 'eu-west-1' }, acceptedHostKinds: new Set() };
  const s = (value: string): Value<string> => ({ kind: 'string', value, node: value });
  /** A config reader over plain option values. */
  const config =
    (options: Record<string, Value<string>[]>): ConfigReader<string, string> =>
    (option) => ({ values: options[option] ?? [{ kind: 'absent' }] });

  it('a listed bucket of another region than a certain client region', () => {
    expect(judgeBucketUse(config({ region: [s('us-east-1')] }), 'v3', [s('eu-bucket')], context)).toEqual({
      reason: 'bucketRegion',
      bucket: 'eu-bucket',
      bucketRegion: 'eu-west-1',
      clientRegion: 'us-east-1',
      node: 'eu-bucket',
    });
    // Bucket names are compared as written, then in lower case.
    expect(judgeBucketUse(config({ region: [s('us-east-1')] }), 'v2', [s('EU-Bucket')], context)?.reason).toBe('bucketRegion');
  });

  it('nothing when the region is not certain, matches, or an endpoint decides the host', () => {
    const unknown: Value<string> = { kind: 'unknown' };
    expect(judgeBucketUse(config({ region: [s('eu-west-1')] }), 'v3', [s('eu-bucket')], context)).toBeUndefined();
    expect(judgeBucketUse(config({ region: [s('us-east-1'), unknown] }), 'v3', [s('eu-bucket')], context)).toBeUndefined();
    expect(judgeBucketUse(config({ region: [s('us-east-1'), s('eu-west-1')] }), 'v3', [s('eu-bucket')], context)).toBeUndefined();
    expect(judgeBucketUse(config({}), 'v3', [s('eu-bucket')], context)).toBeUndefined();
    expect(judgeBucketUse(config({ region: [s('aws-global')] }), 'v3', [s('eu-bucket')], context)).toBeUndefined();
    expect(
      judgeBucketUse(config({ region: [s('us-east-1')], endpoint: [s('http://localhost:9000')] }), 'v3', [s('eu-bucket')], context),
    ).toBeUndefined();
    expect(judgeBucketUse(config({ region: [s('us-east-1')] }), 'v3', [unknown], context)).toBeUndefined();
  });

  it('access point ARNs: v3 with useArnRegion: false (without it, the SDK release decides)', () => {
    const arn = 'arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap';
    const useArnRegion = (value: boolean): Value<string>[] => [{ kind: 'boolean', value }];
    expect(judgeBucketUse(config({ region: [s('us-east-1')], useArnRegion: useArnRegion(false) }), 'v3', [s(arn)], context)).toMatchObject({
      reason: 'accessPointRegion',
      arnRegion: 'eu-west-1',
      clientRegion: 'us-east-1',
    });
    expect(judgeBucketUse(config({ region: [s('us-east-1')] }), 'v3', [s(arn)], context)).toBeUndefined();
    expect(
      judgeBucketUse(config({ region: [s('us-east-1')], useArnRegion: [...useArnRegion(false), { kind: 'unknown' }] }), 'v3', [s(arn)], context),
    ).toBeUndefined();
    expect(judgeBucketUse(config({ region: [s('us-east-1')], useArnRegion: useArnRegion(true) }), 'v3', [s(arn)], context)).toBeUndefined();
    // Not measured for v2.
    expect(judgeBucketUse(config({ region: [s('us-east-1')] }), 'v2', [s(arn)], context)).toBeUndefined();
  });

  it('Multi-Region Access Points, whatever the client, unless accepted', () => {
    const mrap = 'arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap';
    expect(judgeBucketUse(config({}), 'v3', [s(mrap)], context)?.reason).toBe('multiRegionAccessPoint');
    const accepting: BucketContext = { ...context, acceptedHostKinds: new Set(['multiRegionAccessPoint']) };
    expect(judgeBucketUse(config({}), 'v3', [s(mrap)], accepting)).toBeUndefined();
  });
});
