/**
 * `npm run bench -- checksums`: trust-kit's checksums command against `sha256sum` and
 * `openssl dgst -sha256`, side by side in one run, on (a) one 1 GiB file and (b) 5,000 files of
 * 64 KiB. Bars: (a) <= 1.15 x openssl; (b) <= 0.60 x sha256sum; peak memory < 150 MiB in both.
 */
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { measure, median, table, type Measurement } from './_measure.js';

const root = join(import.meta.dirname, '..');
const data = join(root, '.bench', 'checksums');
const cli = join(root, 'dist', 'cli', 'index.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);

function makeBigFile(path: string, bytes: number): void {
  if (existsSync(path)) return;
  const chunk = randomFillSync(Buffer.alloc(16 * 1024 * 1024));
  const fd = openSync(path, 'w');
  for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
  closeSync(fd);
}

function makeSmallFiles(dir: string, count: number, bytes: number): void {
  if (existsSync(join(dir, `${count - 1}.bin`))) return;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const fd = openSync(join(dir, `${i}.bin`), 'w');
    writeSync(fd, randomFillSync(Buffer.alloc(bytes)));
    closeSync(fd);
  }
}

/** Reads every input once so that every tool hashes from the page cache, not the disk. */
function warm(paths: readonly string[]): void {
  for (const path of paths) readFileSync(path);
}

interface Case {
  title: string;
  peer: 'openssl' | 'sha256sum';
  bar: number;
  tools: Record<string, [string, string[]]>;
}

mkdirSync(data, { recursive: true });
const big = join(data, 'big.bin');
const small = join(data, 'small');
console.log('preparing data (once): 1 GiB file, 5,000 x 64 KiB files ...');
makeBigFile(big, 1024 * 1024 * 1024);
makeSmallFiles(small, 5000, 64 * 1024);
const smallFiles = readdirSync(small).map((name) => join(small, name));
warm([big, ...smallFiles]);

const cases: Case[] = [
  {
    title: '(a) one 1 GiB file',
    peer: 'openssl',
    bar: 1.15,
    tools: {
      'trust-kit': [process.execPath, [cli, 'checksums', '--base', data, big]],
      sha256sum: ['sha256sum', [big]],
      openssl: ['openssl', ['dgst', '-sha256', big]],
    },
  },
  {
    title: '(b) 5,000 files of 64 KiB',
    peer: 'sha256sum',
    bar: 0.6,
    tools: {
      'trust-kit': [process.execPath, [cli, 'checksums', '--base', small, small]],
      sha256sum: ['sha256sum', smallFiles],
      openssl: ['openssl', ['dgst', '-sha256', ...smallFiles]],
    },
  },
];

const shaExtensions = /\bsha_ni\b/.test(readFileSync('/proc/cpuinfo', 'utf8')) ? 'with' : 'without';
console.log(`node ${process.version}, CPU ${shaExtensions} SHA extensions, ${runs} interleaved runs per tool, medians\n`);
let failed = false;
for (const benchCase of cases) {
  const results: Record<string, Measurement[]> = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, [command, args]] of Object.entries(benchCase.tools)) (results[name] ??= []).push(measure(command, args));
  }
  const medianOf = (name: string, key: keyof Measurement): number => median((results[name] ?? []).map((m) => m[key]));
  const peer = medianOf(benchCase.peer, 'seconds');
  const rows = [['tool', 'wall (s)', 'peak (MiB)', `ratio vs ${benchCase.peer}`]];
  for (const name of Object.keys(benchCase.tools)) {
    rows.push([name, medianOf(name, 'seconds').toFixed(3), medianOf(name, 'peakMiB').toFixed(1), (medianOf(name, 'seconds') / peer).toFixed(2)]);
  }
  const ratio = medianOf('trust-kit', 'seconds') / peer;
  const peak = Math.max(...(results['trust-kit'] ?? []).map((m) => m.peakMiB));
  const ok = ratio <= benchCase.bar && peak < 150;
  failed ||= !ok;
  console.log(`${benchCase.title}\n${table(rows)}\nbar: trust-kit <= ${benchCase.bar} x ${benchCase.peer} and peak < 150 MiB: ${ok ? 'PASS' : 'FAIL'} (ratio ${ratio.toFixed(2)}, max peak ${peak.toFixed(1)} MiB)\n`);
}
process.exitCode = failed ? 1 : 0;
