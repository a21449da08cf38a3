import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

test("the README's `npm run bench` row names every benchmark bench/run.ts runs, and no other", () => {
  const row = readFileSync(join(root, 'README.md'), 'utf8').split('\n').find((line) => line.startsWith('| `npm run bench'));
  assert.ok(row !== undefined, 'the README has an `npm run bench` row');
  // The names are the code spans of the second cell that are one lower-case word (`checksums --check` and `@actions/attest` are not).
  const benches = readdirSync(join(root, 'bench'))
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('_'))
    .map((file) => file.slice(0, -3))
    .sort();
  const named = [...(row.split(' | ')[1] ?? '').matchAll(/`([a-z][a-z0-9-]*)`/g)].map((match) => match[1] ?? '');
  assert.deepEqual([...new Set(named)].sort(), benches);
});
