import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import type { ConfigError } from '../../src/config/inputs.js';
import { instructionsAsSection } from '../../src/instructions/verify.js';
import { VERSION } from '../../src/core/version.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { cli } from '../support/cli.js';
import { recordingIO } from '../support/action-io.js';
import { tempDir } from '../support/tmp.js';

async function project(cwd: string): Promise<void> {
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await copyFile(join(import.meta.dirname, '../../examples/hello-cli/package-lock.json'), join(cwd, 'package-lock.json'));
  await copyFile(join(import.meta.dirname, '../../examples/hello-cli/package.json'), join(cwd, 'package.json'));
}

test('when signing fails, the outputs of the checksums and SBOM steps are set, their files stay, and the job summary says what failed', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const io = recordingIO();
  await assert.rejects(run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'spdx-json' }, io, cwd, { GITHUB_ACTIONS: 'true', SOURCE_DATE_EPOCH: '1700000000' }), {
    code: 'OIDC_TOKEN_UNAVAILABLE',
  });
  const checksumsPath = join(cwd, 'trust-kit-out', 'SHA256SUMS');
  const sums = await readFile(checksumsPath, 'utf8');
  const sbom = await readFile(join(cwd, 'trust-kit-out', 'sbom.spdx.json'));
  assert.equal(io.outputs['output-dir'], 'trust-kit-out');
  assert.equal(io.outputs['checksums-path'], checksumsPath);
  assert.equal(sums, `${sums.slice(0, 64)}  app.tgz\n${createHash('sha256').update(sbom).digest('hex')}  sbom.spdx.json\n`, 'the SBOM is listed with the artifact');
  assert.deepEqual(JSON.parse(io.outputs.subjects ?? '[]'), [{ name: 'app.tgz', digest: { sha256: sums.slice(0, 64) } }], 'the subjects are the artifacts only');
  assert.equal(io.outputs['sbom-paths'], join('trust-kit-out', 'sbom.spdx.json'));
  assert.equal(io.outputs['bundle-path'], undefined, 'nothing was signed');
  assert.match(io.summary, /\*\*Failed\*\* while signing the checksums file: `OIDC_TOKEN_UNAVAILABLE`\n\n```text\nno OIDC identity token: ACTIONS_ID_TOKEN_REQUEST_URL is not set.*\nhint: add `id-token: write` .*\n {2}permissions:\n {4}id-token: write\n {4}contents: read\n```\n/);
  assert.match(io.summary, /Written to `trust-kit-out` \(this run's files only\): `sbom\.spdx\.json`, `SHA256SUMS`/);
  assert.match(io.summary, /Not made: the signature, VERIFY\.md/);
  assert.match(io.summary, /\| app\.tgz \| 12 B \| `[0-9a-f]{64}` \|/, 'the artifacts hashed');
});

test('a run that fails before anything is written says so in the job summary', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const io = recordingIO();
  await assert.rejects(run({ 'subject-path': 'dist/*.zip', base: 'dist', sign: 'false' }, io, cwd, {}), { code: 'CHECKSUMS_NO_MATCH' });
  assert.match(io.summary, /\*\*Failed\*\* while hashing the artifacts: `CHECKSUMS_NO_MATCH`\n\n```text\n"dist\/\*\.zip" matches no file\n/);
  assert.match(io.summary, /Nothing was written; `trust-kit-out` is as it was\./);
  assert.match(io.summary, /Not made: the checksums file, the SBOMs, VERIFY\.md/);
});

test('bad inputs fail the run with a job summary naming them', async (t) => {
  const cwd = await tempDir(t);
  const io = recordingIO();
  await assert.rejects(run({ 'subject-path': 'dist', algorithm: 'md5' }, io, cwd, {}), { code: 'CONFIG_INVALID' });
  assert.match(io.summary, /\*\*Failed\*\* while reading the inputs: `CONFIG_INVALID`\n\n```text\ninput "algorithm": is "md5"[\s\S]*?\n```\n\nNothing was written\.\n/);
  // Set before the action fails, as documented: a later step reading it empty would take the run for a success.
  assert.equal(io.outputs['failed-step'], 'inputs');
});

test('input force replaces an earlier output directory; without it the action refuses', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false' };
  await run(inputs, recordingIO(), cwd, {});
  await assert.rejects(run(inputs, recordingIO(), cwd, {}), { code: 'RELEASE_OUTPUT_NOT_EMPTY' });
  await run({ ...inputs, force: 'true' }, recordingIO(), cwd, {});
});

test('on-missing-token: skip sets every output, the bundle path empty, and says why in the summary', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const io = recordingIO();
  await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', 'on-missing-token': 'skip' }, io, cwd, { GITHUB_ACTIONS: 'true' });
  assert.deepEqual(Object.keys(io.outputs).sort(), ['artifact-bundle-paths', 'attestations-path', 'audit-log-bundle-path', 'audit-log-path', 'bundle-path', 'checksums-digest', 'checksums-path', 'failed-step', 'files', 'output-dir', 'release-id', 'release-skipped', 'release-uploaded', 'release-url', 'sbom-paths', 'subjects', 'verify-path']);
  assert.equal(io.outputs['attestations-path'], '');
  assert.equal(io.outputs['bundle-path'], '');
  assert.equal(io.outputs['sbom-paths'], '');
  assert.equal(io.outputs['verify-path'], join('trust-kit-out', 'VERIFY.md'));
  assert.match(io.summary, /Not signed: no OIDC identity token[^\n]*\(on-missing-token: skip\)/);
  assert.doesNotMatch(io.summary, /nothing was signed/i);
});

test('the job summary holds the exact verify command of VERIFY.md, and it verifies a download of the release as written', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await writeFile(join(cwd, 'dist', "it's $x.tgz"), 'second\n');
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  const io = recordingIO();
  await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true' });
  const command = /```sh\n(trust-kit verify-checksums .*)\n```/.exec(io.summary)?.[1];
  assert.ok(command !== undefined, io.summary);
  assert.ok((await readFile(join(cwd, 'trust-kit-out', 'VERIFY.md'), 'utf8')).includes(`${command}\n`), 'the same command as VERIFY.md');
  assert.ok(io.summary.includes(instructionsAsSection(await readFile(join(cwd, 'trust-kit-out', 'VERIFY.md'), 'utf8'), 3)), 'all of VERIFY.md, under the summary\'s heading');

  const download = join(cwd, 'download');
  await mkdir(download);
  for (const file of ['app.tgz', "it's $x.tgz"]) await copyFile(join(cwd, 'dist', file), join(download, file));
  for (const file of ['SHA256SUMS', 'SHA256SUMS.sigstore.json']) await copyFile(join(cwd, 'trust-kit-out', file), join(download, file));
  // Where VERIFY.md has users put the public key they got from a source they trust.
  await mkdir(join(download, 'trust-kit-roots'));
  await writeFile(join(download, 'trust-kit-roots', 'release.pub'), pair.publicKeyPem);
  const words = execFileSync('sh', ['-c', `printf '%s\\n' ${command.slice('trust-kit '.length)}`], { encoding: 'utf8' }).trimEnd().split('\n');
  const verified = await cli(words, download);
  assert.equal(verified.code, 0, verified.stderr);
  await writeFile(join(download, 'app.tgz'), 'tampered\n');
  assert.equal((await cli(words, download)).code, 3, 'a tampered file fails verification');
});

test('an action pinned to a full commit is named in VERIFY.md and the summary as the verifier to fetch; a tag is not', async (t) => {
  const commit = '0123456789abcdef0123456789abcdef01234567';
  for (const [ref, pinned] of [[commit, true], ['v1', false]] as const) {
    const cwd = await tempDir(t);
    await project(cwd);
    const pair = generateSigningKeyPair(undefined);
    await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
    const io = recordingIO();
    await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key' }, io, cwd, { GITHUB_ACTIONS: 'true', GITHUB_ACTION_REPOSITORY: 'octo-org/trust-kit', GITHUB_ACTION_REF: ref });
    const instructions = await readFile(join(cwd, 'trust-kit-out', 'VERIFY.md'), 'utf8');
    const fetch = `git -C trust-kit-verifier fetch -q --depth 1 'https://github.com/octo-org/trust-kit' ${commit}`;
    assert.equal(instructions.includes(fetch), pinned, instructions);
    assert.equal(io.summary.includes(fetch), pinned, io.summary);
    assert.doesNotMatch(`${instructions}${io.summary}`, /^npx /m);
  }
});

test("run as a local action (the reusable workflow's checkout of trust-kit), the verifier is the commit the workflow names", async (t) => {
  const commit = '0123456789abcdef0123456789abcdef01234567';
  const cwd = await tempDir(t);
  await project(cwd);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  const io = recordingIO();
  await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key' }, io, cwd, {
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    TRUST_KIT_VERIFIER_REPOSITORY: 'octo-org/trust-kit',
    TRUST_KIT_VERIFIER_COMMIT: commit,
  });
  const instructions = await readFile(join(cwd, 'trust-kit-out', 'VERIFY.md'), 'utf8');
  assert.ok(instructions.includes(`git -C trust-kit-verifier fetch -q --depth 1 'https://github.com/octo-org/trust-kit' ${commit}`), instructions);
  assert.match(instructions, /^node trust-kit-verifier\/dist\/cli\/index\.js verify-checksums /m);
  // On another GitHub server the checkout is not on github.com, where the fetch would look.
  const ghes = await tempDir(t);
  await project(ghes);
  await writeFile(join(ghes, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key' }, recordingIO(), ghes, {
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://ghes.example.com',
    TRUST_KIT_VERIFIER_REPOSITORY: 'octo-org/trust-kit',
    TRUST_KIT_VERIFIER_COMMIT: commit,
  });
  assert.doesNotMatch(await readFile(join(ghes, 'trust-kit-out', 'VERIFY.md'), 'utf8'), /trust-kit-verifier/);
});

test('a missing key or trusted root fails the step before anything is hashed or written, naming every input', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const io = recordingIO();
  // A key signs offline, so the trusted root goes with keyless signing.
  await assert.rejects(run({ 'subject-path': 'dist', base: 'dist', key: 'missing.key', 'sbom-path': 'app' }, io, cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.match(error.message, /input "key": missing\.key does not exist\n {2}input "sbom-path": app does not exist/);
    return true;
  });
  await assert.rejects(run({ 'subject-path': 'dist', base: 'dist', 'trusted-root': 'root.json' }, io, cwd, { GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string }) => {
    assert.match(error.message, /input "trusted-root": root\.json does not exist/);
    return true;
  });
  assert.equal(io.outputs['checksums-path'], undefined);
  await assert.rejects(readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS')), { code: 'ENOENT' });
});

test('output files names each produced file by its name in the output directory, a backslash in it kept (a name character outside Windows)', { skip: process.platform === 'win32' && 'a backslash is a separator on Windows' }, async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await writeFile(join(cwd, 'dist', 'we\\ird.bin'), 'second\n');
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  const io = recordingIO();
  await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key', 'artifact-bundles': 'true' }, io, cwd, { GITHUB_ACTIONS: 'true' });
  const files = JSON.parse(io.outputs.files ?? '[]') as { name: string; path: string }[];
  const bundle = files.find((file) => file.name.startsWith('we'));
  assert.deepEqual(bundle && { name: bundle.name, path: bundle.path }, { name: 'we\\ird.bin.sigstore.json', path: join('trust-kit-out', 'we\\ird.bin.sigstore.json') });
});

test('the audit log names an artifact\'s bundle by its file name, a backslash in it kept (a name character outside Windows)', { skip: process.platform === 'win32' && 'a backslash is a separator on Windows' }, async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await writeFile(join(cwd, 'dist', 'we\\ird.bin'), 'second\n');
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key', 'artifact-bundles': 'true', 'audit-log': 'true' }, recordingIO(), cwd, { GITHUB_ACTIONS: 'true' });
  const lines = (await readFile(join(cwd, 'trust-kit-out', 'trust-kit-audit.jsonl'), 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { signed?: string; bundle?: string });
  const entry = lines.find((line) => line.signed?.startsWith('we') === true);
  assert.deepEqual(entry && { signed: entry.signed, bundle: entry.bundle }, { signed: 'we\\ird.bin', bundle: 'we\\ird.bin.sigstore.json' });
});

test('a base directory that does not exist is a bad input named as such, with the other missing paths, before any work', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const io = recordingIO();
  await assert.rejects(run({ 'subject-path': 'dist', base: 'Dist/out', 'sbom-format': 'none', instance: 'key', key: 'missing.key' }, io, cwd, {}), (error: ConfigError) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues.map((issue) => issue.input).sort(), ['input "base"', 'input "key"']);
    return true;
  });
  assert.match(io.summary, /\*\*Failed\*\* while reading the inputs/);
});

test('a subject-path entry that does not exist is a bad input named as such, with the other missing paths, before any work', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  const io = recordingIO();
  await assert.rejects(run({ 'subject-path': 'dist\ndist/app.tar.gz\ndist/*.zip', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'missing.key' }, io, cwd, {}), (error: ConfigError) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.issues.map((issue) => `${issue.input}: ${issue.message}`), ['input "key": missing.key does not exist', 'input "subject-path": dist/app.tar.gz does not exist']);
    return true;
  });
  assert.match(io.summary, /\*\*Failed\*\* while reading the inputs/);
  assert.equal(io.outputs['output-dir'], undefined);
});

test('keyless signing with a signing config or custom Sigstore URLs and no trusted root is a bad input, named with the other bad inputs before anything is hashed', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await writeFile(join(cwd, 'signing-config.json'), '{}');
  for (const inputs of [{ 'signing-config': 'signing-config.json' }, { 'fulcio-url': 'https://fulcio.example.com', 'rekor-url': 'https://rekor.example.com' }, { instance: 'github', 'tsa-url': 'https://tsa.example.com' }]) {
    const io = recordingIO();
    await assert.rejects(run({ 'subject-path': 'dist\nnope.tgz', base: 'dist', 'sbom-format': 'none', ...inputs }, io, cwd, { GITHUB_ACTIONS: 'true' }), (error: ConfigError) => {
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.deepEqual(error.issues.map((issue) => issue.input), ['input "trusted-root"', 'input "subject-path"'], JSON.stringify(inputs));
      assert.match(error.issues[0]?.message ?? '', /^is required to sign keylessly with (input "signing-config"|custom Sigstore URLs \(input "fulcio-url", input "rekor-url"\)|GitHub's instance and input "tsa-url"): /);
      return true;
    });
    await assert.rejects(readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS')), { code: 'ENOENT' });
  }
});

test('a lockfile the SBOM step could not catalog is a warning on its file and line, as in the sbom action, not only a missing dependency in the SBOM', async (t) => {
  const cwd = await tempDir(t);
  await project(cwd);
  await mkdir(join(cwd, 'tools'));
  await writeFile(join(cwd, 'tools', 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\npackages: [\n");
  const io = recordingIO();
  await run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'spdx-json', sign: 'false' }, io, cwd, { SOURCE_DATE_EPOCH: '1700000000' });
  assert.deepEqual(io.annotations.map(({ file, line }) => ({ file, line })), [{ file: 'tools/pnpm-lock.yaml', line: 3 }]);
  assert.match(io.annotations[0]?.message ?? '', /^sbom: tools\/pnpm-lock\.yaml:3: could not be cataloged \(the SBOMs lack its dependencies\): not valid YAML/);
});

test('the SBOMs are authored by the repository owner by default, as the sbom action\'s, or by the organisation sbom-organization names', async (t) => {
  const authorsOf = async (cwd: string): Promise<{ creators: string[]; authors: unknown }> => {
    const spdx = JSON.parse(await readFile(join(cwd, 'trust-kit-out', 'sbom.spdx.json'), 'utf8')) as { creationInfo: { creators: string[] } };
    const cdx = JSON.parse(await readFile(join(cwd, 'trust-kit-out', 'sbom.cdx.json'), 'utf8')) as { metadata: { authors?: unknown; component: { supplier?: unknown } } };
    return { creators: spdx.creationInfo.creators, authors: [cdx.metadata.authors, cdx.metadata.component.supplier] };
  };
  const env = { SOURCE_DATE_EPOCH: '1700000000', GITHUB_REPOSITORY_OWNER: 'acme' };
  const owned = await tempDir(t);
  await project(owned);
  await run({ 'subject-path': 'dist', base: 'dist', sign: 'false' }, recordingIO(), owned, env);
  assert.deepEqual(await authorsOf(owned), { creators: ['Organization: acme', `Tool: trust-kit-${VERSION}`], authors: [[{ name: 'acme' }], { name: 'acme' }] });
  const named = await tempDir(t);
  await project(named);
  await run({ 'subject-path': 'dist', base: 'dist', sign: 'false', 'sbom-organization': 'Acme Corp' }, recordingIO(), named, env);
  assert.deepEqual(await authorsOf(named), { creators: ['Organization: Acme Corp', `Tool: trust-kit-${VERSION}`], authors: [[{ name: 'Acme Corp' }], { name: 'Acme Corp' }] });
});
