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
  const dir = dirname(path);
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
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
    await rm(temporary, { force: true }).catch(() => undefined);
    if (isTrustKitError(error)) throw error;
    throw new TrustKitError('FILE_WRITE_FAILED', `could not write ${path}: ${messageOf(error)}`, {
      cause: error,
      hint: 'check that the directory exists, is writable and has free space',
    });
  }
}
