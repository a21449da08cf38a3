import { readFile } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import { clockFromSourceDateEpoch, type Clock } from '../../core/clock.js';
import { markdownLink } from '../../core/markdown.js';
import { actionInputName, InputReader, withEarlierIssues, type ConfigIssue, type RawInputs } from '../../config/inputs.js';
import { instructionsAsSection } from '../../instructions/verify.js';
import { PUBLISHING_INPUTS, releaseConfig, SBOM_SHAPING_INPUTS, type ReleaseConfig } from '../../config/release.js';
import { keyedSigningIssues, signingTrustIssues } from '../../config/sign.js';
import { releasePaths, requireNamedPaths } from '../../config/paths.js';
import { ConfigError } from '../../config/inputs.js';
import { reportOf } from '../../core/errors.js';
import { checkProxySettings, proxySettingsFrom } from '../../core/proxy.js';
import { pushedTag, releaseUrl } from '../../github/release-tag.js';
import type { PublishResult } from '../../release/publish.js';
import type { ReleasePorts } from '../../release/index.js';
import { downgradeReport, emptyReleaseReport, releaseFacts, runRelease, type ReleaseFacts, type ReleaseReport, type ReleaseResult, type ReleaseStep } from '../../release/index.js';
import type { Environment, SecretBuffer } from '../../secrets/index.js';
import type { GitHubTufOptions } from '../../sigstore/verify/index.js';
import { ownerByDefault, setLinesOutput, setListOutput, type ActionIO } from '../io.js';
import { secretInput } from '../secret-input.js';
import { artifactsTable, capped, cell, code, failedReleaseLines, gateLines, SUMMARY_BUDGET_BYTES } from '../summary.js';

/** The inputs the root release action reads; stable across versions, documented in action.yml. */
export const RELEASE_INPUTS = [
  'subject-path',
  'algorithm',
  'base',
  'output-dir',
  'sbom-format',
  'sbom-path',
  'sbom-exclude',
  'sbom-default-excludes',
  'sbom-organization',
  'include-dev',
  'strict',
  'force',
  'sign',
  'attest',
  'artifact-bundles',
  'audit-log',
  'verification-kit',
  'verify-instructions',
  'immutable-release',
  'downgrade',
  'gate',
  'images',
  'signature-format',
  'recursive',
  'allow-http-registry',
  'instance',
  'key',
  'on-missing-token',
  'timeout',
  'trusted-root',
  'fulcio-url',
  'rekor-url',
  'rekor-version',
  'tsa-url',
  'signing-config',
  'github-release',
  'github-token',
  'tag',
] as const;

/**
 * The action.yml defaults of the inputs a switch can turn off (below): the runner passes each when
 * the workflow leaves it out, so such a value says nothing, and only another one was written.
 */
export const SWITCHED_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  instance: 'auto',
  'on-missing-token': 'fail',
  'rekor-version': '1',
  'sbom-path': '.',
  'sbom-default-excludes': 'true',
  'include-dev': 'false',
  strict: 'false',
  gate: 'true',
  downgrade: 'fail',
};

/** What each switch turns off, and the inputs that then would do nothing. */
const SWITCHED_OFF = {
  sign: ['key', 'instance', 'on-missing-token', 'timeout', 'trusted-root', 'fulcio-url', 'rekor-url', 'rekor-version', 'tsa-url', 'signing-config'],
  sbom: SBOM_SHAPING_INPUTS,
  publish: PUBLISHING_INPUTS,
} as const;

/**
 * The inputs written beside a switch that turns their feature off (`sign: false`, `sbom-format:
 * none`, no `github-release`), or keyless ones beside a `key`: each would do nothing, so it is a bad
 * input, reported with the others, as the CLI refuses the same flags. `inputs` are as the
 * workflow gave them, before any default of the action's own.
 */
function switchedOffIssues(inputs: RawInputs): ConfigIssue[] {
  const reader = new InputReader(inputs, actionInputName);
  const written = (name: string): boolean => {
    const value = inputs[name];
    return typeof value === 'string' && value.trim() !== '' && value.trim().toLowerCase() !== (SWITCHED_INPUT_DEFAULTS[name] ?? '');
  };
  // A bad value of a switch is the config's to report; read here, it only decides what to look at.
  const signing = reader.boolean('sign', true);
  const sbom = !reader.list('sbom-format').some((format) => format.toLowerCase() === 'none');
  const publishing = reader.boolean('github-release', false);
  const off = (names: readonly string[], message: string): ConfigIssue[] => names.filter(written).map((name) => ({ input: actionInputName(name), message }));
  return [
    ...(signing ? keyedSigningIssues(inputs, actionInputName) : off(SWITCHED_OFF.sign, 'shapes signing, which sign: false turns off, so it would do nothing; drop it, or sign')),
    ...(sbom ? [] : off(SWITCHED_OFF.sbom, 'shapes the SBOMs, which sbom-format: none turns off, so it would do nothing; drop it, or name a format')),
    ...(publishing ? [] : off(SWITCHED_OFF.publish, 'shapes publishing to a GitHub release, which only github-release: true does, so it would do nothing; drop it, or publish')),
  ];
}

/** The bundles named in the summary's line of them: the output directory holds the rest. */
const MAX_SUMMARY_BUNDLES = 20;

/** A failed run still says in the job summary what it produced, what failed and why. */
async function writeFailedSummary(io: ActionIO, facts: ReleaseFacts, artifacts?: string): Promise<void> {
  const lines = ['### trust-kit release', '', ...failedReleaseLines(facts), ...(artifacts === undefined ? [] : [artifacts, ''])];
  await io.appendSummary(lines.join('\n'));
}

/**
 * Sets the outputs of every file the run put in the output directory and their digests: all of
 * them when it succeeded (empty for what it did not make), those it made when a step failed.
 */
function setProducedOutputs(io: ActionIO, report: ReleaseReport, cwd: string, env: Environment, succeeded: boolean): void {
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined) io.setOutput(name, value);
    else if (succeeded) io.setOutput(name, '');
  };
  // Files count once they are in the output directory.
  const published = report.produced.length > 0;
  const path = (file: string | undefined): string | undefined => (file === undefined || !published ? undefined : relative(cwd, file));
  const digestOf = (file: string | undefined): string | undefined => {
    const hex = file === undefined ? undefined : report.digests[file];
    return hex === undefined ? undefined : `sha256:${hex}`;
  };
  set('checksums-digest', digestOf(report.checksumsPath));
  set('bundle-path', path(report.signature?.bundlePath));
  set('attestations-path', path(report.attestations?.path));
  if (report.artifactBundles !== undefined && published) setLinesOutput(io, 'artifact-bundle-paths', report.artifactBundles.map((bundle) => relative(cwd, bundle.bundlePath)), env);
  else set('artifact-bundle-paths', undefined);
  // Image signatures live in the registry: they count once signed, whether or not the files were published.
  if (report.wanted.images) set('images', report.images?.join('\n'));
  set('audit-log-path', path(report.auditLog?.path));
  set('audit-log-bundle-path', path(report.auditLog?.bundlePath));
  set('verify-path', path(report.instructionsPath));
  const outputDir = report.outputDir ?? cwd;
  // Names use / on every platform; a backslash is a separator only on Windows (elsewhere part of a name).
  if (published || succeeded) setListOutput(io, 'files', report.produced.map((file) => ({ name: relative(outputDir, file).split(sep).join('/'), path: relative(cwd, file), digest: { sha256: report.digests[file] ?? '' } })), 'the files are in the output directory (output output-dir)');
  io.setOutput('failed-step', report.failed?.step ?? '');
}

/** The releases API of the run's repository, with the token of input `github-token`. */
async function publishingReleases(token: SecretBuffer | undefined, env: Environment, serverUrl: string, repository: string): Promise<NonNullable<ReleasePorts['githubRelease']>['releases']> {
  if (token === undefined) throw new ConfigError([{ input: actionInputName('github-token'), message: 'is empty; publishing to a GitHub release needs a token with `contents: write` (the default is the job\'s github.token)' }]);
  if (repository === '') throw new ConfigError([{ input: actionInputName('github-release'), message: 'is true, but GITHUB_REPOSITORY is not set: publishing runs in a GitHub Actions job' }]);
  // The GitHub client and its proxy agents load only for a run that publishes; the toolkit reads the
  // proxy variables as it loads and crashes on one that is no http(s) URL, so they are checked first.
  checkProxySettings(proxySettingsFrom(env));
  const { releasesOf } = await import('../../github/release-target.js');
  return releasesOf({ repository, token, serverUrl, proxy: proxySettingsFrom(env), ...(env.GITHUB_API_URL === undefined || env.GITHUB_API_URL === '' ? {} : { apiUrl: env.GITHUB_API_URL }) });
}

/** The outputs of publishing: the release, and which assets this run uploaded and which were there already. */
function setReleaseOutputs(io: ActionIO, published: PublishResult | undefined, url: string | undefined, env: Environment): void {
  io.setOutput('release-url', published === undefined || url === undefined ? '' : url);
  io.setOutput('release-id', published === undefined ? '' : String(published.releaseId));
  setLinesOutput(io, 'release-uploaded', (published?.assets ?? []).filter((asset) => asset.outcome === 'uploaded').map((asset) => asset.githubName), env);
  setLinesOutput(io, 'release-skipped', (published?.assets ?? []).filter((asset) => asset.outcome === 'present').map((asset) => asset.githubName), env);
}

/** The job summary's lines about the GitHub release. */
function releaseLines(published: PublishResult, url: string): string[] {
  const uploaded = published.assets.filter((asset) => asset.outcome === 'uploaded').length;
  const what = { published: 'published', updated: 'updated', verified: 'published already with every artifact and the checksums file of this run: nothing signed, uploaded or changed' }[published.outcome];
  // The release's page, which trust-kit addresses itself: a link, where text others wrote never is one.
  const lines = [`GitHub release ${markdownLink(url, url)}: ${what}; ${uploaded} asset${uploaded === 1 ? '' : 's'} uploaded, ${published.assets.length - uploaded} already there with the same digest.`];
  const attestation = published.releaseAttestation;
  if (attestation !== undefined) {
    lines.push('', `GitHub's release attestation (${code(attestation.predicateType)}) lists the tag and every asset; ${attestation.signatureVerified ? 'its signature verified against GitHub\'s trusted root (signatureVerified: true).' : 'its signature was not verified here (signatureVerified: false): check it with `gh release verify`.'}`);
  }
  return lines;
}

/** What the runner does not say but tests change: where GitHub's TUF repository is. */
export interface ReleaseActionOptions {
  /** GitHub's TUF repository, for its trusted root (the verification kit of an immutable release, and verifying GitHub's release attestation); default GitHub's own. */
  readonly githubTuf?: GitHubTufOptions;
}

/** The root action: the whole release pipeline in one step. */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string, env: Environment, options: ReleaseActionOptions = {}): Promise<void> {
  let config: ReleaseConfig;
  let githubRelease: ReleasePorts['githubRelease'];
  const serverUrl = env.GITHUB_SERVER_URL === undefined || env.GITHUB_SERVER_URL === '' ? 'https://github.com' : env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY ?? '';
  // Taken first, publishing or not (in protected memory: masked, redacted and out of the
  // environment from here on): the input defaults to the job's token, which would otherwise stay in
  // /proc/<pid>/environ for the whole run. A run that does not publish wipes it at once.
  let token = secretInput('github-token', inputs, env);
  let clock: Clock | undefined;
  try {
    // Read with the inputs: a SOURCE_DATE_EPOCH that is no time fails the run before any work, as an input does.
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '') clock = clockFromSourceDateEpoch(epoch);
    const tag = pushedTag(env.GITHUB_REF);
    config = withEarlierIssues(switchedOffIssues(inputs), () => releaseConfig(ownerByDefault(inputs, 'sbom-organization', env), actionInputName, { base: '.', outputDir: 'trust-kit-out', ephemeralKeyWithoutToken: false, ...(tag === undefined ? {} : { tag }) }));
    if (config.githubRelease === undefined) {
      token?.destroy();
      token = undefined;
    } else {
      const { tag: releaseTag } = config.githubRelease;
      const { githubReleaseAttestationVerifier } = await import('../../release/release-attestation.js');
      // GitHub's trusted root is fetched only when an immutable release's attestation is verified.
      const verifyReleaseAttestation = githubReleaseAttestationVerifier({ serverUrl, repository, tag: releaseTag, tuf: { ...options.githubTuf, proxy: proxySettingsFrom(env) } });
      githubRelease = { tag: releaseTag, releases: await publishingReleases(token, env, serverUrl, repository), ...(verifyReleaseAttestation === undefined ? {} : { verifyReleaseAttestation }) };
    }
    await requireNamedPaths(releasePaths(config), cwd, actionInputName, config.sign === undefined ? [] : signingTrustIssues(config.sign, actionInputName));
  } catch (error) {
    // Set before the action fails, as every failed step's name is: empty would read as a success.
    io.setOutput('failed-step', 'inputs');
    await writeFailedSummary(io, { outputDir: undefined, produced: [], failure: { step: 'reading the inputs', ...reportOf(error) }, missing: [] });
    throw error;
  }
  io.setOutput('output-dir', config.outputDir);
  // Outputs are set for each step's files once they are in the output directory, also when a later
  // step such as signing failed: the steps after this one still get the checksums and SBOMs.
  const onStep = (step: ReleaseStep): void => {
    if (step.step === 'checksums') {
      io.setOutput('checksums-path', step.checksumsPath);
      setListOutput(io, 'subjects', step.subjects, 'read the checksums file (output checksums-path), which lists every artifact');
    } else {
      io.setOutput('sbom-paths', step.paths.map((path) => relative(cwd, path)).join('\n'));
    }
  };
  const report = emptyReleaseReport();
  let result: ReleaseResult;
  try {
    result = await runRelease(config, { cwd, env, logger: io, onStep, ...(githubRelease === undefined ? {} : { githubRelease }), ...(options.githubTuf === undefined ? {} : { githubTuf: options.githubTuf }), ...(clock === undefined ? {} : { clock }) }, report);
  } catch (error) {
    try {
      setProducedOutputs(io, report, cwd, env, false);
    } catch (outputError) {
      // The summary is written all the same: it is a file of its own.
      io.warn(`could not set the outputs: ${String(outputError)}`);
    }
    const facts = releaseFacts(report, cwd);
    // A failure outside the steps (an output the runner's file refused once the files were in place) is still said as one.
    facts.failure ??= { step: 'finishing the release', ...reportOf(error) };
    await writeFailedSummary(io, facts, report.artifacts === undefined ? undefined : artifactsTable(report.artifacts, config.algorithm));
    throw error;
  }
  if (result.sbom === undefined) io.setOutput('sbom-paths', '');
  setProducedOutputs(io, report, cwd, env, true);
  // A release published already ends the run before the checksums step, which sets subjects: a
  // re-run's later steps and jobs read them as the first run's did.
  if (result.githubRelease?.outcome === 'verified') setListOutput(io, 'subjects', result.subjects, 'read the release\'s checksums file, which lists every artifact');
  setReleaseOutputs(io, result.githubRelease, config.githubRelease === undefined ? undefined : releaseUrl(serverUrl, repository, config.githubRelease.tag), env);
  const lines = ['### trust-kit release', '', artifactsTable(result.artifacts, config.algorithm), ''];
  if (result.sbom !== undefined) lines.push(`SBOMs (listed in ${code(basename(result.checksumsPath))}${result.signature === undefined ? '' : ', so the signature covers them'}): ${result.sbom.paths.map((path) => code(basename(path))).join(', ')}`, '');
  if (result.signature !== undefined) lines.push(`${code(basename(result.checksumsPath))} signed with ${cell(result.signature.description)}: ${code(basename(result.signature.bundlePath))}`, '');
  if (result.signatureSkipped !== undefined) lines.push(`Not signed: ${cell(result.signatureSkipped)}`, '');
  if (result.artifactBundles !== undefined) lines.push(`Each artifact also signed on its own, in the same session: ${capped(result.artifactBundles.map((bundle) => code(relative(report.outputDir ?? cwd, bundle.bundlePath))), MAX_SUMMARY_BUNDLES, (count) => `and ${count} more`).join(', ')}`, '');
  if (result.images !== undefined) lines.push(`Images signed in the same session (signatures attached in the registry): ${result.images.map(code).join(', ')}`, '');
  if (result.downgrade !== undefined) lines.push(...downgradeReport(result.downgrade).map((line, index) => (index === 0 ? cell(line) : `- ${cell(line)}`)), '');
  if (result.auditLog !== undefined) lines.push(`Signing audit log (signed on its own, not listed in ${code(basename(result.checksumsPath))}): ${code(basename(result.auditLog.path))}, ${code(basename(result.auditLog.bundlePath))}`, '');
  if (result.draftDeleted !== undefined) lines.push(`Deleted from the draft as a failed run's files (this run uploaded its own in their place, where it makes them): ${capped(result.draftDeleted.map(code), MAX_SUMMARY_BUNDLES, (count) => `and ${count} more`).join(', ')}`, '');
  if (result.gate !== undefined) lines.push(...gateLines(result.gate));
  const released = result.githubRelease === undefined ? [] : [...releaseLines(result.githubRelease, releaseUrl(serverUrl, repository, config.githubRelease?.tag ?? '')), ''];
  if (result.instructionsPath !== undefined) {
    const shown = relative(cwd, result.instructionsPath);
    // The same text as VERIFY.md (and the release notes the reusable workflow makes of it), under the summary's heading, when it fits.
    const section = instructionsAsSection(await readFile(result.instructionsPath, 'utf8'), 3);
    const used = Buffer.byteLength([...lines, ...released].join('\n'));
    if (used + Buffer.byteLength(section) <= SUMMARY_BUDGET_BYTES) lines.push(`Verification instructions: ${code(shown)}, as follows:`, '', section, '');
    else lines.push(`Verification instructions: ${code(shown)}, too long for the job summary (GitHub shows at most 1 MiB): read the file.`, '');
  }
  lines.push(...released);
  await io.appendSummary(lines.join('\n'));
}
