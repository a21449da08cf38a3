import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { runRelease } from '../../src/release/index.js';
import { tempDir } from '../support/tmp.js';

test('ports a caller in plain JavaScript got wrong are refused before anything is written: without a logger the checksums file was written, then a TypeError', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const wrong: [string, unknown, RegExp][] = [
    ['no logger', { cwd, env: {} }, /logger/],
    ['a logger without debug', { cwd, env: {}, logger: { info() {}, warn() {} } }, /logger/],
    ['no environment', { cwd, logger: silentLogger }, /env/],
    ['a relative working directory', { cwd: 'project', env: {}, logger: silentLogger }, /cwd/],
    ['nothing', undefined, /ports/],
    ['an onStep that is no function', { cwd, env: {}, logger: silentLogger, onStep: 'x' }, /onStep is not a function/],
    ['a signal that is no AbortSignal', { cwd, env: {}, logger: silentLogger, signal: 'x' }, /signal is not an AbortSignal/],
    ['a clock that is a Date', { cwd, env: {}, logger: silentLogger, clock: new Date() }, /clock is not a Clock/],
  ];
  for (const [name, ports, message] of wrong) {
    await assert.rejects(runRelease(config, ports as never), { code: 'RELEASE_PORTS_INVALID', message }, name);
  }
  for (const given of [undefined, null, 'x']) {
    await assert.rejects(runRelease(given as never, { cwd, env: {}, logger: silentLogger }), { code: 'RELEASE_CONFIG_INVALID', message: /^runRelease's config is (undefined|null|a string), not a ReleaseConfig$/ });
  }
  assert.deepEqual(await readdir(cwd), ['dist'], 'nothing was written');
  const result = await runRelease(config, { cwd, env: {}, logger: silentLogger });
  assert.deepEqual(result.produced.map((path) => path.slice(cwd.length + 1)), ['out/SHA256SUMS', 'out/VERIFY.md']);
});

test('a config made by hand that asks for parts only signing makes, without sign, is refused before anything is written: the pipeline skipped them and the run ended green', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const unsigned = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  await assert.rejects(runRelease({ ...unsigned, attest: 'required', auditLog: true }, { cwd, env: {}, logger: silentLogger }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_CONFIG_INVALID');
    assert.match(error.message, /asks for attest: 'required', auditLog, which only signing makes, and has no sign/);
    return true;
  });
  assert.deepEqual(await readdir(cwd), ['dist'], 'nothing was written');
});

test('an onStep that throws never hides the run\'s own failure; on a run that succeeded, its error is the caller\'s to see', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'package-lock.json'), '{"lockfileVersion": 3,');
  const throwing = (): never => {
    throw new Error('my onStep failed');
  };
  const strict = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-path': '.', strict: 'true', sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  await assert.rejects(runRelease(strict, { cwd, env: {}, logger: silentLogger, onStep: throwing }), { code: 'SBOM_UNKNOWNS' });
  const plain = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', force: 'true' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  await assert.rejects(runRelease(plain, { cwd, env: {}, logger: silentLogger, onStep: throwing }), { message: 'my onStep failed' });
});
