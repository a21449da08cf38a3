import type { Command } from '../command.js';

/**
 * A subcommand as `--help` lists it. Its implementation is loaded only when it runs, so that
 * `trust-kit sbom` never pays for loading the Sigstore clients, nor `--version` for anything.
 */
export interface CommandEntry {
  name: string;
  /** One line for the command list. */
  summary: string;
  load(): Promise<Command>;
}

/** Every `trust-kit` subcommand, in the order `--help` lists them; adding one is one line here. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'release', summary: 'produce the release evidence for artifacts: checksums, SBOMs, a signature and VERIFY.md', load: async () => (await import('./release.js')).releaseCommand },
  { name: 'checksums', summary: 'write a checksums file (sha256sum format) for release artifacts, or check one', load: async () => (await import('./checksums.js')).checksumsCommand },
  { name: 'sbom', summary: 'write an SBOM (SPDX 2.3 or CycloneDX 1.5-1.7 JSON) of a project from its lockfiles', load: async () => (await import('./sbom.js')).sbomCommand },
  { name: 'attest', summary: 'sign in-toto attestations (SLSA provenance, SBOMs, custom predicates) of files as DSSE bundles (<name>.intoto.jsonl)', load: async () => (await import('./attest.js')).attestCommand },
  { name: 'sign-blob', summary: 'sign files into Sigstore bundles (<file>.sigstore.json), keyless with an OIDC identity or with a local key', load: async () => (await import('./sign-blob.js')).signBlobCommand },
  { name: 'sign-image', summary: 'sign container images by digest: a Sigstore bundle attached as an OCI referrer (cosign 3), and by default cosign 2\'s .sig too', load: async () => (await import('./sign-image.js')).signImageCommand },
  { name: 'attest-image', summary: 'attest container images (SLSA provenance, SBOMs, custom predicates) as referrers cosign 3 reads, and by default as cosign 2\'s .att', load: async () => (await import('./attest-image.js')).attestImageCommand },
  { name: 'verify-image', summary: 'verify the signatures and attestations attached to a container image (referrers API or tag fallback)', load: async () => (await import('./verify-image.js')).verifyImageCommand },
  { name: 'generate-key-pair', summary: 'create an ECDSA P-256 key pair for signing without an OIDC identity (PREFIX.key, PREFIX.pub)', load: async () => (await import('./generate-key-pair.js')).generateKeyPairCommand },
  { name: 'verify-blob', summary: 'verify a Sigstore bundle for a file or a sha256: digest (cosign verify-blob flags)', load: async () => (await import('./verify-blob.js')).verifyBlobCommand },
  { name: 'verify-attestation', summary: 'verify an in-toto attestation (SLSA provenance, SBOM) about a file, as gh attestation verify --bundle does, offline', load: async () => (await import('./verify-attestation.js')).verifyAttestationCommand },
  { name: 'verify-release', summary: 'verify offline everything a downloaded release carries (signed checksums, attestations) under a verification policy', load: async () => (await import('./verify-release.js')).verifyReleaseCommand },
  { name: 'verify-checksums', summary: 'verify a signed checksums file, then artifacts against it (the one command after downloading a release)', load: async () => (await import('./verify-checksums.js')).verifyChecksumsCommand },
];
