// A second implementation must agree: the blob bundles trust-kit signs verify with openssl alone
// (leaf certificate out of the bundle, the signature over the artifact, the chain to the CA).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

function openssl(args: readonly string[], cwd: string): { status: number | null; out: string } {
  const result = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function pem(der: Buffer): string {
  return `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END CERTIFICATE-----\n`;
}

interface BlobBundle {
  mediaType: string;
  verificationMaterial: { certificate: { rawBytes: string }; tlogEntries: { integratedTime: string }[] };
  messageSignature: { messageDigest: { algorithm: string; digest: string }; signature: string };
}

describe('openssl agrees with trust-kit\'s blob bundles (openssl comes from .ci/run\'s packages)', () => {
  let stack: SigstoreStack;
  let otherStack: SigstoreStack;
  before(async () => {
    [stack, otherStack] = await Promise.all([startSigstoreStack(), startSigstoreStack()]);
  });
  after(async () => {
    await Promise.all([stack.close(), otherStack.close()]);
  });

  test('leaf certificate, signature over the artifact and chain to the stack\'s CA', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.txt\n');
    const signed = await cli(['sign-blob', 'SHA256SUMS', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath], cwd, { ...stack.env });
    assert.equal(signed.code, 0, signed.stderr);
    const bundle = JSON.parse(await readFile(join(cwd, 'SHA256SUMS.sigstore.json'), 'utf8')) as BlobBundle;
    assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');

    await writeFile(join(cwd, 'leaf.pem'), pem(Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64')));
    await writeFile(join(cwd, 'signature.der'), Buffer.from(bundle.messageSignature.signature, 'base64'));
    const chain = stack.trustedRoot.certificateAuthorities[0]?.certChain.certificates ?? [];
    assert.ok(chain.length >= 1);
    const [issuing, ...upper] = chain.map((certificate) => pem(Buffer.from(certificate.rawBytes, 'base64')));
    await writeFile(join(cwd, 'root.pem'), upper.at(-1) ?? issuing ?? '');
    await writeFile(join(cwd, 'untrusted.pem'), [issuing, ...upper.slice(0, -1)].join(''));

    const digest = openssl(['dgst', '-sha256', '-r', 'SHA256SUMS'], cwd);
    assert.equal(digest.out.split(' ')[0], Buffer.from(bundle.messageSignature.messageDigest.digest, 'base64').toString('hex'), 'the bundle signs the digest openssl computes');

    const key = openssl(['x509', '-in', 'leaf.pem', '-pubkey', '-noout', '-out', 'leaf.pub'], cwd);
    assert.equal(key.status, 0, key.out);
    const signature = openssl(['dgst', '-sha256', '-verify', 'leaf.pub', '-signature', 'signature.der', 'SHA256SUMS'], cwd);
    assert.equal(signature.status, 0, signature.out);
    assert.match(signature.out, /Verified OK/);

    const signedAt = bundle.verificationMaterial.tlogEntries[0]?.integratedTime ?? '';
    assert.match(signedAt, /^\d+$/);
    const args = ['verify', '-CAfile', 'root.pem', ...(upper.length > 0 ? ['-untrusted', 'untrusted.pem'] : []), '-attime', signedAt, 'leaf.pem'];
    const verified = openssl(args, cwd);
    assert.equal(verified.status, 0, verified.out);
    assert.match(verified.out, /leaf\.pem: OK/);

    const san = openssl(['x509', '-in', 'leaf.pem', '-noout', '-ext', 'subjectAltName'], cwd);
    assert.match(san.out, /URI:https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/heads\/main/);

    await writeFile(join(cwd, 'SHA256SUMS'), 'tampered\n');
    const tampered = openssl(['dgst', '-sha256', '-verify', 'leaf.pub', '-signature', 'signature.der', 'SHA256SUMS'], cwd);
    assert.notEqual(tampered.status, 0);
    assert.match(tampered.out, /Verification failure/);

    const foreign = otherStack.trustedRoot.certificateAuthorities[0]?.certChain.certificates ?? [];
    await writeFile(join(cwd, 'foreign.pem'), foreign.map((certificate) => pem(Buffer.from(certificate.rawBytes, 'base64'))).join(''));
    const untrusted = openssl(['verify', '-CAfile', 'foreign.pem', '-attime', signedAt, 'leaf.pem'], cwd);
    assert.notEqual(untrusted.status, 0, 'a CA of another instance does not vouch for the leaf');
  });
});
