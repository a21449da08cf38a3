// The images step failing after it signed some images: their signatures are in the registry, and
// what the run says about itself (the report, the CLI's stderr, the job summary's facts) says so.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { failedReleaseLines } from '../../src/actions/summary.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { clockFromSourceDateEpoch } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { emptyReleaseReport, failedRunText, releaseFacts, runRelease } from '../../src/release/index.js';
import { startFaultProxy } from '../support/oci/fault-proxy.js';
import { buildImage, debianFiles, pushImage } from '../support/oci/images.js';
import { haveTools, startReferrersRegistry } from '../support/oci/registries.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { clientFor } from '../oci/support.js';

test('the images step failing at its second image: the first image\'s signature, in the registry, is reported as signed, not as not made; a re-run signs both', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const registry = await startReferrersRegistry(t);
  const proxy = await startFaultProxy(t, registry.name);
  const client = clientFor(t, { name: proxy.name, plainHttp: true });
  const first = buildImage(debianFiles('first image'));
  const second = buildImage(debianFiles('second image'));
  await pushImage(client, { registry: proxy.name, repository: 'acme/one' }, first, 'v1');
  await pushImage(client, { registry: proxy.name, repository: 'acme/two' }, second, 'v1');
  // The registry refuses every signature pushed to the second repository.
  proxy.faults.push({ match: ({ method, path }) => method === 'PUT' && path.startsWith('/v2/acme/two/'), action: { status: 400 } });

  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', images: `${proxy.name}/acme/one:v1,${proxy.name}/acme/two:v1`, 'allow-http-registry': 'true', force: 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: { HOME: cwd }, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000') }, report), { code: 'OCI_REGISTRY_ERROR' });
  assert.equal(report.failed?.step, 'images');
  const signed = `${proxy.name}/acme/one@${first.digest}`;
  assert.deepEqual(report.images, [signed], 'the image signed before the failure');
  const text = failedRunText(releaseFacts(report, cwd));
  assert.match(text, new RegExp(`\\n {2}signed before the failure \\(in the registry\\): ${signed.replaceAll('.', '\\.')}\\n`));
  assert.match(text, /not made: .*the other images' signatures/);
  const summary = failedReleaseLines(releaseFacts(report, cwd)).join('\n');
  assert.ok(summary.includes(`Images signed before the failure (their signatures are in the registry): \`${signed}\``), summary);

  // The registry takes the signatures again: a re-run signs both images, and each verifies with the re-run's key.
  proxy.faults.length = 0;
  const result = await runRelease(config, { cwd, env: { HOME: cwd }, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000') });
  assert.deepEqual(result.images, [signed, `${proxy.name}/acme/two@${second.digest}`]);
  for (const image of result.images ?? []) {
    const verified = await cli(['verify-image', image, '--key', join('out', 'trust-kit.pub'), '--insecure-ignore-tlog', '--allow-http-registry'], cwd, { HOME: cwd });
    assert.equal(verified.code, 0, `${image}: ${verified.stderr}`);
  }
});
