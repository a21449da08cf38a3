import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE, TSX } from '../support/leak-scan.js';

const PROBE = join(import.meta.dirname, 'environment-probe.ts');
const linux = process.platform === 'linux';

/** Runs the probe with exactly `env` (plus PATH) and returns the JSON it prints. */
function probe(mode: string, env: Record<string, string>): Record<string, unknown> {
  const result = spawnSync(NODE, [...TSX, PROBE, mode], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env } });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

test('an empty input in the environment block is taken out of the environment without leaving /proc/self/mem open', { skip: !linux && 'Linux only' }, () => {
  const report = probe('empty', { INPUT_TOKEN: '', OTHER_SECRET: 'other-secret-value' });
  assert.equal(report['envScrub'], 'available');
  assert.equal(report['taken'], false);
  assert.equal(report['stillSet'], false, 'the empty variable is removed, as one read from a string is');
  assert.equal(report['after'], report['before'], 'no descriptor is left open');
});
