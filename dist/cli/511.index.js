export const id = 511;
export const ids = [511];
export const modules = {

/***/ 14511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomCommand: () => (/* binding */ sbomCommand)
});

// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var sbom_formats = __webpack_require__(80019);
;// CONCATENATED MODULE: ./lib/config/sbom.js


/**
 * Validates SBOM inputs (`path`, `format`, `output`, `output-dir`, `include-dev`, `strict`,
 * `artifacts`, `artifact-base`, `organization`), reporting every problem at once.
 */
function sbomConfig(raw, nameOf, defaults) {
    const reader = new inputs/* InputReader */.i_(raw, nameOf);
    const formats = reader.choices('format', sbom_formats/* FORMAT_NAMES */.BU, [defaults.format]);
    const output = reader.string('output');
    const outputDir = reader.string('output-dir', defaults.outputDir);
    if (output !== undefined && formats.length > 1)
        reader.report('output', `names one file, but ${formats.length} formats were asked for; use output-dir instead`);
    if (output !== undefined && raw['output-dir'] !== undefined)
        reader.report('output', 'give either output or output-dir, not both');
    const config = {
        path: reader.string('path', defaults.path) ?? defaults.path,
        formats,
        output,
        outputDir: output === undefined && (outputDir !== undefined || formats.length > 1) ? (outputDir ?? '.') : undefined,
        includeDev: reader.boolean('include-dev', false),
        strict: reader.boolean('strict', false),
        artifacts: reader.list('artifacts'),
        artifactBase: reader.string('artifact-base', '.') ?? '.',
        organization: reader.string('organization'),
    };
    reader.finish();
    return config;
}

// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/sbom/index.js + 28 modules
var sbom = __webpack_require__(62200);
;// CONCATENATED MODULE: ./lib/sbom/run.js




/**
 * The SBOM use case both surfaces run: catalog the directory once, encode each asked-for format,
 * and write each file atomically (a format that fails never removes one already written).
 */
async function runSbom(config, ports) {
    const result = await (0,sbom/* generateSbom */.N3)({
        dir: config.path,
        cwd: ports.cwd,
        includeDev: config.includeDev,
        strict: config.strict,
        artifacts: config.artifacts,
        artifactBase: config.artifactBase,
        ...(ports.clock === undefined ? {} : { clock: ports.clock }),
        ...(config.organization === undefined ? {} : { organization: config.organization }),
    });
    const outputs = [];
    // Each document is written while the next is encoded; every write started is finished before an error is reported.
    const writes = [];
    let encoding;
    try {
        for (const format of config.formats) {
            const encoder = (0,sbom_formats/* encoderFor */.Eq)(format);
            const text = encoder.encode(result.sbom);
            const path = config.output !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.output) : config.outputDir !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.outputDir, encoder.fileName) : undefined;
            if (path !== undefined)
                writes.push((0,files/* writeFileAtomic */.Z)(path, text));
            outputs.push({ format, path, text });
        }
    }
    catch (error) {
        encoding = { error };
    }
    const written = await Promise.allSettled(writes);
    if (encoding !== undefined)
        throw encoding.error;
    const failed = written.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined)
        throw failed.reason;
    return { ...result, outputs };
}
function percent(part, whole) {
    return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}
/** One line per lockfile (packages, edges, licenses %, hashes %, unknowns) and a total: the CLI's stderr summary. */
function summaryText(result) {
    const rows = result.lockfiles.map((lockfile) => {
        const unknown = result.sbom.unknowns.find((entry) => entry.path === lockfile.path);
        const detail = unknown === undefined
            ? `${lockfile.packages} packages, ${lockfile.edges} edges, licenses ${percent(lockfile.licensed, lockfile.packages)}, hashes ${percent(lockfile.hashed, lockfile.packages)}`
            : `UNKNOWN${unknown.line === undefined ? '' : ` (line ${unknown.line})`}: ${unknown.reason}`;
        return `  ${lockfile.path} [${lockfile.parser}]: ${detail}`;
    });
    const { sbom } = result;
    const total = `trust-kit: sbom of ${sbom.root.name}${sbom.root.version === '' ? '' : `@${sbom.root.version}`}: ${result.lockfiles.length} lockfile${result.lockfiles.length === 1 ? '' : 's'}, ${sbom.packages.length} packages, ${sbom.relationships.length} relationships, ${sbom.files.length} release files, ${sbom.unknowns.length} unknowns`;
    return `${[total, ...rows].join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
;// CONCATENATED MODULE: ./lib/cli/commands/sbom.js






/** `trust-kit sbom`: catalog a project's lockfiles into an SPDX 2.3 or CycloneDX SBOM. */
const sbomCommand = {
    usage: 'trust-kit sbom [DIR] [--format FORMAT]... [--output FILE | --output-dir DIR] [--include-dev] [--strict] [--artifacts GLOB]...',
    help: `Finds every lockfile under DIR (default: the working directory; node_modules, vendor and
.git are skipped), parses it, and writes one SBOM: one package per purl, dependency edges, hashes
and licenses where the lockfile has them. A lockfile that cannot be parsed is recorded as an
unknown and the rest is still cataloged. Executable Go binaries in DIR are read for the modules
they were built from. A summary per lockfile goes to standard error.

Output is reproducible: the timestamp is SOURCE_DATE_EPOCH (else the last commit's time), the
document namespace and serial number are derived from the content, and everything is sorted.

Options:
  -f, --format FORMAT    ${sbom_formats/* FORMAT_NAMES */.BU.join(', ')}
                         (default spdx-json; repeat for several, written with --output-dir)
  -o, --output FILE      write the SBOM here (atomically); default: standard output
      --output-dir DIR   write each format to DIR/sbom.spdx.json, DIR/sbom.cdx.json, ...
      --include-dev      keep development dependencies (left out by default)
      --strict           fail (exit 1) if any lockfile could not be parsed
      --artifacts GLOB   release files to list, with SHA-256, as produced by the project (repeatable);
                         a Go binary among them also lists the modules it was built from
      --artifact-base D  release file names are relative to D (default: the working directory)
      --organization N   the organisation authoring the SBOM (SPDX creator, CycloneDX author)`,
    options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o' },
        'output-dir': { type: 'string' },
        'include-dev': { type: 'boolean' },
        strict: { type: 'boolean' },
        artifacts: { type: 'string', multiple: true },
        'artifact-base': { type: 'string' },
        organization: { type: 'string' },
    },
    async run(args, context) {
        if (args.positionals.length > 1) {
            throw new inputs/* ConfigError */.xL([{ input: 'argument DIR', message: `names ${args.positionals.length} directories; give one (catalog a monorepo from its top directory)` }]);
        }
        const config = sbomConfig({ ...args.values, path: args.positionals[0] }, (0,inputs/* cliNamer */.qy)({ path: 'DIR' }), { path: '.', format: 'spdx-json' });
        const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
        const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : (0,core_clock/* clockFromSourceDateEpoch */.vv)(sourceDateEpoch);
        const run = await runSbom(config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }) });
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


/***/ }),

/***/ 62164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   h: () => (/* binding */ prepareFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);




/**
 * Writes a file so that readers see either the old content or the whole new one, never a half:
 * the bytes go to a temporary sibling, are flushed, then renamed over the target. With
 * `overwrite: false` they are linked into place instead, which fails (FILE_EXISTS) if the target
 * appeared in the meantime: no check-then-write race.
 */
async function writeFileAtomic(path, data, mode = 0o644, options = {}) {
    await (await prepareFileAtomic(path, data, mode, options)).commit();
}
/** Writes `data` to a flushed temporary sibling of `path`, to be put in place by {@link PreparedFile.commit}. */
async function prepareFileAtomic(path, data, mode = 0o644, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const discard = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
    const failed = async (error) => {
        await discard();
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('FILE_WRITE_FAILED', `could not write ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'check that the directory exists, is writable and has free space',
        });
    };
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx', mode);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return failed(error);
    }
    const commit = async () => {
        try {
            if (options.overwrite === false) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, path).catch((error) => {
                    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'EEXIST')
                        throw error;
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('FILE_EXISTS', `${path} already exists; not overwriting it`, { cause: error, hint: 'remove it or choose another path' });
                });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
            }
            else {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
            }
        }
        catch (error) {
            await failed(error);
        }
    };
    return { commit, discard };
}


/***/ })

};
