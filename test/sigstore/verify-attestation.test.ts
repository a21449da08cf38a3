// The attestation layer of the verifier: reading .sigstore.json and .intoto.jsonl files, picking the
// bundle about the artifact, the policy's codes, and the provenance summary of hostile predicates.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '../../src/core/logger.js';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { attestationPolicy, summarizeProvenance, trustDeciding, verifyAttestation, type AttestationBundle } from '../../src/sigstore/verify/attestation.js';
import { artifactDigests, certificateInstance, readAttestationBundles } from '../../src/sigstore/verify/files.js';
import { githubPolicy, loadPublicKey, loadTrustMaterial, type TrustMaterial } from '../../src/sigstore/verify/index.js';
import { signAttestation } from '../support/github/attest.js';
import { assertShowable, HOSTILE } from '../support/hostile-text.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const ARTIFACT = 'artifact\n';
const SLSA = 'https://slsa.dev/provenance/v1';

describe('reading attestation files', () => {
  test('one bundle, pretty-printed or not; JSON lines with blank lines skipped, each named by its line', async (t) => {
    const cwd = await tempDir(t);
    // Well-formed, as a file of one bundle is refused as it is read otherwise; JSON lines are read as they are.
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: 'x' } },
      dsseEnvelope: { payload: Buffer.from('{}').toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'AAAA', keyid: '' }] },
    };
    await writeFile(join(cwd, 'one.json'), JSON.stringify(bundle, null, 2));
    assert.deepEqual(await readAttestationBundles('one.json', cwd), [{ json: bundle, line: undefined }]);
    await writeFile(join(cwd, 'many.jsonl'), `${JSON.stringify({ n: 1 })}\n\n${JSON.stringify({ n: 2 })}\n`);
    assert.deepEqual(await readAttestationBundles('many.jsonl', cwd), [{ json: { n: 1 }, line: 1 }, { json: { n: 2 }, line: 3 }]);
  });

  test('refuses a line that is not JSON, not an object, or repeats a key, and more than 10,000 bundles', async (t) => {
    const cwd = await tempDir(t);
    const cases: [string, RegExp][] = [
      [`{"n":1}\n{"n":\n`, /bad\.jsonl:2 is not JSON/],
      [`{"n":1}\n[1]\n`, /bad\.jsonl:2 is not a JSON object/],
      [`{"n":1}\n{"a":1,"a":2}\n`, /bad\.jsonl:2 repeats the key "a"/],
      ['"a string"', /bad\.jsonl is not a JSON object/],
      [`${'{"n":1}\n'.repeat(10_001)}`, /holds more than 10000 bundles; at most 10000/],
    ];
    for (const [text, message] of cases) {
      await writeFile(join(cwd, 'bad.jsonl'), text);
      await assert.rejects(readAttestationBundles('bad.jsonl', cwd), (error: { code?: string; message?: string }) => {
        assert.equal(error.code, 'VERIFY_BUNDLE_INVALID');
        assert.match(error.message ?? '', message);
        return true;
      });
    }
  });

  test('digests a file by SHA-256 and SHA-512, takes sha256: references, refuses others and missing files with a code', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'a.txt'), ARTIFACT);
    assert.deepEqual(await artifactDigests('a.txt', cwd), { sha256: sha256(ARTIFACT), sha512: createHash('sha512').update(ARTIFACT).digest('hex') });
    assert.deepEqual(await artifactDigests(`sha256:${sha256(ARTIFACT).toUpperCase()}`, cwd), { sha256: sha256(ARTIFACT) });
    await assert.rejects(artifactDigests(`sha512:${'a'.repeat(128)}`, cwd), { code: 'SIGSTORE_INPUT_UNREADABLE' });
    await assert.rejects(artifactDigests('missing.txt', cwd), (error: { code?: string }) => typeof error.code === 'string' && error.code !== 'INTERNAL');
  });
});

describe('the provenance summary', () => {
  test('reads GitHub\'s workflow build type and leaves out what the predicate does not state', () => {
    assert.deepEqual(summarizeProvenance({ runDetails: { builder: { id: 'https://github.com/o/r/.github/workflows/w.yml@refs/tags/v1' } } }), { builder: 'https://github.com/o/r/.github/workflows/w.yml@refs/tags/v1' });
    assert.deepEqual(summarizeProvenance({ buildDefinition: { resolvedDependencies: [{ uri: 'git+https://github.com/o/r@refs/heads/main', digest: { gitCommit: 'abc' } }] } }), { sourceRepository: 'https://github.com/o/r', sourceCommit: 'abc' });
    // A monorepo's tag holds an @ of its own: the repository is not cut there.
    assert.deepEqual(summarizeProvenance({ buildDefinition: { resolvedDependencies: [{ uri: 'git+https://github.com/o/r@refs/tags/@scope/pkg@1.2.3', digest: { gitCommit: 'abc' } }] } }), { sourceRepository: 'https://github.com/o/r', sourceCommit: 'abc' });
  });

  test('is bounded and printable whatever the signer wrote', () => {
    for (const hostile of [null, 'text', [1, 2], { buildDefinition: [] }, { runDetails: { builder: { id: 42 } } }]) assert.deepEqual(summarizeProvenance(hostile), {});
    const summary = summarizeProvenance({ runDetails: { builder: { id: `evil\u001b[2J\r\n${'x'.repeat(100_000)}` } } });
    assert.ok((summary.builder ?? '').length <= 1024 + 30, 'at most 1,024 characters of it, and that it was cut');
    assert.match(summary.builder ?? '', /\u2026 \(cut: 100010 characters\)$/);
    assert.ok([...(summary.builder ?? '')].every((char) => char.charCodeAt(0) >= 0x20), 'no control character');
  });
});

describe('verifying attestations signed on the loopback stack', () => {
  let stack: SigstoreStack;
  let trust: TrustMaterial;
  let good: Record<string, unknown>;
  let other: Record<string, unknown>;
  const digests = { sha256: sha256(ARTIFACT) };
  before(async () => {
    stack = await startSigstoreStack();
    trust = loadTrustMaterial(stack.trustedRoot, 'stack');
    good = (await signAttestation(stack, { subjects: [{ name: 'a', digest: digests }] })).bundle;
    other = (await signAttestation(stack, { subjects: [{ name: 'b', digest: { sha256: sha256('b') } }] })).bundle;
  });
  after(() => stack.close());

  const lines = (...bundles: Record<string, unknown>[]): AttestationBundle[] => bundles.map((json, index) => ({ json, line: index + 1 }));
  const policy = () => attestationPolicy(githubPolicy({ repo: 'octo-org/octo-repo' }), { predicateType: SLSA }, 'repository');
  const tampered = (): Record<string, unknown> => {
    const copy = structuredClone(good) as { dsseEnvelope: { signatures: { sig: string }[] } };
    const sig = Buffer.from(copy.dsseEnvelope.signatures[0]?.sig ?? '', 'base64');
    sig[sig.length - 1] = (sig[sig.length - 1] ?? 0) ^ 1;
    (copy.dsseEnvelope.signatures[0] as { sig: string }).sig = sig.toString('base64');
    return copy as unknown as Record<string, unknown>;
  };

  test('a JSONL file: a failing bundle about the artifact does not hide a later valid one', () => {
    const result = verifyAttestation({ bundles: lines(other, tampered(), good), artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'x.jsonl' });
    assert.equal(result.line, 3);
    assert.equal(result.statement.subject[0]?.name, 'a');
  });

  test('a subject must agree with the file on every digest both have: a right SHA-256 does not excuse a wrong SHA-512 (gh, comparing SHA-256 alone, accepts it; docs/verify.md says why not)', async () => {
    const sha512 = createHash('sha512').update(ARTIFACT).digest('hex');
    const contradicting = (await signAttestation(stack, { subjects: [{ name: 'a', digest: { ...digests, sha512: 'ab'.repeat(64) } }] })).bundle;
    assert.throws(() => verifyAttestation({ bundles: [{ json: contradicting, line: undefined }], artifact: { ...digests, sha512 }, policy: policy(), trust, predicateType: SLSA, source: 'b' }), { code: 'VERIFY_SUBJECT_MISMATCH' });
    const only512 = (await signAttestation(stack, { subjects: [{ name: 'a', digest: { sha512 } }] })).bundle;
    assert.equal(verifyAttestation({ bundles: [{ json: only512, line: undefined }], artifact: { ...digests, sha512 }, policy: policy(), trust, predicateType: SLSA, source: 'b' }).statement.subject[0]?.name, 'a');
  });

  test('at most 1,000 bundles about the artifact are verified: a file of thousands claiming it and failing costs no more', () => {
    const bad = tampered();
    const verify = (count: number) => verifyAttestation({ bundles: lines(...Array.from({ length: count }, () => bad), good), artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'x.jsonl' });
    assert.equal(verify(999).line, 1000);
    // The failure says a bundle was left untried, which might have verified.
    assert.throws(() => verify(1000), { code: 'VERIFY_SIGNATURE_INVALID', message: /; 1 more attestation\(s\) about the artifact were not tried \(the first 1000 are\)$/ });
  });

  test('when every candidate fails, the first failure is reported with its line', () => {
    assert.throws(() => verifyAttestation({ bundles: lines(other, tampered(), tampered()), artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'x.jsonl' }), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'VERIFY_SIGNATURE_INVALID');
      assert.match(error.message ?? '', /^x\.jsonl:2: /);
      return true;
    });
  });

  test('a predicate type a signer made huge or hostile is quoted printable and bounded, and still named', async () => {
    const huge = (await signAttestation(stack, { subjects: [{ name: 'a', digest: digests }], predicateType: `https://example.com/${HOSTILE}${'x'.repeat(100_000)}` })).bundle;
    for (const bundles of [[{ json: huge, line: undefined }], lines(other, huge)]) {
      assert.throws(() => verifyAttestation({ bundles, artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'b' }), (error: { code?: string; message: string }) => {
        assert.equal(error.code, 'VERIFY_PREDICATE_TYPE_MISMATCH');
        assertShowable(error.message, /"https:\/\/example\.com\/\\u001b\]0;owned\\u0007\\u009b2J\\u0085nextx+"\u2026 \(cut: \d+ characters\)/, 600);
        return true;
      });
    }
  });

  test('subject names a signer made hostile are quoted bounded when the artifact is not among them', async () => {
    const name = `\u001b[2J${'n'.repeat(100_000)}`;
    const hostile = (await signAttestation(stack, { subjects: [{ name, digest: { sha256: sha256('b'), [`x${'k'.repeat(10_000)}`]: 'v'.repeat(10_000) } }] })).bundle;
    assert.throws(() => verifyAttestation({ bundles: [{ json: hostile, line: undefined }], artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'b' }), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'VERIFY_SUBJECT_MISMATCH');
      assert.ok((error.message ?? '').length < 600, `${(error.message ?? '').length} characters`);
      assert.ok(!(error.message ?? '').includes('\u001b'));
      return true;
    });
  });

  test('a single bundle is verified whatever it claims, so that its own failure is what is reported', () => {
    assert.throws(() => verifyAttestation({ bundles: [{ json: { mediaType: 'nope' }, line: undefined }], artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'b.json' }), { code: 'VERIFY_BUNDLE_INVALID' });
    assert.throws(() => verifyAttestation({ bundles: [{ json: other, line: undefined }], artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'b.json' }), { code: 'VERIFY_SUBJECT_MISMATCH' });
    // Several bundles, none with a statement to read (no DSSE envelope): the first one's failure, with its line, not "none lists the artifact".
    const broken = { bundles: [1, 2].map((line) => ({ json: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: {} }, line })), artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'b.jsonl' };
    assert.throws(() => verifyAttestation(broken), { code: 'VERIFY_BUNDLE_INVALID', message: /^b\.jsonl:1: / });
    // Some readable, none about the artifact: the others are counted, by line.
    assert.throws(() => verifyAttestation({ ...broken, bundles: [{ json: other, line: 1 }, ...broken.bundles.map((bundle) => ({ ...bundle, line: bundle.line + 1 }))] }), { code: 'VERIFY_SUBJECT_MISMATCH', message: /none of the 3 attestations in b\.jsonl lists the artifact sha256:\w+ as a subject \(2 of them hold no statement that can be read: lines 2, 3\)$/ });
  });

  test('a plain signature (no statement) is not an attestation', async (t) => {
    const raw = { 'subject-path': 'unused', instance: 'public-good', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
    const opened = await openSigningSession(signConfig(raw, cliNamer()), { cwd: await tempDir(t), env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    const blob = (await opened.session?.signBlob(Buffer.from(ARTIFACT), 'a'))?.bundle;
    assert.throws(() => verifyAttestation({ bundles: [{ json: blob, line: undefined }], artifact: digests, policy: policy(), trust, predicateType: SLSA, source: 'b.json' }), { code: 'VERIFY_BUNDLE_UNSUPPORTED' });
  });

  test('without --trusted-root, the instance is the one of the bundle asked for, not of the first line', async () => {
    const github = await startSigstoreStack({ rekor: false, fulcioOrganization: 'GitHub, Inc.' });
    try {
      const release = (await signAttestation(github, { subjects: [{ name: 'a', digest: digests }], predicateType: 'https://in-toto.io/attestation/release/v0.1', predicate: {}, instance: 'github' })).bundle;
      const bundles = lines(release, good);
      assert.equal(certificateInstance(bundles[0]?.json), 'github');
      assert.equal(certificateInstance(trustDeciding(bundles, digests, SLSA)), 'public-good');
      assert.equal(certificateInstance(trustDeciding(bundles, digests, 'https://in-toto.io/attestation/release/v0.1')), 'github');
    } finally {
      await github.close();
    }
  });

  test('a key policy is kept as it is: a key names no repository, runner or source', () => {
    const key = loadPublicKey(stack.trustedRoot.ctlogs[0] === undefined ? '' : `-----BEGIN PUBLIC KEY-----\n${stack.trustedRoot.ctlogs[0].publicKey.rawBytes}\n-----END PUBLIC KEY-----\n`, 'ct.pub', 'ignored');
    assert.equal(attestationPolicy(key, { predicateType: SLSA, sourceRef: 'refs/heads/main', denySelfHostedRunners: true }, 'explicit'), key);
  });
});
