export const id = 847;
export const ids = [847];
export const modules = {

/***/ 4847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pomXmlParser: () => (/* binding */ pomXmlParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4045);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(567);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8706);





/** How deep `${a}` -> `${b}` -> ... property chains are followed before giving up (cycles, abuse). */
const MAX_PROPERTY_DEPTH = 8;
/** A Maven version that names exactly one release: not a range (`[1,2)`), not empty. */
const LITERAL_VERSION = /^[^\s[\]()<>,${}]+$/;
/** Maven scopes whose artifacts the build compiles against but never packages: the runtime (a servlet container, a JDK, a jar at `systemPath`) supplies them. */
const NOT_PACKAGED_SCOPES = new Set(['provided', 'system']);
/**
 * The scope Maven's dependency `scope` and `optional` give in the SBOM: test is dev; optional, and
 * provided and system (not in the artifact, yet needed where it runs, so listed by default), are optional.
 */
function scopeOf(dependency) {
    const scope = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'scope');
    if (scope === 'test')
        return 'dev';
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'optional') === 'true' || (scope !== undefined && NOT_PACKAGED_SCOPES.has(scope)) ? 'optional' : 'required';
}
/** The property naming a dependency's Maven scope where it is one the artifact does not hold (`provided`, `system`). */
const MAVEN_SCOPE_PROPERTY = 'trust-kit:maven:scope';
/** The longest value a property expansion may produce; anything longer is not a version or coordinate. */
const MAX_EXPANDED_LENGTH = 1024;
/**
 * Resolves `${name}` references from the pom's own `<properties>` and project coordinates only;
 * anything else (a parent's or a profile's property, a system property) leaves the value unresolved.
 * Each property is expanded once (memoised), cycles and over-deep chains resolve to nothing.
 */
function resolverOf(properties) {
    const resolved = new Map();
    const expand = (value, depth) => {
        if (!value.includes('${'))
            return value;
        if (depth >= MAX_PROPERTY_DEPTH)
            return undefined;
        let unresolved = false;
        // A name holds no `{` (no XML element name does): each `${` is then scanned to the next one at most, not to the end (quadratic on `${${${...`).
        const expanded = value.replace(/\$\{([^{}]*)\}/g, (_, name) => {
            const property = lookup(name, depth + 1);
            if (property === undefined)
                unresolved = true;
            return property ?? '';
        });
        return unresolved || expanded.includes('${') || expanded.length > MAX_EXPANDED_LENGTH ? undefined : expanded;
    };
    const lookup = (name, depth) => {
        if (resolved.has(name))
            return resolved.get(name);
        const raw = properties.get(name);
        // Marked unresolved while expanding, so a cycle ends here instead of recursing.
        resolved.set(name, undefined);
        const value = raw === undefined ? undefined : expand(raw, depth);
        resolved.set(name, value);
        return value;
    };
    return (value) => expand(value, 0);
}
/**
 * The direct dependencies a `pom.xml` declares with a version that is literal or comes from the
 * same file's `<properties>`: `test` scope as dev; `optional`, `provided` and `system` as optional
 * (the last two named by a property, since the artifact does not hold them). Versions managed by a
 * parent, a BOM or a range are not in this file, so those dependencies are left out rather than guessed.
 */
const pomXmlParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_4__/* .POM_XML */ .NA,
    async parse(input) {
        let project;
        try {
            project = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseXml */ .NO)((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(input));
        }
        catch (error) {
            if (error instanceof _xml_js__WEBPACK_IMPORTED_MODULE_3__/* .XmlSyntaxError */ .R_)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `not valid XML: ${error.message}`, error.line, { cause: error });
            throw error;
        }
        if (project.name !== 'project')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `the root element is <${(0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(project.name)}>, not a Maven <project>`, project.line);
        const parent = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(project, 'parent');
        const properties = new Map();
        for (const property of (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(project, 'properties')?.children ?? [])
            properties.set(property.name, property.text.trim());
        const coordinates = [
            ['groupId', (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(project, 'groupId') ?? (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(parent, 'groupId')],
            ['artifactId', (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(project, 'artifactId')],
            ['version', (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(project, 'version') ?? (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(parent, 'version')],
        ];
        for (const [name, value] of coordinates) {
            if (value !== undefined)
                for (const prefix of ['project.', 'pom.', ''])
                    properties.set(`${prefix}${name}`, value);
        }
        for (const name of ['groupId', 'version']) {
            const value = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(parent, name);
            if (value !== undefined)
                properties.set(`project.parent.${name}`, value);
        }
        const resolve = resolverOf(properties);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageCollector */ .UI(input);
        const groupId = resolve(coordinates[0]?.[1] ?? '');
        const artifactId = resolve(coordinates[1]?.[1] ?? '');
        const version = resolve(coordinates[2]?.[1] ?? '');
        let root;
        if (groupId !== undefined && groupId !== '' && artifactId !== undefined && artifactId !== '') {
            const rootVersion = version !== undefined && LITERAL_VERSION.test(version) ? version : '';
            root = { purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, project.line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('maven', artifactId, rootVersion, groupId)), ecosystem: 'maven', name: artifactId, version: rootVersion, hashes: [], locations: [{ path: input.path, line: project.line }], scope: 'required' };
        }
        for (const dependency of (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(project, 'dependencies')?.children ?? []) {
            if (dependency.name !== 'dependency')
                continue;
            const group = resolve((0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'groupId') ?? '');
            const artifact = resolve((0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'artifactId') ?? '');
            const declared = resolve((0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'version') ?? '');
            if (group === undefined || group === '' || artifact === undefined || artifact === '' || declared === undefined || !LITERAL_VERSION.test(declared))
                continue;
            const type = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'type');
            const classifier = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'classifier');
            const qualifiers = {};
            if (type !== undefined && type !== '' && type !== 'jar')
                qualifiers.type = type;
            if (classifier !== undefined && classifier !== '')
                qualifiers.classifier = classifier;
            const mavenScope = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'scope');
            const purl = collector.add({
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, dependency.line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('maven', artifact, declared, group, Object.keys(qualifiers).length === 0 ? undefined : qualifiers)),
                ecosystem: 'maven',
                name: artifact,
                version: declared,
                scope: scopeOf(dependency),
                line: dependency.line,
                properties: mavenScope !== undefined && NOT_PACKAGED_SCOPES.has(mavenScope) ? [{ name: MAVEN_SCOPE_PROPERTY, value: mavenScope }] : undefined,
            });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        return collector.result(root);
    },
};


/***/ })

};
