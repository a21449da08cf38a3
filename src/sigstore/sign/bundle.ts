import { createHash } from 'node:crypto';
import { bundleToJSON, toMessageSignatureBundle, type BundleWithDsseEnvelope, type BundleWithMessageSignature, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, MessageSignatureBundleBuilder, type Artifact, type Bundle, type Signature, type Signer, type Witness } from '@sigstore/sign';

/** The media type of the bundles trust-kit writes: Sigstore bundle v0.3. */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** The DSSE payload type of in-toto statements. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

function pemToDER(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

/**
 * Builds v0.3 message-signature bundles: sigstore-js's builder always packages a certificate
 * chain (v0.2); a v0.3 bundle holds the leaf alone in `verificationMaterial.certificate`.
 */
export class MessageSignatureV03BundleBuilder extends MessageSignatureBundleBuilder {
  protected override async package(artifact: Artifact, signature: Signature): Promise<BundleWithMessageSignature> {
    return toMessageSignatureBundle({
      digest: createHash('sha256').update(artifact.data).digest(),
      signature: signature.signature,
      certificate: signature.key.$case === 'x509Certificate' ? pemToDER(signature.key.certificate) : undefined,
      keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
      certificateChain: false,
    });
  }
}

/**
 * Builds DSSE bundles whose signature carries no `keyid`. sigstore-js puts the public-key hint
 * there, and cosign (go-securesystemslib) skips a signature whose keyid is not its own id of the
 * key, so `cosign verify-blob-attestation --key` refused every key-signed attestation. The keyid is
 * an unauthenticated hint (cosign writes none); the bundle's `publicKey.hint` still names the key.
 */
export class DsseWithoutKeyIdBundleBuilder extends DSSEBundleBuilder {
  protected override async package(artifact: Artifact, signature: Signature): Promise<BundleWithDsseEnvelope> {
    const bundle = await super.package(artifact, signature);
    for (const one of bundle.content.dsseEnvelope.signatures) one.keyid = '';
    return bundle;
  }
}

/** A builder for blobs (message signature) and one for in-toto statements (DSSE), sharing a signer. */
export interface BundleBuilders {
  blob: MessageSignatureV03BundleBuilder;
  statement: DsseWithoutKeyIdBundleBuilder;
}

/** The two builders over one signer; witnesses differ because Rekor logs blobs and statements as different kinds. */
export function bundleBuilders(signer: Signer, blobWitnesses: Witness[], statementWitnesses: Witness[]): BundleBuilders {
  return {
    blob: new MessageSignatureV03BundleBuilder({ signer, witnesses: blobWitnesses }),
    statement: new DsseWithoutKeyIdBundleBuilder({ signer, witnesses: statementWitnesses, certificateChain: false }),
  };
}

/** The canonical JSON form of a bundle (protobuf field order, defaults omitted), as written to `.sigstore.json`. */
export function serializeBundle(bundle: Bundle): SerializedBundle {
  return bundleToJSON(bundle);
}
