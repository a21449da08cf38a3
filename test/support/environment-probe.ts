import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NODE, TSX } from './leak-scan.js';

const PROBE = join(import.meta.dirname, '..', 'secrets', 'environment-probe.ts');

/**
 * Runs test/secrets/environment-probe.ts in a fresh process with exactly `env` (plus PATH), so that
 * the variables sit in its environment block, and returns the JSON it prints.
 */
export function runEnvironmentProbe(mode: string, env: Record<string, string>, ...args: string[]): Record<string, unknown> {
  const result = spawnSync(NODE, [...TSX, PROBE, mode, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env } });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}
