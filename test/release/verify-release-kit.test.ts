// The offline verification kit a release writes (trust-kit-policy.json and the trusted root it signed
// against, listed in SHA256SUMS), and `trust-kit verify-release` over the release with that kit alone.
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { runRelease, type ReleaseResult } from '../../src/release/index.js';
import { refPatternOf } from '../../src/release/steps/verification-kit.js';
import { parseReleasePolicy, readReleasePolicy, releasePolicyJson, verifyRelease } from '../../src/release/verify-release.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

/** VERIFY.md's pins of the shipped policy: the repository and workflow that signed. */
const PINS = ['--expect-repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release.yml'];

describe('the verification kit a release carries', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(async () => {
    await stack.close();
  });

  /** A signed, attested release of two artifacts (app.tgz holding `app`) with an SPDX SBOM; returns the project and the run's result. */
  async function release(t: TestContext, extra: Record<string, string> = {}, app = 'app\n'): Promise<{ cwd: string; result: ReleaseResult }> {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), app);
    await writeFile(join(cwd, 'dist', 'app.zip'), 'zip\n');
    await writeFile(join(cwd, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } }));
    await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
    const inputs = { 'subject-path': ['dist'], base: 'dist', 'sbom-format': ['spdx-json'], 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '', 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath, attest: 'auto', ...extra };
    const config = releaseConfig(inputs, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json') };
    const result = await runRelease(config, { cwd, env, logger: silentLogger, oidcDiscoveryURL: stack.oidc.discoveryURL });
    return { cwd, result };
  }

  /** The release as a user downloads it: every asset in one directory. */
  async function download(cwd: string): Promise<string> {
    const dir = join(cwd, 'download');
    await mkdir(dir);
    for (const name of await readdir(join(cwd, 'out'))) await copyFile(join(cwd, 'out', name), join(dir, name));
    for (const name of ['app.tgz', 'app.zip']) await copyFile(join(cwd, 'dist', name), join(dir, name));
    return dir;
  }

  test('the policy and the trusted root are written, listed in SHA256SUMS, and verify the release offline as they are', async (t) => {
    const { cwd, result } = await release(t);
    const sums = await readFile(result.checksumsPath, 'utf8');
    assert.match(sums, /^[0-9a-f]{64} {2}trust-kit-policy\.json$/m);
    assert.match(sums, /^[0-9a-f]{64} {2}trust-kit-trusted-root\.jsonl$/m);
    const policyText = await readFile(join(cwd, 'out', 'trust-kit-policy.json'), 'utf8');
    const policy = JSON.parse(policyText) as Record<string, unknown>;
    // This run's signer and the attestations it made; the trusted root is the one it signed against.
    assert.equal(policy.certificateIdentity, result.signature?.signer.kind === 'certificate' ? result.signature.signer.identity : undefined);
    assert.equal(policy.issuer, stack.oidc.issuer);
    assert.deepEqual(policy.requiredPredicateTypes, [...(result.attestations?.predicateTypes ?? [])].sort());
    assert.ok((policy.requiredPredicateTypes as string[]).length === 2, policyText);
    assert.deepEqual(policy.trustedRoots, ['trust-kit-trusted-root.jsonl']);
    assert.equal(policy.requireGitHubReleaseAttestation, false);
    assert.match(String(policy.about), /states what to expect/);
    // Sorted keys, a newline at the end: the same facts always give the same bytes.
    assert.deepEqual(Object.keys(policy), Object.keys(policy).sort());
    assert.ok(policyText.endsWith('}\n'));
    const roots = await readFile(join(cwd, 'out', 'trust-kit-trusted-root.jsonl'), 'utf8');
    assert.deepEqual(JSON.parse(roots.trimEnd()), JSON.parse(await readFile(stack.trustedRootPath, 'utf8')));
    assert.ok(roots.endsWith('}\n') && roots.trimEnd().split('\n').length === 1);

    const dir = await download(cwd);
    const verified = await verifyRelease({ dir, policy: await readReleasePolicy(join(dir, 'trust-kit-policy.json'), 'the run wrote it') });
    assert.equal(verified.checksums?.verifiedFiles, 5);
    assert.deepEqual(verified.attestations.map((entry) => entry.predicateType).sort(), policy.requiredPredicateTypes);
    // The CLI takes the policy only pinned, never as --policy: it is an asset, which whoever replaced the release would replace too, naming themselves.
    for (const trustedRoot of [[], ['--trusted-root', stack.trustedRootPath]]) {
      const carried = await cli(['verify-release', '.', '--policy', 'trust-kit-policy.json', ...trustedRoot], dir);
      assert.equal(carried.code, EXIT.USAGE, carried.stderr);
      assert.match(carried.stderr, /CLI_USAGE: --policy trust-kit-policy\.json is a file of the release directory, where any release asset may be/);
      assert.match(carried.stderr, /hint: to use the trust-kit-policy\.json the release carries, pin what you expect instead of --policy/);
    }
    const run = await cli(['verify-release', '.', ...PINS, '--trusted-root', stack.trustedRootPath], dir);
    assert.equal(run.code, EXIT.OK, run.stderr);

    // A policy changed after signing no longer matches the signed checksums file.
    await writeFile(join(dir, 'trust-kit-policy.json'), policyText.replace(/"issuer": "[^"]*"/, `"issuer": ${JSON.stringify(stack.oidc.issuer)} `));
    const changed = await cli(['verify-release', '.', ...PINS, '--trusted-root', stack.trustedRootPath], dir);
    assert.equal(changed.code, EXIT.VERIFICATION_FAILED, changed.stderr);
    assert.match(changed.stderr, /VERIFY_ARTIFACT_MISMATCH: .*trust-kit-policy\.json/);
  });

  test('a release whose checksums file is SHA512SUMS (algorithm sha512) verifies with the VERIFY.md command, as one with SHA256SUMS does', async (t) => {
    const { cwd, result } = await release(t, { algorithm: 'sha512' });
    assert.match(result.checksumsPath, /SHA512SUMS$/);
    const dir = await download(cwd);
    const run = await cli(['verify-release', '.', ...PINS, '--trusted-root', stack.trustedRootPath], dir);
    assert.equal(run.code, EXIT.OK, `${run.stdout}${run.stderr}`);
    assert.match(run.stdout, /signed checksums: SHA512SUMS, 5 file\(s\) match/);
    assert.match(run.stdout, /attestation: +https:\/\/slsa\.dev\/provenance\/v1 for app\.tgz, app\.zip\n/);
    // VERIFY.md is an asset SHA512SUMS does not list (it is written after signing): said once, apart from the files nothing verified.
    assert.doesNotMatch(run.stdout, /not verified/);
    assert.match(run.stdout, /\n {2}unsigned: +VERIFY\.md, the instructions the release writes after signing/);
  });

  test('a --trusted-root that is a file of the release directory, where any asset may be, is refused; one in a directory below it is the user\'s and verifies', async (t) => {
    const { cwd } = await release(t);
    const dir = await download(cwd);
    // An asset of that name (or the release's own listed root) could be an attacker's CA: refused whatever it holds.
    await copyFile(stack.trustedRootPath, join(dir, 'trusted_root.jsonl'));
    // An asset name may start with `..` without being the parent directory.
    await copyFile(stack.trustedRootPath, join(dir, '..trusted_root.jsonl'));
    for (const root of ['trusted_root.jsonl', './trust-kit-trusted-root.jsonl', join(dir, 'trusted_root.jsonl'), '..trusted_root.jsonl']) {
      const run = await cli(['verify-release', '.', ...PINS, '--trusted-root', root], dir);
      assert.equal(run.code, EXIT.USAGE, `${root}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, /CLI_USAGE: --trusted-root .* is a file of the release directory, where any release asset may be/);
      assert.match(run.stderr, /hint: keep the trusted roots you got yourself in trust-kit-roots\/, a directory of their own/);
      assert.doesNotMatch(run.stdout, /Verified OK/);
    }
    await mkdir(join(dir, 'trust-kit-roots'));
    await copyFile(stack.trustedRootPath, join(dir, 'trust-kit-roots', 'trusted_root.jsonl'));
    const own = await cli(['verify-release', '.', ...PINS, '--trusted-root', 'trust-kit-roots/trusted_root.jsonl'], dir);
    assert.equal(own.code, EXIT.OK, own.stderr);
    // A link below the directory to a file of it reads that file, which any asset may be: refused as the file is; so is the file reached through a link to the directory.
    await symlink(join('..', 'trusted_root.jsonl'), join(dir, 'trust-kit-roots', 'linked.jsonl'));
    await symlink(dir, join(cwd, 'download-link'));
    for (const root of ['trust-kit-roots/linked.jsonl', join(cwd, 'download-link', 'trusted_root.jsonl')]) {
      const run = await cli(['verify-release', '.', ...PINS, '--trusted-root', root], dir);
      assert.equal(run.code, EXIT.USAGE, `${root}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, /CLI_USAGE: --trusted-root .* is a file of the release directory/);
    }
  });

  test('the attestations file of another release beside this one is VERIFY_SUBJECT_MISMATCH naming the file and saying to download it again', async (t) => {
    const dir = await download((await release(t)).cwd);
    const other = await release(t, {}, 'app 2\n');
    await copyFile(join(other.cwd, 'out', 'attestations.intoto.jsonl'), join(dir, 'attestations.intoto.jsonl'));
    const run = await cli(['verify-release', '.', ...PINS, '--trusted-root', stack.trustedRootPath], dir);
    assert.equal(run.code, EXIT.SUBJECT_MISMATCH, run.stderr);
    assert.match(run.stderr, /VERIFY_SUBJECT_MISMATCH: attestations\.intoto\.jsonl holds an attestation \(https:\/\/slsa\.dev\/provenance\/v1\) naming app\.tgz with another digest than the signed SHA256SUMS\n {2}hint: it is another release's, or was changed: download attestations\.intoto\.jsonl again from the release SHA256SUMS came with\n$/);
  });

  test('verification-kit: false writes neither file, and VERIFY.md names no policy', async (t) => {
    const { cwd, result } = await release(t, { 'verification-kit': 'false' });
    const names = await readdir(join(cwd, 'out'));
    assert.ok(!names.includes('trust-kit-policy.json') && !names.includes('trust-kit-trusted-root.jsonl'), names.join(', '));
    assert.doesNotMatch(await readFile(result.checksumsPath, 'utf8'), /trust-kit-policy/);
    assert.doesNotMatch(await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8'), /verify-release/);
  });

  test('verification-kit: true without signing is a configuration error naming the input', () => {
    assert.throws(() => releaseConfig({ 'subject-path': ['dist'], sign: 'false', 'verification-kit': 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }), (error: Error & { code?: string }) => error.code === 'CONFIG_INVALID' && /verification-kit/.test(error.message));
    assert.equal(releaseConfig({ 'subject-path': ['dist'], sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }).verificationKit, false);
  });

  test('VERIFY.md gives the command, with pins of the repository and workflow that signed, and says the shipped policy only states what to expect', async (t) => {
    const { cwd } = await release(t);
    const text = await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8');
    assert.match(text, /trust-kit verify-release \. --expect-repo 'octo-org\/octo-repo' --signer-workflow 'octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/heads\/main'/);
    assert.match(text, /only states what to expect/);
    assert.match(text, /a replaced release's policy, naming another, fails them/);
  });

  test("VERIFY.md's verify-release command for a tag's release pins the tag: an older release of the same repository and workflow put in its place fails it", async (t) => {
    const tagged = async (tag: string): Promise<string> => {
      stack.oidc.setEndpointClaims({ ref: `refs/tags/${tag}`, job_workflow_ref: `octo-org/octo-repo/.github/workflows/release.yml@refs/tags/${tag}` });
      try {
        const { cwd } = await release(t, {}, `app ${tag}\n`);
        const dir = await download(cwd);
        await mkdir(join(dir, 'trust-kit-roots'));
        await copyFile(stack.trustedRootPath, join(dir, 'trust-kit-roots', 'trusted_root.json'));
        return dir;
      } finally {
        stack.oidc.setEndpointClaims({});
      }
    };
    const older = await tagged('v0.9.0');
    const newer = await tagged('v1.0.0');
    const line = (await readFile(join(newer, 'VERIFY.md'), 'utf8')).split('\n').find((text) => text.startsWith('trust-kit verify-release ')) ?? '';
    assert.equal(line, "trust-kit verify-release . --expect-repo 'octo-org/octo-repo' --signer-workflow 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0' --tag 'v1.0.0' --trusted-root 'trust-kit-roots/trusted_root.json'");
    const args = ['verify-release', '.', '--expect-repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release.yml', '--tag', 'v1.0.0', '--trusted-root', 'trust-kit-roots/trusted_root.json'];
    const own = await cli(args, newer);
    assert.equal(own.code, EXIT.OK, own.stderr);
    const rolledBack = await cli(args, older);
    assert.notEqual(rolledBack.code, EXIT.OK, rolledBack.stdout);
    assert.match(rolledBack.stderr, /refs\/tags\/v0\.9\.0/);
  });

  test('the policy pins the ref a tag push signs from, and the same facts give the same bytes', async () => {
    assert.equal(refPatternOf('refs/tags/v1.2.3'), 'refs/tags/.*');
    assert.equal(refPatternOf('refs/heads/release/1.x'), 'refs/heads/release/1\\.x');
    assert.equal(refPatternOf(undefined), undefined);
    const facts = { trustedRoots: ['r.jsonl'], identity: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1', issuer: 'https://token.actions.githubusercontent.com', repository: 'o/r', refPattern: 'refs/tags/.*', requiredPredicateTypes: ['https://spdx.dev/Document/v2.3', 'https://slsa.dev/provenance/v1'], githubTrustedRoot: 'r.jsonl' };
    const text = releasePolicyJson(facts);
    assert.equal(releasePolicyJson({ ...facts, requiredPredicateTypes: [...facts.requiredPredicateTypes].reverse() }), text);
    const parsed = await parseReleasePolicy(text, 'p.json', '/kit');
    assert.equal(parsed.requireGitHubReleaseAttestation, true);
    assert.equal(parsed.githubTrustedRoot, '/kit/r.jsonl');
    assert.ok(parsed.refPattern?.test('refs/tags/v2') === true && !parsed.refPattern.test('refs/heads/main'));
    assert.deepEqual(parsed.certificate.extensions, { sourceRepositoryURI: 'https://github.com/o/r' });
    assert.deepEqual(parsed.certificate.kind === 'certificate' ? parsed.certificate.extensionsIgnoringCase : undefined, ['sourceRepositoryURI']);
  });
});
