import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { cli } from '../support/cli.js';
import { commandsRun } from '../support/workflow-commands.js';

// The reusable workflow's sign job decides between a release and a rehearsal, and in a rehearsal
// makes the key it signs with: its `mode` and `inputs` steps run here as the runner runs them, and
// the key they make signs and verifies with trust-kit as the kit's action would use it.
const root = join(import.meta.dirname, '..', '..');
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')) as { jobs: { sign: { steps: { id?: string; run?: string; if?: string; with?: Record<string, string>; env?: Record<string, string>; 'working-directory'?: string }[] } } };
const stepScript = (id: string): string => workflow.jobs.sign.steps.find((step) => step.id === id)?.run ?? '';
const scratch = mkdtempSync(join(tmpdir(), 'trust-kit-rehearsal-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
/** Runs a step's shell script as the runner would, in `workspace` (default a fresh directory), from its `working-directory`. */
function runStep(id: string, env: Record<string, string>, workspace?: string): { status: number | null; stdout: string; outputs: Map<string, string> } {
  const dir = join(scratch, String(runs++));
  mkdirSync(dir);
  writeFileSync(join(dir, 'step.sh'), stepScript(id));
  writeFileSync(join(dir, 'output'), '');
  const workingDirectory = workflow.jobs.sign.steps.find((step) => step.id === id)?.['working-directory'];
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(dir, 'step.sh')], {
    cwd: join(workspace ?? dir, workingDirectory ?? '.'),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: join(dir, 'output'), RUNNER_TEMP: dir, ...env },
  });
  // GITHUB_OUTPUT: name=value lines and name<<DELIMITER blocks.
  const outputs = new Map<string, string>();
  const lines = readFileSync(join(dir, 'output'), 'utf8').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const block = /^([\w-]+)<<(\w+)$/.exec(line);
    if (block !== null) {
      const end = lines.indexOf(block[2] ?? '', index + 1);
      outputs.set(block[1] ?? '', lines.slice(index + 1, end).join('\n'));
      index = end;
    } else if (line.includes('=')) {
      outputs.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1));
    }
  }
  return { status: result.status, stdout: result.stdout, outputs };
}

const run = { RUN_ID: '42', RUN_ATTEMPT: '2' };

test('a pull request is a rehearsal, without an OIDC token', () => {
  const mode = runStep('mode', { EVENT: 'pull_request', REHEARSAL: 'false', UPLOAD: 'true', ATTESTATIONS: 'true', ...run });
  assert.equal(mode.status, 0);
  const { 'evidence-artifact': evidence, ...decided } = Object.fromEntries(mode.outputs);
  assert.deepEqual(decided, { rehearsal: 'true', publish: 'false', attest: 'false' });
  assert.match(evidence ?? '', /^trust-kit-evidence-42-2-[0-9a-f]{8}$/);
});

test('two calls of the workflow in one run (or one attempt) name their evidence artifacts apart: the second upload would fail on the first\'s name', () => {
  const names = [1, 2].map(() => runStep('mode', { EVENT: 'pull_request', REHEARSAL: 'false', UPLOAD: 'true', ATTESTATIONS: 'true', ...run }).outputs.get('evidence-artifact'));
  assert.notEqual(names[0], names[1]);
});

/** A workspace, and a RUNNER_TEMP whose `trust-kit-downloads/artifacts/` holds the given artifacts (name -> relative path -> content), as actions/download-artifact leaves a pattern's matches. */
function downloaded(artifacts: Record<string, Record<string, string>>): string {
  const workspace = join(scratch, `workspace-${runs++}`);
  mkdirSync(workspace);
  for (const [artifact, files] of Object.entries(artifacts)) {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(runnerTemp(workspace).RUNNER_TEMP, 'trust-kit-downloads', 'artifacts', artifact, path)), { recursive: true });
      writeFileSync(join(runnerTemp(workspace).RUNNER_TEMP, 'trust-kit-downloads', 'artifacts', artifact, path), content);
    }
  }
  return workspace;
}

/** The RUNNER_TEMP of a workspace {@link downloaded} made. */
function runnerTemp(workspace: string): { RUNNER_TEMP: string } {
  return { RUNNER_TEMP: join(workspace, 'runner-temp') };
}

test('the downloaded artifacts (a name starting with a dot too) are merged into one directory, leaving out this workflow\'s own evidence artifacts (an earlier attempt\'s, another call\'s)', () => {
  const workspace = downloaded({
    'binary-linux': { 'app-linux': 'linux\n' },
    'binary-darwin': { 'app-darwin': 'darwin\n', 'docs/README.md': 'docs\n' },
    '.dotted': { 'app.sig': 'signature\n' },
    'trust-kit-evidence-42-1-0badc0de': { SHA256SUMS: 'old\n', 'VERIFY.md': 'old\n' },
    'trust-kit-evidence-42-2-feedf00d-handoff': { 'marker.txt': 'trust-kit handoff marker, not a release file\n' },
  });
  const handoff = runStep('handoff', runnerTemp(workspace), workspace);
  assert.equal(handoff.status, 0, handoff.stdout);
  assert.deepEqual(readdirSync(join(workspace, 'release-artifacts'), { recursive: true }).map(String).sort(), ['app-darwin', 'app-linux', 'app.sig', 'docs', join('docs', 'README.md')]);
  assert.match(handoff.stdout, /trust-kit-evidence-42-1-0badc0de/, 'says what it left out');
});

test('a file whose name starts with a dash is merged where it lies, and makes no directory of dirname\'s help', () => {
  const workspace = downloaded({ odd: { '--help': 'x\n', '-v.tgz': 'v\n', 'dir/-n': 'n\n' } });
  const handoff = runStep('handoff', runnerTemp(workspace), workspace);
  assert.equal(handoff.status, 0, handoff.stdout);
  assert.deepEqual(readdirSync(join(workspace, 'release-artifacts'), { recursive: true }).map(String).sort(), ['--help', '-v.tgz', 'dir', join('dir', '-n')]);
});

test('two artifacts holding the same path are refused, naming both: one would silently replace the other', () => {
  const workspace = downloaded({ 'binary-a': { 'bin/app': 'a\n' }, 'binary-b': { 'bin/app': 'b\n' } });
  const handoff = runStep('handoff', runnerTemp(workspace), workspace);
  assert.notEqual(handoff.status, 0);
  assert.match(handoff.stdout, /::error .*binary-a and binary-b both hold bin\/app/);
});

test('a path that is a file in one artifact and a directory in another is refused, naming both, either way round: the file was moved inside the directory, under a name no artifact had', () => {
  const ways: Record<string, Record<string, string>>[] = [
    { 'bin-a': { 'app/README': 'readme\n' }, 'bin-b': { app: 'binary\n' } },
    { 'bin-a': { app: 'binary\n' }, 'bin-b': { 'app/README': 'readme\n' } },
  ];
  for (const artifacts of ways) {
    const workspace = downloaded(artifacts);
    const handoff = runStep('handoff', runnerTemp(workspace), workspace);
    assert.notEqual(handoff.status, 0, handoff.stdout);
    assert.match(handoff.stdout, /::error .*artifacts bin-a and bin-b hold app as a file in one and a directory in the other/);
  }
  // Files side by side under one directory, from two artifacts, merge as before.
  const workspace = downloaded({ 'bin-a': { 'bin/a': 'a\n' }, 'bin-b': { 'bin/b': 'b\n' } });
  const handoff = runStep('handoff', runnerTemp(workspace), workspace);
  assert.equal(handoff.status, 0, handoff.stdout);
  assert.deepEqual(readdirSync(join(workspace, 'release-artifacts', 'bin')).sort(), ['a', 'b']);
});

test('no artifact matching is said at once, with the pattern to fix', () => {
  const workspace = downloaded({});
  const handoff = runStep('handoff', { PATTERN: 'binaries-*', ...runnerTemp(workspace) }, workspace);
  assert.notEqual(handoff.status, 0);
  assert.match(handoff.stdout, /::error .*no artifact of this run matches "binaries-\*"/);
});

test('the build\'s checksums must list every downloaded file, not only match those they list: a file another job slipped in is not signed', () => {
  const hex = (text: string): string => createHash('sha256').update(text).digest('hex');
  const workspace = downloaded({ package: { 'app-1.0.0.tgz': 'package\n' }, extra: { 'evil.sh': 'evil\n' } });
  assert.equal(runStep('handoff', runnerTemp(workspace), workspace).status, 0);
  const listed = `${hex('package\n')}  app-1.0.0.tgz`;
  const check = runStep('expected-checksums', { EXPECTED: listed }, workspace);
  assert.notEqual(check.status, 0);
  assert.match(check.stdout, /::error .*not in the build's checksums.*evil\.sh/s);
  // sha256sum's binary marker and a ./ prefix are the same name.
  const all = runStep('expected-checksums', { EXPECTED: `${hex('package\n').toUpperCase()} *./app-1.0.0.tgz\n${hex('evil\n')}  evil.sh\n` }, workspace);
  assert.equal(all.status, 0, all.stdout);
  const changed = runStep('expected-checksums', { EXPECTED: `${hex('other\n')}  app-1.0.0.tgz\n${hex('evil\n')}  evil.sh` }, workspace);
  assert.notEqual(changed.status, 0);
  // A list with Windows line ends (CRLF), which sha256sum --check takes, names every file too.
  const crlf = runStep('expected-checksums', { EXPECTED: `${hex('package\n')}  app-1.0.0.tgz\r\n${hex('evil\n')}  evil.sh\r\n` }, workspace);
  assert.equal(crlf.status, 0, crlf.stdout);
  // So does the BSD form (sha256sum --tag), which sha256sum --check takes too.
  const tagged = runStep('expected-checksums', { EXPECTED: `SHA256 (app-1.0.0.tgz) = ${hex('package\n')}\nSHA256 (./evil.sh) = ${hex('evil\n').toUpperCase()}\n` }, workspace);
  assert.equal(tagged.status, 0, tagged.stdout);
  const taggedShort = runStep('expected-checksums', { EXPECTED: `SHA256 (app-1.0.0.tgz) = ${hex('package\n')}\n` }, workspace);
  assert.match(taggedShort.stdout, /::error .*not in the build's checksums.*evil\.sh/s);
});

test('downloads named as workflow commands run none while they are checked against the build\'s checksums: sha256sum prints each name at the start of a line', () => {
  const hex = (text: string): string => createHash('sha256').update(text).digest('hex');
  const names = ['##[add-mask]OK', '##[error]forged annotation.bin'];
  const workspace = downloaded({ package: Object.fromEntries(names.map((name) => [name, 'x\n'])) });
  assert.equal(runStep('handoff', runnerTemp(workspace), workspace).status, 0);
  const listed = names.map((name) => `${hex('x\n')}  ${name}`).join('\n');
  const check = runStep('expected-checksums', { EXPECTED: listed }, workspace);
  assert.equal(check.status, 0, check.stdout);
  assert.match(check.stdout, /##\[error\]forged annotation\.bin: OK/);
  assert.deepEqual(commandsRun(check.stdout), []);
  const failed = runStep('expected-checksums', { EXPECTED: names.map((name) => `${hex('y\n')}  ${name}`).join('\n') }, workspace);
  assert.notEqual(failed.status, 0);
  assert.match(failed.stdout, /##\[add-mask\]OK: FAILED/);
  assert.deepEqual(commandsRun(failed.stdout), ["::error title=trust-kit release::the downloads do not match the build's checksums (expected-checksums): see the lines above"]);
});

test('pull_request_target (the base repository\'s token beside a fork\'s pull request) is a rehearsal too: the fork\'s build is never signed in the workflow\'s name', () => {
  const mode = runStep('mode', { EVENT: 'pull_request_target', REHEARSAL: 'false', UPLOAD: 'true', ATTESTATIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.test/?api-version=2.0', ...run });
  assert.equal(mode.status, 0);
  assert.deepEqual([mode.outputs.get('rehearsal'), mode.outputs.get('publish'), mode.outputs.get('attest')], ['true', 'false', 'false']);
});

test('a release without the id-token permission stops at once, saying what to grant', () => {
  const mode = runStep('mode', { EVENT: 'push', REHEARSAL: 'false', ...run });
  assert.notEqual(mode.status, 0);
  assert.match(mode.stdout, /::error .*permissions: id-token: write/);
});

test('a release with an OIDC token signs keylessly', () => {
  const mode = runStep('mode', { EVENT: 'push', REHEARSAL: 'false', UPLOAD: 'true', ATTESTATIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.test/?api-version=2.0', ...run });
  assert.equal(mode.outputs.get('rehearsal'), 'false');
  assert.equal(mode.outputs.get('publish'), 'true', 'the kit step publishes the release');
  assert.equal(mode.outputs.get('attest'), 'true');
  const unpublished = runStep('mode', { EVENT: 'push', REHEARSAL: 'false', UPLOAD: 'false', ATTESTATIONS: 'false', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.test/?api-version=2.0', ...run });
  assert.deepEqual([unpublished.outputs.get('publish'), unpublished.outputs.get('attest')], ['false', 'false']);
  const inputs = runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: '.' });
  assert.equal(inputs.status, 0);
  assert.deepEqual(Object.fromEntries(inputs.outputs), { 'subject-path': 'release-artifacts/.', 'sbom-path': 'source/.', instance: 'auto', key: '' });
});

test('sbom-path stays inside the caller\'s checkout: a .. there would catalog trust-kit\'s own lockfile or the downloaded files as the release\'s SBOM', () => {
  for (const escape of ['..', '../.trust-kit', 'packages/../../release-artifacts', 'a/..']) {
    const inputs = runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: escape });
    assert.notEqual(inputs.status, 0, escape);
    assert.match(inputs.stdout, /::error .*sbom-path .*inside the repository/, escape);
  }
  const injected = runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: 'web\nkey=/tmp/other.key' });
  assert.notEqual(injected.status, 0);
  assert.equal(injected.outputs.get('key'), undefined, 'no output line of the input\'s own');
  for (const inside of ['.', 'packages/app', './web', 'a..b']) {
    const inputs = runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: inside });
    assert.equal(inputs.status, 0, inside);
    assert.equal(inputs.outputs.get('sbom-path'), `source/${inside}`);
  }
});

test('sbom-path stays inside the caller\'s checkout through symbolic links too: a link the pull request committed would catalog trust-kit\'s own lockfile', () => {
  const workspace = mkdtempSync(join(scratch, 'linked-'));
  mkdirSync(join(workspace, 'source', 'packages'), { recursive: true });
  mkdirSync(join(workspace, '.trust-kit'));
  symlinkSync('../../.trust-kit', join(workspace, 'source', 'packages', 'app'));
  symlinkSync('..', join(workspace, 'source', 'packages', 'web'));
  const leaving = runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: 'packages/app' }, workspace);
  assert.notEqual(leaving.status, 0);
  assert.match(leaving.stdout, /::error title=trust-kit release::sbom-path leads out of the caller's checkout through a symbolic link, to \S*\/\.trust-kit: name a directory inside the repository/);
  assert.equal(leaving.outputs.get('sbom-path'), undefined);
  const within = runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: 'packages/web' }, workspace);
  assert.equal(within.status, 0, within.stdout);
  assert.equal(within.outputs.get('sbom-path'), 'source/packages/web');
});

test('with sbom-formats none, no sbom-path reaches the root action, which refuses an SBOM input that would do nothing', () => {
  for (const formats of ['none', ' None ', 'none,', '\nnone\n']) {
    const inputs = runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: '.', SBOM_FORMATS: formats });
    assert.equal(inputs.status, 0);
    assert.equal(inputs.outputs.get('sbom-path'), '', formats);
  }
  assert.equal(runStep('inputs', { SUBJECTS: '.', REHEARSAL: 'false', SBOM_PATH: 'web', SBOM_FORMATS: 'spdx-json' }).outputs.get('sbom-path'), 'source/web');
  const kit = workflow.jobs.sign.steps.find((step) => step.id === 'inputs');
  assert.equal(kit?.env?.SBOM_FORMATS, '${{ inputs.sbom-formats }}');
});

test('subject-path is split as the root action splits a list: a comma inside a glob\'s braces or brackets separates nothing', () => {
  const inputs = runStep('inputs', { SUBJECTS: 'dist/*.{tar.gz,zip}, bin/app\nsums/[a,b].txt\r\n', REHEARSAL: 'false', SBOM_PATH: '.' });
  assert.equal(inputs.status, 0);
  assert.equal(inputs.outputs.get('subject-path'), 'release-artifacts/dist/*.{tar.gz,zip}\nrelease-artifacts/bin/app\nrelease-artifacts/sums/[a,b].txt');
  // Braces that do not pair up: every comma separates, as the action splits such a line.
  assert.equal(runStep('inputs', { SUBJECTS: 'a{b,c', REHEARSAL: 'false', SBOM_PATH: '.' }).outputs.get('subject-path'), 'release-artifacts/a{b\nrelease-artifacts/c');
});

test('the image the build names (often a build job\'s output) is one reference by full sha256 digest, or nothing is attested', () => {
  const digest = `sha256:${'ab'.repeat(32)}`;
  const good = runStep('image', { IMAGE: `ghcr.io/octo-org/app@${digest}` });
  assert.equal(good.status, 0, good.stdout);
  assert.deepEqual(Object.fromEntries(good.outputs), { name: 'ghcr.io/octo-org/app', digest });
  assert.equal(runStep('image', { IMAGE: `localhost:5000/team/app@${digest}` }).status, 0);
  for (const bad of ['ghcr.io/octo-org/app:v1', 'ghcr.io/octo-org/app@sha256:abc', `ghcr.io/a@${digest}\ndigest=sha256:${'00'.repeat(32)}`, `ghcr.io/a@${digest} `, `ghcr.io/a@sha256:x@${digest}`, `@${digest}`]) {
    const image = runStep('image', { IMAGE: bad });
    assert.notEqual(image.status, 0, bad);
    assert.match(image.stdout, /^::error title=trust-kit release::image .*name@sha256:<64 hex digits>/, bad);
    assert.equal(image.stdout.split('\n').filter(Boolean).length, 1, 'one line: the value cannot start a workflow command of its own');
    assert.deepEqual(Object.fromEntries(image.outputs), {}, bad);
  }
});

/** A fake `gh` on PATH answering the releases and attestations APIs from files in `dir`; each call is logged to dir/calls. */
function fakeGh(dir: string, { sums, stored, tag = 'v1.2.3', tagSegment = tag }: { sums?: string; stored: number | 'missing'; tag?: string; tagSegment?: string }): Record<string, string> {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  if (sums !== undefined) writeFileSync(join(dir, 'SHA256SUMS'), sums);
  writeFileSync(join(dir, 'bin', 'gh'), `#!/bin/bash
printf '%s\\n' "$GH_HOST $*" >> "${dir}/calls"
case "$*" in
  "api repos/octo-org/app/releases/tags/${tagSegment} --jq "*) ${sums === undefined ? 'echo' : 'echo https://api.test/assets/7'} ;;
  "api -H Accept: application/octet-stream https://api.test/assets/7") cat "${dir}/SHA256SUMS" ;;
  "api repos/octo-org/app/attestations/sha256:"*) ${stored === 'missing' ? 'echo \'{"message":"Not Found"}\'; exit 1' : `echo ${stored}`} ;;
  *) echo "fake gh: unexpected $*" >&2; exit 2 ;;
esac
`);
  chmodSync(join(dir, 'bin', 'gh'), 0o755);
  return { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, GH_TOKEN: 'token', SERVER_URL: 'https://github.example', REPOSITORY: 'octo-org/app', TAG: tag };
}

test('a run that finds its release published by an earlier run whose store step failed stores the provenance over the release\'s SHA256SUMS; one already stored is left alone', () => {
  const sums = `${'ab'.repeat(32)}  app-1.2.3.tgz\n${'cd'.repeat(32)}  sbom.spdx.json\n`;
  for (const stored of [0, 'missing'] as const) {
    const dir = mkdtempSync(join(scratch, 'gh-'));
    const step = runStep('stored', fakeGh(dir, { sums, stored }));
    assert.equal(step.status, 0, step.stdout);
    assert.match(step.stdout, /::notice .*v1\.2\.3 was published by an earlier run whose provenance is not in GitHub's attestation store: storing it now/);
    assert.equal(readFileSync(step.outputs.get('checksums') ?? '', 'utf8'), sums);
    assert.match(readFileSync(join(dir, 'calls'), 'utf8'), /^github\.example api repos\/octo-org\/app\/attestations\/sha256:(ab){32} /m, 'GH_HOST names the server, for GHES');
  }
  const dir = mkdtempSync(join(scratch, 'gh-'));
  const stored = runStep('stored', fakeGh(dir, { sums, stored: 2 }));
  assert.equal(stored.status, 0, stored.stdout);
  assert.equal(stored.outputs.get('checksums'), undefined, 'nothing to store');
  assert.match(stored.stdout, /in GitHub's attestation store already/);
  const empty = runStep('stored', fakeGh(mkdtempSync(join(scratch, 'gh-')), { sums: '', stored: 0 }));
  assert.notEqual(empty.status, 0);
  assert.match(empty.stdout, /::error .*does not start and end with a sha256 line/, 'an empty SHA256SUMS is said as one');
  const noSums = runStep('stored', fakeGh(mkdtempSync(join(scratch, 'gh-')), { stored: 0 }));
  assert.notEqual(noSums.status, 0);
  assert.match(noSums.stdout, /::error .*has no SHA256SUMS asset/);
});

test('a monorepo tag (pkg/v1.2.3, @scope/pkg@1.2.3) is looked up as one path segment, as gh release escapes it: GitHub routes a bare / as another segment and finds no release', () => {
  const sums = `${'ab'.repeat(32)}  app-1.2.3.tgz\n`;
  for (const [tag, tagSegment] of [['app/v1.2.3', 'app%2Fv1.2.3'], ['@scope/app@1.2.3', '%40scope%2Fapp%401.2.3']] as const) {
    const dir = mkdtempSync(join(scratch, 'gh-'));
    const step = runStep('stored', fakeGh(dir, { sums, stored: 0, tag, tagSegment }));
    assert.equal(step.status, 0, step.stdout);
    assert.equal(readFileSync(step.outputs.get('checksums') ?? '', 'utf8'), sums, tag);
  }
});

test('a release of more files than one attestation holds, whose store step stored its first statements and died: the re-run stores the provenance again, not only when the first file lacks it', () => {
  // 1,025 files: two statements, the second holding the last file alone.
  const lines = Array.from({ length: 1025 }, (_, index) => `${index.toString(16).padStart(64, '0')}  app-${index}.tgz`);
  const last = lines.at(-1)?.slice(0, 64) ?? '';
  const dir = mkdtempSync(join(scratch, 'gh-'));
  const env = fakeGh(dir, { sums: `${lines.join('\n')}\n`, stored: 1 });
  // The store holds the first statement, not the second.
  writeFileSync(join(dir, 'bin', 'gh'), readFileSync(join(dir, 'bin', 'gh'), 'utf8').replace('  "api repos/octo-org/app/attestations/sha256:"*)', `  "api repos/octo-org/app/attestations/sha256:${last} "*) echo 0 ;;\n  "api repos/octo-org/app/attestations/sha256:"*)`));
  const step = runStep('stored', env);
  assert.equal(step.status, 0, step.stdout);
  assert.match(step.stdout, /::notice .*storing it now/);
  assert.ok(step.outputs.get('checksums') !== undefined);
});

test('the provenance step stores either this run\'s checksums file or the published release\'s, when the store lacked it', () => {
  const provenance = workflow.jobs.sign.steps.find((step) => step.id === 'provenance') as { if?: string; with?: Record<string, string> } | undefined;
  assert.match(provenance?.if ?? '', /\(steps\.trust-kit\.outputs\.checksums-path != '' \|\| steps\.stored\.outputs\.checksums != ''\)/);
  assert.equal(provenance?.with?.['subject-checksums'], '${{ steps.trust-kit.outputs.checksums-path || steps.stored.outputs.checksums }}');
});

/** A fake `gh` answering the attestations API for one image digest: how many attestations the store holds for it, or a 404. */
function imageStoreGh(dir: string, digest: string, stored: number | 'missing'): Record<string, string> {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(join(dir, 'bin', 'gh'), `#!/bin/bash
printf '%s\\n' "$GH_HOST $*" >> "${dir}/calls"
case "$*" in
  "api repos/octo-org/app/attestations/${digest} "*) ${stored === 'missing' ? 'echo \'{"message":"Not Found"}\'; exit 1' : `echo ${stored}`} ;;
  *) echo "fake gh: unexpected $*" >&2; exit 2 ;;
esac
`);
  chmodSync(join(dir, 'bin', 'gh'), 0o755);
  return { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, GH_TOKEN: 'token', SERVER_URL: 'https://github.example', REPOSITORY: 'octo-org/app', TAG: 'v1.2.3' };
}

test('a re-run that finds its release published by an attempt that died before the image\'s provenance was stored attests the image now; one already stored is left alone', () => {
  const digest = `sha256:${'ef'.repeat(32)}`;
  for (const stored of [0, 'missing'] as const) {
    const dir = mkdtempSync(join(scratch, 'gh-'));
    const step = runStep('image-stored', { ...imageStoreGh(dir, digest, stored), IMAGE: `ghcr.io/octo-org/app@${digest}`, DIGEST: digest });
    assert.equal(step.status, 0, step.stdout);
    assert.match(step.stdout, /::notice .*v1\.2\.3 was published by an earlier run that did not store the provenance of ghcr\.io\/octo-org\/app@sha256:(ef){32}: attesting it now/);
    assert.equal(step.outputs.get('missing'), 'true');
    assert.match(readFileSync(join(dir, 'calls'), 'utf8'), /^github\.example api repos\/octo-org\/app\/attestations\/sha256:(ef){32} /m, 'GH_HOST names the server, for GHES');
  }
  const stored = runStep('image-stored', { ...imageStoreGh(mkdtempSync(join(scratch, 'gh-')), digest, 1), IMAGE: `ghcr.io/octo-org/app@${digest}`, DIGEST: digest });
  assert.equal(stored.status, 0, stored.stdout);
  assert.equal(stored.outputs.get('missing'), undefined, 'nothing to attest');
  assert.match(stored.stdout, /in GitHub's attestation store already/);
});

test('the image\'s provenance is attested when the kit step made the release, and on a re-run that found it published only when the store lacks it', () => {
  const steps = workflow.jobs.sign.steps;
  const find = (id: string): { if?: string; with?: Record<string, string> } | undefined => steps.find((step) => step.id === id);
  // The reference is checked in either case: the re-run asks the store about its digest.
  assert.match(find('image')?.if ?? '', /\(steps\.trust-kit\.outputs\.checksums-path != '' \|\| steps\.trust-kit\.outputs\.release-url != ''\)/);
  assert.match(find('image-stored')?.if ?? '', /^steps\.image\.outcome == 'success' && steps\.trust-kit\.outputs\.checksums-path == ''$/);
  assert.equal(find('image-provenance')?.if, "steps.image.outcome == 'success' && (steps.trust-kit.outputs.checksums-path != '' || steps.image-stored.outputs.missing == 'true')");
  assert.deepEqual(find('image-provenance')?.with, { 'subject-name': '${{ steps.image.outputs.name }}', 'subject-digest': '${{ steps.image.outputs.digest }}', storage: 'github' });
  const order = ['trust-kit', 'image', 'image-stored', 'image-provenance'].map((id) => steps.findIndex((step) => step.id === id));
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'in this order');
});

test('the tag released is checked by the kit step, the root action, whenever it publishes: the workflow has no check of its own to drift from it', () => {
  const steps = workflow.jobs.sign.steps;
  assert.equal(steps.findIndex((step) => step.id === 'tag'), -1);
  const kit = steps.find((step) => step.id === 'trust-kit');
  assert.equal(kit?.with?.['github-release'], '${{ steps.mode.outputs.publish }}');
  // Only when publishing: the root action refuses a tag without github-release (a rehearsal's would do nothing).
  assert.equal(kit?.with?.tag, "${{ steps.mode.outputs.publish == 'true' && inputs.release-tag || '' }}");
});

test('a rehearsal signs the downloaded files with a key made for the run, which verifies', async () => {
  const inputs = runStep('inputs', { SUBJECTS: '*.tgz, bin/app\n\n', REHEARSAL: 'true', SBOM_PATH: '.' });
  assert.equal(inputs.status, 0);
  assert.equal(inputs.outputs.get('subject-path'), 'release-artifacts/*.tgz\nrelease-artifacts/bin/app');
  assert.equal(inputs.outputs.get('instance'), 'key');
  const key = inputs.outputs.get('key') ?? '';
  assert.equal(statSync(key).mode & 0o077, 0, 'the run key is readable by its owner only');

  const workspace = join(scratch, 'workspace');
  mkdirSync(join(workspace, 'release-artifacts', 'bin'), { recursive: true });
  writeFileSync(join(workspace, 'release-artifacts', 'app-1.0.0.tgz'), 'package\n');
  writeFileSync(join(workspace, 'release-artifacts', 'bin', 'app'), 'binary\n');
  const subjects = (inputs.outputs.get('subject-path') ?? '').split('\n');
  const release = await cli(['release', '--instance', 'key', '--key', key, '--base', 'release-artifacts', '--sbom-format', 'none', '--output-dir', 'trust-kit-out', ...subjects], workspace);
  assert.equal(release.code, 0, release.stderr);
  // The key is forgotten, its public half kept with the evidence, under the name VERIFY.md gives it.
  const forget = runStep('forget-key', { RUNNER_TEMP: dirname(key) }, workspace);
  assert.equal(forget.status, 0, forget.stdout);
  assert.equal(existsSync(key), false);
  assert.match(readFileSync(join(workspace, 'trust-kit-out', 'VERIFY.md'), 'utf8'), /trust-kit-rehearsal\.pub/);
  const verified = await cli(['verify-checksums', 'trust-kit-out/SHA256SUMS', '--bundle', 'trust-kit-out/SHA256SUMS.sigstore.json', '--key', 'trust-kit-out/trust-kit-rehearsal.pub', '--insecure-ignore-tlog', '--base', 'release-artifacts'], workspace);
  assert.equal(verified.code, 0, verified.stderr);
  assert.match(readFileSync(join(workspace, 'trust-kit-out', 'SHA256SUMS'), 'utf8'), /app-1\.0\.0\.tgz\n.*bin\/app\n/s);
});
