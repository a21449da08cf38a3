import { basename, join, relative } from 'node:path';
import { stat } from 'node:fs/promises';
import { isTrustKitError, messageOf, systemErrorCode } from '../../core/errors.js';
import { readRegularFile } from '../../core/files.js';
import { compareEvidence, describeEvidence, previousRelease, type DowngradeCheck } from '../downgrade.js';
import { ReleaseError } from '../errors.js';
import { evidenceOf, evidenceReads, type Evidence, type EvidenceAsset } from '../evidence.js';
import type { ReleaseState, ReleaseStepRun } from '../state.js';

/** This run's evidence, from the files it would publish (the artifacts and the output directory's files, by file name as release assets are). */
async function currentEvidence(state: Readonly<ReleaseState>): Promise<Evidence> {
  const { staging, outputDir, artifacts, staged, config, images } = state;
  const finalPath = (path: string): string => (staging === undefined ? path : join(outputDir, relative(staging, path)));
  const files = [...(artifacts ?? []).map((artifact) => artifact.path), ...staged.map(finalPath)];
  // A file that went away since the run made or hashed it (another run, a build still writing) is named, not a bare system error.
  const gone = (path: string) => (error: unknown): never => {
    if (isTrustKitError(error)) throw error;
    throw new ReleaseError('RELEASE_ARTIFACT_CHANGED', `cannot read ${path}, which this run hashed or made: ${systemErrorCode(error) ?? messageOf(error)}`, {
      cause: error,
      hint: 'nothing may move or delete the artifacts or the output directory while a release runs: re-run the job once they are in place',
    });
  };
  const assets: EvidenceAsset[] = [];
  const pathOf = new Map<string, string>();
  for (const path of files) {
    assets.push({ name: basename(path), size: (await stat(path).catch(gone(path))).size });
    pathOf.set(basename(path), path);
  }
  const contents = new Map<string, Buffer>();
  for (const read of evidenceReads(assets)) {
    const path = pathOf.get(read.name);
    if (path !== undefined) contents.set(read.name, await readRegularFile(path, { maxBytes: read.maxBytes, what: 'release file' }).catch(gone(path)));
  }
  const evidence = evidenceOf(assets, contents, config.immutableRelease);
  // What the run made is known from the run itself, whatever its files' sizes, and the images also when VERIFY.md is turned off.
  const predicateTypes = [...new Set([...evidence.predicateTypes, ...(state.attestations?.predicateTypes ?? [])])].sort();
  return { ...evidence, predicateTypes, imagesSigned: images?.length ?? 0 };
}

/**
 * No trust downgrade: before anything is uploaded to the GitHub release, compares this run's
 * evidence (signed checksums and who signed them, per-artifact signatures, attestations, SBOMs,
 * audit log, images, immutability) with what the previous release (see {@link previousRelease})
 * carries as GitHub serves it, and refuses a weaker release (`downgrade: fail`) or says how it is
 * weaker (`warn`). With no previous release it passes and says so.
 */
export const runDowngradeStep: ReleaseStepRun = async (state) => {
  const { ports, config, published } = state;
  const target = ports.githubRelease;
  if (target === undefined || published !== true) return {};
  const current = await currentEvidence(state);
  const previous = previousRelease(await target.releases.listReleases(), target.tag);
  if (previous === undefined) {
    ports.logger.info(`downgrade: no earlier release to compare ${target.tag} with`);
    const downgrade: DowngradeCheck = { previousTag: undefined, previous: undefined, current: describeEvidence(current), downgrades: [], unread: [], outcome: 'passed' };
    return { downgrade };
  }
  const assets = (await target.releases.listAssets(previous.id)).filter((asset) => asset.state === 'uploaded');
  const contents = new Map<string, Buffer>();
  const idOf = new Map(assets.map((asset) => [asset.name, asset.id]));
  for (const read of evidenceReads(assets)) {
    const id = idOf.get(read.name);
    if (id !== undefined) contents.set(read.name, await target.releases.downloadAsset(id, read.maxBytes));
  }
  const before = evidenceOf(assets, contents, previous.immutable);
  const downgrades = compareEvidence(before, current);
  const check: DowngradeCheck = { previousTag: previous.tagName, previous: describeEvidence(before), current: describeEvidence(current), downgrades, unread: before.unread, outcome: downgrades.length === 0 ? 'passed' : 'warned' };
  ports.logger.info(`downgrade: compared ${target.tag} (${check.current}) with ${previous.tagName} (${check.previous})`);
  for (const unread of before.unread) ports.logger.warn(`downgrade: not compared, ${unread}`);
  for (const unread of current.unread) ports.logger.warn(`downgrade: of this release, ${unread}`);
  if (downgrades.length === 0) return { downgrade: check };
  const list = downgrades.map((downgrade) => `  - ${downgrade.code}: ${downgrade.message}`).join('\n');
  if (config.downgrade === 'fail') {
    throw new ReleaseError('RELEASE_TRUST_DOWNGRADE', `${target.tag} carries weaker evidence than the previous release ${previous.tagName}; nothing was uploaded:\n${list}`, {
      hint: 'restore what each line says is missing; if the change is meant (a new signing workflow, a new instance), publish this release once with downgrade: warn (--downgrade warn), and the next release is compared with this one',
    });
  }
  for (const downgrade of downgrades) ports.logger.warn(`downgrade: ${downgrade.code}: ${downgrade.message} (compared with ${previous.tagName}; downgrade: warn lets it pass)`);
  return { downgrade: check };
};
