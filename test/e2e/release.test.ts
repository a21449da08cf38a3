// The end-to-end release (issue 15, "End-to-end" and "Bar"): the root action's bundle runs as a runner
// runs it, for a tag push, against the loopback Sigstore stack, the GitHub API double and a loopback
// registry; a consumer then verifies everything from the published release alone, with trust-kit and
// with cosign and gh as VERIFY.md says. A re-run changes nothing; a run after a partial failure
// completes only what is missing. The counts come from the servers' request logs.
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { releasePolicyJson } from '../../src/release/verify-release.js';
import { requirePeer, runPeer } from '../interop/tools.js';
import { cli } from '../support/cli.js';
import { apiError } from '../support/github/index.js';
import { haveTools } from '../support/oci/registries.js';
import { bundleRootAction, E2E, makeWorkspace, releaseInputs, removeDir, requestCounts, requestMarks, runRootAction, startE2eWorld, type E2eWorld } from './harness.js';

/** The words of a POSIX shell line whose arguments are plain or single-quoted, as VERIFY.md writes them. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((match) => (match[1] === undefined ? (match[2] ?? '') : match[1].replaceAll("'\\''", "'")));
}

const ARTIFACTS = 6;
const SBOMS = ['sbom.spdx.json', 'sbom.cdx.json'];

describe('the end-to-end release of the root action bundle', { concurrency: false }, () => {
  let scratch: string;
  let actionYml: string;
  let world: E2eWorld;
  const cleanups: (() => Promise<void> | void)[] = [];
  let skipped = false;

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'trust-kit-e2e-'));
    if (!haveTools({ skip: () => void (skipped = true) } as never, ['referrers-registry'])) return;
    await mkdir(join(scratch, 'build'));
    actionYml = await bundleRootAction(join(scratch, 'build'));
    world = await startE2eWorld({ after: (fn: () => Promise<void> | void) => void cleanups.push(fn) } as never, scratch);
  });
  after(async () => {
    await world?.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
    await removeDir(scratch);
  });

  /** Downloads every asset of the published release from the double, as a consumer would: the release alone. */
  async function downloadRelease(into: string): Promise<string[]> {
    const release = world.api.state.releases.forTag(world.api.state.repository(E2E.owner, E2E.repo), E2E.tag);
    assert.ok(release !== undefined && !release.draft, 'the release is published');
    await mkdir(into, { recursive: true });
    for (const asset of release.assets) await writeFile(join(into, asset.name), asset.bytes);
    return release.assets.map((asset) => asset.name);
  }

  test('a tag push publishes the release with one certificate and one log entry per signed statement; a consumer verifies it from the release alone with trust-kit, cosign 2 and 3 and gh', async (t) => {
    if (skipped) return t.skip('referrers-registry is not installed');
    const workspace = await makeWorkspace(ARTIFACTS);
    t.after(() => removeDir(workspace));
    const marks = requestMarks(world);
    const run = await runRootAction(actionYml, world, workspace, releaseInputs(world));
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.equal(run.outputs['failed-step'], '');
    assert.equal(run.outputs['release-url'], `https://github.com/${E2E.owner}/${E2E.repo}/releases/tag/${E2E.tag}`);
    assert.equal(run.outputs.images, world.image.byDigest);
    const own = ['sbom.spdx.json', 'sbom.cdx.json', 'trust-kit-policy.json', 'trust-kit-trusted-root.jsonl', 'SHA256SUMS', 'SHA256SUMS.sigstore.json', 'attestations.intoto.jsonl', 'VERIFY.md'];
    const artifacts = Array.from({ length: ARTIFACTS }, (_, index) => `app-${String(index).padStart(2, '0')}.tar.gz`);
    assert.deepEqual(run.outputs['release-uploaded']?.split('\n'), [...artifacts, ...own]);

    // The bar, from the servers' logs: one OIDC token (audience sigstore, whose claims also make the
    // provenance), one certificate, one log entry per signed statement.
    const attestationLines = (await readFile(join(workspace, 'trust-kit-out', 'attestations.intoto.jsonl'), 'utf8')).trim().split('\n');
    assert.equal(attestationLines.length, 1 + SBOMS.length, 'provenance and one attestation per SBOM, each over every artifact');
    const counts = requestCounts(world, marks);
    assert.deepEqual(counts, {
      tokens: 1,
      certificates: 1,
      // The checksums file, each attestation, and the image twice (cosign 3's statement, cosign 2's signature).
      logEntries: 1 + attestationLines.length + 2,
      uploads: ARTIFACTS + own.length,
      // The draft, every upload, the publish.
      changes: 1 + ARTIFACTS + own.length + 1,
    });
    assert.deepEqual(world.issuerRequests, ['GET /.well-known/openid-configuration'], 'the provenance token was verified against the issuer\'s keys');
    const shown = `${run.stdout}\n${run.stderr}\n${run.summary}`.split('\n').filter((line) => line.includes('ghs_e2e_token'));
    assert.deepEqual(shown, ['::add-mask::ghs_e2e_token_not_a_secret_anywhere'], 'the token shows only where the runner is told to mask it');

    // A consumer: the published release alone, and the deployment's trusted root from its operator.
    const download = join(scratch, 'consumer');
    const names = await downloadRelease(download);
    assert.deepEqual(names, [...artifacts, ...own]);
    await copyFile(world.stack.trustedRootPath, join(download, 'trusted_root.json'));
    // Where VERIFY.md has users put it: in a directory of its own, which no release asset can be.
    await mkdir(join(download, 'trust-kit-roots'));
    await copyFile(world.stack.trustedRootPath, join(download, 'trust-kit-roots', 'trusted_root.json'));
    // What `gh attestation trusted-root` prints, one root a line, which gh reads.
    await writeFile(join(scratch, 'trusted_root.jsonl'), `${JSON.stringify(world.stack.trustedRoot)}\n`);
    const release = world.api.state.releases.forTag(world.api.state.repository(E2E.owner, E2E.repo), E2E.tag);
    assert.ok(release?.body.includes("sha256sum --ignore-missing -c 'SHA256SUMS'"), 'the notes carry the verification block');

    const pin = ['--certificate-identity', E2E.identity, '--certificate-oidc-issuer', E2E.issuer, '--trusted-root', 'trusted_root.json'];
    const ok = async (args: readonly string[]): Promise<string> => {
      const result = await cli(args, download);
      assert.equal(result.code, 0, `trust-kit ${args.join(' ')}\n${result.stdout}${result.stderr}`);
      return result.stdout;
    };
    await ok(['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', ...pin, '--repo', `${E2E.owner}/${E2E.repo}`]);
    for (const type of ['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3', 'https://cyclonedx.org/bom']) {
      await ok(['verify-attestation', artifacts[ARTIFACTS - 1] ?? '', '--bundle', 'attestations.intoto.jsonl', '--predicate-type', type, ...pin]);
    }
    await ok(['verify-image', world.image.reference, '--allow-http-registry', ...pin]);
    // The consumer's own policy, beside the roots they got themselves: never a file of the release directory, where any asset may be.
    await writeFile(join(download, 'trust-kit-roots', 'policy.json'), releasePolicyJson({ trustedRoots: ['trusted_root.json'], identity: E2E.identity, issuer: E2E.issuer, repository: `${E2E.owner}/${E2E.repo}`, refPattern: 'refs/tags/v.*', githubTrustedRoot: undefined, requiredPredicateTypes: ['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document/v2.3', 'https://cyclonedx.org/bom'] }));
    const verified = await ok(['verify-release', '.', '--policy', 'trust-kit-roots/policy.json', '--format', 'json']);
    const result = JSON.parse(verified) as { checksums: { verifiedFiles: number }; attestations: { predicateType: string }[] };
    assert.equal(result.checksums.verifiedFiles, ARTIFACTS + SBOMS.length + 2, 'the artifacts, the SBOMs and the verification kit');
    assert.equal(result.attestations.length, 3);
    // Another signer is refused: the pins matter.
    const other = await cli(['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', ...pin.map((word) => (word === E2E.identity ? `${E2E.identity}x` : word))], download);
    assert.notEqual(other.code, 0);

    // VERIFY.md's commands, as written, with cosign 2 and 3 and gh (the only additions: the loopback
    // registry is plain HTTP, and gh is given the deployment's trusted root, which it would fetch).
    const commands = verifyCommands(await readFile(join(download, 'VERIFY.md'), 'utf8'));
    assert.ok(commands.some((line) => line.startsWith('cosign verify-blob ')) && commands.some((line) => line.startsWith('cosign verify ')) && commands.some((line) => line.startsWith('gh attestation verify ')), commands.join('\n'));
    let ran = 0;
    for (const peer of ['cosign2', 'cosign3', 'gh'] as const) {
      const tool = requirePeer(t, peer);
      if (tool === undefined) continue;
      for (const line of commands.filter((command) => command.startsWith(peer === 'gh' ? 'gh ' : 'cosign '))) {
        const words = shellWords(line).slice(1);
        const extra = peer === 'gh' ? ['--custom-trusted-root', join(scratch, 'trusted_root.jsonl')] : words[0] === 'verify' ? ['--allow-http-registry'] : [];
        const peerRun = await runPeer(tool, [...words, ...extra], download, peer === 'gh' ? { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' } : {});
        assert.equal(peerRun.code, 0, `${tool.name}: ${line}\n${peerRun.stderr}`);
        ran += 1;
      }
    }
    const sums = await runPeer({ name: 'sha256sum', argv: ['sha256sum'], file: '/usr/bin/sha256sum', install: '', versionArgs: [] }, ['--ignore-missing', '-c', 'SHA256SUMS'], download);
    assert.equal(sums.code, 0, sums.stderr);
    t.diagnostic(`ran ${ran} of VERIFY.md's cosign and gh commands`);
  });

  test('a second run for the published tag signs nothing, changes nothing and exits 0', async (t) => {
    if (skipped) return t.skip('referrers-registry is not installed');
    const workspace = await makeWorkspace(ARTIFACTS);
    t.after(() => removeDir(workspace));
    const marks = requestMarks(world);
    const run = await runRootAction(actionYml, world, workspace, releaseInputs(world));
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.deepEqual(requestCounts(world, marks), { tokens: 0, certificates: 0, logEntries: 0, uploads: 0, changes: 0 });
    assert.equal(run.outputs['release-uploaded'], '');
    assert.match(run.outputs['release-skipped'] ?? '', /^app-00\.tar\.gz\n[\s\S]*\nSHA256SUMS\ntrust-kit-policy\.json\ntrust-kit-trusted-root\.jsonl$/);
    assert.match(run.summary, /published already with every artifact and the checksums file of this run: nothing signed, uploaded or changed/);
  });

  test('a run after a partial failure (the upload of the fourth asset refused) completes only what is missing, without uploading the rest again', async (t) => {
    if (skipped) return t.skip('referrers-registry is not installed');
    const tag = 'v1.2.4';
    // A second tag on the commit the job built: the run names it (input tag), and it names that commit.
    world.api.state.repository(E2E.owner, E2E.repo).tags.set(tag, E2E.sha);
    const workspace = await makeWorkspace(ARTIFACTS);
    t.after(() => removeDir(workspace));
    const inputs = releaseInputs(world, { tag, force: 'true' });
    // The token expired mid-run: GitHub refuses the fourth upload, which is not retried.
    world.api.faults.inject(apiError(401, 'Bad credentials'), { route: 'releases.uploadAsset', count: 1, after: 3 });
    const first = await runRootAction(actionYml, world, workspace, inputs);
    assert.notEqual(first.status, 0);
    assert.equal(first.outputs['failed-step'], 'github-draft');
    const draft = world.api.state.releases.forTag(world.api.state.repository(E2E.owner, E2E.repo), tag);
    assert.equal(draft?.draft, true, 'the release stays a draft');
    assert.deepEqual(draft?.assets.map((asset) => asset.name), ['app-00.tar.gz', 'app-01.tar.gz', 'app-02.tar.gz']);

    const marks = requestMarks(world);
    const second = await runRootAction(actionYml, world, workspace, inputs);
    assert.equal(second.status, 0, `${second.stdout}\n${second.stderr}`);
    const counts = requestCounts(world, marks);
    assert.equal(counts.uploads, ARTIFACTS - 3 + 8, 'only what the draft lacks');
    assert.equal(counts.certificates, 1);
    assert.deepEqual(second.outputs['release-skipped']?.split('\n'), ['app-00.tar.gz', 'app-01.tar.gz', 'app-02.tar.gz']);
    assert.equal(world.api.state.releases.forTag(world.api.state.repository(E2E.owner, E2E.repo), tag)?.draft, false);
  });
});

/** The shell lines of VERIFY.md's `sh` blocks. */
function verifyCommands(text: string): string[] {
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => (block[1] ?? '').split('\n').filter((line) => line.trim() !== ''));
}
