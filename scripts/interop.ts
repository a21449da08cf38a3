// `npm run interop`: runs the interoperability matrix (test/interop/matrix.ts) against the loopback Sigstore stack,
// prints it as a table (producer x verifier, ✓ or ✗ with the reason) and writes it to docs/interop.md with the
// tool versions. With a peer tool missing it prints what it could run and leaves docs/interop.md alone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLUMNS, ROWS, columnInstalled, differenceLines, expectedMark, mark, matrixPeers, openMatrix, runCell } from '../test/interop/matrix.js';
import { renderInteropDoc, type MatrixTable } from '../test/interop/report.js';
import { PEERS, missingMessage, peerVersion, isInstalled } from '../test/interop/tools.js';

const DOC = join(import.meta.dirname, '..', 'docs', 'interop.md');

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'trust-kit-interop-'));
  const context = await openMatrix(dir);
  try {
    const versions: Array<[string, string]> = [];
    const peers = matrixPeers().map((name) => PEERS[name]);
    for (const tool of peers) versions.push([tool.name, await peerVersion(tool, dir)]);
    const cells: string[][] = [];
    const surprises: string[] = [];
    for (const row of ROWS) {
      const line: string[] = [];
      for (const column of COLUMNS) {
        const producerInstalled = row.needs.every((name) => isInstalled(PEERS[name]));
        if (!columnInstalled(column) || !producerInstalled) {
          line.push('not run');
          continue;
        }
        try {
          const cell = await runCell(context, row, column);
          line.push(mark(cell));
          if (mark(cell) !== expectedMark(row, column) && cell.applies) {
            surprises.push(`${row.producer} / ${row.check} -> ${column.name}: ${mark(cell)}, expected ${expectedMark(row, column)}: ${cell.detail}`);
          }
        } catch (error) {
          line.push('error');
          surprises.push(`${row.producer} / ${row.check} -> ${column.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      cells.push(line);
    }
    const table: MatrixTable = { columns: COLUMNS.map((c) => c.name), rows: ROWS.map((r, i) => ({ producer: r.producer, check: r.check, cells: cells[i] ?? [] })) };
    const doc = renderInteropDoc(table, versions, differenceLines());
    console.log(doc);
    for (const surprise of surprises) console.error(`interop: unexpected: ${surprise}`);
    const missing = peers.filter((tool) => !isInstalled(tool));
    if (missing.length > 0) {
      for (const tool of missing) console.error(`interop: ${missingMessage(tool)}`);
      console.error('interop: docs/interop.md left unchanged (the matrix is incomplete)');
      return 1;
    }
    await writeFile(DOC, doc);
    console.error('interop: wrote docs/interop.md');
    return surprises.length === 0 ? 0 : 1;
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
