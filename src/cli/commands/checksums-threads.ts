import { statSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HashPool, MANY_FILES } from '../../checksums/pool.js';
import { CHECKSUMS_OPTIONS } from './checksums-options.js';

let startedAhead: HashPool | undefined;

/**
 * The subjects of a `checksums` run that writes a checksums file, read from its arguments (without
 * `node` and the script) with the command's own options, as the CLI will read them; undefined for
 * `--check` (which hashes on threads of its own), `--help` or another command. A guess wrong either
 * way costs time, never a result: the CLI parses the arguments again, strictly.
 */
export function checksumsSubjects(argv: readonly string[]): string[] | undefined {
  const [command, ...rest] = argv[0] === '--verbose' ? argv.slice(1) : argv;
  if (command !== 'checksums' || rest.includes('--help') || rest.includes('-h')) return undefined;
  const { values, positionals } = parseArgs({ args: rest, options: CHECKSUMS_OPTIONS, allowPositionals: true, strict: false });
  return values.check === undefined ? positionals : undefined;
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
    let info: Stats | undefined;
    try {
      info = statSync(resolve(cwd, subject), { throwIfNoEntry: false });
    } catch {
      // A guess only (a link loop, a name too long, no permission): the run itself reports the subject with its code.
      return false;
    }
    return info?.isDirectory() === true && info.size >= MANY_ENTRIES_DIRECTORY_SIZE;
  });
}

/**
 * Starts the hashing threads of `trust-kit checksums` before the rest of the CLI loads, for
 * {@link takeHashThreadsStartedAhead}, when it will hash many files: a thread takes longer to start
 * (about 30 ms of a core) than the CLI takes to load and list a directory, and started here it
 * starts on another core meanwhile instead of after the walk. Threads that get no work (a command
 * that fails on its flags) never keep the process from exiting.
 *
 * Threads started from here (this process's own isolate keeps how it started) optimise their hot
 * code on themselves rather than hand it to V8's background threads: a hashing thread's few hot
 * functions (hashOne, fs.readSync, fstat's Stats) then run optimised as soon as they are compiled,
 * and V8's threads do not compete with the hashing threads for the cores they keep busy; 20,000
 * files of 4 KiB on two cores take 3 to 4 % less time and CPU. For the same reason each thread
 * collects its young garbage itself rather than with V8's threads (parallel scavenging): the
 * walk's objects, which survive, made this thread wait on tasks queued behind the hashing threads,
 * and the same run took 5 % more time. node:v8 is loaded only then.
 */
export function startHashThreadsAhead(argv: readonly string[], cwd: string): void {
  const threads = availableParallelism() - 1;
  if (startedAhead !== undefined || threads < 1) return;
  const subjects = checksumsSubjects(argv);
  if (subjects === undefined || !mayHashManyFiles(subjects, cwd)) return;
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-concurrent-recompilation --no-parallel-scavenge');
  startedAhead = HashPool.start(threads);
}

/** The threads {@link startHashThreadsAhead} started, handed over once (the taker closes them); undefined when none were. */
export function takeHashThreadsStartedAhead(): HashPool | undefined {
  const threads = startedAhead;
  startedAhead = undefined;
  return threads;
}
