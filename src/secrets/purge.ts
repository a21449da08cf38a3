import { dropEnclaveKeys } from './enclave.js';
import { liveSecrets } from './live.js';

/** Destroys every live secret and the sealing keys: what exit, signal and crash hooks run. */
export function purge(): void {
  for (const secret of liveSecrets()) secret.destroy();
  dropEnclaveKeys();
}
