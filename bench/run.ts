/**
 * `npm run bench -- <name>...`: runs the benchmarks bench/<name>.ts, each printing its own figures
 * next to the peer's, measured side by side in the same run; `npm run bench` alone runs them all.
 * Each runs in a process of its own, so one bench's threads, servers and heap never weigh on the
 * next, and the exit code is non-zero when any bar failed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const names = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('_'))
  .map((file) => file.slice(0, -3))
  .sort();
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !names.includes(name));
if (unknown.length > 0) {
  console.error(`usage: npm run bench [-- <name>...]\nunknown: ${unknown.join(', ')}\nbenchmarks: ${names.join(', ')}`);
  process.exit(2);
}
const failed: string[] = [];
for (const name of asked.length === 0 ? names : asked) {
  if (asked.length !== 1) console.log(`\n=== bench ${name} ===`);
  const run = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, `${name}.ts`)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(`${name} (${run.signal ?? `exit ${String(run.status)}`})`);
}
if (asked.length !== 1 && failed.length > 0) console.log(`\nbenches with a failed bar or error: ${failed.join(', ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
