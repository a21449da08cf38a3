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
