/**
 * Rebuilds all of dist/ from scratch: compile src/ to lib/ with tsc, then bundle each entry point
 * with ncc into dist/<name>/index.js. ncc never deletes stale files, so dist/ is removed first.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Every bundled entry point: dist/<name>/index.js is built from lib/<source>. */
export const ENTRIES: Readonly<Record<string, string>> = {
  cli: 'cli/main.js',
  checksums: 'actions/checksums/index.js',
  release: 'actions/release/index.js',
  sbom: 'actions/sbom/index.js',
  sign: 'actions/sign/index.js',
  verify: 'actions/verify/index.js',
};

const root = join(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

rmSync(join(root, 'lib'), { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const [name, source] of Object.entries(ENTRIES)) {
  execFileSync(bin('ncc'), ['build', join('lib', source), '-o', join('dist', name), '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** Runner platforms whose libsodium binary travels in dist/prebuilds/ (src/secrets/native.ts loads it; ncc cannot). */
const NATIVE_TARGETS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];
const sodium = join(root, 'node_modules', 'sodium-native');
for (const target of NATIVE_TARGETS) {
  mkdirSync(join(root, 'dist', 'prebuilds', target), { recursive: true });
  copyFileSync(join(sodium, 'prebuilds', target, 'sodium-native.node'), join(root, 'dist', 'prebuilds', target, 'sodium-native.node'));
}
copyFileSync(join(sodium, 'LICENSE'), join(root, 'dist', 'prebuilds', 'LICENSE'));
