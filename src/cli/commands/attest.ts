import { keyedSigningIssues, SIGNING_OPTIONS } from '../signing-options.js';
import { relative } from 'node:path';
import { runAttestation } from '../../attest/run.js';
import { parseSubjectReference } from '../../attest/subjects.js';
import { attestConfig } from '../../config/attest.js';
import { cliNamer, refusedValues, withEarlierIssues } from '../../config/inputs.js';
import { rawSigningPaths, readWithNamedPaths, requireNamedPaths, signingPaths } from '../../config/paths.js';
import { systemClock } from '../../core/clock.js';
import { shownFile } from '../../core/quote.js';
import { readRunContext } from '../../github/context.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';

/** `trust-kit attest`: in-toto attestations (SLSA provenance, SBOMs, custom predicates) signed as DSSE bundles. */
export const attestCommand: Command = {
  usage:
    'trust-kit attest [--type slsaprovenance|spdx|cyclonedx|custom] [--predicate FILE] [--predicate-type URI]\n         [--checksums SHA256SUMS] [--subject NAME@sha256:HEX]... [--base DIR] [--per-subject]\n         [--bundle OUT] [--output-dir DIR] [signing flags of sign-blob] [FILE...]',
  help: `Signs an in-toto statement (v1) about the subjects as a DSSE Sigstore bundle (v0.3) and writes
every bundle of the run to <name>.intoto.jsonl (one per line), and the bundle to <name>.sigstore.json
when the run makes one: <name> is the subject's file name, or "multiple". Verify with
\`gh attestation verify FILE --bundle <name>.sigstore.json --repo OWNER/REPO\`,
\`trust-kit verify-attestation\` or \`cosign verify-blob-attestation\`; signed with --key, with
\`trust-kit verify-attestation FILE --bundle <name>.sigstore.json --key PUB.pem --insecure-ignore-tlog\`
(a key signs offline, without a transparency-log entry).

Subjects: FILE arguments (files, directories, globs; named relative to --base), --checksums, and
--subject NAME@sha256:HEX; when none is given, the runner's $GITHUB_ARTIFACTS_LIST. Duplicates are
dropped; up to 1,024 subjects go in one statement, more are split into several.

Types:
  slsaprovenance (default)  SLSA provenance v1 of this GitHub Actions run, built from the job's one OIDC
                           token (the Sigstore token when signing keylessly with it, else one for the
                           audience "nobody") verified against the issuer's keys; needs id-token: write
  spdx, cyclonedx           the SBOM in --predicate (SPDX 2.3 or 2.2 JSON, CycloneDX JSON)
  custom                    any JSON object in --predicate, of type --predicate-type URI
A predicate over 16 MB is refused before anything is signed.

Options:
      --type TYPE          what to attest (above)
      --predicate FILE     the predicate document (SBOM or custom JSON)
      --predicate-type URI the custom predicate's type
      --checksums FILE     subjects from a checksums file (sha256sum/sha512sum format)
      --subject NAME@ALG:HEX
                           a subject by name and digest (sha256, sha384, sha512); repeatable
      --base DIR           directory FILE subjects are named relative to (default: .); needs FILE
      --per-subject        one statement (and one <subject>.sigstore.json) per subject, named by
                           its whole name with folders flattened (dist/x.tgz: dist_x.tgz.sigstore.json)
      --bundle OUT         where the bundle goes, when the run makes one statement (<name>.intoto.jsonl
                           goes beside it)
      --output-dir DIR     where <name>.intoto.jsonl and <name>.sigstore.json go (default: .; not with
                           --bundle)
      --oidc-discovery-url URL
                           the token issuer's discovery document base, when it is not the token's
                           issuer URL (GitHub Enterprise Server behind a proxy)
  Signing (as sign-blob): --key KEY.pem, --instance auto|public-good|github|key, --fulcio-url,
      --rekor-url, --rekor-version 1|2, --tsa-url, --signing-config FILE, --trusted-root FILE,
      --on-missing-token fail|warn|skip, --timeout TIME

Exit codes: 0 attested (or nothing signed, as --on-missing-token asked), 1 a failure, 2 usage error.`,
  options: {
    type: { type: 'string' },
    predicate: { type: 'string' },
    'predicate-type': { type: 'string' },
    checksums: { type: 'string' },
    subject: { type: 'string', multiple: true },
    base: { type: 'string' },
    'per-subject': { type: 'boolean' },
    bundle: { type: 'string' },
    'output-dir': { type: 'string' },
    'oidc-discovery-url': { type: 'string' },
    ...SIGNING_OPTIONS,
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const nameOf = cliNamer({ 'subject-path': 'FILE' });
    // A --subject is a flag's value: one that is not NAME@ALG:HEX is a usage error, reported with every other bad flag.
    const earlier = refusedValues((args.values.subject ?? []) as string[], '--subject', parseSubjectReference);
    // With --bundle, <name>.intoto.jsonl is written beside it: a --output-dir too would be ignored.
    if (args.values.bundle !== undefined && args.values['output-dir'] !== undefined) earlier.push({ input: '--output-dir', message: 'is not used with --bundle, beside which <name>.intoto.jsonl is written; give a --bundle path in that directory, or leave --bundle out' });
    // The paths the flags name, checked with them when a flag is refused: all problems at once.
    const named = [...(typeof args.values.predicate === 'string' ? [{ input: 'predicate', path: args.values.predicate, kind: 'file' as const }] : []), ...(typeof args.values.checksums === 'string' ? [{ input: 'checksums', path: args.values.checksums, kind: 'file' as const }] : []), ...(typeof args.values.base === 'string' ? [{ input: 'base', path: args.values.base, kind: 'directory' as const }] : []), ...rawSigningPaths(args.values)];
    const config = await readWithNamedPaths(() => withEarlierIssues([...args.issues, ...earlier, ...keyedSigningIssues(args.values)], () => attestConfig({ ...args.values, 'subject-path': args.positionals }, nameOf, { base: '.', outputDir: '.' })), named, context.cwd, nameOf);
    await requireNamedPaths(
      [
        ...(config.predicatePath === undefined ? [] : [{ input: 'predicate', path: config.predicatePath, kind: 'file' as const }]),
        ...(config.checksums === undefined ? [] : [{ input: 'checksums', path: config.checksums, kind: 'file' as const }]),
        { input: 'base', path: config.base, kind: 'directory' as const },
        ...signingPaths(config.sign),
        // The subjects are read (and reported missing) later; a --bundle that is one of them would replace it.
        ...(config.bundle === undefined ? [] : [{ input: 'bundle', path: config.bundle, kind: 'output' as const }, ...args.positionals.map((path) => ({ input: 'subject-path', path, kind: 'read' as const }))]),
      ],
      context.cwd,
      nameOf,
    );
    const logger = stderrLogger(context.stderr, args.values.verbose === true);
    const result = await runAttestation(config, {
      cwd: context.cwd,
      env: context.env,
      run: await readRunContext(context.env),
      logger,
      clock: systemClock,
      artifactsList: context.env.GITHUB_ARTIFACTS_LIST,
    });
    if ('skipped' in result) return EXIT.OK;
    for (const path of [result.files.jsonl, ...result.files.bundles]) context.stdout.write(`${shownFile(relative(context.cwd, path))}\n`);
    return EXIT.OK;
  },
};
