// The verifier on bundles made by trust-kit's own signer against the loopback Sigstore stack:
// public-good style (Fulcio, CT log, Rekor) and GitHub's private-repository style (Fulcio, TSA).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import { openSigningSession, type SigningSession } from '../../src/sigstore/sign/index.js';
import { exactly, githubPolicy, loadPrehashedVerifier, loadTrustMaterial, verifyBundle, type CertificatePolicy, type TrustMaterial } from '../../src/sigstore/verify/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const ARTIFACT = Buffer.from('release artifact\n');
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
const policy = (identity = IDENTITY): CertificatePolicy => ({ kind: 'certificate', identity: exactly(identity), issuer: exactly(ISSUER), extensions: {} });
type Json = Record<string, unknown>;

async function session(stack: SigstoreStack, instance: 'public-good' | 'github', env: Record<string, string> = { ...stack.env }): Promise<SigningSession> {
  const raw: Record<string, string> = { 'subject-path': 'unused', instance, 'fulcio-url': stack.fulcioURL, 'trusted-root': stack.trustedRootPath };
  if (instance === 'public-good' && stack.rekorURL !== undefined) raw['rekor-url'] = stack.rekorURL;
  if (instance === 'github' && stack.tsaURL !== undefined) raw['tsa-url'] = stack.tsaURL;
  const opened = await openSigningSession(signConfig(raw, cliNamer()), { cwd: process.cwd(), env, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
  assert.ok(opened.session);
  return opened.session;
}

function edit(bundle: Json, change: (copy: Json & { verificationMaterial: Json & { tlogEntries: Json[] } }) => void): Json {
  const copy = structuredClone(bundle) as Json & { verificationMaterial: Json & { tlogEntries: Json[] } };
  change(copy);
  return copy;
}

function flip(base64: unknown, at = -8): string {
  const bytes = Buffer.from(String(base64), 'base64');
  const index = at < 0 ? bytes.length + at : at;
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return bytes.toString('base64');
}

function rejects(run: () => unknown, code: string): void {
  assert.throws(run, (error: { code?: string; message?: string }) => {
    assert.equal(error.code, code, error.message);
    return true;
  });
}

describe('verifying bundles trust-kit signed on the loopback stack', () => {
  let publicGood: SigstoreStack;
  let github: SigstoreStack;
  let pgTrust: TrustMaterial;
  let ghTrust: TrustMaterial;
  let blob: Json;
  let statement: Json;
  let ghBlob: Json;
  const subjects = [{ name: 'app.tar.gz', digest: { sha256: sha256(ARTIFACT) } }];

  before(async () => {
    [publicGood, github] = await Promise.all([startSigstoreStack({ tsa: false }), startSigstoreStack({ rekor: false })]);
    pgTrust = loadTrustMaterial(publicGood.trustedRoot, 'public-good.json');
    ghTrust = loadTrustMaterial(github.trustedRoot, 'github.json');
    const pg = await session(publicGood, 'public-good');
    blob = (await pg.signBlob(ARTIFACT, 'app.tar.gz')).bundle as unknown as Json;
    statement = (await pg.signStatement({ _type: 'https://in-toto.io/Statement/v1', subject: subjects, predicateType: 'https://slsa.dev/provenance/v1', predicate: {} }, 'provenance')).bundle as unknown as Json;
    ghBlob = (await (await session(github, 'github')).signBlob(ARTIFACT, 'app.tar.gz')).bundle as unknown as Json;
  });
  after(async () => {
    await Promise.all([publicGood.close(), github.close()]);
  });

  test('accepts them by bytes and by digest, under exact identities and the GitHub shortcuts', async () => {
    const verifyPrehashed = await loadPrehashedVerifier();
    for (const artifact of [{ bytes: ARTIFACT }, { digest: { algorithm: 'sha256' as const, hex: sha256(ARTIFACT) }, verifyPrehashed }]) {
      assert.equal(verifyBundle(blob, artifact, policy(), pgTrust).tlogEntries[0]?.kind, 'hashedrekord/0.0.1');
      assert.equal(verifyBundle(statement, artifact, githubPolicy({ repo: 'octo-org/octo-repo' }), pgTrust).tlogEntries[0]?.kind, 'dsse/0.0.1');
      assert.deepEqual(verifyBundle(ghBlob, artifact, githubPolicy({ signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main' }), ghTrust).timestamps.map((t) => t.source), ['timestamp-authority']);
    }
  });

  test('rejects a tampered artifact, or one the statement does not name', () => {
    rejects(() => verifyBundle(blob, { bytes: Buffer.from('other') }, policy(), pgTrust), 'VERIFY_ARTIFACT_MISMATCH');
    rejects(() => verifyBundle(ghBlob, { digest: { algorithm: 'sha256', hex: sha256('other') } }, policy(), ghTrust), 'VERIFY_ARTIFACT_MISMATCH');
    rejects(() => verifyBundle(statement, { bytes: Buffer.from('other') }, policy(), pgTrust), 'VERIFY_SUBJECT_MISMATCH');
  });

  test('rejects each tampered field with its own code', () => {
    const cases: [string, Json, TrustMaterial, string][] = [
      ['signature', edit(blob, (b) => ((b.messageSignature as Json).signature = flip((b.messageSignature as Json).signature))), pgTrust, 'VERIFY_SIGNATURE_INVALID'],
      ['certificate', edit(blob, (b) => ((b.verificationMaterial.certificate as Json).rawBytes = flip((b.verificationMaterial.certificate as Json).rawBytes, -4))), pgTrust, 'VERIFY_CERTIFICATE_UNTRUSTED'],
      ['statement payload', edit(statement, (b) => ((b.dsseEnvelope as Json).payload = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'evil', digest: { sha256: sha256('evil') } }], predicateType: 'x' })).toString('base64'))), pgTrust, 'VERIFY_SIGNATURE_INVALID'],
      ['log body', edit(blob, (b) => ((b.verificationMaterial.tlogEntries[0] as Json).canonicalizedBody = flip((b.verificationMaterial.tlogEntries[0] as Json).canonicalizedBody, 30))), pgTrust, 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['log inclusion proof', edit(blob, (b) => {
        const proof = (b.verificationMaterial.tlogEntries[0] as Json).inclusionProof as Json;
        proof.logIndex = String(Number(proof.logIndex ?? 0) + 1);
      }), pgTrust, 'VERIFY_TLOG_INCLUSION_INVALID'],
      ['signed timestamp', edit(ghBlob, (b) => {
        const data = b.verificationMaterial.timestampVerificationData as { rfc3161Timestamps: Json[] };
        (data.rfc3161Timestamps[0] as Json).signedTimestamp = flip((data.rfc3161Timestamps[0] as Json).signedTimestamp);
      }), ghTrust, 'VERIFY_TIMESTAMP_INVALID'],
    ];
    for (const [, bundle, trust, code] of cases) rejects(() => verifyBundle(bundle, { bytes: ARTIFACT }, policy(), trust), code);
    const notANumber = edit(blob, (b) => (((b.verificationMaterial.tlogEntries[0] as Json).inclusionProof as Json).logIndex = 'NaN'));
    rejects(() => verifyBundle(notANumber, { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_BUNDLE_INVALID');
  });

  test('never accepts a bundle with any byte of a signed field changed, and never fails without a code', () => {
    const fields: [string, (b: Json) => Json, string][] = [
      ['certificate', (b) => (b.verificationMaterial as Json).certificate as Json, 'rawBytes'],
      ['message digest', (b) => (b.messageSignature as Json).messageDigest as Json, 'digest'],
      ['signature', (b) => b.messageSignature as Json, 'signature'],
      ['log id', (b) => ((b.verificationMaterial as { tlogEntries: Json[] }).tlogEntries[0] as Json).logId as Json, 'keyId'],
      ['log body', (b) => (b.verificationMaterial as { tlogEntries: Json[] }).tlogEntries[0] as Json, 'canonicalizedBody'],
      ['signed entry timestamp', (b) => ((b.verificationMaterial as { tlogEntries: Json[] }).tlogEntries[0] as Json).inclusionPromise as Json, 'signedEntryTimestamp'],
      ['root hash', (b) => ((b.verificationMaterial as { tlogEntries: Json[] }).tlogEntries[0] as Json).inclusionProof as Json, 'rootHash'],
    ];
    let seed = 7;
    const random = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % limit;
    };
    for (const [name, locate, key] of fields) {
      const length = Buffer.from(String(locate(blob)[key]), 'base64').length;
      for (let i = 0; i < 40; i++) {
        const at = random(length);
        const bit = 1 << random(8);
        const mutated = edit(blob, (b) => {
          const holder = locate(b);
          const bytes = Buffer.from(String(holder[key]), 'base64');
          bytes[at] = (bytes[at] ?? 0) ^ bit;
          holder[key] = bytes.toString('base64');
        });
        assert.throws(() => verifyBundle(mutated, { bytes: ARTIFACT }, policy(), pgTrust), (error: { code?: string }) => {
          assert.match(String(error.code), /^VERIFY_[A-Z_]+$/, `${name} byte ${at} bit ${bit}: ${String(error.code)}`);
          return true;
        }, `${name}: byte ${at} bit ${bit} changed, yet the bundle verified`);
      }
    }
  });

  test('rejects near-miss identities, another ref and another repository', async () => {
    for (const expected of [`${IDENTITY}x`, IDENTITY.slice(0, -1), IDENTITY.toUpperCase(), IDENTITY.replace('refs/heads/main', 'refs/tags/v1.0.0')]) {
      rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(expected), pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
    }
    const token = publicGood.oidc.mintToken({ repository: 'octo-org/octo-repo-fork' });
    const fork = (await (await session(publicGood, 'public-good', { SIGSTORE_ID_TOKEN: token })).signBlob(ARTIFACT, 'app.tar.gz')).bundle as unknown as Json;
    rejects(() => verifyBundle(fork, { bytes: ARTIFACT }, githubPolicy({ repo: 'octo-org/octo-repo' }), pgTrust), 'VERIFY_POLICY_IDENTITY_MISMATCH');
    rejects(() => verifyBundle(fork, { bytes: ARTIFACT }, { ...policy(IDENTITY.replace('octo-repo', 'octo-repo-fork')), extensions: { sourceRepositoryURI: 'https://github.com/octo-org/octo-repo' } }, pgTrust), 'VERIFY_POLICY_EXTENSION_MISMATCH');
    rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, { ...policy(), issuer: exactly('https://token.actions.githubusercontent.com.evil') }, pgTrust), 'VERIFY_POLICY_ISSUER_MISMATCH');
  });

  test('rejects a CA of another instance, and bundles missing the log entry or timestamp their instance requires', () => {
    rejects(() => verifyBundle(ghBlob, { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_CERTIFICATE_UNTRUSTED');
    rejects(() => verifyBundle(blob, { bytes: ARTIFACT }, policy(), ghTrust), 'VERIFY_CERTIFICATE_UNTRUSTED');
    rejects(() => verifyBundle(edit(blob, (b) => (b.verificationMaterial.tlogEntries = [])), { bytes: ARTIFACT }, policy(), pgTrust), 'VERIFY_TLOG_MISSING');
    rejects(() => verifyBundle(edit(ghBlob, (b) => delete b.verificationMaterial.timestampVerificationData), { bytes: ARTIFACT }, policy(), ghTrust), 'VERIFY_TIMESTAMP_MISSING');
  });
});

// rekor.sigstore.dev numbers entries across its shards (logIndex, which the SET signs) while an inclusion proof is for
// the index in the active shard's tree: on every real bundle the two differ. A verifier requiring them equal refused them all.
test('a bundle from a sharded Rekor v1 log (logIndex past the proof\'s index in its shard) verifies, reporting the logIndex its promise signs', async () => {
  const stack = await startSigstoreStack({ tsa: false, rekorInitialSize: 3, rekorShardOffset: 1_000_000 });
  try {
    const signed = (await (await session(stack, 'public-good')).signBlob(ARTIFACT, 'app.tar.gz')).bundle as unknown as Json;
    const entry = (signed.verificationMaterial as { tlogEntries: { logIndex: string; inclusionProof: { logIndex: string } }[] }).tlogEntries[0];
    assert.ok(entry !== undefined && BigInt(entry.logIndex) === BigInt(entry.inclusionProof.logIndex) + 1_000_000n, JSON.stringify(entry));
    const trust = loadTrustMaterial(stack.trustedRoot, 'trusted_root.json');
    assert.equal(verifyBundle(signed, { bytes: ARTIFACT }, policy(), trust).tlogEntries[0]?.logIndex, entry.logIndex);
  } finally {
    await stack.close();
  }
});
