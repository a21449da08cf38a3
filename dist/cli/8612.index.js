export const id = 8612;
export const ids = [8612];
export const modules = {

/***/ 64487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var secondDownloadOf = (function (name, missing) {
    const match = SECOND_DOWNLOAD.exec(name);
    const listed = match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`;
    return listed !== undefined && missing.has(listed) ? listed : undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: (() => (/* binding */ secondDownloadOf))
/* harmony export */ });
/** A browser's name for a second download of a file: ` (1)` (Chrome, Edge) or `(1)` (Firefox) before the extension. */
const SECOND_DOWNLOAD = /^(.+?) ?\(\d{1,3}\)(\.[^()]*)?$/;
/**
 * The name in `missing` that `name` is a browser's second-download name of (`app (1).tgz` for
 * `app.tgz`), else undefined: a listed file the user has under a name no check looks for.
 */



/***/ }),

/***/ 98612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var invalid = (function (source, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_POLICY_INVALID', `the verification policy ${source} ${what}`, {
        hint: `a policy is JSON: {"version": ${RELEASE_POLICY_VERSION}, "trustedRoots": ["trusted_root.json"], "certificateIdentity" or "certificateIdentityRegExp", "issuer", "sourceRepository": "owner/name", "refPattern", "requiredPredicateTypes": [...]}`,
    });
});var invalidKey = (function (source, key) {
    const meant = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_19__/* .suggestions */ .G)(key, POLICY_KEYS);
    const caseOnly = POLICY_KEYS.find(((known) => known.toLowerCase() === key.toLowerCase()));
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_POLICY_INVALID', `the verification policy ${source} has the key ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(key, 80)}, which a version ${RELEASE_POLICY_VERSION} policy does not hold: it would check nothing`, {
        hint: `${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_19__/* .didYouMean */ .a)(caseOnly === undefined ? meant : [caseOnly])}a policy's keys are ${POLICY_KEYS.join(', ')}`,
    });
});var stringField = (function (record, key, source) {
    const value = record[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value === '' || value.length > 4096)
        throw invalid(source, `has a "${key}" that is not a non-empty string of at most 4096 characters`);
    return value;
});var patternField = (async function (record, key, source) {
    const pattern = stringField(record, key, source);
    if (pattern === undefined)
        return undefined;
    await (0,_core_pattern_js__WEBPACK_IMPORTED_MODULE_20__/* .loadPatternEngine */ .J)();
    const compiled = (0,_core_pattern_js__WEBPACK_IMPORTED_MODULE_20__/* .compileUserPattern */ .b)(pattern);
    if ('problem' in compiled)
        throw invalid(source, `has a "${key}" that is not a regular expression (RE2 syntax): ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(compiled.problem)}`);
    return compiled;
});var parseReleasePolicy = (async function (text, source, policyDir) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw invalid(source, `is not JSON: ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonSyntaxProblem */ .F1)(text, error)}`);
    }
    // JSON.parse keeps the last of two equal keys: a policy read two ways would trust another signer in another reader.
    const fault = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonFault */ .xC)(text);
    if (fault !== undefined)
        throw invalid(source, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_6__/* .describeJsonFault */ .at)(fault));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw invalid(source, 'is not a JSON object');
    const record = parsed;
    // A misspelt key read as absent would drop the check it asks for, and the release would pass without it.
    for (const key of Object.keys(record)) {
        if (!POLICY_KEYS.includes(key))
            throw invalidKey(source, key);
    }
    if (record.version !== RELEASE_POLICY_VERSION)
        throw invalid(source, `has version ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(record.version ?? null)}; this trust-kit reads version ${RELEASE_POLICY_VERSION}`);
    const roots = record.trustedRoots;
    // A NUL names no file: the file system call would throw an uncoded error.
    if (!Array.isArray(roots) || roots.length === 0 || roots.length > 16 || !roots.every(((root) => typeof root === 'string' && root !== '' && !root.includes('\0'))))
        throw invalid(source, 'lists no "trustedRoots" (1 to 16 file names)');
    const identity = stringField(record, 'certificateIdentity', source);
    const identityPattern = stringField(record, 'certificateIdentityRegExp', source);
    if ((identity === undefined) === (identityPattern === undefined))
        throw invalid(source, 'needs exactly one of "certificateIdentity" and "certificateIdentityRegExp"');
    const issuer = stringField(record, 'issuer', source);
    if (issuer === undefined)
        throw invalid(source, 'names no "issuer"');
    const repository = stringField(record, 'sourceRepository', source);
    if (repository !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        throw invalid(source, 'has a "sourceRepository" that is not owner/name');
    const types = record.requiredPredicateTypes ?? [];
    if (!Array.isArray(types) || types.length > 32 || !types.every(((type) => typeof type === 'string' && type !== '')))
        throw invalid(source, 'has "requiredPredicateTypes" that are not a list of up to 32 URIs');
    const identityMatcher = identity === undefined ? await (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .userMatcher */ .sL)(identityPattern) : (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .exactly */ .pV)(identity);
    if ('problem' in identityMatcher)
        throw invalid(source, `has a "certificateIdentityRegExp" that is not a regular expression (RE2 syntax): ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(identityMatcher.problem)}`);
    const githubRoot = stringField(record, 'githubTrustedRoot', source);
    if (githubRoot?.includes('\0') === true)
        throw invalid(source, 'has a "githubTrustedRoot" that is no file name (it holds a NUL)');
    const requireRelease = record.requireGitHubReleaseAttestation ?? false;
    if (typeof requireRelease !== 'boolean')
        throw invalid(source, 'has a "requireGitHubReleaseAttestation" that is not true or false');
    if (requireRelease && githubRoot === undefined)
        throw invalid(source, 'requires GitHub\'s release attestation but names no "githubTrustedRoot" to verify it with');
    return {
        githubTrustedRoot: githubRoot === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(policyDir, githubRoot),
        requireGitHubReleaseAttestation: requireRelease,
        repository,
        trustedRoots: roots.map(((root) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(policyDir, root))),
        certificate: {
            kind: 'certificate',
            identity: identityMatcher,
            issuer: (0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .exactly */ .pV)(issuer),
            extensions: repository === undefined ? {} : { sourceRepositoryURI: `https://github.com/${repository}` },
            extensionsIgnoringCase: ['sourceRepositoryURI'],
            // As --expect-repo's own check says it (exit 8): a certificate of another repository than the policy's is that, whichever check finds it.
            mismatchCodes: { extensions: { sourceRepositoryURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH' } },
        },
        refPattern: await patternField(record, 'refPattern', source),
        requiredPredicateTypes: types,
    };
});var sortedKeys = (function (value) {
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.entries(value).sort((([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).map((([key, entry]) => [key, sortedKeys(entry)])));
});var canonicalJson = (function (value, indent) {
    return JSON.stringify(sortedKeys(value), null, indent);
});var releasePolicyJson = (function (facts) {
    const policy = {
        version: RELEASE_POLICY_VERSION,
        about: SHIPPED_POLICY_NOTE,
        trustedRoots: facts.trustedRoots,
        certificateIdentity: facts.identity,
        issuer: facts.issuer,
        ...(facts.repository === undefined ? {} : { sourceRepository: facts.repository }),
        ...(facts.refPattern === undefined ? {} : { refPattern: facts.refPattern }),
        requiredPredicateTypes: [...new Set(facts.requiredPredicateTypes)].sort(),
        requireGitHubReleaseAttestation: facts.githubTrustedRoot !== undefined,
        ...(facts.githubTrustedRoot === undefined ? {} : { githubTrustedRoot: facts.githubTrustedRoot }),
    };
    return `${canonicalJson(policy, 2)}\n`;
});var shownType = (function (value) {
    return typeof value === 'string' ? (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(value) : 'missing';
});var signerOf = (function (signature) {
    return signature.signer.kind === 'certificate' ? signature.signer.subjectAlternativeName : `key ${signature.signer.source}`;
});var checkRef = (function (policy, signature, what) {
    if (policy.refPattern === undefined)
        return;
    const ref = signature.signer.kind === 'certificate' ? signature.signer.extensions.sourceRepositoryRef : undefined;
    if (ref === undefined || !policy.refPattern.test(ref)) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${ref === undefined ? 'no source ref' : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(ref)}, which the policy's refPattern does not match`);
    }
});var checkSource = (function (signature, expected, what) {
    const extensions = signature.signer.kind === 'certificate' ? signature.signer.extensions : undefined;
    const hint = `these files are not the release you asked for, or nothing in them names it: without ${RELEASE_ATTESTATION_FILE} (GitHub's release attestation, \`gh release verify TAG --format json --jq .attestation.bundle\`), --tag and --commit are checked against the signer's certificate`;
    if (expected.tag !== undefined) {
        const ref = extensions?.sourceRepositoryRef;
        if (ref !== `refs/tags/${expected.tag}`) {
            throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${ref === undefined ? (extensions === undefined ? 'no source ref (it was signed with a key)' : 'no source ref') : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(ref)}, not from ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(`refs/tags/${expected.tag}`)} (--tag)`, { hint });
        }
    }
    if (expected.commit !== undefined) {
        const digest = extensions?.sourceRepositoryDigest;
        if (digest?.toLowerCase() !== expected.commit.toLowerCase()) {
            throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${digest === undefined ? 'no source commit' : `the commit ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(digest)}`}, not ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(expected.commit)} (--commit)`, { hint });
        }
    }
});var readPolicyInput = (async function (path, what, maxBytes, hint, code = 'RELEASE_POLICY_INVALID') {
    try {
        return await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(path, { maxBytes, what });
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0(code, `cannot read the ${what} ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error, hint });
    }
});var readTrustedRoot = (async function (path, given = false) {
    const bytes = given ? await readPolicyInput(path, 'trusted root (--trusted-root)', _core_files_js__WEBPACK_IMPORTED_MODULE_8__/* .INPUT_LIMITS */ .Ef.trustedRoot, GIVEN_ROOT_HINT, 'SIGSTORE_INPUT_UNREADABLE') : await readPolicyInput(path, 'trusted root', _core_files_js__WEBPACK_IMPORTED_MODULE_8__/* .INPUT_LIMITS */ .Ef.trustedRoot, NAMED_ROOT_HINT);
    return (0,_sigstore_verify_trust_js__WEBPACK_IMPORTED_MODULE_15__/* .loadTrustMaterial */ .ak)(bytes.toString('utf8'), path);
});var readTrustedRoots = (async function (paths, given) {
    return new Map(await Promise.all([...new Set(paths)].map((async (path) => [path, await readTrustedRoot(path, path === given)]))));
});var policyRootFiles = (function (policy) {
    return [...policy.trustedRoots, ...(policy.requireGitHubReleaseAttestation && policy.githubTrustedRoot !== undefined ? [policy.githubTrustedRoot] : [])];
});var loadRoots = (async function (policy, preread) {
    // Each file is read on its own (a pretty-printed trusted_root.json beside a JSONL of several), then their roots are trusted together.
    const loaded = await Promise.all(policy.trustedRoots.map((async (path) => preread?.get(path) ?? readTrustedRoot(path))));
    return new _sigstore_verify_trust_js__WEBPACK_IMPORTED_MODULE_15__/* .TrustMaterial */ .GG(loaded.flatMap(((material) => material.roots)));
});var peek = (function (bundle) {
    const payload = bundle.json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        const subjects = Array.isArray(statement.subject)
            ? statement.subject.flatMap(((subject) => {
                if (typeof subject?.name !== 'string')
                    return [];
                // The algorithms a checksums file can list (a sha512 release's subjects name files by SHA-512 alone).
                const digest = Object.fromEntries(['sha256', 'sha512'].flatMap(((algorithm) => (typeof subject.digest?.[algorithm] === 'string' ? [[algorithm, subject.digest[algorithm].toLowerCase()]] : []))));
                return Object.keys(digest).length === 0 ? [] : [{ name: subject.name, digest }];
            }))
            : [];
        return typeof statement.predicateType === 'string' ? { predicateType: statement.predicateType, subjects } : undefined;
    }
    catch {
        return undefined;
    }
});var listedDigests = (async function (dir, results) {
    const digests = new Map();
    for (const { entry } of results) {
        const hex = entry.hex.toLowerCase();
        if (entry.algorithm === 'sha256') {
            digests.set(entry.name, { sha256: hex });
            continue;
        }
        const { digest } = await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashFile */ .DC)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name), ['sha256', entry.algorithm], { what: 'release file', shown: entry.name });
        if (digest[entry.algorithm] !== hex) {
            throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_10__.reportedName)(entry.name))} changed while it was read: it no longer has the digest it was checked against`, { hint: 'download the release again into a directory nothing else writes to' });
        }
        digests.set(entry.name, { sha256: digest.sha256 ?? '', [entry.algorithm]: hex });
    }
    return digests;
});var readReleaseDirectory = (async function (dir) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_DIR_UNREADABLE', `cannot read the release directory ${dir}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error, hint: 'give the directory the release assets were downloaded to (`gh release download TAG -D DIR`)' });
    }
});var verifyRelease = (async function (options) {
    const { dir, policy } = options;
    const trust = await loadRoots(policy, options.roots);
    const entries = await readReleaseDirectory(dir);
    const present = new Set(entries.map(((entry) => entry.name)));
    // A release's checksums file is named by its algorithm (`algorithm: sha512` makes SHA512SUMS); the first one signed is the release's.
    const checksumsName = RELEASE_CHECKSUMS_FILES.find(((name) => present.has(name) && present.has(`${name}.sigstore.json`)));
    if (checksumsName === undefined) {
        const wanted = new Set(RELEASE_CHECKSUMS_FILES.flatMap(((name) => [name, `${name}.sigstore.json`])).filter(((name) => !present.has(name))));
        const renamed = entries.flatMap(((entry) => {
            const listed = (0,_checksums_second_download_js__WEBPACK_IMPORTED_MODULE_21__/* .secondDownloadOf */ .C)(entry.name, wanted);
            return listed === undefined ? [] : [`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(entry.name)} looks like a second download of ${listed}: rename it to ${listed}`];
        }));
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no signed checksums file (${RELEASE_CHECKSUMS_FILES.map(((name) => `${name} and ${name}.sigstore.json`)).join(', or ')})`, { hint: renamed.length > 0 ? renamed.slice(0, 2).join('; ') : 'download every asset of the release into the directory' });
    }
    const checksumsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, checksumsName);
    const signed = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_11__/* .verifyChecksumsSignature */ .mn)({ checksumsPath, bundleJson: await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_11__/* .readBundleFile */ .zi)(`${checksumsPath}.sigstore.json`, dir), policy: policy.certificate, trust, cwd: dir, bundleShown: `${checksumsPath}.sigstore.json` });
    checkRef(policy, signed.signature, checksumsName);
    // GitHub's release attestation, when the release carries it, ties the files to the tag and the commit itself (below).
    if (!present.has(RELEASE_ATTESTATION_FILE))
        checkSource(signed.signature, { tag: options.tag, commit: options.commit }, checksumsName);
    const results = [];
    // Listed files that are not there, bounded: a file the browser renamed is named as such.
    const missingNames = new Set();
    const onIgnored = ((entry) => void (missingNames.size < 10_000 && missingNames.add(entry.name.replace(/^\.\//, ''))));
    const { counts } = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_11__/* .checkVerifiedChecksums */ .tm)(signed, { files: [], base: dir, cwd: dir, onResult: ((result) => void results.push(result)), onIgnored });
    if (results.length === 0) {
        // Missing files are skipped (a partial download), but with all of them missing nothing was verified: as verify-checksums, refuse rather than report success.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds none of the ${counts.ignored} files ${checksumsName} lists, so no file was verified`, { hint: `download the release's assets into the directory beside ${checksumsName}` });
    }
    // A release downloaded whole lacks what it does not hold: a listed file missing there is the published release's gap, not a partial download's.
    if (options.complete === true && missingNames.size > 0) {
        const missing = [...missingNames].sort();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `the release holds every asset downloaded, but not ${missing.length} file(s) its signed ${checksumsName} lists: ${missing.slice(0, 5).map(((name) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(name))).join(', ')}${missing.length > 5 ? ', ...' : ''}`, {
            hint: 'the published release lacks files it was signed with (deleted since, or never uploaded): tell its maintainers; the files it holds can be checked with verify-release DIR after `gh release download`',
        });
    }
    const verified = { signature: signed.signature, sha256: signed.sha256, results };
    const failed = verified.results.filter(((result) => result.status !== 'ok'));
    if (failed.length > 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `${failed.length} file(s) do not match the signed ${checksumsName}: ${failed.slice(0, 5).map(((result) => `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_10__.reportedName)(result.entry.name))} (${result.status})`)).join(', ')}`);
    }
    const listed = await listedDigests(dir, verified.results);
    const attestations = new Map();
    if (present.has('attestations.intoto.jsonl')) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'attestations.intoto.jsonl');
        const bundles = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_11__/* .readAttestationBundles */ .aZ)(source, dir);
        const certificate = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_9__/* .attestationPolicy */ .NR)(policy.certificate, { predicateType: '' }, 'explicit');
        for (const bundle of bundles) {
            const claimed = peek(bundle);
            if (claimed === undefined)
                continue;
            // A bundle is verified once, for the first subject that is a listed file: its signature covers the statement, every subject
            // of it included. Verified again for each of its up to 1,024 subjects, a release of 1,000 files took 21 s, of 7,000 hours.
            let signedStatement = false;
            for (const subject of claimed.subjects) {
                const digests = listed.get(subject.name);
                // A subject is the listed file when some digest they share is there, and every one they share is equal.
                const shared = ['sha256', 'sha512'].filter(((algorithm) => digests?.[algorithm] !== undefined && subject.digest[algorithm] !== undefined));
                if (digests === undefined || shared.length === 0)
                    continue;
                if (shared.some(((algorithm) => digests[algorithm] !== subject.digest[algorithm]))) {
                    throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_SUBJECT_MISMATCH', `attestations.intoto.jsonl holds an attestation (${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(claimed.predicateType)}) naming ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)((0,_checksums_index_js__WEBPACK_IMPORTED_MODULE_10__.reportedName)(subject.name))} with another digest than the signed ${checksumsName}`, {
                        hint: `it is another release's, or was changed: download attestations.intoto.jsonl again from the release ${checksumsName} came with`,
                    });
                }
                if (!signedStatement) {
                    const result = (0,_sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyAttestation */ .oe)({ bundles: [bundle], artifact: digests, policy: certificate, trust, predicateType: claimed.predicateType, source });
                    checkRef(policy, result.signature, `the ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(claimed.predicateType)} attestation`);
                    signedStatement = true;
                }
                const files = attestations.get(claimed.predicateType) ?? new Set();
                files.add(subject.name);
                attestations.set(claimed.predicateType, files);
            }
            // A turn of the event loop between bundles: SIGINT and SIGTERM end a long verification there.
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setImmediate)();
        }
    }
    const missing = policy.requiredPredicateTypes.filter(((type) => !attestations.has(type)));
    if (missing.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `the release carries no verified attestation of the required type${missing.length === 1 ? '' : 's'} ${missing.map(((type) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(type))).join(', ')}`, { hint: 'download attestations.intoto.jsonl with the other assets; a release without it does not meet the policy' });
    }
    const githubRelease = present.has(RELEASE_ATTESTATION_FILE) ? await verifyGitHubRelease(dir, policy, new Map([...[...listed].map((([name, digests]) => [name, digests.sha256])), [checksumsName, verified.sha256]]), { tag: options.tag, commit: options.commit, repository: options.repository ?? policy.repository }, options.roots) : undefined;
    if (githubRelease === undefined && policy.requireGitHubReleaseAttestation) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no ${RELEASE_ATTESTATION_FILE}, which the policy requires`, { hint: `save it with \`gh release verify TAG --format json --jq .attestation.bundle > ${RELEASE_ATTESTATION_FILE}\`` });
    }
    const read = new Set([checksumsName, `${checksumsName}.sigstore.json`, 'attestations.intoto.jsonl', ...(githubRelease === undefined ? [] : [RELEASE_ATTESTATION_FILE])]);
    const listedNames = [...listed.keys()];
    // A directory none of whose files is listed (`bin/` beside the assets) is named too, but those VERIFY.md's commands make.
    const unlistedDirectory = ((name) => !_instructions_verify_js__WEBPACK_IMPORTED_MODULE_16__/* .DOWNLOAD_DIRECTORIES */ .fZ.includes(name) && !listedNames.some(((listedName) => listedName.startsWith(`${name}/`) || listedName.startsWith(`./${name}/`))));
    const notVerified = entries
        .flatMap(((entry) => (entry.isDirectory() ? (unlistedDirectory(entry.name) ? [`${entry.name}/`] : []) : !listed.has(entry.name) && !listed.has(`./${entry.name}`) && !read.has(entry.name) ? [entry.name] : [])))
        .sort();
    // Said apart, once: named among the files nothing verified in every run, they would teach users to skip that line.
    const unsigned = notVerified.filter(((name) => UNSIGNED_BY_DESIGN.has(name)));
    const unlisted = notVerified.filter(((name) => !UNSIGNED_BY_DESIGN.has(name)));
    return {
        checksums: { file: checksumsName, signer: signerOf(verified.signature), verifiedFiles: verified.results.length },
        attestations: [...attestations].map((([predicateType, files]) => ({ predicateType, files: [...files].sort() }))),
        githubRelease,
        unlisted,
        unsigned,
        missing: [...missingNames].sort(),
        secondDownloads: unlisted.flatMap(((file) => {
            const listed = (0,_checksums_second_download_js__WEBPACK_IMPORTED_MODULE_21__/* .secondDownloadOf */ .C)(file, missingNames);
            return listed === undefined ? [] : [{ file, listed }];
        })).slice(0, 5),
    };
});var verifyGitHubRelease = (async function (dir, policy, files, expected, preread) {
    if (policy.githubTrustedRoot === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_POLICY_INVALID', `${dir} holds ${RELEASE_ATTESTATION_FILE}, but the policy names no "githubTrustedRoot" to verify it with`, { hint: 'add GitHub\'s trusted root (`gh attestation trusted-root`) to the policy, or remove the file' });
    }
    const trust = preread?.get(policy.githubTrustedRoot) ?? (await readTrustedRoot(policy.githubTrustedRoot));
    const bundle = await (0,_sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_11__/* .readBundleFile */ .zi)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, RELEASE_ATTESTATION_FILE), dir);
    const [first] = files.values();
    const statement = (0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .verifyGitHubReleaseAttestation */ .YG)(bundle, first ?? '', trust);
    // Checked by what its predicate type says: a statement of another type would be read as v0.1, by its tag alone.
    if (statement.predicateType !== _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V02 */ .pp && statement.predicateType !== _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V01 */ .wI) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_PREDICATE_TYPE_MISMATCH', `GitHub's release attestation has the predicate type ${shownType(statement.predicateType)}, not ${_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V02 */ .pp} or ${_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V01 */ .wI}`, { hint: `save GitHub's release attestation of the release as ${RELEASE_ATTESTATION_FILE} (\`gh release verify TAG --format json --jq .attestation.bundle\`)` });
    }
    if (expected.commit !== undefined && statement.predicateType !== _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V02 */ .pp) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_SOURCE_MISMATCH', `GitHub's release attestation is a ${_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V01 */ .wI} statement, which names no commit: --commit ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(expected.commit, 64)} cannot be checked against it`, { hint: 'drop --commit for a release attested with predicate v0.1, or save its v0.2 attestation' });
    }
    const subjects = new Map();
    for (const subject of Array.isArray(statement.subject) ? statement.subject : []) {
        const { name, digest } = (subject ?? {});
        if (typeof name === 'string' && typeof digest?.sha256 === 'string')
            subjects.set(name, digest.sha256.toLowerCase());
    }
    const missing = [...files].filter((([name, hex]) => subjects.get(name) !== hex)).map((([name]) => name));
    if (missing.length > 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_SUBJECT_MISMATCH', `GitHub's release attestation does not list ${missing.slice(0, 5).map(((name) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(name))).join(', ')}${missing.length > 5 ? ', …' : ''} with the verified digest`, { hint: 'these files are not the ones GitHub recorded when the release was published: download them again' });
    }
    const problems = (0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .releaseStatementProblems */ .td)(statement, expected);
    if (problems.length > 0) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_SOURCE_MISMATCH', `GitHub's release attestation is not for this release: ${problems.slice(0, 5).join('; ')}`, { hint: 'these files come from another release, repository or commit than the one you expect: check --tag, --commit and the policy\'s sourceRepository' });
    }
    const statedTag = typeof statement.predicate?.tag === 'string' ? statement.predicate.tag : '';
    return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', tag: statedTag, assets: subjects.size };
});var readReleasePolicy = (async function (path, missingHint) {
    const text = (await readPolicyInput(path, 'verification policy', 64 * 1024, missingHint)).toString('utf8');
    return parseReleasePolicy(text, path, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path));
});var downloadRefused = (function (message, hint) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_DOWNLOAD_REFUSED', message, { hint });
});var anotherRunsDownload = (function (dir) {
    return downloadRefused(`the download directory ${dir} is being filled by another verify-release, or was by one killed part way (${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, DOWNLOAD_CLAIM)})`, 'give each run a --download-dir of its own; if no verify-release runs, remove the directory (a killed run leaves what it downloaded there too)');
});var unmadeDownloadDir = (function (dir, error) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_DIR_UNREADABLE', `cannot make the download directory ${dir}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) ?? String(error)}`, { cause: error, hint: 'give a --download-dir trust-kit can write' });
});var refuseFilled = (function (dir, entries) {
    if (entries.includes(DOWNLOAD_CLAIM))
        throw anotherRunsDownload(dir);
    if (entries.length > 0)
        throw downloadRefused(`the download directory ${dir} is not empty`, 'give an empty or new --download-dir: files already there would be verified as the release\'s (a run stopped part way leaves what it downloaded: remove the directory)');
});var savedBundle = (function (bundle, tag, repository) {
    try {
        return JSON.stringify(bundle);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_DOWNLOAD_REFUSED', `GitHub's release attestation for ${tag} of ${repository} cannot be saved: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
            hint: 'the attestations API answered a bundle no Sigstore client writes; check the release with `gh release verify` and report it',
        });
    }
});var downloadRelease = (async function (options) {
    const { releases, repository, tag, dir } = options;
    const limits = options.limits ?? RELEASE_DOWNLOAD_LIMITS;
    // Looked at before any request too (and again once claimed): a directory that cannot take the release is refused without asking GitHub for anything.
    refuseFilled(dir, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(((error) => {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) === 'ENOENT')
            return [];
        throw unmadeDownloadDir(dir, error);
    })));
    const release = await releases.findRelease(tag);
    if (release === undefined || release.draft) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('RELEASE_NOT_FOUND', `${repository} has no published release for the tag ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(tag)}`, { hint: 'check --repo and --tag (`gh release list --repo OWNER/REPO`); a draft is not a release to verify' });
    }
    const listed = (await releases.listAssets(release.id)).filter(((asset) => asset.state === 'uploaded'));
    if (listed.length > limits.maxAssets)
        throw downloadRefused(`release ${tag} of ${repository} has ${listed.length} assets, more than the ${limits.maxAssets} trust-kit downloads`, 'download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR');
    let total = 0;
    for (const asset of listed) {
        // Release assets are one flat list; a name that is a path, or that stands for GitHub's own attestation, is not written.
        if (!/^[^/\\\0]+$/.test(asset.name) || asset.name === '.' || asset.name === '..' || asset.name === RELEASE_ATTESTATION_FILE || asset.name === DOWNLOAD_CLAIM) {
            throw downloadRefused(`release ${tag} of ${repository} has an asset named ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(asset.name)}, which is not a plain file name trust-kit can download it as`, 'download the assets yourself and verify the directory');
        }
        if (asset.size > limits.maxAssetBytes)
            throw downloadRefused(`the asset ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(asset.name)} of release ${tag} holds ${asset.size} bytes, more than the ${limits.maxAssetBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
        total += asset.size;
    }
    if (total > limits.maxTotalBytes)
        throw downloadRefused(`release ${tag} of ${repository} holds ${total} bytes of assets, more than the ${limits.maxTotalBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
    const claim = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, DOWNLOAD_CLAIM);
    let unregister;
    try {
        await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_8__/* .makeDirectories */ .Kb)(dir);
        refuseFilled(dir, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir));
        // Claimed before anything is written: two runs that both found it empty never fill it together.
        // Registered before it is made, so a SIGINT or SIGTERM while the run fills the directory removes it with the temporary files;
        // made synchronously, so that no signal handler runs while it is registered but may be another run's (EEXIST).
        unregister = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_8__/* .removedOnSignal */ .eP)(claim);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(claim, 'wx'));
    }
    catch (error) {
        // Not made, or another run's: this run's signal must not remove it.
        unregister?.();
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0)
            throw error;
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) === 'EEXIST')
            throw anotherRunsDownload(dir);
        throw unmadeDownloadDir(dir, error);
    }
    try {
        return await downloadInto(dir, { releases, repository, tag }, release, listed);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(claim, { force: true });
        unregister();
    }
});var downloadInto = (async function (dir, { releases, repository, tag }, release, listed) {
    const digests = [];
    for (const asset of listed) {
        // Streamed to the file, never held whole: an asset may be gigabytes.
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, asset.name);
        await releases.saveAsset(asset.id, path, asset.size);
        const digest = `sha256:${(await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashFile */ .DC)(path, ['sha256'])).digest.sha256 ?? ''}`;
        digests.push(digest);
        if (asset.digest !== undefined && asset.digest !== digest) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
            throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_ARTIFACT_MISMATCH', `the asset ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(asset.name)} of release ${tag} downloaded with ${digest}, not the ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .boundedText */ .LD)(asset.digest, 80)} GitHub lists for it`, { hint: 'download the release again' });
        }
    }
    let releaseAttestation;
    if (release.immutable) {
        // GitHub's release attestation lists every asset: any one's digest finds it.
        const anchorDigest = digests[0];
        if (anchorDigest === undefined)
            throw downloadRefused(`the immutable release ${tag} of ${repository} has no asset`, 'there is nothing to verify');
        for (const predicateType of [_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V02 */ .pp, _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .RELEASE_PREDICATE_V01 */ .wI]) {
            const bundles = await releases.listAttestations(anchorDigest, predicateType);
            const bundle = bundles.find(((candidate) => (0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__/* .releaseStatementProblems */ .td)((0,_publish_js__WEBPACK_IMPORTED_MODULE_17__/* .statementOf */ .T8)(candidate), { repository, tag }).length === 0));
            if (bundle === undefined)
                continue;
            await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .qD)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, RELEASE_ATTESTATION_FILE), `${savedBundle(bundle, tag, repository)}\n`);
            releaseAttestation = predicateType;
            break;
        }
    }
    return { dir, assets: listed.map(((asset) => asset.name)), immutable: release.immutable, releaseAttestation };
});var pinShippedPolicy = (function (policy, pins, source) {
    if (pins.repository === undefined && pins.signerWorkflow === undefined && (pins.identity === undefined || pins.issuer === undefined)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('CLI_USAGE', `${source} came with the release: it only says what to expect, so it is used with a pin of your own`, { hint: 'add --expect-repo OWNER/REPO and/or --signer-workflow OWNER/REPO/PATH (--certificate-identity ID with --certificate-oidc-issuer URL for a signer outside GitHub Actions), or give your own policy with --policy' });
    }
    if (pins.trustedRoot === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('CLI_USAGE', `${source} came with the release, and so did the trusted roots it names: whoever could replace the release could replace them with a CA that certifies any identity and repository, so they are not used`, { hint: `give your own, kept outside the release directory, with --trusted-root FILE (\`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl\`, then --trusted-root trust-kit-roots/trusted_root.jsonl), or your own policy with --policy` });
    }
    if (pins.repository !== undefined && policy.repository?.toLowerCase() !== pins.repository.toLowerCase()) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_REPOSITORY_MISMATCH', `${source} names the source repository ${policy.repository === undefined ? '(none)' : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(policy.repository)}, not ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(pins.repository)} (--expect-repo)`, { hint: 'this release was not built from the repository you expect: do not use it' });
    }
    if (pins.signerWorkflow !== undefined) {
        const workflow = pins.signerWorkflow.replace(/^github\.com\//, '');
        const identity = policy.certificate.identity;
        // With a ref after the workflow file (`release.yml@refs/tags/v1`, a monorepo's `release.yml@refs/tags/pkg@1.2.3`), that ref exactly, as verify-checksums --signer-workflow takes it; without, any ref.
        const refAt = (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_13__/* .workflowRefAt */ .Sc)(workflow);
        const pinsRef = refAt !== -1 && /\.ya?ml$/.test(workflow.slice(0, refAt));
        // Without one, all after the file's `@` must be a ref: `release.yml@evil.yml@refs/heads/x` is another file, whose name begins as the pinned one's.
        const prefix = `https://github.com/${workflow}@`;
        const sameWorkflow = identity.kind === 'exact' && (pinsRef ? identity.value === `https://github.com/${workflow}` : identity.value.startsWith(prefix) && (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_13__/* .isWorkflowRef */ .zX)(identity.value.slice(prefix.length)));
        if (!sameWorkflow) {
            throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH', `${source} names the signer ${(0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .describeMatcher */ .OT)(identity).slice(0, 300)}, not the workflow ${workflow} (--signer-workflow)`, { hint: 'this release was signed by another workflow than the one you expect: do not use it' });
        }
    }
    // Its regular expressions were written by whoever could replace the release, and one that backtracks runs for days on
    // the signer's identity or ref: a shipped policy names its signer exactly and its ref pattern as a ref, as trust-kit writes them.
    if (policy.certificate.identity.kind !== 'exact') {
        throw invalid(source, 'came with the release and names its signer by a regular expression ("certificateIdentityRegExp"), which is not run: whoever could replace the release wrote it; a policy trust-kit writes names the signer exactly ("certificateIdentity"), or give your own policy with --policy');
    }
    if (policy.refPattern !== undefined && !LITERAL_REF_PATTERN.test(policy.refPattern.source)) {
        throw invalid(source, 'came with the release and has a "refPattern" that is more than a ref, or a ref followed by ".*", which is not run: whoever could replace the release wrote it; give your own policy with --policy');
    }
    const { issuer } = policy.certificate;
    if (pins.identity !== undefined && (policy.certificate.identity.kind !== 'exact' || policy.certificate.identity.value !== pins.identity)) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_IDENTITY_MISMATCH', `${source} names the signer ${(0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .describeMatcher */ .OT)(policy.certificate.identity).slice(0, 300)}, not ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(pins.identity)} (--certificate-identity)`, { hint: 'this release was signed by someone else than the signer you expect: do not use it' });
    }
    if (pins.issuer !== undefined && (issuer.kind !== 'exact' || issuer.value !== pins.issuer)) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_ISSUER_MISMATCH', `${source} names the OIDC issuer ${(0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .describeMatcher */ .OT)(issuer).slice(0, 300)}, not ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoted */ .TL)(pins.issuer)} (--certificate-oidc-issuer)`, { hint: 'this release was signed through another identity provider than the one you expect: do not use it' });
    }
    // Other CI issuers fill the source repository extension from claims their users set (a pipeline pointed at any public repository).
    if ((pins.repository !== undefined || pins.signerWorkflow !== undefined) && (issuer.kind !== 'exact' || issuer.value !== _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .GITHUB_ACTIONS_ISSUER */ .qQ)) {
        throw new _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .VerifyError */ .Gz('VERIFY_POLICY_ISSUER_MISMATCH', `${source} names the OIDC issuer ${(0,_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .describeMatcher */ .OT)(issuer).slice(0, 300)}, not GitHub Actions' ${_sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__/* .GITHUB_ACTIONS_ISSUER */ .qQ}, which --expect-repo and --signer-workflow stand for`, { hint: 'this release was not signed in GitHub Actions: do not use it, or write your own policy' });
    }
    return withTrustedRoot(policy, pins.trustedRoot);
});var withTrustedRoot = (function (policy, trustedRoot) {
    return { ...policy, trustedRoots: [trustedRoot], githubTrustedRoot: policy.githubTrustedRoot === undefined ? undefined : trustedRoot };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: (() => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_18__.Ir)),
/* harmony export */   JU: (() => (/* binding */ pinShippedPolicy)),
/* harmony export */   L$: (() => (/* binding */ readReleaseDirectory)),
/* harmony export */   Ob: (() => (/* binding */ downloadRelease)),
/* harmony export */   Pn: (() => (/* binding */ readTrustedRoots)),
/* harmony export */   VA: (() => (/* binding */ verifyRelease)),
/* harmony export */   a7: (() => (/* binding */ RELEASE_ATTESTATION_FILE)),
/* harmony export */   cs: (() => (/* binding */ policyRootFiles)),
/* harmony export */   dj: (() => (/* binding */ canonicalJson)),
/* harmony export */   qC: (() => (/* binding */ withTrustedRoot)),
/* harmony export */   sD: (() => (/* binding */ readReleasePolicy)),
/* harmony export */   yv: (() => (/* binding */ releasePolicyJson))
/* harmony export */ });
/* unused harmony exports RELEASE_POLICY_VERSION, parseReleasePolicy, RELEASE_DOWNLOAD_LIMITS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53871);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3085);
/* harmony import */ var _core_pattern_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(29325);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89531);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(3029);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62164);
/* harmony import */ var _sigstore_verify_attestation_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44444);
/* harmony import */ var _checksums_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72555);
/* harmony import */ var _checksums_second_download_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(64487);
/* harmony import */ var _sigstore_verify_files_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(92701);
/* harmony import */ var _sigstore_verify_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(54418);
/* harmony import */ var _core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9966);
/* harmony import */ var _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(22695);
/* harmony import */ var _sigstore_verify_trust_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(10132);
/* harmony import */ var _instructions_verify_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(78918);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(77621);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7310);






















/** The file GitHub's release attestation bundle is saved as beside the assets (`gh release verify TAG --format json --jq .attestation.bundle`). */
const RELEASE_ATTESTATION_FILE = 'release-attestation.sigstore.json';
/** The version of the offline verification policy file this code reads. */
const RELEASE_POLICY_VERSION = 1;


/** Every key a policy of this version may hold (`about` is the note a shipped policy carries for its readers). */
const POLICY_KEYS = ['version', 'about', 'trustedRoots', 'certificateIdentity', 'certificateIdentityRegExp', 'issuer', 'sourceRepository', 'refPattern', 'requiredPredicateTypes', 'githubTrustedRoot', 'requireGitHubReleaseAttestation'];



/**
 * Reads an offline verification policy (JSON, at most 64 KiB) whose trusted root paths are
 * relative to the policy file. Every field is checked and a wrong one named; an identity is
 * required (exact, or a regular expression anchored at both ends).
 */

/** What a shipped policy can and cannot promise, in the file itself: it travels with the release it describes. */
const SHIPPED_POLICY_NOTE = 'This policy came with the release it describes: it states what to expect, it is not a reason to trust. Compare certificateIdentity, issuer and sourceRepository with what you expect before using it, or write your own.';
/** Sorts object keys at every level, so the same facts always give the same bytes. */

/** JSON with its keys sorted at every level: deterministic bytes for files a release publishes and signs. */

/** The policy file a release publishes for its own signer (keys sorted, predicate types sorted), which `parseReleasePolicy` reads back. */

/** A predicate type for a message: the signer chose it. */



/**
 * Holds the checksums file's signer to `--tag` and `--commit` when no GitHub release attestation
 * ties the files to them: its certificate's source ref must be the tag's and its source digest the
 * commit. Without this, they were checked against nothing, and an older signed release of the same
 * repository passed for the tag asked for. A release signed with a key, or from another ref than
 * the tag (a branch, tagged at publishing), carries nothing that names the tag: refused, with the
 * way to check it (GitHub's release attestation) rather than passed unchecked.
 */

const NAMED_ROOT_HINT = 'the policy names trusted root files relative to the policy file: check "trustedRoots" and "githubTrustedRoot", and that the files are there';
/**
 * Reads a file a policy stands on (the policy, a trusted root it names). One that cannot be opened
 * is a fault of the policy or of the path given, so it is named as RELEASE_POLICY_INVALID with what
 * to do, not left to surface as a bare system error.
 */

/** The hint for a trusted root given with --trusted-root that cannot be read: the policy, which names none then, is not at fault. */
const GIVEN_ROOT_HINT = 'put the trusted root there that --trusted-root names: the one you got from the Sigstore deployment\'s operator, or `gh attestation trusted-root` for the public instances (VERIFY.md says which), in trust-kit-roots/ beside the files';

/**
 * Reads and parses trusted root files (JSON, or gh's JSONL) ahead of {@link verifyRelease}, which
 * then uses them: verify-release reads those its policy stands on before it downloads anything, so
 * a root that is missing or holds no trusted root fails before any request, not after gigabytes.
 * `given` is the one the user named with --trusted-root, if any: one missing is told as that flag's.
 */

/** The trusted root files verifying a release under `policy` reads whatever the release holds: GitHub's only when the policy requires GitHub's release attestation. */


/** The statement's predicate type and subjects, read to pick bundles (the signature is verified before anything counts). */

/**
 * The files a release carries unsigned by design: VERIFY.md is written after signing (it names the
 * signature's bundle). A directory beside the assets (VERIFY.md's trusted roots, the verifier's
 * checkout) is never an asset, and is not looked at.
 */
const UNSIGNED_BY_DESIGN = new Set([_names_js__WEBPACK_IMPORTED_MODULE_18__/* .INSTRUCTIONS_FILE */ .f4]);
/** The checksums files a release may carry, one per algorithm (see `checksumsFileName`). */
const RELEASE_CHECKSUMS_FILES = ['SHA256SUMS', 'SHA512SUMS'];
/**
 * The digests of each file that matched the signed checksums file, by its listed name: the listed
 * one, and the SHA-256 that attestations and GitHub's release attestation need (for another
 * algorithm, each file is read again for both; one that no longer has the listed digest, changed
 * since it was checked, fails).
 */

/** The entries of a downloaded release's directory; RELEASE_DIR_UNREADABLE when it is none (missing, a file, unreadable). */

/**
 * Verifies offline what a downloaded release directory carries, under a policy: the signed
 * checksums file (`SHA256SUMS`, or `SHA512SUMS`, and its `.sigstore.json`) and every file it lists, then each
 * attestation of `attestations.intoto.jsonl` for each listed file it names, whose digest must be
 * the verified one. Every signature must be by the policy's signer, from a ref its pattern
 * matches. Refuses a directory without signed checksums (VERIFY_RELEASE_INCOMPLETE), one
 * lacking a listed file when it holds the whole release (`complete`: downloaded by trust-kit), and one
 * lacking a required predicate type. The policy's trusted roots are taken from `roots` where it
 * holds them (see {@link readTrustedRoots}), read from their files otherwise.
 */

/**
 * Verifies GitHub's release attestation saved in the directory against the policy's GitHub
 * trusted root, and checks that it lists every verified file (SHA256SUMS and the files it lists)
 * with the same digest, and names `tag` when one is given; a v0.2 statement must also name the
 * policy's repository (its purl too) and, when one is given, the commit.
 */

/** Reads and parses the policy file at `path`; `missingHint` says what to do when it cannot be read. */

/** The bounds a release download keeps unless told otherwise: 1000 assets, 2 GiB each, 8 GiB in all. */
const RELEASE_DOWNLOAD_LIMITS = { maxAssets: 1000, maxAssetBytes: 2 * 1024 ** 3, maxTotalBytes: 8 * 1024 ** 3 };
/** The empty file a download puts in its directory while it fills it, so that another run never fills it too. */
const DOWNLOAD_CLAIM = '.trust-kit-downloading';



/** Refuses a download directory whose listing is `entries` unless it is empty: files already there would be verified as the release's. */

/** The bundle GitHub answered, as JSON to save; one nested past what JSON.stringify can recurse through (no real bundle is) is refused, not a crash. */

/**
 * Downloads the published release of `tag` through the GitHub API into `dir` (created; it must
 * hold nothing yet), as `verifyRelease` reads it: every uploaded asset under its name, each within
 * the limits and, where GitHub computed one, matching GitHub's digest. For an immutable release,
 * GitHub's release attestation from the attestations API (v0.2 before v0.1, the one naming the
 * tag and `repository`) is saved as {@link RELEASE_ATTESTATION_FILE}. Nothing here is trusted:
 * `verifyRelease` checks it all offline afterwards.
 */

/** {@link downloadRelease}'s downloads into the directory it claimed. */

/** A ref pattern that is a ref, its specials escaped, maybe followed by `.*` (`refs/tags/.*`): what trust-kit writes, and nothing that backtracks. */
const LITERAL_REF_PATTERN = /^(?:[^\\.*+?()[\]{}|^$]|\\.)*(?:\.\*)?$/;
/**
 * Holds a policy that came with the release to the user's own pins: without a pin it proves
 * nothing (whoever replaced the release could replace the policy). The policy must name the
 * pinned repository, its exact identity must be the pinned workflow on github.com at some ref (or
 * the pinned identity, exactly, with the pinned issuer), and its issuer GitHub Actions' when a
 * repository or workflow is pinned (what those pins stand for); it may hold no regular expression but a
 * ref pattern of trust-kit's shape. Its trusted roots are replaced by the
 * user's: roots that came with the release would let whoever replaced it mint the pinned
 * identity and repository under a CA of their own.
 */

/** A policy verified against the user's trusted root (JSON or gh's JSONL, absolute), for the signer and for GitHub's release attestation alike, instead of the roots it names. */



/***/ }),

/***/ 44444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var attestationPolicy = (function (policy, requirements, origin) {
    if (policy.kind === 'key')
        return policy;
    const extensions = { ...policy.extensions };
    if (requirements.sourceRef !== undefined)
        extensions.sourceRepositoryRef = requirements.sourceRef;
    if (requirements.sourceDigest !== undefined)
        extensions.sourceRepositoryDigest = requirements.sourceDigest;
    if (requirements.denySelfHostedRunners === true)
        extensions.runnerEnvironment = 'github-hosted';
    const identity = origin === 'signer-workflow' ? 'VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH' : origin === 'repository' ? 'VERIFY_POLICY_REPOSITORY_MISMATCH' : undefined;
    return { ...policy, extensions, mismatchCodes: { ...(identity === undefined ? {} : { identity }), extensions: EXTENSION_CODES } };
});var peekStatement = (function (json) {
    const payload = json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            return undefined;
        const subjects = statement.subject.map(((subject) => ({ digest: typeof subject === 'object' && subject !== null && typeof subject.digest === 'object' ? (subject.digest ?? {}) : {} })));
        return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', subjects };
    }
    catch {
        return undefined;
    }
});var namedBySha384Alone = (function (bundles) {
    return bundles.some(((bundle) => peekStatement(bundle.json)?.subjects.some((({ digest }) => typeof digest.sha384 === 'string' && typeof digest.sha256 !== 'string' && typeof digest.sha512 !== 'string')) === true));
});var names = (function (subject, digests) {
    const shared = Object.keys(digests).filter(((algorithm) => typeof subject.digest[algorithm] === 'string'));
    return shared.length > 0 && shared.every(((algorithm) => subject.digest[algorithm].toLowerCase() === digests[algorithm]));
});var signedStatement = (function (json) {
    const payload = json.dsseEnvelope.payload;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return statement;
});var survey = (function (bundles, artifact, predicateType) {
    const peeked = bundles.map(((bundle) => peekStatement(bundle.json)));
    const covering = bundles.flatMap(((bundle, index) => (peeked[index]?.subjects.some(((subject) => names(subject, artifact))) === true ? [index] : [])));
    return { peeked, covering, matching: covering.filter(((index) => peeked[index]?.predicateType === predicateType)) };
});var trustDeciding = (function (bundles, artifact, predicateType) {
    return bundles[survey(bundles, artifact, predicateType).matching[0] ?? 0]?.json;
});var verifyAttestation = (function (options) {
    const { bundles, artifact, predicateType } = options;
    const input = { digest: { algorithm: 'sha256', hex: artifact.sha256 }, moreDigests: artifact };
    const { peeked, covering, matching } = survey(bundles, artifact, predicateType);
    let candidates = matching.slice(0, MAX_VERIFIED_CANDIDATES);
    if (candidates.length === 0) {
        const unreadable = peeked.flatMap(((statement, index) => (statement === undefined ? [index] : [])));
        if (bundles.length === 1 || unreadable.length === bundles.length) {
            // One bundle, or none with a statement to read: verify the first, so that what is wrong with it (a bad signature,
            // another artifact, no DSSE envelope) is what is reported, not that no statement lists the artifact.
            candidates = [0];
        }
        else if (covering.length === 0) {
            const lines = unreadable.map(((index) => bundles[index]?.line)).filter(((line) => line !== undefined));
            const without = unreadable.length === 0 ? '' : ` (${unreadable.length} of them hold no statement that can be read${lines.length === 0 ? '' : `: line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}`})`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject${without}`);
        }
        else {
            const types = [...new Set(covering.map(((index) => peeked[index]?.predicateType ?? '')))];
            const listed = `${types.slice(0, 5).map(((type) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(type))).join(', ')}${types.length > 5 ? ', …' : ''}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected an attestation with predicate type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(predicateType)}; the ${covering.length} attestation(s) in ${options.source} about the artifact have ${listed}`);
        }
    }
    let firstFailure;
    for (const index of candidates) {
        const bundle = bundles[index];
        try {
            // Refused before its signature is checked: only a DSSE statement is an attestation, and checking a message signature by digest would load the pre-hashed ECDSA verifier for nothing.
            const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .holdsMessageSignature */ .I)(bundle.json) ? undefined : (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBundle */ .p)(bundle.json, input, options.policy, options.trust);
            if (signature?.statement === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
            }
            if (signature.statement.predicateType !== predicateType) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(predicateType)}, found ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
            }
            const statement = signedStatement(bundle.json);
            const provenance = predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined;
            if (provenance !== undefined)
                refuseContradictedProvenance(provenance, signature.signer);
            return { signature, statement, provenance, bundleIndex: index, line: bundle.line };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G))
                throw error;
            firstFailure ??= bundles.length === 1 ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    // Past the bound, a bundle not tried might verify: the failure says so rather than only why the first one failed.
    if (matching.length > candidates.length && firstFailure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G(firstFailure.code, `${firstFailure.message}; ${matching.length - candidates.length} more attestation(s) about the artifact were not tried (the first ${candidates.length} are)`, {
            cause: firstFailure,
            hint: `${firstFailure.hint ?? ''}; a file with more than ${candidates.length} attestations about one artifact is not one a release writes: get the attestations from the release again`,
        });
    }
    throw firstFailure;
});var where = (function (source, bundle) {
    return bundle.line === undefined ? source : `${source}:${bundle.line}`;
});var text = (function (value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(value, MAX_FIELD);
});var field = (function (value, ...path) {
    let at = value;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at))
            return undefined;
        at = at[key];
    }
    return at;
});var repositoryKey = (function (url) {
    return (0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_4__/* .asciiLowerCase */ .r)(url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, ''));
});var refuseContradictedProvenance = (function (provenance, signer) {
    if (signer.kind !== 'certificate')
        return;
    const certified = signer.extensions;
    const contradictions = [];
    const compare = ((what, claimed, certifiedValue, same) => {
        if (claimed !== undefined && certifiedValue !== undefined && !same(claimed, certifiedValue))
            contradictions.push(`${what} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(claimed)}, where the certificate says ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(certifiedValue)}`);
    });
    compare('source repository', provenance.sourceRepository, certified.sourceRepositoryURI, ((a, b) => repositoryKey(a) === repositoryKey(b)));
    compare('source commit', provenance.sourceCommit, certified.sourceRepositoryDigest, ((a, b) => a.toLowerCase() === b.toLowerCase()));
    compare('trigger', provenance.trigger, certified.buildTrigger, ((a, b) => a === b));
    compare('runner environment', provenance.runnerEnvironment, certified.runnerEnvironment, ((a, b) => a === b));
    // The certificate's build configuration is https://HOST/OWNER/REPO/PATH@REF: the predicate's PATH@REF must be all after the repository
    // (a suffix let `release.yml@REF` stand for `.github/workflows/release.yml@REF`, printed as verified).
    compare('workflow', provenance.workflow, certified.buildConfigURI, ((a, b) => /^https:\/\/[^/]+\/[^/]+\/[^/]+\/(.+)$/.exec(b)?.[1] === a));
    // The builder and the run are printed as verified, and a policy engine reads them from --json: they must be the certificate's
    // Build Signer URI and Run Invocation URI, which GitHub's generator and trust-kit write there; or, for the builder, what
    // GitHub's earlier generator (@actions/attest 1, the slsa-framework build type) wrote: https://HOST/actions/runner/ENVIRONMENT,
    // naming the certificate's own host and runner environment.
    const earlierBuilder = ((signerURI) => (certified.runnerEnvironment === undefined || !URL.canParse(signerURI) ? undefined : `${new URL(signerURI).origin}/actions/runner/${certified.runnerEnvironment}`));
    compare('builder', provenance.builder, certified.buildSignerURI, ((a, b) => a === b || a === earlierBuilder(b)));
    compare('run', provenance.invocation, certified.runInvocationURI, ((a, b) => a === b));
    if (contradictions.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PROVENANCE_MISMATCH', `the SLSA provenance claims ${contradictions.join('; ')}`);
});var summarizeProvenance = (function (predicate) {
    const workflow = field(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    const dependencies = field(predicate, 'buildDefinition', 'resolvedDependencies');
    const source = Array.isArray(dependencies) ? dependencies[0] : undefined;
    const sourceUri = text(field(source, 'uri'));
    const path = text(field(workflow, 'path'));
    const ref = text(field(workflow, 'ref'));
    // The dependency's ref may hold an @ of its own (git+https://github.com/o/r@refs/tags/pkg@1.2.3): the repository ends where the ref starts.
    const sourceUrl = sourceUri?.replace(/^git\+/, '');
    const refAt = sourceUrl === undefined ? -1 : (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowRefAt */ .Sc)(sourceUrl);
    const summary = {
        builder: text(field(predicate, 'runDetails', 'builder', 'id')),
        buildType: text(field(predicate, 'buildDefinition', 'buildType')),
        sourceRepository: text(field(workflow, 'repository')) ?? (sourceUrl === undefined || refAt === -1 ? sourceUrl : sourceUrl.slice(0, refAt)),
        sourceCommit: text(field(source, 'digest', 'gitCommit')) ?? text(field(source, 'digest', 'sha1')),
        workflow: path === undefined ? undefined : `${path}${ref === undefined ? '' : `@${ref}`}`,
        trigger: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'event_name')),
        runnerEnvironment: text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
        invocation: text(field(predicate, 'runDetails', 'metadata', 'invocationId')),
    };
    return Object.fromEntries(Object.entries(summary).filter((([, value]) => value !== undefined)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: (() => (/* binding */ attestationPolicy)),
/* harmony export */   jk: (() => (/* binding */ namedBySha384Alone)),
/* harmony export */   oe: (() => (/* binding */ verifyAttestation)),
/* harmony export */   qP: (() => (/* binding */ trustDeciding))
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, summarizeProvenance */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _core_ascii_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63712);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17776);





/** The predicate type of SLSA provenance v1, what `gh attestation verify` asks for unless told otherwise. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const EXTENSION_CODES = {
    sourceRepositoryURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryOwnerURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH',
    sourceRepositoryRef: 'VERIFY_POLICY_SOURCE_MISMATCH',
    sourceRepositoryDigest: 'VERIFY_POLICY_SOURCE_MISMATCH',
    runnerEnvironment: 'VERIFY_POLICY_SELF_HOSTED_RUNNER',
};
/**
 * A verification policy for attestations: the certificate must also name the source ref, the
 * commit and a GitHub-hosted runner when asked, and each kind of mismatch is reported with its
 * own code (the signer workflow, the repository, the source, a self-hosted runner), as `gh
 * attestation verify` tells them apart. A key policy is returned as it is: a key carries no
 * such claims.
 */

/**
 * At most this many bundles about the artifact with the predicate type are verified, in file order:
 * each costs signature, chain and log checks, and a file of thousands claiming the artifact and all
 * failing would otherwise cost that many; a real file holds one or a few per artifact.
 */
const MAX_VERIFIED_CANDIDATES = 1000;
/** The statement a DSSE bundle carries, read without verifying anything (to pick a bundle); undefined when unreadable. */

/** Whether a subject of the bundles' statements is named by a SHA-384 digest and neither a SHA-256 nor a SHA-512 one. */

/** Whether a subject names the artifact: some digest by a shared algorithm, and every shared one equal. */

/** The statement of a bundle that verified: its payload is the bytes the signature covers. */

/** What the bundles claim, unverified: their statements, those listing the artifact, and those of them with the predicate type. */

/**
 * The bundle whose certificate decides which instance's trusted root to load when none is given:
 * the first that claims to be the attestation asked for (a file of GitHub's attestations may
 * hold a release attestation signed by GitHub's instance beside provenance signed by public-good).
 */

/**
 * Verifies an attestation for an artifact: of the file's bundles (one, or a JSONL file's lines),
 * those whose statement lists the artifact and has the predicate type are verified in order until
 * one passes (its signature, certificate chain, log entries or timestamps, and the policy). Refuses
 * with VERIFY_SUBJECT_MISMATCH when no statement lists the artifact, VERIFY_PREDICATE_TYPE_MISMATCH
 * when those that do have another predicate type, and otherwise the first bundle's failure.
 */


/** The longest value a summary repeats: a predicate is the signer's to fill, and ends up on a terminal. */
const MAX_FIELD = 1024;
/** A printable string field of a predicate (control characters become a space: in a signed field they could rewrite the terminal), at most {@link MAX_FIELD} characters of it; undefined when absent. */


/** A repository URL compared as GitHub compares names: without `git+`, `.git` or a trailing slash, ASCII case folded. */

/**
 * Refuses SLSA provenance whose own claims contradict its signing certificate: Fulcio wrote the
 * source repository, commit, workflow, trigger and runner environment into the certificate from
 * the OIDC token GitHub issued for the run, while the predicate is whatever the signer put in it.
 * Printed under "Verified OK", a predicate naming another repository, commit or a GitHub-hosted
 * runner for a self-hosted build would be believed. Only claims both make are compared.
 */

/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */



/***/ })

};
