export const id = 4553;
export const ids = [4553];
export const modules = {

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var cappedChunks = (async function* (body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
});var readCapped = (async function (body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: (() => (/* binding */ cappedChunks)),
/* harmony export */   E: (() => (/* binding */ readCapped))
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */

/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */



/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ }),

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var headersOf = (function (message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    return headers;
});var toResponse = (function (message) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers: headersOf(message) });
    }
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers: headersOf(message) });
});var toCappedResponse = (async function (message, maxBytes, what) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status))
        return toResponse(message);
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_8__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: (() => message.destroy()) }, maxBytes, ((declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`)));
    return new Response(body, { status, headers: headersOf(message) });
});var discard = (function (message) {
    let left = MAX_DISCARDED_BYTES;
    message.on('error', (() => { }));
    message.on('data', ((chunk) => {
        left -= chunk.length;
        if (left < 0)
            message.destroy();
    }));
});var abortError = (function (signal, message) {
    return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
});var setHeaders = (function (outgoing, headers) {
    for (const [name, value] of Object.entries(headers))
        outgoing.setHeader(name, value);
});var throughProxy = (function (error, proxy) {
    if (proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .ProxyTunnelError */ .Ng)
        return error;
    return Object.assign(new Error(`${error.message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`, { cause: error }), { name: error.name, code: error.code });
});var send = (function (target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some(((name) => name.toLowerCase() === 'content-length')) ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__.proxyFor)(target, agents.settings);
    const via = ((message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`));
    return new Promise(((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', ((error) => reject(throughProxy(error, proxy))));
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = (() => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            });
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', (() => signal.removeEventListener('abort', abort)));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
    }));
});var proxiedFetch = (function (proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_6__.NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents(proxy);
    return (async (url, init = {}) => {
        let target = new URL(url);
        let headers = init.headers ?? {};
        const method = (init.method ?? 'GET').toUpperCase();
        for (let redirects = 0;; redirects += 1) {
            const message = await send(target, init, headers, agents);
            const location = message.headers.location;
            const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
            if (!follow) {
                // A reply to HEAD has no body, whatever length its Content-Length names.
                const cap = method === 'HEAD' ? undefined : responseCap?.(init, message.statusCode ?? 500);
                const response = cap === undefined ? toResponse(message) : await toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
                // Where the answer came from, as fetch's own `url` says after redirects: an error then names the host that answered.
                if (redirects > 0)
                    Object.defineProperty(response, 'url', { value: target.href });
                return response;
            }
            discard(message);
            if (init.redirect === 'error')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === maxRedirects)
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                // Not quoted: what a server puts in a Location is its own to choose.
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to an address that is no URL`);
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(next.protocol, 40)} URL`);
            if (target.protocol === 'https:' && next.protocol === 'http:')
                throw new InsecureRedirectError(`${method} ${target.origin}${target.pathname} was redirected to plain HTTP (${next.origin}), which is not followed`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter((([name]) => name.toLowerCase() !== 'authorization')));
            target = next;
        }
    });
});var redirectedFrom = (function (requested, response) {
    if (response.url === undefined || response.url === '')
        return '';
    const answered = new URL(response.url).origin;
    return answered === new URL(requested).origin ? '' : ` (redirected to ${answered}, which answered)`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: (() => (/* binding */ redirectedFrom)),
/* harmony export */   EU: (() => (/* binding */ throughProxy)),
/* harmony export */   iR: (() => (/* binding */ proxiedFetch)),
/* harmony export */   jw: (() => (/* binding */ RedirectRefusedError)),
/* harmony export */   lL: (() => (/* binding */ setHeaders)),
/* harmony export */   vQ: (() => (/* binding */ InsecureRedirectError)),
/* harmony export */   zv: (() => (/* binding */ RESPONSE_TOO_LARGE_HINT))
/* harmony export */ });
/* unused harmony export ResponseTooLargeError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39002);









/** What to do about a {@link ResponseTooLargeError}, which no retry changes. */
const RESPONSE_TOO_LARGE_HINT = 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between';
/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: RESPONSE_TOO_LARGE_HINT });
        this.name = 'ResponseTooLargeError';
    }
}
/** A redirect from HTTPS to plain HTTP, never followed: what comes back could be read and changed on the way. */
class InsecureRedirectError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_INSECURE', message, { hint: 'the server (or a proxy in front of it) redirects to plain HTTP, leaving TLS: use the HTTPS address it should serve, and report the redirect to its operator' });
        this.name = 'InsecureRedirectError';
    }
}
/**
 * A redirect not followed for another reason than leaving TLS: more of them than a request takes (a
 * loop), one to a scheme other than http(s), or one to a request that may not be redirected. The
 * server did answer, and asking again meets the same answer: not a connection failure to retry.
 */
class RedirectRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_REFUSED', message, { hint: 'the server (or a proxy in front of it) answers with redirects that lead nowhere trust-kit follows: check the URL it was sent to and the proxy (HTTPS_PROXY), and report the redirect to its operator' });
        this.name = 'RedirectRefusedError';
    }
}
/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;


/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */

/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;
/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */

/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */

/**
 * Sets a request's headers on the request itself, never in the options it is made with: an agent
 * keeps those options, Authorization included, in the listeners of the keep-alive connection the
 * request opens, for as long as that connection lives (measured: a registry password, the runner's request
 * token, in the heap until the connection closes). Set here, they go with the request when it is done.
 */

/**
 * The error of a request sent through `proxy`, its message naming the proxy by its origin (never its
 * credentials): the proxy may be what failed (a tunnel it closed, a connection it dropped). Its name
 * and code are kept, so it is classified as before; a tunnel's own errors name the proxy already.
 */

/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */

/**
 * A `fetch` for Octokit, trust-kit's other requests to GitHub and its TUF client, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times (a
 *   loop, or a redirect to another scheme or to no URL, is a {@link RedirectRefusedError}), and never from HTTPS
 *   to plain HTTP ({@link InsecureRedirectError});
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */

/** ` (redirected to <origin>)` when `response` came from another origin than `requested` (see {@link proxiedFetch}); empty otherwise. */



/***/ }),

/***/ 97547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: (() => (/* binding */ ImagesError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Why an image could not be attested or verified. */
class ImagesError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ImagesError';
    }
}


/***/ }),

/***/ 1378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var resolveImages = (async function (client, references, options) {
    const subjects = [];
    // A manifest named twice (two references to one image, an index listing an entry twice) is signed once.
    const seen = new Set();
    const add = ((subject) => {
        if (subjects.length === MAX_IMAGE_SUBJECTS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesError */ .x('IMAGES_TOO_MANY', `${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(subject.reference)} would be manifest ${MAX_IMAGE_SUBJECTS + 1} to sign; a run signs at most ${MAX_IMAGE_SUBJECTS}`, {
                hint: 'check what the index lists (--recursive, input "recursive: true", signs every manifest under it), or sign the platform manifests you mean by digest',
            });
        }
        seen.add((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(subject.reference));
        subjects.push(subject);
    });
    const walk = (async (index, depth) => {
        if (index.manifest.kind !== 'index')
            return;
        if (depth > MAX_INDEX_DEPTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesError */ .x('IMAGES_INDEX_TOO_DEEP', `${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(index.reference)} nests indexes more than ${MAX_INDEX_DEPTH} levels deep`, { hint: 'sign the platform manifests by digest instead of --recursive (input "recursive: true")' });
        }
        for (const child of index.manifest.manifest.manifests) {
            // An index may spell a digest in uppercase hex: signed as spelt, it would name a digest no verifier looks up, and repeat the lowercase entry.
            const pinned = { ...index.reference, digest: canonicalDigest(child.digest) };
            requireSha256(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(pinned)} (listed by ${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(index.reference)})`, pinned.digest);
            if (seen.has((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(pinned)))
                continue;
            // Signing a digest the registry does not have, or naming it by the index's word for its type and size, would attach referrers to nothing there.
            const fetched = await client.getManifest(pinned);
            add({ reference: fetched.reference, mediaType: fetched.mediaType, size: fetched.bytes.length });
            await walk(fetched, depth + 1);
        }
    });
    for (const reference of references) {
        if (reference.digest !== undefined)
            requireSha256((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(reference), reference.digest);
        const resolved = await client.resolve(reference);
        options.logger.info(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(reference)} is ${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(resolved.reference)}`);
        if (!seen.has((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(resolved.reference)))
            add({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
        if (options.recursive)
            await walk(resolved, 1);
    }
    return subjects;
});var canonicalDigest = (function (digest) {
    const { algorithm, hex } = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(digest);
    return `${algorithm}:${hex}`;
});var requireSha256 = (function (shown, digest) {
    if (digest.startsWith('sha256:'))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ImagesError */ .x('IMAGES_DIGEST_UNSUPPORTED', `${shown} is named by a ${digest.split(':', 1)[0] ?? ''} digest; images are signed and attested by their sha256 digest`, {
        hint: 'name the image by tag or by its sha256 digest (and list platform manifests by their sha256 digests in the index)',
    });
});var imageSubjectName = (function (subject) {
    return `${subject.reference.registry}/${subject.reference.repository}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: (() => (/* binding */ resolveImages)),
/* harmony export */   D$: (() => (/* binding */ imageSubjectName))
/* harmony export */ });
/* unused harmony export MAX_IMAGE_SUBJECTS */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49103);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97547);



/** How deep `recursive` follows indexes listed in indexes: real ones nest one level, if at all. */
const MAX_INDEX_DEPTH = 8;
/**
 * The most manifests one run signs: a multi-arch image with an attestation manifest per platform
 * is a few dozen; an index of a registry's choosing can list tens of thousands in its 4 MiB, each
 * another certificate use and log entry, and nested indexes multiply them.
 */
const MAX_IMAGE_SUBJECTS = 1000;
/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` every manifest a multi-arch index lists after the index (indexes it lists
 * walked in turn, as cosign walks them), each fetched (checked against the digest its index lists)
 * and described as the registry serves it. Everything is resolved before anything is signed, so a
 * missing image fails the run before a certificate is asked for.
 */

/** `algorithm:hex` with the hex in lowercase (parseManifest has checked the digest's form). */

/** Refuses a manifest named by another digest than sha256: cosign and verify-image look an image's signatures up by its sha256 digest, so a signature of another would verify nowhere. */

/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */



/***/ }),

/***/ 49213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var signImages = (async function (client, session, subjects, options) {
    const signed = [];
    for (const subject of subjects) {
        const shown = (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageReference */ .my)(subject.reference);
        const entry = { subject };
        if (options.format !== 'cosign2') {
            const bundle = await session.signStatement((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .imageSignatureStatement */ .l6)(subject), shown);
            entry.referrer = await (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attachBundle */ .U9)(client, subject, Buffer.from(JSON.stringify(bundle.bundle)), _oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4, options.created);
            options.logger.info(`signed ${shown}: bundle ${entry.referrer.digest} (${entry.referrer.via === 'api' ? 'referrers API' : 'referrers tag'})`);
        }
        if (options.format !== 'cosign3') {
            try {
                const payload = (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .simpleSigningPayload */ .Kq)(subject);
                const bundle = await session.signBlob(payload, `${shown} (cosign 2 signature)`);
                entry.legacyTag = (await (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attachLegacySignature */ .hX)(client, subject, payload, (0,_oci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .legacySignatureAnnotations */ .iN)(bundle.bundle))).tag;
            }
            catch (error) {
                // The bundle referrer is attached and verifies: reported as what this image holds, not left out as if nothing were.
                if (entry.referrer !== undefined)
                    options.onSigned?.(entry);
                throw error;
            }
            options.logger.info(`signed ${shown}: ${entry.legacyTag}`);
        }
        signed.push(entry);
        options.onSigned?.(entry);
    }
    return signed;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: (() => (/* binding */ signImages))
/* harmony export */ });
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49103);

/**
 * Signs images with an open session (one certificate for all of them, and for whatever else the
 * session signs): cosign 3's signed statement attached as a bundle referrer and, unless `format`
 * is cosign3, cosign 2's simple-signing signature in the `.sig` manifest. `onSigned` hears of each
 * image as soon as it is signed, so a caller can report what was attached before a later failure,
 * and of an image whose referrer was attached when its `.sig` then failed (the entry has no `legacyTag`).
 */



/***/ }),

/***/ 12015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseReferences = (function (references) {
    const parsed = [];
    const problems = [];
    for (const reference of references) {
        try {
            parsed.push((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageReference */ .o_)(reference));
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
                throw error;
            problems.push(error.message);
        }
    }
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseError */ .K2('RELEASE_IMAGE_REFERENCE', `images: ${problems.join('; ')}`, { hint: 'name each image as registry/repository:tag or registry/repository@sha256:<hex>' });
    }
    return parsed;
});var imagesClient = (async function (config, env, references) {
    return (0,_images_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registryClientFor */ .CA)({ 'allow-http-registry': config.images?.allowHttp === true }, env, references, config.sign?.retry);
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runImagesStep: (() => (/* binding */ runImagesStep)),
/* harmony export */   runResolveImagesStep: (() => (/* binding */ runResolveImagesStep))
/* harmony export */ });
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91601);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32985);
/* harmony import */ var _images_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34703);
/* harmony import */ var _images_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1378);
/* harmony import */ var _images_sign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49213);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49103);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86482);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3264);









/** The configured references parsed, every bad one named in one error. */

/** A registry client for the configured images' registries. */

/**
 * Resolves the configured images while the artifacts are hashed: each tag once to its digest, and
 * with `recursive` each platform manifest of an index. A bad reference or a missing image fails
 * the run before a certificate is asked for and before anything is written.
 */
const runResolveImagesStep = (async ({ config, ports }) => {
    const images = config.images;
    if (images === undefined)
        throw new Error('resolve-images runs when images are configured');
    const references = parseReferences(images.references);
    const client = await imagesClient(config, ports.env, references);
    try {
        return { imageSubjects: await (0,_images_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveImages */ .Be)(client, references, { recursive: images.recursive, logger: ports.logger }) };
    }
    finally {
        client.close();
    }
});
/**
 * Signs the resolved images in the session that signed the checksums file (one certificate for
 * the checksums, the attestations and the images): signatures attached as OCI referrers (and
 * cosign 2's `.sig` manifest unless `signature-format` is cosign3). Nothing is written to the
 * output directory: the signatures live in the registry.
 */
const runImagesStep = (async ({ config, ports, session, imageSubjects }) => {
    // Signing was skipped (on-missing-token: warn|skip): nothing is signed, and the summary says why.
    if (session === undefined)
        return {};
    const images = config.images;
    if (images === undefined || imageSubjects === undefined)
        throw new Error('images run after resolve-images');
    const client = await imagesClient(config, ports.env, imageSubjects.map(((subject) => subject.reference)));
    const signedImages = [];
    try {
        const created = (ports.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml).now();
        await (0,_images_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .signImages */ .U)(client, session, imageSubjects, { format: images.format, created, logger: ports.logger, onSigned: ((signed) => signedImages.push((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatImageReference */ .my)(signed.subject.reference))) });
    }
    catch (error) {
        // Images signed before the failure are attached in the registry: the log names them, and so does the run's report.
        if (signedImages.length === 0)
            throw error;
        ports.logger.warn(`signed before the failure (their signatures are in the registry): ${signedImages.join(', ')}`);
        throw new _state_js__WEBPACK_IMPORTED_MODULE_7__/* .PartialStepFailure */ .U(error, { images: signedImages });
    }
    finally {
        client.close();
    }
    ports.logger.info(`images: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_8__/* .counted */ .h)(signedImages.length, 'image')} signed in the checksums file's session`);
    return { images: signedImages };
});


/***/ })

};
