import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { isTrustKitError } from '../../core/errors.js';
import { runAttestation, type AttestResult } from '../../attest/run.js';
import { parseChecksums } from '../../checksums/index.js';
import { attestConfig } from '../../config/attest.js';
import { actionInputName, ConfigError, InputReader, type ConfigIssue, type RawInputs } from '../../config/inputs.js';
import { requireNamedPaths, signingPaths, subjectPaths } from '../../config/paths.js';
import { keyedSigningIssues, signingTrustIssues } from '../../config/sign.js';
import { systemClock } from '../../core/clock.js';
import { markdownLink } from '../../core/markdown.js';
import { counted } from '../../core/plural.js';
import type { StoreOutcome } from '../../github/attestations.js';
import { checkProxySettings, proxySettingsFrom } from '../../core/proxy.js';
import { readRunContext } from '../../github/context.js';
import { renderCommand, reusableWorkflow, shellFileOperand, shellQuote, shellWord } from '../../instructions/verify.js';
import type { Environment } from '../../secrets/index.js';
import { GITHUB_ACTIONS_ISSUER } from '../../sigstore/verify/policy.js';
import { setLinesOutput, type ActionIO } from '../io.js';
import { secretInput } from '../secret-input.js';
import { capped, cell, code, codeCell, operatorTrustedRoot, shellBlock, type OperatorTrustedRoot } from '../summary.js';

/** How many subjects, bundles and stored attestations the job summary names; it says how many more there are. */
const SHOWN_SUBJECTS = 50;

/** The inputs the attest action reads (actions/attest's names where they mean the same). */
export const ATTEST_INPUTS = [
  'subject-path',
  'subject-digest',
  'subject-name',
  'subject-checksums',
  'predicate-type',
  'predicate-path',
  'sbom-path',
  'base',
  'per-subject',
  'output-dir',
  'storage',
  'show-summary',
  'github-token',
  'instance',
  'on-missing-token',
  'timeout',
  'key',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'trusted-root',
] as const;

/** The attest action's own inputs, beside those the attestation config reads. */
interface AttestActionOptions {
  readonly storage: 'github' | 'none';
  readonly showSummary: boolean;
}

/** Reads the action's own inputs as every input is read, collecting what is wrong with them rather than throwing. */
function readActionOptions(inputs: RawInputs): { options: AttestActionOptions; issues: readonly ConfigIssue[] } {
  const reader = new InputReader(inputs, actionInputName);
  const options = { storage: reader.choice('storage', ['github', 'none'] as const, 'github'), showSummary: reader.boolean('show-summary', true) };
  try {
    reader.finish();
    return { options, issues: [] };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { options, issues: error.issues };
  }
}

/** Names inputs as the action's users write them: the config's `predicate` is the input `predicate-path`. */
function attestInputName(name: string): string {
  return actionInputName(name === 'predicate' ? 'predicate-path' : name);
}

/** What the action reaches besides the runner: a test issuer's discovery document. */
export interface AttestActionPorts {
  oidcDiscoveryURL?: string;
}

/**
 * actions/attest takes `subject-checksums` as a path or, when no such file exists, as the
 * checksums themselves: the latter become name@digest subjects.
 */
async function checksumsInput(value: string | undefined, cwd: string): Promise<{ checksums?: string; subjects: string[] }> {
  if (value === undefined || value.trim() === '') return { subjects: [] };
  const isFile = await stat(resolve(cwd, value.trim())).then((info) => info.isFile(), () => false);
  if (isFile) return { checksums: value.trim(), subjects: [] };
  try {
    return { subjects: parseChecksums(value, 'input "subject-checksums"').map((entry) => `${entry.name}@${entry.algorithm}:${entry.hex}`) };
  } catch (error) {
    // One line that is no checksum line is most likely a path with a typo: say so rather than how checksum lines look.
    if (isTrustKitError(error) && error.code === 'CHECKSUMS_MALFORMED_LINE' && !value.trim().includes('\n')) {
      throw new ConfigError([{ input: actionInputName('subject-checksums'), message: `is "${value.trim()}", which names no file and is no checksum line ("<hex digest>  <file name>") either; check the path, relative to the workspace` }]);
    }
    throw error;
  }
}

/** The action inputs as the attestation config reads them. */
async function configInputs(inputs: RawInputs, cwd: string): Promise<RawInputs> {
  const digest = typeof inputs['subject-digest'] === 'string' ? inputs['subject-digest'].trim() : '';
  const name = typeof inputs['subject-name'] === 'string' ? inputs['subject-name'].trim() : '';
  if ((digest === '') !== (name === '')) throw new ConfigError([{ input: actionInputName(digest === '' ? 'subject-digest' : 'subject-name'), message: 'subject-digest and subject-name go together: the digest of the artifact and its name' }]);
  // Checked here, under its own name: glued to the digest below, its problem would name a NAME@DIGEST the workflow never wrote.
  // eslint-disable-next-line no-control-regex -- the control characters are what is refused
  if (name.length > 4096 || /[\u0000-\u001f\u007f-\u009f]/.test(name)) throw new ConfigError([{ input: actionInputName('subject-name'), message: 'must be 1 to 4096 characters without control characters (a file or image name)' }]);
  const checksums = await checksumsInput(typeof inputs['subject-checksums'] === 'string' ? inputs['subject-checksums'] : undefined, cwd);
  return {
    ...inputs,
    predicate: inputs['predicate-path'],
    subject: [...(digest === '' ? [] : [`${name}@${digest}`]), ...checksums.subjects],
    checksums: checksums.checksums,
  };
}

function storedURL(serverURL: string, repository: string, id: string): string {
  return `${serverURL.replace(/\/+$/, '')}/${repository}/attestations/${id}`;
}

/**
 * `gh attestation verify` with the trusted root the run was given (see operatorTrustedRoot): gh reads
 * one root per line (JSONL), so a trusted_root.json is first joined onto one line (`paste -s -d '\0'`,
 * which JSON's whitespace allows).
 */
function ghVerifyLines(command: string, root: OperatorTrustedRoot | undefined): string[] {
  if (root === undefined) return [command];
  const copy = root.ghFile === root.file ? [] : [renderCommand({ programs: [['paste', '-s', '-d', { value: '\\0' }, { value: root.file }]], checks: [], stdout: root.ghFile })];
  return [...copy, `${command} --custom-trusted-root ${shellWord(root.ghFile)}`];
}

/** The job summary: what was attested, where the bundles are, and the commands that verify them (with the trusted root the run was given, which a private deployment needs). */
function summary(result: AttestResult, cwd: string, repository: string | undefined, stored: StoreOutcome[], serverURL: string, trustedRoot: string | undefined): string {
  const first = result.subjects[0];
  // Users verify a download: the bundle by its file name, beside the artifact.
  const bundle = basename(result.files.bundles[0] ?? result.files.jsonl);
  const lines = [
    '### Attestations',
    '',
    `${counted(result.subjects.length, 'subject')} attested as ${code(result.predicateType)} in ${counted(result.attestations.length, 'statement')}, signed with ${cell(result.description)}.`,
    '',
    '| Subject | Digest |',
    '| --- | --- |',
    ...result.subjects.slice(0, SHOWN_SUBJECTS).map((subject) => `| ${cell(subject.name)} | ${codeCell(Object.entries(subject.digest).map(([algorithm, hex]) => `${algorithm}:${hex}`)[0] ?? '')} |`),
    ...(result.subjects.length > SHOWN_SUBJECTS ? [`| and ${result.subjects.length - SHOWN_SUBJECTS} more | |`] : []),
    '',
    // As many as the subjects shown: thousands of bundle paths on one line passed the 1 MiB a job summary may hold, and GitHub dropped all of it.
    `Bundles: ${[code(relative(cwd, result.files.jsonl)), ...capped(result.files.bundles.map((path) => code(relative(cwd, path))), SHOWN_SUBJECTS, (count) => `and ${counted(count, 'more bundle')} beside them`)].join(', ')}`,
    '',
  ];
  const ids = stored.flatMap((outcome) => (outcome.status === 'stored' ? [outcome.id] : []));
  if (repository !== undefined && ids.length > 0) lines.push(`Stored on GitHub: ${[...ids.slice(0, SHOWN_SUBJECTS).map((id) => markdownLink(id, storedURL(serverURL, repository, id))), ...(ids.length > SHOWN_SUBJECTS ? [`and ${ids.length - SHOWN_SUBJECTS} more`] : [])].join(', ')}`, '');
  const skipped = stored.find((outcome) => outcome.status === 'skipped');
  if (skipped !== undefined && skipped.status === 'skipped') lines.push(`Not stored on GitHub: ${cell(skipped.reason)}`, '');
  if (first !== undefined && result.signer.kind === 'key') {
    // A key signs offline: no log entry, which verifying with a key requires unless told; the public key is the user's to give.
    lines.push('Verify:', '', ...shellBlock([`trust-kit verify-attestation ${shellFileOperand(first.name)} --bundle ${shellFileOperand(bundle)} --predicate-type ${shellQuote(result.predicateType)} --key <public key of ${result.signer.source}> --insecure-ignore-tlog`]));
  }
  if (first !== undefined && result.signer.kind === 'certificate') {
    const { identity, issuer } = result.signer;
    const target = shellFileOperand(first.name);
    const root = trustedRoot === undefined ? undefined : operatorTrustedRoot(trustedRoot);
    // The exact identity that signed, the workflow at its ref, as the sign action's command pins it: --repo alone accepted any
    // workflow of the repository, on any branch, a pull request's too. The repository beside it: identity and issuer alone
    // also accept another repository calling the same reusable workflow.
    const exactly = `--certificate-identity ${shellQuote(identity ?? '<certificate identity>')} --certificate-oidc-issuer ${shellQuote(issuer)}`;
    const sourceRef = result.signer.sourceRef;
    const pinnedRef = sourceRef === undefined ? '' : ` --source-ref ${shellQuote(sourceRef)}`;
    const policy = `${repository === undefined ? exactly : `${exactly} --repo ${shellQuote(repository)}`}${pinnedRef}`;
    // gh's flag for the identity; without one, a reusable workflow of another repository by its path, which --repo alone refuses.
    const workflow = repository === undefined ? undefined : reusableWorkflow({ identity, repository });
    const ghSigner = identity !== undefined ? ` --cert-identity ${shellQuote(identity)}${issuer === GITHUB_ACTIONS_ISSUER ? '' : ` --cert-oidc-issuer ${shellQuote(issuer)}`}` : workflow === undefined ? '' : ` --signer-workflow ${shellQuote(workflow)}`;
    // gh hashes the file with SHA-256 unless told SHA-512, and knows no other: a subject named by SHA-384 alone it cannot find.
    const ghDigest = first.digest.sha256 !== undefined ? '' : first.digest.sha512 !== undefined ? ' --digest-alg sha512' : undefined;
    lines.push(
      'Verify:',
      '',
      ...(root === undefined ? [] : [root.note, '']),
      ...shellBlock([
        ...(root === undefined ? [] : [root.makeDirectory]),
        `trust-kit verify-attestation ${target} --bundle ${shellFileOperand(bundle)} --predicate-type ${shellQuote(result.predicateType)} ${policy}${root === undefined ? '' : ` --trusted-root ${shellQuote(root.file)}`}`,
        ...(repository === undefined || ghDigest === undefined ? [] : ghVerifyLines(`gh attestation verify ${target} --bundle ${shellFileOperand(bundle)}${ghDigest} --predicate-type ${shellQuote(result.predicateType)} --repo ${shellQuote(repository)}${ghSigner}${pinnedRef}`, root)),
      ]),
    );
  }
  return lines.join('\n');
}

/**
 * The attest action: attests its subjects (SLSA provenance of the run by default, an SBOM with
 * `sbom-path`, a custom predicate with `predicate-path`), writes `<name>.intoto.jsonl` and
 * `<name>.sigstore.json`, stores the bundles with GitHub's attestations API (`storage: github`)
 * and writes the job summary.
 */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string, env: Environment, ports: AttestActionPorts = {}): Promise<void> {
  const { options, issues: optionIssues } = readActionOptions(inputs);
  // A key signs offline: the keyless inputs beside it would do nothing.
  const issues = [...optionIssues, ...keyedSigningIssues(inputs, actionInputName)];
  const { storage: storageChoice, showSummary } = options;
  // In protected memory: masked, redacted and out of the environment from here on.
  const token = secretInput('github-token', inputs, env);
  let config: ReturnType<typeof attestConfig>;
  try {
    const raw = await configInputs(inputs, cwd);
    // A directory of its own under the runner's, named afresh for each step: two attest steps of one job
    // (provenance, then an SBOM, of the same files) wrote the same <name>.sigstore.json, the second over the first.
    const outputDir = env.RUNNER_TEMP === undefined ? '.' : join(env.RUNNER_TEMP, `trust-kit-attest-${randomBytes(6).toString('hex')}`);
    config = attestConfig(ports.oidcDiscoveryURL === undefined ? raw : { ...raw, 'oidc-discovery-url': ports.oidcDiscoveryURL }, attestInputName, { base: '.', outputDir, sbomInput: 'sbom-path' });
  } catch (error) {
    // Every bad input at once: the action's own with the attestation config's.
    if (error instanceof ConfigError && issues.length > 0) throw new ConfigError([...issues, ...error.issues]);
    throw error;
  }
  if (issues.length > 0) throw new ConfigError(issues);
  const repository = env.GITHUB_REPOSITORY !== undefined && /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY) ? env.GITHUB_REPOSITORY : undefined;
  if (storageChoice === 'github' && (token === undefined || repository === undefined)) {
    throw new ConfigError([{ input: actionInputName(token === undefined ? 'github-token' : 'storage'), message: token === undefined ? 'is required to store attestations on GitHub (or set storage: none)' : 'github needs GITHUB_REPOSITORY, which the runner sets; set storage: none outside GitHub Actions' }]);
  }
  // Only storing uses the token (the input defaults to the job's): without storage it is wiped before anything is signed.
  if (storageChoice !== 'github') token?.destroy();
  await requireNamedPaths(
    [
      ...(config.predicatePath === undefined ? [] : [{ input: inputs['sbom-path'] === undefined ? 'predicate-path' : 'sbom-path', path: config.predicatePath, kind: 'file' as const }]),
      ...(config.checksums === undefined ? [] : [{ input: 'subject-checksums', path: config.checksums, kind: 'file' as const }]),
      ...signingPaths(config.sign),
      ...subjectPaths('subject-path', config.subjectPaths),
      // Checked before signing: a bundle that cannot be written wastes the certificate and the log entry.
      { input: 'output-dir', path: config.outputDir, kind: 'output-directory' as const },
    ],
    cwd,
    actionInputName,
    signingTrustIssues(config.sign, actionInputName),
  );
  const runContext = await readRunContext(env);
  // A proxy variable that is no http(s) URL is a PROXY_URL_INVALID before anything is signed. The GitHub
  // toolkit reads them as it loads, and crashes on such a one: it loads after this, and only to store.
  const proxy = proxySettingsFrom(env);
  checkProxySettings(proxy);
  const github = storageChoice === 'github' ? await import('../../github/attestations.js') : undefined;
  if (github !== undefined && github.githubInstanceKind(runContext.serverURL) === 'enterprise-server') {
    // Refused before anything is signed: GitHub Enterprise Server has no attestations API.
    throw new github.AttestationStoreError('GITHUB_ENTERPRISE_SERVER_UNSUPPORTED', `GitHub Enterprise Server (${new URL(runContext.serverURL).host}) has no attestations API; attestations can be stored on github.com and GHE.com only`, {
      hint: 'set `storage: none` to keep the signed bundles as files (publish them with the release), and verify them with `trust-kit verify-attestation --bundle`',
    });
  }
  const result = await runAttestation(config, { cwd, env, run: runContext, logger: io, clock: systemClock, artifactsList: env.GITHUB_ARTIFACTS_LIST });
  if ('skipped' in result) {
    io.setOutput('bundle-path', '');
    await io.appendSummary(`### Attestations\n\nNothing was attested: ${cell(result.skipped)}\n`);
    return;
  }
  // The bundle when the run made one (action.yml says so); per subject it made several, and the first of them is not the run's.
  const bundlePath = relative(cwd, result.files.bundles.length === 1 ? (result.files.bundles[0] as string) : result.files.jsonl);
  io.setOutput('bundle-path', bundlePath);
  io.setOutput('jsonl-path', relative(cwd, result.files.jsonl));
  setLinesOutput(io, 'bundle-paths', result.files.bundles.map((path) => relative(cwd, path)), env);
  let stored: StoreOutcome[] = [];
  if (github !== undefined && token !== undefined && repository !== undefined) {
    const [owner = '', repo = ''] = repository.split('/');
    const client = github.createGitHubClient({ token, serverUrl: runContext.serverURL, proxy, ...(env.GITHUB_API_URL === undefined || env.GITHUB_API_URL === '' ? {} : { apiUrl: env.GITHUB_API_URL }) });
    stored = await github.storeAttestations({ client, owner, repo, bundles: result.attestations.map((attestation) => attestation.bundle), logger: io });
    const ids = stored.flatMap((outcome) => (outcome.status === 'stored' ? [outcome.id] : []));
    io.setOutput('attestation-ids', ids.join('\n'));
    const firstId = ids[0];
    io.setOutput('attestation-id', firstId ?? '');
    io.setOutput('attestation-url', firstId === undefined ? '' : storedURL(runContext.serverURL, repository, firstId));
    for (const id of ids) io.info(`attestation stored: ${storedURL(runContext.serverURL, repository, id)}`);
  }
  if (showSummary) await io.appendSummary(summary(result, cwd, repository, stored, runContext.serverURL, config.sign.trustedRoot));
}
