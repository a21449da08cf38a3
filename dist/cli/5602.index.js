export const id = 5602;
export const ids = [5602,6446,6327,4539];
export const modules = {

/***/ 30674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var keyedSigningIssues = (function (values) {
    return (0,_config_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .keyedSigningIssues */ ._u)(values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cliNamer */ .qy)());
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: (() => (/* binding */ SIGNING_OPTIONS)),
/* harmony export */   _: (() => (/* binding */ keyedSigningIssues))
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _config_sign_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5297);


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
    timeout: { type: 'string' },
};
/** The keyless signing flags a local --key leaves unused (--trusted-root, --timeout), refused rather than ignored: {@link keyedSigningIssuesOf} with the flags' names. */



/***/ }),

/***/ 56446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var sbomOutputPaths = (function (config) {
    return [...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' }]), ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' }])];
});var outputProblem = (async function (given, path, cwd, directory) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given);
    if (!directory) {
        // Written as a new file renamed into place: a link, a device or a pipe there would be replaced, not written to.
        const there = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .unreplaceableKind */ .Ej)(target);
        if (there === 'a symbolic link')
            return `${path} is a symbolic link; an output is written as a new file in its place, which would replace the link: give the path of the file itself, or remove the link`;
        if (there !== undefined)
            return `${path} is not a regular file (${there}), which an output written in its place would replace; give the path of a regular file`;
    }
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
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...(await namedPathIssues(paths, cwd, nameOf))];
    if (issues.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(issues);
});var readWithNamedPaths = (async function (read, paths, cwd, nameOf) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL))
            throw error;
        const said = new Set(error.issues.map(((issue) => `${issue.input}\u0000${issue.message}`)));
        const missing = (await namedPathIssues(paths, cwd, nameOf)).filter(((issue) => !said.has(`${issue.input}\u0000${issue.message}`)));
        throw missing.length === 0 ? error : new _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL([...error.issues, ...missing]);
    }
});var looksLikeKeyMaterial = (function (value) {
    return /-----BEGIN|PRIVATE KEY|[\r\n]/.test(value) || (value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value));
});var namedPathIssues = (async function (paths, cwd, nameOf) {
    const found = await Promise.all(paths.map((async ({ input, path: given, kind }) => {
        if (kind === 'read')
            return undefined;
        // Shown as it is when plain, else quoted and bounded: a name under a checkout may hold terminal escapes.
        const path = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(given);
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(given, path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given));
        }
        catch (error) {
            // No such file, and the value looks like the key itself: never repeated (a long path of a real file is read as any other).
            if (KEY_INPUTS.has(input) && looksLikeKeyMaterial(given)) {
                return { input: nameOf(input), message: 'is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read (chmod 600) and give its path' };
            }
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given)).then(((link) => link.isSymbolicLink()), (() => false)));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    })));
    return [...found.filter(((issue) => issue !== undefined)), ...(await outputsThatAreInputs(paths, cwd, nameOf))];
});var outputsThatAreInputs = (async function (paths, cwd, nameOf) {
    const outputs = paths.filter(((entry) => entry.kind === 'output'));
    if (outputs.length === 0)
        return [];
    const identity = (async (path) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path)).catch((() => undefined));
        return info?.isFile() === true ? `${info.dev}:${info.ino}` : undefined;
    });
    const inputs = await Promise.all(paths.filter(((entry) => entry.kind === 'file' || entry.kind === 'any' || entry.kind === 'read')).map((async (entry) => ({ entry, identity: await identity(entry.path) }))));
    const issues = [];
    for (const output of outputs) {
        const written = await identity(output.path);
        const read = written === undefined ? undefined : inputs.find(((input) => input.identity === written));
        if (read !== undefined)
            issues.push({ input: nameOf(output.input), message: `${output.path} is the file ${nameOf(read.entry.input)} names (${read.entry.path}); writing there would replace it: give another path` });
    }
    return issues;
});var subjectPaths = (function (input, subjects) {
    return subjects.filter(((subject) => !(0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(subject))).map(((path) => ({ input, path, kind: 'any' })));
});var rawSigningPaths = (function (values) {
    return ['key', 'signing-config', 'trusted-root'].flatMap(((input) => {
        const path = values[input];
        return typeof path === 'string' && path.trim() !== '' && path !== '-' ? [{ input, path, kind: 'file' }] : [];
    }));
});var signingPaths = (function (config) {
    return rawSigningPaths({ key: config.key, 'signing-config': config.signingConfig, 'trusted-root': config.trustedRoot });
});var releasePaths = (function (config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
});var misplacedExcludes = (async function (patterns, dir, cwd, input) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir);
    const exists = ((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).then((() => true), (() => false)));
    const issues = await Promise.all(patterns.map((async (pattern) => {
        if ((0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(pattern))
            return undefined;
        const meant = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
        const inside = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._)(root, meant);
        if (inside === undefined)
            return undefined;
        // As a pattern, a leading / anchors at the cataloged directory: join, not resolve.
        if ((await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, pattern))) || !(await exists(meant)))
            return undefined;
        return { input, message: `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(pattern)} names ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? 'a path' : 'a path from the working directory'} inside ${dir}, but patterns are relative to that directory: give ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))}` };
    })));
    return issues.filter(((issue) => issue !== undefined));
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   misplacedExcludes: (() => (/* binding */ misplacedExcludes)),
/* harmony export */   rawSigningPaths: (() => (/* binding */ rawSigningPaths)),
/* harmony export */   readWithNamedPaths: (() => (/* binding */ readWithNamedPaths)),
/* harmony export */   releasePaths: (() => (/* binding */ releasePaths)),
/* harmony export */   requireNamedPaths: (() => (/* binding */ requireNamedPaths)),
/* harmony export */   sbomOutputPaths: (() => (/* binding */ sbomOutputPaths)),
/* harmony export */   signingPaths: (() => (/* binding */ signingPaths)),
/* harmony export */   subjectPaths: (() => (/* binding */ subjectPaths))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90522);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64539);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66097);








/** The output file or directory an SBOM run names (`--output`, `--output-dir`), to check before any work as {@link requireNamedPaths} does. */

/** Why a file (or directory) cannot be written at `given` (shown as `path`), known before any work: something of the other kind is there, or an existing ancestor is no directory. */


/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */

/**
 * The config `read` makes; when its inputs are refused (ConfigError), the paths they name are
 * checked as well and reported with them, so that one run names every problem: a bad flag used
 * to hide the missing files until it was fixed.
 */

/** Inputs that name a private key's file: the value given may be the key itself, pasted where its path goes (`--key "$KEY"`). */
const KEY_INPUTS = new Set(['key']);
/**
 * Whether a value given for a key's path looks like the key itself: PEM, a line break, or a long
 * run of base64 (a key kept base64-encoded in a CI variable); a file name is never repeated then.
 */

/** What is wrong with each path the inputs name (see {@link requireNamedPaths}). */

/**
 * Outputs that are the very file an input names (the artifact given as the bundle, the key as the
 * bundle, the predicate as the bundle): writing one would replace what the run reads, and the user's
 * file would be lost. Told apart by device and inode, so that another spelling of a path, or a link
 * to the file, is the same file.
 */

/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */

/** The files signing reads as its flags or inputs name them, before they are read into a config: for {@link readWithNamedPaths}. */

/** The files signing reads besides its subjects: the key and the trusted root, when given. */

/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */

/**
 * Exclude patterns are relative to the cataloged directory: one written from the working directory
 * (`--exclude app/vendor` for `sbom app`) or as an absolute path matches nothing there, silently.
 * Such a pattern (no glob) that names an existing path inside the directory, which the pattern as
 * written does not, is reported with the pattern to give.
 */



/***/ }),

/***/ 5297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var timeoutOf = (function (reader) {
    const value = reader.string('timeout');
    if (value === undefined)
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    const match = /^(\d{1,6})(s|m|h)?$/.exec(value);
    const seconds = match === null ? Number.NaN : Number(match[1]) * (match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1);
    if (!(seconds >= 1 && seconds <= MAX_SIGN_TIMEOUT_SECONDS)) {
        reader.report('timeout', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value.slice(0, 40))}; expected a time from 1 s to 6 h in whole seconds, minutes or hours (\`90\`, \`90s\`, \`10m\`, \`2h\`)`);
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    }
    return seconds * 1000;
});var url = (function (reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        // Quoted without credentials: a private instance's URL may carry a password (refused below, once it parses).
        reader.report(name, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value))} is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value))} is not an http(s) URL`);
    else if (parsed.username !== '' || parsed.password !== '')
        reader.report(name, 'must not carry credentials');
    // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
    // carries (often a token) would be echoed in every log line and error that names the service.
    else if (parsed.search !== '' || parsed.hash !== '')
        reader.report(name, 'must be a base URL without a query string or fragment');
    return value;
});var signConfig = (function (raw, nameOf, subjects = 'file') {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(raw, nameOf);
    const checksums = reader.string('checksums');
    const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
    if (files.length === 0)
        reader.report('subject-path', `names no ${subjects} to sign`);
    const bundle = reader.string('bundle');
    if (bundle !== undefined && files.length > 1)
        reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
    const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
    const key = reader.string('key');
    if (key !== undefined && instance !== 'auto' && instance !== 'key')
        reader.report('key', `is a local key, but instance is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(instance)} (keyless); drop one of them`);
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
        timeoutMs: timeoutOf(reader),
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
    const keyed = instance === 'key' || (instance === 'auto' && key !== undefined);
    // The public-good instance's log is the default only for its own Fulcio: another CA's certificates (a private
    // deployment's identities and repository names) would otherwise go to the public log, as cosign sends them.
    const given = ((name) => typeof raw[name] === 'string' && raw[name].trim() !== '');
    if (given('fulcio-url') && !given('rekor-url') && !given('signing-config') && instance !== 'github' && !keyed) {
        reader.report('rekor-url', `is needed with ${nameOf('fulcio-url')}: without it, the certificates of that Fulcio would be logged in the public-good Rekor (https://rekor.sigstore.dev) for anyone to read; name the deployment's own log, or sign with instance "github" to log nowhere`);
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
});var keyedSigningIssues = (function (raw, nameOf) {
    const given = ((name) => {
        const value = raw[name];
        return value !== undefined && value !== '' && !(name === 'on-missing-token' && typeof value === 'string' && value.trim().toLowerCase() === 'fail');
    });
    const instance = typeof raw.instance === 'string' ? raw.instance.trim().toLowerCase() : '';
    if (typeof raw.key !== 'string' || raw.key.trim() === '' || (instance !== '' && instance !== 'auto' && instance !== 'key'))
        return [];
    return KEYLESS_ONLY.filter(given).map(((name) => ({ input: nameOf(name), message: `applies to keyless signing; ${nameOf('key')} signs locally and offline, so it would do nothing` })));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: (() => (/* binding */ signConfig)),
/* harmony export */   _u: (() => (/* binding */ keyedSigningIssues))
/* harmony export */ });
/* unused harmony exports INSTANCE_CHOICES, DEFAULT_SIGN_TIMEOUT_SECONDS, signingTrustIssues */
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);




/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];
/**
 * The default of `timeout`: five minutes for all of one signature's requests to the signing
 * services. Longer than cosign's three: each request may retry for about 80 s on its own, and a
 * signature makes up to three (certificate, log entry, timestamp).
 */
const DEFAULT_SIGN_TIMEOUT_SECONDS = 300;
/** The longest `timeout`: six hours, the longest a GitHub-hosted job runs. */
const MAX_SIGN_TIMEOUT_SECONDS = 6 * 60 * 60;
/** `timeout` in milliseconds: whole seconds, minutes with `m` or hours with `h` (`90`, `90s`, `10m`, `6h`), from 1 s to 6 h. */


/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`, `timeout`), reporting every problem at once.
 * `subjects` words a missing subject as the command names them: sign-image signs images.
 */

/**
 * What keyless signing cannot do without a trusted root, known from the inputs alone: a signing
 * config's services, a custom Fulcio or Rekor, GitHub's instance with a custom TSA. The signing
 * session refuses these too, but only as it opens, after the artifacts were hashed.
 */

/**
 * The keyless signing inputs a local `key` leaves unused, since it signs offline with no service to
 * trust or wait for and no token to miss: `trusted-root` (even one that is no trusted root),
 * `timeout` and an `on-missing-token` other than `fail` (its default, which the runner passes),
 * refused rather than ignored. A `key` beside a keyless `instance` is {@link signConfig}'s own refusal.
 */

const KEYLESS_ONLY = ['trusted-root', 'timeout', 'on-missing-token'];


/***/ }),

/***/ 64539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var pathInside = (function (base, path, options = {}) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, path);
    if (inside === '')
        return options.baseItself === true ? '' : undefined;
    // relative() gives an absolute path on Windows for another drive.
    return inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? undefined : inside;
});var isPathWithin = (function (root, path) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: (() => (/* binding */ isPathWithin)),
/* harmony export */   _: (() => (/* binding */ pathInside))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * `path` relative to the directory `base` (the platform's separators) when it lies inside it,
 * undefined when it lies outside. Only a whole `..` segment climbs out: `..lib/package-lock.json`
 * and `..data` are inside. Both paths are taken as they are written (links are not followed;
 * callers that must not be led out by one pass real paths). The base itself is undefined, for
 * callers that want a path in the directory (a file of a release, a file of a layout, a place on
 * a commit), unless `baseItself` is set: it is then `''`, for callers that start from the
 * directory (a walk of it, a project read from its root, a file checked against it).
 */

/**
 * Whether `path` is `root` or lies below it, both absolute and normalised: {@link pathInside} with
 * the base itself, compared as text, for a walk's every entry.
 */



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
