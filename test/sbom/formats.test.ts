import assert from 'node:assert/strict';
import { constants } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { digestBytes } from '../../src/core/digest.js';
import { encodeSbom, generateSbom, type Sbom } from '../../src/sbom/index.js';
import { joinedDocument } from '../../src/sbom/formats/encoder.js';
import { encoderFor, FORMAT_NAMES } from '../../src/sbom/formats/index.js';
import { sourceFiles, uuidV5 } from '../../src/sbom/formats/identity.js';
import { assertLinear } from '../support/scaling.js';
import { cycloneDxErrors, spdxErrors } from './schemas.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');
const GOLDEN = join(FIXTURES, 'golden');
const CLOCK = fixedClock(new Date('2026-01-02T03:04:05Z'));
/** Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change (then review the diff). */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** One golden case per JavaScript lockfile kind, plus the workspace project with release files. */
const GOLDEN_CASES: { name: string; dir: string; artifacts?: string[]; formats: string[] }[] = [
  { name: 'js-workspace', dir: 'js-workspace', artifacts: ['test/fixtures/sbom/release'], formats: FORMAT_NAMES.slice() },
  { name: 'npm-lock-v1', dir: 'npm-lock-v1', formats: ['spdx-json', 'cyclonedx-json'] },
  { name: 'npm-lock-v3', dir: 'npm-lock-v3', formats: ['spdx-json', 'cyclonedx-json'] },
  { name: 'yarn-v1-deps', dir: 'yarn-v1-deps', formats: ['spdx-json', 'cyclonedx-json'] },
  { name: 'yarn-berry', dir: 'yarn-berry', formats: ['spdx-json', 'cyclonedx-json'] },
  { name: 'pnpm-v6', dir: 'pnpm-v6', formats: ['spdx-json', 'cyclonedx-json'] },
  { name: 'pnpm-v9-snapshots', dir: 'pnpm-v9-snapshots', formats: ['spdx-json', 'cyclonedx-json'] },
  { name: 'bun', dir: 'bun-workspace', formats: ['spdx-json', 'cyclonedx-json'] },
  // The other ecosystems, from their parsers' fixtures: every format stays valid whatever the purl type.
  ...['cargo-lock', 'composer-lock', 'gemfile-lock', 'go-mod-sum', 'gradle-lockfile', 'nuget-packages-lock', 'pipfile-lock', 'poetry-lock', 'pom-xml', 'requirements-txt', 'uv-lock'].map(
    (name) => ({ name, dir: name, formats: ['spdx-json', 'cyclonedx-json'] }),
  ),
];

const REPO = join(import.meta.dirname, '..', '..');

async function sbomOf(dir: string, artifacts: string[] = []): Promise<Sbom> {
  const { sbom } = await generateSbom({ dir: join(FIXTURES, dir), cwd: REPO, clock: CLOCK, artifacts, artifactBase: 'test/fixtures/sbom/release', organization: 'Acme Corp' });
  return sbom;
}

function goldenName(caseName: string, format: string): string {
  return `${caseName}.${format.replace('@', '-')}.json`;
}

describe('SBOM formats', () => {
  for (const testCase of GOLDEN_CASES) {
    for (const format of testCase.formats) {
      it(`${testCase.name} as ${format}: valid, and equal to its golden file`, async () => {
        const text = encodeSbom(await sbomOf(testCase.dir, testCase.artifacts), format);
        const errors = format.startsWith('spdx') ? spdxErrors(text) : await cycloneDxErrors(text);
        assert.deepEqual(errors, []);
        const golden = join(GOLDEN, goldenName(testCase.name, format));
        if (UPDATE || !existsSync(golden)) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(golden, text);
          if (!UPDATE) assert.fail(`${golden} did not exist; written now, review and commit it`);
        }
        assert.equal(text, readFileSync(golden, 'utf8'));
      });
    }
  }

  it('is byte-identical across runs of the same input, and its identifiers change with the content', async () => {
    const first = await sbomOf('js-workspace');
    const second = await sbomOf('js-workspace');
    for (const format of FORMAT_NAMES) assert.equal(encodeSbom(first, format), encodeSbom(second, format));

    const spdx = JSON.parse(encodeSbom(first, 'spdx-json')) as { documentNamespace: string; creationInfo: { created: string } };
    assert.equal(spdx.creationInfo.created, '2026-01-02T03:04:05Z');
    const cdx = JSON.parse(encodeSbom(first, 'cyclonedx-json')) as { serialNumber: string; metadata: { timestamp: string } };
    assert.equal(cdx.metadata.timestamp, '2026-01-02T03:04:05.000Z');

    const changed: Sbom = { ...first, packages: first.packages.filter((pkg) => pkg.name !== 'fsevents') };
    assert.notEqual((JSON.parse(encodeSbom(changed, 'spdx-json')) as { documentNamespace: string }).documentNamespace, spdx.documentNamespace);
    assert.notEqual((JSON.parse(encodeSbom(changed, 'cyclonedx-json')) as { serialNumber: string }).serialNumber, cdx.serialNumber);
    assert.match(cdx.serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('joins a document longer than one string can hold into SBOM_DOCUMENT_TOO_LARGE, saying to write it to a file, before trying (no RangeError); shorter ones as they are', () => {
    const piece = 'x'.repeat(2 ** 24);
    // References to one 16 MiB string: their length in all passes V8's longest string, with no more memory than the one.
    const pieces = Array.from({ length: Math.ceil(constants.MAX_STRING_LENGTH / piece.length) + 1 }, () => piece);
    assert.throws(() => joinedDocument('SPDX', pieces), { code: 'SBOM_DOCUMENT_TOO_LARGE', message: new RegExp(`^the SPDX document is ${pieces.length * piece.length} characters long, more than one string can hold`), hint: /write it to a file \(--output or --output-dir/ });
    assert.equal(joinedDocument('SPDX', ['{"a":', '1}\n']), '{"a":1}\n');
  });

  it('names the distinct files a package was found in, in the order found, in time linear in its locations (a package every project of a monorepo locks)', async () => {
    const pkg = (paths: readonly string[]): Sbom['packages'][number] => ({ name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0', ecosystem: 'npm', scope: 'required', hashes: [], locations: paths.map((path, line) => ({ path, line })) });
    assert.deepEqual(sourceFiles(pkg(['b/package-lock.json', 'a/package-lock.json', 'b/package-lock.json'])), ['b/package-lock.json', 'a/package-lock.json']);
    const many = Array.from({ length: 40 }, (_, index) => `p${index % 20}/package-lock.json`);
    assert.deepEqual(sourceFiles(pkg(many)), many.slice(0, 20));
    await assertLinear('distinct files of one package', (count) => pkg(Array.from({ length: count }, (_, index) => `project-${index}/package-lock.json`)), sourceFiles, 2_000);
  });

  it('makes UUIDv5 as RFC 4122 does (checked against Python\'s uuid.uuid5 in the URL namespace)', () => {
    assert.equal(uuidV5('https://trust-kit.dev/sbom/spdx-json/abc'), '4eb18a19-b796-59d0-bebe-d80e0c060b45');
    assert.equal(uuidV5('http://example.com/é'), 'b4227355-a932-55b8-a997-0c7e5b3aaf10');
  });

  it('ends each document with its UUID, made from the SHA-256 of all the text before it, however many chunks that text came in', async () => {
    const small = await sbomOf('js-workspace');
    const template = small.packages[0] as Sbom['packages'][number];
    // Enough packages and edges for many chunks.
    const packages = Array.from({ length: 4_321 }, (_, index) => ({ ...template, purl: `pkg:npm/p${index}@1.0.0`, name: `p${index}` }));
    const relationships = packages.map((pkg) => ({ from: small.root.purl, to: pkg.purl, type: 'depends-on' as const }));
    for (const sbom of [small, { ...small, packages, relationships }, { ...small, packages: [], relationships: [] }]) {
      for (const format of FORMAT_NAMES) {
        const encoder = encoderFor(format);
        const text = encoder.encode(sbom);
        const match = /([0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})"\}\n$/.exec(text);
        assert.ok(match !== null, `${format} ends with its UUID`);
        const before = text.slice(0, match.index);
        assert.equal(match[1], uuidV5(`https://trust-kit.dev/sbom/${encoder.identityName}/${createHash('sha256').update(before).digest('hex')}`), format);
        const document = JSON.parse(text) as { documentNamespace?: string; serialNumber?: string };
        assert.ok((document.documentNamespace ?? document.serialNumber ?? '').endsWith(match[1] ?? ''), `${format}: the UUID is the namespace's or serial number's`);
      }
    }
  });

  it('writes the NTIA minimum elements: the root supplied by the organisation, other suppliers NOASSERTION (never invented), purls, author tool and organisation, timestamp, DESCRIBES', async () => {
    const spdx = JSON.parse(encodeSbom(await sbomOf('js-workspace'), 'spdx-json')) as {
      creationInfo: { creators: string[] };
      packages: { SPDXID: string; name: string; supplier: string; versionInfo?: string; externalRefs?: { referenceLocator: string }[]; checksums?: { algorithm: string; checksumValue: string }[]; licenseDeclared: string }[];
      relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
      hasExtractedLicensingInfos: { licenseId: string; extractedText: string }[];
    };
    assert.deepEqual(spdx.creationInfo.creators, ['Organization: Acme Corp', 'Tool: trust-kit-0.1.0']);
    assert.equal(spdx.packages[0]?.supplier, 'Organization: Acme Corp');
    for (const pkg of spdx.packages.slice(1)) {
      assert.equal(pkg.supplier, 'NOASSERTION');
      assert.ok(pkg.versionInfo !== undefined && pkg.externalRefs?.[0]?.referenceLocator.startsWith('pkg:npm/'), pkg.name);
    }
    const root = spdx.packages[0];
    assert.deepEqual(spdx.relationships[0], { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: root?.SPDXID });
    // Integrity becomes hex of the right length; free-text licenses become declared LicenseRefs.
    const debug = spdx.packages.find((pkg) => pkg.name === 'debug');
    assert.deepEqual(debug?.checksums, [{ algorithm: 'SHA512', checksumValue: Buffer.from('RGwwWnwQvkVfavKVt22FGLw+xYSdzARwm0ru6DhTVA3umU5hZc28V3kO4stgYryrTlLpuvgI9GiijltAjNbcqA==', 'base64').toString('hex') }]);
    const legacy = spdx.packages.find((pkg) => pkg.name === 'legacy-lib');
    assert.match(legacy?.licenseDeclared ?? '', /^LicenseRef-/);
    assert.deepEqual(spdx.hasExtractedLicensingInfos.map((info) => info.extractedText), ['SEE LICENSE IN LICENSE.txt']);
    assert.equal(spdx.packages.find((pkg) => pkg.name === '@acme/app')?.licenseDeclared, '(MIT OR Apache-2.0)');
  });

  it('lists the release files as SPDX packages with SHA-256 and no SHA-1, described by the document and generated by the root; as CycloneDX file components', async () => {
    const sbom = await sbomOf('js-workspace', ['test/fixtures/sbom/release']);
    assert.deepEqual(sbom.files.map((file) => file.name), ['NOTES.md', 'acme-1.2.0.txt']);
    const text = encodeSbom(sbom, 'spdx-json');
    assert.deepEqual(spdxErrors(text), []);
    const spdx = JSON.parse(text) as { files?: unknown; packages: Record<string, unknown>[]; relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] };
    assert.equal(spdx.files, undefined, 'no SPDX files, which would need a SHA-1');
    const content = readFileSync(join(FIXTURES, 'release', 'acme-1.2.0.txt'));
    const release = spdx.packages.find((pkg) => pkg['packageFileName'] === 'acme-1.2.0.txt');
    assert.deepEqual(release, {
      SPDXID: release?.['SPDXID'],
      name: 'acme-1.2.0.txt',
      versionInfo: '1.2.0',
      packageFileName: 'acme-1.2.0.txt',
      supplier: 'Organization: Acme Corp',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      checksums: [{ algorithm: 'SHA256', checksumValue: digestBytes('sha256', content) }],
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'FILE',
    });
    const root = spdx.packages[0]?.['SPDXID'];
    const artifactIds = spdx.packages.filter((pkg) => pkg['packageFileName'] !== undefined).map((pkg) => pkg['SPDXID']);
    assert.equal(artifactIds.length, 2);
    const edges = (type: string): string[] => spdx.relationships.filter((relationship) => relationship.relationshipType === type).map((relationship) => `${relationship.spdxElementId} ${relationship.relatedSpdxElement}`);
    assert.deepEqual(edges('GENERATES'), artifactIds.map((id) => `${String(root)} ${String(id)}`));
    assert.deepEqual(edges('DESCRIBES'), [root, ...artifactIds].map((id) => `SPDXRef-DOCUMENT ${String(id)}`));
    const cdx = JSON.parse(encodeSbom(sbom, 'cyclonedx-json')) as { components: { type: string; name: string; hashes?: { alg: string }[] }[] };
    const files = cdx.components.filter((component) => component.type === 'file');
    assert.deepEqual(files.map((file) => [file.name, file.hashes?.map((hash) => hash.alg)]), [['NOTES.md', ['SHA-256']], ['acme-1.2.0.txt', ['SHA-256']]]);
  });

  it('names a release artifact\'s purpose by what it is: an archive, a program built from packages or an executable, else a file; SHA-512 beside SHA-256 when the checksums use it', () => {
    const module = { name: 'golang.org/x/text', version: 'v0.3.0', ecosystem: 'golang', purl: 'pkg:golang/golang.org/x/text@v0.3.0', scope: 'required', hashes: [], locations: [] } as const;
    const root = { name: 'app', version: '2.0.0', ecosystem: 'generic', purl: 'pkg:generic/app@2.0.0', scope: 'required', hashes: [], locations: [] } as const;
    const names = ['app-linux-amd64.tar.gz', 'app.zip', 'app_2.0.0_amd64.deb', 'app.exe', 'app-linux-amd64', 'checksums.txt'];
    const files = names.map((name) => ({ name, size: 1, digest: { sha256: 'a'.repeat(64), sha512: 'b'.repeat(128) }, ...(name === 'app-linux-amd64' ? { contains: [module.purl] } : {}) }));
    const sbom: Sbom = { root: { ...root, hashes: [], locations: [] }, packages: [{ ...module, hashes: [], locations: [] }], relationships: [], unknowns: [], files, created: new Date(0), tool: 'trust-kit-test' };
    const spdx = JSON.parse(encodeSbom(sbom, 'spdx-json')) as { packages: { packageFileName?: string; primaryPackagePurpose: string; checksums?: { algorithm: string }[] }[] };
    const artifacts = spdx.packages.filter((pkg) => pkg.packageFileName !== undefined);
    assert.deepEqual(artifacts.map((pkg) => [pkg.packageFileName, pkg.primaryPackagePurpose]), [
      ['app-linux-amd64.tar.gz', 'ARCHIVE'],
      ['app.zip', 'ARCHIVE'],
      ['app_2.0.0_amd64.deb', 'ARCHIVE'],
      ['app.exe', 'APPLICATION'],
      ['app-linux-amd64', 'APPLICATION'],
      ['checksums.txt', 'FILE'],
    ]);
    assert.deepEqual(artifacts[0]?.checksums?.map((checksum) => checksum.algorithm), ['SHA256', 'SHA512']);
  });

  it("writes git sources in SPDX's VCS form (the revision after @, since SPDX reads # as a sub-path) and keeps other URLs as they are", async () => {
    const sbom = await sbomOf('js-workspace');
    const locations = ['git+ssh://git@github.com/acme/one.git#0123abc', 'git+https://github.com/acme/two#v1.2.0', 'https://registry.npmjs.org/three/-/three-1.0.0.tgz#not-a-revision', 'file:../local'];
    const changed: Sbom = { ...sbom, packages: sbom.packages.map((pkg, index) => ({ ...pkg, downloadLocation: locations[index % locations.length] as string })) };
    const text = encodeSbom(changed, 'spdx-json');
    assert.deepEqual(spdxErrors(text), []);
    const spdx = JSON.parse(text) as { packages: { downloadLocation: string }[] };
    assert.deepEqual(spdx.packages.slice(1, 5).map((pkg) => pkg.downloadLocation), [
      'git+ssh://git@github.com/acme/one.git@0123abc',
      'git+https://github.com/acme/two@v1.2.0',
      'https://registry.npmjs.org/three/-/three-1.0.0.tgz#not-a-revision',
      'NOASSERTION',
    ]);
  });

  it('writes NOASSERTION for a download URL whose host spdx-tools (the NTIA checker\'s parser) refuses, an IP address, localhost or a name without a dot, which failed the whole document there', async () => {
    const sbom = await sbomOf('js-workspace');
    const refused = ['http://10.1.2.3:8081/repository/pypi/x-1.0.tar.gz', 'http://[::1]:4873/x/-/x-1.0.0.tgz', 'http://localhost:8080/x.tgz', 'https://nexus:8443/x.tgz', 'git+https://192.168.0.2/acme/x.git#0123abc', 'git+https://git.corp.internal/grp/x.git#0123abc', 'git+ssh://git@git.acme.example:2222/x.git'];
    const kept = ['https://pkgs.dev.azure.com/acme/_packaging/x.tgz', 'git+ssh://git@github.com/acme/one.git#0123abc', 'https://user@nexus.corp.example:8443/x.tgz', 'https://files.example.company/x.tgz', 'git+https://git.corp.com:2222/grp/x.git'];
    const written: string[] = [];
    for (const location of [...refused, ...kept]) {
      const text = encodeSbom({ ...sbom, packages: sbom.packages.map((pkg) => ({ ...pkg, downloadLocation: location })) }, 'spdx-json');
      assert.deepEqual(spdxErrors(text), []);
      written.push((JSON.parse(text) as { packages: { downloadLocation: string }[] }).packages[1]?.downloadLocation ?? '');
    }
    assert.deepEqual(written, [...refused.map(() => 'NOASSERTION'), kept[0], 'git+ssh://git@github.com/acme/one.git@0123abc', kept[2], kept[3], kept[4]]);
  });

  it('writes an IPv6 host\'s brackets as they are, its address in full, and a % that begins no escape as %25 in CycloneDX: http://%5B::1%5D was no URL, and [::1] and %zz made the document invalid', async () => {
    const sbom = await sbomOf('js-workspace');
    const locations = ['http://[::1]:4873/x/-/x-1.0.0.tgz', 'https://example.com/%zz/a b.tgz', 'https://user@[2001:db8::1]/y.tgz?q=[1]'];
    const changed: Sbom = { ...sbom, packages: sbom.packages.map((pkg, index) => ({ ...pkg, downloadLocation: locations[index % locations.length] as string })) };
    const text = encodeSbom(changed, 'cyclonedx-json');
    assert.deepEqual(await cycloneDxErrors(text), []);
    const urls = (JSON.parse(text) as { components: { externalReferences?: { url: string }[] }[] }).components.flatMap((component) => component.externalReferences?.map((reference) => reference.url) ?? []);
    assert.ok(urls.includes('http://[0:0:0:0:0:0:0:1]:4873/x/-/x-1.0.0.tgz'), urls.join('\n'));
    assert.ok(urls.includes('https://example.com/%25zz/a%20b.tgz'), urls.join('\n'));
    assert.ok(urls.includes('https://user@[2001:db8:0:0:0:0:0:1]/y.tgz?q=%5B1%5D'), urls.join('\n'));
  });

  it('leaves a version longer than the CycloneDX 1.6 and 1.7 schemas take (1,024 characters) to the purl, which holds it whole: the document was invalid', async () => {
    const sbom = await sbomOf('js-workspace');
    const long = `1.0.0-${'x'.repeat(1100)}`;
    const target = sbom.packages[1] as Sbom['packages'][number];
    const changed: Sbom = { ...sbom, packages: sbom.packages.map((pkg) => (pkg === target ? { ...pkg, version: long } : pkg)) };
    for (const format of ['cyclonedx-json', 'cyclonedx-json@1.7', 'cyclonedx-json@1.5'] as const) {
      const text = encodeSbom(changed, format);
      assert.deepEqual(await cycloneDxErrors(text), [], format);
      const component = (JSON.parse(text) as { components: { purl?: string; version?: string }[] }).components.find((entry) => entry.purl === target.purl);
      assert.equal(component?.version, undefined, format);
    }
  });

  it('declares the LicenseRefs packages name themselves, and keeps references into other documents as extracted text', async () => {
    const sbom = await sbomOf('js-workspace');
    const licenses = ['LicenseRef-Proprietary', 'MIT OR LicenseRef-Custom-1', 'DocumentRef-other:LicenseRef-X'];
    const changed: Sbom = { ...sbom, packages: sbom.packages.map((pkg, index) => (index < licenses.length ? { ...pkg, license: licenses[index] as string } : pkg)) };
    const text = encodeSbom(changed, 'spdx-json');
    assert.deepEqual(spdxErrors(text), []);
    const spdx = JSON.parse(text) as { packages: { licenseDeclared: string }[]; hasExtractedLicensingInfos: { licenseId: string; name: string; extractedText: string }[] };
    assert.deepEqual(spdx.packages.slice(1, 3).map((pkg) => pkg.licenseDeclared), ['LicenseRef-Proprietary', 'MIT OR LicenseRef-Custom-1']);
    assert.match(spdx.packages[3]?.licenseDeclared ?? '', /^LicenseRef-DocumentRef-other-LicenseRef-X-[0-9a-f]{8}$/);
    const infos = new Map(spdx.hasExtractedLicensingInfos.map((info) => [info.licenseId, info]));
    assert.equal(infos.get('LicenseRef-Proprietary')?.name, 'Proprietary');
    assert.equal(infos.get('LicenseRef-Custom-1')?.name, 'Custom-1');
    assert.equal(infos.get(spdx.packages[3]?.licenseDeclared ?? '')?.extractedText, 'DocumentRef-other:LicenseRef-X');
    assert.deepEqual(await cycloneDxErrors(encodeSbom(changed, 'cyclonedx-json')), []);
  });

  it("nests contained packages under their container in CycloneDX (a nested project's members under it), never as a dependency and never in a cycle", async () => {
    const sbom = await sbomOf('js-workspace');
    const [project, member, other] = sbom.packages;
    assert.ok(project !== undefined && member !== undefined && other !== undefined);
    const contains = (from: string, to: string): Sbom['relationships'][number] => ({ from, to, type: 'contains' });
    // root contains project, project contains member, member "contains" project back (a cycle), other contains root.
    const changed: Sbom = { ...sbom, relationships: [contains(sbom.root.purl, project.purl), contains(project.purl, member.purl), contains(member.purl, project.purl), contains(other.purl, sbom.root.purl)] };
    const text = encodeSbom(changed, 'cyclonedx-json');
    assert.deepEqual(await cycloneDxErrors(text), []);
    type Component = { 'bom-ref': string; components?: Component[] };
    const bom = JSON.parse(text) as { metadata: { component: Component }; components: Component[]; dependencies: { ref: string; dependsOn?: string[] }[] };
    const nestedProject = bom.metadata.component.components?.find((component) => component['bom-ref'] === project.purl);
    assert.deepEqual(nestedProject?.components?.map((component) => component['bom-ref']), [member.purl]);
    assert.ok(!bom.components.some((component) => component['bom-ref'] === project.purl || component['bom-ref'] === member.purl));
    const dependsOn = (ref: string): string[] => bom.dependencies.find((dependency) => dependency.ref === ref)?.dependsOn ?? [];
    assert.deepEqual(dependsOn(project.purl), []);
    // What cannot nest stays an edge rather than being lost.
    assert.deepEqual(dependsOn(member.purl), [project.purl]);
    assert.deepEqual(dependsOn(other.purl), [sbom.root.purl]);
  });
});

describe('an unknown format', () => {
  it('is SBOM_FORMAT_UNKNOWN naming it and listing the formats there are', () => {
    assert.throws(() => encoderFor('spdx-tag-value'), { code: 'SBOM_FORMAT_UNKNOWN', message: 'unknown SBOM format "spdx-tag-value"', hint: `choose one of ${FORMAT_NAMES.join(', ')}` });
  });
});
