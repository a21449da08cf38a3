// A TUF repository on 127.0.0.1, signed as the TUF specification says (one Ed25519 key for every
// role, consistent snapshots), whose only target is a Sigstore `trusted_root.json`.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** Canonical JSON as TUF signs it (sorted keys, no whitespace); the metadata here is ASCII without escapes. */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJSON((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A running loopback TUF repository. */
export interface TufRepository {
  url: string;
  /** The repository's root.json written to a file, as the TUF client takes it (rootPath). */
  rootPath: string;
  /** The same root.json, parsed. */
  root: object;
  /** What the server answers, by request path; tests may replace entries to tamper with the repository. */
  files: Map<string, Buffer>;
  close(): Promise<void>;
}

/** Starts a repository serving `trustedRoot` as its `trusted_root.json` target; its root.json is written into `directory`. */
export async function startTufRepository(directory: string, trustedRoot: Buffer, expires = new Date(Date.now() + 86400000)): Promise<TufRepository> {
  const keys = generateKeyPairSync('ed25519');
  const publicHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const key = { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: publicHex } };
  const keyId = createHash('sha256').update(canonicalJSON(key)).digest('hex');
  const signed = (body: object, signer: KeyObject = keys.privateKey): Buffer =>
    Buffer.from(JSON.stringify({ signed: body, signatures: [{ keyid: keyId, sig: sign(null, Buffer.from(canonicalJSON(body)), signer).toString('hex') }] }));
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
    root: JSON.parse(root.toString('utf8')) as object,
    files,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
