import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { isTrustKitError } from '../../../src/core/errors.js';
import type { ParseInput, RandomAccessFile } from '../../../src/sbom/parser.js';
import { SNIFF_BYTES } from '../../../src/sbom/parser.js';
import { goBinaryParser } from '../../../src/sbom/parsers/go/go-binary.js';
import { compareModuleVersions, LOCAL_DIRECTORY_PROPERTY, REPLACES_PROPERTY } from '../../../src/sbom/parsers/go/module.js';
import { APPROXIMATE_EDGE_COMMENT, APPROXIMATE_EDGE_PROPERTY, INDIRECT_PROPERTY, goModParser, modulePathProblem } from '../../../src/sbom/parsers/go/go-mod.js';
import { SbomParseError } from '../../../src/sbom/errors.js';
import { mutate, prng } from '../mutations.js';
import { pointerFormatElf, pointerFormatMachO } from './go-buildinfo-builder.js';
import { FIXTURES, dependsOnOf, expectedPurls, parseFixture, purlsOf } from './lockfile-fixtures.js';

function textInput(content: string, siblings: Record<string, string> = {}): ParseInput {
  return {
    path: 'go.mod',
    content: Buffer.from(content),
    includeDev: false,
    readSibling: (name) => Promise.resolve(siblings[name] === undefined ? undefined : Buffer.from(siblings[name])),
  };
}

/** A file read through byte ranges, counting what was read. */
function countingFile(content: Buffer): RandomAccessFile & { bytesRead: number } {
  const file = {
    size: content.length,
    bytesRead: 0,
    read(offset: number, length: number) {
      file.bytesRead += length;
      return Promise.resolve(content.subarray(offset, offset + length));
    },
  };
  return file;
}

function binaryInput(path: string, file: RandomAccessFile): ParseInput {
  return { path, content: Buffer.alloc(0), file, includeDev: false, readSibling: () => Promise.resolve(undefined) };
}

async function rejectsWithCode(promise: Promise<unknown>, line?: number): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isTrustKitError(error));
    assert.equal(error.code, 'SBOM_PARSE_FAILED');
    if (line !== undefined) assert.equal((error as unknown as { line: number }).line, line);
    return true;
  });
}

/** The arm64 fixture wrapped as a universal binary: fat_header {0xcafebabe, 1 arch}, fat_arch {CPU_TYPE_ARM64, offset 0x4000, size, align 2^14}, then the slice. */
async function universalBinary(): Promise<Buffer> {
  const thin = gunzipSync(await readFile(join(FIXTURES, 'go-binary', 'hello-darwin-arm64.gz')));
  const header = Buffer.alloc(0x4000);
  header.writeUInt32BE(0xcafebabe, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt32BE(0x0100000c, 8);
  header.writeUInt32BE(0x4000, 16);
  header.writeUInt32BE(thin.length, 20);
  header.writeUInt32BE(14, 24);
  return Buffer.concat([header, thin]);
}

describe('go.mod parser', () => {
  it('refuses a required module path go refuses (malformed module path) at its line, and takes every path go takes', async () => {
    for (const bad of ['../evil', '"ex.com/a b"', 'ex.com/q?x=1', 'localmodule', 'Ex.com/a', 'ex.com//a', 'ex.com/.hidden', 'ex.com/a.', '-ex.com/a', 'ex.com/a/']) {
      await rejectsWithCode(goModParser.parse(textInput(`module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/ok v1.0.0\n\t${bad} v1.0.0\n)\n`)), 7);
    }
    await rejectsWithCode(goModParser.parse(textInput('module example.com/app\n\ngo 1.22\n\nrequire example.com/ok v1.0.0\nreplace example.com/ok => ex.com/q?x=1 v1.0.0\n')), 6);
    for (const good of ['gopkg.in/yaml.v3', 'github.com/Azure/go-autorest/autorest', 'example.com/a_b~c/v2', 'golang.org/x/mod']) {
      assert.equal(modulePathProblem(good), undefined, good);
    }
    // A directory a replacement names is no module path: it stays allowed.
    const local = await goModParser.parse(textInput('module example.com/app\n\ngo 1.22\n\nrequire example.com/ok v1.0.0\nreplace example.com/ok => ../ok\n'));
    assert.equal(local.unknowns?.length ?? 0, 0);
  });

  it('matches syft on go-mod: replace (module-wide and version-specific) wins, exclude dropped, indirect kept', async () => {
    const result = await parseFixture(goModParser, 'go-mod', 'go.mod');
    // Deliberate difference: syft lists the standard library for Go binaries only; we list it for go.mod too (from its go line here).
    assert.deepEqual(purlsOf(result), [...(await expectedPurls('go-mod')), 'pkg:golang/stdlib@1.14']);
    // Deliberate difference: syft does not list the main module; it is our described root.
    assert.equal(result.root?.purl, 'pkg:golang/github.com/anchore/syft');
    const doublestar = result.packages.find((pkg) => pkg.name === 'github.com/bmatcuk/doublestar');
    assert.deepEqual(doublestar?.locations, [{ path: 'go-mod/go.mod', line: 16 }]);
    // Without a module cache no module is known to require the `// indirect` one: the root edge
    // stands in for the unknown path, marked as the approximation it is (on the edge and the package).
    const doublestarEdges = result.relationships.filter((edge) => edge.to.includes('doublestar'));
    assert.deepEqual(doublestarEdges, [
      { from: 'pkg:golang/github.com/anchore/syft', to: 'pkg:golang/github.com/bmatcuk/doublestar@v8.8.8', type: 'depends-on', comment: APPROXIMATE_EDGE_COMMENT },
    ]);
    assert.deepEqual(doublestar?.properties?.slice(0, 2), [
      { name: APPROXIMATE_EDGE_PROPERTY, value: APPROXIMATE_EDGE_COMMENT },
      { name: INDIRECT_PROPERTY, value: 'true' },
    ]);
    const deep = result.relationships.find((edge) => edge.to === 'pkg:golang/github.com/go-test/deep@v1.0.6');
    assert.deepEqual(deep, { from: 'pkg:golang/github.com/anchore/syft', to: 'pkg:golang/github.com/go-test/deep@v1.0.6', type: 'depends-on' });
    // Every package has an edge: nothing floats unrelated.
    const targets = new Set(result.relationships.map((edge) => edge.to));
    assert.deepEqual(result.packages.filter((pkg) => !targets.has(pkg.purl)), []);
  });

  it('lists the rest of a pre-1.17 build list from go.sum: the version whose zip go.sum hashes, the one minimal version selection picked (real go mod tidy)', async () => {
    // go 1.16: go.mod lists only b and d; d requires c v1.0.0, b c v1.1.0. go.sum has c v1.0.0's go.mod line and
    // c v1.1.0's zip; go list -m all: example.com/b v1.0.0, example.com/c v1.1.0, example.com/d v1.0.0.
    const result = await parseFixture(goModParser, 'go-mod-116', 'go.mod');
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/b@v1.0.0', 'pkg:golang/example.com/c@v1.1.0', 'pkg:golang/example.com/d@v1.0.0', 'pkg:golang/stdlib@1.16']);
    const c = result.packages.find((pkg) => pkg.name === 'example.com/c');
    assert.deepEqual(c?.locations, [{ path: 'go-mod-116/go.sum', line: 4 }]);
    assert.deepEqual(c?.properties?.filter((property) => ['trust-kit:golang:h1', INDIRECT_PROPERTY].includes(property.name)).map((property) => property.value), ['h1:BS422I4+Hrf/PpgiUWqieIk/Jg/9rNY+grdWKQ1crn8=', 'true']);
    // From go 1.17, go.mod is the whole build list: go.sum adds nothing.
    const modern = await goModParser.parse(textInput('module example.com/new\n\ngo 1.17\n\nrequire example.com/b v1.0.0\n', { 'go.sum': 'example.com/c v1.1.0 h1:BS422I4+Hrf/PpgiUWqieIk/Jg/9rNY+grdWKQ1crn8=\n' }));
    assert.deepEqual(purlsOf(modern), ['pkg:golang/example.com/b@v1.0.0', 'pkg:golang/stdlib@1.17']);
    // Before it, a replacement's target and an excluded version are not added from go.sum.
    const replaced = await goModParser.parse(textInput('module example.com/old\n\ngo 1.16\n\nrequire example.com/b v1.0.0\nreplace example.com/b => example.com/fork v1.0.1\nexclude example.com/c v1.1.0\n', { 'go.sum': 'example.com/fork v1.0.1 h1:BS422I4+Hrf/PpgiUWqieIk/Jg/9rNY+grdWKQ1crn8=\nexample.com/c v1.1.0 h1:BS422I4+Hrf/PpgiUWqieIk/Jg/9rNY+grdWKQ1crn8=\n' }));
    assert.deepEqual(purlsOf(replaced), ['pkg:golang/example.com/fork@v1.0.1', 'pkg:golang/stdlib@1.16']);
  });

  it('matches syft on go-mod-sum and keeps the h1: hashes of the built (replaced) version from go.sum as h1, not as SHA256 checksums', async () => {
    const result = await parseFixture(goModParser, 'go-mod-sum', 'go.mod');
    assert.deepEqual(purlsOf(result), [...(await expectedPurls('go-mod-sum')), 'pkg:golang/stdlib@1.18']);
    const h1Of = (name: string): string | undefined => {
      const pkg = result.packages.find((candidate) => candidate.name === name);
      assert.deepEqual(pkg?.hashes, []);
      return pkg.properties?.find((property) => property.name === 'trust-kit:golang:h1')?.value;
    };
    assert.equal(h1Of('github.com/acarl005/stripansi'), 'h1:licZJFw2RwpHMqeKTCYkitsPqHNxTmd4SNR5r94FGM8=');
    assert.equal(h1Of('github.com/mgutz/ansi'), 'h1:5PJl274Y63IEHC+7izoQE9x6ikvDFZS2mDVS3drnohI=');
    // go.sum has only the /go.mod line of cyclonedx-go v0.6.0 (the v0.7.0 zip hash is not what was built).
    assert.equal(h1Of('github.com/CycloneDX/cyclonedx-go'), undefined);
  });

  it("agrees with the go1.17 binary's build info on what its go.mod requires", async () => {
    const result = await parseFixture(goModParser, 'go-buildinfo-modinfo', 'go.mod');
    const binaryModules = (await expectedPurls('go-buildinfo-modinfo')).filter((purl) => !purl.startsWith('pkg:golang/stdlib@') && purl !== result.root?.purl);
    // The binary was built by go1.17.x; go.mod says only `go 1.17`, the least release it builds with.
    assert.deepEqual(purlsOf(result), [...binaryModules, 'pkg:golang/stdlib@1.17']);
  });

  it('applies a version-specific replace only to that version and keeps directory replacements by module path', async () => {
    const result = await goModParser.parse(
      textInput(
        [
          'module example.com/app',
          'require (',
          '\texample.com/a v1.0.0',
          '\texample.com/b v2.0.0',
          '\t"example.com/c" v0.1.0 // indirect',
          ')',
          'replace example.com/a v0.9.0 => example.com/a v0.9.1',
          'replace example.com/b => ../b',
          'exclude example.com/c v0.0.1',
        ].join('\n'),
      ),
    );
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/a@v1.0.0', 'pkg:golang/example.com/b', 'pkg:golang/example.com/c@v0.1.0']);
  });

  it('marks a directory replacement with its directory, and names the module a replacement builds in place of (as go list -m all shows them)', async () => {
    // Written by go mod tidy (go 1.21 module): `go list -m all` says
    // `example.com/loc v1.0.0 => ../loc` and `github.com/pkg/errors v0.9.1 => github.com/pkg/errors v0.8.1`.
    const result = await parseFixture(goModParser, 'go-mod-replace', 'app/go.mod');
    const property = (name: string, purl: string): string[] => (result.packages.find((pkg) => pkg.purl === purl)?.properties ?? []).filter((found) => found.name === name).map((found) => found.value);
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/loc', 'pkg:golang/github.com/pkg/errors@v0.8.1', 'pkg:golang/stdlib@1.21']);
    assert.deepEqual(property(LOCAL_DIRECTORY_PROPERTY, 'pkg:golang/example.com/loc'), ['../loc']);
    assert.deepEqual(property(REPLACES_PROPERTY, 'pkg:golang/example.com/loc'), ['example.com/loc v1.0.0']);
    assert.deepEqual(property(REPLACES_PROPERTY, 'pkg:golang/github.com/pkg/errors@v0.8.1'), ['github.com/pkg/errors v0.9.1']);
    assert.deepEqual(property(LOCAL_DIRECTORY_PROPERTY, 'pkg:golang/github.com/pkg/errors@v0.8.1'), []);
  });

  it('builds a module the go.work beside or above go.mod uses from its directory, not at the version go.mod requires', async () => {
    // Written by go work init ./a ./b (go 1.26): go build in a/ builds example.com/b from ./b, and
    // example.com/b v0.1.0 exists nowhere (go list -m all there fails fetching it, as GOWORK=off would).
    const result = await parseFixture(goModParser, 'go-work/a', 'go.mod');
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/b', 'pkg:golang/stdlib@1.21']);
    assert.deepEqual(result.packages.find((pkg) => pkg.purl === 'pkg:golang/example.com/b')?.properties, [
      { name: LOCAL_DIRECTORY_PROPERTY, value: './b' },
      { name: REPLACES_PROPERTY, value: 'example.com/b v0.1.0' },
    ]);
    assert.deepEqual(dependsOnOf(result), ['pkg:golang/example.com/a -> pkg:golang/example.com/b', 'pkg:golang/example.com/a -> pkg:golang/stdlib@1.21']);
  });

  it("applies go.work's own replace lines, over go.mod's, with directories relative to go.work", async () => {
    // Written by go work init ./a and go work edit -replace (go 1.26): go list -m all in a/ prints
    // example.com/dep v1.0.0 => ./dep and example.com/other v1.0.0 => ./other-new (a/go.mod's own => ../other-old loses).
    const result = await parseFixture(goModParser, 'go-work-replace/a', 'go.mod');
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/dep', 'pkg:golang/example.com/other', 'pkg:golang/stdlib@1.21']);
    const properties = (purl: string) => result.packages.find((pkg) => pkg.purl === purl)?.properties;
    assert.deepEqual(properties('pkg:golang/example.com/dep'), [
      { name: LOCAL_DIRECTORY_PROPERTY, value: './dep' },
      { name: REPLACES_PROPERTY, value: 'example.com/dep v1.0.0' },
    ]);
    assert.deepEqual(properties('pkg:golang/example.com/other'), [
      { name: LOCAL_DIRECTORY_PROPERTY, value: './other-new' },
      { name: REPLACES_PROPERTY, value: 'example.com/other v1.0.0' },
    ]);
  });

  it("applies the replace lines of the workspace's other modules' go.mod files, as go list -m all shows them", async () => {
    // Written by go work init ./a ./b (go 1.26): b/go.mod's replace example.com/z => ../z applies to a's
    // requirement example.com/z v1.0.0 too; go list -m all in a/ prints example.com/z v1.0.0 => ./z.
    const result = await parseFixture(goModParser, 'go-work-module-replace/a', 'go.mod');
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/z', 'pkg:golang/stdlib@1.21']);
    assert.deepEqual(result.packages.find((pkg) => pkg.purl === 'pkg:golang/example.com/z')?.properties, [
      { name: LOCAL_DIRECTORY_PROPERTY, value: './z' },
      { name: REPLACES_PROPERTY, value: 'example.com/z v1.0.0' },
    ]);
  });

  it("selects, under a go.work, the highest version any of its modules' go.mod requires, as the workspace's build list does", async () => {
    // Written by go work init ./a ./b and go work edit -replace (go 1.26): a requires example.com/z v1.1.0, b v1.2.0;
    // go list -m all in a/ prints example.com/z v1.2.0 => ./z12, and go run . prints 1.2.
    const result = await parseFixture(goModParser, 'go-work-versions/a', 'go.mod');
    assert.deepEqual(result.packages.find((pkg) => pkg.purl === 'pkg:golang/example.com/z')?.properties, [
      { name: LOCAL_DIRECTORY_PROPERTY, value: './z12' },
      { name: REPLACES_PROPERTY, value: 'example.com/z v1.2.0' },
    ]);
    const raised = await goModParser.parse({ ...textInput('module example.com/a\n\nrequire example.com/x v1.9.0\n', { '../go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n', '../b/go.mod': 'module example.com/b\n\nrequire example.com/x v1.10.0\n' }), path: 'a/go.mod' });
    assert.deepEqual(purlsOf(raised), ['pkg:golang/example.com/x@v1.10.0']);
  });

  it("takes the h1: hash of a module the workspace raises from go.work.sum, where the go command wrote it, and adds no package from it", async () => {
    // Written by go work init ./a ./b and go build ./a ./b (go 1.26): a requires github.com/pkg/errors v0.8.1 (its go.sum
    // has that hash), b v0.9.1 with no go.sum; the build list's v0.9.1 is hashed only in go.work.sum.
    for (const member of ['a', 'b']) {
      const result = await parseFixture(goModParser, `go-work-sum/${member}`, 'go.mod');
      assert.deepEqual(purlsOf(result), ['pkg:golang/github.com/pkg/errors@v0.9.1', 'pkg:golang/stdlib@1.24']);
      assert.deepEqual(result.packages.find((pkg) => pkg.name === 'github.com/pkg/errors')?.properties?.find((property) => property.name === 'trust-kit:golang:h1'), {
        name: 'trust-kit:golang:h1',
        value: 'h1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=',
      });
    }
  });

  it('orders module versions as golang.org/x/mod/semver does', () => {
    const ascending = ['v0.0.0-20191004192108-46f407853014', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-alpha.beta', 'v1.0.0-beta.2', 'v1.0.0-beta.11', 'v1.0.0-rc.1', 'v1.0.0', 'v1.2.0', 'v1.10.0', 'v2.0.0+incompatible', 'v10.0.0'];
    for (let index = 1; index < ascending.length; index += 1) {
      assert.ok(compareModuleVersions(ascending[index - 1] as string, ascending[index] as string) < 0, `${ascending[index - 1]} < ${ascending[index]}`);
      assert.ok(compareModuleVersions(ascending[index] as string, ascending[index - 1] as string) > 0, `${ascending[index]} > ${ascending[index - 1]}`);
    }
    assert.equal(compareModuleVersions('v2.0.0+incompatible', 'v2.0.0'), 0);
  });

  it("lets a go.work replace line of any kind win over go.mod's, and reads a go.work directory's go.mod for edges", async () => {
    const goMod = 'module example.com/a\n\ngo 1.21\n\nrequire (\n\texample.com/x v1.0.0\n\texample.com/y v1.0.0\n)\n\nreplace example.com/x v1.0.0 => example.com/x v1.0.1\n';
    const work = 'go 1.22\n\nuse ./a\n\nreplace example.com/x => example.com/x-fork v1.5.0\n\nreplace example.com/y v1.0.0 => ./y\n';
    const result = await goModParser.parse({ ...textInput(goMod, { '../go.work': work, '../y/go.mod': 'module example.com/y\n\nrequire example.com/x v1.0.0\n' }), path: 'a/go.mod' });
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/x-fork@v1.5.0', 'pkg:golang/example.com/y', 'pkg:golang/stdlib@1.21']);
    assert.ok(dependsOnOf(result).includes('pkg:golang/example.com/y -> pkg:golang/example.com/x-fork@v1.5.0'), dependsOnOf(result).join('\n'));
  });

  it('ignores a go.work that does not use the module, and names a go.work that does not parse', async () => {
    const goMod = 'module example.com/a\n\ngo 1.21\n\nrequire example.com/b v0.1.0\n';
    const elsewhere = await goModParser.parse({ ...textInput(goMod, { '../go.work': 'go 1.21\n\nuse ./b\n', '../b/go.mod': 'module example.com/b\n' }), path: 'a/go.mod' });
    assert.deepEqual(purlsOf(elsewhere), ['pkg:golang/example.com/b@v0.1.0', 'pkg:golang/stdlib@1.21']);
    await assert.rejects(goModParser.parse({ ...textInput(goMod, { '../go.work': 'go 1.21\n\nuse (\n./a\n' }), path: 'a/go.mod' }), (error: unknown) => {
      assert.ok(error instanceof SbomParseError && error.message.includes('go.work') && error.line === 3, String(error));
      return true;
    });
  });

  it('reports malformed go.mod files with their line', async () => {
    await rejectsWithCode(goModParser.parse(textInput('module x\nrequire (\n\ta v1\n')), 2);
    await rejectsWithCode(goModParser.parse(textInput('module x\nreplace a v1 b v2\n')), 2);
    await rejectsWithCode(goModParser.parse(textInput('module x\nrequire "a v1\n')), 2);
    await rejectsWithCode(goModParser.parse(textInput('module x\nreplace a => b\n')), 2);
    // A requirement left outside its block is a directive go does not know ("unknown directive"): refused, not dropped.
    await rejectsWithCode(goModParser.parse(textInput('module example.com/app\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/text v0.14.0\n)\n\tgithub.com/evil/dep v1.2.3\n')), 8);
    // The directives go knows and the SBOM does not list are read past.
    await goModParser.parse(textInput('module x\ngo 1.23\ngodebug default=go1.21\nretract v1.0.0\nignore ./node_modules\n'));
  });
});

describe('Go binary parser', () => {
  const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
  const binaries = ['hello-linux-amd64', 'hello-darwin-arm64', 'hello-windows-386'];

  for (const name of binaries) {
    it(`reads the module build info of a real go1.19 ${name} binary without reading it whole`, async () => {
      const content = gunzipSync(await readFile(join(FIXTURES, 'go-binary', `${name}.gz`)));
      assert.ok(goBinaryParser.sniff?.(content.subarray(0, SNIFF_BYTES)));
      const file = countingFile(content);
      const result = await goBinaryParser.parse(binaryInput(name, file));
      assert.equal(result.root?.purl, 'pkg:golang/example.com/hello');
      assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/greet@v1.2.4', 'pkg:golang/example.com/local', 'pkg:golang/stdlib@1.19.8']);
      const greet = result.packages.find((pkg) => pkg.name === 'example.com/greet');
      // The h1: of the `=>` line (`go version -m` shows it), kept as what it is: not a SHA-256 of any archive.
      assert.deepEqual(greet?.hashes, []);
      assert.equal(greet?.properties?.find((property) => property.name === 'trust-kit:golang:h1')?.value, 'h1:4Vjcn14Br3Ediyf2qH50apAEJ3FR7nkKkBX5O4D1Buk=');
      assert.deepEqual(greet.supplier, { type: 'Organization', name: 'example.com' });
      assert.equal(result.packages.find((pkg) => pkg.name === 'stdlib')?.version, 'go1.19.8');
      // `dep example.com/local v0.0.0` / `=> ./local (devel)`, as go version -m prints it.
      const local = result.packages.find((pkg) => pkg.name === 'example.com/local');
      assert.deepEqual(local?.properties?.filter((property) => property.name.startsWith('trust-kit:golang:')), [
        { name: LOCAL_DIRECTORY_PROPERTY, value: './local' },
        { name: REPLACES_PROPERTY, value: 'example.com/local v0.0.0' },
      ]);
      assert.ok(greet?.properties?.some((property) => property.name === REPLACES_PROPERTY && property.value === 'example.com/greet v1.2.3') === true);
      assert.deepEqual(dependsOnOf(result), [
        'pkg:golang/example.com/hello -> pkg:golang/example.com/greet@v1.2.4',
        'pkg:golang/example.com/hello -> pkg:golang/example.com/local',
        'pkg:golang/example.com/hello -> pkg:golang/stdlib@1.19.8',
      ]);
      assert.ok(file.bytesRead < 100 * 1024, `read ${file.bytesRead} of ${content.length} bytes`);
    });
  }

  it('reads a universal (fat) Mach-O through its architecture slices', async () => {
    const fat = await universalBinary();
    assert.ok(goBinaryParser.sniff?.(fat.subarray(0, SNIFF_BYTES)));
    const result = await goBinaryParser.parse(binaryInput('hello-universal', countingFile(fat)));
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/greet@v1.2.4', 'pkg:golang/example.com/local', 'pkg:golang/stdlib@1.19.8']);
    // A Java class file shares the magic; its version number where the architecture count would be keeps it out.
    assert.equal(goBinaryParser.sniff?.(Buffer.concat([Buffer.from('cafebabe00000041', 'hex'), Buffer.alloc(56)])), false);
  });

  it('reads a universal binary listing 20 architectures (limits.md), and takes one claiming 21 for no executable', async () => {
    const fat = await universalBinary();
    // 19 empty entries (offset 0, skipped) after the real one: 20 listed, as many as the bound allows.
    const listing = (count: number): Buffer => {
      const copy = Buffer.from(fat);
      copy.writeUInt32BE(count, 4);
      return copy;
    };
    assert.ok(goBinaryParser.sniff?.(listing(20).subarray(0, SNIFF_BYTES)));
    assert.deepEqual(purlsOf(await goBinaryParser.parse(binaryInput('universal-20', countingFile(listing(20))))), ['pkg:golang/example.com/greet@v1.2.4', 'pkg:golang/example.com/local', 'pkg:golang/stdlib@1.19.8']);
    assert.equal(goBinaryParser.sniff?.(listing(21).subarray(0, SNIFF_BYTES)), false);
    assert.deepEqual((await goBinaryParser.parse(binaryInput('universal-21', countingFile(listing(21))))).packages, []);
  });

  it('reads the same binary when the catalog hands it over whole', async () => {
    const content = gunzipSync(await readFile(join(FIXTURES, 'go-binary', 'hello-linux-amd64.gz')));
    const result = await goBinaryParser.parse({ path: 'hello', content, includeDev: false, readSibling: () => Promise.resolve(undefined) });
    assert.equal(result.packages.length, 3);
  });

  const modinfoCases: [string, (version: string, modinfo: string) => Buffer][] = [
    ['ELF64 little-endian', (version, modinfo) => pointerFormatElf(version, modinfo, { is64: true, littleEndian: true })],
    ['ELF32 big-endian', (version, modinfo) => pointerFormatElf(version, modinfo, { is64: false, littleEndian: false })],
    ['Mach-O 64', pointerFormatMachO],
  ];
  for (const [container, build] of modinfoCases) {
    it(`matches syft's go-buildinfo-modinfo case in the go1.17 pointer format (${container})`, async () => {
      const modinfo = await readFile(join(FIXTURES, 'go-buildinfo-modinfo', 'modinfo.txt'), 'utf8');
      const binary = build('go1.17', modinfo);
      assert.ok(goBinaryParser.sniff?.(binary.subarray(0, SNIFF_BYTES)));
      const result = await goBinaryParser.parse(binaryInput('test', countingFile(binary)));
      // syft lists the main module (version `(devel)` blanked) as a package; it is our root.
      assert.deepEqual([...purlsOf(result), result.root?.purl].sort(), await expectedPurls('go-buildinfo-modinfo'));
      assert.equal(result.root?.version, '');
      const term = result.packages.find((pkg) => pkg.name === 'golang.org/x/term');
      assert.deepEqual(term?.hashes, []);
      assert.equal(term?.properties?.find((property) => property.name === 'trust-kit:golang:h1')?.value, 'h1:Ihq/mm/suC88gF8WFcVwk+OV6Tq+wyA1O0E5UEvDglI=');
    });
  }

  it('returns build info or an SbomParseError for mutated pointer-format binaries, never anything else', async () => {
    const modinfo = await readFile(join(FIXTURES, 'go-buildinfo-modinfo', 'modinfo.txt'), 'utf8');
    const binaries = modinfoCases.map(([, build]) => build('go1.17', modinfo));
    const random = prng(1917);
    for (let round = 0; round < 600; round += 1) {
      const binary = mutate(binaries[round % binaries.length] as Buffer, random);
      try {
        const result = await goBinaryParser.parse(binaryInput(`mutant-${round}`, countingFile(binary)));
        assert.ok(Array.isArray(result.packages), `round ${round}`);
      } catch (error) {
        assert.ok(error instanceof SbomParseError, `round ${round}: ${String(error)}`);
      }
    }
  });

  it('finds nothing in executables without Go build info, and ignores files that are not executables', async () => {
    const notGo = pointerFormatElf('go1.17', 'path\tx\n', { is64: true, littleEndian: true });
    notGo.fill(0, 0x200, 0x210);
    assert.deepEqual(await goBinaryParser.parse(binaryInput('c-program', countingFile(notGo))), { packages: [], relationships: [] });
    assert.equal(goBinaryParser.sniff?.(Buffer.from('#!/bin/sh\necho hello, this is a script and not a binary at all\n')), false);
    assert.equal(goBinaryParser.matches('go.mod'), false);
  });

  it('walks a Mach-O whose segments claim billions of sections in time linear in its load commands', { timeout: 20_000 }, async () => {
    const commandSize = 72;
    const count = 100_000;
    const binary = Buffer.alloc(32 + count * commandSize);
    binary.writeUInt32LE(0xfeedfacf, 0);
    binary.writeUInt32LE(count, 16);
    binary.writeUInt32LE(count * commandSize, 20);
    for (let index = 0; index < count; index += 1) {
      const at = 32 + index * commandSize;
      binary.writeUInt32LE(0x19, at);
      binary.writeUInt32LE(commandSize, at + 4);
      binary.writeUInt32LE(0xffffffff, at + 64);
    }
    assert.deepEqual(await goBinaryParser.parse(binaryInput('crafted', countingFile(binary))), { packages: [], relationships: [] });
  });

  /** Rejects with an SbomParseError naming the file and saying it is truncated, with the size it was cut to. */
  async function rejectsTruncated(promise: Promise<unknown>, path: string, size: number, what = /.+/): Promise<void> {
    await assert.rejects(promise, (error: unknown) => {
      assert.ok(error instanceof SbomParseError, String(error));
      assert.equal(error.code, 'SBOM_PARSE_FAILED');
      assert.equal(error.path, path);
      const match = /^(.+): truncated: (.+) ends at byte (\d+), (.+)$/.exec(error.message);
      assert.ok(match, error.message);
      assert.equal(match[1], path);
      assert.match(match[2] ?? '', what);
      assert.ok(Number(match[3]) > size, error.message);
      assert.equal(match[4], `file is ${size} bytes`);
      return true;
    });
  }

  /** Offsets to cut each real binary at: inside its first header, inside its header tables, and where the build info lives. */
  function cutsOf(content: Buffer): [string, number][] {
    const header = content.indexOf(BUILDINFO_MAGIC);
    assert.ok(header > 0);
    const tables: [string, number][] = [];
    if (content.readUInt32BE(0) === 0x7f454c46) {
      tables.push(['inside the program header table', Number(content.readBigUInt64LE(0x20)) + 20]);
      tables.push(['inside the section header table', Number(content.readBigUInt64LE(0x28)) + 20]);
    } else if (content.readUInt32LE(0) === 0xfeedfacf) {
      tables.push(['inside the load commands', 32 + 100]);
    } else {
      const pe = content.readUInt32LE(0x3c);
      tables.push(['inside the PE header', pe + 10]);
      tables.push(['inside the section table', pe + 24 + content.readUInt16LE(pe + 20) + 20]);
    }
    return [
      ['inside the first header', 0x30],
      ...tables,
      ['halfway', Math.floor(content.length / 2)],
      ['just before the build info', header],
      ['inside the build info header', header + 16],
      ['inside the build info strings', header + 40],
      ['just past the build info', header + 0x200],
    ];
  }

  for (const name of binaries) {
    it(`reports ${name} cut short anywhere before the end of its build info as truncated, naming the file`, async () => {
      const content = gunzipSync(await readFile(join(FIXTURES, 'go-binary', `${name}.gz`)));
      for (const [where, size] of cutsOf(content)) {
        assert.ok(size > 0 && size < content.length, `${where}: ${size}`);
        await rejectsTruncated(goBinaryParser.parse(binaryInput(`${name}-${where}`, countingFile(content.subarray(0, size)))), `${name}-${where}`, size);
        // The catalog may hand a small file over whole instead of by ranges.
        await rejectsTruncated(goBinaryParser.parse({ path: name, content: content.subarray(0, size), includeDev: false, readSibling: () => Promise.resolve(undefined) }), name, size);
      }
    });

    it(`finds no build info in ${name} with its build info erased, without an error`, async () => {
      const content = Buffer.from(gunzipSync(await readFile(join(FIXTURES, 'go-binary', `${name}.gz`))));
      content.fill(0, content.indexOf(BUILDINFO_MAGIC), content.indexOf(BUILDINFO_MAGIC) + BUILDINFO_MAGIC.length);
      assert.deepEqual(await goBinaryParser.parse(binaryInput(name, countingFile(content))), { packages: [], relationships: [] });
    });
  }

  it('says which table of a truncated ELF file runs past its end, and where', async () => {
    const content = gunzipSync(await readFile(join(FIXTURES, 'go-binary', 'hello-linux-amd64.gz')));
    const shoff = Number(content.readBigUInt64LE(0x28));
    const tableEnd = shoff + content.readUInt16LE(0x3a) * content.readUInt16LE(0x3c);
    await assert.rejects(goBinaryParser.parse(binaryInput('dist/hello', countingFile(content.subarray(0, shoff + 20)))), {
      message: `dist/hello: truncated: section header table ends at byte ${tableEnd}, file is ${shoff + 20} bytes`,
    });
    await rejectsTruncated(goBinaryParser.parse(binaryInput('hello', countingFile(content.subarray(0, 0x30)))), 'hello', 0x30, /^ELF header$/);
    const corrupt = Buffer.from(content);
    corrupt.writeBigUInt64LE(1n << 62n, 0x28);
    await assert.rejects(goBinaryParser.parse(binaryInput('hello', countingFile(corrupt))), { name: 'SbomParseError', message: 'hello: corrupt ELF header: a table offset is above 2^53' });
    // The last loadable segment ends at 0xbe5a0 (`readelf -l`); the page padding after it is no part of the program.
    assert.equal((await goBinaryParser.parse(binaryInput('hello', countingFile(content.subarray(0, 0xbe5a0))))).packages.length, 3);
    await rejectsTruncated(goBinaryParser.parse(binaryInput('hello', countingFile(content.subarray(0, 0xbe5a0 - 1)))), 'hello', 0xbe5a0 - 1, /^loadable segment 4$/);
  });

  it('reports a universal binary cut inside its architecture table or inside a slice as truncated', async () => {
    const fat = await universalBinary();
    await rejectsTruncated(goBinaryParser.parse(binaryInput('universal', countingFile(fat.subarray(0, 0x10)))), 'universal', 0x10, /^universal binary architecture table$/);
    await rejectsTruncated(goBinaryParser.parse(binaryInput('universal', countingFile(fat.subarray(0, 0x3000)))), 'universal', 0x3000, /^architecture slice 0$/);
    const half = Math.floor(fat.length / 2);
    await rejectsTruncated(goBinaryParser.parse(binaryInput('universal', countingFile(fat.subarray(0, half)))), 'universal', half, /^architecture slice 0$/);
    // A slice that claims bytes beyond its own end (the table says it is shorter than its tables): named by its absolute offsets.
    const short = Buffer.from(fat);
    short.writeUInt32BE(0x100, 20);
    await assert.rejects(goBinaryParser.parse(binaryInput('universal', countingFile(short))), (error: unknown) => {
      assert.ok(error instanceof SbomParseError);
      assert.match(error.message, /^universal: truncated: .+ ends at byte \d+, its architecture slice ends at byte 16640$/);
      return true;
    });
    const erased = Buffer.from(fat);
    erased.fill(0, erased.indexOf(BUILDINFO_MAGIC), erased.indexOf(BUILDINFO_MAGIC) + BUILDINFO_MAGIC.length);
    assert.deepEqual(await goBinaryParser.parse(binaryInput('universal', countingFile(erased))), { packages: [], relationships: [] });
  });

  it('reports synthesized ELF32, big-endian ELF and Mach-O binaries cut short as truncated', async () => {
    const modinfo = await readFile(join(FIXTURES, 'go-buildinfo-modinfo', 'modinfo.txt'), 'utf8');
    for (const [container, build] of modinfoCases) {
      const binary = build('go1.17', modinfo);
      for (const size of [0x20, 0x50, 0x210, Math.floor(binary.length / 2), binary.length - 1]) {
        await rejectsTruncated(goBinaryParser.parse(binaryInput(container, countingFile(binary.subarray(0, size)))), container, size);
      }
    }
  });

  it('tells a well-formed Mach-O 32 or PE32+ without build info (no modules) from one cut short (truncated)', async () => {
    // Mach-O 32: header, one LC_SEGMENT __DATA (56 bytes, no sections) mapping file bytes 0x100-0x200.
    const macho = Buffer.alloc(0x200);
    macho.writeUInt32LE(0xfeedface, 0);
    macho.writeUInt32LE(1, 16);
    macho.writeUInt32LE(56, 20);
    macho.writeUInt32LE(0x1, 28);
    macho.writeUInt32LE(56, 32);
    macho.write('__DATA', 36, 'latin1');
    macho.writeUInt32LE(0x1000, 52);
    macho.writeUInt32LE(0x100, 56);
    macho.writeUInt32LE(0x100, 60);
    macho.writeUInt32LE(0x100, 64);
    // PE32+: DOS header pointing at 0x40, COFF header (1 section, 240-byte optional header), one .data section at 0x200-0x400.
    const pe = Buffer.alloc(0x400);
    pe.write('MZ', 0, 'latin1');
    pe.writeUInt32LE(0x40, 0x3c);
    pe.write('PE\0\0', 0x40, 'latin1');
    pe.writeUInt16LE(1, 0x40 + 6);
    pe.writeUInt16LE(240, 0x40 + 20);
    pe.writeUInt16LE(0x20b, 0x40 + 24);
    pe.writeBigUInt64LE(0x140000000n, 0x40 + 24 + 24);
    const section = 0x40 + 24 + 240;
    pe.write('.data', section, 'latin1');
    pe.writeUInt32LE(0x1000, section + 12);
    pe.writeUInt32LE(0x200, section + 16);
    pe.writeUInt32LE(0x200, section + 20);
    pe.writeUInt32LE(0xc0000040, section + 36);
    const cases: [string, Buffer, [number, RegExp][]][] = [
      ['macho32', macho, [[0x10, /^Mach-O header$/], [0x30, /^load command table$/], [0x180, /^segment __DATA$/]]],
      ['pe32plus', pe, [[0x30, /^DOS header$/], [0x50, /^PE header$/], [0x100, /^optional header$/], [section + 20, /^section table$/], [0x300, /^section \.data$/]]],
    ];
    for (const [name, binary, cuts] of cases) {
      assert.deepEqual(await goBinaryParser.parse(binaryInput(name, countingFile(binary))), { packages: [], relationships: [] });
      for (const [size, what] of cuts) await rejectsTruncated(goBinaryParser.parse(binaryInput(name, countingFile(binary.subarray(0, size)))), name, size, what);
    }
  });

  it('reports Go build info it cannot read', async () => {
    const binary = pointerFormatElf('go1.17', 'mod\tx\t(devel)\t\n', { is64: true, littleEndian: true });
    // Point the module info string past the end of the file.
    binary.writeBigUInt64LE(BigInt(0x400000 + binary.length + 100), 0x200 + 0x50);
    await rejectsWithCode(goBinaryParser.parse(binaryInput('broken', countingFile(binary))));
  });
});
