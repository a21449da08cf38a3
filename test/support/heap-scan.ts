/**
 * Heap scan: which of some byte strings the JavaScript heap still holds. A heap snapshot is taken
 * after a full garbage collection, so it shows the strings something still references (a cache, a
 * client's state, a closure), not garbage awaiting collection: a copy of a secret it finds is one
 * the code keeps. Buffers' contents are not in a snapshot, so only strings are seen, and a string
 * only by its first 1,024 characters (V8 truncates the names of snapshot nodes): a needle must lie
 * within them, so search a long secret by a unique window near its start.
 */
import { getHeapSnapshot } from 'node:v8';

/** The names of `needles` whose bytes occur in a heap snapshot of this process. */
export async function heapHolds(needles: ReadonlyMap<string, Buffer>): Promise<string[]> {
  const longest = Math.max(0, ...[...needles.values()].map((needle) => needle.length));
  const found = new Set<string>();
  let tail = Buffer.alloc(0);
  for await (const chunk of getHeapSnapshot()) {
    // The end of the previous chunk is kept, so a string split between two chunks is still found.
    const window = Buffer.concat([tail, chunk as Buffer]);
    for (const [name, needle] of needles) if (!found.has(name) && window.includes(needle)) found.add(name);
    tail = window.subarray(Math.max(0, window.length - longest + 1));
  }
  return [...needles.keys()].filter((name) => found.has(name));
}
