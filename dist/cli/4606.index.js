export const id = 4606;
export const ids = [4606,3871];
export const modules = {

/***/ 95110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
/* harmony export */   VERIFY_OPTIONS: () => (/* binding */ VERIFY_OPTIONS),
/* harmony export */   describeVerified: () => (/* binding */ describeVerified),
/* harmony export */   verifyBlobCommand: () => (/* binding */ verifyBlobCommand)
/* harmony export */ });
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40409);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92701);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20535);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32985);







/** The flags every verification command shares, with cosign's names. */
const VERIFY_OPTIONS = {
    bundle: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-identity-regexp': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'certificate-oidc-issuer-regexp': { type: 'string' },
    repo: { type: 'string' },
    'signer-workflow': { type: 'string' },
    'trusted-root': { type: 'string' },
    key: { type: 'string' },
    json: { type: 'boolean' },
};
/** Help lines for {@link VERIFY_OPTIONS}. */
const VERIFY_HELP = `Policy (who must have signed; identities match exactly unless a -regexp flag is used,
and regular expressions must match the whole value):
      --certificate-identity ID          the certificate's identity (SAN), exactly
      --certificate-identity-regexp RE   ... or a regular expression for it
      --certificate-oidc-issuer URL      the OIDC issuer, exactly
      --certificate-oidc-issuer-regexp RE
      --repo OWNER/NAME                  GitHub: signed in a workflow of this repository (issuer defaults
                                         to https://token.actions.githubusercontent.com)
      --signer-workflow OWNER/REPO/PATH[@REF]
                                         GitHub: signed by this workflow (for reusable workflows)
      --key PUB.pem                      a bundle signed with a local key (trust-kit generate-key-pair)

Output:
      --json                             print what was verified as JSON on standard output

Trust:
      --trusted-root FILE                trusted_root.json, or the JSONL \`gh attestation trusted-root\`
                                         prints; verifies offline. Default, as \`gh attestation verify\`
                                         decides: GitHub's root through its TUF repository
                                         (https://tuf-repo.github.com) when the certificate's issuer
                                         names the organization "GitHub, Inc." (GitHub's Fulcio, private
                                         repositories), else the public-good root through TUF.

Exit codes: 0 verified, 1 unreadable input, 2 usage error, 3 verification failed (VERIFY_*),
4 valid signature by another signer (VERIFY_POLICY_*).`;
/** The lines describing a verified signature: signer, issuer, repository, log entries and times. */
function describeVerified(result) {
    const lines = [];
    if (result.signer.kind === 'certificate') {
        lines.push(`  signer:     ${result.signer.subjectAlternativeName}`, `  issuer:     ${result.signer.issuer}`);
        if (result.signer.extensions.sourceRepositoryURI !== undefined)
            lines.push(`  repository: ${result.signer.extensions.sourceRepositoryURI} (${result.signer.extensions.sourceRepositoryRef ?? '?'}@${result.signer.extensions.sourceRepositoryDigest ?? '?'})`);
        lines.push(`  trust:      ${result.signer.trustRoot}`);
    }
    else {
        lines.push(`  signer:     key ${result.signer.source}`);
    }
    for (const entry of result.tlogEntries)
        lines.push(`  log entry:  ${entry.baseUrl} index ${entry.logIndex}${entry.integratedTime === undefined ? '' : `, integrated ${entry.integratedTime.toISOString()}`}`);
    if (result.uncheckedTlogEntries > 0)
        lines.push(`  log entry:  ${result.uncheckedTlogEntries} not checked (no --trusted-root given)`);
    for (const timestamp of result.timestamps.filter((entry) => entry.source === 'timestamp-authority'))
        lines.push(`  timestamp:  ${timestamp.time.toISOString()} (RFC 3161)`);
    if (result.statement !== undefined)
        lines.push(`  statement:  ${result.statement.predicateType} about ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .counted */ .h)(result.statement.subjects.length, 'subject')}`);
    return lines;
}
/** `trust-kit verify-blob`: verify a Sigstore bundle for a file (or a `sha256:` digest) under an exact identity policy. */
const verifyBlobCommand = {
    usage: 'trust-kit verify-blob FILE|sha256:HEX --bundle FILE.sigstore.json (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --key PUB.pem) [--trusted-root FILE]',
    help: `Verifies offline that the bundle signs FILE (a message signature over it, or a DSSE in-toto
statement naming it as a subject), that its certificate chains to the trusted root, that its
transparency-log entry or signed timestamp proves when it was signed, and that the signer is
the one the policy names. FILE may be sha256:<hex> to verify by digest alone.

      --bundle FILE                      the Sigstore bundle (v0.1 to v0.3)

${VERIFY_HELP}`,
    options: VERIFY_OPTIONS,
    async run(args, context) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('CLI_USAGE', `verify-blob takes exactly one FILE (or sha256:<hex>), got ${args.positionals.length}`, { hint: 'run `trust-kit verify-blob --help`' });
        const artifact = args.positionals[0];
        const config = (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyConfig */ .w)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .cliNamer */ .qy)());
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrust */ .vO)(config, context.cwd, bundle, (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustSourcesThrough */ .Q4)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxySettingsFrom */ .Yw)(context.env)));
        const result = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyArtifact */ .oc)(bundle, artifact, policy, trust, context.cwd);
        if (args.values.json === true)
            context.stdout.write(`${JSON.stringify({ artifact, verified: result }, null, 2)}\n`);
        else
            context.stdout.write(`Verified OK: ${artifact} (${result.artifact.algorithm}:${result.artifact.hex})\n${describeVerified(result).join('\n')}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 40409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ verifyConfig)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const SIGNER_WORKFLOW = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?\/)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}\/[^@\s]+(?:@\S+)?$/;
/**
 * Validates the verification inputs (`bundle`, the policy flags as cosign names them, `repo`,
 * `signer-workflow`, `trusted-root`, `key`), reporting every problem at once. A keyless policy
 * needs an identity and an issuer, each exact or regexp but not both, unless the GitHub
 * shortcuts imply them; `key` excludes identity flags.
 */
function verifyConfig(raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i_(raw, nameOf);
    const bundle = reader.required('bundle');
    const identity = readMatch(reader, 'certificate-identity');
    const issuer = readMatch(reader, 'certificate-oidc-issuer');
    const repo = reader.string('repo');
    const owner = reader.string('owner');
    const signerWorkflow = reader.string('signer-workflow');
    const key = reader.string('key');
    const trustedRoot = reader.string('trusted-root');
    if (repo !== undefined && !REPO.test(repo))
        reader.report('repo', `is "${repo}"; expected owner/name, e.g. octo-org/widget`);
    if (owner !== undefined && !OWNER.test(owner))
        reader.report('owner', `is "${owner}"; expected a user or organization name, e.g. octo-org`);
    if (owner !== undefined && repo !== undefined && repo.split('/')[0]?.toLowerCase() !== owner.toLowerCase())
        reader.report('owner', `is "${owner}", but --repo ${repo} belongs to another owner`);
    if (signerWorkflow !== undefined && !SIGNER_WORKFLOW.test(signerWorkflow)) {
        reader.report('signer-workflow', `is "${signerWorkflow}"; expected [host/]owner/repo/path[@ref], e.g. octo-org/widget/.github/workflows/release.yml`);
    }
    let policy;
    if (key !== undefined) {
        for (const name of ['certificate-identity', 'certificate-identity-regexp', 'certificate-oidc-issuer', 'certificate-oidc-issuer-regexp', 'repo', 'owner', 'signer-workflow']) {
            if (reader.string(name) !== undefined)
                reader.report(name, 'cannot be combined with a key: key-signed bundles carry no identity');
        }
        policy = { kind: 'key', keyPath: key };
    }
    else {
        const github = repo !== undefined || owner !== undefined || signerWorkflow !== undefined;
        if (identity === undefined && !github) {
            reader.report('certificate-identity', 'is required for keyless bundles (or --certificate-identity-regexp, --repo, --signer-workflow, or --key for key-signed ones)');
        }
        if (identity !== undefined && signerWorkflow !== undefined)
            reader.report('signer-workflow', 'cannot be combined with an explicit certificate identity');
        if (issuer === undefined && !github)
            reader.report('certificate-oidc-issuer', 'is required for keyless bundles (or --certificate-oidc-issuer-regexp), e.g. https://token.actions.githubusercontent.com');
        policy = { kind: 'certificate', identity, issuer, repo, owner, signerWorkflow };
    }
    reader.finish();
    return { bundle: bundle ?? '', policy, trustedRoot };
}
function readMatch(reader, name) {
    const exact = reader.string(name);
    const pattern = reader.string(`${name}-regexp`);
    if (exact !== undefined && pattern !== undefined) {
        reader.report(`${name}-regexp`, `cannot be combined with ${name}: give the exact value or a pattern`);
        return undefined;
    }
    if (exact !== undefined)
        return { kind: 'exact', value: exact };
    if (pattern === undefined)
        return undefined;
    try {
        new RegExp(pattern, 'u');
    }
    catch (error) {
        reader.report(`${name}-regexp`, `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    return { kind: 'regexp', pattern };
}


/***/ }),

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Dn: () => (/* binding */ parseDigestReference),
/* harmony export */   E6: () => (/* binding */ hexLength),
/* harmony export */   MF: () => (/* binding */ DIGEST_ALGORITHMS),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   Wb: () => (/* binding */ isDigestAlgorithm)
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);



/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. */
const DIGEST_ALGORITHMS = ['sha256', 'sha512'];
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */
function isDigestAlgorithm(value) {
    return DIGEST_ALGORITHMS.includes(value);
}
/** The length in hex characters of a digest made with `algorithm`. */
function hexLength(algorithm) {
    return HEX_LENGTH[algorithm];
}
/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */
function isHexDigest(algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
}
/** The digest of bytes already in memory. */
function digestBytes(algorithm, bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
}
/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */
function parseDigestReference(value) {
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
}
/** Reads with big chunks: hashing 1 GiB in 64 KiB reads costs about 10% in call overhead. */
const READ_CHUNK = 4 * 1024 * 1024;
/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Two buffers sized to the file (4 MiB at most) take turns, so the
 * next read runs while the current chunk is hashed and memory stays flat whatever the file size.
 */
async function hashFile(path, algorithms) {
    const hashes = algorithms.map((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]);
    // Never a pipe or a device: one would block the open or never end.
    const { handle, size: expected } = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegularFile */ .qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
    let size = 0;
    try {
        const chunk = Math.min(READ_CHUNK, Math.max(expected, 64 * 1024));
        const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
        let turn = 0;
        let pending = handle.read(buffers[0], 0, chunk, null);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            turn ^= 1;
            pending = handle.read(turn === 0 ? buffers[0] : buffers[1], 0, chunk, null);
            const bytes = buffer.subarray(0, bytesRead);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
}


/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 39002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ PROXY_AUTH_HINT),
/* harmony export */   Ng: () => (/* binding */ ProxyTunnelError),
/* harmony export */   Pj: () => (/* binding */ proxyOrigin),
/* harmony export */   YI: () => (/* binding */ tunnelingAgent)
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
function proxyOrigin(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
}
/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */
function shownReason(reason) {
    const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
    return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
}
/** A host name without the brackets a URL puts around an IPv6 literal. */
function unbracketed(host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */
function openTunnel(proxy, target, deadlineMs, proxyTls) {
    const net = process.getBuiltinModule('node:net');
    const tls = process.getBuiltinModule('node:tls');
    const origin = proxyOrigin(proxy);
    const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    return new Promise((resolve, reject) => {
        const proxyHost = unbracketed(proxy.hostname);
        const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
        const raw = proxy.protocol === 'https:'
            ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
            : net.connect({ host: proxyHost, port: proxyPort });
        let secured;
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            secured?.destroy();
            raw.destroy();
            reject(error);
        };
        const timer = setTimeout(() => {
            fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
        }, deadlineMs);
        raw.on('error', fail);
        const ended = () => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT }));
        raw.on('end', ended);
        raw.on('close', ended);
        const chunks = [];
        let received = 0;
        const onData = (chunk) => {
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
            secured.once('secureConnect', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                secured?.removeListener('error', fail);
                raw.removeListener('error', fail);
                resolve(secured);
            });
        };
        raw.on('data', onData);
        raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            const authorization = proxyAuthorization(proxy);
            raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
        });
    });
}
/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */
function targetTls(request) {
    const options = request;
    const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
    return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter(([, value]) => value !== undefined));
}
/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and for an https:// proxy).
 */
function tunnelingAgent(proxy, options) {
    const { tunnelTimeoutMs, ...agentOptions } = options;
    const https = process.getBuiltinModule('node:https');
    const proxyTls = Object.fromEntries(Object.entries({ ca: agentOptions.ca, rejectUnauthorized: agentOptions.rejectUnauthorized }).filter(([, value]) => value !== undefined));
    const agent = new https.Agent(agentOptions);
    agent.createConnection = (request, callback) => {
        const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
        const port = Number(request.port ?? 443);
        openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then((socket) => callback?.(null, socket), (error) => callback?.(error, undefined));
        return undefined;
    };
    return agent;
}


/***/ }),

/***/ 16327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ NO_PROXY_SETTINGS),
/* harmony export */   LT: () => (/* binding */ ProxyAgents),
/* harmony export */   Xb: () => (/* binding */ ProxyConfigError),
/* harmony export */   Yw: () => (/* binding */ proxySettingsFrom),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony export bypassesProxy */
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
/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */
function canonicalEntry(entry) {
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
}
/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
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
        .map((entry) => canonicalEntry(entry.trim()).toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' || hosts.some((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))));
}
/** The proxy URL without its credentials, fit for a message. */
function shown(value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    // Everything up to the last @ may be credentials, a / or : in a password included.
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
    // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
    return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
}
/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */
function percentDecodable(text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
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
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${shown(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
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
        for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
            if (value !== undefined && value !== '')
                parseProxy(variable, value);
    }
    /**
     * The agent for a request to `url`: undefined (Node's default agent, a direct connection) when
     * no proxy applies; else one that tunnels https:// through the proxy with CONNECT (ours: Node's
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
    /** Closes the connections of every agent made so far. */
    destroy() {
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}


/***/ })

};
