// The gate before publishing: the draft's assets downloaded back from the GitHub API double and verified as
// VERIFY.md says, in-process and by the commands themselves, for releases the loopback Sigstore stack signed.
import assert from 'node:assert/strict';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { failedReleaseLines } from '../../src/actions/summary.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { renderCommand, verificationCommands, type VerificationCommand } from '../../src/instructions/verify.js';
import { runGate, type CommandRunner, type GateReport } from '../../src/release/gate.js';
import { emptyReleaseReport, failedRunText, releaseFacts, runRelease, type ReleasePorts, type ReleaseReport } from '../../src/release/index.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/keys.js';
import { loadTrustMaterial } from '../../src/sigstore/verify/index.js';
import { startGitHubApi, type GitHubApiDouble, type StoredRelease } from '../support/github/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { assertShowable, HOSTILE } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';

const OWNER = 'octo-org';
const RETRY = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 };

/** A runner on which no tool is installed: every command is reported as not run. */
const NOTHING_INSTALLED: CommandRunner = { has: async () => false, run: async () => assert.fail('nothing is installed, so nothing runs') };

/** A runner that runs nothing but answers as if `tool` were installed and every line it starts exited with `exitCode`. */
function fakeRunner(installed: readonly string[], exitCode: (command: VerificationCommand) => number, ran: string[] = []): CommandRunner {
  return {
    has: async (tool) => installed.includes(tool),
    run: async (command) => {
      ran.push(renderCommand(command));
      return { exitCode: exitCode(command), output: exitCode(command) === 0 ? '' : 'FAILED: app.tgz', timedOut: false };
    },
  };
}

describe('the gate before publishing a GitHub release', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  let repoNumber = 0;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
  });
  after(async () => {
    await Promise.all([stack.close(), api.close()]);
  });

  /** A release of two artifacts, signed, attested and each artifact signed on its own, published to a fresh repository of the double. */
  async function release(t: TestContext, options: { runner?: CommandRunner; gate?: boolean; beforeRun?: (repo: string) => void } = {}): Promise<{ cwd: string; repo: string; report: ReleaseReport; run: Promise<Awaited<ReturnType<typeof runRelease>>> }> {
    repoNumber += 1;
    const repo = `gated-${repoNumber}`;
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
    await writeFile(join(cwd, 'dist', 'app.zip'), 'zip\n');
    await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
    const inputs = {
      'subject-path': ['dist'],
      base: 'dist',
      'sbom-format': 'none',
      'fulcio-url': stack.fulcioURL,
      'tsa-url': stack.tsaURL ?? '',
      'rekor-url': stack.rekorURL ?? '',
      'trusted-root': stack.trustedRootPath,
      attest: 'auto',
      'artifact-bundles': 'true',
      ...(options.gate === false ? { gate: 'false' } : {}),
    };
    const config = releaseConfig(inputs, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
    const releases = githubReleases({ client, owner: OWNER, repo, retry: RETRY });
    const ports: ReleasePorts = {
      cwd,
      env: { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json') },
      logger: silentLogger,
      oidcDiscoveryURL: stack.oidc.discoveryURL,
      githubRelease: { tag: 'v1.0.0', releases, commandRunner: options.runner ?? NOTHING_INSTALLED },
    };
    options.beforeRun?.(repo);
    const report = emptyReleaseReport();
    return { cwd, repo, report, run: runRelease(config, ports, report) };
  }
  const releaseOf = (repo: string): StoredRelease | undefined => api.state.releases.forTag(api.state.repository(OWNER, repo), 'v1.0.0');
  const verdicts = (outcomes: GateReport['checks']): string[] => outcomes.map((outcome) => `${outcome.verdict}: ${outcome.what}`);

  test('a good release passes every in-process check and is published; commands whose tool is not installed are reported as not run', async (t) => {
    const { repo, run } = await release(t);
    const result = await run;
    assert.equal(result.githubRelease?.outcome, 'published');
    assert.equal(releaseOf(repo)?.draft, false);
    const gate = result.gate;
    assert.ok(gate !== undefined, 'the result says what the gate did');
    assert.deepEqual(verdicts(gate.checks), [
      'passed: the signature on SHA256SUMS (SHA256SUMS.sigstore.json)',
      'passed: every file SHA256SUMS lists',
      "passed: app.tgz's own bundle (app.tgz.sigstore.json)",
      "passed: app.zip's own bundle (app.zip.sigstore.json)",
      'passed: the https://slsa.dev/provenance/v1 attestation of app.tgz (attestations.intoto.jsonl)',
      'passed: the whole release against its own policy (trust-kit-policy.json)',
    ]);
    assert.ok(gate.commands.length > 0);
    assert.ok(gate.commands.every((outcome) => outcome.verdict === 'not run' && / not installed$/.test(outcome.detail)), JSON.stringify(gate.commands, null, 1));
  });

  test('an asset corrupted on GitHub after upload makes the gate refuse with PUBLISH_GATE_FAILED, naming each failed check; the release stays a draft', async (t) => {
    const { cwd, repo, report, run } = await release(t, { beforeRun: () => api.state.releases.corruptDownloads.add('app.tgz') });
    t.after(() => api.state.releases.corruptDownloads.delete('app.tgz'));
    await assert.rejects(run, (error: Error & { code?: string; hint?: string; report?: GateReport }) => {
      assert.equal(error.code, 'PUBLISH_GATE_FAILED');
      // A re-run of the same files replaces what this run signed; a fixed build's other files need the draft gone (RELEASE_DRAFT_DIFFERS otherwise).
      assert.match(error.hint ?? '', /a build made again has other files: delete the draft release first/);
      assert.match(error.message, /every file SHA256SUMS lists: 1 of 4 file\(s\) do not match: app\.tgz mismatch/);
      assert.match(error.message, /the whole release against its own policy \(trust-kit-policy\.json\): VERIFY_ARTIFACT_MISMATCH/);
      assert.match(error.message, /app\.tgz's own bundle \(app\.tgz\.sigstore\.json\): VERIFY_/);
      assert.match(error.message, /attestation of app\.tgz \(attestations\.intoto\.jsonl\): VERIFY_SUBJECT_MISMATCH/);
      assert.ok(error.report?.checks.some((outcome) => outcome.verdict === 'passed' && outcome.what.startsWith('the signature on SHA256SUMS')), 'what did verify is reported too');
      return true;
    });
    assert.equal(report.failed?.step, 'gate');
    // The CLI's stderr and the job summary say what the gate found.
    const facts = releaseFacts(report, cwd);
    assert.match(failedRunText(facts), /release failed while verifying the draft GitHub release before publishing it\n[\s\S]* {2}gate: failed: every file SHA256SUMS lists: 1 of 4 file\(s\) do not match: app\.tgz mismatch\n/);
    const summary = failedReleaseLines(facts).join('\n');
    assert.match(summary, /Gate before publishing \(the draft's assets downloaded back from GitHub\): 2 passed, 4 failed, \d+ not run/);
    assert.match(summary, /\| failed \| app\.tgz's own bundle \(app\.tgz\.sigstore\.json\) \| VERIFY_/);
    const kept = releaseOf(repo);
    assert.equal(kept?.draft, true, 'the draft is kept for the user to look at');
    assert.ok((kept?.assets.length ?? 0) > 0);
    assert.deepEqual(report.draftLeft, { tag: 'v1.0.0', id: kept?.id }, 'the report says the draft is kept for a re-run');
    assert.match(summary, /The draft GitHub release `v1\.0\.0` \(id \d+\) is kept with what was uploaded to it: a re-run of the job reuses it/);
    assert.equal(api.requestsTo('releases.update').filter((record) => record.path.includes(`/${repo}/`)).length, 0, 'never published');
  });

  test('with gate: false the draft is published without being downloaded', async (t) => {
    const { repo, run } = await release(t, { gate: false, beforeRun: () => api.state.releases.corruptDownloads.add('app.zip') });
    t.after(() => api.state.releases.corruptDownloads.delete('app.zip'));
    const result = await run;
    assert.equal(result.gate, undefined);
    assert.equal(releaseOf(repo)?.draft, false);
    assert.equal(api.requestsTo('releases.getAsset').filter((record) => record.path.includes(`/${repo}/`)).length, 0);
  });

  test('a command that fails fails the gate; one whose tool is missing, or that reads what a skipped command would write, is not run', async (t) => {
    const ran: string[] = [];
    const runner = fakeRunner(['sha256sum', 'cosign', 'mkdir'], (command) => (renderCommand(command).startsWith('sha256sum') ? 1 : 0), ran);
    const { repo, run } = await release(t, { runner });
    await assert.rejects(run, (error: Error & { code?: string; report?: GateReport }) => {
      assert.equal(error.code, 'PUBLISH_GATE_FAILED');
      assert.match(error.message, /sha256sum --ignore-missing -c 'SHA256SUMS': exit 1: FAILED: app\.tgz/);
      const byLine = new Map(error.report?.commands.map((outcome) => [outcome.what, outcome]));
      assert.equal([...byLine.keys()].find((line) => line.startsWith('cosign verify-blob \'SHA256SUMS\'')) === undefined, false);
      for (const [line, outcome] of byLine) {
        if (/^(cosign|mkdir) /.test(line) && !line.includes('sigstore_trusted_root.json')) assert.equal(outcome.verdict, 'passed', line);
        if (line.startsWith('trust-kit ') || line.startsWith('gh ')) assert.match(outcome.detail, /^(trust-kit|gh) is not installed$/, line);
        // The offline cosign line reads the root a grep of gh's output writes; gh is not installed.
        if (line.startsWith('grep ')) assert.match(outcome.detail, /it reads trust-kit-roots\/trusted_root\.jsonl, which an earlier command did not write/);
        if (line.includes('sigstore_trusted_root.json') && line.startsWith('cosign ')) assert.match(outcome.detail, /it reads trust-kit-roots\/sigstore_trusted_root\.json/);
      }
      return true;
    });
    assert.ok(ran.length > 0 && ran.every((line) => /^(cosign|sha256sum|mkdir) /.test(line)), ran.join('\n'));
    assert.equal(releaseOf(repo)?.draft, true);
  });

  test('a policy naming another identity refuses the same files (VERIFY_POLICY_IDENTITY_MISMATCH), as users with that policy would', async (t) => {
    const { cwd, run } = await release(t);
    const result = await run;
    const signer = result.signature?.signer;
    assert.ok(signer?.kind === 'certificate');
    // The files as a consumer downloads them: the published output directory and the artifacts beside it.
    const directory = join(cwd, 'out');
    for (const name of ['app.tgz', 'app.zip']) await copyFile(join(cwd, 'dist', name), join(directory, name));
    const trust = loadTrustMaterial(stack.trustedRoot, 'the stack');
    const commands = verificationCommands({ checksumsFile: 'SHA256SUMS', algorithm: 'sha256', bundleFile: 'SHA256SUMS.sigstore.json', signer, sbomFiles: [] });
    const good = await runGate({ directory, commands, signer, trust: async () => trust }, { runner: undefined, logger: silentLogger });
    assert.deepEqual(good.checks.map((outcome) => outcome.verdict), ['passed', 'passed'], JSON.stringify(good));
    assert.deepEqual(good.commands.map((outcome) => outcome.detail), commands.map(() => 'no command runner was given'));
    const unavailable = { unavailable: 'not on this runner', has: async () => true, run: async () => assert.fail('a runner that is unavailable is never asked to run') };
    const windows = await runGate({ directory, commands, signer, trust: async () => trust }, { runner: unavailable, logger: silentLogger });
    assert.deepEqual(windows.commands.map((outcome) => `${outcome.verdict}: ${outcome.detail}`), commands.map(() => 'not run: not on this runner'));
    const wrong = { ...signer, identity: 'https://github.com/octo-org/other/.github/workflows/release.yml@refs/tags/v1.0.0' };
    await assert.rejects(runGate({ directory, commands: verificationCommands({ checksumsFile: 'SHA256SUMS', algorithm: 'sha256', bundleFile: 'SHA256SUMS.sigstore.json', signer: wrong, sbomFiles: [] }), signer: wrong, trust: async () => trust }, { runner: undefined, logger: silentLogger }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'PUBLISH_GATE_FAILED');
      assert.match(error.message, /the signature on SHA256SUMS \(SHA256SUMS\.sigstore\.json\): VERIFY_POLICY_IDENTITY_MISMATCH/);
      return true;
    });
    assert.ok((await readdir(directory)).includes('VERIFY.md'));
  });

  test('a release signed with a key made for the run is checked against the public key it publishes', async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
    const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'artifact-bundles': 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: OWNER, repo: 'keyed', retry: RETRY });
    const result = await runRelease(config, { cwd, env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases, commandRunner: NOTHING_INSTALLED } });
    assert.equal(result.signature?.signer.kind, 'key');
    assert.deepEqual(verdicts(result.gate?.checks ?? []), ['passed: the signature on SHA256SUMS (SHA256SUMS.sigstore.json)', 'passed: every file SHA256SUMS lists', "passed: app.tgz's own bundle (app.tgz.sigstore.json)"]);
    assert.ok(result.gate?.commands.some((outcome) => outcome.what === "cosign verify-blob 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --key 'trust-kit.pub' --insecure-ignore-tlog=true --trusted-root trust-kit-roots/no_authorities.json"));
    assert.equal(result.githubRelease?.outcome, 'published');
  });

  test("a local key's public key is taken from beside the key; without it the checks that need it are not run, never passed", async (t) => {
    const pair = generateSigningKeyPair(undefined);
    for (const beside of [true, false]) {
      const cwd = await tempDir(t);
      await mkdir(join(cwd, 'dist'));
      await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
      await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
      if (beside) await writeFile(join(cwd, 'release.pub'), pair.publicKeyPem);
      const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
      const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: OWNER, repo: `local-key-${String(beside)}`, retry: RETRY });
      const ran: string[] = [];
      const result = await runRelease(config, { cwd, env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases, commandRunner: fakeRunner(['cosign', 'sha256sum', 'mkdir', 'printf'], () => 0, ran) } });
      assert.equal(result.githubRelease?.outcome, 'published');
      const signature = result.gate?.checks.find((outcome) => outcome.what.startsWith('the signature on SHA256SUMS'));
      const cosign = result.gate?.commands.find((outcome) => outcome.what.startsWith('cosign verify-blob'));
      if (beside) {
        assert.equal(signature?.verdict, 'passed');
        assert.equal(cosign?.verdict, 'passed');
      } else {
        assert.deepEqual([signature?.verdict, signature?.detail], ['not run', "the public key release.pub is not among the release's files, and users get it from a source they trust"]);
        assert.deepEqual([cosign?.verdict, cosign?.detail], ['not run', 'it reads trust-kit-roots/release.pub, which an earlier command did not write and the release does not hold']);
        assert.deepEqual(ran, ['mkdir -p trust-kit-roots', `printf '%s\\n' '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}' >| trust-kit-roots/no_authorities.json`, "sha256sum --ignore-missing -c 'SHA256SUMS'"]);
      }
    }
  });
});

test('what the release\'s files are named, and what a command prints of them, reaches the gate\'s report, log and error printable', async (t) => {
  const dir = await tempDir(t);
  const artifact = `app${HOSTILE}\u202e.tgz`;
  await writeFile(join(dir, artifact), 'app\n');
  await writeFile(join(dir, 'SHA256SUMS'), `${'0'.repeat(64)}  ${artifact}\n`);
  const commands: VerificationCommand[] = [
    { programs: [['sha256sum', '-c', { value: 'SHA256SUMS' }]], checks: [{ kind: 'checksums-files', checksumsFile: 'SHA256SUMS' }] },
    { programs: [['cosign', 'verify-blob', { value: artifact }]], checks: [{ kind: 'artifact-bundle', artifact, bundleFile: `${artifact}.sigstore.json` }] },
  ];
  const runner: CommandRunner = { has: async () => true, run: async () => ({ exitCode: 1, output: `${artifact}: FAILED\n`, timedOut: false }) };
  const logged: string[] = [];
  const logger = { ...silentLogger, info: (message: string) => void logged.push(message) };
  const error = await runGate({ directory: dir, commands: commands.slice(0, 1), signer: undefined, trust: async () => undefined }, { runner, logger }).then(
    () => assert.fail('the gate passed'),
    (failure: unknown) => failure as Error & { code?: string; report: GateReport },
  );
  assert.equal(error.code, 'PUBLISH_GATE_FAILED');
  assertShowable(error.message, 'app ]0;owned 2J next .tgz', 5000);
  for (const line of logged) assertShowable(line, /^gate: /, 5000);
  for (const outcome of [...error.report.checks, ...error.report.commands]) assertShowable(`${outcome.what} ${outcome.detail}`, /./, 5000);
  assert.ok(error.report.commands.some((outcome) => outcome.detail === 'exit 1: app ]0;owned 2J next .tgz: FAILED'), JSON.stringify(error.report.commands));
  // A check naming the file itself (its own bundle) names it printable too.
  const second = await runGate({ directory: dir, commands: commands.slice(1), signer: undefined, trust: async () => undefined }, { runner: NOTHING_INSTALLED, logger }).then(
    () => assert.fail('the gate passed'),
    (failure: unknown) => failure as Error,
  );
  assertShowable(second.message, "app ]0;owned 2J next .tgz's own bundle (app ]0;owned 2J next .tgz.sigstore.json)", 5000);
});
