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
 * A directory's own size from which it holds many entries, on the file systems that say: ext4 and
 * xfs grow one by blocks of 4 KiB of names (about 200 entries a block), tmpfs and btrfs by 20 bytes
 * or twice the name's length an entry. Others (size 0) never start threads ahead.
 */
const MANY_ENTRIES_DIRECTORY_SIZE = 8 * 1024;

/**
 * Whether a run with these subjects is sure to hash many files: many files named one by one, or a
 * directory whose own size says it holds hundreds of entries. Anything else (a few files, a small
 * directory, a glob) never starts threads ahead: a thread that gets no work costs its start, about
 * 30 ms of a core, and the run waits at its end for the thread to stop. Those runs start threads as
 * before, once the walk has found many files.
 */
export function mayHashManyFiles(subjects: readonly string[], cwd: string): boolean {
  if (subjects.length >= MANY_FILES) return true;
  return subjects.some((subject) => {
    const info = statSync(resolve(cwd, subject), { throwIfNoEntry: false });
    return info?.isDirectory() === true && info.size >= MANY_ENTRIES_DIRECTORY_SIZE;
  });
}

/**
 * Starts the hashing threads of `trust-kit checksums` before the rest of the CLI loads, for
 * {@link takeHashThreadsStartedAhead}, when it will hash many files: a thread takes longer to start
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
