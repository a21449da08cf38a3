#!/usr/bin/env node
// The CLI's entry. It checks the Node.js version before the CLI loads: the CLI's dependencies need
// APIs older releases lack, and ncc hoists static imports into the bundle's first evaluation, so
// the CLI comes in through a dynamic import, which the bundle loads from its own chunk only here.
// Before that import, the compile cache is turned on, so the chunks it loads compile from cache,
// and `checksums` has its hashing threads started, so they start while the CLI loads.
import { homedir } from 'node:os';
import { startHashThreadsAhead } from './commands/checksums-threads.js';
import { enablePrivateCompileCache } from './compile-cache.js';
import { unsupportedRuntime } from './runtime.js';

const unsupported = unsupportedRuntime(process.versions.node);
if (unsupported === undefined) {
  startHashThreadsAhead(process.argv.slice(2), process.cwd());
  enablePrivateCompileCache({ env: process.env, platform: process.platform, home: homedir(), uid: process.getuid?.() });
  await import('./main.js');
} else {
  // One line, hint included: the whole story for a user whose Node.js is too old.
  process.stderr.write(`trust-kit: ${unsupported.code}: ${unsupported.message}; ${unsupported.hint ?? ''}\n`);
  process.exitCode = 1;
}
