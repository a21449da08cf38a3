import { spawn } from 'node:child_process';
import { isTrustKitError, messageOf, systemErrorCode } from '../core/errors.js';
import { readRegularFile } from '../core/files.js';
import { SecretBuffer, childEnvironment } from '../secrets/index.js';
import { OciError } from './errors.js';
import { DOCKER_HUB } from './reference.js';

/** Credentials for one registry: a username and a password or token, the secret part protected. */
export interface RegistryCredentials {
  readonly username: string;
  readonly secret: SecretBuffer;
  /** The secret is an OAuth2 refresh token (docker's `identitytoken`), exchanged at the token service rather than sent as a password. */
  readonly identityToken?: boolean;
}

/** Where the client finds credentials for a registry (by its name in references: `docker.io`, `ghcr.io`, `localhost:5000`). */
export interface CredentialSource {
  credentialsFor(registry: string): Promise<RegistryCredentials | undefined>;
  /** Wipes the secrets this source made (read from docker's config or a helper, taken for it); those it was handed stay their owner's. */
  close?(): void;
}

/** Credentials given explicitly (inputs, flags, `GITHUB_TOKEN` for ghcr.io), keyed by registry name. */
export function staticCredentials(entries: Readonly<Record<string, RegistryCredentials>>): CredentialSource {
  const byRegistry = new Map(Object.entries(entries).map(([registry, credentials]) => [normalizeRegistryKey(registry), credentials]));
  return { credentialsFor: async (registry) => byRegistry.get(normalizeRegistryKey(registry)) };
}

/** The first source that has credentials for a registry wins: explicit inputs before docker's config, say. */
export function chainCredentials(...sources: readonly CredentialSource[]): CredentialSource {
  return {
    async credentialsFor(registry) {
      for (const source of sources) {
        const found = await source.credentialsFor(registry);
        if (found) return found;
      }
      return undefined;
    },
    close() {
      for (const source of sources) source.close?.();
    },
  };
}

/** Runs `docker-credential-<helper> get` for a server URL: the helper's stdout, or undefined when it has no credentials for it. */
export type CredentialHelperRunner = (helper: string, serverUrl: string) => Promise<Buffer | undefined>;

const MAX_DOCKER_CONFIG_BYTES = 1024 * 1024;
const MAX_HELPER_OUTPUT_BYTES = 64 * 1024;
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Credentials from a docker `config.json`, looked up as the docker CLI does: the registry's
 * `credHelpers` entry, else the `credsStore` (falling back to `auths` when the store has none),
 * else `auths` (`auth` is base64 `user:password`; `identitytoken` is a refresh token). The file is
 * checked here; helpers run, and `auths` is read again, only when a registry is asked for: its
 * passwords are kept as bytes, wiped by close(), never as the strings JSON.parse makes of them.
 */
export function dockerConfigCredentials(configBytes: Uint8Array, source: string, runHelper: CredentialHelperRunner = runCredentialHelper): CredentialSource {
  const invalid = (why: string, cause?: unknown): OciError =>
    new OciError('OCI_CREDENTIALS_INVALID', `docker config ${source} is invalid: ${why}`, {
      cause,
      hint: 'fix the file (docker login rewrites it), or point DOCKER_CONFIG at another directory',
    });
  const parse = (bytes: Uint8Array): { auths?: unknown; credsStore?: unknown; credHelpers?: unknown } => {
    let config: unknown;
    try {
      // Decoded through a view, not a copy: a copy would hold every password in one more place.
      config = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    } catch (error) {
      // JSON.parse's message quotes the text around the fault, which may be a password: only its position is kept.
      throw invalid(`it is not valid JSON${jsonErrorPosition(error)}`);
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) throw invalid('it is not a JSON object');
    return config;
  };
  const { auths = {}, credsStore, credHelpers = {} } = parse(configBytes);
  if (typeof auths !== 'object' || auths === null) throw invalid('"auths" is not an object');
  if (credsStore !== undefined && (typeof credsStore !== 'string' || !HELPER_NAME.test(credsStore))) throw invalid('"credsStore" is not a helper name');
  if (typeof credHelpers !== 'object' || credHelpers === null) throw invalid('"credHelpers" is not an object');
  const helpers = new Map<string, string>();
  for (const [key, helper] of Object.entries(credHelpers)) {
    if (typeof helper !== 'string' || !HELPER_NAME.test(helper)) throw invalid(`credHelpers["${key.slice(0, 100)}"] is not a helper name`);
    helpers.set(normalizeRegistryKey(key), helper);
  }
  const listed = new Set(Object.keys(auths).map(normalizeRegistryKey));
  // The caller wipes its bytes; this copy (a Buffer, so it can be wiped; Buffer.alloc, out of the shared pool) is read again for each registry asked for.
  let kept: Buffer | undefined;
  if (listed.size > 0) {
    kept = Buffer.alloc(configBytes.length);
    kept.set(configBytes);
  }
  /** The `auths` entry of a registry, from a fresh parse whose strings are garbage once its secret is in protected memory. */
  const entryOf = (key: string): unknown => {
    let entry: unknown;
    if (kept === undefined || !listed.has(key)) return undefined;
    // As the map of the first reading did: of entries naming the same registry, the last wins.
    for (const [name, value] of Object.entries(parse(kept).auths as object)) if (normalizeRegistryKey(name) === key) entry = value;
    return entry;
  };
  /** Every secret handed out, wiped by close(): a password or token is not kept past the client that asked for it. */
  const made = new Set<SecretBuffer>();
  const lookUp = async (registry: string): Promise<RegistryCredentials | undefined> => {
    const key = normalizeRegistryKey(registry);
    const helper = helpers.get(key) ?? (typeof credsStore === 'string' ? credsStore : undefined);
    if (helper !== undefined) {
      const output = await runHelper(helper, helperServerUrl(key));
      if (output !== undefined) return parseHelperOutput(output, helper, registry);
      if (helpers.has(key)) return undefined;
    }
    const entry = entryOf(key);
    return entry === undefined ? undefined : parseAuthEntry(entry, `auths["${registry}"]`, invalid);
  };

  return {
    async credentialsFor(registry) {
      const found = await lookUp(registry);
      if (found !== undefined) made.add(found.secret);
      return found;
    },
    close() {
      for (const secret of made) secret.destroy();
      made.clear();
      kept?.fill(0);
    },
  };
}

/** Reads docker's config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, chosen by the entry point); undefined when there is none. */
export async function loadDockerConfig(path: string, runHelper?: CredentialHelperRunner): Promise<CredentialSource | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, { maxBytes: MAX_DOCKER_CONFIG_BYTES, what: 'docker config' });
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return undefined;
    if (isTrustKitError(error)) throw error;
    throw new OciError('OCI_CREDENTIALS_INVALID', `docker config ${path} cannot be read: ${messageOf(error)}`, { cause: error, hint: 'check the file\'s permissions' });
  }
  try {
    return dockerConfigCredentials(bytes, path, runHelper);
  } finally {
    bytes.fill(0);
  }
}

function parseAuthEntry(entry: unknown, where: string, invalid: (why: string) => OciError): RegistryCredentials | undefined {
  if (typeof entry !== 'object' || entry === null) throw invalid(`${where} is not an object`);
  const { auth, identitytoken, username, password } = entry as Record<string, unknown>;
  if (typeof auth === 'string' && auth.length > 0) {
    const decoded = Buffer.from(auth, 'base64');
    try {
      const colon = decoded.indexOf(0x3a);
      if (colon <= 0) throw invalid(`${where}.auth is not base64 of "username:password"`);
      const user = decoded.subarray(0, colon).toString('utf8');
      if (typeof identitytoken === 'string' && identitytoken.length > 0) {
        return { username: user, secret: SecretBuffer.from(Buffer.from(identitytoken, 'utf8')), identityToken: true };
      }
      return { username: user, secret: SecretBuffer.from(Buffer.from(decoded.subarray(colon + 1))) };
    } finally {
      decoded.fill(0);
    }
  }
  if (typeof username === 'string' && typeof password === 'string' && username.length > 0) {
    return { username, secret: SecretBuffer.from(Buffer.from(password, 'utf8')) };
  }
  // `{}` entries are what docker login leaves when a credsStore holds the secret.
  return undefined;
}

function parseHelperOutput(output: Buffer, helper: string, registry: string): RegistryCredentials {
  const refused = (why: string): OciError =>
    new OciError('OCI_CREDENTIAL_HELPER_FAILED', `docker-credential-${helper} answered for ${registry} with something that is not its JSON: ${why}`, {
      hint: `run "docker-credential-${helper} get" by hand to see what it prints`,
    });
  try {
    let parsed: { Username?: unknown; Secret?: unknown };
    try {
      parsed = JSON.parse(output.toString('utf8')) as typeof parsed;
    } catch (error) {
      // Not the parser's message: it quotes the output, which holds the secret.
      throw refused(`it is not valid JSON${jsonErrorPosition(error)}`);
    }
    if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret.length === 0) throw refused('it has no Username and Secret strings');
    // docker-credential-helpers' convention: the username "<token>" marks an identity (refresh) token.
    const identityToken = parsed.Username === '<token>';
    return { username: parsed.Username, secret: SecretBuffer.from(Buffer.from(parsed.Secret, 'utf8')), ...(identityToken ? { identityToken } : {}) };
  } finally {
    output.fill(0);
  }
}

/** " at position N" from a JSON.parse error, without the text it quotes. */
export function jsonErrorPosition(error: unknown): string {
  const position = /position (\d+)/.exec(messageOf(error))?.[1];
  return position === undefined ? '' : ` (at position ${position})`;
}

/** The key docker uses for a registry: its host, with Docker Hub under `https://index.docker.io/v1/`'s canonical name. */
function normalizeRegistryKey(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0]?.toLowerCase() ?? '';
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB : host;
}

function helperServerUrl(key: string): string {
  return key === DOCKER_HUB ? 'https://index.docker.io/v1/' : key;
}

/** How long a helper that has exited may still take to hand over what it wrote before its pipes are closed. */
const HELPER_PIPE_GRACE_MS = 1000;

/**
 * Runs a docker credential helper from PATH, bounded in output and time, whatever processes it
 * leaves behind: without a shell, but on Windows through cmd.exe, which alone finds and runs a
 * helper installed as a `.cmd` shim (gcloud's) as docker does, by PATHEXT.
 */
export function runCredentialHelper(helper: string, serverUrl: string, timeoutMs = 30_000, platform: NodeJS.Platform = process.platform): Promise<Buffer | undefined> {
  const program = `docker-credential-${helper}`;
  // The name is the whole command line cmd.exe reads: nothing in it may need quoting.
  if (!HELPER_NAME.test(helper)) return Promise.reject(new OciError('OCI_CREDENTIALS_INVALID', `"${helper.slice(0, 100)}" is not a docker credential helper name`, { hint: 'name a helper by letters, digits, ".", "_" and "-" only, as docker-credential-<name>' }));
  return new Promise((resolve, reject) => {
    const env = childEnvironment();
    // The helper needs its own settings (HOME, a keychain's D-Bus address, a cloud's credentials), not the job's secrets.
    const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], ...(env === undefined ? {} : { env }), ...(platform === 'win32' ? { shell: true } : {}) });
    // A process the helper left running (`sleep 300 &`) holds its pipes open, and `close` waits for every holder: the pipes are
    // closed at the deadline, and soon after the helper itself has exited, so the bound holds whatever it started.
    const closePipes = (): void => {
      child.stdout.destroy();
      child.stderr.destroy();
    };
    // Not spawn's own `timeout`: its timer outlives a helper that could not start, holding the process for the whole timeout.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      closePipes();
    }, timeoutMs);
    let afterExit: NodeJS.Timeout | undefined;
    child.on('exit', () => {
      afterExit = setTimeout(closePipes, HELPER_PIPE_GRACE_MS);
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > MAX_HELPER_OUTPUT_BYTES) child.kill();
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 4096) err += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(
        new OciError('OCI_CREDENTIAL_HELPER_FAILED', `${program} cannot be run: ${messageOf(error)}`, {
          cause: error,
          hint: `install ${program} or remove it from docker's config.json (credsStore / credHelpers)`,
        }),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(afterExit);
      const stdout = Buffer.concat(out);
      out.forEach((chunk) => chunk.fill(0));
      if (code === 0 && outBytes <= MAX_HELPER_OUTPUT_BYTES) return resolve(stdout);
      // docker-credential-helpers print "credentials not found in native keychain" (on stdout) for an unknown server.
      const notFound = code !== 0 && (/credentials not found/i.test(err) || stdout.includes('credentials not found'));
      stdout.fill(0);
      if (notFound) return resolve(undefined);
      reject(
        // What the helper printed is not quoted: it may hold the very credentials it guards (a session token it calls expired),
        // which trust-kit never held and so cannot redact.
        new OciError('OCI_CREDENTIAL_HELPER_FAILED', `${program} get ${serverUrl} failed (${signal ?? `exit ${code}`}${err.trim() === '' ? ', no message' : '; its message is not shown, since it may hold credentials'})`, {
          hint: `run "echo ${serverUrl} | ${program} get" by hand to see its message; log in again if its session expired`,
        }),
      );
    });
    // A helper that exits without reading the server URL closes its stdin under the write: EPIPE, which its exit code answers for.
    child.stdin.on('error', () => undefined);
    child.stdin.end(serverUrl);
  });
}
