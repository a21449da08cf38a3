// VERIFY.md's commands as structured data: the same list renders the markdown's shell lines and drives the gate.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { commandArgv, commandTools, renderCommand, renderVerifyInstructions, verificationCommands, type ReleaseSigner, type VerifyInstructionsInput } from '../../src/instructions/verify.js';

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
  const [fetchRoot, cosign] = commands;
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
  assert.ok(shellLines(key).includes("cosign verify-blob 'app.tgz' --bundle 'app.tgz.sigstore.json' --key 'trust-kit.pub' --insecure-ignore-tlog=true"));
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
        // git fetches the pinned verifier, node runs it, grep picks a trusted root out of gh's output: helpers, not verifiers.
        for (const tool of commandTools(command)) if (!['git', 'grep'].includes(tool)) used.add(tool === 'node' ? 'trust-kit' : tool);
      }
    }
  }
  assert.deepEqual([...named].sort(), [...used].sort());
});
