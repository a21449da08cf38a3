export const id = 4799;
export const ids = [4799,552];
export const modules = {

/***/ 99118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ OciError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70554);


/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
class OciError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message), options.hint === undefined ? options : { ...options, hint: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(options.hint) });
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API_HOST */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99118);



/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);
// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;
/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */
function parseImageReference(input) {
    // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
    // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
    const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const firstAt = authority.indexOf('@');
    if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
            hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
        });
    }
    const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
    const invalid = (why, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1') => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint });
    if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH)
        throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
    if (/\s/.test(input))
        throw invalid('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        try {
            const parsed = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(rest.slice(at + 1));
            digest = `${parsed.algorithm}:${parsed.hex}`;
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
    }
    const firstSlash = rest.indexOf('/');
    const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
    const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
    let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
    if (namesRegistry)
        checkRegistry(registry, invalid);
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid('it names no repository');
    if (repository !== repository.toLowerCase()) {
        throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
    }
    if (repository.length > MAX_REPOSITORY_LENGTH)
        throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
        }
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
function checkRegistry(registry, invalid) {
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
    const port = bracketed?.[2] ?? plain?.[2];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
        throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
    }
    if (bracketed)
        return;
    const host = plain?.[1];
    if (host === undefined || host.length > 253 || !host.split('.').every((label) => HOST_LABEL.test(label))) {
        throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
    }
}
/** The host (and port) to send registry API requests to for a registry name. */
function registryApiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}
/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */
function formatImageReference(reference) {
    return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
}
/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */
function withDigest(reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
}


/***/ }),

/***/ 48849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ builtCommit),
/* harmony export */   a: () => (/* binding */ checkReleaseTag)
/* harmony export */ });
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40592);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86482);


/**
 * The commit a run built, as far as it is this release's: GITHUB_SHA (the commit the job checked
 * out and its provenance names) when the release is of the run's own repository; undefined outside
 * a GitHub Actions job, or for a release of another repository, whose tags name its own commits.
 */
function builtCommit(env, repository) {
    const own = env.GITHUB_REPOSITORY;
    const sha = env.GITHUB_SHA;
    if (own === undefined || own === '' || sha === undefined || !/^[0-9a-f]{40}$/.test(sha))
        return undefined;
    return repository === undefined || repository.toLowerCase() === own.toLowerCase() ? sha : undefined;
}
/**
 * Refuses to release `tag` unless it names `commit`, the commit the run built: a tag on another
 * commit would be released with the files (and provenance) of this one, and a tag that does not
 * exist yet would be made by GitHub at the default branch's head when the release is published.
 * The one check of the root action, the CLI and the reusable workflow (which runs the root action).
 */
async function checkReleaseTag(releases, release) {
    const { tag, commit, repository } = release;
    const named = await releases.tagCommit(tag);
    if (named === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('RELEASE_TAG_MISSING', `there is no tag ${tag} in ${repository}: GitHub would make it at the default branch's head when publishing the release, not at the commit this run built (${commit})`, {
            hint: `push the tag first: git tag ${(0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(tag)} ${commit} && git push origin ${(0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(tag)} (a token that cannot read the repository sees no tag either: check the token)`,
        });
    }
    if (named.toLowerCase() !== commit.toLowerCase()) {
        const built = release.ref === undefined || release.ref === '' ? commit : `${commit} (${release.ref})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('RELEASE_TAG_OTHER_COMMIT', `the tag ${tag} names commit ${named}, but this run built ${built}: the release would publish files built from another commit than its tag`, {
            hint: 'release the build of the tag\'s commit (run the workflow for the tag), or move the tag to the commit built',
        });
    }
}


/***/ }),

/***/ 20668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseTooMany: () => (/* binding */ refuseTooMany),
/* harmony export */   runAssetNamesStep: () => (/* binding */ runAssetNamesStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40461);
/* harmony import */ var _sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86482);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40823);






/**
 * When the run publishes to a GitHub release, refuses artifact names a consumer could not check
 * there, before anything is signed: release assets are one flat list, so `linux/app` would be
 * downloaded as `app`, which the checksums file does not name (and `darwin/app` would take its
 * place); and GitHub renames `my app.tgz` to `my.app.tgz`, which the checksums file does not name either.
 */
const runAssetNamesStep = async ({ config, artifactFiles }) => {
    const names = (artifactFiles ?? []).map((file) => file.name);
    const nested = names.filter((name) => name.includes('/'));
    if (nested.length === 0) {
        refuseRewrittenNames(names);
        refuseCaseClashes(names, [...(0,_collect_js__WEBPACK_IMPORTED_MODULE_5__.reservedNames)(config), ...(config.artifactBundles ? names.map((name) => (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultBundlePath */ .Fq)(name)) : [])]);
        refuseTooMany(names.length, config);
        return {};
    }
    const byAsset = new Map();
    for (const name of nested)
        byAsset.set((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(name), [...(byAsset.get((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(name)) ?? []), name]);
    const clashes = [...byAsset.values()].filter((names) => names.length > 1).map((names) => names.join(' and '));
    const shown = nested.slice(0, 5).join(', ') + (nested.length > 5 ? ` and ${nested.length - 5} more` : '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('RELEASE_ASSET_NAME_NESTED', `the artifact${nested.length === 1 ? '' : 's'} ${shown} ${nested.length === 1 ? 'lies' : 'lie'} in a subdirectory of the base, but GitHub release assets are one flat list: the checksums file would name files a consumer does not download under that name${clashes.length === 0 ? '' : ` (${clashes.slice(0, 5).join('; ')} would be one asset)`}`, {
        hint: 'set `base` (--base) to the directory holding the files, or download the build\'s artifacts with actions/download-artifact\'s `merge-multiple: true` into one directory; give files of the same name distinct names (e.g. app-linux, app-darwin)',
    });
};
/** Refuses names GitHub would store under another name: the checksums file must name what is published. */
function refuseRewrittenNames(names) {
    const rewritten = names.filter((name) => (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .githubAssetName */ .DZ)(name) !== name);
    if (rewritten.length === 0)
        return;
    const shown = rewritten.slice(0, 5).map((name) => `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(name)} (published as ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)((0,_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .githubAssetName */ .DZ)(name))})`).join(', ') + (rewritten.length > 5 ? ` and ${rewritten.length - 5} more` : '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('RELEASE_ASSET_NAME_REWRITTEN', `GitHub would publish ${rewritten.length === 1 ? 'the artifact' : 'the artifacts'} ${shown} under another name than the checksums file lists, so checking the downloaded files against it would fail`, {
        hint: 'rename the files to letters, digits and . _ - + @ only (no spaces, brackets or non-ASCII letters, no dot at either end), as GitHub keeps them',
    });
}
/**
 * Refuses names that differ only in case from another artifact's or from a file the release
 * publishes beside them (`verify.md` and `VERIFY.md`): GitHub takes a release's asset names
 * without regard to case, so the second upload would fail after everything was signed, and a
 * download into a case-insensitive directory (macOS, Windows) would hold only one of the two.
 */
function refuseCaseClashes(names, published) {
    const seen = new Map();
    for (const name of published)
        seen.set(name.toLowerCase(), name);
    const clashes = [];
    for (const name of [...names].sort()) {
        const other = seen.get(name.toLowerCase());
        if (other !== undefined && other !== name)
            clashes.push(`${name} and ${other}`);
        else
            seen.set(name.toLowerCase(), name);
    }
    if (clashes.length === 0)
        return;
    const shown = clashes.slice(0, 5).join('; ') + (clashes.length > 5 ? `; and ${clashes.length - 5} more` : '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('RELEASE_NAME_CLASH', `the release would publish files whose names differ only in case (${shown}), but a GitHub release holds one asset per name whatever its case`, {
        hint: 'rename the artifacts so that no two names (nor one and a file trust-kit publishes, such as VERIFY.md or SHA256SUMS) differ only in case',
    });
}
/** How many assets a GitHub release holds at most. */
const MAX_RELEASE_ASSETS = 1000;
/**
 * Refuses a release that cannot fit in one GitHub release, counting only files it publishes for
 * certain (each artifact, the checksums file, the SBOMs, VERIFY.md, and when signing must succeed:
 * the checksums file's bundle, each artifact's when asked for, the audit log and its bundle, the
 * key's public half; the attestations when required), and the `others` a draft holds already that
 * it does not replace: past the limit, the uploads would fail after everything was signed.
 */
function refuseTooMany(artifacts, config, others = 0) {
    // With on-missing-token warn or skip, nothing may be signed: only what always comes is counted.
    const signs = config.sign !== undefined && config.sign.onMissingToken === 'fail';
    const signatures = signs ? 1 + (config.artifactBundles ? artifacts : 0) + (config.auditLog ? 2 : 0) + (config.sign?.key === undefined ? 0 : 1) : 0;
    const ours = artifacts + 1 + (config.sbom?.formats.length ?? 0) + (config.instructions ? 1 : 0) + signatures + (config.attest === 'required' ? 1 : 0);
    const assets = ours + others;
    if (assets <= MAX_RELEASE_ASSETS)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('RELEASE_TOO_MANY_ASSETS', `the ${artifacts} artifacts would make at least ${ours} release assets${others === 0 ? '' : `, beside the ${others} the draft release holds already`}, but a GitHub release holds at most ${MAX_RELEASE_ASSETS}`, {
        hint: others === 0 ? 'publish fewer files: pack related artifacts into an archive (one per platform, say), or leave out per-artifact bundles (artifact-bundles: false)' : 'delete the draft\'s assets this run does not publish (or the draft) on GitHub, or publish fewer files',
    });
}


/***/ }),

/***/ 40823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishedNames: () => (/* binding */ publishedNames),
/* harmony export */   reservedNames: () => (/* binding */ reservedNames),
/* harmony export */   runCollectStep: () => (/* binding */ runCollectStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9396);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32985);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89531);
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40592);
/* harmony import */ var _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95587);
/* harmony import */ var _sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(86482);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66388);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77621);












/**
 * The names an artifact may not have: those the release publishes beside it, and the directories
 * VERIFY.md's commands make in the download directory (an asset of that name would stop them).
 */
function reservedNames(config) {
    return [...publishedNames(config), ..._instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_DIRECTORIES */ .fZ];
}
/**
 * The names a release publishes beside its artifacts (release assets are one flat directory): an
 * artifact with one of them would be ambiguous in the checksums file or in the download.
 */
function publishedNames(config) {
    const checksums = (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .checksumsFileName */ .sC)(config.algorithm);
    return [checksums, (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(checksums), _names_js__WEBPACK_IMPORTED_MODULE_10__/* .PUBLIC_KEY_FILE */ .vq, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .INSTRUCTIONS_FILE */ .f4, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .ATTESTATIONS_FILE */ .jn, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .AUDIT_LOG_FILE */ .wL, (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(_names_js__WEBPACK_IMPORTED_MODULE_10__/* .AUDIT_LOG_FILE */ .wL), ...(config.verificationKit ? [_names_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASE_POLICY_FILE */ .Ir, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l, _names_js__WEBPACK_IMPORTED_MODULE_10__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1] : []), ...(config.sbom?.formats ?? []).map((format) => (0,_sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_6__/* .encoderFor */ .Eq)(format).fileName)];
}
/**
 * Refuses a release whose artifacts hold its private signing key (`--key dist/signing.key` with
 * `dist` released): it would be listed, signed and published. Only artifacts named as the key is
 * (but for case) are looked at, by device and inode, so that thousands of artifacts cost no stat each.
 */
async function refuseSigningKeyAmong(files, config, cwd) {
    const key = config.sign?.key;
    if (key === undefined)
        return;
    const identity = async (path) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
        return info === undefined ? undefined : `${info.dev}:${info.ino}`;
    };
    const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, key);
    const keyIdentity = await identity(keyPath);
    if (keyIdentity === undefined)
        return;
    const folded = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(keyPath).catch(() => keyPath)).toLowerCase();
    for (const file of files) {
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file.path).toLowerCase() !== folded && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file.name).toLowerCase() !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(key).toLowerCase())
            continue;
        if ((await identity(file.path)) === keyIdentity) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_KEY_IS_ARTIFACT', `the signing key ${key} is among the artifacts (as ${file.name}): the release would list, sign and publish the private key`, {
                hint: 'keep the private key out of the artifacts: outside --base and the PATHs released (input "subject-path"), such as in the runner\'s temporary directory',
            });
        }
    }
}
/**
 * Finds the artifacts, refuses names the release publishes itself, makes the staging directory and
 * starts reading the artifacts (once: their checksums and the SBOMs' digests in one pass), so that
 * hashing and cataloging run side by side.
 */
const runCollectStep = async ({ config, ports, outputDir, plan, hashThreads }) => {
    if (plan === undefined)
        throw new Error('collect runs after output');
    // Before the walk, so that their files are not even looked at.
    const stale = await (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .removeStaleStagingDirectories */ .AM)(plan);
    if (stale.restored !== undefined) {
        ports.logger.info(`put the earlier ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, outputDir) || '.'} back: a run killed while replacing it had moved it aside`);
        // The plan saw no output directory; now there is one, holding an earlier run's files.
        if (!plan.force)
            throw await (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .outputNotEmpty */ .eP)(plan);
    }
    for (const kept of stale.kept)
        ports.logger.warn(`an earlier ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, outputDir) || '.'} that a run killed while replacing it had moved aside is kept in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, kept)}, since ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, outputDir) || '.'} was made again: look at it and remove it (it is never hashed)`);
    for (const unclaimed of stale.unclaimed)
        ports.logger.warn(`left ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, unclaimed)}: a staging directory of an earlier run that holds files but no marker trust-kit can read (a crash may have emptied it), so no run can tell whether it is finished; it is never hashed: look at it and remove it`);
    if (stale.removed.length > 0)
        ports.logger.info(`removed ${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .counted */ .h)(stale.removed.length, 'directory', 'directories')} that killed runs left: ${stale.removed.map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(ports.cwd, path)).join(', ')}`);
    // The output directory and staging directories may lie inside the base: their files are what the run makes, never artifacts.
    // The walk does not enter them (an earlier output kept with --force may hold anything), and a glob that names files in them is filtered.
    // Entries are compared by their real paths too: the base may be named through a link and the output directory not, or the other way round.
    const isOutput = (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .outputPathTest */ .Zt)(plan);
    // A glob matching only files there names artifacts the run would leave out (and, with --force, delete with the earlier output) while others go on.
    const onlySkipped = (subject) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NO_ARTIFACTS', `${subject} matches only files in the output directory ${outputDir}, which holds what trust-kit makes and is replaced as a whole: they would be left out of the release${config.force ? ' and deleted' : ''}`, {
            hint: 'move the artifacts out of the output directory, or write the output elsewhere (--output-dir, input "output-dir")',
        });
    };
    const collected = await (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.collectArtifacts)(config.subjects, { cwd: ports.cwd, base: config.base, skip: (entry) => isOutput(entry.path) || isOutput(entry.real), onlySkipped, leftover: (file) => ports.logger.warn((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.leftoverNotice)(file)) });
    const files = collected.filter((file) => !isOutput(file.path));
    if (files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NO_ARTIFACTS', `${config.subjects.join(', ')} name${config.subjects.length === 1 ? 's' : ''} no file outside the output directory ${outputDir}`, { hint: 'name the release artifacts; the output directory only holds what trust-kit makes' });
    }
    await refuseSigningKeyAmong(files, config, ports.cwd);
    // With per-artifact bundles, `<artifact>.sigstore.json` is published beside each artifact too.
    const reserved = new Set([...reservedNames(config), ...(config.artifactBundles ? files.map((file) => (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(file.name)) : [])]);
    // A directory of that name would hold the bundle's place too: `app.sigstore.json/notes.txt`.
    const bundleDirectories = config.artifactBundles ? files.map((file) => `${(0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(file.name)}/`) : [];
    const clashing = files.filter((file) => reserved.has(file.name) || bundleDirectories.some((directory) => file.name.startsWith(directory))).map((file) => file.name);
    // VERIFY.md has users keep the keys and trusted roots they got themselves in trust-kit-roots/ of the download directory, and
    // fetch the verifier into trust-kit-verifier/: a release file there would be downloaded into their place, and taken for theirs.
    const inDownloadDirectories = files.filter((file) => _instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_DIRECTORIES */ .fZ.some((directory) => file.name.startsWith(`${directory}/`))).map((file) => file.name);
    if (inDownloadDirectories.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NAME_CLASH', `the artifact${inDownloadDirectories.length === 1 ? '' : 's'} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .boundedList */ .Y4)(inDownloadDirectories, 5)} would be published under ${_instructions_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .DOWNLOAD_DIRECTORIES */ .fZ.join('/ or ')}/, where VERIFY.md has users keep the keys and trusted roots they got themselves and fetch the verifier: a consumer would take the release's file for their own`, {
            hint: 'rename that directory of the release, or set --base (input "base") so that its files are listed under another directory name',
        });
    }
    if (clashing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NAME_CLASH', `the artifact${clashing.length === 1 ? '' : 's'} ${clashing.join(', ')} would be published beside the file${clashing.length === 1 ? '' : 's'} of the same name trust-kit makes`, {
            hint: 'rename the artifact, or set --base (input "base") so that it is listed under a directory name',
        });
    }
    // `<artifact>.sigstore.json` is a file of its own, and a file's name takes at most 255 bytes.
    const tooLong = config.artifactBundles ? files.map((file) => (0,_sigstore_sign_bundle_path_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultBundlePath */ .Fq)(file.name)).filter(_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .nameTooLong */ .W1).map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)) : [];
    if (tooLong.length > 0) {
        const shown = tooLong.slice(0, 3).map((name) => `${name} (${Buffer.byteLength(name)} bytes)`).join(', ') + (tooLong.length > 3 ? ` and ${tooLong.length - 3} more` : '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ReleaseError */ .K2('RELEASE_NAME_TOO_LONG', `the artifacts' own bundles would be named ${shown}, longer than the ${_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NAME_BYTES */ .pg} bytes a file name may have`, {
            hint: 'give the artifact a shorter name (at most 241 bytes), or leave out per-artifact bundles (artifact-bundles: false)',
        });
    }
    const staging = await (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .makeStagingDirectory */ .h1)(plan);
    // The SBOMs' digests of the artifacts are made in the same read; the SBOM code loads only when SBOMs are asked for.
    const sbomDigests = config.sbom === undefined ? undefined : (await __webpack_require__.e(/* import() */ 1597).then(__webpack_require__.bind(__webpack_require__, 41597))).SBOM_FILE_DIGESTS;
    // This thread hashes too, but only once the SBOM step has cataloged the lockfiles: hashing a claim per turn of the
    // event loop would give the catalog one turn per claim, and the SBOM would be made after the hashing, not beside it.
    let lockfilesCataloged;
    const cataloged = sbomDigests === undefined ? undefined : new Promise((resolve) => (lockfilesCataloged = resolve));
    const hashing = (0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_2__.hashArtifacts)(files, config.algorithm, { callerHelps: cataloged ?? true, ...(hashThreads === undefined ? {} : { workers: hashThreads }), ...(sbomDigests === undefined ? {} : { also: sbomDigests }) });
    // Awaited by the hash step; a rejection before then is not an unhandled one.
    hashing.catch(() => undefined);
    return { artifactFiles: files, staging, hashing, ...(lockfilesCataloged === undefined ? {} : { lockfilesCataloged }) };
};


/***/ }),

/***/ 20552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expectedRelease: () => (/* binding */ expectedRelease),
/* harmony export */   runGithubDraftStep: () => (/* binding */ runGithubDraftStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86482);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7310);
/* harmony import */ var _release_tag_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48849);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97235);






/**
 * The repository published to (the run's own unless the caller names another) and, in a run for
 * the push of this very tag in that repository, the commit it names (`GITHUB_SHA`): what GitHub's
 * release attestation (v0.2) must state.
 */
function expectedRelease(env, tag, target) {
    const own = env.GITHUB_REPOSITORY === undefined || env.GITHUB_REPOSITORY === '' ? undefined : env.GITHUB_REPOSITORY;
    const repository = target ?? own;
    const sha = env.GITHUB_SHA;
    const pushed = env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME === tag && repository !== undefined && repository.toLowerCase() === own?.toLowerCase();
    const commit = pushed && sha !== undefined && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    return { ...(repository === undefined ? {} : { repository }), ...(commit === undefined ? {} : { commit }) };
}
/**
 * Uploads to the GitHub release of the run's tag, when the caller gives a `githubRelease` port:
 * the release is found or created as a draft, and the artifacts, then the run's own files from
 * the output directory, are uploaded under their file names (release assets are one flat list),
 * with VERIFY.md as the notes' verification block. A release published and immutable already is
 * verified instead, and nothing after this step changes it. A failure keeps the output directory.
 */
const runGithubDraftStep = async ({ config, ports, artifacts, staged, staging, outputDir, instructionsPath, published, digests }) => {
    const target = ports.githubRelease;
    if (target === undefined || published !== true || staging === undefined)
        return {};
    const finalPath = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outputDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(staging, path));
    const { tag, repository, ...publishPorts } = target;
    const asset = (path, expected) => ({ path, name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path), contentType: (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .contentTypeOf */ .JX)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)), ...(expected === undefined ? {} : { expected }) });
    // Each file with the digest the run made of it: one rewritten since (a build still writing, a concurrent --force run) is refused, not published unlisted.
    const assets = [
        ...(artifacts ?? []).map((artifact) => asset(artifact.path, { algorithm: config.algorithm, hex: artifact.hex })),
        ...staged.map((path) => {
            const hex = digests?.[path];
            return asset(finalPath(path), hex === undefined ? undefined : { algorithm: 'sha256', hex });
        }),
    ];
    const notesBlock = instructionsPath === undefined ? '' : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(finalPath(instructionsPath), 'utf8');
    const built = (0,_release_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .builtCommit */ .M)(ports.env, repository);
    const input = { tag, assets, notesBlock, expected: expectedRelease(ports.env, tag, repository), ...(built === undefined ? {} : { target: built }) };
    // The draft stays when this step fails after finding or creating it: the report says so, and the next run reuses it.
    let draftLeft;
    try {
        const drafted = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .draftRelease */ .pE)(input, { ...publishPorts, logger: ports.logger, onDraft: (release) => void (draftLeft = { tag, id: release.id }), ...(ports.signal === undefined ? {} : { signal: ports.signal }) });
        if (drafted.kind === 'verified')
            return { githubRelease: drafted.result };
        // The asset-names step refuses the names trust-kit knows GitHub rewrites; GitHub's rules are its own, so what it did is checked too, before anything is published.
        const renamed = drafted.assets.filter((asset) => asset.githubName !== asset.name);
        if (renamed.length > 0) {
            const shown = renamed.slice(0, 5).map((asset) => `${asset.name} as ${asset.githubName}`).join(', ') + (renamed.length > 5 ? ` and ${renamed.length - 5} more` : '');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('RELEASE_ASSET_NAME_REWRITTEN', `GitHub stored ${shown} in the draft release ${tag}: the checksums file lists the names asked for, so checking the downloaded files against it would fail; the draft is not published`, {
                hint: 'rename the files to names GitHub keeps (letters, digits and . _ -), delete the renamed assets from the draft, and re-run',
            });
        }
        return { githubDraft: { input, drafted } };
    }
    catch (error) {
        throw draftLeft === undefined ? error : new _state_js__WEBPACK_IMPORTED_MODULE_5__/* .PartialStepFailure */ .U(error, { draftLeft });
    }
};


/***/ }),

/***/ 94799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishedReleaseStep: () => (/* binding */ runPublishedReleaseStep)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_ascii_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(63712);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3093);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53871);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23940);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40823);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86482);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65799);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73149);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(77621);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66388);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7310);
/* harmony import */ var _asset_names_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(20668);
/* harmony import */ var _verify_release_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(24584);
/* harmony import */ var _github_draft_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(20552);
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(40592);

















/** The verification kit's files: made from the signer's identity, so known only once signing starts; a checksums file lists them beside the artifacts. */
const KIT_FILES = new Set([_verify_release_js__WEBPACK_IMPORTED_MODULE_12__/* .RELEASE_POLICY_FILE */ .Ir, _names_js__WEBPACK_IMPORTED_MODULE_15__/* .VERIFICATION_KIT_TRUSTED_ROOT_FILE */ .l, _names_js__WEBPACK_IMPORTED_MODULE_15__/* .VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE */ .f1]);
/** GitHub takes release assets under 2 GiB. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3;
/** A published checksums file is read back whole; one line per artifact keeps it far below this. */
const MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024;
/**
 * The files of trust-kit's that a failed run may have left in the draft and that this run does not
 * keep: those it makes anew once it signs (a signature is never the same bytes twice), and those it does not make at all
 * (a failed run with other settings: artifact bundles, a key made for the run), which would otherwise
 * be published beside this run's files, signed by a run that published nothing. With a verification
 * kit, which names the signer, the kit and the checksums file listing it are made anew too; and
 * VERIFY.md says what this run made (other settings than the failed run's make another).
 */
function staleNames(checksums, artifactNames, kit) {
    return new Set([...(kit ? [checksums, ...KIT_FILES] : []), _names_js__WEBPACK_IMPORTED_MODULE_15__/* .PUBLIC_KEY_FILE */ .vq, _names_js__WEBPACK_IMPORTED_MODULE_15__/* .INSTRUCTIONS_FILE */ .f4, (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_7__.defaultBundlePath)(checksums), _attest_js__WEBPACK_IMPORTED_MODULE_8__/* .ATTESTATIONS_FILE */ .jn, _names_js__WEBPACK_IMPORTED_MODULE_15__/* .AUDIT_LOG_FILE */ .wL, (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_7__.defaultBundlePath)(_names_js__WEBPACK_IMPORTED_MODULE_15__/* .AUDIT_LOG_FILE */ .wL), ...artifactNames.map((name) => (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_7__.defaultBundlePath)(name))]);
}
/** The entries of a checksums file read back from a release; undefined when it is not one. */
function listedEntries(bytes, source) {
    try {
        return (0,_checksums_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChecksums */ .yk)(bytes.toString('utf8'), source);
    }
    catch {
        return undefined;
    }
}
/**
 * GitHub's release attestation of an immutable release found published, checked as publishing
 * checks it; when its signature cannot be verified now (GitHub's trusted root out of reach), it is
 * read and said not verified, with a warning: the release changes no more, and the run that
 * published it said so already.
 */
async function recheckReleaseAttestation(ports, tag, assets, expected) {
    try {
        return await (0,_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .checkReleaseAttestation */ .Sd)(ports, tag, assets, expected);
    }
    catch (error) {
        if (!(error instanceof _publish_js__WEBPACK_IMPORTED_MODULE_10__/* .PublishError */ .S1 && error.code === 'PUBLISH_RELEASE_ATTESTATION_UNVERIFIED'))
            throw error;
        ports.logger.warn(`github-release: ${error.message}; it is read, not verified: check it with \`gh release verify\``);
        const { verifyReleaseAttestation: _unreachable, ...reading } = ports;
        return (0,_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .checkReleaseAttestation */ .Sd)(reading, tag, assets, expected);
    }
}
/**
 * Which of this run's images (resolved by digest) the published release signed, as its VERIFY.md
 * names them: one it does not name (a tag moved since) is added to `differs`, since a re-run that
 * ends here signs nothing. Undefined, with a warning, when the release has no VERIFY.md to tell.
 */
async function imagesSigned(releases, find, wanted, differs, logger) {
    if (wanted.length === 0)
        return undefined;
    const instructions = find(_names_js__WEBPACK_IMPORTED_MODULE_15__/* .INSTRUCTIONS_FILE */ .f4);
    if (instructions === undefined || instructions.size > MAX_CHECKSUMS_BYTES) {
        logger.warn(`github-release: the published release has no ${_names_js__WEBPACK_IMPORTED_MODULE_15__/* .INSTRUCTIONS_FILE */ .f4} naming the images it signed, so whether it signed ${wanted.join(', ')} is not known here; nothing is signed again`);
        return undefined;
    }
    const named = (0,_instructions_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .imagesInInstructions */ .BK)((await releases.downloadAsset(instructions.id, MAX_CHECKSUMS_BYTES)).toString('utf8'));
    for (const image of wanted)
        if (!named.has(image))
            differs.push(`${image} is not among the images ${_names_js__WEBPACK_IMPORTED_MODULE_15__/* .INSTRUCTIONS_FILE */ .f4} names (an image tag moved since the release was signed?)`);
    return wanted.filter((image) => named.has(image));
}
/**
 * Refuses, before anything is signed, a draft that another build (or other settings) left: one
 * holding an asset under the name of one of this run's artifacts with other bytes, a checksums file
 * that does not list this run's files (`checksums`, its name), or assets this run does not publish,
 * whether a trust-kit run uploaded them (labelled with their name) or a person or another tool did.
 * The upload would refuse the first two only after the signing (and the images' signatures in their
 * registry); the others would be published beside this run's files, which no checksums file of this
 * run lists.
 */
async function refuseOtherDraft(draft) {
    const { config, tag, releases, remote, artifacts, publishing: uploads, find } = draft;
    const differs = [];
    for (const artifact of artifacts) {
        const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name);
        const found = find(name);
        if (found !== undefined && (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .remoteAssetSha256 */ .U4)(releases, found, artifact.size)) !== (artifact.digests.sha256 ?? (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .DC)(artifact.path, ['sha256'])).digest.sha256))
            differs.push(`${found.name}, which is not this run's ${name}`);
    }
    if (draft.checksums !== undefined)
        differs.push(`a ${draft.checksums} that does not list exactly this run's artifacts and SBOMs`);
    // GitHub keeps one asset per name in any case: APP.tgz on the draft refuses this run's app.tgz, but only at its upload, after the signing.
    const caseClashes = new Set();
    for (const asset of remote) {
        if (asset.state !== 'uploaded' || uploads.has(asset.name))
            continue;
        const clash = [...uploads].find((name) => (0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_16__/* .asciiLowerCase */ .r)(name) === (0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_16__/* .asciiLowerCase */ .r)(asset.name));
        if (clash === undefined)
            continue;
        caseClashes.add(asset.name);
        differs.push(`${asset.name}, whose name differs from this run's ${clash} only in case (GitHub keeps one asset per name, in any case)`);
    }
    // Names trust-kit may publish beside the artifacts, whatever this run's settings: the run's own, or stale ones the caller deletes.
    const ours = new Set([...uploads, ...staleNames((0,_names_js__WEBPACK_IMPORTED_MODULE_15__/* .checksumsFileName */ .sC)(config.algorithm), artifacts.map((artifact) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name)), true)]);
    const others = remote.filter((asset) => asset.state === 'uploaded' && !ours.has(asset.name) && !caseClashes.has(asset.name));
    const shownNames = (assets) => `${assets.slice(0, 5).map((asset) => asset.name).join(', ')}${assets.length > 5 ? ` and ${assets.length - 5} more` : ''}`;
    const ownUploads = others.filter((asset) => asset.label === asset.name);
    if (ownUploads.length > 0)
        differs.push(`${shownNames(ownUploads)}, which a trust-kit run uploaded and this run does not publish`);
    // Published beside this run's files, they would be in a signed release that no checksums file lists, which VERIFY.md's commands pass over.
    const foreign = others.filter((asset) => asset.label !== asset.name);
    if (foreign.length > 0)
        differs.push(`${shownNames(foreign)}, which no trust-kit run uploaded (by hand, or another tool) and this run's checksums file would not list`);
    if (differs.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseError */ .K2('RELEASE_DRAFT_DIFFERS', `the draft release ${tag} holds ${differs.join('; ')}: files of another build (a failed run's, with other artifacts or settings, or uploaded by hand or another tool), which this run neither replaces nor publishes beside its own`, {
            hint: `no one sees a draft before it is published: delete the draft release (or the assets named) on GitHub and re-run, or release this build under a new tag${foreign.length > 0 ? '; a file that belongs in the release is one of its artifacts: put it among the files released, so that the checksums file lists it' : ''}`,
        });
    }
}
/**
 * The SHA-256 a message-signature bundle says it signed (`messageSignature.messageDigest`), hex;
 * undefined for anything else. Compared with the checksums file's only: the re-run checks that the
 * release holds that file's signature as a first run published it, not who signed it (users'
 * verification does).
 */
function signedSha256(bytes) {
    try {
        const bundle = JSON.parse(bytes.toString('utf8'));
        const digest = bundle.messageSignature?.messageDigest;
        return digest?.algorithm === 'SHA2_256' && typeof digest.digest === 'string' ? Buffer.from(digest.digest, 'base64').toString('hex') : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Before anything is signed, refuses artifacts a GitHub release does not take (2 GiB or more, or empty), and
 * looks at the GitHub release the run publishes to: when it is
 * published already (a re-run of the release job), signing again would only make new signatures
 * that differ from the published ones and new log entries. The run then checks that the release
 * holds every artifact with this run's digest and a checksums file that lists exactly this run's
 * artifacts and SBOMs (and the verification kit it holds as listed), the SBOMs it lists, the
 * checksums file's signature when this run must sign (and then each artifact's bundle, the audit
 * log and the attestations, when it makes them), and VERIFY.md when it writes one, and ends
 * there, changing nothing; a release that holds anything else, or lacks any of these, is a
 * RELEASE_PUBLISHED_DIFFERS. A draft (or no release) lets the run go on, unless another build left
 * it (RELEASE_DRAFT_DIFFERS, see {@link refuseOtherDraft}); a draft that a failed run
 * left with a checksums file listing this run's artifacts loses what that run made once it signed (no consumer has seen a
 * draft), since this run signs the same checksums again and uploads its own.
 */
const runPublishedReleaseStep = async ({ config, ports, artifacts, sbom, staging, imageSubjects, plan }) => {
    const target = ports.githubRelease;
    if (target === undefined || artifacts === undefined)
        return {};
    const { releases, tag } = target;
    // Known once hashed, before anything is signed: GitHub would refuse the upload after the signing.
    const oversized = artifacts.filter((artifact) => artifact.size >= MAX_ASSET_BYTES);
    if (oversized.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseError */ .K2('RELEASE_ASSET_TOO_LARGE', `a GitHub release takes files under 2 GiB, and ${oversized.slice(0, 5).map((artifact) => `${artifact.name} (${artifact.size} bytes)`).join(', ')}${oversized.length > 5 ? ` and ${oversized.length - 5} more` : ''} ${oversized.length === 1 ? 'is' : 'are'} not`, {
            hint: 'split or compress the file below 2 GiB, or publish it elsewhere and release its checksums without it',
        });
    }
    // GitHub refuses an empty asset (422: size must be at least 1), which would also come after the signing.
    const empty = artifacts.filter((artifact) => artifact.size === 0);
    if (empty.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseError */ .K2('RELEASE_ASSET_EMPTY', `a GitHub release takes no empty file, and ${empty.slice(0, 5).map((artifact) => artifact.name).join(', ')}${empty.length > 5 ? ` and ${empty.length - 5} more` : ''} ${empty.length === 1 ? 'is' : 'are'} empty (0 bytes)`, {
            hint: 'leave empty files out of subject-path (a placeholder such as .keep, or a build step that failed to write its output), or give them content',
        });
    }
    const release = await releases.findRelease(tag);
    if (release === undefined)
        return {};
    const remote = await releases.listAssets(release.id);
    const checksumsName = (0,_names_js__WEBPACK_IMPORTED_MODULE_15__/* .checksumsFileName */ .sC)(config.algorithm);
    const expected = new Map([...artifacts, ...(sbom?.entries ?? [])].map((entry) => [entry.name, entry.hex]));
    const uploadedChecksums = remote.find((asset) => asset.state === 'uploaded' && asset.name === checksumsName);
    // What the release's checksums file lists beyond the kit, and the kit entries it lists; undefined when it is not readable.
    const checksumsBytes = uploadedChecksums === undefined || uploadedChecksums.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(uploadedChecksums.id, MAX_CHECKSUMS_BYTES);
    const listed = checksumsBytes === undefined ? undefined : listedEntries(checksumsBytes, `${tag}/${checksumsName}`);
    const kitEntries = (listed ?? []).filter((entry) => KIT_FILES.has(entry.name));
    const rest = (listed ?? []).filter((entry) => !KIT_FILES.has(entry.name));
    const listsThisRun = listed !== undefined && rest.length === expected.size && rest.every((entry) => expected.get(entry.name) === entry.hex);
    const find = (name) => remote.find((asset) => asset.state === 'uploaded' && asset.name === name) ?? remote.find((asset) => asset.state === 'uploaded' && asset.label === name);
    if (release.draft) {
        // GitHub's other limits that the draft's own content takes part in, known before signing as well: publishing would fail after it.
        (0,_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .refuseNotesWithoutRoom */ .NE)(release.body, tag);
        const publishing = new Set([...artifacts.map((artifact) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name)), ...(0,_collect_js__WEBPACK_IMPORTED_MODULE_5__.publishedNames)(config)]);
        (0,_asset_names_js__WEBPACK_IMPORTED_MODULE_11__.refuseTooMany)(artifacts.length, config, remote.filter((asset) => asset.state === 'uploaded' && !publishing.has(asset.name)).length);
        await refuseOtherDraft({ config, tag, releases, remote, artifacts, publishing, find, checksums: uploadedChecksums === undefined || listsThisRun ? undefined : uploadedChecksums.name });
        // A failed run that died before its checksums file was uploaded left files no checksums file lists (the verification kit, which this run may make otherwise: a trusted root refreshed since).
        if (uploadedChecksums !== undefined && !listsThisRun)
            return {};
        // A keyless run writes a kit (the draft's lists one, or this run will), so its checksums file follows the signer; a key-signed run's is the draft's.
        const kit = uploadedChecksums === undefined || kitEntries.length > 0 || (config.verificationKit && config.sign !== undefined && config.sign.key === undefined);
        // A run key's public half (never an artifact's name: collect refuses it) belongs to the failed run's signatures, whoever signs now.
        const stale = staleNames(checksumsName, artifacts.map((artifact) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name)), kit);
        // Only what trust-kit uploaded (labelled with the file's name): a file the user put there under one of these names is theirs, and the upload refuses it by name.
        const deleted = remote.filter((candidate) => stale.has(candidate.label));
        for (const asset of deleted) {
            ports.logger.info(`github-release: deleting ${asset.name} from the draft ${tag}: ${uploadedChecksums === undefined ? 'a failed run uploaded it before its checksums file, which lists none of it' : 'a failed run signed the same artifacts, and this run signs them again'}`);
            await releases.deleteAsset(asset.id);
        }
        return deleted.length === 0 ? {} : { draftDeleted: deleted.map((asset) => asset.name) };
    }
    const differs = [];
    const assets = [];
    const check = async (name, sha256, size) => {
        const found = find(name);
        if (found === undefined)
            differs.push(`${name} is missing`);
        else if ((await (0,_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .remoteAssetSha256 */ .U4)(releases, found, size)) !== sha256)
            differs.push(`${found.name} is not sha256:${sha256}`);
        else
            assets.push({ name, githubName: found.name, digest: `sha256:${sha256}`, outcome: 'present' });
    };
    /** Each artifact's SHA-256, by the name it is published under. */
    const artifactSha256 = new Map();
    for (const artifact of artifacts) {
        const sha256 = artifact.digests.sha256 ?? (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .DC)(artifact.path, ['sha256'])).digest.sha256 ?? '';
        artifactSha256.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name), sha256);
        await check((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name), sha256, artifact.size);
    }
    /** Requires the bundle that signs `signed` (of this SHA-256) beside it, as this run would publish it. */
    const requireSignature = async (signed, sha256) => {
        const bundleName = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_7__.defaultBundlePath)(signed));
        const bundle = find(bundleName);
        const bytes = bundle === undefined || bundle.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(bundle.id, MAX_CHECKSUMS_BYTES);
        if (bytes === undefined)
            differs.push(`${bundleName}, the signature of ${signed}, is missing`);
        else if (signedSha256(bytes) !== sha256)
            differs.push(`${bundle?.name ?? bundleName} does not sign this ${signed}`);
    };
    if (uploadedChecksums === undefined)
        differs.push(`${checksumsName} is missing`);
    else if (!listsThisRun)
        differs.push(`${uploadedChecksums.name} does not list exactly this run's artifacts and SBOMs with their digests`);
    else {
        assets.push({ name: checksumsName, githubName: uploadedChecksums.name, digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(checksumsBytes ?? '').digest('hex')}`, outcome: 'present' });
        // The kit the checksums file lists must be there as listed (the signature covers it through the checksums file).
        for (const entry of kitEntries) {
            const found = find(entry.name);
            const bytes = found === undefined || found.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(found.id, MAX_CHECKSUMS_BYTES);
            if (found === undefined || bytes === undefined)
                differs.push(`${entry.name} is missing`);
            else if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(entry.algorithm).update(bytes).digest('hex') !== entry.hex)
                differs.push(`${found.name} is not the file ${checksumsName} lists`);
            else
                assets.push({ name: entry.name, githubName: found.name, digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`, outcome: 'present' });
        }
    }
    if (uploadedChecksums !== undefined && listsThisRun) {
        // The SBOMs the checksums file lists are release assets too: listed is not published.
        for (const entry of sbom?.entries ?? []) {
            const found = find(entry.name);
            if (found === undefined)
                differs.push(`${entry.name} is missing`);
            else if ((await (0,_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .remoteAssetSha256 */ .U4)(releases, found, found.size)) !== entry.hex)
                differs.push(`${found.name} is not the file ${checksumsName} lists`);
        }
        // What this run would publish beside the checksums file: a release without its signature (deleted, or published by hand) must not end a re-run green.
        if (config.sign !== undefined && config.sign.onMissingToken === 'fail') {
            await requireSignature(checksumsName, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(checksumsBytes ?? '').digest('hex'));
            // Each artifact's own bundle, when this run makes them: one missing, or swapped for another file's, fails the line VERIFY.md gives for it.
            if (config.artifactBundles)
                for (const [name, sha256] of artifactSha256)
                    await requireSignature(name, sha256);
            if (config.auditLog) {
                const log = find(_names_js__WEBPACK_IMPORTED_MODULE_15__/* .AUDIT_LOG_FILE */ .wL);
                const bytes = log === undefined || log.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(log.id, MAX_CHECKSUMS_BYTES);
                if (bytes === undefined)
                    differs.push(`${_names_js__WEBPACK_IMPORTED_MODULE_15__/* .AUDIT_LOG_FILE */ .wL} is missing`);
                else
                    await requireSignature(_names_js__WEBPACK_IMPORTED_MODULE_15__/* .AUDIT_LOG_FILE */ .wL, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'));
            }
            if (config.attest === 'required' && find(_attest_js__WEBPACK_IMPORTED_MODULE_8__/* .ATTESTATIONS_FILE */ .jn) === undefined)
                differs.push(`${_attest_js__WEBPACK_IMPORTED_MODULE_8__/* .ATTESTATIONS_FILE */ .jn} is missing`);
        }
        if (config.instructions && find(_names_js__WEBPACK_IMPORTED_MODULE_15__/* .INSTRUCTIONS_FILE */ .f4) === undefined)
            differs.push(`${_names_js__WEBPACK_IMPORTED_MODULE_15__/* .INSTRUCTIONS_FILE */ .f4} is missing`);
    }
    const images = await imagesSigned(releases, find, (imageSubjects ?? []).map((subject) => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatImageReference */ .my)(subject.reference)), differs, ports.logger);
    if (differs.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseError */ .K2('RELEASE_PUBLISHED_DIFFERS', `the GitHub release ${tag} is published already and does not hold what this run would publish: ${differs.slice(0, 10).join('; ')}${differs.length > 10 ? `; and ${differs.length - 10} more` : ''}`, {
            hint: 'a published release is never changed (an immutable one cannot be): release this build under a new tag; to publish it under this tag, delete the release (if it is not immutable) and re-run',
        });
    }
    // GitHub's release attestation lists every asset of the release (none can be added since): the others too, by GitHub's digest.
    const others = remote.flatMap((asset) => (asset.state === 'uploaded' && asset.digest?.startsWith('sha256:') === true && !assets.some((checked) => checked.githubName === asset.name) ? [{ name: asset.name, githubName: asset.name, digest: asset.digest, outcome: 'present' }] : []));
    // GitHub attested an immutable release when it was published (no need to wait): a first run that failed on that attestation must not be followed by a re-run that ends green on the assets alone.
    const releaseAttestation = release.immutable ? await recheckReleaseAttestation({ ...target, logger: ports.logger, attestationWaitsMs: [] }, tag, [...assets, ...others], (0,_github_draft_js__WEBPACK_IMPORTED_MODULE_13__.expectedRelease)(ports.env, tag, target.repository)) : undefined;
    ports.logger.info(`github-release: release ${tag} is published already and holds every artifact and the checksums file this run would sign${releaseAttestation === undefined ? '' : ", as GitHub's release attestation lists them"}: nothing to do, nothing signed`);
    if (staging !== undefined)
        await (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .discardStagingDirectory */ .dK)(staging);
    // Nothing is written: what the output directory holds stays, and is said not to be this release's (a later upload step would take it for it).
    if (plan !== undefined && plan.replacing.length > 0) {
        ports.logger.warn(`the output directory ${plan.outputDir} was left as it was: its ${plan.replacing.length} ${plan.replacing.length === 1 ? 'entry' : 'entries'} (${plan.replacing.slice(0, 5).join(', ')}${plan.replacing.length > 5 ? ', ...' : ''}) are an earlier run's, not this release's files, which are the published release's assets on GitHub`);
    }
    return { alreadyPublished: { releaseId: release.id, outcome: 'verified', immutable: release.immutable, assets, ...(releaseAttestation === undefined ? {} : { releaseAttestation }) }, ...(images === undefined ? {} : { images }) };
};


/***/ })

};
