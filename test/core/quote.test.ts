import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedText, jsonOutput, MAX_QUOTED, printableLines, quoted } from '../../src/core/quote.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { assertScaling } from '../support/scaling.js';

test('an ordinary value is quoted as JSON.stringify quotes it', () => {
  assert.equal(quoted('application/json'), '"application/json"');
  assert.equal(quoted('tab\there "q"'), '"tab\\there \\"q\\""');
  assert.equal(quoted(null), 'null');
  assert.equal(quoted(42), '42');
  assert.equal(quoted(['a']), '["a"]');
  assert.equal(quoted(undefined), 'undefined');
  assert.equal(boundedText('a plain line'), 'a plain line');
});

test('C1 controls, line separators and bidirectional controls are escaped, as JSON would read them back', () => {
  const text = `a\u009b2J\u0085\u2028\u202e\u007fz`;
  assert.equal(quoted(text), '"a\\u009b2J\\u0085\\u2028\\u202e\\u007fz"');
  assert.equal(JSON.parse(quoted(text)), text);
  assertShowable(quoted(HOSTILE), '\\u001b]0;owned');
  assertShowable(quoted({ [HOSTILE]: HOSTILE }), '\\u009b2J');
  assertShowable(boundedText(HOSTILE), ']0;owned');
});

test('printable text, bounded or of several lines, shows no line separator and no bidirectional control (Trojan Source)', () => {
  const text = `a\u2028b\u2029c\u202eevil\u202c\u2066d\u2069\u061ce\u200ef\u200fg`;
  assert.equal(boundedText(text), 'a b c evil d e f g');
  assert.equal(printableLines(`${text}\n\u202bx`), 'a b c evil d e f g\n x');
  assert.equal(boundedText('caf\u00e9 \u05e9\u05dc\u05d5\u05dd'), 'caf\u00e9 \u05e9\u05dc\u05d5\u05dd', 'letters of any script stay');
});

test('a long value is cut, saying it was cut and from how long, in time bounded by the cut', async () => {
  // Ten times the value costs about the same: quoting does not read the whole value.
  await assertScaling('quoting a long value', (length) => 'x'.repeat(length), (value) => {
    for (let round = 0; round < 1000; round += 1) quoted(value);
  }, { size: HUGE.length, maxRatio: 3 });
  assert.equal(quoted(HUGE), `"${'x'.repeat(MAX_QUOTED)}"\u2026 (cut: ${HUGE.length} characters)`);
  assert.equal(quoted(HUGE, 10), `"${'x'.repeat(10)}"\u2026 (cut: ${HUGE.length} characters)`);
  assert.equal(boundedText(`${HOSTILE}${HUGE}`, 10), ` ]0;owned \u2026 (cut: ${HOSTILE.length + HUGE.length} characters)`);
  assertShowable(quoted([HUGE]), `(cut: ${HUGE.length + 4} characters)`, MAX_QUOTED + 40);
  assertShowable(boundedText(HUGE), '(cut: ', MAX_QUOTED + 40);
});

test('escapes count in the bound, and a cut never splits one', () => {
  const shown = quoted('\u009b'.repeat(1000), 20);
  assert.equal(shown, `"${'\\u009b'.repeat(3)}"\u2026 (cut: 1000 characters)`);
  assert.equal(quoted('\u009b'.repeat(3), 20), `"${'\\u009b'.repeat(3)}"`);
});

test('a cut never splits a character in two', () => {
  const text = `${'a'.repeat(9)}\u{1F600}${'b'.repeat(20)}`;
  assert.equal(quoted(text, 10), `"${'a'.repeat(9)}"\u2026 (cut: ${text.length} characters)`);
  assert.equal(boundedText(text, 11), `${'a'.repeat(9)}\u{1F600}\u2026 (cut: ${text.length} characters)`);
});

test('what JSON cannot write is shown as plain, printable text', () => {
  const cycle: Record<string, unknown> = {};
  cycle['self'] = cycle;
  assert.equal(quoted(cycle), '(a value JSON cannot show)');
  assert.equal(quoted(10n), '10');
});

test('JSON output escapes what JSON.stringify leaves raw, cuts nothing, and reads back the same', () => {
  const value = { name: `${HOSTILE}${HUGE}`, list: ['\u2028', '\u202e'] };
  const text = jsonOutput(value, 2);
  assertShowable(text.replaceAll('\n', ' '), '"name": "\\u001b]0;owned\\u0007\\u009b2J\\u0085next', 2 * HUGE.length);
  assert.deepEqual(JSON.parse(text), value);
  assert.equal(jsonOutput({ a: 1 }, 2), JSON.stringify({ a: 1 }, null, 2));
  // The runner's legacy command marker is never left in it, so an Actions job's log never fences it off as a command.
  const marked = { name: 'dist/##[error]x.bin', list: ['###[', '##['] };
  assert.equal(jsonOutput(marked), '{"name":"dist/#\\u0023[error]x.bin","list":["##\\u0023[","#\\u0023["]}');
  assert.deepEqual(JSON.parse(jsonOutput(marked)), marked);
});

test('printableLines keeps the line feeds of a message of several lines and nothing else of its controls', () => {
  assert.equal(printableLines('2 invalid inputs:\n  a\n  b'), '2 invalid inputs:\n  a\n  b');
  assert.equal(printableLines(`x${HOSTILE}\r\ny`), 'x ]0;owned 2J next \ny');
});
