import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runEnvironmentProbe } from '../support/environment-probe.js';
import { registryCredentials } from '../../src/images/registry.js';

test('GITHUB_TOKEN for ghcr.io is taken without a string of it: the intake reads it from the environment block', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
  assert.deepEqual(runEnvironmentProbe('reads', { GITHUB_TOKEN: 'ghs_registrytokenvalue' }, 'registry', 'GITHUB_TOKEN'), { envScrub: 'available', result: 22, read: [] });
  assert.deepEqual(runEnvironmentProbe('reads', { GITHUB_TOKEN: '' }, 'registry', 'GITHUB_TOKEN'), { envScrub: 'available', read: [] });
});

test('GITHUB_TOKEN for ghcr.io is taken once and still there for the run\'s second registry client (resolve-images, then images)', async () => {
  const env: Record<string, string | undefined> = { GITHUB_TOKEN: 'ghs_usedbytwoclients', GITHUB_ACTOR: 'octocat', HOME: '/nonexistent' };
  const first = await registryCredentials(env, new Set(['ghcr.io']), undefined);
  const second = await registryCredentials(env, new Set(['ghcr.io']), undefined);
  assert.equal('GITHUB_TOKEN' in env, false, 'taken out of the environment');
  for (const source of [first, second]) {
    const found = await source?.credentialsFor('ghcr.io');
    assert.equal(found?.secret.use((bytes) => bytes.toString('utf8')), 'ghs_usedbytwoclients');
  }
});
