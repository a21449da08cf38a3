import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test, type TestContext } from 'node:test';
import { parse, stringify } from 'yaml';
import { ATTEST_INPUTS, run } from '../../src/actions/attest/main.js';
import { digestBytes } from '../../src/core/digest.js';
import { redact } from '../../src/secrets/index.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import { recordingIO } from '../support/action-io.js';
import { cli } from '../support/cli.js';
import { runActionBundle } from '../support/action-runner.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { validateProvenance, validateStatement } from './schemas.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ACTION_YML = join(ROOT, 'actions', 'attest', 'action.yml');
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

const SPDX = JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'app', dataLicense: 'CC0-1.0', documentNamespace: 'https://example.com/app', creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: trust-kit'] }, packages: [] });

function payloadOf(bundle: unknown): Record<string, unknown> {
  return JSON.parse(Buffer.from((bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64').toString('utf8')) as Record<string, unknown>;
}

/**
 * The action as the runner starts it, from source: a copy of action.yml whose `main` registers tsx
 * and imports src/actions/attest/index.ts (dist/ is rebuilt by the lead, after merging).
 */
async function sourceAction(t: TestContext): Promise<string> {
  const dir = await tempDir(t, 'trust-kit-attest-action-');
  const entry = join(dir, 'index.mjs');
  await writeFile(entry, `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(pathToFileURL(join(ROOT, 'src', 'actions', 'attest', 'index.ts')).href)});\n`);
  const metadata = parse(await readFile(ACTION_YML, 'utf8')) as { runs: { main: string } };
  metadata.runs.main = entry;
  const yml = join(dir, 'action.yml');
  await writeFile(yml, stringify(metadata));
  return yml;
}

describe('the attest action', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
  });
  after(() => Promise.all([stack.close(), api.close()]));

  const signing = (): Record<string, string> => ({ 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath });
  const jobEnv = async (cwd: string): Promise<Record<string, string>> => {
    const event = join(cwd, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { visibility: 'public' }, inputs: { channel: 'beta' } }));
    return { ...stack.env, ...api.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'octo-org/octo-repo', RUNNER_TEMP: cwd };
  };

  test('declares every input main reads, with actions/attest\'s names', async () => {
    const metadata = parse(await readFile(ACTION_YML, 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string } };
    assert.deepEqual(Object.keys(metadata.inputs).sort(), [...ATTEST_INPUTS].sort());
    assert.equal(metadata.runs.using, 'node24');
  });

  test('the runner\'s github-token is taken from INPUT_GITHUB-TOKEN into protected memory, and out of the environment', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const io = recordingIO();
    const stored = api.state.attestations.length;
    const env: Record<string, string | undefined> = { ...(await jobEnv(cwd)), 'INPUT_GITHUB-TOKEN': ' ghs_fromtherunner\n' };
    await run({ 'subject-path': 'app.tgz', ...signing() }, io, cwd, env, { oidcDiscoveryURL: stack.oidc.discoveryURL });
    assert.equal(api.state.attestations.length, stored + 1, 'stored with it');
    assert.equal('INPUT_GITHUB-TOKEN' in env, false);
  });

  test('with storage: none, the github-token the input defaults to is wiped before anything is signed: nothing uses it', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const token = 'ghs_unusedbythisstep0123';
    // Only a live secret is redacted: what the log sees tells whether the token is still held.
    const live: boolean[] = [];
    const recording = recordingIO();
    const io = { ...recording, info: (message: string) => void (live.push(redact(token) !== token), recording.info(message)) };
    const env: Record<string, string | undefined> = { ...(await jobEnv(cwd)), 'INPUT_GITHUB-TOKEN': token };
    await run({ 'subject-path': 'app.tgz', storage: 'none', ...signing() }, io, cwd, env, { oidcDiscoveryURL: stack.oidc.discoveryURL });
    assert.ok(recording.log.some((line) => line.startsWith('info attesting')), recording.log.join('\n'));
    assert.deepEqual([...new Set(live)], [false]);
  });

  test('provenance of the run by default: stored on GitHub, outputs and a summary with verify commands', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const io = recordingIO();
    const stored = api.state.attestations.length;
    await run({ 'subject-path': 'app.tgz', 'github-token': 'ghs_test', ...signing() }, io, cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL });
    assert.deepEqual(io.log.filter((line) => line.startsWith('failed')), []);
    // In a directory of the step's own under RUNNER_TEMP (here the working directory).
    assert.match(io.outputs['bundle-path'] ?? '', /^trust-kit-attest-[0-9a-f]{12}\/app\.tgz\.sigstore\.json$/);
    assert.equal(io.outputs['jsonl-path'], join(dirname(io.outputs['bundle-path'] ?? ''), 'app.tgz.intoto.jsonl'));
    const created = api.state.attestations.slice(stored);
    assert.equal(created.length, 1);
    assert.equal(io.outputs['attestation-id'], String(created[0]?.id));
    assert.equal(io.outputs['attestation-url'], `https://github.com/octo-org/octo-repo/attestations/${created[0]?.id}`);
    const bundle = JSON.parse(await readFile(join(cwd, io.outputs['bundle-path'] ?? ''), 'utf8')) as unknown;
    assert.deepEqual(created[0]?.bundle, bundle);
    const statement = payloadOf(bundle);
    validateStatement(statement);
    validateProvenance(statement.predicate);
    // A push run (the issuer's default claims): the payload's inputs are not the run's parameters.
    assert.equal(JSON.stringify(statement.predicate).includes('channel'), false);
    verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: digestBytes('sha256', 'app\n') } }, { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(stack.oidc.issuer), extensions: {} }, loadTrustMaterial(stack.trustedRoot));
    assert.match(io.summary, /1 subject attested as `https:\/\/slsa\.dev\/provenance\/v1` in 1 statement/);
    // Users verify a download: the summary names the bundle by its file name, beside the artifact.
    // The exact identity, the workflow at its ref: --repo alone accepted any workflow of the repository, on any branch.
    assert.ok(io.summary.includes(`gh attestation verify 'app.tgz' --bundle 'app.tgz.sigstore.json' --predicate-type 'https://slsa.dev/provenance/v1' --repo 'octo-org/octo-repo' --cert-identity '${IDENTITY}'`), io.summary);
  });

  test('two attest steps of one job (an SBOM, then a custom predicate, of the same file) each keep their bundle: the second wrote over the first', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    await writeFile(join(cwd, 'sbom.cdx.json'), JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] }));
    await writeFile(join(cwd, 'predicate.json'), '{"ok":true}');
    const first = recordingIO();
    await run({ 'subject-path': 'app.tgz', 'sbom-path': 'sbom.cdx.json', storage: 'none', ...signing() }, first, cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL });
    // Each step is a process of its own, given the job's environment afresh.
    const second = recordingIO();
    await run({ 'subject-path': 'app.tgz', 'predicate-path': 'predicate.json', 'predicate-type': 'https://example.com/p/v1', storage: 'none', ...signing() }, second, cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL });
    assert.deepEqual([...first.log, ...second.log].filter((line) => line.startsWith('failed')), []);
    assert.notEqual(first.outputs['bundle-path'], second.outputs['bundle-path']);
    assert.equal(payloadOf(JSON.parse(await readFile(join(cwd, first.outputs['bundle-path'] ?? ''), 'utf8'))).predicateType, 'https://cyclonedx.org/bom');
    assert.equal(payloadOf(JSON.parse(await readFile(join(cwd, second.outputs['bundle-path'] ?? ''), 'utf8'))).predicateType, 'https://example.com/p/v1');
  });

  test('subjects named by SHA-512 get a gh command told to hash with SHA-512, and by SHA-384 none (gh knows neither by default, nor SHA-384 at all)', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const gh = async (digest: string): Promise<string | undefined> => {
      const io = recordingIO();
      await run({ 'subject-name': 'app.tgz', 'subject-digest': digest, 'github-token': 'ghs_test', storage: 'none', ...signing() }, io, cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL });
      assert.deepEqual(io.log.filter((line) => line.startsWith('failed')), []);
      return io.summary.split('\n').find((line) => line.startsWith('gh attestation verify '));
    };
    assert.match((await gh(`sha512:${digestBytes('sha512', 'app\n')}`)) ?? '', /^gh attestation verify 'app\.tgz' --bundle 'app\.tgz\.sigstore\.json' --digest-alg sha512 --predicate-type /);
    assert.equal(await gh(`sha384:${createHash('sha384').update('app\n').digest('hex')}`), undefined);
  });

  test('the summary\'s verify commands pin the exact signer (a reusable workflow of another repository here) and read the trusted root from trust-kit-roots/: the trust-kit one verifies, and refuses the same workflow run from a pull request\'s branch', async (t) => {
    const reusable = 'https://github.com/octo-org/shared/.github/workflows/build.yml@refs/heads/main';
    stack.oidc.setEndpointClaims({ job_workflow_ref: 'octo-org/shared/.github/workflows/build.yml@refs/heads/main' });
    t.after(() => stack.oidc.setEndpointClaims({}));
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const io = recordingIO();
    await run({ 'subject-path': 'app.tgz', 'github-token': 'ghs_test', ...signing() }, io, cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL });
    assert.deepEqual(io.log.filter((line) => line.startsWith('failed')), []);
    const root = `trust-kit-roots/${basename(stack.trustedRootPath)}`;
    const copy = `trust-kit-roots/${basename(stack.trustedRootPath).replace(/\.json$/, '')}.jsonl`;
    const pins = `--repo 'octo-org/octo-repo' --cert-identity '${reusable}' --source-ref 'refs/heads/main'`;
    assert.ok(io.summary.includes(`get it from the deployment's operator, not from the download`), io.summary);
    assert.ok(io.summary.includes(`mkdir -p trust-kit-roots\ntrust-kit verify-attestation `), io.summary);
    // gh's one-line copy of the root goes beside it, not among the downloads, where it took the name of a release's own asset.
    assert.ok(io.summary.includes(`paste -s -d '\\0' '${root}' >| ${copy}\ngh attestation verify 'app.tgz' --bundle 'app.tgz.sigstore.json' --predicate-type 'https://slsa.dev/provenance/v1' ${pins} --custom-trusted-root ${copy}`), io.summary);
    const command = io.summary.split('\n').find((line) => line.startsWith('trust-kit verify-attestation ')) ?? '';
    assert.ok(command.endsWith(`--certificate-identity '${reusable}' --certificate-oidc-issuer '${stack.oidc.issuer}' --repo 'octo-org/octo-repo' --source-ref 'refs/heads/main' --trusted-root '${root}'`), io.summary);
    const words = (command.match(/'[^']*'|\S+/g) ?? []).slice(1).map((word) => word.replace(/^'(.*)'$/, '$1'));
    // Where a user downloaded the artifact and its bundle, with the operator's root put where the summary says.
    const downloaded = join(cwd, dirname(io.outputs['bundle-path'] ?? ''));
    await writeFile(join(downloaded, 'app.tgz'), 'app\n');
    await mkdir(join(downloaded, 'trust-kit-roots'));
    await copyFile(stack.trustedRootPath, join(downloaded, root));
    const verified = await cli(words, downloaded);
    assert.equal(verified.code, 0, verified.stderr);
    // The same workflow run from a pull request's branch attests other bytes; put in place of the download, the command refuses them.
    stack.oidc.setEndpointClaims({ job_workflow_ref: 'octo-org/shared/.github/workflows/build.yml@refs/heads/pr-branch', event_name: 'pull_request' });
    const forged = await tempDir(t);
    await writeFile(join(forged, 'app.tgz'), 'evil\n');
    const forgedIO = recordingIO();
    await run({ 'subject-path': 'app.tgz', storage: 'none', ...signing() }, forgedIO, forged, await jobEnv(forged), { oidcDiscoveryURL: stack.oidc.discoveryURL });
    await writeFile(join(downloaded, 'app.tgz'), 'evil\n');
    await copyFile(join(forged, forgedIO.outputs['bundle-path'] ?? ''), join(downloaded, 'app.tgz.sigstore.json'));
    const refused = await cli(words, downloaded);
    assert.equal(refused.code, 4, refused.stdout + refused.stderr);
    // The very same reusable workflow, at the same ref, called by a push to another branch of the repository: its identity is the same, its run's ref is not.
    stack.oidc.setEndpointClaims({ job_workflow_ref: 'octo-org/shared/.github/workflows/build.yml@refs/heads/main', ref: 'refs/heads/feature' });
    const branch = await tempDir(t);
    await writeFile(join(branch, 'app.tgz'), 'evil\n');
    const branchIO = recordingIO();
    await run({ 'subject-path': 'app.tgz', storage: 'none', ...signing() }, branchIO, branch, await jobEnv(branch), { oidcDiscoveryURL: stack.oidc.discoveryURL });
    await copyFile(join(branch, branchIO.outputs['bundle-path'] ?? ''), join(downloaded, 'app.tgz.sigstore.json'));
    const otherRef = await cli(words, downloaded);
    assert.equal(otherRef.code, 4, otherRef.stdout + otherRef.stderr);
    assert.match(otherRef.stderr, /VERIFY_POLICY_SOURCE_MISMATCH: .*refs\/heads\/feature/);
  });

  test('where the plan has no attestations, storage is a warning with GitHub\'s reason and the bundles are still written', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'sbom.spdx.json'), SPDX);
    const io = recordingIO();
    api.gate('octo-org/octo-repo', 'user-private');
    t.after(() => api.gate('octo-org/octo-repo', undefined));
    await run({ 'subject-digest': `sha256:${'ab'.repeat(32)}`, 'subject-name': 'ghcr.io/octo-org/app', 'sbom-path': 'sbom.spdx.json', 'github-token': 'ghs_test', ...signing() }, io, cwd, await jobEnv(cwd));
    assert.deepEqual(io.log.filter((line) => line.startsWith('failed')), []);
    assert.ok(io.log.some((line) => line.startsWith('warn attestations are not stored on GitHub for octo-org/octo-repo: Feature not available for user-owned private repositories')), io.log.join('\n'));
    assert.equal(io.outputs['attestation-id'], '');
    assert.equal(payloadOf(JSON.parse(await readFile(join(cwd, io.outputs['bundle-path'] ?? ''), 'utf8'))).predicateType, 'https://spdx.dev/Document/v2.3');
    assert.match(io.summary, /Not stored on GitHub: Feature not available/);
  });

  test('storage on GitHub Enterprise Server is refused before any token is requested or anything is signed', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const before = { ...stack.requests };
    const io = recordingIO();
    await assert.rejects(run({ 'subject-path': 'app.tgz', 'github-token': 'ghs_test', ...signing() }, io, cwd, { ...(await jobEnv(cwd)), GITHUB_SERVER_URL: 'https://github.example.com' }), { code: 'GITHUB_ENTERPRISE_SERVER_UNSUPPORTED' });
    assert.deepEqual([stack.requests.oidc - before.oidc, stack.requests.fulcio - before.fulcio], [0, 0]);
  });

  test('the action\'s own inputs are read like every other: a misspelt show-summary or storage is reported with the other bad inputs at once, before anything is signed', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const before = { ...stack.requests };
    await assert.rejects(run({ 'subject-path': 'app.tgz', 'github-token': 'ghs_test', 'show-summary': 'flase', storage: 'gihub', instance: 'nowhere', ...signing() }, recordingIO(), cwd, await jobEnv(cwd)), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.match(error.message, /input "show-summary": is "flase"; expected true or false/);
      assert.match(error.message, /input "storage": is "gihub"; expected one of github, none/);
      assert.match(error.message, /input "instance"/);
      return true;
    });
    assert.deepEqual([stack.requests.oidc - before.oidc, stack.requests.fulcio - before.fulcio], [0, 0]);
    const io = recordingIO();
    await run({ 'subject-path': 'app.tgz', 'show-summary': 'False', storage: 'NONE', ...signing() }, io, cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL });
    assert.equal(io.summary, '');
  });

  test('a subject-path entry that does not exist is named under the input, with the other missing files, before anything is signed', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    const before = { ...stack.requests };
    await assert.rejects(run({ 'subject-path': 'app.tgz\napp.zip', 'predicate-path': 'predicate.json', 'predicate-type': 'https://example.com/p/v1', storage: 'none', ...signing() }, recordingIO(), cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.match(error.message, /input "predicate-path": predicate\.json does not exist\n {2}input "subject-path": app\.zip does not exist/);
      return true;
    });
    assert.deepEqual([stack.requests.oidc - before.oidc, stack.requests.fulcio - before.fulcio], [0, 0]);
  });

  test('a subject-checksums path with a typo is named as a file that is not there, not as a malformed checksum line', async (t) => {
    const cwd = await tempDir(t);
    await assert.rejects(run({ 'subject-checksums': 'dist/SHA256SUM', storage: 'none', ...signing() }, recordingIO(), cwd, await jobEnv(cwd)), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.equal(error.message, 'input "subject-checksums": is "dist/SHA256SUM", which names no file and is no checksum line ("<hex digest>  <file name>") either; check the path, relative to the workspace');
      return true;
    });
  });

  test('an output-dir that is a file is a bad input named with the other missing paths, before anything is signed', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'app.tgz'), 'app\n');
    await writeFile(join(cwd, 'out'), 'a file\n');
    const before = { ...stack.requests };
    await assert.rejects(run({ 'subject-path': 'app.tgz\napp.zip', 'output-dir': 'out', storage: 'none', ...signing() }, recordingIO(), cwd, await jobEnv(cwd), { oidcDiscoveryURL: stack.oidc.discoveryURL }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.match(error.message, /input "subject-path": app\.zip does not exist\n {2}input "output-dir": out is not a directory/);
      return true;
    });
    assert.deepEqual([stack.requests.oidc - before.oidc, stack.requests.fulcio - before.fulcio], [0, 0]);
  });

  test('runs as the runner starts it: inputs from INPUT_ variables, outputs in GITHUB_OUTPUT, failures as ::error:: with a code', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), `${digestBytes('sha256', 'a\n')}  a.tgz\n${digestBytes('sha256', 'b\n')}  b.tgz\n`);
    await writeFile(join(cwd, 'sbom.cdx.json'), JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] }));
    const action = await sourceAction(t);
    const env = await jobEnv(cwd);
    const before = api.state.attestations.length;
    const ok = await runActionBundle(action, { 'subject-checksums': 'SHA256SUMS', 'sbom-path': 'sbom.cdx.json', 'github-token': 'ghs_test', ...signing() }, cwd, env);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.outputs['bundle-path'] ?? '', /^trust-kit-attest-[0-9a-f]{12}\/multiple\.sigstore\.json$/);
    assert.equal(api.state.attestations.length - before, 1);
    assert.deepEqual(api.state.attestations.at(-1)?.subjectDigests, [`sha256:${digestBytes('sha256', 'a\n')}`, `sha256:${digestBytes('sha256', 'b\n')}`]);
    // The token is masked first thing, and never printed otherwise.
    assert.deepEqual(ok.stdout.split('\n').filter((line) => line.includes('ghs_test')), ['::add-mask::ghs_test']);
    const bad = await runActionBundle(action, { 'sbom-path': 'sbom.cdx.json', 'predicate-type': 'https://example.com/p', storage: 'none', ...signing() }, cwd, env);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /::error::CONFIG_INVALID: /);
  });
});

test('a key beside the keyless-only trusted-root and timeout is a bad input, not ignored, as with the CLI', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'app.tgz'), 'app\n');
  await assert.rejects(run({ 'subject-path': 'app.tgz', storage: 'none', key: 'release.key', 'trusted-root': 'trusted_root.json', timeout: '90' }, recordingIO(), cwd, {}), (error: Error & { issues?: { input: string }[] }) => {
    assert.deepEqual(error.issues?.map((issue) => issue.input), ['input "trusted-root"', 'input "timeout"']);
    return true;
  });
});

test('messages name the attest action\'s own inputs (predicate-path, sbom-path), not the CLI\'s predicate and type, which it has not', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'sbom.spdx.json'), '{}');
  const issues = async (inputs: Record<string, string>): Promise<string[]> => {
    let found: string[] = [];
    await assert.rejects(run({ 'subject-path': 'app.tgz', storage: 'none', ...inputs }, recordingIO(), cwd, {}), (error: Error & { issues?: { input: string; message: string }[] }) => {
      found = (error.issues ?? []).map((issue) => `${issue.input}: ${issue.message}`);
      return true;
    });
    return found;
  };
  assert.deepEqual(await issues({ 'predicate-type': 'https://example.com/p/v1' }), ['input "predicate-path": is required with input "predicate-type": the JSON document of that type to attest']);
  assert.deepEqual(await issues({ 'predicate-path': 'sbom.spdx.json' }), ['input "predicate-type": is required with input "predicate-path", which attests it as a custom predicate of the type this URI names; to attest an SBOM, give it as input "sbom-path" instead']);
  assert.deepEqual(await issues({ 'sbom-path': 'sbom.spdx.json', 'predicate-type': 'https://example.com/p/v1' }), ['input "sbom-path": attests an SBOM; it cannot be combined with input "predicate-path" or input "predicate-type"']);
});

test('base without subject-path (only subject-digest or subject-checksums, whose names are given) is a bad input, not ignored; its default is not', async (t) => {
  const cwd = await tempDir(t);
  const digest = `sha256:${'ab'.repeat(32)}`;
  await assert.rejects(run({ 'subject-name': 'app.tgz', 'subject-digest': digest, base: 'packages/app', 'per-subject': 'false', storage: 'none' }, recordingIO(), cwd, {}), (error: Error & { issues?: { input: string; message: string }[] }) => {
    assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), ['input "base": applies only to the files of input "subject-path" (their names are relative to it), and none are given, so it would do nothing']);
    return true;
  });
  // The runner's default base goes on to signing, which fails here for want of a token.
  await assert.rejects(run({ 'subject-name': 'app.tgz', 'subject-digest': digest, base: '.', storage: 'none' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string }) => error.code !== 'CONFIG_INVALID');
});

test('an sbom-path the action cannot attest gets a hint for the action: no --type to pick, which it has not (the document says which SBOM it is)', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'old.spdx.json'), JSON.stringify({ spdxVersion: 'SPDX-2.1', SPDXID: 'SPDXRef-DOCUMENT' }));
  await writeFile(join(cwd, 'old.cdx.json'), JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '2.0' }));
  for (const sbom of ['old.spdx.json', 'old.cdx.json']) {
    await assert.rejects(run({ 'subject-path': 'app.tgz', 'sbom-path': sbom, storage: 'none' }, recordingIO(), cwd, {}), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'ATTEST_PREDICATE_INVALID');
      assert.doesNotMatch(error.hint ?? '', /--type/, sbom);
      assert.match(error.hint ?? '', /trust-kit sbom --format/, sbom);
      return true;
    });
  }
});

test('the job summary names the first 50 bundles and says how many more (thousands on one line passed the 1 MiB GitHub takes for a summary), and how to verify a key\'s bundles', async (t) => {
  const cwd = await tempDir(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd)).code, 0);
  await writeFile(join(cwd, 'predicate.json'), '{"k":1}\n');
  await mkdir(join(cwd, 'many'));
  await Promise.all(Array.from({ length: 60 }, (_, index) => writeFile(join(cwd, 'many', `file-${String(index).padStart(2, '0')}.tgz`), `${index}\n`)));
  const io = recordingIO();
  await run({ 'subject-path': 'many', base: 'many', key: 'release.key', instance: 'key', storage: 'none', 'predicate-path': 'predicate.json', 'predicate-type': 'https://example.com/p', 'per-subject': 'true', 'output-dir': 'att' }, io, cwd, {});
  // Several bundles: bundle-path is the run's attestation file, as action.yml says, not the first subject's bundle.
  assert.equal(io.outputs['bundle-path'], join('att', 'multiple.intoto.jsonl'));
  // Signed with a key: the summary says how to verify with its public key.
  assert.match(io.summary, /\ntrust-kit verify-attestation 'file-00\.tgz' --bundle 'file-00\.tgz\.sigstore\.json' --predicate-type 'https:\/\/example\.com\/p' --key <public key of \S*release\.key> --insecure-ignore-tlog\n/);
  const verified = await cli(['verify-attestation', 'many/file-00.tgz', '--bundle', 'att/file-00.tgz.sigstore.json', '--predicate-type', 'https://example.com/p', '--key', 'release.pub', '--insecure-ignore-tlog'], cwd);
  assert.equal(verified.code, 0, verified.stderr);
  const line = io.summary.split('\n').find((text) => text.startsWith('Bundles: ')) ?? '';
  assert.equal(line.match(/\.sigstore\.json`/g)?.length, 50, line);
  assert.ok(line.endsWith(', and 10 more bundles beside them'), line);
});

test('a subject-name with a control character is a bad input under its own name, not a NAME@DIGEST the workflow never wrote', async (t) => {
  const cwd = await tempDir(t);
  await assert.rejects(run({ 'subject-name': 'app\u001b[2J.tgz', 'subject-digest': `sha256:${'ab'.repeat(32)}`, storage: 'none' }, recordingIO(), cwd, {}), (error: Error & { code?: string; issues?: { input: string; message: string }[] }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues?.map((issue) => issue.input), ['input "subject-name"']);
    assert.ok(!JSON.stringify(error.issues).includes('@sha256'));
    return true;
  });
});

test('a subject whose name starts with - is written ./-name in the summary\'s command, which then verifies as written', async (t) => {
  const cwd = await tempDir(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd)).code, 0);
  await writeFile(join(cwd, 'predicate.json'), '{"k":1}\n');
  await writeFile(join(cwd, '-rf.tgz'), 'x\n');
  const io = recordingIO();
  await run({ 'subject-path': '-rf.tgz', key: 'release.key', instance: 'key', storage: 'none', 'predicate-path': 'predicate.json', 'predicate-type': 'https://example.com/p' }, io, cwd, {});
  const line = io.summary.split('\n').find((text) => text.startsWith('trust-kit verify-attestation ')) ?? '';
  assert.ok(line.startsWith("trust-kit verify-attestation './-rf.tgz' --bundle './-rf.tgz.sigstore.json' "), line);
  const args = [...line.replace(/<public key of \S*release\.key>/, 'release.pub').matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '').slice(1);
  const verified = await cli(args, cwd);
  assert.equal(verified.code, 0, verified.stderr);
});
