import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionInputName, cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { sbomConfig } from '../../src/config/sbom.js';
import { DEFAULT_EXCLUDES } from '../../src/sbom/catalog.js';

const DEFAULTS = { path: '.', format: 'spdx-json' };

test('sbom excludes: the defaults first, then the given patterns; default-excludes false drops the defaults', () => {
  assert.deepEqual(sbomConfig({}, cliNamer(), DEFAULTS).exclude, DEFAULT_EXCLUDES);
  assert.deepEqual(sbomConfig({ exclude: ['docs', 'a,b'] }, cliNamer(), DEFAULTS).exclude, [...DEFAULT_EXCLUDES, 'docs', 'a,b']);
  assert.deepEqual(sbomConfig({ exclude: 'docs\ntools/*/yarn.lock', 'default-excludes': 'false' }, actionInputName, DEFAULTS).exclude, ['docs', 'tools/*/yarn.lock']);
  assert.equal(sbomConfig({ 'allow-empty': true }, cliNamer(), DEFAULTS).allowEmpty, true);
  assert.equal(sbomConfig({ base: 'dist' }, cliNamer(), DEFAULTS).artifactBase, 'dist');
});

test('a pattern leaving the cataloged directory and a bad boolean are reported with every other problem', () => {
  assert.throws(() => sbomConfig({ exclude: ['../elsewhere', 'ok'], 'default-excludes': 'no', format: 'spdx' }, actionInputName, DEFAULTS), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.match(error.message, /3 invalid inputs/);
    assert.match(error.message, /input "exclude": "\.\.\/elsewhere" leaves the cataloged directory/);
    assert.match(error.message, /input "default-excludes": is "no"; expected true or false/);
    return true;
  });
  const release = { 'subject-path': 'dist', sign: 'false' };
  assert.deepEqual(releaseConfig({ ...release, 'sbom-exclude': 'docs', 'sbom-default-excludes': 'false' }, actionInputName, { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }).sbom?.exclude, ['docs']);
  assert.throws(() => releaseConfig({ ...release, 'sbom-exclude': 'a/../../b' }, actionInputName, { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }), /input "sbom-exclude": "a\/\.\.\/\.\.\/b" leaves/);
  // The cataloged directory itself (/, ./) is no pattern: it matched nothing, without a word.
  for (const pattern of ['/', './', '//']) assert.throws(() => sbomConfig({ exclude: [pattern] }, cliNamer(), DEFAULTS), /names the cataloged directory itself/);
  // .gitignore's negation is no exclude pattern: read literally, it took nothing back, and the lockfile stayed out unsaid.
  assert.throws(() => sbomConfig({ exclude: ['package-lock.json', '!b/package-lock.json'] }, cliNamer(), DEFAULTS), /--exclude: "!b\/package-lock\.json" is a negation, which exclude patterns do not have/);
  assert.throws(() => releaseConfig({ ...release, 'sbom-exclude': '!docs' }, actionInputName, { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }), /input "sbom-exclude": "!docs" is a negation/);
});

test('the default versions may be named as the others are: cyclonedx-json@1.6 is cyclonedx-json, spdx-json@2.3 is spdx-json, once each', () => {
  const config = sbomConfig({ format: ['CycloneDX-JSON@1.6', 'cyclonedx-json', 'spdx-json@2.3', 'cyclonedx-json@1.5'] }, cliNamer(), { path: '.', format: 'spdx-json' });
  assert.deepEqual(config.formats, ['cyclonedx-json', 'spdx-json', 'cyclonedx-json@1.5']);
  assert.deepEqual(releaseConfig({ 'subject-path': ['dist'], sign: false, 'sbom-format': 'cyclonedx-json@1.6' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }).sbom?.formats, ['cyclonedx-json']);
});
