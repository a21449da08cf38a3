import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

/** A directory holding dist/app.tgz and dist/app.zip, their dist/SHA256SUMS signed with release.key, and release.pub. */
async function signedRelease(t: TestContext): Promise<string> {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(dir, 'dist', 'app.zip'), 'zip\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], dir)).code, 0);
  assert.equal((await cli(['checksums', '-o', 'dist/SHA256SUMS', '--base', 'dist', 'dist/app.tgz', 'dist/app.zip'], dir)).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'release.key', 'dist/SHA256SUMS'], dir)).code, 0);
  return dir;
}

test('verify-checksums without FILE says which listed files it did not find, and so did not check', async (t) => {
  const dir = await signedRelease(t);
  const all = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(all.code, 0, all.stderr);
  assert.equal(all.stderr, '');
  // The user downloaded one of the two: it is checked, and the other is said to be unchecked (still exit 0, as sha256sum -c --ignore-missing).
  await rm(join(dir, 'dist', 'app.zip'));
  const one = await cli(['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stdout, /^app\.tgz: OK$/m);
  assert.equal(one.stderr, 'trust-kit: 1 listed file was not found in dist, so it was not checked: app.zip (name the files to check, or pass --base DIR where they are)\n');
});

test('a checksums file that is not the one its bundle signs (another release\'s, or changed to CR LF line endings on the way) is named, with what to do', async (t) => {
  const dir = await tempDir(t);
  for (const release of ['v1', 'v2']) {
    await mkdir(join(dir, release));
    await writeFile(join(dir, release, 'app.tgz'), `app ${release}\n`);
  }
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], dir)).code, 0);
  for (const release of ['v1', 'v2']) {
    assert.equal((await cli(['checksums', '-o', `${release}/SHA256SUMS`, '--base', release, `${release}/app.tgz`], dir)).code, 0);
    assert.equal((await cli(['sign-blob', '--key', 'release.key', `${release}/SHA256SUMS`], dir)).code, 0);
  }
  // The bundle of another release of the same repository beside this release's checksums file.
  const other = await cli(['verify-checksums', 'v1/SHA256SUMS', '--bundle', 'v2/SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(other.code, 3, other.stderr);
  assert.match(other.stderr, /^trust-kit: VERIFY_ARTIFACT_MISMATCH: v1\/SHA256SUMS is not the file v2\/SHA256SUMS\.sigstore\.json signs: the bundle signs sha256:[0-9a-f]{64}, but the artifact is sha256:[0-9a-f]{64}\n {2}hint: do not trust v1\/SHA256SUMS: it was altered, or the bundle is another file's \(of another release, or another asset\); download both again from the same release, as published\n$/);
  // The same checksums file saved with CR LF line endings (a text-mode download or checkout).
  await writeFile(join(dir, 'v1', 'SHA256SUMS'), (await readFile(join(dir, 'v1', 'SHA256SUMS'), 'utf8')).replaceAll('\n', '\r\n'));
  const crlf = await cli(['verify-checksums', 'v1/SHA256SUMS', '--bundle', 'v1/SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(crlf.code, 3, crlf.stderr);
  assert.match(crlf.stderr, /VERIFY_ARTIFACT_MISMATCH: v1\/SHA256SUMS is not the file v1\/SHA256SUMS\.sigstore\.json signs: .*\n {2}hint: do not trust v1\/SHA256SUMS as it is: it has CR LF line endings, which change its bytes \(a text-mode download, a checkout that converts line endings\); download it again as published\n$/);
  // verify-blob names the artifact and the bundle the same way.
  const blob = await cli(['verify-blob', 'v1/app.tgz', '--bundle', 'v2/SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(blob.code, 3, blob.stderr);
  assert.match(blob.stderr, /VERIFY_ARTIFACT_MISMATCH: v1\/app\.tgz is not the file v2\/SHA256SUMS\.sigstore\.json signs: /);
});

test('a listed file saved by a browser under another name (app (1).tgz) is named as what it looks like, not left unmentioned', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'app.tgz'), 'app\n');
  await writeFile(join(dir, 'app.zip'), 'zip\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], dir)).code, 0);
  assert.equal((await cli(['checksums', '-o', 'SHA256SUMS', 'app.tgz', 'app.zip'], dir)).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'release.key', 'SHA256SUMS'], dir)).code, 0);
  await rm(join(dir, 'app.tgz'));
  await writeFile(join(dir, 'app (1).tgz'), 'app\n');
  await rm(join(dir, 'app.zip'));
  await writeFile(join(dir, 'app(2).zip'), 'zip\n');
  await writeFile(join(dir, 'app.zip'), 'zip\n');
  const run = await cli(['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(
    run.stderr,
    'trust-kit: 1 listed file was not found in ., so it was not checked: app.tgz (name the files to check, or pass --base DIR where they are)\n' +
      'trust-kit: app (1).tgz was not checked: it looks like a second download of app.tgz, renamed by the browser; rename it to app.tgz and run again\n',
  );
});

test('a listed file this machine cannot read (a directory in its place, a permission) is an input it could not read, exit 1, with why; not a tampered artifact (exit 3) unless one is', async (t) => {
  const dir = await signedRelease(t);
  await rm(join(dir, 'dist', 'app.zip'));
  await mkdir(join(dir, 'dist', 'app.zip'));
  const verify = ['verify-checksums', 'dist/SHA256SUMS', '--bundle', 'dist/SHA256SUMS.sigstore.json', '--key', 'release.pub', '--insecure-ignore-tlog'];
  const run = await cli(verify, dir);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /^trust-kit: SIGSTORE_INPUT_UNREADABLE: 1 file listed in the signed dist\/SHA256SUMS could not be read, so it was not checked: app\.zip \(unreadable: (?:not a regular file|EISDIR)\)\n {2}hint: make the files readable/);
  const json = await cli([...verify, '--format', 'json'], dir);
  assert.equal(json.code, 1, json.stderr);
  assert.match(json.stderr, /SIGSTORE_INPUT_UNREADABLE/);
  // With a tampered file beside it, the tampering is what is told.
  await writeFile(join(dir, 'dist', 'app.tgz'), 'evil\n');
  const tampered = await cli(verify, dir);
  assert.equal(tampered.code, 3, tampered.stderr);
  assert.match(tampered.stderr, /VERIFY_ARTIFACT_MISMATCH: 2 artifacts do not match the signed dist\/SHA256SUMS: app\.tgz \(expected sha256:[0-9a-f]{64}, found sha256:[0-9a-f]{64}\); app\.zip \(unreadable/);
});
