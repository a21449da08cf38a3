// The README: "Every flag is validated before any work starts, and all problems are reported at
// once." A wrong argument count or --format must not hide what is wrong with the other flags.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const cases: [string, string[], string[]][] = [
  ['verify-blob', ['verify-blob', 'a', 'b', '--repo', 'no-slash'], ['argument FILE', '--bundle', '--repo']],
  ['verify-checksums', ['verify-checksums', '--repo', 'no-slash'], ['argument SHA256SUMS', '--bundle', '--repo']],
  ['verify-attestation', ['verify-attestation', '--format', 'xml', '--repo', 'no-slash'], ['argument FILE', '--format', '--bundle', '--repo']],
  ['verify-image', ['verify-image', '--format', 'xml', '--predicate-type', 'not a uri'], ['argument IMAGE', '--format', '--predicate-type']],
  ['sign-image', ['sign-image', '--signature-format', 'x', '--instance', 'nowhere'], ['--signature-format', '--instance', 'argument IMAGE']],
  ['attest-image', ['attest-image', '--attestation-format', 'x', '--type', 'bogus', 'registry.example/app:v1'], ['--attestation-format', '--type']],
  ['release --github-release', ['release', '--github-release', '--algorithm', 'md5', 'dist'], ['--github-release', '--repo', '--algorithm', '--tag']],
  // Flags that only shape publishing do nothing without --github-release: said, not ignored.
  ['release --tag --no-gate --downgrade without --github-release', ['release', '--tag', 'v1', '--no-gate', '--downgrade', 'warn', 'dist'], ['--tag', '--no-gate', '--downgrade']],
  // Nor do the signing flags with --no-sign, or the SBOM flags with --sbom-format none.
  ['release --no-sign with signing flags', ['release', '--no-sign', '--key', 'k.pem', '--timeout', '10', '--trusted-root', 'root.json', 'dist'], ['--key', '--timeout', '--trusted-root']],
  // A local --key signs offline: the keyless flags it leaves unused are said to do nothing.
  ['sign-blob --key with keyless flags', ['sign-blob', '--key', 'k.pem', '--trusted-root', 'SHA256SUMS', '--timeout', '5', '--bundle', 'x.json', 'a', 'b'], ['--trusted-root', '--timeout', '--bundle']],
  // attest writes <name>.intoto.jsonl beside --bundle: a --output-dir beside it would be ignored.
  ['attest --bundle with --output-dir', ['attest', '--bundle', 'x.json', '--output-dir', 'out', '--type', 'bogus', 'a'], ['--output-dir', '--type']],
  ['attest --key with keyless flags', ['attest', '--key', 'k.pem', '--timeout', '5', '--type', 'bogus', 'a'], ['--timeout', '--type']],
  ['release --key with keyless flags', ['release', '--key', 'k.pem', '--trusted-root', 'root.json', '--algorithm', 'md5', 'dist'], ['--trusted-root', '--algorithm']],
  ['release --sbom-format none with SBOM flags', ['release', '--sbom-format', 'none', '--sbom-path', 'app', '--include-dev', '--strict', '--no-sbom-default-excludes', 'dist'], ['--sbom-path', '--include-dev', '--strict', '--no-sbom-default-excludes']],
];

/** A directory holding the paths the cases name, so that only their flags are wrong (a missing path is reported with them too). */
async function withNamedPaths(t: TestContext): Promise<string> {
  const cwd = await tempDir(t);
  await Promise.all(['dist', 'app'].map((dir) => mkdir(join(cwd, dir))));
  await Promise.all(['a', 'b', 'k.pem', 'root.json', 'SHA256SUMS'].map((file) => writeFile(join(cwd, file), 'x\n')));
  return cwd;
}

for (const [name, args, inputs] of cases) {
  test(`${name} reports every wrong input at once`, async (t) => {
    const run = await cli(args, await withNamedPaths(t));
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, new RegExp(`CONFIG_INVALID: ${inputs.length} invalid inputs:`), run.stderr);
    for (const input of inputs) assert.match(run.stderr, new RegExp(`\\n  ${input}: `), `${input}: ${run.stderr}`);
  });
}

test('a refused flag does not hide the missing paths: release and sign-blob report both in one run', async (t) => {
  const cwd = await tempDir(t);
  const release = await cli(['release', '--base', 'nobase', '--sbom-path', 'nosbom', '--instance', 'bogus', 'nopath'], cwd);
  assert.equal(release.code, 2, release.stderr);
  for (const expected of [/--instance: is "bogus"/, /--base: nobase does not exist/, /--sbom-path: nosbom does not exist/, /PATH: nopath does not exist/]) assert.match(release.stderr, expected);
  const sign = await cli(['sign-blob', '--key', 'nokey', '--signing-config', 'nosc', '--trusted-root', 'notr', 'nofile'], cwd);
  assert.equal(sign.code, 2, sign.stderr);
  for (const expected of [/--key: signs locally and offline/, /FILE: nofile does not exist/, /--key: nokey does not exist/, /--signing-config: nosc does not exist/]) assert.match(sign.stderr, expected);
});
