// A proxy URL with credentials (https_proxy=http://user:password@host) was not registered with the
// log masker nor the redactor: a line or an error quoting the URL, or the Proxy-Authorization header,
// showed the password. Every entry point's protectProcess now registers them before any request.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { proxyCredentials, protectProxyCredentials } from '../../src/secrets/proxy-credentials.js';
import { redact, setMasker } from '../../src/secrets/index.js';
import { NODE, TSX, runAndScan } from '../support/leak-scan.js';
import { startForwardingProxy } from '../support/proxy.js';
import { tempDir } from '../support/tmp.js';

test('proxyCredentials: the password and user:password as written and decoded; without a password, a user long enough to be a token', () => {
  assert.deepEqual(proxyCredentials('http://octo:s3cret-pw@proxy.example:3128'), ['s3cret-pw', 'octo:s3cret-pw']);
  assert.deepEqual(proxyCredentials('http://oc%40to:pa%2Fss@proxy.example'), ['pa%2Fss', 'pa/ss', 'oc%40to:pa%2Fss', 'oc@to:pa/ss']);
  assert.deepEqual(proxyCredentials('proxy-token-0123456789@proxy.example:3128'), ['proxy-token-0123456789']);
  // A plain user name is no secret: masked, `build` would be blanked in every log line.
  assert.deepEqual(proxyCredentials('http://build@proxy.example:3128'), []);
  // Not a URL (a port that is no number): what may be credentials is still taken.
  assert.deepEqual(proxyCredentials('http://octo:hunter22@proxy.example:port'), ['hunter22', 'octo:hunter22']);
  assert.deepEqual(proxyCredentials('http://proxy.example:3128'), []);
  assert.deepEqual(proxyCredentials(''), []);
});

test('protectProxyCredentials: the masker is told each credential once, and errors quoting the URL or the Basic header are redacted', (t) => {
  const masked: string[] = [];
  setMasker((form) => masked.push(Buffer.from(form).toString('utf8')));
  t.after(() => setMasker(undefined));
  const url = 'http://octo:pr0xy-pass-word@proxy.example:3128';
  protectProxyCredentials({ https_proxy: url, HTTPS_PROXY: url, HTTP_PROXY: url, NO_PROXY: 'localhost' });
  assert.equal(masked.filter((form) => form === 'pr0xy-pass-word').length, 1, masked.join('\n'));
  assert.ok(masked.includes('octo:pr0xy-pass-word'));
  const basic = Buffer.from('octo:pr0xy-pass-word').toString('base64');
  const text = redact(`request through ${url} failed; Proxy-Authorization: Basic ${basic}`);
  assert.doesNotMatch(text, /pr0xy-pass-word/);
  assert.ok(!text.includes(basic), text);
});

const CHECKSUMS_ACTION = join(import.meta.dirname, '..', '..', 'src', 'actions', 'checksums', 'index.ts');
const RELEASE_ACTION = join(import.meta.dirname, '..', '..', 'src', 'actions', 'release', 'index.ts');

test('an action registers the proxy password with the runner masker before any work, and no log, output or file shows it', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.tgz'), 'artifact');
  const secret = 'pr0xy-Pa55-wOrd';
  const run = await runAndScan({ args: [...TSX, CHECKSUMS_ACTION], cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HTTPS_PROXY: `http://octo:${secret}@127.0.0.1:9`, 'INPUT_SUBJECT-PATH': 'a.tgz' }, secret });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, new RegExp(`^::add-mask::${secret}$`, 'm'), run.stdout);
  assert.match(run.stdout, new RegExp(`^::add-mask::octo:${secret}$`, 'm'), run.stdout);
  assert.deepEqual(run.leaks, []);
});

test('the release action publishing through a proxy that refuses its credentials: the password is masked first and shows nowhere', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.tgz'), 'artifact');
  const secret = 'pr0xy-Pa55-wOrd';
  const proxy = await startForwardingProxy({ credentials: 'octo:another-password' });
  t.after(() => proxy.close());
  const inputs = { 'INPUT_SUBJECT-PATH': 'a.tgz', 'INPUT_SBOM-FORMAT': 'none', INPUT_SIGN: 'false', 'INPUT_VERIFICATION-KIT': 'false', 'INPUT_GITHUB-RELEASE': 'true', INPUT_TAG: 'v1.0.0', 'INPUT_GITHUB-TOKEN': 'ghs_proxytesttoken' };
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, GITHUB_REPOSITORY: 'octo/app', GITHUB_API_URL: 'https://api.github.test', https_proxy: proxy.url.replace('http://', `http://octo:${secret}@`), ...inputs };
  const run = await runAndScan({ args: [...TSX, RELEASE_ACTION], cwd: dir, env, secret });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const lines = run.stdout.split('\n');
  const mask = lines.findIndex((line) => line === `::add-mask::${secret}`);
  assert.ok(mask !== -1 && mask < lines.findIndex((line) => line.startsWith('::error::')), run.stdout);
  assert.ok(proxy.requests.length > 0, 'the run went through the proxy');
  assert.deepEqual(run.leaks, []);
});

test('the CLI in a job registers the proxy password too (on stderr)', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.tgz'), 'artifact');
  const secret = 'pr0xy-Pa55-wOrd';
  const run = await new Promise<{ stderr: string }>((resolve) => {
    execFile(NODE, [...TSX, join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts'), 'checksums', 'a.tgz'], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_ACTIONS: 'true', HTTP_PROXY: `http://octo:${secret}@127.0.0.1:9` }, timeout: 60_000 }, (_error, _stdout, stderr) => resolve({ stderr }));
  });
  assert.match(run.stderr, new RegExp(`^::add-mask::${secret}$`, 'm'), run.stderr);
});

test('the CLI publishing through a proxy that refuses its credentials: no output, error or file shows the password', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.tgz'), 'artifact');
  const secret = 'pr0xy-Pa55-wOrd';
  const proxy = await startForwardingProxy({ credentials: 'octo:another-password' });
  t.after(() => proxy.close());
  const args = [...TSX, join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts'), 'release', '--github-release', '--tag', 'v1.0.0', '--repo', 'octo/app', '--sbom-format', 'none', '--no-sign', '--output-dir', 'out', 'a.tgz'];
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, GH_TOKEN: 'ghs_proxytesttoken', GITHUB_API_URL: 'https://api.github.test', HTTPS_PROXY: proxy.url.replace('http://', `http://octo:${secret}@`) };
  const run = await runAndScan({ args, cwd: dir, env, secret });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /PROXY_AUTH_REQUIRED|407/, run.stderr);
  assert.deepEqual(run.leaks, []);
});
