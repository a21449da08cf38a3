// An empty flag value is almost always an unset shell variable (`--key "$KEY"`): read as absent,
// `--key ''` signed keylessly (or with a run key) instead of with the key, `--repo ''` published to
// GITHUB_REPOSITORY, `--output-dir ''` with --force replaced trust-kit-out. Each is refused before
// anything is done, naming the flag; so is `--rekor-url ''`, which meant the public-good Rekor.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const cases: [string, string[], string[]][] = [
  ['release --key ""', ['release', '--key', '', 'a.txt'], ['--key']],
  ['release --key= (attached)', ['release', '--key=', 'a.txt'], ['--key']],
  ['release --repo "" --tag ""', ['release', '--github-release', '--repo', '', '--tag', ' ', 'a.txt'], ['--repo', '--tag']],
  ['release --output-dir "" --force', ['release', '--output-dir', '', '--force', 'a.txt'], ['--output-dir']],
  ['release --trusted-root "" --instance ""', ['release', '--trusted-root', '', '--instance', '', 'a.txt'], ['--trusted-root', '--instance']],
  ['sign-blob --key "" --signing-config ""', ['sign-blob', '--key', '', '--signing-config', '', 'a.txt'], ['--key', '--signing-config']],
  ['verify-blob --certificate-identity "" --certificate-oidc-issuer ""', ['verify-blob', '--bundle', 'b.json', '--certificate-identity', '', '--certificate-oidc-issuer', '', '--repo', 'octo/app', 'a.txt'], ['--certificate-identity', '--certificate-oidc-issuer']],
  ['verify-blob --signer-workflow ""', ['verify-blob', '--bundle', 'b.json', '--repo', 'octo/app', '--signer-workflow', '', 'a.txt'], ['--signer-workflow']],
  ['verify-attestation --repo ""', ['verify-attestation', '--bundle', 'b.json', '--owner', 'octo', '--repo', '', 'a.txt'], ['--repo']],
  ['sign-blob --fulcio-url X --rekor-url "" --tsa-url ""', ['sign-blob', '--fulcio-url', 'https://fulcio.example', '--rekor-url', '', '--tsa-url', '', 'a.txt'], ['--rekor-url', '--tsa-url']],
  ['checksums --output ""', ['checksums', '--output', '', 'a.txt'], ['--output']],
  ['sbom --output-dir ""', ['sbom', '--output-dir', ''], ['--output-dir']],
  ['generate-key-pair --output-key-prefix ""', ['generate-key-pair', '--output-key-prefix', ''], ['--output-key-prefix']],
  ['release --image repeated with one empty', ['release', '--image', 'registry.example/app:v1', '--image', '', 'a.txt'], ['--image']],
];

for (const [name, args, flags] of cases) {
  test(`${name} is a usage error naming each empty flag and the likely unset variable`, async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'a.txt'), 'a\n');
    const run = await cli(args, dir, { SIGSTORE_ID_TOKEN: 'not.a.token', GITHUB_REPOSITORY: 'octo/app', GH_TOKEN: 'ghp_emptyvaluestesttoken' });
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, /CONFIG_INVALID/);
    for (const flag of flags) assert.match(run.stderr, new RegExp(`(^|\\n|: )\\s*${flag}: is empty`), `${flag}: ${run.stderr}`);
    assert.match(run.stderr, /unset shell variable/);
    assert.equal(existsSync(join(dir, 'trust-kit-out')), false, 'nothing is written');
    assert.equal(run.stdout, '');
  });
}

// A command that checks every flag before any work reports the empty ones with its own problems, at once.
const together: [string, string[], string[]][] = [
  ['verify-blob --bundle "" with two FILEs and a bad --repo', ['verify-blob', '--bundle', '', '--repo', 'no-slash', 'a.txt', 'b.txt'], ['--bundle', 'argument FILE', '--repo']],
  ['verify-checksums --bundle "" without SHA256SUMS', ['verify-checksums', '--bundle', '', '--repo', 'no-slash'], ['--bundle', 'argument SHA256SUMS', '--repo']],
  ['verify-attestation --repo "" with a bad --format', ['verify-attestation', '--bundle', 'b.json', '--owner', 'octo', '--repo', '', '--format', 'xml', 'a.txt'], ['--repo', '--format']],
  ['verify-image --key "" with --bundle', ['verify-image', '--key', '', '--bundle', 'b.json', 'registry.example/app:v1'], ['--key', '--bundle']],
  ['sign-blob --key "" with a bad --timeout', ['sign-blob', '--key', '', '--timeout', 'soon', 'a.txt'], ['--key', '--timeout']],
  ['sign-image --key "" with a bad --signature-format', ['sign-image', '--key', '', '--signature-format', 'x', 'registry.example/app:v1'], ['--key', '--signature-format']],
  ['attest --key "" with a bad --type', ['attest', '--key', '', '--type', 'bogus', 'a.txt'], ['--key', '--type']],
  ['attest-image --key "" with a bad --attestation-format', ['attest-image', '--key', '', '--attestation-format', 'x', 'registry.example/app:v1'], ['--key', '--attestation-format']],
  ['verify-release --trusted-root "" with a bad --commit', ['verify-release', '--trusted-root', '', '--commit', 'abc', 'dir'], ['--trusted-root', '--commit', '--policy']],
  ['release --output-dir "" with a bad --algorithm', ['release', '--output-dir', '', '--algorithm', 'md5', 'a.txt'], ['--output-dir', '--algorithm']],
  ['verify-blob - --bundle "" (a dash and an empty flag)', ['verify-blob', '-', '--bundle', '', '--repo', 'octo/app'], ['--bundle', 'argument -']],
  ['checksums --output "" with a bad --algorithm and --quiet', ['checksums', '--output', '', '--algorithm', 'md5', '--quiet', 'a.txt'], ['--output', '--quiet', '--algorithm']],
  ['checksums --check "" with --output', ['checksums', '--check', '', '--output', 'SUMS'], ['--check', '--output']],
  ['sbom --output "" with a bad --format and two DIRs', ['sbom', '--output', '', '--format', 'xml', '.', '..'], ['--output', 'argument DIR', '--format']],
  ['sbom IMAGE --output "" with --exclude and a bad --platform', ['sbom', 'oci-dir:layout', '--output', '', '--exclude', 'docs', '--platform', 'linux'], ['--output', '--exclude', '--platform']],
  ['generate-key-pair --output-key-prefix "" with a bad --format and an argument', ['generate-key-pair', '--output-key-prefix', '', '--format', 'pem', 'mykey'], ['--output-key-prefix', 'argument', '--format']],
  ['generate-key-pair --format "" with an argument', ['generate-key-pair', '--format', '', 'mykey'], ['--format', 'argument']],
];

for (const [name, args, inputs] of together) {
  test(`${name}: the empty flag is reported with every other problem at once, and nothing is done`, async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'a.txt'), 'a\n');
    const run = await cli(args, dir, { SIGSTORE_ID_TOKEN: 'not.a.token', GITHUB_REPOSITORY: 'octo/app' });
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, new RegExp(`CONFIG_INVALID: ${inputs.length} invalid inputs:\\n`), run.stderr);
    for (const input of inputs) assert.equal(run.stderr.split('\n').filter((line) => line.startsWith(`  ${input}: `)).length, 1, `${input} once: ${run.stderr}`);
    assert.match(run.stderr, /is empty, which is likely an unset shell variable/);
    assert.match(run.stderr, /hint: set the variables these flags are given, or leave out the flags whose default you want; /);
    assert.equal(run.stdout, '');
    assert.deepEqual(await readdir(dir), ['a.txt'], 'nothing is written');
  });
}
