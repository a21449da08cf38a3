/**
 * Preloaded into a CLI process (`node --import tsx --import <this file>`), it stops the process at
 * a chosen file system boundary, deterministically: it counts the calls that change files under
 * TK_FS_ROOT (opens for writing, writes, renames, links, removals, directories made), and at call
 * TK_FS_AT it sends the process TK_FS_SIGNAL before the call (SIGKILL ends it there; SIGTERM and
 * SIGINT reach its handlers on a later turn of the event loop, as a real signal does; with
 * TK_FS_DELAY_MS an asynchronous call then starts that much later, so the handler runs first), or fails the
 * call with TK_FS_ERROR (ENOSPC, EACCES) as the file system would. With TK_FS_LOG set, every counted
 * call is appended to that file, one line each: how a test learns how many boundaries a run has.
 * Only the main thread counts (hashing threads only read). Nothing in src/ knows of this file.
 */
import { syncBuiltinESMExports } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const fs = process.getBuiltinModule('node:fs');
const root = process.env['TK_FS_ROOT'];
const at = Number(process.env['TK_FS_AT'] ?? 0);
const signal = process.env['TK_FS_SIGNAL'] as NodeJS.Signals | undefined;
const failure = process.env['TK_FS_ERROR'];
const log = process.env['TK_FS_LOG'];
/** With a signal: how long the chosen call, when asynchronous, waits before it starts, as on a slow file system: the handler runs before it. */
const delay = Number(process.env['TK_FS_DELAY_MS'] ?? 0);
const { appendFileSync } = fs;

let count = 0;
/** Set while the log is written: the calls that makes are not the run's. */
let logging = false;

/** Whether an open's flags may change the file: anything but plain reading. */
function writes(flags: unknown): boolean {
  if (flags === undefined || flags === null) return false;
  if (typeof flags === 'number') return (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_TRUNC)) !== 0;
  return String(flags) !== 'r' && String(flags) !== 'rs' && String(flags) !== 'sr';
}

/** Counts a call about `path`; at the chosen one, signals the process and returns `delayed`, or returns the error to fail it with. */
function boundary(name: string, path: unknown): Error | 'delayed' | undefined {
  const text = path instanceof URL ? path.pathname : String(path);
  if (logging || root === undefined || !text.startsWith(root)) return undefined;
  count += 1;
  if (log !== undefined) {
    logging = true;
    try {
      appendFileSync(log, `${count} ${name} ${text.slice(root.length)}\n`);
    } finally {
      logging = false;
    }
  }
  if (count !== at) return undefined;
  if (signal !== undefined) process.kill(process.pid, signal);
  if (failure === undefined) return signal !== undefined && delay > 0 ? 'delayed' : undefined;
  const error = new Error(`${failure}: injected, ${name} '${text}'`) as NodeJS.ErrnoException;
  Object.assign(error, { code: failure, errno: failure === 'ENOSPC' ? -28 : -13, syscall: name, path: text });
  return error;
}

type Call = (...args: unknown[]) => unknown;

function wrapAsync(target: Record<string, unknown>, name: string, counted: (args: unknown[]) => boolean = () => true): void {
  const original = target[name] as Call;
  target[name] = function (this: unknown, ...args: unknown[]): unknown {
    const error = counted(args) ? boundary(name, args[0]) : undefined;
    if (error === 'delayed') return new Promise((resolve) => setTimeout(resolve, delay)).then(() => original.apply(this, args));
    if (error !== undefined) return Promise.reject(error);
    return original.apply(this, args);
  };
}

function wrapSync(target: Record<string, unknown>, name: string, counted: (args: unknown[]) => boolean = () => true): void {
  const original = target[name] as Call;
  target[name] = function (this: unknown, ...args: unknown[]): unknown {
    const error = counted(args) ? boundary(name, args[0]) : undefined;
    if (error instanceof Error) throw error;
    return original.apply(this, args);
  };
}

if (isMainThread && root !== undefined) {
  const promises = fs.promises as unknown as Record<string, unknown>;
  const sync = fs as unknown as Record<string, unknown>;
  wrapAsync(promises, 'open', (args) => writes(args[1]));
  for (const name of ['writeFile', 'appendFile', 'rename', 'link', 'symlink', 'rm', 'rmdir', 'unlink', 'mkdir', 'copyFile', 'truncate']) wrapAsync(promises, name);
  wrapSync(sync, 'openSync', (args) => writes(args[1]));
  for (const name of ['writeFileSync', 'appendFileSync', 'renameSync', 'linkSync', 'rmSync', 'rmdirSync', 'unlinkSync', 'mkdirSync']) wrapSync(sync, name);
  // `import { rename } from 'node:fs/promises'` binds the patched functions too.
  syncBuiltinESMExports();
}
