export const id = 1705;
export const ids = [1705,4086];
export const modules = {

/***/ 69085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPublicKey = (function (pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        const isPrivate = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is ${isPrivate ? 'a private key, not' : 'not'} a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, isPrivate ? { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' } : {});
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



/***/ }),

/***/ 10132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var nameKey = (function (displayName) {
    return displayName.toLowerCase().replace(/\s+/g, ' ').trim();
});var loadTrustMaterial = (function (input, source = 'trusted root') {
    const documents = [];
    if (typeof input !== 'string') {
        documents.push({ value: input, label: source });
    }
    else {
        const trimmed = input.trim();
        let whole;
        try {
            whole = JSON.parse(trimmed);
        }
        catch {
            whole = undefined;
        }
        if (whole !== undefined) {
            refuseJsonFault(trimmed, source, true);
            documents.push({ value: whole, label: source });
        }
        else {
            input.split('\n').forEach(((line, index) => {
                if (line.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch (error) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}:${index + 1}: not JSON: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(error instanceof Error ? error.message : String(error))}`);
                }
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
    const validFrom = (0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRfc3339 */ .TM)(range.start);
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
    return {
        uri: ca.uri,
        chain: certificates.map(((certificate, index) => {
            try {
                return _certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .ParsedCertificate */ .D.parse(certificate, `${what}.certChain[${index}]`);
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', error instanceof Error ? error.message : String(error), { cause: error });
            }
        })),
        ...validity(ca.validFor, what),
    };
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
    return {
        baseUrl: log.baseUrl,
        logId,
        checkpointKeyId: log.checkpointKeyId ?? noteKeyId(log.baseUrl, publicKey, logId),
        publicKey,
        ...validity(log.publicKey.validFor, `${what}.publicKey`),
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: (() => (/* binding */ TrustMaterial)),
/* harmony export */   a: (() => (/* binding */ loadTrustMaterial))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3085);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94661);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5447);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90211);







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
 * C2SP signed-note key id of an Ed25519 log: SHA-256(origin || 0x0A || 0x01 || key), the origin being the
 * hostname of its base URL, without a port (rekor-tiles signs with its --hostname; sigstore-go derives it so).
 */

const PKCS1_DETAILS = new Set(['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS']);



/***/ })

};
