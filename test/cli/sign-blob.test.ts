import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

describe('trust-kit sign-blob', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  test('signing against custom Fulcio and Rekor URLs names a custom Sigstore deployment, not the public-good instance', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.bin\n');
    const run = await cli(['sign-blob', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, 'SHA256SUMS'], cwd, { ...stack.env });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /signing with a custom Sigstore deployment \(Fulcio http:\/\/127\.0\.0\.1:\d+/);
    assert.doesNotMatch(run.stderr, /public-good/);
  });
});

test('sign-blob reports every missing file, key and trusted root at once, before fetching a token or signing', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'present'), 'x\n');
  const run = await cli(['sign-blob', '--trusted-root', 'root.json', 'one', 'present', 'two', 'three'], cwd, { SIGSTORE_ID_TOKEN: 'not.a.token' });
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /CONFIG_INVALID: 4 invalid inputs:\n {2}argument FILE: one does not exist\n {2}argument FILE: two does not exist\n {2}argument FILE: three does not exist\n {2}--trusted-root: root\.json does not exist\n/);
  assert.doesNotMatch(run.stderr, /SIGN_|OIDC_/);
  // A quoted glob is not expanded here: said so, with the missing files.
  const glob = await cli(['sign-blob', '--key', 'k.pem', 'dist/*.tgz', 'one'], cwd);
  assert.equal(glob.code, 2, glob.stderr);
  assert.match(glob.stderr, /CONFIG_INVALID: 3 invalid inputs:\n {2}argument FILE: dist\/\*\.tgz is a glob, which sign-blob does not expand: leave it unquoted for the shell to expand, or name each file\n {2}argument FILE: one does not exist\n {2}--key: k\.pem does not exist\n/);
});

test('sign-blob takes --on-missing-token as the sign action and release do: skip and warn sign nothing and exit 0', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'artifact'), 'x\n');
  const failing = await cli(['sign-blob', 'artifact'], cwd, {});
  assert.equal(failing.code, 1);
  assert.match(failing.stderr, /OIDC_TOKEN_UNAVAILABLE/);
  const skipped = await cli(['sign-blob', '--on-missing-token', 'skip', 'artifact'], cwd, {});
  assert.deepEqual([skipped.code, skipped.stdout], [0, '']);
  assert.match(skipped.stderr, /^trust-kit: no OIDC identity token: .*nothing was signed \(on-missing-token: skip\)\n$/);
  const warned = await cli(['sign-blob', '--on-missing-token', 'warn', 'artifact'], cwd, {});
  assert.equal(warned.code, 0);
  assert.match(warned.stderr, /^trust-kit: warning: no OIDC identity token/);
  const bad = await cli(['sign-blob', '--on-missing-token', 'ignore', 'artifact'], cwd, {});
  assert.equal(bad.code, 2);
  // An earlier run's bundle beside the file is left as it was, and said to be: it may not sign the file as it is now.
  await writeFile(join(cwd, 'artifact.sigstore.json'), '{}');
  const stale = await cli(['sign-blob', '--on-missing-token', 'skip', 'artifact'], cwd, {});
  assert.equal(stale.code, 0);
  assert.match(stale.stderr, /warning: "artifact\.sigstore\.json" is an earlier run's, left as it was: nothing was signed now, and it may not sign "artifact" as it is/);
  assert.equal(await readFile(join(cwd, 'artifact.sigstore.json'), 'utf8'), '{}');
});

test('sign-blob --key PREFIX.pub (the public half) says to sign with PREFIX.key, and warns of nothing about its mode', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'a.txt'), 'a\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], cwd)).code, 0);
  const run = await cli(['sign-blob', '--key', 'k.pub', 'a.txt'], cwd);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /^trust-kit: SIGN_KEY_INVALID: "\S*k\.pub" is not a usable private key: it is a public key\n {2}hint: sign with the private half of the pair \(PREFIX\.key beside PREFIX\.pub\); the public key is for verifying\n$/);
});

test('a key\'s path is quoted in its errors, as every other path is: one with blanks is told whole', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'a.txt'), 'a\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'my key'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'p' })).code, 0);
  const run = await cli(['sign-blob', '--key', 'my key.key', 'a.txt'], cwd, {});
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /^trust-kit: SIGN_KEY_PASSPHRASE_REQUIRED: "[^"]*my key\.key" is encrypted and no passphrase was given\n/);
  const again = await cli(['generate-key-pair', '--output-key-prefix', 'my key'], cwd, { TRUST_KIT_KEY_PASSPHRASE: 'p' });
  assert.match(again.stderr, /SIGN_KEY_EXISTS: "[^"]*my key\.key" already exists/);
});

test('the key itself given where its path goes (PEM, or base64 from a CI variable) is never repeated: said to be key material, for sign-blob, attest and release alike', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'a.txt'), 'a\n');
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const base64 = Buffer.from(pem).toString('base64');
  const body = pem.split('\n')[1] ?? '';
  for (const value of [pem, base64]) {
    for (const args of [['sign-blob', `--key=${value}`, 'a.txt'], ['attest', '--type', 'custom', '--predicate', 'a.txt', '--predicate-type', 'https://example.com/p', `--key=${value}`, 'a.txt'], ['release', '--sbom-format', 'none', `--key=${value}`, 'a.txt']]) {
      const run = await cli(args, cwd);
      assert.equal(run.code, 2, `${args[0]}: ${run.stderr}`);
      assert.match(run.stderr, /--key: is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read \(chmod 600\) and give its path/);
      for (const secret of [body, base64.slice(0, 40), 'BEGIN']) assert.ok(!`${run.stdout}${run.stderr}`.includes(secret), `${args[0]} repeated the key: ${run.stderr}`);
    }
  }
  // A real key file whose long path happens to read like base64 signs as any other.
  const long = `${'keys'.repeat(20)}/signingkey`;
  await mkdir(join(cwd, 'keys'.repeat(20)));
  await writeFile(join(cwd, long), pem, { mode: 0o600 });
  const signed = await cli(['sign-blob', '--key', long, 'a.txt'], cwd);
  assert.equal(signed.code, 0, signed.stderr);
});

test('a broken signing config or trusted root is reported before the identity token is asked for, with a token or without one', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'a.txt'), 'a\n');
  await writeFile(join(cwd, 'config.json'), '{"mediaType": ');
  await writeFile(join(cwd, 'root.json'), '{}');
  for (const env of [{}, { SIGSTORE_ID_TOKEN: 'not.a.token' }]) {
    const config = await cli(['sign-blob', '--signing-config', 'config.json', '--trusted-root', 'root.json', 'a.txt'], cwd, env);
    assert.equal(config.code, 1, config.stderr);
    assert.match(config.stderr, /^trust-kit: SIGN_SIGNING_CONFIG_INVALID: config\.json: not JSON: line 1: /);
    const root = await cli(['sign-blob', '--fulcio-url', 'https://fulcio.example', '--rekor-url', 'https://rekor.example', '--trusted-root', 'root.json', 'a.txt'], cwd, env);
    assert.equal(root.code, 1, root.stderr);
    assert.match(root.stderr, /^trust-kit: SIGSTORE_\w+: .*root\.json/);
    assert.doesNotMatch(config.stderr + root.stderr, /OIDC_/);
  }
  // Not even a run that would skip signing for want of a token leaves it to the run that has one to find out.
  const skipped = await cli(['sign-blob', '--on-missing-token', 'skip', '--signing-config', 'config.json', '--trusted-root', 'root.json', 'a.txt'], cwd, {});
  assert.equal(skipped.code, 1, skipped.stderr);
  assert.match(skipped.stderr, /SIGN_SIGNING_CONFIG_INVALID/);
  // A Fulcio over plain HTTP is refused before a token is fetched that would go to it in the clear.
  const clear = await cli(['sign-blob', '--fulcio-url', 'http://fulcio.example', '--rekor-url', 'https://rekor.example', '--trusted-root', 'root.json', 'a.txt'], cwd, {});
  assert.match(clear.stderr, /^trust-kit: SIGN_SERVICE_INSECURE: /);
});

test('sign-blob refuses, before signing, a file whose bundle\'s name would be longer than a file name may be: it failed to write it after the signature was logged', async (t) => {
  const cwd = await tempDir(t);
  const long = `${'a'.repeat(241)}.tgz`;
  await writeFile(join(cwd, long), 'x\n');
  await writeFile(join(cwd, 'short.bin'), 'x\n');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(cwd, 'k.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const run = await cli(['sign-blob', '--key', 'k.pem', 'short.bin', long], cwd);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /CONFIG_INVALID: argument FILE: a{241}\.tgz's bundle would be named 259 bytes long, more than the 255 a file name may have: give the file a shorter name \(at most 241 bytes\), or name its bundle with --bundle/);
  assert.deepEqual((await readdir(cwd)).sort(), [long, 'k.pem', 'short.bin'].sort(), 'nothing signed, short.bin neither');
  const named = await cli(['sign-blob', '--key', 'k.pem', '--bundle', 'b.sigstore.json', long], cwd);
  assert.equal(named.code, 0, named.stderr);
});

test('sign-blob refuses, before signing, a file whose bundle would be written over another file to sign (an earlier run\'s bundle in `dist/*`): it replaced it, then signed the bundle in its place', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'x'), 'x\n');
  await writeFile(join(cwd, 'x.sigstore.json'), 'user data\n');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(cwd, 'k.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  for (const order of [['x', 'x.sigstore.json'], ['x.sigstore.json', 'x']]) {
    const run = await cli(['sign-blob', '--key', 'k.pem', ...order], cwd);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /CONFIG_INVALID: argument FILE: x's bundle would be written over x\.sigstore\.json, which is to be signed too: leave out an earlier run's bundles/);
    assert.equal(await readFile(join(cwd, 'x.sigstore.json'), 'utf8'), 'user data\n');
  }
  // --bundle naming a file to sign is the same clash.
  await writeFile(join(cwd, 'y'), 'y\n');
  const named = await cli(['sign-blob', '--key', 'k.pem', '--bundle', 'y', 'y'], cwd);
  assert.equal(named.code, 2, named.stderr);
  assert.equal(await readFile(join(cwd, 'y'), 'utf8'), 'y\n');
});
