/**
 * What docs/security/memory-protection.md promises for the CLI: its entry point turns on every
 * protection (libsodium memory, locked; core dumps without anonymous memory; the environment
 * scrub), and secrets come out of the environment through the intake only, never read as strings.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { forEachForm } from '../../src/secrets/forms.js';
import { cli } from '../support/cli.js';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const linux = process.platform === 'linux';

/** An environment that counts how often each variable is read as a string. */
function countingEnvironment(values: Record<string, string>): { env: Record<string, string | undefined>; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const env = new Proxy<Record<string, string | undefined>>(values, {
    get(target, name, receiver) {
      if (typeof name === 'string') reads.set(name, (reads.get(name) ?? 0) + 1);
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
  return { env, reads };
}

test('generate-key-pair and sign-blob --key take the passphrase through the intake only: one read, never a string of their own', async (t) => {
  const cwd = await tempDir(t);
  const made = countingEnvironment({ TRUST_KIT_KEY_PASSPHRASE: '', COSIGN_PASSWORD: 'correct horse' });
  const generated = await cli(['generate-key-pair'], cwd, made.env);
  assert.equal(generated.code, 0, generated.stderr);
  assert.match(generated.stderr, /wrote an encrypted \(with COSIGN_PASSWORD\) private key/, 'an empty TRUST_KIT_KEY_PASSPHRASE falls through to COSIGN_PASSWORD');
  assert.equal(made.reads.get('COSIGN_PASSWORD'), 1, 'read once, by SecretBuffer.fromEnv');
  assert.equal('COSIGN_PASSWORD' in made.env, false, 'taken out of the environment');

  await writeFile(join(cwd, 'artifact'), 'x\n');
  const signing = countingEnvironment({ COSIGN_PASSWORD: 'correct horse' });
  const signed = await cli(['sign-blob', '--key', 'trust-kit.key', 'artifact'], cwd, signing.env);
  assert.equal(signed.code, 0, signed.stderr);
  assert.equal(signing.reads.get('COSIGN_PASSWORD'), 1);
  assert.equal(signing.reads.get('TRUST_KIT_KEY_PASSPHRASE') ?? 0, 0, 'an unset variable is not read');
});

test('the CLI process runs with every protection the document lists, also while it holds an identity token', { skip: !linux && 'Linux only' }, async (t) => {
  const cwd = await tempDir(t);
  const verbose = await new Promise<string>((resolve, reject) => {
    const child = spawn(NODE, [...TSX, CLI_ENTRY, 'checksums', '--verbose', '--check', 'missing'], { cwd, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(stderr));
  });
  const status = JSON.parse(/secret memory protection: (\{.*\})/.exec(verbose)?.[1] ?? 'null') as Record<string, unknown> | null;
  assert.deepEqual(status, { backend: 'sodium', mlock: status?.['mlock'], guardPages: true, coreDumps: 'excluded', envScrub: 'available' }, verbose);
  assert.ok(status?.['mlock'] === 'locked' || /warning: secret memory protection: .*ulimit -l/.test(verbose), 'locked, or a warning says how to fix it');

  // Fulcio that never answers: the CLI is caught holding the runner's request token and its identity token.
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  let arrived: (request: IncomingMessage) => void = () => {};
  const requested = new Promise<IncomingMessage>((resolve) => (arrived = resolve));
  const silent = createServer((request) => arrived(request));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    silent.closeAllConnections();
    silent.close();
  });
  await writeFile(join(cwd, 'SHA256SUMS'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.bin\n');
  const fulcio = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  const requestToken = stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  const child = spawn(NODE, [...TSX, CLI_ENTRY, 'sign-blob', '--fulcio-url', fulcio, '--rekor-url', stack.rekorURL ?? fulcio, '--trusted-root', stack.trustedRootPath, 'SHA256SUMS'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', VISIBLE_MARKER: 'not-a-secret', ...stack.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  t.after(() => {
    child.kill('SIGKILL');
  });
  await Promise.race([requested, exited.then(() => assert.fail(`the CLI ended before it reached Fulcio:\n${stderr}`))]);
  const proc = `/proc/${child.pid ?? 0}`;
  assert.equal((await readFile(`${proc}/coredump_filter`, 'utf8')).trim(), '00000010', 'core dumps leave out all anonymous memory');
  const environ = await readFile(`${proc}/environ`);
  assert.ok(environ.includes('VISIBLE_MARKER=not-a-secret'), 'the environment block is readable');
  assert.equal(environ.includes(requestToken), false, 'the request token is gone from /proc/<pid>/environ');
  const locked = Number(/^VmLck:\s+(\d+) kB$/m.exec(await readFile(`${proc}/status`, 'utf8'))?.[1] ?? '0');
  if (status?.['mlock'] === 'locked') assert.ok(locked > 0, 'secret memory is locked into RAM');
  child.kill('SIGTERM');
  await exited;
});

test('in a GitHub Actions job the CLI registers each secret it takes with the runner\'s masker, on stderr (stdout stays the command\'s output), but never a private key, which nothing prints; elsewhere it prints no mask', async (t) => {
  const passphrase = 'cli-mask-passphrase';
  const run = (env: Record<string, string>, prefix: string, args: readonly string[] = ['generate-key-pair', '--output-key-prefix', prefix]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(NODE, [...TSX, CLI_ENTRY, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', TRUST_KIT_KEY_PASSPHRASE: passphrase, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  const cwd = await tempDir(t);
  const inActions = await run({ GITHUB_ACTIONS: 'true' }, 'in-actions');
  assert.equal(inActions.code, 0, inActions.stderr);
  assert.ok(inActions.stderr.split('\n').includes(`::add-mask::${passphrase}`), inActions.stderr);
  assert.ok(inActions.stderr.split('\n').includes(`::add-mask::${Buffer.from(passphrase).toString('base64')}`), inActions.stderr);
  assert.equal(inActions.stdout, 'in-actions.pub\n');
  // A mask command is a printed copy: the key's bytes in it (the new key in the clear, or the key
  // file's lines beside the passphrase) would rebuild the key from any file that captured the log.
  const passphraseForms = new Set<string>();
  forEachForm(Buffer.from(passphrase), (form) => passphraseForms.add(form.toString('latin1')));
  const masked = (stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length));
  assert.deepEqual(masked(inActions.stderr).filter((form) => !passphraseForms.has(form)), []);
  await writeFile(join(cwd, 'artifact'), 'x\n');
  const signed = await run({ GITHUB_ACTIONS: 'true' }, '', ['sign-blob', '--key', 'in-actions.key', 'artifact']);
  assert.equal(signed.code, 0, signed.stderr);
  assert.deepEqual(masked(signed.stderr).filter((form) => !passphraseForms.has(form)), []);
  const keyLines = (await readFile(join(cwd, 'in-actions.key'), 'utf8')).split('\n').filter((line) => line.length > 16);
  assert.ok(keyLines.length > 0);
  for (const line of keyLines) assert.equal(signed.stderr.includes(line) || inActions.stderr.includes(line), false, 'a line of the key file is in the log');
  const elsewhere = await run({}, 'elsewhere');
  assert.equal(elsewhere.code, 0, elsewhere.stderr);
  assert.doesNotMatch(elsewhere.stderr + elsewhere.stdout, /::add-mask::/);
});

test('generate-key-pair says which variable encrypted the key, which one set beside it was not used (cosign reads COSIGN_PASSWORD alone), and names one set but empty', async (t) => {
  const cwd = await tempDir(t);
  const both = await cli(['generate-key-pair', '--output-key-prefix', 'both'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'one', COSIGN_PASSWORD: 'other' });
  assert.equal(both.code, 0, both.stderr);
  assert.match(both.stderr, /^trust-kit: wrote an encrypted \(with TRUST_KIT_KEY_PASSPHRASE; COSIGN_PASSWORD, also set, not used\) private key/);
  const empty = await cli(['generate-key-pair', '--output-key-prefix', 'empty'], cwd, { TRUST_KIT_KEY_PASSPHRASE: '' });
  assert.equal(empty.code, 0, empty.stderr);
  assert.match(empty.stderr, /^trust-kit: wrote an UNPROTECTED \(encrypted with an empty passphrase; TRUST_KIT_KEY_PASSPHRASE is set but empty\) private key/);
});
