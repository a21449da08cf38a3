export const id = 1352;
export const ids = [1352,3408];
export const modules = {

/***/ 72878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ scopeUnderMarker),
/* harmony export */   nB: () => (/* binding */ namesMoreThanPythonVersion),
/* harmony export */   q$: () => (/* binding */ markerProperties)
/* harmony export */ });
/* unused harmony export ENVIRONMENT_MARKER */
/** The property naming a PEP 508 environment marker a lockfile lists a package under, verbatim. */
const ENVIRONMENT_MARKER = 'trust-kit:pypi:environment-marker';
/**
 * The marker variables that only say which Python runs the project (PEP 508's `python_version`,
 * `python_full_version`, `implementation_version`): lockfiles write them on nearly every package
 * (poetry export on each line, pipenv from each package's Requires-Python), restating the Pythons
 * the project supports.
 */
const PYTHON_VERSION_VARIABLES = new Set(['python_version', 'python_full_version', 'implementation_version']);
/** The words of a marker that are no variable. */
const MARKER_KEYWORDS = new Set(['and', 'or', 'not', 'in']);
/**
 * Whether a marker names anything but the Python version: the platform (`sys_platform`,
 * `platform_machine`, `os_name`, their PEP 345 dotted spellings), the implementation, or an extra.
 * The marker is read, never evaluated: the SBOM describes the project, not the machine making it.
 */
function namesMoreThanPythonVersion(marker) {
    const unquoted = marker.replace(/"[^"]*"|'[^']*'/g, ' ');
    for (const [word] of unquoted.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) {
        if (!MARKER_KEYWORDS.has(word) && !PYTHON_VERSION_VARIABLES.has(word))
            return true;
    }
    return false;
}
/**
 * The scope of a package listed under a marker (or none): a marker that names more than the
 * Python version makes a package the project would otherwise ship `optional`, since some
 * installs leave it out (`pywin32; sys_platform == "win32"`), as npm's platform packages are.
 * The collector keeps the stronger scope of a package's occurrences, so one listed without such a
 * marker anywhere stays required.
 */
function scopeUnderMarker(scope, marker) {
    return scope === 'required' && marker !== undefined && namesMoreThanPythonVersion(marker) ? 'optional' : scope;
}
/** The property recording a marker, or none for no marker. */
function markerProperties(marker) {
    const trimmed = marker?.trim();
    return trimmed === undefined || trimmed === '' ? [] : [{ name: ENVIRONMENT_MARKER, value: trimmed }];
}


/***/ }),

/***/ 79709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ singleArchiveHashes),
/* harmony export */   L7: () => (/* binding */ normalizePythonName),
/* harmony export */   LO: () => (/* binding */ pythonHash),
/* harmony export */   OG: () => (/* binding */ urlOrigin),
/* harmony export */   Tl: () => (/* binding */ indexOrigin),
/* harmony export */   Xf: () => (/* binding */ gitOrigin),
/* harmony export */   or: () => (/* binding */ versionFromUrl),
/* harmony export */   wK: () => (/* binding */ localOrigin)
/* harmony export */ });
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91573);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80211);


/** A Python project name in its PEP 503 normal form: lowercase, runs of `-`, `_` and `.` become one `-`. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const PYTHON_HASH_ALGORITHMS = {
    sha256: 'SHA256',
    sha384: 'SHA384',
    sha512: 'SHA512',
    sha1: 'SHA1',
    md5: 'MD5',
};
/** A `sha256:<hex>` hash as pip, Pipfile.lock, poetry and uv write them; undefined for other algorithms or malformed digests. */
function pythonHash(text) {
    const colon = text.indexOf(':');
    const algorithm = PYTHON_HASH_ALGORITHMS[text.slice(0, colon).toLowerCase()];
    if (colon <= 0 || algorithm === undefined)
        return undefined;
    const digest = text.slice(colon + 1);
    return (0,_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .hexHash */ .eP)(algorithm, digest);
}
/**
 * The hash of a package when the lockfile pins exactly one archive per algorithm. Lockfiles list one
 * hash per wheel and sdist; any single one of several would not match the other archives, so
 * several are recorded as none rather than one chosen arbitrarily.
 */
function singleArchiveHashes(hashes) {
    const parsed = hashes.map(pythonHash).filter((hash) => hash !== undefined);
    const counts = new Map();
    for (const hash of parsed)
        counts.set(hash.algorithm, (counts.get(hash.algorithm) ?? 0) + 1);
    return parsed.filter((hash) => counts.get(hash.algorithm) === 1);
}
/** The origin of a git source: `URL[?rev=..|tag=..|branch=..]#commit` (uv) or a URL and a resolved commit (poetry). */
function gitOrigin(spelled, commit) {
    const location = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    // The query says how the commit was chosen (and a sub-directory); the commit pins what was built.
    const end = /[?#]/.exec(location)?.index ?? location.length;
    const url = location.slice(0, end);
    const pinned = commit ?? (location.includes('#') ? location.slice(location.indexOf('#') + 1) : undefined);
    const repository = url.startsWith('git+') ? url : `git+${url}`;
    const at = pinned === undefined || pinned === '' ? '' : pinned;
    return { qualifiers: { vcs_url: at === '' ? repository : `${repository}@${at}` }, downloadLocation: at === '' ? repository : `${repository}#${at}` };
}
/** The origin of an archive URL source. */
function urlOrigin(spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    return { qualifiers: { download_url: url }, downloadLocation: url };
}
/** PyPI's own index, under the names lockfiles write it with: the pypi purl type's default repository. */
const PYPI_INDEX = /^https?:\/\/(?:pypi\.org|pypi\.python\.org)(?:\/simple)?\/*$/i;
/**
 * The origin of a package locked from a package index: none for PyPI, `repository_url` (the index
 * URL without trailing slashes) for any other, which the purl spec requires so that a private
 * index's package is never taken for PyPI's of the same name. An index is no download location.
 */
function indexOrigin(spelled) {
    const url = (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(spelled);
    if (PYPI_INDEX.test(url))
        return undefined;
    // Not a regex: `\/+$` is retried from every slash of a long run (quadratic on hostile input).
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return end === 0 ? undefined : { qualifiers: { repository_url: url.slice(0, end) }, downloadLocation: undefined };
}
/** The origin of a local archive or folder, by its path as the lockfile spells it. */
function localOrigin(path) {
    return { qualifiers: { download_url: path }, downloadLocation: undefined };
}
/** A PEP 440 version as archive file names carry it. */
const FILE_VERSION = /^\d[0-9A-Za-z.!+]*$/;
/**
 * The version a direct reference's archive names: a wheel's file name is `name-version-...whl`
 * (the wheel spec), an sdist's `name-version.tar.gz` (or `.zip`); undefined when the file is not
 * named for this project (a git URL, a download endpoint), since the URL then says no version.
 */
function versionFromUrl(name, url) {
    const last = url.replace(/[?#].*$/s, '').split('/').pop() ?? '';
    let file;
    try {
        file = decodeURIComponent(last);
    }
    catch {
        // A malformed escape (`%E0%A4%A`) names no file a version can be read from; it must not cost the rest of the lockfile.
        return undefined;
    }
    const base = file.endsWith('.whl') ? file.slice(0, -4).split('-').slice(0, 2).join('-') : file.replace(/\.(?:tar\.gz|tar\.bz2|tgz|zip)$/, '');
    if (base === file || base[name.length] !== '-' || normalizePythonName(base.slice(0, name.length)) !== name)
        return undefined;
    const version = base.slice(name.length + 1);
    return FILE_VERSION.test(version) ? version : undefined;
}


/***/ }),

/***/ 1352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requirementsTxtParser: () => (/* binding */ requirementsTxtParser)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _parser_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(22386);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24045);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33419);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(15415);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79709);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98706);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(72878);











// One `\s*` each side of the extras, never two in a row: adjacent `\s*\s*` backtrack quadratically on a long run of spaces.
/** `name[extras] ==|=== version`, the only requirement form that pins one release (PEP 440 / pip). */
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\]\s*)?===?\s*([^\s;,@*]+)\s*(?:$|;|@)/;
/** `name[extras] @ URL [; marker]`: a PEP 508 direct reference, which pins what the URL holds. */
const DIRECT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\]\s*)?@\s*(\S+)\s*(?:;.*)?$/;
/** A URL (`https://`, `git+https://`, `file:`; a scheme of two letters or more, so never a Windows drive), which pip takes as a requirement on its own line. */
const URL = /^[A-Za-z][A-Za-z0-9+.-]+:/;
/**
 * The name pip gives a bare URL requirement without building it: the `#egg=` fragment's, else a
 * wheel's (`name-version-...whl`, the wheel spec); undefined for an sdist or a repository, which pip
 * builds to learn its name.
 */
function bareUrlName(url) {
    const egg = /#(?:[^#]*&)?egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url)?.[1];
    if (egg !== undefined)
        return egg;
    const file = url.replace(/[?#].*$/s, '').split('/').pop() ?? '';
    return file.endsWith('.whl') && /^[A-Za-z0-9][A-Za-z0-9._]*-/.test(file) ? file.slice(0, file.indexOf('-')) : undefined;
}
/**
 * Where a direct reference points: a VCS URL (`git+...@commit`, pip's form, which the purl's vcs_url
 * also uses), an archive URL, or a local `file:` URL (what `pip freeze` writes for a package installed
 * from a folder or a wheel file, without the `#sha256=` fragment that only checks the file).
 */
function directOrigin(url) {
    if (url.startsWith('file:'))
        return (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .localOrigin */ .wK)(url.replace(/#.*$/s, ''));
    if (url.startsWith('git+')) {
        // pip's `git+URL@ref#egg=..&subdirectory=..`: the fragment only says what to build from it.
        const bare = url.replace(/#.*$/s, '');
        const at = bare.lastIndexOf('@');
        const slash = bare.lastIndexOf('/');
        return at > slash ? (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .gitOrigin */ .Xf)(bare.slice(0, at), bare.slice(at + 1)) : (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .gitOrigin */ .Xf)(bare, undefined);
    }
    return /^https?:\/\//.test(url) ? (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .urlOrigin */ .OG)(url) : undefined;
}
/**
 * Requirement files a project keeps for development only, by the names pip users give them
 * (`requirements-dev.txt`, `test-requirements.txt`, Django's `requirements/local.txt`).
 */
const DEV_FILE = /(^|[-_.])(dev|devel|develop|development|local|test|tests|testing|lint|linting|doc|docs|ci)([-_.]|$)/i;
/** A comment as pip finds one: `#` at the start of a line or after whitespace, to the line's end. */
const COMMENT = /(?:^|\s)#.*$/s;
/** A line that is a comment from its start (pip's `COMMENT_RE.match`): it ends a continuation, never continues one. */
const COMMENT_LINE = /^\s*#/;
/**
 * pip's preprocessing: lines split where Python's `str.splitlines` splits them (`\r\n`, `\r`, `\n`, and
 * the vertical tab, form feed, `\x1c`-`\x1e`, NEL, U+2028 and U+2029: a requirement after one of
 * these, behind a comment, is installed by pip), a line ending in `\` joined to the next
 * one with nothing between (its `\` dropped) before comments are dropped, so a comment on a
 * continued line swallows the line after it, as in pip; a comment line ends a continuation. Made
 * one at a time as they are read: a file of millions of short lines held as arrays of its lines
 * took about 70 bytes of memory per byte.
 */
function* logicalLines(text) {
    // eslint-disable-next-line no-control-regex -- Python's line boundaries include these
    const breaks = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;
    let pending;
    for (let start = 0, line = 1;; line++) {
        const found = breaks.exec(text);
        const raw = text.slice(start, found === null ? undefined : found.index);
        const comment = COMMENT_LINE.test(raw);
        if (!raw.endsWith('\\') || comment) {
            const part = comment ? ` ${raw}` : raw;
            const joined = pending === undefined ? { text: part, line } : { text: pending.text + part, line: pending.line };
            pending = undefined;
            yield { text: joined.text.replace(COMMENT, ''), line: joined.line };
        }
        else {
            // pip strips backslashes from both ends of a continued line.
            const part = raw.replace(/^\\+|\\+$/g, '');
            if (pending === undefined)
                pending = { text: part, line };
            else
                pending.text += part;
        }
        if (found === null)
            break;
        start = breaks.lastIndex;
    }
    if (pending !== undefined)
        yield { text: pending.text.replace(COMMENT, ''), line: pending.line };
}
/** How deep `-r`/`-c` includes are followed: deeper chains are recorded as an unknown, not read. */
const MAX_INCLUDE_DEPTH = 16;
/** How many files one requirements file may bring in through includes, itself counted (a file read both as requirements and as constraints counts twice). */
const MAX_INCLUDED_FILES = 64;
/**
 * How many bytes of included files one requirements file reads in all, as much as one lockfile: the
 * lines of every file read are kept until the end, so 64 includes of a big file each held them all.
 */
const MAX_INCLUDED_BYTES = _core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_LIMITS */ .Ef.lockfile;
/**
 * The long options pip takes in a requirements file and whether each takes a value: optparse
 * accepts any unambiguous prefix of one (`--cons` is `--constraint`; `--require` is ambiguous).
 */
const LONG_OPTIONS = new Map([
    ['index-url', true], ['extra-index-url', true], ['no-index', false], ['constraint', true], ['requirement', true], ['editable', true],
    ['find-links', true], ['no-binary', true], ['only-binary', true], ['no-deps-for', true], ['prefer-binary', false], ['require-hashes', false],
    ['pre', false], ['trusted-host', true], ['use-feature', true], ['global-option', true], ['hash', true], ['config-settings', true],
]);
/** pip's short options in a requirements file, every one taking a value (`-rFILE` or `-r FILE`). */
const SHORT_OPTIONS = new Map([['i', 'index-url'], ['c', 'constraint'], ['r', 'requirement'], ['e', 'editable'], ['f', 'find-links'], ['C', 'config-settings']]);
/**
 * Splits an option line into words as Python's `shlex.split` does (pip splits option lines so):
 * `'...'` literal, `"..."` with `\"` and `\\` escapes, `\` escaping one character outside quotes.
 * Undefined when a quote is not closed or the line ends in `\`, where pip refuses the line.
 */
function shellWords(text) {
    const words = [];
    let word;
    for (let index = 0; index < text.length; index++) {
        const char = text[index] ?? '';
        if (/\s/.test(char)) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else if (char === "'") {
            const end = text.indexOf("'", index + 1);
            if (end < 0)
                return undefined;
            word = (word ?? '') + text.slice(index + 1, end);
            index = end;
        }
        else if (char === '"') {
            word ??= '';
            for (index++; text[index] !== '"'; index++) {
                if (index >= text.length)
                    return undefined;
                if (text[index] === '\\' && (text[index + 1] === '"' || text[index + 1] === '\\'))
                    index++;
                word += text[index];
            }
        }
        else if (char === '\\') {
            if (index + 1 >= text.length)
                return undefined;
            word = (word ?? '') + text[++index];
        }
        else
            word = (word ?? '') + char;
    }
    if (word !== undefined)
        words.push(word);
    return words;
}
const INDEX_OPTIONS = new Set(['index-url', 'extra-index-url', 'find-links', 'no-index']);
/**
 * Reads an option line's `-r`/`-c` as pip's optparse does (`-rFILE`, `-r FILE`, `--requirement=FILE`,
 * abbreviations of long options, quoted paths), with its index options; a line pip refuses or leaves alone sets none.
 */
function optionsOf(line) {
    const words = shellWords(line);
    if (words === undefined)
        return { include: { refused: 'pip cannot split this line (a quote not closed, or a trailing \\)' }, index: [] };
    const values = { requirement: [], constraint: [] };
    const index = [];
    for (let at = 0; at < words.length; at++) {
        const word = words[at] ?? '';
        let name;
        let value;
        if (word.startsWith('--')) {
            const equals = word.indexOf('=');
            const given = word.slice(2, equals < 0 ? undefined : equals);
            const candidates = LONG_OPTIONS.has(given) ? [given] : [...LONG_OPTIONS.keys()].filter((option) => option.startsWith(given));
            // An option this pip does not know may be one an older pip took (`--install-option`): the line is left alone.
            if (candidates.length === 0)
                return { include: undefined, index: [] };
            if (candidates.length > 1)
                return { include: { refused: `pip reads ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(word, 60)} as an ambiguous option (${candidates.join(', ')})` }, index: [] };
            name = candidates[0] ?? '';
            if (equals >= 0)
                value = word.slice(equals + 1);
            else if (LONG_OPTIONS.get(name) === false) {
                if (name === 'no-index')
                    index.push({ name, value: '' });
                continue;
            }
        }
        else if (word.startsWith('-') && word.length > 1) {
            name = SHORT_OPTIONS.get(word[1] ?? '');
            if (name === undefined)
                return { include: undefined, index: [] };
            if (word.length > 2)
                value = word.slice(2);
        }
        else
            continue;
        if (value === undefined) {
            at++;
            if (at >= words.length)
                return { include: { refused: `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(word, 60)} takes a value and has none` }, index: [] };
            value = words[at] ?? '';
        }
        if (name === 'requirement' || name === 'constraint')
            values[name].push(value);
        else if (INDEX_OPTIONS.has(name))
            index.push({ name: name, value });
    }
    const [requirement] = values.requirement;
    const [constraint] = values.constraint;
    return { include: requirement !== undefined ? { constraint: false, target: requirement } : constraint !== undefined ? { constraint: true, target: constraint } : undefined, index };
}
const NO_OPTIONS = { include: undefined, index: [] };
/** A file's logical lines, each trimmed and its options read, one at a time (see {@link logicalLines}). */
function* readLines(text) {
    for (const { text: logical, line } of logicalLines(text)) {
        const trimmed = logical.trim();
        const { include, index } = trimmed.startsWith('-') ? optionsOf(trimmed) : NO_OPTIONS;
        yield { text: trimmed, line, include, index };
    }
}
/**
 * Reads a requirements file and, depth first, the files its `-r` and `-c` lines name, each path
 * relative to the file that names it (as pip resolves it), each file once as requirements and once
 * as constraints (pip reads a file both ways when `-r` and `-c` both name it), so a loop ends where it
 * comes back. An include that cannot be read (missing, outside the scanned directory, a URL, an
 * environment variable), or that goes too deep or too wide, is an unknown naming the including file and line.
 */
async function gather(input, onRequirement) {
    const gathered = { constraints: new Map(), constraintFiles: new Set(), requirementTexts: new Map(), indexUrl: undefined, otherPlaces: false, unknowns: new _unknowns_js__WEBPACK_IMPORTED_MODULE_9__/* .LockfileUnknowns */ .dF(input.path) };
    const top = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.path);
    const readKey = (path, constraint) => `${constraint ? 'c' : 'r'}\u0000${path}`;
    const read = new Set([readKey(input.path, false)]);
    let includedBytes = 0;
    // Each included file is read and parsed once per catalog run, however many requirements files include it (a
    // `-r common.txt` in each of 64 files read it 64 times); a parser called on its own shares within this file.
    const shared = input.shared ?? (0,_parser_js__WEBPACK_IMPORTED_MODULE_10__/* .sharedWork */ .Dz)(_parser_js__WEBPACK_IMPORTED_MODULE_10__/* .SHARED_WORK_BYTES */ .sT);
    const readIncluded = (included) => shared.once(`python-requirements\u0000${included}`, async () => {
        const content = await input.readSibling(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(top, included));
        if (content === undefined)
            return { value: undefined, bytes: 0 };
        const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .textOfBytes */ .gm)(content);
        // A string takes one or two bytes a character: counted at two.
        return { value: { bytes: content.length, text }, bytes: 2 * text.length };
    });
    const walk = async (path, text, constraint, depth) => {
        if (!constraint)
            gathered.requirementTexts.set(path, text);
        for (const { text: trimmed, line, include, index } of readLines(text)) {
            for (const option of index) {
                if (option.name === 'index-url')
                    gathered.indexUrl = option.value;
                else
                    gathered.otherPlaces = true;
            }
            if (include !== undefined && 'refused' in include) {
                gathered.unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(trimmed, 200)}: ${include.refused}, so pip refuses this file: fix the line`, line, path);
                continue;
            }
            if (include !== undefined) {
                const target = include.target;
                // pip reads a file a constraints file includes with -r as requirements, one it includes with -c as constraints.
                const nestedConstraint = include.constraint;
                const unknown = (reason) => {
                    gathered.unknowns.add(`${nestedConstraint ? '-c' : '-r'} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(target, 200)}: ${reason}`, line, path);
                };
                if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target)) {
                    unknown('a URL, not fetched: its requirements are not listed');
                    continue;
                }
                if (target.includes('${')) {
                    unknown('names an environment variable, which pip expands and trust-kit does not: its requirements are not listed');
                    continue;
                }
                const included = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path), target));
                // Read already the same way (a loop, or a second way to the same file): everything it holds is listed once.
                if (read.has(readKey(included, nestedConstraint)))
                    continue;
                if (depth >= MAX_INCLUDE_DEPTH) {
                    unknown(`more than ${MAX_INCLUDE_DEPTH} includes deep: not read`);
                    continue;
                }
                if (read.size >= MAX_INCLUDED_FILES) {
                    unknown(`more than ${MAX_INCLUDED_FILES} files included: not read`);
                    continue;
                }
                read.add(readKey(included, nestedConstraint));
                const file = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(target) ? undefined : await readIncluded(included);
                if (file === undefined) {
                    unknown('cannot be read (missing, not a regular file, or outside the cataloged directory or image): its requirements are not listed (check the path, relative to this file)');
                    continue;
                }
                if (includedBytes + file.bytes > MAX_INCLUDED_BYTES) {
                    unknown(`more than ${MAX_INCLUDED_BYTES / 2 ** 20} MiB included in all, not read`);
                    continue;
                }
                includedBytes += file.bytes;
                if (nestedConstraint)
                    gathered.constraintFiles.add(included);
                await walk(included, file.text, nestedConstraint, depth + 1);
                continue;
            }
            if (trimmed === '' || trimmed.startsWith('-'))
                continue;
            if (!constraint) {
                onRequirement(trimmed, line, path);
                continue;
            }
            const pin = PINNED.exec(requirementOf(trimmed));
            if (pin?.[1] !== undefined && pin[2] !== undefined && !gathered.constraints.has((0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePythonName */ .L7)(pin[1])))
                gathered.constraints.set((0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePythonName */ .L7)(pin[1]), pin[2]);
        }
    };
    await walk(input.path, (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .textOf */ .b6)(input), false, 0);
    return gathered;
}
/**
 * The one package index the files name, when it is not PyPI: pip takes the last `--index-url` of
 * the files it reads in place of its default and looks nowhere else unless an `--extra-index-url`
 * or `--find-links` adds a place or `--no-index` removes it, in which case which index a package
 * came from is not known. undefined for PyPI, for no index named, and when it is not known.
 */
function onlyIndex(gathered) {
    if (gathered.otherPlaces || gathered.indexUrl === undefined)
        return undefined;
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .indexOrigin */ .Tl)(gathered.indexUrl)?.qualifiers.repository_url;
}
/** `name[extras] <anything but a pin>`: a requirement a constraints file may pin. */
const NAMED = /^([A-Za-z0-9][A-Za-z0-9._-]*)/;
/** One PEP 440 version specifier (`>=2.0`, `~=1.4`, `==1.*`): an operator, then a version; anchored, so matched in linear time. */
const SPECIFIER = /^(?:===|==|!=|~=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+$/;
/**
 * Whether a requirement without a pin or URL is one pip reads (PEP 508: a name ending in a letter or
 * digit, extras, comma-separated specifiers, perhaps in parentheses, a marker): `requests=2.31.0`,
 * `urllib3 2.0.0` and `flask==3.0.0,` are not, and pip refuses the whole file for them ("Invalid
 * requirement"). Read piece by piece rather than by one expression, which would backtrack.
 */
function readsAsRequirement(requirement) {
    const name = NAMED.exec(requirement)?.[1] ?? '';
    if (!/[A-Za-z0-9]$/.test(name))
        return false;
    let rest = requirement.slice(name.length).trimStart();
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close === -1)
            return false;
        rest = rest.slice(close + 1).trimStart();
    }
    const semicolon = rest.indexOf(';');
    let specifiers = (semicolon === -1 ? rest : rest.slice(0, semicolon)).trim();
    if (specifiers.startsWith('(') && specifiers.endsWith(')'))
        specifiers = specifiers.slice(1, -1).trim();
    return specifiers === '' || specifiers.split(',').every((specifier) => SPECIFIER.test(specifier.trim()));
}
/** A requirement line without its options (`--hash`, ...). */
function requirementOf(trimmed) {
    return (trimmed.split(/\s--?[a-z]/)[0] ?? '').trim();
}
/**
 * A requirement's environment marker (`pywin32==306 ; sys_platform == "win32"`): what follows its
 * first `;`, or, in a URL requirement (where a `;` may be part of the URL), its first `;` with
 * whitespace beside it, as pip and PEP 508 split them.
 */
function markerOf(requirement) {
    const at = requirement.includes('@') || URL.test(requirement) ? requirement.search(/\s;|;\s/) : requirement.indexOf(';');
    if (at < 0)
        return undefined;
    const marker = requirement.slice(requirement.indexOf(';', at) + 1).trim();
    return marker === '' ? undefined : marker;
}
/** The values of a requirement line's `--hash` options. */
function hashesOf(trimmed) {
    return [...trimmed.matchAll(/--hash[=\s]\s*(\S+)/g)].map((hash) => hash[1] ?? '');
}
/** How many line numbers one block of {@link LineNumbers} holds: 256 KiB. */
const LINE_BLOCK = 65_536;
/**
 * The line numbers of one file's requirements without a pin, in order: 4 bytes each, in blocks
 * filled one after the other (never copied to grow, so never twice their size for a moment).
 */
class LineNumbers {
    #blocks = [];
    #count = 0;
    #at = 0;
    add(line) {
        if (this.#count % LINE_BLOCK === 0)
            this.#blocks.push(new Uint32Array(LINE_BLOCK));
        this.#blocks.at(-1)[this.#count % LINE_BLOCK] = line;
        this.#count++;
    }
    /** Whether `line` is among them, asked of ascending lines (the order they were added in): each call moves past the ones below it. */
    has(line) {
        while (this.#at < this.#count && this.#numberAt(this.#at) < line)
            this.#at++;
        return this.#at < this.#count && this.#numberAt(this.#at) === line;
    }
    #numberAt(index) {
        return this.#blocks[Math.floor(index / LINE_BLOCK)]?.[index % LINE_BLOCK] ?? 0;
    }
}
/**
 * Pinned requirements (`name==version`, `name===version`) and direct references (`name @ URL`:
 * a `vcs_url` or `download_url` qualifier, also for a local `file:` URL, the version an archive's file name gives) from
 * requirements files: names in PEP 503 form, extras and markers dropped, `--hash` options kept
 * when they name one archive. `-r` and `-c` includes are followed (see {@link gather}); an
 * unpinned requirement takes the version a constraints file pins, else it describes no single
 * release and is skipped, as are other options (`-e`, ...). Pinned packages get the
 * `repository_url` of the one index other than PyPI that `--index-url` names (see {@link onlyIndex}). Files named for
 * development (`requirements-dev.txt`, `requirements/test.txt`) are dev scope, with all they include.
 */
const requirementsTxtParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_7__/* .REQUIREMENTS_TXT */ .Iq,
    async parse(input) {
        const baseName = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(input.path).replace(/\.txt$/i, '');
        // Read the Docs' `docs/requirements.txt`, a `ci/requirements.txt`: the directory says what the file is for.
        const directory = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.path));
        const scope = DEV_FILE.test(baseName) || DEV_FILE.test(directory) ? 'dev' : 'required';
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .PackageCollector */ .UI(input);
        const addPinned = (name, version, line, path, hashes, marker) => {
            collector.add({ purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .purlFor */ .nK)(path, line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__.purlOf)('pypi', name, version)), ecosystem: 'pypi', name, version, scope: (0,_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .scopeUnderMarker */ .h4)(scope, marker), line, path, hashes: (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .singleArchiveHashes */ .B0)(hashes), properties: (0,_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .markerProperties */ .q$)(marker) });
        };
        // Requirements without a pin, which a constraints file read later may pin: only their line numbers are kept, by file.
        const unpinned = new Map();
        // What the requirement lines show is listed after what reading the files showed, as when the lines were read after them.
        const requirementUnknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_9__/* .LockfileUnknowns */ .dF(input.path);
        const gathered = await gather(input, (trimmed, line, path) => {
            const requirement = requirementOf(trimmed);
            const hashes = hashesOf(trimmed);
            // A `#` left here had no whitespace before it: pip reads it as part of the requirement, which it then refuses.
            if (requirement.includes('#') && !requirement.includes('@') && !URL.test(requirement)) {
                requirementUnknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(requirement, 200)}: pip reads # without a space before it as part of the requirement and refuses the line: put a space before the comment`, line, path);
                return;
            }
            const match = PINNED.exec(requirement);
            if (match?.[1] !== undefined && match[2] !== undefined) {
                addPinned((0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePythonName */ .L7)(match[1]), match[2], line, path, hashes, markerOf(requirement));
                return;
            }
            // A requirement without a pin (not a URL, which pip reads as one, nor a direct reference) is what a constraints
            // file read before or after it may pin: its line is read again once every file is read.
            if (!requirement.includes('@') && !URL.test(requirement) && NAMED.test(requirement)) {
                if (!readsAsRequirement(requirement)) {
                    requirementUnknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(requirement, 200)}: not a requirement pip reads (it refuses the file for it: "Invalid requirement"): not listed; write name==version, or name with specifiers such as >=1.0`, line, path);
                    return;
                }
                let lines = unpinned.get(path);
                if (lines === undefined)
                    unpinned.set(path, (lines = new LineNumbers()));
                lines.add(line);
                return;
            }
            // A bare URL is `name @ URL` under the name pip gives it; one pip must build to name is not listed, and says so.
            const bareName = URL.test(requirement) ? bareUrlName(requirement) : undefined;
            if (URL.test(requirement) && bareName === undefined) {
                requirementUnknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(requirement, 200)}: a URL requirement pip names only by building it: not listed (write it as name @ URL, or add #egg=name)`, line, path);
                return;
            }
            // `name @ URL` (what pip-compile and uv pip compile write for URL and git dependencies) pins what the URL holds.
            const direct = DIRECT.exec(bareName === undefined ? requirement : `${bareName} @ ${requirement}`);
            const origin = direct?.[2] === undefined ? undefined : directOrigin(direct[2]);
            if (direct?.[1] === undefined || direct[2] === undefined) {
                // Not a name pip reads (`_private==1.0`, `"quoted"==1.0`): pip refuses the file for it, and it was dropped here without a word.
                requirementUnknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(requirement, 200)}: not a requirement pip reads (it refuses the file for it: "Invalid requirement"): not listed; write name==version`, line, path);
                return;
            }
            if (origin === undefined) {
                requirementUnknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedText */ .LD)(requirement, 200)}: a direct reference to a source trust-kit does not catalog (it reads https, git+ and file: URLs): not listed`, line, path);
                return;
            }
            const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePythonName */ .L7)(direct[1]);
            const version = origin.qualifiers.vcs_url === undefined ? ((0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .versionFromUrl */ .or)(name, direct[2]) ?? '') : '';
            // pip's `#sha256=<hex>` URL fragment pins the archive as a `--hash` does.
            const fragment = /#(sha256|sha384|sha512)=([0-9a-fA-F]+)$/.exec(direct[2]);
            if (hashes.length === 0 && fragment?.[1] !== undefined && fragment[2] !== undefined)
                hashes.push(`${fragment[1]}:${fragment[2]}`);
            const marker = markerOf(requirement);
            collector.add({
                purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_4__/* .purlFor */ .nK)(path, line, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__.purlOf)('pypi', name, version, undefined, origin.qualifiers)),
                ecosystem: 'pypi',
                name,
                version,
                scope: (0,_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .scopeUnderMarker */ .h4)(scope, marker),
                properties: (0,_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .markerProperties */ .q$)(marker),
                line,
                path,
                hashes: (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .singleArchiveHashes */ .B0)(hashes),
                downloadLocation: origin.downloadLocation,
            });
        });
        const { constraints, constraintFiles, requirementTexts, unknowns } = gathered;
        unknowns.addFrom(requirementUnknowns);
        for (const [path, lines] of constraints.size === 0 ? [] : unpinned) {
            for (const { text: trimmed, line } of readLines(requirementTexts.get(path) ?? '')) {
                if (!lines.has(line))
                    continue;
                const requirement = requirementOf(trimmed);
                const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePythonName */ .L7)(NAMED.exec(requirement)?.[1] ?? '');
                const version = constraints.get(name);
                if (version !== undefined)
                    addPinned(name, version, line, path, hashesOf(trimmed), markerOf(requirement));
            }
        }
        const collected = collector.result();
        // The index is known once every file is read (pip's last --index-url wins): pinned packages, the only ones without qualifiers, are from it.
        const index = onlyIndex(gathered);
        if (index !== undefined)
            collected.packages = collected.packages.map((pkg) => (pkg.purl.includes('?') ? pkg : { ...pkg, purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__.purlOf)('pypi', pkg.name, pkg.version, undefined, { repository_url: index }) }));
        const result = { ...collected, ...(constraintFiles.size === 0 ? {} : { constraintFiles: [...constraintFiles].sort() }) };
        // What a development file misses is development too: left out with its packages unless they are wanted.
        return scope === 'dev' && !input.includeDev ? result : unknowns.into(result);
    },
};


/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83096);


/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */
function purlOf(ecosystem, name, version, namespace, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false)
        throw new Error(`Invalid purl: ${_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .LONE_SURROGATE */ .uG}`);
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .MS)(purl.replace(/@([^?#]*)/, (_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`));
}


/***/ })

};
