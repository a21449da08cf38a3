import type { Artifact } from '../checksums/hash.js';
import { markdownBlock, markdownCode, markdownText } from '../core/markdown.js';
import { oneLineCopyName, ROOTS_DIRECTORY } from '../instructions/verify.js';
import type { GateReport, ReleaseFacts } from '../release/index.js';
import { DRAFT_LEFT_TEXT } from '../release/report.js';
import { redact } from '../secrets/index.js';

/** Formats a byte count for people: `1.5 MiB`. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit] ?? ''}`;
}

/** Text for the summary, shown as it is (no link, image, HTML or line break), in a paragraph or a table cell. */
export function cell(text: string): string {
  return markdownText(text);
}

/** Text as a code span of the summary, outside tables: a name, a path, an image reference, shown exactly. */
export function code(text: string): string {
  return markdownCode(text);
}

/** Text as a code span in a table cell of the summary. */
export function codeCell(text: string): string {
  return markdownCode(text, { inTable: true });
}

/** Shell commands as a fenced block of the summary, its fence longer than any backtick run in them (a quoted name may hold one). */
export function shellBlock(commands: readonly string[]): string[] {
  return markdownBlock('sh', commands);
}

/** A private deployment's trusted root as a summary's verification commands read it (see {@link operatorTrustedRoot}). */
export interface OperatorTrustedRoot {
  /** The root's path in {@link ROOTS_DIRECTORY}. */
  file: string;
  /** Its copy on one line for gh, which reads JSON lines (the file itself when it is one). */
  ghFile: string;
  /** The line that makes {@link ROOTS_DIRECTORY}, first in the commands. */
  makeDirectory: string;
  /** The sentence before the commands: where the root comes from. */
  note: string;
}

/**
 * The run's trusted root (a private deployment's) as users verifying a download name it: the file of
 * its name in {@link ROOTS_DIRECTORY}, got from the deployment's operator, never the path the run read
 * it from. A download directory may hold a release asset of that name, which whoever can replace the
 * files can replace with their own CA's root, certifying the very same identity; no asset can be in
 * that directory. gh's one-line copy goes there too: beside the files, it took the name of the
 * release's own verification-kit asset.
 */
export function operatorTrustedRoot(trustedRoot: string): OperatorTrustedRoot {
  const name = trustedRoot.split(/[\\/]/).at(-1) ?? trustedRoot;
  const file = `${ROOTS_DIRECTORY}/${name}`;
  return {
    file,
    ghFile: name.endsWith('.jsonl') ? file : `${ROOTS_DIRECTORY}/${oneLineCopyName(name)}`,
    makeDirectory: `mkdir -p ${ROOTS_DIRECTORY}`,
    note: `The commands check against the private deployment's trusted root, ${code(name)}: get it from the deployment's operator, not from the download, and put it in the directory ${code(ROOTS_DIRECTORY)} (which the first line makes), never among the files, where a file of that name could stand in for it.`,
  };
}

/**
 * GitHub drops a step's whole job summary, with an error, when it passes 1 MiB. The rows of one
 * table are cut at this many (a row of a 255-character name and a SHA-512 stays under 700 bytes),
 * so that a summary of thousands of artifacts still shows, with the counts and where the rest are.
 */
export const MAX_SUMMARY_ROWS = 500;
/** The bytes a release's job summary may take before the verification instructions in it: GitHub's 1 MiB with room to spare. */
export const SUMMARY_BUDGET_BYTES = 960 * 1024;

/** At most `max` of `items`, then one `more(count)` for the rest. */
export function capped(items: readonly string[], max: number, more: (count: number) => string): string[] {
  return items.length <= max ? [...items] : [...items.slice(0, max), more(items.length - max)];
}

/** The job-summary table of hashed artifacts: name, size and digest; the checksums file named by `listedIn` holds the rows past {@link MAX_SUMMARY_ROWS}. */
export function artifactsTable(artifacts: readonly Artifact[], algorithm: string, listedIn = `${algorithm.toUpperCase()}SUMS`): string {
  const rows = artifacts.map((artifact) => `| ${cell(artifact.name)} | ${formatSize(artifact.size)} | ${codeCell(artifact.hex)} |`);
  return [`| Artifact | Size | ${algorithm.toUpperCase()} |`, '| --- | ---: | --- |', ...capped(rows, MAX_SUMMARY_ROWS, (count) => `| and ${count} more artifacts: ${cell(listedIn)} lists every one | | |`)].join('\n');
}

/** What a failure says, hint included, with every live secret redacted: for a job summary and `setFailed` alike. */
export function failureText(failure: { message: string; hint?: string | undefined }): string {
  return redact(`${failure.message}${failure.hint === undefined ? '' : `\nhint: ${failure.hint}`}`);
}

/**
 * The job-summary lines of a failed release: what failed and why, what the output directory now
 * holds (this run's files only), and what the run did not make.
 */
export function failedReleaseLines(facts: ReleaseFacts): string[] {
  if (facts.failure === undefined) return [];
  const { failure } = facts;
  const text = failureText(failure);
  // A fenced block keeps a multi-line hint (a YAML snippet) as written; its fence is longer than any backtick run in it.
  const lines = [`**Failed** while ${cell(failure.step)}: ${code(failure.code)}`, '', ...markdownBlock('text', [text])];
  const where = facts.outputDir === undefined ? 'the output directory' : code(facts.outputDir);
  if (facts.produced.length > 0) lines.push(`Written to ${where} (this run's files only): ${capped(facts.produced.map(code), MAX_SUMMARY_ROWS, (count) => `and ${count} more`).join(', ')}`, '');
  else lines.push(facts.outputDir === undefined ? 'Nothing was written.' : `Nothing was written; ${where} is as it was.`, '');
  if (facts.imagesSigned !== undefined) lines.push(`Images signed before the failure (their signatures are in the registry): ${capped(facts.imagesSigned.map(code), MAX_SUMMARY_ROWS, (count) => `and ${count} more`).join(', ')}`, '');
  if (facts.missing.length > 0) lines.push(`Not made: ${facts.missing.join(', ')}`, '');
  if (facts.draftLeft !== undefined) lines.push(`The draft GitHub release ${code(facts.draftLeft.tag)} (id ${facts.draftLeft.id}) ${DRAFT_LEFT_TEXT}.`, '');
  if (facts.gate !== undefined) lines.push(...gateLines(facts.gate));
  return lines;
}

/** What the gate before publishing checked in-process and which of VERIFY.md's commands it ran, each with its verdict and why. */
export function gateLines(gate: GateReport): string[] {
  const row = (outcome: GateReport['checks'][number], asCode: boolean): string => `| ${outcome.verdict} | ${asCode ? codeCell(outcome.what) : cell(outcome.what)} | ${cell(redact(outcome.detail))} |`;
  const counts = (['passed', 'failed', 'not run'] as const).map((verdict) => `${[...gate.checks, ...gate.commands].filter((outcome) => outcome.verdict === verdict).length} ${verdict}`).join(', ');
  const rows = [...gate.checks.map((outcome) => row(outcome, false)), ...gate.commands.map((outcome) => row(outcome, true))];
  return [`Gate before publishing (the draft's assets downloaded back from GitHub): ${counts}`, '', '| Verdict | Check or command | Why |', '| --- | --- | --- |', ...capped(rows, MAX_SUMMARY_ROWS, (count) => `| | and ${count} more | the step's log lists every one |`), ''];
}
