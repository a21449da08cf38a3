import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { clockFromSourceDateEpoch } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { emptyReleaseReport, runRelease } from '../../src/release/index.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import { requirePeer, runPeer } from '../interop/tools.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const EPOCH = '1700000000';

async function project(t: TestContext): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist', 'linux'), { recursive: true });
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'dist', 'linux', 'app'), 'linux binary\n');
  await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
  return cwd;
}

const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('a release with artifact-bundles and audit-log', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  const release = async (cwd: string, extra: Record<string, string> = {}) => {
    const config = releaseConfig(
      { 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath, 'artifact-bundles': 'true', 'audit-log': 'true', attest: 'auto', ...extra },
      cliNamer(),
      { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false },
    );
    const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json') };
    return runRelease(config, { cwd, env, logger: silentLogger, clock: clockFromSourceDateEpoch(EPOCH), oidcDiscoveryURL: stack.oidc.discoveryURL });
  };

  test('every artifact gets its own bundle in the checksums file\'s session, and cosign verify-blob <file> --bundle <file>.sigstore.json passes on each', async (t) => {
    const cwd = await project(t);
    const before = { ...stack.requests };
    const result = await release(cwd);
    // One certificate; a log entry for the checksums file, each artifact, the provenance and the audit log.
    assert.deepEqual([stack.requests.fulcio - before.fulcio, stack.requests.rekor - before.rekor], [1, 5]);
    assert.deepEqual(
      result.artifactBundles?.map((bundle) => [bundle.name, bundle.bundlePath]),
      [
        ['app.tgz', join(cwd, 'out', 'app.tgz.sigstore.json')],
        ['linux/app', join(cwd, 'out', 'linux', 'app.sigstore.json')],
      ],
    );
    const trust = loadTrustMaterial(stack.trustedRoot);
    const policy = { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(stack.oidc.issuer), extensions: {} } as const;
    for (const name of ['app.tgz', 'linux/app']) {
      const bundle = JSON.parse(await readFile(join(cwd, 'out', `${name}.sigstore.json`), 'utf8')) as unknown;
      verifyBundle(bundle, { bytes: await readFile(join(cwd, 'dist', name)) }, policy, trust);
      // Each bundle is of its own file, not of another artifact.
      assert.throws(() => verifyBundle(bundle, { bytes: Buffer.from('another file\n') }, policy, trust), { code: 'VERIFY_ARTIFACT_MISMATCH' });
    }
    // VERIFY.md names each bundle where it was written, beside its artifact, folders and all.
    const instructions = await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8');
    assert.match(instructions, /\ncosign verify-blob 'linux\/app' --bundle 'linux\/app\.sigstore\.json' /);
    assert.match(instructions, /\ncosign verify-blob 'app\.tgz' --bundle 'app\.tgz\.sigstore\.json' /);
    const cosign = requirePeer(t, 'cosign3');
    if (cosign === undefined) return;
    for (const name of ['app.tgz', 'linux/app']) {
      const file = join(cwd, 'dist', name);
      const args = ['verify-blob', file, '--bundle', join(cwd, 'out', `${name}.sigstore.json`), '--trusted-root', stack.trustedRootPath, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', stack.oidc.issuer];
      const verified = await runPeer(cosign, args, cwd);
      assert.equal(verified.code, 0, `${args.join(' ')}\n${verified.stdout}\n${verified.stderr}`);
      const other = await runPeer(cosign, ['verify-blob', join(cwd, 'event.json'), ...args.slice(2)], cwd);
      assert.notEqual(other.code, 0, 'another file fails');
    }
  });

  test('the audit log lists every signature with its digest, signer, log entry and the run\'s time; it is signed on its own and the same run makes the same lines but for the log entries', async (t) => {
    const cwd = await project(t);
    const result = await release(cwd);
    assert.ok(result.auditLog !== undefined);
    assert.deepEqual(
      (await readdir(join(cwd, 'out'))).sort(),
      ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'VERIFY.md', 'app.tgz.sigstore.json', 'attestations.intoto.jsonl', 'linux', 'trust-kit-audit.jsonl', 'trust-kit-audit.jsonl.sigstore.json', 'trust-kit-policy.json', 'trust-kit-trusted-root.jsonl'],
    );
    const text = await readFile(result.auditLog.path, 'utf8');
    const records = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      records.map((record) => [record.kind, record.signed, record.bundle]),
      [
        ['checksums', 'SHA256SUMS', 'SHA256SUMS.sigstore.json'],
        ['artifact', 'app.tgz', 'app.tgz.sigstore.json'],
        ['artifact', 'linux/app', 'linux/app.sigstore.json'],
        ['attestation', 'attestations.intoto.jsonl', 'attestations.intoto.jsonl'],
      ],
    );
    assert.deepEqual(records[0]?.digest, { sha256: sha256(await readFile(join(cwd, 'out', 'SHA256SUMS'))) });
    assert.deepEqual(records[2]?.digest, { sha256: sha256('linux binary\n') });
    assert.equal(records[3]?.predicateType, 'https://slsa.dev/provenance/v1');
    for (const record of records) {
      assert.deepEqual(record.signer, { identity: IDENTITY, issuer: stack.oidc.issuer });
      assert.equal(record.time, new Date(Number(EPOCH) * 1000).toISOString());
      const tlog = record.tlog as { logIndex: string }[];
      assert.equal(tlog.length, 1);
      assert.match(tlog[0]?.logIndex ?? '', /^\d+$/);
    }
    // Written after the checksums file was signed: not listed in it, signed on its own.
    assert.doesNotMatch(await readFile(join(cwd, 'out', 'SHA256SUMS'), 'utf8'), /trust-kit-audit/);
    const bundle = JSON.parse(await readFile(result.auditLog.bundlePath, 'utf8')) as unknown;
    verifyBundle(bundle, { bytes: Buffer.from(text) }, { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(stack.oidc.issuer), extensions: {} }, loadTrustMaterial(stack.trustedRoot));

    const again = await release(cwd, { force: 'true' });
    const withoutLog = (log: string): unknown[] => log.trimEnd().split('\n').map((line) => ({ ...(JSON.parse(line) as object), tlog: undefined }));
    const second = await readFile(again.auditLog?.path ?? '', 'utf8');
    assert.deepEqual(withoutLog(second).slice(0, 3), withoutLog(text).slice(0, 3), 'the checksums file and the artifacts are signed alike');
    assert.notEqual(second, text, 'the log entries are new');
  });

  test('artifact-bundles and audit-log need signing; an artifact named like another one\'s bundle is refused', async (t) => {
    for (const input of ['artifact-bundles', 'audit-log']) {
      assert.throws(() => releaseConfig({ 'subject-path': ['dist'], sign: 'false', [input]: 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'CONFIG_INVALID');
        assert.match(error.message, new RegExp(`--${input}: needs signing`));
        return true;
      });
    }
    const cwd = await project(t);
    await writeFile(join(cwd, 'dist', 'app.tgz.sigstore.json'), '{}');
    await assert.rejects(release(cwd), { code: 'RELEASE_NAME_CLASH' });
    const directory = await project(t);
    await mkdir(join(directory, 'dist', 'app.tgz.sigstore.json'));
    await writeFile(join(directory, 'dist', 'app.tgz.sigstore.json', 'notes.txt'), 'notes\n');
    await assert.rejects(release(directory), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'RELEASE_NAME_CLASH');
      assert.match(error.message, /app\.tgz\.sigstore\.json\/notes\.txt/);
      return true;
    });
  });
});

test('an artifact whose own bundle\'s name would pass the 255 bytes a file name may have is refused before anything is signed or written', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  const long = `${'a'.repeat(240)}.tgz`;
  await writeFile(join(cwd, 'dist', long), 'app\n');
  await writeFile(join(cwd, 'dist', 'short.tgz'), 'app\n');
  // No token and no key outside GitHub Actions: a key made for the run.
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'artifact-bundles': 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch(EPOCH) }, report), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_NAME_TOO_LONG', error.message);
    assert.ok(error.message.includes(`${long}.sigstore.json (258 bytes)`), error.message);
    assert.match(error.hint ?? '', /shorter name|artifact-bundles/);
    return true;
  });
  assert.equal(report.failed?.step, 'collect');
  assert.deepEqual(await readdir(cwd), ['dist'], 'nothing was written');
});
