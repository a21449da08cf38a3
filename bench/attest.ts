/**
 * `npm run bench -- attest`: against the loopback Sigstore stack, attest 1,024 release artifacts
 * (hash them, build the statement, sign it, write the bundle) and verify the attestation for one
 * of them offline; requests per service and time, side by side with what actions/attest does for
 * the same files with its library: each file hashed as its subject-path does, then `@actions/attest`'s
 * `attest()` (skipWrite: no storage) over the same subjects and predicate, its bundle written.
 * @actions/attest signs only at the public-good or GitHub URLs: its public-good endpoints (the
 * module's own exported object) are pointed at the stack. Bar: one token, one certificate and one
 * log entry per statement for trust-kit, and at most 0.5x the peer's time.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { runAttestation } from '../src/attest/run.js';
import { attestConfig } from '../src/config/attest.js';
import { cliNamer } from '../src/config/inputs.js';
import { systemClock } from '../src/core/clock.js';
import { silentLogger } from '../src/core/logger.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../src/sigstore/verify/index.js';
import type { SigstoreService } from '../test/support/sigstore/index.js';
import { median, table } from './_measure.js';
import { startStackProcess, type Requests, type StackProcess } from './_stack.js';

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1024);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const VERIFY_ROUNDS = 21;
const SERVICES: readonly SigstoreService[] = ['oidc', 'fulcio', 'rekor', 'tsa'];
const PREDICATE_TYPE = 'https://example.com/attestations/test-results/v1';
const PREDICATE = { suite: 'release', passed: 1024, failed: 0 };
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ROOT = join(import.meta.dirname, '..');

interface Figures {
  ms: number;
  requests: Requests;
}

async function counted(stack: StackProcess, work: () => Promise<unknown>): Promise<Figures> {
  const before = await stack.requests();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const after = await stack.requests();
  return { ms, requests: Object.fromEntries(SERVICES.map((service) => [service, after[service] - before[service]])) as Requests };
}

function medianRun(runs: readonly Figures[]): Figures {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('no runs');
  return middle;
}

/** SHA-256 of a file as actions/attest's subject-path digests it: one read stream per file, one file after another. */
function streamDigest(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path).on('data', (chunk) => hash.update(chunk)).on('error', reject).on('end', () => resolve(hash.digest('hex')));
  });
}

const stack = await startStackProcess();
const dir = await mkdtemp(join(tmpdir(), 'trust-kit-bench-attest-'));
try {
  await mkdir(join(dir, 'artifacts'));
  const names = Array.from({ length: SUBJECTS }, (_, i) => `artifact-${String(i).padStart(4, '0')}.tar.gz`);
  await Promise.all(names.map((name, i) => writeFile(join(dir, 'artifacts', name), `release artifact ${i}\n`.repeat(256))));
  await writeFile(join(dir, 'predicate.json'), JSON.stringify(PREDICATE));

  const config = attestConfig(
    {
      'subject-path': ['artifacts/*'],
      base: 'artifacts',
      type: 'custom',
      predicate: 'predicate.json',
      'predicate-type': PREDICATE_TYPE,
      'output-dir': 'out',
      'fulcio-url': stack.fulcioURL,
      'rekor-url': stack.rekorURL ?? '',
      'trusted-root': stack.trustedRootPath,
    },
    cliNamer(),
    { base: '.', outputDir: '.' },
  );
  const ours = async (): Promise<void> => {
    const result = await runAttestation(config, { cwd: dir, env: { ...stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger, clock: systemClock });
    if ('skipped' in result) throw new Error(result.skipped);
  };

  // The peer reads the runner's variables from the process environment, and signs where its endpoints say.
  Object.assign(process.env, stack.env, { GITHUB_SERVER_URL: 'https://github.com' });
  const endpoints = (await import(pathToFileURL(join(ROOT, 'node_modules', '@actions', 'attest', 'lib', 'endpoints.js')).href)) as { SIGSTORE_PUBLIC_GOOD: { fulcioURL: string; rekorURL: string } };
  endpoints.SIGSTORE_PUBLIC_GOOD.fulcioURL = stack.fulcioURL;
  endpoints.SIGSTORE_PUBLIC_GOOD.rekorURL = stack.rekorURL ?? '';
  const { attest } = await import('@actions/attest');
  const peerBundlePath = join(dir, 'peer-attestation.json');
  const peer = async (): Promise<void> => {
    const subjects: { name: string; digest: Record<string, string> }[] = [];
    for (const name of names) subjects.push({ name, digest: { sha256: await streamDigest(join(dir, 'artifacts', name)) } });
    const attestation = await attest({ subjects, predicateType: PREDICATE_TYPE, predicate: PREDICATE, token: 'unused with skipWrite', sigstore: 'public-good', skipWrite: true });
    await writeFile(peerBundlePath, JSON.stringify(attestation.bundle));
  };

  // Warm both (module loading, first connections), then alternate rounds and keep the median.
  await ours();
  await peer();
  const oursRuns: Figures[] = [];
  const peerRuns: Figures[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    oursRuns.push(await counted(stack, ours));
    peerRuns.push(await counted(stack, peer));
  }
  const oursRun = medianRun(oursRuns);
  const peerRun = medianRun(peerRuns);

  // Verify the attestation for one subject, offline: trust-kit's verifier on its bundle, sigstore-js's on the peer's.
  const target = names[Math.floor(SUBJECTS / 2)] ?? '';
  const digest = await streamDigest(join(dir, 'artifacts', target));
  const ourBundle = JSON.parse(await readFile(join(dir, 'out', 'multiple.sigstore.json'), 'utf8')) as unknown;
  const trust = loadTrustMaterial(stack.trustedRoot, 'trusted_root.json');
  const policy = { kind: 'certificate' as const, identity: exactly(IDENTITY), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };
  const peerJson = JSON.parse(await readFile(peerBundlePath, 'utf8')) as Parameters<typeof bundleFromJSON>[0];
  const peerVerifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1 });
  const peerPolicy = { subjectAlternativeName: `^${IDENTITY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, extensions: { issuer: 'https://token.actions.githubusercontent.com' } };
  const verifyOurs = (): void => {
    verifyBundle(ourBundle, { digest: { algorithm: 'sha256', hex: digest } }, policy, trust);
  };
  const verifyPeer = (): void => {
    const bundle = bundleFromJSON(peerJson);
    peerVerifier.verify(toSignedEntity(bundle), peerPolicy);
    // sigstore-js checks the signature, not the subjects: the digest lookup is the caller's.
    const statement = JSON.parse(Buffer.from(bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope.payload : Buffer.alloc(0)).toString('utf8')) as { subject: { digest: { sha256?: string } }[] };
    if (!statement.subject.some((subject) => subject.digest.sha256 === digest)) throw new Error('the peer attestation does not list the subject');
  };
  const timedVerify = async (work: () => void): Promise<Figures> => {
    work();
    const times: number[] = [];
    const before = await stack.requests();
    for (let round = 0; round < VERIFY_ROUNDS; round++) {
      const start = performance.now();
      work();
      times.push(performance.now() - start);
    }
    const after = await stack.requests();
    return { ms: median(times), requests: Object.fromEntries(SERVICES.map((service) => [service, after[service] - before[service]])) as Requests };
  };
  const oursVerify = await timedVerify(verifyOurs);
  const peerVerify = await timedVerify(verifyPeer);

  const rows = [['run', 'token', 'certificate', 'log', 'timestamp', 'wall', 'vs peer']];
  const row = (label: string, figures: Figures, against: Figures): string[] => [
    label,
    String(figures.requests.oidc),
    String(figures.requests.fulcio),
    String(figures.requests.rekor),
    String(figures.requests.tsa),
    `${figures.ms.toFixed(figures.ms < 10 ? 2 : 0)} ms`,
    `${(figures.ms / against.ms).toFixed(2)} x`,
  ];
  rows.push(row(`trust-kit attest: ${SUBJECTS} files hashed, 1 statement signed and written (median of ${ROUNDS})`, oursRun, peerRun));
  rows.push(row(`@actions/attest: the same files hashed as actions/attest does, attest() skipWrite (median of ${ROUNDS})`, peerRun, peerRun));
  rows.push(row(`trust-kit verify one subject, offline (median of ${VERIFY_ROUNDS})`, oursVerify, peerVerify));
  rows.push(row(`sigstore-js verify of the peer's bundle + subject lookup (median of ${VERIFY_ROUNDS})`, peerVerify, peerVerify));
  console.log(`Attesting ${SUBJECTS} artifacts on the loopback stack (requests per service per run):`);
  console.log(table(rows));
  const requestsMet = oursRun.requests.oidc === 1 && oursRun.requests.fulcio === 1 && oursRun.requests.rekor === 1;
  const timeMet = oursRun.ms <= 0.5 * peerRun.ms;
  console.log(`bar (1 token, 1 certificate, 1 log entry per statement): ${requestsMet ? 'met' : 'MISSED'}`);
  console.log(`bar (<= 0.5x @actions/attest's time): ${timeMet ? 'met' : 'MISSED'} (${(oursRun.ms / peerRun.ms).toFixed(2)} x)`);
  if (!requestsMet || !timeMet) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
  await stack.close();
}
