import { readFile } from 'node:fs/promises';
import { TrustKitError, messageOf } from '../core/errors.js';

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

/** Reads the run context from an environment (the entry point passes `process.env`). */
export async function readRunContext(env: Readonly<Record<string, string | undefined>>): Promise<RunContext> {
  const serverURL = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath === undefined || eventPath === '') return { serverURL, payload: undefined, visibility: undefined };
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (error) {
    throw new TrustKitError('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${messageOf(error)}`, {
      cause: error,
      hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
    });
  }
  return { serverURL, payload, visibility: visibilityOf(payload) };
}
