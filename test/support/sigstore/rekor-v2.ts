import { createHash, createPublicKey, generateKeyPairSync, sign, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { verifyPrehashed } from './ecdsa.js';
import { json } from './http.js';
import type { Route, RouteResponse } from './http.js';
import { canonicalJSON } from './jcs.js';
import { leafHash, MerkleTree } from './merkle.js';

const ENTRIES_PATH = '/api/v2/log/entries';

/** The key types rekor-tiles' default algorithm registry accepts for ECDSA, with the digest each signs. */
const KEY_DETAILS: Readonly<Record<string, { curve: string; digestLength: number; hash: 'SHA2_256' | 'SHA2_384' }>> = {
  PKIX_ECDSA_P256_SHA_256: { curve: 'prime256v1', digestLength: 32, hash: 'SHA2_256' },
  PKIX_ECDSA_P384_SHA_384: { curve: 'secp384r1', digestLength: 48, hash: 'SHA2_384' },
};

/** A Rekor v2 TransparencyLogEntry in protobuf JSON, as rekor-tiles' HTTP gateway writes it (EmitUnpopulated). */
export interface RekorV2LogEntryJSON {
  logIndex: string;
  logId: { keyId: string };
  kindVersion: { kind: string; version: string };
  integratedTime: string;
  inclusionPromise: null;
  inclusionProof: { logIndex: string; rootHash: string; treeSize: string; hashes: string[]; checkpoint: { envelope: string } };
  canonicalizedBody: string;
}

/** A request rekor-tiles answers with 400 (gRPC InvalidArgument). */
class InvalidRequestError extends Error {}

/**
 * A Rekor v2 log (rekor-tiles 2.x): hashedrekord/0.0.2 entries only (DSSE is logged by clients as a hashedrekord over
 * the envelope's pre-authentication encoding), an Ed25519 checkpoint key as on the public-good log2025-1, C2SP
 * checkpoints whose origin is the log's hostname, no signed entry timestamps and no integrated time.
 */
export class RekorV2Log {
  readonly publicKey: KeyObject;
  readonly publicKeyDer: Buffer;
  /** The C2SP signed-note key id (SHA-256 of origin, newline, 0x01, raw key): rekor-tiles' log id and checkpoint key id. */
  readonly logID: Buffer;
  private readonly privateKey: KeyObject;
  private readonly tree = new MerkleTree();
  private readonly bodies: Buffer[] = [];
  private readonly byLeaf = new Map<string, number>();

  /** `origin` is the log's hostname (rekor-tiles' --hostname), which verifiers derive from the trusted root's baseUrl. */
  constructor(
    readonly origin: string,
    initialSize = 0,
  ) {
    const pair = generateKeyPairSync('ed25519');
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.publicKeyDer = pair.publicKey.export({ format: 'der', type: 'spki' });
    const raw = this.publicKeyDer.subarray(-32);
    this.logID = createHash('sha256').update(`${origin}\n`).update(Buffer.from([0x01])).update(raw).digest();
    for (let index = 0; index < initialSize; index += 1) {
      this.append(Buffer.from(canonicalJSON({ apiVersion: '0.0.2', kind: 'placeholder', spec: { index } }), 'utf8'));
    }
  }

  /** Size of the log. */
  get size(): number {
    return this.tree.size;
  }

  /** A C2SP checkpoint for the tree of `treeSize` leaves, signed with the log's Ed25519 key. */
  checkpoint(treeSize = this.tree.size): string {
    const note = `${this.origin}\n${treeSize}\n${this.tree.rootHash(treeSize).toString('base64')}\n`;
    const signature = sign(null, Buffer.from(note, 'utf8'), this.privateKey);
    return `${note}\n\u2014 ${this.origin} ${Buffer.concat([this.logID.subarray(0, 4), signature]).toString('base64')}\n`;
  }

  /** Validates a CreateEntryRequest (protobuf JSON) and logs it; the entry with its inclusion proof, or the index of an equal one. */
  add(request: unknown): { created: true; entry: RekorV2LogEntryJSON } | { created: false; logIndex: number } {
    const body = Buffer.from(canonicalJSON(hashedRekordEntry(request)), 'utf8');
    const existing = this.byLeaf.get(leafHash(body).toString('hex'));
    if (existing !== undefined) return { created: false, logIndex: existing };
    return { created: true, entry: this.entryAt(this.append(body)) };
  }

  /** Logs `body` as it is, without reading it (a log gone wrong, for tests of verifiers); the entry with its inclusion proof. */
  logUnchecked(body: Buffer): RekorV2LogEntryJSON {
    return this.entryAt(this.append(body));
  }

  /** The entry at a log index with a proof against the current checkpoint, as the create answer carries it. */
  entryAt(index: number): RekorV2LogEntryJSON {
    const body = this.bodies[index];
    if (body === undefined) throw new RangeError(`no entry at index ${index}`);
    const treeSize = this.tree.size;
    return {
      logIndex: String(index),
      logId: { keyId: this.logID.toString('base64') },
      kindVersion: { kind: 'hashedrekord', version: '0.0.2' },
      integratedTime: '0',
      inclusionPromise: null,
      inclusionProof: {
        logIndex: String(index),
        rootHash: this.tree.rootHash(treeSize).toString('base64'),
        treeSize: String(treeSize),
        hashes: this.tree.inclusionProof(index, treeSize).map((hash) => hash.toString('base64')),
        checkpoint: { envelope: this.checkpoint(treeSize) },
      },
      canonicalizedBody: body.toString('base64'),
    };
  }

  /** The write API; rekor-tiles serves reads as static tiles, which no client of the stack asks for. */
  routes(): Route[] {
    return [{ method: 'POST', path: ENTRIES_PATH, handle: ({ body }) => this.createEntry(body) }];
  }

  private append(body: Buffer): number {
    const hash = leafHash(body);
    const index = this.tree.append(hash);
    this.bodies.push(body);
    this.byLeaf.set(hash.toString('hex'), index);
    return index;
  }

  private createEntry(body: Buffer): RouteResponse {
    let result: ReturnType<RekorV2Log['add']>;
    try {
      result = this.add(JSON.parse(body.toString('utf8')));
    } catch (error) {
      if (error instanceof InvalidRequestError || error instanceof SyntaxError) {
        // grpc-gateway's error body for codes.InvalidArgument (3).
        return json(400, { code: 3, message: error.message, details: [] });
      }
      throw error;
    }
    if (!result.created) {
      return json(409, { code: 6, message: `an equivalent entry already exists in the transparency log with index ${result.logIndex}`, details: [] }, { 'x-log-index': String(result.logIndex) });
    }
    return json(201, result.entry);
  }
}

/** A field by its JSON name or its proto name, as protojson reads either. */
function field(object: Record<string, unknown>, jsonName: string, protoName: string): unknown {
  return object[jsonName] ?? object[protoName];
}

/** Refuses fields the message does not have: rekor-tiles' gateway unmarshals with DiscardUnknown false. */
function object(value: unknown, what: string, names: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidRequestError(`${what} is not a JSON object`);
  const unknown = Object.keys(value).find((key) => !names.includes(key));
  if (unknown !== undefined) throw new InvalidRequestError(`proto: (line 1:2): unknown field "${unknown}"`);
  return value as Record<string, unknown>;
}

function bytes(value: unknown, what: string): Buffer {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) throw new InvalidRequestError(`${what} is not base64`);
  return Buffer.from(value, 'base64');
}

/**
 * rekor-tiles' hashedrekord.ToLogEntry: the request's digest and signature, checked (known key type, digest length,
 * signature over the digest), as the log entry it stores: kind, apiVersion and the spec with the signature as sent.
 */
function hashedRekordEntry(request: unknown): object {
  const create = object(request, 'the request', ['hashedRekordRequestV002', 'hashed_rekord_request_v002', 'dsseRequestV002', 'dsse_request_v002']);
  const hashed = field(create, 'hashedRekordRequestV002', 'hashed_rekord_request_v002');
  if (hashed === undefined) throw new InvalidRequestError('invalid type, must be hashedrekord');
  const invalid = (): never => {
    throw new InvalidRequestError('invalid hashedrekord request');
  };
  const hr = object(hashed, 'hashedRekordRequestV002', ['digest', 'signature']);
  const signature = object(hr['signature'] ?? invalid(), 'signature', ['content', 'verifier']);
  const verifier = object(signature['verifier'] ?? invalid(), 'verifier', ['publicKey', 'public_key', 'x509Certificate', 'x509_certificate', 'keyDetails', 'key_details']);
  const content = bytes(signature['content'], 'signature.content');
  const digest = bytes(hr['digest'], 'digest');
  if (content.length === 0 || digest.length === 0) invalid();
  const keyDetails = String(field(verifier, 'keyDetails', 'key_details'));
  const details = KEY_DETAILS[keyDetails] ?? invalid();
  const certificate = field(verifier, 'x509Certificate', 'x509_certificate');
  const publicKey = field(verifier, 'publicKey', 'public_key');
  if ((certificate === undefined) === (publicKey === undefined)) invalid();
  const keyMessage = object(certificate ?? publicKey, 'verifier key', ['rawBytes', 'raw_bytes']);
  const raw = bytes(field(keyMessage, 'rawBytes', 'raw_bytes'), 'rawBytes');
  let key: KeyObject;
  try {
    key = certificate !== undefined ? new X509Certificate(raw).publicKey : createPublicKey({ key: raw, format: 'der', type: 'spki' });
  } catch {
    return invalid();
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== details.curve || digest.length !== details.digestLength) invalid();
  let valid = false;
  try {
    valid = verifyPrehashed(key, digest, content);
  } catch {
    invalid();
  }
  if (!valid) invalid();
  return {
    apiVersion: '0.0.2',
    kind: 'hashedrekord',
    spec: {
      hashedRekordV002: {
        data: { algorithm: details.hash, digest: digest.toString('base64') },
        signature: {
          content: content.toString('base64'),
          verifier: { [certificate !== undefined ? 'x509Certificate' : 'publicKey']: { rawBytes: raw.toString('base64') }, keyDetails },
        },
      },
    },
  };
}
