// Each verification command's --help lists the exit codes it gives: a script written from the help
// must not meet an exit code the help never named.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

/** The exit codes a command's --help names in its `Exit codes:` paragraph. */
async function helpExitCodes(command: string): Promise<number[]> {
  const help = (await cli([command, '--help'], '/')).stdout;
  const paragraph = /\nExit codes: ([\s\S]*?)(?:\n\n|$)/.exec(help)?.[1] ?? '';
  return [...paragraph.matchAll(/(?:^|[,;] ?|\n)(\d) /g)].map((match) => Number(match[1]));
}

test('verify-blob and verify-checksums say they exit 5 for a DSSE bundle about other artifacts, which they do', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'SHA256SUMS'), 'other\n');
  await writeFile(join(cwd, 'predicate.json'), '{}');
  assert.equal((await cli(['generate-key-pair'], cwd, {})).code, EXIT.OK);
  const attest = await cli(['attest', '--type', 'custom', '--predicate-type', 'https://example.com/p/v1', '--predicate', 'predicate.json', '--key', 'trust-kit.key', '--output-dir', 'out', 'dist/app.tgz'], cwd, { SOURCE_DATE_EPOCH: '0' });
  assert.equal(attest.code, EXIT.OK, attest.stderr);
  for (const command of ['verify-blob', 'verify-checksums']) {
    const run = await cli([command, 'SHA256SUMS', '--bundle', join('out', 'app.tgz.sigstore.json'), '--key', 'trust-kit.pub', '--insecure-ignore-tlog'], cwd, {});
    assert.equal(run.code, EXIT.SUBJECT_MISMATCH, `${command}: ${run.stderr}`);
    assert.match(run.stderr, /VERIFY_SUBJECT_MISMATCH/);
    assert.deepEqual(await helpExitCodes(command), [0, 1, 2, 3, 4, 5], command);
  }
});

test('verify-attestation lists each of its exit codes once, in order', async () => {
  assert.deepEqual(await helpExitCodes('verify-attestation'), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('verify-release names every exit code it gives, 6 included (GitHub\'s release attestation of another predicate type, test/release/verify-release.test.ts)', async () => {
  assert.deepEqual((await helpExitCodes('verify-release')).sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
});
