// The image rows of the interoperability matrix (issues 12 and 14): images signed and attested by trust-kit
// (`sign-image`, `attest-image`, in both formats and in cosign 2's alone) or by cosign 2 and 3 (`sign`, `attest`), each
// verified by trust-kit `verify-image` and by cosign 2 and 3 (`verify`, `verify-attestation`), all against a loopback
// registry with the referrers API and the loopback Sigstore stack.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { RegistryClient } from '../../src/oci/index.js';
import { cli } from '../support/cli.js';
import { buildImage, debianFiles, pushImage } from '../support/oci/images.js';
import { startReferrersRegistry } from '../support/oci/registries.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { IDENTITY, ISSUER } from './matrix.js';
import { PEERS, runPeer, type PeerName } from './tools.js';

const OTHER_IDENTITY = 'https://github.com/octo-org/other-repo/.github/workflows/release.yml@refs/heads/main';
const PREDICATE_TYPE = 'https://example.com/test-result/v1';

/** What an image row checks: a signature, or an attestation of PREDICATE_TYPE. */
export type ImageKind = 'signature' | 'attestation';

/** The running registry and stack the image rows sign against, and the images each producer signed (once). */
export interface ImagesContext {
  readonly dir: string;
  readonly stack: SigstoreStack;
  readonly registry: string;
  readonly client: RegistryClient;
  readonly produced: Map<string, Promise<string>>;
  close(): Promise<void>;
}

/** One image row: who signed or attested the image, and the identity the verifiers are asked for. */
export interface ImageRow {
  readonly producer: string;
  readonly check: string;
  readonly kind: ImageKind;
  /** `verified`, or `identity`: every verifier must refuse because another identity is asked for. */
  readonly expect: 'verified' | 'identity';
  readonly identity: string;
  /**
   * The image carries cosign 2's tags only (`.sig` or `.att`, no referrer): cosign 2 checks them with its legacy
   * trust (SIGSTORE_ROOT_FILE and the log and CT keys), as a cosign 2 user without --trusted-root does; its
   * verify-attestation takes --trusted-root only with --new-bundle-format, which reads referrers only (given an
   * image with both, it checks the referrer and never the `.att`).
   */
  readonly legacy?: boolean;
  /** Peers the producer needs. */
  readonly needs: readonly PeerName[];
  /** The pinned reference (`registry/repo@digest`) of the signed image; memoised per producer. */
  produce(context: ImagesContext): Promise<string>;
}

/** One image verifier. */
export interface ImageColumn {
  readonly name: string;
  readonly peer: PeerName | undefined;
  readonly reads: ImageKind;
  verify(context: ImagesContext, image: string, row: Pick<ImageRow, 'identity' | 'legacy'>): Promise<{ verified: boolean; reason: string; detail: string }>;
}

/** Starts the Sigstore stack and a referrers-API registry (go-containerregistry), with files in `dir`. */
export async function openImages(dir: string): Promise<ImagesContext> {
  // The registry helpers stop their server through a test's `after`; outside a test, close() runs those hooks.
  const cleanups: Array<() => unknown> = [];
  const scope = { after: (hook: () => unknown) => void cleanups.push(hook) } as unknown as TestContext;
  const stack = await startSigstoreStack();
  try {
    const registry = await startReferrersRegistry(scope);
    const client = new RegistryClient({ plainHttp: [registry.name] });
    await writeFile(join(dir, 'signing_config.json'), JSON.stringify(stack.signingConfig));
    await writeFile(join(dir, 'predicate.json'), JSON.stringify({ passed: true }));
    await writeLegacyTrust(join(dir, 'legacy-trust'), stack);
    return {
      dir,
      stack,
      registry: registry.name,
      client,
      produced: new Map(),
      close: async () => {
        client.close();
        for (const hook of cleanups) await hook();
        await stack.close();
      },
    };
  } catch (error) {
    for (const hook of cleanups) await hook();
    await stack.close();
    throw error;
  }
}

const pem = (label: string, base64: string): string => `-----BEGIN ${label}-----\n${(base64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;

/** The stack's trust material as cosign 2 takes it without a trusted root: PEM files named by environment variables. */
async function writeLegacyTrust(dir: string, stack: SigstoreStack): Promise<void> {
  await mkdir(dir, { recursive: true });
  const root = stack.trustedRoot as unknown as {
    certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[];
    tlogs: { publicKey: { rawBytes: string } }[];
    ctlogs: { publicKey: { rawBytes: string } }[];
  };
  await writeFile(join(dir, 'fulcio.pem'), root.certificateAuthorities.flatMap((ca) => ca.certChain.certificates.map((cert) => pem('CERTIFICATE', cert.rawBytes))).join(''));
  await writeFile(join(dir, 'rekor.pub'), root.tlogs.map((log) => pem('PUBLIC KEY', log.publicKey.rawBytes)).join(''));
  await writeFile(join(dir, 'ctlog.pub'), root.ctlogs.map((log) => pem('PUBLIC KEY', log.publicKey.rawBytes)).join(''));
}

function legacyTrustEnv(context: ImagesContext): Record<string, string> {
  const dir = join(context.dir, 'legacy-trust');
  return { SIGSTORE_ROOT_FILE: join(dir, 'fulcio.pem'), SIGSTORE_REKOR_PUBLIC_KEY: join(dir, 'rekor.pub'), SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: join(dir, 'ctlog.pub') };
}

async function pushed(context: ImagesContext, marker: string): Promise<string> {
  const image = buildImage(debianFiles(marker));
  const repository = { registry: context.registry, repository: 'acme/app' };
  await pushImage(context.client, repository, image);
  return `${context.registry}/acme/app@${image.digest}`;
}

function mustSucceed(what: string, run: { code: number; stderr: string }): void {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
}

function signingFlags(context: ImagesContext): string[] {
  return ['--allow-http-registry', '--fulcio-url', context.stack.fulcioURL, '--rekor-url', context.stack.rekorURL ?? '', '--trusted-root', context.stack.trustedRootPath];
}

function memo(context: ImagesContext, key: string, make: () => Promise<string>): Promise<string> {
  let image = context.produced.get(key);
  if (image === undefined) {
    image = make();
    context.produced.set(key, image);
  }
  return image;
}

const trustKitSigned = (context: ImagesContext): Promise<string> =>
  memo(context, 'trust-kit sign-image', async () => {
    const image = await pushed(context, 'signed by trust-kit');
    mustSucceed('trust-kit sign-image', await cli(['sign-image', ...signingFlags(context), image], context.dir, { SIGSTORE_ID_TOKEN: context.stack.oidc.mintToken(), HOME: context.dir }));
    return image;
  });

const trustKitAttested = (context: ImagesContext): Promise<string> =>
  memo(context, 'trust-kit attest-image', async () => {
    const image = await pushed(context, 'attested by trust-kit');
    const args = ['attest-image', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', PREDICATE_TYPE, ...signingFlags(context), image];
    mustSucceed('trust-kit attest-image', await cli(args, context.dir, { SIGSTORE_ID_TOKEN: context.stack.oidc.mintToken(), HOME: context.dir }));
    return image;
  });

const trustKitSignedLegacy = (context: ImagesContext): Promise<string> =>
  memo(context, 'trust-kit sign-image --signature-format cosign2', async () => {
    const image = await pushed(context, 'signed by trust-kit in cosign 2 format');
    mustSucceed('trust-kit sign-image --signature-format cosign2', await cli(['sign-image', '--signature-format', 'cosign2', ...signingFlags(context), image], context.dir, { SIGSTORE_ID_TOKEN: context.stack.oidc.mintToken(), HOME: context.dir }));
    return image;
  });

const trustKitAttestedLegacy = (context: ImagesContext): Promise<string> =>
  memo(context, 'trust-kit attest-image --attestation-format cosign2', async () => {
    const image = await pushed(context, 'attested by trust-kit in cosign 2 format');
    const args = ['attest-image', '--attestation-format', 'cosign2', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', PREDICATE_TYPE, ...signingFlags(context), image];
    mustSucceed('trust-kit attest-image --attestation-format cosign2', await cli(args, context.dir, { SIGSTORE_ID_TOKEN: context.stack.oidc.mintToken(), HOME: context.dir }));
    return image;
  });

const cosignSigned = (peer: 'cosign2' | 'cosign3') => (context: ImagesContext): Promise<string> =>
  memo(context, `${peer} sign`, async () => {
    const image = await pushed(context, `signed by ${peer}`);
    // cosign 3 signs with the signing config (Fulcio v2); cosign 2 with the service flags, its usual way.
    const services = peer === 'cosign3' ? ['--signing-config', 'signing_config.json'] : ['--fulcio-url', context.stack.fulcioURL, '--rekor-url', context.stack.rekorURL ?? ''];
    const args = ['sign', '--yes', '--allow-http-registry', ...services, '--trusted-root', context.stack.trustedRootPath, '--identity-token', context.stack.oidc.mintToken(), image];
    mustSucceed(`${PEERS[peer].name} sign`, await runPeer(PEERS[peer], args, context.dir));
    return image;
  });

const cosignAttested = (peer: 'cosign2' | 'cosign3') => (context: ImagesContext): Promise<string> =>
  memo(context, `${peer} attest`, async () => {
    const image = await pushed(context, `attested by ${peer}`);
    // As for signing: cosign 3 with the signing config (a referrer bundle), cosign 2 with the service flags (its .att).
    const services = peer === 'cosign3' ? ['--signing-config', 'signing_config.json'] : ['--fulcio-url', context.stack.fulcioURL, '--rekor-url', context.stack.rekorURL ?? ''];
    const args = ['attest', '--yes', '--allow-http-registry', ...services, '--trusted-root', context.stack.trustedRootPath, '--identity-token', context.stack.oidc.mintToken(), '--predicate', 'predicate.json', '--type', PREDICATE_TYPE, image];
    mustSucceed(`${PEERS[peer].name} attest`, await runPeer(PEERS[peer], args, context.dir));
    return image;
  });

function imageRow(producer: string, kind: ImageKind, needs: readonly PeerName[], produce: (context: ImagesContext) => Promise<string>, legacy = false): ImageRow[] {
  const shared = { producer, kind, needs, produce, ...(legacy ? { legacy } : {}) };
  return [
    { ...shared, check: kind, expect: 'verified', identity: IDENTITY },
    { ...shared, check: 'another identity asked for', expect: 'identity', identity: OTHER_IDENTITY },
  ];
}

/** The image rows: each producer's image, verified as signed, and refused when another identity is asked for. */
export const IMAGE_ROWS: readonly ImageRow[] = [
  ...imageRow('trust-kit sign-image', 'signature', [], trustKitSigned),
  ...imageRow('trust-kit attest-image', 'attestation', [], trustKitAttested),
  ...imageRow('cosign 3 sign', 'signature', ['cosign3'], cosignSigned('cosign3')),
  ...imageRow('cosign 2 sign', 'signature', ['cosign2'], cosignSigned('cosign2')),
  ...imageRow('trust-kit sign-image --signature-format cosign2 (.sig only)', 'signature', [], trustKitSignedLegacy, true),
  ...imageRow('trust-kit attest-image --attestation-format cosign2 (.att only)', 'attestation', [], trustKitAttestedLegacy, true),
  ...imageRow('cosign 3 attest', 'attestation', ['cosign3'], cosignAttested('cosign3')),
  ...imageRow('cosign 2 attest (.att)', 'attestation', ['cosign2'], cosignAttested('cosign2'), true),
];

function policy(context: ImagesContext, identity: string, trustedRoot = true): string[] {
  return ['--allow-http-registry', ...(trustedRoot ? ['--trusted-root', context.stack.trustedRootPath] : []), '--certificate-identity', identity, '--certificate-oidc-issuer', ISSUER];
}

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
}

const trustKitVerifyImage = (reads: ImageKind): ImageColumn => ({
  name: reads === 'signature' ? 'trust-kit verify-image' : 'trust-kit verify-image --predicate-type',
  peer: undefined,
  reads,
  async verify(context, image, row) {
    const only = reads === 'attestation' ? ['--no-signature', '--predicate-type', PREDICATE_TYPE] : [];
    const run = await cli(['verify-image', ...policy(context, row.identity), ...only, image], context.dir, { HOME: context.dir });
    if (run.code === 0) return { verified: true, reason: '', detail: firstLine(run.stdout) };
    return { verified: false, reason: /VERIFY_POLICY_IDENTITY_MISMATCH/.test(run.stderr) ? 'identity' : 'other', detail: firstLine(run.stderr) };
  },
});

const cosignVerify = (peer: 'cosign2' | 'cosign3', reads: ImageKind): ImageColumn => ({
  name: `${PEERS[peer].name} ${reads === 'signature' ? 'verify' : 'verify-attestation'}`,
  peer,
  reads,
  async verify(context, image, row) {
    const command = reads === 'signature' ? ['verify'] : ['verify-attestation', '--type', PREDICATE_TYPE];
    // cosign 2 reads cosign 2's own tags with its legacy trust; cosign 3's --trusted-root reads them as well.
    const legacy = peer === 'cosign2' && row.legacy === true;
    const run = await runPeer(PEERS[peer], [...command, ...policy(context, row.identity, !legacy), image], context.dir, legacy ? legacyTrustEnv(context) : {});
    if (run.code === 0) return { verified: true, reason: '', detail: '' };
    // cosign 2 and 3: "none of the expected identities matched", or "expected SAN value ..., got ...".
    return { verified: false, reason: /expected identities|expected SAN value/.test(run.stderr) ? 'identity' : 'other', detail: firstLine(run.stderr.split('\n').filter((line) => /^Error/.test(line)).join('\n') || run.stderr) };
  },
});

/** The image verifiers: trust-kit verify-image and cosign 2 and 3, for signatures and for attestations. */
export const IMAGE_COLUMNS: readonly ImageColumn[] = [
  trustKitVerifyImage('signature'),
  cosignVerify('cosign2', 'signature'),
  cosignVerify('cosign3', 'signature'),
  trustKitVerifyImage('attestation'),
  cosignVerify('cosign2', 'attestation'),
  cosignVerify('cosign3', 'attestation'),
];

/** The mark a cell must have: n/a where the column reads the other kind, else what the row expects. */
export function expectedImageMark(row: ImageRow, column: ImageColumn): string {
  if (row.kind !== column.reads) return 'n/a';
  return row.expect === 'verified' ? '✓' : `✗ ${row.expect}`;
}

/** Runs one cell and returns its mark, with the verifier's words for failure messages. */
export async function runImageCell(context: ImagesContext, row: ImageRow, column: ImageColumn): Promise<{ mark: string; detail: string }> {
  if (row.kind !== column.reads) return { mark: 'n/a', detail: '' };
  const image = await row.produce(context);
  const outcome = await column.verify(context, image, row);
  return { mark: outcome.verified ? '✓' : `✗ ${outcome.reason}`, detail: outcome.detail };
}
