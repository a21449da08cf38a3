// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.
import { lstat, realpath } from 'node:fs/promises';
import { basename } from 'node:path';
import { BUNDLE_SUFFIX, MAX_NAME_BYTES, nameTooLong } from '../../core/files.js';
import { quoted } from '../../core/quote.js';

export { BUNDLE_SUFFIX };

/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`. */
export function defaultBundlePath(path: string): string {
  return `${path}${BUNDLE_SUFFIX}`;
}

/**
 * What to say of a file whose bundle's name (`<name>.sigstore.json`) would be longer than a file
 * name may be, told before anything is signed (the write failed after the signature was logged);
 * undefined for a file whose bundle's name fits.
 */
export function bundleNameTooLong(file: string): string | undefined {
  const bundle = defaultBundlePath(file);
  if (!nameTooLong(bundle)) return undefined;
  return `${file}'s bundle would be named ${Buffer.byteLength(basename(bundle))} bytes long, more than the ${MAX_NAME_BYTES} a file name may have: give the file a shorter name (at most ${MAX_NAME_BYTES - BUNDLE_SUFFIX.length} bytes)`;
}

/** A file and the path of its bundle, as a caller names them in messages. */
export interface BundleOf {
  file: string;
  bundle: string;
}

/**
 * The bundles that lie where a run that signed nothing (on-missing-token warn or skip) would have
 * written them: an earlier run's, left as they were beside files that may have changed since.
 * `at` resolves a shown path to the one to look at.
 */
export async function earlierBundles(bundles: readonly BundleOf[], at: (path: string) => string): Promise<BundleOf[]> {
  const there = await Promise.all(bundles.map((entry) => lstat(at(entry.bundle)).then(() => true, () => false)));
  return bundles.filter((_entry, index) => there[index] === true);
}

/** The warning about one of {@link earlierBundles}, so it is not taken for the run's own. */
export function earlierBundleWarning({ file, bundle }: BundleOf): string {
  return `${quoted(bundle)} is an earlier run's, left as it was: nothing was signed now, and it may not sign ${quoted(file)} as it is`;
}

/**
 * The files whose default bundle would be written over another file to sign (`bundles` as
 * {@link BundleOf}, `at` resolving a shown path), paired with that file: signing `dist/*` over an
 * earlier run's `app.tgz.sigstore.json` replaced it with app.tgz's bundle, then signed that bundle
 * in its place. Only a file named as a bundle can be one, so a list without any (nearly every one)
 * costs no call; otherwise paths are compared by their real paths, looked up together. A bundle
 * path given by hand (`--bundle`) is compared with the inputs where the flags are checked.
 */
export async function bundlesOverFiles(bundles: readonly BundleOf[], at: (path: string) => string): Promise<{ file: string; over: string }[]> {
  const named = bundles.filter(({ file }) => file.endsWith(BUNDLE_SUFFIX));
  if (named.length === 0) return [];
  const where = async (path: string): Promise<string> => realpath(at(path)).catch(() => at(path));
  const files = new Map((await Promise.all(named.map(async ({ file }) => [await where(file), file] as const))));
  const landing = await Promise.all(bundles.map(({ bundle }) => where(bundle)));
  return bundles.flatMap(({ file }, index) => {
    const over = files.get(landing[index] as string);
    return over === undefined ? [] : [{ file, over }];
  });
}

/** What to say of one of {@link bundlesOverFiles}; `example` says how to leave the bundles out where the files came from. */
export function bundleOverFileMessage({ file, over }: { file: string; over: string }, example: string): string {
  return `${file}'s bundle would be written over ${over}, which is to be signed too: leave out an earlier run's bundles (${example}), or name the files to sign`;
}

