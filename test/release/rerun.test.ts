import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/hello-cli');
/** Outside GitHub Actions and without a token: the CLI signs with a run key. */
const OFFLINE = { SOURCE_DATE_EPOCH: '1700000000' };
/** Inside a GitHub Actions job without the id-token permission. */
const ACTIONS_WITHOUT_TOKEN = { ...OFFLINE, GITHUB_ACTIONS: 'true' };

async function project(t: Parameters<typeof tempDir>[0]): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the first release\n');
  await copyFile(join(EXAMPLE, 'package-lock.json'), join(cwd, 'package-lock.json'));
  await copyFile(join(EXAMPLE, 'package.json'), join(cwd, 'package.json'));
  return cwd;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const listing = async (dir: string): Promise<string[]> => (await readdir(dir)).sort();

test('a signed run, then a re-run with --no-sign: refused without --force, and with it the old bundle and key are gone', async (t) => {
  const cwd = await project(t);
  const out = join(cwd, 'trust-kit-out');
  const first = await cli(['release', '--base', 'dist', 'dist'], cwd, OFFLINE);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(await listing(out), ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'VERIFY.md', 'sbom.cdx.json', 'sbom.spdx.json', 'trust-kit.pub']);
  const firstSums = await readFile(join(out, 'SHA256SUMS'), 'utf8');

  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the second release\n');
  const refused = await cli(['release', '--base', 'dist', '--no-sign', 'dist'], cwd, OFFLINE);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /RELEASE_OUTPUT_NOT_EMPTY: the output directory .*trust-kit-out is not empty \(SHA256SUMS, /);
  assert.equal(await readFile(join(out, 'SHA256SUMS'), 'utf8'), firstSums, 'a refused run changes nothing');

  // A file trust-kit never wrote is replaced too: said, with what else the directory held (it went in silence).
  await writeFile(join(out, 'notes.txt'), 'mine\n');
  const forced = await cli(['release', '--base', 'dist', '--no-sign', '--force', 'dist'], cwd, OFFLINE);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stderr, /the output directory .*trust-kit-out holds 7 entries \(SHA256SUMS, SHA256SUMS\.sigstore\.json, VERIFY\.md, notes\.txt, sbom\.cdx\.json, sbom\.spdx\.json, trust-kit\.pub\), which --force replaces with this run's files once the release is done/);
  assert.deepEqual(await listing(out), ['SHA256SUMS', 'VERIFY.md', 'sbom.cdx.json', 'sbom.spdx.json'], 'no bundle or key of the first run beside the unsigned second');
  assert.match(await readFile(join(out, 'SHA256SUMS'), 'utf8'), new RegExp(`^${sha256(Buffer.from('the second release\n'))}  app\\.tgz\n`));
  assert.doesNotMatch(await readFile(join(out, 'VERIFY.md'), 'utf8'), /sigstore\.json/);
  assert.deepEqual(await listing(cwd), ['dist', 'package-lock.json', 'package.json', 'trust-kit-out'], 'no staging or replaced directory is left');
});

test('a failed signing keeps this run\'s checksums and SBOMs, and nothing of the earlier run beside them', async (t) => {
  const cwd = await project(t);
  const out = join(cwd, 'trust-kit-out');
  assert.equal((await cli(['release', '--base', 'dist', 'dist'], cwd, OFFLINE)).code, 0);

  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the second release\n');
  const failed = await cli(['release', '--base', 'dist', '--force', 'dist'], cwd, ACTIONS_WITHOUT_TOKEN);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /OIDC_TOKEN_UNAVAILABLE/);
  assert.deepEqual(await listing(out), ['SHA256SUMS', 'sbom.cdx.json', 'sbom.spdx.json'], 'the old bundle, key and VERIFY.md are gone');
  const sums = await readFile(join(out, 'SHA256SUMS'), 'utf8');
  assert.match(sums, new RegExp(`^${sha256(Buffer.from('the second release\n'))}  app\\.tgz\n`), "this run's checksums");
  for (const sbom of ['sbom.cdx.json', 'sbom.spdx.json']) assert.ok(sums.includes(`${sha256(await readFile(join(out, sbom)))}  ${sbom}\n`), `this run's ${sbom}, as listed`);
  assert.match(failed.stderr, /release failed while signing the checksums file\n {2}written to trust-kit-out \(this run's files only\): sbom\.spdx\.json, sbom\.cdx\.json, SHA256SUMS\n {2}not made: the signature, VERIFY\.md\n/);
  assert.deepEqual(await listing(cwd), ['dist', 'package-lock.json', 'package.json', 'trust-kit-out']);
});

test('a run that fails before anything is made leaves the earlier output as it was', async (t) => {
  const cwd = await project(t);
  const out = join(cwd, 'trust-kit-out');
  assert.equal((await cli(['release', '--base', 'dist', 'dist'], cwd, OFFLINE)).code, 0);
  const before = await listing(out);
  const failed = await cli(['release', '--base', 'dist', '--force', 'dist/*.zip'], cwd, OFFLINE);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /CHECKSUMS_NO_MATCH/);
  assert.match(failed.stderr, /release failed while hashing the artifacts\n {2}nothing was written; trust-kit-out is as it was\n/);
  assert.deepEqual(await listing(out), before);
  assert.deepEqual(await listing(cwd), ['dist', 'package-lock.json', 'package.json', 'trust-kit-out']);
  // A name that leaves no room for the staging directory beside it is refused before any work: it failed with ENAMETOOLONG once everything was hashed.
  const long = await cli(['release', '--base', 'dist', '--output-dir', 'o'.repeat(240), 'dist'], cwd, OFFLINE);
  assert.equal(long.code, 1);
  assert.match(long.stderr, /RELEASE_OUTPUT_NAME_TOO_LONG: the output directory \S*\/o+ has a name of 240 bytes/);
  assert.match(long.stderr, /hint: give the output directory a name of at most 222 bytes/);
  assert.deepEqual(await listing(cwd), ['dist', 'package-lock.json', 'package.json', 'trust-kit-out']);
});

test('an output directory inside the base, and staging directories beside it, are never hashed', async (t) => {
  const cwd = await project(t);
  // What an interrupted run leaves beside the output directory.
  await mkdir(join(cwd, 'dist', '.trust-kit-out.trust-kit-staging-abc123'));
  await writeFile(join(cwd, 'dist', '.trust-kit-out.trust-kit-staging-abc123', 'SHA256SUMS'), 'stale\n');
  for (const args of [[], ['--force']]) {
    const run = await cli(['release', '--base', 'dist', '--output-dir', 'dist/trust-kit-out', '--sbom-format', 'spdx-json', ...args, 'dist'], cwd, OFFLINE);
    assert.equal(run.code, 0, run.stderr);
    const names = (await readFile(join(cwd, 'dist', 'trust-kit-out', 'SHA256SUMS'), 'utf8')).split('\n').filter(Boolean).map((line) => line.slice(66));
    assert.deepEqual(names, ['app.tgz', 'sbom.spdx.json']);
  }
  const spdx = JSON.parse(await readFile(join(cwd, 'dist', 'trust-kit-out', 'sbom.spdx.json'), 'utf8')) as { packages: { packageFileName?: string }[] };
  assert.deepEqual(spdx.packages.flatMap((pkg) => pkg.packageFileName ?? []), ['app.tgz']);
});

test('an earlier output inside the base is not walked: what it holds (a dangling link here) cannot fail a --force run', async (t) => {
  const cwd = await project(t);
  await mkdir(join(cwd, 'dist', 'trust-kit-out'));
  await symlink(join(cwd, 'gone'), join(cwd, 'dist', 'trust-kit-out', 'dangling'));
  const run = await cli(['release', '--base', 'dist', '--output-dir', 'dist/trust-kit-out', '--sbom-format', 'none', '--no-sign', '--force', 'dist'], cwd, OFFLINE);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await listing(join(cwd, 'dist', 'trust-kit-out')), ['SHA256SUMS', 'VERIFY.md']);
});

test('an output directory that is or holds the base, the project or the working directory is refused, with --force too', async (t) => {
  const cwd = await project(t);
  for (const output of ['dist', '.', '..']) {
    const run = await cli(['release', '--base', 'dist', '--output-dir', output, '--force', 'dist'], cwd, OFFLINE);
    assert.equal(run.code, 1, output);
    assert.match(run.stderr, /RELEASE_OUTPUT_OVERLAPS: the output directory .* is or contains the (base|working) directory/);
  }
  assert.deepEqual(await listing(join(cwd, 'dist')), ['app.tgz'], 'the artifacts are untouched');
  await writeFile(join(cwd, 'out-file'), 'x');
  const notDirectory = await cli(['release', '--base', 'dist', '--output-dir', 'out-file', 'dist'], cwd, OFFLINE);
  assert.match(notDirectory.stderr, /RELEASE_OUTPUT_NOT_DIRECTORY/);
  // A link to nothing is said to be one: "remove that file" sent the user looking for a file.
  await symlink('nowhere/x', join(cwd, 'dangling'));
  const dangling = await cli(['release', '--base', 'dist', '--output-dir', 'dangling', 'dist'], cwd, OFFLINE);
  assert.match(dangling.stderr, /RELEASE_OUTPUT_NOT_DIRECTORY: the output directory .*dangling is a symbolic link to nowhere\/x, which does not exist/);
});

test('an artifact named by a path inside the output directory is refused, with --force too: it would be left unlisted and deleted', async (t) => {
  const cwd = await project(t);
  await mkdir(join(cwd, 'out'));
  await writeFile(join(cwd, 'out', 'extra.tgz'), 'an artifact\n');
  const run = await cli(['release', '--output-dir', 'out', '--force', 'dist/app.tgz', 'out/extra.tgz'], cwd, OFFLINE);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /RELEASE_OUTPUT_OVERLAPS: the output directory .*out is or contains the artifact .*out\/extra\.tgz/);
  assert.deepEqual(await listing(join(cwd, 'out')), ['extra.tgz'], 'the artifact is untouched');
});

test('an artifact named like a file trust-kit publishes beside it is refused before anything is written', async (t) => {
  const cwd = await project(t);
  await writeFile(join(cwd, 'dist', 'sbom.spdx.json'), '{}');
  const run = await cli(['release', '--base', 'dist', 'dist'], cwd, OFFLINE);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /RELEASE_NAME_CLASH: the artifact sbom\.spdx\.json would be published beside the file of the same name trust-kit makes/);
  assert.deepEqual(await listing(cwd), ['dist', 'package-lock.json', 'package.json']);
});

test('an artifact under trust-kit-roots/ or trust-kit-verifier/ (where VERIFY.md has users keep their own keys and fetch the verifier) is refused before anything is written', async (t) => {
  for (const directory of ['trust-kit-roots', 'trust-kit-verifier']) {
    const cwd = await project(t);
    await mkdir(join(cwd, 'dist', directory));
    await writeFile(join(cwd, 'dist', directory, 'trust-kit.pub'), 'a key of whoever made the release\n');
    const run = await cli(['release', '--base', 'dist', 'dist'], cwd, OFFLINE);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`RELEASE_NAME_CLASH: the artifact ${directory}/trust-kit\\.pub would be published under trust-kit-roots/ or trust-kit-verifier/, where VERIFY\\.md has users keep the keys and trusted roots they got themselves`));
    assert.deepEqual(await listing(cwd), ['dist', 'package-lock.json', 'package.json']);
  }
});

test('the SBOMs are in the checksums file: sha256sum -c passes in a download of the release, and the signature covers them', async (t) => {
  const cwd = await project(t);
  const out = join(cwd, 'trust-kit-out');
  assert.equal((await cli(['release', '--base', 'dist', 'dist'], cwd, OFFLINE)).code, 0);
  const download = join(cwd, 'download');
  await mkdir(download);
  await copyFile(join(cwd, 'dist', 'app.tgz'), join(download, 'app.tgz'));
  for (const file of await readdir(out)) await copyFile(join(out, file), join(download, file));
  assert.match(await readFile(join(out, 'VERIFY.md'), 'utf8'), /listed in `SHA256SUMS`, so the commands above check them too:\n\n- `sbom\.spdx\.json`\n- `sbom\.cdx\.json`\n/);
  assert.match(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: download, encoding: 'utf8' }), /app\.tgz: OK\nsbom\.cdx\.json: OK\nsbom\.spdx\.json: OK\n/);
  const verify = ['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--key', 'trust-kit.pub', '--insecure-ignore-tlog'];
  const verified = await cli(verify, download);
  assert.equal(verified.code, 0, verified.stderr);
  assert.match(verified.stdout, /sbom\.spdx\.json: OK/);
  await writeFile(join(download, 'sbom.spdx.json'), '{"tampered": true}');
  const tampered = await cli(verify, download);
  assert.equal(tampered.code, 3, 'a tampered SBOM fails verification');
  assert.match(tampered.stderr, /sbom\.spdx\.json/);
});

test('in a GitHub Actions job without a token the CLI never signs with a run key: --on-missing-token decides', async (t) => {
  const cwd = await project(t);
  const failed = await cli(['release', '--base', 'dist', '--sbom-format', 'none', 'dist'], cwd, ACTIONS_WITHOUT_TOKEN);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /OIDC_TOKEN_UNAVAILABLE: no OIDC identity token: ACTIONS_ID_TOKEN_REQUEST_URL is not set/);
  assert.deepEqual(await listing(join(cwd, 'trust-kit-out')), ['SHA256SUMS']);

  const skipped = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--force', '--on-missing-token', 'skip', 'dist'], cwd, ACTIONS_WITHOUT_TOKEN);
  assert.equal(skipped.code, 0, skipped.stderr);
  assert.deepEqual(await listing(join(cwd, 'trust-kit-out')), ['SHA256SUMS', 'VERIFY.md'], 'unsigned, and no run key');
  assert.doesNotMatch(skipped.stderr, /key made for this run/);
});

test('outside GitHub Actions, --instance public-good or github without a token follows --on-missing-token; auto signs with a run key and says so', async (t) => {
  const cwd = await project(t);
  for (const instance of ['public-good', 'github']) {
    const failed = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--force', '--instance', instance, 'dist'], cwd, OFFLINE);
    assert.equal(failed.code, 1, instance);
    assert.match(failed.stderr, /OIDC_TOKEN_UNAVAILABLE: no OIDC identity token: SIGSTORE_ID_TOKEN is not set/);
    const warned = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--force', '--instance', instance, '--on-missing-token', 'warn', 'dist'], cwd, OFFLINE);
    assert.equal(warned.code, 0, warned.stderr);
    assert.match(warned.stderr, /nothing was signed \(on-missing-token: warn\)/);
    assert.deepEqual(await listing(join(cwd, 'trust-kit-out')), ['SHA256SUMS', 'VERIFY.md']);
  }
  const auto = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--force', 'dist'], cwd, OFFLINE);
  assert.equal(auto.code, 0, auto.stderr);
  assert.match(auto.stderr, /not a GitHub Actions job, no OIDC token and no --key: signing with a key made for this run/);
  assert.deepEqual(await listing(join(cwd, 'trust-kit-out')), ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'VERIFY.md', 'trust-kit.pub']);
});

test('a failed SBOM step keeps the checksums of the artifacts, and no SBOM the checksums file does not list', async (t) => {
  const cwd = await project(t);
  await writeFile(join(cwd, 'package-lock.json'), '{ not json');
  const failed = await cli(['release', '--base', 'dist', '--strict', 'dist'], cwd, OFFLINE);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /SBOM_UNKNOWNS/);
  assert.match(failed.stderr, /release failed while making the SBOMs\n {2}written to trust-kit-out \(this run's files only\): SHA256SUMS\n {2}not made: the SBOMs, the signature, VERIFY\.md\n/);
  assert.deepEqual(await listing(join(cwd, 'trust-kit-out')), ['SHA256SUMS']);
  assert.match(await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS'), 'utf8'), /^[0-9a-f]{64} {2}app\.tgz\n$/);
});

/** The names a checksums file lists. */
const listedNames = async (path: string): Promise<string[]> => (await readFile(path, 'utf8')).split('\n').filter(Boolean).map((line) => line.slice(66));

test('a base named through a link and an output directory inside it named by its real path: the earlier output is not hashed', async (t) => {
  const cwd = await project(t);
  await symlink(join(cwd, 'dist'), join(cwd, 'linked'));
  const args = ['release', '--base', 'linked', '--output-dir', 'dist/out', '--sbom-format', 'none', '--no-sign', '--force', 'linked'];
  for (let run = 0; run < 2; run++) {
    const released = await cli(args, cwd, OFFLINE);
    assert.equal(released.code, 0, released.stderr);
    assert.deepEqual(await listedNames(join(cwd, 'dist', 'out', 'SHA256SUMS')), ['app.tgz'], `run ${run + 1}: the output directory, seen through the link, is not an artifact`);
  }
});

test('a base named by its real path and an output directory named through a link: the output and staging directories are not hashed', async (t) => {
  const cwd = await project(t);
  await symlink(join(cwd, 'dist'), join(cwd, 'linked'));
  // A live run's staging directory (this process's), beside the output directory that does not exist yet.
  const live = join(cwd, 'dist', '.out.trust-kit-staging-0123456789ab');
  await mkdir(live);
  await writeFile(join(live, '.trust-kit-staging'), JSON.stringify({ pid: process.pid, host: hostname() }));
  await writeFile(join(live, 'SHA256SUMS'), 'another run\'s\n');
  const args = ['release', '--base', 'dist', '--output-dir', 'linked/out', '--sbom-format', 'none', '--no-sign', '--force', 'dist'];
  for (let run = 0; run < 2; run++) {
    const released = await cli(args, cwd, OFFLINE);
    assert.equal(released.code, 0, released.stderr);
    assert.deepEqual(await listedNames(join(cwd, 'dist', 'out', 'SHA256SUMS')), ['app.tgz'], `run ${run + 1}: neither the output directory nor a staging directory beside it is an artifact`);
  }
  assert.deepEqual(await readdir(live), ['.trust-kit-staging', 'SHA256SUMS'], 'the live run\'s staging directory is left alone');
});

test('the release SBOM lists each artifact as a package with the checksums file\'s digest, and no SHA-1: one digest per artifact (two with sha512)', async (t) => {
  const cwd = await project(t);
  for (const algorithm of ['sha256', 'sha512'] as const) {
    const run = await cli(['release', '--base', 'dist', '--no-sign', '--force', '--algorithm', algorithm, '--sbom-format', 'spdx-json', '--sbom-format', 'cyclonedx-json', 'dist'], cwd, OFFLINE);
    assert.equal(run.code, 0, run.stderr);
    const sums = await readFile(join(cwd, 'trust-kit-out', `${algorithm.toUpperCase()}SUMS`), 'utf8');
    const content = await readFile(join(cwd, 'dist', 'app.tgz'));
    const listed = createHash(algorithm).update(content).digest('hex');
    assert.ok(sums.startsWith(`${listed}  app.tgz\n`), sums);
    const spdx = JSON.parse(await readFile(join(cwd, 'trust-kit-out', 'sbom.spdx.json'), 'utf8')) as { files?: unknown; packages: { packageFileName?: string; checksums?: { algorithm: string; checksumValue: string }[] }[] };
    assert.equal(spdx.files, undefined);
    const expected = [{ algorithm: 'SHA256', checksumValue: sha256(content) }, ...(algorithm === 'sha512' ? [{ algorithm: 'SHA512', checksumValue: listed }] : [])];
    assert.deepEqual(spdx.packages.filter((pkg) => pkg.packageFileName === 'app.tgz').map((pkg) => pkg.checksums), [expected], algorithm);
    const cdx = JSON.parse(await readFile(join(cwd, 'trust-kit-out', 'sbom.cdx.json'), 'utf8')) as { components: { type: string; name: string; hashes?: { alg: string }[] }[] };
    assert.deepEqual(cdx.components.filter((component) => component.type === 'file').map((component) => [component.name, component.hashes?.map((hash) => hash.alg)]), [['app.tgz', algorithm === 'sha512' ? ['SHA-256', 'SHA-512'] : ['SHA-256']]]);
  }
});

test('a glob through a link that matches the output directory: it is not walked or hashed, and a glob matching only output files names no artifact', async (t) => {
  const cwd = await project(t);
  await symlink(join(cwd, 'dist'), join(cwd, 'linked'));
  // An earlier output whose dangling link would fail the walk if it were entered.
  await mkdir(join(cwd, 'dist', 'out'));
  await symlink(join(cwd, 'gone'), join(cwd, 'dist', 'out', 'dangling'));
  const run = await cli(['release', '--base', 'linked', '--output-dir', 'dist/out', '--sbom-format', 'none', '--no-sign', '--force', 'linked/*'], cwd, OFFLINE);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await listedNames(join(cwd, 'dist', 'out', 'SHA256SUMS')), ['app.tgz']);
  const onlyOutput = await cli(['release', '--base', 'linked', '--output-dir', 'dist/out', '--sbom-format', 'none', '--no-sign', '--force', 'linked/out/*'], cwd, OFFLINE);
  assert.equal(onlyOutput.code, 1);
  assert.match(onlyOutput.stderr, /RELEASE_NO_ARTIFACTS: linked\/out\/\* matches only files in the output directory .* left out of the release and deleted/);
});

test('a glob matching only files in the output directory, beside a subject that names an artifact, is refused: its files are neither left out nor, with --force, deleted', async (t) => {
  const cwd = await project(t);
  await writeFile(join(cwd, 'other.bin'), 'other\n');
  const run = await cli(['release', '--output-dir', 'dist', '--sbom-format', 'none', '--no-sign', '--force', 'dist/*.tgz', 'other.bin'], cwd, OFFLINE);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /RELEASE_NO_ARTIFACTS: dist\/\*\.tgz matches only files in the output directory .* left out of the release and deleted/);
  assert.deepEqual(await readdir(join(cwd, 'dist')), ['app.tgz'], 'the artifact is still there, and nothing else');
});

test('a directory whose only files lie in the output directory inside it is RELEASE_NO_ARTIFACTS, not a path that "matches no file" with a hint about globs', async (t) => {
  const cwd = await project(t);
  await mkdir(join(cwd, 'd9', 'out'), { recursive: true });
  await writeFile(join(cwd, 'd9', 'out', 'x'), 'z\n');
  const run = await cli(['release', '--output-dir', 'd9/out', '--base', 'd9', '--sbom-format', 'none', '--no-sign', '--force', 'd9'], cwd, OFFLINE);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /RELEASE_NO_ARTIFACTS: d9 matches only files in the output directory /);
  assert.deepEqual(await readdir(join(cwd, 'd9', 'out')), ['x'], 'nothing was replaced');
});
