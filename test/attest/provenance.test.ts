import assert from 'node:assert/strict';
import { sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { provenanceFromToken, requestAttestationTokens } from '../../src/attest/provenance.js';
import { GITHUB_WORKFLOW_BUILD_TYPE, SLSA_PROVENANCE_V1, slsaProvenanceV1 } from '../../src/attest/index.js';
import { fixedClock } from '../../src/core/clock.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { PROVENANCE_AUDIENCE, verifyWorkflowClaims, type VerifyClaimsOptions } from '../../src/github/claims.js';
import { proxySettingsFrom } from '../../src/core/proxy.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { startForwardingProxy } from '../support/proxy.js';
import { GitHubOidcIssuer } from '../support/sigstore/oidc.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { validateProvenance, validateStatement } from './schemas.js';
import { buildStatements } from '../../src/attest/statement.js';

const FAST_RETRY: RetryPolicy = { retries: 1, minDelayMs: 1, maxDelayMs: 2, factor: 2, budgetMs: 1000, timeoutMs: 2000 };
const ISSUER = 'https://token.actions.githubusercontent.com';

/** Claims of a workflow_dispatch run on a self-hosted runner, every value distinct so a swapped field shows. */
const KNOWN_CLAIMS = {
  repository: 'acme/widget',
  ref: 'refs/tags/v1.2.3',
  sha: '0123456789abcdef0123456789abcdef01234567',
  repository_id: '111',
  repository_owner_id: '222',
  event_name: 'workflow_dispatch',
  workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
  job_workflow_ref: 'acme/shared/.github/workflows/build.yml@refs/heads/main',
  run_id: '333',
  run_attempt: '4',
  runner_environment: 'self-hosted',
  aud: PROVENANCE_AUDIENCE,
};

describe('provenance from a verified claims token', () => {
  let stack: SigstoreStack;
  let options: VerifyClaimsOptions;
  before(async () => {
    stack = await startSigstoreStack({ rekor: false, tsa: false });
    options = { issuer: ISSUER, audience: PROVENANCE_AUDIENCE, clock: fixedClock(new Date()), retry: FAST_RETRY, discoveryURL: stack.oidc.discoveryURL };
  });
  after(() => stack.close());

  test('every field of the predicate comes from the token\'s claims, the server URL and the dispatch inputs; no build times, which the run cannot know', async () => {
    const jwt = stack.oidc.mintToken(KNOWN_CLAIMS);
    const token = { secret: SecretBuffer.fill(jwt.length, (into) => void into.write(jwt, 'latin1')), claims: { iss: ISSUER }, source: 'test' };
    const predicate = await provenanceFromToken(token, {
      serverURL: 'https://github.com/',
      payload: { inputs: { channel: 'stable', dry_run: false, nested: { not: 'an input' } } },
      clock: fixedClock(new Date('2026-12-04T10:05:30.900Z')),
      verificationClock: fixedClock(new Date()),
      retry: FAST_RETRY,
      audience: PROVENANCE_AUDIENCE,
      discoveryURL: stack.oidc.discoveryURL,
    });
    assert.equal(predicate.predicateType, SLSA_PROVENANCE_V1);
    assert.deepEqual(predicate.predicate, {
      buildDefinition: {
        buildType: GITHUB_WORKFLOW_BUILD_TYPE,
        externalParameters: {
          workflow: { ref: 'refs/tags/v1.2.3', repository: 'https://github.com/acme/widget', path: '.github/workflows/release.yml' },
          inputs: { channel: 'stable', dry_run: false },
        },
        internalParameters: { github: { event_name: 'workflow_dispatch', repository_id: '111', repository_owner_id: '222', runner_environment: 'self-hosted' } },
        resolvedDependencies: [{ uri: 'git+https://github.com/acme/widget@refs/tags/v1.2.3', digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' } }],
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/shared/.github/workflows/build.yml@refs/heads/main', version: { runner_environment: 'self-hosted' } },
        metadata: { invocationId: 'https://github.com/acme/widget/actions/runs/333/attempts/4' },
      },
    });
    assert.equal(token.secret.destroyed, true);
    validateProvenance(predicate.predicate);
    for (const statement of buildStatements([{ name: 'widget.tgz', digest: { sha256: 'a'.repeat(64) } }], predicate)) validateStatement(statement);
  });

  test('dispatch inputs are recorded for workflow_dispatch runs only: a push run\'s payload has none to give', async () => {
    const jwt = stack.oidc.mintToken({ ...KNOWN_CLAIMS, event_name: 'push' });
    const token = { secret: SecretBuffer.fill(jwt.length, (into) => void into.write(jwt, 'latin1')), claims: { iss: ISSUER }, source: 'test' };
    const predicate = await provenanceFromToken(token, { serverURL: 'https://github.com', payload: { inputs: { forged: 'x' } }, clock: fixedClock(new Date()), retry: FAST_RETRY, audience: PROVENANCE_AUDIENCE, discoveryURL: stack.oidc.discoveryURL });
    const external = (predicate.predicate.buildDefinition as { externalParameters: Record<string, unknown> }).externalParameters;
    assert.equal('inputs' in external, false);
  });

  test('the audience the claims token is verified against is the one its caller requested it for', async () => {
    const provenance = (aud: string, audience: string): Promise<unknown> => {
      const jwt = stack.oidc.mintToken({ ...KNOWN_CLAIMS, aud });
      const token = { secret: SecretBuffer.fill(jwt.length, (into) => void into.write(jwt, 'latin1')), claims: { iss: ISSUER }, source: 'test' };
      return provenanceFromToken(token, { serverURL: 'https://github.com', payload: undefined, clock: fixedClock(new Date()), retry: FAST_RETRY, audience, discoveryURL: stack.oidc.discoveryURL });
    };
    const predicate = (await provenance('sigstore', 'sigstore')) as { predicateType: string };
    assert.equal(predicate.predicateType, SLSA_PROVENANCE_V1);
    await assert.rejects(provenance('nobody', 'sigstore'), { code: 'OIDC_CLAIMS_AUDIENCE' });
    await assert.rejects(provenance('sigstore', PROVENANCE_AUDIENCE), { code: 'OIDC_CLAIMS_AUDIENCE' });
  });

  describe('the one token an attestation run requests from the runner', () => {
    const audienceOf = (secret: SecretBuffer): unknown => secret.use((jwt) => (JSON.parse(Buffer.from(jwt.toString('latin1').split('.')[1] ?? '', 'base64url').toString('utf8')) as { aud: unknown }).aud);
    const tokenRequests = (from: number): number => stack.requestLog.oidc.slice(from).filter((record) => record.path.includes('/idtoken')).length;

    test('keyless signing from the runner: one `sigstore` token, with a copy for the claims that outlives the signing token', async () => {
      const from = stack.requestLog.oidc.length;
      const tokens = await requestAttestationTokens({ ...stack.env }, FAST_RETRY, true);
      assert.ok(tokens?.signing !== undefined);
      assert.equal(tokenRequests(from), 1);
      assert.equal(tokens.audience, 'sigstore');
      assert.equal(audienceOf(tokens.signing.secret), 'sigstore');
      assert.notEqual(tokens.claims.secret, tokens.signing.secret);
      assert.equal(tokens.claims.secret.equals(tokens.signing.secret), true);
      // The signing session closing first must not take the provenance's bytes with it, nor the reverse.
      tokens.signing.secret.destroy();
      assert.equal(tokens.claims.secret.destroyed, false);
      assert.equal(audienceOf(tokens.claims.secret), 'sigstore');
      const predicate = await provenanceFromToken(tokens.claims, { serverURL: 'https://github.com', payload: undefined, clock: fixedClock(new Date()), retry: FAST_RETRY, audience: tokens.audience, discoveryURL: stack.oidc.discoveryURL });
      assert.equal(predicate.predicateType, SLSA_PROVENANCE_V1);
      assert.equal(tokens.claims.secret.destroyed, true);
    });

    test('signing with a key or SIGSTORE_ID_TOKEN: one `nobody` token for the claims, none for signing', async () => {
      for (const [keyless, extra] of [[false, {}], [true, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() }]] as const) {
        const from = stack.requestLog.oidc.length;
        const tokens = await requestAttestationTokens({ ...stack.env, ...extra }, FAST_RETRY, keyless);
        assert.ok(tokens !== undefined);
        assert.equal(tokenRequests(from), 1);
        assert.equal(tokens.signing, undefined);
        assert.equal(tokens.audience, PROVENANCE_AUDIENCE);
        assert.equal(audienceOf(tokens.claims.secret), PROVENANCE_AUDIENCE);
        tokens.claims.secret.destroy();
      }
    });
  });

  test('a token signed by another key, even under the issuer\'s key id, is refused', async () => {
    const stranger = new GitHubOidcIssuer(() => new Date());
    await assert.rejects(verifyWorkflowClaims(stranger.mintToken(KNOWN_CLAIMS, PROVENANCE_AUDIENCE), options), { code: 'OIDC_CLAIMS_SIGNATURE' });
    // The issuer's own header and claims, signed with the stranger's key.
    const [header, payload] = stack.oidc.mintToken(KNOWN_CLAIMS).split('.') as [string, string, string];
    const forged = `${header}.${payload}.${sign('sha256', Buffer.from(`${header}.${payload}`), (stranger as unknown as { privateKey: Parameters<typeof sign>[2] }).privateKey).toString('base64url')}`;
    await assert.rejects(verifyWorkflowClaims(forged, options), { code: 'OIDC_CLAIMS_SIGNATURE' });
  });

  test('an expired token, one for the Sigstore audience and one of another issuer are refused with their own codes', async () => {
    const now = Math.floor(Date.now() / 1000);
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken({ ...KNOWN_CLAIMS, iat: now - 3600, nbf: now - 3600, exp: now - 1800 }), options), { code: 'OIDC_CLAIMS_EXPIRED' });
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken({ ...KNOWN_CLAIMS, aud: 'sigstore' }), options), { code: 'OIDC_CLAIMS_AUDIENCE' });
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken({ ...KNOWN_CLAIMS, iss: 'https://evil.example' }), options), { code: 'OIDC_CLAIMS_ISSUER' });
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken({ ...KNOWN_CLAIMS, runner_environment: undefined }), options), { code: 'OIDC_CLAIMS_MISSING' });
    await assert.rejects(verifyWorkflowClaims('not-a-jwt', options), { code: 'OIDC_CLAIMS_MALFORMED' });
  });

  test('an issuer whose keys cannot be fetched fails with a code after bounded retries', async () => {
    const before = stack.requests.oidc;
    stack.faults.fail('oidc', FAST_RETRY.retries + 1, 503);
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), options), { code: 'OIDC_JWKS_UNAVAILABLE' });
    assert.equal(stack.requests.oidc - before, FAST_RETRY.retries + 1);
  });

  test('a proxy that wants credentials for the issuer fails at once with the proxy\'s hint, over http and https alike, never retried', async () => {
    const proxy = await startForwardingProxy({ credentials: 'octo:secret' });
    try {
      for (const scheme of ['http', 'https']) {
        const before = proxy.requests.length;
        const proxied = { ...options, discoveryURL: `${scheme}://issuer.test`, proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }) };
        await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), proxied), (error: Error & { code?: string; hint?: string }) => {
          assert.equal(error.code, 'OIDC_JWKS_UNAVAILABLE', error.message);
          assert.match(error.message, /was refused by the proxy: HTTP 407 Proxy Authentication Required$/);
          assert.match(error.hint ?? '', /proxy .* asks for credentials/);
          return true;
        });
        assert.equal(proxy.requests.length - before, 1, `${scheme}: one request, no retry`);
      }
    } finally {
      await proxy.close();
    }
  });

  test('an issuer that redirects is OIDC_JWKS_UNAVAILABLE at the first attempt, saying the redirect is not followed, not retried as a failure to connect', async (t) => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.writeHead(301, { location: stack.oidc.discoveryURL }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise((resolve) => server.close(resolve)));
    const moved = { ...options, retry: { ...FAST_RETRY, retries: 3 }, discoveryURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), moved), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_JWKS_UNAVAILABLE');
      assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:\d+\/\S* \(.+\) failed: the issuer answered with a redirect, which is not followed$/);
      assert.match(error.hint ?? '', /never from where a redirect points/);
      return true;
    });
    assert.equal(requests, 1, 'not retried');
  });

  test('an issuer asking to wait past the retry budget (503, Retry-After of an hour) fails at the first attempt saying so', async () => {
    const busy = async (): Promise<Response> => new Response(null, { status: 503, headers: { 'retry-after': '3600' } });
    let calls = 0;
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), { ...options, retry: { ...FAST_RETRY, retries: 3 }, fetch: async () => ((calls += 1), busy()) }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_JWKS_UNAVAILABLE');
      assert.match(error.message, /failed: HTTP 503; it asked to wait 3600 s, longer than the 1 s the retries may take$/);
      assert.doesNotMatch(error.hint ?? '', /through every retry/);
      return true;
    });
    assert.equal(calls, 1);
  });

  test('an HTTPS discovery document naming its keys on plain HTTP is refused before they are fetched, quoting the URL printable', async () => {
    const fetched: string[] = [];
    const issuer = async (url: string): Promise<Response> => {
      fetched.push(url);
      return new Response(JSON.stringify({ issuer: ISSUER, jwks_uri: 'http://keys.example/jwks\n::error::forged' }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), { ...options, discoveryURL: 'https://issuer.example', fetch: issuer }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OIDC_JWKS_UNAVAILABLE');
      assert.match(error.message, /^the discovery document https:\/\/issuer\.example\/\.well-known\/openid-configuration names its keys on plain HTTP \(http:\/\/keys\.example\), which are not fetched$/);
      assert.match(error.hint ?? '', /TLS/);
      return true;
    });
    assert.deepEqual(fetched, ['https://issuer.example/.well-known/openid-configuration']);
  });

  test('a discovery document of another issuer is refused quoting its issuer bounded, however long', async () => {
    const issuer = async (): Promise<Response> => new Response(JSON.stringify({ issuer: `https://other.example/${'a'.repeat(500_000)}`, jwks_uri: 'https://other.example/jwks' }), { status: 200 });
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), { ...options, fetch: issuer }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OIDC_CLAIMS_ISSUER');
      assert.match(error.message, /is issuer "https:\/\/other\.example\/a+.*, not the token's "https:\/\/token\.actions\.githubusercontent\.com"$/);
      assert.ok(error.message.length < 1000, `${error.message.length} characters`);
      return true;
    });
  });

  test('an issuer that never answers: the error names the URL and how long each attempt waited', async () => {
    const held = (_url: string, init: { signal: AbortSignal }): Promise<Response> => new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), { ...options, retry: { ...FAST_RETRY, retries: 1, timeoutMs: 100 }, fetch: held }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OIDC_JWKS_UNAVAILABLE');
      assert.match(error.message, /^GET \S+ \(\S.*\) failed: no answer from http:\/\/127\.0\.0\.1:\d+ within 100 ms/);
      return true;
    });
  });

  test('an issuer answering an error with an endless body is refused without reading it', async () => {
    for (const status of [404, 503]) {
      let pulled = 0;
      // 64 MiB of error body, produced only as far as it is read.
      const endless = (): Response =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled += 1;
              if (pulled > 1024) controller.close();
              else controller.enqueue(new Uint8Array(64 * 1024));
            },
          }),
          { status },
        );
      await assert.rejects(verifyWorkflowClaims(stack.oidc.mintToken(KNOWN_CLAIMS), { ...options, retry: { ...FAST_RETRY, retries: 0 }, fetch: async () => endless() }), { code: 'OIDC_JWKS_UNAVAILABLE' });
      assert.ok(pulled < 16, `${pulled} chunks of 64 KiB read`);
    }
  });
});

test('the workflow path is workflow_ref without the repository and the ref, when the path or the ref holds an @ (as the build type warns they may)', () => {
  const base = { ...KNOWN_CLAIMS, iss: ISSUER, sub: 'repo:acme/widget:ref:refs/tags/v1.2.3', verified: true as const };
  const run = { serverURL: 'https://github.com' };
  const pathOf = (claims: typeof base): unknown => ((slsaProvenanceV1(claims, run).predicate.buildDefinition as { externalParameters: { workflow: { path: string } } }).externalParameters.workflow.path);
  assert.equal(pathOf({ ...base, workflow_ref: 'acme/widget/.github/workflows/release@v2.yml@refs/tags/v1.2.3' }), '.github/workflows/release@v2.yml');
  assert.equal(pathOf({ ...base, ref: 'refs/heads/fix@home', workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/fix@home' }), '.github/workflows/release.yml');
  assert.equal(pathOf({ ...base, ref: 'refs/heads/a@b', workflow_ref: 'acme/widget/.github/workflows/x@y.yml@refs/heads/a@b' }), '.github/workflows/x@y.yml');
  assert.equal(pathOf(base), '.github/workflows/release.yml');
});

test('empty workflow_dispatch inputs are left out, and no inputs at all when none is set, as the workflow build type says (a verifier then compares only what was chosen)', () => {
  const claims = { ...KNOWN_CLAIMS, iss: ISSUER, sub: 'repo:acme/widget:ref:refs/tags/v1.2.3', verified: true as const };
  const external = (inputs: Record<string, unknown>): Record<string, unknown> =>
    (slsaProvenanceV1(claims, { serverURL: 'https://github.com', inputs }).predicate.buildDefinition as { externalParameters: Record<string, unknown> }).externalParameters;
  assert.deepEqual(external({ channel: '', notes: '', dry_run: false, count: 0 }).inputs, { dry_run: false, count: 0 });
  assert.equal('inputs' in external({ channel: '', notes: '' }), false);
});
