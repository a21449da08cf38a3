import { TrustKitError, messageOf } from '../core/errors.js';
import { readRegularFile } from '../core/files.js';
import { quoted } from '../core/quote.js';

/** Who can see a repository, as GitHub reports it in event payloads and OIDC claims. */
export type RepositoryVisibility = 'public' | 'private' | 'internal';

/** The run facts signing needs, read from the runner's environment and event payload. */
export interface RunContext {
  /** `GITHUB_SERVER_URL`, `https://github.com` by default. */
  serverURL: string;
  /** The event payload (`GITHUB_EVENT_PATH`), undefined outside Actions. */
  payload: unknown;
  /** The repository's visibility from the payload, when it says. */
  visibility: RepositoryVisibility | undefined;
}

/** The visibility a payload states: `repository.visibility`, or `repository.private` on older payloads. */
export function visibilityOf(payload: unknown): RepositoryVisibility | undefined {
  const repository = (payload as { repository?: { visibility?: unknown; private?: unknown } } | undefined)?.repository;
  const visibility = repository?.visibility;
  if (visibility === 'public' || visibility === 'private' || visibility === 'internal') return visibility;
  if (repository?.private === true) return 'private';
  if (repository?.private === false) return 'public';
  return undefined;
}

/** The most bytes of an event payload read (GitHub caps a webhook's payload at 25 MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;

/**
 * The server's URL: `https://github.com` unless GITHUB_SERVER_URL says (empty is unset). It must be
 * an http(s) origin without credentials or a path: the API's default URL, the kind of GitHub and
 * provenance's builder and repository URLs are built on it, and `https://github.com/evil-org/x`
 * would put another repository's name in them. One with credentials is not quoted.
 */
export function githubServerUrl(value: string | undefined): string {
  if (value === undefined || value === '') return 'https://github.com';
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '') return parsed.origin;
  const shown = parsed !== undefined && (parsed.username !== '' || parsed.password !== '') ? '' : ` ${quoted(value, 200)}`;
  throw new TrustKitError('GITHUB_SERVER_URL_INVALID', `GITHUB_SERVER_URL${shown} is not an http(s) URL of a GitHub server (a scheme and a host, no path or credentials)`, {
    hint: "leave GITHUB_SERVER_URL to the runner; outside Actions set it to your GitHub's address, e.g. https://github.com or https://ghe.example.com",
  });
}

/** Reads the run context from an environment (the entry point passes `process.env`). */
export async function readRunContext(env: Readonly<Record<string, string | undefined>>): Promise<RunContext> {
  const serverURL = githubServerUrl(env.GITHUB_SERVER_URL);
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath === undefined || eventPath === '') return { serverURL, payload: undefined, visibility: undefined };
  let payload: unknown;
  try {
    // A regular file of bounded size: a pipe would hang the run, /dev/zero fill the memory.
    payload = JSON.parse((await readRegularFile(eventPath, { maxBytes: MAX_EVENT_BYTES, what: 'event payload' })).toString('utf8'));
  } catch (error) {
    throw new TrustKitError('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${messageOf(error)}`, {
      cause: error,
      hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
    });
  }
  return { serverURL, payload, visibility: visibilityOf(payload) };
}
