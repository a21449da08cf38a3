/**
 * A child process for keyless-copies.test.ts: takes SIGSTORE_ID_TOKEN from its environment as
 * trust-kit's entry points do, signs twice in one session against the Sigstore services named in
 * argv (after the mode: `control` also keeps a string of the token, `upstream` leaves sigstore-js's
 * agent cache as it is), and, with the session still open, prints which of the needles (hex in argv) a heap
 * snapshot of itself finds. Run apart from the services, whose own heap holds the token.
 */
import { createRequire } from 'node:module';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import { protectProcess } from '../../src/secrets/index.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { heapHolds } from '../support/heap-scan.js';

const require = createRequire(import.meta.url);
const [mode = '', fulcioURL = '', rekorURL = '', tsaURL = '', trustedRoot = '', ...needles] = process.argv.slice(2);
// The control keeps a string of the token, as a careless signer would: the scan must find it.
const kept = mode === 'control' ? [process.argv.slice(-2).map((hex) => Buffer.from(hex, 'hex').toString('latin1')).join('|')] : [];
protectProcess({ env: process.env });
const config = signConfig({ 'subject-path': 'x', 'fulcio-url': fulcioURL, 'rekor-url': rekorURL, 'tsa-url': tsaURL, 'trusted-root': trustedRoot }, cliNamer());
const opened = await openSigningSession(config, { cwd: process.cwd(), env: process.env, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
if (opened.session === undefined) throw new Error(opened.reason);
await opened.session.signBlob(Buffer.from('first'), 'first');
await opened.session.signBlob(Buffer.from('second'), 'second');
// sigstore-js's HTTP client (make-fetch-happen) hands @npmcli/agent the whole fetch options, body
// and so token included, and the agent keeps them for the process's life (a known copy, see
// docs/security/memory-protection.md): dropped here, so that the scan sees what anything else keeps.
// In a function of its own, so that no variable of the module's suspended frame keeps an agent.
function dropAgents(): void {
  // Required as sigstore-js's make-fetch-happen requires it: the same module, so the same cache.
  const { cache } = createRequire(require.resolve('make-fetch-happen'))('@npmcli/agent') as { cache: { agent: Map<string, { destroy(): void }> } };
  for (const agent of cache.agent.values()) agent.destroy();
  cache.agent.clear();
}
if (mode !== 'upstream') dropAgents();
await new Promise((resolve) => setTimeout(resolve, 10));
const found = await heapHolds(new Map(needles.map((hex, index) => [String(index), Buffer.from(hex, 'hex')])));
opened.close();
process.stdout.write(JSON.stringify(found));
if (kept.length > 1) process.stdout.write('unreachable');
