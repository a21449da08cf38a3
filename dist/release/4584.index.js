export const id = 4584;
export const ids = [4584];
export const modules = {

/***/ 24584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ir: () => (/* reexport */ names/* RELEASE_POLICY_FILE */.Ir),
  dj: () => (/* binding */ canonicalJson),
  sD: () => (/* binding */ readReleasePolicy),
  yv: () => (/* binding */ releasePolicyJson),
  VA: () => (/* binding */ verifyRelease)
});

// UNUSED EXPORTS: RELEASE_ATTESTATION_FILE, RELEASE_DOWNLOAD_LIMITS, RELEASE_POLICY_VERSION, downloadRelease, parseReleasePolicy, pinShippedPolicy, policyRootFiles, readReleaseDirectory, readTrustedRoots, withTrustedRoot

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/digest.js
var core_digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/core/json.js
var json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/core/pattern.js
var core_pattern = __webpack_require__(29325);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/core/suggest.js
/** Longer words are no typo of a command or flag name: they get no suggestion, and cost no time. */
const MAX_WORD = 64;
/** How many names a suggestion lists at most: every command a bare `verify` may mean. */
const MAX_SUGGESTIONS = 5;
/** Edits (insertions, deletions, substitutions, swaps of two neighbours) from `a` to `b`: the optimal string alignment distance. */
function editDistance(a, b) {
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, (before[j - 2] ?? 0) + 1);
            current.push(best);
        }
        before = previous;
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * The names a mistyped `word` most likely meant, closest first: a name a typo or two away
 * (`ouptut`: output), a name it begins (`algo`: algorithm; `sign`: sign-blob, sign-image), or a
 * name it begins with and adds to (`output-file`: output).
 */
function suggestions(word, names) {
    if (word.length === 0 || word.length > MAX_WORD)
        return [];
    const allowed = Math.max(1, Math.floor(word.length / 4));
    return names
        .map((name) => {
        const distance = editDistance(word, name);
        const related = distance <= allowed || (word.length >= 3 && name.startsWith(word)) || word.startsWith(`${name}-`);
        return { name, distance, related };
    })
        .filter((candidate) => candidate.related)
        .sort((a, b) => a.distance - b.distance)
        .slice(0, MAX_SUGGESTIONS)
        .map((candidate) => candidate.name);
}
/** `did you mean A? `, `did you mean A or B? `, or nothing: the start of a hint. */
function didYouMean(names) {
    if (names.length === 0)
        return '';
    const last = names[names.length - 1] ?? '';
    return `did you mean ${names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`}? `;
}

// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/sigstore/verify/attestation.js
var attestation = __webpack_require__(44444);
// EXTERNAL MODULE: ./lib/checksums/index.js + 3 modules
var checksums = __webpack_require__(9396);
;// CONCATENATED MODULE: ./lib/checksums/second-download.js
/** A browser's name for a second download of a file: ` (1)` (Chrome, Edge) or `(1)` (Firefox) before the extension. */
const SECOND_DOWNLOAD = /^(.+?) ?\(\d{1,3}\)(\.[^()]*)?$/;
/**
 * The name in `missing` that `name` is a browser's second-download name of (`app (1).tgz` for
 * `app.tgz`), else undefined: a listed file the user has under a name no check looks for.
 */
function secondDownloadOf(name, missing) {
    const match = SECOND_DOWNLOAD.exec(name);
    const listed = match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`;
    return listed !== undefined && missing.has(listed) ? listed : undefined;
}

// EXTERNAL MODULE: ./lib/sigstore/verify/files.js + 1 modules
var verify_files = __webpack_require__(52710);
// EXTERNAL MODULE: ./lib/sigstore/verify/index.js
var verify = __webpack_require__(54418);
// EXTERNAL MODULE: ./lib/core/workflow-ref.js
var workflow_ref = __webpack_require__(9966);
// EXTERNAL MODULE: ./lib/sigstore/verify/release.js
var release = __webpack_require__(22695);
// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(10132);
// EXTERNAL MODULE: ./lib/instructions/verify.js
var instructions_verify = __webpack_require__(40592);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
// EXTERNAL MODULE: ./lib/release/publish.js
var publish = __webpack_require__(7310);
;// CONCATENATED MODULE: ./lib/release/verify-release.js






















/** The file GitHub's release attestation bundle is saved as beside the assets (`gh release verify TAG --format json --jq .attestation.bundle`). */
const RELEASE_ATTESTATION_FILE = 'release-attestation.sigstore.json';
/** The version of the offline verification policy file this code reads. */
const RELEASE_POLICY_VERSION = 1;

function invalid(source, what) {
    return new errors/* TrustKitError */.T0('RELEASE_POLICY_INVALID', `the verification policy ${source} ${what}`, {
        hint: `a policy is JSON: {"version": ${RELEASE_POLICY_VERSION}, "trustedRoots": ["trusted_root.json"], "certificateIdentity" or "certificateIdentityRegExp", "issuer", "sourceRepository": "owner/name", "refPattern", "requiredPredicateTypes": [...]}`,
    });
}
/** Every key a policy of this version may hold (`about` is the note a shipped policy carries for its readers). */
const POLICY_KEYS = ['version', 'about', 'trustedRoots', 'certificateIdentity', 'certificateIdentityRegExp', 'issuer', 'sourceRepository', 'refPattern', 'requiredPredicateTypes', 'githubTrustedRoot', 'requireGitHubReleaseAttestation'];
function invalidKey(source, key) {
    const meant = suggestions(key, POLICY_KEYS);
    const caseOnly = POLICY_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
    return new errors/* TrustKitError */.T0('RELEASE_POLICY_INVALID', `the verification policy ${source} has the key ${(0,quote/* quoted */.TL)(key, 80)}, which a version ${RELEASE_POLICY_VERSION} policy does not hold: it would check nothing`, {
        hint: `${didYouMean(caseOnly === undefined ? meant : [caseOnly])}a policy's keys are ${POLICY_KEYS.join(', ')}`,
    });
}
function stringField(record, key, source) {
    const value = record[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value === '' || value.length > 4096)
        throw invalid(source, `has a "${key}" that is not a non-empty string of at most 4096 characters`);
    return value;
}
async function patternField(record, key, source) {
    const pattern = stringField(record, key, source);
    if (pattern === undefined)
        return undefined;
    await (0,core_pattern/* loadPatternEngine */.J)();
    const compiled = (0,core_pattern/* compileUserPattern */.b)(pattern);
    if ('problem' in compiled)
        throw invalid(source, `has a "${key}" that is not a regular expression (RE2 syntax): ${(0,quote/* boundedText */.LD)(compiled.problem)}`);
    return compiled;
}
/**
 * Reads an offline verification policy (JSON, at most 64 KiB) whose trusted root paths are
 * relative to the policy file. Every field is checked and a wrong one named; an identity is
 * required (exact, or a regular expression anchored at both ends).
 */
async function parseReleasePolicy(text, source, policyDir) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw invalid(source, `is not JSON: ${(0,json/* jsonSyntaxProblem */.F1)(text, error)}`);
    }
    // JSON.parse keeps the last of two equal keys: a policy read two ways would trust another signer in another reader.
    const fault = (0,json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw invalid(source, (0,json/* describeJsonFault */.at)(fault));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw invalid(source, 'is not a JSON object');
    const record = parsed;
    // A misspelt key read as absent would drop the check it asks for, and the release would pass without it.
    for (const key of Object.keys(record)) {
        if (!POLICY_KEYS.includes(key))
            throw invalidKey(source, key);
    }
    if (record.version !== RELEASE_POLICY_VERSION)
        throw invalid(source, `has version ${(0,quote/* quoted */.TL)(record.version ?? null)}; this trust-kit reads version ${RELEASE_POLICY_VERSION}`);
    const roots = record.trustedRoots;
    // A NUL names no file: the file system call would throw an uncoded error.
    if (!Array.isArray(roots) || roots.length === 0 || roots.length > 16 || !roots.every((root) => typeof root === 'string' && root !== '' && !root.includes('\0')))
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
    if (!Array.isArray(types) || types.length > 32 || !types.every((type) => typeof type === 'string' && type !== ''))
        throw invalid(source, 'has "requiredPredicateTypes" that are not a list of up to 32 URIs');
    const identityMatcher = identity === undefined ? await (0,verify/* userMatcher */.sL)(identityPattern) : (0,verify/* exactly */.pV)(identity);
    if ('problem' in identityMatcher)
        throw invalid(source, `has a "certificateIdentityRegExp" that is not a regular expression (RE2 syntax): ${(0,quote/* boundedText */.LD)(identityMatcher.problem)}`);
    const githubRoot = stringField(record, 'githubTrustedRoot', source);
    if (githubRoot?.includes('\0') === true)
        throw invalid(source, 'has a "githubTrustedRoot" that is no file name (it holds a NUL)');
    const requireRelease = record.requireGitHubReleaseAttestation ?? false;
    if (typeof requireRelease !== 'boolean')
        throw invalid(source, 'has a "requireGitHubReleaseAttestation" that is not true or false');
    if (requireRelease && githubRoot === undefined)
        throw invalid(source, 'requires GitHub\'s release attestation but names no "githubTrustedRoot" to verify it with');
    return {
        githubTrustedRoot: githubRoot === undefined ? undefined : (0,external_node_path_.resolve)(policyDir, githubRoot),
        requireGitHubReleaseAttestation: requireRelease,
        repository,
        trustedRoots: roots.map((root) => (0,external_node_path_.resolve)(policyDir, root)),
        certificate: {
            kind: 'certificate',
            identity: identityMatcher,
            issuer: (0,verify/* exactly */.pV)(issuer),
            extensions: repository === undefined ? {} : { sourceRepositoryURI: `https://github.com/${repository}` },
            extensionsIgnoringCase: ['sourceRepositoryURI'],
            // As --expect-repo's own check says it (exit 8): a certificate of another repository than the policy's is that, whichever check finds it.
            mismatchCodes: { extensions: { sourceRepositoryURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH' } },
        },
        refPattern: await patternField(record, 'refPattern', source),
        requiredPredicateTypes: types,
    };
}
/** What a shipped policy can and cannot promise, in the file itself: it travels with the release it describes. */
const SHIPPED_POLICY_NOTE = 'This policy came with the release it describes: it states what to expect, it is not a reason to trust. Compare certificateIdentity, issuer and sourceRepository with what you expect before using it, or write your own.';
/** Sorts object keys at every level, so the same facts always give the same bytes. */
function sortedKeys(value) {
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, entry]) => [key, sortedKeys(entry)]));
}
/** JSON with its keys sorted at every level: deterministic bytes for files a release publishes and signs. */
function canonicalJson(value, indent) {
    return JSON.stringify(sortedKeys(value), null, indent);
}
/** The policy file a release publishes for its own signer (keys sorted, predicate types sorted), which `parseReleasePolicy` reads back. */
function releasePolicyJson(facts) {
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
}
/** A predicate type for a message: the signer chose it. */
function shownType(value) {
    return typeof value === 'string' ? (0,quote/* quoted */.TL)(value) : 'missing';
}
function signerOf(signature) {
    return signature.signer.kind === 'certificate' ? signature.signer.subjectAlternativeName : `key ${signature.signer.source}`;
}
function checkRef(policy, signature, what) {
    if (policy.refPattern === undefined)
        return;
    const ref = signature.signer.kind === 'certificate' ? signature.signer.extensions.sourceRepositoryRef : undefined;
    if (ref === undefined || !policy.refPattern.test(ref)) {
        throw new verify/* VerifyError */.Gz('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${ref === undefined ? 'no source ref' : (0,quote/* quoted */.TL)(ref)}, which the policy's refPattern does not match`);
    }
}
/**
 * Holds the checksums file's signer to `--tag` and `--commit` when no GitHub release attestation
 * ties the files to them: its certificate's source ref must be the tag's and its source digest the
 * commit. Without this, they were checked against nothing, and an older signed release of the same
 * repository passed for the tag asked for. A release signed with a key, or from another ref than
 * the tag (a branch, tagged at publishing), carries nothing that names the tag: refused, with the
 * way to check it (GitHub's release attestation) rather than passed unchecked.
 */
function checkSource(signature, expected, what) {
    const extensions = signature.signer.kind === 'certificate' ? signature.signer.extensions : undefined;
    const hint = `these files are not the release you asked for, or nothing in them names it: without ${RELEASE_ATTESTATION_FILE} (GitHub's release attestation, \`gh release verify TAG --format json --jq .attestation.bundle\`), --tag and --commit are checked against the signer's certificate`;
    if (expected.tag !== undefined) {
        const ref = extensions?.sourceRepositoryRef;
        if (ref !== `refs/tags/${expected.tag}`) {
            throw new verify/* VerifyError */.Gz('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${ref === undefined ? (extensions === undefined ? 'no source ref (it was signed with a key)' : 'no source ref') : (0,quote/* quoted */.TL)(ref)}, not from ${(0,quote/* quoted */.TL)(`refs/tags/${expected.tag}`)} (--tag)`, { hint });
        }
    }
    if (expected.commit !== undefined) {
        const digest = extensions?.sourceRepositoryDigest;
        if (digest?.toLowerCase() !== expected.commit.toLowerCase()) {
            throw new verify/* VerifyError */.Gz('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${digest === undefined ? 'no source commit' : `the commit ${(0,quote/* quoted */.TL)(digest)}`}, not ${(0,quote/* quoted */.TL)(expected.commit)} (--commit)`, { hint });
        }
    }
}
const NAMED_ROOT_HINT = 'the policy names trusted root files relative to the policy file: check "trustedRoots" and "githubTrustedRoot", and that the files are there';
/**
 * Reads a file a policy stands on (the policy, a trusted root it names). One that cannot be opened
 * is a fault of the policy or of the path given, so it is named as RELEASE_POLICY_INVALID with what
 * to do, not left to surface as a bare system error.
 */
async function readPolicyInput(path, what, maxBytes, hint, code = 'RELEASE_POLICY_INVALID') {
    try {
        return await (0,files/* readRegularFile */.XF)(path, { maxBytes, what });
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new errors/* TrustKitError */.T0(code, `cannot read the ${what} ${path}: ${(0,errors/* systemErrorCode */.vq)(error) ?? String(error)}`, { cause: error, hint });
    }
}
/** The hint for a trusted root given with --trusted-root that cannot be read: the policy, which names none then, is not at fault. */
const GIVEN_ROOT_HINT = 'put the trusted root there that --trusted-root names: the one you got from the Sigstore deployment\'s operator, or `gh attestation trusted-root` for the public instances (VERIFY.md says which), in trust-kit-roots/ beside the files';
async function readTrustedRoot(path, given = false) {
    const bytes = given ? await readPolicyInput(path, 'trusted root (--trusted-root)', files/* INPUT_LIMITS */.Ef.trustedRoot, GIVEN_ROOT_HINT, 'SIGSTORE_INPUT_UNREADABLE') : await readPolicyInput(path, 'trusted root', files/* INPUT_LIMITS */.Ef.trustedRoot, NAMED_ROOT_HINT);
    return (0,trust/* loadTrustMaterial */.ak)(bytes.toString('utf8'), path);
}
/**
 * Reads and parses trusted root files (JSON, or gh's JSONL) ahead of {@link verifyRelease}, which
 * then uses them: verify-release reads those its policy stands on before it downloads anything, so
 * a root that is missing or holds no trusted root fails before any request, not after gigabytes.
 * `given` is the one the user named with --trusted-root, if any: one missing is told as that flag's.
 */
async function readTrustedRoots(paths, given) {
    return new Map(await Promise.all([...new Set(paths)].map(async (path) => [path, await readTrustedRoot(path, path === given)])));
}
/** The trusted root files verifying a release under `policy` reads whatever the release holds: GitHub's only when the policy requires GitHub's release attestation. */
function policyRootFiles(policy) {
    return [...policy.trustedRoots, ...(policy.requireGitHubReleaseAttestation && policy.githubTrustedRoot !== undefined ? [policy.githubTrustedRoot] : [])];
}
async function loadRoots(policy, preread) {
    // Each file is read on its own (a pretty-printed trusted_root.json beside a JSONL of several), then their roots are trusted together.
    const loaded = await Promise.all(policy.trustedRoots.map(async (path) => preread?.get(path) ?? readTrustedRoot(path)));
    return new trust/* TrustMaterial */.GG(loaded.flatMap((material) => material.roots));
}
/** The statement's predicate type and subjects, read to pick bundles (the signature is verified before anything counts). */
function peek(bundle) {
    const payload = bundle.json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        const subjects = Array.isArray(statement.subject)
            ? statement.subject.flatMap((subject) => {
                if (typeof subject?.name !== 'string')
                    return [];
                // The algorithms a checksums file can list (a sha512 release's subjects name files by SHA-512 alone).
                const digest = Object.fromEntries(['sha256', 'sha512'].flatMap((algorithm) => (typeof subject.digest?.[algorithm] === 'string' ? [[algorithm, subject.digest[algorithm].toLowerCase()]] : [])));
                return Object.keys(digest).length === 0 ? [] : [{ name: subject.name, digest }];
            })
            : [];
        return typeof statement.predicateType === 'string' ? { predicateType: statement.predicateType, subjects } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The files a release carries unsigned by design: VERIFY.md is written after signing (it names the
 * signature's bundle). A directory beside the assets (VERIFY.md's trusted roots, the verifier's
 * checkout) is never an asset, and is not looked at.
 */
const UNSIGNED_BY_DESIGN = new Set([names/* INSTRUCTIONS_FILE */.f4]);
/** The checksums files a release may carry, one per algorithm (see `checksumsFileName`). */
const RELEASE_CHECKSUMS_FILES = ['SHA256SUMS', 'SHA512SUMS'];
/**
 * The digests of each file that matched the signed checksums file, by its listed name: the listed
 * one, and the SHA-256 that attestations and GitHub's release attestation need (for another
 * algorithm, each file is read again for both; one that no longer has the listed digest, changed
 * since it was checked, fails).
 */
async function listedDigests(dir, results) {
    const digests = new Map();
    for (const { entry } of results) {
        const hex = entry.hex.toLowerCase();
        if (entry.algorithm === 'sha256') {
            digests.set(entry.name, { sha256: hex });
            continue;
        }
        const { digest } = await (0,core_digest/* hashFile */.DC)((0,external_node_path_.join)(dir, entry.name), ['sha256', entry.algorithm], { what: 'release file', shown: entry.name });
        if (digest[entry.algorithm] !== hex) {
            throw new verify/* VerifyError */.Gz('VERIFY_ARTIFACT_MISMATCH', `${(0,quote/* boundedText */.LD)((0,checksums.reportedName)(entry.name))} changed while it was read: it no longer has the digest it was checked against`, { hint: 'download the release again into a directory nothing else writes to' });
        }
        digests.set(entry.name, { sha256: digest.sha256 ?? '', [entry.algorithm]: hex });
    }
    return digests;
}
/** The entries of a downloaded release's directory; RELEASE_DIR_UNREADABLE when it is none (missing, a file, unreadable). */
async function readReleaseDirectory(dir) {
    try {
        return await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* TrustKitError */.T0('RELEASE_DIR_UNREADABLE', `cannot read the release directory ${dir}: ${(0,errors/* systemErrorCode */.vq)(error) ?? String(error)}`, { cause: error, hint: 'give the directory the release assets were downloaded to (`gh release download TAG -D DIR`)' });
    }
}
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
async function verifyRelease(options) {
    const { dir, policy } = options;
    const trust = await loadRoots(policy, options.roots);
    const entries = await readReleaseDirectory(dir);
    const present = new Set(entries.map((entry) => entry.name));
    // A release's checksums file is named by its algorithm (`algorithm: sha512` makes SHA512SUMS); the first one signed is the release's.
    const checksumsName = RELEASE_CHECKSUMS_FILES.find((name) => present.has(name) && present.has(`${name}.sigstore.json`));
    if (checksumsName === undefined) {
        const wanted = new Set(RELEASE_CHECKSUMS_FILES.flatMap((name) => [name, `${name}.sigstore.json`]).filter((name) => !present.has(name)));
        const renamed = entries.flatMap((entry) => {
            const listed = secondDownloadOf(entry.name, wanted);
            return listed === undefined ? [] : [`${(0,quote/* quoted */.TL)(entry.name)} looks like a second download of ${listed}: rename it to ${listed}`];
        });
        throw new errors/* TrustKitError */.T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no signed checksums file (${RELEASE_CHECKSUMS_FILES.map((name) => `${name} and ${name}.sigstore.json`).join(', or ')})`, { hint: renamed.length > 0 ? renamed.slice(0, 2).join('; ') : 'download every asset of the release into the directory' });
    }
    const checksumsPath = (0,external_node_path_.join)(dir, checksumsName);
    const signed = await (0,verify_files/* verifyChecksumsSignature */.mn)({ checksumsPath, bundleJson: await (0,verify_files/* readBundleFile */.zi)(`${checksumsPath}.sigstore.json`, dir), policy: policy.certificate, trust, cwd: dir, bundleShown: `${checksumsPath}.sigstore.json` });
    checkRef(policy, signed.signature, checksumsName);
    // GitHub's release attestation, when the release carries it, ties the files to the tag and the commit itself (below).
    if (!present.has(RELEASE_ATTESTATION_FILE))
        checkSource(signed.signature, { tag: options.tag, commit: options.commit }, checksumsName);
    const results = [];
    // Listed files that are not there, bounded: a file the browser renamed is named as such.
    const missingNames = new Set();
    const onIgnored = (entry) => void (missingNames.size < 10_000 && missingNames.add(entry.name.replace(/^\.\//, '')));
    const { counts } = await (0,verify_files/* checkVerifiedChecksums */.tm)(signed, { files: [], base: dir, cwd: dir, onResult: (result) => void results.push(result), onIgnored });
    if (results.length === 0) {
        // Missing files are skipped (a partial download), but with all of them missing nothing was verified: as verify-checksums, refuse rather than report success.
        throw new errors/* TrustKitError */.T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds none of the ${counts.ignored} files ${checksumsName} lists, so no file was verified`, { hint: `download the release's assets into the directory beside ${checksumsName}` });
    }
    // A release downloaded whole lacks what it does not hold: a listed file missing there is the published release's gap, not a partial download's.
    if (options.complete === true && missingNames.size > 0) {
        const missing = [...missingNames].sort();
        throw new errors/* TrustKitError */.T0('VERIFY_RELEASE_INCOMPLETE', `the release holds every asset downloaded, but not ${missing.length} file(s) its signed ${checksumsName} lists: ${missing.slice(0, 5).map((name) => (0,quote/* boundedText */.LD)(name)).join(', ')}${missing.length > 5 ? ', ...' : ''}`, {
            hint: 'the published release lacks files it was signed with (deleted since, or never uploaded): tell its maintainers; the files it holds can be checked with verify-release DIR after `gh release download`',
        });
    }
    const verified = { signature: signed.signature, sha256: signed.sha256, results };
    const failed = verified.results.filter((result) => result.status !== 'ok');
    if (failed.length > 0) {
        throw new verify/* VerifyError */.Gz('VERIFY_ARTIFACT_MISMATCH', `${failed.length} file(s) do not match the signed ${checksumsName}: ${failed.slice(0, 5).map((result) => `${(0,quote/* boundedText */.LD)((0,checksums.reportedName)(result.entry.name))} (${result.status})`).join(', ')}`);
    }
    const listed = await listedDigests(dir, verified.results);
    const attestations = new Map();
    if (present.has('attestations.intoto.jsonl')) {
        const source = (0,external_node_path_.join)(dir, 'attestations.intoto.jsonl');
        const bundles = await (0,verify_files/* readAttestationBundles */.aZ)(source, dir);
        const certificate = (0,attestation/* attestationPolicy */.NR)(policy.certificate, { predicateType: '' }, 'explicit');
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
                const shared = ['sha256', 'sha512'].filter((algorithm) => digests?.[algorithm] !== undefined && subject.digest[algorithm] !== undefined);
                if (digests === undefined || shared.length === 0)
                    continue;
                if (shared.some((algorithm) => digests[algorithm] !== subject.digest[algorithm])) {
                    throw new verify/* VerifyError */.Gz('VERIFY_SUBJECT_MISMATCH', `attestations.intoto.jsonl holds an attestation (${(0,quote/* boundedText */.LD)(claimed.predicateType)}) naming ${(0,quote/* boundedText */.LD)((0,checksums.reportedName)(subject.name))} with another digest than the signed ${checksumsName}`, {
                        hint: `it is another release's, or was changed: download attestations.intoto.jsonl again from the release ${checksumsName} came with`,
                    });
                }
                if (!signedStatement) {
                    const result = (0,attestation/* verifyAttestation */.oe)({ bundles: [bundle], artifact: digests, policy: certificate, trust, predicateType: claimed.predicateType, source });
                    checkRef(policy, result.signature, `the ${(0,quote/* boundedText */.LD)(claimed.predicateType)} attestation`);
                    signedStatement = true;
                }
                const files = attestations.get(claimed.predicateType) ?? new Set();
                files.add(subject.name);
                attestations.set(claimed.predicateType, files);
            }
            // A turn of the event loop between bundles: SIGINT and SIGTERM end a long verification there.
            await (0,external_node_timers_promises_.setImmediate)();
        }
    }
    const missing = policy.requiredPredicateTypes.filter((type) => !attestations.has(type));
    if (missing.length > 0) {
        throw new errors/* TrustKitError */.T0('VERIFY_RELEASE_INCOMPLETE', `the release carries no verified attestation of the required type${missing.length === 1 ? '' : 's'} ${missing.map((type) => (0,quote/* quoted */.TL)(type)).join(', ')}`, { hint: 'download attestations.intoto.jsonl with the other assets; a release without it does not meet the policy' });
    }
    const githubRelease = present.has(RELEASE_ATTESTATION_FILE) ? await verifyGitHubRelease(dir, policy, new Map([...[...listed].map(([name, digests]) => [name, digests.sha256]), [checksumsName, verified.sha256]]), { tag: options.tag, commit: options.commit, repository: options.repository ?? policy.repository }, options.roots) : undefined;
    if (githubRelease === undefined && policy.requireGitHubReleaseAttestation) {
        throw new errors/* TrustKitError */.T0('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no ${RELEASE_ATTESTATION_FILE}, which the policy requires`, { hint: `save it with \`gh release verify TAG --format json --jq .attestation.bundle > ${RELEASE_ATTESTATION_FILE}\`` });
    }
    const read = new Set([checksumsName, `${checksumsName}.sigstore.json`, 'attestations.intoto.jsonl', ...(githubRelease === undefined ? [] : [RELEASE_ATTESTATION_FILE])]);
    const listedNames = [...listed.keys()];
    // A directory none of whose files is listed (`bin/` beside the assets) is named too, but those VERIFY.md's commands make.
    const unlistedDirectory = (name) => !instructions_verify/* DOWNLOAD_DIRECTORIES */.fZ.includes(name) && !listedNames.some((listedName) => listedName.startsWith(`${name}/`) || listedName.startsWith(`./${name}/`));
    const notVerified = entries
        .flatMap((entry) => (entry.isDirectory() ? (unlistedDirectory(entry.name) ? [`${entry.name}/`] : []) : !listed.has(entry.name) && !listed.has(`./${entry.name}`) && !read.has(entry.name) ? [entry.name] : []))
        .sort();
    // Said apart, once: named among the files nothing verified in every run, they would teach users to skip that line.
    const unsigned = notVerified.filter((name) => UNSIGNED_BY_DESIGN.has(name));
    const unlisted = notVerified.filter((name) => !UNSIGNED_BY_DESIGN.has(name));
    return {
        checksums: { file: checksumsName, signer: signerOf(verified.signature), verifiedFiles: verified.results.length },
        attestations: [...attestations].map(([predicateType, files]) => ({ predicateType, files: [...files].sort() })),
        githubRelease,
        unlisted,
        unsigned,
        missing: [...missingNames].sort(),
        secondDownloads: unlisted.flatMap((file) => {
            const listed = secondDownloadOf(file, missingNames);
            return listed === undefined ? [] : [{ file, listed }];
        }).slice(0, 5),
    };
}
/**
 * Verifies GitHub's release attestation saved in the directory against the policy's GitHub
 * trusted root, and checks that it lists every verified file (SHA256SUMS and the files it lists)
 * with the same digest, and names `tag` when one is given; a v0.2 statement must also name the
 * policy's repository (its purl too) and, when one is given, the commit.
 */
async function verifyGitHubRelease(dir, policy, files, expected, preread) {
    if (policy.githubTrustedRoot === undefined) {
        throw new errors/* TrustKitError */.T0('RELEASE_POLICY_INVALID', `${dir} holds ${RELEASE_ATTESTATION_FILE}, but the policy names no "githubTrustedRoot" to verify it with`, { hint: 'add GitHub\'s trusted root (`gh attestation trusted-root`) to the policy, or remove the file' });
    }
    const trust = preread?.get(policy.githubTrustedRoot) ?? (await readTrustedRoot(policy.githubTrustedRoot));
    const bundle = await (0,verify_files/* readBundleFile */.zi)((0,external_node_path_.join)(dir, RELEASE_ATTESTATION_FILE), dir);
    const [first] = files.values();
    const statement = (0,release/* verifyGitHubReleaseAttestation */.YG)(bundle, first ?? '', trust);
    // Checked by what its predicate type says: a statement of another type would be read as v0.1, by its tag alone.
    if (statement.predicateType !== release/* RELEASE_PREDICATE_V02 */.pp && statement.predicateType !== release/* RELEASE_PREDICATE_V01 */.wI) {
        throw new verify/* VerifyError */.Gz('VERIFY_PREDICATE_TYPE_MISMATCH', `GitHub's release attestation has the predicate type ${shownType(statement.predicateType)}, not ${release/* RELEASE_PREDICATE_V02 */.pp} or ${release/* RELEASE_PREDICATE_V01 */.wI}`, { hint: `save GitHub's release attestation of the release as ${RELEASE_ATTESTATION_FILE} (\`gh release verify TAG --format json --jq .attestation.bundle\`)` });
    }
    if (expected.commit !== undefined && statement.predicateType !== release/* RELEASE_PREDICATE_V02 */.pp) {
        throw new verify/* VerifyError */.Gz('VERIFY_POLICY_SOURCE_MISMATCH', `GitHub's release attestation is a ${release/* RELEASE_PREDICATE_V01 */.wI} statement, which names no commit: --commit ${(0,quote/* boundedText */.LD)(expected.commit, 64)} cannot be checked against it`, { hint: 'drop --commit for a release attested with predicate v0.1, or save its v0.2 attestation' });
    }
    const subjects = new Map();
    for (const subject of Array.isArray(statement.subject) ? statement.subject : []) {
        const { name, digest } = (subject ?? {});
        if (typeof name === 'string' && typeof digest?.sha256 === 'string')
            subjects.set(name, digest.sha256.toLowerCase());
    }
    const missing = [...files].filter(([name, hex]) => subjects.get(name) !== hex).map(([name]) => name);
    if (missing.length > 0) {
        throw new verify/* VerifyError */.Gz('VERIFY_SUBJECT_MISMATCH', `GitHub's release attestation does not list ${missing.slice(0, 5).map((name) => (0,quote/* quoted */.TL)(name)).join(', ')}${missing.length > 5 ? ', …' : ''} with the verified digest`, { hint: 'these files are not the ones GitHub recorded when the release was published: download them again' });
    }
    const problems = (0,release/* releaseStatementProblems */.td)(statement, expected);
    if (problems.length > 0) {
        throw new verify/* VerifyError */.Gz('VERIFY_POLICY_SOURCE_MISMATCH', `GitHub's release attestation is not for this release: ${problems.slice(0, 5).join('; ')}`, { hint: 'these files come from another release, repository or commit than the one you expect: check --tag, --commit and the policy\'s sourceRepository' });
    }
    const statedTag = typeof statement.predicate?.tag === 'string' ? statement.predicate.tag : '';
    return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', tag: statedTag, assets: subjects.size };
}
/** Reads and parses the policy file at `path`; `missingHint` says what to do when it cannot be read. */
async function readReleasePolicy(path, missingHint) {
    const text = (await readPolicyInput(path, 'verification policy', 64 * 1024, missingHint)).toString('utf8');
    return parseReleasePolicy(text, path, (0,external_node_path_.dirname)(path));
}
/** The bounds a release download keeps unless told otherwise: 1000 assets, 2 GiB each, 8 GiB in all. */
const RELEASE_DOWNLOAD_LIMITS = { maxAssets: 1000, maxAssetBytes: 2 * 1024 ** 3, maxTotalBytes: 8 * 1024 ** 3 };
/** The empty file a download puts in its directory while it fills it, so that another run never fills it too. */
const DOWNLOAD_CLAIM = '.trust-kit-downloading';
function downloadRefused(message, hint) {
    return new TrustKitError('RELEASE_DOWNLOAD_REFUSED', message, { hint });
}
function anotherRunsDownload(dir) {
    return downloadRefused(`the download directory ${dir} is being filled by another verify-release, or was by one killed part way (${join(dir, DOWNLOAD_CLAIM)})`, 'give each run a --download-dir of its own; if no verify-release runs, remove the directory (a killed run leaves what it downloaded there too)');
}
function unmadeDownloadDir(dir, error) {
    return new TrustKitError('RELEASE_DIR_UNREADABLE', `cannot make the download directory ${dir}: ${systemErrorCode(error) ?? String(error)}`, { cause: error, hint: 'give a --download-dir trust-kit can write' });
}
/** Refuses a download directory whose listing is `entries` unless it is empty: files already there would be verified as the release's. */
function refuseFilled(dir, entries) {
    if (entries.includes(DOWNLOAD_CLAIM))
        throw anotherRunsDownload(dir);
    if (entries.length > 0)
        throw downloadRefused(`the download directory ${dir} is not empty`, 'give an empty or new --download-dir: files already there would be verified as the release\'s (a run stopped part way leaves what it downloaded: remove the directory)');
}
/** The bundle GitHub answered, as JSON to save; one nested past what JSON.stringify can recurse through (no real bundle is) is refused, not a crash. */
function savedBundle(bundle, tag, repository) {
    try {
        return JSON.stringify(bundle);
    }
    catch (error) {
        throw new TrustKitError('RELEASE_DOWNLOAD_REFUSED', `GitHub's release attestation for ${tag} of ${repository} cannot be saved: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
            hint: 'the attestations API answered a bundle no Sigstore client writes; check the release with `gh release verify` and report it',
        });
    }
}
/**
 * Downloads the published release of `tag` through the GitHub API into `dir` (created; it must
 * hold nothing yet), as `verifyRelease` reads it: every uploaded asset under its name, each within
 * the limits and, where GitHub computed one, matching GitHub's digest. For an immutable release,
 * GitHub's release attestation from the attestations API (v0.2 before v0.1, the one naming the
 * tag and `repository`) is saved as {@link RELEASE_ATTESTATION_FILE}. Nothing here is trusted:
 * `verifyRelease` checks it all offline afterwards.
 */
async function downloadRelease(options) {
    const { releases, repository, tag, dir } = options;
    const limits = options.limits ?? RELEASE_DOWNLOAD_LIMITS;
    // Looked at before any request too (and again once claimed): a directory that cannot take the release is refused without asking GitHub for anything.
    refuseFilled(dir, await readdir(dir).catch((error) => {
        if (systemErrorCode(error) === 'ENOENT')
            return [];
        throw unmadeDownloadDir(dir, error);
    }));
    const release = await releases.findRelease(tag);
    if (release === undefined || release.draft) {
        throw new TrustKitError('RELEASE_NOT_FOUND', `${repository} has no published release for the tag ${quoted(tag)}`, { hint: 'check --repo and --tag (`gh release list --repo OWNER/REPO`); a draft is not a release to verify' });
    }
    const listed = (await releases.listAssets(release.id)).filter((asset) => asset.state === 'uploaded');
    if (listed.length > limits.maxAssets)
        throw downloadRefused(`release ${tag} of ${repository} has ${listed.length} assets, more than the ${limits.maxAssets} trust-kit downloads`, 'download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR');
    let total = 0;
    for (const asset of listed) {
        // Release assets are one flat list; a name that is a path, or that stands for GitHub's own attestation, is not written.
        if (!/^[^/\\\0]+$/.test(asset.name) || asset.name === '.' || asset.name === '..' || asset.name === RELEASE_ATTESTATION_FILE || asset.name === DOWNLOAD_CLAIM) {
            throw downloadRefused(`release ${tag} of ${repository} has an asset named ${quoted(asset.name)}, which is not a plain file name trust-kit can download it as`, 'download the assets yourself and verify the directory');
        }
        if (asset.size > limits.maxAssetBytes)
            throw downloadRefused(`the asset ${boundedText(asset.name)} of release ${tag} holds ${asset.size} bytes, more than the ${limits.maxAssetBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
        total += asset.size;
    }
    if (total > limits.maxTotalBytes)
        throw downloadRefused(`release ${tag} of ${repository} holds ${total} bytes of assets, more than the ${limits.maxTotalBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
    const claim = join(dir, DOWNLOAD_CLAIM);
    let unregister;
    try {
        await makeDirectories(dir);
        refuseFilled(dir, await readdir(dir));
        // Claimed before anything is written: two runs that both found it empty never fill it together.
        // Registered before it is made, so a SIGINT or SIGTERM while the run fills the directory removes it with the temporary files;
        // made synchronously, so that no signal handler runs while it is registered but may be another run's (EEXIST).
        unregister = removedOnSignal(claim);
        closeSync(openSync(claim, 'wx'));
    }
    catch (error) {
        // Not made, or another run's: this run's signal must not remove it.
        unregister?.();
        if (error instanceof TrustKitError)
            throw error;
        if (systemErrorCode(error) === 'EEXIST')
            throw anotherRunsDownload(dir);
        throw unmadeDownloadDir(dir, error);
    }
    try {
        return await downloadInto(dir, { releases, repository, tag }, release, listed);
    }
    finally {
        await rm(claim, { force: true });
        unregister();
    }
}
/** {@link downloadRelease}'s downloads into the directory it claimed. */
async function downloadInto(dir, { releases, repository, tag }, release, listed) {
    const digests = [];
    for (const asset of listed) {
        // Streamed to the file, never held whole: an asset may be gigabytes.
        const path = join(dir, asset.name);
        await releases.saveAsset(asset.id, path, asset.size);
        const digest = `sha256:${(await hashFile(path, ['sha256'])).digest.sha256 ?? ''}`;
        digests.push(digest);
        if (asset.digest !== undefined && asset.digest !== digest) {
            await rm(path, { force: true });
            throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `the asset ${boundedText(asset.name)} of release ${tag} downloaded with ${digest}, not the ${boundedText(asset.digest, 80)} GitHub lists for it`, { hint: 'download the release again' });
        }
    }
    let releaseAttestation;
    if (release.immutable) {
        // GitHub's release attestation lists every asset: any one's digest finds it.
        const anchorDigest = digests[0];
        if (anchorDigest === undefined)
            throw downloadRefused(`the immutable release ${tag} of ${repository} has no asset`, 'there is nothing to verify');
        for (const predicateType of [RELEASE_PREDICATE_V02, RELEASE_PREDICATE_V01]) {
            const bundles = await releases.listAttestations(anchorDigest, predicateType);
            const bundle = bundles.find((candidate) => releaseStatementProblems(statementOf(candidate), { repository, tag }).length === 0);
            if (bundle === undefined)
                continue;
            await writeFileAtomic(join(dir, RELEASE_ATTESTATION_FILE), `${savedBundle(bundle, tag, repository)}\n`);
            releaseAttestation = predicateType;
            break;
        }
    }
    return { dir, assets: listed.map((asset) => asset.name), immutable: release.immutable, releaseAttestation };
}
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
function pinShippedPolicy(policy, pins, source) {
    if (pins.repository === undefined && pins.signerWorkflow === undefined && (pins.identity === undefined || pins.issuer === undefined)) {
        throw new TrustKitError('CLI_USAGE', `${source} came with the release: it only says what to expect, so it is used with a pin of your own`, { hint: 'add --expect-repo OWNER/REPO and/or --signer-workflow OWNER/REPO/PATH (--certificate-identity ID with --certificate-oidc-issuer URL for a signer outside GitHub Actions), or give your own policy with --policy' });
    }
    if (pins.trustedRoot === undefined) {
        throw new TrustKitError('CLI_USAGE', `${source} came with the release, and so did the trusted roots it names: whoever could replace the release could replace them with a CA that certifies any identity and repository, so they are not used`, { hint: `give your own, kept outside the release directory, with --trusted-root FILE (\`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl\`, then --trusted-root trust-kit-roots/trusted_root.jsonl), or your own policy with --policy` });
    }
    if (pins.repository !== undefined && policy.repository?.toLowerCase() !== pins.repository.toLowerCase()) {
        throw new VerifyError('VERIFY_POLICY_REPOSITORY_MISMATCH', `${source} names the source repository ${policy.repository === undefined ? '(none)' : quoted(policy.repository)}, not ${quoted(pins.repository)} (--expect-repo)`, { hint: 'this release was not built from the repository you expect: do not use it' });
    }
    if (pins.signerWorkflow !== undefined) {
        const workflow = pins.signerWorkflow.replace(/^github\.com\//, '');
        const identity = policy.certificate.identity;
        // With a ref after the workflow file (`release.yml@refs/tags/v1`, a monorepo's `release.yml@refs/tags/pkg@1.2.3`), that ref exactly, as verify-checksums --signer-workflow takes it; without, any ref.
        const refAt = workflowRefAt(workflow);
        const pinsRef = refAt !== -1 && /\.ya?ml$/.test(workflow.slice(0, refAt));
        // Without one, all after the file's `@` must be a ref: `release.yml@evil.yml@refs/heads/x` is another file, whose name begins as the pinned one's.
        const prefix = `https://github.com/${workflow}@`;
        const sameWorkflow = identity.kind === 'exact' && (pinsRef ? identity.value === `https://github.com/${workflow}` : identity.value.startsWith(prefix) && isWorkflowRef(identity.value.slice(prefix.length)));
        if (!sameWorkflow) {
            throw new VerifyError('VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH', `${source} names the signer ${describeMatcher(identity).slice(0, 300)}, not the workflow ${workflow} (--signer-workflow)`, { hint: 'this release was signed by another workflow than the one you expect: do not use it' });
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
        throw new VerifyError('VERIFY_POLICY_IDENTITY_MISMATCH', `${source} names the signer ${describeMatcher(policy.certificate.identity).slice(0, 300)}, not ${quoted(pins.identity)} (--certificate-identity)`, { hint: 'this release was signed by someone else than the signer you expect: do not use it' });
    }
    if (pins.issuer !== undefined && (issuer.kind !== 'exact' || issuer.value !== pins.issuer)) {
        throw new VerifyError('VERIFY_POLICY_ISSUER_MISMATCH', `${source} names the OIDC issuer ${describeMatcher(issuer).slice(0, 300)}, not ${quoted(pins.issuer)} (--certificate-oidc-issuer)`, { hint: 'this release was signed through another identity provider than the one you expect: do not use it' });
    }
    // Other CI issuers fill the source repository extension from claims their users set (a pipeline pointed at any public repository).
    if ((pins.repository !== undefined || pins.signerWorkflow !== undefined) && (issuer.kind !== 'exact' || issuer.value !== GITHUB_ACTIONS_ISSUER)) {
        throw new VerifyError('VERIFY_POLICY_ISSUER_MISMATCH', `${source} names the OIDC issuer ${describeMatcher(issuer).slice(0, 300)}, not GitHub Actions' ${GITHUB_ACTIONS_ISSUER}, which --expect-repo and --signer-workflow stand for`, { hint: 'this release was not signed in GitHub Actions: do not use it, or write your own policy' });
    }
    return withTrustedRoot(policy, pins.trustedRoot);
}
/** A policy verified against the user's trusted root (JSON or gh's JSONL, absolute), for the signer and for GitHub's release attestation alike, instead of the roots it names. */
function withTrustedRoot(policy, trustedRoot) {
    return { ...policy, trustedRoots: [trustedRoot], githubTrustedRoot: policy.githubTrustedRoot === undefined ? undefined : trustedRoot };
}


/***/ }),

/***/ 44444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ attestationPolicy),
/* harmony export */   jk: () => (/* binding */ namedBySha384Alone),
/* harmony export */   oe: () => (/* binding */ verifyAttestation)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, trustDeciding, summarizeProvenance */
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
function attestationPolicy(policy, requirements, origin) {
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
}
/**
 * At most this many bundles about the artifact with the predicate type are verified, in file order:
 * each costs signature, chain and log checks, and a file of thousands claiming the artifact and all
 * failing would otherwise cost that many; a real file holds one or a few per artifact.
 */
const MAX_VERIFIED_CANDIDATES = 1000;
/** The statement a DSSE bundle carries, read without verifying anything (to pick a bundle); undefined when unreadable. */
function peekStatement(json) {
    const payload = json?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            return undefined;
        const subjects = statement.subject.map((subject) => ({ digest: typeof subject === 'object' && subject !== null && typeof subject.digest === 'object' ? (subject.digest ?? {}) : {} }));
        return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', subjects };
    }
    catch {
        return undefined;
    }
}
/** Whether a subject of the bundles' statements is named by a SHA-384 digest and neither a SHA-256 nor a SHA-512 one. */
function namedBySha384Alone(bundles) {
    return bundles.some((bundle) => peekStatement(bundle.json)?.subjects.some(({ digest }) => typeof digest.sha384 === 'string' && typeof digest.sha256 !== 'string' && typeof digest.sha512 !== 'string') === true);
}
/** Whether a subject names the artifact: some digest by a shared algorithm, and every shared one equal. */
function names(subject, digests) {
    const shared = Object.keys(digests).filter((algorithm) => typeof subject.digest[algorithm] === 'string');
    return shared.length > 0 && shared.every((algorithm) => subject.digest[algorithm].toLowerCase() === digests[algorithm]);
}
/** The statement of a bundle that verified: its payload is the bytes the signature covers. */
function signedStatement(json) {
    const payload = json.dsseEnvelope.payload;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return statement;
}
/** What the bundles claim, unverified: their statements, those listing the artifact, and those of them with the predicate type. */
function survey(bundles, artifact, predicateType) {
    const peeked = bundles.map((bundle) => peekStatement(bundle.json));
    const covering = bundles.flatMap((bundle, index) => (peeked[index]?.subjects.some((subject) => names(subject, artifact)) === true ? [index] : []));
    return { peeked, covering, matching: covering.filter((index) => peeked[index]?.predicateType === predicateType) };
}
/**
 * The bundle whose certificate decides which instance's trusted root to load when none is given:
 * the first that claims to be the attestation asked for (a file of GitHub's attestations may
 * hold a release attestation signed by GitHub's instance beside provenance signed by public-good).
 */
function trustDeciding(bundles, artifact, predicateType) {
    return bundles[survey(bundles, artifact, predicateType).matching[0] ?? 0]?.json;
}
/**
 * Verifies an attestation for an artifact: of the file's bundles (one, or a JSONL file's lines),
 * those whose statement lists the artifact and has the predicate type are verified in order until
 * one passes (its signature, certificate chain, log entries or timestamps, and the policy). Refuses
 * with VERIFY_SUBJECT_MISMATCH when no statement lists the artifact, VERIFY_PREDICATE_TYPE_MISMATCH
 * when those that do have another predicate type, and otherwise the first bundle's failure.
 */
function verifyAttestation(options) {
    const { bundles, artifact, predicateType } = options;
    const input = { digest: { algorithm: 'sha256', hex: artifact.sha256 }, moreDigests: artifact };
    const { peeked, covering, matching } = survey(bundles, artifact, predicateType);
    let candidates = matching.slice(0, MAX_VERIFIED_CANDIDATES);
    if (candidates.length === 0) {
        const unreadable = peeked.flatMap((statement, index) => (statement === undefined ? [index] : []));
        if (bundles.length === 1 || unreadable.length === bundles.length) {
            // One bundle, or none with a statement to read: verify the first, so that what is wrong with it (a bad signature,
            // another artifact, no DSSE envelope) is what is reported, not that no statement lists the artifact.
            candidates = [0];
        }
        else if (covering.length === 0) {
            const lines = unreadable.map((index) => bundles[index]?.line).filter((line) => line !== undefined);
            const without = unreadable.length === 0 ? '' : ` (${unreadable.length} of them hold no statement that can be read${lines.length === 0 ? '' : `: line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}`})`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject${without}`);
        }
        else {
            const types = [...new Set(covering.map((index) => peeked[index]?.predicateType ?? ''))];
            const listed = `${types.slice(0, 5).map((type) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(type)).join(', ')}${types.length > 5 ? ', …' : ''}`;
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
}
function where(source, bundle) {
    return bundle.line === undefined ? source : `${source}:${bundle.line}`;
}
/** The longest value a summary repeats: a predicate is the signer's to fill, and ends up on a terminal. */
const MAX_FIELD = 1024;
/** A printable string field of a predicate (control characters become a space: in a signed field they could rewrite the terminal), at most {@link MAX_FIELD} characters of it; undefined when absent. */
function text(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(value, MAX_FIELD);
}
function field(value, ...path) {
    let at = value;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at))
            return undefined;
        at = at[key];
    }
    return at;
}
/** A repository URL compared as GitHub compares names: without `git+`, `.git` or a trailing slash, ASCII case folded. */
function repositoryKey(url) {
    return (0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_4__/* .asciiLowerCase */ .r)(url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, ''));
}
/**
 * Refuses SLSA provenance whose own claims contradict its signing certificate: Fulcio wrote the
 * source repository, commit, workflow, trigger and runner environment into the certificate from
 * the OIDC token GitHub issued for the run, while the predicate is whatever the signer put in it.
 * Printed under "Verified OK", a predicate naming another repository, commit or a GitHub-hosted
 * runner for a self-hosted build would be believed. Only claims both make are compared.
 */
function refuseContradictedProvenance(provenance, signer) {
    if (signer.kind !== 'certificate')
        return;
    const certified = signer.extensions;
    const contradictions = [];
    const compare = (what, claimed, certifiedValue, same) => {
        if (claimed !== undefined && certifiedValue !== undefined && !same(claimed, certifiedValue))
            contradictions.push(`${what} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(claimed)}, where the certificate says ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(certifiedValue)}`);
    };
    compare('source repository', provenance.sourceRepository, certified.sourceRepositoryURI, (a, b) => repositoryKey(a) === repositoryKey(b));
    compare('source commit', provenance.sourceCommit, certified.sourceRepositoryDigest, (a, b) => a.toLowerCase() === b.toLowerCase());
    compare('trigger', provenance.trigger, certified.buildTrigger, (a, b) => a === b);
    compare('runner environment', provenance.runnerEnvironment, certified.runnerEnvironment, (a, b) => a === b);
    // The certificate's build configuration is https://HOST/OWNER/REPO/PATH@REF: the predicate's PATH@REF must be all after the repository
    // (a suffix let `release.yml@REF` stand for `.github/workflows/release.yml@REF`, printed as verified).
    compare('workflow', provenance.workflow, certified.buildConfigURI, (a, b) => /^https:\/\/[^/]+\/[^/]+\/[^/]+\/(.+)$/.exec(b)?.[1] === a);
    // The builder and the run are printed as verified, and a policy engine reads them from --json: they must be the certificate's
    // Build Signer URI and Run Invocation URI, which GitHub's generator and trust-kit write there; or, for the builder, what
    // GitHub's earlier generator (@actions/attest 1, the slsa-framework build type) wrote: https://HOST/actions/runner/ENVIRONMENT,
    // naming the certificate's own host and runner environment.
    const earlierBuilder = (signerURI) => (certified.runnerEnvironment === undefined || !URL.canParse(signerURI) ? undefined : `${new URL(signerURI).origin}/actions/runner/${certified.runnerEnvironment}`);
    compare('builder', provenance.builder, certified.buildSignerURI, (a, b) => a === b || a === earlierBuilder(b));
    compare('run', provenance.invocation, certified.runInvocationURI, (a, b) => a === b);
    if (contradictions.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_PROVENANCE_MISMATCH', `the SLSA provenance claims ${contradictions.join('; ')}`);
}
/**
 * The key fields of a SLSA provenance v1 predicate: the builder, the source repository and commit
 * (the first resolved dependency, as GitHub's workflow build type lists it), the workflow file and
 * ref, the trigger and the runner environment. Fields the predicate does not state are left out.
 */
function summarizeProvenance(predicate) {
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
    return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined));
}


/***/ }),

/***/ 52710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sf: () => (/* binding */ artifactDigests),
  tm: () => (/* binding */ checkVerifiedChecksums),
  aZ: () => (/* binding */ readAttestationBundles),
  zi: () => (/* binding */ readBundleFile),
  oc: () => (/* binding */ verifyArtifact),
  mn: () => (/* binding */ verifyChecksumsSignature)
});

// UNUSED EXPORTS: WHOLE_READ_BYTES, certificateInstance, listedFilesUnreadable, misnamedFilesHint, resolvePolicy, resolveTrust, trustSourcesFrom, trustSourcesThrough, verifySignedChecksums

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/core/workflow-ref.js
var workflow_ref = __webpack_require__(9966);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/config/verify.js




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
function unheldRef(signerWorkflow) {
    // After the file's last `.yml@`: a ref may hold an `@` of its own (a monorepo tag, `pkg@1.2.3`).
    const match = /^.*\.ya?ml@(.+)$/.exec(signerWorkflow);
    if (match?.[1] === undefined || isWorkflowRef(match[1]))
        return undefined;
    return match[1];
}
/** What is wrong with a signer workflow whose ref {@link unheldRef} found, and how to write it. */
function unheldRefMessage(signerWorkflow, ref) {
    return `is ${quoted(signerWorkflow)}, whose ref ${quoted(ref)} no certificate holds: GitHub writes the workflow's ref in full, refs/tags/${ref} for a tag or refs/heads/${ref} for a branch, or the full commit SHA it was called at; give one of those, or leave out "@${ref}" to accept any ref`;
}
/**
 * Validates the verification inputs (`bundle`, the policy flags as cosign names them, `repo`,
 * `signer-workflow`, `trusted-root`, `key`, `insecure-ignore-tlog`), reporting every problem at once. A keyless policy
 * needs an identity and an issuer, each exact or regexp but not both, unless the GitHub
 * shortcuts imply them; `key` excludes identity flags.
 */
function verifyConfig(raw, nameOf) {
    const reader = new InputReader(raw, nameOf);
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
        reader.report('repo', `is ${quoted(repo)}; expected owner/name, e.g. octo-org/widget`);
    if (owner !== undefined && !OWNER.test(owner))
        reader.report('owner', `is ${quoted(owner)}; expected a user or organization name, e.g. octo-org`);
    if (owner !== undefined && repo !== undefined && repo.split('/')[0]?.toLowerCase() !== owner.toLowerCase())
        reader.report('owner', `is ${quoted(owner)}, but ${nameOf('repo')} ${repo} belongs to another owner`);
    if (sourceRef !== undefined && !SOURCE_REF.test(sourceRef))
        reader.report('source-ref', `is ${quoted(sourceRef)}; expected a full ref, e.g. refs/tags/v1.2.3 or refs/heads/main`);
    if (signerRepo !== undefined && !REPO.test(signerRepo))
        reader.report('signer-repo', `is ${quoted(signerRepo)}; expected owner/name, e.g. octo-org/shared-workflows`);
    if (signerRepo !== undefined && signerWorkflow !== undefined)
        reader.report('signer-repo', `cannot be combined with ${nameOf('signer-workflow')}: give the workflow, or only its repository`);
    if (signerWorkflow !== undefined && !SIGNER_WORKFLOW.test(signerWorkflow)) {
        reader.report('signer-workflow', `is ${quoted(signerWorkflow)}; expected [host/]owner/repo/path[@ref], e.g. octo-org/widget/.github/workflows/release.yml`);
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
        const given = (name) => reader.string(name) !== undefined || reader.string(`${name}-regexp`) !== undefined;
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
}
function readMatch(reader, name, nameOf) {
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
    const compiled = compileUserPattern(pattern);
    if ('problem' in compiled) {
        reader.report(`${name}-regexp`, verify_patternProblem(compiled.problem));
        return undefined;
    }
    return { kind: 'regexp', pattern, input: nameOf(`${name}-regexp`) };
}
/** How a pattern RE2 refuses is told, with RE2's own words. */
function verify_patternProblem(problem) {
    return `is not a valid regular expression (RE2 syntax, as cosign reads it): ${boundedText(problem)}`;
}
/**
 * Readies what a verify config's patterns are compiled with, when `raw` gives one (an input ending
 * in `-regexp`), before {@link verifyConfig} or {@link attestationVerifyConfig} reads it.
 */
async function loadPatternsOf(raw) {
    if (Object.entries(raw).some(([name, value]) => name.endsWith('-regexp') && value !== undefined && value !== ''))
        await loadPatternEngine();
}

// EXTERNAL MODULE: ./lib/core/digest.js
var core_digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/json.js
var core_json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/sigstore/verify/documents.js
var documents = __webpack_require__(30396);
// EXTERNAL MODULE: ./lib/sigstore/verify/errors.js
var verify_errors = __webpack_require__(5447);
// EXTERNAL MODULE: ./lib/sigstore/verify/key.js
var key = __webpack_require__(69085);
// EXTERNAL MODULE: ./lib/sigstore/verify/policy.js
var policy = __webpack_require__(91638);
// EXTERNAL MODULE: ./lib/sigstore/verify/certificate.js
var certificate = __webpack_require__(94661);
// EXTERNAL MODULE: ./lib/sigstore/verify/der.js
var der = __webpack_require__(83913);
// EXTERNAL MODULE: ./lib/sigstore/verify/prehashed.js
var prehashed = __webpack_require__(91966);
// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(10132);
// EXTERNAL MODULE: ./lib/sigstore/verify/verify.js + 2 modules
var verify = __webpack_require__(17776);
;// CONCATENATED MODULE: ./lib/sigstore/verify/files.js




















/**
 * Inputs of at most this size are read without the event loop: a verification waits for them
 * before anything else, and a read through the thread pool costs four round trips (about 0.3 ms
 * a file); larger ones (an artifact or checksums file read whole) keep the event loop free for a
 * signal to end the command.
 */
const SYNC_READ_BYTES = files/* INPUT_LIMITS */.Ef.bundle;
/** Reads `path` relative to `cwd`, a regular file of at most `maxBytes`, naming it in errors as the user wrote it. */
async function readInput(cwd, path, what, maxBytes) {
    const options = { maxBytes, what, shown: path };
    try {
        return maxBytes <= SYNC_READ_BYTES ? (0,files/* readRegularFileSync */.cG)((0,external_node_path_.resolve)(cwd, path), options) : await (0,files/* readRegularFile */.XF)((0,external_node_path_.resolve)(cwd, path), options);
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        const { why, hint } = (0,errors/* readFailure */.f1)(error, `the ${what}`);
        throw new verify_errors/* VerifyError */.G('SIGSTORE_INPUT_UNREADABLE', `cannot read ${what} ${(0,quote/* shownFile */.G)(path)}: ${why}`, { cause: error, hint });
    }
}
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
function readIfSmall(cwd, path, what) {
    try {
        return (0,files/* readRegularFileSync */.cG)((0,external_node_path_.resolve)(cwd, path), { maxBytes: WHOLE_READ_BYTES, what, shown: path });
    }
    catch {
        return undefined;
    }
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Reads a bundle file (relative to `cwd`) as JSON; a file that is not JSON, that repeats a key in
 * an object, or that is JSON but not a Sigstore bundle (its media type and shape), fails as an
 * invalid bundle naming the file, which verification later could not.
 */
async function readBundleFile(path, cwd) {
    const text = (await readInput(cwd, path, 'bundle', files/* INPUT_LIMITS */.Ef.bundle)).toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // One JSON document per line is an .intoto.jsonl: the attestation commands read those, this one takes a single bundle.
        const first = text.slice(0, Math.max(0, text.indexOf('\n')));
        const lines = first !== '' && text.slice(first.length).trim() !== '' && isJson(first);
        const hint = lines ? 'it holds one bundle per line (an .intoto.jsonl): verify-attestation reads such a file; here, give the one bundle (.sigstore.json)' : undefined;
        const line = (0,core_json/* jsonErrorLine */.DP)(text, error instanceof Error ? error.message : String(error));
        // Placed at its line, an action's failure is annotated there, as a checksums file's is.
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${(0,quote/* shownFile */.G)(path)} is not JSON: ${(0,core_json/* jsonSyntaxProblem */.F1)(text, error)}`, { cause: error, place: { file: path, ...(line === undefined ? {} : { line }) }, ...(hint === undefined ? {} : { hint }) });
    }
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${(0,quote/* shownFile */.G)(path)} ${(0,core_json/* describeJsonFault */.at)(fault)}`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
    return decodedAs(json, (0,quote/* shownFile */.G)(path));
}
/** A bundle's JSON, once its media type and shape are a Sigstore bundle's; refused naming where it was read (verification later cannot). */
function decodedAs(json, where) {
    try {
        (0,documents/* decodeBundle */.VH)(json);
    }
    catch (error) {
        if (!(error instanceof verify_errors/* VerifyError */.G))
            throw error;
        throw new verify_errors/* VerifyError */.G(error.code, `${where}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
    }
    return json;
}
/** A listed name as the file it names is looked up by: `.` segments and repeated slashes dropped (`./a`, `b//c`), a trailing slash kept (`a/` names no file). */
function spellingKey(name) {
    const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
    return `${name.startsWith('/') ? '/' : ''}${segments.join('/')}${name.endsWith('/') && segments.length > 0 ? '/' : ''}`;
}
/**
 * At most this many bundles are read from one `.intoto.jsonl` file: `attest --per-subject` writes
 * one per artifact (and no more than this in one run), so a release of a few thousand files makes a
 * file this reads whole (gh reads any number); the verification work stays bounded by the candidates
 * verifyAttestation tries.
 */
const MAX_ATTESTATION_BUNDLES = files/* INPUT_LIMITS */.Ef.attestationBundles;
/**
 * Reads an attestation file (relative to `cwd`): one bundle (`.sigstore.json`, any layout), or
 * one bundle per line (`.intoto.jsonl`, the layout of slsa-github-generator and GitHub's
 * attestation downloads; blank lines skipped). A line that is not a JSON object, or that repeats
 * a key, fails naming its line.
 */
async function readAttestationBundles(path, cwd) {
    // A file of bundles may be larger than one bundle: a per-subject attestation of 4,000 files is 35 MB.
    const bytes = await readInput(cwd, path, 'attestation bundle', files/* INPUT_LIMITS */.Ef.attestationLines);
    const text = bytes.toString('utf8');
    // `where` names the part; a line of JSON lines is numbered there already.
    const parse = (part, where, whole) => {
        let json;
        try {
            json = JSON.parse(part);
        }
        catch (error) {
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${where} is not JSON: ${(0,core_json/* jsonSyntaxProblem */.F1)(part, error, { withLine: whole })}`, { cause: error, hint: 'give a Sigstore bundle (.sigstore.json) or a file of one bundle per line (.intoto.jsonl)' });
        }
        const fault = (0,core_json/* jsonFault */.xC)(part);
        if (fault !== undefined)
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${where} ${(0,core_json/* describeJsonFault */.at)(fault, whole)}`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${where} is not a JSON object (a Sigstore bundle)`);
        return json;
    };
    // One past the most read is enough to refuse: a file of 16 million short lines is not split whole first (it cost 0.9 GB).
    const filled = filledLines(text, MAX_ATTESTATION_BUNDLES + 1);
    const first = filled[0];
    // JSON lines when the whole is not one JSON text but its first line is (a pretty-printed bundle spans many lines).
    const jsonl = filled.length > 1 && first !== undefined && !isJson(text) && isJson(first.text);
    // One bundle is the one verified: refused here, it is named. (Of JSON lines, only those about the artifact are verified, and named by their line.)
    if (!jsonl) {
        // A file of many bundles may be larger than one bundle may.
        if (bytes.length > files/* INPUT_LIMITS */.Ef.bundle)
            throw (0,files/* fileTooLarge */.ME)('bundle', path, bytes.length, files/* INPUT_LIMITS */.Ef.bundle);
        return [{ json: decodedAs(parse(text, (0,quote/* shownFile */.G)(path), true), (0,quote/* shownFile */.G)(path)), line: undefined }];
    }
    if (filled.length > MAX_ATTESTATION_BUNDLES)
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${(0,quote/* shownFile */.G)(path)} holds more than ${MAX_ATTESTATION_BUNDLES} bundles; at most ${MAX_ATTESTATION_BUNDLES} are read from one file`);
    return filled.map((line) => ({ json: parse(line.text, `${(0,quote/* shownFile */.G)(path)}:${line.number}`, false), line: line.number }));
}
/** The lines of `text` that hold more than white space, with their numbers (from 1), at most `most` of them. */
function filledLines(text, most) {
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
}
/**
 * The digests attestations about an artifact are compared by: for `sha256:<hex>` (or `sha512:`)
 * that digest, for a file its SHA-256 and SHA-512 in one streaming pass, and its SHA-384 too with
 * `sha384` (a subject named by SHA-384 alone, as cosign and in-toto allow: see namedBySha384Alone).
 */
async function artifactDigests(artifact, cwd, options = {}) {
    if (/^sha(256|512):/i.test(artifact)) {
        const { algorithm, hex } = (0,core_digest/* parseDigestReference */.Dn)(artifact);
        if (algorithm !== 'sha256')
            throw new verify_errors/* VerifyError */.G('SIGSTORE_INPUT_UNREADABLE', `attestations are looked up by SHA-256; give the artifact file or sha256:<hex>, not ${algorithm}:`, { hint: 'give the artifact file itself' });
        return { sha256: hex.toLowerCase() };
    }
    try {
        const { digest } = await (0,core_digest/* hashFile */.DC)((0,external_node_path_.resolve)(cwd, artifact), options.sha384 === true ? ['sha256', 'sha512', 'sha384'] : ['sha256', 'sha512'], { what: 'artifact', shown: artifact });
        return { sha256: digest.sha256 ?? '', ...(digest.sha512 === undefined ? {} : { sha512: digest.sha512 }), ...(digest.sha384 === undefined ? {} : { sha384: digest.sha384 }) };
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new verify_errors/* VerifyError */.G('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${(0,errors/* systemErrorCode */.vq)(error) ?? String(error)}`, { cause: error });
    }
}
/** The matcher of a config's value or pattern; a pattern RE2 refuses is a usage error naming its input. */
async function toMatcher(config) {
    if (config.kind === 'exact')
        return exactly(config.value);
    const matcher = await userMatcher(config.pattern);
    // The config reported it already; a library caller that skipped the config gets the same words.
    if ('problem' in matcher)
        throw new ConfigError([{ input: config.input, message: patternProblem(matcher.problem) }]);
    return matcher;
}
/** The verification policy a validated config describes; reads the public key file for key policies. */
async function resolvePolicy(config, cwd) {
    if (config.kind === 'key') {
        return loadPublicKey((await readInput(cwd, config.keyPath, 'public key', INPUT_LIMITS.publicKey)).toString('utf8'), config.keyPath, config.ignoreTlog ? 'ignored' : 'required');
    }
    const github = config.repo !== undefined || config.owner !== undefined || config.signerWorkflow !== undefined || config.signerRepo !== undefined
        ? githubPolicy({
            ...(config.repo === undefined ? {} : { repo: config.repo }),
            ...(config.owner === undefined ? {} : { owner: config.owner }),
            ...(config.signerWorkflow === undefined ? {} : { signerWorkflow: config.signerWorkflow }),
            ...(config.signerRepo === undefined ? {} : { signerRepo: config.signerRepo }),
        })
        : undefined;
    const identity = config.identity === undefined ? github?.identity : await toMatcher(config.identity);
    const issuer = config.issuer === undefined ? exactly(GITHUB_ACTIONS_ISSUER) : await toMatcher(config.issuer);
    // The configs refuse this first; a library caller that skips them made a usage mistake, not an unreadable input.
    if (identity === undefined)
        throw new ConfigError([{ input: 'certificate-identity', message: 'is required for keyless bundles (or repo, owner or signer-workflow, which imply one)' }]);
    const extensions = { ...github?.extensions, ...(config.sourceRef === undefined ? {} : { sourceRepositoryRef: config.sourceRef }) };
    return { kind: 'certificate', identity, issuer, extensions, ...(github?.extensionsIgnoringCase === undefined ? {} : { extensionsIgnoringCase: github.extensionsIgnoringCase }) };
}
/** Both instances' TUF repositories, reached through the runner's proxy settings. */
function trustSourcesThrough(proxy, logger) {
    const told = logger === undefined ? {} : { logger };
    return { publicGood: { proxy, ...told }, github: { proxy, ...told } };
}
/**
 * Both instances' TUF repositories through the proxy settings of `env`, read only when called:
 * for {@link resolveTrust}, which calls it only when it fetches, so that an offline verification
 * (`--trusted-root`) loads no proxy support (about 20 KiB of code on every start).
 */
function trustSourcesFrom(env, logger) {
    return async () => trustSourcesThrough((await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 16327))).proxySettingsFrom(env), logger);
}
/** The organization GitHub's Fulcio CA certificates name, as `gh attestation verify` tells its instance apart. */
const GITHUB_CA_ORGANIZATION = 'GitHub, Inc.';
/**
 * The Sigstore instance whose Fulcio issued a bundle's certificate: GitHub's when the issuer's first
 * organization is `GitHub, Inc.`, public-good otherwise. The name only picks which root to load; the
 * chain must still verify to that root, so a forged name gains nothing.
 */
function certificateInstance(bundleJson) {
    const certificate = bundleCertificate(bundleJson);
    return certificate !== undefined && organizationsOf(certificate.issuer)[0] === GITHUB_CA_ORGANIZATION ? 'github' : 'public-good';
}
/** A bundle's signing certificate, parsed; undefined when it holds none or an unreadable one (which verifyBundle reports with its code). */
function bundleCertificate(bundleJson) {
    const material = (bundleJson ?? {});
    const raw = material.verificationMaterial?.certificate?.rawBytes ?? material.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof raw !== 'string')
        return undefined;
    try {
        return certificate/* ParsedCertificate */.D.parse(Buffer.from(raw, 'base64'), 'the bundle\'s certificate');
    }
    catch {
        return undefined;
    }
}
/**
 * Whether the signature can be verified over a digest of the file, not its bytes: an ECDSA key's
 * can on P-256 and P-384 (the policy's key, or the certificate's), an Ed25519, RSA or P-521 key's
 * cannot (no pre-hashed verification), and such a file is read whole. Fulcio certifies RSA and Ed25519 keys too.
 */
function prehashable(bundleJson, policy) {
    const key = policy.kind === 'key' ? policy.publicKey : bundleCertificate(bundleJson)?.publicKey;
    // No readable certificate: verifyBundle refuses the bundle, whichever way the file is read.
    if (key === undefined)
        return true;
    return key.asymmetricKeyType === 'ec' && PREHASHED_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? '');
}
/** The curves {@link loadPrehashedVerifier} verifies a digest's signature on. */
const PREHASHED_CURVES = new Set(['prime256v1', 'secp384r1']);
/**
 * The trust material a config names: the `--trusted-root` file (JSON or JSONL); else, for keyless
 * bundles, the root of the instance that issued the bundle's certificate (see
 * {@link certificateInstance}) through its TUF repository, found through `sources` (given, or
 * asked for only then), which for a key-signed bundle is public-good's, to verify its log entry;
 * a key policy told to ignore the log needs none.
 */
async function resolveTrust(config, cwd, bundleJson, sources = {}) {
    if (config.trustedRoot !== undefined) {
        return loadTrustMaterial((await readInput(cwd, config.trustedRoot, 'trusted root', INPUT_LIMITS.trustedRoot)).toString('utf8'), config.trustedRoot);
    }
    // A key-signed bundle's log entry is verified against the public-good root, which cosign fetches through TUF too; told to ignore the log, it needs none.
    if (config.policy.kind === 'key' && config.policy.ignoreTlog)
        return undefined;
    const found = typeof sources === 'function' ? await sources() : sources;
    // Loaded only here: offline verification never fetches a trusted root.
    const { loadGitHubTrustMaterial, loadTrustMaterialFromTUF } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 42558));
    if (config.policy.kind !== 'key')
        return certificateInstance(bundleJson) === 'github' ? loadGitHubTrustMaterial(found.github) : loadTrustMaterialFromTUF(found.publicGood);
    try {
        return await loadTrustMaterialFromTUF(found.publicGood);
    }
    catch (error) {
        // Offline, a trusted root is one way out; for a bundle trust-kit signed with the key (offline, no log entry) it only leads to VERIFY_TLOG_MISSING.
        if (!isTrustKitError(error) || error.code !== 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE')
            throw error;
        throw new VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', error.message, {
            cause: error.cause,
            hint: `${error.hint ?? ''}; a bundle signed offline with the key, as trust-kit signs, has no log entry to verify: pass --insecure-ignore-tlog (input "insecure-ignore-tlog") for it instead`,
        });
    }
}
/**
 * Verifies a bundle for an artifact named by a path (streamed through the hash the bundle needs,
 * never held in memory) or by `sha256:<hex>`.
 */
async function verifyArtifact(bundleJson, artifact, policy, trust, cwd, bundleShown) {
    // A file named like a digest is given as ./SHA256:...
    const digest = (0,core_digest/* digestArgument */.er)(artifact);
    if (digest !== undefined)
        return (0,verify/* verifyBundle */.p)(bundleJson, { digest: (0,core_digest/* parseDigestReference */.Dn)(digest), ...(await prehashedFor(bundleJson)) }, policy, trust);
    return namingMismatch({ shown: artifact, bundleShown, crlf: false }, () => verifyArtifactFile(bundleJson, artifact, policy, trust, cwd));
}
/** {@link verifyArtifact} of a file. */
async function verifyArtifactFile(bundleJson, artifact, policy, trust, cwd) {
    const algorithms = digestsNeeded(bundleJson);
    // Read whole what a digest cannot verify: SHA-384 message digests (the streaming hasher has no SHA-384), and Ed25519 or RSA keys (no pre-hashed verification).
    if (algorithms === undefined || !prehashable(bundleJson, policy))
        return (0,verify/* verifyBundle */.p)(bundleJson, { bytes: await readInput(cwd, artifact, 'artifact', files/* INPUT_LIMITS */.Ef.artifactWhole) }, policy, trust);
    const small = readIfSmall(cwd, artifact, 'artifact');
    if (small !== undefined)
        return (0,verify/* verifyBundle */.p)(bundleJson, { bytes: small }, policy, trust);
    let digests;
    try {
        digests = (await (0,core_digest/* hashFile */.DC)((0,external_node_path_.resolve)(cwd, artifact), algorithms, { what: 'artifact', shown: artifact })).digest;
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new verify_errors/* VerifyError */.G('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${(0,errors/* systemErrorCode */.vq)(error) ?? String(error)}`, { cause: error });
    }
    const [algorithm, ...more] = algorithms;
    const moreDigests = Object.fromEntries(more.flatMap((name) => (digests[name] === undefined ? [] : [[name, digests[name]]])));
    return (0,verify/* verifyBundle */.p)(bundleJson, { digest: { algorithm, hex: digests[algorithm] ?? '' }, moreDigests, ...(await prehashedFor(bundleJson)) }, policy, trust);
}
/**
 * Runs a verification, naming the file and its bundle when the file is not the one the bundle
 * signs, and saying what to do: what consumers meet is a bundle of another release or file beside
 * it, or a file whose line endings changed on the way (`crlf`: it holds CR LF).
 */
async function namingMismatch(file, verify) {
    try {
        return await verify();
    }
    catch (error) {
        if (!(0,errors/* isTrustKitError */.Nf)(error) || error.code !== 'VERIFY_ARTIFACT_MISMATCH')
            throw error;
        const shown = (0,quote/* shownFile */.G)(file.shown);
        const crlf = typeof file.crlf === 'function' ? file.crlf() : file.crlf;
        const hint = crlf
            ? `do not trust ${shown} as it is: it has CR LF line endings, which change its bytes (a text-mode download, a checkout that converts line endings); download it again as published`
            : `do not trust ${shown}: it was altered, or the bundle is another file's (of another release, or another asset); download both again from the same release, as published`;
        throw new verify_errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `${shown} is not the file ${file.bundleShown === undefined ? 'its bundle' : (0,quote/* shownFile */.G)(file.bundleShown)} signs: ${error.message}`, { hint, cause: error });
    }
}
/** The verifier of signatures over a digest, loaded only for a bundle that holds a message signature (a DSSE bundle's signature is over its payload). */
async function prehashedFor(bundleJson) {
    return (0,verify/* holdsMessageSignature */.I)(bundleJson) ? { verifyPrehashed: await (0,prehashed/* loadPrehashedVerifier */.d)() } : {};
}
/**
 * The digests a bundle is checked by, in one pass over the artifact: the message digest's
 * algorithm, or for DSSE every algorithm its subjects list (sha256 first), since a subject matches
 * only when all its digests agree; undefined when one is an algorithm the streaming hasher lacks
 * (SHA-384), so that the artifact is read whole and hashed by it too.
 */
function digestsNeeded(bundleJson) {
    // Read before verifyBundle checks the bundle's shape: any member may be of any JSON type here.
    const json = (typeof bundleJson === 'object' ? (bundleJson ?? {}) : {});
    // A null member is absent, as the bundle's reader takes it (protobuf JSON).
    if (json.messageSignature !== undefined && json.messageSignature !== null) {
        const algorithm = json.messageSignature.messageDigest?.algorithm;
        return algorithm === 'SHA2_512' ? ['sha512'] : algorithm === 'SHA2_384' ? undefined : ['sha256'];
    }
    try {
        const statement = JSON.parse(Buffer.from(String(json.dsseEnvelope?.payload ?? ''), 'base64').toString('utf8'));
        if ((statement.subject ?? []).some((subject) => subject.digest?.sha384 !== undefined))
            return undefined;
        const listed = ['sha256', 'sha512'].filter((name) => (statement.subject ?? []).some((subject) => subject.digest?.[name] !== undefined));
        if (listed.length > 0)
            return listed;
    }
    catch {
        // verifyBundle reports the malformed payload with its code
    }
    return ['sha256'];
}
/** At most this many names of listed files that were not checked are kept: a release may list thousands. */
const NAMED_NOT_CHECKED = 5;
/**
 * Verifies a checksums file's bundle, streaming the file through the digests the bundle needs
 * (memory stays flat for a file of any length); it is read whole, up to
 * {@link INPUT_LIMITS.checksumsWhole}, only for keys that cannot verify a digest (Ed25519, RSA).
 */
async function verifyChecksumsSignature(options) {
    const path = (0,external_node_path_.resolve)(options.cwd, options.checksumsPath);
    const shown = options.checksumsPath;
    const algorithms = digestsNeeded(options.bundleJson);
    const wholeOnly = algorithms === undefined || !prehashable(options.bundleJson, options.policy);
    const small = wholeOnly ? undefined : readIfSmall(options.cwd, shown, 'checksums file');
    if (wholeOnly || small !== undefined) {
        const bytes = small ?? (await readInput(options.cwd, shown, 'checksums file', files/* INPUT_LIMITS */.Ef.checksumsWhole));
        const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf: () => bytes.includes('\r\n') }, () => Promise.resolve((0,verify/* verifyBundle */.p)(options.bundleJson, { bytes }, options.policy, options.trust)));
        return { signature, path, shown, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
    }
    const hashes = new Map([...new Set(['sha256', ...algorithms])].map((algorithm) => [algorithm, (0,external_node_crypto_.createHash)(algorithm)]));
    // Whether a line ends in CR LF, also across two chunks: only said when the digest is not the signed one.
    let crlf = false;
    let endsInCr = false;
    try {
        for await (const chunk of (0,files/* regularFileChunks */.hT)(path, { what: 'checksums file', shown })) {
            for (const hash of hashes.values())
                hash.update(chunk);
            crlf ||= chunk.includes('\r\n') || (endsInCr && chunk[0] === 0x0a);
            endsInCr = chunk.at(-1) === 0x0d;
        }
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new verify_errors/* VerifyError */.G('SIGSTORE_INPUT_UNREADABLE', `cannot read checksums file ${(0,quote/* shownFile */.G)(shown)}: ${(0,errors/* systemErrorCode */.vq)(error) ?? String(error)}`, { cause: error });
    }
    const digests = new Map([...hashes].map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
    const [algorithm, ...more] = algorithms;
    const moreDigests = Object.fromEntries(more.map((name) => [name, digests.get(name) ?? '']));
    const prehashed = await prehashedFor(options.bundleJson);
    const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf }, () => Promise.resolve((0,verify/* verifyBundle */.p)(options.bundleJson, { digest: { algorithm, hex: digests.get(algorithm) ?? '' }, moreDigests, ...prehashed }, options.policy, options.trust)));
    return { signature, path, shown, sha256: digests.get('sha256') ?? '' };
}
/**
 * SIGSTORE_INPUT_UNREADABLE for listed files this machine could not read (see unreadableHere),
 * when nothing else failed: `names` are the first few as the report names them, of `count`;
 * `reader` says whose permission to fix ("the user running trust-kit", "the job's user").
 */
function listedFilesUnreadable(checksums, count, names, reader) {
    const more = count > names.length ? `; and ${count - names.length} more` : '';
    return new VerifyError('SIGSTORE_INPUT_UNREADABLE', `${counted(count, 'file')} listed in the signed ${checksums} could not be read, so ${count === 1 ? 'it was' : 'they were'} not checked: ${names.join('; ')}${more}`, {
        hint: `make the files readable by ${reader} (or give the downloaded files, not directories), and run again`,
    });
}
/**
 * Checks artifacts against a checksums file whose signature verified, reading the file again as
 * a stream (memory independent of its length): the `files` given (each must be listed, by its
 * path relative to `base` or by its unique file name), or else every listed file present under
 * `base`. Results go to `onResult` as they come, and listed files not present (without `files`) to
 * `onIgnored`. The bytes read are digested again: a file
 * changed since its signature verified fails (VERIFY_ARTIFACT_MISMATCH), before any artifact
 * is hashed when files are named, and at the end (results already reported are void) otherwise.
 */
async function checkVerifiedChecksums(verified, options) {
    // Loaded here, not with this module: verify-blob, which imports it too, never checks a checksums file and
    // should not pay for loading the checksums library (and its glob matcher) on every run.
    const { checkChecksumsFile, checkNamedFiles, ChecksumsError, readChecksumEntries } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9396));
    const base = options.base === undefined ? (0,external_node_path_.dirname)(verified.path) : (0,external_node_path_.resolve)(options.cwd, options.base);
    const digest = (0,external_node_crypto_.createHash)('sha256');
    const reading = { shown: verified.shown, onChunk: (chunk) => void digest.update(chunk) };
    const unchanged = () => {
        if (digest.digest('hex') === verified.sha256)
            return;
        throw new verify_errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `${(0,quote/* shownFile */.G)(verified.shown)} changed while it was read: the lines checked are not the ones whose signature verified`, {
            hint: 'make sure nothing writes to the checksums file while it is verified, and run the verification again',
        });
    };
    if (options.files.length === 0) {
        const counts = await checkChecksumsFile(verified.path, { ...reading, base, ignoreMissing: true, onResult: options.onResult, ...(options.onIgnored === undefined ? {} : { onIgnored: options.onIgnored }) });
        unchanged();
        return { counts, unlisted: [] };
    }
    // Only the named files' candidates are kept while the file streams by. A named file is where the file system finds it: its
    // directory followed through links (`sub/../a` with `sub` a link is not `a`), its own name kept (a link named is listed by its name).
    // Synchronous: node:fs/promises, loaded with verify-blob, costs its start about 2 ms (test/sigstore/verify-imports).
    const realOf = (path) => {
        try {
            return external_node_fs_.realpathSync.native(path);
        }
        catch {
            return undefined;
        }
    };
    const realBase = realOf(base) ?? base;
    // Where the file system finds a path: its directory followed through links, its own name kept; `resolved` when that directory exists.
    const locate = (spelled) => {
        const directory = realOf((0,external_node_path_.dirname)(spelled));
        return directory === undefined ? { absolute: (0,external_node_path_.resolve)(spelled), resolved: false } : { absolute: (0,external_node_path_.join)(directory, (0,external_node_path_.basename)(spelled)), resolved: true };
    };
    const wanted = options.files.map((file) => {
        const { absolute, resolved } = locate((0,external_node_path_.isAbsolute)(file) ? file : `${options.cwd}${external_node_path_.sep}${file}`);
        return { file, absolute, name: (0,external_node_path_.relative)(resolved ? realBase : base, absolute).split(external_node_path_.sep).join('/'), exact: undefined, sameFile: undefined, byBaseName: undefined, sameBaseName: 0 };
    });
    const duplicate = (later, earlier) => {
        throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${(0,quote/* shownFile */.G)(verified.shown)}:${later.line}: ${(0,quote/* quoted */.TL)(later.name)} names the file line ${earlier.line} lists as ${(0,quote/* quoted */.TL)(earlier.name)}`, { hint: 'a checksums file must list each file once; regenerate it' });
    };
    const byName = new Map();
    const byBaseName = new Map();
    for (const want of wanted) {
        byName.set(want.name, [...(byName.get(want.name) ?? []), want]);
        byBaseName.set((0,external_node_path_.basename)(want.absolute), [...(byBaseName.get((0,external_node_path_.basename)(want.absolute)) ?? []), want]);
    }
    for await (const entry of readChecksumEntries(verified.path, reading)) {
        // `./a` and `a` name one file: a second line for it under another spelling is the duplicate it is.
        for (const want of byName.get(spellingKey(entry.name)) ?? []) {
            if (want.exact !== undefined) {
                throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${(0,quote/* shownFile */.G)(verified.shown)}:${entry.line}: ${(0,quote/* quoted */.TL)(entry.name)} is already listed on line ${want.exact.line}`, { hint: 'a checksums file must list each name once; regenerate it' });
            }
            want.exact = entry;
        }
        for (const want of byBaseName.get((0,external_node_path_.basename)(entry.name)) ?? []) {
            want.sameBaseName += 1;
            want.byBaseName ??= entry;
            // `sub/../a` or `/base/a` beside `a`: sha256sum -c checks the file once for each, and fails it on a second, other digest.
            // A listed name is found as a named file is: an absolute one, or one with `..`, may name it too.
            if (want.exact !== entry && locate((0,external_node_path_.isAbsolute)(entry.name) ? entry.name : `${base}${external_node_path_.sep}${entry.name}`).absolute === want.absolute) {
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
}
/**
 * The hint for named files that were not found where they were looked for (from the working
 * directory) but are under `base`: named as the checksums file lists them, relative to base. The
 * run said "missing" and "do not use these files" about files the user has.
 */
async function misnamedFilesHint(files, base, cwd, checksumsPath, said) {
    const baseDir = resolve(cwd, base ?? dirname(checksumsPath));
    // Loaded here, on a failure only: verify-blob, which imports this module, must not load node:fs/promises (see checkVerifiedChecksums).
    const { lstat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
    const exists = (path) => lstat(path).then(() => true, () => false);
    const misnamed = [];
    for (const file of files.slice(0, 20)) {
        const underBase = resolve(baseDir, file);
        if (underBase !== resolve(cwd, file) && !(await exists(resolve(cwd, file))) && (await exists(underBase)))
            misnamed.push(`${shownFile(file)} is ${shownFile(relative(cwd, underBase))}`);
    }
    if (misnamed.length === 0)
        return undefined;
    return `each file named is a path from ${said.origin}, not from ${said.base}: ${misnamed.join(', ')}; name ${misnamed.length === 1 ? 'it' : 'them'} so and run again`;
}
/**
 * Verifies a signed checksums file, then artifacts against it (see {@link verifyChecksumsSignature}
 * and {@link checkVerifiedChecksums}), collecting every result: for callers that report them all
 * at once.
 */
async function verifySignedChecksums(options) {
    const verified = await verifyChecksumsSignature(options);
    const results = [];
    const notChecked = { count: 0, names: [] };
    const onIgnored = (entry) => {
        notChecked.count += 1;
        if (notChecked.names.length < NAMED_NOT_CHECKED)
            notChecked.names.push(entry.name);
    };
    const { unlisted } = await checkVerifiedChecksums(verified, { ...options, onResult: (result) => void results.push(result), onIgnored });
    return { signature: verified.signature, results, unlisted, notChecked };
}


/***/ })

};
