/**
 * The CLI on every Node.js major package.json's engines admits, each Node.js the `node` package
 * from the npm registry at a pinned version (scripts/install-tools.sh puts them in .tools/): the
 * round trips a release makes (checksums and --check, an SBOM, keyless sign-blob and verify-blob
 * against the loopback Sigstore stack, generate-key-pair with keyed signing and verification),
 * with the same output on each. And an unsupported Node.js gets one line, not a stack trace. The
 * CLI is bundled as dist/ is, into a temporary directory: the guard matters in the bundle, where
 * ncc hoists static imports.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test, type TestContext } from 'node:test';
import { buildBundles } from '../../scripts/bundle.js';
import { isSupportedNode } from '../../src/cli/runtime.js';
import { missingInCI } from '../support/ci.js';
import { GITHUB_ACTIONS_ISSUER, startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { INSTALL_NODES, NODE_VERSIONS, nodeBinary, nodeVersion, UNSUPPORTED_NODE_VERSION, unsupportedNode } from './nodes.js';

const root = join(import.meta.dirname, '..', '..');
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

interface Run {
  code: number | string | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI with `node` in `cwd`, with only the environment given (no CI token leaks in). */
function runCli(node: string, cli: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(node, [cli, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', SOURCE_DATE_EPOCH: '1700000000', ...env }, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : (error.code ?? null), stdout, stderr });
    });
  });
}

/** The installed Node.js of a pinned version; a missing one fails the test in CI and skips it elsewhere. */
function pinnedNode(t: TestContext, version: string): string | undefined {
  const binary = nodeBinary(version.split('.')[0] ?? '');
  const found = nodeVersion(binary);
  if (found === version) return binary;
  missingInCI(t, `Node.js ${version} is not installed in .tools (${found === undefined ? 'missing' : `found ${found}`}): run \`${INSTALL_NODES}\``);
  return undefined;
}

/** A Node.js trust-kit does not support (see {@link unsupportedNode}); none fails the test in CI and skips it elsewhere. */
function oldNode(t: TestContext): { binary: string; version: string } | undefined {
  const old = unsupportedNode();
  if (old !== undefined) return old;
  missingInCI(t, `no unsupported Node.js: ${UNSUPPORTED_NODE_VERSION} is not installed in .tools/node-unsupported (run \`${INSTALL_NODES}\`), nor is one on PATH`);
  return undefined;
}

describe('the CLI bundle on each supported Node.js major', () => {
  let build: string;
  let cli: string;
  let stack: SigstoreStack;
  /** What the first major produced, which every other must reproduce byte for byte. */
  let reference: { sums: string; sbom: string } | undefined;

  before(async () => {
    build = await mkdtemp(join(tmpdir(), 'trust-kit-runtimes-'));
    // ncc resolves dependencies from the compiled files upwards.
    await symlink(join(root, 'node_modules'), join(build, 'node_modules'), 'dir');
    // As the repository's package.json does for dist/: ncc then writes an ES module, the shipped format.
    await writeFile(join(build, 'package.json'), '{ "type": "module" }\n');
    buildBundles(join(build, 'lib'), join(build, 'dist'), { cli: 'cli/bin.js' });
    cli = join(build, 'dist', 'cli', 'index.js');
    stack = await startSigstoreStack();
  });
  after(async () => {
    await stack.close();
    await rm(build, { recursive: true, force: true });
  });

  test('the bundle tried is an ES module like dist/, loading built-ins through process.getBuiltinModule', async () => {
    const code = await readFile(cli, 'utf8');
    assert.match(code, /^import /m);
    assert.match(code, /__trustKitBuiltin\("node:fs"\)|__trustKitBuiltin\("fs"\)/);
  });

  for (const version of NODE_VERSIONS) {
    test(`Node.js ${version}: checksums, sbom, keyless and keyed signing round trips`, async (t) => {
      const node = pinnedNode(t, version);
      if (node === undefined) return;
      const cwd = await tempDir(t, `trust-kit-node-${version}-`);
      await mkdir(join(cwd, 'dist', 'sub'), { recursive: true });
      await writeFile(join(cwd, 'dist', 'app.tgz'), 'the app\n');
      await writeFile(join(cwd, 'dist', 'sub', 'notes.txt'), 'notes\n');
      await copyFile(join(root, 'examples', 'hello-cli', 'package.json'), join(cwd, 'package.json'));
      await copyFile(join(root, 'examples', 'hello-cli', 'package-lock.json'), join(cwd, 'package-lock.json'));
      const ok = async (args: readonly string[], env: Record<string, string> = {}): Promise<Run> => {
        const run = await runCli(node, cli, args, cwd, env);
        assert.equal(run.code, 0, `trust-kit ${args.join(' ')} on Node.js ${version}:\n${run.stdout}${run.stderr}`);
        // A runtime's own warnings (a deprecated fs.F_OK read by copying node:fs) would be in every user's log.
        assert.doesNotMatch(run.stderr, /Warning/, `trust-kit ${args.join(' ')} on Node.js ${version}`);
        return run;
      };

      assert.equal((await ok(['--version'])).stdout, '0.1.0\n');
      await ok(['checksums', '--base', 'dist', '--output', 'SHA256SUMS', 'dist']);
      const sums = await readFile(join(cwd, 'SHA256SUMS'), 'utf8');
      assert.match(sums, /^[0-9a-f]{64} {2}app\.tgz\n[0-9a-f]{64} {2}sub\/notes\.txt\n$/);
      await ok(['checksums', '--check', 'SHA256SUMS', '--base', 'dist']);
      assert.equal((await ok(['checksums', '--base', 'dist', 'dist/*.tgz'])).stdout, sums.split('\n')[0] + '\n');
      await writeFile(join(cwd, 'dist', 'app.tgz'), 'tampered\n');
      const mismatch = await runCli(node, cli, ['checksums', '--check', 'SHA256SUMS', '--base', 'dist'], cwd);
      assert.equal(mismatch.code, 1, mismatch.stderr);
      await writeFile(join(cwd, 'dist', 'app.tgz'), 'the app\n');

      await ok(['sbom', '.', '--format', 'spdx-json', '--output', 'sbom.spdx.json']);
      const sbom = await readFile(join(cwd, 'sbom.spdx.json'), 'utf8');
      assert.ok((JSON.parse(sbom) as { packages: { name: string }[] }).packages.some((pkg) => pkg.name === 'picocolors'));

      const services = ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath];
      assert.equal((await ok(['sign-blob', ...services, 'SHA256SUMS'], { ...stack.env })).stdout, 'SHA256SUMS.sigstore.json\n');
      const policy = ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', GITHUB_ACTIONS_ISSUER, '--trusted-root', stack.trustedRootPath];
      await ok(['verify-blob', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', ...policy]);
      await ok(['verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--base', 'dist', ...policy]);

      await ok(['generate-key-pair']);
      await ok(['sign-blob', '--key', 'trust-kit.key', '--bundle', 'keyed.sigstore.json', 'SHA256SUMS']);
      await ok(['verify-blob', 'SHA256SUMS', '--bundle', 'keyed.sigstore.json', '--key', 'trust-kit.pub', '--insecure-ignore-tlog']);
      const forged = await runCli(node, cli, ['verify-blob', 'dist/app.tgz', '--bundle', 'keyed.sigstore.json', '--key', 'trust-kit.pub', '--insecure-ignore-tlog'], cwd);
      assert.equal(forged.code, 3, forged.stderr);

      reference ??= { sums, sbom };
      assert.equal(sums, reference.sums, 'SHA256SUMS differs between Node.js majors');
      assert.equal(sbom, reference.sbom, 'the SBOM differs between Node.js majors');
    });
  }

  test('a working directory removed under the shell is one line naming it, exit 1, not a stack trace', async (t) => {
    const gone = await tempDir(t, 'trust-kit-gone-');
    // The shell's cd, then rmdir: the CLI starts in a directory that no longer exists.
    const run = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && exec "$2" "$3" --version', 'sh', gone, process.execPath, cli], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'trust-kit: WORKING_DIRECTORY_UNAVAILABLE: the working directory was removed (ENOENT); cd to an existing directory with a shorter path and run the command again\n');
  });

  test('an unsupported Node.js (20, pinned in .tools) gets one line naming it and the range, exit 1', async (t) => {
    const old = oldNode(t);
    if (old === undefined) return;
    const cwd = await tempDir(t, 'trust-kit-old-node-');
    await writeFile(join(cwd, 'file'), 'content\n');
    for (const args of [['--version'], ['checksums', 'file']]) {
      const run = await runCli(old.binary, cli, args, cwd);
      assert.equal(run.code, 1, `${old.binary} ${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.equal(run.stdout, '');
      const escaped = old.version.replaceAll('.', '\\.');
      assert.match(run.stderr, new RegExp(`^trust-kit: RUNTIME_UNSUPPORTED: Node\\.js ${escaped} cannot run trust-kit, which needs Node\\.js \\^22\\.22\\.2 \\|\\| \\^24\\.15\\.0 \\|\\| >=26\\.0\\.0; [^\\n]+\\n$`));
    }
  });
});

test('the library (trust-kit, trust-kit/secrets) imported on an unsupported Node.js fails at once with RUNTIME_UNSUPPORTED: keyless signing failed later, blaming the timestamp authority', async (t) => {
  const old = oldNode(t);
  if (old === undefined) return;
  for (const entry of ['src/index.ts', 'src/secrets/index.ts']) {
    const script = `import(${JSON.stringify(pathToFileURL(join(root, entry)).href)}).then(() => console.log('imported'), (error) => console.log(error.code))`;
    const run: SpawnSyncReturns<string> = spawnSync(old.binary, ['--import', import.meta.resolve('tsx'), '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.stdout, 'RUNTIME_UNSUPPORTED\n', `${entry}: ${run.stderr}`);
  }
});

test('the pinned Node.js versions are scripts/install-tools.sh\'s, one per major that engines admits', async () => {
  const script = await readFile(join(root, 'scripts', 'install-tools.sh'), 'utf8');
  assert.deepEqual(/^NODE_VERSIONS=\(([^)]*)\)$/m.exec(script)?.[1]?.split(' '), [...NODE_VERSIONS]);
  assert.deepEqual(
    NODE_VERSIONS.map((version) => version.split('.')[0]),
    ['22', '24', '26'],
  );
  for (const version of NODE_VERSIONS) assert.ok(isSupportedNode(version), version);
  assert.equal(/^UNSUPPORTED_NODE_VERSION=(\S+)$/m.exec(script)?.[1], UNSUPPORTED_NODE_VERSION);
  assert.equal(isSupportedNode(UNSUPPORTED_NODE_VERSION), false);
});
