// The verifier reads bundles and trusted roots with its own reader (documents.ts), no longer with
// @sigstore/protobuf-specs' generated readers and @sigstore/bundle's checks. Differentially, on real
// documents and on mutants of every field (removed, emptied, another enum name, another bundle
// version): it refuses exactly what the former pipeline (media type, shape, oneofs, then those
// readers) refused, and what both accept reads the same. Hostile mutants too (each value of
// another JSON type, base64 and int64 spelled as lenient readers take them, prototype-named keys,
// two members of a oneof, RFC 3339 corners in trusted roots, seeded combinations of three): what
// is accepted is also what protobuf-specs and @sigstore/bundle alone accept, read the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { isTrustKitError } from '../../src/core/errors.js';
import { BUNDLE_MEDIA_TYPES, decodeBundle, decodeTrustedRoot, type Bundle } from '../../src/sigstore/verify/documents.js';
import { loadTrustMaterial, matching, verifyBundle } from '../../src/sigstore/verify/index.js';
import { BUNDLE_SHAPE, findShapeViolation, parseRfc3339, TRUSTED_ROOT_SHAPE } from '../../src/sigstore/verify/shape.js';
import { seededRandom } from '../support/random.js';
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

const BASE64_VARIANTS = ['A', 'AA', 'AA=', 'AAA=', 'AB==', 'AAAA=', 'AA==AA==', '====', '-_-_', '+/+/', '+_-/', ' AAAA', 'AAAA\n', 'AA AA', '%%%%', 'ÀÀÀÀ', 'AAAA===='];
const INT64_VARIANTS: unknown[] = ['-1', '+1', '01', '00', '1e3', '0x10', ' 1', '1 ', '1.0', '9223372036854775807', '9223372036854775808', '18446744073709551616', '99999999999999999999', 'NaN', 'Infinity', 1, 0, -1, 1.5, 1e21];
const WRONG_TYPES: unknown[] = [null, 0, 1, true, false, {}, [], 'x', [{}], { '': '' }];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '$case'];
const INT64_KEYS = new Set(['logIndex', 'integratedTime', 'treeSize']);


/** One hostile edit of a document: a value of the wrong JSON type, a lenient base64 or int64 spelling, a prototype key, or a second member of a oneof. */
type Edit = { what: string; apply: (document: Json) => void };

function editAt(path: (string | number)[], what: string, change: (parent: Record<string | number, unknown>, last: string | number) => void): Edit {
  return {
    what: `${path.join('.')} ${what}`,
    apply: (document) => {
      let parent = document as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) {
        parent = parent[key] as Record<string | number, unknown>;
        if (typeof parent !== 'object' || parent === null) return;
      }
      change(parent, path.at(-1) as string | number);
    },
  };
}

/** Every hostile edit of `document`; `donors` give the other members of each oneof. */
function hostileEdits(document: Json, donors: Json[]): Edit[] {
  const edits: Edit[] = [];
  for (const path of paths(document)) {
    const last = path.at(-1) as string | number;
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
    for (const wrong of WRONG_TYPES) edits.push(editAt(path, `= ${JSON.stringify(wrong)}`, (parent, key) => (parent[key] = structuredClone(wrong))));
    if (typeof value === 'string' && !INT64_KEYS.has(String(last))) {
      for (const variant of BASE64_VARIANTS) edits.push(editAt(path, `= ${JSON.stringify(variant)}`, (parent, key) => (parent[key] = variant)));
      edits.push(editAt(path, 'in the url-safe alphabet', (parent, key) => (parent[key] = String(parent[key]).replaceAll('+', '-').replaceAll('/', '_'))));
      edits.push(editAt(path, 'unpadded', (parent, key) => (parent[key] = String(parent[key]).replace(/=+$/, ''))));
      edits.push(editAt(path, 'truncated by one', (parent, key) => (parent[key] = String(parent[key]).slice(0, -1))));
      edits.push(editAt(path, 'with a line break', (parent, key) => (parent[key] = `${String(parent[key]).slice(0, 4)}\n${String(parent[key]).slice(4)}`)));
    }
    if (INT64_KEYS.has(String(last))) for (const variant of INT64_VARIANTS) edits.push(editAt(path, `= ${JSON.stringify(variant)}`, (parent, key) => (parent[key] = variant)));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const key of PROTOTYPE_KEYS) {
        for (const added of [{}, 'x', { publicKey: { hint: 'x' } }]) {
          edits.push(editAt([...path, key], `given ${JSON.stringify(added)}`, (parent, name) => Object.defineProperty(parent, name, { value: structuredClone(added), enumerable: true, writable: true, configurable: true })));
        }
      }
    }
  }
  const oneOfs: [string[], string[]][] = [
    [[], ['messageSignature', 'dsseEnvelope']],
    [['verificationMaterial'], ['publicKey', 'x509CertificateChain', 'certificate']],
  ];
  for (const [where, members] of oneOfs) {
    for (const member of members) {
      for (const donor of donors) {
        const given = where.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], donor) as Json | undefined;
        if (given?.[member] === undefined) continue;
        edits.push(editAt([...where, member], `taken from another bundle`, (parent, key) => (parent[key] = structuredClone(given[member]))));
        edits.push(editAt([...where, member], `= null`, (parent, key) => (parent[key] = null)));
      }
    }
  }
  return edits;
}

/** Copies of `document` with each hostile edit, then `count` seeded combinations of three, each as JSON text reads back (an own `__proto__` key stays a key). */
function* hostileMutants(document: Json, donors: Json[], seed: number, count: number): Generator<{ where: string; mutant: Json }> {
  const edits = hostileEdits(document, donors);
  const mutate = (chosen: Edit[]): { where: string; mutant: Json } => {
    const mutant = structuredClone(document);
    for (const edit of chosen) edit.apply(mutant);
    return { where: chosen.map((edit) => edit.what).join('; '), mutant: JSON.parse(JSON.stringify(mutant)) as Json };
  };
  for (const edit of edits) yield mutate([edit]);
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) yield mutate([0, 1, 2].map(() => edits[Math.floor(random() * edits.length)] as Edit));
}

/** protobuf-specs' reader and @sigstore/bundle's checks alone, as the verifier read bundles before its shape check. */
function protobufBundle(json: Json): ReturnType<typeof bundleFromJSON> | undefined {
  try {
    return bundleFromJSON(json);
  } catch {
    return undefined;
  }
}

/** The former reading of a bundle: media type, shape, oneofs, then @sigstore/bundle (protobuf-specs' reader and its version checks). */
function formerBundle(json: Json): ReturnType<typeof bundleFromJSON> | undefined {
  if (typeof json.mediaType !== 'string' || !(Object.values(BUNDLE_MEDIA_TYPES) as string[]).includes(json.mediaType)) return undefined;
  // A null field is absent, as protobuf JSON (and so protobuf-specs' reader) has it.
  if (findShapeViolation(json, BUNDLE_SHAPE, '', true) !== undefined) return undefined;
  const material = (json.verificationMaterial ?? {}) as Json;
  const oneOf = (object: Json, members: string[]): boolean => members.filter((member) => object[member] !== undefined && object[member] !== null).length <= 1;
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
      proof: entry.inclusionProof === undefined ? undefined : [entry.inclusionProof.logIndex, hex(entry.inclusionProof.rootHash), entry.inclusionProof.treeSize, entry.inclusionProof.hashes.map(hex), entry.inclusionProof.checkpoint?.envelope],
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

  test('hostile mutants: wrong JSON types, lenient base64 and int64 spellings, prototype keys, two members of a oneof', () => {
    const outcomes = { refused: 0, accepted: 0, refusedOnlyHere: 0 };
    for (const [index, [name, bundle]] of Object.entries(bundles).entries()) {
      const donors = Object.values(bundles).filter((other) => other !== bundle);
      for (const { where, mutant } of hostileMutants(bundle, donors, 1000 + index, 300)) {
        const read = ours(() => decodeBundle(mutant), 'VERIFY_BUNDLE_INVALID');
        const former = formerBundle(mutant);
        assert.equal(read === undefined, former === undefined, `${name}, ${where}: ${read === undefined ? 'refused here, accepted before' : 'accepted here, refused before'}`);
        if (read === undefined) {
          outcomes.refused++;
          if (protobufBundle(mutant) !== undefined) outcomes.refusedOnlyHere++;
          continue;
        }
        outcomes.accepted++;
        const unchecked = protobufBundle(mutant);
        assert.notEqual(unchecked, undefined, `${name}, ${where}: accepted here, refused by protobuf-specs and @sigstore/bundle`);
        assert.deepEqual(bundleView(read), bundleView(unchecked as NonNullable<typeof unchecked>), `${name}, ${where}`);
      }
    }
    assert.ok(outcomes.refused > 1000 && outcomes.accepted > 100 && outcomes.refusedOnlyHere > 100, `every outcome is exercised (${JSON.stringify(outcomes)})`);
  });

  test('a signed integratedTime past what a Date holds is refused naming it, not as "Invalid time value"', () => {
    const trust = loadTrustMaterial(instance.trustedRoot, 'stack.json');
    const signed = bundles['message signature, certificate chain, Rekor v1 and TSA (sigstore-js)'] as Json & { verificationMaterial: { tlogEntries: Json[] } };
    for (const integratedTime of ['8640000000001', '9223372036854775807']) {
      const mutant = structuredClone(signed);
      (mutant.verificationMaterial.tlogEntries[0] as Json).integratedTime = integratedTime;
      assert.throws(
        () => verifyBundle(mutant, { bytes: Buffer.from('artifact\n') }, { kind: 'certificate', identity: matching('.*'), issuer: matching('.*'), extensions: {} }, trust),
        (error: unknown) => isTrustKitError(error) && error.code === 'VERIFY_BUNDLE_INVALID' && error.message.includes(`integratedTime ${integratedTime} is past`),
        integratedTime,
      );
    }
  });
});

test('a bundle of huge arrays is refused, naming the array, before any item is decoded', () => {
  const empty = 100_000;
  const entry = { logIndex: '1', logId: { keyId: 'AA==' }, kindVersion: { kind: 'hashedrekord', version: '0.0.1' }, integratedTime: '1', inclusionProof: { logIndex: '1', rootHash: 'AA==', treeSize: '2', hashes: ['AA=='], checkpoint: { envelope: 'x' } }, canonicalizedBody: 'AA==' };
  const bundle = (material: Json, content: Json = { messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: 'AA==' }, signature: 'AA==' } }): Json => ({
    mediaType: BUNDLE_MEDIA_TYPES.v03,
    verificationMaterial: { publicKey: { hint: 'x' }, tlogEntries: [entry], ...material },
    ...content,
  });
  const cases: [string, Json][] = [
    // Each item was a missing-field complaint: the message grew to 50 times the bundle (and past V8's longest string at 32 MiB).
    ['verificationMaterial.tlogEntries', bundle({ tlogEntries: Array.from({ length: empty }, () => ({})) })],
    // Each item was decoded into a Buffer: a 28 MiB bundle took 2 GB and 9 s, then was accepted.
    ['verificationMaterial.tlogEntries[0].inclusionProof.hashes', bundle({ tlogEntries: [{ ...entry, inclusionProof: { ...entry.inclusionProof, hashes: Array.from({ length: empty }, () => '') } }] })],
    ['verificationMaterial.x509CertificateChain.certificates', { ...bundle({ x509CertificateChain: { certificates: Array.from({ length: empty }, () => ({ rawBytes: 'AA==' })) } }), mediaType: BUNDLE_MEDIA_TYPES.v02 }],
    ['verificationMaterial.timestampVerificationData.rfc3161Timestamps', bundle({ timestampVerificationData: { rfc3161Timestamps: Array.from({ length: empty }, () => ({})) } })],
    ['dsseEnvelope.signatures', bundle({}, { dsseEnvelope: { payload: 'AA==', payloadType: 'x', signatures: Array.from({ length: empty }, () => ({ sig: '' })) } })],
  ];
  for (const [path, hostile] of cases) {
    if (path.includes('x509')) delete (hostile.verificationMaterial as Json).publicKey;
    assert.throws(
      () => decodeBundle(hostile),
      (error: unknown) => isTrustKitError(error) && error.code === 'VERIFY_BUNDLE_INVALID' && error.message.includes(`${path} has ${empty} items`) && error.message.length < 500,
      path,
    );
  }
  // Two signatures are no missing field: said as what they are, as cosign says it.
  assert.throws(
    () => decodeBundle(bundle({}, { dsseEnvelope: { payload: 'AA==', payloadType: 'x', signatures: [{ sig: 'AA==' }, { sig: 'AQ==' }] } })),
    (error: unknown) => isTrustKitError(error) && error.code === 'VERIFY_BUNDLE_INVALID' && error.message.includes("dsseEnvelope.signatures holds 2 signatures; a Sigstore bundle's envelope holds exactly one"),
  );
  const [, real] = cases[0] as [string, Json];
  assert.throws(
    () => decodeBundle({ ...real, verificationMaterial: { ...(real.verificationMaterial as Json), tlogEntries: Array.from({ length: 64 }, () => ({})) } }),
    (error: unknown) => isTrustKitError(error) && error.code === 'VERIFY_BUNDLE_INVALID' && error.message.includes('tlogEntries[0].logId') && error.message.endsWith(' and 184 more') && error.message.length < 1000,
    'a refusal names the first few missing fields and counts the rest',
  );
  assert.doesNotThrow(() => decodeBundle({ ...real, verificationMaterial: { ...(real.verificationMaterial as Json), tlogEntries: Array.from({ length: 64 }, () => entry) } }), 'at most 64 entries are read');
  assert.throws(
    () => decodeBundle({ ...real, verificationMaterial: { ...(real.verificationMaterial as Json), tlogEntries: Array.from({ length: 65 }, () => entry) } }),
    (error: unknown) => isTrustKitError(error) && error.code === 'VERIFY_BUNDLE_INVALID' && error.message.includes('verificationMaterial.tlogEntries has 65 items'),
    'the 65th entry is one too many',
  );
});

test('a base64 field with anything after its padding is refused, as Go\'s protojson refuses it, not read up to the padding', () => {
  const bundle = readJson('conformance', 'intoto-canonical-log-entry', 'bundle.sigstore.json') as Json & { verificationMaterial: { tlogEntries: Json[] } };
  for (const suffix of ['!', ' ', '===AA==']) {
    const mutant = structuredClone(bundle);
    const entry = mutant.verificationMaterial.tlogEntries[0] as Json;
    entry['canonicalizedBody'] = `${String(entry['canonicalizedBody'])}${suffix}`;
    assert.throws(() => decodeBundle(mutant), (error: unknown) => isTrustKitError(error) && error.code === 'VERIFY_BUNDLE_INVALID' && error.message.includes('tlogEntries[0].canonicalizedBody'), JSON.stringify(suffix));
  }
});

test('an int64 field past 2^63 - 1 is refused, as Go readers refuse it; the largest int64 is read', () => {
  const bundle = readJson('conformance', 'intoto-canonical-log-entry', 'bundle.sigstore.json') as Json & { verificationMaterial: { tlogEntries: Json[] } };
  for (const field of ['logIndex', 'integratedTime']) {
    for (const [value, accepted] of [['9223372036854775807', true], ['9223372036854775808', false], ['9999999999999999999', false], ['18446744073709551615', false]] as const) {
      const mutant = structuredClone(bundle);
      (mutant.verificationMaterial.tlogEntries[0] as Json)[field] = value;
      const read = ours(() => decodeBundle(mutant), 'VERIFY_BUNDLE_INVALID');
      assert.equal(read?.verificationMaterial.tlogEntries[0]?.[field as 'logIndex'], accepted ? value : undefined, `${field} = ${value}`);
    }
  }
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

/** The parts of a read trusted root the verifier uses, from this reader and from protobuf-specs', in one comparable form (validity as epoch milliseconds). */
function rootViews(read: ReturnType<typeof decodeTrustedRoot>, former: TrustedRoot): [unknown, unknown] {
  const time = (text: string | undefined): number | undefined => (text === undefined ? undefined : parseRfc3339(text)?.getTime());
  const formerTime = (date: Date | undefined): number | undefined => date?.getTime();
  const authorities = (list: typeof former.certificateAuthorities): unknown =>
    list.map((ca) => ({ uri: ca.uri, certificates: (ca.certChain?.certificates ?? []).map((certificate) => hex(certificate.rawBytes)), validFor: [formerTime(ca.validFor?.start), formerTime(ca.validFor?.end)] }));
  const logs = (list: typeof former.tlogs): unknown =>
    list.map((log) => ({ baseUrl: log.baseUrl, key: hex(log.publicKey?.rawBytes), pkcs1: [1, 2].includes(log.publicKey?.keyDetails ?? 0), logId: hex(log.logId?.keyId), checkpointKeyId: hex(log.checkpointKeyId?.keyId), validFor: [formerTime(log.publicKey?.validFor?.start), formerTime(log.publicKey?.validFor?.end)] }));
  const ours = (list: typeof read.certificateAuthorities): unknown => list.map((ca) => ({ uri: ca.uri, certificates: ca.certificates.map(hex), validFor: [time(ca.validFor.start), time(ca.validFor.end)] }));
  return [
    {
      cas: ours(read.certificateAuthorities),
      tsas: ours(read.timestampAuthorities),
      logs: [...read.tlogs, ...read.ctlogs].map((log) => ({ baseUrl: log.baseUrl, key: hex(log.publicKey.rawBytes), pkcs1: ['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS'].includes(log.publicKey.keyDetails), logId: hex(log.logId), checkpointKeyId: hex(log.checkpointKeyId), validFor: [time(log.publicKey.validFor.start), time(log.publicKey.validFor.end)] })),
    },
    { cas: authorities(former.certificateAuthorities), tsas: authorities(former.timestampAuthorities), logs: logs([...former.tlogs, ...former.ctlogs]) },
  ];
}

const trustedRoots = (): Record<string, Json> => ({ 'public good': readJson('public-good-trusted_root.json'), staging: readJson('conformance', 'trusted_root.staging.json') });

test('trusted roots: every mutant refused exactly as before, and read the same', () => {
  let refused = 0;
  for (const [name, root] of Object.entries(trustedRoots())) {
    for (const { where, mutant } of [{ where: 'as it is', mutant: root }, ...mutants(root)]) {
      const former = formerRoot(mutant);
      const read = ours(() => decodeTrustedRoot(mutant, name), 'SIGSTORE_TRUSTED_ROOT_INVALID');
      assert.equal(read === undefined, former === undefined, `${name}, ${where}: ${read === undefined ? 'refused here, accepted before' : 'accepted here, refused before'}`);
      if (read === undefined || former === undefined) {
        refused++;
        continue;
      }
      const [here, before] = rootViews(read, former);
      assert.deepEqual(here, before, `${name}, ${where}`);
    }
  }
  assert.ok(refused > 20, `refusals are exercised (${refused})`);
});

const RFC3339_VARIANTS = [
  '2021-02-30T00:00:00Z', '2021-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '2021-01-01T00:00:00', '2021-01-01 00:00:00Z', '2021-01-01T24:00:00Z',
  '2021-01-01T00:00:60Z', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999999999Z', '2021-01-01T00:00:00.123456789Z', '2021-01-01T00:00:00.1234567891Z',
  '2021-01-01T00:00:00.Z', '2021-01-01T00:00:00,5Z', '2021-01-01T00:00:00+24:00', '2021-01-01T00:00:00+23:59', '2021-01-01T00:00:00-23:59', '2021-01-01T00:00:00+05:60',
  '2021-01-01t00:00:00z', '2021-01-01T00:00:00-00:00', '2021-1-01T00:00:00Z', '+002021-01-01T00:00:00Z', '2021-01-01T00:00Z', '2021-01-01', '2021-01-01T00:00:00+0100',
  ' 2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z ', 'garbage', '', '２０２１-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '1969-12-31T23:59:59.999Z',
];

test('trusted roots, hostile mutants: wrong JSON types, lenient spellings, prototype keys, every RFC 3339 corner in each validFor', () => {
  const outcomes = { refused: 0, accepted: 0 };
  for (const [index, [name, root]] of Object.entries(trustedRoots()).entries()) {
    const times: Edit[] = paths(root)
      .filter((path) => path.at(-1) === 'start' || path.at(-1) === 'end')
      .flatMap((path) => RFC3339_VARIANTS.map((variant) => editAt(path, `= ${JSON.stringify(variant)}`, (parent, key) => (parent[key] = variant))));
    const edits = [...hostileEdits(root, []), ...times];
    const random = seededRandom(2000 + index);
    const cases = [...edits.map((edit) => [edit]), ...Array.from({ length: 300 }, () => [0, 1, 2].map(() => edits[Math.floor(random() * edits.length)] as Edit))];
    for (const chosen of cases) {
      const mutant = structuredClone(root);
      for (const edit of chosen) edit.apply(mutant);
      const text = JSON.parse(JSON.stringify(mutant)) as Json;
      const where = chosen.map((edit) => edit.what).join('; ');
      const read = ours(() => decodeTrustedRoot(text, name), 'SIGSTORE_TRUSTED_ROOT_INVALID');
      const former = formerRoot(text);
      assert.equal(read === undefined, former === undefined, `${name}, ${where}: ${read === undefined ? 'refused here, accepted before' : 'accepted here, refused before'}`);
      if (read === undefined || former === undefined) {
        outcomes.refused++;
        continue;
      }
      outcomes.accepted++;
      const [here, before] = rootViews(read, former);
      assert.deepEqual(here, before, `${name}, ${where}: read differently (a validFor time protobuf-specs reads otherwise?)`);
    }
  }
  assert.ok(outcomes.refused > 1000 && outcomes.accepted > 100, `both outcomes are exercised (${JSON.stringify(outcomes)})`);
});
