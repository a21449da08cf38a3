export const id = 7288;
export const ids = [7288];
export const modules = {

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var jsonFault = (function (text) {
    const structure = /[{}[\],"]/g;
    const objects = [];
    let keyNext = false;
    for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
        const char = match[0];
        if (char === '{' || char === '[') {
            if (objects.length === MAX_JSON_DEPTH)
                return { kind: 'too-deep', line: lineAt(text, match.index) };
            objects.push(char === '{' ? new Set() : undefined);
            keyNext = char === '{';
        }
        else if (char === '}' || char === ']') {
            objects.pop();
        }
        else if (char === ',') {
            keyNext = objects.at(-1) !== undefined;
        }
        else {
            const end = closingQuote(text, match.index);
            if (end === -1)
                return undefined;
            if (keyNext) {
                const keys = objects.at(-1);
                const key = JSON.parse(text.slice(match.index, end + 1));
                if (keys.has(key))
                    return { kind: 'repeated-key', key, line: lineAt(text, match.index) };
                keys.add(key);
                keyNext = false;
            }
            structure.lastIndex = end + 1;
        }
    }
    return undefined;
});var describeJsonFault = (function (fault, withLine = true) {
    const line = withLine ? `, on line ${fault.line}` : '';
    return fault.kind === 'repeated-key' ? `repeats the key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
});var jsonErrorLine = (function (text, message) {
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined)
        return lineAt(text, Number(position));
    if (message.includes('end of JSON input'))
        return lineAt(text, text.trimEnd().length);
    const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (snippet === null)
        return undefined;
    const [, token = '', leading, context = '', trailing] = snippet;
    const at = text.indexOf(context);
    if (at === -1 || text.indexOf(context, at + 1) !== -1)
        return undefined;
    // V8 shows 10 characters either side of the bad token, with "..." where it cut the text.
    const inContext = leading !== undefined ? 10 : context.lastIndexOf(token, trailing === undefined ? context.length : context.length - 10);
    return lineAt(text, at + Math.max(0, inContext));
});var jsonSyntaxProblem = (function (text, error, options = {}) {
    const message = error instanceof Error ? error.message : String(error);
    const line = options.withLine === false ? undefined : jsonErrorLine(text, message);
    const unquoted = message.replace(/^Unexpected token '[\s\S]+?', (?:\.\.\.)?"[\s\S]*?"(?:\.\.\.)? is not valid JSON/, 'Unexpected token: not valid JSON');
    const said = (unquoted.split('\n')[0] ?? '').replace(/ \(line \d+ column \d+\)$/, '');
    return `${line === undefined ? '' : `line ${line}: `}${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(said, 200)}`;
});var lineAt = (function (text, index) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
        line += 1;
    return line;
});var closingQuote = (function (text, open) {
    for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text[quote - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
    }
    return -1;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: (() => (/* binding */ jsonErrorLine)),
/* harmony export */   F1: (() => (/* binding */ jsonSyntaxProblem)),
/* harmony export */   at: (() => (/* binding */ describeJsonFault)),
/* harmony export */   mh: (() => (/* binding */ lineAt)),
/* harmony export */   xC: (() => (/* binding */ jsonFault)),
/* harmony export */   y0: (() => (/* binding */ JSON_FAULT_HINT))
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
// JSON as other parties wrote it: what JSON.parse alone does not say about a text.

/**
 * How deep a JSON text another party wrote may nest: far deeper than any bundle, trusted root,
 * signing config or in-toto statement (a few levels; an SBOM predicate a few dozen), shallow enough
 * that no reader of the parsed value (a recursive walk, JSON.stringify) runs out of stack.
 */
const MAX_JSON_DEPTH = 512;
/**
 * The first {@link JsonFault} of a valid JSON text, if any. It jumps from one structural character
 * to the next (a regular expression and indexOf skip strings, numbers and whitespace natively), so a
 * bundle of tens of MiB (a DSSE payload) costs little, and a small one little at start-up; memory
 * is the keys of the open objects, at most {@link MAX_JSON_DEPTH} of them deep.
 */

/** What to do about a document with a {@link JsonFault}. */
const JSON_FAULT_HINT = 'a document every verifier reads the same names each key of an object once and nests a few levels; this one was written otherwise (by hand, or to be read two ways): do not trust it, get it again from its source';
/**
 * A {@link JsonFault} for a message, after the name of the document: `repeats the key "k" in one
 * object, on line 3` (the line left out for a document of one line, such as a line of JSON lines,
 * which its name already numbers).
 */

/**
 * The line of a JSON.parse error: V8 gives a position for some errors, only a snippet of the
 * text around the bad token for others (`Unexpected token '}', ..."ckages": [}" is not valid
 * JSON`), and nothing at the end of the input.
 */

/**
 * What JSON.parse said of a text that is not JSON, for a message about a file: the line it stopped
 * at when it can be told, and its first words, printable and bounded, without the text V8 quotes
 * around a bad token: a file given by mistake (a token, a key) would have its first characters
 * printed to a log others read. V8's own `(line N column M)` is left out where the line is told
 * first; `withLine: false` leaves the line out (a line of a JSON-lines file, numbered already).
 */

/** The line (from 1) of `index` in `text`: where a JSON text another party wrote goes wrong. */

/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */



/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ }),

/***/ 11246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var releaseAttestationTokens = (async function (config, sign, env) {
    if (config.attest === 'off')
        return undefined;
    const tokens = await (0,provenance/* requestAttestationTokens */.qD)(env, sign.retry, sign.key === undefined);
    if (tokens === undefined && config.attest === 'required')
        throw (0,errors/* provenanceUnavailable */.k)();
    return tokens;
});var sbomPredicate = (async function (path, artifacts, logger) {
    try {
        const bytes = await (0,files/* readRegularFile */.XF)(path, { maxBytes: statement/* MAX_PREDICATE_BYTES */.pB, what: 'SBOM' });
        const statements = Math.ceil(artifacts / statement/* MAX_SUBJECTS_PER_STATEMENT */.$h);
        // The file's length bounds the predicate's (its JSON written compactly): no second serialization of a document of up to 16 MB.
        if (statements * bytes.length > statement/* MAX_STATEMENTS_PREDICATE_BYTES */.AC) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} (${bytes.length} bytes) would be carried by each of the ${statements} statements ${(0,plural/* counted */.h)(artifacts, 'artifact')} take, more than the ${statement/* MAX_STATEMENTS_PREDICATE_BYTES */.AC} bytes one run signs; it is published, but not attested`);
            return undefined;
        }
        return (0,predicates/* predicateFromSbom */.xZ)(bytes, (0,external_node_path_.basename)(path));
    }
    catch (error) {
        // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
        if ((0,core_errors/* isTrustKitError */.Nf)(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
            return undefined;
        }
        throw error;
    }
});var releasePredicateTypes = (async function (input) {
    const types = input.claims === undefined ? [] : [predicates/* SLSA_PROVENANCE_V1 */.us];
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts, logger/* silentLogger */.qq);
        if (predicate !== undefined)
            types.push(predicate.predicateType);
    }
    return types;
});var attestRelease = (async function (input) {
    const predicates = [];
    if (input.tokens !== undefined) {
        const run = await (0,context/* readRunContext */.$p)(input.env);
        predicates.push(await (0,provenance/* provenanceFromToken */.xt)(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: (0,proxy.proxySettingsFrom)(input.env) }));
    }
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts.length, input.logger);
        if (predicate !== undefined)
            predicates.push(predicate);
    }
    if (predicates.length === 0)
        return undefined;
    if (input.artifacts.length === 0)
        throw new errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
    const statements = predicates.flatMap(((predicate) => (0,statement/* buildStatements */.n5)(input.artifacts, predicate)));
    const attestations = await (0,sign/* signStatements */.Kv)(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, names/* ATTESTATIONS_FILE */.jn);
    await (0,files/* writeFileAtomic */.qD)(path, (0,sign/* attestationFileText */.kn)(attestations));
    const predicateTypes = predicates.map(((predicate) => predicate.predicateType));
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${names/* ATTESTATIONS_FILE */.jn}`);
    return { path, predicateTypes };
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jn: (() => (/* reexport */ names/* ATTESTATIONS_FILE */.jn)),
  bZ: (() => (/* binding */ attestRelease)),
  qR: (() => (/* binding */ releaseAttestationTokens)),
  gl: (() => (/* binding */ releasePredicateTypes))
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/attest/errors.js
var errors = __webpack_require__(98114);
// EXTERNAL MODULE: ./lib/attest/predicates/index.js + 3 modules
var predicates = __webpack_require__(21957);
// EXTERNAL MODULE: ./lib/attest/provenance.js + 1 modules
var provenance = __webpack_require__(86897);
// EXTERNAL MODULE: ./lib/attest/sign.js
var sign = __webpack_require__(1880);
// EXTERNAL MODULE: ./lib/attest/statement.js
var statement = __webpack_require__(98316);
// EXTERNAL MODULE: ./lib/attest/subjects.js
var subjects = __webpack_require__(82728);
;// CONCATENATED MODULE: ./lib/attest/index.js
/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */







// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/attest.js












/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
 */

/**
 * An SBOM's attestation predicate, or undefined (said as a warning) when it is not attested: larger
 * than an attestation may hold, or than `artifacts` statements (1,024 subjects each, each carrying
 * the whole SBOM, which lists every artifact) may carry in one run; the SBOM is published and
 * covered by the signed checksums either way. A release of 10,000 artifacts failed there.
 */

/**
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */

/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */



/***/ }),

/***/ 71972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAttestStep: (() => (/* binding */ runAttestStep))
/* harmony export */ });
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72555);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11246);



/** Attests the artifacts (SLSA provenance, an SBOM attestation per SBOM) with the session that signed the checksums file. */
const runAttestStep = (async ({ config, ports, session, signature, tokens, artifacts, sbom, staging }) => {
    // Nothing was signed (skipped), or with a key made for the run, which says nothing about who built the artifacts: nothing is attested.
    if (session === undefined || config.sign === undefined || (signature?.signer.kind === 'key' && signature.signer.ephemeral))
        return {};
    if (artifacts === undefined || staging === undefined)
        throw new Error('attest runs after hash');
    const attested = await (0,_attest_js__WEBPACK_IMPORTED_MODULE_2__/* .attestRelease */ .bZ)({
        session,
        tokens,
        artifacts: (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_0__.toSubjects)(artifacts, config.algorithm),
        sbomPaths: (sbom?.entries ?? []).map(((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name))),
        stagingDir: staging,
        env: ports.env,
        logger: ports.logger,
        retry: config.sign.retry,
        discoveryURL: ports.oidcDiscoveryURL,
    });
    return attested === undefined ? {} : { attestations: attested, written: [attested.path] };
});


/***/ })

};
