import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { DEFAULT_EXCLUDES, findLockfiles } from '../../src/sbom/catalog.js';

// trust-kit's own release workflow moves the major tag (v1) after each release: its shell step runs
// here with a fake `gh` that answers from a list of releases and records what it was asked to write.
const root = join(import.meta.dirname, '..', '..');
interface Job { concurrency?: { group: string; 'cancel-in-progress': boolean }; steps: { name?: string; if?: string; run?: string }[] }
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'release-trust-kit.yml'), 'utf8')) as { jobs: Record<string, Job> };
const moveJob = workflow.jobs['move-major-tag'];
const script = moveJob?.steps.find((step) => step.run !== undefined)?.run ?? '';
const scratch = mkdtempSync(join(tmpdir(), 'trust-kit-major-tag-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Answers `gh api` as GitHub would for the releases and tags in releases.json, applying --jq with jq.
const fakeGh = `#!/bin/bash
set -eu
printf '%s\\n' "$*" >> "$FAKE_DIR/calls"
args=("$@"); filter=""; method=GET; path=""
for ((i = 1; i < \${#args[@]}; i++)); do
  case "\${args[i]}" in
    --jq) filter="\${args[i+1]}"; i=$((i + 1)) ;;
    --method) method="\${args[i+1]}"; i=$((i + 1)) ;;
    -f|-F) i=$((i + 1)) ;;
    --paginate) ;;
    *) path="\${args[i]}" ;;
  esac
done
case "$method $path" in
  "GET repos/trust-kit/trust-kit/releases") jq -r "$filter" "$FAKE_DIR/releases.json" ;;
  "GET repos/trust-kit/trust-kit/commits/"*) tag="\${path##*/}"; jq -r --arg tag "$tag" '.[] | select(.tag_name == $tag) | .commit' "$FAKE_DIR/releases.json" ;;
  "GET repos/trust-kit/trust-kit/git/ref/tags/v1") [ -f "$FAKE_DIR/major-exists" ] || exit 1 ;;
  "PATCH "*|"POST "*) ;;
  *) echo "fake gh: unexpected $method $path" >&2; exit 2 ;;
esac
`;

interface Release { tag_name: string; commit: string; draft?: boolean; prerelease?: boolean }

function moveMajorTag(tag: string, releases: Release[], majorExists = true): { status: number | null; stdout: string; writes: string[] } {
  const dir = mkdtempSync(join(scratch, 'run-'));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'gh'), fakeGh);
  chmodSync(join(dir, 'bin', 'gh'), 0o755);
  writeFileSync(join(dir, 'releases.json'), JSON.stringify(releases.map((release) => ({ draft: false, prerelease: false, ...release }))));
  writeFileSync(join(dir, 'calls'), '');
  if (majorExists) writeFileSync(join(dir, 'major-exists'), '');
  writeFileSync(join(dir, 'step.sh'), script);
  const commitOf = releases.find((release) => release.tag_name === tag)?.commit ?? '';
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(dir, 'step.sh')], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, FAKE_DIR: dir, GH_TOKEN: 'token', REPOSITORY: 'trust-kit/trust-kit', TAG: tag, COMMIT: commitOf },
  });
  const writes = readFileSync(join(dir, 'calls'), 'utf8').split('\n').filter((call) => /--method (PATCH|POST)/.test(call));
  return { status: result.status, stdout: result.stdout + result.stderr, writes };
}

const commit = (digit: string): string => digit.repeat(40);
const v123 = { tag_name: 'v1.2.3', commit: commit('3') };
const v124 = { tag_name: 'v1.2.4', commit: commit('4') };
const v1100 = { tag_name: 'v1.10.0', commit: commit('a') };

test('two tags pushed at once: the run that ends last for the older tag leaves v1 at the newer release', () => {
  const moved = moveMajorTag('v1.2.3', [v123, v124]);
  assert.equal(moved.status, 0, moved.stdout);
  assert.deepEqual(moved.writes, [`api --method PATCH repos/trust-kit/trust-kit/git/refs/tags/v1 -f sha=${commit('4')} -F force=true`]);
  assert.match(moved.stdout, /v1\.2\.4 is the highest v1 release/);
});

test('versions compare as numbers (v1.10.0 over v1.2.4); drafts, pre-releases and other majors never count', () => {
  const releases = [v124, v1100, { tag_name: 'v1.11.0', commit: commit('b'), draft: true }, { tag_name: 'v1.12.0', commit: commit('c'), prerelease: true }, { tag_name: 'v2.0.0', commit: commit('2') }, { tag_name: 'v10.0.0', commit: commit('9') }];
  const moved = moveMajorTag('v1.2.4', releases);
  assert.equal(moved.status, 0, moved.stdout);
  assert.deepEqual(moved.writes, [`api --method PATCH repos/trust-kit/trust-kit/git/refs/tags/v1 -f sha=${commit('a')} -F force=true`]);
});

test('the highest release moves v1 to its commit; the first release of a major creates the tag', () => {
  const moved = moveMajorTag('v1.2.4', [v123, v124]);
  assert.deepEqual(moved.writes, [`api --method PATCH repos/trust-kit/trust-kit/git/refs/tags/v1 -f sha=${commit('4')} -F force=true`]);
  const created = moveMajorTag('v1.2.3', [v123], false);
  assert.equal(created.status, 0, created.stdout);
  assert.deepEqual(created.writes, [`api --method POST repos/trust-kit/trust-kit/git/refs -f ref=refs/tags/v1 -f sha=${commit('3')}`]);
});

test('the major tag moves one run at a time: a read of the releases and the write after it never interleave with another run\'s', () => {
  assert.deepEqual(moveJob?.concurrency, { group: 'release-trust-kit-major-tag', 'cancel-in-progress': false });
});

// The build job refuses a tag that is not package.json's version, so release vX.Y.Z carries trust-kit-X.Y.Z.tgz.
const versionStep = workflow.jobs['build']?.steps.find((step) => step.name === "The tag is package.json's version");

function checkTagVersion(tag: string, version: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(scratch, 'version-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'trust-kit', version }));
  writeFileSync(join(dir, 'step.sh'), versionStep?.run ?? 'exit 99');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(dir, 'step.sh')], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TAG: tag } });
  return { status: result.status, output: result.stdout + result.stderr };
}

test("a release tag that is not package.json's version is refused before packing: v1.2.3 never carries trust-kit-0.1.0.tgz", () => {
  assert.ok(versionStep !== undefined, 'the build job checks the tag against package.json');
  assert.equal(versionStep.if, "github.event_name == 'push'");
  assert.deepEqual(checkTagVersion('v1.2.3', '1.2.3'), { status: 0, output: '' });
  const refused = checkTagVersion('v1.2.3', '0.1.0');
  assert.equal(refused.status, 1);
  assert.match(refused.output, /::error title=release trust-kit::the tag v1\.2\.3 is not package\.json's version \(v0\.1\.0\): set the version to 1\.2\.3/);
});

test('trust-kit\'s own release SBOM catalogs the package\'s lockfile alone: release.yml passes sbom-exclude on, and it leaves out the benchmarks\' peers and the test tools', async () => {
  const release = parse(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')) as { on: { workflow_call: { inputs: Record<string, unknown> } }; jobs: Record<string, { steps?: { uses?: string; with?: Record<string, string> }[] }> };
  assert.ok('sbom-exclude' in release.on.workflow_call.inputs);
  const kit = Object.values(release.jobs).flatMap((job) => job.steps ?? []).find((step) => step.uses === './.trust-kit');
  assert.equal(kit?.with?.['sbom-exclude'], '${{ inputs.sbom-exclude }}');
  const caller = (workflow.jobs['release'] as unknown as { with: Record<string, string> }).with;
  const excludes = (caller['sbom-exclude'] ?? '').split(',');
  // As the release job checks the repository out: its tracked files (the machine's .tools and .bench are not).
  const tracked = new Set(spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).stdout.split('\n'));
  const { files } = await findLockfiles(root, undefined, [...DEFAULT_EXCLUDES, ...excludes]);
  assert.deepEqual(files.filter((file) => tracked.has(file.path)).map((file) => file.path), ['package-lock.json']);
});
