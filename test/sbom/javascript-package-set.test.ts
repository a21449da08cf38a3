// The edges a JavaScript lockfile's packages are collected with (src/sbom/parsers/javascript/common.ts):
// each once, in the order first related, a development edge given way to a production one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PackageSet } from '../../src/sbom/parsers/javascript/common.js';

test('a package set relates each edge once, in the order first related, whatever was related in between', () => {
  const set = new PackageSet();
  set.relate('a', 'b');
  set.relate('a', 'c');
  set.relate('x', 'b');
  set.relate('a', 'b');
  set.relate('a', 'a');
  set.relate('x', 'b', 'contains');
  set.relate('x', 'b');
  set.relate('a', 'c', 'dev-depends-on');
  assert.deepEqual(set.allRelationships().map(({ from, to, type }) => `${from} ${type} ${to}`), ['a depends-on b', 'a depends-on c', 'x depends-on b', 'x contains b']);
});

test('a production edge replaces a development edge between the same packages, and a development edge never joins a production one', () => {
  const set = new PackageSet();
  set.relate('root', 'a', 'dev-depends-on');
  set.relate('root', 'b', 'dev-depends-on');
  set.relate('root', 'c');
  set.relate('root', 'a');
  set.relate('root', 'c', 'dev-depends-on');
  set.relate('root', 'a', 'dev-depends-on');
  assert.deepEqual(set.allRelationships().map(({ from, to, type }) => `${from} ${type} ${to}`), ['root dev-depends-on b', 'root depends-on c', 'root depends-on a']);
});
