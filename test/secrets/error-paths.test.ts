import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAction, type ActionIO } from '../../src/actions/io.js';
import { printError } from '../../src/cli/cli.js';
import { TrustKitError } from '../../src/core/errors.js';
import { SecretBuffer, setMasker } from '../../src/secrets/index.js';

const VALUE = 'ghp_error-path-secret/0123456789';

function fakeIO(): ActionIO & { failed: string[]; masked: string[] } {
  const failed: string[] = [];
  const masked: string[] = [];
  return {
    failed,
    masked,
    setOutput() {},
    setSecret: (value) => void masked.push(value),
    appendSummary: async () => {},
    setFailed: (message) => void failed.push(message),
    info() {},
    warn() {},
    debug() {},
  };
}

test('runAction masks every secret taken during the run and redacts the failure message and hint', async () => {
  const io = fakeIO();
  let secret: SecretBuffer | undefined;
  await runAction(async () => {
    secret = SecretBuffer.from(Buffer.from(VALUE));
    throw new TrustKitError('SIGN_FAILED', `server said: bad token ${VALUE}`, { hint: `token was ${Buffer.from(VALUE).toString('base64')}` });
  }, io);
  setMasker(undefined);
  assert.ok(io.masked.includes(VALUE));
  assert.equal(io.failed.length, 1);
  assert.equal(io.failed[0], 'SIGN_FAILED: server said: bad token ***\nhint: token was ***');
  secret?.destroy();
});

test('runAction redacts foreign errors (INTERNAL) too', async () => {
  const io = fakeIO();
  const secret = SecretBuffer.from(Buffer.from(VALUE));
  await runAction(async () => {
    throw new Error(`fetch failed for https://x/?token=${encodeURIComponent(VALUE)}`);
  }, io);
  setMasker(undefined);
  assert.match(io.failed[0] ?? '', /^INTERNAL: fetch failed for https:\/\/x\/\?token=\*\*\*\n/);
  secret.destroy();
});

test('the CLI prints errors with live secrets redacted in message and hint', () => {
  const secret = SecretBuffer.from(Buffer.from(VALUE));
  let stderr = '';
  printError(new TrustKitError('OIDC_TOKEN_INVALID', `not a JWT: "${VALUE}"`, { hint: JSON.stringify({ token: VALUE }) }), {
    cwd: '.',
    env: {},
    stdout: { write() {} },
    stderr: { write: (text) => void (stderr += text) },
  });
  assert.equal(stderr, 'trust-kit: OIDC_TOKEN_INVALID: not a JWT: "***"\n  hint: {"token":"***"}\n');
  secret.destroy();
});

test('the CLI redacts a secret holding a control character before its last guard makes the character a space', () => {
  const withTab = 'pass\tword-with-a-tab-0123456789';
  const secret = SecretBuffer.from(Buffer.from(withTab));
  let stderr = '';
  printError(new TrustKitError('SIGN_FAILED', `the key service said: ${withTab}`, { hint: `retry with ${withTab}` }), {
    cwd: '.',
    env: {},
    stdout: { write() {} },
    stderr: { write: (text) => void (stderr += text) },
  });
  assert.equal(stderr, 'trust-kit: SIGN_FAILED: the key service said: ***\n  hint: retry with ***\n');
  secret.destroy();
});
