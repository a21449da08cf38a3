import { readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { systemClock } from '../../core/clock.js';
import { INPUT_LIMITS, readRegularFile, writeFileAtomic } from '../../core/files.js';
import { defaultBundlePath } from '../../sigstore/sign/index.js';
import { renderAuditLog, type AuditedSignature } from '../audit.js';
import { ReleaseError } from '../errors.js';
import { AUDIT_LOG_FILE } from '../names.js';
import type { ReleaseStepRun } from '../state.js';

async function bundleJSON(path: string, name: string): Promise<unknown> {
  const text = (await readRegularFile(path, { maxBytes: INPUT_LIMITS.bundle, what: 'bundle' })).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ReleaseError('RELEASE_BUNDLE_UNREADABLE', `the bundle ${name} is not JSON`, { cause: error, hint: 'this is a bug in trust-kit: the bundle was written by this run; report it' });
  }
}

/**
 * Writes the signing audit log, `trust-kit-audit.jsonl`: one line per signature this run made
 * (the checksums file, each artifact's bundle, each attestation). It is written after them, so
 * the checksums file cannot list it: it is signed on its own, into `trust-kit-audit.jsonl.sigstore.json`.
 */
export const runAuditLogStep: ReleaseStepRun = async ({ ports, session, signature, checksumsPath, artifactBundles, attestations, staging }) => {
  if (session === undefined || signature === undefined) return {};
  if (checksumsPath === undefined || staging === undefined) throw new Error('audit-log runs after sign');
  // Only the platform's separator becomes /: elsewhere than on Windows a backslash is part of a name.
  const name = (path: string): string => relative(staging, path).split(sep).join('/');
  const signatures: AuditedSignature[] = [{ kind: 'checksums', file: name(checksumsPath), bundle: name(signature.bundlePath), json: await bundleJSON(signature.bundlePath, name(signature.bundlePath)) }];
  for (const bundle of artifactBundles ?? []) signatures.push({ kind: 'artifact', file: bundle.name, bundle: name(bundle.bundlePath), json: await bundleJSON(bundle.bundlePath, name(bundle.bundlePath)) });
  if (attestations !== undefined) {
    const lines = (await readFile(attestations.path, 'utf8')).split('\n').filter((line) => line !== '');
    lines.forEach((line, index) => {
      let json: unknown;
      try {
        json = JSON.parse(line) as unknown;
      } catch (error) {
        throw new ReleaseError('RELEASE_BUNDLE_UNREADABLE', `line ${index + 1} of ${basename(attestations.path)} is not JSON`, { cause: error, hint: 'this is a bug in trust-kit: the file was written by this run; report it' });
      }
      signatures.push({ kind: 'attestation', file: basename(attestations.path), bundle: basename(attestations.path), line: index + 1, json });
    });
  }
  const path = join(staging, AUDIT_LOG_FILE);
  const text = renderAuditLog(signatures, signature.signer, (ports.clock ?? systemClock).now());
  await writeFileAtomic(path, text);
  const bundlePath = defaultBundlePath(path);
  const signed = await session.signBlob(Buffer.from(text, 'utf8'), AUDIT_LOG_FILE);
  await writeFileAtomic(bundlePath, signed.text);
  ports.logger.info(`audit log: ${signatures.length} signature${signatures.length === 1 ? '' : 's'} -> ${AUDIT_LOG_FILE}, signed on its own`);
  return { auditLog: { path, bundlePath }, written: [path, bundlePath] };
};
