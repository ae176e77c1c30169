/**
 * ESLint's scope analysis, asked the few questions the plugin needs: which variable a name
 * refers to, how it is defined, and where it is written. Works the same in ESLint and in oxlint's
 * ESLint-compatible plugin API (`sourceCode.getScope`).
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;
export type Definition = TSESLint.Scope.Definition;

/** The variable `name` refers to from `node`'s scope, looking outwards; undefined for a global that is not declared. */
export function findVariable(sourceCode: SourceCode, node: TSESTree.Node, name: string): Variable | undefined {
  for (let scope: Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/** The one definition of a variable, when it has exactly one (not a redeclared `var` or a merged declaration). */
export function onlyDefinition(variable: Variable | undefined): Definition | undefined {
  return variable?.defs.length === 1 ? variable.defs[0] : undefined;
}

/** Is the variable ever written after its declaration (`x = …`, `x ??= …`, `x++`, destructuring)? */
export function isReassigned(variable: Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

/** The kinds of definition the plugin tells apart (ESLint's `Definition#type`), with their shapes. */
interface DefinitionsByKind {
  ImportBinding: TSESLint.Scope.Definitions.ImportBindingDefinition;
  Variable: TSESLint.Scope.Definitions.VariableDefinition;
  Parameter: TSESLint.Scope.Definitions.ParameterDefinition;
  FunctionName: TSESLint.Scope.Definitions.FunctionNameDefinition;
  ClassName: TSESLint.Scope.Definitions.ClassNameDefinition;
}
export type DefinitionKind = keyof DefinitionsByKind;

/** Is this definition of the given kind? (Compared as text: the enum lives in a package not loaded at run time.) */
export function isDefinitionOf<K extends DefinitionKind>(
  definition: Definition | undefined,
  kind: K,
): definition is DefinitionsByKind[K] {
  return (definition?.type as string | undefined) === kind;
}
