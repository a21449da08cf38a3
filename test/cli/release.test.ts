import assert from 'node:assert/strict';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');
const ENV = { SOURCE_DATE_EPOCH: '1767225600' };

async function project(t: Parameters<typeof tempDir>[0]): Promise<string> {
  const dir = await tempDir(t);
  await cp(join(FIXTURES, 'js-workspace'), dir, { recursive: true });
  await mkdir(join(dir, 'test', 'fixtures'), { recursive: true });
  await cp(join(dir, 'tools', 'site', 'yarn.lock'), join(dir, 'test', 'fixtures', 'yarn.lock'));
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  return dir;
}

test('release catalogs the SBOM with the sbom command\'s default excludes, --sbom-exclude and --no-sbom-default-excludes', async (t) => {
  const dir = await project(t);
  const byDefault = await cli(['release', '--no-sign', '--sbom-format', 'spdx-json', '--base', 'dist', 'dist'], dir, ENV);
  assert.equal(byDefault.code, 0, byDefault.stderr);
  assert.match(byDefault.stderr, /sbom: \d+ packages from 2 lockfiles/);
  const excluded = await cli(['release', '--no-sign', '--sbom-format', 'spdx-json', '--sbom-exclude', 'tools', '--output-dir', 'b', '--base', 'dist', 'dist'], dir, ENV);
  assert.match(excluded.stderr, /sbom: \d+ packages from 1 lockfile /);
  const everything = await cli(['release', '--no-sign', '--sbom-format', 'spdx-json', '--no-sbom-default-excludes', '--output-dir', 'c', '--base', 'dist', 'dist'], dir, ENV);
  assert.match(everything.stderr, /sbom: \d+ packages from 3 lockfiles/);
  // Patterns are relative to --sbom-path: one written from the working directory is refused, with the missing paths, before anything is hashed.
  await mkdir(join(dir, 'app'));
  await cp(join(dir, 'tools'), join(dir, 'app', 'tools'), { recursive: true });
  const misplaced = await cli(['release', '--no-sign', '--sbom-path', 'app', '--sbom-exclude', 'app/tools', '--output-dir', 'd', '--base', 'dist', 'dist', 'missing.tgz'], dir, ENV);
  assert.equal(misplaced.code, 2, misplaced.stderr);
  assert.match(misplaced.stderr, /CONFIG_INVALID: 2 invalid inputs:\n {2}--sbom-exclude: "app\/tools" names a path from the working directory inside app, but patterns are relative to that directory: give "tools"\n {2}argument PATH: missing\.tgz does not exist/);
  await assert.rejects(stat(join(dir, 'd')), { code: 'ENOENT' });
});

test('release --sbom-organization authors the SBOMs, as sbom --organization; without it they name no organisation', async (t) => {
  const dir = await project(t);
  const named = await cli(['release', '--no-sign', '--sbom-organization', 'Acme Corp', '--base', 'dist', 'dist'], dir, { ...ENV, GITHUB_REPOSITORY_OWNER: 'someone' });
  assert.equal(named.code, 0, named.stderr);
  const creators = async (out: string): Promise<string[]> => (JSON.parse(await readFile(join(dir, out, 'sbom.spdx.json'), 'utf8')) as { creationInfo: { creators: string[] } }).creationInfo.creators;
  assert.deepEqual((await creators('trust-kit-out')).filter((creator) => creator.startsWith('Organization: ')), ['Organization: Acme Corp']);
  const cdx = JSON.parse(await readFile(join(dir, 'trust-kit-out', 'sbom.cdx.json'), 'utf8')) as { metadata: { authors?: unknown } };
  assert.deepEqual(cdx.metadata.authors, [{ name: 'Acme Corp' }]);
  // The CLI takes no owner from the environment: only the actions default to the repository owner.
  const unnamed = await cli(['release', '--no-sign', '--output-dir', 'b', '--base', 'dist', 'dist'], dir, { ...ENV, GITHUB_REPOSITORY_OWNER: 'someone' });
  assert.equal(unnamed.code, 0, unnamed.stderr);
  assert.deepEqual((await creators('b')).filter((creator) => creator.startsWith('Organization: ')), []);
});

test('release checks --key, --trusted-root and --sbom-path before hashing or writing anything, and reports all of them', async (t) => {
  const dir = await project(t);
  const run = await cli(['release', '--key', 'missing.key', '--sbom-path', 'dist/app.tgz', '--base', 'dist', 'dist'], dir, ENV);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /CONFIG_INVALID: 2 invalid inputs:\n {2}--key: missing\.key does not exist\n {2}--sbom-path: dist\/app\.tgz is not a directory/);
  // A trusted root is for keyless signing (a key signs offline, and --key with --trusted-root is refused).
  const keyless = await cli(['release', '--trusted-root', 'nope.json', '--sbom-path', 'dist/app.tgz', '--base', 'dist', 'dist'], dir, ENV);
  assert.equal(keyless.code, 2, keyless.stderr);
  assert.match(keyless.stderr, /CONFIG_INVALID: 2 invalid inputs:\n {2}--trusted-root: nope\.json does not exist\n {2}--sbom-path: dist\/app\.tgz is not a directory/);
  await assert.rejects(stat(join(dir, 'trust-kit-out')), { code: 'ENOENT' });
  const short = await cli(['release', '-o', 'out', 'dist'], dir, ENV);
  assert.equal(short.code, 2, '-o means --output in checksums and sbom; release has only --output-dir');
});

test('a bad --image is a usage error reported with the other bad flags, before anything is hashed or written, as sign-image\'s IMAGE is', async (t) => {
  const dir = await project(t);
  const run = await cli(['release', '--key', 'missing.key', '--image', 'bad::ref', '--image', 'ghcr.io/octo-org/app:v1', '--base', 'dist', 'dist'], dir, ENV);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /CONFIG_INVALID: 2 invalid inputs:\n {2}--image: image reference "bad::ref" is invalid: tag ":ref" must be /);
  assert.match(run.stderr, /\n {2}--key: missing\.key does not exist\n/);
  await assert.rejects(stat(join(dir, 'trust-kit-out')), { code: 'ENOENT' });
});

test('a release whose SBOM finds no lockfile says so: a warning, since its checksums are already written', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  const run = await cli(['release', '--no-sign', '--sbom-format', 'spdx-json', '--base', 'dist', 'dist'], dir, ENV);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /trust-kit: warning: sbom: found no lockfile in \.: the SBOMs list no dependency/);
});

test('a release refused for immutable-release outside a tag push says that is what was checked, not only the output directory', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the app\n');
  const run = await cli(['release', '--output-dir', 'out', '--no-sign', '--sbom-format', 'none', '--immutable-release', 'dist'], cwd, ENV);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /RELEASE_NOT_A_TAG: immutable-release is true/);
  assert.match(run.stderr, /^trust-kit: release failed while checking the output directory, the release settings and the signing key$/m);
});

test('a release whose artifacts hold its private signing key is refused before anything is written; so is a --force run whose output directory holds the key, which would delete it', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'dist/Signing'], dir)).code, 0);
  const listed = await cli(['release', '--key', 'dist/Signing.key', '--sbom-format', 'none', '--base', 'dist', '--output-dir', 'out', 'dist'], dir, ENV);
  assert.equal(listed.code, 1, listed.stderr);
  assert.match(listed.stderr, /RELEASE_KEY_IS_ARTIFACT: the signing key dist\/Signing\.key is among the artifacts \(as Signing\.key\)/);
  await assert.rejects(stat(join(dir, 'out', 'SHA256SUMS')));

  await mkdir(join(dir, 'out'));
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'out/k'], dir)).code, 0);
  const key = await readFile(join(dir, 'out', 'k.key'));
  const forced = await cli(['release', '--force', '--key', 'out/k.key', '--sbom-format', 'none', '--base', 'dist', '--output-dir', 'out', 'dist/app.tgz'], dir, ENV);
  assert.equal(forced.code, 1, forced.stderr);
  assert.match(forced.stderr, /RELEASE_OUTPUT_OVERLAPS: the output directory \S+ is or contains the signing key/);
  assert.deepEqual(await readFile(join(dir, 'out', 'k.key')), key);
});

test("a release signed with a key and attested: VERIFY.md's verify-attestation lines, run as written in the download with the public key where it says, verify each predicate type", async (t) => {
  const cwd = await project(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd, { TRUST_KIT_KEY_PASSPHRASE: '' })).code, 0);
  const run = await cli(['release', '--key', 'release.key', '--attest', 'auto', '--base', 'dist', 'dist'], cwd, { ...ENV, TRUST_KIT_KEY_PASSPHRASE: '' });
  assert.equal(run.code, 0, run.stderr);
  const download = join(cwd, 'download');
  await cp(join(cwd, 'trust-kit-out'), download, { recursive: true });
  await cp(join(cwd, 'dist'), download, { recursive: true });
  await mkdir(join(download, 'trust-kit-roots'));
  await cp(join(cwd, 'release.pub'), join(download, 'trust-kit-roots', 'release.pub'));
  const instructions = await readFile(join(download, 'VERIFY.md'), 'utf8');
  const lines = [...instructions.matchAll(/^trust-kit verify-attestation .*$/gm)].map((match) => match[0]);
  assert.ok(lines.length > 0, instructions);
  for (const line of lines) {
    // The words as the shell reads them: single-quoted where VERIFY.md quotes.
    const words = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
    assert.match(line, / --key 'trust-kit-roots\/release\.pub' --insecure-ignore-tlog$/);
    const verified = await cli(words.slice(1), download);
    assert.equal(verified.code, 0, `${line}\n${verified.stderr}`);
  }
});

test('the files release prints are shown as verify-checksums shows names: one holding terminal escapes is quoted, never written raw', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  const name = 'esc\u001b[31mred\u202eevil';
  await writeFile(join(cwd, 'dist', name), 'x\n');
  await writeFile(join(cwd, 'dist', 'plain.tgz'), 'y\n');
  const escaped = await cli(['generate-key-pair', '--output-key-prefix', 'k\u001b[2Jx'], cwd, { TRUST_KIT_KEY_PASSPHRASE: '' });
  assert.equal(escaped.code, 0, escaped.stderr);
  assert.ok(!`${escaped.stdout}${escaped.stderr}`.includes('\u001b'), `${escaped.stdout}${escaped.stderr}`);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], cwd, { TRUST_KIT_KEY_PASSPHRASE: '' })).code, 0);
  const run = await cli(['release', '--key', 'k.key', '--sbom-format', 'none', '--artifact-bundles', '--base', 'dist', 'dist'], cwd, { ...ENV, TRUST_KIT_KEY_PASSPHRASE: '' });
  assert.equal(run.code, 0, run.stderr);
  assert.ok(!run.stdout.includes('\u001b') && !run.stdout.includes('\u202e'), run.stdout);
  assert.match(run.stdout, /^trust-kit-out\/SHA256SUMS$/m);
});

test('a signing key that cannot be used (a wrong passphrase, the public half) fails the release before anything is hashed or written: with --force, the earlier signed output stays', async (t) => {
  const cwd = await project(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'right' })).code, 0);
  const good = await cli(['release', '--key', 'release.key', '--sbom-format', 'none', '--base', 'dist', 'dist'], cwd, { ...ENV, TRUST_KIT_KEY_PASSPHRASE: 'right' });
  assert.equal(good.code, 0, good.stderr);
  const earlier = await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS.sigstore.json'), 'utf8');
  for (const [key, passphrase, code] of [['release.key', 'wrong', 'SIGN_KEY_PASSPHRASE_WRONG'], ['release.pub', 'right', 'SIGN_KEY_INVALID']] as const) {
    const run = await cli(['release', '--force', '--key', key, '--base', 'dist', 'dist'], cwd, { ...ENV, TRUST_KIT_KEY_PASSPHRASE: passphrase });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`${code}: `));
    assert.doesNotMatch(run.stderr, /sbom:|hashed|checksums:/, 'nothing was hashed or cataloged first');
    assert.equal(await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS.sigstore.json'), 'utf8'), earlier, 'the earlier signed output stays');
  }
});
