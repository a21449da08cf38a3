import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startGitHubApi, unsignedAttestationBundle as dsseBundle, USER_PRIVATE_MESSAGE, type GitHubApiDouble } from './index.js';

const HEX = 'a'.repeat(64);

describe('the GitHub API double', () => {
  let api: GitHubApiDouble;
  before(async () => {
    api = await startGitHubApi();
  });
  after(() => api.close());

  const post = (path: string, body: unknown, token = 'ghs_test'): Promise<Response> =>
    fetch(`${api.url}${path}`, { method: 'POST', headers: { authorization: `token ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  test('stores an attestation, returns its id, and lists it by subject digest for the repository and the organization', async () => {
    const created = await post('/repos/octo-org/octo-repo/attestations', { bundle: dsseBundle([{ name: 'a.tgz', digest: { sha256: HEX } }]) });
    assert.equal(created.status, 201);
    const { id } = (await created.json()) as { id: number };
    assert.ok(id > 0);
    for (const path of [`/repos/octo-org/octo-repo/attestations/sha256:${HEX}`, `/orgs/octo-org/attestations/sha256:${HEX}`]) {
      const listed = await fetch(`${api.url}${path}`);
      assert.equal(listed.status, 200);
      const body = (await listed.json()) as { attestations: { bundle: { mediaType: string }; initiator: string }[] };
      assert.equal(body.attestations.length, 1);
      assert.equal(body.attestations[0]?.initiator, 'user', 'gh keeps only attestations a user (a workflow) stored');
    }
    assert.equal((await fetch(`${api.url}/repos/octo-org/octo-repo/attestations/sha256:${'b'.repeat(64)}`)).status, 404);
    assert.equal((await fetch(`${api.url}/repos/octo-org/octo-repo/attestations/sha256:${HEX}?predicate_type=https://spdx.dev/Document/v2.3`)).status, 404);
    assert.deepEqual(api.requestsTo('attestations.create').map((record) => record.status), [201]);
  });

  test('refuses duplicate subjects, missing authentication and plan-gated repositories as GitHub does', async () => {
    const duplicate = await post('/repos/octo-org/octo-repo/attestations', { bundle: dsseBundle([{ name: 'a', digest: { sha256: HEX } }, { name: 'b', digest: { sha256: HEX } }]) });
    assert.equal(duplicate.status, 422);
    const anonymous = await fetch(`${api.url}/repos/octo-org/octo-repo/attestations`, { method: 'POST', body: JSON.stringify({ bundle: dsseBundle([]) }) });
    assert.equal(anonymous.status, 401);
    api.gate('someone/private', 'user-private');
    const gated = await post('/repos/someone/private/attestations', { bundle: dsseBundle([{ name: 'a', digest: { sha256: HEX } }]) });
    assert.equal(gated.status, 403);
    assert.equal(((await gated.json()) as { message: string }).message, USER_PRIVATE_MESSAGE);
  });

  test('refuses an empty release asset as GitHub does: 422 with a custom validation error on size', async () => {
    const created = await post('/repos/octo-org/octo-repo/releases', { tag_name: 'v-empty', draft: true });
    const { upload_url: uploadUrl } = (await created.json()) as { upload_url: string };
    const upload = await fetch(uploadUrl.replace(/\{[^}]*\}$/, '?name=empty.txt'), { method: 'POST', headers: { authorization: 'token ghs_test', 'content-type': 'text/plain' }, body: '' });
    assert.equal(upload.status, 422);
    assert.deepEqual(((await upload.json()) as { errors: unknown[] }).errors, [{ resource: 'ReleaseAsset', code: 'custom', field: 'size', message: 'size must be greater than or equal to 1' }]);
  });

  test('injects faults once each, in order, on the route named', async () => {
    api.faults.rateLimited(7, { route: 'attestations.create' });
    api.faults.serverError(503, { route: 'attestations.create' });
    assert.equal((await fetch(`${api.url}/orgs/octo-org/attestations/sha256:${HEX}`)).status, 200, 'another route is not affected');
    const limited = await post('/repos/octo-org/octo-repo/attestations', { bundle: dsseBundle([{ name: 'a', digest: { sha256: HEX } }]) });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.equal((await post('/repos/octo-org/octo-repo/attestations', {})).status, 503);
    assert.equal((await post('/repos/octo-org/octo-repo/attestations', {})).status, 422, 'the route answers again');
  });
});
