import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { SUPPORTED_NODE, isSupportedNode, unsupportedRuntime, workingDirectory } from '../../src/cli/runtime.js';

test('the supported Node.js range is package.json\'s engines.node', async () => {
  const pkg = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.equal(SUPPORTED_NODE, pkg.engines.node);
  assert.equal(SUPPORTED_NODE, '^22.22.2 || ^24.15.0 || >=26.0.0');
});

test('isSupportedNode admits each range from its first version, within its major or beyond', () => {
  for (const version of ['22.22.2', '22.23.3', 'v22.22.2', '24.15.0', '24.21.0', '26.0.0', '26.10.0', '27.0.0', '30.1.2']) assert.equal(isSupportedNode(version), true, version);
  for (const version of ['20.20.2', '22.22.1', '22.9.0', '23.11.0', '24.14.9', '25.9.0', '18.20.8', '', 'v', 'twenty', '24', '24.15']) assert.equal(isSupportedNode(version), false, version);
});

test('unsupportedRuntime names the running version and the supported range', () => {
  assert.equal(unsupportedRuntime('24.21.0'), undefined);
  const error = unsupportedRuntime('20.20.2');
  assert.equal(error?.code, 'RUNTIME_UNSUPPORTED');
  assert.equal(error.message, 'Node.js 20.20.2 cannot run trust-kit, which needs Node.js ^22.22.2 || ^24.15.0 || >=26.0.0');
  assert.match(error.hint ?? '', /install a supported Node\.js/);
});

test('docs/platforms.md gives the CLI the runtimes engines admits, not one major', async () => {
  const text = (await readFile(join(import.meta.dirname, '..', '..', 'docs', 'platforms.md'), 'utf8')).replaceAll(/\s+/g, ' ');
  const where = /its CLI wherever (.*?) runs\./.exec(text)?.[1] ?? '';
  assert.ok(where.includes(SUPPORTED_NODE), `docs/platforms.md says the CLI runs wherever ${where}`);
});

test('a working directory the system cannot tell is WORKING_DIRECTORY_UNAVAILABLE saying why', () => {
  const said = (code: string): string => {
    const found = workingDirectory(() => {
      throw Object.assign(new Error('process.cwd failed'), { code });
    });
    return typeof found === 'string' ? found : `${found.code}: ${found.message}`;
  };
  assert.equal(said('ENOENT'), 'WORKING_DIRECTORY_UNAVAILABLE: the working directory was removed (ENOENT)');
  assert.equal(said('ERANGE'), 'WORKING_DIRECTORY_UNAVAILABLE: the working directory has a path longer than the system allows (ERANGE)');
  assert.equal(workingDirectory(() => '/here'), '/here');
});
