// What trust-kit quotes of a signing service's refusal: its words, bounded, never a secret it echoed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serviceMessage } from '../../src/sigstore/sign/services.js';
import { SecretBuffer } from '../../src/secrets/index.js';

test('a secret a signing service echoes after padding of its choosing is redacted whole before the message is cut: no beginning of it is quoted', () => {
  const password = 'registry-password-AbCdEfGhIjKlMnOpQrStUv';
  const secret = SecretBuffer.from(Buffer.from(password));
  try {
    for (const padding of [262, 270, 280, 290]) {
      for (const body of [JSON.stringify({ message: `${'x'.repeat(padding)} refused ${password}` }), `${'x'.repeat(padding)} refused ${password}`]) {
        const said = serviceMessage(Buffer.from(body));
        assert.ok(!said.includes(password.slice(0, 12)), `${padding}: ${said.slice(-60)}`);
      }
    }
  } finally {
    secret.destroy();
  }
});
