import { cliNamer, InputReader, withEarlierIssues } from '../../config/inputs.js';
import { attestationVerifyConfig, predicateTypeProblem } from '../../config/verify-attestation.js';
import { loadPatternsOf } from '../../config/verify.js';
import { TrustKitError } from '../../core/errors.js';
import { boundedText, jsonOutput } from '../../core/quote.js';
import { discoverImageBundles, imageTrust, verifyImageBundles, type VerifiedImageBundle } from '../../images/verify.js';
import { COSIGN_SIGN_PREDICATE_TYPE, formatImageReference } from '../../oci/index.js';
import { attestationPolicy } from '../../sigstore/verify/attestation.js';
import { resolvePolicy, resolveTrust, trustSourcesFrom } from '../../sigstore/verify/files.js';
import { stderrLogger } from '../logger.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeAttestation } from './verify-attestation.js';
import { describeVerified, outputFormat, shown, VERIFY_HELP, VERIFY_OPTIONS } from './verify-blob.js';
import { REGISTRY_HELP, REGISTRY_OPTIONS, readImageArguments, registryClientFor } from './registry.js';


/** `trust-kit verify-image`: verify the signatures and attestations a registry holds for an image, as `cosign verify` and `cosign verify-attestation` do. */
export const verifyImageCommand: Command = {
  usage:
    'trust-kit verify-image IMAGE [--predicate-type URI]... [--no-signature] (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --signer-workflow W | --key PUB.pem [--insecure-ignore-tlog])\n         [--trusted-root FILE] [--format text|json] [registry flags]',
  help: `Resolves IMAGE (a tag once, to the digest it names now) and reads what the registry holds for
that digest: Sigstore bundles attached as OCI 1.1 referrers (the referrers API, or the sha256-<hex>
referrers tag on registries without it; cosign 3 and trust-kit write these) and cosign 2's
sha256-<hex>.sig signatures and sha256-<hex>.att attestations. Then verifies, offline against
the trusted root, a signature of the image (cosign 3's signed statement or a cosign 2
signature) unless --no-signature, and an attestation of each --predicate-type, each by the
signer the policy names. Prints what it found.

      --predicate-type URI               also require an attestation of this predicate type
                                         (repeatable), e.g. https://slsa.dev/provenance/v1
      --no-signature                     require only the attestations, not a signature
      --owner OWNER, --source-digest SHA, --deny-self-hosted-runners
                                         as \`trust-kit verify-attestation\`

${VERIFY_HELP}

${REGISTRY_HELP}

Exit codes: 0 verified, 1 unreadable input or registry failure, 2 usage error, 3 verification
failed or nothing attached (VERIFY_*; an image with no attestation announced as the type asked
for is 3 too, VERIFY_IMAGE_UNSIGNED), 4 valid signature by another signer (VERIFY_POLICY_*),
5 no statement about this digest, 6 a statement of another predicate type, 7 another signer
workflow, 8 another repository or owner, 9 a self-hosted runner with --deny-self-hosted-runners.`,
  options: {
    ...VERIFY_OPTIONS,
    ...REGISTRY_OPTIONS,
    'predicate-type': { type: 'string', multiple: true },
    signature: { type: 'boolean' },
    owner: { type: 'string' },
    'source-digest': { type: 'string' },
    'deny-self-hosted-runners': { type: 'boolean' },
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const output = outputFormat(args.values);
    const nameOf = cliNamer({ subject: 'IMAGE' });
    const predicateTypes = (args.values['predicate-type'] ?? []) as string[];
    const reader = new InputReader(args.values, nameOf);
    // Reported with the other inputs' problems, not instead of them.
    if (args.positionals.length !== 1) reader.report('subject', `is one image, got ${args.positionals.length}`);
    const image = args.positionals[0] ?? '';
    for (const type of predicateTypes) {
      const problem = predicateTypeProblem(type);
      if (problem !== undefined) reader.report('predicate-type', problem);
    }
    const signature = args.values.signature !== false;
    if (!signature && predicateTypes.length === 0) reader.report('signature', 'leaves nothing to verify: name an attestation with --predicate-type');
    if (args.values.bundle !== undefined) reader.report('bundle', 'is not used: verify-image reads the bundles attached to the image in its registry');
    const references = readImageArguments(reader, args.positionals.slice(0, 1), 'subject', context.env);
    withEarlierIssues([...args.issues, ...output.issues], () => reader.finish());
    // The bundles are the image's: the policy config names the image where a file command names its bundle file.
    await loadPatternsOf(args.values);
    const config = attestationVerifyConfig({ ...args.values, bundle: image, 'predicate-type': COSIGN_SIGN_PREDICATE_TYPE }, nameOf);
    const policy = attestationPolicy(await resolvePolicy(config.policy, context.cwd), config, config.identityOrigin);
    const client = await registryClientFor(args.values, context.env, references);
    try {
      const resolved = await client.resolve(references[0] as (typeof references)[number]);
      const pinned = resolved.reference;
      if (!pinned.digest.startsWith('sha256:')) throw new TrustKitError('CLI_USAGE', `${formatImageReference(pinned)} is not a sha256 digest; images are verified by their sha256 digest`, { hint: 'name the image by tag or by its sha256 digest' });
      const discovered = await discoverImageBundles(client, pinned);
      const all = [...discovered.referrers, ...discovered.legacySignatures, ...discovered.legacyAttestations];
      const sources = trustSourcesFrom(context.env, stderrLogger(context.stderr));
      // A --trusted-root file (or a key) is the trust, whatever the bundles; else each instance the bundles name is loaded.
      const trust = config.trustedRoot !== undefined || config.policy.kind === 'key' ? await resolveTrust(config, context.cwd, undefined, sources) : await imageTrust(discovered, (bundle) => resolveTrust(config, context.cwd, bundle, sources));
      const verified = verifyImageBundles({ image: pinned, discovered, policy, trust, signature, predicateTypes });
      const shown = formatImageReference(pinned);
      if (output.json) {
        context.stdout.write(
          `${jsonOutput(
            {
              image,
              reference: shown,
              digest: pinned.digest,
              discovery: discovered.via === 'api' ? 'referrers-api' : 'referrers-tag',
              found: all.map((bundle) => ({ source: bundle.source, claimedPredicateType: bundle.claimedType ?? null })),
              unreadable: discovered.unreadable,
              verified: verified.map((entry) => ({ predicateType: entry.predicateType, source: entry.source, statement: entry.attestation?.statement ?? null, provenance: entry.attestation?.provenance ?? null, signature: entry.signature })),
            },
            2,
          )}\n`,
        );
      } else {
        const lines = [`Verified OK: ${shown}`, `  found:      ${all.length} bundle(s) (${discovered.referrers.length} referrer(s) via the ${discovered.via === 'api' ? 'referrers API' : 'referrers tag'}, ${discovered.legacySignatures.length} cosign 2 signature(s), ${discovered.legacyAttestations.length} cosign 2 attestation(s))`];
        for (const unread of discovered.unreadable) lines.push(`  unreadable: ${unread.source}: ${boundedText(unread.reason, 300)}`);
        for (const entry of verified) lines.push(...describeImageBundle(entry));
        context.stdout.write(`${lines.join('\n')}\n`);
      }
      return EXIT.OK;
    } finally {
      client.close();
    }
  },
};

function describeImageBundle(entry: VerifiedImageBundle): string[] {
  const head = entry.predicateType === COSIGN_SIGN_PREDICATE_TYPE ? `signature (${entry.source})` : `attestation ${shown(entry.predicateType)} (${entry.source})`;
  return [`- ${head}`, ...(entry.attestation === undefined || entry.predicateType === COSIGN_SIGN_PREDICATE_TYPE ? [] : describeAttestation(entry.attestation).slice(1)), ...describeVerified(entry.signature)];
}
