/**
 * The signing half of `npm run bench -- sign`: trust-kit signs the checksums file of a release
 * (one token, one certificate, one log entry and one timestamp, whatever the artifact count),
 * side by side with sigstore-js composed as `sigstore.sign()` composes it (CIContextProvider,
 * FulcioSigner, RekorWitness, TSAWitness): once over the same checksums file, and per artifact
 * (as per-subject signing does), timed on a sample and scaled to the release.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CIContextProvider, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } from '@sigstore/sign';
import { createChecksums } from '../src/checksums/index.js';
import { cliNamer } from '../src/config/inputs.js';
import { signConfig } from '../src/config/sign.js';
import { silentLogger } from '../src/core/logger.js';
import { openSigningSession } from '../src/sigstore/sign/index.js';
import type { SigstoreService } from '../test/support/sigstore/index.js';
import { table } from './_measure.js';
import type { Requests, StackProcess } from './_stack.js';

const ROUNDS = 7;
const SERVICES: readonly SigstoreService[] = ['oidc', 'fulcio', 'rekor', 'tsa'];

/** What one signing run asked of each service, and how long it took. */
export interface SigningFigures {
  label: string;
  requests: Requests;
  ms: number;
}

async function counted(stack: StackProcess, label: string, work: () => Promise<unknown>): Promise<SigningFigures> {
  const before = await stack.requests();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const after = await stack.requests();
  return { label, ms, requests: Object.fromEntries(SERVICES.map((service) => [service, after[service] - before[service]])) as Requests };
}

/** The run of median wall time (every run of one kind makes the same requests). */
function medianRun(runs: readonly SigningFigures[]): SigningFigures {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('no runs');
  return middle;
}

/** sigstore-js's own composition of a keyless blob signature, reading the runner's token from the environment. */
function sigstoreJsBuilder(stack: StackProcess): MessageSignatureBundleBuilder {
  const witnesses = [new RekorWitness({ rekorBaseURL: stack.rekorURL ?? '', fetchOnConflict: true }), new TSAWitness({ tsaBaseURL: stack.tsaURL ?? '' })];
  return new MessageSignatureBundleBuilder({ signer: new FulcioSigner({ identityProvider: new CIContextProvider('sigstore'), fulcioBaseURL: stack.fulcioURL }), witnesses });
}

/**
 * The signing half: hashes `count` artifacts into SHA256SUMS, signs it with trust-kit (token,
 * certificate, log entry, timestamp, then the offline self-verification) and with the peer, in
 * alternating rounds after a warm-up; returns the figures per kind of run.
 */
export async function measureReleaseSigning(stack: StackProcess, count: number, peerSample: number): Promise<SigningFigures[]> {
  const dir = await mkdtemp(join(tmpdir(), 'trust-kit-bench-sign-'));
  try {
    await Promise.all(Array.from({ length: count }, (_, i) => writeFile(join(dir, `artifact-${String(i).padStart(4, '0')}.tar.gz`), `release artifact ${i}\n`.repeat(64))));
    const checksums = await createChecksums({ subjects: ['.'], algorithm: 'sha256', output: 'SHA256SUMS', base: '.' }, dir);
    const checksumsPath = checksums.outputPath ?? join(dir, 'SHA256SUMS');
    const raw = { 'subject-path': 'SHA256SUMS', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'tsa-url': stack.tsaURL ?? '', 'trusted-root': stack.trustedRootPath };
    const signOurs = async (): Promise<void> => {
      const opened = await openSigningSession(signConfig(raw, cliNamer()), { cwd: dir, env: { ...stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
      if (opened.session === undefined) throw new Error('no signing session');
      await opened.session.signFile(checksumsPath);
    };
    // sigstore-js reads the runner's variables from the process environment.
    Object.assign(process.env, stack.env);
    const builder = sigstoreJsBuilder(stack);
    const checksumsBytes = Buffer.from(checksums.text);
    const signPeer = (): Promise<unknown> => builder.create({ data: checksumsBytes });

    // Warm both (module loading, first connections), then alternate rounds and keep the median.
    await signOurs();
    await signPeer();
    const oursRuns: SigningFigures[] = [];
    const peerRuns: SigningFigures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      oursRuns.push(await counted(stack, `trust-kit: SHA256SUMS of ${count} artifacts (median of ${ROUNDS})`, signOurs));
      peerRuns.push(await counted(stack, `sigstore-js: the same SHA256SUMS (median of ${ROUNDS})`, signPeer));
    }
    const ours = medianRun(oursRuns);
    const peerOnce = medianRun(peerRuns);
    const sample = await counted(stack, 'sample', async () => {
      for (let i = 0; i < peerSample; i++) await builder.create({ data: Buffer.from(`release artifact ${i}\n`.repeat(64)) });
    });
    const scale = count / peerSample;
    const peerEach: SigningFigures = {
      label: `sigstore-js: each of ${count} artifacts (${peerSample} timed, scaled)`,
      ms: sample.ms * scale,
      requests: Object.fromEntries(SERVICES.map((service) => [service, Math.round(sample.requests[service] * scale)])) as Requests,
    };
    return [ours, peerOnce, peerEach];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The figures as a table, with the ratio of each run's time to trust-kit's and whether the bar holds. */
export function formatReleaseSigning(figures: readonly SigningFigures[]): string {
  const ours = figures[0];
  const rows = [['run', 'token', 'certificate', 'log', 'timestamp', 'wall', 'vs trust-kit']];
  for (const figure of figures) {
    rows.push([
      figure.label,
      String(figure.requests.oidc),
      String(figure.requests.fulcio),
      String(figure.requests.rekor),
      String(figure.requests.tsa),
      `${figure.ms.toFixed(0)} ms`,
      ours === undefined ? '' : `${(figure.ms / ours.ms).toFixed(2)} x`,
    ]);
  }
  const met = ours !== undefined && ours.requests.oidc === 1 && ours.requests.fulcio === 1 && ours.requests.rekor === 1;
  return `${table(rows)}\nbar (exactly 1 token, 1 certificate, 1 log request per release): ${met ? 'met' : 'MISSED'}`;
}
