import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

// A command that opened any of these inputs with a blocking open or read would hang past this.
const PROMPT = { timeout: 10_000 };

/** A working directory with an artifact, a real key pair and the hostile inputs: a pipe, a directory, a sparse 64 GiB file. */
async function hostileDir(t: Parameters<typeof tempDir>[0]): Promise<string> {
  const cwd = await tempDir(t);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'key.pem'), pair.privateKeyPem);
  await writeFile(join(cwd, 'key.pub'), pair.publicKeyPem);
  await writeFile(join(cwd, 'artifact'), 'x\n');
  await writeFile(join(cwd, 'artifact.sigstore.json'), '{}');
  execFileSync('mkfifo', [join(cwd, 'pipe')]);
  await mkdir(join(cwd, 'dir'));
  await writeFile(join(cwd, 'huge'), '');
  await truncate(join(cwd, 'huge'), 64 * 1024 ** 3);
  return cwd;
}

test('verify-blob refuses a pipe, a device, a directory or a huge file as bundle, key or trusted root, naming it', PROMPT, async (t) => {
  const cwd = await hostileDir(t);
  const cases: [string[], RegExp][] = [
    [['--bundle', 'pipe', '--key', 'key.pub'], /FILE_NOT_REGULAR: bundle pipe is a named pipe/],
    [['--bundle', '/dev/zero', '--key', 'key.pub'], /FILE_NOT_REGULAR: bundle \/dev\/zero is a character device/],
    [['--bundle', 'huge', '--key', 'key.pub'], /FILE_TOO_LARGE: bundle huge holds 65536 MiB, more than the 32 MiB/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'pipe'], /FILE_NOT_REGULAR: public key pipe is a named pipe/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'huge'], /FILE_TOO_LARGE: public key huge .* 64 KiB/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'key.pub', '--trusted-root', 'dir'], /FILE_NOT_REGULAR: trusted root dir is a directory/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'key.pub', '--trusted-root', '/dev/zero'], /FILE_NOT_REGULAR: trusted root \/dev\/zero/],
    [['--bundle', 'artifact.sigstore.json', '--key', 'key.pub', '--trusted-root', 'huge'], /FILE_TOO_LARGE: trusted root huge .* 4 MiB/],
  ];
  // The artifact is streamed through its digest: a pipe in its place must not block the open.
  const bundle = JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { publicKey: { hint: 'x' } }, messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: '' }, signature: '' } });
  await writeFile(join(cwd, 'message.sigstore.json'), bundle);
  for (const artifact of ['pipe', '/dev/zero']) {
    const run = await cli(['verify-blob', artifact, '--bundle', 'message.sigstore.json', '--key', 'key.pub'], cwd);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /FILE_NOT_REGULAR: file .*(pipe|\/dev\/zero) is a (named pipe|character device)/);
  }
  for (const [args, expected] of cases) {
    const run = await cli(['verify-blob', 'artifact', ...args], cwd);
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, expected, args.join(' '));
  }
});

test('sign-blob refuses a pipe, a device or a huge file as private key, trusted root or artifact', PROMPT, async (t) => {
  const cwd = await hostileDir(t);
  const cases: [string[], RegExp][] = [
    [['--key', 'pipe', 'artifact'], /FILE_NOT_REGULAR: private key .*pipe is a named pipe/],
    [['--key', '/dev/zero', 'artifact'], /FILE_NOT_REGULAR: private key \/dev\/zero is a character device/],
    [['--key', 'huge', 'artifact'], /FILE_TOO_LARGE: private key .*huge holds 65536 MiB, more than the 64 KiB/],
    [['--key', 'dir', 'artifact'], /FILE_NOT_REGULAR: private key .*dir is a directory/],
    [['--key', 'key.pem', 'pipe'], /FILE_NOT_REGULAR: artifact .*pipe is a named pipe/],
    [['--key', 'key.pem', 'huge'], /FILE_TOO_LARGE: artifact .*huge/],
  ];
  for (const [args, expected] of cases) {
    const run = await cli(['sign-blob', ...args], cwd);
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, expected, args.join(' '));
  }
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = `${part({ alg: 'RS256' })}.${part({ iss: 'https://issuer.example', sub: 'someone', aud: 'sigstore', email: 'someone@example.com', email_verified: true, exp: 4102444800 })}.c2ln`;
  const root = await cli(['sign-blob', '--instance', 'public-good', '--fulcio-url', 'http://127.0.0.1:9', '--trusted-root', 'pipe', 'artifact'], cwd, { SIGSTORE_ID_TOKEN: token });
  assert.match(root.stderr, /FILE_NOT_REGULAR: trusted root pipe is a named pipe/);
});

test('sbom reads lockfiles and the manifests beside them as bounded regular files: a pipe or a huge file is no hang', PROMPT, async (t) => {
  const dir = join(await tempDir(t), 'acme');
  await cp(join(import.meta.dirname, '..', 'fixtures', 'sbom', 'js-workspace'), dir, { recursive: true });
  // The root manifest (read beside the npm lockfile and for the SBOM's root) becomes a pipe nobody writes to.
  await rm(join(dir, 'package.json'));
  execFileSync('mkfifo', [join(dir, 'package.json')]);
  // A lockfile of 1 GiB (sparse): over the cap, recorded as unreadable rather than read.
  await truncate(join(dir, 'tools', 'site', 'yarn.lock'), 1024 ** 3);
  const run = await cli(['sbom'], dir, { SOURCE_DATE_EPOCH: '1767225600' });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /package-lock\.json \[npm-package-lock\]: \d+ packages/);
  assert.match(run.stderr, /tools\/site\/yarn\.lock.*lockfile tools\/site\/yarn\.lock holds 1024 MiB, more than the 256 MiB/);
});
