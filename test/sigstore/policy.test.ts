import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { githubPolicy, matches, userMatcher } from '../../src/sigstore/verify/policy.js';

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

describe('userMatcher', () => {
  it('matches in time linear in the value: patterns a backtracking engine took minutes on, against an identity of 80 path segments anyone can get a certificate for', async () => {
    const identity = `https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/${'a/'.repeat(80)}b`;
    for (const pattern of ['https://github\\.com/.*/.*/.*/.*/.*/.*/.*@refs/tags/.*', 'https://github\\.com/(.*/)*\\.github/workflows/release\\.yml@.*', '(a+)+']) {
      const matcher = await userMatcher(pattern);
      assert.ok(!('problem' in matcher));
      assert.equal(matches(matcher, identity), false, pattern);
    }
    const email = await userMatcher('(a+)+');
    assert.ok(!('problem' in email) && !matches(email, `${'a'.repeat(150)}b@x.io`));
  });

  it('reads RE2 syntax, as cosign does ((?i) included), matched against the whole value; what RE2 refuses (lookbehind, a stray parenthesis) comes back as its problem', async () => {
    const folded = await userMatcher('(?i)https://github\\.com/octo-org/.*');
    assert.ok(!('problem' in folded) && matches(folded, 'https://GitHub.com/Octo-Org/x'));
    const whole = await userMatcher('octo-org/widget');
    assert.ok(!('problem' in whole) && !matches(whole, 'https://github.com/octo-org/widget/.github/workflows/r.yml@refs/heads/main'));
    for (const pattern of ['(?<=a)b', 'a)|(.*', '(']) assert.ok('problem' in (await userMatcher(pattern)), pattern);
  });
});

describe('githubPolicy case folding', () => {
  it('folds ASCII letters only, as GitHub compares names: a Kelvin sign or long s in a name is not k or s', () => {
    const policy = githubPolicy({ signerRepo: 'octo-org/kits' });
    assert.ok(matches(policy.identity, 'https://github.com/Octo-Org/KITS/.github/workflows/x.yml@refs/heads/main'));
    assert.ok(!matches(policy.identity, 'https://github.com/octo-org/\u212Aits/.github/workflows/x.yml@refs/heads/main'));
    assert.ok(!matches(policy.identity, 'https://github.com/octo-org/kit\u017F/.github/workflows/x.yml@refs/heads/main'));
  });
});
