import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';

// The caller templates' own shell steps, run as the runner runs them with fake tools on PATH.
const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'trust-kit-templates-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const container = parse(readFileSync(join(root, 'workflows', 'release-container.yml'), 'utf8')) as { jobs: { build: { steps: { id?: string; run?: string }[] } } };
const pushScript = container.jobs.build.steps.find((step) => step.id === 'push')?.run ?? '';

// docker's grammar for a reference: a lowercase repository path and a tag of at most 128 of [A-Za-z0-9_.-].
const fakeDocker = `#!/bin/bash
printf '%s\\n' "$*" >> "$FAKE_DIR/calls"
if [ "$1" = build ]; then
  ref="$3"
  if ! [[ "$ref" =~ ^[a-z0-9.-]+(/[a-z0-9._-]+)+:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]]; then
    echo "ERROR: invalid tag \\"$ref\\": invalid reference format" >&2
    exit 1
  fi
fi
`;

function build(env: Record<string, string>): { status: number | null; output: string; calls: string[] } {
  const dir = mkdtempSync(join(scratch, 'run-'));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'docker'), fakeDocker);
  chmodSync(join(dir, 'bin', 'docker'), 0o755);
  writeFileSync(join(dir, 'calls'), '');
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'step.sh'), pushScript);
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(dir, 'step.sh')], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, FAKE_DIR: dir, GITHUB_OUTPUT: join(dir, 'output'), REPOSITORY: 'Octo-Org/App', ACTOR: 'octocat', REGISTRY_TOKEN: 'token', ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr, calls: readFileSync(join(dir, 'calls'), 'utf8').split('\n').filter(Boolean) };
}

test('the container template builds on a pull request, whose ref name (123/merge) is no docker tag', () => {
  const run = build({ EVENT: 'pull_request', TAG: '123/merge' });
  assert.equal(run.status, 0, run.output);
  assert.deepEqual(run.calls, ['build --tag ghcr.io/octo-org/app:123-merge .']);
});

test('a release tag with characters docker refuses in a tag (semver build metadata) is built under a tag docker takes', () => {
  const run = build({ EVENT: 'pull_request', TAG: 'v1.2.3+build.7' });
  assert.equal(run.status, 0, run.output);
  assert.deepEqual(run.calls, ['build --tag ghcr.io/octo-org/app:v1.2.3-build.7 .']);
});
