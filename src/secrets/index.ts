/**
 * Protected secrets: bytes in memory this library owns, out of logs, error messages and (on
 * Linux) core dumps. `import { SecretBuffer } from 'trust-kit/secrets'`.
 */
import '../core/runtime-guard.js';
export { Enclave } from './enclave.js';
export { SECRET_VARIABLES, childEnvironment, hasEnvironmentValue, loadWithSecretsHidden, type Environment } from './environment.js';
export { SecretError, type SecretErrorCode } from './errors.js';
export { setMasker, type Masker } from './live.js';
export { onPurge, purge } from './purge.js';
export { MASK, redact } from './redact.js';
export { REDACTED, SecretBuffer, type FromFileOptions, type FromInputOptions, type SecretOptions } from './secret-buffer.js';
export {
  enableMemoryProtection,
  installPurgeHooks,
  memoryProtectionStatus,
  protectProcess,
  type MemoryProtectionOptions,
  type ProtectionKind,
  type ProtectionStatus,
} from './protection.js';
