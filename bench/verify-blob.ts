/**
 * `npm run bench -- verify-blob`: one offline `verify-blob` of one bundle, whole process (start-up,
 * module loading, trusted root, verification), trust-kit's bundled CLI (dist/cli/index.js) against
 * sigstore-js's CLI (`@sigstore/cli`, `sigstore verify`) on the same bundle, artifact and trusted
 * root. Bar: trust-kit's time <= 0.9 x sigstore-js's (median of paired ratios).
 *
 * The bundle is signed once on the loopback Sigstore stack. sigstore-js takes trust only through
 * TUF, so a loopback TUF repository serves the same trusted root once to fill its cache; both
 * services are then shut down, and sigstore-js runs from the cache (`--tuf-force-cache`) while
 * trust-kit reads the trusted root file (`--trusted-root`): neither touches the network.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTufRepository } from '../test/support/tuf.js';
import { startInstance, toV03 } from '../test/sigstore/sigstore-js.js';
import { measure, median, table, type Measurement } from './_measure.js';

const root = join(import.meta.dirname, '..');
const data = join(root, '.bench', 'verify-blob');
const cli = process.env.BENCH_TRUST_KIT_CLI ?? join(root, 'dist', 'cli', 'index.js');
const peerCli = process.env.BENCH_SIGSTORE_CLI ?? join(root, 'node_modules', '@sigstore', 'cli', 'bin', 'run');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const BAR = 0.9;
const IDENTITY = 'https://github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';

for (const [what, path] of [['trust-kit\'s bundled CLI (npm run bundle, or BENCH_TRUST_KIT_CLI=<path>)', cli], ['@sigstore/cli (a devDependency, or BENCH_SIGSTORE_CLI=<path to its bin/run>)', peerCli]] as const) {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${what} is needed`);
}

rmSync(data, { recursive: true, force: true });
mkdirSync(data, { recursive: true });
const files = { artifact: join(data, 'widget.tar.gz'), bundle: join(data, 'widget.tar.gz.sigstore.json'), trustedRoot: join(data, 'trusted_root.json'), cache: join(data, 'tuf-cache') };

const instance = await startInstance({ tlog: true });
let tuf: { url: string; rootPath: string };
try {
  const artifact = Buffer.from('trust-kit verify-blob benchmark artifact\n');
  writeFileSync(files.artifact, artifact);
  writeFileSync(files.bundle, JSON.stringify(toV03(await instance.signBlob(artifact))));
  writeFileSync(files.trustedRoot, JSON.stringify(instance.trustedRoot));
  const repository = await startTufRepository(data, Buffer.from(JSON.stringify(instance.trustedRoot)));
  tuf = { url: repository.url, rootPath: repository.rootPath };
  try {
    // Fills sigstore-js's TUF cache, and checks that its verification succeeds at all (asynchronously: the repository is served by this process).
    const seeded = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = execFile(process.execPath, peerArgs(false), { encoding: 'utf8' }, (error, _stdout, stderr) => resolve({ code: error === null ? 0 : (child.exitCode ?? 1), stderr }));
      child.on('error', reject);
    });
    if (seeded.code !== 0) throw new Error(`sigstore verify failed while filling its TUF cache: ${seeded.stderr.slice(-2000)}`);
  } finally {
    await repository.close();
  }
} finally {
  await instance.close();
}

function peerArgs(offline: boolean): string[] {
  return [
    peerCli, 'verify', files.bundle, '--blob-file', files.artifact, '--certificate-identity-uri', IDENTITY, '--certificate-issuer', ISSUER,
    '--tuf-mirror-url', tuf.url, '--tuf-root-path', tuf.rootPath, '--tuf-cache-path', files.cache, ...(offline ? ['--tuf-force-cache'] : []),
  ];
}

const tools: Record<'trust-kit' | 'sigstore-js', string[]> = {
  'trust-kit': [cli, 'verify-blob', files.artifact, '--bundle', files.bundle, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', files.trustedRoot],
  'sigstore-js': peerArgs(true),
};

// Warm-up: one run of each fills the page cache and Node's compile cache, if any, before anything is timed.
for (const args of Object.values(tools)) measure(process.execPath, args);
const results: Record<keyof typeof tools, Measurement[]> = { 'trust-kit': [], 'sigstore-js': [] };
const ratios: number[] = [];
for (let run = 0; run < runs; run++) {
  // Paired runs, in alternating order, so that a slow moment of the machine weighs on both sides of a ratio.
  const order = run % 2 === 0 ? (['trust-kit', 'sigstore-js'] as const) : (['sigstore-js', 'trust-kit'] as const);
  const pair = Object.fromEntries(order.map((name) => [name, measure(process.execPath, tools[name])])) as Record<keyof typeof tools, Measurement>;
  results['trust-kit'].push(pair['trust-kit']);
  results['sigstore-js'].push(pair['sigstore-js']);
  ratios.push(pair['trust-kit'].seconds / pair['sigstore-js'].seconds);
}

const medianOf = (name: keyof typeof tools, key: keyof Measurement): number => median(results[name].map((m) => m[key]));
const ratio = median(ratios);
console.log(`node ${process.version}, one offline verify-blob of one bundle (Rekor entry and SCT), ${runs} paired runs after a warm-up, medians\n`);
console.log(
  table([
    ['tool', 'wall (s)', 'peak (MiB)'],
    ...(['trust-kit', 'sigstore-js'] as const).map((name) => [name, medianOf(name, 'seconds').toFixed(3), medianOf(name, 'peakMiB').toFixed(1)]),
  ]),
);
console.log(`bar: trust-kit <= ${BAR} x sigstore-js (median of paired ratios): ${ratio <= BAR ? 'PASS' : 'FAIL'} (ratio ${ratio.toFixed(2)})`);
process.exitCode = ratio <= BAR ? 0 : 1;
