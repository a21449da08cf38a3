/**
 * docs/verify.md tells cosign users how to write a case-insensitive `-regexp` pattern: a leading
 * `(?i)` is refused, `(?i:...)` is the way, from the Node.js major it names on. Policy patterns are
 * JavaScript regular expressions of the runtime that runs trust-kit, and Node.js 22 (V8 12.4) has
 * no modifier groups: the advice holds on each supported major exactly as the document says, the
 * CLI (from source, so no bundle is built) run on the pinned `node` package of each.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { INSTALL_NODES, NODE_VERSIONS, nodeBinary, nodeVersion } from './nodes.js';

const root = join(import.meta.dirname, '..', '..');
const inCI = process.env['CI'] === 'true';

/** The first major on which docs/verify.md says `(?i:...)` works; its lowest supported one when it names none. */
function firstMajorOfModifierGroups(): number {
  const text = readFileSync(join(root, 'docs', 'verify.md'), 'utf8').replaceAll(/\s+/g, ' ');
  assert.ok(text.includes('`(?i:...)`'), 'docs/verify.md no longer mentions (?i:...)');
  const named = /on Node\.js (\d+) and later write `\(\?i:\.\.\.\)`/.exec(text);
  return Number(named?.[1] ?? NODE_VERSIONS[0]?.split('.')[0]);
}

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
  test(`Node.js ${version}: identity patterns with (?i) and (?i:...) are taken or refused as docs/verify.md says`, async (t) => {
    const binary = nodeBinary(String(major));
    const found = nodeVersion(binary);
    if (found !== version) {
      const problem = `Node.js ${version} is not installed in .tools (${found === undefined ? 'missing' : `found ${found}`}): run \`${INSTALL_NODES}\``;
      if (inCI) assert.fail(problem);
      t.skip(problem);
      return;
    }
    const leading = await verifyWithPattern(binary, '(?i)https://github\\.com/octo-org/.*');
    assert.equal(leading.code, 2, leading.stderr);
    assert.match(leading.stderr, /CONFIG_INVALID[\s\S]*--certificate-identity-regexp: is not a valid regular expression/);

    const group = await verifyWithPattern(binary, '(?i:https://github\\.com/octo-org/.*)');
    if (major >= firstMajorOfModifierGroups()) {
      // Taken: the run goes on to read the bundle, which is missing.
      assert.equal(group.code, 1, group.stderr);
      assert.match(group.stderr, /SIGSTORE_INPUT_UNREADABLE/);
    } else {
      assert.equal(group.code, 2, `docs/verify.md says (?i:...) works on Node.js ${major}, which refuses it:\n${group.stderr}`);
      assert.match(group.stderr, /--certificate-identity-regexp: is not a valid regular expression/);
    }
  });
}
