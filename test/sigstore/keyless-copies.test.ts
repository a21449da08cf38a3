// What a keyless signing session keeps of its identity token between signatures (sigstore-js takes
// the token as a string for each certificate request): no string of it at all
// (docs/security/memory-protection.md, the known copies). sigstore-js's own HTTP client kept the
// first request's body in its agent cache; trust-kit's transport sends the requests instead.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE, TSX } from '../support/leak-scan.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const HOLDER = join(import.meta.dirname, 'keyless-copies-holder.ts');

test('a keyless session that has signed holds no string of its identity token', async (t) => {
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await tempDir(t);
  const found = async (mode: 'control' | 'session'): Promise<unknown> => {
    const token = stack.oidc.mintToken();
    // A snapshot names a string by its first 1,024 characters only, and this token is longer: the
    // needles are a window holding the token's unique jti (each token's first difference) and its start.
    assert.notEqual(stack.oidc.mintToken().slice(0, 170), token.slice(0, 170));
    const child = spawn(NODE, [...TSX, HOLDER, mode, stack.fulcioURL, stack.rekorURL ?? '', stack.tsaURL ?? '', stack.trustedRootPath, Buffer.from(token.slice(110, 170)).toString('hex'), Buffer.from(token.slice(0, 400)).toString('hex')], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', SIGSTORE_ID_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout);
  };
  assert.deepEqual(await found('control'), ['0', '1'], 'control: a kept string of the token is found');
  assert.deepEqual(await found('session'), [], 'found: 0 = a unique window of the token, 1 = its start');
});
