// docs/errors.md is the reference of every error code a user can meet: each code the sources raise is listed there
// (or, for the image commands, in docs/images.md's table, which test/images/error-codes.test.ts keeps), with the exit
// code the CLI gives it, when it happens and what to do; a code that no longer exists must leave the page too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { TrustKitError } from '../../src/core/errors.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CODE = "'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'";

/** Every TypeScript source under src/, by path relative to the repository. */
function sources(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).filter((file) => file.endsWith('.ts'))) {
    texts.set(join('src', name), readFileSync(join(ROOT, 'src', name), 'utf8'));
  }
  return texts;
}

/** The members of every `type …Code = 'A' | 'B';` union, by code, with the module declaring it. */
function declaredCodes(texts: Map<string, string>): Map<string, string> {
  const codes = new Map<string, string>();
  for (const [path, text] of texts) {
    for (const union of text.matchAll(/type \w+Code =([^;]+);/g)) {
      for (const member of (union[1] ?? '').matchAll(new RegExp(CODE, 'g'))) codes.set(member[1] ?? '', path);
    }
  }
  return codes;
}

/**
 * The codes errors are made with outside any union: `new XError('CODE'`, `super('CODE'`, `TrustKitError<'CODE'>`, and
 * the downgrade reasons' `code: 'DOWNGRADE_…'`.
 */
function raisedCodes(texts: Map<string, string>): Map<string, string> {
  const codes = new Map<string, string>();
  const made = new RegExp(`(?:new \\w*Error\\(\\s*|super\\(\\s*|TrustKitError<)${CODE}|code: '(DOWNGRADE_[A-Z_]+)'`, 'g');
  for (const [path, text] of texts) for (const match of text.matchAll(made)) codes.set(match[1] ?? match[2] ?? '', path);
  return codes;
}

/** The rows of a table of `docs/<file>` between `<!-- <marker>:start -->` and `<!-- <marker>:end -->`, by code. */
function documented(file: string, marker: string): Map<string, string[]> {
  const text = readFileSync(join(ROOT, 'docs', file), 'utf8');
  const rows = new Map<string, string[]>();
  let at = 0;
  for (;;) {
    const start = text.indexOf(`<!-- ${marker}:start -->`, at);
    if (start === -1) break;
    const end = text.indexOf(`<!-- ${marker}:end -->`, start);
    assert.ok(end > start, `docs/${file}: each ${marker} table ends`);
    for (const line of text.slice(start, end).split('\n').filter((row) => row.startsWith('| `'))) {
      // A `\|` inside a cell is a pipe of its text.
      const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
      const name = /^`([A-Z][A-Z0-9_]+)`$/.exec(cells[0] ?? '')?.[1];
      assert.ok(name !== undefined, `docs/${file}: a row names one code: ${line}`);
      assert.ok(!rows.has(name), `docs/${file}: ${name} is listed once`);
      rows.set(name, cells.slice(1));
    }
    at = end;
  }
  assert.ok(rows.size > 0, `docs/${file} has ${marker} tables`);
  return rows;
}

const texts = sources();
const declared = declaredCodes(texts);
const raised = raisedCodes(texts);
const errors = documented('errors.md', 'error-codes');
const downgrades = documented('errors.md', 'downgrade-codes');
const images = documented('images.md', 'image-error-codes');

test('docs/errors.md (or docs/images.md for the image commands) lists every code the sources declare or raise', () => {
  const missing = [...new Set([...declared.keys(), ...raised.keys()])]
    .filter((code) => !errors.has(code) && !downgrades.has(code) && !images.has(code))
    .map((code) => `${code} (${declared.get(code) ?? raised.get(code)})`);
  assert.deepEqual(missing, []);
});

test('docs/errors.md lists no code the sources no longer have', () => {
  const gone = [...errors.keys(), ...downgrades.keys()].filter((code) => !declared.has(code) && !raised.has(code));
  assert.deepEqual(gone, []);
});

test('every code a union declares is raised somewhere: no code is promised that no error carries', () => {
  const unused = [...declared].filter(([code]) => {
    let uses = 0;
    for (const text of texts.values()) {
      const outsideUnions = text.replace(/type \w+Code =[^;]+;/g, '');
      uses += outsideUnions.split(`'${code}'`).length - 1;
    }
    return uses === 0;
  });
  assert.deepEqual(unused.map(([code, path]) => `${code} (${path})`), []);
});

test('each row of docs/errors.md gives the exit code the CLI gives, when the error happens and what to do', () => {
  for (const [code, [exit = '', when = '', todo = '']] of errors) {
    assert.equal(exit, String(exitCodeFor(new TrustKitError(code, 'documented'))), `${code}: the exit code the CLI gives it`);
    assert.ok(when.length > 15 && todo.length > 10, `${code}: says when it happens and what to do`);
  }
  for (const [code, [when = '', todo = '']] of downgrades) assert.ok(when.length > 15 && todo.length > 10, `${code}: says when it happens and what to do`);
});
