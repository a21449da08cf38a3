import { rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { ReleaseSignConfig } from '../../config/release.js';
import { INPUT_LIMITS, readRegularFileSync, writeFileAtomic } from '../../core/files.js';
import { readRunContext } from '../../github/context.js';
import type { IdToken } from '../../github/oidc.js';
import type { ReleaseSigner } from '../../instructions/verify.js';
import { createSigningSession, defaultBundlePath, ephemeralSigningKey, openSigningSession, type SigningKey } from '../../sigstore/sign/index.js';
import { releaseAttestationTokens } from '../attest.js';
import { PUBLIC_KEY_FILE } from '../names.js';
import { signsWithRunKey } from '../run-key.js';
import type { ReleasePorts, ReleaseStepRun, StepOutcome } from '../state.js';

/**
 * How a private deployment's trusted root file is written: JSON lines (gh's form, which gh reads:
 * more than one line, and not one JSON document) or one document; for JSON lines of more than one
 * root, the text that picks the deployment's line out for cosign, which reads one root (see
 * {@link cosignLineSelector}). A file that cannot be read here is taken as one document; signing
 * reads it again, and fails on it there.
 */
function trustedRootForm(path: string, config: ReleaseSignConfig): { jsonLines: boolean; cosignLine?: string } {
  let text: string;
  try {
    text = readRegularFileSync(path, { maxBytes: INPUT_LIMITS.trustedRoot, what: 'trusted root' }).toString('utf8');
  } catch {
    return { jsonLines: false };
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length <= 1) return { jsonLines: lines.length === 1 && !text.trim().includes('\n') };
  try {
    JSON.parse(text);
    return { jsonLines: false };
  } catch {
    const cosignLine = cosignLineSelector(lines, config);
    return { jsonLines: true, ...(cosignLine === undefined ? {} : { cosignLine }) };
  }
}

/**
 * The quoted URL of a service this run signed with (Fulcio's, else the TSA's or Rekor's) that
 * exactly one line of the trusted roots names: that line is the deployment's trusted root, which
 * VERIFY.md has `grep -F` give cosign. Undefined when no URL picks one line.
 */
function cosignLineSelector(lines: readonly string[], config: ReleaseSignConfig): string | undefined {
  for (const url of [config.fulcioURL, config.tsaURL, config.rekorURL]) {
    if (url === undefined) continue;
    const quotedUrl = JSON.stringify(url);
    if (lines.filter((line) => line.includes(quotedUrl)).length === 1) return quotedUrl;
  }
  return undefined;
}

/** Which deployment verifiers need trust for: custom service URLs mean a private deployment, verified with the trusted root signing used. */
function releaseInstance(config: ReleaseSignConfig, instance: string, cwd: string): Extract<ReleaseSigner, { kind: 'certificate' }>['instance'] {
  const custom = config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined || config.signingConfig !== undefined;
  if (custom && config.trustedRoot !== undefined) return { private: { trustedRootFile: basename(config.trustedRoot), ...trustedRootForm(resolve(cwd, config.trustedRoot), config) } };
  return instance === 'github' ? 'github' : 'public-good';
}

/**
 * Opens the session the release signs in, before the checksums file is written: a key made for
 * the run (outside Actions, without a token), the configured key, or keyless with `token`, a
 * Sigstore token already requested with the provenance token. Who will sign is known from here on
 * (the verification kit names it in a file the checksums list).
 */
async function openReleaseSession(config: ReleaseSignConfig, ports: ReleasePorts, token: IdToken | undefined, key: SigningKey | undefined): Promise<StepOutcome> {
  if (signsWithRunKey(config, ports.env)) {
    // The private key exists only in this process; only its public half is written.
    const key = ephemeralSigningKey();
    ports.logger.warn(`not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}), which proves the files belong together but not who made them; releases from GitHub Actions are signed keylessly`);
    const session = createSigningSession({ backend: { instance: 'key', key }, retry: config.retry });
    // The session signs the artifacts' own bundles and the audit log; a key made for this run proves nothing about who built them, so it attests nothing.
    return { session, opened: { signer: () => ({ kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }), description: `a key made for this run (hint ${key.hint})`, trust: undefined, publicKeyPem: key.publicKeyPem } };
  }
  const opened = await openSigningSession(config, { cwd: ports.cwd, env: ports.env, run: await readRunContext(ports.env), logger: ports.logger, ...(token === undefined ? {} : { token }), ...(key === undefined ? {} : { key }) });
  if (opened.session === undefined) return { signatureSkipped: opened.reason };
  const instance = releaseInstance(config, opened.session.instance, ports.cwd);
  const signer = (): ReleaseSigner => {
    const current = opened.signer;
    return current.kind === 'key'
      ? { kind: 'key', publicKeyFile: `${basename(current.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
      : { kind: 'certificate', identity: current.identity, issuer: current.issuer, instance, repository: current.repository, sourceRef: current.sourceRef, rekorV2: current.rekorV2, unlogged: current.unlogged };
  };
  // Closed only after success: on failure the token stays known to the redactor until the error
  // has been printed, and the exit hooks destroy it.
  return { session: opened.session, closeSession: () => opened.close(), opened: { signer, description: opened.description, trust: opened.trust } };
}

/** Opens the signing session (verified tokens for the attestations requested in the same intake), before the checksums file is written. */
export const runSigningSessionStep: ReleaseStepRun = async ({ config, ports, signingKey }) => {
  const sign = config.sign;
  if (sign === undefined) throw new Error('signing-session runs when signing is asked for');
  const tokens = await releaseAttestationTokens(config, sign, ports.env);
  const opened = await openReleaseSession(sign, ports, tokens?.signing, signingKey).catch((error: unknown) => {
    tokens?.claims.secret.destroy();
    throw error;
  });
  if (opened.session === undefined || opened.closeSession === undefined) {
    tokens?.claims.secret.destroy();
    return opened;
  }
  return { ...opened, ...(tokens === undefined ? {} : { tokens }) };
};

/** Signs the checksums file (verified before it is written) in the session opened before it; the bundle and any public key are written beside it. */
export const runSignStep: ReleaseStepRun = async ({ ports, checksumsPath, checksumsBytes, staging, session, opened }) => {
  if (checksumsPath === undefined || checksumsBytes === undefined || staging === undefined) throw new Error('sign runs after checksums, when asked for');
  // Signing was skipped (on-missing-token: warn|skip): the session step said why.
  if (session === undefined || opened === undefined) return {};
  const bundlePath = defaultBundlePath(checksumsPath);
  ports.logger.info(`signing ${basename(checksumsPath)} with ${opened.description}`);
  // The bytes written, not the file read back: what is signed is what this run listed, whatever happened to the file since.
  await writeFileAtomic(bundlePath, (await session.signBlob(checksumsBytes, checksumsPath)).text);
  // Read after signing: a keyless identity the token does not predict comes from the certificate.
  const signature = { bundlePath, signer: opened.signer(), description: opened.description };
  if (opened.publicKeyPem === undefined) return { signature, written: [bundlePath] };
  const publicKeyPath = join(staging, PUBLIC_KEY_FILE);
  // Written only once signed, and the bundle taken back if it cannot be: neither is published without the other.
  await writeFileAtomic(publicKeyPath, opened.publicKeyPem).catch(async (error: unknown) => {
    await rm(bundlePath, { force: true });
    throw error;
  });
  return { signature, written: [bundlePath, publicKeyPath] };
};
