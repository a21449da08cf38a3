import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ReleaseSignConfig } from '../../config/release.js';
import { writeFileAtomic } from '../../core/files.js';
import { readRunContext } from '../../github/context.js';
import { tokenSource, type IdToken } from '../../github/oidc.js';
import type { ReleaseSigner } from '../../instructions/verify.js';
import { createSigningSession, defaultBundlePath, ephemeralSigningKey, openSigningSession } from '../../sigstore/sign/index.js';
import { releaseAttestationTokens } from '../attest.js';
import { PUBLIC_KEY_FILE } from '../names.js';
import type { ReleasePorts, ReleaseStepDefinition, StepOutcome } from '../state.js';

/** Which deployment verifiers need trust for: custom service URLs mean a private deployment, verified with the trusted root signing used. */
function releaseInstance(config: ReleaseSignConfig, instance: string): Extract<ReleaseSigner, { kind: 'certificate' }>['instance'] {
  const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined || config.signingConfig !== undefined;
  if (custom && config.trustedRoot !== undefined) return { private: { trustedRootFile: basename(config.trustedRoot) } };
  return instance === 'github' ? 'github' : 'public-good';
}

/**
 * Signs the checksums file in the staging directory; the bundle and any public key are written
 * beside it. A keyless or key session stays open for the steps that sign after it (`closeSession`
 * ends it); `token` is a Sigstore token already requested with the provenance token.
 */
async function signChecksums(config: ReleaseSignConfig, checksumsPath: string, stagingDir: string, ports: ReleasePorts, token: IdToken | undefined): Promise<StepOutcome> {
  const bundlePath = defaultBundlePath(checksumsPath);
  if (config.ephemeralKeyWithoutToken && tokenSource(ports.env) === undefined) {
    // The private key exists only in this process; only its public half is written.
    const key = ephemeralSigningKey();
    const publicKeyPath = join(stagingDir, PUBLIC_KEY_FILE);
    ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
    const session = createSigningSession({ backend: { instance: 'key', key }, retry: config.retry });
    await session.signFile(checksumsPath, bundlePath);
    // Written only once signed, and the bundle taken back if it cannot be: neither is published without the other.
    await writeFileAtomic(publicKeyPath, key.publicKeyPem).catch(async (error: unknown) => {
      await rm(bundlePath, { force: true });
      throw error;
    });
    // The session signs the artifacts' own bundles and the audit log; a key made for this run proves nothing about who built them, so it attests nothing.
    return { signature: { bundlePath, signer: { kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }, description: `a key made for this run (hint ${key.hint})` }, session, written: [bundlePath, publicKeyPath] };
  }
  const opened = await openSigningSession(config, { cwd: ports.cwd, env: ports.env, run: await readRunContext(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }) });
  if (opened.session === undefined) return { signatureSkipped: opened.reason };
  ports.logger.info(`signing ${basename(checksumsPath)} with ${opened.description}`);
  await opened.session.signFile(checksumsPath, bundlePath);
  const signer: ReleaseSigner =
    opened.signer.kind === 'key'
      ? { kind: 'key', publicKeyFile: `${basename(opened.signer.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
      : { kind: 'certificate', identity: opened.signer.identity, issuer: opened.signer.issuer, instance: releaseInstance(config, opened.session.instance), repository: opened.signer.repository, rekorV2: opened.signer.rekorV2, unlogged: opened.signer.unlogged };
  // Closed only after success: on failure the token stays known to the redactor until the error
  // has been printed, and the exit hooks destroy it.
  return { signature: { bundlePath, signer, description: opened.description }, session: opened.session, closeSession: () => opened.close(), written: [bundlePath] };
}

/** Signs the checksums file (verified before it is written), requesting the attestations' tokens in the same intake. */
export const signStep: ReleaseStepDefinition = {
  name: 'sign',
  wanted: (config) => config.sign !== undefined,
  needs: ['checksums'],
  async run({ config, ports, checksumsPath, staging }) {
    const sign = config.sign;
    if (sign === undefined || checksumsPath === undefined || staging === undefined) throw new Error('sign runs after checksums, when asked for');
    const tokens = await releaseAttestationTokens(config, sign, ports.env);
    const signed = await signChecksums(sign, checksumsPath, staging, ports, tokens?.signing).catch((error: unknown) => {
      tokens?.claims.secret.destroy();
      throw error;
    });
    if (signed.session === undefined || signed.closeSession === undefined) {
      tokens?.claims.secret.destroy();
      return signed;
    }
    return { ...signed, ...(tokens === undefined ? {} : { tokens }) };
  },
};
