import { createCipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, pbkdf2Sync, randomBytes, scryptSync, sign, verify, type KeyObject } from 'node:crypto';
import { messageOf } from '../../core/errors.js';
import { SecretBuffer } from '../../secrets/index.js';
import { SignError } from './errors.js';
import { SECRETBOX_KEY_BYTES, SECRETBOX_MAC_BYTES, SECRETBOX_NONCE_BYTES, secretboxOpen, secretboxSeal } from './secretbox.js';

/** A private signing key loaded for use, with the public half and the hint bundles carry. */
export interface SigningKey {
  /** The private key; it lives in OpenSSL's memory, not on the JavaScript heap. */
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SubjectPublicKeyInfo PEM of the public key: what verifiers are given as `--key`. */
  publicKeyPem: string;
  /** The bundle's public-key hint: base64 of the SHA-256 of the DER SubjectPublicKeyInfo (as sigstore-go does). */
  hint: string;
}

/** A PEM block's label: what the BEGIN line names, which is public (`PRIVATE KEY`, `ENCRYPTED SIGSTORE PRIVATE KEY`). */
const PEM_LABEL = /^[A-Z0-9 ]{1,64}$/;

/** The first PEM block of a key file, as views into its bytes. */
interface PemBlock {
  label: string;
  /** From `-----BEGIN` to the end of the `-----END ...-----` line. */
  block: Buffer;
  /** The base64 between the two lines. */
  body: Buffer;
}

/**
 * Finds the first PEM block (from `from`) in a key file's bytes without turning them into a string: an
 * unencrypted key's body is the key itself, and a string of it could never be zeroed. Only the
 * label, which is public, is read as text.
 */
function findPemBlock(bytes: Buffer, from = 0): PemBlock | undefined {
  const begin = bytes.indexOf('-----BEGIN ', from);
  if (begin < 0) return undefined;
  const labelStart = begin + '-----BEGIN '.length;
  const labelEnd = bytes.indexOf('-----', labelStart);
  if (labelEnd < 0) return undefined;
  const label = bytes.toString('latin1', labelStart, Math.min(labelEnd, labelStart + 65));
  if (!PEM_LABEL.test(label)) return undefined;
  const bodyStart = labelEnd + '-----'.length;
  if (bytes[bodyStart] !== 0x0a && !(bytes[bodyStart] === 0x0d && bytes[bodyStart + 1] === 0x0a)) return undefined;
  const endLine = `-----END ${label}-----`;
  const end = bytes.indexOf(endLine, bodyStart);
  if (end < 0) return undefined;
  return { label, block: bytes.subarray(begin, end + endLine.length), body: bytes.subarray(bodyStart, end) };
}

/** A Buffer over the same memory, so secret bytes are not copied where nobody can zero them. */
function bufferView(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Key types as people write them, for messages (Node's are lowercase). */
const KEY_TYPE_NAMES: Readonly<Record<string, string>> = { rsa: 'RSA', 'rsa-pss': 'RSA-PSS', dsa: 'DSA', dh: 'DH', ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };

/** PEM labels cosign has written for its passphrase-encrypted keys (it renamed COSIGN to SIGSTORE in v2). */
const COSIGN_LABELS = new Set(['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']);

/** The public half and hint of a private key. */
export function toSigningKey(privateKey: KeyObject, source: string): SigningKey {
  const details = privateKey.asymmetricKeyDetails;
  if (privateKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1') {
    const type = privateKey.asymmetricKeyType;
    throw unsupportedKey(source, type === 'ec' ? `EC ${details?.namedCurve ?? 'unknown curve'}` : type === undefined ? 'unknown' : (KEY_TYPE_NAMES[type] ?? type));
  }
  const publicKey = createPublicKey(privateKey);
  // A key file stores the public point beside the private scalar, and Node takes the point as stored: a damaged file pairing
  // one key's scalar with another's point signed, then failed its own verification, blamed on the Sigstore services.
  if (!verify('sha256', KEY_CHECK, publicKey, sign('sha256', KEY_CHECK, privateKey))) {
    throw invalidKey(source, 'its public key does not belong to its private key (the file is damaged or was edited)', undefined, 'use the key file as it was made, or make a new pair with `trust-kit generate-key-pair`');
  }
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    hint: createHash('sha256').update(der).digest('base64'),
  };
}

/** What a key's pair check signs: any bytes do. */
const KEY_CHECK = Buffer.from('trust-kit: does the public key belong to the private key?');

/** A key of another type than ECDSA P-256 (`found`, as people write it: RSA, EC P-384). */
function unsupportedKey(source: string, found: string): SignError {
  // Said as the letters are read: an EC, an RSA, an Ed25519, an X25519, an unknown, a DSA, a DH key.
  return new SignError('SIGN_KEY_UNSUPPORTED', `${source} holds ${/^D/.test(found) ? 'a' : 'an'} ${found} key; trust-kit signs with ECDSA P-256 keys`, {
    hint: 'create one with `trust-kit generate-key-pair` (or `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`)',
  });
}

/** Labels of the PEM blocks a key file may hold before its key, which OpenSSL passes over: `openssl ecparam -genkey` writes the curve first, and a certificate may come with its key. */
const BLOCKS_BEFORE_KEY = new Set(['EC PARAMETERS', 'CERTIFICATE']);

/** The key types of the traditional (not PKCS#8) PEM labels, which name them: none is one trust-kit signs with. */
const TRADITIONAL_KEY_TYPES: Readonly<Record<string, string>> = { 'RSA PRIVATE KEY': 'RSA', 'DSA PRIVATE KEY': 'DSA' };

function passphraseRequired(source: string): SignError {
  return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${source} is encrypted and no passphrase was given`, {
    hint: 'set TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD for cosign keys) in the environment, from a secret',
  });
}

function wrongPassphrase(source: string, cause?: unknown): SignError {
  return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase does not decrypt ${source}`, {
    cause,
    hint: 'check that the passphrase secret belongs to this key file',
  });
}

function invalidKey(source: string, detail: string, cause?: unknown, hint = 'give a cosign key file, a PKCS#8 PEM private key (optionally encrypted) or an EC PEM key; `trust-kit generate-key-pair` makes one'): SignError {
  return new SignError('SIGN_KEY_INVALID', `${source} is not a usable private key: ${detail}`, { cause, hint });
}

interface CosignEnvelope {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

function parseCosignEnvelope(body: string, source: string): CosignEnvelope {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
  } catch (error) {
    throw invalidKey(source, 'the cosign key body is not base64 JSON', error);
  }
  const envelope = value as Partial<CosignEnvelope> | null;
  const params = envelope?.kdf?.params;
  if (
    envelope?.kdf?.name !== 'scrypt' ||
    envelope.cipher?.name !== 'nacl/secretbox' ||
    typeof envelope.kdf.salt !== 'string' ||
    typeof envelope.cipher.nonce !== 'string' ||
    typeof envelope.ciphertext !== 'string' ||
    !Number.isInteger(params?.N) ||
    !Number.isInteger(params?.r) ||
    !Number.isInteger(params?.p)
  ) {
    throw invalidKey(source, 'the cosign key is not scrypt + nacl/secretbox encrypted as cosign writes it');
  }
  // Damage to these fields would otherwise only fail to open the box, and be reported as the wrong passphrase.
  fieldBytes(envelope.kdf.salt, 'kdf.salt', 1, source);
  fieldBytes(envelope.cipher.nonce, 'cipher.nonce', SECRETBOX_NONCE_BYTES, source, SECRETBOX_NONCE_BYTES);
  fieldBytes(envelope.ciphertext, 'ciphertext', SECRETBOX_MAC_BYTES + 1, source);
  return envelope as CosignEnvelope;
}

/** A base64 field of a cosign key's envelope, of at least `least` (and at most `most`) bytes, or SIGN_KEY_INVALID naming it. */
function fieldBytes(text: string, field: string, least: number, source: string, most = Number.POSITIVE_INFINITY): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || bytes.toString('base64') !== text || bytes.length < least || bytes.length > most) {
    const size = least === most ? `${least} bytes` : `at least ${least} bytes`;
    throw invalidKey(source, `its ${field} is not ${size} of base64, as cosign writes it (the key file is damaged)`, undefined, 'get the key file again from where it is kept; a damaged key cannot be repaired, and the passphrase is not what is wrong');
  }
  return bytes;
}

/**
 * The most scrypt work a cosign key file may ask for: what `cosign generate-key-pair` writes
 * (go-securesystemslib's standard parameters, N=2^16 r=8 p=1: 64 MiB and a fraction of a second;
 * older cosign wrote N=2^15). A hostile file asking for more (N=2^20 r=32 costs 4 GiB and minutes)
 * is refused before any derivation.
 */
export const MAX_COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 } as const;

/**
 * The most PBKDF2 iterations an encrypted PKCS#8 key may ask for: 2,500 times what OpenSSL and
 * `trust-kit generate-key-pair --format pkcs8` write (2048), 8 times OWASP's 600,000 for PBKDF2-HMAC-SHA256, and
 * about two seconds of work. OpenSSL derives synchronously, so a hostile count (2^31) would hold
 * the process for a quarter of an hour, deaf even to SIGTERM.
 */
export const MAX_PBKDF2_ITERATIONS = 5_000_000;

/** A DER element's tag and content. */
interface DerElement {
  tag: number;
  content: Buffer;
}

/** The DER elements that make up `bytes`, one after another; undefined when they do not parse. */
function derElements(bytes: Buffer): DerElement[] | undefined {
  const elements: DerElement[] = [];
  for (let offset = 0; offset < bytes.length; ) {
    const tag = bytes[offset];
    let length = bytes[offset + 1];
    if (tag === undefined || length === undefined) return undefined;
    let start = offset + 2;
    if (length & 0x80) {
      const count = length & 0x7f;
      if (count === 0 || count > 4 || start + count > bytes.length) return undefined;
      length = bytes.readUIntBE(start, count);
      start += count;
    }
    if (start + length > bytes.length) return undefined;
    elements.push({ tag, content: bytes.subarray(start, start + length) });
    offset = start + length;
  }
  return elements;
}

const DER_SEQUENCE = 0x30;
const DER_INTEGER = 0x02;
const OID_PBES2 = '2a864886f70d01050d';
const OID_PBKDF2 = '2a864886f70d01050c';
const OID_SCRYPT = '2b06010401da47040b';

/** The value of a DER INTEGER's content; Infinity when it needs more than 48 bits. */
function derInteger(element: DerElement | undefined): number {
  if (element?.tag !== DER_INTEGER || element.content.length === 0) return Number.NaN;
  const digits = element.content[0] === 0 ? element.content.subarray(1) : element.content;
  return digits.length > 6 ? Number.POSITIVE_INFINITY : digits.length === 0 ? 0 : digits.readUIntBE(0, digits.length);
}

/** The children of a DER SEQUENCE element's content. */
function sequenceChildren(element: DerElement | undefined): DerElement[] | undefined {
  return element?.tag === DER_SEQUENCE ? derElements(element.content) : undefined;
}

/**
 * Refuses an encrypted PKCS#8 key whose key derivation asks for more work than
 * {@link MAX_PBKDF2_ITERATIONS} (PBKDF2, or PBES1's iteration count) or {@link MAX_COSIGN_SCRYPT}
 * (scrypt), before OpenSSL is given it. A structure this reader cannot follow is refused too:
 * OpenSSL also reads BER (indefinite lengths), so leaving such a key to it would let any cost through.
 */
function checkPkcs8KeyDerivation(der: Buffer, source: string): void {
  const unreadable = (): never => {
    throw invalidKey(source, 'its encryption parameters are not DER as key tools write it, so the cost of deriving its key cannot be checked');
  };
  const [algorithm] = sequenceChildren(derElements(der)?.[0]) ?? unreadable();
  const [oid, params] = sequenceChildren(algorithm) ?? unreadable();
  if (oid === undefined) return unreadable();
  let kdf: DerElement[] = sequenceChildren(params) ?? unreadable();
  let kdfOid = '';
  if (oid.content.toString('hex') === OID_PBES2) {
    const [derivationOid, derivationParams] = sequenceChildren(kdf[0]) ?? unreadable();
    kdfOid = derivationOid?.content.toString('hex') ?? '';
    kdf = sequenceChildren(derivationParams) ?? unreadable();
  }
  if (kdfOid === OID_SCRYPT) {
    const [N, r, p] = [derInteger(kdf[1]), derInteger(kdf[2]), derInteger(kdf[3])];
    if ([N, r, p].some(Number.isNaN)) unreadable();
    if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p) throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
    return;
  }
  // PBKDF2 under PBES2, and PBES1 and PKCS#12 schemes alike: a salt, then the iteration count.
  if (kdfOid === OID_PBKDF2 || kdfOid === '') {
    const iterations = derInteger(kdf[1]);
    if (Number.isNaN(iterations)) unreadable();
    if (iterations > MAX_PBKDF2_ITERATIONS) throw kdfTooCostly(source, `${iterations === Number.POSITIVE_INFINITY ? 'more than 2^48' : iterations} key derivation iterations`, `${MAX_PBKDF2_ITERATIONS} iterations`);
  }
}

function kdfTooCostly(source: string, asked: string, most: string): SignError {
  return new SignError('SIGN_KEY_KDF_TOO_COSTLY', `${source} asks for ${asked}, more work than any key tool writes (at most ${most}); refused before deriving anything`, {
    hint: 'use a key written by `cosign generate-key-pair`, `openssl pkcs8 -topk8` or `trust-kit generate-key-pair`; a key file demanding more is not one they made',
  });
}

function decryptCosignKey(body: string, passphrase: Uint8Array, source: string): KeyObject {
  const envelope = parseCosignEnvelope(body, source);
  const { N, r, p } = envelope.kdf.params;
  if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p) throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
  // Checked here rather than left to OpenSSL: a refused scrypt call leaves an error on OpenSSL's
  // queue that makes the next, unrelated key parse in the process fail.
  if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1) {
    throw invalidKey(source, `its scrypt parameters (N=${N}, r=${r}, p=${p}) are not valid (N a power of two above 1, r and p at least 1)`);
  }
  const secretKey = scryptSync(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  let plaintext: Buffer | undefined;
  try {
    plaintext = secretboxOpen(Buffer.from(envelope.ciphertext, 'base64'), Buffer.from(envelope.cipher.nonce, 'base64'), secretKey, source);
  } finally {
    // Wiped whether the box opened, did not, or could not be tried (libsodium did not load).
    secretKey.fill(0);
  }
  if (plaintext === undefined) throw wrongPassphrase(source);
  try {
    return createPrivateKey({ key: plaintext, format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw invalidKey(source, 'the decrypted cosign key is not PKCS#8', error);
  } finally {
    plaintext.fill(0);
  }
}

/**
 * Loads a private key from PEM bytes: PKCS#8 (`PRIVATE KEY`), passphrase-encrypted PKCS#8
 * (`ENCRYPTED PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`), or cosign's scrypt + secretbox files.
 * `source` names the key in errors; neither the key nor the passphrase ever appears in one.
 */
export function loadSigningKey(pem: Uint8Array, passphrase: Uint8Array | undefined, source: string): SigningKey {
  const bytes = bufferView(pem);
  let found = findPemBlock(bytes);
  if (found === undefined) throw invalidKey(source, 'no PEM block (-----BEGIN ... PRIVATE KEY-----) found');
  // Past the blocks OpenSSL passes over; when nothing follows them, the last is what the file holds.
  while (BLOCKS_BEFORE_KEY.has(found.label)) {
    const after: PemBlock | undefined = findPemBlock(bytes, found.block.byteOffset - bytes.byteOffset + found.block.length);
    if (after === undefined) break;
    found = after;
  }
  const { label, block, body } = found;
  // The bodies of encrypted keys are ciphertext, so they may be read as text.
  if (COSIGN_LABELS.has(label)) {
    const given = passphrase !== undefined && passphrase.length > 0;
    try {
      // cosign's rule: no passphrase is the empty one, which many cosign keys are encrypted with.
      return toSigningKey(decryptCosignKey(body.toString('latin1').trim(), given ? passphrase : new Uint8Array(0), source), source);
    } catch (error) {
      if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG') throw passphraseRequired(source);
      throw error;
    }
  }
  if (label === 'ENCRYPTED PRIVATE KEY') {
    checkPkcs8KeyDerivation(Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64'), source);
    const given = passphrase !== undefined && passphrase.length > 0;
    try {
      // As for cosign keys: none given is the empty one, which `openssl pkcs8 -topk8 -passout pass:` encrypts with.
      return decryptedPem(block, given ? passphrase : new Uint8Array(0), source);
    } catch (error) {
      if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG') throw passphraseRequired(source);
      throw error;
    }
  }
  const traditional = TRADITIONAL_KEY_TYPES[label];
  if (traditional !== undefined) throw unsupportedKey(source, traditional);
  if (label === 'OPENSSH PRIVATE KEY') throw invalidKey(source, 'it is an OpenSSH private key (ssh-keygen\'s format), which trust-kit does not read', undefined, 'convert a P-256 key with `ssh-keygen -p -m PKCS8 -f KEY` (it rewrites the file), or make one with `trust-kit generate-key-pair`');
  if (label === 'PUBLIC KEY') throw invalidKey(source, 'it is a public key', undefined, 'sign with the private half of the pair (PREFIX.key beside PREFIX.pub); the public key is for verifying');
  if (label !== 'PRIVATE KEY' && label !== 'EC PRIVATE KEY') throw invalidKey(source, `a "${label}" PEM block is not a private key trust-kit reads`);
  // A SEC1 key encrypted the old OpenSSL way (`openssl ec -aes256`): its headers say so.
  if (label === 'EC PRIVATE KEY' && /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(block.toString('latin1'))) {
    if (passphrase === undefined || passphrase.length === 0) throw passphraseRequired(source);
    return decryptedPem(block, passphrase, source);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: block, format: 'pem' });
  } catch (error) {
    throw invalidKey(source, 'OpenSSL could not parse it', new Error(messageOf(error)));
  }
  return toSigningKey(privateKey, source);
}

/**
 * An encrypted PEM key decrypted with `passphrase`: a failure is the wrong passphrase, unless
 * OpenSSL no longer reads the cipher or key derivation it was encrypted with (DES, PKCS#5 v1.5),
 * which no passphrase would change.
 */
function decryptedPem(block: Buffer, passphrase: Uint8Array, source: string): SigningKey {
  try {
    return toSigningKey(createPrivateKey({ key: block, format: 'pem', passphrase: bufferView(passphrase) }), source);
  } catch (error) {
    if (error instanceof SignError) throw error;
    if (/unsupported/i.test(messageOf(error))) {
      throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is encrypted with a cipher or key derivation OpenSSL 3 no longer reads by default (DES, or PKCS#5 v1.5), whatever the passphrase`, {
        cause: new Error(messageOf(error)),
        hint: 'encrypt it again with AES: `openssl pkcs8 -topk8 -v2 aes-256-cbc -provider legacy -provider default -in OLD.key -out NEW.key`, or make a new key with `trust-kit generate-key-pair`',
      });
    }
    throw wrongPassphrase(source, new Error(messageOf(error)));
  }
}

/** The private key file formats `generate-key-pair` writes. */
export type KeyFileFormat = 'cosign' | 'pkcs8';

/** A new key pair as files: the private key (cosign's format or PKCS#8 PEM) and the public key. */
export interface GeneratedKeyPair {
  /** Private key PEM bytes; the caller writes them with mode 0600 and zeroes them. */
  privateKeyPem: Buffer;
  publicKeyPem: string;
  hint: string;
}

/**
 * The scrypt work of the cosign key files trust-kit writes: what `cosign generate-key-pair` 2.x
 * and 3.x write (go-securesystemslib's "standard" parameters, 64 MiB), not its legacy N=2^15.
 */
const COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 } as const;

/** The PEM body's base64 in 64-character lines, as Go's encoding/pem writes it. */
function pemLines(base64: string): string {
  return base64.replace(/.{1,64}/g, '$&\n');
}

const BASE64_DIGITS = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

/**
 * A PEM block of `der` written byte by byte, as OpenSSL writes one (64-character lines), for a
 * clear private key: Buffer#toString('base64') would leave the key in an unwipeable string.
 */
function pemOf(label: string, der: Uint8Array): Buffer {
  const begin = Buffer.from(`-----BEGIN ${label}-----\n`);
  const end = Buffer.from(`-----END ${label}-----\n`);
  const chars = Math.ceil(der.length / 3) * 4;
  const out = Buffer.alloc(begin.length + chars + Math.ceil(chars / 64) + end.length);
  let at = begin.copy(out);
  let written = 0;
  const put = (char: number): void => {
    out[at++] = char;
    written += 1;
    if (written % 64 === 0) out[at++] = 0x0a;
  };
  for (let index = 0; index < der.length; index += 3) {
    const a = der[index] as number;
    const b = der[index + 1] ?? 0;
    const c = der[index + 2] ?? 0;
    put(BASE64_DIGITS[a >> 2] as number);
    put(BASE64_DIGITS[((a & 3) << 4) | (b >> 4)] as number);
    put(index + 1 < der.length ? (BASE64_DIGITS[((b & 15) << 2) | (c >> 6)] as number) : 0x3d);
    put(index + 2 < der.length ? (BASE64_DIGITS[c & 63] as number) : 0x3d);
  }
  if (written % 64 !== 0) out[at++] = 0x0a;
  end.copy(out, at);
  return out;
}

/**
 * Encrypts a PKCS#8 DER private key as cosign does (go-securesystemslib's `encrypted` package):
 * scrypt derives a secretbox key from the passphrase, possibly empty, and the PEM body is base64
 * of `{"kdf":{...},"cipher":{...},"ciphertext":...}` under the `ENCRYPTED SIGSTORE PRIVATE KEY` label.
 */
function encryptCosignKey(pkcs8: Uint8Array, passphrase: Uint8Array, source: string): Buffer {
  const salt = randomBytes(32);
  const nonce = randomBytes(SECRETBOX_NONCE_BYTES);
  const { N, r, p } = COSIGN_SCRYPT;
  const secretKey = scryptSync(passphrase, salt, SECRETBOX_KEY_BYTES, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  let ciphertext: Buffer;
  try {
    ciphertext = secretboxSeal(pkcs8, nonce, secretKey, source);
  } finally {
    secretKey.fill(0);
  }
  const envelope = {
    kdf: { name: 'scrypt', params: { N, r, p }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: ciphertext.toString('base64'),
  };
  const body = Buffer.from(JSON.stringify(envelope)).toString('base64');
  return Buffer.from(`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${pemLines(body)}-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`);
}

/**
 * PBKDF2-HMAC-SHA256 iterations for `--format pkcs8` keys: OWASP's figure. OpenSSL's default, which
 * Node's `KeyObject.export` writes and cannot change, is 2,048: a stolen key file would then cost
 * an attacker 300 times less per guessed passphrase. About 70 ms here, as cosign's scrypt.
 */
export const PKCS8_PBKDF2_ITERATIONS = 600_000;

/** DER object identifiers of PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (RFC 8018, NIST), TLV included. */
const DER_OID = {
  pbes2: Buffer.from('06092a864886f70d01050d', 'hex'),
  pbkdf2: Buffer.from('06092a864886f70d01050c', 'hex'),
  hmacWithSha256: Buffer.from('06082a864886f70d0209', 'hex'),
  aes256Cbc: Buffer.from('060960864801650304012a', 'hex'),
};

/** One DER element: the tag, the definite length, the contents. */
function derElement(tag: number, ...contents: Uint8Array[]): Buffer {
  const body = Buffer.concat(contents);
  const length = body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

/** A non-negative DER INTEGER. */
function derUnsigned(value: number): Buffer {
  const bytes: number[] = [];
  for (let rest = value; rest > 0 || bytes.length === 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  if ((bytes[0] ?? 0) & 0x80) bytes.unshift(0);
  return derElement(0x02, Buffer.from(bytes));
}

/**
 * Encrypts a PKCS#8 DER private key into an `ENCRYPTED PRIVATE KEY` PEM (RFC 5958's
 * EncryptedPrivateKeyInfo): PBES2, PBKDF2-HMAC-SHA256 with {@link PKCS8_PBKDF2_ITERATIONS} and a
 * 16-byte salt, AES-256-CBC. Written here because Node writes this structure only with OpenSSL's
 * 2,048 iterations; `openssl pkey` and every PKCS#8 reader open it.
 */
function encryptPkcs8(pkcs8: Uint8Array, passphrase: Uint8Array): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(passphrase, salt, PKCS8_PBKDF2_ITERATIONS, 32, 'sha256');
  let ciphertext: Buffer;
  try {
    const cipher = createCipheriv('aes-256-cbc', key, iv);
    ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  } finally {
    key.fill(0);
  }
  const SEQUENCE = 0x30;
  const OCTET_STRING = 0x04;
  const kdf = derElement(SEQUENCE, DER_OID.pbkdf2, derElement(SEQUENCE, derElement(OCTET_STRING, salt), derUnsigned(PKCS8_PBKDF2_ITERATIONS), derElement(SEQUENCE, DER_OID.hmacWithSha256, Buffer.from([0x05, 0x00]))));
  const scheme = derElement(SEQUENCE, DER_OID.aes256Cbc, derElement(OCTET_STRING, iv));
  const info = derElement(SEQUENCE, derElement(SEQUENCE, DER_OID.pbes2, derElement(SEQUENCE, kdf, scheme)), derElement(OCTET_STRING, ciphertext));
  return Buffer.from(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${pemLines(info.toString('base64'))}-----END ENCRYPTED PRIVATE KEY-----\n`);
}

/**
 * Generates an ECDSA P-256 key pair. In cosign's format (the default) the private key is always
 * encrypted, with an empty passphrase when none is given (as `cosign generate-key-pair` with COSIGN_PASSWORD set empty), so
 * `cosign sign-blob --key` reads it as it is. In PKCS#8 it is encrypted with AES-256-CBC under
 * PBES2 ({@link encryptPkcs8}) when a passphrase is given, which `openssl pkey` and every PKCS#8
 * reader open, and written in the clear otherwise. `source` names the key file in errors.
 */
export function generateSigningKeyPair(passphrase: Uint8Array | undefined, format: KeyFileFormat = 'cosign', source = 'the new private key'): GeneratedKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  let privateKeyPem: Buffer;
  if (format === 'cosign') {
    // The plaintext key leaves OpenSSL only into protected memory, and only to be sealed.
    const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
    try {
      privateKeyPem = pkcs8.use((bytes) => encryptCosignKey(bytes, passphrase ?? new Uint8Array(0), source));
    } finally {
      pkcs8.destroy();
    }
  } else if (passphrase !== undefined && passphrase.length > 0) {
    const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
    try {
      privateKeyPem = pkcs8.use((bytes) => encryptPkcs8(bytes, passphrase));
    } finally {
      pkcs8.destroy();
    }
  } else {
    // Not export({ format: 'pem' }): that returns the clear key as a JavaScript string, which no one can zero.
    const pkcs8 = SecretBuffer.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
    try {
      privateKeyPem = pkcs8.use((bytes) => pemOf('PRIVATE KEY', bytes));
    } finally {
      pkcs8.destroy();
    }
  }
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKeyPem,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    hint: createHash('sha256').update(der).digest('base64'),
  };
}

/** A P-256 key made for one run and held only in memory: for rehearsing a release offline, with no identity to sign as. */
export function ephemeralSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return toSigningKey(privateKey, 'a key made for this run');
}
