// The step that looks at the GitHub release before anything is signed, called on a run's state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Artifact } from '../../src/checksums/index.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import type { ReleasesPort } from '../../src/github/releases.js';
import type { ReleaseState } from '../../src/release/state.js';
import { runPublishedReleaseStep } from '../../src/release/steps/published-release.js';

const GIB = 1024 ** 3;

test('an artifact of 2 GiB or more, which a GitHub release does not take, is refused before anything is signed or asked of GitHub', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  // Any request would fail the test: the refusal comes first.
  const releases = new Proxy({}, { get: (_target, name) => () => assert.fail(`GitHub was asked: ${String(name)}`) }) as ReleasesPort;
  const artifact = (name: string, size: number): Artifact => ({ name, path: `/dist/${name}`, size, hex: 'ab'.repeat(32), digests: { sha256: 'ab'.repeat(32) } });
  const state = { config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts: [artifact('small.tgz', 10), artifact('image.iso', 2 * GIB), artifact('fits.iso', 2 * GIB - 1)] } as ReleaseState;
  await assert.rejects(runPublishedReleaseStep(state), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_TOO_LARGE', error.message);
    assert.match(error.message, /image\.iso \(2147483648 bytes\)/);
    assert.doesNotMatch(error.message, /fits\.iso/);
    assert.match(error.hint ?? '', /split/);
    return true;
  });
});

test('an empty artifact, which GitHub refuses as a release asset (size must be at least 1), is refused before anything is signed or asked of GitHub', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const releases = new Proxy({}, { get: (_target, name) => () => assert.fail(`GitHub was asked: ${String(name)}`) }) as ReleasesPort;
  const artifact = (name: string, size: number): Artifact => ({ name, path: `/dist/${name}`, size, hex: 'ab'.repeat(32), digests: { sha256: 'ab'.repeat(32) } });
  const state = { config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts: [artifact('app.tgz', 10), artifact('.keep', 0), artifact('EMPTY', 0)] } as ReleaseState;
  await assert.rejects(runPublishedReleaseStep(state), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_EMPTY', error.message);
    assert.match(error.message, /\.keep, EMPTY/);
    assert.doesNotMatch(error.message, /app\.tgz/);
    assert.match(error.hint ?? '', /subject-path/);
    return true;
  });
});
