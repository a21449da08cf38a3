/**
 * `npm run bench -- sign-images`: sign 20 images in one run against the loopback Sigstore stack
 * and a loopback registry with the OCI referrers API (go-containerregistry's, behind a counting
 * proxy), and print the requests per service and the wall time, side by side with cosign 3
 * signing the same 20 images in one `cosign sign` run (its default format: a bundle referrer).
 * Bar: 20 images with 1 certificate. The stack runs in a child process, so its CPU is not billed
 * to trust-kit's event loop; cosign runs as its own process, start-up included.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { RegistryClient } from '../src/oci/index.js';
import { PEERS, isInstalled, runPeer } from '../test/interop/tools.js';
import { cli } from '../test/support/cli.js';
import { startFaultProxy } from '../test/support/oci/fault-proxy.js';
import { buildImage, debianFiles, pushImage } from '../test/support/oci/images.js';
import { startReferrersRegistry } from '../test/support/oci/registries.js';
import { median, table } from './_measure.js';
import { startStackProcess, type Requests } from './_stack.js';

const IMAGES = Number(process.env.BENCH_IMAGES ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Figures {
  label: string;
  requests: Requests;
  registry: number;
  ms: number[];
}

// The loopback servers take their cleanup from a test context: the bench stops them when it ends.
const cleanups: (() => unknown)[] = [];
const context = { after: (fn: () => unknown) => void cleanups.push(fn), skip: () => undefined } as unknown as TestContext;

const stack = await startStackProcess();
const dir = await mkdtemp(join(tmpdir(), 'trust-kit-bench-sign-images-'));
try {
  const upstream = await startReferrersRegistry(context);
  const proxy = await startFaultProxy(context, upstream.name);
  const client = new RegistryClient({ plainHttp: [proxy.name] });
  const references: string[] = [];
  for (let i = 0; i < IMAGES; i++) {
    const image = buildImage(debianFiles(`bench image ${i}`));
    await pushImage(client, { registry: proxy.name, repository: `bench/app-${i}` }, image, 'v1');
    references.push(`${proxy.name}/bench/app-${i}@${image.digest}`);
  }
  client.close();

  const runs: Record<string, () => Promise<void>> = {
    [`trust-kit sign-image --signature-format cosign3 (${IMAGES} images, one run)`]: async () => {
      const run = await cli(['sign-image', '--signature-format', 'cosign3', '--allow-http-registry', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath, ...references], dir, { ...stack.env, HOME: dir });
      if (run.code !== 0) throw new Error(`trust-kit sign-image failed: ${run.stderr}`);
    },
    [`trust-kit sign-image (both formats, ${IMAGES} images, one run)`]: async () => {
      const run = await cli(['sign-image', '--allow-http-registry', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath, ...references], dir, { ...stack.env, HOME: dir });
      if (run.code !== 0) throw new Error(`trust-kit sign-image failed: ${run.stderr}`);
    },
  };
  if (isInstalled(PEERS.cosign3)) {
    runs[`cosign 3 sign (${IMAGES} images, one run)`] = async () => {
      const services = ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--timestamp-server-url', `${stack.tsaURL ?? ''}/api/v1/timestamp`, '--use-signing-config=false'];
      // cosign takes the runner's OIDC token from the GitHub Actions variables in the stack's environment.
      const run = await runPeer(PEERS.cosign3, ['sign', '--yes', '--allow-http-registry', ...services, '--trusted-root', stack.trustedRootPath, ...references], dir, { ...stack.env, HOME: dir });
      if (run.code !== 0) throw new Error(`cosign 3 sign failed: ${run.stderr}`);
    };
  } else {
    console.log(`cosign 3 is not installed (${PEERS.cosign3.install}): trust-kit alone`);
  }

  const figures: Figures[] = Object.keys(runs).map((label) => ({ label, requests: { oidc: 0, fulcio: 0, rekor: 0, tsa: 0 } as Requests, registry: 0, ms: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const figure of figures) {
      const before = await stack.requests();
      const registryBefore = proxy.requests.length;
      const start = performance.now();
      await (runs[figure.label] as () => Promise<void>)();
      figure.ms.push(performance.now() - start);
      const after = await stack.requests();
      // Every run of one kind makes the same requests: the last round's are shown.
      figure.requests = Object.fromEntries(Object.keys(after).map((service) => [service, after[service as keyof Requests] - before[service as keyof Requests]])) as Requests;
      figure.registry = proxy.requests.length - registryBefore;
    }
  }
  const rows = [['run', 'token', 'certificate', 'log', 'timestamp', 'registry', `wall (median of ${ROUNDS})`]];
  for (const figure of figures) {
    rows.push([figure.label, String(figure.requests.oidc), String(figure.requests.fulcio), String(figure.requests.rekor), String(figure.requests.tsa), String(figure.registry), `${median(figure.ms).toFixed(0)} ms`]);
  }
  console.log(`Signing ${IMAGES} images on the loopback stack and registry (requests per service, per run):`);
  console.log(table(rows));
  const ours = figures[0];
  const met = ours !== undefined && ours.requests.fulcio === 1;
  console.log(`bar (${IMAGES} images with 1 certificate): ${met ? 'met' : 'MISSED'}`);
  if (!met) process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await stack.close();
  await rm(dir, { recursive: true, force: true });
}
