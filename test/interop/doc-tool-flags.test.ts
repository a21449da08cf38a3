// The cosign and gh commands users are told to run take the flags they are given, by the real tools'
// own --help: every command VERIFY.md can hold, with cosign 2 and cosign 3 alike (it promises both),
// and every cosign or gh command line the docs show, with at least one cosign major (some are said to
// be for one of them).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { promisify } from 'node:util';
import { userDocuments } from '../../scripts/workflow-lint.js';
import { commandArgv, verificationCommands, type ReleaseSigner, type VerifyInstructionsInput } from '../../src/instructions/verify.js';
import { PEERS, peerEnv, requireTool, type PeerTool } from './tools.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The words naming a cosign or gh subcommand, and the flags after them (values and positionals dropped). */
interface ToolCommand {
  tool: 'cosign' | 'gh';
  subcommand: string[];
  flags: string[];
}

function toolCommand(argv: readonly string[]): ToolCommand | undefined {
  const [program, ...rest] = argv;
  if (program !== 'cosign' && program !== 'gh') return undefined;
  const depth = program === 'gh' ? 2 : 1;
  const subcommand = rest.slice(0, depth);
  if (subcommand.length < depth || subcommand.some((word) => word.startsWith('-'))) return undefined;
  const flags = rest.filter((word) => /^--[a-z]/.test(word)).map((word) => word.replace(/=.*$/, ''));
  return { tool: program, subcommand, flags };
}

/** Every shape of signer and release VERIFY.md is written for. */
function instructionInputs(): VerifyInstructionsInput[] {
  const identity = 'https://github.com/octo-org/release-kit/.github/workflows/release.yml@refs/tags/v2.0.0';
  const certificate = (instance: Extract<ReleaseSigner, { kind: 'certificate' }>['instance'], extra: Partial<Extract<ReleaseSigner, { kind: 'certificate' }>> = {}): ReleaseSigner => ({
    kind: 'certificate',
    identity,
    issuer: 'https://token.actions.githubusercontent.com',
    instance,
    repository: 'octo-org/octo-repo',
    ...extra,
  });
  const signers: ReleaseSigner[] = [
    certificate('public-good'),
    certificate('github'),
    certificate({ private: { trustedRootFile: 'trusted_root.json' } }),
    certificate({ private: { trustedRootFile: 'trusted_root.json' } }, { rekorV2: true }),
    certificate({ private: { trustedRootFile: 'trusted_root.json' } }, { unlogged: true }),
    { kind: 'key', publicKeyFile: 'trust-kit.pub', ephemeral: false },
  ];
  return signers.map((signer) => ({
    checksumsFile: 'SHA256SUMS',
    algorithm: 'sha256',
    bundleFile: 'SHA256SUMS.sigstore.json',
    signer,
    sbomFiles: ['sbom.spdx.json'],
    artifactBundles: [{ artifact: 'app.tgz', bundleFile: 'app.tgz.sigstore.json' }],
    attestations: { file: 'attestations.intoto.jsonl', predicateTypes: ['https://slsa.dev/provenance/v1'], artifact: 'app.tgz' },
    images: ['ghcr.io/octo-org/app@sha256:' + 'a'.repeat(64)],
    verifier: { repository: 'octo-org/trust-kit', commit: '0123456789abcdef0123456789abcdef01234567' },
    immutableRelease: { repository: 'octo-org/octo-repo', tag: 'v1.0.0' },
    verificationKit: { policyFile: 'trust-kit-policy.json', trustedRootFile: 'trust-kit-trusted-root.jsonl' },
  }));
}

/** Shell words of a docs line (quotes removed). */
const words = (line: string): string[] => [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');

/** The cosign and gh command lines of a document's shell blocks (continuations joined, comments cut), with their line. */
function documentCommands(text: string): { line: number; command: ToolCommand }[] {
  const found: { line: number; command: ToolCommand }[] = [];
  const lines = text.split('\n');
  let shell = false;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (/^\s*```/.test(raw)) {
      shell = !shell && /^\s*```(?:sh|bash|shell|console)\s*$/.test(raw);
      continue;
    }
    if (!shell) continue;
    const start = index;
    let line = raw;
    while (line.endsWith('\\') && index + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++index] ?? ''}`;
    for (const segment of line.replace(/\s#\s.*$/, '').split(/\s*(?:&&|\||;)\s*/)) {
      const command = toolCommand(words(segment));
      if (command !== undefined) found.push({ line: start + 1, command });
    }
  }
  return found;
}

/** Each tool's --help of a subcommand, asked once. */
const helps = new Map<string, Promise<string>>();
function helpOf(tool: PeerTool, subcommand: readonly string[], cwd: string): Promise<string> {
  const key = `${tool.file} ${subcommand.join(' ')}`;
  let help = helps.get(key);
  if (help === undefined) {
    help = promisify(execFile)(tool.file, [...subcommand, '--help'], { env: peerEnv(cwd, { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }) }).then(
      ({ stdout, stderr }) => `${stdout}${stderr}`,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    helps.set(key, help);
  }
  return help;
}

/** The flags of `command` that `tool`'s help for its subcommand does not list. */
async function unknownFlags(tool: PeerTool, command: ToolCommand, cwd: string): Promise<string[]> {
  const help = await helpOf(tool, command.subcommand, cwd);
  assert.match(help, /--help|Usage|USAGE/, `${tool.name} ${command.subcommand.join(' ')} --help printed no help: ${help.slice(0, 300)}`);
  return command.flags.filter((flag) => !new RegExp(`${flag}(?![a-z0-9-])`).test(help));
}

function installed(t: TestContext): { cosign: PeerTool[]; gh: PeerTool } | undefined {
  const ci = process.env['CI'] === 'true';
  const cosign2 = requireTool(t, PEERS.cosign2, ci);
  const cosign3 = requireTool(t, PEERS.cosign3, ci);
  const gh = requireTool(t, PEERS.gh, ci);
  return cosign2 === undefined || cosign3 === undefined || gh === undefined ? undefined : { cosign: [cosign2, cosign3], gh };
}

test("every cosign and gh command VERIFY.md can hold takes its flags, in cosign 2 and cosign 3 alike", async (t) => {
  const tools = installed(t);
  if (tools === undefined) return;
  const problems: string[] = [];
  let checked = 0;
  for (const input of instructionInputs()) {
    for (const command of verificationCommands(input)) {
      for (const program of command.programs) {
        const parsed = toolCommand(commandArgv(program));
        if (parsed === undefined) continue;
        checked += 1;
        for (const tool of parsed.tool === 'gh' ? [tools.gh] : tools.cosign) {
          for (const flag of await unknownFlags(tool, parsed, ROOT)) problems.push(`${tool.name} ${parsed.subcommand.join(' ')} has no ${flag}`);
        }
      }
    }
  }
  assert.deepEqual([...new Set(problems)], []);
  assert.ok(checked > 20, `checked ${checked} commands`);
});

test('every cosign and gh command line of the docs takes its flags (cosign: in cosign 2 or cosign 3)', async (t) => {
  const tools = installed(t);
  if (tools === undefined) return;
  const problems: string[] = [];
  let checked = 0;
  for (const document of userDocuments(ROOT)) {
    for (const { line, command } of documentCommands(readFileSync(join(ROOT, document), 'utf8'))) {
      checked += 1;
      const candidates = command.tool === 'gh' ? [tools.gh] : tools.cosign;
      const unknown = await Promise.all(candidates.map((tool) => unknownFlags(tool, command, ROOT)));
      // A flag counts when one of the candidates knows it.
      const missing = command.flags.filter((flag) => unknown.every((flags) => flags.includes(flag)));
      for (const flag of missing) problems.push(`${document}:${line}: ${command.tool} ${command.subcommand.join(' ')} has no ${flag}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(checked > 5, `checked ${checked} command lines`);
});

test("a flag a tool's help does not list is found, and cosign 3's missing --new-bundle-format with it", async (t) => {
  const tools = installed(t);
  if (tools === undefined) return;
  const command = toolCommand(['cosign', 'verify-blob', 'f', '--bundle', 'b', '--new-bundle-format', '--no-such-flag=1']);
  assert.deepEqual(command?.flags, ['--bundle', '--new-bundle-format', '--no-such-flag']);
  assert.ok(command !== undefined);
  assert.deepEqual(await unknownFlags(PEERS.cosign2, command, ROOT), ['--no-such-flag']);
  assert.deepEqual(await unknownFlags(PEERS.cosign3, command, ROOT), ['--new-bundle-format', '--no-such-flag']);
  const gh = toolCommand(['gh', 'attestation', 'verify', 'f', '--bundle', 'b', '--signer-workflows', 'x']);
  assert.ok(gh !== undefined);
  assert.deepEqual(await unknownFlags(tools.gh, gh, ROOT), ['--signer-workflows']);
});

test('every cosign verify command of the docs with --key says --insecure-ignore-tlog, as the key signatures trust-kit makes (offline) need', () => {
  const problems: string[] = [];
  for (const document of userDocuments(ROOT)) {
    for (const { line, command } of documentCommands(readFileSync(join(ROOT, document), 'utf8'))) {
      if (command.tool === 'cosign' && command.subcommand[0]?.startsWith('verify') === true && command.flags.includes('--key') && !command.flags.includes('--insecure-ignore-tlog')) problems.push(`${document}:${line}`);
    }
  }
  assert.deepEqual(problems, []);
  const [found] = documentCommands("```sh\ncosign verify-blob f --bundle b --key 'trust-kit-roots/k.pub'\n```\n");
  assert.deepEqual(found?.command.flags, ['--bundle', '--key']);
});
