// The job summary shows names it did not choose (artifact and file names, commands with quoted values,
// registry and API answers) as the text they are: never a link, an image, HTML, a new table cell or line.
import assert from 'node:assert/strict';
import type { Artifact } from '../../src/checksums/hash.js';
import { test } from 'node:test';
import { artifactsTable, code, failedReleaseLines, gateLines, MAX_SUMMARY_ROWS, shellBlock } from '../../src/actions/summary.js';

const HEX = 'ab'.repeat(32);

test('artifact names with a link, an image, HTML, a pipe or a line break stay text in their table cell', () => {
  const names = ['[x](https://evil.example)', '![](https://evil.example/p.png)', '<img src=x>', 'a|b', 'a\n| forged | row |'];
  const table = artifactsTable(names.map((name): Artifact => ({ name, path: name, size: 1, hex: HEX, digests: { sha256: HEX } })), 'sha256').split('\n');
  assert.equal(table.length, 2 + names.length, 'one row per artifact, no more');
  assert.deepEqual(table.slice(2), [
    `| \\[x\\](https\\://evil.example) | 1 B | \`${HEX}\` |`,
    `| !\\[\\](https\\://evil.example/p.png) | 1 B | \`${HEX}\` |`,
    `| \\<img src=x\\> | 1 B | \`${HEX}\` |`,
    `| a\\|b | 1 B | \`${HEX}\` |`,
    `| a\u240a\\| forged \\| row \\| | 1 B | \`${HEX}\` |`,
  ]);
});

test('a failed run names files with backticks in code spans they cannot close, and its message in a fence it cannot close', () => {
  const facts = {
    outputDir: 'out`[x](https://evil.example)`',
    produced: ['a`b.tgz', 'SHA256SUMS'],
    failure: { step: 'signing the checksums file', code: 'SIGN_FAILED', message: 'the server said:\n```\n# Signed\n[ok](https://evil.example)', hint: undefined },
    missing: ['the signature'],
  };
  const lines = failedReleaseLines(facts);
  assert.deepEqual(lines.slice(0, 9), [
    '**Failed** while signing the checksums file: `SIGN_FAILED`',
    '',
    '````text',
    'the server said:\n```\n# Signed\n[ok](https://evil.example)',
    '````',
    '',
    "Written to `` out`[x](https://evil.example)` `` (this run's files only): ``a`b.tgz``, `SHA256SUMS`",
    '',
    'Not made: the signature',
  ]);
});

test("the gate's commands keep their quoted values, backticks and pipes inside one code span of one cell", () => {
  const lines = gateLines({ checks: [], commands: [{ what: "gh release verify 'v1`x`|y' --repo octo-org/app", verdict: 'failed', detail: 'exit 1: <b>no</b> | [x](y)' }] });
  assert.equal(lines.at(-2), "| failed | ``gh release verify 'v1`x`\\|y' --repo octo-org/app`` | exit 1: \\<b\\>no\\</b\\> \\| \\[x\\](y) |");
});

test('code spans and shell blocks of the summary outlast the backtick runs of what they show', () => {
  assert.equal(code('ghcr.io/acme/app@sha256:00'), '`ghcr.io/acme/app@sha256:00`');
  assert.equal(code('x```y'), '````x```y````');
  assert.deepEqual(shellBlock(["trust-kit verify-blob 'a\n```\nb'"]), ['````sh', "trust-kit verify-blob 'a\n```\nb'", '````', '']);
});

test('the gate\'s table and the list of files written are cut short past MAX_SUMMARY_ROWS, with the counts of all: GitHub drops a summary past 1 MiB', () => {
  const commands = Array.from({ length: MAX_SUMMARY_ROWS + 100 }, (_, index) => ({ what: `cosign verify-blob 'a${index}'`, verdict: 'passed' as const, detail: 'exit 0' }));
  const lines = gateLines({ checks: [], commands });
  assert.match(lines[0] ?? '', new RegExp(`: ${MAX_SUMMARY_ROWS + 100} passed, 0 failed, 0 not run$`));
  assert.equal(lines.filter((line) => line.startsWith('| passed |')).length, MAX_SUMMARY_ROWS);
  assert.ok(lines.includes('| | and 100 more | the step\'s log lists every one |'));
  const produced = Array.from({ length: MAX_SUMMARY_ROWS + 7 }, (_, index) => `a${index}.sigstore.json`);
  const failed = failedReleaseLines({ outputDir: 'out', produced, failure: { step: 'signing', code: 'X', message: 'm', hint: undefined }, missing: [] }).join('\n');
  assert.match(failed, /`a0\.sigstore\.json`, .*, and 7 more/);
  assert.doesNotMatch(failed, new RegExp(`a${MAX_SUMMARY_ROWS}\\.sigstore`));
});
