import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { hashEach, MANY_FILES } from '../../src/checksums/index.js';
import { tempDir } from '../support/tmp.js';

// A named pipe with no writer would block a plain open for ever: the timeout is the bound.
const BOUNDED = { timeout: 20_000 };

for (const [how, options] of [
  ['on hashing threads', { concurrency: 2 }],
  ['on this thread helping a hashing thread', { concurrency: 2, callerHelps: true }],
  ['in process', { concurrency: 1 }],
] as const) {
  test(`a named pipe in place of an artifact is reported unreadable, not waited on (${how})`, BOUNDED, async (t) => {
    const dir = await tempDir(t);
    // Enough files that two threads are worth starting; one of them has become a pipe since the walk.
    const files = [];
    for (let index = 0; index < MANY_FILES; index++) {
      const path = join(dir, `f${index}`);
      await writeFile(path, `${index}`);
      files.push({ path, name: `f${index}` });
    }
    const pipe = join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    // First, where a helping calling thread takes it: its first claim is made before any thread has started.
    files.unshift({ path: pipe, name: 'pipe' });
    const outcomes = await hashEach(files, 'sha256', options);
    const first = outcomes[0];
    assert.ok(first !== undefined && 'error' in first, 'the pipe is an error in its place');
    assert.equal(first.error.code, 'CHECKSUMS_READ_FAILED');
    assert.match(first.error.message, /pipe": .*not a regular file/);
    assert.equal(outcomes.filter((outcome) => 'error' in outcome).length, 1);
  });
}
