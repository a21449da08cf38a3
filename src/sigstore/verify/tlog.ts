import { createHash, verify as verifyBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { describeJsonFault, jsonFault } from '../../core/json.js';
import { boundedList, boundedText, quoted } from '../../core/quote.js';
import { abbreviate } from './certificate.js';
import type { TransparencyLogEntry } from './documents.js';
import { VerifyError } from './errors.js';
import { describeValidity, rootLabels, type LogAuthority, type TrustRoot } from './trust.js';

/** What a verified log entry proves: which log, at which index (as the promise or else the proof verified it) and, with a signed promise, since when. */
export interface VerifiedLogEntry {
  baseUrl: string;
  logIndex: string;
  kind: string;
  /** The log's signed integration time; absent when the entry only carries an inclusion proof. */
  integratedTime?: Date;
}

/** What a log entry's body must describe: the bundle's signature, digest and signing key. */
export interface LoggedContent {
  signature: Buffer;
  /** For message signatures: the signed digest (hex) and its algorithm as Rekor names it. */
  messageDigest?: { algorithm: string; hex: string };
  /** For DSSE envelopes: the hex SHA-256 of the payload. */
  payloadSha256?: string;
  /** For DSSE envelopes: the hex SHA-256 of the pre-authentication encoding (what Rekor v2 hashedrekord entries of DSSE log). */
  paeSha256?: string;
  /** DER of the signing certificate or public key, as Rekor records it (PEM inside base64). */
  keyDer: Buffer;
}

/** The entry kinds only Rekor v2 logs write (v1 writes hashedrekord and dsse at 0.0.1). */
const REKOR_V2_KINDS: ReadonlySet<string> = new Set(['hashedrekord/0.0.2', 'dsse/0.0.2']);

/**
 * Verifies one transparency-log entry: the log is in the trusted root with a key valid at the
 * entry's signed integration time (or, for an entry with only an inclusion proof, at every
 * `signedTimes`: the bundle's verified RFC 3161 times and other entries' signed integration times;
 * with none of those, at `now`), its signed entry timestamp and/or inclusion proof
 * (checkpoint signature and Merkle path) verify, and its body records this bundle's signature,
 * digest and key.
 */
export function verifyLogEntry(entry: TransparencyLogEntry, roots: readonly TrustRoot[], content: LoggedContent, where: string, signedTimes: readonly Date[] = [], now: Date = new Date()): VerifiedLogEntry {
  for (const [field, value] of [['logIndex', entry.logIndex], ['integratedTime', entry.integratedTime], ['inclusionProof.logIndex', entry.inclusionProof?.logIndex ?? '0'], ['inclusionProof.treeSize', entry.inclusionProof?.treeSize ?? '0']] as const) {
    if (!/^\d{1,19}$/.test(value)) throw new VerifyError('VERIFY_BUNDLE_INVALID', `${where}: ${field} is ${quoted(value, 40)}, expected a non-negative integer`);
  }
  // A Rekor v2 log is one tree, and rekor-tiles' verifier (sigstore-go's) proves the entry's own index: the proof must be of it.
  // Rekor v1 numbers entries across its shards while a proof is of the index in the entry's shard, so there the two differ.
  if (entry.inclusionProof !== undefined && REKOR_V2_KINDS.has(`${entry.kindVersion?.kind}/${entry.kindVersion?.version}`) && BigInt(entry.inclusionProof.logIndex) !== BigInt(entry.logIndex)) {
    throw new VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: logIndex ${entry.logIndex}, but its inclusion proof is for index ${entry.inclusionProof.logIndex}: the entry is not the one proven`);
  }
  const keyId = entry.logId?.keyId;
  const integratedTime = new Date(Number(entry.integratedTime) * 1000);
  // A signed integration time is compared and printed; one past what a Date holds made toISOString throw an uncoded RangeError.
  if (entry.inclusionPromise !== undefined && Number.isNaN(integratedTime.getTime())) {
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `${where}: integratedTime ${entry.integratedTime} is past the last time this verifier can compare (8640000000000, in the year 275760)`);
  }
  const candidates = roots.flatMap((root) => root.tlogs).filter((log) => keyId !== undefined && (log.logId.equals(keyId) || log.checkpointKeyId.equals(keyId)));
  if (candidates.length === 0) {
    const known = roots.flatMap((root) => root.tlogs.map((log) => `${log.baseUrl} (${abbreviate(log.logId.toString('hex'))})`));
    throw new VerifyError('VERIFY_TLOG_UNTRUSTED', `${where}: logged by log id ${keyId === undefined ? '(none)' : abbreviate(Buffer.from(keyId).toString('hex'))}, which ${rootLabels(roots)} does not list (it lists ${known.length === 0 ? 'no transparency log' : boundedList(known)})`);
  }
  // Without a signed promise the integration time is unproven, so the checkpoint key must be valid whenever the bundle's other evidence says the
  // signature was made; with no such evidence (a key-signed bundle whose log gives no signed time, and no timestamp), now: a retired key vouches for nothing.
  const undated = entry.inclusionPromise === undefined && signedTimes.length === 0;
  const times = entry.inclusionPromise !== undefined ? [integratedTime] : undated ? [now] : signedTimes;
  const log = candidates.find((candidate) => times.every((time) => candidate.validFrom <= time && time <= candidate.validTo));
  if (log === undefined) {
    // An integration time altered after the log signed it fails the signed promise: that is what is wrong, not the log key's validity then.
    const first = candidates[0] as LogAuthority;
    if (entry.inclusionPromise !== undefined && !candidates.some((candidate) => promiseVerifies(entry, candidate))) verifyPromise(entry, first, where);
    const when =
      entry.inclusionPromise !== undefined
        ? `integrated at ${integratedTime.toISOString()}`
        : undated
          ? `carries no signed time (neither a signed entry timestamp nor an RFC 3161 timestamp in the bundle), so its log's key must be valid now, ${now.toISOString()}, and that is`
          : `signed at ${times.map((time) => time.toISOString()).join(', ')} (RFC 3161)`;
    throw new VerifyError('VERIFY_TLOG_UNTRUSTED', `${where}: ${when}, outside the validity of the log's key in the trusted root (${candidates.map((candidate) => describeValidity(candidate.validFrom, candidate.validTo)).join('; ')})`, {
      hint: `the trusted root lists this log, but not as trusted then (its key's validFor): ${undated ? 'a key retired since signing vouches for nothing without a signed time; sign with a timestamp authority, or ' : ''}check that the trusted root is the current one of the instance that logged the bundle`,
    });
  }
  if (entry.inclusionPromise === undefined && entry.inclusionProof === undefined) {
    throw new VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: carries neither an inclusion promise nor an inclusion proof`);
  }
  if (entry.inclusionPromise !== undefined) verifyPromise(entry, log, where);
  if (entry.inclusionProof !== undefined) verifyProof(entry, log, where, roots.some((root) => root.tlogs.some((other) => other.publicKey.equals(log.publicKey) && !sameNames(other, log))));
  const kind = verifyBody(entry, content, where);
  return {
    baseUrl: log.baseUrl,
    // Only a signed promise covers the entry's own logIndex (across a Rekor v1 log's shards); without one, report the index the inclusion proof verified.
    logIndex: entry.inclusionPromise === undefined ? (entry.inclusionProof?.logIndex ?? entry.logIndex) : entry.logIndex,
    kind,
    ...(entry.inclusionPromise !== undefined && entry.integratedTime !== '0' ? { integratedTime } : {}),
  };
}

/** Whether the entry's signed entry timestamp verifies with the key of `log`. */
function promiseVerifies(entry: TransparencyLogEntry, log: LogAuthority): boolean {
  // Rekor signs the canonical JSON (RFC 8785) of these four: keys in code-unit order, which JSON.stringify keeps as written.
  const payload = JSON.stringify({
    body: entry.canonicalizedBody.toString('base64'),
    integratedTime: Number(entry.integratedTime),
    logID: log.logId.toString('hex'),
    logIndex: Number(entry.logIndex),
  });
  return verifyWith(log.publicKey, Buffer.from(payload, 'utf8'), entry.inclusionPromise?.signedEntryTimestamp ?? Buffer.alloc(0));
}

function verifyPromise(entry: TransparencyLogEntry, log: LogAuthority, where: string): void {
  if (!promiseVerifies(entry, log)) {
    throw new VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: the signed entry timestamp does not verify with the key of ${log.baseUrl} (logIndex ${entry.logIndex}, integratedTime ${entry.integratedTime})`);
  }
}

const NOTE_SIGNATURE = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/]+={0,2})$/;
const TREE_SIZE = /^(?:0|[1-9]\d{0,18})$/;

/** A checkpoint's signature lines (C2SP signed note): key name, the key id's first 4 bytes and the signature. */
interface NoteSignature {
  name: string;
  keyHint: Buffer;
  signature: Buffer;
}

/**
 * Splits a signed note into its text and signature lines, refusing anything else in the
 * signature block: a line another verifier may read differently is not skipped but refused.
 */
function parseSignedNote(envelope: string, fail: (message: string) => never): { note: string; signatures: NoteSignature[] } {
  const split = envelope.indexOf('\n\n');
  if (split === -1) fail('the checkpoint has no signature block');
  if (!envelope.endsWith('\n')) fail('the checkpoint\'s signature block does not end with a newline');
  const lines = envelope.slice(split + 2, -1).split('\n');
  if (lines.length > 64) fail(`the checkpoint carries ${lines.length} signature lines, more than a checkpoint has any reason to`);
  const signatures = lines.map((line, index) => {
    const match = NOTE_SIGNATURE.exec(line);
    if (match === null) return fail(`signature line ${index + 1} is not "\u2014 <key name> <base64 key id and signature>": ${quoted(line, 80)}`);
    const bytes = Buffer.from(match[2] ?? '', 'base64');
    if (bytes.length < 5) fail(`signature line ${index + 1} is too short to hold a key id and a signature`);
    return { name: match[1] ?? '', keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) };
  });
  return { note: envelope.slice(0, split + 1), signatures };
}

/** The checkpoint body (C2SP tlog-checkpoint): origin, tree size in decimal without leading zeros, 32-byte root hash in base64, extension lines. */
function parseCheckpoint(note: string, fail: (message: string) => never): { origin: string; treeSize: bigint; rootHash: Buffer } {
  const lines = note.slice(0, -1).split('\n');
  if (lines.length < 3) fail(`the checkpoint has ${lines.length} line(s), expected at least 3 (origin, tree size, root hash)`);
  const [origin = '', size = '', hash = ''] = lines;
  if (origin === '') fail('the checkpoint names no origin');
  if (!TREE_SIZE.test(size)) fail(`the checkpoint's tree size ${quoted(size, 40)} is not a decimal number without leading zeros`);
  const rootHash = Buffer.from(hash, 'base64');
  if (rootHash.length !== 32 || rootHash.toString('base64') !== hash) fail(`the checkpoint's root hash ${quoted(hash, 60)} is not a base64 SHA-256 hash`);
  return { origin, treeSize: BigInt(size), rootHash };
}

/**
 * The names a log signs its checkpoints with: its hostname, as rekor-tiles writes it and sigstore-go
 * expects it; its host with the port, as a Rekor v1 on a port may write it; or its host and path for a
 * log served below one (sigstore-js accepts any name its base URL contains).
 */
function noteNames(log: LogAuthority): string[] {
  try {
    const url = new URL(log.baseUrl);
    const path = url.pathname.replace(/\/+$/, '');
    return [...new Set([url.hostname, url.host, ...(path === '' ? [] : [`${url.host}${path}`])])];
  } catch {
    return [];
  }
}

/**
 * Whether two logs sign their checkpoints under the same names (the same host, listed twice for two validity periods).
 * Both ways: a log on the same host with a port or a path has the host's names and more, and is another log.
 */
function sameNames(a: LogAuthority, b: LogAuthority): boolean {
  const [namesOfA, namesOfB] = [noteNames(a), noteNames(b)];
  return namesOfA.length === namesOfB.length && namesOfA.every((name) => namesOfB.includes(name));
}

/**
 * Whether a checkpoint's origin line names the log that signed it under `name`: C2SP tlog-checkpoint logs (rekor-tiles,
 * Ed25519 as Rekor v2 runs) use their key's name exactly, as sigstore-go requires; Rekor v1 (ECDSA) writes
 * "<name> - <tree id>", the tree of the shard the entry is in.
 */
function isOriginOf(origin: string, name: string, log: LogAuthority): boolean {
  if (origin === name) return true;
  return log.publicKey.asymmetricKeyType !== 'ed25519' && origin.startsWith(`${name} - `) && /^[1-9]\d{0,18}$/.test(origin.slice(name.length + 3));
}

/**
 * Verifies an entry's inclusion proof against its checkpoint, signed by `log`. A Rekor v1 log (ECDSA) signs under
 * its `--rekor_server.hostname`, by default its machine's name (a sigstore/scaffolding deployment's is its pod's),
 * not always its URL's host, and sigstore-go, cosign and sigstore-python accept a checkpoint under any name: so
 * does this, for a log whose key `keyShared` says no other log of the trusted roots has. Its origin must still be
 * the name signed under (`<name> - <tree id>`), so that another log's checkpoint under a shared key, or this one's
 * re-signed under another name, never passes for this log's; a C2SP log (Ed25519, Rekor v2) signs under its host.
 */
/**
 * Checks an inclusion proof: its checkpoint signed by the log under its name, for the proof's tree, and the entry's
 * Merkle path to that tree's root. A v0.1 proof without a checkpoint (Rekor's answers before checkpoints) proves nothing
 * by itself, since nothing signs its root, but a path that does not hash to the root it gives is altered evidence all
 * the same: refused, as the conformance suite refuses it.
 */
function verifyProof(entry: TransparencyLogEntry, log: LogAuthority, where: string, keyShared: boolean): void {
  const proof = entry.inclusionProof;
  if (proof === undefined) return;
  const fail = (message: string): never => {
    throw new VerifyError('VERIFY_TLOG_INCLUSION_INVALID', `${where}: inclusion proof: ${message}`);
  };
  if (proof.rootHash.length !== 32) fail(`the proof's root hash is ${proof.rootHash.length} bytes, expected 32`);
  if (proof.checkpoint !== undefined) verifyCheckpoint(proof, proof.checkpoint.envelope, log, keyShared, fail);
  const treeSize = BigInt(proof.treeSize);
  const index = BigInt(proof.logIndex);
  if (index < 0n || index >= treeSize) fail(`index ${index} is outside a tree of size ${treeSize}`);
  const inner = bitLength(index ^ (treeSize - 1n));
  const border = ones(index >> BigInt(inner));
  if (proof.hashes.length !== inner + border) fail(`expected ${inner + border} hashes, found ${proof.hashes.length}`);
  const short = proof.hashes.findIndex((sibling) => sibling.length !== 32);
  if (short !== -1) fail(`hash ${short} is ${proof.hashes[short]?.length ?? 0} bytes, expected 32`);
  let hash = sha256(Buffer.from([0]), entry.canonicalizedBody);
  proof.hashes.forEach((sibling, level) => {
    if (level < inner && ((index >> BigInt(level)) & 1n) === 0n) hash = sha256(Buffer.from([1]), hash, sibling);
    else hash = sha256(Buffer.from([1]), sibling, hash);
  });
  const root = Buffer.from(proof.rootHash);
  if (!hash.equals(root)) fail(`the entry hashes to root ${abbreviate(hash.toString('hex'))}, the ${proof.checkpoint === undefined ? 'proof' : 'checkpoint'} says ${abbreviate(root.toString('hex'))}`);
}

/** Checks that a checkpoint is the log's, signed under its name, and for the tree the proof is of. */
function verifyCheckpoint(proof: NonNullable<TransparencyLogEntry['inclusionProof']>, envelope: string, log: LogAuthority, keyShared: boolean, fail: (message: string) => never): void {
  const { note, signatures } = parseSignedNote(envelope, fail);
  const names = noteNames(log);
  const anyName = log.publicKey.asymmetricKeyType !== 'ed25519' && !keyShared;
  const signedAs = signatures
    .filter((signature) => (anyName || names.includes(signature.name)) && signature.keyHint.equals(log.checkpointKeyId.subarray(0, 4)) && verifyWith(log.publicKey, Buffer.from(note, 'utf8'), signature.signature))
    .map((signature) => signature.name);
  if (signedAs.length === 0) fail(`the checkpoint is not signed by ${log.baseUrl} (a signature line naming ${anyName ? 'any name' : names.join(' or ') || 'its host'} with its key${keyShared ? ', which another log of the trusted root has too: the line must name this log\'s host' : ''})`);
  const checkpoint = parseCheckpoint(note, fail);
  // The signature line's name and key hint are not signed: only the origin line says which log's tree this is. A key
  // shared by two logs (shards) would otherwise make one log's checkpoint prove entries of the other.
  if (!signedAs.some((name) => isOriginOf(checkpoint.origin, name, log))) {
    fail(`the checkpoint's origin ${quoted(checkpoint.origin, 80)} is not the name ${signedAs[0] ?? ''} signs under${log.publicKey.asymmetricKeyType === 'ed25519' ? '' : ` (nor "${signedAs[0] ?? ''} - <tree id>", as Rekor v1 writes it)`}: it is another log's checkpoint`);
  }
  if (BigInt(proof.treeSize) !== checkpoint.treeSize || !Buffer.from(proof.rootHash).equals(checkpoint.rootHash)) {
    fail(`the proof is for tree size ${proof.treeSize} and root ${abbreviate(Buffer.from(proof.rootHash).toString('hex'))}, the checkpoint for ${checkpoint.treeSize} and ${abbreviate(checkpoint.rootHash.toString('hex'))}`);
  }
}

function verifyBody(entry: TransparencyLogEntry, content: LoggedContent, where: string): string {
  // The bundle's kindVersion is signed by nobody, and a logged body is whatever was submitted: the values a message repeats are kept printable and bounded.
  const mismatch = (message: string): never => {
    throw new VerifyError('VERIFY_TLOG_BODY_MISMATCH', `${where} (logIndex ${entry.logIndex}): ${boundedText(message, 600)}`);
  };
  const text = entry.canonicalizedBody.toString('utf8');
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return mismatch('the logged body is not JSON');
  }
  // A body read two ways (JSON.parse keeps the last of two equal keys) could match the bundle here and something else in another verifier.
  const fault = jsonFault(text);
  if (fault !== undefined) mismatch(`the logged body ${describeJsonFault(fault)}`);
  const kind = entry.kindVersion?.kind;
  const version = entry.kindVersion?.version;
  if (body.kind !== kind || body.apiVersion !== version) mismatch(`the bundle says ${kind}/${version}, the logged body is ${String(body.kind)}/${String(body.apiVersion)}`);
  const spec = (body.spec ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const expectSignature = (found: unknown): void => {
    if (typeof found !== 'string' || !Buffer.from(found, 'base64').equals(content.signature)) mismatch('the logged signature is not the bundle\'s signature');
  };
  const expectKey = (found: unknown): void => {
    const logged = typeof found === 'string' ? pemToDer(Buffer.from(found, 'base64').toString('utf8')) : Buffer.alloc(0);
    if (!logged.equals(content.keyDer) && !certifiesKey(logged, content.keyDer)) mismatch('the logged signing key is not the bundle\'s certificate or key');
  };
  const key = `${kind}/${version}`;
  if (key === 'hashedrekord/0.0.1') {
    // A DSSE envelope may be logged as a hashedrekord over its pre-authentication encoding, as in Rekor v2 (the client spec allows it; sigstore-conformance's dsse-with-hashedrekord-happy-path).
    const signed = content.messageDigest ?? (content.paeSha256 === undefined ? undefined : { algorithm: 'sha256', hex: content.paeSha256 });
    if (signed === undefined) return mismatch('a hashedrekord entry logs a signed digest, and the bundle holds none');
    const signature = spec.signature as { content?: unknown; publicKey?: { content?: unknown } } | undefined;
    expectSignature(signature?.content);
    expectKey(signature?.publicKey?.content);
    const hash = (spec.data as { hash?: { algorithm?: unknown; value?: unknown } } | undefined)?.hash;
    if (hash?.algorithm !== signed.algorithm || hash.value !== signed.hex) {
      mismatch(`the log records digest ${String(hash?.algorithm)}:${String(hash?.value)}, the bundle ${content.messageDigest === undefined ? "signs the DSSE envelope's pre-authentication encoding, " : ''}${signed.algorithm}:${signed.hex}`);
    }
  } else if (key === 'dsse/0.0.1') {
    if (content.payloadSha256 === undefined) return mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
    const signatures = spec.signatures as unknown as { signature?: unknown; verifier?: unknown }[] | undefined;
    if (!Array.isArray(signatures) || signatures.length !== 1) return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
    expectSignature(signatures[0]?.signature);
    expectKey(signatures[0]?.verifier);
    const payloadHash = (spec.payloadHash as { value?: unknown } | undefined)?.value;
    if (payloadHash !== content.payloadSha256) mismatch(`the log records payload sha256:${String(payloadHash)}, the bundle's payload is sha256:${content.payloadSha256}`);
  } else if (key === 'intoto/0.0.2') {
    if (content.payloadSha256 === undefined) return mismatch('an intoto entry logs a DSSE envelope, but the bundle holds a message signature');
    const logged = (spec.content as { envelope?: { signatures?: { sig?: unknown; publicKey?: unknown }[] }; payloadHash?: { value?: unknown } } | undefined) ?? {};
    const signatures = logged.envelope?.signatures;
    if (!Array.isArray(signatures) || signatures.length !== 1) return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
    const doubleEncoded = signatures[0]?.sig;
    expectSignature(typeof doubleEncoded === 'string' ? Buffer.from(doubleEncoded, 'base64').toString('utf8') : undefined);
    // Rekor's intoto schema requires the key; an entry without one would vouch for a signature without saying by whom.
    expectKey(signatures[0]?.publicKey);
    if (logged.payloadHash?.value !== content.payloadSha256) mismatch(`the log records payload sha256:${String(logged.payloadHash?.value)}, the bundle's payload is sha256:${content.payloadSha256}`);
  } else if (REKOR_V2_KINDS.has(key)) {
    verifyRekorV2Body(key, spec, content, mismatch);
  } else {
    throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', `${where}: log entries of kind ${boundedText(key)} are not supported (supported: hashedrekord/0.0.1, hashedrekord/0.0.2, dsse/0.0.1, dsse/0.0.2, intoto/0.0.2)`);
  }
  return key;
}

interface RekorV2Signature {
  content?: unknown;
  verifier?: { x509Certificate?: { rawBytes?: unknown }; publicKey?: { rawBytes?: unknown } };
}

/** Rekor v2 bodies: protobuf JSON with base64 digests, signatures and DER verifiers. */
function verifyRekorV2Body(key: string, spec: Record<string, Record<string, unknown> | undefined>, content: LoggedContent, mismatch: (message: string) => never): void {
  const hex = (value: unknown): string => (typeof value === 'string' ? Buffer.from(value, 'base64').toString('hex') : '');
  const expectSignature = (signature: RekorV2Signature | undefined): void => {
    if (typeof signature?.content !== 'string' || !Buffer.from(signature.content, 'base64').equals(content.signature)) mismatch('the logged signature is not the bundle\'s signature');
    const verifier = signature.verifier?.x509Certificate?.rawBytes ?? signature.verifier?.publicKey?.rawBytes;
    if (typeof verifier !== 'string' || !Buffer.from(verifier, 'base64').equals(content.keyDer)) mismatch('the logged signing key is not the bundle\'s certificate or key');
  };
  if (key === 'hashedrekord/0.0.2') {
    const entry = spec.hashedRekordV002 as { data?: { algorithm?: unknown; digest?: unknown }; signature?: RekorV2Signature } | undefined;
    expectSignature(entry?.signature);
    const expected = content.messageDigest?.hex ?? content.paeSha256;
    const algorithm = content.messageDigest === undefined ? 'SHA2_256' : `SHA2_${content.messageDigest.algorithm.slice(3)}`;
    if (entry?.data?.algorithm !== algorithm || hex(entry.data.digest) !== expected) {
      mismatch(`the log records digest ${String(entry?.data?.algorithm)}:${hex(entry?.data?.digest)}, the bundle signs ${algorithm}:${expected ?? ''}`);
    }
    return;
  }
  if (content.payloadSha256 === undefined) mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
  const entry = spec.dsseV002 as { payloadHash?: { algorithm?: unknown; digest?: unknown }; signatures?: RekorV2Signature[] } | undefined;
  if (!Array.isArray(entry?.signatures) || entry.signatures.length !== 1) mismatch(`expected 1 logged signature, found ${Array.isArray(entry?.signatures) ? entry.signatures.length : 0}`);
  expectSignature(entry?.signatures?.[0]);
  if (entry?.payloadHash?.algorithm !== 'SHA2_256' || hex(entry.payloadHash.digest) !== content.payloadSha256) {
    mismatch(`the log records payload ${String(entry?.payloadHash?.algorithm)}:${hex(entry?.payloadHash?.digest)}, the bundle's payload is SHA2_256:${content.payloadSha256 ?? ''}`);
  }
}

/**
 * Whether a logged certificate is one for the public key (SPKI DER) a bundle is verified with:
 * `cosign sign --key --certificate` logs the key's certificate (a private CA's, or a KMS key's) as
 * the verifier, and cosign, given the key, accepts the entry when the two agree. A keyless
 * bundle's `keyDer` is a certificate, never an SPKI, so this never stands in for its own check.
 */
function certifiesKey(certificateDer: Buffer, keyDer: Buffer): boolean {
  try {
    return new X509Certificate(certificateDer).publicKey.export({ format: 'der', type: 'spki' }).equals(keyDer);
  } catch {
    // Not a certificate (a key, or bytes that are neither): the entry names another key.
    return false;
  }
}

/** DER bytes of the first PEM block of a text (certificate or public key); empty when there is none. */
export function pemToDer(pem: string): Buffer {
  const match = /-----BEGIN [A-Z ]+-----([\s\S]*?)-----END [A-Z ]+-----/.exec(pem);
  return match === null ? Buffer.alloc(0) : Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
}

function verifyWith(key: KeyObject, data: Buffer, signature: Uint8Array): boolean {
  try {
    return verifyBytes(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, key, signature);
  } catch {
    return false;
  }
}

function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

function ones(value: bigint): number {
  return value.toString(2).split('1').length - 1;
}
