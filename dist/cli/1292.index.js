export const id = 1292;
export const ids = [1292];
export const modules = {

/***/ 41292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCloseSessionStep: (() => (/* binding */ runCloseSessionStep))
/* harmony export */ });
/**
 * Closes the signing session once the last signature is made: its identity token, and the runner's
 * request token it kept to renew that one, are wiped before the upload and the gate, which take
 * minutes, run other programs and need neither. Only a run with no failure gets here: after one,
 * the tokens stay known to the redactor until the error is printed, and the exit hooks wipe them.
 */
const runCloseSessionStep = (async ({ closeSession }) => {
    closeSession?.();
    return { closeSession: undefined };
});


/***/ })

};
