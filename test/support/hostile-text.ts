import assert from 'node:assert/strict';

// Values another party could put in a file, a bundle or a certificate to drive the terminal or the
// log that shows trust-kit's messages, and the check that a message quoting them is safe to show.

/** An OSC title change and a bell (ESC, BEL), U+009B (a one-byte CSI: "clear the screen"), U+0085 (NEL, a line break to some readers). */
export const HOSTILE = '\u001b]0;owned\u0007\u009b2J\u0085next';

/** A value of 1 MiB: longer than any message should repeat. */
export const HUGE = 'x'.repeat(1024 * 1024);

// eslint-disable-next-line no-control-regex -- what must not reach a terminal or a log
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Asserts a message shows no control character (C0, DEL, C1, line separators), is at most `max` characters long, and still holds `names` (what it is about). */
export function assertShowable(message: string, names: string | RegExp = /./, max = 1000): void {
  assert.doesNotMatch(message, CONTROL, `a control character in ${JSON.stringify(message.slice(0, 300))}`);
  assert.ok(message.length <= max, `a message of ${message.length} characters: ${JSON.stringify(message.slice(0, 300))}`);
  if (typeof names === 'string') assert.ok(message.includes(names), `${JSON.stringify(message.slice(0, 300))} does not name ${JSON.stringify(names)}`);
  else assert.match(message, names);
}
