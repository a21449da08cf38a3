import { bannerLines } from './banner.js';
import { startSigstoreStack } from './index.js';

/** `npm run stack`: runs the loopback Sigstore stack for manual use until interrupted. */
async function main(): Promise<void> {
  const stack = await startSigstoreStack();
  console.log(bannerLines(stack).join('\n'));
  // Started by a benchmark with an IPC channel: it is told the stack's details and asks for request counts, so the servers run out of its process.
  if (process.send !== undefined) {
    const { fulcioURL, rekorURL, tsaURL, env, trustedRoot, trustedRootPath } = stack;
    process.on('message', (message: unknown) => {
      if (message === 'requests') process.send?.({ requests: { ...stack.requests } });
    });
    process.send({ stack: { fulcioURL, rekorURL, tsaURL, env, trustedRoot, trustedRootPath } });
  }
  const stop = (): void => {
    stack.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
