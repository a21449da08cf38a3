import assert from 'node:assert/strict';
import { test } from 'node:test';
import { purlOf } from '../../../src/sbom/purl.js';
import { npmPurl } from '../../../src/sbom/npm-purl.js';
import { parseJsonText } from '../../../src/sbom/parsers/text.js';

test('a JSON lockfile holding half of a surrogate pair is refused at its line, saying so: encodeURIComponent\'s "URI malformed" named neither', () => {
  const lock = ['{"packages": {', '"node_modules/a": {"version": "1.0.0", "description": "\\\\ud800 \\ud83d\\ude00"},', '"node_modules/b": {"version": "1.0.0\\ud800"}}}'].join('\n');
  assert.throws(() => parseJsonText('package-lock.json', lock), (error: Error & { code?: string; line?: number }) => {
    assert.equal(error.code, 'SBOM_PARSE_FAILED');
    assert.equal(error.line, 3);
    assert.match(error.message, /a string holds \\ud800, half of a UTF-16 surrogate pair, which names no character .*regenerate it/);
    return true;
  });
  // A low half alone, in a key, is as much no character.
  assert.throws(() => parseJsonText('composer.lock', '{"\\udc00": 1}'), { line: 1 });
  // An escaped backslash before "ud800" is text, and a whole pair is a character: both read.
  assert.deepEqual(parseJsonText('package-lock.json', '{"a": "\\\\ud800 \\ud83d\\ude00"}'), { a: '\\ud800 \u{1f600}' });
});

test('no purl is made of a name or version holding half of a surrogate pair (a YAML or TOML lockfile\'s escape): the reason is said, not "URI malformed"', () => {
  assert.throws(() => npmPurl('a', '1.0.0\ud800'), /half of a UTF-16 surrogate pair/);
  assert.throws(() => purlOf('cargo', 'a\udc00', '1.0.0'), /half of a UTF-16 surrogate pair/);
  assert.equal(purlOf('cargo', 'a', '1.0.0'), 'pkg:cargo/a@1.0.0');
});
