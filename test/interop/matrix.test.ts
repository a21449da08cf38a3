import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tmpdir } from 'node:os';
import { COLUMNS, MATRIX_CONCURRENCY, ROWS, expectedMark, mark, openMatrix, runCell, type MatrixContext } from './matrix.js';
import { parseInteropDoc } from './report.js';
import { requirePeer, type PeerName } from './tools.js';

// Cells run MATRIX_CONCURRENCY at a time: most of a cell is a peer process starting (sigstore-python ~0.4 s of
// imports, @sigstore/cli ~0.3 s), so two or three overlap on two cores. Rows are produced once (memoised) whoever asks.
describe('interop matrix: what each producer signs, verified by each tool that reads it', { concurrency: MATRIX_CONCURRENCY }, () => {
  let dir: string;
  let context: MatrixContext;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-interop-'));
    context = await openMatrix(dir);
  });
  after(async () => {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const row of ROWS) {
    for (const column of COLUMNS) {
      if (column.applies(row) !== true) continue;
      it(`${row.producer} / ${row.check} -> ${column.name}: ${expectedMark(row, column)}`, async (t) => {
        const needs: PeerName[] = [...(column.peer === undefined ? [] : [column.peer]), ...row.needs];
        for (const need of needs) {
          if (requirePeer(t, need) === undefined) return;
        }
        const cell = await runCell(context, row, column);
        assert.equal(mark(cell), expectedMark(row, column), cell.applies ? cell.detail : cell.note);
      });
    }
  }
});

describe('docs/interop.md', () => {
  it('names the tool versions scripts/install-tools.sh pins (every pinned peer the matrix runs)', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const doc = await readFile(join(root, 'docs', 'interop.md'), 'utf8');
    const script = await readFile(join(root, 'scripts', 'install-tools.sh'), 'utf8');
    const pinned = (name: string): string => /^[A-Z0-9_]+=(\S+)$/m.exec(script.split('\n').find((line) => line.startsWith(`${name}=`)) ?? '')?.[1] ?? `no ${name} in install-tools.sh`;
    assert.match(doc, new RegExp(`^\\| cosign 2 \\| v${pinned('COSIGN2_VERSION')} \\|$`, 'm'));
    assert.match(doc, new RegExp(`^\\| cosign 3 \\| v${pinned('COSIGN3_VERSION')} \\|$`, 'm'));
    assert.match(doc, new RegExp(`^\\| sigstore-python \\| sigstore ${pinned('SIGSTORE_PYTHON_VERSION')} \\|$`, 'm'));
    assert.match(doc, new RegExp(`^\\| gh \\| gh version ${pinned('GH_VERSION')} \\|$`, 'm'));
    assert.match(doc, new RegExp(`^\\| timestamp-server \\| v${pinned('TIMESTAMP_SERVER_VERSION')} \\|$`, 'm'));
    assert.match(doc, new RegExp(`^\\| fulcio \\| v${pinned('FULCIO_VERSION')} \\|$`, 'm'));
  });

  it('shows the matrix as it is now (regenerate with `npm run interop`)', async () => {
    const table = parseInteropDoc(await readFile(join(import.meta.dirname, '..', '..', 'docs', 'interop.md'), 'utf8'));
    assert.deepEqual(table.columns, COLUMNS.map((column) => column.name));
    assert.deepEqual(
      table.rows,
      ROWS.map((row) => ({ producer: row.producer, check: row.check, cells: COLUMNS.map((column) => expectedMark(row, column)) })),
    );
  });
});
