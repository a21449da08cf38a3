// What verify-image reads of a registry that an attacker controls (or that others may push to):
// every bundle attached to an image is read in bounded time and memory, a hostile one is recorded
// as unreadable with a reason fit for a terminal, and none stops the others from being read.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { test } from 'node:test';
import { discoverImageBundles, imageTrust, legacyBundle, verifyImageBundles, type DiscoveredBundles } from '../../src/images/verify.js';
import { TrustMaterial } from '../../src/sigstore/verify/trust.js';
import * as der from '../support/sigstore/der.js';
import { OID_COMMON_NAME, OID_ORGANIZATION, issueCertificate, toPEM } from '../support/sigstore/x509.js';
import { COSIGN_SIGN_PREDICATE_TYPE, LEGACY_ANNOTATIONS, MEDIA_TYPES, RegistryClient, SIGSTORE_BUNDLE_MEDIA_TYPE, legacyAttestationTag, legacySignatureTag, simpleSigningPayload, type HttpRequest } from '../../src/oci/index.js';
import { FAST_RETRY, scripted, type ScriptedAnswer } from '../oci/support.js';

const digestOf = (bytes: string): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const image = { registry: 'registry.example', repository: 'acme/app', digest: digestOf('the image') };
const base = `/v2/${image.repository}`;
// eslint-disable-next-line no-control-regex -- what must not reach a terminal
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Terminal escapes: a window title, a colour, a C1 CSI. */
const HOSTILE = '\u001b]0;owned\u0007\u001b[31m\u009b2J';

/** A referrer manifest carrying `layer` as its bundle layer. */
function referrer(layer: string): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: digestOf('{}'), size: 2 },
    layers: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, digest: digestOf(layer), size: layer.length }],
    subject: { mediaType: OCI_MANIFEST, digest: image.digest, size: 9 },
  });
}

/** A registry with the referrers API serving `files` by path (manifests and blobs); everything else is 404. */
function registry(referrers: readonly object[], files: Readonly<Record<string, ScriptedAnswer>>): ReturnType<typeof scripted> {
  return scripted((request: HttpRequest) => {
    if (request.url.pathname === `${base}/referrers/${image.digest}`) {
      return { status: 200, headers: { 'content-type': OCI_INDEX }, body: JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: referrers }) };
    }
    return files[request.url.pathname] ?? { status: 404, body: JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'not here' }] }) };
  });
}

/** What discovery makes of an image with one referrer whose bundle layer is `layer`. */
async function discoverOneLayer(layer: string): Promise<DiscoveredBundles> {
  const manifest = referrer(layer);
  const transport = registry([{ mediaType: OCI_MANIFEST, digest: digestOf(manifest), size: manifest.length, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE }], {
    [`${base}/manifests/${digestOf(manifest)}`]: { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: manifest },
    [`${base}/blobs/${digestOf(layer)}`]: { status: 200, body: layer },
  });
  return discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image);
}

test('a bundle layer that is not JSON is unreadable, and its reason quotes none of its bytes\' control characters', async () => {
  const layer = `${HOSTILE}not a bundle`;
  const discovered = await discoverOneLayer(layer);
  assert.equal(discovered.referrers.length, 0);
  assert.equal(discovered.unreadable.length, 1);
  const [unread] = discovered.unreadable;
  assert.match(unread?.reason ?? '', /^VERIFY_BUNDLE_INVALID: is not JSON/);
  assert.doesNotMatch(unread?.reason ?? '', CONTROL, JSON.stringify(unread));
});

test('a bundle layer that repeats a key in one object is unreadable, as a bundle file is (JSON.parse keeps the last, protobuf readers such as cosign\'s refuse it)', async () => {
  const layer = '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","dsseEnvelope":{"payload":"e30=","payload":"eyJhIjoxfQ=="}}';
  const discovered = await discoverOneLayer(layer);
  assert.equal(discovered.referrers.length, 0);
  assert.match(discovered.unreadable[0]?.reason ?? '', /^VERIFY_BUNDLE_INVALID: repeats the key "payload" in one object/);
});

test('a key a bundle layer repeats is quoted as core/quote quotes it: C1 controls escaped, the cut said', async () => {
  const key = JSON.stringify(`k\u009b2J${'x'.repeat(500)}`);
  const layer = `{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json",${key}:1,${key}:2}`;
  const discovered = await discoverOneLayer(layer);
  assert.match(discovered.unreadable[0]?.reason ?? '', /^VERIFY_BUNDLE_INVALID: repeats the key "k\\u009b2Jx+"\u2026 \(cut: 504 characters\) in one object/);
});

/** A referrer holding a JSON object as its bundle: what discovery reads (verifying it is not discovery's part). */
function goodReferrer(): { descriptor: object; files: Record<string, ScriptedAnswer> } {
  const layer = JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' });
  const manifest = referrer(layer);
  return {
    descriptor: { mediaType: OCI_MANIFEST, digest: digestOf(manifest), size: manifest.length, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE },
    files: {
      [`${base}/manifests/${digestOf(manifest)}`]: { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: manifest },
      [`${base}/blobs/${digestOf(layer)}`]: { status: 200, body: layer },
    },
  };
}

test('a hostile cosign 2 .sig or .att manifest is recorded as unreadable; the referrers beside it are still read', async () => {
  const good = goodReferrer();
  // Annotations that are not strings, and a manifest whose bytes are not the digest the registry claims for the tag.
  const sig = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}'), size: 2 }, layers: [{ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', digest: digestOf('p'), size: 1, annotations: { [`dev.cosignproject.cosign/signature${HOSTILE}`]: 7 } }] });
  const att = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}'), size: 2 }, layers: [] });
  const transport = registry([good.descriptor], {
    ...good.files,
    [`${base}/manifests/${legacySignatureTag(image.digest)}`]: { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: sig },
    [`${base}/manifests/${legacyAttestationTag(image.digest)}`]: { status: 200, headers: { 'content-type': OCI_MANIFEST, 'docker-content-digest': digestOf('another manifest') }, body: att },
  });
  const discovered = await discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image);
  assert.equal(discovered.referrers.length, 1);
  assert.deepEqual(discovered.unreadable.map((entry) => [entry.source, entry.reason.split(':')[0]]), [
    [legacySignatureTag(image.digest), 'OCI_MANIFEST_INVALID'],
    [legacyAttestationTag(image.digest), 'OCI_DIGEST_MISMATCH'],
  ]);
  for (const entry of discovered.unreadable) assert.doesNotMatch(entry.reason, CONTROL, JSON.stringify(entry));
});

test('a referrer listed without its type whose manifest is gone (404) is passed over; the referrers beside it are still read', async () => {
  const good = goodReferrer();
  const gone = { mediaType: OCI_MANIFEST, digest: digestOf('a deleted referrer'), size: 100 };
  const transport = registry([gone, good.descriptor], good.files);
  const discovered = await discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image);
  assert.equal(discovered.referrers.length, 1);
  assert.equal(discovered.referrers[0]?.source, `referrer ${(good.descriptor as { digest: string }).digest}`);
});

test('a referrer listed without its type whose manifest is invalid (anyone who may push can attach one) is unreadable; the referrers beside it are still read', async () => {
  const good = goodReferrer();
  const broken = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: digestOf('{}'), size: 2 }, layers: [{ mediaType: 'application/octet-stream', digest: digestOf('x'), size: -1 }], subject: { mediaType: OCI_MANIFEST, digest: image.digest, size: 9 } });
  const transport = registry([{ mediaType: OCI_MANIFEST, digest: digestOf(broken), size: broken.length }, good.descriptor], { ...good.files, [`${base}/manifests/${digestOf(broken)}`]: { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: broken } });
  const discovered = await discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image);
  assert.deepEqual(discovered.referrers.map((bundle) => bundle.source), [`referrer ${(good.descriptor as { digest: string }).digest}`]);
  assert.deepEqual(discovered.unreadable.map((entry) => entry.source), [`referrer ${digestOf(broken)}`]);
  assert.match(discovered.unreadable[0]?.reason ?? '', /^OCI_MANIFEST_INVALID: /);
});

test('the bundles read for one image are bounded in all, not only each: past the budget the rest are recorded as unreadable, not read', async () => {
  // Each bundle is well within the size of one; 64 referrers and 64 .att layers of the largest would hold gigabytes in memory.
  const referrers = [1, 2, 3].map((n) => {
    const layer = JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', padding: String(n).repeat(1000) });
    const manifest = referrer(layer);
    return {
      descriptor: { mediaType: OCI_MANIFEST, digest: digestOf(manifest), size: manifest.length, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE },
      files: {
        [`${base}/manifests/${digestOf(manifest)}`]: { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: manifest },
        [`${base}/blobs/${digestOf(layer)}`]: { status: 200, body: layer },
      },
    };
  });
  const transport = registry(
    referrers.map((entry) => entry.descriptor),
    Object.assign({}, ...referrers.map((entry) => entry.files)) as Record<string, ScriptedAnswer>,
  );
  const discovered = await discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image, { maxTotalBytes: 2500 });
  assert.equal(discovered.referrers.length, 2);
  assert.deepEqual(discovered.unreadable.map((entry) => entry.source), [`referrer ${referrers[2]?.descriptor.digest}`]);
  assert.match(discovered.unreadable[0]?.reason ?? '', /^OCI_TOO_LARGE: not read: it would take the bundles read for registry\.example\/acme\/app@sha256:[0-9a-f]{64} past 2500 bytes in all \(2\d{3} read before it\)/);
  // The third bundle was never fetched.
  assert.equal(transport.seen.filter((request) => request.url.pathname.includes('/blobs/')).length, 2);
});

test('past 64 bundle referrers the rest are not read, and the listing says so', async () => {
  const junk = Array.from({ length: 70 }, (_, n) => ({ mediaType: OCI_MANIFEST, digest: digestOf(`junk ${n}`), size: 4, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE }));
  const transport = registry(junk, {});
  const discovered = await discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image);
  assert.equal(discovered.unreadable.length, 65);
  assert.deepEqual(discovered.unreadable[0], { source: `registry.example/acme/app@${image.digest}`, reason: '70 bundle referrers; only the newest 64 were read' });
  assert.equal(transport.seen.filter((request) => request.url.pathname.includes('/manifests/sha256:')).length, 64);
});

test('past 64 bundle referrers the newest are read, by the time their manifests give (as cosign 3 and trust-kit write it): an image re-signed more often than that is verified by its latest, whatever order the registry lists them in', async () => {
  const good = goodReferrer();
  const at = (day: number): string => `2026-01-${String(day).padStart(2, '0')}T00:00:00Z`;
  // The registry lists by digest (as a store walk does): the newest bundle comes after 70 older ones.
  const older = Array.from({ length: 70 }, (_, n) => ({ mediaType: OCI_MANIFEST, digest: digestOf(`old ${n}`), size: 4, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE, annotations: { 'org.opencontainers.image.created': at(1 + (n % 20)) } }));
  const newest = { ...(good.descriptor as { digest: string }), annotations: { 'org.opencontainers.image.created': at(28) } };
  const undated = { mediaType: OCI_MANIFEST, digest: digestOf('undated'), size: 4, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE };
  const transport = registry([undated, ...older, newest], good.files);
  const discovered = await discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image);
  assert.deepEqual(discovered.referrers.map((entry) => entry.source), [`referrer ${newest.digest}`]);
  assert.equal(transport.seen.filter((request) => request.url.pathname.endsWith(`/manifests/${undated.digest}`)).length, 0, 'one without a time comes last');
});

test('past 64 layers of a cosign 2 .sig manifest the newest (last: cosign appends) are read', async () => {
  const layers = Array.from({ length: 66 }, (_, n) => ({ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', digest: digestOf(`payload ${n}`), size: `payload ${n}`.length, annotations: { [LEGACY_ANNOTATIONS.signature]: 'c2ln' } }));
  const sig = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}'), size: 2 }, layers });
  const files: Record<string, ScriptedAnswer> = { [`${base}/manifests/${legacySignatureTag(image.digest)}`]: { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: sig } };
  for (let n = 0; n < 66; n++) files[`${base}/blobs/${digestOf(`payload ${n}`)}`] = { status: 200, body: `payload ${n}` };
  const discovered = await discoverImageBundles(new RegistryClient({ transport: registry([], files), retry: FAST_RETRY }), image);
  assert.equal(discovered.legacySignatures.length, 64);
  assert.equal(discovered.legacySignatures.at(-1)?.source, `${legacySignatureTag(image.digest)} layer 66`);
  assert.equal(discovered.legacySignatures[0]?.source, `${legacySignatureTag(image.digest)} layer 3`);
  assert.deepEqual(discovered.unreadable, [{ source: legacySignatureTag(image.digest), reason: '66 layers; only the newest (last) 64 were read' }]);
});

test('a referrer listed many times is read once: repeats cannot crowd the others out of the referrers read', async () => {
  const good = goodReferrer();
  const junk = { mediaType: OCI_MANIFEST, digest: digestOf('junk'), size: 4, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE };
  const transport = registry([...Array.from({ length: 100 }, () => junk), good.descriptor], good.files);
  const discovered = await discoverImageBundles(new RegistryClient({ transport, retry: FAST_RETRY }), image);
  assert.equal(discovered.referrers.length, 1);
  assert.deepEqual(discovered.unreadable.map((entry) => entry.source), [`referrer ${junk.digest}`]);
  assert.equal(transport.seen.filter((request) => request.url.pathname.endsWith(`/manifests/${junk.digest}`)).length, 1);
});

/** A bundle whose certificate a CA of this organization issued (the name is all that picks an instance; nothing is verified here). */
function bundleIssuedBy(organization: string, source: string): DiscoveredBundles['referrers'][number] {
  const issuer = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const leaf = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const issuerName = der.name([[OID_ORGANIZATION, organization], [OID_COMMON_NAME, 'sigstore-intermediate']]);
  const certificate = issueCertificate({
    subject: der.name([]),
    spki: leaf.publicKey.export({ format: 'der', type: 'spki' }),
    issuerName,
    issuerKey: issuer.privateKey,
    issuerSpki: issuer.publicKey.export({ format: 'der', type: 'spki' }),
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 600_000),
  });
  return { json: { verificationMaterial: { certificate: { rawBytes: certificate.toString('base64') } } }, line: undefined, source, claimedType: undefined };
}

test('the trust verify-image loads is that of every instance whose certificates the image\'s bundles carry, not only the first bundle\'s', async () => {
  // GitHub's instance (a private repository's provenance, or anyone's referrer naming it) first, public-good's signature second.
  const discovered: DiscoveredBundles = { via: 'api', referrers: [bundleIssuedBy('GitHub, Inc.', 'referrer a'), bundleIssuedBy('sigstore.dev', 'referrer b')], legacySignatures: [bundleIssuedBy('sigstore.dev', '.sig layer 1')], legacyAttestations: [], unreadable: [] };
  const roots = { github: { label: 'github', certificateAuthorities: [] }, 'public-good': { label: 'public-good', certificateAuthorities: [] } } as const;
  const loaded: string[] = [];
  const trust = await imageTrust(discovered, async (bundle) => {
    const organization = bundle === discovered.referrers[0]?.json ? 'github' : 'public-good';
    loaded.push(organization);
    return new TrustMaterial([roots[organization] as never]);
  });
  assert.deepEqual(loaded, ['github', 'public-good']);
  assert.equal(trust?.label, 'github, public-good');
  // Nothing attached: the trust of a bundle-less verification, as before (it fails for want of a bundle, not of trust).
  const none = await imageTrust({ ...discovered, referrers: [], legacySignatures: [] }, async (bundle) => {
    assert.equal(bundle, undefined);
    return undefined;
  });
  assert.equal(none, undefined);
});

test('a cosign 2 .sig or .att layer signed with a key and carrying that key\'s certificate (cosign sign --key --certificate) verifies under --key, as cosign 2 and 3 verify it: the key decides, not the certificate', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = (pair: typeof key): Buffer => pair.publicKey.export({ format: 'der', type: 'spki' });
  // A private CA's certificate for the key: what `cosign sign --key cosign.key --certificate signer.pem` attaches.
  const certificate = toPEM(issueCertificate({ subject: der.name([[OID_COMMON_NAME, 'signer@example.com']]), spki: spki(key), issuerName: der.name([[OID_COMMON_NAME, 'private CA']]), issuerKey: ca.privateKey, issuerSpki: spki(ca), notBefore: new Date(Date.now() - 60_000), notAfter: new Date(Date.now() + 600_000) }));
  const payload = simpleSigningPayload({ reference: image, mediaType: MEDIA_TYPES.ociManifest, size: 9 });
  const signature = sign('sha256', payload, key.privateKey).toString('base64');
  const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: `${image.registry}/${image.repository}`, digest: { sha256: image.digest.slice('sha256:'.length) } }], predicateType: 'https://example.com/test-result/v1', predicate: {} }));
  const pae = Buffer.from(`DSSEv1 28 application/vnd.in-toto+json ${statement.length} ${statement.toString('utf8')}`);
  const envelope = { payload: statement.toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: sign('sha256', pae, key.privateKey).toString('base64'), keyid: '' }] };
  // How discovery turns the layers into bundles: the .sig's payload and annotations, the .att's envelope beside its annotations' material.
  const { messageSignature: _none, ...material } = legacyBundle(Buffer.alloc(0), { [LEGACY_ANNOTATIONS.signature]: '', [LEGACY_ANNOTATIONS.certificate]: certificate }) as { messageSignature: unknown };
  const discovered: DiscoveredBundles = {
    via: 'api',
    referrers: [],
    legacySignatures: [{ json: legacyBundle(payload, { [LEGACY_ANNOTATIONS.signature]: signature, [LEGACY_ANNOTATIONS.certificate]: certificate }), line: undefined, source: '.sig layer 1', claimedType: COSIGN_SIGN_PREDICATE_TYPE, payload }],
    legacyAttestations: [{ json: { ...material, dsseEnvelope: envelope }, line: undefined, source: '.att layer 1', claimedType: 'https://example.com/test-result/v1' }],
    unreadable: [],
  };
  const verify = (publicKey: typeof key.publicKey) => verifyImageBundles({ image, discovered, policy: { kind: 'key', publicKey, source: 'cosign.pub', transparencyLog: 'ignored' }, trust: undefined, signature: true, predicateTypes: ['https://example.com/test-result/v1'] });
  assert.deepEqual(verify(key.publicKey).map((entry) => entry.source), ['.sig layer 1', '.att layer 1']);
  // The certificate vouches for nothing: another key is refused, the signature being checked with it.
  assert.throws(() => verify(other.publicKey), { code: 'VERIFY_SIGNATURE_INVALID' });
});

test('a cosign 2 .sig layer whose signed payload names this digest but is not a cosign image signature (the GPG simple-signing "atomic container signature", another type) is refused, as sigstore\'s payload reader and containers/image refuse it', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signed = (type: string): DiscoveredBundles['legacySignatures'][number] => {
    const payload = Buffer.from(JSON.stringify({ critical: { identity: { 'docker-reference': `${image.registry}/${image.repository}` }, image: { 'docker-manifest-digest': image.digest }, type }, optional: null }));
    return { json: legacyBundle(payload, { [LEGACY_ANNOTATIONS.signature]: sign('sha256', payload, key.privateKey).toString('base64') }), line: undefined, source: '.sig layer 1', claimedType: COSIGN_SIGN_PREDICATE_TYPE, payload };
  };
  const verify = (type: string) => verifyImageBundles({ image, discovered: { via: 'api', referrers: [], legacySignatures: [signed(type)], legacyAttestations: [], unreadable: [] }, policy: { kind: 'key', publicKey: key.publicKey, source: 'cosign.pub', transparencyLog: 'ignored' }, trust: undefined, signature: true, predicateTypes: [] });
  assert.equal(verify('cosign container image signature')[0]?.source, '.sig layer 1');
  for (const type of ['atomic container signature', 'Cosign Container Image Signature', `${HOSTILE}`]) {
    assert.throws(() => verify(type), (error: { code?: string; message: string }) => {
      assert.equal(error.code, 'VERIFY_BUNDLE_UNSUPPORTED', error.message);
      assert.match(error.message, /^\.sig layer 1: its signed payload is a "[^"]*" signature, not a cosign container image signature/);
      assert.doesNotMatch(error.message, CONTROL);
      return true;
    });
  }
});

test('asking for cosign\'s signature predicate type as an attestation (--no-signature --predicate-type https://sigstore.dev/cosign/sign/v1) requires the signature: an unsigned image is not verified by asking for nothing else', () => {
  const unsigned: DiscoveredBundles = { via: 'api', referrers: [], legacySignatures: [], legacyAttestations: [], unreadable: [] };
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const verify = (signature: boolean, predicateTypes: string[]) => verifyImageBundles({ image, discovered: unsigned, policy: { kind: 'key', publicKey: key.publicKey, source: 'cosign.pub', transparencyLog: 'ignored' }, trust: undefined, signature, predicateTypes });
  assert.throws(() => verify(false, [COSIGN_SIGN_PREDICATE_TYPE]), { code: 'VERIFY_IMAGE_UNSIGNED', message: /has no signature/ });
  assert.throws(() => verify(true, [COSIGN_SIGN_PREDICATE_TYPE]), { code: 'VERIFY_IMAGE_UNSIGNED', message: /has no signature/ });
  // Nothing asked for is nothing verified: refused (the CLI asks for something), not an empty success.
  assert.throws(() => verify(false, []), { code: 'IMAGES_INTERNAL' });
});

test('a failure with bundles left unread (past a bound) says so, rather than only that the bundle or the image was altered: one not read might verify', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const payload = simpleSigningPayload({ reference: image, mediaType: OCI_MANIFEST, size: 9 });
  const signed: DiscoveredBundles['legacySignatures'][number] = { json: legacyBundle(payload, { [LEGACY_ANNOTATIONS.signature]: sign('sha256', payload, other.privateKey).toString('base64') }), line: undefined, source: '.sig layer 3', claimedType: COSIGN_SIGN_PREDICATE_TYPE, payload };
  const unread = { source: legacySignatureTag(image.digest), reason: '66 layers; only the newest (last) 64 were read' };
  const discovered: DiscoveredBundles = { via: 'api', referrers: [], legacySignatures: [signed], legacyAttestations: [], unreadable: [unread] };
  assert.throws(() => verifyImageBundles({ image, discovered, policy: { kind: 'key', publicKey: key.publicKey, source: 'cosign.pub', transparencyLog: 'ignored' }, trust: undefined, signature: true, predicateTypes: [] }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'VERIFY_SIGNATURE_INVALID', error.message);
    assert.match(error.message, /; one more source of bundles was not read \(sha256-[0-9a-f]{64}\.sig: 66 layers; only the newest \(last\) 64 were read\)$/);
    assert.match(error.hint ?? '', /^none of the bundles read verified, and one not read might: /);
    return true;
  });
});
