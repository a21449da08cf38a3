// The TUF metadata cache is shared: by every process of the user (matrix jobs on one self-hosted
// runner, two terminals), with sigstore-js, and perhaps with other users. Its root.json is the
// trust anchor every later piece of metadata is verified from, so a cache others can write is not
// trusted, a root.json a killed writer left half-written does not break every later run, and
// processes starting on a cold cache at once all get the trusted root.
import assert from 'node:assert/strict';
import { promises as fsPromises } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { NO_PROXY_SETTINGS } from '../../src/core/proxy.js';
import { fetchTrustedRootJSON } from '../../src/sigstore/verify/tuf-client.js';
import { loadTrustMaterialFromTUF } from '../../src/sigstore/verify/trust-tuf.js';
import { NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';
import { startTufRepository, type TufRepository } from '../support/tuf.js';

/** The real writeFile, whatever a test puts in place of node:fs/promises functions. */
const realWriteFile = writeFile;

describe('the shared TUF cache', () => {
  let directory: string;
  let trusted: TufRepository;
  /** Another repository, with keys of its own: what an attacker who can serve the mirror's URL (a proxy, DNS) would serve. */
  let forged: TufRepository;
  let trustedRoot: Buffer;
  let caches = 0;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'trust-kit-tuf-cache-'));
    trustedRoot = await readFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json'));
    await mkdir(join(directory, 'trusted'));
    await mkdir(join(directory, 'forged'));
    trusted = await startTufRepository(join(directory, 'trusted'), trustedRoot);
    forged = await startTufRepository(join(directory, 'forged'), Buffer.from(JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', forged: true })));
  });
  after(async () => {
    await Promise.all([trusted.close(), forged.close(), rm(directory, { recursive: true, force: true })]);
  });

  /** A fresh cache path, and the directory in it the client keeps `mirrorURL`'s metadata in. */
  const cacheFor = (mirrorURL: string): { cachePath: string; mirrorDir: string } => {
    const cachePath = join(directory, `cache-${(caches += 1)}`);
    const mirror = new URL(mirrorURL);
    return { cachePath, mirrorDir: join(cachePath, encodeURIComponent(mirror.host + mirror.pathname.replace(/\/$/, ''))) };
  };
  const fetchWith = (mirrorURL: string, cachePath: string): Promise<string> => fetchTrustedRootJSON({ mirrorURL, rootPath: trusted.rootPath, cachePath, retries: 0, timeoutMs: 5000, minDelayMs: 5, proxy: NO_PROXY_SETTINGS });

  for (const [what, open] of [
    ['writable by everyone', (path: string) => chmod(path, 0o777)],
    ['owned by another user', (path: string) => chown(path, 65534, 65534)],
  ] as const) {
    test(`a cache directory ${what} is not trusted: a root.json planted in it is not the trust anchor, the given root is`, { skip: (process.getuid?.() ?? -1) !== 0 && what === 'owned by another user' && 'chown needs root' }, async () => {
      // The mirror's URL serves the forged repository (an attacker on the network); the root given is the trusted one.
      const { cachePath, mirrorDir } = cacheFor(forged.url);
      await mkdir(join(mirrorDir, 'targets'), { recursive: true, mode: 0o700 });
      await writeFile(join(mirrorDir, 'root.json'), await readFile(forged.rootPath));
      await open(mirrorDir);
      await assert.rejects(fetchWith(forged.url, cachePath), 'the forged repository is not trusted from the planted root');
      // The same cache, once it is the user's alone again, is trusted as it is (the planted root included): what the check is about is who can write it.
      if (what === 'writable by everyone') {
        await chmod(mirrorDir, 0o700);
        assert.equal(JSON.parse(await fetchWith(forged.url, cachePath)).forged, true);
      }
    });
  }

  test("a cache holding another repository's root (its own, written there by hand) is refused, and the error names the cache as the anchor to remove", async () => {
    const { cachePath, mirrorDir } = cacheFor(trusted.url);
    await fetchWith(trusted.url, cachePath);
    await writeFile(join(mirrorDir, 'root.json'), await readFile(forged.rootPath));
    for (let run = 0; run < 2; run += 1) {
      await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: trusted.url, rootPath: trusted.rootPath, cachePath, retries: 0 }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
        assert.ok(error.message.includes(`it does not verify from the root.json cached in ${mirrorDir} by an earlier run, the trust anchor every fetch is verified from`), error.message);
        return true;
      });
    }
  });

  test('a forged mirror met with a root seeded this run is said to have served metadata the trusted keys did not sign, naming the file: no cache is blamed', async () => {
    const { cachePath } = cacheFor(forged.url);
    await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: forged.url, rootPath: trusted.rootPath, cachePath, retries: 0 }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
      assert.ok(error.message.includes(`error refreshing TUF metadata (${forged.url}/timestamp.json): ${forged.url} served metadata that the keys of the trusted root.json given (${trusted.rootPath}) did not sign`), error.message);
      assert.doesNotMatch(error.message, /remove the directory/);
      return true;
    });
  });

  test('a cache below a directory others may write that is not sticky (one that could swap the cache for theirs) is not read: the run says so, naming that directory', async () => {
    const { cachePath } = cacheFor(forged.url);
    const open = join(cachePath, 'open');
    await mkdir(join(open, 'cache'), { recursive: true, mode: 0o700 });
    await chmod(open, 0o777);
    const notices: string[] = [];
    await assert.rejects(fetchTrustedRootJSON({ mirrorURL: forged.url, rootPath: trusted.rootPath, cachePath: join(open, 'cache'), retries: 0, timeoutMs: 5000, minDelayMs: 5, proxy: NO_PROXY_SETTINGS, notice: (message) => notices.push(message) }));
    assert.equal(notices.length, 1);
    assert.ok(notices[0]?.includes(`is not trusted, so not read: ${open} may be written by others (mode 0777)`), notices[0]);
  });

  test('a cached file that is no regular file (a pipe, a link to /dev/zero) or is too big is not read, which hung the run or took 15 GB: a private cache serves it, the notice saying to remove it', { timeout: 30_000 }, async () => {
    for (const [name, plant] of [
      ['timestamp.json', (path: string) => void spawnSync('mkfifo', [path])],
      ['root.json', (path: string) => fsPromises.symlink('/dev/zero', path)],
      [join('targets', 'trusted_root.json'), (path: string) => truncate(path, 9 * 1024 * 1024)],
    ] as const) {
      const { cachePath, mirrorDir } = cacheFor(trusted.url);
      await fetchWith(trusted.url, cachePath);
      const path = join(mirrorDir, name);
      if (name !== join('targets', 'trusted_root.json')) await rm(path);
      await plant(path);
      const { json, notices } = await fetchTelling(trusted.url, cachePath);
      assert.deepEqual(JSON.parse(json), JSON.parse(trustedRoot.toString('utf8')));
      assert.equal(notices.length, 1, notices.join('\n'));
      assert.ok(notices[0]?.includes(`is not trusted, so not read: ${path} ${name === join('targets', 'trusted_root.json') ? 'holds 9437184 bytes, more than the 8388608 a TUF file may (remove it)' : 'is not a regular file (remove it)'}`), notices[0]);
    }
  });

  test('a cache under a sticky directory everyone may write to (as /tmp) is trusted: others may not move or remove it', async () => {
    const { cachePath, mirrorDir } = cacheFor(trusted.url);
    await mkdir(cachePath, { mode: 0o700 });
    await chmod(cachePath, 0o1777);
    assert.deepEqual(JSON.parse(await fetchWith(trusted.url, cachePath)), JSON.parse(trustedRoot.toString('utf8')));
    assert.ok((await stat(join(mirrorDir, 'timestamp.json'))).isFile(), 'the metadata is cached there');
  });

  test('a root.json a killed writer left half-written is replaced from the given root, instead of failing every later run', async () => {
    const { cachePath, mirrorDir } = cacheFor(trusted.url);
    await mkdir(join(mirrorDir, 'targets'), { recursive: true, mode: 0o700 });
    await writeFile(join(mirrorDir, 'root.json'), (await readFile(trusted.rootPath)).subarray(0, 100));
    assert.deepEqual(JSON.parse(await fetchWith(trusted.url, cachePath)), JSON.parse(trustedRoot.toString('utf8')));
    assert.deepEqual(JSON.parse(await readFile(join(mirrorDir, 'root.json'), 'utf8')).signed.version, 1);
  });

  test('a cached root.json that parses but does not verify (a flipped byte in a signature) is written again from the given root', async () => {
    const { cachePath, mirrorDir } = cacheFor(trusted.url);
    await mkdir(join(mirrorDir, 'targets'), { recursive: true, mode: 0o700 });
    const root = JSON.parse(await readFile(trusted.rootPath, 'utf8')) as { signatures: { sig: string }[] };
    const first = root.signatures[0] ?? assert.fail('a signature');
    first.sig = `${first.sig.startsWith('0') ? '1' : '0'}${first.sig.slice(1)}`;
    await writeFile(join(mirrorDir, 'root.json'), JSON.stringify(root));
    assert.deepEqual(JSON.parse(await fetchWith(trusted.url, cachePath)), JSON.parse(trustedRoot.toString('utf8')));
  });

  test('the trusted root returned is the bytes checked against the metadata: a cached target another process rewrites in place between the check and the read is read again', async (t) => {
    const { cachePath, mirrorDir } = cacheFor(trusted.url);
    assert.deepEqual(JSON.parse(await fetchWith(trusted.url, cachePath)), JSON.parse(trustedRoot.toString('utf8')));
    const target = join(mirrorDir, 'targets', 'trusted_root.json');
    // The next read of the cached target finds it half-written by another process's refresh (tuf-js copies the target over it in place).
    let rewritten = false;
    const realReadFile = fsPromises.readFile;
    t.after(() => {
      fsPromises.readFile = realReadFile;
      syncBuiltinESMExports();
    });
    fsPromises.readFile = (async (...args: Parameters<typeof realReadFile>) => {
      if (!rewritten && args[0] === target) {
        rewritten = true;
        await realWriteFile(target, trustedRoot.subarray(0, 200));
      }
      return realReadFile(...args);
    }) as typeof realReadFile;
    syncBuiltinESMExports();
    assert.deepEqual(JSON.parse(await fetchWith(trusted.url, cachePath)), JSON.parse(trustedRoot.toString('utf8')));
    assert.ok(rewritten, 'the cached target was read');
  });

  test('metadata files a killed refresh left half-written (timestamp, snapshot, targets, the target) are fetched again', async () => {
    const { cachePath, mirrorDir } = cacheFor(trusted.url);
    await fetchWith(trusted.url, cachePath);
    for (const name of ['timestamp.json', 'snapshot.json', 'targets.json', join('targets', 'trusted_root.json')]) await truncate(join(mirrorDir, name), 10);
    assert.deepEqual(JSON.parse(await fetchWith(trusted.url, cachePath)), JSON.parse(trustedRoot.toString('utf8')));
  });

  test('eight verifications starting at once on a cold cache all get the trusted root', { timeout: 30_000 }, async () => {
    const { cachePath, mirrorDir } = cacheFor(trusted.url);
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => fetchWith(trusted.url, cachePath)));
    for (const result of results) {
      assert.equal(result.status, 'fulfilled', result.status === 'rejected' ? String((result.reason as Error).cause ?? result.reason) : '');
      assert.deepEqual(JSON.parse(result.value), JSON.parse(trustedRoot.toString('utf8')));
    }
    assert.equal((await stat(mirrorDir)).mode & 0o077, 0, 'the cache directory is the user\'s alone');
  });

  /** A fetch through `cachePath` with the notices it gives, and whether the private directory a notice names is gone afterwards. */
  const fetchTelling = async (mirrorURL: string, cachePath: string): Promise<{ json: string; notices: string[] }> => {
    const notices: string[] = [];
    const json = await fetchTrustedRootJSON({ mirrorURL, rootPath: trusted.rootPath, cachePath, retries: 0, timeoutMs: 5000, minDelayMs: 5, proxy: NO_PROXY_SETTINGS, notice: (message) => notices.push(message) });
    for (const notice of notices) {
      const privateDir = /caches \S+ metadata in (\S+), removed/.exec(notice)?.[1];
      assert.ok(privateDir?.includes('trust-kit-tuf-'), notice);
      await assert.rejects(stat(privateDir as string), { code: 'ENOENT' }, 'the private cache is removed when the fetch ends');
    }
    return { json, notices };
  };

  test('a cache directory that cannot be made (a file in its way) does not fail the run: a private temporary cache serves it, with one notice naming the directory and why', async () => {
    const { cachePath } = cacheFor(trusted.url);
    await writeFile(cachePath, 'not a directory\n');
    const { json, notices } = await fetchTelling(trusted.url, cachePath);
    assert.deepEqual(JSON.parse(json), JSON.parse(trustedRoot.toString('utf8')));
    assert.equal(notices.length, 1, notices.join('\n'));
    assert.match(notices[0] ?? '', new RegExp(`^the TUF metadata cache ${cachePath.replaceAll('.', '\\.')}/\\S+ cannot be used: it cannot be made: ENOTDIR; this run caches 127\\.0\\.0\\.1:\\d+'s metadata in `));
    assert.equal(await readFile(cachePath, 'utf8'), 'not a directory\n');
    // A logger is told once of each cache (a release fetches for signing, its kit and its gate); another call's logger is told again.
    const warnings: string[][] = [[], []];
    for (const [index, times] of [[0, 3], [1, 1]] as const) {
      const logger = { warn: (message: string) => void warnings[index]?.push(message) };
      for (let fetch = 0; fetch < times; fetch += 1) await loadTrustMaterialFromTUF({ mirrorURL: trusted.url, rootPath: trusted.rootPath, cachePath, retries: 0, logger });
    }
    assert.deepEqual(warnings.map((told) => told.length), [1, 1]);
  });

  test('a cache directory others may write is still not read, nor written: the run says so once', async () => {
    const { cachePath, mirrorDir } = cacheFor(forged.url);
    await mkdir(join(mirrorDir, 'targets'), { recursive: true, mode: 0o700 });
    await writeFile(join(mirrorDir, 'root.json'), await readFile(forged.rootPath));
    await chmod(mirrorDir, 0o777);
    const notices: string[] = [];
    await assert.rejects(fetchTrustedRootJSON({ mirrorURL: forged.url, rootPath: trusted.rootPath, cachePath, retries: 0, timeoutMs: 5000, minDelayMs: 5, proxy: NO_PROXY_SETTINGS, notice: (message) => notices.push(message) }));
    assert.equal(notices.length, 1);
    assert.match(notices[0] ?? '', /is not trusted, so not read: .* may be written by others \(mode 0777\), and its root\.json is the trust anchor/);
    assert.deepEqual(await readFile(join(mirrorDir, 'root.json')), await readFile(forged.rootPath), 'the untrusted cache is left as it was');
  });
});

/** Whether this process may make a mount namespace of its own, where a directory is mounted read-only (root, Linux). */
const readOnlyMounts = process.platform === 'linux' && spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind / / 2>/dev/null && mount -o remount,bind,ro / /']).status === 0;

test('a TUF cache on a read-only file system (a read-only HOME, a pod\'s read-only root), empty or warm, does not fail the run: a private cache serves it, with one notice', { skip: !readOnlyMounts && 'needs unshare -m and mount (root, Linux)', timeout: 60_000 }, async (t) => {
  const directory = await tempDir(t, 'trust-kit-tuf-ro-');
  const trustedRoot = await readFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json'));
  await mkdir(join(directory, 'repository'));
  const repository = await startTufRepository(join(directory, 'repository'), trustedRoot);
  t.after(() => repository.close());
  const script = `
    import { fetchTrustedRootJSON } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'src', 'sigstore', 'verify', 'tuf-client.ts'))};
    const notices = [];
    const json = await fetchTrustedRootJSON({ mirrorURL: process.argv[1], rootPath: process.argv[2], cachePath: process.argv[3], retries: 0, timeoutMs: 5000, proxy: { httpsProxy: undefined, httpProxy: undefined, noProxy: undefined }, notice: (message) => notices.push(message) });
    process.stdout.write(JSON.stringify({ root: JSON.parse(json), notices }));
  `;
  /** A fetch through `cachePath` by a process that sees `cachePath`'s parent mounted read-only. */
  const fetchReadOnly = async (cachePath: string): Promise<{ root: unknown; notices: string[] }> => {
    const parent = join(cachePath, '..');
    // Not spawnSync: the repository answers from this process.
    const child = spawn('unshare', ['-m', 'sh', '-c', 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" && shift && exec "$@"', 'sh', parent, NODE, ...TSX, '--input-type=module', '-e', script, repository.url, repository.rootPath, cachePath], { env: { PATH: process.env['PATH'] }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [status] = (await once(child, 'close')) as [number | null];
    assert.equal(status, 0, stderr);
    return JSON.parse(stdout) as { root: unknown; notices: string[] };
  };
  // Empty: the directory cannot be made.
  await mkdir(join(directory, 'empty-home'));
  const empty = await fetchReadOnly(join(directory, 'empty-home', 'cache'));
  assert.deepEqual(empty.root, JSON.parse(trustedRoot.toString('utf8')));
  assert.equal(empty.notices.length, 1, empty.notices.join('\n'));
  assert.match(empty.notices[0] ?? '', /empty-home\/cache\/\S+ cannot be used: it cannot be made: EROFS; this run caches .* in \S*trust-kit-tuf-\S+, removed when it ends/);
  // Warm: made and filled when the image was built, read-only now; it is not written (tuf-js would fail to persist a refresh).
  const warm = join(directory, 'warm-home', 'cache');
  await fetchTrustedRootJSON({ mirrorURL: repository.url, rootPath: repository.rootPath, cachePath: warm, retries: 0, timeoutMs: 5000, proxy: NO_PROXY_SETTINGS });
  const read = await fetchReadOnly(warm);
  assert.deepEqual(read.root, JSON.parse(trustedRoot.toString('utf8')));
  assert.equal(read.notices.length, 1, read.notices.join('\n'));
  assert.match(read.notices[0] ?? '', /warm-home\/cache\/\S+ cannot be used: \S+ cannot be written: EROFS; /);
});
