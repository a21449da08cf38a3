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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _config_sign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5297);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88120);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88927);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27444);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56446);









/** `trust-kit sign-blob`: sign files into Sigstore bundles, keyless or with a local key. */
const signBlobCommand = {
    usage: 'trust-kit sign-blob [--bundle OUT] [--key KEY.pem] [--instance auto|public-good|github|key]\n         [--fulcio-url URL] [--rekor-url URL [--rekor-version 1|2]] [--tsa-url URL]\n         [--signing-config FILE] [--trusted-root FILE]\n         [--on-missing-token fail|warn|skip] FILE...',
    help: `Writes one Sigstore bundle (v0.3, message signature) per FILE, next to it as FILE.sigstore.json,
after verifying it offline as users will. Verify with \`trust-kit verify-blob\` or
\`cosign verify-blob FILE --bundle FILE.sigstore.json\`.

Identity: with --key, the local ECDSA P-256 key (PKCS#8 PEM, encrypted PKCS#8 or a cosign key;
the passphrase comes from TRUST_KIT_KEY_PASSPHRASE, or COSIGN_PASSWORD). Otherwise keyless: the
OIDC token in SIGSTORE_ID_TOKEN, or the GitHub Actions job's (needs \`id-token: write\`). With
neither, signing fails and says what to set, unless --on-missing-token says to skip it.

Options:
      --bundle OUT         where to write the bundle (one FILE only)
      --key KEY.pem        sign with this private key (see \`trust-kit generate-key-pair\`)
      --instance NAME      auto (default: by repository visibility, public-good outside Actions),
                           public-good (Fulcio + Rekor), github (Fulcio + TSA, no public log), key
      --fulcio-url URL     Fulcio to use instead of the instance's
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
      --trusted-root FILE  trusted root bundles are checked against before they are written
                           (required for custom URLs, a signing config, and GitHub's instance
                           outside github.com; github.com's and public-good's come through TUF;
                           JSON or gh's JSONL)

Every FILE, --key, --signing-config and --trusted-root must exist before anything is fetched or signed: all
missing ones are reported at once (exit 2).

Exit codes: 0 every file signed (or none, as --on-missing-token asked), 1 a failure (bundles already written are kept), 2 usage error
(also a missing FILE, key or trusted root; nothing was done).`,
    options: {
        bundle: { type: 'string' },
        ..._signing_options_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_OPTIONS */ .F,
    },
    async run(args, context) {
        const nameOf = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .cliNamer */ .qy)({ 'subject-path': 'FILE' });
        const config = (0,_config_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .signConfig */ .C3)({ ...args.values, 'subject-path': args.positionals }, nameOf);
        await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .requireNamedPaths */ .xF)([...config.files.map(((file) => ({ input: 'subject-path', path: file, kind: 'file' }))), ...(0,_config_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .signingPaths */ .IT)(config)], context.cwd, nameOf);
        const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .stderrLogger */ .D)(context.stderr, args.values.verbose === true);
        const opened = await (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .openSigningSession */ .ob)(config, { cwd: context.cwd, env: context.env, run: await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunContext */ .$)(context.env), logger });
        // on-missing-token warn or skip: the reason has been logged, and not signing is what was asked for.
        if (opened.session === undefined)
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
        logger.info(`signing with ${opened.description}`);
        for (const file of config.files) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, file);
            const bundlePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, config.bundle ?? (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBundlePath */ .Fq)(file));
            await opened.session.signFile(path, bundlePath);
            logger.info(`signed ${file} -> ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.cwd, bundlePath)}`);
            context.stdout.write(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.cwd, bundlePath)}\n`);
        }
        // Only after success: on failure the token stays known to the redactor until the error has
        // been printed, and the exit hooks destroy it.
        opened.close();
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


/***/ }),

/***/ 30674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: (() => (/* binding */ SIGNING_OPTIONS))
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

/***/ 56446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var outputProblem = (async function (path, cwd, directory) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    try {
        const isDirectory = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory();
        if (directory)
            return isDirectory ? undefined : `${path} is not a directory`;
        return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
    }
    catch (error) {
        const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `${path} ${problem(error)}`;
    }
    // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target); dir !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir); dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory() ? undefined : `${path} cannot be written: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, dir) || dir} is not a directory`;
        }
        catch (error) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT' && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOTDIR')
                return `${path} ${problem(error)}`;
        }
    }
    return undefined;
});var problem = (function (error) {
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
});var requireNamedPaths = (async function (paths, cwd, nameOf, earlier = []) {
    const found = await Promise.all(paths.map((async ({ input, path, kind }) => {
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path));
        }
        catch (error) {
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path)).then(((link) => link.isSymbolicLink()), (() => false)));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    })));
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...found.filter(((issue) => issue !== undefined))];
    if (issues.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(issues);
});var subjectPaths = (function (input, subjects) {
    return subjects.filter(((subject) => !(0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(subject))).map(((path) => ({ input, path, kind: 'any' })));
});var signingPaths = (function (config) {
    return [
        ...(config.key === undefined ? [] : [{ input: 'key', path: config.key, kind: 'file' }]),
        ...(config.signingConfig === undefined ? [] : [{ input: 'signing-config', path: config.signingConfig, kind: 'file' }]),
        ...(config.trustedRoot === undefined ? [] : [{ input: 'trusted-root', path: config.trustedRoot, kind: 'file' }]),
    ];
});var releasePaths = (function (config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: (() => (/* binding */ signingPaths)),
/* harmony export */   ul: (() => (/* binding */ releasePaths)),
/* harmony export */   xF: (() => (/* binding */ requireNamedPaths))
/* harmony export */ });
/* unused harmony export subjectPaths */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90522);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66097);





/** Why a file (or directory) cannot be written at `path`, known before any work: something of the other kind is there, or an existing ancestor is no directory. */


/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */

/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */

/** The files signing reads besides its subjects: the key and the trusted root, when given. */

/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */



/***/ }),

/***/ 5297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var url = (function (reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        // Quoted without credentials: a private instance's URL may carry a password (refused below, once it parses).
        reader.report(name, `"${(0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value)}" is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `"${(0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value)}" is not an http(s) URL`);
    else if (parsed.username !== '' || parsed.password !== '')
        reader.report(name, 'must not carry credentials');
    // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
    // carries (often a token) would be echoed in every log line and error that names the service.
    else if (parsed.search !== '' || parsed.hash !== '')
        reader.report(name, 'must be a base URL without a query string or fragment');
    return value;
});var signConfig = (function (raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(raw, nameOf);
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
        retry: _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_POLICY */ .cO,
    };
    if (config.rekorURL !== undefined && instance === 'github') {
        reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
    }
    if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined || config.signingConfig !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
        reader.report('key', `signs locally and offline; ${nameOf('fulcio-url')}, ${nameOf('rekor-url')}, ${nameOf('tsa-url')} and ${nameOf('signing-config')} apply to keyless signing only`);
    }
    if (config.signingConfig !== undefined && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined)) {
        reader.report('signing-config', `names the services itself; drop ${nameOf('fulcio-url')}, ${nameOf('rekor-url')} and ${nameOf('tsa-url')}, or the signing config`);
    }
    if (config.rekorVersion === 2 && config.rekorURL === undefined)
        reader.report('rekor-version', `applies to ${nameOf('rekor-url')}, which is not given (a signing config names each log's version itself)`);
    else if (config.rekorVersion === 2 && config.tsaURL === undefined)
        reader.report('rekor-version', `is 2, and Rekor v2 entries carry no integration time: give ${nameOf('tsa-url')} as well, so a timestamp authority dates the signature`);
    reader.finish();
    return config;
});var signingTrustIssues = (function (config, nameOf) {
    const keyed = config.instance === 'key' || (config.instance === 'auto' && config.key !== undefined);
    if (config.trustedRoot !== undefined || keyed)
        return [];
    const custom = [...(config.fulcioURL === undefined ? [] : ['fulcio-url']), ...(config.rekorURL === undefined ? [] : ['rekor-url'])];
    const what = config.signingConfig !== undefined
        ? nameOf('signing-config')
        : custom.length > 0
            ? `custom Sigstore URLs (${custom.map(nameOf).join(', ')})`
            : config.instance === 'github' && config.tsaURL !== undefined
                ? `GitHub's instance and ${nameOf('tsa-url')}`
                : undefined;
    if (what === undefined)
        return [];
    return [{ input: nameOf('trusted-root'), message: `is required to sign keylessly with ${what}: every bundle is verified against it before it is written; give the trusted_root.json of that Sigstore deployment` }];
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: (() => (/* binding */ signConfig))
/* harmony export */ });
/* unused harmony exports INSTANCE_CHOICES, signingTrustIssues */
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);



/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];

/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`), reporting every problem at once.
 */

/**
 * What keyless signing cannot do without a trusted root, known from the inputs alone: a signing
 * config's services, a custom Fulcio or Rekor, GitHub's instance with a custom TSA. The signing
 * session refuses these too, but only as it opens, after the artifacts were hashed.
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
});var readRunContext = (async function (env) {
    const serverURL = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath === undefined || eventPath === '')
        return { serverURL, payload: undefined, visibility: undefined };
    let payload;
    try {
        payload = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
        });
    }
    return { serverURL, payload, visibility: visibilityOf(payload) };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: (() => (/* binding */ readRunContext))
/* harmony export */ });
/* unused harmony export visibilityOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);


/** The visibility a payload states: `repository.visibility`, or `repository.private` on older payloads. */

/** Reads the run context from an environment (the entry point passes `process.env`). */



/***/ })

};
