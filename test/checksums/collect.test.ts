import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectArtifacts, compareNames, createChecksums, hashArtifacts, leftoverNotice, sortByName, type DirectoryEntry, type EntryKind, type LeftoverFile, type WalkFileSystem } from '../../src/checksums/index.js';
import { listingOrder } from '../../src/checksums/collect.js';
import { COMMIT_LOCK, prepareFileAtomic, trustKitFileKind, underCommitLock } from '../../src/core/files.js';
import { assertShowable, HOSTILE } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';

type Tree = Map<string, DirectoryEntry[]>;

function enoent(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
}

/**
 * A synthetic file system over `tree` (directory path -> entries; no links), counting calls and
 * the most in flight at once. Every call answers on a later turn, as a real one does.
 */
function syntheticFileSystem(tree: Tree, options: { kinds?: Map<string, EntryKind>; failing?: Map<string, string> } = {}) {
  const counts = { calls: 0, inFlight: 0, maxInFlight: 0 };
  const kindOf = (path: string): EntryKind => {
    const known = options.kinds?.get(path);
    if (known !== undefined) return known;
    if (tree.has(path)) return 'directory';
    const slash = path.lastIndexOf('/');
    const entry = tree.get(path.slice(0, slash))?.find((candidate) => candidate.name === path.slice(slash + 1));
    if (entry === undefined) throw enoent(path);
    return entry.kind === 'unknown' ? 'file' : entry.kind;
  };
  const call = async <T>(path: string, answer: () => T): Promise<T> => {
    counts.calls += 1;
    counts.inFlight += 1;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    counts.inFlight -= 1;
    const failure = options.failing?.get(path);
    if (failure !== undefined) throw Object.assign(new Error(`${failure}: ${path}`), { code: failure });
    return answer();
  };
  const fileSystem: WalkFileSystem = {
    list: (path) =>
      call(path, () => {
        const entries = tree.get(path);
        if (entries === undefined) throw enoent(path);
        return entries;
      }),
    kindOf: (path) => call(path, () => kindOf(path)),
    targetKindOf: (path) => call(path, () => kindOf(path)),
    realpath: (path) => call(path, () => (kindOf(path), path)),
  };
  return { fileSystem, counts };
}

const files = (count: number, prefix = 'f'): DirectoryEntry[] => Array.from({ length: count }, (_, index) => ({ name: `${prefix}${index}`, kind: 'file' as const }));

test('a directory of 200,000 files is listed in full, sorted, from one listing', async () => {
  // Spreading a list this long into push() overflowed the stack (from about 125,000 names on Node 24).
  const count = 200_000;
  const { fileSystem, counts } = syntheticFileSystem(new Map([['/r', [{ name: 'many', kind: 'directory' }]], ['/r/many', files(count)]]));
  const listed = await collectArtifacts(['/r'], { cwd: '/', base: '/r', fileSystem });
  assert.equal(listed.length, count);
  assert.deepEqual(listed.slice(0, 3).map((file) => file.name), ['many/f0', 'many/f1', 'many/f10']);
  assert.deepEqual(listed[count - 1], { path: '/r/many/f99999', name: 'many/f99999' });
  // The subject's own calls, and the real path of its directory (where it really lies); none per file.
  assert.ok(counts.calls <= 6, `regular files cost no call of their own (${counts.calls} calls)`);
});

test('a wide tree of many directories keeps at most 16 calls in flight, and more than one', async () => {
  const tree: Tree = new Map([['/r', Array.from({ length: 300 }, (_, index) => ({ name: `d${index}`, kind: 'directory' as const }))]]);
  for (let index = 0; index < 300; index++) tree.set(`/r/d${index}`, files(3));
  const { fileSystem, counts } = syntheticFileSystem(tree);
  const listed = await collectArtifacts(['/r'], { cwd: '/', base: '/r', fileSystem });
  assert.equal(listed.length, 900);
  assert.ok(counts.maxInFlight <= 16, `at most 16 in flight, saw ${counts.maxInFlight}`);
  assert.ok(counts.maxInFlight > 1, 'listings overlap');
});

test('a tree 10,000 directories deep is walked without recursion', async () => {
  const tree: Tree = new Map();
  let path = '/r';
  for (let depth = 0; depth < 10_000; depth++) {
    tree.set(path, [{ name: 'd', kind: 'directory' }, { name: 'x', kind: 'file' }]);
    path += '/d';
  }
  tree.set(path, []);
  const { fileSystem } = syntheticFileSystem(tree);
  const listed = await collectArtifacts(['/r'], { cwd: '/', base: '/r', fileSystem });
  assert.equal(listed.length, 10_000);
  assert.equal(listed[0]?.name, `${'d/'.repeat(9999)}x`);
});

test('the tree changing under the walk (a listed directory or file gone when looked at or hashed) is a coded error that says so, not a typo', async (t) => {
  const tree: Tree = new Map([['/r', [{ name: 'sub', kind: 'directory' }, { name: 'odd', kind: 'unknown' }]]]);
  const { fileSystem } = syntheticFileSystem(tree, { failing: new Map([['/r/sub', 'ENOENT']]) });
  await assert.rejects(collectArtifacts(['/r'], { cwd: '/', base: '/r', fileSystem }), { code: 'CHECKSUMS_PATH_NOT_FOUND', message: /"\/r\/sub" was listed in its directory, then was gone/, hint: /removed or renamed it while trust-kit ran/ });
  // A subject the user typed wrong is still a typo.
  // (The base is one the tree holds: with a missing base, that would be the error.)
  await assert.rejects(collectArtifacts(['/nope'], { cwd: '/', base: '/r', fileSystem }), { code: 'CHECKSUMS_PATH_NOT_FOUND', message: '"/nope" does not exist', hint: /check the path/ });
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.bin'), 'a');
  const listed = await collectArtifacts([dir], { cwd: dir, base: dir });
  await rm(join(dir, 'a.bin'));
  await assert.rejects(hashArtifacts(listed, 'sha256', { concurrency: 1 }), { code: 'CHECKSUMS_READ_FAILED', message: /a\.bin": ENOENT/, hint: /removed or renamed it while trust-kit ran/ });
});

test('a directory whose path is too long to open (a real tree 10,000 deep) is a coded error that says so, not one about permissions', async () => {
  const tree: Tree = new Map([['/r', [{ name: 'deep', kind: 'directory' }]]]);
  const { fileSystem } = syntheticFileSystem(tree, { failing: new Map([['/r/deep', 'ENAMETOOLONG']]) });
  await assert.rejects(collectArtifacts(['/r'], { cwd: '/', base: '/r', fileSystem }), { code: 'CHECKSUMS_READ_FAILED', message: /"\/r\/deep": ENAMETOOLONG/, hint: /longer than the system can open/ });
});

test('entries whose type the file system does not report are looked up, not dropped', async () => {
  const tree: Tree = new Map([
    ['/r', [{ name: 'a.bin', kind: 'unknown' }, { name: 'sub', kind: 'unknown' }, { name: 'fifo', kind: 'unknown' }]],
    ['/r/sub', [{ name: 'b.bin', kind: 'unknown' }]],
  ]);
  const { fileSystem } = syntheticFileSystem(tree, { kinds: new Map([['/r/fifo', 'other']]) });
  const listed = await collectArtifacts(['/r'], { cwd: '/', base: '/r', fileSystem });
  assert.deepEqual(listed.map((file) => file.name), ['a.bin', 'sub/b.bin']);
});

test('a listing that fails is a coded error naming the directory, with no call left running', async () => {
  const tree: Tree = new Map([['/r', Array.from({ length: 40 }, (_, index) => ({ name: `d${index}`, kind: 'directory' as const }))]]);
  for (let index = 0; index < 40; index++) tree.set(`/r/d${index}`, files(2));
  const { fileSystem, counts } = syntheticFileSystem(tree, { failing: new Map([['/r/d7', 'EACCES']]) });
  await assert.rejects(collectArtifacts(['/r'], { cwd: '/', base: '/r', fileSystem }), { code: 'CHECKSUMS_READ_FAILED', message: /"\/r\/d7": EACCES/ });
  assert.equal(counts.inFlight, 0);
});

test('skip leaves out entries found in a walked directory, never a subject itself', async (t) => {
  const dir = await tempDir(t);
  for (const name of ['dist/a.txt', 'dist/cache/blob', 'dist/out/SUMS', 'dist/keep/cache']) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), name);
  }
  await symlink(join(dir, 'dist/out'), join(dir, 'dist/out-link'));
  const skip = ({ name, path, directory }: { name: string; path: string; directory: boolean }): boolean => (directory && name === 'cache') || path.startsWith(join(dir, 'dist/out'));
  const listed = await collectArtifacts(['dist', 'dist/out/SUMS'], { cwd: dir, base: 'dist', skip });
  assert.deepEqual(listed.map((file) => file.name), ['a.txt', 'keep/cache', 'out/SUMS']);
});

test('names sort by UTF-8 bytes, also beyond U+FFFF', () => {
  const names = ['b', 'a/b', 'a.txt', '\u{1F600}', '\uFFFD', 'é', 'Z'];
  const expected = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  assert.deepEqual(sortByName(names, (name) => name), expected);
  assert.deepEqual(sortByName(['b', 'a.txt', 'a/b', 'Z'], (name) => name), ['Z', 'a.txt', 'a/b', 'b']);
});

test('names already in order come back as a copy in that order; one out of order, or beyond U+FFFF, is sorted', () => {
  const ordered = ['Z', 'a', 'a.txt', 'a/b', 'b'];
  const copy = sortByName(ordered, (name) => name);
  assert.deepEqual(copy, ordered);
  assert.notEqual(copy, ordered);
  assert.deepEqual(sortByName(['a', 'c', 'b'], (name) => name), ['a', 'b', 'c']);
  // In JavaScript order already, not in UTF-8 byte order.
  assert.deepEqual(sortByName(['a', '\u{1F600}', '\uFFFD'], (name) => name), ['a', '\uFFFD', '\u{1F600}']);
});

test('a file named by two subjects, or twice by one, is listed once, in name order', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist', 'sub'), { recursive: true });
  for (const name of ['dist/b', 'dist/a', 'dist/sub/c']) await writeFile(join(dir, name), name);
  const listed = await collectArtifacts(['dist/sub/c', 'dist', 'dist/a', 'dist/*'], { cwd: dir, base: 'dist' });
  assert.deepEqual(
    listed.map((file) => [file.name, file.path]),
    [
      ['a', join(dir, 'dist/a')],
      ['b', join(dir, 'dist/b')],
      ['sub/c', join(dir, 'dist/sub/c')],
    ],
  );
});

test('progress is told after each listing, before its entries are looked at, the files found so far and the listing\'s entries', async () => {
  const tree: Tree = new Map([['/r', [{ name: 'a', kind: 'directory' }, { name: 'b', kind: 'directory' }, { name: 'top', kind: 'file' }]]]);
  tree.set('/r/a', files(40));
  tree.set('/r/b', files(70));
  const { fileSystem } = syntheticFileSystem(tree);
  const events: string[] = [];
  await collectArtifacts(['/r'], {
    cwd: '/',
    base: '/r',
    fileSystem,
    progress: (found) => events.push(`progress ${found}`),
    skip: (entry) => (events.push(`skip ${entry.name}`), false),
  });
  const counts = events.filter((event) => event.startsWith('progress ')).map((event) => Number(event.slice('progress '.length)));
  // The first listing's three entries may all be files: hashing threads can start before the first one is looked at.
  assert.deepEqual(events.slice(0, 2), ['progress 3', 'skip a']);
  assert.equal(counts.length, 3);
  assert.deepEqual([...counts].sort((x, y) => x - y), counts, 'counts only grow');
  assert.equal(counts.at(-1), 111);
});

test('the names an error gives (subjects, walked files, links and their targets) are quoted, so a name from an untrusted tree cannot drive the terminal', async (t) => {
  const dir = await tempDir(t);
  const outside = await tempDir(t);
  await mkdir(join(dir, 'rel'));
  await writeFile(join(dir, 'rel', `ok${HOSTILE}`), 'x');
  await mkdir(join(dir, 'dir', `sub${HOSTILE}`), { recursive: true });
  await symlink(join(outside), join(dir, 'dir', `sub${HOSTILE}`, `link${HOSTILE}`));
  await symlink(join(dir, `gone${HOSTILE}`), join(dir, 'rel', `dangling${HOSTILE}`));
  const shown = '\\u001b]0;owned\\u0007\\u009b2J\\u0085next';
  const failures: [() => Promise<unknown>, string, string][] = [
    [() => collectArtifacts([`missing${HOSTILE}`], { cwd: dir, base: dir }), 'CHECKSUMS_PATH_NOT_FOUND', `missing${shown}`],
    [() => collectArtifacts([`*${HOSTILE}.none`], { cwd: dir, base: dir }), 'CHECKSUMS_NO_MATCH', `*${shown}.none`],
    [() => collectArtifacts(['dir'], { cwd: dir, base: dir }), 'CHECKSUMS_OUTSIDE_BASE', `link${shown}`],
    [() => collectArtifacts(['rel'], { cwd: dir, base: dir }), 'CHECKSUMS_PATH_NOT_FOUND', `dangling${shown}`],
    [() => collectArtifacts([join(outside)], { cwd: dir, base: join(dir, `base${HOSTILE}`) }), 'CHECKSUMS_PATH_NOT_FOUND', `base${shown}`],
    [() => hashArtifacts([{ path: join(dir, 'dir', `sub${HOSTILE}`), name: 'sub' }], 'sha256'), 'CHECKSUMS_READ_FAILED', `sub${shown}`],
  ];
  for (const [failure, code, name] of failures) {
    await assert.rejects(failure, (error: Error & { code?: string }) => {
      assert.equal(error.code, code, error.message);
      assertShowable(error.message, name);
      return true;
    });
  }
  assert.throws(() => listingOrder([{ path: `/a/x${HOSTILE}`, name: `n${HOSTILE}` }, { path: `/b/x${HOSTILE}`, name: `n${HOSTILE}` }]), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'CHECKSUMS_DUPLICATE_NAME');
    assertShowable(error.message, `"n${shown}"`);
    return true;
  });
});

test('an artifact named by its path that is a named pipe (or a link to one) is refused as not a regular file, not reported as matching nothing', { skip: process.platform === 'win32' && 'no mkfifo' }, async (t) => {
  const dir = await tempDir(t);
  execFileSync('mkfifo', [join(dir, 'app.tgz')]);
  await symlink('app.tgz', join(dir, 'linked.tgz'));
  for (const subject of ['app.tgz', 'linked.tgz']) {
    await assert.rejects(collectArtifacts([subject], { cwd: dir, base: '.' }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'CHECKSUMS_READ_FAILED', `${subject}: ${error.message}`);
      assert.match(error.message, new RegExp(`"${subject.replace('.', '\\.')}" is not a regular file`));
      return true;
    });
  }
  // Met in a walked directory it is left out, as before: a directory may hold sockets and pipes beside the files.
  await writeFile(join(dir, 'real.tgz'), 'x');
  assert.deepEqual((await collectArtifacts(['.'], { cwd: dir, base: '.' })).map((file) => file.name), ['real.tgz']);
});

test('on Windows a glob written with backslashes (dist\\*.zip) matches as with slashes; elsewhere a backslash is part of a name', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist', 'sub'), { recursive: true });
  for (const name of ['a.zip', 'b.txt', 'sub/c.zip']) await writeFile(join(dir, 'dist', name), name);
  for (const subject of ['dist\\*.zip', 'dist\\**\\*.zip']) {
    const files = await collectArtifacts([subject], { cwd: dir, base: '.', platform: 'win32' });
    assert.deepEqual(
      files.map((file) => file.name),
      subject.includes('**') ? ['dist/a.zip', 'dist/sub/c.zip'] : ['dist/a.zip'],
      subject,
    );
  }
  await assert.rejects(collectArtifacts(['dist\\*.zip'], { cwd: dir, base: '.', platform: 'linux' }), { code: 'CHECKSUMS_PATH_NOT_FOUND' });
});

test('a glob never matches into .git (where actions/checkout keeps its token) unless it names .git itself, as a directory walk never enters it', async (t) => {
  const dir = await tempDir(t);
  for (const name of ['.git/config', '.git/refs/heads/main', '.github/ci.yml', 'dist/a.zip', 'sub/.git/config']) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), name);
  }
  const names = async (subject: string): Promise<string[]> => (await collectArtifacts([subject], { cwd: dir, base: '.' })).map((file) => file.name);
  assert.deepEqual(await names('*'), ['.github/ci.yml', 'dist/a.zip']);
  assert.deepEqual(await names('**'), ['.github/ci.yml', 'dist/a.zip']);
  assert.deepEqual(await names('**/*'), ['.github/ci.yml', 'dist/a.zip']);
  assert.deepEqual(await names('.*'), ['.github/ci.yml']);
  await assert.rejects(names('*/config'), { code: 'CHECKSUMS_NO_MATCH' });
  // Outside the working directory too.
  const outside = async (subject: string): Promise<string[]> => (await collectArtifacts([subject], { cwd: join(dir, 'dist'), base: '..' })).map((file) => file.name);
  assert.deepEqual(await outside('../**'), ['.github/ci.yml', 'dist/a.zip']);
  assert.deepEqual(await outside(`${dir}/**`), ['.github/ci.yml', 'dist/a.zip']);
  // Named on purpose, .git is hashed, by a path as by a glob.
  assert.deepEqual(await names('.git/config'), ['.git/config']);
  assert.deepEqual(await names('.git/*'), ['.git/config', '.git/refs/heads/main']);
});

/** A case-insensitive file system (macOS's and Windows' default) over a tree of canonical paths, as `path` resolves them on this platform. */
function caseInsensitiveFileSystem(tree: Tree): WalkFileSystem {
  const canonical = new Map<string, string>();
  for (const [directory, entries] of tree) {
    canonical.set(directory.toLowerCase(), directory);
    for (const entry of entries) canonical.set(join(directory, entry.name).toLowerCase(), join(directory, entry.name));
  }
  const real = (path: string): string => {
    const found = canonical.get(path.toLowerCase());
    if (found === undefined) throw enoent(path);
    return found;
  };
  const kindOf = (path: string): EntryKind => (tree.has(real(path)) ? 'directory' : 'file');
  return {
    list: async (path) => tree.get(real(path)) ?? [],
    kindOf: async (path) => kindOf(path),
    targetKindOf: async (path) => kindOf(path),
    realpath: async (path) => real(path),
  };
}

test('a subject or base named in another case than the file system spells it (macOS, Windows) is listed as it is spelled on disk, once', async () => {
  const root = join('/', 'r');
  const tree: Tree = new Map([
    [root, [{ name: 'dist', kind: 'directory' }]],
    [join(root, 'dist'), [{ name: 'App.zip', kind: 'file' }, { name: 'sub', kind: 'directory' }]],
    [join(root, 'dist', 'sub'), [{ name: 'b.zip', kind: 'file' }]],
  ]);
  const fileSystem = caseInsensitiveFileSystem(tree);
  const names = async (subjects: string[], base: string): Promise<string[]> => (await collectArtifacts(subjects, { cwd: root, base, fileSystem })).map((file) => file.name);
  // sha256sum -c on Linux finds dist/App.zip, never DIST/app.zip; two spellings of one file are one line.
  assert.deepEqual(await names(['DIST/app.zip', 'dist/App.zip'], '.'), ['dist/App.zip']);
  assert.deepEqual(await names(['Dist'], '.'), ['dist/App.zip', 'dist/sub/b.zip']);
  assert.deepEqual(await names(['DIST/SUB'], 'Dist'), ['sub/b.zip']);
});

test('a glob that climbs out of the working directory (../**) still matches the working directory\'s own files (tinyglobby#128)', async (t) => {
  const dir = await tempDir(t);
  for (const name of ['dist/a.zip', 'other/b.zip']) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), name);
  }
  const names = async (subject: string): Promise<string[]> => (await collectArtifacts([subject], { cwd: join(dir, 'dist'), base: '..' })).map((file) => file.name);
  assert.deepEqual(await names('../**'), ['dist/a.zip', 'other/b.zip']);
  assert.deepEqual(await names('../*/*.zip'), ['dist/a.zip', 'other/b.zip']);
  assert.deepEqual(await names('../d*'), ['dist/a.zip']);
  assert.deepEqual(await names('..//*/a.zip'), ['dist/a.zip']);
  // The same climb spelled from the root, through './', or as a Windows workflow writes it.
  assert.deepEqual(await names(`${dir}/**/*.zip`), ['dist/a.zip', 'other/b.zip']);
  assert.deepEqual(await names('./../**/*.zip'), ['dist/a.zip', 'other/b.zip']);
  const windows = (await collectArtifacts(['.\\..\\**\\*.zip'], { cwd: join(dir, 'dist'), base: '..', platform: 'win32' })).map((file) => file.name);
  assert.deepEqual(windows, ['dist/a.zip', 'other/b.zip']);
});

test('a glob whose fixed part goes through a link to a directory (macOS\'s /tmp, $TMPDIR) matches as the path does', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'private', 'var', 'proj', 'dist'), { recursive: true });
  await writeFile(join(dir, 'private', 'var', 'proj', 'dist', 'a.zip'), 'a');
  await symlink(join('private', 'var'), join(dir, 'var'));
  const linked = join(dir, 'var', 'proj');
  const names = async (subject: string, cwd: string): Promise<string[]> => (await collectArtifacts([subject], { cwd, base: join(linked, 'dist') })).map((file) => file.name);
  assert.deepEqual(await names(`${linked}/dist/*.zip`, dir), ['a.zip']);
  // The working directory is the real path (process.cwd() on macOS), the glob spells the link.
  assert.deepEqual(await names(`${linked}/dist/*.zip`, join(dir, 'private', 'var', 'proj')), ['a.zip']);
});

test('a base that does not exist or is a file is named as the base directory, not as an artifact outside itself', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.bin'), 'a');
  await assert.rejects(collectArtifacts(['a.bin'], { cwd: dir, base: 'nope' }), {
    code: 'CHECKSUMS_PATH_NOT_FOUND',
    message: 'the base directory "nope" does not exist',
    hint: /--base \(input "base"\)/,
  });
  await assert.rejects(collectArtifacts(['a.bin'], { cwd: dir, base: 'a.bin' }), {
    code: 'CHECKSUMS_OUTSIDE_BASE',
    message: 'the base directory "a.bin" is not a directory',
    hint: /--base \(input "base"\)/,
  });
});

test('subjects given as one string, or options missing, from a caller in plain JavaScript, are refused: a string was walked letter by letter', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'app.tgz'), 'the app\n');
  await mkdir(join(dir, 'node_modules'));
  await writeFile(join(dir, 'node_modules', 'dependency.js'), 'not a release file\n');
  // '*' as a string was the subject '*': every file under the directory, node_modules included, went into the checksums.
  const loose = collectArtifacts as (subjects: unknown, options: unknown) => Promise<unknown>;
  for (const [subjects, options] of [['*', { cwd: dir, base: dir }], [['app.tgz', 5], { cwd: dir, base: dir }], [['app.tgz'], undefined], [['app.tgz'], { cwd: dir }]]) {
    await assert.rejects(loose(subjects, options), { code: 'CHECKSUMS_ARGUMENT_INVALID' }, JSON.stringify([subjects, options]));
  }
  await assert.rejects(createChecksums({ subjects: '*' as unknown as string[], algorithm: 'sha256', base: '.', output: undefined }, dir), { code: 'CHECKSUMS_ARGUMENT_INVALID', message: /subjects is a string, not an array of paths/ });
});

test('trust-kit\'s own commit lock and temporary files (what a SIGKILL leaves) are never listed, each told of once; a subject naming one itself is', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  // Made by the code that makes them, so that the shapes are the ones it writes: a write not yet put in place, and a held commit lock.
  const unfinished = await prepareFileAtomic(join(dir, 'dist', 'SHA256SUMS'), 'partial\n');
  t.after(() => unfinished.discard());
  const temporary = (await readdir(join(dir, 'dist'))).find((name) => name.endsWith('.tmp')) as string;
  const told: LeftoverFile[] = [];
  const listed = await underCommitLock([join(dir, 'dist')], () => collectArtifacts(['dist', 'dist/*', join(dir, 'dist')], { cwd: dir, base: dir, leftover: (file) => told.push(file) }));
  assert.deepEqual(listed.map((file) => file.name), ['dist/app.tgz']);
  assert.deepEqual(told.sort((a, b) => compareNames(a.path, b.path)), [
    { path: join(dir, 'dist', temporary), kind: 'temporary file' },
    { path: join(dir, 'dist', COMMIT_LOCK), kind: 'commit lock' },
  ]);
  assert.match(leftoverNotice(told[0] as LeftoverFile), /^left .*\.SHA256SUMS\.[0-9a-f]{12}\.\d+\.[0-9a-f]{8}\.tmp"? out of the artifacts: it is trust-kit's own temporary file, which a trust-kit run killed while writing in its directory leaves behind; remove it unless/);
  // Named itself, it is what the user asked for.
  assert.deepEqual((await collectArtifacts([join('dist', temporary)], { cwd: dir, base: dir })).map((file) => file.name), [`dist/${temporary}`]);
});

test('a user\'s file named like trust-kit\'s own lock or temporary files, but not as trust-kit names them, is listed', async (t) => {
  const dir = await tempDir(t);
  const alike = [
    '.trust-kit-commit.lock.bak',
    'trust-kit-commit.lock',
    '.TRUST-KIT-COMMIT.LOCK',
    'app.0123456789ab.123.0123abcd.tmp',
    '.app.0123456789AB.123.0123abcd.tmp',
    '.app.0123456789ab.0123.0123abcd.tmp',
    '.app.0123456789ab.12345678901.0123abcd.tmp',
    '.app.0123456789ab.123.0123abc.tmp',
    '.app.0123456789ab.123.0123abcd.tmp.txt',
    '.0123456789ab.123.0123abcd.tmp',
    // The shapes of development builds before the place was added.
    '.app.0123456789ab.123.tmp',
    '.app.0123456789ab.tmp',
    // Longer than any target name a temporary file is named after (200 bytes; longer ones name it after trust-kit).
    `.${'a'.repeat(201)}.0123456789ab.123.0123abcd.tmp`,
  ];
  for (const name of alike) await writeFile(join(dir, name), 'mine\n');
  const told: LeftoverFile[] = [];
  const listed = await collectArtifacts(['.'], { cwd: dir, base: dir, leftover: (file) => told.push(file) });
  assert.deepEqual(listed.map((file) => file.name), sortByName(alike, (name) => name));
  assert.deepEqual(told, []);
  assert.equal(trustKitFileKind(`.${'a'.repeat(200)}.0123456789ab.123.0123abcd.tmp`), 'temporary file');
  assert.equal(trustKitFileKind('.trust-kit.0123456789ab.4194304.0123abcd.tmp'), 'temporary file');
});

test('a glob matches a link to a file as a walk of its directory lists it, and refuses one that leads out of the base or nowhere; a link to a directory is not walked into', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await mkdir(join(dir, 'outside'));
  await writeFile(join(dir, 'dist', 'app.zip'), 'app\n');
  await writeFile(join(dir, 'outside', 'o.zip'), 'o\n');
  await symlink('app.zip', join(dir, 'dist', 'inner-link.zip'));
  await symlink('.', join(dir, 'dist', 'loop'));
  const names = async (subject: string): Promise<string[]> => (await collectArtifacts([subject], { cwd: dir, base: 'dist' })).map((file) => file.name);
  assert.deepEqual(await names('dist/*.zip'), ['app.zip', 'inner-link.zip']);
  assert.deepEqual(await names('dist/*.zip'), await names('dist'), 'as the walk of the directory');
  // The link to the directory it is in is neither matched by **/*.zip through it nor walked.
  assert.deepEqual(await names('dist/**/*.zip'), ['app.zip', 'inner-link.zip']);
  await symlink('../outside/o.zip', join(dir, 'dist', 'out.zip'));
  await assert.rejects(names('dist/*.zip'), { code: 'CHECKSUMS_OUTSIDE_BASE' });
  await rm(join(dir, 'dist', 'out.zip'));
  await symlink('nothing', join(dir, 'dist', 'dangling.zip'));
  await assert.rejects(names('dist/*.zip'), { code: 'CHECKSUMS_PATH_NOT_FOUND' });
  // Links that lead round in a loop are no dangling link: said as sha256sum says it (too many levels of symbolic links).
  await rm(join(dir, 'dist', 'dangling.zip'));
  await symlink('loop-b.zip', join(dir, 'dist', 'loop-a.zip'));
  await symlink('loop-a.zip', join(dir, 'dist', 'loop-b.zip'));
  await assert.rejects(names('dist/*.zip'), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'CHECKSUMS_READ_FAILED', error.message);
    assert.match(error.message, /ELOOP/);
    assert.match(error.hint ?? '', /leads round in a loop/);
    return true;
  });
});

test('a base or a subject spelled through a link to the directory (`$PWD` in a directory reached by one, macOS /tmp) names the same files as the real path: it was "outside the base directory"', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'real', 'dist', 'sub'), { recursive: true });
  await writeFile(join(dir, 'real', 'dist', 'app.tgz'), 'app');
  await writeFile(join(dir, 'real', 'dist', 'sub', 'lib.tgz'), 'lib');
  await symlink('real', join(dir, 'link'));
  const real = join(dir, 'real');
  const linked = join(dir, 'link');
  const names = async (subjects: string[], options: { cwd: string; base: string }): Promise<string[]> => (await collectArtifacts(subjects, options)).map((file) => file.name);
  // The shell's $PWD is the link; the process's working directory, and what is resolved against it, the real path.
  assert.deepEqual(await names(['dist/app.tgz'], { cwd: real, base: join(linked, 'dist') }), ['app.tgz']);
  assert.deepEqual(await names([join(linked, 'dist', 'app.tgz')], { cwd: real, base: 'dist' }), ['app.tgz']);
  assert.deepEqual(await names([join(linked, 'dist')], { cwd: real, base: 'dist' }), ['app.tgz', 'sub/lib.tgz']);
  assert.deepEqual(await names(['dist'], { cwd: real, base: join(linked, 'dist') }), ['app.tgz', 'sub/lib.tgz']);
  // What is really outside stays so.
  await writeFile(join(dir, 'real', 'other.tgz'), 'other');
  await assert.rejects(collectArtifacts([join(linked, 'other.tgz')], { cwd: real, base: 'dist' }), { code: 'CHECKSUMS_OUTSIDE_BASE' });
});

test('a subject under the base as spelled whose directory is a link out of it (`base/linked/file`, `base/etc/hostname` with `etc -> /etc`) is CHECKSUMS_OUTSIDE_BASE, named or globbed: it was listed with the outside file\'s digest', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'base', 'inside'), { recursive: true });
  await mkdir(join(dir, 'outside', 'sub'), { recursive: true });
  await writeFile(join(dir, 'outside', 'f'), 'SECRET');
  await writeFile(join(dir, 'outside', 'sub', 'g'), 'SECRET');
  await writeFile(join(dir, 'base', 'inside', 'ok'), 'ok');
  await symlink('../outside', join(dir, 'base', 'zdir'));
  const options = { cwd: dir, base: 'base' };
  for (const subjects of [['base/zdir/f'], ['base/zdir/*'], ['base/zdir/sub'], ['base/inside/ok', 'base/zdir/sub/g']]) {
    await assert.rejects(collectArtifacts(subjects, options), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CHECKSUMS_OUTSIDE_BASE', `${subjects.join(' ')}: ${error.message}`);
      assert.match(error.message, /through a symbolic link, outside the base directory/);
      return true;
    });
  }
  // The link itself, walked or named, was refused already; what is inside stays listed.
  await assert.rejects(collectArtifacts(['base/zdir'], options), { code: 'CHECKSUMS_OUTSIDE_BASE' });
  assert.deepEqual((await collectArtifacts(['base/inside'], options)).map((file) => file.name), ['inside/ok']);
});
