import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

test('`npm run example` produces verifiable release evidence for the bundled example, offline', async () => {
  const run = spawnSync('npm', ['run', '-s', 'example'], { cwd: root, encoding: 'utf8', env: { ...process.env, ACTIONS_ID_TOKEN_REQUEST_URL: '', SIGSTORE_ID_TOKEN: '' } });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const out = join(root, 'out', 'example');
  const sums = await readFile(join(out, 'SHA256SUMS'), 'utf8');
  assert.match(sums, /^[0-9a-f]{64} {2}hello-cli-1\.0\.0\.tgz\n[0-9a-f]{64} {2}hello-cli\.mjs\n[0-9a-f]{64} {2}sbom\.cdx\.json\n[0-9a-f]{64} {2}sbom\.spdx\.json\n$/);
  // The artifacts are checked where they were built, the SBOMs (listed by the name they are published under) where they were written.
  execFileSync('sha256sum', ['--ignore-missing', '-c', join(out, 'SHA256SUMS')], { cwd: join(root, 'examples', 'hello-cli', 'release') });
  assert.match(execFileSync('sha256sum', ['--ignore-missing', '-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' }), /^sbom\.cdx\.json: OK\nsbom\.spdx\.json: OK\n$/);
  const spdx = JSON.parse(await readFile(join(out, 'sbom.spdx.json'), 'utf8')) as { packages: { name: string; versionInfo?: string; packageFileName?: string }[] };
  assert.deepEqual(
    spdx.packages.filter((pkg) => pkg.packageFileName === undefined).map((pkg) => `${pkg.name}@${pkg.versionInfo ?? ''}`).sort(),
    ['hello-cli@1.0.0', 'ms@2.1.3', 'picocolors@1.1.1'],
    'the root and its runtime dependencies; the development dependency is-number is left out',
  );
  assert.deepEqual(spdx.packages.flatMap((pkg) => pkg.packageFileName ?? []).sort(), ['hello-cli-1.0.0.tgz', 'hello-cli.mjs'], 'the release artifacts, as packages');
  const verified = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), 'verify-checksums', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--key', 'trust-kit.pub', '--insecure-ignore-tlog', '--base', join(root, 'examples', 'hello-cli', 'release')], { cwd: out, encoding: 'utf8' });
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, /hello-cli-1\.0\.0\.tgz: OK/);
  assert.match(await readFile(join(out, 'VERIFY.md'), 'utf8'), /verify-checksums 'SHA256SUMS' --bundle 'SHA256SUMS\.sigstore\.json' --key 'trust-kit\.pub'/);
});
