import { X509Certificate, generateKeyPairSync, sign as ecdsaSign, type KeyObject } from 'node:crypto';
import { FulcioSigner, type IdentityProvider, type Signature, type Signer } from '@sigstore/sign';
import type { SigningKey } from './keys.js';
import { ReportingSigner } from './services.js';
import { routeFulcio, type ServiceClient } from './transport.js';

/** Signs with a local ECDSA P-256 key; bundles carry the key's hint instead of a certificate. */
export class LocalKeySigner implements Signer {
  constructor(private readonly key: SigningKey) {}

  async sign(data: Buffer): Promise<Signature> {
    return {
      signature: ecdsaSign('sha256', data, this.key.privateKey),
      key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.key.hint },
    };
  }
}

/** The ephemeral key a keyless session signs with; it never leaves the process. */
class EphemeralKeyHolder implements Signer {
  private readonly privateKey: KeyObject;
  private readonly publicKeyPem: string;

  constructor() {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    this.privateKey = pair.privateKey;
    this.publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  async sign(data: Buffer): Promise<Signature> {
    return { signature: ecdsaSign('sha256', data, this.privateKey), key: { $case: 'publicKey', publicKey: this.publicKeyPem } };
  }
}

/** Options of a {@link KeylessSigner}. */
export interface KeylessSignerOptions {
  fulcioURL: string;
  identity: IdentityProvider;
  /** Sends Fulcio's requests (retries, timeouts, caps, no redirects). */
  client: ServiceClient;
}

/**
 * Fulcio-backed signing for a whole release: one identity token and one certificate serve every
 * signature the session makes (checksums, statements), so the services see one request each
 * whatever the artifact count. A new certificate is requested only when the current one is about
 * to expire.
 */
export class KeylessSigner implements Signer {
  /** Renew a certificate this long before its notAfter, so a signature never lands outside it. */
  private static readonly RENEW_MARGIN_MS = 60_000;

  private readonly keyHolder = new EphemeralKeyHolder();
  private readonly fulcio: Signer;
  private certificate: { pem: string; notAfter: number; identity: string | undefined } | undefined;
  /** The certificate request in flight, shared by concurrent signatures. */
  private issuing: Promise<Signature> | undefined;

  constructor(options: KeylessSignerOptions) {
    const url = `${options.fulcioURL}/api/v2/signingCert`;
    const inner = new FulcioSigner({
      identityProvider: options.identity,
      fulcioBaseURL: options.fulcioURL,
      keyHolder: this.keyHolder,
    });
    routeFulcio(inner, options.fulcioURL, options.client);
    this.fulcio = new ReportingSigner(inner, 'Fulcio', url);
  }

  async sign(data: Buffer): Promise<Signature> {
    if (!this.hasValidCertificate()) {
      if (this.issuing === undefined) {
        // The first signature comes back with the certificate; signatures made meanwhile wait for it.
        this.issuing = this.fulcio
          .sign(data)
          .then((signature) => this.remember(signature))
          .finally(() => {
            this.issuing = undefined;
          });
        return this.issuing;
      }
      await this.issuing;
    }
    const pem = this.certificate?.pem ?? '';
    const signature = await this.keyHolder.sign(data);
    return { signature: signature.signature, key: { $case: 'x509Certificate', certificate: pem } };
  }

  /** The identity (SAN) of the certificate signatures are made with; undefined before the first one. */
  certificateIdentity(): string | undefined {
    return this.certificate?.identity;
  }

  private hasValidCertificate(): boolean {
    // Wall time, not the injected Clock: certificate validity is about the real world, and a
    // SOURCE_DATE_EPOCH clock frozen in the past would keep an expired certificate forever.
    return this.certificate !== undefined && this.certificate.notAfter - KeylessSigner.RENEW_MARGIN_MS > Date.now();
  }

  private remember(signature: Signature): Signature {
    if (signature.key.$case !== 'x509Certificate') throw new Error('Fulcio answered without a certificate');
    const pem = signature.key.certificate;
    const certificate = new X509Certificate(pem);
    this.certificate = { pem, notAfter: Date.parse(certificate.validTo), identity: subjectAlternativeName(certificate) };
    return signature;
  }
}

/** The first URI or email SAN of a certificate: the identity Fulcio certified. */
function subjectAlternativeName(certificate: X509Certificate): string | undefined {
  // Node lists SANs as `URI:value, email:value`, quoting a value (JSON) when it holds a comma or quote.
  const first = /^(?:URI|email):("(?:[^"\\]|\\.)*"|[^,]*)/.exec(certificate.subjectAltName ?? '')?.[1];
  if (first === undefined || first === '') return undefined;
  return first.startsWith('"') ? (JSON.parse(first) as string) : first;
}
