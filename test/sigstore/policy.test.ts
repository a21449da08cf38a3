import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { githubPolicy, matches } from '../../src/sigstore/verify/policy.js';

const SAN = (ref: string, file = 'release.yml', repo = 'octo-org/widget'): string => `https://github.com/${repo}/.github/workflows/${file}@${ref}`;

describe('githubPolicy', () => {
  it('accepts refs that hold an @ of their own, as monorepo release tags do (refs/tags/pkg@1.2.3), and as gh accepts them', () => {
    for (const ref of ['refs/tags/pkg@1.2.3', 'refs/tags/@scope/pkg@1.2.3', 'refs/heads/feature@x', 'refs/tags/v1.2.3', 'a'.repeat(40)]) {
      for (const policy of [githubPolicy({ repo: 'octo-org/widget' }), githubPolicy({ owner: 'octo-org' }), githubPolicy({ signerRepo: 'octo-org/widget' }), githubPolicy({ signerWorkflow: 'octo-org/widget/.github/workflows/release.yml' })]) {
        assert.ok(matches(policy.kind === 'certificate' ? policy.identity : undefined as never, SAN(ref)), ref);
      }
    }
    // A workflow file whose name holds an @ stays a workflow of the repository.
    assert.ok(matches((githubPolicy({ repo: 'octo-org/widget' }) as { identity: Parameters<typeof matches>[0] }).identity, SAN('refs/tags/pkg@1.2.3', 're@lease.yml')));
  });

  it('pins a signer workflow\'s ref whole, an @ in it included: another release of the same package is not it', () => {
    const pinned = githubPolicy({ signerWorkflow: 'octo-org/widget/.github/workflows/release.yml@refs/tags/pkg@1.2.3' });
    const identity = (pinned as { identity: Parameters<typeof matches>[0] }).identity;
    assert.deepEqual(identity, { kind: 'exact', value: SAN('refs/tags/pkg@1.2.3') });
    assert.ok(!matches(identity, SAN('refs/tags/pkg@1.2.4')));
    assert.ok(!matches(identity, SAN('refs/tags/pkg@1.2.3', 'release.yml', 'octo-org/other')));
  });

  it('still refuses an identity without a ref, or another repository\'s workflow', () => {
    const identity = (githubPolicy({ repo: 'octo-org/widget' }) as { identity: Parameters<typeof matches>[0] }).identity;
    assert.ok(!matches(identity, 'https://github.com/octo-org/widget/.github/workflows/release.yml'));
    assert.ok(!matches(identity, 'https://github.com/octo-org/widget/.github/workflows/release.yml@main'));
    assert.ok(!matches(identity, SAN('refs/tags/pkg@1.2.3', 'release.yml', 'octo-org/widget-fork')));
  });
});
