// The judgement of a minio client's global endPoint, over minio's own rules (loaded from the
// installed package, as the rule loads them) and over none (minio not installed).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedMinio } from '../../src/rules/utils/installed-minio.js';
import { judgeMinioEndpoint, type Value } from '../../src/sdk/index.js';
import { fixturesDir } from '../rule-tester.js';

const region = (value: string): Value => ({ kind: 'string', value });
const rules = installedMinio(path.join(fixturesDir, 'file.ts'));

describe('installedMinio', () => {
  it('loads the minio the fixtures resolve, with its version', () => {
    expect(rules?.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('is undefined where no minio resolves', () => {
    expect(installedMinio('/nonexistent-root/file.ts')).toBeUndefined();
  });
});

describe('judgeMinioEndpoint', () => {
  it('follows minio: regional in its table, the global host outside it, any other endpoint as given', () => {
    expect(judgeMinioEndpoint('s3.amazonaws.com', [region('eu-west-1')], rules)).toEqual({ kind: 'regional' });
    expect(judgeMinioEndpoint('S3.Amazonaws.com', [region('eu-west-1')], rules)).toEqual({ kind: 'regional' });
    expect(judgeMinioEndpoint('s3.amazonaws.com', [region('mx-central-1')], rules)).toEqual({
      kind: 'outsideTable',
      region: 'mx-central-1',
      host: 's3.amazonaws.com',
    });
    // One region of several outside the table is enough.
    expect(judgeMinioEndpoint('s3.amazonaws.com', [region('eu-west-1'), region('ap-southeast-7')], rules).kind).toBe('outsideTable');
    expect(judgeMinioEndpoint('s3-external-1.amazonaws.com', [region('eu-west-1')], rules)).toEqual({ kind: 'asGiven' });
  });

  it('is unknownRegion without a region the code shows', () => {
    expect(judgeMinioEndpoint('s3.amazonaws.com', [{ kind: 'absent' }], rules)).toEqual({ kind: 'unknownRegion' });
    expect(judgeMinioEndpoint('s3.amazonaws.com', [{ kind: 'anyString' }], rules)).toEqual({ kind: 'unknownRegion' });
    expect(judgeMinioEndpoint('s3.amazonaws.com', [region('eu-west-1'), { kind: 'nullish' }], rules)).toEqual({ kind: 'unknownRegion' });
    expect(judgeMinioEndpoint('s3.amazonaws.com', [region('')], rules)).toEqual({ kind: 'unknownRegion' });
  });

  it('judges the endpoint as written when minio cannot be loaded', () => {
    expect(judgeMinioEndpoint('s3.amazonaws.com', [region('eu-west-1')], undefined)).toEqual({ kind: 'asGiven' });
  });
});
