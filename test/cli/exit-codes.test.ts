import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from '../support/cli.js';
import { signAttestation } from '../support/github/attest.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const README = join(import.meta.dirname, '..', '..', 'README.md');

/** The rows of the README's `| exit code | meaning |` table. */
async function readmeExitCodes(): Promise<Map<number, string>> {
  const text = await readFile(README, 'utf8');
  const start = text.indexOf('| exit code | meaning |');
  assert.notEqual(start, -1, 'the README has an exit-code table');
  const rows = new Map<number, string>();
  for (const line of text.slice(start).split('\n').slice(2)) {
    const match = /^\| (\d+) \| (.+) \|$/.exec(line);
    if (match === null) break;
    rows.set(Number(match[1]), match[2] ?? '');
  }
  return rows;
}

/** The `Exit codes:` block of `trust-kit --help`. */
async function helpExitCodes(): Promise<Map<number, string>> {
  const help = (await cli(['--help'], '/')).stdout;
  const block = help.slice(help.indexOf('Exit codes:\n') + 'Exit codes:\n'.length);
  const rows = new Map<number, string>();
  for (const line of block.split('\n')) {
    const match = /^ {2}(\d+) {2}(.+)$/.exec(line);
    if (match === null) break;
    rows.set(Number(match[1]), match[2] ?? '');
  }
  return rows;
}

describe('documented exit codes', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  test('the README table, --help and EXIT list the same codes, with the same meanings', async () => {
    const readme = await readmeExitCodes();
    const help = await helpExitCodes();
    assert.deepEqual([...readme.keys()].sort((a, b) => a - b), Object.values(EXIT).sort((a, b) => a - b));
    assert.deepEqual(help, readme, 'the same meaning, word for word');
  });

  test('each documented code comes from a real case', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.bin\n');
    await writeFile(join(cwd, 'empty.bin'), '');
    const outcomes = new Map<number, string>();
    const expect = async (code: number, args: string[], env: Record<string, string> = {}): Promise<void> => {
      const run = await cli(args, cwd, env);
      assert.equal(run.code, code, `${args.join(' ')}: ${run.stderr}`);
      outcomes.set(code, run.stderr);
    };
    await expect(EXIT.OK, ['checksums', '--check', 'SHA256SUMS']);
    await writeFile(join(cwd, 'empty.bin'), 'tampered');
    await expect(EXIT.FAILURE, ['checksums', '--check', 'SHA256SUMS']);
    await expect(EXIT.USAGE, ['checksums', '--no-such-flag']);
    await writeFile(join(cwd, 'empty.bin'), '');
    await expect(EXIT.OK, ['sign-blob', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, 'SHA256SUMS'], { ...stack.env });
    const verify = ['verify-blob', 'SHA256SUMS', '--bundle', 'SHA256SUMS.sigstore.json', '--trusted-root', stack.trustedRootPath, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com'];
    await expect(EXIT.OK, [...verify, '--certificate-identity', 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main']);
    await expect(EXIT.POLICY_MISMATCH, [...verify, '--certificate-identity', 'https://github.com/someone-else/repo/.github/workflows/release.yml@refs/heads/main']);
    await writeFile(join(cwd, 'SHA256SUMS'), 'tampered\n');
    await expect(EXIT.VERIFICATION_FAILED, [...verify, '--certificate-identity', 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main']);
    await writeFile(join(cwd, 'empty.bin'), '');
    const subjects = [{ name: 'empty.bin', digest: { sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' } }];
    await writeFile(join(cwd, 'provenance.sigstore.json'), (await signAttestation(stack, { subjects })).text);
    await writeFile(join(cwd, 'self-hosted.sigstore.json'), (await signAttestation(stack, { subjects, claims: { runner_environment: 'self-hosted' } })).text);
    const attestation = (bundle: string, ...more: string[]): string[] => ['verify-attestation', 'empty.bin', '--bundle', bundle, '--trusted-root', stack.trustedRootPath, ...more];
    await expect(EXIT.SUBJECT_MISMATCH, attestation('provenance.sigstore.json', '--repo', 'octo-org/octo-repo').with(1, 'SHA256SUMS'));
    await expect(EXIT.PREDICATE_TYPE_MISMATCH, attestation('provenance.sigstore.json', '--repo', 'octo-org/octo-repo', '--predicate-type', 'https://spdx.dev/Document/v2.3'));
    await expect(EXIT.SIGNER_WORKFLOW_MISMATCH, attestation('provenance.sigstore.json', '--signer-workflow', 'octo-org/shared/.github/workflows/build.yml'));
    await expect(EXIT.REPOSITORY_MISMATCH, attestation('provenance.sigstore.json', '--repo', 'octo-org/other-repo'));
    await expect(EXIT.SELF_HOSTED_RUNNER, attestation('self-hosted.sigstore.json', '--repo', 'octo-org/octo-repo', '--deny-self-hosted-runners'));
    assert.match(outcomes.get(EXIT.FAILURE) ?? '', /did NOT match/);
    assert.match(outcomes.get(EXIT.USAGE) ?? '', /CLI_USAGE/);
    assert.match(outcomes.get(EXIT.VERIFICATION_FAILED) ?? '', /VERIFY_/);
    assert.match(outcomes.get(EXIT.POLICY_MISMATCH) ?? '', /VERIFY_POLICY_/);
    assert.deepEqual([...outcomes.keys()].sort((a, b) => a - b), [...(await readmeExitCodes()).keys()].sort((a, b) => a - b));
  });
});
