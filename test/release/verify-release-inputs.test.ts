// A verification policy, the one a release carries, or a trusted root a policy names that is not
// there: `verify-release --help` promises RELEASE_POLICY_INVALID (exit 1) naming it, not INTERNAL.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { parseReleasePolicy, pinShippedPolicy, releasePolicyJson, type ReleasePolicy } from '../../src/release/verify-release.js';
import { cli } from '../support/cli.js';

const ISSUER = 'https://token.actions.githubusercontent.com';

describe('verify-release: missing inputs', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'trust-kit-verify-release-inputs-'));
    await mkdir(join(root, 'release'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('a --policy file that does not exist is RELEASE_POLICY_INVALID naming it', async () => {
    const run = await cli(['verify-release', 'release', '--policy', 'no-such-policy.json'], root);
    assert.equal(run.code, EXIT.FAILURE, run.stderr);
    assert.match(run.stderr, /RELEASE_POLICY_INVALID: .*no-such-policy\.json.*ENOENT/);
    assert.doesNotMatch(run.stderr, /INTERNAL/);
  });

  test('a release without the policy it should carry is RELEASE_POLICY_INVALID saying so', async () => {
    await writeFile(join(root, 'roots.jsonl'), await readFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json')));
    const run = await cli(['verify-release', 'release', '--expect-repo', 'octo-org/octo-repo', '--trusted-root', 'roots.jsonl'], root);
    assert.equal(run.code, EXIT.FAILURE, run.stderr);
    assert.match(run.stderr, /RELEASE_POLICY_INVALID: .*trust-kit-policy\.json.*ENOENT/);
    assert.match(run.stderr, /hint: .*--policy/);
  });

  test('a release directory that does not exist, or is a file, is RELEASE_DIR_UNREADABLE naming it, not a release without its policy (the hint said to write one)', async () => {
    await writeFile(join(root, 'roots.jsonl'), await readFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json')));
    for (const [dir, reason] of [['no-such-dir', 'ENOENT'], ['roots.jsonl', 'ENOTDIR']] as const) {
      const run = await cli(['verify-release', dir, '--expect-repo', 'octo-org/octo-repo', '--trusted-root', 'roots.jsonl'], root);
      assert.equal(run.code, EXIT.FAILURE, run.stderr);
      assert.match(run.stderr, new RegExp(`RELEASE_DIR_UNREADABLE: cannot read the release directory .*${dir.replace('.', '\\.')}: ${reason}`));
    }
  });

  test('a trusted root the policy names that does not exist is RELEASE_POLICY_INVALID naming it', async () => {
    await writeFile(join(root, 'policy.json'), JSON.stringify({ version: 1, trustedRoots: ['gone.json'], certificateIdentity: 'https://x', issuer: 'https://token.actions.githubusercontent.com' }));
    const run = await cli(['verify-release', 'release', '--policy', 'policy.json'], root);
    assert.equal(run.code, EXIT.FAILURE, run.stderr);
    assert.match(run.stderr, /RELEASE_POLICY_INVALID: .*gone\.json.*ENOENT/);
  });

  test('a policy file that is not JSON is RELEASE_POLICY_INVALID naming the file and the line JSON.parse stopped at', async () => {
    const text = '{\n  "version": 1,\n  "trustedRoots": ["trusted_root.json"]\n  "issuer": "x"\n}\n';
    await assert.rejects(parseReleasePolicy(text, 'policy.json', root), { code: 'RELEASE_POLICY_INVALID', message: /^the verification policy policy\.json is not JSON: line 4: / });
    await assert.rejects(parseReleasePolicy('{"version": 1,', 'policy.json', root), { code: 'RELEASE_POLICY_INVALID', message: /^the verification policy policy\.json is not JSON: line 1: / });
  });

  test('a policy key this version does not hold (a misspelt check) is RELEASE_POLICY_INVALID naming it and what was meant, never read as absent', async () => {
    const policy = { version: 1, trustedRoots: ['trusted_root.json'], certificateIdentity: 'https://x', issuer: ISSUER };
    for (const [key, meant] of [['refPatern', 'refPattern'], ['requiredPredicateType', 'requiredPredicateTypes'], ['requireGithubReleaseAttestation', 'requireGitHubReleaseAttestation'], ['sourcerepository', 'sourceRepository'], ['pin', undefined]] as const) {
      await assert.rejects(parseReleasePolicy(JSON.stringify({ ...policy, [key]: true }), 'policy.json', root), (error: { code?: string; message: string; hint?: string }) => {
        assert.equal(error.code, 'RELEASE_POLICY_INVALID');
        assert.equal(error.message, `the verification policy policy.json has the key "${key}", which a version 1 policy does not hold: it would check nothing`);
        assert.ok((error.hint ?? '').startsWith(meant === undefined ? 'a policy\'s keys are version, about, ' : `did you mean ${meant}? `), error.hint);
        return true;
      });
    }
    // A NUL names no file, in either list of roots.
    await assert.rejects(parseReleasePolicy(JSON.stringify({ ...policy, trustedRoots: ['a\u0000b.json'] }), 'policy.json', root), { code: 'RELEASE_POLICY_INVALID', message: /lists no "trustedRoots"/ });
    await assert.rejects(parseReleasePolicy(JSON.stringify({ ...policy, githubTrustedRoot: 'g\u0000.jsonl' }), 'policy.json', root), { code: 'RELEASE_POLICY_INVALID', message: /githubTrustedRoot" that is no file name/ });
    // The policy a release ships, `about` note included, is read back whole.
    assert.equal((await parseReleasePolicy(releasePolicyJson({ trustedRoots: ['r.jsonl'], identity: 'https://x', issuer: ISSUER, repository: 'o/r', refPattern: 'refs/tags/v.*', requiredPredicateTypes: ['https://slsa.dev/provenance/v1'], githubTrustedRoot: 'r.jsonl' }), 'p.json', root)).repository, 'o/r');
  });

  test('a release directory that does not exist or is a file is RELEASE_DIR_UNREADABLE naming it', async () => {
    await writeFile(join(root, 'trusted_root.json'), await readFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json')));
    await writeFile(join(root, 'dir-policy.json'), JSON.stringify({ version: 1, trustedRoots: ['trusted_root.json'], certificateIdentity: 'https://x', issuer: ISSUER }));
    await writeFile(join(root, 'a-file'), 'x');
    for (const [dir, why] of [['no-such-dir', 'ENOENT'], ['a-file', 'ENOTDIR']]) {
      const run = await cli(['verify-release', dir ?? '', '--policy', 'dir-policy.json'], root);
      assert.equal(run.code, EXIT.FAILURE, run.stderr);
      assert.match(run.stderr, new RegExp(`RELEASE_DIR_UNREADABLE: cannot read the release directory \\S*${dir}: ${why}\n  hint: give the directory the release assets were downloaded to`));
    }
  });

  test('a --trusted-root that would be a file of the --download-dir is refused before anything is downloaded', async () => {
    // The API is out of reach: a download tried first would fail on it, not on the flag.
    const env = { GH_TOKEN: 'ghp_notarealtokenforthistest', GITHUB_API_URL: 'http://127.0.0.1:9' };
    const run = await cli(['verify-release', '--tag', 'v1', '--repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release.yml', '--download-dir', 'fetched', '--trusted-root', 'fetched/trusted_root.jsonl'], root, env);
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, /^trust-kit: CLI_USAGE: --trusted-root fetched\/trusted_root\.jsonl is a file of the release directory, where any release asset may be/);
    assert.doesNotMatch(run.stderr, /downloaded/);
  });

  test('every wrong flag is reported at once (exit 2), as the README says of every command', async () => {
    const run = await cli(['verify-release', 'a', 'b', '--format', 'xml', '--commit', 'abc', '--expect-repo', 'no-slash', '--signer-workflow', 'x', '--download-dir', 'd'], root);
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, /CONFIG_INVALID: 7 invalid inputs:/);
    for (const flag of ['--format', '--commit', '--expect-repo', '--signer-workflow', '--trusted-root', '--download-dir', 'argument DIR']) assert.match(run.stderr, new RegExp(`\n  ${flag}: `), flag);
    const none = await cli(['verify-release', 'release'], root);
    assert.equal(none.code, EXIT.USAGE, none.stderr);
    assert.match(none.stderr, /--policy: .*--expect-repo.*--signer-workflow/);
  });

  test('the policy a release carries is used with the user\'s trusted root, never the roots that came with it, and only for GitHub Actions\' issuer', async () => {
    // Whoever could replace the release replaces its trusted root too: a CA of theirs certifies the pinned repository and workflow.
    const pinned = await cli(['verify-release', 'release', '--expect-repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release.yml'], root);
    assert.equal(pinned.code, EXIT.USAGE, pinned.stderr);
    assert.match(pinned.stderr, /CONFIG_INVALID: --trusted-root: is needed with the trust-kit-policy\.json the release carries/);
    // The root it tells to fetch must not land among the release's files, where --trusted-root is refused (run in the release directory).
    assert.match(pinned.stderr, /`mkdir -p trust-kit-roots && gh attestation trusted-root >\| trust-kit-roots\/trusted_root\.jsonl`, then --trusted-root trust-kit-roots\/trusted_root\.jsonl/);
    const identity = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0';
    const shipped = (fields: Record<string, unknown> = {}): Promise<ReleasePolicy> => parseReleasePolicy(JSON.stringify({ version: 1, trustedRoots: ['trust-kit-trusted-root.jsonl'], githubTrustedRoot: 'trust-kit-trusted-root.jsonl', requireGitHubReleaseAttestation: true, certificateIdentity: identity, issuer: ISSUER, sourceRepository: 'octo-org/octo-repo', ...fields }), 'trust-kit-policy.json', '/download');
    const pins = { repository: 'octo-org/octo-repo', signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml', trustedRoot: '/mine/roots.jsonl' };
    const used = pinShippedPolicy(await shipped(), pins, 'the release\'s trust-kit-policy.json');
    assert.deepEqual([used.trustedRoots, used.githubTrustedRoot], [['/mine/roots.jsonl'], '/mine/roots.jsonl']);
    await assert.rejects(async () => pinShippedPolicy(await shipped(), { ...pins, trustedRoot: undefined }, 'p'), { code: 'CLI_USAGE', message: /trusted roots it names: whoever could replace the release/, hint: /gh attestation trusted-root >\| trust-kit-roots\/trusted_root\.jsonl/ });
    // Another workflow file, whose name begins as the pinned one's and an @: what follows that @ is no ref, so it is not release.yml.
    for (const other of ['https://github.com/octo-org/octo-repo/.github/workflows/release.yml@evil.yml@refs/heads/feature', 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@x']) {
      await assert.rejects(async () => pinShippedPolicy(await shipped({ certificateIdentity: other }), pins, 'p'), { code: 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' }, other);
    }
    // A monorepo's tag holds an @ of its own, and a reusable workflow may be called by commit.
    for (const ref of ['refs/tags/pkg@1.2.3', 'a'.repeat(40)]) assert.ok(pinShippedPolicy(await shipped({ certificateIdentity: `https://github.com/octo-org/octo-repo/.github/workflows/release.yml@${ref}` }), pins, 'p'), ref);
    // Another CI provider's issuer fills the source repository extension from a claim its users choose.
    await assert.rejects(async () => pinShippedPolicy(await shipped({ issuer: 'https://oidc.codefresh.io' }), { repository: pins.repository, trustedRoot: pins.trustedRoot }, 'p'), { code: 'VERIFY_POLICY_ISSUER_MISMATCH', message: /names the OIDC issuer "https:\/\/oidc\.codefresh\.io", not GitHub Actions'/ });
  });

  test("a policy the release carries may hold no regular expression of its author's beyond a ref's .*: a backtracking one (a denial of service written by whoever replaced the release) is refused before it runs", async () => {
    const shipped = (fields: Record<string, unknown>): Promise<ReleasePolicy> => parseReleasePolicy(JSON.stringify({ version: 1, trustedRoots: ['trust-kit-trusted-root.jsonl'], issuer: ISSUER, sourceRepository: 'octo-org/octo-repo', ...fields }), 'trust-kit-policy.json', '/download');
    const identity = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0';
    const pins = { repository: 'octo-org/octo-repo', trustedRoot: '/mine/roots.jsonl' };
    await assert.rejects(async () => pinShippedPolicy(await shipped({ certificateIdentityRegExp: '.*(x+x+)+y' }), pins, 'p'), { code: 'RELEASE_POLICY_INVALID', message: /came with the release and names its signer by a regular expression \("certificateIdentityRegExp"\), which is not run/ });
    for (const refPattern of ['(refs/tags/v+)+x', 'refs/tags/v.*|.*', 'refs/(tags|heads)/.*', 'refs/tags/v[0-9]+']) {
      await assert.rejects(async () => pinShippedPolicy(await shipped({ certificateIdentity: identity, refPattern }), pins, 'p'), { code: 'RELEASE_POLICY_INVALID', message: /has a "refPattern" that is more than a ref, or a ref followed by "\.\*", which is not run/ }, refPattern);
    }
    // What trust-kit writes (refPatternOf): a tag's refs/tags/.*, or a branch's ref escaped.
    for (const refPattern of ['refs/tags/.*', 'refs/heads/release/1\\.x', 'refs/heads/main']) assert.ok(pinShippedPolicy(await shipped({ certificateIdentity: identity, refPattern }), pins, 'p'), refPattern);
    // A policy of the user's own (--policy) is theirs: its expressions are run.
    assert.ok((await shipped({ certificateIdentityRegExp: '^https://github\\.com/octo-org/.*$', refPattern: 'refs/(tags|heads)/.*' })).refPattern);
  });

  test('a signer outside GitHub Actions pins the shipped policy by its identity and issuer, exactly and together', async () => {
    const shipped = await parseReleasePolicy(JSON.stringify({ version: 1, trustedRoots: ['trust-kit-trusted-root.jsonl'], certificateIdentity: 'alice@example.com', issuer: 'https://accounts.example.com' }), 'trust-kit-policy.json', '/download');
    const pins = { identity: 'alice@example.com', issuer: 'https://accounts.example.com', trustedRoot: '/mine/roots.json' };
    assert.ok(pinShippedPolicy(shipped, pins, 'p'));
    assert.throws(() => pinShippedPolicy(shipped, { ...pins, identity: 'mallory@example.com' }, 'p'), { code: 'VERIFY_POLICY_IDENTITY_MISMATCH', message: /names the signer "alice@example\.com", not "mallory@example\.com" \(--certificate-identity\)/ });
    assert.throws(() => pinShippedPolicy(shipped, { ...pins, issuer: 'https://other.example.com' }, 'p'), { code: 'VERIFY_POLICY_ISSUER_MISMATCH', message: /not "https:\/\/other\.example\.com" \(--certificate-oidc-issuer\)/ });
    // An identity alone is that name at any provider: refused as no pin.
    assert.throws(() => pinShippedPolicy(shipped, { identity: pins.identity, trustedRoot: pins.trustedRoot }, 'p'), { code: 'CLI_USAGE' });
    const alone = await cli(['verify-release', 'release', '--certificate-identity', 'alice@example.com', '--trusted-root', 'roots.jsonl'], root);
    assert.equal(alone.code, EXIT.USAGE, alone.stderr);
    assert.match(alone.stderr, /--certificate-identity: goes with --certificate-oidc-issuer: a signer is an identity at an issuer/);
    const mixed = await cli(['verify-release', 'release', '--policy', 'p.json', '--certificate-identity', 'alice@example.com', '--certificate-oidc-issuer', 'https://accounts.example.com'], root);
    assert.equal(mixed.code, EXIT.USAGE, mixed.stderr);
    assert.match(mixed.stderr, /--policy: goes without --expect-repo, --signer-workflow, --certificate-identity and --certificate-oidc-issuer/);
  });

  test('--signer-workflow with a ref pins that ref, as verify-checksums --signer-workflow does; a ref no certificate holds is a usage error, not "signed by another workflow"', async () => {
    const shipped = await parseReleasePolicy(JSON.stringify({ version: 1, trustedRoots: ['trust-kit-trusted-root.jsonl'], certificateIdentity: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0', issuer: ISSUER, sourceRepository: 'octo-org/octo-repo' }), 'trust-kit-policy.json', '/download');
    const pins = { trustedRoot: '/mine/roots.jsonl' };
    assert.ok(pinShippedPolicy(shipped, { ...pins, signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0' }, 'p'));
    assert.ok(pinShippedPolicy(shipped, { ...pins, signerWorkflow: 'github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0' }, 'p'));
    // Another ref of the same workflow is not this release's signer, whose ref the error names.
    assert.throws(() => pinShippedPolicy(shipped, { ...pins, signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0' }, 'p'), { code: 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH', message: /names the signer "https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.0\.0", not the workflow octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.0 / });
    // A monorepo's tag holds an @ of its own: the ref is all of refs/tags/@scope/pkg@1.2.3, pinned exactly.
    const monorepo = await parseReleasePolicy(JSON.stringify({ version: 1, trustedRoots: ['trust-kit-trusted-root.jsonl'], certificateIdentity: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/@scope/pkg@1.2.3', issuer: ISSUER, sourceRepository: 'octo-org/octo-repo' }), 'trust-kit-policy.json', '/download');
    assert.ok(pinShippedPolicy(monorepo, { ...pins, signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/@scope/pkg@1.2.3' }, 'p'));
    assert.ok(pinShippedPolicy(monorepo, { ...pins, signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml' }, 'p'));
    assert.throws(() => pinShippedPolicy(monorepo, { ...pins, signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/@scope/pkg@1.2.4' }, 'p'), { code: 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' });
    const bare = await cli(['verify-release', 'release', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release.yml@v1.0.0', '--trusted-root', 'roots.jsonl'], root);
    assert.equal(bare.code, EXIT.USAGE, bare.stderr);
    assert.match(bare.stderr, /--signer-workflow: is "octo-org\/octo-repo\/\.github\/workflows\/release\.yml@v1\.0\.0", whose ref "v1\.0\.0" no certificate holds: GitHub writes the workflow's ref in full, refs\/tags\/v1\.0\.0 for a tag/);
  });
});
