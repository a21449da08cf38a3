import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownCode, markdownFence, markdownLink, markdownText } from '../../src/core/markdown.js';

const HOSTILE = ['[x](https://evil.example)', '![](https://evil.example/p.png)', '<img src=x onerror=alert(1)>', 'a `b` c', '``double``', 'a|b', 'line\nbreak\r\n# heading', '*em* _em_ ~~del~~', '&amp; $x$', 'back\\slash'];

test('markdownText: every character that opens a link, image, HTML, entity, emphasis, code, math or a cell is escaped, and no line break is left', () => {
  for (const text of HOSTILE) {
    const shown = markdownText(text);
    assert.doesNotMatch(shown, /[\r\n]/, text);
    // Each special character is preceded by an odd run of backslashes: escaped, never an escaped backslash before a live one.
    for (const match of shown.matchAll(/(\\*)([`*~[\]<>&|$]|(?<![a-z])_|_(?![a-z]))/g)) assert.equal((match[1] ?? '').length % 2, 1, `${text} -> ${shown}`);
  }
  assert.equal(markdownText('[x](https://evil.example) <img> a|b'), '\\[x\\](https\\://evil.example) \\<img\\> a\\|b');
  assert.equal(markdownText('a\nb\u007f'), 'a\u240ab\u2421');
  // A C1 control has no symbol: it is shown as its escape, whose backslash is escaped in turn.
  assert.equal(markdownText('a\u009b2J\u0085b'), 'a\\\\u009b2J\\\\u0085b');
  assert.equal(markdownText('app-1.2.0_linux.tar.gz SIGN_FAILED'), 'app-1.2.0_linux.tar.gz SIGN_FAILED');
  assert.equal(markdownText('_x_ __init__.py'), '\\_x\\_ \\_\\_init\\_\\_.py');
});

test('markdownCode: the span is delimited by more backticks than any run in the text, padded where a backtick or spaces meet the delimiters', () => {
  assert.equal(markdownCode('SHA256SUMS'), '`SHA256SUMS`');
  assert.equal(markdownCode('a `b` c'), '``a `b` c``');
  assert.equal(markdownCode('``x'), '``` ``x ```');
  assert.equal(markdownCode('x`'), '`` x` ``');
  assert.equal(markdownCode(' x '), '`  x  `');
  assert.equal(markdownCode('a|b'), '`a|b`');
  assert.equal(markdownCode('a|b', { inTable: true }), '`a\\|b`');
  assert.equal(markdownCode('line\n# heading'), '`line\u240a# heading`');
  assert.equal(markdownCode('evil\u009b2J.tar.gz', { inTable: true }), '`evil\\u009b2J.tar.gz`');
  assert.equal(markdownCode(''), '');
});

test('line separators and bidirectional controls (Trojan Source) are shown as their escapes, in text and in code spans', () => {
  assert.equal(markdownCode('invoice\u202egpj.exe'), '`invoice\\u202egpj.exe`');
  assert.equal(markdownCode('a\u2028b\u2029c\u2066d\u2069\u061c\u200e\u200f'), '`a\\u2028b\\u2029c\\u2066d\\u2069\\u061c\\u200e\\u200f`');
  assert.equal(markdownText('invoice\u202egpj.exe'), 'invoice\\\\u202egpj.exe');
  assert.equal(markdownText('caf\u00e9 \u05e9\u05dc\u05d5\u05dd'), 'caf\u00e9 \u05e9\u05dc\u05d5\u05dd', 'letters of any script stay');
});

test('markdownFence: at least three backticks, and longer than any run in the lines', () => {
  assert.equal(markdownFence(['echo hi']), '```');
  assert.equal(markdownFence(['x', "gh release verify 'v1````'"]), '`````');
  assert.equal(markdownFence(Array.from({ length: 200_000 }, () => 'a`b')), '```');
});

test('markdownText: bare URLs, www. names and e-mail addresses are no links either (GFM autolinks them at an unescaped :, w or @)', () => {
  assert.equal(markdownText('see https://evil.example/x or ftp://h.example'), 'see https\\://evil.example/x or ftp\\://h.example');
  assert.equal(markdownText('www.evil.example.zip (www.x.example)'), 'www\\.evil.example.zip (www\\.x.example)');
  assert.equal(markdownText('pkg@1.0.0.tgz user_x@evil.example'), 'pkg\\@1.0.0.tgz user_x\\@evil.example');
  // What no autolink reads stays as written: a colon not before //, an @ with nothing like an address around it.
  assert.equal(markdownText('sha256:abc @scope/pkg a @ b'), 'sha256:abc @scope/pkg a @ b');
});

test('markdownLink links trust-kit\'s own http(s) URLs, angle-bracketed so parentheses end nothing, and shows anything else as text', () => {
  assert.equal(markdownLink('https://github.com/o/r/releases/tag/v1', 'https://github.com/o/r/releases/tag/v1'), '[https\\://github.com/o/r/releases/tag/v1](<https://github.com/o/r/releases/tag/v1>)');
  assert.equal(markdownLink('x', 'https://h.example/a)b'), '[x](<https://h.example/a)b>)');
  for (const url of ['javascript:alert(1)', 'https://h.example/<script>', 'https://h.example/a b', 'https://h.example/\nx']) assert.equal(markdownLink('x', url), 'x');
});
