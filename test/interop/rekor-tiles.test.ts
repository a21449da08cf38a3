// Rekor v2 against the real server: rekor-tiles (POSIX storage) on loopback as the only log of a signing config,
// next to the loopback Fulcio and TSA. What the double in test/support/sigstore/rekor-v2.ts stands in for elsewhere.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import { DEFAULT_RETRY_POLICY } from '../../src/core/retry.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type SigstoreStack, type TrustedRootJSON } from '../support/sigstore/index.js';
import { startRekorTiles, type RekorTilesServer } from '../support/sigstore/rekor-tiles.js';
import { IDENTITY, ISSUER, SIGSTORE_PYTHON_ENV } from './matrix.js';
import { PEERS, requirePeer, runPeer } from './tools.js';

interface RealLog {
  dir: string;
  stack: SigstoreStack;
  log: RekorTilesServer;
  trustedRootPath: string;
  signingConfigPath: string;
  trustConfigPath: string;
}

type KeyType = 'ed25519' | 'ecdsa-p256';
const started = new Map<KeyType, Promise<RealLog>>();

/** A stack (Fulcio, TSA, no log of its own) and rekor-tiles with a key of this type, started once for every test that has the binary. */
function realLog(binary: string, keyType: KeyType): Promise<RealLog> {
  let running = started.get(keyType);
  if (running !== undefined) return running;
  running = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trust-kit-rekor-tiles-test-'));
    const stack = await startSigstoreStack({ rekor: false });
    let log: RekorTilesServer;
    try {
      log = await startRekorTiles(binary, keyType);
    } catch (error) {
      await stack.close();
      throw error;
    }
    const validFor = stack.trustedRoot.certificateAuthorities[0]?.validFor ?? { start: new Date(0).toISOString() };
    const trustedRoot: TrustedRootJSON = {
      ...stack.trustedRoot,
      tlogs: [{ baseUrl: log.url, hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: log.publicKeyDer.toString('base64'), keyDetails: log.keyDetails, validFor }, logId: { keyId: log.logID.toString('base64') } }],
    };
    const signingConfig = { ...stack.signingConfig, rekorTlogUrls: [{ url: log.url, majorApiVersion: 2, validFor, operator: 'trust-kit.test' }] };
    const paths = { trustedRootPath: join(dir, 'trusted_root.json'), signingConfigPath: join(dir, 'signing_config.json'), trustConfigPath: join(dir, 'trust_config.json') };
    await writeFile(paths.trustedRootPath, JSON.stringify(trustedRoot));
    await writeFile(paths.signingConfigPath, JSON.stringify(signingConfig));
    await writeFile(paths.trustConfigPath, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json', trustedRoot, signingConfig }));
    return { dir, stack, log, ...paths };
  })();
  started.set(keyType, running);
  return running;
}

after(async () => {
  for (const running of started.values()) {
    const { dir, stack, log } = await running;
    await Promise.all([stack.close(), log.close()]);
    await rm(dir, { recursive: true, force: true });
  }
});

async function setup(t: TestContext, keyType: KeyType = 'ed25519'): Promise<RealLog | undefined> {
  const binary = requirePeer(t, 'rekorTiles');
  return binary === undefined ? undefined : realLog(binary.file, keyType);
}

const verifyArgs = (real: RealLog, file: string): string[] => ['verify-blob', file, '--bundle', `${file}.sigstore.json`, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', real.trustedRootPath];

describe('Rekor v2: the real rekor-tiles', () => {
  it('trust-kit signs through it (a signing config naming it), and trust-kit and cosign 3 verify the bundle', async (t) => {
    const real = await setup(t);
    if (real === undefined) return;
    await writeFile(join(real.dir, 'trust-kit.txt'), 'signed through rekor-tiles\n');
    const signed = await cli(['sign-blob', '--signing-config', real.signingConfigPath, '--trusted-root', real.trustedRootPath, 'trust-kit.txt'], real.dir, { SIGSTORE_ID_TOKEN: real.stack.oidc.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);
    assert.match(signed.stderr, new RegExp(`Rekor v2 ${real.log.url}`));
    const verified = await cli(verifyArgs(real, 'trust-kit.txt'), real.dir);
    assert.equal(verified.code, 0, verified.stderr);
    if (requirePeer(t, 'cosign3') === undefined) return;
    const cosign = await runPeer(PEERS.cosign3, verifyArgs(real, 'trust-kit.txt'), real.dir);
    assert.equal(cosign.code, 0, cosign.stderr);
  });

  it('trust-kit logs a statement through it (a hashedrekord over the DSSE pre-authentication encoding, as rekor-tiles takes DSSE), and verifies it', async (t) => {
    const real = await setup(t);
    if (real === undefined) return;
    const config = { ...signConfig({ 'subject-path': 'unused', 'signing-config': real.signingConfigPath, 'trusted-root': real.trustedRootPath }, cliNamer()), retry: DEFAULT_RETRY_POLICY };
    const opened = await openSigningSession(config, { cwd: real.dir, env: { ...real.stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    assert.ok(opened.session);
    const digest = createHash('sha256').update('app').digest('hex');
    // The session verifies the bundle against the trusted root before returning it.
    const { bundle } = await opened.session.signStatement({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'app.tgz', digest: { sha256: digest } }], predicateType: 'https://example.com/p', predicate: {} }, 'statement');
    opened.close();
    const entry = (bundle as unknown as { verificationMaterial: { tlogEntries: { kindVersion: { kind: string; version: string } }[] } }).verificationMaterial.tlogEntries[0];
    assert.deepEqual(entry?.kindVersion, { kind: 'hashedrekord', version: '0.0.2' });
  });

  it('with an ECDSA P-256 key (checkpoint key id: the SHA-256 of its SPKI), trust-kit signs through it, and trust-kit and cosign 3 verify', async (t) => {
    const real = await setup(t, 'ecdsa-p256');
    if (real === undefined) return;
    await writeFile(join(real.dir, 'ecdsa.txt'), 'signed through an ECDSA-keyed rekor-tiles\n');
    const signed = await cli(['sign-blob', '--signing-config', real.signingConfigPath, '--trusted-root', real.trustedRootPath, 'ecdsa.txt'], real.dir, { SIGSTORE_ID_TOKEN: real.stack.oidc.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);
    const verified = await cli(verifyArgs(real, 'ecdsa.txt'), real.dir);
    assert.equal(verified.code, 0, verified.stderr);
    if (requirePeer(t, 'cosign3') === undefined) return;
    const cosign = await runPeer(PEERS.cosign3, verifyArgs(real, 'ecdsa.txt'), real.dir);
    assert.equal(cosign.code, 0, cosign.stderr);
  });

  it('cosign 3 signs through it, and trust-kit verifies the bundle', async (t) => {
    const real = await setup(t);
    if (real === undefined || requirePeer(t, 'cosign3') === undefined) return;
    await writeFile(join(real.dir, 'cosign.txt'), 'cosign through rekor-tiles\n');
    const args = ['sign-blob', '--yes', '--signing-config', real.signingConfigPath, '--trusted-root', real.trustedRootPath, '--identity-token', real.stack.oidc.mintToken(), '--bundle', 'cosign.txt.sigstore.json', 'cosign.txt'];
    const signed = await runPeer(PEERS.cosign3, args, real.dir);
    assert.equal(signed.code, 0, signed.stderr);
    const verified = await cli(verifyArgs(real, 'cosign.txt'), real.dir);
    assert.equal(verified.code, 0, verified.stderr);
  });

  it('sigstore-python signs through it, and trust-kit verifies the bundle', async (t) => {
    const real = await setup(t);
    if (real === undefined || requirePeer(t, 'sigstorePython') === undefined) return;
    await writeFile(join(real.dir, 'python.txt'), 'sigstore-python through rekor-tiles\n');
    const args = ['--trust-config', real.trustConfigPath, 'sign', '--identity-token', real.stack.oidc.mintToken(), '--bundle', 'python.txt.sigstore.json', '--overwrite', 'python.txt'];
    const signed = await runPeer(PEERS.sigstorePython, args, real.dir, SIGSTORE_PYTHON_ENV);
    assert.equal(signed.code, 0, signed.stderr);
    const verified = await cli(verifyArgs(real, 'python.txt'), real.dir);
    assert.equal(verified.code, 0, verified.stderr);
  });
});
