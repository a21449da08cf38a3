import { constants, lstatSync } from 'node:fs';
import { open, opendir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageProperty, PackageSupplier } from './model.js';
import { npmAuthorSupplier } from './suppliers.js';

/** Limits of one look into installed `node_modules` folders: a hostile or huge tree costs bounded time and memory. */
export const INSTALLED_LIMITS = {
  /** Folders looked at (packages, scopes, pnpm store entries, nested `node_modules`) below the `node_modules` of one lockfile (theia installs about 2,500 packages). */
  folders: 200_000,
  /** One package.json (real ones are a few KiB; some carry a README of a few hundred). */
  manifestBytes: 1024 * 1024,
} as const;

/** What an installed package declares about itself, and where it was read (relative to the scanned directory, `/` separators). */
export interface InstalledSupplier {
  supplier: PackageSupplier;
  property: PackageProperty;
}

/** How many folders are read at once: enough to overlap I/O, few enough never to exhaust file descriptors. */
const CONCURRENCY = 16;

/**
 * A package.json read only when it is a regular file of at most the cap, never through a symbolic
 * link; undefined for anything else (missing, a link, a pipe, too large, unreadable).
 */
async function readManifest(path: string): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile() || info.size > INSTALLED_LIMITS.manifestBytes) return undefined;
    // A buffer of the file's size, not of the cap: thousands of manifests of a few KiB each would
    // otherwise zero a MiB apiece (seconds of allocation and GC on an installed tree). Reading
    // stops at that size, so a file that grows while it is read never costs more than the cap.
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    for (let read = -1; read !== 0 && filled < buffer.length; filled += read) ({ bytesRead: read } = await handle.read(buffer, filled, buffer.length - filled, null));
    return buffer.subarray(0, filled);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/**
 * Whether a path is a real directory (not a link to one). Looked at with a synchronous call: most
 * lockfiles have no node_modules beside them, and a wait on the thread pool for each, with the
 * error that says so made for nothing, was most of the time of this question.
 */
export function isRealDirectory(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/**
 * The suppliers installed packages declare (their package.json `author`), for the `name@version`
 * keys wanted, from the `node_modules` folders given (relative to `dir`, `/` separators): each
 * package folder, scoped ones (`@s/name`), nested `node_modules` below them, and pnpm's store
 * (`node_modules/.pnpm/<id>/node_modules/<name>`). Symbolic links are never followed (pnpm's and
 * workspaces' links point at folders read anyway or at the project's own), a folder whose
 * package.json names another package or version is not taken for the one wanted, and what cannot
 * be read is left out. When several copies of a package declare an author, the one at the first
 * path in sorted order is taken, so the answer does not depend on the order of reads.
 * Reads at most `limits.folders` folders ({@link INSTALLED_LIMITS} by default).
 */
export async function installedSuppliers(
  dir: string,
  nodeModules: readonly string[],
  wanted: ReadonlySet<string>,
  limits: { folders: number } = INSTALLED_LIMITS,
): Promise<Map<string, InstalledSupplier>> {
  const found = new Map<string, { path: string; declared: InstalledSupplier }>();
  const folders: { path: string; kind: 'node_modules' | 'scope' | 'store' | 'package' }[] = [];
  const add = (folder: (typeof folders)[number]): void => {
    if (folders.length < limits.folders) folders.push(folder);
  };
  for (const path of nodeModules) if (isRealDirectory(join(dir, path))) add({ path, kind: 'node_modules' });

  const visit = async (folder: (typeof folders)[number]): Promise<void> => {
    if (folder.kind === 'package') {
      const bytes = await readManifest(join(dir, folder.path, 'package.json'));
      const manifest = bytes === undefined ? undefined : parseManifest(bytes);
      if (manifest !== undefined) {
        const key = `${manifest.name}@${manifest.version}`;
        const known = found.get(key);
        const declared = wanted.has(key) && (known === undefined || folder.path < known.path) ? npmAuthorSupplier(manifest.author, `${folder.path}/package.json`) : undefined;
        if (declared !== undefined) found.set(key, { path: folder.path, declared });
      }
      add({ path: `${folder.path}/node_modules`, kind: 'node_modules' });
      return;
    }
    let entries;
    try {
      // Read entry by entry: a folder of millions of entries costs no more than the limit.
      entries = await opendir(join(dir, folder.path));
    } catch {
      return;
    }
    try {
      for await (const entry of entries) {
        if (folders.length >= limits.folders) break;
        // Links (pnpm's, workspaces', `npm link`) and files are passed over: only real folders are read.
        if (!entry.isDirectory()) continue;
        const path = `${folder.path}/${entry.name}`;
        if (folder.kind === 'store') {
          add({ path: `${path}/node_modules`, kind: 'node_modules' });
        } else if (folder.kind === 'node_modules' && entry.name === '.pnpm') {
          add({ path, kind: 'store' });
        } else if (folder.kind === 'node_modules' && entry.name.startsWith('@')) {
          add({ path, kind: 'scope' });
        } else if (!entry.name.startsWith('.')) {
          // `.bin`, `.cache` and the like are not packages.
          add({ path, kind: 'package' });
        }
      }
    } catch {
      // A folder that vanished or cannot be read further: what was read stands.
    }
  };

  // A work list read a few folders at a time; reads push the folders below them, so workers that
  // ran out while others were still reading are started again until nothing is left.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < folders.length) {
      const folder = folders[next] as (typeof folders)[number];
      next++;
      await visit(folder);
    }
  };
  while (next < folders.length) await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return new Map([...found].map(([key, { declared }]) => [key, declared]));
}

/** A package.json's name, version and author, when it has a name and a version. */
function parseManifest(bytes: Buffer): { name: string; version: string; author: unknown } | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return undefined;
  const { name, version, author } = manifest as Record<string, unknown>;
  return typeof name === 'string' && typeof version === 'string' ? { name, version, author } : undefined;
}
