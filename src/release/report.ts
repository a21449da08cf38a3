import { basename, relative } from 'node:path';
import type { ReleaseReport } from './index.js';
import type { GateReport } from './gate.js';
import type { ReleaseStepName } from './ports.js';

/** How each step is named when it fails. */
const STEP_NAMES: Record<ReleaseStepName, string> = {
  // The first step checks immutable-release as well (src/release/steps/output.ts): those errors say so themselves.
  output: 'checking the output directory, the release settings and the signing key',
  // Finding the files is the first half of hashing them, as users see it.
  collect: 'hashing the artifacts',
  'asset-names': 'checking the artifacts can be GitHub release assets',
  'release-tag': 'checking the release tag names the commit built',
  hash: 'hashing the artifacts',
  'published-release': 'looking at the published GitHub release',
  sbom: 'making the SBOMs',
  // Opening the session (the identity token, the key) is the first half of signing, as users see it.
  'signing-session': 'signing the checksums file',
  'verification-kit': 'writing the verification kit',
  checksums: 'writing the checksums file',
  sign: 'signing the checksums file',
  bundles: 'signing each artifact',
  attest: 'attesting the artifacts',
  'resolve-images': 'resolving the images',
  images: 'signing the images',
  'audit-log': 'writing the signing audit log',
  'close-session': 'closing the signing session',
  instructions: 'writing VERIFY.md',
  publish: 'moving the files into the output directory',
  downgrade: 'comparing the release with the previous one',
  'github-draft': 'uploading to the draft GitHub release',
  gate: 'verifying the draft GitHub release before publishing it',
  'github-publish': 'publishing the GitHub release',
};

/** The facts about a run, as both surfaces state them: the job summary and the CLI's stderr. */
export interface ReleaseFacts {
  /** The output directory, relative to the working directory. */
  outputDir: string | undefined;
  /** The file names in the output directory, in the order they were made. */
  produced: string[];
  /** What failed and why; undefined when the run succeeded. */
  failure: { step: string; code: string; message: string; hint: string | undefined } | undefined;
  /** What the run did not make because it failed first, e.g. `the signature`, `VERIFY.md`. */
  missing: string[];
  /** What the gate before publishing checked and ran, with its verdicts; undefined when it did not run. */
  gate?: GateReport | undefined;
  /** The images a failed run signed before it failed (by digest): their signatures are in the registry. */
  imagesSigned?: string[] | undefined;
  /** The draft GitHub release a failed run left with what it uploaded, which a re-run reuses. */
  draftLeft?: { tag: string; id: number } | undefined;
}

/** What becomes of the draft a failed run left, as both surfaces say it. */
export const DRAFT_LEFT_TEXT = 'is kept with what was uploaded to it: a re-run of the job reuses it, uploading only what it lacks and replacing the files of a failed run of its own (never an asset trust-kit did not upload); nothing was published. Delete the draft on GitHub to start over';

/** What a run produced, what failed and why, and what it therefore did not make. */
export function releaseFacts(report: ReleaseReport, cwd: string): ReleaseFacts {
  const failed = report.failed;
  const missing: string[] = [];
  // Moving the files into place failed: they were all made, and the error says where they are kept.
  if (failed !== undefined && failed.step !== 'publish') {
    // Files made in the staging directory count only once they are in the output directory.
    const published = report.produced.length > 0;
    if (report.checksumsPath === undefined || !published) missing.push('the checksums file');
    if (report.wanted.sbom && (report.sbom === undefined || !published)) missing.push('the SBOMs');
    if (report.wanted.sign && ((report.signature === undefined && report.signatureSkipped === undefined) || !published)) missing.push('the signature');
    if (report.wanted.artifactBundles && (report.artifactBundles === undefined || !published)) missing.push("the artifacts' bundles");
    if (report.wanted.images && report.signatureSkipped === undefined) {
      if (report.images === undefined) missing.push("the images' signatures");
      else if (failed.step === 'images') missing.push("the other images' signatures");
    }
    if (report.wanted.auditLog && (report.auditLog === undefined || !published)) missing.push('the audit log');
    if (report.wanted.instructions && (report.instructionsPath === undefined || !published)) missing.push('VERIFY.md');
  }
  return {
    outputDir: report.outputDir === undefined ? undefined : relative(cwd, report.outputDir) || '.',
    produced: report.produced.map((path) => basename(path)),
    // The first step also makes the staging directory beside the output directory: its failure is not one of hashing.
    failure: failed === undefined ? undefined : { step: failed.step === 'collect' && failed.error.code.startsWith('RELEASE_OUTPUT_') ? 'preparing the output directory' : STEP_NAMES[failed.step], ...failed.error },
    missing,
    gate: report.gate,
    imagesSigned: failed === undefined || report.images === undefined || report.images.length === 0 ? undefined : report.images,
    draftLeft: report.draftLeft,
  };
}

/** The lines the CLI prints to stderr after a failed run (the error itself follows them). */
export function failedRunText(facts: ReleaseFacts): string {
  if (facts.failure === undefined) return '';
  const where = facts.outputDir ?? 'the output directory';
  const lines = [`trust-kit: release failed while ${facts.failure.step}`];
  lines.push(facts.produced.length === 0 ? `  nothing was written; ${where} is as it was` : `  written to ${where} (this run's files only): ${facts.produced.join(', ')}`);
  if (facts.imagesSigned !== undefined) lines.push(`  signed before the failure (in the registry): ${facts.imagesSigned.join(', ')}`);
  if (facts.missing.length > 0) lines.push(`  not made: ${facts.missing.join(', ')}`);
  if (facts.draftLeft !== undefined) lines.push(`  the draft GitHub release ${facts.draftLeft.tag} (id ${facts.draftLeft.id}) ${DRAFT_LEFT_TEXT}`);
  for (const outcome of [...(facts.gate?.checks ?? []), ...(facts.gate?.commands ?? [])]) if (outcome.verdict !== 'passed') lines.push(`  gate: ${outcome.verdict}: ${outcome.what}: ${outcome.detail}`);
  return `${lines.join('\n')}\n`;
}
