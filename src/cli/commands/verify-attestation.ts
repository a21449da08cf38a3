import { cliNamer, withEarlierIssues } from '../../config/inputs.js';
import { artifactDigestProblem, attestationVerifyConfig, DEFAULT_PREDICATE_TYPE } from '../../config/verify-attestation.js';
import { loadPatternsOf } from '../../config/verify.js';
import { jsonOutput, shownFile } from '../../core/quote.js';
import { attestationPolicy, namedBySha384Alone, trustDeciding, verifyAttestation, type VerifiedAttestation } from '../../sigstore/verify/attestation.js';
import { artifactDigests, readAttestationBundles, resolvePolicy, resolveTrust, trustSourcesFrom } from '../../sigstore/verify/files.js';
import { stderrLogger } from '../logger.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeVerified, outputFormat, shown, VERIFY_EXIT_HELP, VERIFY_HELP, VERIFY_OPTIONS } from './verify-blob.js';

/** The lines naming what a verified attestation says: its predicate type and, for SLSA provenance, its key fields. */
export function describeAttestation(result: VerifiedAttestation): string[] {
  const lines = [`  predicate:  ${shown(result.statement.predicateType)}${result.line === undefined ? '' : ` (bundle on line ${result.line})`}`];
  const provenance = result.provenance;
  if (provenance !== undefined) {
    if (provenance.builder !== undefined) lines.push(`  builder:    ${provenance.builder}`);
    if (provenance.sourceRepository !== undefined || provenance.sourceCommit !== undefined) lines.push(`  source:     ${provenance.sourceRepository ?? '?'} @ ${provenance.sourceCommit ?? '?'}`);
    if (provenance.workflow !== undefined) lines.push(`  workflow:   ${provenance.workflow}`);
    if (provenance.trigger !== undefined) lines.push(`  trigger:    ${provenance.trigger}`);
    if (provenance.runnerEnvironment !== undefined) lines.push(`  runner:     ${provenance.runnerEnvironment}`);
    if (provenance.invocation !== undefined) lines.push(`  run:        ${provenance.invocation}`);
  }
  return lines;
}

/** `trust-kit verify-attestation`: verify an in-toto attestation about a file, as `gh attestation verify --bundle` does, offline. */
export const verifyAttestationCommand: Command = {
  usage: 'trust-kit verify-attestation FILE|sha256:HEX --bundle B.sigstore.json|B.intoto.jsonl [--predicate-type URI] (--repo OWNER/NAME | --owner OWNER | --signer-workflow W | --signer-repo R | --certificate-identity ID --certificate-oidc-issuer URL | --key PUB.pem [--insecure-ignore-tlog]) [--trusted-root FILE]',
  help: `Verifies offline that an attestation (a DSSE in-toto statement in a Sigstore bundle) lists FILE
as a subject, has the predicate type asked for, is validly signed (certificate chain, log entry or
signed timestamp) by the signer the policy names, and, for GitHub Actions signers, was made in the
repository, from the source, by the workflow and on the kind of runner asked for. For SLSA
provenance, prints the builder, the source repository and commit, the workflow and the trigger.

      --bundle FILE                      a Sigstore bundle (.sigstore.json), or one bundle per line
                                         (.intoto.jsonl): the one whose statement lists FILE with
                                         the predicate type is verified
      --predicate-type URI               the statement's predicate type (default
                                         ${DEFAULT_PREDICATE_TYPE})
      --owner OWNER                      GitHub: made in a repository of this user or organization
      --signer-repo OWNER/NAME           GitHub: signed by a workflow of this repository (a reusable
                                         workflow's; --signer-workflow names the workflow itself)
      --source-digest SHA                GitHub: made from this commit
      --deny-self-hosted-runners         GitHub: refuse attestations made on self-hosted runners

${VERIFY_HELP}

${VERIFY_EXIT_HELP}
5 the artifact is not a subject of the attestation, 6 another predicate type, 7 another signer
workflow, 8 another repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
  options: {
    ...VERIFY_OPTIONS,
    'predicate-type': { type: 'string' },
    owner: { type: 'string' },
    'signer-repo': { type: 'string' },
    'source-digest': { type: 'string' },
    'deny-self-hosted-runners': { type: 'boolean' },
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const output = outputFormat(args.values);
    const earlier = [
      ...args.issues,
      ...(args.positionals.length === 1 ? [] : [{ input: 'argument FILE', message: `is one file (or sha256:<hex>), got ${args.positionals.length}` }]),
      ...args.positionals.slice(0, 1).flatMap((artifact) => {
        const problem = artifactDigestProblem(artifact);
        return problem === undefined ? [] : [{ input: 'argument FILE', message: problem }];
      }),
      ...output.issues,
    ];
    await loadPatternsOf(args.values);
    const config = withEarlierIssues(earlier, () => attestationVerifyConfig(args.values, cliNamer()));
    const artifact = args.positionals[0] as string;
    const [bundles, basePolicy] = await Promise.all([readAttestationBundles(config.bundle, context.cwd), resolvePolicy(config.policy, context.cwd)]);
    const digests = await artifactDigests(artifact, context.cwd, { sha384: namedBySha384Alone(bundles) });
    const policy = attestationPolicy(basePolicy, config, config.identityOrigin);
    const trust = await resolveTrust(config, context.cwd, trustDeciding(bundles, digests, config.predicateType), trustSourcesFrom(context.env, stderrLogger(context.stderr)));
    const result = verifyAttestation({ bundles, artifact: digests, policy, trust, predicateType: config.predicateType, source: config.bundle });
    if (output.json) {
      context.stdout.write(`${jsonOutput({ artifact, digest: { sha256: digests.sha256 }, bundle: { path: config.bundle, index: result.bundleIndex, line: result.line ?? null }, statement: result.statement, provenance: result.provenance ?? null, verified: result.signature }, 2)}\n`);
    } else {
      context.stdout.write(`Verified OK: ${shownFile(artifact)}${artifact === `sha256:${digests.sha256}` ? '' : ` (sha256:${digests.sha256})`}\n${[...describeAttestation(result), ...describeVerified(result.signature)].join('\n')}\n`);
    }
    return EXIT.OK;
  },
};
