/**
 * Suppliers of npm-family packages from the `author` their installed package.json declares, on a
 * real project installed by npm, yarn 1 and pnpm (fixture js-installed, rebuilt by its
 * regenerate.sh: the package.json files are the real ones cut to name, version and author), and
 * the same project as bun lays it out (bun.lock and a hoisted node_modules, made by hand).
 */
import assert from 'node:assert/strict';
import { cp, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { encodeSbom, generateSbom } from '../../src/sbom/index.js';
import { INSTALLED_LIMITS, installedSuppliers } from '../../src/sbom/installed.js';
import { ntiaCoverage } from '../../src/sbom/ntia.js';
import { npmAuthorSupplier } from '../../src/sbom/suppliers.js';
import { tempDir } from '../support/tmp.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'sbom', 'js-installed');

const SINDRE = 'Person: Sindre Sorhus (sindresorhus@gmail.com)';
/** What each package's real package.json declares: chalk 4.1.2 and ms name no author, so they stay NOASSERTION. */
const EXPECTED: Readonly<Record<string, string | undefined>> = {
  'ansi-regex@5.0.1': SINDRE,
  'ansi-styles@4.3.0': SINDRE,
  'chalk@4.1.2': undefined,
  'color-convert@2.0.1': 'Person: Heather Arthur (fayearthur@gmail.com)',
  'color-name@1.1.4': 'Person: DY (dfcreative@gmail.com)',
  'debug@2.6.9': 'Person: TJ Holowaychuk (tj@vision-media.ca)',
  'debug@4.4.3': 'Person: Josh Junon',
  'has-flag@4.0.0': SINDRE,
  'ms@2.0.0': undefined,
  'ms@2.1.3': undefined,
  'strip-ansi@6.0.1': SINDRE,
  'supports-color@7.2.0': SINDRE,
  'supports-color@8.1.1': SINDRE,
};

/** A copy of one package manager's project, with its node_modules in place when `installed`. */
async function project(t: TestContext, manager: string, installed = true): Promise<string> {
  const dir = join(await tempDir(t), 'app');
  await cp(join(FIXTURE, manager), dir, { recursive: true });
  if (installed) await rename(join(dir, 'installed'), join(dir, 'node_modules'));
  return dir;
}

/** name@version -> the SPDX supplier text, for every package of the catalog. */
async function suppliers(dir: string): Promise<Record<string, string | undefined>> {
  const catalog = await catalogDirectory({ dir, includeDev: true });
  return Object.fromEntries(catalog.packages.map((pkg) => [`${pkg.name}@${pkg.version}`, pkg.supplier === undefined ? undefined : `${pkg.supplier.type}: ${pkg.supplier.name}${pkg.supplier.email === undefined ? '' : ` (${pkg.supplier.email})`}`]));
}

describe('suppliers from installed package.json files', () => {
  // bun/ is made by hand (bun is not installed here): see regenerate.sh.
  for (const manager of ['npm', 'yarn-v1', 'pnpm', 'bun']) {
    it(`${manager}: each package's declared author, from the copy of that name and version (nested, hoisted or in pnpm's store)`, async (t) => {
      assert.deepEqual(await suppliers(await project(t, manager)), EXPECTED);
    });
  }

  it('without node_modules, every npm package is NOASSERTION: nothing is guessed', async (t) => {
    const none = await suppliers(await project(t, 'npm', false));
    assert.deepEqual(Object.values(none).filter((supplier) => supplier !== undefined), []);
    assert.equal(Object.keys(none).length, Object.keys(EXPECTED).length);
  });

  it('writes SPDX Person suppliers, CycloneDX supplier with contact and author, marks them declared, and counts them for NTIA', async (t) => {
    const dir = await project(t, 'yarn-v1');
    const result = await generateSbom({ dir, cwd: dir, includeDev: false, clock: fixedClock(new Date('2026-01-01T00:00:00Z')) });
    const coverage = ntiaCoverage(result.sbom);
    // Production packages: chalk, ansi-styles, color-convert, color-name, supports-color 7, has-flag, debug 4, ms 2.1.3; chalk and ms declare none. The root has none either.
    assert.deepEqual([coverage.suppliers, coverage.components], [6, 9]);
    const spdx = JSON.parse(encodeSbom(result.sbom, 'spdx-json')) as { packages: { name: string; versionInfo?: string; supplier: string; originator?: string; annotations?: { comment: string }[] }[] };
    const debug = spdx.packages.find((pkg) => pkg.name === 'debug');
    assert.equal(debug?.supplier, 'Person: Josh Junon');
    // The author is where the package came from (SPDX's originator), as syft writes it for an npm package.json's author.
    assert.equal(debug?.originator, 'Person: Josh Junon');
    assert.equal(spdx.packages.find((pkg) => pkg.name === 'chalk')?.originator, undefined);
    assert.deepEqual(debug?.annotations?.map((annotation) => annotation.comment), ['trust-kit:supplier-from: declared by the package: the author field of node_modules/debug/package.json']);
    assert.equal(spdx.packages.find((pkg) => pkg.name === 'chalk')?.supplier, 'NOASSERTION');
    const cdx = JSON.parse(encodeSbom(result.sbom, 'cyclonedx-json')) as { components: { name: string; version: string; author?: string; supplier?: { name: string; contact?: { name: string; email?: string }[] } }[] };
    const convert = cdx.components.find((component) => component.name === 'color-convert');
    assert.deepEqual(convert?.supplier, { name: 'Heather Arthur', contact: [{ name: 'Heather Arthur', email: 'fayearthur@gmail.com' }] });
    assert.equal(convert?.author, 'Heather Arthur <fayearthur@gmail.com>');
    assert.equal(cdx.components.find((component) => component.name === 'chalk')?.supplier, undefined);
  });

  it('never follows a link out of the project, nor takes a copy of another name or version, a broken or oversized package.json', async (t) => {
    const dir = await project(t, 'npm');
    const outside = join(await tempDir(t), 'elsewhere');
    await mkdir(outside, { recursive: true });
    await writeFile(join(outside, 'package.json'), JSON.stringify({ name: 'chalk', version: '4.1.2', author: 'Mallory <m@evil.example>' }));
    // chalk is replaced by a link to a folder outside, whose package.json claims an author.
    await rename(join(dir, 'node_modules', 'chalk'), join(dir, 'chalk-moved'));
    await symlink(outside, join(dir, 'node_modules', 'chalk'), 'dir');
    // ms@2.0.0's copy is replaced by a link to a package.json outside; has-flag's names another version; color-name's is broken; ansi-regex's is too large.
    await writeFile(join(outside, 'ms.json'), JSON.stringify({ name: 'ms', version: '2.0.0', author: 'Mallory <m@evil.example>' }));
    await rm(join(dir, 'node_modules', 'debug-legacy', 'node_modules', 'ms', 'package.json'));
    await symlink(join(outside, 'ms.json'), join(dir, 'node_modules', 'debug-legacy', 'node_modules', 'ms', 'package.json'));
    await writeFile(join(dir, 'node_modules', 'has-flag', 'package.json'), JSON.stringify({ name: 'has-flag', version: '9.9.9', author: 'Not Me' }));
    await writeFile(join(dir, 'node_modules', 'color-name', 'package.json'), '{"name": "color-name", "version": "1.1.4", "author": ');
    await writeFile(join(dir, 'node_modules', 'ansi-regex', 'package.json'), JSON.stringify({ name: 'ansi-regex', version: '5.0.1', author: 'Big', padding: 'x'.repeat(INSTALLED_LIMITS.manifestBytes) }));
    const found = await suppliers(dir);
    // supports-color 7.2.0 was installed under chalk, now behind the link: not read either.
    assert.deepEqual(found, { ...EXPECTED, 'supports-color@7.2.0': undefined, 'has-flag@4.0.0': undefined, 'color-name@1.1.4': undefined, 'ansi-regex@5.0.1': undefined });
  });

  it('stops at the folder limit: what was read stands, the rest stays NOASSERTION', async (t) => {
    const dir = await project(t, 'npm');
    const wanted = new Set(Object.keys(EXPECTED));
    const all = await installedSuppliers(dir, ['node_modules'], wanted);
    const few = await installedSuppliers(dir, ['node_modules'], wanted, { folders: 4 });
    assert.equal(all.size, 10);
    assert.ok(few.size > 0 && few.size < 4, `${few.size} found`);
    for (const [key, found] of few) assert.deepEqual(found, all.get(key));
  });

  it('reads npm author strings and objects as npm does, and refuses what names nobody', () => {
    const text = (author: unknown): string | undefined => {
      const supplier = npmAuthorSupplier(author, 'x')?.supplier;
      return supplier === undefined ? undefined : `${supplier.type}: ${supplier.name}${supplier.email === undefined ? '' : ` (${supplier.email})`}`;
    };
    assert.equal(text('Barney Rubble <b@rubble.com> (http://barnyrubble.tumblr.com/)'), 'Person: Barney Rubble (b@rubble.com)');
    assert.equal(text('Josh Junon (https://github.com/qix-)'), 'Person: Josh Junon');
    assert.equal(text({ name: 'Sindre Sorhus', email: 'sindresorhus@gmail.com', url: 'sindresorhus.com' }), SINDRE);
    assert.equal(text({ name: 'Microsoft Corp.' }), 'Organization: Microsoft Corp.');
    assert.equal(text('Google LLC <opensource@google.com>'), 'Organization: Google LLC (opensource@google.com)');
    // A broken email is left out, control characters do not reach the document, and no name is no supplier.
    assert.equal(text('Eve <not an email>'), 'Person: Eve');
    assert.equal(text('Eve\u0000\nSmith'), 'Person: Eve Smith');
    assert.equal(text('<only@email.example>'), undefined);
    assert.equal(text({ email: 'a@b.c' }), undefined);
    assert.equal(text(['Alice']), undefined);
    assert.equal(text(42), undefined);
    assert.equal(text('x'.repeat(10_000)), undefined);
  });
});
