import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { TrustKitError } from '../../src/core/errors.js';

const ROOT = join(import.meta.dirname, '..', '..');
const VERIFY_MD = readFileSync(join(ROOT, 'docs', 'verify.md'), 'utf8');

/** The rows of a Markdown table that starts with the given header line: its cells, trimmed. */
function tableRows(text: string, header: string): string[][] {
  const start = text.indexOf(header);
  assert.notEqual(start, -1, `docs/verify.md has the table "${header}"`);
  const rows: string[][] = [];
  for (const line of text.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

/** Every `VERIFY_…` error code the sources throw. */
function verifyCodesInSources(): Set<string> {
  const codes = new Set<string>();
  for (const name of readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).filter((file) => file.endsWith('.ts'))) {
    for (const match of readFileSync(join(ROOT, 'src', name), 'utf8').matchAll(/'(VERIFY_[A-Z_]*[A-Z])'/g)) codes.add(match[1] ?? '');
  }
  return codes;
}

test("docs/verify.md's exit-code table gives each code the exit the CLI gives it", () => {
  const rows = tableRows(VERIFY_MD, '| exit | meaning | codes |');
  assert.deepEqual(rows.map((row) => Number(row[0])), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  for (const [exit, , codes] of rows) {
    for (const code of (codes ?? '').match(/`[A-Z][A-Z0-9_]*[A-Z]`/g) ?? []) {
      const name = code.slice(1, -1);
      assert.equal(exitCodeFor(new TrustKitError(name, 'x')), Number(exit), `${name} is listed under exit ${exit}`);
    }
  }
});

test("docs/verify.md's table of checks names every VERIFY_ code the sources throw", () => {
  // The table shortens siblings: `VERIFY_CERTIFICATE_INVALID` / `_UNTRUSTED` names VERIFY_CERTIFICATE_UNTRUSTED
  // too, and `VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH` / `_REPOSITORY_MISMATCH` VERIFY_POLICY_REPOSITORY_MISMATCH:
  // a sibling is read after every prefix of the first name that ends before a `_`.
  const documented = new Set<string>();
  for (const [cell] of tableRows(VERIFY_MD, '| code | the check that failed |')) {
    const names = (cell ?? '').match(/`[A-Z_]+`/g)?.map((name) => name.slice(1, -1)) ?? [];
    const first = names[0] ?? '';
    for (const name of names) {
      if (!name.startsWith('_')) documented.add(name);
      else for (let at = first.indexOf('_'); at > 0; at = first.indexOf('_', at + 1)) documented.add(`${first.slice(0, at)}${name}`);
    }
  }
  const missing = [...verifyCodesInSources()].filter((code) => !documented.has(code) && !code.endsWith('_'));
  assert.deepEqual(missing, []);
});
