// The real Fulcio (scripts/install-tools.sh fulcio) on loopback, with its ephemeral CA and a loopback OIDC issuer of its
// own, in place of the stack's Fulcio double: trust-kit signs keyless against it and verifies, and cosign 3 verifies
// what trust-kit signed and signs what trust-kit verifies. The stack's Rekor and TSA doubles log and date the
// signatures, and a loopback CT log its precertificates.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli } from '../support/cli.js';
import { GITHUB_ACTIONS_ISSUER, startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { startRealFulcio, type RealFulcio } from '../support/sigstore/real-fulcio.js';
import { tempDir } from '../support/tmp.js';
import { IDENTITY } from './matrix.js';
import { requirePeer, runPeer } from './tools.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the real Fulcio on loopback', () => {
  let fulcio: RealFulcio | undefined;
  let started: Promise<{ fulcio: RealFulcio; stack: SigstoreStack; elsewhere: SigstoreStack }> | undefined;
  const stacks: SigstoreStack[] = [];
  /** Once for the tests below: Fulcio, a stack signing with it, and an unrelated stack (whose Fulcio is the double). */
  const start = (binary: string): NonNullable<typeof started> => {
    started ??= (async () => {
      fulcio = await startRealFulcio(binary);
      for (const options of [{ fulcio, rekorInitialSize: 5 }, {}]) stacks.push(await startSigstoreStack(options));
      const [stack, elsewhere] = stacks as [SigstoreStack, SigstoreStack];
      return { fulcio, stack, elsewhere };
    })();
    return started;
  };
  after(async () => {
    await Promise.all(stacks.map((stack) => stack.close()));
    await fulcio?.close();
  });

  const trustKitVerify = (file: string, root: string, issuer: string): string[] => ['verify-blob', file, '--bundle', `${file}.sigstore.json`, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', issuer, '--trusted-root', root];
  const cosignVerify = (file: string, root: string, issuer: string): string[] => ['verify-blob', file, '--bundle', `${file}.sigstore.json`, '--trusted-root', root, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', issuer, ];

  it('trust-kit signs keyless with a certificate from it, verifies the bundle (SCT included), and refuses another issuer, a root without its CA or without its CT log', async (t) => {
    const binary = requirePeer(t, 'fulcio')?.file;
    if (binary === undefined) return;
    const { fulcio: ca, stack, elsewhere } = await start(binary);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'a.txt'), 'signed with a certificate from the real Fulcio\n');
    const signed = await cli(['sign-blob', '--fulcio-url', ca.url, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath, 'a.txt'], dir, { SIGSTORE_ID_TOKEN: ca.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal(stack.requests.fulcio, 0, 'the stack runs no Fulcio of its own');

    const verified = await cli(trustKitVerify('a.txt', stack.trustedRootPath, ca.issuer), dir);
    assert.equal(verified.code, 0, verified.stderr);
    const otherIssuer = await cli(trustKitVerify('a.txt', stack.trustedRootPath, GITHUB_ACTIONS_ISSUER), dir);
    assert.match(otherIssuer.stderr, /VERIFY_POLICY_ISSUER_MISMATCH/);
    const otherRoot = join(dir, 'trusted_root.other-ca.json');
    await writeFile(otherRoot, JSON.stringify({ ...stack.trustedRoot, certificateAuthorities: elsewhere.trustedRoot.certificateAuthorities }));
    const untrusted = await cli(trustKitVerify('a.txt', otherRoot, ca.issuer), dir);
    assert.match(untrusted.stderr, /VERIFY_CERTIFICATE_UNTRUSTED/);
    const otherCtLog = join(dir, 'trusted_root.other-ctlog.json');
    await writeFile(otherCtLog, JSON.stringify({ ...stack.trustedRoot, ctlogs: elsewhere.trustedRoot.ctlogs }));
    const unlogged = await cli(trustKitVerify('a.txt', otherCtLog, ca.issuer), dir);
    assert.match(unlogged.stderr, /VERIFY_SCT_INVALID/);
  });

  it('cosign 3 verifies what trust-kit signed with it', async (t) => {
    const binary = requirePeer(t, 'fulcio')?.file;
    const cosign = requirePeer(t, 'cosign3');
    if (binary === undefined || cosign === undefined) return;
    const { fulcio: ca, stack } = await start(binary);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'b.txt'), 'for cosign\n');
    const signed = await cli(['sign-blob', '--fulcio-url', ca.url, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath, 'b.txt'], dir, { SIGSTORE_ID_TOKEN: ca.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);
    const verified = await runPeer(cosign, cosignVerify('b.txt', stack.trustedRootPath, ca.issuer), dir);
    assert.equal(verified.code, 0, verified.stderr);
    const otherIssuer = await runPeer(cosign, cosignVerify('b.txt', stack.trustedRootPath, GITHUB_ACTIONS_ISSUER), dir);
    assert.notEqual(otherIssuer.code, 0);
    assert.match(otherIssuer.stderr, /expected issuer/i);
  });

  it('cosign 3 signs keyless with a certificate from it, and trust-kit verifies', async (t) => {
    const binary = requirePeer(t, 'fulcio')?.file;
    const cosign = requirePeer(t, 'cosign3');
    if (binary === undefined || cosign === undefined) return;
    const { fulcio: ca, stack } = await start(binary);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'c.txt'), 'signed by cosign\n');
    const services = ['--fulcio-url', ca.url, '--rekor-url', stack.rekorURL ?? '', '--timestamp-server-url', `${stack.tsaURL ?? ''}/api/v1/timestamp`, '--use-signing-config=false'];
    const signed = await runPeer(cosign, ['sign-blob', '--yes', ...services, '--trusted-root', stack.trustedRootPath, '--identity-token', ca.mintToken(), '--bundle', 'c.txt.sigstore.json', 'c.txt'], dir);
    assert.equal(signed.code, 0, signed.stderr);
    const verified = await cli(trustKitVerify('c.txt', stack.trustedRootPath, ca.issuer), dir);
    assert.equal(verified.code, 0, verified.stderr);
  });

  it('its loopback CT log answers a malformed add-pre-chain with 400', async (t) => {
    const binary = requirePeer(t, 'fulcio')?.file;
    if (binary === undefined) return;
    const { fulcio: ca } = await start(binary);
    for (const body of ['not json', '{}', JSON.stringify({ chain: ['AAAA', 'AAAA'] })]) {
      const response = await fetch(`${ca.ctlog.url}/ct/v1/add-pre-chain`, { method: 'POST', body });
      assert.equal(response.status, 400, body);
      assert.match(((await response.json()) as { message: string }).message, /^add-pre-chain: /);
    }
  });

  it('close() ends the Fulcio process', async (t) => {
    const binary = requirePeer(t, 'fulcio')?.file;
    if (binary === undefined) return;
    const own = await startRealFulcio(binary);
    assert.ok(isAlive(own.pid));
    await own.close();
    assert.ok(!isAlive(own.pid), 'the fulcio process is gone once close() resolves');
  });
});

