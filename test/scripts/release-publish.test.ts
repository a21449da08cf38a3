import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';

// The reusable workflow's publish step, run as the runner runs it (bash -eo pipefail) against a
// stand-in `gh` that keeps one release's state: creation, re-runs and partial failures.
const root = join(import.meta.dirname, '..', '..');
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')) as { jobs: { publish: { steps: { id?: string; run?: string }[] } } };
const script = workflow.jobs.publish.steps.find((step) => step.id === 'publish')?.run ?? '';
const scratch = mkdtempSync(join(tmpdir(), 'trust-kit-publish-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Release {
  tag: string;
  isDraft: boolean;
  assets: { name: string; digest: string }[];
}

let runs = 0;
function publish(existing: Release | undefined): { status: number | null; stderr: string; stdout: string; calls: string[]; release: Release; output: string } {
  const dir = join(scratch, String(runs++));
  const bin = join(dir, 'bin');
  const state = join(dir, 'state');
  mkdirSync(join(dir, 'work', 'release-artifacts', 'linux'), { recursive: true });
  mkdirSync(join(dir, 'work', 'evidence'), { recursive: true });
  mkdirSync(bin);
  mkdirSync(state);
  writeFileSync(join(dir, 'work', 'release-artifacts', 'linux', 'app.tgz'), 'the app\n');
  writeFileSync(join(dir, 'work', 'release-artifacts', 'build.log'), 'not a release file\n');
  writeFileSync(join(dir, 'work', 'evidence', 'SHA256SUMS'), sums);
  writeFileSync(join(dir, 'work', 'evidence', 'VERIFY.md'), '# Verify\n');
  writeFileSync(join(state, 'calls.log'), '');
  if (existing !== undefined) writeFileSync(join(state, 'state.json'), JSON.stringify(existing));
  writeFileSync(join(bin, 'gh'), `#!/bin/sh\nexec '${process.execPath}' '${join(import.meta.dirname, 'fixtures', 'gh-release-stub.mjs')}' "$@"\n`);
  chmodSync(join(bin, 'gh'), 0o755);
  writeFileSync(join(dir, 'step.sh'), script);
  const output = join(dir, 'github-output');
  writeFileSync(output, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(dir, 'step.sh')], {
    cwd: join(dir, 'work'),
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, STUB_STATE: state, TAG: 'v1.2.3', GITHUB_OUTPUT: output },
  });
  return {
    status: result.status,
    stderr: result.stderr,
    stdout: result.stdout,
    calls: readFileSync(join(state, 'calls.log'), 'utf8').trim().split('\n').map((line) => line.split(' ').slice(0, 2).join(' ')),
    release: JSON.parse(readFileSync(join(state, 'state.json'), 'utf8')) as Release,
    output: readFileSync(output, 'utf8'),
  };
}

const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const sums = `${sha256('the app\n').slice('sha256:'.length)}  linux/app.tgz\n`;
const allAssets = [
  { name: 'SHA256SUMS', digest: sha256(sums) },
  { name: 'VERIFY.md', digest: sha256('# Verify\n') },
  { name: 'app.tgz', digest: sha256('the app\n') },
];
const byName = (assets: { name: string }[]): string[] => assets.map((asset) => asset.name).sort();

test('a first run makes a draft, uploads the evidence and the signed files (no other download), then publishes once', () => {
  const run = publish(undefined);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.calls.filter((call) => call !== 'release view'), ['release create', 'release upload', 'release edit']);
  assert.equal(run.release.isDraft, false);
  assert.deepEqual(byName(run.release.assets), ['SHA256SUMS', 'VERIFY.md', 'app.tgz']);
  assert.equal(run.output, 'release-url=https://github.test/owner/repo/releases/tag/v1.2.3\n');
});

test('a re-run for a release already published with the same assets changes nothing and succeeds', () => {
  const run = publish({ tag: 'v1.2.3', isDraft: false, assets: allAssets });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual([...new Set(run.calls)], ['release view']);
  assert.match(run.stdout, /already published .*nothing changed/);
});

test('a run after a partial failure uploads only what the draft lacks, then publishes', () => {
  const run = publish({ tag: 'v1.2.3', isDraft: true, assets: [allAssets[2] as { name: string; digest: string }] });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.calls.filter((call) => call !== 'release view'), ['release upload', 'release edit']);
  assert.deepEqual(byName(run.release.assets), ['SHA256SUMS', 'VERIFY.md', 'app.tgz']);
  assert.equal(run.release.isDraft, false);
});

test('an asset already there with another digest stops the run: never replaced, nothing published', () => {
  const run = publish({ tag: 'v1.2.3', isDraft: true, assets: [{ name: 'app.tgz', digest: sha256('another app\n') }] });
  assert.notEqual(run.status, 0);
  assert.match(run.stdout, /::error .*already has an asset app\.tgz .*never replaces/);
  assert.deepEqual([...new Set(run.calls)], ['release view']);
  assert.equal(run.release.isDraft, true);
});

test('a published release missing an asset is an error, not an upload GitHub would refuse', () => {
  const run = publish({ tag: 'v1.2.3', isDraft: false, assets: allAssets.slice(0, 2) });
  assert.notEqual(run.status, 0);
  assert.match(run.stdout, /::error .*already published without .*app\.tgz/);
  assert.deepEqual([...new Set(run.calls)], ['release view']);
});
