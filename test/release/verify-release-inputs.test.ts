// A verification policy, the one a release carries, or a trusted root a policy names that is not
// there: `verify-release --help` promises RELEASE_POLICY_INVALID (exit 1) naming it, not INTERNAL.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from '../support/cli.js';

describe('verify-release: missing inputs', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'trust-kit-verify-release-inputs-'));
    await mkdir(join(root, 'release'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('a --policy file that does not exist is RELEASE_POLICY_INVALID naming it', async () => {
    const run = await cli(['verify-release', 'release', '--policy', 'no-such-policy.json'], root);
    assert.equal(run.code, EXIT.FAILURE, run.stderr);
    assert.match(run.stderr, /RELEASE_POLICY_INVALID: .*no-such-policy\.json.*ENOENT/);
    assert.doesNotMatch(run.stderr, /INTERNAL/);
  });

  test('a release without the policy it should carry is RELEASE_POLICY_INVALID saying so', async () => {
    const run = await cli(['verify-release', 'release', '--expect-repo', 'octo-org/octo-repo'], root);
    assert.equal(run.code, EXIT.FAILURE, run.stderr);
    assert.match(run.stderr, /RELEASE_POLICY_INVALID: .*trust-kit-policy\.json.*ENOENT/);
    assert.match(run.stderr, /hint: .*--policy/);
  });

  test('a trusted root the policy names that does not exist is RELEASE_POLICY_INVALID naming it', async () => {
    await writeFile(join(root, 'policy.json'), JSON.stringify({ version: 1, trustedRoots: ['gone.json'], certificateIdentity: 'https://x', issuer: 'https://token.actions.githubusercontent.com' }));
    const run = await cli(['verify-release', 'release', '--policy', 'policy.json'], root);
    assert.equal(run.code, EXIT.FAILURE, run.stderr);
    assert.match(run.stderr, /RELEASE_POLICY_INVALID: .*gone\.json.*ENOENT/);
  });

  test('every wrong flag is reported at once (exit 2), as the README says of every command', async () => {
    const run = await cli(['verify-release', 'a', 'b', '--format', 'xml', '--commit', 'abc', '--expect-repo', 'no-slash', '--signer-workflow', 'x', '--download-dir', 'd'], root);
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, /CONFIG_INVALID: 6 invalid inputs:/);
    for (const flag of ['--format', '--commit', '--expect-repo', '--signer-workflow', '--download-dir', 'argument DIR']) assert.match(run.stderr, new RegExp(`\n  ${flag}: `), flag);
    const none = await cli(['verify-release', 'release'], root);
    assert.equal(none.code, EXIT.USAGE, none.stderr);
    assert.match(none.stderr, /--policy: .*--expect-repo.*--signer-workflow/);
  });
});
