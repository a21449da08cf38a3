import { toSubjects } from '../../checksums/index.js';
import { join } from 'node:path';
import { attestRelease } from '../attest.js';
import type { ReleaseStepRun } from '../state.js';

/** Attests the artifacts (SLSA provenance, an SBOM attestation per SBOM) with the session that signed the checksums file. */
export const runAttestStep: ReleaseStepRun = async ({ config, ports, session, signature, tokens, artifacts, sbom, staging }) => {
  // Nothing was signed (skipped), or with a key made for the run, which says nothing about who built the artifacts: nothing is attested.
  if (session === undefined || config.sign === undefined || (signature?.signer.kind === 'key' && signature.signer.ephemeral)) return {};
  if (artifacts === undefined || staging === undefined) throw new Error('attest runs after hash');
  const attested = await attestRelease({
    session,
    tokens,
    artifacts: toSubjects(artifacts, config.algorithm),
    sbomPaths: (sbom?.entries ?? []).map((entry) => join(staging, entry.name)),
    stagingDir: staging,
    env: ports.env,
    logger: ports.logger,
    retry: config.sign.retry,
    discoveryURL: ports.oidcDiscoveryURL,
  });
  return attested === undefined ? {} : { attestations: attested, written: [attested.path] };
};
