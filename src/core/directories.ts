import { mkdirSync, promises as fsp, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { systemErrorCode } from './errors.js';

// `mkdir -p` made one directory at a time. Node's own recursive mkdir retries forever, at full
// speed, where a parent exists but refuses new entries with ENOENT (`/proc/x`): here the missing
// parents are found by looking up, and each is made once. A file in the way is ENOTDIR, as the
// system says it of a path through a file. A module of its own, importing nothing heavy: the CLI
// makes its compile cache's directory with it before anything else is loaded.

/** What a lookup up the path found: done at an existing directory, or a missing one to make. */
function missingOrDone(at: string, info: Stats | undefined, error: unknown): boolean {
  if (info !== undefined) {
    if (!info.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR' });
    return false;
  }
  if (systemErrorCode(error) !== 'ENOENT' || dirname(at) === at) throw error;
  return true;
}

function madeMeanwhile(error: unknown): void {
  // Made meanwhile by another writer: what was wanted.
  if (systemErrorCode(error) !== 'EEXIST') throw error;
}

/** Makes a directory and its missing parents (see above). */
export async function makeDirectories(path: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    const [info, error] = await fsp.stat(at).then((found) => [found, undefined] as const, (failure: unknown) => [undefined, failure] as const);
    if (!missingOrDone(at, info, error)) break;
    missing.push(at);
  }
  for (const dir of missing.reverse()) await fsp.mkdir(dir).catch(madeMeanwhile);
}

/** {@link makeDirectories}, synchronous, each directory made with `mode`. */
export function makeDirectoriesSync(path: string, mode: number): void {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    let info: Stats | undefined;
    let error: unknown;
    try {
      info = statSync(at);
    } catch (failure) {
      error = failure;
    }
    if (!missingOrDone(at, info, error)) break;
    missing.push(at);
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir, { mode });
    } catch (error) {
      madeMeanwhile(error);
    }
  }
}
