import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from '../support/tmp.js';

const collect = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'checksums', 'collect.ts')).href;

/** Lists `subject` in a process of its own and says how many files it found and whether tinyglobby was loaded. */
async function listAlone(subject: string, cwd: string): Promise<{ files: number; globLoaded: boolean }> {
  const script = `
import { registerHooks } from 'node:module';
let globLoaded = false;
registerHooks({ resolve(specifier, context, next) { if (specifier === 'tinyglobby') globLoaded = true; return next(specifier, context); } });
const { collectArtifacts } = await import(${JSON.stringify(collect)});
const files = await collectArtifacts([process.argv[1]], { cwd: process.cwd(), base: process.cwd() });
process.stdout.write(JSON.stringify({ files: files.length, globLoaded }));
`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script, subject], { cwd });
  return JSON.parse(stdout) as { files: number; globLoaded: boolean };
}

test('the glob library is loaded only for a subject that may be a glob, not for a directory or a file', { timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  for (const name of ['a.tgz', 'b.tgz', 'notes (final).txt']) await writeFile(join(dir, 'dist', name), name);
  assert.deepEqual(await listAlone('dist', dir), { files: 3, globLoaded: false });
  assert.deepEqual(await listAlone('dist/a.tgz', dir), { files: 1, globLoaded: false });
  assert.deepEqual(await listAlone('dist/*.tgz', dir), { files: 2, globLoaded: true });
  // A name with a glob character is asked about, and, not being a glob, is the file it names.
  assert.deepEqual(await listAlone('dist/notes (final).txt', dir), { files: 1, globLoaded: true });
});
