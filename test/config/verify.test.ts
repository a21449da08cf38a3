import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadPatternEngine } from '../../src/core/pattern.js';
import { actionInputName, cliNamer, ConfigError } from '../../src/config/inputs.js';
import { verifyConfig } from '../../src/config/verify.js';
import { resolvePolicy } from '../../src/sigstore/verify/files.js';
import { matches } from '../../src/sigstore/verify/index.js';

const ISSUER = 'https://token.actions.githubusercontent.com';

function issues(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.issues.map((issue) => `${issue.input}: ${issue.message}`);
  }
  assert.fail('expected a ConfigError');
}

describe('verifyConfig', () => {
  before(loadPatternEngine);

  it('names the flags of an exact value and its pattern given together as the surface spells them', () => {
    const raw = { bundle: 'b', 'certificate-identity': 'me', 'certificate-identity-regexp': '.*', 'certificate-oidc-issuer': ISSUER };
    assert.deepEqual(issues(() => verifyConfig(raw, cliNamer())), ['--certificate-identity-regexp: cannot be combined with --certificate-identity: give the exact value or a pattern']);
    assert.deepEqual(issues(() => verifyConfig(raw, actionInputName)), ['input "certificate-identity-regexp": cannot be combined with input "certificate-identity": give the exact value or a pattern']);
  });

  it('a pattern is RE2, as cosign reads it: (?i) is taken, and one RE2 refuses is reported once, with the other inputs, not also as missing', async () => {
    const folded = verifyConfig({ bundle: 'b', 'certificate-identity-regexp': '(?i)https://github\\.com/o/.*', 'certificate-oidc-issuer': ISSUER }, cliNamer());
    const policy = await resolvePolicy(folded.policy, '/');
    assert.ok(policy.kind === 'certificate' && matches(policy.identity, 'HTTPS://GitHub.com/o/x'));
    assert.deepEqual(issues(() => verifyConfig({ bundle: 'b', 'certificate-identity': 'id', 'certificate-oidc-issuer-regexp': '[' }, cliNamer())), [
      '--certificate-oidc-issuer-regexp: is not a valid regular expression (RE2 syntax, as cosign reads it): error parsing regexp: missing closing ]: `[`',
    ]);
    assert.deepEqual(
      issues(() => verifyConfig({ bundle: 'b', 'certificate-identity-regexp': '(?<=x)y', 'certificate-oidc-issuer': ISSUER }, actionInputName)).map((issue) => issue.split(':')[0]),
      ['input "certificate-identity-regexp"'],
    );
  });

  it('reads an exact keyless policy, a regexp policy, the GitHub shortcuts and a key policy', () => {
    assert.deepEqual(verifyConfig({ bundle: 'b.json', 'certificate-identity': 'id', 'certificate-oidc-issuer': ISSUER, 'trusted-root': 'root.json' }, cliNamer()), {
      bundle: 'b.json',
      policy: { kind: 'certificate', identity: { kind: 'exact', value: 'id' }, issuer: { kind: 'exact', value: ISSUER }, repo: undefined, owner: undefined, signerWorkflow: undefined },
      trustedRoot: 'root.json',
    });
    assert.deepEqual(verifyConfig({ bundle: 'b', 'certificate-identity-regexp': 'https://github\\.com/o/.*', 'certificate-oidc-issuer-regexp': '.*' }, cliNamer()).policy, {
      kind: 'certificate',
      identity: { kind: 'regexp', pattern: 'https://github\\.com/o/.*', input: '--certificate-identity-regexp' },
      issuer: { kind: 'regexp', pattern: '.*', input: '--certificate-oidc-issuer-regexp' },
      repo: undefined,
      owner: undefined,
      signerWorkflow: undefined,
    });
    assert.deepEqual(verifyConfig({ bundle: 'b', repo: 'octo-org/widget', 'signer-workflow': 'github.com/octo-org/ci/.github/workflows/r.yml@refs/heads/main' }, cliNamer()).policy, {
      kind: 'certificate',
      identity: undefined,
      issuer: undefined,
      repo: 'octo-org/widget',
      owner: undefined,
      signerWorkflow: 'github.com/octo-org/ci/.github/workflows/r.yml@refs/heads/main',
    });
    assert.deepEqual(verifyConfig({ bundle: 'b', key: 'k.pub' }, cliNamer()).policy, { kind: 'key', keyPath: 'k.pub', ignoreTlog: false });
    assert.deepEqual(verifyConfig({ bundle: 'b', key: 'k.pub', 'insecure-ignore-tlog': true }, cliNamer()).policy, { kind: 'key', keyPath: 'k.pub', ignoreTlog: true });
    // An Enterprise Managed User's own repository and workflows: the owner carries an underscore.
    const managed = verifyConfig({ bundle: 'b', repo: 'mona_acme/tool', owner: 'mona_acme', 'signer-workflow': 'mona_acme/tool/.github/workflows/r.yml' }, cliNamer()).policy;
    assert.ok(managed.kind === 'certificate' && managed.repo === 'mona_acme/tool' && managed.owner === 'mona_acme' && managed.signerWorkflow === 'mona_acme/tool/.github/workflows/r.yml');
  });

  it('reports every problem at once, naming inputs as the surface does', () => {
    assert.deepEqual(issues(() => verifyConfig({}, actionInputName)), [
      'input "bundle": is required',
      'input "certificate-identity": is required for keyless bundles (or input "certificate-identity-regexp", input "repo", input "signer-workflow", or input "key" for key-signed ones)',
      'input "certificate-oidc-issuer": is required for keyless bundles (or input "certificate-oidc-issuer-regexp"), e.g. https://token.actions.githubusercontent.com',
    ]);
    // Other inputs a message points to are named as the surface names them: an action user cannot type a flag.
    assert.deepEqual(issues(() => verifyConfig({ bundle: 'b', repo: 'octo-org/widget', owner: 'other', 'signer-repo': 'octo-org/x', 'signer-workflow': 'octo-org/widget/.github/workflows/r.yml' }, actionInputName)), [
      'input "owner": is "other", but input "repo" octo-org/widget belongs to another owner',
      'input "signer-repo": cannot be combined with input "signer-workflow": give the workflow, or only its repository',
    ]);
    assert.match(issues(() => verifyConfig({}, cliNamer())).join('\n'), /--certificate-identity: is required for keyless bundles \(or --certificate-identity-regexp, --repo, --signer-workflow, or --key for key-signed ones\)/);
    const found = issues(() =>
      verifyConfig({ bundle: 'b', 'certificate-identity': 'a', 'certificate-identity-regexp': 'b', 'certificate-oidc-issuer-regexp': '(', repo: 'octo-org', 'signer-workflow': 'x' }, cliNamer()),
    );
    assert.deepEqual(found.map((issue) => issue.split(':')[0]), ['--certificate-identity-regexp', '--certificate-oidc-issuer-regexp', '--repo', '--signer-workflow']);
    assert.deepEqual(issues(() => verifyConfig({ bundle: 'b', key: 'k.pub', repo: 'o/r', 'certificate-oidc-issuer': ISSUER }, cliNamer())), [
      '--certificate-oidc-issuer: cannot be combined with a key: key-signed bundles carry no identity',
      '--repo: cannot be combined with a key: key-signed bundles carry no identity',
    ]);
    assert.match(issues(() => verifyConfig({ bundle: 'b', 'certificate-identity': 'a', 'signer-workflow': 'o/r/w.yml' }, cliNamer()))[0] ?? '', /--signer-workflow: cannot be combined with an explicit certificate identity/);
  });

  it('a --signer-workflow ref no certificate holds (a bare tag, a short commit) is reported with the refs it can be, not verified into an identity mismatch', () => {
    for (const ref of ['v1', 'v1.2.3', 'main', 'abc1234', 'pkg@1.2.3']) {
      assert.deepEqual(issues(() => verifyConfig({ bundle: 'b', repo: 'octo-org/widget', 'signer-workflow': `octo-org/ci/.github/workflows/release.yml@${ref}` }, cliNamer())), [
        `--signer-workflow: is "octo-org/ci/.github/workflows/release.yml@${ref}", whose ref "${ref}" no certificate holds: GitHub writes the workflow's ref in full, refs/tags/${ref} for a tag or refs/heads/${ref} for a branch, or the full commit SHA it was called at; give one of those, or leave out "@${ref}" to accept any ref`,
      ]);
    }
    // Refs as certificates hold them, and a workflow file whose name holds an @, stay accepted.
    for (const workflow of ['octo-org/ci/.github/workflows/release.yml@refs/tags/v1', 'octo-org/ci/.github/workflows/release.yaml@refs/heads/main', `octo-org/ci/.github/workflows/release.yml@${'a'.repeat(40)}`, 'octo-org/ci/.github/workflows/re@lease.yml', 'octo-org/ci/.github/workflows/release.yml@refs/tags/pkg@1.2.3']) {
      const policy = verifyConfig({ bundle: 'b', repo: 'octo-org/widget', 'signer-workflow': workflow }, cliNamer()).policy;
      assert.ok(policy.kind === 'certificate' && policy.signerWorkflow === workflow, workflow);
    }
  });
});
