export const id = 3871;
export const ids = [3871];
export const modules = {

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isDigestAlgorithm = (function (value) {
    return DIGEST_ALGORITHMS.includes(value);
});var hexLength = (function (algorithm) {
    return HEX_LENGTH[algorithm];
});var isHexDigest = (function (algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
});var digestBytes = (function (algorithm, bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
});var parseDigestReference = (function (value) {
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
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
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);



/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. */
const DIGEST_ALGORITHMS = ['sha256', 'sha512'];
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */

/** Reads with big chunks: hashing 1 GiB in 64 KiB reads costs about 10% in call overhead. */
const READ_CHUNK = 4 * 1024 * 1024;
/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Two buffers sized to the file (4 MiB at most) take turns, so the
 * next read runs while the current chunk is hashed and memory stays flat whatever the file size.
 */



/***/ })

};
