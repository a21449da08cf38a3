import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmod, open, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { Enclave, SecretBuffer, loadWithSecretsHidden, purge, redact, setMasker } from '../../src/secrets/index.js';
import { activeBackend, setActiveBackend } from '../../src/secrets/backend.js';
import { liveSecrets } from '../../src/secrets/live.js';
import type { MemoryBackend } from '../../src/secrets/memory.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const text = (secret: SecretBuffer | Enclave): string => secret.use((bytes) => bytes.toString('utf8'));

test('from copies the bytes and zeroes the source; use gives them back', () => {
  const source = Buffer.from('ghs_0123456789abcdef');
  const secret = SecretBuffer.from(source);
  assert.ok(source.every((byte) => byte === 0));
  assert.equal(secret.length, 20);
  assert.equal(text(secret), 'ghs_0123456789abcdef');
  secret.destroy();
});

test('from zeroes the bytes handed over when it cannot take them (no memory), as when it can', () => {
  const real = activeBackend();
  setActiveBackend({
    ...real,
    // sodium_malloc throws when the kernel refuses the mapping.
    allocate: () => {
      throw new Error('ENOMEM, Cannot allocate memory');
    },
    setAccess: (block, access) => real.setAccess(block, access),
    release: (block) => real.release(block),
    seal: (key, plaintext) => real.seal(key, plaintext),
    open: (key, sealed, into) => real.open(key, sealed, into),
  });
  const source = Buffer.from('ghs_0123456789abcdef');
  try {
    assert.throws(() => SecretBuffer.from(source), /ENOMEM/);
  } finally {
    setActiveBackend(real);
  }
  assert.ok(source.every((byte) => byte === 0), 'the caller handed the secret over: it is not left in its buffer');
});

test('every string view is redacted', () => {
  const secret = SecretBuffer.from(Buffer.from('hunter2-password'));
  const enclave = Enclave.from(Buffer.from('sealed-password'));
  for (const value of [secret, enclave]) {
    assert.equal(String(value), '[redacted]');
    assert.equal(`${value}`, '[redacted]');
    assert.equal(JSON.stringify({ value }), '{"value":"[redacted]"}');
    assert.match(inspect({ value }), /\[redacted\]/);
    assert.doesNotMatch(inspect({ value }, { showHidden: true, depth: 10 }), /password/);
    assert.equal(value + '', '[redacted]');
  }
  secret.destroy();
  enclave.destroy();
});

test('destroy zeroes, is idempotent, and later use fails with SECRET_DESTROYED', () => {
  const secret = SecretBuffer.from(Buffer.from('to-be-destroyed'));
  let seen: Buffer | undefined;
  secret.use((bytes) => {
    seen = bytes;
  });
  secret.destroy();
  secret.destroy();
  assert.equal(secret.destroyed, true);
  assert.throws(() => secret.use(() => 0), { code: 'SECRET_DESTROYED' });
  assert.ok(seen !== undefined);
});

test('destroy during use wipes at once and frees when the use ends', () => {
  const secret = SecretBuffer.from(Buffer.from('destroy-inside-use'));
  const after = secret.use((bytes) => {
    secret.destroy();
    return Buffer.from(bytes).every((byte) => byte === 0);
  });
  assert.equal(after, true);
});

test('a throw inside use still closes access and the secret stays usable', () => {
  const secret = SecretBuffer.from(Buffer.from('throwing-callback'));
  assert.throws(() => secret.use(() => {
    throw new Error('boom');
  }), /boom/);
  assert.equal(text(secret), 'throwing-callback');
  secret.destroy();
});

test('useAsync keeps the bytes readable until the promise settles', async () => {
  const secret = SecretBuffer.from(Buffer.from('async-secret-value'));
  const value = await secret.useAsync(async (bytes) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return bytes.toString('utf8');
  });
  assert.equal(value, 'async-secret-value');
  secret.destroy();
});

test('equals compares in constant time with secrets and bytes', () => {
  const a = SecretBuffer.from(Buffer.from('same-value'));
  const b = SecretBuffer.from(Buffer.from('same-value'));
  const c = SecretBuffer.from(Buffer.from('other-valu'));
  assert.equal(a.equals(b), true);
  assert.equal(a.equals(c), false);
  assert.equal(a.equals(Buffer.from('same-value')), true);
  assert.equal(a.equals(Buffer.from('same')), false);
  for (const secret of [a, b, c]) secret.destroy();
});

test('fromFile reads the bytes, trims on request, and names the file when it fails', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'token'), 'file-secret-value\n', { mode: 0o600 });
  await writeFile(join(dir, 'empty'), '');
  const raw = await SecretBuffer.fromFile(join(dir, 'token'));
  assert.equal(text(raw), 'file-secret-value\n');
  const trimmed = await SecretBuffer.fromFile(join(dir, 'token'), { trim: true });
  assert.equal(text(trimmed), 'file-secret-value');
  await assert.rejects(SecretBuffer.fromFile(join(dir, 'missing')), (error: Error & { code: string }) => {
    assert.equal(error.code, 'SECRET_FILE_UNREADABLE');
    assert.match(error.message, /missing/);
    return true;
  });
  await assert.rejects(SecretBuffer.fromFile(join(dir, 'empty')), { code: 'SECRET_EMPTY' });
  raw.destroy();
  trimmed.destroy();
});

test('useFile hands the bytes to one call, wipes them after it, masks them, and tracks no secret', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'key'), 'once-used-key-bytes\n', { mode: 0o600 });
  await writeFile(join(dir, 'empty'), '');
  const pendingImmediates = (): number => process.getActiveResourcesInfo().filter((resource) => resource === 'Immediate').length;
  await new Promise((resolve) => setImmediate(resolve));
  const [liveBefore, immediatesBefore] = [liveSecrets().length, pendingImmediates()];
  const masked: string[] = [];
  setMasker((form) => masked.push(Buffer.from(form).toString()));
  let seen: Buffer | undefined;
  try {
    const result = await SecretBuffer.useFile(join(dir, 'key'), { what: 'private key' }, (bytes) => {
      seen = bytes;
      assert.equal(liveSecrets().length, liveBefore, 'the bytes are not a tracked secret');
      return bytes.toString('utf8');
    });
    assert.equal(result, 'once-used-key-bytes\n');
  } finally {
    setMasker(undefined);
  }
  assert.ok(masked.includes('once-used-key-bytes'), 'registered with the masker like any secret');
  assert.ok(seen?.every((byte) => byte === 0), 'wiped when the call returned');
  assert.equal(pendingImmediates(), immediatesBefore, 'nothing is left to close at the end of the turn');

  const late = await SecretBuffer.useFile(join(dir, 'key'), {}, async (bytes) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return bytes.toString('utf8', 0, 4);
  });
  assert.equal(late, 'once', 'an async call reads the bytes until its promise settles');

  let thrownWith: Buffer | undefined;
  await assert.rejects(
    SecretBuffer.useFile(join(dir, 'key'), {}, (bytes) => {
      thrownWith = bytes;
      throw new Error('import failed');
    }),
    /import failed/,
  );
  assert.ok(thrownWith?.every((byte) => byte === 0), 'wiped when the call threw');
  await assert.rejects(SecretBuffer.useFile(join(dir, 'missing'), {}, () => 0), { code: 'SECRET_FILE_UNREADABLE', message: /missing/ });
  await assert.rejects(SecretBuffer.useFile(join(dir, 'empty'), {}, () => 0), { code: 'SECRET_EMPTY' });
  await assert.rejects(SecretBuffer.useFile(dir, { what: 'private key' }, () => 0), { code: 'FILE_NOT_REGULAR', message: /^private key / });
  await assert.rejects(SecretBuffer.useFile(join(dir, 'key'), { maxBytes: 4 }, () => 0), { code: 'FILE_TOO_LARGE' });
  assert.equal(liveSecrets().length, liveBefore);
});

test('useFile gives the mode of the file it read, not of what the path names once the call runs', { skip: process.platform === 'win32' && 'POSIX modes only' }, async (t) => {
  const dir = await tempDir(t);
  const key = join(dir, 'key');
  await writeFile(key, 'world-readable-key', { mode: 0o644 });
  await chmod(key, 0o644);
  const mode = await SecretBuffer.useFile(key, { what: 'private key' }, async (bytes, file) => {
    assert.equal(bytes.toString(), 'world-readable-key');
    // The path now names another, private file: the key read stays the world-readable one.
    await rename(key, join(dir, 'key.read'));
    await writeFile(key, 'private', { mode: 0o600 });
    return file.mode & 0o777;
  });
  assert.equal(mode, 0o644);
});

test('useFile wipes and gives back the bytes it read when closing the file fails afterwards', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'key'), 'read-then-close-fails', { mode: 0o600 });
  // The blocks the secret is read into, seen through a backend that delegates to the real one.
  const real = activeBackend();
  const allocated: Buffer[] = [];
  const given: Buffer[] = [];
  const recording: MemoryBackend = {
    name: real.name,
    guarded: real.guarded,
    keyLength: real.keyLength,
    sealOverhead: real.sealOverhead,
    allocate: (size) => {
      const block = real.allocate(size);
      if (block !== undefined) allocated.push(block);
      return block;
    },
    setAccess: (block, access) => real.setAccess(block, access),
    release: (block) => {
      given.push(block);
      real.release(block);
    },
    seal: (key, plaintext) => real.seal(key, plaintext),
    open: (key, sealed, into) => real.open(key, sealed, into),
  };
  // The file is closed for real, then the close is reported failed (as EIO on a network file system can).
  // FileHandle's own close is a field of each handle, so the failure is injected one level down, in the
  // native handle every FileHandle closes through (behind its kHandle symbol).
  const probe = await open(join(dir, 'key'));
  const kHandle = Object.getOwnPropertySymbols(probe).find((symbol) => symbol.description === 'kHandle');
  const native = Object.getPrototypeOf((probe as unknown as Record<symbol, object>)[kHandle as symbol]) as { close: () => Promise<void> };
  await probe.close();
  const close = native.close;
  setActiveBackend(recording);
  const failing = t.mock.method(native, 'close', async function (this: unknown) {
    await close.call(this);
    throw Object.assign(new Error('EIO: i/o error, close'), { code: 'EIO' });
  });
  try {
    await assert.rejects(SecretBuffer.useFile(join(dir, 'key'), { what: 'private key' }, () => assert.fail('the bytes were handed on')), { code: 'SECRET_FILE_UNREADABLE', message: /^could not read private key .*EIO/ });
  } finally {
    failing.mock.restore();
    setActiveBackend(real);
  }
  assert.equal(allocated.length, 1);
  const block = allocated[0] as Buffer;
  // A guarded backend may hand the block back at the end of the turn.
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(block.every((byte) => byte === 0), 'the secret bytes were wiped');
  assert.deepEqual(given, [block], 'the block was given back');
});

test('fill gives the block back, wiped, when the writer throws', () => {
  const real = activeBackend();
  const given: Buffer[] = [];
  let allocated: Buffer | undefined;
  setActiveBackend({
    ...real,
    allocate: (size) => (allocated = real.allocate(size)),
    setAccess: (block, access) => real.setAccess(block, access),
    release: (block) => {
      given.push(block);
      real.release(block);
    },
    seal: (key, plaintext) => real.seal(key, plaintext),
    open: (key, sealed, into) => real.open(key, sealed, into),
  });
  try {
    assert.throws(
      () =>
        SecretBuffer.fill(16, (into) => {
          into.write('half-written-sec');
          throw new Error('the parser failed');
        }),
      /the parser failed/,
    );
  } finally {
    setActiveBackend(real);
  }
  assert.ok(allocated?.every((byte) => byte === 0), 'the bytes written were wiped');
  assert.deepEqual(given, [allocated], 'the block was given back for reuse');
});

test('useFile refuses a named pipe, a device and a directory, behind a symlink or not, and a dangling or looping symlink, each with a code naming the input; a symlink to a key is read', async (t) => {
  const dir = await tempDir(t);
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  await writeFile(join(dir, 'key'), 'key-behind-a-link', { mode: 0o600 });
  await symlink(join(dir, 'fifo'), join(dir, 'to-fifo'));
  await symlink('/dev/zero', join(dir, 'to-zero'));
  await symlink(dir, join(dir, 'to-dir'));
  await symlink(join(dir, 'nowhere'), join(dir, 'dangling'));
  await symlink(join(dir, 'loop'), join(dir, 'loop'));
  await symlink(join(dir, 'key'), join(dir, 'to-key'));
  const [liveBefore] = [liveSecrets().length];
  const cases: [string, string, RegExp][] = [
    ['fifo', 'FILE_NOT_REGULAR', /^private key \S+\/fifo is a named pipe/],
    ['to-fifo', 'FILE_NOT_REGULAR', /^private key \S+\/to-fifo is a named pipe/],
    ['to-zero', 'FILE_NOT_REGULAR', /is a character device/],
    ['to-dir', 'FILE_NOT_REGULAR', /is a directory/],
    ['dangling', 'SECRET_FILE_UNREADABLE', /^could not read private key \S+\/dangling: ENOENT/],
    ['loop', 'SECRET_FILE_UNREADABLE', /^could not read private key \S+\/loop: ELOOP/],
  ];
  for (const [name, code, message] of cases) {
    await assert.rejects(SecretBuffer.useFile(join(dir, name), { what: 'private key' }, () => assert.fail(`${name} was read`)), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, code, `${name}: ${error.message}`);
      assert.match(error.message, message);
      assert.doesNotMatch(error.hint ?? '', /secret file/, 'the hint names the input as the message does');
      return true;
    });
  }
  await assert.rejects(SecretBuffer.useFile('/dev/zero', { what: 'private key' }, () => 0), { code: 'FILE_NOT_REGULAR' });
  assert.equal(await SecretBuffer.useFile(join(dir, 'to-key'), { what: 'private key' }, (bytes) => bytes.toString()), 'key-behind-a-link');
  assert.equal(liveSecrets().length, liveBefore);
});

test('sign-blob with an empty key file says that it is empty, not a code for a reason', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.txt'), 'artifact');
  await writeFile(join(dir, 'empty.key'), '');
  const run = await cli(['sign-blob', 'a.txt', '--key', 'empty.key'], dir, {});
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /^trust-kit: SECRET_EMPTY: private key \S+empty\.key is empty\n/);
});

test('fromInput trims like core.getInput and removes the variable; fromEnv removes it too', () => {
  const env: Record<string, string | undefined> = { INPUT_API_TOKEN: '  input-secret  ', REGISTRY_PASSWORD: 'env-secret', INPUT_EMPTY: '' };
  const input = SecretBuffer.fromInput('api token', env);
  assert.equal(text(input), 'input-secret');
  assert.equal('INPUT_API_TOKEN' in env, false);
  const fromEnv = SecretBuffer.fromEnv('REGISTRY_PASSWORD', env);
  assert.equal(text(fromEnv), 'env-secret');
  assert.equal('REGISTRY_PASSWORD' in env, false);
  assert.equal(SecretBuffer.fromInput('empty', env, { optional: true }), undefined);
  assert.throws(() => SecretBuffer.fromInput('password', env), { code: 'SECRET_INPUT_MISSING' });
  assert.throws(() => SecretBuffer.fromEnv('NOPE', env), { code: 'SECRET_ENV_MISSING', message: 'environment variable NOPE is not set' });
  // Set to nothing is not unset: a workflow's secrets.NAME the repository does not have.
  assert.throws(() => SecretBuffer.fromEnv('BLANK', { BLANK: '' }), { code: 'SECRET_EMPTY', message: 'environment variable BLANK is set but empty' });
  input.destroy();
  fromEnv.destroy();
});

test('an enclave decrypts only inside use, consumes its SecretBuffer, and nests', async () => {
  const secret = SecretBuffer.from(Buffer.from('enclave-secret-value'));
  const enclave = Enclave.seal(secret);
  assert.equal(secret.destroyed, true);
  assert.equal(enclave.length, 20);
  assert.equal(enclave.use((outer) => enclave.use((inner) => `${outer.toString()}|${inner.toString()}`)), 'enclave-secret-value|enclave-secret-value');
  assert.equal(await enclave.useAsync(async (bytes) => bytes.toString()), 'enclave-secret-value');
  const opened = enclave.open();
  assert.equal(text(opened), 'enclave-secret-value');
  opened.destroy();
  // The decrypted bytes last only while use runs: read back in the same turn (before the scratch block is closed), they are zeros.
  let kept: Buffer | undefined;
  enclave.use((bytes) => {
    kept = bytes;
  });
  assert.ok(kept?.every((byte) => byte === 0), 'the scratch block is wiped when the last use ends');
  enclave.destroy();
  assert.throws(() => enclave.use(() => 0), { code: 'SECRET_DESTROYED' });
});

test('an enclave whose decryption throws leaves no user behind: the next use decrypts again', () => {
  const real = activeBackend();
  let failNext = false;
  let opened = 0;
  const flaky: MemoryBackend = {
    ...real,
    allocate: (size) => real.allocate(size),
    setAccess: (block, access) => real.setAccess(block, access),
    release: (block) => real.release(block),
    seal: (key, plaintext) => real.seal(key, plaintext),
    open: (key, sealed, into) => {
      opened += 1;
      if (failNext) {
        failNext = false;
        into.fill(0x41);
        throw new Error('decryption failed in the backend');
      }
      return real.open(key, sealed, into);
    },
  };
  setActiveBackend(flaky);
  try {
    const enclave = Enclave.from(Buffer.from('sealed-and-flaky'));
    failNext = true;
    assert.throws(() => enclave.use((bytes) => bytes.length), /decryption failed/);
    assert.equal(text(enclave), 'sealed-and-flaky');
    assert.equal(opened, 2, 'the second use decrypted rather than reuse what the failed one left');
    enclave.destroy();
  } finally {
    setActiveBackend(real);
  }
});

test('purge destroys every live secret and enclave, and the sealing keys', () => {
  const secret = SecretBuffer.from(Buffer.from('purged-secret'));
  const enclave = Enclave.from(Buffer.from('purged-enclave'));
  // One that purge cannot destroy (its destroy made a no-op) shows the sealing key is gone too: it no longer opens.
  const survivor = Object.assign(Enclave.from(Buffer.from('survivor')), { destroy() {} });
  purge();
  assert.equal(secret.destroyed, true);
  assert.equal(enclave.destroyed, true);
  assert.throws(() => survivor.use(() => undefined), { code: 'SECRET_ENCLAVE_CORRUPT', message: /key was purged/ });
  // Destroyed for real, or every later redact would try to open it.
  Enclave.prototype.destroy.call(survivor);
  const fresh = Enclave.from(Buffer.from('after-purge'));
  assert.equal(text(fresh), 'after-purge');
  fresh.destroy();
});

test('redact scrubs every form of every live secret and nothing after destroy', () => {
  const value = 'multi line/secret+value\nsecond-line?&=';
  const secret = SecretBuffer.from(Buffer.from(value));
  const forms = [
    value,
    'multi line/secret+value',
    'second-line?&=',
    Buffer.from(value).toString('base64'),
    Buffer.from(value).toString('base64url'),
    Buffer.from(`x${value}`).toString('base64'),
    Buffer.from(`xy${value}`).toString('base64url'),
    Buffer.from(value).toString('hex'),
    Buffer.from(value).toString('hex').toUpperCase(),
    encodeURIComponent(value),
    JSON.stringify(value).slice(1, -1),
    JSON.stringify({ token: value }),
  ];
  for (const form of forms) {
    const out = redact(`before ${form} after`);
    assert.ok(out.startsWith('before '), out);
    assert.ok(out.includes('***'), `not redacted: ${form}`);
    assert.ok(!out.includes('multi line') && !out.includes('second-line'), out);
  }
  assert.equal(redact('nothing secret here'), 'nothing secret here');
  secret.destroy();
  assert.equal(redact(`before ${value}`), `before ${value}`);
});

test('redact hides a standalone base64 encoding whole, with or without its padding, also when it holds + or /', () => {
  const value = '??>>sixteen-byte';
  const secret = SecretBuffer.from(Buffer.from(value));
  const padded = Buffer.from(value).toString('base64');
  assert.match(padded, /[+/]/);
  for (const form of [padded, padded.replace(/=+$/, ''), Buffer.from(value).toString('base64url')]) assert.equal(redact(`a ${form} b`), 'a *** b', form);
  secret.destroy();
});

test('the masker receives every form of live and new secrets as bytes', () => {
  const existing = SecretBuffer.from(Buffer.from('existing-secret'));
  const masked: string[] = [];
  setMasker((form) => masked.push(Buffer.from(form).toString()));
  try {
    assert.ok(masked.includes('existing-secret'));
    const fresh = SecretBuffer.from(Buffer.from('line-one\nline-two'));
    for (const form of ['line-one\nline-two', 'line-one', 'line-two']) assert.ok(masked.includes(form), form);
    const base64 = Buffer.from('line-one\nline-two').toString('base64');
    assert.ok(masked.some((form) => base64.startsWith(form) && form.length === base64.length - 2), 'base64 form');
    fresh.destroy();
  } finally {
    setMasker(undefined);
    existing.destroy();
  }
});

test('a secret made, used and destroyed in one turn leaves no closing scheduled; one still held keeps it', async () => {
  const pendingImmediates = (): number => process.getActiveResourcesInfo().filter((resource) => resource === 'Immediate').length;
  await new Promise((resolve) => setImmediate(resolve));
  const before = pendingImmediates();
  const once = SecretBuffer.from(Buffer.from('read-use-destroy'));
  assert.equal(once.use((bytes) => bytes.length), 16);
  once.destroy();
  assert.equal(pendingImmediates(), before, 'nothing is left to close, so no immediate should wait');

  const held = SecretBuffer.from(Buffer.from('held-across-turns'));
  const other = SecretBuffer.from(Buffer.from('destroyed-at-once'));
  other.destroy();
  assert.equal(pendingImmediates(), before + 1, 'the held secret is still to be closed at the end of the turn');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(text(held), 'held-across-turns');
  held.destroy();
});

test('a PEM key held as a secret (a key file, a generated key) is redacted whole where it is repeated, its 64-column lines with LF or CRLF', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const secret = SecretBuffer.from(Buffer.from(pem));
  try {
    for (const shown of [pem, pem.replace(/\n/g, '\r\n'), `key: ${JSON.stringify(pem)}`]) {
      const redacted = redact(shown);
      for (const line of pem.split('\n').slice(1, -2)) assert.ok(!redacted.includes(line.slice(0, 8)), `${line} in ${redacted}`);
    }
  } finally {
    secret.destroy();
  }
});

test('a length that is not a whole number of bytes up to 1 GiB is refused before it reaches libsodium', () => {
  // Each reached sodium_malloc as it was: -1 made a 63-byte secret, 2 ** 32 + 8 wrapped round to 8 bytes, NaN crashed the process.
  for (const length of [-1, 1.5, 2 ** 32 + 8, 2 ** 30 + 1, Number.NaN, '8' as unknown as number]) {
    assert.throws(() => SecretBuffer.fill(length, () => undefined), { code: 'SECRET_LENGTH_INVALID' }, String(length));
  }
  const empty = SecretBuffer.fill(0, () => undefined);
  assert.equal(empty.length, 0);
  empty.destroy();
});

test('arguments of the wrong type from plain JavaScript fail with SECRET_ARGUMENT_INVALID naming the argument', () => {
  const loose = SecretBuffer as unknown as Record<string, (...args: unknown[]) => unknown>;
  const secret = SecretBuffer.from(Buffer.from('argument-check'));
  const cases: [string, () => unknown, RegExp][] = [
    ['from(string)', () => loose['from']?.('a string secret'), /SecretBuffer\.from's argument is a string, not a Uint8Array/],
    ['from(undefined)', () => loose['from']?.(undefined), /is undefined/],
    ['fill(writer missing)', () => loose['fill']?.(4), /SecretBuffer\.fill's writer is undefined/],
    ['fromEnv(no env)', () => loose['fromEnv']?.('TOKEN'), /SecretBuffer\.fromEnv's environment is undefined/],
    ['fromInput(number)', () => loose['fromInput']?.(5, {}), /SecretBuffer\.fromInput's name is a number/],
    ['use(not a function)', () => (secret.use as (fn: unknown) => unknown)(5), /SecretBuffer\.use's argument is a number/],
    ['Enclave.seal(string)', () => (Enclave.seal as (value: unknown) => unknown)('x'), /Enclave\.seal's argument is a string/],
    ['setMasker(number)', () => (setMasker as (value: unknown) => unknown)(5), /setMasker's argument is a number/],
  ];
  for (const [name, call, message] of cases) assert.throws(call, { code: 'SECRET_ARGUMENT_INVALID', message }, name);
  assert.equal(text(secret), 'argument-check', 'a refused call leaves the secret as it was');
  secret.destroy();
});

test('redact takes whatever an error path caught, as its text', () => {
  const secret = SecretBuffer.from(Buffer.from('caught-secret-value'));
  assert.equal((redact as (value: unknown) => string)(new Error('it was caught-secret-value')), 'Error: it was ***');
  assert.equal((redact as (value: unknown) => string)(undefined), 'undefined');
  secret.destroy();
});

test('a fill writer that returns a promise is refused, and its late write lands in memory still open, then wiped', async () => {
  let wrote = false;
  // TypeScript takes an async function for a writer returning void; its write after an await hit the closed block: SIGSEGV.
  const late = async (bytes: Buffer): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    bytes.fill(0x41);
    wrote = true;
  };
  assert.throws(() => SecretBuffer.fill(8, late), { code: 'SECRET_ARGUMENT_INVALID', message: /writer returned a promise/ });
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.equal(wrote, true);
});

test('a secret made with masked: false (a private key) is never told to the log masker, at intake or later, yet is redacted like any other', (t) => {
  const told: string[] = [];
  setMasker((form) => told.push(Buffer.from(form).toString('latin1')));
  t.after(() => setMasker(undefined));
  const key = SecretBuffer.from(Buffer.from('unmasked-private-key-bytes'), { masked: false });
  const token = SecretBuffer.from(Buffer.from('masked-token-bytes'));
  setMasker((form) => told.push(Buffer.from(form).toString('latin1')));
  assert.ok(told.includes('masked-token-bytes'));
  assert.equal(told.some((form) => form.includes('unmasked') || form === Buffer.from('unmasked-private-key-bytes').toString('base64')), false, told.join('\n'));
  assert.equal(redact('key: unmasked-private-key-bytes'), 'key: ***');
  assert.throws(() => SecretBuffer.from(Buffer.from('x'), { masked: 'no' as never }), { code: 'SECRET_ARGUMENT_INVALID' });
  key.destroy();
  token.destroy();
});

test('what is made of a secret made with masked: false stays unmasked: read from a file and trimmed, sealed in an enclave, and opened from it (a private key\'s lines reached the masker)', async (t) => {
  const told: string[] = [];
  setMasker((form) => told.push(Buffer.from(form).toString('latin1')));
  t.after(() => setMasker(undefined));
  const file = join(await tempDir(t), 'release.key');
  await writeFile(file, 'unmasked-private-key-line\n', { mode: 0o600 });
  const trimmed = await SecretBuffer.fromFile(file, { masked: false, trim: true });
  const enclave = Enclave.seal(SecretBuffer.from(Buffer.from('unmasked-sealed-key'), { masked: false }));
  const opened = enclave.open();
  try {
    assert.equal(trimmed.use((bytes) => bytes.toString('latin1')), 'unmasked-private-key-line');
    assert.equal(opened.use((bytes) => bytes.toString('latin1')), 'unmasked-sealed-key');
    assert.deepEqual(told.filter((form) => form.includes('unmasked')), []);
    assert.equal(redact('a unmasked-private-key-line b unmasked-sealed-key'), 'a *** b ***');
    // A masked secret sealed stays masked.
    const masked = Enclave.seal(SecretBuffer.from(Buffer.from('masked-sealed-token')));
    assert.ok(told.includes('masked-sealed-token'));
    masked.destroy();
  } finally {
    trimmed.destroy();
    opened.destroy();
    enclave.destroy();
  }
});

test('a secret variable holding no string (a number from a parsed config) is SECRET_ARGUMENT_INVALID naming the variable and its type, never its value; the variable is left as it was', () => {
  for (const [take, name] of [[(env: Record<string, unknown>) => SecretBuffer.fromEnv('TRUST_KIT_KEY_PASSPHRASE', env as NodeJS.ProcessEnv), 'TRUST_KIT_KEY_PASSPHRASE'], [(env: Record<string, unknown>) => SecretBuffer.sharedFromEnv('GITHUB_TOKEN', env as NodeJS.ProcessEnv), 'GITHUB_TOKEN'], [(env: Record<string, unknown>) => SecretBuffer.fromInput('password', env as NodeJS.ProcessEnv), 'INPUT_PASSWORD']] as const) {
    for (const value of [482913, { toString: () => 'objsecret' }]) {
      const env: Record<string, unknown> = { [name]: value };
      assert.throws(() => take(env), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'SECRET_ARGUMENT_INVALID');
        assert.equal(error.message, `environment variable ${name} is ${typeof value === 'number' ? 'a number' : 'an object'}, not a string`);
        assert.doesNotMatch(`${error.message} ${error.hint ?? ''} ${inspect(error)}`, /482913|objsecret/);
        return true;
      });
      assert.equal(env[name], value);
    }
  }
});

test('the secrets API refuses, naming it, an option or a function argument of the wrong type, before a file is read: \'yes\' is no boolean', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'token.txt');
  await writeFile(file, 'file-secret\n');
  const refused = (what: RegExp) => ({ code: 'SECRET_ARGUMENT_INVALID', message: what });
  await assert.rejects(SecretBuffer.fromFile(file, { trim: 'yes' } as never), refused(/^SecretBuffer\.fromFile's trim option is a string, not true or false$/));
  await assert.rejects(SecretBuffer.useFile(file, {}, undefined as never), refused(/^SecretBuffer\.useFile's fn is undefined, not a function$/));
  assert.throws(() => SecretBuffer.fromInput('password', { INPUT_PASSWORD: 'x' }, { optional: 'yes' } as never), refused(/^SecretBuffer\.fromInput's optional option is a string, not true or false$/));
  assert.throws(() => SecretBuffer.fromInput('password', { INPUT_PASSWORD: 'x' }, null as never), refused(/^SecretBuffer\.fromInput's options is null, not an object$/));
  await assert.rejects(loadWithSecretsHidden(undefined as never), refused(/^loadWithSecretsHidden's load is undefined, not a function$/));
});
