import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { isTrustKitError } from '../../../src/core/errors.js';
import type { ParseInput, RandomAccessFile } from '../../../src/sbom/parser.js';
import { SNIFF_BYTES } from '../../../src/sbom/parser.js';
import { goBinaryParser } from '../../../src/sbom/parsers/go/go-binary.js';
import { goModParser } from '../../../src/sbom/parsers/go/go-mod.js';
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

describe('go.mod parser', () => {
  it('matches syft on go-mod: replace (module-wide and version-specific) wins, exclude dropped, indirect kept', async () => {
    const result = await parseFixture(goModParser, 'go-mod', 'go.mod');
    assert.deepEqual(purlsOf(result), await expectedPurls('go-mod'));
    // Deliberate difference: syft does not list the main module; it is our described root.
    assert.equal(result.root?.purl, 'pkg:golang/github.com/anchore/syft');
    const doublestar = result.packages.find((pkg) => pkg.name === 'github.com/bmatcuk/doublestar');
    assert.deepEqual(doublestar?.locations, [{ path: 'go-mod/go.mod', line: 16 }]);
    // Only direct requirements are edges from the root: `// indirect` ones are someone else's dependency.
    assert.ok(!dependsOnOf(result).some((edge) => edge.includes('doublestar')));
    assert.ok(dependsOnOf(result).includes('pkg:golang/github.com/anchore/syft -> pkg:golang/github.com/go-test/deep@v1.0.6'));
  });

  it('matches syft on go-mod-sum and takes h1: hashes of the built (replaced) version from go.sum', async () => {
    const result = await parseFixture(goModParser, 'go-mod-sum', 'go.mod');
    assert.deepEqual(purlsOf(result), await expectedPurls('go-mod-sum'));
    const hashOf = (name: string): unknown => result.packages.find((pkg) => pkg.name === name)?.hashes;
    assert.deepEqual(hashOf('github.com/acarl005/stripansi'), [{ algorithm: 'SHA256', hex: Buffer.from('licZJFw2RwpHMqeKTCYkitsPqHNxTmd4SNR5r94FGM8=', 'base64').toString('hex') }]);
    assert.deepEqual(hashOf('github.com/mgutz/ansi'), [{ algorithm: 'SHA256', hex: Buffer.from('5PJl274Y63IEHC+7izoQE9x6ikvDFZS2mDVS3drnohI=', 'base64').toString('hex') }]);
    // go.sum has only the /go.mod line of cyclonedx-go v0.6.0 (the v0.7.0 zip hash is not what was built).
    assert.deepEqual(hashOf('github.com/CycloneDX/cyclonedx-go'), []);
  });

  it("agrees with the go1.17 binary's build info on what its go.mod requires", async () => {
    const result = await parseFixture(goModParser, 'go-buildinfo-modinfo', 'go.mod');
    const binaryModules = (await expectedPurls('go-buildinfo-modinfo')).filter((purl) => !purl.startsWith('pkg:golang/stdlib@') && purl !== result.root?.purl);
    assert.deepEqual(purlsOf(result), binaryModules);
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

  it('reports malformed go.mod files with their line', async () => {
    await rejectsWithCode(goModParser.parse(textInput('module x\nrequire (\n\ta v1\n')), 2);
    await rejectsWithCode(goModParser.parse(textInput('module x\nreplace a v1 b v2\n')), 2);
    await rejectsWithCode(goModParser.parse(textInput('module x\nrequire "a v1\n')), 2);
    await rejectsWithCode(goModParser.parse(textInput('module x\nreplace a => b\n')), 2);
  });
});

describe('Go binary parser', () => {
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
      // The h1: of the `=>` line (`go version -m` shows h1:4Vjcn14Br3Ediyf2qH50apAEJ3FR7nkKkBX5O4D1Buk=).
      assert.deepEqual(greet?.hashes, [{ algorithm: 'SHA256', hex: 'e158dc9f5e01af711d8b27f6a87e746a9004277151ee790a9015f93b80f506e9' }]);
      assert.equal(result.packages.find((pkg) => pkg.name === 'stdlib')?.version, 'go1.19.8');
      assert.deepEqual(dependsOnOf(result), [
        'pkg:golang/example.com/hello -> pkg:golang/example.com/greet@v1.2.4',
        'pkg:golang/example.com/hello -> pkg:golang/example.com/local',
        'pkg:golang/example.com/hello -> pkg:golang/stdlib@1.19.8',
      ]);
      assert.ok(file.bytesRead < 100 * 1024, `read ${file.bytesRead} of ${content.length} bytes`);
    });
  }

  it('reads a universal (fat) Mach-O through its architecture slices', async () => {
    const thin = gunzipSync(await readFile(join(FIXTURES, 'go-binary', 'hello-darwin-arm64.gz')));
    // fat_header {0xcafebabe, 1 arch}, fat_arch {CPU_TYPE_ARM64, subtype, offset 0x4000, size, align 2^14}, then the slice.
    const header = Buffer.alloc(0x4000);
    header.writeUInt32BE(0xcafebabe, 0);
    header.writeUInt32BE(1, 4);
    header.writeUInt32BE(0x0100000c, 8);
    header.writeUInt32BE(0x4000, 16);
    header.writeUInt32BE(thin.length, 20);
    header.writeUInt32BE(14, 24);
    const fat = Buffer.concat([header, thin]);
    assert.ok(goBinaryParser.sniff?.(fat.subarray(0, SNIFF_BYTES)));
    const result = await goBinaryParser.parse(binaryInput('hello-universal', countingFile(fat)));
    assert.deepEqual(purlsOf(result), ['pkg:golang/example.com/greet@v1.2.4', 'pkg:golang/example.com/local', 'pkg:golang/stdlib@1.19.8']);
    // A Java class file shares the magic; its version number where the architecture count would be keeps it out.
    assert.equal(goBinaryParser.sniff?.(Buffer.concat([Buffer.from('cafebabe00000041', 'hex'), Buffer.alloc(56)])), false);
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
      assert.deepEqual(
        result.packages.find((pkg) => pkg.name === 'golang.org/x/term')?.hashes,
        [{ algorithm: 'SHA256', hex: Buffer.from('Ihq/mm/suC88gF8WFcVwk+OV6Tq+wyA1O0E5UEvDglI=', 'base64').toString('hex') }],
      );
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

  it('reports Go build info it cannot read', async () => {
    const binary = pointerFormatElf('go1.17', 'mod\tx\t(devel)\t\n', { is64: true, littleEndian: true });
    // Point the module info string past the end of the file.
    binary.writeBigUInt64LE(BigInt(0x400000 + binary.length + 100), 0x200 + 0x50);
    await rejectsWithCode(goBinaryParser.parse(binaryInput('broken', countingFile(binary))));
  });
});
