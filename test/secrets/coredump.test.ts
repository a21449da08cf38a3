/**
 * The core-dump test (Linux, gdb): a holder process takes random secrets the way an action does
 * (an input variable and files), uses them through the library, and has its core dumped by gdb's
 * `gcore` while it holds them; the core is then searched for every form of every secret. The
 * control run, without protection, must find the token, so the test cannot pass on an empty or
 * failed dump.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { build } from 'esbuild';
import { missingInCI } from '../support/ci.js';
import { NODE, secretForms } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const gdb = spawnSync('gdb', ['--version'], { encoding: 'utf8' });
const skip = process.platform !== 'linux' ? 'core dumps are filtered on Linux only' : false;
const GDB_MISSING = gdb.status !== 0 ? 'gdb is not installed (scripts/install-tools.sh debian_packages installs it)' : undefined;

/**
 * gcore writes reserved but unused address space out as zeros: without the JIT's code range, the
 * extra V8 worker threads and per-thread malloc arenas an unfiltered core shrinks from ~1.4 GB to
 * ~0.4 GB. None of these changes where the holder's data lives.
 */
const SMALL_CORE_FLAGS = ['--jitless', '--v8-pool-size=1'];

interface Secrets {
  token: string;
  password: string;
  keyPem: string;
  /** The private scalar, big-endian, as OpenSSL and a PEM decoder would hold it. */
  scalar: Buffer;
}

interface Dump {
  report: { status?: Record<string, unknown>; environHasToken: boolean; signature: number };
  /** Per secret, the forms found in the core. */
  found: Record<string, string[]>;
  size: number;
}

function alphanumeric(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

function freshSecrets(): Secrets {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const keyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url');
  return { token: `ghs_${alphanumeric(36)}`, password: `pw-${alphanumeric(29)}`, keyPem, scalar };
}

/** The forms searched per secret: every text form for the token and password; the key as its PEM lines and raw scalar. */
function searchTerms(secrets: Secrets, withKey: boolean): Map<string, Map<string, Buffer>> {
  const terms = new Map<string, Map<string, Buffer>>([
    ['token', secretForms(secrets.token)],
    ['password', secretForms(secrets.password)],
  ]);
  if (withKey) {
    const lines = secrets.keyPem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
    terms.set('key', new Map<string, Buffer>([
      ...lines.map((line, index): [string, Buffer] => [`pem line ${index + 1}`, Buffer.from(line)]),
      ['scalar', secrets.scalar],
      ['scalar (little-endian)', Buffer.from(secrets.scalar).reverse()],
    ]));
  }
  return terms;
}

async function holderScript(dir: string): Promise<string> {
  const outfile = join(dir, 'holder.mjs');
  // One self-contained ESM file: no loader hooks and no CommonJS interop, which reserve gigabytes gcore would write out.
  await build({ entryPoints: [join(import.meta.dirname, 'coredump-holder.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node24', outfile, logLevel: 'error' });
  return outfile;
}

function dump(t: TestContext, dir: string, holder: string, mode: string, secrets: Secrets, withKey: boolean): Dump {
  const passwordFile = join(dir, 'password');
  const keyFile = join(dir, 'signing.key');
  writeFileSync(passwordFile, `${secrets.password}\n`, { mode: 0o600 });
  writeFileSync(keyFile, secrets.keyPem, { mode: 0o600 });
  const core = join(dir, `core.${mode}`);
  const result = spawnSync(
    'gdb',
    ['-batch', '-nx', '-ex', 'handle SIGUSR2 stop print nopass', '-ex', 'run', '-ex', `gcore ${core}`, '-ex', 'kill', '--args', NODE, ...SMALL_CORE_FLAGS, '--expose-gc', holder, mode, passwordFile, keyFile, ROOT],
    { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, MALLOC_ARENA_MAX: '1', INPUT_TOKEN: secrets.token }, maxBuffer: 64 * 1024 * 1024 },
  );
  const line = result.stdout.split('\n').find((text) => text.startsWith('{"mode"'));
  assert.ok(line !== undefined && existsSync(core), `gdb did not dump the holder (${mode}):\n${result.stdout}\n${result.stderr}`);
  const size = statSync(core).size;
  try {
    const bytes = readFileSync(core);
    const found: Record<string, string[]> = {};
    for (const [secret, forms] of searchTerms(secrets, withKey)) {
      found[secret] = [...forms].filter(([, form]) => form.length > 0 && bytes.includes(form)).map(([name]) => name);
    }
    const report = JSON.parse(line) as Dump['report'];
    t.diagnostic(`${mode}: core ${size} bytes, found ${JSON.stringify(found)}, status ${JSON.stringify(report.status ?? null)}`);
    return { report, found, size };
  } finally {
    rmSync(core, { force: true });
  }
}

test('core dumps hold no secret when protected; the unprotected control run finds it', { skip }, async (t) => {
  if (GDB_MISSING !== undefined) return missingInCI(t, GDB_MISSING);
  const dir = await tempDir(t, 'trust-kit-core-');
  const holder = await holderScript(dir);

  const control = dump(t, dir, holder, 'control', freshSecrets(), true);
  assert.ok(control.found['token']?.includes('plain'), `the control core must contain the token: ${JSON.stringify(control.found)}`);
  assert.ok(control.found['password']?.includes('plain'), `the control core must contain the password: ${JSON.stringify(control.found)}`);
  assert.equal(control.report.environHasToken, true);

  for (const mode of ['protected', 'protected-js']) {
    const run = dump(t, dir, holder, mode, freshSecrets(), true);
    assert.equal(run.report.signature > 0, true);
    assert.equal(run.report.status?.['backend'], mode === 'protected' ? 'sodium' : 'js');
    assert.equal(run.report.status?.['coreDumps'], 'excluded');
    assert.deepEqual(run.found, { token: [], password: [], key: [] }, `${mode}: secrets found in the core`);
    assert.equal(run.report.environHasToken, false, `${mode}: the token is still in /proc/<pid>/environ`);
  }
});

test('without the dump filter, the library alone leaves no token or password in a core (environment scrub, sealed and guarded memory)', { skip }, async (t) => {
  if (GDB_MISSING !== undefined) return missingInCI(t, GDB_MISSING);
  const dir = await tempDir(t, 'trust-kit-core-');
  const holder = await holderScript(dir);
  const run = dump(t, dir, holder, 'library-unfiltered', freshSecrets(), false);
  assert.equal(run.report.status?.['coreDumps'], 'unavailable');
  assert.ok(run.size > 100 * 1024 * 1024, `an unfiltered core holds the whole heap (${run.size} bytes)`);
  assert.deepEqual(run.found, { token: [], password: [] });
  assert.equal(run.report.environHasToken, false);
});
