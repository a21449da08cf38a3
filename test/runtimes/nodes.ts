import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';
import { isSupportedNode } from '../../src/cli/runtime.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * The `node` package release tested for each major package.json's engines admits (all that have
 * one); scripts/install-tools.sh installs the same versions, a test keeps the two equal.
 */
export const NODE_VERSIONS: readonly string[] = ['22.23.3', '24.21.0', '26.10.0'];

/** The command that installs them. */
export const INSTALL_NODES = 'bash scripts/install-tools.sh node';

/** Where scripts/install-tools.sh puts the Node.js binary of a major. */
export function nodeBinary(major: string): string {
  return join(root, '.tools', `node-${major}`, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
}

/** The version a Node.js binary reports (without the `v`), or undefined when it does not run. */
export function nodeVersion(binary: string): string | undefined {
  if (!existsSync(binary)) return undefined;
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
  } catch {
    return undefined;
  }
}

/** The Node.js release engines refuses that scripts/install-tools.sh installs (into .tools/node-unsupported), for the runtime check's tests. */
export const UNSUPPORTED_NODE_VERSION = '20.20.2';

/** Where scripts/install-tools.sh puts {@link UNSUPPORTED_NODE_VERSION}. */
export function unsupportedNodeBinary(): string {
  return join(root, '.tools', 'node-unsupported', 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
}

/**
 * A Node.js trust-kit does not support, with its version: the pinned {@link UNSUPPORTED_NODE_VERSION}
 * when installed, else one this machine has on PATH (outside node_modules and .tools), such as
 * Ubuntu's Node.js 20; undefined when there is none.
 */
export function unsupportedNode(path = process.env['PATH'] ?? ''): { binary: string; version: string } | undefined {
  const pinned = unsupportedNodeBinary();
  const version = nodeVersion(pinned);
  if (version !== undefined && !isSupportedNode(version)) return { binary: pinned, version };
  for (const dir of path.split(delimiter)) {
    if (dir === '' || dir.split(sep).includes('node_modules') || dir.split(sep).includes('.tools')) continue;
    const binary = join(dir, 'node');
    const version = nodeVersion(binary);
    if (version !== undefined && !isSupportedNode(version)) return { binary, version };
  }
  return undefined;
}
