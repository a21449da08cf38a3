#!/usr/bin/env node
// The CLI's entry. It checks the Node.js version before the CLI loads: the CLI's dependencies need
// APIs older releases lack, and ncc hoists static imports into the bundle's first evaluation, so
// the CLI comes in through a dynamic import, which the bundle loads from its own chunk only here.
// Before that import, the compile cache is turned on, so the chunks it loads compile from cache,
// and `checksums` has its hashing threads started, so they start while the CLI loads (their
// module, and node:worker_threads with it, is loaded for that command only: 2 ms of every start).
import { homedir } from 'node:os';
import { enablePrivateCompileCache } from './compile-cache.js';
import { unsupportedRuntime, workingDirectory } from './runtime.js';

// The working directory, or why nothing can run: a Node.js too old, or a working directory gone.
const cwd = unsupportedRuntime(process.versions.node) ?? workingDirectory();
if (typeof cwd === 'string') {
  enablePrivateCompileCache({ env: process.env, platform: process.platform, home: homedir(), uid: process.getuid?.() });
  const argv = process.argv.slice(2);
  if (argv[0] === 'checksums' || (argv[0] === '--verbose' && argv[1] === 'checksums')) (await import('./commands/checksums-threads.js')).startHashThreadsAhead(argv, cwd);
  await import('./main.js');
} else {
  // One line, hint included: the whole story for a user whose Node.js is too old, or whose working directory is gone.
  process.stderr.write(`trust-kit: ${cwd.code}: ${cwd.message}; ${cwd.hint ?? ''}\n`);
  process.exitCode = 1;
}
