// No trust downgrade in a release run: the downgrade step against the GitHub API double, with previous releases made by
// a real trust-kit run on the loopback Sigstore stack, by another tool, or by an attacker.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer, type RawInputs } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { clockFromSourceDateEpoch } from '../../src/core/clock.js';
import { silentLogger, type Logger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, MAX_LISTED_RELEASES, type ReleasesPort } from '../../src/github/releases.js';
import { downgradeReport, emptyReleaseReport, runRelease, type ReleaseReport } from '../../src/release/index.js';
import { EVIDENCE_LIMITS } from '../../src/release/evidence.js';
import type { ReleaseState } from '../../src/release/state.js';
import { runDowngradeStep } from '../../src/release/steps/downgrade.js';
import { startGitHubApi, type GitHubApiDouble, type StoredRelease } from '../support/github/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const RETRY = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 10_000 };

describe('the downgrade step', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
  });
  after(async () => {
    await Promise.all([stack.close(), api.close()]);
  });

  async function project(t: TestContext): Promise<string> {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
    await writeFile(join(cwd, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
    await writeFile(join(cwd, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } }));
    await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
    return cwd;
  }

  /** A release run of `tag` publishing to `repo` in the double: everything on unless `inputs` says otherwise. */
  async function release(cwd: string, repo: string, tag: string, inputs: RawInputs = {}, logger: Logger = silentLogger, report: ReleaseReport = emptyReleaseReport(), tagPush: Record<string, string> = {}) {
    const config = releaseConfig(
      { 'subject-path': ['dist'], base: 'dist', 'sbom-format': ['spdx-json'], 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath, 'artifact-bundles': 'true', 'audit-log': 'true', attest: 'auto', force: 'true', ...inputs },
      cliNamer(),
      { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false },
    );
    const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json'), ...tagPush };
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo, retry: RETRY });
    return runRelease(config, { cwd, env, logger, clock: clockFromSourceDateEpoch('1700000000'), oidcDiscoveryURL: stack.oidc.discoveryURL, githubRelease: { tag, releases } }, report);
  }

  const releaseOf = (repo: string, tag: string): StoredRelease | undefined => api.state.releases.forTag(api.state.repository('octo-org', repo), tag);

  /** A published release of `repo` put into the double as another tool (or an attacker) left it. */
  function seedRelease(repo: string, tag: string, assets: Record<string, Buffer | string>): StoredRelease {
    const stored: StoredRelease = {
      id: api.state.newId(),
      repository: api.state.repository('octo-org', repo),
      tagName: tag,
      commit: '0'.repeat(40),
      name: tag,
      body: '',
      draft: false,
      immutable: false,
      prerelease: false,
      publishedAt: '2026-01-01T00:00:00Z',
      assets: Object.entries(assets).map(([name, bytes]) => ({ id: api.state.newId(), name, label: '', contentType: 'application/octet-stream', bytes: Buffer.from(bytes), state: 'uploaded' as const })),
    };
    api.state.releases.releases.push(stored);
    return stored;
  }

  test('a release without the attestations the previous trust-kit release carried is refused before anything is uploaded; with downgrade: warn it is published and the summary says how it is weaker', async (t) => {
    const cwd = await project(t);
    const first = await release(cwd, 'refused', 'v1.0.0');
    assert.equal(first.githubRelease?.outcome, 'published');
    assert.deepEqual(first.downgrade?.previousTag, undefined, 'the first release has nothing to compare with, and passes');
    assert.equal(first.downgrade?.outcome, 'passed');

    const report = emptyReleaseReport();
    await assert.rejects(release(cwd, 'refused', 'v1.1.0', { attest: 'false' }, silentLogger, report), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'RELEASE_TRUST_DOWNGRADE');
      assert.match(error.message, /^v1\.1\.0 carries weaker evidence than the previous release v1\.0\.0; nothing was uploaded:\n {2}- DOWNGRADE_PROVENANCE_REMOVED: .*\n {2}- DOWNGRADE_SBOM_ATTESTATION_REMOVED: /);
      assert.match(error.hint ?? '', /downgrade: warn/);
      return true;
    });
    assert.equal(report.failed?.step, 'downgrade');
    assert.equal(releaseOf('refused', 'v1.1.0'), undefined, 'no draft was made, nothing uploaded');
    assert.ok(report.produced.length > 0, 'the output directory holds what the run made');

    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (message) => warnings.push(message) };
    const warned = await release(cwd, 'refused', 'v1.1.0', { attest: 'false', downgrade: 'warn' }, logger);
    assert.equal(warned.githubRelease?.outcome, 'published');
    assert.equal(warned.downgrade?.outcome, 'warned');
    assert.deepEqual(warned.downgrade?.downgrades.map((downgrade) => downgrade.code), ['DOWNGRADE_PROVENANCE_REMOVED', 'DOWNGRADE_SBOM_ATTESTATION_REMOVED']);
    assert.deepEqual(warnings.filter((warning) => warning.startsWith('downgrade: ')).map((warning) => warning.split(':')[1]?.trim()), ['DOWNGRADE_PROVENANCE_REMOVED', 'DOWNGRADE_SBOM_ATTESTATION_REMOVED']);
    // What the job summary says: what was compared, and each downgrade let through.
    const summary = downgradeReport(warned.downgrade ?? assert.fail('compared'));
    assert.match(summary[0] ?? '', /^No trust downgrade: compared with v1\.0\.0 \(SHA256SUMS signed by .*; attestations https:\/\/slsa\.dev\/provenance\/v1, https:\/\/spdx\.dev\/Document\/v2\.3; .*\); this release: SHA256SUMS signed by .*; mutable\.$/);
    assert.deepEqual(summary.slice(1).map((line) => line.split(' ')[0]), ['DOWNGRADE_PROVENANCE_REMOVED', 'DOWNGRADE_SBOM_ATTESTATION_REMOVED']);
    assert.deepEqual(downgradeReport(first.downgrade ?? assert.fail('looked')), ['No trust downgrade: there is no earlier release to compare with.']);

    // downgrade: off does not even list the releases.
    const listed = api.requestsTo('releases.list').length;
    await release(cwd, 'refused', 'v1.2.0', { attest: 'false', downgrade: 'off', 'audit-log': 'false', 'artifact-bundles': 'false' });
    // Publishing lists once to find the tag's release (a draft has no tag for GitHub yet), and once more after making its draft, for another run's draft of the tag.
    assert.equal(api.requestsTo('releases.list').length, listed + 2, 'only publishing looked for the release (one page each time)');
  });

  test('an unchanged release passes, compared with the previous one', async (t) => {
    const cwd = await project(t);
    await release(cwd, 'unchanged', 'v1.0.0');
    const second = await release(cwd, 'unchanged', 'v1.0.1');
    assert.equal(second.githubRelease?.outcome, 'published');
    const check = second.downgrade;
    assert.equal(check?.previousTag, 'v1.0.0');
    assert.deepEqual([check?.outcome, check?.downgrades, check?.unread], ['passed', [], []]);
    assert.equal(check?.previous, check?.current, 'both releases carry the same evidence');
    assert.match(check?.current ?? '', /^SHA256SUMS signed by https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/heads\/main \(the Sigstore deployment of "trust-kit\.test"\); 1 artifact signature; attestations https:\/\/slsa\.dev\/provenance\/v1, https:\/\/spdx\.dev\/Document\/v2\.3; SBOMs sbom\.spdx\.json; the audit log; mutable$/);
  });

  test('another tool\'s previous release (goreleaser checksums with a cosign bundle) is understood: a signed trust-kit release passes, an unsigned one is refused', async (t) => {
    const cwd = await project(t);
    // A real Sigstore bundle over a checksums file, made on the stack with the same identity, under goreleaser's names.
    const signed = await release(cwd, 'other-tool-source', 'v0.0.1', { attest: 'false', 'artifact-bundles': 'false', 'audit-log': 'false', 'sbom-format': ['none'] });
    seedRelease('other-tool', 'v0.9.0', {
      'app_0.9.0_linux_amd64.tar.gz': 'old app\n',
      'app_0.9.0_checksums.txt': await readFile(signed.checksumsPath),
      'app_0.9.0_checksums.txt.sigstore.json': await readFile(signed.signature?.bundlePath ?? ''),
    });
    const passed = await release(cwd, 'other-tool', 'v1.0.0', { attest: 'false', 'artifact-bundles': 'false', 'audit-log': 'false', 'sbom-format': ['none'] });
    assert.equal(passed.downgrade?.previousTag, 'v0.9.0');
    assert.deepEqual(passed.downgrade?.downgrades, []);
    assert.match(passed.downgrade?.previous ?? '', /^app_0\.9\.0_checksums\.txt signed by https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/heads\/main /);

    await assert.rejects(release(cwd, 'other-tool', 'v1.1.0', { sign: 'false', attest: 'false', 'artifact-bundles': 'false', 'audit-log': 'false', 'sbom-format': ['none'] }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'RELEASE_TRUST_DOWNGRADE');
      assert.match(error.message, /DOWNGRADE_UNSIGNED: the previous release's SHA256SUMS was signed/);
      return true;
    });
  });

  test('a release of a repository with immutable releases is refused when the run does not say its release is immutable', async (t) => {
    const cwd = await project(t);
    api.state.repository('octo-org', 'immutable').immutableReleases = true;
    const tagPush = (tag: string): Record<string, string> => ({ GITHUB_REPOSITORY: 'octo-org/immutable', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: tag });
    const first = await release(cwd, 'immutable', 'v1.0.0', { 'immutable-release': 'true' }, silentLogger, emptyReleaseReport(), tagPush('v1.0.0'));
    assert.equal(first.githubRelease?.immutable, true);
    await assert.rejects(release(cwd, 'immutable', 'v1.1.0', {}, silentLogger, emptyReleaseReport(), tagPush('v1.1.0')), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'RELEASE_TRUST_DOWNGRADE');
      assert.deepEqual([...error.message.matchAll(/- (DOWNGRADE_\w+)/g)].map((match) => match[1]), ['DOWNGRADE_MUTABLE']);
      return true;
    });
    const second = await release(cwd, 'immutable', 'v1.1.0', { 'immutable-release': 'true' }, silentLogger, emptyReleaseReport(), tagPush('v1.1.0'));
    assert.deepEqual([second.downgrade?.previousTag, second.downgrade?.downgrades], ['v1.0.0', []]);
    assert.match(second.downgrade?.previous ?? '', /; immutable$/);
  });

  test('listReleases reads at most 10 pages of 100, newest first, with each release\'s prerelease flag and publication time', async () => {
    for (let index = 0; index < 1005; index += 1) seedRelease('many', `v0.0.${index}`, {});
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo: 'many', retry: RETRY });
    const pages = api.requestsTo('releases.list').length;
    const listed = await releases.listReleases();
    assert.equal(listed.length, MAX_LISTED_RELEASES);
    assert.equal(api.requestsTo('releases.list').length - pages, 10);
    assert.deepEqual(listed[0], { id: listed[0]?.id, tagName: 'v0.0.1004', draft: false, prerelease: false, immutable: false, publishedAt: new Date('2026-01-01T00:00:00Z') });
  });

  test('a hostile previous release (a huge bundle, malformed attestations and VERIFY.md) is read as far as it can be, never downloaded past the limits', async (t) => {
    const cwd = await project(t);
    const hostile = seedRelease('hostile', 'v0.9.0', {
      SHA256SUMS: 'ab  app.tgz\n',
      'SHA256SUMS.sigstore.json': Buffer.alloc(EVIDENCE_LIMITS.signature + 1, 0x7b),
      'attestations.intoto.jsonl': '{"dsseEnvelope":{"payload":"not base64 json"}}\n\u0000\u0001\n',
      'VERIFY.md': Buffer.from([0xff, 0xfe, 0x00, 0x0a]),
      'sbom.spdx.json': 'not an SBOM',
    });
    const warnings: string[] = [];
    const result = await release(cwd, 'hostile', 'v1.0.0', {}, { ...silentLogger, warn: (message) => warnings.push(message) });
    assert.equal(result.githubRelease?.outcome, 'published', 'this release carries more than the hostile one');
    assert.deepEqual(result.downgrade?.unread, ['SHA256SUMS.sigstore.json is larger than the 1 MiB read of it', '2 of the 2 lines of attestations.intoto.jsonl hold no readable attestation']);
    assert.ok(warnings.includes('downgrade: not compared, SHA256SUMS.sigstore.json is larger than the 1 MiB read of it'));
    const downloaded = (name: string): boolean => api.requestsTo('releases.getAsset').some((record) => record.path.endsWith(`/releases/assets/${hostile.assets.find((asset) => asset.name === name)?.id}`));
    assert.deepEqual(['SHA256SUMS.sigstore.json', 'attestations.intoto.jsonl', 'VERIFY.md', 'sbom.spdx.json'].map(downloaded), [false, true, true, false], 'only the small files evidence is read from were downloaded');

    // What the hostile release's names tell still counts: a backport v0.9.1 without an SBOM is weaker than it.
    const backport = await release(cwd, 'hostile', 'v0.9.1', { 'sbom-format': ['none'], downgrade: 'warn' });
    assert.equal(backport.downgrade?.previousTag, 'v0.9.0');
    assert.deepEqual(backport.downgrade?.downgrades.map((downgrade) => downgrade.code), ['DOWNGRADE_SBOM_REMOVED']);
  });
});

test('a release file that went away before the downgrade check is a coded error naming it, not a bare ENOENT', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const releases = new Proxy({}, { get: (_target, name) => () => assert.fail(`GitHub was asked: ${String(name)}`) }) as ReleasesPort;
  const gone = { name: 'app.tgz', path: '/nonexistent-trust-kit-test/dist/app.tgz', size: 4, hex: 'ab'.repeat(32), digests: { sha256: 'ab'.repeat(32) } };
  const state = { config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], published: true, artifacts: [gone] } as ReleaseState;
  await assert.rejects(runDowngradeStep(state), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ARTIFACT_CHANGED', error.message);
    assert.match(error.message, /\/nonexistent-trust-kit-test\/dist\/app\.tgz, .*: ENOENT/);
    return true;
  });
});
