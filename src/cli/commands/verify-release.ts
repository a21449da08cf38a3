import { resolve } from 'node:path';
import { TrustKitError } from '../../core/errors.js';
import { readReleasePolicy, RELEASE_ATTESTATION_FILE, RELEASE_POLICY_FILE, verifyRelease } from '../../release/verify-release.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** `trust-kit verify-release DIR --policy FILE`: verify offline everything a downloaded release carries. */
export const verifyReleaseCommand: Command = {
  usage: 'trust-kit verify-release DIR --policy FILE [--tag TAG] [--commit SHA] [--format text|json]',
  help: `Verifies offline, under a verification policy, what a release downloaded into DIR carries:
the signed checksums file (SHA256SUMS and SHA256SUMS.sigstore.json) and every file it lists, and
each attestation in attestations.intoto.jsonl (SLSA provenance, SBOMs) for the files it names,
and GitHub's release attestation of an immutable release when ${RELEASE_ATTESTATION_FILE} is
there (saved with \`gh release verify TAG --format json --jq .attestation.bundle\`), against
the policy's GitHub trusted root: it must list every verified file with the same digest.
Every signature must chain to the policy's trusted roots and be by its signer, from a ref its
pattern matches; each predicate type the policy requires must be present. Prints what it found.

      --policy FILE        the offline verification policy (${RELEASE_POLICY_FILE}, published with
                           the release beside the trusted roots it names); paths in it are relative
                           to the policy file
      --tag TAG            GitHub's release attestation must name this tag
      --commit SHA         GitHub's release attestation (predicate v0.2) must name this commit
                           as the tag's (a v0.2 attestation must also name the policy's
                           sourceRepository, in its repository and its purl)
      --format text|json   json prints what was verified, for scripts

Exit codes: 0 verified; 3 a signature or file did not verify, or the release lacks signed checksums
or a required attestation (VERIFY_RELEASE_INCOMPLETE); 4 another signer or source ref; 1 a policy
file that cannot be read (RELEASE_POLICY_INVALID).`,
  options: {
    policy: { type: 'string' },
    tag: { type: 'string' },
    commit: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, context) {
    if (args.positionals.length !== 1) throw new TrustKitError('CLI_USAGE', `verify-release takes exactly one DIR, got ${args.positionals.length}`, { hint: 'run `trust-kit verify-release --help`' });
    const format = args.values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new TrustKitError('CLI_USAGE', `--format is "${String(format)}"; expected text or json`, { hint: 'run `trust-kit verify-release --help`' });
    if (typeof args.values.policy !== 'string') throw new TrustKitError('CLI_USAGE', 'verify-release needs --policy FILE', { hint: `download ${RELEASE_POLICY_FILE} and the trusted roots it names with the release, or write one (see --help)` });
    const dir = resolve(context.cwd, args.positionals[0] as string);
    const policy = await readReleasePolicy(resolve(context.cwd, args.values.policy));
    const commit = args.values.commit;
    if (commit !== undefined && (typeof commit !== 'string' || !/^[0-9a-fA-F]{40}$/.test(commit))) throw new TrustKitError('CLI_USAGE', '--commit is not a full commit SHA (40 hex digits)', { hint: 'give the commit the release\'s tag names: `git rev-parse TAG^{commit}`' });
    const result = await verifyRelease({ dir, policy, ...(typeof args.values.tag === 'string' ? { tag: args.values.tag } : {}), ...(typeof commit === 'string' ? { commit } : {}) });
    if (format === 'json') {
      context.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return EXIT.OK;
    }
    const lines = [`Verified OK: ${args.positionals[0] as string}`];
    if (result.checksums !== undefined) lines.push(`  signed checksums: ${result.checksums.file}, ${result.checksums.verifiedFiles} file(s) match, signed by ${result.checksums.signer}`);
    for (const attestation of result.attestations) lines.push(`  attestation:      ${attestation.predicateType} for ${attestation.files.join(', ')}`);
    if (result.attestations.length === 0) lines.push('  attestations:     none found');
    lines.push(result.githubRelease === undefined ? `  GitHub release attestation: none found (${RELEASE_ATTESTATION_FILE})` : `  GitHub release attestation: tag ${result.githubRelease.tag}, ${result.githubRelease.assets} asset(s), every verified file listed (${result.githubRelease.predicateType})`);
    context.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.OK;
  },
};
