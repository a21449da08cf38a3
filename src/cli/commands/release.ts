import { keyedSigningIssues, SIGNING_OPTIONS } from '../signing-options.js';
import { relative } from 'node:path';
import { clockFromSourceDateEpoch } from '../../core/clock.js';
import { cliNamer, ConfigError, refusedValues, withEarlierIssues } from '../../config/inputs.js';
import { PUBLISHING_INPUTS, releaseConfig, SBOM_SHAPING_INPUTS } from '../../config/release.js';
import { emptyReleaseReport, failedRunText, releaseFacts, runRelease } from '../../release/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { githubApiToken } from '../github-token.js';
import { stderrLogger } from '../logger.js';
import { misplacedExcludes, rawSigningPaths, readWithNamedPaths, releasePaths, requireNamedPaths, subjectPaths } from '../../config/paths.js';
import { checkProxySettings, proxySettingsFrom } from '../../core/proxy.js';
import { shownFile } from '../../core/quote.js';
import { pushedTag, releaseUrl } from '../../github/release-tag.js';
import { parseImageReference } from '../../oci/reference.js';

/** `--name`, or `--no-name` for a boolean given as false: the flag as the user typed it. */
function typed(name: string, value: unknown): string {
  return value === false ? `--no-${name}` : `--${name}`;
}

/** `trust-kit release`: everything a release needs, in one command (what the root action runs). */
export const releaseCommand: Command = {
  usage: 'trust-kit release [options] PATH...',
  help: `Hashes every artifact named by PATH (files, directories, globs) once and writes, into the
output directory: the checksums file (SHA256SUMS, listing the artifacts and the SBOMs, so the
signature covers both), the project's SBOMs (sbom.spdx.json, sbom.cdx.json), the checksums file's
Sigstore bundle (SHA256SUMS.sigstore.json, verified before it is written) and VERIFY.md with the
exact commands users run. The SBOMs are listed by file name, as they are published beside the
artifacts: \`sha256sum -c\` runs in the directory holding the downloaded release.

The output directory holds one run's files only. A run writes into a fresh staging directory
beside it and moves that into place when it ends; an output directory that is not empty is
refused unless --force, which replaces it with all it holds. It may lie inside the base
directory: it is never hashed. When a step fails after the artifacts were hashed (SBOM, signing),
what the run made (the checksums file, the SBOMs) still replaces the output directory, nothing
of an earlier run is left beside it, and the failed step and what was not made are printed.

Signing: keyless with the OIDC token in SIGSTORE_ID_TOKEN or the GitHub Actions job's; with
--key. Outside GitHub Actions, with --instance auto and no token, key or Sigstore URL, with a key
made for this run whose public key is written as trust-kit.pub (the private key never leaves
memory), so a release can be rehearsed offline; it says so. In a GitHub Actions job
(GITHUB_ACTIONS=true), or with --instance public-good or github, a missing token follows
--on-missing-token.

Options:
      --output-dir DIR         where to write everything (default: trust-kit-out); replaced whole by
                               each run, so not a mount point
      --force                  replace an output directory that is not empty (an earlier run's), all it holds (listed in the log)
      --base DIR               artifact names are relative to DIR (default: the working directory)
  -a, --algorithm ALG          sha256 (default) or sha512
      --sbom-format FORMAT     spdx-json, cyclonedx-json (1.6; @1.5, @1.7), or none; repeatable
                               (default: spdx-json and cyclonedx-json)
      --sbom-path DIR          the project whose lockfiles are cataloged (default: .)
      --sbom-exclude PATTERN   also skip these paths under --sbom-path (repeatable; see \`trust-kit sbom --help\`)
      --sbom-organization N    the organisation authoring the SBOMs (SPDX creator, CycloneDX author),
                               as the sbom command's --organization
      --no-sbom-default-excludes
                               catalog test, fixtures, examples, ... directories too
      --include-dev            keep development dependencies in the SBOMs
      --strict                 fail when a lockfile cannot be parsed
      --no-sign                do not sign
      --attest WHEN            false (default), auto or true: attestations.intoto.jsonl with SLSA
                               provenance (in a GitHub Actions job with id-token: write; true
                               requires it) and an SBOM attestation per SBOM, signed with the
                               checksums file's identity (not with a key made for the run)
      --artifact-bundles       also sign each artifact on its own into <artifact>.sigstore.json (in
                               the checksums file's session: one certificate), for
                               cosign verify-blob <file> --bundle <file>.sigstore.json
      --audit-log              write trust-kit-audit.jsonl, one JSON line per signature made (what,
                               digest, signer, log index or timestamps, the run's time from
                               SOURCE_DATE_EPOCH, else the clock's); it is written after the checksums file is signed,
                               so it is signed on its own: trust-kit-audit.jsonl.sigstore.json
      --no-verification-kit    do not write trust-kit-policy.json and trust-kit-trusted-root.jsonl,
                               the offline verification kit the checksums file lists (written
                               by default when signing keylessly)
      --image REF              also sign this container image (repeatable), in the checksums
                               file's session (one certificate): a tag is resolved once to its
                               digest; the signatures are attached in the registry and VERIFY.md
                               gives the cosign verify command (registry login: docker's config.json)
      --signature-format FMT   how image signatures are attached: both (default), cosign3 (a bundle
                               referrer) or cosign2 (the sha256-<hex>.sig manifest)
      --recursive              also sign each platform manifest of a multi-arch image index
      --allow-http-registry    reach registries over plain HTTP (local test registries only)
      --no-verify-instructions do not write VERIFY.md
      --no-gate                publish a GitHub release without first downloading its draft and
                               verifying it as VERIFY.md says (the gate is on by default)
      --immutable-release      the GitHub release of the pushed tag (or of --tag with --github-release)
                               is immutable: VERIFY.md adds gh release verify
      --downgrade WHAT         fail (default), warn or off: when publishing to a GitHub release, refuse
                               (or warn about) a release whose evidence is weaker than the previous
                               release's: signed checksums, signer workflow and repository, Sigstore
                               instance, per-artifact signatures, attestations, SBOMs, audit log,
                               signed images, immutability
      --github-release         publish the artifacts and the run's files to the GitHub release of
                               --tag: found or created as a draft, every missing asset uploaded
                               (same name and digest: skipped; another digest: an error), then
                               published once; token in GH_TOKEN or GITHUB_TOKEN (contents: write).
                               An immutable release's GitHub release attestation is then fetched
                               and verified with GitHub's trusted root (from its TUF repository;
                               github.com only: elsewhere it is read, not verified)
      --tag TAG                the release's tag (default: the pushed tag, GITHUB_REF refs/tags/...);
                               in a GitHub Actions job it must exist and name the commit built
                               (GITHUB_SHA), checked before anything is signed
      --repo OWNER/REPO        the release's repository (default: GITHUB_REPOSITORY)
      --instance NAME          auto (default), public-good, github, key
      --key KEY.pem            sign with this private key
      --on-missing-token WHAT  fail (default), warn or skip when keyless signing has no token
      --trusted-root FILE      trusted root bundles are checked against (custom URLs; default through TUF)
      --fulcio-url URL, --rekor-url URL, --tsa-url URL   other Sigstore services (a --fulcio-url
                               with the public-good instance needs its own --rekor-url: another
                               CA's certificates never go to the public log)
      --rekor-version N        the API --rekor-url speaks: 1 (default) or 2 (Rekor v2, needs --tsa-url)
      --signing-config FILE    a signing config (v0.2, as cosign's) naming the services instead
      --timeout TIME           how long each signature's requests to Fulcio, Rekor and the TSA may take
                               together (seconds, 10m or 2h; default 300): SIGN_TIMEOUT past it

Every PATH (but globs), --base, --key, --signing-config, --trusted-root and --sbom-path must exist before
anything is hashed or written: all missing ones are reported at once (exit 2). --tag, --no-gate and --downgrade shape publishing: without
--github-release they are a usage error (exit 2), not ignored; so are the signing flags (--key,
--instance, --timeout, ...) with --no-sign, and the SBOM flags (--sbom-path, --include-dev, --strict,
...) with --sbom-format none, --trusted-root, --timeout and --on-missing-token with --key (which signs
offline), and --signature-format, --recursive and --allow-http-registry without --image.

SOURCE_DATE_EPOCH, when set, is the SBOMs' timestamp (else the last commit's time; outside a git work
tree, the current time; in one git cannot read, an error).`,
  options: {
    'output-dir': { type: 'string' },
    base: { type: 'string' },
    algorithm: { type: 'string', short: 'a' },
    'sbom-format': { type: 'string', multiple: true },
    'sbom-path': { type: 'string' },
    'sbom-exclude': { type: 'string', multiple: true },
    'sbom-organization': { type: 'string' },
    'sbom-default-excludes': { type: 'boolean' },
    'include-dev': { type: 'boolean' },
    strict: { type: 'boolean' },
    force: { type: 'boolean' },
    sign: { type: 'boolean' },
    attest: { type: 'string' },
    'artifact-bundles': { type: 'boolean' },
    'audit-log': { type: 'boolean' },
    'verification-kit': { type: 'boolean' },
    'verify-instructions': { type: 'boolean' },
    'immutable-release': { type: 'boolean' },
    downgrade: { type: 'string' },
    gate: { type: 'boolean' },
    image: { type: 'string', multiple: true },
    'signature-format': { type: 'string' },
    recursive: { type: 'boolean' },
    'allow-http-registry': { type: 'boolean' },
    'github-release': { type: 'boolean' },
    tag: { type: 'string' },
    repo: { type: 'string' },
    ...SIGNING_OPTIONS,
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const positionalNamer = cliNamer({ 'subject-path': 'PATH' });
    // The input `images` is the repeatable flag --image.
    const nameOf = (name: string): string => (name === 'images' ? '--image' : positionalNamer(name));
    const { image, repo, ...values } = args.values;
    const pushed = pushedTag(context.env.GITHUB_REF);
    const { env } = context;
    const repository = typeof repo === 'string' && repo !== '' ? repo : (env.GITHUB_REPOSITORY ?? '');
    const serverUrl = env.GITHUB_SERVER_URL === undefined || env.GITHUB_SERVER_URL === '' ? 'https://github.com' : env.GITHUB_SERVER_URL;
    // What publishing needs from the environment is reported with every bad flag, not after them; the token is taken (into protected memory) only to publish.
    const publishing = values['github-release'] === true;
    const sbomFormats = (values['sbom-format'] ?? []) as string[];
    const token = publishing ? githubApiToken(env) : undefined;
    const publishIssues = [
      ...(publishing && token === undefined ? [{ input: '--github-release', message: 'needs a token with contents: write in GH_TOKEN or GITHUB_TOKEN' }] : []),
      ...(publishing && repository === '' ? [{ input: '--repo', message: 'is needed with --github-release outside a GitHub Actions job (GITHUB_REPOSITORY is not set)' }] : []),
      // Flags that only shape publishing would do nothing without it: said, not ignored.
      ...(publishing ? [] : PUBLISHING_INPUTS.filter((name) => values[name] !== undefined).map((name) => ({ input: typed(name, values[name]), message: 'goes with --github-release: without it nothing is published, so it would do nothing' }))),
      // As signing flags with --no-sign (a --key would not sign) and SBOM flags with no SBOM.
      ...(values.sign === false ? [] : keyedSigningIssues(values)),
      ...(values.sign === false ? Object.keys(SIGNING_OPTIONS).filter((name) => values[name] !== undefined).map((name) => ({ input: typed(name, values[name]), message: 'shapes signing, which --no-sign turns off, so it would do nothing' })) : []),
      ...(sbomFormats.includes('none') ? SBOM_SHAPING_INPUTS.filter((name) => values[name] !== undefined).map((name) => ({ input: typed(name, values[name]), message: 'shapes the SBOMs, which --sbom-format none turns off, so it would do nothing' })) : []),
    ];
    // A bad --image is a bad flag: reported with the others and the missing paths, before anything is hashed, as sign-image's IMAGE is.
    const imageIssues = refusedValues((image ?? []) as string[], '--image', parseImageReference);
    // The paths the flags name, checked with the flags when a flag is refused: all problems at once.
    const named = [
      { input: 'base', path: typeof values.base === 'string' ? values.base : '.', kind: 'directory' as const },
      ...(typeof values['sbom-path'] === 'string' ? [{ input: 'sbom-path', path: values['sbom-path'], kind: 'directory' as const }] : []),
      ...(values.sign === false ? [] : rawSigningPaths(values)),
      ...subjectPaths('subject-path', args.positionals),
    ];
    const config = await readWithNamedPaths(() => withEarlierIssues([...args.issues, ...publishIssues], () => {
      try {
        return releaseConfig({ ...values, images: image, 'subject-path': args.positionals }, nameOf, {
          base: '.',
          outputDir: 'trust-kit-out',
          ephemeralKeyWithoutToken: context.env.GITHUB_ACTIONS !== 'true',
          ...(pushed === undefined ? {} : { tag: pushed }),
        });
      } catch (error) {
        if (error instanceof ConfigError) throw new ConfigError([...imageIssues, ...error.issues]);
        throw error;
      }
    }), named, context.cwd, nameOf);
    let githubRelease: Parameters<typeof runRelease>[1]['githubRelease'];
    if (config.githubRelease !== undefined && token !== undefined) {
      // The GitHub client, its proxy agents and the attestation verifier load only for a run that publishes;
      // the toolkit reads the proxy variables as it loads and crashes on one that is no http(s) URL, so they are checked first.
      checkProxySettings(proxySettingsFrom(env));
      const [{ releasesOf }, { githubReleaseAttestationVerifier }] = await Promise.all([import('../../github/release-target.js'), import('../../release/release-attestation.js')]);
      // GitHub's trusted root is fetched only when an immutable release's attestation is verified.
      const verifyReleaseAttestation = githubReleaseAttestationVerifier({ serverUrl, repository, tag: config.githubRelease.tag, tuf: { proxy: proxySettingsFrom(env) } });
      githubRelease = { tag: config.githubRelease.tag, repository, releases: releasesOf({ repository, token, serverUrl, proxy: proxySettingsFrom(env), ...(env.GITHUB_API_URL === undefined || env.GITHUB_API_URL === '' ? {} : { apiUrl: env.GITHUB_API_URL }) }), ...(verifyReleaseAttestation === undefined ? {} : { verifyReleaseAttestation }) };
    }
    const misplaced = config.sbom === undefined ? [] : await misplacedExcludes((values['sbom-exclude'] ?? []) as string[], config.sbom.path, context.cwd, '--sbom-exclude');
    await requireNamedPaths(releasePaths(config), context.cwd, nameOf, [...imageIssues, ...misplaced]);
    const epoch = context.env.SOURCE_DATE_EPOCH;
    const report = emptyReleaseReport();
    try {
      const result = await runRelease(
        config,
        {
          cwd: context.cwd,
          env: context.env,
          logger: stderrLogger(context.stderr, args.values.verbose === true),
          ...(githubRelease === undefined ? {} : { githubRelease }),
          ...(epoch === undefined || epoch === '' ? {} : { clock: clockFromSourceDateEpoch(epoch) }),
        },
        report,
      );
      // Shown as verify-checksums shows names: plain, else quoted (an artifact's name may hold terminal escapes).
      for (const path of result.produced) context.stdout.write(`${shownFile(relative(context.cwd, path))}\n`);
      const published = result.githubRelease;
      if (published !== undefined && config.githubRelease !== undefined) {
        const uploaded = published.assets.filter((asset) => asset.outcome === 'uploaded').length;
        context.stderr.write(`GitHub release ${releaseUrl(serverUrl, repository, config.githubRelease.tag)}: ${published.outcome}; ${uploaded} uploaded, ${published.assets.length - uploaded} already there with the same digest\n`);
        const attestation = published.releaseAttestation;
        if (attestation !== undefined) context.stderr.write(`GitHub's release attestation (${attestation.predicateType}) lists every asset; its signature ${attestation.signatureVerified ? 'verified against GitHub\'s trusted root' : 'not verified here: check it with gh release verify'}\n`);
      }
      return EXIT.OK;
    } catch (error) {
      context.stderr.write(failedRunText(releaseFacts(report, context.cwd)));
      throw error;
    }
  },
};
