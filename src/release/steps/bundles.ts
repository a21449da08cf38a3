import { join } from 'node:path';
import { digestBytes } from '../../core/digest.js';
import { INPUT_LIMITS, readRegularFile, writeFileAtomic } from '../../core/files.js';
import { isPathWithin } from '../../core/paths.js';
import { counted } from '../../core/plural.js';
import { defaultBundlePath } from '../../sigstore/sign/index.js';
import { ReleaseError } from '../errors.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * Signs every artifact on its own into `<artifact>.sigstore.json` (beside it, under the same
 * relative directory), in the session that signed the checksums file: one certificate, one
 * identity. Each file is read once more, one at a time (memory holds one artifact), and must still
 * have the digest the checksums file lists.
 */
export const runBundlesStep: ReleaseStepRun = async ({ config, ports, session, artifacts, staging }) => {
  // Signing was skipped (on-missing-token: warn|skip): nothing is signed, and the summary says why.
  if (session === undefined) return {};
  if (artifacts === undefined || staging === undefined) throw new Error('bundles run after hash');
  const artifactBundles: { name: string; bundlePath: string }[] = [];
  for (const artifact of artifacts) {
    const data = await readRegularFile(artifact.path, { maxBytes: INPUT_LIMITS.artifactWhole, what: 'artifact' });
    if (digestBytes(config.algorithm, data) !== artifact.hex) {
      throw new ReleaseError('RELEASE_ARTIFACT_CHANGED', `${artifact.name} (${artifact.path}) changed after it was hashed: its ${config.algorithm} is no longer the one the checksums file lists`, {
        hint: 'nothing may write the artifacts while trust-kit runs; run the release again once the build has finished',
      });
    }
    const bundlePath = defaultBundlePath(join(staging, artifact.name));
    // Artifact names lie under the base (collect refuses others): their bundles lie in the staging directory.
    if (!isPathWithin(staging, bundlePath)) throw new Error(`the bundle of ${artifact.name} would lie outside the staging directory`);
    const signed = await session.signBlob(data, artifact.name);
    await writeFileAtomic(bundlePath, signed.text);
    artifactBundles.push({ name: artifact.name, bundlePath });
  }
  ports.logger.info(`bundles: ${counted(artifactBundles.length, 'artifact')}, each signed on its own -> <artifact>.sigstore.json`);
  return { artifactBundles, written: artifactBundles.map((bundle) => bundle.bundlePath) };
};
