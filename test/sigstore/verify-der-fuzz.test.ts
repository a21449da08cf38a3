// The strict DER readers (der.ts, sct.ts, timestamp.ts) under malformed input, through the whole
// verifier: a real Fulcio leaf (with its SCTs) and a real TSA token from the loopback stack, cut
// short at every length, with every element's length changed (one more, one less, indefinite, in a
// longer form than needed, 2^31 and 2^63), with bytes after them, and nested past any stack. Each
// is refused with a code, and nothing is accepted that sigstore-js refuses.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { exactly, loadTrustMaterial, verifyBundle, type CertificatePolicy, type TrustMaterial } from '../../src/sigstore/verify/index.js';
import { startInstance, toV03, type Instance } from './sigstore-js.js';

const IDENTITY = 'https://github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';
const ARTIFACT = Buffer.from('trust-kit release artifact\n');
const POLICY: CertificatePolicy = { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(ISSUER), extensions: {} };

type Json = Record<string, unknown>;

/** Where each element of a DER encoding starts and how its length is written, walked leniently (a test's view, not the reader under test). */
function headers(bytes: Buffer): { at: number; lengthAt: number; lengthBytes: number; length: number }[] {
  const found: { at: number; lengthAt: number; lengthBytes: number; length: number }[] = [];
  const walk = (start: number, end: number): void => {
    for (let offset = start; offset + 2 <= end; ) {
      const tag = bytes[offset] as number;
      const first = bytes[offset + 1] as number;
      const lengthBytes = first & 0x80 ? 1 + (first & 0x7f) : 1;
      let length = first & 0x80 ? 0 : first;
      for (let i = 1; i < lengthBytes; i++) length = length * 256 + (bytes[offset + 1 + i] as number);
      const contentStart = offset + 1 + lengthBytes;
      if (contentStart + length > end) return;
      found.push({ at: offset, lengthAt: offset + 1, lengthBytes, length });
      // Constructed elements, and OCTET and BIT STRINGs that wrap DER (extension values, eContent), are walked into.
      if (tag & 0x20 || tag === 0x04) walk(contentStart, contentStart + length);
      if (tag === 0x03) walk(contentStart + 1, contentStart + length);
      offset = contentStart + length;
    }
  };
  walk(0, bytes.length);
  return found;
}

/** A length's big-endian octets, without leading zeros (one zero octet for 0). */
function minimal(length: number): number[] {
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest % 256);
  return octets.length === 0 ? [0] : octets;
}

/** A DER length field. */
function lengthBytes(length: number): Buffer {
  return length < 0x80 ? Buffer.from([length]) : Buffer.from([0x80 | minimal(length).length, ...minimal(length)]);
}

/** Every malformed variant of `der` the readers must refuse or read as sigstore-js does, each with a label. */
function* mutations(der: Buffer): Generator<[string, Buffer]> {
  for (let length = 0; length < der.length; length++) yield [`cut to ${length} bytes`, der.subarray(0, length)];
  yield ['a zero byte after it', Buffer.concat([der, Buffer.from([0])])];
  yield ['itself after it', Buffer.concat([der, der])];
  for (const header of headers(der)) {
    const before = der.subarray(0, header.lengthAt);
    const content = der.subarray(header.lengthAt + header.lengthBytes);
    const lengths: [string, Buffer][] = [
      ['one more', lengthBytes(header.length + 1)],
      ['one less', lengthBytes(Math.max(header.length - 1, 0))],
      ['indefinite', Buffer.from([0x80])],
      ['2^31', Buffer.from([0x84, 0x80, 0, 0, 0])],
      ['2^63', Buffer.from([0x88, 0x80, 0, 0, 0, 0, 0, 0, 0])],
      ['in long form with a leading zero', Buffer.from([0x80 | (minimal(header.length).length + 1), 0, ...minimal(header.length)])],
      ...(header.length < 0x80 ? [['in long form though short', Buffer.from([0x81, header.length])] as [string, Buffer]] : []),
    ];
    for (const [label, length] of lengths) {
      const changed = label === 'indefinite' ? Buffer.concat([before, length, content.subarray(0, header.length), Buffer.from([0, 0]), content.subarray(header.length)]) : Buffer.concat([before, length, content]);
      if (!changed.equals(der)) yield [`the length of the element at ${header.at}: ${label}`, changed];
    }
  }
  // Nesting deeper than any recursive reader's stack.
  let nested = der;
  for (let depth = 0; depth < 20_000; depth++) nested = Buffer.concat([Buffer.from([0x30]), lengthBytes(nested.length), nested]);
  yield ['nested in 20,000 SEQUENCEs', nested];
  yield ['20,000 nested indefinite SEQUENCEs', Buffer.concat([Buffer.alloc(40_000, 0x30).fill(0x80, 1).map((byte, index) => (index % 2 === 0 ? 0x30 : 0x80)), Buffer.alloc(40_000)])];
}

/** Our verdict: accepted, or refused with a coded error (never anything else). */
function ours(bundle: Json, trust: TrustMaterial, label: string): boolean {
  try {
    verifyBundle(bundle, { bytes: ARTIFACT }, POLICY, trust);
    return true;
  } catch (error) {
    assert.equal(typeof (error as { code?: unknown }).code, 'string', `${label}: refused without a code: ${String(error)}`);
    assert.match((error as { code: string }).code, /^VERIFY_|^SIGSTORE_/, `${label}: ${String(error)}`);
    return false;
  }
}

function theirs(bundle: Json, root: Json, thresholds: { tlog: number; timestamp: number }): boolean {
  try {
    new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root)), { tlogThreshold: thresholds.tlog, ctlogThreshold: 1, timestampThreshold: thresholds.timestamp }).verify(toSignedEntity(bundleFromJSON(bundle), ARTIFACT));
    return true;
  } catch {
    return false;
  }
}

describe('malformed DER in a bundle', () => {
  let instance: Instance;
  let trust: TrustMaterial;
  let bundle: Json & { verificationMaterial: Json & { certificate: { rawBytes: string }; tlogEntries: Json[]; timestampVerificationData: { rfc3161Timestamps: { signedTimestamp: string }[] } } };

  before(async () => {
    instance = await startInstance({ tlog: true, tsa: true });
    trust = loadTrustMaterial(instance.trustedRoot, 'stack.json');
    bundle = toV03(await instance.signBlob(ARTIFACT)) as typeof bundle;
  });
  after(() => instance.close());

  it('the leaf certificate: each variant is refused with a code, or accepted by sigstore-js too', () => {
    assert.equal(ours(bundle, trust, 'unchanged'), true);
    const leaf = Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64');
    let variants = 0;
    for (const [label, der] of mutations(leaf)) {
      variants += 1;
      const changed = structuredClone(bundle);
      changed.verificationMaterial.certificate.rawBytes = der.toString('base64');
      if (ours(changed, trust, label)) assert.equal(theirs(changed, instance.trustedRoot, { tlog: 1, timestamp: 1 }), true, `${label}: accepted here, refused by sigstore-js`);
    }
    assert.ok(variants > leaf.length);
  });

  it('the TSA token, the only time source: each variant is refused with a code, or accepted by sigstore-js too', () => {
    // GitHub's instance for private repositories: no log, the TSA dates the signature.
    const root = { ...instance.trustedRoot, tlogs: [] };
    const noLog = loadTrustMaterial(root, 'stack-without-log.json');
    const timestampOnly = structuredClone(bundle);
    timestampOnly.verificationMaterial.tlogEntries = [];
    assert.equal(ours(timestampOnly, noLog, 'unchanged'), true);
    const token = Buffer.from(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0]?.signedTimestamp ?? '', 'base64');
    const digest = createHash('sha256').update(token).digest('hex');
    for (const [label, der] of mutations(token)) {
      const changed = structuredClone(timestampOnly);
      changed.verificationMaterial.timestampVerificationData.rfc3161Timestamps = [{ signedTimestamp: der.toString('base64') }];
      if (ours(changed, noLog, label)) assert.equal(theirs(changed, root, { tlog: 0, timestamp: 1 }), true, `${label}: accepted here, refused by sigstore-js (token ${digest})`);
    }
  });
});
