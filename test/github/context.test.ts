import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRunContext } from '../../src/github/context.js';
import { tempDir } from '../support/tmp.js';

test('an event payload that is missing, a directory or not JSON is GITHUB_EVENT_UNREADABLE naming GITHUB_EVENT_PATH\'s file', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'event.json'), '{"repository": ');
  await mkdir(join(dir, 'event.d'));
  for (const [name, why] of [['gone.json', /ENOENT|does not exist/], ['event.d', /is a directory, not a regular file/], ['event.json', /JSON/]] as const) {
    const path = join(dir, name);
    await assert.rejects(readRunContext({ GITHUB_EVENT_PATH: path }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_EVENT_UNREADABLE');
      assert.ok(error.message.startsWith(`cannot read the event payload ${path}: `), error.message);
      assert.match(error.message, why);
      assert.match(error.hint ?? '', /GITHUB_EVENT_PATH must name the JSON file the runner writes/);
      return true;
    });
  }
});

test('without GITHUB_EVENT_PATH there is no payload, and no error', async () => {
  assert.deepEqual(await readRunContext({}), { serverURL: 'https://github.com', payload: undefined, visibility: undefined });
});

test('an event payload that is a pipe or a device is refused before it is read (a FIFO hung the run, /dev/zero filled the memory)', async (t) => {
  const dir = await tempDir(t);
  const fifo = join(dir, 'event.fifo');
  execFileSync('mkfifo', [fifo]);
  for (const path of [fifo, '/dev/zero']) {
    await assert.rejects(readRunContext({ GITHUB_EVENT_PATH: path }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_EVENT_UNREADABLE');
      assert.match(error.message, /not a regular file/);
      return true;
    });
  }
});

test('GITHUB_SERVER_URL must be the address of a server: empty is unset; a path, a bare host or credentials are GITHUB_SERVER_URL_INVALID (a path was signed into provenance as another repository)', async () => {
  assert.equal((await readRunContext({ GITHUB_SERVER_URL: '' })).serverURL, 'https://github.com');
  assert.equal((await readRunContext({ GITHUB_SERVER_URL: 'https://ghe.example:8443/' })).serverURL, 'https://ghe.example:8443');
  for (const value of ['https://github.com/evil-org/x', 'github.com', 'https://user:pw@github.com', 'ftp://github.com']) {
    await assert.rejects(readRunContext({ GITHUB_SERVER_URL: value }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_SERVER_URL_INVALID', value);
      assert.ok(!error.message.includes('pw@'), error.message);
      return true;
    });
  }
});
