import { generateKeyPairSync, sign as signWith } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, TSAWitness, type Signer } from '@sigstore/sign';
import { CertificateTransparencyLog, FulcioCA } from '../sigstore/fulcio.js';
import type { SigstoreStack, TrustedRootJSON } from '../sigstore/index.js';
import type { ReleaseAttestationSigner } from './releases.js';

/** GitHub's releases signer on github.com, the certificate SAN `gh release verify` requires. */
export const GITHUB_RELEASES_IDENTITY = 'https://dotcom.releases.github.com';

/** A loopback "GitHub" Sigstore instance that signs release attestations, and its trusted root. */
export interface GitHubReleaseSigner {
  readonly sign: ReleaseAttestationSigner;
  /** Signs as `sign` does, under the same CA, with a certificate naming another identity (a workflow of a repository on GitHub's instance). */
  readonly signAs: (identity: string) => ReleaseAttestationSigner;
  /** A trusted root of the instance: its CA (organization `GitHub, Inc.`), CT log, and the stack's TSA; no Rekor, as on GitHub's instance. */
  readonly trustedRoot: TrustedRootJSON;
  /** `trustedRoot` written as a file in `dir`. */
  readonly trustedRootPath: string;
  /** `trustedRoot` on one line (`trusted_root.jsonl`), as `gh ... --custom-trusted-root` reads it. */
  readonly trustedRootJsonlPath: string;
}

/**
 * Makes a second CA beside the stack's (organization `GitHub, Inc.`) that issues certificates
 * with GitHub's releases identity, and signs statements as DSSE bundles timestamped by the
 * stack's TSA: what GitHub does when an immutable release is published.
 */
export async function startGitHubReleaseSigner(stack: SigstoreStack, dir: string, identity = GITHUB_RELEASES_IDENTITY): Promise<GitHubReleaseSigner> {
  if (stack.tsaURL === undefined) throw new Error('the release signer needs the stack\'s TSA');
  const clock = (): Date => new Date();
  const ctlog = new CertificateTransparencyLog(clock);
  const ca = new FulcioCA(clock, ctlog, clock(), 'GitHub, Inc.');
  const validFor = { start: ca.validFrom.toISOString() };
  const trustedRoot: TrustedRootJSON = {
    mediaType: stack.trustedRoot.mediaType,
    tlogs: [],
    certificateAuthorities: [{ subject: { organization: 'GitHub, Inc.', commonName: 'sigstore' }, uri: 'https://fulcio.githubapp.com', certChain: { certificates: ca.chain.map((certificate) => ({ rawBytes: certificate.toString('base64') })) }, validFor }],
    ctlogs: [{ baseUrl: 'https://ctfe.githubapp.test', hashAlgorithm: 'SHA2_256', publicKey: { rawBytes: ctlog.publicKeyDer.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor }, logId: { keyId: ctlog.logID.toString('base64') } }],
    timestampAuthorities: stack.trustedRoot.timestampAuthorities,
  };
  const trustedRootPath = join(dir, 'github_trusted_root.json');
  await writeFile(trustedRootPath, `${JSON.stringify(trustedRoot, null, 2)}\n`);
  const trustedRootJsonlPath = join(dir, 'github_trusted_root.jsonl');
  await writeFile(trustedRootJsonlPath, `${JSON.stringify(trustedRoot)}\n`);
  const tsaBaseURL = stack.tsaURL;
  const signAs = (named: string): ReleaseAttestationSigner => async (statement) => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const leaf = ca.issueLeaf(keys.publicKey, named, []);
    const pem = `-----BEGIN CERTIFICATE-----\n${leaf.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END CERTIFICATE-----\n`;
    const signer: Signer = { sign: async (data) => ({ signature: signWith('sha256', data, keys.privateKey), key: { $case: 'x509Certificate', certificate: pem } }) };
    const builder = new DSSEBundleBuilder({ signer, witnesses: [new TSAWitness({ tsaBaseURL })], certificateChain: false });
    const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' });
    return bundleToJSON(bundle) as unknown as Record<string, unknown>;
  };
  return { sign: signAs(identity), signAs, trustedRoot, trustedRootPath, trustedRootJsonlPath };
}
