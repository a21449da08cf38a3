import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { MAX_COSIGN_SCRYPT, loadSigningKey } from '../../src/sigstore/sign/keys.js';
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
  assert.match(run.stderr, /SIGN_KEY_KDF_TOO_COSTLY: .*hostile\.key asks for scrypt parameters N=1048576, r=32, p=1/);
});
