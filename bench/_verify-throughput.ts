/**
 * The verification half of the signing benchmarks: offline verification throughput of Sigstore
 * bundles, trust-kit's verifier side by side with sigstore-js's `@sigstore/verify` (trust material
 * built once for both), each bundle timed alone from its JSON text to the verified signer.
 * Bar: median under 2 ms per bundle after the trusted root is loaded, also when the trusted root
 * lists 200 certificate authorities.
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { cliNamer } from '../src/config/inputs.js';
import { signConfig } from '../src/config/sign.js';
import { silentLogger } from '../src/core/logger.js';
import { openSigningSession, type SigningSession } from '../src/sigstore/sign/index.js';
import { exactly, loadTrustMaterial, verifyBundle, type ArtifactInput, type TrustMaterial } from '../src/sigstore/verify/index.js';
import { generateKeyPairSync } from 'node:crypto';
import * as der from '../test/support/sigstore/der.js';
import type { TrustedRootJSON } from '../test/support/sigstore/index.js';
import { OID_COMMON_NAME, OID_ORGANIZATION, issueCertificate } from '../test/support/sigstore/x509.js';
import { median, table } from './_measure.js';
import type { StackProcess } from './_stack.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';

/** One bundle to verify: its file text and what it signs. */
export interface BundleCase {
  text: string;
  /** The signed bytes (message signatures), or the bytes of one of the statement's subjects (DSSE). */
  artifact: Buffer;
}

/** Per-bundle verification times of one verifier, in milliseconds. */
export interface ThroughputFigures {
  medianMs: number;
  p95Ms: number;
  totalMs: number;
}

/** trust-kit's and sigstore-js's figures over the same bundles. */
export interface ThroughputResult {
  label: string;
  count: number;
  /** Bundles sigstore-js verified (a sample when it is slow). */
  peerCount: number;
  trustKit: ThroughputFigures;
  sigstoreJs: ThroughputFigures;
}

function figures(times: readonly number[]): ThroughputFigures {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: median(times), p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0, totalMs: times.reduce((sum, time) => sum + time, 0) };
}

/**
 * Verifies every bundle with trust-kit and (the first `peerLimit` of them) with sigstore-js under
 * the same exact policy and the thresholds the trusted root implies, and returns per-bundle times;
 * throws if either rejects one. A few bundles warm both up first (against separate trust
 * material, so that no certificate is already cached when timed); then each verifier runs in a
 * pass of its own, so that one's garbage is not collected on the other's time.
 */
export function measureVerifyThroughput(label: string, cases: readonly BundleCase[], trustedRoot: object, policy: { identity: string; issuer: string }, peerLimit = cases.length): ThroughputResult {
  const trust = loadTrustMaterial(trustedRoot, 'trusted_root.json');
  const warmTrust = loadTrustMaterial(trustedRoot, 'trusted_root.json');
  const ours = { kind: 'certificate' as const, identity: exactly(policy.identity), issuer: exactly(policy.issuer), extensions: {} };
  const root = trustedRoot as { tlogs?: unknown[]; ctlogs?: unknown[] };
  const peer = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), {
    tlogThreshold: (root.tlogs?.length ?? 0) > 0 ? 1 : 0,
    ctlogThreshold: (root.ctlogs?.length ?? 0) > 0 ? 1 : 0,
    timestampThreshold: 1,
  });
  const peerPolicy = { subjectAlternativeName: `^${policy.identity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, extensions: { issuer: policy.issuer } };
  const verifyOurs = ({ text, artifact }: BundleCase, against: TrustMaterial): void => {
    const input: ArtifactInput = { bytes: artifact };
    verifyBundle(JSON.parse(text), input, ours, against);
  };
  const verifyPeer = ({ text, artifact }: BundleCase): void => {
    const bundle = bundleFromJSON(JSON.parse(text));
    peer.verify(toSignedEntity(bundle, bundle.content.$case === 'messageSignature' ? artifact : undefined), peerPolicy);
  };
  const timed = (work: () => void): number => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  for (const bundle of cases.slice(0, 3)) {
    verifyOurs(bundle, warmTrust);
    verifyPeer(bundle);
  }
  const trustKitTimes = cases.map((bundle) => timed(() => verifyOurs(bundle, trust)));
  const peerCases = cases.slice(0, peerLimit);
  const sigstoreJsTimes = peerCases.map((bundle) => timed(() => verifyPeer(bundle)));
  return { label, count: cases.length, peerCount: peerCases.length, trustKit: figures(trustKitTimes), sigstoreJs: figures(sigstoreJsTimes) };
}

/** The results as a table: median and p95 per bundle for both verifiers, and their ratio. */
export function formatVerifyThroughput(results: readonly ThroughputResult[]): string {
  const rows = [['bundles', 'count', 'trust-kit median', 'p95', 'sigstore-js median', 'p95', 'ratio', 'bar < 2 ms']];
  for (const result of results) {
    rows.push([
      result.label,
      result.peerCount === result.count ? String(result.count) : `${result.count} (sigstore-js ${result.peerCount})`,
      `${result.trustKit.medianMs.toFixed(3)} ms`,
      `${result.trustKit.p95Ms.toFixed(3)} ms`,
      `${result.sigstoreJs.medianMs.toFixed(3)} ms`,
      `${result.sigstoreJs.p95Ms.toFixed(3)} ms`,
      `${(result.trustKit.medianMs / result.sigstoreJs.medianMs).toFixed(3)} x`,
      result.trustKit.medianMs < 2 ? 'met' : 'MISSED',
    ]);
  }
  return table(rows);
}

/** A keyless signing session of trust-kit against the stack: Rekor entry, RFC 3161 timestamp and SCT in every bundle. */
async function session(stack: StackProcess): Promise<SigningSession> {
  const raw: Record<string, string> = { 'subject-path': 'unused', instance: 'public-good', 'fulcio-url': stack.fulcioURL, 'trusted-root': stack.trustedRootPath };
  if (stack.rekorURL !== undefined) raw['rekor-url'] = stack.rekorURL;
  if (stack.tsaURL !== undefined) raw['tsa-url'] = stack.tsaURL;
  const opened = await openSigningSession(signConfig(raw, cliNamer()), {
    cwd: process.cwd(),
    env: { ...stack.env },
    run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined },
    logger: silentLogger,
  });
  if (opened.session === undefined) throw new Error('no signing session');
  return opened.session;
}

/** Certificate authorities in the crowded trusted root: the stack's own and others, each a self-signed P-384 CA of its own name. */
const CROWDED_AUTHORITIES = 200;

/** The stack's trusted root with `count - 1` other CAs listed before its own, as a root shared by many instances would be. */
function crowdedTrustedRoot(trustedRoot: TrustedRootJSON, count: number): TrustedRootJSON {
  const [own] = trustedRoot.certificateAuthorities;
  if (own === undefined) throw new Error('the stack lists no certificate authority');
  const others = Array.from({ length: count - 1 }, (_, index) => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const spki = keys.publicKey.export({ format: 'der', type: 'spki' });
    const name = der.name([[OID_ORGANIZATION, `tenant-${index}.example`], [OID_COMMON_NAME, 'sigstore-intermediate']]);
    const notBefore = new Date(Date.now() - 86_400_000);
    const certificate = issueCertificate({ subject: name, spki, issuerName: name, issuerKey: keys.privateKey, issuerSpki: spki, notBefore, notAfter: new Date(notBefore.getTime() + 30 * 86_400_000), ca: { pathLength: 1 } });
    return { ...own, uri: `https://fulcio.tenant-${index}.example`, certChain: { certificates: [{ rawBytes: certificate.toString('base64') }] } };
  });
  return { ...trustedRoot, certificateAuthorities: [...others, own] };
}

/**
 * Signs bundles with trust-kit on the stack and measures their offline verification: `release`
 * bundles of one session (one certificate, as a release signs them), `distinct` bundles that
 * each carry their own certificate, the worst case for any cache, and those again against a
 * trusted root of {@link CROWDED_AUTHORITIES} CAs.
 */
export async function measureOfflineVerification(stack: StackProcess, release: number, distinct: number): Promise<ThroughputResult[]> {
  const releaseSession = await session(stack);
  const releaseCases: BundleCase[] = [];
  for (let i = 0; i < release; i++) {
    const artifact = Buffer.from(`artifact ${i}\n`);
    releaseCases.push({ text: (await releaseSession.signBlob(artifact, `artifact-${i}`)).text, artifact });
  }
  const distinctCases: BundleCase[] = [];
  for (let i = 0; i < distinct; i++) {
    const artifact = Buffer.from(`distinct ${i}\n`);
    distinctCases.push({ text: (await (await session(stack)).signBlob(artifact, `distinct-${i}`)).text, artifact });
  }
  const policy = { identity: IDENTITY, issuer: ISSUER };
  return [
    measureVerifyThroughput(`${release} of one release`, releaseCases, stack.trustedRoot, policy),
    measureVerifyThroughput(`${distinct}, a certificate each`, distinctCases, stack.trustedRoot, policy),
    // sigstore-js takes near a second a bundle against this root (measured): a sample of it is timed.
    measureVerifyThroughput(`${distinct}, a certificate each, ${CROWDED_AUTHORITIES} CAs`, distinctCases, crowdedTrustedRoot(stack.trustedRoot, CROWDED_AUTHORITIES), policy, 10),
  ];
}
