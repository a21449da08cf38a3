import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { clockFromSourceDateEpoch } from '../../core/clock.js';
import { actionInputName, type RawInputs } from '../../config/inputs.js';
import { instructionsAsSection } from '../../instructions/verify.js';
import { releaseConfig, type ReleaseConfig } from '../../config/release.js';
import { releasePaths, requireNamedPaths } from '../../config/paths.js';
import { reportOf } from '../../core/errors.js';
import { emptyReleaseReport, releaseFacts, runRelease, type ReleaseFacts, type ReleaseResult, type ReleaseStep } from '../../release/index.js';
import type { Environment } from '../../secrets/index.js';
import type { ActionIO } from '../io.js';
import { artifactsTable, cell, failedReleaseLines } from '../summary.js';

/** The inputs the root release action reads; stable across versions, documented in action.yml. */
export const RELEASE_INPUTS = [
  'subject-path',
  'algorithm',
  'base',
  'output-dir',
  'sbom-format',
  'sbom-path',
  'sbom-exclude',
  'sbom-default-excludes',
  'include-dev',
  'strict',
  'force',
  'sign',
  'attest',
  'immutable-release',
  'instance',
  'key',
  'on-missing-token',
  'trusted-root',
  'fulcio-url',
  'rekor-url',
  'rekor-version',
  'tsa-url',
  'signing-config',
] as const;

/** A failed run still says in the job summary what it produced, what failed and why. */
async function writeFailedSummary(io: ActionIO, facts: ReleaseFacts, artifacts?: string): Promise<void> {
  const lines = ['### trust-kit release', '', ...failedReleaseLines(facts), ...(artifacts === undefined ? [] : [artifacts, ''])];
  await io.appendSummary(lines.join('\n')).catch((error: unknown) => io.warn(`could not write the job summary: ${String(error)}`));
}

/** The root action: the whole release pipeline in one step. */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string, env: Environment): Promise<void> {
  let config: ReleaseConfig;
  try {
    config = releaseConfig(inputs, actionInputName, { base: '.', outputDir: 'trust-kit-out', ephemeralKeyWithoutToken: false });
    await requireNamedPaths(releasePaths(config), cwd, actionInputName);
  } catch (error) {
    await writeFailedSummary(io, { outputDir: undefined, produced: [], failure: { step: 'reading the inputs', ...reportOf(error) }, missing: [] });
    throw error;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  io.setOutput('output-dir', config.outputDir);
  // Outputs are set for each step's files once they are in the output directory, also when a later
  // step such as signing failed: the steps after this one still get the checksums and SBOMs.
  const onStep = (step: ReleaseStep): void => {
    if (step.step === 'checksums') {
      io.setOutput('checksums-path', step.checksumsPath);
      io.setOutput('subjects', JSON.stringify(step.subjects));
    } else {
      io.setOutput('sbom-paths', step.paths.map((path) => relative(cwd, path)).join('\n'));
    }
  };
  const report = emptyReleaseReport();
  let result: ReleaseResult;
  try {
    result = await runRelease(config, { cwd, env, logger: io, onStep, ...(epoch === undefined || epoch === '' ? {} : { clock: clockFromSourceDateEpoch(epoch) }) }, report);
  } catch (error) {
    await writeFailedSummary(io, releaseFacts(report, cwd), report.artifacts === undefined ? undefined : artifactsTable(report.artifacts, config.algorithm));
    throw error;
  }
  if (result.sbom === undefined) io.setOutput('sbom-paths', '');
  io.setOutput('bundle-path', result.signature === undefined ? '' : relative(cwd, result.signature.bundlePath));
  io.setOutput('attestations-path', result.attestations === undefined ? '' : relative(cwd, result.attestations.path));
  io.setOutput('verify-path', relative(cwd, result.instructionsPath));
  const lines = ['### trust-kit release', '', artifactsTable(result.artifacts, config.algorithm), ''];
  if (result.sbom !== undefined) lines.push(`SBOMs (listed in \`${cell(basename(result.checksumsPath))}\`${result.signature === undefined ? '' : ', so the signature covers them'}): ${result.sbom.paths.map((path) => `\`${cell(basename(path))}\``).join(', ')}`, '');
  if (result.signature !== undefined) lines.push(`\`${basename(result.checksumsPath)}\` signed with ${cell(result.signature.description)}: \`${cell(basename(result.signature.bundlePath))}\``, '');
  if (result.signatureSkipped !== undefined) lines.push(`Not signed: ${cell(result.signatureSkipped)}`, '');
  lines.push(`Verification instructions: \`${cell(relative(cwd, result.instructionsPath))}\`, as follows:`, '');
  // The same text as VERIFY.md (and the release notes the reusable workflow makes of it), under the summary's heading.
  lines.push(instructionsAsSection(await readFile(result.instructionsPath, 'utf8'), 3), '');
  await io.appendSummary(lines.join('\n'));
}
