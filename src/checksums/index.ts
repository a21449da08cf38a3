import { readFile, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ChecksumsConfig } from '../config/checksums.js';
import { hexLength, type DigestAlgorithm, type DigestSet } from '../core/digest.js';
import { BUNDLE_SUFFIX, INPUT_LIMITS, readRegularFileHeadSync, writeFileAtomic } from '../core/files.js';
import { findArtifacts, listingOrder, type ArtifactFile, type LeftoverFile } from './collect.js';
import { checkArrayArgument, checkEntries, checkOptionsArgument, ChecksumsError, shownPath } from './errors.js';
import { typeName } from '../core/quote.js';
import { checksumLine, parseChecksumLine } from './format.js';
import { HashPool, type FileHashes } from './pool.js';
import { MANY_FILES, checkAlgorithms, defaultHashThreads, checkConcurrency, hashFiles, outcomeAt, worthThreads, type Artifact, type HashOptions } from './hash.js';

export * from './check.js';
export * from './collect.js';
export * from './errors.js';
export * from './format.js';
export * from './hash.js';
export { FileHashes, HashPool, type CallerHelp, type FileAnswer } from './pool.js';

/** An in-toto resource descriptor naming one artifact by digest: the subject of attestations. */
export interface Subject {
  name: string;
  digest: DigestSet;
}

/** What {@link createChecksums} made. */
export interface ChecksumsResult {
  artifacts: Artifact[];
  /** How many artifacts it lists: `artifacts.length`, without making an object a file. */
  count: number;
  /** The checksums file's content. */
  text: string;
  /** Where it was written, absolute; undefined when no output was asked for. */
  outputPath: string | undefined;
}

/** Whether a file begins as a checksums file does (a line {@link parseChecksumLine} reads as a checksum), or is empty: what an output may replace. */
function holdsChecksums(path: string): boolean {
  let head: Buffer;
  try {
    head = readRegularFileHeadSync(path, INPUT_LIMITS.checksumsLine, { what: 'checksums file' });
  } catch {
    // Not readable as a regular file: the write names what is wrong with it.
    return true;
  }
  if (head.length === 0) return true;
  try {
    return parseChecksumLine(head.toString('utf8').split('\n')[0] ?? '', 1, path) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Removes the bundle of an earlier checksums file at `outputPath` (`<output>.sigstore.json`) that the
 * new `text` replaces with other contents, before it does: beside the new file it would look like its
 * signature, and `verify-checksums` would say the release was tampered with. Kept when the contents
 * are the same, which it still signs. Told to `leftover` when removed.
 */
async function removeStaleSignature(outputPath: string, text: string, leftover: ((file: LeftoverFile) => void) | undefined): Promise<void> {
  const bundle = `${outputPath}${BUNDLE_SUFFIX}`;
  const present = await stat(bundle).then((info) => info.isFile(), () => false);
  if (!present) return;
  const earlier = await stat(outputPath).then((info) => (info.isFile() && info.size === Buffer.byteLength(text) ? readFile(outputPath, 'utf8') : undefined), () => undefined);
  if (earlier === text) return;
  await rm(bundle, { force: true });
  leftover?.({ path: bundle, kind: 'signature of the replaced output' });
}

/** Options of {@link createChecksums}. */
export interface CreateChecksumsOptions extends HashOptions {
  /**
   * Threads started ahead ({@link HashPool.start}, by the CLI's entry) that the run takes over: it
   * hashes on them when there are many files, and ends them as soon as it has hashed.
   */
  threadsStartedAhead?: HashPool;
  /** Told of each of trust-kit's own files a killed run left among the artifacts, which are not listed (see {@link CollectOptions.leftover}). */
  leftover?: (file: LeftoverFile) => void;
}

/**
 * Hashes the configured artifacts and writes the checksums file atomically (it never exists half
 * written); the checksums file itself is never listed in it. Once the walk has found many files,
 * the hashing threads start while it goes on (unless started ahead), so that starting them costs no
 * time of its own; this thread, which has nothing else to do, hashes beside them (one thread fewer
 * to start).
 */
export async function createChecksums(config: ChecksumsConfig, cwd: string, createOptions: CreateChecksumsOptions = {}): Promise<ChecksumsResult> {
  const { threadsStartedAhead, leftover, ...options } = createOptions;
  if (typeof config !== 'object' || config === null) throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${typeName(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
  checkOptionsArgument("createChecksums's config", config, { output: 'string' });
  checkOptionsArgument("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
  checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
  checkConcurrency(options.concurrency);
  const outputPath = config.output === undefined ? undefined : resolve(cwd, config.output);
  const concurrency = options.concurrency ?? defaultHashThreads();
  let early = threadsStartedAhead;
  const progress =
    options.workers === undefined && early === undefined && concurrency >= 2
      ? (found: number): void => {
          if (found >= MANY_FILES) early ??= HashPool.start(concurrency - 1);
        }
      : undefined;
  let hashed: HashedListing;
  let ending: Promise<void> | undefined;
  try {
    let outputFound = false;
    const found = await findArtifacts(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${BUNDLE_SUFFIX}`], onExcluded: (path) => void (outputFound ||= path === outputPath), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
    // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
    // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
    // and leave out of the list.
    if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
      throw new ChecksumsError('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${shownPath(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
        hint: 'write the checksums to a new file (or an earlier checksums file), or leave that file out of the subjects',
      });
    }
    // Threads started ahead for what turned out to be a few small files end now, while those are hashed here: ending
    // one still starting takes as long as its start may have left, and exiting waits for it.
    if (early !== undefined && found.length < MANY_FILES && !(await worthThreads(found))) {
      ending = early.close();
      early = undefined;
    }
    // The threads hash the files in the order found while this thread sorts them (it helps once it has).
    const hashing = hashFiles(found, config.algorithm, { callerHelps: true, ...options, workers: options.workers ?? early });
    let order: number[];
    try {
      order = listingOrder(found);
    } catch (error) {
      // Its failure, once the threads are ended, is this one's consequence.
      hashing.catch(() => undefined);
      throw error;
    }
    hashed = { found, hashes: await hashing, order };
    throwFirstFailure(hashed);
  } catch (error) {
    await Promise.all([early?.close(), ending]);
    throw error;
  }
  // The threads end while the checksums are formatted and written: ending one takes a turn of the other core.
  const closing = Promise.all([early?.close(), ending]);
  try {
    const text = checksumsText(hashed, config.algorithm);
    if (outputPath !== undefined) {
      await removeStaleSignature(outputPath, text, leftover);
      await writeFileAtomic(outputPath, text);
    }
    let artifacts: Artifact[] | undefined;
    return {
      // Made when asked for: the CLI, which prints the text, never makes an object a file.
      get artifacts(): Artifact[] {
        artifacts ??= hashed.order.map((index) => outcomeAt(hashed.found[index] as ArtifactFile, hashed.hashes, index) as Artifact);
        return artifacts;
      },
      count: hashed.order.length,
      text,
      outputPath,
    };
  } finally {
    await closing;
  }
}

/** Bytes made into one string at most: V8's strings hold up to 2^29 - 24 one-byte characters. */
const ONE_STRING_BYTES = 2 ** 28;

/** The files a walk found, what hashing them gave by index, and the order they are listed in (see listingOrder). */
export interface HashedListing {
  found: readonly ArtifactFile[];
  hashes: FileHashes;
  order: readonly number[];
}

/** Fails with the first file, in listing order, that could not be read. */
function throwFirstFailure({ found, hashes, order }: HashedListing): void {
  if (hashes.failures.size === 0) return;
  const index = order.find((at) => hashes.failures.has(at)) ?? -1;
  const outcome = outcomeAt(found[index] as ArtifactFile, hashes, index);
  if ('error' in outcome) throw outcome.error;
}

/**
 * The checksums file listing the files at `order`'s indexes, in that order, with their `algorithm`
 * digests (each file's first), made straight from the hashes' columns: no object a file.
 */
export function checksumsText({ found, hashes, order }: HashedListing, algorithm: DigestAlgorithm): string {
  const { stride } = hashes;
  const length = hexLength(algorithm);
  // One string of every digest, cut per line without copying (a call into the buffer per line cost twice as much),
  // unless there are more than a string may hold (millions of files with two algorithms).
  const hex = hashes.hex.length <= ONE_STRING_BYTES ? hashes.hex.toString('latin1') : undefined;
  const lines = new Array<string>(order.length);
  for (let line = 0; line < order.length; line++) {
    const index = order[line] as number;
    const start = index * stride;
    lines[line] = checksumLine((found[index] as ArtifactFile).name, hex === undefined ? hashes.hex.toString('latin1', start, start + length) : hex.substring(start, start + length));
  }
  return lines.join('');
}

/**
 * The artifacts as in-toto subjects, in their order, each by its `algorithm` digest: one the
 * artifacts were hashed with (CHECKSUMS_ALGORITHM_UNSUPPORTED for another, whose name a digest of
 * another algorithm would have been filed under).
 */
export function toSubjects(artifacts: readonly Artifact[], algorithm: keyof DigestSet): Subject[] {
  checkArrayArgument("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
  checkEntries("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
  checkAlgorithms([algorithm]);
  return artifacts.map((artifact) => {
    const hex = artifact.digests[algorithm];
    if (hex === undefined) {
      throw new ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
        hint: `hash the artifacts with ${algorithm} (hashArtifacts(files, '${algorithm}'), or { also: ['${algorithm}'] })`,
      });
    }
    return { name: artifact.name, digest: { [algorithm]: hex } };
  });
}
