import type { Environment } from './environment.js';
import { forEachForm } from './forms.js';
import { track, type LiveSecret } from './live.js';

/**
 * The shortest user name without a password that is masked as a token: a plain name (`build`,
 * `proxyuser`) is no secret, and masking it would blank that word in every line of the job's log.
 */
const MIN_TOKEN_USER_LENGTH = 16;

/** The variables a proxy URL with credentials may be in: ours, @actions/http-client's, and the children's (git, curl). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'] as const;

/**
 * The credentials registered so far, held strongly for the process's life: live secrets are held
 * weakly, and these must stay masked and redacted as long as the variables hold them.
 */
const held: LiveSecret[] = [];

/** `text` percent-decoded, as a proxy's credentials are sent; undefined when it does not decode or is the same. */
function decoded(text: string): string | undefined {
  try {
    const plain = decodeURIComponent(text);
    return plain === text ? undefined : plain;
  } catch {
    return undefined;
  }
}

/**
 * The secret parts of a proxy URL as written and percent-decoded: the password and `user:password`,
 * or, without a password, the user alone when it is long enough to be a token given as the user
 * name ({@link MIN_TOKEN_USER_LENGTH}). Read as
 * urlWithoutCredentials reads a URL: everything between the scheme and the last `@` may be
 * credentials, so a value that does not parse is covered too.
 */
export function proxyCredentials(value: string): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
  const rest = value.slice(scheme.length);
  const at = rest.lastIndexOf('@');
  if (at <= 0) return [];
  const userinfo = rest.slice(0, at);
  const colon = userinfo.indexOf(':');
  const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
  const password = colon === -1 ? '' : userinfo.slice(colon + 1);
  const written = password !== '' ? [password, userinfo] : user.length >= MIN_TOKEN_USER_LENGTH ? [user] : [];
  const parts = written.flatMap((part) => [part, decoded(part)]).filter((part): part is string => part !== undefined && part !== '');
  // Decoded, `user:password` is what goes base64-encoded into Proxy-Authorization: its forms cover that header.
  if (password !== '') parts.push(`${decoded(user) ?? user}:${decoded(password) ?? password}`);
  return [...new Set(parts)];
}

/** A credential as a live secret: masked in the log and redacted from errors, its bytes wiped on purge. */
function liveCredential(text: string): LiveSecret {
  let bytes: Buffer | undefined = Buffer.from(text, 'utf8');
  const wipe = (): void => {
    bytes?.fill(0);
    bytes = undefined;
  };
  const secret: LiveSecret = {
    destroy: wipe,
    forEachForm: (visit) => {
      if (bytes !== undefined) forEachForm(bytes, visit);
    },
  };
  track(secret, () => undefined);
  return secret;
}

/**
 * Registers the credentials of every proxy variable in `env` as live secrets: the log masker
 * (`::add-mask::` in a job, also for a masker set later) and the redactor then know them before any
 * request is made, so no log line or error shows them, whoever wrote the message (a dependency's
 * error quoting the proxy URL included). They stay in the environment as well, since the proxy
 * agents need them: protected memory would protect nothing there, so none is taken.
 */
export function protectProxyCredentials(env: Environment): void {
  // Once each: the variables often hold the same URL, and each registration is a line of the log.
  const credentials = new Set(PROXY_VARIABLES.flatMap((variable) => proxyCredentials(env[variable] ?? '')));
  for (const credential of credentials) held.push(liveCredential(credential));
}
