import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { isTrustKitError } from '../../src/core/errors.js';
import { catalogDirectory, findLockfiles } from '../../src/sbom/catalog.js';
import { encodeSbom, generateSbom } from '../../src/sbom/index.js';
import type { Sbom } from '../../src/sbom/model.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const GO_BINARIES = join(import.meta.dirname, '..', 'fixtures', 'sbom', 'go-binary');
const CLOCK = { now: () => new Date('2026-01-02T03:04:05Z') };

/** What the fixtures were built from (see test/fixtures/sbom/go-binary/README.md). */
const HELLO = 'pkg:golang/example.com/hello';
const HELLO_MODULES = ['pkg:golang/example.com/greet@v1.2.4', HELLO, 'pkg:golang/example.com/local', 'pkg:golang/stdlib@1.19.8'];

async function fixture(name: string): Promise<Buffer> {
  return gunzipSync(await readFile(join(GO_BINARIES, `${name}.gz`)));
}

/** Writes a file under `dir` (making its folders) with a mode. */
async function place(dir: string, path: string, content: Buffer | string, mode: number): Promise<string> {
  const absolute = join(dir, path);
  await mkdir(join(absolute, '..'), { recursive: true });
  await writeFile(absolute, content);
  await chmod(absolute, mode);
  return absolute;
}

/** A source tree with a package.json root, so the Go modules are never the root. */
async function project(t: TestContext): Promise<string> {
  const dir = await tempDir(t, 'trust-kit-gobin-');
  await place(dir, 'package.json', JSON.stringify({ name: 'app', version: '1.0.0' }), 0o644);
  return dir;
}

function purls(sbom: { packages: readonly { purl: string }[] }): string[] {
  return sbom.packages.map((pkg) => pkg.purl);
}

async function assertValid(sbom: Sbom): Promise<{ spdx: Record<string, unknown>; cdx: Record<string, unknown> }> {
  const spdxText = encodeSbom(sbom, 'spdx-json');
  assert.deepEqual(spdxErrors(spdxText), []);
  const cdxText = encodeSbom(sbom, 'cyclonedx-json');
  assert.deepEqual(await cycloneDxErrors(cdxText), []);
  return { spdx: JSON.parse(spdxText) as Record<string, unknown>, cdx: JSON.parse(cdxText) as Record<string, unknown> };
}

interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: string;
  relatedSpdxElement: string;
}

/** SPDX relationships as `from TYPE to`, with package SPDXIDs replaced by their purls and release artifacts by `./` and their file names. */
function spdxEdges(document: Record<string, unknown>): string[] {
  const names = new Map<string, string>();
  for (const pkg of document.packages as { SPDXID: string; name: string; packageFileName?: string; externalRefs?: { referenceLocator: string }[] }[]) {
    names.set(pkg.SPDXID, pkg.packageFileName === undefined ? (pkg.externalRefs?.[0]?.referenceLocator ?? pkg.name) : `./${pkg.packageFileName}`);
  }
  return (document.relationships as SpdxRelationship[]).map((edge) => `${names.get(edge.spdxElementId) ?? edge.spdxElementId} ${edge.relationshipType} ${names.get(edge.relatedSpdxElement) ?? edge.relatedSpdxElement}`);
}

describe('Go binaries in a source tree', () => {
  it('an executable Go binary lists its modules, contained by the root, valid in SPDX and CycloneDX', async (t) => {
    const dir = await project(t);
    await place(dir, 'bin/hello', await fixture('hello-linux-amd64'), 0o755);
    assert.deepEqual((await findLockfiles(dir)).files.map((found) => [found.path, found.parser.name, found.sniffed]), [['bin/hello', 'go-binary', true]]);

    const { sbom, lockfiles } = await generateSbom({ dir, cwd: dir, clock: CLOCK });
    assert.equal(sbom.root.purl, 'pkg:npm/app@1.0.0');
    assert.deepEqual(purls(sbom), HELLO_MODULES);
    assert.deepEqual(sbom.packages.find((pkg) => pkg.purl === HELLO)?.locations, [{ path: 'bin/hello' }]);
    assert.ok(sbom.relationships.some((edge) => edge.type === 'contains' && edge.from === 'pkg:npm/app@1.0.0' && edge.to === HELLO));
    assert.ok(sbom.relationships.some((edge) => edge.type === 'depends-on' && edge.from === HELLO && edge.to === 'pkg:golang/example.com/greet@v1.2.4'));
    assert.deepEqual(lockfiles.map((summary) => [summary.path, summary.parser, summary.packages, summary.unknowns]), [['bin/hello', 'go-binary', 3, 0]]);
    const { spdx } = await assertValid(sbom);
    assert.ok(spdxEdges(spdx).includes(`pkg:npm/app@1.0.0 CONTAINS ${HELLO}`));
  });

  it('reads a binary through byte ranges, never whole: a 3 GiB (sparse) executable is cataloged', async (t) => {
    const dir = await project(t);
    const path = await place(dir, 'bin/huge', await fixture('hello-linux-amd64'), 0o755);
    // Past Node's 2 GiB limit for reading a file into one buffer: reading it whole would fail.
    await truncate(path, 3 * 1024 ** 3);
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.unknowns, []);
    assert.deepEqual(purls(catalog), HELLO_MODULES);
  });

  it('reads Mach-O and PE binaries too; a .exe, or a shared library (a Go c-shared one is 0644), needs no executable bit', async (t) => {
    const dir = await project(t);
    await place(dir, 'out/hello-darwin', await fixture('hello-darwin-arm64'), 0o755);
    await place(dir, 'out/hello.exe', await fixture('hello-windows-386'), 0o644);
    for (const name of ['libhello.so', 'libhello.so.1.2', 'hello.dll', 'libhello.dylib']) await place(dir, `lib/${name}`, await fixture('hello-linux-amd64'), 0o644);
    assert.deepEqual((await findLockfiles(dir)).files.map((found) => found.path), ['lib/hello.dll', 'lib/libhello.dylib', 'lib/libhello.so', 'lib/libhello.so.1.2', 'out/hello-darwin', 'out/hello.exe']);
    for (const name of ['hello.dll', 'libhello.dylib', 'libhello.so', 'libhello.so.1.2']) await rm(join(dir, 'lib', name));
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(purls(catalog), HELLO_MODULES);
    assert.deepEqual(catalog.packages.find((pkg) => pkg.purl === HELLO)?.locations, [{ path: 'out/hello-darwin' }, { path: 'out/hello.exe' }]);
  });

  it('does not read a binary without the executable bit, one named like source or text, or an executable that is not a Go binary', async (t) => {
    const dir = await project(t);
    const binary = await fixture('hello-linux-amd64');
    await place(dir, 'src/hello', binary, 0o644);
    await place(dir, 'src/hello.json', binary, 0o755);
    await place(dir, 'src/LICENSE', binary, 0o755);
    await place(dir, 'node_modules/.bin/hello', binary, 0o755);
    await place(dir, 'scripts/build', `#!/bin/sh\n${'echo building the project and nothing else here\n'.repeat(4)}`, 0o755);
    // An ELF without Go build info (the Go binary's header on zeros): sniffed, parsed, and found to hold nothing, so not listed.
    await place(dir, 'tools/not-go', Buffer.concat([binary.subarray(0, 64), Buffer.alloc(4096)]), 0o755);
    assert.deepEqual((await findLockfiles(dir)).files.map((found) => [found.path, found.parser.name, found.sniffed]), [['tools/not-go', 'go-binary', true]]);
    const { sbom, lockfiles } = await generateSbom({ dir, cwd: dir, clock: CLOCK });
    assert.deepEqual(purls(sbom), []);
    assert.deepEqual(sbom.unknowns, []);
    assert.deepEqual(lockfiles, []);
  });
});

describe('Go binaries among the release artifacts', () => {
  it('--artifacts lists the binary with its SHA-256 and the modules it contains, generated by the root', async (t) => {
    const dir = await project(t);
    const binary = await fixture('hello-linux-amd64');
    // A release file keeps the mode the build gave it: no executable bit is needed for a file named as an artifact.
    await place(dir, 'dist/hello-linux-amd64', binary, 0o644);
    await place(dir, 'dist/checksums.txt', 'not a binary\n', 0o644);
    // Named like data, as a docs site's thousands of files are: not read for what it contains, as in the tree.
    await place(dir, 'dist/hello.json', binary, 0o755);
    const { sbom, lockfiles } = await generateSbom({ dir: '.', cwd: dir, clock: CLOCK, artifacts: ['dist/*'] });
    assert.deepEqual(purls(sbom), HELLO_MODULES);
    assert.deepEqual(sbom.packages.find((pkg) => pkg.purl === HELLO)?.locations, [{ path: 'dist/hello-linux-amd64' }]);
    assert.deepEqual(
      sbom.files.map((file) => [file.name, file.contains]),
      [
        ['dist/checksums.txt', undefined],
        ['dist/hello-linux-amd64', HELLO_MODULES],
        ['dist/hello.json', undefined],
      ],
    );
    assert.match(sbom.files[1]?.digest.sha256 ?? '', /^[0-9a-f]{64}$/);
    // Not contained by the root's sources: the root generates the file, which contains the modules.
    assert.ok(!sbom.relationships.some((edge) => edge.from === 'pkg:npm/app@1.0.0' && edge.to === HELLO));
    assert.deepEqual(lockfiles.map((summary) => [summary.path, summary.packages]), [['dist/hello-linux-amd64', 3]]);

    const { spdx, cdx } = await assertValid(sbom);
    const edges = spdxEdges(spdx);
    assert.ok(edges.includes('pkg:npm/app@1.0.0 GENERATES ./dist/hello-linux-amd64'));
    for (const purl of HELLO_MODULES) assert.ok(edges.includes(`./dist/hello-linux-amd64 CONTAINS ${purl}`), purl);
    assert.ok(edges.includes(`${HELLO} DEPENDS_ON pkg:golang/example.com/greet@v1.2.4`));
    const dependencies = cdx.dependencies as { ref: string; dependsOn?: string[] }[];
    assert.deepEqual(dependencies.find((entry) => entry.ref === 'file:dist/hello-linux-amd64')?.dependsOn, HELLO_MODULES);
  });

  it('a binary built from the root module itself contains its dependencies, not the root', async (t) => {
    const dir = await tempDir(t, 'trust-kit-gobin-');
    await place(dir, 'go.mod', 'module example.com/hello\n\ngo 1.19\n\nrequire example.com/greet v1.2.3\n', 0o644);
    await place(dir, 'dist/hello', await fixture('hello-linux-amd64'), 0o644);
    const { sbom } = await generateSbom({ dir: '.', cwd: dir, clock: CLOCK, artifacts: ['dist/hello'] });
    assert.equal(sbom.root.purl, HELLO);
    assert.deepEqual(sbom.root.locations, [{ path: 'dist/hello' }, { path: 'go.mod' }]);
    assert.deepEqual(sbom.files[0]?.contains, ['pkg:golang/example.com/greet@v1.2.4', 'pkg:golang/example.com/local', 'pkg:golang/stdlib@1.19.8']);
    await assertValid(sbom);
  });

  it('a truncated or corrupt binary becomes an Unknown with the reason, the rest is still made; --strict fails on it', async (t) => {
    const dir = await project(t);
    const binary = await fixture('hello-linux-amd64');
    const header = binary.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'));
    assert.ok(header > 0);
    await place(dir, 'dist/truncated', binary.subarray(0, header + 40), 0o755);
    const corrupt = Buffer.from(binary);
    // The module info's length varint, made to claim 2^62 bytes.
    corrupt.fill(0xff, header + 32, header + 41);
    await place(dir, 'dist/corrupt', corrupt, 0o755);
    await place(dir, 'dist/hello.exe', await fixture('hello-windows-386'), 0o644);
    const options = { dir, cwd: join(dir, 'dist'), clock: CLOCK, artifacts: ['*'] };
    const { sbom, lockfiles } = await generateSbom(options);
    assert.deepEqual(sbom.unknowns, [
      { path: 'corrupt', reason: 'Go build info: truncated string length' },
      // Its last loadable segment ends at byte 779680 (`readelf -l`): the cut is noticed before the build info is read.
      { path: 'truncated', reason: `truncated: loadable segment 4 ends at byte 779680, file is ${header + 40} bytes` },
    ]);
    assert.deepEqual(purls(sbom), HELLO_MODULES);
    assert.deepEqual(
      sbom.files.map((file) => [file.name, file.contains?.length]),
      [
        ['corrupt', undefined],
        ['hello.exe', 4],
        ['truncated', undefined],
      ],
    );
    assert.deepEqual(lockfiles.map((summary) => [summary.path, summary.unknowns]), [['corrupt', 1], ['hello.exe', 0], ['truncated', 1]]);
    await assertValid(sbom);

    await assert.rejects(generateSbom({ ...options, strict: true }), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_UNKNOWNS');
  });

  it('a release binary of any kind cut halfway (an interrupted download) becomes an Unknown saying so, not a binary without modules', async (t) => {
    const dir = await project(t);
    const names = ['hello-darwin-arm64', 'hello-linux-amd64', 'hello-windows-386'];
    const sizes = new Map<string, number>();
    for (const name of names) {
      const binary = await fixture(name);
      sizes.set(name, Math.floor(binary.length / 2));
      await place(dir, `dist/${name}`, binary.subarray(0, Math.floor(binary.length / 2)), 0o644);
    }
    // A whole copy next to them is still read: one bad artifact does not hide the others.
    await place(dir, 'dist/hello', await fixture('hello-linux-amd64'), 0o644);
    const options = { dir: '.', cwd: dir, clock: CLOCK, artifacts: ['dist/*'] };
    const { sbom, lockfiles } = await generateSbom(options);
    assert.deepEqual(sbom.unknowns.map((unknown) => unknown.path), names.map((name) => `dist/${name}`));
    for (const unknown of sbom.unknowns) {
      assert.match(unknown.reason, new RegExp(`^truncated: .+ ends at byte \\d+, file is ${sizes.get(unknown.path.slice('dist/'.length)) ?? -1} bytes$`));
    }
    assert.deepEqual(purls(sbom), HELLO_MODULES);
    assert.deepEqual(lockfiles.map((summary) => [summary.path, summary.packages, summary.unknowns]), [['dist/hello', 3, 0], ...names.map((name) => [`dist/${name}`, 0, 1])]);
    await assertValid(sbom);
    await assert.rejects(generateSbom({ ...options, strict: true }), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_UNKNOWNS');
  });

  it('trust-kit sbom --artifacts writes the modules into the SBOM', async (t) => {
    const dir = await project(t);
    await place(dir, 'dist/hello', await fixture('hello-darwin-arm64'), 0o755);
    const run = await cli(['sbom', '.', '--artifacts', 'dist/*', '--format', 'spdx-json', '--output', 'sbom.spdx.json'], dir, { SOURCE_DATE_EPOCH: '1767323045' });
    assert.equal(run.code, 0, run.stderr);
    const text = await readFile(join(dir, 'sbom.spdx.json'), 'utf8');
    assert.deepEqual(spdxErrors(text), []);
    const edges = spdxEdges(JSON.parse(text) as Record<string, unknown>);
    for (const purl of HELLO_MODULES) assert.ok(edges.includes(`./dist/hello CONTAINS ${purl}`), purl);
  });
});
