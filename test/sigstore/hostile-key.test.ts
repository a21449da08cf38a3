import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSodium } from '../../src/secrets/native.js';
import { MAX_COSIGN_SCRYPT, MAX_PBKDF2_ITERATIONS, loadSigningKey } from '../../src/sigstore/sign/keys.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cosign');

/** A cosign-format key file asking for the given scrypt parameters (its ciphertext is junk: it must never be reached). */
function cosignKeyAsking(params: { N: number; r: number; p: number }): Buffer {
  const envelope = {
    kdf: { name: 'scrypt', params, salt: Buffer.alloc(32).toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: Buffer.alloc(24).toString('base64') },
    ciphertext: Buffer.alloc(64).toString('base64'),
  };
  return Buffer.from(`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(envelope)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`);
}

// The timeout guards against a regression that derives first: N=2^20 r=32 takes minutes and 4 GiB.
test('scrypt parameters beyond what cosign writes are refused before derivation, naming the key file', { timeout: 10_000 }, () => {
  for (const params of [{ N: 1 << 20, r: 32, p: 1 }, { N: 1 << 17, r: 8, p: 1 }, { N: 1 << 16, r: 9, p: 1 }, { N: 1 << 16, r: 8, p: 2 }, { N: 2 ** 60, r: 8, p: 1 }]) {
    assert.throws(() => loadSigningKey(cosignKeyAsking(params), Buffer.from('passphrase'), 'hostile.key'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGN_KEY_KDF_TOO_COSTLY', `${JSON.stringify(params)}: ${error.message}`);
      assert.match(error.message, /^hostile\.key asks for scrypt parameters/);
      return true;
    });
  }
});

test('the scrypt-derived key, and whatever the box wrote, are wiped when opening the box throws (a libsodium call that fails), not only when it returns', (t) => {
  // The binding secretbox uses: loadSodium caches one per directory, and both load from src/secrets.
  const sodium = loadSodium().binding;
  if (sodium === undefined) return t.skip('libsodium does not load here');
  const original = sodium.crypto_secretbox_open_easy;
  const seen: { key?: Uint8Array; message?: Uint8Array } = {};
  sodium.crypto_secretbox_open_easy = (message, _ciphertext, _nonce, key) => {
    message.fill(0x5a);
    Object.assign(seen, { key, message });
    throw new Error('libsodium failed');
  };
  t.after(() => {
    sodium.crypto_secretbox_open_easy = original;
  });
  assert.throws(() => loadSigningKey(cosignKeyAsking({ N: 2, r: 1, p: 1 }), Buffer.from('passphrase'), 'x.key'), /libsodium failed/);
  assert.equal(seen.key?.length, 32);
  assert.ok(seen.key?.every((byte) => byte === 0), 'the derived key is wiped');
  assert.ok(seen.message?.every((byte) => byte === 0), 'the plaintext buffer is wiped');
});

test('the cap is what cosign itself writes: its own key file is within it and still loads', async () => {
  const pem = await readFile(join(FIXTURES, 'empty-password.key'));
  const body = pem.toString('latin1').split('\n').filter((line) => !line.startsWith('-----')).join('');
  const { kdf } = JSON.parse(Buffer.from(body, 'base64').toString('utf8')) as { kdf: { params: { N: number; r: number; p: number } } };
  assert.deepEqual(kdf.params, MAX_COSIGN_SCRYPT);
  assert.equal(loadSigningKey(pem, new Uint8Array(0), 'cosign.key').publicKey.asymmetricKeyType, 'ec');
  // At the cap the derivation runs, and a wrong passphrase is told apart from a refused key.
  assert.throws(() => loadSigningKey(cosignKeyAsking(MAX_COSIGN_SCRYPT), Buffer.from('passphrase'), 'x.key'), { code: 'SIGN_KEY_PASSPHRASE_WRONG' });
});

test('sign-blob with a hostile cosign key exits 1 with the code and the key path', { timeout: 10_000 }, async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'hostile.key'), cosignKeyAsking({ N: 1 << 20, r: 32, p: 1 }));
  await writeFile(join(cwd, 'artifact'), 'x\n');
  const run = await cli(['sign-blob', '--key', 'hostile.key', 'artifact'], cwd, { COSIGN_PASSWORD: 'passphrase' });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /SIGN_KEY_KDF_TOO_COSTLY: .*hostile\.key" asks for scrypt parameters N=1048576, r=32, p=1/);
});

/** DER: a tag and its content, with the length in short or long form. */
function der(tag: number, ...parts: Buffer[]): Buffer {
  const content = Buffer.concat(parts);
  const length = content.length < 0x80 ? Buffer.from([content.length]) : Buffer.from([0x82, content.length >> 8, content.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}
const sequence = (...parts: Buffer[]): Buffer => der(0x30, ...parts);
const oid = (hex: string): Buffer => der(0x06, Buffer.from(hex, 'hex'));
const integer = (value: number): Buffer => {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return der(0x02, Buffer.from(Number.parseInt(hex.slice(0, 2), 16) >= 0x80 ? `00${hex}` : hex, 'hex'));
};
const AES_256_CBC = sequence(oid('60864801650304012a'), der(0x04, Buffer.alloc(16, 2)));

/** An encrypted PKCS#8 PEM key with the given encryption algorithm identifier and junk ciphertext (never reached). */
function pkcs8Asking(algorithm: Buffer): Buffer {
  const info = sequence(algorithm, der(0x04, Buffer.alloc(144, 3)));
  return Buffer.from(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${info.toString('base64')}\n-----END ENCRYPTED PRIVATE KEY-----\n`);
}

const pbes2 = (kdf: Buffer): Buffer => sequence(oid('2a864886f70d01050d'), sequence(kdf, AES_256_CBC));
const pbkdf2 = (iterations: number): Buffer => pbes2(sequence(oid('2a864886f70d01050c'), sequence(der(0x04, Buffer.alloc(8, 1)), integer(iterations), sequence(oid('2a864886f70d0209'), der(0x05)))));
const scrypt = (N: number, r: number, p: number): Buffer => pbes2(sequence(oid('2b06010401da47040b'), sequence(der(0x04, Buffer.alloc(8, 1)), integer(N), integer(r), integer(p))));
// PKCS#12's pbeWithSHA1And3-KeyTripleDES-CBC: PBES1-style parameters, a salt and an iteration count.
const pbes1 = (iterations: number): Buffer => sequence(oid('2a864886f70d010c0103'), sequence(der(0x04, Buffer.alloc(8, 1)), integer(iterations)));

// 2^31 PBKDF2 iterations hold OpenSSL (and so the whole process, signals included) for a quarter of an hour.
test('encrypted PKCS#8 keys asking for more derivation work than key tools write are refused before OpenSSL derives', { timeout: 10_000 }, () => {
  const cases: [Buffer, RegExp][] = [
    [pbkdf2(2 ** 31 - 1), /asks for 2147483647 key derivation iterations/],
    [pbkdf2(MAX_PBKDF2_ITERATIONS + 1), /asks for 5000001 key derivation iterations/],
    [pbes1(2 ** 31 - 1), /asks for 2147483647 key derivation iterations/],
    [scrypt(1 << 20, 8, 1), /asks for scrypt parameters N=1048576, r=8, p=1/],
    [scrypt(16384, 8, 1 << 20), /asks for scrypt parameters N=16384, r=8, p=1048576/],
  ];
  for (const [algorithm, message] of cases) {
    assert.throws(() => loadSigningKey(pkcs8Asking(algorithm), Buffer.from('pw'), 'enc.pem'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGN_KEY_KDF_TOO_COSTLY', error.message);
      assert.match(error.message, message);
      assert.match(error.message, /^enc\.pem /);
      return true;
    });
  }
  // Within the bounds the derivation runs, and a junk ciphertext is a wrong passphrase.
  assert.throws(() => loadSigningKey(pkcs8Asking(pbkdf2(2048)), Buffer.from('pw'), 'enc.pem'), { code: 'SIGN_KEY_PASSPHRASE_WRONG' });
});

/** A BER SEQUENCE of indefinite length, which OpenSSL reads as it reads DER. */
const indefinite = (...parts: Buffer[]): Buffer => Buffer.concat([Buffer.from([0x30, 0x80]), ...parts, Buffer.from([0, 0])]);

test('an encrypted PKCS#8 key in BER form (indefinite lengths) cannot carry costly derivation past the check: it is refused, not left to OpenSSL', { timeout: 10_000 }, () => {
  const costly = pbkdf2(MAX_PBKDF2_ITERATIONS + 1);
  const outer = indefinite(costly, der(0x04, Buffer.alloc(144, 3)));
  const innerParams = pbes2(sequence(oid('2a864886f70d01050c'), indefinite(der(0x04, Buffer.alloc(8, 1)), integer(MAX_PBKDF2_ITERATIONS + 1))));
  const pem = (info: Buffer): Buffer => Buffer.from(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${info.toString('base64')}\n-----END ENCRYPTED PRIVATE KEY-----\n`);
  for (const info of [outer, sequence(innerParams, der(0x04, Buffer.alloc(144, 3)))]) {
    assert.throws(() => loadSigningKey(pem(info), Buffer.from('pw'), 'ber.pem'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGN_KEY_INVALID', error.message);
      assert.match(error.message, /^ber\.pem .*cost of deriving its key cannot be checked/);
      return true;
    });
  }
});

test('keys openssl encrypts with its defaults (PBKDF2, scrypt, PKCS#12 3DES) and OWASP\'s 600,000 iterations load', { timeout: 30_000 }, async (t) => {
  const cwd = await tempDir(t);
  execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'plain.pem'], { cwd, stdio: 'ignore' });
  const variants: [string, string[]][] = [
    ['pbkdf2.pem', ['-v2', 'aes-256-cbc']],
    ['owasp.pem', ['-v2', 'aes-256-cbc', '-iter', '600000']],
    ['scrypt.pem', ['-scrypt']],
    ['pbes1.pem', ['-v1', 'PBE-SHA1-3DES']],
  ];
  for (const [file, options] of variants) {
    execFileSync('openssl', ['pkcs8', '-topk8', '-in', 'plain.pem', '-passout', 'pass:pw', ...options, '-out', file], { cwd, stdio: 'ignore' });
    const key = loadSigningKey(await readFile(join(cwd, file)), Buffer.from('pw'), file);
    assert.equal(key.privateKey.asymmetricKeyType, 'ec', file);
  }
});

test('a PKCS#8 key whose stored public point is another key\'s is SIGN_KEY_INVALID before anything is signed, not a signature that fails verification', () => {
  const [ours, theirs] = [generateKeyPairSync('ec', { namedCurve: 'prime256v1' }), generateKeyPairSync('ec', { namedCurve: 'prime256v1' })];
  const der = ours.privateKey.export({ type: 'pkcs8', format: 'der' });
  const point = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' }).subarray(-65);
  const at = der.indexOf(point(ours.publicKey));
  assert.ok(at > 0);
  const mixed = Buffer.from(der);
  point(theirs.publicKey).copy(mixed, at);
  const pem = Buffer.from(`-----BEGIN PRIVATE KEY-----\n${mixed.toString('base64')}\n-----END PRIVATE KEY-----\n`);
  assert.throws(() => loadSigningKey(pem, undefined, 'mixed.key'), { code: 'SIGN_KEY_INVALID', message: /mixed\.key.*its public key does not belong to its private key/ });
  assert.equal(loadSigningKey(Buffer.from(ours.privateKey.export({ type: 'pkcs8', format: 'pem' })), undefined, 'ours.key').publicKeyPem, ours.publicKey.export({ type: 'spki', format: 'pem' }));
});

test('key files as OpenSSL writes them: the curve before the key (ecparam -genkey) and a certificate before it load; traditional RSA and DSA keys are SIGN_KEY_UNSUPPORTED naming the type; an encrypted PKCS#8 key with an empty passphrase loads without one', async (t) => {
  const dir = await tempDir(t);
  const openssl = (...args: string[]): Buffer => execFileSync('openssl', args, { cwd: dir });
  const withParams = openssl('ecparam', '-name', 'prime256v1', '-genkey');
  assert.match(withParams.toString(), /^-----BEGIN EC PARAMETERS-----[^]*-----BEGIN EC PRIVATE KEY-----/);
  const key = loadSigningKey(withParams, undefined, 'ec.pem');
  await writeFile(join(dir, 'ec.pem'), withParams);
  assert.equal(key.publicKeyPem, openssl('ec', '-in', 'ec.pem', '-pubout').toString());
  const certificate = openssl('req', '-new', '-x509', '-key', 'ec.pem', '-subj', '/CN=test', '-days', '1');
  assert.equal(loadSigningKey(Buffer.concat([certificate, withParams]), undefined, 'combined.pem').publicKeyPem, key.publicKeyPem);
  const rsa = openssl('genrsa', '-traditional', '2048');
  assert.match(rsa.toString(), /^-----BEGIN RSA PRIVATE KEY-----/);
  assert.throws(() => loadSigningKey(rsa, undefined, 'rsa.pem'), { code: 'SIGN_KEY_UNSUPPORTED', message: 'rsa.pem holds an RSA key; trust-kit signs with ECDSA P-256 keys' });
  const encrypted = openssl('pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-passout', 'pass:', '-in', 'ec.pem');
  assert.equal(loadSigningKey(encrypted, undefined, 'empty.pem').publicKeyPem, key.publicKeyPem);
  const withPassphrase = openssl('pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-passout', 'pass:secret', '-in', 'ec.pem');
  assert.throws(() => loadSigningKey(withPassphrase, undefined, 'secret.pem'), { code: 'SIGN_KEY_PASSPHRASE_REQUIRED' });
  assert.equal(loadSigningKey(withPassphrase, Buffer.from('secret'), 'secret.pem').publicKeyPem, key.publicKeyPem);
});
