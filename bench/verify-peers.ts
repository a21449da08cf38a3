/**
 * `npm run bench -- verify-peers`: one offline verification of one blob bundle, whole process, by
 * trust-kit's bundled CLI (`verify-blob`), `cosign verify-blob` 3.x, `python -m sigstore verify
 * identity` and sigstore-js's CLI (`sigstore verify`), on the same bundle, artifact and policy.
 * Bar: trust-kit's time <= 1.0 x cosign's (median of paired ratios). `node -e 0` runs beside them: the floor under
 * any Node.js CLI, and what is left for trust-kit's own start-up and verification.
 *
 * The bundle is the interop matrix's: trust-kit signs keylessly on the loopback Sigstore stack
 * (Fulcio, Rekor, TSA), and every verifier gets the stack's trust material in the form the matrix
 * gives it. Each peer verifies once while the stack still runs, which also fills sigstore-js's
 * TUF cache; then everything is shut down and the timed runs touch no network (sigstore-js reads
 * its cache alone, `--tuf-force-cache`).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  COLUMNS,
  ROWS_BY_KEY,
  SIGSTORE_PYTHON_ENV,
  cosignVerifyArgs,
  openMatrix,
  produce,
  sigstoreJsVerifyArgs,
  sigstorePythonVerifyArgs,
  trustKitVerifyArgs,
  type Subject,
} from '../test/interop/matrix.js';
import { PEERS, isInstalled, missingMessage, peerEnv, peerVersion, type PeerName, type PeerTool } from '../test/interop/tools.js';
import { median, pairedRatio, pairedRuns, table, type Tool } from './_measure.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, '.bench', 'verify-peers');
const cli = process.env.BENCH_TRUST_KIT_CLI ?? join(root, 'dist', 'cli', 'index.js');
const rounds = Number(process.env.BENCH_RUNS ?? 15);
const BAR = 1.0;
const PEER_NAMES = ['cosign3', 'sigstorePython', 'sigstoreJs'] as const satisfies readonly PeerName[];

if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run bundle\` (or set BENCH_TRUST_KIT_CLI=<path>)`);
for (const name of PEER_NAMES) if (!isInstalled(PEERS[name])) throw new Error(missingMessage(PEERS[name]));

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const context = await openMatrix(dir);
let subject: Subject;
try {
  subject = await produce(context, ROWS_BY_KEY.trustKitKeyless);
  // Only the columns that verify this kind of bundle: the attestation verifiers (cosign verify-blob-attestation) do not.
  for (const column of COLUMNS.filter((c) => PEER_NAMES.some((name) => name === c.peer) && c.applies(ROWS_BY_KEY.trustKitKeyless) === true)) {
    const outcome = await column.verify(context, subject);
    if (!outcome.verified) throw new Error(`${column.name} refuses the bundle: ${outcome.detail}`);
  }
} finally {
  await context.close();
}

const env = peerEnv(dir);
const peerTool = (peer: PeerTool, args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Tool => {
  const [command = '', ...leading] = peer.argv;
  return { command, args: [...leading, ...args], cwd: dir, env: { ...env, ...extraEnv } };
};
// The floor: Node.js starting and exiting, nothing loaded. trust-kit cannot start faster than this.
const FLOOR = 'node -e 0 (floor)';
const tools: Record<string, Tool> = {
  'trust-kit': { command: process.execPath, args: [cli, ...trustKitVerifyArgs('verify-blob', context, subject)], cwd: dir, env },
  [FLOOR]: { command: process.execPath, args: ['-e', '0'], cwd: dir, env },
  [PEERS.cosign3.name]: peerTool(PEERS.cosign3, cosignVerifyArgs('cosign3', context, subject)),
  [PEERS.sigstorePython.name]: peerTool(PEERS.sigstorePython, sigstorePythonVerifyArgs(context, subject), SIGSTORE_PYTHON_ENV),
  [PEERS.sigstoreJs.name]: peerTool(PEERS.sigstoreJs, sigstoreJsVerifyArgs(context, subject, true)),
};
const versions = await Promise.all(PEER_NAMES.map(async (name) => `${PEERS[name].name} ${await peerVersion(PEERS[name], dir)}`));

// The machine's load around the timed runs: a busy machine stretches wall times, a multi-threaded peer's the most.
const loadBefore = loadavg()[0] ?? 0;
const results = pairedRuns(tools, rounds);
const loadAfter = loadavg()[0] ?? 0;
const ratio = (peer: string): number => pairedRatio(results, 'trust-kit', peer);
const medianOf = (name: string, key: 'seconds' | 'cpuSeconds' | 'peakMiB'): number => median((results[name] ?? []).map((m) => m[key]));
console.log(`node ${process.version}; ${versions.join('; ')}`);
console.log(`one offline verification of one keyless blob bundle (Rekor entry, TSA timestamp), whole process, ${rounds} rotating rounds after a warm-up, medians; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after\n`);
console.log(
  table([
    // CPU time beside wall time: on a busy machine it moves less, and it shows what a multi-threaded peer (cosign) spends.
    ['tool', 'wall (s)', 'cpu (s)', 'peak (MiB)', 'trust-kit / tool'],
    ...Object.keys(tools).map((name) => [name, medianOf(name, 'seconds').toFixed(3), medianOf(name, 'cpuSeconds').toFixed(3), medianOf(name, 'peakMiB').toFixed(1), name === 'trust-kit' ? '' : ratio(name).toFixed(2)]),
  ]),
);
console.log(`\ntrust-kit above the floor: ${((medianOf('trust-kit', 'seconds') - medianOf(FLOOR, 'seconds')) * 1000).toFixed(1)} ms; the floor alone is ${pairedRatio(results, FLOOR, PEERS.cosign3.name).toFixed(2)} x ${PEERS.cosign3.name}'s time`);
const cosignRatio = ratio(PEERS.cosign3.name);
const pass = cosignRatio <= BAR;
console.log(`\nbar: trust-kit <= ${BAR.toFixed(1)} x ${PEERS.cosign3.name} (median of paired ratios): ${pass ? 'PASS' : 'FAIL'} (ratio ${cosignRatio.toFixed(2)})`);
process.exitCode = pass ? 0 : 1;
