import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { digestBytes } from '../../src/core/digest.js';
import { silentLogger } from '../../src/core/logger.js';
import { runRelease } from '../../src/release/index.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { PEERS, peerEnv, runPeer } from '../interop/tools.js';
import { validateProvenance, validateStatement } from './schemas.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

async function project(t: TestContext): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'dist', 'app.zip'), 'zip\n');
  await writeFile(join(cwd, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } }));
  const event = join(cwd, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
  return cwd;
}

describe('a release with attest: auto', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  const inputs = (extra: Record<string, string> = {}): Record<string, string | string[]> => ({
    'subject-path': ['dist'],
    base: 'dist',
    'fulcio-url': stack.fulcioURL,
    'rekor-url': stack.rekorURL ?? '',
    'trusted-root': stack.trustedRootPath,
    ...extra,
  });

  test('attests the artifacts with provenance and one SBOM attestation per SBOM, under the checksums file\'s certificate', async (t) => {
    const cwd = await project(t);
    const config = releaseConfig(inputs({ attest: 'auto' }), cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    const before = { ...stack.requests };
    const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json') };
    const result = await runRelease(config, { cwd, env, logger: silentLogger, oidcDiscoveryURL: stack.oidc.discoveryURL });
    assert.deepEqual(result.attestations?.predicateTypes, ['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3', 'https://cyclonedx.org/bom']);
    assert.deepEqual((await readdir(join(cwd, 'out'))).sort(), ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'VERIFY.md', 'attestations.intoto.jsonl', 'sbom.cdx.json', 'sbom.spdx.json', 'trust-kit-policy.json', 'trust-kit-trusted-root.jsonl']);
    // One certificate for the checksums file and every attestation; a log entry each.
    assert.deepEqual([stack.requests.fulcio - before.fulcio, stack.requests.rekor - before.rekor], [1, 4]);
    const lines = (await readFile(join(cwd, 'out', 'attestations.intoto.jsonl'), 'utf8')).trimEnd().split('\n');
    assert.equal(lines.length, 3);
    const trust = loadTrustMaterial(stack.trustedRoot);
    for (const line of lines) {
      const bundle = JSON.parse(line) as { dsseEnvelope: { payload: string } };
      const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as { subject: { name: string }[]; predicateType: string; predicate: unknown };
      validateStatement(statement);
      assert.deepEqual(statement.subject.map((subject) => subject.name), ['app.tgz', 'app.zip']);
      if (statement.predicateType === 'https://slsa.dev/provenance/v1') validateProvenance(statement.predicate);
      verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: digestBytes('sha256', 'zip\n') } }, { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(stack.oidc.issuer), extensions: {} }, trust);
    }
    // VERIFY.md's gh commands, run as written in a download of the release, with the private deployment's trusted root
    // (the loopback stack's, pretty-printed) where VERIFY.md says to put it: its line copies it onto one line for gh.
    const verify = await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8');
    const commands = verify.split('\n').filter((line) => line.startsWith('gh attestation verify '));
    const forGh = " --custom-trusted-root 'trust-kit-roots/trusted_root.jsonl'";
    assert.deepEqual(commands, [
      `gh attestation verify 'app.tgz' --bundle 'attestations.intoto.jsonl' --repo 'octo-org/octo-repo' --cert-identity 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main' --source-ref 'refs/heads/main' --predicate-type 'https://slsa.dev/provenance/v1'${forGh}`,
      `gh attestation verify 'app.tgz' --bundle 'attestations.intoto.jsonl' --repo 'octo-org/octo-repo' --cert-identity 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main' --source-ref 'refs/heads/main' --predicate-type 'https://spdx.dev/Document/v2.3'${forGh}`,
      `gh attestation verify 'app.tgz' --bundle 'attestations.intoto.jsonl' --repo 'octo-org/octo-repo' --cert-identity 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main' --source-ref 'refs/heads/main' --predicate-type 'https://cyclonedx.org/bom'${forGh}`,
    ]);
    await copyFile(join(cwd, 'dist', 'app.tgz'), join(cwd, 'out', 'app.tgz'));
    await mkdir(join(cwd, 'out', 'trust-kit-roots'));
    await copyFile(stack.trustedRootPath, join(cwd, 'out', 'trust-kit-roots', 'trusted_root.json'));
    const copy = verify.split('\n').find((line) => line.startsWith('paste '));
    assert.equal(copy, "paste -s -d '\\0' 'trust-kit-roots/trusted_root.json' >| trust-kit-roots/trusted_root.jsonl");
    execFileSync('sh', ['-c', copy], { cwd: join(cwd, 'out') });
    for (const command of commands) {
      const args = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '').slice(1);
      const gh = await runPeer(PEERS.gh, args, join(cwd, 'out'), peerEnv(cwd, { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }));
      assert.equal(gh.code, 0, `${command}\n${gh.stdout}\n${gh.stderr}`);
    }
  });

  test('attest: true without a token endpoint fails before anything is hashed or written (with --force, an earlier signed output stays); attesting needs signing; absent, it is off', async (t) => {
    const cwd = await project(t);
    const required = releaseConfig(inputs({ attest: 'true', 'sbom-format': 'none', force: 'true' }), cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    await mkdir(join(cwd, 'out'), { recursive: true });
    await writeFile(join(cwd, 'out', 'SHA256SUMS'), 'an earlier signed release\n');
    const before = stack.requests.fulcio;
    await assert.rejects(runRelease(required, { cwd, env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() }, logger: silentLogger }), { code: 'ATTEST_PROVENANCE_UNAVAILABLE' });
    assert.equal(stack.requests.fulcio, before);
    assert.equal(await readFile(join(cwd, 'out', 'SHA256SUMS'), 'utf8'), 'an earlier signed release\n');
    assert.throws(() => releaseConfig(inputs({ attest: 'true', sign: 'false' }), cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }), { code: 'CONFIG_INVALID' });
    assert.equal(releaseConfig(inputs(), cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false }).attest, 'off');
  });
});
