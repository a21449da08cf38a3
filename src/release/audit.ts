import { createHash } from 'node:crypto';
import type { ReleaseSigner } from '../instructions/verify.js';
import { ReleaseError } from './errors.js';

/** What the audit log records of one signature: the file signed, and the bundle that holds the signature. */
export interface AuditedSignature {
  /** `checksums`, `artifact` or `attestation`. */
  kind: 'checksums' | 'artifact' | 'attestation';
  /** The name of the file signed (for attestations, the file the bundle is a line of). */
  file: string;
  /** The bundle's file name, and for attestations its line (1-based). */
  bundle: string;
  line?: number;
  /** The bundle as written (parsed JSON). */
  json: unknown;
}

interface BundleShape {
  messageSignature?: { messageDigest?: { algorithm?: string; digest?: string } };
  dsseEnvelope?: { payload?: string; payloadType?: string };
  verificationMaterial?: {
    tlogEntries?: { logIndex?: string; integratedTime?: string; logId?: { keyId?: string } }[];
    timestampVerificationData?: { rfc3161Timestamps?: unknown[] };
  };
}

const DIGEST_NAMES: Record<string, string> = { SHA2_256: 'sha256', SHA2_384: 'sha384', SHA2_512: 'sha512' };

function unreadable(bundle: string, what: string): ReleaseError {
  return new ReleaseError('RELEASE_BUNDLE_UNREADABLE', `the bundle ${bundle} has no ${what}`, { hint: 'this is a bug in trust-kit: the bundle was written by this run; report it' });
}

/** What was signed, as a digest: a message signature's digest, or a DSSE payload's SHA-256 and its predicate type. */
function signedContent(bundle: BundleShape, name: string): { digest: Record<string, string>; predicateType?: string } {
  const message = bundle.messageSignature?.messageDigest;
  if (message?.digest !== undefined) {
    const algorithm = DIGEST_NAMES[message.algorithm ?? ''];
    if (algorithm === undefined) throw unreadable(name, `digest algorithm trust-kit knows (${message.algorithm ?? 'none'})`);
    return { digest: { [algorithm]: Buffer.from(message.digest, 'base64').toString('hex') } };
  }
  const payload = bundle.dsseEnvelope?.payload;
  if (payload === undefined) throw unreadable(name, 'message signature or DSSE envelope');
  const bytes = Buffer.from(payload, 'base64');
  let predicateType: unknown;
  try {
    predicateType = (JSON.parse(bytes.toString('utf8')) as { predicateType?: unknown }).predicateType;
  } catch {
    predicateType = undefined;
  }
  return { digest: { sha256: createHash('sha256').update(bytes).digest('hex') }, ...(typeof predicateType === 'string' ? { predicateType } : {}) };
}

/**
 * The signing audit log (JSON Lines): per signature, what was signed and its digest, who signed
 * (identity and issuer, or the public key file), the transparency log entries (index and
 * integration time) or the number of RFC 3161 timestamps, and the run's time from its clock.
 * Keys are in a fixed order and lines in the order given: the same run makes the same bytes.
 */
export function renderAuditLog(signatures: readonly AuditedSignature[], signer: ReleaseSigner, time: Date): string {
  const who = signer.kind === 'certificate' ? { identity: signer.identity, issuer: signer.issuer } : { publicKey: signer.publicKeyFile, ephemeral: signer.ephemeral };
  return signatures
    .map((signature) => {
      const bundle = (typeof signature.json === 'object' && signature.json !== null ? signature.json : {}) as BundleShape;
      const content = signedContent(bundle, signature.bundle);
      const material = bundle.verificationMaterial;
      const tlog = (material?.tlogEntries ?? []).map((entry) => ({
        logIndex: entry.logIndex ?? '',
        ...(entry.integratedTime === undefined || entry.integratedTime === '0' ? {} : { integratedTime: new Date(Number(entry.integratedTime) * 1000).toISOString() }),
      }));
      const record = {
        kind: signature.kind,
        signed: signature.file,
        ...(content.predicateType === undefined ? {} : { predicateType: content.predicateType }),
        digest: content.digest,
        bundle: signature.bundle,
        ...(signature.line === undefined ? {} : { line: signature.line }),
        signer: who,
        tlog,
        rfc3161Timestamps: material?.timestampVerificationData?.rfc3161Timestamps?.length ?? 0,
        time: time.toISOString(),
      };
      return `${JSON.stringify(record)}\n`;
    })
    .join('');
}
