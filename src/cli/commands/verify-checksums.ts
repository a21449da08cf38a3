import { opendir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { reportedName, reportLine, unreadableHere, type CheckResult } from '../../checksums/index.js';
import { secondDownloadOf } from '../../checksums/second-download.js';
import { cliNamer, withEarlierIssues } from '../../config/inputs.js';
import { loadPatternsOf, verifyConfig } from '../../config/verify.js';
import { requireNamedPaths } from '../../config/paths.js';
import { boundedText, jsonOutput, shownFile } from '../../core/quote.js';
import { checkVerifiedChecksums, listedFilesUnreadable, misnamedFilesHint, readBundleFile, resolvePolicy, resolveTrust, trustSourcesFrom, verifyChecksumsSignature, verifySignedChecksums } from '../../sigstore/verify/files.js';
import { stderrLogger } from '../logger.js';
import { VerifyError } from '../../sigstore/verify/errors.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeVerified, outputFormat, VERIFY_EXIT_HELP, VERIFY_HELP, VERIFY_OPTIONS } from './verify-blob.js';
import { counted } from '../../core/plural.js';

/** At most this many failures are named in the error; the output lists every one. */
const NAMED_FAILURES = 20;

/** At most this many listed files that were not found are named: a release may list thousands. */
const NAMED_NOT_FOUND = 5;

/** At most this many missing listed names, and directory entries, are compared: the look-up stays bounded for a release of any size. */
const RENAMED_LOOKUP_BOUND = 10_000;

/**
 * The files of `dir` whose names are a browser's second-download name of a listed file that is not
 * there (`app (1).tgz` for `app.tgz`), with that listed name, at most {@link NAMED_NOT_FOUND}: the
 * user has the file, under a name verify-checksums does not look for, and would otherwise take the
 * run for a check of it.
 */
async function browserRenamed(dir: string, missing: ReadonlySet<string>): Promise<[string, string][]> {
  const found: [string, string][] = [];
  if (missing.size === 0) return found;
  let seen = 0;
  try {
    for await (const entry of await opendir(dir)) {
      if (++seen > RENAMED_LOOKUP_BOUND || found.length >= NAMED_NOT_FOUND) break;
      const listed = secondDownloadOf(entry.name, missing);
      if (listed !== undefined && entry.isFile()) found.push([entry.name, listed]);
    }
  } catch {
    // An unreadable directory: the files were reported as not checked already.
  }
  return found;
}

/** A failed entry for the error: its name as the report shows it (the checksums file's author chose it), bounded, since up to 20 are named. */
function describeFailure(result: CheckResult): string {
  return `${boundedText(reportedName(result.entry.name))} (${result.status === 'mismatch' ? `expected ${result.entry.algorithm}:${result.entry.hex}, found ${result.entry.algorithm}:${result.actual ?? '?'}` : result.outside === true ? 'unreadable: outside the base directory' : `${result.status}${result.reason === undefined ? '' : `: ${boundedText(result.reason)}`}`})`;
}



/**
 * Throws VERIFY_ARTIFACT_MISMATCH when any artifact failed or none was checked (`checksumsPath` as
 * {@link shownFile} shows it); `misnamed` is the hint when named files were looked for in the wrong place.
 * Files this machine could not read (`unreadable`, as {@link unreadableHere}) are told as such
 * (SIGSTORE_INPUT_UNREADABLE, exit 1) when nothing else failed: a permission is no sign of tampering.
 */
function failIfAny(checksumsPath: string, failures: number, names: readonly string[], checked: number, misnamed: string | undefined, unreadable: { count: number; names: readonly string[] }): void {
  if (failures > 0) {
    const all = [...names, ...unreadable.names];
    const total = failures + unreadable.count;
    const shown = all.slice(0, NAMED_FAILURES);
    const more = total > shown.length ? `; and ${total - shown.length} more` : '';
    throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `${counted(total, 'artifact')} ${total === 1 ? 'does' : 'do'} not match the signed ${checksumsPath}: ${shown.join('; ')}${more}`, {
      hint: misnamed ?? 'do not use these files: download them again from the release, and check that they belong to it',
    });
  }
  if (unreadable.count > 0) throw listedFilesUnreadable(checksumsPath, unreadable.count, unreadable.names.slice(0, NAMED_FAILURES), 'the user running trust-kit');
  if (checked === 0) {
    throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `no file listed in ${checksumsPath} was found, so no artifact was checked`, { hint: 'name the downloaded files, or pass --base DIR where they are' });
  }
}

/** `trust-kit verify-checksums`: verify a signed checksums file, then the downloaded artifacts against it. */
export const verifyChecksumsCommand: Command = {
  usage: 'trust-kit verify-checksums SHA256SUMS --bundle SHA256SUMS.sigstore.json <policy> [--base DIR] [FILE...]',
  help: `Verifies the checksums file's bundle exactly as verify-blob does, then checks each FILE
against the signed checksums (each must be listed). Without FILE, checks every listed file that is
present under --base (default: the checksums file's directory), like \`sha256sum -c --ignore-missing\`,
and names on standard error the listed files it did not find, which it did not check.

      --bundle FILE                      the checksums file's Sigstore bundle
      --base DIR                         directory the listed names are relative to

${VERIFY_HELP}

${VERIFY_EXIT_HELP}
5 the bundle is a DSSE attestation about other artifacts (VERIFY_SUBJECT_MISMATCH).`,
  options: { ...VERIFY_OPTIONS, base: { type: 'string' } },
  reportsFlagIssues: true,
  async run(args, context) {
    const [first, ...files] = args.positionals;
    const missing = first === undefined ? [{ input: 'argument SHA256SUMS', message: 'is required: the checksums file (e.g. SHA256SUMS)' }] : [];
    const output = outputFormat(args.values);
    await loadPatternsOf(args.values);
    const config = withEarlierIssues([...args.issues, ...missing, ...output.issues], () => verifyConfig(args.values, cliNamer()));
    const checksumsPath = first as string;
    const base = typeof args.values.base === 'string' ? args.values.base : undefined;
    // A wrong --base would make every listed file "missing" or "unreadable": a verification failure telling to distrust good files.
    if (base !== undefined) await requireNamedPaths([{ input: 'base', path: base, kind: 'directory' }], context.cwd, cliNamer());
    const [bundle, policy] = await Promise.all([readBundleFile(config.bundle, context.cwd), resolvePolicy(config.policy, context.cwd)]);
    const trust = await resolveTrust(config, context.cwd, bundle, trustSourcesFrom(context.env, stderrLogger(context.stderr)));
    // Named as it is when plain, quoted when its name (a download's, someone else's) holds control characters.
    const shown = shownFile(checksumsPath);
    if (output.json) {
      const outcome = await verifySignedChecksums({ checksumsPath, bundleJson: bundle, policy, trust, files, base, cwd: context.cwd, bundleShown: config.bundle });
      const artifacts = [
        ...outcome.results.map((result) => ({ name: result.entry.name, status: result.status, expected: `${result.entry.algorithm}:${result.entry.hex}`, ...(result.actual === undefined ? {} : { found: `${result.entry.algorithm}:${result.actual}` }), ...(result.outside === true ? { reason: 'outside the base directory' } : result.reason === undefined ? {} : { reason: result.reason }) })),
        ...outcome.unlisted.map((file) => ({ name: file, status: 'unlisted' })),
      ];
      context.stdout.write(`${jsonOutput({ checksums: checksumsPath, verified: outcome.signature, artifacts }, 2)}\n`);
      const failed = outcome.results.filter((result) => result.status !== 'ok' && !unreadableHere(result));
      const unreadable = outcome.results.filter(unreadableHere);
      const misnamed = failed.some((result) => result.status === 'missing') ? await misnamedFilesHint(files, base, context.cwd, checksumsPath, { origin: 'the working directory', base: '--base' }) : undefined;
      failIfAny(shown, failed.length + outcome.unlisted.length, [...failed.map(describeFailure), ...outcome.unlisted.map((file) => `${shownFile(file)} (not listed)`)], outcome.results.length, misnamed, { count: unreadable.length, names: unreadable.map(describeFailure) });
      return EXIT.OK;
    }
    const verified = await verifyChecksumsSignature({ checksumsPath, bundleJson: bundle, policy, trust, cwd: context.cwd, bundleShown: config.bundle });
    context.stdout.write(`Verified OK: ${shown}\n${describeVerified(verified.signature).join('\n')}\n`);
    // Streamed: each line is printed as it is checked, and only the first failures are kept for the error.
    const named: string[] = [];
    const unreadable: string[] = [];
    let unreadableCount = 0;
    const notFound: string[] = [];
    const ignoredNames = new Set<string>();
    const { counts, unlisted } = await checkVerifiedChecksums(verified, {
      files,
      base,
      cwd: context.cwd,
      onResult: (result) => {
        context.stdout.write(`${reportLine(result)}\n`);
        if (unreadableHere(result)) {
          unreadableCount += 1;
          if (unreadable.length < NAMED_FAILURES) unreadable.push(describeFailure(result));
        } else if (result.status !== 'ok' && named.length < NAMED_FAILURES) named.push(describeFailure(result));
      },
      onIgnored: (entry) => {
        if (notFound.length < NAMED_NOT_FOUND) notFound.push(boundedText(reportedName(entry.name)));
        if (ignoredNames.size < RENAMED_LOOKUP_BOUND) ignoredNames.add(entry.name.replace(/^\.\//, ''));
      },
    });
    for (const file of unlisted) context.stdout.write(`${shownFile(file)}: FAILED (not listed in ${shown})\n`);
    // As sha256sum -c --ignore-missing, a listed file that is not there is no failure; but a verifier says what it did not check.
    if (counts.ignored > 0 && counts.ok + counts.mismatch + counts.unreadable > 0) {
      const more = counts.ignored > notFound.length ? `, and ${counts.ignored - notFound.length} more` : '';
      context.stderr.write(`trust-kit: ${counted(counts.ignored, 'listed file')} ${counts.ignored === 1 ? 'was' : 'were'} not found in ${shownFile(base ?? dirname(checksumsPath))}, so ${counts.ignored === 1 ? 'it was' : 'they were'} not checked: ${notFound.join(', ')}${more} (name the files to check, or pass --base DIR where they are)\n`);
      for (const [file, listed] of await browserRenamed(resolve(context.cwd, base ?? dirname(checksumsPath)), ignoredNames)) {
        context.stderr.write(`trust-kit: ${shownFile(file)} was not checked: it looks like a second download of ${shownFile(listed)}, renamed by the browser; rename it to ${shownFile(listed)} and run again\n`);
      }
    }
    const failures = counts.mismatch + counts.missing + counts.unreadable - unreadableCount + unlisted.length;
    const misnamed = counts.missing > 0 ? await misnamedFilesHint(files, base, context.cwd, checksumsPath, { origin: 'the working directory', base: '--base' }) : undefined;
    failIfAny(shown, failures, [...named, ...unlisted.slice(0, NAMED_FAILURES).map((file) => `${shownFile(file)} (not listed)`)], counts.ok + failures + unreadableCount - unlisted.length, misnamed, { count: unreadableCount, names: unreadable });
    return EXIT.OK;
  },
};
