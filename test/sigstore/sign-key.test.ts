import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmod, copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { DEFAULT_RETRY_POLICY } from '../../src/core/retry.js';
import { createSigningSession, generateSigningKeyPair, loadSigningKey, openSigningSession, takePassphrase } from '../../src/sigstore/sign/index.js';
import { loadPublicKey, verifyBundle } from '../../src/sigstore/verify/index.js';
import { cli } from '../support/cli.js';
import { CLI_ENTRY, TSX, runAndScan } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';
import { peerEnv, requirePeer, runPeer } from '../interop/tools.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cosign');
const PASSPHRASE = 'correct horse battery staple 7f3a';

interface KeyBundle {
  mediaType: string;
  verificationMaterial: { publicKey: { hint: string }; tlogEntries?: unknown[] };
  messageSignature: { messageDigest: { digest: string }; signature: string };
}

function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

interface CosignEnvelope {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

/** The JSON inside a cosign key file's PEM body. */
function cosignEnvelope(pem: string): CosignEnvelope {
  const [begin, ...rest] = pem.trim().split('\n');
  assert.equal(begin, '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----');
  assert.equal(rest.at(-1), '-----END ENCRYPTED SIGSTORE PRIVATE KEY-----');
  const lines = rest.slice(0, -1);
  assert.ok(lines.slice(0, -1).every((line) => line.length === 64), 'base64 in 64-character lines, as Go writes PEM');
  return JSON.parse(Buffer.from(lines.join(''), 'base64').toString('utf8')) as CosignEnvelope;
}

/** A JSON value's field names in order, and its scalars' types: what two files must share to be the same format. */
function shapeOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.entries(value).map(([name, inner]) => [name, shapeOf(inner)]);
}

function hintOf(publicKeyPem: string): string {
  return createHash('sha256').update(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' })).digest('base64');
}

/** Verifies with sigstore-js, given only the public key (found by the bundle's hint). */
function sigstoreJsVerify(bundle: unknown, artifact: Buffer, publicKeyPem: string): void {
  const root = TrustedRoot.fromJSON({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] });
  const keys = (hint: string) => {
    assert.equal(hint, hintOf(publicKeyPem));
    return { publicKey: createPublicKey(publicKeyPem), validFor: () => true };
  };
  new Verifier(toTrustMaterial(root, keys), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(toSignedEntity(bundleFromJSON(bundle), artifact));
}

async function checkSigned(cwd: string, file: string, publicKeyPath: string): Promise<KeyBundle> {
  const bundle = JSON.parse(await readFile(join(cwd, `${file}.sigstore.json`), 'utf8')) as KeyBundle;
  const publicKeyPem = await readFile(publicKeyPath, 'utf8');
  const artifact = await readFile(join(cwd, file));
  assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
  assert.equal(bundle.verificationMaterial.publicKey.hint, hintOf(publicKeyPem));
  assert.equal(bundle.verificationMaterial.tlogEntries, undefined, 'local signing is offline: no log entry');
  verifyBundle(bundle, { bytes: artifact }, loadPublicKey(publicKeyPem, publicKeyPath, 'ignored'), undefined);
  sigstoreJsVerify(bundle, artifact, publicKeyPem);
  await writeFile(join(cwd, 'signature.der'), Buffer.from(bundle.messageSignature.signature, 'base64'));
  assert.match(openssl(['dgst', '-sha256', '-verify', publicKeyPath, '-signature', 'signature.der', file], cwd), /Verified OK/);
  return bundle;
}

test('the passphrase is taken from the first variable set, and the other is taken out of the environment too, so child processes do not inherit it', () => {
  for (const [given, expected, variable, unused] of [
    [{ TRUST_KIT_KEY_PASSPHRASE: 'first', COSIGN_PASSWORD: 'second' }, 'first', 'TRUST_KIT_KEY_PASSPHRASE', ['COSIGN_PASSWORD']],
    [{ TRUST_KIT_KEY_PASSPHRASE: '', COSIGN_PASSWORD: 'second' }, 'second', 'COSIGN_PASSWORD', []],
    [{ COSIGN_PASSWORD: 'second' }, 'second', 'COSIGN_PASSWORD', []],
  ] as const) {
    const env: Record<string, string | undefined> = { PATH: '/usr/bin', ...given };
    const passphrase = takePassphrase(env);
    try {
      assert.equal(passphrase?.secret.use((bytes) => bytes.toString('utf8')), expected);
      assert.equal(passphrase?.variable, variable);
      assert.deepEqual(passphrase?.unused, unused);
    } finally {
      passphrase?.secret.destroy();
    }
    assert.deepEqual(env, { PATH: '/usr/bin' }, JSON.stringify(given));
  }
  assert.equal(takePassphrase({ PATH: '/usr/bin' }), undefined);
});

describe('local-key signing', () => {
  test('generate-key-pair writes a cosign-format key (0600, empty passphrase, cosign\'s scrypt and secretbox) and its public key; sign-blob signs offline with it', async (t) => {
    const cwd = await tempDir(t);
    const generated = await cli(['generate-key-pair'], cwd);
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(generated.stderr, /UNPROTECTED \(encrypted with an empty passphrase\) private key \(cosign's format\)/);
    const key = await readFile(join(cwd, 'trust-kit.key'));
    const envelope = cosignEnvelope(key.toString('utf8'));
    const cosigns = cosignEnvelope(await readFile(join(FIXTURES, 'empty-password.key'), 'utf8'));
    assert.deepEqual(shapeOf(envelope), shapeOf(cosigns), 'the same JSON, field for field and in order, as cosign writes');
    assert.deepEqual(envelope.kdf.params, { N: 65536, r: 8, p: 1 });
    assert.equal(Buffer.from(envelope.kdf.salt, 'base64').length, 32);
    assert.equal(Buffer.from(envelope.cipher.nonce, 'base64').length, 24);
    assert.equal(Buffer.from(envelope.ciphertext, 'base64').length, 138 + 16, 'a P-256 PKCS#8 key and the Poly1305 tag');
    assert.equal((await stat(join(cwd, 'trust-kit.key'))).mode & 0o777, 0o600);
    const loaded = loadSigningKey(key, undefined, 'trust-kit.key');
    assert.equal(loaded.publicKeyPem, await readFile(join(cwd, 'trust-kit.pub'), 'utf8'));
    assert.match(loaded.publicKeyPem, /^-----BEGIN PUBLIC KEY-----\n/);
    assert.throws(() => loadSigningKey(key, Buffer.from('not empty'), 'trust-kit.key'), { code: 'SIGN_KEY_PASSPHRASE_WRONG' });

    await writeFile(join(cwd, 'SHA256SUMS'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty\n');
    const signed = await cli(['sign-blob', '--key', 'trust-kit.key', 'SHA256SUMS'], cwd);
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal(signed.stdout, 'SHA256SUMS.sigstore.json\n');
    await checkSigned(cwd, 'SHA256SUMS', join(cwd, 'trust-kit.pub'));
  });

  test('generate-key-pair --format pkcs8 writes an unencrypted PKCS#8 key openssl reads; an unknown format is a usage error', async (t) => {
    const cwd = await tempDir(t);
    const generated = await cli(['generate-key-pair', '--format', 'pkcs8'], cwd);
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(generated.stderr, /UNENCRYPTED private key \(PKCS#8\)/);
    const key = await readFile(join(cwd, 'trust-kit.key'), 'utf8');
    assert.match(key, /^-----BEGIN PRIVATE KEY-----\n/);
    assert.equal((await stat(join(cwd, 'trust-kit.key'))).mode & 0o777, 0o600);
    assert.match(openssl(['pkey', '-in', 'trust-kit.key', '-noout', '-text'], cwd), /ASN1 OID: prime256v1/);
    assert.equal(openssl(['pkey', '-in', 'trust-kit.key', '-pubout'], cwd), await readFile(join(cwd, 'trust-kit.pub'), 'utf8'));
    await writeFile(join(cwd, 'artifact'), 'bytes\n');
    assert.equal((await cli(['sign-blob', '--key', 'trust-kit.key', 'artifact'], cwd)).code, 0);
    await checkSigned(cwd, 'artifact', join(cwd, 'trust-kit.pub'));

    const unknown = await cli(['generate-key-pair', '--format', 'pem', '--output-key-prefix', 'other'], cwd);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /CONFIG_INVALID: --format: is "pem"; expected one of cosign, pkcs8/);
    await assert.rejects(stat(join(cwd, 'other.key')), { code: 'ENOENT' });
  });

  test('sign-blob takes each argument as one file name, commas and outer spaces included', async (t) => {
    const cwd = await tempDir(t);
    assert.equal((await cli(['generate-key-pair'], cwd)).code, 0);
    await writeFile(join(cwd, 'notes, v1.txt'), 'notes\n');
    await writeFile(join(cwd, ' lead.txt'), 'lead\n');
    const signed = await cli(['sign-blob', '--key', 'trust-kit.key', 'notes, v1.txt', ' lead.txt'], cwd);
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal(signed.stdout, 'notes, v1.txt.sigstore.json\n lead.txt.sigstore.json\n');
    await checkSigned(cwd, 'notes, v1.txt', join(cwd, 'trust-kit.pub'));
    await checkSigned(cwd, ' lead.txt', join(cwd, 'trust-kit.pub'));
  });

  test('a passphrase encrypts the cosign-format key; signing needs it (none given: required, the empty one does not open it) and never prints it', async (t) => {
    const cwd = await tempDir(t);
    const generated = await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd, { TRUST_KIT_KEY_PASSPHRASE: PASSPHRASE });
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(generated.stderr, /wrote an encrypted \(with TRUST_KIT_KEY_PASSPHRASE\) private key \(cosign's format\)/);
    const key = await readFile(join(cwd, 'release.key'));
    assert.match(key.toString('utf8'), /^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/);
    assert.equal(loadSigningKey(key, Buffer.from(PASSPHRASE), 'release.key').publicKeyPem, await readFile(join(cwd, 'release.pub'), 'utf8'));
    await writeFile(join(cwd, 'artifact'), 'bytes\n');

    const missing = await cli(['sign-blob', '--key', 'release.key', 'artifact'], cwd);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /SIGN_KEY_PASSPHRASE_REQUIRED: .*release\.key" is encrypted/);
    const wrong = await cli(['sign-blob', '--key', 'release.key', 'artifact'], cwd, { COSIGN_PASSWORD: 'not it' });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /SIGN_KEY_PASSPHRASE_WRONG/);

    const scan = await runAndScan({
      args: [...TSX, CLI_ENTRY, 'sign-blob', '--key', 'release.key', '--verbose', 'artifact'],
      cwd,
      env: { PATH: process.env.PATH ?? '', COSIGN_PASSWORD: PASSPHRASE },
      secret: PASSPHRASE,
    });
    assert.equal(scan.code, 0, scan.stderr);
    assert.deepEqual(scan.leaks, []);
    await checkSigned(cwd, 'artifact', join(cwd, 'release.pub'));
  });

  test('with --format pkcs8 a passphrase encrypts the key (openssl opens it with the passphrase); signing needs it and never prints it', async (t) => {
    const cwd = await tempDir(t);
    const generated = await cli(['generate-key-pair', '--output-key-prefix', 'release', '--format', 'pkcs8'], cwd, { TRUST_KIT_KEY_PASSPHRASE: PASSPHRASE });
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(await readFile(join(cwd, 'release.key'), 'utf8'), /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    assert.match(openssl(['pkey', '-in', 'release.key', '-passin', `pass:${PASSPHRASE}`, '-noout', '-text'], cwd), /prime256v1/);
    // PBKDF2-HMAC-SHA256 at 600,000 iterations (0x0927C0), not OpenSSL's default 2,048, and AES-256-CBC.
    const structure = openssl(['asn1parse', '-in', 'release.key'], cwd);
    for (const part of [/:PBES2/, /:PBKDF2/, /INTEGER\s+:0927C0/, /:hmacWithSHA256/, /:aes-256-cbc/]) assert.match(structure, part);
    await writeFile(join(cwd, 'artifact'), 'bytes\n');

    const missing = await cli(['sign-blob', '--key', 'release.key', 'artifact'], cwd);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /SIGN_KEY_PASSPHRASE_REQUIRED: .*release\.key" is encrypted and no passphrase was given/);
    // Set from a secret the run does not get (a misspelt name, a fork's pull request): said as such, not as no passphrase given.
    const empty = await cli(['sign-blob', '--key', 'release.key', 'artifact'], cwd, { TRUST_KIT_KEY_PASSPHRASE: '' });
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /SIGN_KEY_PASSPHRASE_REQUIRED: .*release\.key" is encrypted, and TRUST_KIT_KEY_PASSPHRASE is set but empty\n {2}hint: an empty value is most often a secret whose name is misspelt/);
    const wrong = await cli(['sign-blob', '--key', 'release.key', 'artifact'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'not it' });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /SIGN_KEY_PASSPHRASE_WRONG/);

    const scan = await runAndScan({
      args: [...TSX, CLI_ENTRY, 'sign-blob', '--key', 'release.key', '--verbose', 'artifact'],
      cwd,
      env: { PATH: process.env.PATH ?? '', TRUST_KIT_KEY_PASSPHRASE: PASSPHRASE },
      secret: PASSPHRASE,
    });
    assert.equal(scan.code, 0, scan.stderr);
    assert.deepEqual(scan.leaks, []);
    assert.ok(scan.scanned.includes('artifact.sigstore.json'));
    await checkSigned(cwd, 'artifact', join(cwd, 'release.pub'));
  });

  test('the private key bytes appear in no output of a signing run', async (t) => {
    const cwd = await tempDir(t);
    assert.equal((await cli(['generate-key-pair'], cwd)).code, 0);
    await writeFile(join(cwd, 'artifact'), 'bytes\n');
    const privateDer = loadSigningKey(await readFile(join(cwd, 'trust-kit.key')), undefined, 'trust-kit.key').privateKey.export({ type: 'pkcs8', format: 'der' });
    const scan = await runAndScan({ args: [...TSX, CLI_ENTRY, 'sign-blob', '--key', 'trust-kit.key', 'artifact'], cwd, env: { PATH: process.env.PATH ?? '' }, secret: privateDer });
    assert.equal(scan.code, 0, scan.stderr);
    assert.deepEqual(
      scan.leaks.filter((leak) => leak.where !== 'trust-kit.key'),
      [],
    );
  });

  test('a local key signs in-toto statements as DSSE bundles too', async () => {
    const pair = generateSigningKeyPair(undefined);
    const key = loadSigningKey(pair.privateKeyPem, undefined, 'generated');
    const session = createSigningSession({ backend: { instance: 'key', key }, retry: DEFAULT_RETRY_POLICY });
    const digest = 'b'.repeat(64);
    const signed = await session.signStatement({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'app.tgz', digest: { sha256: digest } }], predicateType: 'https://example.com/test/v1', predicate: {} }, 'statement');
    const bundle = signed.bundle as unknown as { dsseEnvelope: { signatures: { keyid: string }[] } };
    assert.equal(bundle.dsseEnvelope.signatures[0]?.keyid ?? '', '', 'no keyid: cosign skips a signature whose keyid is not its own id of the key');
    const verified = verifyBundle(signed.bundle, { digest: { algorithm: 'sha256', hex: digest } }, loadPublicKey(pair.publicKeyPem, 'generated.pub', 'ignored'), undefined);
    assert.equal(verified.content, 'dsse');
    assert.throws(() => verifyBundle(signed.bundle, { digest: { algorithm: 'sha256', hex: 'c'.repeat(64) } }, loadPublicKey(pair.publicKeyPem, 'generated.pub', 'ignored'), undefined), { code: 'VERIFY_SUBJECT_MISMATCH' });
  });

  test('an attestation signed with a key verifies with cosign verify-blob-attestation --key, as the docs say', async (t) => {
    const cosign = requirePeer(t, 'cosign3');
    if (cosign === undefined) return;
    const cwd = await tempDir(t);
    assert.equal((await cli(['generate-key-pair'], cwd, { TRUST_KIT_KEY_PASSPHRASE: '' })).code, 0);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    await writeFile(join(cwd, 'results.json'), JSON.stringify({ passed: 1 }));
    const attested = await cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', 'https://example.com/test/v1', '--key', 'trust-kit.key', 'app.tgz'], cwd, { TRUST_KIT_KEY_PASSPHRASE: '' });
    assert.equal(attested.code, 0, attested.stderr);
    // A DSSE keyid is an unauthenticated hint; cosign (go-securesystemslib) skips a signature whose keyid is not its own form of the key's id.
    const bundle = JSON.parse(await readFile(join(cwd, 'app.tgz.sigstore.json'), 'utf8')) as { dsseEnvelope: { signatures: { keyid?: string }[] } };
    assert.equal(bundle.dsseEnvelope.signatures[0]?.keyid ?? '', '');
    const verified = await runPeer(cosign, ['verify-blob-attestation', '--bundle', 'app.tgz.sigstore.json', '--key', 'trust-kit.pub', '--insecure-ignore-tlog', '--type', 'https://example.com/test/v1', 'app.tgz'], cwd, peerEnv(cwd));
    assert.equal(verified.code, 0, `${verified.stdout}\n${verified.stderr}`);
  });

  test('generate-key-pair takes no argument: "generate-key-pair mykey" is a usage error pointing at --output-key-prefix, and writes nothing', async (t) => {
    const cwd = await tempDir(t);
    const run = await cli(['generate-key-pair', 'mykey'], cwd);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: argument: is "mykey", but generate-key-pair takes none: name the key files with --output-key-prefix PREFIX \(it writes PREFIX\.key and PREFIX\.pub\)\n/);
    assert.deepEqual(await readdir(cwd), []);
  });

  test('generate-key-pair never overwrites a key unless told to', async (t) => {
    const cwd = await tempDir(t);
    assert.equal((await cli(['generate-key-pair'], cwd)).code, 0);
    const before = await readFile(join(cwd, 'trust-kit.key'), 'utf8');
    const again = await cli(['generate-key-pair'], cwd);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /SIGN_KEY_EXISTS: .*trust-kit\.key" already exists/);
    assert.equal(await readFile(join(cwd, 'trust-kit.key'), 'utf8'), before);
    assert.equal((await cli(['generate-key-pair', '--force'], cwd)).code, 0);
    assert.notEqual(await readFile(join(cwd, 'trust-kit.key'), 'utf8'), before);
  });

  test('generate-key-pair --force replaces neither half of a pair when the other cannot be put in place', async (t) => {
    const cwd = await tempDir(t);
    assert.equal((await cli(['generate-key-pair'], cwd)).code, 0);
    const before = await readFile(join(cwd, 'trust-kit.key'), 'utf8');
    await rm(join(cwd, 'trust-kit.pub'));
    await mkdir(join(cwd, 'trust-kit.pub'));
    const failed = await cli(['generate-key-pair', '--force'], cwd);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /SIGN_KEY_EXISTS: .*trust-kit\.pub" exists and is not a regular file \(a directory\)/);
    assert.equal(await readFile(join(cwd, 'trust-kit.key'), 'utf8'), before);
    assert.deepEqual((await readdir(cwd)).sort(), ['trust-kit.key', 'trust-kit.pub']);
  });

  test('cosign\'s own encrypted key files sign (COSIGN_PASSWORD, empty here)', async (t) => {
    const cwd = await tempDir(t);
    await copyFile(join(FIXTURES, 'empty-password.key'), join(cwd, 'cosign.key'));
    const key = loadSigningKey(await readFile(join(cwd, 'cosign.key')), undefined, 'cosign.key');
    await writeFile(join(cwd, 'cosign.pub'), key.publicKeyPem);
    await writeFile(join(cwd, 'artifact'), 'signed with a cosign key\n');
    const signed = await cli(['sign-blob', '--key', 'cosign.key', 'artifact'], cwd, { COSIGN_PASSWORD: '' });
    assert.equal(signed.code, 0, signed.stderr);
    await checkSigned(cwd, 'artifact', join(cwd, 'cosign.pub'));
    assert.throws(() => loadSigningKey(Buffer.from(key.publicKeyPem), undefined, 'x'), { code: 'SIGN_KEY_INVALID' });
    const wrong = await cli(['sign-blob', '--key', 'cosign.key', 'artifact'], cwd, { COSIGN_PASSWORD: 'wrong' });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /SIGN_KEY_PASSPHRASE_WRONG: the passphrase in COSIGN_PASSWORD does not decrypt "[^"]*cosign\.key"\n {2}hint: check that the secret in COSIGN_PASSWORD belongs to this key file/);
    // Both set: the error names the one used, and says the other was not.
    const both = await cli(['sign-blob', '--key', 'cosign.key', 'artifact'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'stale', COSIGN_PASSWORD: 'other' });
    assert.equal(both.code, 1);
    assert.match(both.stderr, /the passphrase in TRUST_KIT_KEY_PASSPHRASE does not decrypt/);
    assert.match(both.stderr, /COSIGN_PASSWORD is set too, but TRUST_KIT_KEY_PASSPHRASE comes first and is the one used/);
    assert.doesNotMatch(both.stderr + both.stdout, /stale|other/);
  });

  test('a cosign key file with impossible scrypt parameters is SIGN_KEY_INVALID, not a crash', () => {
    for (const params of [{ N: 3, r: 8, p: 1 }, { N: 0, r: 8, p: 1 }, { N: 32768, r: 0, p: 1 }]) {
      const envelope = {
        kdf: { name: 'scrypt', params, salt: Buffer.alloc(32).toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: Buffer.alloc(24).toString('base64') },
        ciphertext: Buffer.alloc(64).toString('base64'),
      };
      const pem = `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(envelope)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`;
      assert.throws(() => loadSigningKey(Buffer.from(pem), Buffer.from('passphrase'), 'cosign.key'), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'SIGN_KEY_INVALID', `${JSON.stringify(params)}: ${error.message}`);
        assert.match(error.message, /^cosign\.key is not a usable private key: /);
        return true;
      });
    }
    // OpenSSL was never asked: a refused scrypt call would fail the next key parse of the process.
    const sec1 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' });
    assert.equal(loadSigningKey(Buffer.from(sec1), undefined, 'ec.pem').publicKey.asymmetricKeyType, 'ec');
  });

  test('a cosign key file whose nonce, salt or ciphertext is damaged is SIGN_KEY_INVALID naming the field, not the wrong or a missing passphrase', () => {
    const good = generateSigningKeyPair(undefined);
    const body = /-----\n([\s\S]+?)\n-----END/.exec(good.privateKeyPem.toString())?.[1] ?? '';
    const envelope = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString()) as { kdf: { salt: string }; cipher: { nonce: string }; ciphertext: string };
    const damaged: [string, (copy: typeof envelope) => void][] = [
      ['cipher.nonce', (copy) => (copy.cipher.nonce = 'AAAA')],
      ['kdf.salt', (copy) => (copy.kdf.salt = '')],
      ['ciphertext', (copy) => (copy.ciphertext = 'AAAAAAAA')],
      ['ciphertext', (copy) => (copy.ciphertext = `${copy.ciphertext.slice(0, -4)}!!!!`)],
    ];
    for (const [field, damage] of damaged) {
      const copy = structuredClone(envelope);
      damage(copy);
      const pem = `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(copy)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`;
      for (const passphrase of [undefined, Buffer.from('given')]) {
        assert.throws(() => loadSigningKey(Buffer.from(pem), passphrase, 'cosign.key'), (error: Error & { code?: string }) => {
          assert.equal(error.code, 'SIGN_KEY_INVALID', `${field}: ${error.message}`);
          assert.match(error.message, new RegExp(`^cosign\\.key is not a usable private key: its ${field.replace('.', '\\.')} is not`));
          return true;
        });
      }
    }
  });

  test('keys openssl makes load: SEC1 EC keys sign; RSA, P-384 and non-keys are refused with their own codes', async (t) => {
    const cwd = await tempDir(t);
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ec.pem'], cwd);
    openssl(['pkey', '-in', 'ec.pem', '-pubout', '-out', 'ec.pub'], cwd);
    await writeFile(join(cwd, 'artifact'), 'x\n');
    const signed = await cli(['sign-blob', '--key', 'ec.pem', 'artifact'], cwd);
    assert.equal(signed.code, 0, signed.stderr);
    await checkSigned(cwd, 'artifact', join(cwd, 'ec.pub'));

    openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'rsa.pem'], cwd);
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp384r1', '-out', 'p384.pem'], cwd);
    await writeFile(join(cwd, 'garbage.pem'), '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n');
    const cases: [string, RegExp][] = [
      ['rsa.pem', /SIGN_KEY_UNSUPPORTED: .*rsa\.pem" holds an RSA key/],
      ['p384.pem', /SIGN_KEY_UNSUPPORTED: .*p384\.pem" holds an EC secp384r1 key/],
      ['garbage.pem', /SIGN_KEY_INVALID: .*garbage\.pem" is not a usable private key/],
      ['artifact', /SIGN_KEY_INVALID: .*no PEM block/],
    ];
    for (const [file, expected] of cases) {
      const run = await cli(['sign-blob', '--key', file, '--bundle', 'out.json', 'artifact'], cwd);
      assert.equal(run.code, 1, file);
      assert.match(run.stderr, expected);
    }
    const missing = await cli(['sign-blob', '--key', 'missing.pem', '--bundle', 'out.json', 'artifact'], cwd);
    assert.equal(missing.code, 2, 'a missing key is reported before any work, as a usage error');
    assert.match(missing.stderr, /CONFIG_INVALID: --key: missing\.pem does not exist/);
    await assert.rejects(stat(join(cwd, 'out.json')), { code: 'ENOENT' });
  });

  test('a SEC1 key encrypted the old OpenSSL way signs with its passphrase, and asks for one without; a key under a cipher OpenSSL 3 no longer reads is SIGN_KEY_UNSUPPORTED, not a wrong passphrase', async (t) => {
    const cwd = await tempDir(t);
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ec.pem'], cwd);
    openssl(['pkey', '-in', 'ec.pem', '-pubout', '-out', 'ec.pub'], cwd);
    openssl(['ec', '-in', 'ec.pem', '-aes256', '-passout', 'pass:pw123', '-out', 'sec1-encrypted.pem'], cwd);
    await writeFile(join(cwd, 'artifact'), 'x\n');
    const signed = await cli(['sign-blob', '--key', 'sec1-encrypted.pem', 'artifact'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'pw123' });
    assert.equal(signed.code, 0, signed.stderr);
    await checkSigned(cwd, 'artifact', join(cwd, 'ec.pub'));
    const none = await cli(['sign-blob', '--key', 'sec1-encrypted.pem', '--bundle', 'none.json', 'artifact'], cwd);
    assert.match(none.stderr, /SIGN_KEY_PASSPHRASE_REQUIRED: .*sec1-encrypted\.pem" is encrypted and no passphrase was given/);
    const wrong = await cli(['sign-blob', '--key', 'sec1-encrypted.pem', '--bundle', 'wrong.json', 'artifact'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'nope' });
    assert.match(wrong.stderr, /SIGN_KEY_PASSPHRASE_WRONG/);
    openssl(['pkcs8', '-topk8', '-in', 'ec.pem', '-v2', 'des-cbc', '-passout', 'pass:pw123', '-provider', 'legacy', '-provider', 'default', '-out', 'des.pem'], cwd);
    const legacy = await cli(['sign-blob', '--key', 'des.pem', '--bundle', 'des.json', 'artifact'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'pw123' });
    assert.equal(legacy.code, 1, legacy.stderr);
    assert.match(legacy.stderr, /SIGN_KEY_UNSUPPORTED: .*des\.pem" is encrypted with a cipher or key derivation OpenSSL 3 no longer reads by default .*\n {2}hint: encrypt it again with AES: `openssl pkcs8 -topk8 -v2 aes-256-cbc/);
    assert.doesNotMatch(legacy.stderr, /pw123/);
  });

  test('inputs that contradict each other are usage errors, all reported at once', async (t) => {
    const cwd = await tempDir(t);
    const run = await cli(['sign-blob', '--key', 'k.pem', '--instance', 'github', '--rekor-url', 'ftp://x', '--bundle', 'b.json', 'one', 'two'], cwd);
    assert.equal(run.code, 2);
    // The files named are missing too: said in the same run.
    assert.match(run.stderr, /CONFIG_INVALID: 7 invalid inputs/);
    assert.match(run.stderr, /argument FILE: one does not exist\n {2}argument FILE: two does not exist\n {2}--key: k\.pem does not exist/);
    assert.match(run.stderr, /--bundle: names one bundle for 2 files/);
    assert.match(run.stderr, /--key: is a local key, but instance is "github"/);
    assert.match(run.stderr, /--rekor-url: "ftp:\/\/x" is not an http\(s\) URL/);
    assert.match(run.stderr, /--rekor-url: GitHub's instance writes no transparency log/);
    const none = await cli(['sign-blob'], cwd);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /argument FILE: names no file to sign/);
  });
});

test('an unencrypted private key is parsed from its bytes: no string of the key file is ever made, which could not be zeroed', (t) => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const body = pem.split('\n')[1] ?? '';
  const made: string[] = [];
  const toString = Buffer.prototype.toString;
  t.mock.method(Buffer.prototype, 'toString', function (this: Buffer, ...args: Parameters<Buffer['toString']>) {
    const text = toString.apply(this, args);
    made.push(text);
    return text;
  });
  for (const file of [pem, `comment before the key\r\n${pem.replaceAll('\n', '\r\n')}`]) {
    const key = loadSigningKey(Buffer.from(file), undefined, 'release.key');
    assert.equal(key.publicKey.asymmetricKeyType, 'ec');
  }
  assert.deepEqual(made.filter((text) => text.includes(body.slice(0, 24))), []);
  assert.deepEqual(made, ['PRIVATE KEY', 'PRIVATE KEY']);
  for (const broken of [pem.replace('-----END PRIVATE KEY-----', ''), pem.replace('-----\n', '-----'), '-----BEGIN private key-----\nAAAA\n-----END private key-----\n']) {
    assert.throws(() => loadSigningKey(Buffer.from(broken), undefined, 'release.key'), { code: 'SIGN_KEY_INVALID' });
  }
});

test('an unencrypted PKCS#8 key is written as PEM built from bytes: OpenSSL is never asked for a PEM string of the private key', () => {
  const prototype = Object.getPrototypeOf(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey) as { export: (...args: unknown[]) => unknown };
  const exportKey = prototype.export;
  const strings: string[] = [];
  prototype.export = function recorded(this: unknown, ...args: unknown[]): unknown {
    const result = exportKey.apply(this, args);
    if (typeof result === 'string') strings.push(result);
    return result;
  };
  let pair;
  try {
    pair = generateSigningKeyPair(undefined, 'pkcs8');
  } finally {
    prototype.export = exportKey;
  }
  assert.deepEqual(strings.filter((text) => text.includes('PRIVATE KEY')), []);
  const pem = pair.privateKeyPem.toString('latin1');
  const key = loadSigningKey(pair.privateKeyPem, undefined, 'the new key');
  assert.equal(pem, key.privateKey.export({ type: 'pkcs8', format: 'pem' }), 'the same PEM OpenSSL writes');
  assert.equal(key.publicKeyPem, pair.publicKeyPem);
});

test('a private key file other users can read is warned about, naming it and the fix; a 0600 one is not', { skip: process.platform === 'win32' && 'POSIX modes only' }, async (t) => {
  const dir = await tempDir(t);
  const key = join(dir, 'k.key');
  await writeFile(key, generateSigningKeyPair(undefined, 'pkcs8').privateKeyPem);
  const warnings: string[] = [];
  const logger = { info() {}, debug() {}, warn: (message: string) => warnings.push(message) };
  const open = () => openSigningSession(signConfig({ 'subject-path': 'f', key: 'k.key' }, cliNamer()), { cwd: dir, env: {}, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger });
  await chmod(key, 0o644);
  await open();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0] ?? '', /k\.key/);
  assert.match(warnings[0] ?? '', /0644/);
  assert.match(warnings[0] ?? '', /chmod 600/);
  await chmod(key, 0o600);
  await open();
  assert.equal(warnings.length, 1, warnings.join('\n'));
});

test('a --key file the user cannot read is SIGN_KEY_INVALID naming it as given, with the system\'s code once, as docs/errors.md says: it was SECRET_FILE_UNREADABLE naming the absolute path twice', async (t) => {
  const dir = await tempDir(t);
  await chmod(dir, 0o755);
  await writeFile(join(dir, 'a.txt'), 'a\n');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(dir, 'k.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await chmod(dir, 0o777);
  await chmod(join(dir, 'k.pem'), 0o000);
  // Root reads any file: the CLI runs as nobody there (setpriv), as a user it runs itself.
  const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
  let stderr = '';
  try {
    execFileSync(asUser[0] as string, [...asUser.slice(1), ...TSX, CLI_ENTRY, 'sign-blob', '--key', 'k.pem', 'a.txt'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '', HOME: dir } });
  } catch (error) {
    stderr = (error as { stderr: string }).stderr;
  }
  assert.match(stderr, /^trust-kit: SIGN_KEY_INVALID: cannot read the key "k\.pem": EACCES\n {2}hint: check the --key path \(input "key"\)/m);
  assert.doesNotMatch(stderr, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});
