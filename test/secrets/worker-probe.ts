/**
 * A process whose worker thread, given an environment of its own, protects itself as an entry
 * point would and takes a secret from that environment: prints what it read.
 */
import { Worker, isMainThread } from 'node:worker_threads';
import { SecretBuffer, protectProcess } from '../../src/secrets/index.js';

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), { env: { ...process.env, WORKER_SECRET: 'the-worker-value' }, execArgv: [...process.execArgv] });
  worker.on('message', (report: unknown) => process.stdout.write(`${JSON.stringify(report)}\n`));
  worker.on('error', (error) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  const { parentPort } = await import('node:worker_threads');
  protectProcess({ env: process.env });
  const secret = SecretBuffer.fromEnv('WORKER_SECRET', process.env);
  parentPort?.postMessage({ read: secret.use((bytes) => bytes.toString('utf8')), left: 'WORKER_SECRET' in process.env });
  secret.destroy();
}
