export const id = 2478;
export const ids = [2478];
export const modules = {

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cappedChunks),
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */
async function* cappedChunks(body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
}
/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */
async function readCapped(body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
}


/***/ }),

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   at: () => (/* binding */ describeJsonFault),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   xC: () => (/* binding */ jsonFault),
/* harmony export */   y0: () => (/* binding */ JSON_FAULT_HINT)
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
function jsonFault(text) {
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
}
/** What to do about a document with a {@link JsonFault}. */
const JSON_FAULT_HINT = 'a document every verifier reads the same names each key of an object once and nests a few levels; this one was written otherwise (by hand, or to be read two ways): do not trust it, get it again from its source';
/**
 * A {@link JsonFault} for a message, after the name of the document: `repeats the key "k" in one
 * object, on line 3` (the line left out for a document of one line, such as a line of JSON lines,
 * which its name already numbers).
 */
function describeJsonFault(fault, withLine = true) {
    const line = withLine ? `, on line ${fault.line}` : '';
    return fault.kind === 'repeated-key' ? `repeats the key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
}
/** The line (from 1) of `index` in `text`: where a JSON text another party wrote goes wrong. */
function lineAt(text, index) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
        line += 1;
    return line;
}
/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text, open) {
    for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text[quote - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
    }
    return -1;
}


/***/ }),

/***/ 71972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAttestStep: () => (/* binding */ runAttestStep)
/* harmony export */ });
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21605);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64204);



/** Attests the artifacts (SLSA provenance, an SBOM attestation per SBOM) with the session that signed the checksums file. */
const runAttestStep = async ({ config, ports, session, signature, tokens, artifacts, sbom, staging, startedOn }) => {
    // Nothing was signed (skipped), or with a key made for the run, which says nothing about who built the artifacts: nothing is attested.
    if (session === undefined || config.sign === undefined || (signature?.signer.kind === 'key' && signature.signer.ephemeral))
        return {};
    if (artifacts === undefined || staging === undefined)
        throw new Error('attest runs after hash');
    const attested = await (0,_attest_js__WEBPACK_IMPORTED_MODULE_2__/* .attestRelease */ .bZ)({
        session,
        tokens,
        artifacts: (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_0__.toSubjects)(artifacts, config.algorithm),
        sbomPaths: (sbom?.entries ?? []).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, entry.name)),
        stagingDir: staging,
        startedOn,
        env: ports.env,
        logger: ports.logger,
        retry: config.sign.retry,
        discoveryURL: ports.oidcDiscoveryURL,
    });
    return attested === undefined ? {} : { attestations: attested, written: [attested.path] };
};


/***/ })

};
