/**
 * What parsing takes of memory for each byte of lockfile, at most, measured: a 242 MB
 * package-lock.json of 1.3 million packages took 4.2 GB of heap, about 17 times its size, and
 * the packages stay until the SBOM is written.
 */
const HEAP_PER_LOCKFILE_BYTE = 16;

/** Bytes as MiB, rounded up: what the budget's message speaks in. */
function mebibytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MiB`;
}

/**
 * What parsing a file costs, in the budget's lockfile bytes: its size, or `perLine` a line when
 * that is more (a format of a package a short line, a package database of short paragraphs).
 */
export function lineCost(content: Buffer, perLine: number | undefined): number {
  if (perLine === undefined) return content.length;
  let lines = 0;
  for (let at = content.indexOf(10); at !== -1; at = content.indexOf(10, at + 1)) lines++;
  return Math.max(content.length, lines * perLine);
}

/** Lockfile bytes parsed before the heap's size is asked for: every real project stays below. */
const UNCOUNTED_BYTES = 64 * 1024 * 1024;

/**
 * The lockfile bytes one catalog parses in all, bounded by this process's heap: each file under
 * INPUT_LIMITS.lockfile (256 MiB) parses, but four of them in one image (or one tree) ran the heap
 * out, and V8 ended the process with an uncoded abort. A lockfile past the budget is not parsed,
 * and recorded as an unknown instead (the SBOM then says it is incomplete, and --strict fails).
 */
export class ParseBudget {
  #spent = 0;
  #limit: number | undefined;

  /** A budget of `limit` bytes; by default the heap's size over what parsing takes a byte. */
  constructor(limit?: number) {
    this.#limit = limit;
  }

  /**
   * Takes `bytes` for a lockfile about to be parsed, or `cost` bytes' worth for a file that takes
   * more to parse than its size says (a package database of many short paragraphs); undefined when
   * they fit, else why the file is not parsed.
   */
  take(bytes: number, cost = bytes): string | undefined {
    const spent = this.#spent + cost;
    if (spent > UNCOUNTED_BYTES || this.#limit !== undefined) {
      this.#limit ??= Math.floor(process.getBuiltinModule('node:v8').getHeapStatistics().heap_size_limit / HEAP_PER_LOCKFILE_BYTE);
      if (spent > this.#limit) {
        const size = cost > bytes ? `${mebibytes(bytes)}, of so many short lines that it parses like ${mebibytes(cost)} of lockfile` : mebibytes(bytes);
        const alone = this.#spent === 0;
        return `not cataloged: its ${size}${alone ? '' : `, after the ${mebibytes(this.#spent)} of lockfiles parsed before it,`} would take more memory than this process has (parsing takes about ${HEAP_PER_LOCKFILE_BYTE} times a lockfile's size, and its heap holds ${mebibytes(this.#limit * HEAP_PER_LOCKFILE_BYTE)}); ${alone ? '' : 'catalog it on its own, or '}give Node.js more heap (NODE_OPTIONS=--max-old-space-size=MiB)`;
      }
    }
    this.#spent = spent;
    return undefined;
  }
}
