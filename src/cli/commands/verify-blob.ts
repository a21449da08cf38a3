import { cliNamer, refusedValues, withEarlierIssues, type ConfigIssue } from '../../config/inputs.js';
import { boundedText, jsonOutput, quoted, shownFile } from '../../core/quote.js';
import { digestArgument, parseDigestReference } from '../../core/digest.js';
import { loadPatternsOf, verifyConfig } from '../../config/verify.js';
import { readBundleFile, resolvePolicy, resolveTrust, trustSourcesFrom, verifyArtifact } from '../../sigstore/verify/files.js';
import { stderrLogger } from '../logger.js';
import type { VerifiedSignature } from '../../sigstore/verify/index.js';
import type { Command, CommandArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { counted } from '../../core/plural.js';

/** The flags every verification command shares, with cosign's names. */
export const VERIFY_OPTIONS = {
  bundle: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  'certificate-oidc-issuer-regexp': { type: 'string' },
  repo: { type: 'string' },
  'signer-workflow': { type: 'string' },
  'source-ref': { type: 'string' },
  'trusted-root': { type: 'string' },
  key: { type: 'string' },
  'insecure-ignore-tlog': { type: 'boolean' },
  format: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * How a verify command prints: `--format text|json`, with `--json` (cosign's flag) for json in every
 * one of them; `--format text` beside `--json` contradicts it and is reported with the other inputs.
 */
export function outputFormat(values: CommandArgs['values']): { json: boolean; issues: ConfigIssue[] } {
  const { json } = values;
  // Without regard to case or blanks around it, as every other choice (--algorithm ' SHA512 ', --format SPDX-JSON).
  const format = typeof values.format === 'string' ? values.format.trim().toLowerCase() : values.format;
  const issues: ConfigIssue[] = [];
  if (format !== undefined && format !== 'text' && format !== 'json') issues.push({ input: '--format', message: `is ${quoted(String(values.format))}; expected text or json` });
  if (format === 'text' && json === true) issues.push({ input: '--json', message: 'contradicts --format text; give one of them' });
  return { json: format === 'json' || (format === undefined && json === true), issues };
}

/** Help lines for {@link VERIFY_OPTIONS}. */
export const VERIFY_HELP = `Policy (who must have signed; identities match exactly unless a -regexp flag is used,
and regular expressions, in RE2 syntax as cosign reads them, must match the whole value):
      --certificate-identity ID          the certificate's identity (SAN), exactly
      --certificate-identity-regexp RE   ... or a regular expression for it
      --certificate-oidc-issuer URL      the OIDC issuer, exactly
      --certificate-oidc-issuer-regexp RE
      --repo OWNER/NAME                  GitHub: signed in a workflow of this repository (issuer defaults
                                         to https://token.actions.githubusercontent.com)
      --signer-workflow OWNER/REPO/PATH[@REF]
                                         GitHub: signed by this workflow (for reusable workflows)
      --source-ref REF                   GitHub: signed in a run for this ref, e.g. refs/tags/v1.2.3
                                         (a reusable workflow's identity names its own ref, the
                                         same for every branch that calls it: this pins the tag)
      --key PUB.pem                      a bundle signed with a local key (trust-kit generate-key-pair);
                                         it must carry a transparency-log entry, verified against the
                                         trusted root (public-good's through TUF unless --trusted-root),
                                         as cosign requires for --key
      --insecure-ignore-tlog             with --key: accept a bundle without a log entry (signed
                                         offline, as trust-kit's key signing does), as cosign's flag;
                                         nothing then shows the signature in a public log

Output:
      --format text|json                 json prints what was verified as JSON on standard output
      --json                             the same as --format json

Trust:
      --trusted-root FILE                trusted_root.json, or the JSONL \`gh attestation trusted-root\`
                                         prints; verifies offline. Default, as \`gh attestation verify\`
                                         decides: GitHub's root through its TUF repository
                                         (https://tuf-repo.github.com) when the certificate's issuer
                                         names the organization "GitHub, Inc." (GitHub's Fulcio, private
                                         repositories), else the public-good root through TUF.`;

/** The exit codes every verification command shares; each command's help goes on, on the next line, from 5 with its own. */
export const VERIFY_EXIT_HELP = `Exit codes: 0 verified, 1 unreadable input, 2 usage error, 3 verification failed (VERIFY_*),
4 valid signature by another signer (VERIFY_POLICY_*),`;

/** A value a signer or a bundle chose, as a report line shows it: printable (a certificate's fields can hold C1 controls), and at most 1,000 characters. */
export function shown(value: string): string {
  return boundedText(value, 1000);
}

/** The lines describing a verified signature: signer, issuer, repository, log entries and times. */
export function describeVerified(result: VerifiedSignature): string[] {
  const lines: string[] = [];
  if (result.signer.kind === 'certificate') {
    // A policy may match the identity by a pattern and names no other extension: each is the certificate's to fill.
    const { subjectAlternativeName, issuer, extensions } = result.signer;
    lines.push(`  signer:     ${shown(subjectAlternativeName)}`, `  issuer:     ${shown(issuer)}`);
    if (extensions.sourceRepositoryURI !== undefined) lines.push(`  repository: ${shown(extensions.sourceRepositoryURI)} (${shown(extensions.sourceRepositoryRef ?? '?')}@${shown(extensions.sourceRepositoryDigest ?? '?')})`);
    lines.push(`  trust:      ${result.signer.trustRoot}`);
  } else {
    lines.push(`  signer:     key ${result.signer.source}`);
  }
  for (const entry of result.tlogEntries) lines.push(`  log entry:  ${shown(entry.baseUrl)} index ${entry.logIndex}${entry.integratedTime === undefined ? '' : `, integrated ${entry.integratedTime.toISOString()}`}`);
  if (result.uncheckedTlogEntries > 0) lines.push(`  log entry:  ${result.uncheckedTlogEntries} not checked (no --trusted-root given)`);
  for (const timestamp of result.timestamps.filter((entry) => entry.source === 'timestamp-authority')) lines.push(`  timestamp:  ${timestamp.time.toISOString()} (RFC 3161)`);
  if (result.statement !== undefined) lines.push(`  statement:  ${shown(result.statement.predicateType)} about ${counted(result.statement.subjects.length, 'subject')}`);
  return lines;
}

/** `trust-kit verify-blob`: verify a Sigstore bundle for a file (or a `sha256:` digest) under an exact identity policy. */
export const verifyBlobCommand: Command = {
  usage: 'trust-kit verify-blob FILE|sha256:HEX --bundle FILE.sigstore.json (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --key PUB.pem [--insecure-ignore-tlog]) [--trusted-root FILE]',
  help: `Verifies offline that the bundle signs FILE (a message signature over it, or a DSSE in-toto
statement naming it as a subject), that its certificate chains to the trusted root, that its
transparency-log entry or signed timestamp proves when it was signed, and that the signer is
the one the policy names. FILE may be sha256:<hex> to verify by digest alone.

      --bundle FILE                      the Sigstore bundle (v0.1 to v0.3)

${VERIFY_HELP}

${VERIFY_EXIT_HELP}
5 the bundle is a DSSE attestation about other artifacts (VERIFY_SUBJECT_MISMATCH).`,
  options: VERIFY_OPTIONS,
  reportsFlagIssues: true,
  async run(args, context) {
    const count = args.positionals.length === 1 ? [] : [{ input: 'argument FILE', message: `is one file (or sha256:<hex>), got ${args.positionals.length}` }];
    // FILE given as a digest (as verifyArtifact reads it) that is malformed is a bad argument, not an input that failed to verify.
    const digest = refusedValues(
      args.positionals.slice(0, 1).filter((artifact) => digestArgument(artifact) !== undefined),
      'argument FILE',
      (artifact) => parseDigestReference(digestArgument(artifact) ?? artifact),
    );
    const output = outputFormat(args.values);
    await loadPatternsOf(args.values);
    const config = withEarlierIssues([...args.issues, ...count, ...digest, ...output.issues], () => verifyConfig(args.values, cliNamer()));
    const artifact = args.positionals[0] as string;
    const [bundle, policy] = await Promise.all([readBundleFile(config.bundle, context.cwd), resolvePolicy(config.policy, context.cwd)]);
    const trust = await resolveTrust(config, context.cwd, bundle, trustSourcesFrom(context.env, stderrLogger(context.stderr)));
    const result = await verifyArtifact(bundle, artifact, policy, trust, context.cwd, config.bundle);
    if (output.json) context.stdout.write(`${jsonOutput({ artifact, verified: result }, 2)}\n`);
    // A digest given as the artifact is said once.
    else context.stdout.write(`Verified OK: ${shownFile(artifact)}${artifact === `${result.artifact.algorithm}:${result.artifact.hex}` ? '' : ` (${result.artifact.algorithm}:${result.artifact.hex})`}\n${describeVerified(result).join('\n')}\n`);
    return EXIT.OK;
  },
};
