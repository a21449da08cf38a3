import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../support/cli.js';
import { startInstance, toV03, type Instance } from './sigstore-js.js';

const IDENTITY = 'https://github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';
const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

describe('trust-kit verify-blob and verify-checksums', () => {
  let instance: Instance;
  let dir: string;
  const policy = ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', 'trusted_root.json'];

  before(async () => {
    instance = await startInstance();
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-verify-cli-'));
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'widget.tar.gz'), 'widget\n');
    await writeFile(join(dir, 'dist', 'widget.zip'), 'zip\n');
    const sums = `${sha256('widget\n')}  widget.tar.gz\n${sha256('zip\n')}  widget.zip\n`;
    await writeFile(join(dir, 'dist', 'SHA256SUMS'), sums);
    await writeFile(join(dir, 'dist', 'SHA256SUMS.sigstore.json'), JSON.stringify(toV03(await instance.signBlob(Buffer.from(sums)))));
    await writeFile(join(dir, 'widget.sigstore.json'), JSON.stringify(await instance.signBlob(Buffer.from('widget\n'))));
    await writeFile(join(dir, 'trusted_root.json'), JSON.stringify(instance.trustedRoot));
    await writeFile(join(dir, 'roots.jsonl'), `${JSON.stringify(instance.trustedRoot)}\n`);
  });
  after(async () => {
    await instance.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** A release directory `name` of one artifact, its checksums file signed in a run with these claims (a reusable workflow's, another repository's or ref). */
  const signedRelease = async (name: string, claims: Record<string, string>): Promise<void> => {
    const sums = `${sha256('widget\n')}  widget.tar.gz\n`;
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, 'widget.tar.gz'), 'widget\n');
    await writeFile(join(dir, name, 'SHA256SUMS'), sums);
    await writeFile(join(dir, name, 'SHA256SUMS.sigstore.json'), JSON.stringify(toV03(await instance.signBlob(Buffer.from(sums), claims))));
  };

  it('verifies a file, printing who signed it and where it was logged (exit 0)', async () => {
    const run = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json', ...policy], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`^Verified OK: dist/widget\\.tar\\.gz \\(sha256:${sha256('widget\n')}\\)`));
    assert.match(run.stdout, /signer: {5}https:\/\/github\.com\/octo-org\/widget\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3/);
    assert.match(run.stdout, /log entry: {2}http:\/\/127\.0\.0\.1:\d+ index \d+, integrated /);
  });

  it('verifies by sha256: digest, with --repo, and with a JSONL trusted root', async () => {
    const byDigest = await cli(['verify-blob', `sha256:${sha256('widget\n')}`, '--bundle', 'widget.sigstore.json', ...policy], dir);
    assert.equal(byDigest.code, 0, byDigest.stderr);
    // The algorithm in upper case, as cosign reads it too.
    const upper = await cli(['verify-blob', `SHA256:${sha256('widget\n').toUpperCase()}`, '--bundle', 'widget.sigstore.json', ...policy], dir);
    assert.equal(upper.code, 0, upper.stderr);
    // A digest of an algorithm trust-kit does not take is a usage error naming it, not a file looked for (SIGSTORE_INPUT_UNREADABLE, "check the path").
    for (const other of [`sha384:${'a'.repeat(96)}`, `SHA1:${'a'.repeat(40)}`]) {
      const refused = await cli(['verify-blob', other, '--bundle', 'widget.sigstore.json', ...policy], dir);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, /argument FILE: .*is not a digest of the form sha256:<64 hex> or sha512:<128 hex>/);
    }
    const byRepo = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json', '--repo', 'octo-org/widget', '--trusted-root', 'roots.jsonl'], dir);
    assert.equal(byRepo.code, 0, byRepo.stderr);
    const byWorkflow = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json', '--signer-workflow', 'github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3', '--trusted-root', 'roots.jsonl'], dir);
    assert.equal(byWorkflow.code, 0, byWorkflow.stderr);
  });

  it('verify-checksums --repo pins the source repository by the certificate\'s extension, not only by the identity (reusable workflows)', async () => {
    // octo-org/evil calls octo-org/shared's reusable release workflow: the identity (SAN) names the shared workflow, the source repository extension octo-org/evil.
    const shared = 'octo-org/shared/.github/workflows/release.yml@refs/heads/main';
    await signedRelease('reused', { repository: 'octo-org/evil', ref: 'refs/heads/main', job_workflow_ref: shared });
    const verify = (...flags: string[]): ReturnType<typeof cli> => cli(['verify-checksums', 'reused/SHA256SUMS', '--bundle', 'reused/SHA256SUMS.sigstore.json', '--trusted-root', 'trusted_root.json', ...flags], dir);
    // Identity and issuer alone accept any repository that calls the same reusable workflow: what docs/verify.md warns about.
    const unpinned = await verify('--certificate-identity', `https://github.com/${shared}`, '--certificate-oidc-issuer', ISSUER);
    assert.equal(unpinned.code, 0, unpinned.stderr);
    assert.match(unpinned.stdout, /repository: https:\/\/github\.com\/octo-org\/evil /);
    for (const flags of [
      ['--repo', 'octo-org/shared'],
      ['--repo', 'octo-org/widget', '--signer-workflow', 'octo-org/shared/.github/workflows/release.yml'],
      ['--repo', 'octo-org/widget', '--certificate-identity', `https://github.com/${shared}`, '--certificate-oidc-issuer', ISSUER],
    ]) {
      const pinned = await verify(...flags);
      assert.equal(pinned.code, 4, `${flags.join(' ')}: ${pinned.stderr}`);
      assert.match(pinned.stderr, /VERIFY_POLICY_EXTENSION_MISMATCH: expected certificate extension sourceRepositoryURI \(1\.3\.6\.1\.4\.1\.57264\.1\.12\) "https:\/\/github\.com\/octo-org\/(shared|widget)", found "https:\/\/github\.com\/octo-org\/evil"/);
    }
    const own = await verify('--repo', 'octo-org/evil', '--signer-workflow', 'octo-org/shared/.github/workflows/release.yml');
    assert.equal(own.code, 0, own.stderr);
  });

  it('--source-ref pins the ref a reusable workflow was called for, which its identity does not name: a run for a feature branch is refused, the tag\'s passes', async () => {
    const shared = 'octo-org/shared/.github/workflows/release.yml@refs/tags/v2.0.0';
    // The same reusable workflow, at the same ref, called by a push to a feature branch of the very repository.
    await signedRelease('branch', { repository: 'octo-org/widget', ref: 'refs/heads/feature', job_workflow_ref: shared });
    const pins = ['--repo', 'octo-org/widget', '--signer-workflow', shared, '--trusted-root', 'trusted_root.json'];
    for (const command of ['verify-checksums', 'verify-blob']) {
      const args = ['branch/SHA256SUMS'];
      assert.equal((await cli([command, ...args, '--bundle', 'branch/SHA256SUMS.sigstore.json', ...pins], dir)).code, 0, 'repository and workflow alone accept it');
      const tagged = await cli([command, ...args, '--bundle', 'branch/SHA256SUMS.sigstore.json', ...pins, '--source-ref', 'refs/tags/v1.2.3'], dir);
      assert.equal(tagged.code, 4, tagged.stderr);
      assert.match(tagged.stderr, /VERIFY_POLICY_EXTENSION_MISMATCH: expected certificate extension sourceRepositoryRef \(1\.3\.6\.1\.4\.1\.57264\.1\.14\) "refs\/tags\/v1\.2\.3", found "refs\/heads\/feature"/);
      assert.equal((await cli([command, ...args, '--bundle', 'branch/SHA256SUMS.sigstore.json', ...pins, '--source-ref', 'refs/heads/feature'], dir)).code, 0);
    }
    const badRef = await cli(['verify-blob', 'branch/SHA256SUMS', '--bundle', 'branch/SHA256SUMS.sigstore.json', ...pins, '--source-ref', 'v1.2.3'], dir);
    assert.equal(badRef.code, 2);
    assert.match(badRef.stderr, /--source-ref: is "v1\.2\.3"; expected a full ref, e.g\. refs\/tags\/v1\.2\.3/);
  });

  it('a bundle with "messageSignature": null fails with exit 3, and a trusted root with an unreadable validity time with exit 1, both coded', async () => {
    const bundle = JSON.parse(await readFile(join(dir, 'widget.sigstore.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, 'null-signature.sigstore.json'), JSON.stringify({ ...bundle, messageSignature: null }));
    const nullSignature = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'null-signature.sigstore.json', ...policy], dir);
    assert.equal(nullSignature.code, 3, nullSignature.stderr);
    assert.match(nullSignature.stderr, /^trust-kit: VERIFY_BUNDLE_INVALID: null-signature\.sigstore\.json: malformed .* bundle: missing or empty: messageSignature or dsseEnvelope/);
    const root = structuredClone(instance.trustedRoot) as { certificateAuthorities: { validFor: Record<string, string> }[] };
    for (const ca of root.certificateAuthorities) ca.validFor = { start: ca.validFor.start ?? '', end: '2099-02-30T00:00:00Z' };
    await writeFile(join(dir, 'typo_root.json'), JSON.stringify(root));
    const typo = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json', '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', 'typo_root.json'], dir);
    assert.equal(typo.code, 1, typo.stderr);
    assert.match(typo.stderr, /^trust-kit: SIGSTORE_TRUSTED_ROOT_INVALID: typo_root\.json: certificateAuthorities\[0\]\.validFor\.end is "2099-02-30T00:00:00Z", expected an RFC 3339 time/);
  });

  it('prints what was verified as JSON with --json, for verify-blob and verify-checksums', async () => {
    const blob = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json', ...policy, '--json'], dir);
    assert.equal(blob.code, 0, blob.stderr);
    const parsed = JSON.parse(blob.stdout) as { artifact: string; verified: { signer: { subjectAlternativeName: string }; artifact: { hex: string }; tlogEntries: unknown[] } };
    assert.equal(parsed.artifact, 'dist/widget.tar.gz');
    assert.equal(parsed.verified.signer.subjectAlternativeName, IDENTITY);
    assert.equal(parsed.verified.artifact.hex, sha256('widget\n'));
    assert.equal(parsed.verified.tlogEntries.length, 1);
    const sums = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', ...policy, '--json'], dir);
    assert.equal(sums.code, 0, sums.stderr);
    assert.deepEqual((JSON.parse(sums.stdout) as { artifacts: { name: string; status: string }[] }).artifacts.map((artifact) => [artifact.name, artifact.status]), [
      ['widget.tar.gz', 'ok'],
      ['widget.zip', 'ok'],
    ]);
  });

  it('exits 3 with a VERIFY_ code for a tampered artifact, naming both digests', async () => {
    const run = await cli(['verify-blob', 'dist/widget.zip', '--bundle', 'widget.sigstore.json', ...policy], dir);
    assert.equal(run.code, 3);
    assert.match(run.stderr, new RegExp(`VERIFY_ARTIFACT_MISMATCH: dist/widget\\.zip is not the file widget\\.sigstore\\.json signs: the bundle signs sha256:${sha256('widget\n')}, but the artifact is sha256:${sha256('zip\n')}`));
    assert.match(run.stderr, /hint: /);
  });

  it('exits 4 with a VERIFY_POLICY_ code for another signer', async () => {
    const run = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json', '--certificate-identity', IDENTITY.replace('v1.2.3', 'v1.2.4'), '--certificate-oidc-issuer', ISSUER, '--trusted-root', 'trusted_root.json'], dir);
    assert.equal(run.code, 4);
    assert.match(run.stderr, /VERIFY_POLICY_IDENTITY_MISMATCH: expected certificate identity ".*v1\.2\.4", found ".*v1\.2\.3"/);
  });

  it('the same workflow at another ref (another release\'s file, or a tag where the certificate holds the commit) is not called someone else\'s signature: the hint names both refs', async () => {
    for (const flags of [
      ['--certificate-identity', IDENTITY.replace('v1.2.3', 'v1.2.4'), '--certificate-oidc-issuer', ISSUER],
      ['--signer-workflow', 'octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.4'],
    ]) {
      const run = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json', ...flags, '--trusted-root', 'trusted_root.json'], dir);
      assert.equal(run.code, 4, run.stderr);
      assert.match(run.stderr, /\n {2}hint: the same workflow signed, at "refs\/tags\/v1\.2\.3", not at "refs\/tags\/v1\.2\.4": this file belongs to what that ref made \(another release, or the commit a caller pinned a reusable workflow to\); use the files of the release you expect, or pin "refs\/tags\/v1\.2\.3" if that is the ref you expect\n$/);
    }
  });

  it('exits 2 for a policy that is missing, ambiguous or mixes a key with identities, naming every flag', async () => {
    const none = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'widget.sigstore.json'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--certificate-identity: is required/);
    assert.match(none.stderr, /--certificate-oidc-issuer: is required/);
    const both = await cli(['verify-blob', 'x', '--bundle', 'b', '--certificate-identity', 'a', '--certificate-identity-regexp', '(', '--certificate-oidc-issuer', ISSUER, '--repo', 'not a repo'], dir);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--certificate-identity-regexp: cannot be combined/);
    assert.match(both.stderr, /--repo: is "not a repo"/);
    const keyAndIdentity = await cli(['verify-blob', 'x', '--bundle', 'b', '--key', 'k.pem', '--certificate-identity', 'a'], dir);
    assert.equal(keyAndIdentity.code, 2);
    const bad = await cli(['verify-blob', 'x', '--bundle', 'b', '--certificate-identity-regexp', '(', '--certificate-oidc-issuer', ISSUER], dir);
    assert.match(bad.stderr, /--certificate-identity-regexp: is not a valid regular expression/);
  });

  it('exits 1 for unreadable inputs and 3 for a file that is no bundle', async () => {
    const missing = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'nope.json', ...policy], dir);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /SIGSTORE_INPUT_UNREADABLE: cannot read bundle nope\.json: ENOENT/);
    const notBundle = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'dist/SHA256SUMS', ...policy], dir);
    assert.equal(notBundle.code, 3);
    assert.match(notBundle.stderr, /VERIFY_BUNDLE_INVALID/);
  });

  it('verifies a bundle signed with a key from generate-key-pair with --key, and rejects it under another key (exit 3)', async () => {
    const generated = await cli(['generate-key-pair', '--output-key-prefix', 'release'], dir, {});
    assert.equal(generated.code, 0, generated.stderr);
    const signed = await cli(['sign-blob', 'dist/widget.zip', '--key', 'release.key', '--bundle', 'zip.sigstore.json'], dir, {});
    assert.equal(signed.code, 0, signed.stderr);
    const run = await cli(['verify-blob', 'dist/widget.zip', '--bundle', 'zip.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /signer: {5}key release\.pub/);
    assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'other'], dir, {})).code, 0);
    const wrong = await cli(['verify-blob', 'dist/widget.zip', '--bundle', 'zip.sigstore.json', '--key', 'other.pub', '--insecure-ignore-tlog'], dir);
    assert.equal(wrong.code, 3);
    assert.match(wrong.stderr, /VERIFY_SIGNATURE_INVALID/);
    const keyless = await cli(['verify-blob', 'dist/widget.zip', '--bundle', 'zip.sigstore.json', ...policy], dir);
    assert.equal(keyless.code, 3);
    assert.match(keyless.stderr, /VERIFY_KEY_MISMATCH: expected a keyless bundle signed by ".*", found a bundle signed by a key/);
  });

  it("a key-signed bundle must carry a transparency-log entry, as cosign's verify --key requires, unless --insecure-ignore-tlog: in verify-blob and verify-checksums alike", async () => {
    assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'offline'], dir, {})).code, 0);
    assert.equal((await cli(['sign-blob', 'dist/SHA256SUMS', '--key', 'offline.key', '--bundle', 'sums-key.sigstore.json'], dir, {})).code, 0);
    for (const args of [
      ['verify-blob', 'dist/SHA256SUMS', '--bundle', 'sums-key.sigstore.json'],
      ['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'sums-key.sigstore.json'],
    ]) {
      // Offline (its log entry checked against the root given): signed offline, it has none.
      const strict = await cli([...args, '--key', 'offline.pub', '--trusted-root', 'trusted_root.json'], dir);
      assert.equal(strict.code, 3, `${args[0]}: ${strict.stdout}${strict.stderr}`);
      assert.match(strict.stderr, /VERIFY_TLOG_MISSING: the bundle signed by the key in offline\.pub carries no transparency-log entry/);
      assert.match(strict.stderr, /hint: .*--insecure-ignore-tlog/);
      assert.doesNotMatch(strict.stdout, /Verified OK/);
      const told = await cli([...args, '--key', 'offline.pub', '--insecure-ignore-tlog'], dir);
      assert.equal(told.code, 0, `${args[0]}: ${told.stderr}`);
      // Keyless bundles are held to their instance's thresholds: the flag weakens nothing there.
      const keyless = await cli([...args, ...policy, '--insecure-ignore-tlog'], dir);
      assert.equal(keyless.code, 2, keyless.stderr);
      assert.match(keyless.stderr, /CONFIG_INVALID: --insecure-ignore-tlog: goes with --key/);
    }
  });

  it('verifies a message signature over a SHA-384 digest from the file (P-384 key), and by digest only for digests it can take', async () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const data = Buffer.from('widget\n');
    await writeFile(join(dir, 'p384.pub'), keys.publicKey.export({ format: 'pem', type: 'spki' }));
    await writeFile(join(dir, 'p384.sigstore.json'), JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: 'p384' } },
      messageSignature: { messageDigest: { algorithm: 'SHA2_384', digest: createHash('sha384').update(data).digest('base64') }, signature: sign('sha384', data, keys.privateKey).toString('base64') },
    }));
    const run = await cli(['verify-blob', 'dist/widget.tar.gz', '--bundle', 'p384.sigstore.json', '--key', 'p384.pub', '--insecure-ignore-tlog'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\(sha384:/);
    const byDigest = await cli(['verify-blob', `sha256:${sha256(data)}`, '--bundle', 'p384.sigstore.json', '--key', 'p384.pub', '--insecure-ignore-tlog'], dir);
    assert.equal(byDigest.code, 3);
    assert.match(byDigest.stderr, /VERIFY_ARTIFACT_MISMATCH: the bundle signs a sha384 digest, but the artifact was given as a sha256 digest/);
  });

  it('verify-checksums: the signed checksums file, then every listed artifact present', async () => {
    const run = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', ...policy], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Verified OK: dist\/SHA256SUMS/);
    assert.match(run.stdout, /widget\.tar\.gz: OK\nwidget\.zip: OK\n/);
  });

  it('verify-checksums: given files must be listed and match', async () => {
    const one = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', ...policy, 'dist/widget.zip'], dir);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(one.stdout.split('\n').filter((line) => line.endsWith(': OK')).length, 1);
    await writeFile(join(dir, 'evil.tar.gz'), 'evil\n');
    await mkdir(join(dir, 'download'), { recursive: true });
    await writeFile(join(dir, 'download', 'widget.tar.gz'), 'tampered\n');
    const bad = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', ...policy, 'evil.tar.gz', 'download/widget.tar.gz'], dir);
    assert.equal(bad.code, 3);
    assert.match(bad.stdout, /widget\.tar\.gz: FAILED\n/);
    assert.match(bad.stdout, /evil\.tar\.gz: FAILED \(not listed in dist\/SHA256SUMS\)/);
    assert.match(bad.stderr, /VERIFY_ARTIFACT_MISMATCH: 2 artifacts do not match the signed dist\/SHA256SUMS/);
  });

  it('verify-checksums: a named file given as the checksums file lists it (from --base), not from the working directory, is said to be one, not to be distrusted', async () => {
    for (const json of [[], ['--json']]) {
      const run = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', ...policy, ...json, '--base', 'dist', 'widget.zip', 'widget.tar.gz'], dir);
      assert.equal(run.code, 3, run.stderr);
      assert.match(run.stderr, /VERIFY_ARTIFACT_MISMATCH: 2 artifacts do not match the signed dist\/SHA256SUMS: widget\.zip \(missing\); widget\.tar\.gz \(missing\)\n/);
      assert.match(run.stderr, /hint: each file named is a path from the working directory, not from --base: widget\.zip is dist\/widget\.zip, widget\.tar\.gz is dist\/widget\.tar\.gz; name them so and run again\n/);
    }
    // A file missing everywhere keeps the advice not to use what was downloaded.
    const gone = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', ...policy, 'download/widget.zip'], dir);
    assert.equal(gone.code, 3, gone.stderr);
    assert.match(gone.stderr, /hint: do not use these files/);
  });

  it('verify-checksums: a checksums file that is not the signed one fails before any artifact is checked', async () => {
    await writeFile(join(dir, 'dist', 'SHA256SUMS.forged'), `${sha256('evil\n')}  widget.tar.gz\n`);
    const run = await cli(['verify-checksums', 'dist/SHA256SUMS.forged', '--bundle', 'dist/SHA256SUMS.sigstore.json', ...policy], dir);
    assert.equal(run.code, 3);
    assert.match(run.stderr, /VERIFY_ARTIFACT_MISMATCH: dist\/SHA256SUMS\.forged is not the file dist\/SHA256SUMS\.sigstore\.json signs: the bundle signs sha256:/);
    assert.doesNotMatch(run.stdout, /OK/);
  });
});
