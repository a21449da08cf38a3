// The verifier reads bundles and trusted roots with its own reader (documents.ts), no longer with
// @sigstore/protobuf-specs' generated readers and @sigstore/bundle's checks. Differentially, on real
// documents and on mutants of every field (removed, emptied, another enum name, another bundle
// version): it refuses exactly what the former pipeline (media type, shape, oneofs, then those
// readers) refused, and what both accept reads the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { isTrustKitError } from '../../src/core/errors.js';
import { BUNDLE_MEDIA_TYPES, decodeBundle, decodeTrustedRoot, type Bundle } from '../../src/sigstore/verify/documents.js';
import { BUNDLE_SHAPE, findShapeViolation, TRUSTED_ROOT_SHAPE } from '../../src/sigstore/verify/shape.js';
import { startInstance, toV03, type Instance } from './sigstore-js.js';

type Json = Record<string, unknown>;
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sigstore');
const readJson = (...path: string[]): Json => JSON.parse(readFileSync(join(fixtures, ...path), 'utf8')) as Json;

const HASH_NAMES = ['HASH_ALGORITHM_UNSPECIFIED', 'SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384', 'SHA2_224', 'sha256', 'MD5', ''];
const KEY_DETAILS = ['PUBLIC_KEY_DETAILS_UNSPECIFIED', 'PKCS1_RSA_PKCS1V5', 'PKIX_ECDSA_P256_SHA_256', 'PKIX_ED25519', 'ML_DSA_65', 'PKIX_ECDSA_P256', 'pkix_ed25519', ''];

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

/** Copies of a document with each value removed, emptied, or (enums) given each other name; arrays also emptied and given their first item twice. */
function* mutants(document: Json): Generator<{ where: string; mutant: Json }> {
  for (const path of paths(document)) {
    const last = path.at(-1) as string | number;
    const edit = (what: string, change: (parent: Record<string | number, unknown>) => void): { where: string; mutant: Json } => {
      const mutant = structuredClone(document);
      let parent = mutant as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      change(parent);
      return { where: `${path.join('.')} ${what}`, mutant };
    };
    yield edit('removed', (parent) => (Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last]));
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
    if (typeof value === 'string') yield edit('= ""', (parent) => (parent[last] = ''));
    if (Array.isArray(value)) {
      yield edit('= []', (parent) => (parent[last] = []));
      if (value.length > 0) yield edit('first item twice', (parent) => (parent[last] = [value[0], ...value]));
    }
    const names = last === 'algorithm' || last === 'hashAlgorithm' ? HASH_NAMES : last === 'keyDetails' ? KEY_DETAILS : [];
    for (const name of names) yield edit(`= ${JSON.stringify(name)}`, (parent) => (parent[last] = name));
  }
  for (const mediaType of [...Object.values(BUNDLE_MEDIA_TYPES), 'application/vnd.dev.sigstore.bundle.v0.4+json']) {
    yield { where: `mediaType = ${mediaType}`, mutant: { ...structuredClone(document), mediaType } };
  }
}

/** The former reading of a bundle: media type, shape, oneofs, then @sigstore/bundle (protobuf-specs' reader and its version checks). */
function formerBundle(json: Json): ReturnType<typeof bundleFromJSON> | undefined {
  if (typeof json.mediaType !== 'string' || !(Object.values(BUNDLE_MEDIA_TYPES) as string[]).includes(json.mediaType)) return undefined;
  if (findShapeViolation(json, BUNDLE_SHAPE, '') !== undefined) return undefined;
  const material = (json.verificationMaterial ?? {}) as Json;
  const oneOf = (object: Json, members: string[]): boolean => members.filter((member) => object[member] !== undefined).length <= 1;
  if (!oneOf(json, ['messageSignature', 'dsseEnvelope']) || !oneOf(material, ['publicKey', 'x509CertificateChain', 'certificate'])) return undefined;
  try {
    return bundleFromJSON(json);
  } catch {
    return undefined;
  }
}

function ours<T>(read: () => T, code: string): T | undefined {
  try {
    return read();
  } catch (error) {
    assert.ok(isTrustKitError(error) && error.code === code, `an error other than ${code}: ${String(error)}`);
    return undefined;
  }
}

const hex = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : Buffer.from(bytes).toString('hex'));

/** The parts of a read bundle the verifier uses, in one comparable form. */
function bundleView(bundle: Bundle | NonNullable<ReturnType<typeof formerBundle>>): unknown {
  const { verificationMaterial: material, content } = bundle as Bundle;
  const signer = material.content;
  const algorithm = content.$case === 'messageSignature' ? content.messageSignature.messageDigest.algorithm : undefined;
  return {
    mediaType: bundle.mediaType,
    signer:
      signer.$case === 'publicKey'
        ? { hint: signer.publicKey.hint }
        : signer.$case === 'certificate'
          ? { certificate: hex(signer.certificate.rawBytes) }
          : { chain: signer.x509CertificateChain.certificates.map((certificate) => hex(certificate.rawBytes)) },
    entries: material.tlogEntries.map((entry) => ({
      logIndex: entry.logIndex,
      logId: hex(entry.logId.keyId),
      kind: [entry.kindVersion.kind, entry.kindVersion.version],
      integratedTime: entry.integratedTime,
      promise: hex(entry.inclusionPromise?.signedEntryTimestamp),
      proof: entry.inclusionProof === undefined ? undefined : [entry.inclusionProof.logIndex, hex(entry.inclusionProof.rootHash), entry.inclusionProof.treeSize, entry.inclusionProof.hashes.map(hex), entry.inclusionProof.checkpoint.envelope],
      body: hex(entry.canonicalizedBody),
    })),
    timestamps: material.timestampVerificationData?.rfc3161Timestamps.map((timestamp) => hex(timestamp.signedTimestamp)),
    content:
      content.$case === 'messageSignature'
        ? { algorithm: typeof algorithm === 'number' ? HASH_NAMES[algorithm] : algorithm, digest: hex(content.messageSignature.messageDigest.digest), signature: hex(content.messageSignature.signature) }
        : { payload: hex(content.dsseEnvelope.payload), type: content.dsseEnvelope.payloadType, signatures: content.dsseEnvelope.signatures.map((signature) => [hex(signature.sig), signature.keyid]) },
  };
}

describe('bundles: refused exactly as before, and read the same', () => {
  let instance: Instance;
  const bundles: Record<string, Json> = {
    'DSSE, certificate, Rekor v2 (conformance)': readJson('conformance', 'rekor2-dsse-happy-path', 'bundle.sigstore.json'),
    'DSSE, key, intoto entry (conformance)': readJson('conformance', 'intoto-canonical-log-entry', 'bundle.sigstore.json'),
  };
  before(async () => {
    instance = await startInstance({ tlog: true, tsa: true });
    const signed = await instance.signBlob(Buffer.from('artifact\n'));
    bundles['message signature, certificate chain, Rekor v1 and TSA (sigstore-js)'] = signed;
    bundles['message signature, one certificate (v0.3)'] = toV03(signed);
  });
  after(() => instance.close());

  test('every mutant of each bundle', () => {
    let refused = 0;
    let accepted = 0;
    for (const [name, bundle] of Object.entries(bundles)) {
      assert.notEqual(formerBundle(bundle), undefined, `${name}: the former reader accepts the original`);
      for (const { where, mutant } of [{ where: 'as it is', mutant: bundle }, ...mutants(bundle)]) {
        const former = formerBundle(mutant);
        const read = ours(() => decodeBundle(mutant), 'VERIFY_BUNDLE_INVALID');
        assert.equal(read === undefined, former === undefined, `${name}, ${where}: ${read === undefined ? 'refused here, accepted before' : 'accepted here, refused before'}`);
        if (read !== undefined && former !== undefined) assert.deepEqual(bundleView(read), bundleView(former), `${name}, ${where}`);
        if (read === undefined) refused++;
        else accepted++;
      }
    }
    assert.ok(refused > 50 && accepted > 50, `both outcomes are exercised (${refused} refused, ${accepted} accepted)`);
  });
});

/** The former reading of a trusted root: media type, shape, then protobuf-specs' reader. */
function formerRoot(json: Json): TrustedRoot | undefined {
  if (!['application/vnd.dev.sigstore.trustedroot+json;version=0.1', 'application/vnd.dev.sigstore.trustedroot.v0.2+json'].includes(String(json.mediaType))) return undefined;
  if (findShapeViolation(json, TRUSTED_ROOT_SHAPE, '') !== undefined) return undefined;
  try {
    return TrustedRoot.fromJSON(json);
  } catch {
    return undefined;
  }
}

test('trusted roots: every mutant refused exactly as before, and read the same', () => {
  let refused = 0;
  for (const [name, root] of Object.entries({ 'public good': readJson('public-good-trusted_root.json'), staging: readJson('conformance', 'trusted_root.staging.json') })) {
    for (const { where, mutant } of [{ where: 'as it is', mutant: root }, ...mutants(root)]) {
      const former = formerRoot(mutant);
      const read = ours(() => decodeTrustedRoot(mutant, name), 'SIGSTORE_TRUSTED_ROOT_INVALID');
      assert.equal(read === undefined, former === undefined, `${name}, ${where}: ${read === undefined ? 'refused here, accepted before' : 'accepted here, refused before'}`);
      if (read === undefined || former === undefined) {
        refused++;
        continue;
      }
      const authorities = (list: typeof former.certificateAuthorities): unknown => list.map((ca) => ({ uri: ca.uri, certificates: (ca.certChain?.certificates ?? []).map((certificate) => hex(certificate.rawBytes)) }));
      const logs = (list: typeof former.tlogs): unknown => list.map((log) => ({ baseUrl: log.baseUrl, key: hex(log.publicKey?.rawBytes), pkcs1: [1, 2].includes(log.publicKey?.keyDetails ?? 0), logId: hex(log.logId?.keyId), checkpointKeyId: hex(log.checkpointKeyId?.keyId) }));
      assert.deepEqual(
        {
          cas: read.certificateAuthorities.map((ca) => ({ uri: ca.uri, certificates: ca.certificates.map(hex) })),
          tsas: read.timestampAuthorities.map((ca) => ({ uri: ca.uri, certificates: ca.certificates.map(hex) })),
          logs: [...read.tlogs, ...read.ctlogs].map((log) => ({ baseUrl: log.baseUrl, key: hex(log.publicKey.rawBytes), pkcs1: ['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS'].includes(log.publicKey.keyDetails), logId: hex(log.logId), checkpointKeyId: hex(log.checkpointKeyId) })),
        },
        { cas: authorities(former.certificateAuthorities), tsas: authorities(former.timestampAuthorities), logs: logs([...former.tlogs, ...former.ctlogs]) },
        `${name}, ${where}`,
      );
    }
  }
  assert.ok(refused > 20, `refusals are exercised (${refused})`);
});
