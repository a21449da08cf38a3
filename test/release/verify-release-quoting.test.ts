// verify-release names what a release, its policy file and GitHub's answers say printable and bounded:
// a release's author chose its asset names and policy, and --repo/--tag may name anyone's release.
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ReleaseAsset, ReleasesPort } from '../../src/github/releases.js';
import { downloadRelease, parseReleasePolicy } from '../../src/release/verify-release.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';

/** A releases port answering one published release of these assets, each saved as `x`. */
function releasesOf(assets: Partial<ReleaseAsset>[], found = true): ReleasesPort {
  return {
    findRelease: async () => (found ? { id: 1, tagName: 'v1', draft: false, immutable: false, body: '', uploadUrl: 'https://uploads.example/{?name}' } : undefined),
    listAssets: async () => assets.map((asset, index) => ({ id: index, name: `a${index}`, label: '', state: 'uploaded', size: 1, digest: undefined, ...asset })),
    saveAsset: async (_id: number, path: string) => {
      await writeFile(path, 'x');
      return 1;
    },
  } as unknown as ReleasesPort;
}

async function refused(run: Promise<unknown>, code: string, names: RegExp): Promise<void> {
  await assert.rejects(run, (error: { code?: string; message: string }) => {
    assert.equal(error.code, code, error.message.slice(0, 300));
    assertShowable(error.message, names);
    return true;
  });
}

test('a release\'s asset names and digests, and a tag that names none, are quoted printable and bounded', async (t) => {
  const dir = await tempDir(t);
  const hostile = `${HOSTILE}${HUGE}`;
  const download = (assets: Partial<ReleaseAsset>[], tag = 'v1', found = true): Promise<unknown> => downloadRelease({ releases: releasesOf(assets, found), repository: 'octo-org/app', tag, dir: join(dir, String(Math.random())) });
  await refused(download([], `v1${hostile}`, false), 'RELEASE_NOT_FOUND', /has no published release for the tag "v1\\u001b\]0;owned/);
  await refused(download([{ name: `../${hostile}` }]), 'RELEASE_DOWNLOAD_REFUSED', /has an asset named "\.\.\/\\u001b\]0;owned/);
  await refused(download([{ name: hostile, size: 2 ** 40 }]), 'RELEASE_DOWNLOAD_REFUSED', /^the asset {2}\]0;owned .*\(cut: \d+ characters\) of release v1 holds/);
  await refused(download([{ name: `evil${HOSTILE}`, digest: `sha256:${hostile}` }]), 'VERIFY_ARTIFACT_MISMATCH', /^the asset evil \]0;owned .* downloaded with sha256:[0-9a-f]{64}, not the sha256: \]0;owned/);
});

test('a policy file\'s version is quoted printable and bounded', async () => {
  for (const version of [HOSTILE, `${HOSTILE}${HUGE}`, { [HOSTILE]: HUGE }]) {
    await assert.rejects(parseReleasePolicy(JSON.stringify({ version, trustedRoots: ['r.json'], certificateIdentity: 'https://x', issuer: 'https://y' }), 'p.json', '/'), (error: { code?: string; message: string }) => {
      assert.equal(error.code, 'RELEASE_POLICY_INVALID');
      assertShowable(error.message, /^the verification policy p\.json has version ["{]/);
      return true;
    });
  }
});

test('two downloads into one --download-dir at once: the second is refused (RELEASE_DOWNLOAD_REFUSED) while the first fills it, and the first\'s files are its own', async (t) => {
  const dir = join(await tempDir(t), 'download');
  let secondStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => (secondStarted = resolve));
  // The first run writes its first asset only once the second has looked at the directory and asked for its assets, or given up.
  const first = releasesOf([{}, {}]);
  let firstSaving: () => void = () => {};
  const saving = new Promise<void>((resolve) => (firstSaving = resolve));
  const slow: ReleasesPort = {
    ...first,
    saveAsset: async (...args: Parameters<ReleasesPort['saveAsset']>) => {
      firstSaving();
      await started;
      return first.saveAsset(...args);
    },
  };
  const second = releasesOf([{}, {}]);
  const watched: ReleasesPort = {
    ...second,
    saveAsset: async (...args: Parameters<ReleasesPort['saveAsset']>) => {
      secondStarted();
      return second.saveAsset(...args);
    },
  };
  const firstRun = downloadRelease({ releases: slow, repository: 'octo-org/app', tag: 'v1', dir });
  // The first has checked the directory and is about to write its first asset when the second starts.
  await saving;
  const secondRun = downloadRelease({ releases: watched, repository: 'octo-org/app', tag: 'v1', dir }).finally(secondStarted);
  await assert.rejects(secondRun, { code: 'RELEASE_DOWNLOAD_REFUSED', message: /another/ });
  assert.deepEqual((await firstRun).assets, ['a0', 'a1']);
  assert.deepEqual((await readdir(dir)).sort(), ['a0', 'a1']);
});
