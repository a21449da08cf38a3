import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasEnvironmentValue } from '../../src/secrets/index.js';
import { runEnvironmentProbe as probe } from '../support/environment-probe.js';

const linux = process.platform === 'linux';

test('an empty input in the environment block is taken out of the environment without leaving /proc/self/mem open', { skip: !linux && 'Linux only' }, () => {
  const report = probe('empty', { INPUT_TOKEN: '', OTHER_SECRET: 'other-secret-value' });
  assert.equal(report['envScrub'], 'available');
  assert.equal(report['taken'], false);
  assert.equal(report['stillSet'], false, 'the empty variable is removed, as one read from a string is');
  assert.equal(report['after'], report['before'], 'no descriptor is left open');
});

test('hasEnvironmentValue tells set, empty and unset variables of the process environment apart without reading a value as a string', { skip: !linux && 'Linux only' }, () => {
  const report = probe('reads', { SET_SECRET: 'a-secret-value', EMPTY_SECRET: '' }, 'has', 'SET_SECRET', 'EMPTY_SECRET', 'UNSET_SECRET');
  assert.equal(report['envScrub'], 'available');
  assert.deepEqual(report['result'], [true, false, false]);
  assert.deepEqual(report['read'], []);
});

test('hasEnvironmentValue reads an environment that is not the process one as it is', () => {
  const env = { SET: 'x', EMPTY: '' };
  assert.deepEqual(['SET', 'EMPTY', 'UNSET'].map((name) => hasEnvironmentValue(name, env)), [true, false, false]);
});
