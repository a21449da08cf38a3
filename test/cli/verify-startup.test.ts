// Offline verification starts without memory protection: it never takes a secret, and turning the
// protections on (libsodium, the core-dump filter, the purge hooks) is about 2 ms of its start.
// Every other command keeps it, a command added later included unless it says otherwise.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { commandEntryOf } from '../../src/cli/cli.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { tempDir } from '../support/tmp.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

test('only the offline verification commands are secret-free; the entry point finds the command after a leading --verbose', () => {
  assert.deepEqual(COMMANDS.filter((command) => command.secretFree === true).map((command) => command.name), ['verify-blob', 'verify-attestation', 'verify-checksums']);
  assert.equal(commandEntryOf(['--verbose', 'verify-blob', 'x'])?.name, 'verify-blob');
  assert.equal(commandEntryOf(['sign-blob', 'verify-blob'])?.name, 'sign-blob');
  assert.equal(commandEntryOf(['--help']), undefined);
});

/** The memory protection a command's process reports with --verbose. */
async function protectionOf(args: string[], cwd: string): Promise<Record<string, unknown>> {
  const stderr = await new Promise<string>((resolve) => {
    execFile(process.execPath, ['--import', TSX, MAIN, ...args, '--verbose'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd }, timeout: 60_000 }, (_error, _stdout, text) => resolve(text));
  });
  return JSON.parse(/secret memory protection: (\{.*\})/.exec(stderr)?.[1] ?? 'null') as Record<string, unknown>;
}

test('verify-blob runs without the core-dump filter and environment scrub, which sign-blob turns on', { skip: process.platform !== 'linux' && 'Linux only' }, async (t) => {
  const cwd = await tempDir(t);
  const [verifying, signing] = await Promise.all([protectionOf(['verify-blob', 'missing'], cwd), protectionOf(['sign-blob', 'missing'], cwd)]);
  assert.deepEqual([verifying['coreDumps'], verifying['envScrub']], ['unavailable', 'unavailable']);
  assert.deepEqual([signing['coreDumps'], signing['envScrub']], ['excluded', 'available']);
});
