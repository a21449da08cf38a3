import { basename } from 'node:path';
import { DIGEST_ALGORITHMS, type DigestAlgorithm } from '../core/digest.js';
import { InputReader, type InputNamer, type RawInputs } from './inputs.js';
import { quoted } from '../core/quote.js';

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

/**
 * The algorithm a checksums file's name says, as coreutils and release tooling name them: `SHA256SUMS`
 * (any case, any suffix: `SHA256SUMS.txt`), `B2SUMS`, or an extension (`checksums.sha512`).
 */
function algorithmNamed(name: string): string | undefined {
  const sums = /^(md5|sha1|sha224|sha256|sha384|sha512|b2)sums\b/i.exec(name)?.[1];
  if (sums !== undefined) return sums.toLowerCase();
  return /\.(md5|sha1|sha224|sha256|sha384|sha512)$/i.exec(name)?.[1]?.toLowerCase();
}

/**
 * Validates checksums inputs (`subject-path`, `algorithm`, `output`, `base`), reporting all problems
 * at once. An output named SHA256SUMS or SHA512SUMS (any case, any suffix) says the algorithm when
 * `algorithm` is not given, and must not contradict one that is; one named for another algorithm is refused.
 */
export function checksumsConfig(raw: RawInputs, nameOf: InputNamer, defaults: { base: string }): ChecksumsConfig {
  const reader = new InputReader(raw, nameOf);
  const subjects = reader.list('subject-path');
  if (subjects.length === 0) reader.report('subject-path', 'names no file, directory or glob; give at least one');
  const output = reader.string('output');
  const namedFor = output === undefined ? undefined : algorithmNamed(basename(output));
  const named = namedFor !== undefined && (DIGEST_ALGORITHMS as readonly string[]).includes(namedFor) ? (namedFor as DigestAlgorithm) : undefined;
  if (output !== undefined && namedFor !== undefined && named === undefined) {
    reader.report('output', `${quoted(output)} is the name of ${namedFor} checksums, which trust-kit does not make (sha256sum -c and the like would find no line of theirs); name it SHA256SUMS or SHA512SUMS`);
  }
  const given = reader.string('algorithm');
  const algorithm = reader.choice('algorithm', DIGEST_ALGORITHMS, named ?? 'sha256');
  if (named !== undefined && given !== undefined && (DIGEST_ALGORITHMS as readonly string[]).includes(given.toLowerCase()) && algorithm !== named) {
    reader.report('output', `${quoted(output ?? '')} is the name of ${named} checksums, but ${nameOf('algorithm')} is ${given}; name it ${given.toUpperCase()}SUMS, or leave ${nameOf('algorithm')} out`);
  }
  const config: ChecksumsConfig = {
    subjects,
    algorithm,
    output,
    base: reader.string('base', defaults.base) ?? defaults.base,
  };
  reader.finish();
  return config;
}
