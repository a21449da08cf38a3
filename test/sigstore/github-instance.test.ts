// GitHub's instance without `trusted-root`: signing's self-check and verification take its trust from
// GitHub's TUF repository, here a signed TUF repository on loopback serving the loopback stack's
// trusted root (its Fulcio CA named `GitHub, Inc.`, as GitHub's is).
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { verifyConfig } from '../../src/config/verify.js';
import { silentLogger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import type { RunContext } from '../../src/github/context.js';
import { openSigningSession, type GitHubInstance, type SigningContext } from '../../src/sigstore/sign/index.js';
import { certificateInstance, readBundleFile, resolvePolicy, resolveTrust, verifyArtifact } from '../../src/sigstore/verify/files.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { startTufRepository, type TufRepository } from '../support/tuf.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const FAST: RetryPolicy = { retries: 2, minDelayMs: 5, maxDelayMs: 40, factor: 2, budgetMs: 5_000, timeoutMs: 1500 };
/** The leaf certificate of a bundle GitHub's instance signed (cli/cli pkg/cmd/attestation/test/data/github_release_bundle.json): issuer O=GitHub, Inc., CN=Fulcio Intermediate l1. */
const GITHUB_LEAF = 'MIICKjCCAbCgAwIBAgIUaa62dj98DUB+TpyvKtVaR4vGSM0wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MDMxMDE1MDMwMloXDTI2MDMxMDE1MDMwMlowKjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMREwDwYDVQQDEwhBdHRlc3RlcjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABIMB7plPnZvBRlC2lvAocKTAqAPMJqstEqYk26e9vDJDC1yqoiHxZfPV4W/1RqUMZD1dFKm9t4RiSmm73/QnQKajgaUwgaIwDgYDVR0PAQH/BAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUFBwMDMAwGA1UdEwEB/wQCMAAwHQYDVR0OBBYEFOqaGpr5SbdYk5CQXsmmDZCBHR+XMB8GA1UdIwQYMBaAFMDhuFKkS08+3no4EQbPSY6hRZszMC0GA1UdEQQmMCSGImh0dHBzOi8vZG90Y29tLnJlbGVhc2VzLmdpdGh1Yi5jb20wCgYIKoZIzj0EAwMDaAAwZQIwWFdF6xcXazHVPHEAtd1SeaizLdY1erRl5hK+XlwhfpnasQHHZ9bdu4Zj8ARhW/AhAjEArujhmJGo7Fi4/Ek1RN8bufs6UhIQneQd/pxE8QdorwZkj2C8nf2EzrUYzlxKfktC';
const PRIVATE_RUN: RunContext = { serverURL: 'https://github.com', payload: { repository: { visibility: 'private' } }, visibility: 'private' };

describe('GitHub\'s instance without a trusted root: trust through its TUF repository', () => {
  let stack: SigstoreStack;
  let repository: TufRepository;
  let directory: string;
  before(async () => {
    stack = await startSigstoreStack({ rekor: false, fulcioOrganization: 'GitHub, Inc.' });
    directory = await mkdtemp(join(tmpdir(), 'trust-kit-github-tuf-'));
    repository = await startTufRepository(directory, Buffer.from(JSON.stringify(stack.trustedRoot)));
  });
  after(async () => {
    await repository.close();
    await stack.close();
    await rm(directory, { recursive: true, force: true });
  });

  const github = (tuf: GitHubInstance['tuf']): GitHubInstance => ({ endpoints: { fulcioURL: stack.fulcioURL, tsaURL: stack.tsaURL }, tuf });
  const context = (cwd: string, instance: GitHubInstance): SigningContext => ({ cwd, env: { ...stack.env }, run: PRIVATE_RUN, logger: silentLogger, github: instance });

  test('instance auto on a private repository signs, checked against the trusted root the TUF repository serves, and the bundle verifies', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'private\n');
    const cachePath = join(cwd, 'tuf-cache');
    const opened = await openSigningSession({ ...signConfig({ 'subject-path': 'SHA256SUMS' }, cliNamer()), retry: FAST }, context(cwd, github({ mirrorURL: repository.url, root: repository.root, cachePath })));
    assert.ok(opened.session, 'a session was opened');
    t.after(() => opened.close());
    assert.equal(opened.session.instance, 'github');
    const path = await opened.session.signFile(join(cwd, 'SHA256SUMS'));
    const bundle = JSON.parse(await readFile(path, 'utf8')) as unknown;
    const policy = { kind: 'certificate' as const, identity: exactly(IDENTITY), issuer: exactly(ISSUER), extensions: {} };
    const verified = verifyBundle(bundle, { bytes: await readFile(join(cwd, 'SHA256SUMS')) }, policy, loadTrustMaterial(stack.trustedRoot as object, 'stack'));
    assert.equal(verified.tlogEntries.length, 0);
    assert.equal(verified.timestamps.filter((entry) => entry.source === 'timestamp-authority').length, 1);
    // The trusted root reached the session through TUF: the verified target sits in the metadata cache.
    const cached = await readdir(cachePath, { recursive: true });
    assert.ok(cached.some((name) => name.endsWith('trusted_root.json')), cached.join(', '));
  });

  test('a tampered or unreachable TUF repository fails with a coded error naming the mirror, before any certificate is requested', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'f'), 'f\n');
    const tampered = await startTufRepository(cwd, Buffer.from(JSON.stringify(stack.trustedRoot)));
    t.after(() => tampered.close());
    for (const [path, body] of tampered.files) {
      if (path.startsWith('/targets/')) tampered.files.set(path, Buffer.from(body.toString('utf8').replace('"certificateAuthorities"', '"certificateAuthoritieZ"')));
    }
    const down = await startTufRepository(cwd, Buffer.from(JSON.stringify(stack.trustedRoot)));
    await down.close();
    const before = stack.requests.fulcio;
    for (const [index, mirror] of [tampered, down].entries()) {
      const config = { ...signConfig({ 'subject-path': 'f', instance: 'github' }, cliNamer()), retry: FAST };
      await assert.rejects(openSigningSession(config, context(cwd, github({ mirrorURL: mirror.url, root: mirror.root, cachePath: join(cwd, `cache-${index}`), retries: 0 }))), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
        assert.ok(error.message.includes(mirror.url), error.message);
        assert.match(error.hint ?? '', /gh attestation trusted-root/);
        return true;
      });
    }
    assert.equal(stack.requests.fulcio, before);
    assert.deepEqual((await readdir(cwd)).filter((name) => name.endsWith('.sigstore.json')), []);
  });

  test('GitHub Enterprise Server and custom URLs still need a trusted root: GitHub\'s TUF repository does not vouch for them', async (t) => {
    const cwd = await tempDir(t);
    const ghes: RunContext = { serverURL: 'https://ghes.example.com', payload: undefined, visibility: undefined };
    const cases: [Record<string, string>, RunContext][] = [
      [{ 'subject-path': 'f', instance: 'github' }, ghes],
      [{ 'subject-path': 'f', instance: 'github', 'fulcio-url': stack.fulcioURL }, PRIVATE_RUN],
    ];
    for (const [raw, run] of cases) {
      await assert.rejects(openSigningSession({ ...signConfig(raw, cliNamer()), retry: FAST }, { cwd, env: { ...stack.env }, run, logger: silentLogger }), { code: 'SIGN_TRUSTED_ROOT_REQUIRED' });
    }
  });

  test('verification without a trusted root takes GitHub\'s root for a certificate from GitHub\'s CA, public-good\'s for any other', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'private\n');
    const opened = await openSigningSession({ ...signConfig({ 'subject-path': 'SHA256SUMS' }, cliNamer()), retry: FAST }, context(cwd, github({ mirrorURL: repository.url, root: repository.root, cachePath: join(cwd, 'sign-cache') })));
    assert.ok(opened.session);
    t.after(() => opened.close());
    await opened.session.signFile(join(cwd, 'SHA256SUMS'));

    const publicGood = await startSigstoreStack({ rekor: true, tsa: false });
    t.after(() => publicGood.close());
    const publicGoodRepository = await startTufRepository(await tempDir(t), Buffer.from(JSON.stringify(publicGood.trustedRoot)));
    t.after(() => publicGoodRepository.close());
    const publicGoodOpened = await openSigningSession(
      { ...signConfig({ 'subject-path': 'NOTES', bundle: 'NOTES.public.sigstore.json', instance: 'public-good', 'fulcio-url': publicGood.fulcioURL, 'rekor-url': publicGood.rekorURL ?? '', 'trusted-root': publicGood.trustedRootPath }, cliNamer()), retry: FAST },
      { cwd, env: { ...publicGood.env }, run: PRIVATE_RUN, logger: silentLogger },
    );
    assert.ok(publicGoodOpened.session);
    t.after(() => publicGoodOpened.close());
    await writeFile(join(cwd, 'NOTES'), 'public\n');
    await publicGoodOpened.session.signFile(join(cwd, 'NOTES'), join(cwd, 'NOTES.public.sigstore.json'));

    // Each instance's TUF repository stands in for the real one; the other's is the wrong root for the bundle, so a wrong choice fails.
    const sources = {
      github: { mirrorURL: repository.url, root: repository.root, cachePath: join(cwd, 'verify-cache') },
      publicGood: { mirrorURL: publicGoodRepository.url, rootPath: publicGoodRepository.rootPath, cachePath: join(cwd, 'verify-cache') },
    };
    for (const [artifact, bundlePath, instance] of [['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'github'], ['NOTES', 'NOTES.public.sigstore.json', 'public-good']] as const) {
      const config = verifyConfig({ bundle: bundlePath, 'certificate-identity': IDENTITY, 'certificate-oidc-issuer': ISSUER }, cliNamer());
      const bundle = await readBundleFile(config.bundle, cwd);
      assert.equal(certificateInstance(bundle), instance);
      const trust = await resolveTrust(config, cwd, bundle, sources);
      const verified = await verifyArtifact(bundle, artifact, await resolvePolicy(config.policy, cwd), trust, cwd);
      assert.equal(verified.signer.kind === 'certificate' ? verified.signer.subjectAlternativeName : undefined, IDENTITY);
    }
  });

  test('a certificate GitHub\'s Fulcio really issued is told apart as GitHub\'s; no or a bad certificate falls to public-good', () => {
    assert.equal(certificateInstance({ verificationMaterial: { certificate: { rawBytes: GITHUB_LEAF } } }), 'github');
    assert.equal(certificateInstance({ verificationMaterial: { x509CertificateChain: { certificates: [{ rawBytes: GITHUB_LEAF }] } } }), 'github');
    assert.equal(certificateInstance({ verificationMaterial: { certificate: { rawBytes: 'AAAA' } } }), 'public-good');
    assert.equal(certificateInstance({ verificationMaterial: { publicKey: { hint: 'x' } } }), 'public-good');
  });
});
