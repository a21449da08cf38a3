import { lstat, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { mayBeGlob } from '../checksums/collect.js';
import { systemErrorCode } from '../core/errors.js';
import { unreplaceableKind } from '../core/files.js';
import { pathInside } from '../core/paths.js';
import { quoted, shownFile } from '../core/quote.js';
import { ConfigError, type ConfigIssue, type InputNamer } from './inputs.js';
import type { ReleaseConfig } from './release.js';
import type { SignConfig } from './sign.js';

/** A path an input names that must exist before any work starts: a file to read, or a directory. */
export interface NamedPath {
  /** The input's name as the config knows it (`key`, `trusted-root`, `subject-path`). */
  input: string;
  path: string;
  /**
   * `any` for an artifact subject, which may be a file or a directory; `output` for a file to write
   * and `output-directory` for a directory to write into (each absent or of its kind, where the
   * missing directories above it can be made); `read` for a file read later, whose absence is
   * reported where it is read, and which is only compared with the outputs.
   */
  kind: 'file' | 'directory' | 'any' | 'output' | 'output-directory' | 'read';
}

/** The output file or directory an SBOM run names (`--output`, `--output-dir`), to check before any work as {@link requireNamedPaths} does. */
export function sbomOutputPaths(config: { output: string | undefined; outputDir: string | undefined }): NamedPath[] {
  return [...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' as const }]), ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' as const }])];
}

/** Why a file (or directory) cannot be written at `given` (shown as `path`), known before any work: something of the other kind is there, or an existing ancestor is no directory. */
async function outputProblem(given: string, path: string, cwd: string, directory: boolean): Promise<string | undefined> {
  const target = resolve(cwd, given);
  if (!directory) {
    // Written as a new file renamed into place: a link, a device or a pipe there would be replaced, not written to.
    const there = unreplaceableKind(target);
    if (there === 'a symbolic link') return `${path} is a symbolic link; an output is written as a new file in its place, which would replace the link: give the path of the file itself, or remove the link`;
    if (there !== undefined) return `${path} is not a regular file (${there}), which an output written in its place would replace; give the path of a regular file`;
  }
  try {
    const isDirectory = (await stat(target)).isDirectory();
    if (directory) return isDirectory ? undefined : `${path} is not a directory`;
    return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
  } catch (error) {
    const code = systemErrorCode(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return `${path} ${problem(error)}`;
  }
  // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
  for (let dir = dirname(target); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      return (await stat(dir)).isDirectory() ? undefined : `${path} cannot be written: ${relative(cwd, dir) || dir} is not a directory`;
    } catch (error) {
      if (systemErrorCode(error) !== 'ENOENT' && systemErrorCode(error) !== 'ENOTDIR') return `${path} ${problem(error)}`;
    }
  }
  return undefined;
}

function problem(error: unknown): string {
  const code = systemErrorCode(error);
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ENOTDIR') return 'is not under a directory';
  return `cannot be read (${code ?? 'unknown error'})`;
}

/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */
export async function requireNamedPaths(paths: readonly NamedPath[], cwd: string, nameOf: InputNamer, earlier: readonly ConfigIssue[] = []): Promise<void> {
  // Problems found before (inputs that do not go together) are reported with the missing paths.
  const issues = [...earlier, ...(await namedPathIssues(paths, cwd, nameOf))];
  if (issues.length > 0) throw new ConfigError(issues);
}

/**
 * The config `read` makes; when its inputs are refused (ConfigError), the paths they name are
 * checked as well and reported with them, so that one run names every problem: a bad flag used
 * to hide the missing files until it was fixed.
 */
export async function readWithNamedPaths<T>(read: () => T, paths: readonly NamedPath[], cwd: string, nameOf: InputNamer): Promise<T> {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const said = new Set(error.issues.map((issue) => `${issue.input}\u0000${issue.message}`));
    const missing = (await namedPathIssues(paths, cwd, nameOf)).filter((issue) => !said.has(`${issue.input}\u0000${issue.message}`));
    throw missing.length === 0 ? error : new ConfigError([...error.issues, ...missing]);
  }
}

/** Inputs that name a private key's file: the value given may be the key itself, pasted where its path goes (`--key "$KEY"`). */
const KEY_INPUTS: ReadonlySet<string> = new Set(['key']);

/**
 * Whether a value given for a key's path looks like the key itself: PEM, a line break, or a long
 * run of base64 (a key kept base64-encoded in a CI variable); a file name is never repeated then.
 */
function looksLikeKeyMaterial(value: string): boolean {
  return /-----BEGIN|PRIVATE KEY|[\r\n]/.test(value) || (value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value));
}

/** What is wrong with each path the inputs name (see {@link requireNamedPaths}). */
async function namedPathIssues(paths: readonly NamedPath[], cwd: string, nameOf: InputNamer): Promise<ConfigIssue[]> {
  const found = await Promise.all(
    paths.map(async ({ input, path: given, kind }): Promise<ConfigIssue | undefined> => {
      if (kind === 'read') return undefined;
      // Shown as it is when plain, else quoted and bounded: a name under a checkout may hold terminal escapes.
      const path = shownFile(given);
      if (kind === 'output' || kind === 'output-directory') {
        const message = await outputProblem(given, path, cwd, kind === 'output-directory');
        return message === undefined ? undefined : { input: nameOf(input), message };
      }
      let info;
      try {
        info = await stat(resolve(cwd, given));
      } catch (error) {
        // No such file, and the value looks like the key itself: never repeated (a long path of a real file is read as any other).
        if (KEY_INPUTS.has(input) && looksLikeKeyMaterial(given)) {
          return { input: nameOf(input), message: 'is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read (chmod 600) and give its path' };
        }
        // A link whose target is gone is there in a listing: said as such, not as a typo.
        const dangling = systemErrorCode(error) === 'ENOENT' && (await lstat(resolve(cwd, given)).then((link) => link.isSymbolicLink(), () => false));
        return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
      }
      if (kind === 'file' && !info.isFile()) return { input: nameOf(input), message: `${path} is not a file` };
      if (kind === 'directory' && !info.isDirectory()) return { input: nameOf(input), message: `${path} is not a directory` };
      return undefined;
    }),
  );
  return [...found.filter((issue): issue is ConfigIssue => issue !== undefined), ...(await outputsThatAreInputs(paths, cwd, nameOf))];
}

/**
 * Outputs that are the very file an input names (the artifact given as the bundle, the key as the
 * bundle, the predicate as the bundle): writing one would replace what the run reads, and the user's
 * file would be lost. Told apart by device and inode, so that another spelling of a path, or a link
 * to the file, is the same file.
 */
async function outputsThatAreInputs(paths: readonly NamedPath[], cwd: string, nameOf: InputNamer): Promise<ConfigIssue[]> {
  const outputs = paths.filter((entry) => entry.kind === 'output');
  if (outputs.length === 0) return [];
  const identity = async (path: string): Promise<string | undefined> => {
    const info = await stat(resolve(cwd, path)).catch(() => undefined);
    return info?.isFile() === true ? `${info.dev}:${info.ino}` : undefined;
  };
  const inputs = await Promise.all(paths.filter((entry) => entry.kind === 'file' || entry.kind === 'any' || entry.kind === 'read').map(async (entry) => ({ entry, identity: await identity(entry.path) })));
  const issues: ConfigIssue[] = [];
  for (const output of outputs) {
    const written = await identity(output.path);
    const read = written === undefined ? undefined : inputs.find((input) => input.identity === written);
    if (read !== undefined) issues.push({ input: nameOf(output.input), message: `${output.path} is the file ${nameOf(read.entry.input)} names (${read.entry.path}); writing there would replace it: give another path` });
  }
  return issues;
}

/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */
export function subjectPaths(input: string, subjects: readonly string[]): NamedPath[] {
  return subjects.filter((subject) => !mayBeGlob(subject)).map((path) => ({ input, path, kind: 'any' as const }));
}

/** The files signing reads as its flags or inputs name them, before they are read into a config: for {@link readWithNamedPaths}. */
export function rawSigningPaths(values: Readonly<Record<string, unknown>>): NamedPath[] {
  return (['key', 'signing-config', 'trusted-root'] as const).flatMap((input) => {
    const path = values[input];
    return typeof path === 'string' && path.trim() !== '' && path !== '-' ? [{ input, path, kind: 'file' as const }] : [];
  });
}

/** The files signing reads besides its subjects: the key and the trusted root, when given. */
export function signingPaths(config: Pick<SignConfig, 'key' | 'trustedRoot' | 'signingConfig'>): NamedPath[] {
  return rawSigningPaths({ key: config.key, 'signing-config': config.signingConfig, 'trusted-root': config.trustedRoot });
}

/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */
export function releasePaths(config: ReleaseConfig): NamedPath[] {
  return [
    { input: 'base', path: config.base, kind: 'directory' },
    ...(config.sign === undefined ? [] : signingPaths(config.sign)),
    ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' as const }]),
    ...subjectPaths('subject-path', config.subjects),
  ];
}

/**
 * Exclude patterns are relative to the cataloged directory: one written from the working directory
 * (`--exclude app/vendor` for `sbom app`) or as an absolute path matches nothing there, silently.
 * Such a pattern (no glob) that names an existing path inside the directory, which the pattern as
 * written does not, is reported with the pattern to give.
 */
export async function misplacedExcludes(patterns: readonly string[], dir: string, cwd: string, input: string): Promise<ConfigIssue[]> {
  const root = resolve(cwd, dir);
  const exists = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false);
  const issues = await Promise.all(
    patterns.map(async (pattern): Promise<ConfigIssue | undefined> => {
      if (mayBeGlob(pattern)) return undefined;
      const meant = resolve(cwd, pattern);
      const inside = pathInside(root, meant);
      if (inside === undefined) return undefined;
      // As a pattern, a leading / anchors at the cataloged directory: join, not resolve.
      if ((await exists(join(root, pattern))) || !(await exists(meant))) return undefined;
      return { input, message: `${quoted(pattern)} names ${isAbsolute(pattern) ? 'a path' : 'a path from the working directory'} inside ${dir}, but patterns are relative to that directory: give ${quoted(inside.split(sep).join('/'))}` };
    }),
  );
  return issues.filter((issue): issue is ConfigIssue => issue !== undefined);
}
