// The release signs the checksums file it wrote: the bytes it listed, not the file read back, which
// another process could have replaced in between.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { silentLogger } from '../../src/core/logger.js';
import type { ReleaseState } from '../../src/release/state.js';
import { runSignStep } from '../../src/release/steps/sign.js';
import type { SigningSession } from '../../src/sigstore/sign/index.js';
import { tempDir } from '../support/tmp.js';

test('the sign step signs the bytes the checksums step wrote, even when the file was replaced since', async (t) => {
  const staging = await tempDir(t);
  const checksumsPath = join(staging, 'SHA256SUMS');
  const listed = Buffer.from(`${'1'.repeat(64)}  app.tgz\n`);
  await writeFile(checksumsPath, `${'0'.repeat(64)}  app.tgz\n`);
  const signed: Buffer[] = [];
  const session: SigningSession = {
    instance: 'key',
    certificateIdentity: () => undefined,
    signBlob: async (data) => {
      signed.push(Buffer.from(data));
      return { bundle: { mediaType: 'test' } as never, text: '{"mediaType":"test"}\n' };
    },
    signStatement: () => Promise.reject(new Error('no statement is signed here')),
    signFile: () => Promise.reject(new Error('the checksums file is never read back to be signed')),
  };
  const state = {
    ports: { logger: silentLogger },
    checksumsPath,
    checksumsBytes: listed,
    staging,
    session,
    opened: { signer: () => ({ kind: 'key' }), description: 'a test key', trust: undefined },
  } as unknown as ReleaseState;
  const outcome = await runSignStep(state);
  assert.deepEqual(signed, [listed]);
  assert.equal(outcome.signature?.bundlePath, `${checksumsPath}.sigstore.json`);
  assert.equal(await readFile(`${checksumsPath}.sigstore.json`, 'utf8'), '{"mediaType":"test"}\n');
});
