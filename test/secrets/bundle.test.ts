/**
 * The bundles in dist/ carry libsodium for every runner platform and load it on their own: they
 * are copied to a directory with no node_modules anywhere above it and run there. dist/ is built
 * by `npm run bundle` (CI rebuilds it in `npm run check:dist` before the tests).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const HOST = `${process.platform}-${process.arch}`;

/** How each target's binary must start: file format and CPU, read from its header. */
const TARGETS: Readonly<Record<string, (binary: Buffer) => boolean>> = {
  'linux-x64': (b) => b.readUInt32BE(0) === 0x7f454c46 && b.readUInt16LE(18) === 62,
  'linux-arm64': (b) => b.readUInt32BE(0) === 0x7f454c46 && b.readUInt16LE(18) === 183,
  'darwin-x64': (b) => b.readUInt32LE(0) === 0xfeedfacf && b.readUInt32LE(4) === 0x01000007,
  'darwin-arm64': (b) => b.readUInt32LE(0) === 0xfeedfacf && b.readUInt32LE(4) === 0x0100000c,
  'win32-x64': (b) => b.toString('latin1', 0, 2) === 'MZ' && b.readUInt16LE(b.readUInt32LE(0x3c) + 4) === 0x8664,
  'win32-arm64': (b) => b.toString('latin1', 0, 2) === 'MZ' && b.readUInt16LE(b.readUInt32LE(0x3c) + 4) === 0xaa64,
};

const built = existsSync(join(DIST, 'cli', 'index.js'));
const skip = !built && 'dist/ is not built: run `npm run bundle`';

test('dist/prebuilds holds libsodium for Linux, macOS and Windows on x64 and arm64', { skip }, async () => {
  assert.ok(existsSync(join(DIST, 'prebuilds')), 'dist/prebuilds is missing: scripts/bundle.ts copies it');
  assert.deepEqual((await readdir(join(DIST, 'prebuilds'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort(), Object.keys(TARGETS).sort());
  for (const [target, matches] of Object.entries(TARGETS)) {
    const binary = await readFile(join(DIST, 'prebuilds', target, 'sodium-native.node'));
    assert.ok(matches(binary), `dist/prebuilds/${target}/sodium-native.node is not a ${target} binary`);
  }
  // The binaries are sodium-native's and libsodium's, compiled in: both notices travel with them.
  const license = await readFile(join(DIST, 'prebuilds', 'LICENSE'), 'utf8');
  assert.match(license, /The MIT License/);
  assert.match(license, /ISC License\n\nCopyright \(c\) 2013-\d{4}\nFrank Denis/);
});

/** Each bundled entry point: the CLI and every action. */
async function entries(): Promise<string[]> {
  const names = (await readdir(DIST, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'prebuilds').map((entry) => entry.name);
  return names.filter((name) => existsSync(join(DIST, name, 'index.js'))).sort();
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  backend: string | undefined;
}

/** Runs a copied bundle the way the runner does, with debug logging on, and reads which backend it reported. */
function runBundle(dist: string, name: string, cwd: string, env: Record<string, string> = {}): Run {
  const args = name === 'cli' ? [join(dist, name, 'index.js'), '--version'] : [join(dist, name, 'index.js')];
  const result = spawnSync(NODE, args, { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', RUNNER_DEBUG: '1', ...env } });
  const status = /secret memory protection: (\{.*\})/.exec(`${result.stdout}\n${result.stderr}`)?.[1];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, backend: status === undefined ? undefined : (JSON.parse(status) as { backend: string }).backend };
}

test('the bundled CLI and actions load libsodium from a clean directory, and fall back with a warning without it (at once in a debug run; without debug logging, not for a run that holds no secret)', { skip }, async (t) => {
  const clean = await tempDir(t, 'trust-kit-clean-');
  const dist = join(clean, 'dist');
  await cp(DIST, dist, { recursive: true });
  const workspace = join(clean, 'workspace');
  await mkdir(workspace);
  await writeFile(join(workspace, 'app.tgz'), 'artifact');
  const names = await entries();
  assert.ok(names.includes('cli') && names.includes('checksums'), names.join());

  const expected = existsSync(join(dist, 'prebuilds', HOST)) ? 'sodium' : 'js';
  const wrong = names.map((name) => ({ name, run: runBundle(dist, name, workspace) })).filter(({ run }) => run.backend !== expected);
  assert.deepEqual(wrong.map(({ name, run }) => `${name}: ${run.stderr.split('\n').find((line) => /Error/.test(line)) ?? run.stdout}`), [], `entries that did not report the ${expected} backend`);
  const runner = { GITHUB_OUTPUT: join(clean, 'output'), GITHUB_STEP_SUMMARY: join(clean, 'summary.md') };
  for (const file of Object.values(runner)) await writeFile(file, '');
  const checksums = runBundle(dist, 'checksums', workspace, { 'INPUT_SUBJECT-PATH': 'app.tgz', ...runner });
  assert.equal(checksums.status, 0, checksums.stdout);

  await rm(join(dist, 'prebuilds', HOST), { recursive: true, force: true });
  // Without debug logging, an action that holds no secret says nothing of protections it has no use for.
  const quiet = runBundle(dist, 'checksums', workspace, { 'INPUT_SUBJECT-PATH': 'app.tgz', RUNNER_DEBUG: '', ...runner });
  assert.equal(quiet.status, 0, quiet.stdout);
  assert.doesNotMatch(quiet.stdout, /secret memory protection/);
  const fallback = runBundle(dist, 'checksums', workspace, { 'INPUT_SUBJECT-PATH': 'app.tgz', ...runner });
  assert.equal(fallback.status, 0, fallback.stdout);
  assert.equal(fallback.backend, 'js');
  assert.match(fallback.stdout, /::warning::secret memory protection: no native secure memory/);
  const cli = runBundle(dist, 'cli', workspace);
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(cli.backend, 'js');
  assert.match(cli.stderr, /warning: secret memory protection: no native secure memory/);
});
