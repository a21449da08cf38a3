export const id = 3149;
export const ids = [3149];
export const modules = {

/***/ 98114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ provenanceUnavailable),
/* harmony export */   y: () => (/* binding */ AttestError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A failure to build an attestation: bad subjects or a bad predicate, found before anything is signed. */
class AttestError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'AttestError';
    }
}
/**
 * The error for provenance asked for in a job without a token, saying why there is none as `why`
 * (the signing token's diagnosis: a fork's pull request, a request token removed, no permission)
 * does, with its hint; without it, that the job has no token endpoint.
 */
function provenanceUnavailable(why) {
    const reason = why === undefined ? 'this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)' : `there is none: ${why.message.replace(/^no OIDC identity token: /, '')}`;
    return new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `SLSA provenance needs the GitHub Actions job's OIDC token, and ${reason}`, {
        hint: why?.hint ?? 'attest provenance in a GitHub Actions job with `id-token: write` under `permissions:`; elsewhere attest an SBOM or a custom predicate',
    });
}


/***/ }),

/***/ 32985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   EI: () => (/* binding */ githubServerUrl)
/* harmony export */ });
/* unused harmony export visibilityOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);



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
/** The most bytes of an event payload read (GitHub caps a webhook's payload at 25 MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
/**
 * The server's URL: `https://github.com` unless GITHUB_SERVER_URL says (empty is unset). It must be
 * an http(s) origin without credentials or a path: the API's default URL, the kind of GitHub and
 * provenance's builder and repository URLs are built on it, and `https://github.com/evil-org/x`
 * would put another repository's name in them. One with credentials is not quoted.
 */
function githubServerUrl(value) {
    if (value === undefined || value === '')
        return 'https://github.com';
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        parsed = undefined;
    }
    if (parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.pathname === '/' && parsed.search === '' && parsed.hash === '')
        return parsed.origin;
    const shown = parsed !== undefined && (parsed.username !== '' || parsed.password !== '') ? '' : ` ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value, 200)}`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('GITHUB_SERVER_URL_INVALID', `GITHUB_SERVER_URL${shown} is not an http(s) URL of a GitHub server (a scheme and a host, no path or credentials)`, {
        hint: "leave GITHUB_SERVER_URL to the runner; outside Actions set it to your GitHub's address, e.g. https://github.com or https://ghe.example.com",
    });
}
/** Reads the run context from an environment (the entry point passes `process.env`). */
async function readRunContext(env) {
    const serverURL = githubServerUrl(env.GITHUB_SERVER_URL);
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath === undefined || eventPath === '')
        return { serverURL, payload: undefined, visibility: undefined };
    let payload;
    try {
        // A regular file of bounded size: a pipe would hang the run, /dev/zero fill the memory.
        payload = JSON.parse((await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)(eventPath, { maxBytes: MAX_EVENT_BYTES, what: 'event payload' })).toString('utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('GITHUB_EVENT_UNREADABLE', `cannot read the event payload ${eventPath}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`, {
            cause: error,
            hint: 'GITHUB_EVENT_PATH must name the JSON file the runner writes; unset it outside GitHub Actions',
        });
    }
    return { serverURL, payload, visibility: visibilityOf(payload) };
}


/***/ }),

/***/ 73149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jn: () => (/* reexport */ names/* ATTESTATIONS_FILE */.jn),
  bZ: () => (/* binding */ attestRelease),
  qR: () => (/* binding */ releaseAttestationTokens),
  gl: () => (/* binding */ releasePredicateTypes)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/attest/errors.js
var errors = __webpack_require__(98114);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/core/json.js
var json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/attest/statement.js



/** The `_type` of an in-toto Statement v1. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The most subjects one statement lists: GitHub's attestations API and actions/attest take 1,024. */
const MAX_SUBJECTS_PER_STATEMENT = 1024;
/** The largest predicate attested, as serialized JSON: GitHub's limit for predicates and SBOMs (16 MB). */
const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;
/**
 * The predicate's bytes times the statements it goes into, at most: a run holds every bundle until
 * its files are written together, and 60 statements of a 2 MB predicate took 1 GB of memory.
 */
const MAX_STATEMENTS_PREDICATE_BYTES = 64 * 1024 * 1024;
/** The bytes one subject adds to a statement's JSON: its object and the comma after it. */
function statement_subjectJsonBytes(subject) {
    return Buffer.byteLength(JSON.stringify(subject), 'utf8') + 1;
}
/**
 * The least an attestation file holds for statements of this many JSON bytes: each is base64-encoded
 * in its DSSE envelope (4 bytes for every 3), before any signature, certificate or log entry.
 */
function statement_leastAttestationFileBytes(statementBytes) {
    return Math.ceil(statementBytes / 3) * 4;
}
/** The message of ATTEST_TOO_MANY_SUBJECTS when the subjects' JSON alone makes the attestation file larger than its verifier reads. */
function statement_tooLargeForOneFile(what, leastBytes, maxFileBytes = files/* INPUT_LIMITS */.Ef.attestationLines) {
    return new errors/* AttestError */.y('ATTEST_TOO_MANY_SUBJECTS', `${what} make an attestation file of at least ${leastBytes} bytes, more than the ${maxFileBytes} bytes verify-attestation reads from one file; nothing was signed`, {
        hint: 'attest the subjects in several runs of fewer subjects (a checksums file for each), or give them shorter names',
    });
}
/** Whether a string is an absolute URI, as in-toto requires of predicate types: no white space and no control character (C0 or C1), which no URI holds. */
function statement_isPredicateTypeURI(value) {
    // eslint-disable-next-line no-control-regex -- the control characters are what is refused
    return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s\u0000-\u001f\u007f-\u009f]+$/.test(value) && value.length <= 1024;
}
/** Throws ATTEST_PREDICATE_TOO_LARGE when a predicate's serialized size passes the limit; `what` names it. */
function assertPredicateSize(bytes, what) {
    if (bytes > MAX_PREDICATE_BYTES) {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_TOO_LARGE', `${what} is ${bytes} bytes, more than the ${MAX_PREDICATE_BYTES} bytes (16 MB) a predicate may have; nothing was signed`, {
            hint: 'GitHub refuses larger attestations; attest a smaller document (e.g. an SBOM without file-level entries)',
        });
    }
}
/**
 * In-toto statements over subjects with one predicate: as few statements as the per-statement
 * subject cap allows (or one per subject), each listing its subjects in name order. The
 * predicate's serialized size is checked once, before any statement exists.
 */
function buildStatements(subjects, predicate, options = {}) {
    if (!statement_isPredicateTypeURI(predicate.predicateType)) {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_TYPE_INVALID', `the predicate type ${(0,quote/* quoted */.TL)(predicate.predicateType, 200)} is not an absolute URI`, {
            hint: 'predicate types are URIs such as https://slsa.dev/provenance/v1 or https://example.com/my-predicate/v1',
        });
    }
    const predicateBytes = Buffer.byteLength(JSON.stringify(predicate.predicate), 'utf8');
    assertPredicateSize(predicateBytes, `the ${predicate.predicateType} predicate`);
    if (subjects.length === 0)
        throw new errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'a statement needs at least one subject', { hint: 'name the artifacts to attest' });
    const size = options.perSubject === true ? 1 : Math.max(1, Math.min(options.maxSubjects ?? MAX_SUBJECTS_PER_STATEMENT, MAX_SUBJECTS_PER_STATEMENT));
    const count = Math.ceil(subjects.length / size);
    // One .intoto.jsonl of more statements than verify-attestation reads from a file would verify for none of its subjects.
    if (count > files/* INPUT_LIMITS */.Ef.attestationBundles) {
        throw new errors/* AttestError */.y('ATTEST_TOO_MANY_SUBJECTS', `${subjects.length} subjects make ${count} statements, more than the ${files/* INPUT_LIMITS */.Ef.attestationBundles} one attestation file may hold (verify-attestation reads no more from one file); nothing was signed`, {
            hint: 'attest the subjects together (without per-subject: 1,024 to a statement), or in several runs of fewer subjects',
        });
    }
    // Every statement carries the whole predicate, and a run holds each signed (several copies) until its files are written.
    if (count * predicateBytes > MAX_STATEMENTS_PREDICATE_BYTES) {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_TOO_LARGE', `the ${predicate.predicateType} predicate (${predicateBytes} bytes) in each of ${count} statements is more than the ${MAX_STATEMENTS_PREDICATE_BYTES} bytes (64 MiB) one run signs; nothing was signed`, {
            hint: options.perSubject === true ? 'attest the subjects together (without per-subject), or in several runs of fewer subjects' : 'attest fewer subjects in a run, or a smaller document',
        });
    }
    // Statements never signed into a file that verify-attestation would refuse to read (nor into a string too long to write).
    let subjectBytes = 0;
    for (const subject of subjects)
        subjectBytes += statement_subjectJsonBytes(subject);
    const leastBytes = statement_leastAttestationFileBytes(subjectBytes + count * predicateBytes);
    if (leastBytes > files/* INPUT_LIMITS */.Ef.attestationLines)
        throw statement_tooLargeForOneFile(`${subjects.length} subjects in ${count} statements`, leastBytes);
    const statements = [];
    for (let start = 0; start < subjects.length; start += size) {
        statements.push({
            _type: IN_TOTO_STATEMENT_V1,
            subject: subjects.slice(start, start + size).map((subject) => ({ name: subject.name, digest: { ...subject.digest } })),
            predicateType: predicate.predicateType,
            predicate: predicate.predicate,
        });
    }
    return statements;
}

;// CONCATENATED MODULE: ./lib/attest/predicates/custom.js



/** Any JSON object as a predicate of a type the user names (as `cosign attest-blob --type <URI>` takes it). */
function custom_customPredicate(document, predicateType) {
    if (!isPredicateTypeURI(predicateType)) {
        throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `the predicate type ${quoted(predicateType, 200)} is not an absolute URI`, {
            hint: 'name custom predicates by a URI you control, e.g. https://example.com/attestations/test-results/v1',
        });
    }
    return { predicateType, predicate: document };
}

;// CONCATENATED MODULE: ./lib/attest/predicates/cyclonedx/v1.js


/** The predicate type of a CycloneDX SBOM attestation (one URI for every 1.x specification version). */
const CYCLONEDX_BOM = 'https://cyclonedx.org/bom';
/** A CycloneDX 1.x JSON BOM as the predicate of an SBOM attestation; `name` identifies it in errors, `typed` says the user named the type (the hint may then say to change it). */
function v1_cyclonedxV1(document, name, typed = true) {
    if (document.bomFormat !== 'CycloneDX' || typeof document.specVersion !== 'string' || !/^1\.\d+$/.test(document.specVersion)) {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} is not a CycloneDX 1.x JSON BOM (bomFormat ${(0,quote/* quoted */.TL)(document.bomFormat ?? null)}, specVersion ${(0,quote/* quoted */.TL)(document.specVersion ?? null)})`, {
            hint: `attest the CycloneDX JSON trust-kit writes (\`trust-kit sbom --format cyclonedx-json\`)${typed ? ', or use --type spdx for an SPDX document' : ''}`,
        });
    }
    return { predicateType: CYCLONEDX_BOM, predicate: document };
}

;// CONCATENATED MODULE: ./lib/attest/predicates/spdx/v2.js


/** The predicate type of an SPDX 2.3 SBOM attestation, as GitHub and cosign name it. */
const SPDX_DOCUMENT_V2_3 = 'https://spdx.dev/Document/v2.3';
/**
 * An SPDX 2.x JSON document (2.2 or 2.3, the versions with a JSON format) as the predicate of an
 * SBOM attestation, typed `https://spdx.dev/Document/v<version>` as GitHub's actions/attest types
 * it, so that `gh attestation verify --predicate-type` finds it; `name` identifies it in errors;
 * `typed` when the user named the type (`--type spdx`), which the hint may then say to change.
 */
function v2_spdxV2(document, name, typed = true) {
    const version = typeof document.spdxVersion === 'string' ? /^SPDX-(2\.[23])$/.exec(document.spdxVersion)?.[1] : undefined;
    if (version === undefined || typeof document.SPDXID !== 'string') {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} is not an SPDX 2.2 or 2.3 JSON document (spdxVersion ${(0,quote/* quoted */.TL)(document.spdxVersion ?? null)})`, {
            // A document read as an SBOM of either kind (the attest action's sbom-path) said it is SPDX: no --type to change.
            hint: `attest the SPDX JSON trust-kit writes (\`trust-kit sbom --format spdx-json\`)${typed ? ', or use --type cyclonedx for a CycloneDX BOM' : ''}`,
        });
    }
    return { predicateType: `https://spdx.dev/Document/v${version}`, predicate: document };
}

;// CONCATENATED MODULE: ./lib/attest/predicates/slsa-provenance/v1.js
/** The predicate type of SLSA provenance v1. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The build type of GitHub Actions workflows, as GitHub's own provenance names it. */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * The workflow file's path: `workflow_ref` (`<owner>/<repo>/<path>@<ref>`) without the repository
 * and `@<ref>`, cut by the ref the token names rather than at an `@`, since the path and the ref may
 * each hold one (the build type says so). A workflow_ref not ending in that ref ends at its last `@`.
 */
function workflowPathOf(claims) {
    const rest = claims.workflow_ref.slice(claims.repository.length + 1);
    const suffix = `@${claims.ref}`;
    if (rest.endsWith(suffix))
        return rest.slice(0, -suffix.length);
    const at = rest.lastIndexOf('@');
    return at === -1 ? rest : rest.slice(0, at);
}
/**
 * SLSA provenance v1 for a GitHub Actions run, built only from verified token claims: the fields
 * of GitHub's own provenance (buildType, the workflow as external parameters, the event, ids and
 * runner environment as internal parameters, the commit as resolved dependency, the signing
 * workflow as builder, the run attempt as invocation), plus what GitHub's leaves out:
 * `workflow_dispatch` inputs and the runner environment beside the builder. No start or end time:
 * SLSA's are the build's, and the provenance is made within the run (after the build, before the run
 * ends), which knows neither; GitHub's provenance leaves them out too.
 */
function slsaProvenanceV1(claims, run) {
    const server = run.serverURL.replace(/\/+$/, '');
    const repositoryURL = `${server}/${claims.repository}`;
    const workflowPath = workflowPathOf(claims);
    const external = { workflow: { ref: claims.ref, repository: repositoryURL, path: workflowPath } };
    // workflow_dispatch inputs are strings, numbers and booleans; anything else in the payload is not an input.
    // Empty ones are left out, as the build type asks, so that a policy compares only what was chosen.
    const inputs = Object.entries(run.inputs ?? {}).filter(([, value]) => (typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean');
    if (claims.event_name === 'workflow_dispatch' && inputs.length > 0)
        external.inputs = Object.fromEntries(inputs);
    return {
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_WORKFLOW_BUILD_TYPE,
                externalParameters: external,
                internalParameters: {
                    github: {
                        event_name: claims.event_name,
                        repository_id: claims.repository_id,
                        repository_owner_id: claims.repository_owner_id,
                        runner_environment: claims.runner_environment,
                    },
                },
                resolvedDependencies: [{ uri: `git+${repositoryURL}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
            },
            runDetails: {
                builder: { id: `${server}/${claims.job_workflow_ref}`, version: { runner_environment: claims.runner_environment } },
                metadata: {
                    invocationId: `${repositoryURL}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
                },
            },
        },
    };
}

;// CONCATENATED MODULE: ./lib/attest/predicates/index.js











/** The kinds of attestation trust-kit makes: SLSA provenance from the run, or a predicate document. */
const ATTESTATION_TYPES = (/* unused pure expression or super */ null && (['slsaprovenance', 'spdx', 'cyclonedx', 'custom']));
/** Numbers worth a second look: long digit runs or three-digit exponents, which may not survive as JavaScript numbers. */
const LARGE_NUMBER_HINT = /\d{16}|[eE][+-]?\d{3}/;
/**
 * A JSON number token whose value is not the number it spells: an integer past 2^53 (rounded) or a
 * number past the double range (Infinity, which JSON.stringify writes as null).
 */
function alteredNumber(source, value) {
    if (!Number.isFinite(value))
        return true;
    return /^-?\d+$/.test(source) && BigInt(source) !== BigInt(value);
}
function parseDocument(bytes, name) {
    assertPredicateSize(bytes.byteLength, name);
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Decoded leniently, bytes that are not UTF-8 would be signed as U+FFFD: the statement would not say what the file says.
    if (!(0,external_node_buffer_.isUtf8)(buffer))
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} is not UTF-8 text (JSON is): what is not would be signed as U+FFFD, not as the file has it`, { hint: 'save the document as UTF-8, then attest again' });
    const text = buffer.toString('utf8');
    let document;
    let altered;
    // Only a document with a number that may not survive pays for a reviver (an SBOM of 16 MB would be parsed twice as slowly).
    const reviver = LARGE_NUMBER_HINT.test(text)
        ? (_key, value, context) => {
            if (typeof value === 'number' && context.source !== undefined && alteredNumber(context.source, value))
                altered ??= context.source;
            return value;
        }
        : undefined;
    try {
        document = JSON.parse(text, reviver);
    }
    catch (error) {
        // V8's message quotes the bytes around the fault: the file's, which may hold terminal escapes (jsonSyntaxProblem keeps them printable).
        const line = (0,json/* jsonErrorLine */.DP)(text, error instanceof Error ? error.message : String(error));
        // Placed at its line, an action's failure is annotated there, as a checksums file's is.
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} is not JSON: ${(0,json/* jsonSyntaxProblem */.F1)(text, error)}`, { cause: error, hint: 'a predicate is one JSON object', place: { file: name, ...(line === undefined ? {} : { line }) } });
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} is JSON, but not an object`, { hint: 'a predicate is one JSON object' });
    }
    if (altered !== undefined) {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} holds the number ${altered.slice(0, 100)}, which no JSON reader keeps as written (past 2^53, or past the largest double): it would be signed as another number`, { hint: 'write such a number as a string, then attest again' });
    }
    // JSON.parse keeps the last of two equal keys, other readers the first: the statement would sign one reading of the file.
    const fault = (0,json/* jsonFault */.xC)(text);
    if (fault?.kind === 'repeated-key') {
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} ${(0,json/* describeJsonFault */.at)(fault)}; readers differ on which value it has`, { hint: 'keep one of the two values, then attest again' });
    }
    if (fault !== undefined)
        throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} ${(0,json/* describeJsonFault */.at)(fault)}`, { hint: 'no SBOM or predicate nests that deep; check that this is the document you meant' });
    return document;
}
/**
 * A predicate from a document's bytes: the size is checked before parsing (over 16 MB is an error
 * before anything is read into objects or signed), then the JSON, then the type's own shape.
 * `name` identifies the document in errors; `predicateType` is required for custom predicates.
 */
function predicateFromDocument(type, bytes, name, predicateType) {
    const document = parseDocument(bytes, name);
    if (type === 'spdx')
        return spdxV2(document, name);
    if (type === 'cyclonedx')
        return cyclonedxV1(document, name);
    if (predicateType === undefined) {
        throw new AttestError('ATTEST_PREDICATE_TYPE_INVALID', `a custom predicate (${name}) needs a predicate type`, { hint: 'pass --predicate-type URI (action input predicate-type)' });
    }
    return customPredicate(document, predicateType);
}
/** An SBOM attestation's predicate from an SPDX or CycloneDX JSON document, told apart by its content. */
function predicateFromSbom(bytes, name) {
    const document = parseDocument(bytes, name);
    // The document said which SBOM it is: no type to pick instead.
    if ('spdxVersion' in document)
        return v2_spdxV2(document, name, false);
    if ('bomFormat' in document)
        return v1_cyclonedxV1(document, name, false);
    throw new errors/* AttestError */.y('ATTEST_PREDICATE_INVALID', `${name} is neither an SPDX nor a CycloneDX JSON SBOM`, { hint: 'give the SPDX 2.2 or 2.3 or CycloneDX JSON file an SBOM tool wrote' });
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(36687);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(64490);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/retry.js
var retry = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js
var proxied_fetch = __webpack_require__(25643);
// EXTERNAL MODULE: ./lib/github/http.js
var http = __webpack_require__(48031);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
;// CONCATENATED MODULE: ./lib/github/claims.js








/** An OIDC token whose claims cannot be trusted: not signed by the issuer, expired, for another audience. */
class ClaimsError extends core_errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ClaimsError';
    }
}
/** The issuer of GitHub Actions tokens on github.com. */
const GITHUB_ACTIONS_TOKEN_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The audience provenance claims are requested for when no Sigstore token is taken from the runner
 * (signing with a key or `SIGSTORE_ID_TOKEN`): GitHub's own provenance asks for `nobody`, so a
 * token leaked from it can sign nothing (Fulcio takes `sigstore` only).
 */
const PROVENANCE_AUDIENCE = 'nobody';
const REQUIRED_CLAIMS = ['sub', 'repository', 'repository_id', 'repository_owner_id', 'ref', 'sha', 'event_name', 'workflow_ref', 'job_workflow_ref', 'run_id', 'run_attempt', 'runner_environment'];
/** Discovery documents and JWKS are a few KiB; anything near this is not one. */
const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** Seconds of clock skew between this runner and the issuer that do not make a fresh token expired. */
const CLOCK_TOLERANCE_SECONDS = 60;
class TransientStatus extends Error {
    status;
    retryAfterMs;
    constructor(status, retryAfterMs) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The issuer's document refused by the runner's proxy: no retry helps, its credentials do. */
function proxyRefusal(url, what, cause) {
    return new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) was refused by the proxy: HTTP 407 Proxy Authentication Required`, { ...(cause === undefined ? {} : { cause }), hint: proxy_tunnel/* PROXY_AUTH_HINT */.ME });
}
async function fetchJSON(url, what, options) {
    const client = options.fetch ?? (0,proxied_fetch/* proxiedFetch */.iR)(options.proxy);
    const body = await (0,retry/* withRetry */.bD)(options.retry, () => (0,http/* timedAttempt */.Hh)((0,http/* originOf */.yv)(url), options.retry.timeoutMs, async (signal) => {
        const response = await client(url, { headers: { Accept: 'application/json' }, signal, redirect: 'error' });
        // An error reply is not read: its connection is closed rather than drained.
        if (response.status === 408 || response.status === 429 || response.status >= 500) {
            await response.body?.cancel();
            throw new TransientStatus(response.status, (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')));
        }
        if (response.status === 407) {
            await response.body?.cancel();
            throw proxyRefusal(url, what);
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: HTTP ${response.status}`, { hint: 'the token issuer did not serve its keys; re-run the job, or check --oidc-discovery-url' });
        }
        const bytes = await readCapped(response, url);
        return bytes;
    }), (error) => {
        // A redirect is the issuer's answer, never followed here: asking again meets it again.
        if (error instanceof ClaimsError || error instanceof proxied_fetch/* RedirectRefusedError */.jw || (0,http/* proxyWantsCredentials */.em)(error))
            return 'permanent';
        return error instanceof TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    }).catch((error) => {
        if (error instanceof ClaimsError)
            throw error;
        if ((0,http/* proxyWantsCredentials */.em)(error))
            throw proxyRefusal(url, what, error);
        if (error instanceof proxied_fetch/* RedirectRefusedError */.jw) {
            throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: the issuer answered with a redirect, which is not followed`, {
                cause: error,
                hint: 'the issuer\'s discovery document and keys are fetched from the address given, never from where a redirect points: give the issuer\'s own URL (--oidc-discovery-url), or check what answers at this one',
            });
        }
        const waited = error instanceof TransientStatus ? (0,retry/* pastBudget */.uQ)(error.retryAfterMs, options.retry.budgetMs) : '';
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: ${error instanceof TransientStatus ? `HTTP ${error.status}${waited}` : (0,core_errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: waited === '' ? 'the token issuer kept failing through every retry; re-run the job' : 'the token issuer asked to wait longer than the retries may take; re-run the job',
        });
    });
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch (error) {
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${url} (${what}) is not JSON`, { cause: error, hint: 'check that the URL is the issuer\'s discovery document' });
    }
}
async function readCapped(response, url) {
    const reader = response.body?.getReader();
    if (reader === undefined)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > MAX_DOCUMENT_BYTES) {
            await reader.cancel();
            throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${url} is larger than ${MAX_DOCUMENT_BYTES} bytes, which no discovery document or key set is`, { hint: 'check that the URL is the issuer\'s' });
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}
/** The `iss` of a token before its signature is checked: only to decide where its issuer's keys are. */
function unverifiedIssuer(jwt) {
    const payload = jwt.split('.')[1];
    let iss;
    try {
        iss = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')).iss;
    }
    catch {
        iss = undefined;
    }
    if (typeof iss !== 'string' || jwt.split('.').length !== 3) {
        throw new ClaimsError('OIDC_CLAIMS_MALFORMED', 'the provenance token is not a JWT with an "iss" claim', { hint: 'the runner\'s token endpoint answered something unexpected; re-run the job' });
    }
    return iss;
}
function issuerAccepted(iss, expected) {
    const base = expected.replace(/\/+$/, '');
    return iss === base || (iss.startsWith(`${base}/`) && /^[A-Za-z0-9_-]+$/.test(iss.slice(base.length + 1)));
}
async function issuerKeys(iss, options) {
    const discoveryURL = options.discoveryURL === undefined ? `${iss}/.well-known/openid-configuration` : `${options.discoveryURL.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const discovery = (await fetchJSON(discoveryURL, 'discovery document', options));
    // As the URL parser writes it: the issuer's text may hold line breaks and controls, which every message naming it would print.
    let jwksURL;
    try {
        jwksURL = typeof discovery?.jwks_uri === 'string' && /^https?:\/\//.test(discovery.jwks_uri) ? new URL(discovery.jwks_uri) : undefined;
    }
    catch {
        jwksURL = undefined;
    }
    if (jwksURL === undefined || discovery === null) {
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `the discovery document ${discoveryURL} names no jwks_uri`, { hint: 'check that the URL is the issuer\'s discovery document' });
    }
    // The keys that verify the token are not taken over plain HTTP from a document that came over TLS, as a redirect out of TLS is
    // not followed; on this machine's loopback (an issuer's test double) no network lies between.
    if (discoveryURL.startsWith('https:') && jwksURL.protocol !== 'https:' && !(0,proxy.isLoopbackHostname)(jwksURL.hostname)) {
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `the discovery document ${discoveryURL} names its keys on plain HTTP (${jwksURL.origin}), which are not fetched`, {
            hint: 'the keys that verify the token would travel in clear text: the issuer must serve its jwks_uri over TLS; check --oidc-discovery-url',
        });
    }
    if (discovery.issuer !== undefined && discovery.issuer !== iss && !issuerAccepted(iss, String(discovery.issuer))) {
        throw new ClaimsError('OIDC_CLAIMS_ISSUER', `the discovery document ${discoveryURL} is issuer ${(0,quote/* quoted */.TL)(discovery.issuer)}, not the token's ${(0,quote/* quoted */.TL)(iss)}`, { hint: 'the discovery document belongs to another issuer' });
    }
    const jwks = (await fetchJSON(jwksURL.href, 'JWKS', options));
    if (!Array.isArray(jwks?.keys))
        throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${jwksURL.href} is not a JWKS (no "keys" array)`, { hint: 'check the issuer\'s jwks_uri' });
    return jwks;
}
/**
 * Verifies an OIDC token's signature against its issuer's JWKS (found through the issuer's
 * discovery document, fetched with bounded size and retries), its issuer, audience and lifetime,
 * and returns the workflow claims provenance is built from. Nothing is read from the token before
 * this except its `iss`, to find the keys; an issuer other than `options.issuer` is refused first.
 */
async function verifyWorkflowClaims(jwt, options) {
    const iss = unverifiedIssuer(jwt);
    if (!issuerAccepted(iss, options.issuer)) {
        throw new ClaimsError('OIDC_CLAIMS_ISSUER', `the provenance token was issued by ${JSON.stringify(iss.slice(0, 200))}, not ${options.issuer}`, {
            hint: 'provenance is built from GitHub Actions tokens only; run this in a GitHub Actions job with `id-token: write`',
        });
    }
    const keys = (0,local/* createLocalJWKSet */.w)(await issuerKeys(iss, options));
    let payload;
    try {
        ({ payload } = await (0,verify/* jwtVerify */.V)(jwt, keys, {
            issuer: iss,
            audience: options.audience,
            currentDate: options.clock.now(),
            clockTolerance: CLOCK_TOLERANCE_SECONDS,
            algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'],
            requiredClaims: ['exp', 'iat'],
        }));
    }
    catch (error) {
        throw verificationError(error, options.audience);
    }
    const missing = REQUIRED_CLAIMS.filter((claim) => typeof payload[claim] !== 'string' || payload[claim] === '');
    if (missing.length > 0) {
        throw new ClaimsError('OIDC_CLAIMS_MISSING', `the provenance token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`, {
            hint: 'provenance needs a GitHub Actions workflow token; tokens of other issuers or of older runners lack these claims',
        });
    }
    const claims = Object.fromEntries(REQUIRED_CLAIMS.map((claim) => [claim, payload[claim]]));
    return { ...claims, iss, verified: true };
}
function verificationError(error, audience) {
    if (error instanceof util_errors/* JWTExpired */.n) {
        return new ClaimsError('OIDC_CLAIMS_EXPIRED', `the provenance token expired: ${error.message}`, { cause: error, hint: 'tokens live a few minutes; attest right after requesting one, and check the runner\'s clock' });
    }
    if (error instanceof util_errors/* JWTClaimValidationFailed */.ie) {
        if (error.claim === 'aud')
            return new ClaimsError('OIDC_CLAIMS_AUDIENCE', `the provenance token is not for the audience "${audience}": ${error.message}`, { cause: error, hint: `request the token with audience "${audience}"; a token for another audience is not accepted` });
        if (error.claim === 'nbf' || error.claim === 'iat')
            return new ClaimsError('OIDC_CLAIMS_EXPIRED', `the provenance token is not valid yet: ${error.message}`, { cause: error, hint: 'check the runner\'s clock' });
        return new ClaimsError('OIDC_CLAIMS_MALFORMED', `the provenance token's "${error.claim}" claim is not acceptable: ${error.message}`, { cause: error, hint: 'the token endpoint answered an unexpected token; re-run the job' });
    }
    if (error instanceof util_errors/* JWSSignatureVerificationFailed */.h2 || error instanceof util_errors/* JWKSNoMatchingKey */.BT || error instanceof util_errors/* JWKSMultipleMatchingKeys */.$4 || error instanceof util_errors/* JOSEAlgNotAllowed */.Rb) {
        return new ClaimsError('OIDC_CLAIMS_SIGNATURE', `the provenance token is not signed by a key of its issuer: ${error.message}`, { cause: error, hint: 'the token was not issued by the issuer it names; never build provenance from it' });
    }
    return new ClaimsError('OIDC_CLAIMS_MALFORMED', `the provenance token is not a valid JWT: ${(0,core_errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'the runner\'s token endpoint answered something unexpected; re-run the job' });
}

// EXTERNAL MODULE: ./lib/github/oidc.js
var oidc = __webpack_require__(89402);
// EXTERNAL MODULE: ./lib/secrets/index.js + 14 modules
var secrets = __webpack_require__(70554);
;// CONCATENATED MODULE: ./lib/attest/provenance.js




/**
 * The issuer of a GitHub server's Actions tokens: `token.actions.githubusercontent.com` for
 * github.com, `token.actions.<tenant>.ghe.com` for GHE.com tenants, `<server>/_services/token` for
 * GitHub Enterprise Server.
 */
function githubTokenIssuer(serverURL) {
    const url = new URL(serverURL);
    if (url.host === 'github.com')
        return 'https://token.actions.githubusercontent.com';
    if (url.host.endsWith('.ghe.com'))
        return `https://token.actions.${url.host}`;
    return `${url.origin}/_services/token`;
}
/**
 * One token from the runner per run: when keyless signing takes its token from the runner, the
 * Sigstore token (audience `sigstore`), whose claims the provenance is built from too (sigstore-js
 * turns that token into a string anyway, so a second, unsigning `nobody` token keeps nothing out of
 * the heap); otherwise (a key, `SIGSTORE_ID_TOKEN`, no signing) a token for `nobody`, which can sign
 * nothing. Undefined when the job has no token endpoint (no `id-token: write`).
 */
async function requestAttestationTokens(env, retry, keyless) {
    const signingFromRunner = keyless && (0,oidc.tokenSource)(env) === 'actions';
    const audience = signingFromRunner ? oidc.SIGSTORE_AUDIENCE : PROVENANCE_AUDIENCE;
    // The signing token is renewed when a certificate is asked for after it expired (GitHub's live five minutes).
    const [token] = (await (0,oidc.requestRunnerIdTokens)({ env, retry, renewable: signingFromRunner }, [audience])) ?? [];
    if (token === undefined)
        return undefined;
    if (!signingFromRunner)
        return { claims: token, audience, signing: undefined };
    // Each owner destroys its own copy: provenance as soon as the claims are read, the signing session when it closes.
    const claims = { secret: secrets/* SecretBuffer */.pP.fill(token.secret.length, (into) => token.secret.use((bytes) => bytes.copy(into))), claims: token.claims, source: token.source };
    // The renewal goes with the signing token, whose owner (the session) forgets it when it closes.
    return { claims, audience, signing: token };
}
/**
 * SLSA provenance v1 from the claims token, verified first against its issuer's keys (signature,
 * issuer, the audience it was requested for, lifetime): nothing in the provenance comes from the environment but
 * the server URL and, for workflow_dispatch runs, the inputs. The token is destroyed afterwards.
 */
async function provenanceFromToken(token, options) {
    try {
        // jose takes the compact JWT as a string, as sigstore-js takes the Sigstore token.
        const jwt = token.secret.use((bytes) => bytes.toString('latin1'));
        const claims = await verifyWorkflowClaims(jwt, {
            issuer: options.issuer ?? githubTokenIssuer(options.serverURL),
            audience: options.audience,
            clock: options.verificationClock ?? options.clock,
            retry: options.retry,
            discoveryURL: options.discoveryURL,
            proxy: options.proxy,
        });
        const inputs = options.payload?.inputs;
        return slsaProvenanceV1(claims, {
            serverURL: options.serverURL,
            inputs: typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs) ? inputs : undefined,
        });
    }
    finally {
        token.secret.destroy();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/attest/sign.js




/** Statements signed at once: enough to overlap log requests, few enough not to flood a log. */
const SIGNING_CONCURRENCY = 8;
/**
 * Signs statements as DSSE bundles with one session: one token and one certificate for all of
 * them, one log entry each; every bundle is verified by the session before it is returned. The
 * bundles come back in the statements' order.
 */
async function signStatements(session, statements) {
    const attestations = new Array(statements.length);
    let next = 0;
    const worker = async () => {
        while (next < statements.length) {
            const index = next++;
            const statement = statements[index];
            const first = statement.subject[0]?.name ?? '';
            const name = `the ${statement.predicateType} statement for ${statement.subject.length === 1 ? first : `${statement.subject.length} subjects from ${first}`}`;
            const signed = await session.signStatement(statement, name);
            attestations[index] = { statement, bundle: signed.bundle, text: signed.text };
        }
    };
    // The first signature fetches the certificate; the others wait for it inside the session.
    await Promise.all(Array.from({ length: Math.min(SIGNING_CONCURRENCY, statements.length) }, worker));
    return attestations;
}
/**
 * The name files of a run are named after: the subject's name (its last path segment) when the
 * run attests one, `multiple` otherwise (as slsa-github-generator names them).
 */
function attestationName(statements) {
    const subjects = statements.flatMap((statement) => statement.subject);
    const only = subjects.length === 1 ? subjects[0]?.name : undefined;
    const base = only?.split(/[/\\]/).pop()?.replace(/[^A-Za-z0-9._@+-]/g, '_');
    return base === undefined || base === '' || base === '.' || base === '..' ? 'multiple' : base;
}
/**
 * The paths of a run's files, known from its statements before any is signed: `<name>.intoto.jsonl`
 * holding every bundle, and `<name>.sigstore.json` for a run that makes one bundle (`bundlePath`
 * when given), or one `<subject>.sigstore.json` per statement in per-subject mode, the subject's
 * whole name with folders flattened, one statement or many. `bundles[i]` is statement i's.
 */
function attestationPaths(statements, options) {
    const name = attestationName(statements);
    const bundlePath = options.bundlePath ?? join(options.dir, `${name}.sigstore.json`);
    const jsonl = options.bundlePath === undefined ? join(options.dir, `${name}.intoto.jsonl`) : join(dirname(options.bundlePath), `${name}.intoto.jsonl`);
    // Per subject, a subject's bundle has the same name however many others the run has: `dist/x.bin`'s is dist_x.bin.sigstore.json alone too.
    if (statements.length === 1 && !(options.perSubject && options.bundlePath === undefined))
        return { jsonl, bundles: [bundlePath] };
    if (!options.perSubject)
        return { jsonl, bundles: [] };
    // The whole name, folders flattened: `a/x.tgz` and `b/x.tgz` must not share a file.
    const flatNames = statements.map((statement) => {
        const subject = statement.subject[0]?.name ?? 'subject';
        return { subject, flat: subject.replace(/[^A-Za-z0-9._@+-]/g, '_').replace(/^\.+/, '_') };
    });
    // A subject whose name needs no change has its own name first: `x_y.bin`'s bundle is x_y.bin.sigstore.json, never `x/y.bin`'s.
    const taken = new Set(flatNames.filter(({ subject, flat }) => subject === flat).map(({ flat }) => flat));
    const bundles = flatNames.map(({ subject, flat }) => {
        let file = flat;
        if (subject !== flat) {
            for (let n = 2; taken.has(file); n++)
                file = `${flat}-${n}`;
            taken.add(file);
        }
        return join(options.dir, `${file}.sigstore.json`);
    });
    return { jsonl, bundles };
}
/**
 * The text of an attestation file (`.intoto.jsonl`): the bundles, a line each. Refused when it is
 * larger than verify-attestation reads from one file, which the subjects' size before signing
 * does not always tell (the log entry may repeat the statement).
 */
function attestationFileText(attestations) {
    let bytes = 0;
    for (const attestation of attestations)
        bytes += Buffer.byteLength(attestation.text, 'utf8');
    if (bytes > files/* INPUT_LIMITS */.Ef.attestationLines) {
        throw new errors/* AttestError */.y('ATTEST_TOO_MANY_SUBJECTS', `the ${attestations.length} signed attestations come to ${bytes} bytes, more than the ${files/* INPUT_LIMITS */.Ef.attestationLines} bytes (256 MiB) verify-attestation reads from one file; nothing was written`, {
            hint: 'attest the subjects in several runs of fewer subjects (a checksums file for each), or give them shorter names',
        });
    }
    return attestations.map((attestation) => attestation.text).join('');
}
/** Writes a run's bundles, each file atomically, where {@link attestationPaths} says. */
async function writeAttestations(attestations, options) {
    const paths = attestationPaths(attestations.map((attestation) => attestation.statement), options);
    const { jsonl } = paths;
    const bundles = paths.bundles.map((path, index) => ({ path, text: attestations[index].text }));
    // A signature bundle of the same name (sign-blob writes <file>.sigstore.json too) is replaced: said by the caller, as it is gone.
    const replacedSignatures = [];
    for (const bundle of bundles) {
        const earlier = await readRegularFile(bundle.path, { what: 'bundle', maxBytes: EARLIER_SCAN.bytes }).then((bytes) => bytes.toString('utf8'), () => '');
        if (holdsMessageSignature(earlier))
            replacedSignatures.push(bundle.path);
    }
    // Flushed side by side, then put in place: a failure leaves none of them half written.
    const prepared = await prepareFilesAtomic([{ path: jsonl, data: attestationFileText(attestations) }, ...bundles.map((bundle) => ({ path: bundle.path, data: bundle.text }))]);
    // Put in place together: a signal never leaves this run's bundles beside an earlier run's.
    await commitTogether(prepared);
    return { jsonl, bundles: bundles.map((bundle) => bundle.path), replacedSignatures };
}
/** Whether a bundle's JSON text holds a message signature (a signed file's bundle, not an attestation). */
function holdsMessageSignature(text) {
    try {
        const signature = JSON.parse(text)?.messageSignature;
        return typeof signature === 'object' && signature !== null;
    }
    catch {
        return false;
    }
}
/** At most this many directory entries are looked at for an earlier run's bundles, and this many bundles read. */
const EARLIER_SCAN = { entries: 10_000, bundles: 1_000, bytes: 1024 * 1024 };
/** The in-toto statement a DSSE bundle's JSON carries, or undefined for anything else. */
function statementOf(text) {
    try {
        const envelope = JSON.parse(text)?.dsseEnvelope;
        if (envelope?.payloadType !== 'application/vnd.in-toto+json' || typeof envelope.payload !== 'string')
            return undefined;
        return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** The first line of a file of bundles one a line, within {@link EARLIER_SCAN}'s bytes; empty when it cannot be read. */
function firstLine(path) {
    try {
        const head = readRegularFileHeadSync(path, EARLIER_SCAN.bytes, { what: 'attestation file', shown: path });
        const end = head.indexOf(0x0a);
        return head.toString('utf8', 0, end === -1 ? head.length : end);
    }
    catch {
        return '';
    }
}
/**
 * The bundles in `dir` that this run did not write (`written`) but that attest `predicateType`, as
 * this run's do: an earlier run's (per-subject bundles for subjects this run does not have, or a
 * `multiple.sigstore.json` or `.intoto.jsonl` a run of more statements did not write again). They are left as they
 * are (they are someone's files), but whoever publishes the directory's bundles would publish them
 * as this run's. The scan is bounded ({@link EARLIER_SCAN}): `complete` says whether it saw them all.
 */
async function earlierBundles(dir, written, predicateType) {
    const ours = new Set(written.map((path) => basename(path)));
    const found = [];
    let entries = 0;
    let read = 0;
    let complete = true;
    try {
        for await (const entry of await opendir(dir)) {
            if (++entries > EARLIER_SCAN.entries || read >= EARLIER_SCAN.bundles) {
                complete = false;
                break;
            }
            const lines = entry.name.endsWith('.intoto.jsonl');
            if (!entry.isFile() || !(lines || entry.name.endsWith('.sigstore.json')) || ours.has(entry.name))
                continue;
            read += 1;
            // A file of bundles one a line (this command's, gh's) is known by its first: it may be far longer than the bound.
            const text = lines ? firstLine(join(dir, entry.name)) : await readRegularFile(join(dir, entry.name), { what: 'bundle', maxBytes: EARLIER_SCAN.bytes }).then((bytes) => bytes.toString('utf8'), () => '');
            if (statementOf(text)?.predicateType === predicateType)
                found.push(entry.name);
        }
    }
    catch {
        // A directory that cannot be listed now was just written into: nothing more to say about it.
    }
    return { names: found.sort(), complete };
}

// EXTERNAL MODULE: ./lib/checksums/index.js + 3 modules
var checksums = __webpack_require__(9396);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/attest/subjects.js









/** The digest algorithms a subject may be named by (the SHA-2 family GitHub and cosign accept). */
const SUBJECT_DIGEST_ALGORITHMS = (/* unused pure expression or super */ null && (['sha256', 'sha384', 'sha512']));
const HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/** The runner's artifacts list is a few KiB per thousand artifacts; anything past this is not one. */
const ARTIFACTS_LIST_MAX_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/**
 * A digest as a subject lists it: a supported algorithm and hex of exactly its length, lowercased.
 * `where` names the input in the error.
 */
function subjectDigest(algorithm, hex, where) {
    const known = SUBJECT_DIGEST_ALGORITHMS.includes(algorithm) ? algorithm : undefined;
    if (known === undefined) {
        throw new AttestError('ATTEST_DIGEST_INVALID', `${where}: the digest algorithm ${quoted(algorithm, 40)} is not one of ${SUBJECT_DIGEST_ALGORITHMS.join(', ')}`, {
            hint: 'give digests as sha256:<64 hex>, sha384:<96 hex> or sha512:<128 hex>',
        });
    }
    if (hex.length !== HEX_LENGTH[known] || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw new AttestError('ATTEST_DIGEST_INVALID', `${where}: ${quoted(hex, 140)} is not a ${known} digest (${HEX_LENGTH[known]} hex characters)`, {
            hint: 'copy the digest from sha256sum (or the registry) as it is printed',
        });
    }
    return { algorithm: known, hex: hex.toLowerCase() };
}
function subjectName(name, where) {
    // C1 controls too: U+009B is a terminal's CSI, as ESC [ is, and names reach logs and messages.
    // eslint-disable-next-line no-control-regex -- the control characters are what is refused
    if (name === '' || name.length > 4096 || /[\u0000-\u001f\u007f-\u009f]/.test(name)) {
        throw new AttestError('ATTEST_SUBJECT_INVALID', `${where}: a subject name must be 1 to 4096 characters without control characters`, {
            hint: 'name subjects by their file or image name',
        });
    }
    return name;
}
/**
 * Parses `name@sha256:hex` (also sha384 and sha512): the name is everything before the last `@`,
 * so image names such as `ghcr.io/o/r@sha256:...` keep their path.
 */
function parseSubjectReference(value) {
    const at = value.lastIndexOf('@');
    const colon = value.indexOf(':', at + 1);
    if (at <= 0 || colon === -1) {
        throw new AttestError('ATTEST_SUBJECT_INVALID', `${quoted(value, 160)} is not a subject of the form name@sha256:<hex>`, {
            hint: 'name a subject by its name and digest, e.g. app.tar.gz@sha256:e3b0c442...',
        });
    }
    const where = `subject ${quoted(value, 160)}`;
    const { algorithm, hex } = subjectDigest(value.slice(at + 1, colon), value.slice(colon + 1), where);
    return { name: subjectName(value.slice(0, at), where), digest: { [algorithm]: hex } };
}
/**
 * Subjects from files, directories and globs, named relative to `base` (a monorepo's package),
 * hashed with SHA-256 as the checksums command hashes them (threads started while the walk goes on).
 */
async function subjectsFromPaths(paths, options) {
    return (await subjectFilesFromPaths(paths, options)).map(({ subject }) => subject);
}
/** {@link subjectsFromPaths}, each subject with the file it was hashed from. */
async function subjectFilesFromPaths(paths, options) {
    if (paths.length === 0)
        return [];
    const { artifacts } = await createChecksums({ subjects: [...paths], algorithm: 'sha256', output: undefined, base: options.base }, options.cwd);
    return artifacts.map((artifact) => ({ subject: { name: artifact.name, digest: { sha256: artifact.hex } }, path: artifact.path }));
}
/** The file's digests by each algorithm, in one read (sha384 too, which the checksums hashing does not take). */
async function fileDigests(path, algorithms) {
    const hashes = algorithms.map((algorithm) => [algorithm, createHash(algorithm)]);
    for await (const chunk of createReadStream(path))
        for (const [, hash] of hashes)
            hash.update(chunk);
    return Object.fromEntries(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
}
/**
 * Refuses a subject hashed from a file here that another source (a checksums file, NAME@ALG:HEX)
 * gives a digest of another algorithm that is not the file's: the statement would list one
 * subject whose SHA-256 names this build and whose SHA-512 names another, and gh would verify
 * either by the algorithm asked for.
 */
async function refuseForeignDigests(merged, files) {
    const byName = new Map(merged.map((subject) => [subject.name, subject]));
    for (const { subject, path } of files) {
        const listed = byName.get(subject.name);
        const others = SUBJECT_DIGEST_ALGORITHMS.filter((algorithm) => listed?.digest[algorithm] !== undefined && subject.digest[algorithm] === undefined);
        if (listed === undefined || others.length === 0)
            continue;
        const digest = await fileDigests(path, others);
        for (const algorithm of others) {
            if (digest[algorithm] !== listed.digest[algorithm]) {
                throw new AttestError('ATTEST_SUBJECT_CONFLICT', `the subject ${quoted(subject.name, 200)} is given the ${algorithm} digest ${listed.digest[algorithm] ?? ''}, but the file it is hashed from has ${digest[algorithm] ?? '?'}: one subject would name two artifacts`, {
                    hint: 'the checksums file or NAME@ALG:HEX names another build of this file: make it again from the files attested, or leave it out',
                });
            }
        }
    }
}
/**
 * Subjects from a checksums file (sha256sum/sha512sum output, any form trust-kit reads), streamed
 * line by line, refused once they would make an attestation file larger than `maxFileBytes` (what
 * verify-attestation reads from one file).
 */
async function subjectsFromChecksums(path, options) {
    const maxFileBytes = options.maxFileBytes ?? INPUT_LIMITS.attestationLines;
    const subjects = [];
    // Refused as the file is read, not after: a file of millions of lines would otherwise be held whole, then refused.
    let bytes = 0;
    for await (const entry of readChecksumEntries(resolve(options.cwd, path), { shown: options.shown ?? path })) {
        const where = `${shownFile(options.shown ?? path)}:${entry.line}`;
        const subject = { name: subjectName(entry.name, where), digest: { [entry.algorithm]: entry.hex } };
        bytes += subjectJsonBytes(subject);
        const leastBytes = leastAttestationFileBytes(bytes);
        if (leastBytes > maxFileBytes)
            throw tooLargeForOneFile(`the subjects up to ${where}`, leastBytes, maxFileBytes);
        subjects.push(subject);
    }
    return subjects;
}
/**
 * Subjects from the runner's artifacts list (the file `$GITHUB_ARTIFACTS_LIST` names):
 * `{"version":1,"subjects":[{"name","digest":"sha256:<hex>","kind":"file"|"oci"}]}`. An empty
 * file (the runner's way of saying the feature is off) lists none.
 */
async function subjectsFromArtifactsList(path) {
    let bytes;
    try {
        bytes = await readRegularFile(path, { maxBytes: ARTIFACTS_LIST_MAX_BYTES, what: 'artifacts list' });
    }
    catch (error) {
        if (isTrustKitError(error))
            throw error;
        throw new AttestError('ATTEST_ARTIFACTS_LIST_INVALID', `cannot read the artifacts list ${path} (GITHUB_ARTIFACTS_LIST): ${systemErrorCode(error) ?? messageOf(error)}`, {
            cause: error,
            hint: 'GITHUB_ARTIFACTS_LIST is set by the runner; unset it, or name subjects explicitly',
        });
    }
    return parseArtifactsList(bytes.toString('utf8'), path);
}
/** Parses the content of a runner artifacts list (see {@link subjectsFromArtifactsList}); `file` names it in errors. */
function parseArtifactsList(text, file) {
    const invalid = (detail) => new AttestError('ATTEST_ARTIFACTS_LIST_INVALID', `the artifacts list ${file} (GITHUB_ARTIFACTS_LIST) ${detail}`, { hint: 'the runner writes this file; unset GITHUB_ARTIFACTS_LIST or name subjects explicitly' });
    if (text.trim() === '')
        return [];
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw invalid('is not JSON');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw invalid('is not a JSON object');
    const { version, subjects } = data;
    if (version !== 1)
        throw invalid(`has version ${quoted(version)}; trust-kit reads version 1`);
    if (!Array.isArray(subjects))
        throw invalid('has no "subjects" array');
    return subjects.map((entry, index) => {
        const { name, digest, kind } = (typeof entry === 'object' && entry !== null ? entry : {});
        if (kind !== 'file' && kind !== 'oci')
            throw invalid(`entry ${index} has kind ${quoted(kind)}, not "file" or "oci"`);
        if (typeof name !== 'string' || typeof digest !== 'string')
            throw invalid(`entry ${index} lacks a "name" or "digest" string`);
        const colon = digest.indexOf(':');
        const where = `${file}: entry ${index}`;
        const parsed = subjectDigest(colon === -1 ? digest : digest.slice(0, colon), colon === -1 ? '' : digest.slice(colon + 1), where);
        return { name: subjectName(name, where), digest: { [parsed.algorithm]: parsed.hex } };
    });
}
/**
 * Merges subjects from every source: exact duplicates (same name, same digests) are dropped, as
 * GitHub refuses a statement listing a subject twice; one name with different digests is an
 * error, since a verifier could not tell which artifact is meant, unless `byDigest`: images are
 * named by their repository, and each of its manifests is a subject of its own (in a statement of
 * its own). Sorted by name (then in the order given).
 */
function mergeSubjects(sources, options = {}) {
    const byName = new Map();
    for (const subject of sources.flat()) {
        const key = options.byDigest === true ? `${subject.name}@${SUBJECT_DIGEST_ALGORITHMS.map((algorithm) => subject.digest[algorithm] ?? '').join(':')}` : subject.name;
        const known = byName.get(key);
        if (known === undefined) {
            byName.set(key, { name: subject.name, digest: { ...subject.digest } });
            continue;
        }
        for (const algorithm of SUBJECT_DIGEST_ALGORITHMS) {
            const hex = subject.digest[algorithm];
            if (hex === undefined)
                continue;
            const other = known.digest[algorithm];
            if (other !== undefined && other !== hex) {
                throw new AttestError('ATTEST_SUBJECT_CONFLICT', `the subject ${quoted(subject.name, 200)} is listed with two different ${algorithm} digests (${other} and ${hex})`, {
                    hint: 'each subject name must stand for one artifact; set a base directory so that files of the same name in different folders get different names',
                });
            }
            known.digest[algorithm] = hex;
        }
    }
    if (byName.size === 0) {
        throw new AttestError('ATTEST_NO_SUBJECTS', 'no subject to attest: no file, checksums entry, name@digest or artifacts list entry was given', {
            hint: 'name the artifacts to attest (files or globs, a checksums file, or name@sha256:<hex>)',
        });
    }
    return sortByName([...byName.values()], (subject) => subject.name);
}

;// CONCATENATED MODULE: ./lib/attest/index.js
/** Attestations: in-toto statements over subjects, SLSA provenance from verified claims, SBOM and custom predicates. */







// EXTERNAL MODULE: ./lib/core/clock.js
var clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
// EXTERNAL MODULE: ./lib/core/plural.js
var plural = __webpack_require__(32985);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
;// CONCATENATED MODULE: ./lib/release/attest.js












/**
 * The token a release's attestations need, requested before the checksums file is signed: keyless
 * from the runner, the Sigstore token (with a copy for the provenance claims), else one for `nobody`;
 * undefined when attestations are off or the job has no token endpoint (then provenance is skipped,
 * or refused when required).
 */
async function releaseAttestationTokens(config, sign, env) {
    if (config.attest === 'off')
        return undefined;
    const tokens = await requestAttestationTokens(env, sign.retry, sign.key === undefined);
    if (tokens === undefined && config.attest === 'required')
        throw (0,errors/* provenanceUnavailable */.k)();
    return tokens;
}
/**
 * An SBOM's attestation predicate, or undefined (said as a warning) when it is not attested: larger
 * than an attestation may hold, or than `artifacts` statements (1,024 subjects each, each carrying
 * the whole SBOM, which lists every artifact) may carry in one run; the SBOM is published and
 * covered by the signed checksums either way. A release of 10,000 artifacts failed there.
 */
async function sbomPredicate(path, artifacts, logger) {
    try {
        const bytes = await (0,files/* readRegularFile */.XF)(path, { maxBytes: MAX_PREDICATE_BYTES, what: 'SBOM' });
        const statements = Math.ceil(artifacts / MAX_SUBJECTS_PER_STATEMENT);
        // The file's length bounds the predicate's (its JSON written compactly): no second serialization of a document of up to 16 MB.
        if (statements * bytes.length > MAX_STATEMENTS_PREDICATE_BYTES) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} (${bytes.length} bytes) would be carried by each of the ${statements} statements ${(0,plural/* counted */.h)(artifacts, 'artifact')} take, more than the ${MAX_STATEMENTS_PREDICATE_BYTES} bytes one run signs; it is published, but not attested`);
            return undefined;
        }
        return predicateFromSbom(bytes, (0,external_node_path_.basename)(path));
    }
    catch (error) {
        // The SBOM is published and covered by the signed checksums either way; GitHub refuses attestations past 16 MB.
        if ((0,core_errors/* isTrustKitError */.Nf)(error) && (error.code === 'FILE_TOO_LARGE' || error.code === 'ATTEST_PREDICATE_TOO_LARGE')) {
            logger.warn(`attest: ${(0,external_node_path_.basename)(path)} is larger than the 16 MB an attestation may hold; it is published, but not attested`);
            return undefined;
        }
        throw error;
    }
}
/**
 * The predicate types {@link attestRelease} will sign for these inputs, read the way it reads them
 * (provenance when there is a claims token; each SBOM's own type, unless it is too large to attest):
 * what the verification kit requires before the attestations exist.
 */
async function releasePredicateTypes(input) {
    const types = input.claims === undefined ? [] : [SLSA_PROVENANCE_V1];
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts, logger/* silentLogger */.qq);
        if (predicate !== undefined)
            types.push(predicate.predicateType);
    }
    return types;
}
/**
 * The attest step of a release: SLSA provenance of the artifacts from the verified claims token
 * (when there is one) and an SBOM attestation per SBOM, all signed with the session that signed
 * the checksums file (one certificate), written to `attestations.intoto.jsonl`. Returns the file
 * and the predicate types, or undefined when there was nothing to attest.
 */
async function attestRelease(input) {
    const predicates = [];
    if (input.tokens !== undefined) {
        const run = await (0,context/* readRunContext */.$p)(input.env);
        predicates.push(await provenanceFromToken(input.tokens.claims, { serverURL: run.serverURL, payload: run.payload, clock: clock/* systemClock */.ml, retry: input.retry, audience: input.tokens.audience, discoveryURL: input.discoveryURL, proxy: (0,proxy.proxySettingsFrom)(input.env) }));
    }
    for (const path of input.sbomPaths) {
        const predicate = await sbomPredicate(path, input.artifacts.length, input.logger);
        if (predicate !== undefined)
            predicates.push(predicate);
    }
    if (predicates.length === 0)
        return undefined;
    if (input.artifacts.length === 0)
        throw new errors/* AttestError */.y('ATTEST_NO_SUBJECTS', 'the release has no artifact to attest', { hint: 'name the release artifacts' });
    const statements = predicates.flatMap((predicate) => buildStatements(input.artifacts, predicate));
    const attestations = await signStatements(input.session, statements);
    const path = (0,external_node_path_.join)(input.stagingDir, names/* ATTESTATIONS_FILE */.jn);
    await (0,files/* writeFileAtomic */.qD)(path, attestationFileText(attestations));
    const predicateTypes = predicates.map((predicate) => predicate.predicateType);
    input.logger.info(`attest: ${(0,plural/* counted */.h)(attestations.length, 'attestation')} (${predicateTypes.join(', ')}) of ${(0,plural/* counted */.h)(input.artifacts.length, 'artifact')} -> ${names/* ATTESTATIONS_FILE */.jn}`);
    return { path, predicateTypes };
}


/***/ })

};
