import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { ParseResult } from '../../../src/sbom/model.js';
import type { GoModuleCache } from '../../../src/sbom/parser.js';
import { APPROXIMATE_EDGE_COMMENT, APPROXIMATE_EDGE_PROPERTY, goModParser } from '../../../src/sbom/parsers/go/go-mod.js';
import { CACHED_GO_MOD_MAX_BYTES, goModuleCacheAt, goModuleCacheDir } from '../../../src/sbom/parsers/go/module-cache.js';
import { run as runReleaseAction } from '../../../src/actions/release/main.js';
import { run as runSbomAction } from '../../../src/actions/sbom/main.js';
import { recordingIO } from '../../support/action-io.js';
import { missingInCI } from '../../support/ci.js';
import { cli } from '../../support/cli.js';
import { tempDir } from '../../support/tmp.js';
import { FIXTURES, fixtureInput } from './lockfile-fixtures.js';

const CASE = join(FIXTURES, 'go-mod-graph');
const CACHE = join(CASE, 'module-cache');
const ROOT = 'pkg:golang/example.com/trustkit/gofixture';

async function parseWithCache(cache: GoModuleCache | undefined): Promise<ParseResult> {
  const input = await fixtureInput('go-mod-graph', 'go.mod');
  return goModParser.parse(cache === undefined ? input : { ...input, goModuleCache: cache });
}

/** `go mod graph`'s lines as [from, to], `path@version` each (the main module has no version). */
async function goModGraph(): Promise<[string, string][]> {
  const text = await readFile(join(CASE, 'go-mod-graph.txt'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(' ') as [string, string]);
}

function pathOf(node: string): string {
  const at = node.lastIndexOf('@');
  return at === -1 ? node : node.slice(0, at);
}

function edgesOf(result: ParseResult): string[] {
  return result.relationships.map((edge) => `${edge.from} -> ${edge.to}${edge.comment === undefined ? '' : ' (approximate)'}`).sort();
}

describe('Go module graph (go.mod + the module cache)', () => {
  it("gives each module the edges `go mod graph` gives it, at the build list's versions, and the root only its direct requirements", async () => {
    const result = await parseWithCache(goModuleCacheAt(CACHE));
    const selected = new Map(result.packages.map((pkg) => [pkg.name, pkg.purl]));
    const versions = new Map(result.packages.map((pkg) => [pkg.name, pkg.version]));
    const goMod = await readFile(join(CASE, 'go.mod'), 'utf8');
    const direct = new Set([...goMod.matchAll(/^\t(\S+) v\S+$/gm)].map((match) => match[1]));
    const expected = new Set<string>();
    for (const [from, to] of await goModGraph()) {
      const target = selected.get(pathOf(to));
      if (target === undefined) continue; // go@, toolchain@, and modules the build list prunes (objx, x/sys, md2man...)
      if (!from.includes('@')) {
        if (direct.has(pathOf(to))) expected.add(`${ROOT} -> ${target}`);
        continue;
      }
      // Only the version of a module that is built has its requirements in the SBOM (not cobra's yaml v3.0.4).
      if (versions.get(pathOf(from)) === from.slice(pathOf(from).length + 1)) expected.add(`${selected.get(pathOf(from))} -> ${target}`);
    }
    expected.add(`${ROOT} -> pkg:golang/stdlib@1.22.5`);
    assert.deepEqual(edgesOf(result), [...expected].sort());
    // The projection is not empty: cobra's requirements arrive at the versions go.mod selects.
    assert.ok(expected.has('pkg:golang/github.com/spf13/cobra@v1.10.2 -> pkg:golang/go.yaml.in/yaml/v3@v3.0.5'));
    // Every indirect module is reached through a module that requires it: no approximation is needed.
    assert.ok(result.packages.every((pkg) => !(pkg.properties ?? []).some((property) => property.name === APPROXIMATE_EDGE_PROPERTY)));
  });

  it('lists the standard library at the toolchain line\'s release, as a dependency of the root', async () => {
    const result = await parseWithCache(undefined);
    const stdlib = result.packages.find((pkg) => pkg.name === 'stdlib');
    assert.equal(stdlib?.purl, 'pkg:golang/stdlib@1.22.5');
    assert.equal(stdlib.version, 'go1.22.5');
    assert.deepEqual(stdlib.locations, [{ path: 'go-mod-graph/go.mod', line: 5 }]);
    assert.ok(edgesOf(result).includes(`${ROOT} -> pkg:golang/stdlib@1.22.5`));
  });

  it('without a module cache, links each indirect module to the root, marked as an approximation on the edge and the package', async () => {
    const result = await parseWithCache(undefined);
    assert.deepEqual(edgesOf(result), [
      `${ROOT} -> pkg:golang/github.com/inconshreveable/mousetrap@v1.1.0 (approximate)`,
      `${ROOT} -> pkg:golang/github.com/pkg/errors@v0.9.1`,
      `${ROOT} -> pkg:golang/github.com/spf13/cobra@v1.10.2`,
      `${ROOT} -> pkg:golang/github.com/spf13/pflag@v1.0.9 (approximate)`,
      `${ROOT} -> pkg:golang/github.com/stretchr/testify@v1.12.1`,
      `${ROOT} -> pkg:golang/go.yaml.in/yaml/v3@v3.0.5 (approximate)`,
      `${ROOT} -> pkg:golang/golang.org/x/net@v0.30.0`,
      `${ROOT} -> pkg:golang/stdlib@1.22.5`,
    ]);
    const pflag = result.packages.find((pkg) => pkg.name === 'github.com/spf13/pflag');
    assert.ok(pflag?.properties?.some((property) => property.name === APPROXIMATE_EDGE_PROPERTY && property.value === APPROXIMATE_EDGE_COMMENT));
  });

  it("falls back to the approximation only for the modules whose requirer's go.mod the cache lacks", async () => {
    const real = goModuleCacheAt(CACHE);
    const withoutCobra: GoModuleCache = { goMod: (path, version) => (path === 'github.com/spf13/cobra' ? Promise.resolve(undefined) : real.goMod(path, version)) };
    const result = await parseWithCache(withoutCobra);
    const approximate = edgesOf(result).filter((edge) => edge.endsWith('(approximate)'));
    // yaml is still required by testify; mousetrap and pflag only by cobra, whose go.mod is missing.
    assert.deepEqual(approximate, [`${ROOT} -> pkg:golang/github.com/inconshreveable/mousetrap@v1.1.0 (approximate)`, `${ROOT} -> pkg:golang/github.com/spf13/pflag@v1.0.9 (approximate)`]);
    assert.ok(edgesOf(result).includes('pkg:golang/github.com/stretchr/testify@v1.12.1 -> pkg:golang/go.yaml.in/yaml/v3@v3.0.5'));
  });

  it('reads a go.mod from a directory replacement inside the project, and ignores a go.mod in the cache that does not parse', async () => {
    const input = {
      path: 'go.mod',
      content: Buffer.from('module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/lib v1.0.0\n\texample.com/dep v1.1.0 // indirect\n\texample.com/bad v1.0.0\n)\n\nreplace example.com/lib => ./lib\n'),
      includeDev: false,
      readSibling: (name: string) => Promise.resolve(name === 'lib/go.mod' ? Buffer.from('module example.com/lib\nrequire example.com/dep v1.0.0\n') : undefined),
      goModuleCache: { goMod: (path: string) => Promise.resolve(path === 'example.com/bad' ? Buffer.from('module example.com/bad\nrequire (\n\texample.com/dep v1.0.0\n') : undefined) },
    };
    const result = await goModParser.parse(input);
    assert.ok(edgesOf(result).includes('pkg:golang/example.com/lib -> pkg:golang/example.com/dep@v1.1.0'));
    assert.ok(!edgesOf(result).some((edge) => edge.startsWith('pkg:golang/example.com/bad@')));
  });

  it('rejects a malformed go or toolchain directive with its line, as the go command does', async () => {
    for (const [text, line] of [
      ['module x\n\ngo 1.x\n', 3],
      ['module x\ngo 1.22\ntoolchain 1.22.5\n', 3],
    ] as const) {
      await assert.rejects(goModParser.parse({ path: 'go.mod', content: Buffer.from(text), includeDev: false, readSibling: () => Promise.resolve(undefined) }), (error: unknown) => {
        assert.equal((error as { code?: string }).code, 'SBOM_PARSE_FAILED');
        assert.equal((error as { line?: number }).line, line);
        return true;
      });
    }
  });

  it('matches the committed go-mod-graph.txt with `go mod graph` itself, offline, when Go is installed', async (t) => {
    const go = await promisify(execFile)('go', ['version']).catch((error: unknown) => {
      // Only a missing go is a reason not to compare; a go that fails to run is a failure.
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
      return undefined;
    });
    if (go === undefined) return missingInCI(t, 'go is not installed (https://go.dev/doc/install); go-mod-graph.txt is checked only against our parser');
    const work = await mkdtemp(join(tmpdir(), 'trust-kit-go-graph-'));
    try {
      await cp(CASE, work, { recursive: true });
      const env = { ...process.env, GOMODCACHE: join(work, 'module-cache'), GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOWORK: 'off' };
      const { stdout } = await promisify(execFile)('go', ['mod', 'graph'], { cwd: work, env, timeout: 60_000 });
      assert.equal(stdout, await readFile(join(CASE, 'go-mod-graph.txt'), 'utf8'));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('Go tools (go.mod tool directives, Go 1.24)', () => {
  // Written by go 1.26 (go get github.com/pkg/errors; go get -tool golang.org/x/tools/cmd/stringer; go mod tidy):
  // x/tools, and x/mod and x/sync, which only it needs, are // indirect; module-cache/ holds their go.mod files.
  const TOOL_CASE = 'go-mod-tool';
  const TOOL_CACHE = goModuleCacheAt(join(FIXTURES, TOOL_CASE, 'module-cache'));
  const scopes = (result: ParseResult): Record<string, string> => Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.scope]));

  it('gives a tool module the main module does not import, and what only it requires, dev scope: what ships is pkg/errors and the standard library', async () => {
    const input = await fixtureInput(TOOL_CASE, 'go.mod');
    const shipped = await goModParser.parse({ ...input, goModuleCache: TOOL_CACHE });
    assert.deepEqual(scopes(shipped), { 'github.com/pkg/errors': 'required', stdlib: 'required' });
    const all = await goModParser.parse({ ...input, includeDev: true, goModuleCache: TOOL_CACHE });
    assert.deepEqual(scopes(all), { 'github.com/pkg/errors': 'required', 'golang.org/x/mod': 'dev', 'golang.org/x/sync': 'dev', 'golang.org/x/tools': 'dev', stdlib: 'required' });
    const tools = all.packages.find((pkg) => pkg.name === 'golang.org/x/tools');
    assert.ok(tools?.properties?.some((property) => property.name === 'trust-kit:golang:tool' && property.value === 'golang.org/x/tools/cmd/stringer'));
    const root = 'pkg:golang/example.com/shop';
    assert.deepEqual(
      all.relationships.filter((edge) => edge.from === root).map((edge) => `${edge.type} ${edge.to}${edge.comment === undefined ? '' : ' (approximate)'}`).sort(),
      ['depends-on pkg:golang/github.com/pkg/errors@v0.9.1', 'depends-on pkg:golang/stdlib@1.26.0', 'dev-depends-on pkg:golang/golang.org/x/tools@v0.52.0'],
    );
  });

  it('keeps a tool module required, with its property, where the graph is not known or it is also imported; a tool block reads the same', async () => {
    const input = await fixtureInput(TOOL_CASE, 'go.mod');
    const withoutCache = await goModParser.parse(input);
    assert.equal(scopes(withoutCache)['golang.org/x/tools'], 'required');
    assert.ok(withoutCache.packages.find((pkg) => pkg.name === 'golang.org/x/tools')?.properties?.some((property) => property.name === 'trust-kit:golang:tool'));
    const text = (await readFile(join(FIXTURES, TOOL_CASE, 'go.mod'), 'utf8')).replace('golang.org/x/tools v0.52.0 // indirect', 'golang.org/x/tools v0.52.0').replace('tool golang.org/x/tools/cmd/stringer', 'tool (\n\tgolang.org/x/tools/cmd/stringer\n\texample.com/shop/cmd/gen\n\tgolang.org/x/tools/cmd/goimports\n)');
    const imported = await goModParser.parse({ ...input, content: Buffer.from(text), goModuleCache: TOOL_CACHE });
    assert.deepEqual(scopes(imported), { 'github.com/pkg/errors': 'required', 'golang.org/x/mod': 'required', 'golang.org/x/sync': 'required', 'golang.org/x/tools': 'required', stdlib: 'required' });
    assert.deepEqual(
      imported.packages.find((pkg) => pkg.name === 'golang.org/x/tools')?.properties?.filter((property) => property.name === 'trust-kit:golang:tool').map((property) => property.value),
      ['golang.org/x/tools/cmd/goimports', 'golang.org/x/tools/cmd/stringer'],
    );
    await assert.rejects(goModParser.parse({ ...input, content: Buffer.from('module m\ntool\n') }), { code: 'SBOM_PARSE_FAILED', line: 2, message: /malformed tool directive/ });
  });
});

describe('Go module cache', () => {
  it('finds a go.mod under the escaped path, and nothing outside the cache or too large', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trust-kit-modcache-'));
    try {
      const at = join(dir, 'cache', 'download', 'github.com', '!burnt!sushi', 'toml', '@v');
      await cp(join(CACHE, 'cache', 'download', 'github.com', 'pkg', 'errors', '@v'), at, { recursive: true });
      await cp(join(at, 'v0.9.1.mod'), join(at, 'v1.0.0-!r!c1.mod'));
      await writeFile(join(at, 'v9.9.9.mod'), Buffer.alloc(CACHED_GO_MOD_MAX_BYTES + 1));
      const cache = goModuleCacheAt(dir);
      assert.equal((await cache.goMod('github.com/BurntSushi/toml', 'v0.9.1'))?.toString(), 'module github.com/pkg/errors\n');
      assert.ok(await cache.goMod('github.com/BurntSushi/toml', 'v1.0.0-RC1'));
      assert.equal(await cache.goMod('github.com/BurntSushi/toml', 'v9.9.9'), undefined);
      assert.equal(await cache.goMod('github.com/burntsushi/toml', 'v0.9.1'), undefined);
      assert.equal(await cache.goMod('../../etc', 'v0.9.1'), undefined);
      assert.equal(await cache.goMod('github.com/BurntSushi/toml', '../v0.9.1'), undefined);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is where the go command looks: GOMODCACHE, else GOPATH/pkg/mod, else ~/go/pkg/mod', () => {
    assert.equal(goModuleCacheDir({ GOMODCACHE: '/c', GOPATH: '/p', HOME: '/h' }), '/c');
    assert.equal(goModuleCacheDir({ GOPATH: '/p:/q', HOME: '/h' }), join('/p', 'pkg', 'mod'));
    assert.equal(goModuleCacheDir({ HOME: '/h' }), join('/h', 'go', 'pkg', 'mod'));
    assert.equal(goModuleCacheDir({ GOMODCACHE: 'relative' }), undefined);
    assert.equal(goModuleCacheDir({}), undefined);
  });

  it('gives the CLI module edges when GOMODCACHE names the cache', async () => {
    const run = await cli(['sbom', CASE, '--format', 'spdx-json'], CASE, { GOMODCACHE: CACHE, SOURCE_DATE_EPOCH: '1700000000' });
    assert.equal(run.code, 0, run.stderr);
    const document = JSON.parse(run.stdout) as { packages: { SPDXID: string; name: string }[]; relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] };
    const id = (name: string): string | undefined => document.packages.find((pkg) => pkg.name === name)?.SPDXID;
    assert.ok(document.relationships.some((edge) => edge.spdxElementId === id('github.com/spf13/cobra') && edge.relationshipType === 'DEPENDS_ON' && edge.relatedSpdxElement === id('github.com/spf13/pflag')));
    const without = JSON.parse((await cli(['sbom', CASE, '--format', 'spdx-json'], CASE, { SOURCE_DATE_EPOCH: '1700000000' })).stdout) as typeof document;
    assert.ok(!without.relationships.some((edge) => edge.spdxElementId === id('github.com/spf13/cobra')));
  });

  it('gives the sbom and release actions module edges when GOMODCACHE names the cache', async (t) => {
    const cwd = await tempDir(t);
    await cp(CASE, cwd, { recursive: true });
    await writeFile(join(cwd, 'app.tgz'), 'the release\n');
    const cobraDependsOnPflag = async (path: string): Promise<boolean> => {
      const document = JSON.parse(await readFile(path, 'utf8')) as { packages: { SPDXID: string; name: string }[]; relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] };
      const id = (name: string): string | undefined => document.packages.find((pkg) => pkg.name === name)?.SPDXID;
      return document.relationships.some((edge) => edge.spdxElementId === id('github.com/spf13/cobra') && edge.relatedSpdxElement === id('github.com/spf13/pflag'));
    };
    const env = { GOMODCACHE: join(cwd, 'module-cache'), SOURCE_DATE_EPOCH: '1700000000' };
    await runSbomAction({ format: 'spdx-json', 'output-dir': 'sbom-out' }, recordingIO(), cwd, env);
    assert.ok(await cobraDependsOnPflag(join(cwd, 'sbom-out', 'sbom.spdx.json')));
    await runReleaseAction({ 'subject-path': 'app.tgz', 'sbom-format': 'spdx-json', 'on-missing-token': 'skip' }, recordingIO(), cwd, { ...env, GITHUB_ACTIONS: 'true' });
    assert.ok(await cobraDependsOnPflag(join(cwd, 'trust-kit-out', 'sbom.spdx.json')));
  });
});
