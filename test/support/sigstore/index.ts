import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CertificateTransparencyLog, FulcioCA, fulcioRoutes } from './fulcio.js';
import { LoopbackService } from './http.js';
import type { FaultKind, RequestRecord } from './http.js';
import { GitHubOidcIssuer } from './oidc.js';
import type { GitHubClaims } from './oidc.js';
import { TransparencyLog } from './rekor.js';
import { RekorV2Log } from './rekor-v2.js';
import { TimestampAuthority } from './tsa.js';
import { STACK_ORGANIZATION } from './x509.js';

export type { FaultKind, RequestRecord } from './http.js';
export type { GitHubClaims } from './oidc.js';
export { GITHUB_ACTIONS_ISSUER } from './oidc.js';

/** The services of the stack, as fault injection and request counters name them. */
export type SigstoreService = 'fulcio' | 'rekor' | 'rekorV2' | 'tsa' | 'oidc';

/** A timestamp authority the stack does not run itself (e.g. the real timestamp-server), listed in its trusted root. */
export interface ExternalTimestampAuthority {
  /** Base URL: clients post to `${url}/api/v1/timestamp`. */
  readonly url: string;
  /** DER certificates, signing certificate first and root last, as the trusted root lists a TSA chain. */
  readonly chain: readonly Buffer[];
  /** The names the trusted root entry carries. */
  readonly subject: { readonly organization: string; readonly commonName: string };
}

/** A certificate authority the stack does not run itself (e.g. the real Fulcio), listed in its trusted root. */
export interface ExternalCertificateAuthority {
  /** Base URL of its signing-certificate API. */
  readonly url: string;
  /** DER certificates, issuing CA first and root last. */
  readonly chain: readonly Buffer[];
  /** The names the trusted root entry carries. */
  readonly subject: { readonly organization: string; readonly commonName: string };
  /** The certificate-transparency log whose SCTs its certificates embed. */
  readonly ctlog: { readonly url: string; readonly publicKeyDer: Buffer; readonly logID: Buffer };
}

/** A Rekor v1 log the stack does not run itself (e.g. the real rekor-server), listed in its trusted root. */
export interface ExternalTransparencyLog {
  /** Base URL of its /api/v1 API. */
  readonly url: string;
  /** DER SPKI of its ECDSA P-256 checkpoint and entry key. */
  readonly publicKeyDer: Buffer;
  /** SHA-256 of publicKeyDer, as Rekor v1 names its log. */
  readonly logID: Buffer;
}

/** Which services to run (the OIDC issuer always runs) and the clock every service reads. */
export interface SigstoreStackOptions {
  /** Run the RFC 3161 timestamp authority (default true), or use and trust an external one instead. */
  tsa?: boolean | ExternalTimestampAuthority;
  /** Use and trust an external Fulcio and its CT log instead of running the double (which always runs otherwise). */
  fulcio?: ExternalCertificateAuthority;
  /**
   * Which Rekor logs run: the v1 API (true or 'v1', the default), a Rekor v2 log (rekor-tiles), or both; false runs
   * none (GitHub's private-repository instance). Every log that runs is in the trusted root; the signing config names
   * them newest API first, so clients that select by its rule sign with v2 when it runs.
   */
  rekor?: boolean | 'v1' | 'v2' | 'both';
  /** Use and trust an external Rekor v1 log in place of the v1 double (which then does not run); needs `rekor` to include v1. */
  rekorV1?: ExternalTransparencyLog;
  /** Time for token lifetimes, certificates, log entries, SCTs and timestamps (default: the system clock). */
  clock?: () => Date;
  /**
   * A clock for one service only, overriding `clock` there: e.g. `{ rekor: hourAhead, tsa: hourAhead }` yields a
   * certificate that was no longer valid when its signature was logged and timestamped. Fulcio checks token lifetimes
   * with its own clock. The CA certificates are valid from a day before `clock` at start-up, for ten years.
   */
  clocks?: Partial<Record<SigstoreService, () => Date>>;
  /** Entries already in each Rekor log before the first signing (default 0), as on any real log. */
  rekorInitialSize?: number;
  /** Entries of the Rekor v1 log's earlier shards (default 0): logIndex counts them, inclusion proofs do not, as on rekor.sigstore.dev. */
  rekorShardOffset?: number;
  /** The organization (O) in the names of Fulcio's CA certificates (default trust-kit.test); `GitHub, Inc.` stands in for GitHub's instance. */
  fulcioOrganization?: string;
}

/** `trusted_root.json` (media type application/vnd.dev.sigstore.trustedroot+json;version=0.1) in protobuf-JSON form. */
export interface TrustedRootJSON {
  mediaType: string;
  tlogs: TransparencyLogInstanceJSON[];
  certificateAuthorities: CertificateAuthorityJSON[];
  ctlogs: TransparencyLogInstanceJSON[];
  timestampAuthorities: CertificateAuthorityJSON[];
}

/** A transparency log (Rekor or CT) entry of the trusted root. */
export interface TransparencyLogInstanceJSON {
  baseUrl: string;
  hashAlgorithm: 'SHA2_256';
  publicKey: { rawBytes: string; keyDetails: 'PKIX_ECDSA_P256_SHA_256' | 'PKIX_ED25519'; validFor: { start: string } };
  logId: { keyId: string };
}

/** One service of a signing config (v0.2). */
export interface SigningConfigServiceJSON {
  url: string;
  majorApiVersion: number;
  validFor: { start: string; end?: string };
  operator: string;
}

/** `signing_config.json` (media type application/vnd.dev.sigstore.signingconfig.v0.2+json): where clients sign. */
export interface SigningConfigJSON {
  mediaType: string;
  caUrls: SigningConfigServiceJSON[];
  oidcUrls: SigningConfigServiceJSON[];
  rekorTlogUrls: SigningConfigServiceJSON[];
  tsaUrls: SigningConfigServiceJSON[];
  rekorTlogConfig: { selector: 'ANY' | 'ALL' | 'EXACT'; count?: number };
  tsaConfig: { selector: 'ANY' | 'ALL' | 'EXACT'; count?: number };
}

/** A certificate authority (Fulcio or TSA) entry of the trusted root. */
export interface CertificateAuthorityJSON {
  subject: { organization: string; commonName: string };
  uri: string;
  certChain: { certificates: Array<{ rawBytes: string }> };
  validFor: { start: string };
}

/** The GitHub-Actions-style OIDC issuer as a workflow step sees it. */
export interface StackOidc {
  /** The `iss` of every token (GitHub's real issuer URL, which Fulcio maps to the certificate's issuer extension). */
  readonly issuer: string;
  /** What the runner exports as ACTIONS_ID_TOKEN_REQUEST_URL (already has a query; append `&audience=sigstore`). */
  readonly requestURL: string;
  /** What the runner exports as ACTIONS_ID_TOKEN_REQUEST_TOKEN (send as `Authorization: bearer <token>`). */
  readonly requestToken: string;
  /** Base URL serving /.well-known/openid-configuration and the JWKS. */
  readonly discoveryURL: string;
  /** A token (audience `sigstore`) for a workflow in octo-org/octo-repo on refs/heads/main, with claims overridden. */
  mintToken(claims?: Partial<GitHubClaims>): string;
  /** Makes the token endpoint (requestURL) hand out tokens with these claim overrides from now on. */
  setEndpointClaims(claims: Partial<GitHubClaims>): void;
}

/** A running loopback Sigstore stack: Fulcio, Rekor v1 and/or v2, an RFC 3161 TSA and a GitHub OIDC issuer on 127.0.0.1. */
export interface SigstoreStack {
  readonly fulcioURL: string;
  /** The Rekor v1 API; undefined unless started with `rekor` true, 'v1' or 'both'. */
  readonly rekorURL: string | undefined;
  /** The Rekor v2 log; undefined unless started with `rekor` 'v2' or 'both'. */
  readonly rekorV2URL: string | undefined;
  /** Undefined when started with `tsa: false`; an external TSA's URL when given one. */
  readonly tsaURL: string | undefined;
  readonly oidc: StackOidc;
  /** The environment a GitHub runner would give a job with `id-token: write`. */
  readonly env: Readonly<Record<'ACTIONS_ID_TOKEN_REQUEST_URL' | 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', string>>;
  readonly trustedRoot: TrustedRootJSON;
  /** `trustedRoot` written to a temporary file (removed by close()). */
  readonly trustedRootPath: string;
  /** The signing config naming the stack's services (Rekor v2 before v1), as cosign and sigstore-python read it. */
  readonly signingConfig: SigningConfigJSON;
  /** `signingConfig` written to a temporary file (removed by close()). */
  readonly signingConfigPath: string;
  readonly faults: {
    /** Makes the next `count` requests to `service` fail: 500/503/429 answers, a held socket, or a reset connection. */
    fail(service: SigstoreService, count: number, kind: FaultKind): void;
  };
  /** Live count of every HTTP request each service received, failed ones included. */
  readonly requests: Readonly<Record<SigstoreService, number>>;
  /** Every request each service received, in order, with its outcome. */
  readonly requestLog: Readonly<Record<SigstoreService, readonly RequestRecord[]>>;
  close(): Promise<void>;
}

const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
/** The operator every service of the stack names in the signing config. */
const OPERATOR = 'trust-kit.test';

/** Starts the stack on ephemeral loopback ports and writes its trusted root. */
export async function startSigstoreStack(options: SigstoreStackOptions = {}): Promise<SigstoreStack> {
  const clock = options.clock ?? (() => new Date());
  const clockOf = (service: SigstoreService): (() => Date) => options.clocks?.[service] ?? clock;
  const rekor = options.rekor ?? true;
  const externalTsa = typeof options.tsa === 'object' ? options.tsa : undefined;
  const externalFulcio = options.fulcio;
  const externalRekor = options.rekorV1;
  const withRekorV1 = rekor === true || rekor === 'v1' || rekor === 'both';
  if (externalRekor !== undefined && !withRekorV1) throw new Error(`startSigstoreStack: rekorV1 was given but rekor is ${String(rekor)}, which runs no v1 log`);
  const services = {
    oidc: new LoopbackService('oidc'),
    fulcio: externalFulcio === undefined ? new LoopbackService('fulcio') : undefined,
    rekor: withRekorV1 && externalRekor === undefined ? new LoopbackService('rekor') : undefined,
    rekorV2: rekor === 'v2' || rekor === 'both' ? new LoopbackService('rekorV2') : undefined,
    tsa: options.tsa === false || externalTsa !== undefined ? undefined : new LoopbackService('tsa'),
  };
  const running = Object.values(services).filter((s): s is LoopbackService => s !== undefined);
  const directory = await mkdtemp(join(tmpdir(), 'trust-kit-sigstore-'));
  const close = async (): Promise<void> => {
    await Promise.all(running.map((s) => s.close()));
    await rm(directory, { recursive: true, force: true });
  };
  try {
    const [oidcURL, fulcioURL = externalFulcio?.url ?? '', rekorURL = externalRekor?.url, rekorV2URL, tsaURL = externalTsa?.url] = await Promise.all([
      services.oidc.listen(),
      services.fulcio?.listen(),
      services.rekor?.listen(),
      services.rekorV2?.listen(),
      services.tsa?.listen(),
    ]);
    const issuer = new GitHubOidcIssuer(clockOf('oidc'), clockOf('fulcio'));
    services.oidc.setRoutes(issuer.routes(oidcURL));
    const ctlog = new CertificateTransparencyLog(clockOf('fulcio'));
    const ca = new FulcioCA(clockOf('fulcio'), ctlog, clock(), options.fulcioOrganization);
    services.fulcio?.setRoutes(fulcioRoutes(ca, issuer));
    const validFor = { start: ca.validFrom.toISOString() };

    const trustedRoot: TrustedRootJSON = {
      mediaType: TRUSTED_ROOT_MEDIA_TYPE,
      tlogs: [],
      certificateAuthorities: [
        {
          subject: externalFulcio ? { ...externalFulcio.subject } : { organization: options.fulcioOrganization ?? STACK_ORGANIZATION, commonName: 'sigstore' },
          uri: fulcioURL,
          certChain: { certificates: (externalFulcio?.chain ?? ca.chain).map((c) => ({ rawBytes: c.toString('base64') })) },
          validFor,
        },
      ],
      ctlogs: [
        externalFulcio
          ? logInstance(externalFulcio.ctlog.url, externalFulcio.ctlog.publicKeyDer, externalFulcio.ctlog.logID, validFor)
          : logInstance('https://ctfe.trust-kit.test', ctlog.publicKeyDer, ctlog.logID, validFor),
      ],
      timestampAuthorities: [],
    };
    const service = (url: string): SigningConfigServiceJSON => ({ url, majorApiVersion: 1, validFor, operator: OPERATOR });
    const signingConfig: SigningConfigJSON = {
      mediaType: SIGNING_CONFIG_MEDIA_TYPE,
      caUrls: [service(fulcioURL)],
      oidcUrls: [],
      rekorTlogUrls: [],
      tsaUrls: tsaURL === undefined ? [] : [service(`${tsaURL}/api/v1/timestamp`)],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    };
    if (services.rekor && rekorURL) {
      // The checkpoint origin must be the host of the URL in the trusted root: verifiers match one against the other.
      const tlog = new TransparencyLog(new URL(rekorURL).host, clockOf('rekor'), options.rekorInitialSize, options.rekorShardOffset);
      services.rekor.setRoutes(tlog.routes());
      trustedRoot.tlogs.push(logInstance(rekorURL, tlog.publicKeyDer, tlog.logID, validFor));
      signingConfig.rekorTlogUrls.push(service(rekorURL));
    }
    if (externalRekor) {
      trustedRoot.tlogs.push(logInstance(externalRekor.url, externalRekor.publicKeyDer, externalRekor.logID, validFor));
      signingConfig.rekorTlogUrls.push(service(externalRekor.url));
    }
    if (services.rekorV2 && rekorV2URL) {
      // rekor-tiles signs checkpoints with its hostname as origin, which is what verifiers derive from the baseUrl.
      const log = new RekorV2Log(new URL(rekorV2URL).hostname, options.rekorInitialSize);
      services.rekorV2.setRoutes(log.routes());
      trustedRoot.tlogs.push(logInstance(rekorV2URL, log.publicKeyDer, log.logID, validFor, 'PKIX_ED25519'));
      // Newest first, as the public-good signing config lists its logs.
      signingConfig.rekorTlogUrls.unshift({ ...service(rekorV2URL), majorApiVersion: 2 });
    }
    if (services.tsa && tsaURL) {
      const tsa = new TimestampAuthority(clockOf('tsa'), ca.validFrom, ca.validUntil);
      services.tsa.setRoutes(tsa.routes());
      trustedRoot.timestampAuthorities.push({
        subject: { organization: STACK_ORGANIZATION, commonName: 'tsa' },
        uri: tsaURL,
        certChain: { certificates: tsa.chain.map((c) => ({ rawBytes: c.toString('base64') })) },
        validFor,
      });
    }
    if (externalTsa) {
      trustedRoot.timestampAuthorities.push({
        subject: { ...externalTsa.subject },
        uri: externalTsa.url,
        certChain: { certificates: externalTsa.chain.map((c) => ({ rawBytes: c.toString('base64') })) },
        validFor,
      });
    }
    const trustedRootPath = join(directory, 'trusted_root.json');
    await writeFile(trustedRootPath, `${JSON.stringify(trustedRoot, null, 2)}\n`);
    const signingConfigPath = join(directory, 'signing_config.json');
    await writeFile(signingConfigPath, `${JSON.stringify(signingConfig, null, 2)}\n`);

    const requestURL = `${oidcURL}${issuer.tokenPath}?api-version=2.0`;
    const serviceOf = (name: SigstoreService): LoopbackService => {
      const service = services[name];
      if (!service) {
        throw new Error(`the stack runs without ${name} of its own (started with ${name}: false, or given an external one)`);
      }
      return service;
    };
    const recordsOf = (name: SigstoreService): readonly RequestRecord[] => services[name]?.records ?? [];
    return {
      fulcioURL,
      rekorURL,
      rekorV2URL,
      tsaURL,
      oidc: {
        issuer: issuer.issuer,
        requestURL,
        requestToken: issuer.requestToken,
        discoveryURL: oidcURL,
        mintToken: (claims) => issuer.mintToken(claims),
        setEndpointClaims: (claims) => issuer.setEndpointClaims(claims),
      },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken },
      trustedRoot,
      trustedRootPath,
      signingConfig,
      signingConfigPath,
      faults: { fail: (service, count, kind) => serviceOf(service).fail(count, kind) },
      requests: {
        get fulcio() { return recordsOf('fulcio').length; },
        get rekor() { return recordsOf('rekor').length; },
        get rekorV2() { return recordsOf('rekorV2').length; },
        get tsa() { return recordsOf('tsa').length; },
        get oidc() { return recordsOf('oidc').length; },
      },
      requestLog: {
        get fulcio() { return recordsOf('fulcio'); },
        get rekor() { return recordsOf('rekor'); },
        get rekorV2() { return recordsOf('rekorV2'); },
        get tsa() { return recordsOf('tsa'); },
        get oidc() { return recordsOf('oidc'); },
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function logInstance(
  baseUrl: string,
  publicKeyDer: Buffer,
  logID: Buffer,
  validFor: { start: string },
  keyDetails: TransparencyLogInstanceJSON['publicKey']['keyDetails'] = 'PKIX_ECDSA_P256_SHA_256',
): TransparencyLogInstanceJSON {
  return {
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: publicKeyDer.toString('base64'), keyDetails, validFor },
    logId: { keyId: logID.toString('base64') },
  };
}
