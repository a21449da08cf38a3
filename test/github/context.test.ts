import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRunContext } from '../../src/github/context.js';
import { tempDir } from '../support/tmp.js';

test('an event payload that is missing, a directory or not JSON is GITHUB_EVENT_UNREADABLE naming GITHUB_EVENT_PATH\'s file', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'event.json'), '{"repository": ');
  await mkdir(join(dir, 'event.d'));
  for (const [name, why] of [['gone.json', /ENOENT/], ['event.d', /EISDIR/], ['event.json', /JSON/]] as const) {
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
