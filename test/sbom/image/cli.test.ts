import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cycloneDxProblems, spdxProblems } from '../../../src/sbom/index.js';
import { cli } from '../../support/cli.js';
import { tempDir } from '../../support/tmp.js';
import { buildImage, DEBIAN_OS_RELEASE, dockerArchive, dpkgStatus, sha256, writeLayout } from './fixtures.js';

const ENV = { SOURCE_DATE_EPOCH: '1767323045' };
const IMAGE = buildImage([{ entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }, { path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'libc6', version: '2.36-9+deb12u4', source: 'glibc' }, { name: 'zlib1g', version: '1:1.2.13.dfsg-1', depends: 'libc6' }]) }] }]);

interface Component {
  purl: string;
  properties?: { name: string; value: string }[];
  components?: Component[];
}
interface CycloneDx {
  metadata: { component: Component };
  components: Component[];
}

/** Every component, the ones the image contains (nested under the described component) too. */
function components(document: CycloneDx): Component[] {
  const all: Component[] = [];
  const walk = (list: readonly Component[]): void => {
    for (const component of list) {
      all.push(component);
      walk(component.components ?? []);
    }
  };
  walk([...(document.metadata.component.components ?? []), ...document.components]);
  return all;
}

test('trust-kit sbom oci-dir:PATH writes valid SPDX and CycloneDX with the layer of each package; docker-archive: gives the same packages', async (t) => {
  const dir = await tempDir(t, 'trust-kit-imgsbom-cli-');
  await writeLayout(join(dir, 'layout'), [{ image: IMAGE, platform: { os: 'linux', architecture: 'amd64' } }]);
  const run = await cli(['sbom', 'oci-dir:layout', '--format', 'spdx-json', '--format', 'cyclonedx-json', '--output-dir', 'out'], dir, ENV);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /\/var\/lib\/dpkg\/status \[dpkg-db\]: 2 packages, 1 edge/);
  const spdx = JSON.parse(await readFile(join(dir, 'out', 'sbom.spdx.json'), 'utf8')) as { packages: { externalRefs?: { referenceLocator: string }[] }[] };
  assert.deepEqual(spdxProblems(spdx), []);
  const cdx = JSON.parse(await readFile(join(dir, 'out', 'sbom.cdx.json'), 'utf8')) as CycloneDx;
  assert.deepEqual(cycloneDxProblems(cdx), []);
  const libc = components(cdx).find((component) => component.purl.startsWith('pkg:deb/debian/libc6@'));
  assert.equal(libc?.properties?.find((property) => property.name === 'syft:location:0:layerID')?.value, sha256(IMAGE.layers[0]?.tar as Buffer));
  await writeFile(join(dir, 'image.tar'), dockerArchive(IMAGE));
  const archive = await cli(['sbom', 'docker-archive:image.tar', '--format', 'cyclonedx-json'], dir, ENV);
  assert.equal(archive.code, 0, archive.stderr);
  const purls = (document: CycloneDx): string[] => components(document).map((component) => component.purl).sort();
  assert.deepEqual(purls(JSON.parse(archive.stdout) as CycloneDx), purls(cdx));
  assert.equal(purls(cdx).length, 2);
  // Names in manifest.json written with a leading ./ name the same members.
  await writeFile(join(dir, 'dotted.tar'), dockerArchive(IMAGE, './'));
  const dotted = await cli(['sbom', 'docker-archive:dotted.tar', '--format', 'cyclonedx-json'], dir, ENV);
  assert.equal(dotted.code, 0, dotted.stderr);
  assert.deepEqual(purls(JSON.parse(dotted.stdout) as CycloneDx), purls(cdx));
  // `docker save | gzip`, which docker load takes: said to be compressed, not a tar header that does not add up.
  await writeFile(join(dir, 'image.tar.gz'), gzipSync(dockerArchive(IMAGE)));
  const gzipped = await cli(['sbom', 'docker-archive:image.tar.gz', '--format', 'cyclonedx-json'], dir, ENV);
  assert.equal(gzipped.code, 1, gzipped.stderr);
  assert.match(gzipped.stderr, /IMAGE_SOURCE_INVALID: docker-archive:image\.tar\.gz is gzip-compressed, not the tar archive `docker save` writes\n {2}hint: decompress it first \(with gunzip\)/);
});

test('trust-kit sbom oci-dir:/docker-archive: records a local image by its path\'s last component: the same SBOM from any directory, by a relative or an absolute path, naming no directory of the machine', async (t) => {
  const dir = await tempDir(t, 'trust-kit-imgsbom-cli-');
  const layout = join(dir, 'deep', 'app');
  await writeLayout(layout, [{ image: IMAGE, platform: { os: 'linux', architecture: 'amd64' } }]);
  await writeFile(join(dir, 'deep', 'app.tar'), dockerArchive(IMAGE));
  for (const [format, marker] of [['spdx-json', '"sourceInfo":"found in '], ['cyclonedx-json', '"trust-kit:source-file","value":"']] as const) {
    const runs = [
      await cli(['sbom', `oci-dir:${layout}`, '-f', format], dir, ENV),
      await cli(['sbom', 'oci-dir:deep/app', '-f', format], dir, ENV),
      await cli(['sbom', 'oci-dir:.', '-f', format], layout, ENV),
      await cli(['sbom', 'oci-dir:./app/', '-f', format], join(dir, 'deep'), ENV),
    ];
    for (const run of runs) {
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, runs[0]?.stdout);
    }
    assert.ok(runs[0]?.stdout.includes(`${marker}oci-dir:app"`), runs[0]?.stdout);
    assert.ok(runs[0]?.stdout.includes('pkg:oci/app@sha256:'), runs[0]?.stdout);
    const archives = [await cli(['sbom', `docker-archive:${join(dir, 'deep', 'app.tar')}`, '-f', format], dir, ENV), await cli(['sbom', 'docker-archive:app.tar', '-f', format], join(dir, 'deep'), ENV)];
    assert.equal(archives[0]?.stdout, archives[1]?.stdout);
    assert.ok(archives[0]?.stdout.includes(`${marker}docker-archive:app.tar"`), archives[0]?.stdout);
    for (const run of [...runs, ...archives]) assert.ok(!run.stdout.includes(dir), `the SBOM names ${dir}`);
  }
});

test('trust-kit sbom IMAGE: a missing image, a bad platform and directory flags are usage or coded errors naming them', async (t) => {
  const dir = await tempDir(t, 'trust-kit-imgsbom-cli-');
  const missing = await cli(['sbom', 'oci-dir:nowhere'], dir, ENV);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /IMAGE_SOURCE_INVALID/);
  assert.match(missing.stderr, /nowhere/);
  const platform = await cli(['sbom', 'oci-dir:nowhere', '--platform', 'amd64'], dir, ENV);
  // A bad flag value: a usage error, before the (missing) image is looked at.
  assert.equal(platform.code, 2, platform.stderr);
  assert.match(platform.stderr, /CONFIG_INVALID: --platform: is "amd64", not os\/arch/);
  const flags = await cli(['sbom', 'oci-dir:nowhere', '--exclude', 'x'], dir, ENV);
  assert.match(flags.stderr, /--exclude/);
  const directoryWithPlatform = await cli(['sbom', '.', '--platform', 'linux/amd64'], dir, ENV);
  assert.match(directoryWithPlatform.stderr, /--platform.*applies to an image/);
});

test('trust-kit sbom IMAGE prints no control character an image put in a path or a database line (terminal escapes, line breaks), in its summary or its errors', async (t) => {
  const ESC = '\u001b';
  const dir = await tempDir(t, 'trust-kit-imgsbom-cli-');
  const hostile = buildImage([
    {
      entries: [
        { path: `var/lib/dpkg/status.d/evil${ESC}]0;pwned${ESC}\\`, content: `Package: a\nVersion: 1\n${ESC}[2J\rnot a field line\n` },
        { path: 'lib/apk/db/installed', content: `P:ok\nV:1\n\n${ESC}[31mX\n` },
      ],
    },
  ]);
  await writeLayout(join(dir, 'layout'), [{ image: hostile, platform: { os: 'linux', architecture: 'amd64' } }]);
  const summary = await cli(['sbom', 'oci-dir:layout', '--format', 'spdx-json', '--output', 'out.json'], dir, ENV);
  assert.equal(summary.code, 0, summary.stderr);
  assert.match(summary.stderr, /INCOMPLETE: 1 unknown \(first: " \[2J not a field line" is not a "Field: value" line/);
  assert.ok(!summary.stderr.includes(ESC) && !summary.stderr.includes('\r'), JSON.stringify(summary.stderr));
  const strict = await cli(['sbom', 'oci-dir:layout', '--format', 'spdx-json', '--output', 'out.json', '--strict'], dir, ENV);
  assert.notEqual(strict.code, 0);
  assert.match(strict.stderr, /SBOM_UNKNOWNS/);
  assert.ok(!strict.stderr.includes(ESC) && !strict.stderr.includes('\r'), JSON.stringify(strict.stderr));
  // An entry climbing out of the root is an error quoting its name: without the escape either.
  const climbing = buildImage([{ entries: [{ path: `../${ESC}[2Jetc/passwd`, content: 'x' }] }]);
  await writeLayout(join(dir, 'climbing'), [{ image: climbing, platform: { os: 'linux', architecture: 'amd64' } }]);
  const unsafe = await cli(['sbom', 'oci-dir:climbing', '--format', 'spdx-json'], dir, ENV);
  assert.match(unsafe.stderr, /IMAGE_LAYER_UNSAFE_PATH/);
  assert.ok(!unsafe.stderr.includes(ESC), JSON.stringify(unsafe.stderr));
});

test("an image's SBOM made in a git work tree without SOURCE_DATE_EPOCH is dated by the last commit, as a directory's is (--help says so): it was the current time, so two runs differed", async (t) => {
  const dir = await tempDir(t, 'trust-kit-imgsbom-git-');
  await writeLayout(join(dir, 'layout'), [{ image: IMAGE, platform: { os: 'linux', architecture: 'amd64' } }]);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: '2024-05-06T07:08:09Z', GIT_AUTHOR_DATE: '2024-05-06T07:08:09Z' }, encoding: 'utf8' });
  git('init', '-q');
  git('add', 'layout');
  git('commit', '-q', '-m', 'image');
  const created: string[] = [];
  for (let run = 0; run < 2; run++) {
    const result = await cli(['sbom', 'oci-dir:layout', '--format', 'spdx-json'], dir, { PATH: process.env.PATH ?? '' });
    assert.equal(result.code, 0, result.stderr);
    created.push((JSON.parse(result.stdout) as { creationInfo: { created: string } }).creationInfo.created);
  }
  assert.deepEqual(created, ['2024-05-06T07:08:09Z', '2024-05-06T07:08:09Z']);
});
