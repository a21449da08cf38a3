export const id = 827;
export const ids = [827];
export const modules = {

/***/ 96827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomCommand: () => (/* binding */ sbomCommand)
});

// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/config/sbom.js
var sbom = __webpack_require__(37405);
// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/sbom/catalog.js + 1 modules
var catalog = __webpack_require__(85479);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var formats = __webpack_require__(80019);
// EXTERNAL MODULE: ./lib/sbom/parsers/go/module-cache.js
var module_cache = __webpack_require__(91290);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/index.js
var lib_sbom = __webpack_require__(27965);
;// CONCATENATED MODULE: ./lib/sbom/ntia.js
/** The NTIA minimum elements coverage of an SBOM: what the summary prints and `ntia-conformance-checker` checks. */
function ntiaCoverage(sbom) {
    // Reached from the root along dependency and containment edges: a package only reachable from
    // another island, or in no relationship at all, floats.
    const next = new Map();
    for (const relationship of sbom.relationships) {
        const list = next.get(relationship.from);
        if (list === undefined)
            next.set(relationship.from, [relationship.to]);
        else
            list.push(relationship.to);
    }
    const reached = new Set([sbom.root.purl]);
    const queue = [sbom.root.purl];
    for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
        for (const to of next.get(at) ?? []) {
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
    for (const pkg of sbom.packages) {
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
    return {
        components: sbom.packages.length + 1,
        names,
        versions,
        identifiers,
        suppliers,
        related,
        author: sbom.organization === undefined ? `Tool: ${sbom.tool}` : `Organization: ${sbom.organization}`,
        timestamp: sbom.created,
    };
}
/** One line: each per-component element as `present/all (percent)`, then the author and timestamp. */
function ntiaCoverageText(coverage) {
    const share = (count) => `${count}/${coverage.components} (${Math.round((count / coverage.components) * 100)}%)`;
    return `NTIA minimum elements: supplier ${share(coverage.suppliers)}, name ${share(coverage.names)}, version ${share(coverage.versions)}, unique identifier ${share(coverage.identifiers)}, relationships ${share(coverage.related)}, author ${coverage.author}, timestamp ${coverage.timestamp.toISOString()}`;
}

;// CONCATENATED MODULE: ./lib/sbom/run.js







/**
 * The SBOM use case both surfaces run: catalog the directory once, encode each asked-for format,
 * and write each file atomically (a format that fails never removes one already written).
 */
async function runSbom(config, ports) {
    const result = await (0,lib_sbom/* generateSbom */.N3)({
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
        throw new errors/* SbomError */.S('SBOM_NO_LOCKFILE', `found no lockfile in ${(0,external_node_path_.resolve)(ports.cwd, config.path)}${config.exclude.length === 0 ? '' : ` (excluded: ${config.exclude.join(', ')})`}, so the SBOM would list no dependency`, {
            hint: 'catalog the project directory (the one holding package-lock.json, go.mod, Cargo.lock, ...); check the exclude patterns (the defaults go with --no-default-excludes, input `default-excludes: false`); or accept an SBOM without dependencies with --allow-empty (input `allow-empty: true`)',
        });
    }
    const outputs = [];
    let failedWrite;
    for (const format of config.formats) {
        const encoder = (0,formats/* encoderFor */.Eq)(format);
        const text = encoder.encode(result.sbom);
        const path = config.output !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.output) : config.outputDir !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.outputDir, encoder.fileName) : undefined;
        // Each document is written before the next is encoded: encoding is synchronous, so a write left
        // pending would only start afterwards, holding every document's bytes at once at the peak.
        // A failed write does not stop the other formats; the first failure is reported at the end.
        if (path !== undefined) {
            try {
                await (0,files/* writeFileAtomic */.Zf)(path, text);
            }
            catch (error) {
                failedWrite ??= { error };
            }
        }
        outputs.push({ format, path, text });
    }
    if (failedWrite !== undefined)
        throw failedWrite.error;
    return { ...result, outputs };
}
function percent(part, whole) {
    return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}
/** One line per lockfile (packages, edges, licenses %, hashes %, unknowns), a total and the NTIA minimum elements coverage: the CLI's stderr summary. */
function summaryText(result) {
    const rows = result.lockfiles.map((lockfile) => {
        const unknown = result.sbom.unknowns.find((entry) => entry.path === lockfile.path);
        const incomplete = lockfile.unresolved === 0 ? '' : `, INCOMPLETE: ${(0,plural/* counted */.h)(lockfile.unresolved, 'unknown')} (first: ${unknown?.reason ?? ''})`;
        const detail = unknown === undefined || lockfile.unknowns === 0
            ? `${(0,plural/* counted */.h)(lockfile.packages, 'package')}, ${(0,plural/* counted */.h)(lockfile.edges, 'edge')}, licenses ${percent(lockfile.licensed, lockfile.packages)}, hashes ${percent(lockfile.hashed, lockfile.packages)}${incomplete}`
            : `UNKNOWN${unknown.line === undefined ? '' : ` (line ${unknown.line})`}: ${unknown.reason}`;
        return `  ${lockfile.path} [${lockfile.parser}]: ${detail}`;
    });
    const { sbom } = result;
    const total = `trust-kit: sbom of ${sbom.root.name}${sbom.root.version === '' ? '' : `@${sbom.root.version}`}: ${(0,plural/* counted */.h)(result.lockfiles.length, 'lockfile')}, ${(0,plural/* counted */.h)(sbom.packages.length, 'package')}, ${(0,plural/* counted */.h)(sbom.relationships.length, 'relationship')}, ${(0,plural/* counted */.h)(sbom.files.length, 'release file')}, ${(0,plural/* counted */.h)(sbom.unknowns.length, 'unknown')}${sbom.unknowns.length === 0 ? '' : ' (the SBOM is INCOMPLETE: --strict fails on this)'}`;
    return `${[total, ...rows, `  ${ntiaCoverageText(ntiaCoverage(sbom))}`].join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
;// CONCATENATED MODULE: ./lib/cli/commands/sbom.js








/** `trust-kit sbom`: catalog a project's lockfiles into an SPDX 2.3 or CycloneDX SBOM. */
const sbomCommand = {
    usage: 'trust-kit sbom [DIR] [--format FORMAT]... [--output FILE | --output-dir DIR] [--include-dev] [--strict]\n         [--exclude PATTERN]... [--no-default-excludes] [--allow-empty] [--artifacts GLOB]... [--base DIR]',
    help: `Finds every lockfile under DIR (default: the working directory), parses it, and writes one SBOM:
one package per purl, dependency edges, hashes and licenses where the lockfile has them. A
lockfile that cannot be parsed is recorded as an unknown and the rest is still cataloged.
Executable Go binaries in DIR are read for the modules they were built from. A summary per
lockfile goes to standard error. Finding no lockfile is an error (exit 1) unless --allow-empty.

Not searched: node_modules, vendor and .git (installed copies, version control), and by default
the directories and files named ${catalog/* DEFAULT_EXCLUDES */.Wg.join(', ')}
at any depth: their lockfiles belong to test fixtures and examples, not to the product.

Go module edges come from each module's go.mod in the Go module cache (GOMODCACHE, else
GOPATH/pkg/mod, else ~/go/pkg/mod), read-only and offline, where it has them.

Output is reproducible: the timestamp is SOURCE_DATE_EPOCH (else the last commit's time), the
document namespace and serial number are derived from the content, and everything is sorted.

Options:
  -f, --format FORMAT    ${formats/* FORMAT_NAMES */.BU.join(', ')}
                         (default spdx-json; repeat for several, written with --output-dir)
  -o, --output FILE      write the SBOM here (atomically); default: standard output
      --output-dir DIR   write each format to DIR/sbom.spdx.json, DIR/sbom.cdx.json, ...
      --include-dev      keep development dependencies (left out by default)
      --strict           fail (exit 1) if any lockfile could not be parsed
      --exclude PATTERN  also skip these files and directories (repeatable); relative to DIR, as in
                         .gitignore: \`docs\` at any depth, \`tools/*/yarn.lock\` anchored, \`**\` spans directories
      --no-default-excludes
                         search the default-excluded directories too (--exclude still applies)
      --allow-empty      write an SBOM without dependencies when no lockfile is found
      --artifacts GLOB   release files to list, with SHA-256, as produced by the project (repeatable);
                         a Go binary among them also lists the modules it was built from
      --base DIR         release file names are relative to DIR (default: the working directory)
      --organization N   the organisation authoring the SBOM (SPDX creator, CycloneDX author)`,
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
    },
    async run(args, context) {
        if (args.positionals.length > 1) {
            throw new inputs/* ConfigError */.xL([{ input: 'argument DIR', message: `names ${args.positionals.length} directories; give one (catalog a monorepo from its top directory)` }]);
        }
        const config = (0,sbom/* sbomConfig */.y)({ ...args.values, path: args.positionals[0] }, (0,inputs/* cliNamer */.qy)({ path: 'DIR' }), { path: '.', format: 'spdx-json' });
        const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
        const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : (0,core_clock/* clockFromSourceDateEpoch */.vv)(sourceDateEpoch);
        const goModuleCache = (0,module_cache/* goModuleCacheDir */.ck)(context.env);
        const run = await runSbom(config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }), ...(goModuleCache === undefined ? {} : { goModuleCache }) });
        context.stderr.write(summaryText(run));
        for (const output of run.outputs) {
            if (output.path === undefined)
                context.stdout.write(output.text);
            else
                context.stderr.write(`trust-kit: wrote ${output.format} to ${output.path}\n`);
        }
        return exit_codes/* EXIT */.d.OK;
    },
};


/***/ })

};
