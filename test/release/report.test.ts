import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { clockFromSourceDateEpoch } from '../../src/core/clock.js';
import { emptyReleaseReport, failedRunText, releaseFacts, runRelease } from '../../src/release/index.js';
import { tempDir } from '../support/tmp.js';

test('files that appear in the output directory during a run: the report says nothing was written there, and does not call the files kept beside it not made', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  // Another run writes into the (empty) output directory once this one has checked it.
  const logger = {
    info: (message: string) => {
      if (message.startsWith('checksums:')) writeFileSync(join(cwd, 'out', 'SHA256SUMS'), 'another run\n');
    },
    warn() {},
    debug() {},
  };
  await mkdir(join(cwd, 'out'));
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger, clock: clockFromSourceDateEpoch('1700000000') }, report), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_OUTPUT_NOT_EMPTY');
    assert.match(error.message, /this run's files are in .*\.out\.trust-kit-staging-[0-9a-f]{12}/);
    return true;
  });
  const kept = (await readdir(cwd)).filter((name) => name.startsWith('.out.trust-kit-staging-'));
  assert.equal(kept.length, 1);
  assert.deepEqual((await readdir(join(cwd, kept[0] ?? ''))).sort(), ['SHA256SUMS', 'VERIFY.md'], 'the files were made');
  const text = failedRunText(releaseFacts(report, cwd));
  assert.match(text, /release failed while moving the files into the output directory\n {2}nothing was written; out is as it was\n/);
  assert.doesNotMatch(text, /not made/);
});

test('a run that failed with a draft GitHub release holding its uploads: the CLI says the draft is kept and that a re-run reuses it', () => {
  const report = emptyReleaseReport();
  report.failed = { step: 'github-publish', error: { code: 'GITHUB_RELEASE_REJECTED', message: 'refused', hint: undefined } };
  report.draftLeft = { tag: 'v1.0.0', id: 42 };
  const text = failedRunText(releaseFacts(report, '/work'));
  assert.match(text, /\n {2}the draft GitHub release v1\.0\.0 \(id 42\) is kept with what was uploaded to it: a re-run of the job reuses it, uploading only what it lacks/);
  report.draftLeft = undefined;
  assert.doesNotMatch(failedRunText(releaseFacts(report, '/work')), /draft/);
});

test('a staging directory that cannot be made beside the output directory (the first step makes it) is said as preparing the output directory, not as hashing the artifacts', () => {
  const report = emptyReleaseReport();
  report.failed = { step: 'collect', error: { code: 'RELEASE_OUTPUT_FAILED', message: 'cannot make a staging directory beside out: EACCES', hint: undefined } };
  assert.match(failedRunText(releaseFacts(report, '/work')), /release failed while preparing the output directory\n/);
  report.failed = { step: 'collect', error: { code: 'CHECKSUMS_NO_MATCH', message: '"dist/*.zip" matches no file', hint: undefined } };
  assert.match(failedRunText(releaseFacts(report, '/work')), /release failed while hashing the artifacts\n/);
});
