import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync, sign as signBytes, verify as verifyBytes, X509Certificate as NodeX509Certificate, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { CIContextProvider, DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } from '@sigstore/sign';
import type { IdentityProvider, Witness } from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { tempDir } from '../tmp.js';
import * as der from './der.js';
import { GITHUB_ACTIONS_ISSUER, startSigstoreStack } from './index.js';
import type { SigstoreStack } from './index.js';
import type { RekorLogEntry } from './rekor.js';

const FAST_RETRY = { retries: 2, minTimeout: 5, factor: 1 };
const WORKFLOW_IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const STATEMENT_TYPE = 'application/vnd.in-toto+json';

/** The runner's token request, done the way @actions/core and sigstore-js do it. */
function runnerIdentity(stack: SigstoreStack): IdentityProvider {
  return {
    getToken: async () => {
      const response = await fetch(`${stack.oidc.requestURL}&audience=sigstore`, {
        headers: { authorization: `bearer ${stack.oidc.requestToken}` },
      });
      assert.equal(response.status, 200);
      const { value } = (await response.json()) as { value: string };
      return value;
    },
  };
}

function witnesses(stack: SigstoreStack, retry: object | number = 0, timeout?: number): Witness[] {
  const result: Witness[] = [];
  if (stack.rekorURL) {
    result.push(new RekorWitness({ rekorBaseURL: stack.rekorURL, retry, ...(timeout ? { timeout } : {}) }));
  }
  if (stack.tsaURL) {
    result.push(new TSAWitness({ tsaBaseURL: stack.tsaURL, retry, ...(timeout ? { timeout } : {}) }));
  }
  return result;
}

function blobBuilder(stack: SigstoreStack, retry: object | number = 0, timeout?: number): MessageSignatureBundleBuilder {
  return new MessageSignatureBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: stack.fulcioURL,
      identityProvider: runnerIdentity(stack),
      retry,
      ...(timeout ? { timeout } : {}),
    }),
    witnesses: witnesses(stack, retry, timeout),
  });
}

function verifyBundle(stack: SigstoreStack, bundle: Bundle, artifact?: Buffer, identity = WORKFLOW_IDENTITY) {
  const trust = toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot));
  const verifier = new Verifier(trust, {
    tlogThreshold: stack.rekorURL ? 1 : 0,
    ctlogThreshold: 1,
    timestampThreshold: (stack.rekorURL ? 1 : 0) + (stack.tsaURL ? 1 : 0),
  });
  const escaped = identity.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundleToJSON(bundle)), artifact), {
    subjectAlternativeName: `^${escaped}$`,
    extensions: { issuer: GITHUB_ACTIONS_ISSUER },
  });
  assert.equal(signer.identity?.subjectAlternativeName, identity);
  return signer;
}

function pem(base64: string): string {
  return `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
}

function leafOf(bundle: Bundle): X509Certificate {
  const material = bundle.verificationMaterial.content;
  const raw =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  assert.ok(raw, 'bundle carries a certificate');
  return X509Certificate.parse(Buffer.from(raw));
}

function utf8Extension(certificate: X509Certificate, oid: string): string | undefined {
  const value = certificate.extension(oid)?.valueObj.value;
  return value ? value.subarray(2).toString('utf8') : undefined;
}

/** RFC 9162 section 2.1.3.2, written independently of the stack's tree code. */
function rootFromInclusionProof(index: number, size: number, leaf: Buffer, proof: Buffer[]): Buffer {
  assert.ok(index < size);
  let fn = index;
  let sn = size - 1;
  let r = createHash('sha256').update(Buffer.from([0])).update(leaf).digest();
  const node = (a: Buffer, b: Buffer) => createHash('sha256').update(Buffer.from([1])).update(a).update(b).digest();
  for (const p of proof) {
    assert.ok(sn !== 0, 'proof is longer than the path');
    if ((fn & 1) === 1 || fn === sn) {
      r = node(p, r);
      if ((fn & 1) === 0) {
        while ((fn & 1) === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = node(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  assert.equal(sn, 0, 'proof is shorter than the path');
  return r;
}

type ApiEntry = RekorLogEntry;

function singleEntry(response: unknown): [string, ApiEntry] {
  const entries = Object.entries(response as Record<string, ApiEntry>);
  assert.equal(entries.length, 1);
  return entries[0] as [string, ApiEntry];
}

/** A hashedrekord proposal signed with a throwaway key (what cosign sends for a blob signed with a key). */
function hashedRekordProposal(data: string, namedCurve = 'prime256v1', hash = 'sha256'): object {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
  const digest = createHash(hash).update(data).digest('hex');
  return {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: hash, value: digest } },
      signature: {
        content: signBytes(hash, Buffer.from(data), privateKey).toString('base64'),
        publicKey: { content: Buffer.from(publicKey.export({ format: 'pem', type: 'spki' }).toString()).toString('base64') },
      },
    },
  };
}

async function postEntry(stack: SigstoreStack, proposal: object): Promise<Response> {
  return fetch(`${stack.rekorURL}/api/v1/log/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(proposal),
  });
}

describe('loopback Sigstore stack', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  it('signs a blob keylessly (message signature, hashedrekord, TSA) that verifies against the trusted root', async () => {
    const artifact = Buffer.from('SHA256SUMS content\n');
    const before = { ...stack.requests };
    const bundle = await blobBuilder(stack).create({ data: artifact });
    assert.deepEqual(
      { oidc: stack.requests.oidc - before.oidc, fulcio: stack.requests.fulcio - before.fulcio, rekor: stack.requests.rekor - before.rekor, tsa: stack.requests.tsa - before.tsa },
      { oidc: 1, fulcio: 1, rekor: 1, tsa: 1 },
    );
    const [entry] = bundle.verificationMaterial.tlogEntries;
    assert.equal(entry?.kindVersion?.kind, 'hashedrekord');
    assert.ok(entry?.inclusionPromise && entry.inclusionProof);
    assert.equal(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length, 1);
    verifyBundle(stack, bundle, artifact);
    assert.throws(() => verifyBundle(stack, bundle, Buffer.from('tampered')), /signature/i);

    const root = JSON.parse(await readFile(stack.trustedRootPath, 'utf8')) as unknown;
    assert.deepEqual(root, stack.trustedRoot);
    assert.equal(stack.trustedRoot.mediaType, 'application/vnd.dev.sigstore.trustedroot+json;version=0.1');
  });

  it('signs an in-toto statement as DSSE whose canonical dsse log entry verifies', async () => {
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'app.tgz', digest: { sha256: createHash('sha256').update('app').digest('hex') } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {},
      }),
    );
    const bundle = await new DSSEBundleBuilder({
      signer: new FulcioSigner({ fulcioBaseURL: stack.fulcioURL, identityProvider: runnerIdentity(stack) }),
      witnesses: witnesses(stack),
    }).create({ data: statement, type: STATEMENT_TYPE });
    const [entry] = bundle.verificationMaterial.tlogEntries;
    assert.equal(entry?.kindVersion?.kind, 'dsse');
    const body = JSON.parse(Buffer.from(entry.canonicalizedBody).toString('utf8')) as {
      apiVersion: string;
      kind: string;
      spec: { envelopeHash: { value: string }; payloadHash: { algorithm: string; value: string }; signatures: Array<{ signature: string; verifier: string }>; proposedContent?: unknown };
    };
    assert.deepEqual(Object.keys(body.spec).sort(), ['envelopeHash', 'payloadHash', 'signatures']);
    assert.equal(body.spec.payloadHash.value, createHash('sha256').update(statement).digest('hex'));
    assert.equal(body.spec.signatures.length, 1);
    assert.match(Buffer.from(body.spec.signatures[0]?.verifier ?? '', 'base64').toString(), /BEGIN CERTIFICATE/);
    verifyBundle(stack, bundle);
  });

  it('issues certificates with the SAN and Fulcio extensions real Fulcio derives from GitHub claims', async () => {
    const bundle = await blobBuilder(stack).create({ data: Buffer.from('x') });
    const leaf = leafOf(bundle);
    assert.equal(leaf.subjectAltName, WORKFLOW_IDENTITY);
    const ext = (n: number) => utf8Extension(leaf, `1.3.6.1.4.1.57264.1.${n}`);
    assert.equal(ext(8), GITHUB_ACTIONS_ISSUER);
    assert.equal(ext(9), WORKFLOW_IDENTITY);
    assert.equal(ext(10), 'a81bc81b8f8fe2d4d7e3f3b0c1f0a9e8d7c6b5a4');
    assert.equal(ext(11), 'github-hosted');
    assert.equal(ext(12), 'https://github.com/octo-org/octo-repo');
    assert.equal(ext(14), 'refs/heads/main');
    assert.equal(ext(16), 'https://github.com/octo-org');
    assert.equal(ext(18), WORKFLOW_IDENTITY);
    assert.equal(ext(20), 'push');
    assert.equal(ext(21), 'https://github.com/octo-org/octo-repo/actions/runs/11900071234/attempts/1');
    assert.equal(ext(22), 'public');
    assert.equal(leaf.extension('1.3.6.1.4.1.57264.1.1')?.valueObj.value.toString(), GITHUB_ACTIONS_ISSUER);
    assert.equal(leaf.notAfter.getTime() - leaf.notBefore.getTime(), 10 * 60 * 1000);
    assert.ok(leaf.extSCT, 'leaf embeds an SCT');
  });

  it('gives every log entry an RFC 6962 inclusion proof, a signed checkpoint and a SET that check independently', async () => {
    const created: Array<[string, ApiEntry]> = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await postEntry(stack, hashedRekordProposal(`artifact ${i}`));
      assert.equal(response.status, 201);
      created.push(singleEntry(await response.json()));
    }
    const info = (await (await fetch(`${stack.rekorURL}/api/v1/log`)).json()) as { rootHash: string; treeSize: number };
    const logKey = createPublicKey({ key: Buffer.from(stack.trustedRoot.tlogs[0]?.publicKey.rawBytes ?? '', 'base64'), format: 'der', type: 'spki' });
    for (const [entryID, createdEntry] of created) {
      // The proof returned at creation is against the tree right after the append.
      const atCreation = createdEntry.verification.inclusionProof;
      assert.equal(atCreation.treeSize, createdEntry.logIndex + 1);
      const rootAtCreation = rootFromInclusionProof(atCreation.logIndex, atCreation.treeSize, Buffer.from(createdEntry.body, 'base64'), atCreation.hashes.map((h) => Buffer.from(h, 'hex')));
      assert.equal(rootAtCreation.toString('hex'), atCreation.rootHash);

      const [fetchedID, entry] = singleEntry(await (await fetch(`${stack.rekorURL}/api/v1/log/entries/${entryID}`)).json());
      assert.equal(fetchedID, entryID);
      assert.equal(entryID.slice(16), createHash('sha256').update(Buffer.from([0])).update(Buffer.from(entry.body, 'base64')).digest('hex'));
      const proof = entry.verification.inclusionProof;
      assert.equal(proof.treeSize, info.treeSize);
      const root = rootFromInclusionProof(proof.logIndex, proof.treeSize, Buffer.from(entry.body, 'base64'), proof.hashes.map((h) => Buffer.from(h, 'hex')));
      assert.equal(root.toString('hex'), info.rootHash);

      const [note, signatureLine] = proof.checkpoint.split('\n\n') as [string, string];
      const [origin, size, rootB64] = note.split('\n');
      assert.match(origin ?? '', new RegExp(`^${new URL(stack.rekorURL ?? '').host} - \\d+$`));
      assert.equal(Number(size), proof.treeSize);
      assert.equal(Buffer.from(rootB64 ?? '', 'base64').toString('hex'), info.rootHash);
      const signed = Buffer.from(/^\u2014 \S+ (\S+)\n$/.exec(signatureLine)?.[1] ?? '', 'base64');
      assert.equal(signed.subarray(0, 4).toString('hex'), entry.logID.slice(0, 8));
      assert.ok(verifyBytes('sha256', Buffer.from(`${note}\n`), logKey, signed.subarray(4)), 'checkpoint signature');

      const promise = `{"body":"${entry.body}","integratedTime":${entry.integratedTime},"logID":"${entry.logID}","logIndex":${entry.logIndex}}`;
      assert.ok(verifyBytes('sha256', Buffer.from(promise), logKey, Buffer.from(entry.verification.signedEntryTimestamp, 'base64')), 'SET');
    }
    const byIndex = singleEntry(await (await fetch(`${stack.rekorURL}/api/v1/log/entries?logIndex=${created[3]?.[1].logIndex}`)).json());
    assert.equal(byIndex[0], created[3]?.[0]);
  });

  it('answers a duplicate entry with 409 and the existing entry location, which sigstore-js follows', async () => {
    const proposal = hashedRekordProposal('same artifact');
    const first = await postEntry(stack, proposal);
    assert.equal(first.status, 201);
    const [entryID, entry] = singleEntry(await first.json());
    const second = await postEntry(stack, proposal);
    assert.equal(second.status, 409);
    assert.equal(second.headers.get('location'), `/api/v1/log/entries/${entryID}`);
    assert.match(((await second.json()) as { message: string }).message, new RegExp(`already exists .* UUID ${entryID}`));
    const existing = singleEntry(await (await fetch(`${stack.rekorURL}${second.headers.get('location')}`)).json());
    assert.equal(existing[1].logIndex, entry.logIndex);

    // Re-running a signing whose entry already exists (same signature, same key) yields the original entry.
    const artifact = Buffer.from('re-run');
    const bundle = await blobBuilder(stack).create({ data: artifact });
    const signature = bundle.content.$case === 'messageSignature' ? bundle.content.messageSignature : assert.fail('message signature');
    // The key exactly as the first submission carried it (the certificate PEM Fulcio returned).
    const firstBody = JSON.parse(Buffer.from(bundle.verificationMaterial.tlogEntries[0]?.canonicalizedBody ?? []).toString()) as {
      spec: { signature: { publicKey: { content: string } } };
    };
    const certificatePEM = Buffer.from(firstBody.spec.signature.publicKey.content, 'base64').toString();
    const replay = await new RekorWitness({ rekorBaseURL: stack.rekorURL ?? '', fetchOnConflict: true }).testify(
      { $case: 'messageSignature', messageSignature: signature },
      certificatePEM,
    );
    assert.equal(replay.tlogEntries[0]?.logIndex, bundle.verificationMaterial.tlogEntries[0]?.logIndex);
    await assert.rejects(
      new RekorWitness({ rekorBaseURL: stack.rekorURL ?? '', fetchOnConflict: false }).testify(
        { $case: 'messageSignature', messageSignature: signature },
        certificatePEM,
      ),
      /\(409\)/,
    );
  });

  it('stores hashedrekord and dsse keys as real Rekor does: re-encoded PEM with a final newline, whatever the client sent', async () => {
    type Body = { spec: { signature?: { publicKey: { content: string } }; signatures?: Array<{ verifier: string }> } };
    const storedBody = async (proposal: object): Promise<Body> => {
      const response = await postEntry(stack, proposal);
      assert.equal(response.status, 201);
      const [, entry] = singleEntry(await response.json());
      return JSON.parse(Buffer.from(entry.body, 'base64').toString()) as Body;
    };
    const decoded = (content: string | undefined): string => Buffer.from(content ?? '', 'base64').toString();

    const proposal = hashedRekordProposal('pem without a final newline') as { spec: { signature: { publicKey: { content: string } } } };
    const sent = decoded(proposal.spec.signature.publicKey.content).trimEnd();
    proposal.spec.signature.publicKey.content = Buffer.from(sent).toString('base64');
    assert.equal(decoded((await storedBody(proposal)).spec.signature?.publicKey.content), `${sent}\n`);

    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const payload = Buffer.from('{"dsse":"pem without a final newline"}');
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${STATEMENT_TYPE.length} ${STATEMENT_TYPE} ${payload.length} `), payload]);
    const verifier = publicKey.export({ format: 'pem', type: 'spki' }).toString().trimEnd();
    const dsse = {
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        proposedContent: {
          envelope: JSON.stringify({ payload: payload.toString('base64'), payloadType: STATEMENT_TYPE, signatures: [{ sig: signBytes('sha256', pae, privateKey).toString('base64'), keyid: '' }] }),
          verifiers: [Buffer.from(verifier).toString('base64')],
        },
      },
    };
    assert.equal(decoded((await storedBody(dsse)).spec.signatures?.[0]?.verifier), `${verifier}\n`);
  });

  it('fails the next N requests of a service as told, and counts them', async () => {
    const before = { ...stack.requests };
    stack.faults.fail('fulcio', 2, 503);
    stack.faults.fail('rekor', 1, 500);
    stack.faults.fail('tsa', 1, 429);
    const artifact = Buffer.from('retried');
    const bundle = await blobBuilder(stack, FAST_RETRY).create({ data: artifact });
    verifyBundle(stack, bundle, artifact);
    assert.equal(stack.requests.fulcio - before.fulcio, 3);
    assert.equal(stack.requests.rekor - before.rekor, 2);
    assert.equal(stack.requests.tsa - before.tsa, 2);
    assert.deepEqual(stack.requestLog.fulcio.slice(-3).map((r) => r.outcome), [503, 503, 200]);

    stack.faults.fail('fulcio', 1, 'reset');
    stack.faults.fail('rekor', 1, 'timeout');
    const again = await blobBuilder(stack, FAST_RETRY, 300).create({ data: artifact });
    verifyBundle(stack, again, artifact);
    assert.deepEqual(stack.requestLog.rekor.slice(-2).map((r) => r.outcome), ['timeout', 201]);
    assert.deepEqual(stack.requestLog.fulcio.slice(-2).map((r) => r.outcome), ['reset', 200]);

    stack.faults.fail('fulcio', 3, 500);
    await assert.rejects(blobBuilder(stack, FAST_RETRY).create({ data: artifact }), /\(500\)/);

    stack.faults.fail('oidc', 1, 503);
    const token = await fetch(`${stack.oidc.requestURL}&audience=sigstore`, { headers: { authorization: `bearer ${stack.oidc.requestToken}` } });
    assert.equal(token.status, 503);
    assert.throws(() => stack.faults.fail('fulcio', -1, 500), RangeError);
  });

  it('serves the runner token endpoint, discovery and JWKS, and Fulcio refuses bad tokens and proofs', async () => {
    const url = `${stack.oidc.requestURL}&audience=sigstore`;
    assert.equal((await fetch(url, { headers: { authorization: 'bearer wrong' } })).status, 401);
    assert.equal((await fetch(url)).status, 401);
    const discovery = (await (await fetch(`${stack.oidc.discoveryURL}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    assert.equal(discovery.issuer, GITHUB_ACTIONS_ISSUER);
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Array<Record<string, string>> };
    const token = stack.oidc.mintToken({ ref: 'refs/tags/v1.2.3' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const jwk = jwks.keys.find((k) => k['kid'] === JSON.parse(Buffer.from(header, 'base64url').toString())['kid']);
    assert.ok(jwk);
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    assert.ok(verifyBytes('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url')));
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    assert.equal(claims['sub'], 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.3');
    assert.equal(claims['job_workflow_ref'], 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3');
    assert.equal(claims['ref_type'], 'tag');

    stack.oidc.setEndpointClaims({ repository: 'octo-org/private-repo', repository_visibility: 'private' });
    try {
      const served = await (await fetch(url, { headers: { authorization: `Bearer ${stack.oidc.requestToken}` } })).json() as { value: string };
      const servedClaims = JSON.parse(Buffer.from(served.value.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
      assert.equal(servedClaims['job_workflow_ref'], 'octo-org/private-repo/.github/workflows/release.yml@refs/heads/main');
      assert.equal(servedClaims['repository_visibility'], 'private');
      assert.equal(servedClaims['aud'], 'sigstore');
    } finally {
      stack.oidc.setEndpointClaims({});
    }

    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const certificateFor = (idToken: string, proofOf = 'repo:octo-org/octo-repo:ref:refs/heads/main') =>
      fetch(`${stack.fulcioURL}/api/v2/signingCert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          credentials: { oidcIdentityToken: idToken },
          publicKeyRequest: {
            publicKey: { algorithm: 'ECDSA', content: pem },
            proofOfPossession: signBytes('sha256', Buffer.from(proofOf), privateKey).toString('base64'),
          },
        }),
      });
    assert.equal((await certificateFor(stack.oidc.mintToken())).status, 200);
    assert.equal((await certificateFor(stack.oidc.mintToken(), 'someone else')).status, 400);
    assert.equal((await certificateFor(stack.oidc.mintToken({ aud: 'not-sigstore' }))).status, 401);
    assert.equal((await certificateFor(stack.oidc.mintToken({ exp: Math.floor(Date.now() / 1000) - 1 }))).status, 401);
    assert.equal((await certificateFor(stack.oidc.mintToken({ job_workflow_ref: undefined }))).status, 401);
    assert.equal((await certificateFor(`${token.slice(0, -4)}AAAA`)).status, 401);
    const other = await startSigstoreStack({ rekor: false, tsa: false });
    try {
      assert.equal((await certificateFor(other.oidc.mintToken())).status, 401, 'a token from another issuer key');
    } finally {
      await other.close();
    }
  });

  it('Fulcio also takes a PKCS#10 CSR with the token as Authorization: Bearer, as sigstore-python sends them', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    // CertificationRequestInfo: version 0, an empty subject, the key, no attributes.
    const info = der.sequence(der.integer(0), der.sequence(), spki, der.tlv(0xa0, Buffer.alloc(0)));
    const csrFor = (signer: KeyObject): string => {
      const csr = der.sequence(info, der.sequence(der.oid('1.2.840.10045.4.3.2')), der.bitString(signBytes('sha256', info, signer)));
      const pem = `-----BEGIN CERTIFICATE REQUEST-----\n${csr.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
      return Buffer.from(pem).toString('base64');
    };
    const request = (csr: string, token: string) =>
      fetch(`${stack.fulcioURL}/api/v2/signingCert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ certificateSigningRequest: csr }),
      });
    const issued = await request(csrFor(privateKey), stack.oidc.mintToken());
    assert.equal(issued.status, 200);
    const { signedCertificateEmbeddedSct } = (await issued.json()) as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } };
    const leaf = new NodeX509Certificate(signedCertificateEmbeddedSct.chain.certificates[0] ?? '');
    assert.ok(leaf.publicKey.equals(publicKey), 'the certificate is for the CSR\'s key');
    assert.equal((await request(csrFor(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey), stack.oidc.mintToken())).status, 400, 'a CSR signed by another key');
    assert.equal((await request(csrFor(privateKey), `${stack.oidc.mintToken().slice(0, -4)}AAAA`)).status, 401);
  });

  it('issues a certificate chain and RFC 3161 timestamps that openssl verifies on its own', async (t) => {
    const dir = await tempDir(t);
    const bundle = await blobBuilder(stack).create({ data: Buffer.from('for openssl') });
    const [intermediate, root] = stack.trustedRoot.certificateAuthorities[0]?.certChain.certificates ?? [];
    await writeFile(join(dir, 'leaf.pem'), pem(Buffer.from(leafOf(bundle).root.toDER()).toString('base64')));
    await writeFile(join(dir, 'intermediate.pem'), pem(intermediate?.rawBytes ?? ''));
    await writeFile(join(dir, 'root.pem'), pem(root?.rawBytes ?? ''));
    const chain = execFileSync('openssl', ['verify', '-x509_strict', '-CAfile', 'root.pem', '-untrusted', 'intermediate.pem', 'leaf.pem'], { cwd: dir, encoding: 'utf8' });
    assert.match(chain, /leaf\.pem: OK/);

    await writeFile(join(dir, 'data.txt'), 'timestamp me\n');
    execFileSync('openssl', ['ts', '-query', '-data', 'data.txt', '-sha256', '-cert', '-out', 'request.tsq'], { cwd: dir, stdio: 'ignore' });
    const reply = await fetch(`${stack.tsaURL}/api/v1/timestamp`, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: await readFile(join(dir, 'request.tsq')),
    });
    assert.equal(reply.status, 201);
    assert.equal(reply.headers.get('content-type'), 'application/timestamp-reply');
    await writeFile(join(dir, 'reply.tsr'), Buffer.from(await reply.arrayBuffer()));
    const [tsaLeaf, tsaRoot] = stack.trustedRoot.timestampAuthorities[0]?.certChain.certificates ?? [];
    await writeFile(join(dir, 'tsa-leaf.pem'), pem(tsaLeaf?.rawBytes ?? ''));
    await writeFile(join(dir, 'tsa-root.pem'), pem(tsaRoot?.rawBytes ?? ''));
    const verified = execFileSync('openssl', ['ts', '-verify', '-data', 'data.txt', '-in', 'reply.tsr', '-CAfile', 'tsa-root.pem', '-untrusted', 'tsa-leaf.pem'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    assert.match(verified, /Verification: OK/);
    const forOther = execFileSync('sh', ['-c', 'echo other > other.txt; openssl ts -verify -data other.txt -in reply.tsr -CAfile tsa-root.pem -untrusted tsa-leaf.pem 2>&1 || true'], { cwd: dir, encoding: 'utf8' });
    assert.doesNotMatch(forOther, /Verification: OK/);
  });

  it('refuses entries real Rekor refuses, with 400, and answers unknown entries with 404', async () => {
    const proposal = hashedRekordProposal('bad signature') as { spec: { data: { hash: { value: string } } } };
    proposal.spec.data.hash.value = createHash('sha256').update('another artifact').digest('hex');
    assert.equal((await postEntry(stack, proposal)).status, 400);
    assert.equal((await postEntry(stack, hashedRekordProposal('p-384 key', 'secp384r1', 'sha384'))).status, 201);
    const tamperedP384 = hashedRekordProposal('p-384 key', 'secp384r1', 'sha384') as { spec: { data: { hash: { value: string } } } };
    tamperedP384.spec.data.hash.value = createHash('sha384').update('other').digest('hex');
    assert.equal((await postEntry(stack, tamperedP384)).status, 400);
    assert.equal((await postEntry(stack, { apiVersion: '0.0.2', kind: 'intoto', spec: {} })).status, 400);
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const payload = Buffer.from('{}');
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${STATEMENT_TYPE.length} ${STATEMENT_TYPE} ${payload.length} `), payload]);
    const dsse = (signed: Buffer) => ({
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        proposedContent: {
          envelope: JSON.stringify({ payload: payload.toString('base64'), payloadType: STATEMENT_TYPE, signatures: [{ sig: signBytes('sha256', signed, privateKey).toString('base64'), keyid: '' }] }),
          verifiers: [Buffer.from(publicKey.export({ format: 'pem', type: 'spki' }).toString()).toString('base64')],
        },
      },
    });
    assert.equal((await postEntry(stack, dsse(pae))).status, 201);
    assert.equal((await postEntry(stack, dsse(Buffer.from('not the PAE')))).status, 400);
    assert.equal((await fetch(`${stack.rekorURL}/api/v1/log/entries/${'ab'.repeat(32)}`)).status, 404);
    assert.equal((await fetch(`${stack.rekorURL}/api/v1/log/entries?logIndex=999999`)).status, 404);
  });

  it('dates everything by the injected clock, per service when asked', async () => {
    let now = Date.parse('2025-03-01T12:00:00.250Z');
    const past = await startSigstoreStack({ clock: () => new Date(now) });
    try {
      const artifact = Buffer.from('dated');
      const bundle = await blobBuilder(past).create({ data: artifact });
      now += 1000;
      verifyBundle(past, bundle, artifact);
      assert.equal(leafOf(bundle).notBefore.toISOString(), '2025-03-01T12:00:00.000Z');
      assert.equal(bundle.verificationMaterial.tlogEntries[0]?.integratedTime, String(Date.parse('2025-03-01T12:00:00Z') / 1000));
    } finally {
      await past.close();
    }

    const hourAhead = () => new Date(Date.now() + 60 * 60 * 1000);
    const late = await startSigstoreStack({ clocks: { rekor: hourAhead, tsa: hourAhead } });
    try {
      const artifact = Buffer.from('logged after the certificate expired');
      const bundle = await blobBuilder(late).create({ data: artifact });
      assert.throws(() => verifyBundle(late, bundle, artifact), /certificate|timestamp/i);
    } finally {
      await late.close();
    }
  });

  it('Fulcio serves the legacy v1 API cosign 2 uses without a signing config: 201 and the PEM chain', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const request = (subject: string) =>
      fetch(`${stack.fulcioURL}/api/v1/signingCert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.oidc.mintToken()}` },
        body: JSON.stringify({ publicKey: { content: Buffer.from(pem).toString('base64') }, signedEmailAddress: signBytes('sha256', Buffer.from(subject), privateKey).toString('base64') }),
      });
    const issued = await request('repo:octo-org/octo-repo:ref:refs/heads/main');
    assert.equal(issued.status, 201);
    assert.equal(issued.headers.get('content-type'), 'application/pem-certificate-chain');
    const chain = (await issued.text()).match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    assert.equal(chain.length, 3, 'leaf, intermediate, root');
    assert.ok(new NodeX509Certificate(chain[0] ?? '').publicKey.equals(publicKey));
    assert.equal((await request('someone else')).status, 400);
  });

  it('starts Rekor with entries already logged when asked, so the first real entry has a non-zero index and a proof path', async () => {
    const seeded = await startSigstoreStack({ rekorInitialSize: 5, tsa: false });
    try {
      const response = await postEntry(seeded, hashedRekordProposal('after the placeholders'));
      assert.equal(response.status, 201);
      const [, entry] = singleEntry(await response.json());
      assert.equal(entry.logIndex, 5);
      assert.equal(entry.verification.inclusionProof.treeSize, 6);
      assert.ok(entry.verification.inclusionProof.hashes.length > 0, 'a proof with sibling hashes');
    } finally {
      await seeded.close();
    }
  });

  it('runs without Rekor and the TSA when asked (GitHub private-repository instance shape)', async () => {
    const fulcioOnly = await startSigstoreStack({ rekor: false });
    try {
      assert.equal(fulcioOnly.rekorURL, undefined);
      assert.deepEqual(fulcioOnly.trustedRoot.tlogs, []);
      assert.equal(fulcioOnly.trustedRoot.timestampAuthorities.length, 1);
      assert.throws(() => fulcioOnly.faults.fail('rekor', 1, 500), /without rekor/);
      const artifact = Buffer.from('private');
      const bundle = await blobBuilder(fulcioOnly).create({ data: artifact });
      assert.equal(bundle.verificationMaterial.tlogEntries.length, 0);
      verifyBundle(fulcioOnly, bundle, artifact);
      assert.throws(() => verifyBundle(stack, bundle, artifact), 'another stack does not trust it');
    } finally {
      await fulcioOnly.close();
    }
  });

  it('trusts and names an external Rekor v1 in place of its double, and refuses one when no v1 log runs', async () => {
    const publicKeyDer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });
    const external = { url: 'http://127.0.0.1:1', publicKeyDer, logID: createHash('sha256').update(publicKeyDer).digest() };
    const withExternal = await startSigstoreStack({ rekorV1: external });
    try {
      assert.equal(withExternal.rekorURL, external.url);
      assert.deepEqual(withExternal.trustedRoot.tlogs.map((log) => [log.baseUrl, log.publicKey.rawBytes, log.logId.keyId]), [[external.url, publicKeyDer.toString('base64'), external.logID.toString('base64')]]);
      assert.deepEqual(withExternal.signingConfig.rekorTlogUrls.map((service) => service.url), [external.url]);
      assert.throws(() => withExternal.faults.fail('rekor', 1, 500), /without rekor/);
    } finally {
      await withExternal.close();
    }
    await assert.rejects(startSigstoreStack({ rekor: 'v2', rekorV1: external }), /rekorV1 was given but rekor is v2/);
  });

  it('uses CIContextProvider with the runner environment the stack describes', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, stack.env);
    delete process.env['SIGSTORE_ID_TOKEN'];
    try {
      const artifact = Buffer.from('from env');
      const bundle = await new MessageSignatureBundleBuilder({
        signer: new FulcioSigner({ fulcioBaseURL: stack.fulcioURL, identityProvider: new CIContextProvider('sigstore') }),
        witnesses: witnesses(stack),
      }).create({ data: artifact });
      verifyBundle(stack, bundle, artifact);
    } finally {
      for (const name of Object.keys(stack.env)) {
        delete process.env[name];
      }
      Object.assign(process.env, saved);
    }
  });
});
