export const id = 892;
export const ids = [892];
export const modules = {

/***/ 69892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gradleLockfileParser: () => (/* binding */ gradleLockfileParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24045);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98706);




/**
 * Configurations that only build and run tests (`testRuntimeClasspath`, `androidTestCompileClasspath`,
 * `testFixtures...`): `test` as a word of the camel-case name, so `latestRuntimeClasspath` is not one.
 */
const TEST_CONFIGURATION = /(?:^tests?|Tests?)(?:[A-Z]|$)/;
/**
 * Configurations of the build's own tools, which never reach what is built: annotation processors
 * and compiler plugins (`annotationProcessor`, kapt, ksp, Kotlin's and Scala's compiler classpaths),
 * linters and coverage agents (checkstyle, PMD, SpotBugs, detekt, ktlint, Error Prone, JaCoCo,
 * SonarLint, animal-sniffer's `signatures`), benchmarks (JMH) and documentation (Dokka).
 */
const TOOL_CONFIGURATION = /^(?:annotationProcessor|\w+AnnotationProcessor|kapt\w*|ksp\w*|kotlinCompilerClasspath|kotlinCompilerPluginClasspath\w*|kotlinNativeCompilerPluginClasspath|kotlinKlibCommonizerClasspath|kotlinBuildToolsApiClasspath|scalaCompilerPlugins|zinc|checkstyle|pmd\w*|codenarc|spotbugs\w*|detekt\w*|ktlint\w*|errorprone\w*|jacocoAgent|jacocoAnt|sonarlint\w*|signatures|jmh\w*|dokka\w*)$/;
/** A compile classpath (`compileClasspath`, `debugCompileClasspath`): what `compileOnly` declarations add to, and not the runtime's. */
const COMPILE_CLASSPATH = /(?:^c|C)ompileClasspath$/;
/** A runtime classpath (`runtimeClasspath`, `releaseRuntimeClasspath`): what the built artifact runs with. */
const RUNTIME_CLASSPATH = /(?:^r|R)untimeClasspath$/;
/** The property an artifact locked only on compile classpaths carries (value `true`): a `compileOnly` dependency. */
const GRADLE_COMPILE_ONLY_PROPERTY = 'trust-kit:gradle:compile-only';
/** Lockfiles of the build's own plugins (`buildscript-gradle.lockfile`, `settings-gradle.lockfile`, the older `buildscript-classpath.lockfile`). */
const TOOL_LOCKFILE = /^(?:buildscript|settings)-/;
/** The coordinates a per-configuration compile classpath lockfile's runtime counterpart locks (`runtimeClasspath.lockfile` beside `compileClasspath.lockfile`); undefined without one. */
async function runtimeCounterpart(input, configuration) {
    const name = `${configuration.replace(/(c|C)ompileClasspath$/, (_, c) => (c === 'c' ? 'runtimeClasspath' : 'RuntimeClasspath'))}.lockfile`;
    const content = await input.readSibling(name);
    if (content === undefined)
        return undefined;
    const locked = new Set();
    for (const raw of content.toString('utf8').split('\n')) {
        const text = raw.trim();
        if (text !== '' && !text.startsWith('#'))
            locked.add(text.split('=')[0] ?? '');
    }
    return locked;
}
/**
 * Maven artifacts from a Gradle dependency lockfile: `gradle.lockfile` (`group:artifact:version=conf,...`)
 * or the older per-configuration `gradle/dependency-locks/<conf>.lockfile`. An artifact locked
 * only in test and build-tool configurations, or in the build's own plugin lockfile, is dev scope.
 * One whose other configurations are all compile classpaths, in a lockfile that locks a runtime
 * classpath (so its absence there is known), is a `compileOnly` dependency: the runtime supplies
 * it, the artifact does not hold it, so it is optional (as Maven's `provided`); so is an artifact of
 * a per-configuration compile classpath lockfile that the runtime classpath lockfile beside it
 * does not lock. Any other is required.
 */
const gradleLockfileParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_3__/* .GRADLE_LOCKFILE */ .Wn,
    async parse(input) {
        const fileName = input.path.slice(input.path.lastIndexOf('/') + 1);
        const fileConfiguration = fileName === 'gradle.lockfile' || fileName.endsWith('-gradle.lockfile') ? undefined : fileName.slice(0, -'.lockfile'.length);
        const toolLockfile = TOOL_LOCKFILE.test(fileName);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageCollector */ .UI(input);
        const found = [];
        let locksRuntime = false;
        for (const [index, raw] of (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(input).split('\n').entries()) {
            const text = raw.trim();
            if (text === '' || text.startsWith('#'))
                continue;
            const equals = text.indexOf('=');
            const coordinates = equals === -1 ? text : text.slice(0, equals);
            const configurations = equals === -1 ? (fileConfiguration === undefined ? [] : [fileConfiguration]) : text.slice(equals + 1).split(',').filter((name) => name !== '');
            // `empty=` names configurations locked as resolving to nothing: a runtime classpath there is locked too.
            locksRuntime ||= configurations.some((configuration) => RUNTIME_CLASSPATH.test(configuration) && !TEST_CONFIGURATION.test(configuration));
            if (coordinates === 'empty')
                continue;
            const parts = coordinates.split(':');
            const [group, artifact, version] = parts;
            if (parts.length !== 3 || group === undefined || artifact === undefined || version === undefined || group === '' || artifact === '' || version === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `"${coordinates.slice(0, 200)}" is not group:artifact:version`, index + 1);
            }
            found.push({ group, artifact, version, configurations, line: index + 1 });
        }
        // Gradle 5's per-configuration files: a compile classpath's runtime counterpart is the file beside it.
        const runtime = fileConfiguration !== undefined && COMPILE_CLASSPATH.test(fileConfiguration) && !TEST_CONFIGURATION.test(fileConfiguration) ? await runtimeCounterpart(input, fileConfiguration) : undefined;
        for (const { group, artifact, version, configurations, line } of found) {
            const shipping = configurations.filter((configuration) => !TEST_CONFIGURATION.test(configuration) && !TOOL_CONFIGURATION.test(configuration));
            const dev = toolLockfile || (configurations.length > 0 && shipping.length === 0);
            const compileOnly = !dev && (runtime !== undefined ? !runtime.has(`${group}:${artifact}:${version}`) : locksRuntime && shipping.length > 0 && shipping.every((configuration) => COMPILE_CLASSPATH.test(configuration)));
            collector.add({
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('maven', artifact, version, group)),
                ecosystem: 'maven',
                name: artifact,
                version,
                scope: dev ? 'dev' : compileOnly ? 'optional' : 'required',
                line,
                properties: compileOnly ? [{ name: GRADLE_COMPILE_ONLY_PROPERTY, value: 'true' }] : undefined,
            });
        }
        return collector.result();
    },
};


/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83096);


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
