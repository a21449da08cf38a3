export const id = 7452;
export const ids = [7452,3871];
export const modules = {

/***/ 95110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var outputFormat = (function (values) {
    const { json } = values;
    // Without regard to case or blanks around it, as every other choice (--algorithm ' SHA512 ', --format SPDX-JSON).
    const format = typeof values.format === 'string' ? values.format.trim().toLowerCase() : values.format;
    const issues = [];
    if (format !== undefined && format !== 'text' && format !== 'json')
        issues.push({ input: '--format', message: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(String(values.format))}; expected text or json` });
    if (format === 'text' && json === true)
        issues.push({ input: '--json', message: 'contradicts --format text; give one of them' });
    return { json: format === 'json' || (format === undefined && json === true), issues };
});var shown = (function (value) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(value, 1000);
});var describeVerified = (function (result) {
    const lines = [];
    if (result.signer.kind === 'certificate') {
        // A policy may match the identity by a pattern and names no other extension: each is the certificate's to fill.
        const { subjectAlternativeName, issuer, extensions } = result.signer;
        lines.push(`  signer:     ${shown(subjectAlternativeName)}`, `  issuer:     ${shown(issuer)}`);
        if (extensions.sourceRepositoryURI !== undefined)
            lines.push(`  repository: ${shown(extensions.sourceRepositoryURI)} (${shown(extensions.sourceRepositoryRef ?? '?')}@${shown(extensions.sourceRepositoryDigest ?? '?')})`);
        lines.push(`  trust:      ${result.signer.trustRoot}`);
    }
    else {
        lines.push(`  signer:     key ${result.signer.source}`);
    }
    for (const entry of result.tlogEntries)
        lines.push(`  log entry:  ${shown(entry.baseUrl)} index ${entry.logIndex}${entry.integratedTime === undefined ? '' : `, integrated ${entry.integratedTime.toISOString()}`}`);
    if (result.uncheckedTlogEntries > 0)
        lines.push(`  log entry:  ${result.uncheckedTlogEntries} not checked (no --trusted-root given)`);
    for (const timestamp of result.timestamps.filter(((entry) => entry.source === 'timestamp-authority')))
        lines.push(`  timestamp:  ${timestamp.time.toISOString()} (RFC 3161)`);
    if (result.statement !== undefined)
        lines.push(`  statement:  ${shown(result.statement.predicateType)} about ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .counted */ .h)(result.statement.subjects.length, 'subject')}`);
    return lines;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_EXIT_HELP: (() => (/* binding */ VERIFY_EXIT_HELP)),
/* harmony export */   VERIFY_HELP: (() => (/* binding */ VERIFY_HELP)),
/* harmony export */   VERIFY_OPTIONS: (() => (/* binding */ VERIFY_OPTIONS)),
/* harmony export */   describeVerified: (() => (/* binding */ describeVerified)),
/* harmony export */   outputFormat: (() => (/* binding */ outputFormat)),
/* harmony export */   shown: (() => (/* binding */ shown)),
/* harmony export */   verifyBlobCommand: (() => (/* binding */ verifyBlobCommand))
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66097);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53871);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40409);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92701);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27444);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32985);








/** The flags every verification command shares, with cosign's names. */
const VERIFY_OPTIONS = {
    bundle: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-identity-regexp': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'certificate-oidc-issuer-regexp': { type: 'string' },
    repo: { type: 'string' },
    'signer-workflow': { type: 'string' },
    'source-ref': { type: 'string' },
    'trusted-root': { type: 'string' },
    key: { type: 'string' },
    'insecure-ignore-tlog': { type: 'boolean' },
    format: { type: 'string' },
    json: { type: 'boolean' },
};
/**
 * How a verify command prints: `--format text|json`, with `--json` (cosign's flag) for json in every
 * one of them; `--format text` beside `--json` contradicts it and is reported with the other inputs.
 */

/** Help lines for {@link VERIFY_OPTIONS}. */
const VERIFY_HELP = `Policy (who must have signed; identities match exactly unless a -regexp flag is used,
and regular expressions, in RE2 syntax as cosign reads them, must match the whole value):
      --certificate-identity ID          the certificate's identity (SAN), exactly
      --certificate-identity-regexp RE   ... or a regular expression for it
      --certificate-oidc-issuer URL      the OIDC issuer, exactly
      --certificate-oidc-issuer-regexp RE
      --repo OWNER/NAME                  GitHub: signed in a workflow of this repository (issuer defaults
                                         to https://token.actions.githubusercontent.com)
      --signer-workflow OWNER/REPO/PATH[@REF]
                                         GitHub: signed by this workflow (for reusable workflows)
      --source-ref REF                   GitHub: signed in a run for this ref, e.g. refs/tags/v1.2.3
                                         (a reusable workflow's identity names its own ref, the
                                         same for every branch that calls it: this pins the tag)
      --key PUB.pem                      a bundle signed with a local key (trust-kit generate-key-pair);
                                         it must carry a transparency-log entry, verified against the
                                         trusted root (public-good's through TUF unless --trusted-root),
                                         as cosign requires for --key
      --insecure-ignore-tlog             with --key: accept a bundle without a log entry (signed
                                         offline, as trust-kit's key signing does), as cosign's flag;
                                         nothing then shows the signature in a public log

Output:
      --format text|json                 json prints what was verified as JSON on standard output
      --json                             the same as --format json

Trust:
      --trusted-root FILE                trusted_root.json, or the JSONL \`gh attestation trusted-root\`
                                         prints; verifies offline. Default, as \`gh attestation verify\`
                                         decides: GitHub's root through its TUF repository
                                         (https://tuf-repo.github.com) when the certificate's issuer
                                         names the organization "GitHub, Inc." (GitHub's Fulcio, private
                                         repositories), else the public-good root through TUF.`;
/** The exit codes every verification command shares; each command's help goes on, on the next line, from 5 with its own. */
const VERIFY_EXIT_HELP = `Exit codes: 0 verified, 1 unreadable input, 2 usage error, 3 verification failed (VERIFY_*),
4 valid signature by another signer (VERIFY_POLICY_*),`;
/** A value a signer or a bundle chose, as a report line shows it: printable (a certificate's fields can hold C1 controls), and at most 1,000 characters. */

/** The lines describing a verified signature: signer, issuer, repository, log entries and times. */

/** `trust-kit verify-blob`: verify a Sigstore bundle for a file (or a `sha256:` digest) under an exact identity policy. */
const verifyBlobCommand = {
    usage: 'trust-kit verify-blob FILE|sha256:HEX --bundle FILE.sigstore.json (--certificate-identity ID --certificate-oidc-issuer URL | --repo OWNER/NAME | --key PUB.pem [--insecure-ignore-tlog]) [--trusted-root FILE]',
    help: `Verifies offline that the bundle signs FILE (a message signature over it, or a DSSE in-toto
statement naming it as a subject), that its certificate chains to the trusted root, that its
transparency-log entry or signed timestamp proves when it was signed, and that the signer is
the one the policy names. FILE may be sha256:<hex> to verify by digest alone.

      --bundle FILE                      the Sigstore bundle (v0.1 to v0.3)

${VERIFY_HELP}

${VERIFY_EXIT_HELP}
5 the bundle is a DSSE attestation about other artifacts (VERIFY_SUBJECT_MISMATCH).`,
    options: VERIFY_OPTIONS,
    reportsFlagIssues: true,
    async run(args, context) {
        const count = args.positionals.length === 1 ? [] : [{ input: 'argument FILE', message: `is one file (or sha256:<hex>), got ${args.positionals.length}` }];
        // FILE given as a digest (as verifyArtifact reads it) that is malformed is a bad argument, not an input that failed to verify.
        const digest = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedValues */ .pc)(args.positionals.slice(0, 1).filter(((artifact) => (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestArgument */ .er)(artifact) !== undefined)), 'argument FILE', ((artifact) => (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigestReference */ .Dn)((0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestArgument */ .er)(artifact) ?? artifact)));
        const output = outputFormat(args.values);
        await (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPatternsOf */ .BT)(args.values);
        const config = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .withEarlierIssues */ .ZB)([...args.issues, ...count, ...digest, ...output.issues], (() => (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyConfig */ .wW)(args.values, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cliNamer */ .qy)())));
        const artifact = args.positionals[0];
        const [bundle, policy] = await Promise.all([(0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundleFile */ .zi)(config.bundle, context.cwd), (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePolicy */ .nZ)(config.policy, context.cwd)]);
        const trust = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrust */ .vO)(config, context.cwd, bundle, (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustSourcesFrom */ .zl)(context.env, (0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D)(context.stderr)));
        const result = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyArtifact */ .oc)(bundle, artifact, policy, trust, context.cwd, config.bundle);
        if (output.json)
            context.stdout.write(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonOutput */ .W3)({ artifact, verified: result }, 2)}\n`);
        // A digest given as the artifact is said once.
        else
            context.stdout.write(`Verified OK: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .shownFile */ .G)(artifact)}${artifact === `${result.artifact.algorithm}:${result.artifact.hex}` ? '' : ` (${result.artifact.algorithm}:${result.artifact.hex})`}\n${describeVerified(result).join('\n')}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


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

/***/ 69085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPublicKey = (function (pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
        }
        // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
        if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
        }
        if (pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    try {
        return { kind: 'key', publicKey: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' }), source, transparencyLog };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: (() => (/* binding */ loadPublicKey))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);


/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */



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



/***/ }),

/***/ 91966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPrehashedVerifier = (async function () {
    const { p256, p384 } = await __webpack_require__.e(/* import() */ 3260).then(__webpack_require__.bind(__webpack_require__, 13260));
    return ((key, digest, signature) => {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
        if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
        }
        let raw = rawKeys.get(key);
        if (raw === undefined) {
            const jwk = key.export({ format: 'jwk' });
            raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
            rawKeys.set(key, raw);
        }
        try {
            return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
        }
        catch {
            return false;
        }
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: (() => (/* binding */ loadPrehashedVerifier))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5447);

const rawKeys = new WeakMap();
/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */



/***/ })

};
