// The gate with the real tools: cosign, gh and sha256sum from .tools run VERIFY.md's commands in the directory the
// draft was downloaded into, with run-commands.test.ts's substitutions for what needs the network (the trusted
// roots gh would fetch are the stack's; trust-kit runs from source). Also the shell runner the gate uses by default.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { renderCommand } from '../../src/instructions/verify.js';
import { shellCommandRunner } from '../../src/release/command-runner.js';
import type { CommandRunner } from '../../src/release/gate.js';
import { runRelease } from '../../src/release/index.js';
import { PEERS, isInstalled, peerEnv, requireTool } from '../interop/tools.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The command as run here: run-commands.test.ts's substitutions for what needs the network. */
function substituted(line: string, roots: string): string {
  // gh attestation verify runs as VERIFY.md writes it: a private deployment's lines name its trusted root themselves.
  return line.replace(/^gh attestation trusted-root/, `cat '${roots}'`).replace(/^node trust-kit-verifier\/dist\/cli\/index\.js /, 'trust-kit ');
}

/** A runner with cosign 3, gh (when installed) and trust-kit from source on its PATH besides the system's tools. */
async function toolsRunner(t: TestContext, roots: string, ran: string[]): Promise<CommandRunner> {
  const bin = join(await tempDir(t), 'bin');
  await mkdir(bin);
  await symlink(PEERS.cosign3.file, join(bin, 'cosign'));
  if (isInstalled(PEERS.gh)) await symlink(PEERS.gh.file, join(bin, 'gh'));
  await writeFile(join(bin, 'trust-kit'), `#!/bin/sh\nexec '${join(ROOT, 'node_modules', '.bin', 'node')}' --import '${join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')}' '${join(ROOT, 'src', 'cli', 'bin.ts')}' "$@"\n`);
  await chmod(join(bin, 'trust-kit'), 0o755);
  const path = `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`;
  const system = shellCommandRunner({ path, home: undefined });
  return {
    has: (tool) => system.has(tool),
    run: (command, options) =>
      new Promise((resolve) => {
        const line = substituted(renderCommand(command), roots);
        ran.push(line);
        execFile('sh', ['-c', line], { cwd: options.cwd, timeout: options.timeoutMs, env: peerEnv(options.cwd, { PATH: path, GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }) }, (error, stdout, stderr) => {
          resolve({ exitCode: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, output: `${stdout}${stderr}`, timedOut: false });
        });
      }),
  };
}

describe('the gate runs VERIFY.md\'s commands with the installed tools', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  let roots: string;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
    roots = join(stack.trustedRootPath, '..', 'gate-roots.jsonl');
    await writeFile(roots, `${JSON.stringify(stack.trustedRoot)}\n`);
  });
  after(async () => {
    await Promise.all([stack.close(), api.close()]);
  });

  /** A keyless release of dist/app.tgz to `repo`, published through the gate running VERIFY.md's commands with the installed tools; undefined when the tools are missing locally. */
  async function publishThroughGate(t: TestContext, repo: string, inputs: Record<string, string>, files: Record<string, string> = { 'app.tgz': 'app\n' }): Promise<{ passed: string[]; failed: unknown[]; ran: string[]; commands: number } | undefined> {
    const ci = process.env['CI'] === 'true';
    if (requireTool(t, PEERS.cosign3, ci) === undefined) return undefined;
    // Locally gh may be missing and its commands are then skipped by the gate, as on a runner without it; in CI it must run.
    if (ci) requireTool(t, PEERS.gh, ci);
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, 'dist', name), text);
    await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
    const all = { 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '', 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath, attest: 'auto', ...inputs };
    const config = releaseConfig(all, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    const ran: string[] = [];
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo });
    const result = await runRelease(config, {
      cwd,
      env: { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json') },
      logger: silentLogger,
      oidcDiscoveryURL: stack.oidc.discoveryURL,
      githubRelease: { tag: 'v1.0.0', releases, commandRunner: await toolsRunner(t, roots, ran) },
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${ran.join('\n')}`);
    });
    assert.equal(result.githubRelease?.outcome, 'published');
    const commands = result.gate?.commands ?? [];
    return { passed: commands.filter((outcome) => outcome.verdict === 'passed').map((outcome) => outcome.what), failed: commands.filter((outcome) => outcome.verdict !== 'passed'), ran, commands: commands.length };
  }

  test('an artifact whose name starts with a dash has its bundle named as an operand too (./-x.sigstore.json), which cosign reads as a file, not a flag: the gate passes', async (t) => {
    const gate = await publishThroughGate(t, 'dashed', { 'artifact-bundles': 'true' }, { '-x': 'x\n', 'app.tgz': 'app\n' });
    if (gate === undefined) return;
    assert.ok(gate.passed.some((line) => line.startsWith("cosign verify-blob './-x' --bundle './-x.sigstore.json'")), gate.passed.join('\n'));
    assert.deepEqual(gate.failed, []);
  });

  test('cosign, trust-kit, gh attestation verify and sha256sum pass on the downloaded draft (the signing audit log\'s cosign line too), which is then published', async (t) => {
    const gate = await publishThroughGate(t, 'tools', { 'artifact-bundles': 'true', 'audit-log': 'true' });
    if (gate === undefined) return;
    const { passed } = gate;
    assert.ok(passed.some((line) => line.startsWith("cosign verify-blob 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json'")), passed.join('\n'));
    assert.ok(passed.some((line) => line.startsWith("cosign verify-blob 'app.tgz' --bundle 'app.tgz.sigstore.json'")), passed.join('\n'));
    assert.ok(passed.some((line) => line.startsWith("cosign verify-blob 'trust-kit-audit.jsonl' --bundle 'trust-kit-audit.jsonl.sigstore.json'")), passed.join('\n'));
    assert.ok(passed.some((line) => line.startsWith("trust-kit verify-checksums 'SHA256SUMS'")), passed.join('\n'));
    assert.ok(passed.includes("sha256sum --ignore-missing -c 'SHA256SUMS'"), passed.join('\n'));
    if (isInstalled(PEERS.gh)) {
      // gh reads a custom trusted root as JSON lines: the stack's pretty-printed root is put on one line first, as VERIFY.md says.
      assert.ok(passed.some((line) => /^paste -s -d '\\0' 'trust-kit-roots\/[^']+\.json' >\| trust-kit-roots\/.+\.jsonl$/.test(line)), passed.join('\n'));
      assert.ok(passed.some((line) => line.startsWith("gh attestation verify 'app.tgz'") && / --custom-trusted-root 'trust-kit-roots\/[^']+\.jsonl'$/.test(line)), passed.join('\n'));
    }
    assert.deepEqual(gate.failed, [], 'every command of this release ran and passed');
    assert.equal(gate.ran.length, gate.commands);
  });

  test('a sha512 release: sha512sum, trust-kit verify-release and gh attestation verify (told to hash with SHA-512) pass as VERIFY.md gives them', async (t) => {
    const gate = await publishThroughGate(t, 'tools-sha512', { algorithm: 'sha512' });
    if (gate === undefined) return;
    const { passed } = gate;
    assert.ok(passed.includes("sha512sum --ignore-missing -c 'SHA512SUMS'"), passed.join('\n'));
    if (isInstalled(PEERS.gh)) assert.ok(passed.some((line) => line.startsWith("gh attestation verify 'app.tgz'") && line.includes('--digest-alg sha512')), passed.join('\n'));
    assert.deepEqual(gate.failed, [], 'every command of this release ran and passed');
  });
});

describe('the shell runner the gate uses by default', () => {
  const runner = shellCommandRunner({ path: process.env['PATH'] ?? '/usr/bin:/bin', home: undefined });
  const line = (text: string) => ({ programs: [['sh', '-c', { value: text }]], checks: [] });

  test('finds installed tools on its PATH only', async () => {
    assert.equal(await runner.has('sh'), true);
    assert.equal(await runner.has('no-such-verifier-tool'), false);
    assert.equal(await runner.has('../sh'), false);
  });

  test('on Windows, where the lines are not shell and no process group can be killed, says so rather than that each tool is missing', async () => {
    const windows = shellCommandRunner({ path: process.env['PATH'] ?? '/usr/bin:/bin', home: undefined }, 'win32');
    assert.match(windows.unavailable ?? '', /Linux and macOS runners only; on Windows only its own checks were made/);
    assert.equal(runner.unavailable, undefined);
  });

  test('keeps the last bytes of the output, reports the exit code, and kills a command that runs too long', async (t) => {
    const cwd = await tempDir(t);
    const loud = await runner.run(line('head -c 100000 /dev/zero | tr "\\0" a; echo END; exit 3'), { cwd, timeoutMs: 60_000, maxOutputBytes: 1000 });
    assert.equal(loud.exitCode, 3);
    assert.equal(loud.output.length, 1000);
    assert.ok(loud.output.endsWith('END\n'));
    const slow = await runner.run(line('sleep 30 & wait'), { cwd, timeoutMs: 200, maxOutputBytes: 1000 });
    assert.equal(slow.timedOut, true);
    assert.notEqual(slow.exitCode, 0);
  });

  test('gives a command no token from the job\'s environment, only the proxy settings it is given', async (t) => {
    const cwd = await tempDir(t);
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = 'secret-request-token';
    t.after(() => delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']);
    const run = await runner.run(line('env'), { cwd, timeoutMs: 60_000, maxOutputBytes: 100_000 });
    assert.equal(run.exitCode, 0);
    assert.doesNotMatch(run.output, /secret-request-token/);
    // The proxy settings it is given do reach the command: fetching trust material needs them behind a proxy.
    const proxied = shellCommandRunner({ path: process.env['PATH'] ?? '/usr/bin:/bin', home: undefined, proxy: { HTTPS_PROXY: 'http://proxy.internal:3128' } });
    assert.match((await proxied.run(line('env'), { cwd, timeoutMs: 60_000, maxOutputBytes: 100_000 })).output, /^HTTPS_PROXY=http:\/\/proxy\.internal:3128$/m);
  });

  test('gives a command each proxy setting trust-kit follows in both cases, so Go\'s tools (upper-case first) and curl (lower-case first) go where trust-kit went', async (t) => {
    const cwd = await tempDir(t);
    // A runner with both cases, differing: trust-kit reads the lower-case one first, as @actions/http-client does.
    const proxied = shellCommandRunner({
      path: process.env['PATH'] ?? '/usr/bin:/bin',
      home: undefined,
      proxy: { HTTPS_PROXY: 'http://stale.internal:3128', https_proxy: 'http://proxy.internal:3128', HTTP_PROXY: 'http://plain.internal:3128', http_proxy: '', NO_PROXY: 'internal.example' },
    });
    const output = (await proxied.run(line('env'), { cwd, timeoutMs: 60_000, maxOutputBytes: 100_000 })).output;
    const proxyLines = output.split('\n').filter((entry) => /^(https?|no)_proxy=/i.test(entry)).sort();
    assert.deepEqual(proxyLines, ['HTTPS_PROXY=http://proxy.internal:3128', 'HTTP_PROXY=http://plain.internal:3128', 'NO_PROXY=internal.example', 'http_proxy=http://plain.internal:3128', 'https_proxy=http://proxy.internal:3128', 'no_proxy=internal.example']);
  });
});
