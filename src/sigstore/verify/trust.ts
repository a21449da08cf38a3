import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { describeJsonFault, jsonFault, jsonSyntaxProblem, JSON_FAULT_HINT } from '../../core/json.js';
import { boundedList, boundedText } from '../../core/quote.js';
import { ParsedCertificate } from './certificate.js';
import { decodeTrustedRoot, type RawValidity, type TrustedAuthority, type TrustedLog } from './documents.js';
import { VerifyError } from './errors.js';
import { parseRfc3339 } from './shape.js';

/** A certificate authority of a trusted root: its chain (issuing certificate first) and when it may issue. */
export interface CertificateAuthority {
  uri: string;
  chain: ParsedCertificate[];
  validFrom: Date;
  validTo: Date;
}

/** A transparency log or certificate-transparency log of a trusted root: its key, id and validity. */
export interface LogAuthority {
  baseUrl: string;
  logId: Buffer;
  /**
   * The id of the log's key in its signed checkpoints: the log id for ECDSA logs (Rekor v1), the
   * C2SP signed-note key id for Ed25519 logs (Rekor v2), which their entries also carry as log id.
   */
  checkpointKeyId: Buffer;
  publicKey: KeyObject;
  validFrom: Date;
  validTo: Date;
}

/** One Sigstore instance's trust material: one trusted_root.json, or one line of `gh attestation trusted-root`. */
export interface TrustRoot {
  /** Where it came from, for messages: `trusted_root.json`, `roots.jsonl:2`, `public-good (TUF)`. */
  label: string;
  certificateAuthorities: CertificateAuthority[];
  timestampAuthorities: CertificateAuthority[];
  tlogs: LogAuthority[];
  ctlogs: LogAuthority[];
  /** The trusted root's JSON as read, so the root a release signed against can be published beside it. */
  document: object;
}

/** The trust roots searched, for messages: `trusted_root.json`, or `roots.jsonl:2`. */
export function rootLabels(roots: readonly TrustRoot[]): string {
  return roots.length === 0 ? 'the trusted root' : boundedList(roots.map((root) => root.label));
}

/** A certificate authority and the instance that trusts it. */
export interface IssuingAuthority {
  root: TrustRoot;
  authority: CertificateAuthority;
}

/**
 * A distinguished name as an index key, at least as loose as OpenSSL's name comparison (case and
 * runs of white space ignored), so an index lookup never misses an issuer OpenSSL would accept.
 */
function nameKey(displayName: string): string {
  return displayName.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The trust verification checks against, built once: parsed CA certificates and ready public keys
 * of every instance, plus a per-trust cache of leaf certificates already checked against them.
 */
export class TrustMaterial {
  readonly roots: readonly TrustRoot[];
  /** Leaf-certificate checks keyed by the certificate's DER (base64); owned by verify.ts. */
  readonly leafCache = new Map<string, unknown>();
  private readonly authoritiesByName = new Map<string, IssuingAuthority[]>();

  constructor(roots: readonly TrustRoot[]) {
    this.roots = roots;
    for (const root of roots) {
      for (const authority of root.certificateAuthorities) {
        const key = nameKey(authority.chain[0]?.displayNames.subject ?? '');
        const named = this.authoritiesByName.get(key);
        if (named === undefined) this.authoritiesByName.set(key, [{ root, authority }]);
        else named.push({ root, authority });
      }
    }
  }

  /**
   * The CAs, in trusted-root order, whose issuing certificate bears the name a certificate gives
   * as its issuer (`displayNames.issuer`): a lookup, so a trusted root of hundreds of CAs does not
   * cost a check per CA. Only candidates: the caller still checks that one signed the certificate.
   */
  authoritiesNamed(issuerName: string): readonly IssuingAuthority[] {
    return this.authoritiesByName.get(nameKey(issuerName)) ?? [];
  }

  /** Every instance's label, for messages. */
  get label(): string {
    return this.roots.map((root) => root.label).join(', ');
  }
}

const END = new Date(8640000000000000);

/** A trusted-root validity window as words: `from <start> to <end>`, or `from <start>, with no end` for an open one. */
export function describeValidity(validFrom: Date, validTo: Date): string {
  return `from ${validFrom.toISOString()}${validTo.getTime() === END.getTime() ? ', with no end' : ` to ${validTo.toISOString()}`}`;
}

/**
 * Builds trust material from a trusted root: the JSON text of a `trusted_root.json`, the JSONL that
 * `gh attestation trusted-root` prints (one root per line), or an already parsed object.
 */
export function loadTrustMaterial(input: string | object, source = 'trusted root'): TrustMaterial {
  const documents: { value: unknown; label: string }[] = [];
  if (typeof input !== 'string') {
    documents.push({ value: input, label: source });
  } else {
    const trimmed = input.trim();
    let whole: unknown;
    let wholeError: unknown;
    try {
      whole = JSON.parse(trimmed);
    } catch (error) {
      whole = undefined;
      wholeError = error;
    }
    if (whole !== undefined) {
      refuseJsonFault(trimmed, source, true);
      documents.push({ value: whole, label: source });
    } else {
      let first = true;
      input.split('\n').forEach((line, index) => {
        if (line.trim() === '') return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          // A first line that is no document is no JSONL: the file is one JSON document, and its own error says where it breaks.
          if (first) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}: not JSON: ${jsonSyntaxProblem(trimmed, wholeError)}`);
          throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}:${index + 1}: not JSON: ${boundedText(error instanceof Error ? error.message : String(error))}`);
        }
        first = false;
        refuseJsonFault(line, `${source}:${index + 1}`, false);
        documents.push({ value, label: `${source}:${index + 1}` });
      });
    }
  }
  if (documents.length === 0) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${source} holds no trusted root`);
  return new TrustMaterial(documents.map((document) => toTrustRoot(document.value, document.label)));
}

/**
 * Refuses a trusted root whose JSON repeats a key or nests too deep: JSON.parse keeps the last of two
 * equal keys, sigstore-go's reader (protobuf JSON) refuses them, so a root read two ways would make
 * trust-kit and cosign trust different keys. `where` numbers the line already when `whole` is false.
 */
function refuseJsonFault(text: string, where: string, whole: boolean): void {
  const fault = jsonFault(text);
  if (fault !== undefined) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${where} ${describeJsonFault(fault, whole)}`, { hint: JSON_FAULT_HINT });
}

function toTrustRoot(value: unknown, label: string): TrustRoot {
  const root = decodeTrustedRoot(value, label);
  return {
    label,
    certificateAuthorities: root.certificateAuthorities.map((ca, index) => toAuthority(ca, `${label}: certificateAuthorities[${index}]`)),
    timestampAuthorities: root.timestampAuthorities.map((ca, index) => toAuthority(ca, `${label}: timestampAuthorities[${index}]`)),
    tlogs: root.tlogs.map((log, index) => toLog(log, `${label}: tlogs[${index}]`)),
    ctlogs: root.ctlogs.map((log, index) => toLog(log, `${label}: ctlogs[${index}]`)),
    document: value as object,
  };
}

/**
 * The period a validity range of the trusted root covers, read from its JSON (the shape check
 * has made `start`, and `end` when present, RFC 3339 times); no end means "until replaced".
 */
function validity(range: RawValidity, what: string): { validFrom: Date; validTo: Date } {
  const validFrom = parseRfc3339(range.start, 'up');
  const validTo = range.end === undefined ? END : parseRfc3339(range.end);
  if (validFrom === undefined || validTo === undefined) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor needs an RFC 3339 start (and, optionally, end) time`);
  if (validTo < validFrom) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor ends (${validTo.toISOString()}) before it starts (${validFrom.toISOString()})`);
  return { validFrom, validTo };
}

function toAuthority(ca: TrustedAuthority, what: string): CertificateAuthority {
  const { certificates } = ca;
  if (certificates.length === 0) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no certificate`);
  const chain = certificates.map((certificate, index) => {
    try {
      return ParsedCertificate.parse(certificate, `${what}.certChain[${index}]`);
    } catch (error) {
      throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', error instanceof Error ? error.message : String(error), { cause: error });
    }
  });
  return { uri: ca.uri, chain: issuerFirst(chain), ...validity(ca.validFor, what) };
}

/**
 * A CA's chain from the certificate that issues down to its root, as the trusted root format
 * lists it; one written root first (cosign and sigstore-python read it so too) is turned round
 * when, turned, each certificate names the next as its issuer.
 */
function issuerFirst(chain: ParsedCertificate[]): ParsedCertificate[] {
  const linked = (list: readonly ParsedCertificate[]): boolean => list.every((certificate, index) => index === list.length - 1 || certificate.displayNames.issuer === list[index + 1]?.displayNames.subject);
  if (chain.length < 2 || linked(chain)) return chain;
  const reversed = [...chain].reverse();
  return linked(reversed) ? reversed : chain;
}

/**
 * C2SP signed-note key id of an Ed25519 log: SHA-256(origin || 0x0A || 0x01 || key), the origin being the
 * hostname of its base URL, without a port (rekor-tiles signs with its --hostname; sigstore-go derives it so).
 */
function noteKeyId(baseUrl: string, publicKey: KeyObject, logId: Buffer): Buffer {
  if (publicKey.asymmetricKeyType !== 'ed25519') return logId;
  let origin: string;
  try {
    origin = new URL(baseUrl).hostname;
  } catch {
    return logId;
  }
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return createHash('sha256').update(`${origin}\n`).update(Buffer.from([0x01])).update(raw).digest();
}

const PKCS1_DETAILS = new Set(['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS']);

/** The key a log's `keyDetails` names, by the Node key type (and curve) it must be. */
const KEY_DETAILS_KEYS: readonly [RegExp, string, string | undefined][] = [
  [/RSA/, 'rsa', undefined],
  [/^PKIX_ECDSA_P256_/, 'ec', 'prime256v1'],
  [/^PKIX_ECDSA_P384_/, 'ec', 'secp384r1'],
  [/^PKIX_ECDSA_P521_/, 'ec', 'secp521r1'],
  [/^PKIX_ED25519/, 'ed25519', undefined],
];

/**
 * What is wrong when a log's key is not of the kind its `keyDetails` names (cosign and
 * sigstore-python refuse such a root: a key read as another kind than declared is a root edited by
 * hand or for another log); undefined when they agree or the details name no kind read here.
 */
function keyDetailsMismatch(details: string, key: KeyObject): string | undefined {
  const expected = KEY_DETAILS_KEYS.find(([pattern]) => pattern.test(details));
  if (expected === undefined) return undefined;
  const [, type, curve] = expected;
  const actual = key.asymmetricKeyType ?? 'unknown';
  const actualCurve = key.asymmetricKeyDetails?.namedCurve;
  if (type === 'rsa' ? actual !== 'rsa' && actual !== 'rsa-pss' : actual !== type || (curve !== undefined && actualCurve !== curve)) {
    const named = (kind: string): string => `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} key`;
    return `${named(curve ?? type)}, but the key is ${named(actualCurve === undefined ? actual : `${actual} ${actualCurve}`)}`;
  }
  return undefined;
}

function toLog(log: TrustedLog, what: string): LogAuthority {
  const raw = log.publicKey.rawBytes;
  const { logId } = log;
  if (raw === undefined || logId === undefined) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no public key or log id`);
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: raw, format: 'der', type: PKCS1_DETAILS.has(log.publicKey.keyDetails) ? 'pkcs1' : 'spki' });
  } catch (error) {
    throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const mismatch = keyDetailsMismatch(log.publicKey.keyDetails, publicKey);
  if (mismatch !== undefined) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: its keyDetails ${log.publicKey.keyDetails} says ${mismatch}`);
  return {
    baseUrl: log.baseUrl,
    logId,
    checkpointKeyId: log.checkpointKeyId ?? noteKeyId(log.baseUrl, publicKey, logId),
    publicKey,
    ...validity(log.publicKey.validFor, `${what}.publicKey`),
  };
}
