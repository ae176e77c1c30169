// Direct tests of the value model (`ValueAnalyzer`) and of the judgement built on it
// (`judgeClientConfig`, through the typed tier's `judgeTypedConfig`), over real TypeScript programs
// built in memory. Each test's files live in a virtual directory inside the fixtures project, so
// `@aws-sdk/client-s3` and `@types/node` resolve to the repository's real declarations; the library
// files are parsed once and shared.
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { JudgeOptions, SdkVersion, UnpinnedReason } from '../../src/sdk/index.js';
import { judgeTypedConfig } from '../../src/typed/client-config.js';
import type { ClientConstruction } from '../../src/typed/clients.js';
import { ValueAnalyzer, analyzerFor, type Value } from '../../src/typed/values.js';
import { code } from '../code.js';
import { fixturesDir } from '../rule-tester.js';

/** A directory that does not exist on disk: the tests' files are served from memory. */
const virtualDir = path.join(fixturesDir, '__virtual__');

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

/** Source files read from disk (lib, @types/node, the SDK), shared by every program. */
const diskFiles = new Map<string, ts.SourceFile | undefined>();
const baseHost = ts.createCompilerHost(compilerOptions, true);

interface Project {
  program: ts.Program;
  analyzer: ValueAnalyzer;
  /** The arguments of each `probe(…)` call in `main.ts`, in source order. */
  probes: ts.Expression[];
  /** The first argument of `probe(…)`: the one most tests have. */
  probe: ts.Expression;
}

/**
 * A program of `main.ts` (`source`) and the other files given, all in the virtual directory.
 * `main.ts` gets `declare function probe(value: unknown): void;` prepended, so a test writes
 * `probe(expression)` where it wants the value read (where control flow is as it is there).
 */
function project(source: string, others: Record<string, string> = {}): Project {
  const files = new Map<string, string>();
  files.set(path.join(virtualDir, 'main.ts'), `declare function probe(value: unknown): void;\n${source}`);
  for (const [name, text] of Object.entries(others)) files.set(path.join(virtualDir, name), text);
  const host: ts.CompilerHost = {
    ...baseHost,
    fileExists: (fileName) => files.has(fileName) || baseHost.fileExists(fileName),
    readFile: (fileName) => files.get(fileName) ?? baseHost.readFile(fileName),
    directoryExists: (directory) =>
      directory === virtualDir || (baseHost.directoryExists?.(directory) ?? ts.sys.directoryExists(directory)),
    getSourceFile: (fileName, languageVersion) => {
      const text = files.get(fileName);
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      if (!diskFiles.has(fileName)) diskFiles.set(fileName, baseHost.getSourceFile(fileName, languageVersion));
      return diskFiles.get(fileName);
    },
  };
  const program = ts.createProgram([...files.keys()], compilerOptions, host);
  const main = program.getSourceFile(path.join(virtualDir, 'main.ts'));
  if (!main) throw new Error('main.ts is not in the program');
  const probes: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'probe') {
      const [argument] = node.arguments;
      if (argument) probes.push(argument);
    }
    ts.forEachChild(node, visit);
  };
  visit(main);
  const [probe] = probes;
  if (!probe) throw new Error('main.ts has no probe(…) call');
  return { program, analyzer: analyzerFor(program), probes, probe };
}

/** A value as a short word: `'eu-west-1'` (a known string), `true`, or its kind. */
function describeValue(value: Value): string {
  switch (value.kind) {
    case 'string':
      return `'${value.value}'`;
    case 'boolean':
      return String(value.value);
    default:
      return value.kind;
  }
}

/** The values of an expression, in the order the analyzer gives them. */
function valuesOf(source: string, others?: Record<string, string>): string[] {
  const { analyzer, probe } = project(source, others);
  return analyzer.expression(probe).map(describeValue);
}

/** The values of a property of the probed object, in the order the analyzer gives them. */
function propertyOf(source: string, name: string, others?: Record<string, string>): string[] {
  const { analyzer, probe } = project(source, others);
  return analyzer.property(probe, name).values.map(describeValue);
}

/**
 * The same, as a sorted set: for answers read off a union type, whose member order is the
 * checker's own (by type id), not something the value model promises.
 */
function sorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

describe('ValueAnalyzer.expression', () => {
  describe('literals', () => {
    it.each([
      ["'eu-west-1'", ["'eu-west-1'"]],
      ['"eu-west-1"', ["'eu-west-1'"]],
      ['`eu-west-1`', ["'eu-west-1'"]],
      ["''", ["''"]],
      ["'a\\u002db'", ["'a-b'"]],
      ['true', ['true']],
      ['false', ['false']],
      ['null', ['nullish']],
      ['undefined', ['nullish']],
      ['() => "eu-west-1"', ['function']],
      ['function () { return "eu-west-1"; }', ['function']],
      ['{ region: "eu-west-1" }', ['object']],
      ['["eu-west-1"]', ['object']],
      ['new URL("https://s3.eu-west-1.amazonaws.com")', ['object']],
    ])('probe(%s) is %j', (expression, expected) => {
      expect(valuesOf(`probe(${expression});`)).toEqual(expected);
    });

    it('gives the node each value comes from', () => {
      const { analyzer, probe } = project(`probe('eu-west-1');`);
      const [value] = analyzer.expression(probe);
      expect(value?.node).toBe(probe);
    });

    it('reads a template with substitutions as some string, whatever it substitutes', () => {
      expect(
        valuesOf(code`
          const zone = 'west';
          probe(\`eu-\${zone}-1\`);
        `),
      ).toEqual(['anyString']);
    });
  });

  describe('const declarations', () => {
    it('follows a chain of consts in this file', () => {
      expect(
        valuesOf(code`
          const home = 'eu-west-1';
          const region = home;
          const chosen = region;
          probe(chosen);
        `),
      ).toEqual(["'eu-west-1'"]);
    });

    it('follows consts through imports, renames and re-exports into other files', () => {
      const { analyzer, probe } = project(
        code`
          import { defaultRegion as chosen } from './reexport.js';
          probe(chosen);
        `,
        {
          'regions.ts': code`
            export const home = 'eu-central-1';
            export const defaultRegion = home;
          `,
          'reexport.ts': `export { defaultRegion } from './regions.js';`,
        },
      );
      const values = analyzer.expression(probe);
      expect(values.map(describeValue)).toEqual(["'eu-central-1'"]);
      // The value is the literal where it is written, in the other file.
      expect(values[0]?.node?.getSourceFile().fileName).toBe(path.join(virtualDir, 'regions.ts'));
      expect(values[0]?.node?.getText()).toBe("'eu-central-1'");
    });

    it('reads a const with a declared type by its initializer, not its type', () => {
      expect(
        valuesOf(code`
          const region: string | undefined = 'eu-west-1';
          probe(region);
        `),
      ).toEqual(["'eu-west-1'"]);
    });
  });

  describe('process.env', () => {
    it.each(['process.env.AWS_REGION', "process.env['AWS_REGION']"])('%s is some string or nothing', (read) => {
      expect(valuesOf(`probe(${read});`)).toEqual(['anyString', 'nullish']);
    });

    it('follows a const that holds it', () => {
      expect(
        valuesOf(code`
          const region = process.env.AWS_REGION;
          probe(region);
        `),
      ).toEqual(['anyString', 'nullish']);
    });
  });

  describe('fallbacks', () => {
    it('`??` replaces a nullish left side with the right side', () => {
      expect(valuesOf(`probe(process.env.AWS_REGION ?? 'eu-west-1');`)).toEqual(['anyString', "'eu-west-1'"]);
    });

    it('`??` keeps the left side alone when it is never nullish', () => {
      expect(
        valuesOf(code`
          const region = 'eu-west-1';
          probe(region ?? 'us-east-1');
        `),
      ).toEqual(["'eu-west-1'"]);
    });

    it('`??` keeps an unknown left side and adds the right side', () => {
      expect(
        valuesOf(code`
          declare const region: any;
          probe(region ?? 'eu-west-1');
        `),
      ).toEqual(['unknown', "'eu-west-1'"]);
    });

    it('`??` does not replace an empty string', () => {
      expect(
        valuesOf(code`
          declare const flag: boolean;
          probe((flag ? '' : undefined) ?? 'eu-west-1');
        `),
      ).toEqual(["''", "'eu-west-1'"]);
    });

    it('`||` replaces every falsy left value, the empty string included', () => {
      expect(
        valuesOf(code`
          declare const flag: boolean;
          probe((flag ? '' : process.env.AWS_REGION) || 'eu-west-1');
        `),
      ).toEqual(['anyString', "'eu-west-1'"]);
    });

    it('`||` keeps a left side that is never falsy', () => {
      expect(valuesOf(`probe('eu-west-1' || 'us-east-1');`)).toEqual(["'eu-west-1'"]);
    });

    it('`||` after a literal false is the right side only', () => {
      expect(valuesOf(`probe(false || 'eu-west-1');`)).toEqual(["'eu-west-1'"]);
    });
  });

  describe('wrappers', () => {
    it('a conditional is both branches', () => {
      expect(
        valuesOf(code`
          declare const production: boolean;
          probe(production ? 'eu-west-1' : 'us-east-1');
        `),
      ).toEqual(["'eu-west-1'", "'us-east-1'"]);
    });

    it('`!` drops the nullish values', () => {
      expect(valuesOf(`probe(process.env.AWS_REGION!);`)).toEqual(['anyString']);
    });

    it.each([
      ["'eu-west-1' as const", ["'eu-west-1'"]],
      ["'eu-west-1' satisfies string", ["'eu-west-1'"]],
      ["('eu-west-1')", ["'eu-west-1'"]],
      ["(('eu-west-1' as const) satisfies string)", ["'eu-west-1'"]],
      // `as T` is a claim about the value, not the value: the type answers.
      ["'eu-west-1' as string", ['anyString']],
    ])('%s is %j', (expression, expected) => {
      expect(valuesOf(`probe(${expression});`)).toEqual(expected);
    });
  });

  describe('declared types, where the syntax ends', () => {
    it('a parameter of type string is some string', () => {
      expect(valuesOf(`function f(region: string) { probe(region); }`)).toEqual(['anyString']);
    });

    it('`string | undefined` may be nullish', () => {
      expect(sorted(valuesOf(`function f(region: string | undefined) { probe(region); }`))).toEqual([
        'anyString',
        'nullish',
      ]);
    });

    it('`string | undefined` narrowed by control flow is a string', () => {
      expect(
        valuesOf(code`
          function f(region: string | undefined) {
            if (!region) throw new Error('no region');
            probe(region);
          }
        `),
      ).toEqual(['anyString']);
    });

    it('a literal union is each literal', () => {
      expect(sorted(valuesOf(`function f(region: 'eu-west-1' | 'us-east-1') { probe(region); }`))).toEqual([
        "'eu-west-1'",
        "'us-east-1'",
      ]);
    });

    it.each([
      ['any', ['unknown']],
      ['unknown', ['unknown']],
      ['number', ['unknown']],
      // A declared boolean says nothing about which; a literal one does.
      ['boolean', ['unknown']],
      ['true', ['true']],
      ['false', ['false']],
      ['boolean | undefined', ['nullish', 'unknown']],
      ['() => string', ['function']],
      ['{ region: string }', ['object']],
      ['`eu-${string}`', ['anyString']],
      ['Uppercase<string>', ['anyString']],
    ])('a parameter of type %s is %j', (type, expected) => {
      expect(sorted(valuesOf(`function f(value: ${type}) { probe(value); }`))).toEqual(expected);
    });

    it('a type parameter is read through its constraint', () => {
      expect(sorted(valuesOf(`function f<R extends 'eu-west-1' | 'eu-central-1'>(region: R) { probe(region); }`))).toEqual([
        "'eu-central-1'",
        "'eu-west-1'",
      ]);
    });

    it('a call is read by its return type', () => {
      expect(
        valuesOf(code`
          declare function regionOf(bucket: string): 'eu-west-1';
          probe(regionOf('b'));
        `),
      ).toEqual(["'eu-west-1'"]);
    });

    it('a property of a declared object is read by its type', () => {
      expect(
        sorted(
          valuesOf(code`
            function f(config: { region?: string }) {
              probe(config.region);
            }
          `),
        ),
      ).toEqual(['anyString', 'nullish']);
    });

    it('a property of a const object literal is read from the literal; a missing one is nullish', () => {
      const { analyzer, probes } = project(code`
        const config: { region?: string; endpoint?: string } = { region: 'eu-west-1' };
        probe(config.region);
        probe(config['region']);
        probe(config.endpoint);
      `);
      expect(probes.map((node) => analyzer.expression(node).map(describeValue))).toEqual([
        ["'eu-west-1'"],
        ["'eu-west-1'"],
        ['nullish'],
      ]);
    });
  });

  describe('let variables', () => {
    // Regression: expression() once read a `let` by its declared type while property() followed its
    // assignments, so `let region = 'eu-west-1'; new AWS.S3({ region })` was reported as
    // unprovenRegion (SDK v2) where a `const` was not.
    it('a `let` string is read by its initializer and every assignment, as property reads are', () => {
      expect(
        sorted(
          valuesOf(code`
            let region = 'eu-west-1';
            region = 'eu-central-1';
            probe(region);
          `),
        ),
      ).toEqual(["'eu-central-1'", "'eu-west-1'"]);
    });

    it('a `let` written some other way (`+=`, destructuring) is read by its type', () => {
      expect(
        valuesOf(code`
          let region = 'eu-';
          region += 'west-1';
          probe(region);
        `),
      ).toEqual(['anyString']);
      expect(
        valuesOf(code`
          declare const pair: [string];
          let region = 'eu-west-1';
          [region] = pair;
          probe(region);
        `),
      ).toEqual(['anyString']);
    });
  });

  describe('class fields (this.<field>)', () => {
    it('a field is the union of its initializer and what the class assigns it', () => {
      expect(
        sorted(
          valuesOf(code`
            class Storage {
              region = 'eu-west-1';
              constructor(fromEnv: boolean) {
                if (fromEnv) this.region = process.env.S3_REGION!;
              }
              reset() { this.region ??= 'ap-south-1'; }
              read() { probe(this.region); }
            }
          `),
        ),
      ).toEqual(["'ap-south-1'", "'eu-west-1'", 'anyString']);
    });

    it('a field that reads itself in its own assignment is unknown there', () => {
      expect(
        valuesOf(code`
          class Storage {
            region: string | undefined;
            constructor() { this.region = this.region || 'eu-west-1'; }
            read() { probe(this.region); }
          }
        `),
      ).toEqual(['unknown', "'eu-west-1'"]);
    });

    it.each([
      ['Object.assign(this, …)', `constructor(o: object) { this.region = 'aws-global'; Object.assign(this, o); }`],
      ['a compound write', `constructor() { this.region = 'aws-global'; this.region += ''; }`],
      ['a destructuring write', `constructor(o: { r: string }) { this.region = 'aws-global'; ({ r: this.region } = o); }`],
    ])('%s: the declared type answers instead', (_, members) => {
      expect(valuesOf(`class Storage { region: string; ${members} read() { probe(this.region); } }`)).toEqual(['anyString']);
    });

    it("a subclass field is what the subclass assigns (a base class's writes are not seen)", () => {
      expect(
        valuesOf(code`
          class Base {}
          class Storage extends Base {
            region: string | undefined = 'aws-global';
            read() { probe(this.region); }
          }
        `),
      ).toEqual(["'aws-global'"]);
    });

    it('this in a nested function is not the instance', () => {
      expect(
        valuesOf(code`
          class Storage {
            region: string = 'aws-global';
            read() { return function (this: { region: string }) { probe(this.region); }; }
          }
        `),
      ).toEqual(['anyString']);
    });
  });

  describe('depth and cycles', () => {
    /** `const c0 = 'eu-west-1'; const c1 = c0; …; probe(cN);` */
    function chain(length: number): string {
      const lines = ["const c0 = 'eu-west-1';"];
      for (let i = 1; i <= length; i++) lines.push(`const c${i} = c${i - 1};`);
      lines.push(`probe(c${length});`);
      return lines.join('\n');
    }

    it('follows a chain of 11 consts to the literal', () => {
      // probe(c11) is at depth 0, c11's initializer at 1, …, c0's initializer at 12 (MAX_DEPTH).
      expect(valuesOf(chain(11))).toEqual(["'eu-west-1'"]);
    });

    it('stops at a fixed depth: a chain of 12 consts is unknown', () => {
      expect(valuesOf(chain(12))).toEqual(['unknown']);
    });

    it('ends a cycle of consts (an error TypeScript reports, but the analyzer still reads)', () => {
      expect(
        valuesOf(code`
          const a: string = b;
          const b: string = a;
          probe(a);
        `),
      ).toEqual(['unknown']);
    });

    it('ends a cycle of consts across files', () => {
      expect(
        valuesOf(
          code`
            import { a } from './a.js';
            probe(a ?? 'eu-west-1');
          `,
          {
            'a.ts': `import { b } from './b.js';\nexport const a: string | undefined = b;`,
            'b.ts': `import { a } from './a.js';\nexport const b: string | undefined = a;`,
          },
        ),
      ).toEqual(['unknown', "'eu-west-1'"]);
    });

    it('ends a cycle of object spreads', () => {
      expect(
        propertyOf(
          code`
            const a: object = { ...b };
            const b: object = { ...a };
            probe(a);
          `,
          'region',
        ),
      ).toEqual(['unknown']);
    });

    it('ends 200 nested conditionals at the depth limit', () => {
      let expression = "'eu-west-1'";
      for (let i = 0; i < 200; i++) expression = `(flag ? ${expression} : 'us-east-1')`;
      const values = valuesOf(`declare const flag: boolean;\nprobe(${expression});`);
      // MAX_DEPTH + 1 levels of branches are read: the deepest is unknown, the rest us-east-1.
      expect(values.length).toBeLessThanOrEqual(14);
      expect(sorted(values)).toEqual(["'us-east-1'", 'unknown']);
    });
  });
});

describe('ValueAnalyzer.property', () => {
  describe('object literals', () => {
    it('reads a property and names the element that sets it', () => {
      const { analyzer, probe } = project(`probe({ region: 'eu-west-1', forcePathStyle: true });`);
      const result = analyzer.property(probe, 'region');
      expect(result.values.map(describeValue)).toEqual(["'eu-west-1'"]);
      expect(result.property?.getText()).toBe("region: 'eu-west-1'");
      expect(analyzer.property(probe, 'forcePathStyle').values.map(describeValue)).toEqual(['true']);
    });

    it('a property that is not there is absent, with no element', () => {
      const { analyzer, probe } = project(`probe({ forcePathStyle: true });`);
      const result = analyzer.property(probe, 'region');
      expect(result.values.map(describeValue)).toEqual(['absent']);
      expect(result.property).toBeUndefined();
    });

    it.each([
      ["{ 'region': 'eu-west-1' }", ["'eu-west-1'"]],
      ["{ ['region']: 'eu-west-1' }", ["'eu-west-1'"]],
      ["{ region: 'us-east-1', region: 'eu-west-1' }", ["'eu-west-1'"]],
      ["{ region() { return 'eu-west-1'; } }", ['function']],
      ["{ get region() { return 'eu-west-1'; } }", ['unknown']],
      ['{ region: process.env.AWS_REGION }', ['anyString', 'nullish']],
      ['{ region: undefined }', ['nullish']],
    ])('%s', (literal, expected) => {
      expect(propertyOf(`probe(${literal});`, 'region')).toEqual(expected);
    });

    it('reads a shorthand property through its const', () => {
      const { analyzer, probe } = project(code`
        const region = 'eu-west-1';
        probe({ region });
      `);
      const result = analyzer.property(probe, 'region');
      expect(result.values.map(describeValue)).toEqual(["'eu-west-1'"]);
      expect(result.property?.getText()).toBe('region');
    });

    it('reads through a const, `as const`, `satisfies` and parentheses', () => {
      expect(
        propertyOf(
          code`
            const config = ({ region: 'eu-west-1' } as const) satisfies object;
            probe(config);
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    it('reads a literal asserted to a type by the literal (`{ … } as T`)', () => {
      expect(
        propertyOf(
          code`
            import type { S3ClientConfig } from '@aws-sdk/client-s3';
            probe({ region: 'eu-west-1' } as S3ClientConfig);
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    it('reads a const object literal with a declared type by the literal, not the type', () => {
      expect(
        propertyOf(
          code`
            import type { S3ClientConfig } from '@aws-sdk/client-s3';
            const config: S3ClientConfig = {};
            probe(config);
          `,
          'region',
        ),
      ).toEqual(['absent']);
    });

    it('reads nested objects: `config.inner`', () => {
      expect(
        propertyOf(
          code`
            const config = { inner: { region: 'eu-west-1' } };
            probe(config.inner);
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    it('a missing nested object has no properties', () => {
      expect(
        propertyOf(
          code`
            const config: { inner?: { region: string } } = {};
            probe(config.inner);
          `,
          'region',
        ),
      ).toEqual(['absent']);
    });

    it('`null` and `undefined` have no properties', () => {
      const { analyzer, probes } = project(`probe(null);\nprobe(undefined);`);
      expect(probes.map((node) => analyzer.property(node, 'region').values.map(describeValue))).toEqual([
        ['absent'],
        ['absent'],
      ]);
    });
  });

  describe('spreads', () => {
    it('a later property overrides a spread', () => {
      const { analyzer, probe } = project(code`
        const base = { region: 'us-east-1' };
        probe({ ...base, region: 'eu-west-1' });
      `);
      const result = analyzer.property(probe, 'region');
      expect(result.values.map(describeValue)).toEqual(["'eu-west-1'"]);
      expect(result.property?.getText()).toBe("region: 'eu-west-1'");
    });

    it('a later spread that sets the property overrides it, and names the element in the spread object', () => {
      const { analyzer, probe } = project(code`
        const base = { region: 'us-east-1' };
        probe({ region: 'eu-west-1', ...base });
      `);
      const result = analyzer.property(probe, 'region');
      expect(result.values.map(describeValue)).toEqual(["'us-east-1'"]);
      expect(result.property?.getText()).toBe("region: 'us-east-1'");
    });

    it('a later spread without the property leaves it as it was', () => {
      const { analyzer, probe } = project(code`
        const extra = { forcePathStyle: true };
        probe({ region: 'eu-west-1', ...extra });
      `);
      const result = analyzer.property(probe, 'region');
      expect(result.values.map(describeValue)).toEqual(["'eu-west-1'"]);
      expect(result.property?.getText()).toBe("region: 'eu-west-1'");
    });

    it('a later spread of an optional property may override it, or not', () => {
      const { analyzer, probe } = project(code`
        function f(extra: { region?: string }) {
          probe({ region: 'eu-west-1', ...extra });
        }
      `);
      const result = analyzer.property(probe, 'region');
      // extra.region may be missing (then 'eu-west-1' stays), undefined, or some string.
      expect(sorted(result.values.map(describeValue))).toEqual(["'eu-west-1'", 'anyString', 'nullish']);
      expect(result.values.map(describeValue)).not.toContain('absent');
      // No single element decides the value.
      expect(result.property).toBeUndefined();
    });

    it('a spread of an optional property alone may leave it absent', () => {
      expect(
        sorted(
          propertyOf(
            code`
              function f(extra: { region?: string }) {
                probe({ ...extra });
              }
            `,
            'region',
          ),
        ),
      ).toEqual(['absent', 'anyString', 'nullish']);
    });

    it('follows spreads of spreads across files', () => {
      expect(
        propertyOf(
          code`
            import { shared } from './shared.js';
            probe({ forcePathStyle: true, ...shared });
          `,
          'region',
          {
            'shared.ts': code`
              const base = { region: 'eu-west-1' } as const;
              export const shared = { ...base, maxAttempts: 3 };
            `,
          },
        ),
      ).toEqual(["'eu-west-1'"]);
    });
  });

  describe('computed keys', () => {
    it('a const string key names the property', () => {
      expect(
        propertyOf(
          code`
            const key = 'region';
            probe({ [key]: 'eu-west-1' });
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    it('a const key naming another property does not set this one', () => {
      expect(
        propertyOf(
          code`
            const key = 'endpoint';
            probe({ region: 'eu-west-1', [key]: 'https://s3.eu-west-1.amazonaws.com' });
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    it('a symbol key never names a string property', () => {
      expect(
        propertyOf(
          code`
            const key = Symbol('region');
            probe({ region: 'eu-west-1', [key]: 'us-east-1' });
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    it('a key of any string may set the property to anything', () => {
      expect(
        propertyOf(
          code`
            function f(key: string) {
              probe({ region: 'eu-west-1', [key]: 'us-east-1' });
            }
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'", 'unknown']);
    });

    it('a key of any string replaces absence with unknown (never a missing-region finding)', () => {
      expect(propertyOf(`function f(key: string) { probe({ [key]: 'eu-west-1' }); }`, 'region')).toEqual(['unknown']);
    });
  });

  describe('choices', () => {
    it('a conditional is both objects', () => {
      expect(
        propertyOf(
          code`
            declare const production: boolean;
            probe(production ? { region: 'eu-west-1' } : {});
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'", 'absent']);
    });

    it.each(['??', '||'])('`%s` is both objects', (operator) => {
      expect(
        propertyOf(
          code`
            function f(options: { region: 'eu-central-1' } | undefined) {
              probe(options ${operator} { region: 'eu-west-1' });
            }
          `,
          'region',
        ),
      ).toEqual(['absent', "'eu-central-1'", "'eu-west-1'"]);
    });

    it('`!` reads the object inside', () => {
      expect(
        propertyOf(
          code`
            const config = { region: 'eu-west-1' };
            probe(config!);
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });
  });

  describe('let variables', () => {
    it('reads the initializer and every object assigned in its scope', () => {
      expect(
        propertyOf(
          code`
            declare const production: boolean;
            let config = { region: 'us-east-1' };
            if (production) config = { region: 'eu-west-1' };
            probe(config);
          `,
          'region',
        ),
      ).toEqual(["'us-east-1'", "'eu-west-1'"]);
    });

    it('reads a rebuild that spreads the variable itself as the initializer', () => {
      expect(
        propertyOf(
          code`
            declare const accelerate: boolean;
            let config = { region: 'eu-west-1' };
            if (accelerate) config = { ...config, useAccelerateEndpoint: true };
            probe(config);
          `,
          'useAccelerateEndpoint',
        ),
      ).toEqual(['absent', 'true']);
    });

    it('a rebuild that overrides the property adds its value', () => {
      expect(
        propertyOf(
          code`
            let config = { region: 'eu-west-1' };
            config = { ...config, region: 'us-east-1' };
            config = { ...config, maxAttempts: 3 };
            probe(config);
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'", "'us-east-1'", "'eu-west-1'"]);
    });

    it('reads the assignments in nested functions of its scope, not those elsewhere', () => {
      expect(
        propertyOf(
          code`
            function make() {
              let config = { region: 'eu-west-1' };
              const later = () => {
                config = { region: 'us-east-1' };
              };
              probe(config);
              return later;
            }
            function other() {
              let config = { region: 'aws-global' };
              return config;
            }
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'", "'us-east-1'"]);
    });

    it('a `let` without initializer is read by its declared type', () => {
      expect(
        sorted(
          propertyOf(
            code`
              let config: { region?: string };
              config = { region: 'eu-west-1' };
              probe(config);
            `,
            'region',
          ),
        ),
      ).toEqual(['absent', 'anyString', 'nullish']);
    });
  });

  describe('member writes to a const object', () => {
    it('an unconditional write in the declaring block replaces the value', () => {
      const { analyzer, probe } = project(code`
        const config: { region?: string } = {};
        config.region = 'eu-west-1';
        probe(config);
      `);
      const result = analyzer.property(probe, 'region');
      expect(result.values.map(describeValue)).toEqual(["'eu-west-1'"]);
      expect(result.property).toBeUndefined();
    });

    it('a conditional write adds its value', () => {
      expect(
        propertyOf(
          code`
            declare const production: boolean;
            const config = { region: 'us-east-1' };
            if (production) config.region = 'eu-west-1';
            probe(config);
          `,
          'region',
        ),
      ).toEqual(["'us-east-1'", "'eu-west-1'"]);
    });

    it('a write inside a nested function is conditional', () => {
      expect(
        propertyOf(
          code`
            const config = { region: 'us-east-1' };
            function pin() {
              config.region = 'eu-west-1';
            }
            probe(config);
          `,
          'region',
        ),
      ).toEqual(["'us-east-1'", "'eu-west-1'"]);
    });

    it("reads element writes (`config['region'] = …`) and writes in source order", () => {
      expect(
        propertyOf(
          code`
            declare const production: boolean;
            const config: { region?: string } = {};
            config['region'] = 'us-east-1';
            if (production) config.region = 'eu-west-1';
            probe(config);
          `,
          'region',
        ),
      ).toEqual(["'us-east-1'", "'eu-west-1'"]);
    });

    it('writes to other properties, or to a same-named object elsewhere, do not count', () => {
      expect(
        propertyOf(
          code`
            const config: { region?: string; endpoint?: string } = { region: 'eu-west-1' };
            config.endpoint = 'https://s3.eu-west-1.amazonaws.com';
            function other() {
              const config: { region?: string } = {};
              config.region = 'us-east-1';
              return config;
            }
            probe(config);
          `,
          'region',
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    it('follows a const object defined in another file, with the writes in that file', () => {
      expect(
        propertyOf(
          code`
            import { config } from './config.js';
            probe(config);
          `,
          'region',
          {
            'config.ts': code`
              export const config: { region?: string } = {};
              config.region = 'eu-west-1';
            `,
          },
        ),
      ).toEqual(["'eu-west-1'"]);
    });

    // Regression: `??=` (and `||=`) member writes once were ignored, and
    // `const config: S3ClientConfig = {}; config.region ??= 'eu-west-1'; new S3Client(config)` was
    // reported by no-unpinned-client as missingRegion, though it always has one.
    it('a `??=` write sets a missing property', () => {
      const values = propertyOf(
        code`
          const config: { region?: string } = {};
          config.region ??= 'eu-west-1';
          probe(config);
        `,
        'region',
      );
      expect(values).toContain("'eu-west-1'");
      expect(values).not.toContain('absent');
    });

    // BUG (flow-insensitive member writes): an unconditional write after the read replaces the
    // value the object had when it was read. `const config = { region: 'aws-global' };
    // new S3Client(config); config.region = 'eu-west-1';` is not reported by no-unpinned-client.
    it.fails('a write after the read does not hide the value the object had there', () => {
      expect(
        propertyOf(
          code`
            const config = { region: 'aws-global' };
            probe(config);
            config.region = 'eu-west-1';
          `,
          'region',
        ),
      ).toContain("'aws-global'");
    });
  });

  describe('declared types, where the syntax ends', () => {
    it('an optional property may be absent, undefined or a string', () => {
      expect(sorted(propertyOf(`function f(config: { region?: string }) { probe(config); }`, 'region'))).toEqual([
        'absent',
        'anyString',
        'nullish',
      ]);
    });

    it('a required property is its type', () => {
      expect(propertyOf(`function f(config: { region: string }) { probe(config); }`, 'region')).toEqual(['anyString']);
    });

    it('a property not in the type is absent; with an index signature it is unknown', () => {
      const { analyzer, probes } = project(code`
        function f(a: { endpoint: string }, b: Record<string, string>) {
          probe(a);
          probe(b);
        }
      `);
      expect(probes.map((node) => analyzer.property(node, 'region').values.map(describeValue))).toEqual([
        ['absent'],
        ['unknown'],
      ]);
    });

    it('an object that may be undefined may have no property', () => {
      expect(
        sorted(propertyOf(`function f(config: { region: 'eu-west-1' } | undefined) { probe(config); }`, 'region')),
      ).toEqual(["'eu-west-1'", 'absent']);
    });

    it.each([
      ['any', ['unknown']],
      ['unknown', ['unknown']],
      ['{ region: any }', ['unknown']],
      ['{ flag: boolean }', ['unknown']],
      ['{ region: "eu-west-1" | "us-east-1" }', ["'eu-west-1'", "'us-east-1'"]],
    ])('an object of type %s', (type, expected) => {
      const name = type.includes('flag') ? 'flag' : 'region';
      expect(sorted(propertyOf(`function f(config: ${type}) { probe(config); }`, name))).toEqual(expected);
    });

    it('a type parameter is read through its constraint', () => {
      expect(
        propertyOf(`function f<C extends { region: 'eu-west-1' }>(config: C) { probe(config); }`, 'region'),
      ).toEqual(["'eu-west-1'"]);
    });

    it("reads the SDK's own S3ClientConfig: region is optional, a string or a provider", () => {
      expect(
        sorted(
          propertyOf(
            code`
              import type { S3ClientConfig } from '@aws-sdk/client-s3';
              function f(config: S3ClientConfig) {
                probe(config);
              }
            `,
            'region',
          ),
        ),
      ).toEqual(['absent', 'anyString', 'function', 'nullish']);
    });
  });

  describe('caching', () => {
    it('answers the same question twice with the same result', () => {
      const { analyzer, probe } = project(`probe({ region: 'eu-west-1' });`);
      const first = analyzer.property(probe, 'region');
      expect(analyzer.property(probe, 'region')).toBe(first);
      expect(analyzer.expression(probe)).toBe(analyzer.expression(probe));
    });

    // Regression: a result cut off at MAX_DEPTH once was cached on the node like any other, so a
    // later read of the same node from a shallow place got the cut-off `unknown`. Here c0's
    // initializer is first reached at depth 13 (through c12), and then `probe(c0)` must still
    // answer 'eu-west-1'.
    it('a read cut off at the depth limit does not change later, shallower reads', () => {
      const lines = ["const c0 = 'eu-west-1';"];
      for (let i = 1; i <= 12; i++) lines.push(`const c${i} = c${i - 1};`);
      lines.push('probe(c12);', 'probe(c0);');
      const { analyzer, probes } = project(lines.join('\n'));
      const [deep, shallow] = probes;
      if (!deep || !shallow) throw new Error('two probes expected');
      expect(analyzer.expression(deep).map(describeValue)).toEqual(['unknown']);
      expect(analyzer.expression(shallow).map(describeValue)).toEqual(["'eu-west-1'"]);
    });

    it('reads a shallow node the same when nothing deeper was asked first', () => {
      const lines = ["const c0 = 'eu-west-1';"];
      for (let i = 1; i <= 12; i++) lines.push(`const c${i} = c${i - 1};`);
      lines.push('probe(c12);', 'probe(c0);');
      const { analyzer, probes } = project(lines.join('\n'));
      expect(analyzer.expression(probes[1] ?? probes[0]!).map(describeValue)).toEqual(["'eu-west-1'"]);
    });

    it('keeps one analyzer per program', () => {
      const { program, analyzer } = project(`probe(1);`);
      expect(analyzerFor(program)).toBe(analyzer);
      expect(analyzer).toBeInstanceOf(ValueAnalyzer);
    });
  });
});

// `judgeTypedConfig` reads each option with `ValueAnalyzer.property()` and asks the one judgement,
// `judgeClientConfig` in sdk/client-config.ts.
describe('judgeTypedConfig (judgeClientConfig over the value analysis)', () => {
  const strict: JudgeOptions = { allowEnvironmentRegion: false, acceptedHostKinds: new Set() };
  const dualstack: JudgeOptions = { allowEnvironmentRegion: false, acceptedHostKinds: new Set(['dualstack']) };

  interface Judged {
    reason: UnpinnedReason;
    property?: string;
    value?: string;
    host?: string;
  }

  /** A construction of a client of `sdk` whose config is `config`, standing where `probe(…)` is called. */
  function constructionOf(probe: ts.Expression, sdk: SdkVersion, config: ts.Expression | undefined): ClientConstruction {
    return {
      node: probe.parent as ts.CallExpression,
      clientClass: { sdk, name: sdk === 'v3' ? 'S3Client' : 'S3' },
      config,
      spreadArguments: false,
      throughSubclass: false,
    };
  }

  /** The findings for the config probed in `source`, with the text of their nodes. */
  function judge(
    sdk: SdkVersion,
    source: string,
    options: JudgeOptions = strict,
    use: 'client' | 'v2PresignedPost' = 'client',
  ): Judged[] {
    const { analyzer, probe } = project(source);
    return judgeTypedConfig(analyzer, constructionOf(probe, sdk, probe), options, use).findings.map((finding) => ({
      reason: finding.reason,
      ...(finding.property && { property: finding.property.getText() }),
      ...(finding.valueNode && { value: finding.valueNode.getText() }),
      ...(finding.host !== undefined && { host: finding.host }),
    }));
  }

  it('missingRegion: no config at all', () => {
    const { analyzer, probe } = project(`probe(1);`);
    expect(judgeTypedConfig(analyzer, constructionOf(probe, 'v3', undefined), strict).findings).toEqual([{ reason: 'missingRegion' }]);
  });

  it('missingRegion: a config without region (v3 with the environment region not allowed)', () => {
    expect(judge('v3', `probe({ forcePathStyle: true });`)).toEqual([{ reason: 'missingRegion', value: '{ forcePathStyle: true }' }]);
  });

  it('no finding for a missing region when the environment may decide (v3)', () => {
    expect(judge('v3', `probe({});`, { allowEnvironmentRegion: true, acceptedHostKinds: new Set() })).toEqual([]);
  });

  it('the environment never decides for v2', () => {
    expect(judge('v2', `probe({});`, { allowEnvironmentRegion: true, acceptedHostKinds: new Set() })).toEqual([{ reason: 'missingRegion', value: '{}' }]);
  });

  it('optionalRegion: a region that may be undefined', () => {
    expect(judge('v3', `probe({ region: process.env.AWS_REGION });`)).toEqual([
      { reason: 'optionalRegion', property: 'region: process.env.AWS_REGION', value: 'process.env.AWS_REGION' },
    ]);
  });

  it('emptyRegion: a region that may be the empty string', () => {
    expect(judge('v3', `probe({ region: process.env.AWS_REGION ?? '' });`)).toEqual([
      { reason: 'emptyRegion', property: "region: process.env.AWS_REGION ?? ''", value: "''" },
    ]);
  });

  it('globalRegion: aws-global', () => {
    expect(
      judge(
        'v3',
        code`
          const region = 'aws-global';
          probe({ region });
        `,
      ),
    ).toEqual([{ reason: 'globalRegion', property: 'region', value: "'aws-global'" }]);
  });

  it('useGlobalEndpoint: v3 in a region that may be us-east-1', () => {
    expect(judge('v3', `probe({ region: process.env.AWS_REGION ?? 'eu-west-1', useGlobalEndpoint: true });`)).toEqual([
      { reason: 'useGlobalEndpoint', property: 'useGlobalEndpoint: true', value: 'true' },
    ]);
  });

  it('no useGlobalEndpoint finding in a region that is provably not us-east-1, or on a dualstack host', () => {
    expect(judge('v3', `probe({ region: 'eu-west-1', useGlobalEndpoint: true });`)).toEqual([]);
    expect(judge('v3', `probe({ region: 'us-east-1', useGlobalEndpoint: true, useDualstackEndpoint: true });`, dualstack)).toEqual([]);
  });

  it('dualstack and FIPS: a finding each, unless the team accepts the kind', () => {
    const source = `probe({ region: 'eu-west-1', useDualstackEndpoint: true, useFipsEndpoint: true });`;
    expect(judge('v3', source)).toEqual([
      { reason: 'dualstackEndpoint', property: 'useDualstackEndpoint: true', value: 'true' },
      { reason: 'fipsEndpoint', property: 'useFipsEndpoint: true', value: 'true' },
    ]);
    expect(judge('v3', source, dualstack)).toEqual([{ reason: 'fipsEndpoint', property: 'useFipsEndpoint: true', value: 'true' }]);
    // A custom endpoint decides the host by itself (the SDK rejects FIPS or dualstack with one).
    expect(judge('v3', `probe({ region: 'eu-west-1', endpoint: 'https://s3.eu-west-1.amazonaws.com', useFipsEndpoint: true });`)).toEqual([]);
  });

  it('an interface endpoint of another region than a certain region', () => {
    const vpce = 'https://bucket.vpce-1.s3.us-east-1.vpce.amazonaws.com';
    expect(judge('v3', `probe({ region: 'eu-west-1', endpoint: '${vpce}' });`)).toEqual([
      { reason: 'endpointRegion', property: `endpoint: '${vpce}'`, value: `'${vpce}'`, host: vpce },
    ]);
    expect(judge('v3', `probe({ region: 'us-east-1', endpoint: '${vpce}' });`)).toEqual([]);
    expect(judge('v3', `probe({ region: Math.random() > 0.5 ? 'eu-west-1' : 'us-east-1', endpoint: '${vpce}' });`)).toEqual([]);
    // SDK v2 presigns with SigV2 (no region in the URL) unless told v4; its createPresignedPost is SigV4 (measured).
    expect(judge('v2', `probe({ region: 'eu-west-1', endpoint: '${vpce}' });`)).toEqual([]);
    expect(judge('v2', `probe({ region: 'eu-west-1', endpoint: '${vpce}', signatureVersion: 'v4' });`).map((f) => f.reason)).toEqual([
      'endpointRegion',
    ]);
    expect(judge('v2', `probe({ region: 'eu-west-1', endpoint: '${vpce}' });`, strict, 'v2PresignedPost').map((f) => f.reason)).toEqual([
      'endpointRegion',
    ]);
  });

  it('accelerate: useAccelerateEndpoint: true, but not for v2 createPresignedPost', () => {
    const source = `probe({ region: 'eu-west-1', useAccelerateEndpoint: true });`;
    expect(judge('v3', source)).toEqual([
      { reason: 'accelerate', property: 'useAccelerateEndpoint: true', value: 'true' },
    ]);
    expect(judge('v2', source, strict, 'v2PresignedPost')).toEqual([]);
  });

  it('globalEndpoint: an endpoint on the global host, which also pins the host (no region finding)', () => {
    expect(judge('v3', `probe({ endpoint: 'https://s3.amazonaws.com' });`)).toEqual([
      {
        reason: 'globalEndpoint',
        property: "endpoint: 'https://s3.amazonaws.com'",
        value: "'https://s3.amazonaws.com'",
        host: 'https://s3.amazonaws.com',
      },
    ]);
  });

  it('a regional endpoint that is always set pins the client: no finding', () => {
    expect(judge('v2', `probe({ endpoint: 'https://s3.us-east-1.amazonaws.com' });`)).toEqual([]);
  });

  it('usEast1Legacy: v2 in us-east-1 without the regional flag', () => {
    expect(judge('v2', `probe({ region: 'us-east-1' });`)).toEqual([
      { reason: 'usEast1Legacy', property: "region: 'us-east-1'", value: "'us-east-1'" },
    ]);
    expect(judge('v2', `probe({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });`)).toEqual([]);
  });

  it('unprovenRegion: v2 with a region that may be us-east-1', () => {
    expect(judge('v2', `function f(region: string) { probe({ region }); }`)).toEqual([
      { reason: 'unprovenRegion', property: 'region', value: 'region' },
    ]);
    expect(judge('v2', `probe({ region: 'eu-west-1' });`)).toEqual([]);
  });

  it('postInUsEast1: v2 createPresignedPost in us-east-1, whatever the regional flag says', () => {
    expect(
      judge('v2', `probe({ region: 'us-east-1', s3UsEast1RegionalEndpoint: 'regional' });`, strict, 'v2PresignedPost'),
    ).toEqual([{ reason: 'postInUsEast1', property: "region: 'us-east-1'", value: "'us-east-1'" }]);
    expect(judge('v2', `probe({ region: 'eu-west-1' });`, strict, 'v2PresignedPost')).toEqual([]);
  });

  it('postInUsEast1 is not added to another region finding, nor drawn from an unknown region', () => {
    expect(judge('v2', `probe({ region: 'aws-global' });`, strict, 'v2PresignedPost')).toEqual([
      { reason: 'globalRegion', property: "region: 'aws-global'", value: "'aws-global'" },
    ]);
    expect(judge('v2', `declare const region: any;\nprobe({ region });`, strict, 'v2PresignedPost')).toEqual([]);
    expect(
      judge('v2', `function f(region: string) { probe({ region }); }`, strict, 'v2PresignedPost'),
    ).toEqual([{ reason: 'postInUsEast1', property: 'region', value: 'region' }]);
  });

  it('draws no finding from an unknown value', () => {
    expect(judge('v2', `declare const region: unknown;\nprobe({ region });`)).toEqual([]);
    expect(judge('v2', `declare const region: any;\ndeclare const flag: any;\nprobe({ region, s3UsEast1RegionalEndpoint: flag });`)).toEqual([]);
    expect(judge('v3', `declare const config: any;\nprobe(config);`)).toEqual([]);
    expect(judge('v3', `function f(key: string) { probe({ [key]: 'eu-west-1' }); }`)).toEqual([]);
  });

  it('an untyped (any) v2 region in a config that visibly lacks the regional flag may be us-east-1', () => {
    expect(judge('v2', `declare const region: any;\nprobe({ region });`)).toEqual([{ reason: 'unprovenRegion', property: 'region', value: 'region' }]);
    // A parameter's call sites decide it (call-sites.ts), not the construction.
    expect(judge('v2', `function f(region: any) { probe({ region }); }`)).toEqual([]);
  });

  it('an unknown region with useGlobalEndpoint: true is reported: the finding is the known flag', () => {
    expect(judge('v3', `declare const region: any;\nprobe({ region, useGlobalEndpoint: true });`)).toEqual([
      { reason: 'useGlobalEndpoint', property: 'useGlobalEndpoint: true', value: 'true' },
    ]);
  });
});
