// Rekor v2 both ways: the loopback rekor-tiles double, trust-kit signing with the log a signing config (or
// --rekor-version 2) names, and verification of v2 entries (checkpoint, inclusion proof, the timestamp they need).
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import type { RunContext } from '../../src/github/context.js';
import { openSigningSession, type SigningSession } from '../../src/sigstore/sign/index.js';
import { parseSigningConfig, selectServices } from '../../src/sigstore/sign/signing-config.js';
import { exactly, loadPublicKey, loadTrustMaterial, verifyBundle, type CertificatePolicy } from '../../src/sigstore/verify/index.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type SigningConfigJSON, type SigstoreStack } from '../support/sigstore/index.js';
import { RekorV2Log } from '../support/sigstore/rekor-v2.js';
import { assertShowable, HOSTILE, HUGE } from '../support/hostile-text.js';
import { tempDir } from '../support/tmp.js';
import { PEERS, requirePeer, runPeer } from '../interop/tools.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const FAST: RetryPolicy = { retries: 1, minDelayMs: 5, maxDelayMs: 20, factor: 2, budgetMs: 5_000, timeoutMs: 1500 };
const OUTSIDE_ACTIONS: RunContext = { serverURL: 'https://github.com', payload: undefined, visibility: undefined };
const POLICY: CertificatePolicy = { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(ISSUER), extensions: {} };

type Json = Record<string, unknown>;
interface Entry {
  logIndex: string;
  logId: { keyId: string };
  kindVersion: { kind: string; version: string };
  integratedTime?: string;
  inclusionPromise?: unknown;
  inclusionProof: { logIndex: string; rootHash: string; treeSize: string; hashes: string[]; checkpoint: { envelope: string } };
  canonicalizedBody: string;
}
interface BundleJson {
  verificationMaterial: { tlogEntries: Entry[]; timestampVerificationData?: { rfc3161Timestamps: unknown[] } };
}

async function post(url: string, body: unknown): Promise<{ status: number; headers: Headers; json: Json }> {
  const response = await fetch(`${url}/api/v2/log/entries`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}

async function openSession(stack: SigstoreStack, cwd: string, raw: Record<string, string>): Promise<SigningSession> {
  const opened = await openSigningSession({ ...signConfig({ 'subject-path': 'unused', 'trusted-root': stack.trustedRootPath, ...raw }, cliNamer()), retry: FAST }, {
    cwd,
    env: { ...stack.env },
    run: OUTSIDE_ACTIONS,
    logger: silentLogger,
  });
  assert.ok(opened.session);
  return opened.session;
}

/** A copy of a bundle with one change. */
function edit(bundle: unknown, change: (copy: BundleJson) => void): BundleJson {
  const copy = structuredClone(bundle) as BundleJson;
  change(copy);
  return copy;
}

function entryOf(bundle: unknown): Entry {
  const entry = (bundle as BundleJson).verificationMaterial.tlogEntries[0];
  assert.ok(entry);
  return entry;
}

describe('Rekor v2 (loopback rekor-tiles double)', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack({ rekor: 'both', rekorInitialSize: 5 });
  });
  after(() => stack.close());

  test('the stack lists both logs in its trusted root, and its signing config names v2 first', () => {
    assert.deepEqual(stack.trustedRoot.tlogs.map((log) => [log.baseUrl, log.publicKey.keyDetails]), [[stack.rekorURL, 'PKIX_ECDSA_P256_SHA_256'], [stack.rekorV2URL, 'PKIX_ED25519']]);
    assert.deepEqual(stack.signingConfig.rekorTlogUrls.map((log) => [log.url, log.majorApiVersion]), [[stack.rekorV2URL, 2], [stack.rekorURL, 1]]);
    assert.match(stack.signingConfig.tsaUrls[0]?.url ?? '', /\/api\/v1\/timestamp$/);
  });

  test('answers a hashedrekord request as rekor-tiles does: 201, a checkpoint for its hostname, no promise, integrated time 0', async () => {
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const digest = createHash('sha256').update('artifact').digest();
    const { sign } = await import('node:crypto');
    const signature = sign('sha256', Buffer.from('artifact'), key.privateKey);
    const request = {
      hashedRekordRequestV002: {
        digest: digest.toString('base64'),
        signature: { content: signature.toString('base64'), verifier: { publicKey: { rawBytes: key.publicKey.export({ format: 'der', type: 'spki' }).toString('base64') }, keyDetails: 'PKIX_ECDSA_P256_SHA_256' } },
      },
    };
    const created = await post(stack.rekorV2URL ?? '', request);
    assert.equal(created.status, 201);
    const entry = created.json as unknown as Entry;
    assert.equal(entry.logIndex, '5');
    assert.equal(entry.integratedTime, '0');
    assert.equal(entry.inclusionPromise, null);
    assert.deepEqual(entry.kindVersion, { kind: 'hashedrekord', version: '0.0.2' });
    assert.equal(entry.logId.keyId, stack.trustedRoot.tlogs[1]?.logId.keyId);
    const [origin, size, root, blank, signatureLine] = entry.inclusionProof.checkpoint.envelope.split('\n');
    assert.deepEqual([origin, size, root, blank], ['127.0.0.1', '6', entry.inclusionProof.rootHash, '']);
    assert.match(signatureLine ?? '', /^\u2014 127\.0\.0\.1 [A-Za-z0-9+/]+=*$/);
    const body = JSON.parse(Buffer.from(entry.canonicalizedBody, 'base64').toString('utf8')) as Json;
    assert.deepEqual(body, {
      apiVersion: '0.0.2',
      kind: 'hashedrekord',
      spec: { hashedRekordV002: { data: { algorithm: 'SHA2_256', digest: digest.toString('base64') }, signature: request.hashedRekordRequestV002.signature } },
    });

    const again = await post(stack.rekorV2URL ?? '', request);
    assert.equal(again.status, 409);
    assert.equal(again.headers.get('x-log-index'), '5');
    assert.deepEqual(again.json, { code: 6, message: 'an equivalent entry already exists in the transparency log with index 5', details: [] });
  });

  test('refuses what rekor-tiles refuses with 400: a dsse request, a bad signature, an unknown field', async () => {
    assert.deepEqual((await post(stack.rekorV2URL ?? '', { dsseRequestV002: { envelope: {}, verifiers: [] } })).json, { code: 3, message: 'invalid type, must be hashedrekord', details: [] });
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const spki = key.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const wrong = await post(stack.rekorV2URL ?? '', {
      hashedRekordRequestV002: { digest: Buffer.alloc(32, 1).toString('base64'), signature: { content: Buffer.alloc(70, 2).toString('base64'), verifier: { publicKey: { rawBytes: spki }, keyDetails: 'PKIX_ECDSA_P256_SHA_256' } } },
    });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.json['message'], 'invalid hashedrekord request');
    const unknown = await post(stack.rekorV2URL ?? '', { hashedRekordRequestV002: { digest: '', extra: 1 } });
    assert.equal(unknown.status, 400);
    assert.match(String(unknown.json['message']), /unknown field "extra"/);
  });

  test('trust-kit signs with the v2 log its signing config names first, and a TSA: trust-kit and sigstore-js verify', async (t) => {
    const dir = await tempDir(t);
    const before = { v1: stack.requests.rekor, v2: stack.requests.rekorV2 };
    const session = await openSession(stack, dir, { 'signing-config': stack.signingConfigPath });
    const data = Buffer.from('signed through Rekor v2\n');
    const { bundle } = await session.signBlob(data, 'v2.txt');
    assert.deepEqual({ v1: stack.requests.rekor - before.v1, v2: stack.requests.rekorV2 - before.v2 }, { v1: 0, v2: 1 });
    const entry = entryOf(bundle);
    assert.deepEqual(entry.kindVersion, { kind: 'hashedrekord', version: '0.0.2' });
    assert.equal(entry.inclusionPromise, undefined);
    assert.equal((bundle as unknown as BundleJson).verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length, 1);
    const result = verifyBundle(bundle, { bytes: data }, POLICY, loadTrustMaterial(stack.trustedRoot, 'root.json'));
    assert.deepEqual(result.tlogEntries.map((logged) => [logged.baseUrl, logged.kind, logged.integratedTime]), [[stack.rekorV2URL, 'hashedrekord/0.0.2', undefined]]);
    assert.deepEqual(result.timestamps.map((timestamp) => timestamp.source), ['timestamp-authority']);
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    assert.equal(verifier.verify(toSignedEntity(bundleFromJSON(bundle), data)).identity?.subjectAlternativeName, IDENTITY);
  });

  test('statements are logged in v2 as a hashedrekord over the DSSE pre-authentication encoding', async (t) => {
    const dir = await tempDir(t);
    const session = await openSession(stack, dir, { 'signing-config': stack.signingConfigPath });
    const digest = createHash('sha256').update('subject').digest('hex');
    const { bundle } = await session.signStatement({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'subject', digest: { sha256: digest } }], predicateType: 'https://example.com/p', predicate: {} }, 'statement');
    const envelope = (bundle as unknown as { dsseEnvelope: { payload: string; payloadType: string } }).dsseEnvelope;
    const payload = Buffer.from(envelope.payload, 'base64');
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${envelope.payloadType.length} ${envelope.payloadType} ${payload.length} `), payload]);
    const logged = JSON.parse(Buffer.from(entryOf(bundle).canonicalizedBody, 'base64').toString('utf8')) as { spec: { hashedRekordV002: { data: { digest: string } } } };
    assert.equal(logged.spec.hashedRekordV002.data.digest, createHash('sha256').update(pae).digest('base64'));
    assert.equal(verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: digest } }, POLICY, loadTrustMaterial(stack.trustedRoot, 'root.json')).tlogEntries[0]?.kind, 'hashedrekord/0.0.2');
    // sigstore-js (@sigstore/verify 4.1+) reads such entries too.
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    assert.equal(verifier.verify(toSignedEntity(bundleFromJSON(bundle))).identity?.subjectAlternativeName, IDENTITY);
  });

  test('--rekor-url with --rekor-version 2 signs with v2; without a TSA it is refused before anything is signed', async (t) => {
    const dir = await tempDir(t);
    const session = await openSession(stack, dir, { 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorV2URL ?? '', 'rekor-version': '2', 'tsa-url': stack.tsaURL ?? '' });
    assert.equal(entryOf((await session.signBlob(Buffer.from('x'), 'x')).bundle).kindVersion.version, '0.0.2');
    assert.throws(() => signConfig({ 'subject-path': 'a', 'rekor-url': stack.rekorV2URL ?? '', 'rekor-version': '2' }, cliNamer()), { code: 'CONFIG_INVALID', message: /rekor-version.*timestamp authority/s });
    const noTsa: SigningConfigJSON = { ...stack.signingConfig, tsaUrls: [] };
    const path = join(dir, 'no-tsa.json');
    await writeFile(path, JSON.stringify(noTsa));
    const requests = stack.requests.fulcio;
    await assert.rejects(openSession(stack, dir, { 'signing-config': path }), { code: 'SIGN_TIMESTAMP_AUTHORITY_REQUIRED' });
    assert.equal(stack.requests.fulcio, requests);
  });

  test('a signing config\'s TSA, a plain RFC 3161 service behind a path of its own, gets a DER TimeStampReq at its full URL: it was sent JSON at the path cut short', async (t) => {
    const dir = await tempDir(t);
    const { createServer } = await import('node:http');
    const seen: string[] = [];
    // As FreeTSA or DigiCert: DER requests only, at /gateway/tsr, answered by the stack's TSA.
    const gateway = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push(`${request.method} ${request.url} ${request.headers['content-type']}`);
        if (request.url !== '/gateway/tsr' || request.headers['content-type'] !== 'application/timestamp-query') return void response.writeHead(415).end();
        void fetch(`${stack.tsaURL}/api/v1/timestamp`, { method: 'POST', headers: { 'content-type': 'application/timestamp-query' }, body: Buffer.concat(chunks) }).then(async (answer) => {
          response.writeHead(answer.status, { 'content-type': 'application/timestamp-reply' }).end(Buffer.from(await answer.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((listening) => gateway.listen(0, '127.0.0.1', listening));
    t.after(() => gateway.close());
    const port = (gateway.address() as { port: number }).port;
    const config: SigningConfigJSON = { ...stack.signingConfig, tsaUrls: [{ ...(stack.signingConfig.tsaUrls[0] as SigningConfigJSON['tsaUrls'][number]), url: `http://127.0.0.1:${port}/gateway/tsr` }] };
    const path = join(dir, 'gateway.json');
    await writeFile(path, JSON.stringify(config));
    const session = await openSession(stack, dir, { 'signing-config': path });
    const { bundle } = await session.signBlob(Buffer.from('timestamped'), 'timestamped');
    assert.deepEqual(seen, ['POST /gateway/tsr application/timestamp-query']);
    assert.equal((bundle as { verificationMaterial: { timestampVerificationData: { rfc3161Timestamps: unknown[] } } }).verificationMaterial.timestampVerificationData.rfc3161Timestamps.length, 1);
  });

  test('a failing Rekor v2 is retried, and named with its v2 URL and status when it keeps failing', async (t) => {
    const dir = await tempDir(t);
    const session = await openSession(stack, dir, { 'signing-config': stack.signingConfigPath });
    const seen = stack.requestLog.rekorV2.length;
    stack.faults.fail('rekorV2', 1, 503);
    await session.signBlob(Buffer.from('retried'), 'retried');
    assert.deepEqual(stack.requestLog.rekorV2.slice(seen).map((record) => record.outcome), [503, 201]);
    stack.faults.fail('rekorV2', 2, 500);
    await assert.rejects(session.signBlob(Buffer.from('refused'), 'refused'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'SIGN_SERVICE_FAILED');
      assert.match(error.message, /^Rekor POST http:\/\/127\.0\.0\.1:\d+\/api\/v2\/log\/entries failed: HTTP 500/);
      return true;
    });
  });

  test('a signing config trust-kit cannot follow is refused before anything is signed, naming why', async (t) => {
    const dir = await tempDir(t);
    const write = async (name: string, text: string): Promise<string> => {
      await writeFile(join(dir, name), text);
      return join(dir, name);
    };
    const other = { ...stack.signingConfig.rekorTlogUrls[0], operator: 'another.example' };
    const requests = stack.requests.fulcio + stack.requests.rekorV2 + stack.requests.tsa;
    for (const [text, code, message] of [
      ['{"mediaType": ', 'SIGN_SIGNING_CONFIG_INVALID', /config\.json: not JSON: line 1: /],
      // JSON.parse keeps the last of two equal keys: this config's own services, where a reader keeping the first would sign elsewhere.
      [JSON.stringify(stack.signingConfig, null, 2).replace('{\n', '{\n  "caUrls": [],\n'), 'SIGN_SIGNING_CONFIG_INVALID', /config\.json repeats the key "caUrls" in one object, on line \d+/],
      [JSON.stringify({ ...stack.signingConfig, mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json' }), 'SIGN_SIGNING_CONFIG_INVALID', /mediaType/],
      [JSON.stringify({ ...stack.signingConfig, rekorTlogUrls: [...stack.signingConfig.rekorTlogUrls, other], rekorTlogConfig: { selector: 'ALL' } }), 'SIGN_SIGNING_CONFIG_UNSUPPORTED', /selects 2 transparency logs/],
      // Bundles the trusted root's verifiers would refuse: they failed only at the self-check, after Fulcio and the TSA had been used.
      [JSON.stringify({ ...stack.signingConfig, rekorTlogUrls: [] }), 'SIGN_SIGNING_CONFIG_UNSUPPORTED', /config\.json selects no transparency log, but the trusted root lists http:\/\/127\.0\.0\.1:\d+.*: its verifiers want an entry in one/],
      [JSON.stringify({ ...stack.signingConfig, rekorTlogUrls: [], tsaUrls: [] }), 'SIGN_SIGNING_CONFIG_UNSUPPORTED', /config\.json selects neither a transparency log nor a timestamp authority/],
    ] as const) {
      await assert.rejects(openSession(stack, dir, { 'signing-config': await write('config.json', text) }), { code, message }, String(message));
    }
    await assert.rejects(openSession(stack, dir, { 'signing-config': stack.signingConfigPath, instance: 'github' }), { code: 'SIGN_SIGNING_CONFIG_UNSUPPORTED', message: /GitHub's/ });
    assert.equal(stack.requests.fulcio + stack.requests.rekorV2 + stack.requests.tsa, requests, 'neither Fulcio, Rekor nor the TSA was asked');
  });

  test('the CLI signs with --signing-config and verify-blob accepts the v2 bundle', async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'a.txt'), 'cli\n');
    const signed = await cli(['sign-blob', '--signing-config', stack.signingConfigPath, '--trusted-root', stack.trustedRootPath, 'a.txt'], dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() });
    assert.equal(signed.code, 0, signed.stderr);
    assert.match(signed.stderr, /Rekor v2 http:\/\/127\.0\.0\.1:\d+/);
    const verified = await cli(['verify-blob', 'a.txt', '--bundle', 'a.txt.sigstore.json', '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--trusted-root', stack.trustedRootPath], dir);
    assert.equal(verified.code, 0, verified.stderr);
    // Saved by an editor that writes a byte order mark: read as the trusted root is, without it.
    for (const [name, from] of [['config-bom.json', stack.signingConfigPath], ['root-bom.json', stack.trustedRootPath]] as const) {
      await writeFile(join(dir, name), Buffer.concat([Buffer.from('\uFEFF'), await readFile(from)]));
    }
    const withBom = await cli(['sign-blob', '--signing-config', 'config-bom.json', '--trusted-root', 'root-bom.json', '--bundle', 'bom.sigstore.json', 'a.txt'], dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() });
    assert.equal(withBom.code, 0, withBom.stderr);
    const conflicting = await cli(['sign-blob', '--signing-config', stack.signingConfigPath, '--rekor-url', stack.rekorURL ?? '', 'a.txt'], dir);
    assert.equal(conflicting.code, 2);
    assert.match(conflicting.stderr, /signing-config/);
  });

  test('a release signed through Rekor v2 tells cosign users to date it by its timestamp, with the trusted root it was signed against', async (t) => {
    const dir = await tempDir(t);
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'app.tgz'), 'app\n');
    await copyFile(stack.trustedRootPath, join(dir, 'trusted_root.json'));
    const released = await cli(['release', '--sbom-format', 'none', '--signing-config', stack.signingConfigPath, '--trusted-root', 'trusted_root.json', '--base', 'dist', 'dist'], dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() });
    assert.equal(released.code, 0, released.stderr);
    const instructions = await readFile(join(dir, 'trust-kit-out', 'VERIFY.md'), 'utf8');
    const cosign = /^cosign verify-blob .*$/m.exec(instructions)?.[0] ?? '';
    assert.match(cosign, / --trusted-root 'trust-kit-roots\/trusted_root\.json' --use-signed-timestamps$/);
    const cosign2 = requirePeer(t, 'cosign2');
    if (cosign2 === undefined) return;
    // The command as written, run in a download of the release by the oldest cosign the instructions name.
    const download = join(dir, 'download');
    await mkdir(download);
    for (const file of ['SHA256SUMS', 'SHA256SUMS.sigstore.json']) await copyFile(join(dir, 'trust-kit-out', file), join(download, file));
    // Where VERIFY.md has users put the deployment's trusted root: a directory of its own beside the files.
    await mkdir(join(download, 'trust-kit-roots'));
    await copyFile(stack.trustedRootPath, join(download, 'trust-kit-roots', 'trusted_root.json'));
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${cosign.slice('cosign '.length)}`], { encoding: 'utf8' }).trimEnd().split('\n');
    const verified = await runPeer(PEERS.cosign2, words, download);
    assert.equal(verified.code, 0, verified.stderr);
  });

  describe('verification of v2 entries', () => {
    let bundle: unknown;
    const data = Buffer.from('v2 edge cases\n');
    before(async () => {
      const opened = await openSigningSession({ ...signConfig({ 'subject-path': 'unused', 'signing-config': stack.signingConfigPath, 'trusted-root': stack.trustedRootPath }, cliNamer()), retry: FAST }, {
        cwd: process.cwd(),
        env: { ...stack.env },
        run: OUTSIDE_ACTIONS,
        logger: silentLogger,
      });
      assert.ok(opened.session);
      bundle = (await opened.session.signBlob(data, 'edge')).bundle;
    });
    const trust = (): ReturnType<typeof loadTrustMaterial> => loadTrustMaterial(stack.trustedRoot, 'root.json');

    test('the checkpoint is signed under the log\'s hostname (no port), which the trusted root\'s baseUrl gives', () => {
      assert.equal(entryOf(bundle).inclusionProof.checkpoint.envelope.split('\n')[0], '127.0.0.1');
      assert.equal(verifyBundle(bundle, { bytes: data }, POLICY, trust()).tlogEntries[0]?.baseUrl, stack.rekorV2URL);
    });

    test('a checkpoint signed by another key for the same log is refused', () => {
      const root = structuredClone(stack.trustedRoot);
      const v2 = root.tlogs[1];
      assert.ok(v2);
      v2.publicKey.rawBytes = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
      assert.throws(() => verifyBundle(bundle, { bytes: data }, POLICY, loadTrustMaterial(root, 'other-key.json')), { code: 'VERIFY_TLOG_INCLUSION_INVALID', message: /not signed by/ });
    });

    test('a proof for another leaf, or a body that is not the proven leaf, is refused', () => {
      const otherLeaf = edit(bundle, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry;
        entry.inclusionProof.hashes = [...entry.inclusionProof.hashes].reverse();
      });
      assert.throws(() => verifyBundle(otherLeaf, { bytes: data }, POLICY, trust()), { code: 'VERIFY_TLOG_INCLUSION_INVALID', message: /hashes to root/ });
      const otherIndex = edit(bundle, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry;
        entry.inclusionProof.logIndex = String(Number(entry.inclusionProof.logIndex) - 1);
        entry.logIndex = entry.inclusionProof.logIndex;
      });
      assert.throws(() => verifyBundle(otherIndex, { bytes: data }, POLICY, trust()), { code: 'VERIFY_TLOG_INCLUSION_INVALID' });
      // A v2 log is one tree: the entry's own index is what rekor-tiles' verifier proves, so it must be the proof's (v1's shards aside).
      const relabelled = edit(bundle, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry;
        entry.logIndex = String(Number(entry.inclusionProof.logIndex) + 1000);
      });
      assert.throws(() => verifyBundle(relabelled, { bytes: data }, POLICY, trust()), { code: 'VERIFY_TLOG_INCLUSION_INVALID', message: /but its inclusion proof is for index/ });
      const otherBody = edit(bundle, (copy) => {
        const entry = copy.verificationMaterial.tlogEntries[0] as Entry;
        const body = JSON.parse(Buffer.from(entry.canonicalizedBody, 'base64').toString('utf8')) as { spec: { hashedRekordV002: { data: { digest: string } } } };
        body.spec.hashedRekordV002.data.digest = createHash('sha256').update('another artifact').digest('base64');
        entry.canonicalizedBody = Buffer.from(JSON.stringify(body)).toString('base64');
      });
      assert.throws(() => verifyBundle(otherBody, { bytes: data }, POLICY, trust()), { code: 'VERIFY_TLOG_INCLUSION_INVALID' });
    });

    test('the entry given twice, once under another body or another index, is refused as a repetition: with no signed time to tell them apart, its index and its body each do', () => {
      const entry = entryOf(bundle);
      const twice = (second: Entry): BundleJson => edit(bundle, (copy) => {
        copy.verificationMaterial.tlogEntries = [entry, second];
      });
      const otherBody = { ...structuredClone(entry), canonicalizedBody: Buffer.from('{}').toString('base64') };
      const otherIndex = { ...structuredClone(entry), logIndex: '999999', inclusionProof: { ...structuredClone(entry.inclusionProof), logIndex: '999999' } };
      for (const second of [otherBody, otherIndex]) {
        assert.throws(() => verifyBundle(twice(second), { bytes: data }, POLICY, trust()), { code: 'VERIFY_BUNDLE_INVALID', message: /tlogEntries\[1\] repeats tlogEntries\[0\]/ });
      }
    });

    test('a v2 body records the bundle\'s signature, key and digest: one a log of the test\'s own logged with another key, digest algorithm, second signature or payload hash algorithm is refused', async (t) => {
      const own = new RekorV2Log('rekor.own');
      const root = structuredClone(stack.trustedRoot);
      root.tlogs.push({ ...(root.tlogs[1] as (typeof root.tlogs)[number]), baseUrl: 'https://rekor.own', publicKey: { rawBytes: own.publicKeyDer.toString('base64'), keyDetails: 'PKIX_ED25519', validFor: { start: '2020-01-01T00:00:00Z' } }, logId: { keyId: own.logID.toString('base64') } });
      const ownTrust = loadTrustMaterial(root, 'own-log.json');
      const loggedAs = (signed: unknown, kind: string, body: Json): BundleJson => edit(signed, (copy) => {
        copy.verificationMaterial.tlogEntries = [{ ...own.logUnchecked(Buffer.from(JSON.stringify({ apiVersion: '0.0.2', kind, spec: body }))), kindVersion: { kind, version: '0.0.2' } } as unknown as Entry];
      });
      const refused = (signed: BundleJson, artifact: Parameters<typeof verifyBundle>[1], message: RegExp): void => {
        assert.throws(() => verifyBundle(signed, artifact, POLICY, ownTrust), { code: 'VERIFY_TLOG_BODY_MISMATCH', message });
      };
      const logged = JSON.parse(Buffer.from(entryOf(bundle).canonicalizedBody, 'base64').toString('utf8')) as { spec: { hashedRekordV002: { data: Json; signature: { content: string; verifier: Json } } } };
      const record = (change: (entry: (typeof logged)['spec']['hashedRekordV002']) => void): Json => {
        const entry = structuredClone(logged.spec.hashedRekordV002);
        change(entry);
        return { hashedRekordV002: entry };
      };
      assert.equal(verifyBundle(loggedAs(bundle, 'hashedrekord', record(() => undefined)), { bytes: data }, POLICY, ownTrust).tlogEntries[0]?.baseUrl, 'https://rekor.own');
      const otherKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
      refused(loggedAs(bundle, 'hashedrekord', record((entry) => (entry.signature.verifier = { publicKey: { rawBytes: otherKey }, keyDetails: 'PKIX_ECDSA_P256_SHA_256' }))), { bytes: data }, /logged signing key is not the bundle's/);
      refused(loggedAs(bundle, 'hashedrekord', record((entry) => (entry.data['algorithm'] = 'SHA2_384'))), { bytes: data }, /the log records digest SHA2_384:/);

      // The same for a DSSE envelope, as a dsse 0.0.2 entry (rekor-tiles' other kind) logs it.
      const session = await openSession(stack, await tempDir(t), { 'signing-config': stack.signingConfigPath });
      const digest = createHash('sha256').update('subject').digest('hex');
      const { bundle: attestation } = await session.signStatement({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'subject', digest: { sha256: digest } }], predicateType: 'https://example.com/p', predicate: {} }, 'statement');
      const envelope = (attestation as unknown as { dsseEnvelope: { payload: string; signatures: { sig: string }[] } }).dsseEnvelope;
      const verifier = (JSON.parse(Buffer.from(entryOf(attestation).canonicalizedBody, 'base64').toString('utf8')) as typeof logged).spec.hashedRekordV002.signature.verifier;
      const signature = { content: envelope.signatures[0]?.sig, verifier };
      const dsse = (signatures: Json[], algorithm = 'SHA2_256'): Json => ({ dsseV002: { payloadHash: { algorithm, digest: createHash('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('base64') }, signatures } });
      const byDigest = { digest: { algorithm: 'sha256' as const, hex: digest } };
      assert.equal(verifyBundle(loggedAs(attestation, 'dsse', dsse([signature])), byDigest, POLICY, ownTrust).tlogEntries[0]?.kind, 'dsse/0.0.2');
      refused(loggedAs(attestation, 'dsse', dsse([signature, signature])), byDigest, /expected 1 logged signature, found 2/);
      refused(loggedAs(attestation, 'dsse', dsse([signature], 'SHA2_384')), byDigest, /the log records payload SHA2_384:/);
    });

    test('a key-signed bundle whose v2 entry is its only evidence has no signed time: its log key must be valid now, and a retired one vouches for nothing', () => {
      const own = new RekorV2Log('rekor.own');
      const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const spki = key.publicKey.export({ format: 'der', type: 'spki' });
      const signature = sign('sha256', data, key.privateKey);
      const digest = createHash('sha256').update(data).digest('base64');
      const body = { apiVersion: '0.0.2', kind: 'hashedrekord', spec: { hashedRekordV002: { data: { algorithm: 'SHA2_256', digest }, signature: { content: signature.toString('base64'), verifier: { publicKey: { rawBytes: spki.toString('base64') }, keyDetails: 'PKIX_ECDSA_P256_SHA_256' } } } } };
      const keyed = {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { publicKey: { hint: createHash('sha256').update(spki).digest('base64') }, tlogEntries: [own.logUnchecked(Buffer.from(JSON.stringify(body)))] },
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest }, signature: signature.toString('base64') },
      };
      const policy = loadPublicKey(key.publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'cosign.pub', 'required');
      const withOwnLog = (validFor: Json): ReturnType<typeof loadTrustMaterial> => {
        const root = structuredClone(stack.trustedRoot);
        root.tlogs.push({ ...(root.tlogs[1] as (typeof root.tlogs)[number]), baseUrl: 'https://rekor.own', publicKey: { rawBytes: own.publicKeyDer.toString('base64'), keyDetails: 'PKIX_ED25519', validFor: validFor as { start: string } }, logId: { keyId: own.logID.toString('base64') } });
        return loadTrustMaterial(root, 'own-log.json');
      };
      assert.equal(verifyBundle(keyed, { bytes: data }, policy, withOwnLog({ start: '2020-01-01T00:00:00Z' })).tlogEntries[0]?.baseUrl, 'https://rekor.own');
      assert.throws(() => verifyBundle(keyed, { bytes: data }, policy, withOwnLog({ start: '2019-01-01T00:00:00Z', end: '2020-01-01T00:00:00Z' })), (error: { code?: string; message: string; hint?: string }) => {
        assert.equal(error.code, 'VERIFY_TLOG_UNTRUSTED');
        assert.match(error.message, /tlogEntries\[0\]: carries no signed time \(neither a signed entry timestamp nor an RFC 3161 timestamp in the bundle\), so its log's key must be valid now, \S+, and that is, outside the validity of the log's key in the trusted root \(from 2019-01-01T00:00:00.000Z to 2020-01-01T00:00:00.000Z\)/);
        assert.match(error.hint ?? '', /the trusted root lists this log, but not as trusted then .*a key retired since signing vouches for nothing without a signed time; sign with a timestamp authority/);
        return true;
      });
      assert.throws(() => verifyBundle(keyed, { bytes: data }, policy, withOwnLog({ start: '2100-01-01T00:00:00Z' })), { code: 'VERIFY_TLOG_UNTRUSTED', message: /\(from 2100-01-01T00:00:00.000Z, with no end\)/ });
    });

    test('without its RFC 3161 timestamp a v2 entry dates nothing: refused by trust-kit and by sigstore-js', () => {
      const undated = edit(bundle, (copy) => {
        delete copy.verificationMaterial.timestampVerificationData;
      });
      assert.throws(() => verifyBundle(undated, { bytes: data }, POLICY, trust()), { code: 'VERIFY_TIMESTAMP_MISSING' });
      const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
      assert.throws(() => verifier.verify(toSignedEntity(bundleFromJSON(undated), data)), /TIMESTAMP_ERROR|timestamp/i);
    });
  });
});

describe('signing config service selection (sigstore-go SelectServices, as cosign 3 signs)', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const service = (url: string, majorApiVersion: number, start: string, extra: Json = {}): Json => ({ url, majorApiVersion, validFor: { start, ...extra }, operator: 'sigstore.dev' });
  const config = (fields: Json): Json => ({
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [service('https://fulcio.example', 1, '2020-01-01T00:00:00Z')],
    tsaUrls: [service('https://tsa.example/api/v1/timestamp', 1, '2020-01-01T00:00:00Z')],
    tsaConfig: { selector: 'ANY' },
    ...fields,
  });

  test('the highest supported API version wins, then the newest valid service of it', () => {
    const selected = selectServices(parseSigningConfig(config({
      rekorTlogUrls: [
        service('https://rekor.example', 1, '2021-01-01T00:00:00Z'),
        service('https://log2025-1.example', 2, '2025-01-01T00:00:00Z', { end: '2026-01-01T00:00:00Z' }),
        service('https://log2026-1.example', 2, '2026-01-01T00:00:00Z'),
        service('https://log2027-1.example', 2, '2027-01-01T00:00:00Z'),
        service('https://rekor-v3.example', 3, '2020-01-01T00:00:00Z'),
      ],
      rekorTlogConfig: { selector: 'ANY' },
    }), 'sc.json'), now);
    assert.deepEqual(selected, { fulcioURL: 'https://fulcio.example', tlogs: [{ url: 'https://log2026-1.example', majorApiVersion: 2 }], tsaURLs: ['https://tsa.example/api/v1/timestamp'] });
  });

  test('a service not yet released (majorApiVersion 0, or left out as protobuf JSON leaves a 0) or of an API trust-kit does not speak is skipped whatever its URL, not a refusal of the whole config, as cosign 3 and sigstore-go skip it', () => {
    const { majorApiVersion: _left, ...unversioned } = service('https://rekor-next.example', 1, '2025-01-01T00:00:00Z') as { majorApiVersion: number } & Json;
    const selected = selectServices(parseSigningConfig(config({
      rekorTlogUrls: [unversioned, service('https://rekor-zero.example', 0, '2025-01-01T00:00:00Z'), service('grpc://rekor-v3.example', 3, '2025-01-01T00:00:00Z'), service('https://rekor.example', 1, '2021-01-01T00:00:00Z')],
      rekorTlogConfig: { selector: 'ANY' },
    }), 'sc.json'), now);
    assert.deepEqual(selected.tlogs, [{ url: 'https://rekor.example', majorApiVersion: 1 }]);
  });

  test('a service is valid at the end of its validFor too (a closed range); a list without its selector is refused (SERVICE_SELECTOR_UNDEFINED); a TSA URL is the full endpoint, a path prefix kept', () => {
    const ending = selectServices(parseSigningConfig(config({ caUrls: [service('https://fulcio.example', 1, '2020-01-01T00:00:00Z', { end: now.toISOString() })] }), 'sc.json'), now);
    assert.equal(ending.fulcioURL, 'https://fulcio.example');
    assert.throws(() => parseSigningConfig(config({ rekorTlogUrls: [service('https://rekor.example', 1, '2021-01-01T00:00:00Z')] }), 'sc.json'), { code: 'SIGN_SIGNING_CONFIG_INVALID', message: /^sc\.json: rekorTlogConfig is missing: say how many of the services listed to use/ });
    const prefixed = selectServices(parseSigningConfig(config({ tsaUrls: [service('https://gateway.example/prefix/api/v1/timestamp', 1, '2020-01-01T00:00:00Z')] }), 'sc.json'), now);
    assert.deepEqual(prefixed.tsaURLs, ['https://gateway.example/prefix/api/v1/timestamp']);
  });

  test('v1 is used where no v2 log is valid; ALL takes one per operator; EXACT wants enough logs', () => {
    const logs = [service('https://rekor.example', 1, '2021-01-01T00:00:00Z'), service('https://log-future.example', 2, '2030-01-01T00:00:00Z'), { ...service('https://rekor.other', 1, '2022-01-01T00:00:00Z'), operator: 'other' }];
    assert.deepEqual(selectServices(parseSigningConfig(config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'ANY' } }), 'sc.json'), now).tlogs, [{ url: 'https://rekor.other', majorApiVersion: 1 }]);
    assert.deepEqual(selectServices(parseSigningConfig(config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'ALL' } }), 'sc.json'), now).tlogs.map((log) => log.url), ['https://rekor.other', 'https://rekor.example']);
    assert.throws(() => selectServices(parseSigningConfig(config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'EXACT', count: 3 } }), 'sc.json'), now), { code: 'SIGN_SIGNING_CONFIG_INVALID', message: /exactly 3/ });
  });

  test('a malformed signing config is refused with the field named', () => {
    for (const [fields, message] of [
      [{ mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json' }, /mediaType/],
      [{ rekorTlogUrls: [service('ftp://rekor.example', 1, '2021-01-01T00:00:00Z')], rekorTlogConfig: { selector: 'ANY' } }, /rekorTlogUrls\[0\]\.url/],
      [{ rekorTlogUrls: [service('https://rekor.example', -1, '2021-01-01T00:00:00Z')], rekorTlogConfig: { selector: 'ANY' } }, /majorApiVersion is -1, expected a whole number/],
      // The URL parser would drop the newline; the config would print and name a URL other than the one used.
      [{ rekorTlogUrls: [service('http://127.0.0.1:36281\n', 1, '2021-01-01T00:00:00Z')], rekorTlogConfig: { selector: 'ANY' } }, /rekorTlogUrls\[0\]\.url is "http:\/\/127\.0\.0\.1:36281\\n", expected an http\(s\) URL \(without blanks or control characters\)/],
      [{ rekorTlogUrls: [service('https://rekor.example', 1, 'yesterday')], rekorTlogConfig: { selector: 'ANY' } }, /validFor\.start/],
      [{ rekorTlogConfig: { selector: 'SOME' } }, /selector/],
      [{ caUrls: [] }, /caUrls names no certificate authority/],
      // The bound docs/security/limits.md gives: 64 services a list are read, more is refused before any is parsed.
      [{ tsaUrls: Array.from({ length: 65 }, (_, index) => service(`https://tsa${index}.example/api/v1/timestamp`, 1, '2020-01-01T00:00:00Z')) }, /^sc\.json: tsaUrls lists 65 services; at most 64 are read/],
    ] as const) {
      assert.throws(() => selectServices(parseSigningConfig(config(fields), 'sc.json'), now), { code: 'SIGN_SIGNING_CONFIG_INVALID', message }, String(message));
    }
  });

  test('what a malformed signing config says is quoted printable and bounded', () => {
    for (const hostile of [HOSTILE, `${HOSTILE}${HUGE}`]) {
      for (const [fields, field] of [
        [{ mediaType: hostile }, 'mediaType'],
        [{ rekorTlogUrls: [service(`ftp://${hostile}`, 1, '2021-01-01T00:00:00Z')] }, 'rekorTlogUrls[0].url'],
        [{ rekorTlogUrls: [service('https://rekor.example', 1, hostile)] }, 'rekorTlogUrls[0].validFor.start'],
        [{ rekorTlogConfig: { selector: hostile } }, 'rekorTlogConfig.selector'],
      ] as const) {
        assert.throws(() => parseSigningConfig(config(fields), 'sc.json'), (error: { code?: string; message: string }) => {
          assert.equal(error.code, 'SIGN_SIGNING_CONFIG_INVALID');
          assertShowable(error.message, `sc.json: ${field} is "`);
          return true;
        });
      }
    }
  });

  test('the stack\'s own signing config file reads back', async () => {
    const stack = await startSigstoreStack({ rekor: 'v2' });
    try {
      const selected = selectServices(parseSigningConfig(JSON.parse(await readFile(stack.signingConfigPath, 'utf8')), 'stack'), new Date());
      assert.deepEqual(selected, { fulcioURL: stack.fulcioURL, tlogs: [{ url: stack.rekorV2URL, majorApiVersion: 2 }], tsaURLs: [`${stack.tsaURL}/api/v1/timestamp`] });
    } finally {
      await stack.close();
    }
  });
});
