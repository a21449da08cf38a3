import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { compileCacheDirectory, privateCompileCacheDirectory, pruneCompileCachesDaily, pruneUnusedCompileCaches, PRUNE_INTERVAL_MS, PRUNED_MARKER, UNUSED_CACHE_MS, type CompileCacheHost } from '../../src/cli/compile-cache.js';
import { tempDir } from '../support/tmp.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const posix = process.platform !== 'win32';
const uid = process.getuid?.();

const host = (overrides: Partial<CompileCacheHost>): CompileCacheHost => ({ env: {}, platform: 'linux', home: '/home/user', uid: 1000, ...overrides });

test('the compile cache lives in the user\'s own cache directory, never a shared one such as the OS temp directory', () => {
  assert.equal(compileCacheDirectory(host({})), '/home/user/.cache/trust-kit/compile-cache');
  assert.equal(compileCacheDirectory(host({ env: { XDG_CACHE_HOME: '/var/cache/me' } })), '/var/cache/me/trust-kit/compile-cache');
  assert.equal(compileCacheDirectory(host({ env: { XDG_CACHE_HOME: 'relative/cache' } })), '/home/user/.cache/trust-kit/compile-cache', 'a relative XDG_CACHE_HOME is ignored, as the XDG spec says');
  assert.equal(compileCacheDirectory(host({ home: '' })), undefined);
  assert.equal(compileCacheDirectory(host({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, uid: undefined })), 'C:\\Users\\me\\AppData\\Local\\trust-kit\\compile-cache');
  assert.equal(compileCacheDirectory(host({ platform: 'win32', env: {}, uid: undefined })), undefined);
});

test('a cache directory another user could write to is not used: group- or world-writable, owned by someone else, or a link', { skip: !posix && 'POSIX modes and owners' }, async (t) => {
  const dir = await tempDir(t);
  const own = { env: { XDG_CACHE_HOME: join(dir, 'fresh') }, platform: process.platform, home: dir, uid };
  const made = privateCompileCacheDirectory(own);
  assert.equal(made, join(dir, 'fresh', 'trust-kit', 'compile-cache'));
  assert.equal((await stat(made)).mode & 0o777, 0o700);

  const shared = join(dir, 'shared', 'trust-kit', 'compile-cache');
  await mkdir(shared, { recursive: true });
  await chmod(shared, 0o777);
  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(dir, 'shared') } }), undefined);
  await chmod(shared, 0o770);
  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(dir, 'shared') } }), undefined);
  await chmod(shared, 0o755);
  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(dir, 'shared') } }), shared);
  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(dir, 'shared') }, uid: (uid ?? 0) + 1 }), undefined, 'owned by another user');
  // A parent others may write to lets them move the checked directory away and put theirs in its place; a sticky one does not.
  await chmod(join(dir, 'shared', 'trust-kit'), 0o777);
  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(dir, 'shared') } }), undefined, 'a parent everyone may write to');
  await chmod(join(dir, 'shared', 'trust-kit'), 0o1777);
  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(dir, 'shared') } }), shared, 'a sticky parent');
  await chmod(join(dir, 'shared', 'trust-kit'), 0o755);

  await mkdir(join(dir, 'linked', 'trust-kit'), { recursive: true });
  await symlink(made, join(dir, 'linked', 'trust-kit', 'compile-cache'));
  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(dir, 'linked') } }), undefined);

  assert.equal(privateCompileCacheDirectory({ ...own, env: { XDG_CACHE_HOME: join(made, 'no-such-parent', '\0') } }), undefined, 'an error leaves the cache off');
});

test('the CLI turns the compile cache on in that directory, and leaves it to Node when NODE_DISABLE_COMPILE_CACHE is set', { skip: !posix && 'POSIX' }, async (t) => {
  const dir = await tempDir(t);
  const run = (env: Record<string, string>): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile(process.execPath, ['--import', TSX, BIN, '--version'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, ...env }, timeout: 60_000 }, (error, stdout) => (error === null ? resolve(stdout) : reject(error)));
    });
  assert.match(await run({ NODE_DISABLE_COMPILE_CACHE: '1', XDG_CACHE_HOME: join(dir, 'off') }), /\d+\.\d+\.\d+/);
  await assert.rejects(stat(join(dir, 'off')), { code: 'ENOENT' });
  await run({ XDG_CACHE_HOME: join(dir, 'cache') });
  const cache = join(dir, 'cache', 'trust-kit', 'compile-cache');
  assert.equal((await stat(cache)).mode & 0o777, 0o700);
  assert.ok((await readdir(cache)).some((name) => name.startsWith(`v${process.versions.node}`)), 'Node keeps its cache for this version there');
});

test('entries unused for long are removed, and caches of Node versions left empty by that; links, other names and entries in use stay', { skip: !posix && 'POSIX' }, async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'cache', 'trust-kit', 'compile-cache');
  const longAgo = new Date(Date.now() - 2 * UNUSED_CACHE_MS);
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  /** A cache of a Node version, last used `when`, with an entry last used `recentEntry` beside one last used `when`. */
  const cache = async (name: string, when: Date, recentEntry?: Date): Promise<void> => {
    await mkdir(join(base, name), { recursive: true });
    await writeFile(join(base, name, 'a1b2c3'), 'code cache');
    await utimes(join(base, name, 'a1b2c3'), when, when);
    if (recentEntry !== undefined) {
      await writeFile(join(base, name, 'd4e5f6'), 'code cache');
      await utimes(join(base, name, 'd4e5f6'), recentEntry, recentEntry);
    }
    await utimes(join(base, name), when, when);
  };
  await cache('v20.0.0-x64-0000aaaa-0', longAgo);
  await cache('v21.0.0-x64-0000bbbb-0', longAgo, twoDaysAgo);
  await cache('v22.0.0-x64-0000cccc-0', twoDaysAgo);
  await mkdir(join(base, 'notes'));
  await writeFile(join(base, 'notes', 'old'), 'not a cache');
  await utimes(join(base, 'notes', 'old'), longAgo, longAgo);
  await utimes(join(base, 'notes'), longAgo, longAgo);
  await symlink(join(base, 'v20.0.0-x64-0000aaaa-0'), join(base, 'v19.0.0-x64-linked-0'));
  assert.deepEqual(pruneUnusedCompileCaches(base, Date.now()).sort(), ['v20.0.0-x64-0000aaaa-0', 'v20.0.0-x64-0000aaaa-0/a1b2c3', 'v21.0.0-x64-0000bbbb-0/a1b2c3']);
  assert.deepEqual((await readdir(base)).sort(), ['notes', 'v19.0.0-x64-linked-0', 'v21.0.0-x64-0000bbbb-0', 'v22.0.0-x64-0000cccc-0']);
  assert.deepEqual(await readdir(join(base, 'v21.0.0-x64-0000bbbb-0')), ['d4e5f6'], 'an entry read two days ago stays, and keeps its cache');
  assert.deepEqual(await readdir(join(base, 'v22.0.0-x64-0000cccc-0')), ['a1b2c3']);
  assert.deepEqual(await readdir(join(base, 'notes')), ['old'], 'names Node does not give are left alone');
});

test('a cache of a Node version no longer run is removed once its entries are, though every daily prune lists it (which refreshes its access time)', { skip: !posix && 'POSIX' }, async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'compile-cache');
  const longAgo = new Date(Date.now() - 2 * UNUSED_CACHE_MS);
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
  // Last written long ago; listed by yesterday's prune, as every prune lists every cache.
  const listedYesterday = async (name: string, entries: string[]): Promise<void> => {
    await mkdir(join(base, name), { recursive: true });
    for (const entry of entries) {
      await writeFile(join(base, name, entry), 'code cache');
      await utimes(join(base, name, entry), longAgo, longAgo);
    }
    await utimes(join(base, name), yesterday, longAgo);
  };
  await listedYesterday('v20.0.0-x64-0000aaaa-0', ['a1b2c3']);
  await listedYesterday('v19.0.0-x64-0000bbbb-0', []);
  assert.deepEqual(pruneUnusedCompileCaches(base, Date.now()).sort(), ['v19.0.0-x64-0000bbbb-0', 'v20.0.0-x64-0000aaaa-0', 'v20.0.0-x64-0000aaaa-0/a1b2c3']);
  assert.deepEqual(await readdir(base), []);
});

test('a prune marker dated in the future (a clock that was ahead, since set right) does not stop pruning until that date', { skip: !posix && 'POSIX' }, async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'compile-cache');
  await mkdir(join(base, 'v18.0.0-x64-0000dddd-0'), { recursive: true });
  const longAgo = new Date(Date.now() - 2 * UNUSED_CACHE_MS);
  await writeFile(join(base, 'v18.0.0-x64-0000dddd-0', 'a1b2c3'), 'code cache');
  await utimes(join(base, 'v18.0.0-x64-0000dddd-0', 'a1b2c3'), longAgo, longAgo);
  const now = Date.now();
  const nextYear = new Date(now + 365 * 24 * 3600 * 1000);
  await writeFile(join(base, PRUNED_MARKER), '');
  await utimes(join(base, PRUNED_MARKER), nextYear, nextYear);
  assert.deepEqual(pruneCompileCachesDaily(base, now), ['v18.0.0-x64-0000dddd-0/a1b2c3']);
  assert.equal((await stat(join(base, PRUNED_MARKER))).mtimeMs, now, 'marked with the time now');
});

test('a start prunes at most once a day, marking the time first; the CLI starts so', { skip: !posix && 'POSIX' }, async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'cache', 'trust-kit', 'compile-cache');
  const longAgo = new Date(Date.now() - 2 * UNUSED_CACHE_MS);
  const stale = async (name: string): Promise<void> => {
    await mkdir(join(base, name), { recursive: true });
    await writeFile(join(base, name, 'a1b2c3'), 'code cache');
    await utimes(join(base, name, 'a1b2c3'), longAgo, longAgo);
  };
  await stale('v18.0.0-x64-0000dddd-0');
  const now = Date.now();
  assert.deepEqual(pruneCompileCachesDaily(base, now), ['v18.0.0-x64-0000dddd-0/a1b2c3']);
  assert.equal((await stat(join(base, PRUNED_MARKER))).mtimeMs, now);
  await stale('v17.0.0-x64-0000eeee-0');
  assert.deepEqual(pruneCompileCachesDaily(base, now + PRUNE_INTERVAL_MS - 1000), [], 'pruned less than a day ago');
  assert.deepEqual(pruneCompileCachesDaily(base, now + PRUNE_INTERVAL_MS + 1000), ['v17.0.0-x64-0000eeee-0/a1b2c3']);

  await rm(join(base, PRUNED_MARKER));
  await stale('v16.0.0-x64-0000ffff-0');
  await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['--import', TSX, BIN, '--version'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: join(dir, 'cache') }, timeout: 60_000 }, (error, stdout) => (error === null ? resolve(stdout) : reject(error)));
  });
  const after = await readdir(base);
  assert.ok(after.some((name) => name.startsWith(`v${process.versions.node}`)), 'Node made this version\'s cache');
  assert.deepEqual(await readdir(join(base, 'v16.0.0-x64-0000ffff-0')), [], 'the CLI pruned as it started');
  assert.ok(after.includes(PRUNED_MARKER));
});

test('a cache directory that cannot be made where its parent exists (XDG_CACHE_HOME=/proc/...) is given up at once: Node\'s recursive mkdir would retry it forever, and every command would hang at start', { skip: process.platform !== 'linux' && '/proc is Linux\'s' }, () => {
  const host: CompileCacheHost = { env: { XDG_CACHE_HOME: '/proc/trust-kit-nope' }, platform: 'linux', home: '/root', uid: process.getuid?.() };
  assert.equal(privateCompileCacheDirectory(host), undefined);
});
