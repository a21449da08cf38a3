import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReleaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { RELEASE_PIPELINE, runPipeline } from '../../src/release/pipeline.js';
import type { ReleaseState, ReleaseStepDefinition, ReleaseStepName, StepOutcome } from '../../src/release/state.js';

function state(): ReleaseState {
  return { config: {} as ReleaseConfig, ports: { cwd: '/', env: {}, logger: silentLogger }, outputDir: '/out', staged: [] };
}

function step(name: ReleaseStepName, options: Partial<ReleaseStepDefinition> & { outcome?: () => Promise<StepOutcome> }, ran: string[]): ReleaseStepDefinition {
  return {
    name,
    needs: options.needs ?? [],
    ...(options.salvages === undefined ? {} : { salvages: options.salvages }),
    ...(options.wanted === undefined ? {} : { wanted: options.wanted }),
    run: async () => {
      ran.push(name);
      return (await options.outcome?.()) ?? {};
    },
  };
}

test('the steps of a stage run concurrently: each starts before the other has finished', async () => {
  const ran: string[] = [];
  let releaseHash!: () => void;
  const hashStarted = new Promise<void>((resolve) => (releaseHash = resolve));
  // The SBOM step lets the hash step finish: run one after the other, the stage would never end.
  const hash = step('hash', { outcome: async () => (await hashStarted, { written: ['a'] }) }, ran);
  const sbom = step('sbom', { outcome: async () => (releaseHash(), { written: ['b'] }) }, ran);
  const run = state();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the steps of the stage ran one after the other')), 5000).unref());
  await Promise.race([runPipeline(run, [[hash, sbom]]), timeout]);
  assert.deepEqual(run.staged, ['a', 'b'], 'files in the order of the stage');
  assert.equal(run.failure, undefined);
});

test('after a failure only the steps that salvage run, and only when what they need succeeded; the first failure is kept', async () => {
  const ran: string[] = [];
  const boom = new Error('boom');
  const run = state();
  await runPipeline(run, [
    [step('collect', {}, ran)],
    [step('hash', {}, ran), step('sbom', { needs: ['collect'], outcome: () => Promise.reject(boom) }, ran)],
    [step('checksums', { needs: ['hash'], salvages: true }, ran)],
    [step('sign', { needs: ['checksums'] }, ran)],
    [step('attest', { needs: ['sign'], salvages: true }, ran)],
    [step('instructions', { needs: ['checksums'], outcome: () => Promise.reject(new Error('later')) }, ran)],
    [step('publish', { salvages: true }, ran)],
  ]);
  assert.deepEqual(ran, ['collect', 'hash', 'sbom', 'checksums', 'publish']);
  assert.deepEqual(run.failure, { step: 'sbom', error: boom });
});

test('a step switched off is passed over, and so are the steps that need it', async () => {
  const ran: string[] = [];
  const run = state();
  await runPipeline(run, [[step('sign', { wanted: () => false }, ran)], [step('attest', { needs: ['sign'] }, ran)], [step('instructions', {}, ran)]]);
  assert.deepEqual(ran, ['instructions']);
});

test('the release pipeline: one entry per step, in the order of a release, hashing beside the SBOMs', () => {
  assert.deepEqual(
    RELEASE_PIPELINE.map((stage) => stage.map((definition) => definition.name)),
    [['output'], ['collect'], ['hash', 'sbom', 'resolve-images', 'asset-names', 'release-tag'], ['published-release'], ['signing-session'], ['verification-kit'], ['checksums'], ['sign'], ['bundles', 'attest'], ['images'], ['audit-log'], ['close-session'], ['instructions'], ['publish'], ['downgrade'], ['github-draft'], ['gate'], ['github-publish']],
  );
});
