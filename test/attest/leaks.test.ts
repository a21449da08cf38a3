import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI_ENTRY, TSX, runAndScan, type LeakScanResult } from '../support/leak-scan.js';
import { startGitHubApi } from '../support/github/index.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const ATTEST_ACTION = join(import.meta.dirname, '..', '..', 'src', 'actions', 'attest', 'index.ts');

function assertNoLeak(result: LeakScanResult): void {
  assert.deepEqual(result.leaks, [], `leaked: ${JSON.stringify(result.leaks)}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
}

test('attest, CLI and action: the runner request token and the GitHub token do not leak, also when signing fails half-way', async (t) => {
  const dir = await tempDir(t);
  const [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
  t.after(() => Promise.all([stack.close(), api.close()]));
  await writeFile(join(dir, 'app.tgz'), 'app\n');
  const event = join(dir, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
  const services = ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, '--oidc-discovery-url', stack.oidc.discoveryURL];
  const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event };
  const requestToken = stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;

  const attested = await runAndScan({ args: [...TSX, CLI_ENTRY, 'attest', ...services, 'app.tgz'], cwd: dir, env, secret: requestToken });
  assert.equal(attested.code, 0, attested.stderr);
  assert.ok(attested.scanned.includes('app.tgz.sigstore.json') && attested.scanned.includes('app.tgz.intoto.jsonl'), attested.scanned.join());
  assertNoLeak(attested);

  const halfway = await runAndScan({ args: [...TSX, CLI_ENTRY, 'attest', ...services.map((value) => (value === stack.rekorURL ? `${stack.fulcioURL}/no-rekor-here` : value)), 'app.tgz'], cwd: dir, env, secret: requestToken });
  assert.equal(halfway.code, 1);
  assertNoLeak(halfway);

  const githubToken = `ghs_${randomBytes(18).toString('hex')}`;
  const inputs = { 'subject-path': 'app.tgz', 'sbom-path': '', 'predicate-path': 'app.tgz', 'predicate-type': 'https://example.com/p', 'github-token': githubToken, 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
  await writeFile(join(dir, 'app.tgz'), '{"app": true}');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const action = await runAndScan({ args: [...TSX, ATTEST_ACTION], cwd: dir, env: { ...env, ...api.env, GITHUB_REPOSITORY: 'octo-org/octo-repo', ...inputEnv }, secret: githubToken });
  assert.equal(action.code, 0, action.stdout + action.stderr);
  assert.equal(action.masked, true);
  assert.equal(api.state.attestations.length, 1);
  assertNoLeak(action);
});
