import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../cli.js';
import { tempDir } from '../tmp.js';
import { bannerLines } from './banner.js';
import { startSigstoreStack } from './index.js';

test('the sign and verify lines `npm run stack` prints work as printed, in the job environment it prints', async (t) => {
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'artifact.txt'), 'signed against the loopback stack\n');
  const lines = bannerLines(stack).map((line) => line.trim());
  const words = (prefix: string): string[] => (lines.find((line) => line.startsWith(prefix)) ?? '').split(' ').slice(1).map((word) => word.replaceAll('FILE', 'artifact.txt'));
  const signed = await cli(words('trust-kit sign-blob '), cwd, stack.env);
  assert.equal(signed.code, 0, signed.stderr);
  const verified = await cli(words('trust-kit verify-blob '), cwd, {});
  assert.equal(verified.code, 0, verified.stderr);
});
