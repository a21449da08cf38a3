/**
 * `npm run bench -- sign`: against the loopback Sigstore stack, sign the checksums file of 1,000
 * artifacts and print the requests per service (bar: exactly 1 token, 1 certificate and 1 log
 * request per release, whatever the artifact count), side by side with sigstore-js; then the
 * offline verification throughput of 1,000 bundles (bar: median under 2 ms per bundle after the
 * trusted root is loaded), side by side with sigstore-js's verifier. The stack runs in a child
 * process (`npm run stack`), so its servers' CPU is not billed to the client's event loop.
 */
import { startStackProcess } from './_stack.js';
import { formatReleaseSigning, measureReleaseSigning } from './_sign-requests.js';
import { formatVerifyThroughput, measureOfflineVerification } from './_verify-throughput.js';

const ARTIFACTS = Number(process.env.BENCH_ARTIFACTS ?? 1000);
const PEER_SAMPLE = Number(process.env.BENCH_PEER_SAMPLE ?? 50);
const DISTINCT_SIGNERS = Number(process.env.BENCH_DISTINCT_SIGNERS ?? 200);

const stack = await startStackProcess();
try {
  console.log(`Signing a release of ${ARTIFACTS} artifacts on the loopback stack (requests per service):`);
  console.log(formatReleaseSigning(await measureReleaseSigning(stack, ARTIFACTS, PEER_SAMPLE)));
  console.log('\nOffline verification per bundle (Rekor entry, RFC 3161 timestamp and SCT each), trusted root loaded once:');
  console.log(formatVerifyThroughput(await measureOfflineVerification(stack, ARTIFACTS, DISTINCT_SIGNERS)));
} finally {
  await stack.close();
}
