import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secondDownloadOf } from '../../src/checksums/second-download.js';

test('a browser\'s second-download names map back to the listed file that is missing, and nothing else does', () => {
  const missing = new Set(['app.tgz', 'app.tar.gz', 'SHA256SUMS', 'notes (draft).txt']);
  assert.equal(secondDownloadOf('app (1).tgz', missing), 'app.tgz', 'Chrome, Edge');
  assert.equal(secondDownloadOf('app(2).tgz', missing), 'app.tgz', 'Firefox');
  assert.equal(secondDownloadOf('app (1).tar.gz', missing), 'app.tar.gz');
  assert.equal(secondDownloadOf('SHA256SUMS (3)', missing), 'SHA256SUMS');
  // A file named like a second download of something that is there, or listed under another name, is no second download.
  assert.equal(secondDownloadOf('app (1).zip', missing), undefined);
  assert.equal(secondDownloadOf('notes (draft).txt', missing), undefined);
  assert.equal(secondDownloadOf('app (12345).tgz', missing), undefined);
  assert.equal(secondDownloadOf('app.tgz', missing), undefined);
});
