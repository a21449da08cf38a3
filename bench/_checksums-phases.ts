/**
 * One cold run of `checksums DIR`'s phases in this process, for bench/checksums.ts: the CPU time
 * (every thread) of starting the hashing threads, the walk, hashing (on those threads and this
 * one, which sorts the listing first, as the command does) and formatting, printed as one line of
 * JSON. A process of its own each time, so that nothing is compiled or warmed up by an earlier
 * run, as in the CLI.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checksumsText, findArtifacts, hashFiles, HashPool, listingOrder } from '../src/checksums/index.js';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: _checksums-phases.ts DIR');
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const pool = new HashPool(Math.max(1, availableParallelism() - 1));
const before = cpuMs();
// One file hashed on the threads alone: they have started once it is answered.
await pool.hash([join(dir, '0.bin')], [['sha256']], () => {});
const started = cpuMs();
const files = await findArtifacts([dir], { cwd: dir, base: dir });
const walked = cpuMs();
const hashing = hashFiles(files, 'sha256', { callerHelps: true, workers: pool });
const order = listingOrder(files);
const hashes = await hashing;
const hashed = cpuMs();
const text = checksumsText({ found: files, hashes, order }, 'sha256');
const formatted = cpuMs();
await pool.close();
console.log(JSON.stringify({ threads: started - before, walk: walked - started, hash: hashed - walked, format: formatted - hashed, files: files.length, bytes: text.length }));
