import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runEnvironmentProbe } from '../support/environment-probe.js';

test('GITHUB_TOKEN for ghcr.io is taken without a string of it: the intake reads it from the environment block', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
  assert.deepEqual(runEnvironmentProbe('reads', { GITHUB_TOKEN: 'ghs_registrytokenvalue' }, 'registry', 'GITHUB_TOKEN'), { envScrub: 'available', result: 22, read: [] });
  assert.deepEqual(runEnvironmentProbe('reads', { GITHUB_TOKEN: '' }, 'registry', 'GITHUB_TOKEN'), { envScrub: 'available', read: [] });
});
