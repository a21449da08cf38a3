import { startSigstoreStack } from './index.js';

/** `npm run stack`: runs the loopback Sigstore stack for manual use until interrupted. */
async function main(): Promise<void> {
  const stack = await startSigstoreStack();
  const lines = [
    'trust-kit loopback Sigstore stack (Ctrl-C to stop)',
    '',
    `  Fulcio        ${stack.fulcioURL}`,
    `  Rekor         ${stack.rekorURL ?? '(off)'}`,
    `  TSA           ${stack.tsaURL ?? '(off)'}`,
    `  OIDC issuer   ${stack.oidc.issuer} (discovery at ${stack.oidc.discoveryURL}/.well-known/openid-configuration)`,
    `  trusted root  ${stack.trustedRootPath}`,
    '',
    'Environment of a job with `permissions: id-token: write`:',
    '',
    ...Object.entries(stack.env).map(([name, value]) => `  export ${name}='${value}'`),
    `  export NO_PROXY=127.0.0.1,localhost`,
    '',
    'Sign and verify against it:',
    '',
    `  trust-kit sign-blob FILE --fulcio-url ${stack.fulcioURL} --rekor-url ${stack.rekorURL ?? ''} --tsa-url ${stack.tsaURL ?? ''}`,
    `  trust-kit verify-blob FILE --bundle FILE.sigstore.json --trusted-root ${stack.trustedRootPath} --repo octo-org/octo-repo`,
    '',
    `Or with a token (valid 5 minutes) directly: export SIGSTORE_ID_TOKEN='${stack.oidc.mintToken()}'`,
  ];
  console.log(lines.join('\n'));
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
