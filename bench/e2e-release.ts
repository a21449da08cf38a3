/**
 * The bar of issue 15, end to end: the root action's bundle (built into a temporary directory as
 * dist/ is) releases 50 artifacts with 2 SBOMs, 1 image and attestations for a tag push, through the
 * same runner harness as test/e2e (loopback Sigstore stack, GitHub's issuer through an HTTPS proxy,
 * the GitHub API double, a loopback registry). Per run it prints the counts from the servers'
 * request logs (tokens, certificates, log entries, uploads) and the wall time, then the time of a
 * re-run for the now published tag, which must change nothing. BENCH_RUNS (default 2) releases,
 * each under its own tag; medians.
 *
 * No peer does the whole thing (hash, SBOM, sign, attest, sign an image, publish a GitHub release,
 * idempotently) in one step: goreleaser with cosign and syft comes closest, but signs with one
 * certificate per cosign call and has no re-run mode; so no peer column.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleRootAction, makeWorkspace, releaseInputs, removeDir, requestCounts, requestMarks, runRootAction, startE2eWorld } from '../test/e2e/harness.js';
import { median, table } from './_measure.js';

const ARTIFACTS = 50;
const runs = Number(process.env.BENCH_RUNS ?? 2);
const scratch = await mkdtemp(join(tmpdir(), 'trust-kit-bench-e2e-'));
const cleanups: (() => Promise<void> | void)[] = [];
let failed = false;
try {
  console.log('bundling the root action into a temporary directory (tsc and ncc, once) ...');
  await mkdir(join(scratch, 'build'));
  const actionYml = await bundleRootAction(join(scratch, 'build'));
  const world = await startE2eWorld({ after: (fn: () => Promise<void> | void) => void cleanups.push(fn) }, scratch);
  cleanups.push(() => world.close());
  const rows: string[][] = [['run', 'seconds', 'tokens', 'certificates', 'log entries', 'uploads', 're-run seconds', 're-run changes']];
  const firsts: number[] = [];
  const reruns: number[] = [];
  for (let round = 1; round <= runs; round += 1) {
    const workspace = await makeWorkspace(ARTIFACTS);
    cleanups.push(() => removeDir(workspace));
    const inputs = releaseInputs(world, { tag: `v1.2.3-bench.${round}`, force: 'true' });
    const marks = requestMarks(world);
    const started = performance.now();
    const run = await runRootAction(actionYml, world, workspace, inputs);
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`the release failed:\n${run.stderr}`);
    const counts = requestCounts(world, marks);
    const statements = (await readFile(join(workspace, 'trust-kit-out', 'attestations.intoto.jsonl'), 'utf8')).trim().split('\n').length;
    // The checksums file, each attestation, and the image's cosign 3 statement and cosign 2 signature.
    const expectedEntries = 1 + statements + 2;
    const expectedUploads = ARTIFACTS + 8; // the SBOMs, the verification kit, SHA256SUMS, its bundle, the attestations and VERIFY.md
    if (counts.tokens !== 1 || counts.certificates !== 1 || counts.logEntries !== expectedEntries || counts.uploads !== expectedUploads) failed = true;
    const again = requestMarks(world);
    const rerunStarted = performance.now();
    const rerun = await runRootAction(actionYml, world, workspace, inputs);
    const rerunSeconds = (performance.now() - rerunStarted) / 1000;
    const rerunCounts = requestCounts(world, again);
    if (rerun.status !== 0 || rerunCounts.changes !== 0 || rerunCounts.certificates !== 0 || rerunCounts.logEntries !== 0) failed = true;
    firsts.push(seconds);
    reruns.push(rerunSeconds);
    rows.push([String(round), seconds.toFixed(2), String(counts.tokens), String(counts.certificates), `${counts.logEntries} (of ${expectedEntries})`, `${counts.uploads} (of ${expectedUploads})`, rerunSeconds.toFixed(2), String(rerunCounts.changes)]);
  }
  console.log(`\n${ARTIFACTS} artifacts, 2 SBOMs (SPDX 2.3, CycloneDX 1.6), 1 image (cosign 2 and 3 signatures), provenance and SBOM attestations, published to a GitHub release; node ${process.version}\n`);
  console.log(table(rows));
  console.log(`\nmedian: release ${median(firsts).toFixed(2)} s, re-run of the published tag ${median(reruns).toFixed(2)} s`);
  console.log('tokens: the one the runner issues for sigstore, which gets the certificate and whose verified claims make the provenance');
  console.log(`bar: one certificate, one log entry per signed statement, every asset uploaded once, a re-run that changes nothing: ${failed ? 'FAIL' : 'PASS'}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await removeDir(scratch);
}
process.exitCode = failed ? 1 : 0;
