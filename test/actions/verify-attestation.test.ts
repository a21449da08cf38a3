// The verify action's attestation mode, on attestations trust-kit signed on the loopback stack.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { run } from '../../src/actions/verify/main.js';
import { recordingIO } from '../support/action-io.js';
import { signAttestation } from '../support/github/attest.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const ARTIFACT = 'app 2.0\n';
const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v2.0.0';

describe('the verify action in attestation mode', () => {
  let stack: SigstoreStack;
  let provenance: string;
  let sbom: string;
  before(async () => {
    stack = await startSigstoreStack();
    const subjects = [{ name: 'app.tgz', digest: { sha256: sha256(ARTIFACT) } }];
    const signed = await Promise.all([
      signAttestation(stack, { subjects, claims: { ref: 'refs/tags/v2.0.0' } }),
      signAttestation(stack, { subjects, predicateType: 'https://cyclonedx.org/bom', predicate: { bomFormat: 'CycloneDX' } }),
    ]);
    provenance = signed[0].text;
    sbom = signed[1].text;
  });
  after(() => stack.close());

  async function downloaded(cwd: string): Promise<void> {
    await writeFile(join(cwd, 'app.tgz'), ARTIFACT);
    await writeFile(join(cwd, 'app.tgz.intoto.jsonl'), `${JSON.stringify(JSON.parse(sbom))}\n${JSON.stringify(JSON.parse(provenance))}\n`);
  }

  test('verifies a downloaded artifact\'s provenance, with outputs and a summary naming builder, source and trigger', async (t) => {
    const cwd = await tempDir(t);
    await downloaded(cwd);
    const io = recordingIO();
    await run({ mode: 'attestation', artifact: 'app.tgz', bundle: 'app.tgz.intoto.jsonl', repo: 'octo-org/octo-repo', 'source-ref': 'refs/tags/v2.0.0', 'deny-self-hosted-runners': 'true', 'trusted-root': stack.trustedRootPath }, io, cwd);
    assert.equal(io.outputs['signer-identity'], IDENTITY);
    assert.equal(io.outputs['predicate-type'], 'https://slsa.dev/provenance/v1');
    assert.deepEqual(JSON.parse(io.outputs.verified ?? '[]'), [{ name: 'app.tgz', digest: { sha256: sha256(ARTIFACT) } }]);
    const summary = JSON.parse(io.outputs.provenance ?? '{}') as Record<string, string>;
    assert.equal(summary.builder, IDENTITY);
    assert.equal(summary.trigger, 'push');
    assert.equal(summary.sourceRepository, 'https://github.com/octo-org/octo-repo');
    assert.match(io.summary, /\| Builder \| `https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v2\.0\.0` \|/);
    assert.match(io.summary, /\| Trigger \| `push` \|/);
  });

  test('verifies the SBOM attestation of the same file by its predicate type', async (t) => {
    const cwd = await tempDir(t);
    await downloaded(cwd);
    const io = recordingIO();
    await run({ mode: 'attestation', artifact: 'app.tgz', bundle: 'app.tgz.intoto.jsonl', owner: 'octo-org', 'predicate-type': 'https://cyclonedx.org/bom', 'trusted-root': stack.trustedRootPath }, io, cwd);
    assert.equal(io.outputs['predicate-type'], 'https://cyclonedx.org/bom');
    assert.equal(io.outputs.provenance, '{}');
  });

  test('fails the step with the refusal\'s code: another artifact, another repository, another source ref', async (t) => {
    const cwd = await tempDir(t);
    await downloaded(cwd);
    await writeFile(join(cwd, 'other.tgz'), 'other\n');
    const base = { mode: 'attestation', bundle: 'app.tgz.intoto.jsonl', 'trusted-root': stack.trustedRootPath };
    await assert.rejects(run({ ...base, artifact: 'other.tgz', repo: 'octo-org/octo-repo' }, recordingIO(), cwd), { code: 'VERIFY_SUBJECT_MISMATCH' });
    await assert.rejects(run({ ...base, artifact: 'app.tgz', repo: 'octo-org/elsewhere' }, recordingIO(), cwd), { code: 'VERIFY_POLICY_REPOSITORY_MISMATCH' });
    await assert.rejects(run({ ...base, artifact: 'app.tgz', repo: 'octo-org/octo-repo', 'source-ref': 'refs/heads/main' }, recordingIO(), cwd), { code: 'VERIFY_POLICY_SOURCE_MISMATCH' });
  });

  test('signer-repo, as the CLI\'s --signer-repo: a reusable workflow of that repository signed, with repo pinning the source repository; a value was dropped before', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), ARTIFACT);
    const reusable = await signAttestation(stack, { subjects: [{ name: 'app.tgz', digest: { sha256: sha256(ARTIFACT) } }], claims: { job_workflow_ref: 'shared-org/shared/.github/workflows/build.yml@refs/heads/main' } });
    await writeFile(join(cwd, 'app.tgz.sigstore.json'), reusable.text);
    const base = { mode: 'attestation', artifact: 'app.tgz', bundle: 'app.tgz.sigstore.json', 'trusted-root': stack.trustedRootPath };
    const io = recordingIO();
    await run({ ...base, 'signer-repo': 'shared-org/shared', repo: 'octo-org/octo-repo' }, io, cwd);
    assert.equal(io.outputs['signer-identity'], 'https://github.com/shared-org/shared/.github/workflows/build.yml@refs/heads/main');
    await assert.rejects(run({ ...base, 'signer-repo': 'evil-org/shared', repo: 'octo-org/octo-repo' }, recordingIO(), cwd), { code: 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' });
  });

  test('reports every misplaced input at once', async (t) => {
    const cwd = await tempDir(t);
    await assert.rejects(run({ mode: 'attestation', checksums: 'SHA256SUMS', bundle: 'b', repo: 'o/r', 'source-digest': 'main' }, recordingIO(), cwd), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      for (const input of ['artifact', 'checksums', 'source-digest']) assert.match(error.message ?? '', new RegExp(`input "${input}"`));
      return true;
    });
    await assert.rejects(run({ artifact: 'a', bundle: 'b', repo: 'o/r', 'predicate-type': 'https://slsa.dev/provenance/v1' }, recordingIO(), cwd), /input "predicate-type": is only read with "mode: attestation"/);
    // docs/verify.md: signature mode refuses each attestation input, all named at once, rather than skip the check it asks for.
    // source-ref is read in every mode: it pins a reusable workflow's signature to the caller's tag.
    const attestationOnly = { 'predicate-type': 'https://slsa.dev/provenance/v1', 'signer-repo': 'octo-org/shared', 'source-digest': 'a'.repeat(40), 'deny-self-hosted-runners': 'true' };
    await assert.rejects(run({ mode: 'signature', artifact: 'a', bundle: 'b', repo: 'o/r', ...attestationOnly }, recordingIO(), cwd), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      for (const input of Object.keys(attestationOnly)) assert.match(error.message ?? '', new RegExp(`input "${input}": is only read with "mode: attestation"`));
      return true;
    });
    await assert.rejects(run({ mode: 'provenance', artifact: 'a', bundle: 'b', repo: 'o/r' }, recordingIO(), cwd), /input "mode": is "provenance"; expected one of signature, attestation/);
  });
});
