// The project's rule: speed is measured in bench/, never asserted in a test. A test that asserts on
// elapsed wall time fails on a loaded machine and passes on a fast one whatever the code does; one
// that needs a bound on work asserts how CPU time scales with the input instead (scaling.ts).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const TESTS = join(import.meta.dirname, '..');
/** An assertion on a difference of clock readings: `assert.ok(Date.now() - started < 2000)`, `performance.now() - t0`. */
const ELAPSED_ASSERTION = /assert[\w.]*\([^;]*(?:performance\.now\(\)|Date\.now\(\)|process\.hrtime(?:\.bigint)?\(\))\s*-\s*[\w.]+/;

test('no test asserts on elapsed wall time', async () => {
  const offending: string[] = [];
  for (const entry of await readdir(TESTS, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.parentPath.includes('fixtures')) continue;
    const path = join(entry.parentPath, entry.name);
    if (path === import.meta.filename) continue;
    (await readFile(path, 'utf8')).split('\n').forEach((line, index) => {
      if (ELAPSED_ASSERTION.test(line)) offending.push(`${relative(TESTS, path)}:${index + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offending, []);
  assert.ok(ELAPSED_ASSERTION.test("  assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);"), 'the pattern finds what it is for');
});
