// VERIFY.md's commands, parsed out of its shell blocks and run by a shell in a download of a release the
// loopback Sigstore stack signed, with the installed cosign majors, gh, sha256sum and trust-kit (from source).
// The only substitutions, each for what needs the network: the trusted roots gh would fetch are the
// stack's; a command that would fetch Sigstore's trusted root through TUF is given the stack's; the
// pinned verifier's fetch is skipped and its `node trust-kit-verifier/dist/cli/index.js` is trust-kit
// from source; `gh release verify` (the GitHub API) is only checked as text.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { renderVerifyInstructions, type ReleaseSigner } from '../../src/instructions/verify.js';
import { runRelease, type ReleaseResult } from '../../src/release/index.js';
import { PEERS, isInstalled, peerEnv, requireTool, type PeerTool } from '../interop/tools.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REUSABLE = 'octo-org/release-kit/.github/workflows/release.yml@refs/tags/v2.0.0';

/** The lines of every shell block of a markdown text. */
const commands = (text: string): string[] => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((match) => (match[1] ?? '').trimEnd().split('\n'));

/** A release of two artifacts, signed and attested by the stack, as a user downloads it: returns the download directory. */
async function release(t: TestContext, stack: SigstoreStack, trustedRoot = stack.trustedRootPath): Promise<{ download: string; result: ReleaseResult }> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'dist', 'app.zip'), 'zip\n');
  await writeFile(join(cwd, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } }));
  await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
  const inputs = { 'subject-path': ['dist'], base: 'dist', 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '', 'trusted-root': trustedRoot, attest: 'auto', ...(stack.rekorURL === undefined ? { instance: 'github' } : { 'rekor-url': stack.rekorURL }) };
  const config = releaseConfig(inputs, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json') };
  const result = await runRelease(config, { cwd, env, logger: silentLogger, oidcDiscoveryURL: stack.oidc.discoveryURL });
  await copyFile(join(cwd, 'dist', 'app.tgz'), join(cwd, 'out', 'app.tgz'));
  await copyFile(join(cwd, 'dist', 'app.zip'), join(cwd, 'out', 'app.zip'));
  await copyFile(stack.trustedRootPath, join(cwd, 'out', 'trusted_root.json'));
  // Where VERIFY.md has users put a private deployment's trusted root they got from its operator.
  await mkdir(join(cwd, 'out', 'trust-kit-roots'));
  await copyFile(trustedRoot, join(cwd, 'out', 'trust-kit-roots', basename(trustedRoot)));
  return { download: join(cwd, 'out'), result };
}

/** A directory of the commands VERIFY.md names (`cosign` being the given major), for PATH. */
async function toolsDir(t: TestContext, cosign: PeerTool): Promise<string> {
  const bin = join(await tempDir(t), 'bin');
  await mkdir(bin);
  await symlink(cosign.file, join(bin, 'cosign'));
  if (isInstalled(PEERS.gh)) await symlink(PEERS.gh.file, join(bin, 'gh'));
  await writeFile(join(bin, 'trust-kit'), `#!/bin/sh\nexec '${join(ROOT, 'node_modules', '.bin', 'node')}' --import '${join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')}' '${join(ROOT, 'src', 'cli', 'bin.ts')}' "$@"\n`);
  await chmod(join(bin, 'trust-kit'), 0o755);
  return bin;
}

/** The command as run here: the documented substitutions applied; undefined for what is only checked as text. */
function substituted(command: string, roots: string): string | undefined {
  if (/^gh release verify|^git init /.test(command)) return undefined;
  let line = command.replace(/^gh attestation trusted-root/, `cat '${roots}'`).replace(/^node trust-kit-verifier\/dist\/cli\/index\.js /, 'trust-kit ');
  // verify-release takes its trusted roots from the policy the release carries: it runs as written.
  if (/^(cosign|trust-kit) /.test(line) && !/^trust-kit verify-release /.test(line) && !line.includes('--trusted-root') && !line.includes('--key ')) line += ` --trusted-root trusted_root.json`;
  if (line.startsWith('gh attestation verify ') && !line.includes('--custom-trusted-root')) line += ` --custom-trusted-root '${roots}'`;
  return line;
}

function sh(line: string, cwd: string, bin: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', line], { cwd, timeout: 120_000, env: peerEnv(cwd, { PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }) }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, output: `${stdout}${stderr}` });
    });
  });
}

/** Runs every runnable command of the text in order, as one user session would, with each installed cosign major. */
async function runAll(t: TestContext, text: string, download: string, roots: string): Promise<number> {
  let ran = 0;
  for (const cosign of [PEERS.cosign2, PEERS.cosign3]) {
    if (requireTool(t, cosign, process.env['CI'] === 'true') === undefined) continue;
    const bin = await toolsDir(t, cosign);
    for (const command of commands(text)) {
      const line = substituted(command, roots);
      if (line === undefined) continue;
      if (/^gh /.test(line) || line.includes('| grep')) {
        if (requireTool(t, PEERS.gh, process.env['CI'] === 'true') === undefined && /^gh /.test(line)) continue;
      }
      const run = await sh(line, download, bin);
      assert.equal(run.code, 0, `${cosign.name}: ${command}\n${line}\n${run.output}`);
      ran += 1;
    }
  }
  return ran;
}

/** Every signature command of the text run in `download` (the others, such as sha256sum and the set-up lines, run too): the lines that exited 0. */
async function signatureCommandsPassing(t: TestContext, text: string, download: string, roots: string): Promise<{ ran: string[]; passed: string[] }> {
  const ran: string[] = [];
  const passed: string[] = [];
  const cosign = requireTool(t, PEERS.cosign3, process.env['CI'] === 'true');
  if (cosign === undefined) return { ran, passed };
  const bin = await toolsDir(t, cosign);
  for (const command of commands(text)) {
    const line = substituted(command, roots);
    if (line === undefined || (/^gh /.test(line) && requireTool(t, PEERS.gh, process.env['CI'] === 'true') === undefined)) continue;
    const run = await sh(line, download, bin);
    if (!/^(cosign verify|gh attestation verify|trust-kit verify)/.test(line)) continue;
    ran.push(command);
    if (run.code === 0) passed.push(`${command}\n${run.output}`);
  }
  return { ran, passed };
}

for (const kind of ['public-good', 'github'] as const) {
  describe(`VERIFY.md's commands pass as written: a release signed like Sigstore's ${kind === 'github' ? "GitHub's instance (no logs)" : 'public-good instance (logged)'}`, () => {
    let stack: SigstoreStack;
    let other: SigstoreStack;
    let roots: string;
    before(async () => {
      stack = kind === 'github' ? await startSigstoreStack({ rekor: false, fulcioOrganization: 'GitHub, Inc.' }) : await startSigstoreStack();
      other = kind === 'github' ? await startSigstoreStack() : await startSigstoreStack({ rekor: false, fulcioOrganization: 'GitHub, Inc.' });
      // What `gh attestation trusted-root` prints: Sigstore's and GitHub's trusted roots, one per line, each ending in a newline.
      roots = join(stack.trustedRootPath, '..', 'roots.jsonl');
      const [publicGood, github] = kind === 'github' ? [other, stack] : [stack, other];
      await writeFile(roots, `${JSON.stringify(publicGood.trustedRoot)}\n${JSON.stringify(github.trustedRoot)}\n`);
    });
    after(async () => {
      await other.close();
      await stack.close();
    });

    test('the VERIFY.md the release wrote (a private deployment: the stack\'s trusted root beside the files)', async (t) => {
      const { download } = await release(t, stack);
      const text = await readFile(join(download, 'VERIFY.md'), 'utf8');
      assert.match(text, /--trusted-root 'trust-kit-roots\/trusted_root\.json'/);
      // The offline kit: the policy the release carries, pinned to the repository and workflow that signed, checked against the deployment's trusted root the user got, never the release's copy.
      assert.ok(commands(text).includes("trust-kit verify-release . --expect-repo 'octo-org/octo-repo' --signer-workflow 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main' --trusted-root 'trust-kit-roots/trusted_root.json'"), text);
      assert.ok((await runAll(t, text, download, roots)) > 0);
    });

    test(`the instructions for ${kind === 'github' ? "GitHub's instance" : 'the public-good instance'}, signed by a reusable workflow, for an immutable release`, async (t) => {
      stack.oidc.setEndpointClaims({ job_workflow_ref: REUSABLE });
      t.after(() => stack.oidc.setEndpointClaims({}));
      const { download, result } = await release(t, stack);
      const signer = result.signature?.signer;
      assert.ok(signer?.kind === 'certificate' && result.attestations !== undefined);
      const text = renderVerifyInstructions({
        checksumsFile: 'SHA256SUMS',
        algorithm: 'sha256',
        bundleFile: 'SHA256SUMS.sigstore.json',
        signer: { ...signer, instance: kind } satisfies ReleaseSigner,
        sbomFiles: [],
        attestations: { file: 'attestations.intoto.jsonl', predicateTypes: result.attestations.predicateTypes, artifact: 'app.tgz' },
        verifier: { repository: 'octo-org/trust-kit', commit: '0123456789abcdef0123456789abcdef01234567' },
        immutableRelease: { repository: 'octo-org/octo-repo', tag: 'v1.0.0' },
        verificationKit: { policyFile: 'trust-kit-policy.json', trustedRootFile: 'trust-kit-trusted-root.jsonl' },
      });
      // The ref the run was for, in every verifier's words: the reusable workflow's identity names its own ref, the same for every branch that calls it.
      const ref = signer.sourceRef;
      assert.ok(ref !== undefined);
      assert.ok(commands(text).some((command) => command.startsWith('cosign verify-blob') && command.includes(` --certificate-github-workflow-ref '${ref}'`)), text);
      assert.ok(commands(text).some((command) => command.includes(' verify-checksums ') && command.includes(` --source-ref '${ref}'`)), text);
      assert.ok(commands(text).filter((command) => command.startsWith('gh attestation verify')).every((command) => command.includes(` --source-ref '${ref}'`)), text);
      // Against the trusted roots the offline section fetched with gh, never the release's copy.
      assert.ok(commands(text).includes("node trust-kit-verifier/dist/cli/index.js verify-release . --expect-repo 'octo-org/octo-repo' --signer-workflow 'octo-org/release-kit/.github/workflows/release.yml@refs/tags/v2.0.0' --trusted-root 'trust-kit-roots/trusted_root.jsonl'"), text);
      assert.match(text, /gh attestation verify 'app\.tgz' --bundle 'attestations\.intoto\.jsonl' --repo 'octo-org\/octo-repo' --cert-identity 'https:\/\/github\.com\/octo-org\/release-kit\/\.github\/workflows\/release\.yml@refs\/tags\/v2\.0\.0'/);
      assert.ok(commands(text).includes("gh release verify 'v1.0.0' --repo 'octo-org/octo-repo'"), text);
      assert.ok(commands(text).includes("gh release verify-asset 'v1.0.0' 'SHA256SUMS' --repo 'octo-org/octo-repo'"), text);
      assert.ok((await runAll(t, text, download, roots)) > 0);
    });

    test('a private deployment whose trusted root\'s name holds spaces and parentheses: the files the commands write are quoted, and every command passes as written', async (t) => {
      const named = join(await tempDir(t), 'prod root (2026).json');
      // Pretty-printed, as an operator hands it out: gh reads one root a line, so VERIFY.md joins it onto one line first.
      await writeFile(named, JSON.stringify(stack.trustedRoot, null, 2));
      const { download } = await release(t, stack, named);
      const text = await readFile(join(download, 'VERIFY.md'), 'utf8');
      assert.ok(commands(text).some((command) => command.endsWith(">| 'trust-kit-roots/prod root (2026).jsonl'")), text);
      assert.ok((await runAll(t, text, download, roots)) > 0);
    });

    test('a private deployment whose trusted root is JSON lines of several roots (as gh attestation trusted-root prints): cosign gets the deployment\'s line, and every command passes as written', async (t) => {
      const jsonl = join(await tempDir(t), 'roots.jsonl');
      await writeFile(jsonl, `${JSON.stringify(other.trustedRoot)}\n${JSON.stringify(stack.trustedRoot)}\n`);
      const { download } = await release(t, stack, jsonl);
      const text = await readFile(join(download, 'VERIFY.md'), 'utf8');
      assert.ok(commands(text).includes(`grep -F '"${stack.fulcioURL}"' 'trust-kit-roots/roots.jsonl' >| trust-kit-roots/roots.cosign.json`), text);
      assert.match(text, /cosign verify-blob 'SHA256SUMS' .* --trusted-root 'trust-kit-roots\/roots\.cosign\.json'/);
      assert.ok((await runAll(t, text, download, roots)) > 0);
    });

    test('the VERIFY.md of a release run against a replacement signed by a workflow of the same repository on another branch (the same workflow file, or another): every signature command fails', async (t) => {
      const { download } = await release(t, stack);
      const text = await readFile(join(download, 'VERIFY.md'), 'utf8');
      for (const workflow of ['release.yml', 'evil.yml']) {
        stack.oidc.setEndpointClaims({ job_workflow_ref: `octo-org/octo-repo/.github/workflows/${workflow}@refs/heads/evil`, ref: 'refs/heads/evil' });
        const replaced = await release(t, stack).finally(() => stack.oidc.setEndpointClaims({}));
        const { ran, passed } = await signatureCommandsPassing(t, text, replaced.download, roots);
        assert.deepEqual(passed, [], `${workflow}: these accepted the replacement`);
        if (process.env['CI'] === 'true') {
          assert.ok(ran.some((line) => line.startsWith('gh attestation verify ')) && ran.some((line) => line.startsWith('trust-kit verify-release ')) && ran.some((line) => line.startsWith('cosign verify-blob ')), ran.join('\n'));
        }
      }
    });
  });
}

test("a key-signed release (a key made for the run): VERIFY.md's commands pass as written, offline, with cosign 2 and 3 (cosign 2 reads the bundle only with a trusted root)", async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'artifact-bundles': 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  await runRelease(config, { cwd, env: {}, logger: silentLogger });
  await copyFile(join(cwd, 'dist', 'app.tgz'), join(cwd, 'out', 'app.tgz'));
  const text = await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8');
  assert.ok(commands(text).some((line) => line.startsWith("cosign verify-blob 'app.tgz' --bundle 'app.tgz.sigstore.json' --key 'trust-kit.pub'")), text);
  assert.ok((await runAll(t, text, join(cwd, 'out'), '/nonexistent')) > 0);
});
