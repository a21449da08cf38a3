// `trust-kit verify-release --tag TAG --repo OWNER/REPO`: a release published by runRelease to the
// GitHub API double (immutable, so GitHub attests it), downloaded through the API and verified as offline.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger, type Logger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { runRelease } from '../../src/release/index.js';
import { downloadRelease } from '../../src/release/verify-release.js';
import type { GitHubTufOptions } from '../../src/sigstore/verify/index.js';
import { cli } from '../support/cli.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startGitHubReleaseSigner, type GitHubReleaseSigner } from '../support/github/release-signer.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { startTufRepository } from '../support/tuf.js';

/** A logger that keeps its warnings. */
function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { info() {}, debug() {}, warn: (message: string) => void warnings.push(message), warnings };
}

const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml';
const TAG = 'v1.0.0';

describe('trust-kit verify-release --tag --repo', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  let github: GitHubReleaseSigner;
  let roots: string;
  let count = 0;
  let dir: string;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-online-'));
    github = await startGitHubReleaseSigner(stack, dir);
    api.state.releases.signer = github.sign;
    // The run signs against Sigstore's and GitHub's trusted roots, as `gh attestation trusted-root` lists them: the kit carries both.
    roots = join(dir, 'roots.jsonl');
    await writeFile(roots, `${JSON.stringify(stack.trustedRoot)}\n${JSON.stringify(github.trustedRoot)}\n`);
    stack.oidc.setEndpointClaims({ job_workflow_ref: `${WORKFLOW}@refs/tags/${TAG}`, ref: `refs/tags/${TAG}` });
  });
  after(async () => {
    stack.oidc.setEndpointClaims({});
    await Promise.all([stack.close(), api.close(), rm(dir, { recursive: true, force: true })]);
  });

  /** Publishes a signed, attested release of `repo` (immutable releases on) to the double with runRelease, as a tag push would. */
  async function publish(t: TestContext, options: { trustedRoot?: string; githubTuf?: GitHubTufOptions; logger?: Logger; tag?: string } = {}): Promise<string> {
    const tag = options.tag ?? TAG;
    count += 1;
    const repo = `online-${count}`;
    api.state.repository('octo-org', repo).immutableReleases = true;
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), `app of ${repo}\n`);
    await writeFile(join(cwd, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } }));
    await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
    const inputs = { 'subject-path': ['dist'], base: 'dist', 'sbom-format': ['spdx-json'], 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '', 'rekor-url': stack.rekorURL ?? '', 'trusted-root': options.trustedRoot ?? roots, attest: 'auto', 'immutable-release': 'true' };
    const config = releaseConfig(inputs, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    // The tag push: the tag names the commit the run built.
    const commit = createHash('sha256').update(tag).digest('hex').slice(0, 40);
    api.state.repository('octo-org', repo).tags.set(tag, commit);
    const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json'), GITHUB_REPOSITORY: `octo-org/${repo}`, GITHUB_REF: `refs/tags/${tag}`, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: tag, GITHUB_SHA: commit };
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo });
    const result = await runRelease(config, { cwd, env, logger: options.logger ?? silentLogger, oidcDiscoveryURL: stack.oidc.discoveryURL, githubRelease: { tag, releases }, ...(options.githubTuf === undefined ? {} : { githubTuf: options.githubTuf }) });
    assert.equal(result.githubRelease?.outcome, 'published');
    assert.equal(result.githubRelease.releaseAttestation?.predicateType, 'https://in-toto.io/attestation/release/v0.2');
    return `octo-org/${repo}`;
  }

  const env = (): Record<string, string> => ({ GH_TOKEN: 'ghs_test', GITHUB_API_URL: api.url });

  test('downloads every asset and GitHub\'s release attestation, and verifies them with the policy the release carries, pinned to the signer workflow', async (t) => {
    const repo = await publish(t);
    const cwd = await tempDir(t);
    const run = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--signer-workflow', WORKFLOW, '--download-dir', 'download', '--trusted-root', roots], cwd, env());
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stderr, /downloaded \d+ asset\(s\) of octo-org\/online-\d+ v1\.0\.0, immutable, with GitHub's release attestation \(https:\/\/in-toto\.io\/attestation\/release\/v0\.2\)/);
    assert.match(run.stderr, /policy: the trust-kit-policy\.json the release carries, pinned to signer workflow/);
    assert.match(run.stdout, /signed checksums: SHA256SUMS, 4 file\(s\) match/);
    assert.match(run.stdout, /attestation: +https:\/\/slsa\.dev\/provenance\/v1 for app\.tgz/);
    assert.match(run.stdout, /GitHub release attestation: tag v1\.0\.0, \d+ asset\(s\), every verified file listed \(https:\/\/in-toto\.io\/attestation\/release\/v0\.2\)/);
    const downloaded = await readdir(join(cwd, 'download'));
    assert.ok(downloaded.includes('release-attestation.sigstore.json') && downloaded.includes('trust-kit-policy.json') && downloaded.includes('app.tgz'), downloaded.join(', '));

    // The kit of a tag push with immutable releases: any tag of the token's repository, GitHub's release attestation required (its root is in the kit).
    const policy = join(cwd, 'download', 'trust-kit-policy.json');
    const shipped = JSON.parse(await readFile(policy, 'utf8')) as Record<string, unknown>;
    assert.equal(shipped.sourceRepository, 'octo-org/octo-repo');
    assert.equal(shipped.refPattern, 'refs/tags/.*');
    assert.equal(shipped.requireGitHubReleaseAttestation, true);
    assert.equal(shipped.githubTrustedRoot, 'trust-kit-trusted-root.jsonl');
    assert.equal((await readFile(join(cwd, 'download', 'trust-kit-trusted-root.jsonl'), 'utf8')).trimEnd().split('\n').length, 2);
    // A temporary directory by default, removed afterwards; the user's own policy instead of the shipped one.
    const own = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--policy', policy, '--format', 'json'], cwd, env());
    assert.equal(own.code, EXIT.OK, own.stderr);
    assert.equal((JSON.parse(own.stdout) as { githubRelease: { tag: string } }).githubRelease.tag, TAG);
  });

  test('a monorepo release tag (@scope/pkg@1.2.3): published, downloaded by its tag and verified with the signer workflow pinned at that very ref, and not at the next version\'s', async (t) => {
    const tag = '@scope/pkg@1.2.3';
    stack.oidc.setEndpointClaims({ job_workflow_ref: `${WORKFLOW}@refs/tags/${tag}`, ref: `refs/tags/${tag}` });
    t.after(() => stack.oidc.setEndpointClaims({ job_workflow_ref: `${WORKFLOW}@refs/tags/${TAG}`, ref: `refs/tags/${TAG}` }));
    const repo = await publish(t, { tag });
    const cwd = await tempDir(t);
    const verify = (dir: string, ref: string): Promise<{ code: number; stdout: string; stderr: string }> => cli(['verify-release', '--tag', tag, '--repo', repo, '--signer-workflow', `${WORKFLOW}@refs/tags/${ref}`, '--download-dir', dir, '--trusted-root', roots], cwd, env());
    const run = await verify('download', tag);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stdout, /GitHub release attestation: tag @scope\/pkg@1\.2\.3, \d+ asset\(s\)/);
    const next = await verify('download-next', '@scope/pkg@1.2.4');
    assert.equal(next.code, EXIT.SIGNER_WORKFLOW_MISMATCH, next.stderr);
  });

  test('signed without GitHub\'s trusted root at hand, the kit of an immutable release carries it, fetched through GitHub\'s TUF repository', async (t) => {
    const tufDir = await tempDir(t);
    const tuf = await startTufRepository(tufDir, Buffer.from(JSON.stringify(github.trustedRoot)));
    t.after(() => tuf.close());
    const repo = await publish(t, { trustedRoot: stack.trustedRootPath, githubTuf: { mirrorURL: tuf.url, root: tuf.root, cachePath: join(tufDir, 'cache') } });
    const cwd = await tempDir(t);
    const run = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--signer-workflow', WORKFLOW, '--download-dir', 'download', '--trusted-root', roots], cwd, env());
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stdout, /GitHub release attestation: tag v1\.0\.0/);
    const shipped = JSON.parse(await readFile(join(cwd, 'download', 'trust-kit-policy.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual([shipped.trustedRoots, shipped.githubTrustedRoot, shipped.requireGitHubReleaseAttestation], [['trust-kit-trusted-root.jsonl'], 'trust-kit-github-trusted-root.jsonl', true]);
    assert.match(await readFile(join(cwd, 'download', 'SHA256SUMS'), 'utf8'), / {2}trust-kit-github-trusted-root\.jsonl$/m);

    // GitHub's TUF repository out of reach: the kit says so and does not require what it cannot verify.
    await tuf.close();
    const logger = recordingLogger();
    const unreachable = await publish(t, { trustedRoot: stack.trustedRootPath, githubTuf: { mirrorURL: tuf.url, root: tuf.root, cachePath: join(tufDir, 'cache-2'), retries: 0 }, logger });
    assert.ok(logger.warnings.some((line) => /does not require GitHub's release attestation: GitHub's trusted root could not be fetched/.test(line)), logger.warnings.join('\n'));
    const [owner, name] = unreachable.split('/') as [string, string];
    const stored = api.state.releases.forTag(api.state.repository(owner, name), TAG);
    const policy = JSON.parse(stored?.assets.find((asset) => asset.name === 'trust-kit-policy.json')?.bytes.toString('utf8') ?? '{}') as Record<string, unknown>;
    assert.equal(policy.requireGitHubReleaseAttestation, false);
  });

  test('the shipped policy is used only with a pin: none is a usage error, a pin it does not meet the signer workflow or repository mismatch', async (t) => {
    const repo = await publish(t);
    const cwd = await tempDir(t);
    const unpinned = await cli(['verify-release', '--tag', TAG, '--repo', repo], cwd, env());
    assert.equal(unpinned.code, EXIT.USAGE, unpinned.stderr);
    assert.match(unpinned.stderr, /only states what to expect/);
    const otherWorkflow = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--signer-workflow', 'octo-org/octo-repo/.github/workflows/other.yml', '--trusted-root', roots], cwd, env());
    assert.equal(otherWorkflow.code, EXIT.SIGNER_WORKFLOW_MISMATCH, otherWorkflow.stderr);
    assert.match(otherWorkflow.stderr, /VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH/);
    // The run's token names octo-org/octo-repo as its repository: the policy says the files were built there, whatever repository published them.
    const otherRepository = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--expect-repo', repo, '--trusted-root', roots], cwd, env());
    assert.equal(otherRepository.code, EXIT.REPOSITORY_MISMATCH, otherRepository.stderr);
    assert.match(otherRepository.stderr, /VERIFY_POLICY_REPOSITORY_MISMATCH: the release's trust-kit-policy\.json names the source repository "octo-org\/octo-repo", not "octo-org\/online-\d+" \(--expect-repo\)/);
    const sourceRepository = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--expect-repo', 'octo-org/octo-repo', '--trusted-root', roots], cwd, env());
    assert.equal(sourceRepository.code, EXIT.OK, sourceRepository.stderr);
    const noToken = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--signer-workflow', WORKFLOW, '--trusted-root', roots], cwd, { GITHUB_API_URL: api.url });
    assert.equal(noToken.code, EXIT.USAGE, noToken.stderr);
    assert.match(noToken.stderr, /GH_TOKEN or GITHUB_TOKEN/);
  });

  test('a release changed on GitHub after publishing fails to verify; a missing one is RELEASE_NOT_FOUND', async (t) => {
    const repo = await publish(t);
    const [owner, name] = repo.split('/') as [string, string];
    const stored = api.state.releases.forTag(api.state.repository(owner, name), TAG);
    const asset = stored?.assets.find((candidate) => candidate.name === 'app.tgz');
    assert.ok(asset !== undefined);
    (asset as { bytes: Buffer }).bytes = Buffer.from('app with a backdoor\n');
    const cwd = await tempDir(t);
    const run = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--signer-workflow', WORKFLOW, '--trusted-root', roots], cwd, env());
    assert.equal(run.code, EXIT.VERIFICATION_FAILED, run.stderr);
    assert.match(run.stderr, /VERIFY_ARTIFACT_MISMATCH: .*app\.tgz/);
    const missing = await cli(['verify-release', '--tag', 'v9.9.9', '--repo', repo, '--signer-workflow', WORKFLOW, '--trusted-root', roots], cwd, env());
    assert.notEqual(missing.code, EXIT.OK);
    assert.match(missing.stderr, /RELEASE_NOT_FOUND/);
    // An asset deleted since: downloaded whole, the release lacks a file its signed checksums list (a partial download of a directory is another matter).
    stored?.assets.splice(stored.assets.indexOf(asset), 1);
    const deleted = await cli(['verify-release', '--tag', TAG, '--repo', repo, '--signer-workflow', WORKFLOW, '--trusted-root', roots], cwd, env());
    assert.equal(deleted.code, EXIT.VERIFICATION_FAILED, deleted.stderr);
    assert.match(deleted.stderr, /VERIFY_RELEASE_INCOMPLETE: the release holds every asset downloaded, but not 1 file\(s\) its signed SHA256SUMS lists: app\.tgz/);
    assert.doesNotMatch(deleted.stdout, /Verified OK/);
  });

  test('a release attestation GitHub answers nested too deeply to save is refused with a code, not a crash', async (t) => {
    const repo = await publish(t);
    const [owner, name] = repo.split('/') as [string, string];
    const real = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner, repo: name });
    let deep: unknown = 0;
    for (let level = 0; level < 200_000; level += 1) deep = [deep];
    const releases = { ...real, listAttestations: async (digest: string, predicateType: string) => (await real.listAttestations(digest, predicateType)).map((bundle) => ({ ...bundle, unknownField: deep })) };
    const dir = join(await tempDir(t), 'download');
    await assert.rejects(downloadRelease({ releases, repository: repo, tag: TAG, dir }), { code: 'RELEASE_DOWNLOAD_REFUSED', message: /release attestation .* cannot be saved/ });
  });

  test('downloads are bounded: too many assets, or more bytes than allowed, are refused before anything is written', async (t) => {
    const repo = await publish(t);
    const [owner, name] = repo.split('/') as [string, string];
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner, repo: name });
    const dir = join(await tempDir(t), 'download');
    await assert.rejects(downloadRelease({ releases, repository: repo, tag: TAG, dir, limits: { maxAssets: 2, maxAssetBytes: 1 << 20, maxTotalBytes: 1 << 30 } }), { code: 'RELEASE_DOWNLOAD_REFUSED' });
    await assert.rejects(downloadRelease({ releases, repository: repo, tag: TAG, dir, limits: { maxAssets: 100, maxAssetBytes: 10, maxTotalBytes: 1 << 30 } }), { code: 'RELEASE_DOWNLOAD_REFUSED' });
    await assert.rejects(downloadRelease({ releases, repository: repo, tag: TAG, dir, limits: { maxAssets: 100, maxAssetBytes: 1 << 20, maxTotalBytes: 100 } }), { code: 'RELEASE_DOWNLOAD_REFUSED' });
    await assert.rejects(readdir(dir), { code: 'ENOENT' });
  });
});
