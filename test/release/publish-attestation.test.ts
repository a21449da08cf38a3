// GitHub's release attestation, signed by a loopback "GitHub" instance (a second CA), verified after publishing an immutable release.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type ReleasesPort } from '../../src/github/releases.js';
import { publishRelease, type PublishAsset, type ReleaseAttestationVerifier } from '../../src/release/publish.js';
import { verifyGitHubReleaseAttestation } from '../../src/sigstore/verify/release.js';
import { loadTrustMaterial } from '../../src/sigstore/verify/trust.js';
import { signAttestation } from '../support/github/attest.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startGitHubReleaseSigner, type GitHubReleaseSigner } from '../support/github/release-signer.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';

describe('GitHub\'s release attestation after publishing an immutable release', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  let dir: string;
  let signer: GitHubReleaseSigner;
  let repoNumber = 0;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack({ rekor: false }), startGitHubApi()]);
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-release-attestation-'));
    signer = await startGitHubReleaseSigner(stack, dir);
    api.state.releases.signer = signer.sign;
  });
  after(async () => {
    await Promise.all([stack.close(), api.close(), rm(dir, { recursive: true, force: true })]);
  });

  const setUp = async (): Promise<{ releases: ReleasesPort; assets: PublishAsset[] }> => {
    repoNumber += 1;
    const repo = `immutable-${repoNumber}`;
    api.state.repository('octo-org', repo).immutableReleases = true;
    const assets: PublishAsset[] = [];
    for (const name of ['app.tgz', 'SHA256SUMS']) {
      const path = join(dir, `${repo}-${name}`);
      await writeFile(path, `${name} of ${repo}\n`);
      assets.push({ path, name, contentType: 'application/octet-stream' });
    }
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
    return { releases: githubReleases({ client, owner: 'octo-org', repo }), assets };
  };
  const verifierWith = async (rootPath: string): Promise<ReleaseAttestationVerifier> => {
    const trust = loadTrustMaterial(await readFile(rootPath, 'utf8'), rootPath);
    return async (bundle, sha256) => verifyGitHubReleaseAttestation(bundle, sha256, trust);
  };

  test('is fetched, its signature verified against GitHub\'s trusted root, and it names the tag and every asset', async () => {
    const { releases, assets } = await setUp();
    const result = await publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases, logger: silentLogger, verifyReleaseAttestation: await verifierWith(signer.trustedRootPath) });
    assert.equal(result.outcome, 'published');
    assert.deepEqual(result.releaseAttestation, { predicateType: 'https://in-toto.io/attestation/release/v0.2', signatureVerified: true });
  });

  test('does not verify against another instance\'s trusted root (VERIFY_CERTIFICATE_UNTRUSTED)', async () => {
    const { releases, assets } = await setUp();
    await assert.rejects(publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases, logger: silentLogger, verifyReleaseAttestation: await verifierWith(stack.trustedRootPath) }), { code: 'VERIFY_CERTIFICATE_UNTRUSTED' });
  });

  test('signed by anyone but GitHub\'s releases identity is VERIFY_POLICY_IDENTITY_MISMATCH', async () => {
    const { releases, assets } = await setUp();
    // A workflow signs a statement shaped like GitHub's (its named asset subjects) on the stack's own instance.
    const assetSubjects = (statement: Record<string, unknown>) => (statement.subject as { name?: string; digest: Record<string, string> }[]).flatMap((subject) => (subject.name === undefined ? [] : [{ name: subject.name, digest: subject.digest }]));
    api.state.releases.signer = async (statement) => (await signAttestation(stack, { subjects: assetSubjects(statement), predicateType: statement.predicateType as string, predicate: statement.predicate, instance: 'github' })).bundle;
    try {
      await assert.rejects(publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases, logger: silentLogger, verifyReleaseAttestation: await verifierWith(stack.trustedRootPath) }), { code: 'VERIFY_POLICY_IDENTITY_MISMATCH' });
    } finally {
      api.state.releases.signer = signer.sign;
    }
  });
});
