import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatChecksums, parseChecksums } from '../../src/checksums/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');

/** Names the checksums format carries only with care: escapes, and what JavaScript's `.` and `trim` treat as line ends. */
const AWKWARD = ['back\\slash', 'trailing\\', 'line\u2028separator', 'para\u2029graph', 'next\u0085line', ' leading space', 'trailing space ', '*star', 'a  (b) = c'];
const LINE_BREAKS = ['new\nline', 'carriage\rreturn', 'ends with\r', '\nstarts'];

test('awkward names are written so that sha256sum -c and --check both read every one back', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  for (const name of AWKWARD) await writeFile(join(dir, 'dist', name), name);
  const run = await cli(['checksums', '--base', 'dist', '-o', 'dist/SHA256SUMS', 'dist'], dir);
  assert.equal(run.code, 0, run.stderr);
  const sha = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'dist'), encoding: 'utf8' });
  assert.equal(sha.status, 0, sha.stdout + sha.stderr);
  assert.equal(sha.stdout.match(/: OK$/gm)?.length, AWKWARD.length, sha.stdout);
  const ours = await cli(['checksums', '--check', 'dist/SHA256SUMS', '--base', 'dist'], dir);
  assert.equal(ours.code, 0, ours.stdout + ours.stderr);
  assert.equal(ours.stdout, sha.stdout);
  assert.deepEqual(ours.stdout.split(/: OK\n/).filter(Boolean).sort(), [...AWKWARD].sort());
  // What sha256sum itself writes for them, --tag included, reads the same.
  const written = execFileSync('sha256sum', AWKWARD, { cwd: join(dir, 'dist'), encoding: 'utf8' }) + execFileSync('sha256sum', ['--tag', ...AWKWARD], { cwd: join(dir, 'dist'), encoding: 'utf8' });
  assert.deepEqual(parseChecksums(written.split('\n').slice(0, AWKWARD.length).join('\n'), 'x').map((entry) => entry.name), AWKWARD);
  await writeFile(join(dir, 'dist', 'BOTH'), written);
  const both = await cli(['checksums', '--check', 'dist/BOTH', '--base', 'dist'], dir);
  assert.equal(both.code, 0, both.stderr);
  assert.equal(both.stdout.match(/: OK\n/g)?.length, AWKWARD.length * 2);
});

test('names with a line feed or carriage return are escaped as coreutils does, and read back by sha256sum -c and our parser', async (t) => {
  const dir = await tempDir(t);
  for (const name of LINE_BREAKS) await writeFile(join(dir, name), name);
  const text = formatChecksums(LINE_BREAKS.map((name) => ({ name, hex: sha256(name) })));
  // Exactly what sha256sum writes for the same files.
  const lines = (output: string): string[] => output.split('\n').filter(Boolean).sort();
  assert.deepEqual(lines(text), lines(execFileSync('sha256sum', LINE_BREAKS, { cwd: dir, encoding: 'utf8' })));
  assert.deepEqual(
    parseChecksums(text, 'SUMS').map((entry) => entry.name).sort(),
    [...LINE_BREAKS].sort(),
  );
  await writeFile(join(dir, 'SUMS'), text);
  const sha = spawnSync('sha256sum', ['-c', 'SUMS'], { cwd: dir, encoding: 'utf8' });
  assert.equal(sha.status, 0, sha.stdout + sha.stderr);
  const ours = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(ours.code, 0, ours.stdout + ours.stderr);
  // The report is sha256sum's, byte for byte: a name with a line feed is printed escaped, one line each.
  assert.equal(ours.stdout, sha.stdout);
  assert.equal(ours.stdout.split('\n').filter(Boolean).length, LINE_BREAKS.length);
});

test('a release never signs a checksums file with a line break in a name: creating it is refused with a coded error', async (t) => {
  const dir = await tempDir(t);
  for (const name of LINE_BREAKS) {
    await mkdir(join(dir, 'one'), { recursive: true });
    await writeFile(join(dir, 'one', name), 'x');
    const run = await cli(['checksums', '-o', 'SUMS', 'one'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^trust-kit: CHECKSUMS_UNSAFE_NAME: .* has a line break in its name/, JSON.stringify(name));
    execFileSync('rm', ['-rf', join(dir, 'one')]);
  }
  await assert.rejects(readFile(join(dir, 'SUMS')), { code: 'ENOENT' }, 'nothing was written');
});
