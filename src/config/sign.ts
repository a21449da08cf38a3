import { urlWithoutCredentials } from '../core/proxy.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../core/retry.js';
import { InputReader, type ConfigIssue, type InputNamer, type RawInputs } from './inputs.js';
import { quoted } from '../core/quote.js';

/** Where signatures come from; `auto` picks by repository visibility, or a local key when there is no token. */
export type InstanceChoice = 'auto' | 'public-good' | 'github' | 'key';

/** Values of `instance`. */
export const INSTANCE_CHOICES: readonly InstanceChoice[] = ['auto', 'public-good', 'github', 'key'];

/** What to do when a job has no OIDC token: fail (default), warn and skip signing, or skip silently. */
export type OnMissingToken = 'fail' | 'warn' | 'skip';

/** What `trust-kit sign-blob` and the sign action do, validated. */
export interface SignConfig {
  /** The files to sign, each into `<file>.sigstore.json`: the `checksums` file first, then `subject-path`. */
  files: string[];
  /** Where the bundle goes when exactly one file is signed. */
  bundle: string | undefined;
  instance: InstanceChoice;
  /** A local private key (PEM) to sign with. */
  key: string | undefined;
  fulcioURL: string | undefined;
  rekorURL: string | undefined;
  tsaURL: string | undefined;
  /** The API `rekorURL` speaks: 1 (Rekor v1, the default) or 2 (Rekor v2, which needs `tsaURL`). */
  rekorVersion: 1 | 2;
  /** A signing configuration (v0.2, as cosign's --signing-config) naming Fulcio, the logs and the TSA instead of the URLs. */
  signingConfig: string | undefined;
  /** The trusted root bundles are checked against before they are written (JSON or gh's JSONL). */
  trustedRoot: string | undefined;
  onMissingToken: OnMissingToken;
  retry: RetryPolicy;
  /** Milliseconds each signature's requests to Fulcio, Rekor and the TSA may take together (`timeout`, default {@link DEFAULT_SIGN_TIMEOUT_SECONDS} s). */
  timeoutMs: number;
}

/**
 * The default of `timeout`: five minutes for all of one signature's requests to the signing
 * services. Longer than cosign's three: each request may retry for about 80 s on its own, and a
 * signature makes up to three (certificate, log entry, timestamp).
 */
export const DEFAULT_SIGN_TIMEOUT_SECONDS = 300;

/** The longest `timeout`: six hours, the longest a GitHub-hosted job runs. */
const MAX_SIGN_TIMEOUT_SECONDS = 6 * 60 * 60;

/** `timeout` in milliseconds: whole seconds, minutes with `m` or hours with `h` (`90`, `90s`, `10m`, `6h`), from 1 s to 6 h. */
function timeoutOf(reader: InputReader): number {
  const value = reader.string('timeout');
  if (value === undefined) return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
  const match = /^(\d{1,6})(s|m|h)?$/.exec(value);
  const seconds = match === null ? Number.NaN : Number(match[1]) * (match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1);
  if (!(seconds >= 1 && seconds <= MAX_SIGN_TIMEOUT_SECONDS)) {
    reader.report('timeout', `is ${quoted(value.slice(0, 40))}; expected a time from 1 s to 6 h in whole seconds, minutes or hours (\`90\`, \`90s\`, \`10m\`, \`2h\`)`);
    return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
  }
  return seconds * 1000;
}

function url(reader: InputReader, name: string): string | undefined {
  const value = reader.string(name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    // Quoted without credentials: a private instance's URL may carry a password (refused below, once it parses).
    reader.report(name, `${quoted(urlWithoutCredentials(value))} is not a URL`);
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') reader.report(name, `${quoted(urlWithoutCredentials(value))} is not an http(s) URL`);
  else if (parsed.username !== '' || parsed.password !== '') reader.report(name, 'must not carry credentials');
  // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
  // carries (often a token) would be echoed in every log line and error that names the service.
  else if (parsed.search !== '' || parsed.hash !== '') reader.report(name, 'must be a base URL without a query string or fragment');
  return value;
}

/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`, `timeout`), reporting every problem at once.
 * `subjects` words a missing subject as the command names them: sign-image signs images.
 */
export function signConfig(raw: RawInputs, nameOf: InputNamer, subjects: 'file' | 'image' = 'file'): SignConfig {
  const reader = new InputReader(raw, nameOf);
  const checksums = reader.string('checksums');
  const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
  if (files.length === 0) reader.report('subject-path', `names no ${subjects} to sign`);
  const bundle = reader.string('bundle');
  if (bundle !== undefined && files.length > 1) reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
  const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
  const key = reader.string('key');
  if (key !== undefined && instance !== 'auto' && instance !== 'key') reader.report('key', `is a local key, but instance is ${quoted(instance)} (keyless); drop one of them`);
  if (instance === 'key' && key === undefined) reader.report('key', 'is required with instance "key"; create one with `trust-kit generate-key-pair`');
  const config: SignConfig = {
    files,
    bundle,
    instance,
    key,
    fulcioURL: url(reader, 'fulcio-url'),
    rekorURL: url(reader, 'rekor-url'),
    tsaURL: url(reader, 'tsa-url'),
    rekorVersion: reader.choice('rekor-version', ['1', '2'] as const, '1') === '2' ? 2 : 1,
    signingConfig: reader.string('signing-config'),
    trustedRoot: reader.string('trusted-root'),
    onMissingToken: reader.choice('on-missing-token', ['fail', 'warn', 'skip'] as const, 'fail'),
    retry: DEFAULT_RETRY_POLICY,
    timeoutMs: timeoutOf(reader),
  };
  if (config.rekorURL !== undefined && instance === 'github') {
    reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
  }
  if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined || config.signingConfig !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
    reader.report('key', `signs locally and offline; ${nameOf('fulcio-url')}, ${nameOf('rekor-url')}, ${nameOf('tsa-url')} and ${nameOf('signing-config')} apply to keyless signing only`);
  }
  if (config.signingConfig !== undefined && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined)) {
    reader.report('signing-config', `names the services itself; drop ${nameOf('fulcio-url')}, ${nameOf('rekor-url')} and ${nameOf('tsa-url')}, or the signing config`);
  }
  const keyed = instance === 'key' || (instance === 'auto' && key !== undefined);
  // The public-good instance's log is the default only for its own Fulcio: another CA's certificates (a private
  // deployment's identities and repository names) would otherwise go to the public log, as cosign sends them.
  const given = (name: string): boolean => typeof raw[name] === 'string' && raw[name].trim() !== '';
  if (given('fulcio-url') && !given('rekor-url') && !given('signing-config') && instance !== 'github' && !keyed) {
    reader.report('rekor-url', `is needed with ${nameOf('fulcio-url')}: without it, the certificates of that Fulcio would be logged in the public-good Rekor (https://rekor.sigstore.dev) for anyone to read; name the deployment's own log, or sign with instance "github" to log nowhere`);
  }
  if (config.rekorVersion === 2 && config.rekorURL === undefined) reader.report('rekor-version', `applies to ${nameOf('rekor-url')}, which is not given (a signing config names each log's version itself)`);
  else if (config.rekorVersion === 2 && config.tsaURL === undefined) reader.report('rekor-version', `is 2, and Rekor v2 entries carry no integration time: give ${nameOf('tsa-url')} as well, so a timestamp authority dates the signature`);
  reader.finish();
  return config;
}

/**
 * What keyless signing cannot do without a trusted root, known from the inputs alone: a signing
 * config's services, a custom Fulcio or Rekor, GitHub's instance with a custom TSA. The signing
 * session refuses these too, but only as it opens, after the artifacts were hashed.
 */
export function signingTrustIssues(config: SignConfig, nameOf: InputNamer): ConfigIssue[] {
  const keyed = config.instance === 'key' || (config.instance === 'auto' && config.key !== undefined);
  if (config.trustedRoot !== undefined || keyed) return [];
  const custom = [...(config.fulcioURL === undefined ? [] : ['fulcio-url']), ...(config.rekorURL === undefined ? [] : ['rekor-url'])];
  const what =
    config.signingConfig !== undefined
      ? nameOf('signing-config')
      : custom.length > 0
        ? `custom Sigstore URLs (${custom.map(nameOf).join(', ')})`
        : config.instance === 'github' && config.tsaURL !== undefined
          ? `GitHub's instance and ${nameOf('tsa-url')}`
          : undefined;
  if (what === undefined) return [];
  return [{ input: nameOf('trusted-root'), message: `is required to sign keylessly with ${what}: every bundle is verified against it before it is written; give the trusted_root.json of that Sigstore deployment` }];
}

/**
 * The keyless signing inputs a local `key` leaves unused, since it signs offline with no service to
 * trust or wait for and no token to miss: `trusted-root` (even one that is no trusted root),
 * `timeout` and an `on-missing-token` other than `fail` (its default, which the runner passes),
 * refused rather than ignored. A `key` beside a keyless `instance` is {@link signConfig}'s own refusal.
 */
export function keyedSigningIssues(raw: RawInputs, nameOf: InputNamer): ConfigIssue[] {
  const given = (name: string): boolean => {
    const value = raw[name];
    return value !== undefined && value !== '' && !(name === 'on-missing-token' && typeof value === 'string' && value.trim().toLowerCase() === 'fail');
  };
  const instance = typeof raw.instance === 'string' ? raw.instance.trim().toLowerCase() : '';
  if (typeof raw.key !== 'string' || raw.key.trim() === '' || (instance !== '' && instance !== 'auto' && instance !== 'key')) return [];
  return KEYLESS_ONLY.filter(given).map((name) => ({ input: nameOf(name), message: `applies to keyless signing; ${nameOf('key')} signs locally and offline, so it would do nothing` }));
}

const KEYLESS_ONLY = ['trusted-root', 'timeout', 'on-missing-token'] as const;
