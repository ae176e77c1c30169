/**
 * The CDK oracle (issue 16): the stacks of `tests/fixtures/modules/cdk-stacks.ts` are synthesized
 * offline with the real aws-cdk-lib, once, in a region-bound and an environment-agnostic stack;
 * every output's value is resolved to the host it names, and the same file is linted with
 * no-global-bucket-domain-name. An output is reported exactly when its host is off the private
 * path (`sdk/private-path.ts`).
 *
 * CloudFormation resolves `Fn::GetAtt` of a bucket at deploy time; its documented values stand in
 * for it (AWS::S3::Bucket, "Return values"): `DomainName` "DOC-EXAMPLE-BUCKET.s3.amazonaws.com",
 * `RegionalDomainName` "DOC-EXAMPLE-BUCKET.s3.us-east-2.amazonaws.com", `DualStackDomainName`
 * "DOC-EXAMPLE-BUCKET.s3.dualstack.us-east-2.amazonaws.com", `WebsiteURL`
 * "http://DOC-EXAMPLE-BUCKET.s3-website.us-east-2.amazonaws.com" (the stack's region in place of
 * us-east-2). Everything else is what CDK wrote.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { App, Stack } from 'aws-cdk-lib';
import { Linter, type ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { classifyHost, hostOfEndpoint, notPrivateKind } from '../../src/sdk/index.js';
import { addBucketOutputs } from '../fixtures/modules/cdk-stacks.js';
import { fixturesDir } from '../rule-tester.js';

const RULE = 'no-global-bucket-domain-name';
const stackFile = path.join(fixturesDir, 'modules', 'cdk-stacks.ts');
/** The region an environment-agnostic stack is deployed to, for reading its `AWS::Region`. */
const AGNOSTIC_REGION = 'ap-south-1';
const STACKS = [
  { name: 'RegionBound', region: 'eu-west-1', env: { account: '123456789012', region: 'eu-west-1' } },
  { name: 'EnvironmentAgnostic', region: AGNOSTIC_REGION, env: undefined },
] as const;

/** The documented values of a bucket's attributes (see the header). */
const ATTRIBUTE_HOSTS: Record<string, (bucket: string, region: string) => string> = {
  DomainName: (bucket) => `${bucket}.s3.amazonaws.com`,
  RegionalDomainName: (bucket, region) => `${bucket}.s3.${region}.amazonaws.com`,
  DualStackDomainName: (bucket, region) => `${bucket}.s3.dualstack.${region}.amazonaws.com`,
  WebsiteURL: (bucket, region) => `http://${bucket}.s3-website.${region}.amazonaws.com`,
};

type Template = {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  Outputs?: Record<string, { Value: unknown }>;
  Mappings?: Record<string, Record<string, Record<string, string>>>;
};

/** A synthesized value as the text it stands for at deploy time in `region`. */
function resolve(value: unknown, template: Template, region: string): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) || typeof value !== 'object' || value === null) throw new Error(`Unexpected value ${JSON.stringify(value)}`);
  const [[fn, args]] = Object.entries(value) as [[string, unknown]];
  const bucketName = (logicalId: string): string => {
    if (template.Resources[logicalId]?.Type !== 'AWS::S3::Bucket') throw new Error(`${logicalId} is not a bucket`);
    return logicalId.toLowerCase();
  };
  switch (fn) {
    case 'Ref': {
      const name = args as string;
      if (name === 'AWS::Region') return region;
      if (name === 'AWS::URLSuffix') return 'amazonaws.com';
      if (name === 'AWS::Partition') return 'aws';
      return bucketName(name);
    }
    case 'Fn::GetAtt': {
      const [logicalId, attribute] = args as [string, string];
      const host = ATTRIBUTE_HOSTS[attribute];
      if (!host) throw new Error(`No documented value for ${attribute}`);
      return host(bucketName(logicalId), region);
    }
    case 'Fn::Join': {
      const [separator, parts] = args as [string, unknown[]];
      return parts.map((part) => resolve(part, template, region)).join(separator);
    }
    case 'Fn::Select': {
      const [index, list] = args as [number, unknown];
      const [[splitFn, splitArgs]] = Object.entries(list as object) as [[string, [string, unknown]]];
      if (splitFn !== 'Fn::Split') throw new Error(`Unexpected ${splitFn}`);
      const parts = resolve(splitArgs[1], template, region).split(splitArgs[0]);
      return parts[index] ?? '';
    }
    case 'Fn::FindInMap': {
      // The website endpoint of an environment-agnostic stack, from CDK's region table in the template.
      const [map, key, attribute] = args as [string, unknown, string];
      const found = template.Mappings?.[map]?.[resolve(key, template, region)]?.[attribute];
      if (found === undefined) throw new Error(`${map} has no ${attribute} for ${region}`);
      return found;
    }
    default:
      throw new Error(`Unexpected intrinsic ${fn}: ${JSON.stringify(args)}`);
  }
}

/** The host a resolved value names: a domain name, or the host of a URL. */
function hostOf(text: string): string {
  return hostOfEndpoint(text) ?? text;
}

/** The output ids on each line of the stack file: `out('<id>', …)`. */
function outputLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  source.split('\n').forEach((line, index) => {
    const match = /^\s*out\('(\w+)'/.exec(line);
    if (match?.[1]) lines.set(match[1], index + 1);
  });
  return lines;
}

let templates: { name: string; region: string; template: Template }[] = [];
let reportedLines = new Set<number>();
let messages: Linter.LintMessage[] = [];
const source = fs.readFileSync(stackFile, 'utf8');
const lines = outputLines(source);

beforeAll(() => {
  // One synth for every stack.
  const app = new App({ outdir: fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'cdk-oracle-')) });
  for (const { name, env } of STACKS) addBucketOutputs(new Stack(app, name, env ? { env } : {}));
  const assembly = app.synth();
  templates = STACKS.map(({ name, region }) => ({ name, region, template: assembly.getStackByName(name).template as Template }));
  fs.rmSync(assembly.directory, { recursive: true, force: true });

  const linter = new Linter({ configType: 'flat', cwd: fixturesDir });
  messages = linter.verify(
    source,
    [
      {
        files: ['**/*.ts'],
        plugins: { 's3-regional': plugin as unknown as ESLint.Plugin },
        languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDir } },
        rules: { [`s3-regional/${RULE}`]: 'error' },
      },
    ],
    { filename: stackFile },
  );
  reportedLines = new Set(messages.map((m) => m.line));
}, 120_000);

describe('CDK oracle: synthesized hosts and the rule agree', () => {
  it('lints the stack file without crashing, and every report is on an output line', () => {
    expect(messages.filter((m) => m.ruleId === null || m.fatal === true)).toEqual([]);
    const outputLineNumbers = new Set(lines.values());
    expect(messages.filter((m) => !outputLineNumbers.has(m.line)).map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  for (const { name } of STACKS) {
    it(`${name}: each output is reported exactly when its host is off the private path`, () => {
      const found = templates.find((t) => t.name === name);
      if (!found) throw new Error(`${name} was not synthesized`);
      const { template, region } = found;
      const outputs = template.Outputs ?? {};
      const rows = [...lines].map(([id, line]) => {
        const output = outputs[id];
        if (!output) throw new Error(`No output ${id} in ${name}`);
        const host = hostOf(resolve(output.Value, template, region));
        const kind = notPrivateKind(classifyHost(host).path, new Set());
        return { id, host, kind: kind ?? 'private', reported: reportedLines.has(line) };
      });
      const disagreeing = rows.filter((row) => row.reported !== (row.kind !== 'private'));
      expect(disagreeing).toEqual([]);
      // The oracle tests both sides: names the rule reports, and names it accepts.
      expect(rows.some((row) => row.reported)).toBe(true);
      expect(rows.some((row) => !row.reported)).toBe(true);
    });
  }

  it('the global names synthesize to GetAtt DomainName (new bucket) and to my-bucket.s3.amazonaws.com (imported)', () => {
    const bound = templates.find((t) => t.name === 'RegionBound')?.template;
    const outputs = bound?.Outputs ?? {};
    expect(outputs.createdDomainName?.Value).toEqual({ 'Fn::GetAtt': [expect.any(String), 'DomainName'] });
    expect(outputs.cfnDomainName?.Value).toEqual({ 'Fn::GetAtt': [expect.any(String), 'DomainName'] });
    expect(outputs.createdRegionalDomainName?.Value).toEqual({ 'Fn::GetAtt': [expect.any(String), 'RegionalDomainName'] });
    expect(outputs.importedDomainName?.Value).toBe('my-bucket.s3.amazonaws.com');
    expect(outputs.importedRegionalDomainName?.Value).toBe('my-bucket.s3.eu-west-1.amazonaws.com');
  });

  it("CloudFront's S3 origins use the bucket's regional name", () => {
    for (const { name, template, region } of templates) {
      const distribution = Object.values(template.Resources).find((r) => r.Type === 'AWS::CloudFront::Distribution');
      const config = distribution?.Properties?.DistributionConfig as { Origins: { DomainName: unknown }[] } | undefined;
      const hosts = (config?.Origins ?? []).map((origin) => hostOf(resolve(origin.DomainName, template, region)));
      expect(hosts.length, name).toBe(2);
      for (const host of hosts) expect(notPrivateKind(classifyHost(host).path, new Set()), `${name}: ${host}`).toBeUndefined();
    }
  });
});
