// What verify-blob, verify-checksums, verify-attestation and verify-image print of a verified
// signature is the signer's to choose (a pattern policy leaves the identity open, and no policy
// names every extension): printed printable and bounded.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { describeAttestation } from '../../src/cli/commands/verify-attestation.js';
import { describeVerified } from '../../src/cli/commands/verify-blob.js';
import { describeRelease } from '../../src/cli/commands/verify-release.js';
import type { VerifiedSignature } from '../../src/sigstore/verify/index.js';
import { cli } from '../support/cli.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

test('the certificate\'s identity, issuer and repository, the log\'s URL and the predicate type are printed printable and bounded', () => {
  const hostile = `${HOSTILE}${HUGE}`;
  const signature: VerifiedSignature = {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    content: 'dsse',
    signer: { kind: 'certificate', subjectAlternativeName: hostile, issuer: hostile, extensions: { sourceRepositoryURI: hostile, sourceRepositoryRef: hostile, sourceRepositoryDigest: hostile }, notBefore: new Date(0), notAfter: new Date(0), trustRoot: 'public-good' },
    artifact: { algorithm: 'sha256', hex: sha256('a') },
    timestamps: [],
    tlogEntries: [{ baseUrl: hostile, logIndex: '1' } as VerifiedSignature['tlogEntries'][number]],
    uncheckedTlogEntries: 0,
    statement: { type: 'https://in-toto.io/Statement/v1', predicateType: hostile, subjects: [] },
  };
  const lines = [...describeAttestation({ signature, statement: { predicateType: hostile } as never, provenance: undefined, bundleIndex: 0, line: undefined }), ...describeVerified(signature)];
  for (const line of lines) assertShowable(line, /^ {2}(predicate|signer|issuer|repository|log entry|statement|trust): +(\]0;owned|public-good)/, 4000);
  assert.equal(lines.length, 7);
});

test('verify-release prints the signer, predicate types, GitHub\'s tag and the file names printable and bounded', () => {
  const hostile = `${HOSTILE}${HUGE}`;
  const lines = describeRelease({ checksums: { file: 'SHA256SUMS', signer: hostile, verifiedFiles: 1 }, attestations: [{ predicateType: hostile, files: [`app${HOSTILE}.tar.gz`] }], githubRelease: { predicateType: hostile, tag: hostile, assets: 1 }, unlisted: [`extra${HOSTILE}.sh`], unsigned: [], missing: [], secondDownloads: [{ file: `app${HOSTILE} (1).tar.gz`, listed: `app${HOSTILE}.tar.gz` }] }, 'dist');
  assert.equal(lines.length, 6);
  for (const line of lines) assertShowable(line, /^(Verified OK: dist| {2}(signed checksums: SHA256SUMS, 1 file\(s\) match, signed by|attestation: {6}|GitHub release attestation: tag) {1,2}\]0;owned)|^Verified|^ {2}not verified: {5}1 file\(s\) SHA256SUMS does not list: \\extra\\u001b\]0;owned|^ {2}second download: \\app\\u001b\]0;owned/, 3000);
  assert.match(lines[2] as string, / for \\app\\u001b\]0;owned\\u0007\\u009b2J\\u0085next\.tar\.gz$/);
});

test('verify-checksums prints the names of a signed but hostile checksums file printable, and names its failures bounded', async (t) => {
  const dir = await tempDir(t);
  const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  await writeFile(join(dir, 'release.pub'), keys.publicKey.export({ format: 'pem', type: 'spki' }));
  const names = Array.from({ length: 20 }, (_, index) => `${index}${HOSTILE}${'x'.repeat(8000)}`);
  const sums = Buffer.from(names.map((name) => `${sha256(name)}  ${name}\n`).join(''));
  await writeFile(join(dir, 'SHA256SUMS'), sums);
  await writeFile(join(dir, 'SHA256SUMS.sigstore.json'), JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: 'release' } },
    messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(sums).digest('base64') }, signature: sign('sha256', sums, keys.privateKey).toString('base64') },
  }));
  // None of them can be read (too long a name for the file system): each fails, and the error names the first 20.
  const run = await cli(['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(run.code, 3, run.stderr.slice(0, 300));
  const report = run.stdout.split('\n').filter((line) => line.startsWith('\\'));
  assert.equal(report.length, 20);
  for (const line of report) assertShowable(line, /^\\\d+\\u001b\]0;owned\\u0007\\u009b2J\\u0085nextx+: FAILED open or read/, 9000);
  assertShowable(run.stderr.split('\n')[0] as string, /VERIFY_ARTIFACT_MISMATCH: 20 artifacts do not match the signed SHA256SUMS: \\0\\u001b\]0;owned.*\(cut: \d+ characters\) \((missing|unreadable: ENAMETOOLONG)\)/, 8000);
});

test('--json writes what the statement says escaped: the same JSON, and no control character on the terminal', async (t) => {
  const dir = await tempDir(t);
  const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  await writeFile(join(dir, 'release.pub'), keys.publicKey.export({ format: 'pem', type: 'spki' }));
  await writeFile(join(dir, 'widget.tar.gz'), 'widget\n');
  const name = `widget${HOSTILE}.tar.gz`;
  const payload = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name, digest: { sha256: sha256('widget\n') } }], predicateType: `https://example.com/${HOSTILE}`, predicate: {} }));
  const type = 'application/vnd.in-toto+json';
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `), payload]);
  await writeFile(join(dir, 'widget.sigstore.json'), JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: 'release' } },
    dsseEnvelope: { payloadType: type, payload: payload.toString('base64'), signatures: [{ sig: sign('sha256', pae, keys.privateKey).toString('base64'), keyid: '' }] },
  }));
  const run = await cli(['verify-blob', 'widget.tar.gz', '--bundle', 'widget.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog', '--json'], dir);
  assert.equal(run.code, 0, run.stderr);
  assertShowable(run.stdout.replaceAll('\n', ' '), '"name": "widget\\u001b]0;owned\\u0007\\u009b2J\\u0085next.tar.gz"', 100_000);
  assert.equal((JSON.parse(run.stdout) as { verified: { statement: { subjects: { name: string }[] } } }).verified.statement.subjects[0]?.name, name);
  const text = await cli(['verify-blob', 'widget.tar.gz', '--bundle', 'widget.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(text.code, 0, text.stderr);
  assertShowable(text.stdout.replaceAll('\n', ' '), 'statement:  https://example.com/ ]0;owned 2J next about 1 subject');
});

test('verify-checksums with a --base that does not exist or is a file is a usage error naming it, not a verification failure telling to distrust the files', async (t) => {
  const dir = await tempDir(t);
  const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  await writeFile(join(dir, 'release.pub'), keys.publicKey.export({ format: 'pem', type: 'spki' }));
  await writeFile(join(dir, 'app.tgz'), 'app\n');
  const sums = Buffer.from(`${sha256('app\n')}  app.tgz\n`);
  await writeFile(join(dir, 'SHA256SUMS'), sums);
  await writeFile(join(dir, 'SHA256SUMS.sigstore.json'), JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: 'release' } },
    messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(sums).digest('base64') }, signature: sign('sha256', sums, keys.privateKey).toString('base64') },
  }));
  const verify = (base: string) => cli(['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog', '--base', base], dir);
  assert.equal((await verify('.')).code, 0);
  for (const [base, problem] of [['downloads', 'downloads does not exist'], ['app.tgz', 'app.tgz is not a directory']]) {
    const run = await verify(base ?? '');
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, new RegExp(`^trust-kit: CONFIG_INVALID: --base: ${problem}\\n`));
    assert.doesNotMatch(run.stderr, /VERIFY_|do not use these files/);
  }
});

test('verify-blob given a malformed digest (sha256:abcd) as FILE is a usage error naming the argument, reported with the other bad flags', async (t) => {
  const dir = await tempDir(t);
  const run = await cli(['verify-blob', 'sha256:abcd', '--bundle', 'b.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog', '--repo', 'octo-org/widget'], dir);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: 2 invalid inputs:\n {2}argument FILE: "sha256:abcd" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>\n {2}--repo: /);
});

test('every verify command takes --format text|json and --json alike, and refuses --format text with --json', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.txt'), 'a\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], dir)).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'k.key', 'a.txt'], dir)).code, 0);
  for (const flags of [['--format', 'json'], ['--json'], ['--format', 'json', '--json'], ['--format', 'JSON']]) {
    const run = await cli(['verify-blob', 'a.txt', '--bundle', 'a.txt.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog', ...flags], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { artifact: string }).artifact, 'a.txt', flags.join(' '));
  }
  const text = await cli(['verify-blob', 'a.txt', '--bundle', 'a.txt.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog', '--format', 'text'], dir);
  assert.match(text.stdout, /^Verified OK: a\.txt/);
  for (const args of [
    ['verify-blob', 'a.txt', '--bundle', 'a.txt.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog'],
    ['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog'],
    ['verify-attestation', 'a.txt', '--bundle', 'a.intoto.jsonl', '--key', 'k.pub', '--insecure-ignore-tlog'],
    ['verify-image', 'registry.example/app:v1', '--key', 'k.pub', '--insecure-ignore-tlog'],
    ['verify-release', 'dist', '--policy', 'policy.json'],
  ]) {
    const run = await cli([...args, '--format', 'text', '--json'], dir);
    assert.equal(run.code, 2, `${args[0] ?? ''}: ${run.stderr}`);
    assert.match(run.stderr, /--json: contradicts --format text; give one of them/, args[0]);
  }
});

test('verify-attestation and verify-image --predicate-type given as attest\'s --type name says the URI it stands for', async (t) => {
  const dir = await tempDir(t);
  for (const args of [['verify-attestation', 'a.txt', '--bundle', 'a.intoto.jsonl', '--key', 'k.pub', '--insecure-ignore-tlog'], ['verify-image', 'registry.example/app:v1', '--key', 'k.pub', '--insecure-ignore-tlog']]) {
    const spdx = await cli([...args, '--predicate-type', 'spdx'], dir);
    assert.equal(spdx.code, 2, spdx.stderr);
    assert.match(spdx.stderr, /--predicate-type: is "spdx", attest's --type; the predicate type it attests is https:\/\/spdx\.dev\/Document\/v2\.3 /, args[0]);
    const provenance = await cli([...args, '--predicate-type', 'SLSAProvenance'], dir);
    assert.match(provenance.stderr, /the predicate type it attests is https:\/\/slsa\.dev\/provenance\/v1\n/, args[0]);
    assert.match((await cli([...args, '--predicate-type', 'nope'], dir)).stderr, /--predicate-type: is "nope"; expected a URI, e.g. https:\/\/slsa\.dev\/provenance\/v1\n/, args[0]);
  }
});

test('verify-blob given an .intoto.jsonl of several bundles says that verify-attestation reads such a file', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.txt'), 'a\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], dir)).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'k.key', 'a.txt'], dir)).code, 0);
  const bundle = (await readFile(join(dir, 'a.txt.sigstore.json'), 'utf8')).trim();
  await writeFile(join(dir, 'a.intoto.jsonl'), `${bundle}\n${bundle}\n`);
  const run = await cli(['verify-blob', 'a.txt', '--bundle', 'a.intoto.jsonl', '--key', 'k.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(run.code, 3, run.stderr);
  assert.match(run.stderr, /^trust-kit: VERIFY_BUNDLE_INVALID: a\.intoto\.jsonl is not JSON: .*\n {2}hint: it holds one bundle per line \(an \.intoto\.jsonl\): verify-attestation reads such a file; here, give the one bundle \(\.sigstore\.json\)\n$/);
});

test('verify-blob --key given the private key says to verify with the public half', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.txt'), 'a\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], dir)).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'k.key', 'a.txt'], dir)).code, 0);
  const run = await cli(['verify-blob', 'a.txt', '--bundle', 'a.txt.sigstore.json', '--key', 'k.key', '--insecure-ignore-tlog'], dir);
  assert.equal(run.code, 1, run.stderr);
  assert.equal(run.stderr, 'trust-kit: SIGSTORE_KEY_INVALID: k.key is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)\n  hint: verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer\n');
});

test('verify-blob given the digest itself says it once: not "sha256:X (sha256:X)"', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.txt'), 'a\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], dir)).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'k.key', 'a.txt'], dir)).code, 0);
  const digest = `sha256:${createHash('sha256').update('a\n').digest('hex')}`;
  const byDigest = await cli(['verify-blob', digest, '--bundle', 'a.txt.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(byDigest.code, 0, byDigest.stderr);
  assert.equal(byDigest.stdout.split('\n')[0], `Verified OK: ${digest}`);
  const byFile = await cli(['verify-blob', 'a.txt', '--bundle', 'a.txt.sigstore.json', '--key', 'k.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(byFile.stdout.split('\n')[0], `Verified OK: a.txt (${digest})`);
});
