export const id = 644;
export const ids = [644];
export const modules = {

/***/ 70644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommand: () => (/* binding */ releaseCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/core/digest.js
var digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var sbom_formats = __webpack_require__(80019);
// EXTERNAL MODULE: ./lib/config/sign.js
var config_sign = __webpack_require__(5297);
;// CONCATENATED MODULE: ./lib/config/release.js




/** The SBOM formats a release makes unless told otherwise. */
const DEFAULT_RELEASE_SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `include-dev`, `strict`, `sign` and the signing inputs), reporting every problem
 * of every part at once.
 */
function releaseConfig(raw, nameOf, defaults) {
    const issues = [];
    const reader = new inputs/* InputReader */.i_(raw, nameOf);
    const subjects = reader.list('subject-path');
    if (subjects.length === 0)
        reader.report('subject-path', 'names no file, directory or glob; give at least one');
    const algorithm = reader.choice('algorithm', digest/* DIGEST_ALGORITHMS */.MF, 'sha256');
    const outputDir = reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir;
    const formats = reader.choices('sbom-format', [...sbom_formats/* FORMAT_NAMES */.BU, 'none'], DEFAULT_RELEASE_SBOM_FORMATS);
    if (formats.includes('none') && formats.length > 1)
        reader.report('sbom-format', '"none" cannot be combined with formats');
    const sbom = formats.includes('none')
        ? undefined
        : { formats, path: reader.string('sbom-path', '.') ?? '.', includeDev: reader.boolean('include-dev', false), strict: reader.boolean('strict', false) };
    const signing = reader.boolean('sign', true);
    const config = { subjects, algorithm, base: reader.string('base', defaults.base) ?? defaults.base, outputDir, sbom, sign: undefined };
    try {
        reader.finish();
    }
    catch (error) {
        issues.push(...error.issues);
    }
    if (signing) {
        try {
            // The checksums file is the one thing a release signs; its path is known only once it is written.
            const sign = (0,config_sign/* signConfig */.C)({ ...raw, 'subject-path': [`${outputDir}/${algorithm.toUpperCase()}SUMS`], bundle: undefined }, nameOf);
            config.sign = { ...sign, ephemeralKeyWithoutToken: defaults.ephemeralKeyWithoutToken && sign.key === undefined && sign.instance === 'auto' };
        }
        catch (error) {
            if (!(error instanceof inputs/* ConfigError */.xL))
                throw error;
            issues.push(...error.issues);
        }
    }
    if (issues.length > 0)
        throw new inputs/* ConfigError */.xL(issues);
    return config;
}

// EXTERNAL MODULE: ./lib/checksums/index.js + 5 modules
var lib_checksums = __webpack_require__(42137);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/github/oidc.js
var oidc = __webpack_require__(89402);
;// CONCATENATED MODULE: ./lib/instructions/verify.js
/** A POSIX shell word that stands for exactly `value`, whatever it holds (quotes, spaces, `$`). */
function shellQuote(value) {
    return `'${value.replaceAll("'", "'\\''")}'`;
}
function policyFlags(signer) {
    if (signer.kind === 'key')
        return `--key ${shellQuote(signer.publicKeyFile)}`;
    return `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`;
}
/**
 * The one trust-kit command that verifies a downloaded release (the signature on the checksums
 * file, then every file against it), run in the download directory; what VERIFY.md and the job summary show.
 */
function releaseVerifyCommand(checksumsFile, bundleFile, signer) {
    return `npx trust-kit verify-checksums ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${policyFlags(signer)}`;
}
/**
 * The verification instructions of a release (VERIFY.md): exact, copy-paste commands for
 * coreutils, trust-kit and cosign, with the exact identity, never a pattern.
 */
function renderVerifyInstructions(input) {
    const { checksumsFile, bundleFile, signer } = input;
    const lines = ['# Verifying this release', ''];
    lines.push(`Download the release files, \`${checksumsFile}\`${bundleFile === undefined ? '' : ` and \`${bundleFile}\``} into one directory and run these commands there.`, '');
    if (bundleFile !== undefined && signer !== undefined) {
        lines.push('## 1. Check the signature on the checksums file', '');
        if (signer.kind === 'key') {
            lines.push(signer.ephemeral
                ? `It was signed with a key made for this one run; its public key is \`${signer.publicKeyFile}\`. That proves the files are the ones signed together, not who signed them: trust it only as far as you trust where you got \`${signer.publicKeyFile}\`. Releases made in GitHub Actions are signed keylessly instead.`
                : `It was signed with a local key whose public key is \`${signer.publicKeyFile}\`; get that key from a source you trust, not from the same download.`, '');
        }
        else if (signer.instance === 'github') {
            lines.push(`It was signed keylessly with GitHub's Sigstore instance by \`${signer.identity ?? 'the identity in the certificate'}\` (issuer \`${signer.issuer}\`). GitHub's instance keeps no public transparency log; its signed timestamp proves when the signature was made. trust-kit fetches GitHub's trusted root through TUF, as \`gh\` does.`, '');
        }
        else {
            lines.push(`It was signed keylessly with Sigstore by \`${signer.identity ?? 'the identity in the certificate'}\` (issuer \`${signer.issuer}\`) and recorded in the public transparency log.`, '');
        }
        lines.push('With trust-kit (checks the signature, then every downloaded file against the checksums):', '', '```sh', releaseVerifyCommand(checksumsFile, bundleFile, signer), '```', '');
        // cosign verifies GitHub's instance only with trust material fetched separately; its
        // instructions would not be copy-paste exact, so they are given for the public-good instance and keys.
        if (signer.kind === 'key' || signer.instance === 'public-good') {
            // cosign requires a transparency-log entry unless told otherwise; a local key signs offline, so its bundles have none.
            const offline = signer.kind === 'key' ? ' --insecure-ignore-tlog=true' : '';
            lines.push(signer.kind === 'key' ? 'With cosign (2.5 or later; the key signed offline, so there is no transparency-log entry to require):' : 'With cosign (2.5 or later):', '', '```sh', `cosign verify-blob ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${policyFlags(signer)}${offline}`, '```', '');
        }
    }
    lines.push(`## ${bundleFile === undefined ? '1' : '2'}. Check the files against the checksums`, '', '```sh', `${input.algorithm}sum --ignore-missing -c ${shellQuote(checksumsFile)}`, '```', '');
    if (input.sbomFiles.length > 0) {
        lines.push('## Software bill of materials', '', 'What the release is built from:', '', ...input.sbomFiles.map((file) => `- \`${file}\``), '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./lib/sbom/index.js + 28 modules
var lib_sbom = __webpack_require__(62200);
// EXTERNAL MODULE: ./lib/sigstore/sign/index.js + 9 modules
var sign = __webpack_require__(45983);
;// CONCATENATED MODULE: ./lib/release/index.js








/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
function checksumsFileName(algorithm) {
    return `${algorithm.toUpperCase()}SUMS`;
}
/** The file the public key of a key-signed release is published as. */
const PUBLIC_KEY_FILE = 'trust-kit.pub';
async function signChecksums(config, checksumsPath, outputDir, ports) {
    const bundlePath = (0,sign/* defaultBundlePath */.Fq)(checksumsPath);
    if (config.ephemeralKeyWithoutToken && (0,oidc/* tokenSource */.Zx)(ports.env) === undefined) {
        // The private key exists only in this process; only its public half is written.
        const key = (0,sign/* ephemeralSigningKey */.Is)();
        const publicKeyPath = (0,external_node_path_.join)(outputDir, PUBLIC_KEY_FILE);
        await (0,files/* writeFileAtomic */.Z)(publicKeyPath, key.publicKeyPem);
        ports.logger.warn(`no OIDC token and no --key: signing with a key made for this run (public key ${PUBLIC_KEY_FILE}); releases from GitHub Actions are signed keylessly`);
        await (0,sign/* createSigningSession */.Eh)({ backend: { instance: 'key', key }, retry: config.retry }).signFile(checksumsPath, bundlePath);
        return {
            signature: { bundlePath, signer: { kind: 'key', publicKeyFile: PUBLIC_KEY_FILE, ephemeral: true }, description: `a key made for this run (hint ${key.hint})` },
            signatureSkipped: undefined,
            extra: [publicKeyPath],
        };
    }
    const opened = await (0,sign/* openSigningSession */.ob)(config, { cwd: ports.cwd, env: ports.env, run: await (0,context/* readRunContext */.$)(ports.env), logger: ports.logger });
    if (opened.session === undefined)
        return { signature: undefined, signatureSkipped: opened.reason, extra: [] };
    ports.logger.info(`signing ${(0,external_node_path_.basename)(checksumsPath)} with ${opened.description}`);
    await opened.session.signFile(checksumsPath, bundlePath);
    // Only after success: on failure the token stays known to the redactor until the error has been
    // printed, and the exit hooks destroy it.
    opened.close();
    const signer = opened.signer.kind === 'key'
        ? { kind: 'key', publicKeyFile: `${(0,external_node_path_.basename)(opened.signer.source).replace(/\.key$/, '')}.pub`, ephemeral: false }
        : { kind: 'certificate', identity: opened.signer.identity, issuer: opened.signer.issuer, instance: opened.session.instance === 'github' ? 'github' : 'public-good' };
    return { signature: { bundlePath, signer, description: opened.description }, signatureSkipped: undefined, extra: [] };
}
/**
 * Runs the release pipeline: hash every artifact and write the checksums file, catalog the
 * project into SBOMs, sign the checksums file (verified before it is written), and write the
 * verification instructions. A step that fails never removes what earlier steps wrote.
 */
async function runRelease(config, ports) {
    const outputDir = (0,external_node_path_.resolve)(ports.cwd, config.outputDir);
    const checksumsPath = (0,external_node_path_.join)(outputDir, checksumsFileName(config.algorithm));
    const produced = [];
    // Each artifact is read once: the SBOM's digests are made in the same pass as the checksums.
    const checksums = await (0,lib_checksums.createChecksums)({ subjects: config.subjects, algorithm: config.algorithm, base: config.base, output: checksumsPath }, ports.cwd, config.sbom === undefined ? {} : { also: lib_sbom/* SBOM_FILE_DIGESTS */.tk });
    produced.push(checksumsPath);
    const subjects = (0,lib_checksums.toSubjects)(checksums.artifacts, config.algorithm);
    ports.onStep?.({ step: 'checksums', checksumsPath, subjects });
    ports.logger.info(`checksums: ${checksums.artifacts.length} artifacts -> ${(0,external_node_path_.relative)(ports.cwd, checksumsPath)}`);
    let sbom;
    if (config.sbom !== undefined) {
        const generated = await (0,lib_sbom/* generateSbom */.N3)({
            dir: config.sbom.path,
            cwd: ports.cwd,
            includeDev: config.sbom.includeDev,
            strict: config.sbom.strict,
            hashedArtifacts: checksums.artifacts,
            ...(ports.clock === undefined ? {} : { clock: ports.clock }),
        });
        const paths = [];
        for (const format of config.sbom.formats) {
            const encoder = (0,lib_sbom/* encoderFor */.Eq)(format);
            const path = (0,external_node_path_.join)(outputDir, encoder.fileName);
            await (0,files/* writeFileAtomic */.Z)(path, encoder.encode(generated.sbom));
            paths.push(path);
            produced.push(path);
        }
        sbom = { paths, lockfiles: generated.lockfiles };
        ports.onStep?.({ step: 'sbom', paths });
        ports.logger.info(`sbom: ${generated.sbom.packages.length} packages from ${generated.lockfiles.length} lockfile${generated.lockfiles.length === 1 ? '' : 's'} -> ${paths.map((path) => (0,external_node_path_.basename)(path)).join(', ')}`);
    }
    const signed = config.sign === undefined ? { signature: undefined, signatureSkipped: undefined, extra: [] } : await signChecksums(config.sign, checksumsPath, outputDir, ports);
    produced.push(...signed.extra);
    if (signed.signature !== undefined)
        produced.push(signed.signature.bundlePath);
    const instructionsPath = (0,external_node_path_.join)(outputDir, 'VERIFY.md');
    await (0,files/* writeFileAtomic */.Z)(instructionsPath, renderVerifyInstructions({
        checksumsFile: (0,external_node_path_.basename)(checksumsPath),
        algorithm: config.algorithm,
        bundleFile: signed.signature === undefined ? undefined : (0,external_node_path_.basename)(signed.signature.bundlePath),
        signer: signed.signature?.signer,
        sbomFiles: (sbom?.paths ?? []).map((path) => (0,external_node_path_.basename)(path)),
    }));
    produced.push(instructionsPath);
    return {
        checksums,
        checksumsPath,
        subjects,
        sbom,
        signature: signed.signature,
        signatureSkipped: signed.signatureSkipped,
        instructionsPath,
        verifyCommand: signed.signature === undefined ? undefined : releaseVerifyCommand((0,external_node_path_.basename)(checksumsPath), (0,external_node_path_.basename)(signed.signature.bundlePath), signed.signature.signer),
        produced,
    };
}

// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/logger.js
var logger = __webpack_require__(27444);
;// CONCATENATED MODULE: ./lib/cli/commands/release.js







/** `trust-kit release`: everything a release needs, in one command (what the root action runs). */
const releaseCommand = {
    usage: 'trust-kit release [options] PATH...',
    help: `Hashes every artifact named by PATH (files, directories, globs) once and writes, into the
output directory: the checksums file (SHA256SUMS), the project's SBOMs (sbom.spdx.json,
sbom.cdx.json), the checksums file's Sigstore bundle (SHA256SUMS.sigstore.json, verified before
it is written) and VERIFY.md with the exact commands users run. A step that fails never removes
what earlier steps wrote.

Signing: keyless with the OIDC token in SIGSTORE_ID_TOKEN or the GitHub Actions job's; with
--key; and with neither, with a key made for this run whose public key is written as
trust-kit.pub (the private key never leaves memory), so a release can be rehearsed offline.

Options:
  -o, --output-dir DIR         where to write everything (default: trust-kit-out)
      --base DIR               artifact names are relative to DIR (default: the working directory)
  -a, --algorithm ALG          sha256 (default) or sha512
      --sbom-format FORMAT     spdx-json, cyclonedx-json (1.6; @1.5, @1.7), or none; repeatable
                               (default: spdx-json and cyclonedx-json)
      --sbom-path DIR          the project whose lockfiles are cataloged (default: .)
      --include-dev            keep development dependencies in the SBOMs
      --strict                 fail when a lockfile cannot be parsed
      --no-sign                do not sign
      --instance NAME          auto (default), public-good, github, key
      --key KEY.pem            sign with this private key
      --on-missing-token WHAT  fail (default), warn or skip when keyless signing has no token
      --trusted-root FILE      trusted root bundles are checked against (custom URLs; default through TUF)
      --fulcio-url URL, --rekor-url URL, --tsa-url URL   other Sigstore services
      --verbose                print debug messages

SOURCE_DATE_EPOCH, when set, is the SBOMs' timestamp (else the last commit's time).`,
    options: {
        'output-dir': { type: 'string', short: 'o' },
        base: { type: 'string' },
        algorithm: { type: 'string', short: 'a' },
        'sbom-format': { type: 'string', multiple: true },
        'sbom-path': { type: 'string' },
        'include-dev': { type: 'boolean' },
        strict: { type: 'boolean' },
        sign: { type: 'boolean' },
        instance: { type: 'string' },
        key: { type: 'string' },
        'on-missing-token': { type: 'string' },
        'trusted-root': { type: 'string' },
        'fulcio-url': { type: 'string' },
        'rekor-url': { type: 'string' },
        'tsa-url': { type: 'string' },
        verbose: { type: 'boolean' },
    },
    async run(args, context) {
        const config = releaseConfig({ ...args.values, 'subject-path': args.positionals }, (0,inputs/* cliNamer */.qy)({ 'subject-path': 'PATH' }), {
            base: '.',
            outputDir: 'trust-kit-out',
            ephemeralKeyWithoutToken: true,
        });
        const epoch = context.env.SOURCE_DATE_EPOCH;
        const result = await runRelease(config, {
            cwd: context.cwd,
            env: context.env,
            logger: (0,logger/* stderrLogger */.D)(context.stderr, args.values.verbose === true),
            ...(epoch === undefined || epoch === '' ? {} : { clock: (0,clock/* clockFromSourceDateEpoch */.vv)(epoch) }),
        });
        for (const path of result.produced)
            context.stdout.write(`${(0,external_node_path_.relative)(context.cwd, path)}\n`);
        return exit_codes/* EXIT */.d.OK;
    },
};


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ signConfig)
/* harmony export */ });
/* unused harmony export INSTANCE_CHOICES */
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7493);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);


/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];
function url(reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        reader.report(name, `"${value}" is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `"${value}" is not an http(s) URL`);
    else if (parsed.username !== '' || parsed.password !== '')
        reader.report(name, 'must not carry credentials');
    // The clients append `/api/...` to the URL, so a query would swallow the path; and whatever it
    // carries (often a token) would be echoed in every log line and error that names the service.
    else if (parsed.search !== '' || parsed.hash !== '')
        reader.report(name, 'must be a base URL without a query string or fragment');
    return value;
}
/**
 * Validates signing inputs (`checksums`, `subject-path`, `bundle`, `instance`, `key`, `fulcio-url`, `rekor-url`,
 * `tsa-url`, `trusted-root`, `on-missing-token`), reporting every problem at once.
 */
function signConfig(raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(raw, nameOf);
    const checksums = reader.string('checksums');
    const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
    if (files.length === 0)
        reader.report('subject-path', 'names no file to sign');
    const bundle = reader.string('bundle');
    if (bundle !== undefined && files.length > 1)
        reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
    const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
    const key = reader.string('key');
    if (key !== undefined && instance !== 'auto' && instance !== 'key')
        reader.report('key', `is a local key, but instance is "${instance}" (keyless); drop one of them`);
    if (instance === 'key' && key === undefined)
        reader.report('key', 'is required with instance "key"; create one with `trust-kit generate-key-pair`');
    const config = {
        files,
        bundle,
        instance,
        key,
        fulcioURL: url(reader, 'fulcio-url'),
        rekorURL: url(reader, 'rekor-url'),
        tsaURL: url(reader, 'tsa-url'),
        trustedRoot: reader.string('trusted-root'),
        onMissingToken: reader.choice('on-missing-token', ['fail', 'warn', 'skip'], 'fail'),
        retry: _core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO,
    };
    if (config.rekorURL !== undefined && instance === 'github') {
        reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
    }
    if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
        reader.report('key', 'signs locally and offline; --fulcio-url, --rekor-url and --tsa-url apply to keyless signing only');
    }
    reader.finish();
    return config;
}


/***/ }),

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* unused harmony export visibilityOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);


/** The visibility a payload states: `repository.visibility`, or `repository.private` on older payloads. */
function visibilityOf(payload) {
    const repository = payload?.repository;
    const visibility = repository?.visibility;
    if (visibility === 'public' || visibility === 'private' || visibility === 'internal')
        return visibility;
    if (repository?.private === true)
        return 'private';
    if (repository?.private === false)
        return 'public';
    return undefined;
}
/** Reads the run context from an environment (the entry point passes `process.env`). */
async function readRunContext(env) {
    const serverURL = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath === undefined || eventPath === '')
        return { serverURL, payload: undefined, visibility: undefined };
    let payload;
    try {
        payload = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
        });
    }
    return { serverURL, payload, visibility: visibilityOf(payload) };
}


/***/ })

};
