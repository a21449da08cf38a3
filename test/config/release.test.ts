import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionInputName, cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';

const DEFAULTS = { base: '.', outputDir: 'trust-kit-out', ephemeralKeyWithoutToken: false };

test('command-line artifacts are one path or glob each; the action input is a newline- or comma-separated list', () => {
  const cli = releaseConfig({ 'subject-path': ['dist/app, v1.tgz', 'dist/*.zip'], sign: 'false' }, cliNamer({ 'subject-path': 'PATH' }), DEFAULTS);
  assert.deepEqual(cli.subjects, ['dist/app, v1.tgz', 'dist/*.zip']);
  const action = releaseConfig({ 'subject-path': 'dist/a.tgz, dist/b.tgz\ndist/*.zip', sign: 'false' }, actionInputName, DEFAULTS);
  assert.deepEqual(action.subjects, ['dist/a.tgz', 'dist/b.tgz', 'dist/*.zip']);
});

test('every bad input of every part (checksums, SBOM, signing) is reported at once', () => {
  assert.throws(
    () => releaseConfig({ algorithm: 'md5', 'sbom-format': 'spdx-json,swid', instance: 'sigstore', 'fulcio-url': 'ftp://x' }, actionInputName, DEFAULTS),
    (error: Error & { code?: string; issues?: { input: string }[] }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.deepEqual(error.issues?.map((issue) => issue.input).sort(), ['input "algorithm"', 'input "fulcio-url"', 'input "instance"', 'input "rekor-url"', 'input "sbom-format"', 'input "subject-path"']);
      return true;
    },
  );
});

test('the CLI signs with a key made for the run only when it has no key and instance is auto; actions never do', () => {
  const cli = (raw: Record<string, string | string[]>) => releaseConfig({ 'subject-path': ['dist'], ...raw }, cliNamer({ 'subject-path': 'PATH' }), { ...DEFAULTS, ephemeralKeyWithoutToken: true });
  assert.equal(cli({}).sign?.ephemeralKeyWithoutToken, true);
  assert.equal(cli({ key: 'k.key' }).sign?.ephemeralKeyWithoutToken, false);
  assert.equal(cli({ instance: 'public-good' }).sign?.ephemeralKeyWithoutToken, false);
  assert.equal(cli({ instance: 'github' }).sign?.ephemeralKeyWithoutToken, false);
  for (const keyless of [['fulcio-url', 'rekor-url'], ['rekor-url'], ['tsa-url']]) {
    assert.equal(cli(Object.fromEntries(keyless.map((name) => [name, 'https://sigstore.example']))).sign?.ephemeralKeyWithoutToken, false, `${keyless.join(' and ')} ask for keyless signing`);
  }
  assert.equal(cli({ 'trusted-root': 'root.json' }).sign?.ephemeralKeyWithoutToken, false);
  assert.equal(cli({ sign: 'false' }).sign, undefined);
  assert.equal(releaseConfig({ 'subject-path': 'dist' }, actionInputName, DEFAULTS).sign?.ephemeralKeyWithoutToken, false);
  assert.equal(cli({ 'sbom-format': 'none' }).sbom, undefined);
});

test('force is off unless asked for, on both surfaces', () => {
  assert.equal(releaseConfig({ 'subject-path': ['dist'] }, cliNamer({ 'subject-path': 'PATH' }), DEFAULTS).force, false);
  assert.equal(releaseConfig({ 'subject-path': ['dist'], force: true }, cliNamer({ 'subject-path': 'PATH' }), DEFAULTS).force, true);
  assert.equal(releaseConfig({ 'subject-path': 'dist', force: 'true' }, actionInputName, DEFAULTS).force, true);
  assert.throws(() => releaseConfig({ 'subject-path': 'dist', force: 'yes' }, actionInputName, DEFAULTS), (error: Error & { issues?: { input: string }[] }) => error.issues?.[0]?.input === 'input "force"');
});

test('a tag starting with - is refused (git tag refuses it too): in VERIFY.md it would be read as an option, --repo=other/x as another repository', () => {
  for (const tag of ['-x', '--repo=other/x']) {
    assert.throws(
      () => releaseConfig({ 'subject-path': 'dist', 'github-release': 'true', tag }, actionInputName, DEFAULTS),
      (error: Error & { issues?: { input: string; message: string }[] }) => error.issues?.[0]?.input === 'input "tag"' && /not a git tag name/.test(error.issues[0].message),
    );
  }
  assert.equal(releaseConfig({ 'subject-path': 'dist', 'github-release': 'true', tag: 'v1.0.0-rc.1' }, actionInputName, DEFAULTS).githubRelease?.tag, 'v1.0.0-rc.1');
});

test("a tag git refuses (git check-ref-format: a part beginning with a dot or ending in .lock, or @ alone) is refused: z/./b was looked up as z/b and released as a tag that cannot exist", () => {
  for (const tag of ['.v1', 'z/./b', 'a/.x', 'x.lock/y', 'v1.lock', '@']) {
    assert.throws(
      () => releaseConfig({ 'subject-path': 'dist', 'github-release': 'true', tag }, actionInputName, DEFAULTS),
      (error: Error & { issues?: { input: string; message: string }[] }) => error.issues?.[0]?.input === 'input "tag"' && /not a git tag name/.test(error.issues[0].message),
      tag,
    );
  }
  for (const tag of ['v1.0.0', 'pkg@1.2.3', 'app/v1.0.0', 'v1.lockfile', 'a.b/c.d']) assert.equal(releaseConfig({ 'subject-path': 'dist', 'github-release': 'true', tag }, actionInputName, DEFAULTS).githubRelease?.tag, tag);
});

test('a flag that needs signing, with signing off, says how signing was turned off on either surface', () => {
  assert.throws(
    () => releaseConfig({ 'subject-path': ['dist'], sign: false, 'audit-log': true }, cliNamer(), DEFAULTS),
    /--audit-log: needs signing: it records what was signed; signing is turned off \(--no-sign, the input sign: false\)/,
  );
});
