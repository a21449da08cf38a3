export const id = 1918;
export const ids = [1918,3408];
export const modules = {

/***/ 1918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nugetPackagesLockParser: () => (/* binding */ nugetPackagesLockParser)
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91573);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24045);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15415);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98706);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(897);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90567);









/** The property of a direct package the project file keeps out of what `dotnet publish` writes. */
const NOT_PUBLISHED = { name: 'trust-kit:nuget:publish', value: 'false' };
/** MSBuild project files NuGet writes a `packages.lock.json` beside. */
const PROJECT_FILE = /\.(csproj|fsproj|vbproj)$/i;
/**
 * Whether an element is this MSBuild element, its name compared without case: MSBuild takes an
 * item type in any case (`<packageReference>`), so an `Update` spelled so still changes the package.
 */
function named(element, name) {
    return element.name.toLowerCase() === name.toLowerCase();
}
/**
 * An MSBuild item's metadata as evaluation leaves it: its attribute (`PrivateAssets="All"`) and then its child elements
 * (`<PrivateAssets>all</PrivateAssets>`), the last one written winning; names compared without case, values as written
 * (the SDK compares them whole, so `" All "` is not `All`). Null when a child element for it has a `Condition`, which
 * is not evaluated: its value is not known.
 */
function metadata(item, name) {
    const wanted = name.toLowerCase();
    let value = [...item.attributes].find(([attribute]) => attribute.toLowerCase() === wanted)?.[1];
    for (const element of item.children) {
        if (element.name.toLowerCase() !== wanted)
            continue;
        if (element.attributes.has('Condition'))
            return null;
        value = element.text;
    }
    return value;
}
/**
 * The defaults `<ItemDefinitionGroup>`s give every `PackageReference` (MSBuild evaluates item
 * definitions before any item, so wherever they are written), the last one winning; one under a
 * `Condition`, which is not evaluated, leaves the metadata it sets not known.
 */
function definedMetadata(files) {
    const defaults = { publish: undefined, privateAssets: undefined };
    for (const project of files) {
        for (const group of project.children) {
            if (!named(group, 'ItemDefinitionGroup'))
                continue;
            for (const definition of group.children) {
                if (!named(definition, 'PackageReference'))
                    continue;
                const conditioned = group.attributes.has('Condition') || definition.attributes.has('Condition');
                for (const key of ['publish', 'privateAssets']) {
                    const value = metadata(definition, key === 'publish' ? 'Publish' : 'PrivateAssets');
                    if (value !== undefined)
                        defaults[key] = conditioned ? null : value;
                }
            }
        }
    }
    return defaults;
}
/**
 * The package IDs (lowercase) whose `PackageReference` the project keeps out of `dotnet publish`,
 * as the .NET SDK decides it (`_ComputePackageReferencePublish`): `Publish="false"`, or
 * `PrivateAssets="All"` without `Publish`, an item's own metadata over its item definition's. Read
 * from `files` in the order MSBuild evaluates them (see {@link projectFiles}), an `Update` item changing what an item before it included, the last word on an ID winning; an item, item group or
 * metadata with a `Condition` is not evaluated, so an item or item group under one is not counted,
 * and an item with such metadata is counted as published.
 */
function unpublished(files) {
    const defaults = definedMetadata(files);
    const published = new Map();
    for (const project of files) {
        for (const group of project.children) {
            if (!named(group, 'ItemGroup') || group.attributes.has('Condition'))
                continue;
            for (const item of group.children) {
                if (!named(item, 'PackageReference') || item.attributes.has('Condition'))
                    continue;
                const including = item.attributes.has('Include');
                // An Update changes only the items included before it, as MSBuild evaluates them in order: one in a
                // Directory.Build.props does nothing to what the project, a Directory.Build.targets or the SDK includes later.
                const ids = (item.attributes.get('Include') ?? item.attributes.get('Update') ?? '').split(';').map((id) => id.trim().toLowerCase()).filter((id) => id !== '' && (including || published.has(id)));
                const own = { publish: metadata(item, 'Publish'), privateAssets: metadata(item, 'PrivateAssets') };
                const publish = own.publish === undefined ? defaults.publish : own.publish;
                const privateAssets = own.privateAssets === undefined ? defaults.privateAssets : own.privateAssets;
                const known = publish !== null && privateAssets !== null;
                const excluded = known && (publish?.toLowerCase() === 'false' || ((publish ?? '') === '' && privateAssets?.toLowerCase() === 'all'));
                for (const id of ids)
                    if (including || own.publish !== undefined || own.privateAssets !== undefined)
                        published.set(id, !excluded);
            }
        }
    }
    return new Set([...published].filter(([, kept]) => !kept).map(([id]) => id));
}
/** Whether an MSBuild file imports another of its own (`<Import Project="...">`, not an SDK's), whose items are not read. */
function importsOthers(file) {
    const imports = [...file.children, ...file.children.filter((element) => named(element, 'ImportGroup')).flatMap((group) => group.children)];
    return imports.some((element) => named(element, 'Import') && !element.attributes.has('Sdk'));
}
/**
 * The MSBuild files that say how the project beside the lockfile references its packages, in the
 * order MSBuild evaluates them: the nearest `Directory.Build.props` up to the scanned directory,
 * its one project file, and the nearest `Directory.Build.targets` (each the nearest that exists,
 * readable or not, as MSBuild imports it). Undefined when one is not known (no project file or
 * several in the directory, a directory that cannot be listed, a file unreadable, a link out of the
 * scanned tree, not XML, or one importing another file): nothing is then known of them.
 */
async function projectFiles(input) {
    const projects = ((await input.listSiblingFiles?.('.')) ?? []).filter((name) => PROJECT_FILE.test(name));
    if (projects.length !== 1)
        return undefined;
    const read = async (name) => {
        const bytes = await input.readSibling(name);
        try {
            return bytes === undefined ? undefined : (0,_xml_js__WEBPACK_IMPORTED_MODULE_6__/* .parseXml */ .NO)(bytes.toString('utf8').replace(/^\uFEFF/, ''));
        }
        catch {
            return undefined;
        }
    };
    const depth = input.path.split('/').length - 1;
    /** The nearest file of this name up to the scanned directory: null when there is none, undefined when it is not known. */
    const nearest = async (name) => {
        for (let up = 0; up <= depth; up += 1) {
            const names = await input.listSiblingFiles?.(up === 0 ? '.' : '../'.repeat(up).slice(0, -1));
            if (names === undefined)
                return undefined;
            if (names.includes(name))
                return read(`${'../'.repeat(up)}${name}`);
        }
        return null;
    };
    const project = await read(projects[0]);
    const props = await nearest('Directory.Build.props');
    const targets = await nearest('Directory.Build.targets');
    if (project === undefined || props === undefined || targets === undefined)
        return undefined;
    const files = [props, project, targets].filter((file) => file !== null);
    return files.some(importsOthers) ? undefined : files;
}
/**
 * NuGet packages from `packages.lock.json`, merged over every target framework: the contentHash
 * (base64 SHA-512 of the .nupkg) as hex, and edges resolved within each framework, where a
 * dependency's declared minimum resolves to the version locked for that framework. Project
 * references (`"type": "Project"`) are other projects of the solution, not NuGet packages. What the
 * project references itself is `direct`: its `Direct` entries (though another package depends on one
 * too), and the packages a project reference brings, which no package of the lockfile leads to.
 * Where the project file beside it says a direct package is not published (`PrivateAssets="All"`:
 * an analyzer, SourceLink, a build task), that package, and what only such packages bring, is dev,
 * as `dotnet publish` leaves them out.
 */
const nugetPackagesLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .NUGET_PACKAGES_LOCK */ .WP,
    async parse(input) {
        const lock = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonLockfile */ .ve)(input);
        if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'a packages.lock.json is a JSON object');
        const frameworks = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(lock, 'dependencies');
        if (frameworks === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomParseError */ .J(input.path, 'a packages.lock.json has a "dependencies" object of target frameworks');
        const files = await projectFiles(input);
        const excluded = files === undefined ? new Set() : unpublished(files);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .PackageCollector */ .UI(input);
        const direct = new Set();
        // What the lock holds but cannot be listed: said, not dropped in silence.
        const unknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_7__/* .LockfileUnknowns */ .dF(input.path);
        for (const [framework, packages] of Object.entries(frameworks)) {
            if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(packages)) {
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(framework, 100)}: not an object of packages`);
                continue;
            }
            const entries = [];
            const projectReferences = [];
            for (const [id, entry] of Object.entries(packages)) {
                const where = `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(framework, 100)}.${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(id, 100)}`;
                if (!(0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry)) {
                    unknowns.add(`${where}: not an object`);
                    continue;
                }
                if ((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'type') === 'Project') {
                    projectReferences.push(...Object.keys((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(entry, 'dependencies') ?? {}));
                    continue;
                }
                const version = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'resolved');
                if (version === undefined || version === '') {
                    unknowns.add(`${where}: no resolved version`);
                    continue;
                }
                const purl = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .purlFor */ .nK)(input.path, undefined, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__.purlOf)('nuget', id, version));
                entries.push({ id, version, purl, hash: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .base64Hash */ .m1)('SHA512', (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'contentHash') ?? ''), direct: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(entry, 'type') === 'Direct', dependencies: Object.keys((0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .recordField */ .Qb)(entry, 'dependencies') ?? {}) });
            }
            // NuGet package IDs are case-insensitive: dependencies may spell them differently from their own entry.
            const locked = new Map(entries.map((entry) => [entry.id.toLowerCase(), entry.purl]));
            const edges = new Map();
            for (const entry of entries) {
                // A dependency the framework's section does not lock: the file was cut short or edited (restore --locked-mode refuses it), and what it lacks is not listed.
                for (const id of entry.dependencies)
                    if (!locked.has(id.toLowerCase()))
                        unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(framework, 100)}: ${entry.id} ${entry.version} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(id, 200)}, which the section does not lock: the file is cut short or was edited, and what it lacks is not listed (run dotnet restore --force-evaluate)`);
                const targets = entry.dependencies.flatMap((id) => locked.get(id.toLowerCase()) ?? []);
                edges.set(entry.purl, [...(edges.get(entry.purl) ?? []), ...targets.map((to) => ({ to, optional: false }))]);
            }
            const brought = projectReferences.flatMap((id) => locked.get(id.toLowerCase()) ?? []);
            const directs = entries.filter((entry) => entry.direct);
            // The SDK's publish closure: what a published direct reference (or a project reference) reaches ships; what only the others reach does not.
            const scopes = excluded.size === 0
                ? new Map()
                : (0,_scopes_js__WEBPACK_IMPORTED_MODULE_8__/* .scopesByReachability */ .Q)({ required: [...directs.filter((entry) => !excluded.has(entry.id.toLowerCase())).map((entry) => entry.purl), ...brought], optional: [], dev: directs.filter((entry) => excluded.has(entry.id.toLowerCase())).map((entry) => entry.purl) }, edges);
            for (const entry of entries) {
                const notPublished = entry.direct && excluded.has(entry.id.toLowerCase());
                collector.add({ purl: entry.purl, ecosystem: 'nuget', name: entry.id, version: entry.version, scope: scopes.get(entry.purl) ?? 'required', entry: framework, hashes: entry.hash === undefined ? [] : [entry.hash], properties: notPublished ? [NOT_PUBLISHED] : [] });
                if (entry.direct)
                    direct.add(entry.purl);
            }
            for (const [from, list] of edges)
                for (const edge of list)
                    collector.relate(from, edge.to);
            for (const purl of brought)
                direct.add(purl);
        }
        const result = { ...collector.result(), direct: [...direct].sort() };
        return unknowns.into(result);
    },
};


/***/ }),

/***/ 897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ scopesByReachability)
/* harmony export */ });
/**
 * Scopes from reachability, for lockfiles that do not flag dev packages (yarn, pnpm 9, bun): what
 * production dependencies reach is required (optional once an optional edge is crossed), what only
 * dev dependencies reach is dev. Nodes nothing reaches stay required: leaving out a package that
 * ships is worse than listing one that does not.
 */
function scopesByReachability(starts, edges) {
    const scopes = new Map();
    const walk = (from, scope, followOptional, deferred) => {
        const queue = [...from].filter((node) => !scopes.has(node));
        for (const node of queue)
            scopes.set(node, scope);
        while (queue.length > 0) {
            const node = queue.pop();
            for (const edge of edges.get(node) ?? []) {
                if (scopes.has(edge.to))
                    continue;
                if (edge.optional && !followOptional) {
                    deferred.push(edge.to);
                    continue;
                }
                scopes.set(edge.to, scope);
                queue.push(edge.to);
            }
        }
    };
    const optionalStarts = [...starts.optional];
    walk(starts.required, 'required', false, optionalStarts);
    walk(optionalStarts, 'optional', true, []);
    walk(starts.dev, 'dev', true, []);
    return scopes;
}


/***/ }),

/***/ 90567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   R_: () => (/* binding */ XmlSyntaxError),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   ix: () => (/* binding */ childText),
/* harmony export */   jf: () => (/* binding */ child)
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
function decodeText(text, line) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);|&/g, (whole, reference) => {
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
    });
}
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
function parseXml(source) {
    let index = 0;
    let elements = 0;
    let line = 1;
    // The next newline at or after `index` (source.length when none): each search starts where the last
    // ended, so counting lines is linear even on one long line, where searching afresh from every tag is not.
    let newline = -1;
    const advanceTo = (end) => {
        if (newline < index)
            newline = nextNewline(source, index);
        for (; newline < end; newline = nextNewline(source, newline + 1))
            line += 1;
        index = end;
    };
    const skipPast = (terminator, what) => {
        const end = source.indexOf(terminator, index);
        if (end === -1)
            throw new XmlSyntaxError(`unterminated ${what}`, line);
        advanceTo(end + terminator.length);
    };
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
}
/**
 * The attributes of a start tag after its name: `name="value"` or `name='value'`, the first of a
 * repeated name kept. One pass over the text: a hostile tag of megabytes costs linear time.
 */
function attributesOf(text, line) {
    if (!text.includes('='))
        return NO_ATTRIBUTES;
    const attributes = new Map();
    const isSpace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\r';
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
}
/** The position of the next `\n` at or after `from`, or the length of the source when there is none. */
function nextNewline(source, from) {
    const found = source.indexOf('\n', from);
    return found === -1 ? source.length : found;
}
/** The `>` that ends a start tag, skipping quoted attribute values (which may hold `>`). */
function tagEnd(source, start) {
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
}
/** An element name as an error message shows it: a hostile name of megabytes is cut short. */
function shown(name) {
    return name.length > 80 ? `${name.slice(0, 80)}...` : name;
}
/** An element name without its namespace prefix. */
function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
/** The first child element with this name. */
function child(element, name) {
    return element?.children.find((candidate) => candidate.name === name);
}
/** The trimmed text of the first child element with this name. */
function childText(element, name) {
    const found = child(element, name);
    return found === undefined ? undefined : found.text.trim();
}


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
