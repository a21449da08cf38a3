export const id = 2701;
export const ids = [2701];
export const modules = {

/***/ 40409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var unheldRef = (function (signerWorkflow) {
    // After the file's last `.yml@`: a ref may hold an `@` of its own (a monorepo tag, `pkg@1.2.3`).
    const match = /^.*\.ya?ml@(.+)$/.exec(signerWorkflow);
    if (match?.[1] === undefined || (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .isWorkflowRef */ .zX)(match[1]))
        return undefined;
    return match[1];
});var unheldRefMessage = (function (signerWorkflow, ref) {
    return `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(signerWorkflow)}, whose ref ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(ref)} no certificate holds: GitHub writes the workflow's ref in full, refs/tags/${ref} for a tag or refs/heads/${ref} for a branch, or the full commit SHA it was called at; give one of those, or leave out "@${ref}" to accept any ref`;
});var verifyConfig = (function (raw, nameOf) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(raw, nameOf);
    const bundle = reader.required('bundle');
    const identity = readMatch(reader, 'certificate-identity', nameOf);
    const issuer = readMatch(reader, 'certificate-oidc-issuer', nameOf);
    const repo = reader.string('repo');
    const owner = reader.string('owner');
    const signerWorkflow = reader.string('signer-workflow');
    const signerRepo = reader.string('signer-repo');
    const sourceRef = reader.string('source-ref');
    const key = reader.string('key');
    const trustedRoot = reader.string('trusted-root');
    const ignoreTlog = reader.boolean('insecure-ignore-tlog', false);
    if (repo !== undefined && !REPO.test(repo))
        reader.report('repo', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(repo)}; expected owner/name, e.g. octo-org/widget`);
    if (owner !== undefined && !OWNER.test(owner))
        reader.report('owner', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(owner)}; expected a user or organization name, e.g. octo-org`);
    if (owner !== undefined && repo !== undefined && repo.split('/')[0]?.toLowerCase() !== owner.toLowerCase())
        reader.report('owner', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(owner)}, but ${nameOf('repo')} ${repo} belongs to another owner`);
    if (sourceRef !== undefined && !SOURCE_REF.test(sourceRef))
        reader.report('source-ref', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(sourceRef)}; expected a full ref, e.g. refs/tags/v1.2.3 or refs/heads/main`);
    if (signerRepo !== undefined && !REPO.test(signerRepo))
        reader.report('signer-repo', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(signerRepo)}; expected owner/name, e.g. octo-org/shared-workflows`);
    if (signerRepo !== undefined && signerWorkflow !== undefined)
        reader.report('signer-repo', `cannot be combined with ${nameOf('signer-workflow')}: give the workflow, or only its repository`);
    if (signerWorkflow !== undefined && !SIGNER_WORKFLOW.test(signerWorkflow)) {
        reader.report('signer-workflow', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(signerWorkflow)}; expected [host/]owner/repo/path[@ref], e.g. octo-org/widget/.github/workflows/release.yml`);
    }
    else if (signerWorkflow !== undefined) {
        const ref = unheldRef(signerWorkflow);
        if (ref !== undefined) {
            reader.report('signer-workflow', unheldRefMessage(signerWorkflow, ref));
        }
    }
    let policy;
    if (key !== undefined) {
        for (const name of ['certificate-identity', 'certificate-identity-regexp', 'certificate-oidc-issuer', 'certificate-oidc-issuer-regexp', 'repo', 'owner', 'signer-workflow', 'signer-repo']) {
            if (reader.string(name) !== undefined)
                reader.report(name, 'cannot be combined with a key: key-signed bundles carry no identity');
        }
        if (sourceRef !== undefined)
            reader.report('source-ref', 'cannot be combined with a key: key-signed bundles carry no source');
        policy = { kind: 'key', keyPath: key, ignoreTlog };
    }
    else {
        const github = repo !== undefined || owner !== undefined || signerWorkflow !== undefined || signerRepo !== undefined;
        // A value given but refused (a pattern that does not compile, exact and pattern both) was reported already: it is not missing too.
        const given = ((name) => reader.string(name) !== undefined || reader.string(`${name}-regexp`) !== undefined);
        if (identity === undefined && !github && !given('certificate-identity')) {
            reader.report('certificate-identity', `is required for keyless bundles (or ${nameOf('certificate-identity-regexp')}, ${nameOf('repo')}, ${nameOf('signer-workflow')}, or ${nameOf('key')} for key-signed ones)`);
        }
        if (identity !== undefined && signerWorkflow !== undefined)
            reader.report('signer-workflow', 'cannot be combined with an explicit certificate identity');
        if (identity !== undefined && signerRepo !== undefined)
            reader.report('signer-repo', 'cannot be combined with an explicit certificate identity');
        if (issuer === undefined && !github && !given('certificate-oidc-issuer'))
            reader.report('certificate-oidc-issuer', `is required for keyless bundles (or ${nameOf('certificate-oidc-issuer-regexp')}), e.g. https://token.actions.githubusercontent.com`);
        // A keyless bundle is held to what its instance's trusted root requires (a log entry where it lists logs): no flag weakens that.
        if (ignoreTlog)
            reader.report('insecure-ignore-tlog', `goes with ${nameOf('key')}: a keyless bundle must have what the trusted root of its instance requires (a transparency-log entry where it lists logs, else a signed timestamp)`);
        policy = { kind: 'certificate', identity, issuer, repo, owner, signerWorkflow, ...(signerRepo === undefined ? {} : { signerRepo }), ...(sourceRef === undefined ? {} : { sourceRef }) };
    }
    reader.finish();
    return { bundle: bundle ?? '', policy, trustedRoot };
});var readMatch = (function (reader, name, nameOf) {
    const exact = reader.string(name);
    const pattern = reader.string(`${name}-regexp`);
    if (exact !== undefined && pattern !== undefined) {
        reader.report(`${name}-regexp`, `cannot be combined with ${nameOf(name)}: give the exact value or a pattern`);
        return undefined;
    }
    if (exact !== undefined)
        return { kind: 'exact', value: exact };
    if (pattern === undefined)
        return undefined;
    const compiled = (0,_core_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .compileUserPattern */ .b)(pattern);
    if ('problem' in compiled) {
        reader.report(`${name}-regexp`, patternProblem(compiled.problem));
        return undefined;
    }
    return { kind: 'regexp', pattern, input: nameOf(`${name}-regexp`) };
});var patternProblem = (function (problem) {
    return `is not a valid regular expression (RE2 syntax, as cosign reads it): ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(problem)}`;
});var loadPatternsOf = (async function (raw) {
    if (Object.entries(raw).some((([name, value]) => name.endsWith('-regexp') && value !== undefined && value !== '')))
        await (0,_core_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPatternEngine */ .J)();
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: (() => (/* binding */ patternProblem)),
/* harmony export */   BT: (() => (/* binding */ loadPatternsOf)),
/* harmony export */   U_: (() => (/* binding */ unheldRef)),
/* harmony export */   fp: (() => (/* binding */ unheldRefMessage)),
/* harmony export */   wW: (() => (/* binding */ verifyConfig))
/* harmony export */ });
/* harmony import */ var _core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9966);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66097);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _core_pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29325);




/** GitHub user and organization names; Enterprise Managed Users' names carry an underscore and a suffix (`mona_acme`). */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** A full ref, as GitHub's certificates hold it. */
const SOURCE_REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
const SIGNER_WORKFLOW = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?\/)?[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}\/[^@\s]+(?:@\S+)?$/;
/**
 * The ref after a workflow file's `@` in a signer workflow when no GitHub Actions certificate can
 * hold it (a bare tag or branch, a short commit: the identity holds `refs/...` or the full commit),
 * else undefined. Matched exactly, such a ref only ever fails, as a signature by someone else would.
 */

/** What is wrong with a signer workflow whose ref {@link unheldRef} found, and how to write it. */

/**
 * Validates the verification inputs (`bundle`, the policy flags as cosign names them, `repo`,
 * `signer-workflow`, `trusted-root`, `key`, `insecure-ignore-tlog`), reporting every problem at once. A keyless policy
 * needs an identity and an issuer, each exact or regexp but not both, unless the GitHub
 * shortcuts imply them; `key` excludes identity flags.
 */


/** How a pattern RE2 refuses is told, with RE2's own words. */

/**
 * Readies what a verify config's patterns are compiled with, when `raw` gives one (an input ending
 * in `-regexp`), before {@link verifyConfig} or {@link attestationVerifyConfig} reads it.
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

/***/ 92701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var readInput = (async function (cwd, path, what, maxBytes) {
    const options = { maxBytes, what, shown: path };
    try {
        return maxBytes <= SYNC_READ_BYTES ? (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFileSync */ .cG)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path), options) : await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path), options);
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isTrustKitError */ .Nf)(error))
            throw error;
        const { why, hint } = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .readFailure */ .f1)(error, `the ${what}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read ${what} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path)}: ${why}`, { cause: error, hint });
    }
});var readIfSmall = (function (cwd, path, what) {
    try {
        return (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFileSync */ .cG)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path), { maxBytes: WHOLE_READ_BYTES, what, shown: path });
    }
    catch {
        return undefined;
    }
});var isJson = (function (text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
});var readBundleFile = (async function (path, cwd) {
    const text = (await readInput(cwd, path, 'bundle', _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.bundle)).toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // One JSON document per line is an .intoto.jsonl: the attestation commands read those, this one takes a single bundle.
        const first = text.slice(0, Math.max(0, text.indexOf('\n')));
        const lines = first !== '' && text.slice(first.length).trim() !== '' && isJson(first);
        const hint = lines ? 'it holds one bundle per line (an .intoto.jsonl): verify-attestation reads such a file; here, give the one bundle (.sigstore.json)' : undefined;
        const line = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonErrorLine */ .DP)(text, error instanceof Error ? error.message : String(error));
        // Placed at its line, an action's failure is annotated there, as a checksums file's is.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path)} is not JSON: ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonSyntaxProblem */ .F1)(text, error)}`, { cause: error, place: { file: path, ...(line === undefined ? {} : { line }) }, ...(hint === undefined ? {} : { hint }) });
    }
    const fault = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonFault */ .xC)(text);
    if (fault !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path)} ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .describeJsonFault */ .at)(fault)}`, { hint: _core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .JSON_FAULT_HINT */ .y0 });
    return decodedAs(json, (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path));
});var decodedAs = (function (json, where) {
    try {
        (0,_documents_js__WEBPACK_IMPORTED_MODULE_10__/* .decodeBundle */ .VH)(json);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G(error.code, `${where}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
    }
    return json;
});var spellingKey = (function (name) {
    const segments = name.split('/').filter(((segment) => segment !== '' && segment !== '.'));
    return `${name.startsWith('/') ? '/' : ''}${segments.join('/')}${name.endsWith('/') && segments.length > 0 ? '/' : ''}`;
});var readAttestationBundles = (async function (path, cwd) {
    // A file of bundles may be larger than one bundle: a per-subject attestation of 4,000 files is 35 MB.
    const bytes = await readInput(cwd, path, 'attestation bundle', _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.attestationLines);
    const text = bytes.toString('utf8');
    // `where` names the part; a line of JSON lines is numbered there already.
    const parse = ((part, where, whole) => {
        let json;
        try {
            json = JSON.parse(part);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${where} is not JSON: ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonSyntaxProblem */ .F1)(part, error, { withLine: whole })}`, { cause: error, hint: 'give a Sigstore bundle (.sigstore.json) or a file of one bundle per line (.intoto.jsonl)' });
        }
        const fault = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonFault */ .xC)(part);
        if (fault !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${where} ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .describeJsonFault */ .at)(fault, whole)}`, { hint: _core_json_js__WEBPACK_IMPORTED_MODULE_8__/* .JSON_FAULT_HINT */ .y0 });
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${where} is not a JSON object (a Sigstore bundle)`);
        return json;
    });
    // One past the most read is enough to refuse: a file of 16 million short lines is not split whole first (it cost 0.9 GB).
    const filled = filledLines(text, MAX_ATTESTATION_BUNDLES + 1);
    const first = filled[0];
    // JSON lines when the whole is not one JSON text but its first line is (a pretty-printed bundle spans many lines).
    const jsonl = filled.length > 1 && first !== undefined && !isJson(text) && isJson(first.text);
    // One bundle is the one verified: refused here, it is named. (Of JSON lines, only those about the artifact are verified, and named by their line.)
    if (!jsonl) {
        // A file of many bundles may be larger than one bundle may.
        if (bytes.length > _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.bundle)
            throw (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .fileTooLarge */ .ME)('bundle', path, bytes.length, _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.bundle);
        return [{ json: decodedAs(parse(text, (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path), true), (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path)), line: undefined }];
    }
    if (filled.length > MAX_ATTESTATION_BUNDLES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path)} holds more than ${MAX_ATTESTATION_BUNDLES} bundles; at most ${MAX_ATTESTATION_BUNDLES} are read from one file`);
    return filled.map(((line) => ({ json: parse(line.text, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(path)}:${line.number}`, false), line: line.number })));
});var filledLines = (function (text, most) {
    const found = [];
    let number = 0;
    for (let start = 0; start <= text.length && found.length < most;) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        number++;
        const line = text.slice(start, stop);
        if (line.trim() !== '')
            found.push({ text: line, number });
        if (end === -1)
            break;
        start = end + 1;
    }
    return found;
});var artifactDigests = (async function (artifact, cwd, options = {}) {
    if (/^sha(256|512):/i.test(artifact)) {
        const { algorithm, hex } = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDigestReference */ .Dn)(artifact);
        if (algorithm !== 'sha256')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `attestations are looked up by SHA-256; give the artifact file or sha256:<hex>, not ${algorithm}:`, { hint: 'give the artifact file itself' });
        return { sha256: hex.toLowerCase() };
    }
    try {
        const { digest } = await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashFile */ .DC)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, artifact), options.sha384 === true ? ['sha256', 'sha512', 'sha384'] : ['sha256', 'sha512'], { what: 'artifact', shown: artifact });
        return { sha256: digest.sha256 ?? '', ...(digest.sha512 === undefined ? {} : { sha512: digest.sha512 }), ...(digest.sha384 === undefined ? {} : { sha384: digest.sha384 }) };
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error });
    }
});var toMatcher = (async function (config) {
    if (config.kind === 'exact')
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_13__/* .exactly */ .pV)(config.value);
    const matcher = await (0,_policy_js__WEBPACK_IMPORTED_MODULE_13__/* .userMatcher */ .sL)(config.pattern);
    // The config reported it already; a library caller that skipped the config gets the same words.
    if ('problem' in matcher)
        throw new _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([{ input: config.input, message: (0,_config_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .patternProblem */ .AL)(matcher.problem) }]);
    return matcher;
});var resolvePolicy = (async function (config, cwd) {
    if (config.kind === 'key') {
        return (0,_key_js__WEBPACK_IMPORTED_MODULE_12__/* .loadPublicKey */ .f)((await readInput(cwd, config.keyPath, 'public key', _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.publicKey)).toString('utf8'), config.keyPath, config.ignoreTlog ? 'ignored' : 'required');
    }
    const github = config.repo !== undefined || config.owner !== undefined || config.signerWorkflow !== undefined || config.signerRepo !== undefined
        ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_13__/* .githubPolicy */ .QJ)({
            ...(config.repo === undefined ? {} : { repo: config.repo }),
            ...(config.owner === undefined ? {} : { owner: config.owner }),
            ...(config.signerWorkflow === undefined ? {} : { signerWorkflow: config.signerWorkflow }),
            ...(config.signerRepo === undefined ? {} : { signerRepo: config.signerRepo }),
        })
        : undefined;
    const identity = config.identity === undefined ? github?.identity : await toMatcher(config.identity);
    const issuer = config.issuer === undefined ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_13__/* .exactly */ .pV)(_policy_js__WEBPACK_IMPORTED_MODULE_13__/* .GITHUB_ACTIONS_ISSUER */ .qQ) : await toMatcher(config.issuer);
    // The configs refuse this first; a library caller that skips them made a usage mistake, not an unreadable input.
    if (identity === undefined)
        throw new _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([{ input: 'certificate-identity', message: 'is required for keyless bundles (or repo, owner or signer-workflow, which imply one)' }]);
    const extensions = { ...github?.extensions, ...(config.sourceRef === undefined ? {} : { sourceRepositoryRef: config.sourceRef }) };
    return { kind: 'certificate', identity, issuer, extensions, ...(github?.extensionsIgnoringCase === undefined ? {} : { extensionsIgnoringCase: github.extensionsIgnoringCase }) };
});var trustSourcesThrough = (function (proxy, logger) {
    const told = logger === undefined ? {} : { logger };
    return { publicGood: { proxy, ...told }, github: { proxy, ...told } };
});var trustSourcesFrom = (function (env, logger) {
    return (async () => trustSourcesThrough((await __webpack_require__.e(/* import() */ 6327).then(__webpack_require__.bind(__webpack_require__, 16327))).proxySettingsFrom(env), logger));
});var certificateInstance = (function (bundleJson) {
    const certificate = bundleCertificate(bundleJson);
    return certificate !== undefined && (0,_der_js__WEBPACK_IMPORTED_MODULE_15__/* .organizationsOf */ .EQ)(certificate.issuer)[0] === GITHUB_CA_ORGANIZATION ? 'github' : 'public-good';
});var bundleCertificate = (function (bundleJson) {
    const material = (bundleJson ?? {});
    const raw = material.verificationMaterial?.certificate?.rawBytes ?? material.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof raw !== 'string')
        return undefined;
    try {
        return _certificate_js__WEBPACK_IMPORTED_MODULE_14__/* .ParsedCertificate */ .D.parse(Buffer.from(raw, 'base64'), 'the bundle\'s certificate');
    }
    catch {
        return undefined;
    }
});var prehashable = (function (bundleJson, policy) {
    const key = policy.kind === 'key' ? policy.publicKey : bundleCertificate(bundleJson)?.publicKey;
    // No readable certificate: verifyBundle refuses the bundle, whichever way the file is read.
    if (key === undefined)
        return true;
    return key.asymmetricKeyType === 'ec' && PREHASHED_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? '');
});var resolveTrust = (async function (config, cwd, bundleJson, sources = {}) {
    if (config.trustedRoot !== undefined) {
        return (0,_trust_js__WEBPACK_IMPORTED_MODULE_17__/* .loadTrustMaterial */ .ak)((await readInput(cwd, config.trustedRoot, 'trusted root', _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.trustedRoot)).toString('utf8'), config.trustedRoot);
    }
    // A key-signed bundle's log entry is verified against the public-good root, which cosign fetches through TUF too; told to ignore the log, it needs none.
    if (config.policy.kind === 'key' && config.policy.ignoreTlog)
        return undefined;
    const found = typeof sources === 'function' ? await sources() : sources;
    // Loaded only here: offline verification never fetches a trusted root.
    const { loadGitHubTrustMaterial, loadTrustMaterialFromTUF } = await __webpack_require__.e(/* import() */ 2558).then(__webpack_require__.bind(__webpack_require__, 42558));
    if (config.policy.kind !== 'key')
        return certificateInstance(bundleJson) === 'github' ? loadGitHubTrustMaterial(found.github) : loadTrustMaterialFromTUF(found.publicGood);
    try {
        return await loadTrustMaterialFromTUF(found.publicGood);
    }
    catch (error) {
        // Offline, a trusted root is one way out; for a bundle trust-kit signed with the key (offline, no log entry) it only leads to VERIFY_TLOG_MISSING.
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isTrustKitError */ .Nf)(error) || error.code !== 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE')
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', error.message, {
            cause: error.cause,
            hint: `${error.hint ?? ''}; a bundle signed offline with the key, as trust-kit signs, has no log entry to verify: pass --insecure-ignore-tlog (input "insecure-ignore-tlog") for it instead`,
        });
    }
});var verifyArtifact = (async function (bundleJson, artifact, policy, trust, cwd, bundleShown) {
    // A file named like a digest is given as ./SHA256:...
    const digest = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestArgument */ .er)(artifact);
    if (digest !== undefined)
        return (0,_verify_js__WEBPACK_IMPORTED_MODULE_18__/* .verifyBundle */ .p)(bundleJson, { digest: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDigestReference */ .Dn)(digest), ...(await prehashedFor(bundleJson)) }, policy, trust);
    return namingMismatch({ shown: artifact, bundleShown, crlf: false }, (() => verifyArtifactFile(bundleJson, artifact, policy, trust, cwd)));
});var verifyArtifactFile = (async function (bundleJson, artifact, policy, trust, cwd) {
    const algorithms = digestsNeeded(bundleJson);
    // Read whole what a digest cannot verify: SHA-384 message digests (the streaming hasher has no SHA-384), and Ed25519 or RSA keys (no pre-hashed verification).
    if (algorithms === undefined || !prehashable(bundleJson, policy))
        return (0,_verify_js__WEBPACK_IMPORTED_MODULE_18__/* .verifyBundle */ .p)(bundleJson, { bytes: await readInput(cwd, artifact, 'artifact', _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.artifactWhole) }, policy, trust);
    const small = readIfSmall(cwd, artifact, 'artifact');
    if (small !== undefined)
        return (0,_verify_js__WEBPACK_IMPORTED_MODULE_18__/* .verifyBundle */ .p)(bundleJson, { bytes: small }, policy, trust);
    let digests;
    try {
        digests = (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashFile */ .DC)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, artifact), algorithms, { what: 'artifact', shown: artifact })).digest;
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error });
    }
    const [algorithm, ...more] = algorithms;
    const moreDigests = Object.fromEntries(more.flatMap(((name) => (digests[name] === undefined ? [] : [[name, digests[name]]]))));
    return (0,_verify_js__WEBPACK_IMPORTED_MODULE_18__/* .verifyBundle */ .p)(bundleJson, { digest: { algorithm, hex: digests[algorithm] ?? '' }, moreDigests, ...(await prehashedFor(bundleJson)) }, policy, trust);
});var namingMismatch = (async function (file, verify) {
    try {
        return await verify();
    }
    catch (error) {
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isTrustKitError */ .Nf)(error) || error.code !== 'VERIFY_ARTIFACT_MISMATCH')
            throw error;
        const shown = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(file.shown);
        const crlf = typeof file.crlf === 'function' ? file.crlf() : file.crlf;
        const hint = crlf
            ? `do not trust ${shown} as it is: it has CR LF line endings, which change its bytes (a text-mode download, a checkout that converts line endings); download it again as published`
            : `do not trust ${shown}: it was altered, or the bundle is another file's (of another release, or another asset); download both again from the same release, as published`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_ARTIFACT_MISMATCH', `${shown} is not the file ${file.bundleShown === undefined ? 'its bundle' : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(file.bundleShown)} signs: ${error.message}`, { hint, cause: error });
    }
});var prehashedFor = (async function (bundleJson) {
    return (0,_verify_js__WEBPACK_IMPORTED_MODULE_18__/* .holdsMessageSignature */ .I)(bundleJson) ? { verifyPrehashed: await (0,_prehashed_js__WEBPACK_IMPORTED_MODULE_16__/* .loadPrehashedVerifier */ .d)() } : {};
});var digestsNeeded = (function (bundleJson) {
    // Read before verifyBundle checks the bundle's shape: any member may be of any JSON type here.
    const json = (typeof bundleJson === 'object' ? (bundleJson ?? {}) : {});
    // A null member is absent, as the bundle's reader takes it (protobuf JSON).
    if (json.messageSignature !== undefined && json.messageSignature !== null) {
        const algorithm = json.messageSignature.messageDigest?.algorithm;
        return algorithm === 'SHA2_512' ? ['sha512'] : algorithm === 'SHA2_384' ? undefined : ['sha256'];
    }
    try {
        const statement = JSON.parse(Buffer.from(String(json.dsseEnvelope?.payload ?? ''), 'base64').toString('utf8'));
        if ((statement.subject ?? []).some(((subject) => subject.digest?.sha384 !== undefined)))
            return undefined;
        const listed = ['sha256', 'sha512'].filter(((name) => (statement.subject ?? []).some(((subject) => subject.digest?.[name] !== undefined))));
        if (listed.length > 0)
            return listed;
    }
    catch {
        // verifyBundle reports the malformed payload with its code
    }
    return ['sha256'];
});var verifyChecksumsSignature = (async function (options) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, options.checksumsPath);
    const shown = options.checksumsPath;
    const algorithms = digestsNeeded(options.bundleJson);
    const wholeOnly = algorithms === undefined || !prehashable(options.bundleJson, options.policy);
    const small = wholeOnly ? undefined : readIfSmall(options.cwd, shown, 'checksums file');
    if (wholeOnly || small !== undefined) {
        const bytes = small ?? (await readInput(options.cwd, shown, 'checksums file', _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.checksumsWhole));
        const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf: (() => bytes.includes('\r\n')) }, (() => Promise.resolve((0,_verify_js__WEBPACK_IMPORTED_MODULE_18__/* .verifyBundle */ .p)(options.bundleJson, { bytes }, options.policy, options.trust))));
        return { signature, path, shown, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') };
    }
    const hashes = new Map([...new Set(['sha256', ...algorithms])].map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)])));
    // Whether a line ends in CR LF, also across two chunks: only said when the digest is not the signed one.
    let crlf = false;
    let endsInCr = false;
    try {
        for await (const chunk of (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .regularFileChunks */ .hT)(path, { what: 'checksums file', shown })) {
            for (const hash of hashes.values())
                hash.update(chunk);
            crlf ||= chunk.includes('\r\n') || (endsInCr && chunk[0] === 0x0a);
            endsInCr = chunk.at(-1) === 0x0d;
        }
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `cannot read checksums file ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(shown)}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error });
    }
    const digests = new Map([...hashes].map((([algorithm, hash]) => [algorithm, hash.digest('hex')])));
    const [algorithm, ...more] = algorithms;
    const moreDigests = Object.fromEntries(more.map(((name) => [name, digests.get(name) ?? ''])));
    const prehashed = await prehashedFor(options.bundleJson);
    const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf }, (() => Promise.resolve((0,_verify_js__WEBPACK_IMPORTED_MODULE_18__/* .verifyBundle */ .p)(options.bundleJson, { digest: { algorithm, hex: digests.get(algorithm) ?? '' }, moreDigests, ...prehashed }, options.policy, options.trust))));
    return { signature, path, shown, sha256: digests.get('sha256') ?? '' };
});var listedFilesUnreadable = (function (checksums, count, names, reader) {
    const more = count > names.length ? `; and ${count - names.length} more` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('SIGSTORE_INPUT_UNREADABLE', `${(0,_core_plural_js__WEBPACK_IMPORTED_MODULE_19__/* .counted */ .h)(count, 'file')} listed in the signed ${checksums} could not be read, so ${count === 1 ? 'it was' : 'they were'} not checked: ${names.join('; ')}${more}`, {
        hint: `make the files readable by ${reader} (or give the downloaded files, not directories), and run again`,
    });
});var checkVerifiedChecksums = (async function (verified, options) {
    // Loaded here, not with this module: verify-blob, which imports it too, never checks a checksums file and
    // should not pay for loading the checksums library (and its glob matcher) on every run.
    const { checkChecksumsFile, checkNamedFiles, ChecksumsError, readChecksumEntries } = await Promise.all(/* import() */[__webpack_require__.e(522), __webpack_require__.e(6256), __webpack_require__.e(2555), __webpack_require__.e(4539)]).then(__webpack_require__.bind(__webpack_require__, 72555));
    const base = options.base === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(verified.path) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, options.base);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const reading = { shown: verified.shown, onChunk: ((chunk) => void digest.update(chunk)) };
    const unchanged = (() => {
        if (digest.digest('hex') === verified.sha256)
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .VerifyError */ .G('VERIFY_ARTIFACT_MISMATCH', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(verified.shown)} changed while it was read: the lines checked are not the ones whose signature verified`, {
            hint: 'make sure nothing writes to the checksums file while it is verified, and run the verification again',
        });
    });
    if (options.files.length === 0) {
        const counts = await checkChecksumsFile(verified.path, { ...reading, base, ignoreMissing: true, onResult: options.onResult, ...(options.onIgnored === undefined ? {} : { onIgnored: options.onIgnored }) });
        unchanged();
        return { counts, unlisted: [] };
    }
    // Only the named files' candidates are kept while the file streams by. A named file is where the file system finds it: its
    // directory followed through links (`sub/../a` with `sub` a link is not `a`), its own name kept (a link named is listed by its name).
    // Synchronous: node:fs/promises, loaded with verify-blob, costs its start about 2 ms (test/sigstore/verify-imports).
    const realOf = ((path) => {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(path);
        }
        catch {
            return undefined;
        }
    });
    const realBase = realOf(base) ?? base;
    // Where the file system finds a path: its directory followed through links, its own name kept; `resolved` when that directory exists.
    const locate = ((spelled) => {
        const directory = realOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(spelled));
        return directory === undefined ? { absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(spelled), resolved: false } : { absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(spelled)), resolved: true };
    });
    const wanted = options.files.map(((file) => {
        const { absolute, resolved } = locate((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(file) ? file : `${options.cwd}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${file}`);
        return { file, absolute, name: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(resolved ? realBase : base, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'), exact: undefined, sameFile: undefined, byBaseName: undefined, sameBaseName: 0 };
    }));
    const duplicate = ((later, earlier) => {
        throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(verified.shown)}:${later.line}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(later.name)} names the file line ${earlier.line} lists as ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(earlier.name)}`, { hint: 'a checksums file must list each file once; regenerate it' });
    });
    const byName = new Map();
    const byBaseName = new Map();
    for (const want of wanted) {
        byName.set(want.name, [...(byName.get(want.name) ?? []), want]);
        byBaseName.set((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(want.absolute), [...(byBaseName.get((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(want.absolute)) ?? []), want]);
    }
    for await (const entry of readChecksumEntries(verified.path, reading)) {
        // `./a` and `a` name one file: a second line for it under another spelling is the duplicate it is.
        for (const want of byName.get(spellingKey(entry.name)) ?? []) {
            if (want.exact !== undefined) {
                throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(verified.shown)}:${entry.line}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .quoted */ .TL)(entry.name)} is already listed on line ${want.exact.line}`, { hint: 'a checksums file must list each name once; regenerate it' });
            }
            want.exact = entry;
        }
        for (const want of byBaseName.get((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(entry.name)) ?? []) {
            want.sameBaseName += 1;
            want.byBaseName ??= entry;
            // `sub/../a` or `/base/a` beside `a`: sha256sum -c checks the file once for each, and fails it on a second, other digest.
            // A listed name is found as a named file is: an absolute one, or one with `..`, may name it too.
            if (want.exact !== entry && locate((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(entry.name) ? entry.name : `${base}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${entry.name}`).absolute === want.absolute) {
                if (want.sameFile !== undefined)
                    duplicate(entry, want.sameFile);
                want.sameFile = entry;
            }
        }
    }
    unchanged();
    for (const { exact, sameFile } of wanted) {
        if (exact === undefined || sameFile === undefined)
            continue;
        const [earlier, later] = exact.line < sameFile.line ? [exact, sameFile] : [sameFile, exact];
        duplicate(later, earlier);
    }
    const unlisted = [];
    const named = [];
    for (const want of wanted) {
        const entry = want.exact ?? want.sameFile ?? (want.sameBaseName === 1 ? want.byBaseName : undefined);
        if (entry === undefined) {
            unlisted.push(want.file);
            continue;
        }
        // Reported as the user named it: by its base name alone, `x/app` and `y/app` both read `app`.
        named.push({ entry: { ...entry, name: want.file }, path: want.absolute });
    }
    const counts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
    for (const result of await checkNamedFiles(named)) {
        counts[result.status] += 1;
        options.onResult(result);
    }
    return { counts, unlisted };
});var misnamedFilesHint = (async function (files, base, cwd, checksumsPath, said) {
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, base ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(checksumsPath));
    // Loaded here, on a failure only: verify-blob, which imports this module, must not load node:fs/promises (see checkVerifiedChecksums).
    const { lstat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
    const exists = ((path) => lstat(path).then((() => true), (() => false)));
    const misnamed = [];
    for (const file of files.slice(0, 20)) {
        const underBase = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(baseDir, file);
        if (underBase !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file) && !(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file))) && (await exists(underBase)))
            misnamed.push(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)(file)} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .shownFile */ .G)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, underBase))}`);
    }
    if (misnamed.length === 0)
        return undefined;
    return `each file named is a path from ${said.origin}, not from ${said.base}: ${misnamed.join(', ')}; name ${misnamed.length === 1 ? 'it' : 'them'} so and run again`;
});var verifySignedChecksums = (async function (options) {
    const verified = await verifyChecksumsSignature(options);
    const results = [];
    const notChecked = { count: 0, names: [] };
    const onIgnored = ((entry) => {
        notChecked.count += 1;
        if (notChecked.names.length < NAMED_NOT_CHECKED)
            notChecked.names.push(entry.name);
    });
    const { unlisted } = await checkVerifiedChecksums(verified, { ...options, onResult: ((result) => void results.push(result)), onIgnored });
    return { signature: verified.signature, results, unlisted, notChecked };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: (() => (/* binding */ verifySignedChecksums)),
/* harmony export */   TT: (() => (/* binding */ misnamedFilesHint)),
/* harmony export */   aZ: (() => (/* binding */ readAttestationBundles)),
/* harmony export */   bq: (() => (/* binding */ certificateInstance)),
/* harmony export */   ch: (() => (/* binding */ listedFilesUnreadable)),
/* harmony export */   mn: (() => (/* binding */ verifyChecksumsSignature)),
/* harmony export */   nZ: (() => (/* binding */ resolvePolicy)),
/* harmony export */   oc: (() => (/* binding */ verifyArtifact)),
/* harmony export */   sf: (() => (/* binding */ artifactDigests)),
/* harmony export */   tm: (() => (/* binding */ checkVerifiedChecksums)),
/* harmony export */   vO: (() => (/* binding */ resolveTrust)),
/* harmony export */   zi: (() => (/* binding */ readBundleFile)),
/* harmony export */   zl: (() => (/* binding */ trustSourcesFrom))
/* harmony export */ });
/* unused harmony exports WHOLE_READ_BYTES, trustSourcesThrough */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66097);
/* harmony import */ var _config_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40409);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62164);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3085);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89531);
/* harmony import */ var _core_plural_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(32985);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5447);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(69085);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(91638);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(94661);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(83913);
/* harmony import */ var _prehashed_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(91966);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(10132);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(17776);




















/**
 * Inputs of at most this size are read without the event loop: a verification waits for them
 * before anything else, and a read through the thread pool costs four round trips (about 0.3 ms
 * a file); larger ones (an artifact or checksums file read whole) keep the event loop free for a
 * signal to end the command.
 */
const SYNC_READ_BYTES = _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.bundle;
/** Reads `path` relative to `cwd`, a regular file of at most `maxBytes`, naming it in errors as the user wrote it. */

/**
 * Up to this size an artifact or checksums file is read whole and its signature checked by Node's
 * crypto over the bytes; only larger files are streamed and checked by digest, which needs the
 * pure-JavaScript ECDSA of @noble/curves: several milliseconds more per process (its point tables),
 * a large share of verifying one small file.
 */
const WHOLE_READ_BYTES = 4 * 1024 * 1024;
/**
 * The file's bytes when it is a regular file of at most {@link WHOLE_READ_BYTES}; undefined
 * otherwise, and on any error: the streaming path then opens it again and reports the error in its
 * own words.
 */


/**
 * Reads a bundle file (relative to `cwd`) as JSON; a file that is not JSON, that repeats a key in
 * an object, or that is JSON but not a Sigstore bundle (its media type and shape), fails as an
 * invalid bundle naming the file, which verification later could not.
 */

/** A bundle's JSON, once its media type and shape are a Sigstore bundle's; refused naming where it was read (verification later cannot). */

/** A listed name as the file it names is looked up by: `.` segments and repeated slashes dropped (`./a`, `b//c`), a trailing slash kept (`a/` names no file). */

/**
 * At most this many bundles are read from one `.intoto.jsonl` file: `attest --per-subject` writes
 * one per artifact (and no more than this in one run), so a release of a few thousand files makes a
 * file this reads whole (gh reads any number); the verification work stays bounded by the candidates
 * verifyAttestation tries.
 */
const MAX_ATTESTATION_BUNDLES = _core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUT_LIMITS */ .Ef.attestationBundles;
/**
 * Reads an attestation file (relative to `cwd`): one bundle (`.sigstore.json`, any layout), or
 * one bundle per line (`.intoto.jsonl`, the layout of slsa-github-generator and GitHub's
 * attestation downloads; blank lines skipped). A line that is not a JSON object, or that repeats
 * a key, fails naming its line.
 */

/** The lines of `text` that hold more than white space, with their numbers (from 1), at most `most` of them. */

/**
 * The digests attestations about an artifact are compared by: for `sha256:<hex>` (or `sha512:`)
 * that digest, for a file its SHA-256 and SHA-512 in one streaming pass, and its SHA-384 too with
 * `sha384` (a subject named by SHA-384 alone, as cosign and in-toto allow: see namedBySha384Alone).
 */

/** The matcher of a config's value or pattern; a pattern RE2 refuses is a usage error naming its input. */

/** The verification policy a validated config describes; reads the public key file for key policies. */

/** Both instances' TUF repositories, reached through the runner's proxy settings. */

/**
 * Both instances' TUF repositories through the proxy settings of `env`, read only when called:
 * for {@link resolveTrust}, which calls it only when it fetches, so that an offline verification
 * (`--trusted-root`) loads no proxy support (about 20 KiB of code on every start).
 */

/** The organization GitHub's Fulcio CA certificates name, as `gh attestation verify` tells its instance apart. */
const GITHUB_CA_ORGANIZATION = 'GitHub, Inc.';
/**
 * The Sigstore instance whose Fulcio issued a bundle's certificate: GitHub's when the issuer's first
 * organization is `GitHub, Inc.`, public-good otherwise. The name only picks which root to load; the
 * chain must still verify to that root, so a forged name gains nothing.
 */

/** A bundle's signing certificate, parsed; undefined when it holds none or an unreadable one (which verifyBundle reports with its code). */

/**
 * Whether the signature can be verified over a digest of the file, not its bytes: an ECDSA key's
 * can on P-256 and P-384 (the policy's key, or the certificate's), an Ed25519, RSA or P-521 key's
 * cannot (no pre-hashed verification), and such a file is read whole. Fulcio certifies RSA and Ed25519 keys too.
 */

/** The curves {@link loadPrehashedVerifier} verifies a digest's signature on. */
const PREHASHED_CURVES = new Set(['prime256v1', 'secp384r1']);
/**
 * The trust material a config names: the `--trusted-root` file (JSON or JSONL); else, for keyless
 * bundles, the root of the instance that issued the bundle's certificate (see
 * {@link certificateInstance}) through its TUF repository, found through `sources` (given, or
 * asked for only then), which for a key-signed bundle is public-good's, to verify its log entry;
 * a key policy told to ignore the log needs none.
 */

/**
 * Verifies a bundle for an artifact named by a path (streamed through the hash the bundle needs,
 * never held in memory) or by `sha256:<hex>`.
 */

/** {@link verifyArtifact} of a file. */

/**
 * Runs a verification, naming the file and its bundle when the file is not the one the bundle
 * signs, and saying what to do: what consumers meet is a bundle of another release or file beside
 * it, or a file whose line endings changed on the way (`crlf`: it holds CR LF).
 */

/** The verifier of signatures over a digest, loaded only for a bundle that holds a message signature (a DSSE bundle's signature is over its payload). */

/**
 * The digests a bundle is checked by, in one pass over the artifact: the message digest's
 * algorithm, or for DSSE every algorithm its subjects list (sha256 first), since a subject matches
 * only when all its digests agree; undefined when one is an algorithm the streaming hasher lacks
 * (SHA-384), so that the artifact is read whole and hashed by it too.
 */

/** At most this many names of listed files that were not checked are kept: a release may list thousands. */
const NAMED_NOT_CHECKED = 5;
/**
 * Verifies a checksums file's bundle, streaming the file through the digests the bundle needs
 * (memory stays flat for a file of any length); it is read whole, up to
 * {@link INPUT_LIMITS.checksumsWhole}, only for keys that cannot verify a digest (Ed25519, RSA).
 */

/**
 * SIGSTORE_INPUT_UNREADABLE for listed files this machine could not read (see unreadableHere),
 * when nothing else failed: `names` are the first few as the report names them, of `count`;
 * `reader` says whose permission to fix ("the user running trust-kit", "the job's user").
 */

/**
 * Checks artifacts against a checksums file whose signature verified, reading the file again as
 * a stream (memory independent of its length): the `files` given (each must be listed, by its
 * path relative to `base` or by its unique file name), or else every listed file present under
 * `base`. Results go to `onResult` as they come, and listed files not present (without `files`) to
 * `onIgnored`. The bytes read are digested again: a file
 * changed since its signature verified fails (VERIFY_ARTIFACT_MISMATCH), before any artifact
 * is hashed when files are named, and at the end (results already reported are void) otherwise.
 */

/**
 * The hint for named files that were not found where they were looked for (from the working
 * directory) but are under `base`: named as the checksums file lists them, relative to base. The
 * run said "missing" and "do not use these files" about files the user has.
 */

/**
 * Verifies a signed checksums file, then artifacts against it (see {@link verifyChecksumsSignature}
 * and {@link checkVerifiedChecksums}), collecting every result: for callers that report them all
 * at once.
 */



/***/ })

};
