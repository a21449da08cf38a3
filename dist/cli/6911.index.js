export const id = 6911;
export const ids = [6911];
export const modules = {

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var cappedChunks = (async function* (body, maxBytes, tooLarge) {
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
});var readCapped = (async function (body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: (() => (/* binding */ cappedChunks)),
/* harmony export */   E: (() => (/* binding */ readCapped))
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */

/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */



/***/ })

};
