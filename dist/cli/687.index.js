export const id = 687;
export const ids = [687,135];
export const modules = {

/***/ 26161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyChecksumsCommand: () => (/* binding */ verifyChecksumsCommand)
/* harmony export */ });
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87220);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40409);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92701);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54418);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);
/* harmony import */ var _verify_blob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95110);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32985);









/** At most this many failures are named in the error; the output lists every one. */
const NAMED_FAILURES = 20;
function describeFailure(result) {
    return `${result.entry.name} (${result.status === 'mismatch' ? `expected ${result.entry.algorithm}:${result.entry.hex}, found ${result.entry.algorithm}:${result.actual ?? '?'}` : result.status})`;
}
/** Throws VERIFY_ARTIFACT_MISMATCH when any artifact failed or none was checked. */
function failIfAny(checksumsPath, failures, names, checked) {
    if (failures > 0) {
        const shown = names.slice(0, NAMED_FAILURES);
        const more = failures > shown.length ? `; and ${failures - shown.length} more` : '';
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_8__/* .counted */ .h)(failures, 'artifact')} ${failures === 1 ? 'does' : 'do'} not match the signed ${checksumsPath}: ${shown.join('; ')}${more}`, {
            hint: 'do not use these files: download them again from the release, and check that they belong to it',
        });
    }
    if (checked === 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `no file listed in ${checksumsPath} was found, so no artifact was checked`, { hint: 'name the downloaded files, or pass --base DIR where they are' });
    }
}
/** `trust-kit verify-checksums`: verify a signed checksums file, then the downloaded artifacts against it. */
const verifyChecksumsCommand = {
    usage: 'trust-kit verify-checksums SHA256SUMS --bundle SHA256SUMS.sigstore.json <policy> [--base DIR] [FILE...]',
    help: `Verifies the checksums file's bundle exactly as verify-blob does, then checks each FILE
against the signed checksums (each must be listed). Without FILE, checks every listed file that is
present under --base (default: the checksums file's directory), like \`sha256sum -c --ignore-missing\`.

      --bundle FILE                      the checksums file's Sigstore bundle
      --base DIR                         directory the listed names are relative to

${_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_HELP}`,
    options: { ..._verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.VERIFY_OPTIONS, base: { type: 'string' } },
    async run(args, context) {
        const [checksumsPath, ...files] = args.positionals;
        if (checksumsPath === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('CLI_USAGE', 'verify-checksums needs the checksums file (e.g. SHA256SUMS)', { hint: 'run `trust-kit verify-checksums --help`' });
        const config = (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyConfig */ .w)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .cliNamer */ .qy)());
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrust */ .vO)(config, context.cwd, bundle);
        const base = typeof args.values.base === 'string' ? args.values.base : undefined;
        if (args.values.json === true) {
            const outcome = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .verifySignedChecksums */ .Oc)({ checksumsPath, bundleJson: bundle, policy, trust, files, base, cwd: context.cwd });
            const artifacts = [
                ...outcome.results.map((result) => ({ name: result.entry.name, status: result.status, expected: `${result.entry.algorithm}:${result.entry.hex}`, ...(result.actual === undefined ? {} : { found: `${result.entry.algorithm}:${result.actual}` }) })),
                ...outcome.unlisted.map((file) => ({ name: file, status: 'unlisted' })),
            ];
            context.stdout.write(`${JSON.stringify({ checksums: checksumsPath, verified: outcome.signature, artifacts }, null, 2)}\n`);
            const failed = outcome.results.filter((result) => result.status !== 'ok');
            failIfAny(checksumsPath, failed.length + outcome.unlisted.length, [...failed.map(describeFailure), ...outcome.unlisted.map((file) => `${file} (not listed)`)], outcome.results.length);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
        }
        const verified = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyChecksumsSignature */ .mn)({ checksumsPath, bundleJson: bundle, policy, trust, cwd: context.cwd });
        context.stdout.write(`Verified OK: ${checksumsPath}\n${(0,_verify_blob_js__WEBPACK_IMPORTED_MODULE_7__.describeVerified)(verified.signature).join('\n')}\n`);
        // Streamed: each line is printed as it is checked, and only the first failures are kept for the error.
        const named = [];
        const { counts, unlisted } = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVerifiedChecksums */ .tm)(verified, {
            files,
            base,
            cwd: context.cwd,
            onResult: (result) => {
                context.stdout.write(`${(0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_0__.reportLine)(result)}\n`);
                if (result.status !== 'ok' && named.length < NAMED_FAILURES)
                    named.push(describeFailure(result));
            },
        });
        for (const file of unlisted)
            context.stdout.write(`${file}: FAILED (not listed in ${checksumsPath})\n`);
        const failures = counts.mismatch + counts.missing + counts.unreadable + unlisted.length;
        failIfAny(checksumsPath, failures, [...named, ...unlisted.slice(0, NAMED_FAILURES).map((file) => `${file} (not listed)`)], counts.ok + failures - unlisted.length);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
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

/***/ 54418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G),
/* harmony export */   IF: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_5__.I),
/* harmony export */   PP: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.PP),
/* harmony export */   ak: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.ak),
/* harmony export */   cx: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.cx),
/* harmony export */   pV: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.pV),
/* harmony export */   qQ: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.qQ),
/* harmony export */   wC: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.wC)
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69085);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20031);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29152);








/***/ })

};
