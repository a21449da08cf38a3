/**
 * The hand-written CycloneDX writer against the library-based one it replaced
 * (./cyclonedx-library-reference.ts), byte for byte, in every version trust-kit writes: on every
 * fixture directory, the shared corpus (syft's cases and the big real lockfiles) with and without
 * dev dependencies, image SBOMs, release files and Go binaries, every SPDX license id, hand-made
 * SBOMs full of hostile strings and structure, and seeded random ones.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { isTrustKitError } from '../../src/core/errors.js';
import { CYCLONEDX_VERSIONS, toCycloneDxJson } from '../../src/sbom/formats/cyclonedx.js';
import { imageSbom, type ImageSource, type LayerSource } from '../../src/sbom/image/index.js';
import { generateSbom } from '../../src/sbom/index.js';
import type { ArtifactFile, Package, PackageHashAlgorithm, Relationship, Sbom, Scope } from '../../src/sbom/model.js';
import { tempDir } from '../support/tmp.js';
import { libraryCycloneDxJson } from './cyclonedx-library-reference.js';
import { ALPINE_OS_RELEASE, APK_INSTALLED, buildImage, DEBIAN_OS_RELEASE, dpkgStatus, sha256, type BuiltImage } from './image/fixtures.js';
import { cycloneDxErrors } from './schemas.js';
import { seededRandom } from '../support/random.js';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'test', 'fixtures', 'sbom');
/** The shared corpus beside the repository (see its README files); absent outside the project's machines. */
const CORPUS = join(REPO, '..', 'shared', 'corpus');
const CLOCK = { now: () => new Date('2026-01-02T03:04:05Z') };

/** The writer's text, or the error code it threw. */
function outcome(write: () => string): string {
  try {
    return write();
  } catch (error) {
    if (isTrustKitError(error)) return `error ${error.code}`;
    throw error;
  }
}

/** Where two texts first differ, with a little of each around it: big documents are not printed whole. */
function firstDifference(actual: string, expected: string): string {
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
  const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, at - 120), at + 120));
  return `at character ${at} of ${actual.length} (library: ${expected.length}):\n  writer:  ${around(actual)}\n  library: ${around(expected)}`;
}

/** Asserts the writer's bytes (or error) equal the library-based writer's for every version; the texts written. */
function assertSameAsLibrary(sbom: Sbom, what: string): string[] {
  return CYCLONEDX_VERSIONS.map((version) => {
    const expected = outcome(() => libraryCycloneDxJson(sbom, version));
    const actual = outcome(() => toCycloneDxJson(sbom, version));
    if (actual !== expected) assert.fail(`${what} as CycloneDX ${version} differs ${firstDifference(actual, expected)}`);
    return actual;
  });
}

function directories(parent: string): string[] {
  return readdirSync(parent)
    .filter((name) => statSync(join(parent, name)).isDirectory())
    .sort();
}

/** Every fixture and corpus directory's SBOM, with and without dev dependencies, as both writers write it. */
async function assertDirectories(parent: string, options: { organization?: string } = {}): Promise<number> {
  let compared = 0;
  for (const name of directories(parent)) {
    for (const includeDev of [false, true]) {
      const { sbom } = await generateSbom({ dir: join(parent, name), cwd: REPO, clock: CLOCK, includeDev, ...options });
      assertSameAsLibrary(sbom, `${name}${includeDev ? ' with dev' : ''}`);
      compared++;
    }
  }
  return compared;
}

describe('CycloneDX writer: byte-identical to the library-based writer', () => {
  it('on every fixture directory under test/fixtures/sbom, with and without dev dependencies, with and without an organisation', async () => {
    assert.ok((await assertDirectories(FIXTURES, { organization: 'Acme Corp' })) > 50);
    await assertDirectories(FIXTURES);
  });

  it('with release files, Go binaries among them, and the golden cases\' options', async (t) => {
    const { sbom } = await generateSbom({ dir: join(FIXTURES, 'js-workspace'), cwd: REPO, clock: CLOCK, artifacts: ['test/fixtures/sbom/release'], artifactBase: 'test/fixtures/sbom/release', organization: 'Acme Corp' });
    assert.equal(sbom.files.length, 2);
    assertSameAsLibrary(sbom, 'js-workspace with release files');

    const dir = await tempDir(t, 'trust-kit-cdxdiff-');
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
    await mkdir(join(dir, 'dist'));
    for (const name of ['hello-linux-amd64', 'hello-darwin-arm64', 'hello-windows-386']) {
      await writeFile(join(dir, 'dist', name), gunzipSync(await readFile(join(FIXTURES, 'go-binary', `${name}.gz`))));
      await chmod(join(dir, 'dist', name), 0o755);
    }
    const binaries = (await generateSbom({ dir: '.', cwd: dir, clock: CLOCK, artifacts: ['dist/*'] })).sbom;
    assert.ok(binaries.files.some((file) => (file.contains ?? []).length > 0), 'the binaries contain modules');
    assertSameAsLibrary(binaries, 'Go binaries as release files');
  });

  it('on container image SBOMs (dpkg and apk packages, an oci root)', async () => {
    const debian = buildImage([
      {
        entries: [
          { path: 'etc/os-release', content: DEBIAN_OS_RELEASE },
          { path: 'etc/debian_version', content: '12.8\n' },
          { path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'libc6', version: '2.36-9+deb12u4', source: 'glibc' }, { name: 'zlib1g', version: '1:1.2.13.dfsg-1', source: 'zlib', depends: 'libc6 (>= 2.14)' }]) },
          { path: 'usr/share/doc/libc6/copyright', content: 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: LGPL-2.1+\n' },
        ],
      },
    ]);
    const alpine = buildImage([{ entries: [{ path: 'etc/os-release', content: ALPINE_OS_RELEASE }, { path: 'lib/apk/db/installed', content: APK_INSTALLED }] }]);
    for (const image of [debian, alpine]) {
      const { sbom } = await imageSbom(memorySource(image), { clock: CLOCK });
      assert.ok(sbom.packages.length > 1);
      assertSameAsLibrary(sbom, `image ${sbom.root.purl}`);
    }
  });

  it('on the shared corpus: syft\'s cases and the big real lockfiles, with and without dev dependencies', async (t) => {
    if (!existsSync(CORPUS)) {
      t.skip(`no corpus at ${CORPUS}`);
      return;
    }
    assert.ok((await assertDirectories(join(CORPUS, 'syft-fixtures'))) > 40);
    assert.equal(await assertDirectories(join(CORPUS, 'big-lockfiles'), { organization: 'Acme Corp' }), 12);
  });

  it('on every license id and exception spdx-expression-parse knows, alone, with a `+`, and in expressions', async () => {
    const { ids, exceptions } = spdxLists();
    const licenses = [...ids, ...ids.slice(0, 50).map((id) => `${id}+`), ...exceptions.map((exception) => `GPL-2.0-only WITH ${exception}`), 'MIT OR Apache-2.0', '(MIT AND BSD-3-Clause)', 'LicenseRef-acme', 'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2', ' MIT ', 'mit', 'MIT/X11', 'LLVM-exception', ''];
    const sbom = hostileSbom({ licenses });
    const [text = ''] = assertSameAsLibrary(sbom, 'every license');
    for (const written of ['{"license":{"id":"MIT"}}', '{"license":{"name":"LLVM-exception"}}', '{"expression":"GPL-2.0-only WITH LLVM-exception"}', '{"expression":"LicenseRef-acme"}', '{"license":{"name":"DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"}}', '{"license":{"name":"mit"}}']) {
      assert.ok(text.includes(`"licenses":[${written}]`), written);
    }
  });

  it('on hostile strings everywhere the writer puts one: quotes, backslashes, U+2028, lone surrogates, control characters, non-BMP', async () => {
    const sbom = hostileSbom({});
    const texts = assertSameAsLibrary(sbom, 'hostile strings');
    for (const text of texts) assert.deepEqual(await cycloneDxErrors(text), []);
    assert.match(texts[0] ?? '', /\\ud800/, 'a lone surrogate is escaped');
    assert.match(texts[0] ?? '', /%22quoted%22/, 'an external reference URL is percent-encoded');
    // Empty strings: an empty organisation, tool version, supplier name and email, version and license.
    assertSameAsLibrary({ ...hostileSbom({ licenses: [''] }), organization: '', tool: 'trust-kit-' }, 'empty strings');
    assertSameAsLibrary({ ...sbom, organization: undefined }, 'hostile strings without an organisation');
  });

  it('on hostile structure: containment cycles, a package under two containers, self edges, edges to nothing, the root contained, an unnamed root', () => {
    const sbom = hostileSbom({});
    const [a, b, c, d] = sbom.packages.map((pkg) => pkg.purl) as [string, string, string, string];
    const relationships: Relationship[] = [
      { from: sbom.root.purl, to: a, type: 'contains' },
      { from: a, to: b, type: 'contains' },
      { from: b, to: a, type: 'contains' },
      { from: c, to: b, type: 'contains' },
      { from: b, to: b, type: 'contains' },
      { from: d, to: sbom.root.purl, type: 'contains' },
      { from: a, to: a, type: 'depends-on' },
      { from: a, to: c, type: 'dev-depends-on' },
      { from: a, to: c, type: 'depends-on' },
      { from: c, to: 'pkg:npm/missing@1.0.0', type: 'depends-on' },
      { from: 'pkg:npm/missing@1.0.0', to: c, type: 'depends-on' },
    ];
    assertSameAsLibrary({ ...sbom, relationships }, 'hostile structure');
    const generic: Package = { ...sbom.root, ecosystem: 'generic', purl: 'pkg:generic/project', version: '', name: 'project' };
    assertSameAsLibrary({ ...sbom, root: generic, relationships: [] }, 'a generic root');
    // An empty purl is no bom-ref: the dependency graph then names something that is not one, and both fail their check.
    const [first] = assertSameAsLibrary({ ...sbom, root: { ...sbom.root, purl: '' } }, 'an empty root purl');
    assert.equal(first, 'error SBOM_INVALID_DOCUMENT');
  });

  it('on seeded random SBOMs of hostile characters', () => {
    const random = seededRandom(0x5eed);
    for (let round = 0; round < 150; round++) {
      const text = (): string => Array.from({ length: Math.floor(random() * 6) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      const sbom = hostileSbom({ text, licenses: [text(), 'MIT', text()], count: 1 + Math.floor(random() * 12), random });
      assertSameAsLibrary(sbom, `random SBOM ${round}`);
    }
  });
});

describe('CycloneDX writer: what it relies on', () => {
  it('every license id spdx-expression-parse accepts is in the SPDX enum of the CycloneDX schemas (1.5, 1.6, 1.7), so an id is written as an id', () => {
    const schemas = join(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json'), '..', 'res', 'schema');
    const enumOf = (name: string): Set<string> => new Set((JSON.parse(readFileSync(join(schemas, name), 'utf8')) as { enum: string[] }).enum);
    const known = enumOf('spdx.SNAPSHOT.schema.json');
    for (const version of CYCLONEDX_VERSIONS) {
      const bom = readFileSync(join(schemas, `bom-${version}.SNAPSHOT.schema.json`), 'utf8');
      assert.match(bom, /"\$ref": "spdx\.SNAPSHOT\.schema\.json"/, `CycloneDX ${version} takes license ids from the SPDX schema`);
    }
    const { ids } = spdxLists();
    assert.ok(ids.length > 600);
    assert.deepEqual(ids.filter((id) => !known.has(id)), []);
  });

  it('a malformed hash, or two of one algorithm (never made by the parsers), fails the document\'s check, on a package, the root or a release file, where the library dropped it', () => {
    const sbom = hostileSbom({});
    const bad = [{ algorithm: 'SHA256' as const, hex: 'ABC' }];
    const twice = [{ algorithm: 'SHA256' as const, hex: 'ab'.repeat(32) }, { algorithm: 'SHA256' as const, hex: 'cd'.repeat(32) }];
    const cases: Sbom[] = [
      { ...sbom, packages: sbom.packages.map((pkg, index) => (index === 1 ? { ...pkg, hashes: bad } : pkg)) },
      { ...sbom, packages: sbom.packages.map((pkg, index) => (index === 2 ? { ...pkg, hashes: twice } : pkg)) },
      { ...sbom, root: { ...sbom.root, hashes: bad } },
      { ...sbom, files: [{ name: 'a.tgz', digest: { sha256: 'not hex' }, size: 1 }] },
    ];
    for (const broken of cases) {
      assert.throws(() => toCycloneDxJson(broken, '1.6'), (error: unknown) => isTrustKitError(error) && error.code === 'SBOM_INVALID_DOCUMENT');
    }
  });
});

/** Layer sources over an image's blobs in memory. */
function memorySource(image: BuiltImage): ImageSource {
  const config = JSON.parse(image.config.toString('utf8')) as { rootfs: { diff_ids: string[] } };
  const layers: LayerSource[] = image.layers.map((layer, index) => ({ digest: sha256(layer.stored), diffId: config.rootfs.diff_ids[index] as string, open: () => Promise.resolve(Readable.from([layer.stored])) }));
  return { name: 'oci-dir:test', digest: image.digest, platform: { os: 'linux', architecture: 'amd64' }, layers };
}

/** The license ids (deprecated ones too) and exceptions spdx-expression-parse accepts: its own dependencies' lists. */
function spdxLists(): { ids: string[]; exceptions: string[] } {
  const parser = createRequire(createRequire(import.meta.url).resolve('spdx-expression-parse'));
  return { ids: [...(parser('spdx-license-ids') as string[]), ...(parser('spdx-license-ids/deprecated.json') as string[])], exceptions: parser('spdx-exceptions') as string[] };
}

/** Strings JSON and URLs must carry exactly: quotes, backslashes, line and paragraph separators, lone surrogates, control characters, non-BMP. */
const HOSTILE = ['"quoted"', 'back\\slash\\', 'line\u2028para\u2029', 'lone\ud800high', 'low\udc00lone', 'ctl\u0000\u0001\u001f\u007f\u0085', 'emoji 😀 𝌆', 'tab\tline\nreturn\r', "<a href='x'>{[y]}</a>", 'é ü ß 中文', '\ufeffbom', '</script>'];
const ALPHABET = [...'"\\\u2028\u2029\ud800\udfff\u0000\u001f\u007f <>{}[]\'/@:%#?&=+ aZ09.-_😀é\t\n'];


const SCOPES: Scope[] = ['required', 'optional', 'dev'];
const HASHES: { algorithm: PackageHashAlgorithm; length: number }[] = [
  { algorithm: 'BLAKE2b-256', length: 64 },
  { algorithm: 'MD5', length: 32 },
  { algorithm: 'SHA1', length: 40 },
  { algorithm: 'SHA256', length: 64 },
  { algorithm: 'SHA384', length: 96 },
  { algorithm: 'SHA512', length: 128 },
];

/**
 * An SBOM whose every string field holds hostile text, with every shape the writer handles: npm
 * scopes, empty versions, each license form, suppliers with and without email and author, own
 * properties, several source files, download URLs, each scope and hash, nesting, release files, unknowns.
 */
function hostileSbom(options: { licenses?: string[]; text?: () => string; count?: number; random?: () => number }): Sbom {
  let next = 0;
  const text = options.text ?? ((): string => HOSTILE[next++ % HOSTILE.length] as string);
  const pick = options.random ?? ((): number => (next++ % 7) / 7);
  const licenses = options.licenses ?? ['MIT', 'MIT OR Apache-2.0', 'LicenseRef-x', 'SEE LICENSE IN "LICENSE"\u2028', ...HOSTILE];
  // Each license once, then a few packages without one.
  const count = options.count ?? licenses.length + 6;
  const packages: Package[] = [];
  for (let index = 0; index < count; index++) {
    const scoped = index % 3 === 0;
    const name = scoped ? `@${text()}/${text()}` : `${text()}${index}`;
    const ecosystem = index % 5 === 4 ? 'golang' : 'npm';
    packages.push({
      purl: `pkg:${ecosystem}/${text()}-${index}@${text()}`,
      ecosystem,
      name,
      version: index % 4 === 3 ? '' : text(),
      ...(index < licenses.length ? { license: licenses[index] as string } : {}),
      hashes: HASHES.filter((_, at) => (index + at) % 3 === 0).map(({ algorithm, length }) => ({ algorithm, hex: (index % 16).toString(16).repeat(length) })),
      // No location at all (so maybe no property), one, or three in two files.
      locations: index % 11 === 10 ? [] : [{ path: text() }, ...(index % 2 === 0 ? [{ path: text(), line: index }, { path: 'package-lock.json' }] : [])],
      scope: SCOPES[index % 3] as Scope,
      ...(index % 3 === 1 ? {} : { downloadLocation: `https://registry.example/${text()}?q="quoted" [x]{y}<z>'|^\`\\#a#b\n` }),
      ...(index % 4 === 0 || index % 11 === 10 ? {} : { properties: [{ name: `trust-kit:${text()}`, value: text() }, { name: text(), value: '' }] }),
      ...(index % 5 === 0 ? {} : { supplier: { type: pick() < 0.5 ? 'Person' : 'Organization', name: index % 7 === 6 ? '' : text(), ...(index % 2 === 0 ? { email: index % 8 === 0 ? '' : `${text()}@example.com` } : {}), ...(index % 3 === 0 ? { author: true } : {}) } }),
    });
  }
  packages.sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
  const unique = packages.filter((pkg, index) => index === 0 || packages[index - 1]?.purl !== pkg.purl);
  const root: Package = { purl: `pkg:npm/${text()}-root@1.0.0`, ecosystem: 'npm', name: `@${text()}/root`, version: '1.0.0', license: licenses[0] as string, hashes: [], locations: [{ path: text() }], scope: 'required', supplier: { type: 'Person', name: text(), email: text(), author: true } };
  const relationships: Relationship[] = [];
  unique.forEach((pkg, index) => {
    if (index % 5 === 1) relationships.push({ from: root.purl, to: pkg.purl, type: 'contains' });
    else if (index % 5 === 2 && index > 1) relationships.push({ from: unique[index - 1]?.purl ?? root.purl, to: pkg.purl, type: 'contains' });
    relationships.push({ from: index % 2 === 0 ? root.purl : (unique[Math.floor(pick() * index)]?.purl ?? root.purl), to: pkg.purl, type: index % 4 === 0 ? 'dev-depends-on' : 'depends-on' });
  });
  const files: ArtifactFile[] = [
    { name: `${text()}.tgz`, digest: { sha256: 'ab'.repeat(32) }, size: 1 },
    { name: `bin/${text()}`, digest: { sha256: 'cd'.repeat(32), sha512: 'ef'.repeat(64) }, size: 2, contains: unique.slice(0, 3).map((pkg) => pkg.purl).concat('pkg:npm/not-listed@1') },
  ];
  return {
    root,
    packages: unique,
    relationships,
    unknowns: [
      { path: text(), reason: text() },
      { path: text(), line: 7, reason: text() },
    ],
    files,
    created: new Date('2026-01-02T03:04:05Z'),
    tool: `trust-kit-${text()}`,
    organization: text(),
  };
}
