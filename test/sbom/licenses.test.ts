import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSpdxExpression, licenseTerm } from '../../src/sbom/licenses.js';
import { assertLinear } from '../support/scaling.js';

test('license strings are classified as SPDX expressions or free text, and only short ones are kept for the next lockfile', () => {
  assert.deepEqual(licenseTerm(' MIT OR Apache-2.0 '), { kind: 'expression', expression: 'MIT OR Apache-2.0', ids: ['MIT', 'Apache-2.0'] });
  assert.deepEqual(licenseTerm('see LICENSE.txt'), { kind: 'text', text: 'see LICENSE.txt' });
  assert.equal(licenseTerm('MIT'), licenseTerm('MIT'), 'a short one is parsed once per process');
  // A lockfile's "license" may be a whole licence text, or a hostile megabyte: every distinct one was kept for the process's
  // life (up to 10,000), so a long-running program making SBOMs of many projects held gigabytes of them.
  const long = `${'Permission is hereby granted, free of charge. '.repeat(200)}`;
  const first = licenseTerm(long);
  assert.deepEqual(first, { kind: 'text', text: long.trim() });
  assert.notEqual(licenseTerm(long), first, 'a long one is not kept');
});

test('a license string built to make the SPDX expression parser work quadratically (open parentheses, stray closing ones) is classified in linear time, as text', async () => {
  // Each run a string of its own: licenseTerm remembers what it classified.
  let runs = 0;
  for (const unit of ['MIT AND (', ')']) {
    await assertLinear(`license ${JSON.stringify(unit)}`, (size) => unit.repeat(size), (text) => licenseTerm(`${text}${(runs += 1)}`), 2_000);
  }
  assert.deepEqual(licenseTerm(`${'MIT AND ('.repeat(50_000)}x`).kind, 'text');
  // Real expressions are still read as expressions.
  assert.deepEqual(licenseTerm('(MIT OR Apache-2.0) AND BSD-3-Clause'), { kind: 'expression', expression: '(MIT OR Apache-2.0) AND BSD-3-Clause', ids: ['MIT', 'Apache-2.0', 'BSD-3-Clause'] });
  assert.ok(isSpdxExpression('GPL-2.0-or-later WITH Classpath-exception-2.0'));
});
