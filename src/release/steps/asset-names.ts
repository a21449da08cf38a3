import { basename } from 'node:path';
import { githubAssetName } from '../../github/releases.js';
import { ReleaseError } from '../errors.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * When the run publishes to a GitHub release, refuses artifact names a consumer could not check
 * there, before anything is signed: release assets are one flat list, so `linux/app` would be
 * downloaded as `app`, which the checksums file does not name (and `darwin/app` would take its
 * place); and GitHub renames `my app.tgz` to `my.app.tgz`, which the checksums file does not name either.
 */
export const runAssetNamesStep: ReleaseStepRun = async ({ artifactFiles }) => {
  const names = (artifactFiles ?? []).map((file) => file.name);
  const nested = names.filter((name) => name.includes('/'));
  if (nested.length === 0) {
    refuseRewrittenNames(names);
    return {};
  }
  const byAsset = new Map<string, string[]>();
  for (const name of nested) byAsset.set(basename(name), [...(byAsset.get(basename(name)) ?? []), name]);
  const clashes = [...byAsset.values()].filter((names) => names.length > 1).map((names) => names.join(' and '));
  const shown = nested.slice(0, 5).join(', ') + (nested.length > 5 ? ` and ${nested.length - 5} more` : '');
  throw new ReleaseError('RELEASE_ASSET_NAME_NESTED', `the artifact${nested.length === 1 ? '' : 's'} ${shown} ${nested.length === 1 ? 'lies' : 'lie'} in a subdirectory of the base, but GitHub release assets are one flat list: the checksums file would name files a consumer does not download under that name${clashes.length === 0 ? '' : ` (${clashes.slice(0, 5).join('; ')} would be one asset)`}`, {
    hint: 'set `base` (--base) to the directory holding the files, or download the build\'s artifacts with actions/download-artifact\'s `merge-multiple: true` into one directory; give files of the same name distinct names (e.g. app-linux, app-darwin)',
  });
};

/** Refuses names GitHub would store under another name: the checksums file must name what is published. */
function refuseRewrittenNames(names: readonly string[]): void {
  const rewritten = names.filter((name) => githubAssetName(name) !== name);
  if (rewritten.length === 0) return;
  const shown = rewritten.slice(0, 5).map((name) => `${JSON.stringify(name)} (published as ${JSON.stringify(githubAssetName(name))})`).join(', ') + (rewritten.length > 5 ? ` and ${rewritten.length - 5} more` : '');
  throw new ReleaseError('RELEASE_ASSET_NAME_REWRITTEN', `GitHub would publish ${rewritten.length === 1 ? 'the artifact' : 'the artifacts'} ${shown} under another name than the checksums file lists, so checking the downloaded files against it would fail`, {
    hint: 'rename the files to letters, digits and . _ - + @ only (no spaces, brackets or non-ASCII letters, no dot at either end), as GitHub keeps them',
  });
}
