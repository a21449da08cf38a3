import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { HashPool, MANY_FILES } from '../../checksums/pool.js';

let startedAhead: HashPool | undefined;

/** The options of `checksums` that take a value, by long and short name. */
const TAKES_VALUE = new Set(['--algorithm', '--output', '--base', '--check', '-a', '-o', '-c']);

/**
 * The subjects of a `checksums` run that writes a checksums file, read from its arguments (without
 * `node` and the script) as parseArgs will read them; undefined for `--check` (which hashes on
 * threads of its own), `--help` or another command. A guess wrong either way costs time, never a
 * result: the command parses its arguments itself.
 */
export function checksumsSubjects(argv: readonly string[]): string[] | undefined {
  const [command, ...rest] = argv[0] === '--verbose' ? argv.slice(1) : argv;
  if (command !== 'checksums') return undefined;
  const subjects: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index] ?? '';
    if (arg === '--') {
      subjects.push(...rest.slice(index + 1));
      break;
    }
    if (arg === '--check' || arg.startsWith('--check=') || arg === '--help') return undefined;
    if (arg.startsWith('--')) {
      if (TAKES_VALUE.has(arg)) index += 1;
    } else if (arg.startsWith('-') && arg.length > 1) {
      // A group of short flags (-c, -cFILE, -a sha512): -c or -h before a flag that takes the rest, or the next argument, as its value.
      for (const [position, letter] of [...arg.slice(1)].entries()) {
        if (letter === 'c' || letter === 'h') return undefined;
        if (letter === 'a' || letter === 'o') {
          if (position === arg.length - 2) index += 1;
          break;
        }
      }
    } else {
      subjects.push(arg);
    }
  }
  return subjects;
}

/**
 * Whether a run with these subjects may hash many files: a directory, a glob (a subject that names
 * no file) or many files named one by one. A few files named one by one never start threads ahead,
 * which would cost them a core's start of a thread for nothing.
 */
export function mayHashManyFiles(subjects: readonly string[], cwd: string): boolean {
  return subjects.length >= MANY_FILES || subjects.some((subject) => statSync(resolve(cwd, subject), { throwIfNoEntry: false })?.isFile() !== true);
}

/**
 * Starts the hashing threads of `trust-kit checksums` before the rest of the CLI loads, for
 * {@link takeHashThreadsStartedAhead}, when it may hash many files: a thread takes longer to start
 * (about 30 ms of a core) than the CLI takes to load and list a directory, and started here it
 * starts on another core meanwhile instead of after the walk. Threads that get no work (a command
 * that fails on its flags) never keep the process from exiting.
 */
export function startHashThreadsAhead(argv: readonly string[], cwd: string): void {
  const threads = availableParallelism() - 1;
  if (startedAhead !== undefined || threads < 1) return;
  const subjects = checksumsSubjects(argv);
  if (subjects !== undefined && mayHashManyFiles(subjects, cwd)) startedAhead = HashPool.start(threads);
}

/** The threads {@link startHashThreadsAhead} started, handed over once (the taker closes them); undefined when none were. */
export function takeHashThreadsStartedAhead(): HashPool | undefined {
  const threads = startedAhead;
  startedAhead = undefined;
  return threads;
}
