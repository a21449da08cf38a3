import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { forEachForm } from '../../src/secrets/forms.js';

/** Every form `forEachForm` visits, copied (the visited bytes are zeroed after the call). */
function formsOf(secret: Buffer): string[] {
  const forms: string[] = [];
  forEachForm(secret, (form) => forms.push(form.toString('latin1')));
  return forms;
}

const SECRETS: Record<string, Buffer> = {
  // 40 characters, a multiple of 3 neither: a GitHub token's shape.
  'a token of letters and digits': Buffer.from('ghs_16C7e42F292c6912E7710c838347Ae178B4a'),
  // 24 bytes: whole base64 at shift 0 is its core, and without + or / the base64url form is the same.
  'a length a multiple of 3': Buffer.from('abcdefghijklmnopqrstuvwx'),
  'digits only (its hex has no letters)': Buffer.from('123456789012'),
  'bytes whose base64 holds + and /': Buffer.from([0xfb, 0xff, 0xfe, 0xfb, 0xef, 0xbf, 0xfb, 0xff, 0xbf, 0xfe]),
  'a password with characters to escape': Buffer.from('p@ss word"\\/%+\n2nd line'),
};

describe('forEachForm', () => {
  for (const [what, secret] of Object.entries(SECRETS)) {
    it(`visits each form once: ${what}`, () => {
      const forms = formsOf(secret);
      assert.equal(forms[0], secret.toString('latin1'));
      assert.deepEqual(forms.filter((form, index) => forms.indexOf(form) !== index), []);
    });

    it(`still covers every encoding of the secret inside longer text: ${what}`, () => {
      const forms = formsOf(secret);
      const covered = (text: string): boolean => forms.some((form) => text.includes(form));
      for (let shift = 0; shift < 3; shift++) {
        const embedded = Buffer.concat([randomBytes(shift), secret, randomBytes(2)]);
        for (const encoding of ['base64', 'base64url'] as const) assert.ok(covered(embedded.toString(encoding)), `${encoding} at shift ${shift}`);
      }
      assert.ok(covered(secret.toString('base64')), 'base64, padded');
      assert.ok(covered(secret.toString('base64').replace(/=+$/, '')), 'base64, unpadded');
      assert.ok(covered(secret.toString('base64url')), 'base64url');
      assert.ok(covered(secret.toString('hex')), 'hex');
      assert.ok(covered(secret.toString('hex').toUpperCase()), 'uppercase hex');
      // Text escapes of text: bytes that are no UTF-8 reach a log only in an encoding above.
      const text = secret.toString('utf8');
      if (Buffer.from(text).equals(secret)) {
        assert.ok(covered(encodeURIComponent(text)), 'URL-escaped');
        assert.ok(covered(JSON.stringify(text)), 'JSON-escaped');
      }
    });
  }

  it('visits nothing for an empty secret', () => {
    assert.deepEqual(formsOf(Buffer.alloc(0)), []);
  });
});
