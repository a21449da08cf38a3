import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePolicy } from '../../src/sigstore/verify/files.js';

test('a keyless policy naming no identity (a library caller skipping the config checks) is CONFIG_INVALID naming the flags, not an unreadable input with "check the path"', async () => {
  const config = { kind: 'certificate', identity: undefined, issuer: undefined, repo: undefined, owner: undefined, signerWorkflow: undefined } as const;
  await assert.rejects(resolvePolicy(config, '.'), {
    code: 'CONFIG_INVALID',
    message: 'certificate-identity: is required for keyless bundles (or repo, owner or signer-workflow, which imply one)',
  });
});
