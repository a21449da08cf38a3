// The README promises PROXY_URL_INVALID, before any request, for a proxy variable that is not an
// http(s) URL. The GitHub toolkit reads HTTPS_PROXY from the process environment when it is first
// loaded, and throws on such a URL there: so these run the CLI as a process, with the variable in
// its real environment, which an in-process run (the environment passed as an argument) never shows.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

function run(args: readonly string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(NODE, [...TSX, CLI_ENTRY, ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...env }, timeout: 60_000 }, (error, _stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr });
    });
  });
}

const PROXY = { GH_TOKEN: 'ghs_test', HTTPS_PROXY: 'socks5://octo:hunter2@proxy.example:1080' };

function assertProxyRefused(result: { code: number; stderr: string }): void {
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, /PROXY_URL_INVALID: HTTPS_PROXY \(socks5:\/\/…@proxy\.example:1080\) is not an http\(s\) proxy URL/);
  assert.doesNotMatch(result.stderr, /INTERNAL|hunter2/);
}

test('verify-release --repo with a proxy variable that is no http(s) URL is PROXY_URL_INVALID, not INTERNAL', async (t) => {
  const cwd = await tempDir(t);
  assertProxyRefused(await run(['verify-release', '--tag', 'v1.0.0', '--repo', 'octo-org/octo-repo', '--expect-repo', 'octo-org/octo-repo', '--trusted-root', 'roots.jsonl'], cwd, PROXY));
});

test('attest-image with a proxy variable that is no http(s) URL is PROXY_URL_INVALID, not INTERNAL', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'predicate.json'), '{}');
  assertProxyRefused(await run(['attest-image', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', 'https://example.com/p/v1', '--instance', 'public-good', 'registry.example/app:v1'], cwd, PROXY));
});

test('release --github-release with a proxy variable that is no http(s) URL is PROXY_URL_INVALID, not INTERNAL', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const result = await run(['release', '--github-release', '--tag', 'v1.0.0', '--repo', 'octo-org/octo-repo', '--sbom-format', 'none', '--no-sign', '--base', 'dist', '--output-dir', 'out', 'dist'], cwd, PROXY);
  assertProxyRefused(result);
});
