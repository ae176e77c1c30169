import { describe, expect, it } from 'vitest';
import { getSettings } from '../src/settings.js';

describe("settings['s3-regional']", () => {
  it('reads every key', () => {
    expect(
      getSettings({
        's3-regional': {
          regions: ['eu-west-1', 'us-gov-west-1'],
          bucketRegions: { 'my-bucket': 'eu-west-1' },
          factory: { name: 'createS3Client', module: '@/lib/s3' },
          v2Factory: { name: 'createLegacyS3', module: './src/lib/s3-v2.js' },
          acceptedHostKinds: ['dualstack', 'fips', 'dualstack'],
          typeInformation: 'required',
        },
      }),
    ).toEqual({
      regions: ['eu-west-1', 'us-gov-west-1'],
      bucketRegions: { 'my-bucket': 'eu-west-1' },
      factory: { name: 'createS3Client', module: '@/lib/s3' },
      v2Factory: { name: 'createLegacyS3', module: './src/lib/s3-v2.js' },
      acceptedHostKinds: new Set(['dualstack', 'fips']),
      typeInformation: 'required',
    });
  });

  it('is empty when absent', () => {
    expect(getSettings({})).toEqual({
      regions: [],
      bucketRegions: {},
      factory: undefined,
      v2Factory: undefined,
      acceptedHostKinds: new Set(),
      typeInformation: 'optional',
    });
    expect(getSettings(undefined).factory).toBeUndefined();
  });

  it.each([
    [{ regions: 'eu-west-1' }, /regions must be an array/],
    [{ regions: ['aws-global'] }, /regions\[0\] must be an AWS region name/],
    [{ bucketRegions: { b: 'Europe' } }, /bucketRegions\['b'\] must be an AWS region name/],
    [{ factory: { name: 'create-client', module: '@/lib/s3' } }, /factory must be \{ name: 'createS3Client'/],
    [{ factory: { name: 'createS3Client' } }, /factory must be/],
    [{ v2Factory: { name: 'x', module: 'y', sdk: 'v2' } }, /v2Factory must be/],
    [{ factroy: {} }, /unknown key 'factroy'/],
    [{ typeInformation: true }, /typeInformation must be 'optional' or 'required'/],
    [{ acceptedHostKinds: 'dualstack' }, /acceptedHostKinds must be an array of 'accelerate', 'fips', 'website', 'dashRegion', 'dualstack', 'multiRegionAccessPoint'$/],
    [{ acceptedHostKinds: ['dualstack', 'ipv6'] }, /acceptedHostKinds\[1\] is "ipv6"$/],
    [{ acceptedHostKinds: ['global'] }, /acceptedHostKinds\[0\] is "global" \(the global endpoint is never private: turn the rules off instead\)/],
    ['eu-west-1', /expected an object/],
  ])('rejects %j with a clear error', (raw, message) => {
    expect(() => getSettings({ 's3-regional': raw })).toThrow(message);
    expect(() => getSettings({ 's3-regional': raw })).toThrow(/^eslint-plugin-s3-regional: invalid settings\['s3-regional'\]/);
  });
});
