export const id = 767;
export const ids = [767,408];
export const modules = {

/***/ 7767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   composerLockParser: () => (/* binding */ composerLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1573);
/* harmony import */ var _licenses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9305);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4045);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8706);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3419);







/** The package lists of composer.lock and the scope of what they hold. */
const SECTIONS = [
    ['packages', 'required'],
    ['packages-dev', 'dev'],
];
/**
 * The license of composer's `license` array: several entries mean the user may pick one (composer's
 * documented semantics), so valid SPDX ids are joined with OR; entries that are not SPDX are kept
 * as the text they are (the formats carry them as free text), never corrected.
 */
function licenseOf(entry) {
    const licenses = ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .arrayField */ .e7)(entry, 'license') ?? []).filter((license) => typeof license === 'string' && license.trim() !== '').map((license) => license.trim());
    if (licenses.length <= 1)
        return licenses[0];
    if (!licenses.every(_licenses_js__WEBPACK_IMPORTED_MODULE_2__/* .isSpdxExpression */ .Yr))
        return licenses.join(', ');
    return licenses.map((license) => (license.includes(' ') ? `(${license})` : license)).join(' OR ');
}
/**
 * Packages from `composer.lock`: `packages` required, `packages-dev` dev scope; licenses, the dist
 * SHA-1 when composer recorded one, the dist URL, and edges from each package's `require`.
 */
const composerLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .COMPOSER_LOCK */ .jK,
    async parse(input) {
        const lock = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonLockfile */ .ve)(input);
        if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, 'a composer.lock is a JSON object');
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .PackageCollector */ .UI(input);
        const byName = new Map();
        const requires = [];
        for (const [section, scope] of SECTIONS) {
            // null: what Composer 1 wrote for packages-dev after `update --no-dev`.
            const entries = Object.hasOwn(lock, section) ? (lock[section] ?? []) : [];
            // Refused as an entry without a name is: read as no packages, the SBOM would call itself complete.
            if (!Array.isArray(entries))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `${section} is not an array of packages`);
            for (const entry of entries) {
                if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `an entry of ${section} is not an object`);
                const fullName = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'name');
                const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'version');
                const slash = fullName?.indexOf('/') ?? -1;
                if (fullName === undefined || version === undefined || version === '' || slash <= 0) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `an entry of ${section} lacks a vendor/name or version`);
                }
                const name = fullName.slice(slash + 1);
                const dist = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(entry, 'dist');
                const shasum = dist === undefined ? undefined : (0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .hexHash */ .eP)('SHA1', (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(dist, 'shasum') ?? '');
                // A path repository's package is a folder of the builder's tree: the path qualifies the purl, and is no download location.
                const localPath = dist !== undefined && (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(dist, 'type') === 'path' ? (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(dist, 'url') : undefined;
                const purl = collector.add({
                    purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .purlFor */ .nK)(input.path, undefined, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__.purlOf)('composer', name, version, fullName.slice(0, slash), localPath === undefined ? undefined : { download_url: localPath })),
                    ecosystem: 'composer',
                    name: fullName,
                    version,
                    scope,
                    entry: section,
                    hashes: shasum === undefined ? [] : [shasum],
                    license: licenseOf(entry),
                    downloadLocation: dist === undefined || localPath !== undefined ? undefined : (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(dist, 'url'),
                });
                byName.set(fullName.toLowerCase(), purl);
                requires.push({ purl, names: Object.keys((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(entry, 'require') ?? {}) });
            }
        }
        for (const { purl, names } of requires) {
            // `php`, `ext-*` and `lib-*` requirements are platform packages, not locked ones: they resolve to nothing.
            for (const name of names) {
                const target = byName.get(name.toLowerCase());
                if (target !== undefined)
                    collector.relate(purl, target);
            }
        }
        const result = collector.result();
        const declared = (await declaredRequirements(input)).flatMap((name) => byName.get(name.toLowerCase()) ?? []);
        if (declared.length > 0)
            result.direct = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .withOrphans */ .Ke)(declared, result.packages, result.relationships);
        return result;
    },
};
/**
 * The packages composer.json beside the lockfile requires (`require` and `require-dev`): composer.lock
 * records no root, so without them the project would depend only on what no package needs, never on
 * one it requires that another requires too. None when there is no readable composer.json.
 */
async function declaredRequirements(input) {
    const json = await (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .readSiblingJson */ .n8)(input, 'composer.json');
    if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(json))
        return [];
    return ['require', 'require-dev'].flatMap((field) => Object.keys((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(json, field) ?? {}));
}


/***/ }),

/***/ 3408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3096);


/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */
function purlOf(ecosystem, name, version, namespace, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false)
        throw new Error(`Invalid purl: ${_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .LONE_SURROGATE */ .uG}`);
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .MS)(purl.replace(/@([^?#]*)/, (_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`));
}


/***/ })

};
