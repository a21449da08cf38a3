import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Artifact, ArtifactFile as CollectedFile } from '../checksums/index.js';
import { dateProblem, epochSecondsDate, systemClock, type Clock } from '../core/clock.js';
import { printable } from '../core/logger.js';
import { boundedText, quoted, typeName } from '../core/quote.js';
import { VERSION } from '../core/version.js';
import { childEnvironment } from '../secrets/environment.js';
import { catalogDirectory, type LockfileSummary } from './catalog.js';
import { SbomError } from './errors.js';
import { encoderFor } from './formats/index.js';
import type { ArtifactFile, Sbom } from './model.js';
import type { Parser } from './parser.js';
import { goModuleCacheAt } from './parsers/go/module-cache.js';

export { catalogDirectory, DEFAULT_EXCLUDES, excludeMatcher, findLockfiles, type ArtifactContents, type Catalog, type CatalogOptions, type FoundFile, type LockfileSummary } from './catalog.js';
export { SbomError, SbomParseError } from './errors.js';
export { encoderFor, FORMAT_NAMES, FORMATS, type FormatEncoder } from './formats/index.js';
export { DigestPlaceholders, encodeAhead, type ListedDigest } from './formats/ahead.js';
export type * from './model.js';
export type { ParseInput, Parser } from './parser.js';
export { PARSERS } from './parsers/index.js';
export { goModuleCacheDir } from './parsers/go/module-cache.js';
export { cycloneDxProblems, spdxProblems } from './validate.js';

/** What {@link generateSbom} catalogs and how. */
export interface GenerateSbomOptions {
  /** The project directory to search for lockfiles (relative to `cwd`). */
  dir: string;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** Keep development dependencies (default: left out). */
  includeDev?: boolean;
  /** Fail with SBOM_UNKNOWNS when a lockfile could not be parsed, instead of recording it as an unknown. */
  strict?: boolean;
  /** Release files to list (paths, directories, globs relative to `cwd`), with their SHA-256, as produced by the root; Go binaries among them add the modules they contain. */
  artifacts?: readonly string[];
  /**
   * The release files the checksums step collected and the promise of their digests (made with
   * {@link SBOM_FILE_DIGESTS}), used instead of `artifacts`: no file is read twice, and the
   * lockfiles are cataloged while the files are hashed.
   */
  hashedArtifacts?: { files: readonly CollectedFile[]; digests: Promise<readonly Artifact[]> };
  /** The directory release file names are relative to (default: `cwd`). */
  artifactBase?: string;
  /** Patterns of paths under `dir` not searched for lockfiles (see `excludeMatcher`); default none. */
  exclude?: readonly string[];
  /**
   * Where the timestamp comes from when SOURCE_DATE_EPOCH is set (see `clockFromSourceDateEpoch`);
   * without it, the time of the directory's last commit, else the wall clock.
   */
  clock?: Clock;
  /** The organisation making the SBOM, named as its author. */
  organization?: string;
  /** The Go module cache directory (GOMODCACHE), read-only: Go module edges come from each module's go.mod in it. */
  goModuleCache?: string;
  parsers?: readonly Parser[];
}

/** An SBOM and how each lockfile contributed to it. */
export interface SbomResult {
  sbom: Sbom;
  lockfiles: LockfileSummary[];
}

/** What `path` leads to; undefined for nothing, or for what cannot be followed (a loop of links, no permission), which is no repository git could use either. */
function kindAt(path: string): 'file' | 'directory' | 'other' | undefined {
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    return info === undefined ? undefined : info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  } catch {
    return undefined;
  }
}

/**
 * Whether git, run with `env` in `dir`, could find a repository: GIT_DIR names one, or `dir` or a
 * directory above it holds a `.git` or is a bare repository's own (a HEAD file beside an `objects`
 * directory), as git looks. A few stats: spawning git where it finds nothing cost a run loading
 * node:child_process and starting a process, about 3 ms of this thread.
 */
function mayBeInRepository(dir: string, env: Readonly<Record<string, string>>): boolean {
  if (env['GIT_DIR'] !== undefined) return true;
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true;
    if (kindAt(join(at, 'HEAD')) === 'file' && kindAt(join(at, 'objects')) === 'directory') return true;
    if (dirname(at) === at) return false;
  }
}

/** The transports git has built in, each refused by name for the commit time's git: a repository's config may allow one by name. */
const GIT_PROTOCOLS = ['ext', 'fd', 'file', 'git', 'ssh', 'http', 'https', 'ftp', 'ftps'] as const;

/** How long git may take to give the last commit's time. */
const COMMIT_TIME_TIMEOUT_MS = 5000;

/** git's message, in the C locale, for a repository whose branch has no commit yet: there is no time to take, as outside a work tree. */
const NO_COMMITS = /does not have any commits yet|bad default revision 'HEAD'/;

/** SBOM_COMMIT_TIME_UNREADABLE: git could find a repository at `dir`, and did not give its last commit's time. */
function commitTimeUnreadable(dir: string, error: (Error & { code?: unknown; killed?: boolean }) | null, stderr: string, stdout: string): SbomError {
  const said = (stderr.trim().split('\n').find((line) => line.startsWith('fatal:') || line.startsWith('error:')) ?? stderr.trim().split('\n')[0] ?? '').trim();
  const why =
    error?.code === 'ENOENT'
      ? 'git is not installed (or not on PATH)'
      : error?.killed === true
        ? `git gave no answer in ${COMMIT_TIME_TIMEOUT_MS / 1000} s`
        : error !== null
          ? `git failed${said === '' ? '' : `: ${printable(boundedText(said, 300))}`}`
          : `git gave ${quoted(stdout, 40)}, not a time`;
  return new SbomError('SBOM_COMMIT_TIME_UNREADABLE', `${dir} is in a git repository, whose last commit dates the SBOM, and ${why}`, {
    hint: /dubious ownership/.test(said)
      ? 'set SOURCE_DATE_EPOCH (`git log -1 --format=%ct` where git can read the checkout), or let git read it (`git config --global --add safe.directory <path>`; the checkout is owned by another user)'
      : 'set SOURCE_DATE_EPOCH to the release\'s time (seconds since 1970, `git log -1 --format=%ct`), which the SBOM then carries instead',
  });
}

/**
 * The time of the last commit of the repository holding `dir`, or undefined outside a git work tree
 * and in a repository without commits; SBOM_COMMIT_TIME_INVALID for one dated past 9999 (a crafted
 * commit), which no SBOM can carry; SBOM_COMMIT_TIME_UNREADABLE where git could find a repository
 * but did not give its time (no git, a checkout owned by another user): dated now, the SBOM would
 * differ from run to run without a word. The child process module loads only here: with
 * SOURCE_DATE_EPOCH set, a run never spawns.
 */
export async function commitTime(dir: string): Promise<Date | undefined> {
  const env = childEnvironment();
  // A library caller's own process (no environment named) is looked at on disk alone; git may still find one through GIT_DIR.
  const inRepository = mayBeInRepository(dir, env ?? {});
  if (env !== undefined && !inRepository) return undefined;
  const { execFile } = await import('node:child_process');
  return new Promise((done, fail) => {
    // Without the job's secrets: a repository's config can make git run programs of its choosing.
    // The directory may be a pull request's files: a bare repository's layout committed there, or a
    // .git file naming one, whose config would have a missing commit fetched from a remote that runs
    // a command (ext::, core.sshCommand). So no transport is allowed whatever that config says (the
    // command line's settings win over it; GIT_ALLOW_PROTOCOL empty, where the environment is ours
    // to give, overrides every protocol.*.allow), nor a lazy fetch (git 2.44 on), nor a bare
    // repository found by looking (git 2.38 on), nor an fsmonitor hook.
    // --no-show-signature: a user's log.showSignature would print a signature verdict before the
    // time (and run gpg.program), which would then be unread and the SBOM dated now, from machine to
    // machine. In the C locale, so that git's message for a branch without commits reads the same everywhere.
    const options = { timeout: COMMIT_TIME_TIMEOUT_MS, ...(env === undefined ? {} : { env: { ...env, GIT_ALLOW_PROTOCOL: '', GIT_NO_LAZY_FETCH: '1', LC_ALL: 'C' } }) };
    const settings = ['safe.bareRepository=explicit', 'core.fsmonitor=false', 'protocol.allow=never', ...GIT_PROTOCOLS.map((protocol) => `protocol.${protocol}.allow=never`)];
    const args = ['--no-pager', ...settings.flatMap((setting) => ['-c', setting]), '-C', dir, 'log', '-1', '--no-show-signature', '--format=%ct'];
    execFile('git', args, options, (error, stdout, stderr) => {
      const seconds = stdout.trim();
      if (error !== null || !/^\d+$/.test(seconds)) {
        if (!inRepository || (error !== null && NO_COMMITS.test(stderr))) return done(undefined);
        return fail(commitTimeUnreadable(dir, error, stderr, seconds));
      }
      const time = epochSecondsDate(seconds);
      if (time !== undefined) return done(time);
      fail(
        new SbomError('SBOM_COMMIT_TIME_INVALID', `the last commit of ${dir} is dated ${quoted(seconds, 40)} seconds after 1970-01-01T00:00:00Z, past 9999-12-31T23:59:59Z`, {
          hint: 'set SOURCE_DATE_EPOCH to the release\'s time (seconds since 1970), which the SBOM then carries instead',
        }),
      );
    });
  });
}

/** How many unknowns the sbom action and a release warn about one by one (GitHub shows ten annotations of a kind per step); the SBOMs list every one. */
export const MAX_UNKNOWN_WARNINGS = 10;

/**
 * The digests the SBOM needs for every release file: SHA-256 (a SHA-512 the checksums were made
 * with is listed too). No SHA-1: release files are SPDX packages, which need none.
 */
export const SBOM_FILE_DIGESTS = ['sha256'] as const;

/** Release files as the SBOM lists them, hashed in one read each on the checksums worker pool unless already hashed. */
async function artifactFiles(collected: readonly CollectedFile[], hashed: Promise<readonly Artifact[]> | undefined): Promise<ArtifactFile[]> {
  // The checksums module (glob matching, the hashing worker pool) loads only when there are release files to hash.
  return listedFiles((await hashed) ?? (collected.length === 0 ? [] : await (await import('../checksums/index.js')).hashArtifacts(collected, 'sha256')));
}

/** Hashed release files as the SBOM lists them: their name, size and digests (SHA-256, and SHA-512 when they were hashed with it). */
export function listedFiles(artifacts: readonly Artifact[]): ArtifactFile[] {
  return artifacts.map((artifact) => {
    const { sha256, sha512 } = artifact.digests;
    if (sha256 === undefined) {
      throw new SbomError('SBOM_ARTIFACT_DIGESTS', `${artifact.name} was hashed without SHA-256, which the SBOM lists`, {
        hint: `hash release files with ${SBOM_FILE_DIGESTS.join(' and ')} (hashArtifacts option "also") before passing them as hashedArtifacts`,
      });
    }
    return { name: artifact.name, digest: sha512 === undefined ? { sha256 } : { sha256, sha512 }, size: artifact.size };
  });
}

/** Whether a value is undefined or a string. */
function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/**
 * Fails with SBOM_ARGUMENT_INVALID unless {@link generateSbom}'s options have the types they are
 * declared with: from plain JavaScript, a string `exclude` or `artifacts` was walked letter by
 * letter or failed deep inside, and a `clock` that is a Date failed with a TypeError.
 */
function checkGenerateArguments(options: unknown): void {
  const problems: string[] = [];
  if (typeof options !== 'object' || options === null) problems.push(`the options are ${typeName(options)}, not an object with dir and cwd`);
  else {
    const given = options as Record<string, unknown>;
    const { dir, cwd, exclude, artifacts, clock, parsers } = given;
    if (typeof dir !== 'string' || typeof cwd !== 'string') problems.push(`dir and cwd are ${typeName(dir)} and ${typeName(cwd)}, not strings`);
    for (const [name, value] of [['exclude', exclude], ['artifacts', artifacts]] as const) {
      if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))) problems.push(`${name} is ${Array.isArray(value) ? 'an array holding something other than strings' : typeName(value)}, not an array of strings`);
    }
    if (clock !== undefined && typeof (clock as { now?: unknown } | null)?.now !== 'function') problems.push(`clock is ${typeName(clock)}, not a clock with now() (use fixedClock(date) for a Date)`);
    if (parsers !== undefined && !Array.isArray(parsers)) problems.push(`parsers is ${typeName(parsers)}, not an array of parsers`);
    for (const name of ['artifactBase', 'organization', 'goModuleCache'] as const) if (!optionalString(given[name])) problems.push(`${name} is ${typeName(given[name])}, not a string`);
    for (const name of ['includeDev', 'strict'] as const) if (given[name] !== undefined && typeof given[name] !== 'boolean') problems.push(`${name} is ${typeName(given[name])}, not true or false`);
  }
  if (problems.length > 0) throw new SbomError('SBOM_ARGUMENT_INVALID', `generateSbom: ${problems.join('; ')}`, { hint: 'pass the options as the GenerateSbomOptions type declares them (see docs/library.md)' });
}

/**
 * Catalogs a project directory into an SBOM: every lockfile parsed, packages merged by purl,
 * dev dependencies left out unless asked for, unknowns recorded (or fatal with `strict`), release
 * files added, and a reproducible timestamp. Everything in it is sorted.
 */
export async function generateSbom(options: GenerateSbomOptions): Promise<SbomResult> {
  checkGenerateArguments(options);
  const collected =
    options.hashedArtifacts?.files ??
    (options.artifacts === undefined || options.artifacts.length === 0
      ? []
      : await (await import('../checksums/index.js')).collectArtifacts(options.artifacts, { cwd: options.cwd, base: options.artifactBase ?? '.' }));
  // Hashed while the lockfiles are cataloged.
  const hashed = artifactFiles(collected, options.hashedArtifacts?.digests);
  hashed.catch(() => undefined);
  const cataloged = await catalogSbom(options, collected);
  return { sbom: cataloged.withFiles(await hashed), lockfiles: cataloged.lockfiles };
}

/** A project's lockfiles cataloged, waiting for its release files' digests. */
export interface CatalogedSbom {
  lockfiles: LockfileSummary[];
  /** The SBOM, with these release files (those cataloged, in their order, hashed). */
  withFiles(files: readonly ArtifactFile[]): Sbom;
}

/**
 * {@link generateSbom}'s catalog, without the release files' digests: a release encodes its SBOMs
 * from it before the artifacts are hashed (see `encodeAhead`). `collected` are the release files,
 * read for what they contain (a Go binary's modules).
 */
export async function catalogSbom(options: Omit<GenerateSbomOptions, 'hashedArtifacts' | 'artifacts' | 'artifactBase'>, collected: readonly CollectedFile[]): Promise<CatalogedSbom> {
  const dir = resolve(options.cwd, options.dir);
  const catalogOptions = {
    dir,
    includeDev: options.includeDev ?? false,
    artifacts: collected,
    exclude: options.exclude ?? [],
    ...(options.parsers === undefined ? {} : { parsers: options.parsers }),
    ...(options.goModuleCache === undefined ? {} : { goModuleCache: goModuleCacheAt(resolve(options.cwd, options.goModuleCache)) }),
  };
  // A clock of the caller's own is asked once, before the catalog: a time no format can write failed only when a document was encoded, as a trust-kit bug.
  const given = options.clock?.now();
  const problem = options.clock === undefined ? undefined : dateProblem(given);
  if (problem !== undefined) throw new SbomError('SBOM_ARGUMENT_INVALID', `generateSbom: the clock's now() gave ${problem}`, { hint: 'give a clock whose now() returns a valid Date of years 0000 to 9999 (fixedClock, or clockFromSourceDateEpoch)' });
  const [catalog, created] = await Promise.all([catalogDirectory(catalogOptions), given === undefined ? commitTime(dir).then((time) => time ?? systemClock.now()) : Promise.resolve(given)]);
  if (options.strict === true && catalog.unknowns.length > 0) {
    const listed = catalog.unknowns.map((unknown) => `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`);
    // A lockfile that parsed but refers to what it does not list is not cataloged whole either.
    const files = new Set(catalog.unknowns.map((unknown) => unknown.path)).size;
    throw new SbomError('SBOM_UNKNOWNS', `${files} lockfile${files === 1 ? '' : 's'} could not be cataloged: ${listed.join('; ')}`, {
      hint: 'fix or regenerate the lockfiles named, or run without --strict to record them as unknowns in the SBOM',
    });
  }
  // A release file built from packages (a Go binary's modules) contains them.
  const contents = new Map(catalog.artifacts.map((artifact) => [artifact.name, artifact.packages]));
  const withFiles = (hashedFiles: readonly ArtifactFile[]): Sbom => {
    const files = hashedFiles.map((file) => {
      const contains = contents.get(file.name);
      return contains === undefined || contains.length === 0 ? file : { ...file, contains };
    });
    const sbom: Sbom = {
      root: catalog.root,
      packages: catalog.packages,
      relationships: catalog.relationships,
      unknowns: catalog.unknowns,
      files,
      created,
      tool: `trust-kit-${VERSION}`,
    };
    if (options.organization !== undefined) sbom.organization = options.organization;
    return sbom;
  };
  return { lockfiles: catalog.lockfiles, withFiles };
}

/** An SBOM as the text of a format (`spdx-json`, `cyclonedx-json`, `cyclonedx-json@1.5`, ...). */
export function encodeSbom(sbom: Sbom, format: string): string {
  if (typeof sbom !== 'object' || sbom === null || !Array.isArray((sbom as { packages?: unknown }).packages)) {
    throw new SbomError('SBOM_ARGUMENT_INVALID', `encodeSbom was given ${typeName(sbom)} without packages, not an SBOM`, { hint: 'pass the sbom of what generateSbom returns ({ sbom })' });
  }
  return encoderFor(format).encode(sbom);
}
