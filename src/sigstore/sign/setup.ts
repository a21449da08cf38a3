import { inTheClearOffMachine, proxySettingsFrom } from '../../core/proxy.js';
import { resolve } from 'node:path';
import type { SignConfig } from '../../config/sign.js';
import { isTrustKitError, messageOf, systemErrorCode } from '../../core/errors.js';
import { describeJsonFault, jsonFault, jsonSyntaxProblem, JSON_FAULT_HINT } from '../../core/json.js';
import { INPUT_LIMITS, readRegularFile } from '../../core/files.js';
import { boundedList, quoted } from '../../core/quote.js';
import type { Logger } from '../../core/logger.js';
import type { RunContext } from '../../github/context.js';
import { missingTokenError, requestIdToken, unexpiredToken, type IdToken, type OidcClaims } from '../../github/oidc.js';
import { SecretBuffer, type Environment } from '../../secrets/index.js';
import { GITHUB_ACTIONS_ISSUER, VerifyError, loadGitHubTrustMaterial, loadPublicGoodTrustMaterial, loadTrustMaterial, type GitHubTufOptions, type TrustMaterial } from '../verify/index.js';
import { SignError } from './errors.js';
import { loadSigningKey, type SigningKey } from './keys.js';
import { PUBLIC_GOOD_ENDPOINTS, createSigningSession, githubEndpoints, type SigningIdentity, type SigningSession, type SigstoreEndpoints } from './session.js';
import { parseSigningConfig, selectServices, type SelectedLog } from './signing-config.js';

/** The environment variables a key passphrase is read from, in order (cosign's name last, for its key files). */
export const PASSPHRASE_VARIABLES = ['TRUST_KIT_KEY_PASSPHRASE', 'COSIGN_PASSWORD'] as const;

/** A key passphrase taken out of the environment, with the variable it came from. */
export interface TakenPassphrase {
  secret: SecretBuffer;
  variable: (typeof PASSPHRASE_VARIABLES)[number];
  /** Later variables that were set too (to a non-empty value) and wiped unused. */
  unused: string[];
}

/**
 * The key passphrase from the first of {@link PASSPHRASE_VARIABLES} set to a non-empty value,
 * taken out of the environment by the intake: checked by name only, so no JavaScript string of
 * it is made (the intake reads it from the environment block on Linux). The later variables are
 * taken out too and wiped unused: left set, every child process (git, a docker credential helper)
 * would inherit a passphrase, and /proc/<pid>/environ would show it.
 */
export function takePassphrase(env: Environment, setButEmpty?: string[]): TakenPassphrase | undefined {
  let taken: TakenPassphrase | undefined;
  try {
    for (const variable of PASSPHRASE_VARIABLES) {
      if (!(variable in env)) continue;
      try {
        const secret = SecretBuffer.fromEnv(variable, env);
        if (taken === undefined) {
          taken = { secret, variable, unused: [] };
        } else {
          secret.destroy();
          taken.unused.push(variable);
        }
      } catch (error) {
        // Set but empty: the next variable may hold it.
        if (!(isTrustKitError(error) && (error.code === 'SECRET_ENV_MISSING' || error.code === 'SECRET_EMPTY'))) throw error;
        setButEmpty?.push(variable);
      }
    }
  } catch (error) {
    taken?.secret.destroy();
    throw error;
  }
  return taken;
}

/** What opening a session needs besides the config. */
export interface SigningContext {
  cwd: string;
  /** The environment; secret variables (tokens, passphrases) are taken out of it. */
  env: Environment;
  run: RunContext;
  logger: Logger;
  /** GitHub's instance as this context reaches it; default its services for the run's server and the TUF repository `gh` uses. */
  github?: GitHubInstance;
  /** A Sigstore token already requested (its claims also make the provenance); the session owns it from here. */
  token?: IdToken;
  /** The configured key already read ({@link readSigningKeyFile}): the session reads no file and takes no passphrase. */
  key?: SigningKey;
}

/** Where GitHub's Sigstore instance is: its Fulcio and TSA, and the TUF repository serving its trusted root. */
export interface GitHubInstance {
  endpoints: SigstoreEndpoints;
  tuf: GitHubTufOptions;
}

/**
 * Who the bundles of a session name: what users verify them against. A keyless identity the
 * token's claims do not predict is read from the certificate, so it is known once a bundle is made.
 */
export type SessionSigner =
  | {
      kind: 'certificate';
      identity: string | undefined;
      issuer: string;
      repository: string | undefined;
      /** The ref the run signed from (`refs/tags/v1.2.3`), with `repository`: the certificate's source ref. */
      sourceRef: string | undefined;
      /** Logged in a Rekor v2 log, whose entries carry no time: the RFC 3161 timestamp alone dates the signatures. */
      rekorV2: boolean;
      /** Logged in no transparency log (no Rekor given): the RFC 3161 timestamp alone dates the signatures. */
      unlogged: boolean;
    }
  | { kind: 'key'; hint: string; source: string };

/** A session ready to sign, or the reason signing is skipped (no token and `on-missing-token` warn/skip). */
export type OpenedSession =
  | {
      session: SigningSession;
      description: string;
      signer: SessionSigner;
      /** The trust material every keyless bundle is checked against before it is written (from --trusted-root, or the instance's TUF repository); undefined for a key. */
      trust: TrustMaterial | undefined;
      /** The claims of the token a certificate is asked for with (keyless): Fulcio writes the run's into the certificate. */
      claims?: Readonly<OidcClaims>;
      /** Destroys the session's identity token, so its protected memory is reused rather than left to the garbage collector. */
      close(): void;
    }
  | { session: undefined; reason: string };

/**
 * Reads the key into protected memory, imports it into OpenSSL and wipes it in one call: the
 * KeyObject is what signs from then on, so the file's bytes need none of a longer-lived secret's
 * bookkeeping.
 */
async function readKey(path: string, env: Environment, logger: Logger, given: string): Promise<SigningKey> {
  let read = false;
  // As the user gave it (--key, input "key"), quoted as every other path in an error: one with blanks or odd characters is then told whole.
  const shown = quoted(given);
  try {
    const key = await SecretBuffer.useFile(path, { maxBytes: INPUT_LIMITS.privateKey, what: 'private key', masked: false }, (pem, file) => {
      read = true;
      const empty: string[] = [];
      const passphrase = takePassphrase(env, empty);
      let loaded: SigningKey;
      try {
        loaded = passphrase === undefined ? loadSigningKey(pem, undefined, shown) : passphrase.secret.use((pass) => loadSigningKey(pem, pass, shown));
      } catch (error) {
        if (passphrase !== undefined && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG') throw wrongPassphraseFrom(passphrase, shown, error);
        if (passphrase === undefined && empty.length > 0 && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_REQUIRED') throw emptyPassphrase(empty, shown, error);
        throw error;
      } finally {
        passphrase?.secret.destroy();
      }
      // Once it is known to be a private key: a public key given by mistake is readable by all, as it should be.
      warnIfReadableByOthers(path, file.mode, logger);
      return loaded;
    });
    return key;
  } catch (error) {
    // Coded errors of the read (not a regular file, too large, empty) say what is wrong themselves; the file that could not be opened or read is the key's.
    if (read || (isTrustKitError(error) && error.code !== 'SECRET_FILE_UNREADABLE')) throw error;
    const cause = isTrustKitError(error) ? (error.cause ?? error) : error;
    throw new SignError('SIGN_KEY_INVALID', `cannot read the key ${shown}: ${systemErrorCode(cause) ?? messageOf(cause)}`, {
      cause: error,
      hint: 'check the --key path (input "key"); `trust-kit generate-key-pair` writes trust-kit.key and trust-kit.pub',
    });
  }
}

/** The wrong-passphrase error naming the variable the passphrase came from, and any other one set beside it. */
function wrongPassphraseFrom(taken: TakenPassphrase, shown: string, cause: SignError): SignError {
  const others = taken.unused.join(' and ');
  return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase in ${taken.variable} does not decrypt ${shown}`, {
    cause,
    hint:
      others === ''
        ? `check that the secret in ${taken.variable} belongs to this key file`
        : `${others} is set too, but ${taken.variable} comes first and is the one used: give ${taken.variable} this key's passphrase, or unset it`,
  });
}

/** The passphrase-required error when a passphrase variable is set, but empty: most often a secret that is misspelt or not given to this run. */
function emptyPassphrase(empty: readonly string[], shown: string, cause: SignError): SignError {
  return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${shown} is encrypted, and ${empty.join(' and ')} ${empty.length === 1 ? 'is' : 'are'} set but empty`, {
    cause,
    hint: 'an empty value is most often a secret whose name is misspelt, or one a workflow run does not get (a pull request from a fork gets no secrets): check the secret the variable is set from',
  });
}

/** The trusted root the config names, read and parsed. */
async function readGivenTrust(trustedRoot: string, context: SigningContext): Promise<TrustMaterial> {
  let text: string;
  try {
    text = (await readRegularFile(resolve(context.cwd, trustedRoot), { maxBytes: INPUT_LIMITS.trustedRoot, what: 'trusted root', shown: trustedRoot })).toString('utf8');
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    // Given, but unreadable: the code verification gives such a file (SIGN_TRUSTED_ROOT_REQUIRED is for none given).
    throw new VerifyError('SIGSTORE_INPUT_UNREADABLE', `cannot read the trusted root ${trustedRoot}: ${systemErrorCode(error) ?? messageOf(error)}`, {
      cause: error,
      hint: 'check the --trusted-root path (input "trusted-root")',
    });
  }
  return loadTrustMaterial(text, trustedRoot);
}

/** The instance's own trust material, when no trusted root is given: through TUF for public-good and github.com, refused otherwise. */
async function readInstanceTrust(config: SignConfig, context: SigningContext, instance: 'public-good' | 'github'): Promise<TrustMaterial> {
  if (instance === 'public-good' && config.fulcioURL === undefined && config.rekorURL === undefined && config.signingConfig === undefined) return loadPublicGoodTrustMaterial({ proxy: proxySettingsFrom(context.env), logger: context.logger, purpose: 'sign' });
  // GitHub's TUF repository vouches for github.com's instance only: custom URLs or a GitHub Enterprise Server are other deployments.
  const githubDotCom = context.github !== undefined || new URL(context.run.serverURL).host === 'github.com';
  if (instance === 'github' && config.fulcioURL === undefined && config.tsaURL === undefined && config.signingConfig === undefined && githubDotCom) return loadGitHubTrustMaterial({ ...context.github?.tuf, proxy: proxySettingsFrom(context.env), logger: context.logger, purpose: 'sign' });
  const what = config.signingConfig !== undefined
    ? `the services of the signing config ${config.signingConfig}`
    : instance === 'github' ? `GitHub's instance at ${config.fulcioURL === undefined && config.tsaURL === undefined ? context.run.serverURL : 'custom URLs'}` : 'a custom Fulcio';
  throw new SignError('SIGN_TRUSTED_ROOT_REQUIRED', `signing with ${what} needs its trusted root, to verify every bundle before it is written`, {
    hint:
      instance === 'github'
        ? 'write it with `gh attestation trusted-root > trusted_root.jsonl` (gh is on GitHub\'s runners; it lists GitHub\'s instance) and pass `trusted-root: trusted_root.jsonl` (CLI: --trusted-root)'
        : 'pass the trusted_root.json of your Sigstore deployment with --trusted-root (input "trusted-root")',
  });
}

/** The certificate identity Fulcio issues for a token, when the claims determine it. */
function expectedIdentity(token: IdToken, serverURL: string): string | undefined {
  const { claims } = token;
  if (typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== '') return `${serverURL.replace(/\/+$/, '')}/${claims.job_workflow_ref}`;
  if (typeof claims.email === 'string' && claims.email !== '') return claims.email;
  return undefined;
}

/**
 * The repository (`owner/name`) a GitHub Actions token on github.com was minted for, which Fulcio
 * writes into the certificate's source repository extensions; undefined for other issuers and servers.
 */
function sourceRepository(token: IdToken, serverURL: string): string | undefined {
  const { repository, iss } = token.claims;
  if (iss !== GITHUB_ACTIONS_ISSUER || serverURL.replace(/\/+$/, '') !== 'https://github.com') return undefined;
  return typeof repository === 'string' && /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository) ? repository : undefined;
}

/**
 * The keyless instance for a run: the configured one, or (auto) public-good for public
 * repositories and GitHub's for private and internal ones. The token's claim is minted now, while
 * a re-run replays the event payload of the first run (the repository may have gone private
 * since): any source saying private or internal wins. When visibility is unknown inside Actions,
 * GitHub's: a private repository's name must never reach the public log by accident.
 */
function keylessInstance(config: SignConfig, run: RunContext, insideActions: boolean, token: IdToken, logger: Logger): 'public-good' | 'github' {
  const claimed = token.claims.repository_visibility;
  const stated = [claimed === 'public' || claimed === 'private' || claimed === 'internal' ? claimed : undefined, run.visibility].filter((value) => value !== undefined);
  const visibility = stated.find((value) => value !== 'public') ?? stated[0];
  if (config.instance === 'public-good' && (visibility === 'private' || visibility === 'internal')) {
    logger.warn(`the repository is ${visibility}, and instance "public-good" records its name and workflow in the public transparency log (use instance "github" or "auto" to keep it out)`);
  }
  if (config.instance === 'public-good' || config.instance === 'github') return config.instance;
  if (visibility === 'public') return 'public-good';
  if (visibility !== undefined || insideActions) return 'github';
  return 'public-good';
}

function endpointsFor(config: SignConfig, instance: 'public-good' | 'github', context: SigningContext, fromSigningConfig: SigningConfigServices | undefined): SigstoreEndpoints {
  if (fromSigningConfig !== undefined) return signingConfigEndpoints(fromSigningConfig, instance);
  const defaults = instance === 'public-good' ? PUBLIC_GOOD_ENDPOINTS : (context.github?.endpoints ?? githubEndpoints(context.run.serverURL));
  return {
    fulcioURL: config.fulcioURL ?? defaults.fulcioURL,
    rekorURL: instance === 'public-good' ? (config.rekorURL ?? defaults.rekorURL) : undefined,
    ...(instance === 'public-good' && config.rekorURL !== undefined ? { rekorApiVersion: config.rekorVersion } : {}),
    tsaURL: config.tsaURL ?? defaults.tsaURL,
  };
}

/**
 * Fails with SIGN_SERVICE_INSECURE for a Fulcio reached over plain HTTP on another host than this
 * one: the certificate request carries the job's identity token, which anyone on the way could
 * then sign as the workflow with until it expires. A loopback Fulcio (a test deployment) is
 * allowed, as a loopback registry is.
 */
function refuseTokenInTheClear(fulcioURL: string, signingConfig: string | undefined): void {
  const url = URL.parse(fulcioURL);
  if (url === null || !inTheClearOffMachine(url)) return;
  throw new SignError('SIGN_SERVICE_INSECURE', `the Fulcio ${url.origin}${signingConfig === undefined ? '' : ` that ${signingConfig} names`} is reached over plain HTTP, and the certificate request would carry the identity token in the clear`, {
    hint: `use the Fulcio's https:// URL${signingConfig === undefined ? ' in --fulcio-url (input "fulcio-url")' : ` in ${signingConfig}`} (plain HTTP is taken only on this machine's loopback, for a test deployment)`,
  });
}

/** What a signing configuration selects, with the path it was read from. */
interface SigningConfigServices {
  path: string;
  fulcioURL: string;
  tlog: SelectedLog | undefined;
  tsaURL: string | undefined;
}

/**
 * The services a signing configuration selects now, by the rule cosign and sigstore-python follow:
 * the newest valid service of the highest API version trust-kit speaks, so a configuration listing
 * a Rekor v2 log next to a v1 one signs with v2. Whatever the instance, so that a configuration
 * trust-kit cannot follow is refused before the identity token is asked for.
 */
async function readSigningConfig(path: string, context: SigningContext): Promise<SigningConfigServices> {
  let text: string;
  try {
    // A byte order mark (an editor's on Windows) is dropped, as the trusted root's is.
    text = (await readRegularFile(resolve(context.cwd, path), { maxBytes: INPUT_LIMITS.trustedRoot, what: 'signing config', shown: path })).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `cannot read the signing config ${path}: ${systemErrorCode(error) ?? messageOf(error)}`, { cause: error, hint: 'check the --signing-config path (input "signing-config")' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path}: not JSON: ${jsonSyntaxProblem(text, error)}`, { cause: error, hint: 'pass a signing config (v0.2 JSON), as cosign\'s --signing-config takes' });
  }
  // JSON.parse keeps the last of two equal keys, cosign's reader (protobuf JSON) refuses them: a config read two ways would sign with other services.
  const fault = jsonFault(text);
  if (fault !== undefined) throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path} ${describeJsonFault(fault)}`, { hint: JSON_FAULT_HINT });
  const selected = selectServices(parseSigningConfig(json, path), new Date());
  if (selected.tlogs.length > 1 || selected.tsaURLs.length > 1) {
    throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} selects ${selected.tlogs.length} transparency logs and ${selected.tsaURLs.length} timestamp authorities; trust-kit signs with at most one of each`, {
      hint: 'use the selector ANY (or EXACT with count 1) in rekorTlogConfig and tsaConfig',
    });
  }
  const [tlog] = selected.tlogs;
  if (tlog?.majorApiVersion === 2 && selected.tsaURLs.length === 0) {
    throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `${path} selects the Rekor v2 log ${tlog.url}, which records no integration time, and names no timestamp authority to date the signature`, {
      hint: 'list a timestamp authority in the signing config\'s tsaUrls',
    });
  }
  return { path, fulcioURL: selected.fulcioURL, tlog, tsaURL: selected.tsaURLs[0] };
}

/** Refuses a signing configuration that names a log for GitHub's instance, which keeps a private repository's name out of logs. */
function refuseLogOnGitHub(services: SigningConfigServices, instance: 'public-good' | 'github'): void {
  const { path, tlog } = services;
  if (tlog === undefined || instance !== 'github') return;
  throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} names the transparency log ${tlog.url}, but the instance is GitHub's, which keeps a private repository's name out of public logs`, {
    hint: 'use instance "public-good" to log, or a signing config without rekorTlogUrls',
  });
}

/**
 * Refuses, before any certificate is asked for, a signing configuration whose bundles could not
 * verify: one that selects neither a log nor a timestamp authority (nothing would show the
 * signature was made within the certificate's ten minutes), or no log the instance writes to while
 * the trusted root lists logs (its verifiers want an entry in one). Either failed only at the
 * bundle's self-check, after Fulcio and the TSA had been used.
 */
function refuseUnverifiableServices(services: SigningConfigServices, trust: TrustMaterial): void {
  // GitHub's instance with a log was refused before (refuseLogOnGitHub): a log selected is one written to.
  const logs = services.tlog !== undefined;
  const hint = 'list a transparency log in the signing config\'s rekorTlogUrls (or verify with the deployment\'s own trusted root, which lists none), and a timestamp authority in tsaUrls';
  if (!logs && services.tsaURL === undefined) {
    throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects neither a transparency log nor a timestamp authority: nothing would show the signature was made while its certificate (valid ten minutes) was`, { hint });
  }
  const listed = trust.roots.flatMap((root) => root.tlogs.map((log) => log.baseUrl));
  if (!logs && listed.length > 0) {
    throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects no transparency log, but the trusted root lists ${boundedList(listed)}: its verifiers want an entry in one, so the bundles would not verify`, { hint });
  }
}

/** The endpoints of a signing configuration's services, for the instance the token chose. */
function signingConfigEndpoints(services: SigningConfigServices, instance: 'public-good' | 'github'): SigstoreEndpoints {
  refuseLogOnGitHub(services, instance);
  const { tlog } = services;
  return { fulcioURL: services.fulcioURL, rekorURL: tlog?.url, rekorApiVersion: tlog?.majorApiVersion, tsaURL: services.tsaURL };
}

/**
 * How logs and summaries name who signs. A Fulcio or Rekor URL replaces the instance's certificate
 * authority or log, so the signature comes from a custom deployment, not the instance; a TSA URL
 * alone only adds (or swaps) the timestamp authority.
 */
function deploymentName(config: SignConfig, instance: 'public-good' | 'github'): string {
  if (config.signingConfig !== undefined) return `the Sigstore deployment of ${config.signingConfig}`;
  if (config.fulcioURL !== undefined || config.rekorURL !== undefined) return 'a custom Sigstore deployment';
  const name = instance === 'public-good' ? 'the public-good Sigstore instance' : 'GitHub\'s Sigstore instance';
  return config.tsaURL === undefined ? name : `${name} with a custom timestamp authority`;
}

/**
 * Warns when other users of the machine may read the key file (group or world permission bits),
 * as ssh refuses such a key: an unencrypted key is theirs to sign with, an encrypted one theirs to
 * attack offline. A warning rather than a refusal, since cosign reads such files without a word.
 */
function warnIfReadableByOthers(path: string, mode: number, logger: Logger): void {
  // Windows has no POSIX permission bits: Node reports every readable file as 0666 or 0444 there.
  if (process.platform === 'win32' || (mode & 0o077) === 0) return;
  logger.warn(`the private key ${quoted(path)} can be read by other users of this machine (mode 0${(mode & 0o777).toString(8).padStart(3, '0')}); restrict it with \`chmod 600\` on that file`);
}

/**
 * Reads and decrypts the configured key (taking its passphrase out of the environment), so that a
 * run can learn before any work that the key or passphrase is wrong; {@link openSigningSession}
 * then signs with it (`context.key`).
 */
export function readSigningKeyFile(keyPath: string, context: Pick<SigningContext, 'cwd' | 'env' | 'logger'>): Promise<SigningKey> {
  return readKey(resolve(context.cwd, keyPath), context.env, context.logger, keyPath);
}

/**
 * Opens the signing session a config asks for: a local key when one is given, keyless otherwise
 * (fetching the identity token once). Without a token, `on-missing-token` decides: fail throws
 * a coded error naming the permission to add, warn and skip return no session. The signing config
 * and trusted root given are read and checked first, whether or not a token comes.
 */
export async function openSigningSession(config: SignConfig, context: SigningContext): Promise<OpenedSession> {
  if (config.key !== undefined) {
    const key = context.key ?? (await readKey(resolve(context.cwd, config.key), context.env, context.logger, config.key));
    return {
      session: createSigningSession({ backend: { instance: 'key', key }, retry: config.retry }),
      description: `the local key ${config.key} (hint ${key.hint})`,
      signer: { kind: 'key', hint: key.hint, source: config.key },
      trust: undefined,
      close: () => {},
    };
  }
  // What the user gave is read and checked before the token is asked for: a broken file is reported
  // whether or not a token comes, not only once one does (nor never, when on-missing-token skips).
  const fromSigningConfig = config.signingConfig === undefined ? undefined : await readSigningConfig(config.signingConfig, context);
  // The instance the token would choose is known already when it is named.
  if (fromSigningConfig !== undefined && config.instance === 'github') refuseLogOnGitHub(fromSigningConfig, 'github');
  const fulcioURL = fromSigningConfig?.fulcioURL ?? config.fulcioURL;
  if (fulcioURL !== undefined) refuseTokenInTheClear(fulcioURL, config.signingConfig);
  const givenTrust = config.trustedRoot === undefined ? undefined : await readGivenTrust(config.trustedRoot, context);
  const token = context.token ?? (await requestIdToken({ env: context.env, retry: config.retry, renewable: true }));
  if (token === undefined) {
    const error = missingTokenError(context.env, context.run.payload);
    if (config.onMissingToken === 'fail') throw error;
    // The reason without "nothing was signed": the summaries that show it say so themselves.
    const reason = `${error.message} (on-missing-token: ${config.onMissingToken})`;
    const line = `${error.message}; nothing was signed (on-missing-token: ${config.onMissingToken})`;
    if (config.onMissingToken === 'warn') context.logger.warn(line);
    else context.logger.info(line);
    return { session: undefined, reason };
  }
  const instance = keylessInstance(config, context.run, context.run.payload !== undefined || context.env.GITHUB_ACTIONS === 'true', token, context.logger);
  // A workflow naming a log for its public repositories signs a private one off it, on purpose: said, not done in silence.
  if (instance === 'github' && config.rekorURL !== undefined) {
    context.logger.warn(`instance "auto" chose GitHub's instance (the repository is not known to be public), which writes no transparency log: the Rekor URL ${config.rekorURL} is not used, so that a private repository's name never reaches a log; set instance "public-good" to log it`);
  }
  let endpoints: SigstoreEndpoints;
  let trust: TrustMaterial;
  try {
    endpoints = endpointsFor(config, instance, context, fromSigningConfig);
    // A GitHub Enterprise Server's own Fulcio, found from its URL, may be plain HTTP too.
    refuseTokenInTheClear(endpoints.fulcioURL, config.signingConfig);
    trust = givenTrust ?? (await readInstanceTrust(config, context, instance));
    if (fromSigningConfig !== undefined) refuseUnverifiableServices(fromSigningConfig, trust);
  } catch (error) {
    token.secret.destroy();
    token.renewal?.forget();
    throw error;
  }
  // A certificate asked for after the runner's token expired (GitHub's live five minutes, Fulcio's ten) takes a new token.
  let current = token;
  const identity: SigningIdentity = {
    token: async () => {
      current = await unexpiredToken(current, Date.now());
      return current.secret.use((jwt) => jwt.toString('latin1'));
    },
    expectedIdentity: expectedIdentity(token, context.run.serverURL),
    issuer: token.claims.iss,
  };
  const name = deploymentName(config, instance);
  const session = createSigningSession({ backend: { instance, endpoints, identity, trust }, retry: config.retry, proxy: proxySettingsFrom(context.env), timeoutMs: config.timeoutMs });
  return {
    session,
    get signer(): SessionSigner {
      return {
        kind: 'certificate',
        identity: identity.expectedIdentity ?? session.certificateIdentity(),
        issuer: identity.issuer,
        repository: sourceRepository(token, context.run.serverURL),
        sourceRef: sourceRepository(token, context.run.serverURL) !== undefined && typeof token.claims.ref === 'string' && token.claims.ref.startsWith('refs/') ? token.claims.ref : undefined,
        rekorV2: endpoints.rekorURL !== undefined && endpoints.rekorApiVersion === 2,
        unlogged: endpoints.rekorURL === undefined,
      };
    },
    trust,
    claims: token.claims,
    close: () => {
      current.secret.destroy();
      current.renewal?.forget();
    },
    description: `${name} (Fulcio ${endpoints.fulcioURL}${endpoints.rekorURL === undefined ? '' : `, Rekor${endpoints.rekorApiVersion === 2 ? ' v2' : ''} ${endpoints.rekorURL}`}${endpoints.tsaURL === undefined ? '' : `, TSA ${endpoints.tsaURL}`}) as ${identity.expectedIdentity ?? token.claims.sub ?? 'the token\'s subject'}`,
  };
}
