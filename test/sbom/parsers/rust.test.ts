import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { promisify } from 'node:util';
import { isTrustKitError } from '../../../src/core/errors.js';
import { catalogDirectory } from '../../../src/sbom/catalog.js';
import { toCycloneDxJson } from '../../../src/sbom/formats/cyclonedx.js';
import { toSpdx } from '../../../src/sbom/formats/spdx.js';
import type { ParseResult } from '../../../src/sbom/model.js';
import type { ParseInput } from '../../../src/sbom/parser.js';
import { cargoLockParser } from '../../../src/sbom/parsers/rust/cargo-lock.js';
import { FIXTURES, dependsOnOf, expectedDependsOn, expectedPurls, parseFixture, purlsOf } from './lockfile-fixtures.js';

const run = promisify(execFile);

/** What cargo metadata says of each crate of test/fixtures/sbom/cargo-build-deps/ws but the workspace's: the strongest kind of any path to it from a member. */
const CARGO_BUILD_DEPS_KINDS: Readonly<Record<string, string>> = { both: 'build', codegen: 'build', mockdata: 'dev', pkgconf: 'build', runtime: 'normal', shared: 'normal', template: 'build', testkit: 'dev', winres: 'build' };

/** A parse result's packages but the workspace's own, each as cargo metadata would name its kind: normal (required), build (build-only) or dev. */
function kindsOf(result: ParseResult): Record<string, string> {
  const own = new Set(['app', 'app-cli', 'build-support']);
  return Object.fromEntries(
    result.packages
      .filter((pkg) => !own.has(pkg.name))
      .map((pkg) => [pkg.name, pkg.scope === 'required' ? 'normal' : pkg.properties?.some((property) => property.name === 'trust-kit:cargo:build-only' && property.value === 'true') === true ? 'build' : pkg.scope]),
  );
}

interface CargoMetadata {
  packages: { id: string; name: string }[];
  workspace_members: string[];
  resolve: { nodes: { id: string; deps: { pkg: string; dep_kinds: { kind: 'dev' | 'build' | null }[] }[] }[] };
}

/** `cargo metadata --format-version 1 --offline --locked` (the lockfile as it is) in a directory, or undefined (the test skipped) where cargo is not installed. */
async function cargoMetadata(t: TestContext, dir: string): Promise<CargoMetadata | undefined> {
  try {
    const { stdout } = await run('cargo', ['metadata', '--format-version', '1', '--offline', '--locked'], { cwd: dir, maxBuffer: 16 * 2 ** 20 });
    return JSON.parse(stdout) as CargoMetadata;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // In CI a missing resolver fails the run, never skips (the machine's Rust toolchain carries cargo).
    if (process.env['CI'] === 'true') assert.fail('cargo is needed to compare with cargo metadata (CI=true): install Rust (rustup)');
    t.skip('cargo is not installed');
    return undefined;
  }
}

/**
 * Each non-member crate's kind as cargo-cyclonedx works it out from cargo metadata: along a path
 * from a workspace member the weakest edge kind (normal > build > dev), over all paths the strongest.
 */
function cargoKinds(metadata: CargoMetadata): Record<string, string> {
  const rank = { dev: 0, build: 1, normal: 2 } as const;
  const names = new Map(metadata.packages.map((pkg) => [pkg.id, pkg.name]));
  const nodes = new Map(metadata.resolve.nodes.map((node) => [node.id, node]));
  const best = new Map<string, number>();
  const queue = metadata.workspace_members.map((id) => ({ id, kind: rank.normal as number }));
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    if ((best.get(at.id) ?? -1) >= at.kind) continue;
    best.set(at.id, at.kind);
    for (const dep of nodes.get(at.id)?.deps ?? []) {
      const kind = Math.max(...dep.dep_kinds.map((info) => rank[info.kind ?? 'normal']));
      queue.push({ id: dep.pkg, kind: Math.min(kind, at.kind) });
    }
  }
  const members = new Set(metadata.workspace_members);
  const byRank = ['dev', 'build', 'normal'];
  return Object.fromEntries([...best].filter(([id]) => !members.has(id)).map(([id, kind]) => [names.get(id) ?? id, byRank[kind] ?? '']).sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1)));
}

function lockInput(lock: string, manifest?: string): ParseInput {
  return {
    path: 'Cargo.lock',
    content: Buffer.from(lock),
    includeDev: false,
    readSibling: (name) => Promise.resolve(name === 'Cargo.toml' && manifest !== undefined ? Buffer.from(manifest) : undefined),
  };
}

describe('Cargo.lock parser', () => {
  it("matches syft's cargo-lock case: packages, checksums and edges disambiguating windows-sys versions", async () => {
    const result = await parseFixture(cargoLockParser, 'cargo-lock', 'Cargo.lock');
    assert.deepEqual(purlsOf(result), await expectedPurls('cargo-lock'));
    // The `bogus` dependency names no locked crate: it is dropped, not invented.
    assert.deepEqual(dependsOnOf(result), await expectedDependsOn('cargo-lock'));
    const errno = result.packages.find((pkg) => pkg.name === 'errno');
    assert.deepEqual(errno?.hashes, [{ algorithm: 'SHA256', hex: '534c5cf6194dfab3db3242765c03bbe257cf92f22b38f6bc0c58d59108a820ba' }]);
    assert.deepEqual(errno?.locations, [{ path: 'cargo-lock/Cargo.lock', line: 12 }]);
    // The crate's archive, not the registry's index.
    assert.equal(errno?.downloadLocation, 'https://crates.io/api/v1/crates/errno/0.3.9/download');
  });

  it('reads v1 [metadata] checksums, git and path sources, and the workspace root from Cargo.toml', async () => {
    const lock = [
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'dependencies = [',
      ' "member 0.2.0",',
      ' "serde 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)",',
      ' "serde 1.0.0 (git+https://github.com/fork/serde?branch=main#abc123)",',
      ']',
      '',
      '[[package]]',
      'name = "member"',
      'version = "0.2.0"',
      '',
      '[[package]]',
      'name = "serde"',
      'version = "1.0.0"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      '',
      '[[package]]',
      'name = "serde"',
      'version = "1.0.0"',
      'source = "git+https://github.com/fork/serde?branch=main#abc123"',
      '',
      '[metadata]',
      `"checksum serde 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)" = "${'ab'.repeat(32)}"`,
    ].join('\n');
    const result = await cargoLockParser.parse(lockInput(lock, '[package]\nname = "app"\nversion = "0.1.0"\nlicense = "MIT OR Apache-2.0"\n'));
    assert.equal(result.root?.purl, 'pkg:cargo/app@0.1.0');
    assert.equal(result.root.license, 'MIT OR Apache-2.0');
    const git = 'pkg:cargo/serde@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Ffork%2Fserde%40abc123';
    assert.deepEqual(purlsOf(result), [git, 'pkg:cargo/member@0.2.0', 'pkg:cargo/serde@1.0.0'].sort());
    assert.deepEqual(result.packages.find((pkg) => pkg.purl === 'pkg:cargo/serde@1.0.0')?.hashes, [{ algorithm: 'SHA256', hex: 'ab'.repeat(32) }]);
    assert.deepEqual(dependsOnOf(result), ['pkg:cargo/app@0.1.0 -> pkg:cargo/member@0.2.0', 'pkg:cargo/app@0.1.0 -> pkg:cargo/serde@1.0.0', `pkg:cargo/app@0.1.0 -> ${git}`].sort());
    assert.ok(result.relationships.some((edge) => edge.type === 'contains' && edge.to === 'pkg:cargo/member@0.2.0'));
  });

  it('resolves a git crate named as Cargo (lockfile v3, v4) writes it in `dependencies`: its source without the locked commit', async () => {
    // Written by cargo 1.95 (cargo generate-lockfile): cfg-if from crates.io and a fork of it from git, at one version.
    const lock = [
      'version = 4',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'dependencies = [',
      ' "cfg-if 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)",',
      ' "cfg-if 1.0.0 (git+https://github.com/fork/cfg-if?branch=main)",',
      ']',
      '',
      '[[package]]',
      'name = "cfg-if"',
      'version = "1.0.0"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      `checksum = "${'ba'.repeat(32)}"`,
      '',
      '[[package]]',
      'name = "cfg-if"',
      'version = "1.0.0"',
      'source = "git+https://github.com/fork/cfg-if?branch=main#bfccbc3d3e2bb7d6527b53f3631d13063774af83"',
      '',
    ].join('\n');
    const result = await cargoLockParser.parse(lockInput(lock, '[package]\nname = "app"\nversion = "0.1.0"\n'));
    const git = `pkg:cargo/cfg-if@1.0.0?vcs_url=${encodeURIComponent('git+https://github.com/fork/cfg-if@bfccbc3d3e2bb7d6527b53f3631d13063774af83')}`;
    assert.deepEqual(dependsOnOf(result), ['pkg:cargo/app@0.1.0 -> pkg:cargo/cfg-if@1.0.0', `pkg:cargo/app@0.1.0 -> ${git}`].sort());
    assert.deepEqual(result.unknowns ?? [], []);
  });

  it('downloads crates.io crates from their download endpoint, git crates from the locked commit, and knows no URL for other registries', async () => {
    const crate = (name: string, source: string): string => `[[package]]\nname = "${name}"\nversion = "1.0.0"\nsource = "${source}"\n`;
    const lock = [
      crate('sparse', 'sparse+https://index.crates.io/'),
      crate('git-dep', 'git+https://github.com/fork/git-dep?rev=abc#abc123'),
      crate('private', 'registry+https://my-registry.example/index'),
    ].join('\n');
    const result = await cargoLockParser.parse(lockInput(lock));
    const download = (name: string): string | undefined => result.packages.find((pkg) => pkg.name === name)?.downloadLocation;
    assert.equal(download('sparse'), 'https://crates.io/api/v1/crates/sparse/1.0.0/download');
    assert.equal(download('git-dep'), 'git+https://github.com/fork/git-dep#abc123');
    assert.equal(download('private'), undefined);
  });

  it('names the owner of a git source as its supplier, marked as derived, and no supplier where Cargo.lock names none', async () => {
    const crate = (name: string, source: string): string => `[[package]]\nname = "${name}"\nversion = "1.0.0"\nsource = "${source}"\n`;
    const lock = [
      crate('git-dep', 'git+https://github.com/fork/git-dep?rev=abc#abc123'),
      crate('self-hosted', 'git+ssh://git@git.example.org/team/repo#abc123'),
      crate('registry', 'registry+https://github.com/rust-lang/crates.io-index'),
    ].join('\n');
    const result = await cargoLockParser.parse(lockInput(lock));
    const byName = (name: string) => result.packages.find((pkg) => pkg.name === name);
    assert.deepEqual(byName('git-dep')?.supplier, { type: 'Organization', name: 'github.com/fork' });
    assert.deepEqual(byName('git-dep')?.properties?.map((property) => property.name), ['trust-kit:supplier-from']);
    assert.deepEqual(byName('self-hosted')?.supplier, { type: 'Organization', name: 'git.example.org' });
    // Cargo.lock records no authors for registry crates: no supplier rather than an invented one.
    assert.equal(byName('registry')?.supplier, undefined);
  });

  it('reports a dependency no [[package]] entry is (a lockfile cut short or edited, which cargo metadata --locked refuses) as an unknown at its crate\'s line, not dropped', async () => {
    const lock = 'version = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "itoa",\n "ryu 1.0.0",\n]\n\n[[package]]\nname = "ryu"\nversion = "1.0.0"\n';
    const result = await cargoLockParser.parse(lockInput(lock, '[package]\nname = "app"\nversion = "0.1.0"\n'));
    assert.deepEqual(result.unknowns, [{ path: 'Cargo.lock', line: 3, reason: 'app 0.1.0 depends on itoa, which no [[package]] entry of the lockfile is: it is cut short or was edited, and what it lacks is not listed (run cargo generate-lockfile)' }]);
    assert.deepEqual(result.packages.map((pkg) => pkg.name), ['ryu']);
  });

  it('reports a crate locked twice (a merge gone wrong; cargo refuses the lockfile) as an unknown at the second entry, saying when its checksum differs: one of the two digests was kept in silence', async () => {
    const entry = (checksum: string): string => `[[package]]\nname = "itoa"\nversion = "1.0.9"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${checksum}"\n`;
    const lock = (second: string): string => `version = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "itoa",\n]\n\n${entry('af'.repeat(32))}\n${entry(second)}`;
    const manifest = '[package]\nname = "app"\nversion = "0.1.0"\n';
    const differing = await cargoLockParser.parse(lockInput(lock('00'.repeat(32)), manifest));
    assert.deepEqual(differing.unknowns, [{ path: 'Cargo.lock', line: 16, reason: 'itoa 1.0.9 is locked again here (first at line 10), with another checksum, of which the SBOM records the first: cargo refuses a lockfile that specifies a package twice (run cargo generate-lockfile)' }]);
    assert.deepEqual(differing.packages.map((pkg) => pkg.hashes.map((hash) => hash.hex)), [['af'.repeat(32)]]);
    const same = await cargoLockParser.parse(lockInput(lock('af'.repeat(32)), manifest));
    assert.deepEqual(same.unknowns?.map((unknown) => unknown.reason), ['itoa 1.0.9 is locked again here (first at line 10): cargo refuses a lockfile that specifies a package twice (run cargo generate-lockfile)']);
  });

  it('reports the path crates of a virtual workspace (no root in Cargo.toml) as its members', async () => {
    const lock = '[[package]]\nname = "b"\nversion = "0.1.0"\n\n[[package]]\nname = "a"\nversion = "0.1.0"\ndependencies = ["b"]\n';
    const result = await cargoLockParser.parse(lockInput(lock, '[workspace]\nmembers = ["a", "b"]\n'));
    assert.equal(result.root, undefined);
    assert.deepEqual(result.members, ['pkg:cargo/a@0.1.0', 'pkg:cargo/b@0.1.0']);
  });

  it('gives path crates outside the workspace their path, not a crates.io purl, and does not count them as its members (real cargo lock)', async () => {
    // ws/Cargo.toml: `telemetry = { path = "../other" }`; its member crates/util: `helper = { path = "../../../vendored-outside", package = "outside-helper" }`.
    const result = await parseFixture(cargoLockParser, 'cargo-path-deps/ws', 'Cargo.lock');
    const telemetry = 'pkg:cargo/telemetry@0.1.0?download_url=..%2Fother';
    const helper = 'pkg:cargo/outside-helper@1.0.0?download_url=..%2Fvendored-outside';
    assert.equal(result.root?.purl, 'pkg:cargo/app@0.1.0');
    assert.deepEqual(purlsOf(result), [helper, telemetry, 'pkg:cargo/util@0.2.0'].sort());
    // Local crates: no registry download location.
    assert.deepEqual(result.packages.map((pkg) => pkg.downloadLocation), [undefined, undefined, undefined]);
    const contained = result.relationships.filter((edge) => edge.type === 'contains').map((edge) => edge.to);
    assert.deepEqual(contained, ['pkg:cargo/util@0.2.0']);
    assert.deepEqual(dependsOnOf(result), [`pkg:cargo/app@0.1.0 -> ${telemetry}`, 'pkg:cargo/app@0.1.0 -> pkg:cargo/util@0.2.0', `pkg:cargo/util@0.2.0 -> ${helper}`].sort());
  });

  it('finds path crates outside a virtual workspace in [workspace.dependencies] and [patch], and keeps a member of the same name at its own version', async () => {
    const crate = (name: string, version: string, source?: string): string => `[[package]]\nname = "${name}"\nversion = "${version}"\n${source === undefined ? '' : `source = "${source}"\n`}`;
    const lock = [crate('a', '0.1.0'), crate('shared', '2.0.0'), crate('serde', '1.0.0'), crate('log', '0.4.0', 'registry+https://github.com/rust-lang/crates.io-index'), crate('shared', '0.1.0')].join('\n');
    const manifest = [
      '[workspace]',
      'members = ["a", "crates/*"]',
      '[workspace.dependencies]',
      'shared = { path = "../shared" }',
      '[patch.crates-io]',
      'serde = { path = "/opt/forks/serde" }',
    ].join('\n');
    const files: Record<string, string> = { 'Cargo.toml': manifest, 'a/Cargo.toml': '[package]\nname = "a"\nversion = "0.1.0"\n[dependencies]\nshared = { workspace = true }\ninner = { path = "../in/shared" }\n', 'in/shared/Cargo.toml': '[package]\nname = "shared"\nversion = "0.1.0"\n' };
    const result = await cargoLockParser.parse({ path: 'Cargo.lock', content: Buffer.from(lock), includeDev: false, readSibling: (name) => Promise.resolve(files[name] === undefined ? undefined : Buffer.from(files[name])) });
    assert.equal(result.root, undefined);
    assert.deepEqual(result.members, ['pkg:cargo/a@0.1.0', 'pkg:cargo/shared@0.1.0']);
    assert.deepEqual(purlsOf(result), ['pkg:cargo/a@0.1.0', 'pkg:cargo/log@0.4.0', 'pkg:cargo/serde@1.0.0?download_url=%2Fopt%2Fforks%2Fserde', 'pkg:cargo/shared@0.1.0', 'pkg:cargo/shared@2.0.0?download_url=..%2Fshared'].sort());
  });

  it("gives a [patch] path crate inside the tree its path, not crates.io's purl, and does not count it as a member, as cargo metadata does (real cargo lock)", async () => {
    // cargo metadata --format-version 1 on this tree: workspace_members are app, libs/foo (a path dependency: a member) and tu; patches/itoa is not.
    const result = await parseFixture(cargoLockParser, 'cargo-patch-path', 'Cargo.lock', true);
    const itoa = 'pkg:cargo/itoa@1.0.11?download_url=patches%2Fitoa';
    assert.equal(result.root, undefined);
    assert.deepEqual(result.members, ['pkg:cargo/app@0.1.0', 'pkg:cargo/foo@0.2.0', 'pkg:cargo/tu@0.1.0']);
    assert.deepEqual(purlsOf(result), ['pkg:cargo/app@0.1.0', 'pkg:cargo/foo@0.2.0', itoa, 'pkg:cargo/tu@0.1.0']);
    assert.deepEqual(dependsOnOf(result), ['pkg:cargo/app@0.1.0 -> pkg:cargo/foo@0.2.0', `pkg:cargo/app@0.1.0 -> ${itoa}`]);
  });

  it('expands members globs (* and ? within a segment) through the directories the catalog lists, and reads nothing where it lists none', async () => {
    const lock = ['a', 'b', 'x-1', 'far'].map((name) => `[[package]]\nname = "${name}"\nversion = "0.1.0"\n`).join('\n');
    const files: Record<string, string> = {
      'Cargo.toml': '[workspace]\nmembers = ["crates/*", "tools/x-?"]\n',
      'crates/a/Cargo.toml': '[package]\nname = "a"\nversion = "0.1.0"\n',
      'crates/b/Cargo.toml': '[package]\nname = "b"\nversion = "0.1.0"\n[dependencies]\nfar = { path = "../../../far" }\n',
      'tools/x-1/Cargo.toml': '[package]\nname = "x-1"\nversion = "0.1.0"\n',
    };
    const directories: Record<string, string[]> = { '.': ['crates', 'tools'], crates: ['a', 'b'], tools: ['x-1', 'x-10'] };
    const input = {
      path: 'Cargo.lock',
      content: Buffer.from(lock),
      includeDev: false,
      readSibling: (name: string) => Promise.resolve(files[name] === undefined ? undefined : Buffer.from(files[name])),
      listSiblingDirectories: (name: string) => Promise.resolve(directories[name]),
    };
    const result = await cargoLockParser.parse(input);
    assert.deepEqual(result.members, ['pkg:cargo/a@0.1.0', 'pkg:cargo/b@0.1.0', 'pkg:cargo/x-1@0.1.0']);
    assert.ok(purlsOf(result).includes('pkg:cargo/far@0.1.0?download_url=..%2Ffar'), purlsOf(result).join(' '));
    // Without a lister (a lockfile read from an image), the glob's members are not read: far counts as a member.
    const { listSiblingDirectories: _unused, ...unlisted } = input;
    assert.ok((await cargoLockParser.parse(unlisted)).members?.includes('pkg:cargo/far@0.1.0'));
  });

  it("tells a workspace crate's dev-dependencies (what only they reach is dev) from its normal and build ones, as cargo tree -e normal does", async () => {
    // Written by cargo generate-lockfile; cargo tree -e normal in ws/ shows runtime > shared, -e build gen, -e dev testkit and unixtest.
    const path = (name: string, version: string): string => `pkg:cargo/${name}@${version}?download_url=..%2F${name}`;
    const without = await parseFixture(cargoLockParser, 'cargo-dev-deps/ws', 'Cargo.lock');
    assert.deepEqual(purlsOf(without), [path('runtime', '1.0.0'), path('shared', '0.5.0')]);
    assert.ok(without.packages.every((pkg) => pkg.scope === 'required'));
    assert.deepEqual(dependsOnOf(without), [`pkg:cargo/app@0.1.0 -> ${path('runtime', '1.0.0')}`, `${path('runtime', '1.0.0')} -> ${path('shared', '0.5.0')}`]);
    const withDev = await parseFixture(cargoLockParser, 'cargo-dev-deps/ws', 'Cargo.lock', true);
    const scopes = Object.fromEntries(withDev.packages.map((pkg) => [pkg.name, pkg.scope]));
    assert.deepEqual(scopes, { gen: 'dev', mockdata: 'dev', runtime: 'required', shared: 'required', testkit: 'dev', unixtest: 'dev' });
    const devEdges = withDev.relationships.filter((edge) => edge.type === 'dev-depends-on').map((edge) => `${edge.from} -> ${edge.to}`);
    assert.deepEqual(devEdges, [`pkg:cargo/app@0.1.0 -> ${path('testkit', '0.9.0')}`, `pkg:cargo/app@0.1.0 -> ${path('unixtest', '0.2.0')}`]);
    assert.ok(dependsOnOf(withDev).includes(`${path('testkit', '0.9.0')} -> ${path('shared', '0.5.0')}`));
  });

  it("leaves out what only a workspace crate's [build-dependencies] reach, as cargo metadata's dep kinds say, and with dev dependencies lists it as build-only with BUILD_DEPENDENCY_OF edges (real cargo lock)", async () => {
    // Written by cargo generate-lockfile; the kinds `cargo metadata` gives (see cargoKinds below, and the next test, which runs it).
    const without = await parseFixture(cargoLockParser, 'cargo-build-deps/ws', 'Cargo.lock');
    assert.deepEqual(without.packages.map((pkg) => pkg.name), ['app-cli', 'build-support', 'pkgconf', 'runtime', 'shared']);
    assert.ok(without.packages.every((pkg) => pkg.scope === 'required' && pkg.properties === undefined));
    assert.ok(without.relationships.every((edge) => edge.type === 'depends-on' || edge.type === 'contains'));
    const withDev = await parseFixture(cargoLockParser, 'cargo-build-deps/ws', 'Cargo.lock', true);
    assert.deepEqual(kindsOf(withDev), { ...CARGO_BUILD_DEPS_KINDS, pkgconf: 'normal' });
    const edge = (type: string, from: string, to: string): string => `${type} ${from} -> ${to}`;
    const purl = (name: string, version: string): string => `pkg:cargo/${name}@${version}?download_url=..%2F${name}`;
    const fromApp = withDev.relationships.filter((relationship) => relationship.from === 'pkg:cargo/app@0.1.0').map((relationship) => edge(relationship.type, relationship.from, relationship.to)).sort();
    assert.deepEqual(fromApp, [
      edge('build-depends-on', 'pkg:cargo/app@0.1.0', purl('both', '1.1.0')),
      edge('build-depends-on', 'pkg:cargo/app@0.1.0', 'pkg:cargo/build-support@0.1.0'),
      edge('build-depends-on', 'pkg:cargo/app@0.1.0', purl('codegen', '0.3.0')),
      // shared ships (runtime links it), but app's own edge to it is its build script's.
      edge('build-depends-on', 'pkg:cargo/app@0.1.0', purl('shared', '0.5.0')),
      edge('contains', 'pkg:cargo/app@0.1.0', 'pkg:cargo/app-cli@0.1.0'),
      edge('contains', 'pkg:cargo/app@0.1.0', 'pkg:cargo/build-support@0.1.0'),
      edge('depends-on', 'pkg:cargo/app@0.1.0', purl('runtime', '1.0.0')),
      edge('dev-depends-on', 'pkg:cargo/app@0.1.0', purl('testkit', '0.9.0')),
    ]);
    assert.ok(withDev.relationships.some((relationship) => relationship.type === 'build-depends-on' && relationship.from === 'pkg:cargo/app-cli@0.1.0' && relationship.to === purl('winres', '0.1.12')));
  });

  it("agrees with cargo metadata's dependency kinds on the build-deps workspace, but for a build-dependency of a crate whose manifest is not the workspace's", async (t) => {
    const metadata = await cargoMetadata(t, join(FIXTURES, 'cargo-build-deps', 'ws'));
    if (metadata === undefined) return;
    const cargo = cargoKinds(metadata);
    assert.deepEqual(cargo, CARGO_BUILD_DEPS_KINDS);
    const withDev = await parseFixture(cargoLockParser, 'cargo-build-deps/ws', 'Cargo.lock', true);
    // runtime's own [build-dependencies] pkgconf: runtime is not a workspace crate, so its manifest is not read and pkgconf counts as linked.
    assert.deepEqual(kindsOf(withDev), { ...cargo, pkgconf: 'normal' });
  });

  it('writes a build-only crate as SPDX BUILD_DEPENDENCY_OF of the crate whose build script uses it, and as an excluded CycloneDX component that says it is build-only', async () => {
    const catalog = await catalogDirectory({ dir: join(FIXTURES, 'cargo-build-deps'), includeDev: true });
    const sbom = { ...catalog, files: [], created: new Date(0), tool: 'trust-kit-test' };
    const spdx = toSpdx(sbom);
    const idOf = (name: string): string => spdx.packages.find((pkg) => pkg.name === name)?.SPDXID ?? name;
    const between = (a: string, b: string): string[] =>
      spdx.relationships
        .filter((relationship) => [relationship.spdxElementId, relationship.relatedSpdxElement].sort().join() === [idOf(a), idOf(b)].sort().join())
        .map((relationship) => `${relationship.spdxElementId} ${relationship.relationshipType} ${relationship.relatedSpdxElement}`);
    assert.deepEqual(between('codegen', 'app'), [`${idOf('codegen')} BUILD_DEPENDENCY_OF ${idOf('app')}`]);
    assert.deepEqual(between('shared', 'app'), [`${idOf('shared')} BUILD_DEPENDENCY_OF ${idOf('app')}`]);
    assert.deepEqual(between('testkit', 'app'), [`${idOf('testkit')} DEV_DEPENDENCY_OF ${idOf('app')}`]);
    // Between two build-only crates, an ordinary dependency.
    assert.deepEqual(between('template', 'codegen'), [`${idOf('codegen')} DEPENDS_ON ${idOf('template')}`]);
    const cyclonedx = JSON.parse(toCycloneDxJson(sbom, '1.6')) as { components: { name: string; scope?: string; properties?: { name: string; value: string }[]; components?: unknown[] }[] };
    const components = cyclonedx.components.flatMap((component) => [component, ...((component.components ?? []) as typeof cyclonedx.components)]);
    const component = (name: string) => components.find((candidate) => candidate.name === name);
    assert.equal(component('codegen')?.scope, 'excluded');
    assert.deepEqual(component('codegen')?.properties?.filter((property) => property.name.startsWith('trust-kit:cargo:')), [{ name: 'trust-kit:cargo:build-only', value: 'true' }]);
    assert.equal(component('testkit')?.scope, 'excluded');
    assert.equal(component('testkit')?.properties?.some((property) => property.name === 'trust-kit:cargo:build-only'), false);
    assert.equal(component('shared')?.scope, 'required');
  });

  it('marks optional dependencies no default feature enables as optional, as cargo tree -e normal shows the default build', async () => {
    // Written by cargo generate-lockfile: Cargo.lock lists all four optional dependencies; cargo tree -e normal (default
    // features: dflt, and full's deep/std) shows deep and dflt, --all-features also extra (more = ["dep:extra"]) and weak (full's weak?/std).
    const result = await parseFixture(cargoLockParser, 'cargo-optional-deps/ws', 'Cargo.lock');
    assert.deepEqual(Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.scope])), { deep: 'required', dflt: 'required', extra: 'optional', weak: 'optional' });
    assert.equal(dependsOnOf(result).length, 4);
  });

  it('follows renamed and workspace-inherited dev-dependencies to the crate Cargo.lock names', async () => {
    const crate = (name: string, dependencies: string[] = []): string => `[[package]]\nname = "${name}"\nversion = "1.0.0"\ndependencies = [${dependencies.map((dep) => `"${dep}"`).join(', ')}]\n`;
    const lock = [crate('a', ['runtime', 'testkit']), crate('runtime'), crate('testkit')].join('\n');
    const files: Record<string, string> = {
      'Cargo.toml': '[workspace]\nmembers = ["a"]\n[workspace.dependencies]\ntk = { package = "testkit", path = "../testkit" }\n',
      'a/Cargo.toml': '[package]\nname = "a"\nversion = "1.0.0"\n[dependencies]\nrt = { package = "runtime", path = "../../runtime" }\n[dev-dependencies]\ntk.workspace = true\n',
    };
    const result = await cargoLockParser.parse({ path: 'Cargo.lock', content: Buffer.from(lock), includeDev: true, readSibling: (name) => Promise.resolve(files[name] === undefined ? undefined : Buffer.from(files[name])) });
    assert.deepEqual(Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.scope])), { a: 'required', runtime: 'required', testkit: 'dev' });
  });

  it("follows the root crate's own workspace-inherited renamed dependency to its crate, which a build-dependency on it too leaves linked, as cargo metadata says (real cargo lock)", async () => {
    // Written by cargo generate-lockfile; cargo metadata gives app -> runtime the dep kinds normal and build.
    const lock = '# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "runtime",\n]\n\n[[package]]\nname = "runtime"\nversion = "1.0.0"\n';
    const manifest = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[workspace]\n\n[workspace.dependencies]\nrt = { package = "runtime", path = "../runtime" }\n\n[dependencies]\nrt.workspace = true\n\n[build-dependencies]\nrt = { package = "runtime", path = "../runtime" }\n';
    const result = await cargoLockParser.parse({ ...lockInput(lock, manifest), includeDev: true });
    assert.deepEqual(kindsOf(result), { runtime: 'normal' });
  });

  it('reports broken lockfiles with the line', async () => {
    await assert.rejects(cargoLockParser.parse(lockInput('[[package]]\nname = "a"\nversion = \n')), (error: unknown) => {
      assert.ok(isTrustKitError(error));
      assert.equal(error.code, 'SBOM_PARSE_FAILED');
      assert.equal((error as unknown as { line: number }).line, 3);
      return true;
    });
    await assert.rejects(cargoLockParser.parse(lockInput('[[package]]\nname = "a"\n')), { code: 'SBOM_PARSE_FAILED', message: /lacks a name or version/ });
  });
});
