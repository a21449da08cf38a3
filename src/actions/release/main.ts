import { actionInputName, type RawInputs } from '../../config/inputs.js';
import { releaseConfig } from '../../config/release.js';
import { runRelease } from '../../release/index.js';
import type { ActionIO } from '../io.js';
import { artifactsTable } from '../summary.js';

/** The inputs the root release action reads; stable across versions, documented in action.yml. */
export const RELEASE_INPUTS = ['subject-path', 'algorithm', 'base', 'output-dir'] as const;

/** The root action: the whole release pipeline in one step. */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string): Promise<void> {
  const config = releaseConfig(inputs, actionInputName, { base: '.', outputDir: 'trust-kit-out' });
  const result = await runRelease(config, { cwd, logger: io });
  io.setOutput('checksums-path', result.checksumsPath);
  io.setOutput('subjects', JSON.stringify(result.subjects));
  io.setOutput('output-dir', config.outputDir);
  await io.appendSummary(`### trust-kit release\n\n${artifactsTable(result.checksums.artifacts, config.algorithm)}\n`);
}
