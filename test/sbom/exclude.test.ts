import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excludeMatcher } from '../../src/sbom/catalog.js';

test('exclude patterns have .gitignore\'s shape: names at any depth, anchored paths, * and ? within a segment, ** across', () => {
  const excluded = excludeMatcher(['test', './docs/*.lock', '/a/**/b', '**/x.json', 'fix?ures', 'e.g', 'c/**', 'out/']);
  const cases: [string, boolean][] = [
    ['test', true], ['src/test', true], ['tests', false], ['test.js', false],
    ['docs/yarn.lock', true], ['docs/sub/yarn.lock', false], ['sub/docs/yarn.lock', false],
    ['a/b', true], ['a/c/d/b', true], ['z/a/b', false],
    ['x.json', true], ['q/r/x.json', true],
    ['fixtures', true], ['sub/fixXures', true], ['fixxtures', false],
    ['e.g', true], ['eXg', false],
    ['c', true], ['c/d/e', true], ['dc', false],
  ];
  for (const [path, expected] of cases) assert.equal(excluded(path, false), expected, path);
  // A trailing / matches directories only, as in .gitignore: a file of that name stays.
  assert.equal(excluded('out', true), true);
  assert.equal(excluded('sub/out', true), true);
  assert.equal(excluded('out', false), false);
  assert.equal(excludeMatcher(['package-lock.json/'])('package-lock.json', false), false);
});

test('a hostile pattern (stacked ** and stars) is matched without backtracking blow-up', () => {
  const excluded = excludeMatcher(['**/**/**/**/**/**/**/**/**/**/**/**/**/**/nomatch', `${'*a'.repeat(60)}b`]);
  const deep = Array.from({ length: 300 }, () => 'a'.repeat(250)).join('/');
  assert.equal(excluded(deep, true), false);
  assert.equal(excluded(`${deep}/nomatch`, false), true);
  assert.equal(excluded(`${'a'.repeat(200)}b`, false), true);
});
