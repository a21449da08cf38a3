// An output is written as a new file renamed into place. Where a link, a pipe or a device stands,
// or where the path is a file the run reads, that rename would destroy what the user has: each is
// refused, before any work where the path is a flag's, and the thing there is left as it was.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('an output path that is a symbolic link or a named pipe is refused, and the link or pipe is left as it was', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'artifact'), 'artifact\n');
  await writeFile(join(dir, 'kept'), 'what the user keeps\n');
  await symlink('kept', join(dir, 'link'));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ name: 'p', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'p', version: '1.0.0' } } }));
  await mkdir(join(dir, 'directory'));
  // A flag's path, so before any work: a usage error (exit 2), as the README's exit codes and docs/errors.md say.
  for (const target of ['link', 'pipe', 'directory']) {
    for (const args of [['checksums', '--output', target, 'artifact'], ['sbom', '--output', target, '.'], ['sbom', '--output-dir', target === 'directory' ? 'artifact' : target, '.']]) {
      const run = await cli(args, dir);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: --output(-dir)?: \S+ is (a symbolic link|not a regular file \(a named pipe\)|a directory|not a directory)/, args.join(' '));
    }
  }
  assert.equal(await readlink(join(dir, 'link')), 'kept');
  assert.equal(await readFile(join(dir, 'kept'), 'utf8'), 'what the user keeps\n');
  assert.ok((await lstat(join(dir, 'pipe'))).isFIFO());
  const signed = await cli(['generate-key-pair', '--output-key-prefix', 'k'], dir);
  assert.equal(signed.code, 0, signed.stderr);
  const bundle = await cli(['sign-blob', '--key', 'k.key', '--bundle', 'link', 'artifact'], dir);
  assert.equal(bundle.code, 2, bundle.stderr);
  assert.match(bundle.stderr, /--bundle: link is a symbolic link/);
  assert.equal(await readlink(join(dir, 'link')), 'kept');
});

test('an output that is a file the run reads (the artifact, the key, the predicate, the only subject) is refused before any work, and the file is kept', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'artifact'), 'artifact\n');
  await writeFile(join(dir, 'predicate.json'), '{"k":1}\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], dir)).code, 0);
  const key = await readFile(join(dir, 'k.key'));
  for (const [given, read] of [['k.key', '--key'], ['artifact', 'argument FILE'], ['./artifact', 'argument FILE']] as const) {
    const run = await cli(['sign-blob', '--key', 'k.key', '--bundle', given, 'artifact'], dir);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, new RegExp(`--bundle: ${given.replace('.', '\\.')} is the file ${read} names`));
  }
  const attest = await cli(['attest', '--type', 'custom', '--predicate-type', 'https://example.com/p', '--predicate', 'predicate.json', '--key', 'k.key', '--bundle', 'predicate.json', 'artifact'], dir);
  assert.equal(attest.code, 2, attest.stderr);
  assert.match(attest.stderr, /--bundle: predicate\.json is the file --predicate names/);
  const attestSubject = await cli(['attest', '--type', 'custom', '--predicate-type', 'https://example.com/p', '--predicate', 'predicate.json', '--key', 'k.key', '--bundle', 'artifact', 'artifact'], dir);
  assert.equal(attestSubject.code, 2, attestSubject.stderr);
  assert.match(attestSubject.stderr, /--bundle: artifact is the file argument FILE names/);
  assert.deepEqual(await readFile(join(dir, 'k.key')), key);
  assert.equal(await readFile(join(dir, 'artifact'), 'utf8'), 'artifact\n');
  assert.equal(await readFile(join(dir, 'predicate.json'), 'utf8'), '{"k":1}\n');

  const checksums = await cli(['checksums', '--output', 'artifact', 'artifact'], dir);
  assert.equal(checksums.code, 1, checksums.stderr);
  assert.match(checksums.stderr, /CHECKSUMS_NO_MATCH: "artifact" matches only the file being written \(the output\)/);
  assert.equal(await readFile(join(dir, 'artifact'), 'utf8'), 'artifact\n');
});

test('sbom --output named as a lockfile or a manifest is a usage error: the SBOM would replace what it is made from', async (t) => {
  const dir = await tempDir(t);
  const lock = '{"name":"x","version":"1.0.0","lockfileVersion":3,"packages":{"":{"name":"x","version":"1.0.0"}}}\n';
  await writeFile(join(dir, 'package-lock.json'), lock);
  await writeFile(join(dir, 'package.json'), '{"name":"x","version":"1.0.0"}\n');
  await mkdir(join(dir, 'sub'));
  for (const output of ['package-lock.json', 'package.json', 'sub/Cargo.lock', 'go.sum']) {
    const run = await cli(['sbom', '.', '--format', 'spdx-json', '--output', output], dir);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--output: ".+" is the name of a lockfile or manifest/);
  }
  assert.equal(await readFile(join(dir, 'package-lock.json'), 'utf8'), lock);
});
