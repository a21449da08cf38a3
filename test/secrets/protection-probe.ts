/**
 * A child process for protection tests that need a fresh process: `mlock` enables protection,
 * takes 40 secrets of a page and a small one, enables protection again (also strictly for mlock) and prints the statuses and warnings as JSON; `touch-after-use` keeps a view of a
 * secret past `use` and reads it in a later event-loop turn, which must kill the process with SIGSEGV (the memory is no-access);
 * `crash`, `reject`, `exit` and `signal` install the purge hooks, take the secret given as argument and then
 * throw, reject, call process.exit or wait for a signal; `host-signal` and `host-crash` do so in a program with its own SIGTERM or
 * uncaughtException handler; `undestroyed` takes 12,000 secrets in one synchronous loop without destroying them.
 */
import { SecretBuffer, enableMemoryProtection, installPurgeHooks } from '../../src/secrets/index.js';

const warnings: string[] = [];
const status = enableMemoryProtection({ logger: { warn: (message) => warnings.push(message), debug() {} } });
const mode = process.argv[2];
if (mode === 'mlock') {
  const secrets = Array.from({ length: 40 }, (_, index) => SecretBuffer.from(Buffer.alloc(4096, index)));
  const intact = secrets.every((secret, index) => secret.use((bytes) => bytes.every((byte) => byte === index)));
  // Mappings marked MADV_DONTDUMP while the 40 are alive: libsodium marks a block so before it asks for the lock.
  const dontDump = (await import('node:fs')).readFileSync('/proc/self/smaps', 'utf8').split('\n').filter((line) => line.startsWith('VmFlags:') && / dd\b/.test(line)).length;
  for (const secret of secrets) secret.destroy();
  const after = { ...status, ...(await import('../../src/secrets/index.js')).memoryProtectionStatus() };
  // A small secret's block, kept for reuse: the next small allocation (the lock probe of the next enabling) takes it without locking.
  SecretBuffer.from(Buffer.alloc(32, 1)).destroy();
  // Enabled again (a second entry point, protectProcess after a library took a secret): the refused blocks are still in use.
  const again = enableMemoryProtection().mlock;
  let strictAgain = 'no error';
  try {
    enableMemoryProtection({ strict: ['mlock'] });
  } catch (error) {
    strictAgain = (error as { code?: string }).code ?? String(error);
  }
  process.stdout.write(`${JSON.stringify({ status, after, again, strictAgain, warnings, intact, dontDump })}\n`);
} else if (mode === 'touch-after-use') {
  const secret = SecretBuffer.from(Buffer.from('no-access-between-uses'));
  let kept: Buffer | undefined;
  secret.use((bytes) => {
    kept = bytes;
  });
  process.stdout.write(`backend ${status.backend}\n`);
  // Closing happens at the end of the event-loop turn; from the next one on, any touch faults.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  process.stdout.write(`read ${kept?.[0] ?? -1}\n`);
}
if (mode === 'crash' || mode === 'reject' || mode === 'signal' || mode === 'exit') {
  installPurgeHooks();
  const secret = SecretBuffer.from(Buffer.from(process.argv[3] ?? ''));
  process.on('exit', () => process.stdout.write(`destroyed at exit: ${secret.destroyed}\n`));
  const failure = new Error(`request failed with token ${secret.use((bytes) => bytes.toString('base64'))}`, { cause: new Error(`cause: ${secret.use((bytes) => bytes.toString())}`) });
  if (mode === 'crash') setImmediate(() => {
    throw failure;
  });
  else if (mode === 'reject') void Promise.reject(failure);
  else if (mode === 'exit') setImmediate(() => process.exit(0));
  else {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        process.stdout.write(`destroyed on ${signal}: ${secret.destroyed}\n`);
        // Without the hook this listener would keep the process running: end it, so a missing hook fails instead of hanging.
        if (!secret.destroyed) process.exit(9);
      });
    }
    process.stdout.write('waiting\n');
    setInterval(() => {}, 1000);
  }
}
if (mode === 'two-copies') {
  // A second copy of the secrets runtime in the process (a bundle beside the library) installs its hooks too: here one
  // that does nothing, branded as the copies brand theirs. The crash must still be printed redacted and end the process.
  installPurgeHooks();
  const other = Object.assign(() => {}, { [Symbol.for('trust-kit.purge-hook')]: true });
  process.on('uncaughtException', other);
  const secret = SecretBuffer.from(Buffer.from(process.argv[3] ?? ''));
  setImmediate(() => {
    throw new Error(`failed with ${secret.use((bytes) => bytes.toString())}`);
  });
  setTimeout(() => process.stdout.write('still running\n'), 100);
}
if (mode === 'host-signal' || mode === 'host-crash') {
  // A host program with handlers of its own, which decide how it ends: the hooks purge and leave the rest to them.
  installPurgeHooks();
  const secret = SecretBuffer.from(Buffer.from('host-secret'));
  process.on('exit', () => process.stdout.write(`destroyed at exit: ${secret.destroyed}\n`));
  if (mode === 'host-signal') {
    let calls = 0;
    process.on('SIGTERM', () => {
      calls += 1;
      setTimeout(() => {
        process.stdout.write(`host handler calls: ${calls}, destroyed: ${secret.destroyed}\n`);
        process.exit(7);
      }, 200);
    });
    process.stdout.write('waiting\n');
    setInterval(() => {}, 1000);
  } else {
    process.on('uncaughtException', (error) => {
      process.stdout.write(`host handled: ${error.message}\n`);
      process.exitCode = 3;
    });
    setImmediate(() => {
      throw new Error('host failure');
    });
    setTimeout(() => process.stdout.write(`still running, destroyed: ${secret.destroyed}\n`), 50);
  }
}
if (mode === 'undestroyed') {
  // Secrets taken in a synchronous loop and never destroyed: nothing is collected until the loop ends.
  const secrets: SecretBuffer[] = [];
  for (let index = 0; index < 12_000; index += 1) {
    const secret = SecretBuffer.from(Buffer.alloc(32, index & 0xff));
    secret.use((bytes) => bytes[0]);
    if (index % 1000 === 0) secrets.push(secret);
  }
  const intact = secrets.every((secret, index) => secret.use((bytes) => bytes.every((byte) => byte === ((index * 1000) & 0xff))));
  // Counted before the turn ends, so no block of the loop's secrets was given back: libsodium's (4 maps each) and the rest of the process.
  const maps = (await import('node:fs')).readFileSync('/proc/self/maps', 'utf8').split('\n').length;
  process.stdout.write(`${JSON.stringify({ warnings, intact, maps })}\n`);
}
