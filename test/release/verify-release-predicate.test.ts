// GitHub's release predicate v0.2 (and v0.1 as before): what the checks of publishing and of
// verify-release read from the statement, on statements the GitHub API double makes in either version.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { publishRelease, releaseStatementGaps, type PublishAsset } from '../../src/release/publish.js';
import { releaseStatementProblems } from '../../src/sigstore/verify/release.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { RELEASE_PREDICATE_TYPES, releaseStatement, startGitHubApi, type GitHubApiDouble, type ReleasePredicateVersion, type StoredRelease } from '../support/github/index.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const COMMIT = 'f'.repeat(40);

/** A published release of the double's shape, for statements made without a server. */
function storedRelease(): StoredRelease {
  return {
    id: 41,
    repository: { owner: 'octo-org', name: 'octo-repo', id: 9, gate: undefined, immutableReleases: true, tags: new Map() },
    tagName: 'v1.0.0',
    commit: COMMIT,
    name: 'v1.0.0',
    body: '',
    draft: false,
    prerelease: false,
    publishedAt: '2026-08-01T00:00:00Z',
    immutable: true,
    assets: [{ id: 1, name: 'app.tgz', label: 'app.tgz', contentType: 'application/octet-stream', bytes: Buffer.from('app'), state: 'uploaded' }],
  };
}

describe('GitHub\'s release statement, v0.2 and v0.1', () => {
  test('the double makes v0.2 by default: every asset, the tag\'s purl with the commit, and the v0.2 predicate', () => {
    const statement = releaseStatement(storedRelease()) as { predicateType: string; subject: unknown[]; predicate: Record<string, unknown> };
    assert.equal(statement.predicateType, 'https://in-toto.io/attestation/release/v0.2');
    assert.deepEqual(statement.subject, [{ uri: 'pkg:github/octo-org/octo-repo@v1.0.0', digest: { sha1: COMMIT } }, { name: 'app.tgz', digest: { sha256: sha256('app') } }]);
    assert.deepEqual(Object.keys(statement.predicate).sort(), ['databaseId', 'ownerId', 'packageId', 'purl', 'repository', 'repositoryId', 'tag']);
    assert.equal((releaseStatement(storedRelease(), 'v0.1') as { predicateType: string }).predicateType, 'https://in-toto.io/attestation/release/v0.1');
  });

  test('what the signer wrote in the predicate is named printable and bounded', () => {
    const statement = releaseStatement(storedRelease()) as { predicate: object; subject: unknown[] };
    for (const hostile of [HOSTILE, `${HOSTILE}${HUGE}`]) {
      const forged = { ...statement, predicate: { ...statement.predicate, repository: `octo-org/${hostile}`, tag: hostile, purl: hostile } };
      const withSubject = { ...forged, subject: [{ uri: `pkg:github/octo-org/${hostile}@${hostile}`, digest: { sha1: hostile } }] };
      const problems = [...releaseStatementProblems(forged, { repository: 'octo-org/octo-repo', tag: 'v1.0.0' }), ...releaseStatementProblems(withSubject, { commit: COMMIT })];
      assert.equal(problems.length, 5);
      for (const problem of problems) assertShowable(problem, /^(the repository is "octo-org\/\\u001b|the tag is "\\u001b|the purl is "\\u001b|no subject pkg:github\/octo-org\/ ]0;owned)/);
    }
  });

  test('v0.2: the repository, the tag, the purl and the commit are checked; another repository, tag or commit is named', () => {
    const statement = releaseStatement(storedRelease());
    assert.deepEqual(releaseStatementProblems(statement, { repository: 'octo-org/octo-repo', tag: 'v1.0.0', commit: COMMIT }), []);
    // GitHub's names compare case-insensitively.
    assert.deepEqual(releaseStatementProblems(statement, { repository: 'Octo-Org/Octo-Repo' }), []);
    assert.deepEqual(releaseStatementProblems(statement, { repository: 'evil-org/octo-repo' }), ['the repository is "octo-org/octo-repo", not "evil-org/octo-repo"']);
    assert.deepEqual(releaseStatementProblems(statement, { tag: 'v2.0.0' }), ['the tag is "v1.0.0", not "v2.0.0"']);
    assert.deepEqual(releaseStatementProblems(statement, { commit: 'e'.repeat(40) }), [`no subject pkg:github/octo-org/octo-repo@v1.0.0 has the commit ${'e'.repeat(40)} (it names ${COMMIT})`]);
    const forged = { ...statement, predicate: { ...(statement.predicate as object), purl: 'pkg:github/evil-org/octo-repo@v1.0.0' } };
    assert.match(releaseStatementProblems(forged, {}).join(), /the purl is "pkg:github\/evil-org\/octo-repo@v1\.0\.0", not "pkg:github\/octo-org\/octo-repo@v1\.0\.0"/);
    // A monorepo's tag in the purl percent-encoded, as the purl spec writes a version, is the same tag; another tag so written is not.
    const tag = '@scope/pkg@1.2.3';
    const encoded = `pkg:github/octo-org/octo-repo@${encodeURIComponent(tag)}`;
    const monorepo = { ...statement, subject: [{ uri: encoded, digest: { sha1: COMMIT } }], predicate: { ...(statement.predicate as object), tag, purl: encoded } };
    assert.deepEqual(releaseStatementProblems(monorepo, { repository: 'octo-org/octo-repo', tag, commit: COMMIT }), []);
    const otherTag = { ...monorepo, predicate: { ...monorepo.predicate, purl: `pkg:github/octo-org/octo-repo@${encodeURIComponent('@scope/pkg@1.2.4')}` } };
    assert.match(releaseStatementProblems(otherTag, { tag }).join(), /the purl is "pkg:github\/octo-org\/octo-repo@%40scope%2Fpkg%401\.2\.4"/);
    const badEscape = { ...monorepo, predicate: { ...monorepo.predicate, purl: 'pkg:github/octo-org/octo-repo@%E0%A4%A' } };
    assert.match(releaseStatementProblems(badEscape, { tag }).join(), /the purl is/);
    const noRepository = { ...statement, predicate: { tag: 'v1.0.0' } };
    assert.match(releaseStatementProblems(noRepository, {}).join(), /the v0\.2 predicate names the repository missing/);
  });

  test('v0.1 as before: only the tag (it names no repository field)', () => {
    const statement = releaseStatement(storedRelease(), 'v0.1');
    assert.deepEqual(releaseStatementProblems(statement, { repository: 'evil-org/octo-repo', tag: 'v1.0.0', commit: 'e'.repeat(40) }), []);
    assert.deepEqual(releaseStatementProblems(statement, { tag: 'v2.0.0' }), ['the tag is "v1.0.0", not "v2.0.0"']);
  });

  test('publishing\'s reading: the assets, then what v0.2 says about the release', () => {
    const statement = releaseStatement(storedRelease());
    assert.deepEqual(releaseStatementGaps(statement, 'v1.0.0', [`sha256:${sha256('app')}`], { repository: 'octo-org/octo-repo', commit: COMMIT }), []);
    assert.deepEqual(releaseStatementGaps(statement, 'v1.0.0', [`sha256:${sha256('other')}`], { repository: 'evil-org/octo-repo' }), ['the repository is "octo-org/octo-repo", not "evil-org/octo-repo"', `no subject sha256:${sha256('other')}`]);
  });
});

describe('publishing an immutable release checks GitHub\'s release attestation in either version', () => {
  let api: GitHubApiDouble;
  let dir: string;
  let count = 0;
  before(async () => {
    api = await startGitHubApi();
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-release-predicate-'));
  });
  after(async () => {
    api.state.releases.predicateVersion = 'v0.2';
    await Promise.all([api.close(), rm(dir, { recursive: true, force: true })]);
  });

  const publish = async (version: ReleasePredicateVersion, expectedRepository: (repo: string) => string) => {
    count += 1;
    const repo = `predicate-${count}`;
    api.state.repository('octo-org', repo).immutableReleases = true;
    api.state.releases.predicateVersion = version;
    const path = join(dir, `${repo}.tgz`);
    await writeFile(path, `app of ${repo}\n`);
    const assets: PublishAsset[] = [{ path, name: 'app.tgz', contentType: 'application/octet-stream' }];
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo });
    // The double tags a release made without a target at a commit derived from the tag.
    const commit = sha256('v1.0.0').slice(0, 40);
    return publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x', expected: { repository: expectedRepository(repo), commit } }, { releases, logger: silentLogger, attestationWaitsMs: [] });
  };

  for (const version of ['v0.2', 'v0.1'] as const) {
    test(`${version}: the release's own statement passes`, async () => {
      const result = await publish(version, (repo) => `octo-org/${repo}`);
      assert.deepEqual(result.releaseAttestation, { predicateType: RELEASE_PREDICATE_TYPES[version], signatureVerified: false });
    });
  }

  test('v0.2: a statement naming another repository than the run\'s is PUBLISH_RELEASE_ATTESTATION_INVALID', async () => {
    await assert.rejects(publish('v0.2', () => 'octo-org/another-repo'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'PUBLISH_RELEASE_ATTESTATION_INVALID');
      assert.match(error.message, /the repository is "octo-org\/predicate-\d+", not "octo-org\/another-repo"/);
      return true;
    });
  });
});
