/**
 * `npm run bench -- release`: the bundled `trust-kit release` (unsigned: hashing and SBOMs) of
 * 50 artifacts of 20 MiB with the SBOMs of a 2,000-package lockfile (theia's, from
 * ../shared/corpus/big-lockfiles), against its parts alone in the same run: `checksums` of the
 * artifacts, `sbom` of the lockfile (the same two formats), and `sbom` of the lockfile listing the
 * artifacts as the release's SBOMs do (as SPDX packages with their SHA-256, the digest the
 * checksums file holds: no second digest of every artifact). Bar: release <= 1.1 x the longer of
 * checksums and sbom alone, which holds only when the lockfile is cataloged while the artifacts
 * are hashed; it is printed against both readings of "sbom alone". It also prints, from CPU times,
 * the best ratio the machine allows: the release does both commands' work, so it needs at least
 * their CPU time over the cores, read against the longer alone as measured (checksums alone leaves
 * some of its cores idle) and against a checksums run that would keep every core busy.
 * One warm-up of each, then BENCH_RUNS (default 5) interleaved repetitions, medians.
 * TRUST_KIT_CLI times another bundle than dist/cli/index.js (e.g. one built into .bench/).
 */
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { measureTimed, median, table, type TimedRun } from './_measure.js';

const root = join(import.meta.dirname, '..');
const lockfiles = join(root, '..', 'shared', 'corpus', 'big-lockfiles', 'npm-theia');
const cli = process.env.TRUST_KIT_CLI ?? join(root, 'dist', 'cli', 'index.js');
const data = join(root, '.bench', 'release');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const ARTIFACTS = 50;
const ARTIFACT_BYTES = 20 * 1024 * 1024;
const BAR = 1.1;

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run bundle\` first (the benchmark times the bundled CLI, as users run it), or set TRUST_KIT_CLI`);
  process.exit(2);
}
if (!existsSync(join(lockfiles, 'package-lock.json'))) {
  console.error(`${lockfiles}/package-lock.json is missing: the big lockfiles live in ../shared/corpus/big-lockfiles (beside the repository)`);
  process.exit(2);
}

const artifacts = join(data, 'artifacts');
const project = join(data, 'project');
console.log(`preparing data (once): ${ARTIFACTS} x ${ARTIFACT_BYTES / 1024 / 1024} MiB artifacts, theia's lockfile ...`);
mkdirSync(artifacts, { recursive: true });
mkdirSync(project, { recursive: true });
const chunk = Buffer.alloc(ARTIFACT_BYTES);
for (let i = 0; i < ARTIFACTS; i++) {
  const path = join(artifacts, `artifact-${String(i).padStart(2, '0')}.bin`);
  if (existsSync(path)) continue;
  const fd = openSync(path, 'w');
  writeSync(fd, randomFillSync(chunk));
  closeSync(fd);
}
for (const file of ['package-lock.json', 'package.json']) copyFileSync(join(lockfiles, file), join(project, file));
// Every tool reads the artifacts from the page cache, not the disk.
for (const file of readdirSync(artifacts)) readFileSync(join(artifacts, file));

const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
// The sbom command's flag for where release file names start (--artifact-base before it became --base).
const artifactBase = spawnSync(process.execPath, [cli, 'sbom', '--help'], { encoding: 'utf8' }).stdout.includes('--artifact-base') ? '--artifact-base' : '--base';
const tools: Record<string, string[]> = {
  release: [cli, 'release', '--no-sign', '--force', '--base', artifacts, '--sbom-path', project, '--output-dir', join(data, 'out-release'), artifacts],
  'checksums alone': [cli, 'checksums', '--base', artifacts, '--output', join(data, 'out-checksums', 'SHA256SUMS'), artifacts],
  'sbom alone': [cli, 'sbom', project, '--format', 'spdx-json', '--format', 'cyclonedx-json', '--output-dir', join(data, 'out-sbom')],
  'sbom alone, listing the artifacts': [cli, 'sbom', project, '--format', 'spdx-json', '--format', 'cyclonedx-json', '--output-dir', join(data, 'out-sbom-files'), '--artifacts', artifacts, artifactBase, artifacts],
};
mkdirSync(join(data, 'out-checksums'), { recursive: true });

console.log(`node ${process.version}, ${cli}, 1 warm-up and ${runs} interleaved runs per command, medians\n`);
for (const args of Object.values(tools)) measureTimed(process.execPath, args, { env });
const results: Record<string, TimedRun[]> = {};
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(tools)) (results[name] ??= []).push(measureTimed(process.execPath, args, { env }));
}
const medianOf = (name: string, key: keyof TimedRun): number => median((results[name] ?? []).map((m) => m[key]));
const release = medianOf('release', 'seconds');
const rows = [['command', 'wall (s)', 'CPU (s)', 'peak (MiB)', 'release / this']];
for (const name of Object.keys(tools)) rows.push([name, medianOf(name, 'seconds').toFixed(3), medianOf(name, 'cpuSeconds').toFixed(3), medianOf(name, 'peakMiB').toFixed(1), (release / medianOf(name, 'seconds')).toFixed(2)]);
console.log(table(rows));
const sequential = medianOf('checksums alone', 'seconds') + medianOf('sbom alone', 'seconds');
console.log(`\nchecksums alone, then sbom alone: ${sequential.toFixed(3)} s; release / that: ${(release / sequential).toFixed(2)}`);
// The release does the work of both, so on a quiet machine it needs at least their CPU time over the cores, however
// well the two overlap: (C + S) / cores of wall, read against the longer alone as measured. Checksums alone leaves part
// of its cores idle (its start, its walk, its end), which the release may fill with the SBOM's work; a checksums run that
// kept every core busy (wall = C / cores) would leave no room, and then (C + S) / max(C, cores x S) is the best ratio.
// Both count node's start-up twice, once in each command alone, so they overstate the floor a little.
const cores = availableParallelism();
const checksumsCpu = medianOf('checksums alone', 'cpuSeconds');
const sbomCpu = medianOf('sbom alone', 'cpuSeconds');
const checksumsWall = medianOf('checksums alone', 'seconds');
const longerAlone = Math.max(checksumsWall, medianOf('sbom alone', 'seconds'));
const cpuFloorSeconds = (checksumsCpu + sbomCpu) / cores;
const idle = Math.max(0, 1 - checksumsCpu / cores / checksumsWall);
const busyFloor = (checksumsCpu + sbomCpu) / Math.max(checksumsCpu, cores * sbomCpu);
console.log(
  `CPU: checksums alone ${checksumsCpu.toFixed(3)} s + sbom alone ${sbomCpu.toFixed(3)} s = ${(checksumsCpu + sbomCpu).toFixed(3)} s (release ${medianOf('release', 'cpuSeconds').toFixed(3)} s); ` +
    `on ${cores} cores the release needs at least ${cpuFloorSeconds.toFixed(3)} s: ${(Math.max(longerAlone, cpuFloorSeconds) / longerAlone).toFixed(2)} x the longer alone as measured ` +
    `(checksums alone leaves ${(idle * 100).toFixed(0)}% of its cores idle, which the release may fill; against a checksums run keeping every core busy, ${busyFloor.toFixed(2)} x)`,
);
let failed = false;
for (const sbom of ['sbom alone', 'sbom alone, listing the artifacts']) {
  const longer = Math.max(medianOf('checksums alone', 'seconds'), medianOf(sbom, 'seconds'));
  const ratio = release / longer;
  failed ||= ratio > BAR;
  console.log(`bar: release <= ${BAR} x the longer of checksums alone and ${sbom}: ${ratio <= BAR ? 'PASS' : 'FAIL'} (ratio ${ratio.toFixed(2)})`);
}
process.exitCode = failed ? 1 : 0;
