export const id = 7965;
export const ids = [7965];
export const modules = {

/***/ 27965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var commitTime = (async function (dir) {
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    return new Promise(((done) => {
        execFile('git', ['-C', dir, 'log', '-1', '--format=%ct'], { timeout: 5000 }, ((error, stdout) => {
            const seconds = Number(stdout.trim());
            done(error === null && /^\d+$/.test(stdout.trim()) ? new Date(seconds * 1000) : undefined);
        }));
    }));
});var artifactFiles = (async function (collected, hashed) {
    // The checksums module (glob matching, the hashing worker pool) loads only when there are release files to hash.
    const artifacts = (await hashed) ?? (collected.length === 0 ? [] : await (await Promise.all(/* import() */[__webpack_require__.e(2555), __webpack_require__.e(3871)]).then(__webpack_require__.bind(__webpack_require__, 72555))).hashArtifacts(collected, 'sha256'));
    return artifacts.map(((artifact) => {
        const { sha256, sha512 } = artifact.digests;
        if (sha256 === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomError */ .S('SBOM_ARTIFACT_DIGESTS', `${artifact.name} was hashed without SHA-256, which the SBOM lists`, {
                hint: `hash release files with ${SBOM_FILE_DIGESTS.join(' and ')} (hashArtifacts option "also") before passing them as hashedArtifacts`,
            });
        }
        return { name: artifact.name, digest: sha512 === undefined ? { sha256 } : { sha256, sha512 }, size: artifact.size };
    }));
});var generateSbom = (async function (options) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd, options.dir);
    const collected = options.hashedArtifacts?.files ??
        (options.artifacts === undefined || options.artifacts.length === 0
            ? []
            : await (await Promise.all(/* import() */[__webpack_require__.e(2555), __webpack_require__.e(3871)]).then(__webpack_require__.bind(__webpack_require__, 72555))).collectArtifacts(options.artifacts, { cwd: options.cwd, base: options.artifactBase ?? '.' }));
    const catalogOptions = {
        dir,
        includeDev: options.includeDev ?? false,
        artifacts: collected,
        exclude: options.exclude ?? [],
        ...(options.parsers === undefined ? {} : { parsers: options.parsers }),
        ...(options.goModuleCache === undefined ? {} : { goModuleCache: (0,_parsers_go_module_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .goModuleCacheAt */ .EA)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd, options.goModuleCache)) }),
    };
    const [catalog, hashedFiles, created] = await Promise.all([
        (0,_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .catalogDirectory */ .LI)(catalogOptions),
        artifactFiles(collected, options.hashedArtifacts?.digests),
        options.clock === undefined ? commitTime(dir).then(((time) => time ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml.now())) : Promise.resolve(options.clock.now()),
    ]);
    if (options.strict === true && catalog.unknowns.length > 0) {
        const listed = catalog.unknowns.map(((unknown) => `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`));
        // A lockfile that parsed but refers to what it does not list is not cataloged whole either.
        const files = new Set(catalog.unknowns.map(((unknown) => unknown.path))).size;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomError */ .S('SBOM_UNKNOWNS', `${files} lockfile${files === 1 ? '' : 's'} could not be cataloged: ${listed.join('; ')}`, {
            hint: 'fix or regenerate the lockfiles named, or run without --strict to record them as unknowns in the SBOM',
        });
    }
    // A release file built from packages (a Go binary's modules) contains them.
    const contents = new Map(catalog.artifacts.map(((artifact) => [artifact.name, artifact.packages])));
    const files = hashedFiles.map(((file) => {
        const contains = contents.get(file.name);
        return contains === undefined || contains.length === 0 ? file : { ...file, contains };
    }));
    const sbom = {
        root: catalog.root,
        packages: catalog.packages,
        relationships: catalog.relationships,
        unknowns: catalog.unknowns,
        files,
        created,
        tool: `trust-kit-${_core_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}`,
    };
    if (options.organization !== undefined)
        sbom.organization = options.organization;
    return { sbom, lockfiles: catalog.lockfiles };
});var encodeSbom = (function (sbom, format) {
    return (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_4__/* .encoderFor */ .Eq)(format).encode(sbom);
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_EXCLUDES: (() => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_2__.Wg)),
/* harmony export */   FORMATS: (() => (/* reexport safe */ _formats_index_js__WEBPACK_IMPORTED_MODULE_4__.hR)),
/* harmony export */   FORMAT_NAMES: (() => (/* reexport safe */ _formats_index_js__WEBPACK_IMPORTED_MODULE_4__.BU)),
/* harmony export */   PARSERS: (() => (/* reexport safe */ _parsers_index_js__WEBPACK_IMPORTED_MODULE_6__.n)),
/* harmony export */   SBOM_FILE_DIGESTS: (() => (/* binding */ SBOM_FILE_DIGESTS)),
/* harmony export */   SbomError: (() => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.S)),
/* harmony export */   SbomParseError: (() => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.J)),
/* harmony export */   catalogDirectory: (() => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_2__.LI)),
/* harmony export */   commitTime: (() => (/* binding */ commitTime)),
/* harmony export */   cycloneDxProblems: (() => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_7__.AO)),
/* harmony export */   encodeSbom: (() => (/* binding */ encodeSbom)),
/* harmony export */   encoderFor: (() => (/* reexport safe */ _formats_index_js__WEBPACK_IMPORTED_MODULE_4__.Eq)),
/* harmony export */   excludeMatcher: (() => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_2__.BE)),
/* harmony export */   findLockfiles: (() => (/* reexport safe */ _catalog_js__WEBPACK_IMPORTED_MODULE_2__.wN)),
/* harmony export */   generateSbom: (() => (/* binding */ generateSbom)),
/* harmony export */   goModuleCacheDir: (() => (/* reexport safe */ _parsers_go_module_cache_js__WEBPACK_IMPORTED_MODULE_5__.ck)),
/* harmony export */   spdxProblems: (() => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_7__.ww))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91601);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18067);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26898);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88298);
/* harmony import */ var _parsers_go_module_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91290);
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47530);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20607);













/**
 * The time of the last commit of the repository holding `dir`, or undefined outside a git work tree.
 * The child process module loads only here: with SOURCE_DATE_EPOCH set, a run never spawns.
 */

/**
 * The digests the SBOM needs for every release file: SHA-256 (a SHA-512 the checksums were made
 * with is listed too). No SHA-1: release files are SPDX packages, which need none.
 */
const SBOM_FILE_DIGESTS = ['sha256'];
/** Release files as the SBOM lists them, hashed in one read each on the checksums worker pool unless already hashed. */

/**
 * Catalogs a project directory into an SBOM: every lockfile parsed, packages merged by purl,
 * dev dependencies left out unless asked for, unknowns recorded (or fatal with `strict`), release
 * files added, and a reproducible timestamp. Everything in it is sorted.
 */

/** An SBOM as the text of a format (`spdx-json`, `cyclonedx-json`, `cyclonedx-json@1.5`, ...). */



/***/ }),

/***/ 91290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var goModuleCacheAt = (function (dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir);
    return {
        async goMod(modulePath, version) {
            // Loaded on use, as the Go parsers are: the CLI and the catalog name the cache on every run, Go projects alone read it.
            const { escapeForModuleCache, isCacheableModulePath, isModuleVersion } = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(5825)]).then(__webpack_require__.bind(__webpack_require__, 45825));
            if (!isCacheableModulePath(modulePath) || !isModuleVersion(version))
                return undefined;
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'cache', 'download', ...escapeForModuleCache(modulePath).split('/'), '@v', `${escapeForModuleCache(version)}.mod`);
            try {
                // A regular file only: a named pipe in the cache would block the open.
                return await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)(file, { maxBytes: CACHED_GO_MOD_MAX_BYTES, what: 'cached go.mod' });
            }
            catch {
                return undefined;
            }
        },
    };
});var goModuleCacheDir = (function (env) {
    const gomodcache = env['GOMODCACHE'];
    if (gomodcache !== undefined && gomodcache !== '')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(gomodcache) ? gomodcache : undefined;
    const gopath = env['GOPATH']?.split(process.platform === 'win32' ? ';' : ':')[0];
    if (gopath !== undefined && gopath !== '')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(gopath) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(gopath, 'pkg', 'mod') : undefined;
    const home = env['HOME'] ?? env['USERPROFILE'];
    return home !== undefined && home !== '' && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(home) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(home, 'go', 'pkg', 'mod') : undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: (() => (/* binding */ goModuleCacheAt)),
/* harmony export */   ck: (() => (/* binding */ goModuleCacheDir))
/* harmony export */ });
/* unused harmony export CACHED_GO_MOD_MAX_BYTES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);


/** The largest go.mod read from the module cache: real ones are a few KiB; anything bigger is not read. */
const CACHED_GO_MOD_MAX_BYTES = _core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_LIMITS */ .Ef.cachedGoMod;
/**
 * The module cache at `dir`, read-only and offline: a module version's go.mod is the file
 * `cache/download/<escaped path>/@v/<escaped version>.mod` that `go mod download` (and every
 * build) leaves there, the same file `go mod graph` reads. Paths that could leave the cache, files
 * larger than {@link CACHED_GO_MOD_MAX_BYTES} and unreadable files are all "not in the cache".
 */

/**
 * Where the go command keeps its module cache, from an environment as `go env GOMODCACHE` finds it:
 * GOMODCACHE, else `pkg/mod` under GOPATH's first entry, else `$HOME/go/pkg/mod`; undefined when
 * none is set (relative values are ignored, as the go command refuses them).
 */



/***/ })

};
