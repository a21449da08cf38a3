import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkChecksums, checkNamedFiles, collectArtifacts, createChecksums, formatChecksums, hashArtifacts, parseChecksums } from '../../src/checksums/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

async function release(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

test('names are relative to the base, sorted by bytes, and sha256sum -c accepts the file', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'dist/b/x.tgz': 'b', 'dist/a/x.tgz': 'a', 'dist/Z.txt': 'z', 'dist/we\\ird name.bin': 'w', 'dist/ünï.txt': 'u' });
  const run = await cli(['checksums', '--base', 'dist', '--output', 'dist/SHA256SUMS', 'dist'], dir);
  assert.equal(run.code, 0, run.stderr);
  const text = await readFile(join(dir, 'dist/SHA256SUMS'), 'utf8');
  assert.deepEqual(
    text.split('\n').filter(Boolean).map((line) => line.replace(/^\\?[0-9a-f]{64} {2}/, '')),
    ['Z.txt', 'a/x.tgz', 'b/x.tgz', 'we\\\\ird name.bin', 'ünï.txt'],
  );
  assert.match(text, new RegExp(`^${sha256('a')}  a/x.tgz$`, 'm'));
  const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'dist'), encoding: 'utf8' });
  assert.equal(out.match(/: OK$/gm)?.length, 5, out);
});

test('sha512 output is accepted by sha512sum -c', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'one.txt': 'one', 'two.txt': 'two' });
  const run = await cli(['checksums', '-a', 'sha512', '-o', 'SHA512SUMS', '*.txt'], dir);
  assert.equal(run.code, 0, run.stderr);
  execFileSync('sha512sum', ['-c', 'SHA512SUMS'], { cwd: dir });
});

test('many files are hashed on worker threads and match in-process hashing', async (t) => {
  const dir = await tempDir(t);
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < 300; i++) files[`f/${String(i).padStart(3, '0')}.bin`] = Buffer.alloc(80 * 1024, i);
  await release(dir, files);
  const listed = await collectArtifacts(['f'], { cwd: dir, base: dir });
  const parallel = await hashArtifacts(listed, 'sha256', { concurrency: 2 });
  const serial = await hashArtifacts(listed, 'sha256', { concurrency: 1 });
  assert.deepEqual(parallel, serial);
  assert.equal(parallel[7]?.hex, sha256(Buffer.alloc(80 * 1024, 7)));
  assert.equal(parallel[7]?.size, 80 * 1024);
});

test('--check reports every mismatch and missing file and exits 1', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
  await cli(['checksums', '-o', 'SUMS', 'a.txt', 'b.txt', 'c.txt'], dir);
  await writeFile(join(dir, 'b.txt'), 'tampered');
  await writeFile(join(dir, 'c.txt'), '');
  const { rm } = await import('node:fs/promises');
  await rm(join(dir, 'c.txt'));
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, 'a.txt: OK\nb.txt: FAILED\nc.txt: FAILED open or read (missing)\n');
  assert.match(run.stderr, /1 computed checksum did NOT match/);
  const ignoring = await cli(['checksums', '--check', 'SUMS', '--ignore-missing', '--quiet'], dir);
  assert.equal(ignoring.stdout, 'b.txt: FAILED\n');
});

test('a listed name is looked up as sha256sum -c looks it up, not tidied first: `sub/../a` through a linked `sub` is the file there, and `a/` or `a/.` name no file; verify-checksums too, and `./a` listed beside `a` is a duplicate of it', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'x', 'y'), { recursive: true });
  await writeFile(join(dir, 'a'), 'good\n');
  await writeFile(join(dir, 'x', 'a'), 'EVIL\n');
  await symlink(join(dir, 'x', 'y'), join(dir, 'sub'));
  const good = createHash('sha256').update('good\n').digest('hex');
  const lines = [`${good}  sub/../a`, `${good}  a/`, `${good}  a/.`, `${good}  b//`];
  await writeFile(join(dir, 'b'), 'good\n');
  await writeFile(join(dir, 'SUMS'), `${lines.join('\n')}\n`);
  const gnu = (() => {
    try {
      return execFileSync('sha256sum', ['-c', 'SUMS'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      return (error as { stdout: string }).stdout;
    }
  })();
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 1);
  assert.deepEqual(run.stdout.split('\n').map((line) => line.replace(/ \(missing\)$/, '')), gnu.split('\n'));
  assert.equal(run.stdout.split('\n')[0], 'sub/../a: FAILED');
  // verify-checksums with the file named: the one at that path is checked.
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], dir)).code, 0);
  await writeFile(join(dir, 'SUMS'), `${good}  a\n${good}  sub/../a\n`);
  assert.equal((await cli(['sign-blob', '--key', 'k.key', 'SUMS'], dir)).code, 0);
  const named = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog', 'sub/../a'], dir);
  assert.equal(named.code, 3, named.stdout);
  assert.match(named.stderr, /VERIFY_ARTIFACT_MISMATCH/);
  // `./a` is `a`: its second line, with another digest, is the duplicate it is, not passed over for the first.
  await writeFile(join(dir, 'SUMS'), `${good}  a\n${'0'.repeat(64)}  ./a\n`);
  assert.equal((await cli(['sign-blob', '--key', 'k.key', 'SUMS'], dir)).code, 0);
  const duplicate = await cli(['verify-checksums', 'SUMS', '--bundle', 'SUMS.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog', 'a'], dir);
  assert.equal(duplicate.code, 1, duplicate.stdout);
  assert.match(duplicate.stderr, /CHECKSUMS_DUPLICATE_ENTRY: SUMS:2: "\.\/a" is already listed on line 1/);
});

test('--output naming an artifact the subjects list, not a checksums file, is CHECKSUMS_OUTPUT_IS_ARTIFACT and the artifact is kept; an earlier checksums file there is replaced, left out of its own list', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'o'));
  await writeFile(join(dir, 'o', 'app.zip'), 'PK\u0003\u0004binary');
  await writeFile(join(dir, 'o', 'b'), 'b');
  for (const subjects of [['o/*'], ['o']]) {
    const run = await cli(['checksums', '-o', 'o/app.zip', ...subjects], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /CHECKSUMS_OUTPUT_IS_ARTIFACT: the output "o\/app\.zip" is a file the subjects list, and not a checksums file/);
    assert.equal(await readFile(join(dir, 'o', 'app.zip'), 'utf8'), 'PK\u0003\u0004binary');
  }
  for (let round = 0; round < 2; round++) {
    const run = await cli(['checksums', '-o', 'o/SUMS', 'o'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((await readFile(join(dir, 'o', 'SUMS'), 'utf8')).split('\n').map((line) => line.slice(66)), ['o/app.zip', 'o/b', '']);
  }
});

test('--check takes a listed name that is a symbolic link to nothing for a file it could not read, not one a partial download lacks: --ignore-missing does not pass it', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'a.txt': 'a', 'b.txt': 'b' });
  await cli(['checksums', '-o', 'SUMS', 'a.txt', 'b.txt'], dir);
  const { rm } = await import('node:fs/promises');
  await rm(join(dir, 'b.txt'));
  await symlink(join(dir, 'not-there-yet'), join(dir, 'b.txt'));
  const run = await cli(['checksums', '--check', 'SUMS', '--ignore-missing'], dir);
  assert.equal(run.code, 1, run.stderr);
  assert.equal(run.stdout, 'a.txt: OK\nb.txt: FAILED open or read\n');
  await rm(join(dir, 'b.txt'));
  const missing = await cli(['checksums', '--check', 'SUMS', '--ignore-missing'], dir);
  assert.equal(missing.code, 0, missing.stderr);
});

test('--check reads what sha256sum writes, binary markers and --tag lines included', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'a.bin': 'a', 'b.bin': 'b', 'c\\d.bin': 'cd' });
  const text = execFileSync('sha256sum', ['-b', 'a.bin', 'c\\d.bin'], { cwd: dir, encoding: 'utf8' }) + execFileSync('sha256sum', ['--tag', 'b.bin'], { cwd: dir, encoding: 'utf8' });
  assert.match(text, /\*a\.bin/);
  await writeFile(join(dir, 'SUMS'), text);
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.stdout, 'a.bin: OK\nc\\d.bin: OK\nb.bin: OK\n', run.stderr);
  assert.equal(run.code, 0);
});

test('a malformed line is an error naming the file and line', () => {
  assert.throws(
    () => parseChecksums(`${sha256('a')}  a\nnot a checksum\n`, 'SUMS'),
    (error: Error & { code?: string }) => error.code === 'CHECKSUMS_MALFORMED_LINE' && error.message.startsWith('SUMS:2:'),
  );
  assert.throws(() => parseChecksums(`${sha256('a')}  a\n${sha256('b')}  a\n`, 'SUMS'), { code: 'CHECKSUMS_DUPLICATE_ENTRY' });
  assert.throws(() => parseChecksums('\n', 'SUMS'), { code: 'CHECKSUMS_EMPTY' });
  assert.throws(() => parseChecksums(`${sha256('a').slice(1)}  a\n`, 'SUMS'), { code: 'CHECKSUMS_MALFORMED_LINE' });
});

test('formatChecksums and parseChecksums round-trip escaped names', () => {
  const entries = [{ name: 'a\\b', hex: sha256('x') }, { name: 'plain', hex: sha256('y') }];
  const parsed = parseChecksums(formatChecksums(entries), 'SUMS');
  assert.deepEqual(parsed.map(({ name, hex }) => ({ name, hex })), entries);
});

test('bad inputs are coded errors naming the path, and nothing is written', async (t) => {
  const dir = await tempDir(t);
  const outside = await tempDir(t);
  await release(dir, { 'rel/a.txt': 'a', 'rel/empty/.keep': '' });
  await release(outside, { 'secret.txt': 's' });
  await symlink(join(outside, 'secret.txt'), join(dir, 'rel/link.txt'));

  const cases: [string[], string, RegExp][] = [
    [['rel/missing.txt'], 'CHECKSUMS_PATH_NOT_FOUND', /rel\/missing\.txt/],
    [['rel/*.zip'], 'CHECKSUMS_NO_MATCH', /rel\/\*\.zip/],
    [['rel/link.txt'], 'CHECKSUMS_OUTSIDE_BASE', /link\.txt/],
    [['../'], 'CHECKSUMS_OUTSIDE_BASE', /outside the base/],
    [['--algorithm', 'md5', 'rel/a.txt'], 'CONFIG_INVALID', /--algorithm/],
    [[], 'CONFIG_INVALID', /argument PATH/],
  ];
  for (const [args, code, message] of cases) {
    const run = await cli(['checksums', '-o', 'out/SUMS', ...args], dir);
    assert.match(run.stderr, new RegExp(`^trust-kit: ${code}: `), `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.match(run.stderr, /\n {2}hint: /);
    assert.equal(run.code, code === 'CONFIG_INVALID' ? 2 : 1);
  }
  await writeFile(join(dir, 'rel', 'new\nline.txt'), 'n');
  const newline = await cli(['checksums', '-o', 'out/SUMS', 'rel'], dir);
  assert.match(newline.stderr, /CHECKSUMS_(UNSAFE_NAME|OUTSIDE_BASE)/);
  assert.deepEqual(await readdir(dir), ['rel'], 'no output directory or temporary file is left behind');
});

test('an unreadable file is a coded error naming it, in process and on workers', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'a.txt': 'a', 'big/1.bin': Buffer.alloc(9 * 1024 * 1024), 'big/2.bin': Buffer.alloc(9 * 1024 * 1024) });
  await mkdir(join(dir, 'big/3.bin'));
  const unreadable = { path: join(dir, 'big/3.bin'), name: '3.bin' };
  await assert.rejects(hashArtifacts([unreadable], 'sha256'), { code: 'CHECKSUMS_READ_FAILED', message: /cannot read .*3\.bin": not a regular file/ });
  const listed = await collectArtifacts(['big'], { cwd: dir, base: dir });
  await assert.rejects(hashArtifacts([...listed, unreadable], 'sha256', { concurrency: 2 }), { code: 'CHECKSUMS_READ_FAILED', message: /3\.bin": not a regular file/ });
  if (process.getuid?.() !== 0) {
    await chmod(join(dir, 'a.txt'), 0o000);
    const run = await cli(['checksums', 'a.txt'], dir);
    assert.match(run.stderr, /CHECKSUMS_READ_FAILED: cannot read .*a\.txt": EACCES/);
  }
});

test('the checksums file never lists itself, and the same file named twice is listed once', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'dist/a.txt': 'a' });
  const result = await createChecksums({ subjects: ['dist', 'dist/a.txt', 'dist/*'], algorithm: 'sha256', base: 'dist', output: 'dist/SHA256SUMS' }, dir);
  assert.deepEqual(result.artifacts.map((artifact) => artifact.name), ['a.txt']);
  const again = await createChecksums({ subjects: ['dist'], algorithm: 'sha256', base: 'dist', output: 'dist/SHA256SUMS' }, dir);
  assert.equal(again.text, result.text);
});

test('the checksums file is never listed when the output names it by another spelling (a link, or another case on macOS and Windows)', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'dist/a.txt': 'a' });
  // `out` is another name of `dist`, as `Dist` is on a case-insensitive file system: a re-run must not list the last run's file.
  await symlink('dist', join(dir, 'out'));
  const first = await createChecksums({ subjects: ['dist'], algorithm: 'sha256', base: 'dist', output: 'out/SHA256SUMS' }, dir);
  assert.deepEqual(first.artifacts.map((artifact) => artifact.name), ['a.txt']);
  const again = await createChecksums({ subjects: ['dist'], algorithm: 'sha256', base: 'dist', output: 'out/SHA256SUMS' }, dir);
  assert.deepEqual(again.artifacts.map((artifact) => artifact.name), ['a.txt']);
  assert.equal(again.text, first.text);
});

test('many files hashed on threads in the order the walk finds them are listed by name, a file named twice once', async (t) => {
  const dir = await tempDir(t);
  const files: Record<string, string> = {};
  // The walk finds b/ before a/ (it takes the last directory listed first): not the listing's order.
  for (let index = 0; index < 60; index++) for (const sub of ['a', 'b']) files[`dist/${sub}/${index}.txt`] = `${sub} ${index}`;
  await release(dir, files);
  const expected = Object.entries(files)
    .map(([path, content]) => [path.slice('dist/'.length), content] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, content]) => `${sha256(content)}  ${name}\n`)
    .join('');
  for (const subjects of [['dist'], ['dist/b', 'dist', 'dist/a/7.txt']]) {
    const result = await createChecksums({ subjects, algorithm: 'sha256', base: 'dist', output: undefined }, dir, { concurrency: 2 });
    assert.equal(result.text, expected, subjects.join(' '));
    assert.deepEqual(result.artifacts.map((artifact) => artifact.name), expected.split('\n').slice(0, -1).map((line) => line.slice(66)));
    // The count a caller prints, without an object made a file (`checksums -o` of 20,000 files spent 30 ms of CPU on them).
    assert.equal(result.count, 120, subjects.join(' '));
  }
});

test('checkChecksums resolves names against the base directory', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'dl/a.txt': 'a' });
  const results = await checkChecksums(parseChecksums(`${sha256('a')}  a.txt\n`, 'SUMS'), { base: join(dir, 'dl') });
  assert.deepEqual(results.map((result) => result.status), ['ok']);
});

test('checkChecksums reads only files really under the base, as checksums --check does, whatever the entries name', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'dl/a.txt': 'a', 'secret.txt': 'outside', 'dl-other/b.txt': 'b' });
  await symlink(join(dir, 'secret.txt'), join(dir, 'dl', 'link.txt'));
  // Entries parsed from a checksums file someone else wrote: an absolute name, a climb, a sibling sharing the base's prefix, a link out.
  const text = [`${sha256('a')}  a.txt`, `${sha256('outside')}  ${join(dir, 'secret.txt')}`, `${sha256('outside')}  ../secret.txt`, `${sha256('b')}  ../dl-other/b.txt`, `${sha256('outside')}  link.txt`, `${sha256('x')}  ../nowhere.txt`].join('\n');
  const results = await checkChecksums(parseChecksums(`${text}\n`, 'SUMS'), { base: join(dir, 'dl') });
  // Reported as outside, never read: neither a match nor a mismatch (with the file's digest) nor "missing" tells what exists out there.
  assert.deepEqual(results.map((result) => [result.entry.name.replace(dir, 'DIR'), result.status, result.outside ?? false, result.actual]), [
    ['a.txt', 'ok', false, undefined],
    ['DIR/secret.txt', 'unreadable', true, undefined],
    ['../secret.txt', 'unreadable', true, undefined],
    ['../dl-other/b.txt', 'unreadable', true, undefined],
    ['link.txt', 'unreadable', true, undefined],
    ['../nowhere.txt', 'unreadable', true, undefined],
  ]);
});

test('checkNamedFiles reads a file the user named where it points, a link out of its directory included (verify-checksums SUMS dist/app.tgz)', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'build/app.tgz': 'app', 'dist/notes.txt': 'notes' });
  await symlink(join(dir, 'build', 'app.tgz'), join(dir, 'dist', 'app.tgz'));
  const entry = (name: string, content: string): { name: string; algorithm: 'sha256'; hex: string; line: number } => ({ name, algorithm: 'sha256', hex: sha256(content), line: 1 });
  const results = await checkNamedFiles([
    { entry: entry('app.tgz', 'app'), path: join(dir, 'dist', 'app.tgz') },
    { entry: entry('notes.txt', 'other'), path: join(dir, 'dist', 'notes.txt') },
    { entry: entry('gone.txt', 'x'), path: join(dir, 'dist', 'gone.txt') },
  ]);
  assert.deepEqual(results.map((result) => [result.entry.name, result.status]), [['app.tgz', 'ok'], ['notes.txt', 'mismatch'], ['gone.txt', 'missing']]);
});

test('checkChecksums compares a caller\'s uppercase hex as the digest it is', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'a.txt': 'a' });
  const results = await checkChecksums([{ name: 'a.txt', algorithm: 'sha256', hex: sha256('a').toUpperCase(), line: 0 }], { base: dir });
  assert.deepEqual(results.map((result) => result.status), ['ok']);
});

test('checkChecksums compares whole digests, and leaves missing files out only when told to', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'a.txt': 'a' });
  // A library caller's entries: a digest cut short, or empty, is the start of every digest, not the file's.
  const entries = [
    { name: 'a.txt', algorithm: 'sha256' as const, hex: sha256('a').slice(0, 16), line: 0 },
    { name: 'a.txt', algorithm: 'sha256' as const, hex: '', line: 0 },
    { name: 'gone.txt', algorithm: 'sha256' as const, hex: sha256('a'), line: 0 },
  ];
  assert.deepEqual((await checkChecksums(entries, { base: dir })).map((result) => [result.entry.name, result.status]), [['a.txt', 'mismatch'], ['a.txt', 'mismatch'], ['gone.txt', 'missing']]);
  assert.deepEqual((await checkChecksums(entries, { base: dir, ignoreMissing: true })).map((result) => [result.entry.name, result.status]), [['a.txt', 'mismatch'], ['a.txt', 'mismatch']]);
});

test('a symlink inside the base is listed under its own name; directory loops end', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'rel/real/a.txt': 'a' });
  await symlink(join(dir, 'rel/real/a.txt'), join(dir, 'rel/alias.txt'));
  await symlink(join(dir, 'rel'), join(dir, 'rel/real/loop'));
  const files = await collectArtifacts(['rel'], { cwd: dir, base: 'rel' });
  assert.deepEqual(files.map((file) => file.name), ['alias.txt', 'real/a.txt']);
  const [alias, real] = await hashArtifacts(files, 'sha256');
  assert.equal(alias?.hex, real?.hex);
});

test('more digests come from the same read, in process and on workers', async (t) => {
  const dir = await tempDir(t);
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < 70; i++) files[`f/${String(i).padStart(2, '0')}.bin`] = Buffer.alloc(4096 + i, i);
  await release(dir, files);
  const listed = await collectArtifacts(['f'], { cwd: dir, base: dir });
  for (const concurrency of [1, 2]) {
    const hashed = await hashArtifacts(listed, 'sha256', { concurrency, also: ['sha512', 'sha256'] });
    const content = Buffer.alloc(4096 + 9, 9);
    assert.deepEqual(hashed[9]?.digests, {
      sha256: sha256(content),
      sha512: createHash('sha512').update(content).digest('hex'),
    });
    assert.equal(hashed[9]?.hex, sha256(content));
  }
});

test('a command-line path is one name, commas included', async (t) => {
  const dir = await tempDir(t);
  await release(dir, { 'a,b.txt': 'ab' });
  const run = await cli(['checksums', 'a,b.txt'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, `${sha256('ab')}  a,b.txt\n`);
});

test('a re-run into the artifacts: the output\'s bundle (an earlier run\'s signature) is never listed; removed, with a warning, when the new file differs, kept when it is the same', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const run = (): ReturnType<typeof cli> => cli(['checksums', '--base', 'dist', '--output', 'dist/SHA256SUMS', 'dist'], cwd);
  assert.equal((await run()).code, 0);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd)).code, 0);
  const sign = async (): Promise<void> => assert.equal((await cli(['sign-blob', '--key', 'release.key', 'dist/SHA256SUMS'], cwd)).code, 0);
  await sign();
  // The same files: the bundle still signs the same contents.
  const same = await run();
  assert.equal(same.code, 0, same.stderr);
  assert.equal(same.stderr, 'trust-kit: wrote 1 sha256 checksum to dist/SHA256SUMS\n');
  assert.equal(await readFile(join(cwd, 'dist', 'SHA256SUMS'), 'utf8'), `${createHash('sha256').update('app\n').digest('hex')}  app.tgz\n`);
  assert.ok((await readdir(join(cwd, 'dist'))).includes('SHA256SUMS.sigstore.json'));
  // Another file: the earlier bundle goes, and the new list checks with sha256sum -c.
  await writeFile(join(cwd, 'dist', 'notes.txt'), 'notes\n');
  const other = await run();
  assert.equal(other.code, 0, other.stderr);
  assert.match(other.stderr, /removed ".*dist\/SHA256SUMS\.sigstore\.json": it signed the checksums file this run replaced/);
  assert.deepEqual((await readdir(join(cwd, 'dist'))).sort(), ['SHA256SUMS', 'app.tgz', 'notes.txt']);
  execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: join(cwd, 'dist') });
  await sign();
  const verified = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], cwd);
  assert.equal(verified.code, 0, verified.stderr);
});

test('tag lines with the spacing sha256sum -c reads: OpenSSL 1.x\'s `SHA256(name)= HEX`, blanks around `=`; other spacing and OpenSSL 3\'s SHA2-256 are refused, as by sha256sum', async (t) => {
  const hex = sha256('a');
  for (const line of [`SHA256 (a) = ${hex}`, `SHA256(a)= ${hex}`, `SHA256 (a)=${hex}`, `SHA256 (a)  =\t${hex}`, `SHA256 (x) = y) = ${hex}`]) {
    const [entry] = parseChecksums(`${line}\n`, 'SUMS');
    assert.deepEqual([entry?.name, entry?.hex], [/^SHA256 \(x/.test(line) ? 'x) = y' : 'a', hex], line);
  }
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a');
  for (const line of [`SHA256  (a) = ${hex}`, `SHA256\t(a) = ${hex}`, `SHA2-256(a)= ${hex}`]) {
    await writeFile(join(dir, 'SUMS'), `${line}\n`);
    assert.notEqual(spawnSync('sha256sum', ['-c', 'SUMS'], { cwd: dir }).status, 0, line);
    assert.throws(() => parseChecksums(`${line}\n`, 'SUMS'), { code: 'CHECKSUMS_MALFORMED_LINE' }, line);
  }
  await writeFile(join(dir, 'SUMS'), `SHA256(a)= ${hex}\n`);
  assert.equal(spawnSync('sha256sum', ['-c', 'SUMS'], { cwd: dir }).status, 0);
});
