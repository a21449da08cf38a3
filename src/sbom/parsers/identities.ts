import { isElf, isFatMachO, isMachO, isPe } from './go/magic.js';
import type { Parser } from '../parser.js';

/**
 * What each parser is known by before its code loads: its name, the file names it reads and, for
 * executables, the first bytes it recognises. The registry (index.ts) finds lockfiles with these and
 * loads a parser's code only for a file it reads; each parser module spreads its identity into itself.
 */
export type ParserIdentity = Pick<Parser, 'name' | 'matches' | 'sniff' | 'costPerLine'>;

/** npm's package-lock.json and npm-shrinkwrap.json. */
export const NPM_PACKAGE_LOCK: ParserIdentity = {
  name: 'npm-package-lock',
  matches: (fileName) => fileName === 'package-lock.json' || fileName === 'npm-shrinkwrap.json',
};

/** yarn.lock, yarn v1 and berry. */
export const YARN_LOCK: ParserIdentity = {
  name: 'yarn-lock',
  matches: (fileName) => fileName === 'yarn.lock',
};

/** pnpm-lock.yaml. */
export const PNPM_LOCK: ParserIdentity = {
  name: 'pnpm-lock',
  matches: (fileName) => fileName === 'pnpm-lock.yaml',
};

/** bun's text lockfile, bun.lock. */
export const BUN_LOCK: ParserIdentity = {
  name: 'bun-lock',
  matches: (fileName) => fileName === 'bun.lock',
};

/** go.mod, with go.sum beside it. */
export const GO_MOD: ParserIdentity = {
  name: 'go-mod',
  matches: (fileName) => fileName === 'go.mod',
};

/** Go executables, by their first bytes. */
export const GO_BINARY: ParserIdentity = {
  name: 'go-binary',
  // Go binaries can have any name: they are recognised by their first bytes.
  matches: () => false,
  sniff: (head) => head.length >= 0x40 && (isElf(head) || isMachO(head) || isFatMachO(head) || isPe(head)),
};

/** Cargo.lock. */
export const CARGO_LOCK: ParserIdentity = {
  name: 'cargo-lock',
  matches: (fileName) => fileName === 'Cargo.lock',
};

/** poetry.lock. */
export const POETRY_LOCK: ParserIdentity = {
  name: 'python-poetry-lock',
  matches: (fileName) => fileName === 'poetry.lock',
};

/** uv.lock. */
export const UV_LOCK: ParserIdentity = {
  name: 'python-uv-lock',
  matches: (fileName) => fileName === 'uv.lock',
};

/** Pipfile.lock. */
export const PIPFILE_LOCK: ParserIdentity = {
  name: 'python-pipfile-lock',
  matches: (fileName) => fileName === 'Pipfile.lock',
};

/**
 * pip requirements files: `*requirements*.txt` (as syft globs them), and every `.txt` in a
 * `requirements/` directory (Django's `requirements/base.txt`, `production.txt`) but constraints
 * files, which pin versions without asking for anything (they are read where `-c` names them).
 */
export const REQUIREMENTS_TXT: ParserIdentity = {
  name: 'python-requirements',
  // Measured: 5.6 million pins (61 MB) took 4.4 GB of heap, 790 bytes a line.
  costPerLine: 128,
  matches: (fileName, path) => namedAsRequirements(fileName) || (path !== undefined && /(?:^|\/)requirements\/[^/]+\.txt$/i.test(path) && !/constraint/i.test(fileName)),
};

/** Whether a file's own name says it holds pip requirements (`*requirements*.txt`), not only the directory it is in. */
export function namedAsRequirements(fileName: string): boolean {
  return /requirements.*\.txt$/i.test(fileName);
}

/** Gemfile.lock and gems.locked. */
export const GEMFILE_LOCK: ParserIdentity = {
  name: 'ruby-gemfile-lock',
  // Measured: 300,000 gems (9.4 MB) took 1 GB of heap, over 100 bytes a byte.
  costPerLine: 128,
  matches: (fileName) => fileName === 'Gemfile.lock' || fileName === 'gems.locked',
};

/** composer.lock. */
export const COMPOSER_LOCK: ParserIdentity = {
  name: 'php-composer-lock',
  matches: (fileName) => fileName === 'composer.lock',
};

/** NuGet's packages.lock.json. */
export const NUGET_PACKAGES_LOCK: ParserIdentity = {
  name: 'nuget-packages-lock',
  matches: (fileName) => fileName === 'packages.lock.json',
};

/** Gradle dependency lockfiles (*.lockfile). */
export const GRADLE_LOCKFILE: ParserIdentity = {
  name: 'java-gradle-lockfile',
  matches: (fileName) => fileName.endsWith('.lockfile'),
};

/** Maven pom.xml. */
export const POM_XML: ParserIdentity = {
  name: 'java-pom-xml',
  matches: (fileName) => fileName === 'pom.xml',
};

/** The files parsers read beside their lockfiles (manifests, go.sum, workspaces): a user's files, as the lockfiles are. */
export const SIBLING_FILE_NAMES: ReadonlySet<string> = new Set(['package.json', 'go.sum', 'go.work', 'go.work.sum', 'Cargo.toml', 'pyproject.toml', 'Gemfile', 'gems.rb']);
