// The TUF path of trust: a TUF repository on 127.0.0.1, signed as TUF specifies, serving a
// trusted_root.json; the verifier loads it through @sigstore/tuf from a pinned root.json.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exactly, loadTrustMaterialFromTUF, verifyBundle } from '../../src/sigstore/verify/index.js';
import { startInstance, type Instance } from './sigstore-js.js';

/** Canonical JSON as TUF signs it (sorted keys, no whitespace); the metadata here is ASCII only. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface Repository {
  url: string;
  rootPath: string;
  files: Map<string, Buffer>;
  close(): Promise<void>;
}

/** A one-key TUF repository (consistent snapshots) whose only target is `trusted_root.json`. */
async function startRepository(directory: string, trustedRoot: Buffer, expires = new Date(Date.now() + 86400000)): Promise<Repository> {
  const keys = generateKeyPairSync('ed25519');
  const publicHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const key = { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: publicHex } };
  const keyId = createHash('sha256').update(canonical(key)).digest('hex');
  const signed = (body: object, signer: KeyObject = keys.privateKey): Buffer =>
    Buffer.from(JSON.stringify({ signed: body, signatures: [{ keyid: keyId, sig: sign(null, Buffer.from(canonical(body)), signer).toString('hex') }] }));
  const common = { spec_version: '1.0.31', version: 1, expires: expires.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const role = { keyids: [keyId], threshold: 1 };
  const root = signed({ _type: 'root', ...common, consistent_snapshot: true, keys: { [keyId]: key }, roles: { root: role, targets: role, snapshot: role, timestamp: role } });
  const targetHash = createHash('sha256').update(trustedRoot).digest('hex');
  const targets = signed({ _type: 'targets', ...common, targets: { 'trusted_root.json': { length: trustedRoot.length, hashes: { sha256: targetHash } } } });
  const snapshot = signed({ _type: 'snapshot', ...common, meta: { 'targets.json': { version: 1 } } });
  const timestamp = signed({ _type: 'timestamp', ...common, meta: { 'snapshot.json': { version: 1 } } });
  const files = new Map<string, Buffer>([
    ['/1.root.json', root],
    ['/timestamp.json', timestamp],
    ['/1.snapshot.json', snapshot],
    ['/1.targets.json', targets],
    [`/targets/${targetHash}.trusted_root.json`, trustedRoot],
  ]);
  const server: Server = createServer((request, response) => {
    const body = files.get(request.url ?? '');
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const rootPath = join(directory, 'root.json');
  await writeFile(rootPath, root);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootPath,
    files,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

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
    await assert.rejects(loadTrustMaterialFromTUF({ mirrorURL: repository.url, rootPath, cachePath: join(directory, 'cache-down'), retries: 0 }), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE');
      assert.match(error.message ?? '', /cannot fetch the trusted root of http:\/\/127\.0\.0\.1:\d+ \(TUF\)/);
      return true;
    });
  });
});
