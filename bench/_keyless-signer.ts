/**
 * A keyless signer for `npm run bench -- secrets` (part 3), in a process of its own with one kind
 * of secret memory for its whole life, as every trust-kit process has: `on` (libsodium, the
 * default) or `off` (the portable backend). The parent sends `{ stack, batch }`; the signer answers
 * each `{ batch }` with the CPU time (every thread) and wall time of that many signings against the
 * loopback Sigstore stack.
 */
import { createHash } from 'node:crypto';
import { cliNamer } from '../src/config/inputs.js';
import { signConfig } from '../src/config/sign.js';
import { silentLogger } from '../src/core/logger.js';
import { enableMemoryProtection } from '../src/secrets/index.js';
import { openSigningSession } from '../src/sigstore/sign/index.js';

/** What the parent tells the signer: the stack once, then batches to time. */
export type SignerRequest = { stack: { fulcioURL: string; rekorURL: string; tsaURL: string; trustedRootPath: string; env: Record<string, string> } } | { batch: number };
/** What the signer answers: ready once set up and warmed up, then one timing per batch (nanoseconds, totals). */
export type SignerAnswer = { ready: true; backend: string } | { cpu: number; wall: number };

const variant = process.argv[2];
if (variant !== 'on' && variant !== 'off') throw new Error(`usage: _keyless-signer.ts on|off (got ${String(variant)})`);
const status = enableMemoryProtection(variant === 'off' ? { backend: 'js' } : {});
const send = (answer: SignerAnswer): void => void process.send?.(answer);
const sums = Buffer.from(Array.from({ length: 1000 }, (_, index) => `${createHash('sha256').update(`artifact ${index}`).digest('hex')}  dist/artifact-${index}.tgz\n`).join(''));
let keyless: (() => Promise<void>) | undefined;

process.on('message', (request: SignerRequest) => {
  void (async () => {
    if ('stack' in request) {
      const { stack } = request;
      const raw = { 'subject-path': 'SHA256SUMS', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL, 'trusted-root': stack.trustedRootPath };
      keyless = async () => {
        const opened = await openSigningSession(signConfig(raw, cliNamer()), {
          cwd: process.cwd(),
          env: { ...stack.env },
          run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined },
          logger: silentLogger,
        });
        if (opened.session === undefined) throw new Error(`no signing session: ${opened.reason}`);
        await opened.session.signBlob(sums, 'SHA256SUMS');
        // As the CLI and the actions do: the token's protected memory is released for reuse.
        opened.close();
      };
      for (let warm = 0; warm < 5; warm += 1) await keyless();
      send({ ready: true, backend: status.backend });
      return;
    }
    if (keyless === undefined) throw new Error('a batch before the stack');
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    for (let index = 0; index < request.batch; index += 1) await keyless();
    await new Promise((resolve) => setImmediate(resolve));
    const used = process.cpuUsage(cpu);
    send({ cpu: (used.user + used.system) * 1000, wall: Number(process.hrtime.bigint() - wall) });
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
