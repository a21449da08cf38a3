import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { counted } from '../../src/core/plural.js';
import { processPlace } from '../../src/core/process-place.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('counts are in the right number: 1 artifact, 2 artifacts', async (t) => {
  assert.deepEqual([counted(0, 'artifact'), counted(1, 'artifact'), counted(2, 'artifact'), counted(2, 'dependency', 'dependencies')], ['0 artifacts', '1 artifact', '2 artifacts', '2 dependencies']);
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'a'), 'a\n');
  const one = await cli(['checksums', '--output', 'SHA256SUMS', 'dist'], dir);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(one.stderr, 'trust-kit: wrote 1 sha256 checksum to SHA256SUMS\n');
  await writeFile(join(dir, 'dist', 'b'), 'b\n');
  const two = await cli(['checksums', '--output', 'SHA256SUMS', 'dist'], dir);
  assert.equal(two.stderr, 'trust-kit: wrote 2 sha256 checksums to SHA256SUMS\n');
});

test('`checksums .` skips .git (a directory, or the file of a worktree) while walking; naming .git itself still hashes it', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, '.git', 'objects'), { recursive: true });
  await writeFile(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(join(dir, '.git', 'objects', 'ab'), 'x');
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', '.git'), 'gitdir: ../.git/worktrees/sub\n');
  await writeFile(join(dir, 'sub', 'app.tgz'), 'app\n');
  await writeFile(join(dir, '.gitignore'), 'out/\n');
  const run = await cli(['checksums', '.'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n').map((line) => line.slice(66)), ['.gitignore', 'sub/app.tgz']);
  const named = await cli(['checksums', '.git'], dir);
  assert.deepEqual(named.stdout.trim().split('\n').map((line) => line.slice(66)), ['.git/HEAD', '.git/objects/ab']);
});

test('a file or directory whose name begins with two dots (..data, ..lib/) is in the base: listed by a walk, a glob and by name, and checked', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist', '..lib'), { recursive: true });
  await writeFile(join(dir, 'dist', '..data'), 'data\n');
  await writeFile(join(dir, 'dist', '..lib', 'a.tgz'), 'a\n');
  const names = (stdout: string): string[] => stdout.trim().split('\n').map((line) => line.slice(66));
  for (const subjects of [['dist'], ['dist/*'], ['dist/..data', 'dist/..lib']]) {
    const run = await cli(['checksums', '--base', 'dist', ...subjects], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(names(run.stdout), ['..data', '..lib/a.tgz'], subjects.join(' '));
  }
  const written = await cli(['checksums', '--base', 'dist', '--output', 'SHA256SUMS', 'dist'], dir);
  assert.equal(written.code, 0, written.stderr);
  const checked = await cli(['checksums', '--check', 'SHA256SUMS', '--base', 'dist'], dir);
  assert.equal(checked.code, 0, checked.stderr);
  assert.match(checked.stdout, /^\.\.data: OK\n\.\.lib\/a\.tgz: OK\n$/);
});

test('a flag of the other mode is a usage error before any file is read, not silently ignored', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const withCheck = await cli(['checksums', '--check', 'SUMS', '--output', 'x', '--algorithm', 'sha512', 'a'], dir);
  assert.equal(withCheck.code, 2);
  assert.match(withCheck.stderr, /CONFIG_INVALID: 3 invalid inputs:\n {2}--algorithm: has no effect with --check.*\n {2}--output: .*\n {2}argument PATH: /);
  const withoutCheck = await cli(['checksums', '--quiet', '--output', 'SUMS', 'a'], dir);
  assert.equal(withoutCheck.code, 2);
  assert.match(withoutCheck.stderr, /--quiet: applies only with --check FILE/);
  await assert.rejects(readFile(join(dir, 'SUMS')), { code: 'ENOENT' });
});

test('a bad value in a later flag fails before anything is hashed or written', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const run = await cli(['checksums', '--output', 'SUMS', 'a', '--algorithm', 'md5'], dir);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--algorithm: is "md5"; expected one of sha256, sha512/);
  await assert.rejects(readFile(join(dir, 'SUMS')), { code: 'ENOENT' });
});

test('`checksums DIR` leaves out the commit lock and a temporary file a killed run left there, and says once, naming each, that the user may remove it', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  // As a run killed while putting dist/SHA256SUMS in place leaves them (pid 4194305 is above Linux's highest).
  const temporary = `.SHA256SUMS.0123456789ab.4194305.${processPlace()}.tmp`;
  await writeFile(join(dir, 'dist', temporary), 'an earlier run\'s partial file\n');
  await writeFile(join(dir, 'dist', '.trust-kit-commit.lock'), '{"pid":4194305,"place":"0123abcd","nonce":"0123456789ab"}');
  const run = await cli(['checksums', 'dist', 'dist/app.tgz', 'dist'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n').map((line) => line.slice(66)), ['dist/app.tgz']);
  const warnings = run.stderr.trim().split('\n');
  assert.equal(warnings.length, 2, run.stderr);
  assert.match(warnings[0] ?? '', new RegExp(`^trust-kit: warning: left .*dist/${temporary.replaceAll('.', '\\.')}"? out of the artifacts: it is trust-kit's own temporary file, .*killed.*; remove it`));
  assert.match(warnings[1] ?? '', /^trust-kit: warning: left .*dist\/\.trust-kit-commit\.lock"? out of the artifacts: it is trust-kit's own commit lock, /);
});

test('`checksums DIR` leaves out a staging directory and a moved-aside output a killed release left there, and says so of each: their files are no artifacts', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist', '.out.trust-kit-staging-0123456789ab'), { recursive: true });
  await mkdir(join(dir, 'dist', '.out.trust-kit-replaced-0123456789ab'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(dir, 'dist', '.out.trust-kit-staging-0123456789ab', '.trust-kit-staging'), '{"pid":4194305}');
  await writeFile(join(dir, 'dist', '.out.trust-kit-staging-0123456789ab', 'SHA256SUMS'), 'a killed run\'s\n');
  await writeFile(join(dir, 'dist', '.out.trust-kit-replaced-0123456789ab', 'SHA256SUMS'), 'an earlier output\n');
  // A directory merely named like one, without the random part, is the user's.
  await mkdir(join(dir, 'dist', '.out.trust-kit-staging-notours'));
  await writeFile(join(dir, 'dist', '.out.trust-kit-staging-notours', 'kept'), 'kept\n');
  const run = await cli(['checksums', 'dist'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n').map((line) => line.slice(66)), ['dist/.out.trust-kit-staging-notours/kept', 'dist/app.tgz']);
  assert.match(run.stderr, /warning: left .*\.out\.trust-kit-staging-0123456789ab"? out of the artifacts: it is trust-kit's own staging directory/);
  assert.match(run.stderr, /warning: left .*\.out\.trust-kit-replaced-0123456789ab"? out of the artifacts: it is an earlier release output .* the next release into that output directory puts it back/);
});

test('`--output -` prints the checksums (no file named "-"); `--check -` says standard input is not read', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const run = await cli(['checksums', '-o', '-', 'a'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7  a\n');
  assert.equal(run.stderr, '');
  await assert.rejects(readFile(join(dir, '-')), { code: 'ENOENT' });
  // Standard input is not read for --check: said so (exit 2), not "cannot read checksums file -: ENOENT".
  const check = await cli(['checksums', '--check', '-'], dir);
  assert.equal(check.code, 2);
  assert.match(check.stderr, /^trust-kit: CONFIG_INVALID: --check: is -, but standard input and output are not read or written here\n {2}hint: give a file's path \(\.\/- for a file named -\)/);
});

test('a PATH or glob given relative to --base is not found, and the hint says paths start at the working directory and which to give', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  const file = await cli(['checksums', '--base', 'dist', 'app.tgz'], dir);
  assert.equal(file.code, 1);
  assert.equal(file.stderr, 'trust-kit: CHECKSUMS_PATH_NOT_FOUND: "app.tgz" does not exist\n  hint: paths are relative to the working directory, not to the base directory "dist", which only shapes the names listed: give "dist/app.tgz"\n');
  const glob = await cli(['checksums', '--base', 'dist', '*.tgz'], dir);
  assert.equal(glob.code, 1);
  assert.match(glob.stderr, /^trust-kit: CHECKSUMS_NO_MATCH: "\*\.tgz" matches no file\n {2}hint: paths are relative to the working directory, not to the base directory "dist", which only shapes the names listed: give "dist\/\*\.tgz"\n$/);
  // Not there under the base either: the usual hint.
  assert.match((await cli(['checksums', '--base', 'dist', 'nope.tgz'], dir)).stderr, /hint: check the path; relative paths are resolved against the working directory/);
});

test('an --output named SHA512SUMS (or SHA256SUMS) says the algorithm without --algorithm, and must agree with it', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const named = await cli(['checksums', '-o', 'dist/SHA512SUMS', 'a'], dir);
  assert.equal(named.code, 0, named.stderr);
  assert.equal(named.stderr, 'trust-kit: wrote 1 sha512 checksum to dist/SHA512SUMS\n');
  assert.match(await readFile(join(dir, 'dist', 'SHA512SUMS'), 'utf8'), /^[0-9a-f]{128} {2}a\n$/);
  for (const [algorithm, name] of [['sha512', 'SHA256SUMS'], ['SHA256', 'sha512sums.txt']] as const) {
    const run = await cli(['checksums', '-a', algorithm, '-o', name, 'a'], dir);
    assert.equal(run.code, 2, `${algorithm} ${name}`);
    assert.match(run.stderr, new RegExp(`^trust-kit: CONFIG_INVALID: --output: "${name}" is the name of sha(256|512) checksums, but --algorithm is ${algorithm}; name it SHA(256|512)SUMS, or leave --algorithm out\\n`));
    await assert.rejects(readFile(join(dir, name)), { code: 'ENOENT' });
  }
  // Another name says nothing: sha256 by default.
  assert.match((await cli(['checksums', '-o', 'checksums.txt', 'a'], dir)).stderr, /wrote 1 sha256 checksum/);
  // An extension says it as the name does.
  assert.match((await cli(['checksums', '-o', 'checksums.sha512', 'a'], dir)).stderr, /wrote 1 sha512 checksum to checksums\.sha512/);
  // A name for checksums trust-kit does not make would hold lines sha1sum -c (or md5sum -c) finds none of its own in.
  for (const name of ['SHA1SUMS', 'MD5SUMS', 'sha384sums.txt', 'B2SUMS', 'release.sha1']) {
    const run = await cli(['checksums', '-o', name, 'a'], dir);
    assert.equal(run.code, 2, name);
    assert.match(run.stderr, new RegExp(`^trust-kit: CONFIG_INVALID: --output: "${name.replace('.', '\\.')}" is the name of (md5|sha1|sha384|b2) checksums, which trust-kit does not make .*; name it SHA256SUMS or SHA512SUMS\n`));
    await assert.rejects(readFile(join(dir, name)), { code: 'ENOENT' });
  }
});

test('--check of a checksums file whose names are relative to its own directory, run from elsewhere, says to pass --base', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  assert.equal((await cli(['checksums', '--base', 'dist', '-o', 'dist/SHA256SUMS', 'dist/app.tgz'], dir)).code, 0);
  for (const flags of [[], ['--ignore-missing']]) {
    const run = await cli(['checksums', '--check', 'dist/SHA256SUMS', ...flags], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^trust-kit: the listed names are relative to --base \(default: the working directory\), and they are beside dist\/SHA256SUMS: pass --base dist\n/m, flags.join(' '));
  }
  const based = await cli(['checksums', '--check', 'dist/SHA256SUMS', '--base', 'dist'], dir);
  assert.deepEqual([based.code, based.stdout, based.stderr], [0, 'app.tgz: OK\n', '']);
});

test('--check with a --base that does not exist says so of the base, not of every listed file', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  assert.equal((await cli(['checksums', '-o', 'SUMS', 'a'], dir)).code, 0);
  const run = await cli(['checksums', '--check', 'SUMS', '--base', 'nowhere'], dir);
  assert.equal(run.code, 1, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, 'trust-kit: CHECKSUMS_PATH_NOT_FOUND: the base directory nowhere does not exist or is not a directory\n  hint: set --base to the directory the listed names are relative to\n');
});
