import { createChecksums, toSubjects } from '../../checksums/index.js';
import { checksumsConfig } from '../../config/checksums.js';
import { actionInputName, type RawInputs } from '../../config/inputs.js';
import { requireNamedPaths, subjectPaths } from '../../config/paths.js';
import { counted } from '../../core/plural.js';
import { setListOutput, type ActionIO } from '../io.js';
import { artifactsTable, code } from '../summary.js';

/** The inputs the checksums action reads. */
export const CHECKSUMS_INPUTS = ['subject-path', 'algorithm', 'output', 'base'] as const;

/** The checksums action: hash the artifacts, write the checksums file, set outputs and the summary. */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string): Promise<void> {
  const config = checksumsConfig(inputs, actionInputName, { base: '.' });
  // Named as an input, not as a file the hashing did not find.
  await requireNamedPaths(
    [{ input: 'base', path: config.base, kind: 'directory' }, ...subjectPaths('subject-path', config.subjects), ...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' as const }])],
    cwd,
    actionInputName,
  );
  const output = config.output ?? `${config.algorithm.toUpperCase()}SUMS`;
  const result = await createChecksums({ ...config, output }, cwd);
  io.info(`wrote ${counted(result.count, `${config.algorithm} checksum`)} to ${output}`);
  io.setOutput('checksums-path', result.outputPath ?? output);
  setListOutput(io, 'subjects', toSubjects(result.artifacts, config.algorithm), 'read the checksums file (output checksums-path), which lists every artifact');
  await io.appendSummary(`### Checksums\n\n${artifactsTable(result.artifacts, config.algorithm, output)}\n\nChecksums file: ${code(output)}\n`);
}
