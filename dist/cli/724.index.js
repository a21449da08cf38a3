export const id = 724;
export const ids = [724,6327];
export const modules = {

/***/ 44909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var exists = (async function (path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path);
        return true;
    }
    catch {
        return false;
    }
});var checkedFlags = (function (args) {
    const issues = [...args.issues];
    // `generate-key-pair mykey` would otherwise write trust-kit.key, not what was meant.
    if (args.positionals.length > 0)
        issues.push({ input: 'argument', message: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(args.positionals.join(' '), 200)}, but generate-key-pair takes none: name the key files with --output-key-prefix PREFIX (it writes PREFIX.key and PREFIX.pub)` });
    const given = args.values['output-key-prefix'];
    const prefix = typeof given === 'string' && given.trim() !== '' ? given : 'trust-kit';
    // As every other one-value flag: a file name with a line break breaks every line-based listing of it (and the checksums format).
    if (_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_BREAK */ .Fb.test(prefix))
        issues.push({ input: '--output-key-prefix', message: 'holds a line break; expected one value on one line' });
    // A prefix is a path whose last part names the files: `keys/`, `.` or `..` names a directory, and resolving it would drop that part
    // (`keys/` wrote keys.key, beside the directory, while the message said keys/.key).
    const last = prefix.split(/[\\/]/).at(-1) ?? '';
    if (last === '' || last === '.' || last === '..') {
        issues.push({ input: '--output-key-prefix', message: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(prefix, 200)}, which names a directory, not the files' name: give the name too, as ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(`${last === '' ? prefix : `${prefix}/`}trust-kit`, 210)} (writes trust-kit.key and trust-kit.pub there)` });
    }
    // `--output-key-prefix release.key` means the key file, not release.key.key (cosign writes that without a word).
    const suffix = /\.(key|pub)$/i.exec(prefix);
    if (suffix !== null) {
        issues.push({ input: '--output-key-prefix', message: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(prefix, 200)}, a prefix to which .key and .pub are added: it would write ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(`${prefix}.key`, 210)} and ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(`${prefix}.pub`, 210)}; give it without the suffix: --output-key-prefix ${prefix.slice(0, suffix.index)}` });
    }
    const value = args.values.format;
    // Without regard to case or blanks around it, as every other choice (--algorithm ' SHA512 ').
    const format = value === undefined ? 'cosign' : FORMATS.find(((name) => typeof value === 'string' && name === value.trim().toLowerCase()));
    if (format === undefined && !(typeof value === 'string' && value.trim() === ''))
        issues.push({ input: '--format', message: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(String(value), 100)}; expected one of ${FORMATS.join(', ')}` });
    return { prefix, format, issues };
});var keptAside = (function (path) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false })?.isFile() !== true)
        return undefined;
    const aside = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .temporaryBeside */ .w6)(path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(path, aside);
    return aside;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyPairCommand: (() => (/* binding */ generateKeyPairCommand))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66097);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22331);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65799);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20535);











const FORMATS = ['cosign', 'pkcs8'];
/** The key files' prefix and format as the flags give them (the format undefined when --format names none), and everything wrong with the flags, at once. */

/** A hard link to `path` beside it, when it is a regular file: the old file, kept while its replacement may still have to be undone. */

/** `trust-kit generate-key-pair`: a local ECDSA P-256 signing key pair, as cosign makes one. */
const generateKeyPairCommand = {
    usage: 'trust-kit generate-key-pair [--output-key-prefix PREFIX] [--format cosign|pkcs8] [--force]',
    help: `Writes PREFIX.key (mode 0600) and PREFIX.pub (SubjectPublicKeyInfo PEM, "PUBLIC KEY").

The private key is in cosign's format (ENCRYPTED SIGSTORE PRIVATE KEY: scrypt N=65536 r=8 p=1 and
NaCl secretbox), encrypted with TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD) when set, and
otherwise with an empty passphrase (as cosign with COSIGN_PASSWORD set empty; without it, cosign
asks for one): such a key is as good as unencrypted, so keep it in a secret store. cosign uses the
files as they are: \`cosign sign-blob --key PREFIX.key\`, \`cosign verify-blob --key PREFIX.pub\`
(with the same COSIGN_PASSWORD, empty included).

With --format pkcs8 the private key is PKCS#8 PEM for OpenSSL and other PKCS#8 readers: encrypted
(AES-256-CBC under PBES2, PBKDF2-HMAC-SHA256 at 600,000 iterations) when a passphrase is set, otherwise unencrypted. cosign does not read it.

Sign with \`trust-kit sign-blob --key PREFIX.key FILE\`; verify with
\`trust-kit verify-blob FILE --bundle FILE.sigstore.json --key PREFIX.pub --insecure-ignore-tlog\`
(trust-kit signs with a key offline, without a transparency-log entry, which verifiers, cosign too,
require unless told).

Options:
      --output-key-prefix PREFIX  file name prefix, without .key or .pub (default: trust-kit)
      --format cosign|pkcs8       private key format (default: cosign)
      --force                     overwrite existing files`,
    options: {
        'output-key-prefix': { type: 'string' },
        format: { type: 'string' },
        force: { type: 'boolean' },
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const { prefix, format, issues } = checkedFlags(args);
        if (issues.length > 0 || format === undefined)
            throw new _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(issues);
        // Suffixes are appended to the resolved prefix, never written into a path.resolve call: ncc's
        // asset relocator mistakes `resolve(dir, \`${x}.key\`)` for a bundled file and rewrites it.
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, prefix);
        const keyPath = `${base}.key`;
        const publicPath = `${base}.pub`;
        // A directory, a link or a device where a key file goes would fail its half of the pair after the other half was put in place.
        for (const path of [keyPath, publicPath]) {
            const there = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch((() => undefined));
            if (there !== undefined && !there.isFile()) {
                throw new _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.SignError('SIGN_KEY_EXISTS', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(path)} exists and is not a regular file (${there.isDirectory() ? 'a directory' : there.isSymbolicLink() ? 'a symbolic link' : 'a device, a pipe or a socket'}); a key file is never written in its place, --force or not`, { hint: 'choose another --output-key-prefix, or remove what is there' });
            }
        }
        if (args.values.force !== true) {
            for (const path of [keyPath, publicPath]) {
                if (await exists(path)) {
                    throw new _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.SignError('SIGN_KEY_EXISTS', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(path)} already exists; not overwriting a key`, { hint: 'choose another --output-key-prefix, or pass --force to replace it' });
                }
            }
        }
        const setButEmpty = [];
        const passphrase = (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.takePassphrase)(context.env, setButEmpty);
        let pair;
        try {
            pair = passphrase === undefined ? (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.generateSigningKeyPair)(undefined, format, (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(keyPath)) : passphrase.secret.use(((bytes) => (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.generateSigningKeyPair)(bytes, format, (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(keyPath))));
        }
        finally {
            passphrase?.secret.destroy();
        }
        const overwrite = args.values.force === true;
        const privateKey = _secrets_index_js__WEBPACK_IMPORTED_MODULE_7__/* .SecretBuffer */ .pP.from(pair.privateKeyPem, { masked: false });
        let keyFile;
        let publicFile;
        try {
            // Both files are written and flushed before either is put in place: a full disk or an
            // unwritable path replaces neither half of an existing pair.
            // A signal before the key file is in place (the CLI purges on SIGINT and SIGTERM) removes its temporary file too.
            keyFile = await privateKey.useAsync(((bytes) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareFileAtomic */ .hN)(keyPath, bytes, 0o600, { overwrite, whileTemporary: _secrets_index_js__WEBPACK_IMPORTED_MODULE_7__/* .onPurge */ .Zp })));
            publicFile = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareFileAtomic */ .hN)(publicPath, pair.publicKeyPem, 0o644, { overwrite });
            // One right after the other, without yielding: a SIGINT or SIGTERM never leaves the new public key beside the old private one;
            // under the directories' commit lock: another run with --force never puts its half of a pair beside this run's other half.
            const [key, pub] = [keyFile, publicFile];
            await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .underCommitLock */ .hx)([(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(keyPath), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(publicPath)], (async () => {
                // Both looked at first: one that cannot be replaced (a link or a directory put there since) fails before either half is.
                (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .expectReplaceableOutput */ .Lx)(keyPath);
                (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .expectReplaceableOutput */ .Lx)(publicPath);
                // With --force, the old public key is kept aside (a hard link) until the private key is in place, and goes back if
                // that fails: else the new public key stood beside the old private key, a pair whose signatures never verify.
                const aside = overwrite ? keptAside(publicPath) : undefined;
                pub.commitSync();
                try {
                    key.commitSync();
                }
                catch (error) {
                    // Without --force this run created the public key: it goes too, rather than stay without its private key.
                    if (aside !== undefined)
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(aside, publicPath);
                    else
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(publicPath, { force: true });
                    throw error;
                }
                if (aside !== undefined)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(aside, { force: true });
            }));
        }
        catch (error) {
            await Promise.all([keyFile?.discard(), publicFile?.discard()]);
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrustKitError */ .Nf)(error) && error.code === 'FILE_EXISTS') {
                throw new _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.SignError('SIGN_KEY_EXISTS', `${error.message} (created while the key pair was being made)`, { cause: error, hint: 'choose another --output-key-prefix, or pass --force to replace it' });
            }
            throw error;
        }
        finally {
            privateKey.destroy();
        }
        // Which variable encrypted it, and which was set but not used (cosign reads COSIGN_PASSWORD alone); an empty one named (a misspelt secret is empty).
        const empty = setButEmpty.length === 0 ? [] : [`${setButEmpty.join(' and ')} ${setButEmpty.length === 1 ? 'is' : 'are'} set but empty`];
        const notes = ((kind, said) => (said.length === 0 ? kind : `${kind} (${said.join('; ')})`));
        const what = passphrase !== undefined
            ? notes('an encrypted', [`with ${passphrase.variable}`, ...(passphrase.unused.length === 0 ? [] : [`${passphrase.unused.join(' and ')}, also set, not used`])])
            : format === 'cosign'
                ? notes('an UNPROTECTED', ['encrypted with an empty passphrase', ...empty])
                : notes('an UNENCRYPTED', empty);
        context.stderr.write(`trust-kit: wrote ${what} private key (${format === 'cosign' ? "cosign's format" : 'PKCS#8'}) to ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(`${prefix}.key`)} and the public key to ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(`${prefix}.pub`)} (hint ${pair.hint})\n`);
        context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(`${prefix}.pub`)}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 29325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPatternEngine = (function () {
    loading ??= __webpack_require__.e(/* import() */ 2856).then(__webpack_require__.bind(__webpack_require__, 2856)).then(((module) => {
        engine = module.RE2JS;
    }));
    return loading;
});var compileUserPattern = (function (source) {
    if (engine === undefined)
        throw new Error('compileUserPattern before loadPatternEngine resolved');
    try {
        const compiled = engine.compile(source);
        return { source, test: ((value) => compiled.matches(value)) };
    }
    catch (error) {
        return { problem: error instanceof Error ? error.message : String(error) };
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: (() => (/* binding */ loadPatternEngine)),
/* harmony export */   b: (() => (/* binding */ compileUserPattern))
/* harmony export */ });
let loading;
let engine;
/**
 * Loads the engine user patterns are compiled with (260 KB, a chunk of its own that a run without
 * a pattern never reads); configs that may hold one await it before they are read, so that a bad
 * pattern is reported with every other bad input.
 */

/**
 * Compiles a pattern a user gave (an identity or issuer regexp, a policy's ref pattern) with RE2,
 * through re2js, a port of Go's engine rather than JavaScript's: a backtracking engine took
 * minutes, deaf to SIGTERM, to match a few `.*` between slashes against an identity of 80 path
 * segments, which anyone can get a certificate for by naming a branch so, where RE2 is linear in
 * the value's length. It is also the syntax cosign reads its `-regexp` flags in (`(?i)` included).
 * Returns RE2's own words for a pattern it refuses. {@link loadPatternEngine} must have resolved.
 */



/***/ }),

/***/ 39002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var proxyOrigin = (function (proxy) {
    return `${proxy.protocol}//${proxy.host}`;
});var proxyAuthorization = (function (proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
});var shownReason = (function (reason) {
    const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
    return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
});var unbracketed = (function (host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
});var openTunnel = (function (proxy, target, deadlineMs, proxyTls) {
    const net = process.getBuiltinModule('node:net');
    const tls = process.getBuiltinModule('node:tls');
    const origin = proxyOrigin(proxy);
    const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    return new Promise(((resolve, reject) => {
        const proxyHost = unbracketed(proxy.hostname);
        const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
        const raw = proxy.protocol === 'https:'
            ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
            : net.connect({ host: proxyHost, port: proxyPort });
        let secured;
        let settled = false;
        const fail = ((error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            secured?.destroy();
            raw.destroy();
            reject(error);
        });
        const timer = setTimeout((() => {
            fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
        }), deadlineMs);
        raw.on('error', fail);
        const ended = (() => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT })));
        raw.on('end', ended);
        raw.on('close', ended);
        const chunks = [];
        let received = 0;
        const onData = ((chunk) => {
            chunks.push(chunk);
            received += chunk.length;
            const answer = Buffer.concat(chunks, received);
            const end = answer.indexOf('\r\n\r\n');
            if (end === -1) {
                if (received > MAX_CONNECT_ANSWER_BYTES)
                    fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with more than ${MAX_CONNECT_ANSWER_BYTES} bytes of headers`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            raw.removeListener('data', onData);
            raw.removeListener('end', ended);
            raw.removeListener('close', ended);
            raw.pause();
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(answer.subarray(0, end + 2).toString('latin1'));
            if (status === null) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with something that is not HTTP/1`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            const code = Number(status[1]);
            const said = `HTTP ${code}${status[2] === undefined || shownReason(status[2]) === '' ? '' : ` ${shownReason(status[2])}`}`;
            if (code === 407) {
                fail(new ProxyTunnelError('PROXY_AUTH_REQUIRED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_AUTH_HINT, statusCode: code }));
                return;
            }
            if (code < 200 || code > 299) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_FAILED_HINT, statusCode: code }));
                return;
            }
            if (answer.length > end + 4) {
                // The target speaks first after a TLS ClientHello: bytes before it are the proxy's, not the target's.
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} sent data after opening the tunnel to ${endpoint}, before the TLS handshake`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            // `host` is what the certificate is checked against (without it, an IP target would be checked as "localhost"); SNI takes names only.
            secured = tls.connect({ ...target.tls, socket: raw, host: target.host, ...(net.isIP(target.host) === 0 ? { servername: target.tls.servername ?? target.host } : {}) });
            secured.once('error', fail);
            secured.once('secureConnect', (() => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                secured?.removeListener('error', fail);
                raw.removeListener('error', fail);
                resolve(secured);
            }));
        });
        raw.on('data', onData);
        raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', (() => {
            const authorization = proxyAuthorization(proxy);
            raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
        }));
    }));
});var targetTls = (function (request) {
    const options = request;
    const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
    return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter((([, value]) => value !== undefined)));
});var tunnelingAgent = (function (proxy, options) {
    const { tunnelTimeoutMs, ...agentOptions } = options;
    const https = process.getBuiltinModule('node:https');
    // The proxy is always verified: skipping the target's check (a registry's --allow-insecure-registry) would send the proxy's credentials to whoever answers on the way.
    const proxyTls = agentOptions.ca === undefined ? {} : { ca: agentOptions.ca };
    const agent = new https.Agent(agentOptions);
    agent.createConnection = ((request, callback) => {
        const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
        const port = Number(request.port ?? 443);
        openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then(((socket) => callback?.(null, socket)), ((error) => callback?.(error, undefined)));
        return undefined;
    });
    return agent;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: (() => (/* binding */ PROXY_AUTH_HINT)),
/* harmony export */   Ng: (() => (/* binding */ ProxyTunnelError)),
/* harmony export */   Pj: (() => (/* binding */ proxyOrigin)),
/* harmony export */   YI: (() => (/* binding */ tunnelingAgent))
/* harmony export */ });
/* unused harmony export proxyAuthorization */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A CONNECT tunnel the runner's proxy did not open; the message names the proxy by its origin, never by its credentials. */
class ProxyTunnelError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The status the proxy answered the CONNECT with, if it answered one. */
    statusCode;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ProxyTunnelError';
        this.statusCode = options.statusCode;
    }
}
/** What to do when the proxy wants credentials. */
const PROXY_AUTH_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
const PROXY_FAILED_HINT = 'check that HTTPS_PROXY names the runner\'s proxy and that the proxy reaches the host, or list the host in NO_PROXY if the runner reaches it directly';
/** A proxy's answer to CONNECT is a status line and a few headers: Node's own limit on a response's headers. */
const MAX_CONNECT_ANSWER_BYTES = 16 * 1024;
/** The proxy as a message shows it: scheme, host and port, without credentials. */

/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */

/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */

/** A host name without the brackets a URL puts around an IPv6 literal. */

/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */

/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */

/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and its trusted CAs for an https:// proxy).
 */



/***/ }),

/***/ 16327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var nonEmpty = (function (value) {
    return value === undefined || value === '' ? undefined : value;
});var proxySettingsFrom = (function (env) {
    const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
    const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
    const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
    return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
});var isLoopbackHostname = (function (hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
});var inTheClearOffMachine = (function (url) {
    return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
});var canonicalEntry = (function (entry) {
    const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(entry);
    const address = bracketed === null ? entry : bracketed[1];
    if (!address.includes(':'))
        return entry;
    try {
        return `${new URL(`http://[${address}]/`).hostname}${bracketed?.[2] ?? ''}`;
    }
    catch {
        return entry;
    }
});var bypassesProxy = (function (url, noProxy) {
    if (url.hostname === '')
        return false;
    if (isLoopbackHostname(url.hostname))
        return true;
    if (noProxy === undefined || noProxy === '')
        return false;
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map(((entry) => canonicalEntry(entry.trim()).toUpperCase()))
        .filter(((entry) => entry !== ''))
        .some(((entry) => entry === '*' || hosts.some(((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))))));
});var urlWithoutCredentials = (function (value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    // Everything up to the last @ may be credentials, a / or : in a password included.
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
    // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
    return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
});var percentDecodable = (function (text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
});var parseProxy = (function (variable, value) {
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        proxy = undefined;
    }
    if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
    }
    return proxy;
});var checkProxySettings = (function (settings) {
    for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
        if (value !== undefined && value !== '')
            parseProxy(variable, value);
});var proxyFor = (function (url, settings) {
    if (bypassesProxy(url, settings.noProxy))
        return undefined;
    const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
    return value === undefined || value === '' ? undefined : parseProxy(variable, value);
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_PROXY_SETTINGS: (() => (/* binding */ NO_PROXY_SETTINGS)),
/* harmony export */   ProxyAgents: (() => (/* binding */ ProxyAgents)),
/* harmony export */   ProxyConfigError: (() => (/* binding */ ProxyConfigError)),
/* harmony export */   bypassesProxy: (() => (/* binding */ bypassesProxy)),
/* harmony export */   checkProxySettings: (() => (/* binding */ checkProxySettings)),
/* harmony export */   inTheClearOffMachine: (() => (/* binding */ inTheClearOffMachine)),
/* harmony export */   isLoopbackHostname: (() => (/* binding */ isLoopbackHostname)),
/* harmony export */   proxyFor: (() => (/* binding */ proxyFor)),
/* harmony export */   proxySettingsFrom: (() => (/* binding */ proxySettingsFrom)),
/* harmony export */   urlWithoutCredentials: (() => (/* binding */ urlWithoutCredentials))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39002);


/** No proxy: every request connects directly. */
const NO_PROXY_SETTINGS = {};
/** A proxy variable that names no usable proxy. */
class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(message, hint) {
        super('PROXY_URL_INVALID', message, { hint });
        this.name = 'ProxyConfigError';
    }
}

/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */

/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */

/**
 * Whether a request to `url` would carry what it is sent with (a token, a password) in the clear to
 * another machine: plain HTTP anywhere but this machine's loopback. The one rule every sender of a
 * credential follows (Fulcio, GitHub's API, the runner's token endpoint); loopback is a test server.
 */

/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */

/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
 */

/** A URL (or what was meant as one: it need not parse) without its credentials, fit for a message. */

/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */

/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */

/**
 * Checks the proxy variables: one that is no http(s) URL is a PROXY_URL_INVALID. Called before the
 * GitHub toolkit is first loaded, which reads them from the process environment then and throws a
 * bare error (a crash, to the user) on such a value.
 */

/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */

/** Opening a tunnel takes a round trip or three: a proxy silent this long is not going to answer (the time a request to a public service may take, DEFAULT_RETRY_POLICY's). */
const DEFAULT_TUNNEL_TIMEOUT_MS = 20_000;
/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
class ProxyAgents {
    settings;
    #agents = new Map();
    #options;
    /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
    constructor(settings, options = {}) {
        this.settings = settings;
        this.#options = options;
        checkProxySettings(settings);
    }
    /**
     * The agent for a request to `url`: undefined when no proxy applies (connect directly, with the
     * caller's own agent or {@link directAgentFor}); else one that tunnels https:// through the proxy with CONNECT (ours: Node's
     * own tunnel waits forever on a proxy that goes silent after its CONNECT, and reads its answer
     * without bound) and sends http:// to it in absolute form (Node's own proxy support, told only
     * this proxy: the bypass was decided above, with @actions/http-client's rules).
     */
    agentFor(url) {
        const proxy = proxyFor(url, this.settings);
        if (proxy === undefined)
            return undefined;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
            agent = url.protocol === 'https:' ? (0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .tunnelingAgent */ .YI)(proxy, { keepAlive: true, ...this.#options.https, tunnelTimeoutMs: this.#options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /**
     * An agent that connects directly, for a request no proxy applies to ({@link agentFor} gave none):
     * not Node's global agent, which NODE_USE_ENV_PROXY=1 sends through the environment's proxy by
     * Node's own rules, loopback included, where these rules reach the host directly.
     */
    directAgentFor(url) {
        const key = `${url.protocol} direct`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // As Node's global agent is made: an idle connection is closed after 5 s, not kept until the server drops it.
            const base = { keepAlive: true, scheduling: 'lifo', timeout: 5000 };
            agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ ...base, ...this.#options.https }) : new (process.getBuiltinModule('node:http').Agent)({ ...base, ...this.#options.http });
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var backoffDelay = (function (policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
});var isTransientStatus = (function (status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501);
});var retryAfterMs = (function (header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
});var pastBudget = (function (waitMs, budgetMs) {
    return waitMs === undefined || waitMs <= budgetMs ? '' : `; it asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(budgetMs / 1000)} s the retries may take`;
});var withRetry = (async function (policy, attempt, classify, sleep = ((ms) => new Promise(((resolve) => setTimeout(resolve, ms))))) {
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: (() => (/* binding */ isTransientStatus)),
/* harmony export */   Vs: (() => (/* binding */ retryAfterMs)),
/* harmony export */   bD: (() => (/* binding */ withRetry)),
/* harmony export */   cO: (() => (/* binding */ DEFAULT_RETRY_POLICY)),
/* harmony export */   uQ: (() => (/* binding */ pastBudget))
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

/** Whether an HTTP status may pass on another try: a timeout (408), a rate limit (429), a server error but 501 (not implemented stays so). */

/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */

/**
 * Why a failure was not retried when its server asked to wait `waitMs` (its `Retry-After`), longer
 * than `budgetMs`, the time the retries may take, in words to end its message; empty otherwise.
 */

/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */



/***/ }),

/***/ 9966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isWorkflowRef = (function (ref) {
    return WHOLE_WORKFLOW_REF.test(ref);
});var workflowRefAt = (function (identity) {
    const refs = identity.indexOf('@refs/');
    return refs !== -1 ? refs : identity.lastIndexOf('@');
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SN: (() => (/* binding */ WORKFLOW_REF)),
/* harmony export */   Sc: (() => (/* binding */ workflowRefAt)),
/* harmony export */   zX: (() => (/* binding */ isWorkflowRef))
/* harmony export */ });
/**
 * What follows `@` in a GitHub Actions identity, as regular expression source: a branch, tag or
 * pull-request ref, or the commit a reusable workflow was called by (`uses: owner/repo/path@<sha>`
 * puts the SHA-1 or SHA-256 commit there). A branch or tag may hold an `@` of its own, as monorepo
 * release tags do (`refs/tags/pkg@1.2.3`).
 */
const WORKFLOW_REF = '(?:refs/(?:heads|tags|pull)/\\S+|[0-9a-f]{40}|[0-9a-f]{64})';
const WHOLE_WORKFLOW_REF = new RegExp(`^${WORKFLOW_REF}$`);
/** Whether `ref` is one a GitHub Actions identity can hold after its `@` (see {@link WORKFLOW_REF}). */

/**
 * Where the ref starts in a GitHub Actions identity or `--signer-workflow` (`path@ref`): at the first
 * `@refs/`, since a workflow file's name holds no `/` and a ref may hold an `@` (`refs/tags/pkg@1.2.3`);
 * else at the last `@` (a commit, or no ref: a workflow file's name may hold an `@` too). -1 without one.
 */



/***/ }),

/***/ 91638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var exactly = (function (value) {
    return { kind: 'exact', value };
});var matching = (function (pattern, options = {}) {
    // Compiled alone first: a pattern such as `a)|(.*` is invalid by itself, yet would close the anchoring group and match anything.
    new RegExp(pattern, 'u');
    const ignoreCase = options.ignoreCase === true;
    const regexp = ignoreCase ? new RegExp(`^(?:${pattern})$`, 'i') : new RegExp(`^(?:${pattern})$`, 'u');
    return { kind: 'regexp', pattern, test: ((value) => regexp.test(value)), ...(ignoreCase ? { ignoreCase } : {}) };
});var userMatcher = (async function (pattern) {
    await (0,_core_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPatternEngine */ .J)();
    const compiled = (0,_core_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .compileUserPattern */ .b)(pattern);
    return 'problem' in compiled ? compiled : { kind: 'regexp', pattern, test: compiled.test };
});var matches = (function (matcher, value) {
    if (value === undefined)
        return false;
    return matcher.kind === 'exact' ? value === matcher.value : matcher.test(value);
});var describeMatcher = (function (matcher) {
    return matcher.kind === 'exact' ? (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(matcher.value) : `/^(?:${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(matcher.pattern)})$/${matcher.ignoreCase === true ? 'i' : ''}`;
});var escapeRegExp = (function (text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
});var githubPolicy = (function (options) {
    let host = options.host ?? 'github.com';
    let signerWorkflow = options.signerWorkflow;
    const first = signerWorkflow?.slice(0, signerWorkflow.indexOf('/')) ?? '';
    // Owner names cannot contain dots, so a first segment with one is a host (github.com, tenant.ghe.com).
    if (signerWorkflow !== undefined && first.includes('.')) {
        host = first;
        signerWorkflow = signerWorkflow.slice(first.length + 1);
    }
    const extensions = {};
    if (options.repo !== undefined)
        extensions.sourceRepositoryURI = `https://${host}/${options.repo}`;
    // The repository's owner too, as gh checks it (the owner extension, .1.16): a certificate whose two disagree is no one's.
    const owner = options.owner ?? options.repo?.slice(0, options.repo.indexOf('/'));
    if (owner !== undefined)
        extensions.sourceRepositoryOwnerURI = `https://${host}/${owner}`;
    let identity;
    if (signerWorkflow !== undefined) {
        const [workflow, ref] = splitRef(signerWorkflow);
        const prefix = `https://${host}/${workflow}`;
        identity = ref === undefined ? matching(`${escapeRegExp(prefix)}@${_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_REF */ .SN}`) : exactly(`${prefix}@${ref}`);
    }
    else if (options.signerRepo !== undefined) {
        // gh's --signer-repo: a workflow of that repository, named in any case as gh matches it.
        identity = matching(`${escapeRegExp(`https://${host}/${options.signerRepo}/`)}\\.github/workflows/\\S+@${_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_REF */ .SN}`, { ignoreCase: true });
    }
    else if (options.repo === undefined && options.owner !== undefined) {
        identity = matching(`${escapeRegExp(`https://${host}/${options.owner}/`)}[^/@\\s]+/\\.github/workflows/\\S+@${_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_REF */ .SN}`, { ignoreCase: true });
    }
    else {
        identity = matching(`${escapeRegExp(`https://${host}/${options.repo ?? ''}/`)}\\.github/workflows/\\S+@${_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_REF */ .SN}`, { ignoreCase: true });
    }
    return { kind: 'certificate', identity, issuer: exactly(GITHUB_ACTIONS_ISSUER), extensions, extensionsIgnoringCase: ['sourceRepositoryURI', 'sourceRepositoryOwnerURI'] };
});var splitRef = (function (signerWorkflow) {
    const at = (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowRefAt */ .Sc)(signerWorkflow);
    const ref = at === -1 ? undefined : signerWorkflow.slice(at + 1);
    return ref === undefined || !(0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isWorkflowRef */ .zX)(ref) ? [signerWorkflow, undefined] : [signerWorkflow.slice(0, at), ref];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nt: (() => (/* binding */ escapeRegExp)),
/* harmony export */   OT: (() => (/* binding */ describeMatcher)),
/* harmony export */   QJ: (() => (/* binding */ githubPolicy)),
/* harmony export */   cK: (() => (/* binding */ matches)),
/* harmony export */   pV: (() => (/* binding */ exactly)),
/* harmony export */   qQ: (() => (/* binding */ GITHUB_ACTIONS_ISSUER)),
/* harmony export */   sL: (() => (/* binding */ userMatcher)),
/* harmony export */   wC: (() => (/* binding */ matching))
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _core_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29325);
/* harmony import */ var _core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9966);



/** The OIDC issuer of GitHub Actions tokens. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** An exact matcher. */

/**
 * A matcher of a pattern trust-kit writes itself (escaped names around fixed syntax, never a
 * user's: those are {@link userMatcher}'s), a JavaScript regular expression anchored at both ends
 * (`^(?:pattern)$`): an unanchored pattern would accept any identity that merely contains it.
 * `ignoreCase` folds ASCII letters only, as GitHub compares names: with Unicode folding the Kelvin
 * sign matched `k`. Throws `SyntaxError` for an invalid pattern.
 */

/**
 * A matcher of a pattern a user gave, matched whole in RE2 syntax (see compileUserPattern): as
 * cosign and Go's `regexp.MatchString` users write `-regexp` flags, but anchored at both ends.
 */

/** Whether a value satisfies a matcher. */

/** A matcher as users wrote it, for messages. */

/** Escapes every character that has a meaning in a regular expression. */

/**
 * The policy for bundles signed in GitHub Actions of repository `owner/name` (or of any repository
 * of `owner`): the Fulcio source repository (owner) extension must be that repository (owner) and,
 * unless a signer workflow is given, the identity a workflow of that same repository (owner)
 * (reusable workflows in other repositories need `signerWorkflow`, `[host/]owner/repo/path[@ref]`
 * as gh takes it, or `signerRepo`, any workflow of that repository). Owner and repository match in
 * any case, as GitHub names them (one repository answers to every case of its name, so none can be
 * another's) and `gh attestation verify` compares them; the signer workflow matches exactly, as in
 * gh. The ref starts at the identity's first `@refs/`, else its last `@` (see {@link workflowRefAt}).
 */

/** `path[@ref]` split where its ref starts ({@link workflowRefAt}) when a ref or commit follows: a workflow file's name may hold an `@` too. */



/***/ })

};
