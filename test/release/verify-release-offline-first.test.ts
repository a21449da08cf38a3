// `verify-release --tag --repo`: what can be checked offline (the policy, the trusted roots it stands on,
// the download directory) is refused before any request to the GitHub API, not after the download.
import assert from 'node:assert/strict';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from '../support/cli.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const ROOT = join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json');
const DOWNLOAD = ['verify-release', '--tag', 'v1.0.0', '--repo', 'octo-org/octo-repo', '--download-dir', 'fetched'];

describe('verify-release --download-dir checks offline first', () => {
  let api: GitHubApiDouble;
  before(async () => {
    api = await startGitHubApi();
  });
  after(async () => {
    await api.close();
  });
  const env = (): Record<string, string> => ({ GH_TOKEN: 'ghs_test', GITHUB_API_URL: api.url });

  /** A working directory holding a good trusted root, and `policy.json` with these fields over a good policy's. */
  async function workspace(t: TestContext, policy: Record<string, unknown> = {}): Promise<string> {
    const cwd = await tempDir(t);
    await copyFile(ROOT, join(cwd, 'trusted_root.json'));
    await writeFile(join(cwd, 'policy.json'), JSON.stringify({ version: 1, trustedRoots: ['trusted_root.json'], certificateIdentity: 'https://x', issuer: ISSUER, ...policy }));
    return cwd;
  }

  /** Runs verify-release into `fetched/` and asserts it failed with `code` (exit `exit`) before any request, and left no download directory. */
  async function refusedOffline(cwd: string, flags: readonly string[], exit: number, code: RegExp): Promise<void> {
    const requests = api.records.length;
    const run = await cli([...DOWNLOAD, ...flags], cwd, env());
    assert.equal(run.code, exit, run.stderr);
    assert.match(run.stderr, code);
    assert.equal(api.records.length, requests, `requests made: ${api.records.slice(requests).map((record) => `${record.method} ${record.path}`).join(', ')}`);
    assert.ok(!(await readdir(cwd)).includes('fetched') || (await readdir(join(cwd, 'fetched'))).length > 0, 'the download directory is made only to download into');
  }

  test('a --policy that is no JSON, or an invalid policy, is refused before any request', async (t) => {
    const cwd = await workspace(t);
    await writeFile(join(cwd, 'broken.json'), '{"version": 1,');
    await refusedOffline(cwd, ['--policy', 'broken.json'], EXIT.FAILURE, /RELEASE_POLICY_INVALID: the verification policy \S*broken\.json is not JSON/);
    const invalid = await workspace(t, { trustedRoots: [] });
    await refusedOffline(invalid, ['--policy', 'policy.json'], EXIT.FAILURE, /RELEASE_POLICY_INVALID: .*lists no "trustedRoots"/);
  });

  test('a policy naming its trusted root inside the download directory is refused before any request', async (t) => {
    const cwd = await workspace(t, { trustedRoots: ['fetched/trusted_root.json'] });
    await refusedOffline(cwd, ['--policy', 'policy.json'], EXIT.USAGE, /CLI_USAGE: the policy policy\.json names the trusted root trusted_root\.json, a file of the release directory/);
  });

  test('a trusted root the policy names, or --trusted-root, that is missing or no trusted root is refused before any request', async (t) => {
    const missing = await workspace(t, { trustedRoots: ['gone.json'] });
    await refusedOffline(missing, ['--policy', 'policy.json'], EXIT.FAILURE, /RELEASE_POLICY_INVALID: cannot read the trusted root \S*gone\.json: ENOENT/);
    const junk = await workspace(t);
    await writeFile(join(junk, 'trusted_root.json'), '{"mediaType": "not a trusted root"}');
    await refusedOffline(junk, ['--policy', 'policy.json'], EXIT.FAILURE, /SIGSTORE_TRUSTED_ROOT_INVALID: \S*trusted_root\.json: not a Sigstore trusted root/);
    // GitHub's root, when the policy requires GitHub's release attestation (any immutable release's download needs it then).
    const github = await workspace(t, { githubTrustedRoot: 'github.jsonl', requireGitHubReleaseAttestation: true });
    await refusedOffline(github, ['--policy', 'policy.json'], EXIT.FAILURE, /RELEASE_POLICY_INVALID: cannot read the trusted root \S*github\.jsonl: ENOENT/);
    // With the policy the release carries, the user's own root is read before the release is; missing, it is told as the flag's
    // (the policy, which names none then, is not at fault), saying where it comes from.
    const shipped = await workspace(t);
    await refusedOffline(shipped, ['--expect-repo', 'octo-org/octo-repo', '--trusted-root', 'roots/gone.jsonl'], EXIT.FAILURE, /SIGSTORE_INPUT_UNREADABLE: cannot read the trusted root \(--trusted-root\) \S*gone\.jsonl: ENOENT[^]*hint: put the trusted root there that --trusted-root names/);
    // With a policy of the user's, --trusted-root replaces the roots it names: the same.
    await refusedOffline(missing, ['--policy', 'policy.json', '--trusted-root', 'roots/gone.jsonl'], EXIT.FAILURE, /SIGSTORE_INPUT_UNREADABLE: cannot read the trusted root \(--trusted-root\) \S*gone\.jsonl: ENOENT/);
  });

  test('a download directory that holds files is refused before any request', async (t) => {
    const cwd = await workspace(t);
    await mkdir(join(cwd, 'fetched'));
    await writeFile(join(cwd, 'fetched', 'app.tgz'), 'from an earlier run\n');
    await refusedOffline(cwd, ['--policy', 'policy.json'], EXIT.FAILURE, /RELEASE_DOWNLOAD_REFUSED: the download directory \S*fetched is not empty/);
  });

  test('a good policy and root do reach the API (the checks above are not refusing everything)', async (t) => {
    const cwd = await workspace(t);
    const requests = api.records.length;
    const run = await cli([...DOWNLOAD, '--policy', 'policy.json'], cwd, env());
    assert.equal(run.code, EXIT.FAILURE, run.stderr);
    assert.match(run.stderr, /RELEASE_NOT_FOUND: octo-org\/octo-repo has no published release for the tag "v1\.0\.0"/);
    assert.ok(api.records.length > requests);
  });
});
