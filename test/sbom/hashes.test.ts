import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64Hash, hexHash, sriHashes } from '../../src/sbom/hashes.js';

describe('SBOM hashes', () => {
  it('converts Subresource Integrity strings to hex, one per algorithm, sorted', () => {
    const sha512 = 'v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==';
    assert.deepEqual(sriHashes(`sha512-${sha512} sha1-RYPZwyLWfv5LOak10iPtzHBQzPQ=`), [
      { algorithm: 'SHA1', hex: '4583d9c322d67efe4b39a935d223edcc7050ccf4' },
      { algorithm: 'SHA512', hex: Buffer.from(sha512, 'base64').toString('hex') },
    ]);
  });

  it('skips unknown algorithms, wrong lengths and garbage instead of inventing a hash', () => {
    assert.deepEqual(sriHashes('md4-abcd sha512-AAAA sha256-!!!! nonsense'), []);
    assert.equal(base64Hash('SHA256', 'AAAA'), undefined);
    // Longer than any digest: refused whole, never cut to a digest's length.
    for (const bytes of [33, 64, 65, 128, 129, 1000]) assert.equal(base64Hash('SHA256', Buffer.alloc(bytes, 7).toString('base64')), undefined, `${bytes} bytes`);
    assert.equal(base64Hash('SHA512', Buffer.alloc(65, 7).toString('base64')), undefined);
    assert.equal(base64Hash('SHA512', Buffer.alloc(200, 7).toString('base64')), undefined);
    assert.deepEqual(base64Hash('SHA512', Buffer.alloc(64, 7).toString('base64url')), { algorithm: 'SHA512', hex: '07'.repeat(64) });
    assert.equal(hexHash('SHA1', 'xyz'), undefined);
    assert.deepEqual(hexHash('SHA1', '4583D9C322D67EFE4B39A935E223EDCC7050CCF4'), { algorithm: 'SHA1', hex: '4583d9c322d67efe4b39a935e223edcc7050ccf4' });
  });
});
