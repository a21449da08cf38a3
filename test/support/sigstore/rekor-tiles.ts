import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer, type ServerProcess } from '../server-process.js';

/** A real rekor-tiles (Rekor v2) server on loopback, with what a trusted root needs to name it. */
export interface RekorTilesServer {
  readonly url: string;
  /** DER SPKI of its checkpoint key. */
  readonly publicKeyDer: Buffer;
  readonly keyDetails: 'PKIX_ED25519' | 'PKIX_ECDSA_P256_SHA_256';
  /** Its C2SP checkpoint key id, which it also writes as every entry's log id. */
  readonly logID: Buffer;
  close(): Promise<void>;
}

/**
 * Starts `rekor-tiles` (the POSIX build: `rekor-server serve`) with a fresh key (Ed25519 as the public-good log's,
 * or ECDSA P-256) and storage directory,
 * its origin the hostname 127.0.0.1, publishing a checkpoint every 200 ms (it answers an entry once a checkpoint
 * covers it), and waits until its health check answers.
 */
export async function startRekorTiles(binary: string, keyType: 'ed25519' | 'ecdsa-p256' = 'ed25519'): Promise<RekorTilesServer> {
  const directory = await mkdtemp(join(tmpdir(), 'trust-kit-rekor-tiles-'));
  const pair = keyType === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const keyPath = join(directory, 'key.pem');
  await writeFile(keyPath, pair.privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  await mkdir(join(directory, 'storage'));
  const [http, grpc, metrics] = [await freePort(), await freePort(), await freePort()];
  let server: ServerProcess | undefined;
  const close = async (): Promise<void> => {
    await server?.stop();
    await rm(directory, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${http}`;
  try {
    server = startServer('rekor-tiles', binary, [
      'serve', '--storage-dir', join(directory, 'storage'), '--signer-filepath', keyPath, '--hostname', '127.0.0.1', '--http-port', String(http), '--grpc-port', String(grpc),
      '--http-metrics-port', String(metrics), '--checkpoint-interval', '200ms', '--batch-max-age', '20ms', '--log-level', 'warn',
    ]);
    await server.waitUntil(async () => (await fetch(`${url}/healthz`)).ok, 30_000);
  } catch (error) {
    await close();
    throw error;
  }
  const publicKeyDer = pair.publicKey.export({ format: 'der', type: 'spki' });
  // C2SP key ids: Ed25519 over the origin and raw key; ECDSA (rekor-tiles' own rule) the SHA-256 of the SPKI, as a Rekor v1 log id.
  const logID = keyType === 'ed25519'
    ? createHash('sha256').update('127.0.0.1\n').update(Buffer.from([0x01])).update(publicKeyDer.subarray(-32)).digest()
    : createHash('sha256').update(publicKeyDer).digest();
  return { url, publicKeyDer, keyDetails: keyType === 'ed25519' ? 'PKIX_ED25519' : 'PKIX_ECDSA_P256_SHA_256', logID, close };
}
