export const id = 3922;
export const ids = [3922];
export const modules = {

/***/ 63922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signBlobCommand: (() => (/* binding */ signBlobCommand))
/* harmony export */ });
/* harmony import */ var _signing_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30674);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _checksums_collect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90522);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66097);
/* harmony import */ var _config_sign_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5297);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88120);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89531);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65799);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20535);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(27444);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(56446);












/** `trust-kit sign-blob`: sign files into Sigstore bundles, keyless or with a local key. */
const signBlobCommand = {
    usage: 'trust-kit sign-blob [--bundle OUT] [--key KEY.pem] [--instance auto|public-good|github|key]\n         [--fulcio-url URL] [--rekor-url URL [--rekor-version 1|2]] [--tsa-url URL]\n         [--signing-config FILE] [--trusted-root FILE]\n         [--on-missing-token fail|warn|skip] [--timeout TIME] FILE...',
    help: `Writes one Sigstore bundle (v0.3, message signature) per FILE, next to it as FILE.sigstore.json,
after verifying it offline as users will. Verify with \`trust-kit verify-blob\` or
\`cosign verify-blob FILE --bundle FILE.sigstore.json\`, each with the signer it must be
(--certificate-identity and --certificate-oidc-issuer, or --key with --insecure-ignore-tlog: a key
signs offline, so the bundle has no transparency-log entry, which both require unless told).

Identity: with --key, the local ECDSA P-256 key (PKCS#8 PEM, encrypted PKCS#8 or a cosign key;
the passphrase comes from TRUST_KIT_KEY_PASSPHRASE, or COSIGN_PASSWORD). Otherwise keyless: the
OIDC token in SIGSTORE_ID_TOKEN, or the GitHub Actions job's (needs \`id-token: write\`). With
neither, signing fails and says what to set, unless --on-missing-token says to skip it.

Options:
      --bundle OUT         where to write the bundle (one FILE only)
      --key KEY.pem        sign with this private key (see \`trust-kit generate-key-pair\`)
      --instance NAME      auto (default: by repository visibility, public-good outside Actions),
                           public-good (Fulcio + Rekor), github (Fulcio + TSA, no public log), key
      --fulcio-url URL     Fulcio to use instead of the instance's; with public-good, name its
                           Rekor too (--rekor-url): another CA's certificates never go to the public log
      --rekor-url URL      Rekor to use instead of the instance's (public-good only)
      --rekor-version N    the API --rekor-url speaks: 1 (default) or 2 (Rekor v2, needs --tsa-url)
      --tsa-url URL        RFC 3161 timestamp authority (GitHub's instance has one by default)
      --signing-config FILE
                           a signing config (v0.2, as cosign's --signing-config) naming Fulcio,
                           the logs and the TSA instead of the URLs; of its valid services,
                           the highest API version is used (Rekor v2 over v1), as cosign does
      --on-missing-token WHAT
                           fail (default), warn or skip (exit 0, nothing signed) when keyless
                           signing has no token, as the sign action and release take it
      --timeout TIME       how long each signature's requests to Fulcio, Rekor and the TSA may take
                           together, retries included, from its first: seconds, or minutes or
                           hours (90, 10m, 2h; default 300, up to 6 h); SIGN_TIMEOUT names the request pending
      --trusted-root FILE  trusted root bundles are checked against before they are written
                           (required for custom URLs, a signing config, and GitHub's instance
                           outside github.com; github.com's and public-good's come through TUF;
                           JSON or gh's JSONL)

Every FILE, --key, --signing-config and --trusted-root must exist before anything is fetched or signed: all
missing ones are reported at once (exit 2). --fulcio-url, --rekor-url, --tsa-url, --signing-config,
--trusted-root, --timeout and --on-missing-token are for keyless signing: with --key, which signs
offline, they are a usage error, not ignored.

Exit codes: 0 every file signed (or none, as --on-missing-token asked), 1 a failure (bundles already written are kept), 2 usage error
(also a missing FILE, key or trusted root; nothing was done).`,
    options: {
        bundle: { type: 'string' },
        ..._signing_options_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_OPTIONS */ .F,
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const nameOf = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .cliNamer */ .qy)({ 'subject-path': 'FILE' });
        const named = [...args.positionals.filter(((file) => !(0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .mayBeGlob */ .jb)(file))).map(((file) => ({ input: 'subject-path', path: file, kind: 'file' }))), ...(0,_config_paths_js__WEBPACK_IMPORTED_MODULE_11__.rawSigningPaths)(args.values)];
        const config = await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_11__.readWithNamedPaths)((() => (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .withEarlierIssues */ .ZB)([...args.issues, ...(0,_signing_options_js__WEBPACK_IMPORTED_MODULE_0__/* .keyedSigningIssues */ ._)(args.values)], (() => (0,_config_sign_js__WEBPACK_IMPORTED_MODULE_5__/* .signConfig */ .C3)({ ...args.values, 'subject-path': args.positionals }, nameOf)))), named, context.cwd, nameOf);
        // A quoted glob reaches sign-blob unexpanded (the sign action expands them, sign-blob does not): said so, not "does not exist".
        const globs = (await Promise.all(config.files.map((async (file) => ((0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .mayBeGlob */ .jb)(file) && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, file)).then((() => true), (() => false))) ? file : undefined))))).filter(((file) => file !== undefined));
        const globIssues = globs.map(((glob) => ({ input: nameOf('subject-path'), message: `${glob} is a glob, which sign-blob does not expand: leave it unquoted for the shell to expand, or name each file` })));
        const files = config.files.filter(((file) => !globs.includes(file)));
        await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_11__.requireNamedPaths)([...files.map(((file) => ({ input: 'subject-path', path: file, kind: 'file' }))), ...(0,_config_paths_js__WEBPACK_IMPORTED_MODULE_11__.signingPaths)(config), ...(config.bundle === undefined ? [] : [{ input: 'bundle', path: config.bundle, kind: 'output' }])], context.cwd, nameOf, [
            ...globIssues,
            ...(config.bundle === undefined ? files.flatMap(((file) => (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.bundleNameTooLong)(file) ?? [])).map(((message) => ({ input: nameOf('subject-path'), message: `${message}, or name its bundle with --bundle` }))) : []),
            // verify-blob and cosign take --bundle on one line: a bundle named after such a file could not be given to them.
            ...(config.bundle === undefined ? files.filter(((file) => _config_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .LINE_BREAK */ .Fb.test(file))).map(((file) => ({ input: nameOf('subject-path'), message: `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)(file)} holds a line break, and so would its bundle's name, which verify-blob --bundle does not take: rename the file, or name its bundle with --bundle` }))) : []),
            ...(await (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.bundlesOverFiles)(files.map(((file) => ({ file, bundle: config.bundle ?? (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.defaultBundlePath)(file) }))), ((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, path)))).map(((clash) => ({ input: nameOf(config.bundle === undefined ? 'subject-path' : 'bundle'), message: (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.bundleOverFileMessage)(clash, 'sign-blob dist/*.tgz, not dist/*') }))),
        ]);
        const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .stderrLogger */ .D)(context.stderr, args.values.verbose === true);
        const opened = await (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.openSigningSession)(config, { cwd: context.cwd, env: context.env, run: await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readRunContext */ .$p)(context.env), logger });
        if (opened.session === undefined) {
            // on-missing-token warn or skip: the reason has been logged, and not signing is what was asked for. A bundle
            // an earlier run wrote is left as it was, beside a file that may have changed since: said, so it is not taken for this run's.
            const bundles = config.files.map(((file) => ({ file, bundle: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(context.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, config.bundle ?? (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.defaultBundlePath)(file))) })));
            for (const earlier of await (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.earlierBundles)(bundles, ((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, path))))
                logger.warn((0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.earlierBundleWarning)(earlier));
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.OK;
        }
        logger.info(`signing with ${opened.description}`);
        for (const file of config.files) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, file);
            const bundlePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.cwd, config.bundle ?? (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_8__.defaultBundlePath)(file));
            await opened.session.signFile(path, bundlePath);
            // A name may hold a line feed or a terminal's escapes: quoted, each bundle stays one line of the list.
            const shownBundle = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(context.cwd, bundlePath));
            logger.info(`signed ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)(file)} -> ${shownBundle}`);
            context.stdout.write(`${shownBundle}\n`);
        }
        // Only after success: on failure the token stays known to the redactor until the error has
        // been printed, and the exit hooks destroy it.
        opened.close();
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.OK;
    },
};


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



/***/ })

};
