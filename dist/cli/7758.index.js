export const id = 7758;
export const ids = [7758,4539];
export const modules = {

/***/ 49620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sbomCommand: (() => (/* binding */ sbomCommand))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _config_sbom_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37405);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91601);
/* harmony import */ var _sbom_catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25022);
/* harmony import */ var _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95587);
/* harmony import */ var _sbom_parsers_go_module_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91290);
/* harmony import */ var _sbom_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(67307);
/* harmony import */ var _sbom_image_argument_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(48832);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20535);











/** `trust-kit sbom`: catalog a project's lockfiles into an SPDX 2.3 or CycloneDX SBOM. */
const sbomCommand = {
    usage: 'trust-kit sbom [DIR] [--format FORMAT]... [--output FILE | --output-dir DIR] [--include-dev] [--strict]\n         [--exclude PATTERN]... [--no-default-excludes] [--allow-empty] [--artifacts GLOB]... [--base DIR]\n' +
        '       trust-kit sbom registry:REF | oci-dir:PATH | docker-archive:FILE [--platform OS/ARCH[/VARIANT]] [--format FORMAT]... [--output FILE | --output-dir DIR]',
    help: `Finds every lockfile under DIR (default: the working directory), parses it, and writes one SBOM:
one package per purl, dependency edges, hashes and licenses where the lockfile has them. A
lockfile that cannot be parsed is recorded as an unknown and the rest is still cataloged.
Executable Go binaries in DIR are read for the modules they were built from. A summary per
lockfile goes to standard error. Finding no lockfile is an error (exit 1) unless --allow-empty.

Not searched: node_modules, vendor and .git (installed copies, version control), and by default
the directories and files named ${_sbom_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_EXCLUDES */ .Wg.join(', ')}
at any depth: their lockfiles belong to test fixtures and examples, not to the product.

Go module edges come from each module's go.mod in the Go module cache (GOMODCACHE, else
GOPATH/pkg/mod, else ~/go/pkg/mod), read-only and offline, where it has them.

Output is reproducible: the timestamp is SOURCE_DATE_EPOCH (else the last commit's time; outside a
git work tree, the current time; in one git cannot read, an error), the document namespace and
serial number are derived from the content, and everything is sorted.

An argument with one of syft's source prefixes is a container image: registry:REF (pulled, tags
resolved once to a digest; docker's config.json and credential helpers give access),
oci-dir:PATH (an OCI image layout) or docker-archive:FILE (a \`docker save\` archive). Its layers
are read as streams (whiteouts applied, sizes and entry counts bounded, no path leaves the image)
for the OS packages of dpkg and apk, the lockfiles and the Go binaries in its final filesystem,
each package with the layer it came from (syft's layerID and path properties).

Options:
  -f, --format FORMAT    ${_sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_6__/* .FORMAT_NAMES */ .BU.join(', ')}
                         (default: the --output name's, else spdx-json; repeat for several, written
                         with --output-dir); cyclonedx-json@1.6 and spdx-json@2.3 name the defaults
  -o, --output FILE      write the SBOM here (atomically); default (or -): standard output. Without --format,
                         FILE.cdx.json is CycloneDX and FILE.spdx.json SPDX; with it, such a name must agree
      --output-dir DIR   write each format to DIR/sbom.spdx.json, DIR/sbom.cdx.json, ... (several
                         formats without it: to those names in the working directory)
      --include-dev      keep development dependencies (left out by default)
      --strict           fail (exit 1) if any lockfile could not be parsed
      --exclude PATTERN  also skip these files and directories (repeatable); relative to DIR, as in
                         .gitignore: \`docs\` at any depth, \`tools/*/yarn.lock\` anchored, \`**\` spans directories
                         (a path written from the working directory into DIR is refused, naming the pattern)
      --no-default-excludes
                         search the default-excluded directories too (--exclude still applies)
      --allow-empty      write an SBOM without dependencies when no lockfile is found
      --artifacts GLOB   release files to list, with SHA-256, as produced by the project (repeatable);
                         a Go binary among them also lists the modules it was built from
      --base DIR         with --artifacts: release file names are relative to DIR (default: the
                         working directory)
      --organization N   the organisation authoring the SBOM (SPDX creator, CycloneDX author)
      --platform P       the image's platform when it has several (default linux/amd64, as syft)
      --allow-http-registry
                         reach registry: images over plain HTTP
      --allow-insecure-registry
                         accept any TLS certificate from registry: images' registries
      --registry-username USER
                         log in to a registry: image's registry as USER, with the password in
                         TRUST_KIT_REGISTRY_PASSWORD (as sign-image; else docker's config.json)`,
    options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o' },
        'output-dir': { type: 'string' },
        'include-dev': { type: 'boolean' },
        strict: { type: 'boolean' },
        exclude: { type: 'string', multiple: true },
        'default-excludes': { type: 'boolean' },
        'allow-empty': { type: 'boolean' },
        artifacts: { type: 'string', multiple: true },
        base: { type: 'string' },
        organization: { type: 'string' },
        platform: { type: 'string' },
        'allow-http-registry': { type: 'boolean' },
        'allow-insecure-registry': { type: 'boolean' },
        'registry-username': { type: 'string' },
    },
    reportsFlagIssues: true,
    async run(args, context) {
        const [first] = args.positionals;
        if (args.positionals.length === 1 && first !== undefined && (0,_sbom_image_argument_js__WEBPACK_IMPORTED_MODULE_10__/* .isImageArgument */ .r)(first))
            return (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(522), __webpack_require__.e(4703), __webpack_require__.e(6218)]).then(__webpack_require__.bind(__webpack_require__, 41724))).runImageSbomCommand(first, args, context);
        // syft's other source prefixes would be read as a directory of that name, and fail as one that is not there.
        const otherPrefix = first === undefined ? undefined : /^(oci-archive|docker|podman|containerd|singularity|dir|file):/.exec(first)?.[1];
        const unread = otherPrefix !== undefined && first !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.cwd, first));
        const earlier = [
            ...args.issues,
            ...(unread ? [{ input: 'argument DIR', message: `${otherPrefix}: is a source prefix of syft's that trust-kit does not read: ${otherPrefix === 'dir' || otherPrefix === 'file' ? `give the directory without it (${first?.slice(otherPrefix.length + 1) || '.'})` : 'give the image as registry:REF, oci-dir:PATH (an OCI layout) or docker-archive:FILE (docker save)'}` }] : []),
            ...(args.positionals.length > 1 ? [{ input: 'argument DIR', message: `names ${args.positionals.length} directories; give one (catalog a monorepo from its top directory)` }] : []),
            ...IMAGE_ONLY.filter(((name) => args.values[name] !== undefined)).map(((name) => ({ input: `--${name}`, message: 'applies to an image (registry:, oci-dir:, docker-archive:), not to a directory' }))),
            // --base names release files relative to it: without --artifacts it would change nothing, silently (the catalog's directory is DIR).
            ...(args.values.base !== undefined && args.values.artifacts === undefined ? [{ input: '--base', message: 'applies only with --artifacts (release file names are relative to it); the directory to catalog is the argument DIR' }] : []),
        ];
        // Loaded only for given patterns: the path checks bring in the checksums collector, which a plain SBOM never needs.
        const misplaced = args.values.exclude === undefined || args.positionals.length > 1 ? [] : await (await Promise.all(/* import() */[__webpack_require__.e(522), __webpack_require__.e(6446)]).then(__webpack_require__.bind(__webpack_require__, 56446))).misplacedExcludes(args.values.exclude, args.positionals[0] ?? '.', context.cwd, '--exclude');
        // Every problem at once: an argument count, an image-only flag or a misplaced pattern does not hide what is wrong with the others.
        const config = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .withEarlierIssues */ .ZB)([...earlier, ...misplaced], (() => (0,_config_sbom_js__WEBPACK_IMPORTED_MODULE_3__/* .sbomConfig */ .y)({ ...args.values, path: args.positionals[0] }, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .cliNamer */ .qy)({ path: 'DIR' }), { path: '.', format: 'spdx-json' })));
        const outputs = config.output !== undefined || config.outputDir !== undefined ? await Promise.all(/* import() */[__webpack_require__.e(522), __webpack_require__.e(6446)]).then(__webpack_require__.bind(__webpack_require__, 56446)) : undefined;
        // A link, a directory or a device where the SBOM goes is said before the catalog is made, not after.
        await outputs?.requireNamedPaths(outputs.sbomOutputPaths(config), context.cwd, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .cliNamer */ .qy)({}));
        const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
        const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : (0,_core_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .clockFromSourceDateEpoch */ .vv)(sourceDateEpoch);
        const goModuleCache = (0,_sbom_parsers_go_module_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .goModuleCacheDir */ .ck)(context.env);
        const run = await (0,_sbom_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runSbom */ .Fp)(config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }), ...(goModuleCache === undefined ? {} : { goModuleCache }) });
        context.stderr.write((0,_sbom_run_js__WEBPACK_IMPORTED_MODULE_8__/* .summaryText */ .g5)(run));
        for (const output of run.outputs) {
            if (output.path === undefined)
                for (const chunk of output.chunks)
                    context.stdout.write(chunk);
            else
                context.stderr.write(`trust-kit: wrote ${output.format} to ${output.path}\n`);
        }
        for (const path of run.stale)
            context.stderr.write(`trust-kit: WARNING: ${(0,_sbom_run_js__WEBPACK_IMPORTED_MODULE_8__/* .staleText */ .Zg)(path)}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.OK;
    },
};
/**
 * The image's options, refused for a directory. The image path (registry client, Sigstore's
 * credential reading, layer readers) is loaded only for an image: a directory's SBOM never pays for it.
 */
const IMAGE_ONLY = ['platform', 'allow-http-registry', 'allow-insecure-registry', 'registry-username'];


/***/ }),

/***/ 64539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var pathInside = (function (base, path, options = {}) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, path);
    if (inside === '')
        return options.baseItself === true ? '' : undefined;
    // relative() gives an absolute path on Windows for another drive.
    return inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? undefined : inside;
});var isPathWithin = (function (root, path) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: (() => (/* binding */ isPathWithin)),
/* harmony export */   _: (() => (/* binding */ pathInside))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * `path` relative to the directory `base` (the platform's separators) when it lies inside it,
 * undefined when it lies outside. Only a whole `..` segment climbs out: `..lib/package-lock.json`
 * and `..data` are inside. Both paths are taken as they are written (links are not followed;
 * callers that must not be led out by one pass real paths). The base itself is undefined, for
 * callers that want a path in the directory (a file of a release, a file of a layout, a place on
 * a commit), unless `baseItself` is set: it is then `''`, for callers that start from the
 * directory (a walk of it, a project read from its root, a file checked against it).
 */

/**
 * Whether `path` is `root` or lies below it, both absolute and normalised: {@link pathInside} with
 * the base itself, compared as text, for a walk's every entry.
 */



/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var counted = (function (count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ counted))
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */



/***/ }),

/***/ 48832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isImageArgument = (function (argument) {
    return IMAGE_SOURCE_PREFIXES.some(((prefix) => argument.startsWith(prefix)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: (() => (/* binding */ isImageArgument)),
/* harmony export */   v: (() => (/* binding */ IMAGE_SOURCE_PREFIXES))
/* harmony export */ });
/** syft's source prefixes trust-kit reads. */
const IMAGE_SOURCE_PREFIXES = ['registry:', 'oci-dir:', 'docker-archive:'];
/** Whether a `sbom` argument names an image (by one of syft's source prefixes) rather than a directory. */



/***/ }),

/***/ 15415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var unlistedUnknowns = (function (count) {
    return Math.max(0, count - LISTED_UNKNOWNS - 1);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: (() => (/* binding */ unlistedUnknowns)),
/* harmony export */   dF: (() => (/* binding */ LockfileUnknowns))
/* harmony export */ });
/* unused harmony export LISTED_UNKNOWNS */
/** How many unknowns of one lockfile are listed one by one; the rest are counted in one more unknown. */
const LISTED_UNKNOWNS = 100;
/** How many of a lockfile's `count` unknowns its {@link LockfileUnknowns} left out of the list (the one counting them stands for them all). */

/**
 * The unknowns one lockfile records per entry (a bad entry, a reference nothing resolves), listed up
 * to {@link LISTED_UNKNOWNS} and the rest counted in one more: 100,000 bad entries made a 4.5 MB
 * SPDX of the same sentence. `count` still says how many there were, for the summary.
 */
class LockfileUnknowns {
    #path;
    #rest;
    #listed = [];
    #more = 0;
    /** `rest` words the unknown that counts the ones past the limit. */
    constructor(path, rest = ((count) => `${count} more unknowns of this file, not listed one by one`)) {
        this.#path = path;
        this.#rest = rest;
    }
    /** Records one unknown, of the lockfile or (`path`) of a file it includes. */
    add(reason, line, path = this.#path) {
        if (this.#listed.length >= LISTED_UNKNOWNS) {
            this.#more++;
            return;
        }
        const unknown = { path, reason };
        if (line !== undefined)
            unknown.line = line;
        this.#listed.push(unknown);
    }
    /** Records the unknowns `other` recorded, after these: as if each had been added here (the ones it did not list counted, not listed). */
    addFrom(other) {
        for (const unknown of other.#listed)
            this.add(unknown.reason, unknown.line, unknown.path);
        this.#more += other.#more;
    }
    /** How many unknowns were recorded, listed or not. */
    get count() {
        return this.#listed.length + this.#more;
    }
    /** The unknowns listed, and one counting the rest. */
    all() {
        return this.#more === 0 ? [...this.#listed] : [...this.#listed, { path: this.#path, reason: this.#rest(this.#more) }];
    }
    /** A result's `unknowns` (perhaps empty), with their count when not all are listed. */
    fields() {
        return this.#more === 0 ? { unknowns: this.all() } : { unknowns: this.all(), unknownCount: this.count };
    }
    /**
     * The result with its unknowns (and their count when not all are listed) after those it has
     * already (a package collector's); the result itself when there are none.
     */
    into(result) {
        if (this.count === 0)
            return result;
        const earlier = result.unknowns ?? [];
        if (earlier.length === 0)
            return { ...result, ...this.fields() };
        const unknowns = [...earlier, ...this.all()];
        const count = (result.unknownCount ?? earlier.length) + this.count;
        // One that counts the rest stands for them: the list is shorter than the count then.
        return { ...result, unknowns, ...(count === unknowns.length ? {} : { unknownCount: count }) };
    }
}


/***/ }),

/***/ 67307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var ntiaCoverage = (function (sbom) {
    // Reached from the root along dependency and containment edges: a package only reachable from
    // another island, or in no relationship at all, floats.
    const next = new Map();
    // Indexed, here and below: an iterator per edge or package is garbage on thousands of them.
    for (let index = 0; index < sbom.relationships.length; index++) {
        const relationship = sbom.relationships[index];
        const list = next.get(relationship.from);
        if (list === undefined)
            next.set(relationship.from, [relationship.to]);
        else
            list.push(relationship.to);
    }
    const reached = new Set([sbom.root.purl]);
    const queue = [sbom.root.purl];
    for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
        const targets = next.get(at);
        if (targets === undefined)
            continue;
        // Indexed: an iterator per package reached is garbage on thousands of packages.
        for (let index = 0; index < targets.length; index++) {
            const to = targets[index];
            if (reached.has(to))
                continue;
            reached.add(to);
            queue.push(to);
        }
    }
    let names = sbom.root.name === '' ? 0 : 1;
    let versions = sbom.root.version === '' ? 0 : 1;
    let identifiers = sbom.root.ecosystem === 'generic' ? 0 : 1;
    let suppliers = sbom.organization !== undefined || sbom.root.supplier !== undefined ? 1 : 0;
    let related = 1;
    for (let index = 0; index < sbom.packages.length; index++) {
        const pkg = sbom.packages[index];
        if (pkg.name !== '')
            names++;
        if (pkg.version !== '')
            versions++;
        if (pkg.ecosystem !== 'generic')
            identifiers++;
        if (pkg.supplier !== undefined)
            suppliers++;
        if (reached.has(pkg.purl))
            related++;
    }
    // A release file is written as a package of the root's version and supplier, generated by the
    // root and described by the document; it has no package URL.
    const files = sbom.files.length;
    names += files;
    related += files;
    if (sbom.root.version !== '')
        versions += files;
    if (sbom.organization !== undefined || sbom.root.supplier !== undefined)
        suppliers += files;
    return {
        components: sbom.packages.length + 1 + files,
        names,
        versions,
        identifiers,
        suppliers,
        related,
        author: sbom.organization === undefined ? `Tool: ${sbom.tool}` : `Organization: ${sbom.organization}`,
        timestamp: sbom.created,
    };
});var ntiaCoverageText = (function (coverage) {
    const share = ((count) => `${count}/${coverage.components} (${Math.round((count / coverage.components) * 100)}%)`);
    return `NTIA minimum elements: supplier ${share(coverage.suppliers)}, name ${share(coverage.names)}, version ${share(coverage.versions)}, unique identifier ${share(coverage.identifiers)}, relationships ${share(coverage.related)}, author ${coverage.author}, timestamp ${coverage.timestamp.toISOString()}`;
});var runSbom = (async function (config, ports) {
    const result = await (0,lib_sbom.generateSbom)({
        dir: config.path,
        cwd: ports.cwd,
        includeDev: config.includeDev,
        strict: config.strict,
        artifacts: config.artifacts,
        artifactBase: config.artifactBase,
        exclude: config.exclude,
        ...(ports.clock === undefined ? {} : { clock: ports.clock }),
        ...(config.organization === undefined ? {} : { organization: config.organization }),
        ...(ports.goModuleCache === undefined ? {} : { goModuleCache: ports.goModuleCache }),
    });
    if (result.lockfiles.length === 0 && !config.allowEmpty) {
        const excluded = config.exclude.length === 0 ? '' : ` (excluded: ${config.exclude.join(', ')})`;
        // Files with a lockfile's name that could not be read (a pipe, too big, no permission) are what the user has to fix, not where they pointed.
        const unread = result.sbom.unknowns;
        if (unread.length > 0) {
            const shown = unread.slice(0, lib_sbom.MAX_UNKNOWN_WARNINGS).map(((unknown) => `${(0,logger/* printable */.g$)(unknown.path)}: ${unknown.reason}`));
            const more = unread.length > lib_sbom.MAX_UNKNOWN_WARNINGS ? `; and ${(0,plural/* counted */.h)(unread.length - lib_sbom.MAX_UNKNOWN_WARNINGS, 'more file')}` : '';
            throw new errors/* SbomError */.S('SBOM_NO_LOCKFILE', `found no lockfile it could read in ${(0,external_node_path_.resolve)(ports.cwd, config.path)}${excluded}, so the SBOM would list no dependency: ${shown.join('; ')}${more}`, {
                hint: 'make each file named a readable regular file (at most 256 MiB), or exclude it (--exclude); or accept an SBOM without dependencies, listing these as unknowns, with --allow-empty (input `allow-empty: true`)',
            });
        }
        throw new errors/* SbomError */.S('SBOM_NO_LOCKFILE', `found no lockfile in ${(0,external_node_path_.resolve)(ports.cwd, config.path)}${excluded}, so the SBOM would list no dependency`, {
            hint: 'catalog the project directory (the one holding package-lock.json, go.mod, Cargo.lock, ...); check the exclude patterns (the defaults go with --no-default-excludes, input `default-excludes: false`); or accept an SBOM without dependencies with --allow-empty (input `allow-empty: true`)',
        });
    }
    const outputs = [];
    const writes = [];
    for (const format of config.formats) {
        const encoder = (0,formats/* encoderFor */.Eq)(format);
        const path = config.output !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.output) : config.outputDir !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.outputDir, encoder.fileName) : undefined;
        if (path === undefined) {
            // Made whole before any of it is printed: a document that fails its checks prints nothing.
            outputs.push({ format, path, chunks: [...encoder.chunks(result.sbom)] });
            continue;
        }
        // Each document is streamed to its temporary file as it is made: no document is ever held
        // whole. The documents are made side by side, so that one's writes and flush wait while the
        // other is encoded, not in turn. A document that fails its checks is not left behind (the
        // atomic write drops it); a failure does not stop the other formats being made, and the first
        // one (in the order asked for) is reported once all are done. All are put in place together.
        writes.push((0,files/* prepareFileAtomic */.hN)(path, encoder.chunks(result.sbom)));
        outputs.push({ format, path });
    }
    const prepared = await Promise.allSettled(writes);
    const failed = prepared.find(((write) => write.status === 'rejected'));
    if (failed !== undefined) {
        await Promise.all(prepared.map(((write) => (write.status === 'fulfilled' ? write.value.discard() : undefined))));
        throw failed.reason;
    }
    // Once all are written, in the order asked for, without yielding: a signal never leaves one format of this run beside another of an earlier one.
    await (0,files/* commitTogether */.yZ)(prepared.map(((write) => write.value)));
    return { ...result, outputs, stale: staleDocuments(config, ports.cwd, outputs) };
});var staleDocuments = (function (config, cwd, outputs) {
    if (config.outputDir === undefined)
        return [];
    const written = new Set(outputs.map(((output) => output.path)));
    return formats/* FORMATS */.hR.map(((format) => (0,external_node_path_.resolve)(cwd, config.outputDir ?? '.', format.fileName))).filter(((path) => !written.has(path) && (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false })?.isFile() === true));
});var staleText = (function (path) {
    return `${(0,logger/* printable */.g$)(path)} is not from this run (it did not write that format): an earlier run's SBOM, or another tool's, left as it is; remove it if it is not meant to be published with this run's`;
});var percent = (function (part, whole) {
    return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
});var unknownTotal = (function (result) {
    return result.lockfiles.reduce(((total, lockfile) => total + (0,unknowns/* unlistedUnknowns */.Mb)(lockfile.unresolved)), result.sbom.unknowns.length);
});var summaryText = (function (result) {
    // The first unknown of each path, found once: a search per file was quadratic (an image can hold a million databases).
    const unknownByPath = new Map();
    for (const entry of result.sbom.unknowns)
        if (!unknownByPath.has(entry.path))
            unknownByPath.set(entry.path, entry);
    const rows = result.lockfiles.map(((lockfile) => {
        const unknown = unknownByPath.get(lockfile.path);
        const incomplete = lockfile.unresolved === 0 ? '' : `, INCOMPLETE: ${(0,plural/* counted */.h)(lockfile.unresolved, 'unknown')} (first: ${unknown?.reason ?? ''})`;
        const detail = unknown === undefined || lockfile.unknowns === 0
            ? `${(0,plural/* counted */.h)(lockfile.packages, 'package')}, ${(0,plural/* counted */.h)(lockfile.edges, 'edge')}, licenses ${percent(lockfile.licensed, lockfile.packages)}, hashes ${percent(lockfile.hashed, lockfile.packages)}${incomplete}`
            : `UNKNOWN${unknown.line === undefined ? '' : ` (line ${unknown.line})`}: ${unknown.reason}`;
        // A path and a parser's reason quote what a file (or an image) holds: one line each, no control character a terminal would obey.
        return `  ${(0,logger/* printable */.g$)(lockfile.path)} [${lockfile.parser}]: ${(0,logger/* printable */.g$)(detail)}`;
    }));
    // Unknowns of no lockfile (a directory that could not be listed): the first few, with the reason, so that the run says where the SBOM is incomplete.
    const lockfilePaths = new Set(result.lockfiles.map(((lockfile) => lockfile.path)));
    const elsewhere = [...unknownByPath.values()].filter(((unknown) => !lockfilePaths.has(unknown.path)));
    for (const unknown of elsewhere.slice(0, lib_sbom.MAX_UNKNOWN_WARNINGS))
        rows.push(`  ${(0,logger/* printable */.g$)(unknown.path)}: ${(0,logger/* printable */.g$)(`UNKNOWN: ${unknown.reason}`)}`);
    if (elsewhere.length > lib_sbom.MAX_UNKNOWN_WARNINGS)
        rows.push(`  and ${(0,plural/* counted */.h)(elsewhere.length - lib_sbom.MAX_UNKNOWN_WARNINGS, 'more path')} with unknowns: the SBOM lists every one`);
    const { sbom } = result;
    // The root's name and version are its manifest's, which may be another party's (a downloaded tree, an image).
    const total = `trust-kit: sbom of ${(0,logger/* printable */.g$)(`${sbom.root.name}${sbom.root.version === '' ? '' : `@${sbom.root.version}`}`)}: ${(0,plural/* counted */.h)(result.lockfiles.length, 'lockfile')}, ${(0,plural/* counted */.h)(sbom.packages.length, 'package')}, ${(0,plural/* counted */.h)(sbom.relationships.length, 'relationship')}, ${(0,plural/* counted */.h)(sbom.files.length, 'release file')}, ${(0,plural/* counted */.h)(unknownTotal(result), 'unknown')}${sbom.unknowns.length === 0 ? '' : ' (the SBOM is INCOMPLETE: --strict fails on this)'}`;
    return `${[total, ...rows, `  ${(0,logger/* printable */.g$)(ntiaCoverageText(ntiaCoverage(sbom)))}`].join('\n')}\n`;
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fp: (() => (/* binding */ runSbom)),
  gh: (() => (/* binding */ staleDocuments)),
  Zg: (() => (/* binding */ staleText)),
  g5: (() => (/* binding */ summaryText))
});

// UNUSED EXPORTS: unknownTotal

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var formats = __webpack_require__(95587);
// EXTERNAL MODULE: ./lib/sbom/index.js + 1 modules
var lib_sbom = __webpack_require__(45759);
;// CONCATENATED MODULE: ./lib/sbom/ntia.js
/** The NTIA minimum elements coverage of an SBOM: what the summary prints and `ntia-conformance-checker` checks. */

/** One line: each per-component element as `present/all (percent)`, then the author and timestamp. */


// EXTERNAL MODULE: ./lib/sbom/parsers/unknowns.js
var unknowns = __webpack_require__(15415);
;// CONCATENATED MODULE: ./lib/sbom/run.js










/**
 * The SBOM use case both surfaces run: catalog the directory once, encode each asked-for format,
 * and write each file atomically (a format that fails never removes one already written).
 */

/** The documents of other formats than those written that lie in the run's output directory under trust-kit's names (see {@link SbomRun.stale}). */

/** The warning about an earlier run's document beside this run's (see {@link SbomRun.stale}). */


/**
 * How many unknowns a run found: those the SBOM lists, and those a lockfile had past the ones it
 * lists (counted in one of them), so that the total is not smaller than a lockfile's own count.
 */

/** One line per lockfile (packages, edges, licenses %, hashes %, unknowns), a total and the NTIA minimum elements coverage: the CLI's stderr summary. */



/***/ })

};
