import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeJsonFault, jsonFault, jsonSyntaxProblem, MAX_JSON_DEPTH } from '../../src/core/json.js';
import { assertLinear } from '../support/scaling.js';

test('a key twice in one object is found with the line of the second, whatever the strings around it hold', () => {
  assert.equal(jsonFault('{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}'), undefined, 'the same key in different objects is no fault');
  assert.deepEqual(jsonFault('{\n  "a": 1,\n  "b": "\\"a\\":",\n  "a": 2\n}'), { kind: 'repeated-key', key: 'a', line: 4 });
  assert.deepEqual(jsonFault('{"\\u0061":1,"a":2}'), { kind: 'repeated-key', key: 'a', line: 1 }, 'an escaped spelling is the same key');
  assert.deepEqual(jsonFault('[{"x":[1,{"k":"}"}],"y":0,"y":1}]'), { kind: 'repeated-key', key: 'y', line: 1 });
  assert.equal(describeJsonFault({ kind: 'repeated-key', key: 'a', line: 4 }), 'repeats the key "a" in one object, on line 4');
  assert.equal(describeJsonFault({ kind: 'repeated-key', key: 'a', line: 1 }, false), 'repeats the key "a" in one object');
});

test('nesting past the bound is a fault, found before the memory it takes grows with the text', async () => {
  const nested = (depth: number): string => `${'['.repeat(depth - 1)}{"a":1}${']'.repeat(depth - 1)}`;
  assert.equal(jsonFault(nested(MAX_JSON_DEPTH)), undefined);
  assert.deepEqual(jsonFault(`\n${nested(MAX_JSON_DEPTH + 1)}`), { kind: 'too-deep', line: 2 });
  assert.match(describeJsonFault({ kind: 'too-deep', line: 2 }), new RegExp(`^nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep, on line 2$`));
  // Hostile shapes up to 16 MiB: their cost grows with their length, no faster.
  await assertLinear('objects of escaped strings', (count) => `[${'{"k":"\\\\\\"","l":[]},'.repeat(count)}0]`, (text) => assert.equal(jsonFault(text), undefined), 70_000);
  await assertLinear('an array never closed', (count) => '['.repeat(count), (text) => assert.equal(jsonFault(text)?.kind, 'too-deep'), 1_600_000);
  await assertLinear('a key repeated at the end of many', (count) => `{${Array.from({ length: count }, (_, index) => `"k${index}":0`).join(',')},"k7":1}`, (text) => assert.equal(jsonFault(text)?.kind, 'repeated-key'), 50_000);
});

test('a syntax error names the line, never the text around the bad token: a secret given as a JSON file by mistake is not printed', () => {
  for (const text of ['xSECRET_TOKEN_ABCDEFGHIJ\n', '{\n  "a": 1,\n  bSECRET_TOKEN_ABCDEFGHIJ\n}\n', 'b\n']) {
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught;
    }
    const problem = jsonSyntaxProblem(text, error);
    assert.doesNotMatch(problem, /SECRET|"b/, problem);
    assert.match(problem, /^line \d+: (Unexpected token: not valid JSON|Expected double-quoted property name in JSON at position \d+)$/, problem);
  }
  assert.equal(jsonSyntaxProblem('{"a":', new SyntaxError('Unexpected end of JSON input')), 'line 1: Unexpected end of JSON input');
});
