// Which repositories a release may target: owner/repo as GitHub names them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { releasesOf } from '../../src/github/release-target.js';

const target = (repository: string) => ({ repository, token: 'ghs_target', apiUrl: 'https://api.github.test', proxy: {} });

test('an Enterprise Managed User\'s own repository (handle_shortcode/repo) is a target; what is not owner/repo is GITHUB_REPOSITORY_INVALID', () => {
  for (const repository of ['octo-org/octo-repo', 'mona_acme/tool', 'M0na-x_acme/.github']) assert.doesNotThrow(() => releasesOf(target(repository)), repository);
  for (const repository of ['octo-org', 'octo-org/', '-octo/repo', '_octo/repo', 'octo/..', 'octo/repo/extra', `${'a'.repeat(40)}/repo`]) {
    assert.throws(() => releasesOf(target(repository)), { code: 'GITHUB_REPOSITORY_INVALID' }, repository);
  }
});
