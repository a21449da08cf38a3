/**
 * A child process for keyless-copies.test.ts: takes SIGSTORE_ID_TOKEN from its environment as
 * trust-kit's entry points do, signs twice in one session against the Sigstore services named in
 * argv (after the mode: `control` also keeps a string of the token), and, with the session still
 * open, prints which of the needles (hex in argv) a heap snapshot of itself finds. Run apart from
 * the services, whose own heap holds the token.
 */
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import { protectProcess } from '../../src/secrets/index.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { heapHolds } from '../support/heap-scan.js';

const [mode = '', fulcioURL = '', rekorURL = '', tsaURL = '', trustedRoot = '', ...needles] = process.argv.slice(2);
// The control keeps a string of the token, as a careless signer would: the scan must find it.
const kept = mode === 'control' ? [process.argv.slice(-2).map((hex) => Buffer.from(hex, 'hex').toString('latin1')).join('|')] : [];
protectProcess({ env: process.env });
const config = signConfig({ 'subject-path': 'x', 'fulcio-url': fulcioURL, 'rekor-url': rekorURL, 'tsa-url': tsaURL, 'trusted-root': trustedRoot }, cliNamer());
const opened = await openSigningSession(config, { cwd: process.cwd(), env: process.env, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
if (opened.session === undefined) throw new Error(opened.reason);
await opened.session.signBlob(Buffer.from('first'), 'first');
await opened.session.signBlob(Buffer.from('second'), 'second');
await new Promise((resolve) => setTimeout(resolve, 10));
const found = await heapHolds(new Map(needles.map((hex, index) => [String(index), Buffer.from(hex, 'hex')])));
opened.close();
process.stdout.write(JSON.stringify(found));
if (kept.length > 1) process.stdout.write('unreachable');
