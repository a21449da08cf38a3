// No trust downgrade, the pure parts: reading a release's evidence from its assets, comparing two releases, choosing the previous one.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { compareEvidence, describeEvidence, downgradeReport, previousRelease, workflowOf, type DowngradeCode, type ReleaseCandidate } from '../../src/release/downgrade.js';
import { EVIDENCE_LIMITS, evidenceOf, evidenceReads, type Evidence, type EvidenceAsset, type EvidenceSigner } from '../../src/release/evidence.js';
import { CertificateTransparencyLog, FulcioCA } from '../support/sigstore/fulcio.js';
import { cli } from '../support/cli.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { toPEM } from '../support/sigstore/x509.js';
import { tempDir } from '../support/tmp.js';

const WORKFLOW = 'https://github.com/octo-org/app/.github/workflows/release.yml';
const ISSUER = 'https://token.actions.githubusercontent.com';

function signer(overrides: Partial<Extract<EvidenceSigner, { kind: 'certificate' }>> = {}): EvidenceSigner {
  return { kind: 'certificate', identity: `${WORKFLOW}@refs/tags/v1.0.0`, issuer: ISSUER, sourceRepository: 'https://github.com/octo-org/app', instance: 'github', caOrganization: 'GitHub, Inc.', ...overrides };
}

/** A trust-kit release with everything on. */
function full(overrides: Partial<Evidence> = {}): Evidence {
  return {
    checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer() },
    artifactSignatures: 2,
    predicateTypes: ['https://cyclonedx.org/bom', 'https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3'],
    sboms: ['sbom.cdx.json', 'sbom.spdx.json'],
    auditLog: true,
    immutable: true,
    imagesSigned: 1,
    unread: [],
    ...overrides,
  };
}

describe('compareEvidence', () => {
  const cases: { name: string; previous: Evidence; current: Evidence; codes: DowngradeCode[] }[] = [
    { name: 'the same evidence', previous: full(), current: full(), codes: [] },
    { name: 'a new ref of the same workflow', previous: full(), current: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ identity: `${WORKFLOW}@refs/tags/v1.1.0` }) } }), codes: [] },
    { name: 'more evidence than before', previous: full({ artifactSignatures: 0, predicateTypes: [], sboms: [], auditLog: false, immutable: false, imagesSigned: 0 }), current: full(), codes: [] },
    { name: 'SPDX 2.2 to 2.3, SLSA v0.2 to v1: the same kinds', previous: full({ predicateTypes: ['https://slsa.dev/provenance/v0.2', 'https://spdx.dev/Document/v2.2'] }), current: full({ predicateTypes: ['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3'] }), codes: [] },
    { name: 'signed to unsigned', previous: full(), current: full({ checksums: { file: 'SHA256SUMS', signature: undefined, signer: undefined } }), codes: ['DOWNGRADE_UNSIGNED'] },
    { name: 'signed to no checksums file at all', previous: full(), current: full({ checksums: undefined }), codes: ['DOWNGRADE_UNSIGNED'] },
    { name: 'another workflow', previous: full(), current: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ identity: 'https://github.com/octo-org/app/.github/workflows/other.yml@refs/tags/v1.1.0' }) } }), codes: ['DOWNGRADE_SIGNER_CHANGED'] },
    { name: 'another repository', previous: full(), current: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ sourceRepository: 'https://github.com/fork/app' }) } }), codes: ['DOWNGRADE_SIGNER_CHANGED'] },
    { name: 'another OIDC issuer', previous: full(), current: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ issuer: 'https://gitlab.com' }) } }), codes: ['DOWNGRADE_SIGNER_CHANGED'] },
    { name: 'keyless to a key', previous: full(), current: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: { kind: 'key' } } }), codes: ['DOWNGRADE_SIGNER_CHANGED'] },
    { name: 'a key to keyless', previous: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: { kind: 'key' } } }), current: full(), codes: [] },
    { name: 'github to public-good', previous: full(), current: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ instance: 'public-good', caOrganization: 'sigstore.dev' }) } }), codes: ['DOWNGRADE_INSTANCE_CHANGED'] },
    { name: 'public-good to github', previous: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ instance: 'public-good', caOrganization: 'sigstore.dev' }) } }), current: full(), codes: ['DOWNGRADE_INSTANCE_CHANGED'] },
    { name: 'one private deployment to another', previous: full({ checksums: { file: 'SHA256SUMS', signature: 'x', signer: signer({ instance: 'other', caOrganization: 'acme' }) } }), current: full({ checksums: { file: 'SHA256SUMS', signature: 'x', signer: signer({ instance: 'other', caOrganization: 'globex' }) } }), codes: ['DOWNGRADE_INSTANCE_CHANGED'] },
    { name: 'the previous signer could not be read: not compared', previous: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: undefined } }), current: full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: { kind: 'key' } } }), codes: [] },
    { name: 'provenance dropped', previous: full(), current: full({ predicateTypes: ['https://cyclonedx.org/bom', 'https://spdx.dev/Document/v2.3'] }), codes: ['DOWNGRADE_PROVENANCE_REMOVED'] },
    { name: 'every attestation dropped', previous: full({ predicateTypes: ['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3', 'https://example.com/test-result/v1'] }), current: full({ predicateTypes: [] }), codes: ['DOWNGRADE_PROVENANCE_REMOVED', 'DOWNGRADE_SBOM_ATTESTATION_REMOVED', 'DOWNGRADE_ATTESTATION_REMOVED'] },
    { name: 'the CycloneDX SBOM dropped', previous: full(), current: full({ sboms: ['sbom.spdx.json'] }), codes: ['DOWNGRADE_SBOM_REMOVED'] },
    { name: 'per-artifact signatures, audit log, images, immutability dropped', previous: full(), current: full({ artifactSignatures: 0, auditLog: false, imagesSigned: 0, immutable: false }), codes: ['DOWNGRADE_ARTIFACT_SIGNATURES_REMOVED', 'DOWNGRADE_AUDIT_LOG_REMOVED', 'DOWNGRADE_IMAGES_UNSIGNED', 'DOWNGRADE_MUTABLE'] },
    { name: 'images unknown before: not compared', previous: full({ imagesSigned: undefined }), current: full({ imagesSigned: 0 }), codes: [] },
  ];
  for (const { name, previous, current, codes } of cases) {
    test(name, () => {
      const downgrades = compareEvidence(previous, current);
      assert.deepEqual(downgrades.map((downgrade) => downgrade.code), codes);
      for (const downgrade of downgrades) assert.ok(downgrade.message.length > 20 && !downgrade.message.includes('undefined'), downgrade.message);
    });
  }

  test('a changed signer is named on both sides, without the refs', () => {
    const [changed] = compareEvidence(full(), full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ identity: 'https://github.com/octo-org/app/.github/workflows/other.yml@refs/tags/v1.1.0' }) } }));
    assert.match(changed?.message ?? '', /identity https:\/\/github\.com\/octo-org\/app\/\.github\/workflows\/release\.yml -> https:\/\/github\.com\/octo-org\/app\/\.github\/workflows\/other\.yml/);
    assert.equal(workflowOf(`${WORKFLOW}@refs/heads/main`), WORKFLOW);
    assert.equal(workflowOf('release@example.com'), 'release@example.com');
  });

  test("a monorepo tag holding an @ is cut from the workflow whole: another package's release by the same workflow is no signer change", () => {
    assert.equal(workflowOf(`${WORKFLOW}@refs/tags/@scope/pkg@1.2.3`), WORKFLOW);
    assert.equal(workflowOf(`${WORKFLOW}@${'a'.repeat(40)}`), WORKFLOW);
    const signed = (identity: string): Evidence => full({ checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ identity }) } });
    assert.deepEqual(compareEvidence(signed(`${WORKFLOW}@refs/tags/v1.0.0`), signed(`${WORKFLOW}@refs/tags/pkg@1.2.3`)), []);
    assert.deepEqual(compareEvidence(signed(`${WORKFLOW}@refs/tags/other@2.0.0`), signed(`${WORKFLOW}@refs/tags/pkg@1.2.3`)), []);
  });
});

describe('previousRelease', () => {
  const release = (tagName: string, publishedAt: string, extra: Partial<ReleaseCandidate> = {}): ReleaseCandidate => ({ tagName, draft: false, prerelease: false, publishedAt: new Date(publishedAt), ...extra });
  const releases = [
    release('v2.0.0', '2026-05-01T00:00:00Z'),
    release('v1.10.0', '2026-04-01T00:00:00Z'),
    release('v1.9.0', '2026-06-01T00:00:00Z'), // a backport, published after v2.0.0
    release('v2.1.0-rc.1', '2026-06-10T00:00:00Z', { prerelease: true }),
    release('v2.1.0', '2026-06-20T00:00:00Z', { draft: true, publishedAt: undefined }),
    release('nightly', '2026-06-30T00:00:00Z'),
  ];
  const cases: [string, string | undefined][] = [
    ['v2.1.0', 'v2.0.0'], // not the draft of itself, not the prerelease, not the later-published backport
    ['v1.10.1', 'v1.10.0'], // semver order, not string order (v1.9.0 sorts after v1.10.0 as text)
    ['v2.1.0-rc.2', 'v2.1.0-rc.1'], // a prerelease is compared with prereleases too
    ['v2.1.0-rc.1', 'v2.0.0'],
    ['v1.0.0', 'nightly'], // no earlier version: the newest release whose tag is not a version
    ['weekly', 'nightly'], // not a version: by publication date
  ];
  for (const [tag, expected] of cases) {
    test(`${tag} is compared with ${expected ?? 'nothing'}`, () => {
      assert.equal(previousRelease(releases, tag)?.tagName, expected);
    });
  }
  test("a monorepo package is compared with its own previous release, never another package's", () => {
    const monorepo = [
      release('app@3.0.0', '2026-06-01T00:00:00Z'),
      release('lib@1.1.0', '2026-05-01T00:00:00Z'),
      release('lib@1.0.0', '2026-04-01T00:00:00Z'),
      release('@scope/lib@9.0.0', '2026-06-02T00:00:00Z'),
      release('@scope/lib@1.0.0-rc.1', '2026-03-01T00:00:00Z', { prerelease: true }),
      release('tools/v0.9.0', '2026-06-03T00:00:00Z'),
      release('component-v2.0.0', '2026-06-04T00:00:00Z'),
      release('v5.0.0', '2026-06-05T00:00:00Z'),
    ];
    const expected: [string, string | undefined][] = [
      ['lib@1.2.0', 'lib@1.1.0'],
      ['lib@1.0.1', 'lib@1.0.0'],
      ['@scope/lib@9.1.0', '@scope/lib@9.0.0'],
      ['@scope/lib@1.0.0-rc.2', '@scope/lib@1.0.0-rc.1'],
      ['tools/v1.0.0', 'tools/v0.9.0'],
      ['component-v2.1.0', 'component-v2.0.0'],
      ['v5.1.0', 'v5.0.0'],
      ['new@1.0.0', undefined], // a package's first release: nothing of its own to compare with
    ];
    for (const [tag, previous] of expected) assert.equal(previousRelease(monorepo, tag)?.tagName, previous, tag);
  });

  test('a repository without another published release has no previous release', () => {
    assert.equal(previousRelease([release('v1.0.0', '2026-01-01T00:00:00Z')], 'v1.0.0'), undefined);
    assert.equal(previousRelease([release('v1.1.0', '2026-01-01T00:00:00Z', { draft: true })], 'v1.2.0'), undefined);
  });
});

describe('evidenceOf', () => {
  const clock = (): Date => new Date();
  const certificate = (organization: string, san: string, extensions: { oid: string; value: string; legacy?: boolean }[]): Buffer => {
    const ca = new FulcioCA(clock, new CertificateTransparencyLog(clock), new Date(), organization);
    return ca.issueLeaf(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey, san, extensions);
  };
  const githubLeaf = certificate('GitHub, Inc.', `${WORKFLOW}@refs/tags/v1.0.0`, [
    { oid: '1.3.6.1.4.1.57264.1.8', value: ISSUER },
    { oid: '1.3.6.1.4.1.57264.1.12', value: 'https://github.com/octo-org/app' },
  ]);
  const publicGoodLeaf = certificate('sigstore.dev', `${WORKFLOW}@refs/tags/v0.9.0`, [{ oid: '1.3.6.1.4.1.57264.1.1', value: ISSUER, legacy: true }]);
  const v03 = (der: Buffer): Buffer => Buffer.from(JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { certificate: { rawBytes: der.toString('base64') } }, messageSignature: {} }));
  const statementLine = (predicateType: string): string => JSON.stringify({ dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify({ predicateType })).toString('base64'), signatures: [] } });
  const read = (assets: EvidenceAsset[], files: Record<string, Buffer | string>, immutable = false): Evidence => {
    const contents = new Map<string, Buffer>();
    for (const wanted of evidenceReads(assets)) {
      const bytes = files[wanted.name];
      if (bytes !== undefined) contents.set(wanted.name, Buffer.from(bytes));
    }
    return evidenceOf(assets, contents, immutable);
  };
  const assetsOf = (files: Record<string, Buffer | string>, extra: string[] = []): EvidenceAsset[] => [...Object.entries(files).map(([name, bytes]) => ({ name, size: Buffer.from(bytes).length })), ...extra.map((name) => ({ name, size: 10 }))];

  test('a trust-kit release: the signed checksums and their signer on GitHub\'s instance, per-artifact bundles, attestations, SBOMs, audit log, images from VERIFY.md', () => {
    const files = {
      'SHA256SUMS.sigstore.json': v03(githubLeaf),
      'attestations.intoto.jsonl': `${statementLine('https://slsa.dev/provenance/v1')}\n${statementLine('https://spdx.dev/Document/v2.3')}\n${statementLine('https://slsa.dev/provenance/v1')}\n`,
      'VERIFY.md': '# Verify\n\n```sh\ncosign verify-blob x\ncosign verify \'ghcr.io/o/app@sha256:00\' --certificate-identity x\n```\n',
    };
    const evidence = read(assetsOf(files, ['app.tgz', 'app.tgz.sigstore.json', 'SHA256SUMS', 'sbom.spdx.json', 'sbom.cdx.json', 'sbom.spdx.json.sigstore.json', 'trust-kit-audit.jsonl', 'trust-kit-audit.jsonl.sigstore.json']), files, true);
    assert.deepEqual(evidence, {
      checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: { kind: 'certificate', identity: `${WORKFLOW}@refs/tags/v1.0.0`, issuer: ISSUER, sourceRepository: 'https://github.com/octo-org/app', instance: 'github', caOrganization: 'GitHub, Inc.' } },
      artifactSignatures: 2,
      predicateTypes: ['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3'],
      sboms: ['sbom.cdx.json', 'sbom.spdx.json'],
      auditLog: true,
      immutable: true,
      imagesSigned: 1,
      unread: [],
    });
  });

  test('another tool\'s release: goreleaser checksums signed by cosign (a legacy bundle, a .sig with its .pem), a bare DSSE provenance line', () => {
    const legacy = { 'app_1.0.0_checksums.txt.bundle': JSON.stringify({ base64Signature: 'AAAA', cert: Buffer.from(toPEM(publicGoodLeaf)).toString('base64'), rekorBundle: {} }), 'app_1.0.0_linux_amd64.tar.gz.intoto.jsonl': JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify({ predicateType: 'https://slsa.dev/provenance/v0.2' })).toString('base64'), signatures: [] }) };
    const fromLegacy = read(assetsOf(legacy, ['app_1.0.0_checksums.txt', 'app_1.0.0_linux_amd64.tar.gz']), legacy);
    assert.deepEqual(fromLegacy.checksums, { file: 'app_1.0.0_checksums.txt', signature: 'app_1.0.0_checksums.txt.bundle', signer: { kind: 'certificate', identity: `${WORKFLOW}@refs/tags/v0.9.0`, issuer: ISSUER, sourceRepository: undefined, instance: 'public-good', caOrganization: 'sigstore.dev' } });
    assert.deepEqual(fromLegacy.predicateTypes, ['https://slsa.dev/provenance/v0.2']);
    assert.equal(fromLegacy.artifactSignatures, 0);
    assert.equal(fromLegacy.imagesSigned, undefined);

    const detached = { 'checksums.txt.sig': 'AAAA', 'checksums.txt.pem': Buffer.from(toPEM(publicGoodLeaf)).toString('base64') };
    const fromDetached = read(assetsOf(detached, ['checksums.txt']), detached);
    assert.equal(fromDetached.checksums?.signer?.kind, 'certificate');
    assert.deepEqual(fromDetached.unread, []);
    // A signature with no certificate beside it is a key's (minisign, GPG, cosign with a key).
    const keyed = read(assetsOf({}, ['SHA256SUMS', 'SHA256SUMS.asc']), {});
    assert.deepEqual(keyed.checksums, { file: 'SHA256SUMS', signature: 'SHA256SUMS.asc', signer: { kind: 'key' } });
    const unsigned = read(assetsOf({}, ['SHA256SUMS', 'app.tgz']), {});
    assert.deepEqual(unsigned.checksums, { file: 'SHA256SUMS', signature: undefined, signer: undefined });
  });

  test('a bundle the public-good staging instance made (sigstore-conformance) is read as public-good, with its workflow and repository; moving to another deployment and workflow is told', () => {
    const bundle = readFileSync(new URL('../fixtures/sigstore/conformance/rekor2-dsse-happy-path/bundle.sigstore.json', import.meta.url));
    const beacon = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon';
    const evidence = read(assetsOf({ 'checksums.txt.sigstore.json': bundle }, ['checksums.txt']), { 'checksums.txt.sigstore.json': bundle });
    assert.deepEqual(evidence.checksums?.signer, { kind: 'certificate', identity: `${beacon}/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main`, issuer: ISSUER, sourceRepository: beacon, instance: 'public-good', caOrganization: 'sigstore.dev' });
    const trustKit = full({ predicateTypes: [], sboms: [], artifactSignatures: 0, auditLog: false, imagesSigned: undefined, immutable: false });
    assert.deepEqual(compareEvidence(evidence, trustKit).map((downgrade) => downgrade.code), ['DOWNGRADE_SIGNER_CHANGED', 'DOWNGRADE_INSTANCE_CHANGED']);
  });

  test('a hostile release: huge assets are not read, malformed ones are noted, and what the rest tells is kept', () => {
    const huge = { size: EVIDENCE_LIMITS.signature + 1 };
    const assets: EvidenceAsset[] = [{ name: 'SHA256SUMS', size: 100 }, { name: 'SHA256SUMS.sigstore.json', ...huge }, { name: 'attestations.intoto.jsonl', size: 40 }, { name: 'VERIFY.md', size: EVIDENCE_LIMITS.instructions * 4 }, { name: 'sbom.spdx.json', size: 2 ** 40 }];
    assert.deepEqual(evidenceReads(assets).map((wanted) => wanted.name), ['attestations.intoto.jsonl']);
    const evidence = evidenceOf(assets, new Map([['attestations.intoto.jsonl', Buffer.from(`not json\n{"dsseEnvelope":{"payload":"%%%"}}\n${statementLine('https://slsa.dev/provenance/v1')}\n`)]]), false);
    assert.deepEqual(evidence.checksums, { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: undefined });
    assert.deepEqual(evidence.predicateTypes, ['https://slsa.dev/provenance/v1']);
    assert.deepEqual(evidence.sboms, ['sbom.spdx.json']);
    assert.deepEqual(evidence.unread, ['SHA256SUMS.sigstore.json is larger than the 1 MiB read of it', '2 of the 3 lines of attestations.intoto.jsonl hold no readable attestation', 'VERIFY.md is larger than the 1 MiB read of it']);
    // Attestation files are read up to a count and a total size: never 1,000 files of 64 MiB.
    const many: EvidenceAsset[] = Array.from({ length: 12 }, (_, index) => ({ name: `a${String(index).padStart(2, '0')}.intoto.jsonl`, size: index === 1 ? EVIDENCE_LIMITS.attestations - 5 : 10 }));
    assert.deepEqual(evidenceReads(many).map((wanted) => wanted.name), ['a00.intoto.jsonl', 'a02.intoto.jsonl', 'a03.intoto.jsonl', 'a04.intoto.jsonl', 'a05.intoto.jsonl', 'a06.intoto.jsonl', 'a07.intoto.jsonl', 'a08.intoto.jsonl']);
    const line = Buffer.from(statementLine('https://slsa.dev/provenance/v1'));
    const fromMany = evidenceOf(many, new Map(evidenceReads(many).map((wanted) => [wanted.name, line])), false);
    assert.deepEqual(fromMany.predicateTypes, ['https://slsa.dev/provenance/v1']);
    assert.deepEqual(fromMany.unread, ['a01.intoto.jsonl was not read: the attestation files read may hold 64 MiB together', 'a09.intoto.jsonl was not read: at most 8 attestation files are', 'a10.intoto.jsonl was not read: at most 8 attestation files are', 'a11.intoto.jsonl was not read: at most 8 attestation files are']);
    for (const bundle of ['{', '[]', '{"verificationMaterial":{"certificate":{"rawBytes":"bm90IGEgY2VydA=="}}}', '{"something":"else"}', `{"base64Signature":"x","cert":"${Buffer.from('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----').toString('base64')}"}`]) {
      const malformed = read(assetsOf({ 'SHA256SUMS.sigstore.json': bundle }, ['SHA256SUMS']), { 'SHA256SUMS.sigstore.json': bundle });
      assert.equal(malformed.checksums?.signer, undefined, bundle);
      assert.equal(malformed.unread.length, 1, bundle);
    }
  });
});

test('downgrade is fail unless set to warn or off; anything else is a usage error naming the flag', () => {
  const config = (downgrade?: string) => releaseConfig({ 'subject-path': ['dist'], sign: 'false', ...(downgrade === undefined ? {} : { downgrade }) }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  assert.deepEqual([config().downgrade, config('warn').downgrade, config('off').downgrade], ['fail', 'warn', 'off']);
  assert.throws(() => config('maybe'), (error: Error & { code?: string }) => error.code === 'CONFIG_INVALID' && /--downgrade/.test(error.message));
});

test('trust-kit release takes --downgrade: a wrong value, or one without --github-release (it would do nothing), is a usage error (exit 2) before anything is written', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const wrong = await cli(['release', '--downgrade', 'maybe', '--no-sign', '--sbom-format', 'none', 'dist'], cwd);
  assert.equal(wrong.code, 2, wrong.stderr);
  assert.match(wrong.stderr, /--downgrade.*fail, warn, off|--downgrade.*"maybe"/);
  assert.equal(wrong.stdout, '');
  const unpublished = await cli(['release', '--downgrade', 'warn', '--no-sign', '--sbom-format', 'none', 'dist'], cwd);
  assert.equal(unpublished.code, 2, unpublished.stderr);
  assert.match(unpublished.stderr, /--downgrade: goes with --github-release/);
  assert.equal(unpublished.stdout, '');
});

test('what the previous release\'s assets say (unverified certificates, predicate types, names) is reported printable and bounded', () => {
  const hostile = `${HOSTILE}${HUGE}`;
  const previous = full({
    checksums: { file: 'SHA256SUMS', signature: 'SHA256SUMS.sigstore.json', signer: signer({ identity: `https://evil.example/${hostile}`, issuer: hostile, sourceRepository: hostile, instance: 'other', caOrganization: hostile }) },
    predicateTypes: Array.from({ length: 50 }, (_, index) => `${index}${hostile}`),
    sboms: Array.from({ length: 50 }, (_, index) => `${index}${hostile}.spdx.json`),
    unread: [`${hostile} was not read`],
  });
  const current = full({ predicateTypes: [], sboms: [] });
  const downgrades = compareEvidence(previous, current);
  assert.deepEqual(new Set(downgrades.map((downgrade) => downgrade.code)), new Set(['DOWNGRADE_SIGNER_CHANGED', 'DOWNGRADE_INSTANCE_CHANGED', 'DOWNGRADE_ATTESTATION_REMOVED', 'DOWNGRADE_SBOM_REMOVED']));
  const lines = downgradeReport({ previousTag: `v1${hostile}`, previous: describeEvidence(previous), current: describeEvidence(current), downgrades, unread: previous.unread, outcome: 'warned' });
  assert.equal(lines.length, 1 + downgrades.length + 1);
  for (const line of lines) assertShowable(line, /^(No trust downgrade: compared with v1 \]0;owned|DOWNGRADE_\w+ \(let through|not compared: {2}\]0;owned)/, 6000);
});
