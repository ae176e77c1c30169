/**
 * The configured client factory: where it lives, how a file imports it, and whether a
 * construction's arguments fit its parameters (so that rewriting `new S3Client(args)` to
 * `createS3Client(args)` still type-checks).
 */
import * as path from 'node:path';
import type ts from 'typescript';
import { typescript } from './typescript.js';
import type { FactorySetting } from '../settings.js';
import { isRelativeModule } from '../syntax/factory.js';

const resolutions = new WeakMap<ts.Program, Map<string, string | null>>();

/** The source file the factory module resolves to in this program, if it does. */
export function factoryFile(
  setting: FactorySetting,
  program: ts.Program,
  fileName: string,
  baseDir: string,
): ts.SourceFile | undefined {
  const containing = isRelativeModule(setting.module) ? path.join(baseDir, 'eslint.config.ts') : fileName;
  const key = `${setting.module}\0${isRelativeModule(setting.module) ? baseDir : path.dirname(fileName)}`;
  let cache = resolutions.get(program);
  if (!cache) {
    cache = new Map();
    resolutions.set(program, cache);
  }
  let resolved = cache.get(key);
  if (resolved === undefined) {
    const result = typescript.resolveModuleName(setting.module, containing, program.getCompilerOptions(), typescript.sys);
    resolved = result.resolvedModule?.resolvedFileName ?? null;
    cache.set(key, resolved);
  }
  return resolved === null ? undefined : program.getSourceFile(resolved);
}

/** Is this file the factory's own module? */
export function isFactoryModule(
  setting: FactorySetting,
  program: ts.Program,
  fileName: string,
  baseDir: string,
): boolean {
  const file = factoryFile(setting, program, fileName, baseDir);
  return file !== undefined && path.resolve(file.fileName) === path.resolve(fileName);
}

/**
 * Do these arguments fit the factory's parameters? `undefined` when the factory cannot be found
 * in the program (then a rewrite cannot be proven to type-check).
 */
export function factoryAccepts(
  setting: FactorySetting,
  program: ts.Program,
  fileName: string,
  baseDir: string,
  args: readonly ts.Expression[],
): boolean | undefined {
  const file = factoryFile(setting, program, fileName, baseDir);
  if (!file) return undefined;
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) return undefined;
  const exported = checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === setting.name);
  if (!exported) return false;
  const symbol = exported.flags & typescript.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const type = checker.getTypeOfSymbolAtLocation(symbol, file);
  return type.getCallSignatures().some((signature) => fits(checker, signature, args));
}

function fits(checker: ts.TypeChecker, signature: ts.Signature, args: readonly ts.Expression[]): boolean {
  const parameters = signature.getParameters();
  if (args.length > parameters.length) return false;
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i];
    if (!parameter) return false;
    const declaration = parameter.valueDeclaration;
    const optional =
      declaration !== undefined &&
      typescript.isParameter(declaration) &&
      (declaration.questionToken !== undefined || declaration.initializer !== undefined || declaration.dotDotDotToken !== undefined);
    const arg = args[i];
    if (arg === undefined) {
      if (!optional) return false;
      continue;
    }
    const target = checker.getTypeOfSymbolAtLocation(parameter, arg);
    if (!checker.isTypeAssignableTo(checker.getTypeAtLocation(arg), target)) return false;
  }
  return true;
}
