import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { cli } from '../support/cli.js';
import { startGitHubApi } from '../support/github/index.js';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');

/**
 * Starts the CLI from source in the background of a non-interactive bash (as CI runs it), waits
 * until `marker` shows in its output (the slow part has begun; without one, a second), sends `signal`, and returns the
 * status bash's `wait` reports: 128 + the signal number when the signal ended the process.
 */
const SCRIPT = `
signal=$1; marker=$2; shift 2
"$@" > out.txt 2> err.txt &
pid=$!
if [ -z "$marker" ]; then sleep 1; fi
for i in $(seq 600); do [ -z "$marker" ] || grep -q -- "$marker" out.txt err.txt && break; sleep 0.05; done
kill -s "$signal" "$pid"
wait "$pid"
echo "status=$?"
`;

async function interrupt(cwd: string, signal: 'TERM' | 'INT', marker: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ status: number; output: string }> {
  const { stdout } = await promisify(execFile)('bash', ['-c', SCRIPT, 'bash', signal, marker, NODE, ...TSX, CLI_ENTRY, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env } });
  const output = (await readFile(join(cwd, 'out.txt'), 'utf8')) + (await readFile(join(cwd, 'err.txt'), 'utf8'));
  return { status: Number(/status=(\d+)/.exec(stdout)?.[1]), output };
}

// The operations interrupted here would take minutes or never end: the timeout is the bound on ending.
const BOUNDED = { timeout: 60_000 };

test('SIGTERM and SIGINT end a check hashing a huge file: exit status 143 and 130', BOUNDED, async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'small'), 's');
  // 64 GiB sparse: hashing it takes minutes, costs no disk.
  await writeFile(join(cwd, 'huge'), '');
  await truncate(join(cwd, 'huge'), 64 * 1024 ** 3);
  // Both lines go to one thread together: the small file's result is reported while the huge one is hashed.
  await writeFile(join(cwd, 'SUMS'), `${sha256('s')}  small\n${sha256('x')}  huge\n`);
  for (const [signal, status] of [['TERM', 143], ['INT', 130]] as const) {
    const run = await interrupt(cwd, signal, 'small: OK', ['checksums', '--check', 'SUMS']);
    assert.equal(run.status, status, run.output);
    assert.doesNotMatch(run.output, /huge/, 'ended before the huge file was reported');
  }
  const hashing = await interrupt(cwd, 'TERM', '', ['checksums', 'huge', 'small']);
  assert.equal(hashing.status, 143, hashing.output);
});

test('SIGTERM ends a keyless signing waiting on a service that never answers, and no form of the token is printed', BOUNDED, async (t) => {
  const cwd = await tempDir(t);
  const silent = createServer(() => {}).listen(0, '127.0.0.1');
  t.after(() => silent.close());
  await new Promise((resolve) => silent.once('listening', resolve));
  const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signature = 'dG9rZW4tc2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1wcmludA';
  const token = `${part({ alg: 'RS256' })}.${part({ iss: 'https://issuer.example', sub: 'someone', aud: 'sigstore', email: 'someone@example.com', email_verified: true, exp: 4102444800 })}.${signature}`;
  await writeFile(join(cwd, 'artifact'), 'x\n');
  const root = join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json');
  for (const [signal, status] of [['TERM', 143], ['INT', 130]] as const) {
    const run = await interrupt(cwd, signal, 'signing with', ['sign-blob', '--instance', 'public-good', '--fulcio-url', url, '--rekor-url', url, '--trusted-root', root, 'artifact'], { SIGSTORE_ID_TOKEN: token });
    assert.equal(run.status, status, run.output);
    assert.match(run.output, /trust-kit: signing with /);
    assert.ok(!run.output.includes(signature) && !run.output.includes(token.split('.')[1] ?? token), run.output);
  }
});

test('SIGTERM and SIGINT end a release waiting on a GitHub upload that never finishes: the draft is left for a re-run, which publishes it; no staging directory is left', BOUNDED, async (t) => {
  const api = await startGitHubApi();
  t.after(() => api.close());
  for (const [signal, status] of [['TERM', 143], ['INT', 130]] as const) {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
    const repo = `stopped-${signal.toLowerCase()}`;
    api.faults.hang({ route: 'releases.uploadAsset' });
    const args = ['release', '--github-release', '--tag', 'v1.0.0', '--repo', `octo-org/${repo}`, '--sbom-format', 'none', '--no-gate', '--downgrade', 'off', '--base', 'dist', '--output-dir', 'out', 'dist'];
    const env = { ...api.env, GH_TOKEN: 'ghs_signaltest' };
    const run = await interrupt(cwd, signal, 'created draft release', args, env);
    assert.equal(run.status, status, run.output);
    assert.match(run.output, new RegExp(`trust-kit: stopped by SIG${signal}`));
    const left = await readdir(cwd);
    assert.deepEqual(left.filter((name) => name.includes('trust-kit-staging')), [], left.join());
    const draft = api.state.releases.forTag(api.state.repository('octo-org', repo), 'v1.0.0');
    assert.equal(draft?.draft, true, 'the draft stays for the re-run');
    const again = await cli([...args, '--force'], cwd, env);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(api.state.releases.releases.filter((release) => release.repository === api.state.repository('octo-org', repo)).length, 1, 'the re-run published the same draft');
    assert.equal(api.state.releases.forTag(api.state.repository('octo-org', repo), 'v1.0.0')?.draft, false);
  }
});

test('SIGTERM, SIGINT and SIGHUP (a closed terminal or SSH session) end a release hashing a huge file: its staging directory is removed with its other temporary files, not left beside the output to be taken for one', BOUNDED, async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  // 64 GiB sparse: hashing it takes minutes, costs no disk.
  await writeFile(join(cwd, 'dist', 'huge'), '');
  await truncate(join(cwd, 'dist', 'huge'), 64 * 1024 ** 3);
  // Signalled once the staging directory exists: the run has collected the artifacts and is hashing.
  const script = `
signal=$1; shift
"$@" > out.txt 2> err.txt &
pid=$!
for i in $(seq 600); do ls -a | grep -q trust-kit-staging && break; sleep 0.05; done
sleep 0.2
kill -s "$signal" "$pid"
wait "$pid"
echo "status=$?"
`;
  for (const [signal, status] of [['TERM', 143], ['INT', 130], ['HUP', 129]] as const) {
    const { stdout } = await promisify(execFile)('bash', ['-c', script, 'bash', signal, NODE, ...TSX, CLI_ENTRY, 'release', '--no-sign', '--sbom-format', 'none', '--base', 'dist', '--output-dir', 'out', 'dist'], { cwd, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } });
    assert.equal(Number(/status=(\d+)/.exec(stdout)?.[1]), status, await readFile(join(cwd, 'err.txt'), 'utf8'));
    const left = await readdir(cwd);
    assert.deepEqual(left.filter((name) => name.includes('trust-kit-staging') || name === 'out'), [], left.join());
    assert.match(await readFile(join(cwd, 'err.txt'), 'utf8'), new RegExp(`trust-kit: stopped by SIG${signal} \\(exit status ${status}\\)`));
  }
});

test('a command that crashes (an uncaught error, as a bug would throw) still removes its staging directory and temporary files', BOUNDED, async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  // 64 GiB sparse: the run is still hashing when the error comes.
  await writeFile(join(cwd, 'dist', 'huge'), '');
  await truncate(join(cwd, 'dist', 'huge'), 64 * 1024 ** 3);
  // An uncaught error thrown inside the run, once its staging directory exists: what a bug in trust-kit would do.
  const crash = join(cwd, 'crash.mjs');
  await writeFile(crash, `import { readdirSync } from 'node:fs';\nconst timer = setInterval(() => { if (readdirSync('.').some((name) => name.includes('trust-kit-staging'))) { clearInterval(timer); throw new Error('a bug'); } }, 1);\n`);
  const run = await promisify(execFile)(NODE, [...TSX, '--import', crash, CLI_ENTRY, 'release', '--no-sign', '--sbom-format', 'none', '--base', 'dist', '--output-dir', 'out', 'dist'], { cwd, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /Error: a bug/);
  const left = await readdir(cwd);
  assert.deepEqual(left.filter((name) => name.includes('trust-kit-staging') || name.endsWith('.tmp')), [], left.join());
});
