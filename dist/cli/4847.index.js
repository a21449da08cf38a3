export const id = 4847;
export const ids = [4847,3408];
export const modules = {

/***/ 74847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var scopeOf = (function (dependency) {
    const scope = (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'scope');
    if (scope === 'test')
        return 'dev';
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_3__/* .childText */ .ix)(dependency, 'optional') === 'true' || (scope !== undefined && NOT_PACKAGED_SCOPES.has(scope)) ? 'optional' : 'required';
});var resolverOf = (function (properties) {
    const resolved = new Map();
    const expand = ((value, depth) => {
        if (!value.includes('${'))
            return value;
        if (depth >= MAX_PROPERTY_DEPTH)
            return undefined;
        let unresolved = false;
        // A name holds no `{` (no XML element name does): each `${` is then scanned to the next one at most, not to the end (quadratic on `${${${...`).
        const expanded = value.replace(/\$\{([^{}]*)\}/g, ((_, name) => {
            const property = lookup(name, depth + 1);
            if (property === undefined)
                unresolved = true;
            return property ?? '';
        }));
        return unresolved || expanded.includes('${') || expanded.length > MAX_EXPANDED_LENGTH ? undefined : expanded;
    });
    const lookup = ((name, depth) => {
        if (resolved.has(name))
            return resolved.get(name);
        const raw = properties.get(name);
        // Marked unresolved while expanding, so a cycle ends here instead of recursing.
        resolved.set(name, undefined);
        const value = raw === undefined ? undefined : expand(raw, depth);
        resolved.set(name, value);
        return value;
    });
    return ((value) => expand(value, 0));
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pomXmlParser: (() => (/* binding */ pomXmlParser))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24045);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90567);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98706);





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

/** The property naming a dependency's Maven scope where it is one the artifact does not hold (`provided`, `system`). */
const MAVEN_SCOPE_PROPERTY = 'trust-kit:maven:scope';
/** The longest value a property expansion may produce; anything longer is not a version or coordinate. */
const MAX_EXPANDED_LENGTH = 1024;
/**
 * Resolves `${name}` references from the pom's own `<properties>` and project coordinates only;
 * anything else (a parent's or a profile's property, a system property) leaves the value unresolved.
 * Each property is expanded once (memoised), cycles and over-deep chains resolve to nothing.
 */

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
            root = { purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, project.line, (() => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('maven', artifactId, rootVersion, groupId))), ecosystem: 'maven', name: artifactId, version: rootVersion, hashes: [], locations: [{ path: input.path, line: project.line }], scope: 'required' };
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
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, dependency.line, (() => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('maven', artifact, declared, group, Object.keys(qualifiers).length === 0 ? undefined : qualifiers))),
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


/***/ }),

/***/ 90567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var decodeText = (function (text, line) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);|&/g, ((whole, reference) => {
        if (reference === undefined)
            throw new XmlSyntaxError('a bare & in text', line);
        if (reference.startsWith('#')) {
            const code = reference.startsWith('#x') ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10);
            if (!(code > 0 && code <= 0x10ffff))
                throw new XmlSyntaxError(`bad character reference ${whole}`, line);
            return String.fromCodePoint(code);
        }
        const value = PREDEFINED_ENTITIES[reference];
        if (value === undefined)
            throw new XmlSyntaxError(`entity ${whole} is not one of XML's predefined entities`, line);
        return value;
    }));
});var parseXml = (function (source) {
    let index = 0;
    let elements = 0;
    let line = 1;
    // The next newline at or after `index` (source.length when none): each search starts where the last
    // ended, so counting lines is linear even on one long line, where searching afresh from every tag is not.
    let newline = -1;
    const advanceTo = ((end) => {
        if (newline < index)
            newline = nextNewline(source, index);
        for (; newline < end; newline = nextNewline(source, newline + 1))
            line += 1;
        index = end;
    });
    const skipPast = ((terminator, what) => {
        const end = source.indexOf(terminator, index);
        if (end === -1)
            throw new XmlSyntaxError(`unterminated ${what}`, line);
        advanceTo(end + terminator.length);
    });
    let root;
    const stack = [];
    while (index < source.length) {
        const open = source.indexOf('<', index);
        const textEnd = open === -1 ? source.length : open;
        if (textEnd > index) {
            const text = source.slice(index, textEnd);
            const parent = stack[stack.length - 1];
            if (parent !== undefined)
                parent.text += decodeText(text, line);
            else if (text.trim() !== '')
                throw new XmlSyntaxError('text outside the root element', line);
            advanceTo(textEnd);
        }
        if (open === -1)
            break;
        if (source.startsWith('<!--', index)) {
            skipPast('-->', 'comment');
        }
        else if (source.startsWith('<![CDATA[', index)) {
            const start = index + 9;
            const parent = stack[stack.length - 1];
            skipPast(']]>', 'CDATA section');
            if (parent === undefined)
                throw new XmlSyntaxError('CDATA outside the root element', line);
            parent.text += source.slice(start, index - 3);
        }
        else if (source.startsWith('<?', index)) {
            skipPast('?>', 'processing instruction');
        }
        else if (source.startsWith('<!DOCTYPE', index)) {
            // An internal subset `[ ... ]` may hold `>`; it ends at `]>`.
            const close = source.indexOf('>', index);
            if (close !== -1 && source.slice(index, close).includes('['))
                skipPast(']>', 'DOCTYPE');
            else
                skipPast('>', 'DOCTYPE');
        }
        else if (source.startsWith('</', index)) {
            const end = source.indexOf('>', index);
            if (end === -1)
                throw new XmlSyntaxError('unterminated end tag', line);
            const name = localName(source.slice(index + 2, end).trim());
            const element = stack.pop();
            if (element === undefined || element.name !== name)
                throw new XmlSyntaxError(`end tag </${shown(name)}> does not close <${shown(element?.name ?? '')}>`, line);
            advanceTo(end + 1);
        }
        else {
            const end = tagEnd(source, index);
            if (end === -1)
                throw new XmlSyntaxError('unterminated start tag', line);
            const selfClosing = source[end - 1] === '/';
            const body = source.slice(index + 1, selfClosing ? end - 1 : end);
            const name = /^[^\s/>]+/.exec(body)?.[0];
            if (name === undefined)
                throw new XmlSyntaxError('a tag without a name', line);
            elements += 1;
            if (elements > MAX_XML_ELEMENTS)
                throw new XmlSyntaxError(`more than ${MAX_XML_ELEMENTS} elements, more than a manifest has any reason to hold`, line);
            const element = { name: localName(name), attributes: attributesOf(body.slice(name.length), line), children: [], text: '', line };
            const parent = stack[stack.length - 1];
            if (parent !== undefined)
                parent.children.push(element);
            else if (root === undefined)
                root = element;
            else
                throw new XmlSyntaxError('a second root element', line);
            if (!selfClosing)
                stack.push(element);
            advanceTo(end + 1);
        }
    }
    const unclosed = stack[stack.length - 1];
    if (unclosed !== undefined)
        throw new XmlSyntaxError(`<${shown(unclosed.name)}> is never closed`, unclosed.line);
    if (root === undefined)
        throw new XmlSyntaxError('no root element', line);
    return root;
});var attributesOf = (function (text, line) {
    if (!text.includes('='))
        return NO_ATTRIBUTES;
    const attributes = new Map();
    const isSpace = ((char) => char === ' ' || char === '\t' || char === '\n' || char === '\r');
    let index = 0;
    while (index < text.length) {
        while (isSpace(text[index]))
            index += 1;
        const nameStart = index;
        while (index < text.length && !isSpace(text[index]) && text[index] !== '=' && text[index] !== '/')
            index += 1;
        const name = text.slice(nameStart, index);
        while (isSpace(text[index]))
            index += 1;
        if (name === '' || text[index] !== '=') {
            // Not an attribute (a stray `/`, a name without a value): step past it.
            if (index === nameStart)
                index += 1;
            continue;
        }
        index += 1;
        while (isSpace(text[index]))
            index += 1;
        const quote = text[index];
        if (quote !== '"' && quote !== "'")
            continue;
        const close = text.indexOf(quote, index + 1);
        if (close === -1)
            break;
        if (!attributes.has(name))
            attributes.set(name, decodeText(text.slice(index + 1, close), line));
        index = close + 1;
    }
    return attributes;
});var nextNewline = (function (source, from) {
    const found = source.indexOf('\n', from);
    return found === -1 ? source.length : found;
});var tagEnd = (function (source, start) {
    let quote;
    for (let index = start + 1; index < source.length; index += 1) {
        const char = source[index];
        if (quote !== undefined) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'") {
            quote = char;
        }
        else if (char === '>') {
            return index;
        }
        else if (char === '<') {
            return -1;
        }
    }
    return -1;
});var shown = (function (name) {
    return name.length > 80 ? `${name.slice(0, 80)}...` : name;
});var localName = (function (name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
});var child = (function (element, name) {
    return element?.children.find(((candidate) => candidate.name === name));
});var childText = (function (element, name) {
    const found = child(element, name);
    return found === undefined ? undefined : found.text.trim();
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: (() => (/* binding */ parseXml)),
/* harmony export */   R_: (() => (/* binding */ XmlSyntaxError)),
/* harmony export */   SP: (() => (/* binding */ shown)),
/* harmony export */   ix: (() => (/* binding */ childText)),
/* harmony export */   jf: (() => (/* binding */ child))
/* harmony export */ });
/* unused harmony export MAX_XML_ELEMENTS */
/** Why an XML document could not be read, and on which line. */
class XmlSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.name = 'XmlSyntaxError';
        this.line = line;
    }
}
const PREDEFINED_ENTITIES = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
/**
 * Replaces the predefined entities and character references. Entities a DOCTYPE declares are
 * never expanded (no external or recursive entities can be smuggled in): they are an error.
 */

/**
 * How many elements a document may hold: a real pom.xml or MSBuild project has thousands, and each
 * costs a few hundred bytes of memory, so a hostile one of `<a b=""/>` repeated for the 256 MiB a
 * manifest may be read to would end the process out of memory instead of being reported.
 */
const MAX_XML_ELEMENTS = 1_000_000;
/** The attributes of every element that has none, shared: most elements of a manifest have none. */
const NO_ATTRIBUTES = new Map();
/**
 * A small non-validating XML reader for manifests like pom.xml and MSBuild project files: elements,
 * attributes, text, CDATA, comments, processing instructions and a DOCTYPE (skipped). Linear in the
 * input; a document of more than {@link MAX_XML_ELEMENTS} elements is refused.
 */

/**
 * The attributes of a start tag after its name: `name="value"` or `name='value'`, the first of a
 * repeated name kept. One pass over the text: a hostile tag of megabytes costs linear time.
 */

/** The position of the next `\n` at or after `from`, or the length of the source when there is none. */

/** The `>` that ends a start tag, skipping quoted attribute values (which may hold `>`). */

/** An element name as an error message shows it: a hostile name of megabytes is cut short. */

/** An element name without its namespace prefix. */

/** The first child element with this name. */

/** The trimmed text of the first child element with this name. */



/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var purlOf = (function (ecosystem, name, version, namespace, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false)
        throw new Error(`Invalid purl: ${_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .LONE_SURROGATE */ .uG}`);
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .MS)(purl.replace(/@([^?#]*)/, ((_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: (() => (/* binding */ purlOf))
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83096);


/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */



/***/ })

};
