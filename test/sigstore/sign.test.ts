import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile, writeFile, readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { inspect } from 'node:util';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig, type SignConfig } from '../../src/config/sign.js';
import { silentLogger, type Logger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import type { RunContext } from '../../src/github/context.js';
import { openSigningSession, type InTotoStatement, type SigningSession } from '../../src/sigstore/sign/index.js';
import { rekorWitness } from '../../src/sigstore/sign/session.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type GitHubClaims, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
/** Retries in milliseconds instead of seconds: the behaviour under test is the same. */
const FAST: RetryPolicy = { retries: 4, minDelayMs: 5, maxDelayMs: 40, factor: 2, budgetMs: 10_000, timeoutMs: 1500 };
const OUTSIDE_ACTIONS: RunContext = { serverURL: 'https://github.com', payload: undefined, visibility: undefined };

function config(stack: SigstoreStack, raw: Record<string, string | string[]>, retry: RetryPolicy = FAST): SignConfig {
  const urls: Record<string, string> = { 'fulcio-url': stack.fulcioURL, 'trusted-root': stack.trustedRootPath };
  if (stack.rekorURL !== undefined) urls['rekor-url'] = stack.rekorURL;
  if (stack.tsaURL !== undefined) urls['tsa-url'] = stack.tsaURL;
  return { ...signConfig({ 'subject-path': 'unused', ...urls, ...raw }, cliNamer()), retry };
}

async function open(stack: SigstoreStack, cwd: string, raw: Record<string, string | string[]> = {}, options: { env?: Record<string, string>; run?: RunContext; retry?: RetryPolicy; logger?: Logger } = {}): Promise<SigningSession> {
  const opened = await openSigningSession(config(stack, raw, options.retry), {
    cwd,
    env: { ...(options.env ?? stack.env) },
    run: options.run ?? OUTSIDE_ACTIONS,
    logger: options.logger ?? silentLogger,
  });
  assert.ok(opened.session, 'a session was opened');
  return opened.session;
}

/** Verifies with sigstore-js, an implementation independent of trust-kit's verifier. */
function sigstoreJsVerify(stack: SigstoreStack, bundle: unknown, artifact: Buffer | undefined, thresholds: { tlog: number; timestamp: number }): string | undefined {
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), {
    tlogThreshold: thresholds.tlog,
    ctlogThreshold: 1,
    timestampThreshold: thresholds.timestamp,
  });
  const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle), artifact));
  return signer.identity?.subjectAlternativeName;
}

interface OpensslBundle {
  verificationMaterial: { certificate: { rawBytes: string }; tlogEntries: { integratedTime: string }[] };
  messageSignature: { signature: string };
}

function pem(label: string, base64: string): string {
  return `-----BEGIN ${label}-----\n${base64.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END ${label}-----\n`;
}

/** A second implementation: openssl alone checks the signature over the artifact and the chain to the stack's CA. */
function opensslAgrees(dir: string, bundle: OpensslBundle, artifact: string, stack: SigstoreStack): void {
  const leaf = join(dir, 'leaf.pem');
  writeFileSync(leaf, pem('CERTIFICATE', bundle.verificationMaterial.certificate.rawBytes));
  writeFileSync(join(dir, 'sig.der'), Buffer.from(bundle.messageSignature.signature, 'base64'));
  const chain = stack.trustedRoot.certificateAuthorities[0]?.certChain.certificates ?? [];
  writeFileSync(join(dir, 'intermediate.pem'), chain.slice(0, -1).map((c) => pem('CERTIFICATE', c.rawBytes)).join(''));
  writeFileSync(join(dir, 'root.pem'), pem('CERTIFICATE', chain.at(-1)?.rawBytes ?? ''));
  const openssl = (args: string[]): string => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  writeFileSync(join(dir, 'leaf.pub'), openssl(['x509', '-in', 'leaf.pem', '-pubkey', '-noout']));
  assert.match(openssl(['dgst', '-sha256', '-verify', 'leaf.pub', '-signature', 'sig.der', artifact]), /Verified OK/);
  const at = bundle.verificationMaterial.tlogEntries[0]?.integratedTime ?? '';
  const untrusted = chain.length > 1 ? ['-untrusted', 'intermediate.pem'] : [];
  assert.match(openssl(['verify', '-CAfile', 'root.pem', ...untrusted, '-attime', at, '-purpose', 'any', 'leaf.pem']), /leaf\.pem: OK/);
}

describe('keyless signing against the loopback Sigstore stack', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  test('sign-blob writes a v0.3 message-signature bundle that trust-kit\'s verifier, sigstore-js and openssl accept', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.bin\n');
    const before = { ...stack.requests };
    const run = await cli(
      ['sign-blob', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath, 'SHA256SUMS'],
      cwd,
      { ...stack.env },
    );
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'SHA256SUMS.sigstore.json\n');
    const text = await readFile(join(cwd, 'SHA256SUMS.sigstore.json'), 'utf8');
    const bundle = JSON.parse(text) as { mediaType: string; verificationMaterial: Record<string, unknown>; messageSignature?: unknown };
    assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.ok(bundle.verificationMaterial.certificate, 'v0.3 carries the leaf certificate alone');
    assert.equal(bundle.verificationMaterial.x509CertificateChain, undefined);
    assert.ok(bundle.messageSignature);
    const artifact = await readFile(join(cwd, 'SHA256SUMS'));
    const verified = verifyBundle(bundle, { bytes: artifact }, { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(ISSUER), extensions: {} }, loadTrustMaterial(stack.trustedRoot));
    assert.equal(verified.tlogEntries.length, 1);
    assert.equal(sigstoreJsVerify(stack, bundle, artifact, { tlog: 1, timestamp: 2 }), IDENTITY);
    assert.deepEqual(
      { oidc: stack.requests.oidc - before.oidc, fulcio: stack.requests.fulcio - before.fulcio, rekor: stack.requests.rekor - before.rekor, tsa: stack.requests.tsa - before.tsa },
      { oidc: 1, fulcio: 1, rekor: 1, tsa: 1 },
    );
    const entry = JSON.parse(Buffer.from((bundle.verificationMaterial.tlogEntries as { canonicalizedBody: string }[])[0]?.canonicalizedBody ?? '', 'base64').toString()) as { kind: string };
    assert.equal(entry.kind, 'hashedrekord');
    opensslAgrees(cwd, bundle as unknown as OpensslBundle, join(cwd, 'SHA256SUMS'), stack);
  });

  test('one token and one certificate serve every bundle of a session', async (t) => {
    const cwd = await tempDir(t);
    const session = await open(stack, cwd);
    const before = { ...stack.requests };
    for (const name of ['a', 'b', 'c']) {
      await writeFile(join(cwd, name), `artifact ${name}\n`);
      await session.signFile(join(cwd, name));
    }
    assert.equal(stack.requests.oidc - before.oidc, 0, 'the token was fetched when the session opened');
    assert.equal(stack.requests.fulcio - before.fulcio, 1);
    assert.equal(stack.requests.rekor - before.rekor, 3);
  });

  test('a runner token within a minute of its expiry is asked for again before a certificate is requested (GitHub\'s live five minutes, Fulcio\'s certificates ten)', async (t) => {
    const cwd = await tempDir(t);
    // The runner hands out a token that expires in 30 seconds: valid when the session opens, too close to expiry to offer Fulcio.
    stack.oidc.setEndpointClaims({ exp: Math.floor(Date.now() / 1000) + 30 });
    t.after(() => stack.oidc.setEndpointClaims({}));
    const session = await open(stack, cwd);
    stack.oidc.setEndpointClaims({});
    const before = { ...stack.requests };
    for (const name of ['a', 'b']) {
      await writeFile(join(cwd, name), `artifact ${name}\n`);
      await session.signFile(join(cwd, name));
    }
    assert.equal(stack.requests.oidc - before.oidc, 1, 'one new token, for the one certificate');
    assert.equal(stack.requests.fulcio - before.fulcio, 1);
  });

  test('the session reports the identity its certificate names, exactly, commas and quotes included', async (t) => {
    const cwd = await tempDir(t);
    const workflowRef = 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/a,"b"';
    const session = await open(stack, cwd, {}, { env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken({ job_workflow_ref: workflowRef }) } });
    assert.equal(session.certificateIdentity(), undefined, 'no certificate before the first signature');
    await session.signBlob(Buffer.from('f\n'), 'f');
    assert.equal(session.certificateIdentity(), `https://github.com/${workflowRef}`);
  });

  test('concurrent signatures share one certificate request', async (t) => {
    const session = await open(stack, await tempDir(t));
    const before = stack.requests.fulcio;
    const signed = await Promise.all([0, 1, 2, 3, 4].map((i) => session.signBlob(Buffer.from(`parallel ${i}\n`), `parallel-${i}`)));
    assert.equal(stack.requests.fulcio - before, 1);
    const certificates = new Set(signed.map((bundle) => JSON.stringify((bundle.bundle.verificationMaterial as { certificate?: unknown }).certificate)));
    assert.equal(certificates.size, 1);
  });

  test('signStatement writes a DSSE bundle whose Rekor entry is a canonical dsse entry', async (t) => {
    const cwd = await tempDir(t);
    const session = await open(stack, cwd);
    const digest = 'a'.repeat(64);
    const statement: InTotoStatement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'hello.tgz', digest: { sha256: digest } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } },
    };
    const signed = await session.signStatement(statement, 'provenance');
    const bundle = signed.bundle as unknown as { mediaType: string; dsseEnvelope: { payloadType: string; payload: string }; verificationMaterial: { tlogEntries: { canonicalizedBody: string }[] } };
    assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.equal(bundle.dsseEnvelope.payloadType, 'application/vnd.in-toto+json');
    assert.deepEqual(JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()), statement);
    const entry = JSON.parse(Buffer.from(bundle.verificationMaterial.tlogEntries[0]?.canonicalizedBody ?? '', 'base64').toString()) as { kind: string };
    assert.equal(entry.kind, 'dsse');
    const verified = verifyBundle(signed.bundle, { digest: { algorithm: 'sha256', hex: digest } }, { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(ISSUER), extensions: {} }, loadTrustMaterial(stack.trustedRoot));
    assert.equal(verified.content, 'dsse');
    assert.equal(sigstoreJsVerify(stack, signed.bundle, undefined, { tlog: 1, timestamp: 2 }), IDENTITY);
  });

  test('a statement without subjects is refused before anything is requested', async (t) => {
    const session = await open(stack, await tempDir(t));
    const before = stack.requests.fulcio;
    await assert.rejects(session.signStatement({ _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'x' }, 'empty'), { code: 'SIGN_STATEMENT_INVALID' });
    assert.equal(stack.requests.fulcio, before);
  });

  test('retries ride out 5xx, 429, a held connection and a reset on every service', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
    const before = { ...stack.requests };
    stack.faults.fail('oidc', 2, 503);
    stack.faults.fail('fulcio', 1, 'timeout');
    stack.faults.fail('fulcio', 1, 429);
    stack.faults.fail('rekor', 1, 'reset');
    stack.faults.fail('rekor', 1, 500);
    stack.faults.fail('tsa', 2, 503);
    const session = await open(stack, cwd);
    const path = await session.signFile(join(cwd, 'SHA256SUMS'));
    const bundle = JSON.parse(await readFile(path, 'utf8')) as unknown;
    assert.equal(sigstoreJsVerify(stack, bundle, await readFile(join(cwd, 'SHA256SUMS')), { tlog: 1, timestamp: 2 }), IDENTITY);
    assert.deepEqual(
      { oidc: stack.requests.oidc - before.oidc, fulcio: stack.requests.fulcio - before.fulcio, rekor: stack.requests.rekor - before.rekor, tsa: stack.requests.tsa - before.tsa },
      { oidc: 3, fulcio: 3, rekor: 3, tsa: 3 },
    );
  });

  test('a permanent outage fails with the service, URL and status, and keeps bundles already written', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'first'), 'first\n');
    await writeFile(join(cwd, 'second'), 'second\n');
    const session = await open(stack, cwd);
    const first = await session.signFile(join(cwd, 'first'));
    const firstBundle = await readFile(first, 'utf8');
    stack.faults.fail('rekor', FAST.retries + 1, 503);
    const rekorBefore = stack.requests.rekor;
    await assert.rejects(session.signFile(join(cwd, 'second')), (error: Error & { code?: string; service?: string; status?: unknown; hint?: string }) => {
      assert.equal(error.code, 'SIGN_SERVICE_FAILED');
      assert.equal(error.service, 'Rekor');
      assert.equal(error.status, 503);
      assert.match(error.message, /^Rekor POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/log\/entries failed: HTTP 503/);
      assert.match(error.hint ?? '', /kept/);
      return true;
    });
    assert.equal(stack.requests.rekor - rekorBefore, FAST.retries + 1, 'every retry of the budget was used, no more');
    assert.equal(await readFile(first, 'utf8'), firstBundle, 'the earlier bundle is untouched');
    assert.deepEqual((await readdir(cwd)).sort(), ['first', 'first.sigstore.json', 'second']);
  });

  test('a refused request (4xx) fails at once, naming Fulcio and the status', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'f'), 'f\n');
    const token = stack.oidc.mintToken({ aud: 'not-sigstore' });
    const session = await open(stack, cwd, {}, { env: { SIGSTORE_ID_TOKEN: token } });
    const before = stack.requests.fulcio;
    await assert.rejects(session.signFile(join(cwd, 'f')), (error: Error & { code?: string; status?: unknown }) => {
      assert.equal(error.code, 'SIGN_SERVICE_FAILED');
      assert.match(error.message, /^Fulcio POST http:\/\/127\.0\.0\.1:\d+\/api\/v2\/signingCert failed: HTTP 4\d\d/);
      return true;
    });
    assert.equal(stack.requests.fulcio - before, 1, '4xx is not retried');
    await assert.rejects(stat(join(cwd, 'f.sigstore.json')), { code: 'ENOENT' });
  });

  test('Rekor 409 "entry already exists" returns the existing entry (re-runs work)', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'f'), 'f\n');
    const session = await open(stack, cwd);
    const bundle = (await session.signBlob(Buffer.from('f\n'), 'f')).bundle as unknown as {
      messageSignature: { messageDigest: { digest: string }; signature: string };
      verificationMaterial: { tlogEntries: { logIndex: string; canonicalizedBody: string }[] };
    };
    const logged = JSON.parse(Buffer.from(bundle.verificationMaterial.tlogEntries[0]?.canonicalizedBody ?? '', 'base64').toString()) as {
      spec: { signature: { publicKey: { content: string } } };
    };
    // Exactly the certificate PEM the first submission sent, as a re-run would send it again.
    const certificatePem = Buffer.from(logged.spec.signature.publicKey.content, 'base64').toString();
    const content = {
      $case: 'messageSignature' as const,
      messageSignature: {
        messageDigest: { algorithm: 1, digest: Buffer.from(bundle.messageSignature.messageDigest.digest, 'base64') },
        signature: Buffer.from(bundle.messageSignature.signature, 'base64'),
      },
    };
    const before = stack.requests.rekor;
    const material = await rekorWitness(stack.rekorURL ?? '', undefined, { retry: FAST }).testify(content, certificatePem);
    assert.equal(material.tlogEntries?.[0]?.logIndex, bundle.verificationMaterial.tlogEntries[0]?.logIndex ?? '0');
    assert.deepEqual(
      stack.requestLog.rekor.slice(before).map((record) => record.outcome),
      [409, 200],
    );
  });
});

describe('Rekor answering 409 with another entry', () => {
  let stack: SigstoreStack;
  let proxyURL = '';
  let firstLocation: string | undefined;
  // Passes everything to the stack's Rekor, except that after the first entry every POST answers
  // 409 "already exists" pointing at that first entry, as a broken or hostile log might.
  const proxy = createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      if (request.method === 'POST' && firstLocation !== undefined) {
        response.writeHead(409, { 'content-type': 'application/json', location: firstLocation }).end(JSON.stringify({ code: 409, message: 'an equivalent entry already exists' }));
        return;
      }
      const forwarded = await fetch(`${stack.rekorURL ?? ''}${request.url ?? ''}`, {
        method: request.method ?? 'GET',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
      });
      if (request.method === 'POST') firstLocation = forwarded.headers.get('location') ?? undefined;
      response.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await forwarded.arrayBuffer()));
    })();
  });
  before(async () => {
    stack = await startSigstoreStack();
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyURL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await stack.close();
  });

  test('the fetched entry must be the one submitted: another entry fails the self-check and nothing is written', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'one'), 'one\n');
    await writeFile(join(cwd, 'two'), 'two\n');
    const session = await open(stack, cwd, { 'rekor-url': proxyURL });
    await session.signFile(join(cwd, 'one'));
    assert.ok(firstLocation, 'the first entry was logged');
    await assert.rejects(session.signFile(join(cwd, 'two')), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGN_SELF_VERIFY_FAILED');
      return true;
    });
    assert.deepEqual((await readdir(cwd)).sort(), ['one', 'one.sigstore.json', 'two']);
  });
});

describe('GitHub\'s instance (Fulcio + TSA, no public log)', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack({ rekor: false });
  });
  after(() => stack.close());

  test('instance github signs with a timestamp and no transparency-log entry', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), 'private\n');
    const session = await open(stack, cwd, { instance: 'github' });
    assert.equal(session.instance, 'github');
    const path = await session.signFile(join(cwd, 'SHA256SUMS'));
    const bundle = JSON.parse(await readFile(path, 'utf8')) as { verificationMaterial: { tlogEntries?: unknown[]; timestampVerificationData: { rfc3161Timestamps: unknown[] } } };
    assert.equal(bundle.verificationMaterial.tlogEntries, undefined);
    assert.equal(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps.length, 1);
    assert.equal(sigstoreJsVerify(stack, bundle, await readFile(join(cwd, 'SHA256SUMS')), { tlog: 0, timestamp: 1 }), IDENTITY);
  });
});

describe('trusted root for the self-check', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack({ rekor: false });
  });
  after(() => stack.close());

  test('a trusted root that is given but cannot be read is SIGSTORE_INPUT_UNREADABLE naming it, as for verification, not SIGN_TRUSTED_ROOT_REQUIRED (none given)', async (t) => {
    const raw = { 'subject-path': 'f', 'fulcio-url': stack.fulcioURL, 'rekor-url': 'https://rekor.example', 'trusted-root': 'gone.json' };
    await assert.rejects(openSigningSession({ ...signConfig(raw, cliNamer()), retry: FAST }, { cwd: await tempDir(t), env: { ...stack.env }, run: OUTSIDE_ACTIONS, logger: silentLogger }), {
      code: 'SIGSTORE_INPUT_UNREADABLE',
      message: 'cannot read the trusted root gone.json: ENOENT',
      hint: 'check the --trusted-root path (input "trusted-root")',
    });
  });

  test('a Fulcio over plain HTTP on another host is SIGN_SERVICE_INSECURE: the certificate request would carry the identity token in the clear', async (t) => {
    for (const fulcio of ['http://fulcio.example.com', 'http://10.0.0.5:5555', 'http://127.attacker.example']) {
      const raw = { 'subject-path': 'f', 'fulcio-url': fulcio, 'rekor-url': 'https://rekor.example', 'trusted-root': 'unused.json' };
      await assert.rejects(openSigningSession({ ...signConfig(raw, cliNamer()), retry: FAST }, { cwd: await tempDir(t), env: { ...stack.env }, run: OUTSIDE_ACTIONS, logger: silentLogger }), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'SIGN_SERVICE_INSECURE', fulcio);
        assert.match(error.message, /plain HTTP/);
        // Both spellings: the sign, attest and root actions reach this too, where the user wrote an input.
        assert.match(error.hint ?? '', /https:\/\/ URL in --fulcio-url \(input "fulcio-url"\)/);
        return true;
      });
    }
  });

  test('GitHub\'s instance without a trusted root is refused before any certificate is requested', async (t) => {
    const before = stack.requests.fulcio;
    const raw = { 'subject-path': 'f', instance: 'github', 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '' };
    await assert.rejects(
      openSigningSession({ ...signConfig(raw, cliNamer()), retry: FAST }, { cwd: await tempDir(t), env: { ...stack.env }, run: OUTSIDE_ACTIONS, logger: silentLogger }),
      (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'SIGN_TRUSTED_ROOT_REQUIRED');
        assert.match(error.hint ?? '', /gh attestation trusted-root/);
        return true;
      },
    );
    assert.equal(stack.requests.fulcio, before);
  });

  test('a trusted root of another deployment makes the self-check fail and nothing is written', async (t) => {
    const cwd = await tempDir(t);
    const other = await startSigstoreStack({ rekor: false });
    t.after(() => other.close());
    await writeFile(join(cwd, 'f'), 'f\n');
    const session = await open(stack, cwd, { instance: 'github', 'trusted-root': other.trustedRootPath });
    await assert.rejects(session.signFile(join(cwd, 'f')), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGN_SELF_VERIFY_FAILED');
      assert.match(error.message, /^the bundle made for .*\/f does not verify \(VERIFY_/);
      return true;
    });
    assert.deepEqual(await readdir(cwd), ['f']);
  });

  test('a Fulcio whose clock runs minutes ahead issues a certificate not yet valid when the log dates the signature: the self-check fails, saying the services\' clocks disagree', async (t) => {
    const cwd = await tempDir(t);
    const ahead = await startSigstoreStack({ clocks: { fulcio: () => new Date(Date.now() + 5 * 60_000), oidc: () => new Date(Date.now() + 5 * 60_000) } });
    t.after(() => ahead.close());
    await writeFile(join(cwd, 'f'), 'f\n');
    const session = await open(ahead, cwd, {});
    await assert.rejects(session.signFile(join(cwd, 'f')), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'SIGN_SELF_VERIFY_FAILED', error.message);
      assert.match(error.message, /VERIFY_CERTIFICATE_EXPIRED: the signing certificate is valid from/);
      assert.match(error.hint ?? '', /the Sigstore services' clocks disagree/);
      return true;
    });
    assert.deepEqual(await readdir(cwd), ['f']);
  });

  test('a certificate naming another identity than the token predicts makes the self-check fail and nothing is written (docs/security/trust.md)', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'f'), 'f\n');
    // The run says another server than the one the token's Fulcio names identities under: the expected identity is https://ghe.example/...
    const session = await open(stack, cwd, { instance: 'github' }, { run: { serverURL: 'https://ghe.example', payload: undefined, visibility: undefined } });
    await assert.rejects(session.signFile(join(cwd, 'f')), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGN_SELF_VERIFY_FAILED', error.message);
      assert.match(error.message, /VERIFY_POLICY_IDENTITY_MISMATCH: expected certificate identity "https:\/\/ghe\.example\/.*", found "https:\/\/github\.com\//);
      return true;
    });
    assert.deepEqual(await readdir(cwd), ['f']);
  });
});

describe('instance auto', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  test('a private repository never reaches the transparency log, even with a Rekor URL configured', async (t) => {
    const cwd = await tempDir(t);
    const run: RunContext = { serverURL: 'https://github.com', payload: { repository: { visibility: 'private' } }, visibility: 'private' };
    // GitHub's trusted root lists no transparency log: its bundles are vouched for by timestamps.
    const githubRoot = join(cwd, 'github-root.json');
    await writeFile(githubRoot, JSON.stringify({ ...stack.trustedRoot, tlogs: [] }));
    const before = stack.requests.rekor;
    const warnings: string[] = [];
    const session = await open(stack, cwd, { 'trusted-root': githubRoot }, { run, logger: { info: () => {}, warn: (message) => warnings.push(message), debug: () => {} } });
    assert.equal(session.instance, 'github');
    // Left out on purpose, and said: the bundle's lack of a log entry is no surprise.
    assert.deepEqual(warnings.map((warning) => warning.replace(/http:\/\/127\.0\.0\.1:\d+/, 'REKOR')), ['instance "auto" chose GitHub\'s instance (the repository is not known to be public), which writes no transparency log: the Rekor URL REKOR is not used, so that a private repository\'s name never reaches a log; set instance "public-good" to log it']);
    const signed = await session.signBlob(Buffer.from('private\n'), 'private');
    assert.equal(stack.requests.rekor, before);
    assert.equal((signed.bundle.verificationMaterial as { tlogEntries?: unknown[] }).tlogEntries, undefined);
  });

  test('a re-run whose replayed payload says public, while the fresh token says private, stays off the public log', async (t) => {
    const cwd = await tempDir(t);
    const githubRoot = join(cwd, 'github-root.json');
    await writeFile(githubRoot, JSON.stringify({ ...stack.trustedRoot, tlogs: [] }));
    const replayed: RunContext = { serverURL: 'https://github.com', payload: { repository: { visibility: 'public' } }, visibility: 'public' };
    const opened = await openSigningSession(config(stack, { 'trusted-root': githubRoot }), {
      cwd,
      env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken({ repository_visibility: 'private' }) },
      run: replayed,
      logger: silentLogger,
    });
    assert.equal(opened.session?.instance, 'github');
  });

  test('inside Actions with no payload and no visibility claim, GitHub\'s instance is chosen', async (t) => {
    const cwd = await tempDir(t);
    const githubRoot = join(cwd, 'github-root.json');
    await writeFile(githubRoot, JSON.stringify({ ...stack.trustedRoot, tlogs: [] }));
    const token = (): string => stack.oidc.mintToken({ repository_visibility: undefined } as Partial<GitHubClaims>);
    const inside = await openSigningSession(config(stack, { 'trusted-root': githubRoot }), { cwd, env: { GITHUB_ACTIONS: 'true', SIGSTORE_ID_TOKEN: token() }, run: OUTSIDE_ACTIONS, logger: silentLogger });
    assert.equal(inside.session?.instance, 'github');
    const outside = await openSigningSession(config(stack, {}), { cwd, env: { SIGSTORE_ID_TOKEN: token() }, run: OUTSIDE_ACTIONS, logger: silentLogger });
    assert.equal(outside.session?.instance, 'public-good');
  });

  test('forcing public-good on a private repository warns that its name goes to the public log', async (t) => {
    const warnings: string[] = [];
    const logger: Logger = { info: () => {}, warn: (message) => warnings.push(message), debug: () => {} };
    const run: RunContext = { serverURL: 'https://github.com', payload: { repository: { visibility: 'private' } }, visibility: 'private' };
    const session = await open(stack, await tempDir(t), { instance: 'public-good' }, { run, logger });
    assert.equal(session.instance, 'public-good');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /repository is private, and instance "public-good" records its name .* public transparency log/);
  });

  test('a public repository signs on public-good; unknown visibility inside Actions picks GitHub\'s instance', async (t) => {
    const cwd = await tempDir(t);
    const publicRun: RunContext = { serverURL: 'https://github.com', payload: { repository: { visibility: 'public' } }, visibility: 'public' };
    assert.equal((await open(stack, cwd, {}, { run: publicRun })).instance, 'public-good');
    const runnerEnv = { ...stack.env };
    const unknownRun: RunContext = { serverURL: 'https://github.com', payload: { schedule: '0 0 * * *' }, visibility: undefined };
    const session = await openSigningSession(config(stack, {}), {
      cwd,
      env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken({ repository_visibility: 'internal' }) },
      run: unknownRun,
      logger: silentLogger,
    });
    assert.equal(session.session?.instance, 'github', 'the token\'s repository_visibility claim decides');
    const publicClaim = await openSigningSession(config(stack, {}), { cwd, env: runnerEnv, run: unknownRun, logger: silentLogger });
    assert.equal(publicClaim.session?.instance, 'public-good', 'the stack\'s default token says the repository is public');
  });
});

describe('secrets never leak', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  test('a service whose error message echoes the identity token it was sent does not get it printed', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'f'), 'f\n');
    const echo = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => void (body += chunk.toString()));
      request.on('end', () => {
        const credentials = (JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } }).credentials;
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 400, message: `rejected token ${credentials?.oidcIdentityToken ?? ''}` }));
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => echo.close(() => resolve())));
    const fulcio = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    const token = stack.oidc.mintToken();
    const run = await cli(['sign-blob', '--fulcio-url', fulcio, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, 'f'], cwd, { SIGSTORE_ID_TOKEN: token });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /SIGN_SERVICE_FAILED: Fulcio POST \S+ failed: HTTP 400 /);
    const [header, payload, signature] = token.split('.');
    // Not even a prefix: the message keeps the service's words and drops the token, cut short or whole.
    for (const secret of [token.slice(0, 40), `${header}.`, (payload ?? '').slice(0, 40), signature ?? '']) assert.equal(`${run.stdout}${run.stderr}`.includes(secret), false, run.stderr);
    assert.match(run.stderr, /\(rejected token \[redacted token\]\)/);
  });

  test('no output, file or error of a signing run contains the identity token or the request token', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'ok'), 'ok\n');
    await writeFile(join(cwd, 'fails'), 'fails\n');
    const token = stack.oidc.mintToken();
    const seen: string[] = [];
    const logger: Logger = { info: (m) => seen.push(m), warn: (m) => seen.push(m), debug: (m) => seen.push(m) };

    const services = ['--fulcio-url', stack.fulcioURL, ...(stack.rekorURL === undefined ? [] : ['--rekor-url', stack.rekorURL]), '--trusted-root', stack.trustedRootPath];
    const ok = await cli(['sign-blob', ...services, '--verbose', 'ok'], cwd, { SIGSTORE_ID_TOKEN: token });
    assert.equal(ok.code, 0, ok.stderr);
    seen.push(ok.stdout, ok.stderr);

    const refused = await cli(['sign-blob', ...services, 'fails'], cwd, {
      ...stack.env,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: `${stack.oidc.requestToken}0`,
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /OIDC_SERVICE_FAILED: OIDC GET http:\/\/127\.0\.0\.1:\d+\/\S+ failed: HTTP 401/);
    seen.push(refused.stdout, refused.stderr);
    stack.faults.fail('fulcio', FAST.retries + 1, 500);
    const session = await open(stack, cwd, {}, { env: { SIGSTORE_ID_TOKEN: token }, logger });
    const error = await session.signFile(join(cwd, 'fails')).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof Error);
    assert.equal((error as Error & { code?: string }).code, 'SIGN_SERVICE_FAILED');
    seen.push(inspect(error, { depth: 20 }), String(error.stack), JSON.stringify(error));

    const badToken = `${token.slice(0, -4)}!!!!`;
    const invalid = await cli(['sign-blob', ...services, 'ok'], cwd, { SIGSTORE_ID_TOKEN: badToken });
    assert.equal(invalid.code, 1);
    seen.push(invalid.stdout, invalid.stderr);

    for (const name of await readdir(cwd)) seen.push(await readFile(join(cwd, name), 'utf8'));
    const everything = seen.join('\n');
    const [header, payload, signature] = token.split('.');
    for (const secret of [token, `${header}.${payload}`, signature ?? '', stack.oidc.requestToken, `${stack.oidc.requestToken}0`, badToken]) {
      assert.ok(secret.length > 20);
      assert.equal(everything.includes(secret), false, 'a secret appeared in the output');
    }
  });
});
