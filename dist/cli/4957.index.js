export const id = 4957;
export const ids = [4957];
export const modules = {

/***/ 74957:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runHashStep: (() => (/* binding */ runHashStep))
/* harmony export */ });
/** Waits for the artifacts' digests, which are made while the lockfiles are cataloged. */
const runHashStep = (async ({ hashing }) => {
    if (hashing === undefined)
        throw new Error('hash runs after collect');
    return { artifacts: await hashing };
});


/***/ })

};
