/**
 * Every document trust-kit makes of the fixture projects, checked with the official tools: SPDX
 * with the NTIA minimum elements checker (ntia-conformance-checker), CycloneDX 1.5/1.6/1.7 with
 * the CycloneDX project's own strict JSON validator (cyclonedx-python-lib). Both are installed,
 * pinned, by `bash scripts/install-tools.sh ntia_checker cyclonedx_validator`; a missing one fails
 * the test in CI and skips it elsewhere.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { encodeSbom, generateSbom } from '../../src/sbom/index.js';
import type { Sbom } from '../../src/sbom/model.js';
import { spdxPackageId, type SpdxDocument } from '../../src/sbom/formats/spdx.js';
import { ntiaCoverage } from '../../src/sbom/ntia.js';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'test', 'fixtures', 'sbom');
const CLOCK = fixedClock(new Date('2026-01-02T03:04:05Z'));
const SCRIPT = join(import.meta.dirname, 'official-validators.py');
const inCI = process.env['CI'] === 'true';

/** The Python of a validator's venv in .tools, or undefined (failing in CI, skipping elsewhere) when it is not installed. */
function validatorPython(t: TestContext, name: string, tool: string): string | undefined {
  const python = join(REPO, '.tools', name, 'bin', 'python');
  if (existsSync(python)) return python;
  const problem = `${name} is not installed: run \`bash scripts/install-tools.sh ${tool}\``;
  if (inCI) assert.fail(problem);
  t.skip(problem);
  return undefined;
}

/** Runs the validators script on files; one parsed JSON line per file. */
function runValidator<T>(python: string, check: 'ntia' | 'cyclonedx', files: readonly string[]): Promise<T[]> {
  return new Promise((resolve, reject) => {
    execFile(python, [SCRIPT, check, ...files], { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`${check} validator failed: ${stderr}`, { cause: error }));
      else resolve(stdout.trim().split('\n').map((line) => JSON.parse(line) as T));
    });
  });
}

/** Relationships ntia-conformance-checker follows from the described root (forward only); SPDX's `*_OF` ones point the other way. */
const FORWARD = new Set(['DESCRIBES', 'CONTAINS', 'DEPENDS_ON', 'DYNAMIC_LINK', 'STATIC_LINK', 'HAS_PREREQUISITE']);

/** The SPDXIDs of packages the document does not reach along forward edges (and, with `reverseOf`, `*_OF` edges followed backwards). */
function unreachable(document: SpdxDocument, reverseOf: boolean): string[] {
  const next = new Map<string, string[]>();
  const link = (from: string, to: string): void => void next.set(from, [...(next.get(from) ?? []), to]);
  for (const relationship of document.relationships) {
    if (FORWARD.has(relationship.relationshipType)) link(relationship.spdxElementId, relationship.relatedSpdxElement);
    else if (reverseOf && relationship.relationshipType.endsWith('_OF')) link(relationship.relatedSpdxElement, relationship.spdxElementId);
  }
  const seen = new Set<string>();
  const queue = ['SPDXRef-DOCUMENT'];
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    for (const to of next.get(at) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return document.packages.map((pkg) => pkg.SPDXID).filter((id) => !seen.has(id)).sort();
}

interface Made {
  name: string;
  sbom: Sbom;
  spdx: string;
  cyclonedx: string[];
}

interface NtiaReport {
  file: string;
  conformant: boolean;
  parsingErrors: string[];
  validationMessages: string[];
  components: number;
  floating: string[];
  unknownPointers: boolean;
  author: boolean;
  timestamp: boolean;
  relationships: boolean;
  withoutNames: number;
  withoutVersions: number;
  withoutIdentifiers: number;
  withoutSuppliers: number;
}

describe('official SBOM validators on every document made of the fixtures', () => {
  let dir: string;
  const made: Made[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trust-kit-validators-'));
    const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'golden').map((entry) => entry.name);
    interface Variant {
      name: string;
      dir: string;
      includeDev: boolean;
      organization?: string;
      goModuleCache?: string;
      artifacts?: string[];
    }
    const variants: Variant[] = cases.flatMap((name) => [
      { name, dir: name, includeDev: false },
      { name: `${name}+dev+org`, dir: name, includeDev: true, organization: 'Acme Corp' },
    ]);
    variants.push({ name: 'go-mod-graph+cache', dir: 'go-mod-graph', includeDev: false, goModuleCache: join(FIXTURES, 'go-mod-graph', 'module-cache') });
    // A release's SBOM: its artifacts are packages the document describes.
    variants.push({ name: 'js-workspace+release', dir: 'js-workspace', includeDev: false, organization: 'Acme Corp', artifacts: ['test/fixtures/sbom/release'] });
    // npm packages with the suppliers their installed package.json files declare (Person: name (email)).
    for (const manager of ['npm', 'pnpm']) {
      const installed = join(dir, `installed-${manager}`);
      await cp(join(FIXTURES, 'js-installed', manager), installed, { recursive: true });
      await rename(join(installed, 'installed'), join(installed, 'node_modules'));
      variants.push({ name: `js-installed-${manager}+node_modules+dev+org`, dir: installed, includeDev: true, organization: 'Acme Corp' });
    }
    for (const variant of variants) {
      const { sbom } = await generateSbom({
        dir: resolve(FIXTURES, variant.dir),
        cwd: REPO,
        clock: CLOCK,
        includeDev: variant.includeDev,
        ...(variant.organization === undefined ? {} : { organization: variant.organization }),
        ...(variant.goModuleCache === undefined ? {} : { goModuleCache: variant.goModuleCache }),
        ...(variant.artifacts === undefined ? {} : { artifacts: variant.artifacts, artifactBase: 'test/fixtures/sbom/release' }),
      });
      const spdx = join(dir, `${variant.name}.spdx.json`);
      await writeFile(spdx, encodeSbom(sbom, 'spdx-json'));
      const cyclonedx: string[] = [];
      for (const [version, format] of [['1.5', 'cyclonedx-json@1.5'], ['1.6', 'cyclonedx-json'], ['1.7', 'cyclonedx-json@1.7']] as const) {
        const file = join(dir, `${variant.name}.${version}.cdx.json`);
        await writeFile(file, encodeSbom(sbom, format));
        cyclonedx.push(file);
      }
      made.push({ name: variant.name, sbom, spdx, cyclonedx });
    }
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('every SPDX document parses and validates with ntia-conformance-checker, and its per-element counts are our summary\'s', async (t) => {
    const python = validatorPython(t, 'ntia-checker', 'ntia_checker');
    if (python === undefined) return;
    const reports = await runValidator<NtiaReport>(python, 'ntia', made.map((document) => document.spdx));
    assert.equal(reports.length, made.length);
    const unconnected: string[] = [];
    for (const [index, document] of made.entries()) {
      const report = reports[index] as NtiaReport;
      const spdx = JSON.parse(await readFile(document.spdx, 'utf8')) as SpdxDocument;
      // Nothing floats once `*_OF` edges count; the checker follows only forward ones, so it leaves out
      // the packages that only a DEV_DEPENDENCY_OF or OPTIONAL_DEPENDENCY_OF edge reaches (with dev included).
      const floatingInTruth = unreachable(spdx, true);
      assert.deepEqual(report.floating, unreachable(spdx, false), document.name);
      const floating = new Set(report.floating);
      const coverage = ntiaCoverage({ ...document.sbom, packages: document.sbom.packages.filter((pkg) => !floating.has(spdxPackageId(pkg))) });
      assert.deepEqual(
        {
          parsingErrors: report.parsingErrors,
          validationMessages: report.validationMessages,
          unknownPointers: report.unknownPointers,
          author: report.author,
          timestamp: report.timestamp,
          relationships: report.relationships,
          components: report.components,
          withoutNames: report.withoutNames,
          withoutVersions: report.withoutVersions,
          withoutSuppliers: report.withoutSuppliers,
        },
        {
          parsingErrors: [],
          validationMessages: [],
          unknownPointers: false,
          author: true,
          timestamp: true,
          relationships: true,
          // The checker counts every package, floating or not, but checks only those it reaches.
          components: document.sbom.packages.length + 1 + document.sbom.files.length,
          withoutNames: coverage.components - coverage.names,
          withoutVersions: coverage.components - coverage.versions,
          withoutSuppliers: coverage.components - coverage.suppliers,
        },
        document.name,
      );
      // Every component has an SPDXID (what the checker counts); ours counts purls, which a directory-named root lacks.
      assert.equal(report.withoutIdentifiers, 0, document.name);
      // Our summary's relationship count says how many components are connected to the root, as the document does.
      const full = ntiaCoverage(document.sbom);
      assert.equal(full.components - full.related, floatingInTruth.length, document.name);
      if (floatingInTruth.length > 0) unconnected.push(`${document.name}: ${floatingInTruth.join(', ')}`);
    }
    // Packages in no relationship to the root at all (the checker calls them floating whichever way it
    // reads the edges): a JavaScript parser defect in yarn berry, reported rather than hidden here; and
    // js-workspace's yallist, which its lockfile flags devOptional (so `npm install --omit=dev` installs
    // it, and it ships) while its one dependent, lru-cache, is dev and left out.
    assert.deepEqual(unconnected, [
      'js-workspace: SPDXRef-Package-npm-yallist-33bdbab43c9d',
      'yarn-berry: SPDXRef-Package-npm-aws-sdk-d765cde397be, SPDXRef-Package-npm-jhipster-core-1d59df2f273d',
      'yarn-berry+dev+org: SPDXRef-Package-npm-aws-sdk-d765cde397be, SPDXRef-Package-npm-jhipster-core-1d59df2f273d',
      'js-workspace+release: SPDXRef-Package-npm-yallist-33bdbab43c9d',
    ]);
    // The Go module with its cache: every package supplied but the standard library, every one versioned but the main module.
    const go = made.findIndex((document) => document.name === 'go-mod-graph+cache');
    assert.deepEqual([reports[go]?.withoutSuppliers, reports[go]?.withoutVersions], [1, 1]);
  });

  it('every CycloneDX 1.5, 1.6 and 1.7 document passes the CycloneDX strict JSON validator', async (t) => {
    const python = validatorPython(t, 'cyclonedx-validator', 'cyclonedx_validator');
    if (python === undefined) return;
    // One variant per project (the one with every package and an organisation): the strict validator takes a second or so per document.
    const files = made.filter((document) => !/^[^+]+$/.test(document.name)).flatMap((document) => document.cyclonedx);
    const reports = await runValidator<{ file: string; version: string; errors: string[] }>(python, 'cyclonedx', files);
    assert.equal(reports.length, files.length);
    assert.deepEqual(
      reports.filter((report) => report.errors.length > 0),
      [],
    );
    assert.deepEqual([...new Set(reports.map((report) => report.version))].sort(), ['1.5', '1.6', '1.7']);
  });
});
