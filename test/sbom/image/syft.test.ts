/**
 * syft and trust-kit on the same real image (Debian bookworm minbase, built once by
 * `bash scripts/install-tools.sh debian_image`), read as an OCI layout and as a `docker save`
 * archive: the OS package sets must be equal but for the differences written down in
 * syft-image-differences.json and docs/sbom.md, so a new difference fails. A missing syft or image
 * fails in CI and skips elsewhere.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { fixedClock } from '../../../src/core/clock.js';
import { dockerArchiveSource, imageSbom, ociLayoutSource, type ImageSource } from '../../../src/sbom/image/index.js';
import { tempDir } from '../../support/tmp.js';
import { gunzipSync } from 'node:zlib';
import { APK_INSTALLED, ALPINE_OS_RELEASE, buildImage, writeLayout } from './fixtures.js';


const REPO = join(import.meta.dirname, '..', '..', '..');
const SYFT = join(REPO, '.tools', 'bin', 'syft');
/** The Debian test image (see install_debian_image in scripts/install-tools.sh). */
export const DEBIAN_IMAGE = join(REPO, '.tools', 'images', 'debian-bookworm-minbase');
const GO_BINARY = join(REPO, 'test', 'fixtures', 'sbom', 'go-binary', 'hello-linux-amd64.gz');
const LEFT_PAD_LOCK = JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } }, 'node_modules/left-pad': { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' } } });

interface Difference {
  only: 'syft' | 'trust-kit';
  purl: string;
  reason: string;
}

/** A purl with its qualifiers sorted and percent-decoding undone: syft keeps qualifiers in its own order, trust-kit in the spec's. */
export function comparablePurl(purl: string): string {
  const [base = '', query = ''] = purl.split('?');
  const qualifiers = query === '' ? [] : query.split('&').map((pair) => decodeURIComponent(pair)).sort();
  return [decodeURIComponent(base), ...qualifiers].join(' ');
}

/** Whether syft and the image are there; in CI their absence fails the test. */
export function haveSyftAndImage(t: TestContext): boolean {
  const missing = [
    ...(existsSync(SYFT) ? [] : ['syft is not installed in .tools: run `bash scripts/install-tools.sh syft` (needs Go)']),
    ...(existsSync(join(DEBIAN_IMAGE, 'oci', 'index.json')) ? [] : ['the Debian test image is not built: run `sudo bash scripts/install-tools.sh debian_image`']),
  ];
  if (missing.length === 0) return true;
  if (process.env['CI'] === 'true') assert.fail(missing.join('; '));
  t.skip(missing.join('; '));
  return false;
}

/** syft's packages of an image source (`oci-dir:...`), as comparable purls. */
export async function syftPurls(source: string, home: string): Promise<Set<string>> {
  const json = await new Promise<string>((resolve, reject) => {
    const env = { PATH: process.env['PATH'] ?? '', HOME: home, SYFT_CHECK_FOR_APP_UPDATE: 'false' };
    execFile(SYFT, ['scan', source, '-o', 'syft-json', '-q'], { env, maxBuffer: 256 * 1024 * 1024, timeout: 240_000 }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(new Error(`syft failed: ${stderr}`, { cause: error }));
    });
  });
  return new Set((JSON.parse(json) as { artifacts: { purl: string }[] }).artifacts.map((artifact) => comparablePurl(artifact.purl)));
}

async function ourPurls(source: ImageSource): Promise<Set<string>> {
  const { sbom } = await imageSbom(source, { clock: fixedClock(new Date('2026-01-02T03:04:05Z')) });
  assert.deepEqual(sbom.unknowns, []);
  return new Set(sbom.packages.map((pkg) => comparablePurl(pkg.purl)));
}

test('the Debian image: the OS packages syft finds, from the OCI layout and from the docker save archive, but for the differences docs/sbom.md explains', { timeout: 300_000 }, async (t) => {
  if (!haveSyftAndImage(t)) return;
  const home = await tempDir(t, 'trust-kit-syft-home-');
  const known = JSON.parse(await readFile(join(import.meta.dirname, 'syft-image-differences.json'), 'utf8')) as Difference[];
  const docs = await readFile(join(REPO, 'docs', 'sbom.md'), 'utf8');
  for (const [prefix, ours] of [
    ['oci-dir', await ourPurls(await ociLayoutSource(join(DEBIAN_IMAGE, 'oci')))],
    ['docker-archive', await ourPurls(await dockerArchiveSource(join(DEBIAN_IMAGE, 'image.tar')))],
  ] as const) {
    const theirs = await syftPurls(`${prefix}:${join(DEBIAN_IMAGE, prefix === 'oci-dir' ? 'oci' : 'image.tar')}`, home);
    // Agreeing on nothing would prove nothing: a minbase image holds about 90 packages.
    assert.ok(theirs.size > 50, `${prefix}: syft found ${theirs.size} packages`);
    const differences = [...[...theirs].filter((purl) => !ours.has(purl)).map((purl) => `syft ${purl}`), ...[...ours].filter((purl) => !theirs.has(purl)).map((purl) => `trust-kit ${purl}`)].sort();
    assert.deepEqual(differences, known.map((difference) => `${difference.only} ${comparablePurl(difference.purl)}`).sort(), prefix);
  }
  for (const difference of known) assert.ok(docs.includes(`\`${difference.purl}\``), `docs/sbom.md does not explain ${difference.purl}`);
});

test('an Alpine-style apk database, a Debian distroless status.d, a Go binary and an npm lockfile in an image: the packages syft finds, purl for purl, but for the lockfile docs/sbom.md explains', { timeout: 300_000 }, async (t) => {
  if (!existsSync(SYFT)) {
    if (process.env['CI'] === 'true') assert.fail('syft is not installed in .tools: run `bash scripts/install-tools.sh syft` (needs Go)');
    t.skip('syft is not installed in .tools');
    return;
  }
  const dir = await tempDir(t, 'trust-kit-syft-apk-');
  const home = await tempDir(t, 'trust-kit-syft-home-');
  const images = {
    alpine: buildImage([{ entries: [{ path: 'etc/os-release', content: ALPINE_OS_RELEASE }, { path: 'lib/apk/db/installed', content: APK_INSTALLED }] }]),
    distroless: buildImage([
      { entries: [{ path: 'etc/os-release', content: 'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\n' }, { path: 'var/lib/dpkg/status.d/tzdata', content: 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\nMaintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>\n' }, { path: 'var/lib/dpkg/status.d/libssl3', content: 'Package: libssl3\nSource: openssl\nVersion: 3.0.15-1~deb12u1\nArchitecture: amd64\n' }] },
    ]),
    application: buildImage([
      {
        entries: [
          { path: 'usr/local/bin/hello', content: gunzipSync(await readFile(GO_BINARY)), mode: 0o755 },
          { path: 'app/package.json', content: '{"name":"app","version":"1.0.0"}' },
          { path: 'app/package-lock.json', content: LEFT_PAD_LOCK },
        ],
      },
    ]),
  };
  // syft's image scans run its installed-package catalogers (package.json), not its lockfile ones.
  const onlyOurs: Record<string, string[]> = { application: [comparablePurl('pkg:npm/left-pad@1.3.0')] };
  for (const [name, image] of Object.entries(images)) {
    await writeLayout(join(dir, name), [{ image, platform: { os: 'linux', architecture: 'amd64' } }]);
    const theirs = await syftPurls(`oci-dir:${join(dir, name)}`, home);
    const ours = await ourPurls(await ociLayoutSource(join(dir, name)));
    assert.ok(theirs.size >= 2, `${name}: syft found ${[...theirs].join(', ')}`);
    assert.deepEqual([...ours].sort(), [...theirs, ...(onlyOurs[name] ?? [])].sort(), name);
  }
  assert.ok((await readFile(join(REPO, 'docs', 'sbom.md'), 'utf8')).includes('`pkg:npm/left-pad@1.3.0`'), 'docs/sbom.md does not explain the lockfile difference');
});
