import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogDirectory } from '../../src/sbom/catalog.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');

/**
 * One case from syft's own test suite (test/fixtures/sbom/<case>, copied from shared/corpus/syft-fixtures):
 * the purls and edges syft asserts must be exactly ours, except for the differences written here with their reason.
 */
interface SyftCase {
  name: string;
  includeDev: boolean;
  /** Purls syft lists that we deliberately do not list as packages, and why. */
  onlySyft?: { purls: string[]; why: string };
  /** Purls we list that syft does not, and why. */
  onlyUs?: { purls: string[]; why: string };
  /** How many references the fixture makes to packages it does not list (syft trimmed its copies): each an unknown. */
  unknowns?: number;
}

const CASES: SyftCase[] = [
  // syft's fixture lists @actions/core's requirement but not the package itself.
  // One reference syft's case leaves unresolved, and its entry keyed "node_modules/async" inside "dependencies", which names no package.
  { name: 'npm-lock-v1', includeDev: false, unknowns: 2 },
  { name: 'npm-lock-v1-nested', includeDev: false },
  { name: 'npm-lock-v2', includeDev: false },
  { name: 'npm-lock-v3', includeDev: false },
  // syft's yarn fixtures keep the dependency lists of entries whose dependencies were cut out.
  { name: 'yarn-v1', includeDev: false, unknowns: 21 },
  { name: 'yarn-v1-deps', includeDev: false, unknowns: 21 },
  {
    name: 'yarn-berry',
    includeDev: false,
    unknowns: 21,
    onlySyft: {
      purls: ['pkg:npm/c0n-fab_u.laTION@7.7.7'],
      why: 'the workspace root is the described root, named by its resolution `newtest@workspace:.`; syft names it by the lock key',
    },
    onlyUs: { purls: ['pkg:npm/newtest@7.7.7'], why: 'the same workspace root, named by its resolution (see above)' },
  },
  // syft trimmed these fixtures' `packages` ("# removed other packages"): each dependency the importer pins that is kept but not listed there is an unknown.
  { name: 'pnpm-v5-dev-excluded', includeDev: false, unknowns: 3 },
  {
    name: 'pnpm-v5-dev-included',
    includeDev: true,
    unknowns: 29,
    onlyUs: {
      // The fixture's `packages` was trimmed ("# removed other packages"); the importer still pins these dev dependencies.
      purls: [
        'pkg:npm/%40logux/eslint-config@47.2.0', 'pkg:npm/%40size-limit/preset-small-lib@8.0.0', 'pkg:npm/%40types/fs-extra@9.0.13',
        'pkg:npm/%40types/node@18.6.4', 'pkg:npm/%40typescript-eslint/eslint-plugin@5.32.0', 'pkg:npm/%40typescript-eslint/parser@5.32.0',
        'pkg:npm/c8@7.12.0', 'pkg:npm/check-dts@0.6.7', 'pkg:npm/clean-publish@4.0.1', 'pkg:npm/concat-with-sourcemaps@1.1.0',
        'pkg:npm/eslint@8.21.0', 'pkg:npm/eslint-config-standard@17.0.0', 'pkg:npm/eslint-plugin-import@2.26.0', 'pkg:npm/eslint-plugin-n@15.2.4',
        'pkg:npm/eslint-plugin-prefer-let@3.0.1', 'pkg:npm/eslint-plugin-promise@6.0.0', 'pkg:npm/fs-extra@10.1.0', 'pkg:npm/nanodelay@1.0.8',
        'pkg:npm/nanospy@0.5.0', 'pkg:npm/postcss-parser-tests@8.5.1', 'pkg:npm/simple-git-hooks@2.8.0', 'pkg:npm/size-limit@8.0.0',
        'pkg:npm/strip-ansi@6.0.1', 'pkg:npm/ts-node@10.9.1', 'pkg:npm/typescript@4.7.4', 'pkg:npm/uvu@0.5.6',
      ],
      why: 'with dev dependencies included, every devDependency the importer pins is installed at that version, listed in `packages` or not; syft lists the prod ones from the importer but the dev ones only from `packages` (inconsistent)',
    },
  },
  // syft trimmed this fixture's `packages`, keeping the dependency lists that name them.
  { name: 'pnpm-v6', includeDev: false, unknowns: 38 },
  // A lockfile v9 without `snapshots`: the edges between packages are missing, which is one unknown.
  { name: 'pnpm-v9', includeDev: false, unknowns: 1 },
  { name: 'pnpm-v9-snapshots', includeDev: false },
];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

describe('syft fixture cases (JavaScript lockfiles)', () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: the purl set and edges syft asserts`, async () => {
      const dir = join(FIXTURES, testCase.name);
      const catalog = await catalogDirectory({ dir, includeDev: testCase.includeDev });
      assert.equal(catalog.unknowns.length, testCase.unknowns ?? 0);
      for (const unknown of catalog.unknowns) assert.match(unknown.reason, /depends on .*, which the lockfile does not list$|but no "snapshots" section|which "packages" does not list: it is listed at that version without its hashes or what it depends on$|^"node_modules\/node_modules\/async": "3\.2\.4" names no npm package$/);

      // syft lists the project itself as a package; we describe it as the root (a directory-named root is not a package anywhere).
      const ours = new Set(catalog.packages.map((pkg) => pkg.purl));
      if (catalog.root.ecosystem !== 'generic') ours.add(catalog.root.purl);
      const expected = new Set(readJson<{ purl: string }[]>(join(dir, 'expected.json')).map((pkg) => pkg.purl));
      for (const purl of testCase.onlySyft?.purls ?? []) assert.ok(expected.delete(purl), `${purl} is no longer in syft's list: update the case`);
      for (const purl of testCase.onlyUs?.purls ?? []) assert.ok(ours.delete(purl), `${purl} is no longer in ours: update the case`);
      assert.deepEqual(sorted(ours), sorted(expected));

      const edgesFile = join(dir, 'expected-relationships.json');
      if (existsSync(edgesFile)) {
        // syft writes child DEPENDENCY_OF parent; we record parent depends-on child.
        const expectedEdges = new Set(readJson<{ from: string; to: string }[]>(edgesFile).map((edge) => `${edge.to} -> ${edge.from}`));
        const rename = new Map((testCase.onlySyft?.purls ?? []).map((purl, index) => [purl, testCase.onlyUs?.purls[index] ?? purl]));
        const renamed = new Set([...expectedEdges].map((edge) => edge.split(' -> ').map((purl) => rename.get(purl) ?? purl).join(' -> ')));
        // Without a manifest the root is the directory; its edges to the top-level packages have no counterpart in syft, which has no root here.
        const rootEdges = catalog.root.ecosystem === 'generic' ? catalog.root.purl : undefined;
        const ourEdges = new Set(catalog.relationships.filter((edge) => edge.type === 'depends-on' && edge.from !== rootEdges).map((edge) => `${edge.from} -> ${edge.to}`));
        assert.deepEqual(sorted(ourEdges), sorted(renamed));
      }
    });
  }
});
