export const id = 972;
export const ids = [972];
export const modules = {

/***/ 11025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checksumsCommand: () => (/* binding */ checksumsCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/checksums/index.js + 5 modules
var checksums = __webpack_require__(42137);
// EXTERNAL MODULE: ./lib/core/digest.js
var digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
;// CONCATENATED MODULE: ./lib/config/checksums.js


/** Validates checksums inputs (`subject-path`, `algorithm`, `output`, `base`), reporting all problems at once. */
function checksumsConfig(raw, nameOf, defaults) {
    const reader = new inputs/* InputReader */.i_(raw, nameOf);
    const subjects = reader.list('subject-path');
    if (subjects.length === 0)
        reader.report('subject-path', 'names no file, directory or glob; give at least one');
    const config = {
        subjects,
        algorithm: reader.choice('algorithm', digest/* DIGEST_ALGORITHMS */.MF, 'sha256'),
        output: reader.string('output'),
        base: reader.string('base', defaults.base) ?? defaults.base,
    };
    reader.finish();
    return config;
}

// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
;// CONCATENATED MODULE: ./lib/cli/commands/checksums.js





const STATUS_TEXT = {
    ok: 'OK',
    mismatch: 'FAILED',
    missing: 'FAILED open or read (missing)',
    unreadable: 'FAILED open or read',
};
async function check(file, args, context) {
    const base = (0,external_node_path_.resolve)(context.cwd, typeof args.values.base === 'string' ? args.values.base : '.');
    const entries = await (0,checksums/* readChecksumsFile */.Fm)((0,external_node_path_.resolve)(context.cwd, file));
    const results = await (0,checksums/* checkChecksums */.PH)(entries, { base, ignoreMissing: args.values['ignore-missing'] === true });
    const quiet = args.values.quiet === true;
    for (const result of results) {
        if (quiet && result.status === 'ok')
            continue;
        context.stdout.write(`${result.entry.name}: ${STATUS_TEXT[result.status]}\n`);
    }
    const mismatched = results.filter((result) => result.status === 'mismatch').length;
    const unreadable = results.filter((result) => result.status !== 'ok' && result.status !== 'mismatch').length;
    if (mismatched > 0)
        context.stderr.write(`trust-kit: WARNING: ${mismatched} computed checksum${mismatched === 1 ? '' : 's'} did NOT match\n`);
    if (unreadable > 0)
        context.stderr.write(`trust-kit: WARNING: ${unreadable} listed file${unreadable === 1 ? '' : 's'} could not be read\n`);
    if (results.length === 0) {
        context.stderr.write(`trust-kit: WARNING: ${file}: no listed file was found\n`);
        return exit_codes/* EXIT */.d.FAILURE;
    }
    return mismatched + unreadable === 0 ? exit_codes/* EXIT */.d.OK : exit_codes/* EXIT */.d.FAILURE;
}
/** `trust-kit checksums`: write a SHA256SUMS-style file for release artifacts, or check one. */
const checksumsCommand = {
    usage: 'trust-kit checksums [--algorithm sha256|sha512] [--output FILE] [--base DIR] PATH...\n       trust-kit checksums --check FILE [--base DIR] [--ignore-missing] [--quiet]',
    help: `Each PATH is a file, a directory (searched recursively) or a glob. Files are hashed on all
cores, streamed (never held in memory), and listed sorted by name, relative to --base, in the
format \`sha256sum -c\` reads.

Options:
  -a, --algorithm ALG   sha256 (default) or sha512
  -o, --output FILE     write the checksums here (atomically); default: standard output
      --base DIR        names are relative to DIR (default: the working directory)
  -c, --check FILE      verify files against FILE (also files written by sha256sum/sha512sum)
      --ignore-missing  with --check: skip listed files that are not present
      --quiet           with --check: print only failures

Exit codes: 0 all good, 1 a mismatch, missing or unreadable file, 2 usage error.`,
    options: {
        algorithm: { type: 'string', short: 'a' },
        output: { type: 'string', short: 'o' },
        base: { type: 'string' },
        check: { type: 'string', short: 'c' },
        'ignore-missing': { type: 'boolean' },
        quiet: { type: 'boolean' },
    },
    async run(args, context) {
        if (typeof args.values.check === 'string')
            return check(args.values.check, args, context);
        const config = checksumsConfig({ ...args.values, 'subject-path': args.positionals }, (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' }), { base: '.' });
        const result = await (0,checksums/* createChecksums */.Hq)(config, context.cwd);
        if (result.outputPath === undefined)
            context.stdout.write(result.text);
        else
            context.stderr.write(`trust-kit: wrote ${result.artifacts.length} ${config.algorithm} checksums to ${config.output ?? ''}\n`);
        return exit_codes/* EXIT */.d.OK;
    },
};


/***/ }),

/***/ 62164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);




/**
 * Writes a file so that readers see either the old content or the whole new one, never a half:
 * the bytes go to a temporary sibling, are flushed, then renamed over the target. With
 * `overwrite: false` they are linked into place instead, which fails (FILE_EXISTS) if the target
 * appeared in the meantime: no check-then-write race.
 */
async function writeFileAtomic(path, data, mode = 0o644, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx', mode);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        if (options.overwrite === false) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, path).catch((error) => {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'EEXIST')
                    throw error;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('FILE_EXISTS', `${path} already exists; not overwriting it`, { cause: error, hint: 'remove it or choose another path' });
            });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        }
        else {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
        }
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('FILE_WRITE_FAILED', `could not write ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'check that the directory exists, is writable and has free space',
        });
    }
}


/***/ })

};
