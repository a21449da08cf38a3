// gh release verify and gh release verify-asset against an immutable release that trust-kit published to the
// GitHub API double, whose release attestation the loopback "GitHub" releases signer made. gh reaches the
// double as the host github.localhost (the one host gh speaks plain HTTP to) through HTTP_PROXY.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { publishRelease } from '../../src/release/publish.js';
import { verifyGitHubReleaseAttestation } from '../../src/sigstore/verify/release.js';
import { loadTrustMaterial } from '../../src/sigstore/verify/trust.js';
import { isInstalled, PEERS, requirePeer, runPeer } from '../interop/tools.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startGitHubReleaseSigner, type GitHubReleaseSigner } from '../support/github/release-signer.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';

const REPO = 'github.localhost/octo-org/octo-repo';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('gh release verify against the API double', { skip: !isInstalled(PEERS.gh) && process.env['CI'] !== 'true' ? 'gh is not installed in .tools' : false }, () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  let dir: string;
  let signer: GitHubReleaseSigner;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack({ rekor: false }), startGitHubApi()]);
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-gh-release-'));
    signer = await startGitHubReleaseSigner(stack, dir);
    api.state.releases.signer = signer.sign;
    api.state.repository('octo-org', 'octo-repo').immutableReleases = true;
    await writeFile(join(dir, 'app.tgz'), 'app 1.0.0\n');
    await writeFile(join(dir, 'SHA256SUMS'), 'sums\n');
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo: 'octo-repo' });
    const assets = ['app.tgz', 'SHA256SUMS'].map((name) => ({ path: join(dir, name), name, contentType: 'application/octet-stream' }));
    await publishRelease({ tag: 'v1.0.0', assets, notesBlock: 'x' }, { releases, logger: silentLogger });
    await writeFile(join(dir, 'other.tgz'), 'not in the release\n');
  });
  after(async () => {
    await Promise.all([stack.close(), api.close(), rm(dir, { recursive: true, force: true })]);
  });

  // Proxying is what lets gh reach api.github.localhost without a name lookup or port 80.
  const gh = (args: string[]) => runPeer(PEERS.gh, [...args, '-R', REPO, '--custom-trusted-root', signer.trustedRootJsonlPath], dir, { GH_HOST: 'github.localhost', GH_ENTERPRISE_TOKEN: 'ghs_test', GH_CONFIG_DIR: join(dir, '.gh'), HTTP_PROXY: api.url, http_proxy: api.url, NO_PROXY: '', no_proxy: '', NO_COLOR: '1', GH_PROMPT_DISABLED: '1' }, 60_000);

  test('gh release verify accepts the release attestation and lists the assets', async (t) => {
    if (requirePeer(t, 'gh') === undefined) return;
    const run = await gh(['release', 'verify', 'v1.0.0']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Release v1\.0\.0 verified!/);
    assert.match(run.stdout, /app\.tgz\s+sha256:/);
  });

  test('gh release verify-asset accepts a published asset and refuses a file that is not one', async (t) => {
    if (requirePeer(t, 'gh') === undefined) return;
    const ok = await gh(['release', 'verify-asset', 'v1.0.0', join(dir, 'app.tgz')]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /app\.tgz is present in release v1\.0\.0/);
    const refused = await gh(['release', 'verify-asset', 'v1.0.0', join(dir, 'other.tgz')]);
    assert.notEqual(refused.code, 0, refused.stdout);
  });

  test('the bundle gh saves (--format json --jq .attestation.bundle) verifies with trust-kit\'s offline release attestation check', async (t) => {
    if (requirePeer(t, 'gh') === undefined) return;
    const run = await gh(['release', 'verify', 'v1.0.0', '--format', 'json', '--jq', '.attestation.bundle']);
    assert.equal(run.code, 0, run.stderr);
    const trust = loadTrustMaterial(await readFile(signer.trustedRootPath, 'utf8'), signer.trustedRootPath);
    const statement = verifyGitHubReleaseAttestation(JSON.parse(run.stdout), sha256('app 1.0.0\n'), trust) as { predicate: { tag: string } };
    assert.equal(statement.predicate.tag, 'v1.0.0');
  });

  test('gh refuses the release attestation against another trusted root', async (t) => {
    if (requirePeer(t, 'gh') === undefined) return;
    const otherRoot = join(dir, 'stack_trusted_root.jsonl');
    await writeFile(otherRoot, `${JSON.stringify(stack.trustedRoot)}\n`);
    const run = await runPeer(PEERS.gh, ['release', 'verify', 'v1.0.0', '-R', REPO, '--custom-trusted-root', otherRoot], dir, { GH_HOST: 'github.localhost', GH_ENTERPRISE_TOKEN: 'ghs_test', GH_CONFIG_DIR: join(dir, '.gh'), HTTP_PROXY: api.url, http_proxy: api.url, NO_PROXY: '', no_proxy: '' }, 60_000);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /failed to verify attestations for tag v1\.0\.0/);
  });
});
