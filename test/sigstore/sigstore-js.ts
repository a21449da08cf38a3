// Bundles made by sigstore-js's own signing clients (@sigstore/sign) against the loopback Sigstore
// stack: the verifier is checked on another implementation's output as well as on trust-kit's.
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';
import { startSigstoreStack, type GitHubClaims, type SigstoreStack } from '../support/sigstore/index.js';

type Json = Record<string, unknown>;

/** Which services the instance runs, and how far the certificate authority's clock is off. */
export interface InstanceOptions {
  /** A transparency log (default true): public-good style. */
  tlog?: boolean;
  /** A timestamp authority (default false); without a log it is GitHub's private-repository style. */
  tsa?: boolean;
  /** Whether the trusted root lists the CT log (default true; GitHub's instance lists none). */
  ctlog?: boolean;
  /** Fulcio and the OIDC issuer run this many ms off the logs' clock: certificates outside their validity. */
  certificateClockOffsetMs?: number;
}

/** A loopback instance signing with sigstore-js, and the trusted root that describes it. */
export interface Instance {
  stack: SigstoreStack;
  trustedRoot: Json;
  signBlob(artifact: Buffer, claims?: Partial<GitHubClaims>): Promise<Json>;
  attest(statement: object, claims?: Partial<GitHubClaims>): Promise<Json>;
  close(): Promise<void>;
}

/** Claims of a release run in octo-org/widget at tag v1.2.3, with overrides. */
export function githubClaims(overrides: Partial<GitHubClaims> = {}): Partial<GitHubClaims> {
  return { repository: 'octo-org/widget', ref: 'refs/tags/v1.2.3', ...overrides };
}

/** Starts a stack and signs on it with sigstore-js (no retries: the stack does not fail unless told to). */
export async function startInstance(options: InstanceOptions = {}): Promise<Instance> {
  const offset = options.certificateClockOffsetMs;
  const skewed = offset === undefined ? undefined : () => new Date(Date.now() + offset);
  const stack = await startSigstoreStack({ rekor: options.tlog ?? true, tsa: options.tsa ?? false, ...(skewed === undefined ? {} : { clocks: { fulcio: skewed, oidc: skewed } }) });
  const trustedRoot = structuredClone(stack.trustedRoot) as unknown as Json;
  if (options.ctlog === false) trustedRoot.ctlogs = [];
  const witnesses = (entryType?: 'dsse'): Witness[] => [
    ...(stack.rekorURL === undefined ? [] : [new RekorWitness({ rekorBaseURL: stack.rekorURL, retry: 0, ...(entryType === undefined ? {} : { entryType }) })]),
    ...(stack.tsaURL === undefined ? [] : [new TSAWitness({ tsaBaseURL: stack.tsaURL, retry: 0 })]),
  ];
  const signer = (claims: Partial<GitHubClaims>): FulcioSigner =>
    new FulcioSigner({ fulcioBaseURL: stack.fulcioURL, identityProvider: { getToken: async () => stack.oidc.mintToken(claims) }, retry: 0 });
  return {
    stack,
    trustedRoot,
    async signBlob(artifact, claims = githubClaims()) {
      const bundle = await new MessageSignatureBundleBuilder({ signer: signer(claims), witnesses: witnesses() }).create({ data: artifact });
      return bundleToJSON(bundle) as unknown as Json;
    },
    async attest(statement, claims = githubClaims()) {
      const bundle = await new DSSEBundleBuilder({ signer: signer(claims), witnesses: witnesses('dsse') }).create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' });
      return bundleToJSON(bundle) as unknown as Json;
    },
    close: () => stack.close(),
  };
}

/** A v0.3 message-signature bundle from sigstore-js's v0.2 one (it always emits a certificate chain). */
export function toV03(bundle: Json): Json {
  const material = bundle.verificationMaterial as { x509CertificateChain?: { certificates: { rawBytes: string }[] } } & Json;
  const chain = material.x509CertificateChain;
  if (chain === undefined) return bundle;
  const { x509CertificateChain: _chain, ...rest } = material;
  return { ...bundle, mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { ...rest, certificate: chain.certificates[0] } };
}
