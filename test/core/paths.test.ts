import assert from 'node:assert/strict';
import { dirname, join, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { isPathWithin, pathInside } from '../../src/core/paths.js';

// Built with join and resolve, so that they read the same on Windows, with its separators and drive.
const base = resolve('/srv', 'release');

test('a name that begins with two dots is inside: only a whole .. segment climbs out', () => {
  assert.equal(pathInside(base, join(base, '..data')), '..data');
  assert.equal(pathInside(base, join(base, '..lib', 'package-lock.json')), join('..lib', 'package-lock.json'));
  assert.equal(pathInside(base, join(base, '...')), '...');
  assert.equal(pathInside(base, join(base, 'a', '..b')), join('a', '..b'));
  assert.equal(pathInside(base, join(base, '..data'), { baseItself: true }), '..data');
});

test('the parent, a sibling, a path that climbs out and back elsewhere, and an unrelated absolute path are outside', () => {
  assert.equal(pathInside(base, dirname(base)), undefined);
  assert.equal(pathInside(base, resolve(base, '..', 'other')), undefined);
  assert.equal(pathInside(base, `${base}-old`), undefined, 'a sibling whose name begins with the base name');
  assert.equal(pathInside(base, `${base}..x`), undefined);
  assert.equal(pathInside(base, resolve('/etc', 'passwd')), undefined);
  assert.equal(pathInside(base, resolve(base, '..', '..data')), undefined, "the parent's ..data");
  assert.equal(pathInside(base, dirname(base), { baseItself: true }), undefined);
  assert.equal(pathInside(base, resolve('/etc'), { baseItself: true }), undefined);
});

test('the base itself is outside unless the caller takes it, then it is the empty path', () => {
  assert.equal(pathInside(base, base), undefined);
  assert.equal(pathInside(base, `${base}${sep}`), undefined);
  assert.equal(pathInside(base, join(base, 'a', '..')), undefined);
  assert.equal(pathInside(base, base, { baseItself: true }), '');
  assert.equal(pathInside(base, `${base}${sep}`, { baseItself: true }), '');
});

test('a path in the base that climbs and comes back is read where it leads', () => {
  assert.equal(pathInside(base, join(base, 'a', '..', 'b')), 'b');
  assert.equal(pathInside(base, resolve(base, '..', 'release', 'b')), 'b');
});

test('isPathWithin: the root and what lies below it, ..name included, not its sibling or parent', () => {
  assert.equal(isPathWithin(base, base), true);
  assert.equal(isPathWithin(base, join(base, '..data')), true);
  assert.equal(isPathWithin(base, join(base, 'a', 'b')), true);
  assert.equal(isPathWithin(base, `${base}-old`), false);
  assert.equal(isPathWithin(base, dirname(base)), false);
  assert.equal(isPathWithin(dirname(base), base), true);
});
