import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { after, before, describe, test } from 'node:test';
import { SIGN_INPUTS, run } from '../../src/actions/sign/main.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { exactly, loadPublicKey, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { recordingIO } from '../support/action-io.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

describe('the sign action', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  test('signs the checksums file and other subjects, outputs the bundles and a summary with the exact identity', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
    await writeFile(join(cwd, 'notes.txt'), 'notes\n');
    const event = join(cwd, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
    const io = recordingIO();
    const before = { ...stack.requests };
    await run(
      { checksums: 'SHA256SUMS', 'subject-path': 'notes.txt', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath },
      io,
      cwd,
      { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event },
    );
    // The inputs' own Fulcio and Rekor: a deployment that is neither instance.
    assert.deepEqual(io.outputs, { 'bundle-paths': 'SHA256SUMS.sigstore.json\nnotes.txt.sigstore.json', signed: 'true', instance: 'custom' });
    assert.equal(stack.requests.fulcio - before.fulcio, 1);
    assert.equal(stack.requests.oidc - before.oidc, 1);
    for (const file of ['SHA256SUMS', 'notes.txt']) {
      const bundle = JSON.parse(await readFile(join(cwd, `${file}.sigstore.json`), 'utf8')) as unknown;
      verifyBundle(bundle, { bytes: await readFile(join(cwd, file)) }, { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(stack.oidc.issuer), extensions: {} }, loadTrustMaterial(stack.trustedRoot));
    }
    assert.match(io.summary, /\| SHA256SUMS \| `SHA256SUMS\.sigstore\.json` \|/);
    assert.ok(io.summary.includes(`--certificate-identity '${IDENTITY}' --certificate-oidc-issuer '${stack.oidc.issuer}'`));
    // The summary's command, as written: with the trusted root the private deployment needs, read from trust-kit-roots/, where
    // the summary says to put the one the operator gives (a file of its name among the downloads could be anyone's).
    assert.match(io.summary, /get it from the deployment's operator, not from the download/);
    assert.match(io.summary, /```sh\nmkdir -p trust-kit-roots\ntrust-kit verify-blob /);
    const line = io.summary.split('\n').find((text) => text.startsWith('trust-kit verify-blob ')) ?? '';
    const args = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '').slice(1);
    assert.equal(args.at(-1), `trust-kit-roots/${basename(stack.trustedRootPath)}`);
    await mkdir(join(cwd, 'trust-kit-roots'));
    await copyFile(stack.trustedRootPath, join(cwd, 'trust-kit-roots', basename(stack.trustedRootPath)));
    const verified = await cli(args, cwd);
    assert.equal(verified.code, 0, verified.stderr);
  });

  test('the summary\'s verify command is one shell-exact command, whatever quotes, spaces and $ the identity and file hold', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, "it's $HOME.txt"), 'notes\n');
    const event = join(cwd, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
    const workflowRef = "octo-org/octo-repo/.github/workflows/release.yml@refs/heads/it's-$HOME";
    stack.oidc.setEndpointClaims({ job_workflow_ref: workflowRef });
    t.after(() => stack.oidc.setEndpointClaims({}));
    const io = recordingIO();
    await run(
      { 'subject-path': "it's $HOME.txt", 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath },
      io,
      cwd,
      { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event },
    );
    const command = /```sh\nmkdir -p trust-kit-roots\n(trust-kit verify-blob .*)\n```/.exec(io.summary)?.[1];
    assert.ok(command !== undefined, io.summary);
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${command.slice('trust-kit '.length)}`], { encoding: 'utf8', env: { HOME: '/nowhere' } });
    assert.deepEqual(words.trimEnd().split('\n'), [
      'verify-blob',
      "it's $HOME.txt",
      '--bundle',
      "it's $HOME.txt.sigstore.json",
      '--certificate-identity',
      `https://github.com/${workflowRef}`,
      '--certificate-oidc-issuer',
      stack.oidc.issuer,
      '--repo',
      'octo-org/octo-repo',
      '--source-ref',
      'refs/heads/main',
      '--trusted-root',
      `trust-kit-roots/${basename(stack.trustedRootPath)}`,
    ]);
  });

  test('the summary lists at most 500 signed files and counts the rest (GitHub drops a summary over 1 MiB whole); bundle-paths names every one', async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'd'));
    for (let index = 0; index < 520; index += 1) await writeFile(join(cwd, 'd', `file-${index}.txt`), `${index}\n`);
    const pair = generateSigningKeyPair(undefined);
    await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
    const io = recordingIO();
    await run({ 'subject-path': 'd', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true' });
    assert.equal(io.outputs['bundle-paths']?.split('\n').length, 520);
    assert.equal(io.summary.split('\n').filter((line) => line.startsWith('| ') && line.includes('.sigstore.json')).length, 500);
    assert.match(io.summary, /\| and 20 more \| the `bundle-paths` output names every bundle \|/);
  });

  test('instance key signs offline with the key input; the summary says how to verify with the public key', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
    const pair = generateSigningKeyPair(undefined);
    await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
    const io = recordingIO();
    const before = { ...stack.requests };
    await run({ checksums: 'SHA256SUMS', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true' });
    assert.deepEqual(io.outputs, { 'bundle-paths': 'SHA256SUMS.sigstore.json', signed: 'true', instance: 'key' });
    assert.deepEqual({ ...stack.requests }, before, 'no service was asked');
    const bundle = JSON.parse(await readFile(join(cwd, 'SHA256SUMS.sigstore.json'), 'utf8')) as unknown;
    verifyBundle(bundle, { bytes: await readFile(join(cwd, 'SHA256SUMS')) }, loadPublicKey(pair.publicKeyPem, 'release.pub', 'ignored'), undefined);
    assert.match(io.summary, /--key <public key of release\.key> --insecure-ignore-tlog/);
    // The summary's command, run as written with the public key in its place, verifies the offline bundle.
    await writeFile(join(cwd, 'release.pub'), pair.publicKeyPem);
    const line = io.summary.split('\n').find((text) => text.startsWith('trust-kit verify-blob ')) ?? '';
    const args = [...line.replace('<public key of release.key>', 'release.pub').matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '').slice(1);
    const verified = await cli(args, cwd);
    assert.equal(verified.code, 0, verified.stderr);
  });

  test('a file whose name starts with - is written ./-name in the summary\'s command, which then verifies as written', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, '-rf'), 'checksums\n');
    const pair = generateSigningKeyPair(undefined);
    await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
    await writeFile(join(cwd, 'release.pub'), pair.publicKeyPem);
    const io = recordingIO();
    await run({ checksums: '-rf', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true' });
    const line = io.summary.split('\n').find((text) => text.startsWith('trust-kit verify-blob ')) ?? '';
    assert.ok(line.startsWith("trust-kit verify-blob './-rf' --bundle './-rf.sigstore.json' "), line);
    const args = [...line.replace('<public key of release.key>', 'release.pub').matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '').slice(1);
    const verified = await cli(args, cwd);
    assert.equal(verified.code, 0, verified.stderr);
  });

  test('the checksums input is one file, whatever commas its name holds; subject-path is a list', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SUMS, v1'), 'checksums\n');
    await writeFile(join(cwd, 'a.txt'), 'a\n');
    await writeFile(join(cwd, 'b.txt'), 'b\n');
    const pair = generateSigningKeyPair(undefined);
    await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
    const io = recordingIO();
    await run({ checksums: 'SUMS, v1', 'subject-path': 'a.txt, b.txt', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true' });
    assert.equal(io.outputs['bundle-paths'], 'SUMS, v1.sigstore.json\na.txt.sigstore.json\nb.txt.sigstore.json');
  });

  test('bundles a directory or glob holds are not signed again; a bundle named itself is; a glob matching only bundles is refused, not signed as nothing', async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'art'));
    await writeFile(join(cwd, 'art', 'a.txt'), 'a\n');
    await writeFile(join(cwd, 'art', 'a.txt.sigstore.json'), '{}');
    await writeFile(join(cwd, 'release.sigstore.json'), '{}');
    const pair = generateSigningKeyPair(undefined);
    await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
    const signing = { instance: 'key', key: 'release.key' };
    const walked = recordingIO();
    await run({ 'subject-path': 'art', ...signing }, walked, cwd, { GITHUB_ACTIONS: 'true' });
    assert.deepEqual(walked.outputs, { 'bundle-paths': 'art/a.txt.sigstore.json', signed: 'true', instance: 'key' });
    const named = recordingIO();
    await run({ checksums: 'release.sigstore.json', ...signing }, named, cwd, { GITHUB_ACTIONS: 'true' });
    assert.deepEqual(named.outputs, { 'bundle-paths': 'release.sigstore.json.sigstore.json', signed: 'true', instance: 'key' });
    const onlyBundles = recordingIO();
    await assert.rejects(run({ 'subject-path': 'art/*.json', ...signing }, onlyBundles, cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CHECKSUMS_NO_MATCH');
      assert.match(error.message, /art\/\*\.json matches only Sigstore bundles/);
      return true;
    });
    assert.equal(onlyBundles.outputs.signed, undefined);
    // A file and its bundle both named: the bundle would be written over, then signed in its place.
    const before = await readFile(join(cwd, 'art', 'a.txt.sigstore.json'), 'utf8');
    const both = recordingIO();
    await assert.rejects(run({ 'subject-path': 'art/a.txt\nart/a.txt.sigstore.json', ...signing }, both, cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.match(error.message, /^input "subject-path": art\/a\.txt's bundle would be written over art\/a\.txt\.sigstore\.json, which is to be signed too/);
      return true;
    });
    assert.equal(await readFile(join(cwd, 'art', 'a.txt.sigstore.json'), 'utf8'), before, 'the named bundle is left as it was');
    // A file whose bundle's name would be too long to write: refused before anything is signed.
    await writeFile(join(cwd, 'art', `${'b'.repeat(245)}.bin`), 'b\n');
    await assert.rejects(run({ 'subject-path': 'art', ...signing }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.match(error.message, /input "subject-path": art\/b{245}\.bin's bundle would be named 263 bytes long, more than the 255 a file name may have/);
      return true;
    });
  });

  test('on-missing-token: skip signs nothing and says so', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
    const io = recordingIO();
    await run({ checksums: 'SHA256SUMS', 'on-missing-token': 'skip' }, io, cwd, { GITHUB_ACTIONS: 'true' });
    assert.deepEqual(io.outputs, { signed: 'false', 'bundle-paths': '' });
    assert.match(io.summary, /Nothing was signed: no OIDC identity token[^\n]*\(on-missing-token: skip\)/);
    // Said once: the reason does not repeat it.
    assert.equal(io.summary.match(/nothing was signed/gi)?.length, 1, io.summary);
    assert.deepEqual(await readdir(cwd), ['SHA256SUMS']);
    // An earlier run's bundle beside the file is left as it was, and said to be: it may not sign the file as it is now.
    await writeFile(join(cwd, 'SHA256SUMS.sigstore.json'), '{}');
    const stale = recordingIO();
    await run({ checksums: 'SHA256SUMS', 'on-missing-token': 'skip' }, stale, cwd, { GITHUB_ACTIONS: 'true' });
    assert.ok(stale.log.includes('warn "SHA256SUMS.sigstore.json" is an earlier run\'s, left as it was: nothing was signed now, and it may not sign "SHA256SUMS" as it is'), stale.log.join('\n'));
    assert.match(stale.summary, /1 bundle of an earlier run lies beside the files, left as it was: `SHA256SUMS\.sigstore\.json`/);
  });

  test('without id-token permission and on-missing-token fail, it fails with the permission to add', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
    await assert.rejects(run({ checksums: 'SHA256SUMS' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_TOKEN_UNAVAILABLE');
      assert.match(error.hint ?? '', /`id-token: write` under `permissions:`/);
      return true;
    });
  });
});

test('action.yml declares exactly the inputs the action reads and runs its bundle', async () => {
  const metadata = parse(await readFile(join(import.meta.dirname, '..', '..', 'actions', 'sign', 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };
  assert.deepEqual(Object.keys(metadata.inputs).sort(), [...SIGN_INPUTS].sort());
  assert.deepEqual(Object.keys(metadata.outputs).sort(), ['bundle-paths', 'images', 'instance', 'signed']);
  assert.deepEqual(metadata.runs, { using: 'node24', main: '../../dist/sign/index.js' });
});

test('a checksums file or subject-path entry that does not exist is named under its input with the other missing paths, before a signing session is opened', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'a.txt'), 'a\n');
  const io = recordingIO();
  await assert.rejects(run({ checksums: 'SHA256SUMS', 'subject-path': 'a.txt\nb.txt', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string; issues?: { input: string; message: string }[] }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), ['input "key": release.key does not exist', 'input "checksums": SHA256SUMS does not exist', 'input "subject-path": b.txt does not exist']);
    return true;
  });
  assert.deepEqual(io.outputs, {});
});

test('a bad images input is reported with the other bad inputs at once, not alone before them', async (t) => {
  const cwd = await tempDir(t);
  await assert.rejects(run({ 'subject-path': 'a.txt', images: 'Registry.example/App:latest', instance: 'nowhere', 'signature-format': 'cosign4' }, recordingIO(), cwd, {}), (error: Error & { code?: string; issues?: { input: string }[] }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues?.map((issue) => issue.input).sort(), ['input "images"', 'input "instance"', 'input "signature-format"']);
    return true;
  });
});

test('a run that fails while signing writes its job summary: what was signed before, what failed and why', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'a.txt'), 'a\n');
  await writeFile(join(cwd, 'b.txt'), 'b\n');
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  // b.txt's bundle cannot be written: a directory stands where it goes.
  await mkdir(join(cwd, 'b.txt.sigstore.json'));
  const io = recordingIO();
  await assert.rejects(run({ 'subject-path': 'a.txt\nb.txt', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string }) => {
    assert.match(io.summary, /### Signatures/);
    assert.match(io.summary, /\*\*Failed\*\*/);
    assert.ok(io.summary.includes(error.code ?? 'no code'), io.summary);
    assert.match(io.summary, /\| a\.txt \| `a\.txt\.sigstore\.json` \|/);
    return true;
  });
  assert.equal(io.outputs.signed, 'false');
  assert.equal(io.outputs['bundle-paths'], 'a.txt.sigstore.json');
});

test('a signing config without a trusted root is a bad input named with the other missing paths, before a signing session is opened', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'signing-config.json'), '{}');
  await assert.rejects(run({ 'subject-path': 'a.txt', 'signing-config': 'signing-config.json' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string; issues?: { input: string }[] }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues?.map((issue) => issue.input), ['input "trusted-root"', 'input "subject-path"']);
    return true;
  });
});

test('a run that fails before anything is signed (no OIDC token) still sets signed to false and bundle-paths empty, as documented', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
  const io = recordingIO();
  await assert.rejects(run({ checksums: 'SHA256SUMS' }, io, cwd, { GITHUB_ACTIONS: 'true' }), { code: 'OIDC_TOKEN_UNAVAILABLE' });
  assert.deepEqual(io.outputs, { signed: 'false', 'bundle-paths': '' });
  assert.match(io.summary, /Nothing was signed\./);
});

test('a key beside the keyless-only trusted-root and timeout is a bad input, not ignored, as with the CLI', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
  await assert.rejects(run({ checksums: 'SHA256SUMS', key: 'release.key', 'trusted-root': 'trusted_root.json', timeout: '90', 'on-missing-token': 'warn' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { issues?: { input: string; message: string }[] }) => {
    assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), [
      'input "trusted-root": applies to keyless signing; input "key" signs locally and offline, so it would do nothing',
      'input "timeout": applies to keyless signing; input "key" signs locally and offline, so it would do nothing',
      'input "on-missing-token": applies to keyless signing; input "key" signs locally and offline, so it would do nothing',
    ]);
    return true;
  });
  // on-missing-token's default, which the runner passes, is no choice of the workflow's.
  await assert.rejects(run({ checksums: 'SHA256SUMS', key: 'release.key', 'on-missing-token': 'fail' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { issues?: { input: string; message: string }[] }) => {
    assert.deepEqual(error.issues?.map((issue) => issue.message), ['release.key does not exist']);
    return true;
  });
});

test('image inputs set without images (signature-format, recursive, allow-http-registry) are bad inputs, not ignored; their action.yml defaults are not', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
  await assert.rejects(run({ checksums: 'SHA256SUMS', 'signature-format': 'cosign3', recursive: 'true', 'allow-http-registry': 'true' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { issues?: { input: string; message: string }[] }) => {
    assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), ['signature-format', 'recursive', 'allow-http-registry'].map((name) => `input "${name}": applies to images, and input "images" names none, so it would do nothing`));
    return true;
  });
  // The defaults the runner passes: the run goes on to signing (and fails there, with no token).
  await assert.rejects(run({ checksums: 'SHA256SUMS', 'signature-format': 'both', recursive: 'false', 'allow-http-registry': 'false' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), { code: 'OIDC_TOKEN_UNAVAILABLE' });
});

test('a glob as checksums (one file) is said to be one, with where globs go, not that it does not exist', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'SHA256SUMS'), 'checksums\n');
  await assert.rejects(run({ checksums: 'dist/*SUMS' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { issues?: { input: string; message: string }[] }) => {
    assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), ['input "checksums": dist/*SUMS is a glob, but checksums names one file: name it (e.g. the checksums action\'s checksums-path output), or give globs in input "subject-path"']);
    return true;
  });
});
