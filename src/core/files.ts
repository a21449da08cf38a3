import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TrustKitError, isTrustKitError, messageOf, systemErrorCode } from './errors.js';

/**
 * Writes a file so that readers see either the old content or the whole new one, never a half:
 * the bytes go to a temporary sibling, are flushed, then renamed over the target. With
 * `overwrite: false` they are linked into place instead, which fails (FILE_EXISTS) if the target
 * appeared in the meantime: no check-then-write race.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644, options: { overwrite?: boolean } = {}): Promise<void> {
  await (await prepareFileAtomic(path, data, mode, options)).commit();
}

/**
 * A file whose bytes are written and flushed beside its target, waiting to be put in place. Files
 * that belong together (a key pair) are all prepared first, so that running out of space or
 * permission on one leaves every target as it was.
 */
export interface PreparedFile {
  /** Puts the file in place (rename, or link without `overwrite`); on failure the temporary file is removed. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is untouched. */
  discard(): Promise<void>;
}

/** Writes `data` to a flushed temporary sibling of `path`, to be put in place by {@link PreparedFile.commit}. */
export async function prepareFileAtomic(path: string, data: string | Uint8Array, mode = 0o644, options: { overwrite?: boolean } = {}): Promise<PreparedFile> {
  const dir = dirname(path);
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const discard = (): Promise<void> => rm(temporary, { force: true }).catch(() => undefined);
  const failed = async (error: unknown): Promise<never> => {
    await discard();
    if (isTrustKitError(error)) throw error;
    throw new TrustKitError('FILE_WRITE_FAILED', `could not write ${path}: ${messageOf(error)}`, {
      cause: error,
      hint: 'check that the directory exists, is writable and has free space',
    });
  };
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(error);
  }
  const commit = async (): Promise<void> => {
    try {
      if (options.overwrite === false) {
        await link(temporary, path).catch((error: unknown) => {
          if (systemErrorCode(error) !== 'EEXIST') throw error;
          throw new TrustKitError('FILE_EXISTS', `${path} already exists; not overwriting it`, { cause: error, hint: 'remove it or choose another path' });
        });
        await rm(temporary, { force: true });
      } else {
        await rename(temporary, path);
      }
    } catch (error) {
      await failed(error);
    }
  };
  return { commit, discard };
}
