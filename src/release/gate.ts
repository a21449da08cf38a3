import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkChecksumsFile, reportedName } from '../checksums/index.js';
import { messageOf } from '../core/errors.js';
import { INPUT_LIMITS, readRegularFile } from '../core/files.js';
import { printable, type Logger } from '../core/logger.js';
import { boundedText } from '../core/quote.js';
import { redact } from '../secrets/index.js';
import { commandTools, publicKeyPath, renderCommand, type ReleaseSigner, type VerificationCheck, type VerificationCommand } from '../instructions/verify.js';
import { artifactDigests, readAttestationBundles, readBundleFile, verifyArtifact, verifyChecksumsSignature } from '../sigstore/verify/files.js';
import { namedBySha384Alone, verifyAttestation } from '../sigstore/verify/attestation.js';
import { exactly, loadPublicKey, type TrustMaterial, type VerificationPolicy } from '../sigstore/verify/index.js';
import { PublishGateError } from './errors.js';
import { readReleasePolicy, verifyRelease } from './verify-release.js';

/** How a check or command of the gate fared: `not run` always says why, so nothing passes silently. */
export type GateVerdict = 'passed' | 'failed' | 'not run';

/** One verdict of the gate: what was checked or run, and why it fared so. */
export interface GateOutcome {
  readonly what: string;
  readonly verdict: GateVerdict;
  readonly detail: string;
}

/** What the gate checked in-process, and which of VERIFY.md's commands it ran. */
export interface GateReport {
  readonly checks: readonly GateOutcome[];
  readonly commands: readonly GateOutcome[];
}

/** How a command ended: its exit code (undefined when killed), the tail of its output, and whether it ran out of time. */
export interface CommandRun {
  readonly exitCode: number | undefined;
  readonly output: string;
  readonly timedOut: boolean;
}

/** Runs VERIFY.md's commands as a user's shell would; tests substitute what needs the network. */
export interface CommandRunner {
  /** Why it runs no command on this machine, when it cannot: each command is then `not run`, for that reason. */
  readonly unavailable?: string;
  /** Whether `tool` is installed (an executable on the PATH). */
  has(tool: string): Promise<boolean>;
  /** Runs the command's line in `cwd`, killed after `timeoutMs`, keeping at most the last `maxOutputBytes` of its output. */
  run(command: VerificationCommand, options: { cwd: string; timeoutMs: number; maxOutputBytes: number }): Promise<CommandRun>;
}

/** What the gate checks: the downloaded draft and the commands the instructions give. */
export interface GateInput {
  /** The draft's assets, downloaded back from GitHub under the names GitHub gave them. */
  readonly directory: string;
  readonly commands: readonly VerificationCommand[];
  /** Who signed, as the instructions name it; undefined when nothing was signed. */
  readonly signer: ReleaseSigner | undefined;
  /** The trust material the run signed against (undefined for a key). */
  readonly trust: () => Promise<TrustMaterial | undefined>;
}

/** The ports of the gate; without a runner only the in-process checks are made, and every command is reported as not run. */
export interface GatePorts {
  readonly runner: CommandRunner | undefined;
  readonly logger: Logger;
  /** How long one command may run (default two minutes). */
  readonly commandTimeoutMs?: number;
}

/** At most this much of a command's output is kept, and this much of it quoted in a verdict. */
const MAX_OUTPUT_BYTES = 64 * 1024;
const MAX_QUOTED = 600;

/** The GitHub source repository extension's value for `owner/repo`, as Fulcio writes it. */
const repositoryURI = (repository: string): string => `https://github.com/${repository}`;

/** The policy users are told to verify with: the exact identity, issuer and source repository; or the public key beside the files. */
async function policyOf(signer: ReleaseSigner, directory: string): Promise<VerificationPolicy> {
  if (signer.kind === 'key') {
    const path = publicKeyPath(signer);
    if (!existsSync(join(directory, path))) throw new NotRun(`the public key ${named(signer.publicKeyFile)} is not among the release's files, and users get it from a source they trust`);
    const pem = await readRegularFile(join(directory, path), { maxBytes: INPUT_LIMITS.publicKey, what: 'public key', shown: path });
    // A local key signs offline: VERIFY.md's commands say --insecure-ignore-tlog for it, and the gate checks the same.
    return loadPublicKey(pem.toString('utf8'), signer.publicKeyFile, 'ignored');
  }
  if (signer.identity === undefined) throw new Error('the certificate identity of the signature is not known, so no policy can pin it');
  return { kind: 'certificate', identity: exactly(signer.identity), issuer: exactly(signer.issuer), extensions: signer.repository === undefined ? {} : { sourceRepositoryURI: repositoryURI(signer.repository) } };
}

/** A check that cannot be made with what the gate has, and why: reported as `not run`. */
class NotRun extends Error {}

/**
 * A name the release's files give (an artifact, a bundle, a predicate type, a tag) as the gate's
 * report and errors show it: the build outputs of a checkout may be named with terminal escapes.
 * Printable and bounded as core/quote makes them; ordinary names unchanged.
 */
const named = (text: string): string => boundedText(text, 1024);

function describe(check: VerificationCheck): string {
  switch (check.kind) {
    case 'checksums-signature':
      return `the signature on ${named(check.checksumsFile)} (${named(check.bundleFile)})`;
    case 'checksums-files':
      return `every file ${named(check.checksumsFile)} lists`;
    case 'artifact-bundle':
      return `${named(check.artifact)}'s own bundle (${named(check.bundleFile)})`;
    case 'attestation':
      return `the ${named(check.predicateType)} attestation of ${named(check.artifact)} (${named(check.file)})`;
    case 'image':
      return `the signature of ${named(check.image)}`;
    case 'release-attestation':
      return `GitHub's release attestation of ${named(check.repository)}@${named(check.tag)}`;
    case 'release-policy':
      return `the whole release against its own policy (${named(check.policyFile)})`;
  }
}

/** Checks one thing the instructions check, in-process, with trust-kit's verifier. */
async function checkInProcess(check: VerificationCheck, input: GateInput, policy: () => Promise<VerificationPolicy>): Promise<Omit<GateOutcome, 'what'>> {
  const { directory } = input;
  switch (check.kind) {
    case 'checksums-signature': {
      const bundleJson = await readBundleFile(check.bundleFile, directory);
      const verified = await verifyChecksumsSignature({ checksumsPath: check.checksumsFile, bundleJson, policy: await policy(), trust: await input.trust(), cwd: directory, bundleShown: check.bundleFile });
      return { verdict: 'passed', detail: `signed by ${verified.signature.signer.kind === 'certificate' ? verified.signature.signer.subjectAlternativeName : 'the key'}` };
    }
    case 'checksums-files': {
      const bad: string[] = [];
      const counts = await checkChecksumsFile(join(directory, check.checksumsFile), { base: directory, ignoreMissing: false, onResult: (result) => void (result.status === 'ok' || bad.push(`${named(reportedName(result.entry.name))} ${result.status}`)) });
      if (bad.length > 0) return { verdict: 'failed', detail: `${bad.length} of ${bad.length + counts.ok} file(s) do not match: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}` };
      if (counts.ok === 0) return { verdict: 'failed', detail: 'it lists no file' };
      return { verdict: 'passed', detail: `${counts.ok} file(s) match` };
    }
    case 'artifact-bundle': {
      await verifyArtifact(await readBundleFile(check.bundleFile, directory), check.artifact, await policy(), await input.trust(), directory, check.bundleFile);
      return { verdict: 'passed', detail: 'verified' };
    }
    case 'attestation': {
      const bundles = await readAttestationBundles(check.file, directory);
      verifyAttestation({ bundles, artifact: await artifactDigests(check.artifact, directory, { sha384: namedBySha384Alone(bundles) }), policy: await policy(), trust: await input.trust(), predicateType: check.predicateType, source: check.file });
      return { verdict: 'passed', detail: 'verified' };
    }
    case 'image':
      return { verdict: 'not run', detail: 'an image is not a release asset: its signature is in the registry, attached by the images step' };
    case 'release-attestation':
      return { verdict: 'not run', detail: 'GitHub attests an immutable release when it is published: the publish step checks that attestation then' };
    case 'release-policy': {
      const policy = await readReleasePolicy(join(directory, check.policyFile), `the gate reads the ${check.policyFile} this run uploaded to the draft: check that the draft holds it`);
      if (policy.requireGitHubReleaseAttestation) return { verdict: 'not run', detail: "the policy requires GitHub's release attestation, which GitHub makes when the release is published: the publish step checks it then" };
      const verified = await verifyRelease({ dir: directory, policy });
      return { verdict: 'passed', detail: `${verified.checksums?.verifiedFiles ?? 0} file(s) and ${verified.attestations.length} attestation type(s) verified` };
    }
  }
}

/** The files a command writes (its output file, a directory it fetches into), which later commands may read. */
function writes(command: VerificationCommand): string[] {
  if (command.stdout !== undefined) return [command.stdout];
  const first = command.programs[0];
  // `git init -q DIR`: the verifier's checkout; `mkdir -p DIR`: the directory of the trusted roots.
  if (first?.[0] === 'mkdir' && first[1] === '-p' && typeof first[2] === 'string') return [first[2]];
  return first?.[0] === 'git' && first[1] === 'init' && typeof first[3] === 'string' ? [first[3]] : [];
}

/** The file among `missing` a command reads, if any: a word naming it or a path under it. */
function reads(command: VerificationCommand, missing: ReadonlySet<string>): string | undefined {
  for (const words of command.programs) {
    for (const word of words) {
      const text = typeof word === 'string' ? word : word.value;
      for (const file of missing) if (text === file || text.startsWith(`${file}/`)) return file;
    }
  }
  return undefined;
}

/** The tail of a command's output on one printable line: it quotes file names, and what the tools print of them. */
function quote(output: string): string {
  const line = printable(output).replace(/\s+/g, ' ').trim();
  return line.length > MAX_QUOTED ? `…${line.slice(-MAX_QUOTED)}` : line;
}

/** Runs the instructions' commands in order in the download directory, as one user session would. */
async function runCommands(input: GateInput, ports: GatePorts): Promise<GateOutcome[]> {
  const outcomes: GateOutcome[] = [];
  // Files a command that did not run (or failed) would have written: what reads them cannot run either.
  const missing = new Set<string>();
  // A public key users get elsewhere: the commands that read it cannot run here either.
  if (input.signer?.kind === 'key' && !existsSync(join(input.directory, publicKeyPath(input.signer)))) missing.add(publicKeyPath(input.signer));
  for (const command of input.commands) {
    const what = renderCommand(command);
    const notRun = (detail: string): void => {
      outcomes.push({ what, verdict: 'not run', detail });
      for (const file of writes(command)) missing.add(file);
    };
    if (command.needs === 'published-release') {
      notRun('it asks GitHub about the published release, and the release is a draft until the gate passes');
      continue;
    }
    const runner = ports.runner;
    if (runner === undefined) {
      notRun('no command runner was given');
      continue;
    }
    if (runner.unavailable !== undefined) {
      notRun(runner.unavailable);
      continue;
    }
    const absent = [];
    for (const tool of commandTools(command)) if (!(await runner.has(tool))) absent.push(tool);
    if (absent.length > 0) {
      notRun(`${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} not installed`);
      continue;
    }
    const needed = reads(command, missing);
    if (needed !== undefined) {
      notRun(`it reads ${named(needed)}, which an earlier command did not write and the release does not hold`);
      continue;
    }
    const run = await runner.run(command, { cwd: input.directory, timeoutMs: ports.commandTimeoutMs ?? 120_000, maxOutputBytes: MAX_OUTPUT_BYTES });
    if (run.exitCode === 0 && !run.timedOut) {
      outcomes.push({ what, verdict: 'passed', detail: 'exit 0' });
      continue;
    }
    outcomes.push({ what, verdict: 'failed', detail: `${run.timedOut ? 'timed out' : `exit ${run.exitCode ?? 'by signal'}`}: ${quote(run.output)}` });
    for (const file of writes(command)) missing.add(file);
  }
  return outcomes;
}

/**
 * The gate before publishing: checks the draft's downloaded assets as a consumer would. First
 * in-process, with trust-kit's verifier, everything the instructions' commands check (each check
 * once); then the commands themselves, each whose tools are installed, through the runner. A tool
 * that is not installed is reported as `not run`, never as passed. Refuses with
 * PUBLISH_GATE_FAILED, naming each failure, when anything failed; the report either way.
 */
export async function runGate(input: GateInput, ports: GatePorts): Promise<GateReport> {
  let trust: Promise<TrustMaterial | undefined> | undefined;
  const once: GateInput = { ...input, trust: () => (trust ??= input.trust()) };
  const seen = new Set<string>();
  const checks: GateOutcome[] = [];
  let policy: Promise<VerificationPolicy> | undefined;
  const policyOnce = (): Promise<VerificationPolicy> => {
    if (input.signer === undefined) return Promise.reject(new Error('nothing was signed, so there is no signer to verify against'));
    policy ??= policyOf(input.signer, input.directory);
    return policy;
  };
  for (const check of input.commands.flatMap((command) => command.checks)) {
    const key = JSON.stringify(check);
    if (seen.has(key)) continue;
    seen.add(key);
    const what = describe(check);
    try {
      checks.push({ what, ...(await checkInProcess(check, once, policyOnce)) });
    } catch (error) {
      if (error instanceof NotRun) {
        checks.push({ what, verdict: 'not run', detail: error.message });
        continue;
      }
      const code = (error as { code?: unknown }).code;
      checks.push({ what, verdict: 'failed', detail: `${typeof code === 'string' ? `${code}: ` : ''}${boundedText(redact(messageOf(error)), 2000)}` });
    }
  }
  const commands = await runCommands(once, ports);
  const report: GateReport = { checks, commands };
  for (const outcome of [...checks, ...commands]) ports.logger.info(`gate: ${outcome.verdict}: ${outcome.what}: ${outcome.detail}`);
  const failed = [...checks, ...commands].filter((outcome) => outcome.verdict === 'failed');
  if (failed.length > 0) {
    throw new PublishGateError(
      `the draft release did not verify as its instructions say, so it was not published: ${failed.slice(0, 10).map((outcome) => `${outcome.what}: ${outcome.detail}`).join('; ')}${failed.length > 10 ? `; and ${failed.length - 10} more` : ''}`,
      report,
    );
  }
  return report;
}

