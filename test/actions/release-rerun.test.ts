// The root action run again for a release it published: it changes nothing, and its outputs still
// describe the release's files (a caller's later jobs read them on a re-run as on the first run).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { recordingIO } from '../support/action-io.js';
import { apiError, startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());

test('a run for a release published already sets the subjects output as the run that published it did', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await writeFile(join(cwd, 'dist', 'app.zip'), 'the zip\n');
  await writeFile(join(cwd, 'release.key'), generateSigningKeyPair(undefined).privateKeyPem, { mode: 0o600 });
  const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key', gate: 'false', 'github-release': 'true', 'github-token': 'ghs_test', force: 'true' };
  const env = { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/app', GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REF_NAME: 'v1.0.0', GITHUB_REF_TYPE: 'tag' };
  const first = recordingIO();
  await run(inputs, first, cwd, env);
  assert.match(first.outputs['release-uploaded'] ?? '', /app\.tgz/);
  const again = recordingIO();
  await run(inputs, again, cwd, env);
  assert.equal(again.outputs['release-uploaded'], '', 'nothing uploaded again');
  assert.match(again.summary, /published already/);
  assert.ok((first.outputs.subjects ?? '') !== '');
  assert.equal(again.outputs.subjects, first.outputs.subjects);
});

/** A key-signed release of dist/app.tgz published to `repository`'s v1.0.0 by the root action, gate off. */
async function keySignedPublishing(t: TestContext, repository: string): Promise<{ cwd: string; inputs: Record<string, string>; env: Record<string, string> }> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await writeFile(join(cwd, 'release.key'), generateSigningKeyPair(undefined).privateKeyPem, { mode: 0o600 });
  const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key', gate: 'false', 'github-release': 'true', 'github-token': 'ghs_test', force: 'true' };
  const env = { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: repository, GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REF_NAME: 'v1.0.0', GITHUB_REF_TYPE: 'tag' };
  return { cwd, inputs, env };
}

test('a run after one whose publishing failed says in the job summary which of the failed run\'s files it replaced on the draft', async (t) => {
  const { cwd, inputs, env } = await keySignedPublishing(t, 'octo-org/replaced');
  // Refused, which no retry changes: the run fails with the draft full.
  api.faults.inject(apiError(422, 'Validation Failed'), { route: 'releases.update' });
  await assert.rejects(run(inputs, recordingIO(), cwd, env), { code: 'GITHUB_RELEASE_REJECTED' });
  const again = recordingIO();
  await run(inputs, again, cwd, env);
  assert.match(again.summary, /Deleted from the draft as a failed run's files \(this run uploaded its own in their place, where it makes them\): `SHA256SUMS\.sigstore\.json`, `VERIFY\.md`\n/);
});

test('a run that fails outside its steps (the runner\'s output file refuses a write once the files are in place) still says in the job summary that it failed, and why', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  const io = recordingIO();
  // From the first output set once the files are in place, every output is refused.
  let full = false;
  const refusing = {
    ...io,
    setOutput: (name: string, value: string) => {
      full ||= name === 'checksums-path';
      if (full) assert.fail('ENOSPC: no space left on device, write');
      io.setOutput(name, value);
    },
  };
  await assert.rejects(run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false' }, refusing, cwd, { GITHUB_ACTIONS: 'true' }), /ENOSPC/);
  assert.match(io.summary, /\*\*Failed\*\* while .*ENOSPC/s, io.summary);
});

test('a run whose publishing fails after the draft holds files says in the job summary that the draft is kept and that a re-run reuses it; the re-run does, making no second draft', async (t) => {
  const { cwd, inputs, env } = await keySignedPublishing(t, 'octo-org/kept-draft');
  const repository = api.state.repository('octo-org', 'kept-draft');
  for (const [route, step] of [['releases.uploadAsset', 'uploading to the draft'], ['releases.update', 'publishing the GitHub release']] as const) {
    api.faults.inject(apiError(422, 'Validation Failed'), { route, ...(route === 'releases.uploadAsset' ? { after: 1 } : {}) });
    const failed = recordingIO();
    await assert.rejects(run(inputs, failed, cwd, env), { code: 'GITHUB_RELEASE_REJECTED' });
    const draft = api.state.releases.forTag(repository, 'v1.0.0');
    assert.ok(draft?.draft === true, 'the draft stays');
    assert.match(failed.summary, new RegExp(`Failed\\*\\* while ${step}`));
    assert.match(failed.summary, new RegExp(`The draft GitHub release \`v1\\.0\\.0\` \\(id ${draft.id}\\) is kept with what was uploaded to it: a re-run of the job reuses it`));
  }
  const again = recordingIO();
  await run(inputs, again, cwd, env);
  assert.doesNotMatch(again.summary, /draft GitHub release .* is kept/);
  const releases = api.state.releases.releases.filter((release) => release.repository === repository);
  assert.equal(releases.length, 1, 'one release: the re-run published the draft the failed runs left');
  assert.equal(releases[0]?.draft, false);
});
