/** Shared helpers for benchmarks: run a whole process and read its wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One measured run of a command. */
export interface Measurement {
  /** Wall time in seconds, whole process included. */
  seconds: number;
  /** Peak resident memory in MiB. */
  peakMiB: number;
}

/** A measured run with its CPU time too. */
export interface TimedRun extends Measurement {
  /** CPU time (user and system, every thread and child) in seconds: what a run costs the machine, which load changes less than its wall time. */
  cpuSeconds: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command under GNU time and returns its wall time and peak RSS; fails loudly on a non-zero exit. The wall time
 * is read around the process (GNU time's own counts hundredths, too coarse for a Go binary's 40 ms).
 */
export function measure(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Measurement {
  return measureTimed(command, args, options);
}

/** Like {@link measure}, with the run's CPU time too. */
export function measureTimed(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): TimedRun {
  if (!existsSync(GNU_TIME)) throw new Error('GNU time is needed for peak memory: apt-get install time');
  const started = performance.now();
  const result = spawnSync(GNU_TIME, ['-f', 'TRUST_KIT_BENCH %M %U %S', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const match = /TRUST_KIT_BENCH (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || match === null) throw new Error(`${command} ${args.slice(0, 3).join(' ')}... failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return { seconds, peakMiB: Number(match[1]) / 1024, cpuSeconds: Number(match[2]) + Number(match[3]) };
}

/** A command to time: the program and its arguments, and where and with which environment it runs. */
export interface Tool {
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Times tools side by side: `warmups` untimed runs of each (page cache, disk, lazy compilation),
 * then `rounds` rounds in which every tool runs once, in an order rotated each round so that drift
 * and caches fall on every tool alike. Returns each tool's measurements, round by round.
 */
export function pairedRuns(tools: Readonly<Record<string, Tool>>, rounds: number, warmups = 1): Record<string, TimedRun[]> {
  const names = Object.keys(tools);
  const run = (name: string): TimedRun => {
    const tool = tools[name] as Tool;
    return measureTimed(tool.command, tool.args, { ...(tool.cwd === undefined ? {} : { cwd: tool.cwd }), ...(tool.env === undefined ? {} : { env: tool.env }) });
  };
  for (let warm = 0; warm < warmups; warm++) for (const name of names) run(name);
  const results: Record<string, TimedRun[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < names.length; index++) {
      const name = names[(round + index) % names.length] as string;
      results[name]?.push(run(name));
    }
  }
  return results;
}

/** The median over rounds of one tool's wall time divided by another's in the same round. */
export function pairedRatio(results: Readonly<Record<string, readonly Measurement[]>>, tool: string, peer: string): number {
  const ours = results[tool] ?? [];
  const theirs = results[peer] ?? [];
  return median(ours.map((measurement, round) => measurement.seconds / (theirs[round]?.seconds ?? Number.NaN)));
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Prints rows as an aligned table. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}
