/**
 * Checks that the Node.js binary the `node` devDependency installed is the pinned one. That package
 * fetches the binary in its preinstall script with a nested `npm install node-<os>-<arch>@<version>`,
 * which trust-kit's lockfile does not cover: every build and test step (tsc, ncc, the release's
 * `npm pack`) runs on bytes no lockfile integrity pinned. npm records the integrity it checked the
 * download against in the package's hidden lockfile (node_modules/node/node_modules/.package-lock.json);
 * this compares it with the integrity scripts/tools/node-<major>/package-lock.json pins for the same
 * release (installed by scripts/install-tools.sh with npm ci). Run as `npm run check:node` right after
 * `npm ci` where a build or the tests follow (.ci/run, the check-dist and release workflows) and before
 * `npm pack`: not as `prepare`, which npm lists to every installer of the package as an install script.
 * A platform without a pin is said, not failed: the pins list the platforms the npm registry has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package the `node` package installs the binary from on this platform, as its installArchSpecificPackage names it. */
export function binaryPackage(platform: NodeJS.Platform, arch: string): string {
  const os = platform === 'win32' ? 'win' : platform;
  const cpu = os === 'win' && arch === 'ia32' ? 'x86' : arch;
  return `${platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node'}-${os}-${cpu}`;
}

interface LockedPackage {
  version?: string;
  integrity?: string;
}

function lockedPackage(lockfile: string, name: string): LockedPackage | undefined {
  if (!existsSync(lockfile)) return undefined;
  return (JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, LockedPackage> }).packages?.[`node_modules/${name}`];
}

/** What is wrong with the installed binary's record under `root`, undefined when it is the pinned one; `notice` is told of a platform without a pin. */
export function nodeBinaryProblem(root: string, platform: NodeJS.Platform, arch: string, notice: (text: string) => void): string | undefined {
  const manifest = join(root, 'node_modules', 'node', 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const name = binaryPackage(platform, arch);
  const pins = join(root, 'scripts', 'tools', `node-${version.split('.')[0] ?? ''}`, 'package-lock.json');
  const pinned = lockedPackage(pins, name);
  if (pinned === undefined) {
    notice(`check-node-binary: no pinned integrity for ${name} in ${pins}: the Node.js binary the node package installed is not checked on this platform`);
    return undefined;
  }
  if (pinned.version !== version) return `the node devDependency is ${version}, but ${pins} pins ${name}@${pinned.version ?? '?'}: keep them the same release (scripts/install-tools.sh NODE_VERSIONS)`;
  const recorded = lockedPackage(join(root, 'node_modules', 'node', 'node_modules', '.package-lock.json'), name);
  if (recorded === undefined) return `the node package installed no record of ${name}@${version} (node_modules/node/node_modules/.package-lock.json): its binary cannot be checked; run npm ci again`;
  if (recorded.version !== version || recorded.integrity !== pinned.integrity) {
    return `the node package installed ${name}@${recorded.version ?? '?'} with integrity ${recorded.integrity ?? 'none'}, not the pinned ${pinned.integrity ?? ''} (${pins}): do not build or test with it; remove node_modules and run npm ci again`;
  }
  return undefined;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = nodeBinaryProblem(join(import.meta.dirname, '..'), process.platform, process.arch, (text) => console.warn(text));
  if (problem !== undefined) {
    console.error(`check-node-binary: ${problem}`);
    process.exitCode = 1;
  }
}
