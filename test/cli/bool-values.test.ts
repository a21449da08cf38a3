// cosign and gh (Go's flag packages) take `--flag=true` and `--flag=false` for every boolean flag,
// and VERIFY.md's cosign lines spell `--insecure-ignore-tlog=true`: a user copying such a line into
// a trust-kit command gets the flag as cosign reads it, not "does not take an argument".
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('a boolean flag takes =true and =false as cosign reads them: on, and off as --no-FLAG', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'a.txt'), 'a\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], cwd)).code, EXIT.OK);
  const signed = await cli(['sign-blob', '--key', 'k.key', 'a.txt'], cwd);
  assert.equal(signed.code, EXIT.OK, signed.stderr);
  const verify = (...flags: string[]): ReturnType<typeof cli> => cli(['verify-blob', 'a.txt', '--bundle', 'a.txt.sigstore.json', '--key', 'k.pub', ...flags], cwd);
  const bare = await verify('--insecure-ignore-tlog');
  assert.equal(bare.code, EXIT.OK, bare.stderr);
  for (const on of ['--insecure-ignore-tlog=true', '--insecure-ignore-tlog=TRUE', '--insecure-ignore-tlog=1']) {
    const run = await verify(on);
    assert.deepEqual([run.code, run.stdout], [EXIT.OK, bare.stdout], `${on}: ${run.stderr}`);
  }
  // Off is what leaving the flag out is: the key's bundle has no log entry, which is then required.
  const without = await verify();
  assert.notEqual(without.code, EXIT.OK);
  assert.notEqual(without.code, EXIT.USAGE, without.stderr);
  for (const off of ['--insecure-ignore-tlog=false', '--insecure-ignore-tlog=0']) {
    const run = await verify(off);
    assert.deepEqual([run.code, run.stderr], [without.code, without.stderr], off);
  }
  // The last one given wins, as with --FLAG and --no-FLAG.
  assert.equal((await verify('--insecure-ignore-tlog=false', '--insecure-ignore-tlog=true')).code, EXIT.OK);
});

test('a boolean flag given another value is a usage error naming the flag and the spellings it takes', async () => {
  for (const [args, flag] of [
    [['verify-blob', 'a.txt', '--bundle', 'b.json', '--key', 'k.pub', '--insecure-ignore-tlog=yes'], '--insecure-ignore-tlog'],
    [['verify-image', 'registry.example/app:v1', '--key', 'k.pub', '--allow-http-registry='], '--allow-http-registry'],
  ] as const) {
    const run = await cli(args, '/');
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, new RegExp(`CLI_USAGE: ${args[0]}: ${flag} takes no value but =true or =false \\(as cosign reads it\\), got "${flag === '--allow-http-registry' ? '' : 'yes'}"\\n {2}hint: write the bare flag ${flag} to turn it on, or --no-${flag.slice(2)} to turn it off`), run.stderr);
  }
});

test('a --FLAG=true after -- is an argument, left as it is', async (t) => {
  const cwd = await tempDir(t);
  const run = await cli(['checksums', '--', '--quiet=true'], cwd);
  assert.match(run.stderr, /--quiet=true/);
  assert.doesNotMatch(run.stderr, /CLI_USAGE/);
});
