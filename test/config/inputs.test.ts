import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checksumsConfig } from '../../src/config/checksums.js';
import { ConfigError, InputReader, actionInputName, cliNamer } from '../../src/config/inputs.js';

test('every bad input is reported at once, named as the surface names it', () => {
  const error = (() => {
    try {
      checksumsConfig({ algorithm: 'md5' }, actionInputName, { base: '.' });
    } catch (caught) {
      return caught;
    }
    return undefined;
  })();
  assert.ok(error instanceof ConfigError);
  assert.equal(error.code, 'CONFIG_INVALID');
  assert.deepEqual(error.issues.map((issue) => issue.input), ['input "subject-path"', 'input "algorithm"']);
  assert.match(error.message, /^2 invalid inputs:\n {2}input "subject-path": .*\n {2}input "algorithm": is "md5"; expected one of sha256, sha512$/);
  assert.throws(() => checksumsConfig({ algorithm: 'md5', 'subject-path': ['x'] }, cliNamer(), { base: '.' }), /--algorithm: is "md5"/);
});

test('an input string is split at newlines and commas; flags and arguments are one value each', () => {
  const reader = new InputReader({ a: ' x,\n y \n\n,z ', b: ['p', 'q,r.tgz', ' '] }, actionInputName);
  assert.deepEqual(reader.list('a'), ['x', 'y', 'z']);
  assert.deepEqual(reader.list('b'), ['p', 'q,r.tgz'], 'a file name may hold a comma; blank arguments are dropped');
  assert.deepEqual(reader.list('missing'), []);
});

test('booleans follow YAML 1.2 core and choices normalise case', () => {
  const reader = new InputReader({ yes: 'True', no: 'false', odd: 'yes', flag: true, algo: 'SHA512', formats: 'spdx-json, cyclonedx-json,spdx-json' }, actionInputName);
  assert.equal(reader.boolean('yes', false), true);
  assert.equal(reader.boolean('no', true), false);
  assert.equal(reader.boolean('flag', false), true);
  assert.equal(reader.boolean('missing', true), true);
  assert.equal(reader.boolean('odd', false), false);
  assert.equal(reader.choice('algo', ['sha256', 'sha512'], 'sha256'), 'sha512');
  assert.deepEqual(reader.choices('formats', ['spdx-json', 'cyclonedx-json'], []), ['spdx-json', 'cyclonedx-json']);
  assert.throws(() => reader.finish(), (error: ConfigError) => error.issues.length === 1 && /input "odd": is "yes"; expected true or false/.test(error.message));
});

test('a comma inside a glob\'s braces or brackets does not split an input; CRLF lines from a Windows-edited workflow are read as lines', () => {
  const reader = new InputReader({ a: 'dist/*.{zip,tar.gz}, docs/[a,b].md\r\n\r\nbin/{x,{y,z}}-*\r\n', b: 'a}b,c', c: 'x{y,z' }, actionInputName);
  assert.deepEqual(reader.list('a'), ['dist/*.{zip,tar.gz}', 'docs/[a,b].md', 'bin/{x,{y,z}}-*']);
  // A brace that closes nothing, or opens what never closes, changes nothing.
  assert.deepEqual(reader.list('b'), ['a}b', 'c']);
  assert.deepEqual(reader.list('c'), ['x{y', 'z']);
});

test('a single value holding a line break is refused, once, however often it is read: a second line would carry a second path into outputs read line by line', () => {
  const reader = new InputReader({ 'output-dir': 'out\n/home/runner/evil', output: 'x\r\n::error::forged', organization: 'Org\u2028Other', fine: '  one value  ' }, actionInputName);
  assert.equal(reader.string('output-dir'), undefined);
  assert.equal(reader.string('output-dir', 'fallback'), 'fallback');
  assert.equal(reader.string('output'), undefined);
  assert.equal(reader.string('organization'), undefined);
  assert.equal(reader.string('fine'), 'one value');
  const error = (() => {
    try {
      reader.finish();
    } catch (caught) {
      return caught;
    }
    return undefined;
  })();
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(
    error.issues.map((issue) => `${issue.input}: ${issue.message}`),
    ['input "output-dir": holds a line break; expected one value on one line', 'input "output": holds a line break; expected one value on one line', 'input "organization": holds a line break; expected one value on one line'],
  );
});

test('a ConfigError lists its first 50 issues and counts the rest, so that 32,000 bad paths give a message of kilobytes (a job summary past 1 MiB is dropped whole); every issue stays in issues', () => {
  const issues = Array.from({ length: 32000 }, (_, index) => ({ input: 'input "subject-path"', message: `p${index} does not exist` }));
  const error = new ConfigError(issues);
  assert.equal(error.issues.length, 32000);
  assert.ok(error.message.startsWith('32000 invalid inputs:\n  input "subject-path": p0 does not exist\n'), error.message.slice(0, 200));
  assert.ok(error.message.includes('p49 does not exist\n  and 31950 more'), error.message.slice(-200));
  assert.ok(!error.message.includes('p50 does not exist'));
  assert.ok(error.message.length < 4000, `${error.message.length} characters`);
});
