// `npm run interop`: runs the interoperability matrix (test/interop/matrix.ts) against the loopback Sigstore stack,
// prints it as a table (producer x verifier, ✓ or ✗ with the reason) and writes it to docs/interop.md with the
// tool versions, and the image rows (test/interop/images-matrix.ts) as a second table. With a peer tool missing it prints what it could run and leaves docs/interop.md alone.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLUMNS, ROWS, columnInstalled, differenceLines, expectedMark, mark, matrixPeers, openMatrix, runCell } from '../test/interop/matrix.js';
import { IMAGE_COLUMNS, IMAGE_ROWS, expectedImageMark, openImages, runImageCell, type ImagesContext } from '../test/interop/images-matrix.js';
import { REFERRERS_REGISTRY_BINARY } from '../test/support/oci/registries.js';
import { renderInteropDoc, type MatrixTable } from '../test/interop/report.js';
import { PEERS, missingMessage, peerVersion, isInstalled, type PeerName } from '../test/interop/tools.js';

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
    const images = await imagesTable(join(dir, 'images'), surprises);
    const doc = renderInteropDoc(table, images, versions, differenceLines());
    console.log(doc);
    for (const surprise of surprises) console.error(`interop: unexpected: ${surprise}`);
    const missing = peers.filter((tool) => !isInstalled(tool));
    const noRegistry = !existsSync(REFERRERS_REGISTRY_BINARY);
    if (missing.length > 0 || noRegistry) {
      for (const tool of missing) console.error(`interop: ${missingMessage(tool)}`);
      if (noRegistry) console.error(`interop: ${REFERRERS_REGISTRY_BINARY} is missing: run \`bash scripts/install-tools.sh referrers_registry\` (needs Go)`);
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

/** The image rows, run against their own registry and stack; cells are "not run" where a tool is missing. */
async function imagesTable(dir: string, surprises: string[]): Promise<MatrixTable> {
  await mkdir(dir);
  const installed = (names: readonly (PeerName | undefined)[]): boolean => existsSync(REFERRERS_REGISTRY_BINARY) && names.every((name) => name === undefined || isInstalled(PEERS[name]));
  let context: ImagesContext | undefined;
  try {
    const rows = [];
    for (const row of IMAGE_ROWS) {
      const cells: string[] = [];
      for (const column of IMAGE_COLUMNS) {
        if (expectedImageMark(row, column) === 'n/a') {
          cells.push('n/a');
          continue;
        }
        if (!installed([column.peer, ...row.needs])) {
          cells.push('not run');
          continue;
        }
        try {
          context ??= await openImages(dir);
          const cell = await runImageCell(context, row, column);
          cells.push(cell.mark);
          if (cell.mark !== expectedImageMark(row, column)) surprises.push(`${row.producer} / ${row.check} -> ${column.name}: ${cell.mark}, expected ${expectedImageMark(row, column)}: ${cell.detail}`);
        } catch (error) {
          cells.push('error');
          surprises.push(`${row.producer} / ${row.check} -> ${column.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      rows.push({ producer: row.producer, check: row.check, cells });
    }
    return { columns: IMAGE_COLUMNS.map((column) => column.name), rows };
  } finally {
    await context?.close();
  }
}

process.exitCode = await main();
