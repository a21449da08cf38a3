// Which commit a release's tag is checked against: the one the job built, for a release of the job's own repository only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtCommit, checkReleaseTag } from '../../src/release/release-tag.js';

const BUILT = 'b'.repeat(40);

test('the commit built is GITHUB_SHA for a release of the job\'s own repository (in any case); none outside a job or for another repository', () => {
  const env = { GITHUB_REPOSITORY: 'octo-org/app', GITHUB_SHA: BUILT };
  assert.equal(builtCommit(env, undefined), BUILT);
  assert.equal(builtCommit(env, 'Octo-Org/App'), BUILT);
  assert.equal(builtCommit(env, 'octo-org/other'), undefined, 'another repository\'s tags name its own commits');
  assert.equal(builtCommit({}, undefined), undefined, 'outside a job');
  assert.equal(builtCommit({ ...env, GITHUB_SHA: 'main' }, undefined), undefined);
});

test('a tag is asked for once, and passes when it names the commit built', async () => {
  const asked: string[] = [];
  await checkReleaseTag({ tagCommit: async (tag) => (asked.push(tag), BUILT) }, { tag: 'v1.0.0', commit: BUILT, ref: 'refs/tags/v1.0.0', repository: 'octo-org/app' });
  assert.deepEqual(asked, ['v1.0.0']);
  await assert.rejects(checkReleaseTag({ tagCommit: async () => 'c'.repeat(40) }, { tag: 'v1.0.0', commit: BUILT, ref: undefined, repository: 'octo-org/app' }), {
    code: 'RELEASE_TAG_OTHER_COMMIT',
    message: `the tag v1.0.0 names commit ${'c'.repeat(40)}, but this run built ${BUILT}: the release would publish files built from another commit than its tag`,
  });
});

test('a missing tag\'s hint pushes it with one command a shell reads as written: a monorepo tag plain, one with shell characters quoted', async () => {
  const hintFor = async (tag: string): Promise<string> => {
    try {
      await checkReleaseTag({ tagCommit: async () => undefined }, { tag, commit: BUILT, ref: undefined, repository: 'octo-org/app' });
    } catch (error) {
      assert.equal((error as { code?: string }).code, 'RELEASE_TAG_MISSING');
      return (error as { hint: string }).hint;
    }
    throw new Error('no refusal');
  };
  assert.match(await hintFor('@scope/pkg@1.2.3'), new RegExp(`^push the tag first: git tag @scope/pkg@1\\.2\\.3 ${BUILT} && git push origin @scope/pkg@1\\.2\\.3 `));
  // Git allows $, ;, & and ' in a tag: pasted as it was, the hint would run what follows them.
  assert.match(await hintFor("v1;rm$HOME'x"), new RegExp(`^push the tag first: git tag 'v1;rm\\$HOME'\\\\''x' ${BUILT} && git push origin 'v1;rm\\$HOME'\\\\''x' `));
});
