// The real Rekor v1 (scripts/install-tools.sh rekor_v1: rekor-server over the real Trillian log server and signer, on
// a MariaDB of their own) on loopback, in place of the stack's Rekor v1 double: trust-kit signs keyless against it and
// verifies, and refuses a root listing another log's key; cosign 3 verifies what trust-kit logged there, and cosign 3
// and sigstore-python sign with it for trust-kit to verify. The stack's Fulcio double issues the certificates.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { firstLineOfDyingParent, isAlive } from '../support/server-process.js';
import { cli } from '../support/cli.js';
import { GITHUB_ACTIONS_ISSUER, startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { REKOR_HOSTNAME, startRealRekor, type RealRekor, type RekorV1Programs } from '../support/sigstore/real-rekor.js';
import { tempDir } from '../support/tmp.js';
import { clientTrustConfig, IDENTITY, SIGSTORE_PYTHON_ENV } from './matrix.js';
import { requirePeer, runPeer, TRILLIAN_SCHEMA } from './tools.js';

/** Rekor, Trillian and MariaDB, or undefined (the test skipped locally, naming the first one missing). */
function programs(t: TestContext): RekorV1Programs | undefined {
  const files: string[] = [];
  for (const name of ['rekorV1', 'trillianLogServer', 'trillianLogSigner', 'mariadbd', 'mariadbInstallDb'] as const) {
    const file = requirePeer(t, name)?.file;
    if (file === undefined) return undefined;
    files.push(file);
  }
  const [rekorServer = '', trillianLogServer = '', trillianLogSigner = '', mariadbd = '', mariadbInstallDb = ''] = files;
  return { rekorServer, trillianLogServer, trillianLogSigner, trillianSchema: TRILLIAN_SCHEMA, mariadbd, mariadbInstallDb };
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Starts Rekor from a separate Node.js process that prints the four pids and its data directory, and is then killed
 * with SIGKILL (no handler runs).
 */
async function killedParent(tools: RekorV1Programs): Promise<{ pids: number[]; directory: string }> {
  const helper = join(ROOT, 'test', 'support', 'sigstore', 'real-rekor.ts');
  const script = [
    `import { startRealRekor } from ${JSON.stringify(helper)};`,
    `const rekor = await startRealRekor(${JSON.stringify(tools)});`,
    'console.log(JSON.stringify({ pids: rekor.pids, directory: rekor.directory }));',
    'setInterval(() => {}, 1_000);',
  ].join('\n');
  return JSON.parse(await firstLineOfDyingParent(script, 'sigkill')) as { pids: number[]; directory: string };
}

describe('the real Rekor v1 on loopback', () => {
  let started: Promise<{ rekor: RealRekor; stack: SigstoreStack; elsewhere: SigstoreStack }> | undefined;
  let rekor: RealRekor | undefined;
  const stacks: SigstoreStack[] = [];
  /** Once for the tests below: Rekor, a stack logging to it, and an unrelated stack (whose Rekor v1 is the double). */
  const start = (tools: RekorV1Programs): NonNullable<typeof started> => {
    started ??= (async () => {
      rekor = await startRealRekor(tools);
      for (const options of [{ rekorV1: rekor }, {}]) stacks.push(await startSigstoreStack(options));
      const [stack, elsewhere] = stacks as [SigstoreStack, SigstoreStack];
      return { rekor, stack, elsewhere };
    })();
    return started;
  };
  after(async () => {
    await Promise.all(stacks.map((stack) => stack.close()));
    await rekor?.close();
  });

  const trustKitVerify = (file: string, root: string): string[] => ['verify-blob', file, '--bundle', `${file}.sigstore.json`, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', GITHUB_ACTIONS_ISSUER, '--trusted-root', root];
  const trustKitSign = (stack: SigstoreStack, log: RealRekor, file: string): string[] => ['sign-blob', '--fulcio-url', stack.fulcioURL, '--rekor-url', log.url, '--trusted-root', stack.trustedRootPath, file];

  it('trust-kit signs keyless with it (its signed entry timestamp dates the signature), verifies, and refuses a root listing another log', async (t) => {
    const tools = programs(t);
    if (tools === undefined) return;
    const { rekor: log, stack, elsewhere } = await start(tools);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'a.txt'), 'logged in the real Rekor v1\n');
    const signed = await cli(trustKitSign(stack, log, 'a.txt'), dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() });
    assert.equal(signed.code, 0, `${signed.stderr}\n${log.output()}`);
    assert.equal(stack.requests.rekor, 0, 'the stack runs no Rekor v1 of its own');

    const bundle = JSON.parse(await readFile(join(dir, 'a.txt.sigstore.json'), 'utf8')) as { verificationMaterial: { tlogEntries: Array<{ inclusionProof: { checkpoint: { envelope: string } } }> } };
    // Real Rekor v1's checkpoint: origin `<hostname> - <tree id>`, signed under its hostname flag, not its URL's host (127.0.0.1).
    assert.match(bundle.verificationMaterial.tlogEntries[0]?.inclusionProof.checkpoint.envelope ?? '', new RegExp(`^${REKOR_HOSTNAME} - ${log.treeID}\n[\\s\\S]*\n\u2014 ${REKOR_HOSTNAME} `));

    const verified = await cli(trustKitVerify('a.txt', stack.trustedRootPath), dir);
    assert.equal(verified.code, 0, verified.stderr);
    const otherRoot = join(dir, 'trusted_root.other-log.json');
    await writeFile(otherRoot, JSON.stringify({ ...stack.trustedRoot, tlogs: elsewhere.trustedRoot.tlogs }));
    const untrusted = await cli(trustKitVerify('a.txt', otherRoot), dir);
    assert.match(untrusted.stderr, /VERIFY_TLOG_UNTRUSTED/);
  });

  it('cosign 3 verifies what trust-kit logged in it', async (t) => {
    const tools = programs(t);
    const cosign = requirePeer(t, 'cosign3');
    if (tools === undefined || cosign === undefined) return;
    const { rekor: log, stack } = await start(tools);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'b.txt'), 'for cosign\n');
    const signed = await cli(trustKitSign(stack, log, 'b.txt'), dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);
    const verified = await runPeer(cosign, ['verify-blob', 'b.txt', '--bundle', 'b.txt.sigstore.json', '--trusted-root', stack.trustedRootPath, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', GITHUB_ACTIONS_ISSUER], dir);
    assert.equal(verified.code, 0, verified.stderr);
  });

  it('cosign 3 signs keyless with it, and trust-kit verifies', async (t) => {
    const tools = programs(t);
    const cosign = requirePeer(t, 'cosign3');
    if (tools === undefined || cosign === undefined) return;
    const { rekor: log, stack } = await start(tools);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'c.txt'), 'signed by cosign\n');
    const services = ['--fulcio-url', stack.fulcioURL, '--rekor-url', log.url, '--use-signing-config=false'];
    const signed = await runPeer(cosign, ['sign-blob', '--yes', ...services, '--trusted-root', stack.trustedRootPath, '--identity-token', stack.oidc.mintToken(), '--bundle', 'c.txt.sigstore.json', 'c.txt'], dir);
    assert.equal(signed.code, 0, `${signed.stderr}\n${log.output()}`);
    const verified = await cli(trustKitVerify('c.txt', stack.trustedRootPath), dir);
    assert.equal(verified.code, 0, verified.stderr);
  });

  it('sigstore-python signs keyless with it, and trust-kit verifies', async (t) => {
    const tools = programs(t);
    const python = requirePeer(t, 'sigstorePython');
    if (tools === undefined || python === undefined) return;
    const { rekor: log, stack } = await start(tools);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'd.txt'), 'signed by sigstore-python\n');
    const trustConfig = join(dir, 'trust_config.json');
    // The stack's signing config names Rekor, the Fulcio double and the TSA double: sigstore-python logs and timestamps.
    await writeFile(trustConfig, JSON.stringify(clientTrustConfig(stack.trustedRoot, stack)));
    const signed = await runPeer(python, ['--trust-config', trustConfig, 'sign', '--identity-token', stack.oidc.mintToken(), '--bundle', 'd.txt.sigstore.json', 'd.txt'], dir, SIGSTORE_PYTHON_ENV);
    assert.equal(signed.code, 0, `${signed.stderr}\n${log.output()}`);
    const verified = await cli(trustKitVerify('d.txt', stack.trustedRootPath), dir);
    assert.equal(verified.code, 0, verified.stderr);
  });

  it('close() ends Rekor, Trillian and MariaDB, and removes their data', async (t) => {
    const tools = programs(t);
    if (tools === undefined) return;
    const own = await startRealRekor(tools);
    assert.equal(own.pids.length, 4);
    assert.ok(own.pids.every(isAlive));
    await own.close();
    assert.deepEqual(own.pids.filter(isAlive), [], 'every process is gone once close() resolves');
    assert.equal(existsSync(own.directory), false, 'and its data with them');
  });

  it('fails with what the servers printed when one cannot start', async (t) => {
    const tools = programs(t);
    if (tools === undefined) return;
    const dir = await tempDir(t);
    const fake = join(dir, 'rekor-server');
    await writeFile(fake, '#!/bin/sh\necho "no such command: $1" >&2\nexit 3\n', { mode: 0o755 });
    await assert.rejects(startRealRekor({ ...tools, rekorServer: fake }), (error: Error) => {
      assert.match(error.message, /did not start: rekor-server exited with code 3/);
      assert.match(error.message, /--- rekor-server ---\nno such command: serve/);
      assert.match(error.message, /--- trillian_log_server ---/);
      return true;
    });
  });

  it('leaves no process behind when the test process is killed with SIGKILL', async (t) => {
    const tools = programs(t);
    if (tools === undefined) return;
    const { pids, directory } = await killedParent(tools);
    // Nobody was left to remove the MariaDB data (about 30 MB).
    t.after(() => rm(directory, { recursive: true, force: true }));
    assert.equal(pids.length, 4);
    const deadline = Date.now() + 10_000;
    while (pids.some(isAlive) && Date.now() < deadline) await sleep(50);
    assert.deepEqual(pids.filter(isAlive), [], 'the kernel ended all four with their parent (setpriv --pdeathsig)');
  });
});
