// What a library user writing a parser sees of ParseInput and ParseResult: the published declarations
// (made as tsconfig.build.json makes them), every field of which docs/library.md names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');

/** The published declaration of `file` (under src/), with the build's options. */
function declarationOf(file: string): ts.SourceFile {
  const build = ts.readConfigFile(join(ROOT, 'tsconfig.build.json'), (path) => readFileSync(path, 'utf8')).config as { compilerOptions: Record<string, unknown> };
  const { options } = ts.convertCompilerOptionsFromJson(build.compilerOptions, ROOT);
  const text = ts.transpileDeclaration(readFileSync(join(ROOT, 'src', file), 'utf8'), { compilerOptions: options, fileName: file }).outputText;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
}

/** The names of the members of interface `name` in `source`. */
function membersOf(source: ts.SourceFile, name: string): string[] {
  const found = source.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === name);
  assert.ok(found, `${name} is declared`);
  return found.members.map((member) => (member.name !== undefined && ts.isIdentifier(member.name) ? member.name.text : '?'));
}

test('the published ParseInput leaves out the store trust-kit\'s own parsers share, and docs/library.md names every field of ParseInput and ParseResult', () => {
  const input = membersOf(declarationOf('sbom/parser.ts'), 'ParseInput');
  const result = membersOf(declarationOf('sbom/model.ts'), 'ParseResult');
  assert.ok(!input.includes('shared'), `ParseInput publishes ${input.join(', ')}`);
  assert.ok(input.includes('readSibling') && result.includes('unknownCount'));
  const doc = readFileSync(join(ROOT, 'docs', 'library.md'), 'utf8');
  const undocumented = [...input.map((field) => `ParseInput.${field}`), ...result.map((field) => `ParseResult.${field}`)].filter((field) => !doc.includes(`\`${field.split('.')[1] ?? ''}`));
  assert.deepEqual(undocumented, []);
});
