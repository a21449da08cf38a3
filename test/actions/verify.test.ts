import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MAX_SUMMARY_ROWS } from '../../src/actions/summary.js';
import { run, VERIFY_INPUTS } from '../../src/actions/verify/main.js';
import { runActionBundle } from '../support/action-runner.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { recordingIO } from '../support/action-io.js';
import { assertShowable, HOSTILE } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const root = join(import.meta.dirname, '..', '..');
const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');

describe('the verify action, on bundles trust-kit signed against the loopback stack', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  async function release(cwd: string): Promise<void> {
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tar.gz'), 'app\n');
    await writeFile(join(cwd, 'dist', 'app.zip'), 'zip\n');
    await writeFile(join(cwd, 'dist', 'SHA256SUMS'), `${sha256('app\n')}  app.tar.gz\n${sha256('zip\n')}  app.zip\n`);
    const signed = await cli(['sign-blob', 'dist/SHA256SUMS', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath], cwd, { ...stack.env });
    assert.equal(signed.code, 0, signed.stderr);
  }

  test('verifies a signed checksums file and every listed artifact, with outputs and a summary', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    const io = recordingIO();
    await run({ checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', 'certificate-identity': IDENTITY, 'certificate-oidc-issuer': ISSUER, 'trusted-root': stack.trustedRootPath }, io, cwd);
    assert.equal(io.outputs['signer-identity'], IDENTITY);
    assert.equal(io.outputs['signer-issuer'], ISSUER);
    assert.deepEqual(JSON.parse(io.outputs.verified ?? '[]'), [
      { name: 'app.tar.gz', digest: { sha256: sha256('app\n') } },
      { name: 'app.zip', digest: { sha256: sha256('zip\n') } },
    ]);
    assert.match(io.summary, /\| Signer \| `https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/heads\/main` \|/);
    assert.match(io.summary, /\| app\.zip \| OK \|/);
  });

  test("a bundle signed offline with a key is refused unless insecure-ignore-tlog says so, as the CLI and cosign's verify --key", async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'SHA256SUMS'), `${sha256('app\n')}  app.tar.gz\n`);
    await writeFile(join(cwd, 'dist', 'app.tar.gz'), 'app\n');
    assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd, {})).code, 0);
    assert.equal((await cli(['sign-blob', 'dist/SHA256SUMS', '--key', 'release.key'], cwd, {})).code, 0);
    const inputs = { checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', key: 'release.pub', 'trusted-root': stack.trustedRootPath };
    await assert.rejects(run(inputs, recordingIO(), cwd), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'VERIFY_TLOG_MISSING', error.message);
      assert.match(error.hint ?? '', /input "insecure-ignore-tlog"/);
      return true;
    });
    const io = recordingIO();
    await run({ ...inputs, 'insecure-ignore-tlog': 'true' }, io, cwd);
    assert.match(io.summary, /\| app\.tar\.gz \| OK \|/);
  });

  test('verifies one artifact by path or digest with the GitHub shortcut', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    for (const artifact of ['dist/SHA256SUMS', `sha256:${sha256(`${sha256('app\n')}  app.tar.gz\n${sha256('zip\n')}  app.zip\n`)}`]) {
      const io = recordingIO();
      await run({ artifact, bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, io, cwd);
      assert.equal(io.outputs['signer-identity'], IDENTITY);
    }
  });

  test('a glob in files (which names files) is a bad input, not an artifact "not listed" the user is told not to use', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    await assert.rejects(run({ checksums: 'dist/SHA256SUMS', files: 'dist/*.zip', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, recordingIO(), cwd), (error: { code?: string; issues?: { input: string; message: string }[] }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.deepEqual(error.issues, [{ input: 'input "files"', message: 'dist/*.zip is a glob, which files does not expand: name each file, or leave files out to check every listed file present under base' }]);
      return true;
    });
  });

  test('fails on a tampered artifact with its code, after writing what it checked to the summary', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    await writeFile(join(cwd, 'dist', 'app.zip'), 'tampered\n');
    const io = recordingIO();
    await assert.rejects(
      run({ checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, io, cwd),
      (error: { code?: string; message?: string }) => error.code === 'VERIFY_ARTIFACT_MISMATCH' && /app\.zip \(mismatch\)/.test(error.message ?? ''),
    );
    assert.match(io.summary, /\| app\.zip \| FAILED \(mismatch\) \|/);
    // The heading says the run failed: a reader of the summary alone must not take it for a verified release.
    assert.match(io.summary, /^### Verification FAILED: 1 artifact does not match `dist\/SHA256SUMS` \(its signature verified\)\n/);
    assert.doesNotMatch(io.summary, /### Verified/);
  });

  test('a listed file that is not there passes, as sha256sum -c --ignore-missing, but is named in a warning and the summary as not checked, as the CLI names it', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    await rm(join(cwd, 'dist', 'app.zip'));
    const io = recordingIO();
    await run({ checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, io, cwd);
    const said = "1 listed file was not found in the checksums file's directory, so it was not checked: app.zip (name the files to check in files, or set base where they are)";
    assert.ok(io.log.includes(`warn ${said}`), io.log.join('\n'));
    assert.ok(io.summary.includes(said), io.summary);
    assert.match(io.summary, /\| app\.tar\.gz \| OK \|/);
  });

  test('files named as the checksums file lists them (from base), not from the workspace, are said to be so, not to be distrusted', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    await assert.rejects(run({ checksums: 'dist/SHA256SUMS', base: 'dist', files: 'app.zip', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, recordingIO(), cwd), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'VERIFY_ARTIFACT_MISMATCH');
      assert.match(error.message, /: app\.zip \(missing\)$/);
      assert.equal(error.hint, 'each file named is a path from the workspace, not from base: app.zip is dist/app.zip; name it so and run again');
      return true;
    });
  });

  test('a checksums file none of whose files is found fails with a summary that says no artifact was checked', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    const io = recordingIO();
    await assert.rejects(run({ checksums: 'dist/SHA256SUMS', base: '.', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, io, cwd), { code: 'VERIFY_ARTIFACT_MISMATCH' });
    assert.match(io.summary, /^### Verification FAILED: no file listed in `dist\/SHA256SUMS` was found \(its signature verified\)\n/);
  });

  test('names the first 20 failures in the error, as the CLI does, and lists every one in the summary', async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    const names = Array.from({ length: 25 }, (_, index) => `file-${String(index).padStart(2, '0')}`);
    for (const name of names) await writeFile(join(cwd, 'dist', name), 'tampered\n');
    await writeFile(join(cwd, 'dist', 'SHA256SUMS'), names.map((name) => `${sha256(`${name}\n`)}  ${name}\n`).join(''));
    const signed = await cli(['sign-blob', 'dist/SHA256SUMS', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath], cwd, { ...stack.env });
    assert.equal(signed.code, 0, signed.stderr);
    const io = recordingIO();
    await assert.rejects(run({ checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, io, cwd), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'VERIFY_ARTIFACT_MISMATCH');
      assert.match(error.message ?? '', /^25 artifacts do not match .*file-19 \(mismatch\); and 5 more$/);
      assert.doesNotMatch(error.message ?? '', /file-20/);
      return true;
    });
    assert.match(io.summary, /\| file-24 \| FAILED \(mismatch\) \|/);
  });

  test('fails with a policy code for another signer, and reports every bad input at once', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    await assert.rejects(run({ artifact: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-rep', 'trusted-root': stack.trustedRootPath }, recordingIO(), cwd), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'VERIFY_POLICY_IDENTITY_MISMATCH');
      // The hint names what the workflow wrote, inputs, as well as the CLI's flags.
      assert.match(error.hint ?? '', /--certificate-identity \(input "certificate-identity"; exact match\) or --repo\/--signer-workflow \(inputs "repo", "signer-workflow"\)/);
      return true;
    });
    await assert.rejects(run({ files: 'a', 'certificate-identity-regexp': '(' }, recordingIO(), cwd), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      for (const input of ['artifact', 'files', 'bundle', 'certificate-identity-regexp', 'certificate-oidc-issuer']) assert.match(error.message ?? '', new RegExp(`input "${input}"`));
      return true;
    });
  });

  test('accepts the defaults its action.yml declares, which the runner passes in every mode', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    const { parse } = await import('yaml');
    const declared = (parse(await readFile(join(root, 'actions/verify/action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;
    const defaults = Object.fromEntries(Object.entries(declared).flatMap(([name, spec]) => (spec.default === undefined ? [] : [[name, spec.default]])));
    const io = recordingIO();
    await run({ ...defaults, artifact: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, io, cwd);
    assert.equal(io.outputs['signer-identity'], IDENTITY);
  });

  test('the names of a signed but hostile checksums file are named in the error bounded and printable, and shown in the summary printable', async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    const names = Array.from({ length: 20 }, (_, index) => `${index}${HOSTILE}${'x'.repeat(8000)}`);
    await writeFile(join(cwd, 'dist', 'SHA256SUMS'), names.map((name) => `${sha256(name)}  ${name}\n`).join(''));
    const signed = await cli(['sign-blob', 'dist/SHA256SUMS', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath], cwd, { ...stack.env });
    assert.equal(signed.code, 0, signed.stderr);
    const io = recordingIO();
    await assert.rejects(run({ checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath }, io, cwd), (error: { code?: string; message: string }) => {
      assert.equal(error.code, 'VERIFY_ARTIFACT_MISMATCH');
      assertShowable(error.message, /^20 artifacts do not match the signed dist\/SHA256SUMS: \\0\\u001b\]0;owned.*\(cut: \d+ characters\) \((missing|unreadable: ENAMETOOLONG)\)/, 8000);
      return true;
    });
    // The summary lists every name whole (it is the report), with no control character left.
    // eslint-disable-next-line no-control-regex -- what must not reach the summary
    assert.doesNotMatch(io.summary.replaceAll('\n', ''), /[\u0000-\u001f\u007f-\u009f]/);
    assert.ok(io.summary.includes('| 0\u241b\\]0;owned\u2407\\\\u009b2J\\\\u0085nextx'), 'the name is shown, its controls made visible');
  });

  test('thousands of artifacts: the summary table is cut, failures first, so that GitHub does not drop it (1 MiB) and no failure is left out', async (t) => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    const count = MAX_SUMMARY_ROWS + 700;
    const names = Array.from({ length: count }, (_, index) => `artifact-${String(index).padStart(5, '0')}.bin`);
    await Promise.all(names.map((name) => writeFile(join(cwd, 'dist', name), name)));
    await writeFile(join(cwd, 'dist', 'SHA256SUMS'), names.map((name) => `${sha256(name)}  ${name}\n`).join(''));
    const signed = await cli(['sign-blob', 'dist/SHA256SUMS', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath], cwd, { ...stack.env });
    assert.equal(signed.code, 0, signed.stderr);
    const inputs = { checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath };
    const io = recordingIO();
    await run(inputs, io, cwd);
    const rows = (summary: string): string[] => summary.split('\n').filter((line) => /^\| artifact-\d+\.bin \|/.test(line));
    assert.equal(rows(io.summary).length, MAX_SUMMARY_ROWS);
    assert.match(io.summary, /\| and 700 more, all OK: dist\/SHA256SUMS lists every one \| \|/);
    // The last artifact fails: it is shown although it sorts past the cut.
    await writeFile(join(cwd, 'dist', names[count - 1] ?? ''), 'tampered');
    const failed = recordingIO();
    await assert.rejects(run(inputs, failed, cwd), { code: 'VERIFY_ARTIFACT_MISMATCH' });
    assert.match(failed.summary, new RegExp(`\\| ${names[count - 1]?.replace('.', '\\.')} \\| FAILED \\(mismatch\\) \\|`));
    assert.equal(rows(failed.summary).length, MAX_SUMMARY_ROWS);
  });

  test('the bundled action (dist/verify, as the runner runs it) verifies, sets outputs, and fails the step with the code', async (t) => {
    const cwd = await tempDir(t);
    await release(cwd);
    const inputs = { checksums: 'dist/SHA256SUMS', bundle: 'dist/SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': stack.trustedRootPath };
    const ok = await runActionBundle(join(root, 'actions/verify/action.yml'), inputs, cwd);
    assert.equal(ok.status, 0, ok.stdout);
    assert.equal(ok.outputs['signer-identity'], IDENTITY);
    assert.match(ok.summary, /\| app\.tar\.gz \| OK \|/);
    await writeFile(join(cwd, 'dist', 'app.tar.gz'), 'tampered\n');
    const failed = await runActionBundle(join(root, 'actions/verify/action.yml'), inputs, cwd);
    assert.notEqual(failed.status, 0);
    assert.match(failed.stdout, /::error::VERIFY_ARTIFACT_MISMATCH: 1 artifact does not match the signed dist\/SHA256SUMS: app\.tar\.gz \(mismatch\)/);
  });
});

test('the verify action reads exactly the inputs its action.yml declares', async () => {
  const { parse } = await import('yaml');
  const declared = Object.keys((parse(await readFile(join(root, 'actions/verify/action.yml'), 'utf8')) as { inputs: object }).inputs).sort();
  assert.deepEqual([...VERIFY_INPUTS].sort(), declared);
});

test('every file input that does not exist (bundle, artifact, checksums, trusted-root, key) is named under its input at once, before anything is read', async (t) => {
  const cwd = await tempDir(t);
  const messages = async (inputs: Record<string, string>): Promise<string[]> => {
    const io = recordingIO();
    let issues: string[] = [];
    await assert.rejects(run(inputs, io, cwd), (error: Error & { code?: string; issues?: { input: string; message: string }[] }) => {
      assert.equal(error.code, 'CONFIG_INVALID', error.message);
      issues = (error.issues ?? []).map((issue) => `${issue.input}: ${issue.message}`);
      return true;
    });
    return issues;
  };
  assert.deepEqual(await messages({ artifact: 'dist/app.zip', bundle: 'dist/app.zip.sigstore.json', repo: 'octo-org/octo-repo', 'trusted-root': 'root.json' }), [
    'input "bundle": dist/app.zip.sigstore.json does not exist',
    'input "artifact": dist/app.zip does not exist',
    'input "trusted-root": root.json does not exist',
  ]);
  assert.deepEqual(await messages({ checksums: 'SHA256SUMS', bundle: 'SHA256SUMS.sigstore.json', key: 'cosign.pub' }), [
    'input "bundle": SHA256SUMS.sigstore.json does not exist',
    'input "checksums": SHA256SUMS does not exist',
    'input "key": cosign.pub does not exist',
  ]);
  // A digest is no path; in attestation mode the same holds.
  assert.deepEqual(await messages({ artifact: `sha256:${sha256('x')}`, bundle: 'b.json', repo: 'octo-org/octo-repo' }), ['input "bundle": b.json does not exist']);
  assert.deepEqual(await messages({ mode: 'attestation', artifact: 'app.tgz', bundle: 'app.intoto.jsonl', owner: 'octo-org' }), ['input "bundle": app.intoto.jsonl does not exist', 'input "artifact": app.tgz does not exist']);
  // Attestations are looked up by SHA-256: another digest is a bad input (before the files are looked for, as every input's problem), not an unreadable file.
  assert.deepEqual(await messages({ mode: 'attestation', artifact: `sha512:${'0'.repeat(128)}`, bundle: 'app.intoto.jsonl', owner: 'octo-org' }), [
    `input "artifact": is "sha512:${'0'.repeat(128)}", not sha256:<64 hex>: attestations are looked up by their artifact's SHA-256; give the file itself, or its sha256:<hex>`,
  ]);
});

test('a base that is not a directory is named under its input with the other missing files, before anything is read', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), `${sha256('a')}  a.zip\n`);
  await assert.rejects(run({ checksums: 'SHA256SUMS', base: 'dist', bundle: 'SHA256SUMS.sigstore.json', repo: 'octo-org/octo-repo' }, recordingIO(), cwd), (error: Error & { code?: string; issues?: { input: string; message: string }[] }) => {
    assert.equal(error.code, 'CONFIG_INVALID', error.message);
    assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), ['input "bundle": SHA256SUMS.sigstore.json does not exist', 'input "base": dist does not exist']);
    return true;
  });
  // With artifact, base would be ignored: it is refused as files is.
  await assert.rejects(run({ artifact: 'a.zip', base: 'dist', bundle: 'b.json', repo: 'octo-org/octo-repo' }, recordingIO(), cwd), (error: Error & { issues?: { input: string; message: string }[] }) => {
    assert.deepEqual(error.issues?.map((issue) => `${issue.input}: ${issue.message}`), ['input "base": is only read with "checksums"']);
    return true;
  });
});
