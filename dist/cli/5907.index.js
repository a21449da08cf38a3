export const id = 5907;
export const ids = [5907,3871];
export const modules = {

/***/ 98294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var registryUsernameProblem = (function (username, env) {
    if (username.includes(':'))
        return 'holds a colon, which HTTP Basic authentication cannot carry in a user name (it separates the name from the password)';
    // eslint-disable-next-line no-control-regex -- what a header cannot carry
    if (/[\u0000-\u001f\u007f]/.test(username))
        return 'holds a control character, which an Authorization header cannot carry';
    return _images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL in env ? undefined : `needs the password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL}`;
});var readImageArguments = (function (reader, images, input, env) {
    const username = reader.string('registry-username');
    const problem = username === undefined ? undefined : registryUsernameProblem(username, env);
    if (problem !== undefined)
        reader.report('registry-username', problem);
    const references = [];
    for (const image of images) {
        try {
            references.push((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image));
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error))
                throw error;
            reader.report(input, error.message);
        }
    }
    return references;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: (() => (/* binding */ readImageArguments)),
/* harmony export */   CA: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.CA)),
/* harmony export */   Qn: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.Qn)),
/* harmony export */   dS: (() => (/* binding */ registryUsernameProblem)),
/* harmony export */   im: (() => (/* binding */ REGISTRY_HELP)),
/* harmony export */   zc: (() => (/* binding */ REGISTRY_OPTIONS))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _images_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34703);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49103);




/** The registry flags of the image commands, named as cosign names them. */
const REGISTRY_OPTIONS = {
    'registry-username': { type: 'string' },
    'allow-http-registry': { type: 'boolean' },
    'allow-insecure-registry': { type: 'boolean' },
};
/** The help lines of {@link REGISTRY_OPTIONS} and where credentials come from. */
const REGISTRY_HELP = `Registry credentials, the first that has some for a registry: --registry-username with the
password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL} (for the registries of the IMAGEs), GITHUB_TOKEN for
ghcr.io, docker's config.json ($DOCKER_CONFIG or ~/.docker: auths, credsStore, credHelpers).
      --registry-username USER    log in to the IMAGEs' registries as USER (password: ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL})
      --allow-http-registry       reach registries over plain HTTP (testing only)
      --allow-insecure-registry   accept any TLS certificate from registries (testing only)`;
/**
 * What is wrong with a registry user name, if anything: HTTP Basic authentication (RFC 7617)
 * joins it to the password with a colon, so a name holding one logs in as someone else, or as no one.
 */

/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username (see {@link registryUsernameProblem}). */



/***/ }),

/***/ 64628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryCredentials: (() => (/* reexport safe */ _registry_js__WEBPACK_IMPORTED_MODULE_12__.Qn)),
/* harmony export */   signImageCommand: (() => (/* binding */ signImageCommand))
/* harmony export */ });
/* harmony import */ var _signing_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30674);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91601);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56446);
/* harmony import */ var _config_sign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5297);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88120);
/* harmony import */ var _images_resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1378);
/* harmony import */ var _images_sign_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49213);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49103);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65799);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(20535);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(27444);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(98294);














/** `trust-kit sign-image`: keyless or keyed signatures of container images, attached as cosign 3 does. */
const signImageCommand = {
    usage: 'trust-kit sign-image [--signature-format both|cosign3|cosign2] [--recursive] [--allow-http-registry] [--allow-insecure-registry]\n         [--key KEY.pem] [--instance auto|public-good|github|key] [--fulcio-url URL] [--rekor-url URL [--rekor-version 1|2]]\n         [--tsa-url URL] [--signing-config FILE] [--trusted-root FILE] [--on-missing-token fail|warn|skip] [--timeout TIME] IMAGE...',
    help: `Signs each IMAGE (a tag is resolved once to the digest of its manifest, which is what is signed
and printed) in cosign 3's format: a DSSE in-toto statement (predicate type
${_oci_index_js__WEBPACK_IMPORTED_MODULE_8__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4}) in a Sigstore v0.3 bundle, attached as an OCI 1.1 referrer,
or under the sha256-<hex> referrers tag on registries without the referrers API; and, by
default while cosign 2 is widespread, in cosign 2's format too: a signed simple-signing payload
in the sha256-<hex>.sig manifest. One signing identity (one certificate when keyless) signs
every image. Verify with \`cosign verify\` or \`trust-kit verify-image\`; with --key, add
--insecure-ignore-tlog to either (a key signs offline: there is no transparency-log entry).

Options:
      --signature-format WHICH    both (default), cosign3 (referrer bundles) or cosign2 (.sig manifests)
      --recursive                 also sign each platform manifest of a multi-arch index
  the signing options are those of \`trust-kit sign-blob\`.

${_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .REGISTRY_HELP */ .im}

Exit codes: 0 every image signed, 1 a failure (signatures already attached stay, and the images
holding them were printed), 2 usage error.`,
    options: {
        ..._registry_js__WEBPACK_IMPORTED_MODULE_12__/* .REGISTRY_OPTIONS */ .zc,
        'signature-format': { type: 'string' },
        recursive: { type: 'boolean' },
        ..._signing_options_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_OPTIONS */ .F,
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const nameOf = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .cliNamer */ .qy)({ 'subject-path': 'IMAGE' });
        const { recursive, 'allow-http-registry': _http, 'allow-insecure-registry': _insecure, 'signature-format': _format, 'registry-username': _username, ...signing } = args.values;
        const reader = new _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(args.values, nameOf);
        const format = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'], 'both');
        const references = (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .readImageArguments */ .As)(reader, args.positionals, 'subject-path', context.env);
        // The image flags' problems and the signing flags' are reported together.
        const config = await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_3__.readWithNamedPaths)((() => (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .withEarlierIssues */ .ZB)([...args.issues, ...reader.collected(), ...(0,_signing_options_js__WEBPACK_IMPORTED_MODULE_0__/* .keyedSigningIssues */ ._)(args.values)], (() => (0,_config_sign_js__WEBPACK_IMPORTED_MODULE_4__/* .signConfig */ .C3)({ ...signing, 'subject-path': args.positionals }, nameOf, 'image')))), (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_3__.rawSigningPaths)(args.values), context.cwd, nameOf);
        await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_3__.requireNamedPaths)((0,_config_paths_js__WEBPACK_IMPORTED_MODULE_3__.signingPaths)(config), context.cwd, nameOf);
        const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_11__/* .stderrLogger */ .D)(context.stderr, args.values.verbose === true);
        const epoch = context.env.SOURCE_DATE_EPOCH;
        const clock = epoch === undefined || epoch === '' ? _core_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml : (0,_core_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .clockFromSourceDateEpoch */ .vv)(epoch);
        const client = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .registryClientFor */ .CA)(args.values, context.env, references, config.retry);
        try {
            const subjects = await (0,_images_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveImages */ .Be)(client, references, { recursive: recursive === true, logger });
            const opened = await (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_9__.openSigningSession)(config, { cwd: context.cwd, env: context.env, run: await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readRunContext */ .$p)(context.env), logger });
            if (opened.session === undefined)
                return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
            logger.info(`signing with ${opened.description}`);
            await (0,_images_sign_js__WEBPACK_IMPORTED_MODULE_7__/* .signImages */ .U)(client, opened.session, subjects, { format, created: clock.now(), logger, onSigned: ((signed) => context.stdout.write(`${(0,_oci_index_js__WEBPACK_IMPORTED_MODULE_8__/* .formatImageReference */ .my)(signed.subject.reference)}\n`)) });
            opened.close();
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK;
        }
        finally {
            client.close();
        }
    },
};


/***/ }),

/***/ 91601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var dateProblem = (function (at) {
    // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
    if (Object.prototype.toString.call(at) !== '[object Date]')
        return `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(at)}, not a valid Date`;
    const ms = at.getTime();
    if (Number.isNaN(ms))
        return 'an invalid Date';
    if (ms < EARLIEST_MS || ms > LATEST_EPOCH_SECONDS * 1000 + 999)
        return `${at.toISOString()}, outside the years 0000 to 9999 that SPDX, CycloneDX and in-toto times are written in`;
    return undefined;
});var fixedClock = (function (at) {
    // From plain JavaScript a string failed on getTime with a TypeError, an invalid Date or a year past 9999 only when a document was written.
    const problem = dateProblem(at);
    if (problem !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${problem}`, { hint: 'pass a Date of years 0000 to 9999, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
    }
    const ms = at.getTime();
    return { now: (() => new Date(ms)) };
});var clockFromSourceDateEpoch = (function (value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `clockFromSourceDateEpoch was given ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not the variable's text`, { hint: 'pass process.env.SOURCE_DATE_EPOCH (a string, or undefined)' });
    const at = epochSecondsDate(value);
    if (at === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(at);
});var epochSecondsDate = (function (text) {
    if (!/^\d+$/.test(text))
        return undefined;
    // Up to 12 digits once the zeros in front are gone: a longer number is past the bound, and would lose precision as a Number.
    const digits = text.replace(/^0+(?=\d)/, '');
    return digits.length <= 12 && Number(digits) <= LATEST_EPOCH_SECONDS ? new Date(Number(digits) * 1000) : undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: (() => (/* binding */ fixedClock)),
/* harmony export */   fO: (() => (/* binding */ epochSecondsDate)),
/* harmony export */   ml: (() => (/* binding */ systemClock)),
/* harmony export */   sP: (() => (/* binding */ dateProblem)),
/* harmony export */   vv: (() => (/* binding */ clockFromSourceDateEpoch))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** The wall clock. */
const systemClock = { now: (() => new Date()) };
/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;
/** The earliest instant a document may be dated: 0000-01-01T00:00:00Z (before it, years are negative: `-000001`). */
const EARLIEST_MS = -62_167_219_200_000;
/**
 * Why a value is no time trust-kit can date a document with, or undefined for a Date from
 * 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (four-digit years, as every format writes them).
 */

/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date from year 0000 to 9999). */

/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, `fallback` (the wall clock) otherwise (empty counts as unset). A caller that would have an
 * SBOM dated by its project's last commit when the variable is unset gives no clock at all then.
 */

/** The instant `text` (decimal seconds since the Unix epoch, leading zeros allowed) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */



/***/ }),

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isDigestAlgorithm = (function (value) {
    return DIGEST_ALGORITHMS.includes(value);
});var hexLength = (function (algorithm) {
    return HEX_LENGTH[algorithm];
});var isHexDigest = (function (algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
});var digestBytes = (function (algorithm, bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
});var digestChunks = (function (algorithm, chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
});var digestArgument = (function (value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
});var parseDigestReference = (function (value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `the digest is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms, named = {}) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer); read > 0; read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setImmediate)();
            }
        }
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .changedWhileRead */ .a4)(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size))
            throw (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .fileChanged */ .J8)(named.what ?? 'file', named.shown ?? path, size, expected);
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: (() => (/* binding */ digestChunks)),
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm)),
/* harmony export */   er: (() => (/* binding */ digestArgument))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */

/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */

/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;
/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */



/***/ }),

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var visibilityOf = (function (payload) {
    const repository = payload?.repository;
    const visibility = repository?.visibility;
    if (visibility === 'public' || visibility === 'private' || visibility === 'internal')
        return visibility;
    if (repository?.private === true)
        return 'private';
    if (repository?.private === false)
        return 'public';
    return undefined;
});var githubServerUrl = (function (value) {
    if (value === undefined || value === '')
        return 'https://github.com';
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        parsed = undefined;
    }
    if (parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '')
        return parsed.origin;
    const shown = parsed !== undefined && (parsed.username !== '' || parsed.password !== '') ? '' : ` ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value, 200)}`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('GITHUB_SERVER_URL_INVALID', `GITHUB_SERVER_URL${shown} is not an http(s) URL of a GitHub server (a scheme and a host, no path or credentials)`, {
        hint: "leave GITHUB_SERVER_URL to the runner; outside Actions set it to your GitHub's address, e.g. https://github.com or https://ghe.example.com",
    });
});var readRunContext = (async function (env) {
    const serverURL = githubServerUrl(env.GITHUB_SERVER_URL);
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath === undefined || eventPath === '')
        return { serverURL, payload: undefined, visibility: undefined };
    let payload;
    try {
        // A regular file of bounded size: a pipe would hang the run, /dev/zero fill the memory.
        payload = JSON.parse((await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)(eventPath, { maxBytes: MAX_EVENT_BYTES, what: 'event payload' })).toString('utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
        });
    }
    return { serverURL, payload, visibility: visibilityOf(payload) };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: (() => (/* binding */ readRunContext)),
/* harmony export */   EI: (() => (/* binding */ githubServerUrl))
/* harmony export */ });
/* unused harmony export visibilityOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);



/** The visibility a payload states: `repository.visibility`, or `repository.private` on older payloads. */

/** The most bytes of an event payload read (GitHub caps a webhook's payload at 25 MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
/**
 * The server's URL: `https://github.com` unless GITHUB_SERVER_URL says (empty is unset). It must be
 * an http(s) origin without credentials or a path: the API's default URL, the kind of GitHub and
 * provenance's builder and repository URLs are built on it, and `https://github.com/evil-org/x`
 * would put another repository's name in them. One with credentials is not quoted.
 */

/** Reads the run context from an environment (the entry point passes `process.env`). */



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

/***/ 99118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: (() => (/* binding */ OciError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22331);


/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
class OciError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message), options.hint === undefined ? options : { ...options, hint: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(options.hint) });
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseImageReference = (function (input) {
    // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
    // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
    const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const firstAt = authority.indexOf('@');
    if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
            hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
        });
    }
    const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
    const invalid = ((why, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1') => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint }));
    if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH)
        throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
    if (/\s/.test(input))
        throw invalid('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        try {
            const parsed = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(rest.slice(at + 1));
            digest = `${parsed.algorithm}:${parsed.hex}`;
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
    }
    const firstSlash = rest.indexOf('/');
    const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
    const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
    let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
    if (namesRegistry)
        checkRegistry(registry, invalid);
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid('it names no repository');
    if (repository !== repository.toLowerCase()) {
        throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
    }
    if (repository.length > MAX_REPOSITORY_LENGTH)
        throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
        }
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
});var checkRegistry = (function (registry, invalid) {
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
    const port = bracketed?.[2] ?? plain?.[2];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
        throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
    }
    if (bracketed)
        return;
    const host = plain?.[1];
    if (host === undefined || host.length > 253 || !host.split('.').every(((label) => HOST_LABEL.test(label)))) {
        throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
    }
});var registryApiHost = (function (registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
});var formatImageReference = (function (reference) {
    return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
});var withDigest = (function (reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: (() => (/* binding */ registryApiHost)),
/* harmony export */   Xb: (() => (/* binding */ DOCKER_HUB)),
/* harmony export */   hQ: (() => (/* binding */ withDigest)),
/* harmony export */   my: (() => (/* binding */ formatImageReference)),
/* harmony export */   o_: (() => (/* binding */ parseImageReference))
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API_HOST */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99118);



/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);
// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;
/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */


/** The host (and port) to send registry API requests to for a registry name. */

/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */

/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */



/***/ })

};
