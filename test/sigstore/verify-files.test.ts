import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { resolvePolicy } from '../../src/sigstore/verify/files.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

test('a keyless policy naming no identity (a library caller skipping the config checks) is CONFIG_INVALID naming the flags, not an unreadable input with "check the path"', async () => {
  const config = { kind: 'certificate', identity: undefined, issuer: undefined, repo: undefined, owner: undefined, signerWorkflow: undefined } as const;
  await assert.rejects(resolvePolicy(config, '.'), {
    code: 'CONFIG_INVALID',
    message: 'certificate-identity: is required for keyless bundles (or repo, owner or signer-workflow, which imply one)',
  });
});

test('a keyless bundle whose certificate holds an RSA or Ed25519 key verifies a file of any size: past the 4 MiB read whole, it was refused as if a digest had been given (VERIFY_BUNDLE_UNSUPPORTED)', { timeout: 60_000 }, async (t) => {
  const stack = await startSigstoreStack({ rekor: false });
  t.after(() => stack.close());
  const dir = await tempDir(t);
  const artifact = Buffer.alloc(4 * 1024 * 1024 + 1, 'a');
  await writeFile(join(dir, 'big.bin'), artifact);
  const token = stack.oidc.mintToken();
  const subject = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub: string }).sub;
  for (const [name, keys, hash] of [
    ['rsa', generateKeyPairSync('rsa', { modulusLength: 2048 }), 'sha256'],
    ['ed25519', generateKeyPairSync('ed25519'), null],
  ] as const) {
    // As cosign sign-blob --signing-algorithm asks Fulcio: a certificate for the key, proven by signing the token's subject.
    const certified = await fetch(`${stack.fulcioURL}/api/v2/signingCert`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ credentials: { oidcIdentityToken: token }, publicKeyRequest: { publicKey: { content: keys.publicKey.export({ type: 'spki', format: 'pem' }) }, proofOfPossession: sign(hash, Buffer.from(subject), keys.privateKey).toString('base64') } }),
    });
    assert.equal(certified.ok, true, name);
    const leaf = ((await certified.json()) as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } }).signedCertificateEmbeddedSct.chain.certificates[0] ?? '';
    const signature = sign(hash, artifact, keys.privateKey);
    const stamped = await fetch(`${stack.tsaURL ?? ''}/api/v1/timestamp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ artifactHash: createHash('sha256').update(signature).digest('base64'), hashAlgorithm: 'sha256', certificates: true }) });
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { certificate: { rawBytes: leaf.replace(/-----[^-]+-----|\s/g, '') }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: Buffer.from(await stamped.arrayBuffer()).toString('base64') }] } },
      messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(artifact).digest('base64') }, signature: signature.toString('base64') },
    };
    await writeFile(join(dir, `${name}.sigstore.json`), JSON.stringify(bundle));
    const run = await cli(['verify-blob', 'big.bin', '--bundle', `${name}.sigstore.json`, '--trusted-root', stack.trustedRootPath, '--certificate-identity', 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main', '--certificate-oidc-issuer', stack.oidc.issuer], dir);
    assert.equal(run.code, 0, `${name}: ${run.stderr}`);
  }
});

test('a bundle file that is not JSON is told with the line JSON.parse stopped at, never with the bytes around the bad token (a file given by mistake, a token, would be printed), as a .intoto.jsonl line is', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'garbage.bin'), Buffer.from('\n\n[\u00ff\u0001secret-token-bytes', 'latin1'));
  await writeFile(join(dir, 'lines.intoto.jsonl'), '{"a":1}\n{"secret-token-bytes\n');
  await writeFile(join(dir, 'k.pub'), generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }));
  const blob = await cli(['verify-blob', 'garbage.bin', '--bundle', 'garbage.bin', '--key', 'k.pub'], dir);
  assert.match(blob.stderr, /^trust-kit: VERIFY_BUNDLE_INVALID: garbage\.bin is not JSON: line 3: /m);
  assert.doesNotMatch(blob.stderr, /secret-token-bytes|\(line \d+ column \d+\)/);
  const lines = await cli(['verify-attestation', 'garbage.bin', '--bundle', 'lines.intoto.jsonl', '--key', 'k.pub'], dir);
  assert.match(lines.stderr, /VERIFY_BUNDLE_INVALID: lines\.intoto\.jsonl:2 is not JSON: (?!line )/);
  assert.doesNotMatch(lines.stderr, /secret-token-bytes/);
});

test('a bundle that cannot be read is told by why: a directory given for it, or a missing one, each with what to do, not "check the path" for all', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.txt'), 'a\n');
  await writeFile(join(dir, 'k.pub'), generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }));
  const missing = await cli(['verify-blob', 'a.txt', '--bundle', 'gone.sigstore.json', '--key', 'k.pub'], dir);
  assert.match(missing.stderr, /SIGSTORE_INPUT_UNREADABLE: cannot read bundle gone\.sigstore\.json: ENOENT \(it does not exist\)\n {2}hint: check the path of the bundle; it is relative to the working directory/);
});
