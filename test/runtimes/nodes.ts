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

/**
 * A Node.js this machine has on PATH (outside node_modules and .tools) that trust-kit does not
 * support, such as Ubuntu's Node.js 20, with its version; undefined when there is none.
 */
export function unsupportedSystemNode(path = process.env['PATH'] ?? ''): { binary: string; version: string } | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '' || dir.split(sep).includes('node_modules') || dir.split(sep).includes('.tools')) continue;
    const binary = join(dir, 'node');
    const version = nodeVersion(binary);
    if (version !== undefined && !isSupportedNode(version)) return { binary, version };
  }
  return undefined;
}
