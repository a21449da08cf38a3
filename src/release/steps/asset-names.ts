import { basename } from 'node:path';
import { quoted } from '../../core/quote.js';
import { githubAssetName } from '../../github/releases.js';
import { defaultBundlePath } from '../../sigstore/sign/bundle-path.js';
import { ReleaseError } from '../errors.js';
import { reservedNames } from './collect.js';
import type { ReleaseConfig } from '../../config/release.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * When the run publishes to a GitHub release, refuses artifact names a consumer could not check
 * there, before anything is signed: release assets are one flat list, so `linux/app` would be
 * downloaded as `app`, which the checksums file does not name (and `darwin/app` would take its
 * place); and GitHub renames `my app.tgz` to `my.app.tgz`, which the checksums file does not name either.
 */
export const runAssetNamesStep: ReleaseStepRun = async ({ config, artifactFiles }) => {
  const names = (artifactFiles ?? []).map((file) => file.name);
  const nested = names.filter((name) => name.includes('/'));
  if (nested.length === 0) {
    refuseRewrittenNames(names);
    refuseCaseClashes(names, [...reservedNames(config), ...(config.artifactBundles ? names.map((name) => defaultBundlePath(name)) : [])]);
    refuseTooMany(names.length, config);
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
  const shown = rewritten.slice(0, 5).map((name) => `${quoted(name)} (published as ${quoted(githubAssetName(name))})`).join(', ') + (rewritten.length > 5 ? ` and ${rewritten.length - 5} more` : '');
  throw new ReleaseError('RELEASE_ASSET_NAME_REWRITTEN', `GitHub would publish ${rewritten.length === 1 ? 'the artifact' : 'the artifacts'} ${shown} under another name than the checksums file lists, so checking the downloaded files against it would fail`, {
    hint: 'rename the files to letters, digits and . _ - + @ only (no spaces, brackets or non-ASCII letters, no dot at either end), as GitHub keeps them',
  });
}

/**
 * Refuses names that differ only in case from another artifact's or from a file the release
 * publishes beside them (`verify.md` and `VERIFY.md`): GitHub takes a release's asset names
 * without regard to case, so the second upload would fail after everything was signed, and a
 * download into a case-insensitive directory (macOS, Windows) would hold only one of the two.
 */
function refuseCaseClashes(names: readonly string[], published: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const name of published) seen.set(name.toLowerCase(), name);
  const clashes: string[] = [];
  for (const name of [...names].sort()) {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined && other !== name) clashes.push(`${name} and ${other}`);
    else seen.set(name.toLowerCase(), name);
  }
  if (clashes.length === 0) return;
  const shown = clashes.slice(0, 5).join('; ') + (clashes.length > 5 ? `; and ${clashes.length - 5} more` : '');
  throw new ReleaseError('RELEASE_NAME_CLASH', `the release would publish files whose names differ only in case (${shown}), but a GitHub release holds one asset per name whatever its case`, {
    hint: 'rename the artifacts so that no two names (nor one and a file trust-kit publishes, such as VERIFY.md or SHA256SUMS) differ only in case',
  });
}

/** How many assets a GitHub release holds at most. */
const MAX_RELEASE_ASSETS = 1000;

/**
 * Refuses a release that cannot fit in one GitHub release, counting only files it publishes for
 * certain (each artifact, the checksums file, the SBOMs, VERIFY.md, and when signing must succeed:
 * the checksums file's bundle, each artifact's when asked for, the audit log and its bundle, the
 * key's public half; the attestations when required), and the `others` a draft holds already that
 * it does not replace: past the limit, the uploads would fail after everything was signed.
 */
export function refuseTooMany(artifacts: number, config: ReleaseConfig, others = 0): void {
  // With on-missing-token warn or skip, nothing may be signed: only what always comes is counted.
  const signs = config.sign !== undefined && config.sign.onMissingToken === 'fail';
  const signatures = signs ? 1 + (config.artifactBundles ? artifacts : 0) + (config.auditLog ? 2 : 0) + (config.sign?.key === undefined ? 0 : 1) : 0;
  const ours = artifacts + 1 + (config.sbom?.formats.length ?? 0) + (config.instructions ? 1 : 0) + signatures + (config.attest === 'required' ? 1 : 0);
  const assets = ours + others;
  if (assets <= MAX_RELEASE_ASSETS) return;
  throw new ReleaseError('RELEASE_TOO_MANY_ASSETS', `the ${artifacts} artifacts would make at least ${ours} release assets${others === 0 ? '' : `, beside the ${others} the draft release holds already`}, but a GitHub release holds at most ${MAX_RELEASE_ASSETS}`, {
    hint: others === 0 ? 'publish fewer files: pack related artifacts into an archive (one per platform, say), or leave out per-artifact bundles (artifact-bundles: false)' : 'delete the draft\'s assets this run does not publish (or the draft) on GitHub, or publish fewer files',
  });
}
