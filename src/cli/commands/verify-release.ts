import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError, type ConfigIssue } from '../../config/inputs.js';
import { unheldRef, unheldRefMessage } from '../../config/verify.js';
import { TrustKitError } from '../../core/errors.js';
import { makeTemporaryDirectory, type TemporaryDirectory } from '../../core/files.js';
import { pathInside } from '../../core/paths.js';
import { jsonOutput } from '../../core/quote.js';
import { checkProxySettings, proxySettingsFrom } from '../../core/proxy.js';
import { reportedName } from '../../checksums/index.js';
import { downloadRelease, pinShippedPolicy, policyRootFiles, readReleaseDirectory, readReleasePolicy, readTrustedRoots, withTrustedRoot, RELEASE_ATTESTATION_FILE, RELEASE_POLICY_FILE, verifyRelease, type ReleasePolicy, type ReleaseVerification } from '../../release/verify-release.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { githubApiToken } from '../github-token.js';
import { outputFormat, shown } from './verify-blob.js';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * The lines saying what a release's verification proved. The signer's identity, the predicate types
 * and GitHub's tag are the signers' to choose, and the file names the checksums file's: shown
 * printable (names as the -c report shows them) and bounded.
 */
export function describeRelease(result: ReleaseVerification, heading: string): string[] {
  const lines = [`Verified OK: ${heading}`];
  if (result.checksums !== undefined) lines.push(`  signed checksums: ${result.checksums.file}, ${result.checksums.verifiedFiles} file(s) match, signed by ${shown(result.checksums.signer)}`);
  for (const attestation of result.attestations) lines.push(`  attestation:      ${shown(attestation.predicateType)} for ${attestation.files.map((file) => reportedName(file)).join(', ')}`);
  if (result.attestations.length === 0) lines.push('  attestations:     none found');
  // Listed, not refused: a release may carry files nobody signed, and the user decides what to do with them; they are not to be taken as verified.
  if (result.unlisted.length > 0) lines.push(`  not verified:     ${result.unlisted.length} file(s) ${result.checksums?.file ?? 'the checksums file'} does not list: ${result.unlisted.slice(0, 10).map((name) => reportedName(name)).join(', ')}${result.unlisted.length > 10 ? ', …' : ''}`);
  if (result.unsigned.length > 0) lines.push(`  unsigned:         ${result.unsigned.map((name) => reportedName(name)).join(', ')}, the instructions the release writes after signing: nothing above relies on ${result.unsigned.length === 1 ? 'it' : 'them'}`);
  for (const { file, listed } of result.secondDownloads) {
    lines.push(`  second download: ${reportedName(file)} looks like a second download of ${reportedName(listed)}, which ${result.checksums?.file ?? 'the checksums file'} lists: rename it to ${reportedName(listed)} to verify it`);
  }
  // Said, not refused: a partial download verifies what it holds (as verify-checksums does), but a user should know what was not checked.
  if (result.missing.length > 0) lines.push(`  missing:          ${result.missing.length} file(s) ${result.checksums?.file ?? 'the checksums file'} lists are not in the directory, so not verified: ${result.missing.slice(0, 10).map((name) => reportedName(name)).join(', ')}${result.missing.length > 10 ? ', …' : ''}`);
  lines.push(result.githubRelease === undefined ? `  GitHub release attestation: none found (${RELEASE_ATTESTATION_FILE})` : `  GitHub release attestation: tag ${shown(result.githubRelease.tag)}, ${result.githubRelease.assets} asset(s), every verified file listed (${shown(result.githubRelease.predicateType)})`);
  return lines;
}

/** Where VERIFY.md has users keep the trusted roots they got themselves, and how it fills it. */
const OWN_ROOTS = 'keep the trusted roots you got yourself in trust-kit-roots/, a directory of their own, as VERIFY.md does: `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl`';

/** `path` (absolute) with the links of its deepest existing ancestor followed: a directory to be downloaded into, or a root, may not exist yet. */
function linksFollowed(path: string): string {
  const below: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...below.reverse());
    } catch {
      if (dirname(at) === at) return path;
      below.push(basename(at));
    }
  }
}

/**
 * Whether `path` is a file directly in the release directory `dir`: release asset names hold no
 * `/`, so any file there may be an asset, and whoever can replace assets can put a root of their
 * own CA there, listed in a checksums file they signed with it. A root in a directory below
 * (VERIFY.md's `trust-kit-roots/`) or elsewhere can only be the user's.
 */
function amongAssets(dir: string, path: string): boolean {
  // Compared where the links lead: a link below DIR to a file of it reads that file, and DIR may be reached through a link.
  const rest = pathInside(linksFollowed(dir), linksFollowed(path));
  // One name: a file of a directory below DIR is the user's.
  return rest !== undefined && !rest.includes(sep);
}

/** Refuses a --trusted-root that is a file of the release directory itself (see {@link amongAssets}). */
function refuseRootAmongAssets(dir: string, trustedRoot: string, shownRoot: string): void {
  if (!amongAssets(dir, trustedRoot)) return;
  throw new TrustKitError('CLI_USAGE', `--trusted-root ${shown(shownRoot)} is a file of the release directory, where any release asset may be: whoever could replace the release's assets could put a trusted root of their own CA there, and the release would verify against it`, {
    hint: `${OWN_ROOTS}, then --trusted-root trust-kit-roots/trusted_root.jsonl`,
  });
}

/**
 * Refuses a --policy that is a file of the release directory itself (see {@link amongAssets}): the
 * policy names the signer to trust, so one that came with the release names whoever replaced it,
 * whatever trusted root verifies their signature.
 */
function refusePolicyAmongAssets(dir: string, policyFile: string, shownPolicy: string): void {
  if (!amongAssets(dir, policyFile)) return;
  throw new TrustKitError('CLI_USAGE', `--policy ${shown(shownPolicy)} is a file of the release directory, where any release asset may be: whoever could replace the release's assets could write a policy naming themselves as the signer, and the release would verify under it`, {
    hint: `to use the ${RELEASE_POLICY_FILE} the release carries, pin what you expect instead of --policy: --expect-repo OWNER/REPO --signer-workflow OWNER/REPO/PATH (or --certificate-identity with --certificate-oidc-issuer) --trusted-root FILE; or keep a policy of your own outside the release directory`,
  });
}

/**
 * Refuses a policy used with the roots it names when one of them is a file of the release
 * directory itself (see {@link amongAssets}): the release's own policy given as --policy names the
 * roots that came with it, so a release replaced whole would verify, as with such a --trusted-root.
 */
function refusePolicyRootsAmongAssets(dir: string, policy: ReleasePolicy, shownPolicy: string): void {
  const carried = [...new Set([...policy.trustedRoots, ...(policy.githubTrustedRoot === undefined ? [] : [policy.githubTrustedRoot])])].filter((path) => amongAssets(dir, path));
  if (carried.length === 0) return;
  throw new TrustKitError('CLI_USAGE', `the policy ${shown(shownPolicy)} names the trusted root${carried.length === 1 ? '' : 's'} ${carried.map((path) => shown(relative(dir, path))).join(', ')}, a file of the release directory, where any release asset may be: whoever could replace the release's assets could put a trusted root of their own CA there, and the release would verify against it`, {
    hint: `${OWN_ROOTS}, then pass --trusted-root trust-kit-roots/trusted_root.jsonl, or name the roots there in the policy's "trustedRoots" and "githubTrustedRoot"`,
  });
}

/** `trust-kit verify-release DIR --policy FILE` or `--tag TAG --repo OWNER/REPO`: verify everything a release carries, downloaded or fetched. */
export const verifyReleaseCommand: Command = {
  usage: 'trust-kit verify-release (DIR | --tag TAG --repo OWNER/REPO [--download-dir DIR]) (--policy FILE [--trusted-root FILE] | (--expect-repo OWNER/REPO | --signer-workflow OWNER/REPO/PATH | --certificate-identity ID --certificate-oidc-issuer URL)... --trusted-root FILE) [--tag TAG] [--commit SHA] [--format text|json | --json]',
  help: `Verifies offline, under a verification policy, what a release downloaded into DIR carries:
the signed checksums file (SHA256SUMS, or SHA512SUMS, and its .sigstore.json) and every file it lists, and
each attestation in attestations.intoto.jsonl (SLSA provenance, SBOMs) for the files it names,
and GitHub's release attestation of an immutable release when ${RELEASE_ATTESTATION_FILE} is
there (saved with \`gh release verify TAG --format json --jq .attestation.bundle\`), against
the policy's GitHub trusted root: it must list every verified file with the same digest.
Every signature must chain to the policy's trusted roots and be by its signer, from a ref its
pattern matches; each predicate type the policy requires must be present. Prints what it found,
and names the files of DIR that the checksums file does not list: nothing verified them (VERIFY.md,
which the release writes after signing, is said apart, once).

With --repo and --tag instead of DIR, the published release is first downloaded through the
GitHub API (token: GH_TOKEN or GITHUB_TOKEN; GITHUB_API_URL for another API) into --download-dir
or a temporary directory (removed afterwards): every asset, at most 1000 of at most 2 GiB each
and 8 GiB in all, each checked against the digest GitHub lists; for an immutable release also
GitHub's release attestation from the attestations API. It is then verified as above, and a file
the checksums file lists that the release lacks fails it (in DIR, a partial download is said).

      --policy FILE        the offline verification policy, yours: never a file directly in
                           DIR; paths in it are relative to the policy file. Without it, the ${RELEASE_POLICY_FILE} the release carries
                           is used, but only with your own pins below: a policy shipped with the
                           release only states what to expect (and none of its author's regular
                           expressions is run: it names its signer exactly, its refPattern a ref,
                           maybe ending in .*, as trust-kit writes it). Without --trusted-root, the
                           roots it names are used, never files directly in DIR
      --expect-repo OWNER/REPO
                           the shipped policy must name this source repository
      --signer-workflow OWNER/REPO/PATH[@REF]
                           the shipped policy's signer must be this workflow (at any ref, or
                           at REF: refs/tags/..., refs/heads/... or the full commit SHA)
      --certificate-identity ID, --certificate-oidc-issuer URL
                           the shipped policy's signer must be this identity, exactly, from this
                           issuer (a signer outside GitHub Actions: a person, another CI); the
                           two go together
      --trusted-root FILE  the trusted roots to verify with (trusted_root.json, or the JSONL
                           \`gh attestation trusted-root\` prints), for the signer and GitHub's
                           release attestation, instead of those the policy names; required
                           with the shipped policy, whose roots came with the release too;
                           never a file directly in DIR, where any release asset may be
      --repo OWNER/REPO    download the release of --tag from this repository
      --download-dir DIR   where the release is downloaded (new or empty); default a temporary
                           directory, removed afterwards
      --tag TAG            the release's tag; GitHub's release attestation must name it, and
                           without one the checksums file must be signed from refs/tags/TAG
                           (its certificate's source ref; a key's signature names none)
      --commit SHA         GitHub's release attestation (predicate v0.2) must name this commit
                           as the tag's (a v0.2 attestation must also name the policy's
                           sourceRepository, in its repository and its purl); a v0.1 one,
                           which names no commit, is refused then; without one, the checksums
                           file must be signed from this commit (its certificate's source digest)
      --format text|json   json prints what was verified, for scripts (--json is the same)

The policy is a JSON object (at most 64 KiB; file names in it are relative to it):
  "version": 1                           required
  "trustedRoots": ["trusted_root.json"]  required: 1 to 16 trusted roots (JSON or gh's JSONL)
  "certificateIdentity": "https://..."   the signer's identity, exactly; or instead
  "certificateIdentityRegExp": "..."     a regular expression that must match the whole identity
  "issuer": "https://..."                required: the OIDC issuer, exactly
  "sourceRepository": "owner/name"       the certificate's source repository
  "refPattern": "refs/tags/.*"           a regular expression the whole source ref must match
  "requiredPredicateTypes": ["..."]      attestation types the release must carry (up to 32)
  "githubTrustedRoot": "github.jsonl"    GitHub's trusted root, for GitHub's release attestation
  "requireGitHubReleaseAttestation": true  the release must carry GitHub's release attestation
                                         (needs githubTrustedRoot)
  "about": "..."                         a note for readers, not read
Any other key is refused (RELEASE_POLICY_INVALID): a misspelt check would otherwise check nothing.

Exit codes: 0 verified; 3 a signature or file did not verify, or the release lacks signed checksums
or a required attestation, or holds none of the files the checksums file lists
(VERIFY_RELEASE_INCOMPLETE); 4 another signer or source ref, or GitHub's
release attestation is for another release; 5 GitHub's release attestation does not list a file;
6 GitHub's release attestation is of another predicate type than a release's
(VERIFY_PREDICATE_TYPE_MISMATCH); 7 the shipped policy names another workflow than
--signer-workflow; 8 another repository than --expect-repo; 1 a policy file that cannot be read
(RELEASE_POLICY_INVALID), a directory that cannot be read (RELEASE_DIR_UNREADABLE), a release
that is not there (RELEASE_NOT_FOUND) or too large to download (RELEASE_DOWNLOAD_REFUSED);
2 wrong usage.`,
  options: {
    policy: { type: 'string' },
    tag: { type: 'string' },
    commit: { type: 'string' },
    repo: { type: 'string' },
    'download-dir': { type: 'string' },
    'expect-repo': { type: 'string' },
    'signer-workflow': { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'trusted-root': { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' },
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const { values } = args;
    const output = outputFormat(values);
    const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    const repo = text('repo');
    const tag = text('tag');
    const commit = text('commit');
    const expectRepo = text('expect-repo');
    const signerWorkflow = text('signer-workflow');
    const identity = text('certificate-identity');
    const issuer = text('certificate-oidc-issuer');
    const pinned = expectRepo !== undefined || signerWorkflow !== undefined || identity !== undefined || issuer !== undefined;
    const policyFile = text('policy');
    const trustedRoot = text('trusted-root');
    // Every wrong flag at once, as every command reports them.
    const issues: ConfigIssue[] = [...args.issues, ...output.issues];
    if (commit !== undefined && !/^[0-9a-fA-F]{40}$/.test(commit)) issues.push({ input: '--commit', message: 'is not a full commit SHA (40 hex digits): give the commit the release\'s tag names, `git rev-parse TAG^{commit}`' });
    for (const [flag, value] of [['--repo', repo], ['--expect-repo', expectRepo]] as const) if (value !== undefined && !REPOSITORY.test(value)) issues.push({ input: flag, message: `is ${JSON.stringify(value.slice(0, 200))}, not OWNER/REPO` });
    if (signerWorkflow !== undefined && !/^(?:github\.com\/)?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\S+$/.test(signerWorkflow)) issues.push({ input: '--signer-workflow', message: 'is not OWNER/REPO/PATH (e.g. octo-org/release-kit/.github/workflows/release.yml)' });
    const unheld = signerWorkflow === undefined ? undefined : unheldRef(signerWorkflow);
    if (signerWorkflow !== undefined && unheld !== undefined) issues.push({ input: '--signer-workflow', message: unheldRefMessage(signerWorkflow, unheld) });
    if (policyFile !== undefined && pinned) issues.push({ input: '--policy', message: 'goes without --expect-repo, --signer-workflow, --certificate-identity and --certificate-oidc-issuer, which pin the policy the release carries: put them in your policy' });
    if (policyFile === undefined && !pinned) {
      issues.push({ input: '--policy', message: `is needed, or --expect-repo/--signer-workflow (--certificate-identity with --certificate-oidc-issuer for a signer outside GitHub Actions) to use the ${RELEASE_POLICY_FILE} the release carries, which only states what to expect: pin the repository, workflow or signer you expect, or write your own policy (see --help)` });
    }
    // An identity is one only at its issuer (the same email at another provider is anyone), and an issuer alone is anyone it serves.
    if ((identity === undefined) !== (issuer === undefined)) issues.push({ input: identity === undefined ? '--certificate-oidc-issuer' : '--certificate-identity', message: `goes with ${identity === undefined ? '--certificate-identity' : '--certificate-oidc-issuer'}: a signer is an identity at an issuer` });
    if (policyFile === undefined && pinned && trustedRoot === undefined) {
      issues.push({ input: '--trusted-root', message: `is needed with the ${RELEASE_POLICY_FILE} the release carries: the trusted roots it names came with the release too, and a CA of whoever replaced it would certify any identity and repository; fetch your own outside the release directory, \`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl\`, then --trusted-root trust-kit-roots/trusted_root.jsonl` });
    }
    if (repo !== undefined) {
      if (args.positionals.length !== 0) issues.push({ input: 'argument DIR', message: 'goes without --repo: verify-release takes DIR or --repo, not both' });
      if (tag === undefined) issues.push({ input: '--repo', message: 'needs --tag TAG: the release to download' });
    } else {
      if (args.positionals.length !== 1) issues.push({ input: 'argument DIR', message: `is one directory (or --repo and --tag instead), got ${args.positionals.length}` });
      if (text('download-dir') !== undefined) issues.push({ input: '--download-dir', message: 'goes with --repo' });
    }
    if (issues.length > 0) throw new ConfigError(issues);
    // Before any download, everything that can be checked offline, not after gigabytes: a root among the assets to come
    // (a temporary directory can hold none), the token and proxy, your own policy, and the trusted roots verifying will read whatever the release holds.
    const givenDir = repo === undefined ? args.positionals[0] : text('download-dir');
    if (trustedRoot !== undefined && givenDir !== undefined) refuseRootAmongAssets(resolve(context.cwd, givenDir), resolve(context.cwd, trustedRoot), trustedRoot);
    if (policyFile !== undefined && givenDir !== undefined) refusePolicyAmongAssets(resolve(context.cwd, givenDir), resolve(context.cwd, policyFile), policyFile);
    const token = repo === undefined ? undefined : githubApiToken(context.env);
    if (repo !== undefined && token === undefined) throw new TrustKitError('CLI_USAGE', 'downloading a release needs a GitHub token in GH_TOKEN or GITHUB_TOKEN', { hint: 'export GH_TOKEN="$(gh auth token)", or download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR' });
    // The GitHub toolkit reads the proxy variables when it loads, and crashes on one that is no http(s) URL: checked first.
    const proxy = proxySettingsFrom(context.env);
    if (repo !== undefined) checkProxySettings(proxy);
    let ownPolicy: ReleasePolicy | undefined;
    if (policyFile !== undefined) {
      ownPolicy = await readReleasePolicy(resolve(context.cwd, policyFile), 'check the path given to --policy');
      if (trustedRoot !== undefined) ownPolicy = withTrustedRoot(ownPolicy, resolve(context.cwd, trustedRoot));
      else if (givenDir !== undefined) refusePolicyRootsAmongAssets(resolve(context.cwd, givenDir), ownPolicy, policyFile);
    }
    const roots = await readTrustedRoots(ownPolicy !== undefined ? policyRootFiles(ownPolicy) : trustedRoot !== undefined ? [resolve(context.cwd, trustedRoot)] : [], trustedRoot === undefined ? undefined : resolve(context.cwd, trustedRoot));
    let dir: string;
    let temporary: TemporaryDirectory | undefined;
    // Downloaded here, the directory holds the whole release: a listed file it lacks, the release lacks.
    const wholeRelease = repo !== undefined && tag !== undefined && token !== undefined;
    if (wholeRelease) {
      const [owner, name] = repo.split('/') as [string, string];
      const apiUrl = context.env.GITHUB_API_URL;
      // Before the temporary directory: a bad GITHUB_API_URL leaves nothing behind.
      const [{ createGitHubClient }, { githubReleases }] = await Promise.all([import('../../github/attestations.js'), import('../../github/releases.js')]);
      const client = createGitHubClient({ token, proxy, ...(apiUrl === undefined || apiUrl === '' ? {} : { apiUrl }) });
      const downloadDir = text('download-dir');
      if (downloadDir === undefined) temporary = await makeTemporaryDirectory('trust-kit-release-');
      dir = temporary?.path ?? resolve(context.cwd, downloadDir as string);
      try {
        const downloaded = await downloadRelease({ releases: githubReleases({ client, owner, repo: name }), repository: repo, tag, dir });
        context.stderr.write(`downloaded ${downloaded.assets.length} asset(s) of ${repo} ${tag}${downloaded.immutable ? `, immutable${downloaded.releaseAttestation === undefined ? ' (GitHub\'s release attestation not found)' : `, with GitHub's release attestation (${downloaded.releaseAttestation})`}` : ''}\n`);
      } catch (error) {
        await temporary?.remove();
        throw error;
      }
    } else {
      dir = resolve(context.cwd, args.positionals[0] as string);
    }
    try {
      let policy = ownPolicy;
      if (policy === undefined) {
        // The directory first: a missing one is no release, not a release without a policy.
        await readReleaseDirectory(dir);
        policy = pinShippedPolicy(await readReleasePolicy(join(dir, RELEASE_POLICY_FILE), `a release carries ${RELEASE_POLICY_FILE} only when it was signed keylessly with the verification kit on: write your own policy and pass it with --policy (see --help)`), { repository: expectRepo, signerWorkflow, identity, issuer, trustedRoot: trustedRoot === undefined ? undefined : resolve(context.cwd, trustedRoot) }, `the release's ${RELEASE_POLICY_FILE}`);
        context.stderr.write(`policy: the ${RELEASE_POLICY_FILE} the release carries, pinned to ${[expectRepo === undefined ? '' : `repository ${expectRepo}`, signerWorkflow === undefined ? '' : `signer workflow ${signerWorkflow}`, identity === undefined ? '' : `signer ${identity} of ${issuer ?? ''}`].filter((part) => part !== '').join(' and ')}\n`);
      }
      const result = await verifyRelease({ dir, policy, roots, ...(tag === undefined ? {} : { tag }), ...(commit === undefined ? {} : { commit }), ...(repo === undefined ? {} : { repository: repo }), complete: wholeRelease });
      if (output.json) {
        context.stdout.write(`${jsonOutput(result, 2)}\n`);
        return EXIT.OK;
      }
      context.stdout.write(`${describeRelease(result, repo === undefined ? (args.positionals[0] as string) : `${repo} ${tag as string}`).join('\n')}\n`);
      return EXIT.OK;
    } finally {
      await temporary?.remove();
    }
  },
};
