// VERIFY.md's commands as structured data: the same list renders the markdown's shell lines and drives the gate.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { commandArgv, commandTools, renderCommand, renderVerifyInstructions, verificationCommands, type ReleaseSigner, type VerifyInstructionsInput } from '../../src/instructions/verify.js';
import { tempDir } from '../support/tmp.js';

const signer = (instance: Extract<ReleaseSigner, { kind: 'certificate' }>['instance']): ReleaseSigner => ({
  kind: 'certificate',
  identity: "https://github.com/octo-org/it's/.github/workflows/release.yml@refs/tags/v1.0.0",
  issuer: 'https://token.actions.githubusercontent.com',
  instance,
  repository: "octo-org/it's",
});
const input = (instance: Extract<ReleaseSigner, { kind: 'certificate' }>['instance']): VerifyInstructionsInput => ({
  checksumsFile: 'SHA256SUMS',
  algorithm: 'sha256',
  bundleFile: 'SHA256SUMS.sigstore.json',
  signer: signer(instance),
  sbomFiles: ['sbom.spdx.json'],
  artifactBundles: [{ artifact: 'app.tgz', bundleFile: 'app.tgz.sigstore.json' }],
  attestations: { file: 'attestations.intoto.jsonl', predicateTypes: ['https://slsa.dev/provenance/v1'], artifact: 'app.tgz' },
  images: ['ghcr.io/octo-org/app@sha256:' + 'a'.repeat(64)],
  verifier: { repository: 'octo-org/trust-kit', commit: '0123456789abcdef0123456789abcdef01234567' },
  immutableRelease: { repository: "octo-org/it's", tag: 'v1.0.0' },
  verificationKit: { policyFile: 'trust-kit-policy.json', trustedRootFile: 'trust-kit-trusted-root.jsonl' },
});
const shellLines = (text: string): string[] => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((match) => (match[1] ?? '').trimEnd().split('\n'));

test('the structured commands are exactly the shell lines VERIFY.md shows, in order', () => {
  for (const instance of ['public-good', 'github', { private: { trustedRootFile: 'trusted_root.json' } }] as const) {
    const commands = verificationCommands(input(instance));
    assert.deepEqual(commands.map(renderCommand), shellLines(renderVerifyInstructions(input(instance))));
  }
});

test('each command names its tools, its argv without shell quoting, what it checks and what it needs beyond the files', () => {
  const commands = verificationCommands(input('github'));
  const [mkdir, fetchRoot, cosign] = commands;
  assert.deepEqual(mkdir && commandArgv(mkdir.programs[0] ?? []), ['mkdir', '-p', 'trust-kit-roots']);
  assert.deepEqual(fetchRoot && commandTools(fetchRoot), ['gh', 'grep']);
  assert.equal(fetchRoot?.needs, 'network');
  assert.deepEqual(fetchRoot?.checks, []);
  assert.deepEqual(cosign?.checks, [{ kind: 'checksums-signature', checksumsFile: 'SHA256SUMS', bundleFile: 'SHA256SUMS.sigstore.json' }]);
  const argv = commandArgv(cosign?.programs[0] ?? []);
  assert.deepEqual(argv.slice(0, 7), ['cosign', 'verify-blob', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--certificate-identity', "https://github.com/octo-org/it's/.github/workflows/release.yml@refs/tags/v1.0.0"]);
  const checks = commands.flatMap((command) => command.checks.map((check) => check.kind));
  for (const kind of ['checksums-signature', 'checksums-files', 'artifact-bundle', 'attestation', 'image', 'release-attestation', 'release-policy']) assert.ok(checks.includes(kind as never), kind);
  assert.ok(commands.filter((command) => command.checks.some((check) => check.kind === 'release-attestation')).every((command) => command.needs === 'published-release'));
  // An immutable release's own policy requires GitHub's release attestation, which a draft does not have yet.
  assert.equal(commands.find((command) => command.checks.some((check) => check.kind === 'release-policy'))?.needs, 'published-release');
  assert.equal(verificationCommands({ ...input('github'), immutableRelease: undefined }).find((command) => command.checks.some((check) => check.kind === 'release-policy'))?.needs, undefined);
});

test("each artifact's own bundle gets a cosign verify-blob line with the checksums file's policy", () => {
  const text = renderVerifyInstructions(input('public-good'));
  assert.match(text, /## Each artifact on its own\n\nEvery artifact also has its own bundle/);
  assert.ok(shellLines(text).includes("cosign verify-blob 'app.tgz' --bundle 'app.tgz.sigstore.json' --certificate-identity 'https://github.com/octo-org/it'\\''s/.github/workflows/release.yml@refs/tags/v1.0.0' --certificate-oidc-issuer 'https://token.actions.githubusercontent.com' --certificate-github-workflow-repository 'octo-org/it'\\''s'"));
  const key = renderVerifyInstructions({ ...input('public-good'), signer: { kind: 'key', publicKeyFile: 'trust-kit.pub', ephemeral: true } });
  assert.ok(shellLines(key).includes("cosign verify-blob 'app.tgz' --bundle 'app.tgz.sigstore.json' --key 'trust-kit.pub' --insecure-ignore-tlog=true --trusted-root trust-kit-roots/no_authorities.json"));
});

test("the README names exactly the tools VERIFY.md's commands run (trust-kit's verifier, however it is fetched)", async () => {
  const readme = await readFile(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const sentence = /`VERIFY\.md` with the exact commands that check them, for the tools users have \(([^)]*)\)/.exec(readme.replaceAll('\n', ' '));
  assert.ok(sentence !== null, 'the README says which tools VERIFY.md uses');
  const named = new Set([...(sentence[1] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]));
  const used = new Set<string>();
  for (const instance of ['public-good', 'github'] as const) {
    for (const verifier of [undefined, { repository: 'octo-org/trust-kit', commit: '0123456789abcdef0123456789abcdef01234567' }]) {
      for (const command of verificationCommands({ ...input(instance), verifier })) {
        // git fetches the pinned verifier, node runs it, grep picks a trusted root out of gh's output, mkdir makes their directory: helpers, not verifiers.
        for (const tool of commandTools(command)) if (!['git', 'grep', 'mkdir'].includes(tool)) used.add(tool === 'node' ? 'trust-kit' : tool);
      }
    }
  }
  assert.deepEqual([...named].sort(), [...used].sort());
});

test('no command reads or writes a trusted root among the downloaded files, where a release asset of that name could stand in for it: only in a directory a line before makes', () => {
  for (const instance of ['public-good', 'github', { private: { trustedRootFile: 'trusted_root.json' } }] as const) {
    for (const verifier of [undefined, input(instance).verifier]) {
      const commands = verificationCommands({ ...input(instance), verifier });
      let made = false;
      for (const command of commands) {
        const argv = command.programs.map(commandArgv);
        if (argv.some((words) => words.join(' ') === 'mkdir -p trust-kit-roots')) made = true;
        const roots = argv.flatMap((words) => words.flatMap((word, index) => (/^--(custom-)?trusted-root$/.test(words[index - 1] ?? '') ? [word] : [])));
        // A grep that reads a file (not gh's output through a pipe) names it last.
        const grepped = command.join === '|' ? [] : argv.flatMap((words) => (words[0] === 'grep' ? words.slice(-1) : []));
        for (const file of [...roots, ...grepped, ...(command.stdout === undefined ? [] : [command.stdout])]) {
          // A release asset's name cannot hold a `/`: a file in a directory of the download is the user's own.
          assert.match(file, /^trust-kit-roots\/[^/]+$/, `${JSON.stringify(instance)}: ${renderCommand(command)}`);
          assert.ok(made, `${JSON.stringify(instance)}: ${renderCommand(command)} comes before the line that makes trust-kit-roots`);
        }
      }
    }
  }
});

test('a release asset named as the roots directory makes the line that makes it fail, so nothing is read from it', async (t) => {
  const dir = await tempDir(t);
  const mkdir = verificationCommands(input('github')).find((command) => command.programs[0]?.[0] === 'mkdir');
  assert.ok(mkdir !== undefined);
  execFileSync('sh', ['-c', renderCommand(mkdir)], { cwd: dir });
  // A second run, as users re-run the block: the directory is there and is taken as it is.
  execFileSync('sh', ['-c', renderCommand(mkdir)], { cwd: dir });
  await rm(join(dir, 'trust-kit-roots'), { recursive: true });
  await writeFile(join(dir, 'trust-kit-roots'), 'an asset of the release\n');
  assert.throws(() => execFileSync('sh', ['-c', renderCommand(mkdir)], { cwd: dir, stdio: 'pipe' }));
});

test('the lines that write a file run again in a shell with noclobber (set -C), in every POSIX shell installed: a second run replaces what the first wrote', async (t) => {
  const shells = ['sh', 'bash', 'dash', 'zsh', 'ksh'].filter((shell) => {
    try {
      execFileSync(shell, ['-c', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  const writing = verificationCommands(input('public-good')).filter((command) => command.stdout !== undefined && command.needs === undefined);
  assert.ok(writing.length > 0);
  for (const shell of shells) {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'roots.jsonl'), '{"the":"root"}\n{"GitHub, Inc.":"its"}\n');
    // The fetch (which needs the network) stands in as a copy, written the same way.
    const lines = ['mkdir -p trust-kit-roots', `cat roots.jsonl >| trust-kit-roots/trusted_root.jsonl`, ...writing.map(renderCommand)];
    for (let run = 0; run < 2; run += 1) execFileSync(shell, ['-c', `set -C\n${lines.join('\n')}`], { cwd: dir, stdio: 'pipe' });
    assert.equal(await readFile(join(dir, 'trust-kit-roots', 'sigstore_trusted_root.json'), 'utf8'), '{"the":"root"}\n', shell);
  }
});

test("a local key's public key, which users get elsewhere, is read from the roots directory, never among the downloaded files; a key made for the run is the release's own asset", () => {
  const local = verificationCommands({ ...input('public-good'), signer: { kind: 'key', publicKeyFile: 'release.pub', ephemeral: false } });
  const keys = local.flatMap((command) => command.programs.map(commandArgv).flatMap((words) => words.flatMap((word, index) => (words[index - 1] === '--key' ? [word] : []))));
  assert.ok(keys.length >= 2, 'cosign and trust-kit');
  for (const key of keys) assert.equal(key, 'trust-kit-roots/release.pub');
  assert.equal(renderCommand(local[0] ?? { programs: [], checks: [] }), 'mkdir -p trust-kit-roots');
  assert.match(renderVerifyInstructions({ ...input('public-good'), signer: { kind: 'key', publicKeyFile: 'release.pub', ephemeral: false } }), /put it in the directory `trust-kit-roots` beside the files/);
  const run = verificationCommands({ ...input('public-good'), signer: { kind: 'key', publicKeyFile: 'trust-kit.pub', ephemeral: true } });
  assert.ok(run.some((command) => renderCommand(command).includes("--key 'trust-kit.pub'")));
});
