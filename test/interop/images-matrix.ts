// The image rows of the interoperability matrix (issues 12 and 14): images signed and attested by trust-kit
// (`sign-image`, `attest-image`, in both formats and in cosign 2's alone) or by cosign 2 and 3 (`sign`, `attest`), each
// verified by trust-kit `verify-image` and by cosign 2 and 3 (`verify`, `verify-attestation`), all against a loopback
// registry with the referrers API and the loopback Sigstore stack. Keyed rows: images signed with a key (`cosign sign
// --key`, cosign 2's `.sig` and cosign 3's referrer, logged or not; `trust-kit sign-image --key`), verified with the
// public key, and refused by every verifier for the same reason when another key is given, the signature is altered
// or the signature is moved onto another image.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { blobFromBytes, DSSE_ENVELOPE_MEDIA_TYPE, LEGACY_ANNOTATIONS, legacyAttestationTag, legacySignatureTag, parseImageReference, RegistryClient, type DigestReference } from '../../src/oci/index.js';
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
  /**
   * `verified`, or the reason every verifier must refuse for: `identity` (another identity asked for), `signature`
   * (another key asked for, or the signature altered), `subject` (the signature is another image's).
   */
  readonly expect: 'verified' | 'identity' | 'signature' | 'subject';
  readonly identity: string;
  /** A keyed row: the public key the verifiers are given instead of an identity, and whether the signature is in a log. */
  readonly keyed?: { readonly publicKey: string; readonly logged: boolean };
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
  verify(context: ImagesContext, image: string, row: Pick<ImageRow, 'identity' | 'legacy' | 'keyed'>): Promise<{ verified: boolean; reason: string; detail: string }>;
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

/** The passphrase of encrypted key rows; the others use the empty one cosign also encrypts with. */
const PASSPHRASE = 'correct horse battery staple';

/**
 * Who made a key pair, and whether its private half is encrypted with PASSPHRASE (else the empty passphrase).
 * `openssl`: an OpenSSL EC key imported into cosign's format by cosign 2, with a certificate for it (PREFIX.crt,
 * self-signed, code signing) that `cosign sign --key --certificate` attaches, as a private CA's would be.
 */
interface KeyPair {
  readonly maker: 'trust-kit' | 'cosign2' | 'cosign3' | 'openssl';
  readonly encrypted: boolean;
}

const keyPrefix = (key: KeyPair): string => `image-key-${key.maker}-${key.encrypted ? 'encrypted' : 'empty'}`;
const passphraseOf = (key: KeyPair): string => (key.encrypted ? PASSPHRASE : '');
const MAKERS = { 'trust-kit': 'trust-kit key', cosign2: 'cosign 2 key', cosign3: 'cosign 3 key', openssl: 'OpenSSL key with its certificate' } as const;
const describeKey = (key: KeyPair): string => `${MAKERS[key.maker]}, ${key.encrypted ? 'encrypted' : 'empty passphrase'}`;
/** The key the "another key asked for" rows verify with: one that signed nothing. */
const OTHER_KEY: KeyPair = { maker: 'trust-kit', encrypted: false };
const OTHER_KEY_PREFIX = 'image-key-other';

/** Writes a key pair (PREFIX.key, PREFIX.pub) in the matrix directory once; returns the prefix. */
function keyPair(context: ImagesContext, key: KeyPair, prefix = keyPrefix(key)): Promise<string> {
  return memo(context, `key ${prefix}`, async () => {
    const passphrase = passphraseOf(key);
    if (key.maker === 'openssl') {
      const pem = `${prefix}-openssl.pem`;
      mustSucceed('openssl ecparam', await runPeer(PEERS.openssl, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', pem], context.dir));
      const subject = ['-subj', '/CN=release-signer@example.com', '-addext', 'keyUsage=critical,digitalSignature', '-addext', 'extendedKeyUsage=codeSigning'];
      mustSucceed('openssl req -x509', await runPeer(PEERS.openssl, ['req', '-new', '-x509', '-key', pem, '-out', `${prefix}.crt`, '-days', '2', ...subject], context.dir));
      mustSucceed('cosign 2 import-key-pair', await runPeer(PEERS.cosign2, ['import-key-pair', '--key', pem, '--output-key-prefix', prefix], context.dir, { COSIGN_PASSWORD: passphrase }));
      return prefix;
    }
    const run =
      key.maker === 'trust-kit'
        ? await cli(['generate-key-pair', '--output-key-prefix', prefix, '--force'], context.dir, { TRUST_KIT_KEY_PASSPHRASE: passphrase })
        : await runPeer(PEERS[key.maker], ['generate-key-pair', '--output-key-prefix', prefix], context.dir, { COSIGN_PASSWORD: passphrase });
    mustSucceed(`${key.maker} generate-key-pair`, run);
    return prefix;
  });
}

/** Signs `image` with the key pair whose prefix is given. */
type KeyedSigner = (context: ImagesContext, image: string, prefix: string, passphrase: string) => Promise<void>;

/** `--certificate PREFIX.crt` for a key pair that has one (its maker is `openssl`). */
const certificateOf = (certified: boolean, prefix: string): string[] => (certified ? ['--certificate', `${prefix}.crt`] : []);

/** `cosign sign --key`: cosign 2's `.sig`, or cosign 3's referrer (`legacy`: its `.sig`), logged in Rekor or not; `certified`: with the key's certificate. */
const cosignSignsWithKey = (peer: 'cosign2' | 'cosign3', logged: boolean, legacy = false, certified = false): KeyedSigner => async (context, image, prefix, passphrase) => {
  const rekor = ['--rekor-url', context.stack.rekorURL ?? ''];
  let services: string[];
  if (peer === 'cosign3' && !legacy) services = logged ? ['--signing-config', 'signing_config.json', '--trusted-root', context.stack.trustedRootPath] : ['--use-signing-config=false', '--tlog-upload=false'];
  else services = [...(peer === 'cosign3' ? ['--new-bundle-format=false', '--use-signing-config=false'] : []), ...(logged ? rekor : ['--tlog-upload=false'])];
  mustSucceed(`${PEERS[peer].name} sign --key`, await runPeer(PEERS[peer], ['sign', '--yes', '--allow-http-registry', '--key', `${prefix}.key`, ...certificateOf(certified, prefix), ...services, image], context.dir, { COSIGN_PASSWORD: passphrase }));
};

/** `cosign attest --key` of the custom predicate: cosign 2's `.att`, or cosign 3's referrer, logged in Rekor or not; `certified`: with the key's certificate. */
const cosignAttestsWithKey = (peer: 'cosign2' | 'cosign3', logged: boolean, certified = false): KeyedSigner => async (context, image, prefix, passphrase) => {
  let services: string[];
  if (peer === 'cosign3') services = logged ? ['--signing-config', 'signing_config.json', '--trusted-root', context.stack.trustedRootPath] : ['--use-signing-config=false', '--tlog-upload=false'];
  else services = logged ? ['--rekor-url', context.stack.rekorURL ?? ''] : ['--tlog-upload=false'];
  const args = ['attest', '--yes', '--allow-http-registry', '--key', `${prefix}.key`, ...certificateOf(certified, prefix), ...services, '--predicate', 'predicate.json', '--type', PREDICATE_TYPE, image];
  mustSucceed(`${PEERS[peer].name} attest --key`, await runPeer(PEERS[peer], args, context.dir, { COSIGN_PASSWORD: passphrase }));
};

/** `trust-kit attest-image --key` of the custom predicate in an attestation format (offline: no log entry). */
const trustKitAttestsWithKey = (format: 'both' | 'cosign2'): KeyedSigner => async (context, image, prefix, passphrase) => {
  const env = { HOME: context.dir, TRUST_KIT_KEY_PASSPHRASE: passphrase, COSIGN_PASSWORD: passphrase };
  const args = ['attest-image', '--allow-http-registry', '--attestation-format', format, '--key', `${prefix}.key`, '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', PREDICATE_TYPE, image];
  mustSucceed('trust-kit attest-image --key', await cli(args, context.dir, env));
};

/** `trust-kit sign-image --key` in a signature format (signs offline: no log entry). */
const trustKitSignsWithKey = (format: 'both' | 'cosign2' | 'cosign3'): KeyedSigner => async (context, image, prefix, passphrase) => {
  const env = { HOME: context.dir, TRUST_KIT_KEY_PASSPHRASE: passphrase, COSIGN_PASSWORD: passphrase };
  mustSucceed('trust-kit sign-image --key', await cli(['sign-image', '--allow-http-registry', '--signature-format', format, '--key', `${prefix}.key`, image], context.dir, env));
};

const flipLastByte = (base64: string): string => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  return bytes.toString('base64');
};

/** A DSSE envelope's or bundle's signatures, each with its last byte flipped. */
function alterEnvelope(document: { signatures?: { sig: string }[]; dsseEnvelope?: { signatures: { sig: string }[] }; messageSignature?: { signature: string } }): void {
  for (const signature of [...(document.signatures ?? []), ...(document.dsseEnvelope?.signatures ?? [])]) signature.sig = flipLastByte(signature.sig);
  if (document.messageSignature !== undefined) document.messageSignature.signature = flipLastByte(document.messageSignature.signature);
}

/** A blob of the repository (a bundle or DSSE envelope), altered, pushed, and its new digest and size. */
async function alteredBlob(context: ImagesContext, repository: { registry: string; repository: string }, digest: string): Promise<{ digest: string; size: number }> {
  const document = JSON.parse((await context.client.readBlob(repository, digest, 1024 * 1024)).toString('utf8')) as Parameters<typeof alterEnvelope>[0];
  alterEnvelope(document);
  const altered = blobFromBytes(Buffer.from(JSON.stringify(document)));
  await context.client.pushBlob(repository, altered);
  return { digest: altered.digest, size: altered.size };
}

/**
 * Alters every signature attached to `image`, the last byte of each flipped (`.sig` layers' signature annotations,
 * the envelopes of `.att` layers, referrer bundles, each referrer replaced; `referrersOnly`: the referrers' alone), or
 * moves them all onto `onto` (cosign 2's manifests under its tags, each referrer pushed again with it as subject).
 */
async function alterSignatures(context: ImagesContext, image: string, options: { onto?: { digest: string; mediaType: string; size: number }; referrersOnly?: boolean } = {}): Promise<void> {
  const { onto } = options;
  const subject = parseImageReference(image) as DigestReference;
  const repository = { registry: subject.registry, repository: subject.repository };
  for (const tagOf of options.referrersOnly === true ? [] : [legacySignatureTag, legacyAttestationTag]) {
    const legacy = await context.client.getManifest({ ...repository, tag: tagOf(subject.digest) }).catch((error: unknown) => {
      if ((error as { code?: unknown }).code === 'OCI_NOT_FOUND') return undefined;
      throw error;
    });
    if (legacy === undefined) continue;
    const manifest = JSON.parse(legacy.bytes.toString('utf8')) as { layers: { mediaType: string; digest: string; size: number; annotations: Record<string, string> }[] };
    for (const [position, layer] of manifest.layers.entries()) {
      if (onto !== undefined) continue;
      // A `.sig` layer's signature is its annotation; an `.att` layer's (whose annotation is empty) is inside the envelope it holds.
      if (layer.mediaType === DSSE_ENVELOPE_MEDIA_TYPE) manifest.layers[position] = { ...layer, ...(await alteredBlob(context, repository, layer.digest)) };
      else layer.annotations[LEGACY_ANNOTATIONS.signature] = flipLastByte(layer.annotations[LEGACY_ANNOTATIONS.signature] ?? '');
    }
    await context.client.putManifest(repository, Buffer.from(JSON.stringify(manifest)), legacy.mediaType, tagOf(onto?.digest ?? subject.digest));
  }
  for (const descriptor of (await context.client.referrers(subject)).descriptors) {
    const fetched = await context.client.getManifest({ ...repository, digest: descriptor.digest });
    const manifest = JSON.parse(fetched.bytes.toString('utf8')) as { layers: { digest: string; size: number }[]; subject: unknown };
    const [layer] = manifest.layers;
    if (onto !== undefined) {
      manifest.subject = onto;
    } else if (layer !== undefined) {
      manifest.layers[0] = { ...layer, ...(await alteredBlob(context, repository, layer.digest)) };
      // The original would still be listed, and verify: it goes (go-containerregistry's registry lists what it holds).
      const deleted = await fetch(`http://${subject.registry}/v2/${subject.repository}/manifests/${descriptor.digest}`, { method: 'DELETE' });
      if (!deleted.ok) throw new Error(`DELETE referrer ${descriptor.digest}: HTTP ${deleted.status}`);
    }
    await context.client.putManifest(repository, Buffer.from(JSON.stringify(manifest)), fetched.mediaType);
  }
}

/**
 * An image `trust-kit sign-image --key` signed in both formats, whose referrer bundle alone is then altered: its
 * `.sig` still verifies with the key. Returned with the public key (a documented difference: trust-kit verifies it
 * through the `.sig`, cosign 2 and 3 read the referrer alone when there is one, and refuse).
 */
export async function referrerAlteredImage(context: ImagesContext): Promise<{ image: string; publicKey: string }> {
  const key: KeyPair = { maker: 'trust-kit', encrypted: false };
  const prefix = await keyPair(context, key);
  const image = await pushed(context, 'signed by trust-kit in both formats, its referrer altered');
  await trustKitSignsWithKey('both')(context, image, prefix, passphraseOf(key));
  await alterSignatures(context, image, { referrersOnly: true });
  return { image, publicKey: `${prefix}.pub` };
}

/**
 * The rows of a keyed producer of signatures or attestations: the image signed with the key and verified with its
 * public half; with `refusals`, also refused when another key is asked for, when each signature is altered, and when
 * the signatures are moved onto another image (each a fresh image, signed then changed).
 */
function keyedRows(kind: ImageKind, command: string, format: string, needs: readonly PeerName[], key: KeyPair, logged: boolean, sign: KeyedSigner, refusals: boolean): ImageRow[] {
  const producer = `${command} (${format}, ${describeKey(key)})`;
  const signed = async (context: ImagesContext, marker: string): Promise<string> => {
    const prefix = await keyPair(context, key);
    const image = await pushed(context, `${producer}: ${marker}`);
    await sign(context, image, prefix, passphraseOf(key));
    return image;
  };
  const keyed = (publicKey: string) => ({ publicKey: `${publicKey}.pub`, logged });
  const shared = { producer, kind, needs, identity: IDENTITY };
  const rows: ImageRow[] = [{ ...shared, check: kind, expect: 'verified', keyed: keyed(keyPrefix(key)), produce: (context) => memo(context, producer, () => signed(context, 'signed')) }];
  if (!refusals) return rows;
  return [
    ...rows,
    {
      ...shared,
      check: 'another key asked for',
      expect: 'signature',
      keyed: keyed(OTHER_KEY_PREFIX),
      produce: async (context) => {
        await keyPair(context, OTHER_KEY, OTHER_KEY_PREFIX);
        return memo(context, producer, () => signed(context, 'signed'));
      },
    },
    {
      ...shared,
      check: `${kind} altered`,
      expect: 'signature',
      keyed: keyed(keyPrefix(key)),
      produce: (context) =>
        memo(context, `${producer} altered`, async () => {
          const image = await signed(context, 'altered');
          await alterSignatures(context, image);
          return image;
        }),
    },
    {
      ...shared,
      check: `${kind} of another image`,
      expect: 'subject',
      keyed: keyed(keyPrefix(key)),
      produce: (context) =>
        memo(context, `${producer} moved`, async () => {
          const image = await signed(context, 'moved');
          const other = buildImage(debianFiles(`${producer}: unsigned, given another image's signatures`));
          await pushImage(context.client, { registry: context.registry, repository: 'acme/app' }, other);
          await alterSignatures(context, image, { onto: { digest: other.digest, mediaType: other.descriptor.mediaType, size: other.manifest.length } });
          return `${context.registry}/acme/app@${other.digest}`;
        }),
    },
  ];
}

/** A cosign producer's keyed rows: both passphrases, logged and not; the refusals for an encrypted logged key and an unlogged empty-passphrase key. */
function cosignKeyedRows(peer: 'cosign2' | 'cosign3', format: string, legacy = false): ImageRow[] {
  const name = `${PEERS[peer].name} sign --key${legacy ? ' --new-bundle-format=false' : ''}`;
  return [true, false].flatMap((logged) =>
    [true, false].flatMap((encrypted) => keyedRows('signature', `${name}${logged ? '' : ' --tlog-upload=false'}`, `${format}${logged ? ', logged' : ''}`, [peer], { maker: peer, encrypted }, logged, cosignSignsWithKey(peer, logged, legacy), logged === encrypted)),
  );
}

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
  ...cosignKeyedRows('cosign2', '.sig'),
  ...cosignKeyedRows('cosign3', 'referrer'),
  ...cosignKeyedRows('cosign3', '.sig', true),
  ...keyedRows('signature', 'trust-kit sign-image --key', 'referrer and .sig', [], { maker: 'trust-kit', encrypted: true }, false, trustKitSignsWithKey('both'), true),
  ...keyedRows('signature', 'trust-kit sign-image --key --signature-format cosign3', 'referrer', ['cosign3'], { maker: 'cosign3', encrypted: false }, false, trustKitSignsWithKey('cosign3'), true),
  ...keyedRows('signature', 'trust-kit sign-image --key --signature-format cosign2', '.sig', ['cosign2'], { maker: 'cosign2', encrypted: true }, false, trustKitSignsWithKey('cosign2'), true),
  // A key with its certificate (a private CA's, or a KMS key's): cosign 2 and 3 verify the `.sig`/`.att` with the key given, the certificate aside.
  ...keyedRows('signature', 'cosign 2 sign --key --certificate', '.sig, logged', ['cosign2', 'openssl'], { maker: 'openssl', encrypted: true }, true, cosignSignsWithKey('cosign2', true, false, true), true),
  ...keyedRows('signature', 'cosign 2 sign --key --certificate --tlog-upload=false', '.sig', ['cosign2', 'openssl'], { maker: 'openssl', encrypted: false }, false, cosignSignsWithKey('cosign2', false, false, true), false),
  ...keyedRows('attestation', 'cosign 2 attest --key --certificate', '.att, logged', ['cosign2', 'openssl'], { maker: 'openssl', encrypted: true }, true, cosignAttestsWithKey('cosign2', true, true), true),
  ...keyedRows('attestation', 'cosign 2 attest --key', '.att, logged', ['cosign2'], { maker: 'cosign2', encrypted: true }, true, cosignAttestsWithKey('cosign2', true), true),
  ...keyedRows('attestation', 'cosign 2 attest --key --tlog-upload=false', '.att', ['cosign2'], { maker: 'cosign2', encrypted: false }, false, cosignAttestsWithKey('cosign2', false), true),
  ...keyedRows('attestation', 'cosign 3 attest --key', 'referrer, logged', ['cosign3'], { maker: 'cosign3', encrypted: true }, true, cosignAttestsWithKey('cosign3', true), true),
  ...keyedRows('attestation', 'cosign 3 attest --key --tlog-upload=false', 'referrer', ['cosign3'], { maker: 'cosign3', encrypted: false }, false, cosignAttestsWithKey('cosign3', false), true),
  ...keyedRows('attestation', 'trust-kit attest-image --key', 'referrer and .att', [], { maker: 'trust-kit', encrypted: true }, false, trustKitAttestsWithKey('both'), true),
  ...keyedRows('attestation', 'trust-kit attest-image --key --attestation-format cosign2', '.att', [], { maker: 'trust-kit', encrypted: false }, false, trustKitAttestsWithKey('cosign2'), true),
];

function policy(context: ImagesContext, identity: string, trustedRoot = true): string[] {
  return ['--allow-http-registry', ...(trustedRoot ? ['--trusted-root', context.stack.trustedRootPath] : []), '--certificate-identity', identity, '--certificate-oidc-issuer', ISSUER];
}

/**
 * The verifier's policy flags for a row: the identity, or for a keyed row the public key with the trusted root (which
 * checks the log entry of a logged signature); each verifier is told to expect no log entry where there is none, as a
 * user of `sign --tlog-upload=false` or of trust-kit's offline keyed signatures does.
 */
function rowPolicy(context: ImagesContext, row: Pick<ImageRow, 'identity' | 'keyed'>, trustedRoot = true): string[] {
  if (row.keyed === undefined) return policy(context, row.identity, trustedRoot);
  const unlogged = row.keyed.logged ? [] : ['--insecure-ignore-tlog'];
  return ['--allow-http-registry', '--trusted-root', context.stack.trustedRootPath, '--key', row.keyed.publicKey, ...unlogged];
}

/** The first reason whose pattern the verifier's error output matches, else `other`. */
function reasonOf(text: string, reasons: ReadonlyArray<readonly [string, RegExp]>): string {
  return reasons.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

const TRUST_KIT_IMAGE_REASONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['identity', /VERIFY_POLICY_IDENTITY_MISMATCH/],
  ['signature', /VERIFY_(SIGNATURE_INVALID|KEY_MISMATCH|TLOG_BODY_MISMATCH)/],
  ['subject', /VERIFY_SUBJECT_MISMATCH/],
];

const COSIGN_IMAGE_REASONS: ReadonlyArray<readonly [string, RegExp]> = [
  // cosign 2 and 3: "none of the expected identities matched", or "expected SAN value ..., got ...".
  ['identity', /expected identities|expected SAN value/],
  // A `.sig` payload naming another digest; a statement whose subject is another digest (a referrer's, an `.att`'s).
  ['subject', /invalid or missing digest in claim|artifact digest does not match any digest|no matching subject digest/],
  // The signature does not verify with the key; for a logged signature cosign first compares the key given with the
  // log entry's ("comparing public key PEMs", "transparency log certificate does not match") and the signature (or an
  // `.att` layer's envelope hash: "matching bundle to payload") with the entry's.
  // A logged layer carrying the key's certificate: cosign checks it is for the key given ("both public key and certificate").
  ['signature', /invalid signature|signatures do not match threshold|signature in bundle does not match|transparency log (signature|certificate) does not match|comparing public key PEMs|matching bundle to payload|public key and certificate were provided but did not match/],
];

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
}

const trustKitVerifyImage = (reads: ImageKind): ImageColumn => ({
  name: reads === 'signature' ? 'trust-kit verify-image' : 'trust-kit verify-image --predicate-type',
  peer: undefined,
  reads,
  async verify(context, image, row) {
    const only = reads === 'attestation' ? ['--no-signature', '--predicate-type', PREDICATE_TYPE] : [];
    const run = await cli(['verify-image', ...rowPolicy(context, row), ...only, image], context.dir, { HOME: context.dir });
    if (run.code === 0) return { verified: true, reason: '', detail: firstLine(run.stdout) };
    return { verified: false, reason: reasonOf(run.stderr, TRUST_KIT_IMAGE_REASONS), detail: firstLine(run.stderr) };
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
    const run = await runPeer(PEERS[peer], [...command, ...rowPolicy(context, row, !legacy), image], context.dir, legacy ? legacyTrustEnv(context) : {});
    if (run.code === 0) return { verified: true, reason: '', detail: '' };
    return { verified: false, reason: reasonOf(run.stderr, COSIGN_IMAGE_REASONS), detail: firstLine(run.stderr.split('\n').filter((line) => /^Error/.test(line)).join('\n') || run.stderr) };
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
