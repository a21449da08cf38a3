// The root action publishing to an immutable GitHub release: GitHub's release attestation, signed by a
// loopback "GitHub" instance whose trusted root a loopback TUF repository serves, is verified by the action.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { recordingIO, type RecordingIO } from '../support/action-io.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startGitHubReleaseSigner, type GitHubReleaseSigner } from '../support/github/release-signer.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { startTufRepository, type TufRepository } from '../support/tuf.js';

const TAG = 'v1.0.0';

describe('the root action verifies GitHub\'s release attestation of an immutable release it publishes', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  let dir: string;
  let signer: GitHubReleaseSigner;
  let tuf: TufRepository;
  /** The paths the TUF repository was asked for. */
  const tufRequests: string[] = [];
  let repoNumber = 0;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack({ rekor: false }), startGitHubApi()]);
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-action-release-attestation-'));
    signer = await startGitHubReleaseSigner(stack, dir);
    api.state.releases.signer = signer.sign;
    tuf = await startTufRepository(dir, Buffer.from(JSON.stringify(signer.trustedRoot)));
    const serve = tuf.files.get.bind(tuf.files);
    tuf.files.get = (path) => {
      tufRequests.push(path);
      return serve(path);
    };
  });
  after(async () => {
    await Promise.all([stack.close(), api.close(), tuf.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  /** A project signed with a key (so that only publishing may reach GitHub's TUF repository) in a fresh repository of the double. */
  const release = async (t: TestContext, options: { immutable: boolean; mirrorURL?: string; serverUrl?: string }): Promise<{ io: RecordingIO; done: Promise<void>; repository: string }> => {
    repoNumber += 1;
    const repo = `app-${repoNumber}`;
    api.state.repository('octo-org', repo).immutableReleases = options.immutable;
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), `the release of ${repo}\n`);
    await writeFile(join(cwd, 'release.key'), generateSigningKeyPair(undefined).privateKeyPem, { mode: 0o600 });
    const io = recordingIO();
    const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key', gate: 'false', 'github-release': 'true', 'github-token': 'ghs_test' };
    const env = { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: `octo-org/${repo}`, GITHUB_REF: `refs/tags/${TAG}`, GITHUB_REF_NAME: TAG, GITHUB_REF_TYPE: 'tag', ...(options.serverUrl === undefined ? {} : { GITHUB_SERVER_URL: options.serverUrl }) };
    const githubTuf = { mirrorURL: options.mirrorURL ?? tuf.url, root: tuf.root, cachePath: join(cwd, 'tuf-cache'), retries: 0 };
    return { io, done: run(inputs, io, cwd, env, { githubTuf }), repository: `octo-org/${repo}` };
  };

  test('its signature is verified against GitHub\'s trusted root from the TUF repository, and the summary says so', async (t) => {
    const before = tufRequests.length;
    const { io, done } = await release(t, { immutable: true });
    await done;
    assert.ok(tufRequests.length > before, 'GitHub\'s trusted root was fetched');
    assert.match(io.summary, /GitHub's release attestation \(`https:\/\/in-toto\.io\/attestation\/release\/v0\.2`\) lists the tag and every asset; its signature verified against GitHub's trusted root \(signatureVerified: true\)/);
    assert.ok(io.log.some((line) => line.includes('lists every asset and its signature verified')));
  });

  test('an attestation whose payload was altered after GitHub signed it is PUBLISH_RELEASE_ATTESTATION_INVALID', async (t) => {
    // Still a statement of this release (it names the tag and every asset), so only the signature can tell.
    api.state.releases.signer = async (statement) => {
      const bundle = await signer.sign(statement);
      const envelope = bundle.dsseEnvelope as { payload: string };
      return { ...bundle, dsseEnvelope: { ...envelope, payload: Buffer.from(`${JSON.stringify(statement, null, 1)}\n`).toString('base64') } };
    };
    try {
      const { io, done } = await release(t, { immutable: true });
      await assert.rejects(done, { code: 'PUBLISH_RELEASE_ATTESTATION_INVALID' });
      assert.equal(io.outputs['failed-step'], 'github-publish');
    } finally {
      api.state.releases.signer = signer.sign;
    }
  });

  test('an attestation signed by another instance than GitHub\'s is PUBLISH_RELEASE_ATTESTATION_INVALID', async (t) => {
    const other = await startGitHubReleaseSigner(stack, await tempDir(t));
    api.state.releases.signer = other.sign;
    try {
      const { done } = await release(t, { immutable: true });
      await assert.rejects(done, (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'PUBLISH_RELEASE_ATTESTATION_INVALID');
        assert.match(error.message, /VERIFY_CERTIFICATE_UNTRUSTED/);
        return true;
      });
    } finally {
      api.state.releases.signer = signer.sign;
    }
  });

  test('an attestation from GitHub\'s own CA under another identity than its releases signer (a workflow\'s certificate) is PUBLISH_RELEASE_ATTESTATION_INVALID', async (t) => {
    // Any private repository's workflow can get a certificate from GitHub's Fulcio and sign a statement naming this release.
    api.state.releases.signer = signer.signAs('https://github.com/octo-org/other/.github/workflows/release.yml@refs/heads/main');
    try {
      const { done } = await release(t, { immutable: true });
      await assert.rejects(done, (error: Error & { code?: string }) => {
        assert.equal(error.code, 'PUBLISH_RELEASE_ATTESTATION_INVALID');
        assert.match(error.message, /VERIFY_POLICY_IDENTITY_MISMATCH.*https:\/\/dotcom\.releases\.github\.com/);
        return true;
      });
    } finally {
      api.state.releases.signer = signer.sign;
    }
  });

  test('GitHub\'s trusted root out of reach is PUBLISH_RELEASE_ATTESTATION_UNVERIFIED, saying the release is published and how to check it', async (t) => {
    const { done, repository } = await release(t, { immutable: true, mirrorURL: 'http://127.0.0.1:1' });
    await assert.rejects(done, (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'PUBLISH_RELEASE_ATTESTATION_UNVERIFIED');
      assert.match(error.message, new RegExp(`release ${TAG} is published`));
      assert.match(error.hint ?? '', new RegExp(`gh release verify ${TAG} -R ${repository}`));
      return true;
    });
    const stored = api.state.releases.releases.find((candidate) => candidate.repository === api.state.repository('octo-org', repository.split('/')[1] ?? '') && candidate.tagName === TAG);
    assert.equal(stored?.draft, false, 'the release is published');
    assert.equal(stored?.immutable, true);
  });

  test('a release that is not immutable is published without fetching GitHub\'s trusted root', async (t) => {
    const before = tufRequests.length;
    const { io, done } = await release(t, { immutable: false });
    await done;
    assert.equal(tufRequests.length, before);
    assert.match(io.summary, /GitHub release .*: published/);
    assert.doesNotMatch(io.summary, /release attestation/);
  });

  test('on a GHE.com tenant the attestation is read, its signature not verified (its trust domain is the tenant\'s), and the summary says so', async (t) => {
    const before = tufRequests.length;
    const { io, done } = await release(t, { immutable: true, serverUrl: 'https://octo.ghe.com' });
    await done;
    assert.equal(tufRequests.length, before);
    assert.match(io.summary, /its signature was not verified here \(signatureVerified: false\): check it with `gh release verify`/);
  });
});
