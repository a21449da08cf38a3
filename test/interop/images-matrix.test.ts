import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { IMAGE_COLUMNS, IMAGE_ROWS, expectedImageMark, openImages, referrerAlteredImage, runImageCell, type ImagesContext } from './images-matrix.js';
import { IDENTITY } from './matrix.js';
import { parseInteropImages } from './report.js';
import { requirePeer, type PeerName } from './tools.js';
import { haveTools } from '../support/oci/registries.js';

describe('interop matrix, images: signed and attested images, verified by trust-kit verify-image and cosign 2 and 3', () => {
  let dir: string;
  let context: ImagesContext | undefined;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-interop-images-'));
  });
  after(async () => {
    await context?.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const row of IMAGE_ROWS) {
    for (const column of IMAGE_COLUMNS) {
      if (row.kind !== column.reads) continue;
      it(`${row.producer} / ${row.check} -> ${column.name}: ${expectedImageMark(row, column)}`, async (t) => {
        if (!haveTools(t, ['referrers-registry'])) return;
        const needs: PeerName[] = [...(column.peer === undefined ? [] : [column.peer]), ...row.needs];
        for (const need of needs) {
          if (requirePeer(t, need) === undefined) return;
        }
        context ??= await openImages(dir);
        const cell = await runImageCell(context, row, column);
        assert.equal(cell.mark, expectedImageMark(row, column), cell.detail);
      });
    }
  }
});

describe('interop, images: a documented difference', () => {
  let dir: string;
  let context: ImagesContext | undefined;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-interop-images-difference-'));
  });
  after(async () => {
    await context?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('an image signed in both formats whose referrer alone is altered: trust-kit verifies its intact .sig, cosign 2 and 3 read the referrer alone and refuse', async (t) => {
    if (!haveTools(t, ['referrers-registry'])) return;
    if (requirePeer(t, 'cosign2') === undefined || requirePeer(t, 'cosign3') === undefined) return;
    context = await openImages(dir);
    const { image, publicKey } = await referrerAlteredImage(context);
    const row = { identity: IDENTITY, keyed: { publicKey, logged: false } };
    const outcomes = new Map<string, string>();
    for (const column of IMAGE_COLUMNS.filter((each) => each.reads === 'signature')) {
      const outcome = await column.verify(context, image, row);
      outcomes.set(column.name, outcome.verified ? `✓ ${outcome.detail}` : `✗ ${outcome.reason}`);
    }
    assert.deepEqual([...outcomes.values()].map((outcome) => outcome.slice(0, 1)), ['✓', '✗', '✗'], JSON.stringify([...outcomes]));
    assert.deepEqual([...outcomes.keys()], ['trust-kit verify-image', 'cosign 2 verify', 'cosign 3 verify']);
    assert.deepEqual([...outcomes.values()].slice(1), ['✗ signature', '✗ signature']);
  });
});

describe('docs/interop.md, images', () => {
  it('shows the image rows as they are now (regenerate with `npm run interop`)', async () => {
    const table = parseInteropImages(await readFile(join(import.meta.dirname, '..', '..', 'docs', 'interop.md'), 'utf8'));
    assert.deepEqual(table.columns, IMAGE_COLUMNS.map((column) => column.name));
    assert.deepEqual(
      table.rows,
      IMAGE_ROWS.map((row) => ({ producer: row.producer, check: row.check, cells: IMAGE_COLUMNS.map((column) => expectedImageMark(row, column)) })),
    );
  });
});
