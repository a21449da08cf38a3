/**
 * docs/verify.md tells cosign users that identity patterns are RE2, as cosign reads its `-regexp`
 * flags, the same on every Node.js: `(?i)` and `(?i:...)` are taken, a lookbehind (JavaScript's,
 * not RE2's) is refused. Each supported major runs the CLI (from source, so no bundle is built)
 * from the pinned `node` package: patterns once were the runtime's own regular expressions, and
 * Node.js 22 took no `(?i:...)`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { INSTALL_NODES, NODE_VERSIONS, nodeBinary, nodeVersion } from './nodes.js';

const root = join(import.meta.dirname, '..', '..');
const inCI = process.env['CI'] === 'true';

/** The exit code and standard error of verify-blob with an identity pattern, on one Node.js; its bundle is missing, so a pattern accepted ends in exit 1. */
function verifyWithPattern(node: string, pattern: string): Promise<{ code: number | string | null; stderr: string }> {
  const args = ['--import', 'tsx', join(root, 'src', 'cli', 'bin.ts'), 'verify-blob', `sha256:${'0'.repeat(64)}`, '--bundle', 'missing.sigstore.json', '--certificate-identity-regexp', pattern, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com'];
  return new Promise((resolve) => {
    execFile(node, args, { cwd: root, env: { PATH: process.env['PATH'] ?? '' }, encoding: 'utf8', timeout: 60_000 }, (error, _stdout, stderr) => {
      resolve({ code: error === null ? 0 : (error.code ?? null), stderr });
    });
  });
}

for (const version of NODE_VERSIONS) {
  const major = Number(version.split('.')[0]);
  test(`Node.js ${version}: identity patterns are RE2 as docs/verify.md says: (?i) and (?i:...) taken, a lookbehind refused`, async (t) => {
    const binary = nodeBinary(String(major));
    const found = nodeVersion(binary);
    if (found !== version) {
      const problem = `Node.js ${version} is not installed in .tools (${found === undefined ? 'missing' : `found ${found}`}): run \`${INSTALL_NODES}\``;
      if (inCI) assert.fail(problem);
      t.skip(problem);
      return;
    }
    for (const pattern of ['(?i)https://github\\.com/octo-org/.*', '(?i:https://github\\.com/octo-org/.*)']) {
      const taken = await verifyWithPattern(binary, pattern);
      // Taken: the run goes on to read the bundle, which is missing.
      assert.equal(taken.code, 1, taken.stderr);
      assert.match(taken.stderr, /SIGSTORE_INPUT_UNREADABLE/);
    }
    const lookbehind = await verifyWithPattern(binary, '(?<=https://)github\\.com/.*');
    assert.equal(lookbehind.code, 2, lookbehind.stderr);
    assert.match(lookbehind.stderr, /CONFIG_INVALID: --certificate-identity-regexp: is not a valid regular expression \(RE2 syntax, as cosign reads it\)/);
  });
}
