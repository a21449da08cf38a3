/**
 * A child process for environment-intake tests, which need variables in the environment block the
 * kernel copied at exec (only a fresh process has them). Modes: `empty` takes an empty input and
 * reports the open descriptors before and after and whether the variable is still set; `reads`
 * adopts a proxy of the process environment that records which variables' values were read as
 * strings, runs the check or intake named in the arguments, and prints the names read;
 * `duplicate` takes DUP (which the parent set twice) and prints what it read (or the error's code) and what
 * /proc/self/environ still shows of it;
 * `unscrubbed` (run where /proc/self/mem cannot be used) enables protection with a logger, takes
 * SECRET and prints the status, the warnings, the value and whether the environment still holds it;
 * `refused` (run under a low RLIMIT_MEMLOCK without CAP_IPC_LOCK) enables strict mlock, holds secrets
 * until a lock is refused, then takes SECRET, which must fail, and prints the error's code, whether
 * /proc/self/mem is still open and what the environment still holds of SECRET.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { SecretBuffer, enableMemoryProtection, hasEnvironmentValue, type Environment } from '../../src/secrets/index.js';

const read = new Set<string>();
/** process.env, recording every value read: the block intake reads none, `env.NAME` reads one. */
const env = new Proxy(process.env, {
  get(target, name) {
    if (typeof name === 'string') read.add(name);
    return Reflect.get(target, name) as unknown;
  },
}) as Environment;
const status = enableMemoryProtection({ env: process.argv[2] === 'reads' ? env : process.env });
const mode = process.argv[2];
const descriptors = (): number => readdirSync('/proc/self/fd').length;
if (mode === 'empty') {
  const before = descriptors();
  const taken = SecretBuffer.fromInput('token', process.env, { optional: true });
  process.stdout.write(`${JSON.stringify({ envScrub: status.envScrub, taken: taken !== undefined, before, after: descriptors(), stillSet: 'INPUT_TOKEN' in process.env })}\n`);
}
if (mode === 'reads') {
  const [what = '', ...names] = process.argv.slice(3);
  let result: unknown;
  if (what === 'has') result = names.map((name) => hasEnvironmentValue(name, env));
  else if (what === 'token-source') result = (await import('../../src/github/oidc.js')).tokenSource(env);
  else if (what === 'request-id-token') {
    const token = await (await import('../../src/github/oidc.js')).requestIdToken({ env, retry: { retries: 0, minDelayMs: 0, maxDelayMs: 0, factor: 1, budgetMs: 0, timeoutMs: 1000 } });
    result = token?.claims.iss;
    token?.secret.destroy();
  } else if (what === 'registry') {
    const source = await (await import('../../src/images/registry.js')).registryCredentials(env, new Set(['ghcr.io']), undefined);
    const found = await source?.credentialsFor('ghcr.io');
    result = found?.secret.length;
    found?.secret.destroy();
  }
  process.stdout.write(`${JSON.stringify({ envScrub: status.envScrub, result, read: names.filter((name) => read.has(name)) })}\n`);
}
if (mode === 'duplicate') {
  let value: string;
  try {
    const taken = SecretBuffer.fromEnv('DUP', process.env);
    value = taken.use((bytes) => bytes.toString('latin1'));
    taken.destroy();
  } catch (error) {
    value = String((error as { code?: unknown }).code);
  }
  const environ = readFileSync('/proc/self/environ', 'latin1');
  process.stdout.write(`${JSON.stringify({ envScrub: status.envScrub, value, left: environ.split('\0').filter((entry) => entry.includes('dup-value')) })}\n`);
}
if (mode === 'unscrubbed') {
  const warnings: string[] = [];
  const again = enableMemoryProtection({ env: process.env, logger: { warn: (message) => warnings.push(message), debug() {} } });
  const taken = SecretBuffer.fromEnv('SECRET', process.env);
  const value = taken.use((bytes) => bytes.toString('latin1'));
  taken.destroy();
  const environ = readFileSync('/proc/self/environ', 'latin1');
  process.stdout.write(`${JSON.stringify({ envScrub: again.envScrub, warnings, value, stillSet: 'SECRET' in process.env, inEnviron: environ.includes(value) })}\n`);
}
if (mode === 'refused') {
  enableMemoryProtection({ env: process.env, strict: ['mlock'] });
  const held: SecretBuffer[] = [];
  let refused = '';
  try {
    for (let index = 0; index < 1000; index += 1) held.push(SecretBuffer.from(Buffer.alloc(4096, 1)));
  } catch (error) {
    refused = (error as { code?: string }).code ?? String(error);
  }
  // SECRET is longer than a page: its block is of a size class no secret used, so a new one is mapped and refused too.
  let code = '';
  try {
    SecretBuffer.fromEnv('SECRET', process.env).destroy();
  } catch (error) {
    code = (error as { code?: string }).code ?? String(error);
  }
  const memOpen = readdirSync('/proc/self/fd').some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).endsWith('/mem');
    } catch {
      return false;
    }
  });
  const environ = readFileSync('/proc/self/environ', 'latin1');
  process.stdout.write(`${JSON.stringify({ refused, code, memOpen, stillSet: 'SECRET' in process.env, inEnviron: environ.includes('refused-secret-') })}\n`);
  for (const secret of held) secret.destroy();
}
