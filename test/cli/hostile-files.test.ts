import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_RETRY_POLICY } from '../../src/core/retry.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { createSigningSession, ephemeralSigningKey, generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

// A command that opened any of these inputs with a blocking open or read would hang past this.
const PROMPT = { timeout: 10_000 };

/** A working directory with an artifact, a real key pair and the hostile inputs: a pipe, a directory, a sparse 64 GiB file. */
async function hostileDir(t: Parameters<typeof tempDir>[0]): Promise<string> {
  const cwd = await tempDir(t);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'key.pem'), pair.privateKeyPem);
  await writeFile(join(cwd, 'key.pub'), pair.publicKeyPem);
  await writeFile(join(cwd, 'artifact'), 'x\n');
  // A well-formed bundle (that verifies nothing): a bundle file that is not one is refused as soon as it is read.
  await writeFile(join(cwd, 'artifact.sigstore.json'), JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { publicKey: { hint: 'x' } }, messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') }, signature: 'AAAA' } }));
  execFileSync('mkfifo', [join(cwd, 'pipe')]);
  await mkdir(join(cwd, 'dir'));
  await writeFile(join(cwd, 'huge'), '');
  await truncate(join(cwd, 'huge'), 64 * 1024 ** 3);
  return cwd;
}

test('verify-blob refuses a pipe, a device, a directory or a huge file as bundle, key or trusted root, naming it', PROMPT, async (t) => {
  const cwd = await hostileDir(t);
  const cases: [string[], RegExp][] = [
    [['--bundle', 'pipe', '--key', 'key.pub'], /FILE_NOT_REGULAR: bundle pipe is a named pipe/],
    [['--bundle', '/dev/zero', '--key', 'key.pub'], /FILE_NOT_REGULAR: bundle \/dev\/zero is a character device/],
    [['--bundle', 'huge', '--key', 'key.pub'], /FILE_TOO_LARGE: bundle huge holds 65536 MiB, more than the 32 MiB/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'pipe'], /FILE_NOT_REGULAR: public key pipe is a named pipe/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'huge'], /FILE_TOO_LARGE: public key huge .* 64 KiB/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'key.pub', '--trusted-root', 'dir'], /FILE_NOT_REGULAR: trusted root dir is a directory/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'key.pub', '--trusted-root', '/dev/zero'], /FILE_NOT_REGULAR: trusted root \/dev\/zero/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'key.pub', '--trusted-root', 'huge'], /FILE_TOO_LARGE: trusted root huge .* 4 MiB/],
  ];
  // The artifact is streamed through its digest: a pipe in its place must not block the open. (The bundle is well-formed, as a bundle file is refused before the artifact is read otherwise.)
  const bundle = JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { publicKey: { hint: 'x' } }, messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') }, signature: 'AAAA' } });
  await writeFile(join(cwd, 'message.sigstore.json'), bundle);
  // Named as the user wrote it, as the artifact it is, and told what to give.
  for (const [artifact, kind] of [['pipe', 'a named pipe'], ['/dev/zero', 'a character device'], ['dir', 'a directory']]) {
    const run = await cli(['verify-blob', artifact ?? '', '--bundle', 'message.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog'], cwd);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(run.stderr.startsWith(`trust-kit: FILE_NOT_REGULAR: artifact ${artifact} is ${kind}, not a regular file\n  hint: give the path of the artifact file itself;`), run.stderr);
  }
  for (const [args, expected] of cases) {
    const run = await cli(['verify-blob', 'artifact', ...args], cwd);
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, expected, args.join(' '));
  }
});

test('sign-blob refuses a pipe, a device or a huge file as private key or artifact', PROMPT, async (t) => {
  const cwd = await hostileDir(t);
  // Pipes, devices and directories are caught by the pre-flight check of named paths (usage, exit 2); huge files where they are read.
  const cases: [string[], number, RegExp][] = [
    [['--key', 'pipe', 'artifact'], 2, /CONFIG_INVALID: --key: pipe is not a file/],
    [['--key', '/dev/zero', 'artifact'], 2, /CONFIG_INVALID: --key: \/dev\/zero is not a file/],
    [['--key', 'dir', 'artifact'], 2, /CONFIG_INVALID: --key: dir is not a file/],
    [['--key', 'huge', 'artifact'], 1, /FILE_TOO_LARGE: private key .*huge holds 65536 MiB, more than the 64 KiB/],
    [['--key', 'key.pem', 'huge'], 1, /FILE_TOO_LARGE: artifact .*huge/],
  ];
  for (const [args, code, expected] of cases) {
    const run = await cli(['sign-blob', ...args], cwd);
    assert.equal(run.code, code, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, expected, args.join(' '));
  }
});

test('where keys and artifacts to sign are read, a pipe or device is refused even after a pre-flight check passed', PROMPT, async (t) => {
  const cwd = await hostileDir(t);
  // What a path swapped after the check would hand the readers: they must refuse it, not block on it.
  await assert.rejects(SecretBuffer.fromFile(join(cwd, 'pipe'), { what: 'private key' }), { code: 'FILE_NOT_REGULAR', message: /^private key .*pipe is a named pipe/ });
  await assert.rejects(SecretBuffer.fromFile('/dev/zero'), { code: 'FILE_NOT_REGULAR', message: /^secret file \/dev\/zero is a character device/ });
  const session = createSigningSession({ backend: { instance: 'key', key: ephemeralSigningKey() }, retry: DEFAULT_RETRY_POLICY });
  await assert.rejects(session.signFile(join(cwd, 'pipe')), { code: 'FILE_NOT_REGULAR', message: /^artifact .*pipe is a named pipe/ });
  // One gone since it was named (the CLI checks named paths first): SIGN_INPUT_UNREADABLE naming it, no bundle written.
  await assert.rejects(session.signFile(join(cwd, 'gone')), { code: 'SIGN_INPUT_UNREADABLE', message: `cannot read ${join(cwd, 'gone')}: ENOENT (it does not exist)`, hint: 'check the path of the file; it is relative to the working directory' });
});

test('sbom reads lockfiles and the manifests beside them as bounded regular files: a pipe or a huge file is no hang', PROMPT, async (t) => {
  const dir = join(await tempDir(t), 'acme');
  await cp(join(import.meta.dirname, '..', 'fixtures', 'sbom', 'js-workspace'), dir, { recursive: true });
  // The root manifest (read beside the npm lockfile and for the SBOM's root) becomes a pipe nobody writes to.
  await rm(join(dir, 'package.json'));
  execFileSync('mkfifo', [join(dir, 'package.json')]);
  // A lockfile of 1 GiB (sparse): over the cap, recorded as unreadable rather than read.
  await truncate(join(dir, 'tools', 'site', 'yarn.lock'), 1024 ** 3);
  const run = await cli(['sbom'], dir, { SOURCE_DATE_EPOCH: '1767225600' });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /package-lock\.json \[npm-package-lock\]: \d+ packages/);
  assert.match(run.stderr, /tools\/site\/yarn\.lock.*lockfile tools\/site\/yarn\.lock holds 1024 MiB, more than the 256 MiB/);
});

test('a bundle file that is JSON but no Sigstore bundle is refused naming the file, as one that is not JSON is', async (t) => {
  const cwd = await hostileDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), `${'0'.repeat(64)}  artifact\n`);
  const cases: [string, string, RegExp][] = [
    ['object.json', '{}', /^trust-kit: VERIFY_BUNDLE_INVALID: object\.json: not a Sigstore bundle: expected mediaType /],
    ['array.json', '[1]', /^trust-kit: VERIFY_BUNDLE_INVALID: array\.json: not a Sigstore bundle: /],
    ['empty-v3.json', '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}', /^trust-kit: VERIFY_BUNDLE_INVALID: empty-v3\.json: malformed application\/vnd\.dev\.sigstore\.bundle\.v0\.3\+json bundle: missing or empty: /],
  ];
  for (const [name, text, expected] of cases) {
    await writeFile(join(cwd, name), text);
    for (const command of [['verify-blob', 'artifact'], ['verify-checksums', 'SHA256SUMS']]) {
      const run = await cli([...command, '--bundle', name, '--key', 'key.pub'], cwd);
      assert.equal(run.code, 3, run.stderr);
      assert.match(run.stderr, expected, `${command[0]} ${name}`);
      assert.match(run.stderr, /\n {2}hint: give the Sigstore bundle \(\.sigstore\.json\) that was published with the artifact\n$/);
    }
  }
  // cosign 2's own format, as `cosign sign-blob --bundle` writes it without --new-bundle-format: said so, with how to make the shared one.
  await writeFile(join(cwd, 'cosign2.bundle'), JSON.stringify({ base64Signature: 'MEUCIQ==', cert: 'LS0t', rekorBundle: { SignedEntryTimestamp: 'MEUC', Payload: {} } }));
  const legacy = await cli(['verify-blob', 'artifact', '--bundle', 'cosign2.bundle', '--key', 'key.pub'], cwd);
  assert.equal(legacy.code, 3, legacy.stderr);
  assert.match(legacy.stderr, /^trust-kit: VERIFY_BUNDLE_INVALID: cosign2\.bundle: not a Sigstore bundle: it is cosign 2's own bundle format .*\n {2}hint: sign again with `cosign sign-blob --new-bundle-format --bundle FILE\.sigstore\.json`/);
});

test('names another party chose (terminal escapes, a line break) are quoted wherever sign-blob, attest and the verifiers print them; a name whose bundle verify-blob could not be given is refused before signing', async (t) => {
  const cwd = await tempDir(t);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'key.pem'), pair.privateKeyPem);
  await writeFile(join(cwd, 'key.pub'), pair.publicKeyPem);
  await writeFile(join(cwd, 'predicate.json'), '{"passed":true}');
  const escapes = '\u001b[2K\u001b[32mall 12 files verified OK\u001b[0m\u009b2J';
  const broken = 'app.tgz\nother.tgz';
  for (const name of [escapes, broken]) await writeFile(join(cwd, name), name);
  // eslint-disable-next-line no-control-regex -- what must not reach a terminal or a log raw
  const RAW = /[\r\u001b\u009b]/;
  // As JSON writes a string, with the C1 control escaped too.
  const shown = (name: string): string => JSON.stringify(name).replace('\u009b', '\\u009b');
  // --bundle takes one line (verify-blob's, cosign's): a bundle named after a name with a line break could not be given to them.
  const refused = await cli(['sign-blob', '--key', 'key.pem', escapes, broken], cwd);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /^trust-kit: CONFIG_INVALID: argument FILE: "app\.tgz\\nother\.tgz" holds a line break, and so would its bundle's name, which verify-blob --bundle does not take: rename the file, or name its bundle with --bundle\n/);
  assert.doesNotMatch(refused.stderr, RAW);
  const signed = await cli(['sign-blob', '--key', 'key.pem', escapes], cwd);
  assert.equal(signed.code, 0, signed.stderr);
  assert.equal(signed.stdout, `${shown(`${escapes}.sigstore.json`)}\n`);
  assert.doesNotMatch(signed.stderr, RAW);
  assert.equal((await cli(['sign-blob', '--key', 'key.pem', '--bundle', 'broken.sigstore.json', broken], cwd)).code, 0);
  const verified = await cli(['verify-blob', escapes, '--bundle', `${escapes}.sigstore.json`, '--key', 'key.pub', '--insecure-ignore-tlog'], cwd);
  assert.equal(verified.code, 0, verified.stderr);
  assert.ok(verified.stdout.startsWith(`Verified OK: ${shown(escapes)} (sha256:`), verified.stdout);
  const attested = await cli(['attest', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', 'https://example.com/p', '--key', 'key.pem', '--output-dir', 'att', escapes], cwd);
  assert.equal(attested.code, 0, attested.stderr);
  // Its files are named after the subject with what a file name should not hold made "_".
  const attestation = attested.stdout.split('\n')[0] as string;
  assert.equal(attestation, 'att/__2K__32mall_12_files_verified_OK__0m_2J.intoto.jsonl');
  const checked = await cli(['verify-attestation', escapes, '--bundle', attestation, '--predicate-type', 'https://example.com/p', '--key', 'key.pub', '--insecure-ignore-tlog'], cwd);
  assert.equal(checked.code, 0, checked.stderr);
  assert.ok(checked.stdout.startsWith(`Verified OK: ${shown(escapes)} (sha256:`), checked.stdout);
  assert.doesNotMatch(verified.stdout + checked.stdout + attested.stdout + attested.stderr + checked.stderr, RAW);
});
