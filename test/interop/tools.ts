// The peer tools the interop matrix runs, where scripts/install-tools.sh puts them, and how a test asks for one:
// in CI (CI=true) a missing tool fails the test; locally the test skips with one line naming the tool and the
// install command.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { missingInCI } from '../support/ci.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TOOLS_DIR = join(ROOT, '.tools');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

/** A peer tool: the argv that runs it, and which install-tools.sh function provides it. */
export interface PeerTool {
  /** What the matrix calls the tool. */
  readonly name: string;
  /** The program and leading arguments. */
  readonly argv: readonly string[];
  /** The file that must exist and be executable for the tool to count as installed. */
  readonly file: string;
  /** The command that installs it. */
  readonly install: string;
  /** Arguments that print the tool's version. */
  readonly versionArgs: readonly string[];
}

/** Peers by key, as scripts/install-tools.sh installs them (system tools from the Debian packages it installs). */
export const PEERS = {
  cosign2: goTool('cosign 2', 'cosign2', 'cosign'),
  cosign3: goTool('cosign 3', 'cosign3', 'cosign'),
  gh: goTool('gh', 'gh', 'gh'),
  crane: goTool('crane', 'crane', 'crane'),
  rekorTiles: goTool('rekor-tiles', 'rekor-tiles', 'rekor_tiles'),
  timestampServer: goTool('timestamp-server', 'timestamp-server', 'timestamp_server'),
  fulcio: goTool('fulcio', 'fulcio', 'fulcio'),
  // The real Rekor v1 and the Trillian servers under it, built together into .tools/bin-rekor-v1 (with Trillian's schema).
  rekorV1: goTool('rekor-server (Rekor v1)', 'rekor-v1', 'rekor_v1'),
  trillianLogServer: rekorV1Part('trillian_log_server'),
  trillianLogSigner: rekorV1Part('trillian_log_signer'),
  mariadbd: systemTool('mariadbd', '/usr/sbin/mariadbd', 'mariadb-server'),
  mariadbInstallDb: systemTool('mariadb-install-db', '/usr/bin/mariadb-install-db', 'mariadb-server'),
  sigstorePython: {
    name: 'sigstore-python',
    argv: [join(TOOLS_DIR, 'sigstore-python', 'bin', 'python'), '-m', 'sigstore'],
    file: join(TOOLS_DIR, 'sigstore-python', 'bin', 'python'),
    install: 'bash scripts/install-tools.sh sigstore_python',
    versionArgs: ['--version'],
  },
  sigstoreJs: {
    name: 'sigstore-js (@sigstore/cli)',
    argv: [NODE, join(ROOT, 'node_modules', '.bin', 'sigstore')],
    file: join(ROOT, 'node_modules', '.bin', 'sigstore'),
    install: 'npm ci',
    versionArgs: ['--version'],
  },
  sha256sum: systemTool('sha256sum', '/usr/bin/sha256sum', 'coreutils'),
  openssl: { ...systemTool('openssl', '/usr/bin/openssl', 'openssl'), versionArgs: ['version'] },
} satisfies Record<string, PeerTool>;

/** A key of PEERS. */
export type PeerName = keyof typeof PEERS;

function goTool(name: string, linkName: string, installName: string): PeerTool {
  const file = join(TOOLS_DIR, 'bin', linkName);
  return { name, argv: [file], file, install: `bash scripts/install-tools.sh ${installName}`, versionArgs: ['version'] };
}

function rekorV1Part(binary: string): PeerTool {
  const file = join(TOOLS_DIR, 'bin-rekor-v1', binary);
  return { name: binary, argv: [file], file, install: 'bash scripts/install-tools.sh rekor_v1', versionArgs: ['--help'] };
}

/** Trillian's MySQL schema, which scripts/install-tools.sh rekor_v1 copies from the Trillian module it builds. */
export const TRILLIAN_SCHEMA = join(TOOLS_DIR, 'bin-rekor-v1', 'trillian-storage.sql');

function systemTool(name: string, file: string, debianPackage: string): PeerTool {
  return { name, argv: [file], file, install: `bash scripts/install-tools.sh debian_packages (or apt-get install ${debianPackage})`, versionArgs: ['--version'] };
}

/** Whether the tool is installed (its program exists and is executable). */
export function isInstalled(tool: PeerTool): boolean {
  try {
    accessSync(tool.file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why a missing tool stops a test: one line naming it and its install command. */
export function missingMessage(tool: PeerTool): string {
  return `${tool.name} is not installed (${tool.file}): run \`${tool.install}\``;
}

/**
 * The tool for a test that needs it. Missing: in CI (`ci` true) the test fails; locally it is skipped with one line,
 * and undefined is returned so the test returns early.
 */
export function requirePeer(t: TestContext, name: PeerName, ci = process.env['CI'] === 'true'): PeerTool | undefined {
  return requireTool(t, PEERS[name], ci);
}

/** requirePeer for any tool. */
export function requireTool(t: Pick<TestContext, 'skip'>, tool: PeerTool, ci: boolean): PeerTool | undefined {
  if (isInstalled(tool)) return tool;
  missingInCI(t, missingMessage(tool), ci);
  return undefined;
}

/** What a peer run printed and how it exited. */
export interface PeerRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment peers run in: no proxy for loopback, and home and caches inside `cwd`, plus `env`. */
export function peerEnv(cwd: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: cwd,
    // cosign and sigstore-python keep TUF caches here; the matrix passes trust material explicitly.
    TUF_ROOT: join(cwd, '.sigstore-tuf'),
    XDG_CACHE_HOME: join(cwd, '.cache'),
    XDG_DATA_HOME: join(cwd, '.local-share'),
    // sigstore-js (@sigstore/cli) is a Node.js program: with V8's code cache its every run after the first skips
    // compiling its modules (about a sixth of its start-up), as trust-kit's own CLI does with its compile cache.
    NODE_COMPILE_CACHE: join(cwd, '.cache', 'node-compile-cache'),
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    ...env,
  };
}

/** Runs a peer tool with arguments in `cwd`, offline and without a proxy for loopback, capturing its output. */
export function runPeer(tool: PeerTool, args: readonly string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<PeerRun> {
  const [program, ...leading] = tool.argv;
  if (program === undefined) throw new Error(`${tool.name} has no program`);
  return new Promise((resolve) => {
    execFile(
      program,
      [...leading, ...args],
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
        env: peerEnv(cwd, env),
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout: String(stdout), stderr: error !== null && typeof error.code !== 'number' ? `${String(stderr)}\n${error.message}` : String(stderr) });
      },
    );
  });
}

/** The first line of the tool's version output (e.g. for docs/interop.md), or "not installed". */
export async function peerVersion(tool: PeerTool, cwd: string): Promise<string> {
  if (!isInstalled(tool)) return 'not installed';
  const run = await runPeer(tool, tool.versionArgs, cwd);
  const text = `${run.stdout}\n${run.stderr}`;
  const line = text.split('\n').map((l) => l.trim()).find((l) => /\d+\.\d+/.test(l) && !/^(GoVersion|Compiler|Platform|BuildDate|GitTreeState|GitCommit)/.test(l));
  return line?.replace(/^GitVersion:\s+/, '') ?? 'unknown';
}
