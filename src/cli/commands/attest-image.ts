import { keyedSigningIssues, SIGNING_OPTIONS } from '../signing-options.js';
import { relative } from 'node:path';
import { attestConfig } from '../../config/attest.js';
import { InputReader, cliNamer, withEarlierIssues } from '../../config/inputs.js';
import { rawSigningPaths, readWithNamedPaths, requireNamedPaths, signingPaths } from '../../config/paths.js';
import { clockFromSourceDateEpoch, systemClock } from '../../core/clock.js';
import { proxySettingsFrom } from '../../core/proxy.js';
import { readRunContext } from '../../github/context.js';
import { attestImages } from '../../images/attest.js';
import { resolveImages } from '../../images/resolve.js';
import { formatImageReference } from '../../oci/index.js';
import { SecretBuffer } from '../../secrets/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';
import { REGISTRY_HELP, REGISTRY_OPTIONS, readImageArguments, registryClientFor } from './registry.js';

/** `trust-kit attest-image`: in-toto attestations about container images, attached to them as cosign 3 attaches them. */
export const attestImageCommand: Command = {
  usage:
    'trust-kit attest-image [--type slsaprovenance|spdx|cyclonedx|custom] [--predicate FILE] [--predicate-type URI] [--recursive]\n         [--output-dir DIR] [registry flags] [signing flags of sign-blob] IMAGE...',
  help: `Attests each IMAGE (a tag is resolved once to the digest of its manifest, which is printed):
one in-toto statement (v1) per image, whose subject is the image's repository and digest, signed
as a DSSE Sigstore bundle (v0.3) and attached to the image as cosign 3 attaches attestations: an
OCI 1.1 referrer of type application/vnd.dev.sigstore.bundle.v0.3+json, or under the sha256-<hex>
referrers tag on registries without the referrers API; and, by default while cosign 2 is
widespread, as cosign 2 does: a DSSE envelope in the sha256-<hex>.att manifest. The bundles are also written to
<name>.intoto.jsonl in --output-dir. One signing identity (one certificate when keyless) signs
every statement. Verify with \`trust-kit verify-image --predicate-type URI\` or
\`cosign verify-attestation --type URI\`; with --key, add --insecure-ignore-tlog to either (a key
signs offline: there is no transparency-log entry).

Types (as \`trust-kit attest\`):
  slsaprovenance (default)  SLSA provenance v1 of this GitHub Actions run; needs id-token: write
  spdx, cyclonedx           the SBOM in --predicate (SPDX 2.3 or 2.2 JSON, CycloneDX JSON)
  custom                    any JSON object in --predicate, of type --predicate-type URI

Options:
      --type TYPE          what to attest (above)
      --predicate FILE     the predicate document (SBOM or custom JSON)
      --predicate-type URI the custom predicate's type
      --attestation-format WHICH
                           both (default), cosign3 (referrer bundles) or cosign2 (.att manifests)
      --recursive          also attest each platform manifest of a multi-arch index
      --storage none|github
                           github also stores each attestation with GitHub's attestations API
                           (subject: the image digest) in $GITHUB_REPOSITORY, with $GITHUB_TOKEN
                           (attestations: write), so
                           \`gh attestation verify oci://IMAGE --repo OWNER/REPO\` finds it
      --output-dir DIR     where the bundles are written (default: .)
      --oidc-discovery-url URL
                           the token issuer's discovery document base, when it is not the token's issuer URL
  Signing (as sign-blob): --key KEY.pem, --instance auto|public-good|github|key, --fulcio-url,
      --rekor-url, --rekor-version 1|2, --tsa-url, --signing-config FILE, --trusted-root FILE,
      --on-missing-token fail|warn|skip, --timeout TIME

${REGISTRY_HELP}

Exit codes: 0 every image attested (or nothing signed, as --on-missing-token asked), 1 a failure
(attestations already attached stay, and the images holding them were printed), 2 usage error.`,
  options: {
    ...REGISTRY_OPTIONS,
    type: { type: 'string' },
    predicate: { type: 'string' },
    'predicate-type': { type: 'string' },
    'attestation-format': { type: 'string' },
    storage: { type: 'string' },
    recursive: { type: 'boolean' },
    'output-dir': { type: 'string' },
    'oidc-discovery-url': { type: 'string' },
    ...SIGNING_OPTIONS,
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const nameOf = cliNamer({ subject: 'IMAGE' });
    const { recursive, storage: _storage, 'attestation-format': _format, 'allow-http-registry': _http, 'allow-insecure-registry': _insecure, 'registry-username': _username, ...attesting } = args.values;
    const reader = new InputReader(args.values, nameOf);
    const format = reader.choice('attestation-format', ['both', 'cosign3', 'cosign2'] as const, 'both');
    const storage = reader.choice('storage', ['none', 'github'] as const, 'none');
    // Into protected memory without a string of it, and shared with the registry client (ghcr.io takes it too).
    const token = storage === 'github' ? SecretBuffer.sharedFromEnv('GITHUB_TOKEN', context.env) : undefined;
    const repository = context.env.GITHUB_REPOSITORY;
    if (storage === 'github' && token === undefined) reader.report('storage', 'is github, which needs a token with attestations: write in GITHUB_TOKEN');
    if (storage === 'github' && !/^[^/\s]+\/[^/\s]+$/.test(repository ?? '')) reader.report('storage', 'is github, which needs the repository (owner/name) in GITHUB_REPOSITORY');
    const references = readImageArguments(reader, args.positionals, 'subject', context.env);
    if (args.positionals.length === 0) reader.report('subject', 'is required: the images to attest');
    // The image flags' problems and the attestation flags' are reported together.
    // The paths the flags name, checked with them when a flag is refused: all problems at once.
    const named = [...(typeof args.values.predicate === 'string' ? [{ input: 'predicate', path: args.values.predicate, kind: 'file' as const }] : []), ...rawSigningPaths(args.values)];
    const config = await readWithNamedPaths(() => withEarlierIssues([...args.issues, ...reader.collected(), ...keyedSigningIssues(args.values)], () => attestConfig({ ...attesting, subject: args.positionals }, nameOf, { base: '.', outputDir: '.' })), named, context.cwd, nameOf);
    await requireNamedPaths(
      [...(config.predicatePath === undefined ? [] : [{ input: 'predicate', path: config.predicatePath, kind: 'file' as const }]), ...signingPaths(config.sign)],
      context.cwd,
      nameOf,
    );
    const logger = stderrLogger(context.stderr, args.values.verbose === true);
    const epoch = context.env.SOURCE_DATE_EPOCH;
    const created = (epoch === undefined || epoch === '' ? systemClock : clockFromSourceDateEpoch(epoch)).now();
    const client = await registryClientFor(args.values, context.env, references, config.sign.retry);
    try {
      const subjects = await resolveImages(client, references, { recursive: recursive === true, logger });
      const run = await readRunContext(context.env);
      // Each image printed as soon as it holds its attestation: a later failure leaves the list of what was attached.
      const outcome = await attestImages(client, subjects, config, { cwd: context.cwd, env: context.env, run, logger, clock: systemClock }, { created, format, onAttached: (attached) => context.stdout.write(`${formatImageReference(attached.subject.reference)}\n`) });
      if ('skipped' in outcome) return EXIT.OK;
      if (token !== undefined) {
        const [owner = '', repo = ''] = (repository ?? '').split('/');
        // Loaded here, after the registry client checked the proxy variables: the GitHub toolkit reads them as it loads and crashes on a bad one.
        const { createGitHubClient, storeAttestations } = await import('../../github/attestations.js');
        const github = createGitHubClient({ token, serverUrl: run.serverURL, proxy: proxySettingsFrom(context.env), ...(context.env.GITHUB_API_URL === undefined || context.env.GITHUB_API_URL === '' ? {} : { apiUrl: context.env.GITHUB_API_URL }) });
        const stored = await storeAttestations({ client: github, owner, repo, bundles: outcome.result.attestations.map((attestation) => attestation.bundle), logger });
        for (const entry of stored) if (entry.status === 'stored') logger.info(`attestation stored on GitHub: ${entry.id}`);
      }
      logger.info(`bundles: ${relative(context.cwd, outcome.result.files.jsonl)}`);
      return EXIT.OK;
    } finally {
      client.close();
    }
  },
};
