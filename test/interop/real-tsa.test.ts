// The real Sigstore timestamp authority (timestamp-server, scripts/install-tools.sh timestamp_server) on loopback: the
// helper starts and stops it without leaving a process behind, and trust-kit signs with it and verifies its timestamps.
// The cross-tool rows (cosign, sigstore-python, sigstore-js) are in the interop matrix (matrix.ts, "real timestamp-server").
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli } from '../support/cli.js';
import { firstLineOfDyingParent } from '../support/server-process.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { startRealTimestampAuthority, type RealTimestampAuthority } from '../support/sigstore/real-tsa.js';
import { tempDir } from '../support/tmp.js';
import { IDENTITY, ISSUER } from './matrix.js';
import { requirePeer } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OID_TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

/** The timestamp-server binary, or undefined when the test was skipped for its absence (it fails in CI). */
function serverBinary(t: TestContext): string | undefined {
  return requirePeer(t, 'timestampServer')?.file;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the process is gone; false if it still runs after `timeoutMs`. */
async function gone(pid: number, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Starts the server from a separate Node.js process, which prints the server's pid and then ends as `end` says:
 * `exit` (process.exit without closing the server) or `sigkill` (killed by the test, no handler runs).
 */
async function serverOfDyingParent(binary: string, end: 'exit' | 'sigkill'): Promise<number> {
  const helper = join(ROOT, 'test', 'support', 'sigstore', 'real-tsa.ts');
  const script = [
    `import { startRealTimestampAuthority } from ${JSON.stringify(helper)};`,
    `const tsa = await startRealTimestampAuthority(${JSON.stringify(binary)});`,
    'console.log(tsa.pid);',
    end === 'exit' ? 'process.exit(0);' : 'setInterval(() => {}, 1_000);',
  ].join('\n');
  return Number.parseInt(await firstLineOfDyingParent(script, end), 10);
}

describe('the real timestamp-server on loopback: starting and stopping', () => {
  it('serves its certificate chain (signing certificate first, with the critical timeStamping usage) and close() ends it', async (t) => {
    const binary = serverBinary(t);
    if (binary === undefined) return;
    const tsa = await startRealTimestampAuthority(binary);
    let closed = false;
    t.after(async () => {
      if (!closed) await tsa.close();
    });
    assert.match(tsa.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(tsa.chain.length, 3, 'signing certificate, intermediate, root');
    const [leaf, intermediate, root] = tsa.chain.map((der) => new X509Certificate(der));
    assert.ok(leaf && intermediate && root);
    assert.ok(leaf.checkIssued(intermediate) && intermediate.checkIssued(root) && root.checkIssued(root));
    assert.deepEqual(leaf.keyUsage, [OID_TIME_STAMPING]);
    assert.deepEqual(tsa.subject, { organization: 'local', commonName: 'Test TSA Timestamping' });
    assert.ok(isAlive(tsa.pid));
    await tsa.close();
    closed = true;
    assert.ok(!isAlive(tsa.pid), 'the server process is gone once close() resolves');
  });

  it('does not outlive a test process that exits without closing it', async (t) => {
    const binary = serverBinary(t);
    if (binary === undefined) return;
    const pid = await serverOfDyingParent(binary, 'exit');
    assert.ok(await gone(pid), `timestamp-server ${pid} still runs after its parent exited`);
  });

  it('does not outlive a test process killed with SIGKILL, and the next start takes over the dead process\'s lock', async (t) => {
    const binary = serverBinary(t);
    if (binary === undefined) return;
    const pid = await serverOfDyingParent(binary, 'sigkill');
    assert.ok(await gone(pid), `timestamp-server ${pid} still runs after its parent was killed`);
    const next = await startRealTimestampAuthority(binary, { lockTimeoutMs: 5_000 });
    await next.close();
  });

  it('fails with the server\'s own output when it cannot start', async (t) => {
    const dir = await tempDir(t);
    const fake = join(dir, 'timestamp-server');
    await writeFile(fake, '#!/bin/sh\necho "no such command: $1" >&2\nexit 3\n', { mode: 0o755 });
    await assert.rejects(startRealTimestampAuthority(fake), (error: Error) => {
      assert.match(error.message, /did not start: timestamp-server exited with code 3/);
      assert.match(error.message, /no such command: serve/);
      return true;
    });
  });
});

describe('the real timestamp-server on loopback: trust-kit signs with it and verifies its timestamps', () => {
  let tsa: RealTimestampAuthority | undefined;
  let started: Promise<{ tsa: RealTimestampAuthority; logged: SigstoreStack; unlogged: SigstoreStack; elsewhere: SigstoreStack }> | undefined;
  const stacks: SigstoreStack[] = [];
  /** Once for the tests below: the server, a stack signing with it (Fulcio, Rekor), one without a log, and an unrelated stack. */
  const start = (binary: string): NonNullable<typeof started> => {
    started ??= (async () => {
      tsa = await startRealTimestampAuthority(binary);
      for (const options of [{ tsa, rekorInitialSize: 5 }, { tsa, rekor: false }, {}]) stacks.push(await startSigstoreStack(options));
      const [logged, unlogged, elsewhere] = stacks as [SigstoreStack, SigstoreStack, SigstoreStack];
      return { tsa, logged, unlogged, elsewhere };
    })();
    return started;
  };
  after(async () => {
    await Promise.all(stacks.map((stack) => stack.close()));
    await tsa?.close();
  });

  /** Writes `root` with the timestamp authorities of another stack in place of the real server's. */
  async function rootWithOtherTsa(dir: string, stack: SigstoreStack, elsewhere: SigstoreStack): Promise<string> {
    const path = join(dir, 'trusted_root.other-tsa.json');
    await writeFile(path, JSON.stringify({ ...stack.trustedRoot, timestampAuthorities: elsewhere.trustedRoot.timestampAuthorities }));
    return path;
  }

  const verifyArgs = (file: string, root: string): string[] => ['verify-blob', file, '--bundle', `${file}.sigstore.json`, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', root];

  it('keyless with Rekor: the bundle carries the real server\'s timestamp; trust-kit verifies it, and refuses it when the trusted root lists another TSA', async (t) => {
    const binary = serverBinary(t);
    if (binary === undefined) return;
    const { tsa: server, logged, elsewhere } = await start(binary);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'a.txt'), 'signed with a real timestamp\n');
    const signed = await cli(['sign-blob', '--fulcio-url', logged.fulcioURL, '--rekor-url', logged.rekorURL ?? '', '--tsa-url', server.url, '--trusted-root', logged.trustedRootPath, 'a.txt'], dir, { SIGSTORE_ID_TOKEN: logged.oidc.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal(logged.requests.tsa, 0, 'the stack runs no TSA of its own');

    const verified = await cli(verifyArgs('a.txt', logged.trustedRootPath), dir);
    assert.equal(verified.code, 0, verified.stderr);
    const refused = await cli(verifyArgs('a.txt', await rootWithOtherTsa(dir, logged, elsewhere)), dir);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /VERIFY_TIMESTAMP_INVALID/);
  });

  it('keyless without a log (GitHub\'s private-repository shape): the real server\'s timestamp alone dates the signature', async (t) => {
    const binary = serverBinary(t);
    if (binary === undefined) return;
    const { tsa: server, unlogged, elsewhere } = await start(binary);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'b.txt'), 'timestamp only\n');
    const signed = await cli(['sign-blob', '--instance', 'github', '--fulcio-url', unlogged.fulcioURL, '--tsa-url', server.url, '--trusted-root', unlogged.trustedRootPath, 'b.txt'], dir, { SIGSTORE_ID_TOKEN: unlogged.oidc.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);

    const verified = await cli(verifyArgs('b.txt', unlogged.trustedRootPath), dir);
    assert.equal(verified.code, 0, verified.stderr);
    const refused = await cli(verifyArgs('b.txt', await rootWithOtherTsa(dir, unlogged, elsewhere)), dir);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /VERIFY_TIMESTAMP_INVALID/);
  });
});
