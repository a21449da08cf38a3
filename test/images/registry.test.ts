import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../support/tmp.js';
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

test('closing the registry credentials wipes the password taken for them and what docker\'s config gave, and leaves the shared GITHUB_TOKEN to the next client', async (t) => {
  const home = await tempDir(t);
  await mkdir(join(home, '.docker'));
  await writeFile(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { 'quay.io': { auth: Buffer.from('robot:quay-password').toString('base64') } } }));
  const env: Record<string, string | undefined> = { TRUST_KIT_REGISTRY_PASSWORD: 'registry-password', GITHUB_TOKEN: 'ghs_sharedtoken', HOME: home };
  const login = await registryCredentials(env, new Set(['registry.example']), 'bot');
  const github = await registryCredentials(env, new Set(['ghcr.io']), undefined);
  assert.ok(login !== undefined && github !== undefined);
  const [password, quay] = await Promise.all(['registry.example', 'quay.io'].map(async (registry) => (await login.credentialsFor(registry))?.secret));
  const ghcr = (await github.credentialsFor('ghcr.io'))?.secret;
  assert.ok(password !== undefined && quay !== undefined && ghcr !== undefined);
  login.close?.();
  github.close?.();
  assert.deepEqual([password.destroyed, quay.destroyed, ghcr.destroyed], [true, true, false]);
  const next = await registryCredentials(env, new Set(['ghcr.io']), undefined);
  assert.equal((await next?.credentialsFor('ghcr.io'))?.secret.use((bytes) => bytes.toString('utf8')), 'ghs_sharedtoken');
});
