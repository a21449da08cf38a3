import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { initializeCA } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog } from '@sigstore/mock/dist/rekor/tlog.js';
import { initializeTSA } from '@sigstore/mock/dist/timestamp/index.js';
import {
  exactly,
  githubPolicy,
  loadPublicKey,
  loadPrehashedVerifier,
  loadTrustMaterial,
  matching,
  verifyBundle,
  type CertificatePolicy,
  type PrehashedVerifier,
  type TrustMaterial,
  type VerificationPolicy,
} from '../../src/sigstore/verify/index.js';
import { githubClaims, startInstance, toV03, type Instance } from './sigstore-js.js';
import * as der from '../support/sigstore/der.js';
import { OID_COMMON_NAME, issueCertificate, toPEM } from '../support/sigstore/x509.js';

const IDENTITY = 'https://github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3';
const ISSUER = 'https://token.actions.githubusercontent.com';
const ARTIFACT = Buffer.from('trust-kit release artifact\n');
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

function policy(identity = IDENTITY, issuer = ISSUER): CertificatePolicy {
  return { kind: 'certificate', identity: exactly(identity), issuer: exactly(issuer), extensions: {} };
}

type Json = Record<string, unknown>;
const clone = (value: Json): Json => structuredClone(value);
/** Sets a field at a dotted path (numeric parts index arrays) in a copy of the bundle. */
function tamper(bundle: Json, path: string, change: (value: unknown) => unknown): Json {
  const copy = clone(bundle);
  const parts = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  const last = parts.at(-1) as string;
  node[last] = change(node[last]);
  return copy;
}
/** Flips one bit of a base64 value, at a byte index from the end by default. */
function flipBase64(value: unknown, index = -10): string {
  const bytes = Buffer.from(String(value), 'base64');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

function rejects(run: () => unknown, code: string, message?: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.equal((error as { code?: string }).code, code, `expected ${code}, got ${(error as { code?: string }).code}: ${(error as Error).message}`);
    if (message !== undefined) assert.match((error as Error).message, message);
    return true;
  });
}

describe('verifyBundle', () => {
  let publicGood: Instance;
  let github: Instance;
  let other: Instance;
  let pgTrust: TrustMaterial;
  let ghTrust: TrustMaterial;
  let blob: Json;
  let blobV03: Json;
  let attestation: Json;
  let ghBlob: Json;
  let ghAttestation: Json;
  let otherBlob: Json;
  let verifyPrehashed: PrehashedVerifier;
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      { name: 'widget.tar.gz', digest: { sha256: sha256(ARTIFACT) } },
      { name: 'other.tar.gz', digest: { sha256: sha256('other') } },
    ],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {},
  };

  before(async () => {
    verifyPrehashed = await loadPrehashedVerifier();
    [publicGood, github, other] = await Promise.all([startInstance(), startInstance({ tlog: false, tsa: true, ctlog: false }), startInstance()]);
    pgTrust = loadTrustMaterial(JSON.stringify(publicGood.trustedRoot), 'pg.json');
    ghTrust = loadTrustMaterial(JSON.stringify(github.trustedRoot), 'gh.json');
    blob = await publicGood.signBlob(ARTIFACT);
    blobV03 = toV03(blob);
    attestation = await publicGood.attest(statement);
    ghBlob = toV03(await github.signBlob(ARTIFACT));
    ghAttestation = await github.attest(statement);
    otherBlob = await other.signBlob(ARTIFACT);
  });
  after(async () => {
    await Promise.all([publicGood.close(), github.close(), other.close()]);
  });

  describe('accepts', () => {
    it('a v0.2 message-signature bundle for the artifact bytes, reporting signer, log entry and time', () => {
      const result = verifyBundle(blob, { bytes: ARTIFACT }, policy(), pgTrust);
      assert.equal(result.content, 'message-signature');
      assert.deepEqual(result.artifact, { algorithm: 'sha256', hex: sha256(ARTIFACT) });
      assert.equal(result.signer.kind, 'certificate');
      assert.equal(result.signer.kind === 'certificate' && result.signer.subjectAlternativeName, IDENTITY);
      assert.equal(result.signer.kind === 'certificate' && result.signer.extensions.sourceRepositoryURI, 'https://github.com/octo-org/widget');
      assert.equal(result.tlogEntries.length, 1);
      assert.equal(result.tlogEntries[0]?.kind, 'hashedrekord/0.0.1');
      assert.deepEqual(result.timestamps.map((timestamp) => timestamp.source), ['transparency-log']);
    });

    it('the same bundle as v0.3 and as v0.1 (inclusion promise only)', () => {
      verifyBundle(blobV03, { bytes: ARTIFACT }, policy(), pgTrust);
      const entry = (blob.verificationMaterial as { tlogEntries: Json[] }).tlogEntries[0] as Json;
      const { inclusionProof: _proof, ...promiseOnly } = entry;
      const v01 = { ...clone(blob), mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1', verificationMaterial: { ...(blob.verificationMaterial as Json), tlogEntries: [promiseOnly] } };
      assert.equal(verifyBundle(v01, { bytes: ARTIFACT }, policy(), pgTrust).mediaType, 'application/vnd.dev.sigstore.bundle+json;version=0.1');
    });

    it('a message signature by digest alone (pre-hashed ECDSA verification, loaded only for it)', () => {
      const result = verifyBundle(blobV03, { digest: { algorithm: 'sha256', hex: sha256(ARTIFACT).toUpperCase() }, verifyPrehashed }, policy(), pgTrust);
      assert.equal(result.artifact.hex, sha256(ARTIFACT));
      rejects(() => verifyBundle(tamper(blobV03, 'messageSignature.signature', (value) => flipBase64(value)), { digest: { algorithm: 'sha256', hex: sha256(ARTIFACT) }, verifyPrehashed }, policy(), pgTrust), 'VERIFY_SIGNATURE_INVALID');
      rejects(() => verifyBundle(blobV03, { digest: { algorithm: 'sha256', hex: sha256(ARTIFACT) } }, policy(), pgTrust), 'VERIFY_BUNDLE_UNSUPPORTED', /no verifier of signatures over a digest/);
    });

    it('a DSSE bundle for an artifact that is one of the statement\'s subjects, by bytes or digest', () => {
      const result = verifyBundle(attestation, { bytes: ARTIFACT }, policy(), pgTrust);
      assert.equal(result.content, 'dsse');
      assert.equal(result.statement?.predicateType, 'https://slsa.dev/provenance/v1');
      assert.equal(result.tlogEntries[0]?.kind, 'dsse/0.0.1');
      verifyBundle(attestation, { digest: { algorithm: 'sha256', hex: sha256('other') } }, policy(), pgTrust);
    });

    it('GitHub-instance bundles (no log, a signed timestamp) against their own root', () => {
      const result = verifyBundle(ghBlob, { bytes: ARTIFACT }, policy(), ghTrust);
      assert.deepEqual(result.timestamps.map((timestamp) => timestamp.source), ['timestamp-authority']);
      assert.equal(result.tlogEntries.length, 0);
      verifyBundle(ghAttestation, { bytes: ARTIFACT }, policy(), ghTrust);
    });

    it('bundles of either instance with the JSONL of both roots (`gh attestation trusted-root`)', () => {
      const jsonl = `${JSON.stringify(publicGood.trustedRoot)}\n${JSON.stringify(github.trustedRoot)}\n`;
      const both = loadTrustMaterial(jsonl, 'roots.jsonl');
      assert.equal(both.roots.length, 2);
      const fromPg = verifyBundle(blob, { bytes: ARTIFACT }, policy(), both);
      const fromGh = verifyBundle(ghBlob, { bytes: ARTIFACT }, policy(), both);
      assert.equal(fromPg.signer.kind === 'certificate' && fromPg.signer.trustRoot, 'roots.jsonl:1');
      assert.equal(fromGh.signer.kind === 'certificate' && fromGh.signer.trustRoot, 'roots.jsonl:2');
    });

    it('the GitHub shortcuts: --repo and --signer-workflow with or without a ref', () => {
      verifyBundle(blob, { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/widget' }), pgTrust);
      verifyBundle(blob, { bytes: ARTIFACT }, githubPolicy({ signerWorkflow: 'octo-org/widget/.github/workflows/release.yml' }), pgTrust);
      verifyBundle(blob, { bytes: ARTIFACT }, githubPolicy({ signerWorkflow: 'octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3' }), pgTrust);
      verifyBundle(blob, { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/widget', signerWorkflow: 'github.com/octo-org/widget/.github/workflows/release.yml' }), pgTrust);
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, githubPolicy({ signerWorkflow: 'github.example/octo-org/widget/.github/workflows/release.yml' }), pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
    });

    it('anchored regular expressions that match the whole identity and issuer', () => {
      const regexpPolicy: CertificatePolicy = { kind: 'certificate', identity: matching('https://github\\.com/octo-org/.+'), issuer: matching('https://token\\.actions\\.githubusercontent\\.com'), extensions: {} };
      verifyBundle(blob, { bytes: ARTIFACT }, regexpPolicy, pgTrust);
    });

    it('many bundles of one signer through the certificate cache, each still fully checked', () => {
      for (let i = 0; i < 3; i++) verifyBundle(blob, { bytes: ARTIFACT }, policy(), pgTrust);
      rejects(() => verifyBundle(blob, { bytes: Buffer.from('tampered') }, policy(), pgTrust), 'VERIFY_ARTIFACT_MISMATCH');
    });
  });

  describe('rejects a tampered artifact', () => {
    it('for a message signature, by bytes and by digest', () => {
      rejects(() => verifyBundle(blob, { bytes: Buffer.from('trust-kit release artifact!\n') }, policy(), pgTrust), 'VERIFY_ARTIFACT_MISMATCH', new RegExp(`the bundle signs sha256:${sha256(ARTIFACT)}, but the artifact is sha256:`));
      rejects(() => verifyBundle(blob, { digest: { algorithm: 'sha256', hex: sha256('x') } }, policy(), pgTrust), 'VERIFY_ARTIFACT_MISMATCH');
      rejects(() => verifyBundle(blob, { digest: { algorithm: 'sha512', hex: 'a'.repeat(128) } }, policy(), pgTrust), 'VERIFY_ARTIFACT_MISMATCH', /sha512/);
    });

    it('for a DSSE statement that does not name it, listing the subjects', () => {
      rejects(() => verifyBundle(attestation, { bytes: Buffer.from('not a subject') }, policy(), pgTrust), 'VERIFY_SUBJECT_MISMATCH', /widget\.tar\.gz/);
      rejects(() => verifyBundle(ghAttestation, { digest: { algorithm: 'sha256', hex: sha256('nope') } }, policy(), ghTrust), 'VERIFY_SUBJECT_MISMATCH');
    });
  });

  describe('rejects each tampered bundle field with its own code', () => {
    const cases: [string, () => Json, string][] = [
      ['mediaType', () => ({ ...blob, mediaType: 'application/vnd.dev.sigstore.bundle+json;version=9' }), 'VERIFY_BUNDLE_INVALID'],
      ['messageSignature.signature', () => tamper(blob, 'messageSignature.signature', (value) => flipBase64(value)), 'VERIFY_SIGNATURE_INVALID'],
      ['messageSignature.messageDigest.digest', () => tamper(blob, 'messageSignature.messageDigest.digest', (value) => flipBase64(value, 0)), 'VERIFY_ARTIFACT_MISMATCH'],
      ['certificate (signature bytes)', () => tamper(blobV03, 'verificationMaterial.certificate.rawBytes', (value) => flipBase64(value, -5)), 'VERIFY_CERTIFICATE_UNTRUSTED'],
      ['certificate (swapped for another valid one)', () => tamper(blobV03, 'verificationMaterial.certificate', () => (toV03(attestationLike()).verificationMaterial as Json).certificate), 'VERIFY_SIGNATURE_INVALID'],
      ['tlog canonicalizedBody', () => tamper(blob, 'verificationMaterial.tlogEntries.0.canonicalizedBody', (value) => flipBase64(value, 20)), 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['tlog signedEntryTimestamp', () => tamper(blob, 'verificationMaterial.tlogEntries.0.inclusionPromise.signedEntryTimestamp', (value) => flipBase64(value)), 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['tlog integratedTime', () => tamper(blob, 'verificationMaterial.tlogEntries.0.integratedTime', (value) => String(Number(value) - 1)), 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['tlog logIndex', () => tamper(blob, 'verificationMaterial.tlogEntries.0.logIndex', (value) => String(Number(value ?? 0) + 1)), 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['tlog logId', () => tamper(blob, 'verificationMaterial.tlogEntries.0.logId.keyId', (value) => flipBase64(value, 0)), 'VERIFY_TLOG_UNTRUSTED'],
      ['tlog kindVersion', () => tamper(blob, 'verificationMaterial.tlogEntries.0.kindVersion.kind', () => 'dsse'), 'VERIFY_TLOG_BODY_MISMATCH'],
      // The bundle's kind and version are signed by nobody: a version the logged body does not have is a body of another kind, not an unsupported one.
      ['tlog kindVersion version', () => tamper(blob, 'verificationMaterial.tlogEntries.0.kindVersion.version', () => '0.0.9'), 'VERIFY_TLOG_BODY_MISMATCH'],
      ['tlog inclusion proof checkpoint', () => tamper(blob, 'verificationMaterial.tlogEntries.0.inclusionProof.checkpoint.envelope', (value) => String(value).replace(/\n(\d+)\n/, (_m, size: string) => `\n${Number(size) + 1}\n`)), 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['tlog inclusion proof rootHash', () => tamper(blob, 'verificationMaterial.tlogEntries.0.inclusionProof.rootHash', (value) => flipBase64(value, 0)), 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['tlog inclusion proof treeSize (the checkpoint\'s left as signed)', () => tamper(blob, 'verificationMaterial.tlogEntries.0.inclusionProof.treeSize', (value) => String(Number(value) + 1)), 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['tlog entry of another signature (valid, but not this bundle\'s)', () => tamper(blob, 'verificationMaterial.tlogEntries', () => (clone(blobOfSameLog()).verificationMaterial as Json).tlogEntries), 'VERIFY_TLOG_BODY_MISMATCH'],
      ['DSSE payload', () => tamper(attestation, 'dsseEnvelope.payload', (value) => Buffer.from(Buffer.from(String(value), 'base64').toString('utf8').replace('other.tar.gz', 'evil.tar.gz')).toString('base64')), 'VERIFY_SIGNATURE_INVALID'],
      ['DSSE payloadType', () => tamper(attestation, 'dsseEnvelope.payloadType', () => 'application/json'), 'VERIFY_SIGNATURE_INVALID'],
      ['DSSE signature', () => tamper(attestation, 'dsseEnvelope.signatures.0.sig', (value) => flipBase64(value)), 'VERIFY_SIGNATURE_INVALID'],
    ];
    let second: Json;
    let sameLog: Json;
    const attestationLike = (): Json => second;
    const blobOfSameLog = (): Json => sameLog;
    before(async () => {
      second = await publicGood.signBlob(Buffer.from('another artifact'));
      sameLog = second;
    });
    for (const [field, make, code] of cases) {
      it(`${field}: ${code}`, () => {
        rejects(() => verifyBundle(make(), { bytes: ARTIFACT }, policy(), pgTrust), code);
      });
    }

    it('the RFC 3161 timestamp: VERIFY_TIMESTAMP_INVALID', () => {
      const tampered = tamper(ghBlob, 'verificationMaterial.timestampVerificationData.rfc3161Timestamps.0.signedTimestamp', (value) => flipBase64(value));
      rejects(() => verifyBundle(tampered, { bytes: ARTIFACT }, policy(), ghTrust), 'VERIFY_TIMESTAMP_INVALID');
    });

    it('JSON that is no bundle at all: VERIFY_BUNDLE_INVALID', () => {
      rejects(() => verifyBundle({ hello: 'world' }, { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_BUNDLE_INVALID', /expected mediaType/);
      rejects(() => verifyBundle(tamper(blobV03, 'verificationMaterial', () => ({})), { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_BUNDLE_INVALID');
    });
  });

  describe('rejects an identity that is not exactly the expected one', () => {
    const found = IDENTITY;
    const cases: [string, string][] = [
      ['a prefix of the expected one', `${found}.1`],
      ['the expected one followed by more', found.slice(0, -2)],
      ['a suffix of the expected one', `https://evil.example/${found}`],
      ['a substring of the expected one', `x${found}x`],
      ['the expected one in another case', found.toUpperCase()],
      ['another ref of the expected one', found.replace('refs/tags/v1.2.3', 'refs/heads/main')],
    ];
    for (const [name, expected] of cases) {
      it(`found identity is ${name}: VERIFY_POLICY_IDENTITY_MISMATCH naming both`, () => {
        rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(expected), pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH', new RegExp(`expected certificate identity .*found "${found.replaceAll('.', '\\.')}"`));
      });
    }

    it('regular expressions are anchored: a pattern matching only part of the identity fails', () => {
      // Its start, its middle, all but its end, and its end alone.
      for (const pattern of ['https://github\\.com/octo-org', 'octo-org/widget', '.*widget/\\.github/workflows/release\\.yml@refs/tags/v1\\.2', 'widget/\\.github/workflows/release\\.yml@refs/tags/v1\\.2\\.3']) {
        const regexpPolicy: CertificatePolicy = { kind: 'certificate', identity: matching(pattern), issuer: exactly(ISSUER), extensions: {} };
        rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, regexpPolicy, pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
      }
    });

    it('--repo of another, longer or shorter repository name: VERIFY_POLICY_EXTENSION_MISMATCH or identity mismatch', async () => {
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/widge' }), pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
      const evil = await publicGood.signBlob(ARTIFACT, githubClaims({ repository: 'octo-org/widget-evil' }));
      rejects(() => verifyBundle(evil, { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/widget' }), pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
      const reusable = await publicGood.signBlob(ARTIFACT, githubClaims({ repository: 'octo-org/widget-evil', job_workflow_ref: 'octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3' }));
      rejects(() => verifyBundle(reusable, { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/widget', signerWorkflow: 'octo-org/widget/.github/workflows/release.yml' }), pgTrust), 'VERIFY_POLICY_EXTENSION_MISMATCH', /sourceRepositoryURI.*"https:\/\/github\.com\/octo-org\/widget".*found "https:\/\/github\.com\/octo-org\/widget-evil"/);
    });

    it('--signer-workflow with another ref', () => {
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, githubPolicy({ signerWorkflow: 'octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2' }), pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
    });

    it('a wrong issuer: VERIFY_POLICY_ISSUER_MISMATCH', () => {
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(IDENTITY, 'https://accounts.google.com'), pgTrust), 'VERIFY_POLICY_ISSUER_MISMATCH', /expected OIDC issuer "https:\/\/accounts\.google\.com", found "https:\/\/token\.actions\.githubusercontent\.com"/);
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(IDENTITY, `${ISSUER}/`), pgTrust), 'VERIFY_POLICY_ISSUER_MISMATCH');
    });
  });

  describe('rejects untrusted or insufficient proofs', () => {
    it('a certificate from a CA not in the trusted root: VERIFY_CERTIFICATE_UNTRUSTED', () => {
      rejects(() => verifyBundle(otherBlob, { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_CERTIFICATE_UNTRUSTED', /pg\.json holds a CA of that name, but not the key that signed it/);
    });

    it('a certificate used outside its validity: VERIFY_CERTIFICATE_EXPIRED', async () => {
      const stale = await startInstance({ certificateClockOffsetMs: -2 * 60 * 60 * 1000 });
      try {
        const bundle = await stale.signBlob(ARTIFACT);
        rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy(), loadTrustMaterial(stale.trustedRoot)), 'VERIFY_CERTIFICATE_EXPIRED', /valid from .* to .*, but the transparency-log time is/);
      } finally {
        await stale.close();
      }
    });

    it('a CA trusted only for another period: VERIFY_CERTIFICATE_EXPIRED; listed for both periods, accepted', () => {
      const ca = (publicGood.trustedRoot.certificateAuthorities as Json[])[0] as Json;
      const past = { ...ca, validFor: { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' } };
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial({ ...publicGood.trustedRoot, certificateAuthorities: [past] })), 'VERIFY_CERTIFICATE_EXPIRED', /the transparency-log time \S+ is outside the window the trusted root trusts the issuing CA "[^"]+" in \(validFor from 2020-01-01T00:00:00.000Z to 2021-01-01T00:00:00.000Z\)/);
      verifyBundle(blob, { bytes: ARTIFACT }, policy(), loadTrustMaterial({ ...publicGood.trustedRoot, certificateAuthorities: [past, ca] }));
    });

    it('no log entry where the instance has a transparency log: VERIFY_TLOG_MISSING', () => {
      rejects(() => verifyBundle(tamper(blobV03, 'verificationMaterial.tlogEntries', () => []), { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_TLOG_MISSING');
    });

    it('no signed timestamp where the instance has no log: VERIFY_TIMESTAMP_MISSING', () => {
      rejects(() => verifyBundle(tamper(ghBlob, 'verificationMaterial.timestampVerificationData', () => ({ rfc3161Timestamps: [] })), { bytes: ARTIFACT }, policy(), ghTrust), 'VERIFY_TIMESTAMP_MISSING');
    });

    it('a log or timestamp authority the trusted root does not list', () => {
      const noLogs = loadTrustMaterial({ ...publicGood.trustedRoot, tlogs: [] }, 'no-logs.json');
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), noLogs), 'VERIFY_TLOG_UNTRUSTED');
      const noTsa = loadTrustMaterial({ ...github.trustedRoot, timestampAuthorities: [] }, 'no-tsa.json');
      rejects(() => verifyBundle(ghBlob, { bytes: ARTIFACT }, policy(), noTsa), 'VERIFY_TIMESTAMP_INVALID');
    });

    it('a certificate without SCT where the root lists CT logs: VERIFY_SCT_MISSING; SCTs of another CT log: VERIFY_SCT_INVALID', async () => {
      // The stack's Fulcio always embeds an SCT, so this certificate comes from a bare mock CA.
      const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }));
      const tsa = await initializeTSA(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }));
      (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000);
      const ephemeral = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const certificate = await ca.issueCertificate({ publicKey: ephemeral.publicKey.export({ format: 'der', type: 'spki' }), subjectAltName: IDENTITY, extensions: [{ oid: '1.3.6.1.4.1.57264.1.8', value: ISSUER }] });
      const signature = sign('sha256', ARTIFACT, ephemeral.privateKey);
      const timestamp = await tsa.timestamp({ artifactHash: createHash('sha256').update(signature).digest(), hashAlgorithmOID: '2.16.840.1.101.3.4.2.1', nonce: 7, policyOID: '1.3.6.1.4.1.57264.2', certReq: false });
      const b64 = (view: ArrayBufferView): string => Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
      const bundle = {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { certificate: { rawBytes: b64(certificate) }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: b64(timestamp) }] } },
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(ARTIFACT).digest('base64') }, signature: signature.toString('base64') },
      };
      const start = { start: new Date(Date.now() - 3600000).toISOString() };
      const root = {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [],
        certificateAuthorities: [{ uri: 'https://fulcio.local', certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] }, validFor: start }],
        ctlogs: [],
        timestampAuthorities: [{ uri: 'https://tsa.local', certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] }, validFor: start }],
      };
      verifyBundle(bundle, { bytes: ARTIFACT }, policy(), loadTrustMaterial(root, 'no-ct.json'));
      rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy(), loadTrustMaterial({ ...root, ctlogs: publicGood.trustedRoot.ctlogs }, 'with-ct.json')), 'VERIFY_SCT_MISSING');
      const wrongCt = loadTrustMaterial({ ...publicGood.trustedRoot, ctlogs: other.trustedRoot.ctlogs }, 'pg-other-ct.json');
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), wrongCt), 'VERIFY_SCT_INVALID');
    });
  });

  describe('local-key bundles', () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const pem = keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const keyBundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: sha256(keys.publicKey.export({ format: 'der', type: 'spki' })) }, tlogEntries: [] },
      messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(ARTIFACT).digest('base64') }, signature: sign('sha256', ARTIFACT, keys.privateKey).toString('base64') },
    };

    it('verify with the signer\'s public key, by bytes or digest, without a trusted root', () => {
      const keyPolicy = loadPublicKey(pem, 'cosign.pub', 'ignored');
      const result = verifyBundle(keyBundle, { bytes: ARTIFACT }, keyPolicy);
      assert.deepEqual(result.signer, { kind: 'key', source: 'cosign.pub' });
      verifyBundle(keyBundle, { digest: { algorithm: 'sha256', hex: sha256(ARTIFACT) }, verifyPrehashed }, keyPolicy);
    });

    it('reject another key, a keyless policy, and a key that is no PEM public key', () => {
      const otherKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'pem', type: 'spki' }).toString();
      rejects(() => verifyBundle(keyBundle, { bytes: ARTIFACT }, loadPublicKey(otherKey, 'other.pub', 'ignored')), 'VERIFY_SIGNATURE_INVALID');
      rejects(() => verifyBundle(keyBundle, { digest: { algorithm: 'sha256', hex: sha256(ARTIFACT) }, verifyPrehashed }, loadPublicKey(otherKey, 'other.pub', 'ignored')), 'VERIFY_SIGNATURE_INVALID');
      rejects(() => verifyBundle(keyBundle, { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_KEY_MISMATCH');
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, loadPublicKey(pem, 'cosign.pub', 'ignored') as VerificationPolicy, pgTrust), 'VERIFY_KEY_MISMATCH');
      rejects(() => loadPublicKey('-----BEGIN PRIVATE KEY-----\n', 'key.pem', 'required'), 'SIGSTORE_KEY_INVALID');
    });

    it('a log entry recording a certificate for the key (cosign sign --key --certificate logs it) stands for the key; one for another key does not', async () => {
      const log = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const tlog = await initializeTLog('https://rekor.local', log);
      const spki = (key: typeof log.publicKey): Buffer => key.export({ format: 'der', type: 'spki' });
      const b64 = (bytes: Buffer): string => bytes.toString('base64');
      const ca = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const certificateFor = (key: typeof log.publicKey): string =>
        toPEM(issueCertificate({ subject: der.name([[OID_COMMON_NAME, 'release-signer@example.com']]), spki: spki(key), issuerName: der.name([[OID_COMMON_NAME, 'private CA']]), issuerKey: ca.privateKey, issuerSpki: spki(ca.publicKey), notBefore: new Date(Date.now() - 60_000), notAfter: new Date(Date.now() + 600_000) }));
      const signature = sign('sha256', ARTIFACT, keys.privateKey);
      // A v0.1 bundle as verify-image makes of a cosign 2 `.sig` layer: the key's, its log entry with a promise.
      const logged = async (verifier: string): Promise<Json> => {
        const entries = await tlog.log({ apiVersion: '0.0.1', kind: 'hashedrekord', spec: { data: { hash: { algorithm: 'sha256', value: sha256(ARTIFACT) } }, signature: { content: b64(signature), publicKey: { content: b64(Buffer.from(verifier)) } } } });
        const [entry] = Object.values(entries) as { body: string; integratedTime: number; logID: string; logIndex: number; verification: { signedEntryTimestamp: string } }[];
        assert.ok(entry !== undefined);
        return {
          mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
          verificationMaterial: {
            publicKey: { hint: '' },
            tlogEntries: [{ logIndex: String(entry.logIndex), logId: { keyId: b64(Buffer.from(entry.logID, 'hex')) }, kindVersion: { kind: 'hashedrekord', version: '0.0.1' }, integratedTime: String(entry.integratedTime), inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp }, canonicalizedBody: entry.body }],
          },
          messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(ARTIFACT).digest('base64') }, signature: b64(signature) },
        };
      };
      const start = { start: new Date(Date.now() - 3600000).toISOString() };
      const trust = loadTrustMaterial(
        { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [{ baseUrl: 'https://rekor.local', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: b64(spki(log.publicKey)), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: start }, logId: { keyId: b64(createHash('sha256').update(spki(log.publicKey)).digest()) } }], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] },
        'rekor-local.json',
      );
      const keyPolicy = loadPublicKey(pem, 'cosign.pub', 'ignored');
      assert.equal(verifyBundle(await logged(pem), { bytes: ARTIFACT }, keyPolicy, trust).tlogEntries.length, 1);
      assert.equal(verifyBundle(await logged(certificateFor(keys.publicKey)), { bytes: ARTIFACT }, keyPolicy, trust).tlogEntries.length, 1);
      const foreign = await logged(certificateFor(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey));
      rejects(() => verifyBundle(foreign, { bytes: ARTIFACT }, keyPolicy, trust), 'VERIFY_TLOG_BODY_MISMATCH');
    });

    it("a key policy requiring the log (cosign's default for --key) refuses a bundle without a verified entry, or without a trusted root to verify it; 'ignored' accepts the bundle signed offline", async () => {
      const log = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const tlog = await initializeTLog('https://rekor.local', log);
      const b64 = (bytes: Buffer): string => bytes.toString('base64');
      const signature = sign('sha256', ARTIFACT, keys.privateKey);
      const entries = await tlog.log({ apiVersion: '0.0.1', kind: 'hashedrekord', spec: { data: { hash: { algorithm: 'sha256', value: sha256(ARTIFACT) } }, signature: { content: b64(signature), publicKey: { content: b64(Buffer.from(pem)) } } } });
      const [entry] = Object.values(entries) as { body: string; integratedTime: number; logID: string; logIndex: number; verification: { signedEntryTimestamp: string } }[];
      assert.ok(entry !== undefined);
      const logged = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
          publicKey: { hint: '' },
          tlogEntries: [{ logIndex: String(entry.logIndex), logId: { keyId: b64(Buffer.from(entry.logID, 'hex')) }, kindVersion: { kind: 'hashedrekord', version: '0.0.1' }, integratedTime: String(entry.integratedTime), inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp }, canonicalizedBody: entry.body }],
        },
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(ARTIFACT).digest('base64') }, signature: b64(signature) },
      };
      const spki = log.publicKey.export({ format: 'der', type: 'spki' });
      const trust = loadTrustMaterial(
        { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [{ baseUrl: 'https://rekor.local', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: b64(spki), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: new Date(Date.now() - 3600000).toISOString() } }, logId: { keyId: b64(createHash('sha256').update(spki).digest()) } }], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] },
        'rekor-local.json',
      );
      const required = loadPublicKey(pem, 'cosign.pub', 'required');
      assert.equal(verifyBundle(logged, { bytes: ARTIFACT }, required, trust).tlogEntries.length, 1);
      rejects(() => verifyBundle(keyBundle, { bytes: ARTIFACT }, required, trust), 'VERIFY_TLOG_MISSING');
      rejects(() => verifyBundle(keyBundle, { digest: { algorithm: 'sha256', hex: sha256(ARTIFACT) }, verifyPrehashed }, required, trust), 'VERIFY_TLOG_MISSING');
      // An entry that is there but not checked (no trusted root) is no entry.
      rejects(() => verifyBundle(logged, { bytes: ARTIFACT }, required), 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
      const ignored = loadPublicKey(pem, 'cosign.pub', 'ignored');
      assert.equal(verifyBundle(keyBundle, { bytes: ARTIFACT }, ignored).tlogEntries.length, 0);
    });
  });

  describe('loadTrustMaterial', () => {
    it('rejects what is not a trusted root, naming the file and line', () => {
      rejects(() => loadTrustMaterial('{"mediaType":"x"}', 'root.json'), 'SIGSTORE_TRUSTED_ROOT_INVALID', /root\.json/);
      rejects(() => loadTrustMaterial(`${JSON.stringify(publicGood.trustedRoot)}\nnot json\n`, 'roots.jsonl'), 'SIGSTORE_TRUSTED_ROOT_INVALID', /roots\.jsonl:2/);
      rejects(() => loadTrustMaterial('', 'empty.json'), 'SIGSTORE_TRUSTED_ROOT_INVALID');
      // A log key of another kind than its keyDetails names, as cosign and sigstore-python refuse it.
      const tlogs = structuredClone(publicGood.trustedRoot.tlogs) as (Json & { publicKey: Json })[];
      for (const log of tlogs) log.publicKey['keyDetails'] = 'PKIX_ED25519';
      rejects(() => loadTrustMaterial({ ...publicGood.trustedRoot, tlogs }, 'details.json'), 'SIGSTORE_TRUSTED_ROOT_INVALID', /^details\.json: tlogs\[0\]: its keyDetails PKIX_ED25519 says an ed25519 key, but the key is an ec prime256v1 key/);
      // A pretty-printed root broken on line 4 is one JSON document: the error is where it breaks, not "line 1 is no document".
      rejects(() => loadTrustMaterial('{\n  "mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1",\n  "tlogs": [\n}\n', 'tr.json'), 'SIGSTORE_TRUSTED_ROOT_INVALID', /^tr\.json: not JSON: line 4: /);
      const ca = (publicGood.trustedRoot.certificateAuthorities as Json[])[0] as Json;
      rejects(() => loadTrustMaterial({ ...publicGood.trustedRoot, certificateAuthorities: [{ ...ca, certChain: { certificates: [] } }] }, 'no-certificate.json'), 'SIGSTORE_TRUSTED_ROOT_INVALID', /no-certificate\.json: certificateAuthorities\[0\] has no certificate/);
    });
  });
});

it('a public key in another form than SubjectPublicKeyInfo (PKCS#1 RSA, a certificate) is SIGSTORE_KEY_INVALID saying what it is and the command that converts it', () => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pkcs1 = publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  assert.throws(() => loadPublicKey(pkcs1, 'rsa.pub', 'required'), { code: 'SIGSTORE_KEY_INVALID', message: /^rsa\.pub is an RSA public key in PKCS#1 form/, hint: /openssl rsa -RSAPublicKey_in -in rsa\.pub -pubout/ });
  assert.throws(() => loadPublicKey('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', 'signer.crt', 'required'), { code: 'SIGSTORE_KEY_INVALID', message: /^signer\.crt is a certificate/, hint: /openssl x509 -pubkey -noout -in signer\.crt/ });
});
