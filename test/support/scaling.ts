import assert from 'node:assert/strict';

/** CPU time of this process under which a measurement says nothing: timer grain and a scavenge. */
const FLOOR_MICROS = 2_000;

/** The least CPU time (microseconds, this process, all threads) of three runs of `run`. */
async function cpuMicros(run: () => unknown): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round += 1) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

/**
 * Asserts how the cost of `run` grows with the size of its input: `run(make(size * scale))` may
 * take at most `maxRatio` times the CPU time of `run(make(size))`. Linear work takes about
 * `scale` times, quadratic `scale` squared; work bounded whatever the size, about once. CPU time
 * of this process, never wall time (what else the machine does meanwhile is not counted), the
 * least of three runs each, and never less than a few milliseconds for the smaller input.
 */
export async function assertScaling<T>(label: string, make: (size: number) => T, run: (input: T) => unknown, options: { size: number; scale?: number; maxRatio: number }): Promise<void> {
  const scale = options.scale ?? 10;
  const small = make(options.size);
  const big = make(options.size * scale);
  // Once before measuring: the first run compiles what the others run.
  await run(small);
  const smallMicros = await cpuMicros(() => run(small));
  const bigMicros = await cpuMicros(() => run(big));
  const ratio = bigMicros / Math.max(smallMicros, FLOOR_MICROS);
  assert.ok(ratio <= options.maxRatio, `${label}: ${scale}x the input cost ${ratio.toFixed(1)}x the CPU time (${smallMicros} against ${bigMicros} µs; at most ${options.maxRatio}x)`);
}

/** {@link assertScaling} for work linear in its input: 10 times the input may cost at most 40 times (quadratic work would cost 100 times). */
export function assertLinear<T>(label: string, make: (size: number) => T, run: (input: T) => unknown, size: number): Promise<void> {
  return assertScaling(label, make, run, { size, maxRatio: 40 });
}
