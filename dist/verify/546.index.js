export const id = 546;
export const ids = [546];
export const modules = {

/***/ 2546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_INPUTS: () => (/* binding */ VERIFY_INPUTS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/checksums/collect.js
var collect = __webpack_require__(522);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(9531);
;// CONCATENATED MODULE: ./lib/config/inputs.js


/** Names inputs the way action users write them. */
const actionInputName = (name) => `input "${name}"`;
/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */
function cliNamer(positionals = {}) {
    return (name) => {
        const positional = positionals[name];
        return positional === undefined ? `--${name}` : `argument ${positional}`;
    };
}
/**
 * The most issues a {@link ConfigError}'s message lists (all are in `issues`): 32,000 missing paths made
 * a 1.4 MB error, and a job summary past the 1 MiB GitHub drops whole, with the explanation in it.
 */
const MAX_LISTED_ISSUES = 50;
/** Every bad input of one call, reported together so the user fixes them in one go (the first {@link MAX_LISTED_ISSUES} in its message). */
class inputs_ConfigError extends errors/* TrustKitError */.T0 {
    issues;
    /** `hint` by default points at the actions' reference (the CLI points at the command's own help instead); no placeholder a user would have to fill in. */
    constructor(issues, hint = 'fix the inputs named above; docs/actions.md lists each action\'s inputs and what each accepts') {
        const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${issue.input}: ${issue.message}`);
        if (issues.length > MAX_LISTED_ISSUES)
            lines.push(`and ${issues.length - MAX_LISTED_ISSUES} more`);
        super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, { hint });
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/**
 * The values `parse` refuses, as problems of `input`: a flag value of the wrong form is a usage
 * error reported with every other bad flag, not a failure later under the parser's own code.
 */
function refusedValues(values, input, parse) {
    return values.flatMap((value) => {
        try {
            parse(value);
            return [];
        }
        catch (error) {
            if (!isTrustKitError(error))
                throw error;
            return [{ input, message: error.message }];
        }
    });
}
/**
 * Runs a config reader after problems a command found itself (a wrong argument count, a bad
 * --format): all are reported together, so that no problem hides another.
 */
function withEarlierIssues(earlier, read) {
    let result;
    try {
        result = read();
    }
    catch (error) {
        if (error instanceof inputs_ConfigError && earlier.length > 0)
            throw new inputs_ConfigError([...earlier, ...error.issues]);
        throw error;
    }
    if (earlier.length > 0)
        throw new inputs_ConfigError(earlier);
    return result;
}
/**
 * One line of a list input split at its commas, but not at those inside a glob's braces or brackets
 * (`dist/*.{zip,tar.gz}` is one glob); a line whose braces or brackets do not pair up is split at
 * every comma, as it would be without them.
 */
function splitAtCommas(line) {
    const parts = [];
    const closers = [];
    let start = 0;
    for (let at = 0; at < line.length; at++) {
        const char = line[at];
        if (char === '{' && closers.at(-1) !== ']')
            closers.push('}');
        else if (char === '[' && closers.at(-1) !== ']')
            closers.push(']');
        else if (char === closers.at(-1))
            closers.pop();
        else if (char === ',' && closers.length === 0) {
            parts.push(line.slice(start, at));
            start = at + 1;
        }
    }
    if (closers.length > 0)
        return line.split(',');
    parts.push(line.slice(start));
    return parts;
}
/** A line break as any reader of a one-line value may take one: LF, CR, or the line and paragraph separators. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
class InputReader {
    raw;
    nameOf;
    issues = [];
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    /** Records a problem with an input; validation goes on. */
    report(name, message) {
        const input = this.nameOf(name);
        // An input read twice (to tell whether it was given) is reported once.
        if (this.issues.some((issue) => issue.input === input && issue.message === message))
            return;
        this.issues.push({ input, message });
    }
    /**
     * A trimmed string, or `fallback` when it is absent or blank. One value is one line: a line break
     * inside (an action input written as a YAML block, or an event's text in it) would carry a second
     * value into a path, and from there into outputs read line by line.
     */
    string(name, fallback) {
        const value = this.raw[name];
        if (value === undefined || value === false)
            return fallback;
        if (typeof value !== 'string') {
            this.report(name, 'expected a single value');
            return fallback;
        }
        const trimmed = value.trim();
        if (LINE_BREAK.test(trimmed)) {
            this.report(name, 'holds a line break; expected one value on one line');
            return fallback;
        }
        return trimmed === '' ? fallback : trimmed;
    }
    /** A string that must be present. */
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            this.report(name, 'is required');
        return value;
    }
    /**
     * A list: an action input is one string holding it, newline- or comma-separated as users write
     * it in YAML (a comma inside a glob's braces or brackets separates nothing), and each item is
     * trimmed, so a CRLF line ending goes too; repeated flags and positional arguments arrive one value
     * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
     */
    list(name) {
        const value = this.raw[name];
        if (value === undefined || typeof value === 'boolean')
            return [];
        if (typeof value !== 'string')
            return value.filter((part) => typeof part === 'string' && part.trim() !== '');
        return value
            .split('\n')
            .flatMap(splitAtCommas)
            .map((part) => part.trim())
            .filter((part) => part !== '');
    }
    /** One of a fixed set of values. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const normalised = value.toLowerCase();
        if (allowed.includes(normalised))
            return normalised;
        this.report(name, `is ${(0,quote/* quoted */.TL)(value)}; expected one of ${allowed.join(', ')}`);
        return fallback;
    }
    /** Several values, each from a fixed set (or an alias of one), deduplicated in the order given. */
    choices(name, allowed, fallback, aliases = {}) {
        // Names of choices never hold commas, so `--format a,b` is split like an action input.
        const values = this.list(name).flatMap((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
        if (values.length === 0)
            return [...fallback];
        const chosen = [];
        for (const value of values) {
            const lower = value.toLowerCase();
            const normalised = Object.hasOwn(aliases, lower) ? aliases[lower] : lower;
            if (!allowed.includes(normalised)) {
                this.report(name, `has ${(0,quote/* quoted */.TL)(value)}; expected one or more of ${allowed.join(', ')}`);
            }
            else if (!chosen.includes(normalised)) {
                chosen.push(normalised);
            }
        }
        return chosen;
    }
    /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
    boolean(name, fallback) {
        const value = this.raw[name];
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        if (typeof value !== 'string') {
            this.report(name, 'expected true or false');
            return fallback;
        }
        const trimmed = value.trim();
        if (trimmed === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(trimmed))
            return true;
        if (['false', 'False', 'FALSE'].includes(trimmed))
            return false;
        this.report(name, `is ${(0,quote/* quoted */.TL)(trimmed)}; expected true or false`);
        return fallback;
    }
    /** The problems collected so far, to report with those of another reader (see {@link withEarlierIssues}). */
    collected() {
        return [...this.issues];
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new inputs_ConfigError(this.issues);
    }
}

// EXTERNAL MODULE: ./lib/core/files.js + 1 modules
var files = __webpack_require__(9916);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(4539);
;// CONCATENATED MODULE: ./lib/config/paths.js








/** The output file or directory an SBOM run names (`--output`, `--output-dir`), to check before any work as {@link requireNamedPaths} does. */
function sbomOutputPaths(config) {
    return [...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' }]), ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' }])];
}
/** Why a file (or directory) cannot be written at `given` (shown as `path`), known before any work: something of the other kind is there, or an existing ancestor is no directory. */
async function outputProblem(given, path, cwd, directory) {
    const target = (0,external_node_path_.resolve)(cwd, given);
    if (!directory) {
        // Written as a new file renamed into place: a link, a device or a pipe there would be replaced, not written to.
        const there = (0,files/* unreplaceableKind */.Ej)(target);
        if (there === 'a symbolic link')
            return `${path} is a symbolic link; an output is written as a new file in its place, which would replace the link: give the path of the file itself, or remove the link`;
        if (there !== undefined)
            return `${path} is not a regular file (${there}), which an output written in its place would replace; give the path of a regular file`;
    }
    try {
        const isDirectory = (await (0,promises_.stat)(target)).isDirectory();
        if (directory)
            return isDirectory ? undefined : `${path} is not a directory`;
        return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
    }
    catch (error) {
        const code = (0,errors/* systemErrorCode */.vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `${path} ${problem(error)}`;
    }
    // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
    for (let dir = (0,external_node_path_.dirname)(target); dir !== (0,external_node_path_.dirname)(dir); dir = (0,external_node_path_.dirname)(dir)) {
        try {
            return (await (0,promises_.stat)(dir)).isDirectory() ? undefined : `${path} cannot be written: ${(0,external_node_path_.relative)(cwd, dir) || dir} is not a directory`;
        }
        catch (error) {
            if ((0,errors/* systemErrorCode */.vq)(error) !== 'ENOENT' && (0,errors/* systemErrorCode */.vq)(error) !== 'ENOTDIR')
                return `${path} ${problem(error)}`;
        }
    }
    return undefined;
}
function problem(error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
}
/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */
async function requireNamedPaths(paths, cwd, nameOf, earlier = []) {
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...(await namedPathIssues(paths, cwd, nameOf))];
    if (issues.length > 0)
        throw new inputs_ConfigError(issues);
}
/**
 * The config `read` makes; when its inputs are refused (ConfigError), the paths they name are
 * checked as well and reported with them, so that one run names every problem: a bad flag used
 * to hide the missing files until it was fixed.
 */
async function readWithNamedPaths(read, paths, cwd, nameOf) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        const said = new Set(error.issues.map((issue) => `${issue.input}\u0000${issue.message}`));
        const missing = (await namedPathIssues(paths, cwd, nameOf)).filter((issue) => !said.has(`${issue.input}\u0000${issue.message}`));
        throw missing.length === 0 ? error : new ConfigError([...error.issues, ...missing]);
    }
}
/** Inputs that name a private key's file: the value given may be the key itself, pasted where its path goes (`--key "$KEY"`). */
const KEY_INPUTS = new Set(['key']);
/**
 * Whether a value given for a key's path looks like the key itself: PEM, a line break, or a long
 * run of base64 (a key kept base64-encoded in a CI variable); a file name is never repeated then.
 */
function looksLikeKeyMaterial(value) {
    return /-----BEGIN|PRIVATE KEY|[\r\n]/.test(value) || (value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value));
}
/** What is wrong with each path the inputs name (see {@link requireNamedPaths}). */
async function namedPathIssues(paths, cwd, nameOf) {
    const found = await Promise.all(paths.map(async ({ input, path: given, kind }) => {
        if (kind === 'read')
            return undefined;
        // Shown as it is when plain, else quoted and bounded: a name under a checkout may hold terminal escapes.
        const path = (0,quote/* shownFile */.G)(given);
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(given, path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, given));
        }
        catch (error) {
            // No such file, and the value looks like the key itself: never repeated (a long path of a real file is read as any other).
            if (KEY_INPUTS.has(input) && looksLikeKeyMaterial(given)) {
                return { input: nameOf(input), message: 'is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read (chmod 600) and give its path' };
            }
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,errors/* systemErrorCode */.vq)(error) === 'ENOENT' && (await (0,promises_.lstat)((0,external_node_path_.resolve)(cwd, given)).then((link) => link.isSymbolicLink(), () => false));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    }));
    return [...found.filter((issue) => issue !== undefined), ...(await outputsThatAreInputs(paths, cwd, nameOf))];
}
/**
 * Outputs that are the very file an input names (the artifact given as the bundle, the key as the
 * bundle, the predicate as the bundle): writing one would replace what the run reads, and the user's
 * file would be lost. Told apart by device and inode, so that another spelling of a path, or a link
 * to the file, is the same file.
 */
async function outputsThatAreInputs(paths, cwd, nameOf) {
    const outputs = paths.filter((entry) => entry.kind === 'output');
    if (outputs.length === 0)
        return [];
    const identity = async (path) => {
        const info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path)).catch(() => undefined);
        return info?.isFile() === true ? `${info.dev}:${info.ino}` : undefined;
    };
    const inputs = await Promise.all(paths.filter((entry) => entry.kind === 'file' || entry.kind === 'any' || entry.kind === 'read').map(async (entry) => ({ entry, identity: await identity(entry.path) })));
    const issues = [];
    for (const output of outputs) {
        const written = await identity(output.path);
        const read = written === undefined ? undefined : inputs.find((input) => input.identity === written);
        if (read !== undefined)
            issues.push({ input: nameOf(output.input), message: `${output.path} is the file ${nameOf(read.entry.input)} names (${read.entry.path}); writing there would replace it: give another path` });
    }
    return issues;
}
/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */
function subjectPaths(input, subjects) {
    return subjects.filter((subject) => !mayBeGlob(subject)).map((path) => ({ input, path, kind: 'any' }));
}
/** The files signing reads as its flags or inputs name them, before they are read into a config: for {@link readWithNamedPaths}. */
function rawSigningPaths(values) {
    return ['key', 'signing-config', 'trusted-root'].flatMap((input) => {
        const path = values[input];
        return typeof path === 'string' && path.trim() !== '' && path !== '-' ? [{ input, path, kind: 'file' }] : [];
    });
}
/** The files signing reads besides its subjects: the key and the trusted root, when given. */
function signingPaths(config) {
    return rawSigningPaths({ key: config.key, 'signing-config': config.signingConfig, 'trusted-root': config.trustedRoot });
}
/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */
function releasePaths(config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
}
/**
 * Exclude patterns are relative to the cataloged directory: one written from the working directory
 * (`--exclude app/vendor` for `sbom app`) or as an absolute path matches nothing there, silently.
 * Such a pattern (no glob) that names an existing path inside the directory, which the pattern as
 * written does not, is reported with the pattern to give.
 */
async function misplacedExcludes(patterns, dir, cwd, input) {
    const root = resolve(cwd, dir);
    const exists = (path) => lstat(path).then(() => true, () => false);
    const issues = await Promise.all(patterns.map(async (pattern) => {
        if (mayBeGlob(pattern))
            return undefined;
        const meant = resolve(cwd, pattern);
        const inside = pathInside(root, meant);
        if (inside === undefined)
            return undefined;
        // As a pattern, a leading / anchors at the cataloged directory: join, not resolve.
        if ((await exists(join(root, pattern))) || !(await exists(meant)))
            return undefined;
        return { input, message: `${quoted(pattern)} names ${isAbsolute(pattern) ? 'a path' : 'a path from the working directory'} inside ${dir}, but patterns are relative to that directory: give ${quoted(inside.split(sep).join('/'))}` };
    }));
    return issues.filter((issue) => issue !== undefined);
}

// EXTERNAL MODULE: ./lib/core/workflow-ref.js
var workflow_ref = __webpack_require__(9966);
// EXTERNAL MODULE: ./lib/core/pattern.js
var core_pattern = __webpack_require__(9325);
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
    if (match?.[1] === undefined || (0,workflow_ref/* isWorkflowRef */.zX)(match[1]))
        return undefined;
    return match[1];
}
/** What is wrong with a signer workflow whose ref {@link unheldRef} found, and how to write it. */
function unheldRefMessage(signerWorkflow, ref) {
    return `is ${(0,quote/* quoted */.TL)(signerWorkflow)}, whose ref ${(0,quote/* quoted */.TL)(ref)} no certificate holds: GitHub writes the workflow's ref in full, refs/tags/${ref} for a tag or refs/heads/${ref} for a branch, or the full commit SHA it was called at; give one of those, or leave out "@${ref}" to accept any ref`;
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
        reader.report('repo', `is ${(0,quote/* quoted */.TL)(repo)}; expected owner/name, e.g. octo-org/widget`);
    if (owner !== undefined && !OWNER.test(owner))
        reader.report('owner', `is ${(0,quote/* quoted */.TL)(owner)}; expected a user or organization name, e.g. octo-org`);
    if (owner !== undefined && repo !== undefined && repo.split('/')[0]?.toLowerCase() !== owner.toLowerCase())
        reader.report('owner', `is ${(0,quote/* quoted */.TL)(owner)}, but ${nameOf('repo')} ${repo} belongs to another owner`);
    if (sourceRef !== undefined && !SOURCE_REF.test(sourceRef))
        reader.report('source-ref', `is ${(0,quote/* quoted */.TL)(sourceRef)}; expected a full ref, e.g. refs/tags/v1.2.3 or refs/heads/main`);
    if (signerRepo !== undefined && !REPO.test(signerRepo))
        reader.report('signer-repo', `is ${(0,quote/* quoted */.TL)(signerRepo)}; expected owner/name, e.g. octo-org/shared-workflows`);
    if (signerRepo !== undefined && signerWorkflow !== undefined)
        reader.report('signer-repo', `cannot be combined with ${nameOf('signer-workflow')}: give the workflow, or only its repository`);
    if (signerWorkflow !== undefined && !SIGNER_WORKFLOW.test(signerWorkflow)) {
        reader.report('signer-workflow', `is ${(0,quote/* quoted */.TL)(signerWorkflow)}; expected [host/]owner/repo/path[@ref], e.g. octo-org/widget/.github/workflows/release.yml`);
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
    const compiled = (0,core_pattern/* compileUserPattern */.b)(pattern);
    if ('problem' in compiled) {
        reader.report(`${name}-regexp`, patternProblem(compiled.problem));
        return undefined;
    }
    return { kind: 'regexp', pattern, input: nameOf(`${name}-regexp`) };
}
/** How a pattern RE2 refuses is told, with RE2's own words. */
function patternProblem(problem) {
    return `is not a valid regular expression (RE2 syntax, as cosign reads it): ${(0,quote/* boundedText */.LD)(problem)}`;
}
/**
 * Readies what a verify config's patterns are compiled with, when `raw` gives one (an input ending
 * in `-regexp`), before {@link verifyConfig} or {@link attestationVerifyConfig} reads it.
 */
async function loadPatternsOf(raw) {
    if (Object.entries(raw).some(([name, value]) => name.endsWith('-regexp') && value !== undefined && value !== ''))
        await (0,core_pattern/* loadPatternEngine */.J)();
}

;// CONCATENATED MODULE: ./lib/config/verify-attestation.js



/** The predicate type `gh attestation verify` checks unless told otherwise: SLSA provenance v1. */
const DEFAULT_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
/**
 * Why an artifact named by a digest cannot be looked up: attestations are found by their artifact's
 * SHA-256. Undefined for a file name or a well-formed sha256 digest.
 */
function artifactDigestProblem(artifact) {
    if (!/^sha\d*:/i.test(artifact) || /^sha256:[0-9a-f]{64}$/i.test(artifact))
        return undefined;
    return `is ${(0,quote/* quoted */.TL)(artifact, 200)}, not sha256:<64 hex>: attestations are looked up by their artifact's SHA-256; give the file itself, or its sha256:<hex>`;
}
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The predicate types attest's `--type` names make: what a user who attested with `--type spdx` gives here instead. */
const ATTEST_TYPE_URIS = {
    slsaprovenance: 'https://slsa.dev/provenance/v1',
    spdx: 'https://spdx.dev/Document/v2.3 (an SPDX 2.2 document: https://spdx.dev/Document/v2.2)',
    cyclonedx: 'https://cyclonedx.org/bom',
};
/** Why a `--predicate-type` value is no predicate type (it must be a URI, such as `https://slsa.dev/provenance/v1`), or undefined when it is one. */
function predicateTypeProblem(value) {
    if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(value))
        return undefined;
    const meant = Object.hasOwn(ATTEST_TYPE_URIS, value.toLowerCase()) ? ATTEST_TYPE_URIS[value.toLowerCase()] : undefined;
    if (meant !== undefined)
        return `is ${(0,quote/* quoted */.TL)(value)}, attest's --type; the predicate type it attests is ${meant}`;
    return `is ${(0,quote/* quoted */.TL)(value.slice(0, 200))}; expected a URI, e.g. ${DEFAULT_PREDICATE_TYPE}`;
}
/**
 * Validates the attestation inputs: the signer policy of {@link verifyConfig} (with `owner` and
 * `source-ref`), and `predicate-type` (an absolute URI; default SLSA provenance v1), `source-digest`
 * and `deny-self-hosted-runners`, which need a keyless policy. Every problem is reported at once.
 */
function attestationVerifyConfig(raw, nameOf) {
    const reader = new InputReader(raw, nameOf);
    const predicateType = reader.string('predicate-type', DEFAULT_PREDICATE_TYPE) ?? DEFAULT_PREDICATE_TYPE;
    const sourceDigest = reader.string('source-digest');
    const denySelfHostedRunners = reader.boolean('deny-self-hosted-runners', false);
    const predicateProblem = predicateTypeProblem(predicateType);
    if (predicateProblem !== undefined)
        reader.report('predicate-type', predicateProblem);
    if (sourceDigest !== undefined && !COMMIT.test(sourceDigest))
        reader.report('source-digest', `is ${(0,quote/* quoted */.TL)(sourceDigest)}; expected a commit SHA (40 lowercase hex digits)`);
    if (reader.string('key') !== undefined) {
        if (sourceDigest !== undefined)
            reader.report('source-digest', 'cannot be combined with a key: key-signed bundles carry no source');
        if (denySelfHostedRunners)
            reader.report('deny-self-hosted-runners', 'cannot be combined with a key: key-signed bundles say nothing about runners');
    }
    const issues = [];
    let base;
    try {
        base = verifyConfig(raw, nameOf);
    }
    catch (error) {
        if (!(error instanceof inputs_ConfigError))
            throw error;
        issues.push(...error.issues);
    }
    try {
        reader.finish();
    }
    catch (error) {
        if (!(error instanceof inputs_ConfigError))
            throw error;
        issues.push(...error.issues);
    }
    if (issues.length > 0 || base === undefined)
        throw new inputs_ConfigError(issues);
    const policy = base.policy;
    const identityOrigin = policy.kind === 'key' || policy.identity !== undefined ? 'explicit' : policy.signerWorkflow !== undefined || policy.signerRepo !== undefined ? 'signer-workflow' : 'repository';
    // Read, with the signer policy, by verifyConfig: verify-blob and verify-checksums take it too.
    const sourceRef = policy.kind === 'certificate' ? policy.sourceRef : undefined;
    return { ...base, predicateType, sourceRef, sourceDigest, denySelfHostedRunners, identityOrigin };
}

;// CONCATENATED MODULE: ./lib/core/ascii.js
/**
 * ASCII letters lowercased, nothing else: GitHub compares owner, repository and asset names so,
 * while Unicode lowercasing maps the Kelvin sign to `k` and would make two names one.
 */
function asciiLowerCase(text) {
    return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

// EXTERNAL MODULE: ./lib/sigstore/verify/errors.js
var verify_errors = __webpack_require__(5447);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/json.js
var core_json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/sigstore/verify/certificate.js
var verify_certificate = __webpack_require__(4661);
// EXTERNAL MODULE: ./lib/sigstore/verify/der.js
var verify_der = __webpack_require__(3913);
// EXTERNAL MODULE: ./lib/sigstore/verify/documents.js
var documents = __webpack_require__(396);
// EXTERNAL MODULE: ./lib/sigstore/verify/policy.js
var verify_policy = __webpack_require__(1638);
// EXTERNAL MODULE: ./lib/sigstore/verify/sct.js
var verify_sct = __webpack_require__(2324);
;// CONCATENATED MODULE: ./lib/sigstore/verify/timestamp.js



const SEQUENCE = 0x30;
const SET = 0x31;
const OID = 0x06;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const CONSTRUCTED_OCTET_STRING = 0x24;
const EXPLICIT_0 = 0xa0;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const SIGNED_DATA = '1.2.840.113549.1.7.2';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const CONTENT_TYPE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12';
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const HASHES = { '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' };
const ECDSA_HASHES = { '1.2.840.10045.4.3.1': 'sha224', '1.2.840.10045.4.3.2': 'sha256', '1.2.840.10045.4.3.3': 'sha384', '1.2.840.10045.4.3.4': 'sha512' };
/**
 * A DER GeneralizedTime (X.690 11.7): seconds, then a fraction of 1 to 9 digits without trailing zeros
 * when it has one, then Z; what Go's reader (sigstore-go, cosign) takes, a time that serializes back to itself.
 */
const TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{0,8}[1-9]))?Z$/;
/** A DER UTCTime (RFC 5280 4.1.2.5.1: seconds, Z), as CMS encodes a signing time before 2050. */
const UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
function child(node, index, tag, what) {
    const found = node === undefined ? undefined : (0,verify_der/* derChildren */.v0)(node)[index];
    if (found === undefined || (tag !== undefined && found.tag !== tag))
        throw new Error(`malformed timestamp: ${what}`);
    return found;
}
function oid(node, what) {
    if (node.tag !== OID)
        throw new Error(`malformed timestamp: ${what}`);
    return (0,verify_der/* oidText */.ch)(node.content);
}
function known(table, id, what) {
    const name = table[id];
    if (name === undefined)
        throw new Error(`unsupported ${what} ${id}`);
    return name;
}
function time(node) {
    // RFC 3161 2.4.2: genTime is a GeneralizedTime; Go's reader of TSTInfo (sigstore-go, cosign) refuses a UTCTime.
    if (node.tag !== GENERALIZED_TIME)
        throw new Error('malformed timestamp: genTime is not a GeneralizedTime');
    const text = node.content.toString('latin1');
    const match = TIME.exec(text);
    if (match === null)
        throw new Error(`malformed timestamp: genTime ${(0,quote/* quoted */.TL)(text, 40)} is not a DER GeneralizedTime (YYYYMMDDHHMMSS, then a fraction of up to 9 digits without trailing zeros, then Z)`);
    const date = timeOf(Number(match[1]), match);
    // Month 13, February 30 or hour 24 is no time: refused here, not compared later as NaN or as another day.
    if (date === undefined)
        throw new Error(`malformed timestamp: genTime ${match[0]} is not a time`);
    return date;
}
/**
 * The time a GeneralizedTime or UTCTime says (`year`, then month to second and a fraction in the
 * match's groups 2 to 7), as a {@link SignedTime}. Undefined for a date no calendar has.
 */
function timeOf(year, match) {
    const [month, day, hour, minute, second] = [2, 3, 4, 5, 6].map((group) => Number(match[group]));
    const fraction = match[7] ?? '';
    const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
    const at = new Date(Date.UTC(year, (month ?? 0) - 1, day, hour, minute, second));
    // Date.UTC carries an overflow into the next field (February 30 is March 2) and reads years below 100 as 19xx.
    const same = at.getUTCFullYear() === year && at.getUTCMonth() === (month ?? 0) - 1 && at.getUTCDate() === day && at.getUTCHours() === hour && at.getUTCMinutes() === minute && at.getUTCSeconds() === second;
    if (!same)
        return undefined;
    const earliest = new Date(at.getTime() + milliseconds);
    // DER writes no trailing zero, so digits past the third are a fraction of a millisecond.
    return { earliest, latest: fraction.length > 3 ? new Date(earliest.getTime() + 1) : earliest };
}
/**
 * The bytes of the OCTET STRING holding the TSTInfo, which must be primitive, as DER has it. CMS's
 * BER also allows one constructed of segments, but cosign (its digest then covers the segments'
 * headers, and fails) and sigstore-js (which crashes) take none: a token they refuse is refused here.
 */
function octets(node) {
    if (node.tag === CONSTRUCTED_OCTET_STRING)
        throw new Error('malformed timestamp: eContent is a constructed (BER) OCTET STRING; a DER token has a primitive one, and cosign and sigstore-js read no other');
    if (node.tag !== OCTET_STRING)
        throw new Error('malformed timestamp: eContent is not an OCTET STRING');
    return node.content;
}
/** Reads a TimeStampResp (status, then the token: a CMS SignedData over a TSTInfo with one signer and signed attributes); throws on anything else. */
function parseRfc3161(der) {
    const response = (0,verify_der/* derNode */.eG)(der);
    if (response.tag !== SEQUENCE)
        throw new Error('malformed timestamp: not a TimeStampResp');
    // Nothing in a timestamp is skipped unread: every constructed element holds whole elements.
    (0,verify_der/* expectWholeElements */.iL)(response, 32, 'malformed timestamp: nested too deeply');
    // PKIStatus granted (0) alone, as Go's reader of responses (sigstore-go, cosign) takes it: grantedWithMods (1) is a token other than the one asked for, anything else carries none.
    const status = child(child(response, 0, SEQUENCE, 'status'), 0, INTEGER, 'status');
    if (status.content.length !== 1 || status.content[0] !== 0) {
        const value = status.content.length === 1 ? String(status.content[0]) : `0x${status.content.toString('hex').slice(0, 16)}`;
        throw new Error(`the timestamp response's status is ${value}${value === '1' ? ' (grantedWithMods)' : ''}, not granted (0)`);
    }
    const token = (0,verify_der/* derChildren */.v0)(response)[1];
    if (token === undefined)
        throw new Error('timeStampToken is missing');
    if (oid(child(token, 0, undefined, 'contentType'), 'contentType') !== SIGNED_DATA)
        throw new Error('incorrect content type');
    const signedData = child((0,verify_der/* derChildren */.v0)(token).find((node) => node.tag === EXPLICIT_0), 0, SEQUENCE, 'SignedData');
    const parts = (0,verify_der/* derChildren */.v0)(signedData);
    const encapsulated = child(signedData, 2, SEQUENCE, 'encapContentInfo');
    if (oid(child(encapsulated, 0, undefined, 'eContentType'), 'eContentType') !== TST_INFO)
        throw new Error('incorrect encapsulated content type');
    const tstInfoNode = (0,verify_der/* derNode */.eG)(octets(child(child(encapsulated, 1, EXPLICIT_0, 'eContent'), 0, undefined, 'eContent')));
    if (tstInfoNode.tag !== SEQUENCE)
        throw new Error('malformed timestamp: TSTInfo');
    // RFC 3161 2.4.2: version v1, a policy and a serial number; another version is a structure this reader does not know.
    const version = child(tstInfoNode, 0, INTEGER, 'TSTInfo version').content;
    if (version.length !== 1 || version[0] !== 1)
        throw new Error(`the timestamp has TSTInfo version ${version.length === 1 ? String(version[0]) : `0x${version.toString('hex').slice(0, 16)}`}, expected 1`);
    oid(child(tstInfoNode, 1, undefined, 'policy'), 'policy');
    child(tstInfoNode, 3, INTEGER, 'serialNumber');
    const messageImprint = child(tstInfoNode, 2, SEQUENCE, 'messageImprint');
    const signerInfos = parts.at(-1);
    if (signerInfos?.tag !== SET)
        throw new Error('malformed timestamp: signerInfos');
    // RFC 3161 2.4.2: the token carries the TSA's signature and no other; Go's CMS reader (sigstore-go) checks every one, this reader the first.
    const signerCount = (0,verify_der/* derChildren */.v0)(signerInfos).length;
    if (signerCount !== 1)
        throw new Error(`the timestamp carries ${signerCount} signer infos, expected the TSA's alone`);
    const signerInfo = child(signerInfos, 0, SEQUENCE, 'SignerInfo');
    const signer = child(signerInfo, 1, SEQUENCE, 'sid');
    const signedAttributes = child(signerInfo, 3, EXPLICIT_0, 'signedAttrs');
    const attributes = (type) => (0,verify_der/* derChildren */.v0)(signedAttributes).filter((attribute) => oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === type);
    const digests = attributes(MESSAGE_DIGEST);
    if (digests.length !== 1)
        throw new Error(`the signed attributes hold ${digests.length} message digests, expected 1`);
    // RFC 5652 5.3: the signed content-type attribute is what binds the signature to a TSTInfo; the eContentType beside it is signed by nobody.
    const contentTypes = attributes(CONTENT_TYPE);
    if (contentTypes.length !== 1)
        throw new Error(`the signed attributes hold ${contentTypes.length} content types, expected 1`);
    const contentTypeValues = (0,verify_der/* derChildren */.v0)(child(contentTypes[0], 1, SET, 'content type values'));
    const contentType = contentTypeValues.length === 1 ? oid(contentTypeValues[0], 'content type') : `(${contentTypeValues.length} values)`;
    if (contentType !== TST_INFO)
        throw new Error(`the signed content type is ${contentType}, expected id-ct-TSTInfo (${TST_INFO})`);
    const digestValues = (0,verify_der/* derChildren */.v0)(child(digests[0], 1, SET, 'messageDigest values'));
    if (digestValues.length !== 1)
        throw new Error(`the signed message-digest attribute holds ${digestValues.length} values, expected 1`);
    const signingCertificate = readSigningCertificate([...attributes(SIGNING_CERTIFICATE), ...attributes(SIGNING_CERTIFICATE_V2)]);
    const signingTimes = attributes(SIGNING_TIME);
    if (signingTimes.length > 1)
        throw new Error(`the signed attributes hold ${signingTimes.length} signing times, expected at most 1`);
    const signingTimeValues = signingTimes[0] === undefined ? [] : (0,verify_der/* derChildren */.v0)(child(signingTimes[0], 1, SET, 'signing time values'));
    if (signingTimes.length === 1 && signingTimeValues.length !== 1)
        throw new Error(`the signed signing-time attribute holds ${signingTimeValues.length} values, expected 1`);
    return {
        signingTime: time(child(tstInfoNode, 4, undefined, 'genTime')),
        signerSerialNumber: child(signer, 1, 0x02, 'sid serial number').content,
        signerIssuer: child(signer, 0, SEQUENCE, 'sid issuer').content,
        tstInfo: tstInfoNode.whole,
        imprint: { hash: known(HASHES, oid(child(child(messageImprint, 0, SEQUENCE, 'hashAlgorithm'), 0, undefined, 'hashAlgorithm'), 'hashAlgorithm'), 'message imprint hash'), digest: child(messageImprint, 1, OCTET_STRING, 'hashedMessage').content },
        signerDigest: known(HASHES, oid(child(child(signerInfo, 2, SEQUENCE, 'digestAlgorithm'), 0, undefined, 'digestAlgorithm'), 'digestAlgorithm'), 'signer digest'),
        signedAttributes: Buffer.concat([Buffer.from([SET]), signedAttributes.whole.subarray(1)]),
        messageDigest: child(child(digests[0], 1, SET, 'messageDigest values'), 0, OCTET_STRING, 'messageDigest').content,
        ...(signingCertificate === undefined ? {} : { signingCertificate }),
        ...(signingTimeValues[0] === undefined ? {} : { signingTimeAttribute: attributeTime(signingTimeValues[0]) }),
        signatureHash: known(ECDSA_HASHES, oid(child(child(signerInfo, 4, SEQUENCE, 'signatureAlgorithm'), 0, undefined, 'signatureAlgorithm'), 'signatureAlgorithm'), 'signature algorithm'),
        signature: child(signerInfo, 5, OCTET_STRING, 'signature').content,
    };
}
/** A signing-time attribute's value: a UTCTime (years 1950 to 2049) or a GeneralizedTime, as RFC 5652 11.3 encodes it. */
function attributeTime(node) {
    const text = node.content.toString('latin1');
    const match = node.tag === UTC_TIME ? UTC.exec(text) : node.tag === GENERALIZED_TIME ? TIME.exec(text) : null;
    if (match === null)
        throw new Error('malformed timestamp: the signed signing-time attribute is not a UTCTime or GeneralizedTime');
    const year = node.tag === UTC_TIME ? Number(match[1]) + (Number(match[1]) >= 50 ? 1900 : 2000) : Number(match[1]);
    const date = timeOf(year, match);
    if (date === undefined)
        throw new Error(`malformed timestamp: the signed signing-time ${match[0]} is not a time`);
    return date;
}
/**
 * The first ESSCertID(v2) of a signingCertificate(V2) attribute: the certificate that verifies the signature
 * (RFC 5035 5.4), by a SHA-1 hash (v1) or the hash its AlgorithmIdentifier names, SHA-256 by default (v2).
 */
function readSigningCertificate(found) {
    if (found.length === 0)
        return undefined;
    if (found.length > 1)
        throw new Error(`the signed attributes hold ${found.length} signing-certificate attributes, expected at most 1`);
    const attribute = found[0];
    const values = (0,verify_der/* derChildren */.v0)(child(attribute, 1, SET, 'signing certificate values'));
    if (values.length !== 1)
        throw new Error(`the signed signing-certificate attribute holds ${values.length} values, expected 1`);
    const first = child(child(values[0], 0, SEQUENCE, 'signing certificate ids'), 0, SEQUENCE, 'ESSCertID');
    if (oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === SIGNING_CERTIFICATE) {
        return { attribute: 'signingCertificate', hash: 'sha1', digest: child(first, 0, OCTET_STRING, 'ESSCertID certHash').content };
    }
    const named = (0,verify_der/* derChildren */.v0)(first)[0]?.tag === SEQUENCE;
    const hash = named ? known(HASHES, oid(child(child(first, 0, SEQUENCE, 'ESSCertIDv2 hashAlgorithm'), 0, undefined, 'ESSCertIDv2 hashAlgorithm'), 'ESSCertIDv2 hashAlgorithm'), 'signing certificate hash') : 'sha256';
    return { attribute: 'signingCertificateV2', hash, digest: child(first, named ? 1 : 0, OCTET_STRING, 'ESSCertIDv2 certHash').content };
}
function sameBytes(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * Checks that a timestamp covers `data` (its message imprint), that its signed attributes cover
 * its TSTInfo (the message-digest attribute) and name `certificate` (DER) when they name one, and
 * that `key`, the certificate's, signed them; throws saying which fails.
 */
function verifyRfc3161(timestamp, data, key, certificate) {
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.imprint.hash).update(data).digest(), timestamp.imprint.digest))
        throw new Error('message imprint does not match the signature it is to date: the timestamp was made for another signature');
    if (!sameBytes((0,external_node_crypto_.createHash)(timestamp.signerDigest).update(timestamp.tstInfo).digest(), timestamp.messageDigest))
        throw new Error('signed data does not match tstInfo');
    // The signer identifier is outside the signature: only this signed attribute says which certificate the TSA signed under.
    const named = timestamp.signingCertificate;
    if (named !== undefined && !sameBytes((0,external_node_crypto_.createHash)(named.hash).update(certificate).digest(), named.digest)) {
        throw new Error(`the signed ${named.attribute} attribute names another certificate than the timestamp authority's in the trusted root`);
    }
    // Node verifies with whatever the key is: an RSA key would check a PKCS #1 signature under an ECDSA label, which Go's CMS reader refuses.
    if (key.asymmetricKeyType !== 'ec')
        throw new Error(`the timestamp's signature algorithm is ECDSA, but the timestamp authority's key is an ${key.asymmetricKeyType ?? 'unknown'} key`);
    let valid;
    try {
        valid = (0,external_node_crypto_.verify)(timestamp.signatureHash, timestamp.signedAttributes, key, timestamp.signature);
    }
    catch {
        valid = false;
    }
    if (!valid)
        throw new Error('signature verification failed');
}

// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(132);
;// CONCATENATED MODULE: ./lib/sigstore/verify/tlog.js






/** The entry kinds only Rekor v2 logs write (v1 writes hashedrekord and dsse at 0.0.1). */
const REKOR_V2_KINDS = new Set(['hashedrekord/0.0.2', 'dsse/0.0.2']);
/**
 * Verifies one transparency-log entry: the log is in the trusted root with a key valid at the
 * entry's signed integration time (or, for an entry with only an inclusion proof, at every
 * `signedTimes`: the bundle's verified RFC 3161 times and other entries' signed integration times;
 * with none of those, at `now`), its signed entry timestamp and/or inclusion proof
 * (checkpoint signature and Merkle path) verify, and its body records this bundle's signature,
 * digest and key.
 */
function verifyLogEntry(entry, roots, content, where, signedTimes = [], now = new Date()) {
    for (const [field, value] of [['logIndex', entry.logIndex], ['integratedTime', entry.integratedTime], ['inclusionProof.logIndex', entry.inclusionProof?.logIndex ?? '0'], ['inclusionProof.treeSize', entry.inclusionProof?.treeSize ?? '0']]) {
        if (!/^\d{1,19}$/.test(value))
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${where}: ${field} is ${(0,quote/* quoted */.TL)(value, 40)}, expected a non-negative integer`);
    }
    // A Rekor v2 log is one tree, and rekor-tiles' verifier (sigstore-go's) proves the entry's own index: the proof must be of it.
    // Rekor v1 numbers entries across its shards while a proof is of the index in the entry's shard, so there the two differ.
    if (entry.inclusionProof !== undefined && REKOR_V2_KINDS.has(`${entry.kindVersion?.kind}/${entry.kindVersion?.version}`) && BigInt(entry.inclusionProof.logIndex) !== BigInt(entry.logIndex)) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: logIndex ${entry.logIndex}, but its inclusion proof is for index ${entry.inclusionProof.logIndex}: the entry is not the one proven`);
    }
    const keyId = entry.logId?.keyId;
    const integratedTime = new Date(Number(entry.integratedTime) * 1000);
    // A signed integration time is compared and printed; one past what a Date holds made toISOString throw an uncoded RangeError.
    if (entry.inclusionPromise !== undefined && Number.isNaN(integratedTime.getTime())) {
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `${where}: integratedTime ${entry.integratedTime} is past the last time this verifier can compare (8640000000000, in the year 275760)`);
    }
    const candidates = roots.flatMap((root) => root.tlogs).filter((log) => keyId !== undefined && (log.logId.equals(keyId) || log.checkpointKeyId.equals(keyId)));
    if (candidates.length === 0) {
        const known = roots.flatMap((root) => root.tlogs.map((log) => `${log.baseUrl} (${(0,verify_certificate/* abbreviate */.Sm)(log.logId.toString('hex'))})`));
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_UNTRUSTED', `${where}: logged by log id ${keyId === undefined ? '(none)' : (0,verify_certificate/* abbreviate */.Sm)(Buffer.from(keyId).toString('hex'))}, which ${(0,trust/* rootLabels */.Wn)(roots)} does not list (it lists ${known.length === 0 ? 'no transparency log' : (0,quote/* boundedList */.Y4)(known)})`);
    }
    // Without a signed promise the integration time is unproven, so the checkpoint key must be valid whenever the bundle's other evidence says the
    // signature was made; with no such evidence (a key-signed bundle whose log gives no signed time, and no timestamp), now: a retired key vouches for nothing.
    const undated = entry.inclusionPromise === undefined && signedTimes.length === 0;
    const times = entry.inclusionPromise !== undefined ? [integratedTime] : undated ? [now] : signedTimes;
    const log = candidates.find((candidate) => times.every((time) => candidate.validFrom <= time && time <= candidate.validTo));
    if (log === undefined) {
        // An integration time altered after the log signed it fails the signed promise: that is what is wrong, not the log key's validity then.
        const first = candidates[0];
        if (entry.inclusionPromise !== undefined && !candidates.some((candidate) => promiseVerifies(entry, candidate)))
            verifyPromise(entry, first, where);
        const when = entry.inclusionPromise !== undefined
            ? `integrated at ${integratedTime.toISOString()}`
            : undated
                ? `carries no signed time (neither a signed entry timestamp nor an RFC 3161 timestamp in the bundle), so its log's key must be valid now, ${now.toISOString()}, and that is`
                : `signed at ${times.map((time) => time.toISOString()).join(', ')} (RFC 3161)`;
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_UNTRUSTED', `${where}: ${when}, outside the validity of the log's key in the trusted root (${candidates.map((candidate) => (0,trust/* describeValidity */.Aw)(candidate.validFrom, candidate.validTo)).join('; ')})`, {
            hint: `the trusted root lists this log, but not as trusted then (its key's validFor): ${undated ? 'a key retired since signing vouches for nothing without a signed time; sign with a timestamp authority, or ' : ''}check that the trusted root is the current one of the instance that logged the bundle`,
        });
    }
    if (entry.inclusionPromise === undefined && entry.inclusionProof === undefined) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: carries neither an inclusion promise nor an inclusion proof`);
    }
    if (entry.inclusionPromise !== undefined)
        verifyPromise(entry, log, where);
    if (entry.inclusionProof !== undefined)
        verifyProof(entry, log, where, roots.some((root) => root.tlogs.some((other) => other.publicKey.equals(log.publicKey) && !sameNames(other, log))));
    const kind = verifyBody(entry, content, where);
    return {
        baseUrl: log.baseUrl,
        // Only a signed promise covers the entry's own logIndex (across a Rekor v1 log's shards); without one, report the index the inclusion proof verified.
        logIndex: entry.inclusionPromise === undefined ? (entry.inclusionProof?.logIndex ?? entry.logIndex) : entry.logIndex,
        kind,
        ...(entry.inclusionPromise !== undefined && entry.integratedTime !== '0' ? { integratedTime } : {}),
    };
}
/** Whether the entry's signed entry timestamp verifies with the key of `log`. */
function promiseVerifies(entry, log) {
    // Rekor signs the canonical JSON (RFC 8785) of these four: keys in code-unit order, which JSON.stringify keeps as written.
    const payload = JSON.stringify({
        body: entry.canonicalizedBody.toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logID: log.logId.toString('hex'),
        logIndex: Number(entry.logIndex),
    });
    return verifyWith(log.publicKey, Buffer.from(payload, 'utf8'), entry.inclusionPromise?.signedEntryTimestamp ?? Buffer.alloc(0));
}
function verifyPromise(entry, log, where) {
    if (!promiseVerifies(entry, log)) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: the signed entry timestamp does not verify with the key of ${log.baseUrl} (logIndex ${entry.logIndex}, integratedTime ${entry.integratedTime})`);
    }
}
const NOTE_SIGNATURE = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/]+={0,2})$/;
const TREE_SIZE = /^(?:0|[1-9]\d{0,18})$/;
/**
 * Splits a signed note into its text and signature lines, refusing anything else in the
 * signature block: a line another verifier may read differently is not skipped but refused.
 */
function parseSignedNote(envelope, fail) {
    const split = envelope.indexOf('\n\n');
    if (split === -1)
        fail('the checkpoint has no signature block');
    if (!envelope.endsWith('\n'))
        fail('the checkpoint\'s signature block does not end with a newline');
    const lines = envelope.slice(split + 2, -1).split('\n');
    if (lines.length > 64)
        fail(`the checkpoint carries ${lines.length} signature lines, more than a checkpoint has any reason to`);
    const signatures = lines.map((line, index) => {
        const match = NOTE_SIGNATURE.exec(line);
        if (match === null)
            return fail(`signature line ${index + 1} is not "\u2014 <key name> <base64 key id and signature>": ${(0,quote/* quoted */.TL)(line, 80)}`);
        const bytes = Buffer.from(match[2] ?? '', 'base64');
        if (bytes.length < 5)
            fail(`signature line ${index + 1} is too short to hold a key id and a signature`);
        return { name: match[1] ?? '', keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) };
    });
    return { note: envelope.slice(0, split + 1), signatures };
}
/** The checkpoint body (C2SP tlog-checkpoint): origin, tree size in decimal without leading zeros, 32-byte root hash in base64, extension lines. */
function parseCheckpoint(note, fail) {
    const lines = note.slice(0, -1).split('\n');
    if (lines.length < 3)
        fail(`the checkpoint has ${lines.length} line(s), expected at least 3 (origin, tree size, root hash)`);
    const [origin = '', size = '', hash = ''] = lines;
    if (origin === '')
        fail('the checkpoint names no origin');
    if (!TREE_SIZE.test(size))
        fail(`the checkpoint's tree size ${(0,quote/* quoted */.TL)(size, 40)} is not a decimal number without leading zeros`);
    const rootHash = Buffer.from(hash, 'base64');
    if (rootHash.length !== 32 || rootHash.toString('base64') !== hash)
        fail(`the checkpoint's root hash ${(0,quote/* quoted */.TL)(hash, 60)} is not a base64 SHA-256 hash`);
    return { origin, treeSize: BigInt(size), rootHash };
}
/**
 * The names a log signs its checkpoints with: its hostname, as rekor-tiles writes it and sigstore-go
 * expects it; its host with the port, as a Rekor v1 on a port may write it; or its host and path for a
 * log served below one (sigstore-js accepts any name its base URL contains).
 */
function noteNames(log) {
    try {
        const url = new URL(log.baseUrl);
        const path = url.pathname.replace(/\/+$/, '');
        return [...new Set([url.hostname, url.host, ...(path === '' ? [] : [`${url.host}${path}`])])];
    }
    catch {
        return [];
    }
}
/**
 * Whether two logs sign their checkpoints under the same names (the same host, listed twice for two validity periods).
 * Both ways: a log on the same host with a port or a path has the host's names and more, and is another log.
 */
function sameNames(a, b) {
    const [namesOfA, namesOfB] = [noteNames(a), noteNames(b)];
    return namesOfA.length === namesOfB.length && namesOfA.every((name) => namesOfB.includes(name));
}
/**
 * Whether a checkpoint's origin line names the log that signed it under `name`: C2SP tlog-checkpoint logs (rekor-tiles,
 * Ed25519 as Rekor v2 runs) use their key's name exactly, as sigstore-go requires; Rekor v1 (ECDSA) writes
 * "<name> - <tree id>", the tree of the shard the entry is in.
 */
function isOriginOf(origin, name, log) {
    if (origin === name)
        return true;
    return log.publicKey.asymmetricKeyType !== 'ed25519' && origin.startsWith(`${name} - `) && /^[1-9]\d{0,18}$/.test(origin.slice(name.length + 3));
}
/**
 * Verifies an entry's inclusion proof against its checkpoint, signed by `log`. A Rekor v1 log (ECDSA) signs under
 * its `--rekor_server.hostname`, by default its machine's name (a sigstore/scaffolding deployment's is its pod's),
 * not always its URL's host, and sigstore-go, cosign and sigstore-python accept a checkpoint under any name: so
 * does this, for a log whose key `keyShared` says no other log of the trusted roots has. Its origin must still be
 * the name signed under (`<name> - <tree id>`), so that another log's checkpoint under a shared key, or this one's
 * re-signed under another name, never passes for this log's; a C2SP log (Ed25519, Rekor v2) signs under its host.
 */
/**
 * Checks an inclusion proof: its checkpoint signed by the log under its name, for the proof's tree, and the entry's
 * Merkle path to that tree's root. A v0.1 proof without a checkpoint (Rekor's answers before checkpoints) proves nothing
 * by itself, since nothing signs its root, but a path that does not hash to the root it gives is altered evidence all
 * the same: refused, as the conformance suite refuses it.
 */
function verifyProof(entry, log, where, keyShared) {
    const proof = entry.inclusionProof;
    if (proof === undefined)
        return;
    const fail = (message) => {
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_INCLUSION_INVALID', `${where}: inclusion proof: ${message}`);
    };
    if (proof.rootHash.length !== 32)
        fail(`the proof's root hash is ${proof.rootHash.length} bytes, expected 32`);
    if (proof.checkpoint !== undefined)
        verifyCheckpoint(proof, proof.checkpoint.envelope, log, keyShared, fail);
    const treeSize = BigInt(proof.treeSize);
    const index = BigInt(proof.logIndex);
    if (index < 0n || index >= treeSize)
        fail(`index ${index} is outside a tree of size ${treeSize}`);
    const inner = bitLength(index ^ (treeSize - 1n));
    const border = ones(index >> BigInt(inner));
    if (proof.hashes.length !== inner + border)
        fail(`expected ${inner + border} hashes, found ${proof.hashes.length}`);
    const short = proof.hashes.findIndex((sibling) => sibling.length !== 32);
    if (short !== -1)
        fail(`hash ${short} is ${proof.hashes[short]?.length ?? 0} bytes, expected 32`);
    let hash = sha256(Buffer.from([0]), entry.canonicalizedBody);
    proof.hashes.forEach((sibling, level) => {
        if (level < inner && ((index >> BigInt(level)) & 1n) === 0n)
            hash = sha256(Buffer.from([1]), hash, sibling);
        else
            hash = sha256(Buffer.from([1]), sibling, hash);
    });
    const root = Buffer.from(proof.rootHash);
    if (!hash.equals(root))
        fail(`the entry hashes to root ${(0,verify_certificate/* abbreviate */.Sm)(hash.toString('hex'))}, the ${proof.checkpoint === undefined ? 'proof' : 'checkpoint'} says ${(0,verify_certificate/* abbreviate */.Sm)(root.toString('hex'))}`);
}
/** Checks that a checkpoint is the log's, signed under its name, and for the tree the proof is of. */
function verifyCheckpoint(proof, envelope, log, keyShared, fail) {
    const { note, signatures } = parseSignedNote(envelope, fail);
    const names = noteNames(log);
    const anyName = log.publicKey.asymmetricKeyType !== 'ed25519' && !keyShared;
    const signedAs = signatures
        .filter((signature) => (anyName || names.includes(signature.name)) && signature.keyHint.equals(log.checkpointKeyId.subarray(0, 4)) && verifyWith(log.publicKey, Buffer.from(note, 'utf8'), signature.signature))
        .map((signature) => signature.name);
    if (signedAs.length === 0)
        fail(`the checkpoint is not signed by ${log.baseUrl} (a signature line naming ${anyName ? 'any name' : names.join(' or ') || 'its host'} with its key${keyShared ? ', which another log of the trusted root has too: the line must name this log\'s host' : ''})`);
    const checkpoint = parseCheckpoint(note, fail);
    // The signature line's name and key hint are not signed: only the origin line says which log's tree this is. A key
    // shared by two logs (shards) would otherwise make one log's checkpoint prove entries of the other.
    if (!signedAs.some((name) => isOriginOf(checkpoint.origin, name, log))) {
        fail(`the checkpoint's origin ${(0,quote/* quoted */.TL)(checkpoint.origin, 80)} is not the name ${signedAs[0] ?? ''} signs under${log.publicKey.asymmetricKeyType === 'ed25519' ? '' : ` (nor "${signedAs[0] ?? ''} - <tree id>", as Rekor v1 writes it)`}: it is another log's checkpoint`);
    }
    if (BigInt(proof.treeSize) !== checkpoint.treeSize || !Buffer.from(proof.rootHash).equals(checkpoint.rootHash)) {
        fail(`the proof is for tree size ${proof.treeSize} and root ${(0,verify_certificate/* abbreviate */.Sm)(Buffer.from(proof.rootHash).toString('hex'))}, the checkpoint for ${checkpoint.treeSize} and ${(0,verify_certificate/* abbreviate */.Sm)(checkpoint.rootHash.toString('hex'))}`);
    }
}
function verifyBody(entry, content, where) {
    // The bundle's kindVersion is signed by nobody, and a logged body is whatever was submitted: the values a message repeats are kept printable and bounded.
    const mismatch = (message) => {
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_BODY_MISMATCH', `${where} (logIndex ${entry.logIndex}): ${(0,quote/* boundedText */.LD)(message, 600)}`);
    };
    const text = entry.canonicalizedBody.toString('utf8');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return mismatch('the logged body is not JSON');
    }
    // A body read two ways (JSON.parse keeps the last of two equal keys) could match the bundle here and something else in another verifier.
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        mismatch(`the logged body ${(0,core_json/* describeJsonFault */.at)(fault)}`);
    const kind = entry.kindVersion?.kind;
    const version = entry.kindVersion?.version;
    if (body.kind !== kind || body.apiVersion !== version)
        mismatch(`the bundle says ${kind}/${version}, the logged body is ${String(body.kind)}/${String(body.apiVersion)}`);
    const spec = (body.spec ?? {});
    const expectSignature = (found) => {
        if (typeof found !== 'string' || !Buffer.from(found, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
    };
    const expectKey = (found) => {
        const logged = typeof found === 'string' ? pemToDer(Buffer.from(found, 'base64').toString('utf8')) : Buffer.alloc(0);
        if (!logged.equals(content.keyDer) && !certifiesKey(logged, content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    };
    const key = `${kind}/${version}`;
    if (key === 'hashedrekord/0.0.1') {
        // A DSSE envelope may be logged as a hashedrekord over its pre-authentication encoding, as in Rekor v2 (the client spec allows it; sigstore-conformance's dsse-with-hashedrekord-happy-path).
        const signed = content.messageDigest ?? (content.paeSha256 === undefined ? undefined : { algorithm: 'sha256', hex: content.paeSha256 });
        if (signed === undefined)
            return mismatch('a hashedrekord entry logs a signed digest, and the bundle holds none');
        const signature = spec.signature;
        expectSignature(signature?.content);
        expectKey(signature?.publicKey?.content);
        const hash = spec.data?.hash;
        if (hash?.algorithm !== signed.algorithm || hash.value !== signed.hex) {
            mismatch(`the log records digest ${String(hash?.algorithm)}:${String(hash?.value)}, the bundle ${content.messageDigest === undefined ? "signs the DSSE envelope's pre-authentication encoding, " : ''}${signed.algorithm}:${signed.hex}`);
        }
    }
    else if (key === 'dsse/0.0.1') {
        if (content.payloadSha256 === undefined)
            return mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
        const signatures = spec.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        expectSignature(signatures[0]?.signature);
        expectKey(signatures[0]?.verifier);
        const payloadHash = spec.payloadHash?.value;
        if (payloadHash !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(payloadHash)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (key === 'intoto/0.0.2') {
        if (content.payloadSha256 === undefined)
            return mismatch('an intoto entry logs a DSSE envelope, but the bundle holds a message signature');
        const logged = spec.content ?? {};
        const signatures = logged.envelope?.signatures;
        if (!Array.isArray(signatures) || signatures.length !== 1)
            return mismatch(`expected 1 logged signature, found ${Array.isArray(signatures) ? signatures.length : 0}`);
        const doubleEncoded = signatures[0]?.sig;
        expectSignature(typeof doubleEncoded === 'string' ? Buffer.from(doubleEncoded, 'base64').toString('utf8') : undefined);
        // Rekor's intoto schema requires the key; an entry without one would vouch for a signature without saying by whom.
        expectKey(signatures[0]?.publicKey);
        if (logged.payloadHash?.value !== content.payloadSha256)
            mismatch(`the log records payload sha256:${String(logged.payloadHash?.value)}, the bundle's payload is sha256:${content.payloadSha256}`);
    }
    else if (REKOR_V2_KINDS.has(key)) {
        verifyRekorV2Body(key, spec, content, mismatch);
    }
    else {
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `${where}: log entries of kind ${(0,quote/* boundedText */.LD)(key)} are not supported (supported: hashedrekord/0.0.1, hashedrekord/0.0.2, dsse/0.0.1, dsse/0.0.2, intoto/0.0.2)`);
    }
    return key;
}
/** Rekor v2 bodies: protobuf JSON with base64 digests, signatures and DER verifiers. */
function verifyRekorV2Body(key, spec, content, mismatch) {
    const hex = (value) => (typeof value === 'string' ? Buffer.from(value, 'base64').toString('hex') : '');
    const expectSignature = (signature) => {
        if (typeof signature?.content !== 'string' || !Buffer.from(signature.content, 'base64').equals(content.signature))
            mismatch('the logged signature is not the bundle\'s signature');
        const verifier = signature.verifier?.x509Certificate?.rawBytes ?? signature.verifier?.publicKey?.rawBytes;
        if (typeof verifier !== 'string' || !Buffer.from(verifier, 'base64').equals(content.keyDer))
            mismatch('the logged signing key is not the bundle\'s certificate or key');
    };
    if (key === 'hashedrekord/0.0.2') {
        const entry = spec.hashedRekordV002;
        expectSignature(entry?.signature);
        const expected = content.messageDigest?.hex ?? content.paeSha256;
        const algorithm = content.messageDigest === undefined ? 'SHA2_256' : `SHA2_${content.messageDigest.algorithm.slice(3)}`;
        if (entry?.data?.algorithm !== algorithm || hex(entry.data.digest) !== expected) {
            mismatch(`the log records digest ${String(entry?.data?.algorithm)}:${hex(entry?.data?.digest)}, the bundle signs ${algorithm}:${expected ?? ''}`);
        }
        return;
    }
    if (content.payloadSha256 === undefined)
        mismatch('a dsse entry logs a DSSE envelope, but the bundle holds a message signature');
    const entry = spec.dsseV002;
    if (!Array.isArray(entry?.signatures) || entry.signatures.length !== 1)
        mismatch(`expected 1 logged signature, found ${Array.isArray(entry?.signatures) ? entry.signatures.length : 0}`);
    expectSignature(entry?.signatures?.[0]);
    if (entry?.payloadHash?.algorithm !== 'SHA2_256' || hex(entry.payloadHash.digest) !== content.payloadSha256) {
        mismatch(`the log records payload ${String(entry?.payloadHash?.algorithm)}:${hex(entry?.payloadHash?.digest)}, the bundle's payload is SHA2_256:${content.payloadSha256 ?? ''}`);
    }
}
/**
 * Whether a logged certificate is one for the public key (SPKI DER) a bundle is verified with:
 * `cosign sign --key --certificate` logs the key's certificate (a private CA's, or a KMS key's) as
 * the verifier, and cosign, given the key, accepts the entry when the two agree. A keyless
 * bundle's `keyDer` is a certificate, never an SPKI, so this never stands in for its own check.
 */
function certifiesKey(certificateDer, keyDer) {
    try {
        return new external_node_crypto_.X509Certificate(certificateDer).publicKey.export({ format: 'der', type: 'spki' }).equals(keyDer);
    }
    catch {
        // Not a certificate (a key, or bytes that are neither): the entry names another key.
        return false;
    }
}
/** DER bytes of the first PEM block of a text (certificate or public key); empty when there is none. */
function pemToDer(pem) {
    const match = /-----BEGIN [A-Z ]+-----([\s\S]*?)-----END [A-Z ]+-----/.exec(pem);
    return match === null ? Buffer.alloc(0) : Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64');
}
function verifyWith(key, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, key, signature);
    }
    catch {
        return false;
    }
}
function sha256(...parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts)
        hash.update(part);
    return hash.digest();
}
function bitLength(value) {
    return value === 0n ? 0 : value.toString(2).length;
}
function ones(value) {
    return value.toString(2).split('1').length - 1;
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/verify.js















/** The millisecond bounds of a verified time. */
function boundsOf(timestamp) {
    return { earliest: timestamp.earliest ?? timestamp.time, latest: timestamp.time };
}
/** Whether a signed time lies wholly within a window: from its start (inclusive) to its end (inclusive), both to the millisecond. */
function within(time, from, to) {
    return from <= time.earliest && time.latest <= to;
}
/** Whether a certificate was valid throughout a signed time's bounds. */
function validThroughout(certificate, time) {
    return certificate.validAt(time.earliest) && certificate.validAt(time.latest);
}
/** A signed time for a message: as ISO 8601, or, with a fraction finer than a millisecond, the millisecond it follows. */
function shownTime(time) {
    return time.earliest.getTime() === time.latest.getTime() ? time.latest.toISOString() : `just after ${time.earliest.toISOString()}`;
}
/** The content bytes of OID 1.3.6.1.4.1.11129.2.4.2 (RFC 6962 embedded SCT list). */
const SCT_OID_DER = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02]);
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The message digest algorithms a bundle may name that are verified (SHA-3 ones are not). */
const HASH_NAMES = {
    HASH_ALGORITHM_UNSPECIFIED: 'sha256',
    SHA2_256: 'sha256',
    SHA2_384: 'sha384',
    SHA2_512: 'sha512',
};
/**
 * Verifies a Sigstore bundle (v0.1 to v0.3, parsed JSON) for an artifact under a policy, offline:
 * the signature over the artifact (or, for DSSE, that the artifact is a subject of the signed
 * statement), the certificate chain to a CA of the trusted root and its SCTs, the transparency-log
 * entries and RFC 3161 timestamps, the thresholds of the issuing instance (a log entry where the
 * trusted root lists logs, a signed timestamp where it lists none), the certificate's validity at
 * every verified time, and then the policy's identity. Throws a {@link VerifyError}: `VERIFY_*`
 * for cryptographic failures, `VERIFY_POLICY_*` for a valid signature by someone else.
 */
function verifyBundle(bundleJson, artifact, policy, trust) {
    try {
        return verify(bundleJson, artifact, policy, trust);
    }
    catch (error) {
        if (error instanceof verify_errors/* VerifyError */.G)
            throw error;
        // Whatever else a malformed bundle makes the ASN.1 or JSON readers throw still fails verification, with a code.
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `malformed bundle: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
}
function verify(bundleJson, artifact, policy, trust) {
    const bundle = (0,documents/* decodeBundle */.VH)(bundleJson);
    const material = bundle.verificationMaterial;
    let leaf;
    let signingKey;
    let keyDer;
    if (material.content.$case === 'publicKey') {
        if (policy.kind !== 'key') {
            throw new verify_errors/* VerifyError */.G('VERIFY_KEY_MISMATCH', `expected a keyless bundle signed by ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found a bundle signed by a key (hint ${(0,quote/* quoted */.TL)(material.content.publicKey.hint)})`);
        }
        signingKey = policy.publicKey;
        keyDer = policy.publicKey.export({ format: 'der', type: 'spki' });
    }
    else {
        const der = material.content.$case === 'certificate' ? material.content.certificate.rawBytes : (material.content.x509CertificateChain.certificates[0]?.rawBytes ?? Buffer.alloc(0));
        if (policy.kind !== 'certificate') {
            throw new verify_errors/* VerifyError */.G('VERIFY_KEY_MISMATCH', `expected a bundle signed by the key in ${policy.source}, found a keyless bundle with a certificate`);
        }
        if (trust === undefined)
            throw new verify_errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', 'a keyless bundle needs a trusted root to verify its certificate');
        if (material.content.$case === 'x509CertificateChain')
            checkBundledChain(material.content.x509CertificateChain.certificates.map((certificate) => certificate.rawBytes));
        leaf = checkLeaf(der, trust);
        signingKey = leaf.certificate.publicKey;
        keyDer = der;
    }
    const verified = verifyContent(bundle, artifact, signingKey);
    const logged = { signature: verified.signature, keyDer, ...verified.logged };
    const rfc3161 = (material.timestampVerificationData?.rfc3161Timestamps ?? []).map((timestamp) => readTimestamp(timestamp.signedTimestamp));
    expectDistinctEvidence(bundle, rfc3161);
    // A certificate is vouched for by its own instance's logs and timestamp authorities alone, as gh verifies: another
    // instance's log is not where the issuing CA's certificates are monitored.
    const roots = trust === undefined ? [] : leaf === undefined ? trust.roots : issuingRoots(leaf);
    const signedTimes = [];
    rfc3161.forEach((timestamp, index) => {
        if (trust === undefined)
            return;
        const { earliest, latest } = verifyTimestamp(timestamp, verified.signature, roots, `rfc3161Timestamps[${index}]`);
        signedTimes.push({ source: 'timestamp-authority', time: latest, ...(earliest.getTime() === latest.getTime() ? {} : { earliest }) });
    });
    // Filled by index in two passes, so that entries keep the bundle's order.
    const tlogEntries = [];
    const uncheckedTlogEntries = trust === undefined ? material.tlogEntries.length : 0;
    if (trust !== undefined) {
        // Entries with a signed promise first: their integration times, with the RFC 3161 ones, are the times a log key
        // proving an entry by its checkpoint alone must be valid at (a retired key dates nothing, and vouches for nothing).
        const promised = (promise) => material.tlogEntries.flatMap((entry, index) => ((entry.inclusionPromise !== undefined) === promise ? [[entry, index]] : []));
        for (const [entry, index] of promised(true))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`);
        const knownTimes = [...signedTimes.flatMap((timestamp) => [timestamp.earliest ?? timestamp.time, timestamp.time]), ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [entry.integratedTime]))];
        for (const [entry, index] of promised(false))
            tlogEntries[index] = verifyLogEntry(entry, roots, logged, `tlogEntries[${index}]`, knownTimes);
    }
    const timestamps = [
        ...tlogEntries.flatMap((entry) => (entry.integratedTime === undefined ? [] : [{ source: 'transparency-log', time: entry.integratedTime }])),
        ...signedTimes,
    ];
    if (policy.kind === 'key' && policy.transparencyLog === 'required')
        requireKeyLogEntry(policy, trust, tlogEntries);
    let issuingRoot;
    if (leaf !== undefined) {
        issuingRoot = checkValidity(leaf, timestamps);
        checkThresholds(issuingRoot, tlogEntries, timestamps, bundle);
        checkPolicy(leaf, policy);
    }
    return {
        mediaType: bundle.mediaType,
        content: verified.statement === undefined ? 'message-signature' : 'dsse',
        signer: leaf === undefined
            ? { kind: 'key', source: policy.source }
            : { kind: 'certificate', ...leaf.identity, notBefore: leaf.certificate.notBefore, notAfter: leaf.certificate.notAfter, trustRoot: issuingRoot?.label ?? '' },
        artifact: verified.artifact,
        timestamps,
        tlogEntries,
        uncheckedTlogEntries,
        ...(verified.statement === undefined ? {} : { statement: verified.statement }),
    };
}
/**
 * A key-signed bundle must carry a transparency-log entry verified against the trusted root, as
 * cosign's `verify --key` requires (one, unless told `--insecure-ignore-tlog`): a key holds no
 * time, and only the log lets the key's owner see every signature made with it.
 */
function requireKeyLogEntry(policy, trust, verified) {
    if (trust === undefined) {
        throw new verify_errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `the bundle signed by the key in ${policy.source} needs a trusted root to verify its transparency-log entry`, { hint: 'pass --trusted-root (input "trusted-root"), or --insecure-ignore-tlog (input "insecure-ignore-tlog") for a bundle signed offline' });
    }
    if (verified.length === 0) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_MISSING', `the bundle signed by the key in ${policy.source} carries no transparency-log entry, which a key-signed bundle must have unless told`, {
            hint: 'a bundle signed offline (trust-kit sign-blob --key, a release signed with a key) has none: if you accept a signature that no public log shows, verify with --insecure-ignore-tlog (input "insecure-ignore-tlog"), as cosign is told',
        });
    }
}
/** Whether a bundle's JSON, not yet checked, sets a message signature (rather than a DSSE envelope). */
function holdsMessageSignature(bundleJson) {
    const signature = typeof bundleJson === 'object' && bundleJson !== null ? bundleJson.messageSignature : undefined;
    return signature !== undefined && signature !== null;
}
/** At most this many log entries, and this many RFC 3161 timestamps, per bundle (as sigstore-go): verification work stays bounded. */
const MAX_EVIDENCE = 32;
/**
 * Refuses a bundle that repeats a log entry (one log, and one index, one body or, for signed
 * entry timestamps, one integration time) or a timestamp (one authority certificate and one
 * time), or carries more of either than {@link MAX_EVIDENCE}: a repeated proof proves nothing
 * new, and a verifier counting towards a threshold would count it twice (sigstore-js refuses the
 * same repetitions).
 */
function expectDistinctEvidence(bundle, timestamps) {
    const { tlogEntries } = bundle.verificationMaterial;
    for (const [what, count] of [['transparency-log entries', tlogEntries.length], ['RFC 3161 timestamps', timestamps.length]]) {
        if (count > MAX_EVIDENCE)
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the bundle carries ${count} ${what}; at most ${MAX_EVIDENCE} are accepted`);
    }
    const seen = new Map();
    const repeated = (key, index) => {
        const first = seen.get(key);
        seen.set(key, first ?? index);
        return first;
    };
    tlogEntries.forEach((entry, index) => {
        const log = Buffer.from(entry.logId?.keyId ?? []).toString('hex');
        const body = (0,external_node_crypto_.createHash)('sha256').update(entry.canonicalizedBody).digest('hex');
        const time = entry.inclusionPromise === undefined ? undefined : repeated(`time ${log} ${entry.integratedTime}`, index);
        const first = repeated(`index ${log} ${entry.logIndex}`, index) ?? repeated(`body ${log} ${body}`, index) ?? time;
        if (first !== undefined)
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `tlogEntries[${index}] repeats tlogEntries[${first}]: the same log entry (one log, and one index, one body or one signed integration time) is given twice`);
    });
    timestamps.forEach((timestamp, index) => {
        // An unreadable timestamp is verifyTimestamp's to report, with its code.
        const signed = 'error' in timestamp ? undefined : `${timestamp.signerSerialNumber.toString('hex')} ${timestamp.signerIssuer.toString('hex')} ${timestamp.signingTime.latest.getTime()}`;
        const first = repeated(`timestamp ${timestamp.der.toString('base64')}`, index) ?? (signed === undefined ? undefined : repeated(`signed ${signed}`, index));
        if (first !== undefined)
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `rfc3161Timestamps[${index}] repeats rfc3161Timestamps[${first}]: one timestamp authority's time is given twice`);
    });
}
function readTimestamp(der) {
    try {
        return { der, ...parseRfc3161(der) };
    }
    catch (error) {
        return { der, error };
    }
}
/**
 * The certificates a v0.1 or v0.2 bundle gives after its leaf decide nothing (the leaf is chained to the trusted
 * root's CAs), but they must be what they claim, as the conformance suite requires: certificates, each the issuer of
 * the one before it. A root at the end of the chain, as sigstore-js 1 wrote Fulcio's whole chain, is read; a root or
 * a stranger in the middle, or bytes that are no certificate, are refused.
 */
function checkBundledChain(certificates) {
    if (certificates.length < 2)
        return;
    let previous;
    certificates.forEach((der, index) => {
        const certificate = verify_certificate/* ParsedCertificate */.D.parse(der, `x509CertificateChain.certificates[${index}]`);
        if (previous !== undefined && !previous.signedBy(certificate)) {
            throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `x509CertificateChain.certificates[${index}] (${(0,quote/* quoted */.TL)(certificate.displayNames.subject)}) did not issue certificates[${index - 1}] (${(0,quote/* quoted */.TL)(previous.displayNames.subject)}): the bundle's certificate chain is not a chain`);
        }
        previous = certificate;
    });
}
function checkLeaf(der, trust) {
    const cacheKey = der.toString('base64');
    const cached = trust.leafCache.get(cacheKey);
    if (cached !== undefined)
        return cached;
    const certificate = verify_certificate/* ParsedCertificate */.D.parse(der, 'the bundle\'s signing certificate');
    const found = trust.authoritiesNamed(certificate.displayNames.issuer).filter(({ authority }) => {
        const issuer = authority.chain[0];
        return issuer !== undefined && issuer.isCA && certificate.signedBy(issuer);
    });
    if (found.length === 0 && trust.authoritiesNamed(certificate.displayNames.issuer).length > 0) {
        // Sigstore rotates keys under the same CA names: listing the root's CAs would name the very issuer the message says it lacks.
        throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}: ${trust.label} holds a CA of that name, but not the key that signed it (a root from before or after a key rotation, or of another deployment)`, {
            hint: "fetch the trusted root again where it is published, into a directory of its own as VERIFY.md does (`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` for Sigstore's and GitHub's), or pass the one of the deployment that signed, with --trusted-root",
        });
    }
    if (found.length === 0) {
        const cas = trust.roots.flatMap((root) => root.certificateAuthorities.map((ca) => ca.chain[0]?.displayNames.subject ?? '?'));
        throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, which is not a CA of ${trust.label} (its CAs: ${cas.length === 0 ? 'none' : (0,quote/* boundedList */.Y4)(cas.map((name) => (0,quote/* quoted */.TL)(name)))})`);
    }
    const chained = found.filter(({ authority }) => chainProblem(authority, verify_certificate/* CODE_SIGNING_EKU */.cJ) === undefined);
    if (chained.length === 0) {
        const problem = chainProblem(found[0].authority, verify_certificate/* CODE_SIGNING_EKU */.cJ) ?? '';
        throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_UNTRUSTED', `the signing certificate was issued by ${(0,quote/* quoted */.TL)(certificate.displayNames.issuer)}, a CA of ${trust.label} whose certificate chain there cannot vouch for code signing: ${problem}`, {
            hint: 'fix the trusted root: each CA certificate must be signed by the next one of its chain, be a CA allowed to sign certificates, and allow code signing',
        });
    }
    const critical = certificate.unprocessedCriticalExtension;
    const misuse = certificate.isCA || certificate.claimsCA
        ? 'a CA certificate'
        : !certificate.allowsCodeSigning
            ? 'not valid for code signing (no code-signing extended key usage)'
            : !certificate.allowsDigitalSignature
                ? 'not valid for signatures (its key usage lacks digitalSignature)'
                : critical === undefined
                    ? undefined
                    : `restricted by a critical extension trust-kit does not process (${critical})`;
    if (misuse !== undefined) {
        throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate is ${misuse}; expected a Fulcio code-signing leaf certificate`);
    }
    const names = certificate.subjectAltNames;
    if (names.length !== 1) {
        // With several names, which one is "the" identity is a guess another verifier may make differently.
        throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate carries ${names.length} subject alternative names (${names.slice(0, 5).map((name) => (0,quote/* quoted */.TL)(name)).join(', ')}${names.length > 5 ? ', \u2026' : ''}); a Fulcio certificate names exactly one identity`);
    }
    let sctError;
    const issuers = chained.filter(({ root, authority }) => {
        try {
            checkSCTs(certificate, authority, root);
            return true;
        }
        catch (error) {
            sctError ??= error;
            return false;
        }
    });
    if (issuers.length === 0)
        throw sctError;
    const issuer = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.issuer);
    const issuerV1 = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.issuerV1);
    if (issuer !== undefined && issuerV1 !== undefined && issuer !== issuerV1) {
        // Fulcio writes both with one value; verifiers differ on which one they read, so two values make the issuer a guess.
        throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two OIDC issuers: ${(0,quote/* quoted */.TL)(issuer)} (${verify_certificate/* FULCIO_OIDS */.bo.issuer}) and ${(0,quote/* quoted */.TL)(issuerV1)} (${verify_certificate/* FULCIO_OIDS */.bo.issuerV1})`);
    }
    // The same for the repository: trust-kit's --repo reads the source repository (.1.12), cosign's
    // --certificate-github-workflow-repository (which VERIFY.md gives) the older extension, so two repositories make opposite verdicts.
    const repository = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.sourceRepositoryURI);
    const repositoryV1 = certificate.fulcioExtension(verify_certificate/* FULCIO_OIDS */.bo.githubWorkflowRepositoryV1);
    if (repository !== undefined && repositoryV1 !== undefined && URL.parse(repository)?.pathname.slice(1).toLowerCase() !== repositoryV1.toLowerCase()) {
        throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_INVALID', `the signing certificate names two source repositories: ${(0,quote/* quoted */.TL)(repository)} (${verify_certificate/* FULCIO_OIDS */.bo.sourceRepositoryURI}) and ${(0,quote/* quoted */.TL)(repositoryV1)} (${verify_certificate/* FULCIO_OIDS */.bo.githubWorkflowRepositoryV1})`);
    }
    const extensions = {};
    for (const [name, oid] of Object.entries(verify_certificate/* FULCIO_OIDS */.bo)) {
        if (name === 'issuerV1' || name === 'githubWorkflowRepositoryV1')
            continue;
        const value = certificate.fulcioExtension(oid);
        if (value !== undefined)
            extensions[name] = value;
    }
    const leaf = {
        certificate,
        issuers,
        identity: {
            subjectAlternativeName: names[0] ?? '',
            issuer: issuer ?? issuerV1 ?? '',
            extensions,
        },
    };
    if (trust.leafCache.size >= 4096)
        trust.leafCache.clear();
    trust.leafCache.set(cacheKey, leaf);
    return leaf;
}
function checkSCTs(certificate, authority, root) {
    if (root.ctlogs.length === 0)
        return;
    let scts;
    let tbs;
    try {
        scts = certificate.signedCertificateTimestamps;
        tbs = (0,verify_der/* tbsWithoutExtension */.po)(certificate.der, SCT_OID_DER);
    }
    catch (error) {
        throw new verify_errors/* VerifyError */.G('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamps cannot be read: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, { cause: error });
    }
    if (scts === undefined || scts.length === 0) {
        throw new verify_errors/* VerifyError */.G('VERIFY_SCT_MISSING', `${root.label} lists certificate-transparency logs, so the signing certificate must embed a signed certificate timestamp; it has none`);
    }
    const issuerKeyHash = (0,external_node_crypto_.createHash)('sha256').update(authority.chain[0].subjectPublicKeyInfo).digest();
    const length = Buffer.alloc(3);
    length.writeUIntBE(tbs.length, 0, 3);
    const preCert = Buffer.concat([issuerKeyHash, length, tbs]);
    const verified = scts.filter((sct) => root.ctlogs.some((log) => log.logId.equals(sct.logId) && log.validFrom <= sct.time && sct.time <= log.validTo && (0,verify_sct/* verifySct */.Q)(sct, preCert, log.publicKey)));
    // An SCT of a listed log that verifies, but at a time the trusted root does not trust the log's key: the root is the cause, not the bundle.
    const outsideWindow = verified.length === 0 ? scts.find((sct) => root.ctlogs.some((log) => log.logId.equals(sct.logId) && (sct.time < log.validFrom || log.validTo < sct.time) && (0,verify_sct/* verifySct */.Q)(sct, preCert, log.publicKey))) : undefined;
    if (outsideWindow !== undefined) {
        throw new verify_errors/* VerifyError */.G('VERIFY_SCT_INVALID', `the certificate's signed certificate timestamp of CT log ${(0,verify_certificate/* abbreviate */.Sm)(outsideWindow.logId.toString('hex'))} was made at ${outsideWindow.time.toISOString()}, outside the validity of the log's key in ${root.label}`, {
            hint: 'the trusted root is out of date or cut short: fetch it again where it is published (`gh attestation trusted-root`), or pass the one of the deployment that signed, with --trusted-root',
        });
    }
    if (verified.length === 0) {
        throw new verify_errors/* VerifyError */.G('VERIFY_SCT_INVALID', `none of the certificate's ${scts.length} signed certificate timestamp(s) verifies with a CT log of ${root.label} (SCT log ids: ${scts.map((sct) => (0,verify_certificate/* abbreviate */.Sm)(sct.logId.toString('hex'))).join(', ')})`);
    }
}
function verifyContent(bundle, artifact, key) {
    const content = bundle.content;
    if (content.$case === 'messageSignature') {
        const message = content.messageSignature;
        const algorithm = HASH_NAMES[message.messageDigest.algorithm];
        if (algorithm === undefined)
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `the message digest algorithm ${message.messageDigest.algorithm} is not supported (sha256, sha384, sha512)`);
        const signed = message.messageDigest.digest.toString('hex');
        let actual;
        if ('bytes' in artifact) {
            actual = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex');
        }
        else {
            if (artifact.digest.algorithm !== algorithm) {
                throw new verify_errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `the bundle signs a ${algorithm} digest, but the artifact was given as a ${artifact.digest.algorithm} digest`, { hint: `give the artifact as ${algorithm}:<hex>, or the file itself` });
            }
            actual = artifact.digest.hex.toLowerCase();
        }
        if (actual !== signed) {
            throw new verify_errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `the bundle signs ${algorithm}:${signed}, but the artifact is ${algorithm}:${actual}`);
        }
        const signature = message.signature;
        let valid;
        if ('bytes' in artifact) {
            valid = verify_verifyWith(key, algorithm, artifact.bytes, signature);
        }
        else {
            if (artifact.verifyPrehashed === undefined) {
                throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `the bundle holds a message signature, which this verification by digest (${algorithm}:${actual}) cannot check: it was given no verifier of signatures over a digest`, { hint: 'verify with the artifact file instead of its digest' });
            }
            valid = artifact.verifyPrehashed(key, Buffer.from(actual, 'hex'), signature);
        }
        if (!valid)
            throw new verify_errors/* VerifyError */.G('VERIFY_SIGNATURE_INVALID', `the message signature over ${algorithm}:${actual} does not verify with the signing ${keyName(key)}`);
        return { signature, artifact: { algorithm, hex: actual }, logged: { messageDigest: { algorithm, hex: signed } } };
    }
    const envelope = content.dsseEnvelope;
    if (envelope.signatures.length !== 1)
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE envelope with 1 signature, found ${envelope.signatures.length}`);
    const signature = envelope.signatures[0].sig;
    const payload = envelope.payload;
    const pae = preAuthEncoding(envelope.payloadType, payload);
    if (!verify_verifyWith(key, 'sha256', pae, signature)) {
        throw new verify_errors/* VerifyError */.G('VERIFY_SIGNATURE_INVALID', `the DSSE signature over the ${(0,quote/* quoted */.TL)(envelope.payloadType)} payload does not verify with the signing ${keyName(key)}`);
    }
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `expected a DSSE payload of type ${IN_TOTO_PAYLOAD_TYPE} (an in-toto statement naming its subjects), found ${(0,quote/* quoted */.TL)(envelope.payloadType)}`);
    }
    const statement = parseStatement(payload);
    const digestOf = artifactDigester(artifact);
    const subject = statement.subjects.find((candidate) => {
        const algorithms = comparableAlgorithms(candidate, digestOf);
        return algorithms.length > 0 && algorithms.every((name) => candidate.digest[name]?.toLowerCase() === digestOf(name));
    });
    const algorithm = 'bytes' in artifact ? 'sha256' : artifact.digest.algorithm;
    if (subject === undefined) {
        const hex = digestOf(algorithm) ?? '';
        // Names and digests are the signer's to choose: quoted (escaped) and shortened, as many as fit a line.
        const listed = statement.subjects.slice(0, 5).map((candidate) => `${(0,quote/* quoted */.TL)(candidate.name, 100)} (${Object.entries(candidate.digest).slice(0, 3).map(([name, value]) => `${(0,quote/* quoted */.TL)((0,verify_certificate/* abbreviate */.Sm)(name, 16)).slice(1, -1)}:${(0,quote/* quoted */.TL)((0,verify_certificate/* abbreviate */.Sm)(String(value))).slice(1, -1)}`).join(', ')})`);
        throw new verify_errors/* VerifyError */.G('VERIFY_SUBJECT_MISMATCH', `the artifact ${algorithm}:${hex} is not a subject of the signed statement; its ${statement.subjects.length} subject(s): ${listed.join('; ')}${statement.subjects.length > 5 ? '; \u2026' : ''}`);
    }
    const matchedAlgorithm = comparableAlgorithms(subject, digestOf)[0] ?? algorithm;
    return {
        signature,
        artifact: { algorithm: matchedAlgorithm, hex: digestOf(matchedAlgorithm) ?? '' },
        logged: { payloadSha256: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('hex'), paeSha256: (0,external_node_crypto_.createHash)('sha256').update(pae).digest('hex') },
        statement,
    };
}
/** DSSE's pre-authentication encoding of a payload, what its signature covers: `DSSEv1 <type length> <type> <payload length> <payload>`. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}
/**
 * The statement types a verifier reads: v1, and v0.1, which cosign 2's attestations and
 * slsa-github-generator's provenance still carry (its subject, predicateType and predicate are v1's).
 * Another URI under in-toto.io is no version of the spec this reads (sigstore-python takes v1 only).
 */
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** The fields of an in-toto statement, and of its subjects, that Go reads into struct fields (in-toto-golang's, cosign's). */
const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];
const SUBJECT_FIELDS = ['name', 'digest'];
/** A key as Go's encoding/json compares it with an ASCII field name: case-insensitively, U+017F (long s) as s and U+212A (Kelvin) as k. */
function goFolded(key) {
    return key.toLowerCase().replace(/\u017f/g, 's');
}
/**
 * Refuses an object holding two keys that Go's encoding/json takes for one of `fields`: it matches
 * names case-insensitively and keeps the last, so cosign's attestation policies (which read the
 * statement with it) would see `PredicateType` where JSON.parse and this verifier see `predicateType`.
 */
function refuseFoldedFields(object, fields, where) {
    const keys = Object.keys(object);
    for (const field of fields) {
        const matching = keys.filter((key) => goFolded(key) === field.toLowerCase());
        if (matching.length > 1) {
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement)${where} has both ${matching.slice(0, 2).map((key) => (0,quote/* quoted */.TL)(key, 100)).join(' and ')}, which Go's encoding/json (cosign's attestation policies) reads as one field, the last winning`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
        }
    }
}
function parseStatement(payload) {
    // JSON text is UTF-8 (RFC 8259); read leniently, bytes that are not would be U+FFFD here and a refusal in gh, cosign and sigstore-python.
    if (!(0,external_node_buffer_.isUtf8)(payload))
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', 'the DSSE payload (an in-toto statement) is not UTF-8 text, which gh, cosign and sigstore-python refuse to read');
    const text = payload.toString('utf8');
    let statement;
    try {
        statement = JSON.parse(text);
    }
    catch {
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', 'the DSSE payload is not JSON, though its type says in-toto statement');
    }
    // JSON.parse keeps the last of two equal keys, sigstore-go (protobuf JSON) refuses them: a statement read two ways names other subjects or predicates to each.
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) ${(0,core_json/* describeJsonFault */.at)(fault)}`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
    const { _type: type, predicateType, subject } = (statement ?? {});
    if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type) || !Array.isArray(subject)) {
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload is not an in-toto statement (expected _type https://in-toto.io/Statement/v1 or v0.1 and a subject list, found _type ${(0,quote/* quoted */.TL)(type ?? null)})`);
    }
    refuseFoldedFields(statement, STATEMENT_FIELDS, '');
    // In-toto requires a predicate type, a URI: another kind of value read as none would be reported as another type than asked for.
    if (typeof predicateType !== 'string' || predicateType === '') {
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has ${predicateType === undefined ? 'no predicateType' : `a predicateType that is not a URI (${predicateType === '' ? 'empty' : Array.isArray(predicateType) ? 'an array' : predicateType === null ? 'null' : typeof predicateType})`}`, {
            hint: 'in-toto statements name their predicate type as a URI string; no attestation tool wrote this one: do not trust it',
        });
    }
    // A predicate is an object (in-toto Statement v1; sigstore-python refuses another kind); absent is allowed, as the spec allows.
    const { predicate } = statement;
    if (predicate !== undefined && predicate !== null && (typeof predicate !== 'object' || Array.isArray(predicate))) {
        throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a predicate that is not an object (${Array.isArray(predicate) ? 'an array' : typeof predicate})`, { hint: 'in-toto statements carry their predicate as a JSON object; no attestation tool wrote this one: do not trust it' });
    }
    subject.forEach((entry, index) => {
        if (typeof entry === 'object' && entry !== null)
            refuseFoldedFields(entry, SUBJECT_FIELDS, ` its subject ${index + 1}`);
    });
    const subjects = subject.map((entry, index) => {
        const { name, digest } = (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry : { name: 0 });
        // A digest set maps algorithms to strings (protobuf JSON, as sigstore-go and sigstore-python read it, refuses anything else); a number or a list would be read as no digest here and as a failure there.
        const digests = typeof digest === 'object' && digest !== null && !Array.isArray(digest) ? Object.values(digest) : undefined;
        if ((name !== undefined && typeof name !== 'string') || digests?.every((value) => typeof value === 'string') !== true) {
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_INVALID', `the DSSE payload (an in-toto statement) has a subject ${index + 1} that is not an object of a name and a digest set (digest strings by algorithm)`, {
                hint: 'in-toto statements list subjects as {"name": "...", "digest": {"sha256": "<hex>"}}; no attestation tool wrote this one: do not trust it',
            });
        }
        return { name: name ?? '', digest: digest };
    });
    return { type, predicateType, subjects };
}
/** The artifact's digest by an algorithm: computed from its bytes on first use, or the given digest when it is by that algorithm. */
function artifactDigester(artifact) {
    if (!('bytes' in artifact))
        return (algorithm) => (algorithm === artifact.digest.algorithm ? artifact.digest.hex : artifact.moreDigests?.[algorithm])?.toLowerCase();
    const computed = new Map();
    return (algorithm) => {
        let hex = computed.get(algorithm);
        if (hex === undefined)
            computed.set(algorithm, (hex = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex')));
        return hex;
    };
}
const SUBJECT_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
/**
 * The algorithms by which a subject can be compared with the artifact, all of which must agree: a
 * subject whose sha256 names one artifact and whose sha512 another is a match for neither.
 */
function comparableAlgorithms(subject, digestOf) {
    return SUBJECT_ALGORITHMS.filter((algorithm) => subject.digest[algorithm] !== undefined && digestOf(algorithm) !== undefined);
}
function verifyTimestamp(timestamp, signature, roots, where) {
    if ('error' in timestamp) {
        const { error } = timestamp;
        throw new verify_errors/* VerifyError */.G('VERIFY_TIMESTAMP_INVALID', `${where}: not a valid RFC 3161 timestamp: ${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))}`, {
            cause: error,
            hint: 'the bundle\'s timestamp could not be read, so it dates nothing: give the bundle as it was published (a damaged or hand-edited one is not), and do not trust this artifact until it verifies',
        });
    }
    const { signingTime } = timestamp;
    const authorities = roots.flatMap((root) => root.timestampAuthorities);
    const candidates = authorities.filter((ca) => {
        const signer = ca.chain[0];
        return signer !== undefined && signer.serialNumber.equals(timestamp.signerSerialNumber) && signer.issuer.equals(timestamp.signerIssuer);
    });
    if (candidates.length === 0) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TIMESTAMP_INVALID', `${where}: signed by a timestamp authority certificate (serial ${timestamp.signerSerialNumber.toString('hex')}) that ${(0,trust/* rootLabels */.Wn)(roots)} does not list (it lists ${authorities.length} timestamp authorit${authorities.length === 1 ? 'y' : 'ies'})`);
    }
    let lastProblem = '';
    let hint;
    for (const ca of candidates) {
        if (!within(signingTime, ca.validFrom, ca.validTo)) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the window the trusted root trusts its timestamp authority in (validFor ${(0,trust/* describeValidity */.Aw)(ca.validFrom, ca.validTo)})`;
            hint = WINDOW_HINT;
            continue;
        }
        const expired = ca.chain.find((certificate) => !validThroughout(certificate, signingTime));
        if (expired !== undefined) {
            lastProblem = `the timestamp's time ${shownTime(signingTime)} is outside the validity of the timestamp authority's certificate "${expired.displayNames.subject}" (${expired.notBefore.toISOString()} to ${expired.notAfter.toISOString()})`;
            hint = undefined;
            continue;
        }
        const signer = ca.chain[0];
        const claimed = timestamp.signingTimeAttribute;
        // Go's CMS reader (sigstore-go, cosign) refuses a signing time its signer's certificate does not cover, whatever genTime says.
        if (claimed !== undefined && !validThroughout(signer, claimed)) {
            lastProblem = `the signed signing-time attribute ${shownTime(claimed)} is outside the validity of the timestamp authority's certificate (${signer.notBefore.toISOString()} to ${signer.notAfter.toISOString()})`;
            continue;
        }
        const problem = chainProblem(ca, verify_certificate/* TIME_STAMPING_EKU */.qs);
        if (problem !== undefined) {
            lastProblem = `the timestamp authority's certificate chain in the trusted root cannot vouch for timestamps: ${problem}`;
            continue;
        }
        try {
            verifyRfc3161(timestamp, signature, signer.publicKey, signer.der);
            return signingTime;
        }
        catch (error) {
            lastProblem = (0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error));
            hint = undefined;
        }
    }
    throw new verify_errors/* VerifyError */.G('VERIFY_TIMESTAMP_INVALID', `${where}: ${lastProblem}`, hint === undefined ? {} : { hint });
}
/** The hint when a trusted root's own window (validFor), not a certificate, leaves out a bundle's time. */
const WINDOW_HINT = 'the trusted root does not trust that authority at the time the bundle was signed (it was retired before, or added after): check that the trusted root is the current one of the instance that signed, and do not trust this artifact until it verifies';
const chainProblems = new WeakMap();
/**
 * Why a trusted authority's chain cannot vouch for what it is used for, or undefined when it can;
 * checked once per authority. A Fulcio CA's chain (`usage` code signing) is all issuers, the
 * certificate that issues the leaves first; a timestamp authority's (`usage` time stamping) starts
 * with its signing certificate (a leaf whose critical extended key usage is timeStamping alone),
 * then its issuers. Each certificate must be signed by the next, and
 * each issuer be a CA whose key may sign certificates and whose path length allows the CAs below
 * it, as sigstore-js and Go's x509 (cosign, sigstore-go) check a path; every certificate's extended
 * key usage, when it has one, must allow `usage`, as Go's x509 checks it (a trusted root's CA for
 * TLS servers vouches for no signature).
 */
function chainProblem(ca, usage) {
    let problem = chainProblems.get(ca);
    if (problem === undefined) {
        problem = findChainProblem(ca.chain, usage === verify_certificate/* TIME_STAMPING_EKU */.qs ? 1 : 0, usage) ?? null;
        chainProblems.set(ca, problem);
    }
    return problem ?? undefined;
}
function findChainProblem(chain, firstIssuer, usage) {
    const named = (index) => `certChain[${index}] (${(0,quote/* quoted */.TL)(chain[index].displayNames.subject)})`;
    for (const [index, certificate] of chain.entries()) {
        if (!certificate.allowsExtendedKeyUsage(usage))
            return `${named(index)} has an extended key usage without ${usage === verify_certificate/* TIME_STAMPING_EKU */.qs ? 'timeStamping' : 'codeSigning'}`;
        if (index < firstIssuer) {
            const problem = timestampSignerProblem(certificate);
            if (problem !== undefined)
                return `${named(index)} ${problem}`;
            continue;
        }
        // Before the CA check, which OpenSSL fails for a key usage without keyCertSign too: the precise reason first.
        if (!certificate.allowsCertSign)
            return `${named(index)} issues certificates but its key usage lacks keyCertSign`;
        if (!certificate.isCA)
            return `${named(index)} issues certificates but is not a CA certificate`;
        const pathLength = certificate.pathLengthConstraint;
        const below = index - firstIssuer;
        if (pathLength !== undefined && pathLength < below)
            return pathLength < 0 ? `${named(index)} has basic constraints that cannot be read` : `${named(index)} allows ${pathLength} CA certificate${pathLength === 1 ? '' : 's'} below it (pathLenConstraint), but ${below} follow${below === 1 ? 's' : ''} it`;
    }
    // Signatures last: OpenSSL refuses an issuer that is no CA before it looks at the signature, which would hide why.
    const unsigned = chain.findIndex((certificate, index) => index + 1 < chain.length && !certificate.signedBy(chain[index + 1]));
    return unsigned === -1 ? undefined : `${named(unsigned)} is not signed by ${named(unsigned + 1)}`;
}
/**
 * Why a timestamp authority's signing certificate is not one as RFC 3161 2.3 defines it and
 * sigstore's timestamp-authority verifier (sigstore-go, cosign) requires it: an extended key usage
 * extension, critical, naming timeStamping alone, on a certificate that is no CA. A key certified
 * for other uses too could have signed the token as something else.
 */
function timestampSignerProblem(certificate) {
    const eku = certificate.extendedKeyUsage;
    if (certificate.isCA || certificate.claimsCA)
        return 'is a CA certificate, not a timestamp authority\'s signing certificate';
    if (eku === undefined)
        return 'has no extended key usage; a timestamp authority\'s signing certificate names timeStamping alone, as a critical extension (RFC 3161 2.3)';
    if (!eku.critical)
        return 'has an extended key usage that is not critical; RFC 3161 2.3 requires it critical';
    if (eku.usages.length !== 1)
        return `has an extended key usage that names ${eku.usages.length} usages; a timestamp authority's signing certificate names timeStamping alone (RFC 3161 2.3)`;
    if (eku.usages[0] !== verify_certificate/* TIME_STAMPING_EKU */.qs)
        return `has an extended key usage that names ${eku.usages[0] ?? ''}, not timeStamping alone (RFC 3161 2.3)`;
    return undefined;
}
function checkThresholds(root, tlogEntries, timestamps, bundle) {
    if (root.tlogs.length > 0 && tlogEntries.length === 0) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TLOG_MISSING', `expected at least 1 transparency-log entry (${root.label} lists ${root.tlogs.map((log) => log.baseUrl).join(', ')}), found ${bundle.verificationMaterial.tlogEntries.length}`);
    }
    const signed = timestamps.filter((timestamp) => timestamp.source === 'timestamp-authority').length;
    if (root.tlogs.length === 0 && signed === 0) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TIMESTAMP_MISSING', `expected at least 1 signed timestamp (${root.label} lists no transparency log, so a timestamp authority must vouch for the signing time), found none`);
    }
    if (timestamps.length === 0) {
        throw new verify_errors/* VerifyError */.G('VERIFY_TIMESTAMP_MISSING', 'expected at least 1 verified signing time (a log entry with an inclusion promise, or a signed timestamp), found none');
    }
}
/** The instances whose CAs issued the leaf (one, unless a trust lists a CA twice). */
function issuingRoots(leaf) {
    return [...new Set(leaf.issuers.map((issuer) => issuer.root))];
}
/**
 * Checks that the leaf and an issuing authority were valid at every verified time, and returns
 * that authority's instance; the first failure is reported when no authority fits.
 */
function checkValidity(leaf, timestamps) {
    const { certificate } = leaf;
    for (const timestamp of timestamps) {
        if (!validThroughout(certificate, boundsOf(timestamp))) {
            throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_EXPIRED', `the signing certificate is valid from ${certificate.notBefore.toISOString()} to ${certificate.notAfter.toISOString()}, but the ${timestamp.source} time is ${shownTime(boundsOf(timestamp))}`);
        }
    }
    let problem;
    for (const { root, authority } of leaf.issuers) {
        const outside = timestamps.find((timestamp) => !within(boundsOf(timestamp), authority.validFrom, authority.validTo) || !authority.chain.every((ca) => validThroughout(ca, boundsOf(timestamp))));
        if (outside === undefined)
            return root;
        const named = `the issuing CA "${authority.chain[0]?.displayNames.subject ?? '?'}"`;
        const at = `the ${outside.source} time ${shownTime(boundsOf(outside))}`;
        const expired = authority.chain.find((ca) => !validThroughout(ca, boundsOf(outside)));
        problem ??=
            !within(boundsOf(outside), authority.validFrom, authority.validTo)
                ? { message: `${at} is outside the window the trusted root trusts ${named} in (validFor ${(0,trust/* describeValidity */.Aw)(authority.validFrom, authority.validTo)})`, hint: WINDOW_HINT }
                : { message: `${at} is outside the validity of ${expired === authority.chain[0] ? named : `the certificate "${expired?.displayNames.subject ?? '?'}" in the chain of ${named}`} (${expired?.notBefore.toISOString() ?? '?'} to ${expired?.notAfter.toISOString() ?? '?'})` };
    }
    throw new verify_errors/* VerifyError */.G('VERIFY_CERTIFICATE_EXPIRED', problem?.message ?? 'no issuing CA of the trusted root was valid at the signing time', problem?.hint === undefined ? {} : { hint: problem.hint });
}
/**
 * The hint when an exact identity and the certificate's differ only in the ref after the last `@`:
 * the same workflow signed, for another release (a consumer's commonest mix-up) or at the commit a
 * caller pinned a reusable workflow to, so "signed by someone else" would be untrue.
 */
function otherRefHint(expected, found) {
    if (expected.kind !== 'exact')
        return undefined;
    const at = (0,workflow_ref/* workflowRefAt */.Sc)(expected.value);
    const foundAt = (0,workflow_ref/* workflowRefAt */.Sc)(found);
    if (at === -1 || foundAt === -1 || expected.value.slice(0, at) !== found.slice(0, foundAt))
        return undefined;
    const foundRef = (0,quote/* quoted */.TL)(found.slice(foundAt + 1));
    return `the same workflow signed, at ${foundRef}, not at ${(0,quote/* quoted */.TL)(expected.value.slice(at + 1))}: this file belongs to what that ref made (another release, or the commit a caller pinned a reusable workflow to); use the files of the release you expect, or pin ${foundRef} if that is the ref you expect`;
}
function checkPolicy(leaf, policy) {
    const { subjectAlternativeName, issuer, extensions } = leaf.identity;
    if (!(0,verify_policy/* matches */.cK)(policy.identity, subjectAlternativeName)) {
        const hint = otherRefHint(policy.identity, subjectAlternativeName);
        throw new verify_errors/* VerifyError */.G(policy.mismatchCodes?.identity ?? 'VERIFY_POLICY_IDENTITY_MISMATCH', `expected certificate identity ${(0,verify_policy/* describeMatcher */.OT)(policy.identity)}, found ${(0,quote/* quoted */.TL)(subjectAlternativeName)}`, hint === undefined ? {} : { hint });
    }
    if (!(0,verify_policy/* matches */.cK)(policy.issuer, issuer)) {
        throw new verify_errors/* VerifyError */.G('VERIFY_POLICY_ISSUER_MISMATCH', `expected OIDC issuer ${(0,verify_policy/* describeMatcher */.OT)(policy.issuer)}, found ${(0,quote/* quoted */.TL)(issuer)}`);
    }
    for (const [name, expected] of Object.entries(policy.extensions)) {
        const found = extensions[name];
        const equal = policy.extensionsIgnoringCase?.includes(name) === true ? found !== undefined && asciiLowerCase(found) === asciiLowerCase(expected) : found === expected;
        if (!equal) {
            throw new verify_errors/* VerifyError */.G(policy.mismatchCodes?.extensions?.[name] ?? 'VERIFY_POLICY_EXTENSION_MISMATCH', `expected certificate extension ${name} (${verify_certificate/* FULCIO_OIDS */.bo[name]}) ${(0,quote/* quoted */.TL)(expected)}, found ${found === undefined ? 'none' : (0,quote/* quoted */.TL)(found)}`);
        }
    }
}
function verify_verifyWith(key, algorithm, data, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : algorithm, data, key, signature);
    }
    catch {
        return false;
    }
}
function keyName(key) {
    return `${key.asymmetricKeyType ?? ''} key`.trim();
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/attestation.js





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
            throw new verify_errors/* VerifyError */.G('VERIFY_SUBJECT_MISMATCH', `none of the ${bundles.length} attestations in ${options.source} lists the artifact sha256:${artifact.sha256} as a subject${without}`);
        }
        else {
            const types = [...new Set(covering.map((index) => peeked[index]?.predicateType ?? ''))];
            const listed = `${types.slice(0, 5).map((type) => (0,quote/* quoted */.TL)(type)).join(', ')}${types.length > 5 ? ', …' : ''}`;
            throw new verify_errors/* VerifyError */.G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected an attestation with predicate type ${(0,quote/* quoted */.TL)(predicateType)}; the ${covering.length} attestation(s) in ${options.source} about the artifact have ${listed}`);
        }
    }
    let firstFailure;
    for (const index of candidates) {
        const bundle = bundles[index];
        try {
            // Refused before its signature is checked: only a DSSE statement is an attestation, and checking a message signature by digest would load the pre-hashed ECDSA verifier for nothing.
            const signature = holdsMessageSignature(bundle.json) ? undefined : verifyBundle(bundle.json, input, options.policy, options.trust);
            if (signature?.statement === undefined) {
                throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `${where(options.source, bundle)} holds a message signature, not an attestation (a DSSE in-toto statement)`, { hint: 'verify plain signatures with `trust-kit verify-blob`' });
            }
            if (signature.statement.predicateType !== predicateType) {
                throw new verify_errors/* VerifyError */.G('VERIFY_PREDICATE_TYPE_MISMATCH', `expected predicate type ${(0,quote/* quoted */.TL)(predicateType)}, found ${(0,quote/* quoted */.TL)(signature.statement.predicateType)} in ${where(options.source, bundle)}`);
            }
            const statement = signedStatement(bundle.json);
            const provenance = predicateType === SLSA_PROVENANCE_V1 ? summarizeProvenance(statement.predicate) : undefined;
            if (provenance !== undefined)
                refuseContradictedProvenance(provenance, signature.signer);
            return { signature, statement, provenance, bundleIndex: index, line: bundle.line };
        }
        catch (error) {
            if (!(error instanceof verify_errors/* VerifyError */.G))
                throw error;
            firstFailure ??= bundles.length === 1 ? error : new verify_errors/* VerifyError */.G(error.code, `${where(options.source, bundle)}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
        }
    }
    // Past the bound, a bundle not tried might verify: the failure says so rather than only why the first one failed.
    if (matching.length > candidates.length && firstFailure instanceof verify_errors/* VerifyError */.G) {
        throw new verify_errors/* VerifyError */.G(firstFailure.code, `${firstFailure.message}; ${matching.length - candidates.length} more attestation(s) about the artifact were not tried (the first ${candidates.length} are)`, {
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
function attestation_text(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    return (0,quote/* boundedText */.LD)(value, MAX_FIELD);
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
    return asciiLowerCase(url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, ''));
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
            contradictions.push(`${what} ${(0,quote/* quoted */.TL)(claimed)}, where the certificate says ${(0,quote/* quoted */.TL)(certifiedValue)}`);
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
        throw new verify_errors/* VerifyError */.G('VERIFY_PROVENANCE_MISMATCH', `the SLSA provenance claims ${contradictions.join('; ')}`);
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
    const sourceUri = attestation_text(field(source, 'uri'));
    const path = attestation_text(field(workflow, 'path'));
    const ref = attestation_text(field(workflow, 'ref'));
    // The dependency's ref may hold an @ of its own (git+https://github.com/o/r@refs/tags/pkg@1.2.3): the repository ends where the ref starts.
    const sourceUrl = sourceUri?.replace(/^git\+/, '');
    const refAt = sourceUrl === undefined ? -1 : (0,workflow_ref/* workflowRefAt */.Sc)(sourceUrl);
    const summary = {
        builder: attestation_text(field(predicate, 'runDetails', 'builder', 'id')),
        buildType: attestation_text(field(predicate, 'buildDefinition', 'buildType')),
        sourceRepository: attestation_text(field(workflow, 'repository')) ?? (sourceUrl === undefined || refAt === -1 ? sourceUrl : sourceUrl.slice(0, refAt)),
        sourceCommit: attestation_text(field(source, 'digest', 'gitCommit')) ?? attestation_text(field(source, 'digest', 'sha1')),
        workflow: path === undefined ? undefined : `${path}${ref === undefined ? '' : `@${ref}`}`,
        trigger: attestation_text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'event_name')),
        runnerEnvironment: attestation_text(field(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
        invocation: attestation_text(field(predicate, 'runDetails', 'metadata', 'invocationId')),
    };
    return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/digest.js
var core_digest = __webpack_require__(3871);
;// CONCATENATED MODULE: ./lib/core/plural.js
/** A count with its noun in the right number: `1 artifact`, `2 artifacts`, `0 artifacts`, `1 dependency`/`2 dependencies` with `plural`. */
function counted(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/key.js


/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */
function loadPublicKey(pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
            throw new verify_errors/* VerifyError */.G('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
        }
        // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
        if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
            throw new verify_errors/* VerifyError */.G('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
        }
        if (pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new verify_errors/* VerifyError */.G('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
        }
        throw new verify_errors/* VerifyError */.G('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    try {
        return { kind: 'key', publicKey: (0,external_node_crypto_.createPublicKey)({ key: pem, format: 'pem' }), source, transparencyLog };
    }
    catch (error) {
        throw new verify_errors/* VerifyError */.G('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./lib/sigstore/verify/prehashed.js

const rawKeys = new WeakMap();
/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */
async function loadPrehashedVerifier() {
    const { p256, p384 } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 3260));
    return (key, digest, signature) => {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
        if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
            throw new verify_errors/* VerifyError */.G('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
        }
        let raw = rawKeys.get(key);
        if (raw === undefined) {
            const jwk = key.export({ format: 'jwk' });
            raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
            rawKeys.set(key, raw);
        }
        try {
            return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
        }
        catch {
            return false;
        }
    };
}

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
        return (0,verify_policy/* exactly */.pV)(config.value);
    const matcher = await (0,verify_policy/* userMatcher */.sL)(config.pattern);
    // The config reported it already; a library caller that skipped the config gets the same words.
    if ('problem' in matcher)
        throw new inputs_ConfigError([{ input: config.input, message: patternProblem(matcher.problem) }]);
    return matcher;
}
/** The verification policy a validated config describes; reads the public key file for key policies. */
async function resolvePolicy(config, cwd) {
    if (config.kind === 'key') {
        return loadPublicKey((await readInput(cwd, config.keyPath, 'public key', files/* INPUT_LIMITS */.Ef.publicKey)).toString('utf8'), config.keyPath, config.ignoreTlog ? 'ignored' : 'required');
    }
    const github = config.repo !== undefined || config.owner !== undefined || config.signerWorkflow !== undefined || config.signerRepo !== undefined
        ? (0,verify_policy/* githubPolicy */.QJ)({
            ...(config.repo === undefined ? {} : { repo: config.repo }),
            ...(config.owner === undefined ? {} : { owner: config.owner }),
            ...(config.signerWorkflow === undefined ? {} : { signerWorkflow: config.signerWorkflow }),
            ...(config.signerRepo === undefined ? {} : { signerRepo: config.signerRepo }),
        })
        : undefined;
    const identity = config.identity === undefined ? github?.identity : await toMatcher(config.identity);
    const issuer = config.issuer === undefined ? (0,verify_policy/* exactly */.pV)(verify_policy/* GITHUB_ACTIONS_ISSUER */.qQ) : await toMatcher(config.issuer);
    // The configs refuse this first; a library caller that skips them made a usage mistake, not an unreadable input.
    if (identity === undefined)
        throw new inputs_ConfigError([{ input: 'certificate-identity', message: 'is required for keyless bundles (or repo, owner or signer-workflow, which imply one)' }]);
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
    return async () => trustSourcesThrough((await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6327))).proxySettingsFrom(env), logger);
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
    return certificate !== undefined && (0,verify_der/* organizationsOf */.EQ)(certificate.issuer)[0] === GITHUB_CA_ORGANIZATION ? 'github' : 'public-good';
}
/** A bundle's signing certificate, parsed; undefined when it holds none or an unreadable one (which verifyBundle reports with its code). */
function bundleCertificate(bundleJson) {
    const material = (bundleJson ?? {});
    const raw = material.verificationMaterial?.certificate?.rawBytes ?? material.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (typeof raw !== 'string')
        return undefined;
    try {
        return verify_certificate/* ParsedCertificate */.D.parse(Buffer.from(raw, 'base64'), 'the bundle\'s certificate');
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
        return (0,trust/* loadTrustMaterial */.ak)((await readInput(cwd, config.trustedRoot, 'trusted root', files/* INPUT_LIMITS */.Ef.trustedRoot)).toString('utf8'), config.trustedRoot);
    }
    // A key-signed bundle's log entry is verified against the public-good root, which cosign fetches through TUF too; told to ignore the log, it needs none.
    if (config.policy.kind === 'key' && config.policy.ignoreTlog)
        return undefined;
    const found = typeof sources === 'function' ? await sources() : sources;
    // Loaded only here: offline verification never fetches a trusted root.
    const { loadGitHubTrustMaterial, loadTrustMaterialFromTUF } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2558));
    if (config.policy.kind !== 'key')
        return certificateInstance(bundleJson) === 'github' ? loadGitHubTrustMaterial(found.github) : loadTrustMaterialFromTUF(found.publicGood);
    try {
        return await loadTrustMaterialFromTUF(found.publicGood);
    }
    catch (error) {
        // Offline, a trusted root is one way out; for a bundle trust-kit signed with the key (offline, no log entry) it only leads to VERIFY_TLOG_MISSING.
        if (!(0,errors/* isTrustKitError */.Nf)(error) || error.code !== 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE')
            throw error;
        throw new verify_errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', error.message, {
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
        return verifyBundle(bundleJson, { digest: (0,core_digest/* parseDigestReference */.Dn)(digest), ...(await prehashedFor(bundleJson)) }, policy, trust);
    return namingMismatch({ shown: artifact, bundleShown, crlf: false }, () => verifyArtifactFile(bundleJson, artifact, policy, trust, cwd));
}
/** {@link verifyArtifact} of a file. */
async function verifyArtifactFile(bundleJson, artifact, policy, trust, cwd) {
    const algorithms = digestsNeeded(bundleJson);
    // Read whole what a digest cannot verify: SHA-384 message digests (the streaming hasher has no SHA-384), and Ed25519 or RSA keys (no pre-hashed verification).
    if (algorithms === undefined || !prehashable(bundleJson, policy))
        return verifyBundle(bundleJson, { bytes: await readInput(cwd, artifact, 'artifact', files/* INPUT_LIMITS */.Ef.artifactWhole) }, policy, trust);
    const small = readIfSmall(cwd, artifact, 'artifact');
    if (small !== undefined)
        return verifyBundle(bundleJson, { bytes: small }, policy, trust);
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
    return verifyBundle(bundleJson, { digest: { algorithm, hex: digests[algorithm] ?? '' }, moreDigests, ...(await prehashedFor(bundleJson)) }, policy, trust);
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
    return holdsMessageSignature(bundleJson) ? { verifyPrehashed: await loadPrehashedVerifier() } : {};
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
        const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf: () => bytes.includes('\r\n') }, () => Promise.resolve(verifyBundle(options.bundleJson, { bytes }, options.policy, options.trust)));
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
    const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf }, () => Promise.resolve(verifyBundle(options.bundleJson, { digest: { algorithm, hex: digests.get(algorithm) ?? '' }, moreDigests, ...prehashed }, options.policy, options.trust)));
    return { signature, path, shown, sha256: digests.get('sha256') ?? '' };
}
/**
 * SIGSTORE_INPUT_UNREADABLE for listed files this machine could not read (see unreadableHere),
 * when nothing else failed: `names` are the first few as the report names them, of `count`;
 * `reader` says whose permission to fix ("the user running trust-kit", "the job's user").
 */
function listedFilesUnreadable(checksums, count, names, reader) {
    const more = count > names.length ? `; and ${count - names.length} more` : '';
    return new verify_errors/* VerifyError */.G('SIGSTORE_INPUT_UNREADABLE', `${counted(count, 'file')} listed in the signed ${checksums} could not be read, so ${count === 1 ? 'it was' : 'they were'} not checked: ${names.join('; ')}${more}`, {
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
    const { checkChecksumsFile, checkNamedFiles, ChecksumsError, readChecksumEntries } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7967));
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
    const baseDir = (0,external_node_path_.resolve)(cwd, base ?? (0,external_node_path_.dirname)(checksumsPath));
    // Loaded here, on a failure only: verify-blob, which imports this module, must not load node:fs/promises (see checkVerifiedChecksums).
    const { lstat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19));
    const exists = (path) => lstat(path).then(() => true, () => false);
    const misnamed = [];
    for (const file of files.slice(0, 20)) {
        const underBase = (0,external_node_path_.resolve)(baseDir, file);
        if (underBase !== (0,external_node_path_.resolve)(cwd, file) && !(await exists((0,external_node_path_.resolve)(cwd, file))) && (await exists(underBase)))
            misnamed.push(`${(0,quote/* shownFile */.G)(file)} is ${(0,quote/* shownFile */.G)((0,external_node_path_.relative)(cwd, underBase))}`);
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

// EXTERNAL MODULE: ./lib/sigstore/verify/trust-tuf.js + 1 modules
var trust_tuf = __webpack_require__(2558);
;// CONCATENATED MODULE: ./lib/sigstore/verify/index.js









// EXTERNAL MODULE: ./lib/actions/io.js + 18 modules
var actions_io = __webpack_require__(2857);
// EXTERNAL MODULE: ./lib/actions/summary.js + 2 modules
var summary = __webpack_require__(4325);
// EXTERNAL MODULE: ./lib/checksums/index.js + 4 modules
var lib_checksums = __webpack_require__(7967);
;// CONCATENATED MODULE: ./lib/actions/verify/main.js
















/** The inputs the verify action reads: cosign's policy names, plus what to verify. */
const VERIFY_INPUTS = [
    'mode',
    'artifact',
    'checksums',
    'files',
    'base',
    'bundle',
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'certificate-oidc-issuer-regexp',
    'repo',
    'owner',
    'signer-workflow',
    'signer-repo',
    'trusted-root',
    'key',
    'insecure-ignore-tlog',
    'predicate-type',
    'source-ref',
    'source-digest',
    'deny-self-hosted-runners',
];
/** Inputs only the attestation mode reads. */
const ATTESTATION_INPUTS = ['predicate-type', 'signer-repo', 'source-digest', 'deny-self-hosted-runners'];
/** At most this many failures are named in the error (as \`trust-kit verify-checksums\` does); the summary lists every one. */
const NAMED_FAILURES = 20;
function signerRows(result) {
    const rows = [];
    if (result.signer.kind === 'certificate') {
        rows.push(`| Signer | ${(0,summary/* codeCell */.MZ)(result.signer.subjectAlternativeName)} |`, `| Issuer | ${(0,summary/* codeCell */.MZ)(result.signer.issuer)} |`);
        if (result.signer.extensions.sourceRepositoryURI !== undefined)
            rows.push(`| Repository | ${(0,summary/* codeCell */.MZ)(result.signer.extensions.sourceRepositoryURI)} |`);
    }
    else {
        rows.push(`| Key | ${(0,summary/* codeCell */.MZ)(result.signer.source)} |`);
    }
    for (const entry of result.tlogEntries)
        rows.push(`| Log entry | ${(0,summary/* cell */.Hn)(entry.baseUrl)} index ${(0,summary/* cell */.Hn)(entry.logIndex)} |`);
    for (const timestamp of result.timestamps)
        rows.push(`| ${timestamp.source === 'transparency-log' ? 'Logged at' : 'Timestamped at'} | ${timestamp.time.toISOString()} |`);
    return rows;
}
/** Runs both validations and reports the problems of both in one error, as every input error is reported at once. */
function collectIssues(first, second) {
    const issues = [];
    let value;
    for (const step of [first, () => void (value = second())]) {
        try {
            step();
        }
        catch (error) {
            if (!(error instanceof inputs_ConfigError))
                throw error;
            issues.push(...error.issues);
        }
    }
    if (issues.length > 0 || value === undefined)
        throw new inputs_ConfigError(issues);
    return value;
}
/** An artifact given as a digest (`sha256:<hex>`, `sha512:<hex>`), which names no file. */
const DIGEST_ARTIFACT = /^sha(256|512):/i;
/**
 * Checks that every file the inputs name exists, before anything is read or fetched: each missing
 * one is named under its input, all at once, rather than the first failing where it is read.
 */
async function requireInputFiles(config, files, cwd) {
    const named = (input, path) => (path === undefined ? [] : [{ input, path, kind: 'file' }]);
    await requireNamedPaths([
        ...named('bundle', config.bundle),
        ...named('artifact', files.artifact === undefined || DIGEST_ARTIFACT.test(files.artifact) ? undefined : files.artifact),
        ...named('checksums', files.checksums),
        ...named('trusted-root', config.trustedRoot),
        ...named('key', config.policy.kind === 'key' ? config.policy.keyPath : undefined),
        ...(files.base === undefined ? [] : [{ input: 'base', path: files.base, kind: 'directory' }]),
    ], cwd, actionInputName);
}
function setSignerOutputs(result, io) {
    io.setOutput('signer-identity', result.signer.kind === 'certificate' ? result.signer.subjectAlternativeName : '');
    io.setOutput('signer-issuer', result.signer.kind === 'certificate' ? result.signer.issuer : '');
}
function attestationRows(result) {
    const rows = [`| Predicate type | ${(0,summary/* codeCell */.MZ)(result.statement.predicateType)} |`];
    const provenance = result.provenance ?? {};
    const named = [
        ['Builder', provenance.builder],
        ['Source', provenance.sourceRepository === undefined ? undefined : `${provenance.sourceRepository} @ ${provenance.sourceCommit ?? '?'}`],
        ['Workflow', provenance.workflow],
        ['Trigger', provenance.trigger],
        ['Runner', provenance.runnerEnvironment],
    ];
    for (const [name, value] of named)
        if (value !== undefined)
            rows.push(`| ${name} | ${(0,summary/* codeCell */.MZ)(value)} |`);
    return rows;
}
/**
 * The attestation mode: verifies that the bundle (a `.sigstore.json`, or one bundle per line of a
 * `.intoto.jsonl`) holds an attestation of `predicate-type` about `artifact`, signed under the
 * policy, as `trust-kit verify-attestation` does; fails the step on any refusal, with its code.
 */
async function runAttestation(inputs, reader, io, cwd, env) {
    const artifact = reader.string('artifact');
    if (artifact === undefined)
        reader.report('artifact', 'is required with "mode: attestation": the downloaded file (or sha256:<hex>) the attestation must be about');
    const digestProblem = artifact === undefined ? undefined : artifactDigestProblem(artifact);
    if (digestProblem !== undefined)
        reader.report('artifact', digestProblem);
    for (const name of ['checksums', 'files', 'base'])
        if (reader.string(name) !== undefined)
            reader.report(name, 'is not read with "mode: attestation"');
    const config = collectIssues(() => reader.finish(), () => attestationVerifyConfig(inputs, actionInputName));
    await requireInputFiles(config, { artifact }, cwd);
    const [bundles, basePolicy] = await Promise.all([readAttestationBundles(config.bundle, cwd), resolvePolicy(config.policy, cwd)]);
    const digests = await artifactDigests(artifact ?? '', cwd, { sha384: namedBySha384Alone(bundles) });
    const trust = await resolveTrust(config, cwd, trustDeciding(bundles, digests, config.predicateType), trustSourcesThrough((0,proxy.proxySettingsFrom)(env), io));
    const result = verifyAttestation({ bundles, artifact: digests, policy: attestationPolicy(basePolicy, config, config.identityOrigin), trust, predicateType: config.predicateType, source: config.bundle });
    io.info(`verified the ${result.statement.predicateType} attestation about ${artifact ?? ''} (sha256:${digests.sha256})`);
    setSignerOutputs(result.signature, io);
    io.setOutput('verified', JSON.stringify([{ name: artifact ?? '', digest: { sha256: digests.sha256 } }]));
    io.setOutput('predicate-type', result.statement.predicateType);
    io.setOutput('provenance', JSON.stringify(result.provenance ?? {}));
    await io.appendSummary(`### Verified the attestation about ${(0,summary/* code */.aY)(artifact ?? '')}\n\n| | |\n| --- | --- |\n${[...attestationRows(result), ...signerRows(result.signature)].join('\n')}\n`);
}
/**
 * The verify action: verifies a bundle for one artifact (`artifact`: a path or `sha256:<hex>`), or a
 * signed checksums file and then the artifacts against it (`checksums`, with `files` or every
 * listed file present), under the same policy the CLI takes; with `mode: attestation`, an
 * attestation about the artifact instead. Fails the step on any mismatch. Trusted roots fetched
 * through TUF follow the proxy variables of `env`, the job's environment.
 */
async function run(inputs, io, cwd, env = {}) {
    await loadPatternsOf(inputs);
    const reader = new InputReader(inputs, actionInputName);
    if (reader.choice('mode', ['signature', 'attestation'], 'signature') === 'attestation')
        return runAttestation(inputs, reader, io, cwd, env);
    for (const name of ATTESTATION_INPUTS)
        if (reader.string(name) !== undefined)
            reader.report(name, 'is only read with "mode: attestation"');
    const artifact = reader.string('artifact');
    const checksums = reader.string('checksums');
    const files = reader.list('files');
    if ((artifact === undefined) === (checksums === undefined))
        reader.report('artifact', 'give exactly one of "artifact" (a file or sha256:<hex>) and "checksums" (a signed checksums file)');
    if (files.length > 0 && checksums === undefined)
        reader.report('files', 'is only read with "checksums"');
    // A glob names no listed file: checked as one, it would fail as "not listed", with the hint not to use the files.
    for (const file of files) {
        if ((0,collect/* mayBeGlob */.jb)(file) && !(await (0,promises_.lstat)((0,external_node_path_.resolve)(cwd, file)).then(() => true, () => false)))
            reader.report('files', `${file} is a glob, which files does not expand: name each file, or leave files out to check every listed file present under base`);
    }
    if (reader.string('base') !== undefined && checksums === undefined)
        reader.report('base', 'is only read with "checksums"');
    const config = collectIssues(() => reader.finish(), () => verifyConfig(inputs, actionInputName));
    await requireInputFiles(config, { artifact, checksums, base: checksums === undefined ? undefined : reader.string('base') }, cwd);
    const [bundle, policy] = await Promise.all([readBundleFile(config.bundle, cwd), resolvePolicy(config.policy, cwd)]);
    const trust = await resolveTrust(config, cwd, bundle, trustSourcesThrough((0,proxy.proxySettingsFrom)(env), io));
    if (artifact !== undefined) {
        const result = await verifyArtifact(bundle, artifact, policy, trust, cwd, config.bundle);
        io.info(`verified ${artifact} (${result.artifact.algorithm}:${result.artifact.hex})`);
        setSignerOutputs(result, io);
        io.setOutput('verified', JSON.stringify([{ name: artifact, digest: { [result.artifact.algorithm]: result.artifact.hex } }]));
        await io.appendSummary(`### Verified ${(0,summary/* code */.aY)(artifact)}\n\n| | |\n| --- | --- |\n${signerRows(result).join('\n')}\n`);
        return;
    }
    const outcome = await verifySignedChecksums({ checksumsPath: checksums ?? '', bundleJson: bundle, policy, trust, files, base: reader.string('base'), cwd, bundleShown: config.bundle });
    setSignerOutputs(outcome.signature, io);
    const good = outcome.results.filter((result) => result.status === 'ok');
    (0,actions_io/* setListOutput */.SP)(io, 'verified', good.map((result) => ({ name: result.entry.name, digest: { [result.entry.algorithm]: result.entry.hex } })), 'the verified checksums file lists them');
    // Failures first, then cut: GitHub drops a summary over 1 MiB whole, and a cut must not hide a failure.
    const failedRows = [
        ...outcome.results.filter((result) => result.status !== 'ok').map((result) => `| ${(0,summary/* cell */.Hn)(result.entry.name)} | FAILED (${result.status}) |`),
        ...outcome.unlisted.map((file) => `| ${(0,summary/* cell */.Hn)(file)} | FAILED (not listed) |`),
    ];
    const hiddenFailures = Math.max(0, failedRows.length - summary/* MAX_SUMMARY_ROWS */.ok);
    const rows = (0,summary/* capped */.uo)([...failedRows, ...good.map((result) => `| ${(0,summary/* cell */.Hn)(result.entry.name)} | OK |`)], summary/* MAX_SUMMARY_ROWS */.ok, (count) => `| and ${count} more, ${hiddenFailures === 0 ? 'all OK' : `${hiddenFailures} of them FAILED (checking the files against it lists them)`}: ${(0,summary/* cell */.Hn)(checksums ?? '')} lists every one | |`);
    // The heading says whether the run passed: a reader of the summary alone must not take a failed run for a verified release.
    const heading = failedRows.length > 0
        ? `Verification FAILED: ${counted(failedRows.length, 'artifact')} ${failedRows.length === 1 ? 'does' : 'do'} not match ${(0,summary/* code */.aY)(checksums ?? '')} (its signature verified)`
        : outcome.results.length === 0
            ? `Verification FAILED: no file listed in ${(0,summary/* code */.aY)(checksums ?? '')} was found (its signature verified)`
            : `Verified ${(0,summary/* code */.aY)(checksums ?? '')}`;
    // As sha256sum -c --ignore-missing, a listed file that is not there is no failure; but a verifier says what it did not check.
    const { notChecked } = outcome;
    const notCheckedText = notChecked.count === 0 || outcome.results.length === 0
        ? undefined
        : `${counted(notChecked.count, 'listed file')} ${notChecked.count === 1 ? 'was' : 'were'} not found in ${reader.string('base') ?? 'the checksums file\'s directory'}, so ${notChecked.count === 1 ? 'it was' : 'they were'} not checked: ${notChecked.names.map((name) => (0,quote/* boundedText */.LD)((0,lib_checksums/* reportedName */.PF)(name))).join(', ')}${notChecked.count > notChecked.names.length ? `, and ${notChecked.count - notChecked.names.length} more` : ''} (name the files to check in files, or set base where they are)`;
    if (notCheckedText !== undefined)
        io.warn(notCheckedText);
    await io.appendSummary(`### ${heading}\n\n| | |\n| --- | --- |\n${signerRows(outcome.signature).join('\n')}\n\n| Artifact | Result |\n| --- | --- |\n${rows.join('\n')}\n${notCheckedText === undefined ? '' : `\n${(0,summary/* cell */.Hn)(notCheckedText)}\n`}`);
    // Named as the CLI names them: escaped as the -c report escapes a name, and cut (the checksums file's author chose them).
    const described = (result) => `${(0,quote/* boundedText */.LD)((0,lib_checksums/* reportedName */.PF)(result.entry.name))} (${result.status}${result.reason === undefined ? '' : `: ${(0,quote/* boundedText */.LD)(result.reason)}`})`;
    const unreadable = outcome.results.filter(lib_checksums/* unreadableHere */.y).map(described);
    const failed = [...outcome.results.filter((result) => result.status !== 'ok' && !(0,lib_checksums/* unreadableHere */.y)(result)).map(described), ...outcome.unlisted.map((file) => `${file} (not listed)`)];
    // The summary lists the failures (up to MAX_SUMMARY_ROWS of them); the error, as the CLI's, names the first few.
    const named = `${failed.slice(0, NAMED_FAILURES).join('; ')}${failed.length > NAMED_FAILURES ? `; and ${failed.length - NAMED_FAILURES} more` : ''}`;
    if (failed.length > 0) {
        const misnamed = outcome.results.some((result) => result.status === 'missing') ? await misnamedFilesHint(files, reader.string('base'), cwd, checksums ?? '', { origin: 'the workspace', base: 'base' }) : undefined;
        throw new verify_errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `${counted(failed.length, 'artifact')} ${failed.length === 1 ? 'does' : 'do'} not match the signed ${checksums ?? ''}: ${named}`, { hint: misnamed ?? 'do not use these files' });
    }
    // A file the runner could not read (a permission, a directory in its place) is no sign of tampering: said as what it is, when nothing else failed.
    if (unreadable.length > 0)
        throw listedFilesUnreadable(checksums ?? '', unreadable.length, unreadable.slice(0, NAMED_FAILURES), 'the job\'s user');
    if (outcome.results.length === 0)
        throw new verify_errors/* VerifyError */.G('VERIFY_ARTIFACT_MISMATCH', `no file listed in ${checksums ?? ''} was found, so no artifact was checked`, { hint: 'set "files", or "base" to where the artifacts are' });
    io.info(`verified ${checksums ?? ''} and ${counted(good.length, 'artifact')} against it`);
}


/***/ }),

/***/ 522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jb: () => (/* binding */ mayBeGlob)
/* harmony export */ });
/* unused harmony exports WALK_SKIPPED_NAMES, leftoverNotice, nodeFileSystem, collectArtifacts, findArtifacts, listingOrder, compareNames, sortByName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9916);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4539);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2321);








/**
 * Entries never listed when a directory is walked (cli helper's exclusion hook): version control is
 * not a release artifact. A subject naming one itself (`trust-kit checksums .git`) is still hashed.
 */
const WALK_SKIPPED_NAMES = new Set(['.git']);
/** What to tell the user of a file {@link CollectOptions.leftover} was told of: that it was not listed, and why they may remove it. */
function leftoverNotice(file) {
    checkOptionsArgument("leftoverNotice's file", file, { path: 'string', kind: 'string' }, ['path', 'kind']);
    if (file.kind === 'signature of the replaced output') {
        return `removed ${shownPath(file.path)}: it signed the checksums file this run replaced, and would have stood beside the new one, signing other contents; sign the new one again (trust-kit sign-blob)`;
    }
    if (file.kind === 'kept output directory') {
        return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it`;
    }
    if (file.kind === 'replaced output directory') {
        return `left ${shownPath(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside; the next release into that output directory puts it back (or remove it if it is not wanted)`;
    }
    return `left ${shownPath(file.path)} out of the artifacts: it is trust-kit's own ${file.kind}, which a trust-kit run killed while writing in its directory leaves behind; remove it unless a trust-kit is writing there now`;
}
/**
 * Characters without one of which no subject is a glob (picomatch, which decides, needs one):
 * tinyglobby, and the modules it loads, are loaded only for a subject that has one, never for
 * `checksums DIR`, whose start-up is part of its time.
 */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;
/** Whether `subject` may be a glob; one that is not names a path that must exist (see {@link MAYBE_GLOB}). */
function mayBeGlob(subject) {
    return MAYBE_GLOB.test(subject);
}
/** Whether `subject` is a glob, as tinyglobby decides (loaded only when it may be one). */
async function isGlob(subject) {
    return mayBeGlob(subject) && (await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448))).isDynamicPattern(subject);
}
/**
 * Directory listings and link lookups in flight at once: enough to keep the thread pool busy on
 * deep trees, few enough that a million-file tree never has a million calls pending.
 */
const WALK_CONCURRENCY = 16;
function kindOfStats(info) {
    if (info.isFile())
        return 'file';
    if (info.isDirectory())
        return 'directory';
    if (info.isSymbolicLink())
        return 'symlink';
    return 'other';
}
function kindOfDirent(entry) {
    const kind = kindOfStats(entry);
    // A file system that does not report types (DT_UNKNOWN) gives a dirent that is none of these.
    return kind === 'other' && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice() ? 'unknown' : kind;
}
/**
 * Refuses a directory holding a name whose bytes are not UTF-8 (Linux allows any but `/` and NUL):
 * Node hands it over with U+FFFD in place of the bytes, a name no file has, which a checksums
 * file would list and nobody could check.
 */
async function refuseNonUtf8Names(directory) {
    const raw = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(directory, { encoding: 'buffer' })).find((name) => !(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(name));
    if (raw === undefined)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_UNSAFE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, raw.toString()))} has a name that is not valid UTF-8 (bytes ${raw.toString('hex')})`, {
        hint: 'rename the file in UTF-8: a checksums file names its artifacts as text',
    });
}
/** Node's file system, as the walk uses it. */
const nodeFileSystem = {
    list: async (path) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, { withFileTypes: true });
        // One pass over what may be tens of thousands of entries, as over every other listing of the walk.
        const listed = new Array(entries.length);
        let replaced = false;
        for (let index = 0; index < entries.length; index++) {
            const entry = entries[index];
            if (entry.name.includes('\uFFFD'))
                replaced = true;
            listed[index] = { name: entry.name, kind: kindOfDirent(entry) };
        }
        // Only a name with U+FFFD can stand for bytes that are not UTF-8: read again as bytes to tell.
        if (replaced)
            await refuseNonUtf8Names(path);
        return listed;
    },
    kindOf: async (path) => kindOfStats(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path)),
    targetKindOf: async (path) => kindOfStats(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)),
    // fs/promises' realpath is the native one (realpath(3), GetFinalPathNameByHandle): on macOS and Windows it spells
    // the path as the disk does, which asSpelledOnDisk relies on; fs.realpath's JavaScript one keeps the caller's case.
    realpath: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path),
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless the subjects are an array of strings and the
 * options name `cwd` and `base`: from plain JavaScript, a string was walked letter by letter (the
 * subject '*' listed every file under the working directory) and missing options failed deep
 * inside with a TypeError.
 */
function checkCollectArguments(subjects, options) {
    let problem;
    if (!Array.isArray(subjects))
        problem = `subjects is ${typeName(subjects)}, not an array of paths, directories and globs`;
    else if (subjects.some((subject) => typeof subject !== 'string'))
        problem = `subjects holds ${typeName(subjects.find((subject) => typeof subject !== 'string'))}, not only strings`;
    else if (typeof options !== 'object' || options === null)
        problem = `the options are ${typeName(options)}, not an object with cwd and base`;
    else {
        const { cwd, base, exclude, skip, onExcluded, onlySkipped, leftover, progress } = options;
        if (typeof cwd !== 'string' || typeof base !== 'string')
            problem = `the options' cwd and base are ${typeName(cwd)} and ${typeName(base)}, not strings`;
        else if (exclude !== undefined && !(Array.isArray(exclude) && exclude.every((path) => typeof path === 'string')))
            problem = `the options' exclude is ${typeName(exclude)}, not an array of paths`;
        else {
            const notFunction = Object.entries({ skip, onExcluded, onlySkipped, leftover, progress }).find(([, value]) => value !== undefined && typeof value !== 'function');
            if (notFunction !== undefined)
                problem = `the options' ${notFunction[0]} is ${typeName(notFunction[1])}, not a function`;
        }
    }
    if (problem !== undefined) {
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', problem, { hint: 'pass the subjects as an array of strings (["dist"]) and options { cwd, base } (see the types in trust-kit)' });
    }
}
/**
 * Expands subjects (files, directories recursed, globs) into the sorted list of files to hash,
 * rejecting anything that would make a checksums file ambiguous or point outside the base.
 * Time is linear in the entries walked (plus the final sort) and memory holds the listed names.
 */
async function collectArtifacts(subjects, options) {
    const found = await findArtifacts(subjects, options);
    return listingOrder(found).map((index) => found[index]);
}
/**
 * The files {@link collectArtifacts} lists, in the order the walk found them and with a file
 * named twice (by two subjects) found twice: to start hashing before they are sorted, with
 * {@link listingOrder} made meanwhile.
 */
async function findArtifacts(subjects, options) {
    checkCollectArguments(subjects, options);
    const fileSystem = options.fileSystem ?? nodeFileSystem;
    const given = resolve(options.cwd, options.base);
    const baseReal = await baseDirectory(fileSystem, given, options.base);
    const base = sameButForCase(given, baseReal) ? baseReal : given;
    const excluded = new Set((options.exclude ?? []).map((path) => resolve(options.cwd, path)));
    const isExcluded = await exclusion(excluded);
    let kept = [];
    // A directory walked for two subjects, or a glob's match in one walked too, is told of once.
    const toldOf = new Set();
    const leftover = options.leftover === undefined
        ? undefined
        : (file) => {
            if (toldOf.has(file.path))
                return;
            toldOf.add(file.path);
            options.leftover?.(file);
        };
    const windows = (options.platform ?? process.platform) === 'win32';
    // The real paths of the subjects' directories, for every subject's walk: thousands of files named one by one share a few.
    const realDirectories = new Map();
    for (const subject of subjects) {
        const pattern = windows ? subject.replaceAll('\\', '/') : subject;
        const globbed = await isGlob(pattern);
        try {
            const paths = globbed ? await expandGlob(pattern, options.cwd) : [resolve(options.cwd, subject)];
            const walk = new Walk(fileSystem, base, baseReal, realDirectories, options.skip, leftover, options.progress === undefined ? undefined : (found) => options.progress?.(kept.length + found));
            for (const path of paths) {
                // What a glob matched is offered to skip, as what a walk finds is: a subject named itself never is.
                const offer = globbed && options.skip !== undefined ? { real: await fileSystem.realpath(path).catch(() => path) } : undefined;
                await walk.root(path, globbed ? path : subject, offer, !globbed).catch(async (error) => {
                    // Every artifact lies outside a base that is a file: say that of the base, checked only now so that a walk costs no call more.
                    if (error instanceof ChecksumsError && error.code === 'CHECKSUMS_OUTSIDE_BASE' && (await fileSystem.targetKindOf(baseReal)) !== 'directory') {
                        throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `the base directory ${shownPath(options.base)} is not a directory`, { hint: BASE_HINT });
                    }
                    throw error;
                });
            }
            const before = kept.length;
            let excludedHere = 0;
            if (excluded.size === 0 && before === 0)
                kept = walk.files;
            else {
                for (const file of walk.files) {
                    const out = excluded.size === 0 ? false : isExcluded(file.path);
                    if (out === false || (out !== true && !(await out)))
                        kept.push(file);
                    else {
                        excludedHere++;
                        options.onExcluded?.(file.path);
                    }
                }
            }
            // A subject whose every match was skipped names only what the caller leaves out on purpose; it reports that itself.
            if (kept.length === before && walk.skippedCount > 0 && options.onlySkipped !== undefined)
                options.onlySkipped(subject);
            else if (kept.length === before) {
                if (excludedHere > 0) {
                    throw new ChecksumsError('CHECKSUMS_NO_MATCH', `${shownPath(subject)} matches only the file being written (the output), which is never listed in itself`, {
                        hint: 'write the checksums file to another path, or name the files to list',
                    });
                }
                throw new ChecksumsError('CHECKSUMS_NO_MATCH', `${shownPath(subject)} matches no file`, {
                    hint: 'check the path or glob; globs are relative to the working directory, directories are searched recursively',
                });
            }
        }
        catch (error) {
            throw await foundUnderBase(error, { subject, pattern, globbed, cwd: options.cwd, base, shownBase: options.base, fileSystem });
        }
    }
    return kept;
}
/**
 * A subject that is not found from the working directory but is there under the base: its user took
 * the base for where paths start. The error keeps its code and message, and its hint names the
 * path to give instead. One more look, on the failure path only.
 */
async function foundUnderBase(error, at) {
    if (!(error instanceof ChecksumsError) || !(error.code === 'CHECKSUMS_NO_MATCH' || (error.code === 'CHECKSUMS_PATH_NOT_FOUND' && error.message === `${shownPath(at.subject)} does not exist`)))
        return error;
    if (isAbsolute(at.subject) || resolve(at.cwd) === at.base)
        return error;
    const there = at.globbed ? (await expandGlob(at.pattern, at.base)).length > 0 : await at.fileSystem.targetKindOf(resolve(at.base, at.subject)).then(() => true, () => false);
    if (!there)
        return error;
    const instead = relative(at.cwd, join(at.base, at.pattern)).split(sep).join('/');
    return new ChecksumsError(error.code, error.message, { cause: error, hint: `paths are relative to the working directory, not to the base directory ${shownPath(at.shownBase)}, which only shapes the names listed: give ${shownPath(instead)}` });
}
/** A file name as a case- and normalisation-insensitive file system (macOS, Windows) may match it. */
const foldedName = (path) => basename(path).normalize('NFC').toLowerCase();
/** A file's identity (device and inode, as bigints: Windows' file indexes pass 2^53), or undefined when it cannot be read. */
async function identityOf(path) {
    try {
        const info = await stat(path, { bigint: true });
        return `${info.dev}:${info.ino}`;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a found file is one of the excluded ones (the checksums file being written): by path, or,
 * for a file of the same name but for case or Unicode form, by identity, since an excluded file
 * named another way (through a link, `Out` for `out` on macOS and Windows) is still that file and a
 * re-run must not list the last run's checksums file. Only such namesakes cost a call.
 */
async function exclusion(excluded) {
    const identities = new Set();
    for (const path of excluded) {
        const identity = await identityOf(path);
        if (identity !== undefined)
            identities.add(identity);
    }
    const names = new Set([...excluded].map(foldedName));
    // Answered at once for all but namesakes: a walk of many files pays no promise per file.
    return (path) => {
        if (excluded.has(path))
            return true;
        if (identities.size === 0 || !names.has(foldedName(path)))
            return false;
        return identityOf(path).then((identity) => identity !== undefined && identities.has(identity));
    };
}
/**
 * The order in which found files are listed: their indexes sorted by name, with each name once. A
 * file found twice (two subjects or globs naming it) is listed once, two files under one name are
 * an error. Neighbours in the sorted list are compared, so no table of every name is built (20,000
 * names cost a tenth of a small-file run).
 */
function listingOrder(found) {
    const indexes = [];
    for (let index = 0; index < found.length; index++)
        indexes.push(index);
    // Node lists a directory sorted by bytes, so the walk of one finds its files in order, each once: one pass tells so.
    if (inOrderOnce(found))
        return indexes;
    const fileAt = (index) => found[index];
    const unique = [];
    let previous;
    for (const index of sortByName(indexes, (at) => fileAt(at).name)) {
        const file = fileAt(index);
        if (previous !== undefined && previous.name === file.name) {
            if (previous.path === file.path)
                continue;
            throw new ChecksumsError('CHECKSUMS_DUPLICATE_NAME', `${shownPath(file.path)} and ${shownPath(previous.path)} would both be listed as ${shownPath(file.name)}`, {
                hint: 'list each artifact once, or give them distinct paths under the base directory',
            });
        }
        unique.push(index);
        previous = file;
    }
    return unique;
}
/** Whether the files' names are in UTF-8 byte order, none twice. */
function inOrderOnce(found) {
    let previous;
    for (let index = 0; index < found.length; index++) {
        const { name } = found[index];
        if ((previous !== undefined && name <= previous) || UTF16_ORDER_DIFFERS.test(name))
            return false;
        previous = name;
    }
    return true;
}
/** Orders names by their UTF-8 bytes, as `LC_ALL=C sort` does, so the order never depends on a locale. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Code units from which UTF-16 order (JavaScript's) and UTF-8 byte order can disagree: surrogates
 * (characters beyond U+FFFF) sort below U+E000..U+FFFF in UTF-16 and above them in UTF-8.
 */
const UTF16_ORDER_DIFFERS = /[\ud800-\uffff]/;
const compareCodeUnits = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const compareKeys = (a, b) => Buffer.compare(a.key, b.key);
/**
 * Sorts items by a name in UTF-8 byte order. Names without a character from U+D800 on (nearly all
 * file names) sort as JavaScript strings, which is the same order, and items already in that order
 * (the checksums of a sorted list of files) are only copied; otherwise each name is encoded once,
 * rather than per comparison.
 */
function sortByName(items, nameOf) {
    let previous = '';
    let ordered = true;
    let plain = true;
    for (const item of items) {
        const name = nameOf(item);
        if (UTF16_ORDER_DIFFERS.test(name)) {
            plain = false;
            break;
        }
        if (name < previous)
            ordered = false;
        previous = name;
    }
    if (plain && ordered)
        return items.slice();
    const named = items.map((item) => ({ item, name: nameOf(item) }));
    if (plain)
        return named.sort(compareCodeUnits).map(({ item }) => item);
    return named
        .map(({ item, name }) => ({ item, key: Buffer.from(name, 'utf8') }))
        .sort(compareKeys)
        .map(({ item }) => item);
}
/**
 * What a glob never matches, whatever its depth: the entries a walk skips ({@link WALK_SKIPPED_NAMES}),
 * unless the pattern names one in a segment of its own (`.git/config`). `*` or `**` over a checkout
 * would otherwise list `.git/config`, where actions/checkout keeps the job's token, and a release
 * would upload it as an asset.
 */
function globIgnored(pattern) {
    const segments = new Set(pattern.split('/'));
    return [...WALK_SKIPPED_NAMES].filter((name) => !segments.has(name));
}
/**
 * The file system tinyglobby walks, with each symbolic link to anything but a directory shown as
 * a file: tinyglobby follows every link or leaves every one out, and left out, a link to an
 * artifact that a walk of its directory lists was dropped from a glob's matches without a word.
 * Links to directories stay links, never walked into (a loop, or a tree outside the base). The
 * link's own path is what matches; the collector then checks where it leads, as for a path named.
 */
const linksToFilesAsFiles = {
    readdir(path, options, callback) {
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, options).then(async (entries) => {
            const links = entries.filter((entry) => entry.isSymbolicLink());
            if (links.length === 0)
                return entries;
            // A link whose target cannot be looked at (gone, a loop) is a file too: the collector says what is wrong with it.
            const toDirectory = await Promise.all(links.map((link) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, link.name)).then((info) => info.isDirectory(), () => false)));
            const asFiles = new Set(links.filter((_, index) => toDirectory[index] !== true));
            return entries.map((entry) => (asFiles.has(entry) ? { name: entry.name, isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false } : entry));
        }).then((entries) => callback(null, entries), (error) => callback(error, []));
    },
};
/** A glob segment without a character a glob gives a meaning to (a wildcard, a class, braces, an extglob, an escape): a name. */
const LITERAL_SEGMENT = /^[^*?[\]{}()!\\]*$/;
/**
 * A glob split before its first segment that is not a name: the directory the names before it lead
 * to, and the rest. tinyglobby walks a pattern that climbs (`../**`), starts at the root or goes
 * through `./..` from the two paths' common ancestor: it then left the working directory's own
 * files out of the matches (tinyglobby#128), and never followed a link in the fixed part (macOS's
 * `/tmp`, `$TMPDIR`), which matched nothing. Walked from the directory, a link there is followed
 * by the system, as in a path.
 */
function splitGlob(pattern, cwd) {
    const segments = pattern.split('/');
    let fixed = 0;
    while (fixed < segments.length - 1 && LITERAL_SEGMENT.test(segments[fixed]))
        fixed += 1;
    if (fixed === 0)
        return { directory: cwd, rest: pattern };
    // A pattern from the root keeps its leading '/' (segment '' first).
    return { directory: resolve(cwd, segments.slice(0, fixed).join('/') || '/'), rest: segments.slice(fixed).join('/') };
}
async function expandGlob(pattern, cwd) {
    const { glob } = await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448));
    const ignored = globIgnored(pattern);
    const { directory, rest } = splitGlob(pattern, cwd);
    // tinyglobby's ignore spares the walk into them, but holds only below its cwd: a match of `../x/**` is checked here.
    const options = { cwd: directory, absolute: true, onlyFiles: false, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ignored.flatMap((name) => [`**/${name}`, `**/${name}/**`]), fs: linksToFilesAsFiles };
    const matches = (await glob(rest, options)).map((match) => resolve(match)).filter((path) => !relative(cwd, path).split(sep).some((segment) => ignored.includes(segment)));
    return sortByName(matches, (path) => path);
}
/**
 * Whether two paths are one on a case- and normalisation-insensitive file system (macOS's and
 * Windows' default) but spelled differently: `Dist` typed for `dist`. A real path that differs
 * otherwise (a link resolved, `/tmp` for `/private/tmp`) is not a spelling.
 */
function sameButForCase(typed, real) {
    return typed !== real && typed.normalize('NFC').toLowerCase() === real.normalize('NFC').toLowerCase();
}
function outsideBase(path, base) {
    return new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${shownPath(path)} is outside the base directory ${shownPath(base)}`, {
        hint: 'set --base (input "base") to a directory that contains every artifact',
    });
}
/** The name of a path relative to the base, `''` for the base itself, or undefined when it is outside. */
function relativeName(base, path) {
    const name = pathInside(base, path, { baseItself: true });
    return name === undefined || sep === '/' ? name : name.split(sep).join('/');
}
function checkedName(path, name, base) {
    if (name === undefined || name === '')
        throw outsideBase(path, base);
    if (/[\n\r]/.test(name)) {
        throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${shownPath(path)} has a line break in its name, which a checksums file cannot hold unambiguously`, {
            hint: 'rename the file without line breaks',
        });
    }
    // sha256sum -c reads a listed '-' from its standard input, not from the file: it would fail (or pass on what is piped in).
    if (name === '-') {
        throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${shownPath(path)} is named -, which sha256sum -c reads as its standard input, not as this file`, {
            hint: 'rename the file, or set --base (input "base") so that its name has a directory in front',
        });
    }
    return name;
}
async function realpathOrThrow(fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        throw notFound(shown, error);
    }
}
const BASE_HINT = 'set --base (input "base") to the directory the artifacts are named relative to';
/** The canonical path of the base directory; a missing one is named as the base, not as a missing artifact. */
async function baseDirectory(fileSystem, path, shown) {
    try {
        return await fileSystem.realpath(path);
    }
    catch (error) {
        if (systemErrorCode(error) !== 'ENOENT')
            throw notFound(shown, error);
        throw new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${shownPath(shown)} does not exist`, { cause: error, hint: BASE_HINT });
    }
}
/** A subject that names a named pipe, a socket or a device: nothing a checksums file can list (a walk leaves such entries out). */
function notRegular(subject) {
    return new ChecksumsError('CHECKSUMS_READ_FAILED', `${shownPath(subject)} is not a regular file (a named pipe, a socket or a device)`, {
        hint: 'name the release files themselves: an artifact is a regular file, or a directory of them',
    });
}
/** The error for a path that could not be looked at; `listed` when the walk found it in its directory's listing (it is not the user's typo then). */
function notFound(subject, error, listed = false) {
    if (listed && systemErrorCode(error) === 'ENOENT') {
        return new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${shownPath(subject)} was listed in its directory, then was gone`, { cause: error, hint: CHANGED_HINT });
    }
    if (systemErrorCode(error) === 'ENOENT') {
        return new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${shownPath(subject)} does not exist`, {
            cause: error,
            hint: 'check the path; relative paths are resolved against the working directory',
        });
    }
    const code = systemErrorCode(error);
    return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${shownPath(subject)}: ${code ?? String(error)}`, {
        cause: error,
        hint: READ_FAILED_HINTS[code ?? ''] ?? 'check the file permissions',
    });
}
/** What to do about a path the walk could not read, by its error code, where permissions are not the cause. */
const READ_FAILED_HINTS = {
    // A tree thousands of levels deep: the path is longer than the system opens (PATH_MAX), so sha256sum -c could not open its name either.
    ENAMETOOLONG: 'the path is longer than the system can open; move the artifacts to a shallower directory',
    ELOOP: 'a symbolic link in the path leads round in a loop; remove it',
};
function isAncestor(ancestors, real) {
    for (let at = ancestors; at !== undefined; at = at.parent)
        if (at.real === real)
            return true;
    return false;
}
/**
 * One subject's walk: a queue of directories and links, at most {@link WALK_CONCURRENCY} file-system
 * calls in flight, regular files taken from listings without a call of their own. A link is listed
 * under its own path once its target is known to be inside the base; a directory that is one of
 * its own ancestors (a link loop) is not entered again.
 */
class Walk {
    fileSystem;
    base;
    baseReal;
    realDirectories;
    skip;
    leftover;
    progress;
    files = [];
    pending = [];
    active = 0;
    failure;
    constructor(fileSystem, base, baseReal, realDirectories, skip, leftover, progress) {
        this.fileSystem = fileSystem;
        this.base = base;
        this.baseReal = baseReal;
        this.realDirectories = realDirectories;
        this.skip = skip;
        this.leftover = leftover;
        this.progress = progress;
    }
    /** Entries (roots, and entries of walked directories) that {@link CollectOptions.skip} left out. */
    skippedCount = 0;
    /** Walks everything at `path`, a subject given as `shown`; offered to skip (with its real path) when `offer` is given. */
    async root(path, shown, offer, named = false) {
        // Where the subject really lies, by the real path of its directory (the subject itself is not
        // resolved: a link inside the base is listed under its own name, its target checked when visited).
        const parent = await this.realDirectory(dirname(path));
        const real = parent === undefined ? undefined : join(parent, basename(path));
        // A base or a subject spelled through a link to the directory (`$PWD` in a directory reached by one, macOS's /tmp) names the files of the real path.
        const name = relativeName(this.base, path) ?? (real === undefined ? undefined : relativeName(this.baseReal, real));
        // A walk checks the links it meets, not those in front of a subject: `base/linked/file` with `linked -> ../outside` is under the base only as spelled.
        // A subject that is a link itself (the base named through one) is its target's, which its visit checks.
        if (name !== undefined && real !== undefined && !isPathWithin(this.baseReal, real) && (await this.fileSystem.kindOf(path).catch(() => undefined)) !== 'symlink') {
            throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${shownPath(shown)} lies at ${shownPath(real)} through a symbolic link, outside the base directory ${shownPath(this.baseReal)}`, {
                hint: 'copy the artifact into the release directory instead of linking to it',
            });
        }
        this.pending.push({ path, name, shown, ancestors: undefined, ...(offer === undefined ? {} : { offerSkip: true, real: offer.real }), ...(named ? { named } : {}) });
        await new Promise((resolvePromise, reject) => {
            const pump = () => {
                if (this.failure !== undefined) {
                    if (this.active === 0)
                        reject(this.failure.error);
                    return;
                }
                while (this.active < WALK_CONCURRENCY && this.pending.length > 0) {
                    const visit = this.pending.pop();
                    this.active += 1;
                    this.visit(visit).then(() => {
                        this.active -= 1;
                        pump();
                    }, (error) => {
                        this.active -= 1;
                        this.failure ??= { error };
                        pump();
                    });
                }
                if (this.active === 0 && this.pending.length === 0)
                    resolvePromise();
            };
            pump();
        });
    }
    /** The real path of a subject's directory, once per directory of all the subjects; undefined when it cannot be resolved, which the visit then reports. */
    realDirectory(directory) {
        let real = this.realDirectories.get(directory);
        if (real === undefined) {
            real = this.fileSystem.realpath(directory).catch(() => undefined);
            this.realDirectories.set(directory, real);
        }
        return real;
    }
    /** Whether a regular file found in a listing or by a glob is trust-kit's own commit lock or temporary file, which is not listed (told of instead). */
    isLeftover(path, name = path.slice(path.lastIndexOf(sep) + 1)) {
        const kind = trustKitFileKind(name);
        if (kind === undefined)
            return false;
        this.leftover?.({ path, kind });
        return true;
    }
    addFile(path, name, target) {
        const file = { path, name: checkedName(path, name ?? relativeName(this.base, path), this.base) };
        if (target !== undefined)
            file.target = target;
        this.files.push(file);
    }
    async visit(visit) {
        let kind = visit.kind;
        if (kind === undefined) {
            try {
                kind = await this.fileSystem.kindOf(visit.path);
            }
            catch (error) {
                // A glob's match whose name is not UTF-8 comes with U+FFFD in its bytes' place, a name no file has: its directory's listing says so.
                if (visit.path.includes('\uFFFD') && systemErrorCode(error) === 'ENOENT') {
                    await this.fileSystem.list(dirname(visit.path)).catch((listing) => {
                        if (isTrustKitError(listing))
                            throw listing;
                    });
                }
                throw notFound(visit.shown, error, visit.ancestors !== undefined);
            }
        }
        if (kind === 'symlink')
            return this.link(visit);
        if (kind === 'other' && visit.named === true)
            throw notRegular(visit.shown);
        if (visit.named === true)
            visit = await this.asSpelledOnDisk(visit);
        if (kind === 'file' && !this.skipped(visit, false, visit.real) && (visit.named === true || !this.isLeftover(visit.path)))
            this.addFile(visit.path, visit.name);
        if (kind === 'directory' && !this.skipped(visit, true, visit.real))
            await this.directory(visit, visit.real ?? (await realpathOrThrow(this.fileSystem, visit.path, visit.shown)));
    }
    /**
     * A subject as the file system spells it, when it was typed in another case or Unicode form
     * (macOS, Windows): its names then verify where case counts (`sha256sum -c` on Linux), and two
     * spellings of one file are listed once. Names found in listings are spelled so already.
     */
    async asSpelledOnDisk(visit) {
        const real = await realpathOrThrow(this.fileSystem, visit.path, visit.shown);
        return sameButForCase(visit.path, real) ? { ...visit, path: real, name: relativeName(this.base, real), real } : { ...visit, real };
    }
    /** Whether {@link CollectOptions.skip} leaves out an entry it has not been asked about yet (once its kind is known); entries found in a listing and a glob's matches are offered, with their real paths. */
    skipped(visit, directory, real) {
        const skipped = visit.offerSkip === true && this.skip?.({ path: visit.path, name: visit.path.slice(visit.path.lastIndexOf(sep) + 1), directory, real: real ?? visit.path }) === true;
        if (skipped)
            this.skippedCount += 1;
        return skipped;
    }
    async link(visit) {
        let target;
        try {
            target = await this.fileSystem.realpath(visit.path);
        }
        catch (error) {
            // Only a link to nothing is dangling: one that loops, or that a directory in its way keeps from being followed, says so.
            if (systemErrorCode(error) !== 'ENOENT')
                throw notFound(visit.path, error);
            throw new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${shownPath(visit.path)} is a symbolic link to a file that does not exist`, {
                cause: error,
                hint: 'remove the dangling link or point it at an artifact',
            });
        }
        if (!isPathWithin(this.baseReal, target)) {
            throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${shownPath(visit.path)} is a symbolic link to ${shownPath(target)}, outside the base directory ${shownPath(this.baseReal)}`, {
                hint: 'copy the artifact into the release directory instead of linking to it',
            });
        }
        let targetKind;
        try {
            targetKind = await this.fileSystem.targetKindOf(target);
        }
        catch (error) {
            throw notFound(visit.path, error, visit.ancestors !== undefined);
        }
        if (targetKind === 'other' && visit.named === true)
            throw notRegular(visit.shown);
        if (targetKind === 'file' && !this.skipped(visit, false, target))
            this.addFile(visit.path, visit.name, target);
        // Only a link can lead back up the tree: a plain directory's real path is longer than its parent's.
        if (targetKind === 'directory' && !this.skipped(visit, true, target) && !isAncestor(visit.ancestors, target))
            await this.directory(visit, target);
    }
    async directory(visit, real) {
        let entries;
        try {
            entries = await this.fileSystem.list(visit.path);
        }
        catch (error) {
            throw isTrustKitError(error) ? error : notFound(visit.path, error, visit.ancestors !== undefined);
        }
        this.progress?.(this.files.length + entries.length);
        const ancestors = { real, parent: visit.ancestors };
        const pathPrefix = visit.path.endsWith(sep) ? visit.path : visit.path + sep;
        const realPrefix = real.endsWith(sep) ? real : real + sep;
        const namePrefix = visit.name === undefined || visit.name === '' ? visit.name : `${visit.name}/`;
        const { skip } = this;
        // A directory of tens of thousands of files costs this loop's body that many times, cold: a regular file takes no call it can do without.
        for (const { name: entryName, kind } of entries) {
            if (WALK_SKIPPED_NAMES.has(entryName))
                continue;
            const path = pathPrefix + entryName;
            const name = namePrefix === undefined ? undefined : namePrefix + entryName;
            if (kind === 'file') {
                if (skip !== undefined && skip({ path, name: entryName, directory: false, real: realPrefix + entryName }) === true)
                    continue;
                if (!this.isLeftover(path, entryName))
                    this.addFile(path, name);
                continue;
            }
            // The entry's own real path: its parent's and its name (a link's target is looked up when it is visited).
            const entryReal = realPrefix + entryName;
            if (kind === 'directory') {
                if (skip?.({ path, name: entryName, directory: true, real: entryReal }) === true) {
                    this.skippedCount += 1;
                    continue;
                }
                // A killed release's staging directory (or the earlier output it moved aside) holds no artifact of this run: told of, not walked.
                const leftover = trustKitDirectoryKind(entryName);
                if (leftover !== undefined)
                    this.leftover?.({ path, kind: leftover });
                else
                    this.pending.push({ path, name, shown: path, ancestors, kind: 'directory', real: entryReal });
            }
            else if (kind !== 'other') {
                // Links and entries of unknown type are looked at on their own, and offered to skip once what they name is known.
                this.pending.push({ path, name, shown: path, ancestors, offerSkip: true, ...(kind === 'symlink' ? { kind: 'symlink' } : { real: entryReal }) });
            }
        }
    }
}


/***/ }),

/***/ 2321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ CHANGED_HINT),
/* harmony export */   Xr: () => (/* binding */ checkStringArgument),
/* harmony export */   bO: () => (/* binding */ ChecksumsError),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   qD: () => (/* binding */ checksumsPlace),
/* harmony export */   wV: () => (/* binding */ checkOptionsArgument)
/* harmony export */ });
/* unused harmony exports checkArrayArgument, checkEntries */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9531);


/** An error hashing artifacts or reading or checking a checksums file. */
class ChecksumsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ChecksumsError';
    }
}
/** The hint for a file found moments before and gone since: the tree changed while it was walked or hashed. */
const CHANGED_HINT = "something removed or renamed it while trust-kit ran: make sure nothing writes to the artifacts' directories until their checksums are written";
/**
 * A path or a subject quoted for a message: the user gave it, but the names under it are the tree's
 * (a checkout, a build's outputs), which may hold terminal escapes. Bounded well above real paths,
 * so that the user can still find the file.
 */
function shownPath(path) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(path, 1024);
}
/** The place option of an error about `line` of the checksums file read at `path`; none without a path (checksums given as text). */
function checksumsPlace(path, line) {
    return path === undefined ? {} : { place: { file: path, ...(line === undefined ? {} : { line }) } };
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is an array (of strings with `strings`): from
 * plain JavaScript a string or an object failed with a TypeError (`entries.map is not a function`).
 */
function checkArrayArgument(what, value, expected) {
    if (!Array.isArray(value))
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${typeName(value)}, not an array of ${expected}`, { hint: `pass an array of ${expected} (see the types in trust-kit)` });
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID, naming the first that is not, unless every entry is an
 * object whose `fields` have the kinds given: an array of paths where files `{ name, path }` go
 * failed as "cannot read undefined", and an entry without a digest as a TypeError.
 */
function checkEntries(what, entries, fields, expected) {
    // A plain loop: a release hashes a million files, each checked here.
    const checks = Object.entries(fields);
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        const given = typeof entry === 'object' && entry !== null ? entry : undefined;
        const wrong = given === undefined ? undefined : checks.find(([field, kind]) => (kind === 'string' ? typeof given[field] !== 'string' : typeof given[field] !== 'object' || given[field] === null));
        if (given !== undefined && wrong === undefined)
            continue;
        const got = given === undefined || wrong === undefined ? typeName(entry) : `an object whose ${wrong[0]} is ${typeName(given[wrong[0]])}`;
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}[${index}] is ${got}, not ${expected}`, { hint: `pass ${expected} (see the types in trust-kit)` });
    }
}
/** Fails with CHECKSUMS_ARGUMENT_INVALID unless `value` is a string. */
function checkStringArgument(what, value) {
    if (typeof value !== 'string')
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not a string`, { hint: 'pass a string (see the types in trust-kit)' });
}
const OPTION_KINDS = {
    string: { is: (value) => typeof value === 'string', said: 'a string' },
    function: { is: (value) => typeof value === 'function', said: 'a function' },
    boolean: { is: (value) => typeof value === 'boolean', said: 'true or false' },
    number: { is: (value) => typeof value === 'number' && !Number.isNaN(value), said: 'a number' },
    strings: { is: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'), said: 'an array of strings' },
};
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `options` is an object whose `fields` are of their
 * kind (the `required` ones present): from plain JavaScript, `exclude: 'x'` or a missing
 * `onResult` failed deep inside with a TypeError, and `maxLineBytes: NaN` lifted the line bound.
 */
function checkOptionsArgument(what, options, fields, required = []) {
    const hint = { hint: `pass ${what} as its type in trust-kit declares them (see docs/library.md)` };
    if (typeof options !== 'object' || options === null)
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} are ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(options)}, not an object`, hint);
    for (const [name, kind] of Object.entries(fields)) {
        const value = options[name];
        if (value === undefined && !required.includes(name))
            continue;
        if (!OPTION_KINDS[kind].is(value))
            throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what}' ${name} is ${Number.isNaN(value) ? 'NaN' : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not ${OPTION_KINDS[kind].said}`, hint);
    }
}


/***/ }),

/***/ 7967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ChecksumsError: () => (/* reexport */ errors/* ChecksumsError */.bO),
  checkChecksumsFile: () => (/* reexport */ checkChecksumsFile),
  checkNamedFiles: () => (/* reexport */ checkNamedFiles),
  readChecksumEntries: () => (/* reexport */ readChecksumEntries),
  PF: () => (/* reexport */ format_reportedName),
  y: () => (/* reexport */ unreadableHere)
});

// UNUSED EXPORTS: CHANGED_HINT, FileHashes, HashPool, MANY_FILES, MAX_HASH_THREADS, WALK_SKIPPED_NAMES, checkAlgorithms, checkArrayArgument, checkChecksums, checkConcurrency, checkEntries, checkOptionsArgument, checkStringArgument, checksumLine, checksumsFileText, checksumsPlace, checksumsText, collectArtifacts, compareNames, createChecksums, defaultHashThreads, emptyChecksums, findArtifacts, formatChecksums, hashArtifacts, hashEach, hashFiles, leftoverNotice, listingOrder, mayBeGlob, nodeFileSystem, outcomeAt, parseChecksumLine, parseChecksums, reportLine, shownPath, sortByName, toSubjects, worthThreads

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/digest.js
var core_digest = __webpack_require__(3871);
// EXTERNAL MODULE: ./lib/core/files.js + 1 modules
var files = __webpack_require__(9916);
// EXTERNAL MODULE: ./lib/checksums/collect.js
var collect = __webpack_require__(522);
// EXTERNAL MODULE: ./lib/checksums/errors.js
var errors = __webpack_require__(2321);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(9531);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(5403);
;// CONCATENATED MODULE: ./lib/checksums/format.js





const NEEDS_ESCAPE = /[\\\n\r]/;
const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };
function escapeName(name) {
    return name.replace(/[\\\n\r]/g, (char) => ESCAPES[char] ?? char);
}
/**
 * Characters a report line must not carry as they are: C0 and C1 controls and DEL, which would
 * break its lines or drive the terminal (U+009B is a one-byte CSI), line and paragraph separators,
 * and bidirectional controls, which show a name in another order than it is (`evil`, U+202E,
 * `txt.exe` reads as `evilexe.txt`).
 */
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`);
/** A backslash or a character of {@link UNPRINTABLE}, as a report line escapes it. */
const REPORT_ESCAPED = new RegExp(`[\\\\\\u0000-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`, 'g');
/**
 * A name as `sha256sum -c` prints it in its report (`<name>: OK`): as it is, unless it holds a line
 * feed, which would break the report's lines, or another control character, which the checksums
 * file's author could use to drive the reader's terminal; then escaped with a leading `\` as in a
 * checksums file (`\\`, `\n`, `\r`), other controls, separators and bidirectional controls as
 * `\uXXXX` (sha256sum prints those as they are).
 */
function format_reportedName(name) {
    if (!UNPRINTABLE.test(name))
        return name;
    return `\\${name.replace(REPORT_ESCAPED, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
}
/**
 * Renders a checksums file exactly as coreutils `sha256sum`/`sha512sum` write it in text mode:
 * `<hex>  <name>`, one per line, sorted by name. A name holding a backslash, a line feed or a
 * carriage return is escaped as coreutils 9 escapes it (`\\`, `\n`, `\r`, and the line starts with
 * `\`), so `sha256sum -c` and {@link parseChecksums} read every name back unchanged.
 */
function formatChecksums(entries) {
    checkArrayArgument("formatChecksums's entries", entries, 'entries { name, hex }');
    // Each entry too: one without a name or digest was written as the line "undefined  undefined", which no reader takes.
    checkEntries("formatChecksums's entries", entries, { name: 'string', hex: 'string' }, 'an entry { name, hex }');
    entries.forEach(({ name, hex }, index) => {
        if (name === '' || !/^(?:[0-9a-f]{2})+$/.test(hex)) {
            throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `formatChecksums's entries[${index}] ${name === '' ? 'has an empty name' : 'has a hex that is not a digest in lowercase hex'}`, { hint: 'pass entries { name, hex } as hashArtifacts gives them' });
        }
    });
    return checksumsFileText(entries);
}
/**
 * {@link formatChecksums} of entries trust-kit made itself (a release's artifacts as hashed, its
 * SBOMs), which need none of the checks a caller's entries do: a release lists a million files.
 */
function checksumsFileText(entries) {
    return sortByName(entries, (entry) => entry.name)
        .map(({ name, hex }) => format_checksumLine(name, hex))
        .join('');
}
/** One line of a checksums file, as {@link formatChecksums} writes it. */
function format_checksumLine(name, hex) {
    return NEEDS_ESCAPE.test(name) ? `\\${hex}  ${escapeName(name)}\n` : `${hex}  ${name}\n`;
}
const GNU_LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/s;
/**
 * A BSD tag line as `sha256sum -c` reads it: `--tag`'s `SHA256 (name) = HEX`, and the spacing OpenSSL 1.x and LibreSSL
 * write (`SHA256(name)= HEX`): an optional space before `(`, blanks (space or tab) around `=`, and the name up to the
 * last `)` (a name may hold `) = `).
 */
const TAG_LINE = /^(\\?)(SHA256|SHA512) ?\((.+)\)[ \t]*=[ \t]*([0-9a-fA-F]+)$/s;
function algorithmForLength(length) {
    if (length === (0,core_digest/* hexLength */.E6)('sha256'))
        return 'sha256';
    if (length === (0,core_digest/* hexLength */.E6)('sha512'))
        return 'sha512';
    return undefined;
}
function unescapeName(name) {
    let result = '';
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (char !== '\\') {
            result += char;
            continue;
        }
        const next = name[++i];
        if (next === '\\')
            result += '\\';
        else if (next === 'n')
            result += '\n';
        else if (next === 'r')
            result += '\r';
        else
            return undefined;
    }
    return result;
}
/**
 * Parses one line of a checksums file (without its line feed; a trailing carriage return is
 * dropped) in every form coreutils writes: `<hex>  name` text mode, `<hex> *name` binary mode,
 * escaped names, `--tag` BSD lines. A blank line is undefined; a line that is none of them is an
 * error naming the file (`file`, as messages show it: see shownFile) and line, never skipped; with
 * the file's `path`, the error carries its place there.
 */
function format_parseChecksumLine(raw, line, file, path) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A comment line, as sha256sum -c skips it: `#` first on the line.
    if (content.trim() === '' || content.startsWith('#'))
        return undefined;
    // Blanks before the digest, as sha256sum -c skips them (no digest or tag starts with one).
    const entry = parseLine(content.replace(/^[ \t]+/, ''), line);
    // Editors on Windows save one: sha256sum refuses the line too, and the mark itself shows as nothing.
    if (entry === undefined && line === 1 && content.startsWith('\uFEFF')) {
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
            hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
            ...(0,errors/* checksumsPlace */.qD)(path, 1),
        });
    }
    if (entry === undefined) {
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${(0,quote/* quoted */.TL)(content, 120)}`, {
            hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
            ...(0,errors/* checksumsPlace */.qD)(path, line),
        });
    }
    // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
    if (entry.name.includes('\u0000')) {
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${(0,quote/* quoted */.TL)(entry.name, 120)} holds a NUL byte, which no file name can`, {
            hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
            ...(0,errors/* checksumsPlace */.qD)(path, line),
        });
    }
    return entry;
}
/**
 * Parses a whole checksums file held in memory (see {@link parseChecksumLine}); a name listed
 * twice is an error. Files of any length are better checked with {@link checkChecksumsFile}, which
 * streams them.
 */
function parseChecksums(text, file) {
    checkStringArgument("parseChecksums's text", text);
    checkStringArgument("parseChecksums's file name", file);
    const shown = shownFile(file);
    const entries = [];
    const seen = new Map();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach((raw, index) => {
        const line = index + 1;
        const entry = format_parseChecksumLine(raw, line, shown);
        if (entry === undefined)
            return;
        const previous = seen.get(entry.name);
        if (previous !== undefined) {
            throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${shown}:${line}: ${quoted(entry.name)} is already listed on line ${previous}`, {
                hint: 'a checksums file must list each name once; regenerate it',
            });
        }
        seen.set(entry.name, line);
        entries.push(entry);
    });
    if (entries.length === 0)
        throw emptyChecksums(shown);
    return entries;
}
/** The error for a checksums file (`file` as messages show it; `path`, where it is read) that lists nothing. */
function emptyChecksums(file, path) {
    return new errors/* ChecksumsError */.bO('CHECKSUMS_EMPTY', `${file} lists no checksums`, { hint: 'check that this is the right file and that it was not truncated', ...(0,errors/* checksumsPlace */.qD)(path) });
}
function parseLine(content, line) {
    const tag = TAG_LINE.exec(content);
    if (tag !== null) {
        const [, escaped, label, rawName, hex] = tag;
        const algorithm = label?.toLowerCase() ?? '';
        const name = escaped === '\\' ? unescapeName(rawName ?? '') : rawName;
        if (!(0,core_digest/* isDigestAlgorithm */.Wb)(algorithm) || name === undefined || hex === undefined || hex.length !== (0,core_digest/* hexLength */.E6)(algorithm))
            return undefined;
        return { name, algorithm, hex: hex.toLowerCase(), line };
    }
    const gnu = GNU_LINE.exec(content);
    if (gnu === null)
        return undefined;
    const [, escaped, hex = '', , rawName = ''] = gnu;
    const algorithm = algorithmForLength(hex.length);
    const name = escaped === '\\' ? unescapeName(rawName) : rawName;
    if (algorithm === undefined || name === undefined)
        return undefined;
    return { name, algorithm, hex: hex.toLowerCase(), line };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./lib/checksums/pool.js




/**
 * The length of each algorithm's hex digest (core/digest's hexLength): this module is loaded before
 * the CLI, to start the threads, and importing core/digest would load it and node:crypto then too.
 */
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/**
 * What hashing a list of files gave, by file index, in shared memory that the threads write into:
 * each file's size (-1 for one that could not be read, whose error is in `failures`) and its hex
 * digests, one after another in its slot of `stride` bytes. A JavaScript object a file, made as
 * answers came in and kept until the end, cost 20,000 files of 4 KiB a tenth of their hashing in
 * garbage collection; strings are made here only when asked for.
 */
class FileHashes {
    count;
    sets;
    setOf;
    sizes;
    /** The hex digests as ASCII, `stride` bytes a file. */
    hex;
    stride;
    failures = new Map();
    /** Columns for `count` files whose algorithms are `sets[setOf[index]]` (`sets[0]` without `setOf`); shared with threads when `shared`. */
    constructor(count, sets, setOf, shared) {
        this.count = count;
        this.sets = sets;
        this.setOf = setOf;
        this.stride = Math.max(0, ...sets.map((set) => set.reduce((sum, algorithm) => sum + HEX_LENGTH[algorithm], 0)));
        this.sizes = new Float64Array(shared ? new SharedArrayBuffer(8 * count) : new ArrayBuffer(8 * count));
        this.hex = shared ? Buffer.from(new SharedArrayBuffer(this.stride * count)) : Buffer.alloc(this.stride * count);
    }
    /** The algorithms of the file at `index`. */
    algorithmsOf(index) {
        return this.sets[this.setOf === undefined ? 0 : (this.setOf[index] ?? 0)] ?? [];
    }
    /** Records the file at `index` as read: its size and one hex digest per algorithm of its own. */
    set(index, size, hexes) {
        this.sizes[index] = size;
        let at = index * this.stride;
        for (const hex of hexes)
            at += this.hex.write(hex, at, 'latin1');
    }
    /** Records the file at `index` as not read, and why. */
    fail(index, failure) {
        this.sizes[index] = -1;
        this.failures.set(index, failure);
    }
    /** The hex digests of the file at `index`, one per algorithm of its own (none for a file not read). */
    hexesOf(index) {
        if ((this.sizes[index] ?? -1) < 0)
            return [];
        let at = index * this.stride;
        return this.algorithmsOf(index).map((algorithm) => {
            const hex = this.hex.toString('latin1', at, at + HEX_LENGTH[algorithm]);
            at += HEX_LENGTH[algorithm];
            return hex;
        });
    }
    /** The answer for the file at `index`, as {@link HashPool.hash} reports it. */
    answer(index) {
        const size = this.sizes[index] ?? -1;
        return size < 0 ? [-1, this.failures.get(index)?.code ?? 'unanswered'] : [size, this.hexesOf(index)];
    }
    /** Takes over the file at `from` of `other` (hashed with the same algorithms) as its own at `index`. */
    copy(index, other, from) {
        this.sizes[index] = other.sizes[from] ?? -1;
        const failure = other.failures.get(from);
        if (failure !== undefined)
            this.failures.set(index, failure);
        other.hex.copy(this.hex, index * this.stride, from * other.stride, from * other.stride + Math.min(this.stride, other.stride));
    }
}
/** The error code a thread gives for a path that is not a regular file (a pipe, a device), as errno codes are given. */
const NOT_REGULAR = 'ENOTREG';
/** The error code a thread gives for a path whose real path is not under the job's `within` directory (a link or a `..` leading out of it): it is not opened. */
const OUTSIDE = 'EOUTSIDE';
/** The error code a thread gives for a file written to while it was read (core/digest's changedWhileRead, the same test): its digest would be of bytes it never held at one moment. */
const CHANGED = 'ECHANGED';
/** The error code a thread gives for a listed path that is a symbolic link to nothing: there, but broken, not a file that is missing. */
const DANGLING = 'EDANGLING';
/** What a calling thread answers for a file longer than {@link CALLER_FILE_BYTES}: left to the threads, so that its event loop never waits on a long file. */
const LEFT_TO_THREADS = 'ELEFT';
/**
 * Bytes a calling thread hashes between two turns of its event loop, give or take a file (about
 * 20 ms): a release of a few dozen artifacts of tens of MiB then has the calling thread hashing
 * from the start, beside the threads, instead of leaving every file longer than one read to one
 * more thread that takes 30 ms of a core to start.
 */
const CALLER_TURN_BYTES = 32 * 1024 * 1024;
/** A longer file the calling thread leaves to the threads: hashing it would keep its event loop from turning for over 40 ms. */
const CALLER_FILE_BYTES = 64 * 1024 * 1024;
/** From this many files on, hashing threads pay off whatever the files' sizes. */
const pool_MANY_FILES = 64;
/** Files per claim of the shared counter at most: thousands of small files do not cost a message each. */
const MAX_BATCH_FILES = 64;
/** Claims per thread at least, so that the threads finish together. */
const CLAIMS_PER_THREAD = 8;
/**
 * How a thread hashes a job's files, as the body of a function of `fs` and `crypto` (node:fs and
 * node:crypto) returning `claimAndHash`: one source for the worker threads and for a calling
 * thread that hashes too (compiled there with vm.compileFunction), so that both read files by the
 * same rules. A job's files are shared by every thread working on it: each takes the next few
 * files from a shared counter, so none waits for the main thread to hand out work (on a busy
 * machine that round trip, not hashing, was most of the time); paths come in one shared buffer of
 * UTF-8. Each file is opened without blocking and checked on its descriptor to be a regular file
 * (one swapped for a pipe or a device since it was listed would block the open or never end),
 * then read with synchronous calls into one reused buffer (the thread has nothing else to do); a
 * file that fits one read (the size fstat gave) is hashed in one call per algorithm, half the cost
 * for tiny files, and a longer one feeds every hash from the same reads; a file written to while
 * it was read (looked at again on its descriptor after the last read) is answered {@link CHANGED}.
 * A file's size and hex digests go to the job's shared {@link FileHashes} columns (`sizes`,
 * `hexes`, `stride` bytes a file), its error code, if any, to `report`, which is told
 * `(first index, count, errors)` after each claim, before a file too big for one read and at least
 * every 50 ms, so that a huge file does not hold up the report of those before it. `claimAndHash` stops
 * when the counter is spent, or after one claim when `once` is set: a calling thread then lets its
 * event loop turn, so that its signal handlers never wait long. Such a thread also stops within a
 * claim once it has hashed {@link CALLER_TURN_BYTES} in the call, and goes on from there in its
 * next call for the same job; a file longer than {@link CALLER_FILE_BYTES} it answers with
 * {@link LEFT_TO_THREADS} instead of hashing it. `claimAndHash` returns whether it stopped with
 * files perhaps left to claim.
 */
const HASHING_SOURCE = `
const { openSync, readSync, closeSync, fstatSync, lstatSync, realpathSync, statSync, constants } = fs;
const { createHash, hash } = crypto;
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const NOFOLLOW = constants.O_NOFOLLOW || 0;
const buffer = Buffer.allocUnsafe(1024 * 1024);
// The view of a whole read of the last length: files of one size (a release's thousands of small files often are) share one.
let wholeRead = buffer.subarray(0, 0);
let report;
let leaveBig = false;
let turnBytes = 0;
// Where a calling thread stopped within a claim, by job: it may help another job (a second pool's) before it comes back.
const resumes = new WeakMap();
let first = 0;
let answered = 0;
// [index, code] of the files answered since first that could not be read.
let errors = [];
let posted = Date.now();
function post(next) {
  if (answered > 0) report(first, answered, errors.length === 0 ? undefined : errors);
  answered = 0;
  errors = [];
  first = next;
  posted = Date.now();
}
function changed(before, after, bytesRead) {
  return before.size !== bytesRead || after.size !== bytesRead || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs;
}
// Writes the hex digests of the file at index in its slot; returns its size.
function store(index, size, hexes, sizes, hexBytes, stride) {
  let at = index * stride;
  for (const hex of hexes) at += hexBytes.write(hex, at, 'latin1');
  sizes[index] = size;
  return size;
}
// Hashes the bytes of a file that fit one read into its slot; returns its size.
function storeWhole(index, size, algorithms, sizes, hexBytes, stride) {
  if (wholeRead.length !== size) wholeRead = buffer.subarray(0, size);
  if (algorithms.length > 1) return store(index, size, algorithms.map((algorithm) => hash(algorithm, wholeRead)), sizes, hexBytes, stride);
  hexBytes.write(hash(algorithms[0], wholeRead), index * stride, 'latin1');
  sizes[index] = size;
  return size;
}
// The file's size once its digests are stored, or the error code it could not be read with.
function hashOne(path, algorithms, index, within, follow, sizes, hexBytes, stride) {
  let fd;
  try {
    // A listed file is read without following a link (unless the job follows them): one swapped in since it was listed would lead out of the base (ELOOP).
    if (within === undefined) fd = openSync(path, follow ? FLAGS : FLAGS | NOFOLLOW);
    else {
      // Resolved first, so that neither a link nor a '..' reads outside; the real path is opened without following a link swapped in since.
      let real;
      try {
        real = realpathSync.native(path);
      } catch (error) {
        // A link to nothing is there, broken: reported as such, never taken for a file a partial download lacks.
        if (error && error.code === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return '${DANGLING}';
        throw error;
      }
      if (!real.startsWith(within) && real !== within.slice(0, -1)) return '${OUTSIDE}';
      // A pipe or a device a checksums file names is never opened: opening one can act (a pipe's writer goes on, a watchdog starts).
      if (!statSync(real).isFile()) return '${NOT_REGULAR}';
      fd = openSync(real, FLAGS | NOFOLLOW);
    }
    const info = fstatSync(fd);
    if (!info.isFile()) return '${NOT_REGULAR}';
    let read = readSync(fd, buffer, 0, buffer.length, null);
    if (read < buffer.length && read >= info.size) {
      if (changed(info, fstatSync(fd), read)) return '${CHANGED}';
      return storeWhole(index, read, algorithms, sizes, hexBytes, stride);
    }
    if (leaveBig && info.size > ${CALLER_FILE_BYTES}) return '${LEFT_TO_THREADS}';
    post(index);
    const hashes = algorithms.map((algorithm) => createHash(algorithm));
    let size = 0;
    while (read > 0) {
      size += read;
      const bytes = buffer.subarray(0, read);
      for (const streaming of hashes) streaming.update(bytes);
      read = readSync(fd, buffer, 0, buffer.length, null);
    }
    if (changed(info, fstatSync(fd), size)) return '${CHANGED}';
    return store(index, size, hashes.map((streaming) => streaming.digest('hex')), sizes, hexBytes, stride);
  } catch (error) {
    return (error && error.code) || String(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
return function claimAndHash(job, reportTo, once) {
  const { paths, pathEncoding, offsets, sets, setOf, next, claim, within, stride } = job;
  const follow = job.followLinks === true;
  report = reportTo;
  leaveBig = once;
  const pathBytes = Buffer.from(paths);
  const sizes = new Float64Array(job.sizes);
  const hexBytes = Buffer.from(job.hexes);
  const counter = new Int32Array(next);
  const count = offsets.length - 1;
  turnBytes = 0;
  for (;;) {
    let start;
    let end;
    const resume = resumes.get(job);
    if (resume !== undefined) {
      resumes.delete(job);
      [start, end] = resume;
    } else {
      start = Atomics.add(counter, 0, claim);
      if (start >= count) return false;
      end = Math.min(count, start + claim);
    }
    post(start);
    for (let index = start; index < end; index++) {
      if (once && turnBytes >= ${CALLER_TURN_BYTES}) {
        post(index);
        resumes.set(job, [index, end]);
        return true;
      }
      // Counted after the call: hashOne may post the answers so far and start a new run at this file.
      const answer = hashOne(pathBytes.toString(pathEncoding, offsets[index], offsets[index + 1]), sets[setOf === undefined ? 0 : setOf[index]], index, within, follow, sizes, hexBytes, stride);
      if (typeof answer === 'string') {
        sizes[index] = -1;
        errors.push([index, answer]);
      } else turnBytes += answer;
      answered += 1;
      if (Date.now() - posted >= 50) post(index + 1);
    }
    post(end);
    if (once) return true;
  }
};
`;
/** The worker threads' script, self-contained so that it runs from a single-file bundle; `null` says the thread has no more work in the job. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const claimAndHash = (function (fs, crypto) {${HASHING_SOURCE}})(require('node:fs'), require('node:crypto'));
const toParent = (first, count, errors) => parentPort.postMessage(errors === undefined ? [first, count] : [first, count, errors]);
parentPort.on('message', (job) => {
  claimAndHash(job, toParent, false);
  parentPort.postMessage(null);
});
`;
let callingThreadHasher;
/** {@link HASHING_SOURCE} compiled on this thread, once. */
function hashHere() {
    callingThreadHasher ??= (0,external_node_vm_.compileFunction)(HASHING_SOURCE, ['fs', 'crypto'])(external_node_fs_namespaceObject, external_node_crypto_namespaceObject);
    return callingThreadHasher;
}
/**
 * The paths as one shared buffer of UTF-8 and the offset of each (and of the end). Paths all in
 * ASCII (nearly always) are written in one call, their offsets counted in characters; otherwise
 * each is measured and written on its own.
 */
function sharedPaths(paths) {
    const offsets = new Float64Array(new SharedArrayBuffer(8 * (paths.length + 1)));
    const joined = paths.join('');
    const total = Buffer.byteLength(joined, 'utf8');
    const shared = new SharedArrayBuffer(total);
    const bytes = Buffer.from(shared);
    const ascii = total === joined.length;
    let offset = 0;
    // A plain loop: a callback a path cost tens of thousands of paths 2 ms, cold.
    for (let index = 0; index < paths.length; index++) {
        const path = paths[index];
        offsets[index] = offset;
        offset += ascii ? path.length : bytes.write(path, offset, 'utf8');
    }
    offsets[paths.length] = offset;
    if (ascii)
        bytes.write(joined, 0, 'latin1');
    return { paths: shared, pathEncoding: ascii ? 'latin1' : 'utf8', offsets };
}
/** The distinct algorithm lists and each file's index into them (none when every file has the same). */
function algorithmSets(algorithms, count) {
    if (algorithms.length === 1)
        return { sets: [[...(algorithms[0] ?? [])]], setOf: undefined };
    const keys = new Map();
    const sets = [];
    const setOf = new Uint8Array(count);
    algorithms.forEach((list, index) => {
        const key = list.join(',');
        let set = keys.get(key);
        if (set === undefined) {
            set = sets.push([...list]) - 1;
            keys.set(key, set);
        }
        setOf[index] = set;
    });
    return { sets, setOf };
}
/**
 * Threads that hash files, for every caller: `checksums` hashing a release (one job of many
 * files, on every thread), and `checksums --check` streaming a checksums file (a job per batch of
 * lines, queued, answers reported in line order as they come). Threads start when work arrives
 * (or all at once with {@link HashPool.start}, to overlap starting with finding the files); an idle
 * thread joins the oldest queued job that still has files nobody has claimed. {@link close} ends them.
 * Only threads at work keep the process alive: threads started ahead for work that never came (a
 * command that failed on its flags) let it exit.
 */
class pool_HashPool {
    #size;
    #threads = [];
    #idle = [];
    #jobs = [];
    #closing = false;
    /**
     * A pool of at most `size` threads (default: the available cores), started as work arrives. A
     * pool of none hashes on the calling thread alone (one core: no thread would run beside it),
     * starting a thread only for a file longer than {@link CALLER_FILE_BYTES}; a job that the calling thread does not
     * help gets one thread all the same.
     */
    constructor(size = (0,external_node_os_.availableParallelism)()) {
        this.#size = Math.max(0, size);
    }
    /** A pool whose `size` threads start now. */
    static start(size = (0,external_node_os_.availableParallelism)()) {
        const pool = new pool_HashPool(size);
        while (pool.#threads.length < pool.#size)
            pool.#idle.push(pool.#startThread());
        return pool;
    }
    /** How many threads it may run: one more for each job whose calling thread left a file longer than {@link CALLER_FILE_BYTES} to them. */
    get size() {
        return this.#size;
    }
    /**
     * Hashes each file through its algorithms (`algorithms` has one list for every file, or one per
     * file). The promise settles, once every file is answered, with what they gave; `onAnswers`, when
     * given, gets runs of consecutive answers meanwhile, `first` being the index of the run's first
     * file, in no particular order between runs (a caller that needs them all at the end leaves it
     * out: no object is made a file).
     * With `callerHelps`, the calling thread takes claims too, one per turn of its event loop: for a
     * caller with nothing else to do, one thread fewer to start (tens of milliseconds of a core), and
     * hashing begins at once instead of when a thread has started. A promise there makes the calling
     * thread start helping once it settles: a caller with work of its own first (a release
     * cataloging its lockfiles) would otherwise get one turn of its event loop per claim it hashes.
     * `oneFilePerClaim` is for a few large files: claims of several would leave one thread hashing
     * its last claim's files alone at the end (three files of 20 MiB: 40 ms of one core).
     * `within` (a real directory path ending in a separator) confines the reads to that directory:
     * each path is resolved to its real path first, and one outside is answered {@link OUTSIDE}; one
     * that is not a regular file is answered {@link NOT_REGULAR} without being opened. Without it, a
     * path that is a symbolic link is answered ELOOP, unread (a file listed, then swapped for a link),
     * unless `followLinks` (files a user named one by one).
     */
    hash(paths, algorithms, onAnswers, options = {}) {
        const onHashed = onAnswers === undefined
            ? undefined
            : (hashes, first, count) => {
                const answers = [];
                for (let index = first; index < first + count; index++)
                    answers.push(hashes.answer(index));
                onAnswers(first, answers);
            };
        return this.#run(paths, algorithms, onHashed, options);
    }
    /** {@link hash}, telling `onHashed` of each run of files answered. */
    #run(paths, algorithms, onHashed, options) {
        const { sets, setOf } = algorithmSets(algorithms, paths.length);
        const hashes = new FileHashes(paths.length, sets, setOf, true);
        if (paths.length === 0)
            return Promise.resolve(hashes);
        const callerHelps = options.callerHelps !== undefined && options.callerHelps !== false;
        if (!callerHelps)
            this.#size = Math.max(1, this.#size);
        const claim = options.oneFilePerClaim === true ? 1 : Math.max(1, Math.min(MAX_BATCH_FILES, Math.floor(paths.length / ((this.#size + (callerHelps ? 1 : 0)) * CLAIMS_PER_THREAD))));
        const next = new SharedArrayBuffer(4);
        return new Promise((settle, fail) => {
            const job = {
                message: { ...sharedPaths(paths), sets, setOf, next, claim, within: options.within, ...(options.followLinks === true ? { followLinks: true } : {}), sizes: hashes.sizes.buffer, hexes: hashes.hex.buffer, stride: hashes.stride },
                paths,
                leftToThreads: [],
                count: paths.length,
                counter: new Int32Array(next),
                working: new Set(),
                answered: 0,
                maxThreads: Math.ceil(paths.length / claim),
                hashes,
                onHashed: onHashed === undefined ? () => undefined : (first, count) => onHashed(hashes, first, count),
                failure: undefined,
                ended: false,
                settle: () => settle(hashes),
                fail,
            };
            this.#jobs.push(job);
            this.#dispatch();
            if (options.callerHelps === true)
                this.#helpHere(job);
            else if (callerHelps) {
                const help = () => {
                    if (!job.ended)
                        this.#helpHere(job);
                };
                Promise.resolve(options.callerHelps).then(help, help);
            }
        });
    }
    /** Ends the threads; jobs still running fail. */
    async close() {
        this.#closing = true;
        await Promise.all(this.#threads.map((thread) => thread.terminate()));
    }
    /** Gives idle threads, and new ones while there are fewer than the size, to the oldest jobs with files left to claim. */
    #dispatch() {
        for (const job of this.#jobs) {
            while (job.working.size < job.maxThreads && Atomics.load(job.counter, 0) < job.count) {
                const thread = this.#idle.pop() ?? (this.#threads.length < this.#size ? this.#startThread() : undefined);
                if (thread === undefined)
                    return;
                job.working.add(thread);
                thread.ref();
                this.#listen(thread, job);
                thread.postMessage(job.message);
            }
        }
    }
    /**
     * Takes claims of the job on this thread, the first at once, the event loop turning between
     * claims and within long ones (the threads' answers come in). A file longer than
     * {@link CALLER_FILE_BYTES} ends its help: the pool gets one more thread, for the files this
     * thread left and those still unclaimed, so that big files are hashed on as many threads as
     * before and this event loop, with the signal handlers on it, never waits on one.
     */
    #helpHere(job) {
        let more;
        try {
            more = !job.ended && hashHere()(job.message, (first, count, errors) => this.#answerHere(job, first, count, errors), true);
        }
        catch (error) {
            this.#end(job, { error });
            return;
        }
        const left = job.leftToThreads;
        if (left.length === 0) {
            if (more)
                setImmediate(() => this.#helpHere(job));
            return;
        }
        if (job.ended)
            return;
        this.#size += 1;
        this.#run(left.map((index) => job.paths[index] ?? ''), left.map((index) => job.hashes.algorithmsOf(index)), (hashes, first, count) => {
            for (let position = first; position < first + count; position++) {
                const index = left[position] ?? -1;
                job.hashes.copy(index, hashes, position);
                this.#answer(job, index, 1);
            }
        }, { ...(job.message.within === undefined ? {} : { within: job.message.within }), ...(job.message.followLinks === true ? { followLinks: true } : {}) }).catch((error) => this.#end(job, { error }));
    }
    /** The calling thread's answers: runs of them go to the job, files it left to the threads are set aside. */
    #answerHere(job, first, count, errors) {
        let run = first;
        for (const [index, code] of errors ?? []) {
            if (code !== LEFT_TO_THREADS)
                continue;
            if (index > run)
                this.#answer(job, run, index - run, errors);
            job.leftToThreads.push(index);
            run = index + 1;
        }
        if (run < first + count)
            this.#answer(job, run, first + count - run, errors);
    }
    /**
     * Records a run of answers (the error codes of those in it that could not be read, among
     * `errors`) and hands it to the job's callback, unless the job has failed already (a callback
     * that throws fails the job, not the process); ends the job with its last file's answer: a
     * thread still starting when the others have answered everything is not waited for.
     */
    #answer(job, first, count, errors) {
        for (const [index, code] of errors ?? [])
            if (index >= first && index < first + count)
                job.hashes.fail(index, { code });
        if (job.failure === undefined) {
            try {
                job.onHashed(first, count);
            }
            catch (error) {
                job.failure = { error };
            }
        }
        job.answered += count;
        if (job.answered >= job.count)
            this.#end(job, job.failure);
    }
    #listen(thread, job) {
        const stop = () => {
            thread.off('message', onMessage).off('error', onError).off('exit', onExit);
            job.working.delete(thread);
        };
        const onMessage = (message) => {
            if (message !== null) {
                this.#answer(job, message[0], message[1], message[2]);
                return;
            }
            // A thread says it is done once the counter is spent and its own claims are answered.
            stop();
            // A thread being ended keeps the process alive until it has ended (terminate refs it), or close() might never settle.
            if (!this.#closing)
                thread.unref();
            this.#idle.push(thread);
            this.#dispatch();
        };
        const onError = (error) => {
            stop();
            this.#threads.splice(this.#threads.indexOf(thread), 1);
            this.#end(job, { error: error instanceof Error ? error : new Error(String(error)) });
        };
        const onExit = (code) => onError(new Error(`a hashing thread stopped early (exit code ${code})`));
        thread.on('message', onMessage).on('error', onError).on('exit', onExit);
    }
    #startThread() {
        // node:worker_threads is loaded with the first thread, not imported: `checksums` of a file or a few, which hashes
        // on this thread alone, starts 2 ms sooner without it.
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        // An empty environment: the thread reads none, and a copy of this one's would put every variable, secrets
        // included, as strings in a heap that the secrets module never scrubs (threads may start before it takes them).
        const thread = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], env: {} });
        thread.unref();
        this.#threads.push(thread);
        return thread;
    }
    #end(job, failure) {
        if (job.ended)
            return;
        job.ended = true;
        this.#jobs.splice(this.#jobs.indexOf(job), 1);
        if (failure === undefined)
            job.settle();
        else
            job.fail(failure.error);
    }
}

// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/checksums/hash.js







/** Below this many bytes in all, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;

/**
 * Fails with CHECKSUMS_ALGORITHM_UNSUPPORTED unless every algorithm is one a checksums file may
 * use: node:crypto hashes with any name OpenSSL knows, so a caller in plain JavaScript passing
 * `md5` or `sha1` got a checksums file holding those digests where SHA-256 ones belong.
 */
function hash_checkAlgorithms(algorithms) {
    for (const algorithm of algorithms) {
        if (typeof algorithm === 'string' && (0,core_digest/* isDigestAlgorithm */.Wb)(algorithm))
            continue;
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_ALGORITHM_UNSUPPORTED', typeof algorithm === 'string' ? `hash algorithm ${(0,quote/* quoted */.TL)(algorithm, 40)} is not one trust-kit hashes artifacts with` : `the hash algorithm is ${(0,quote/* typeName */.go)(algorithm)}, not one name`, {
            hint: `pass ${core_digest/* DIGEST_ALGORITHMS */.MF.map((name) => `"${name}"`).join(' or ')} (lowercase)`,
        });
    }
}
/**
 * The most threads one call hashes with: each takes about 9 MB, and a `concurrency` of 10,000
 * started as many (90 GB); no machine has the cores for more to help.
 */
const MAX_HASH_THREADS = 256;
/** The threads a call hashes with when not told: one per core, at most {@link MAX_HASH_THREADS}. */
function hash_defaultHashThreads() {
    return Math.min((0,external_node_os_.availableParallelism)(), MAX_HASH_THREADS);
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `concurrency` is unset or a whole number of threads
 * from 1 to {@link MAX_HASH_THREADS}: NaN (`Number()` of an unset variable) made a pool of NaN
 * threads, which never hashed a file, and the call never settled.
 */
function hash_checkConcurrency(concurrency) {
    if (concurrency === undefined || (Number.isSafeInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_HASH_THREADS))
        return;
    if (typeof concurrency === 'number' && Number.isSafeInteger(concurrency) && concurrency > MAX_HASH_THREADS) {
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${concurrency}, more threads than trust-kit hashes with (at most ${MAX_HASH_THREADS}, each about 9 MB of memory)`, {
            hint: 'pass at most the number of cores (or leave it out for one per core)',
        });
    }
    throw new errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${typeof concurrency === 'number' ? String(concurrency) : `a ${typeof concurrency}`}, not a whole number of threads from 1 up`, {
        hint: 'pass the number of threads to hash with (1 hashes on the calling thread alone), or leave it out for one per core',
    });
}
/**
 * Hashes every file, streaming (a 10 GiB artifact never sits in memory) and, for many files,
 * on all cores; fails with the first file that cannot be read. The result keeps the input order.
 */
async function hashArtifacts(files, algorithm, options = {}) {
    checkArrayArgument("hashArtifacts's files", files, 'files { name, path } (what collectArtifacts returns)');
    checkEntries("hashArtifacts's files", files, { name: 'string', path: 'string' }, 'a file { name, path } (what collectArtifacts returns)');
    checkOptionsArgument("hashArtifacts's options", options, { also: 'strings', followLinks: 'boolean' });
    const outcomes = await hashEach(files, algorithm, options);
    for (const outcome of outcomes)
        if ('error' in outcome)
            throw outcome.error;
    return outcomes;
}
/**
 * Like {@link hashArtifacts}, but reports a file that cannot be read in its place and goes on.
 * Many files on threads started ahead are handed to them before it returns (and the calling thread,
 * when it helps, has hashed its first claim), so that the caller can do other work meanwhile.
 */
async function hashEach(files, algorithm, options = {}) {
    const hashes = await hash_hashFiles(files, algorithm, options);
    return files.map((file, index) => hash_outcomeAt(file, hashes, index));
}
/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */
async function hash_hashFiles(files, algorithm, options = {}) {
    const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
    hash_checkAlgorithms(algorithms);
    hash_checkConcurrency(options.concurrency);
    const help = options.callerHelps ?? false;
    const follow = options.followLinks === true;
    const callerHelps = help === false ? 0 : 1;
    const threads = Math.min((options.workers === undefined ? (options.concurrency ?? hash_defaultHashThreads()) : options.workers.size + callerHelps), files.length);
    // Many files go to the pool's synchronous reads without a look at their sizes, before the first await, even with
    // one core (on this thread alone when it helps): read one by one through the event loop, a small file costs ten
    // times as much (20,000 files of 4 KiB: 1.9 s against 0.2 s).
    if (files.length < pool_MANY_FILES && (files.length < 2 || threads < 2 || !(await worthWorkers(files)))) {
        const hashes = new FileHashes(files.length, [algorithms], undefined, false);
        for (const [index, file] of files.entries())
            await hashInProcess(file, algorithms, hashes, index, follow);
        return hashes;
    }
    if (options.workers !== undefined)
        return hashOnPool(options.workers, files, algorithms, help, follow);
    const started = pool_HashPool.start(Math.max(threads - callerHelps, 1 - callerHelps));
    try {
        return await hashOnPool(started, files, algorithms, help, follow);
    }
    finally {
        await started.close();
    }
}
/** Hashes the files through `algorithms` on a pool's threads (and this one, when it helps). */
function hashOnPool(pool, files, algorithms, callerHelps, followLinks) {
    // Fewer files than that reach the threads only when they are large (worthWorkers).
    return pool.hash(files.map((file) => file.target ?? file.path), [algorithms], undefined, { callerHelps, oneFilePerClaim: files.length < pool_MANY_FILES, ...(followLinks ? { followLinks } : {}) });
}
/** The outcome of hashing `file`, the file at `index` of `hashes`. */
function hash_outcomeAt(file, hashes, index) {
    if ((hashes.sizes[index] ?? -1) < 0) {
        const failure = hashes.failures.get(index);
        return { ...file, error: readFailed(file.path, failure?.code ?? 'unexpected answer', failure?.cause) };
    }
    return artifactOf(file, hashes.sizes[index] ?? 0, hashes.algorithmsOf(index), hashes.hexesOf(index));
}
/** The artifact for a file read through `algorithms`, the first being the run's own. */
function artifactOf(file, size, algorithms, hexes) {
    const digests = {};
    algorithms.forEach((algorithm, index) => {
        digests[algorithm] = hexes[index];
    });
    return { path: file.path, name: file.name, size, hex: hexes[0] ?? '', digests };
}
/** Whether files are worth hashing on threads: many files, or a few big enough in all to pay for starting threads. */
async function hash_worthThreads(files) {
    return files.length >= MANY_FILES || worthWorkers(files);
}
/** Whether a few files are big enough in all to pay for starting threads. */
async function worthWorkers(files) {
    const sizes = await Promise.all(files.map(async (file) => (await (0,promises_.stat)(file.path).catch(() => undefined))?.size ?? 0));
    return sizes.reduce((sum, size) => sum + size, 0) >= WORKER_THRESHOLD_BYTES;
}
function readFailed(path, code, cause) {
    if (code === CHANGED || code === 'FILE_CHANGED') {
        return new errors/* ChecksumsError */.bO('CHECKSUMS_FILE_CHANGED', `${(0,errors/* shownPath */.pS)(path)} changed while it was hashed: its checksum would be of bytes it never held at one moment`, {
            cause,
            hint: "something wrote to it meanwhile (a build still writing, another job): make sure nothing writes to the artifacts until their checksums are written, then run again",
        });
    }
    if (code === 'ELOOP') {
        return new errors/* ChecksumsError */.bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,errors/* shownPath */.pS)(path)}: it is a symbolic link, which is never followed once listed (it may lead out of the base)`, {
            cause,
            hint: "something replaced it with a link after it was listed: make sure nothing writes to the artifacts' directories until their checksums are written (a library caller lists files with collectArtifacts, which gives a link's checked target)",
        });
    }
    const reason = code === NOT_REGULAR || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
    return new errors/* ChecksumsError */.bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,errors/* shownPath */.pS)(path)}: ${reason}`, {
        cause,
        // Every file hashed was found moments before (listed, matched or named): one gone since was removed or renamed meanwhile.
        // Found by a walk, then gone, it was removed meanwhile; a path a library caller gave may never have been there.
        hint: code === 'EACCES' ? 'make the file readable by the user running trust-kit' : code === 'ENOENT' ? `check the path (collectArtifacts finds the files to hash); if it was there, ${errors/* CHANGED_HINT */.HD}` : 'check that the file exists and is readable',
    });
}
async function hashInProcess(file, algorithms, hashes, index, followLinks) {
    try {
        const { digest, size } = await (0,core_digest/* hashFile */.DC)(file.target ?? file.path, algorithms, followLinks ? {} : { noFollow: true });
        hashes.set(index, size, algorithms.map((algorithm) => digest[algorithm] ?? ''));
    }
    catch (error) {
        hashes.fail(index, { code: (0,core_errors/* systemErrorCode */.vq)(error) ?? String(error), cause: error });
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(4539);
;// CONCATENATED MODULE: ./lib/checksums/check.js













/**
 * Whether a result is a file here that could not be read (a permission, a directory in its place):
 * a problem of this machine, not evidence against the file. A name leading out of the base, or too
 * long for any file to have it, is the checksums file's doing: a failure of its own.
 */
function unreadableHere(result) {
    return result.status === 'unreadable' && result.outside !== true && result.reason !== 'ENAMETOOLONG';
}
/** How `sha256sum -c` words each outcome in its report. */
const STATUS_TEXT = {
    ok: 'OK',
    mismatch: 'FAILED',
    missing: 'FAILED open or read (missing)',
    unreadable: 'FAILED open or read',
};
/** One line of a check report, as `sha256sum -c` prints it: `<name>: OK`, `<name>: FAILED`, ... (no line feed). */
function reportLine(result) {
    return `${reportedName(result.entry.name)}: ${STATUS_TEXT[result.status]}${result.outside === true ? ' (outside the base directory)' : ''}`;
}
function unreadableChecksums(path, error) {
    const code = (0,core_errors/* systemErrorCode */.vq)(error);
    return new errors/* ChecksumsError */.bO(code === 'ENOENT' ? 'CHECKSUMS_PATH_NOT_FOUND' : 'CHECKSUMS_READ_FAILED', `cannot read checksums file ${path}: ${code ?? String(error)}`, {
        cause: error,
        hint: 'check the path to the checksums file',
    });
}
function lineTooLong(file, line, maxLineBytes, path) {
    return new errors/* ChecksumsError */.bO('CHECKSUMS_LINE_TOO_LONG', `${file}:${line}: the line is longer than ${maxLineBytes} bytes, which no checksum line of a real file name is`, {
        hint: 'check that this is a checksums file written by sha256sum, sha512sum or trust-kit',
        ...(0,errors/* checksumsPlace */.qD)(path, line),
    });
}
/**
 * A line's bytes as text. A name whose bytes are not UTF-8 (sha256sum lists any) would be decoded
 * with U+FFFD in their place, a name no file has: refused, so that it is neither reported missing
 * nor skipped by `ignoreMissing` while sha256sum checks it.
 */
function lineText(bytes, file, line, path) {
    // A comment lists no name: sha256sum -c skips a line whose first byte is `#`, whatever its encoding (a Latin-1 title).
    if ((0,external_node_buffer_.isUtf8)(bytes) || bytes[0] === 0x23)
        return bytes.toString('utf8');
    throw new errors/* ChecksumsError */.bO('CHECKSUMS_UNSAFE_NAME', `${file}:${line}: the line is not valid UTF-8, so the file name it lists cannot be looked up`, {
        hint: 'check such a file with sha256sum -c; trust-kit reads names written in UTF-8, as it writes them',
        ...(0,errors/* checksumsPlace */.qD)(path, line),
    });
}
/**
 * Reads a checksums file line by line, yielding each entry as its line is read: memory holds one
 * chunk and one line whatever the file's length. The file must be a regular file (a pipe or
 * device is refused before reading); a line longer than the cap is an error naming its number.
 * Names listed twice are not detected (that would take memory growing with the file); every
 * line is checked, so a second, different digest for a name fails as `sha256sum -c` fails it.
 */
async function* readChecksumEntries(path, options = {}) {
    (0,errors/* checkStringArgument */.Xr)("readChecksumEntries's path", path);
    (0,errors/* checkOptionsArgument */.wV)("readChecksumEntries's options", options, { shown: 'string', maxLineBytes: 'number', onChunk: 'function' });
    const named = options.shown ?? path;
    const shown = (0,quote/* shownFile */.G)(named);
    const maxLineBytes = options.maxLineBytes ?? files/* INPUT_LIMITS */.Ef.checksumsLine;
    let carry = Buffer.alloc(0);
    let line = 0;
    let listed = 0;
    const chunks = (0,files/* regularFileChunks */.hT)(path, { what: 'checksums file', shown: named });
    // Closes the file also when the caller stops early or a line is refused.
    try {
        for (;;) {
            let next;
            try {
                next = await chunks.next();
            }
            catch (error) {
                throw (0,core_errors/* isTrustKitError */.Nf)(error) ? error : unreadableChecksums(shown, error);
            }
            if (next.done === true)
                break;
            const chunk = next.value;
            options.onChunk?.(chunk);
            let start = 0;
            for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
                line += 1;
                if (carry.length + end - start > maxLineBytes)
                    throw lineTooLong(shown, line, maxLineBytes, path);
                const text = lineText(carry.length === 0 ? chunk.subarray(start, end) : Buffer.concat([carry, chunk.subarray(start, end)]), shown, line, path);
                carry = Buffer.alloc(0);
                start = end + 1;
                const entry = format_parseChecksumLine(text, line, shown, path);
                if (entry === undefined)
                    continue;
                listed += 1;
                yield entry;
            }
            if (carry.length + chunk.length - start > maxLineBytes)
                throw lineTooLong(shown, line + 1, maxLineBytes, path);
            // Copied: the chunk's buffer is reused for the next one.
            carry = Buffer.concat([carry, chunk.subarray(start)]);
        }
        if (carry.length > 0) {
            const entry = format_parseChecksumLine(lineText(carry, shown, line + 1, path), line + 1, shown, path);
            if (entry !== undefined) {
                listed += 1;
                yield entry;
            }
        }
        if (listed === 0)
            throw emptyChecksums(shown, path);
    }
    finally {
        await chunks.return(undefined);
    }
}
/**
 * Verifies files against checksum entries like `sha256sum -c`: every entry gets a result, in the
 * entries' order, and nothing short-circuits, so the user sees every mismatch and missing file at
 * once. Reads as {@link checkChecksumsFile} does: a name whose real path is outside the base (an
 * absolute name, a `..`, a link leading out) or that is no regular file is reported unreadable
 * without being read, so entries parsed from a checksums file someone else wrote can be checked.
 * Digests compare without regard to case (the hex of a caller's own entries may be uppercase).
 */
async function checkChecksums(entries, options) {
    checkArrayArgument("checkChecksums's entries", entries, 'entries { name, algorithm, hex }');
    checkOptionsArgument("checkChecksums's options", options, { base: 'string', ignoreMissing: 'boolean' }, ['base']);
    checkAlgorithms(entries.map((entry) => entry.algorithm));
    const results = [];
    await check_checkEntries(entries, { base: options.base, ...(options.ignoreMissing === undefined ? {} : { ignoreMissing: options.ignoreMissing }), onResult: (result) => results.push(result) });
    return results;
}
/**
 * Checks files the user named one by one (`verify-checksums SUMS dist/app.tgz`) against their
 * entries: each is read where the user pointed, a link followed, as `sha256sum` reads a file it is
 * given; only {@link checkChecksums} and {@link checkChecksumsFile}, which read names a checksums
 * file holds, keep to the base. Results in the files' order; not part of the library's API.
 */
async function checkNamedFiles(files) {
    const results = new Array(files.length);
    const present = [];
    await Promise.all(files.map(async ({ entry, path }, index) => {
        try {
            if ((await (0,promises_.stat)(path)).isFile())
                present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
            else
                results[index] = { entry, status: 'unreadable', reason: 'not a regular file' };
        }
        catch (error) {
            const code = (0,core_errors/* systemErrorCode */.vq)(error);
            results[index] = code === 'ENOENT' ? { entry, status: 'missing' } : { entry, status: 'unreadable', ...(code === undefined ? {} : { reason: code }) };
        }
    }));
    for (const algorithm of new Set(present.map((file) => file.algorithm))) {
        const group = present.filter((file) => file.algorithm === algorithm);
        const hashed = await hashEach(group, algorithm, { followLinks: true });
        group.forEach((file, position) => {
            const { entry } = files[file.index];
            const artifact = hashed[position];
            if (artifact === undefined || 'error' in artifact)
                results[file.index] = { entry, status: 'unreadable', ...(artifact === undefined ? {} : { reason: (0,core_errors/* systemErrorCode */.vq)(artifact.error.cause) ?? artifact.error.message }) };
            else if (artifact.hex === entry.hex.toLowerCase())
                results[file.index] = { entry, status: 'ok' };
            else
                results[file.index] = { entry, status: 'mismatch', actual: artifact.hex };
        });
    }
    return results;
}
/** Hashing threads by default: each costs tens of MiB, and past a few the disk, not the CPU, sets the pace. */
const MAX_THREADS = 8;
/** Lines handed to a hashing thread at once: few messages for a million tiny files, yet threads finish together. */
const BATCH_LINES = 256;
/** Batches queued per thread: enough to keep every thread busy while results wait to be reported in order. */
const BATCHES_PER_THREAD = 4;
/**
 * Checks every file a checksums file lists, streaming: lines are parsed as they are read, hashed
 * on worker threads in batches, and reported in line order; memory holds the counts and a window
 * of a few thousand lines, however long the file. A listed path that is not a regular file (a
 * pipe, a device, a directory), or whose real path is outside the base directory (an absolute
 * name, a `..`, a link leading out), is reported unreadable without being read.
 */
async function checkChecksumsFile(path, options) {
    (0,errors/* checkStringArgument */.Xr)("checkChecksumsFile's path", path);
    (0,errors/* checkOptionsArgument */.wV)("checkChecksumsFile's options", options, { base: 'string', ignoreMissing: 'boolean', onResult: 'function', onIgnored: 'function', shown: 'string', maxLineBytes: 'number', onChunk: 'function' }, ['base', 'onResult']);
    hash_checkConcurrency(options.concurrency);
    return check_checkEntries(readChecksumEntries(path, options), options);
}
/** {@link checkChecksumsFile}'s check of entries however they come: read from a file as they are checked, or given whole. */
async function check_checkEntries(entries, options) {
    const counts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
    // A listed name may be absolute, climb with '..' or go through a link: only files really under the base are read.
    const realBase = await (0,promises_.realpath)(options.base).catch(() => (0,external_node_path_.resolve)(options.base));
    const within = realBase.endsWith(external_node_path_.sep) ? realBase : `${realBase}${external_node_path_.sep}`;
    const lexicalBase = (0,external_node_path_.resolve)(options.base);
    // A name that leads out of the base as written (absolute elsewhere, or up with '..') is outside whether or not
    // its file exists: reported missing, it would tell whoever wrote the checksums file which paths exist out there.
    const leadsOut = (name) => {
        const file = (0,external_node_path_.resolve)(options.base, name);
        return !(0,paths/* isPathWithin */.Z)(lexicalBase, file) && !(0,paths/* isPathWithin */.Z)(realBase, file);
    };
    const report = (entry, [size, value]) => {
        const hex = typeof value === 'string' ? undefined : value[0];
        const result = hex === undefined
            ? value === OUTSIDE || (value === 'ENOENT' && leadsOut(entry.name))
                ? { entry, status: 'unreadable', outside: true }
                : size < 0 && value === 'ENOENT'
                    ? { entry, status: 'missing' }
                    : { entry, status: 'unreadable', reason: value === NOT_REGULAR ? 'not a regular file' : typeof value === 'string' ? value : 'no answer' }
            : hex === entry.hex.toLowerCase()
                ? { entry, status: 'ok' }
                : { entry, status: 'mismatch', actual: hex };
        if (result.status === 'missing' && options.ignoreMissing === true) {
            counts.ignored += 1;
            options.onIgnored?.(entry);
            return;
        }
        counts[result.status] += 1;
        options.onResult(result);
    };
    const threads = options.concurrency ?? Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS);
    let pool;
    // Batches in line order; each fills in as its threads answer, and is reported up to its first gap.
    const window = [];
    const flush = () => {
        for (let oldest = window[0]; oldest !== undefined; oldest = window[0]) {
            for (let answer = oldest.answers[oldest.reported]; answer !== undefined; answer = oldest.answers[oldest.reported]) {
                report(oldest.entries[oldest.reported], answer);
                oldest.reported += 1;
            }
            if (oldest.reported < oldest.entries.length)
                return;
            window.shift();
        }
    };
    let batch = [];
    const dispatch = () => {
        pool ??= new pool_HashPool(threads);
        const pending = { entries: batch, answers: new Array(batch.length), reported: 0, done: Promise.resolve() };
        batch = [];
        // Not normalized: the file system resolves the name as sha256sum -c has it resolve it (`sub/../a` through a linked `sub`
        // is not `a`, and `a/` is no file), and the real path it leads to is what must lie under the base.
        const paths = pending.entries.map((entry) => ((0,external_node_path_.isAbsolute)(entry.name) ? entry.name : `${lexicalBase}${external_node_path_.sep}${entry.name}`));
        pending.done = pool.hash(paths, pending.entries.map((entry) => [entry.algorithm]), (first, answers) => {
            answers.forEach((answer, position) => {
                pending.answers[first + position] = answer;
            });
            flush();
        }, { within });
        // Awaited in order below; marked handled here so a failure of a later batch is not unhandled meanwhile.
        pending.done.catch(() => undefined);
        window.push(pending);
    };
    try {
        for await (const entry of entries) {
            batch.push(entry);
            if (batch.length < BATCH_LINES)
                continue;
            dispatch();
            while (window.length >= threads * BATCHES_PER_THREAD)
                await window[0]?.done;
        }
        if (batch.length > 0)
            dispatch();
        while (window.length > 0)
            await window[0]?.done;
    }
    finally {
        await pool?.close();
    }
    return counts;
}

;// CONCATENATED MODULE: ./lib/checksums/index.js
















/** Whether a file begins as a checksums file does (a line {@link parseChecksumLine} reads as a checksum), or is empty: what an output may replace. */
function holdsChecksums(path) {
    let head;
    try {
        head = readRegularFileHeadSync(path, INPUT_LIMITS.checksumsLine, { what: 'checksums file' });
    }
    catch {
        // Not readable as a regular file: the write names what is wrong with it.
        return true;
    }
    if (head.length === 0)
        return true;
    try {
        return parseChecksumLine(head.toString('utf8').split('\n')[0] ?? '', 1, path) !== undefined;
    }
    catch {
        return false;
    }
}
/**
 * Removes the bundle of an earlier checksums file at `outputPath` (`<output>.sigstore.json`) that the
 * new `text` replaces with other contents, before it does: beside the new file it would look like its
 * signature, and `verify-checksums` would say the release was tampered with. Kept when the contents
 * are the same, which it still signs. Told to `leftover` when removed.
 */
async function removeStaleSignature(outputPath, text, leftover) {
    const bundle = `${outputPath}${BUNDLE_SUFFIX}`;
    const present = await stat(bundle).then((info) => info.isFile(), () => false);
    if (!present)
        return;
    const earlier = await stat(outputPath).then((info) => (info.isFile() && info.size === Buffer.byteLength(text) ? readFile(outputPath, 'utf8') : undefined), () => undefined);
    if (earlier === text)
        return;
    await rm(bundle, { force: true });
    leftover?.({ path: bundle, kind: 'signature of the replaced output' });
}
/**
 * Hashes the configured artifacts and writes the checksums file atomically (it never exists half
 * written); the checksums file itself is never listed in it. Once the walk has found many files,
 * the hashing threads start while it goes on (unless started ahead), so that starting them costs no
 * time of its own; this thread, which has nothing else to do, hashes beside them (one thread fewer
 * to start).
 */
async function createChecksums(config, cwd, createOptions = {}) {
    const { threadsStartedAhead, leftover, ...options } = createOptions;
    if (typeof config !== 'object' || config === null)
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${typeName(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
    checkOptionsArgument("createChecksums's config", config, { output: 'string' });
    checkOptionsArgument("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
    checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
    checkConcurrency(options.concurrency);
    const outputPath = config.output === undefined ? undefined : resolve(cwd, config.output);
    const concurrency = options.concurrency ?? defaultHashThreads();
    let early = threadsStartedAhead;
    const progress = options.workers === undefined && early === undefined && concurrency >= 2
        ? (found) => {
            if (found >= MANY_FILES)
                early ??= HashPool.start(concurrency - 1);
        }
        : undefined;
    let hashed;
    let ending;
    try {
        let outputFound = false;
        const found = await findArtifacts(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${BUNDLE_SUFFIX}`], onExcluded: (path) => void (outputFound ||= path === outputPath), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
        // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
        // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
        // and leave out of the list.
        if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
            throw new ChecksumsError('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${shownPath(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
                hint: 'write the checksums to a new file (or an earlier checksums file), or leave that file out of the subjects',
            });
        }
        // Threads started ahead for what turned out to be a few small files end now, while those are hashed here: ending
        // one still starting takes as long as its start may have left, and exiting waits for it.
        if (early !== undefined && found.length < MANY_FILES && !(await worthThreads(found))) {
            ending = early.close();
            early = undefined;
        }
        // The threads hash the files in the order found while this thread sorts them (it helps once it has).
        const hashing = hashFiles(found, config.algorithm, { callerHelps: true, ...options, workers: options.workers ?? early });
        let order;
        try {
            order = listingOrder(found);
        }
        catch (error) {
            // Its failure, once the threads are ended, is this one's consequence.
            hashing.catch(() => undefined);
            throw error;
        }
        hashed = { found, hashes: await hashing, order };
        throwFirstFailure(hashed);
    }
    catch (error) {
        await Promise.all([early?.close(), ending]);
        throw error;
    }
    // The threads end while the checksums are formatted and written: ending one takes a turn of the other core.
    const closing = Promise.all([early?.close(), ending]);
    try {
        const text = checksumsText(hashed, config.algorithm);
        if (outputPath !== undefined) {
            await removeStaleSignature(outputPath, text, leftover);
            await writeFileAtomic(outputPath, text);
        }
        let artifacts;
        return {
            // Made when asked for: the CLI, which prints the text, never makes an object a file.
            get artifacts() {
                artifacts ??= hashed.order.map((index) => outcomeAt(hashed.found[index], hashed.hashes, index));
                return artifacts;
            },
            count: hashed.order.length,
            text,
            outputPath,
        };
    }
    finally {
        await closing;
    }
}
/** Bytes made into one string at most: V8's strings hold up to 2^29 - 24 one-byte characters. */
const ONE_STRING_BYTES = (/* unused pure expression or super */ null && (2 ** 28));
/** Fails with the first file, in listing order, that could not be read. */
function throwFirstFailure({ found, hashes, order }) {
    if (hashes.failures.size === 0)
        return;
    const index = order.find((at) => hashes.failures.has(at)) ?? -1;
    const outcome = outcomeAt(found[index], hashes, index);
    if ('error' in outcome)
        throw outcome.error;
}
/**
 * The checksums file listing the files at `order`'s indexes, in that order, with their `algorithm`
 * digests (each file's first), made straight from the hashes' columns: no object a file.
 */
function checksumsText({ found, hashes, order }, algorithm) {
    const { stride } = hashes;
    const length = hexLength(algorithm);
    // One string of every digest, cut per line without copying (a call into the buffer per line cost twice as much),
    // unless there are more than a string may hold (millions of files with two algorithms).
    const hex = hashes.hex.length <= ONE_STRING_BYTES ? hashes.hex.toString('latin1') : undefined;
    const lines = new Array(order.length);
    for (let line = 0; line < order.length; line++) {
        const index = order[line];
        const start = index * stride;
        lines[line] = checksumLine(found[index].name, hex === undefined ? hashes.hex.toString('latin1', start, start + length) : hex.substring(start, start + length));
    }
    return lines.join('');
}
/**
 * The artifacts as in-toto subjects, in their order, each by its `algorithm` digest: one the
 * artifacts were hashed with (CHECKSUMS_ALGORITHM_UNSUPPORTED for another, whose name a digest of
 * another algorithm would have been filed under).
 */
function toSubjects(artifacts, algorithm) {
    checkArrayArgument("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
    checkEntries("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
    checkAlgorithms([algorithm]);
    return artifacts.map((artifact) => {
        const hex = artifact.digests[algorithm];
        if (hex === undefined) {
            throw new ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
                hint: `hash the artifacts with ${algorithm} (hashArtifacts(files, '${algorithm}'), or { also: ['${algorithm}'] })`,
            });
        }
        return { name: artifact.name, digest: { [algorithm]: hex } };
    });
}


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Dn: () => (/* binding */ parseDigestReference),
/* harmony export */   E6: () => (/* binding */ hexLength),
/* harmony export */   MF: () => (/* binding */ DIGEST_ALGORITHMS),
/* harmony export */   Wb: () => (/* binding */ isDigestAlgorithm),
/* harmony export */   er: () => (/* binding */ digestArgument)
/* harmony export */ });
/* unused harmony exports isHexDigest, digestBytes, digestChunks */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9916);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */
function isDigestAlgorithm(value) {
    return DIGEST_ALGORITHMS.includes(value);
}
/** The length in hex characters of a digest made with `algorithm`. */
function hexLength(algorithm) {
    return HEX_LENGTH[algorithm];
}
/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */
function isHexDigest(algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
}
/** The digest of bytes already in memory. */
function digestBytes(algorithm, bytes) {
    return createHash(algorithm).update(bytes).digest('hex');
}
/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */
function digestChunks(algorithm, chunks) {
    const hash = createHash(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */
function digestArgument(value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
}
/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */
function parseDigestReference(value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `the digest is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
}
/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;
/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */
async function hashFile(path, algorithms, named = {}) {
    const hashes = algorithms.map((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]);
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer); read > 0; read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setImmediate)();
            }
        }
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .changedWhileRead */ .a4)(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size))
            throw (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .fileChanged */ .J8)(named.what ?? 'file', named.shown ?? path, size, expected);
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
}


/***/ }),

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   F1: () => (/* binding */ jsonSyntaxProblem),
/* harmony export */   at: () => (/* binding */ describeJsonFault),
/* harmony export */   xC: () => (/* binding */ jsonFault),
/* harmony export */   y0: () => (/* binding */ JSON_FAULT_HINT)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, lineAt */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
// JSON as other parties wrote it: what JSON.parse alone does not say about a text.

/**
 * How deep a JSON text another party wrote may nest: far deeper than any bundle, trusted root,
 * signing config or in-toto statement (a few levels; an SBOM predicate a few dozen), shallow enough
 * that no reader of the parsed value (a recursive walk, JSON.stringify) runs out of stack.
 */
const MAX_JSON_DEPTH = 512;
/**
 * The first {@link JsonFault} of a valid JSON text, if any. It jumps from one structural character
 * to the next (a regular expression and indexOf skip strings, numbers and whitespace natively), so a
 * bundle of tens of MiB (a DSSE payload) costs little, and a small one little at start-up; memory
 * is the keys of the open objects, at most {@link MAX_JSON_DEPTH} of them deep.
 */
function jsonFault(text) {
    const structure = /[{}[\],"]/g;
    const objects = [];
    let keyNext = false;
    for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
        const char = match[0];
        if (char === '{' || char === '[') {
            if (objects.length === MAX_JSON_DEPTH)
                return { kind: 'too-deep', line: lineAt(text, match.index) };
            objects.push(char === '{' ? new Set() : undefined);
            keyNext = char === '{';
        }
        else if (char === '}' || char === ']') {
            objects.pop();
        }
        else if (char === ',') {
            keyNext = objects.at(-1) !== undefined;
        }
        else {
            const end = closingQuote(text, match.index);
            if (end === -1)
                return undefined;
            if (keyNext) {
                const keys = objects.at(-1);
                const key = JSON.parse(text.slice(match.index, end + 1));
                if (keys.has(key))
                    return { kind: 'repeated-key', key, line: lineAt(text, match.index) };
                keys.add(key);
                keyNext = false;
            }
            structure.lastIndex = end + 1;
        }
    }
    return undefined;
}
/** What to do about a document with a {@link JsonFault}. */
const JSON_FAULT_HINT = 'a document every verifier reads the same names each key of an object once and nests a few levels; this one was written otherwise (by hand, or to be read two ways): do not trust it, get it again from its source';
/**
 * A {@link JsonFault} for a message, after the name of the document: `repeats the key "k" in one
 * object, on line 3` (the line left out for a document of one line, such as a line of JSON lines,
 * which its name already numbers).
 */
function describeJsonFault(fault, withLine = true) {
    const line = withLine ? `, on line ${fault.line}` : '';
    return fault.kind === 'repeated-key' ? `repeats the key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
}
/**
 * The line of a JSON.parse error: V8 gives a position for some errors, only a snippet of the
 * text around the bad token for others (`Unexpected token '}', ..."ckages": [}" is not valid
 * JSON`), and nothing at the end of the input.
 */
function jsonErrorLine(text, message) {
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined)
        return lineAt(text, Number(position));
    if (message.includes('end of JSON input'))
        return lineAt(text, text.trimEnd().length);
    const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (snippet === null)
        return undefined;
    const [, token = '', leading, context = '', trailing] = snippet;
    const at = text.indexOf(context);
    if (at === -1 || text.indexOf(context, at + 1) !== -1)
        return undefined;
    // V8 shows 10 characters either side of the bad token, with "..." where it cut the text.
    const inContext = leading !== undefined ? 10 : context.lastIndexOf(token, trailing === undefined ? context.length : context.length - 10);
    return lineAt(text, at + Math.max(0, inContext));
}
/**
 * What JSON.parse said of a text that is not JSON, for a message about a file: the line it stopped
 * at when it can be told, and its first words, printable and bounded, without the text V8 quotes
 * around a bad token: a file given by mistake (a token, a key) would have its first characters
 * printed to a log others read. V8's own `(line N column M)` is left out where the line is told
 * first; `withLine: false` leaves the line out (a line of a JSON-lines file, numbered already).
 */
function jsonSyntaxProblem(text, error, options = {}) {
    const message = error instanceof Error ? error.message : String(error);
    const line = options.withLine === false ? undefined : jsonErrorLine(text, message);
    const unquoted = message.replace(/^Unexpected token '[\s\S]+?', (?:\.\.\.)?"[\s\S]*?"(?:\.\.\.)? is not valid JSON/, 'Unexpected token: not valid JSON');
    const said = (unquoted.split('\n')[0] ?? '').replace(/ \(line \d+ column \d+\)$/, '');
    return `${line === undefined ? '' : `line ${line}: `}${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(said, 200)}`;
}
/** The line (from 1) of `index` in `text`: where a JSON text another party wrote goes wrong. */
function lineAt(text, index) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
        line += 1;
    return line;
}
/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text, open) {
    for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text[quote - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
    }
    return -1;
}


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ ProxyTunnelError),
/* harmony export */   Pj: () => (/* binding */ proxyOrigin),
/* harmony export */   YI: () => (/* binding */ tunnelingAgent)
/* harmony export */ });
/* unused harmony exports PROXY_AUTH_HINT, proxyAuthorization */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A CONNECT tunnel the runner's proxy did not open; the message names the proxy by its origin, never by its credentials. */
class ProxyTunnelError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The status the proxy answered the CONNECT with, if it answered one. */
    statusCode;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ProxyTunnelError';
        this.statusCode = options.statusCode;
    }
}
/** What to do when the proxy wants credentials. */
const PROXY_AUTH_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
const PROXY_FAILED_HINT = 'check that HTTPS_PROXY names the runner\'s proxy and that the proxy reaches the host, or list the host in NO_PROXY if the runner reaches it directly';
/** A proxy's answer to CONNECT is a status line and a few headers: Node's own limit on a response's headers. */
const MAX_CONNECT_ANSWER_BYTES = 16 * 1024;
/** The proxy as a message shows it: scheme, host and port, without credentials. */
function proxyOrigin(proxy) {
    return `${proxy.protocol}//${proxy.host}`;
}
/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
}
/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */
function shownReason(reason) {
    const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
    return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
}
/** A host name without the brackets a URL puts around an IPv6 literal. */
function unbracketed(host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */
function openTunnel(proxy, target, deadlineMs, proxyTls) {
    const net = process.getBuiltinModule('node:net');
    const tls = process.getBuiltinModule('node:tls');
    const origin = proxyOrigin(proxy);
    const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    return new Promise((resolve, reject) => {
        const proxyHost = unbracketed(proxy.hostname);
        const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
        const raw = proxy.protocol === 'https:'
            ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
            : net.connect({ host: proxyHost, port: proxyPort });
        let secured;
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            secured?.destroy();
            raw.destroy();
            reject(error);
        };
        const timer = setTimeout(() => {
            fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
        }, deadlineMs);
        raw.on('error', fail);
        const ended = () => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT }));
        raw.on('end', ended);
        raw.on('close', ended);
        const chunks = [];
        let received = 0;
        const onData = (chunk) => {
            chunks.push(chunk);
            received += chunk.length;
            const answer = Buffer.concat(chunks, received);
            const end = answer.indexOf('\r\n\r\n');
            if (end === -1) {
                if (received > MAX_CONNECT_ANSWER_BYTES)
                    fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with more than ${MAX_CONNECT_ANSWER_BYTES} bytes of headers`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            raw.removeListener('data', onData);
            raw.removeListener('end', ended);
            raw.removeListener('close', ended);
            raw.pause();
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(answer.subarray(0, end + 2).toString('latin1'));
            if (status === null) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with something that is not HTTP/1`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            const code = Number(status[1]);
            const said = `HTTP ${code}${status[2] === undefined || shownReason(status[2]) === '' ? '' : ` ${shownReason(status[2])}`}`;
            if (code === 407) {
                fail(new ProxyTunnelError('PROXY_AUTH_REQUIRED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_AUTH_HINT, statusCode: code }));
                return;
            }
            if (code < 200 || code > 299) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_FAILED_HINT, statusCode: code }));
                return;
            }
            if (answer.length > end + 4) {
                // The target speaks first after a TLS ClientHello: bytes before it are the proxy's, not the target's.
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} sent data after opening the tunnel to ${endpoint}, before the TLS handshake`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            // `host` is what the certificate is checked against (without it, an IP target would be checked as "localhost"); SNI takes names only.
            secured = tls.connect({ ...target.tls, socket: raw, host: target.host, ...(net.isIP(target.host) === 0 ? { servername: target.tls.servername ?? target.host } : {}) });
            secured.once('error', fail);
            secured.once('secureConnect', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                secured?.removeListener('error', fail);
                raw.removeListener('error', fail);
                resolve(secured);
            });
        };
        raw.on('data', onData);
        raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
            const authorization = proxyAuthorization(proxy);
            raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
        });
    });
}
/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */
function targetTls(request) {
    const options = request;
    const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
    return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter(([, value]) => value !== undefined));
}
/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and its trusted CAs for an https:// proxy).
 */
function tunnelingAgent(proxy, options) {
    const { tunnelTimeoutMs, ...agentOptions } = options;
    const https = process.getBuiltinModule('node:https');
    // The proxy is always verified: skipping the target's check (a registry's --allow-insecure-registry) would send the proxy's credentials to whoever answers on the way.
    const proxyTls = agentOptions.ca === undefined ? {} : { ca: agentOptions.ca };
    const agent = new https.Agent(agentOptions);
    agent.createConnection = (request, callback) => {
        const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
        const port = Number(request.port ?? 443);
        openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then((socket) => callback?.(null, socket), (error) => callback?.(error, undefined));
        return undefined;
    };
    return agent;
}


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_PROXY_SETTINGS: () => (/* binding */ NO_PROXY_SETTINGS),
/* harmony export */   ProxyAgents: () => (/* binding */ ProxyAgents),
/* harmony export */   ProxyConfigError: () => (/* binding */ ProxyConfigError),
/* harmony export */   bypassesProxy: () => (/* binding */ bypassesProxy),
/* harmony export */   checkProxySettings: () => (/* binding */ checkProxySettings),
/* harmony export */   inTheClearOffMachine: () => (/* binding */ inTheClearOffMachine),
/* harmony export */   isLoopbackHostname: () => (/* binding */ isLoopbackHostname),
/* harmony export */   proxyFor: () => (/* binding */ proxyFor),
/* harmony export */   proxySettingsFrom: () => (/* binding */ proxySettingsFrom),
/* harmony export */   urlWithoutCredentials: () => (/* binding */ urlWithoutCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9002);


/** No proxy: every request connects directly. */
const NO_PROXY_SETTINGS = {};
/** A proxy variable that names no usable proxy. */
class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(message, hint) {
        super('PROXY_URL_INVALID', message, { hint });
        this.name = 'ProxyConfigError';
    }
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */
function proxySettingsFrom(env) {
    const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
    const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
    const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
    return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
}
/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */
function isLoopbackHostname(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * Whether a request to `url` would carry what it is sent with (a token, a password) in the clear to
 * another machine: plain HTTP anywhere but this machine's loopback. The one rule every sender of a
 * credential follows (Fulcio, GitHub's API, the runner's token endpoint); loopback is a test server.
 */
function inTheClearOffMachine(url) {
    return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
}
/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */
function canonicalEntry(entry) {
    const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(entry);
    const address = bracketed === null ? entry : bracketed[1];
    if (!address.includes(':'))
        return entry;
    try {
        return `${new URL(`http://[${address}]/`).hostname}${bracketed?.[2] ?? ''}`;
    }
    catch {
        return entry;
    }
}
/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
 */
function bypassesProxy(url, noProxy) {
    if (url.hostname === '')
        return false;
    if (isLoopbackHostname(url.hostname))
        return true;
    if (noProxy === undefined || noProxy === '')
        return false;
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((entry) => canonicalEntry(entry.trim()).toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' || hosts.some((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))));
}
/** A URL (or what was meant as one: it need not parse) without its credentials, fit for a message. */
function urlWithoutCredentials(value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    // Everything up to the last @ may be credentials, a / or : in a password included.
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
    // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
    return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
}
/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */
function percentDecodable(text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */
function parseProxy(variable, value) {
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        proxy = undefined;
    }
    if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
    }
    return proxy;
}
/**
 * Checks the proxy variables: one that is no http(s) URL is a PROXY_URL_INVALID. Called before the
 * GitHub toolkit is first loaded, which reads them from the process environment then and throws a
 * bare error (a crash, to the user) on such a value.
 */
function checkProxySettings(settings) {
    for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
        if (value !== undefined && value !== '')
            parseProxy(variable, value);
}
/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */
function proxyFor(url, settings) {
    if (bypassesProxy(url, settings.noProxy))
        return undefined;
    const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
    return value === undefined || value === '' ? undefined : parseProxy(variable, value);
}
/** Opening a tunnel takes a round trip or three: a proxy silent this long is not going to answer (the time a request to a public service may take, DEFAULT_RETRY_POLICY's). */
const DEFAULT_TUNNEL_TIMEOUT_MS = 20_000;
/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
class ProxyAgents {
    settings;
    #agents = new Map();
    #options;
    /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
    constructor(settings, options = {}) {
        this.settings = settings;
        this.#options = options;
        checkProxySettings(settings);
    }
    /**
     * The agent for a request to `url`: undefined when no proxy applies (connect directly, with the
     * caller's own agent or {@link directAgentFor}); else one that tunnels https:// through the proxy with CONNECT (ours: Node's
     * own tunnel waits forever on a proxy that goes silent after its CONNECT, and reads its answer
     * without bound) and sends http:// to it in absolute form (Node's own proxy support, told only
     * this proxy: the bypass was decided above, with @actions/http-client's rules).
     */
    agentFor(url) {
        const proxy = proxyFor(url, this.settings);
        if (proxy === undefined)
            return undefined;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
            agent = url.protocol === 'https:' ? (0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .tunnelingAgent */ .YI)(proxy, { keepAlive: true, ...this.#options.https, tunnelTimeoutMs: this.#options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /**
     * An agent that connects directly, for a request no proxy applies to ({@link agentFor} gave none):
     * not Node's global agent, which NODE_USE_ENV_PROXY=1 sends through the environment's proxy by
     * Node's own rules, loopback included, where these rules reach the host directly.
     */
    directAgentFor(url) {
        const key = `${url.protocol} direct`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // As Node's global agent is made: an idle connection is closed after 5 s, not kept until the server drops it.
            const base = { keepAlive: true, scheduling: 'lifo', timeout: 5000 };
            agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ ...base, ...this.#options.https }) : new (process.getBuiltinModule('node:http').Agent)({ ...base, ...this.#options.http });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /** Closes the connections of every agent made so far. */
    destroy() {
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ParsedCertificate),
/* harmony export */   Sm: () => (/* binding */ abbreviate),
/* harmony export */   bo: () => (/* binding */ FULCIO_OIDS),
/* harmony export */   cJ: () => (/* binding */ CODE_SIGNING_EKU),
/* harmony export */   qs: () => (/* binding */ TIME_STAMPING_EKU)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3913);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5447);
/* harmony import */ var _sct_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2324);





/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) that policies and reports name. */
const FULCIO_OIDS = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    /** GitHub Workflow Repository (deprecated, raw bytes): `owner/repo`, which cosign's --certificate-github-workflow-repository reads. */
    githubWorkflowRepositoryV1: '1.3.6.1.4.1.57264.1.5',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerURI: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
    buildConfigURI: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationURI: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
};
/** The extended key usage of Fulcio's certificates, leaves and CAs. */
const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/** The extended key usage of a timestamp authority's signing certificate (RFC 3161 2.3). */
const TIME_STAMPING_EKU = '1.3.6.1.5.5.7.3.8';
const ANY_EKU = '2.5.29.37.0';
const EKU_OID = '2.5.29.37';
const BASIC_CONSTRAINTS_OID = '2.5.29.19';
const BOOLEAN = 0x01;
const INTEGER = 0x02;
const KEY_USAGE_OID = '2.5.29.15';
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
const SAN_OID = '2.5.29.17';
/** The GeneralName tags of an otherName, a URI and an email address (RFC 5280 4.2.1.6). */
const OTHER_NAME = 0xa0;
const URI_NAME = 0x86;
/** The otherName type of Fulcio's username identity ("<user>!<issuer host>", a UTF8String): https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md. */
const FULCIO_USERNAME_OID = '1.3.6.1.4.1.57264.1.7';
const OID_TAG = 0x06;
const EMAIL_NAME = 0x81;
const SCT_OID = '1.3.6.1.4.1.11129.2.4.2';
const UTF8_STRING = 0x0c;
/** Key usage, extended key usage, subject alternative name, basic constraints, key identifiers: what a leaf's checks read. */
const PROCESSED_EXTENSIONS = new Set(['2.5.29.15', EKU_OID, SAN_OID, BASIC_CONSTRAINTS_OID, '2.5.29.14', '2.5.29.35']);
/**
 * An X.509 certificate parsed once: OpenSSL's parse for its key, validity and signature checks,
 * its extensions, serial number, issuer and key info read straight from the DER on demand, so a
 * certificate seen again (in the trusted root, or the same Fulcio leaf across a release's bundles)
 * costs nothing more.
 */
class ParsedCertificate {
    der;
    publicKey;
    notBefore;
    notAfter;
    isCA;
    native;
    fields;
    rawExtensions;
    constructor(der) {
        this.der = der;
        this.native = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
        this.publicKey = this.native.publicKey;
        this.notBefore = this.native.validFromDate;
        this.notAfter = this.native.validToDate;
        this.isCA = this.native.ca;
    }
    /** Parses DER bytes, turning any parse failure into a coded error naming `what`. */
    static parse(der, what) {
        try {
            // OpenSSL reads the first element and ignores what follows; Go's x509 (cosign, sigstore-go) refuses trailing data.
            (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derNode */ .eG)(der);
            const certificate = new ParsedCertificate(der);
            const oids = certificate.extensions.map((extension) => extension.oid);
            const repeated = oids.find((oid, index) => oids.indexOf(oid) !== index);
            // RFC 5280 4.2: one instance per extension; with two, readers disagree on which one counts (a second SAN, a second issuer).
            if (repeated !== undefined)
                throw new Error(`extension ${repeated} appears more than once`);
            return certificate;
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `${what} is not a valid X.509 certificate: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
    }
    /** The serial number INTEGER's content bytes, as a timestamp's signer identifier gives it. */
    get serialNumber() {
        return this.derFields.serialNumber;
    }
    /** The issuer name's DER bytes (the Name SEQUENCE's content). */
    get issuer() {
        return this.derFields.issuer;
    }
    /** The SubjectPublicKeyInfo element's DER bytes, exactly as the certificate holds them. */
    get subjectPublicKeyInfo() {
        return this.derFields.subjectPublicKeyInfo;
    }
    get derFields() {
        this.fields ??= (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFields */ .TV)(this.der);
        return this.fields;
    }
    /** Whether `issuer` issued this certificate: names chain and `issuer`'s key signed it. */
    signedBy(issuer) {
        try {
            return this.native.checkIssued(issuer.native) && this.native.verify(issuer.publicKey);
        }
        catch {
            return false;
        }
    }
    /** Whether the certificate was valid at `time`. */
    validAt(time) {
        return this.notBefore <= time && time <= this.notAfter;
    }
    /** Subject and issuer distinguished names as OpenSSL prints them, for messages. */
    get displayNames() {
        return { subject: distinguishedName(this.native.subject), issuer: distinguishedName(this.native.issuer) };
    }
    /** The certificate's extensions, read from its DER on first use. */
    get extensions() {
        this.rawExtensions ??= (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readExtensions */ .HW)(this.der);
        return this.rawExtensions;
    }
    /** The extension with `oid`, if present. */
    extension(oid) {
        return this.extensions.find((extension) => extension.oid === oid);
    }
    /**
     * The names of the subject alternative name extension, URIs, email addresses and Fulcio's username
     * otherName as text (other kinds as empty text, so they still count): Fulcio puts exactly one identity there.
     */
    get subjectAltNames() {
        const names = this.extension(SAN_OID);
        const list = names === undefined ? [] : (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(names.value);
        if (list === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s subject alternative name extension is malformed');
        return list.map((name) => {
            if (name.tag === OTHER_NAME)
                return fulcioUsername(name.content);
            if (name.tag !== URI_NAME && name.tag !== EMAIL_NAME)
                return '';
            // Both are IA5Strings (ASCII), and Go's x509 (Fulcio, cosign) refuses anything else, and a URI with a control character: read as UTF-8 here, they would be look-alikes no other verifier accepts.
            if (name.content.some((byte) => byte >= 0x80))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(name.content.toString('utf8'), 200)} is not an IA5String (ASCII)`);
            if (name.tag === URI_NAME && name.content.some((byte) => byte < 0x20 || byte === 0x7f))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name URI ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(name.content.toString('latin1'), 200)} holds a control character`);
            return name.content.toString('ascii');
        });
    }
    /**
     * Whether the extended key usage names code signing. An absent EKU counts as no: RFC 5280 reads it
     * as any usage, but Fulcio always names code signing, so a leaf without it was issued for something else.
     */
    get allowsCodeSigning() {
        return this.extendedKeyUsages?.includes(CODE_SIGNING_EKU) ?? false;
    }
    /**
     * Whether a chain certificate's extended key usage allows `usage`: as Go's x509 (cosign,
     * sigstore-go) reads a chain, a certificate without the extension allows any, one with it must
     * name the usage or anyExtendedKeyUsage.
     */
    allowsExtendedKeyUsage(usage) {
        const usages = this.extendedKeyUsages;
        return usages === undefined || usages.includes(usage) || usages.includes(ANY_EKU);
    }
    /** The OIDs the extended key usage extension names (none when it cannot be read); undefined when it is absent. */
    get extendedKeyUsages() {
        const ext = this.extension(EKU_OID);
        if (ext === undefined)
            return undefined;
        return ((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(ext.value) ?? []).flatMap((entry) => (entry.tag === 0x06 ? [(0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidText */ .ch)(entry.content)] : []));
    }
    /** The extended key usage extension as a leaf's profile is checked on: its usages and whether it is critical; undefined when absent. */
    get extendedKeyUsage() {
        const usages = this.extendedKeyUsages;
        return usages === undefined ? undefined : { usages, critical: this.extension(EKU_OID)?.critical === true };
    }
    /** Whether the key may sign certificates: a key usage extension, when present, sets keyCertSign (bit 5), as Go's x509 requires of every issuer. */
    get allowsCertSign() {
        const ext = this.extension(KEY_USAGE_OID);
        if (ext === undefined)
            return true;
        const bits = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(ext.value, BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x04) !== 0;
    }
    /**
     * Whether basic constraints say CA, whatever the key usage says: OpenSSL's `ca` (Node's
     * X509Certificate#ca) also asks for keyCertSign, so a leaf claiming CA:TRUE without it read as
     * no CA. An extension that cannot be read counts as a claim.
     */
    get claimsCA() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return false;
        const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(ext.value);
        if (fields === undefined)
            return true;
        const flag = fields.find((field) => field.tag === BOOLEAN)?.content;
        return flag !== undefined && (flag.length !== 1 || flag[0] !== 0);
    }
    /**
     * The basic constraints' pathLenConstraint: how many CA certificates may follow this one towards
     * a leaf. Undefined without one; -1 for an extension that cannot be read, which no chain passes.
     */
    get pathLengthConstraint() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return undefined;
        const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(ext.value);
        if (fields === undefined)
            return -1;
        const length = fields.find((field) => field.tag === INTEGER)?.content;
        if (length === undefined)
            return undefined;
        // A non-negative INTEGER small enough to mean anything: one content byte, or two for 128..255.
        if (length.length === 0 || length.length > 2 || length[0] >= 0x80 || (length.length === 2 && length[0] !== 0))
            return -1;
        return length.readUIntBE(0, length.length);
    }
    /**
     * The first critical extension outside those a signing certificate is read by (RFC 5280 4.2: a
     * certificate with a critical extension the reader does not process must be refused), such as
     * the CT precertificate poison.
     */
    get unprocessedCriticalExtension() {
        return this.extensions.find((extension) => extension.critical && !PROCESSED_EXTENSIONS.has(extension.oid))?.oid;
    }
    /** Whether the key usage extension is present and sets digitalSignature (bit 0), as Fulcio's leaves do. */
    get allowsDigitalSignature() {
        const bits = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(this.extension(KEY_USAGE_OID)?.value ?? Buffer.alloc(0), BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x80) !== 0;
    }
    /**
     * The value of a Fulcio extension as text: v1 extensions hold raw bytes, v2 ones a DER
     * UTF8String; a v2 one holding anything else is refused (VERIFY_CERTIFICATE_INVALID), as Go's
     * readers (cosign, sigstore-go) refuse it, rather than read as raw text.
     */
    fulcioExtension(oid) {
        const ext = this.extension(oid);
        if (ext === undefined)
            return undefined;
        if (oid === FULCIO_OIDS.issuerV1 || oid === FULCIO_OIDS.githubWorkflowRepositoryV1)
            return ext.value.toString('utf8');
        const text = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(ext.value, UTF8_STRING);
        if (text === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `the certificate's Fulcio extension ${oid} is not a DER UTF8String, as Fulcio writes it`, { hint: 'the certificate was not issued by a Fulcio that follows its own profile: do not trust it' });
        return text.toString('utf8');
    }
    /** The embedded signed certificate timestamps (RFC 6962 3.3: a TLS-encoded list in a DER OCTET STRING), parsed from their extension alone. */
    get signedCertificateTimestamps() {
        const ext = this.extension(SCT_OID);
        if (ext === undefined)
            return undefined;
        const list = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(ext.value, OCTET_STRING);
        if (list === undefined)
            throw new Error('the SCT list extension does not hold an OCTET STRING');
        return (0,_sct_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSctList */ .y)(list);
    }
}
/** Node reports an empty name (Fulcio leaves have one) as undefined, despite its types. */
function distinguishedName(name) {
    return (name ?? '').replaceAll('\n', ', ');
}
/** The first `length` characters of a long value (a digest, a key), for messages. */
function abbreviate(value, length = 16) {
    return value.length <= length ? value : `${value.slice(0, length)}\u2026`;
}
/**
 * The text of an otherName SAN (its type id and [0] EXPLICIT value) when it is Fulcio's username
 * identity, as sigstore-go, cosign and sigstore-python match it; empty text for another type.
 */
function fulcioUsername(content) {
    try {
        const [type, explicit, ...rest] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derChildren */ .v0)({ tag: OTHER_NAME, whole: content, content });
        if (type?.tag !== OID_TAG || explicit?.tag !== OTHER_NAME || rest.length > 0)
            throw new Error('not a type id and a value');
        if ((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidText */ .ch)(type.content) !== FULCIO_USERNAME_OID)
            return '';
        const value = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derNode */ .eG)(explicit.content);
        if (value.tag !== UTF8_STRING)
            throw new Error('not a UTF8String');
        return new TextDecoder('utf-8', { fatal: true }).decode(value.content);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s otherName subject alternative name is not an OID and a UTF-8 UTF8String, as Fulcio writes it');
    }
}


/***/ }),

/***/ 3913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ contentOf),
/* harmony export */   EQ: () => (/* binding */ organizationsOf),
/* harmony export */   HW: () => (/* binding */ readExtensions),
/* harmony export */   TV: () => (/* binding */ certificateFields),
/* harmony export */   ch: () => (/* binding */ oidText),
/* harmony export */   eG: () => (/* binding */ derNode),
/* harmony export */   iL: () => (/* binding */ expectWholeElements),
/* harmony export */   nD: () => (/* binding */ sequenceOf),
/* harmony export */   po: () => (/* binding */ tbsWithoutExtension),
/* harmony export */   v0: () => (/* binding */ derChildren)
/* harmony export */ });
/**
 * The element at `offset`, strictly DER as @sigstore/core reads it: one-byte tags other than the
 * universal tag 0, and lengths in their shortest form (a long form only from 128, without
 * leading zero bytes), so one encoding has one reading.
 */
function readElement(bytes, offset, limit) {
    if (offset + 2 > limit)
        throw new Error('truncated DER element');
    const tag = bytes[offset];
    if ((tag & 0x1f) === 0x1f || (tag & 0xdf) === 0)
        throw new Error(`unsupported DER tag 0x${tag.toString(16)}`);
    let length = bytes[offset + 1];
    let contentStart = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4 || contentStart + count > limit)
            throw new Error('unsupported DER length');
        if (bytes[contentStart] === 0)
            throw new Error('non-minimal DER length');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + bytes[contentStart + i];
        if (length < 0x80)
            throw new Error('non-minimal DER length');
        contentStart += count;
    }
    const end = contentStart + length;
    if (end > limit)
        throw new Error('DER element overruns its parent');
    return { tag, start: offset, contentStart, end };
}
function childrenOf(bytes, parent) {
    const children = [];
    for (let offset = parent.contentStart; offset < parent.end;) {
        const child = readElement(bytes, offset, parent.end);
        children.push(child);
        offset = child.end;
    }
    return children;
}
function header(tag, length) {
    if (length < 0x80)
        return Buffer.from([tag, length]);
    const octets = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        octets.unshift(rest % 256);
    return Buffer.from([tag, 0x80 | octets.length, ...octets]);
}
function wrap(tag, content) {
    return Buffer.concat([header(tag, content.length), content]);
}
const SEQUENCE = 0x30;
/** A certificate's bytes as a Buffer, its TBSCertificate and the TBSCertificate's fields. */
function tbsOf(certificate) {
    const bytes = Buffer.from(certificate.buffer, certificate.byteOffset, certificate.byteLength);
    const tbs = childrenOf(bytes, readElement(bytes, 0, bytes.length))[0];
    if (tbs === undefined || tbs.tag !== SEQUENCE)
        throw new Error('not a certificate');
    return { bytes, tbs, fields: childrenOf(bytes, tbs) };
}
const EXTENSIONS_TAG = 0xa3;
/**
 * The DER of a certificate's TBSCertificate with one extension removed (RFC 6962's precertificate
 * TBS, without the SCT list), cut out of the original bytes: re-encoding a parsed tree costs more
 * than the rest of a verification. `oidDer` is the extension's OID content bytes.
 */
function tbsWithoutExtension(certificate, oidDer) {
    const { bytes, tbs, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return bytes.subarray(tbs.start, tbs.end);
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    const kept = childrenOf(bytes, list).filter((extension) => {
        const oid = childrenOf(bytes, extension)[0];
        return oid === undefined || !bytes.subarray(oid.contentStart, oid.end).equals(oidDer);
    });
    const extensions = wrap(EXTENSIONS_TAG, wrap(SEQUENCE, Buffer.concat(kept.map((extension) => bytes.subarray(extension.start, extension.end)))));
    return wrap(SEQUENCE, Buffer.concat([bytes.subarray(tbs.contentStart, explicit.start), extensions, bytes.subarray(explicit.end, tbs.end)]));
}
const INTEGER = 0x02;
const EXPLICIT_VERSION = 0xa0;
/**
 * A certificate's serial number, issuer and public key info, read from its TBSCertificate without
 * building an ASN.1 tree (a v1 certificate has no version field before them).
 */
function certificateFields(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const [serial, , issuer, , , key] = fields[0]?.tag === EXPLICIT_VERSION ? fields.slice(1) : fields;
    if (serial?.tag !== INTEGER || issuer?.tag !== SEQUENCE || key?.tag !== SEQUENCE)
        throw new Error('malformed TBSCertificate');
    return { serialNumber: bytes.subarray(serial.contentStart, serial.end), issuer: bytes.subarray(issuer.contentStart, issuer.end), subjectPublicKeyInfo: bytes.subarray(key.start, key.end) };
}
/** Dotted OID text; an empty OID, a component padded with a leading 0x80 or one cut short is refused, so one encoding has one reading. */
function decodeOid(bytes) {
    if (bytes.length === 0 || (bytes.at(-1) & 0x80) !== 0)
        throw new Error('malformed OBJECT IDENTIFIER');
    const parts = [];
    let value = 0;
    // An indexed loop: entries() makes an [index, byte] pair per byte, most of what reading a certificate's extensions allocated.
    for (let index = 0; index < bytes.length; index++) {
        const byte = bytes[index];
        if (byte === 0x80 && (index === 0 || (bytes[index - 1] & 0x80) === 0))
            throw new Error('malformed OBJECT IDENTIFIER');
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
            if (parts.length === 0)
                parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
            else
                parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const OBJECT_IDENTIFIER = 0x06;
/**
 * A certificate's extensions read straight from its DER, without building an ASN.1 tree: a
 * Fulcio certificate carries a dozen, and the tree costs more than the rest of a verification.
 */
function readExtensions(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return [];
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    return childrenOf(bytes, list).map((extension) => {
        const [oid, second, third] = childrenOf(bytes, extension);
        const value = third ?? second;
        if (oid?.tag !== OBJECT_IDENTIFIER || value?.tag !== OCTET_STRING || (third !== undefined && second?.tag !== BOOLEAN))
            throw new Error('malformed extension');
        return {
            oid: decodeOid(bytes.subarray(oid.contentStart, oid.end)),
            critical: third !== undefined && bytes[second?.contentStart ?? 0] !== 0,
            value: bytes.subarray(value.contentStart, value.end),
            element: bytes.subarray(extension.start, extension.end),
        };
    });
}
/** The content of a DER element that is exactly `bytes`, when its tag is `tag`. */
function contentOf(bytes, tag) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        return element.tag === tag && element.end === bytes.length ? bytes.subarray(element.contentStart, element.end) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The elements of a DER SEQUENCE that is exactly `bytes`, as tag and content. */
function sequenceOf(bytes) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        if (element.tag !== SEQUENCE || element.end !== bytes.length)
            return undefined;
        return childrenOf(bytes, element).map((child) => ({ tag: child.tag, content: bytes.subarray(child.contentStart, child.end) }));
    }
    catch {
        return undefined;
    }
}
/** Dotted OID text from an OBJECT IDENTIFIER's content bytes. */
function oidText(content) {
    return decodeOid(content);
}
const OID = 0x06;
const ORGANIZATION_OID = '2.5.4.10';
/** The organization (O) values of a DER X.501 Name given by its content (its RDN sets, as ParsedCertificate.issuer has it), in order. */
function organizationsOf(nameContent) {
    try {
        const organizations = [];
        const whole = { tag: SEQUENCE, start: 0, contentStart: 0, end: nameContent.length };
        for (const relativeName of childrenOf(nameContent, whole)) {
            for (const attribute of childrenOf(nameContent, relativeName)) {
                const [type, value] = childrenOf(nameContent, attribute);
                if (type?.tag === OID && value !== undefined && decodeOid(nameContent.subarray(type.contentStart, type.end)) === ORGANIZATION_OID) {
                    organizations.push(nameContent.subarray(value.contentStart, value.end).toString('utf8'));
                }
            }
        }
        return organizations;
    }
    catch {
        return [];
    }
}
/** The single DER element that `bytes` is (nothing may follow it). */
function derNode(bytes) {
    const element = readElement(bytes, 0, bytes.length);
    if (element.end !== bytes.length)
        throw new Error('bytes after a DER element');
    return { tag: element.tag, whole: bytes.subarray(element.start, element.end), content: bytes.subarray(element.contentStart, element.end) };
}
/**
 * Throws unless every constructed element within `node` holds a whole number of DER elements, each
 * at most `maxDepth` levels down (`tooDeep` the message otherwise): read by offsets alone, without
 * making a Buffer per element, since a timestamp carries its authority's certificates (hundreds of
 * elements).
 */
function expectWholeElements(node, maxDepth, tooDeep) {
    const bytes = node.whole;
    const check = (element, depth) => {
        if (depth > maxDepth)
            throw new Error(tooDeep);
        if ((element.tag & 0x20) === 0)
            return;
        for (let offset = element.contentStart; offset < element.end;) {
            const child = readElement(bytes, offset, element.end);
            check(child, depth + 1);
            offset = child.end;
        }
    };
    check(readElement(bytes, 0, bytes.length), 0);
}
/** Each node's children, read once: a reader that checks a whole tree and then walks it (an RFC 3161 timestamp) reads each element once. */
const childrenRead = new WeakMap();
/** The elements a constructed DER element holds, in order (the same array for the same node). */
function derChildren(node) {
    let children = childrenRead.get(node);
    if (children === undefined) {
        const whole = { tag: node.tag, start: 0, contentStart: 0, end: node.content.length };
        children = childrenOf(node.content, whole).map((child) => ({
            tag: child.tag,
            whole: node.content.subarray(child.start, child.end),
            content: node.content.subarray(child.contentStart, child.end),
        }));
        childrenRead.set(node, children);
    }
    return children;
}


/***/ }),

/***/ 396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ decodeBundle),
/* harmony export */   kS: () => (/* binding */ decodeTrustedRoot)
/* harmony export */ });
/* unused harmony export BUNDLE_MEDIA_TYPES */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(211);
// Sigstore bundles and trusted roots read from their protobuf JSON by this verifier alone, without
// @sigstore/protobuf-specs' generated readers and @sigstore/bundle's checks: loading and running
// those (a 150 KiB chunk of a hundred modules, bundled) was about 3 ms of every `verify-blob`. The
// reading is at least as strict as theirs: every known field has its JSON type (shape.ts; a null
// field of a bundle is absent, as protobuf JSON reads it), an enum is one of the names protobuf-specs knows,
// and a bundle holds what @sigstore/bundle requires of its version.



/** The bundle media types this verifier reads (protobuf-specs' v0.1, v0.2 and v0.3, the last in both spellings). */
const BUNDLE_MEDIA_TYPES = {
    v01: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    v02: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
    v03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    v03Legacy: 'application/vnd.dev.sigstore.bundle+json;version=0.3',
};
const MEDIA_TYPES = new Set(Object.values(BUNDLE_MEDIA_TYPES));
/** protobuf-specs' HashAlgorithm names; another name is refused, as its reader refuses it. */
const HASH_ALGORITHMS = new Set(['HASH_ALGORITHM_UNSPECIFIED', 'SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384']);
/** protobuf-specs' PublicKeyDetails names. */
const PUBLIC_KEY_DETAILS = new Set([
    'PUBLIC_KEY_DETAILS_UNSPECIFIED', 'PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS', 'PKIX_RSA_PKCS1V5', 'PKIX_RSA_PSS', 'PKIX_RSA_PKCS1V15_2048_SHA256', 'PKIX_RSA_PKCS1V15_3072_SHA256',
    'PKIX_RSA_PKCS1V15_4096_SHA256', 'PKIX_RSA_PSS_2048_SHA256', 'PKIX_RSA_PSS_3072_SHA256', 'PKIX_RSA_PSS_4096_SHA256', 'PKIX_ECDSA_P256_HMAC_SHA_256', 'PKIX_ECDSA_P256_SHA_256',
    'PKIX_ECDSA_P384_SHA_384', 'PKIX_ECDSA_P521_SHA_512', 'PKIX_ED25519', 'PKIX_ED25519_PH', 'PKIX_ECDSA_P384_SHA_256', 'PKIX_ECDSA_P521_SHA_256', 'LMS_SHA256', 'LMOTS_SHA256',
    'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87',
]);
/** The most missing fields one refusal names: 64 empty log entries made a message of 190. */
const LISTED_PROBLEMS = 8;
function bytes(value) {
    return typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
}
function text(value, absent = '') {
    return typeof value === 'string' ? value : absent;
}
function object(value) {
    return typeof value === 'object' && value !== null ? value : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/**
 * Refuses an object setting more than one member of a protobuf oneof: protobuf-specs' reader keeps the first it meets, another
 * verifier may keep another. A member set to null is not set (Go's protojson skips it before its own oneof check).
 */
function expectOneOf(value, where, members) {
    const present = members.filter((member) => value[member] !== undefined && value[member] !== null);
    if (present.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `the ${where} holds ${present.join(' and ')}; expected only one of ${members.join(', ')}`);
}
function logEntry(entry) {
    const logId = object(entry.logId);
    const kindVersion = object(entry.kindVersion);
    const promise = object(entry.inclusionPromise);
    const proof = object(entry.inclusionProof);
    const checkpoint = object(proof?.checkpoint);
    return {
        logIndex: text(entry.logIndex, '0'),
        ...(logId === undefined ? {} : { logId: { keyId: bytes(logId.keyId) } }),
        ...(kindVersion === undefined ? {} : { kindVersion: { kind: text(kindVersion.kind), version: text(kindVersion.version) } }),
        integratedTime: text(entry.integratedTime, '0'),
        ...(promise === undefined ? {} : { inclusionPromise: { signedEntryTimestamp: bytes(promise.signedEntryTimestamp) } }),
        ...(proof === undefined
            ? {}
            : {
                inclusionProof: {
                    logIndex: text(proof.logIndex, '0'),
                    rootHash: bytes(proof.rootHash),
                    treeSize: text(proof.treeSize, '0'),
                    hashes: list(proof.hashes).map(bytes),
                    ...(checkpoint === undefined ? {} : { checkpoint: { envelope: text(checkpoint.envelope) } }),
                },
            }),
        canonicalizedBody: bytes(entry.canonicalizedBody),
    };
}
/**
 * Reads a bundle's parsed JSON: its media type one of {@link BUNDLE_MEDIA_TYPES}, every known
 * field of its JSON type, one member of each oneof, and then what @sigstore/bundle requires: a
 * signature and digest (or one DSSE signature and a payload), verification material with a
 * certificate (none empty) or key, a log id and kind for every log entry, an inclusion promise in
 * each (v0.1) or an inclusion proof with a checkpoint (v0.2 and later), and one certificate rather
 * than a chain (v0.3). Throws VERIFY_BUNDLE_INVALID naming what is wrong.
 */
function decodeBundle(json) {
    const mediaType = object(json)?.mediaType;
    // cosign 2's own format (`sign-blob --bundle` without --new-bundle-format): said as such, with how to make the one verifiers share.
    if (mediaType === undefined && typeof object(json)?.base64Signature === 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', "not a Sigstore bundle: it is cosign 2's own bundle format (base64Signature, cert, rekorBundle), which `cosign sign-blob --bundle` writes without --new-bundle-format", {
            hint: 'sign again with `cosign sign-blob --new-bundle-format --bundle FILE.sigstore.json` (cosign 2.4 or later; cosign 3 writes it by default), or verify this one with cosign 2',
        });
    }
    if (typeof mediaType !== 'string' || !MEDIA_TYPES.has(mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `not a Sigstore bundle: expected mediaType ${[...MEDIA_TYPES].join(' or ')}, found ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(mediaType ?? null)}`);
    }
    const malformed = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_BUNDLE_INVALID', `malformed ${mediaType} bundle: ${problem}`);
    const violation = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .findShapeViolation */ .I4)(json, _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SHAPE */ .$Y, '', true);
    if (violation !== undefined)
        throw malformed(`${violation.path} ${violation.problem}`);
    const bundle = json;
    expectOneOf(bundle, 'bundle', ['messageSignature', 'dsseEnvelope']);
    const material = object(bundle.verificationMaterial);
    if (material !== undefined)
        expectOneOf(material, 'verificationMaterial', ['publicKey', 'x509CertificateChain', 'certificate']);
    const invalid = [];
    const messageSignature = object(bundle.messageSignature);
    const envelope = object(bundle.dsseEnvelope);
    let content;
    if (messageSignature !== undefined) {
        const digest = object(messageSignature.messageDigest);
        const algorithm = text(digest?.algorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        if (!HASH_ALGORITHMS.has(algorithm))
            throw malformed(`messageSignature.messageDigest.algorithm ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(algorithm, 40)} is not a hash algorithm (${[...HASH_ALGORITHMS].join(', ')})`);
        content = { $case: 'messageSignature', messageSignature: { messageDigest: { algorithm, digest: bytes(digest?.digest) }, signature: bytes(messageSignature.signature) } };
        if (digest === undefined)
            invalid.push('messageSignature.messageDigest');
        else if (content.messageSignature.messageDigest.digest.length === 0)
            invalid.push('messageSignature.messageDigest.digest');
        if (content.messageSignature.signature.length === 0)
            invalid.push('messageSignature.signature');
    }
    else if (envelope !== undefined) {
        const signatures = list(envelope.signatures).map((signature) => ({ sig: bytes(signature.sig), keyid: text(signature.keyid) }));
        content = { $case: 'dsseEnvelope', dsseEnvelope: { payload: bytes(envelope.payload), payloadType: text(envelope.payloadType), signatures } };
        if (content.dsseEnvelope.payload.length === 0)
            invalid.push('dsseEnvelope.payload');
        // More than one is no missing field: said as what it is, as cosign says it (one signature is verified, and which would be a choice).
        if (signatures.length > 1)
            throw malformed(`dsseEnvelope.signatures holds ${signatures.length} signatures; a Sigstore bundle's envelope holds exactly one`);
        if (signatures.length !== 1)
            invalid.push('dsseEnvelope.signatures');
        else if (signatures[0]?.sig.length === 0)
            invalid.push('dsseEnvelope.signatures[0].sig');
    }
    else {
        invalid.push('messageSignature or dsseEnvelope');
    }
    let verification;
    const entries = list(material?.tlogEntries).map(logEntry);
    if (material === undefined) {
        invalid.push('verificationMaterial');
    }
    else {
        const publicKey = object(material.publicKey);
        const chain = object(material.x509CertificateChain);
        const certificate = object(material.certificate);
        if (publicKey !== undefined) {
            verification = { $case: 'publicKey', publicKey: { hint: text(publicKey.hint) } };
        }
        else if (chain !== undefined) {
            const certificates = list(chain.certificates).map((entry) => ({ rawBytes: bytes(entry.rawBytes) }));
            verification = { $case: 'x509CertificateChain', x509CertificateChain: { certificates } };
            if (certificates.length === 0)
                invalid.push('verificationMaterial.x509CertificateChain.certificates');
            certificates.forEach((entry, index) => entry.rawBytes.length === 0 && invalid.push(`verificationMaterial.x509CertificateChain.certificates[${index}].rawBytes`));
            if (mediaType !== BUNDLE_MEDIA_TYPES.v01 && mediaType !== BUNDLE_MEDIA_TYPES.v02)
                invalid.push('verificationMaterial.x509CertificateChain (a v0.3 bundle carries one certificate)');
        }
        else if (certificate !== undefined) {
            verification = { $case: 'certificate', certificate: { rawBytes: bytes(certificate.rawBytes) } };
            if (verification.certificate.rawBytes.length === 0)
                invalid.push('verificationMaterial.certificate.rawBytes');
        }
        else {
            invalid.push('verificationMaterial.publicKey, x509CertificateChain or certificate');
        }
        entries.forEach((entry, index) => {
            if (entry.logId === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].logId`);
            if (entry.kindVersion === undefined)
                invalid.push(`verificationMaterial.tlogEntries[${index}].kindVersion`);
            if (mediaType === BUNDLE_MEDIA_TYPES.v01) {
                // A v0.1 bundle's inclusion proof may have no checkpoint (Rekor's answers before checkpoints, 2023): nothing signs its
                // root hash, so the entry stands on its signed promise, and the proof, kept, must still hash to the root it gives (tlog.ts).
                if (entry.inclusionPromise === undefined)
                    invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionPromise`);
            }
            else if (entry.inclusionProof === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof`);
            }
            else if (entry.inclusionProof.checkpoint === undefined) {
                invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof.checkpoint`);
            }
        });
    }
    if (invalid.length > 0 || content === undefined || verification === undefined) {
        const unlisted = invalid.length - LISTED_PROBLEMS;
        throw malformed(`missing or empty: ${invalid.slice(0, LISTED_PROBLEMS).join(', ')}${unlisted > 0 ? ` and ${unlisted} more` : ''}`);
    }
    const timestamps = object(material?.timestampVerificationData);
    return {
        mediaType,
        verificationMaterial: {
            content: verification,
            tlogEntries: entries,
            ...(timestamps === undefined ? {} : { timestampVerificationData: { rfc3161Timestamps: list(timestamps.rfc3161Timestamps).map((entry) => ({ signedTimestamp: bytes(entry.signedTimestamp) })) } }),
        },
        content,
    };
}
/** The trusted-root media types of protobuf-specs (v0.1, as `gh attestation trusted-root` prints, and v0.2). */
const TRUSTED_ROOT_MEDIA_TYPES = new Set(['application/vnd.dev.sigstore.trustedroot+json;version=0.1', 'application/vnd.dev.sigstore.trustedroot.v0.2+json']);
/**
 * Reads a trusted root's parsed JSON: its media type, every known field of its JSON type (every
 * authority and log key saying from when it is trusted), and the enums (a log's hash algorithm,
 * a key's details) one of the names protobuf-specs knows. Throws SIGSTORE_TRUSTED_ROOT_INVALID
 * naming `label` and the field.
 */
function decodeTrustedRoot(value, label) {
    const mediaType = object(value)?.mediaType;
    if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.has(mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: not a Sigstore trusted root: expected mediaType ${[...TRUSTED_ROOT_MEDIA_TYPES].join(' or ')}, found ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(mediaType ?? null, 100)}`);
    }
    const violation = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .findShapeViolation */ .I4)(value, _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUSTED_ROOT_SHAPE */ .nK, '');
    if (violation !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${violation.path} ${violation.problem}`);
    const root = value;
    const authorities = (field) => list(root[field]).map((authority) => ({
        uri: text(authority.uri),
        certificates: list(object(authority.certChain)?.certificates).map((certificate) => bytes(certificate.rawBytes)),
        validFor: authority.validFor,
    }));
    const logs = (field) => list(root[field]).map((log, index) => {
        const publicKey = log.publicKey;
        const hashAlgorithm = text(log.hashAlgorithm, 'HASH_ALGORITHM_UNSPECIFIED');
        const keyDetails = text(publicKey.keyDetails, 'PUBLIC_KEY_DETAILS_UNSPECIFIED');
        if (!HASH_ALGORITHMS.has(hashAlgorithm))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].hashAlgorithm ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(hashAlgorithm, 40)} is not a hash algorithm`);
        if (!PUBLIC_KEY_DETAILS.has(keyDetails))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].publicKey.keyDetails ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(keyDetails, 40)} is not a key type`);
        const logId = object(log.logId);
        const checkpointKeyId = object(log.checkpointKeyId);
        return {
            baseUrl: text(log.baseUrl),
            publicKey: { rawBytes: publicKey.rawBytes === undefined ? undefined : bytes(publicKey.rawBytes), keyDetails, validFor: publicKey.validFor },
            logId: logId === undefined ? undefined : bytes(logId.keyId),
            checkpointKeyId: checkpointKeyId === undefined ? undefined : bytes(checkpointKeyId.keyId),
        };
    });
    return { certificateAuthorities: authorities('certificateAuthorities'), timestampAuthorities: authorities('timestampAuthorities'), tlogs: logs('tlogs'), ctlogs: logs('ctlogs') };
}


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Why a bundle did not verify: the code says which check failed, the message what was expected and what was found. */
class VerifyError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, { hint: options.hint ?? DEFAULT_HINTS[code], ...(options.cause === undefined ? {} : { cause: options.cause }), ...(options.place === undefined ? {} : { place: options.place }) });
        this.name = 'VerifyError';
    }
}
const TAMPERED = 'do not trust this artifact: the bundle or the artifact was altered, or they do not belong together';
const DEFAULT_HINTS = {
    VERIFY_BUNDLE_INVALID: 'give the Sigstore bundle (.sigstore.json) that was published with the artifact',
    VERIFY_BUNDLE_UNSUPPORTED: 'trust-kit verifies Sigstore bundles v0.1 to v0.3 holding a message signature or a DSSE in-toto statement',
    VERIFY_ARTIFACT_MISMATCH: TAMPERED,
    VERIFY_SUBJECT_MISMATCH: 'this attestation is about other artifacts: check that you downloaded the artifact the bundle was made for',
    VERIFY_PREDICATE_TYPE_MISMATCH: 'the attestation says something else about the artifact: pass the --predicate-type (input "predicate-type") it was made with (SLSA provenance is https://slsa.dev/provenance/v1), or the bundle holding that kind of attestation',
    VERIFY_PROVENANCE_MISMATCH: 'the provenance claims another source, commit, workflow, trigger or runner than its signing certificate, which GitHub\'s token vouched for: do not trust what it says about the build',
    VERIFY_SIGNATURE_INVALID: TAMPERED,
    VERIFY_KEY_MISMATCH: 'verify key-signed bundles with --key PUB.pem (input "key") and keyless bundles with --certificate-identity and --certificate-oidc-issuer (the inputs of the same names)',
    VERIFY_CERTIFICATE_INVALID: TAMPERED,
    VERIFY_CERTIFICATE_UNTRUSTED: 'the signing certificate was not issued by a CA of the trusted root: pass the right --trusted-root (input "trusted-root"; e.g. `gh attestation trusted-root` for GitHub\'s instance)',
    VERIFY_CERTIFICATE_EXPIRED: 'the signature was not made while its certificate was valid: do not trust this artifact',
    VERIFY_SCT_MISSING: 'the certificate carries no proof of certificate-transparency logging the trusted root requires',
    VERIFY_SCT_INVALID: TAMPERED,
    VERIFY_TLOG_MISSING: 'this instance requires a transparency-log entry in the bundle: sign again with a transparency log, or verify with the trusted root of the instance that signed it',
    VERIFY_TLOG_UNTRUSTED: 'the bundle was logged by a transparency log the trusted root does not list (with a certificate, the log must be of the instance whose CA issued it): pass the right --trusted-root (input "trusted-root")',
    VERIFY_TLOG_INCLUSION_INVALID: TAMPERED,
    VERIFY_TLOG_BODY_MISMATCH: TAMPERED,
    VERIFY_TIMESTAMP_MISSING: 'this instance requires a signed timestamp in the bundle: sign again with a timestamp authority',
    VERIFY_TIMESTAMP_INVALID: 'the timestamp was not signed by a timestamp authority of the trusted root, or does not cover this signature',
    VERIFY_POLICY_IDENTITY_MISMATCH: 'the artifact was signed by someone else: check --certificate-identity (input "certificate-identity"; exact match) or --repo/--signer-workflow (inputs "repo", "signer-workflow")',
    VERIFY_POLICY_ISSUER_MISMATCH: 'the signer\'s identity was vouched for by another OIDC issuer: check --certificate-oidc-issuer (input "certificate-oidc-issuer")',
    VERIFY_POLICY_EXTENSION_MISMATCH: 'the certificate was issued for another repository or workflow run: check --repo (input "repo")',
    VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: 'another workflow signed the attestation: check --signer-workflow (input "signer-workflow": the reusable workflow that signs, [host/]owner/repo/path[@ref])',
    VERIFY_POLICY_REPOSITORY_MISMATCH: 'the attestation was made in another repository: check --repo/--owner (inputs "repo", "owner"); when a reusable workflow of another repository signs, pass it as --signer-workflow (input "signer-workflow")',
    VERIFY_POLICY_SOURCE_MISMATCH: 'the attestation was made from another ref or commit: check --source-ref (e.g. refs/tags/v1.2.3) and --source-digest (the commit SHA), the inputs of the same names',
    VERIFY_POLICY_SELF_HOSTED_RUNNER: 'the attestation was made on a self-hosted runner, which --deny-self-hosted-runners (input "deny-self-hosted-runners: true") refuses: its build environment is not GitHub\'s to vouch for',
    SIGSTORE_TRUSTED_ROOT_INVALID: 'give a trusted_root.json (or the JSONL `gh attestation trusted-root` prints)',
    SIGSTORE_TRUSTED_ROOT_UNAVAILABLE: 'pass --trusted-root FILE (input "trusted-root") to verify offline',
    SIGSTORE_KEY_INVALID: 'give the PEM public key (-----BEGIN PUBLIC KEY-----) made by `trust-kit generate-key-pair` or cosign',
    SIGSTORE_INPUT_UNREADABLE: 'check the path',
};


/***/ }),

/***/ 2324:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ verifySct),
/* harmony export */   y: () => (/* binding */ parseSctList)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** Reads TLS-encoded fields one after another, refusing any read past the end. */
class TlsReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get done() {
        return this.offset === this.bytes.length;
    }
    block(length) {
        if (this.offset + length > this.bytes.length)
            throw new Error('truncated signed certificate timestamp list');
        const block = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return block;
    }
    uint8() {
        return this.block(1)[0];
    }
    uint16() {
        return this.block(2).readUInt16BE(0);
    }
}
/**
 * The SCTs of a SignedCertificateTimestampList (RFC 6962 3.3: a two-byte length, then each SCT
 * behind its own two-byte length), read without building an ASN.1 tree; any length that does not
 * add up, or a byte left over, is an error.
 */
function parseSctList(list) {
    const outer = new TlsReader(list);
    const entries = new TlsReader(outer.block(outer.uint16()));
    if (!outer.done)
        throw new Error('bytes after the signed certificate timestamp list');
    const scts = [];
    while (!entries.done) {
        const sct = new TlsReader(entries.block(entries.uint16()));
        const version = sct.uint8();
        const logId = sct.block(32);
        const timestamp = sct.block(8);
        const extensions = sct.block(sct.uint16());
        const hashAlgorithm = sct.uint8();
        sct.uint8(); // the signature algorithm: the log's key decides how the signature is checked
        const signature = sct.block(sct.uint16());
        if (!sct.done)
            throw new Error('bytes after a signed certificate timestamp');
        scts.push({ version, logId, timestamp, time: new Date(Number(timestamp.readBigUInt64BE(0))), extensions, hashAlgorithm, signature });
    }
    return scts;
}
const HASHES = { 4: 'sha256', 5: 'sha384', 6: 'sha512' };
/**
 * Whether a log's key signed the SCT over a precertificate entry (RFC 6962 3.2: version,
 * certificate_timestamp, the time, precert_entry, `preCert` = issuer key hash, 24-bit length and
 * TBS without the SCT list, then the extensions); an SCT with an unknown hash never verifies.
 */
function verifySct(sct, preCert, key) {
    const hash = HASHES[sct.hashAlgorithm];
    if (hash === undefined)
        return false;
    const extensionsLength = Buffer.alloc(2);
    extensionsLength.writeUInt16BE(sct.extensions.length);
    const signed = Buffer.concat([Buffer.from([sct.version, 0]), sct.timestamp, Buffer.from([0, 1]), preCert, extensionsLength, sct.extensions]);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, signed, key, sct.signature);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ BUNDLE_SHAPE),
/* harmony export */   I4: () => (/* binding */ findShapeViolation),
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   nK: () => (/* binding */ TRUSTED_ROOT_SHAPE)
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const INT64 = /^(?:0|[1-9]\d{0,18})$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
/** A protobuf int64 at or below 2^63 - 1, as Go's protojson (cosign, sigstore-go) reads one: equal-length digit strings compare as numbers. */
function isInt64(text) {
    return INT64.test(text) && (text.length < 19 || text <= '9223372036854775807');
}
/**
 * The time an RFC 3339 timestamp (as protobuf JSON writes `google.protobuf.Timestamp`) names, or
 * undefined when it is not one: `Date` parsing alone accepts other forms and rolls 30 February
 * over into March. A fraction finer than a millisecond is rounded `down` or `up`: a window's start
 * is read rounded up and its end rounded down, so that the window is never wider than it says.
 */
function parseRfc3339(text, subMillisecond = 'down') {
    const match = RFC3339.exec(text);
    if (match === null)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const offsetHours = Number(match[9] ?? 0);
    const offsetMinutes = Number(match[10] ?? 0);
    const calendar = new Date(0);
    calendar.setUTCFullYear(year, month - 1, day);
    const fraction = (match[7] ?? '').slice(1);
    calendar.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')));
    const exact = year >= 1 && calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60;
    if (!exact)
        return undefined;
    const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60000;
    const up = subMillisecond === 'up' && /[1-9]/.test(fraction.slice(3)) ? 1 : 0;
    return new Date(calendar.getTime() - offsetMs + up);
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/**
 * The first place where `value` breaks `shape`, if any. Fields the shape does not name are left
 * alone (newer documents may carry them), but for a named field spelled as its protobuf name
 * (`tlog_entries`); a named field that is present must have its shape.
 * With `nullIsAbsent` (bundles), a field set to `null` is absent, as protobuf's JSON mapping reads
 * it (Go's protojson, sigstore-js): sigstore-js 1.x and 2.x wrote `"timestampVerificationData": null`
 * and `"inclusionProof": null` into their v0.1 bundles. Without it (trusted roots, which no writer
 * is known to give a null and whose reader hands some raw values on), null is refused. An array
 * item is never null. Depth and work are bounded by the shape.
 */
function findShapeViolation(value, shape, path, nullIsAbsent = false) {
    if (typeof shape === 'string') {
        if (typeof value !== 'string')
            return { path, problem: `is ${typeOf(value)}, expected ${SCALAR_NAMES[shape]}` };
        if (shape === 'base64' && !BASE64.test(value))
            return { path, problem: 'is not base64' };
        if (shape === 'int64' && !isInt64(value))
            return { path, problem: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value, 40)}, expected a non-negative decimal integer below 2^63` };
        if (shape === 'rfc3339' && parseRfc3339(value) === undefined)
            return { path, problem: `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value, 40)}, expected an RFC 3339 time such as 2025-01-31T12:00:00Z` };
        return undefined;
    }
    if ('items' in shape) {
        if (!Array.isArray(value))
            return { path, problem: `is ${typeOf(value)}, expected an array` };
        if (shape.most !== undefined && value.length > shape.most)
            return { path, problem: `has ${value.length} items, more than the ${shape.most} read` };
        for (const [index, item] of value.entries()) {
            const found = findShapeViolation(item, shape.items, `${path}[${index}]`, nullIsAbsent);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { path, problem: `is ${typeOf(value)}, expected an object` };
    // A known field under its protobuf name (`tlog_entries`), which Go's protojson also reads: read as missing, it was reported as what a bundle lacks (no log entry).
    for (const name of Object.keys(value)) {
        if (!name.includes('_'))
            continue;
        const jsonName = name.replace(/_([a-z0-9])/g, (_, letter) => letter.toUpperCase());
        if (jsonName !== name && Object.hasOwn(shape.fields, jsonName))
            return { path: path === '' ? name : `${path}.${name}`, problem: `is the protobuf field name of ${jsonName}, which trust-kit reads only by its JSON name (as protobuf's JSON writers write it): rename it ${jsonName}` };
    }
    for (const [name, field] of Object.entries(shape.fields)) {
        const child = value[name];
        const fieldPath = path === '' ? name : `${path}.${name}`;
        const required = typeof field === 'object' && 'required' in field;
        if (child === undefined || (child === null && nullIsAbsent)) {
            if (required)
                return { path: fieldPath, problem: child === null ? 'is null' : 'is missing' };
            continue;
        }
        const found = findShapeViolation(child, required ? field.shape : field, fieldPath, nullIsAbsent);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
const SCALAR_NAMES = {
    string: 'a string',
    base64: 'a base64 string',
    int64: 'an integer as a decimal string',
    rfc3339: 'an RFC 3339 time string',
};
const certificate = { fields: { rawBytes: 'base64' } };
/**
 * The most items read from each array of a bundle. Real bundles hold one or two log entries,
 * timestamps and DSSE signatures and a chain of a few certificates, and an inclusion proof of a
 * tree below 2^63 entries has at most 63 hashes; without a bound, a 32 MiB bundle of empty items
 * cost seconds and gigabytes to decode (a Buffer or an object for each three bytes of input).
 */
const BUNDLE_ARRAY_ITEMS = 64;
const logId = { fields: { keyId: 'base64' } };
const validFor = { fields: { start: { shape: 'rfc3339', required: true }, end: 'rfc3339' } };
/** The known fields of a Sigstore bundle v0.1 to v0.3 (protobuf JSON). */
const BUNDLE_SHAPE = {
    fields: {
        mediaType: 'string',
        verificationMaterial: {
            fields: {
                publicKey: { fields: { hint: 'string' } },
                x509CertificateChain: { fields: { certificates: { items: certificate, most: BUNDLE_ARRAY_ITEMS } } },
                certificate,
                tlogEntries: {
                    most: BUNDLE_ARRAY_ITEMS,
                    items: {
                        fields: {
                            logIndex: 'int64',
                            logId,
                            kindVersion: { fields: { kind: 'string', version: 'string' } },
                            integratedTime: 'int64',
                            inclusionPromise: { fields: { signedEntryTimestamp: 'base64' } },
                            inclusionProof: { fields: { logIndex: 'int64', rootHash: 'base64', treeSize: 'int64', hashes: { items: 'base64', most: BUNDLE_ARRAY_ITEMS }, checkpoint: { fields: { envelope: 'string' } } } },
                            canonicalizedBody: 'base64',
                        },
                    },
                },
                timestampVerificationData: { fields: { rfc3161Timestamps: { items: { fields: { signedTimestamp: 'base64' } }, most: BUNDLE_ARRAY_ITEMS } } },
            },
        },
        messageSignature: { fields: { messageDigest: { fields: { algorithm: 'string', digest: 'base64' } }, signature: 'base64' } },
        dsseEnvelope: { fields: { payload: 'base64', payloadType: 'string', signatures: { items: { fields: { sig: 'base64', keyid: 'string' } }, most: BUNDLE_ARRAY_ITEMS } } },
    },
};
const authority = {
    fields: {
        subject: { fields: { organization: 'string', commonName: 'string' } },
        uri: 'string',
        certChain: { fields: { certificates: { items: certificate } } },
        validFor: { shape: validFor, required: true },
        operator: 'string',
    },
};
const log = {
    fields: {
        baseUrl: 'string',
        hashAlgorithm: 'string',
        publicKey: { shape: { fields: { rawBytes: 'base64', keyDetails: 'string', validFor: { shape: validFor, required: true } } }, required: true },
        logId,
        checkpointKeyId: logId,
        operator: 'string',
    },
};
/**
 * The known fields of a trusted root (v0.1 and v0.2): every authority and log key must say from
 * when it is trusted, since a missing or unreadable time would otherwise mean "always".
 */
const TRUSTED_ROOT_SHAPE = {
    fields: {
        mediaType: 'string',
        tlogs: { items: log },
        certificateAuthorities: { items: authority },
        ctlogs: { items: log },
        timestampAuthorities: { items: authority },
    },
};


/***/ }),

/***/ 2558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadGitHubTrustMaterial: () => (/* binding */ loadGitHubTrustMaterial),
  loadTrustMaterialFromTUF: () => (/* binding */ loadTrustMaterialFromTUF)
});

// UNUSED EXPORTS: GITHUB_TUF_MIRROR, PUBLIC_GOOD_TUF_MIRROR, loadPublicGoodTrustMaterial

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/files.js + 1 modules
var files = __webpack_require__(9916);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(9002);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(9531);
;// CONCATENATED MODULE: ./lib/sigstore/trust-roots/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
// EXTERNAL MODULE: ./lib/sigstore/verify/errors.js
var errors = __webpack_require__(5447);
// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(132);
;// CONCATENATED MODULE: ./lib/sigstore/verify/trust-tuf.js
// Trust material fetched through a Sigstore instance's TUF repository (public-good's, GitHub's):
// apart from trust.ts, so that offline verification (`--trusted-root`), which never fetches, loads
// neither this nor the proxy support it goes through.









/** The offline way round a failed fetch: the same flag, said for what the run does. */
function offlineWay(purpose) {
    return purpose === 'sign' ? 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it' : 'pass --trusted-root FILE (input "trusted-root") to verify offline';
}
/** The TUF repository of the public-good instance, whose root ships with @sigstore/tuf. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * An instance's trust material fetched through its TUF repository, every piece of metadata
 * verified from the pinned root on (the public-good instance's by default).
 */
async function loadTrustMaterialFromTUF(options = {}) {
    const label = options.mirrorURL === undefined ? 'public-good (TUF)' : `${options.mirrorURL} (TUF)`;
    try {
        // Loaded only here: the TUF client is most of the verifier's code, and offline verification (--trusted-root) never needs it.
        const { fetchTrustedRootJSON } = await Promise.all(/* import() */[__webpack_require__.e(984), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 7654));
        const json = await fetchTrustedRootJSON({ mirrorURL: options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR, rootPath: options.rootPath, cachePath: options.cachePath, retries: options.retries ?? 2, timeoutMs: 10000, proxy: options.proxy ?? proxy.NO_PROXY_SETTINGS, notice: noticeTo(options.logger) });
        return (0,trust/* loadTrustMaterial */.ak)(json, label);
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G || error instanceof proxy.ProxyConfigError)
            throw error;
        const offline = offlineWay(options.purpose);
        throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `cannot fetch the trusted root of ${label}: ${causeChain(error)}`, { cause: error, hint: proxyHint(error, offline).hint ?? offline });
    }
}
/** The hint of a proxy that would not open a tunnel, when one is why a fetch failed (what to fix is the proxy setting), with the offline way round it. */
function proxyHint(error, offline) {
    for (let current = error, depth = 0; current instanceof Error && depth < 6; current = current.cause, depth += 1) {
        if (current instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return { hint: `${current.hint ?? ''}; or ${offline}` };
    }
    return {};
}
/** An error's message followed by its causes' (TUF errors wrap the failure that says what went wrong). */
function causeChain(error) {
    const messages = [];
    for (let current = error; current !== undefined && messages.length < 4; current = current instanceof Error ? current.cause : undefined) {
        // The TUF client's messages quote what the mirror served (JSON.parse's quotes the body): printable and bounded.
        messages.push((0,quote/* boundedText */.LD)(current instanceof Error ? current.message : String(current), 300));
    }
    return messages.join(': ');
}
/**
 * The cache directories each logger was told cannot be used: a release fetches the trusted root for
 * signing, its verification kit and its gate, and says so once. Kept with the caller's logger, not
 * the process: another call with a logger of its own is told again.
 */
const told = new WeakMap();
/** What tells `logger` of a cache that cannot be used, once for each cache directory. */
function noticeTo(logger) {
    if (logger === undefined)
        return undefined;
    return (message, cacheDir) => {
        let directories = told.get(logger);
        if (directories === undefined)
            told.set(logger, (directories = new Set()));
        if (directories.has(cacheDir))
            return;
        directories.add(cacheDir);
        logger.warn(message);
    };
}
/** The public-good instance's trust material, through its TUF repository. */
function loadPublicGoodTrustMaterial(options = {}) {
    return loadTrustMaterialFromTUF(options);
}
/** The TUF repository of GitHub's Sigstore instance (Fulcio and TSA for private repositories), as `gh attestation` uses it. */
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The way round GitHub's TUF repository: its trusted root as `gh` prints it. */
const GITHUB_OFFLINE = 'write GitHub\'s trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` (a directory of its own, never among downloaded files) and pass it as trusted-root (CLI: --trusted-root trust-kit-roots/trusted_root.jsonl)';
/**
 * GitHub's instance's trust material, fetched through its TUF repository from the root `gh`
 * embeds; a failure names the mirror and the offline way round it.
 */
async function loadGitHubTrustMaterial(options = {}) {
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    // The TUF client seeds its cache from a root.json path, and the bundled action carries the root as data, not as a file.
    // fs.promises, not node:fs/promises, so that offline verification, bundled, never loads it (see core/files.ts).
    const directory = await (0,files/* makeTemporaryDirectory */.LN)('trust-kit-github-root-');
    try {
        const rootPath = (0,external_node_path_.join)(directory.path, 'root.json');
        await external_node_fs_.promises.writeFile(rootPath, JSON.stringify(options.root ?? github_tuf_root_namespaceObject));
        return await loadTrustMaterialFromTUF({ mirrorURL, rootPath, ...(options.cachePath === undefined ? {} : { cachePath: options.cachePath }), ...(options.retries === undefined ? {} : { retries: options.retries }), ...(options.proxy === undefined ? {} : { proxy: options.proxy }), ...(options.logger === undefined ? {} : { logger: options.logger }), ...(options.purpose === undefined ? {} : { purpose: options.purpose }) });
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G && error.code === 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') {
            throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `GitHub's Sigstore instance: ${error.message}`, {
                cause: error,
                hint: `check that ${mirrorURL} is reachable, or ${GITHUB_OFFLINE}`,
                ...proxyHint(error, GITHUB_OFFLINE),
            });
        }
        throw error;
    }
    finally {
        await directory.remove();
    }
}


/***/ }),

/***/ 132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ describeValidity),
/* harmony export */   Wn: () => (/* binding */ rootLabels),
/* harmony export */   ak: () => (/* binding */ loadTrustMaterial)
/* harmony export */ });
/* unused harmony export TrustMaterial */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3085);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9531);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4661);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5447);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(211);







/** The trust roots searched, for messages: `trusted_root.json`, or `roots.jsonl:2`. */
function rootLabels(roots) {
    return roots.length === 0 ? 'the trusted root' : (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedList */ .Y4)(roots.map((root) => root.label));
}
/**
 * A distinguished name as an index key, at least as loose as OpenSSL's name comparison (case and
 * runs of white space ignored), so an index lookup never misses an issuer OpenSSL would accept.
 */
function nameKey(displayName) {
    return displayName.toLowerCase().replace(/\s+/g, ' ').trim();
}
/**
 * The trust verification checks against, built once: parsed CA certificates and ready public keys
 * of every instance, plus a per-trust cache of leaf certificates already checked against them.
 */
class TrustMaterial {
    roots;
    /** Leaf-certificate checks keyed by the certificate's DER (base64); owned by verify.ts. */
    leafCache = new Map();
    authoritiesByName = new Map();
    constructor(roots) {
        this.roots = roots;
        for (const root of roots) {
            for (const authority of root.certificateAuthorities) {
                const key = nameKey(authority.chain[0]?.displayNames.subject ?? '');
                const named = this.authoritiesByName.get(key);
                if (named === undefined)
                    this.authoritiesByName.set(key, [{ root, authority }]);
                else
                    named.push({ root, authority });
            }
        }
    }
    /**
     * The CAs, in trusted-root order, whose issuing certificate bears the name a certificate gives
     * as its issuer (`displayNames.issuer`): a lookup, so a trusted root of hundreds of CAs does not
     * cost a check per CA. Only candidates: the caller still checks that one signed the certificate.
     */
    authoritiesNamed(issuerName) {
        return this.authoritiesByName.get(nameKey(issuerName)) ?? [];
    }
    /** Every instance's label, for messages. */
    get label() {
        return this.roots.map((root) => root.label).join(', ');
    }
}
const END = new Date(8640000000000000);
/** A trusted-root validity window as words: `from <start> to <end>`, or `from <start>, with no end` for an open one. */
function describeValidity(validFrom, validTo) {
    return `from ${validFrom.toISOString()}${validTo.getTime() === END.getTime() ? ', with no end' : ` to ${validTo.toISOString()}`}`;
}
/**
 * Builds trust material from a trusted root: the JSON text of a `trusted_root.json`, the JSONL that
 * `gh attestation trusted-root` prints (one root per line), or an already parsed object.
 */
function loadTrustMaterial(input, source = 'trusted root') {
    const documents = [];
    if (typeof input !== 'string') {
        documents.push({ value: input, label: source });
    }
    else {
        const trimmed = input.trim();
        let whole;
        let wholeError;
        try {
            whole = JSON.parse(trimmed);
        }
        catch (error) {
            whole = undefined;
            wholeError = error;
        }
        if (whole !== undefined) {
            refuseJsonFault(trimmed, source, true);
            documents.push({ value: whole, label: source });
        }
        else {
            let first = true;
            input.split('\n').forEach((line, index) => {
                if (line.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch (error) {
                    // A first line that is no document is no JSONL: the file is one JSON document, and its own error says where it breaks.
                    if (first)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}: not JSON: ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxProblem */ .F1)(trimmed, wholeError)}`);
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${source}:${index + 1}: not JSON: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(error instanceof Error ? error.message : String(error))}`);
                }
                first = false;
                refuseJsonFault(line, `${source}:${index + 1}`, false);
                documents.push({ value, label: `${source}:${index + 1}` });
            });
        }
    }
    if (documents.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${source} holds no trusted root`);
    return new TrustMaterial(documents.map((document) => toTrustRoot(document.value, document.label)));
}
/**
 * Refuses a trusted root whose JSON repeats a key or nests too deep: JSON.parse keeps the last of two
 * equal keys, sigstore-go's reader (protobuf JSON) refuses them, so a root read two ways would make
 * trust-kit and cosign trust different keys. `where` numbers the line already when `whole` is false.
 */
function refuseJsonFault(text, where, whole) {
    const fault = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonFault */ .xC)(text);
    if (fault !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${where} ${(0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .describeJsonFault */ .at)(fault, whole)}`, { hint: _core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_FAULT_HINT */ .y0 });
}
function toTrustRoot(value, label) {
    const root = (0,_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeTrustedRoot */ .kS)(value, label);
    return {
        label,
        certificateAuthorities: root.certificateAuthorities.map((ca, index) => toAuthority(ca, `${label}: certificateAuthorities[${index}]`)),
        timestampAuthorities: root.timestampAuthorities.map((ca, index) => toAuthority(ca, `${label}: timestampAuthorities[${index}]`)),
        tlogs: root.tlogs.map((log, index) => toLog(log, `${label}: tlogs[${index}]`)),
        ctlogs: root.ctlogs.map((log, index) => toLog(log, `${label}: ctlogs[${index}]`)),
        document: value,
    };
}
/**
 * The period a validity range of the trusted root covers, read from its JSON (the shape check
 * has made `start`, and `end` when present, RFC 3339 times); no end means "until replaced".
 */
function validity(range, what) {
    const validFrom = (0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRfc3339 */ .TM)(range.start, 'up');
    const validTo = range.end === undefined ? END : (0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRfc3339 */ .TM)(range.end);
    if (validFrom === undefined || validTo === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor needs an RFC 3339 start (and, optionally, end) time`);
    if (validTo < validFrom)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: validFor ends (${validTo.toISOString()}) before it starts (${validFrom.toISOString()})`);
    return { validFrom, validTo };
}
function toAuthority(ca, what) {
    const { certificates } = ca;
    if (certificates.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no certificate`);
    const chain = certificates.map((certificate, index) => {
        try {
            return _certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .ParsedCertificate */ .D.parse(certificate, `${what}.certChain[${index}]`);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', error instanceof Error ? error.message : String(error), { cause: error });
        }
    });
    return { uri: ca.uri, chain: issuerFirst(chain), ...validity(ca.validFor, what) };
}
/**
 * A CA's chain from the certificate that issues down to its root, as the trusted root format
 * lists it; one written root first (cosign and sigstore-python read it so too) is turned round
 * when, turned, each certificate names the next as its issuer.
 */
function issuerFirst(chain) {
    const linked = (list) => list.every((certificate, index) => index === list.length - 1 || certificate.displayNames.issuer === list[index + 1]?.displayNames.subject);
    if (chain.length < 2 || linked(chain))
        return chain;
    const reversed = [...chain].reverse();
    return linked(reversed) ? reversed : chain;
}
/**
 * C2SP signed-note key id of an Ed25519 log: SHA-256(origin || 0x0A || 0x01 || key), the origin being the
 * hostname of its base URL, without a port (rekor-tiles signs with its --hostname; sigstore-go derives it so).
 */
function noteKeyId(baseUrl, publicKey, logId) {
    if (publicKey.asymmetricKeyType !== 'ed25519')
        return logId;
    let origin;
    try {
        origin = new URL(baseUrl).hostname;
    }
    catch {
        return logId;
    }
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${origin}\n`).update(Buffer.from([0x01])).update(raw).digest();
}
const PKCS1_DETAILS = new Set(['PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS']);
/** The key a log's `keyDetails` names, by the Node key type (and curve) it must be. */
const KEY_DETAILS_KEYS = [
    [/RSA/, 'rsa', undefined],
    [/^PKIX_ECDSA_P256_/, 'ec', 'prime256v1'],
    [/^PKIX_ECDSA_P384_/, 'ec', 'secp384r1'],
    [/^PKIX_ECDSA_P521_/, 'ec', 'secp521r1'],
    [/^PKIX_ED25519/, 'ed25519', undefined],
];
/**
 * What is wrong when a log's key is not of the kind its `keyDetails` names (cosign and
 * sigstore-python refuse such a root: a key read as another kind than declared is a root edited by
 * hand or for another log); undefined when they agree or the details name no kind read here.
 */
function keyDetailsMismatch(details, key) {
    const expected = KEY_DETAILS_KEYS.find(([pattern]) => pattern.test(details));
    if (expected === undefined)
        return undefined;
    const [, type, curve] = expected;
    const actual = key.asymmetricKeyType ?? 'unknown';
    const actualCurve = key.asymmetricKeyDetails?.namedCurve;
    if (type === 'rsa' ? actual !== 'rsa' && actual !== 'rsa-pss' : actual !== type || (curve !== undefined && actualCurve !== curve)) {
        const named = (kind) => `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} key`;
        return `${named(curve ?? type)}, but the key is ${named(actualCurve === undefined ? actual : `${actual} ${actualCurve}`)}`;
    }
    return undefined;
}
function toLog(log, what) {
    const raw = log.publicKey.rawBytes;
    const { logId } = log;
    if (raw === undefined || logId === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what} has no public key or log id`);
    let publicKey;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: raw, format: 'der', type: PKCS1_DETAILS.has(log.publicKey.keyDetails) ? 'pkcs1' : 'spki' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const mismatch = keyDetailsMismatch(log.publicKey.keyDetails, publicKey);
    if (mismatch !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VerifyError */ .G('SIGSTORE_TRUSTED_ROOT_INVALID', `${what}: its keyDetails ${log.publicKey.keyDetails} says ${mismatch}`);
    return {
        baseUrl: log.baseUrl,
        logId,
        checkpointKeyId: log.checkpointKeyId ?? noteKeyId(log.baseUrl, publicKey, logId),
        publicKey,
        ...validity(log.publicKey.validFor, `${what}.publicKey`),
    };
}


/***/ })

};
