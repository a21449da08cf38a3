import * as core from '@actions/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { messageOf, reportOf, TrustKitError } from '../core/errors.js';
import { markdownBlock, markdownCode } from '../core/markdown.js';
import { pathInside } from '../core/paths.js';
import { addMaskCommand, withoutWorkflowCommands, type Logger, type SourcePlace } from '../core/logger.js';
import { printableLines } from '../core/quote.js';
import { redact, setMasker, type Environment } from '../secrets/index.js';
import { SECRET_INPUTS } from './secret-input.js';
import { failureText } from './summary.js';

export type { SourcePlace } from '../core/logger.js';

/** An annotation's properties for a place (the toolkit escapes them: a file name cannot end the command early). */
function annotationOf(place: SourcePlace): core.AnnotationProperties {
  return { file: place.file, ...(place.line === undefined ? {} : { startLine: place.line }) };
}

/** The runner-facing side of an action: outputs, masking, the job summary and the log. */
export interface ActionIO extends Logger {
  setOutput(name: string, value: string): void;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  /** Appends markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /** Fails the step with `message`; with a place (a path relative to the workspace), its error annotation is on that file and line. */
  setFailed(message: string, place?: SourcePlace): void;
}

/**
 * A message as the log shows it, the last guard as the CLI's printError is: messages quote what
 * others sent printable where they are made, but the runner keeps the raw log, which people read in
 * a terminal too, so every control character but the line feed becomes a space here (the runner
 * itself splits lines on CR as well). Secrets are redacted first, while their bytes still match.
 */
function shown(message: string): string {
  return printableLines(redact(message));
}

/** The {@link ActionIO} of a real run, over `@actions/core`. */
export const runnerIO: ActionIO = {
  setOutput: (name, value) => {
    try {
      core.setOutput(name, value);
    } catch (error) {
      // The toolkit throws a bare Error when the runner's GITHUB_OUTPUT file is missing (a harness that sets it, `act`): not a trust-kit bug.
      throw new TrustKitError('ACTION_OUTPUT_UNWRITABLE', `cannot set the step output ${name}: ${messageOf(error)}`, {
        cause: error,
        hint: 'GITHUB_OUTPUT names the file the runner gives each step for its outputs: leave it to the runner; outside GitHub Actions point it at a file that exists, or unset it',
      });
    }
  },
  setSecret: (value) => core.setSecret(value),
  appendSummary: async (markdown) => {
    // Redacted as the log is: a failed run's summary quotes its error, which may repeat a server's answer.
    await core.summary.addRaw(redact(markdown), true).write();
  },
  setFailed: (message, place) => {
    if (place === undefined) {
      core.setFailed(shown(message));
      return;
    }
    // What core.setFailed does, with the annotation's properties (the toolkit escapes them).
    process.exitCode = core.ExitCode.Failure;
    core.error(shown(message), annotationOf(place));
  },
  // core.info writes a message as it is (the other levels escape line breaks): it may quote text from elsewhere.
  info: (message) => core.info(withoutWorkflowCommands(shown(message))),
  warn: (message, place) => core.warning(shown(message), place === undefined ? {} : annotationOf(place)),
  debug: (message) => core.debug(shown(message)),
};

/**
 * Registers one form of a secret with the runner's log masker (see {@link addMaskCommand}); the
 * line is wiped once the stream has taken it.
 */
export function addMask(form: Uint8Array): void {
  const line = addMaskCommand(form);
  process.stdout.write(line, () => line.fill(0));
}

/**
 * The inputs with `name` set to the repository owner (GITHUB_REPOSITORY_OWNER) when the workflow
 * left it empty: the organisation that authors an SBOM, unless the workflow names another.
 */
export function ownerByDefault<T extends Readonly<Record<string, unknown>>>(inputs: T, name: string, env: Environment): T {
  const owner = env.GITHUB_REPOSITORY_OWNER;
  return inputs[name] === undefined && owner !== undefined && owner !== '' ? { ...inputs, [name]: owner } : inputs;
}

/**
 * Reads an action's inputs from the runner, the only place inputs are read: each name as
 * `core.getInput` sees it (`INPUT_<NAME>`, hyphens kept), unset inputs left out; the secret ones
 * ({@link SECRET_INPUTS}) stay in the environment for `secretInput`.
 */
export function readInputs(names: readonly string[]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const name of names) {
    if (SECRET_INPUTS.has(name)) continue;
    const value = core.getInput(name);
    if (value !== '') inputs[name] = value;
  }
  return inputs;
}

/**
 * Where GitHub shows an annotation of `place` (a path as the process reads it): the path relative
 * to the workspace, with `/`; undefined for a file outside it, which has no place on a commit.
 */
function workspacePlace(place: SourcePlace | undefined, workspace: string): SourcePlace | undefined {
  if (place === undefined) return undefined;
  const path = pathInside(workspace, resolve(place.file));
  if (path === undefined) return undefined;
  return { ...place, file: path.split(sep).join('/') };
}

/**
 * Runs an action's main function and turns any failure into `setFailed` with the error's code,
 * message and hint: the one try/catch of every entry point. A failure about a line of a file in
 * the `workspace` (GITHUB_WORKSPACE; default the working directory) is annotated on that file and
 * line. A failed run whose main wrote no job summary gets one saying what failed and why, since
 * many users read the summary, not the log. A glob of `subjectInput` that matches nothing is
 * reported where it is expanded, long after the inputs were read: its failure names the input, as
 * the inputs' own problems do.
 */
export async function runAction(main: (io: ActionIO) => Promise<void>, io: ActionIO, workspace: string | undefined = undefined, subjectInput: string | undefined = undefined): Promise<void> {
  // Every secret is masked in the log from intake on (and those already taken, at once).
  setMasker(io === runnerIO ? addMask : (form) => io.setSecret(Buffer.from(form).toString('utf8')));
  let summarised = false;
  const tracked: ActionIO = {
    ...io,
    // The summary is a report on the run, not its product: one that cannot be written (no
    // GITHUB_STEP_SUMMARY under a runner that has none) is a warning, never the step's failure.
    appendSummary: async (markdown) => {
      summarised = true;
      await io.appendSummary(markdown).catch((error: unknown) => io.warn(`could not write the job summary: ${messageOf(error)}`));
    },
  };
  try {
    await main(tracked);
  } catch (error) {
    const reported = reportOf(error);
    const report = subjectInput !== undefined && reported.code === 'CHECKSUMS_NO_MATCH' ? { ...reported, message: `input ${JSON.stringify(subjectInput)}: ${reported.message}` } : reported;
    const text = failureText(report);
    if (!summarised) {
      // A fenced block shows the text as it is (no link, no markup), its fence longer than any backtick run in it.
      await io.appendSummary([`### trust-kit failed: ${markdownCode(report.code)}`, '', ...markdownBlock('text', [text])].join('\n')).catch((summaryError: unknown) => io.warn(`could not write the job summary: ${messageOf(summaryError)}`));
    }
    io.setFailed(`${report.code}: ${text}`, workspacePlace(report.place, workspace === undefined || workspace === '' ? process.cwd() : workspace));
  }
}

/**
 * The most UTF-16 code units a list output (subjects, files, verified artifacts) may hold. GitHub
 * caps all of a job's outputs together at 1 MB, counted as UTF-16, and a job over it fails only as
 * it completes ("Maximum object size exceeded"), after everything was signed and published; this
 * leaves room for the job's other outputs.
 */
export const MAX_LIST_OUTPUT_UNITS = 400_000;

/**
 * Sets a list output as JSON, or, when it is too big to pass on as a job output, leaves it empty
 * (so that `fromJSON` fails loudly rather than reading no entries) and says where the list is instead.
 */
export function setListOutput(io: ActionIO, name: string, list: readonly unknown[], instead: string): void {
  const value = JSON.stringify(list);
  // A JavaScript string's length is its count of UTF-16 code units.
  if (value.length <= MAX_LIST_OUTPUT_UNITS) {
    io.setOutput(name, value);
    return;
  }
  io.setOutput(name, '');
  io.warn(`output "${name}" is left empty: its ${list.length} entries make ${value.length} UTF-16 characters, more than a job output carries (GitHub caps a job's outputs at 1 MB, counted in UTF-16, and fails the job as it ends); ${instead}`);
}

/**
 * Sets a list output one entry a line (paths, asset names), or, when it is too big to pass on as a
 * job output (see {@link MAX_LIST_OUTPUT_UNITS}), writes the entries one a line to a file of its own
 * in the runner's temporary directory (RUNNER_TEMP, emptied after the job) and sets the output to that file's absolute path,
 * with a warning: a step that takes each line for an entry then fails on the one it does not expect
 * (a `.txt` file, no bundle or asset), rather than reading none, and can read the file instead.
 */
export function setLinesOutput(io: ActionIO, name: string, lines: readonly string[], env: Environment): void {
  const value = lines.join('\n');
  if (value.length <= MAX_LIST_OUTPUT_UNITS) {
    io.setOutput(name, value);
    return;
  }
  // A directory of its own: a second step of the same action in the job keeps its own list.
  const dir = env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? tmpdir() : env.RUNNER_TEMP;
  const path = join(mkdtempSync(join(dir, 'trust-kit-output-')), `${name}.txt`);
  writeFileSync(path, `${value}\n`);
  io.setOutput(name, path);
  io.warn(`output "${name}" holds the path of a file listing its ${lines.length} entries, one per line (${path}), not the entries: they make ${value.length} UTF-16 characters, more than a job output carries (GitHub caps a job's outputs at 1 MB, counted in UTF-16, and fails the job as it ends); read the file, in this job`);
}
