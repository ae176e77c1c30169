/**
 * The rewrite `new S3Client(args)` → `createS3Client(args)`: the call, the import of the factory
 * (added once, merged into an existing import of that module, `require` in CommonJS), and the
 * removal of the client class import once nothing else uses it.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { existingBinding, importEdits, unusedImportRemoval, type NamedImport } from './imports.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** All the edits of one rewrite, or undefined when the factory's name is taken by something else. */
export function factoryRewriteFix(
  sourceCode: SourceCode,
  filename: string,
  node: TSESTree.NewExpression,
  factory: NamedImport,
): TSESLint.ReportFixFunction | undefined {
  const binding = existingBinding(sourceCode, node, factory);
  if (binding === 'conflict') return undefined;
  const calleeEnd = (node.typeArguments ?? node.callee).range[1];
  const hasParens = sourceCode.getTokenAfter(node.typeArguments ?? node.callee)?.value === '(' && node.range[1] > calleeEnd;
  const removal = unusedImportRemoval(sourceCode, node.callee);
  return (fixer) => [
    ...(binding === 'none' ? importEdits(fixer, sourceCode, filename, factory, removal?.declaration) : []),
    fixer.replaceTextRange([node.range[0], calleeEnd], hasParens ? factory.name : `${factory.name}()`),
    ...(removal ? [fixer.removeRange(removal.range)] : []),
  ];
}
