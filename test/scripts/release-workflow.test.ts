import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkActionInputs, zizmor } from '../../scripts/workflow-lint.js';

const root = join(import.meta.dirname, '..', '..');
const releasePath = join(root, '.github', 'workflows', 'release.yml');
const release = readFileSync(releasePath, 'utf8');
const templates = ['release-node.yml', 'release-go.yml', 'release-container.yml'].map((name) => join(root, 'workflows', name));

const ownWorkflows = readdirSync(join(root, '.github', 'workflows')).map((name) => join(root, '.github', 'workflows', name));

test('the reusable workflow calls trust-kit\'s actions with inputs they declare, and every caller calls it so', () => {
  for (const file of [...ownWorkflows, ...templates]) assert.deepEqual(checkActionInputs(file, readFileSync(file, 'utf8'), root), [], file);
});

test('a misspelled input to the kit\'s action in the reusable workflow is a finding at its line', () => {
  const misspelled = release.replace('          sbom-format: ${{ inputs.sbom-formats }}', '          sbom-formats: ${{ inputs.sbom-formats }}');
  assert.notEqual(misspelled, release);
  const findings = checkActionInputs(releasePath, misspelled, root);
  assert.deepEqual(findings.map((finding) => finding.rule), ['action-inputs']);
  assert.match(findings[0]?.message ?? '', /no input "sbom-formats"/);
  assert.equal(misspelled.split('\n')[(findings[0]?.line ?? 0) - 1]?.trim().startsWith('sbom-formats:'), true);
});

test('a required input left out of the kit\'s action is a finding', () => {
  const missing = release.replace('          subject-path: ${{ steps.inputs.outputs.subject-path }}\n', '');
  assert.notEqual(missing, release);
  const findings = checkActionInputs(releasePath, missing, root);
  assert.deepEqual(findings.map((finding) => [finding.rule, /required input "subject-path"/.test(finding.message)]), [['action-inputs', true]]);
});

test('a caller template passing an input the reusable workflow does not declare is a finding', () => {
  const template = templates[1] ?? '';
  const text = readFileSync(template, 'utf8').replace('      artifact-names: binary-*', '      artifact-name: binary-*');
  const findings = checkActionInputs(template, text, root);
  assert.equal(findings.length, 1);
  assert.match(findings[0]?.message ?? '', /no input "artifact-name"/);
});

test('the reusable workflow: one job, which publishes through the kit\'s root action (no gh shell code), its identity stated', () => {
  const workflow = parse(release) as { permissions: unknown; on: Record<string, unknown>; jobs: Record<string, { permissions: Record<string, string>; steps: { id?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[] }> };
  assert.deepEqual(workflow.permissions, {});
  assert.deepEqual(Object.keys(workflow.on), ['workflow_call']);
  assert.deepEqual(Object.keys(workflow.jobs), ['sign']);
  assert.deepEqual(workflow.jobs.sign?.permissions, { contents: 'write', 'id-token': 'write', attestations: 'write' });
  const kit = workflow.jobs.sign?.steps.find((step) => step.id === 'trust-kit');
  assert.equal(kit?.uses, './.trust-kit');
  assert.equal(kit?.with?.['github-release'], '${{ steps.mode.outputs.publish }}');
  // Only when publishing: the root action refuses a tag without github-release (a rehearsal's would do nothing).
  assert.equal(kit?.with?.tag, "${{ steps.mode.outputs.publish == 'true' && inputs.release-tag || '' }}");
  assert.ok(workflow.jobs.sign?.steps.every((step) => !/\bgh release\b/.test(step.run ?? '')), 'no step publishes with gh');
  assert.match(release, /value: \$\{\{ jobs\.sign\.outputs\.release-url \}\}/);
  const checkout = workflow.jobs.sign?.steps.find((step) => step.with?.path === '.trust-kit');
  assert.deepEqual(checkout?.with, { repository: '${{ job.workflow_repository }}', ref: '${{ job.workflow_sha }}', path: '.trust-kit', 'persist-credentials': false });
  // A local action has no GITHUB_ACTION_REPOSITORY/REF: VERIFY.md names the checked-out commit as the verifier to fetch.
  assert.deepEqual(kit?.env, { TRUST_KIT_VERIFIER_REPOSITORY: '${{ job.workflow_repository }}', TRUST_KIT_VERIFIER_COMMIT: '${{ job.workflow_sha }}' });
  assert.match(release, /THE PATH AND NAME OF THIS FILE NEVER CHANGE/);
});

test('SLSA Build L3 as docs/security/slsa.md states it: the signing job runs on a fresh GitHub-hosted runner, and a template grants id-token: write only to the job calling the reusable workflow', () => {
  const workflow = parse(release) as { jobs: Record<string, { 'runs-on'?: unknown }> };
  // A label or an expression chosen by the caller could put the signing job on a self-hosted runner shared with builds.
  assert.equal(workflow.jobs.sign?.['runs-on'], 'ubuntu-24.04');
  for (const template of templates) {
    const jobs = (parse(readFileSync(template, 'utf8')) as { jobs: Record<string, { uses?: string; permissions?: Record<string, string> }> }).jobs;
    const signing = Object.entries(jobs).filter(([, job]) => job.permissions?.['id-token'] === 'write').map(([name]) => name);
    const callers = Object.entries(jobs).filter(([, job]) => /^trust-kit\/trust-kit\/\.github\/workflows\/release\.yml@[0-9a-f]{40}$/.test(job.uses ?? '')).map(([name]) => name);
    assert.equal(callers.length, 1, `${template}: one job calls the reusable workflow, pinned by commit`);
    assert.deepEqual(signing, callers, `${template}: only the job calling the reusable workflow may hold id-token: write`);
  }
});

test('every match of artifact-names is downloaded into a directory of its own: a marker artifact uploaded first is always matched too, since download-artifact extracts a lone match flat', () => {
  const steps = (parse(release) as { jobs: { sign: { steps: { name?: string; uses?: string; with?: Record<string, unknown> }[] } } }).jobs.sign.steps;
  const download = steps.findIndex((step) => step.uses?.startsWith('actions/download-artifact@') === true);
  const marker = '${{ steps.mode.outputs.evidence-artifact }}-handoff';
  // Two levels under RUNNER_TEMP: an artifact named `..` lands one level up, outside the workspace holding trust-kit's checkout.
  assert.deepEqual(steps[download]?.with, { pattern: `{\${{ inputs.artifact-names }},${marker}}`, path: '${{ runner.temp }}/trust-kit-downloads/artifacts', 'digest-mismatch': 'error' });
  assert.match(release, /for artifact in "\$RUNNER_TEMP"\/trust-kit-downloads\/artifacts\/\*\/; do/);
  const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@') === true && step.with?.name === marker);
  assert.ok(upload !== -1 && upload < download, 'the marker is uploaded before the download');
  // Its name starts as the evidence's (trust-kit-evidence-...), which the merge leaves out.
  assert.match(release, /evidence-artifact=trust-kit-evidence-\$RUN_ID-/);
});

test('zizmor finds nothing unexplained in the actions and workflows', () => {
  const actions = readdirSync(join(root, 'actions')).map((name) => join(root, 'actions', name, 'action.yml'));
  const files = [join(root, 'action.yml'), ...actions, ...ownWorkflows, ...templates];
  assert.deepEqual(zizmor(files), []);
});

test('zizmor reports a template injection, and an inline ignore silences only its rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trust-kit-zizmor-'));
  try {
    const workflow = (comment: string): string => `name: x
on: pull_request
permissions: {}
concurrency:
  group: x
  cancel-in-progress: true
jobs:
  x:
    name: x
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"${comment}
`;
    const path = join(dir, 'x.yml');
    writeFileSync(path, workflow(''));
    const findings = zizmor([path]);
    assert.ok(findings.some((finding) => finding.rule === 'zizmor:template-injection' && finding.line === 12), JSON.stringify(findings));
    writeFileSync(path, workflow(' # zizmor: ignore[template-injection]'));
    assert.deepEqual(zizmor([path]).filter((finding) => finding.rule === 'zizmor:template-injection'), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a re-run for a release published already (the kit step writes nothing) signs nothing more and uploads no empty evidence: the steps after the kit step need its checksums file', () => {
  const workflow = parse(release) as { jobs: Record<string, { outputs: Record<string, string>; steps: { id?: string; name?: string; uses?: string; if?: string }[] }> };
  const steps = workflow.jobs.sign?.steps ?? [];
  const kit = steps.findIndex((step) => step.id === 'trust-kit');
  const wrote = "steps.trust-kit.outputs.checksums-path != ''";
  for (const id of ['provenance', 'image', 'evidence']) {
    const step = steps.find((candidate) => candidate.id === id);
    assert.ok(step !== undefined && steps.indexOf(step) > kit, `step ${id} follows the kit step`);
    assert.ok(step.if?.includes(wrote), `step ${id} runs only when the kit step wrote the release's files: if: ${step.if}`);
  }
  assert.equal(workflow.jobs.sign?.outputs['evidence-artifact'], "${{ steps.evidence.outcome == 'success' && steps.mode.outputs.evidence-artifact || '' }}", 'no name of an artifact that was not uploaded');
});

test('two runs releasing one tag (a tag push and a dispatch naming it, two caller workflows) sign one after the other: the second finds the release published and changes nothing, instead of racing it to a second draft', () => {
  const workflow = parse(release) as { jobs: Record<string, { concurrency?: { group: string; 'cancel-in-progress': boolean } }> };
  const concurrency = workflow.jobs.sign?.concurrency;
  assert.equal(concurrency?.['cancel-in-progress'], false, 'a release in progress is never cancelled');
  // A group of its own: one the caller's workflow also used would deadlock caller and callee.
  assert.equal(concurrency?.group, "trust-kit-release-${{ inputs.release-tag != '' && format('refs/tags/{0}', inputs.release-tag) || github.ref }}");
});
