// Attacks on the verifier: forged and ambiguous bundles built from ones signed against the loopback
// Sigstore stack, and certificates from a stack CA that break Fulcio's profile. Each must be refused.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FULCIO_OIDS } from '../../src/sigstore/verify/certificate.js';
import { exactly, githubPolicy, loadPrehashedVerifier, loadPublicKey, loadTrustMaterial, matching, verifyBundle, type CertificatePolicy, type PrehashedVerifier, type TrustMaterial } from '../../src/sigstore/verify/index.js';
import { readAttestationBundles, readBundleFile, resolvePolicy, verifyArtifact, WHOLE_READ_BYTES } from '../../src/sigstore/verify/files.js';
import * as der from '../support/sigstore/der.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { CertificateTransparencyLog, FulcioCA } from '../support/sigstore/fulcio.js';
import { TimestampAuthority, type TokenFlaws } from '../support/sigstore/tsa.js';
import { canonicalJSON } from '../support/sigstore/jcs.js';
import { extension, issueCertificate, signCertificate, tbsCertificate, toPEM } from '../support/sigstore/x509.js';
import { tempDir } from '../support/tmp.js';
import { startInstance, toV03, type Instance } from './sigstore-js.js';

const IDENTITY = 'https://github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';
const ARTIFACT = Buffer.from('trust-kit release artifact\n');
const OTHER = Buffer.from('a different artifact\n');
const digestOf = (algorithm: string, data: Buffer | string): string => createHash(algorithm).update(data).digest('hex');
const policy = (identity = IDENTITY): CertificatePolicy => ({ kind: 'certificate', identity: exactly(identity), issuer: exactly(ISSUER), extensions: {} });

type Json = Record<string, unknown>;
type Entry = Json & { inclusionPromise?: Json; inclusionProof?: Json };
type Material = Json & { tlogEntries: Entry[]; timestampVerificationData?: { rfc3161Timestamps: Json[] } };

function edit(bundle: Json, change: (copy: Json & { verificationMaterial: Material }) => void): Json {
  const copy = structuredClone(bundle) as Json & { verificationMaterial: Material };
  change(copy);
  return copy;
}

/** {@link rejects}, for one case of several: `what` names it in a failure. */
function refusedAs(what: string, run: () => unknown, code: string, message: RegExp): void {
  assert.throws(run, (error: { code?: string; message?: string }) => {
    assert.equal(error.code, code, `${what}: ${error.message ?? ''}`);
    assert.match(error.message ?? '', message, what);
    return true;
  }, what);
}

function rejects(run: () => unknown, code: string, message?: RegExp): void {
  assert.throws(run, (error: { code?: string; message?: string }) => {
    assert.equal(error.code, code, error.message);
    if (message !== undefined) assert.match(error.message ?? '', message);
    return true;
  });
}

/** How a forged trusted root differs from the stack's: the Fulcio CA chain it lists, the timestamp authority's profile. */
interface ForgeryOptions {
  chain?: (ca: FulcioCA) => Buffer[];
  tsa?: ConstructorParameters<typeof TimestampAuthority>[3];
  /** When the timestamp authority's certificates are valid: the CA's validity unless given. */
  tsaValidity?: { from: Date; to: Date };
  /** The one time the timestamp authority stamps, rather than its clock's: tokens it makes then share a genTime. */
  stampedAt?: Date;
}

/**
 * A CA certificate of the stack's Fulcio CA issued again, with the same name and key (so the
 * leaves it issued still chain to it), by `issuer`, changed as `changes` say.
 */
function reissued(ca: FulcioCA, subject: FulcioCA['root'], issuer: FulcioCA['root'], changes: Partial<Parameters<typeof issueCertificate>[0]>): Buffer {
  return issueCertificate({ subject: subject.name, spki: subject.spki, issuerName: issuer.name, issuerKey: issuer.privateKey, issuerSpki: issuer.spki, notBefore: ca.validFrom, notAfter: ca.validUntil, ca: { pathLength: 0 }, ...changes });
}

/** A CA and TSA of the stack's kind outside any running service, to issue leaves that break Fulcio's profile. */
function forgeryKit(options: ForgeryOptions = {}): { trust: TrustMaterial; tsa: TimestampAuthority; bundleFor: (leaf: (tbs: Parameters<typeof tbsCertificate>[0]) => Buffer, flaws?: TokenFlaws) => Json } {
  const clock = (): Date => new Date();
  const ca = new FulcioCA(clock, new CertificateTransparencyLog(clock), new Date());
  const { stampedAt } = options;
  const tsa = new TimestampAuthority(stampedAt === undefined ? clock : () => stampedAt, options.tsaValidity?.from ?? ca.validFrom, options.tsaValidity?.to ?? ca.validUntil, options.tsa);
  const validFor = { start: ca.validFrom.toISOString() };
  const chain = (certificates: Buffer[]): Json => ({ certificates: certificates.map((c) => ({ rawBytes: c.toString('base64') })) });
  const trust = loadTrustMaterial({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    ctlogs: [],
    certificateAuthorities: [{ uri: 'https://fulcio.forged', certChain: chain(options.chain?.(ca) ?? ca.chain), validFor }],
    timestampAuthorities: [{ uri: 'https://tsa.forged', certChain: chain(tsa.chain), validFor }],
  }, 'forged.json');
  const bundleFor = (leaf: (template: Parameters<typeof tbsCertificate>[0]) => Buffer, flaws: TokenFlaws = {}): Json => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const now = new Date();
    const tbs = leaf({
      subject: der.sequence(),
      spki: keys.publicKey.export({ format: 'der', type: 'spki' }),
      issuerName: ca.intermediate.name,
      issuerKey: ca.intermediate.privateKey,
      issuerSpki: ca.intermediate.spki,
      notBefore: new Date(now.getTime() - 60000),
      notAfter: new Date(now.getTime() + 600000),
      extendedKeyUsage: { oid: '1.3.6.1.5.5.7.3.3', critical: false },
      extensions: [extension('1.3.6.1.4.1.57264.1.8', der.utf8String(ISSUER))],
    });
    const certificate = signCertificate(tbs, ca.intermediate.privateKey);
    const signature = sign('sha256', ARTIFACT, keys.privateKey);
    const timestamp = tsa.timestamp({ policy: '1.3.6.1.4.1.57264.2', hashOID: '2.16.840.1.101.3.4.2.1', hashedMessage: createHash('sha256').update(signature).digest(), nonce: undefined, certReq: false }, flaws);
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { certificate: { rawBytes: certificate.toString('base64') }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: timestamp.toString('base64') }] } },
      messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(ARTIFACT).digest('base64') }, signature: signature.toString('base64') },
    };
  };
  return { trust, tsa, bundleFor };
}

const uri = (value: string): Buffer => der.implicitPrimitive(6, Buffer.from(value, 'ascii'));
const email = (value: string): Buffer => der.implicitPrimitive(1, Buffer.from(value, 'ascii'));
const subjectAltNames = (...names: Buffer[]): Buffer => extension('2.5.29.17', der.sequence(...names), true);

describe('verifier attacks', () => {
  let instance: Instance;
  let trust: TrustMaterial;
  let blob: Json;
  let otherBlob: Json;
  let attestation: Json;
  let verifyPrehashed: PrehashedVerifier;

  before(async () => {
    verifyPrehashed = await loadPrehashedVerifier();
    instance = await startInstance({ tlog: true, tsa: true });
    trust = loadTrustMaterial(instance.trustedRoot, 'stack.json');
    blob = toV03(await instance.signBlob(ARTIFACT));
    otherBlob = toV03(await instance.signBlob(OTHER));
    attestation = await instance.attest({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'widget.tar.gz', digest: { sha256: digestOf('sha256', ARTIFACT) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} });
  });
  after(() => instance.close());

  it('the unmodified bundles verify (the attacks below start from valid material)', () => {
    const result = verifyBundle(blob, { bytes: ARTIFACT }, policy(), trust);
    assert.deepEqual(result.timestamps.map((t) => t.source).sort(), ['timestamp-authority', 'transparency-log']);
    verifyBundle(attestation, { bytes: ARTIFACT }, policy(), trust);
  });

  describe('identity', () => {
    it('a pattern cannot close the anchoring group: x)|(.* is refused rather than matching everything', () => {
      assert.throws(() => matching('https://nobody\\.example)|(.*'), SyntaxError);
    });

    it('a certificate with several subject alternative names, or none, is refused, whichever identity the policy accepts', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      verifyBundle(bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] })), { bytes: ARTIFACT }, policy(), forged);
      const twoNames = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(email('attacker@evil.example'), uri(IDENTITY))] }));
      rejects(() => verifyBundle(twoNames, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /subject alternative name/);
      const twoExtensions = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY)), subjectAltNames(uri('https://evil.example'))] }));
      rejects(() => verifyBundle(twoExtensions, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID');
      // No name is no identity, not an empty one that a policy accepting any identity would match.
      const nameless = bundleFor((template) => tbsCertificate(template));
      rejects(() => verifyBundle(nameless, { bytes: ARTIFACT }, { ...policy(), identity: matching('.*') }, forged), 'VERIFY_CERTIFICATE_INVALID', /carries 0 subject alternative names/);
    });

    it('an otherName SAN is an identity only as Fulcio\'s username (1.3.6.1.4.1.57264.1.7, UTF-8): another type or bytes that are not UTF-8 match nothing', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const otherName = (typeId: string, value: Buffer): Buffer => der.explicit(0, Buffer.concat([der.oid(typeId), der.explicit(0, der.tlv(0x0c, value))]));
      const withName = (name: Buffer): Json => bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(name)] }));
      const username = verifyBundle(withName(otherName('1.3.6.1.4.1.57264.1.7', Buffer.from('octo\u00e9!oidc.example'))), { bytes: ARTIFACT }, policy('octo\u00e9!oidc.example'), forged);
      assert.equal(username.signer.kind === 'certificate' ? username.signer.subjectAlternativeName : undefined, 'octo\u00e9!oidc.example');
      rejects(() => verifyBundle(withName(otherName('1.3.6.1.4.1.99999.1', Buffer.from(IDENTITY))), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_POLICY_IDENTITY_MISMATCH');
      // OpenSSL (Node's X509Certificate) already refuses to read these certificates; the name's own reader refuses them too.
      assert.throws(() => verifyBundle(withName(otherName('1.3.6.1.4.1.57264.1.7', Buffer.from([0x66, 0xff, 0x21]))), { bytes: ARTIFACT }, policy('f\ufffd!'), forged), { code: /^VERIFY_CERTIFICATE_/ });
      assert.throws(() => verifyBundle(withName(der.explicit(0, der.oid('1.3.6.1.4.1.57264.1.7'))), { bytes: ARTIFACT }, policy(), forged), { code: /^VERIFY_CERTIFICATE_/ });
    });

    it('a certificate followed by more bytes is refused, as Go\'s x509 parser (cosign, sigstore-go) refuses it', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const bundle = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] }));
      verifyBundle(bundle, { bytes: ARTIFACT }, policy(), forged);
      const trailing = edit(bundle, (copy) => {
        const certificate = copy.verificationMaterial.certificate as { rawBytes: string };
        certificate.rawBytes = Buffer.concat([Buffer.from(certificate.rawBytes, 'base64'), Buffer.from([0x05, 0x00])]).toString('base64');
      });
      rejects(() => verifyBundle(trailing, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /bytes after a DER element/);
    });

    it('a Fulcio v2 extension that is not a DER UTF8String is refused, not read as raw text (Go\'s readers refuse it)', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const withIssuer = (value: Buffer): Json => bundleFor((template) => tbsCertificate({ ...template, extensions: [extension('1.3.6.1.4.1.57264.1.8', value), subjectAltNames(uri(IDENTITY))] }));
      verifyBundle(withIssuer(der.utf8String(ISSUER)), { bytes: ARTIFACT }, policy(), forged);
      rejects(() => verifyBundle(withIssuer(Buffer.from(ISSUER, 'utf8')), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /1\.3\.6\.1\.4\.1\.57264\.1\.8 .*not a DER UTF8String/);
      // A UTF8String followed by more bytes is no DER UTF8String either: Go's asn1 readers refuse the trailing data.
      rejects(() => verifyBundle(withIssuer(Buffer.concat([der.utf8String(ISSUER), der.nullValue()])), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /1\.3\.6\.1\.4\.1\.57264\.1\.8 .*not a DER UTF8String/);
      // Nor does a malformed v2 issuer give way to the v1 one.
      const both = bundleFor((template) => tbsCertificate({ ...template, extensions: [extension('1.3.6.1.4.1.57264.1.8', Buffer.from('x', 'utf8')), extension('1.3.6.1.4.1.57264.1.1', Buffer.from(ISSUER, 'utf8')), subjectAltNames(uri(IDENTITY))] }));
      rejects(() => verifyBundle(both, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID');
    });

    it('a URI or email name that is no IA5String (non-ASCII, a look-alike) or a URI with control characters is refused, as Go\'s x509 refuses it', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const named = (name: Buffer): Json => bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(name)] }));
      const lookalike = IDENTITY.replace('octo-org', '\u043ecto-org');
      for (const name of [der.implicitPrimitive(6, Buffer.from(lookalike, 'utf8')), der.implicitPrimitive(1, Buffer.from('\u043ecto@example.com', 'utf8')), der.implicitPrimitive(6, Buffer.from(`${IDENTITY}\u0007`, 'latin1'))]) {
        const value = name.subarray(2).toString('utf8');
        rejects(() => verifyBundle(named(name), { bytes: ARTIFACT }, policy(value), forged), 'VERIFY_CERTIFICATE_INVALID', /subject alternative name .*IA5String|control character/);
      }
    });

    it('a Fulcio extension the policy names is a mismatch when the certificate lacks it, compared exactly or ignoring case', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      // The leaf carries the OIDC issuer extension alone.
      const bundle = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] }));
      verifyBundle(bundle, { bytes: ARTIFACT }, policy(), forged);
      rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, { ...policy(), extensions: { sourceRepositoryRef: 'refs/tags/v1.2.3' } }, forged), 'VERIFY_POLICY_EXTENSION_MISMATCH', /sourceRepositoryRef .* "refs\/tags\/v1\.2\.3", found none/);
      rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, { ...policy(), extensions: { sourceRepositoryURI: 'https://github.com/octo-org/widget' }, extensionsIgnoringCase: ['sourceRepositoryURI'] }, forged), 'VERIFY_POLICY_EXTENSION_MISMATCH', /found none/);
      // Ignoring case is ASCII's: the Kelvin sign (U+212A), which Unicode lowercases to k, is no k.
      const kelvin = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), extension('1.3.6.1.4.1.57264.1.12', der.utf8String('https://github.com/octo-org/\u212Ait')), subjectAltNames(uri(IDENTITY))] }));
      const repository = (value: string): CertificatePolicy => ({ ...policy(), extensions: { sourceRepositoryURI: value }, extensionsIgnoringCase: ['sourceRepositoryURI'] });
      verifyBundle(kelvin, { bytes: ARTIFACT }, repository('https://github.com/octo-org/\u212AIT'), forged);
      rejects(() => verifyBundle(kelvin, { bytes: ARTIFACT }, repository('https://github.com/octo-org/kit'), forged), 'VERIFY_POLICY_EXTENSION_MISMATCH');
    });

    it('a certificate naming two different OIDC issuers (v1 and v2 extensions) is refused', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const withIssuerV1 = (value: string): Json => bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), extension('1.3.6.1.4.1.57264.1.1', Buffer.from(value, 'utf8')), subjectAltNames(uri(IDENTITY))] }));
      verifyBundle(withIssuerV1(ISSUER), { bytes: ARTIFACT }, policy(), forged);
      rejects(() => verifyBundle(withIssuerV1('https://issuer.evil.example'), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /two OIDC issuers/);
    });

    it('a certificate naming two different source repositories (the older .1.5, which cosign pins, and .1.12, which trust-kit pins) is refused; one repository in either case is not', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const withRepositories = (v1: string, v2: string): Json =>
        bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), extension('1.3.6.1.4.1.57264.1.5', Buffer.from(v1, 'utf8')), extension('1.3.6.1.4.1.57264.1.12', der.utf8String(v2)), subjectAltNames(uri(IDENTITY))] }));
      verifyBundle(withRepositories('octo-org/widget', 'https://github.com/octo-org/widget'), { bytes: ARTIFACT }, policy(), forged);
      verifyBundle(withRepositories('Octo-Org/Widget', 'https://github.com/octo-org/widget'), { bytes: ARTIFACT }, policy(), forged);
      for (const [v1, v2] of [['evil-org/widget', 'https://github.com/octo-org/widget'], ['octo-org/widget', 'https://github.com/evil-org/widget']]) {
        rejects(() => verifyBundle(withRepositories(v1 ?? '', v2 ?? ''), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /names two source repositories/);
      }
    });

    it('URL-encoded, Unicode look-alike, trailing-slash and other-case identities do not match', () => {
      for (const lookalike of [IDENTITY.replace('/.github/', '%2F.github%2F'), IDENTITY.replace('octo-org', 'оcto-org'), `${IDENTITY}/`, IDENTITY.replace('octo-org', 'Octo-Org'), IDENTITY.replace('github.com', 'github.com.evil.example')]) {
        rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(lookalike), trust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
      }
    });

  });

  describe('certificate path', () => {
    it('a leaf without the code-signing extended key usage is refused', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const bundle = bundleFor((template) => {
        const { extendedKeyUsage: _drop, ...rest } = template;
        return tbsCertificate({ ...rest, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] });
      });
      rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /code signing/);
    });

    it('a leaf whose key usage lacks digitalSignature is refused', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const bundle = bundleFor((template) => {
        const tbs = tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] });
        // The leaf's KeyUsage BIT STRING 07 80 (digitalSignature) becomes 05 20 (keyEncipherment), same length.
        const at = tbs.indexOf(Buffer.from([0x04, 0x04, 0x03, 0x02, 0x07, 0x80]));
        assert.ok(at > 0);
        tbs[at + 4] = 0x05;
        tbs[at + 5] = 0x20;
        return tbs;
      });
      rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /digitalSignature/);
    });

    it('a leaf with a critical extension the verifier does not process (the CT precertificate poison) is refused', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const poisoned = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY)), extension('1.3.6.1.4.1.11129.2.4.3', der.nullValue(), true)] }));
      rejects(() => verifyBundle(poisoned, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /1\.3\.6\.1\.4\.1\.11129\.2\.4\.3/);
    });

    it('an SCT from a CT log key retired before the SCT was made is refused', () => {
      const root = structuredClone(instance.trustedRoot) as Json & { ctlogs: (Json & { publicKey: Json })[] };
      for (const log of root.ctlogs) log.publicKey.validFor = { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' };
      // The root is the cause, and is said to be: not the bundle, which is genuine.
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'retired-ct.json')), 'VERIFY_SCT_INVALID', /signed certificate timestamp of CT log \S+ was made at \S+, outside the validity of the log's key in retired-ct\.json/);
    });

    it('a trusted root of thousands of logs, none of which logged the bundle, is named in a bounded message: a few, each bounded, and how many more', () => {
      const root = structuredClone(instance.trustedRoot) as Json & { tlogs: (Json & { logId: Json; baseUrl: string })[]; certificateAuthorities: (Json & { subject: Json })[] };
      const log = root.tlogs[0] as Json & { logId: Json; baseUrl: string };
      root.tlogs = Array.from({ length: 3000 }, (_, index) => ({ ...structuredClone(log), baseUrl: `https://rekor${index}.example/${'x'.repeat(300)}`, logId: { keyId: createHash('sha256').update(`log ${index}`).digest('base64') } }));
      let error: { code?: string; message?: string } | undefined;
      try {
        verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'crowded.json'));
      } catch (caught) {
        error = caught as typeof error;
      }
      assert.equal(error?.code, 'VERIFY_TLOG_UNTRUSTED', error?.message);
      assert.match(error?.message ?? '', / and 2992 more\)$/);
      assert.ok((error?.message?.length ?? 0) < 2500, `${error?.message?.length ?? 0} characters`);
    });

    it('an SCT is checked with the CT log its log id names: the same key listed under another log id verifies no SCT', () => {
      const root = structuredClone(instance.trustedRoot) as Json & { ctlogs: (Json & { logId: Json })[] };
      for (const log of root.ctlogs) log.logId = { keyId: createHash('sha256').update('another CT log').digest('base64') };
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'relabelled-ct.json')), 'VERIFY_SCT_INVALID', /none of the certificate's \d+ signed certificate timestamp/);
    });

    it('a leaf whose issuing CA certificate had expired at the signed time is refused, though the trusted root lists the CA for that time', () => {
      const past = { notBefore: new Date(Date.now() - 7_200_000), notAfter: new Date(Date.now() - 3_600_000) };
      // The intermediate issued again with the same name and key, valid only until an hour ago: the leaves it signs still chain to it.
      const { trust: forged, bundleFor } = forgeryKit({ chain: (ca) => [reissued(ca, ca.intermediate, ca.root, past), ca.root.certificate] });
      const bundle = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] }));
      rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_EXPIRED', /the timestamp-authority time \S+ is outside the validity of the issuing CA "[^"]+" \(\S+ to \S+\)/);
    });

    it('a leaf from the trusted CA verifies, but not as a CA certificate nor when it expired before the signed time', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const withName = (template: Parameters<typeof tbsCertificate>[0]): Parameters<typeof tbsCertificate>[0] => ({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] });
      verifyBundle(bundleFor((template) => tbsCertificate(withName(template))), { bytes: ARTIFACT }, policy(), forged);
      rejects(() => verifyBundle(bundleFor((template) => tbsCertificate({ ...withName(template), ca: { pathLength: 0 } })), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID');
      // A CA certificate whose key usage also allows signatures (digitalSignature and keyCertSign), code signing named: refused for being a CA.
      rejects(() => verifyBundle(bundleFor((template) => tbsCertificate({ ...withName(template), ca: { pathLength: 0, keyUsage: 0x84 } })), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /is a CA certificate/);
      // CA:TRUE with digitalSignature alone: OpenSSL (Node's X509Certificate#ca) reads it as no CA, basic constraints say CA.
      rejects(() => verifyBundle(bundleFor((template) => tbsCertificate({ ...withName(template), ca: { pathLength: 0, keyUsage: 0x80 } })), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /is a CA certificate/);
      const expired = bundleFor((template) => tbsCertificate({ ...withName(template), notBefore: new Date(Date.now() - 7200000), notAfter: new Date(Date.now() - 3600000) }));
      rejects(() => verifyBundle(expired, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_EXPIRED', /timestamp-authority time/);
    });
  });

  describe('trusted root chains', () => {
    const withName = (template: Parameters<typeof tbsCertificate>[0]): Buffer => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] });

    it('a log, CT log, CA or timestamp authority trusted only from after the signing is refused: each validity window is checked at its start, not only at its end', () => {
      type Root = Json & Record<'tlogs' | 'ctlogs', (Json & { publicKey: Json })[]> & Record<'certificateAuthorities' | 'timestampAuthorities', Json[]>;
      const future = { start: '2100-01-01T00:00:00Z' };
      for (const [what, change, code, message] of [
        ['tlogs', (root: Root) => root.tlogs.forEach((log) => (log.publicKey.validFor = future)), 'VERIFY_TLOG_UNTRUSTED', /outside the validity of the log's key/],
        ['ctlogs', (root: Root) => root.ctlogs.forEach((log) => (log.publicKey.validFor = future)), 'VERIFY_SCT_INVALID', /signed certificate timestamp/],
        ['certificateAuthorities', (root: Root) => root.certificateAuthorities.forEach((ca) => (ca.validFor = future)), 'VERIFY_CERTIFICATE_EXPIRED', /outside the window the trusted root trusts the issuing CA "[^"]+" in \(validFor from 2100-01-01T00:00:00.000Z, with no end\)/],
        ['timestampAuthorities', (root: Root) => root.timestampAuthorities.forEach((tsa) => (tsa.validFor = future)), 'VERIFY_TIMESTAMP_INVALID', /outside the window the trusted root trusts its timestamp authority in \(validFor from 2100-01-01T00:00:00.000Z, with no end\)/],
      ] as const) {
        const root = structuredClone(instance.trustedRoot) as Root;
        change(root);
        refusedAs(what, () => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, `${what}-from-2100.json`)), code, message);
        // The trusted root's own window left the time out, not a certificate: said so, not "not made while its certificate was valid".
        if (what !== 'ctlogs') {
          assert.throws(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, `${what}-from-2100.json`)), (error: { hint?: string }) => /^the trusted root (lists this log, but not as trusted then|does not trust that authority at the time the bundle was signed)/.test(error.hint ?? ''), what);
        }
      }
    });

    it('a Fulcio CA whose chain in the trusted root cannot vouch for code signing is refused, as cosign and sigstore-js refuse it', () => {
      const { trust: sound, bundleFor: soundBundle } = forgeryKit();
      verifyBundle(soundBundle(withName), { bytes: ARTIFACT }, policy(), sound);
      const otherRoot = (ca: FulcioCA): FulcioCA['root'] => {
        const keys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
        return { ...ca.root, privateKey: keys.privateKey, spki: keys.publicKey.export({ format: 'der', type: 'spki' }) };
      };
      const broken: [string, (ca: FulcioCA) => Buffer[], RegExp][] = [
        // The root listed has the real root's name but another key: it never signed the intermediate.
        ['a root that did not sign the intermediate', (ca) => {
          const impostor = otherRoot(ca);
          return [ca.intermediate.certificate, reissued(ca, impostor, impostor, { ca: { pathLength: 1 } })];
        }, /certChain\[0\] .* is not signed by certChain\[1\]/],
        ['an intermediate for TLS servers only', (ca) => [reissued(ca, ca.intermediate, ca.root, { extendedKeyUsage: { oid: '1.3.6.1.5.5.7.3.1', critical: false } }), ca.root.certificate], /certChain\[0\] .* extended key usage without codeSigning/],
        ['a root that allows no CA below it', (ca) => [ca.intermediate.certificate, reissued(ca, ca.root, ca.root, { ca: { pathLength: 0 } })], /certChain\[1\] .* allows 0 CA certificates below it \(pathLenConstraint\), but 1 follows it/],
        ['a root that is not a CA', (ca) => [ca.intermediate.certificate, reissued(ca, ca.root, ca.root, { ca: { pathLength: undefined, cA: false } })], /certChain\[1\] .* is not a CA certificate/],
        ['a root whose key may not sign certificates', (ca) => [ca.intermediate.certificate, reissued(ca, ca.root, ca.root, { ca: { pathLength: 1, keyUsage: 0x80 } })], /certChain\[1\] .* key usage lacks keyCertSign/],
        // Signed with the root's key, but naming another issuer: names chain a path as much as keys do (Go's x509, OpenSSL).
        ['an intermediate naming an issuer other than the root that signed it', (ca) => [reissued(ca, ca.intermediate, { ...ca.root, name: der.name([['2.5.4.10', 'trust-kit.test'], ['2.5.4.3', 'another root']]) }, {}), ca.root.certificate], /certChain\[0\] .* is not signed by certChain\[1\]/],
      ];
      for (const [what, chain, reason] of broken) {
        const { trust: forged, bundleFor } = forgeryKit({ chain });
        refusedAs(what, () => verifyBundle(bundleFor(withName), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_UNTRUSTED', reason);
      }
    });

    it('a CA certificate without a key usage extension may issue: RFC 5280 and Go\'s x509 read no extension as no restriction', () => {
      const { trust: forged, bundleFor } = forgeryKit({ chain: (ca) => [ca.intermediate.certificate, reissued(ca, ca.root, ca.root, { ca: { pathLength: 1, keyUsage: null } })] });
      verifyBundle(bundleFor(withName), { bytes: ARTIFACT }, policy(), forged);
    });

    it('a timestamp authority whose chain cannot vouch for timestamps is refused: a signing certificate for code signing, a root that is not a CA', () => {
      for (const [what, tsa, reason] of [
        ['code signing', { signerExtendedKeyUsage: '1.3.6.1.5.5.7.3.3' }, /certChain\[0\] .* extended key usage without timeStamping/],
        ['a root that is not a CA', { rootIsCA: false }, /certChain\[1\] .* is not a CA certificate/],
      ] as const) {
        const { trust: forged, bundleFor } = forgeryKit({ tsa });
        refusedAs(what, () => verifyBundle(bundleFor(withName), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_TIMESTAMP_INVALID', new RegExp(`cannot vouch for timestamps: ${reason.source}`));
      }
    });

    it('a timestamp signed by a certificate that is not a TSA leaf (RFC 3161 2.3: a critical extended key usage of timeStamping alone, no CA) is refused, as sigstore-go refuses it', () => {
      for (const [what, tsa, reason] of [
        ['no extended key usage', { signerExtendedKeyUsage: [] }, /certChain\[0\] .* has no extended key usage/],
        ['a non-critical extended key usage', { signerExtendedKeyUsageCritical: false }, /certChain\[0\] .* extended key usage that is not critical/],
        ['timeStamping and code signing', { signerExtendedKeyUsage: ['1.3.6.1.5.5.7.3.8', '1.3.6.1.5.5.7.3.3'] }, /certChain\[0\] .* extended key usage that names 2 usages/],
        ['anyExtendedKeyUsage', { signerExtendedKeyUsage: '2.5.29.37.0' }, /certChain\[0\] .* extended key usage that names 2\.5\.29\.37\.0, not timeStamping alone/],
        ['a CA certificate', { signerIsCA: true }, /certChain\[0\] .* is a CA certificate/],
      ] as const) {
        const { trust: forged, bundleFor } = forgeryKit({ tsa });
        refusedAs(what, () => verifyBundle(bundleFor(withName), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_TIMESTAMP_INVALID', new RegExp(`cannot vouch for timestamps: ${reason.source}`));
      }
    });
  });

  describe('transparency log', () => {
    const certificateOf = (bundle: Json): Buffer => {
      const material = bundle.verificationMaterial as { certificate?: { rawBytes: string }; x509CertificateChain?: { certificates: { rawBytes: string }[] } };
      return Buffer.from(material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes ?? '', 'base64');
    };
    /**
     * A log of the test's own, the one the returned trust lists, to sign the entry timestamp of bodies the stack's Rekor
     * does not make: `logged` gives the attestation with one entry of `body`, integrated now.
     */
    const ownLog = (): { trust: TrustMaterial; logged: (body: Json) => Json } => {
      const log = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const spki = log.publicKey.export({ format: 'der', type: 'spki' });
      const logId = createHash('sha256').update(spki).digest();
      const root = { ...structuredClone(instance.trustedRoot), tlogs: [{ baseUrl: 'https://rekor.forged', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z' } }, logId: { keyId: logId.toString('base64') } }] };
      const logged = (body: Json): Json => {
        const integratedTime = Math.floor(Date.now() / 1000);
        const canonicalizedBody = Buffer.from(canonicalJSON(body)).toString('base64');
        const promise = sign('sha256', Buffer.from(canonicalJSON({ body: canonicalizedBody, integratedTime, logIndex: 7, logID: logId.toString('hex') })), log.privateKey);
        const { kind, apiVersion } = body as { kind: string; apiVersion: string };
        return {
          mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
          verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: certificateOf(attestation).toString('base64') }] },
            tlogEntries: [{ logIndex: '7', logId: { keyId: logId.toString('base64') }, kindVersion: { kind, version: apiVersion }, integratedTime: String(integratedTime), inclusionPromise: { signedEntryTimestamp: promise.toString('base64') }, canonicalizedBody }],
          },
          dsseEnvelope: attestation.dsseEnvelope,
        };
      };
      return { trust: loadTrustMaterial(root, 'own-log.json'), logged };
    };

    it('only the issuing instance vouches: a log entry or timestamp of another instance of the trust is refused, as gh refuses it (that log is not where the CA\'s certificates are monitored)', () => {
      const root = structuredClone(instance.trustedRoot) as Json & { tlogs: Json[] };
      // The stack's root as two instances: its CA, CT logs and timestamp authority without a log, and its log alone.
      const split = loadTrustMaterial(`${JSON.stringify({ ...root, tlogs: [] })}\n${JSON.stringify({ mediaType: root['mediaType'], tlogs: root.tlogs, certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] })}\n`, 'split.jsonl');
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), split), 'VERIFY_TLOG_UNTRUSTED', /tlogEntries\[0\]: logged by log id \S+, which split\.jsonl:1 does not list \(it lists no transparency log\)/);
      // Its timestamp authority in an instance of its own, the same.
      const { timestampAuthorities, ...withoutTsa } = root as typeof root & { timestampAuthorities: Json[] };
      const tsaApart = loadTrustMaterial(`${JSON.stringify({ ...withoutTsa, timestampAuthorities: [] })}\n${JSON.stringify({ mediaType: root['mediaType'], tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities })}\n`, 'tsa-apart.jsonl');
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), tsaApart), 'VERIFY_TIMESTAMP_INVALID', /that tsa-apart\.jsonl:1 does not list \(it lists 0 timestamp authorities\)/);
      // The whole instance on one line verifies, with or without another instance beside it.
      verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(`${JSON.stringify({ mediaType: root['mediaType'], tlogs: root.tlogs, certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] })}\n${JSON.stringify(root)}\n`, 'two.jsonl'));
      const undated = edit(blob, (copy) => {
        delete copy.verificationMaterial.timestampVerificationData;
      });
      verifyBundle(undated, { bytes: ARTIFACT }, policy(), trust);
    });

    it('a CA or timestamp authority chain written root first in the trusted root is read as cosign and sigstore-python read it; a chain whose order links nothing is still refused', () => {
      const root = structuredClone(instance.trustedRoot) as Json & { certificateAuthorities: { certChain: { certificates: Json[] } }[]; timestampAuthorities: { certChain: { certificates: Json[] } }[] };
      for (const authority of [...root.certificateAuthorities, ...root.timestampAuthorities]) authority.certChain.certificates.reverse();
      assert.ok((root.certificateAuthorities[0]?.certChain.certificates.length ?? 0) >= 2, 'the stack\'s CA chain has an intermediate and a root');
      verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'reversed.json'));
      // The intermediate alone, twice: no order links it to a root.
      const broken = structuredClone(instance.trustedRoot) as typeof root;
      for (const authority of broken.certificateAuthorities) authority.certChain.certificates = [authority.certChain.certificates[0] as Json, authority.certChain.certificates[0] as Json, authority.certChain.certificates[1] as Json].reverse();
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(broken, 'broken.json')), 'VERIFY_CERTIFICATE_UNTRUSTED');
    });

    it('an entry proven only by a checkpoint is refused when the log key was not valid at the signed time', () => {
      const proofOnly = edit(blob, (copy) => {
        delete copy.verificationMaterial.tlogEntries[0]?.inclusionPromise;
      });
      verifyBundle(proofOnly, { bytes: ARTIFACT }, policy(), trust);
      const root = structuredClone(instance.trustedRoot) as Json & { tlogs: (Json & { publicKey: Json & { validFor: Json } })[] };
      for (const log of root.tlogs) log.publicKey.validFor = { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' };
      rejects(() => verifyBundle(proofOnly, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'retired-log.json')), 'VERIFY_TLOG_UNTRUSTED');
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'retired-log.json')), 'VERIFY_TLOG_UNTRUSTED');
      // An integration time moved to before the log key's validity, its signed promise left as it was: the promise fails, and that is what is said.
      const backdated = edit(blob, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Json;
        entry['integratedTime'] = '1000';
      });
      rejects(() => verifyBundle(backdated, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_TLOG_INCLUSION_INVALID', /the signed entry timestamp does not verify/);
    });

    it('an entry proven only by a checkpoint is refused when its log key was not valid at a time another entry signed', () => {
      // A second log, retired in 2021, whose key signs a checkpoint of the genuine tree; the bundle has no RFC 3161 timestamp, so the genuine entry's promise alone dates it.
      const log = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const spki = log.publicKey.export({ format: 'der', type: 'spki' });
      const logId = createHash('sha256').update(spki).digest();
      const root = structuredClone(instance.trustedRoot) as Json & { tlogs: Json[] };
      const retired = (end: string | undefined): TrustMaterial => loadTrustMaterial({ ...root, tlogs: [...root.tlogs, { baseUrl: 'https://rekor.other', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z', ...(end === undefined ? {} : { end }) } }, logId: { keyId: logId.toString('base64') } }] }, 'retired-other.json');
      const twoEntries = edit(blob, (copy) => {
        delete copy.verificationMaterial.timestampVerificationData;
        const genuine = copy.verificationMaterial.tlogEntries[0] as Entry & { inclusionProof: { checkpoint: { envelope: string } } };
        const other = structuredClone(genuine);
        delete other.inclusionPromise;
        other.logId = { keyId: logId.toString('base64') };
        const note = genuine.inclusionProof.checkpoint.envelope.slice(0, genuine.inclusionProof.checkpoint.envelope.indexOf('\n\n') + 1).replace(/^[^\n]*/, 'rekor.other - 1');
        other.inclusionProof.checkpoint.envelope = `${note}\n\u2014 rekor.other ${Buffer.concat([logId.subarray(0, 4), sign('sha256', Buffer.from(note), log.privateKey)]).toString('base64')}\n`;
        copy.verificationMaterial.tlogEntries.push(other);
      });
      assert.deepEqual(verifyBundle(twoEntries, { bytes: ARTIFACT }, policy(), retired(undefined)).tlogEntries.map((entry) => entry.baseUrl), [(root.tlogs[0] as { baseUrl: string }).baseUrl, 'https://rekor.other']);
      rejects(() => verifyBundle(twoEntries, { bytes: ARTIFACT }, policy(), retired('2021-01-01T00:00:00Z')), 'VERIFY_TLOG_UNTRUSTED', /tlogEntries\[1\]: .*outside the validity of the log's key/);
    });

    it('an intoto entry that leaves out the signing key, or whose body repeats a key, is refused', () => {
      // A log of the test's own, so that it can sign the entry timestamp of an intoto body the stack's Rekor does not make.
      const log = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const spki = log.publicKey.export({ format: 'der', type: 'spki' });
      const logId = createHash('sha256').update(spki).digest();
      const root = { ...structuredClone(instance.trustedRoot), tlogs: [{ baseUrl: 'https://rekor.forged', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z' } }, logId: { keyId: logId.toString('base64') } }] };
      const envelope = attestation.dsseEnvelope as { payload: string; payloadType: string; signatures: { sig: string }[] };
      const material = attestation.verificationMaterial as { certificate?: { rawBytes: string }; x509CertificateChain?: { certificates: { rawBytes: string }[] } };
      const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes ?? '';
      const logged = (publicKey: string | undefined, bodyText = (text: string): string => text): Json => {
        const signature = { sig: Buffer.from(envelope.signatures[0]?.sig ?? '').toString('base64'), ...(publicKey === undefined ? {} : { publicKey }) };
        const payloadHash = { algorithm: 'sha256', value: digestOf('sha256', Buffer.from(envelope.payload, 'base64')) };
        const body = Buffer.from(bodyText(canonicalJSON({ apiVersion: '0.0.2', kind: 'intoto', spec: { content: { envelope: { payloadType: envelope.payloadType, signatures: [signature] }, payloadHash } } }))).toString('base64');
        const integratedTime = Math.floor(Date.now() / 1000);
        const promise = sign('sha256', Buffer.from(canonicalJSON({ body, integratedTime, logIndex: 7, logID: logId.toString('hex') })), log.privateKey);
        return {
          mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
          verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: certificate }] },
            tlogEntries: [{ logIndex: '7', logId: { keyId: logId.toString('base64') }, kindVersion: { kind: 'intoto', version: '0.0.2' }, integratedTime: String(integratedTime), inclusionPromise: { signedEntryTimestamp: promise.toString('base64') }, canonicalizedBody: body }],
          },
          dsseEnvelope: envelope,
        };
      };
      const forgedLog = loadTrustMaterial(root, 'forged-log.json');
      verifyBundle(logged(Buffer.from(toPEM(Buffer.from(certificate, 'base64'))).toString('base64')), { bytes: ARTIFACT }, policy(), forgedLog);
      rejects(() => verifyBundle(logged(undefined), { bytes: ARTIFACT }, policy(), forgedLog), 'VERIFY_TLOG_BODY_MISMATCH', /signing key/);
      const otherPayload = logged(Buffer.from(toPEM(Buffer.from(certificate, 'base64'))).toString('base64'), (text) => text.replace(digestOf('sha256', Buffer.from(envelope.payload, 'base64')), digestOf('sha256', 'another payload')));
      rejects(() => verifyBundle(otherPayload, { bytes: ARTIFACT }, policy(), forgedLog), 'VERIFY_TLOG_BODY_MISMATCH', /the log records payload sha256:/);
      // JSON.parse keeps the last kind, the one the bundle claims; another reader of the log would keep the first.
      const twice = logged(Buffer.from(toPEM(Buffer.from(certificate, 'base64'))).toString('base64'), (text) => text.replace('{', '{"kind":"rekord",'));
      rejects(() => verifyBundle(twice, { bytes: ARTIFACT }, policy(), forgedLog), 'VERIFY_TLOG_BODY_MISMATCH', /the logged body repeats the key "kind" in one object/);
    });

    it('a dsse entry logs the envelope\'s one signature and its payload\'s hash: another signature, a second one, or another payload\'s hash is refused', () => {
      const { trust: forgedLog, logged } = ownLog();
      const envelope = attestation.dsseEnvelope as { payload: string; signatures: { sig: string }[] };
      const signature = { signature: envelope.signatures[0]?.sig ?? '', verifier: Buffer.from(toPEM(certificateOf(attestation))).toString('base64') };
      const body = (signatures: Json[], payload = Buffer.from(envelope.payload, 'base64')): Json => ({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: { envelopeHash: { algorithm: 'sha256', value: digestOf('sha256', 'the envelope') }, payloadHash: { algorithm: 'sha256', value: digestOf('sha256', payload) }, signatures },
      });
      verifyBundle(logged(body([signature])), { bytes: ARTIFACT }, policy(), forgedLog);
      rejects(() => verifyBundle(logged(body([signature, signature])), { bytes: ARTIFACT }, policy(), forgedLog), 'VERIFY_TLOG_BODY_MISMATCH', /expected 1 logged signature, found 2/);
      rejects(() => verifyBundle(logged(body([{ ...signature, signature: Buffer.from('another signature').toString('base64') }])), { bytes: ARTIFACT }, policy(), forgedLog), 'VERIFY_TLOG_BODY_MISMATCH', /the logged signature is not the bundle's signature/);
      rejects(() => verifyBundle(logged(body([signature], Buffer.from('another payload'))), { bytes: ARTIFACT }, policy(), forgedLog), 'VERIFY_TLOG_BODY_MISMATCH', /the log records payload sha256:/);
    });

    it('a kind and version the bundle claims for its log entry are repeated printable and bounded', () => {
      for (const kind of [HOSTILE, `${HOSTILE}${HUGE}`]) {
        const claimed = edit(blob, (copy) => {
          (copy.verificationMaterial.tlogEntries[0] as Entry).kindVersion = { kind, version: '0.0.1' };
        });
        assert.throws(() => verifyBundle(claimed, { bytes: ARTIFACT }, policy(), trust), (error: { code?: string; message: string }) => {
          assert.equal(error.code, 'VERIFY_TLOG_BODY_MISMATCH', error.message.slice(0, 300));
          assertShowable(error.message, /the bundle says {2}\]0;owned 2J next/);
          return true;
        });
      }
    });

    // Its tree size and root hash are read only once a trusted log's key verified the note: a signature line is anyone's.
    it('a checkpoint\'s signature line is quoted printable and bounded when it is refused', () => {
      const hostile = `${HOSTILE}${HUGE.slice(0, 100_000)}`;
      const withCheckpoint = (change: (lines: string[]) => void): Json => edit(blob, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry & { inclusionProof: { checkpoint: { envelope: string } } };
        delete entry.inclusionPromise;
        const lines = entry.inclusionProof.checkpoint.envelope.split('\n');
        change(lines);
        entry.inclusionProof.checkpoint.envelope = lines.join('\n');
      });
      for (const [change, message] of [
        [(lines: string[]) => void lines.splice(lines.length - 1, 0, hostile), /is not "\u2014 <key name> <base64 key id and signature>": "\\u001b\]0;owned/],
      ] as const) {
        assert.throws(() => verifyBundle(withCheckpoint(change), { bytes: ARTIFACT }, policy(), trust), (error: { code?: string; message: string }) => {
          assert.equal(error.code, 'VERIFY_TLOG_INCLUSION_INVALID', error.message.slice(0, 300));
          assertShowable(error.message, message);
          return true;
        });
      }
    });

    it('a checkpoint signed by another trusted log does not prove an entry of this log', () => {
      const log = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const spki = log.publicKey.export({ format: 'der', type: 'spki' });
      const logId = createHash('sha256').update(spki).digest();
      const root = structuredClone(instance.trustedRoot) as Json & { tlogs: Json[] };
      root.tlogs.push({ baseUrl: 'https://rekor.other', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z' } }, logId: { keyId: logId.toString('base64') } });
      const resigned = edit(blob, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry & { inclusionProof: { checkpoint: { envelope: string } } };
        delete entry.inclusionPromise;
        const genuine = entry.inclusionProof.checkpoint.envelope.slice(0, entry.inclusionProof.checkpoint.envelope.indexOf('\n\n') + 1);
        // The other log's own origin (Rekor v1's "<name> - <tree id>"), over the genuine tree.
        const note = genuine.replace(/^[^\n]*/, 'rekor.other - 1');
        const signature = Buffer.concat([logId.subarray(0, 4), sign('sha256', Buffer.from(note), log.privateKey)]).toString('base64');
        entry.inclusionProof.checkpoint.envelope = `${note}\n\u2014 rekor.other ${signature}\n`;
      });
      const twoLogs = loadTrustMaterial(root, 'two-logs.json');
      rejects(() => verifyBundle(resigned, { bytes: ARTIFACT }, policy(), twoLogs), 'VERIFY_TLOG_INCLUSION_INVALID', /not signed by/);
      // The same checkpoint does prove the entry once the entry names the log that signed it: the forgery above is well formed.
      const claimed = edit(resigned, (copy) => {
        (copy.verificationMaterial.tlogEntries[0] as Entry).logId = { keyId: logId.toString('base64') };
      });
      assert.equal(verifyBundle(claimed, { bytes: ARTIFACT }, policy(), twoLogs).tlogEntries[0]?.baseUrl, 'https://rekor.other');
    });

    it('checkpoints are read strictly: signer name, signature block, origin, tree size and root hash (each re-signed by a trusted log)', () => {
      const log = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const spki = log.publicKey.export({ format: 'der', type: 'spki' });
      const logId = createHash('sha256').update(spki).digest();
      const root = structuredClone(instance.trustedRoot) as Json & { tlogs: Json[] };
      root.tlogs.push({ baseUrl: 'https://rekor.other', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z' } }, logId: { keyId: logId.toString('base64') } });
      const twoLogs = loadTrustMaterial(root, 'two-logs.json');
      const genuine = ((blob.verificationMaterial as Material).tlogEntries[0]?.inclusionProof as { checkpoint: { envelope: string } }).checkpoint.envelope;
      const [origin = '', size = '', hash = ''] = genuine.slice(0, genuine.indexOf('\n\n')).split('\n');
      const signatureLine = (note: string, name = 'rekor.other', keyHint = logId.subarray(0, 4)): string => `\u2014 ${name} ${Buffer.concat([keyHint, sign('sha256', Buffer.from(note), log.privateKey)]).toString('base64')}\n`;
      const withCheckpoint = (envelope: string): Json => edit(blob, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry & { inclusionProof: { checkpoint: { envelope: string } } };
        delete entry.inclusionPromise;
        entry.logId = { keyId: logId.toString('base64') };
        entry.inclusionProof.checkpoint.envelope = envelope;
      });
      const note = (lines: string[]): string => `${lines.join('\n')}\n`;
      const good = note(['rekor.other - 1', size, hash]);
      // C2SP tlog-checkpoint: the origin is the name the log signs under (Ed25519 logs: exactly; ECDSA ones may add Rekor v1's " - <tree id>").
      assert.equal(verifyBundle(withCheckpoint(`${note(['rekor.other', size, hash])}\n${signatureLine(note(['rekor.other', size, hash]))}`), { bytes: ARTIFACT }, policy(), twoLogs).tlogEntries[0]?.baseUrl, 'https://rekor.other');
      assert.equal(verifyBundle(withCheckpoint(`${good}\n${signatureLine(good)}`), { bytes: ARTIFACT }, policy(), twoLogs).tlogEntries[0]?.baseUrl, 'https://rekor.other');
      // A log served below a path may sign under its host and path.
      const withPath = structuredClone(root);
      (withPath.tlogs.at(-1) as Json).baseUrl = 'https://rekor.other/log/';
      const underPath = note(['rekor.other/log - 1', size, hash]);
      assert.equal(verifyBundle(withCheckpoint(`${underPath}\n${signatureLine(underPath, 'rekor.other/log')}`), { bytes: ARTIFACT }, policy(), loadTrustMaterial(withPath, 'path.json')).tlogEntries[0]?.baseUrl, 'https://rekor.other/log/');
      const refused = (envelope: string, message: RegExp): void => rejects(() => verifyBundle(withCheckpoint(envelope), { bytes: ARTIFACT }, policy(), twoLogs), 'VERIFY_TLOG_INCLUSION_INVALID', message);
      // A Rekor v1 signs under its hostname flag, not always its URL's host: any name, with the origin it signs (the key is this log's alone here).
      const elsewhere = note(['rekor.pod-7 - 1', size, hash]);
      assert.equal(verifyBundle(withCheckpoint(`${elsewhere}\n${signatureLine(elsewhere, 'rekor.pod-7')}`), { bytes: ARTIFACT }, policy(), twoLogs).tlogEntries[0]?.baseUrl, 'https://rekor.other');
      refused(`${good}\n${signatureLine(good, 'rekor.evil.example')}`, /origin "rekor\.other - 1" is not the name rekor\.evil\.example signs under/);
      refused(`${elsewhere}\n${signatureLine(elsewhere, 'rekor.pod-8')}`, /origin "rekor\.pod-7 - 1" is not the name rekor\.pod-8 signs under/);
      // The same key listed for a second log under another host: a checkpoint's line must then name this log's host.
      const shared = structuredClone(root);
      shared.tlogs.push({ ...structuredClone(root.tlogs.at(-1) as Json), baseUrl: 'https://rekor.shard2' });
      rejects(() => verifyBundle(withCheckpoint(`${elsewhere}\n${signatureLine(elsewhere, 'rekor.pod-7')}`), { bytes: ARTIFACT }, policy(), loadTrustMaterial(shared, 'shared-key.json')), 'VERIFY_TLOG_INCLUSION_INVALID', /not signed by https:\/\/rekor\.other .*which another log of the trusted root has too/);
      assert.equal(verifyBundle(withCheckpoint(`${good}\n${signatureLine(good)}`), { bytes: ARTIFACT }, policy(), loadTrustMaterial(shared, 'shared-key.json')).tlogEntries[0]?.baseUrl, 'https://rekor.other');
      // The same host with a port or a path is another log: it has the host's names and more, and takes no checkpoint under any name.
      for (const [first, second] of [['https://rekor.other/shard2', 'https://rekor.other'], ['https://rekor.other:8443', 'https://rekor.other']] as const) {
        const sameHost = structuredClone(root);
        (sameHost.tlogs.at(-1) as Json).baseUrl = first;
        sameHost.tlogs.push({ ...structuredClone(root.tlogs.at(-1) as Json), baseUrl: second });
        rejects(() => verifyBundle(withCheckpoint(`${elsewhere}\n${signatureLine(elsewhere, 'rekor.pod-7')}`), { bytes: ARTIFACT }, policy(), loadTrustMaterial(sameHost, 'same-host.json')), 'VERIFY_TLOG_INCLUSION_INVALID', /which another log of the trusted root has too/);
      }
      // The same key under another log id (a root that spells it otherwise) is still shared.
      const otherId = structuredClone(shared);
      (otherId.tlogs.at(-1) as Json).logId = { keyId: Buffer.alloc(32, 7).toString('base64') };
      rejects(() => verifyBundle(withCheckpoint(`${elsewhere}\n${signatureLine(elsewhere, 'rekor.pod-7')}`), { bytes: ARTIFACT }, policy(), loadTrustMaterial(otherId, 'shared-key-other-id.json')), 'VERIFY_TLOG_INCLUSION_INVALID', /which another log of the trusted root has too/);
      // The log's signature under its name, behind the id of another key: C2SP signed notes (sigstore-go) match a key by name and id.
      refused(`${good}\n${signatureLine(good, 'rekor.other', Buffer.alloc(4))}`, /not signed by https:\/\/rekor\.other/);
      refused(`${good}\n${signatureLine(good).trimEnd()}`, /does not end with a newline/);
      refused(`${good}\n${signatureLine(good)}garbage\n`, /signature line 2/);
      refused(`${good}\n${signatureLine(good)}\u2014 rekor.other AAAA\n`, /signature line 2 is too short/);
      // Four bytes are a key id and no signature; a line is a signature line from its first character.
      refused(`${good}\n${signatureLine(good)}\u2014 rekor.other AAAAAA==\n`, /signature line 2 is too short/);
      refused(`${good}\n${signatureLine(good)}x${signatureLine(good)}`, /signature line 2 is not/);
      // At most 64 signature lines are read.
      assert.equal(verifyBundle(withCheckpoint(`${good}\n${signatureLine(good).repeat(64)}`), { bytes: ARTIFACT }, policy(), twoLogs).tlogEntries[0]?.baseUrl, 'https://rekor.other');
      refused(`${good}\n${signatureLine(good).repeat(65)}`, /65 signature lines/);
      refused(`${good}\n`, /signature line 1/);
      refused(good, /no signature block/);
      for (const [lines, message] of [
        [['', size, hash], /no origin/],
        // Another log's checkpoint (the stack's own origin) signed by this log's key proves nothing of this log: the key is shared, or the signature line's name, which is not signed, was changed.
        [[origin, size, hash], /origin "127\.0\.0\.1:\d+ - \d+" is not the name rekor\.other signs under/],
        [['rekor.evil - 1', size, hash], /origin "rekor\.evil - 1" is not the name/],
        [['rekor.other - 1x', size, hash], /origin "rekor\.other - 1x" is not the name/],
        [['rekor.other-1', size, hash], /origin "rekor\.other-1" is not the name/],
        [[origin, `0${size}`, hash], /tree size/],
        [[origin, `+${size}`, hash], /tree size/],
        [[origin, ` ${size}`, hash], /tree size/],
        [[origin, size, hash.replace(/=+$/, '')], /root hash/],
        [[origin, size, `${hash}\u0000`], /root hash/],
        [[origin, size], /2 line\(s\)/],
      ] as const) {
        const text = note([...lines]);
        refused(`${text}\n${signatureLine(text)}`, message);
      }
    });

    it('an Ed25519 (C2SP, Rekor v2) log\'s checkpoint has its origin exactly the log\'s name, as sigstore-go reads it', () => {
      const log = generateKeyPairSync('ed25519');
      const spki = log.publicKey.export({ format: 'der', type: 'spki' });
      const keyId = createHash('sha256').update('rekor.ed\n').update(Buffer.from([0x01])).update(spki.subarray(-32)).digest();
      const root = structuredClone(instance.trustedRoot) as Json & { tlogs: Json[] };
      root.tlogs.push({ baseUrl: 'https://rekor.ed', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ED25519', validFor: { start: '2020-01-01T00:00:00Z' } }, logId: { keyId: keyId.toString('base64') } });
      const edLog = loadTrustMaterial(root, 'ed-log.json');
      const genuine = ((blob.verificationMaterial as Material).tlogEntries[0]?.inclusionProof as { checkpoint: { envelope: string } }).checkpoint.envelope;
      const withOrigin = (origin: string): Json => edit(blob, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry & { inclusionProof: { checkpoint: { envelope: string } } };
        delete entry.inclusionPromise;
        entry.logId = { keyId: keyId.toString('base64') };
        const note = genuine.slice(0, genuine.indexOf('\n\n') + 1).replace(/^[^\n]*/, origin);
        entry.inclusionProof.checkpoint.envelope = `${note}\n\u2014 rekor.ed ${Buffer.concat([keyId.subarray(0, 4), sign(null, Buffer.from(note), log.privateKey)]).toString('base64')}\n`;
      });
      assert.equal(verifyBundle(withOrigin('rekor.ed'), { bytes: ARTIFACT }, policy(), edLog).tlogEntries[0]?.baseUrl, 'https://rekor.ed');
      rejects(() => verifyBundle(withOrigin('rekor.ed - 1'), { bytes: ARTIFACT }, policy(), edLog), 'VERIFY_TLOG_INCLUSION_INVALID', /origin "rekor\.ed - 1" is not the name rekor\.ed signs under: it is another log's checkpoint/);
      rejects(() => verifyBundle(withOrigin('log2.rekor.ed'), { bytes: ARTIFACT }, policy(), edLog), 'VERIFY_TLOG_INCLUSION_INVALID', /origin "log2\.rekor\.ed" is not the name/);
    });

    it('a Rekor v1 entry proven by its checkpoint alone reports the index the proof verified, not an unsigned one (v1 numbers entries across shards, a proof within one)', () => {
      const relabelled = edit(blob, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry;
        delete entry.inclusionPromise;
        entry.logIndex = '999999';
      });
      const proven = ((blob.verificationMaterial as Material).tlogEntries[0]?.inclusionProof as { logIndex?: string }).logIndex ?? '0';
      assert.equal(verifyBundle(relabelled, { bytes: ARTIFACT }, policy(), trust).tlogEntries[0]?.logIndex, proven);
    });

    it('the entry of another signature by the same signer cannot stand in for this one', () => {
      const swapped = edit(blob, (copy) => {
        copy.verificationMaterial.tlogEntries = structuredClone((otherBlob.verificationMaterial as Material).tlogEntries);
      });
      rejects(() => verifyBundle(swapped, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_TLOG_BODY_MISMATCH');
    });
  });

  describe('RFC 3161 timestamps', () => {
    it('a genuine timestamp over another signature is refused', () => {
      const swapped = edit(blob, (copy) => {
        copy.verificationMaterial.timestampVerificationData = structuredClone((otherBlob.verificationMaterial as Material).timestampVerificationData);
      });
      rejects(() => verifyBundle(swapped, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_TIMESTAMP_INVALID', /message imprint/);
    });

    it('a timestamp whose signed signing-time attribute falls outside the TSA certificate\'s validity is refused, as sigstore-go\'s CMS reader refuses it', () => {
      const early = new Date(Date.now() - 30 * 86_400_000);
      const late = new Date(Date.now() + 11 * 365 * 86_400_000);
      const { trust: forged, bundleFor } = forgeryKit();
      const named = (template: Parameters<typeof tbsCertificate>[0]): Buffer => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] });
      verifyBundle(bundleFor(named), { bytes: ARTIFACT }, policy(), forged);
      for (const flaws of [{ signingTime: null }, { signingTime: new Date(Date.now() - 1000) }]) verifyBundle(bundleFor(named, flaws), { bytes: ARTIFACT }, policy(), forged);
      for (const signingTime of [early, late]) {
        rejects(() => verifyBundle(bundleFor(named, { signingTime }), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_TIMESTAMP_INVALID', new RegExp(`signed signing-time attribute ${signingTime.toISOString().slice(0, 19)}.* is outside the validity of the timestamp authority's certificate`));
      }
    });

    it('a timestamp less than a millisecond before the signing certificate\'s start is before it, as cosign reads it; one at its start, or a fraction of a millisecond after, is within', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const start = new Date(Math.floor(Date.now() / 1000) * 1000 - 10_000);
      const named = (template: Parameters<typeof tbsCertificate>[0]): Buffer => tbsCertificate({ ...template, notBefore: start, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] });
      const genTime = (ms: number, fraction: string): string => `${new Date(ms).toISOString().slice(0, 19).replace(/[-:T]/g, '')}${fraction}Z`;
      for (const text of [genTime(start.getTime(), ''), genTime(start.getTime(), '.0004')]) verifyBundle(bundleFor(named, { genTimeText: text }), { bytes: ARTIFACT }, policy(), forged);
      const early = genTime(start.getTime() - 1000, '.9994');
      rejects(() => verifyBundle(bundleFor(named, { genTimeText: early }), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_EXPIRED', new RegExp(`but the timestamp-authority time is just after ${new Date(start.getTime() - 1).toISOString().replaceAll('.', '\\.')}$`));
    });

    it('a trusted root\'s window whose start or end has a fraction finer than a millisecond is read no wider than it says: its start rounded up, its end down', () => {
      const root = structuredClone(instance.trustedRoot) as Json & { timestampAuthorities: Json[] };
      for (const tsa of root.timestampAuthorities) tsa.validFor = { start: '2026-01-01T00:00:00.0004Z', end: '2026-02-01T00:00:00.9996Z' };
      const authority = loadTrustMaterial(root, 'fractions.json').roots[0]?.timestampAuthorities[0];
      assert.deepEqual([authority?.validFrom.toISOString(), authority?.validTo.toISOString()], ['2026-01-01T00:00:00.001Z', '2026-02-01T00:00:00.999Z']);
    });

    it('two tokens of one timestamp authority for one time are one timestamp: the second is refused as a repetition, though its bytes differ', () => {
      const { trust: forged, tsa, bundleFor } = forgeryKit({ stampedAt: new Date() });
      const bundle = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] })) as Json & { verificationMaterial: Material; messageSignature: { signature: string } };
      const again = tsa.timestamp({ policy: '1.3.6.1.4.1.57264.2', hashOID: '2.16.840.1.101.3.4.2.1', hashedMessage: createHash('sha256').update(Buffer.from(bundle.messageSignature.signature, 'base64')).digest(), nonce: undefined, certReq: false });
      const first = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0] as Json;
      assert.notEqual(again.toString('base64'), first['signedTimestamp']);
      const stamped = (...tokens: Json[]): Json => edit(bundle, (copy) => {
        copy.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: tokens };
      });
      verifyBundle(stamped({ signedTimestamp: again.toString('base64') }), { bytes: ARTIFACT }, policy(), forged);
      rejects(() => verifyBundle(stamped(first, { signedTimestamp: again.toString('base64') }), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_BUNDLE_INVALID', /rfc3161Timestamps\[1\] repeats rfc3161Timestamps\[0\]/);
    });

    it('a timestamp whose signer identifier gives the serial number of the TSA certificate under another issuer is refused: the trusted root lists no such certificate', () => {
      const { trust: forged, bundleFor } = forgeryKit();
      const bundle = bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] }));
      verifyBundle(bundle, { bytes: ARTIFACT }, policy(), forged);
      const renamed = edit(bundle, (copy) => {
        const stamp = copy.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0] as Json;
        const token = Buffer.from(stamp['signedTimestamp'] as string, 'base64');
        // The signer identifier (issuer and serial, outside the signature) is the first name after the TSTInfo: its issuer's common name "tsa" becomes "tsb".
        const at = token.indexOf(Buffer.from([0x0c, 0x03, 0x74, 0x73, 0x61]));
        assert.ok(at > 0);
        token[at + 4] = 0x62;
        stamp['signedTimestamp'] = token.toString('base64');
      });
      rejects(() => verifyBundle(renamed, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_TIMESTAMP_INVALID', /that forged\.json does not list/);
      // A token that cannot be read at all says so, not that another authority signed it.
      const unreadable = edit(bundle, (copy) => {
        const stamp = copy.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0] as Json;
        stamp['signedTimestamp'] = Buffer.from('not DER').toString('base64');
      });
      assert.throws(() => verifyBundle(unreadable, { bytes: ARTIFACT }, policy(), forged), (error: { code?: string; message: string; hint?: string }) => {
        assert.equal(error.code, 'VERIFY_TIMESTAMP_INVALID');
        assert.match(error.message, /rfc3161Timestamps\[0\]: not a valid RFC 3161 timestamp/);
        assert.match(error.hint ?? '', /^the bundle's timestamp could not be read, so it dates nothing/);
        return true;
      });
    });

    it('a timestamp made after the TSA certificates expired is refused, also when it carries no signing-time attribute', () => {
      const { trust: forged, bundleFor } = forgeryKit({ tsaValidity: { from: new Date(Date.now() - 7_200_000), to: new Date(Date.now() - 3_600_000) } });
      const named = (template: Parameters<typeof tbsCertificate>[0]): Buffer => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(uri(IDENTITY))] });
      rejects(() => verifyBundle(bundleFor(named, { signingTime: null }), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_TIMESTAMP_INVALID', /the timestamp's time \S+ is outside the validity of the timestamp authority's certificate "[^"]+" \(\S+ to \S+\)/);
    });

    it('a timestamp authority outside its validity in the trusted root is refused', () => {
      const root = structuredClone(instance.trustedRoot) as Json & { timestampAuthorities: Json[] };
      for (const tsa of root.timestampAuthorities) tsa.validFor = { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' };
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'retired-tsa.json')), 'VERIFY_TIMESTAMP_INVALID', /outside the window the trusted root trusts its timestamp authority in \(validFor from 2020-01-01T00:00:00.000Z to 2021-01-01T00:00:00.000Z\)/);
    });
  });

  describe('DSSE', () => {
    it('a subject whose digests disagree is not a match for either artifact', async () => {
      const split = await instance.attest({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'widget.tar.gz', digest: { sha256: digestOf('sha256', ARTIFACT), sha512: digestOf('sha512', OTHER) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} });
      rejects(() => verifyBundle(split, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_SUBJECT_MISMATCH');
      rejects(() => verifyBundle(split, { bytes: OTHER }, policy(), trust), 'VERIFY_SUBJECT_MISMATCH');
    });

    it('a file verified by the CLI path is hashed by every algorithm the subjects list, so disagreeing digests fail there too', async (t) => {
      const directory = await tempDir(t);
      await writeFile(join(directory, 'widget.tar.gz'), ARTIFACT);
      await verifyArtifact(attestation, 'widget.tar.gz', policy(), trust, directory);
      const split = await instance.attest({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'widget.tar.gz', digest: { sha256: digestOf('sha256', ARTIFACT), sha512: digestOf('sha512', OTHER) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} });
      await assert.rejects(verifyArtifact(split, 'widget.tar.gz', policy(), trust, directory), { code: 'VERIFY_SUBJECT_MISMATCH' });
      const both = await instance.attest({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'widget.tar.gz', digest: { sha256: digestOf('sha256', ARTIFACT), sha512: digestOf('sha512', ARTIFACT) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} });
      assert.equal((await verifyArtifact(both, 'widget.tar.gz', policy(), trust, directory)).artifact.hex, digestOf('sha256', ARTIFACT));
      // Past WHOLE_READ_BYTES a file is streamed through the hashes, which have no SHA-384: a subject's sha384 was then left uncompared.
      const large = Buffer.alloc(WHOLE_READ_BYTES + 1, 0x61);
      await writeFile(join(directory, 'large.bin'), large);
      const sha384 = await instance.attest({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'large.bin', digest: { sha256: digestOf('sha256', large), sha384: digestOf('sha384', OTHER) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} });
      await assert.rejects(verifyArtifact(sha384, 'large.bin', policy(), trust, directory), { code: 'VERIFY_SUBJECT_MISMATCH' });
      const agreeing = await instance.attest({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'large.bin', digest: { sha256: digestOf('sha256', large), sha384: digestOf('sha384', large) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} });
      assert.equal((await verifyArtifact(agreeing, 'large.bin', policy(), trust, directory)).artifact.hex, digestOf('sha256', large));
    });

    it('a subject naming the artifact by no algorithm the verifier compares (sha1 alone) is a match for no artifact', async () => {
      const sha1Only = await instance.attest({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'widget.tar.gz', digest: { sha1: digestOf('sha1', ARTIFACT) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} });
      rejects(() => verifyBundle(sha1Only, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_SUBJECT_MISMATCH');
      rejects(() => verifyBundle(sha1Only, { digest: { algorithm: 'sha256', hex: digestOf('sha256', ARTIFACT) } }, policy(), trust), 'VERIFY_SUBJECT_MISMATCH');
    });

    it('a second signature, or another payload type over the same bytes, is refused', () => {
      const envelope = attestation.dsseEnvelope as { signatures: Json[] };
      const doubled = { ...attestation, dsseEnvelope: { ...(attestation.dsseEnvelope as Json), signatures: [envelope.signatures[0], envelope.signatures[0]] } };
      rejects(() => verifyBundle(doubled, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID');
      rejects(() => verifyBundle({ ...attestation, dsseEnvelope: { ...(attestation.dsseEnvelope as Json), payloadType: 'application/vnd.in-toto+json ' } }, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_SIGNATURE_INVALID');
    });
  });

  describe('digest-only verification', () => {
    it('a bundle whose digest is rewritten to the claimed artifact\'s fails the pre-hashed signature check', () => {
      const rewritten = edit(blob, (copy) => {
        (copy.messageSignature as { messageDigest: { digest: string } }).messageDigest.digest = createHash('sha256').update(OTHER).digest('base64');
      });
      rejects(() => verifyBundle(rewritten, { digest: { algorithm: 'sha256', hex: digestOf('sha256', OTHER) }, verifyPrehashed }, policy(), trust), 'VERIFY_SIGNATURE_INVALID');
      rejects(() => verifyBundle(blob, { digest: { algorithm: 'sha256', hex: digestOf('sha256', OTHER) } }, policy(), trust), 'VERIFY_ARTIFACT_MISMATCH');
    });
  });

  describe('bundle parsing', () => {
    it('a bundle holding both a message signature and a DSSE envelope is refused', () => {
      rejects(() => verifyBundle({ ...blob, dsseEnvelope: attestation.dsseEnvelope }, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /messageSignature.*dsseEnvelope/);
    });

    it('verification material holding both a public key and a certificate is refused', () => {
      const both = edit(blob, (copy) => {
        copy.verificationMaterial.publicKey = { hint: 'key' };
      });
      rejects(() => verifyBundle(both, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /publicKey.*certificate/);
    });

    it('a bundle file that names a field twice is refused, whichever copy is the genuine one', async (t) => {
      const directory = await tempDir(t);
      const text = JSON.stringify(blob);
      await writeFile(join(directory, 'good.sigstore.json'), text);
      assert.deepEqual(await readBundleFile('good.sigstore.json', directory), blob);
      const signature = (blob.messageSignature as { signature: string }).signature;
      const twice = text.replace(`"signature":"${signature}"`, `"signature":"${signature}","signature":"${Buffer.from('forged').toString('base64')}"`);
      assert.notEqual(twice, text);
      await writeFile(join(directory, 'twice.sigstore.json'), twice);
      await assert.rejects(readBundleFile('twice.sigstore.json', directory), { code: 'VERIFY_BUNDLE_INVALID', message: /repeats the key "signature"/ });
      await writeFile(join(directory, 'escaped.sigstore.json'), text.replace('"mediaType":', '"media\\u0054ype":"x","mediaType":'));
      await assert.rejects(readBundleFile('escaped.sigstore.json', directory), { code: 'VERIFY_BUNDLE_INVALID', message: /repeats the key "mediaType"/ });
      // Keys ending in escaped backslashes and quotes: the scan must find where each string ends.
      const tricky = text.replace('"mediaType":', '"x\\\\":1,"y\\"":"\\\\\\"","x\\\\":2,"mediaType":');
      await writeFile(join(directory, 'tricky.sigstore.json'), tricky);
      await assert.rejects(readBundleFile('tricky.sigstore.json', directory), { code: 'VERIFY_BUNDLE_INVALID', message: /repeats the key "x\\\\"/ });
      const distinct = text.replace('"mediaType":', '"x\\\\":1,"x\\"":2,"x":"\\\\","mediaType":');
      await writeFile(join(directory, 'distinct.sigstore.json'), distinct);
      assert.deepEqual(await readBundleFile('distinct.sigstore.json', directory), JSON.parse(distinct));
    });

    it('a v0.1 media type on a bundle without inclusion promise, and a v0.3 one with a certificate chain, are refused', () => {
      const noPromise = edit(blob, (copy) => {
        delete copy.verificationMaterial.tlogEntries[0]?.inclusionPromise;
        copy.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
      });
      rejects(() => verifyBundle(noPromise, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID');
      const chained = edit(blob, (copy) => {
        copy.verificationMaterial.x509CertificateChain = { certificates: [copy.verificationMaterial.certificate] };
        delete copy.verificationMaterial.certificate;
      });
      rejects(() => verifyBundle(chained, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID');
    });

    it('a repeated log entry (same log and index, or same body) or timestamp, too many of either, and an empty signature list are refused', () => {
      const entry = (blob.verificationMaterial as Material).tlogEntries[0] as Entry;
      const withEntries = (entries: Entry[]): Json => edit(blob, (copy) => {
        copy.verificationMaterial.tlogEntries = entries;
      });
      rejects(() => verifyBundle(withEntries([entry, structuredClone(entry)]), { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /tlogEntries\[1\] repeats tlogEntries\[0\]/);
      rejects(() => verifyBundle(withEntries([entry, { ...structuredClone(entry), canonicalizedBody: Buffer.from('{}').toString('base64') }]), { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /repeats/);
      rejects(() => verifyBundle(withEntries([entry, { ...structuredClone(entry), logIndex: '999999' }]), { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /repeats/);
      rejects(() => verifyBundle(withEntries([entry, { ...structuredClone(entry), logIndex: '999999', canonicalizedBody: Buffer.from('{}').toString('base64') }]), { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /signed integration time/);
      rejects(() => verifyBundle(withEntries(Array.from({ length: 33 }, (_, index) => ({ ...structuredClone(entry), logIndex: String(index) }))), { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /33 transparency-log entries/);
      const stamps = (blob.verificationMaterial as Material).timestampVerificationData?.rfc3161Timestamps ?? [];
      const twoStamps = edit(blob, (copy) => {
        copy.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [...stamps, ...structuredClone(stamps)] };
      });
      rejects(() => verifyBundle(twoStamps, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID', /rfc3161Timestamps\[1\] repeats/);
      rejects(() => verifyBundle({ ...attestation, dsseEnvelope: { ...(attestation.dsseEnvelope as Json), signatures: [] } }, { bytes: ARTIFACT }, policy(), trust), 'VERIFY_BUNDLE_INVALID');
    });
  });

  describe('key-signed bundles', () => {
    it('verify only with the key that signed, whatever key the bundle names or carries', () => {
      const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const attacker = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const bundle = {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { publicKey: { hint: digestOf('sha256', keys.publicKey.export({ format: 'der', type: 'spki' })) }, tlogEntries: [] },
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(ARTIFACT).digest('base64') }, signature: sign('sha256', ARTIFACT, attacker.privateKey).toString('base64') },
      };
      const pem = keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
      rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, loadPublicKey(pem, 'release.pub', 'ignored')), 'VERIFY_SIGNATURE_INVALID');
      rejects(() => verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: digestOf('sha256', ARTIFACT) }, verifyPrehashed }, loadPublicKey(pem, 'release.pub', 'ignored')), 'VERIFY_SIGNATURE_INVALID');
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, loadPublicKey(pem, 'release.pub', 'ignored')), 'VERIFY_KEY_MISMATCH');
    });

    it('an Ed25519 key verifies a file through the CLI path, and refuses another file', async (t) => {
      const directory = await tempDir(t);
      await writeFile(join(directory, 'widget.tar.gz'), ARTIFACT);
      await writeFile(join(directory, 'other.tar.gz'), OTHER);
      const keys = generateKeyPairSync('ed25519');
      const bundle = {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { publicKey: { hint: 'ed25519' }, tlogEntries: [] },
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(ARTIFACT).digest('base64') }, signature: sign(null, ARTIFACT, keys.privateKey).toString('base64') },
      };
      const key = loadPublicKey(keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'ed25519.pub', 'ignored');
      assert.equal((await verifyArtifact(bundle, 'widget.tar.gz', key, undefined, directory)).signer.kind, 'key');
      await assert.rejects(verifyArtifact(bundle, 'other.tar.gz', key, undefined, directory), { code: 'VERIFY_ARTIFACT_MISMATCH' });
    });

    it('a P-521 key\'s signature, which verification by digest lacks, is checked over the file\'s bytes by Node\'s crypto at any size: past WHOLE_READ_BYTES it was refused (VERIFY_BUNDLE_UNSUPPORTED)', async (t) => {
      const directory = await tempDir(t);
      const large = Buffer.alloc(WHOLE_READ_BYTES + 1, 0x61);
      await writeFile(join(directory, 'widget.tar.gz'), ARTIFACT);
      await writeFile(join(directory, 'large.bin'), large);
      const keys = generateKeyPairSync('ec', { namedCurve: 'secp521r1' });
      const key = loadPublicKey(keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'p521.pub', 'ignored');
      const bundleOf = (bytes: Buffer): object => ({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { publicKey: { hint: 'p521' }, tlogEntries: [] },
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(bytes).digest('base64') }, signature: sign('sha256', bytes, keys.privateKey).toString('base64') },
      });
      assert.equal((await verifyArtifact(bundleOf(ARTIFACT), 'widget.tar.gz', key, undefined, directory)).signer.kind, 'key');
      assert.equal((await verifyArtifact(bundleOf(large), 'large.bin', key, undefined, directory)).signer.kind, 'key');
      await assert.rejects(verifyArtifact(bundleOf(large), 'widget.tar.gz', key, undefined, directory), { code: 'VERIFY_ARTIFACT_MISMATCH' });
    });
  });
});

describe('what a bundle, its statement or its certificate says is quoted printable and bounded', () => {
  const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const key = loadPublicKey(keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'release.pub', 'ignored');
  /** A DSSE bundle signed by `keys` (or by `signer` instead, for a signature that does not verify). */
  const dsse = (payloadType: string, payload: Buffer, signer = keys.privateKey): Json => {
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `), payload]);
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: 'release' }, tlogEntries: [] },
      dsseEnvelope: { payloadType, payload: payload.toString('base64'), signatures: [{ sig: sign('sha256', pae, signer).toString('base64'), keyid: '' }] },
    };
  };
  const statement = (fields: Json): Buffer => Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', predicate: {}, ...fields }));
  const showable = (run: () => unknown, code: string, names: string | RegExp, max?: number): void => {
    assert.throws(run, (error: { code?: string; message: string }) => {
      assert.equal(error.code, code, error.message.slice(0, 300));
      assertShowable(error.message, names, max);
      return true;
    });
  };
  const utf8Uri = (value: string): Buffer => der.implicitPrimitive(6, Buffer.from(value, 'utf8'));

  it('a DSSE payload type (anyone with a certificate can push one as a referrer)', () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    for (const type of [HOSTILE, `${HOSTILE}${HUGE}`]) {
      showable(() => verifyBundle(dsse(type, Buffer.from('{}')), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_UNSUPPORTED', /expected a DSSE payload of type application\/vnd\.in-toto\+json .*found "\\u001b\]0;owned\\u0007\\u009b2J\\u0085next/);
      showable(() => verifyBundle(dsse(type, Buffer.from('{}'), other.privateKey), { bytes: ARTIFACT }, key), 'VERIFY_SIGNATURE_INVALID', /the DSSE signature over the "\\u001b\]0;owned.* payload does not verify/);
    }
  });

  it('the statement\'s type and its subjects\' names and digests', () => {
    const type = 'application/vnd.in-toto+json';
    for (const hostile of [HOSTILE, `${HOSTILE}${HUGE}`]) {
      showable(() => verifyBundle(dsse(type, statement({ _type: hostile, subject: [] })), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /found _type "\\u001b\]0;owned/);
      // Five subjects are listed, a name and three digests of each, cut and escaped: bounded, however many and long.
      const subjects = Array.from({ length: 6 }, (_, index) => ({ name: `${index}${hostile}`, digest: { [`sha256${hostile}`]: hostile, sha256: `${hostile}` } }));
      showable(() => verifyBundle(dsse(type, statement({ subject: subjects })), { bytes: ARTIFACT }, key), 'VERIFY_SUBJECT_MISMATCH', /is not a subject of the signed statement; its 6 subject\(s\): "0\\u001b\]0;owned/, 2000);
    }
  });

  it('a statement whose _type is neither in-toto Statement v1 nor v0.1 (what cosign 2 and slsa-github-generator sign) is no statement of the spec, though its URI starts like one', () => {
    const type = 'application/vnd.in-toto+json';
    const subject = [{ name: 'widget', digest: { sha256: digestOf('sha256', ARTIFACT) } }];
    for (const other of ['https://in-toto.io/Statement/v2', 'https://in-toto.io/Statement/', 'https://in-toto.io/Statement/v1/../v9', 'https://in-toto.io/Statement/v1 ', 'https://in-toto.io/Statement/v0.1x']) {
      showable(() => verifyBundle(dsse(type, statement({ _type: other, subject })), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /is not an in-toto statement \(expected _type https:\/\/in-toto\.io\/Statement\/v1/);
    }
    for (const known of ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']) {
      assert.equal(verifyBundle(dsse(type, statement({ _type: known, subject })), { bytes: ARTIFACT }, key).statement?.type, known);
    }
  });

  it('a subject that is not an object, or whose digest is not an object of strings, makes no statement: refused for what it is, not for how JavaScript fails on it', () => {
    const type = 'application/vnd.in-toto+json';
    const hex = digestOf('sha256', ARTIFACT);
    for (const subject of [[{ name: 'widget', digest: { sha256: 5 } }], [{ name: 'widget', digest: { sha256: [hex] } }], [{ name: 'widget', digest: [hex] }], ['widget'], [null], [{ name: 'widget', digest: { sha256: hex }, }, { name: 'other', digest: { sha512: { hex } } }]]) {
      showable(() => verifyBundle(dsse(type, statement({ subject })), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /^the DSSE payload \(an in-toto statement\) has a subject \d that is not an object of a name and a digest set \(digest strings by algorithm\)/);
    }
  });

  it('a statement that repeats a key, nests too deep, or names a field twice in another case: readers differ on what it says (protobuf JSON, as sigstore-go reads it, refuses the first two; Go\'s encoding/json folds the case)', () => {
    const type = 'application/vnd.in-toto+json';
    const subject = (name: string, artifact: Buffer): string => JSON.stringify([{ name, digest: { sha256: digestOf('sha256', artifact) } }]);
    // JSON.parse keeps the last subject list, the artifact's; a reader that keeps the first sees another file.
    const twice = Buffer.from(`{"_type":"https://in-toto.io/Statement/v1",\n"subject":${subject('other', OTHER)},\n"predicateType":"https://slsa.dev/provenance/v1","predicate":{},\n"subject":${subject('widget', ARTIFACT)}}`);
    showable(() => verifyBundle(dsse(type, twice), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /^the DSSE payload \(an in-toto statement\) repeats the key "subject" in one object, on line 4/);
    const deep = Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject('widget', ARTIFACT)},"predicateType":"x","predicate":${'['.repeat(600)}${']'.repeat(600)}}`);
    showable(() => verifyBundle(dsse(type, deep), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /^the DSSE payload \(an in-toto statement\) nests objects and arrays more than 512 levels deep/);
    assert.equal(verifyBundle(dsse(type, Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject('widget', ARTIFACT)},"predicateType":"x","predicate":{"subject":1}}`)), { bytes: ARTIFACT }, key).signer.kind, 'key', 'the same key in another object is fine');
    // Go's encoding/json (cosign's attestation policies read the statement with it) matches field names case-insensitively, the last one winning.
    const folded = Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject('widget', ARTIFACT)},"predicateType":"https://slsa.dev/provenance/v1","predicate":{},"PredicateType":"https://example.com/other"}`);
    showable(() => verifyBundle(dsse(type, folded), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /^the DSSE payload \(an in-toto statement\) has both "predicateType" and "PredicateType"/);
    // U+017F (long s) folds to s in Go, as U+212A (Kelvin) folds to k.
    const longS = Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject('widget', ARTIFACT)},"predicateType":"x","predicate":{},"\u017Fubject":${subject('other', OTHER)}}`);
    showable(() => verifyBundle(dsse(type, longS), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /has both "subject" and "\u017Fubject"/);
    const entry = Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"widget","digest":{"sha256":"${digestOf('sha256', ARTIFACT)}"},"DIGEST":{"sha256":"00"}}],"predicateType":"x","predicate":{}}`);
    showable(() => verifyBundle(dsse(type, entry), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /its subject 1 has both "digest" and "DIGEST"/);
    assert.equal(verifyBundle(dsse(type, Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject('widget', ARTIFACT)},"predicateType":"x","predicate":{"PATH":1,"path":2}}`)), { bytes: ARTIFACT }, key).signer.kind, 'key', 'a predicate\'s own keys are its business');
  });

  it('a statement that is not UTF-8, or whose predicate is not an object, is refused, as gh, cosign and sigstore-python refuse it: read leniently, a name with U+FFFD in it or a list for a predicate verified here alone', () => {
    const type = 'application/vnd.in-toto+json';
    const subject = JSON.stringify([{ name: 'widget', digest: { sha256: digestOf('sha256', ARTIFACT) } }]);
    const notUtf8 = Buffer.concat([Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject},"predicateType":"x","predicate":{"builder":"`), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]);
    showable(() => verifyBundle(dsse(type, notUtf8), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /^the DSSE payload \(an in-toto statement\) is not UTF-8 text/);
    for (const [predicate, kind] of [['[1,2]', 'an array'], ['"text"', 'string'], ['7', 'number']] as const) {
      const odd = Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject},"predicateType":"x","predicate":${predicate}}`);
      showable(() => verifyBundle(dsse(type, odd), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', new RegExp(`has a predicate that is not an object \\(${kind}\\)`));
    }
    // A predicate type that is not a URI string (missing, an object, a number) is no statement either, not "another predicate type".
    for (const [predicateType, said] of [['', 'no predicateType'], [',"predicateType":{"a":1}', 'a predicateType that is not a URI \\(object\\)'], [',"predicateType":7', 'a predicateType that is not a URI \\(number\\)'], [',"predicateType":""', 'a predicateType that is not a URI \\(empty\\)']] as const) {
      const odd = Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject}${predicateType},"predicate":{}}`);
      showable(() => verifyBundle(dsse(type, odd), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', new RegExp(`has ${said}`));
    }
    // No predicate, or null (protobuf JSON reads it as absent), is a statement as the spec allows.
    for (const rest of ['', ',"predicate":null']) assert.equal(verifyBundle(dsse(type, Buffer.from(`{"_type":"https://in-toto.io/Statement/v1","subject":${subject},"predicateType":"x"${rest}}`)), { bytes: ARTIFACT }, key).signer.kind, 'key');
  });

  it('a public key\'s hint, when a keyless bundle was expected', () => {
    for (const hint of [HOSTILE, `${HOSTILE}${HUGE}`]) {
      const bundle = { ...dsse('application/vnd.in-toto+json', statement({ subject: [] })), verificationMaterial: { publicKey: { hint }, tlogEntries: [] } };
      showable(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy()), 'VERIFY_KEY_MISMATCH', /found a bundle signed by a key \(hint "\\u001b\]0;owned/);
    }
  });

  it('the bundle\'s media type, digest algorithm and log entry fields', () => {
    showable(() => verifyBundle({ mediaType: `${HOSTILE}${HUGE}` }, { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /not a Sigstore bundle: .*found "\\u001b\]0;owned/);
    const message = (algorithm: string, logIndex = '1'): Json => ({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: 'release' }, tlogEntries: [{ logIndex }] },
      messageSignature: { messageDigest: { algorithm, digest: 'AA==' }, signature: 'AA==' },
    });
    showable(() => verifyBundle(message(`\u009b${HOSTILE}`), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /messageDigest\.algorithm "\\u009b\\u001b\]0;owned/);
    showable(() => verifyBundle(message('SHA2_256', `\u0085${HOSTILE}`), { bytes: ARTIFACT }, key), 'VERIFY_BUNDLE_INVALID', /logIndex is "\\u0085\\u001b\]0;owned/);
  });

  it('the certificate\'s identity, issuer and extensions, against a policy naming others', () => {
    const { trust: forged, bundleFor } = forgeryKit();
    for (const hostile of [HOSTILE, `${HOSTILE}${HUGE}`]) {
      const named = (...names: Buffer[]): Json => bundleFor((template) => tbsCertificate({ ...template, extensions: [...(template.extensions ?? []), subjectAltNames(...names), extension(FULCIO_OIDS.sourceRepositoryURI, der.utf8String(hostile))] }));
      // A name that is no IA5String is refused as such, and quoted; an ASCII one with control characters (an email address) reaches the policy, quoted too.
      showable(() => verifyBundle(named(utf8Uri(hostile)), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /subject alternative name "\\u001b\]0;owned.* is not an IA5String/);
      const ascii = [...hostile].filter((character) => character.charCodeAt(0) < 0x80).join('');
      showable(() => verifyBundle(named(der.implicitPrimitive(1, Buffer.from(ascii, 'ascii'))), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_POLICY_IDENTITY_MISMATCH', /expected certificate identity ".*", found "\\u001b\]0;owned/);
      showable(() => verifyBundle(named(utf8Uri(IDENTITY), der.implicitPrimitive(1, Buffer.from(ascii, 'ascii'))), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /carries 2 subject alternative names \(".*", "\\u001b\]0;owned/);
      const extensionPolicy: CertificatePolicy = { ...policy(), extensions: { sourceRepositoryURI: 'https://github.com/octo-org/widget' } };
      showable(() => verifyBundle(named(utf8Uri(IDENTITY)), { bytes: ARTIFACT }, extensionPolicy, forged), 'VERIFY_POLICY_EXTENSION_MISMATCH', /found "\\u001b\]0;owned/);
      const issued = (issuer: string, issuerV1?: string): Json => bundleFor((template) => tbsCertificate({ ...template, extensions: [extension(FULCIO_OIDS.issuer, der.utf8String(issuer)), ...(issuerV1 === undefined ? [] : [extension(FULCIO_OIDS.issuerV1, Buffer.from(issuerV1, 'utf8'))]), subjectAltNames(utf8Uri(IDENTITY))] }));
      showable(() => verifyBundle(issued(hostile), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_POLICY_ISSUER_MISMATCH', /expected OIDC issuer ".*", found "\\u001b\]0;owned/);
      showable(() => verifyBundle(issued(ISSUER, hostile), { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_INVALID', /two OIDC issuers: ".*" \(1\.3\.6\.1\.4\.1\.57264\.1\.8\) and "\\u001b\]0;owned/);
    }
  });

  it('--repo pins the repository\'s owner extension (.1.16) too, as gh does: a certificate whose owner is another, or missing, is refused', () => {
    const { trust: forged, bundleFor } = forgeryKit();
    const withOwner = (owner: string | undefined): Json =>
      bundleFor((template) => tbsCertificate({ ...template, extensions: [extension(FULCIO_OIDS.issuer, der.utf8String(ISSUER)), subjectAltNames(utf8Uri(IDENTITY)), extension(FULCIO_OIDS.sourceRepositoryURI, der.utf8String('https://github.com/octo-org/widget')), ...(owner === undefined ? [] : [extension(FULCIO_OIDS.sourceRepositoryOwnerURI, der.utf8String(owner))])] }));
    verifyBundle(withOwner('https://github.com/Octo-Org'), { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/widget' }), forged);
    for (const owner of ['https://github.com/evil-org', undefined]) {
      assert.throws(() => verifyBundle(withOwner(owner), { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/widget' }), forged), { code: 'VERIFY_POLICY_EXTENSION_MISMATCH', message: /sourceRepositoryOwnerURI/ }, owner);
    }
  });

  it('the GitHub shortcuts (--repo, --signer-workflow) pin GitHub Actions\' issuer: the same identity and source repository from another issuer is refused', () => {
    const { trust: forged, bundleFor } = forgeryKit();
    // Other CI providers' Fulcio principals fill these extensions from claims their users choose (docs/security/trust.md).
    const from = (issuer: string): Json => bundleFor((template) => tbsCertificate({ ...template, extensions: [extension(FULCIO_OIDS.issuer, der.utf8String(issuer)), subjectAltNames(utf8Uri(IDENTITY)), extension(FULCIO_OIDS.sourceRepositoryURI, der.utf8String('https://github.com/octo-org/widget')), extension(FULCIO_OIDS.sourceRepositoryOwnerURI, der.utf8String('https://github.com/octo-org'))] }));
    const shortcuts = [githubPolicy({ repo: 'octo-org/widget' }), githubPolicy({ signerWorkflow: 'octo-org/widget/.github/workflows/release.yml' }), githubPolicy({ repo: 'octo-org/widget', signerWorkflow: 'octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3' })];
    for (const shortcut of shortcuts) {
      verifyBundle(from(ISSUER), { bytes: ARTIFACT }, shortcut, forged);
      for (const other of ['https://gitlab.com', 'https://token.actions.githubusercontent.com/', 'https://token.actions.octo.ghe.com']) {
        assert.throws(() => verifyBundle(from(other), { bytes: ARTIFACT }, shortcut, forged), { code: 'VERIFY_POLICY_ISSUER_MISMATCH' }, other);
      }
    }
  });

  it('--certificate-oidc-issuer overrides the issuer the shortcuts pin (a GHE.com tenant\'s): that issuer is then the only one accepted, GitHub Actions\' refused', async () => {
    const { trust: forged, bundleFor } = forgeryKit();
    const tenant = 'https://token.actions.octo.ghe.com';
    const from = (issuer: string, host: string): Json =>
      bundleFor((template) => tbsCertificate({ ...template, extensions: [extension(FULCIO_OIDS.issuer, der.utf8String(issuer)), subjectAltNames(utf8Uri(`https://${host}/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3`)), extension(FULCIO_OIDS.sourceRepositoryURI, der.utf8String(`https://${host}/octo-org/widget`)), extension(FULCIO_OIDS.sourceRepositoryOwnerURI, der.utf8String(`https://${host}/octo-org`))] }));
    const shortcut = { kind: 'certificate', identity: undefined, repo: 'octo-org/widget', owner: undefined } as const;
    // --repo with the tenant's issuer; --signer-workflow naming the tenant's host, which --repo then takes too.
    const overridden = await resolvePolicy({ ...shortcut, signerWorkflow: undefined, issuer: { kind: 'exact', value: tenant } }, '.');
    const onTenant = await resolvePolicy({ ...shortcut, signerWorkflow: 'octo.ghe.com/octo-org/widget/.github/workflows/release.yml', issuer: { kind: 'exact', value: tenant } }, '.');
    const pinned = await resolvePolicy({ ...shortcut, signerWorkflow: undefined, issuer: undefined }, '.');
    verifyBundle(from(tenant, 'github.com'), { bytes: ARTIFACT }, overridden, forged);
    verifyBundle(from(tenant, 'octo.ghe.com'), { bytes: ARTIFACT }, onTenant, forged);
    assert.throws(() => verifyBundle(from(ISSUER, 'github.com'), { bytes: ARTIFACT }, overridden, forged), { code: 'VERIFY_POLICY_ISSUER_MISMATCH' });
    assert.throws(() => verifyBundle(from(ISSUER, 'octo.ghe.com'), { bytes: ARTIFACT }, onTenant, forged), { code: 'VERIFY_POLICY_ISSUER_MISMATCH' });
    // Without the flag the shortcut keeps GitHub Actions' issuer: the tenant's certificate is refused.
    assert.throws(() => verifyBundle(from(tenant, 'github.com'), { bytes: ARTIFACT }, pinned, forged), { code: 'VERIFY_POLICY_ISSUER_MISMATCH' });
    // --repo alone names github.com: a tenant's certificate (its repository on the tenant's host) needs the host from --signer-workflow.
    assert.throws(() => verifyBundle(from(tenant, 'octo.ghe.com'), { bytes: ARTIFACT }, overridden, forged), { code: 'VERIFY_POLICY_IDENTITY_MISMATCH' });
  });

  it('a key a bundle file repeats, and what JSON.parse says of a file that is not JSON', async (t) => {
    const directory = await tempDir(t);
    const key = JSON.stringify(`${HOSTILE}${HUGE}`);
    await writeFile(join(directory, 'twice.sigstore.json'), `{${key}:1,${key}:2}`);
    await writeFile(join(directory, 'twice.intoto.jsonl'), `{${key}:1,${key}:2}\n`);
    await writeFile(join(directory, 'broken.sigstore.json'), `\u009b${HOSTILE}`);
    for (const read of [() => readBundleFile('twice.sigstore.json', directory), () => readAttestationBundles('twice.intoto.jsonl', directory)]) {
      await assert.rejects(read(), (error: { code?: string; message: string }) => {
        assert.equal(error.code, 'VERIFY_BUNDLE_INVALID');
        assertShowable(error.message, /^twice\.(sigstore\.json|intoto\.jsonl(:1)?) repeats the key "\\u001b\]0;owned/);
        return true;
      });
    }
    await assert.rejects(readBundleFile('broken.sigstore.json', directory), (error: { code?: string; message: string }) => {
      assert.equal(error.code, 'VERIFY_BUNDLE_INVALID');
      assertShowable(error.message, /^broken\.sigstore\.json is not JSON: /);
      return true;
    });
  });

  it('a policy\'s identity (a release\'s policy file names it) and what JSON.parse says of a trusted root line', () => {
    showable(() => verifyBundle(dsse('application/vnd.in-toto+json', statement({ subject: [] })), { bytes: ARTIFACT }, policy(`${HOSTILE}${HUGE}`)), 'VERIFY_KEY_MISMATCH', /^expected a keyless bundle signed by "\\u001b\]0;owned.*\(cut: \d+ characters\), found a bundle signed by a key/);
    showable(() => verifyBundle(dsse('application/vnd.in-toto+json', statement({ subject: [] })), { bytes: ARTIFACT }, { ...policy(), identity: matching(`x\u009b${'.'.repeat(HUGE.length)}`) }), 'VERIFY_KEY_MISMATCH', /^expected a keyless bundle signed by \/\^\(\?:x \.+\u2026 \(cut: \d+ characters\)\)\$\/, found/);
    showable(() => loadTrustMaterial(`{}\n\u009b${HOSTILE}\n`, 'roots.jsonl'), 'SIGSTORE_TRUSTED_ROOT_INVALID', /^roots\.jsonl:2: not JSON: /);
  });

  it('the name of a certificate\'s issuer that is no CA of the trusted root', () => {
    const { trust: forged, bundleFor } = forgeryKit();
    // OpenSSL reads names of at most 1 MiB.
    for (const hostile of [HOSTILE, `${HOSTILE}${HUGE.slice(0, 500_000)}`]) {
      const bundle = bundleFor((template) => tbsCertificate({ ...template, issuerName: der.name([['2.5.4.3', hostile]]), extensions: [...(template.extensions ?? []), subjectAltNames(utf8Uri(IDENTITY))] }));
      showable(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy(), forged), 'VERIFY_CERTIFICATE_UNTRUSTED', /the signing certificate was issued by "CN=.*owned/);
    }
  });
});
