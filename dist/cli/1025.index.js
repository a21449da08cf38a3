export const id = 1025;
export const ids = [1025,3871];
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
// EXTERNAL MODULE: ./lib/checksums/index.js + 3 modules
var checksums = __webpack_require__(9396);
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
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
;// CONCATENATED MODULE: ./lib/cli/commands/checksums.js






async function check(file, args, context) {
    const base = (0,external_node_path_.resolve)(context.cwd, typeof args.values.base === 'string' ? args.values.base : '.');
    const quiet = args.values.quiet === true;
    const counts = await (0,checksums.checkChecksumsFile)((0,external_node_path_.resolve)(context.cwd, file), {
        base,
        shown: file,
        ignoreMissing: args.values['ignore-missing'] === true,
        onResult: (result) => {
            if (!quiet || result.status !== 'ok')
                context.stdout.write(`${(0,checksums.reportLine)(result)}\n`);
        },
    });
    const mismatched = counts.mismatch;
    const unreadable = counts.missing + counts.unreadable;
    if (mismatched > 0)
        context.stderr.write(`trust-kit: WARNING: ${(0,plural/* counted */.h)(mismatched, 'computed checksum')} did NOT match\n`);
    if (unreadable > 0)
        context.stderr.write(`trust-kit: WARNING: ${(0,plural/* counted */.h)(unreadable, 'listed file')} could not be read\n`);
    if (counts.ok + mismatched + unreadable === 0) {
        context.stderr.write(`trust-kit: WARNING: ${file}: no listed file was found\n`);
        return exit_codes/* EXIT */.d.FAILURE;
    }
    return mismatched + unreadable === 0 ? exit_codes/* EXIT */.d.OK : exit_codes/* EXIT */.d.FAILURE;
}
/** `trust-kit checksums`: write a SHA256SUMS-style file for release artifacts, or check one. */
const checksumsCommand = {
    usage: 'trust-kit checksums [--algorithm sha256|sha512] [--output FILE] [--base DIR] PATH...\n       trust-kit checksums --check FILE [--base DIR] [--ignore-missing] [--quiet]',
    help: `Each PATH is a file, a directory (searched recursively; .git is skipped unless named itself)
or a glob. Files are hashed on all cores, streamed (never held in memory), and listed sorted by
name, relative to --base, in the format \`sha256sum -c\` reads.

Options:
  -a, --algorithm ALG   sha256 (default) or sha512
  -o, --output FILE     write the checksums here (atomically); default: standard output
      --base DIR        names are relative to DIR (default: the working directory)
  -c, --check FILE      verify files against FILE (also files written by sha256sum/sha512sum)
      --ignore-missing  with --check: skip listed files that are not present
      --quiet           with --check: print only failures

A flag of the other mode (--output with --check, --quiet without it) is a usage error, not ignored.

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
        const checking = typeof args.values.check === 'string';
        // A flag of the other mode would be ignored silently: a usage error instead, before any file is read.
        const misplaced = checking
            ? [...(args.values.algorithm === undefined ? [] : ['algorithm']), ...(args.values.output === undefined ? [] : ['output']), ...(args.positionals.length === 0 ? [] : ['subject-path'])]
            : [...(args.values['ignore-missing'] === undefined ? [] : ['ignore-missing']), ...(args.values.quiet === undefined ? [] : ['quiet'])];
        if (misplaced.length > 0) {
            const nameOf = (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' });
            throw new inputs/* ConfigError */.xL(misplaced.map((name) => ({ input: nameOf(name), message: checking ? 'has no effect with --check (the checksums file names the files and their algorithm)' : 'applies only with --check FILE' })));
        }
        if (checking)
            return check(args.values.check, args, context);
        const config = checksumsConfig({ ...args.values, 'subject-path': args.positionals }, (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' }), { base: '.' });
        const result = await (0,checksums.createChecksums)(config, context.cwd);
        if (result.outputPath === undefined)
            context.stdout.write(result.text);
        else
            context.stderr.write(`trust-kit: wrote ${(0,plural/* counted */.h)(result.artifacts.length, `${config.algorithm} checksum`)} to ${config.output ?? ''}\n`);
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


/***/ })

};
