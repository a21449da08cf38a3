/**
 * `npm run bench -- sign`: against the loopback Sigstore stack, sign the checksums file of 1,000
 * artifacts and print the requests per service (bar: exactly 1 token, 1 certificate and 1 log
 * request per release, whatever the artifact count), side by side with sigstore-js.
 */
import { startSigstoreStack } from '../test/support/sigstore/index.js';
import { formatReleaseSigning, measureReleaseSigning } from './_sign-requests.js';

const ARTIFACTS = Number(process.env.BENCH_ARTIFACTS ?? 1000);
const PEER_SAMPLE = Number(process.env.BENCH_PEER_SAMPLE ?? 50);

const stack = await startSigstoreStack();
try {
  console.log(`Signing a release of ${ARTIFACTS} artifacts on the loopback stack (requests per service):`);
  console.log(formatReleaseSigning(await measureReleaseSigning(stack, ARTIFACTS, PEER_SAMPLE)));
} finally {
  await stack.close();
}
