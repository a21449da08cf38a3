import { resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { provenanceUnavailable } from '../../attest/errors.js';
import { isTagName } from '../../config/release.js';
import { ReleaseError } from '../errors.js';
import { planOutput } from '../output.js';
import type { ReleasePorts } from '../ports.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * The repository and tag of a GitHub Actions run for a tag push, whose release VERIFY.md names,
 * with the server's host when it is not github.com (a GHE.com tenant, an Enterprise Server); else undefined.
 */
function releaseOfTagPush(env: ReleasePorts['env']): { repository: string; tag: string; host?: string } | undefined {
  const { GITHUB_REF_TYPE: type, GITHUB_REF_NAME: tag } = env;
  return type !== 'tag' || tag === undefined || tag === '' ? undefined : releaseOfNamedTag(tag, undefined, env);
}

/**
 * The release a run publishes to GitHub names itself (`tag`, and `repo` or the run's repository),
 * for a run that is no tag push (workflow_dispatch with a tag, the CLI): VERIFY.md can name it as well.
 */
function releaseOfNamedTag(tag: string | undefined, repository: string | undefined, env: ReleasePorts['env']): { repository: string; tag: string; host?: string } | undefined {
  const named = repository ?? env.GITHUB_REPOSITORY;
  if (tag === undefined || named === undefined || named === '') return undefined;
  const host = serverHost(env.GITHUB_SERVER_URL);
  return { repository: named, tag, ...(host === undefined || host === 'github.com' ? {} : { host }) };
}

/** The host (and port) of GITHUB_SERVER_URL; undefined when it is unset or no URL (the runner always sets a URL). */
function serverHost(serverUrl: string | undefined): string | undefined {
  if (serverUrl === undefined || serverUrl === '') return undefined;
  try {
    return new URL(serverUrl).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Checks, before any work, that the output directory can take this run's files, that a run
 * told its release is immutable names that release (VERIFY.md names it): the pushed tag's, or the
 * tag it publishes to GitHub, that a run that must attest provenance has a token for it, and
 * that the signing key (with its passphrase) can be read.
 */
export const runOutputStep: ReleaseStepRun = async ({ config, ports, outputDir }) => {
  const immutableRelease = config.immutableRelease ? (releaseOfTagPush(ports.env) ?? releaseOfNamedTag(ports.githubRelease?.tag, ports.githubRelease?.repository, ports.env)) : undefined;
  if (config.immutableRelease && immutableRelease === undefined) {
    throw new ReleaseError('RELEASE_NOT_A_TAG', 'immutable-release is true, but this run names no release: it is neither a GitHub Actions run for a tag push (GITHUB_REPOSITORY, GITHUB_REF_TYPE=tag and GITHUB_REF_NAME) nor one publishing to a GitHub release of a tag (github-release with tag)', {
      hint: 'set immutable-release in the workflow that publishes the release of the pushed tag, or with github-release and the tag it publishes',
    });
  }
  if (immutableRelease !== undefined && !isTagName(immutableRelease.tag)) {
    throw new ReleaseError('RELEASE_NOT_A_TAG', `immutable-release is true, but the pushed tag ${JSON.stringify(immutableRelease.tag.slice(0, 100))} is not a tag name VERIFY.md can give gh release verify (git tag refuses it: it starts with - or holds characters git does not allow)`, {
      hint: 'release under a tag git allows, such as v1.2.3',
    });
  }
  if (immutableRelease !== undefined && config.githubRelease !== undefined && config.githubRelease.tag !== immutableRelease.tag) {
    throw new ReleaseError('RELEASE_NOT_A_TAG', `immutable-release is true, but the run publishes to the release of ${config.githubRelease.tag}, not of the pushed tag ${immutableRelease.tag}, which VERIFY.md would have users check`, {
      hint: 'publish the pushed tag\'s release (leave `tag` unset), or leave immutable-release off for a release of another tag',
    });
  }
  // Provenance comes from the runner's token, whatever signs: without its endpoint a run asking for it would fail after hashing and
  // making the SBOMs (with --force, over an earlier signed output), where the signing session asks for the token.
  // Loaded only then: the token client's HTTP code costs a release that attests no provenance nothing.
  if (config.sign !== undefined && config.attest === 'required' && !(await import('../../github/oidc.js')).hasRunnerEndpoint(ports.env)) throw provenanceUnavailable();
  const target = ports.githubRelease?.repository;
  if (immutableRelease !== undefined && target !== undefined && target.toLowerCase() !== immutableRelease.repository.toLowerCase()) {
    throw new ReleaseError('RELEASE_NOT_A_TAG', `immutable-release is true, but the run publishes to ${target}, not to ${immutableRelease.repository}, whose release VERIFY.md would have users check`, {
      hint: 'leave immutable-release off for a release in another repository than the workflow\'s',
    });
  }
  const plan = await planOutput(outputDir, {
    force: config.force,
    keep: [
      { path: ports.cwd, what: 'the working directory' },
      { path: resolve(ports.cwd, config.base), what: 'the base directory' },
      ...(config.sbom === undefined ? [] : [{ path: resolve(ports.cwd, config.sbom.path), what: 'the SBOM project directory' }]),
      // An artifact named by its path would be left out of the checksums and, with --force, deleted with the earlier output.
      ...config.subjects.filter((subject) => !isDynamicPattern(subject)).map((subject) => ({ path: resolve(ports.cwd, subject), what: 'the artifact' })),
      // The files signing reads: with --force they would be deleted with the earlier output (the signing key lost for good).
      ...(config.sign?.key === undefined ? [] : [{ path: resolve(ports.cwd, config.sign.key), what: 'the signing key' }]),
      ...(config.sign?.trustedRoot === undefined ? [] : [{ path: resolve(ports.cwd, config.sign.trustedRoot), what: 'the trusted root' }]),
      ...(config.sign?.signingConfig === undefined ? [] : [{ path: resolve(ports.cwd, config.sign.signingConfig), what: 'the signing configuration' }]),
    ],
  });
  // Said before any work: --force replaces whatever the directory holds, files trust-kit did not write included.
  if (plan.replacing.length > 0) {
    const shown = plan.replacing.slice(0, 10).join(', ');
    ports.logger.info(`the output directory ${outputDir} holds ${plan.replacing.length} ${plan.replacing.length === 1 ? 'entry' : 'entries'} (${shown}${plan.replacing.length > 10 ? `, and ${plan.replacing.length - 10} more` : ''}), which --force replaces with this run's files once the release is done`);
  }
  // The key and its passphrase, before any work: a wrong one failed after the hashing and SBOMs, and with --force over an earlier signed output.
  const key = config.sign?.key;
  const signingKey = key === undefined ? undefined : await (await import('../../sigstore/sign/index.js')).readSigningKeyFile(key, ports);
  return { plan, ...(immutableRelease === undefined ? {} : { immutableRelease }), ...(signingKey === undefined ? {} : { signingKey }) };
};
