import { printable } from '../core/logger.js';
import { OciError } from './errors.js';

/** One challenge of a `WWW-Authenticate` header. */
export interface AuthChallenge {
  /** Lowercase scheme: `basic`, `bearer`, or another the client does not speak. */
  readonly scheme: string;
  /** Parameters with lowercase names (`realm`, `service`, `scope`, `error`). */
  readonly params: Readonly<Record<string, string>>;
}

const MAX_CHALLENGE_LENGTH = 8192;
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;

/**
 * Parses a `WWW-Authenticate` header (RFC 9110 11.6.1): one or more challenges, each a scheme and
 * comma-separated `name=value` parameters whose values may be quoted strings with escapes.
 */
export function parseChallenges(header: string): AuthChallenge[] {
  const invalid = (why: string): OciError =>
    new OciError('OCI_AUTH_CHALLENGE_INVALID', `the registry's WWW-Authenticate header is invalid: ${why}`, {
      hint: 'the registry (or a proxy in front of it) sent a malformed authentication challenge; report it to its operators',
    });
  if (header.length > MAX_CHALLENGE_LENGTH) throw invalid(`it is longer than ${MAX_CHALLENGE_LENGTH} characters`);
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  let at = 0;
  const skipSpace = (): void => {
    while (at < header.length && (header[at] === ' ' || header[at] === '\t')) at += 1;
  };
  const token = (): string | undefined => {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(header);
    if (!match) return undefined;
    at += match[0].length;
    return match[0];
  };
  while (at < header.length) {
    skipSpace();
    if (header[at] === ',') {
      at += 1;
      continue;
    }
    const scheme = token();
    if (scheme === undefined) throw invalid(`unexpected "${printable(header.slice(at, at + 20))}" at ${at}`);
    const params: Record<string, string> = {};
    challenges.push({ scheme: scheme.toLowerCase(), params });
    for (;;) {
      skipSpace();
      const start = at;
      const name = token();
      if (name === undefined) break;
      skipSpace();
      if (header[at] !== '=') {
        // A token without "=" starts the next challenge.
        at = start;
        break;
      }
      at += 1;
      skipSpace();
      let value: string | undefined;
      if (header[at] === '"') {
        at += 1;
        value = '';
        for (;;) {
          const char = header[at];
          if (char === undefined) throw invalid('a quoted value is not closed');
          at += 1;
          if (char === '"') break;
          if (char === '\\') {
            const escaped = header[at];
            if (escaped === undefined) throw invalid('a quoted value ends in a backslash');
            value += escaped;
            at += 1;
          } else value += char;
        }
      } else value = token();
      if (value === undefined) throw invalid(`parameter ${name} has no value`);
      params[name.toLowerCase()] = value;
      skipSpace();
      if (header[at] === ',') at += 1;
      else break;
    }
  }
  return challenges;
}

/** A `scope` for the token service: `repository:<name>:<actions>`. */
export function repositoryScope(repository: string, actions: 'pull' | 'pull,push'): string {
  return `repository:${repository}:${actions}`;
}
