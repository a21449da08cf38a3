import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderVerifyInstructions } from '../../src/instructions/verify.js';

const IDENTITY = "https://github.com/octo-org/it's/.github/workflows/release.yml@refs/tags/v1.0.0";
const ISSUER = 'https://token.actions.githubusercontent.com';
const base = { checksumsFile: 'SHA256SUMS', algorithm: 'sha256' as const, bundleFile: 'SHA256SUMS.sigstore.json', sbomFiles: ['sbom.spdx.json'] };

test('public-good: exact identity for trust-kit and cosign, shell-quoted', () => {
  const text = renderVerifyInstructions({ ...base, signer: { kind: 'certificate', identity: IDENTITY, issuer: ISSUER, instance: 'public-good' } });
  const quoted = `'https://github.com/octo-org/it'\\''s/.github/workflows/release.yml@refs/tags/v1.0.0'`;
  assert.ok(text.includes(`npx trust-kit verify-checksums 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --certificate-identity ${quoted} --certificate-oidc-issuer '${ISSUER}'`), text);
  assert.ok(text.includes(`cosign verify-blob 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --certificate-identity ${quoted} --certificate-oidc-issuer '${ISSUER}'\n`), text);
  assert.doesNotMatch(text, /regexp/);
  assert.match(text, /sha256sum --ignore-missing -c 'SHA256SUMS'/);
  assert.match(text, /- `sbom\.spdx\.json`/);
});

test("GitHub's instance: no cosign command that would not work as written", () => {
  const text = renderVerifyInstructions({ ...base, signer: { kind: 'certificate', identity: IDENTITY, issuer: ISSUER, instance: 'github' } });
  assert.match(text, /GitHub's Sigstore instance/);
  assert.match(text, /npx trust-kit verify-checksums/);
  assert.doesNotMatch(text, /cosign verify-blob/);
});

test('a key made for the run says what it proves; unsigned releases get the checksum step only', () => {
  const keyed = renderVerifyInstructions({ ...base, signer: { kind: 'key', publicKeyFile: 'trust-kit.pub', ephemeral: true } });
  assert.match(keyed, /not who signed them/);
  // cosign refuses a bundle without a transparency-log entry unless told: a local key's bundles have none.
  assert.ok(keyed.includes("cosign verify-blob 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' --key 'trust-kit.pub' --insecure-ignore-tlog=true\n"), keyed);
  const unsigned = renderVerifyInstructions({ ...base, algorithm: 'sha512', checksumsFile: 'SHA512SUMS', bundleFile: undefined, signer: undefined, sbomFiles: [] });
  assert.match(unsigned, /## 1\. Check the files against the checksums\n\n```sh\nsha512sum --ignore-missing -c 'SHA512SUMS'\n```/);
  assert.doesNotMatch(unsigned, /signature|Software bill/);
});
