// `trust-kit release --no-sign` (and the action without signing or github-release) starts as fast as
// `checksums`: the GitHub client, its proxy agents, the signing and verification clients and the
// registry code load only in the steps that use them, through a dynamic import.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { RELEASE_PIPELINE, runPipeline } from '../../src/release/pipeline.js';
import type { ReleasePorts, ReleaseStepName } from '../../src/release/state.js';
import { staticImports } from '../support/static-imports.js';

const root = join(import.meta.dirname, '..', '..');

/** Packages only signing, verifying, attesting, image signing or publishing to GitHub need. */
const LATE_PACKAGES = ['@actions/github', '@actions/github/lib/utils', '@octokit/core', 'undici', '@sigstore/sign', '@sigstore/bundle', '@sigstore/core', '@sigstore/tuf', '@noble/curves/nist.js', 'jose'];

test('the release command and the release action reach the GitHub client, signing and verification only through dynamic imports', () => {
  // The action's entry loads its code (main.ts) through a dynamic import, once the secrets are set aside: that code is walked.
  for (const entry of ['src/cli/commands/release.ts', 'src/actions/release/main.ts']) {
    const { files, packages } = staticImports(entry);
    assert.ok(files.has('src/release/pipeline.ts'), `${entry}: the walk follows the release's imports`);
    for (const late of LATE_PACKAGES) assert.equal(packages.get(late), undefined, `${entry} reaches ${late} statically, through ${packages.get(late) ?? ''}`);
    for (const file of ['src/github/release-target.ts', 'src/github/attestations.ts', 'src/core/proxied-fetch.ts', 'src/release/release-attestation.ts', 'src/release/publish.ts', 'src/release/gate.ts']) {
      assert.equal(files.has(file), false, `${entry} imports ${file} statically`);
    }
  }
});

test('the steps an unsigned release runs reach none of those packages: they load only with the steps that sign, verify or publish', () => {
  for (const step of ['output', 'collect', 'hash', 'sboms', 'checksums', 'instructions', 'publish-output']) {
    const { packages } = staticImports(`src/release/steps/${step}.ts`);
    for (const late of LATE_PACKAGES) assert.equal(packages.get(late), undefined, `the ${step} step reaches ${late} statically, through ${packages.get(late) ?? ''}`);
  }
});

test('the pipeline loads each step\'s code when the step runs: no file under steps/ is imported statically, and every one is named in a dynamic import', () => {
  const { files } = staticImports('src/release/pipeline.ts');
  assert.deepEqual([...files].filter((file) => file.startsWith('src/release/steps/')), []);
  const text = readFileSync(join(root, 'src/release/pipeline.ts'), 'utf8');
  const loaded = new Set([...text.matchAll(/await import\('\.\/steps\/([a-z-]+)\.js'\)/g)].map((match) => match[1]));
  const stepFiles = readdirSync(join(root, 'src/release/steps')).map((file) => file.replace(/\.ts$/, ''));
  assert.deepEqual([...loaded].sort(), stepFiles.sort());
});

test('an unsigned release that publishes no GitHub release runs, and so loads, only those steps; with a GitHub release the publishing steps run too', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  const ranWith = async (ports: ReleasePorts): Promise<ReleaseStepName[]> => {
    const ran: ReleaseStepName[] = [];
    // Each step's code is replaced by a recorder: a step that is not run is not loaded either.
    const recorded = RELEASE_PIPELINE.map((stage) => stage.map((definition) => ({ ...definition, run: async () => (ran.push(definition.name), {}) })));
    await runPipeline({ config, ports, outputDir: '/out', staged: [] }, recorded);
    return ran;
  };
  const ports: ReleasePorts = { cwd: '/', env: {}, logger: silentLogger };
  assert.deepEqual(await ranWith(ports), ['output', 'collect', 'hash', 'sbom', 'checksums', 'instructions', 'publish']);
  const releases = {} as NonNullable<ReleasePorts['githubRelease']>['releases'];
  const published = await ranWith({ ...ports, githubRelease: { tag: 'v1.0.0', releases } });
  for (const name of ['downgrade', 'github-draft', 'gate', 'github-publish'] as const) assert.ok(published.includes(name), `${name} runs with a GitHub release`);
});
