/**
 * A child process for protectProcess: `absent` protects with no libsodium binary (argument 3, an
 * empty directory) and a core-dump filter it cannot write (argument 4, a directory); `present` with
 * the binary found as usual; `ask`, as `present`, also asks memoryProtectionStatus before the first
 * secret; `library` calls neither protectProcess nor enableMemoryProtection, as a
 * library user may not. Each reports the warnings and whether libsodium is mapped before the
 * first secret and after it, and the status then, as JSON.
 */
import { readFileSync } from 'node:fs';
import { SecretBuffer, memoryProtectionStatus, protectProcess } from '../../src/secrets/index.js';

const warnings: string[] = [];
const [mode, nativeFrom, coredumpFilter] = process.argv.slice(2);
const sodiumMapped = (): boolean => readFileSync('/proc/self/maps', 'utf8').includes('sodium-native.node');
if (mode !== 'library') {
  protectProcess({
    env: {},
    logger: { warn: (message) => warnings.push(message), debug() {} },
    ...(mode === 'absent' ? { nativeFrom, coredumpFilter } : {}),
  });
}
const before = { warnings: [...warnings], sodiumMapped: sodiumMapped() };
// Asking what is in force, before any secret, chooses the secret memory and reports what is missing.
const asked = mode === 'ask' ? { status: memoryProtectionStatus(), warnings: [...warnings], sodiumMapped: sodiumMapped() } : undefined;
const secret = SecretBuffer.from(Buffer.from('first secret'));
const after = { warnings: [...warnings], sodiumMapped: sodiumMapped(), status: memoryProtectionStatus(), intact: secret.use((bytes) => bytes.toString()) === 'first secret' };
secret.destroy();
process.stdout.write(`${JSON.stringify({ before, asked, after })}\n`);
