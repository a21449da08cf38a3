/**
 * The process whose core the core-dump test searches: it takes a token from an action input
 * (`INPUT_TOKEN`), a password and a signing key from files, uses them (HMAC, an ECDSA signature),
 * then raises SIGUSR2 so that gdb, its parent, dumps its core while the secrets are still held.
 * Modes: `protected` (the library, all protections), `protected-js` (the library without the
 * native backend), `library-unfiltered` (the library, core dumps left unfiltered) and `control`
 * (no protection: the secrets read as strings, as most actions do).
 */
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Enclave, SecretBuffer, enableMemoryProtection } from '../../src/secrets/index.js';

const [mode = '', passwordFile = '', keyFile = '', nativeFrom = ''] = process.argv.slice(2);
const payload = Buffer.from('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  release.tgz\n');
const report: Record<string, unknown> = { mode };

if (mode === 'control') {
  const token = process.env['INPUT_TOKEN'] ?? '';
  const password = readFileSync(passwordFile, 'utf8');
  const key = createPrivateKey(readFileSync(keyFile, 'utf8'));
  report['mac'] = createHmac('sha256', password).update(token).update(payload).digest('hex');
  report['signature'] = sign('sha256', payload, key).length;
  (globalThis as Record<string, unknown>)['held'] = [token, password, key];
} else {
  report['status'] = enableMemoryProtection({
    env: process.env,
    nativeFrom,
    backend: mode === 'protected-js' ? 'js' : 'auto',
    keepCoreDumps: mode === 'library-unfiltered',
  });
  const token = Enclave.seal(SecretBuffer.fromInput('token', process.env));
  const password = await SecretBuffer.fromFile(passwordFile, { trim: true });
  const keyPem = await SecretBuffer.fromFile(keyFile);
  const key = keyPem.use((bytes) => createPrivateKey({ key: bytes, format: 'pem' }));
  keyPem.destroy();
  report['mac'] = token.use((t) => password.use((p) => createHmac('sha256', p).update(t).update(payload).digest('hex')));
  report['signature'] = sign('sha256', payload, key).length;
  (globalThis as Record<string, unknown>)['held'] = [token, password, key];
}
report['environHasToken'] = readFileSync('/proc/self/environ').includes(Buffer.from('INPUT_TOKEN='));
for (let i = 0; i < 3; i += 1) (globalThis as { gc?: () => void }).gc?.();
process.stdout.write(`${JSON.stringify(report)}\n`);
process.kill(process.pid, 'SIGUSR2');
