import { DIGEST_ALGORITHMS, type DigestAlgorithm } from '../core/digest.js';
import { InputReader, type InputNamer, type RawInputs } from './inputs.js';

/** What `trust-kit checksums` and the checksums action do, validated. */
export interface ChecksumsConfig {
  /** Files, directories or globs naming the release artifacts. */
  subjects: string[];
  algorithm: DigestAlgorithm;
  /** Where the checksums file goes; undefined prints it. */
  output: string | undefined;
  /** The directory names in the checksums file are relative to. */
  base: string;
}

/** Validates checksums inputs (`subject-path`, `algorithm`, `output`, `base`), reporting all problems at once. */
export function checksumsConfig(raw: RawInputs, nameOf: InputNamer, defaults: { base: string }): ChecksumsConfig {
  const reader = new InputReader(raw, nameOf);
  const subjects = reader.list('subject-path');
  if (subjects.length === 0) reader.report('subject-path', 'names no file, directory or glob; give at least one');
  const config: ChecksumsConfig = {
    subjects,
    algorithm: reader.choice('algorithm', DIGEST_ALGORITHMS, 'sha256'),
    output: reader.string('output'),
    base: reader.string('base', defaults.base) ?? defaults.base,
  };
  reader.finish();
  return config;
}
