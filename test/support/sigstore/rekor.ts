import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { verifyPrehashed } from './ecdsa.js';
import { json } from './http.js';
import type { Route, RouteResponse } from './http.js';
import { canonicalJSON } from './jcs.js';
import { leafHash, MerkleTree } from './merkle.js';
import { toPEM } from './x509.js';

const ENTRIES_PATH = '/api/v1/log/entries';
const HASH_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** A Rekor v1 log entry as the API returns it (the value under its entry ID). */
export interface RekorLogEntry {
  body: string;
  integratedTime: number;
  logID: string;
  logIndex: number;
  verification: {
    inclusionProof: { checkpoint: string; hashes: string[]; logIndex: number; rootHash: string; treeSize: number };
    signedEntryTimestamp: string;
  };
}

interface StoredEntry {
  readonly body: Buffer;
  readonly uuid: string;
  readonly integratedTime: number;
  /** The index in this shard's tree, which inclusion proofs are for. */
  readonly treeIndex: number;
  readonly signedEntryTimestamp: string;
}

/** Thrown for a proposed entry Rekor would refuse with 400. */
class InvalidEntryError extends Error {}

/** A Rekor v1 transparency log: canonical hashedrekord/dsse bodies in an RFC 6962 tree, SETs, signed checkpoints. */
export class TransparencyLog {
  readonly publicKey: KeyObject;
  readonly publicKeyDer: Buffer;
  readonly logID: Buffer;
  /** Trillian tree ID; the first 16 hex digits of every entry ID. */
  readonly treeID: bigint;
  private readonly privateKey: KeyObject;
  private readonly tree = new MerkleTree();
  private readonly entries: StoredEntry[] = [];
  private readonly byUUID = new Map<string, number>();

  /** `host` is the log's origin name (`127.0.0.1:<port>`): verifiers match it against the trusted root's baseUrl. */
  /**
   * `initialSize` entries (placeholders) are logged first: real logs are never empty, and a first entry at index 0
   * with an empty inclusion proof leaves `logIndex` and `hashes` out of protobuf JSON, which some verifiers refuse.
   */
  /**
   * `shardOffset` entries were logged in earlier shards, as on rekor.sigstore.dev: an entry's logIndex (which its SET
   * signs) counts them, and its inclusion proof is for its index in this shard's tree (`logIndex - shardOffset`).
   */
  constructor(
    readonly host: string,
    private readonly clock: () => Date,
    initialSize = 0,
    private readonly shardOffset = 0,
  ) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.publicKeyDer = pair.publicKey.export({ format: 'der', type: 'spki' });
    this.logID = createHash('sha256').update(this.publicKeyDer).digest();
    this.treeID = randomBytes(8).readBigUInt64BE() >> 1n;
    for (let index = 0; index < initialSize; index += 1) {
      const body = Buffer.from(canonicalJSON({ apiVersion: '0.0.1', kind: 'placeholder', spec: { index } }), 'utf8');
      this.append(body, leafHash(body).toString('hex'));
    }
  }

  /** Entry ID as Rekor prints it: tree ID (16 hex) followed by the entry UUID (the leaf hash). */
  entryID(uuid: string): string {
    return `${this.treeID.toString(16).padStart(16, '0')}${uuid}`;
  }

  /** Canonicalises and appends a proposed entry; an equivalent existing entry is returned instead, with created=false. */
  add(proposed: unknown): { uuid: string; created: boolean } {
    const body = Buffer.from(canonicalJSON(canonicalEntry(proposed)), 'utf8');
    const hash = leafHash(body);
    const uuid = hash.toString('hex');
    if (this.byUUID.has(uuid)) {
      return { uuid, created: false };
    }
    this.append(body, uuid);
    return { uuid, created: true };
  }

  private append(body: Buffer, uuid: string): void {
    const treeIndex = this.tree.append(leafHash(body));
    const integratedTime = Math.floor(this.clock().getTime() / 1000);
    const logID = this.logID.toString('hex');
    const promise = canonicalJSON({ body: body.toString('base64'), integratedTime, logID, logIndex: this.shardOffset + treeIndex });
    const signedEntryTimestamp = sign('sha256', Buffer.from(promise, 'utf8'), this.privateKey).toString('base64');
    this.entries.push({ body, uuid, integratedTime, treeIndex, signedEntryTimestamp });
    this.byUUID.set(uuid, this.shardOffset + treeIndex);
  }

  /** The entry with this UUID or entry ID, with an inclusion proof against the current tree. */
  entryByUUID(id: string): { entryID: string; entry: RekorLogEntry } | undefined {
    const lower = id.toLowerCase();
    let uuid = lower;
    if (lower.length === 80) {
      if (!lower.startsWith(this.entryID(''))) {
        return undefined;
      }
      uuid = lower.slice(16);
    }
    const index = this.byUUID.get(uuid);
    return index === undefined ? undefined : this.entryAt(index);
  }

  /** The entry at a log index (counting earlier shards), with an inclusion proof against the current tree. */
  entryAt(logIndex: number): { entryID: string; entry: RekorLogEntry } | undefined {
    const stored = this.entries[logIndex - this.shardOffset];
    if (!stored) {
      return undefined;
    }
    const treeSize = this.tree.size;
    return {
      entryID: this.entryID(stored.uuid),
      entry: {
        body: stored.body.toString('base64'),
        integratedTime: stored.integratedTime,
        logID: this.logID.toString('hex'),
        logIndex,
        verification: {
          inclusionProof: {
            checkpoint: this.checkpoint(treeSize),
            hashes: this.tree.inclusionProof(stored.treeIndex, treeSize).map((h) => h.toString('hex')),
            logIndex: stored.treeIndex,
            rootHash: this.tree.rootHash(treeSize).toString('hex'),
            treeSize,
          },
          signedEntryTimestamp: stored.signedEntryTimestamp,
        },
      },
    };
  }

  /** A signed checkpoint (transparency-dev signed note) for the tree of `treeSize` leaves. */
  checkpoint(treeSize = this.tree.size): string {
    const note = `${this.host} - ${this.treeID}\n${treeSize}\n${this.tree.rootHash(treeSize).toString('base64')}\n`;
    const signature = sign('sha256', Buffer.from(note, 'utf8'), this.privateKey);
    const keyHintAndSignature = Buffer.concat([this.logID.subarray(0, 4), signature]).toString('base64');
    return `${note}\n\u2014 ${this.host} ${keyHintAndSignature}\n`;
  }

  /** Routes of the Rekor v1 API: create, get by UUID or index, log info and public key. */
  routes(): Route[] {
    return [
      { method: 'POST', path: ENTRIES_PATH, handle: ({ body }) => this.createEntry(body) },
      {
        method: 'GET',
        path: ENTRIES_PATH,
        handle: ({ url }) => {
          const raw = url.searchParams.get('logIndex') ?? '';
          const found = /^\d+$/.test(raw) ? this.entryAt(Number(raw)) : undefined;
          return found ? json(200, { [found.entryID]: found.entry }) : notFound(`no entry at log index ${raw}`);
        },
      },
      {
        method: 'GET',
        path: `${ENTRIES_PATH}/`,
        prefix: true,
        handle: ({ url }) => {
          const id = url.pathname.slice(ENTRIES_PATH.length + 1);
          const found = /^[0-9a-fA-F]{64}([0-9a-fA-F]{16})?$/.test(id) ? this.entryByUUID(id) : undefined;
          return found ? json(200, { [found.entryID]: found.entry }) : notFound(`no entry with UUID ${id}`);
        },
      },
      {
        method: 'GET',
        path: '/api/v1/log',
        handle: () =>
          json(200, {
            rootHash: this.tree.rootHash().toString('hex'),
            signedTreeHead: this.checkpoint(),
            treeSize: this.tree.size,
            treeID: this.treeID.toString(),
            inactiveShards: [],
          }),
      },
      {
        method: 'GET',
        path: '/api/v1/log/publicKey',
        handle: () => ({
          status: 200,
          body: this.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
          contentType: 'application/x-pem-file',
        }),
      },
    ];
  }

  private createEntry(body: Buffer): RouteResponse {
    let result: { uuid: string; created: boolean };
    try {
      result = this.add(JSON.parse(body.toString('utf8')));
    } catch (error) {
      if (error instanceof InvalidEntryError || error instanceof SyntaxError) {
        return json(400, { code: 400, message: error.message });
      }
      throw error;
    }
    const found = this.entryByUUID(result.uuid);
    if (!found) {
      throw new Error(`entry ${result.uuid} vanished`);
    }
    const location = `${ENTRIES_PATH}/${found.entryID}`;
    if (!result.created) {
      return json(
        409,
        { code: 409, message: `an equivalent entry already exists in the transparency log with UUID ${found.entryID}` },
        { location },
      );
    }
    return json(201, { [found.entryID]: found.entry }, { location, etag: found.entryID });
  }
}

function notFound(message: string): RouteResponse {
  return json(404, { code: 404, message });
}

/** The body real Rekor stores for a proposed entry (pkg/types/<kind>/v0.0.1 Canonicalize), after its checks. */
function canonicalEntry(proposed: unknown): object {
  const entry = proposed as { kind?: unknown; apiVersion?: unknown; spec?: unknown };
  if (typeof entry !== 'object' || entry === null) {
    throw new InvalidEntryError('proposed entry is not a JSON object');
  }
  if (entry.kind === 'hashedrekord' && entry.apiVersion === '0.0.1') {
    return canonicalHashedRekord(entry.spec);
  }
  if (entry.kind === 'dsse' && entry.apiVersion === '0.0.1') {
    return canonicalDSSE(entry.spec);
  }
  throw new InvalidEntryError(`unsupported entry kind ${String(entry.kind)} version ${String(entry.apiVersion)}`);
}

function canonicalHashedRekord(spec: unknown): object {
  const s = spec as {
    data?: { hash?: { algorithm?: unknown; value?: unknown } };
    signature?: { content?: unknown; publicKey?: { content?: unknown } };
  };
  const algorithm = s?.data?.hash?.algorithm;
  const value = s?.data?.hash?.value;
  const signature = s?.signature?.content;
  const key = s?.signature?.publicKey?.content;
  if (typeof algorithm !== 'string' || typeof value !== 'string' || typeof signature !== 'string' || typeof key !== 'string') {
    throw new InvalidEntryError('hashedrekord needs spec.data.hash.{algorithm,value} and spec.signature.{content,publicKey.content}');
  }
  if (HASH_LENGTHS[algorithm] === undefined || !new RegExp(`^[0-9a-f]{${HASH_LENGTHS[algorithm]}}$`).test(value)) {
    throw new InvalidEntryError(`invalid hash ${algorithm}:${value}`);
  }
  const publicKey = verifierKey(key);
  let valid: boolean;
  try {
    valid = verifyPrehashed(publicKey, Buffer.from(value, 'hex'), Buffer.from(signature, 'base64'));
  } catch (error) {
    throw new InvalidEntryError((error as Error).message);
  }
  if (!valid) {
    throw new InvalidEntryError('verifying signature: invalid signature when validating ASN.1 encoded signature');
  }
  return {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm, value } },
      signature: { content: signature, publicKey: { content: canonicalVerifier(key) } },
    },
  };
}

function canonicalDSSE(spec: unknown): object {
  const s = spec as { proposedContent?: { envelope?: unknown; verifiers?: unknown } };
  const envelopeText = s?.proposedContent?.envelope;
  const verifiers = s?.proposedContent?.verifiers;
  if (typeof envelopeText !== 'string' || !Array.isArray(verifiers) || verifiers.length === 0 || !verifiers.every((v) => typeof v === 'string')) {
    throw new InvalidEntryError('dsse needs spec.proposedContent.envelope (string) and a non-empty verifiers list');
  }
  const envelope = JSON.parse(envelopeText) as {
    payload?: unknown;
    payloadType?: unknown;
    signatures?: Array<{ sig?: unknown }>;
  };
  if (typeof envelope.payload !== 'string' || typeof envelope.payloadType !== 'string' || !Array.isArray(envelope.signatures) || envelope.signatures.length === 0) {
    throw new InvalidEntryError('envelope needs payload, payloadType and at least one signature');
  }
  const payload = Buffer.from(envelope.payload, 'base64');
  const pae = preAuthEncoding(envelope.payloadType, payload);
  const keys = (verifiers as string[]).map((v) => ({ encoded: v, key: verifierKey(v) }));
  const signatures = envelope.signatures.map(({ sig }) => {
    if (typeof sig !== 'string') {
      throw new InvalidEntryError('envelope signature without sig');
    }
    const signer = keys.find(({ key }) => verify(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', pae, key, Buffer.from(sig, 'base64')));
    if (!signer) {
      throw new InvalidEntryError('could not verify envelope signature with any of the verifiers');
    }
    return { signature: sig, verifier: canonicalVerifier(signer.encoded) };
  });
  signatures.sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: createHash('sha256').update(envelopeText, 'utf8').digest('hex') },
      payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') },
      signatures,
    },
  };
}

/** DSSE v1 pre-authentication encoding. */
function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

/**
 * A base64-encoded PEM certificate or public key as real Rekor stores it (its x509 key's CanonicalValue): re-encoded,
 * 64-column lines and a final newline. Clients (sigstore-python) rebuild the body that way and compare; real Fulcio
 * hands out its PEM without the final newline, and sigstore-js submits it as it came.
 */
function canonicalVerifier(encoded: string): string {
  const pem = Buffer.from(encoded, 'base64').toString('utf8');
  const canonical = pem.includes('BEGIN CERTIFICATE') ? toPEM(new X509Certificate(pem).raw) : createPublicKey(pem).export({ format: 'pem', type: 'spki' }).toString();
  return Buffer.from(canonical, 'utf8').toString('base64');
}

/** The key in a base64-encoded PEM certificate or public key, as Rekor's x509 verifier accepts them. */
function verifierKey(encoded: string): KeyObject {
  const pem = Buffer.from(encoded, 'base64').toString('utf8');
  try {
    return pem.includes('BEGIN CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
  } catch {
    throw new InvalidEntryError('verifier is neither a PEM certificate nor a PEM public key');
  }
}
