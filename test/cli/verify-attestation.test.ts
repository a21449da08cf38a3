// `trust-kit verify-attestation` on DSSE attestations trust-kit signed on the loopback stack as
// GitHub Actions runs: each refusal has its own code and exit code.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { peerEnv, requirePeer, runPeer } from '../interop/tools.js';
import { cli } from '../support/cli.js';
import { claimsOf, provenancePredicate, signAttestation } from '../support/github/attest.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';

const ARTIFACT = 'widget 1.2.3\n';
const OTHER = 'another artifact\n';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const sha384 = (text: string): string => createHash('sha384').update(text).digest('hex');
const SLSA = 'https://slsa.dev/provenance/v1';
const SPDX = 'https://spdx.dev/Document/v2.3';
const REUSABLE = 'octo-org/shared/.github/workflows/build.yml@refs/heads/main';
const PIN = '0123456789abcdef0123456789abcdef01234567';

describe('trust-kit verify-attestation', () => {
  let stack: SigstoreStack;
  let cwd: string;
  before(async () => {
    stack = await startSigstoreStack();
    cwd = await mkdtemp(join(tmpdir(), 'trust-kit-verify-attestation-'));
    const subjects = [{ name: 'widget.tgz', digest: { sha256: sha256(ARTIFACT) } }];
    const provenance = await signAttestation(stack, { subjects, claims: { ref: 'refs/tags/v1.2.3' } });
    const sbom = await signAttestation(stack, { subjects, predicateType: SPDX, predicate: { spdxVersion: 'SPDX-2.3' } });
    const bySha384 = await signAttestation(stack, { subjects: [{ name: 'widget.tgz', digest: { sha384: sha384(ARTIFACT) } }] });
    const other = await signAttestation(stack, { subjects: [{ name: 'other.tgz', digest: { sha256: sha256(OTHER) } }] });
    const selfHosted = await signAttestation(stack, { subjects, claims: { runner_environment: 'self-hosted' } });
    const reusable = await signAttestation(stack, { subjects, claims: { job_workflow_ref: REUSABLE } });
    // GitHub's tokens name a repository in the case it was created with.
    const mixedCase = await signAttestation(stack, { subjects, claims: { repository: 'Octo-Org/Widget' } });
    // A reusable workflow called by commit (`uses: ...@<sha>`): GitHub puts the commit where the ref would be.
    const pinned = await signAttestation(stack, { subjects, claims: { job_workflow_ref: `${REUSABLE.split('@')[0] ?? ''}@${PIN}` } });
    const pinnedHere = await signAttestation(stack, { subjects, claims: { job_workflow_ref: `octo-org/octo-repo/.github/workflows/build.yml@${PIN}` } });
    const atInPath = await signAttestation(stack, { subjects, claims: { job_workflow_ref: 'octo-org/octo-repo/.github/workflows/release@v2.yml@refs/heads/main', workflow_ref: 'octo-org/octo-repo/.github/workflows/release@v2.yml@refs/heads/main' } });
    // A self-hosted run of octo-org/octo-repo whose predicate claims a GitHub-hosted build of kubernetes/kubernetes at another commit.
    const selfHostedClaims = claimsOf(stack.oidc.mintToken({ runner_environment: 'self-hosted' }));
    const spoofed = provenancePredicate({ ...selfHostedClaims, runner_environment: 'github-hosted', repository: 'kubernetes/kubernetes', workflow_ref: `kubernetes/kubernetes/${selfHostedClaims.workflow_ref.slice(selfHostedClaims.repository.length + 1)}`, sha: '1'.repeat(40) });
    const contradicted = await signAttestation(stack, { subjects, claims: { runner_environment: 'self-hosted' }, predicate: spoofed });
    // Provenance signed by octo-org/octo-repo's release.yml that names another builder, another run, or its workflow by a suffix of its path.
    const forged = (edit: (predicate: { runDetails: { builder: { id: string }; metadata: { invocationId: string } }; buildDefinition: { externalParameters: { workflow: { path: string } } } }) => void): unknown => {
      const predicate = structuredClone(provenancePredicate(claimsOf(stack.oidc.mintToken({})))) as Parameters<typeof edit>[0];
      edit(predicate);
      return predicate;
    };
    const forgedBuilder = await signAttestation(stack, { subjects, predicate: forged((predicate) => void (predicate.runDetails.builder.id = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0')) });
    const forgedRun = await signAttestation(stack, { subjects, predicate: forged((predicate) => void (predicate.runDetails.metadata.invocationId = 'https://github.com/octo-org/octo-repo/actions/runs/1/attempts/1')) });
    const suffixWorkflow = await signAttestation(stack, { subjects, predicate: forged((predicate) => void (predicate.buildDefinition.externalParameters.workflow.path = 'release.yml')) });
    // As GitHub's earlier generator (@actions/attest 1) names the builder: the runner environment, here not the certificate's.
    const earlierBuilder = (environment: string): unknown => forged((predicate) => void (predicate.runDetails.builder.id = `https://github.com/actions/runner/${environment}`));
    const runnerBuilder = await signAttestation(stack, { subjects, predicate: earlierBuilder('github-hosted') });
    const otherRunnerBuilder = await signAttestation(stack, { subjects, predicate: earlierBuilder('self-hosted') });
    await Promise.all([
      writeFile(join(cwd, 'widget.tgz'), ARTIFACT),
      writeFile(join(cwd, 'other.tgz'), OTHER),
      writeFile(join(cwd, 'provenance.sigstore.json'), provenance.text),
      writeFile(join(cwd, 'sbom.sigstore.json'), sbom.text),
      writeFile(join(cwd, 'sha384.sigstore.json'), bySha384.text),
      writeFile(join(cwd, 'self-hosted.sigstore.json'), selfHosted.text),
      writeFile(join(cwd, 'reusable.sigstore.json'), reusable.text),
      writeFile(join(cwd, 'mixed-case.sigstore.json'), mixedCase.text),
      writeFile(join(cwd, 'pinned.sigstore.json'), pinned.text),
      writeFile(join(cwd, 'pinned-here.sigstore.json'), pinnedHere.text),
      writeFile(join(cwd, 'at-in-path.sigstore.json'), atInPath.text),
      writeFile(join(cwd, 'contradicted.sigstore.json'), contradicted.text),
      writeFile(join(cwd, 'forged-builder.sigstore.json'), forgedBuilder.text),
      writeFile(join(cwd, 'forged-run.sigstore.json'), forgedRun.text),
      writeFile(join(cwd, 'suffix-workflow.sigstore.json'), suffixWorkflow.text),
      writeFile(join(cwd, 'runner-builder.sigstore.json'), runnerBuilder.text),
      writeFile(join(cwd, 'other-runner-builder.sigstore.json'), otherRunnerBuilder.text),
      writeFile(join(cwd, 'multiple.intoto.jsonl'), [other, sbom, provenance].map((signed) => JSON.stringify(signed.bundle)).join('\n') + '\n'),
      writeFile(join(cwd, 'others.intoto.jsonl'), [other, other].map((signed) => JSON.stringify(signed.bundle)).join('\n') + '\n'),
      // As `attest --per-subject` writes for thousands of artifacts: past the 32 MiB of one bundle, within the 10,000 lines read.
      writeFile(join(cwd, 'per-subject.intoto.jsonl'), `${`${JSON.stringify(other.bundle)}\n`.repeat(Math.ceil((33 * 1024 * 1024) / JSON.stringify(other.bundle).length))}${JSON.stringify(provenance.bundle)}\n`),
    ]);
  });
  after(async () => {
    await Promise.all([stack.close(), rm(cwd, { recursive: true, force: true })]);
  });

  const run = (args: string[]) => cli(['verify-attestation', ...args, '--trusted-root', stack.trustedRootPath], cwd);

  test('verifies provenance under --repo and prints its key fields', async () => {
    const result = await run(['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(result.code, EXIT.OK, result.stderr);
    assert.match(result.stdout, new RegExp(`^Verified OK: widget\\.tgz \\(sha256:${sha256(ARTIFACT)}\\)`));
    assert.match(result.stdout, /predicate: {2}https:\/\/slsa\.dev\/provenance\/v1\n/);
    assert.match(result.stdout, /builder: {4}https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3\n/);
    assert.match(result.stdout, /source: {5}https:\/\/github\.com\/octo-org\/octo-repo @ a81bc81b8f8fe2d4d7e3f3b0c1f0a9e8d7c6b5a4\n/);
    assert.match(result.stdout, /workflow: {3}\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3\n/);
    assert.match(result.stdout, /trigger: {4}push\n/);
    assert.match(result.stdout, /runner: {5}github-hosted\n/);
  });

  test('a subject named by SHA-384 alone (as attest --subject NAME@sha384:HEX writes, and cosign verifies) names the file with that digest, and no other file', async () => {
    const result = await run(['widget.tgz', '--bundle', 'sha384.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(result.code, EXIT.OK, result.stderr);
    const other = await run(['other.tgz', '--bundle', 'sha384.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.match(other.stderr, /VERIFY_SUBJECT_MISMATCH/);
  });

  test('provenance whose claims contradict its signing certificate (another repository, commit or runner than GitHub\'s token vouched for) is VERIFY_PROVENANCE_MISMATCH, never printed under Verified OK', async () => {
    const result = await run(['widget.tgz', '--bundle', 'contradicted.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(result.code, 3, result.stdout);
    assert.doesNotMatch(result.stdout, /Verified OK/);
    assert.match(result.stderr, /VERIFY_PROVENANCE_MISMATCH: the SLSA provenance claims source repository "https:\/\/github\.com\/kubernetes\/kubernetes", where the certificate says "https:\/\/github\.com\/octo-org\/octo-repo"; source commit "1{40}", where the certificate says "[0-9a-f]{40}"; runner environment "github-hosted", where the certificate says "self-hosted"/);
  });

  test('provenance naming another builder or run than its certificate, or its workflow by a suffix of the path, is VERIFY_PROVENANCE_MISMATCH: they were printed under Verified OK', async () => {
    for (const [file, claim] of [
      ['forged-builder', /builder "https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/.*", where the certificate says "https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@/],
      ['forged-run', /run "https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/1\/attempts\/1", where the certificate says/],
      ['suffix-workflow', /workflow "release\.yml@refs\/heads\/main", where the certificate says "https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/heads\/main"/],
      ['other-runner-builder', /builder "https:\/\/github\.com\/actions\/runner\/self-hosted", where the certificate says/],
    ] as const) {
      const result = await run(['widget.tgz', '--bundle', `${file}.sigstore.json`, '--repo', 'octo-org/octo-repo']);
      assert.equal(result.code, 3, `${file}: ${result.stdout}`);
      assert.doesNotMatch(result.stdout, /Verified OK/);
      assert.match(result.stderr, claim);
    }
  });

  test('provenance by GitHub\'s earlier generator names its builder https://HOST/actions/runner/ENVIRONMENT, the certificate\'s runner environment: verified, as gh verifies it (a real attestation of 2024 among them)', async () => {
    const result = await run(['widget.tgz', '--bundle', 'runner-builder.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(result.code, EXIT.OK, result.stderr);
    assert.match(result.stdout, /builder: {4}https:\/\/github\.com\/actions\/runner\/github-hosted\n/);
    const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sigstore');
    const real = await cli(['verify-attestation', 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25', '--bundle', join(fixtures, 'real-world', 'gh-reusable-workflow.sigstore.json'), '--trusted-root', join(fixtures, 'public-good-trusted_root.json'), '--repo', 'malancas/attest-demo', '--signer-repo', 'github/artifact-attestations-workflows'], cwd);
    assert.equal(real.code, EXIT.OK, real.stderr);
  });

  test('--format json prints the verified statement and the provenance summary', async () => {
    const result = await run(['widget.tgz', '--bundle', 'provenance.sigstore.json', '--owner', 'octo-org', '--source-ref', 'refs/tags/v1.2.3', '--source-digest', 'a81bc81b8f8fe2d4d7e3f3b0c1f0a9e8d7c6b5a4', '--deny-self-hosted-runners', '--format', 'json']);
    assert.equal(result.code, EXIT.OK, result.stderr);
    const output = JSON.parse(result.stdout) as { statement: { predicateType: string; subject: unknown[]; predicate: { runDetails: unknown } }; provenance: { trigger: string }; verified: { signer: { extensions: Record<string, string> } }; digest: { sha256: string } };
    assert.equal(output.statement.predicateType, SLSA);
    assert.deepEqual(output.statement.subject, [{ name: 'widget.tgz', digest: { sha256: sha256(ARTIFACT) } }]);
    assert.ok(output.statement.predicate.runDetails);
    assert.equal(output.provenance.trigger, 'push');
    assert.equal(output.verified.signer.extensions.sourceRepositoryOwnerURI, 'https://github.com/octo-org');
    assert.equal(output.digest.sha256, sha256(ARTIFACT));
  });

  test('reads a .intoto.jsonl file larger than one bundle may be (attest --per-subject of thousands of files), within its 10,000 lines', async () => {
    const result = await run(['widget.tgz', '--bundle', 'per-subject.intoto.jsonl', '--repo', 'octo-org/octo-repo']);
    assert.equal(result.code, EXIT.OK, result.stderr);
  });

  test('picks, from a .intoto.jsonl file, the bundle about the artifact with the predicate type', async () => {
    const provenance = await run(['widget.tgz', '--bundle', 'multiple.intoto.jsonl', '--repo', 'octo-org/octo-repo']);
    assert.equal(provenance.code, EXIT.OK, provenance.stderr);
    assert.match(provenance.stdout, /provenance\/v1 \(bundle on line 3\)/);
    const sbom = await run(['widget.tgz', '--bundle', 'multiple.intoto.jsonl', '--repo', 'octo-org/octo-repo', '--predicate-type', SPDX]);
    assert.equal(sbom.code, EXIT.OK, sbom.stderr);
    assert.match(sbom.stdout, /Document\/v2\.3 \(bundle on line 2\)/);
    const byDigest = await run([`sha256:${sha256(OTHER)}`, '--bundle', 'multiple.intoto.jsonl', '--repo', 'octo-org/octo-repo']);
    assert.equal(byDigest.code, EXIT.OK, byDigest.stderr);
  });

  test('a .intoto.jsonl of more than 1,000 bundles, as attest --per-subject writes for more than 1,000 artifacts, is read: the one about the artifact verifies', async () => {
    // multiple.intoto.jsonl: the other artifact's bundle, the SBOM, then the provenance.
    const [other = '', , provenance = ''] = (await readFile(join(cwd, 'multiple.intoto.jsonl'), 'utf8')).split('\n');
    await writeFile(join(cwd, 'per-subject.intoto.jsonl'), `${[...Array.from({ length: 1500 }, () => other), provenance].join('\n')}\n`);
    const result = await run(['widget.tgz', '--bundle', 'per-subject.intoto.jsonl', '--repo', 'octo-org/octo-repo']);
    assert.equal(result.code, EXIT.OK, result.stderr);
    assert.match(result.stdout, /\(bundle on line 1501\)/);
  });

  const refusals: [string, string[], number, string][] = [
    ['an artifact the attestation is not about', ['other.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo'], EXIT.SUBJECT_MISMATCH, 'VERIFY_SUBJECT_MISMATCH'],
    ['an artifact no line of a JSONL file is about', ['widget.tgz', '--bundle', 'others.intoto.jsonl', '--repo', 'octo-org/octo-repo'], EXIT.SUBJECT_MISMATCH, 'VERIFY_SUBJECT_MISMATCH'],
    ['another predicate type', ['widget.tgz', '--bundle', 'sbom.sigstore.json', '--repo', 'octo-org/octo-repo'], EXIT.PREDICATE_TYPE_MISMATCH, 'VERIFY_PREDICATE_TYPE_MISMATCH'],
    ['another predicate type in a JSONL file', ['other.tgz', '--bundle', 'multiple.intoto.jsonl', '--repo', 'octo-org/octo-repo', '--predicate-type', SPDX], EXIT.PREDICATE_TYPE_MISMATCH, 'VERIFY_PREDICATE_TYPE_MISMATCH'],
    ['another signer workflow', ['widget.tgz', '--bundle', 'provenance.sigstore.json', '--signer-workflow', REUSABLE.split('@')[0] ?? ''], EXIT.SIGNER_WORKFLOW_MISMATCH, 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH'],
    ['another repository', ['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/other-repo'], EXIT.REPOSITORY_MISMATCH, 'VERIFY_POLICY_REPOSITORY_MISMATCH'],
    ['another owner', ['widget.tgz', '--bundle', 'provenance.sigstore.json', '--owner', 'someone-else'], EXIT.REPOSITORY_MISMATCH, 'VERIFY_POLICY_REPOSITORY_MISMATCH'],
    ['a reusable workflow in the right repository signed for another one', ['widget.tgz', '--bundle', 'reusable.sigstore.json', '--repo', 'octo-org/other-repo', '--signer-workflow', REUSABLE], EXIT.REPOSITORY_MISMATCH, 'VERIFY_POLICY_REPOSITORY_MISMATCH'],
    ['a self-hosted runner when denied', ['widget.tgz', '--bundle', 'self-hosted.sigstore.json', '--repo', 'octo-org/octo-repo', '--deny-self-hosted-runners'], EXIT.SELF_HOSTED_RUNNER, 'VERIFY_POLICY_SELF_HOSTED_RUNNER'],
    ['another source ref', ['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo', '--source-ref', 'refs/tags/v1.2.4'], EXIT.POLICY_MISMATCH, 'VERIFY_POLICY_SOURCE_MISMATCH'],
  ];
  for (const [what, args, exit, code] of refusals) {
    test(`refuses ${what}: ${code}, exit ${exit}`, async () => {
      const result = await run(args);
      assert.equal(result.code, exit, result.stderr);
      assert.match(result.stderr, new RegExp(`${code}: `));
    });
  }

  test('accepts what those refusals refuse, when the policy asks for it', async () => {
    for (const args of [
      ['widget.tgz', '--bundle', 'self-hosted.sigstore.json', '--repo', 'octo-org/octo-repo'],
      ['widget.tgz', '--bundle', 'reusable.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-workflow', REUSABLE],
      ['widget.tgz', '--bundle', 'sbom.sigstore.json', '--repo', 'octo-org/octo-repo', '--predicate-type', SPDX],
    ]) {
      const result = await run(args);
      assert.equal(result.code, EXIT.OK, `${args.join(' ')}: ${result.stderr}`);
    }
  });

  test('--repo and --owner match whatever case they are typed in, as GitHub names them and gh compares them; --signer-workflow keeps its case, as gh does', async (t) => {
    const gh = requirePeer(t, 'gh');
    const ghVerifies = async (args: string[]): Promise<number | undefined> => {
      if (gh === undefined) return undefined;
      const rootLines = join(cwd, 'trusted_root.jsonl');
      await writeFile(rootLines, `${JSON.stringify(stack.trustedRoot)}\n`);
      return (await runPeer(gh, ['attestation', 'verify', ...args, '--custom-trusted-root', rootLines], cwd, peerEnv(cwd, { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }))).code;
    };
    for (const args of [
      ['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'Octo-Org/Octo-Repo'],
      ['widget.tgz', '--bundle', 'provenance.sigstore.json', '--owner', 'OCTO-ORG'],
      ['widget.tgz', '--bundle', 'reusable.sigstore.json', '--repo', 'OCTO-ORG/octo-repo', '--signer-workflow', REUSABLE],
      ['widget.tgz', '--bundle', 'mixed-case.sigstore.json', '--repo', 'octo-org/widget'],
    ]) {
      const result = await run(args);
      assert.equal(result.code, EXIT.OK, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(await ghVerifies(args) ?? 0, 0, `gh attestation verify ${args.join(' ')} refuses it`);
    }
    const refused = ['widget.tgz', '--bundle', 'reusable.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-workflow', REUSABLE.replace('octo-org', 'Octo-Org')];
    const workflow = await run(refused);
    assert.equal(workflow.code, EXIT.SIGNER_WORKFLOW_MISMATCH, workflow.stderr);
    assert.equal(await ghVerifies(refused) ?? 1, 1, 'gh accepts another case of the signer workflow');
    const other = await run(['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'Octo-Org/Octo-Repo2']);
    assert.equal(other.code, EXIT.REPOSITORY_MISMATCH, other.stderr);
  });

  test('a reusable workflow called by commit SHA (its identity ends in @<sha>, not a ref) matches --signer-workflow without a ref, and --repo/--owner for one of the repository, as in gh; so does a workflow file with an @ in its name', async (t) => {
    const gh = requirePeer(t, 'gh');
    const rootLines = join(cwd, 'trusted_root.jsonl');
    await writeFile(rootLines, `${JSON.stringify(stack.trustedRoot)}\n`);
    for (const args of [
      ['widget.tgz', '--bundle', 'pinned.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-workflow', REUSABLE.split('@')[0] ?? ''],
      ['widget.tgz', '--bundle', 'pinned.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-workflow', `${REUSABLE.split('@')[0] ?? ''}@${PIN}`],
      ['widget.tgz', '--bundle', 'pinned.sigstore.json', '--owner', 'octo-org'],
      ['widget.tgz', '--bundle', 'pinned-here.sigstore.json', '--repo', 'octo-org/octo-repo'],
      // A workflow file whose name holds an @: the ref is what follows the last one.
      ['widget.tgz', '--bundle', 'at-in-path.sigstore.json', '--repo', 'octo-org/octo-repo'],
      ['widget.tgz', '--bundle', 'at-in-path.sigstore.json', '--owner', 'octo-org'],
      ['widget.tgz', '--bundle', 'at-in-path.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release@v2.yml'],
      ['widget.tgz', '--bundle', 'at-in-path.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release@v2.yml@refs/heads/main'],
    ]) {
      const result = await run(args);
      assert.equal(result.code, EXIT.OK, `${args.join(' ')}: ${result.stderr}`);
      if (gh !== undefined) {
        const ghRun = await runPeer(gh, ['attestation', 'verify', ...args, '--custom-trusted-root', rootLines], cwd, peerEnv(cwd, { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }));
        assert.equal(ghRun.code, 0, `gh attestation verify ${args.join(' ')}: ${ghRun.stderr}`);
      }
    }
    const tagged = await run(['widget.tgz', '--bundle', 'pinned.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-workflow', REUSABLE]);
    assert.equal(tagged.code, EXIT.SIGNER_WORKFLOW_MISMATCH, tagged.stderr);
    const elsewhere = await run(['widget.tgz', '--bundle', 'pinned.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(elsewhere.code, EXIT.REPOSITORY_MISMATCH, elsewhere.stderr);
  });

  test('--signer-repo, as gh takes it: signed by a workflow of that repository, in any case, at any ref or commit', async (t) => {
    const gh = requirePeer(t, 'gh');
    const rootLines = join(cwd, 'trusted_root.jsonl');
    await writeFile(rootLines, `${JSON.stringify(stack.trustedRoot)}\n`);
    for (const args of [
      ['widget.tgz', '--bundle', 'reusable.sigstore.json', '--owner', 'octo-org', '--signer-repo', 'octo-org/shared'],
      ['widget.tgz', '--bundle', 'pinned.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-repo', 'Octo-Org/Shared'],
    ]) {
      const result = await run(args);
      assert.equal(result.code, EXIT.OK, `${args.join(' ')}: ${result.stderr}`);
      if (gh !== undefined) {
        const ghRun = await runPeer(gh, ['attestation', 'verify', ...args, '--custom-trusted-root', rootLines], cwd, peerEnv(cwd, { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }));
        assert.equal(ghRun.code, 0, `gh attestation verify ${args.join(' ')}: ${ghRun.stderr}`);
      }
    }
    const other = await run(['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-repo', 'octo-org/shared']);
    assert.equal(other.code, EXIT.SIGNER_WORKFLOW_MISMATCH, other.stderr);
    assert.match(other.stderr, /VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: /);
    const usage = await run(['widget.tgz', '--bundle', 'reusable.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-repo', 'octo-org/shared', '--signer-workflow', REUSABLE]);
    assert.equal(usage.code, EXIT.USAGE);
    assert.match(usage.stderr, /--signer-repo: cannot be combined with --signer-workflow/);
    const malformed = await run(['widget.tgz', '--bundle', 'reusable.sigstore.json', '--repo', 'octo-org/octo-repo', '--signer-repo', 'octo-org']);
    assert.equal(malformed.code, EXIT.USAGE);
    assert.match(malformed.stderr, /--signer-repo: is "octo-org"; expected owner\/name/);
  });

  test('bad flags are usage errors, a tampered bundle a verification failure', async () => {
    const usage = await run(['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo', '--source-ref', 'v1', '--predicate-type', 'not a uri', '--format', 'yaml']);
    assert.equal(usage.code, EXIT.USAGE);
    const flags = await run(['widget.tgz', '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo', '--source-ref', 'v1', '--predicate-type', 'not a uri']);
    assert.equal(flags.code, EXIT.USAGE);
    assert.match(flags.stderr, /--predicate-type: is "not a uri"/);
    assert.match(flags.stderr, /--source-ref: is "v1"/);
    const bundle = JSON.parse(await readFile(join(cwd, 'provenance.sigstore.json'), 'utf8')) as { dsseEnvelope: { signatures: { sig: string }[] } };
    const signature = Buffer.from(bundle.dsseEnvelope.signatures[0]?.sig ?? '', 'base64');
    signature[signature.length - 2] = (signature[signature.length - 2] ?? 0) ^ 1;
    (bundle.dsseEnvelope.signatures[0] as { sig: string }).sig = signature.toString('base64');
    await writeFile(join(cwd, 'tampered.sigstore.json'), JSON.stringify(bundle));
    const tampered = await run(['widget.tgz', '--bundle', 'tampered.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(tampered.code, EXIT.VERIFICATION_FAILED, tampered.stderr);
    await writeFile(join(cwd, 'broken.intoto.jsonl'), `${JSON.stringify(bundle)}\n{"mediaType": 1}\nnot json\n`);
    const broken = await run(['widget.tgz', '--bundle', 'broken.intoto.jsonl', '--repo', 'octo-org/octo-repo']);
    assert.equal(broken.code, EXIT.VERIFICATION_FAILED);
    assert.match(broken.stderr, /VERIFY_BUNDLE_INVALID: broken\.intoto\.jsonl:3 is not JSON/);
  });

  test('a bundle file that is JSON but no Sigstore bundle is refused naming the file', async () => {
    await writeFile(join(cwd, 'not-a-bundle.json'), '{}');
    await writeFile(join(cwd, 'no-signature.json'), '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}');
    const object = await run(['widget.tgz', '--bundle', 'not-a-bundle.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(object.code, EXIT.VERIFICATION_FAILED, object.stderr);
    assert.match(object.stderr, /^trust-kit: VERIFY_BUNDLE_INVALID: not-a-bundle\.json: not a Sigstore bundle: /);
    const unsigned = await run(['widget.tgz', '--bundle', 'no-signature.json', '--repo', 'octo-org/octo-repo']);
    assert.equal(unsigned.code, EXIT.VERIFICATION_FAILED, unsigned.stderr);
    assert.match(unsigned.stderr, /^trust-kit: VERIFY_BUNDLE_INVALID: no-signature\.json: malformed .* bundle: missing or empty: /);
  });

  test('an artifact given as a digest that is not sha256:<64 hex> is a usage error naming the argument, not an unreadable input', async () => {
    for (const digest of [`sha512:${'0'.repeat(128)}`, 'sha256:abcd', `SHA256:${'g'.repeat(64)}`]) {
      const usage = await run([digest, '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo', '--format', 'yaml']);
      assert.equal(usage.code, EXIT.USAGE, usage.stderr);
      assert.match(usage.stderr, /CONFIG_INVALID: 2 invalid inputs:\n {2}argument FILE: is "(?:sha|SHA)[^"]*", not sha256:<64 hex>: attestations are looked up by their artifact's SHA-256; give the file itself, or its sha256:<hex>\n {2}--format: /);
    }
    const lowerOrUpper = await run([`SHA256:${'0'.repeat(64)}`, '--bundle', 'provenance.sigstore.json', '--repo', 'octo-org/octo-repo']);
    assert.notEqual(lowerOrUpper.code, EXIT.USAGE, lowerOrUpper.stderr);
  });
});
