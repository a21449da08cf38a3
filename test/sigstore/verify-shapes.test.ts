// Malformed documents fail closed: every field of real bundles and trusted roots set to each wrong
// JSON type, and trusted roots whose validity times are missing or unreadable, end in a coded
// error, never an uncoded crash nor a verification that passes.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it, test } from 'node:test';
import { isTrustKitError } from '../../src/core/errors.js';
import { exactly, loadTrustMaterial, verifyBundle, type CertificatePolicy, type TrustMaterial } from '../../src/sigstore/verify/index.js';
import { verifyArtifact, WHOLE_READ_BYTES } from '../../src/sigstore/verify/files.js';
import { parseRfc3339 } from '../../src/sigstore/verify/shape.js';
import { tempDir } from '../support/tmp.js';
import { startInstance, toV03, type Instance } from './sigstore-js.js';

type Json = Record<string, unknown>;
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sigstore');
const readJson = (...path: string[]): Json => JSON.parse(readFileSync(join(fixtures, ...path), 'utf8')) as Json;

const WRONG_VALUES: readonly unknown[] = [null, 7, 'x', [], {}, true];
const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Every path to a value in a JSON document (members and array items, at every depth). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

/**
 * Copies of a document with the value at each path replaced by each JSON value of another type; a
 * member set to null comes with the copy without that member, which a bundle's reader reads it as.
 */
function* mutants(document: Json): Generator<{ where: string; mutant: Json; absent?: Json }> {
  for (const path of paths(document)) {
    for (const wrong of WRONG_VALUES) {
      const mutant = structuredClone(document);
      let parent = mutant as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path.at(-1) as string | number;
      if (jsonType(parent[last]) === jsonType(wrong)) continue;
      parent[last] = structuredClone(wrong);
      let absent: Json | undefined;
      if (wrong === null && !Array.isArray(parent)) {
        absent = structuredClone(mutant);
        let absentParent = absent as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) absentParent = absentParent[key] as Record<string | number, unknown>;
        delete absentParent[last];
      }
      yield { where: `${path.join('.')} = ${JSON.stringify(wrong)}`, mutant, ...(absent === undefined ? {} : { absent }) };
    }
  }
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(isTrustKitError(error), `an uncoded ${error instanceof Error ? error.name : typeof error}: ${String(error)}`);
    return error.code;
  }
  return 'VERIFIED';
}

async function codeOfAsync(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    assert.ok(isTrustKitError(error), `an uncoded ${error instanceof Error ? error.name : typeof error}: ${String(error)}`);
    return error.code;
  }
  return 'VERIFIED';
}

describe('every field of a real bundle and trusted root, set to each wrong JSON type', () => {
  // The Sigstore conformance suite's Rekor v2 DSSE bundle (staging): certificate, SCT, checkpoint, RFC 3161 timestamp.
  const bundle = readJson('conformance', 'rekor2-dsse-happy-path', 'bundle.sigstore.json');
  const stagingRoot = readJson('conformance', 'trusted_root.staging.json');
  const trust = loadTrustMaterial(stagingRoot, 'trusted_root.staging.json');
  const BEACON = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
  const policy: CertificatePolicy = { kind: 'certificate', identity: exactly(BEACON), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };
  const artifact = { digest: { algorithm: 'sha256' as const, hex: 'a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf' } };

  test('the bundle: each mutant is refused with a VERIFY_ code, a null member read as that member left out', () => {
    assert.equal(codeOf(() => verifyBundle(bundle, artifact, policy, trust)), 'VERIFIED');
    let count = 0;
    for (const { where, mutant, absent } of mutants(bundle)) {
      const code = codeOf(() => verifyBundle(mutant, artifact, policy, trust));
      if (absent === undefined) assert.match(code, /^VERIFY_/, where);
      else assert.equal(code, codeOf(() => verifyBundle(absent, artifact, policy, trust)), where);
      count++;
    }
    assert.ok(count > 100, `${count} mutants`);
  });

  test('the trusted roots (staging and public-good): each mutant is refused as SIGSTORE_TRUSTED_ROOT_INVALID, null included', () => {
    for (const [name, root] of [['staging', stagingRoot], ['public-good', readJson('public-good-trusted_root.json')]] as const) {
      assert.equal(codeOf(() => loadTrustMaterial(root, name)), 'VERIFIED');
      let count = 0;
      for (const { where, mutant } of mutants(root)) {
        assert.equal(codeOf(() => loadTrustMaterial(mutant, name)), 'SIGSTORE_TRUSTED_ROOT_INVALID', `${name}: ${where}`);
        assert.equal(codeOf(() => loadTrustMaterial(JSON.stringify(mutant), name)), 'SIGSTORE_TRUSTED_ROOT_INVALID', `${name} (text): ${where}`);
        count++;
      }
      assert.ok(count > 100, `${count} mutants`);
    }
  });

  test('a trusted root that repeats a key or nests too deep is refused, naming the key and line (protobuf JSON, as sigstore-go reads it, refuses it too)', () => {
    const text = JSON.stringify(stagingRoot, null, 2);
    // JSON.parse keeps the last of the two: the root's own media type, so it would load.
    const twice = text.replace('{\n', '{\n  "mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1",\n');
    assert.throws(() => loadTrustMaterial(twice, 'root.json'), { code: 'SIGSTORE_TRUSTED_ROOT_INVALID', message: /^root\.json repeats the key "mediaType" in one object, on line \d+$/ });
    const lines = `${JSON.stringify(stagingRoot)}\n${JSON.stringify(stagingRoot).replace('{', '{"tlogs":[],')}\n`;
    assert.throws(() => loadTrustMaterial(lines, 'roots.jsonl'), { code: 'SIGSTORE_TRUSTED_ROOT_INVALID', message: /^roots\.jsonl:2 repeats the key "tlogs" in one object$/ });
    const deep = JSON.stringify({ ...stagingRoot, extra: JSON.parse(`${'['.repeat(600)}${']'.repeat(600)}`) as unknown });
    assert.throws(() => loadTrustMaterial(deep, 'root.json'), { code: 'SIGSTORE_TRUSTED_ROOT_INVALID', message: /^root\.json nests objects and arrays more than 512 levels deep/ });
  });

  test('documents that are not objects, and unknown media types, are refused with a code', () => {
    for (const document of [null, 7, 'x', [], true]) {
      assert.equal(codeOf(() => verifyBundle(document, artifact, policy, trust)), 'VERIFY_BUNDLE_INVALID');
      assert.equal(codeOf(() => loadTrustMaterial(JSON.stringify(document), 'root.json')), 'SIGSTORE_TRUSTED_ROOT_INVALID');
    }
    for (const mediaType of ['application/vnd.dev.sigstore.bundle.v0.4+json', 'application/vnd.dev.sigstore.bundle.v0.3+jsonx', 'application/json']) {
      assert.equal(codeOf(() => verifyBundle({ ...bundle, mediaType }, artifact, policy, trust)), 'VERIFY_BUNDLE_INVALID', mediaType);
    }
    for (const mediaType of ['application/vnd.dev.sigstore.trustedroot+json;version=0.9', 'application/vnd.dev.sigstore.trustedrootx', 'application/vnd.dev.sigstore.bundle.v0.3+json']) {
      assert.equal(codeOf(() => loadTrustMaterial({ ...stagingRoot, mediaType }, 'root.json')), 'SIGSTORE_TRUSTED_ROOT_INVALID', mediaType);
    }
  });
});

describe('a message-signature bundle through the CLI path (file read, digests chosen from the bundle)', () => {
  let instance: Instance;
  let trust: TrustMaterial;
  let blob: Json;
  const ARTIFACT = Buffer.from('trust-kit release artifact\n');
  const policy: CertificatePolicy = { kind: 'certificate', identity: exactly('https://github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3'), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };

  before(async () => {
    instance = await startInstance({ tlog: true, tsa: true });
    trust = loadTrustMaterial(instance.trustedRoot, 'stack.json');
    blob = toV03(await instance.signBlob(ARTIFACT));
  });
  after(() => instance.close());

  it('"messageSignature": null and every other wrong type give a VERIFY_ code, a null member read as that member left out', async (t) => {
    const directory = await tempDir(t);
    await writeFile(join(directory, 'widget.tar.gz'), ARTIFACT);
    assert.equal(await codeOfAsync(() => verifyArtifact(blob, 'widget.tar.gz', policy, trust, directory)), 'VERIFIED');
    assert.equal(await codeOfAsync(() => verifyArtifact({ ...blob, messageSignature: null }, 'widget.tar.gz', policy, trust, directory)), 'VERIFY_BUNDLE_INVALID');
    for (const { where, mutant, absent } of mutants(blob)) {
      const code = await codeOfAsync(() => verifyArtifact(mutant, 'widget.tar.gz', policy, trust, directory));
      if (absent === undefined) assert.match(code, /^VERIFY_/, where);
      else assert.equal(code, await codeOfAsync(() => verifyArtifact(absent, 'widget.tar.gz', policy, trust, directory)), where);
    }
  });

  it('a known field spelled as its protobuf name (tlog_entries, message_signature) is VERIFY_BUNDLE_INVALID saying to rename it, not read as missing (a bundle without a log entry)', async (t) => {
    const directory = await tempDir(t);
    await writeFile(join(directory, 'widget.tar.gz'), ARTIFACT);
    const material = blob['verificationMaterial'] as Json;
    const { tlogEntries, ...withoutEntries } = material;
    const snake = { ...blob, verificationMaterial: { ...withoutEntries, tlog_entries: tlogEntries } };
    await assert.rejects(verifyArtifact(snake, 'widget.tar.gz', policy, trust, directory), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'VERIFY_BUNDLE_INVALID');
      assert.match(error.message, /verificationMaterial\.tlog_entries is the protobuf field name of tlogEntries, which trust-kit reads only by its JSON name .*rename it tlogEntries/);
      return true;
    });
    const { messageSignature, ...rest } = blob;
    assert.equal(await codeOfAsync(() => verifyArtifact({ ...rest, message_signature: messageSignature }, 'widget.tar.gz', policy, trust, directory)), 'VERIFY_BUNDLE_INVALID');
  });

  it('a DSSE bundle with "messageSignature": null is hashed for its subjects, as one without the member: a file too big to read whole, its subject by sha512 alone', async (t) => {
    const directory = await tempDir(t);
    const big = Buffer.alloc(WHOLE_READ_BYTES + 1, 0x2a);
    await writeFile(join(directory, 'big.bin'), big);
    const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'big.bin', digest: { sha512: createHash('sha512').update(big).digest('hex') } }], predicateType: 'https://example.com/predicate/v1', predicate: {} };
    const attestation = await instance.attest(statement);
    assert.equal(await codeOfAsync(() => verifyArtifact(attestation, 'big.bin', policy, trust, directory)), 'VERIFIED');
    assert.equal(await codeOfAsync(() => verifyArtifact({ ...attestation, messageSignature: null }, 'big.bin', policy, trust, directory)), 'VERIFIED');
  });
});

describe('trusted-root validity periods', () => {
  const root = readJson('public-good-trusted_root.json') as Json & Record<'certificateAuthorities' | 'timestampAuthorities', Json[]> & Record<'tlogs' | 'ctlogs', (Json & { publicKey: Json })[]>;
  const ranges: [string, (copy: typeof root) => Json][] = [
    ['certificateAuthorities[1]', (copy) => copy.certificateAuthorities[1] as Json],
    ['timestampAuthorities[0]', (copy) => copy.timestampAuthorities[0] as Json],
    ['tlogs[0].publicKey', (copy) => (copy.tlogs[0] as { publicKey: Json }).publicKey],
    ['ctlogs[1].publicKey', (copy) => (copy.ctlogs[1] as { publicKey: Json }).publicKey],
  ];
  const refused = (change: (holder: Json) => void, select: (copy: typeof root) => Json, message: RegExp): void => {
    const copy = structuredClone(root);
    change(select(copy));
    assert.throws(() => loadTrustMaterial(copy, 'private-root.json'), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_INVALID');
      assert.match(error.message ?? '', message);
      return true;
    });
  };

  for (const [name, select] of ranges) {
    it(`${name}: a missing validFor or start, or an unreadable start or end, is refused, naming the field`, () => {
      refused((holder) => delete holder.validFor, select, /validFor is missing/);
      refused((holder) => (holder.validFor = {}), select, /validFor\.start is missing/);
      refused((holder) => (holder.validFor = { end: '2030-01-01T00:00:00Z' }), select, /validFor\.start is missing/);
      for (const time of ['2022-13-01T00:00:00Z', '2023-02-29T00:00:00Z', 'yesterday', '2022-04-13', '2022-04-13 20:06:15Z', '2022-04-13T20:06:15', '2022-04-13T24:00:00Z', '']) {
        refused((holder) => (holder.validFor = { start: time }), select, /validFor\.start is .*expected an RFC 3339 time/);
        refused((holder) => (holder.validFor = { start: '2022-04-13T20:06:15Z', end: time }), select, /validFor\.end is .*expected an RFC 3339 time/);
      }
      refused((holder) => (holder.validFor = { start: '2022-04-13T20:06:15Z', end: '2021-01-01T00:00:00Z' }), select, /ends .* before it starts/);
    });
  }

  it('RFC 3339 times with offsets and fractions are read exactly; lower-case separators, which protobuf JSON never writes and cosign and sigstore-js refuse, are refused', () => {
    assert.equal(parseRfc3339('2022-04-13T20:06:15Z')?.toISOString(), '2022-04-13T20:06:15.000Z');
    assert.equal(parseRfc3339('2022-12-31T23:59:59.999Z')?.toISOString(), '2022-12-31T23:59:59.999Z');
    assert.equal(parseRfc3339('2022-04-13T22:06:15.123456789+02:00')?.toISOString(), '2022-04-13T20:06:15.123Z');
    for (const lower of ['2022-04-13t22:06:15Z', '2022-04-13T22:06:15z', '2022-04-13t22:06:15.1+02:00']) assert.equal(parseRfc3339(lower), undefined, lower);
    assert.equal(parseRfc3339('2024-02-29T00:00:00-01:30')?.toISOString(), '2024-02-29T01:30:00.000Z');
    assert.equal(parseRfc3339('2023-02-29T00:00:00Z'), undefined);
    const loaded = loadTrustMaterial(root, 'public-good').roots[0];
    assert.equal(loaded?.certificateAuthorities[0]?.validFrom.toISOString(), '2021-03-07T03:20:29.000Z');
    assert.equal(loaded?.certificateAuthorities[1]?.validTo.getTime(), 8640000000000000);
  });
});
