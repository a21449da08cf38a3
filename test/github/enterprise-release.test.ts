// A release published on a GitHub Enterprise Server: the API under a path prefix (`/api/v3`),
// uploads at the URL the API gives (`/api/uploads`), never at a hard-coded uploads.github.com.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { recordingIO } from '../support/action-io.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi({ enterprise: true });
});
after(() => api.close());

test('on an Enterprise Server the release goes to GITHUB_API_URL with its path prefix, and the assets to the upload URL the API gives', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const io = recordingIO();
  const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', 'github-token': 'ghs_enterprise' };
  await run(inputs, io, cwd, { ...api.env, GITHUB_REPOSITORY: 'octo-org/ghes', GITHUB_REF: 'refs/tags/v1.0.0' });
  const release = api.state.releases.forTag(api.state.repository('octo-org', 'ghes'), 'v1.0.0');
  assert.equal(release?.draft, false);
  assert.deepEqual(release?.assets.map((asset) => asset.name).sort(), ['SHA256SUMS', 'VERIFY.md', 'app.tgz']);
  assert.ok(api.records.length > 0);
  for (const record of api.records) {
    assert.match(record.path, /^\/api\/(v3|uploads)\//, `${record.method} ${record.path}`);
    assert.notEqual(record.route, undefined, `${record.method} ${record.path} is a route of the API`);
    // A 404 is the release not found yet by its tag, nothing else.
    assert.ok(record.status < 400 || (record.status === 404 && record.route === 'releases.getByTag'), `${record.method} ${record.path}: ${record.status}`);
  }
  assert.deepEqual([...new Set(api.requestsTo('releases.uploadAsset').map((record) => record.path.split('/').slice(0, 3).join('/')))], ['/api/uploads']);
  const instructions = release?.assets.find((asset) => asset.name === 'VERIFY.md')?.bytes.toString('utf8') ?? '';
  assert.ok(api.requestsTo('releases.getAsset').length > 0, 'the gate downloaded the assets back through the API');
  assert.match(instructions, /sha256sum/);
});
