import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogDirectory, type Catalog } from '../../src/sbom/catalog.js';
import { toCycloneDxJson } from '../../src/sbom/formats/cyclonedx.js';
import { toSpdx } from '../../src/sbom/formats/spdx.js';
import type { Sbom } from '../../src/sbom/model.js';
import { npmPackageLockParser } from '../../src/sbom/parsers/javascript/npm.js';
import { tempDir } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');

interface ResolverAnswer {
  packages: string[];
  edges: string[];
}

/** name@version of every package and `parent child` of every edge (`ROOT` for the project), as npm-ls.json writes them. */
function shape(catalog: Catalog): ResolverAnswer & { devEdges: string[] } {
  const names = new Map(catalog.packages.map((pkg) => [pkg.purl, `${pkg.name}@${pkg.version}`]));
  names.set(catalog.root.purl, 'ROOT');
  const edge = (from: string, to: string): string => `${names.get(from) ?? from} ${names.get(to) ?? to}`;
  return {
    packages: [...names.values()].filter((name) => name !== 'ROOT').sort(),
    edges: [...new Set(catalog.relationships.map((relationship) => edge(relationship.from, relationship.to)))].sort(),
    devEdges: catalog.relationships.filter((relationship) => relationship.type === 'dev-depends-on').map((relationship) => edge(relationship.from, relationship.to)).sort(),
  };
}

function sbomOf(catalog: Catalog): Sbom {
  return { ...catalog, files: [], created: new Date(0), tool: 'trust-kit-test' };
}

describe('npm scopes and edges against npm ls', () => {
  const dir = join(FIXTURES, 'npm-scopes');
  const npm = JSON.parse(readFileSync(join(dir, 'npm-ls.json'), 'utf8')) as { prod: ResolverAnswer; all: ResolverAnswer };

  it('without dev: devOptional packages ship, dev edges and extraneous workspaces are left out, as npm ls --omit=dev says', async () => {
    const catalog = await catalogDirectory({ dir, includeDev: false });
    const ours = shape(catalog);
    assert.deepEqual(ours.packages, npm.prod.packages);
    assert.deepEqual(ours.edges, npm.prod.edges);
    assert.equal(catalog.packages.find((pkg) => pkg.name === 'ms')?.scope, 'optional');
  });

  it('with dev: every package and edge npm ls lists, the project\'s devDependencies as dev edges', async () => {
    const catalog = await catalogDirectory({ dir, includeDev: true });
    const ours = shape(catalog);
    assert.deepEqual(ours.packages, npm.all.packages);
    assert.deepEqual(ours.edges, npm.all.edges);
    assert.deepEqual(ours.devEdges, ['ROOT is-number@7.0.0', 'ROOT ms@2.1.2', 'ROOT to-regex-range@5.0.1', 'w1@0.1.0 to-regex-range@5.0.1']);
  });

  it('SPDX writes a devDependency as DEV_DEPENDENCY_OF even when the package ships through another path', async () => {
    const catalog = await catalogDirectory({ dir, includeDev: true });
    const document = toSpdx(sbomOf(catalog));
    const idOf = (name: string): string => document.packages.find((pkg) => pkg.name === name)?.SPDXID ?? name;
    const between = (a: string, b: string): string[] =>
      document.relationships
        .filter((relationship) => [relationship.spdxElementId, relationship.relatedSpdxElement].sort().join() === [idOf(a), idOf(b)].sort().join())
        .map((relationship) => `${relationship.spdxElementId} ${relationship.relationshipType} ${relationship.relatedSpdxElement}`);
    assert.deepEqual(between('is-number', 'scopes-app'), [`${idOf('is-number')} DEV_DEPENDENCY_OF ${idOf('scopes-app')}`]);
    assert.deepEqual(between('is-number', 'w1'), [`${idOf('w1')} DEPENDS_ON ${idOf('is-number')}`]);
  });
});

describe('yarn berry scopes and edges against yarn info', () => {
  const dir = join(FIXTURES, 'yarn-berry-peers');
  const yarn = JSON.parse(readFileSync(join(dir, 'yarn-info.json'), 'utf8')) as { prod: ResolverAnswer; all: ResolverAnswer };
  const withoutRoot = (answer: ReturnType<typeof shape>): ResolverAnswer => ({ packages: answer.packages, edges: answer.edges.filter((edge) => !edge.startsWith('ROOT ')) });

  it('without dev: a peer only devDependencies provide does not ship; resolutions and dependenciesMeta are honoured', async () => {
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(withoutRoot(shape(catalog)), yarn.prod);
    assert.equal(catalog.packages.find((pkg) => pkg.name === 'fsevents')?.scope, 'optional');
    assert.equal(catalog.packages.find((pkg) => pkg.name === 'react'), undefined);
  });

  it('with dev: the packages yarn resolves, peers as edges to what the dependents provide, devDependencies as dev edges', async () => {
    const catalog = await catalogDirectory({ dir, includeDev: true });
    const ours = shape(catalog);
    assert.deepEqual(withoutRoot(ours), yarn.all);
    assert.deepEqual(ours.devEdges, ['ROOT @types/react@17.0.91', 'ROOT react@17.0.2']);
    assert.equal(catalog.packages.find((pkg) => pkg.name === 'react')?.scope, 'dev');
  });
});

describe('yarn 1 scopes and edges against yarn list', () => {
  const dir = join(FIXTURES, 'yarn-v1-resolver');
  const yarn = JSON.parse(readFileSync(join(dir, 'yarn-list.json'), 'utf8')) as { prod: ResolverAnswer; all: ResolverAnswer };
  const betweenPackages = (answer: ReturnType<typeof shape>): ResolverAnswer => ({ packages: answer.packages, edges: answer.edges.filter((edge) => !edge.startsWith('ROOT ')) });

  for (const includeDev of [false, true]) {
    it(`${includeDev ? 'with' : 'without'} dev: the packages and edges yarn 1 lists (resolutions applied, an optional dependency ships, an alias is its package)`, async () => {
      const catalog = await catalogDirectory({ dir, includeDev });
      assert.deepEqual(betweenPackages(shape(catalog)), includeDev ? yarn.all : yarn.prod);
      assert.equal(catalog.packages.find((pkg) => pkg.name === 'bufferutil')?.scope, 'optional');
    });
  }
});

describe('pnpm scopes and edges against pnpm list', () => {
  const dir = join(FIXTURES, 'pnpm-scopes');
  const pnpm = JSON.parse(readFileSync(join(dir, 'pnpm-list.json'), 'utf8')) as { prod: ResolverAnswer; all: ResolverAnswer };
  const betweenPackages = (answer: ReturnType<typeof shape>): ResolverAnswer => ({ packages: answer.packages, edges: answer.edges.filter((edge) => !edge.startsWith('ROOT ')) });

  for (const includeDev of [false, true]) {
    it(`${includeDev ? 'with' : 'without'} dev: the packages and edges pnpm lists (a peer pnpm resolved from a devDependency ships)`, async () => {
      const catalog = await catalogDirectory({ dir, includeDev });
      assert.deepEqual(betweenPackages(shape(catalog)), includeDev ? pnpm.all : pnpm.prod);
      assert.deepEqual(shape(catalog).devEdges, includeDev ? ['ROOT is-number@7.0.0', 'ROOT react@17.0.2'] : []);
    });
  }
});

describe('pnpm and bun: an importer\'s devDependencies are dev edges', () => {
  const PNPM = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      a:
        specifier: ^1.0.0
        version: 1.0.0
    devDependencies:
      b:
        specifier: ^1.0.0
        version: 1.0.0

packages:

  a@1.0.0:
    resolution: {integrity: sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==}

  b@1.0.0:
    resolution: {integrity: sha512-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA==}

snapshots:

  a@1.0.0:
    dependencies:
      b: 1.0.0

  b@1.0.0: {}
`;
  const BUN = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": { "name": "app", "dependencies": { "a": "^1.0.0" }, "devDependencies": { "b": "^1.0.0" } },
  },
  "packages": {
    "a": ["a@1.0.0", "", { "dependencies": { "b": "^1.0.0" } }, "sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="],
    "b": ["b@1.0.0", "", {}, "sha512-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA=="],
  }
}
`;
  for (const [file, text] of [['pnpm-lock.yaml', PNPM], ['bun.lock', BUN]] as const) {
    it(`${file}: b ships through a, so the project's own devDependency on it is a dev edge, left out without dev`, async (t) => {
      const dir = await tempDir(t);
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0' }, devDependencies: { b: '^1.0.0' } }));
      await writeFile(join(dir, file), text);
      const without = shape(await catalogDirectory({ dir, includeDev: false }));
      assert.deepEqual([without.packages, without.edges, without.devEdges], [['a@1.0.0', 'b@1.0.0'], ['ROOT a@1.0.0', 'a@1.0.0 b@1.0.0'], []]);
      const withDev = shape(await catalogDirectory({ dir, includeDev: true }));
      assert.deepEqual([withDev.edges, withDev.devEdges], [['ROOT a@1.0.0', 'ROOT b@1.0.0', 'a@1.0.0 b@1.0.0'], ['ROOT b@1.0.0']]);
    });
  }
});

describe('CycloneDX dependency graph and the components present', () => {
  for (const includeDev of [false, true]) {
    it(`npm-scopes${includeDev ? ' with dev' : ''}: every dependency ref is a component, and the project depends on no devDependency without dev`, async () => {
      const catalog = await catalogDirectory({ dir: join(FIXTURES, 'npm-scopes'), includeDev });
      interface Component {
        'bom-ref': string;
        name: string;
        components?: Component[];
      }
      const bom = JSON.parse(toCycloneDxJson(sbomOf(catalog), '1.6')) as { metadata: { component: Component }; components: Component[]; dependencies: { ref: string; dependsOn?: string[] }[] };
      // Workspace members nest under the project that contains them.
      const all = (components: Component[]): Component[] => components.flatMap((component) => [component, ...all(component.components ?? [])]);
      const refs = new Set(all([bom.metadata.component, ...bom.components]).map((component) => component['bom-ref']));
      for (const dependency of bom.dependencies) for (const ref of [dependency.ref, ...(dependency.dependsOn ?? [])]) assert.ok(refs.has(ref), ref);
      const rootDependsOn = bom.dependencies.find((dependency) => dependency.ref === bom.metadata.component['bom-ref'])?.dependsOn ?? [];
      const names = rootDependsOn.map((ref) => bom.components.find((component) => component['bom-ref'] === ref)?.name).sort();
      assert.deepEqual(names, includeDev ? ['debug', 'is-number', 'ms', 'to-regex-range'] : ['debug']);
    });
  }
});

describe('npm folders no link points to', () => {
  it('are left out with what is installed under them; a linked folder inside one is still installed', async () => {
    const lock = {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', workspaces: ['old/new'] },
        'node_modules/new': { resolved: 'old/new', link: true },
        old: { name: 'old', version: '1.0.0', dependencies: { gone: '^1' } },
        'old/node_modules/gone': { version: '1.0.0' },
        'old/new': { name: 'new', version: '2.0.0', dependencies: { kept: '^1' } },
        'old/new/node_modules/kept': { version: '1.0.0' },
      },
    };
    const result = await npmPackageLockParser.parse({ path: 'package-lock.json', content: Buffer.from(JSON.stringify(lock)), readSibling: async () => undefined, includeDev: false });
    assert.deepEqual(result.packages.map((pkg) => pkg.purl).sort(), ['pkg:npm/kept@1.0.0', 'pkg:npm/new@2.0.0']);
  });
});
