/**
 * `npm run bench -- verify`: offline verification throughput against bundles signed by trust-kit
 * on the loopback Sigstore stack, side by side with sigstore-js: (a) 1,000 bundles of one release
 * (one keyless session: one certificate, a log entry and a timestamp each), (b) bundles that each
 * carry their own certificate, the worst case for any cache. Bar: median < 2 ms per bundle.
 */
import { cliNamer } from '../src/config/inputs.js';
import { signConfig } from '../src/config/sign.js';
import { silentLogger } from '../src/core/logger.js';
import { openSigningSession, type SigningSession } from '../src/sigstore/sign/index.js';
import { startSigstoreStack, type SigstoreStack } from '../test/support/sigstore/index.js';
import { formatVerifyThroughput, measureVerifyThroughput, type BundleCase } from './_verify-throughput.js';

const RELEASE_BUNDLES = Number(process.env.BENCH_BUNDLES ?? 1000);
const DISTINCT_SIGNERS = Number(process.env.BENCH_SIGNERS ?? 200);
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';

async function session(stack: SigstoreStack): Promise<SigningSession> {
  const raw: Record<string, string> = { 'subject-path': 'unused', 'fulcio-url': stack.fulcioURL, 'trusted-root': stack.trustedRootPath };
  if (stack.rekorURL !== undefined) raw['rekor-url'] = stack.rekorURL;
  if (stack.tsaURL !== undefined) raw['tsa-url'] = stack.tsaURL;
  const opened = await openSigningSession(signConfig(raw, cliNamer()), {
    cwd: process.cwd(),
    env: { ...stack.env },
    run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined },
    logger: silentLogger,
  });
  if (opened.session === undefined) throw new Error('no signing session');
  return opened.session;
}

const stack = await startSigstoreStack();
try {
  const release = await session(stack);
  const releaseCases: BundleCase[] = [];
  for (let i = 0; i < RELEASE_BUNDLES; i++) {
    const artifact = Buffer.from(`artifact ${i}\n`);
    releaseCases.push({ text: (await release.signBlob(artifact, `artifact-${i}`)).text, artifact });
  }
  const distinctCases: BundleCase[] = [];
  for (let i = 0; i < DISTINCT_SIGNERS; i++) {
    const artifact = Buffer.from(`distinct ${i}\n`);
    distinctCases.push({ text: (await (await session(stack)).signBlob(artifact, `distinct-${i}`)).text, artifact });
  }
  const results = [
    measureVerifyThroughput('one release (1 certificate)', releaseCases, stack.trustedRoot, { identity: IDENTITY, issuer: ISSUER }),
    measureVerifyThroughput('a certificate each', distinctCases, stack.trustedRoot, { identity: IDENTITY, issuer: ISSUER }),
  ];
  console.log('Offline verification, per bundle, trusted root loaded once (Rekor entry + RFC 3161 timestamp + SCT each):');
  console.log(formatVerifyThroughput(results));
} finally {
  await stack.close();
}
