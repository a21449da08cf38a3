/**
 * The verification half of the signing benchmarks: offline verification throughput of Sigstore
 * bundles, trust-kit's verifier side by side with sigstore-js's `@sigstore/verify` (trust material
 * built once for both), each bundle timed alone from its JSON text to the verified signer.
 * Bar: median under 2 ms per bundle after the trusted root is loaded.
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { exactly, loadTrustMaterial, verifyBundle, type ArtifactInput } from '../src/sigstore/verify/index.js';
import { median, table } from './_measure.js';

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
  trustKit: ThroughputFigures;
  sigstoreJs: ThroughputFigures;
}

function figures(times: readonly number[]): ThroughputFigures {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: median(times), p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0, totalMs: times.reduce((sum, time) => sum + time, 0) };
}

/**
 * Verifies every bundle with trust-kit and with sigstore-js under the same exact policy and the
 * thresholds the trusted root implies, and returns per-bundle times; throws if either rejects one.
 */
export function measureVerifyThroughput(label: string, cases: readonly BundleCase[], trustedRoot: object, policy: { identity: string; issuer: string }): ThroughputResult {
  const trust = loadTrustMaterial(trustedRoot, 'trusted_root.json');
  const ours = { kind: 'certificate' as const, identity: exactly(policy.identity), issuer: exactly(policy.issuer), extensions: {} };
  const root = trustedRoot as { tlogs?: unknown[]; ctlogs?: unknown[] };
  const peer = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), {
    tlogThreshold: (root.tlogs?.length ?? 0) > 0 ? 1 : 0,
    ctlogThreshold: (root.ctlogs?.length ?? 0) > 0 ? 1 : 0,
    timestampThreshold: 1,
  });
  const peerPolicy = { subjectAlternativeName: `^${policy.identity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, extensions: { issuer: policy.issuer } };
  const trustKitTimes: number[] = [];
  const sigstoreJsTimes: number[] = [];
  for (const { text, artifact } of cases) {
    const input: ArtifactInput = { bytes: artifact };
    let start = performance.now();
    verifyBundle(JSON.parse(text), input, ours, trust);
    trustKitTimes.push(performance.now() - start);
    start = performance.now();
    const bundle = bundleFromJSON(JSON.parse(text));
    peer.verify(toSignedEntity(bundle, bundle.content.$case === 'messageSignature' ? artifact : undefined), peerPolicy);
    sigstoreJsTimes.push(performance.now() - start);
  }
  return { label, count: cases.length, trustKit: figures(trustKitTimes), sigstoreJs: figures(sigstoreJsTimes) };
}

/** The results as a table: median and p95 per bundle for both verifiers, and their ratio. */
export function formatVerifyThroughput(results: readonly ThroughputResult[]): string {
  const rows = [['bundles', 'count', 'trust-kit median', 'p95', 'sigstore-js median', 'p95', 'ratio', 'bar < 2 ms']];
  for (const result of results) {
    rows.push([
      result.label,
      String(result.count),
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
