import { proxySettingsFrom } from '../../core/proxy.js';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { INPUT_LIMITS, makeTemporaryDirectory, readRegularFile } from '../../core/files.js';
import { publicKeyPath, ROOTS_DIRECTORY, verificationCommands, type ReleaseSigner } from '../../instructions/verify.js';
import { loadGitHubTrustMaterial, loadPublicGoodTrustMaterial, loadTrustMaterial, type TrustMaterial } from '../../sigstore/verify/index.js';
import { shellCommandRunner } from '../command-runner.js';
import { runGate, type GateReport } from '../gate.js';
import { PublishError } from '../publish.js';
import type { ReleaseState, ReleaseStepRun } from '../state.js';
import { verifyInstructionsInput } from './instructions.js';

/** The trust material the run signed against: its `trusted-root` file, else the instance's root through TUF; none for a key. */
async function trustOf(state: Readonly<ReleaseState>, signer: ReleaseSigner | undefined): Promise<TrustMaterial | undefined> {
  if (signer === undefined || signer.kind === 'key') return undefined;
  const file = state.config.sign?.trustedRoot;
  if (file !== undefined) {
    const text = await readRegularFile(resolve(state.ports.cwd, file), { maxBytes: INPUT_LIMITS.trustedRoot, what: 'trusted root', shown: file });
    return loadTrustMaterial(text.toString('utf8'), file);
  }
  const options = { proxy: proxySettingsFrom(state.ports.env), logger: state.ports.logger };
  return signer.instance === 'github' ? loadGitHubTrustMaterial(options) : loadPublicGoodTrustMaterial(options);
}

/**
 * For a private deployment, VERIFY.md has users put its trusted root (from its operator) in the
 * roots directory beside the files: the gate does the same with the root the run signed against.
 */
async function placeTrustedRoot(state: Readonly<ReleaseState>, signer: ReleaseSigner | undefined, directory: string): Promise<void> {
  const file = state.config.sign?.trustedRoot;
  if (file === undefined || signer?.kind !== 'certificate' || typeof signer.instance !== 'object') return;
  const target = join(directory, ROOTS_DIRECTORY, signer.instance.private.trustedRootFile);
  if (basename(target) !== signer.instance.private.trustedRootFile || existsSync(target)) return;
  // The draft's assets are files: a directory of this name is the gate's own (collect refuses an artifact named so).
  await mkdir(join(directory, ROOTS_DIRECTORY), { recursive: true });
  await writeFile(target, await readRegularFile(resolve(state.ports.cwd, file), { maxBytes: INPUT_LIMITS.trustedRoot, what: 'trusted root', shown: file }), { flag: 'wx' });
}

/**
 * A release signed with a local key names its public key, which users get from a source they
 * trust rather than from the release and put in the roots directory: the gate takes it from beside
 * the signing key, when it is there.
 */
async function placePublicKey(state: Readonly<ReleaseState>, signer: ReleaseSigner | undefined, directory: string): Promise<void> {
  const key = state.config.sign?.key;
  if (key === undefined || signer?.kind !== 'key' || basename(signer.publicKeyFile) !== signer.publicKeyFile) return;
  const target = join(directory, publicKeyPath(signer));
  const source = resolve(state.ports.cwd, dirname(key), signer.publicKeyFile);
  if (existsSync(target) || !existsSync(source)) return;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, await readRegularFile(source, { maxBytes: INPUT_LIMITS.publicKey, what: 'public key', shown: signer.publicKeyFile }), { flag: 'wx' });
}

/**
 * Downloads every asset of the draft back from GitHub into a temporary directory (streamed to
 * disk, each no larger than GitHub says it is) and verifies it as a consumer would (see {@link runGate}); the draft is
 * published only when nothing failed. A release that is published already is not gated: it is
 * public, so the gate could no longer keep it back.
 */
export const runGateStep: ReleaseStepRun = async (state) => {
  const { ports, githubDraft } = state;
  const target = ports.githubRelease;
  if (target === undefined || githubDraft === undefined) return {};
  const { release } = githubDraft.drafted;
  if (!release.draft) {
    ports.logger.info(`gate: release ${release.tagName} was published already: there is no draft to hold back, so the gate did not run`);
    return {};
  }
  const temporary = await makeTemporaryDirectory('trust-kit-gate-');
  const directory = temporary.path;
  try {
    const remote = await target.releases.listAssets(release.id);
    for (const asset of githubDraft.drafted.assets) {
      const found = remote.find((candidate) => candidate.name === asset.githubName && candidate.state === 'uploaded');
      if (found === undefined || basename(found.name) !== found.name || found.name === '..' || found.name === '.') {
        throw new PublishError('PUBLISH_GATE_FAILED', `the draft release ${release.tagName} no longer holds ${asset.githubName}, which was uploaded to it`, { hint: 'something else changed the draft: look at it on GitHub and re-run' });
      }
      await target.releases.saveAsset(found.id, join(directory, found.name), found.size);
    }
    const input = state.instructionsInput ?? verifyInstructionsInput(state);
    await placeTrustedRoot(state, input.signer, directory);
    await placePublicKey(state, input.signer, directory);
    const runner = target.commandRunner ?? shellCommandRunner({ path: ports.env.PATH ?? '/usr/bin:/bin', home: ports.env.HOME, proxy: ports.env });
    const report: GateReport = await runGate({ directory, commands: verificationCommands(input), signer: input.signer, trust: () => trustOf(state, input.signer) }, { runner, logger: ports.logger });
    return { gate: report };
  } finally {
    await temporary.remove();
  }
};
