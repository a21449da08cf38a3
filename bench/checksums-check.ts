/**
 * `npm run bench -- checksums-check`: checking a checksums file of one million lines, the bundled
 * `trust-kit checksums --check` side by side with coreutils' `sha256sum -c` in one run (issue 10:
 * "one million lines must check in time and memory comparable to sha256sum -c"). The lines name
 * the 20,000 files of 4 KiB that `npm run bench -- checksums` makes (made here when missing), each
 * 50 times, so both tools read a million files from the page cache and hash them; both run with
 * --quiet, so neither spends its time printing a million OK lines. One warm-up of each, then
 * BENCH_RUNS (default 3) rounds in rotating order; medians, and the time ratio as the median of
 * per-round ratios. Bars: time <= 1.5 x sha256sum -c's; and memory that does not grow with the
 * file: trust-kit's peak on two million lines (the same file twice) at most 1.1 x its peak on one
 * million. sha256sum holds one line at a time (a few MiB); Node.js and its hashing threads start at
 * about 130 MiB and settle near 210, where a checker that held the lines would grow by hundreds of
 * bytes a line.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, pairedRatio, pairedRuns, table } from './_measure.js';

const root = join(import.meta.dirname, '..');
const cli = process.env.BENCH_TRUST_KIT_CLI ?? join(root, 'dist', 'cli', 'index.js');
const small = join(root, '.bench', 'checksums', 'small-4k');
const sums = join(root, '.bench', 'checksums', 'check-1m.sha256');
const sumsTwice = join(root, '.bench', 'checksums', 'check-2m.sha256');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const LINES = 1_000_000;
const FILES = 20_000;
const TIME_BAR = 1.5;
const GROWTH_BAR = 1.1;

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run bundle\` first (the benchmark times the bundled CLI, as users run it)`);
  process.exit(2);
}

console.log(`preparing data (once): ${FILES} files of 4 KiB, a checksums file of ${LINES} lines naming each ${LINES / FILES} times ...`);
mkdirSync(small, { recursive: true });
// The names `npm run bench -- checksums` gives them, so that the two benches share one directory.
const names = Array.from({ length: FILES }, (_, index) => `${index}.bin`);
for (const [index, name] of names.entries()) {
  const path = join(small, name);
  if (!existsSync(path)) writeFileSync(path, Buffer.alloc(4096, index % 251));
}
if (!existsSync(sums)) {
  const lines = names.map((name) => `${createHash('sha256').update(readFileSync(join(small, name))).digest('hex')}  ${name}\n`);
  const text = Array.from({ length: LINES / FILES }, () => lines.join('')).join('');
  writeFileSync(sums, text);
}
if (!existsSync(sumsTwice)) writeFileSync(sumsTwice, Buffer.concat([readFileSync(sums), readFileSync(sums)]));
// Both tools read the files from the page cache, not the disk.
for (const name of readdirSync(small)) readFileSync(join(small, name));

const tools = {
  'trust-kit checksums --check': { command: process.execPath, args: [cli, 'checksums', '--check', sums, '--quiet'], cwd: small },
  'sha256sum -c': { command: 'sha256sum', args: ['-c', '--quiet', sums], cwd: small },
  'trust-kit checksums --check, 2 million lines': { command: process.execPath, args: [cli, 'checksums', '--check', sumsTwice, '--quiet'], cwd: small },
};
console.log(`node ${process.version}, ${cli}, 1 warm-up and ${runs} rotating rounds per tool, medians\n`);
const results = pairedRuns(tools, runs);
const rows = [['tool', 'wall (s)', 'CPU (s)', 'peak (MiB)']];
for (const [name, measured] of Object.entries(results)) {
  rows.push([name, median(measured.map((run) => run.seconds)).toFixed(2), median(measured.map((run) => run.cpuSeconds)).toFixed(2), median(measured.map((run) => run.peakMiB)).toFixed(1)]);
}
console.log(table(rows));
const ratio = pairedRatio(results, 'trust-kit checksums --check', 'sha256sum -c');
const peakOf = (name: string): number => median((results[name] ?? []).map((run) => run.peakMiB));
const growth = peakOf('trust-kit checksums --check, 2 million lines') / peakOf('trust-kit checksums --check');
const timeOk = ratio <= TIME_BAR;
const memoryOk = growth <= GROWTH_BAR;
console.log(`\nbar: time <= ${TIME_BAR} x sha256sum -c | measured ${ratio.toFixed(2)} x | ${timeOk ? 'PASS' : 'FAIL'}`);
console.log(`bar: peak on 2 million lines <= ${GROWTH_BAR} x the peak on 1 million | measured ${growth.toFixed(2)} x (${peakOf('trust-kit checksums --check').toFixed(0)} MiB; sha256sum -c ${peakOf('sha256sum -c').toFixed(1)} MiB) | ${memoryOk ? 'PASS' : 'FAIL'}`);
process.exitCode = timeOk && memoryOk ? 0 : 1;
