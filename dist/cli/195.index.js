export const id = 195;
export const ids = [195];
export const modules = {

/***/ 30674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ SIGNING_OPTIONS)
/* harmony export */ });
/**
 * The signing flags every signing command takes (sign-blob, release, attest, sign-image,
 * attest-image): they are read by one configuration reader (src/config/sign.ts), so each command
 * declares all of them.
 */
const SIGNING_OPTIONS = {
    key: { type: 'string' },
    instance: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'rekor-version': { type: 'string' },
    'tsa-url': { type: 'string' },
    'signing-config': { type: 'string' },
    'trusted-root': { type: 'string' },
    'on-missing-token': { type: 'string' },
};


/***/ }),

/***/ 66097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   qy: () => (/* binding */ cliNamer),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export actionInputName */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Names inputs the way action users write them. */
const actionInputName = (name) => `input "${name}"`;
/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */
function cliNamer(positionals = {}) {
    return (name) => {
        const positional = positionals[name];
        return positional === undefined ? `--${name}` : `argument ${positional}`;
    };
}
/** Every bad input of one call, reported together so the user fixes them in one go. */
class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    issues;
    constructor(issues) {
        const lines = issues.map((issue) => `${issue.input}: ${issue.message}`);
        super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, {
            hint: 'fix the inputs named above; `trust-kit <command> --help` and the action docs list what each accepts',
        });
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
class InputReader {
    raw;
    nameOf;
    issues = [];
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    /** Records a problem with an input; validation goes on. */
    report(name, message) {
        this.issues.push({ input: this.nameOf(name), message });
    }
    /** A trimmed string, or `fallback` when it is absent or blank. */
    string(name, fallback) {
        const value = this.raw[name];
        if (value === undefined || value === false)
            return fallback;
        if (typeof value !== 'string') {
            this.report(name, 'expected a single value');
            return fallback;
        }
        const trimmed = value.trim();
        return trimmed === '' ? fallback : trimmed;
    }
    /** A string that must be present. */
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            this.report(name, 'is required');
        return value;
    }
    /**
     * A list: an action input is one string holding it, newline- or comma-separated as users write
     * it in YAML, and each item is trimmed; repeated flags and positional arguments arrive one value
     * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
     */
    list(name) {
        const value = this.raw[name];
        if (value === undefined || typeof value === 'boolean')
            return [];
        if (typeof value !== 'string')
            return value.filter((part) => typeof part === 'string' && part.trim() !== '');
        return value
            .split(/[\n,]/)
            .map((part) => part.trim())
            .filter((part) => part !== '');
    }
    /** One of a fixed set of values. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const normalised = value.toLowerCase();
        if (allowed.includes(normalised))
            return normalised;
        this.report(name, `is "${value}"; expected one of ${allowed.join(', ')}`);
        return fallback;
    }
    /** Several values, each from a fixed set, deduplicated in the order given. */
    choices(name, allowed, fallback) {
        // Names of choices never hold commas, so `--format a,b` is split like an action input.
        const values = this.list(name).flatMap((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
        if (values.length === 0)
            return [...fallback];
        const chosen = [];
        for (const value of values) {
            const normalised = value.toLowerCase();
            if (!allowed.includes(normalised)) {
                this.report(name, `has "${value}"; expected one or more of ${allowed.join(', ')}`);
            }
            else if (!chosen.includes(normalised)) {
                chosen.push(normalised);
            }
        }
        return chosen;
    }
    /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
    boolean(name, fallback) {
        const value = this.raw[name];
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        if (typeof value !== 'string') {
            this.report(name, 'expected true or false');
            return fallback;
        }
        const trimmed = value.trim();
        if (trimmed === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(trimmed))
            return true;
        if (['false', 'False', 'FALSE'].includes(trimmed))
            return false;
        this.report(name, `is "${trimmed}"; expected true or false`);
        return fallback;
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new ConfigError(this.issues);
    }
}


/***/ }),

/***/ 56446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ signingPaths),
/* harmony export */   ul: () => (/* binding */ releasePaths),
/* harmony export */   xF: () => (/* binding */ requireNamedPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66097);




function problem(error) {
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorCode */ .vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
}
/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one.
 * A file that goes away later still fails where it is read, with that step's code.
 */
async function requireNamedPaths(paths, cwd, nameOf) {
    const found = await Promise.all(paths.map(async ({ input, path, kind }) => {
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path));
        }
        catch (error) {
            return { input: nameOf(input), message: `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    }));
    const issues = found.filter((issue) => issue !== undefined);
    if (issues.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(issues);
}
/** The files signing reads besides its subjects: the key and the trusted root, when given. */
function signingPaths(config) {
    return [
        ...(config.key === undefined ? [] : [{ input: 'key', path: config.key, kind: 'file' }]),
        ...(config.signingConfig === undefined ? [] : [{ input: 'signing-config', path: config.signingConfig, kind: 'file' }]),
        ...(config.trustedRoot === undefined ? [] : [{ input: 'trusted-root', path: config.trustedRoot, kind: 'file' }]),
    ];
}
/** What a release reads late (the signing key and trusted root, the SBOM's project), to be checked before its first step. */
function releasePaths(config) {
    return [...(config.sign === undefined ? [] : signingPaths(config.sign)), ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }])];
}


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ signConfig)
/* harmony export */ });
/* unused harmony export INSTANCE_CHOICES */
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7493);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);


/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];
function url(reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        reader.report(name, `"${value}" is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `"${value}" is not an http(s) URL`);
    else if (parsed.username !== '' || parsed.password !== '')
        reader.report(name, 'must not carry credentials');
    // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
    // carries (often a token) would be echoed in every log line and error that names the service.
    else if (parsed.search !== '' || parsed.hash !== '')
        reader.report(name, 'must be a base URL without a query string or fragment');
    return value;
}
/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`), reporting every problem at once.
 */
function signConfig(raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(raw, nameOf);
    const checksums = reader.string('checksums');
    const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
    if (files.length === 0)
        reader.report('subject-path', 'names no file to sign');
    const bundle = reader.string('bundle');
    if (bundle !== undefined && files.length > 1)
        reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
    const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
    const key = reader.string('key');
    if (key !== undefined && instance !== 'auto' && instance !== 'key')
        reader.report('key', `is a local key, but instance is "${instance}" (keyless); drop one of them`);
    if (instance === 'key' && key === undefined)
        reader.report('key', 'is required with instance "key"; create one with `trust-kit generate-key-pair`');
    const config = {
        files,
        bundle,
        instance,
        key,
        fulcioURL: url(reader, 'fulcio-url'),
        rekorURL: url(reader, 'rekor-url'),
        tsaURL: url(reader, 'tsa-url'),
        rekorVersion: reader.choice('rekor-version', ['1', '2'], '1') === '2' ? 2 : 1,
        signingConfig: reader.string('signing-config'),
        trustedRoot: reader.string('trusted-root'),
        onMissingToken: reader.choice('on-missing-token', ['fail', 'warn', 'skip'], 'fail'),
        retry: _core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO,
    };
    if (config.rekorURL !== undefined && instance === 'github') {
        reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
    }
    if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined || config.signingConfig !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
        reader.report('key', 'signs locally and offline; --fulcio-url, --rekor-url, --tsa-url and --signing-config apply to keyless signing only');
    }
    if (config.signingConfig !== undefined && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined)) {
        reader.report('signing-config', 'names the services itself; drop --fulcio-url, --rekor-url and --tsa-url, or the signing config');
    }
    if (config.rekorVersion === 2 && config.rekorURL === undefined)
        reader.report('rekor-version', 'applies to --rekor-url, which is not given (a signing config names each log\'s version itself)');
    else if (config.rekorVersion === 2 && config.tsaURL === undefined)
        reader.report('rekor-version', 'is 2, and Rekor v2 entries carry no integration time: give --tsa-url as well, so a timestamp authority dates the signature');
    reader.finish();
    return config;
}


/***/ }),

/***/ 16327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ NO_PROXY_SETTINGS),
/* harmony export */   LT: () => (/* binding */ ProxyAgents),
/* harmony export */   Xb: () => (/* binding */ ProxyConfigError),
/* harmony export */   Yw: () => (/* binding */ proxySettingsFrom)
/* harmony export */ });
/* unused harmony exports bypassesProxy, proxyFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** No proxy: every request connects directly. */
const NO_PROXY_SETTINGS = {};
/** A proxy variable that names no usable proxy. */
class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(message, hint) {
        super('PROXY_URL_INVALID', message, { hint });
        this.name = 'ProxyConfigError';
    }
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */
function proxySettingsFrom(env) {
    const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
    const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
    const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
    return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
}
/** Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host.startsWith('127.') || host.startsWith('[::1]') || host.startsWith('[0:0:0:0:0:0:0:1]');
}
/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case.
 */
function bypassesProxy(url, noProxy) {
    if (url.hostname === '')
        return false;
    if (isLoopback(url.hostname))
        return true;
    if (noProxy === undefined || noProxy === '')
        return false;
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((entry) => entry.trim().toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' || hosts.some((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))));
}
/** The proxy URL without its credentials, fit for a message. */
function shown(value) {
    // Everything up to the last @ may be credentials, a / or : in a password included.
    return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, '$1…@').slice(0, 200);
}
/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */
function parseProxy(variable, value) {
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        proxy = undefined;
    }
    if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
        throw new ProxyConfigError(`${variable} (${shown(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    return proxy;
}
/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */
function proxyFor(url, settings) {
    if (bypassesProxy(url, settings.noProxy))
        return undefined;
    const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
    return value === undefined || value === '' ? undefined : parseProxy(variable, value);
}
/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
class ProxyAgents {
    settings;
    #agents = new Map();
    #options;
    /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
    constructor(settings, options = {}) {
        this.settings = settings;
        this.#options = options;
        for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
            if (value !== undefined && value !== '')
                parseProxy(variable, value);
    }
    /**
     * The agent for a request to `url`: undefined (Node's default agent, a direct connection) when
     * no proxy applies; else one that tunnels https:// through the proxy with CONNECT and sends
     * http:// to it in absolute form (Node's own proxy support, told only this proxy: the bypass was
     * decided above, with @actions/http-client's rules).
     */
    agentFor(url) {
        const proxy = proxyFor(url, this.settings);
        if (proxy === undefined)
            return undefined;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
            agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ keepAlive: true, ...this.#options.https, proxyEnv: { HTTPS_PROXY: proxy.href } }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /** Closes the connections of every agent made so far. */
    destroy() {
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* unused harmony export backoffDelay */
/**
 * The policy for public services (Sigstore, GitHub): about a minute of patience, enough to ride
 * out a deploy or a rate-limit window, short enough that a real outage fails the job promptly.
 */
const DEFAULT_RETRY_POLICY = {
    retries: 5,
    minDelayMs: 1000,
    maxDelayMs: 16_000,
    factor: 2,
    budgetMs: 60_000,
    timeoutMs: 20_000,
};
/**
 * The delay before retry number `retry` (0-based): `minDelayMs * factor^retry`, stretched by a
 * random factor in [1, 2) so that many clients failing together do not retry in lockstep.
 */
function backoffDelay(policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
}
/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */
async function withRetry(policy, attempt, classify, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    const started = Date.now();
    for (let retry = 0;; retry += 1) {
        try {
            return await attempt(retry + 1);
        }
        catch (error) {
            const kind = classify(error);
            if (kind === 'permanent' || retry >= policy.retries)
                throw error;
            // Retrying before the server's Retry-After only meets the same refusal (and feeds a storm).
            const delay = Math.max(backoffDelay(policy, retry), typeof kind === 'object' ? kind.retryAfterMs : 0);
            if (Date.now() - started + delay > policy.budgetMs)
                throw error;
            await sleep(delay);
        }
    }
}


/***/ })

};
