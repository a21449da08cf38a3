// The TUF path of trust: a TUF repository on 127.0.0.1, signed as TUF specifies, serving a
// trusted_root.json; the verifier loads it through its TUF client (tuf-js) from a pinned root.json.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { resolveTrust } from '../../src/sigstore/verify/files.js';
import { exactly, loadTrustMaterialFromTUF, verifyBundle } from '../../src/sigstore/verify/index.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { startTufRepository as startRepository } from '../support/tuf.js';
import { startInstance, type Instance } from './sigstore-js.js';

describe('trust material through TUF', () => {
  let instance: Instance;
  let directory: string;
  before(async () => {
    instance = await startInstance();
    directory = await mkdtemp(join(tmpdir(), 'trust-kit-tuf-'));
  });
  after(async () => {
    await instance.close();
    await rm(directory, { recursive: true, force: true });
  });

  test('loads the trusted root a TUF repository serves, verified from the pinned root, and verifies with it', async () => {
    const repository = await startRepository(directory, Buffer.from(JSON.stringify(instance.trustedRoot)));
    try {
      const trust = await loadTrustMaterialFromTUF({ mirrorURL: repository.url, rootPath: repository.rootPath, cachePath: join(directory, 'cache-ok') });
      assert.equal(trust.label, `${repository.url} (TUF)`);
      const artifact = Buffer.from('release\n');
      const bundle = await instance.signBlob(artifact);
      const policy = { kind: 'certificate' as const, identity: exactly('https://github.com/octo-org/widget/.github/workflows/release.yml@refs/tags/v1.2.3'), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };
      assert.equal(verifyBundle(bundle, { bytes: artifact }, policy, trust).tlogEntries.length, 1);
    } finally {
      await repository.close();
    }
  });

  test('what a repository answers in place of its metadata is repeated printable and bounded', async () => {
    const repository = await startRepository(directory, Buffer.from(JSON.stringify(instance.trustedRoot)));
    try {
      for (const [index, body] of [`\u009b${HOSTILE}`, `{"signed": ${JSON.stringify(`${HOSTILE}${HUGE}`)}}`].entries()) {
        repository.files.set('/timestamp.json', Buffer.from(body));
        await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: repository.url, rootPath: repository.rootPath, cachePath: join(directory, `cache-hostile-${index}`), retries: 0 }), (error: { code?: string; message: string }) => {
          assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
          assertShowable(error.message, /^cannot fetch the trusted root of http:\/\/127\.0\.0\.1:\d+ \(TUF\): /, 1500);
          return true;
        });
      }
    } finally {
      await repository.close();
    }
  });

  test('refuses a target that is not the one the signed metadata names, and an unreachable repository', async () => {
    const repository = await startRepository(directory, Buffer.from(JSON.stringify(instance.trustedRoot)));
    try {
      for (const [path, body] of repository.files) {
        if (path.startsWith('/targets/')) repository.files.set(path, Buffer.from(body.toString('utf8').replace('"tlogs"', '"tlogZ"')));
      }
      await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: repository.url, rootPath: repository.rootPath, cachePath: join(directory, 'cache-tampered') }), { code: 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE' });
    } finally {
      await repository.close();
    }
    const rootPath = join(directory, 'root.json');
    assert.ok((await readFile(rootPath)).length > 0);
    await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: repository.url, rootPath, cachePath: join(directory, 'cache-down'), retries: 0 }), (error: { code?: string; message?: string; hint?: string }) => {
      assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
      assert.match(error.message ?? '', /cannot fetch the trusted root of http:\/\/127\.0\.0\.1:\d+ \(TUF\)/);
      assert.equal(error.hint, 'pass --trusted-root FILE (input "trusted-root") to verify offline');
      return true;
    });
    // Fetched to sign with, the way round is the same flag, said for signing.
    await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: repository.url, rootPath, cachePath: join(directory, 'cache-down-sign'), retries: 0, purpose: 'sign' }), (error: { code?: string; hint?: string }) => {
      assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
      assert.equal(error.hint, 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it');
      return true;
    });
    // Verifying with a key, the root only checks the log entry: offline, a bundle trust-kit signed with a key needs none, and the hint says so.
    const unreachable = { publicGood: { mirrorURL: repository.url, rootPath, cachePath: join(directory, 'cache-down-key'), retries: 0 } };
    const keyed = { bundle: 'SHA256SUMS.sigstore.json', trustedRoot: undefined, policy: { kind: 'key' as const, keyPath: 'trust-kit.pub', ignoreTlog: false } };
    await assert.rejects(resolveTrust(keyed, directory, {}, unreachable), (error: { code?: string; hint?: string }) => {
      assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
      assert.match(error.hint ?? '', /--trusted-root FILE \(input "trusted-root"\) to verify offline.*--insecure-ignore-tlog \(input "insecure-ignore-tlog"\)/);
      return true;
    });
    assert.equal(await resolveTrust({ ...keyed, policy: { ...keyed.policy, ignoreTlog: true } }, directory, {}, unreachable), undefined);
  });
});
