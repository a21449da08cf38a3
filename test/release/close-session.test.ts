// The signing session's secrets (the identity token, and the runner's request token kept to renew
// it) end with the last signature, not with the run: uploading the release and the gate's
// verifications, which take minutes and run other programs, hold none.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import type { CommandRunner } from '../../src/release/gate.js';
import { runRelease } from '../../src/release/index.js';
import { redact } from '../../src/secrets/index.js';
import { startGitHubApi } from '../support/github/index.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

test('a keyless release wipes the runner\'s request token once the last signature is made: the gate before publishing runs without it', async (t) => {
  const [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
  t.after(() => Promise.all([stack.close(), api.close()]));
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
  const requestToken = stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  // Only a live secret is redacted: what the gate sees tells whether the token is still held.
  const liveDuringGate: boolean[] = [];
  const runner: CommandRunner = {
    has: async () => {
      liveDuringGate.push(redact(requestToken) !== requestToken);
      return false;
    },
    run: async () => assert.fail('nothing is installed'),
  };
  const config = releaseConfig(
    { 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '', 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath, attest: 'auto', 'audit-log': 'true' },
    cliNamer(),
    { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false },
  );
  const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo: 'lifetime', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const result = await runRelease(config, {
    cwd,
    env: { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json') },
    logger: silentLogger,
    oidcDiscoveryURL: stack.oidc.discoveryURL,
    githubRelease: { tag: 'v1.0.0', releases, commandRunner: runner },
  });
  assert.equal(result.githubRelease?.outcome, 'published');
  assert.ok(result.auditLog !== undefined && liveDuringGate.length > 0, 'the release signed its audit log, then ran the gate');
  assert.deepEqual([...new Set(liveDuringGate)], [false], 'the request token was wiped before the gate');
});
