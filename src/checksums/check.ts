import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type DigestAlgorithm } from '../core/digest.js';
import { systemErrorCode } from '../core/errors.js';
import { ChecksumsError } from './errors.js';
import { parseChecksums, type ChecksumEntry } from './format.js';
import { hashEach } from './hash.js';

/** The outcome for one listed file: `ok`, a digest `mismatch`, `missing`, or `unreadable`. */
export type CheckStatus = 'ok' | 'mismatch' | 'missing' | 'unreadable';

/** One line of a check report. */
export interface CheckResult {
  entry: ChecksumEntry;
  status: CheckStatus;
  /** The digest found on disk, for mismatches. */
  actual?: string;
}

/** Options of {@link checkChecksums}. */
export interface CheckOptions {
  /** Directory the listed names are relative to. */
  base: string;
  /** Skip listed files that are not on disk instead of reporting them, like `sha256sum --ignore-missing`. */
  ignoreMissing?: boolean;
}

/** Reads and parses a checksums file, turning an unreadable file into a coded error. */
export async function readChecksumsFile(path: string): Promise<ChecksumEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = systemErrorCode(error);
    throw new ChecksumsError(code === 'ENOENT' ? 'CHECKSUMS_PATH_NOT_FOUND' : 'CHECKSUMS_READ_FAILED', `cannot read checksums file ${path}: ${code ?? String(error)}`, {
      cause: error,
      hint: 'check the path to the checksums file',
    });
  }
  return parseChecksums(text, path);
}

/**
 * Verifies files against checksum entries like `sha256sum -c`: every entry gets a result, and
 * nothing short-circuits, so the user sees every mismatch and missing file at once.
 */
export async function checkChecksums(entries: readonly ChecksumEntry[], options: CheckOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array<CheckResult>(entries.length);
  const present: { index: number; path: string; name: string; algorithm: DigestAlgorithm }[] = [];
  await Promise.all(
    entries.map(async (entry, index) => {
      const path = resolve(options.base, entry.name);
      try {
        if ((await stat(path)).isFile()) {
          present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
          return;
        }
        results[index] = { entry, status: 'unreadable' };
      } catch (error) {
        results[index] = { entry, status: systemErrorCode(error) === 'ENOENT' ? 'missing' : 'unreadable' };
      }
    }),
  );
  for (const algorithm of new Set(present.map((file) => file.algorithm))) {
    const group = present.filter((file) => file.algorithm === algorithm);
    const hashed = await hashEach(group, algorithm);
    group.forEach((file, position) => {
      const entry = entries[file.index] as ChecksumEntry;
      const artifact = hashed[position];
      if (artifact === undefined || 'error' in artifact) results[file.index] = { entry, status: 'unreadable' };
      else if (artifact.hex === entry.hex) results[file.index] = { entry, status: 'ok' };
      else results[file.index] = { entry, status: 'mismatch', actual: artifact.hex };
    });
  }
  return options.ignoreMissing === true ? results.filter((result) => result.status !== 'missing') : results;
}
