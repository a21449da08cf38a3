// Bundles for the verifier's tests, made by the real sigstore-js signing clients against
// @sigstore/mock's Fulcio, Rekor and TSA handlers served on 127.0.0.1.
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundleToJSON } from '@sigstore/bundle';
import { initializeCA, initializeCTLog, fulcioHandler } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog, rekorHandler } from '@sigstore/mock/dist/rekor/index.js';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';
import { DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';

/** Options of {@link startInstance}: which witnesses the instance has. */
export interface InstanceOptions {
  tlog?: boolean;
  tsa?: boolean;
  ctlog?: boolean;
  /** Moves the CA's clock: certificates are issued as if at now + this many ms. */
  caClockOffsetMs?: number;
}

/** GitHub Actions claims the mock Fulcio turns into certificate extensions. */
export interface Claims {
  [name: string]: string;
}

/** A running loopback Sigstore instance that signs bundles and describes its trusted root. */
export interface Instance {
  trustedRoot: Record<string, unknown>;
  signBlob(artifact: Buffer, claims?: Claims): Promise<Record<string, unknown>>;
  attest(statement: object, claims?: Claims): Promise<Record<string, unknown>>;
  caRootPem: string;
  close(): Promise<void>;
}

const NOT_BEFORE = new Date(Date.now() - 60 * 60 * 1000).toISOString();

/** The claims of a release workflow run in octo-org/widget at tag v1.2.3. */
export function githubClaims(overrides: Claims = {}): Claims {
  const repository = overrides.repository ?? 'octo-org/widget';
  const ref = overrides.ref ?? 'refs/tags/v1.2.3';
  const workflow = `${repository}/.github/workflows/release.yml@${ref}`;
  return {
    iss: 'https://token.actions.githubusercontent.com',
    sub: `repo:${repository}:ref:${ref}`,
    aud: 'sigstore',
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    repository_id: '1001',
    repository_owner_id: '2002',
    repository_visibility: 'public',
    ref,
    sha: 'a'.repeat(40),
    event_name: 'push',
    workflow_ref: workflow,
    workflow_sha: 'a'.repeat(40),
    job_workflow_ref: workflow,
    job_workflow_sha: 'a'.repeat(40),
    runner_environment: 'github-hosted',
    run_id: '42',
    run_attempt: '1',
    x_san: `https://github.com/${workflow}`,
    ...overrides,
  };
}

function unsignedJwt(claims: Claims): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claims, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 })}.`;
}

type Handler = { path: string; fn: (body: string) => Promise<{ statusCode: number; response: string | ArrayBufferView; contentType?: string }> };

async function serve(handler: Handler, rewrite?: (body: string) => string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (request.url !== handler.path) {
        response.writeHead(404).end();
        return;
      }
      void handler.fn(rewrite === undefined ? body : rewrite(body)).then(({ statusCode, response: payload, contentType }) => {
        response.writeHead(statusCode, { 'content-type': contentType ?? 'application/json' });
        response.end(typeof payload === 'string' ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Rekor stores a DSSE entry in canonical form, not as proposed (the mock logs the proposal). */
function canonicalDsse(body: string): string {
  const proposed = JSON.parse(body) as { kind?: string; spec?: { proposedContent?: { envelope: string; verifiers: string[] } } };
  const content = proposed.spec?.proposedContent;
  if (proposed.kind !== 'dsse' || content === undefined) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((signature) => ({ signature: signature.sig, verifier: content.verifiers[0] })),
    },
  });
}

const ecKeys = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const spki = (key: { export(options: { format: 'der'; type: 'spki' }): Buffer }): Buffer => key.export({ format: 'der', type: 'spki' });

/** Starts a loopback instance: public-good style by default (Fulcio + CT log + Rekor), GitHub style with `{tlog: false, tsa: true, ctlog: false}`. */
export async function startInstance(options: InstanceOptions = {}): Promise<Instance> {
  const withTlog = options.tlog ?? true;
  const withTsa = options.tsa ?? false;
  const withCtlog = options.ctlog ?? true;
  const servers: Server[] = [];
  const ctKeys = ecKeys();
  const ctlog = withCtlog ? await initializeCTLog(ctKeys) : undefined;
  const ca = await initializeCA(ecKeys(), ctlog);
  if (options.caClockOffsetMs !== undefined) {
    const offset = options.caClockOffsetMs;
    (ca as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => new Date(Date.now() + offset);
  }
  const fulcio = await serve(fulcioHandler(ca, { strict: true, subjectClaim: 'x_san' }) as Handler);
  servers.push(fulcio.server);
  const root: Record<string, unknown> = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [
      { subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: fulcio.url, certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer).toString('base64') }] }, validFor: { start: NOT_BEFORE } },
    ],
    ctlogs: [],
    timestampAuthorities: [],
  };
  if (ctlog !== undefined) {
    (root.ctlogs as unknown[]).push({ baseUrl: 'https://ctfe.local', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: ctlog.publicKey.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: NOT_BEFORE } }, logId: { keyId: Buffer.from(ctlog.logID.buffer).toString('base64') } });
  }
  const witnesses: Witness[] = [];
  const retry = { retries: 0 };
  let rekorUrl: string | undefined;
  if (withTlog) {
    const placeholder = await serve({ path: '/api/v1/log/entries', fn: async () => ({ statusCode: 503, response: '' }) });
    rekorUrl = placeholder.url;
    const tlogKeys = ecKeys();
    const tlog = await initializeTLog(rekorUrl, tlogKeys);
    const handler = rekorHandler(tlog, { strict: true }) as Handler;
    placeholder.server.removeAllListeners('request');
    placeholder.server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void handler.fn(canonicalDsse(Buffer.concat(chunks).toString('utf8'))).then(({ statusCode, response: payload }) => {
          response.writeHead(statusCode, { 'content-type': 'application/json' }).end(payload);
        });
      });
    });
    servers.push(placeholder.server);
    const key = spki(tlogKeys.publicKey);
    (root.tlogs as unknown[]).push({ baseUrl: rekorUrl, hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: key.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: NOT_BEFORE } }, logId: { keyId: createHash('sha256').update(key).digest('base64') } });
    witnesses.push(new RekorWitness({ rekorBaseURL: rekorUrl, retry }));
  }
  if (withTsa) {
    const tsa = await initializeTSA(ecKeys());
    // Whole seconds: the mock writes genTime fractions that @sigstore/core's parser rejects.
    (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000);
    const served = await serve(tsaHandler(tsa, { strict: true }) as Handler);
    servers.push(served.server);
    (root.timestampAuthorities as unknown[]).push({
      subject: { organization: 'sigstore.mock', commonName: 'tsa' },
      uri: served.url,
      certChain: { certificates: [{ rawBytes: Buffer.from(tsa.intCertificate.buffer).toString('base64') }, { rawBytes: Buffer.from(tsa.rootCertificate.buffer).toString('base64') }] },
      validFor: { start: NOT_BEFORE },
    });
    witnesses.push(new TSAWitness({ tsaBaseURL: served.url, retry }));
  }
  const signer = (claims: Claims) => new FulcioSigner({ fulcioBaseURL: fulcio.url, identityProvider: { getToken: async () => unsignedJwt(claims) }, retry });
  return {
    trustedRoot: root,
    caRootPem: new X509Certificate(Buffer.from(ca.rootCertificate.buffer)).toString(),
    async signBlob(artifact, claims = githubClaims()) {
      const bundle = await new MessageSignatureBundleBuilder({ signer: signer(claims), witnesses }).create({ data: artifact });
      return bundleToJSON(bundle) as unknown as Record<string, unknown>;
    },
    async attest(statement, claims = githubClaims()) {
      const bundle = await new DSSEBundleBuilder({ signer: signer(claims), witnesses }).create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' });
      return bundleToJSON(bundle) as unknown as Record<string, unknown>;
    },
    async close() {
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })));
    },
  };
}

/** A v0.3 message-signature bundle from sigstore-js's v0.2 one (it always emits a certificate chain). */
export function toV03(bundle: Record<string, unknown>): Record<string, unknown> {
  const material = bundle.verificationMaterial as { x509CertificateChain?: { certificates: { rawBytes: string }[] } } & Record<string, unknown>;
  const chain = material.x509CertificateChain;
  if (chain === undefined) return bundle;
  const { x509CertificateChain: _chain, ...rest } = material;
  return { ...bundle, mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { ...rest, certificate: chain.certificates[0] } };
}
