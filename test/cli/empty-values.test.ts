// An empty flag value is almost always an unset shell variable (`--key "$KEY"`): read as absent,
// `--key ''` signed keylessly (or with a run key) instead of with the key, `--repo ''` published to
// GITHUB_REPOSITORY, `--output-dir ''` with --force replaced trust-kit-out. Each is refused before
// anything is done, naming the flag; so is `--rekor-url ''`, which meant the public-good Rekor.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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
