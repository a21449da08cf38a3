/**
 * Rebuilds all of dist/ from scratch: compile src/ to lib/ with tsc, then bundle each entry point
 * with ncc into dist/<name>/index.js. ncc never deletes stale files, so dist/ is removed first.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every bundled entry point: dist/<name>/index.js is built from lib/<source>. */
export const ENTRIES: Readonly<Record<string, string>> = {
  cli: 'cli/bin.js',
  checksums: 'actions/checksums/index.js',
  release: 'actions/release/index.js',
  sbom: 'actions/sbom/index.js',
  sign: 'actions/sign/index.js',
  verify: 'actions/verify/index.js',
  attest: 'actions/attest/index.js',
};

/** Runner platforms whose libsodium binary travels in dist/prebuilds/ (src/secrets/native.ts loads it; ncc cannot). */
const NATIVE_TARGETS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];

const root = join(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/**
 * Compiles src/ into `lib` and bundles `entries` into `dist` (both emptied first), with the
 * libsodium binaries beside them. `lib` must have this repository's node_modules above it, or a
 * link to it, for ncc to resolve the dependencies.
 */
export function buildBundles(lib: string, dist: string, entries: Readonly<Record<string, string>> = ENTRIES): void {
  rmSync(lib, { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib], { cwd: root, stdio: 'inherit' });
  rmSync(dist, { recursive: true, force: true });
  for (const [name, source] of Object.entries(entries)) {
    execFileSync(bin('ncc'), ['build', join(lib, source), '-o', join(dist, name), '--license', 'licenses.txt', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const sodium = join(root, 'node_modules', 'sodium-native');
  for (const target of NATIVE_TARGETS) {
    mkdirSync(join(dist, 'prebuilds', target), { recursive: true });
    copyFileSync(join(sodium, 'prebuilds', target, 'sodium-native.node'), join(dist, 'prebuilds', target, 'sodium-native.node'));
  }
  copyFileSync(join(sodium, 'LICENSE'), join(dist, 'prebuilds', 'LICENSE'));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildBundles(join(root, 'lib'), join(root, 'dist'));
}
