/**
 * A child process for environment-intake tests, which need variables in the environment block the
 * kernel copied at exec (only a fresh process has them). Modes: `empty` takes an empty input and
 * reports the open descriptors before and after and whether the variable is still set.
 */
import { readdirSync } from 'node:fs';
import { SecretBuffer, enableMemoryProtection } from '../../src/secrets/index.js';

const status = enableMemoryProtection({ env: process.env });
const mode = process.argv[2];
const descriptors = (): number => readdirSync('/proc/self/fd').length;
if (mode === 'empty') {
  const before = descriptors();
  const taken = SecretBuffer.fromInput('token', process.env, { optional: true });
  process.stdout.write(`${JSON.stringify({ envScrub: status.envScrub, taken: taken !== undefined, before, after: descriptors(), stillSet: 'INPUT_TOKEN' in process.env })}\n`);
}
