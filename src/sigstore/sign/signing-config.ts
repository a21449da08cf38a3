import { quoted } from '../../core/quote.js';
import { parseRfc3339 } from '../verify/shape.js';
import { SignError } from './errors.js';

/** The media type of the signing configurations trust-kit reads (cosign 3, sigstore-python 4 and sigstore-js read the same). */
export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';

/** The major API versions trust-kit's clients speak: Fulcio v1 (its v2 signing-certificate endpoint), Rekor v1 and v2, the TSA v1. */
export const SUPPORTED_API_VERSIONS = { ca: [1], tlog: [1, 2], tsa: [1] } as const;

/** One service of a signing configuration. */
export interface SigningConfigService {
  url: string;
  majorApiVersion: number;
  validFrom: Date;
  /** Absent: still in service. */
  validTo: Date | undefined;
  operator: string;
}

/** How many of the valid services a client uses: all, any one, or exactly `count`. */
export type ServiceSelector = { selector: 'ALL' } | { selector: 'ANY' } | { selector: 'EXACT'; count: number };

/** A signing configuration (v0.2), read and checked. */
export interface SigningConfig {
  source: string;
  caUrls: SigningConfigService[];
  rekorTlogUrls: SigningConfigService[];
  tsaUrls: SigningConfigService[];
  rekorTlogConfig: ServiceSelector;
  tsaConfig: ServiceSelector;
}

/** A transparency log to sign with, and the API it speaks. */
export interface SelectedLog {
  url: string;
  majorApiVersion: 1 | 2;
}

/** The services a signing configuration selects at one time. */
export interface SelectedServices {
  fulcioURL: string;
  tlogs: SelectedLog[];
  /** Timestamp authority URLs, the full endpoint each as the configuration names it (a path prefix included). */
  tsaURLs: string[];
}

const MAX_SERVICES = 64;
const SELECTORS = new Set(['ALL', 'ANY', 'EXACT']);

function invalid(source: string, message: string): never {
  throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${source}: ${message}`, {
    hint: `pass a signing configuration with mediaType ${SIGNING_CONFIG_MEDIA_TYPE} (the format of cosign's --signing-config and of the public-good TUF target signing_config.v0.2.json)`,
  });
}

/** A time as protobuf's JSON writes a Timestamp, RFC 3339 with its offset, read as the trusted root's are: `Date`'s own parser took `1` and `December 17, 1995`, and a time without an offset in the machine's time zone. */
function time(value: unknown, source: string, where: string): Date {
  const date = typeof value === 'string' ? parseRfc3339(value) : undefined;
  if (date === undefined) invalid(source, `${where} is ${quoted(value ?? null)}, expected an RFC 3339 time with its offset (2025-04-01T00:00:00Z)`);
  return date;
}

/**
 * The services of one list. A service of an API version trust-kit does not speak (0, "not yet
 * released", also when left out as protobuf's JSON leaves a 0; a later major) is never selected:
 * its URL is not checked, so that a newer client's entry (a `grpc://` log) does not refuse the
 * whole configuration, as cosign 3 and sigstore-go skip it.
 */
function services(value: unknown, source: string, field: string, supported: readonly number[]): SigningConfigService[] {
  // null is absent, as protobuf's JSON mapping (cosign, sigstore-go) and trust-kit's bundle reader take it.
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) invalid(source, `${field} is not a list`);
  if (value.length > MAX_SERVICES) invalid(source, `${field} lists ${value.length} services; at most ${MAX_SERVICES} are read`);
  return value.map((entry: unknown, index) => {
    const where = `${field}[${index}]`;
    const { url, majorApiVersion: given, validFor, operator } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const majorApiVersion = given ?? 0;
    if (typeof majorApiVersion !== 'number' || !Number.isInteger(majorApiVersion) || majorApiVersion < 0) invalid(source, `${where}.majorApiVersion is ${quoted(given)}, expected a whole number (0 for a service not yet released)`);
    const { start, end } = (typeof validFor === 'object' && validFor !== null ? validFor : {}) as Record<string, unknown>;
    const times = { validFrom: time(start, source, `${where}.validFor.start`), validTo: end === undefined || end === null ? undefined : time(end, source, `${where}.validFor.end`) };
    if (!supported.includes(majorApiVersion)) return { url: typeof url === 'string' ? url : '', majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
    let parsed: URL | undefined;
    try {
      parsed = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    // The URL parser drops tabs and newlines silently; what a config spells is what is printed and used, so it may hold none.
    if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || [...(url as string)].some((char) => char <= ' ' || char === '\u007f')) invalid(source, `${where}.url is ${quoted(url ?? null)}, expected an http(s) URL (without blanks or control characters)`);
    if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '') invalid(source, `${where}.url must carry no credentials, query string or fragment`);
    return { url: url as string, majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
  });
}

/** A list's selector; one left out is refused where the list names services (the spec's SERVICE_SELECTOR_UNDEFINED, which sigstore-go refuses too). */
function selector(value: unknown, source: string, field: string, listed: boolean): ServiceSelector {
  if (value === undefined || value === null) {
    if (listed) invalid(source, `${field} is missing: say how many of the services listed to use (\`{"selector": "ANY"}\` for one, ALL, or EXACT with a count)`);
    return { selector: 'ANY' };
  }
  const { selector: name, count } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof name !== 'string' || !SELECTORS.has(name)) invalid(source, `${field}.selector is ${quoted(name ?? null)}, expected ALL, ANY or EXACT`);
  if (name !== 'EXACT') return { selector: name as 'ALL' | 'ANY' };
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) invalid(source, `${field}.count is ${quoted(count ?? null)}, expected a positive integer with selector EXACT`);
  return { selector: 'EXACT', count };
}

/** Reads a signing configuration (parsed JSON); `source` names it in errors. */
export function parseSigningConfig(json: unknown, source: string): SigningConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) invalid(source, 'is not a JSON object');
  const document = json as Record<string, unknown>;
  if (document['mediaType'] !== SIGNING_CONFIG_MEDIA_TYPE) invalid(source, `${document['mediaType'] === undefined ? 'mediaType is missing' : `mediaType is ${quoted(document['mediaType'])}`}, expected ${SIGNING_CONFIG_MEDIA_TYPE}`);
  const rekorTlogUrls = services(document['rekorTlogUrls'], source, 'rekorTlogUrls', SUPPORTED_API_VERSIONS.tlog);
  const tsaUrls = services(document['tsaUrls'], source, 'tsaUrls', SUPPORTED_API_VERSIONS.tsa);
  return {
    source,
    caUrls: services(document['caUrls'], source, 'caUrls', SUPPORTED_API_VERSIONS.ca),
    rekorTlogUrls,
    tsaUrls,
    rekorTlogConfig: selector(document['rekorTlogConfig'], source, 'rekorTlogConfig', rekorTlogUrls.length > 0),
    tsaConfig: selector(document['tsaConfig'], source, 'tsaConfig', tsaUrls.length > 0),
  };
}

/**
 * sigstore-go's SelectServices (what cosign signs with): of the services valid at `now`, those of
 * the highest supported API version that has any, newest first, at most one per operator; then
 * the selector's share of them. ANY takes the newest rather than a random one, so that a release
 * re-run signs with the same services.
 */
function select(list: readonly SigningConfigService[], supported: readonly number[], config: ServiceSelector, now: Date, source: string, field: string): SigningConfigService[] {
  const newestFirst = [...list].sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
  let chosen: SigningConfigService[] = [];
  for (const version of [...supported].sort((a, b) => b - a)) {
    const operators = new Set<string>();
    chosen = newestFirst.filter((service) => {
      // validFor is a closed range: a service is valid at its end too (the spec; sigstore-go).
      if (service.majorApiVersion !== version || service.validFrom > now || (service.validTo !== undefined && service.validTo < now) || operators.has(service.operator)) return false;
      operators.add(service.operator);
      return true;
    });
    if (chosen.length > 0) break;
  }
  if (config.selector === 'ALL') return chosen;
  if (config.selector === 'ANY') return chosen.slice(0, 1);
  if (chosen.length < config.count) invalid(source, `${field} selects exactly ${config.count} services, but only ${chosen.length} of API version ${supported.join(' or ')} are valid at ${now.toISOString()}`);
  return chosen.slice(0, config.count);
}

/** The Fulcio, transparency logs and timestamp authorities to sign with at `now`, as cosign and sigstore-python would choose them. */
export function selectServices(config: SigningConfig, now: Date): SelectedServices {
  const [ca] = select(config.caUrls, SUPPORTED_API_VERSIONS.ca, { selector: 'ANY' }, now, config.source, 'caUrls');
  if (ca === undefined) invalid(config.source, `caUrls names no certificate authority of API version ${SUPPORTED_API_VERSIONS.ca.join(', ')} valid at ${now.toISOString()}`);
  const tlogs = select(config.rekorTlogUrls, SUPPORTED_API_VERSIONS.tlog, config.rekorTlogConfig, now, config.source, 'rekorTlogUrls');
  if (config.rekorTlogUrls.length > 0 && tlogs.length === 0) invalid(config.source, `rekorTlogUrls names no transparency log of API version ${SUPPORTED_API_VERSIONS.tlog.join(' or ')} valid at ${now.toISOString()}`);
  const tsas = select(config.tsaUrls, SUPPORTED_API_VERSIONS.tsa, config.tsaConfig, now, config.source, 'tsaUrls');
  if (config.tsaUrls.length > 0 && tsas.length === 0) invalid(config.source, `tsaUrls names no timestamp authority of API version ${SUPPORTED_API_VERSIONS.tsa.join(', ')} valid at ${now.toISOString()}`);
  return {
    fulcioURL: ca.url,
    tlogs: tlogs.map((log) => ({ url: log.url, majorApiVersion: log.majorApiVersion as 1 | 2 })),
    // The full endpoint, posted to as it is: a prefix before /api/v1/timestamp (a TSA behind a gateway) was dropped with it.
    tsaURLs: tsas.map((tsa) => tsa.url),
  };
}
