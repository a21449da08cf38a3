// downloadRelease's claim on its --download-dir, against a releases port that answers from memory.
import assert from 'node:assert/strict';
import { promises as fsPromises, writeFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { removeTemporaryFiles } from '../../src/core/files.js';
import type { Release, ReleaseAsset, ReleasesPort } from '../../src/github/releases.js';
import { downloadRelease } from '../../src/release/verify-release.js';
import { tempDir } from '../support/tmp.js';

const RELEASE: Release = { id: 1, tagName: 'v1.0.0', draft: false, immutable: false, body: '', uploadUrl: '' };
const ASSET: ReleaseAsset = { id: 2, name: 'app.tgz', label: '', state: 'uploaded', size: 4, digest: undefined };

/** A port whose one asset is written when `release` is called, so a test acts while the download is under way. */
function slowReleases(): { releases: ReleasesPort; saving: Promise<void>; release: () => void } {
  let started!: () => void;
  const saving = new Promise<void>((resolve) => (started = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const unused = (): never => assert.fail('not used by a download');
  const releases: ReleasesPort = {
    findRelease: () => Promise.resolve(RELEASE),
    listAssets: () => Promise.resolve([ASSET]),
    saveAsset: async (_id, path) => {
      started();
      await released;
      await writeFile(path, 'app\n');
      return 4;
    },
    listAttestations: () => Promise.resolve([]),
    listReleases: unused,
    createDraft: unused,
    getRelease: unused,
    deleteRelease: unused,
    updateRelease: unused,
    uploadAsset: unused,
    downloadAsset: unused,
    deleteAsset: unused,
    tagCommit: unused,
  };
  return { releases, saving, release };
}

describe('verify-release --download-dir claim', () => {
  it('is removed by what a SIGINT or SIGTERM runs (removeTemporaryFiles): a stopped run left .trust-kit-downloading, and the next run was told another one fills the directory', async (t) => {
    const dir = join(await tempDir(t), 'download');
    const { releases, saving, release } = slowReleases();
    const download = downloadRelease({ releases, repository: 'o/r', tag: 'v1.0.0', dir });
    await saving;
    assert.deepEqual(await readdir(dir), ['.trust-kit-downloading']);
    removeTemporaryFiles();
    assert.deepEqual(await readdir(dir), []);
    release();
    await download;
  });

  it('of another run (or one killed by SIGKILL) is refused with a hint, and never removed by this run\'s signal', async (t) => {
    const dir = join(await tempDir(t), 'download');
    await mkdir(dir);
    await writeFile(join(dir, '.trust-kit-downloading'), '');
    const { releases } = slowReleases();
    await assert.rejects(downloadRelease({ releases, repository: 'o/r', tag: 'v1.0.0', dir }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'RELEASE_DOWNLOAD_REFUSED');
      assert.match(error.message, /being filled by another verify-release, or was by one killed part way/);
      assert.match(error.hint ?? '', /if no verify-release runs, remove the directory/);
      return true;
    });
    removeTemporaryFiles();
    assert.deepEqual(await readdir(dir), ['.trust-kit-downloading']);
  });

  it('a run stopped part way leaves what it downloaded, which the next run refuses with a hint to remove it', async (t) => {
    const dir = join(await tempDir(t), 'download');
    await mkdir(dir);
    await writeFile(join(dir, 'app.tgz'), 'app\n');
    const { releases } = slowReleases();
    await assert.rejects(downloadRelease({ releases, repository: 'o/r', tag: 'v1.0.0', dir }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'RELEASE_DOWNLOAD_REFUSED');
      assert.match(error.hint ?? '', /a run stopped part way leaves what it downloaded: remove the directory/);
      return true;
    });
  });

  it('of another run made just after this run listed the directory is never removed by this run\'s signal arriving as it tries to claim', async (t) => {
    const dir = join(await tempDir(t), 'download');
    await mkdir(dir);
    const realReaddir = fsPromises.readdir;
    t.after(() => {
      fsPromises.readdir = realReaddir;
      syncBuiltinESMExports();
    });
    fsPromises.readdir = (async (...args: Parameters<typeof realReaddir>) => {
      const listed = await realReaddir(...args);
      if (args[0] === dir) {
        // The other run claims it now; this run's SIGINT handler runs at the next turn of the event loop.
        writeFileSync(join(dir, '.trust-kit-downloading'), '');
        setImmediate(removeTemporaryFiles);
      }
      return listed;
    }) as typeof realReaddir;
    syncBuiltinESMExports();
    const { releases } = slowReleases();
    await assert.rejects(downloadRelease({ releases, repository: 'o/r', tag: 'v1.0.0', dir }), { code: 'RELEASE_DOWNLOAD_REFUSED' });
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(await realReaddir(dir), ['.trust-kit-downloading'], 'the other run\'s claim stays');
  });
});
