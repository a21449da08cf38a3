import type { SigstoreStack } from './index.js';

/** What `npm run stack` prints: the stack's services, a job's environment, and lines that sign and verify against it (test/support/sigstore/banner.test.ts runs them). */
export function bannerLines(stack: SigstoreStack): string[] {
  return [
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
    `  trust-kit sign-blob FILE --fulcio-url ${stack.fulcioURL} --rekor-url ${stack.rekorURL ?? ''} --tsa-url ${stack.tsaURL ?? ''} --trusted-root ${stack.trustedRootPath}`,
    `  trust-kit verify-blob FILE --bundle FILE.sigstore.json --trusted-root ${stack.trustedRootPath} --repo octo-org/octo-repo`,
    '',
    `Or with a token (valid 5 minutes) directly: export SIGSTORE_ID_TOKEN='${stack.oidc.mintToken()}'`,
  ];
}
