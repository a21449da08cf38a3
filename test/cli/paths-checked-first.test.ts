// The README lists, per command, the paths checked before any work (a missing one is a usage error,
// exit 2, naming its flag or argument); every other missing file fails where it is read, exit 1.
// Each entry of the list is run here with that one path missing, and so are the README's examples
// of the other kind, so the list cannot drift from what the commands do.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const README = join(import.meta.dirname, '..', '..', 'README.md');
const MISSING = 'no-such-path';
const IMAGE = 'registry.invalid/octo/app:v1';

/** The README's list: each command with the paths it checks first, as written (`--base`, `PATH` arguments). */
async function checkedFirst(): Promise<Map<string, string[]>> {
  const text = await readFile(README, 'utf8');
  const block = /<!-- paths-checked-first:start -->\n([\s\S]*?)<!-- paths-checked-first:end -->/.exec(text)?.[1];
  assert.ok(block !== undefined, 'README.md has the list of paths checked first');
  const list = new Map<string, string[]>();
  for (const line of block.trim().split('\n')) {
    const match = /^- `([a-z-]+)`: (.+)$/.exec(line);
    assert.ok(match !== null, `not a list line: ${line}`);
    list.set(match[1] ?? '', [...(match[2] ?? '').matchAll(/`([^`]+)`/g)].map((span) => span[1] ?? ''));
  }
  return list;
}

/** The signing flags with `path` missing: a key, unless the signing config or trusted root is the missing one (a key signs offline, without either). */
function signing(path: string): string[] {
  if (path === '--signing-config' || path === '--trusted-root') return [path, MISSING];
  return path === '--key' ? ['--key', MISSING] : ['--key', 'key.pem'];
}

/** The command line that leaves `path` (a flag, or `FILE`/`PATH` for the arguments) missing and gives every other path it reads. */
function invocation(command: string, path: string): string[] {
  const given = (flag: string, value: string): string[] => [flag, path === flag ? MISSING : value];
  switch (command) {
    case 'release':
      return ['release', '--output-dir', 'out', ...given('--base', '.'), ...given('--sbom-path', '.'), ...signing(path), path === 'PATH' ? MISSING : 'dist'];
    case 'sign-blob':
      return ['sign-blob', ...signing(path), path === 'FILE' ? MISSING : 'dist/app.tgz'];
    case 'attest':
      return ['attest', '--type', 'custom', '--predicate-type', 'https://example.com/p/v1', ...given('--predicate', 'predicate.json'), ...given('--base', 'dist'), ...(path === '--checksums' ? ['--checksums', MISSING] : []), ...signing(path), 'dist/app.tgz'];
    case 'attest-image':
      return ['attest-image', '--type', 'custom', '--predicate-type', 'https://example.com/p/v1', ...given('--predicate', 'predicate.json'), ...signing(path), IMAGE];
    case 'sign-image':
      return ['sign-image', ...signing(path), IMAGE];
    case 'verify-checksums':
      return ['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--key', 'key.pub', '--insecure-ignore-tlog', ...given('--base', 'dist')];
    default:
      throw new Error(`the test does not know how to run ${command}`);
  }
}

async function project(t: Parameters<typeof tempDir>[0]): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the app\n');
  await writeFile(join(cwd, 'predicate.json'), '{"a":1}\n');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(cwd, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  await writeFile(join(cwd, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  return cwd;
}

test('each path the README lists as checked first is, when missing: exit 2, named, before any work', async (t) => {
  const cwd = await project(t);
  const list = await checkedFirst();
  assert.deepEqual([...list.keys()].sort(), ['attest', 'attest-image', 'release', 'sign-blob', 'sign-image', 'verify-checksums']);
  for (const [command, paths] of list) {
    for (const path of paths) {
      const args = invocation(command, path);
      const run = await cli(args, cwd, {});
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      const named = path.startsWith('--') ? path : `argument ${path}`;
      assert.ok(run.stderr.includes(`${named}: ${MISSING} does not exist`), `${args.join(' ')} does not name ${named}:\n${run.stderr}`);
    }
  }
});

test("the README's other missing files fail where they are read: exit 1 and their own code", async (t) => {
  const cwd = await project(t);
  const cases: [string[], string][] = [
    [['attest', '--key', 'key.pem', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', 'https://example.com/p/v1', MISSING], 'CHECKSUMS_PATH_NOT_FOUND'],
    [['checksums', MISSING], 'CHECKSUMS_PATH_NOT_FOUND'],
    [['checksums', '--base', MISSING, 'dist'], 'CHECKSUMS_PATH_NOT_FOUND'],
    [['sbom', MISSING], 'SBOM_DIRECTORY_UNREADABLE'],
    [['verify-blob', 'dist/app.tgz', '--bundle', MISSING, '--key', 'key.pub', '--insecure-ignore-tlog'], 'SIGSTORE_INPUT_UNREADABLE'],
    [['verify-checksums', MISSING, '--bundle', MISSING, '--key', 'key.pub', '--insecure-ignore-tlog'], 'SIGSTORE_INPUT_UNREADABLE'],
  ];
  for (const [args, code] of cases) {
    const run = await cli(args, cwd, {});
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, new RegExp(`${code}: `), args.join(' '));
  }
});

test("release's and sign-blob's --help name the paths the README lists as checked first", async () => {
  const list = await checkedFirst();
  for (const command of ['release', 'sign-blob']) {
    const help = (await cli([command, '--help'], '/')).stdout.replaceAll(/\s+/g, ' ');
    const sentence = /(Every [^.]*must exist before[^.]*)\./.exec(help)?.[1] ?? '';
    for (const path of list.get(command) ?? []) assert.ok(sentence.includes(path), `${command} --help does not name ${path}: ${sentence}`);
  }
});
