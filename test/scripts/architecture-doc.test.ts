import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

test("docs/architecture.md's layout table has a row for every folder of src/", () => {
  const text = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  const rows = new Set([...text.matchAll(/^\| `(src\/[^`]*)` \|/gm)].map((match) => match[1]));
  const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => (entry.name === 'actions' ? 'src/actions/<name>/' : `src/${entry.name}/`));
  assert.deepEqual(folders.filter((folder) => !rows.has(folder)), []);
});
