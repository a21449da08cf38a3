import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { runActionBundle } from '../support/action-runner.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const root = join(import.meta.dirname, '..', '..');

async function workspace(t: TestContext): Promise<string> {
  const dir = await tempDir(t, 'trust-kit-workspace-');
  await mkdir(join(dir, 'dist', 'sub'), { recursive: true });
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app');
  await writeFile(join(dir, 'dist', 'sub', 'app.tgz'), 'other app');
  return dir;
}

test('the checksums action bundle writes the checksums file, outputs and summary', async (t) => {
  const dir = await workspace(t);
  const run = await runActionBundle(join(root, 'actions/checksums/action.yml'), { 'subject-path': 'dist/*.tgz\ndist/sub', base: 'dist' }, dir);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['checksums-path'], join(dir, 'SHA256SUMS'));
  const subjects = JSON.parse(run.outputs.subjects ?? '') as { name: string; digest: { sha256: string } }[];
  assert.deepEqual(subjects.map((subject) => subject.name), ['app.tgz', 'sub/app.tgz']);
  assert.match(subjects[0]?.digest.sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.match(run.summary, /\| app\.tgz \| 3 B \| `[0-9a-f]{64}` \|/);
  execFileSync('sha256sum', ['-c', join(dir, 'SHA256SUMS')], { cwd: join(dir, 'dist') });
});

test('the checksums action bundle fails with a coded error and writes nothing', async (t) => {
  const dir = await workspace(t);
  const run = await runActionBundle(join(root, 'actions/checksums/action.yml'), { 'subject-path': 'dist/*.zip', algorithm: 'sha512' }, dir);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /::error::CHECKSUMS_NO_MATCH: input "subject-path": "dist\/\*\.zip" matches no file/);
  assert.deepEqual(run.outputs, {});
  const invalid = await runActionBundle(join(root, 'actions/checksums/action.yml'), { 'subject-path': 'dist', algorithm: 'md5' }, dir);
  assert.match(invalid.stdout, /::error::CONFIG_INVALID: input "algorithm": is "md5"/);
});

test('the root release action bundle signs keylessly against the loopback Sigstore stack', async (t) => {
  const dir = await workspace(t);
  await copyFile(join(root, 'examples/hello-cli/package.json'), join(dir, 'package.json'));
  await copyFile(join(root, 'examples/hello-cli/package-lock.json'), join(dir, 'package-lock.json'));
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const inputs = {
    'subject-path': 'dist',
    base: 'dist',
    'fulcio-url': stack.fulcioURL,
    'rekor-url': stack.rekorURL ?? '',
    'tsa-url': stack.tsaURL ?? '',
    'trusted-root': stack.trustedRootPath,
    // Provenance verifies the token against the issuer's keys, which the loopback issuer serves elsewhere (test/attest/release.test.ts covers it).
    attest: 'false',
  };
  const run = await runActionBundle(join(root, 'action.yml'), inputs, dir, { ...stack.env, SOURCE_DATE_EPOCH: '1700000000' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['output-dir'], 'trust-kit-out');
  const out = join(dir, 'trust-kit-out');
  // The SBOMs are listed too (needs the rebuilt dist), by the names they are published under.
  assert.match(await readFile(join(out, 'SHA256SUMS'), 'utf8'), /^[0-9a-f]{64} {2}app\.tgz\n[0-9a-f]{64} {2}sbom\.cdx\.json\n[0-9a-f]{64} {2}sbom\.spdx\.json\n[0-9a-f]{64} {2}sub\/app\.tgz\n[0-9a-f]{64} {2}trust-kit-policy\.json\n[0-9a-f]{64} {2}trust-kit-trusted-root\.jsonl\n$/);
  assert.deepEqual(run.outputs['sbom-paths']?.split('\n'), ['trust-kit-out/sbom.spdx.json', 'trust-kit-out/sbom.cdx.json']);
  assert.equal(run.outputs['bundle-path'], 'trust-kit-out/SHA256SUMS.sigstore.json');
  assert.deepEqual(stack.requests, { oidc: 1, fulcio: 1, rekor: 1, rekorV2: 0, tsa: 1 });
  const spdx = JSON.parse(await readFile(join(out, 'sbom.spdx.json'), 'utf8')) as { creationInfo: { created: string }; packages: { name: string }[] };
  assert.equal(spdx.creationInfo.created, '2023-11-14T22:13:20Z');
  assert.ok(spdx.packages.some((pkg) => pkg.name === 'picocolors'));
  const identity = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
  const verify = await readFile(join(out, 'VERIFY.md'), 'utf8');
  assert.ok(verify.includes(`--certificate-identity '${identity}' --certificate-oidc-issuer 'https://token.actions.githubusercontent.com'`), verify);
  const verified = await cli(
    ['verify-checksums', join(out, 'SHA256SUMS'), '--bundle', join(out, 'SHA256SUMS.sigstore.json'), '--certificate-identity', identity, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com', '--trusted-root', stack.trustedRootPath, '--base', join(dir, 'dist')],
    dir,
  );
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  assert.match(run.summary, /### trust-kit release[\s\S]*signed with a custom Sigstore deployment/);
});

test('without an OIDC token the root action fails with the permission to add, and keeps the checksums and SBOMs', async (t) => {
  const dir = await workspace(t);
  const run = await runActionBundle(join(root, 'action.yml'), { 'subject-path': 'dist', base: 'dist' }, dir);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /::error::OIDC_TOKEN_UNAVAILABLE: [^\n]*%0Ahint: [^\n]*id-token: write/);
  const kept = await readdir(join(dir, 'trust-kit-out'));
  assert.deepEqual(kept.sort(), ['SHA256SUMS', 'sbom.cdx.json', 'sbom.spdx.json']);
  const skipped = await runActionBundle(join(root, 'action.yml'), { 'subject-path': 'dist', base: 'dist', 'on-missing-token': 'warn', force: 'true' }, dir);
  assert.equal(skipped.status, 0, skipped.stdout);
  assert.match(skipped.stdout, /::warning::/);
  assert.equal(skipped.outputs['bundle-path'], '');
  assert.match(await readFile(join(dir, 'trust-kit-out', 'VERIFY.md'), 'utf8'), /sha256sum --ignore-missing -c 'SHA256SUMS'/);
});

test('every action reads exactly the inputs its action.yml declares', async () => {
  const { parse } = await import('yaml');
  const declared = async (file: string): Promise<string[]> => Object.keys((parse(await readFile(join(root, file), 'utf8')) as { inputs: object }).inputs).sort();
  const entries: [string, readonly string[]][] = [
    ['action.yml', (await import('../../src/actions/release/main.js')).RELEASE_INPUTS],
    ['actions/checksums/action.yml', (await import('../../src/actions/checksums/main.js')).CHECKSUMS_INPUTS],
    ['actions/attest/action.yml', (await import('../../src/actions/attest/main.js')).ATTEST_INPUTS],
    ['actions/sbom/action.yml', (await import('../../src/actions/sbom/main.js')).SBOM_INPUTS],
  ];
  for (const [file, inputs] of entries) assert.deepEqual([...inputs].sort(), await declared(file), file);
});

test('the CLI bundle runs from the committed dist', async (t) => {
  const dir = await workspace(t);
  const out = execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), 'checksums', '--base', 'dist', 'dist'], { cwd: dir, encoding: 'utf8' });
  assert.match(out, /app\.tgz\n/);
  assert.equal(execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), '--version'], { encoding: 'utf8' }).trim(), JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version);
});

test('bundles carry no relocated assets: ncc never rewrote one of our file paths', async () => {
  const { readdir: list } = await import('node:fs/promises');
  const entries = await list(join(root, 'dist'), { recursive: true, withFileTypes: true });
  const rewritten: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path, 'utf8');
    for (const match of text.matchAll(/require__\.ab \+ "[^"]*"/g)) rewritten.push(`${path.slice(root.length + 1)}: ${match[0]}`);
  }
  assert.deepEqual(rewritten, []);
  const unexpected = entries.filter((entry) => entry.isDirectory() && !/^(prebuilds(\/[a-z0-9-]+)?|[a-z-]+)$/.test(join(entry.parentPath, entry.name).slice(join(root, 'dist').length + 1)));
  assert.deepEqual(unexpected.map((entry) => join(entry.parentPath, entry.name)), []);
});

test('the CLI bundle writes a generated key pair into the working directory', async (t) => {
  const dir = await tempDir(t);
  execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), 'generate-key-pair', '--output-key-prefix', 'release'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
  assert.deepEqual((await readdir(dir)).sort(), ['release.key', 'release.pub']);
});
