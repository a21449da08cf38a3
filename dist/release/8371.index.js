export const id = 8371;
export const ids = [8371,1597];
export const modules = {

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

/***/ 18067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** trust-kit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 88371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSbomsStep: () => (/* binding */ runSbomsStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32985);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41597);






/** Catalogs the lockfiles and encodes each format with stand-ins for the artifacts' digests, to be finished once they are hashed. */
async function encodeBeforeHashed(options, files, listed, formats) {
    const cataloged = await (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.catalogSbom)(options, files);
    const placeholders = new _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.DigestPlaceholders();
    const draft = cataloged.withFiles(files.map((file) => ({ name: file.name, size: 0, digest: placeholders.digestSet(listed) })));
    const finishers = formats.map((format) => {
        const encoder = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.encoderFor)(format);
        return { encoder, finish: (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.encodeAhead)(encoder, draft, placeholders) };
    });
    return { cataloged, finishers };
}
/**
 * Catalogs the project's lockfiles into every SBOM format asked for while the artifacts are
 * hashed: the documents are encoded before the digests arrive, with stand-ins for them, and
 * finished with the digests once made (the SBOMs list the artifacts as files). Only then does
 * this thread help the hashing: the SBOM's work is done beside it, not after it.
 */
const runSbomsStep = async ({ config, ports, artifactFiles: files, hashing, staging, lockfilesCataloged }) => {
    const sbomConfig = config.sbom;
    if (sbomConfig === undefined || files === undefined || hashing === undefined || staging === undefined)
        throw new Error('sbom runs after collect, when asked for');
    const goModuleCache = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.goModuleCacheDir)(ports.env);
    const sbomOptions = {
        dir: sbomConfig.path,
        cwd: ports.cwd,
        exclude: sbomConfig.exclude,
        includeDev: sbomConfig.includeDev,
        strict: sbomConfig.strict,
        ...(sbomConfig.organization === undefined ? {} : { organization: sbomConfig.organization }),
        ...(ports.clock === undefined ? {} : { clock: ports.clock }),
        ...(goModuleCache === undefined ? {} : { goModuleCache }),
    };
    // The artifacts are hashed with SHA-256 for the SBOM, and with SHA-512 too when that is the release's algorithm.
    const listed = config.algorithm === 'sha512' ? ['sha256', 'sha512'] : ['sha256'];
    const { cataloged, finishers } = await encodeBeforeHashed(sbomOptions, files, listed, sbomConfig.formats).finally(() => lockfilesCataloged?.());
    const sbom = cataloged.withFiles((0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.listedFiles)(await hashing));
    // As the sbom action does: a lockfile that could not be cataloged is said on its file and line (an annotation in a job),
    // not only left out of the SBOMs. The first few: GitHub shows ten annotations of a kind per step.
    for (const unknown of sbom.unknowns.slice(0, _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.MAX_UNKNOWN_WARNINGS)) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ports.cwd, sbomConfig.path, unknown.path)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        ports.logger.warn(`sbom: ${file}${unknown.line === undefined ? '' : `:${unknown.line}`}: could not be cataloged (the SBOMs lack its dependencies): ${unknown.reason}`, { file, ...(unknown.line === undefined ? {} : { line: unknown.line }) });
    }
    if (sbom.unknowns.length > _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.MAX_UNKNOWN_WARNINGS)
        ports.logger.warn(`sbom: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .counted */ .h)(sbom.unknowns.length - _sbom_index_js__WEBPACK_IMPORTED_MODULE_4__.MAX_UNKNOWN_WARNINGS, 'more unknown')} not shown; the SBOMs list every one`);
    // The checksums are written even so, so an empty catalog warns here where `trust-kit sbom` fails.
    if (cataloged.lockfiles.length === 0)
        ports.logger.warn(`sbom: found no lockfile in ${sbomConfig.path}: the SBOMs list no dependency (check sbom-path and sbom-exclude, or set sbom-format: none)`);
    // Every document is finished before any is written: a format that fails leaves no SBOM that the checksums file does not list.
    const documents = finishers.map(({ encoder, finish }) => ({ name: encoder.fileName, path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, encoder.fileName), ...finish(sbom) }));
    const written = await Promise.allSettled(documents.map((document) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .qD)(document.path, document.chunks)));
    const failedWrite = written.find((outcome) => outcome.status === 'rejected');
    if (failedWrite !== undefined) {
        await Promise.all(documents.map((document) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(document.path, { force: true })));
        throw failedWrite.reason;
    }
    // The documents' SHA-256 came with their UUIDs: the text is not hashed again for the checksums file when that is its algorithm.
    const entries = documents.map((document) => ({ name: document.name, hex: config.algorithm === 'sha256' ? document.sha256 : (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestChunks */ .Bz)(config.algorithm, document.chunks) }));
    ports.logger.info(`sbom: ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .counted */ .h)(sbom.packages.length, 'package')} from ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_5__/* .counted */ .h)(cataloged.lockfiles.length, 'lockfile')} -> ${entries.map((entry) => entry.name).join(', ')}`);
    return { sbom: { entries, lockfiles: cataloged.lockfiles }, sbomDigests: Object.fromEntries(documents.map((document) => [document.path, document.sha256])), written: documents.map((document) => document.path) };
};


/***/ }),

/***/ 41597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_EXCLUDES: () => (/* reexport */ sbom_catalog/* DEFAULT_EXCLUDES */.Wg),
  DigestPlaceholders: () => (/* reexport */ DigestPlaceholders),
  FORMATS: () => (/* reexport */ formats/* FORMATS */.hR),
  FORMAT_NAMES: () => (/* reexport */ formats/* FORMAT_NAMES */.BU),
  MAX_UNKNOWN_WARNINGS: () => (/* binding */ MAX_UNKNOWN_WARNINGS),
  PARSERS: () => (/* reexport */ parsers/* PARSERS */.n),
  SBOM_FILE_DIGESTS: () => (/* binding */ SBOM_FILE_DIGESTS),
  SbomError: () => (/* reexport */ errors/* SbomError */.S),
  SbomParseError: () => (/* reexport */ errors/* SbomParseError */.J),
  catalogDirectory: () => (/* reexport */ sbom_catalog/* catalogDirectory */.LI),
  catalogSbom: () => (/* binding */ catalogSbom),
  commitTime: () => (/* binding */ commitTime),
  cycloneDxProblems: () => (/* reexport */ validate/* cycloneDxProblems */.AO),
  encodeAhead: () => (/* reexport */ encodeAhead),
  encodeSbom: () => (/* binding */ encodeSbom),
  encoderFor: () => (/* reexport */ formats/* encoderFor */.Eq),
  excludeMatcher: () => (/* reexport */ sbom_catalog/* excludeMatcher */.BE),
  findLockfiles: () => (/* reexport */ sbom_catalog/* findLockfiles */.wN),
  generateSbom: () => (/* binding */ generateSbom),
  goModuleCacheDir: () => (/* reexport */ goModuleCacheDir),
  listedFiles: () => (/* binding */ listedFiles),
  spdxProblems: () => (/* reexport */ validate/* spdxProblems */.ww)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: ./lib/secrets/environment.js
var environment = __webpack_require__(35984);
// EXTERNAL MODULE: ./lib/sbom/catalog.js + 2 modules
var sbom_catalog = __webpack_require__(41915);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var formats = __webpack_require__(95587);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
;// CONCATENATED MODULE: ./lib/sbom/parsers/go/module-cache.js


/** The largest go.mod read from the module cache: real ones are a few KiB; anything bigger is not read. */
const CACHED_GO_MOD_MAX_BYTES = files/* INPUT_LIMITS */.Ef.cachedGoMod;
/**
 * The module cache at `dir`, read-only and offline: a module version's go.mod is the file
 * `cache/download/<escaped path>/@v/<escaped version>.mod` that `go mod download` (and every
 * build) leaves there, the same file `go mod graph` reads. Paths that could leave the cache, files
 * larger than {@link CACHED_GO_MOD_MAX_BYTES} and unreadable files are all "not in the cache".
 */
function goModuleCacheAt(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    return {
        async goMod(modulePath, version) {
            // Loaded on use, as the Go parsers are: the CLI and the catalog name the cache on every run, Go projects alone read it.
            const { escapeForModuleCache, isCacheableModulePath, isModuleVersion } = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(5825)]).then(__webpack_require__.bind(__webpack_require__, 45825));
            if (!isCacheableModulePath(modulePath) || !isModuleVersion(version))
                return undefined;
            const file = (0,external_node_path_.join)(root, 'cache', 'download', ...escapeForModuleCache(modulePath).split('/'), '@v', `${escapeForModuleCache(version)}.mod`);
            try {
                // A regular file only: a named pipe in the cache would block the open.
                return await (0,files/* readRegularFile */.XF)(file, { maxBytes: CACHED_GO_MOD_MAX_BYTES, what: 'cached go.mod' });
            }
            catch {
                return undefined;
            }
        },
    };
}
/**
 * Where the go command keeps its module cache, from an environment as `go env GOMODCACHE` finds it:
 * GOMODCACHE, else `pkg/mod` under GOPATH's first entry, else `$HOME/go/pkg/mod`; undefined when
 * none is set (relative values are ignored, as the go command refuses them).
 */
function goModuleCacheDir(env) {
    const gomodcache = env['GOMODCACHE'];
    if (gomodcache !== undefined && gomodcache !== '')
        return (0,external_node_path_.isAbsolute)(gomodcache) ? gomodcache : undefined;
    const gopath = env['GOPATH']?.split(process.platform === 'win32' ? ';' : ':')[0];
    if (gopath !== undefined && gopath !== '')
        return (0,external_node_path_.isAbsolute)(gopath) ? (0,external_node_path_.join)(gopath, 'pkg', 'mod') : undefined;
    const home = env['HOME'] ?? env['USERPROFILE'];
    return home !== undefined && home !== '' && (0,external_node_path_.isAbsolute)(home) ? (0,external_node_path_.join)(home, 'go', 'pkg', 'mod') : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/sbom/formats/identity.js
var identity = __webpack_require__(6018);
;// CONCATENATED MODULE: ./lib/sbom/formats/ahead.js



/** The digests a release file's SBOM entry lists, and the length of each in hex. */
const LISTED_DIGESTS = { sha256: 64, sha512: 128 };
/** Hex characters of the random prefix every placeholder of one run starts with. */
const PREFIX_HEX = 32;
/**
 * Stand-ins for release files' digests, so that an SBOM's documents can be encoded while the
 * files are still being hashed, and the digests put in their place once made (see
 * {@link encodeAhead}). Each is hex of its digest's length: the same random prefix, which nothing
 * else in a document can hold (no lockfile can guess it), then the number it was made with.
 */
class DigestPlaceholders {
    #prefix = (0,external_node_crypto_.randomBytes)(PREFIX_HEX / 2).toString('hex');
    /** Every placeholder in a text: the prefix and the rest of a digest's length, longer ones first. */
    #pattern = new RegExp(`${this.#prefix}(?:[0-9a-f]{${LISTED_DIGESTS.sha512 - PREFIX_HEX}}|[0-9a-f]{${LISTED_DIGESTS.sha256 - PREFIX_HEX}})`, 'g');
    #made = 0;
    /** A placeholder digest set with `algorithms`, each value new. */
    digestSet(algorithms) {
        const set = {};
        for (const algorithm of algorithms) {
            this.#made += 1;
            set[algorithm] = `${this.#prefix}${this.#made.toString(16).padStart(LISTED_DIGESTS[algorithm] - PREFIX_HEX, '0')}`;
        }
        return set;
    }
    /** The number a placeholder of this run was made with; undefined for any other text. */
    numberOf(placeholder) {
        if (!placeholder.startsWith(this.#prefix))
            return undefined;
        const made = Number.parseInt(placeholder.slice(PREFIX_HEX), 16);
        return made >= 1 && made <= this.#made ? made : undefined;
    }
    /**
     * `text` with every placeholder replaced by `digests[its number]`; undefined when a placeholder
     * has no digest.
     * Numbers, not a map of the placeholders' texts: hashing 20,000 such texts, and as many
     * matches, took a third of the time of finishing a release's SBOMs.
     */
    replaceIn(text, digests) {
        let missing = false;
        const replaced = text.replace(this.#pattern, (placeholder) => {
            const digest = digests[Number.parseInt(placeholder.slice(PREFIX_HEX), 16)];
            if (digest !== undefined && digest.length === placeholder.length)
                return digest;
            missing = true;
            return placeholder;
        });
        return missing ? undefined : replaced;
    }
    /** Whether a text, given in chunks, still holds a placeholder, within a chunk or across two. */
    foundIn(chunks) {
        const reach = this.#prefix.length - 1;
        return chunks.some((chunk, index) => chunk.includes(this.#prefix) || (index > 0 && `${chunks[index - 1].slice(-reach)}${chunk.slice(0, reach)}`.includes(this.#prefix)));
    }
}
/**
 * Encodes `draft`, an SBOM whose release files carry `placeholders` for digests, and returns what
 * turns that text into the document of `final`: the same SBOM with the files' real digests (same
 * files, same order). Each placeholder is replaced and the document's UUID, derived from the
 * text before it, made (the draft's is nil and its text not hashed): the text is the one
 * `encoder.encode(final)` gives, in chunks, with the work done before the digests are known, and
 * comes with its SHA-256. A release encodes its SBOMs so while the artifacts are hashed. The
 * draft is let go of chunk by chunk as it is finished, so it can be finished once.
 */
function encodeAhead(encoder, draft, placeholders) {
    let chunks = encoder.draft(draft);
    return (final) => {
        const drafted = chunks;
        if (drafted === undefined)
            throw internal(encoder, 'it was finished already');
        chunks = undefined;
        if (final.files.length !== draft.files.length || final.files.some((file, index) => file.name !== draft.files[index]?.name)) {
            throw internal(encoder, 'the release files are not the ones the document was encoded with');
        }
        const digests = [];
        for (let index = 0; index < draft.files.length; index++) {
            const file = draft.files[index];
            for (const algorithm of Object.keys(file.digest)) {
                const made = placeholders.numberOf(file.digest[algorithm] ?? '');
                if (made === undefined)
                    throw internal(encoder, `${file.name} has a digest that is no placeholder of the draft`);
                const digest = final.files[index]?.digest[algorithm];
                if (digest === undefined)
                    throw internal(encoder, `${file.name} was hashed without ${algorithm}`);
                digests[made] = digest;
            }
        }
        let complete = true;
        let next = 0;
        const finished = (0,identity/* withChangedChunks */.TV)(drafted, encoder.identityName, (chunk) => {
            // The draft's chunk is let go of once its finished copy is made: the two are never held whole at once.
            drafted[next++] = '';
            const replaced = placeholders.replaceIn(chunk, digests);
            if (replaced === undefined)
                complete = false;
            return replaced ?? chunk;
        });
        if (finished === undefined)
            throw internal(encoder, 'the document does not end with its UUID');
        if (!complete)
            throw internal(encoder, 'the document holds a digest placeholder of no release file');
        if (placeholders.foundIn(finished.chunks))
            throw internal(encoder, 'a digest placeholder was left in the document');
        return finished;
    };
}
function internal(encoder, what) {
    return new errors/* SbomError */.S('SBOM_INVALID_DOCUMENT', `the ${encoder.name} document encoded ahead cannot be finished: ${what}`, { hint: 'this is a bug in trust-kit: please report it' });
}

// EXTERNAL MODULE: ./lib/sbom/parsers/index.js
var parsers = __webpack_require__(47530);
// EXTERNAL MODULE: ./lib/sbom/validate.js
var validate = __webpack_require__(20607);
;// CONCATENATED MODULE: ./lib/sbom/index.js


















/** What `path` leads to; undefined for nothing, or for what cannot be followed (a loop of links, no permission), which is no repository git could use either. */
function kindAt(path) {
    try {
        const info = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        return info === undefined ? undefined : info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
    }
    catch {
        return undefined;
    }
}
/**
 * Whether git, run with `env` in `dir`, could find a repository: GIT_DIR names one, or `dir` or a
 * directory above it holds a `.git` or is a bare repository's own (a HEAD file beside an `objects`
 * directory), as git looks. A few stats: spawning git where it finds nothing cost a run loading
 * node:child_process and starting a process, about 3 ms of this thread.
 */
function mayBeInRepository(dir, env) {
    if (env['GIT_DIR'] !== undefined)
        return true;
    for (let at = (0,external_node_path_.resolve)(dir);; at = (0,external_node_path_.dirname)(at)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, '.git')))
            return true;
        if (kindAt((0,external_node_path_.join)(at, 'HEAD')) === 'file' && kindAt((0,external_node_path_.join)(at, 'objects')) === 'directory')
            return true;
        if ((0,external_node_path_.dirname)(at) === at)
            return false;
    }
}
/** The transports git has built in, each refused by name for the commit time's git: a repository's config may allow one by name. */
const GIT_PROTOCOLS = ['ext', 'fd', 'file', 'git', 'ssh', 'http', 'https', 'ftp', 'ftps'];
/** How long git may take to give the last commit's time. */
const COMMIT_TIME_TIMEOUT_MS = 5000;
/** git's message, in the C locale, for a repository whose branch has no commit yet: there is no time to take, as outside a work tree. */
const NO_COMMITS = /does not have any commits yet|bad default revision 'HEAD'/;
/** SBOM_COMMIT_TIME_UNREADABLE: git could find a repository at `dir`, and did not give its last commit's time. */
function commitTimeUnreadable(dir, error, stderr, stdout) {
    const said = (stderr.trim().split('\n').find((line) => line.startsWith('fatal:') || line.startsWith('error:')) ?? stderr.trim().split('\n')[0] ?? '').trim();
    const why = error?.code === 'ENOENT'
        ? 'git is not installed (or not on PATH)'
        : error?.killed === true
            ? `git gave no answer in ${COMMIT_TIME_TIMEOUT_MS / 1000} s`
            : error !== null
                ? `git failed${said === '' ? '' : `: ${(0,logger/* printable */.g$)((0,quote/* boundedText */.LD)(said, 300))}`}`
                : `git gave ${(0,quote/* quoted */.TL)(stdout, 40)}, not a time`;
    return new errors/* SbomError */.S('SBOM_COMMIT_TIME_UNREADABLE', `${dir} is in a git repository, whose last commit dates the SBOM, and ${why}`, {
        hint: /dubious ownership/.test(said)
            ? 'set SOURCE_DATE_EPOCH (`git log -1 --format=%ct` where git can read the checkout), or let git read it (`git config --global --add safe.directory <path>`; the checkout is owned by another user)'
            : 'set SOURCE_DATE_EPOCH to the release\'s time (seconds since 1970, `git log -1 --format=%ct`), which the SBOM then carries instead',
    });
}
/**
 * The time of the last commit of the repository holding `dir`, or undefined outside a git work tree
 * and in a repository without commits; SBOM_COMMIT_TIME_INVALID for one dated past 9999 (a crafted
 * commit), which no SBOM can carry; SBOM_COMMIT_TIME_UNREADABLE where git could find a repository
 * but did not give its time (no git, a checkout owned by another user): dated now, the SBOM would
 * differ from run to run without a word. The child process module loads only here: with
 * SOURCE_DATE_EPOCH set, a run never spawns.
 */
async function commitTime(dir) {
    const env = (0,environment/* childEnvironment */.Qc)();
    // A library caller's own process (no environment named) is looked at on disk alone; git may still find one through GIT_DIR.
    const inRepository = mayBeInRepository(dir, env ?? {});
    if (env !== undefined && !inRepository)
        return undefined;
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    return new Promise((done, fail) => {
        // Without the job's secrets: a repository's config can make git run programs of its choosing.
        // The directory may be a pull request's files: a bare repository's layout committed there, or a
        // .git file naming one, whose config would have a missing commit fetched from a remote that runs
        // a command (ext::, core.sshCommand). So no transport is allowed whatever that config says (the
        // command line's settings win over it; GIT_ALLOW_PROTOCOL empty, where the environment is ours
        // to give, overrides every protocol.*.allow), nor a lazy fetch (git 2.44 on), nor a bare
        // repository found by looking (git 2.38 on), nor an fsmonitor hook.
        // --no-show-signature: a user's log.showSignature would print a signature verdict before the
        // time (and run gpg.program), which would then be unread and the SBOM dated now, from machine to
        // machine. In the C locale, so that git's message for a branch without commits reads the same everywhere.
        const options = { timeout: COMMIT_TIME_TIMEOUT_MS, ...(env === undefined ? {} : { env: { ...env, GIT_ALLOW_PROTOCOL: '', GIT_NO_LAZY_FETCH: '1', LC_ALL: 'C' } }) };
        const settings = ['safe.bareRepository=explicit', 'core.fsmonitor=false', 'protocol.allow=never', ...GIT_PROTOCOLS.map((protocol) => `protocol.${protocol}.allow=never`)];
        const args = ['--no-pager', ...settings.flatMap((setting) => ['-c', setting]), '-C', dir, 'log', '-1', '--no-show-signature', '--format=%ct'];
        execFile('git', args, options, (error, stdout, stderr) => {
            const seconds = stdout.trim();
            if (error !== null || !/^\d+$/.test(seconds)) {
                if (!inRepository || (error !== null && NO_COMMITS.test(stderr)))
                    return done(undefined);
                return fail(commitTimeUnreadable(dir, error, stderr, seconds));
            }
            const time = (0,clock/* epochSecondsDate */.fO)(seconds);
            if (time !== undefined)
                return done(time);
            fail(new errors/* SbomError */.S('SBOM_COMMIT_TIME_INVALID', `the last commit of ${dir} is dated ${(0,quote/* quoted */.TL)(seconds, 40)} seconds after 1970-01-01T00:00:00Z, past 9999-12-31T23:59:59Z`, {
                hint: 'set SOURCE_DATE_EPOCH to the release\'s time (seconds since 1970), which the SBOM then carries instead',
            }));
        });
    });
}
/** How many unknowns the sbom action and a release warn about one by one (GitHub shows ten annotations of a kind per step); the SBOMs list every one. */
const MAX_UNKNOWN_WARNINGS = 10;
/**
 * The digests the SBOM needs for every release file: SHA-256 (a SHA-512 the checksums were made
 * with is listed too). No SHA-1: release files are SPDX packages, which need none.
 */
const SBOM_FILE_DIGESTS = ['sha256'];
/** Release files as the SBOM lists them, hashed in one read each on the checksums worker pool unless already hashed. */
async function artifactFiles(collected, hashed) {
    // The checksums module (glob matching, the hashing worker pool) loads only when there are release files to hash.
    return listedFiles((await hashed) ?? (collected.length === 0 ? [] : await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9396))).hashArtifacts(collected, 'sha256')));
}
/** Hashed release files as the SBOM lists them: their name, size and digests (SHA-256, and SHA-512 when they were hashed with it). */
function listedFiles(artifacts) {
    return artifacts.map((artifact) => {
        const { sha256, sha512 } = artifact.digests;
        if (sha256 === undefined) {
            throw new errors/* SbomError */.S('SBOM_ARTIFACT_DIGESTS', `${artifact.name} was hashed without SHA-256, which the SBOM lists`, {
                hint: `hash release files with ${SBOM_FILE_DIGESTS.join(' and ')} (hashArtifacts option "also") before passing them as hashedArtifacts`,
            });
        }
        return { name: artifact.name, digest: sha512 === undefined ? { sha256 } : { sha256, sha512 }, size: artifact.size };
    });
}
/** Whether a value is undefined or a string. */
function optionalString(value) {
    return value === undefined || typeof value === 'string';
}
/**
 * Fails with SBOM_ARGUMENT_INVALID unless {@link generateSbom}'s options have the types they are
 * declared with: from plain JavaScript, a string `exclude` or `artifacts` was walked letter by
 * letter or failed deep inside, and a `clock` that is a Date failed with a TypeError.
 */
function checkGenerateArguments(options) {
    const problems = [];
    if (typeof options !== 'object' || options === null)
        problems.push(`the options are ${(0,quote/* typeName */.go)(options)}, not an object with dir and cwd`);
    else {
        const given = options;
        const { dir, cwd, exclude, artifacts, clock, parsers } = given;
        if (typeof dir !== 'string' || typeof cwd !== 'string')
            problems.push(`dir and cwd are ${(0,quote/* typeName */.go)(dir)} and ${(0,quote/* typeName */.go)(cwd)}, not strings`);
        for (const [name, value] of [['exclude', exclude], ['artifacts', artifacts]]) {
            if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string')))
                problems.push(`${name} is ${Array.isArray(value) ? 'an array holding something other than strings' : (0,quote/* typeName */.go)(value)}, not an array of strings`);
        }
        if (clock !== undefined && typeof clock?.now !== 'function')
            problems.push(`clock is ${(0,quote/* typeName */.go)(clock)}, not a clock with now() (use fixedClock(date) for a Date)`);
        if (parsers !== undefined && !Array.isArray(parsers))
            problems.push(`parsers is ${(0,quote/* typeName */.go)(parsers)}, not an array of parsers`);
        for (const name of ['artifactBase', 'organization', 'goModuleCache'])
            if (!optionalString(given[name]))
                problems.push(`${name} is ${(0,quote/* typeName */.go)(given[name])}, not a string`);
        for (const name of ['includeDev', 'strict'])
            if (given[name] !== undefined && typeof given[name] !== 'boolean')
                problems.push(`${name} is ${(0,quote/* typeName */.go)(given[name])}, not true or false`);
    }
    if (problems.length > 0)
        throw new errors/* SbomError */.S('SBOM_ARGUMENT_INVALID', `generateSbom: ${problems.join('; ')}`, { hint: 'pass the options as the GenerateSbomOptions type declares them (see docs/library.md)' });
}
/**
 * Catalogs a project directory into an SBOM: every lockfile parsed, packages merged by purl,
 * dev dependencies left out unless asked for, unknowns recorded (or fatal with `strict`), release
 * files added, and a reproducible timestamp. Everything in it is sorted.
 */
async function generateSbom(options) {
    checkGenerateArguments(options);
    const collected = options.hashedArtifacts?.files ??
        (options.artifacts === undefined || options.artifacts.length === 0
            ? []
            : await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9396))).collectArtifacts(options.artifacts, { cwd: options.cwd, base: options.artifactBase ?? '.' }));
    // Hashed while the lockfiles are cataloged.
    const hashed = artifactFiles(collected, options.hashedArtifacts?.digests);
    hashed.catch(() => undefined);
    const cataloged = await catalogSbom(options, collected);
    return { sbom: cataloged.withFiles(await hashed), lockfiles: cataloged.lockfiles };
}
/**
 * {@link generateSbom}'s catalog, without the release files' digests: a release encodes its SBOMs
 * from it before the artifacts are hashed (see `encodeAhead`). `collected` are the release files,
 * read for what they contain (a Go binary's modules).
 */
async function catalogSbom(options, collected) {
    const dir = (0,external_node_path_.resolve)(options.cwd, options.dir);
    const catalogOptions = {
        dir,
        includeDev: options.includeDev ?? false,
        artifacts: collected,
        exclude: options.exclude ?? [],
        ...(options.parsers === undefined ? {} : { parsers: options.parsers }),
        ...(options.goModuleCache === undefined ? {} : { goModuleCache: goModuleCacheAt((0,external_node_path_.resolve)(options.cwd, options.goModuleCache)) }),
    };
    // A clock of the caller's own is asked once, before the catalog: a time no format can write failed only when a document was encoded, as a trust-kit bug.
    const given = options.clock?.now();
    const problem = options.clock === undefined ? undefined : (0,clock/* dateProblem */.sP)(given);
    if (problem !== undefined)
        throw new errors/* SbomError */.S('SBOM_ARGUMENT_INVALID', `generateSbom: the clock's now() gave ${problem}`, { hint: 'give a clock whose now() returns a valid Date of years 0000 to 9999 (fixedClock, or clockFromSourceDateEpoch)' });
    const [catalog, created] = await Promise.all([(0,sbom_catalog/* catalogDirectory */.LI)(catalogOptions), given === undefined ? commitTime(dir).then((time) => time ?? clock/* systemClock */.ml.now()) : Promise.resolve(given)]);
    if (options.strict === true && catalog.unknowns.length > 0) {
        const listed = catalog.unknowns.map((unknown) => `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`);
        // A lockfile that parsed but refers to what it does not list is not cataloged whole either.
        const files = new Set(catalog.unknowns.map((unknown) => unknown.path)).size;
        throw new errors/* SbomError */.S('SBOM_UNKNOWNS', `${files} lockfile${files === 1 ? '' : 's'} could not be cataloged: ${listed.join('; ')}`, {
            hint: 'fix or regenerate the lockfiles named, or run without --strict to record them as unknowns in the SBOM',
        });
    }
    // A release file built from packages (a Go binary's modules) contains them.
    const contents = new Map(catalog.artifacts.map((artifact) => [artifact.name, artifact.packages]));
    const withFiles = (hashedFiles) => {
        const files = hashedFiles.map((file) => {
            const contains = contents.get(file.name);
            return contains === undefined || contains.length === 0 ? file : { ...file, contains };
        });
        const sbom = {
            root: catalog.root,
            packages: catalog.packages,
            relationships: catalog.relationships,
            unknowns: catalog.unknowns,
            files,
            created,
            tool: `trust-kit-${version/* VERSION */.x}`,
        };
        if (options.organization !== undefined)
            sbom.organization = options.organization;
        return sbom;
    };
    return { lockfiles: catalog.lockfiles, withFiles };
}
/** An SBOM as the text of a format (`spdx-json`, `cyclonedx-json`, `cyclonedx-json@1.5`, ...). */
function encodeSbom(sbom, format) {
    if (typeof sbom !== 'object' || sbom === null || !Array.isArray(sbom.packages)) {
        throw new errors/* SbomError */.S('SBOM_ARGUMENT_INVALID', `encodeSbom was given ${(0,quote/* typeName */.go)(sbom)} without packages, not an SBOM`, { hint: 'pass the sbom of what generateSbom returns ({ sbom })' });
    }
    return (0,formats/* encoderFor */.Eq)(format).encode(sbom);
}


/***/ })

};
