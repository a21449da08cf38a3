/**
 * `npm run bench -- sbom-image`: the bundled `trust-kit sbom` (whole process, SPDX and CycloneDX in
 * one run) on a real Debian bookworm minbase image (built once by `sudo bash scripts/install-tools.sh
 * debian_image`), as an OCI layout and as a `docker save` archive, side by side with syft
 * (.tools/bin/syft) writing the same two formats. Bar: trust-kit at most 0.5x syft's wall time,
 * as the median of per-round ratios. A warm-up run of each tool, then BENCH_RUNS (default 5) rounds
 * in rotating order. TRUST_KIT_CLI times another bundle than dist/cli/index.js (one built into a
 * temporary directory before dist/ is rebuilt).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, pairedRatio, pairedRuns, table } from './_measure.js';

const root = join(import.meta.dirname, '..');
const cli = process.env.TRUST_KIT_CLI ?? join(root, 'dist', 'cli', 'index.js');
const syft = join(root, '.tools', 'bin', 'syft');
const image = join(root, '.tools', 'images', 'debian-bookworm-minbase');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const RATIO_BAR = 0.5;

for (const [path, fix] of [
  [cli, 'run `npm run bundle` first, or give TRUST_KIT_CLI (the benchmark times the bundled CLI, as users run it)'],
  [syft, 'run `bash scripts/install-tools.sh syft`'],
  [join(image, 'oci', 'index.json'), 'run `sudo bash scripts/install-tools.sh debian_image`'],
] as const) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: ${fix}`);
    process.exit(2);
  }
}

const out = mkdtempSync(join(tmpdir(), 'trust-kit-bench-image-'));
const home = mkdtempSync(join(tmpdir(), 'trust-kit-bench-home-'));
let failed = false;
try {
  const rows: string[][] = [['source', 'trust-kit s', 'syft s', 'trust-kit MiB', 'syft MiB', 'ratio (bar <= 0.5)']];
  for (const [prefix, path] of [
    ['oci-dir', join(image, 'oci')],
    ['docker-archive', join(image, 'image.tar')],
  ] as const) {
    const source = `${prefix}:${path}`;
    const results = pairedRuns(
      {
        'trust-kit': { command: process.execPath, args: [cli, 'sbom', source, '--format', 'spdx-json', '--format', 'cyclonedx-json', '--output-dir', join(out, 'trust-kit')], env: { ...process.env, SOURCE_DATE_EPOCH: '1767323045' } },
        syft: { command: syft, args: ['scan', source, '-q', '-o', `spdx-json=${join(out, 'syft.spdx.json')}`, '-o', `cyclonedx-json=${join(out, 'syft.cdx.json')}`], env: { PATH: process.env.PATH ?? '', HOME: home, SYFT_CHECK_FOR_APP_UPDATE: 'false' } },
      },
      runs,
    );
    const ratio = pairedRatio(results, 'trust-kit', 'syft');
    if (!(ratio <= RATIO_BAR)) failed = true;
    const seconds = (tool: string): string => median((results[tool] ?? []).map((measurement) => measurement.seconds)).toFixed(2);
    const memory = (tool: string): string => median((results[tool] ?? []).map((measurement) => measurement.peakMiB)).toFixed(0);
    rows.push([prefix, seconds('trust-kit'), seconds('syft'), memory('trust-kit'), memory('syft'), `${ratio.toFixed(2)}${ratio <= RATIO_BAR ? '' : ' FAIL'}`]);
  }
  console.log(table(rows));
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
