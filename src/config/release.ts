import { DIGEST_ALGORITHMS, type DigestAlgorithm } from '../core/digest.js';
import { InputReader, type InputNamer, type RawInputs } from './inputs.js';

/** What one release run produces, validated; grows a field per capability (SBOM, signing, ...). */
export interface ReleaseConfig {
  /** Files, directories or globs naming the release artifacts. */
  subjects: string[];
  algorithm: DigestAlgorithm;
  /** The directory artifact names are relative to. */
  base: string;
  /** Where the checksums file and everything else trust-kit makes are written. */
  outputDir: string;
}

/** Validates release inputs, reporting every problem at once. */
export function releaseConfig(raw: RawInputs, nameOf: InputNamer, defaults: { base: string; outputDir: string }): ReleaseConfig {
  const reader = new InputReader(raw, nameOf);
  const subjects = reader.list('subject-path');
  if (subjects.length === 0) reader.report('subject-path', 'names no file, directory or glob; give at least one');
  const config: ReleaseConfig = {
    subjects,
    algorithm: reader.choice('algorithm', DIGEST_ALGORITHMS, 'sha256'),
    base: reader.string('base', defaults.base) ?? defaults.base,
    outputDir: reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir,
  };
  reader.finish();
  return config;
}
