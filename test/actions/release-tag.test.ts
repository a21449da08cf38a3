// The root action publishes a tag's release only with files built from the commit the tag names,
// as the reusable workflow does (one check, in the release pipeline, for both).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { recordingIO } from '../support/action-io.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

const BUILT = 'b'.repeat(40);

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());

/** A signed release of `tag` to `octo-org/<repo>` by the root action, in a run that built commit {@link BUILT} from `ref`. */
async function release(t: TestContext, repo: string, tag: string, ref: string): Promise<{ io: ReturnType<typeof recordingIO>; error: unknown }> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await writeFile(join(cwd, 'release.key'), generateSigningKeyPair(undefined).privateKeyPem, { mode: 0o600 });
  const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key', gate: 'false', 'github-release': 'true', 'github-token': 'ghs_test', tag };
  const env = { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: `octo-org/${repo}`, GITHUB_REF: ref, GITHUB_SHA: BUILT };
  const io = recordingIO();
  let error: unknown;
  await run(inputs, io, cwd, env).catch((caught: unknown) => {
    error = caught;
  });
  return { io, error };
}

const releasesOf = (repo: string) => api.state.releases.releases.filter((stored) => stored.repository.name === repo);

test('a tag that names another commit than the run built is refused before anything is signed or a release made, saying what to do', async (t) => {
  api.state.repository('octo-org', 'elsewhere').tags.set('v1.0.0', 'c'.repeat(40));
  const { io, error } = await release(t, 'elsewhere', 'v1.0.0', 'refs/heads/main');
  assert.equal((error as { code?: string }).code, 'RELEASE_TAG_OTHER_COMMIT');
  assert.match(String((error as Error).message), /the tag v1\.0\.0 names commit c{40}, but this run built b{40} \(refs\/heads\/main\)/);
  assert.match(String((error as { hint?: string }).hint), /run the workflow for the tag/);
  assert.equal(io.outputs['failed-step'], 'release-tag');
  assert.equal(io.outputs['bundle-path'] ?? '', '', 'nothing signed');
  assert.deepEqual(releasesOf('elsewhere'), [], 'no release made');
});

test('a tag that does not exist is refused: GitHub would make it at the default branch\'s head on publishing, not at the commit built', async (t) => {
  const { error } = await release(t, 'untagged', 'v9.9.9', 'refs/heads/main');
  assert.equal((error as { code?: string }).code, 'RELEASE_TAG_MISSING');
  assert.match(String((error as { hint?: string }).hint), /git tag v9\.9\.9 b{40} && git push origin v9\.9\.9/);
  assert.deepEqual(releasesOf('untagged'), []);
});

test('a tag that names the commit built is released, a tag of a path\'s shape with a URL\'s specials too', async (t) => {
  api.state.repository('octo-org', 'nested').tags.set('app/v1.0.0#x', BUILT);
  const { io, error } = await release(t, 'nested', 'app/v1.0.0#x', 'refs/tags/app/v1.0.0#x');
  assert.equal(error, undefined);
  assert.match(io.outputs['release-uploaded'] ?? '', /app\.tgz/);
  // The tag keeps its slash in the path; its # is escaped, not taken for the URL's fragment. It is looked at before signing and again before publishing.
  const looked = ['/repos/octo-org/nested/commits/refs/tags/app/v1.0.0%23x', 200];
  assert.deepEqual(api.requestsTo('repos.getCommitOfTag').filter((record) => record.path.includes('/nested/')).map((record) => [record.path, record.status]), [looked, looked]);
});

test('the draft is made with the commit built as its target, and a tag moved or deleted after the check (while the draft was filled and gated) is refused before publishing', async (t) => {
  for (const [repo, later, code] of [
    ['moved', 'c'.repeat(40), 'RELEASE_TAG_OTHER_COMMIT'],
    ['deleted', undefined, 'RELEASE_TAG_MISSING'],
  ] as const) {
    const tags = api.state.repository('octo-org', repo).tags;
    tags.set('v2.0.0', BUILT);
    const created = (): boolean => api.requestsTo('releases.create').some((record) => record.path.includes(`/${repo}/`));
    const get = tags.get.bind(tags);
    tags.get = (tag: string) => (created() ? later : get(tag));
    const { error } = await release(t, repo, 'v2.0.0', 'refs/tags/v2.0.0');
    assert.equal((error as { code?: string }).code, code, String(error));
    const [draft] = releasesOf(repo);
    assert.equal(draft?.draft, true, 'left a draft, not published');
    const bodies = api.requestsTo('releases.create').filter((record) => record.path.includes(`/${repo}/`)).map((record) => (record.body as { target_commitish?: string }).target_commitish);
    assert.deepEqual(bodies, [BUILT]);
  }
});
