// The GitHub token of verify-release --repo and release --github-release (GH_TOKEN, else GITHUB_TOKEN): taken
// into protected memory, out of the environment, and redacted wherever a message would repeat it.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { githubApiToken } from '../../src/cli/github-token.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const TOKEN = 'ghp_ThisTokenMustNeverBePrinted0123456789';

describe('the CLI\'s GitHub token', () => {
  /** A GitHub API that refuses every request, its message repeating the Authorization header it got (as a confused proxy might). */
  const echo = createServer((request, response) => {
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: `Bad credentials: ${request.headers.authorization ?? 'none'}` }));
  });
  let apiUrl: string;
  before(async () => {
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  });
  after(() => echo.close());

  test('verify-release --repo takes GH_TOKEN out of the environment and redacts it in the error', async (t) => {
    const cwd = await tempDir(t);
    // A real root: the trusted root is read before any request.
    await copyFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json'), join(cwd, 'roots.jsonl'));
    const env: Record<string, string | undefined> = { GH_TOKEN: TOKEN, GITHUB_API_URL: apiUrl };
    const run = await cli(['verify-release', '--repo', 'octo-org/octo-repo', '--tag', 'v1.0.0', '--expect-repo', 'octo-org/octo-repo', '--download-dir', 'download', '--trusted-root', 'roots.jsonl'], cwd, env);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /Bad credentials: token \*\*\*/);
    assert.doesNotMatch(run.stdout + run.stderr, /ThisTokenMustNeverBePrinted/);
    assert.equal('GH_TOKEN' in env, false, 'taken out of the environment');
  });

  test('release --github-release takes GITHUB_TOKEN out of the environment and redacts it in the error', async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
    const env: Record<string, string | undefined> = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: apiUrl };
    const run = await cli(['release', '--no-sign', '--sbom-format', 'none', '--base', 'dist', '--github-release', '--tag', 'v1.0.0', '--repo', 'octo-org/octo-repo', 'dist'], cwd, env);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /Bad credentials: token \*\*\*/);
    assert.doesNotMatch(run.stdout + run.stderr, /ThisTokenMustNeverBePrinted/);
    assert.equal('GITHUB_TOKEN' in env, false, 'taken out of the environment');
  });
});

test('attest-image --storage github takes GITHUB_TOKEN out of the environment, once for the attestations API and ghcr.io', async (t) => {
  const cwd = await tempDir(t);
  const env: Record<string, string | undefined> = { GITHUB_TOKEN: TOKEN };
  // No GITHUB_REPOSITORY: refused as a usage error, after the token was taken (never as a string).
  const run = await cli(['attest-image', '--storage', 'github', '--type', 'custom', '--predicate', 'p.json', '--predicate-type', 'https://example.com/p', 'ghcr.io/octo-org/app@sha256:' + 'a'.repeat(64)], cwd, env);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /GITHUB_REPOSITORY/);
  assert.equal('GITHUB_TOKEN' in env, false, 'taken out of the environment');
});

test('with GH_TOKEN and GITHUB_TOKEN both set, the API uses GH_TOKEN and neither stays in the environment (a child process or /proc/<pid>/environ would show the other)', () => {
  const env: Record<string, string | undefined> = { GH_TOKEN: 'gho_personaltoken', GITHUB_TOKEN: 'ghs_jobtoken' };
  assert.equal(githubApiToken(env)?.use((bytes) => bytes.toString('utf8')), 'gho_personaltoken');
  assert.deepEqual(['GH_TOKEN', 'GITHUB_TOKEN'].filter((name) => name in env), []);
  assert.equal(SecretBuffer.sharedFromEnv('GITHUB_TOKEN', env)?.use((bytes) => bytes.toString('utf8')), 'ghs_jobtoken', 'still there for ghcr.io, shared');
});
