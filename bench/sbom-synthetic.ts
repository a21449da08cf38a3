/**
 * `npm run bench -- sbom-synthetic`: trust-kit sbom (bundled from the current source into
 * .bench/sbom-synthetic, as users run it; whole process, SPDX and CycloneDX in one run) on a
 * generated package-lock.json v3 of 50,000 distinct packages, each with an SRI hash, a license
 * and one to three dependencies. Bars: < 2.5 s wall and < 400 MiB peak (median of BENCH_RUNS,
 * default 3, after one warm-up run).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundles } from '../scripts/bundle.js';
import { measure, median, table } from './_measure.js';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const PACKAGES = 50_000;
const WALL_BAR_SECONDS = 2.5;
const MEMORY_BAR_MIB = 400;

/** A package-lock.json v3 of `count` packages: a root depending on every hundredth, each package on the next one to three. */
function syntheticLockfile(count: number): string {
  const name = (index: number): string => (index % 5 === 0 ? `@scope-${index % 97}/pkg-${index}` : `pkg-${index}`);
  const packages: Record<string, unknown> = {};
  const rootDependencies: Record<string, string> = {};
  for (let index = 0; index < count; index += 100) rootDependencies[name(index)] = '^1.0.0';
  packages[''] = { name: 'synthetic', version: '1.0.0', license: 'MIT', dependencies: rootDependencies };
  for (let index = 0; index < count; index++) {
    const dependencies: Record<string, string> = {};
    for (let step = 1; step <= 1 + (index % 3); step++) if (index + step < count) dependencies[name(index + step)] = `^${1 + ((index + step) % 4)}.0.0`;
    const version = `${1 + (index % 4)}.${index % 10}.${index % 7}`;
    packages[`node_modules/${name(index)}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name(index)}/-/pkg-${index}-${version}.tgz`,
      integrity: `sha512-${createHash('sha512').update(name(index)).digest('base64')}`,
      license: index % 11 === 0 ? 'Apache-2.0 OR MIT' : 'MIT',
      ...(Object.keys(dependencies).length === 0 ? {} : { dependencies }),
    };
  }
  return JSON.stringify({ name: 'synthetic', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2);
}

const benchDir = join(root, '.bench', 'sbom-synthetic');
mkdirSync(benchDir, { recursive: true });
// ncc resolves dependencies from the compiled files upwards.
if (!existsSync(join(benchDir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(benchDir, 'node_modules'), 'dir');
console.log('bundling the CLI from the current source into .bench/sbom-synthetic ...');
buildBundles(join(benchDir, 'lib'), join(benchDir, 'dist'), { cli: 'cli/bin.js' });
const cli = join(benchDir, 'dist', 'cli', 'index.js');

const project = mkdtempSync(join(tmpdir(), 'trust-kit-bench-synthetic-'));
const out = join(project, 'out');
try {
  writeFileSync(join(project, 'package-lock.json'), syntheticLockfile(PACKAGES));
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };
  const args = [cli, 'sbom', project, '--format', 'spdx-json', '--format', 'cyclonedx-json', '--output-dir', out];
  measure(process.execPath, args, { env });
  const measured = Array.from({ length: runs }, () => measure(process.execPath, args, { env }));
  const seconds = median(measured.map((m) => m.seconds));
  const peakMiB = Math.max(...measured.map((m) => m.peakMiB));
  const listed = (JSON.parse(readFileSync(join(out, 'sbom.spdx.json'), 'utf8')) as { packages: unknown[] }).packages.length - 1;
  console.log(`node ${process.version}, ${runs} runs after a warm-up (median wall, max peak)\n`);
  console.log(table([['lockfile', 'packages', 'wall s', 'peak MiB'], [`synthetic package-lock v3`, String(listed), seconds.toFixed(2), peakMiB.toFixed(0)]]));
  const failures = [
    ...(listed === PACKAGES ? [] : [`listed ${listed} packages of ${PACKAGES}`]),
    ...(seconds < WALL_BAR_SECONDS ? [] : [`${seconds.toFixed(2)} s >= ${WALL_BAR_SECONDS} s`]),
    ...(peakMiB < MEMORY_BAR_MIB ? [] : [`${peakMiB.toFixed(0)} MiB >= ${MEMORY_BAR_MIB} MiB`]),
  ];
  console.log(`\nbars: < ${WALL_BAR_SECONDS} s and < ${MEMORY_BAR_MIB} MiB for ${PACKAGES} packages`);
  if (failures.length > 0) {
    console.log(`FAIL:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('PASS');
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
