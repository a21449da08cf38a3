import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI_ENTRY, TSX, runAndScan, type LeakScanResult } from '../support/leak-scan.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

/** A fresh secret per run with characters every encoding treats differently. */
const freshSecret = (prefix: string): string => `${prefix}${randomBytes(18).toString('base64url')}+/%"&`;

function assertNoLeak(result: LeakScanResult): void {
  assert.deepEqual(result.leaks, [], `leaked: ${JSON.stringify(result.leaks)}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
}

const cli = (...args: string[]): string[] => [...TSX, CLI_ENTRY, ...args];

test('the scanner finds a secret a command prints or writes in an encoded form (harness control)', async (t) => {
  const dir = await tempDir(t);
  const secret = freshSecret('ctl_');
  const result = await runAndScan({
    args: [
      '-e',
      `const fs = require('node:fs'); const s = process.env.THE_SECRET;
       process.stdout.write('::add-mask::' + s + '\\n');
       process.stdout.write('token=' + Buffer.from('x' + s).toString('base64') + '\\n');
       fs.appendFileSync(process.env.GITHUB_OUTPUT, 'url=' + encodeURIComponent(s) + '\\n');
       fs.writeFileSync('written.json', JSON.stringify({ s }));`,
    ],
    cwd: dir,
    env: { THE_SECRET: secret },
    secret,
  });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.masked, true);
  const where = (form: string): string[] => result.leaks.filter((leak) => leak.form === form).map((leak) => leak.where);
  assert.deepEqual(where('base64 (offset 1)'), ['stdout']);
  assert.deepEqual(where('url'), ['runner/output']);
  assert.ok(where('json').includes('written.json'));
  assert.ok(!result.leaks.some((leak) => leak.where === 'stdout' && leak.form === 'plain'), 'add-mask lines are not leaks');
});

test('generate-key-pair: the passphrase reaches neither output nor files, also when it fails half-way', async (t) => {
  const dir = await tempDir(t);
  const secret = freshSecret('pass_');
  const ok = await runAndScan({ args: cli('generate-key-pair', '--output-key-prefix', 'release'), cwd: dir, env: { TRUST_KIT_KEY_PASSPHRASE: secret }, secret });
  assert.equal(ok.code, 0, ok.stderr);
  assert.ok(ok.scanned.includes('release.key') && ok.scanned.includes('release.pub'), ok.scanned.join());
  assertNoLeak(ok);

  await mkdir(join(dir, 'broken.pub'));
  const failed = await runAndScan({ args: cli('generate-key-pair', '--output-key-prefix', 'broken', '--force'), cwd: dir, env: { COSIGN_PASSWORD: secret }, secret });
  assert.equal(failed.code, 1, failed.stderr);
  assert.match(failed.stderr, /broken\.pub/);
  // The pair is written both or neither: the key is not left behind without its public half.
  assert.ok(!failed.scanned.some((file) => file.startsWith('broken.key') || file.startsWith('.broken')), failed.scanned.join());
  assertNoLeak(failed);
});

test('sign-blob with a local key: the passphrase does not leak when signing, failing half-way, or when it is wrong', async (t) => {
  const dir = await tempDir(t);
  const secret = freshSecret('sign_');
  await writeFile(join(dir, 'artifact.tgz'), 'release bytes');
  const made = await runAndScan({ args: cli('generate-key-pair', '--output-key-prefix', 'k'), cwd: dir, env: { TRUST_KIT_KEY_PASSPHRASE: secret }, secret });
  assert.equal(made.code, 0, made.stderr);

  // Missing files are refused before signing starts; a bundle path taken by a directory fails the second file.
  await writeFile(join(dir, 'second.tgz'), 'more release bytes');
  await mkdir(join(dir, 'second.tgz.sigstore.json'));
  const halfway = await runAndScan({ args: cli('sign-blob', '--key', 'k.key', 'artifact.tgz', 'second.tgz'), cwd: dir, env: { TRUST_KIT_KEY_PASSPHRASE: secret }, secret });
  assert.equal(halfway.code, 1, halfway.stderr);
  assert.ok(halfway.scanned.includes('artifact.tgz.sigstore.json'), halfway.scanned.join());
  assertNoLeak(halfway);

  const wrong = `${secret}-wrong`;
  const refused = await runAndScan({ args: cli('sign-blob', '--key', 'k.key', 'artifact.tgz'), cwd: dir, env: { COSIGN_PASSWORD: wrong }, secret: wrong });
  assert.equal(refused.code, 1, refused.stderr);
  assertNoLeak(refused);
});

test('sign-blob keyless: the OIDC token and the runner request token do not leak, also when Rekor fails half-way', async (t) => {
  const dir = await tempDir(t);
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  await writeFile(join(dir, 'artifact.tgz'), 'release bytes');
  const services = ['--instance', 'public-good', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath];
  const token = stack.oidc.mintToken();
  const signed = await runAndScan({ args: cli('sign-blob', ...services, 'artifact.tgz'), cwd: dir, env: { SIGSTORE_ID_TOKEN: token }, secret: token });
  assert.equal(signed.code, 0, signed.stderr);
  assert.ok(signed.scanned.includes('artifact.tgz.sigstore.json'), signed.scanned.join());
  assertNoLeak(signed);

  // A Rekor URL that answers 404 fails the signing after Fulcio issued the certificate, without retries.
  const second = stack.oidc.mintToken();
  const halfwayServices = services.map((arg) => (arg === stack.rekorURL ? `${stack.fulcioURL}/no-rekor-here` : arg));
  const halfway = await runAndScan({ args: cli('sign-blob', ...halfwayServices, '--bundle', 'second.sigstore.json', 'artifact.tgz'), cwd: dir, env: { SIGSTORE_ID_TOKEN: second }, secret: second });
  assert.equal(halfway.code, 1, halfway.stderr);
  assert.ok(stack.requests.fulcio >= 2, 'the failure came after Fulcio issued a certificate');
  assertNoLeak(halfway);

  const request = await runAndScan({
    args: cli('sign-blob', ...services, '--bundle', 'third.sigstore.json', 'artifact.tgz'),
    cwd: dir,
    env: { ...stack.env, GITHUB_ACTIONS: 'true' },
    secret: stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  });
  assert.equal(request.code, 0, request.stderr);
  assert.equal(request.masked, true, 'in a GitHub Actions job the CLI masks what it takes, as the actions do');
  assertNoLeak(request);
});

const SIGN_ACTION = join(import.meta.dirname, '..', '..', 'src', 'actions', 'sign', 'index.ts');
const actionInputs = (inputs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));

test('sign action with a local key: the passphrase reaches no log, output, summary or file, also when a later file fails', async (t) => {
  const dir = await tempDir(t);
  const secret = freshSecret('act_');
  await writeFile(join(dir, 'a.tgz'), 'first artifact');
  await writeFile(join(dir, 'b.tgz'), 'second artifact');
  const made = await runAndScan({ args: cli('generate-key-pair', '--output-key-prefix', 'k'), cwd: dir, env: { TRUST_KIT_KEY_PASSPHRASE: secret }, secret });
  assert.equal(made.code, 0, made.stderr);

  const signed = await runAndScan({ args: [...TSX, SIGN_ACTION], cwd: dir, env: { ...actionInputs({ 'subject-path': 'a.tgz\nb.tgz', key: 'k.key', instance: 'key' }), TRUST_KIT_KEY_PASSPHRASE: secret }, secret });
  assert.equal(signed.code, 0, signed.stderr);
  assert.match(signed.stdout, /::add-mask::/, 'the passphrase is registered with the runner masker');
  assert.ok(signed.scanned.includes('runner/output') && signed.scanned.includes('runner/summary.md'), signed.scanned.join());
  assertNoLeak(signed);

  // b.tgz's bundle path is a directory: a.tgz is signed, then the run fails half-way.
  await rm(join(dir, 'a.tgz.sigstore.json'));
  await rm(join(dir, 'b.tgz.sigstore.json'));
  await mkdir(join(dir, 'b.tgz.sigstore.json'));
  const halfway = await runAndScan({
    args: [...TSX, SIGN_ACTION],
    cwd: dir,
    env: { ...actionInputs({ 'subject-path': 'a.tgz\nb.tgz', key: 'k.key', instance: 'key' }), COSIGN_PASSWORD: secret },
    secret,
  });
  assert.equal(halfway.code, 1);
  assert.match(halfway.stdout, /::error::/, halfway.stdout);
  assert.ok(halfway.scanned.includes('a.tgz.sigstore.json'), `a.tgz was signed before the failure: ${halfway.scanned.join()}`);
  assertNoLeak(halfway);
});

test('sign action keyless: the runner request token does not leak, when signing or failing half-way at Rekor', async (t) => {
  const dir = await tempDir(t);
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  await writeFile(join(dir, 'a.tgz'), 'first artifact');
  const inputs = { 'subject-path': 'a.tgz', instance: 'public-good', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
  const env = { ...stack.env, GITHUB_ACTIONS: 'true' };
  const secret = stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  const signed = await runAndScan({ args: [...TSX, SIGN_ACTION], cwd: dir, env: { ...env, ...actionInputs(inputs) }, secret });
  assert.equal(signed.code, 0, signed.stderr);
  assert.doesNotMatch(signed.stdout, /::error::/);
  assertNoLeak(signed);

  const halfway = await runAndScan({ args: [...TSX, SIGN_ACTION], cwd: dir, env: { ...env, ...actionInputs({ ...inputs, 'rekor-url': `${stack.fulcioURL}/no-rekor-here` }) }, secret });
  assert.equal(halfway.code, 1);
  assert.match(halfway.stdout, /::error::/, halfway.stdout);
  assertNoLeak(halfway);
});

const RELEASE_ACTION = join(import.meta.dirname, '..', '..', 'src', 'actions', 'release', 'index.ts');

test('release, CLI and root action: the OIDC token, the request token and a key passphrase do not leak, also when signing fails after the SBOMs', async (t) => {
  const dir = await tempDir(t);
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'release bytes');
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } }));
  const services = ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath];

  const token = stack.oidc.mintToken();
  const cliRun = await runAndScan({ args: cli('release', '--base', 'dist', '--output-dir', 'cli-out', ...services, 'dist'), cwd: dir, env: { SIGSTORE_ID_TOKEN: token }, secret: token });
  assert.equal(cliRun.code, 0, cliRun.stderr);
  assert.ok(cliRun.scanned.includes('cli-out/SHA256SUMS.sigstore.json') && cliRun.scanned.includes('cli-out/sbom.spdx.json'), cliRun.scanned.join());
  assertNoLeak(cliRun);

  const passphrase = freshSecret('rel_');
  assert.equal((await runAndScan({ args: cli('generate-key-pair', '--output-key-prefix', 'k'), cwd: dir, env: { TRUST_KIT_KEY_PASSPHRASE: passphrase }, secret: passphrase })).code, 0);
  const keyed = await runAndScan({ args: cli('release', '--base', 'dist', '--output-dir', 'key-out', '--key', 'k.key', 'dist'), cwd: dir, env: { TRUST_KIT_KEY_PASSPHRASE: passphrase }, secret: passphrase });
  assert.equal(keyed.code, 0, keyed.stderr);
  assertNoLeak(keyed);

  const inputs = { 'subject-path': 'dist', base: 'dist', 'output-dir': 'action-out', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
  const env = { ...stack.env, GITHUB_ACTIONS: 'true' };
  const requestToken = stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  const action = await runAndScan({ args: [...TSX, RELEASE_ACTION], cwd: dir, env: { ...env, ...actionInputs(inputs) }, secret: requestToken });
  assert.equal(action.code, 0, action.stdout + action.stderr);
  assertNoLeak(action);

  const halfway = await runAndScan({
    args: [...TSX, RELEASE_ACTION],
    cwd: dir,
    env: { ...env, ...actionInputs({ ...inputs, 'output-dir': 'halfway-out', 'rekor-url': `${stack.fulcioURL}/no-rekor-here` }) },
    secret: requestToken,
  });
  assert.equal(halfway.code, 1);
  assert.match(halfway.stdout, /::error::SIGN_SERVICE_FAILED/, halfway.stdout);
  assert.ok(halfway.scanned.includes('halfway-out/SHA256SUMS') && halfway.scanned.includes('halfway-out/sbom.cdx.json'), `earlier outputs are kept: ${halfway.scanned.join()}`);
  assertNoLeak(halfway);
});

test('release action: the git the SBOM step runs inherits none of the job\'s secrets, though signing takes the request token and passphrase only after the SBOMs', async (t) => {
  const dir = await tempDir(t);
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  await mkdir(join(dir, 'dist'));
  await mkdir(join(dir, 'bin'));
  await writeFile(join(dir, 'dist', 'app.tgz'), 'release bytes');
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } }));
  // A git that records the environment it was given (and knows no commit, so the SBOM takes the clock's time), run
  // since the directory looks like a repository's: outside one, the SBOM step runs no git.
  await mkdir(join(dir, '.git'));
  const seen = join(dir, 'git-environment.txt');
  await writeFile(join(dir, 'bin', 'git'), `#!/bin/sh\nenv > '${seen}'\necho "fatal: your current branch 'main' does not have any commits yet" >&2\nexit 128\n`, { mode: 0o755 });
  const secrets = {
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    ACTIONS_RUNTIME_TOKEN: freshSecret('runtime_'),
    GITHUB_TOKEN: freshSecret('ghs_'),
    GH_TOKEN: freshSecret('gho_'),
    SIGSTORE_ID_TOKEN: stack.oidc.mintToken(),
    TRUST_KIT_KEY_PASSPHRASE: freshSecret('pass_'),
    COSIGN_PASSWORD: freshSecret('cosign_'),
    TRUST_KIT_REGISTRY_PASSWORD: freshSecret('registry_'),
  };
  const inputs = { 'subject-path': 'dist', base: 'dist', 'output-dir': 'out', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath, 'github-token': freshSecret('input_') };
  const run = await runAndScan({
    args: [...TSX, RELEASE_ACTION],
    cwd: dir,
    env: { ...stack.env, ...secrets, ...actionInputs(inputs), GITHUB_ACTIONS: 'true', PATH: `${join(dir, 'bin')}:/usr/bin:/bin` },
    secret: stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const environment = await readFile(seen, 'utf8');
  assert.match(environment, /^PATH=/m, 'git ran, with the environment it needs');
  const inherited = [...Object.entries(secrets), ['INPUT_GITHUB-TOKEN', inputs['github-token']]].filter(([, value]) => environment.includes(value as string)).map(([name]) => name);
  assert.deepEqual(inherited, []);
});
