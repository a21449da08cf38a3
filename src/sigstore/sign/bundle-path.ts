// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.
import { lstat } from 'node:fs/promises';
import { quoted } from '../../core/quote.js';

/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`, the name cosign and gh look for. */
export function defaultBundlePath(path: string): string {
  return `${path}.sigstore.json`;
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
