export const id = 7776;
export const ids = [7776];
export const modules = {

/***/ 63712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var asciiLowerCase = (function (text) {
    return text.replace(/[A-Z]/g, ((letter) => letter.toLowerCase()));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: (() => (/* binding */ asciiLowerCase))
/* harmony export */ });
/**
 * ASCII letters lowercased, nothing else: GitHub compares owner, repository and asset names so,
 * while Unicode lowercasing maps the Kelvin sign to `k` and would make two names one.
 */



/***/ }),

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

/***/ 30396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var bytes = (function (value) {
    return typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
});var text = (function (value, absent = '') {
    return typeof value === 'string' ? value : absent;
});var object = (function (value) {
    return typeof value === 'object' && value !== null ? value : undefined;
});var list = (function (value) {
    return Array.isArray(value) ? value : [];
});var expectOneOf = (function (value, where, members) {
    const present = members.filter(((member) => value[member] !== undefined && value[member] !== null));
    if (present.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `the ${where} holds ${present.join(' and ')}; expected only one of ${members.join(', ')}`);
});var logEntry = (function (entry) {
    const logId = object(entry.logId);
    const kindVersion = object(entry.kindVersion);
    const promise = object(entry.inclusionPromise);
    const proof = object(entry.inclusionProof);
    const checkpoint = object(proof?.checkpoint);
    return {
        logIndex: text(entry.logIndex, '0'),
        ...(logId === undefined ? {} : { logId: { keyId: bytes(logId.keyId) } }),
        ...(kindVersion === undefined ? {} : { kindVersion: { kind: text(kindVersion.kind), version: text(kindVersion.version) } }),
        integratedTime: text(entry.integratedTime, '0'),
        ...(promise === undefined ? {} : { inclusionPromise: { signedEntryTimestamp: bytes(promise.signedEntryTimestamp) } }),
        ...(proof === undefined
            ? {}
            : {
                inclusionProof: {
                    logIndex: text(proof.logIndex, '0'),
                    rootHash: bytes(proof.rootHash),
                    treeSize: text(proof.treeSize, '0'),
                    hashes: list(proof.hashes).map(bytes),
                    ...(checkpoint === undefined ? {} : { checkpoint: { envelope: text(checkpoint.envelope) } }),
                },
            }),
        canonicalizedBody: bytes(entry.canonicalizedBody),
    };
});var decodeBundle = (function (json) {
    const mediaType = object(json)?.mediaType;
    // cosign 2's own format (`sign-blob --bundle` without --new-bundle-format): said as such, with how to make the one verifiers share.
    if (mediaType === undefined && typeof object(json)?.base64Signature === 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', "not a Sigstore bundle: it is cosign 2's own bundle format (base64Signature, cert, rekorBundle), which `cosign sign-blob --bundle` writes without --new-bundle-format", {
            hint: 'sign again with `cosign sign-blob --new-bundle-format --bundle FILE.sigstore.json` (cosign 2.4 or later; cosign 3 writes it by default), or verify this one with cosign 2',
        });
    }
    if (typeof mediaType !== 'string' || !MEDIA_TYPES.has(mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `not a Sigstore bundle: expected mediaType ${[...MEDIA_TYPES].join(' or ')}, found ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(mediaType ?? null)}`);
    }
    const malformed = ((problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `malformed ${mediaType} bundle: ${problem}`));
    const violation = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .findShapeViolation */ .I4)(json, _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SHAPE */ .$Y, '', true);
    if (violation !== undefined)
        throw malformed(`${violation.path} ${violation.problem}`);
    const bundle = json;
    expectOneOf(bundle, 'bundle', ['messageSignature', 'dsseEnvelope']);
    const material = object(bundle.verificationMaterial);
    if (material !== undefined)
        expectOneOf(material, 'verificationMaterial', ['publicKey', 'x509CertificateChain', 'certificate']);
    const invalid = [];
    const messageSignature = object(bundle.messageSignature);
    const envelope = object(bundle.dsseEnvelope);
    let content;
    if (messageSignature !== undefined) {
        const digest = object(messageSignature.messageDigest);
        const algorithm = text(digest?.algorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        if (!HASH_ALGORITHMS.has(algorithm))
            throw malformed(`messageSignature.messageDigest.algorithm ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(algorithm, 40)} is not a hash algorithm (${[...HASH_ALGORITHMS].join(', ')})`);
        content = { $case: 'messageSignature', messageSignature: { messageDigest: { algorithm, digest: bytes(digest?.digest) }, signature: bytes(messageSignature.signature) } };
        if (digest === undefined)
            invalid.push('messageSignature.messageDigest');
        else if (content.messageSignature.messageDigest.digest.length === 0)
            invalid.push('messageSignature.messageDigest.digest');
        if (content.messageSignature.signature.length === 0)
            invalid.push('messageSignature.signature');
    }
    else if (envelope !== undefined) {
        const signatures = list(envelope.signatures).map(((signature) => ({ sig: bytes(signature.sig), keyid: text(signature.keyid) })));
        content = { $case: 'dsseEnvelope', dsseEnvelope: { payload: bytes(envelope.payload), payloadType: text(envelope.payloadType), signatures } };
        if (content.dsseEnvelope.payload.length === 0)
            invalid.push('dsseEnvelope.payload');
        // More than one is no missing field: said as what it is, as cosign says it (one signature is verified, and which would be a choice).
        if (signatures.length > 1)
            throw malformed(`dsseEnvelope.signatures holds ${signatures.length} signatures; a Sigstore bundle's envelope holds exactly one`);
        if (signatures.length !== 1)
            invalid.push('dsseEnvelope.signatures');
        else if (signatures[0]?.sig.length === 0)
            invalid.push('dsseEnvelope.signatures[0].sig');
    }
    else {
        invalid.push('messageSignature or dsseEnvelope');
    }
    let verification;
    const entries = list(material?.tlogEntries).map(logEntry);
    if (material === undefined) {
        invalid.push('verificationMaterial');
    }
    else {
        const publicKey = object(material.publicKey);
        const chain = object(material.x509CertificateChain);
        const certificate = object(material.certificate);
        if (publicKey !== undefined) {
            verification = { $case: 'publicKey', publicKey: { hint: text(publicKey.hint) } };
        }
        else if (chain !== undefined) {
            const certificates = list(chain.certificates).map(((entry) => ({ rawBytes: bytes(entry.rawBytes) })));
            verification = { $case: 'x509CertificateChain', x509CertificateChain: { certificates } };
            if (certificates.length === 0)
                invalid.push('verificationMaterial.x509CertificateChain.certificates');
            certificates.forEach(((entry, index) => entry.rawBytes.length === 0 && invalid.push(`verificationMaterial.x509CertificateChain.certificates[${index}].rawBytes`)));
            if (mediaType !== BUNDLE_MEDIA_TYPES.v01 && mediaType !== BUNDLE_MEDIA_TYPES.v02)
                invalid.push('verificationMaterial.x509CertificateChain (a v0.3 bundle carries one certificate)');
        }
        else if (certificate !== undefined) {
            verification = { $case: 'certificate', certificate: { rawBytes: bytes(certificate.rawBytes) } };
            if (verification.certificate.rawBytes.length === 0)
                invalid.push('verificationMaterial.certificate.rawBytes');
        }
        else {
            invalid.push('verificationMaterial.publicKey, x509CertificateChain or certificate');
        }
        entries.forEach(((entry, index) => {
            if (entry.logId === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].logId`);
            if (entry.kindVersion === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].kindVersion`);
            if (mediaType === BUNDLE_MEDIA_TYPES.v01) {
                // A v0.1 bundle's inclusion proof may have no checkpoint (Rekor's answers before checkpoints, 2023): nothing signs its
                // root hash, so the entry stands on its signed promise, and the proof, kept, must still hash to the root it gives (tlog.ts).
                if (entry.inclusionPromise === undefined)
                    invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionPromise`);
            }
            else if (entry.inclusionProof === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof`);
            }
            else if (entry.inclusionProof.checkpoint === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof.checkpoint`);
            }
        }));
    }
    if (invalid.length > 0 || content === undefined || verification === undefined) {
        const unlisted = invalid.length - LISTED_PROBLEMS;
        throw malformed(`missing or empty: ${invalid.slice(0, LISTED_PROBLEMS).join(', ')}${unlisted > 0 ? ` and ${unlisted} more` : ''}`);
    }
    const timestamps = object(material?.timestampVerificationData);
    return {
        mediaType,
        verificationMaterial: {
            content: verification,
            tlogEntries: entries,
            ...(timestamps === undefined ? {} : { timestampVerificationData: { rfc3161Timestamps: list(timestamps.rfc3161Timestamps).map(((entry) => ({ signedTimestamp: bytes(entry.signedTimestamp) }))) } }),
        },
        content,
    };
});var decodeTrustedRoot = (function (value, label) {
    const mediaType = object(value)?.mediaType;
    if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.has(mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: not a Sigstore trusted root: expected mediaType ${[...TRUSTED_ROOT_MEDIA_TYPES].join(' or ')}, found ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(mediaType ?? null, 100)}`);
    }
    const violation = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .findShapeViolation */ .I4)(value, _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUSTED_ROOT_SHAPE */ .nK, '');
    if (violation !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${violation.path} ${violation.problem}`);
    const root = value;
    const authorities = ((field) => list(root[field]).map(((authority) => ({
        uri: text(authority.uri),
        certificates: list(object(authority.certChain)?.certificates).map(((certificate) => bytes(certificate.rawBytes))),
        validFor: authority.validFor,
    }))));
    const logs = ((field) => list(root[field]).map(((log, index) => {
        const publicKey = log.publicKey;
        const hashAlgorithm = text(log.hashAlgorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        const keyDetails = text(publicKey.keyDetails, 'PUBLIC_KEY_DETAILS_UNSPECIFIED');
        if (!HASH_ALGORITHMS.has(hashAlgorithm))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].hashAlgorithm ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(hashAlgorithm, 40)} is not a hash algorithm`);
        if (!PUBLIC_KEY_DETAILS.has(keyDetails))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].publicKey.keyDetails ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(keyDetails, 40)} is not a key type`);
        const logId = object(log.logId);
        const checkpointKeyId = object(log.checkpointKeyId);
        return {
            baseUrl: text(log.baseUrl),
            publicKey: { rawBytes: publicKey.rawBytes === undefined ? undefined : bytes(publicKey.rawBytes), keyDetails, validFor: publicKey.validFor },
            logId: logId === undefined ? undefined : bytes(logId.keyId),
            checkpointKeyId: checkpointKeyId === undefined ? undefined : bytes(checkpointKeyId.keyId),
        };
    })));
    return { certificateAuthorities: authorities('certificateAuthorities'), timestampAuthorities: authorities('timestampAuthorities'), tlogs: logs('tlogs'), ctlogs: logs('ctlogs') };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VH: (() => (/* binding */ decodeBundle)),
/* harmony export */   kS: (() => (/* binding */ decodeTrustedRoot))
/* harmony export */ });
/* unused harmony export BUNDLE_MEDIA_TYPES */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90211);
// Sigstore bundles and trusted roots read from their protobuf JSON by this verifier alone, without
// @sigstore/protobuf-specs' generated readers and @sigstore/bundle's checks: loading and running
// those (a 150 KiB chunk of a hundred modules, bundled) was about 3 ms of every `verify-blob`. The
// reading is at least as strict as theirs: every known field has its JSON type (shape.ts; a null
// field of a bundle is absent, as protobuf JSON reads it), an enum is one of the names protobuf-specs knows,
// and a bundle holds what @sigstore/bundle requires of its version.



/** The bundle media types this verifier reads (protobuf-specs' v0.1, v0.2 and v0.3, the last in both spellings). */
const BUNDLE_MEDIA_TYPES = {
    v01: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    v02: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
    v03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    v03Legacy: 'application/vnd.dev.sigstore.bundle+json;version=0.3',
};
const MEDIA_TYPES = new Set(Object.values(BUNDLE_MEDIA_TYPES));
/** protobuf-specs' HashAlgorithm names; another name is refused, as its reader refuses it. */
const HASH_ALGORITHMS = new Set(['HASH_ALGORITHM_UNSPECIFIED', 'SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384']);
/** protobuf-specs' PublicKeyDetails names. */
const PUBLIC_KEY_DETAILS = new Set([
    'PUBLIC_KEY_DETAILS_UNSPECIFIED', 'PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS', 'PKIX_RSA_PKCS1V5', 'PKIX_RSA_PSS', 'PKIX_RSA_PKCS1V15_2048_SHA256', 'PKIX_RSA_PKCS1V15_3072_SHA256',
    'PKIX_RSA_PKCS1V15_4096_SHA256', 'PKIX_RSA_PSS_2048_SHA256', 'PKIX_RSA_PSS_3072_SHA256', 'PKIX_RSA_PSS_4096_SHA256', 'PKIX_ECDSA_P256_HMAC_SHA_256', 'PKIX_ECDSA_P256_SHA_256',
    'PKIX_ECDSA_P384_SHA_384', 'PKIX_ECDSA_P521_SHA_512', 'PKIX_ED25519', 'PKIX_ED25519_PH', 'PKIX_ECDSA_P384_SHA_256', 'PKIX_ECDSA_P521_SHA_256', 'LMS_SHA256', 'LMOTS_SHA256',
    'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87',
]);
/** The most missing fields one refusal names: 64 empty log entries made a message of 190. */
const LISTED_PROBLEMS = 8;




/**
 * Refuses an object setting more than one member of a protobuf oneof: protobuf-specs' reader keeps the first it meets, another
 * verifier may keep another. A member set to null is not set (Go's protojson skips it before its own oneof check).
 */


/**
 * Reads a bundle's parsed JSON: its media type one of {@link BUNDLE_MEDIA_TYPES}, every known
 * field of its JSON type, one member of each oneof, and then what @sigstore/bundle requires: a
 * signature and digest (or one DSSE signature and a payload), verification material with a
 * certificate (none empty) or key, a log id and kind for every log entry, an inclusion promise in
 * each (v0.1) or an inclusion proof with a checkpoint (v0.2 and later), and one certificate rather
 * than a chain (v0.3). Throws VERIFY_BUNDLE_INVALID naming what is wrong.
 */

/** The trusted-root media types of protobuf-specs (v0.1, as `gh attestation trusted-root` prints, and v0.2). */
const TRUSTED_ROOT_MEDIA_TYPES = new Set(['application/vnd.dev.sigstore.trustedroot+json;version=0.1', 'application/vnd.dev.sigstore.trustedroot.v0.2+json']);
/**
 * Reads a trusted root's parsed JSON: its media type, every known field of its JSON type (every
 * authority and log key saying from when it is trusted), and the enums (a log's hash algorithm,
 * a key's details) one of the names protobuf-specs knows. Throws SIGSTORE_TRUSTED_ROOT_INVALID
 * naming `label` and the field.
 */



/***/ }),

/***/ 90211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isInt64 = (function (text) {
    return INT64.test(text) && (text.length < 19 || text <= '9223372036854775807');
});var parseRfc3339 = (function (text, subMillisecond = 'down') {
    const match = RFC3339.exec(text);
    if (match === null)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const offsetHours = Number(match[9] ?? 0);
    const offsetMinutes = Number(match[10] ?? 0);
    const calendar = new Date(0);
    calendar.setUTCFullYear(year, month - 1, day);
    const fraction = (match[7] ?? '').slice(1);
    calendar.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
    const exact = year >= 1 && calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60;
    if (!exact)
        return undefined;
    const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60000;
    const up = subMillisecond === 'up' && /[1-9]/.test(fraction.slice(3)) ? 1 : 0;
    return new Date(calendar.getTime() - offsetMs + up);
});var typeOf = (function (value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
});var findShapeViolation = (function (value, shape, path, nullIsAbsent = false) {
    if (typeof shape === 'string') {
        if (typeof value !== 'string')
            return { path, problem: `is ${typeOf(value)}, expected ${SCALAR_NAMES[shape]}` };
        if (shape === 'base64' && !BASE64.test(value))
            return { path, problem: 'is not base64' };
        if (shape === 'int64' && !isInt64(value))
            return { path, problem: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value, 40)}, expected a non-negative decimal integer below 2^63` };
        if (shape === 'rfc3339' && parseRfc3339(value) === undefined)
            return { path, problem: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value, 40)}, expected an RFC 3339 time such as 2025-01-31T12:00:00Z` };
        return undefined;
    }
    if ('items' in shape) {
        if (!Array.isArray(value))
            return { path, problem: `is ${typeOf(value)}, expected an array` };
        if (shape.most !== undefined && value.length > shape.most)
            return { path, problem: `has ${value.length} items, more than the ${shape.most} read` };
        for (const [index, item] of value.entries()) {
            const found = findShapeViolation(item, shape.items, `${path}[${index}]`, nullIsAbsent);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { path, problem: `is ${typeOf(value)}, expected an object` };
    // A known field under its protobuf name (`tlog_entries`), which Go's protojson also reads: read as missing, it was reported as what a bundle lacks (no log entry).
    for (const name of Object.keys(value)) {
        if (!name.includes('_'))
            continue;
        const jsonName = name.replace(/_([a-z0-9])/g, ((_, letter) => letter.toUpperCase()));
        if (jsonName !== name && Object.hasOwn(shape.fields, jsonName))
            return { path: path === '' ? name : `${path}.${name}`, problem: `is the protobuf field name of ${jsonName}, which trust-kit reads only by its JSON name (as protobuf's JSON writers write it): rename it ${jsonName}` };
    }
    for (const [name, field] of Object.entries(shape.fields)) {
        const child = value[name];
        const fieldPath = path === '' ? name : `${path}.${name}`;
        const required = typeof field === 'object' && 'required' in field;
        if (child === undefined || (child === null && nullIsAbsent)) {
            if (required)
                return { path: fieldPath, problem: child === null ? 'is null' : 'is missing' };
            continue;
        }
        const found = findShapeViolation(child, required ? field.shape : field, fieldPath, nullIsAbsent);
        if (found !== undefined)
            return found;
    }
    return undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: (() => (/* binding */ BUNDLE_SHAPE)),
/* harmony export */   I4: (() => (/* binding */ findShapeViolation)),
/* harmony export */   TM: (() => (/* binding */ parseRfc3339)),
/* harmony export */   nK: (() => (/* binding */ TRUSTED_ROOT_SHAPE))
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const INT64 = /^(?:0|[1-9]\d{0,18})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
/** A protobuf int64 at or below 2^63 - 1, as Go's protojson (cosign, sigstore-go) reads one: equal-length digit strings compare as numbers. */

/**
 * The time an RFC 3339 timestamp (as protobuf JSON writes `google.protobuf.Timestamp`) names, or
 * undefined when it is not one: `Date` parsing alone accepts other forms and rolls 30 February
 * over into March. A fraction finer than a millisecond is rounded `down` or `up`: a window's start
 * is read rounded up and its end rounded down, so that the window is never wider than it says.
 */


/**
 * The first place where `value` breaks `shape`, if any. Fields the shape does not name are left
 * alone (newer documents may carry them), but for a named field spelled as its protobuf name
 * (`tlog_entries`); a named field that is present must have its shape.
 * With `nullIsAbsent` (bundles), a field set to `null` is absent, as protobuf's JSON mapping reads
 * it (Go's protojson, sigstore-js): sigstore-js 1.x and 2.x wrote `"timestampVerificationData": null`
 * and `"inclusionProof": null` into their v0.1 bundles. Without it (trusted roots, which no writer
 * is known to give a null and whose reader hands some raw values on), null is refused. An array
 * item is never null. Depth and work are bounded by the shape.
 */

const SCALAR_NAMES = {
    string: 'a string',
    base64: 'a base64 string',
    int64: 'an integer as a decimal string',
    rfc3339: 'an RFC 3339 time string',
};
const certificate = { fields: { rawBytes: 'base64' } };
/**
 * The most items read from each array of a bundle. Real bundles hold one or two log entries,
 * timestamps and DSSE signatures and a chain of a few certificates, and an inclusion proof of a
 * tree below 2^63 entries has at most 63 hashes; without a bound, a 32 MiB bundle of empty items
 * cost seconds and gigabytes to decode (a Buffer or an object for each three bytes of input).
 */
const BUNDLE_ARRAY_ITEMS = 64;
const logId = { fields: { keyId: 'base64' } };
const validFor = { fields: { start: { shape: 'rfc3339', required: true }, end: 'rfc3339' } };
/** The known fields of a Sigstore bundle v0.1 to v0.3 (protobuf JSON). */
const BUNDLE_SHAPE = {
    fields: {
        mediaType: 'string',
        verificationMaterial: {
            fields: {
                publicKey: { fields: { hint: 'string' } },
                x509CertificateChain: { fields: { certificates: { items: certificate, most: BUNDLE_ARRAY_ITEMS } } },
                certificate,
                tlogEntries: {
                    most: BUNDLE_ARRAY_ITEMS,
                    items: {
                        fields: {
                            logIndex: 'int64',
                            logId,
                            kindVersion: { fields: { kind: 'string', version: 'string' } },
                            integratedTime: 'int64',
                            inclusionPromise: { fields: { signedEntryTimestamp: 'base64' } },
                            inclusionProof: { fields: { logIndex: 'int64', rootHash: 'base64', treeSize: 'int64', hashes: { items: 'base64', most: BUNDLE_ARRAY_ITEMS }, checkpoint: { fields: { envelope: 'string' } } } },
                            canonicalizedBody: 'base64',
                        },
                    },
                },
                timestampVerificationData: { fields: { rfc3161Timestamps: { items: { fields: { signedTimestamp: 'base64' } }, most: BUNDLE_ARRAY_ITEMS } } },
            },
        },
        messageSignature: { fields: { messageDigest: { fields: { algorithm: 'string', digest: 'base64' } }, signature: 'base64' } },
        dsseEnvelope: { fields: { payload: 'base64', payloadType: 'string', signatures: { items: { fields: { sig: 'base64', keyid: 'string' } }, most: BUNDLE_ARRAY_ITEMS } } },
    },
};
const authority = {
    fields: {
        subject: { fields: { organization: 'string', commonName: 'string' } },
        uri: 'string',
        certChain: { fields: { certificates: { items: certificate } } },
        validFor: { shape: validFor, required: true },
        operator: 'string',
    },
};
const log = {
    fields: {
        baseUrl: 'string',
        hashAlgorithm: 'string',
        publicKey: { shape: { fields: { rawBytes: 'base64', keyDetails: 'string', validFor: { shape: validFor, required: true } } }, required: true },
        logId,
        checkpointKeyId: logId,
        operator: 'string',
    },
};
/**
 * The known fields of a trusted root (v0.1 and v0.2): every authority and log key must say from
 * when it is trusted, since a missing or unreadable time would otherwise mean "always".
 */
const TRUSTED_ROOT_SHAPE = {
    fields: {
        mediaType: 'string',
        tlogs: { items: log },
        certificateAuthorities: { items: authority },
        ctlogs: { items: log },
        timestampAuthorities: { items: authority },
    },
};


/***/ }),

/***/ 10132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var rootLabels = (function (roots) {
    return roots.length === 0 ? 'the trusted root' : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedList */ .Y4)(roots.map(((root) => root.label)));
});var nameKey = (function (displayName) {
    return displayName.toLowerCase().replace(/\s+/g, ' ').trim();
});var describeValidity = (function (validFrom, validTo) {
    return `from ${validFrom.toISOString()}${validTo.getTime() === END.getTime() ? ', with no end' : ` to ${validTo.toISOString()}`}`;
});var loadTrustMaterial = (function (input, source = 'trusted root') {
    const documents = [];
    if (typeof input !== 'string') {
        documents.push({ value: input, label: source });
    }
    else {
        const trimmed = input.trim();
        let whole;
        let wholeError;
        try {
            whole = JSON.parse(trimmed);
        }
        catch (error) {
            whole = undefined;
            wholeError = error;
        }
        if (whole !== undefined) {
            refuseJsonFault(trimmed, source, true);
            documents.push({ value: whole, label: source });
        }
        else {
            let first = true;
            input.split('\n').forEach(((line, index) => {
                if (line.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch (error) {
                    // A first line that is no document is no JSONL: the file is one JSON document, and its own error says where it breaks.
                    if (first)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}: not JSON: ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxProblem */ .F1)(trimmed, wholeError)}`);
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}:${index + 1}: not JSON: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(error instanceof Error ? error.message : String(error))}`);
                }
                first = false;
                refuseJsonFault(line, `${source}:${index + 1}`, false);
                documents.push({ value, label: `${source}:${index + 1}` });
            }));
        }
    }
    if (documents.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${source} holds no trusted root`);
    return new TrustMaterial(documents.map(((document) => toTrustRoot(document.value, document.label))));
});var refuseJsonFault = (function (text, where, whole) {
    const fault = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonFault */ .xC)(text);
    if (fault !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${where} ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .describeJsonFault */ .at)(fault, whole)}`, { hint: _core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_FAULT_HINT */ .y0 });
});var toTrustRoot = (function (value, label) {
    const root = (0,_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeTrustedRoot */ .kS)(value, label);
    return {
        label,
        certificateAuthorities: root.certificateAuthorities.map(((ca, index) => toAuthority(ca, `${label}: certificateAuthorities[${index}]`))),
        timestampAuthorities: root.timestampAuthorities.map(((ca, index) => toAuthority(ca, `${label}: timestampAuthorities[${index}]`))),
        tlogs: root.tlogs.map(((log, index) => toLog(log, `${label}: tlogs[${index}]`))),
        ctlogs: root.ctlogs.map(((log, index) => toLog(log, `${label}: ctlogs[${index}]`))),
        document: value,
    };
});var validity = (function (range, what) {
    const validFrom = (0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRfc3339 */ .TM)(range.start, 'up');
    const validTo = range.end === undefined ? END : (0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRfc3339 */ .TM)(range.end);
    if (validFrom === undefined || validTo === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor needs an RFC 3339 start (and, optionally, end) time`);
    if (validTo < validFrom)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor ends (${validTo.toISOString()}) before it starts (${validFrom.toISOString()})`);
    return { validFrom, validTo };
});var toAuthority = (function (ca, what) {
    const { certificates } = ca;
    if (certificates.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no certificate`);
    const chain = certificates.map(((certificate, index) => {
        try {
            return _certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .ParsedCertificate */ .D.parse(certificate, `${what}.certChain[${index}]`);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', error instanceof Error ? error.message : String(error), { cause: error });
        }
    }));
    return { uri: ca.uri, chain: issuerFirst(chain), ...validity(ca.validFor, what) };
});var issuerFirst = (function (chain) {
    const linked = ((list) => list.every(((certificate, index) => index === list.length - 1 || certificate.displayNames.issuer === list[index + 1]?.displayNames.subject)));
    if (chain.length < 2 || linked(chain))
        return chain;
    const reversed = [...chain].reverse();
    return linked(reversed) ? reversed : chain;
});var noteKeyId = (function (baseUrl, publicKey, logId) {
    if (publicKey.asymmetricKeyType !== 'ed25519')
        return logId;
    let origin;
    try {
        origin = new URL(baseUrl).hostname;
    }
    catch {
        return logId;
    }
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${origin}\n`).update(Buffer.from([0x01])).update(raw).digest();
});var keyDetailsMismatch = (function (details, key) {
    const expected = KEY_DETAILS_KEYS.find((([pattern]) => pattern.test(details)));
    if (expected === undefined)
        return undefined;
    const [, type, curve] = expected;
    const actual = key.asymmetricKeyType ?? 'unknown';
    const actualCurve = key.asymmetricKeyDetails?.namedCurve;
    if (type === 'rsa' ? actual !== 'rsa' && actual !== 'rsa-pss' : actual !== type || (curve !== undefined && actualCurve !== curve)) {
        const named = ((kind) => `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} key`);
        return `${named(curve ?? type)}, but the key is ${named(actualCurve === undefined ? actual : `${actual} ${actualCurve}`)}`;
    }
    return undefined;
});var toLog = (function (log, what) {
    const raw = log.publicKey.rawBytes;
    const { logId } = log;
    if (raw === undefined || logId === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no public key or log id`);
    let publicKey;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: raw, format: 'der', type: PKCS1_DETAILS.has(log.publicKey.keyDetails) ? 'pkcs1' : 'spki' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const mismatch = keyDetailsMismatch(log.publicKey.keyDetails, publicKey);
    if (mismatch !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: its keyDetails ${log.publicKey.keyDetails} says ${mismatch}`);
    return {
        baseUrl: log.baseUrl,
        logId,
        checkpointKeyId: log.checkpointKeyId ?? noteKeyId(log.baseUrl, publicKey, logId),
        publicKey,
        ...validity(log.publicKey.validFor, `${what}.publicKey`),
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: (() => (/* binding */ describeValidity)),
/* harmony export */   GG: (() => (/* binding */ TrustMaterial)),
/* harmony export */   Wn: (() => (/* binding */ rootLabels)),
/* harmony export */   ak: (() => (/* binding */ loadTrustMaterial))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3085);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94661);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5447);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90211);







/** The trust roots searched, for messages: `trusted_root.json`, or `roots.jsonl:2`. */

/**
 * A distinguished name as an index key, at least as loose as OpenSSL's name comparison (case and
 * runs of white space ignored), so an index lookup never misses an issuer OpenSSL would accept.
 */

/**
 * The trust verification checks against, built once: parsed CA certificates and ready public keys
 * of every instance, plus a per-trust cache of leaf certificates already checked against them.
 */
class TrustMaterial {
    roots;
    /** Leaf-certificate checks keyed by the certificate's DER (base64); owned by verify.ts. */
    leafCache = new Map();
    authoritiesByName = new Map();
    constructor(roots) {
        this.roots = roots;
        for (const root of roots) {
            for (const authority of root.certificateAuthorities) {
                const key = nameKey(authority.chain[0]?.displayNames.subject ?? '');
                const named = this.authoritiesByName.get(key);
                if (named === undefined)
                    this.authoritiesByName.set(key, [{ root, authority }]);
                else
                    named.push({ root, authority });
            }
        }
    }
    /**
     * The CAs, in trusted-root order, whose issuing certificate bears the name a certificate gives
     * as its issuer (`displayNames.issuer`): a lookup, so a trusted root of hundreds of CAs does not
     * cost a check per CA. Only candidates: the caller still checks that one signed the certificate.
     */
    authoritiesNamed(issuerName) {
        return this.authoritiesByName.get(nameKey(issuerName)) ?? [];
    }
    /** Every instance's label, for messages. */
    get label() {
        return this.roots.map(((root) => root.label)).join(', ');
    }
}
const END = new Date(8640000000000000);
/** A trusted-root validity window as words: `from <start> to <end>`, or `from <start>, with no end` for an open one. */

/**
 * Builds trust material from a trusted root: the JSON text of a `trusted_root.json`, the JSONL that
 * `gh attestation trusted-root` prints (one root per line), or an already parsed object.
 */

/**
 * Refuses a trusted root whose JSON repeats a key or nests too deep: JSON.parse keeps the last of two
 * equal keys, sigstore-go's reader (protobuf JSON) refuses them, so a root read two ways would make
 * trust-kit and cosign trust different keys. `where` numbers the line already when `whole` is false.
 */


/**
 * The period a validity range of the trusted root covers, read from its JSON (the shape check
 * has made `start`, and `end` when present, RFC 3339 times); no end means "until replaced".
 */


/**
 * A CA's chain from the certificate that issues down to its root, as the trusted root format
 * lists it; one written root first (cosign and sigstore-python read it so too) is turned round
 * when, turned, each certificate names the next as its issuer.
 */

/**
 * C2SP signed-note key id of an Ed25519 log: SHA-256(origin || 0x0A || 0x01 || key), the origin being the
 * hostname of its base URL, without a port (rekor-tiles signs with its --hostname; sigstore-go derives it so).
 */

const PKCS1_DETAILS = new Set(['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS']);
/** The key a log's `keyDetails` names, by the Node key type (and curve) it must be. */
const KEY_DETAILS_KEYS = [
    [/RSA/, 'rsa', undefined],
    [/^PKIX_ECDSA_P256_/, 'ec', 'prime256v1'],
    [/^PKIX_ECDSA_P384_/, 'ec', 'secp384r1'],
    [/^PKIX_ECDSA_P521_/, 'ec', 'secp521r1'],
    [/^PKIX_ED25519/, 'ed25519', undefined],
];
/**
 * What is wrong when a log's key is not of the kind its `keyDetails` names (cosign and
 * sigstore-python refuse such a root: a key read as another kind than declared is a root edited by
 * hand or for another log); undefined when they agree or the details name no kind read here.
 */




/***/ }),

/***/ 17776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var child = (function (node, index, tag, what) {
    const found = node === undefined ? undefined : (0,verify_der/* derChildren */.v0)(node)[index];
    if (found === undefined || (tag !== undefined && found.tag !== tag))
        throw new Error(`malformed timestamp: ${what}`);
    return found;
});var oid = (function (node, what) {
    if (node.tag !== OID)
        throw new Error(`malformed timestamp: ${what}`);
    return (0,verify_der/* oidText */.ch)(node.content);
});var known = (function (table, id, what) {
    const name = table[id];
    if (name === undefined)
        throw new Error(`unsupported ${what} ${id}`);
    return name;
});var time = (function (node) {
    // RFC 3161 2.4.2: genTime is a GeneralizedTime; Go's reader of TSTInfo (sigstore-go, cosign) refuses a UTCTime.
    if (node.tag !== GENERALIZED_TIME)
        throw new Error('malformed timestamp: genTime is not a GeneralizedTime');
    const text = node.content.toString('latin1');
    const match = TIME.exec(text);
    if (match === null)
        throw new Error(`malformed timestamp: genTime ${(0,quote/* quoted */.TL)(text, 40)} is not a DER GeneralizedTime (YYYYMMDDHHMMSS, then a fraction of up to 9 digits without trailing zeros, then Z)`);
    const date = timeOf(Number(match[1]), match);
    // Month 13, February 30 or hour 24 is no time: refused here, not compared later as NaN or as another day.
    if (date === undefined)
        throw new Error(`malformed timestamp: genTime ${match[0]} is not a time`);
    return date;
});var timeOf = (function (year, match) {
    const [month, day, hour, minute, second] = [2, 3, 4, 5, 6].map(((group) => Number(match[group])));
    const fraction = match[7] ?? '';
    const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
    const at = new Date(Date.UTC(year, (month ?? 0) - 1, day, hour, minute, second));
    // Date.UTC carries an overflow into the next field (February 30 is March 2) and reads years below 100 as 19xx.
    const same = at.getUTCFullYear() === year && at.getUTCMonth() === (month ?? 0) - 1 && at.getUTCDate() === day && at.getUTCHours() === hour && at.getUTCMinutes() === minute && at.getUTCSeconds() === second;
    if (!same)
        return undefined;
    const earliest = new Date(at.getTime() + milliseconds);
    // DER writes no trailing zero, so digits past the third are a fraction of a millisecond.
    return { earliest, latest: fraction.length > 3 ? new Date(earliest.getTime() + 1) : earliest };
});var octets = (function (node) {
    if (node.tag === CONSTRUCTED_OCTET_STRING)
        throw new Error('malformed timestamp: eContent is a constructed (BER) OCTET STRING; a DER token has a primitive one, and cosign and sigstore-js read no other');
    if (node.tag !== OCTET_STRING)
        throw new Error('malformed timestamp: eContent is not an OCTET STRING');
    return node.content;
});var parseRfc3161 = (function (der) {
    const response = (0,verify_der/* derNode */.eG)(der);
    if (response.tag !== SEQUENCE)
        throw new Error('malformed timestamp: not a TimeStampResp');
    // Nothing in a timestamp is skipped unread: every constructed element holds whole elements.
    (0,verify_der/* expectWholeElements */.iL)(response, 32, 'malformed timestamp: nested too deeply');
    // PKIStatus granted (0) alone, as Go's reader of responses (sigstore-go, cosign) takes it: grantedWithMods (1) is a token other than the one asked for, anything else carries none.
    const status = child(child(response, 0, SEQUENCE, 'status'), 0, INTEGER, 'status');
    if (status.content.length !== 1 || status.content[0] !== 0) {
        const value = status.content.length === 1 ? String(status.content[0]) : `0x${status.content.toString('hex').slice(0, 16)}`;
        throw new Error(`the timestamp response's status is ${value}${value === '1' ? ' (grantedWithMods)' : ''}, not granted (0)`);
    }
    const token = (0,verify_der/* derChildren */.v0)(response)[1];
    if (token === undefined)
        throw new Error('timeStampToken is missing');
    if (oid(child(token, 0, undefined, 'contentType'), 'contentType') !== SIGNED_DATA)
        throw new Error('incorrect content type');
    const signedData = child((0,verify_der/* derChildren */.v0)(token).find(((node) => node.tag === EXPLICIT_0)), 0, SEQUENCE, 'SignedData');
    const parts = (0,verify_der/* derChildren */.v0)(signedData);
    const encapsulated = child(signedData, 2, SEQUENCE, 'encapContentInfo');
    if (oid(child(encapsulated, 0, undefined, 'eContentType'), 'eContentType') !== TST_INFO)
        throw new Error('incorrect encapsulated content type');
    const tstInfoNode = (0,verify_der/* derNode */.eG)(octets(child(child(encapsulated, 1, EXPLICIT_0, 'eContent'), 0, undefined, 'eContent')));
    if (tstInfoNode.tag !== SEQUENCE)
        throw new Error('malformed timestamp: TSTInfo');
    // RFC 3161 2.4.2: version v1, a policy and a serial number; another version is a structure this reader does not know.
    const version = child(tstInfoNode, 0, INTEGER, 'TSTInfo version').content;
    if (version.length !== 1 || version[0] !== 1)
        throw new Error(`the timestamp has TSTInfo version ${version.length === 1 ? String(version[0]) : `0x${version.toString('hex').slice(0, 16)}`}, expected 1`);
    oid(child(tstInfoNode, 1, undefined, 'policy'), 'policy');
    child(tstInfoNode, 3, INTEGER, 'serialNumber');
    const messageImprint = child(tstInfoNode, 2, SEQUENCE, 'messageImprint');
    const signerInfos = parts.at(-1);
    if (signerInfos?.tag !== SET)
        throw new Error('malformed timestamp: signerInfos');
    // RFC 3161 2.4.2: the token carries the TSA's signature and no other; Go's CMS reader (sigstore-go) checks every one, this reader the first.
    const signerCount = (0,verify_der/* derChildren */.v0)(signerInfos).length;
    if (signerCount !== 1)
        throw new Error(`the timestamp carries ${signerCount} signer infos, expected the TSA's alone`);
    const signerInfo = child(signerInfos, 0, SEQUENCE, 'SignerInfo');
    const signer = child(signerInfo, 1, SEQUENCE, 'sid');
    const signedAttributes = child(signerInfo, 3, EXPLICIT_0, 'signedAttrs');
    const attributes = ((type) => (0,verify_der/* derChildren */.v0)(signedAttributes).filter(((attribute) => oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === type)));
    const digests = attributes(MESSAGE_DIGEST);
    if (digests.length !== 1)
        throw new Error(`the signed attributes hold ${digests.length} message digests, expected 1`);
    // RFC 5652 5.3: the signed content-type attribute is what binds the signature to a TSTInfo; the eContentType beside it is signed by nobody.
    const contentTypes = attributes(CONTENT_TYPE);
    if (contentTypes.length !== 1)
        throw new Error(`the signed attributes hold ${contentTypes.length} content types, expected 1`);
    const contentTypeValues = (0,verify_der/* derChildren */.v0)(child(contentTypes[0], 1, SET, 'content type values'));
    const contentType = contentTypeValues.length === 1 ? oid(contentTypeValues[0], 'content type') : `(${contentTypeValues.length} values)`;
    if (contentType !== TST_INFO)
        throw new Error(`the signed content type is ${contentType}, expected id-ct-TSTInfo (${TST_INFO})`);
    const digestValues = (0,verify_der/* derChildren */.v0)(child(digests[0], 1, SET, 'messageDigest values'));
    if (digestValues.length !== 1)
        throw new Error(`the signed message-digest attribute holds ${digestValues.length} values, expected 1`);
    const signingCertificate = readSigningCertificate([...attributes(SIGNING_CERTIFICATE), ...attributes(SIGNING_CERTIFICATE_V2)]);
    const signingTimes = attributes(SIGNING_TIME);
    if (signingTimes.length > 1)
        throw new Error(`the signed attributes hold ${signingTimes.length} signing times, expected at most 1`);
    const signingTimeValues = signingTimes[0] === undefined ? [] : (0,verify_der/* derChildren */.v0)(child(signingTimes[0], 1, SET, 'signing time values'));
    if (signingTimes.length === 1 && signingTimeValues.length !== 1)
        throw new Error(`the signed signing-time attribute holds ${signingTimeValues.length} values, expected 1`);
    return {
        signingTime: time(child(tstInfoNode, 4, undefined, 'genTime')),
        signerSerialNumber: child(signer, 1, 0x02, 'sid serial number').content,
        signerIssuer: child(signer, 0, SEQUENCE, 'sid issuer').content,
        tstInfo: tstInfoNode.whole,
        imprint: { hash: known(HASHES, oid(child(child(messageImprint, 0, SEQUENCE, 'hashAlgorithm'), 0, undefined, 'hashAlgorithm'), 'hashAlgorithm'), 'message imprint hash'), digest: child(messageImprint, 1, OCTET_STRING, 'hashedMessage').content },
        signerDigest: known(HASHES, oid(child(child(signerInfo, 2, SEQUENCE, 'digestAlgorithm'), 0, undefined, 'digestAlgorithm'), 'digestAlgorithm'), 'signer digest'),
        signedAttributes: Buffer.concat([Buffer.from([SET]), signedAttributes.whole.subarray(1)]),
        messageDigest: child(child(digests[0], 1, SET, 'messageDigest values'), 0, OCTET_STRING, 'messageDigest').content,
        ...(signingCertificate === undefined ? {} : { signingCertificate }),
        ...(signingTimeValues[0] === undefined ? {} : { signingTimeAttribute: attributeTime(signingTimeValues[0]) }),
        signatureHash: known(ECDSA_HASHES, oid(child(child(signerInfo, 4, SEQUENCE, 'signatureAlgorithm'), 0, undefined, 'signatureAlgorithm'), 'signatureAlgorithm'), 'signature algorithm'),
        signature: child(signerInfo, 5, OCTET_STRING, 'signature').content,
    };
});var attributeTime = (function (node) {
    const text = node.content.toString('latin1');
    const match = node.tag === UTC_TIME ? UTC.exec(text) : node.tag === GENERALIZED_TIME ? TIME.exec(text) : null;
    if (match === null)
        throw new Error('malformed timestamp: the signed signing-time attribute is not a UTCTime or GeneralizedTime');
    const year = node.tag === UTC_TIME ? Number(match[1]) + (Number(match[1]) >= 50 ? 1900 : 2000) : Number(match[1]);
    const date = timeOf(year, match);
    if (date === undefined)
        throw new Error(`malformed timestamp: the signed signing-time ${match[0]} is not a time`);
    return date;
});var readSigningCertificate = (function (found) {
    if (found.length === 0)
        return undefined;
    if (found.length > 1)
        throw new Error(`the signed attributes hold ${found.length} signing-certificate attributes, expected at most 1`);
    const attribute = found[0];
    const values = (0,verify_der/* derChildren */.v0)(child(attribute, 1, SET, 'signing certificate values'));
    if (values.length !== 1)
        throw new Error(`the signed signing-certificate attribute holds ${values.length} values, expected 1`);
    const first = child(child(values[0], 0, SEQUENCE, 'signing certificate ids'), 0, SEQUENCE, 'ESSCertID');
    if (oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === SIGNING_CERTIFICATE) {
        return { attribute: 'signingCertificate', hash: 'sha1', digest: child(first, 0, OCTET_STRING, 'ESSCertID certHash').content };
    }
    const named = (0,verify_der/* derChildren */.v0)(first)[0]?.tag === SEQUENCE;
    const hash = named ? known(HASHES, oid(child(child(first, 0, SEQUENCE, 'ESSCertIDv2 hashAlgorithm'), 0, undefined, 'ESSCertIDv2 hashAlgorithm'), 'ESSCertIDv2 hashAlgorithm'), 'signing certificate hash') : 'sha256';
    return { attribute: 'signingCertificateV2', hash, digest: child(first, named ? 1 : 0, OCTET_STRING, 'ESSCertIDv2 certHash').content };
});var sameBytes = (function (a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
});var verifyRfc3161 = (function (timestamp, data, key, certificate) {
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.imprint.hash).update(data).digest(), timestamp.imprint.digest))
        throw new Error('message imprint does not match the signature it is to date: the timestamp was made for another signature');
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.signerDigest).update(timestamp.tstInfo).digest(), timestamp.messageDigest))
        throw new Error('signed data does not match tstInfo');
    // The signer identifier is outside the signature: only this signed attribute says which certificate the TSA signed under.
    const named = timestamp.signingCertificate;
    if (named !== undefined && !sameBytes((0,external_node_crypto_.createHash)(named.hash).update(certificate).digest(), named.digest)) {
        throw new Error(`the signed ${named.attribute} attribute names another certificate than the timestamp authority's in the trusted root`);
    }
    // Node verifies with whatever the key is: an RSA key would check a PKCS #1 signature under an ECDSA label, which Go's CMS reader refuses.
    if (key.asymmetricKeyType !== 'ec')
        throw new Error(`the timestamp's signature algorithm is ECDSA, but the timestamp authority's key is an ${key.asymmetricKeyType ?? 'unknown'} key`);
    let valid;
    try {
        valid = (0,external_node_crypto_.verify)(timestamp.signatureHash, timestamp.signedAttributes, key, timestamp.signature);
    }
    catch {
        valid = false;
    }
    if (!valid)
        throw new Error('signature verification failed');
});var verifyLogEntry = (function (entry, roots, content, where, signedTimes = [], now = new Date()) {
    for (const [field, value] of [['logIndex', entry.logIndex], ['integratedTime', entry.integratedTime], ['inclusionProof.logIndex', entry.inclusionProof?.logIndex ?? '0'], ['inclusionProof.treeSize', entry.inclusionProof?.treeSize ?? '0']]) {
        if (!/^\d{1,19}$/.test(value))
            throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${where}: ${field} is ${(0,quote/* quoted */.TL)(value, 40)}, expected a non-negative integer`);
    }
    // A Rekor v2 log is one tree, and rekor-tiles' verifier (sigstore-go's) proves the entry's own index: the proof must be of it.
    // Rekor v1 numbers entries across its shards while a proof is of the index in the entry's shard, so there the two differ.
    if (entry.inclusionProof !== undefined && REKOR_V2_KINDS.has(`${entry.kindVersion?.kind}/${entry.kindVersion?.version}`) && BigInt(entry.inclusionProof.logIndex) !== BigInt(entry.logIndex)) {
        throw new errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: logIndex ${entry.logIndex}, but its inclusion proof is for index ${entry.inclusionProof.logIndex}: the entry is not the one proven`);
    }
    const keyId = entry.logId?.keyId;
    const integratedTime = new Date(Number(entry.integratedTime) * 1000);
    // A signed integration time is compared and printed; one past what a Date holds made toISOString throw an uncoded RangeError.
    if (entry.inclusionPromise !== undefined && Number.isNaN(integratedTime.getTime())) {
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${where}: integratedTime ${entry.integratedTime} is past the last time this verifier can compare (8640000000000, in the year 275760)`);
    }
    const candidates = roots.flatMap(((root) => root.tlogs)).filter(((log) => keyId !== undefined && (log.logId.equals(keyId) || log.checkpointKeyId.equals(keyId))));
    if (candidates.length === 0) {
        const known = roots.flatMap(((root) => root.tlogs.map(((log) => `${log.baseUrl} (${(0,verify_certificate/* abbreviate */.Sm)(log.logId.toString('hex'))})`))));
        throw new errors/* VerifyError */.G('VERIFY_TLOG_UNTRUSTED', `${where}: logged by log id ${keyId === undefined ? '(none)' : (0,verify_certificate/* abbreviate */.Sm)(Buffer.from(keyId).toString('hex'))}, which ${(0,trust/* rootLabels */.Wn)(roots)} does not list (it lists ${known.length === 0 ? 'no transparency log' : (0,quote/* boundedList */.Y4)(known)})`);
    }
    // Without a signed promise the integration time is unproven, so the checkpoint key must be valid whenever the bundle's other evidence says the
    // signature was made; with no such evidence (a key-signed bundle whose log gives no signed time, and no timestamp), now: a retired key vouches for nothing.
    const undated = entry.inclusionPromise === undefined && signedTimes.length === 0;
    const times = entry.inclusionPromise !== undefined ? [integratedTime] : undated ? [now] : signedTimes;
    const log = candidates.find(((candidate) => times.every(((time) => candidate.validFrom <= time && time <= candidate.validTo))));
    if (log === undefined) {
        // An integration time altered after the log signed it fails the signed promise: that is what is wrong, not the log key's validity then.
        const first = candidates[0];
        if (entry.inclusionPromise !== undefined && !candidates.some(((candidate) => promiseVerifies(entry, candidate))))
            verifyPromise(entry, first, where);
        const when = entry.inclusionPromise !== undefined
            ? `integrated at ${integratedTime.toISOString()}`
            : undated
                ? `carries no signed time (neither a signed entry timestamp nor an RFC 3161 timestamp in the bundle), so its log's key must be valid now, ${now.toISOString()}, and that is`
                : `signed at ${times.map(((time) => time.toISOString())).join(', ')} (RFC 3161)`;
        throw new errors/* VerifyError */.G('VERIFY_TLOG_UNTRUSTED', `${where}: ${when}, outside the validity of the log's key in the trusted root (${candidates.map(((candidate) => (0,trust/* describeValidity */.Aw)(candidate.validFrom, candidate.validTo))).join('; ')})`, {
            hint: `the trusted root lists this log, but not as trusted then (its key's validFor): ${undated ? 'a key retired since signing vouches for nothing without a signed time; sign with a timestamp authority, or ' : ''}check that the trusted root is the current one of the instance that logged the bundle`,
        });
    }
    if (entry.inclusionPromise === undefined && entry.inclusionProof === undefined) {
        throw new errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: carries neither an inclusion promise nor an inclusion proof`);
    }
    if (entry.inclusionPromise !== undefined)
        verifyPromise(entry, log, where);
    if (entry.inclusionProof !== undefined)
        verifyProof(entry, log, where, roots.some(((root) => root.tlogs.some(((other) => other.publicKey.equals(log.publicKey) && !sameNames(other, log))))));
    const kind = verifyBody(entry, content, where);
    return {
        baseUrl: log.baseUrl,
        // Only a signed promise covers the entry's own logIndex (across a Rekor v1 log's shards); without one, report the index the inclusion proof verified.
        logIndex: entry.inclusionPromise === undefined ? (entry.inclusionProof?.logIndex ?? entry.logIndex) : entry.logIndex,
        kind,
        ...(entry.inclusionPromise !== undefined && entry.integratedTime !== '0' ? { integratedTime } : {}),
    };
});var promiseVerifies = (function (entry, log) {
    // Rekor signs the canonical JSON (RFC 8785) of these four: keys in code-unit order, which JSON.stringify keeps as written.
    const payload = JSON.stringify({
        body: entry.canonicalizedBody.toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logID: log.logId.toString('hex'),
        logIndex: Number(entry.logIndex),
    });
    return verifyWith(log.publicKey, Buffer.from(payload, 'utf8'), entry.inclusionPromise?.signedEntryTimestamp ?? Buffer.alloc(0));
});var verifyPromise = (function (entry, log, where) {
    if (!promiseVerifies(entry, log)) {
        throw new errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: the signed entry timestamp does not verify with the key of ${log.baseUrl} (logIndex ${entry.logIndex}, integratedTime ${entry.integratedTime})`);
    }
});var parseSignedNote = (function (envelope, fail) {
    const split = envelope.indexOf('\n\n');
    if (split === -1)
        fail('the checkpoint has no signature block');
    if (!envelope.endsWith('\n'))
        fail('the checkpoint\'s signature block does not end with a newline');
    const lines = envelope.slice(split + 2, -1).split('\n');
    if (lines.length > 64)
        fail(`the checkpoint carries ${lines.length} signature lines, more than a checkpoint has any reason to`);
    const signatures = lines.map(((line, index) => {
        const match = NOTE_SIGNATURE.exec(line);
        if (match === null)
            return fail(`signature line ${index + 1} is not "\u2014 <key name> <base64 key id and signature>": ${(0,quote/* quoted */.TL)(line, 80)}`);
        const bytes = Buffer.from(match[2] ?? '', 'base64');
        if (bytes.length < 5)
            fail(`signature line ${index + 1} is too short to hold a key id and a signature`);
        return { name: match[1] ?? '', keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) };
    }));
    return { note: envelope.slice(0, split + 1), signatures };
});var parseCheckpoint = (function (note, fail) {
    const lines = note.slice(0, -1).split('\n');
    if (lines.length < 3)
        fail(`the checkpoint has ${lines.length} line(s), expected at least 3 (origin, tree size, root hash)`);
    const [origin = '', size = '', hash = ''] = lines;
    if (origin === '')
        fail('the checkpoint names no origin');
    if (!TREE_SIZE.test(size))
        fail(`the checkpoint's tree size ${(0,quote/* quoted */.TL)(size, 40)} is not a decimal number without leading zeros`);
    const rootHash = Buffer.from(hash, 'base64');
    if (rootHash.length !== 32 || rootHash.toString('base64') !== hash)
        fail(`the checkpoint's root hash ${(0,quote/* quoted */.TL)(hash, 60)} is not a base64 SHA-256 hash`);
    return { origin, treeSize: BigInt(size), rootHash };
});var noteNames = (function (log) {
    try {
        const url = new URL(log.baseUrl);
        const path = url.pathname.replace(/\/+$/, '');
        return [...new Set([url.hostname, url.host, ...(path === '' ? [] : [`${url.host}${path}`])])];
    }
    catch {
        return [];
    }
});var sameNames = (function (a, b) {
    const [namesOfA, namesOfB] = [noteNames(a), noteNames(b)];
    return namesOfA.length === namesOfB.length && namesOfA.every(((name) => namesOfB.includes(name)));
});var isOriginOf = (function (origin, name, log) {
    if (origin === name)
        return true;
    return log.publicKey.asymmetricKeyType !== 'ed25519' && origin.startsWith(`${name} - `) && /^[1-9]\d{0,18}$/.test(origin.slice(name.length + 3));
});var verifyProof = (function (entry, log, where, keyShared) {
    const proof = entry.inclusionProof;
    if (proof === undefined)
        return;
    const fail = ((message) => {
        throw new errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: inclusion proof: ${message}`);
    });
    if (proof.rootHash.length !== 32)
        fail(`the proof's root hash is ${proof.rootHash.length} bytes, expected 32`);
    if (proof.checkpoint !== undefined)
        verifyCheckpoint(proof, proof.checkpoint.envelope, log, keyShared, fail);
    const treeSize = BigInt(proof.treeSize);
    const index = BigInt(proof.logIndex);
    if (index < 0n || index >= treeSize)
        fail(`index ${index} is outside a tree of size ${treeSize}`);
    const inner = bitLength(index ^ (treeSize - 1n));
    const border = ones(index >> BigInt(inner));
    if (proof.hashes.length !== inner + border)
        fail(`expected ${inner + border} hashes, found ${proof.hashes.length}`);
    const short = proof.hashes.findIndex(((sibling) => sibling.length !== 32));
    if (short !== -1)
        fail(`hash ${short} is ${proof.hashes[short]?.length ?? 0} bytes, expected 32`);
    let hash = sha256(Buffer.from([0]), entry.canonicalizedBody);
    proof.hashes.forEach(((sibling, level) => {
        if (level < inner && ((index >> BigInt(level)) & 1n) === 0n)
            hash = sha256(Buffer.from([1]), hash, sibling);
        else
            hash = sha256(Buffer.from([1]), sibling, hash);
    }));
    const root = Buffer.from(proof.rootHash);
    if (!hash.equals(root))
        fail(`the entry hashes to root ${(0,verify_certificate/* abbreviate */.Sm)(hash.toString('hex'))}, the ${proof.checkpoint === undefined ? 'proof' : 'checkpoint'} says ${(0,verify_certificate/* abbreviate */.Sm)(root.toString('hex'))}`);
});var verifyCheckpoint = (function (proof, envelope, log, keyShared, fail) {
    const { note, signatures } = parseSignedNote(envelope, fail);
    const names = noteNames(log);
    const anyName = log.publicKey.asymmetricKeyType !== 'ed25519' && !keyShared;
    const signedAs = signatures
        .filter(((signature) => (anyName || names.includes(signature.name)) && signature.keyHint.equals(log.checkpointKeyId.subarray(0, 4)) && verifyWith(log.publicKey, Buffer.from(note, 'utf8'), signature.signature)))
        .map(((signature) => signature.name));
    if (signedAs.length === 0)
        fail(`the checkpoint is not signed by ${log.baseUrl} (a signature line naming ${anyName ? 'any name' : names.join(' or ') || 'its host'} with its key${keyShared ? ', which another log of the trusted root has too: the line must name this log\'s host' : ''})`);
    const checkpoint = parseCheckpoint(note, fail);
    // The signature line's name and key hint are not signed: only the origin line says which log's tree this is. A key
    // shared by two logs (shards) would otherwise make one log's checkpoint prove entries of the other.
    if (!signedAs.some(((name) => isOriginOf(checkpoint.origin, name, log)))) {
        fail(`the checkpoint's origin ${(0,quote/* quoted */.TL)(checkpoint.origin, 80)} is not the name ${signedAs[0] ?? ''} signs under${log.publicKey.asymmetricKeyType === 'ed25519' ? '' : ` (nor "${signedAs[0] ?? ''} - <tree id>", as Rekor v1 writes it)`}: it is another log's checkpoint`);
    }
    if (BigInt(proof.treeSize) !== checkpoint.treeSize || !Buffer.from(proof.rootHash).equals(checkpoint.rootHash)) {
        fail(`the proof is for tree size ${proof.treeSize} and root ${(0,verify_certificate/* abbreviate */.Sm)(Buffer.from(proof.rootHash).toString('hex'))}, the checkpoint for ${checkpoint.treeSize} and ${(0,verify_certificate/* abbreviate */.Sm)(checkpoint.rootHash.toString('hex'))}`);
    }
});var verifyBody = (function (entry, content, where) {
    // The bundle's kindVersion is signed by nobody, and a logged body is whatever was submitted: the values a message repeats are kept printable and bounded.
    const mismatch = ((message) => {
        throw new errors/* VerifyError */.G('VERIFY_TLOG_BODY_MISMATCH', `${where} (logIndex ${entry.logIndex}): ${(0,quote/* boundedText */.LD)(message, 600)}`);
    });
    const text = entry.canonicalizedBody.toString('utf8');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return mismatch('the logged body is not JSON');
    }
    // A body read two ways (JSON.parse keeps the last of two equal keys) could match the bundle here and something else in another verifier.
    const fault = (0,json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        mismatch(`the logged body ${(0,json/* describeJsonFault */.at)(fault)}`);
    const kind = entry.kindVersion?.kind;
    const version = entry.kindVersion?.version;
    if (body.kind !== kind || body.apiVersion !== version)
        mismatch(`the bundle says ${kind}/${version}, the logged body is ${String(body.kind)}/${String(body.apiVersion)}`);
    const spec = (body.spec ?? {});
    const expectSignature = ((found) => {
        if (typeof found !== 'string' || !Buffer.from(found, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
    });
    const expectKey = ((found) => {
        const logged = typeof found === 'string' ? pemToDer(Buffer.from(found, 'base64').toString('utf8')) : Buffer.alloc(0);
        if (!logged.equals(content.keyDer) && !certifiesKey(logged, content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    });
    const key = `${kind}/${version}`;
    if (key === 'hashedrekord/0.0.1') {
        // A DSSE envelope may be logged as a hashedrekord over its pre-authentication encoding, as in Rekor v2 (the client spec allows it; sigstore-conformance's dsse-with-hashedrekord-happy-path).
        const signed = content.messageDigest ?? (content.paeSha256 === undefined ? undefined : { algorithm: 'sha256', hex: content.paeSha256 });
        if (signed === undefined)
            return mismatch('a hashedrekord entry logs a signed digest, and the bundle holds none');
        const signature = spec.signature;
        expectSignature(signature?.content);
        expectKey(signature?.publicKey?.content);
        const hash = spec.data?.hash;
        if (hash?.algorithm !== signed.algorithm || hash.value !== signed.hex) {
            mismatch(`the log records digest ${String(hash?.algorithm)}:${String(hash?.value)}, the bundle ${content.messageDigest === undefined ? "signs the DSSE envelope's pre-authentication encoding, " : ''}${signed.algorithm}:${signed.hex}`);
        }
    }
    else if (key === 'dsse/0.0.1') {
        if (content.payloadSha256 === undefined)
            return mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
        const signatures = spec.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        expectSignature(signatures[0]?.signature);
        expectKey(signatures[0]?.verifier);
        const payloadHash = spec.payloadHash?.value;
        if (payloadHash !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(payloadHash)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (key === 'intoto/0.0.2') {
        if (content.payloadSha256 === undefined)
            return mismatch('an intoto entry logs a DSSE envelope, but the bundle holds a message signature');
        const logged = spec.content ?? {};
        const signatures = logged.envelope?.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        const doubleEncoded = signatures[0]?.sig;
        expectSignature(typeof doubleEncoded === 'string' ? Buffer.from(doubleEncoded, 'base64').toString('utf8') : undefined);
        // Rekor's intoto schema requires the key; an entry without one would vouch for a signature without saying by whom.
        expectKey(signatures[0]?.publicKey);
        if (logged.payloadHash?.value !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(logged.payloadHash?.value)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (REKOR_V2_KINDS.has(key)) {
        verifyRekorV2Body(key, spec, content, mismatch);
    }
    else {
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `${where}: log entries of kind ${(0,quote/* boundedText */.LD)(key)} are not supported (supported: hashedrekord/0.0.1, hashedrekord/0.0.2, dsse/0.0.1, dsse/0.0.2, intoto/0.0.2)`);
    }
    return key;
});var verifyRekorV2Body = (function (key, spec, content, mismatch) {
    const hex = ((value) => (typeof value === 'string' ? Buffer.from(value, 'base64').toString('hex') : ''));
    const expectSignature = ((signature) => {
        if (typeof signature?.content !== 'string' || !Buffer.from(signature.content, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
        const verifier = signature.verifier?.x509Certificate?.rawBytes ?? signature.verifier?.publicKey?.rawBytes;
        if (typeof verifier !== 'string' || !Buffer.from(verifier, 'base64').equals(content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    });
    if (key === 'hashedrekord/0.0.2') {
        const entry = spec.hashedRekordV002;
        expectSignature(entry?.signature);
        const expected = content.messageDigest?.hex ?? content.paeSha256;
        const algorithm = content.messageDigest === undefined ? 'SHA2_256' : `SHA2_${content.messageDigest.algorithm.slice(3)}`;
        if (entry?.data?.algorithm !== algorithm || hex(entry.data.digest) !== expected) {
            mismatch(`the log records digest ${String(entry?.data?.algorithm)}:${hex(entry?.data?.digest)}, the bundle signs ${algorithm}:${expected ?? ''}`);
        }
        return;
    }
    if (content.payloadSha256 === undefined)
        mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
    const entry = spec.dsseV002;
    if (!Array.isArray(entry?.signatures) || entry.signatures.length !== 1)
        mismatch(`expected 1 logged signature, found ${Array.isArray(entry?.signatures) ? entry.signatures.length : 0}`);
    expectSignature(entry?.signatures?.[0]);
    if (entry?.payloadHash?.algorithm !== 'SHA2_256' || hex(entry.payloadHash.digest) !== content.payloadSha256) {
        mismatch(`the log records payload ${String(entry?.payloadHash?.algorithm)}:${hex(entry?.payloadHash?.digest)}, the bundle's payload is SHA2_256:${content.payloadSha256 ?? ''}`);
    }
});var certifiesKey = (function (certificateDer, keyDer) {
    try {
        return new external_node_crypto_.X509Certificate(certificateDer).publicKey.export({ format: 'der', type: 'spki' }).equals(keyDer);
    }
    catch {
        // Not a certificate (a key, or bytes that are neither): the entry names another key.
        return false;
    }
});var pemToDer = (function (pem) {
    const match = /-----BEGIN [A-Z ]+-----([\s\S]*?)-----END [A-Z ]+-----/.exec(pem);
    return match === null ? Buffer.alloc(0) : Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
});var verifyWith = (function (key, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, key, signature);
    }
    catch {
        return false;
    }
});var sha256 = (function (...parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts)
        hash.update(part);
    return hash.digest();
});var bitLength = (function (value) {
    return value === 0n ? 0 : value.toString(2).length;
});var ones = (function (value) {
    return value.toString(2).split('1').length - 1;
});var boundsOf = (function (timestamp) {
    return { earliest: timestamp.earliest ?? timestamp.time, latest: timestamp.time };
});var within = (function (time, from, to) {
    return from <= time.earliest && time.latest <= to;
});var validThroughout = (function (certificate, time) {
    return certificate.validAt(time.earliest) && certificate.validAt(time.latest);
});var shownTime = (function (time) {
    return time.earliest.getTime() === time.latest.getTime() ? time.latest.toISOString() : `just after ${time.earliest.toISOString()}`;
});var verifyBundle = (function (bundleJson, artifact, policy, trust) {
    try {
        return verify(bundleJson, artifact, policy, trust);
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G)
            throw error;
        // Whatever else a malformed bundle makes the ASN.1 or JSON readers throw still fails verification, with a code.
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `malformed bundle: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
});var verify = (function (bundleJson, artifact, policy, trust) {
    const bundle = (0,documents/* decodeBundle */.VH)(bundleJson);
    const material = bundle.verificationMaterial;
    let leaf;
    let signingKey;
    let keyDer;
    if (material.content.$case === 'publicKey') {
        if (policy.kind !== 'key') {
            throw new errors/* VerifyError */.G('VERIFY_KEY_MISMATCH', `expected a keyless bundle signed by ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found a bundle signed by a key (hint ${(0,quote/* quoted */.TL)(material.content.publicKey.hint)})`);
        }
        signingKey = policy.publicKey;
        keyDer = policy.publicKey.export({ format: 'der', type: 'spki' });
    }
    else {
        const der = material.content.$case === 'certificate' ? material.content.certificate.rawBytes : (material.content.x509CertificateChain.certificates[0]?.rawBytes ?? Buffer.alloc(0));
        if (policy.kind !== 'certificate') {
            throw new errors/* VerifyError */.G('VERIFY_KEY_MISMATCH', `expected a bundle signed by the key in ${policy.source}, found a keyless bundle with a certificate`);
        }
        if (trust === undefined)
            throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', 'a keyless bundle needs a trusted root to verify its certificate');
        if (material.content.$case === 'x509CertificateChain')
            checkBundledChain(material.content.x509CertificateChain.certificates.map(((certificate) => certificate.rawBytes)));
        leaf = checkLeaf(der, trust);
        signingKey = leaf.certificate.publicKey;
        keyDer = der;
    }
    const verified = verifyContent(bundle, artifact, signingKey);
    const logged = { signature: verified.signature, keyDer, ...verified.logged };
    const rfc3161 = (material.timestampVerificationData?.rfc3161Timestamps ?? []).map(((timestamp) => readTimestamp(timestamp.signedTimestamp)));
    expectDistinctEvidence(bundle, rfc3161);
    // A certificate is vouched for by its own instance's logs and timestamp authorities alone, as gh verifies: another
    // instance's log is not where the issuing CA's certificates are monitored.
    const roots = trust === undefined ? [] : leaf === undefined ? trust.roots : issuingRoots(leaf);
    const signedTimes = [];
    rfc3161.forEach(((timestamp, index) => {
        if (trust === undefined)
            return;
        const { earliest, latest } = verifyTimestamp(timestamp, verified.signature, roots, `rfc3161Timestamps[${index}]`);
        signedTimes.push({ source: 'timestamp-authority', time: latest, ...(earliest.getTime() === latest.getTime() ? {} : { earliest }) });
    }));
    // Filled by index in two passes, so that entries keep the bundle's order.
    const tlogEntries = [];
    const uncheckedTlogEntries = trust === undefined ? material.tlogEntries.length : 0;
    if (trust !== undefined) {
        // Entries with a signed promise first: their integration times, with the RFC 3161 ones, are the times a log key
        // proving an entry by its checkpoint alone must be valid at (a retired key dates nothing, and vouches for nothing).
        const promised = ((promise) => material.tlogEntries.flatMap(((entry, index) => ((entry.inclusionPromise !== undefined) === promise ? [[entry, index]] : []))));
        for (const [entry, index] of promised(true))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`);
        const knownTimes = [...signedTimes.flatMap(((timestamp) => [timestamp.earliest ?? timestamp.time, timestamp.time])), ...tlogEntries.flatMap(((entry) => (entry.integratedTime === undefined ? [] : [entry.integratedTime])))];
        for (const [entry, index] of promised(false))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`, knownTimes);
    }
    const timestamps = [
        ...tlogEntries.flatMap(((entry) => (entry.integratedTime === undefined ? [] : [{ source: 'transparency-log', time: entry.integratedTime }]))),
        ...signedTimes,
    ];
    if (policy.kind === 'key' && policy.transparencyLog === 'required')
        requireKeyLogEntry(policy, trust, tlogEntries);
    let issuingRoot;
    if (leaf !== undefined) {
        issuingRoot = checkValidity(leaf, timestamps);
        checkThresholds(issuingRoot, tlogEntries, timestamps, bundle);
        checkPolicy(leaf, policy);
    }
    return {
        mediaType: bundle.mediaType,
        content: verified.statement === undefined ? 'message-signature' : 'dsse',
        signer: leaf === undefined
            ? { kind: 'key', source: policy.source }
            : { kind: 'certificate', ...leaf.identity, notBefore: leaf.certificate.notBefore, notAfter: leaf.certificate.notAfter, trustRoot: issuingRoot?.label ?? '' },
        artifact: verified.artifact,
        timestamps,
        tlogEntries,
        uncheckedTlogEntries,
        ...(verified.statement === undefined ? {} : { statement: verified.statement }),
    };
});var requireKeyLogEntry = (function (policy, trust, verified) {
    if (trust === undefined) {
        throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `the bundle signed by the key in ${policy.source} needs a trusted root to verify its transparency-log entry`, { hint: 'pass --trusted-root (input "trusted-root"), or --insecure-ignore-tlog (input "insecure-ignore-tlog") for a bundle signed offline' });
    }
    if (verified.length === 0) {
        throw new errors/* VerifyError */.G('VERIFY_TLOG_MISSING', `the bundle signed by the key in ${policy.source} carries no transparency-log entry, which a key-signed bundle must have unless told`, {
            hint: 'a bundle signed offline (trust-kit sign-blob --key, a release signed with a key) has none: if you accept a signature that no public log shows, verify with --insecure-ignore-tlog (input "insecure-ignore-tlog"), as cosign is told',
        });
    }
});var holdsMessageSignature = (function (bundleJson) {
    const signature = typeof bundleJson === 'object' && bundleJson !== null ? bundleJson.messageSignature : undefined;
    return signature !== undefined && signature !== null;
});var expectDistinctEvidence = (function (bundle, timestamps) {
    const { tlogEntries } = bundle.verificationMaterial;
    for (const [what, count] of [['transparency-log entries', tlogEntries.length], ['RFC 3161 timestamps', timestamps.length]]) {
        if (count > MAX_EVIDENCE)
            throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the bundle carries ${count} ${what}; at most ${MAX_EVIDENCE} are accepted`);
    }
    const seen = new Map();
    const repeated = ((key, index) => {
        const first = seen.get(key);
        seen.set(key, first ?? index);
        return first;
    });
    tlogEntries.forEach(((entry, index) => {
        const log = Buffer.from(entry.logId?.keyId ?? []).toString('hex');
        const body = (0,external_node_crypto_.createHash)('sha256').update(entry.canonicalizedBody).digest('hex');
        const time = entry.inclusionPromise === undefined ? undefined : repeated(`time ${log} ${entry.integratedTime}`, index);
        const first = repeated(`index ${log} ${entry.logIndex}`, index) ?? repeated(`body ${log} ${body}`, index) ?? time;
        if (first !== undefined)
            throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `tlogEntries[${index}] repeats tlogEntries[${first}]: the same log entry (one log, and one index, one body or one signed integration time) is given twice`);
    }));
    timestamps.forEach(((timestamp, index) => {
        // An unreadable timestamp is verifyTimestamp's to report, with its code.
        const signed = 'error' in timestamp ? undefined : `${timestamp.signerSerialNumber.toString('hex')} ${timestamp.signerIssuer.toString('hex')} ${timestamp.signingTime.latest.getTime()}`;
        const first = repeated(`timestamp ${timestamp.der.toString('base64')}`, index) ?? (signed === undefined ? undefined : repeated(`signed ${signed}`, index));
        if (first !== undefined)
            throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `rfc3161Timestamps[${index}] repeats rfc3161Timestamps[${first}]: one timestamp authority's time is given twice`);
    }));
});var readTimestamp = (function (der) {
    try {
        return { der, ...parseRfc3161(der) };
    }
    catch (error) {
        return { der, error };
    }
});var checkBundledChain = (function (certificates) {
    if (certificates.length < 2)
        return;
    let previous;
    certificates.forEach(((der, index) => {
        const certificate = verify_certificate/* ParsedCertificate */.D.parse(der, `x509CertificateChain.certificates[${index}]`);
        if (previous !== undefined && !previous.signedBy(certificate)) {
            throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `x509CertificateChain.certificates[${index}] (${(0,quote/* quoted */.TL)(certificate.displayNames.subject)}) did not issue certificates[${index - 1}] (${(0,quote/* quoted */.TL)(previous.displayNames.subject)}): the bundle's certificate chain is not a chain`);
        }
        previous = certificate;
    }));
});var checkLeaf = (function (der, trust) {
    const cacheKey = der.toString('base64');
    const cached = trust.leafCache.get(cacheKey);
    if (cached !== undefined)
        return cached;
    const certificate = verify_certificate/* ParsedCertificate */.D.parse(der, 'the bundle\'s signing certificate');
    const found = trust.authoritiesNamed(certificate.displayNames.issuer).filter((({ authority }) => {
        const issuer = authority.chain[0];
        return issuer !== undefined && issuer.isCA && certificate.signedBy(issuer);
    }));
    if (found.length === 0 && trust.authoritiesNamed(certificate.displayNames.issuer).length > 0) {
        // Sigstore rotates keys under the same CA names: listing the root's CAs would name the very issuer the message says it lacks.
        throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}: ${trust.label} holds a CA of that name, but not the key that signed it (a root from before or after a key rotation, or of another deployment)`, {
            hint: "fetch the trusted root again where it is published, into a directory of its own as VERIFY.md does (`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` for Sigstore's and GitHub's), or pass the one of the deployment that signed, with --trusted-root",
        });
    }
    if (found.length === 0) {
        const cas = trust.roots.flatMap(((root) => root.certificateAuthorities.map(((ca) => ca.chain[0]?.displayNames.subject ?? '?'))));
        throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, which is not a CA of ${trust.label} (its CAs: ${cas.length === 0 ? 'none' : (0,quote/* boundedList */.Y4)(cas.map(((name) => (0,quote/* quoted */.TL)(name))))})`);
    }
    const chained = found.filter((({ authority }) => chainProblem(authority, verify_certificate/* CODE_SIGNING_EKU */.cJ) === undefined));
    if (chained.length === 0) {
        const problem = chainProblem(found[0].authority, verify_certificate/* CODE_SIGNING_EKU */.cJ) ?? '';
        throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, a CA of ${trust.label} whose certificate chain there cannot vouch for code signing: ${problem}`, {
            hint: 'fix the trusted root: each CA certificate must be signed by the next one of its chain, be a CA allowed to sign certificates, and allow code signing',
        });
    }
    const critical = certificate.unprocessedCriticalExtension;
    const misuse = certificate.isCA || certificate.claimsCA
        ? 'a CA certificate'
        : !certificate.allowsCodeSigning
            ? 'not valid for code signing (no code-signing extended key usage)'
            : !certificate.allowsDigitalSignature
                ? 'not valid for signatures (its key usage lacks digitalSignature)'
                : critical === undefined
                    ? undefined
                    : `restricted by a critical extension trust-kit does not process (${critical})`;
    if (misuse !== undefined) {
        throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate is ${misuse}; expected a Fulcio code-signing leaf certificate`);
    }
    const names = certificate.subjectAltNames;
    if (names.length !== 1) {
        // With several names, which one is "the" identity is a guess another verifier may make differently.
        throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate carries ${names.length} subject alternative names (${names.slice(0, 5).map(((name) => (0,quote/* quoted */.TL)(name))).join(', ')}${names.length > 5 ? ', \u2026' : ''}); a Fulcio certificate names exactly one identity`);
    }
    let sctError;
    const issuers = chained.filter((({ root, authority }) => {
        try {
            checkSCTs(certificate, authority, root);
            return true;
        }
        catch (error) {
            sctError ??= error;
            return false;
        }
    }));
    if (issuers.length === 0)
        throw sctError;
    const issuer = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.issuer);
    const issuerV1 = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.issuerV1);
    if (issuer !== undefined && issuerV1 !== undefined && issuer !== issuerV1) {
        // Fulcio writes both with one value; verifiers differ on which one they read, so two values make the issuer a guess.
        throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two OIDC issuers: ${(0,quote/* quoted */.TL)(issuer)} (${verify_certificate/* FULCIO_OIDS */.bo.issuer}) and ${(0,quote/* quoted */.TL)(issuerV1)} (${verify_certificate/* FULCIO_OIDS */.bo.issuerV1})`);
    }
    // The same for the repository: trust-kit's --repo reads the source repository (.1.12), cosign's
    // --certificate-github-workflow-repository (which VERIFY.md gives) the older extension, so two repositories make opposite verdicts.
    const repository = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.sourceRepositoryURI);
    const repositoryV1 = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.githubWorkflowRepositoryV1);
    if (repository !== undefined && repositoryV1 !== undefined && URL.parse(repository)?.pathname.slice(1).toLowerCase() !== repositoryV1.toLowerCase()) {
        throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two source repositories: ${(0,quote/* quoted */.TL)(repository)} (${verify_certificate/* FULCIO_OIDS */.bo.sourceRepositoryURI}) and ${(0,quote/* quoted */.TL)(repositoryV1)} (${verify_certificate/* FULCIO_OIDS */.bo.githubWorkflowRepositoryV1})`);
    }
    const extensions = {};
    for (const [name, oid] of Object.entries(verify_certificate/* FULCIO_OIDS */.bo)) {
        if (name === 'issuerV1' || name === 'githubWorkflowRepositoryV1')
            continue;
        const value = certificate.fulcioExtension(oid);
        if (value !== undefined)
            extensions[name] = value;
    }
    const leaf = {
        certificate,
        issuers,
        identity: {
            subjectAlternativeName: names[0] ?? '',
            issuer: issuer ?? issuerV1 ?? '',
            extensions,
        },
    };
    if (trust.leafCache.size >= 4096)
        trust.leafCache.clear();
    trust.leafCache.set(cacheKey, leaf);
    return leaf;
});var checkSCTs = (function (certificate, authority, root) {
    if (root.ctlogs.length === 0)
        return;
    let scts;
    let tbs;
    try {
        scts = certificate.signedCertificateTimestamps;
        tbs = (0,verify_der/* tbsWithoutExtension */.po)(certificate.der, SCT_OID_DER);
    }
    catch (error) {
        throw new errors/* VerifyError */.G('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamps cannot be read: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
    if (scts === undefined || scts.length === 0) {
        throw new errors/* VerifyError */.G('VERIFY_SCT_MISSING', `${root.label} lists certificate-transparency logs, so the signing certificate must embed a signed certificate timestamp; it has none`);
    }
    const issuerKeyHash = (0,external_node_crypto_.createHash)('sha256').update(authority.chain[0].subjectPublicKeyInfo).digest();
    const length = Buffer.alloc(3);
    length.writeUIntBE(tbs.length, 0, 3);
    const preCert = Buffer.concat([issuerKeyHash, length, tbs]);
    const verified = scts.filter(((sct) => root.ctlogs.some(((log) => log.logId.equals(sct.logId) && log.validFrom <= sct.time && sct.time <= log.validTo && (0,verify_sct/* verifySct */.Q)(sct, preCert, log.publicKey)))));
    // An SCT of a listed log that verifies, but at a time the trusted root does not trust the log's key: the root is the cause, not the bundle.
    const outsideWindow = verified.length === 0 ? scts.find(((sct) => root.ctlogs.some(((log) => log.logId.equals(sct.logId) && (sct.time < log.validFrom || log.validTo < sct.time) && (0,verify_sct/* verifySct */.Q)(sct, preCert, log.publicKey))))) : undefined;
    if (outsideWindow !== undefined) {
        throw new errors/* VerifyError */.G('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamp of CT log ${(0,verify_certificate/* abbreviate */.Sm)(outsideWindow.logId.toString('hex'))} was made at ${outsideWindow.time.toISOString()}, outside the validity of the log's key in ${root.label}`, {
            hint: 'the trusted root is out of date or cut short: fetch it again where it is published (`gh attestation trusted-root`), or pass the one of the deployment that signed, with --trusted-root',
        });
    }
    if (verified.length === 0) {
        throw new errors/* VerifyError */.G('VERIFY_SCT_INVALID', `none of the certificate's ${scts.length} signed certificate timestamp(s) verifies with a CT log of ${root.label} (SCT log ids: ${scts.map(((sct) => (0,verify_certificate/* abbreviate */.Sm)(sct.logId.toString('hex')))).join(', ')})`);
    }
});var verifyContent = (function (bundle, artifact, key) {
    const content = bundle.content;
    if (content.$case === 'messageSignature') {
        const message = content.messageSignature;
        const algorithm = HASH_NAMES[message.messageDigest.algorithm];
        if (algorithm === undefined)
            throw new errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `the message digest algorithm ${message.messageDigest.algorithm} is not supported (sha256, sha384, sha512)`);
        const signed = message.messageDigest.digest.toString('hex');
        let actual;
        if ('bytes' in artifact) {
            actual = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex');
        }
        else {
            if (artifact.digest.algorithm !== algorithm) {
                throw new errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `the bundle signs a ${algorithm} digest, but the artifact was given as a ${artifact.digest.algorithm} digest`, { hint: `give the artifact as ${algorithm}:<hex>, or the file itself` });
            }
            actual = artifact.digest.hex.toLowerCase();
        }
        if (actual !== signed) {
            throw new errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `the bundle signs ${algorithm}:${signed}, but the artifact is ${algorithm}:${actual}`);
        }
        const signature = message.signature;
        let valid;
        if ('bytes' in artifact) {
            valid = verify_verifyWith(key, algorithm, artifact.bytes, signature);
        }
        else {
            if (artifact.verifyPrehashed === undefined) {
                throw new errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `the bundle holds a message signature, which this verification by digest (${algorithm}:${actual}) cannot check: it was given no verifier of signatures over a digest`, { hint: 'verify with the artifact file instead of its digest' });
            }
            valid = artifact.verifyPrehashed(key, Buffer.from(actual, 'hex'), signature);
        }
        if (!valid)
            throw new errors/* VerifyError */.G('VERIFY_SIGNATURE_INVALID', `the message signature over ${algorithm}:${actual} does not verify with the signing ${keyName(key)}`);
        return { signature, artifact: { algorithm, hex: actual }, logged: { messageDigest: { algorithm, hex: signed } } };
    }
    const envelope = content.dsseEnvelope;
    if (envelope.signatures.length !== 1)
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE envelope with 1 signature, found ${envelope.signatures.length}`);
    const signature = envelope.signatures[0].sig;
    const payload = envelope.payload;
    const pae = preAuthEncoding(envelope.payloadType, payload);
    if (!verify_verifyWith(key, 'sha256', pae, signature)) {
        throw new errors/* VerifyError */.G('VERIFY_SIGNATURE_INVALID', `the DSSE signature over the ${(0,quote/* quoted */.TL)(envelope.payloadType)} payload does not verify with the signing ${keyName(key)}`);
    }
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE payload of type ${IN_TOTO_PAYLOAD_TYPE} (an in-toto statement naming its subjects), found ${(0,quote/* quoted */.TL)(envelope.payloadType)}`);
    }
    const statement = parseStatement(payload);
    const digestOf = artifactDigester(artifact);
    const subject = statement.subjects.find(((candidate) => {
        const algorithms = comparableAlgorithms(candidate, digestOf);
        return algorithms.length > 0 && algorithms.every(((name) => candidate.digest[name]?.toLowerCase() === digestOf(name)));
    }));
    const algorithm = 'bytes' in artifact ? 'sha256' : artifact.digest.algorithm;
    if (subject === undefined) {
        const hex = digestOf(algorithm) ?? '';
        // Names and digests are the signer's to choose: quoted (escaped) and shortened, as many as fit a line.
        const listed = statement.subjects.slice(0, 5).map(((candidate) => `${(0,quote/* quoted */.TL)(candidate.name, 100)} (${Object.entries(candidate.digest).slice(0, 3).map((([name, value]) => `${(0,quote/* quoted */.TL)((0,verify_certificate/* abbreviate */.Sm)(name, 16)).slice(1, -1)}:${(0,quote/* quoted */.TL)((0,verify_certificate/* abbreviate */.Sm)(String(value))).slice(1, -1)}`)).join(', ')})`));
        throw new errors/* VerifyError */.G('VERIFY_SUBJECT_MISMATCH', `the artifact ${algorithm}:${hex} is not a subject of the signed statement; its ${statement.subjects.length} subject(s): ${listed.join('; ')}${statement.subjects.length > 5 ? '; \u2026' : ''}`);
    }
    const matchedAlgorithm = comparableAlgorithms(subject, digestOf)[0] ?? algorithm;
    return {
        signature,
        artifact: { algorithm: matchedAlgorithm, hex: digestOf(matchedAlgorithm) ?? '' },
        logged: { payloadSha256: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('hex'), paeSha256: (0,external_node_crypto_.createHash)('sha256').update(pae).digest('hex') },
        statement,
    };
});var preAuthEncoding = (function (payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
});var goFolded = (function (key) {
    return key.toLowerCase().replace(/\u017f/g, 's');
});var refuseFoldedFields = (function (object, fields, where) {
    const keys = Object.keys(object);
    for (const field of fields) {
        const matching = keys.filter(((key) => goFolded(key) === field.toLowerCase()));
        if (matching.length > 1) {
            throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement)${where} has both ${matching.slice(0, 2).map(((key) => (0,quote/* quoted */.TL)(key, 100))).join(' and ')}, which Go's encoding/json (cosign's attestation policies) reads as one field, the last winning`, { hint: json/* JSON_FAULT_HINT */.y0 });
        }
    }
});var parseStatement = (function (payload) {
    // JSON text is UTF-8 (RFC 8259); read leniently, bytes that are not would be U+FFFD here and a refusal in gh, cosign and sigstore-python.
    if (!(0,external_node_buffer_.isUtf8)(payload))
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', 'the DSSE payload (an in-toto statement) is not UTF-8 text, which gh, cosign and sigstore-python refuse to read');
    const text = payload.toString('utf8');
    let statement;
    try {
        statement = JSON.parse(text);
    }
    catch {
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', 'the DSSE payload is not JSON, though its type says in-toto statement');
    }
    // JSON.parse keeps the last of two equal keys, sigstore-go (protobuf JSON) refuses them: a statement read two ways names other subjects or predicates to each.
    const fault = (0,json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) ${(0,json/* describeJsonFault */.at)(fault)}`, { hint: json/* JSON_FAULT_HINT */.y0 });
    const { _type: type, predicateType, subject } = (statement ?? {});
    if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type) || !Array.isArray(subject)) {
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload is not an in-toto statement (expected _type https://in-toto.io/Statement/v1 or v0.1 and a subject list, found _type ${(0,quote/* quoted */.TL)(type ?? null)})`);
    }
    refuseFoldedFields(statement, STATEMENT_FIELDS, '');
    // In-toto requires a predicate type, a URI: another kind of value read as none would be reported as another type than asked for.
    if (typeof predicateType !== 'string' || predicateType === '') {
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has ${predicateType === undefined ? 'no predicateType' : `a predicateType that is not a URI (${predicateType === '' ? 'empty' : Array.isArray(predicateType) ? 'an array' : predicateType === null ? 'null' : typeof predicateType})`}`, {
            hint: 'in-toto statements name their predicate type as a URI string; no attestation tool wrote this one: do not trust it',
        });
    }
    // A predicate is an object (in-toto Statement v1; sigstore-python refuses another kind); absent is allowed, as the spec allows.
    const { predicate } = statement;
    if (predicate !== undefined && predicate !== null && (typeof predicate !== 'object' || Array.isArray(predicate))) {
        throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a predicate that is not an object (${Array.isArray(predicate) ? 'an array' : typeof predicate})`, { hint: 'in-toto statements carry their predicate as a JSON object; no attestation tool wrote this one: do not trust it' });
    }
    subject.forEach(((entry, index) => {
        if (typeof entry === 'object' && entry !== null)
            refuseFoldedFields(entry, SUBJECT_FIELDS, ` its subject ${index + 1}`);
    }));
    const subjects = subject.map(((entry, index) => {
        const { name, digest } = (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry : { name: 0 });
        // A digest set maps algorithms to strings (protobuf JSON, as sigstore-go and sigstore-python read it, refuses anything else); a number or a list would be read as no digest here and as a failure there.
        const digests = typeof digest === 'object' && digest !== null && !Array.isArray(digest) ? Object.values(digest) : undefined;
        if ((name !== undefined && typeof name !== 'string') || digests?.every(((value) => typeof value === 'string')) !== true) {
            throw new errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a subject ${index + 1} that is not an object of a name and a digest set (digest strings by algorithm)`, {
                hint: 'in-toto statements list subjects as {"name": "...", "digest": {"sha256": "<hex>"}}; no attestation tool wrote this one: do not trust it',
            });
        }
        return { name: name ?? '', digest: digest };
    }));
    return { type, predicateType, subjects };
});var artifactDigester = (function (artifact) {
    if (!('bytes' in artifact))
        return ((algorithm) => (algorithm === artifact.digest.algorithm ? artifact.digest.hex : artifact.moreDigests?.[algorithm])?.toLowerCase());
    const computed = new Map();
    return ((algorithm) => {
        let hex = computed.get(algorithm);
        if (hex === undefined)
            computed.set(algorithm, (hex = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex')));
        return hex;
    });
});var comparableAlgorithms = (function (subject, digestOf) {
    return SUBJECT_ALGORITHMS.filter(((algorithm) => subject.digest[algorithm] !== undefined && digestOf(algorithm) !== undefined));
});var verifyTimestamp = (function (timestamp, signature, roots, where) {
    if ('error' in timestamp) {
        const { error } = timestamp;
        throw new errors/* VerifyError */.G('VERIFY_TIMESTAMP_INVALID', `${where}: not a valid RFC 3161 timestamp: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, {
            cause: error,
            hint: 'the bundle\'s timestamp could not be read, so it dates nothing: give the bundle as it was published (a damaged or hand-edited one is not), and do not trust this artifact until it verifies',
        });
    }
    const { signingTime } = timestamp;
    const authorities = roots.flatMap(((root) => root.timestampAuthorities));
    const candidates = authorities.filter(((ca) => {
        const signer = ca.chain[0];
        return signer !== undefined && signer.serialNumber.equals(timestamp.signerSerialNumber) && signer.issuer.equals(timestamp.signerIssuer);
    }));
    if (candidates.length === 0) {
        throw new errors/* VerifyError */.G('VERIFY_TIMESTAMP_INVALID', `${where}: signed by a timestamp authority certificate (serial ${timestamp.signerSerialNumber.toString('hex')}) that ${(0,trust/* rootLabels */.Wn)(roots)} does not list (it lists ${authorities.length} timestamp authorit${authorities.length === 1 ? 'y' : 'ies'})`);
    }
    let lastProblem = '';
    let hint;
    for (const ca of candidates) {
        if (!within(signingTime, ca.validFrom, ca.validTo)) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the window the trusted root trusts its timestamp authority in (validFor ${(0,trust/* describeValidity */.Aw)(ca.validFrom, ca.validTo)})`;
            hint = WINDOW_HINT;
            continue;
        }
        const expired = ca.chain.find(((certificate) => !validThroughout(certificate, signingTime)));
        if (expired !== undefined) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the validity of the timestamp authority's certificate "${expired.displayNames.subject}" (${expired.notBefore.toISOString()} to ${expired.notAfter.toISOString()})`;
            hint = undefined;
            continue;
        }
        const signer = ca.chain[0];
        const claimed = timestamp.signingTimeAttribute;
        // Go's CMS reader (sigstore-go, cosign) refuses a signing time its signer's certificate does not cover, whatever genTime says.
        if (claimed !== undefined && !validThroughout(signer, claimed)) {
            lastProblem = `the signed signing-time attribute ${shownTime(claimed)} is outside the validity of the timestamp authority's certificate (${signer.notBefore.toISOString()} to ${signer.notAfter.toISOString()})`;
            continue;
        }
        const problem = chainProblem(ca, verify_certificate/* TIME_STAMPING_EKU */.qs);
        if (problem !== undefined) {
            lastProblem = `the timestamp authority's certificate chain in the trusted root cannot vouch for timestamps: ${problem}`;
            continue;
        }
        try {
            verifyRfc3161(timestamp, signature, signer.publicKey, signer.der);
            return signingTime;
        }
        catch (error) {
            lastProblem = (0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error));
            hint = undefined;
        }
    }
    throw new errors/* VerifyError */.G('VERIFY_TIMESTAMP_INVALID', `${where}: ${lastProblem}`, hint === undefined ? {} : { hint });
});var chainProblem = (function (ca, usage) {
    let problem = chainProblems.get(ca);
    if (problem === undefined) {
        problem = findChainProblem(ca.chain, usage === verify_certificate/* TIME_STAMPING_EKU */.qs ? 1 : 0, usage) ?? null;
        chainProblems.set(ca, problem);
    }
    return problem ?? undefined;
});var findChainProblem = (function (chain, firstIssuer, usage) {
    const named = ((index) => `certChain[${index}] (${(0,quote/* quoted */.TL)(chain[index].displayNames.subject)})`);
    for (const [index, certificate] of chain.entries()) {
        if (!certificate.allowsExtendedKeyUsage(usage))
            return `${named(index)} has an extended key usage without ${usage === verify_certificate/* TIME_STAMPING_EKU */.qs ? 'timeStamping' : 'codeSigning'}`;
        if (index < firstIssuer) {
            const problem = timestampSignerProblem(certificate);
            if (problem !== undefined)
                return `${named(index)} ${problem}`;
            continue;
        }
        // Before the CA check, which OpenSSL fails for a key usage without keyCertSign too: the precise reason first.
        if (!certificate.allowsCertSign)
            return `${named(index)} issues certificates but its key usage lacks keyCertSign`;
        if (!certificate.isCA)
            return `${named(index)} issues certificates but is not a CA certificate`;
        const pathLength = certificate.pathLengthConstraint;
        const below = index - firstIssuer;
        if (pathLength !== undefined && pathLength < below)
            return pathLength < 0 ? `${named(index)} has basic constraints that cannot be read` : `${named(index)} allows ${pathLength} CA certificate${pathLength === 1 ? '' : 's'} below it (pathLenConstraint), but ${below} follow${below === 1 ? 's' : ''} it`;
    }
    // Signatures last: OpenSSL refuses an issuer that is no CA before it looks at the signature, which would hide why.
    const unsigned = chain.findIndex(((certificate, index) => index + 1 < chain.length && !certificate.signedBy(chain[index + 1])));
    return unsigned === -1 ? undefined : `${named(unsigned)} is not signed by ${named(unsigned + 1)}`;
});var timestampSignerProblem = (function (certificate) {
    const eku = certificate.extendedKeyUsage;
    if (certificate.isCA || certificate.claimsCA)
        return 'is a CA certificate, not a timestamp authority\'s signing certificate';
    if (eku === undefined)
        return 'has no extended key usage; a timestamp authority\'s signing certificate names timeStamping alone, as a critical extension (RFC 3161 2.3)';
    if (!eku.critical)
        return 'has an extended key usage that is not critical; RFC 3161 2.3 requires it critical';
    if (eku.usages.length !== 1)
        return `has an extended key usage that names ${eku.usages.length} usages; a timestamp authority's signing certificate names timeStamping alone (RFC 3161 2.3)`;
    if (eku.usages[0] !== verify_certificate/* TIME_STAMPING_EKU */.qs)
        return `has an extended key usage that names ${eku.usages[0] ?? ''}, not timeStamping alone (RFC 3161 2.3)`;
    return undefined;
});var checkThresholds = (function (root, tlogEntries, timestamps, bundle) {
    if (root.tlogs.length > 0 && tlogEntries.length === 0) {
        throw new errors/* VerifyError */.G('VERIFY_TLOG_MISSING', `expected at least 1 transparency-log entry (${root.label} lists ${root.tlogs.map(((log) => log.baseUrl)).join(', ')}), found ${bundle.verificationMaterial.tlogEntries.length}`);
    }
    const signed = timestamps.filter(((timestamp) => timestamp.source === 'timestamp-authority')).length;
    if (root.tlogs.length === 0 && signed === 0) {
        throw new errors/* VerifyError */.G('VERIFY_TIMESTAMP_MISSING', `expected at least 1 signed timestamp (${root.label} lists no transparency log, so a timestamp authority must vouch for the signing time), found none`);
    }
    if (timestamps.length === 0) {
        throw new errors/* VerifyError */.G('VERIFY_TIMESTAMP_MISSING', 'expected at least 1 verified signing time (a log entry with an inclusion promise, or a signed timestamp), found none');
    }
});var issuingRoots = (function (leaf) {
    return [...new Set(leaf.issuers.map(((issuer) => issuer.root)))];
});var checkValidity = (function (leaf, timestamps) {
    const { certificate } = leaf;
    for (const timestamp of timestamps) {
        if (!validThroughout(certificate, boundsOf(timestamp))) {
            throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_EXPIRED', `the signing certificate is valid from ${certificate.notBefore.toISOString()} to ${certificate.notAfter.toISOString()}, but the ${timestamp.source} time is ${shownTime(boundsOf(timestamp))}`);
        }
    }
    let problem;
    for (const { root, authority } of leaf.issuers) {
        const outside = timestamps.find(((timestamp) => !within(boundsOf(timestamp), authority.validFrom, authority.validTo) || !authority.chain.every(((ca) => validThroughout(ca, boundsOf(timestamp))))));
        if (outside === undefined)
            return root;
        const named = `the issuing CA "${authority.chain[0]?.displayNames.subject ?? '?'}"`;
        const at = `the ${outside.source} time ${shownTime(boundsOf(outside))}`;
        const expired = authority.chain.find(((ca) => !validThroughout(ca, boundsOf(outside))));
        problem ??=
            !within(boundsOf(outside), authority.validFrom, authority.validTo)
                ? { message: `${at} is outside the window the trusted root trusts ${named} in (validFor ${(0,trust/* describeValidity */.Aw)(authority.validFrom, authority.validTo)})`, hint: WINDOW_HINT }
                : { message: `${at} is outside the validity of ${expired === authority.chain[0] ? named : `the certificate "${expired?.displayNames.subject ?? '?'}" in the chain of ${named}`} (${expired?.notBefore.toISOString() ?? '?'} to ${expired?.notAfter.toISOString() ?? '?'})` };
    }
    throw new errors/* VerifyError */.G('VERIFY_CERTIFICATE_EXPIRED', problem?.message ?? 'no issuing CA of the trusted root was valid at the signing time', problem?.hint === undefined ? {} : { hint: problem.hint });
});var otherRefHint = (function (expected, found) {
    if (expected.kind !== 'exact')
        return undefined;
    const at = (0,workflow_ref/* workflowRefAt */.Sc)(expected.value);
    const foundAt = (0,workflow_ref/* workflowRefAt */.Sc)(found);
    if (at === -1 || foundAt === -1 || expected.value.slice(0, at) !== found.slice(0, foundAt))
        return undefined;
    const foundRef = (0,quote/* quoted */.TL)(found.slice(foundAt + 1));
    return `the same workflow signed, at ${foundRef}, not at ${(0,quote/* quoted */.TL)(expected.value.slice(at + 1))}: this file belongs to what that ref made (another release, or the commit a caller pinned a reusable workflow to); use the files of the release you expect, or pin ${foundRef} if that is the ref you expect`;
});var checkPolicy = (function (leaf, policy) {
    const { subjectAlternativeName, issuer, extensions } = leaf.identity;
    if (!(0,verify_policy/* matches */.cK)(policy.identity, subjectAlternativeName)) {
        const hint = otherRefHint(policy.identity, subjectAlternativeName);
        throw new errors/* VerifyError */.G(policy.mismatchCodes?.identity ?? 'VERIFY_POLICY_IDENTITY_MISMATCH', `expected certificate identity ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found ${(0,quote/* quoted */.TL)(subjectAlternativeName)}`, hint === undefined ? {} : { hint });
    }
    if (!(0,verify_policy/* matches */.cK)(policy.issuer, issuer)) {
        throw new errors/* VerifyError */.G('VERIFY_POLICY_ISSUER_MISMATCH', `expected OIDC issuer ${(0,verify_policy/* describeMatcher */.OT)(policy.issuer)}, found ${(0,quote/* quoted */.TL)(issuer)}`);
    }
    for (const [name, expected] of Object.entries(policy.extensions)) {
        const found = extensions[name];
        const equal = policy.extensionsIgnoringCase?.includes(name) === true ? found !== undefined && (0,ascii/* asciiLowerCase */.r)(found) === (0,ascii/* asciiLowerCase */.r)(expected) : found === expected;
        if (!equal) {
            throw new errors/* VerifyError */.G(policy.mismatchCodes?.extensions?.[name] ?? 'VERIFY_POLICY_EXTENSION_MISMATCH', `expected certificate extension ${name} (${verify_certificate/* FULCIO_OIDS */.bo[name]}) ${(0,quote/* quoted */.TL)(expected)}, found ${found === undefined ? 'none' : (0,quote/* quoted */.TL)(found)}`);
        }
    }
});var verify_verifyWith = (function (key, algorithm, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : algorithm, data, key, signature);
    }
    catch {
        return false;
    }
});var keyName = (function (key) {
    return `${key.asymmetricKeyType ?? ''} key`.trim();
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: (() => (/* binding */ holdsMessageSignature)),
  p: (() => (/* binding */ verifyBundle))
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/core/ascii.js
var ascii = __webpack_require__(63712);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/json.js
var json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/sigstore/verify/certificate.js
var verify_certificate = __webpack_require__(94661);
// EXTERNAL MODULE: ./lib/sigstore/verify/der.js
var verify_der = __webpack_require__(83913);
// EXTERNAL MODULE: ./lib/sigstore/verify/documents.js
var documents = __webpack_require__(30396);
// EXTERNAL MODULE: ./lib/sigstore/verify/errors.js
var errors = __webpack_require__(5447);
// EXTERNAL MODULE: ./lib/core/workflow-ref.js
var workflow_ref = __webpack_require__(9966);
// EXTERNAL MODULE: ./lib/sigstore/verify/policy.js
var verify_policy = __webpack_require__(91638);
// EXTERNAL MODULE: ./lib/sigstore/verify/sct.js
var verify_sct = __webpack_require__(52324);
;// CONCATENATED MODULE: ./lib/sigstore/verify/timestamp.js



const SEQUENCE = 0x30;
const SET = 0x31;
const OID = 0x06;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const CONSTRUCTED_OCTET_STRING = 0x24;
const EXPLICIT_0 = 0xa0;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const SIGNED_DATA = '1.2.840.113549.1.7.2';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const CONTENT_TYPE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12';
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const HASHES = { '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' };
const ECDSA_HASHES = { '1.2.840.10045.4.3.1': 'sha224', '1.2.840.10045.4.3.2': 'sha256', '1.2.840.10045.4.3.3': 'sha384', '1.2.840.10045.4.3.4': 'sha512' };
/**
 * A DER GeneralizedTime (X.690 11.7): seconds, then a fraction of 1 to 9 digits without trailing zeros
 * when it has one, then Z; what Go's reader (sigstore-go, cosign) takes, a time that serializes back to itself.
 */
const TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{0,8}[1-9]))?Z$/;
/** A DER UTCTime (RFC 5280 4.1.2.5.1: seconds, Z), as CMS encodes a signing time before 2050. */
const UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;




/**
 * The time a GeneralizedTime or UTCTime says (`year`, then month to second and a fraction in the
 * match's groups 2 to 7), as a {@link SignedTime}. Undefined for a date no calendar has.
 */

/**
 * The bytes of the OCTET STRING holding the TSTInfo, which must be primitive, as DER has it. CMS's
 * BER also allows one constructed of segments, but cosign (its digest then covers the segments'
 * headers, and fails) and sigstore-js (which crashes) take none: a token they refuse is refused here.
 */

/** Reads a TimeStampResp (status, then the token: a CMS SignedData over a TSTInfo with one signer and signed attributes); throws on anything else. */

/** A signing-time attribute's value: a UTCTime (years 1950 to 2049) or a GeneralizedTime, as RFC 5652 11.3 encodes it. */

/**
 * The first ESSCertID(v2) of a signingCertificate(V2) attribute: the certificate that verifies the signature
 * (RFC 5035 5.4), by a SHA-1 hash (v1) or the hash its AlgorithmIdentifier names, SHA-256 by default (v2).
 */


/**
 * Checks that a timestamp covers `data` (its message imprint), that its signed attributes cover
 * its TSTInfo (the message-digest attribute) and name `certificate` (DER) when they name one, and
 * that `key`, the certificate's, signed them; throws saying which fails.
 */


// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(10132);
;// CONCATENATED MODULE: ./lib/sigstore/verify/tlog.js






/** The entry kinds only Rekor v2 logs write (v1 writes hashedrekord and dsse at 0.0.1). */
const REKOR_V2_KINDS = new Set(['hashedrekord/0.0.2', 'dsse/0.0.2']);
/**
 * Verifies one transparency-log entry: the log is in the trusted root with a key valid at the
 * entry's signed integration time (or, for an entry with only an inclusion proof, at every
 * `signedTimes`: the bundle's verified RFC 3161 times and other entries' signed integration times;
 * with none of those, at `now`), its signed entry timestamp and/or inclusion proof
 * (checkpoint signature and Merkle path) verify, and its body records this bundle's signature,
 * digest and key.
 */

/** Whether the entry's signed entry timestamp verifies with the key of `log`. */


const NOTE_SIGNATURE = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/]+={0,2})$/;
const TREE_SIZE = /^(?:0|[1-9]\d{0,18})$/;
/**
 * Splits a signed note into its text and signature lines, refusing anything else in the
 * signature block: a line another verifier may read differently is not skipped but refused.
 */

/** The checkpoint body (C2SP tlog-checkpoint): origin, tree size in decimal without leading zeros, 32-byte root hash in base64, extension lines. */

/**
 * The names a log signs its checkpoints with: its hostname, as rekor-tiles writes it and sigstore-go
 * expects it; its host with the port, as a Rekor v1 on a port may write it; or its host and path for a
 * log served below one (sigstore-js accepts any name its base URL contains).
 */

/**
 * Whether two logs sign their checkpoints under the same names (the same host, listed twice for two validity periods).
 * Both ways: a log on the same host with a port or a path has the host's names and more, and is another log.
 */

/**
 * Whether a checkpoint's origin line names the log that signed it under `name`: C2SP tlog-checkpoint logs (rekor-tiles,
 * Ed25519 as Rekor v2 runs) use their key's name exactly, as sigstore-go requires; Rekor v1 (ECDSA) writes
 * "<name> - <tree id>", the tree of the shard the entry is in.
 */

/**
 * Verifies an entry's inclusion proof against its checkpoint, signed by `log`. A Rekor v1 log (ECDSA) signs under
 * its `--rekor_server.hostname`, by default its machine's name (a sigstore/scaffolding deployment's is its pod's),
 * not always its URL's host, and sigstore-go, cosign and sigstore-python accept a checkpoint under any name: so
 * does this, for a log whose key `keyShared` says no other log of the trusted roots has. Its origin must still be
 * the name signed under (`<name> - <tree id>`), so that another log's checkpoint under a shared key, or this one's
 * re-signed under another name, never passes for this log's; a C2SP log (Ed25519, Rekor v2) signs under its host.
 */
/**
 * Checks an inclusion proof: its checkpoint signed by the log under its name, for the proof's tree, and the entry's
 * Merkle path to that tree's root. A v0.1 proof without a checkpoint (Rekor's answers before checkpoints) proves nothing
 * by itself, since nothing signs its root, but a path that does not hash to the root it gives is altered evidence all
 * the same: refused, as the conformance suite refuses it.
 */

/** Checks that a checkpoint is the log's, signed under its name, and for the tree the proof is of. */


/** Rekor v2 bodies: protobuf JSON with base64 digests, signatures and DER verifiers. */

/**
 * Whether a logged certificate is one for the public key (SPKI DER) a bundle is verified with:
 * `cosign sign --key --certificate` logs the key's certificate (a private CA's, or a KMS key's) as
 * the verifier, and cosign, given the key, accepts the entry when the two agree. A keyless
 * bundle's `keyDer` is a certificate, never an SPKI, so this never stands in for its own check.
 */

/** DER bytes of the first PEM block of a text (certificate or public key); empty when there is none. */






;// CONCATENATED MODULE: ./lib/sigstore/verify/verify.js















/** The millisecond bounds of a verified time. */

/** Whether a signed time lies wholly within a window: from its start (inclusive) to its end (inclusive), both to the millisecond. */

/** Whether a certificate was valid throughout a signed time's bounds. */

/** A signed time for a message: as ISO 8601, or, with a fraction finer than a millisecond, the millisecond it follows. */

/** The content bytes of OID 1.3.6.1.4.1.11129.2.4.2 (RFC 6962 embedded SCT list). */
const SCT_OID_DER = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02]);
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The message digest algorithms a bundle may name that are verified (SHA-3 ones are not). */
const HASH_NAMES = {
    HASH_ALGORITHM_UNSPECIFIED: 'sha256',
    SHA2_256: 'sha256',
    SHA2_384: 'sha384',
    SHA2_512: 'sha512',
};
/**
 * Verifies a Sigstore bundle (v0.1 to v0.3, parsed JSON) for an artifact under a policy, offline:
 * the signature over the artifact (or, for DSSE, that the artifact is a subject of the signed
 * statement), the certificate chain to a CA of the trusted root and its SCTs, the transparency-log
 * entries and RFC 3161 timestamps, the thresholds of the issuing instance (a log entry where the
 * trusted root lists logs, a signed timestamp where it lists none), the certificate's validity at
 * every verified time, and then the policy's identity. Throws a {@link VerifyError}: `VERIFY_*`
 * for cryptographic failures, `VERIFY_POLICY_*` for a valid signature by someone else.
 */


/**
 * A key-signed bundle must carry a transparency-log entry verified against the trusted root, as
 * cosign's `verify --key` requires (one, unless told `--insecure-ignore-tlog`): a key holds no
 * time, and only the log lets the key's owner see every signature made with it.
 */

/** Whether a bundle's JSON, not yet checked, sets a message signature (rather than a DSSE envelope). */

/** At most this many log entries, and this many RFC 3161 timestamps, per bundle (as sigstore-go): verification work stays bounded. */
const MAX_EVIDENCE = 32;
/**
 * Refuses a bundle that repeats a log entry (one log, and one index, one body or, for signed
 * entry timestamps, one integration time) or a timestamp (one authority certificate and one
 * time), or carries more of either than {@link MAX_EVIDENCE}: a repeated proof proves nothing
 * new, and a verifier counting towards a threshold would count it twice (sigstore-js refuses the
 * same repetitions).
 */


/**
 * The certificates a v0.1 or v0.2 bundle gives after its leaf decide nothing (the leaf is chained to the trusted
 * root's CAs), but they must be what they claim, as the conformance suite requires: certificates, each the issuer of
 * the one before it. A root at the end of the chain, as sigstore-js 1 wrote Fulcio's whole chain, is read; a root or
 * a stranger in the middle, or bytes that are no certificate, are refused.
 */




/** DSSE's pre-authentication encoding of a payload, what its signature covers: `DSSEv1 <type length> <type> <payload length> <payload>`. */

/**
 * The statement types a verifier reads: v1, and v0.1, which cosign 2's attestations and
 * slsa-github-generator's provenance still carry (its subject, predicateType and predicate are v1's).
 * Another URI under in-toto.io is no version of the spec this reads (sigstore-python takes v1 only).
 */
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** The fields of an in-toto statement, and of its subjects, that Go reads into struct fields (in-toto-golang's, cosign's). */
const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];
const SUBJECT_FIELDS = ['name', 'digest'];
/** A key as Go's encoding/json compares it with an ASCII field name: case-insensitively, U+017F (long s) as s and U+212A (Kelvin) as k. */

/**
 * Refuses an object holding two keys that Go's encoding/json takes for one of `fields`: it matches
 * names case-insensitively and keeps the last, so cosign's attestation policies (which read the
 * statement with it) would see `PredicateType` where JSON.parse and this verifier see `predicateType`.
 */


/** The artifact's digest by an algorithm: computed from its bytes on first use, or the given digest when it is by that algorithm. */

const SUBJECT_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
/**
 * The algorithms by which a subject can be compared with the artifact, all of which must agree: a
 * subject whose sha256 names one artifact and whose sha512 another is a match for neither.
 */


/** The hint when a trusted root's own window (validFor), not a certificate, leaves out a bundle's time. */
const WINDOW_HINT = 'the trusted root does not trust that authority at the time the bundle was signed (it was retired before, or added after): check that the trusted root is the current one of the instance that signed, and do not trust this artifact until it verifies';
const chainProblems = new WeakMap();
/**
 * Why a trusted authority's chain cannot vouch for what it is used for, or undefined when it can;
 * checked once per authority. A Fulcio CA's chain (`usage` code signing) is all issuers, the
 * certificate that issues the leaves first; a timestamp authority's (`usage` time stamping) starts
 * with its signing certificate (a leaf whose critical extended key usage is timeStamping alone),
 * then its issuers. Each certificate must be signed by the next, and
 * each issuer be a CA whose key may sign certificates and whose path length allows the CAs below
 * it, as sigstore-js and Go's x509 (cosign, sigstore-go) check a path; every certificate's extended
 * key usage, when it has one, must allow `usage`, as Go's x509 checks it (a trusted root's CA for
 * TLS servers vouches for no signature).
 */


/**
 * Why a timestamp authority's signing certificate is not one as RFC 3161 2.3 defines it and
 * sigstore's timestamp-authority verifier (sigstore-go, cosign) requires it: an extended key usage
 * extension, critical, naming timeStamping alone, on a certificate that is no CA. A key certified
 * for other uses too could have signed the token as something else.
 */


/** The instances whose CAs issued the leaf (one, unless a trust lists a CA twice). */

/**
 * Checks that the leaf and an issuing authority were valid at every verified time, and returns
 * that authority's instance; the first failure is reported when no authority fits.
 */

/**
 * The hint when an exact identity and the certificate's differ only in the ref after the last `@`:
 * the same workflow signed, for another release (a consumer's commonest mix-up) or at the commit a
 * caller pinned a reusable workflow to, so "signed by someone else" would be untrue.
 */






/***/ })

};
