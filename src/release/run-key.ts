import type { ReleaseSignConfig } from '../config/release.js';
import { tokenSource } from '../github/oidc.js';
import type { Environment } from '../secrets/index.js';

/**
 * Whether the run signs with a key made for it (a CLI run outside GitHub Actions with no token and
 * no key): each such run writes a public key of its own, `trust-kit.pub`.
 */
export function signsWithRunKey(config: ReleaseSignConfig | undefined, env: Environment): boolean {
  return config !== undefined && config.ephemeralKeyWithoutToken && tokenSource(env) === undefined;
}
