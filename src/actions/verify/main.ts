import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mayBeGlob } from '../../checksums/collect.js';
import type { Environment } from '../../secrets/index.js';
import { proxySettingsFrom } from '../../core/proxy.js';
import { actionInputName, ConfigError, InputReader, type ConfigIssue, type RawInputs } from '../../config/inputs.js';
import { requireNamedPaths, type NamedPath } from '../../config/paths.js';
import { loadPatternsOf, verifyConfig, type VerifyConfig } from '../../config/verify.js';
import { artifactDigestProblem, attestationVerifyConfig } from '../../config/verify-attestation.js';
import { attestationPolicy, namedBySha384Alone, trustDeciding, verifyAttestation, type VerifiedAttestation } from '../../sigstore/verify/attestation.js';
import { artifactDigests, listedFilesUnreadable, readAttestationBundles, readBundleFile, resolvePolicy, misnamedFilesHint, resolveTrust, trustSourcesThrough, verifyArtifact, verifySignedChecksums } from '../../sigstore/verify/files.js';
import { VerifyError, type VerifiedSignature } from '../../sigstore/verify/index.js';
import { setListOutput, type ActionIO } from '../io.js';
import { capped, cell, code, codeCell, MAX_SUMMARY_ROWS } from '../summary.js';
import { counted } from '../../core/plural.js';
import { boundedText } from '../../core/quote.js';
import { reportedName, unreadableHere, type CheckResult } from '../../checksums/index.js';

/** The inputs the verify action reads: cosign's policy names, plus what to verify. */
export const VERIFY_INPUTS = [
  'mode',
  'artifact',
  'checksums',
  'files',
  'base',
  'bundle',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'repo',
  'owner',
  'signer-workflow',
  'signer-repo',
  'trusted-root',
  'key',
  'insecure-ignore-tlog',
  'predicate-type',
  'source-ref',
  'source-digest',
  'deny-self-hosted-runners',
] as const;

/** Inputs only the attestation mode reads. */
const ATTESTATION_INPUTS = ['predicate-type', 'signer-repo', 'source-digest', 'deny-self-hosted-runners'] as const;

/** At most this many failures are named in the error (as \`trust-kit verify-checksums\` does); the summary lists every one. */
const NAMED_FAILURES = 20;

function signerRows(result: VerifiedSignature): string[] {
  const rows: string[] = [];
  if (result.signer.kind === 'certificate') {
    rows.push(`| Signer | ${codeCell(result.signer.subjectAlternativeName)} |`, `| Issuer | ${codeCell(result.signer.issuer)} |`);
    if (result.signer.extensions.sourceRepositoryURI !== undefined) rows.push(`| Repository | ${codeCell(result.signer.extensions.sourceRepositoryURI)} |`);
  } else {
    rows.push(`| Key | ${codeCell(result.signer.source)} |`);
  }
  for (const entry of result.tlogEntries) rows.push(`| Log entry | ${cell(entry.baseUrl)} index ${cell(entry.logIndex)} |`);
  for (const timestamp of result.timestamps) rows.push(`| ${timestamp.source === 'transparency-log' ? 'Logged at' : 'Timestamped at'} | ${timestamp.time.toISOString()} |`);
  return rows;
}

/** Runs both validations and reports the problems of both in one error, as every input error is reported at once. */
function collectIssues<T>(first: () => void, second: () => T): T {
  const issues: ConfigIssue[] = [];
  let value: T | undefined;
  for (const step of [first, () => void (value = second())]) {
    try {
      step();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0 || value === undefined) throw new ConfigError(issues);
  return value;
}

/** An artifact given as a digest (`sha256:<hex>`, `sha512:<hex>`), which names no file. */
const DIGEST_ARTIFACT = /^sha(256|512):/i;

/**
 * Checks that every file the inputs name exists, before anything is read or fetched: each missing
 * one is named under its input, all at once, rather than the first failing where it is read.
 */
async function requireInputFiles(config: VerifyConfig, files: { artifact?: string | undefined; checksums?: string | undefined; base?: string | undefined }, cwd: string): Promise<void> {
  const named = (input: string, path: string | undefined): NamedPath[] => (path === undefined ? [] : [{ input, path, kind: 'file' }]);
  await requireNamedPaths(
    [
      ...named('bundle', config.bundle),
      ...named('artifact', files.artifact === undefined || DIGEST_ARTIFACT.test(files.artifact) ? undefined : files.artifact),
      ...named('checksums', files.checksums),
      ...named('trusted-root', config.trustedRoot),
      ...named('key', config.policy.kind === 'key' ? config.policy.keyPath : undefined),
      ...(files.base === undefined ? [] : [{ input: 'base', path: files.base, kind: 'directory' as const }]),
    ],
    cwd,
    actionInputName,
  );
}

function setSignerOutputs(result: VerifiedSignature, io: ActionIO): void {
  io.setOutput('signer-identity', result.signer.kind === 'certificate' ? result.signer.subjectAlternativeName : '');
  io.setOutput('signer-issuer', result.signer.kind === 'certificate' ? result.signer.issuer : '');
}

function attestationRows(result: VerifiedAttestation): string[] {
  const rows = [`| Predicate type | ${codeCell(result.statement.predicateType)} |`];
  const provenance = result.provenance ?? {};
  const named: [string, string | undefined][] = [
    ['Builder', provenance.builder],
    ['Source', provenance.sourceRepository === undefined ? undefined : `${provenance.sourceRepository} @ ${provenance.sourceCommit ?? '?'}`],
    ['Workflow', provenance.workflow],
    ['Trigger', provenance.trigger],
    ['Runner', provenance.runnerEnvironment],
  ];
  for (const [name, value] of named) if (value !== undefined) rows.push(`| ${name} | ${codeCell(value)} |`);
  return rows;
}

/**
 * The attestation mode: verifies that the bundle (a `.sigstore.json`, or one bundle per line of a
 * `.intoto.jsonl`) holds an attestation of `predicate-type` about `artifact`, signed under the
 * policy, as `trust-kit verify-attestation` does; fails the step on any refusal, with its code.
 */
async function runAttestation(inputs: RawInputs, reader: InputReader, io: ActionIO, cwd: string, env: Environment): Promise<void> {
  const artifact = reader.string('artifact');
  if (artifact === undefined) reader.report('artifact', 'is required with "mode: attestation": the downloaded file (or sha256:<hex>) the attestation must be about');
  const digestProblem = artifact === undefined ? undefined : artifactDigestProblem(artifact);
  if (digestProblem !== undefined) reader.report('artifact', digestProblem);
  for (const name of ['checksums', 'files', 'base']) if (reader.string(name) !== undefined) reader.report(name, 'is not read with "mode: attestation"');
  const config = collectIssues(() => reader.finish(), () => attestationVerifyConfig(inputs, actionInputName));
  await requireInputFiles(config, { artifact }, cwd);
  const [bundles, basePolicy] = await Promise.all([readAttestationBundles(config.bundle, cwd), resolvePolicy(config.policy, cwd)]);
  const digests = await artifactDigests(artifact ?? '', cwd, { sha384: namedBySha384Alone(bundles) });
  const trust = await resolveTrust(config, cwd, trustDeciding(bundles, digests, config.predicateType), trustSourcesThrough(proxySettingsFrom(env), io));
  const result = verifyAttestation({ bundles, artifact: digests, policy: attestationPolicy(basePolicy, config, config.identityOrigin), trust, predicateType: config.predicateType, source: config.bundle });
  io.info(`verified the ${result.statement.predicateType} attestation about ${artifact ?? ''} (sha256:${digests.sha256})`);
  setSignerOutputs(result.signature, io);
  io.setOutput('verified', JSON.stringify([{ name: artifact ?? '', digest: { sha256: digests.sha256 } }]));
  io.setOutput('predicate-type', result.statement.predicateType);
  io.setOutput('provenance', JSON.stringify(result.provenance ?? {}));
  await io.appendSummary(`### Verified the attestation about ${code(artifact ?? '')}\n\n| | |\n| --- | --- |\n${[...attestationRows(result), ...signerRows(result.signature)].join('\n')}\n`);
}

/**
 * The verify action: verifies a bundle for one artifact (`artifact`: a path or `sha256:<hex>`), or a
 * signed checksums file and then the artifacts against it (`checksums`, with `files` or every
 * listed file present), under the same policy the CLI takes; with `mode: attestation`, an
 * attestation about the artifact instead. Fails the step on any mismatch. Trusted roots fetched
 * through TUF follow the proxy variables of `env`, the job's environment.
 */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string, env: Environment = {}): Promise<void> {
  await loadPatternsOf(inputs);
  const reader = new InputReader(inputs, actionInputName);
  if (reader.choice('mode', ['signature', 'attestation'], 'signature') === 'attestation') return runAttestation(inputs, reader, io, cwd, env);
  for (const name of ATTESTATION_INPUTS) if (reader.string(name) !== undefined) reader.report(name, 'is only read with "mode: attestation"');
  const artifact = reader.string('artifact');
  const checksums = reader.string('checksums');
  const files = reader.list('files');
  if ((artifact === undefined) === (checksums === undefined)) reader.report('artifact', 'give exactly one of "artifact" (a file or sha256:<hex>) and "checksums" (a signed checksums file)');
  if (files.length > 0 && checksums === undefined) reader.report('files', 'is only read with "checksums"');
  // A glob names no listed file: checked as one, it would fail as "not listed", with the hint not to use the files.
  for (const file of files) {
    if (mayBeGlob(file) && !(await lstat(resolve(cwd, file)).then(() => true, () => false))) reader.report('files', `${file} is a glob, which files does not expand: name each file, or leave files out to check every listed file present under base`);
  }
  if (reader.string('base') !== undefined && checksums === undefined) reader.report('base', 'is only read with "checksums"');
  const config = collectIssues(() => reader.finish(), () => verifyConfig(inputs, actionInputName));
  await requireInputFiles(config, { artifact, checksums, base: checksums === undefined ? undefined : reader.string('base') }, cwd);
  const [bundle, policy] = await Promise.all([readBundleFile(config.bundle, cwd), resolvePolicy(config.policy, cwd)]);
  const trust = await resolveTrust(config, cwd, bundle, trustSourcesThrough(proxySettingsFrom(env), io));
  if (artifact !== undefined) {
    const result = await verifyArtifact(bundle, artifact, policy, trust, cwd, config.bundle);
    io.info(`verified ${artifact} (${result.artifact.algorithm}:${result.artifact.hex})`);
    setSignerOutputs(result, io);
    io.setOutput('verified', JSON.stringify([{ name: artifact, digest: { [result.artifact.algorithm]: result.artifact.hex } }]));
    await io.appendSummary(`### Verified ${code(artifact)}\n\n| | |\n| --- | --- |\n${signerRows(result).join('\n')}\n`);
    return;
  }
  const outcome = await verifySignedChecksums({ checksumsPath: checksums ?? '', bundleJson: bundle, policy, trust, files, base: reader.string('base'), cwd, bundleShown: config.bundle });
  setSignerOutputs(outcome.signature, io);
  const good = outcome.results.filter((result) => result.status === 'ok');
  setListOutput(io, 'verified', good.map((result) => ({ name: result.entry.name, digest: { [result.entry.algorithm]: result.entry.hex } })), 'the verified checksums file lists them');
  // Failures first, then cut: GitHub drops a summary over 1 MiB whole, and a cut must not hide a failure.
  const failedRows = [
    ...outcome.results.filter((result) => result.status !== 'ok').map((result) => `| ${cell(result.entry.name)} | FAILED (${result.status}) |`),
    ...outcome.unlisted.map((file) => `| ${cell(file)} | FAILED (not listed) |`),
  ];
  const hiddenFailures = Math.max(0, failedRows.length - MAX_SUMMARY_ROWS);
  const rows = capped([...failedRows, ...good.map((result) => `| ${cell(result.entry.name)} | OK |`)], MAX_SUMMARY_ROWS, (count) => `| and ${count} more, ${hiddenFailures === 0 ? 'all OK' : `${hiddenFailures} of them FAILED (checking the files against it lists them)`}: ${cell(checksums ?? '')} lists every one | |`);
  // The heading says whether the run passed: a reader of the summary alone must not take a failed run for a verified release.
  const heading =
    failedRows.length > 0
      ? `Verification FAILED: ${counted(failedRows.length, 'artifact')} ${failedRows.length === 1 ? 'does' : 'do'} not match ${code(checksums ?? '')} (its signature verified)`
      : outcome.results.length === 0
        ? `Verification FAILED: no file listed in ${code(checksums ?? '')} was found (its signature verified)`
        : `Verified ${code(checksums ?? '')}`;
  // As sha256sum -c --ignore-missing, a listed file that is not there is no failure; but a verifier says what it did not check.
  const { notChecked } = outcome;
  const notCheckedText =
    notChecked.count === 0 || outcome.results.length === 0
      ? undefined
      : `${counted(notChecked.count, 'listed file')} ${notChecked.count === 1 ? 'was' : 'were'} not found in ${reader.string('base') ?? 'the checksums file\'s directory'}, so ${notChecked.count === 1 ? 'it was' : 'they were'} not checked: ${notChecked.names.map((name) => boundedText(reportedName(name))).join(', ')}${notChecked.count > notChecked.names.length ? `, and ${notChecked.count - notChecked.names.length} more` : ''} (name the files to check in files, or set base where they are)`;
  if (notCheckedText !== undefined) io.warn(notCheckedText);
  await io.appendSummary(`### ${heading}\n\n| | |\n| --- | --- |\n${signerRows(outcome.signature).join('\n')}\n\n| Artifact | Result |\n| --- | --- |\n${rows.join('\n')}\n${notCheckedText === undefined ? '' : `\n${cell(notCheckedText)}\n`}`);
  // Named as the CLI names them: escaped as the -c report escapes a name, and cut (the checksums file's author chose them).
  const described = (result: CheckResult): string => `${boundedText(reportedName(result.entry.name))} (${result.status}${result.reason === undefined ? '' : `: ${boundedText(result.reason)}`})`;
  const unreadable = outcome.results.filter(unreadableHere).map(described);
  const failed = [...outcome.results.filter((result) => result.status !== 'ok' && !unreadableHere(result)).map(described), ...outcome.unlisted.map((file) => `${file} (not listed)`)];
  // The summary lists the failures (up to MAX_SUMMARY_ROWS of them); the error, as the CLI's, names the first few.
  const named = `${failed.slice(0, NAMED_FAILURES).join('; ')}${failed.length > NAMED_FAILURES ? `; and ${failed.length - NAMED_FAILURES} more` : ''}`;
  if (failed.length > 0) {
    const misnamed = outcome.results.some((result) => result.status === 'missing') ? await misnamedFilesHint(files, reader.string('base'), cwd, checksums ?? '', { origin: 'the workspace', base: 'base' }) : undefined;
    throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `${counted(failed.length, 'artifact')} ${failed.length === 1 ? 'does' : 'do'} not match the signed ${checksums ?? ''}: ${named}`, { hint: misnamed ?? 'do not use these files' });
  }
  // A file the runner could not read (a permission, a directory in its place) is no sign of tampering: said as what it is, when nothing else failed.
  if (unreadable.length > 0) throw listedFilesUnreadable(checksums ?? '', unreadable.length, unreadable.slice(0, NAMED_FAILURES), 'the job\'s user');
  if (outcome.results.length === 0) throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `no file listed in ${checksums ?? ''} was found, so no artifact was checked`, { hint: 'set "files", or "base" to where the artifacts are' });
  io.info(`verified ${checksums ?? ''} and ${counted(good.length, 'artifact')} against it`);
}
