/**
 * `npm run bench -- sbom`: the bundled `trust-kit sbom` (whole process, SPDX and CycloneDX in one
 * run, development dependencies included as the peers include them) on the big real lockfiles in ../shared/corpus/big-lockfiles, side by side with
 * `@cyclonedx/cyclonedx-npm --package-lock-only` and `@cyclonedx/cdxgen` on the npm cases (both
 * installed on demand into .bench/, never project dependencies). Bars: every lockfile under 1 s
 * wall and 200 MiB peak; at least 30x faster than the faster peer on theia. Two floors are timed
 * on theia too, to read that ratio by: starting Node alone; parsing the lockfile into unique
 * name@version pairs alone; and the least pipeline built on packageurl-js and the CycloneDX
 * library, which the issue asks for (bench/_sbom-floor.ts).
 * BENCH_RUNS (default 3) runs of ours per case, medians; BENCH_PEERS=0 skips the peers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, median, table, type Measurement } from './_measure.js';

const root = join(import.meta.dirname, '..');
const corpus = join(root, '..', 'shared', 'corpus', 'big-lockfiles');
const cli = join(root, 'dist', 'cli', 'index.js');
const peersDir = join(root, '.bench', 'sbom-peers');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const withPeers = process.env.BENCH_PEERS !== '0';
const PEERS = { '@cyclonedx/cyclonedx-npm': '6.0.1', '@cyclonedx/cdxgen': '12.8.4' } as const;
const WALL_BAR_SECONDS = 1;
const MEMORY_BAR_MIB = 200;
const RATIO_BAR = 30;

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run bundle\` first (the benchmark times the bundled CLI, as users run it)`);
  process.exit(2);
}
if (!existsSync(corpus)) {
  console.error(`${corpus} is missing: the big lockfiles live in ../shared/corpus/big-lockfiles`);
  process.exit(2);
}

/** Installs the peers once into .bench/ with npm's own client. */
function installPeers(): void {
  const missing = Object.keys(PEERS).filter((name) => !existsSync(join(peersDir, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return;
  console.log(`installing ${missing.join(', ')} into ${peersDir} (once) ...`);
  mkdirSync(peersDir, { recursive: true });
  const specs = Object.entries(PEERS).map(([name, version]) => `${name}@${version}`);
  const result = spawnSync('npm', ['install', '--prefix', peersDir, '--omit=optional', '--no-audit', '--no-fund', ...specs], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not install the peers');
}

function binOf(name: string, bin: string): string {
  const manifest = JSON.parse(readFileSync(join(peersDir, 'node_modules', name, 'package.json'), 'utf8')) as { bin: Record<string, string> | string };
  const relative = typeof manifest.bin === 'string' ? manifest.bin : (manifest.bin[bin] ?? '');
  return join(peersDir, 'node_modules', name, relative);
}

/** Components in a CycloneDX document, nested ones included. */
function countComponents(path: string): number {
  const bom = JSON.parse(readFileSync(path, 'utf8')) as { components?: unknown[]; metadata?: { component?: { components?: unknown[] } } };
  const count = (components: unknown[] | undefined): number =>
    (components ?? []).reduce<number>((sum, component) => sum + 1 + count((component as { components?: unknown[] }).components), 0);
  // Workspace members nest under the described component (trust-kit), not in the top-level list.
  return count(bom.components) + count(bom.metadata?.component?.components);
}

function countSpdxPackages(path: string): number {
  return (JSON.parse(readFileSync(path, 'utf8')) as { packages: unknown[] }).packages.length - 1;
}

interface Row {
  name: string;
  tool: string;
  packages: number;
  result: Measurement;
}

/** The least any SBOM tool does on an npm lockfile: parse it and list its unique name@version pairs. */
const FLOOR_SCRIPT = `
const lock = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
const unique = new Set();
for (const [path, entry] of Object.entries(lock.packages)) {
  if (path !== '') unique.add((entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13)) + '@' + entry.version);
}
if (unique.size === 0) process.exit(1);
`;

/** Bundles bench/_sbom-floor.ts with ncc, as trust-kit is bundled, and returns the bundle's path. */
function libraryFloor(): string {
  const bundleDir = join(root, '.bench', 'sbom-floor');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', join(root, 'bench', '_sbom-floor.ts'), '-o', bundleDir, '--quiet'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not bundle bench/_sbom-floor.ts');
  return join(bundleDir, 'index.js');
}

const scratch = mkdtempSync(join(tmpdir(), 'trust-kit-bench-sbom-'));
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };
const rows: Row[] = [];
const failures: string[] = [];
if (withPeers) installPeers();
console.log(`node ${process.version}, ${runs} runs of trust-kit per case (medians); peers once each\n`);

for (const name of readdirSync(corpus).filter((entry) => !entry.includes('.')).sort()) {
  const dir = join(corpus, name);
  const out = join(scratch, name);
  const ours: Measurement[] = [];
  for (let run = 0; run < runs; run++) {
    // --include-dev: the peers list development dependencies too, so all tools do the same work.
    ours.push(measure(process.execPath, [cli, 'sbom', dir, '--include-dev', '--format', 'spdx-json', '--format', 'cyclonedx-json', '--output-dir', out], { env }));
  }
  const result = { seconds: median(ours.map((m) => m.seconds)), peakMiB: Math.max(...ours.map((m) => m.peakMiB)) };
  const packages = countSpdxPackages(join(out, 'sbom.spdx.json'));
  if (countComponents(join(out, 'sbom.cdx.json')) !== packages) failures.push(`${name}: SPDX and CycloneDX list different package counts`);
  rows.push({ name, tool: 'trust-kit (spdx+cdx)', packages, result });
  if (result.seconds >= WALL_BAR_SECONDS) failures.push(`${name}: ${result.seconds.toFixed(2)} s >= ${WALL_BAR_SECONDS} s`);
  if (result.peakMiB >= MEMORY_BAR_MIB) failures.push(`${name}: ${result.peakMiB.toFixed(0)} MiB >= ${MEMORY_BAR_MIB} MiB`);

  if (name === 'npm-theia') {
    // Floors, for reading the ratio: what starting Node alone, and reading the lockfile into unique packages alone, cost here.
    const floor = (tool: string, args: string[]): void => {
      const runsOf = Array.from({ length: runs }, () => measure(process.execPath, args, { env }));
      rows.push({ name, tool, packages: Number.NaN, result: { seconds: median(runsOf.map((m) => m.seconds)), peakMiB: Math.max(...runsOf.map((m) => m.peakMiB)) } });
    };
    floor('floor: node -e 0', ['-e', '0']);
    floor('floor: JSON.parse + walk + dedupe', ['-e', FLOOR_SCRIPT, join(dir, 'package-lock.json')]);
    mkdirSync(out, { recursive: true });
    floor('floor: packageurl-js + cdx library', [libraryFloor(), dir, out]);
    const floorRow = rows.at(-1);
    if (floorRow !== undefined) floorRow.packages = countComponents(join(out, 'floor.cdx.json'));
  }
  if (!withPeers || !name.startsWith('npm-')) continue;
  // The peers read package.json + package-lock.json from a writable project directory.
  const project = join(scratch, `${name}-project`);
  cpSync(dir, project, { recursive: true });
  const cdxNpmOut = join(scratch, `${name}.cyclonedx-npm.json`);
  const cdxNpm = measure(process.execPath, [binOf('@cyclonedx/cyclonedx-npm', 'cyclonedx-npm'), '--package-lock-only', '--ignore-npm-errors', '--output-format', 'JSON', '--output-file', cdxNpmOut], { cwd: project, env });
  rows.push({ name, tool: 'cyclonedx-npm --package-lock-only', packages: countComponents(cdxNpmOut), result: cdxNpm });
  const cdxgenOut = join(scratch, `${name}.cdxgen.json`);
  const cdxgen = measure(process.execPath, [binOf('@cyclonedx/cdxgen', 'cdxgen'), '-t', 'js', '--no-install-deps', '-o', cdxgenOut, project], {
    cwd: project,
    env: { ...env, FETCH_LICENSE: 'false', CDXGEN_TELEMETRY: 'false' },
  });
  rows.push({ name, tool: 'cdxgen -t js --no-install-deps', packages: countComponents(cdxgenOut), result: cdxgen });
  if (name === 'npm-theia') {
    const ratio = Math.min(cdxNpm.seconds, cdxgen.seconds) / result.seconds;
    if (ratio < RATIO_BAR) failures.push(`npm-theia: ${ratio.toFixed(1)}x faster than the faster peer, bar ${RATIO_BAR}x`);
  }
}
rmSync(scratch, { recursive: true, force: true });

const ourSeconds = new Map(rows.filter((row) => row.tool.startsWith('trust-kit')).map((row) => [row.name, row.result.seconds]));
console.log(
  table([
    ['lockfile', 'tool', 'packages', 'wall s', 'peak MiB', 'peer / trust-kit'],
    ...rows.map((row) => [
      row.name,
      row.tool,
      Number.isNaN(row.packages) ? '-' : String(row.packages),
      row.result.seconds.toFixed(2),
      row.result.peakMiB.toFixed(0),
      row.tool.startsWith('trust-kit') ? '' : `${(row.result.seconds / (ourSeconds.get(row.name) ?? Number.NaN)).toFixed(row.tool.startsWith('floor') ? 2 : 1)}x`,
    ]),
  ]),
);
const theiaPeers = rows.filter((row) => row.name === 'npm-theia' && !row.tool.startsWith('trust-kit') && !row.tool.startsWith('floor'));
const fasterPeer = theiaPeers.length === 0 ? undefined : Math.min(...theiaPeers.map((row) => row.result.seconds));
console.log(`\nbars: < ${WALL_BAR_SECONDS} s and < ${MEMORY_BAR_MIB} MiB per lockfile; >= ${RATIO_BAR}x the faster peer on npm-theia${fasterPeer === undefined ? '' : ` (here: <= ${(fasterPeer / RATIO_BAR).toFixed(3)} s)`}`);
if (failures.length > 0) {
  console.log(`FAIL:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('PASS');
}
