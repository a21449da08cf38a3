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
    const entries = await (0,checksums.readChecksumsFile)((0,external_node_path_.resolve)(context.cwd, file));
    const results = await (0,checksums.checkChecksums)(entries, { base, ignoreMissing: args.values['ignore-missing'] === true });
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
        const result = await (0,checksums.createChecksums)(config, context.cwd);
        if (result.outputPath === undefined)
            context.stdout.write(result.text);
        else
            context.stderr.write(`trust-kit: wrote ${result.artifacts.length} ${config.algorithm} checksums to ${config.output ?? ''}\n`);
        return exit_codes/* EXIT */.d.OK;
    },
};


/***/ }),

/***/ 66097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   qy: () => (/* binding */ cliNamer),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export actionInputName */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Names inputs the way action users write them. */
const actionInputName = (name) => `input "${name}"`;
/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */
function cliNamer(positionals = {}) {
    return (name) => {
        const positional = positionals[name];
        return positional === undefined ? `--${name}` : `argument ${positional}`;
    };
}
/** Every bad input of one call, reported together so the user fixes them in one go. */
class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    issues;
    constructor(issues) {
        const lines = issues.map((issue) => `${issue.input}: ${issue.message}`);
        super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, {
            hint: 'fix the inputs named above; `trust-kit <command> --help` and the action docs list what each accepts',
        });
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
class InputReader {
    raw;
    nameOf;
    issues = [];
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    /** Records a problem with an input; validation goes on. */
    report(name, message) {
        this.issues.push({ input: this.nameOf(name), message });
    }
    /** A trimmed string, or `fallback` when it is absent or blank. */
    string(name, fallback) {
        const value = this.raw[name];
        if (value === undefined || value === false)
            return fallback;
        if (typeof value !== 'string') {
            this.report(name, 'expected a single value');
            return fallback;
        }
        const trimmed = value.trim();
        return trimmed === '' ? fallback : trimmed;
    }
    /** A string that must be present. */
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            this.report(name, 'is required');
        return value;
    }
    /**
     * A list: an action input is one string holding it, newline- or comma-separated as users write
     * it in YAML, and each item is trimmed; repeated flags and positional arguments arrive one value
     * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
     */
    list(name) {
        const value = this.raw[name];
        if (value === undefined || typeof value === 'boolean')
            return [];
        if (typeof value !== 'string')
            return value.filter((part) => typeof part === 'string' && part.trim() !== '');
        return value
            .split(/[\n,]/)
            .map((part) => part.trim())
            .filter((part) => part !== '');
    }
    /** One of a fixed set of values. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const normalised = value.toLowerCase();
        if (allowed.includes(normalised))
            return normalised;
        this.report(name, `is "${value}"; expected one of ${allowed.join(', ')}`);
        return fallback;
    }
    /** Several values, each from a fixed set, deduplicated in the order given. */
    choices(name, allowed, fallback) {
        // Names of choices never hold commas, so `--format a,b` is split like an action input.
        const values = this.list(name).flatMap((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
        if (values.length === 0)
            return [...fallback];
        const chosen = [];
        for (const value of values) {
            const normalised = value.toLowerCase();
            if (!allowed.includes(normalised)) {
                this.report(name, `has "${value}"; expected one or more of ${allowed.join(', ')}`);
            }
            else if (!chosen.includes(normalised)) {
                chosen.push(normalised);
            }
        }
        return chosen;
    }
    /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
    boolean(name, fallback) {
        const value = this.raw[name];
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        if (typeof value !== 'string') {
            this.report(name, 'expected true or false');
            return fallback;
        }
        const trimmed = value.trim();
        if (trimmed === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(trimmed))
            return true;
        if (['false', 'False', 'FALSE'].includes(trimmed))
            return false;
        this.report(name, `is "${trimmed}"; expected true or false`);
        return fallback;
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new ConfigError(this.issues);
    }
}


/***/ }),

/***/ 62164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   h: () => (/* binding */ prepareFileAtomic)
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
    await (await prepareFileAtomic(path, data, mode, options)).commit();
}
/** Writes `data` to a flushed temporary sibling of `path`, to be put in place by {@link PreparedFile.commit}. */
async function prepareFileAtomic(path, data, mode = 0o644, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const discard = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
    const failed = async (error) => {
        await discard();
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('FILE_WRITE_FAILED', `could not write ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'check that the directory exists, is writable and has free space',
        });
    };
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
    }
    catch (error) {
        return failed(error);
    }
    const commit = async () => {
        try {
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
            await failed(error);
        }
    };
    return { commit, discard };
}


/***/ })

};
