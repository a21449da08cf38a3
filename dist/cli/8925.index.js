export const id = 8925;
export const ids = [8925];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = (function (source) {
  return parse(scan(source))
})


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = (function (tokens) {var hasMore = (function  () {
    return index < tokens.length
  });var token = (function  () {
    return hasMore() ? tokens[index] : null
  });var next = (function  () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  });var parseOperator = (function  (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  });var parseWith = (function  () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  });var parseLicenseRef = (function  () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  });var parseLicense = (function  () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  });var parseParenthesizedExpression = (function  () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  });var parseAtom = (function  () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  });var makeBinaryOpParser = (function  (operator, nextParser) {
    return (function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    })
  });
  var index = 0

  

  

  

  

  

  

  

  

  

  

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
})


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = (function (source) {var hasMore = (function  () {
    return index < source.length
  });var read = (function  (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  });var skipWhitespace = (function  () {
    read(/[ ]*/)
  });var operator = (function  () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  });var idstring = (function  () {
    return read(/[A-Za-z0-9-.]+/)
  });var expectIdstring = (function  () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  });var documentRef = (function  () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  });var licenseRef = (function  () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  });var identifier = (function  () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  });var parseToken = (function  () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  });
  var index = 0

  

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  

  

  

  

  

  

  

  

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
})


/***/ }),

/***/ 37405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var excludePatterns = (function (reader, input, defaultsInput) {
    const given = reader.list(input);
    for (const pattern of given) {
        // .gitignore's negation would take a file back in: read as a literal pattern it matches nothing, and the file stays out without a word.
        if (pattern.startsWith('!'))
            reader.report(input, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(pattern)} is a negation, which exclude patterns do not have (a pattern only leaves out); exclude what to leave out and nothing else (a name that starts with "!" is matched by "?" in its place)`);
        else if (pattern.split(/[/\\]/).includes('..'))
            reader.report(input, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(pattern)} leaves the cataloged directory; patterns are relative to it`);
        // `/` or `./`: the cataloged directory itself, which a pattern cannot leave out (it matched nothing, without a word).
        else if (pattern.trim().replace(/^\.\//, '').replace(/^\/+|\/+$/g, '') === '')
            reader.report(input, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(pattern)} names the cataloged directory itself, which is never left out; name a file or directory in it`);
    }
    return [...(reader.boolean(defaultsInput, true) ? _sbom_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_EXCLUDES */ .Wg : []), ...given];
});var sbomConfig = (function (raw, nameOf, defaults) {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .InputReader */ .i_(raw, nameOf);
    const given = reader.string('output');
    // `-o -` prints the SBOM, as no --output does; the checks below still see that one file was named.
    const output = given === '-' ? undefined : given;
    // The output's name says the format when none is asked for (`-o bom.cdx.json`), and must not contradict one that is.
    const named = output === undefined ? [] : (0,_sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatsNamedBy */ .hA)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(output));
    const formats = reader.choices('format', _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_NAMES */ .BU, named.length > 0 ? named.slice(0, 1) : [defaults.format], _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMAT_ALIASES */ .LZ);
    const contradicted = raw['format'] === undefined || named.length === 0 ? undefined : formats.find(((format) => !named.includes(format)));
    if (contradicted !== undefined && formats.length === 1) {
        const own = _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMATS */ .hR.find(((format) => format.name === contradicted));
        reader.report('output', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(output)} is the name of a ${named[0]} file, but ${nameOf('format')} is ${contradicted}; name it *${own?.extension ?? '.json'}, or leave ${nameOf('format')} out to write ${named[0]}`);
    }
    // An SBOM written over a lockfile or a manifest would replace what it is made from.
    if (output !== undefined && (_sbom_parsers_identities_js__WEBPACK_IMPORTED_MODULE_3__/* .SIBLING_FILE_NAMES */ .dv.has((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(output)) || _sbom_parsers_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PARSERS */ .n.some(((parser) => parser.matches((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(output), output))))) {
        reader.report('output', `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(output)} is the name of a lockfile or manifest, which the SBOM is made from and writing it would replace; name the SBOM *.spdx.json or *.cdx.json`);
    }
    const outputDir = reader.string('output-dir', defaults.outputDir);
    if (given !== undefined && formats.length > 1)
        reader.report('output', `names one file, but ${formats.length} formats were asked for; use ${nameOf('output-dir')} instead`);
    if (given !== undefined && raw['output-dir'] !== undefined)
        reader.report('output', `give either ${nameOf('output')} or ${nameOf('output-dir')}, not both`);
    const config = {
        path: reader.string('path', defaults.path) ?? defaults.path,
        formats,
        output,
        outputDir: given === undefined && (outputDir !== undefined || formats.length > 1) ? (outputDir ?? '.') : undefined,
        includeDev: reader.boolean('include-dev', false),
        strict: reader.boolean('strict', false),
        artifacts: reader.list('artifacts'),
        artifactBase: reader.string('base', '.') ?? '.',
        exclude: excludePatterns(reader, 'exclude', 'default-excludes'),
        allowEmpty: reader.boolean('allow-empty', false),
        organization: reader.string('organization'),
    };
    reader.finish();
    return config;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: (() => (/* binding */ excludePatterns)),
/* harmony export */   y: (() => (/* binding */ sbomConfig))
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _sbom_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25022);
/* harmony import */ var _sbom_formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95587);
/* harmony import */ var _sbom_parsers_identities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98706);
/* harmony import */ var _sbom_parsers_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47530);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66097);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);







/**
 * The exclude patterns an input gives, after the default ones unless `defaultsInput` is false;
 * a pattern that climbs out of the cataloged directory (a `..` segment) could never match, and a
 * negation (`!`) is not one: both are reported.
 */

/**
 * Validates SBOM inputs (`path`, `format`, `output`, `output-dir`, `include-dev`, `strict`,
 * `artifacts`, `base`, `exclude`, `default-excludes`, `allow-empty`, `organization`), reporting
 * every problem at once.
 */



/***/ }),

/***/ 91601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var dateProblem = (function (at) {
    // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
    if (Object.prototype.toString.call(at) !== '[object Date]')
        return `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(at)}, not a valid Date`;
    const ms = at.getTime();
    if (Number.isNaN(ms))
        return 'an invalid Date';
    if (ms < EARLIEST_MS || ms > LATEST_EPOCH_SECONDS * 1000 + 999)
        return `${at.toISOString()}, outside the years 0000 to 9999 that SPDX, CycloneDX and in-toto times are written in`;
    return undefined;
});var fixedClock = (function (at) {
    // From plain JavaScript a string failed on getTime with a TypeError, an invalid Date or a year past 9999 only when a document was written.
    const problem = dateProblem(at);
    if (problem !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${problem}`, { hint: 'pass a Date of years 0000 to 9999, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
    }
    const ms = at.getTime();
    return { now: (() => new Date(ms)) };
});var clockFromSourceDateEpoch = (function (value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `clockFromSourceDateEpoch was given ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not the variable's text`, { hint: 'pass process.env.SOURCE_DATE_EPOCH (a string, or undefined)' });
    const at = epochSecondsDate(value);
    if (at === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(at);
});var epochSecondsDate = (function (text) {
    if (!/^\d+$/.test(text))
        return undefined;
    // Up to 12 digits once the zeros in front are gone: a longer number is past the bound, and would lose precision as a Number.
    const digits = text.replace(/^0+(?=\d)/, '');
    return digits.length <= 12 && Number(digits) <= LATEST_EPOCH_SECONDS ? new Date(Number(digits) * 1000) : undefined;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: (() => (/* binding */ fixedClock)),
/* harmony export */   fO: (() => (/* binding */ epochSecondsDate)),
/* harmony export */   ml: (() => (/* binding */ systemClock)),
/* harmony export */   sP: (() => (/* binding */ dateProblem)),
/* harmony export */   vv: (() => (/* binding */ clockFromSourceDateEpoch))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** The wall clock. */
const systemClock = { now: (() => new Date()) };
/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;
/** The earliest instant a document may be dated: 0000-01-01T00:00:00Z (before it, years are negative: `-000001`). */
const EARLIEST_MS = -62_167_219_200_000;
/**
 * Why a value is no time trust-kit can date a document with, or undefined for a Date from
 * 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (four-digit years, as every format writes them).
 */

/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date from year 0000 to 9999). */

/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, `fallback` (the wall clock) otherwise (empty counts as unset). A caller that would have an
 * SBOM dated by its project's last commit when the variable is unset gives no clock at all then.
 */

/** The instant `text` (decimal seconds since the Unix epoch, leading zeros allowed) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */



/***/ }),

/***/ 25022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var readManifest = (async function (path) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        const info = await handle.stat();
        if (!info.isFile() || info.size > INSTALLED_LIMITS.manifestBytes)
            return undefined;
        // A buffer of the file's size, not of the cap: thousands of manifests of a few KiB each would
        // otherwise zero a MiB apiece (seconds of allocation and GC on an installed tree). Reading
        // stops at that size, so a file that grows while it is read never costs more than the cap.
        const buffer = Buffer.allocUnsafe(info.size);
        let filled = 0;
        for (let read = -1; read !== 0 && filled < buffer.length; filled += read)
            ({ bytesRead: read } = await handle.read(buffer, filled, buffer.length - filled, null));
        return buffer.subarray(0, filled);
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
});var isRealDirectory = (function (path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
    }
    catch {
        return false;
    }
});var installedSuppliers = (async function (dir, nodeModules, wanted, limits = INSTALLED_LIMITS) {
    const found = new Map();
    const folders = [];
    const add = ((folder) => {
        if (folders.length < limits.folders)
            folders.push(folder);
    });
    for (const path of nodeModules)
        if (isRealDirectory((0,external_node_path_.join)(dir, path)))
            add({ path, kind: 'node_modules' });
    const visit = (async (folder) => {
        if (folder.kind === 'package') {
            const bytes = await readManifest((0,external_node_path_.join)(dir, folder.path, 'package.json'));
            const manifest = bytes === undefined ? undefined : parseManifest(bytes);
            if (manifest !== undefined) {
                const key = `${manifest.name}@${manifest.version}`;
                const known = found.get(key);
                const declared = wanted.has(key) && (known === undefined || folder.path < known.path) ? (0,suppliers/* npmAuthorSupplier */.rZ)(manifest.author, `${folder.path}/package.json`) : undefined;
                if (declared !== undefined)
                    found.set(key, { path: folder.path, declared });
            }
            add({ path: `${folder.path}/node_modules`, kind: 'node_modules' });
            return;
        }
        let entries;
        try {
            // Read entry by entry: a folder of millions of entries costs no more than the limit.
            entries = await (0,promises_.opendir)((0,external_node_path_.join)(dir, folder.path));
        }
        catch {
            return;
        }
        try {
            for await (const entry of entries) {
                if (folders.length >= limits.folders)
                    break;
                // Links (pnpm's, workspaces', `npm link`) and files are passed over: only real folders are read.
                if (!entry.isDirectory())
                    continue;
                const path = `${folder.path}/${entry.name}`;
                if (folder.kind === 'store') {
                    add({ path: `${path}/node_modules`, kind: 'node_modules' });
                }
                else if (folder.kind === 'node_modules' && entry.name === '.pnpm') {
                    add({ path, kind: 'store' });
                }
                else if (folder.kind === 'node_modules' && entry.name.startsWith('@')) {
                    add({ path, kind: 'scope' });
                }
                else if (!entry.name.startsWith('.')) {
                    // `.bin`, `.cache` and the like are not packages.
                    add({ path, kind: 'package' });
                }
            }
        }
        catch {
            // A folder that vanished or cannot be read further: what was read stands.
        }
    });
    // A work list read a few folders at a time; reads push the folders below them, so workers that
    // ran out while others were still reading are started again until nothing is left.
    let next = 0;
    const worker = (async () => {
        while (next < folders.length) {
            const folder = folders[next];
            next++;
            await visit(folder);
        }
    });
    while (next < folders.length)
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return new Map([...found].map((([key, { declared }]) => [key, declared])));
});var parseManifest = (function (bytes) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
        return undefined;
    const { name, version, author } = manifest;
    return typeof name === 'string' && typeof version === 'string' ? { name, version, author } : undefined;
});var segmentsMatch = (function (pattern, path) {
    const tried = new Set();
    const match = ((p, s) => {
        if (p === pattern.length)
            return s === path.length;
        const key = p * (path.length + 1) + s;
        if (tried.has(key))
            return false;
        tried.add(key);
        if (pattern[p] === '**')
            return match(p + 1, s) || (s < path.length && match(p, s + 1));
        return s < path.length && (0,glob/* segmentMatches */.d)(pattern[p], path[s]) && match(p + 1, s + 1);
    });
    return match(0, 0);
});var excludeMatcher = (function (patterns) {
    const compiled = patterns.map(((pattern) => {
        const trimmed = pattern.trim();
        const body = trimmed.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
        const segments = body.split('/').filter(((segment, index, all) => !(segment === '**' && all[index - 1] === '**')));
        return { segments: body.includes('/') ? segments : ['**', ...segments], directoriesOnly: trimmed.endsWith('/') };
    }));
    return ((path, directory) => {
        const segments = path.split('/');
        return compiled.some(((pattern) => (directory || !pattern.directoriesOnly) && segmentsMatch(pattern.segments, segments)));
    });
});var compareText = (function (a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
});var mayBeExecutable = (function (name) {
    const extension = (0,external_node_path_.extname)(name).toLowerCase();
    if (BINARY_NAME.test(name))
        return 'exe';
    if (name.startsWith('.') || NOT_EXECUTABLE_EXTENSIONS.has(extension) || NOT_EXECUTABLE_NAMES.has(name.toLowerCase()))
        return undefined;
    return 'if-executable';
});var readHead = (function (path) {
    try {
        return (0,files/* readRegularFileHeadSync */.UJ)(path, parser/* SNIFF_BYTES */.dD, { what: 'file' });
    }
    catch {
        return undefined;
    }
});var sniffingParser = (function (path, parsers) {
    const head = readHead(path);
    return head === undefined ? undefined : parsers.find(((parser) => parser.sniff?.(head) === true));
});var sniffEach = (async function (paths, parsers, worth) {
    const found = [];
    for (let index = 0; index < paths.length; index++) {
        if (index > 0 && index % SNIFFS_PER_TURN === 0)
            await (0,external_node_timers_promises_.setImmediate)();
        found.push(worth(index) ? sniffingParser(paths[index], parsers) : undefined);
    }
    return found;
});var forEachLimited = (async function (items, limit, task) {
    let next = 0;
    const worker = (async () => {
        while (next < items.length) {
            const item = items[next];
            next += 1;
            await task(item);
        }
    });
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
});var findLockfiles = (async function (dir, parsers = sbom_parsers/* PARSERS */.n, exclude = []) {
    const found = [];
    const unreadable = [];
    const excluded = exclude.length === 0 ? (() => false) : excludeMatcher(exclude);
    const sniffers = parsers.filter(((parser) => parser.sniff !== undefined));
    // A name that may be an executable's is read if it is one: `.exe`, or a file with an executable bit and room for a header.
    const executable = ((absolute) => {
        try {
            const info = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
            return info !== undefined && info.isFile() && (info.mode & 0o111) !== 0 && info.size >= parser/* SNIFF_BYTES */.dD;
        }
        catch {
            // A file that cannot be looked at (a loop of links, no permission) cannot be read either.
            return false;
        }
    });
    const candidates = [];
    let listed = 0;
    // Each directory listed with a synchronous call: listed through the thread pool, one after the other, a tree of
    // 10,000 directories (a monorepo's projects) took 340 ms of waits; so, 85 ms.
    const walk = (async (relativeDir) => {
        if (++listed % LISTINGS_PER_TURN === 0)
            await (0,external_node_timers_promises_.setImmediate)();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, relativeDir), { withFileTypes: true });
        }
        catch (error) {
            if (relativeDir === '')
                throw directoryError(dir, error);
            const code = (0,errors/* systemErrorCode */.vq)(error);
            if (code === 'ENOENT' && namedOutsideUtf8(dir, relativeDir))
                unreadable.push({ path: relativeDir, reason: 'the directory\'s name is not valid UTF-8 (shown with U+FFFD in place of its bytes), a path no SBOM can name: the lockfiles in it, if any, are not cataloged; rename it in UTF-8' });
            else if (code !== 'ENOENT' && code !== 'ENOTDIR')
                unreadable.push({ path: relativeDir, reason: `the directory could not be read (${code ?? (0,quote/* boundedText */.LD)((0,errors/* messageOf */.bD)(error), 200)}): the lockfiles in it, if any, are not cataloged` });
            return;
        }
        for (const entry of entries) {
            const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            if (excluded(path, entry.isDirectory()))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    await walk(path);
            }
            else if (entry.isFile()) {
                const parser = parsers.find(((candidate) => candidate.matches(entry.name, path)));
                const candidate = parser === undefined && sniffers.length > 0 ? mayBeExecutable(entry.name) : undefined;
                if (parser !== undefined)
                    found.push({ path, parser, sniffed: false });
                else if (candidate !== undefined)
                    candidates.push({ path, candidate });
            }
            else if (!entry.isSymbolicLink() && parsers.some(((candidate) => candidate.matches(entry.name, path)))) {
                // A pipe, a socket or a device with a lockfile's name is never opened (a pipe would block), but the SBOM says what it did not read.
                unreadable.push({ path, reason: `${entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device'} with a lockfile's name, not a regular file: not read, so what it would list is not cataloged` });
            }
        }
    });
    await walk('');
    // Sniffed after the walk: the walk itself never waits on a stat call.
    const paths = candidates.map((({ path }) => (0,external_node_path_.join)(dir, path)));
    const parsersFound = await sniffEach(paths, sniffers, ((index) => candidates[index]?.candidate === 'exe' || executable(paths[index])));
    candidates.forEach((({ path }, index) => {
        const parser = parsersFound[index];
        if (parser !== undefined)
            found.push({ path, parser, sniffed: true });
    }));
    return { files: found.sort(((a, b) => compareText(a.path, b.path))), unreadable: unreadable.sort(((a, b) => compareText(a.path, b.path))) };
});var namedOutsideUtf8 = (function (dir, relativeDir) {
    const slash = relativeDir.lastIndexOf('/');
    const name = relativeDir.slice(slash + 1);
    if (!name.includes('\uFFFD'))
        return false;
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, relativeDir.slice(0, Math.max(slash, 0))), { encoding: 'buffer' }).some(((raw) => !(0,external_node_buffer_.isUtf8)(raw) && raw.toString('utf8') === name));
    }
    catch {
        return false;
    }
});var directoryError = (function (dir, error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new sbom_errors/* SbomError */.S('SBOM_DIRECTORY_UNREADABLE', `cannot read ${dir}: ${code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a directory' : (0,errors/* messageOf */.bD)(error)}`, {
        cause: error,
        hint: 'give the project directory to catalog (the one holding package-lock.json, go.mod, Cargo.lock, ...)',
    });
});var staysInside = (function (dir, path) {
    const inside = (0,paths/* pathInside */._)(dir, path, { baseItself: true });
    return inside !== undefined && !inside.split(external_node_path_.sep).includes('node_modules');
});var realPathInside = (function (tree, path) {
    let real;
    try {
        real = external_node_fs_.realpathSync.native(path);
    }
    catch {
        return undefined;
    }
    return staysInside(tree.realDir, real) ? real : undefined;
});var siblingPath = (function (dir, lockfile, name) {
    const path = (0,external_node_path_.resolve)(dir, external_node_path_.posix.dirname(lockfile), name);
    return staysInside(dir, path) ? path : undefined;
});var siblingReader = (function (tree, lockfile) {
    return (async (name) => {
        const lexical = siblingPath(tree.dir, lockfile, name);
        const path = lexical === undefined ? undefined : realPathInside(tree, lexical);
        if (path === undefined)
            return undefined;
        try {
            return (0,files/* readRegularFileSync */.cG)(path, { maxBytes: files/* INPUT_LIMITS */.Ef.lockfile, what: 'file' });
        }
        catch {
            return undefined;
        }
    });
});var siblingLister = (function (tree, lockfile, kind) {
    return (async (name) => {
        const lexical = siblingPath(tree.dir, lockfile, name);
        const path = lexical === undefined ? undefined : realPathInside(tree, lexical);
        if (path === undefined)
            return undefined;
        try {
            const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
            const wanted = kind === 'directories' ? entries.filter(((entry) => entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name))) : entries.filter(((entry) => !entry.isDirectory()));
            if (kind === 'files' && wanted.length > MAX_LISTED_ENTRIES)
                return undefined;
            return wanted.map(((entry) => entry.name)).sort(compareText).slice(0, MAX_LISTED_ENTRIES);
        }
        catch {
            return undefined;
        }
    });
});var openRandomAccess = (async function (path) {
    // Never a pipe or a device put in the file's place since it was sniffed.
    const { handle, size } = await (0,files/* openRegularFile */.ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
    const read = (async (offset, length) => {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, offset);
        return buffer.subarray(0, bytesRead);
    });
    return { file: { size, read }, close: (() => handle.close()) };
});var startsUtf16 = (function (content) {
    return (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
});var notUtf8 = (function (content, path) {
    let line = 1;
    // Line by line up to the first that is not UTF-8: only a file that is not is scanned.
    for (let start = 0; start < content.length; line++) {
        const end = content.indexOf(0x0a, start);
        const stop = end === -1 ? content.length : end;
        if (!(0,external_node_buffer_.isUtf8)(content.subarray(start, stop)))
            break;
        start = stop + 1;
    }
    return startsUtf16(content)
        ? { path, line, reason: 'UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8, which lockfiles are read as: nothing in it was read as what it says; convert it (iconv -f UTF-16 -t UTF-8) and run again' }
        : { path, line, reason: 'holds bytes that are not UTF-8, which lockfiles are read as: they were read as U+FFFD, so names, versions and purls on this line (and any other such) are not the file\'s; regenerate the file, or convert it to UTF-8' };
});var withUnknown = (function (result, unknown) {
    return { ...result, unknowns: [...(result.unknowns ?? []), unknown], ...(result.unknownCount === undefined ? {} : { unknownCount: result.unknownCount + 1 }) };
});var parseOne = (async function (tree, target, includeDev, goModuleCache, shared, budget) {
    const { path, parser, sniffed, artifact } = target;
    const parsed = { path, parser: parser.name, sniffed, artifact };
    const readSibling = artifact ? (() => Promise.resolve(undefined)) : siblingReader(tree, path);
    const cache = goModuleCache === undefined ? { shared } : { goModuleCache, shared };
    if (!artifact) {
        cache.listSiblingDirectories = siblingLister(tree, path, 'directories');
        cache.listSiblingFiles = siblingLister(tree, path, 'files');
    }
    try {
        if (sniffed) {
            const opened = await openRandomAccess(target.absolute);
            try {
                return { ...parsed, result: await parser.parse({ path, content: Buffer.alloc(0), file: opened.file, readSibling, includeDev, ...cache }) };
            }
            finally {
                await opened.close();
            }
        }
        const content = (0,files/* readRegularFileSync */.cG)(target.absolute, { maxBytes: files/* INPUT_LIMITS */.Ef.lockfile, what: 'lockfile', shown: path });
        // Taken in the targets' order (each task reads before its first wait, and tasks start in order): the same tree refuses the same files.
        const refused = budget.take(content.length, (0,parse_budget/* lineCost */.S)(content, parser.costPerLine));
        if (refused !== undefined)
            return { ...parsed, unknown: { path, reason: refused } };
        // UTF-16 read as UTF-8 is every other byte a NUL: none of it is what it says, and a parser's unknowns about its lines would only bury this one.
        if (startsUtf16(content))
            return { ...parsed, unknown: notUtf8(content, path) };
        const result = await parser.parse({ path, content, readSibling, includeDev, ...cache });
        return { ...parsed, result: (0,external_node_buffer_.isUtf8)(content) ? result : withUnknown(result, notUtf8(content, path)) };
    }
    catch (error) {
        if (error instanceof sbom_errors/* SbomParseError */.J) {
            const unknown = { path, reason: reasonOf(error, path) };
            if (error.line !== undefined)
                unknown.line = error.line;
            return { ...parsed, unknown };
        }
        // A parser bug or an unreadable file must not cost the rest of the SBOM; it is recorded like a parse failure.
        return { ...parsed, unknown: { path, reason: `${parser.name} could not read it: ${(0,quote/* boundedText */.LD)((0,errors/* messageOf */.bD)(error), 500)}` } };
    }
});var artifactTargets = (async function (artifacts, parsers) {
    const sniffers = parsers.filter(((parser) => parser.sniff !== undefined));
    if (sniffers.length === 0)
        return [];
    // Named like source, text or an archive (a docs site's thousands of pages, a release's .tar.gz and .sig files): not read.
    const sniffedParsers = await sniffEach(artifacts.map((({ path }) => path)), sniffers, ((index) => {
        // A release file's name has `/` separators; its last part is the file's own name.
        const name = artifacts[index]?.name ?? '';
        return mayBeExecutable(name.slice(name.lastIndexOf('/') + 1)) !== undefined;
    }));
    return artifacts.flatMap((({ name, path }, index) => {
        const parser = sniffedParsers[index];
        return parser === undefined ? [] : [{ absolute: path, path: name, parser, sniffed: true, artifact: true }];
    }));
});var pathCopiesAsRoots = (function (parsed) {
    // Keyed by directory and ecosystem: a Cargo.lock and a package-lock.json may share a directory.
    const rootsByDir = new Map();
    for (const entry of parsed)
        if (entry.result?.root !== undefined && !entry.artifact && !entry.sniffed)
            rootsByDir.set(`${external_node_path_.posix.dirname(entry.path)}\u0000${entry.result.root.ecosystem}`, entry.result.root);
    if (rootsByDir.size < 2)
        return;
    for (const entry of parsed) {
        const result = entry.result;
        if (result === undefined || entry.artifact || entry.sniffed)
            continue;
        const aliases = new Map();
        for (const pkg of result.packages) {
            // Only purls with a download_url are looked at: the thousands of registry packages are skipped at once.
            const qualifier = pkg.purl.includes('download_url=') ? /[?&]download_url=([^&#]*)/.exec(pkg.purl)?.[1] : undefined;
            if (qualifier === undefined)
                continue;
            let path;
            try {
                path = decodeURIComponent(qualifier).replace(/^(?:file|link|portal):/, '');
            }
            catch {
                continue;
            }
            // A URL or an absolute path names nothing of the scanned tree.
            if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || path.startsWith('/'))
                continue;
            const other = rootsByDir.get(`${external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(entry.path), path)).replace(/(.)\/$/, '$1')}\u0000${pkg.ecosystem}`);
            if (other !== undefined && other.name === pkg.name && other.purl !== pkg.purl)
                aliases.set(pkg.purl, other.purl);
        }
        if (aliases.size === 0)
            continue;
        const alias = ((purl) => aliases.get(purl) ?? purl);
        entry.result = {
            ...result,
            packages: result.packages.map(((pkg) => (aliases.has(pkg.purl) ? { ...pkg, purl: alias(pkg.purl) } : pkg))),
            relationships: result.relationships.map(((relationship) => ({ ...relationship, from: alias(relationship.from), to: alias(relationship.to) }))),
        };
        if (result.members !== undefined)
            entry.result.members = result.members.map(alias);
    }
});var foundNothing = (function (entry) {
    return entry.unknown === undefined && entry.result?.root === undefined && entry.result?.packages.length === 0;
});var reasonOf = (function (error, path) {
    const prefix = `${error.path}${error.line === undefined ? '' : `:${error.line}`}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message.replace(`${path}: `, '');
});var compareLocations = (function (a, b) {
    return compareText(a.path, b.path) || compareText(a.entry ?? '', b.entry ?? '') || (a.line ?? 0) - (b.line ?? 0);
});var locationKey = (function (location) {
    return `${location.path}\u0000${location.entry ?? ''}\u0000${location.line ?? ''}`;
});var merge = (function (into, other) {
    // One at a time: spread into push's arguments, a copy found in some 150,000 places ran out of stack (RangeError).
    for (const location of other.locations)
        into.locations.push(location);
    into.scope = (0,model/* strongerScope */.TI)(into.scope, other.scope);
    const contradicting = (0,model/* contradictingHashes */.So)(into.hashes, other.hashes);
    const algorithms = new Set(into.hashes.map(((hash) => hash.algorithm)));
    for (const hash of other.hashes)
        if (!algorithms.has(hash.algorithm))
            into.hashes.push(hash);
    into.license ??= other.license;
    into.downloadLocation ??= other.downloadLocation;
    into.supplier ??= other.supplier;
    // Gathered unsorted (the clone's own array): the catalog sorts each package's once, after every lockfile; sorting here was quadratic in the lockfiles.
    if (other.properties !== undefined) {
        const properties = (into.properties ??= []);
        for (const property of other.properties)
            properties.push(property);
    }
    return contradicting;
});var clonePackage = (function (pkg) {
    const clone = { ...pkg, hashes: [...pkg.hashes], locations: [...pkg.locations] };
    if (pkg.properties !== undefined)
        clone.properties = [...pkg.properties];
    return clone;
});var manifestRoot = (async function (tree) {
    const path = realPathInside(tree, (0,external_node_path_.join)(tree.dir, 'package.json'));
    if (path === undefined)
        return undefined;
    let manifest;
    try {
        manifest = JSON.parse((await (0,files/* readRegularFile */.XF)(path, { maxBytes: files/* INPUT_LIMITS */.Ef.lockfile, what: 'file' })).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof manifest !== 'object' || manifest === null)
        return undefined;
    const { name, version, license } = manifest;
    if (typeof name !== 'string' || name === '')
        return undefined;
    const versionText = typeof version === 'string' ? version : '';
    let purl;
    try {
        purl = (0,npm_purl/* npmPurl */.NP)(name, versionText);
    }
    catch {
        // A name no package URL can be made of ("@scope/") names no root, as a package.json that is not JSON does not.
        return undefined;
    }
    const root = { purl, ecosystem: 'npm', name, version: versionText, hashes: [], locations: [{ path: 'package.json' }], scope: 'required' };
    if (typeof license === 'string' && license !== '')
        root.license = license;
    return root;
});var directoryRoot = (async function (dir) {
    const name = (0,external_node_path_.basename)(dir) || 'project';
    const { purlOf } = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3408)]).then(__webpack_require__.bind(__webpack_require__, 73408));
    return { purl: purlOf('generic', name, ''), ecosystem: 'generic', name, version: '', hashes: [], locations: [{ path: '.' }], scope: 'required' };
});var catalogDirectory = (async function (options) {
    const dir = (0,external_node_path_.resolve)(options.dir);
    // Resolved while the directory is checked: two waits on the thread pool at once, not one after the other.
    const realDir = (0,promises_.realpath)(dir);
    realDir.catch((() => undefined));
    const info = await (0,promises_.stat)(dir).catch(((error) => {
        throw directoryError(dir, error);
    }));
    if (!info.isDirectory())
        throw directoryError(dir, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }));
    const tree = { dir, realDir: await realDir };
    const parsers = options.parsers ?? sbom_parsers/* PARSERS */.n;
    const [{ files: lockfiles, unreadable }, artifacts] = await Promise.all([findLockfiles(dir, parsers, options.exclude), artifactTargets(options.artifacts ?? [], parsers)]);
    // A release file inside the scanned tree is read once, as the artifact it is. Its path is resolved only when the tree
    // has executables: 20,000 release files took 10 ms to resolve for nothing.
    const artifactPaths = lockfiles.some(((found) => found.sniffed)) ? new Set((options.artifacts ?? []).map(((artifact) => (0,external_node_path_.resolve)(artifact.path)))) : new Set();
    const inTree = lockfiles.map(((found) => ({ ...found, absolute: (0,external_node_path_.join)(dir, found.path), artifact: false }))).filter(((target) => !(target.sniffed && artifactPaths.has(target.absolute))));
    const targets = [...inTree, ...artifacts];
    // A few at a time: each lockfile is read whole (up to INPUT_LIMITS.lockfile), so reading them all at once held the whole tree's.
    const results = [];
    // This run's only: two runs never share what they read.
    const shared = (0,parser/* sharedWork */.Dz)(parser/* SHARED_WORK_BYTES */.sT);
    const budget = new parse_budget/* ParseBudget */.Z(options.parseBudgetBytes);
    await forEachLimited(targets.map(((target, index) => ({ target, index }))), PARSE_CONCURRENCY, (async ({ target, index }) => {
        results[index] = await parseOne(tree, target, options.includeDev, options.goModuleCache, shared, budget);
    }));
    const parsed = withoutConstraintFiles(results.filter(((entry) => !(entry.sniffed && foundNothing(entry)))));
    pathCopiesAsRoots(parsed);
    const topRoots = parsed.filter(((entry) => entry.result?.root !== undefined && !entry.path.includes('/') && !entry.sniffed));
    const root = clonePackage(topRoots[0]?.result?.root ?? (await manifestRoot(tree)) ?? (await directoryRoot(tree.realDir)));
    root.scope = 'required';
    const packages = new Map();
    // A parser's packages are taken as they are and copied only before the catalog changes one (a
    // second copy merged in, an installed supplier, locations to sort): most packages are found
    // once, and a copy of each was garbage on every run. What a parser returned is never changed.
    const copies = new Set();
    let kept = packages;
    /** The catalog's own copy of the package with this purl, made now unless made before; `kept` holds it too. */
    const own = ((purl) => {
        const current = packages.get(purl);
        if (copies.has(current))
            return current;
        const copy = clonePackage(current);
        copies.add(copy);
        packages.set(purl, copy);
        if (kept !== packages && kept.has(purl))
            kept.set(purl, copy);
        return copy;
    });
    const relationships = new RelationshipSet();
    const relate = ((relationship) => {
        relationships.add(relationship);
    });
    /** Packages that took properties from another copy: sorted (and repeats dropped) once, below. */
    const merged = new Set();
    /** Copies of a package locked with another digest than its first copy: unknowns, as the SBOM records one digest. */
    const hashConflicts = [];
    const add = ((pkg) => {
        if (pkg.purl === root.purl) {
            for (const location of pkg.locations)
                root.locations.push(location);
            return;
        }
        if (!packages.has(pkg.purl))
            packages.set(pkg.purl, pkg);
        else {
            const into = own(pkg.purl);
            const first = into.locations[0];
            const contradicting = merge(into, pkg);
            if (pkg.properties !== undefined)
                merged.add(into);
            // One package locked with two digests: two artifacts under one name (a tampered mirror, a republished tarball); the SBOM keeps the first.
            const where = pkg.locations[0];
            if (contradicting.length > 0 && where !== undefined) {
                hashConflicts.push({
                    path: where.path,
                    ...(where.line === undefined ? {} : { line: where.line }),
                    reason: `${pkg.purl} is locked here with ${(0,model/* shortHashes */.H5)(contradicting)}, another digest than ${first === undefined ? 'its first copy' : `in ${first.path}${first.entry === undefined ? '' : ` (${first.entry})`}`}, which the SBOM records: check which copy is the one installed`,
                });
            }
        }
    });
    /** Each lockfile's dependency edges as the set took them: for its summary, which counts each edge once (see {@link summarise}). */
    const lockfileEdges = new Map();
    for (const entry of parsed) {
        const result = entry.result;
        if (result === undefined)
            continue;
        // Indexed: an iterator per package and edge is garbage in code that runs once.
        for (let index = 0; index < result.packages.length; index++)
            add(result.packages[index]);
        const edges = { first: [], again: [] };
        lockfileEdges.set(entry, edges);
        for (let index = 0; index < result.relationships.length; index++) {
            const relationship = result.relationships[index];
            const added = relationships.add(relationship);
            if (relationship.type !== 'depends-on')
                continue;
            if (added)
                edges.first.push(relationship);
            else if (relationship.from !== relationship.to)
                edges.again.push(relationship);
        }
        if (entry.artifact) {
            // A release file's modules are what the root produced, related through the file itself (see `artifacts`), not contained by the root's sources.
            if (result.root !== undefined)
                add(result.root);
            continue;
        }
        // Another project's root (a nested project, or a second ecosystem beside the first) is a part of this one.
        if (result.root !== undefined && result.root.purl !== root.purl) {
            add(result.root);
            relate({ from: root.purl, to: result.root.purl, type: 'contains' });
        }
        else if (result.root === undefined) {
            // Without a root in the lockfile, the members it names are the project's own packages, and
            // what the lockfile says the project references (else what nothing else depends on) is what it depends on.
            const members = new Set(result.members);
            for (const member of members)
                relate({ from: root.purl, to: member, type: 'contains' });
            const targets = new Set(result.relationships.map(((relationship) => relationship.to)));
            const direct = result.direct ?? result.packages.map(((pkg) => pkg.purl)).filter(((purl) => !targets.has(purl)));
            for (const purl of direct)
                if (!members.has(purl))
                    relate({ from: root.purl, to: purl, type: 'depends-on' });
        }
    }
    for (const pkg of merged)
        pkg.properties = (0,model/* sortProperties */.Oi)(pkg.properties ?? []);
    // With dev dependencies wanted, every package is kept: no copy of the map.
    if (!options.includeDev)
        kept = new Map([...packages].filter((([, pkg]) => pkg.scope !== 'dev')));
    await addInstalledSuppliers(dir, parsed, kept, own);
    const exists = ((purl) => purl === root.purl || kept.has(purl));
    // Sorted by purl with the engine's native string sort (UTF-16 code unit order, as compareText), not a comparator called per comparison; the map gives each back.
    const purls = [...kept.keys()].sort();
    const sortedPackages = [];
    for (let index = 0; index < purls.length; index++)
        sortedPackages.push(kept.get(purls[index]));
    root.locations = uniqueLocations(root.locations);
    for (let index = 0; index < sortedPackages.length; index++) {
        // One location is already unique and sorted.
        if (sortedPackages[index].locations.length < 2)
            continue;
        const pkg = own(sortedPackages[index].purl);
        pkg.locations = uniqueLocations(pkg.locations);
        sortedPackages[index] = pkg;
    }
    const sortedRelationships = relationships.sorted(exists);
    // One file's unknown once, though several lockfiles read it (a requirements file that others include).
    const fileUnknowns = [...new Map(parsed.flatMap(((entry) => (entry.unknown === undefined ? (entry.result?.unknowns ?? []) : [entry.unknown]))).map(((unknown) => [`${unknown.path}\u0000${unknown.line ?? ''}\u0000${unknown.reason}`, unknown]))).values()];
    // In path order with the files' (a stable sort keeps each file's own order, by line).
    const unknowns = unreadable.length === 0 && hashConflicts.length === 0 ? fileUnknowns : [...unreadable, ...fileUnknowns, ...hashConflicts].sort(((a, b) => compareText(a.path, b.path)));
    const artifactContents = parsed.flatMap(((entry) => {
        if (!entry.artifact || entry.result === undefined)
            return [];
        const purls = new Set([...(entry.result.root === undefined ? [] : [entry.result.root.purl]), ...entry.result.packages.map(((pkg) => pkg.purl))]);
        return [{ name: entry.path, packages: [...purls].filter(((purl) => purl !== root.purl && kept.has(purl))).sort(compareText) }];
    }));
    return { root, packages: sortedPackages, relationships: sortedRelationships, unknowns, lockfiles: parsed.map(((entry) => summarise(entry, lockfileEdges.get(entry), kept, exists))), artifacts: artifactContents };
});var withoutConstraintFiles = (function (parsed) {
    const constraintFiles = new Set(parsed.flatMap(((entry) => entry.result?.constraintFiles ?? [])));
    return parsed.filter(((entry) => !(entry.parser === identities/* REQUIREMENTS_TXT */.Iq.name && constraintFiles.has(entry.path) && !(0,identities/* namedAsRequirements */.ks)(external_node_path_.posix.basename(entry.path)))));
});var nodeModulesPrefix = (function (lockfile) {
    const lockfileDir = external_node_path_.posix.dirname(lockfile);
    return lockfileDir === '.' ? '' : `${lockfileDir}/`;
});var addInstalledSuppliers = (async function (dir, parsed, kept, own) {
    for (const entry of parsed) {
        const prefix = nodeModulesPrefix(entry.path);
        // Nothing installed beside the lockfile (nor, then, in its workspace members): nothing to read.
        if (entry.result?.packages.some(((pkg) => pkg.ecosystem === 'npm')) !== true || !isRealDirectory((0,external_node_path_.join)(dir, `${prefix}node_modules`)))
            continue;
        const byKey = new Map();
        const nodeModules = new Set([`${prefix}node_modules`]);
        for (const { purl } of entry.result.packages) {
            const pkg = kept.get(purl);
            if (pkg === undefined || pkg.ecosystem !== 'npm' || pkg.supplier !== undefined || pkg.version === '' || purl.includes('?'))
                continue;
            const key = `${pkg.name}@${pkg.version}`;
            const same = byKey.get(key);
            if (same === undefined)
                byKey.set(key, [pkg]);
            else
                same.push(pkg);
            for (const location of pkg.locations) {
                // npm installs a workspace member's own copies under the member: `packages/a/node_modules/x`.
                const at = location.path === entry.path && location.entry !== undefined ? location.entry.indexOf('/node_modules/') : -1;
                if (at > 0 && !location.entry?.startsWith('node_modules/'))
                    nodeModules.add(`${prefix}${location.entry?.slice(0, at) ?? ''}/node_modules`);
            }
        }
        if (byKey.size === 0)
            continue;
        const suppliers = await installedSuppliers(dir, [...nodeModules].sort(compareText), new Set(byKey.keys()));
        for (const [key, { supplier, property }] of suppliers) {
            for (const { purl } of byKey.get(key) ?? []) {
                const pkg = own(purl);
                pkg.supplier = supplier;
                pkg.properties = (0,model/* sortProperties */.Oi)([...(pkg.properties ?? []), property]);
            }
        }
    }
});var uniqueLocations = (function (locations) {
    if (locations.length === 1)
        return [locations[0]];
    const byKey = new Map();
    for (const location of locations)
        byKey.set(locationKey(location), location);
    return [...byKey.values()].sort(compareLocations);
});var summarise = (function (entry, edges, kept, exists) {
    let packages = 0;
    let licensed = 0;
    let hashed = 0;
    let edgeCount = 0;
    const result = entry.result;
    if (result !== undefined) {
        // Indexed: this runs once, over thousands.
        const counted = new Set();
        for (let index = 0; index < result.packages.length; index++) {
            const { purl } = result.packages[index];
            const merged = kept.get(purl);
            if (merged === undefined || counted.has(purl))
                continue;
            counted.add(purl);
            packages++;
            if (merged.license !== undefined)
                licensed++;
            if (merged.hashes.length > 0)
                hashed++;
        }
    }
    if (edges !== undefined) {
        // The edges the set took first are distinct: only those it held already (rare: a lockfile
        // listing an edge twice, or one another lockfile listed too) are told apart from the rest.
        const countedEdges = edges.again.length === 0 ? undefined : new Set();
        for (let index = 0; index < edges.first.length; index++) {
            const { from, to } = edges.first[index];
            if (!exists(from) || !exists(to))
                continue;
            edgeCount++;
            countedEdges?.add(`${from}\u0000${to}`);
        }
        for (let index = 0; index < edges.again.length; index++) {
            const { from, to } = edges.again[index];
            const key = `${from}\u0000${to}`;
            if (!exists(from) || !exists(to) || countedEdges?.has(key) === true)
                continue;
            edgeCount++;
            countedEdges?.add(key);
        }
    }
    return { path: entry.path, parser: entry.parser, packages, edges: edgeCount, licensed, hashed, unknowns: entry.unknown === undefined ? 0 : 1, unresolved: result?.unknownCount ?? result?.unknowns?.length ?? 0 };
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wg: (() => (/* binding */ DEFAULT_EXCLUDES)),
  j8: (() => (/* binding */ SKIPPED_DIRECTORIES)),
  LI: (() => (/* binding */ catalogDirectory)),
  n6: (() => (/* binding */ compareText)),
  BE: (() => (/* binding */ excludeMatcher)),
  wN: (() => (/* binding */ findLockfiles)),
  Vl: (() => (/* binding */ mayBeExecutable)),
  F9: (() => (/* binding */ withoutConstraintFiles))
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var sbom_errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/model.js
var model = __webpack_require__(55256);
// EXTERNAL MODULE: ./lib/sbom/suppliers.js
var suppliers = __webpack_require__(20148);
;// CONCATENATED MODULE: ./lib/sbom/installed.js




/** Limits of one look into installed `node_modules` folders: a hostile or huge tree costs bounded time and memory. */
const INSTALLED_LIMITS = {
    /** Folders looked at (packages, scopes, pnpm store entries, nested `node_modules`) below the `node_modules` of one lockfile (theia installs about 2,500 packages). */
    folders: 200_000,
    /** One package.json (real ones are a few KiB; some carry a README of a few hundred). */
    manifestBytes: 1024 * 1024,
};
/** How many folders are read at once: enough to overlap I/O, few enough never to exhaust file descriptors. */
const CONCURRENCY = 16;
/**
 * A package.json read only when it is a regular file of at most the cap, never through a symbolic
 * link; undefined for anything else (missing, a link, a pipe, too large, unreadable).
 */

/**
 * Whether a path is a real directory (not a link to one). Looked at with a synchronous call: most
 * lockfiles have no node_modules beside them, and a wait on the thread pool for each, with the
 * error that says so made for nothing, was most of the time of this question.
 */

/**
 * The suppliers installed packages declare (their package.json `author`), for the `name@version`
 * keys wanted, from the `node_modules` folders given (relative to `dir`, `/` separators): each
 * package folder, scoped ones (`@s/name`), nested `node_modules` below them, and pnpm's store
 * (`node_modules/.pnpm/<id>/node_modules/<name>`). Symbolic links are never followed (pnpm's and
 * workspaces' links point at folders read anyway or at the project's own), a folder whose
 * package.json names another package or version is not taken for the one wanted, and what cannot
 * be read is left out. When several copies of a package declare an author, the one at the first
 * path in sorted order is taken, so the answer does not depend on the order of reads.
 * Reads at most `limits.folders` folders ({@link INSTALLED_LIMITS} by default).
 */

/** A package.json's name, version and author, when it has a name and a version. */


// EXTERNAL MODULE: ./lib/sbom/parser.js
var parser = __webpack_require__(22386);
// EXTERNAL MODULE: ./lib/sbom/parsers/index.js
var sbom_parsers = __webpack_require__(47530);
// EXTERNAL MODULE: ./lib/sbom/parsers/identities.js
var identities = __webpack_require__(98706);
// EXTERNAL MODULE: ./lib/sbom/glob.js
var glob = __webpack_require__(93339);
// EXTERNAL MODULE: ./lib/sbom/npm-purl.js
var npm_purl = __webpack_require__(83096);
// EXTERNAL MODULE: ./lib/sbom/parse-budget.js
var parse_budget = __webpack_require__(74990);
// EXTERNAL MODULE: ./lib/sbom/relationship-index.js
var relationship_index = __webpack_require__(64610);
;// CONCATENATED MODULE: ./lib/sbom/catalog.js



















/** Folders never searched for lockfiles: installed copies and version control, not the project's own lockfiles. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'vendor', '.git']);
/**
 * What `sbom` leaves out unless told otherwise (`--no-default-excludes`): test suites, their
 * fixtures and examples hold lockfiles of other projects, not dependencies of the product. A
 * pattern without `/` names a file or directory at any depth, as in `.gitignore`.
 */
const DEFAULT_EXCLUDES = ['test', 'tests', '__tests__', 'testdata', 'fixtures', '__fixtures__', 'example', 'examples'];
/** Whether path segments match pattern segments, `**` standing for any number of segments; each pair of positions is tried once. */

/**
 * A matcher for exclude patterns over paths relative to the scanned directory (`/` separators),
 * with `.gitignore`'s shape: a pattern without `/` matches a name at any depth; one with `/` is
 * anchored at the directory (a leading `/` or `./` is dropped); `*` and `?` stay within a path
 * segment, `**` spans segments; a trailing `/` matches directories only. A matched directory
 * excludes all below it. No regular expression is built, so a hostile pattern costs time linear
 * in its length per segment.
 */

/** Orders strings by UTF-16 code units: stable across machines and locales. */

/**
 * Extensions of files that are never the executables parsers sniff (sources, text, data, media,
 * archives): such files are not even stat'ed, so a large source tree costs no extra system calls.
 */
const NOT_EXECUTABLE_EXTENSIONS = new Set(('js mjs cjs ts mts cts jsx tsx json jsonc json5 md markdown txt rst adoc yml yaml toml ini cfg conf lock xml html htm css scss less ' +
    'go mod sum rs py pyi rb php java kt kts scala groovy gradle c h cc cpp hpp m swift cs fs vb sh bash zsh fish ps1 psm1 bat cmd ' +
    'sql csv tsv svg png jpg jpeg gif ico webp bmp pdf map gz tgz zip tar xz bz2 zst 7z jar whl gem nupkg snap proto graphql vue svelte ' +
    'properties env editorconfig gitignore gitattributes npmignore license log pem crt key sig bundle tmpl tpl')
    .split(' ')
    .map(((extension) => `.${extension}`)));
/** Extensionless names that are text by convention (lowercase): LICENSE files alone are one per package in a vendored tree. */
const NOT_EXECUTABLE_NAMES = new Set('license licence readme changelog changes history notice authors contributors copying patents version makefile dockerfile containerfile jenkinsfile vagrantfile gemfile rakefile procfile codeowners'.split(' '));
/** Names of executables and shared libraries read whatever their mode: a library (Go's `-buildmode=c-shared` too) is not executable. */
const BINARY_NAME = /\.(?:exe|dll|dylib|so(?:\.\d+)*)$/i;
/**
 * Whether a regular file's name leaves it a possible executable: `.exe` or a shared library's name
 * (`.so`, `.so.1.2`, `.dll`, `.dylib`), or neither a dotfile, a conventional text name, nor an
 * extension known to be something else.
 */

/**
 * The first {@link SNIFF_BYTES} bytes of a file (fewer when it is shorter), or undefined when it
 * cannot be read or is not a regular file (a pipe or a device put in a file's place since it was
 * listed). Read with synchronous calls: a release of 20,000 files sniffed each with four waits on
 * the thread pool (open, fstat, read, close) spent 0.65 s on them; read so, a file takes a few microseconds.
 */

/** The parser that recognises a file by its first bytes, if any. */

/** Files sniffed between two turns of the event loop (a few milliseconds): signals and the hashing threads' answers are not kept waiting. */
const SNIFFS_PER_TURN = 512;
/** Directories listed between two turns of the event loop, for the same reason (a few milliseconds). */
const LISTINGS_PER_TURN = 256;
/**
 * The parser each file's first bytes show (undefined for none, and for a file that `worth`, given
 * its index, says is not worth reading), the event loop turning every {@link SNIFFS_PER_TURN} files.
 */

/**
 * How many files are read and parsed at once: enough to overlap reading one with parsing another,
 * few enough that memory holds a few lockfiles at their size bound, not a whole hostile tree's.
 */
const PARSE_CONCURRENCY = 8;
/** Runs `task` on every item, at most `limit` at a time. */

/**
 * The lockfiles under `dir` that some parser reads, sorted by path, skipping {@link SKIPPED_DIRECTORIES}
 * and symbolic links. Files no parser knows by name are sniffed only when they may be executables
 * (an executable bit, or `.exe`), from their first {@link SNIFF_BYTES} bytes. A directory below
 * `dir` that cannot be listed is an unknown, never skipped in silence: the SBOM would look
 * complete without the lockfiles it holds. One gone since its parent was listed held nothing.
 */

/**
 * Whether the last name of `relativeDir` (below `dir`) stands for bytes that are not UTF-8: Node
 * lists such a name with U+FFFD in their place, a name nothing has, so the directory cannot be
 * opened by it. Its parent is listed again as bytes, only for a name holding U+FFFD (which a
 * UTF-8 name may hold too).
 */


/** Whether a path is the scanned directory or lies inside it, out of node_modules (`dir` as `path` is: both real, or both as named). */

/**
 * The real path of a file or directory of the scanned tree, when it is one: a symbolic link (the
 * file's own, or a directory's on the way) is followed only when it leads to somewhere in the tree,
 * so a link a pull request adds (`extra.txt -> /proc/self/environ`, `Gemfile -> ~/.ssh/...`) never
 * makes the catalog read a file outside it. Undefined when it leads out or does not exist.
 */

/** The absolute path of `name` beside a lockfile; undefined when it leaves the scanned directory or lies in node_modules. */

/** Reads files next to a lockfile, never outside the scanned directory (by its name, or through a symbolic link). */

/** How many entries of one directory a parser is told about at most: a glob over a huge directory costs bounded memory. */
const MAX_LISTED_ENTRIES = 10_000;
/**
 * Lists the directories (not in node_modules, not symbolic links) of a directory next to a lockfile,
 * or its other entries (files, and links and pipes, which a tool would take for files too), never
 * outside the scanned directory. The other entries of a directory holding more than can be listed
 * are not known: one left out may be the file a parser looks for.
 */

/** A file opened for range reads, so a parser of executables reads its headers and build info, not the whole file. */

/** Whether a file starts with a UTF-16 byte-order mark (PowerShell's `>` writes one). */

/**
 * A lockfile that is not UTF-8 (bytes of another encoding, UTF-16 as PowerShell 5 writes
 * `pip freeze > requirements.txt`, or corruption): every parser reads text as UTF-8, each byte that
 * is not became U+FFFD in the names, versions and purls it is in, with nothing said. One unknown at
 * the first such line says so, and --strict fails (a UTF-16 file is not parsed at all).
 */

/** The result with one more unknown, counted too when its unknowns are counted past those listed. */


/** The release files a parser recognises by their first bytes, as parse targets named as listed. */

/**
 * A package a lockfile names by a local path (`download_url=../lib`, npm's `file:../lib`) that is
 * the directory of another lockfile of the tree, whose root has its ecosystem and name, is that
 * root: a monorepo's library is one package, not its own root and a path copy of it. Each such
 * result is rewritten with the root's purl, its edges too.
 */

/** Whether a parse found nothing at all: a sniffed executable that is not what its parser reads (a C binary, say). */

/** The parse error's message without the `path:line: ` prefix the Unknown already carries. */



/**
 * Copies of one package from several lockfiles: one package with every location, the stronger
 * scope, the first hashes and license. Returns the other copy's hashes that contradict the first's
 * (the same algorithm, another digest), which the SBOM cannot both record.
 */



/**
 * The root when no manifest names the project: the directory, by the name of its real path (one
 * directory gets one name, whether reached through a link or not), as a generic package. The purl
 * library loads only here: an npm project's catalog never needs it (see npm-purl.ts).
 */

/**
 * Finds every lockfile under a directory, runs its parser, and merges the results into one
 * catalog: one package per purl, the root project as the described package, other projects'
 * roots contained by it, dev dependencies dropped unless asked for, and every file that failed to
 * parse recorded as an Unknown (the rest is still cataloged).
 */

/**
 * The parsed files without the requirements files another names with `-c` that only their directory
 * made look like requirements (`requirements/pins.txt`): pip reads those as constraints, which ask for
 * nothing, so they are read where `-c` names them, not on their own. A file whose name says
 * requirements stays a requirements file of its own, though another uses it as constraints.
 */

/** The directory of a lockfile (relative to the scanned one, `/` separators) as the prefix of its `node_modules` beside it: '' at the top. */

/**
 * Suppliers of npm packages from the `author` their installed copies declare: for each JavaScript
 * lockfile, the `node_modules` folder beside it (and those of its workspace members, for npm) is
 * read, and a registry package without a supplier takes the author of an installed copy with its
 * name and version. Packages from git, tarball URLs or local folders are left alone: a copy of the
 * same name and version is no proof of where theirs came from. `own` gives the catalog's copy of a
 * package to change.
 */


/** Relationships without repeats, keyed by type, then ends (no key strings built: catalogs have tens of thousands). */
class RelationshipSet {
    index = new relationship_index/* RelationshipIndex */.n();
    /** Adds the relationship unless it is a self-edge or already present; says whether it was added. */
    add(relationship) {
        if (relationship.from === relationship.to)
            return false;
        const byTo = this.index.targets(relationship.type, relationship.from);
        if (byTo.has(relationship.to))
            return false;
        byTo.set(relationship.to, relationship);
        return true;
    }
    /**
     * The relationships whose two ends `exists` accepts, sorted by type, then `from`, then `to`
     * (UTF-16 code unit order, as {@link compareText}): each level's keys sorted on their own, so no
     * key joining the three is built for each of tens of thousands of edges. An end is asked about
     * once per `from`, and a single `to` needs no list to sort (most packages depend on few others).
     */
    sorted(exists) {
        const sorted = [];
        const { byType } = this.index;
        for (const type of [...byType.keys()].sort()) {
            const byFrom = byType.get(type);
            const froms = [...byFrom.keys()].sort();
            // Indexed, and a single edge taken as it is: an iterator per package is garbage in code that runs once.
            for (let fromIndex = 0; fromIndex < froms.length; fromIndex++) {
                const from = froms[fromIndex];
                if (!exists(from))
                    continue;
                const byTo = byFrom.get(from);
                if (byTo.size === 1) {
                    for (const relationship of byTo.values())
                        if (exists(relationship.to))
                            sorted.push(relationship);
                    continue;
                }
                const tos = [...byTo.keys()].sort();
                for (let toIndex = 0; toIndex < tos.length; toIndex++) {
                    const to = tos[toIndex];
                    if (exists(to))
                        sorted.push(byTo.get(to));
                }
            }
        }
        return sorted;
    }
}
/** A lockfile's counts; an edge counts once, when it is no self-edge and the catalog kept both its ends. */



/***/ }),

/***/ 26898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: (() => (/* binding */ SbomParseError)),
/* harmony export */   S: (() => (/* binding */ SbomError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** A lockfile that cannot be read; the catalog records it as an Unknown with file, line and reason. */
class SbomParseError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    path;
    line;
    /** `reason` may quote the lockfile (a version, a name, a parser's message): it is kept printable and at most 500 characters here, for every parser. */
    constructor(path, reason, line, options) {
        super('SBOM_PARSE_FAILED', `${path}${line === undefined ? '' : `:${line}`}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedText */ .LD)(reason, 500)}`, {
            hint: 'check that the lockfile is complete and was written by its package manager; regenerate it if not',
            ...options,
        });
        this.name = 'SbomParseError';
        this.path = path;
        this.line = line;
    }
}
/** An SBOM could not be made or would not be valid; the code says which. */
class SbomError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'SbomError';
    }
}


/***/ }),

/***/ 6018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var uuidV5 = (function (name, namespace = URL_NAMESPACE) {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
});var withChangedChunks = (function (chunks, identityName, change) {
    const last = chunks.at(-1);
    if (last === undefined || last.length < DOCUMENT_END.length + UUID_CHARACTERS || !last.endsWith(DOCUMENT_END))
        return undefined;
    const identity = new DocumentIdentity(identityName);
    const changed = [];
    for (let index = 0; index < chunks.length - 1; index++)
        changed.push(identity.add(change(chunks[index])));
    const { end, sha256 } = identity.finish(change(last.slice(0, last.length - DOCUMENT_END.length - UUID_CHARACTERS)));
    changed.push(end);
    return { chunks: changed, sha256 };
});var unknownText = (function (unknown) {
    return `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`;
});var sourceFiles = (function (pkg) {
    const { locations } = pkg;
    // Most packages are found once: no search.
    if (locations.length === 1)
        return [locations[0].path];
    // A package is mostly found in few files (often one, at many install paths): a list beats a set there. One that
    // every project of a monorepo locks is found in thousands, where a list was quadratic (10,000 lockfiles: 80 ms).
    if (locations.length > FEW_LOCATIONS)
        return [...new Set(locations.map(((location) => location.path)))];
    const files = [];
    for (const location of locations)
        if (!files.includes(location.path))
            files.push(location.path);
    return files;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: (() => (/* binding */ withChangedChunks)),
/* harmony export */   Vb: (() => (/* binding */ DRAFT_IDENTITY)),
/* harmony export */   l$: (() => (/* binding */ sourceFiles)),
/* harmony export */   qL: (() => (/* binding */ unknownText)),
/* harmony export */   w2: (() => (/* binding */ DocumentIdentity))
/* harmony export */ });
/* unused harmony exports uuidV5, DOCUMENT_END */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/** The RFC 4122 URL namespace, under which trust-kit names SBOM documents (UUID version 5). */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
/** A name-based UUID (RFC 4122 version 5, SHA-1): the same name always gives the same UUID. */

/** What ends every document trust-kit writes: its UUID, the last thing in it, then `"}` and a newline. */
const DOCUMENT_END = '"}\n';
/** The characters of a UUID's text. */
const UUID_CHARACTERS = 36;
/** The nil UUID's text: where a draft's UUID goes (see {@link DRAFT_IDENTITY}). */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
/**
 * The identity of a draft, a text whose UUID {@link withChangedChunks} makes once the text is
 * final: the nil UUID in its place, and the text not hashed, since nothing would read the digest.
 */
const DRAFT_IDENTITY = {
    add: ((text) => text),
    end: ((text) => `${text}${NIL_UUID}${DOCUMENT_END}`),
};
/**
 * A document's identity, made from its text as the text is handed out: all the text before the
 * UUID (the document's last field) is hashed, and the UUID is derived from that digest. Equal
 * documents get equal UUIDs and different ones different UUIDs, and nothing is serialised twice:
 * digesting the SBOM's model instead cost a second JSON.stringify of all of it.
 */
class DocumentIdentity {
    #hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    #identityName;
    /** `identityName` is the format's (see `FormatEncoder.identityName`): each format has UUIDs of its own. */
    constructor(identityName) {
        this.#identityName = identityName;
    }
    /** Part of the text before the UUID, hashed, and returned as it is. */
    add(text) {
        this.#hash.update(text);
        return text;
    }
    /** The document's last part: `text` (the rest before the UUID, hashed too), the UUID and the document's end. */
    end(text) {
        return `${this.add(text)}${this.uuid()}${DOCUMENT_END}`;
    }
    /**
     * {@link end}'s text, and the SHA-256 of the whole document (its UTF-8 bytes, as written): the
     * hash of the text before the UUID goes on through the UUID and the end, on a copy, so a caller
     * that needs the document's digest (a checksums file listing it) does not hash it again.
     */
    finish(text) {
        this.add(text);
        const whole = this.#hash.copy();
        const end = `${this.uuid()}${DOCUMENT_END}`;
        return { end: `${text}${end}`, sha256: whole.update(end).digest('hex') };
    }
    /** The UUID of the text added so far, which must be all the text before it (once). */
    uuid() {
        return uuidV5(`https://trust-kit.dev/sbom/${this.#identityName}/${this.#hash.digest('hex')}`);
    }
}
/**
 * A document's chunks with the text before its UUID changed by `change`, a chunk at a time, and
 * the UUID made again from the result: what encoding the changed content would give, with its
 * SHA-256. Chunks, never one string: a release's SPDX document of 700,000 files is longer than
 * V8's longest string (2^29 - 24 characters). Undefined when the last chunk does not end as a
 * document does.
 */

/** `path:line: reason` for an Unknown. */

/** Locations of one package up to which its distinct files are found with a list rather than a set. */
const FEW_LOCATIONS = 16;
/** The distinct files a package was found in, in the order first found, for `sourceInfo` and properties. */



/***/ }),

/***/ 95587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var joinedDocument = (function (format, chunks) {
    const parts = [...chunks];
    let length = 0;
    for (const part of parts)
        length += part.length;
    if (length > external_node_buffer_.constants.MAX_STRING_LENGTH) {
        throw new errors/* SbomError */.S('SBOM_DOCUMENT_TOO_LARGE', `the ${format} document is ${length} characters long, more than one string can hold (${external_node_buffer_.constants.MAX_STRING_LENGTH})`, {
            hint: 'write it to a file (--output or --output-dir; a library caller writes FormatEncoder.chunks), which takes it in chunks',
        });
    }
    return parts.join('');
});var licensesOf = (function (license) {
    if (license === undefined)
        return undefined;
    const term = (0,licenses/* licenseTerm */.K5)(license);
    if (term.kind === 'text')
        return [{ license: { name: term.text } }];
    const only = term.ids.length === 1 && term.ids[0] === term.expression ? term.expression : undefined;
    if (only === undefined || only.startsWith('LicenseRef-'))
        return [{ expression: term.expression }];
    // `DocumentRef-<doc>:LicenseRef-<id>` is one license but no id of the SPDX list.
    return only.startsWith('DocumentRef-') ? [{ license: { name: only } }] : [{ license: { id: only } }];
});var supplierOf = (function (supplier) {
    if (supplier === undefined)
        return undefined;
    const name = supplier.name === '' ? undefined : supplier.name;
    return { name, contact: supplier.email === undefined ? undefined : [{ name, email: supplier.email === '' ? undefined : supplier.email }] };
});var authorOf = (function (supplier) {
    if (supplier?.author !== true)
        return undefined;
    const text = supplier.email === undefined ? supplier.name : `${supplier.name} <${supplier.email}>`;
    return text === '' ? undefined : text;
});var hashesOf = (function (pkg) {
    if (pkg.hashes.length === 0)
        return undefined;
    return pkg.hashes.map(((hash) => ({ alg: HASH_ALGORITHMS[hash.algorithm], content: hash.hex })));
});var componentOf = (function (pkg, type, shared) {
    // npm scopes are CycloneDX groups: `@types/node` is group `@types`, name `node`.
    const slash = pkg.ecosystem === 'npm' && pkg.name.startsWith('@') ? pkg.name.indexOf('/') : -1;
    return {
        type,
        name: slash > 0 ? pkg.name.slice(slash + 1) : pkg.name,
        group: slash > 0 ? pkg.name.slice(0, slash) : undefined,
        // The 1.6 and 1.7 schemas take at most 1,024 characters of a version: a longer one (a hostile lockfile's) is left to the purl, which holds it whole.
        version: pkg.version === '' || pkg.version.length > MAX_VERSION_LENGTH ? undefined : pkg.version,
        'bom-ref': pkg.purl,
        supplier: supplierOf(pkg.supplier),
        // What the package declares as its author is its author too (a string: the field CycloneDX 1.5 to 1.7 all read).
        author: authorOf(pkg.supplier),
        scope: type === 'library' ? SCOPES[pkg.scope] : undefined,
        hashes: hashesOf(pkg),
        licenses: shared.licensesOf(pkg.license),
        purl: pkg.ecosystem === 'generic' ? undefined : pkg.purl,
        externalReferences: pkg.downloadLocation === undefined ? undefined : [{ url: (0,urls/* iriReference */.oI)(pkg.downloadLocation), type: 'distribution' }],
        properties: shared.propertiesOf(pkg),
        components: undefined,
    };
});var fileComponent = (function (file) {
    const hashes = [];
    if (file.digest.sha256 !== undefined)
        hashes.push({ alg: 'SHA-256', content: file.digest.sha256 });
    if (file.digest.sha512 !== undefined)
        hashes.push({ alg: 'SHA-512', content: file.digest.sha512 });
    return {
        type: 'file',
        name: file.name,
        group: undefined,
        version: undefined,
        'bom-ref': `file:${file.name}`,
        supplier: undefined,
        author: undefined,
        scope: undefined,
        hashes: hashes.length > 0 ? hashes : undefined,
        licenses: undefined,
        purl: undefined,
        externalReferences: undefined,
        properties: undefined,
        components: undefined,
    };
});var cycloneDxJsonChunks = (function* (sbom, version, identity = new formats_identity/* DocumentIdentity */.w2(cycloneDxIdentityName(version))) {
    const shared = new SharedParts();
    const packages = new Map();
    // Indexed loops over the thousands of packages and edges: an iterator per element is garbage in code that runs once.
    for (let index = 0; index < sbom.packages.length; index++) {
        const pkg = sbom.packages[index];
        packages.set(pkg.purl, pkg);
    }
    const exists = ((purl) => purl === sbom.root.purl || packages.has(purl));
    // Containment is nesting: a workspace member under its project, a nested project's members under
    // it. Nesting is a tree, so a package goes under its first container only, and never under itself;
    // every other edge between components is a dependency, in the SBOM's order.
    const containers = new Map();
    const nested = new Map();
    // Each component's dependencies in the SBOM's order, without repeats or self-edges: a list while
    // it is short (most packages depend on a few others), a set past that, so that no list is searched long.
    const dependencies = new Map();
    const within = ((purl, ancestor) => {
        for (let at = purl; at !== undefined; at = containers.get(at))
            if (at === ancestor)
                return true;
        return false;
    });
    const depend = ((from, to) => {
        if (to === from)
            return;
        const targets = dependencies.get(from);
        if (targets === undefined)
            dependencies.set(from, [to]);
        else if (!Array.isArray(targets))
            targets.add(to);
        else if (!targets.includes(to)) {
            if (targets.length < SHORT_LIST)
                targets.push(to);
            else
                dependencies.set(from, new Set(targets).add(to));
        }
    });
    for (let index = 0; index < sbom.relationships.length; index++) {
        const { from, to, type } = sbom.relationships[index];
        if (!exists(from) || !exists(to))
            continue;
        if (type === 'contains' && to !== sbom.root.purl && !containers.has(to) && !within(from, to)) {
            containers.set(to, from);
            const children = nested.get(from);
            if (children === undefined)
                nested.set(from, [to]);
            else
                children.push(to);
        }
        else
            depend(from, to);
    }
    // A release file built from packages (a Go binary's modules): a dependency edge, since a module shared by several binaries can nest under only one.
    for (const file of sbom.files) {
        const ref = `file:${file.name}`;
        dependencies.set(ref, []);
        for (const purl of file.contains ?? [])
            if (exists(purl))
                depend(ref, purl);
    }
    /** A component with the components nested in it. */
    const componentTree = ((pkg, type) => {
        const component = componentOf(pkg, type, shared);
        const children = nested.get(pkg.purl);
        if (children !== undefined)
            component.components = children.map(((purl) => componentTree(packages.get(purl), 'library')));
        return component;
    });
    /** The bom-refs of a component tree, depth first. */
    const addRefs = ((purl, into) => {
        into.push(purl);
        const children = nested.get(purl);
        if (children !== undefined)
            for (const child of children)
                addRefs(child, into);
        return into;
    });
    const root = componentTree(sbom.root, 'application');
    // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else unknown.
    const organization = sbom.organization === '' ? undefined : sbom.organization;
    if (sbom.organization !== undefined)
        root.supplier = { name: organization };
    const toolVersion = sbom.tool.replace(/^trust-kit-/, '');
    const skeleton = {
        $schema: `http://cyclonedx.org/schema/bom-${version}.schema.json`,
        bomFormat: 'CycloneDX',
        specVersion: version,
        version: 1,
        metadata: {
            timestamp: sbom.created.toISOString(),
            // From lockfiles alone the SBOM is made before the build; with the release files, as part of it.
            lifecycles: [{ phase: sbom.files.length > 0 ? 'build' : 'pre-build' }],
            tools: { components: [{ type: 'application', name: 'trust-kit', version: toolVersion === '' ? undefined : toolVersion }] },
            authors: sbom.organization === undefined ? undefined : [{ name: organization }],
            component: root,
            properties: sbom.unknowns.length === 0 ? undefined : sbom.unknowns.map(((unknown) => ({ name: 'trust-kit:unknown', value: (0,formats_identity/* unknownText */.qL)(unknown) }))),
        },
    };
    const check = new validate/* CycloneDxCheck */.O5(skeleton);
    const topLevel = containers.size === 0 ? sbom.packages : sbom.packages.filter(((pkg) => !containers.has(pkg.purl)));
    // The skeleton's text without its closing brace, the two lists, then the serial number: made from all the text before it.
    const chunks = new JsonChunks(`${JSON.stringify(skeleton).slice(0, -1)},"components":[`);
    for (let index = 0; index < topLevel.length; index++) {
        const component = componentTree(topLevel[index], 'library');
        check.component(component);
        if (chunks.item(component))
            yield identity.add(chunks.take());
    }
    for (const file of sbom.files) {
        const component = fileComponent(file);
        check.component(component);
        if (chunks.item(component))
            yield identity.add(chunks.take());
    }
    if (chunks.text('],"dependencies":['))
        yield identity.add(chunks.take());
    const refs = addRefs(sbom.root.purl, []);
    for (let index = 0; index < topLevel.length; index++)
        addRefs(topLevel[index].purl, refs);
    for (const file of sbom.files)
        refs.push(`file:${file.name}`);
    for (let index = 0; index < refs.length; index++) {
        const ref = refs[index];
        const targets = dependencies.get(ref);
        const dependsOn = targets === undefined || Array.isArray(targets) ? targets : [...targets];
        const entry = { ref, dependsOn: dependsOn !== undefined && dependsOn.length > 0 ? dependsOn : undefined };
        check.dependency(entry);
        if (chunks.item(entry))
            yield identity.add(chunks.take());
    }
    (0,validate/* throwIfProblems */.W8)('CycloneDX', check.problems());
    chunks.text('],"serialNumber":"urn:uuid:');
    yield identity.end(chunks.take());
});var toCycloneDxJson = (function (sbom, version) {
    return joinedDocument('CycloneDX', cycloneDxJsonChunks(sbom, version));
});var cycloneDxIdentityName = (function (version) {
    return `cyclonedx-json@${version}`;
});var cycloneDxEncoder = (function (version, name, fileName) {
    return {
        name,
        extension: '.cdx.json',
        fileName,
        mediaType: `application/vnd.cyclonedx+json; version=${version}`,
        identityName: cycloneDxIdentityName(version),
        encode: ((sbom) => toCycloneDxJson(sbom, version)),
        draft: ((sbom) => [...cycloneDxJsonChunks(sbom, version, formats_identity/* DRAFT_IDENTITY */.Vb)]),
        chunks: ((sbom) => cycloneDxJsonChunks(sbom, version)),
    };
});var shortHash = (function (text) {
    return (0,external_node_crypto_.hash)('sha256', text, 'hex').slice(0, 12);
});var idSafe = (function (text) {
    return text.replace(NOT_ID_SAFE, '-').replace(LEADING_DASHES, '').slice(0, 60);
});var spdxPackageId = (function (pkg) {
    return `SPDXRef-Package-${pkg.ecosystem}-${idSafe(pkg.name)}-${shortHash(pkg.purl)}`;
});var spdxArtifactId = (function (name) {
    return `SPDXRef-Artifact-${idSafe(name.split('/').pop() ?? name)}-${shortHash(`file:${name}`)}`;
});var artifactPurpose = (function (file) {
    if (ARCHIVE_NAME.test(file.name))
        return 'ARCHIVE';
    if ((file.contains?.length ?? 0) > 0 || /\.(?:exe|appimage)$/i.test(file.name))
        return 'APPLICATION';
    return 'FILE';
});var supplierText = (function (supplier) {
    return `${supplier.type}: ${supplier.name}${supplier.email === undefined ? '' : ` (${supplier.email})`}`;
});var spdxTimestamp = (function (date) {
    return `${date.toISOString().slice(0, 19)}Z`;
});var spdxDownloadLocation = (function (location) {
    if (location === undefined || !(0,urls/* isSpdxUri */.Q3)(location) || !(SPDX_TOOLS_URL_START.test(location) || SPDX_TOOLS_VCS_LOCATION.test(location)))
        return NOASSERTION;
    return GIT_URL.test(location) ? location.replace(GIT_COMMIT_FRAGMENT, '@$1') : location;
});var dependencyKind = (function (from, to) {
    if (to === 'dev' && from !== 'dev')
        return 'DEV_DEPENDENCY_OF';
    if (to === 'optional' && from === 'required')
        return 'OPTIONAL_DEPENDENCY_OF';
    return undefined;
});var toSpdx = (function (sbom) {
    const parts = new SpdxParts(sbom);
    const body = { ...parts.head, packages: [...parts.packages()], relationships: [...parts.relationships()] };
    const extracted = parts.extractedLicenses();
    if (extracted !== undefined)
        body.hasExtractedLicensingInfos = extracted;
    const identity = new DocumentIdentity(SPDX_IDENTITY_NAME);
    identity.add(jsonWithoutCommandMarkers(`${JSON.stringify(body).slice(0, -1)},"documentNamespace":${namespaceStart(parts)}`));
    return { ...body, documentNamespace: `${parts.namespacePrefix}${identity.uuid()}` };
});var namespaceStart = (function (parts) {
    return JSON.stringify(parts.namespacePrefix).slice(0, -1);
});var spdxJsonChunks = (function* (sbom, identity = new formats_identity/* DocumentIdentity */.w2(SPDX_IDENTITY_NAME)) {
    const parts = new SpdxParts(sbom);
    // The namespace's UUID is made last, from the text; it is hex, so the nil UUID stands for it in the check of the namespace's form.
    const check = new validate/* SpdxCheck */.Gn({ ...parts.head, documentNamespace: `${parts.namespacePrefix}00000000-0000-0000-0000-000000000000` });
    const chunks = new JsonChunks(`${JSON.stringify(parts.head).slice(0, -1)},"packages":[`);
    for (const pkg of parts.packages()) {
        check.package(pkg);
        if (chunks.item(pkg))
            yield identity.add(chunks.take());
    }
    if (chunks.text('],"relationships":['))
        yield identity.add(chunks.take());
    for (const relationship of parts.relationships()) {
        check.relationship(relationship);
        if (chunks.item(relationship))
            yield identity.add(chunks.take());
    }
    if (chunks.text(']'))
        yield identity.add(chunks.take());
    const extracted = parts.extractedLicenses();
    check.extractedLicenses(extracted ?? []);
    if (extracted !== undefined && chunks.text(`,"hasExtractedLicensingInfos":${JSON.stringify(extracted)}`))
        yield identity.add(chunks.take());
    (0,validate/* throwIfProblems */.W8)('SPDX', check.problems());
    chunks.text(`,"documentNamespace":${namespaceStart(parts)}`);
    yield identity.end(chunks.take());
});var encoderFor = (function (name) {
    // A name that is not a string (plain JavaScript) is no format either: it failed on toLowerCase with a TypeError.
    const encoder = typeof name === 'string' ? FORMATS.find(((format) => format.name === name.toLowerCase())) : undefined;
    if (encoder === undefined) {
        throw new errors/* SbomError */.S('SBOM_FORMAT_UNKNOWN', `unknown SBOM format ${typeof name === 'string' ? `"${name}"` : `(${(0,quote/* typeName */.go)(name)})`}`, { hint: `choose one of ${FORMAT_NAMES.join(', ')}` });
    }
    return encoder;
});var formatsNamedBy = (function (fileName) {
    const name = fileName.toLowerCase();
    const suffix = ((format) => format.fileName.slice(format.fileName.indexOf('.')));
    const versioned = FORMATS.find(((format) => suffix(format) !== format.extension && name.endsWith(suffix(format))));
    if (versioned !== undefined)
        return [versioned.name];
    return FORMATS.filter(((format) => name.endsWith(format.extension))).map(((format) => format.name));
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hR: (() => (/* binding */ FORMATS)),
  LZ: (() => (/* binding */ FORMAT_ALIASES)),
  BU: (() => (/* binding */ FORMAT_NAMES)),
  Eq: (() => (/* binding */ encoderFor)),
  hA: (() => (/* binding */ formatsNamedBy))
});

// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/licenses.js
var licenses = __webpack_require__(29305);
// EXTERNAL MODULE: ./lib/sbom/urls.js
var urls = __webpack_require__(80211);
// EXTERNAL MODULE: ./lib/sbom/validate.js
var validate = __webpack_require__(20607);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
;// CONCATENATED MODULE: ./lib/sbom/formats/encoder.js



/** About how many characters {@link JsonChunks} gathers before handing a chunk out: few writes, little held. */
const CHUNK_CHARACTERS = 256 * 1024;
/**
 * How many list items {@link JsonChunks} stringifies in one `JSON.stringify` call: an array's
 * text is its items' texts joined by commas, so the bytes are the same, and one call per item
 * costs a third more than the stringifying itself on the thousands of small items of a document.
 */
const ITEMS_PER_STRINGIFY = 256;
/**
 * JSON text written a list item at a time: the items are `JSON.stringify`'d a few hundred at a
 * time and joined with commas, which gives the same bytes as stringifying the whole list, and
 * handed out in chunks of about {@link CHUNK_CHARACTERS}: `item` and `text` say when one is ready,
 * `take` hands it out (plain calls, not nested generators: a document has hundreds of thousands
 * of items). An item must not change once given.
 */
class JsonChunks {
    buffer;
    /** Whether the next text the buffer gets is the first item of a list (no comma before it). */
    first = true;
    /** Items given and not yet stringified. */
    pending = [];
    /** `start` is the text before the first list's first item (`{...,"packages":[`). */
    constructor(start) {
        this.buffer = start;
    }
    /** Adds one list item; whether a chunk is ready to take. */
    item(value) {
        this.pending.push(value);
        if (this.pending.length < ITEMS_PER_STRINGIFY)
            return false;
        this.flush();
        return this.buffer.length >= CHUNK_CHARACTERS;
    }
    /** Adds text between lists (`],"relationships":[`), after which the next item is the first of a list; whether a chunk is ready to take. */
    text(text) {
        this.flush();
        this.buffer += text;
        this.first = true;
        return this.buffer.length >= CHUNK_CHARACTERS;
    }
    /**
     * The text gathered so far, as one chunk, in which no `##[` or raw line separator is left (a
     * chunk ends between items, so none spans two): a document printed to an Actions job's log
     * (`trust-kit sbom . | tee sbom.json`) is never fenced off as a workflow command, and a file
     * holds the same bytes.
     */
    take() {
        this.flush();
        const chunk = (0,logger/* jsonWithoutCommandMarkers */.J8)(this.buffer);
        this.buffer = '';
        return chunk;
    }
    flush() {
        if (this.pending.length === 0)
            return;
        const items = JSON.stringify(this.pending);
        // `[a,b]` without its brackets is `a,b`.
        this.buffer += this.first ? items.slice(1, -1) : `,${items.slice(1, -1)}`;
        this.first = false;
        this.pending = [];
    }
}
/**
 * A document's chunks as one string: what `encode` returns. Fails with SBOM_DOCUMENT_TOO_LARGE,
 * before joining them, when they are longer in all than V8's longest string (2^29 - 24 UTF-16
 * units on 64-bit): such a document is written only from its chunks (a file; the CLI's output
 * streams them), and joining them was an uncoded RangeError.
 */


// EXTERNAL MODULE: ./lib/sbom/formats/identity.js
var formats_identity = __webpack_require__(6018);
;// CONCATENATED MODULE: ./lib/sbom/formats/cyclonedx.js
/**
 * CycloneDX 1.5, 1.6 and 1.7 JSON, written directly from the SBOM model.
 *
 * Why by hand: issue 11's bar is a whole `trust-kit sbom` run at least 10x faster than the fastest
 * peer (syft), and on theia that leaves about 0.14 s for everything. With
 * @cyclonedx/cyclonedx-library (its models and JSON normalizer; trust-kit already shared license and
 * property parts, skipped its serializer and did its own sorting and checking), the CycloneDX
 * document of theia took about 42 ms of CPU in a cold run, and loading the library's bundled code
 * (about 600 KB of dist/cli) about 10 ms more; written here, the document takes about 23 ms. A
 * component is a plain object with the normalizer's keys in the normalizer's order, given to
 * `JSON.stringify` a few hundred at a time.
 *
 * The bytes are those the library wrote for our models (test/sbom/cyclonedx-differential.test.ts
 * compares them byte for byte on every fixture and the corpus, in every version we write, and on
 * hostile strings), and rest on what the library did with them:
 * - keys in the normalizer's order; a key whose value is undefined, an empty string where the
 *   normalizer writes `|| undefined` (group, author, a supplier's or contact's name, an email, the
 *   tool's version) or an empty list is left out; a component's name, a property's name and value
 *   and a license's name are written even when empty (an empty purl, the bom-ref, fails the
 *   document's check, as it did);
 * - a license that is one id of the SPDX license list is `{license: {id}}`, free text (or a
 *   `DocumentRef-`, which the library's id list lacks) is `{license: {name}}`, anything else is an
 *   `{expression}`: every id spdx-expression-parse accepts is in the CycloneDX schemas' SPDX enum
 *   (a test checks it against the schemas the library ships, for each version);
 * - an external reference's URL has the characters ` "'[]<>{}` percent-encoded, as the library's
 *   `escapeUri` does, and the others no IRI may hold as they are too (urls.ts's `iriReference`);
 * - the three versions differ only in `$schema` and `specVersion`: for the fields trust-kit writes
 *   (component properties and authors included), the library's spec objects allow the same in each.
 * Hashes come from the model as lowercase hex of the algorithm's length, one per algorithm
 * (src/sbom/hashes.ts; release files' from their digests); a malformed one, or a second of one
 * algorithm, is written as it is and fails the document's check, where the library dropped it.
 */





/** The most characters of a component's version the CycloneDX 1.6 and 1.7 schemas take (`definitions/version`). */
const MAX_VERSION_LENGTH = 1024;
/** The CycloneDX versions trust-kit writes; 1.6 is the default. */
const CYCLONEDX_VERSIONS = (/* unused pure expression or super */ null && (['1.5', '1.6', '1.7']));
/** CycloneDX's names of the hash algorithms a package can have. */
const HASH_ALGORITHMS = {
    MD5: 'MD5',
    SHA1: 'SHA-1',
    SHA256: 'SHA-256',
    SHA384: 'SHA-384',
    SHA512: 'SHA-512',
    'BLAKE2b-256': 'BLAKE2b-256',
};
const SCOPES = {
    required: 'required',
    optional: 'optional',
    // CycloneDX's `excluded`: not part of what runs; the closest to a development dependency.
    dev: 'excluded',
};
/** How many dependencies of a component are kept in a list, searched for repeats, before they move to a set. */
const SHORT_LIST = 16;
/** A package's `licenses`: undefined when it declares none. */

/**
 * The licenses and properties many components have alike, made once per BOM: a few licenses and
 * source files cover tens of thousands of packages. Nothing changes them once made, so components share them.
 */
class SharedParts {
    licenses = new Map();
    properties = new Map();
    licensesOf(license) {
        if (this.licenses.has(license))
            return this.licenses.get(license);
        const licenses = licensesOf(license);
        this.licenses.set(license, licenses);
        return licenses;
    }
    /** The source-file properties, then the package's own; undefined when there are none; shared when it has none of its own. */
    propertiesOf(pkg) {
        const files = (0,formats_identity/* sourceFiles */.l$)(pkg);
        const make = (() => {
            const properties = files.map(((path) => ({ name: 'trust-kit:source-file', value: path })));
            for (const property of pkg.properties ?? [])
                properties.push({ name: property.name, value: property.value });
            return properties.length > 0 ? properties : undefined;
        });
        if (pkg.properties !== undefined && pkg.properties.length > 0)
            return make();
        // Paths hold no U+0000.
        const key = files.join('\u0000');
        if (this.properties.has(key))
            return this.properties.get(key);
        const properties = make();
        this.properties.set(key, properties);
        return properties;
    }
}
/** CycloneDX's supplier: an organisational entity, named as the package says, with the person and email as its contact when known. */

/** `Name <email>`, as npm writes an author; undefined when that is empty. */

/** The hashes of a package: CycloneDX algorithm names, in the model's order (one per algorithm). */

/** A component of a package, without the components nested in it. */

/** A release file as a `file` component, with its hashes. */

/**
 * The CycloneDX JSON text of an SBOM in chunks, one top-level component tree at a time: every
 * component has its purl as a unique bom-ref, workspace members nest under the project that
 * contains them, release files are `file` components, and everything is in sorted order. Only one
 * component tree (and the document's skeleton) is held at a time. Checked as it is made; throws
 * SBOM_INVALID_DOCUMENT before the last chunk when a check failed. The serial number is the UUID
 * `identity` makes (a draft's is nil).
 */

/** The CycloneDX JSON text of an SBOM, whole (see {@link cycloneDxJsonChunks}). */

/** What a CycloneDX document's serial number is derived under: one per specification version. */

/** A CycloneDX JSON encoder for one spec version. */


// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/sbom/formats/spdx.js







const NOASSERTION = 'NOASSERTION';
/** What an SPDX document's namespace UUID is derived under. */
const SPDX_IDENTITY_NAME = 'spdx-json';

/** Made once, as the other expressions of this module: a literal in a function is a new object at each of thousands of calls. */
const NOT_ID_SAFE = /[^A-Za-z0-9.-]/g;
const LEADING_DASHES = /^-+/;
const GIT_URL = /^git(?:\+[a-z]+)?:\/\//i;
const GIT_COMMIT_FRAGMENT = /#([^#/]+)$/;
/**
 * The download locations spdx-tools (the parser the NTIA checker runs) accepts: a URL whose start
 * is a host with a dot and a label of 2 to 5 letters (matched from the start only), or a VCS
 * location (`git+...`) that is such a URL whole, with nothing after the label but a port and a
 * path. An IP address, `localhost`, a host without a dot (`http://nexus:8081/...`) or a VCS host
 * under a longer label (`git+https://git.corp.internal/...`) fails the whole document there, though
 * SPDX's grammar allows any URL. Linear: each part has its own separator.
 */
const SPDX_TOOLS_URL_START = /^(?:(?:https?|ssh|git|svn|sftp|ftp):\/\/)?(?:[\w\-.!~*'()%;:&=+$,]+@)?[a-z0-9]+(?:[-.][a-z0-9]+)*\.[a-z]{2,5}/i;
const SPDX_TOOLS_VCS_LOCATION = /^(?:(?:git|hg|svn|bzr)\+)?(?:(?:https?|ssh|git|svn|sftp|ftp):\/\/)?(?:[\w\-.!~*'()%;:&=+$,]+@)?[a-z0-9]+(?:[-.][a-z0-9]+)*\.[a-z]{2,5}(?::[0-9]{1,5})?(?:\/.*)?$|^git\+git@[a-z0-9.-]+:[a-z0-9/\\.@-]+$|^bzr\+lp:[a-z0-9.-]+$/i;
/** Characters SPDX allows in an SPDXID (`[A-Za-z0-9.-]`), the rest replaced by `-`. */

/** The SPDXID of a package: readable, and unique because it carries a hash of the purl. */


/** Names of archives and package files (`.tar.gz`, `.zip`, `.deb`, `.whl`, ...): a release artifact that holds other files. */
const ARCHIVE_NAME = /\.(?:tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|zip|7z|rar|jar|war|ear|whl|egg|gem|nupkg|crate|deb|rpm|apk|dmg|pkg|msi)$/i;
/** What a release artifact is, in SPDX's words: an archive, a program (built from packages, or an executable by its name), or a plain file. */

/** An SPDX agent: `Person: Name (email)` or `Organization: Name`. */

/** `2024-01-02T03:04:05Z`: SPDX's timestamp form (no fractions). */

/**
 * A package's download location as SPDX writes it. A git source (`git+URL#commit`, as npm and our
 * parsers record it) takes SPDX's VCS form `git+URL@commit`, since SPDX reads `#` as a sub-path.
 * SPDX wants a URI; anything else a lockfile calls a source (a path, a registry name), or a URL
 * spdx-tools refuses (see {@link SPDX_TOOLS_VCS_LOCATION}), is NOASSERTION: the purl's qualifier keeps it.
 */

/** DEV_DEPENDENCY_OF / OPTIONAL_DEPENDENCY_OF where the edge itself makes the dependency dev or optional. */

/**
 * An SBOM's SPDX 2.3 document, made one part at a time in the order it is written: the head, each
 * package (the root first, the release artifacts last), each relationship, the extracted licenses
 * the packages named, and last the namespace, whose UUID is made from all the text before it.
 * Nothing holds the whole document, so a writer can stream it.
 */
class SpdxParts {
    sbom;
    head;
    /** The document namespace up to its UUID. */
    namespacePrefix;
    root;
    /**
     * Release artifacts are packages, not SPDX files: a file must carry a SHA-1, which would cost a
     * second digest of every artifact; a package needs none, and its checksums are the release's.
     */
    artifacts;
    extracted = new Map();
    /** Each distinct license's declared form, by the package's license text. */
    licenses = new Map();
    /** Each package's SPDXID and scope (the root's is required), by purl: one lookup per relationship end. */
    elements = new Map();
    annotationDate;
    annotator;
    constructor(sbom) {
        this.sbom = sbom;
        this.annotationDate = spdxTimestamp(sbom.created);
        this.annotator = `Tool: ${sbom.tool}`;
        this.elements.set(sbom.root.purl, { id: spdxPackageId(sbom.root), scope: 'required' });
        for (const pkg of sbom.packages)
            this.elements.set(pkg.purl, { id: spdxPackageId(pkg), scope: pkg.scope });
        const root = this.packageOf(sbom.root, sbom.files.length > 0 || sbom.root.ecosystem !== 'generic' ? 'APPLICATION' : 'SOURCE');
        // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else NOASSERTION.
        if (sbom.organization !== undefined)
            root.supplier = `Organization: ${sbom.organization}`;
        this.root = root;
        this.artifacts = sbom.files.map(((file) => {
            const checksums = [];
            if (file.digest.sha256 !== undefined)
                checksums.push({ algorithm: 'SHA256', checksumValue: file.digest.sha256 });
            if (file.digest.sha512 !== undefined)
                checksums.push({ algorithm: 'SHA512', checksumValue: file.digest.sha512 });
            return {
                SPDXID: spdxArtifactId(file.name),
                name: file.name,
                // Built from the root at its version: the release's version.
                versionInfo: root.versionInfo,
                packageFileName: file.name,
                supplier: root.supplier,
                downloadLocation: NOASSERTION,
                filesAnalyzed: false,
                checksums,
                licenseConcluded: NOASSERTION,
                licenseDeclared: NOASSERTION,
                copyrightText: NOASSERTION,
                primaryPackagePurpose: artifactPurpose(file),
            };
        }));
        const creators = [...(sbom.organization === undefined ? [] : [`Organization: ${sbom.organization}`]), `Tool: ${sbom.tool}`];
        const creationInfo = { created: spdxTimestamp(sbom.created), creators };
        if (sbom.unknowns.length > 0)
            creationInfo.comment = `This SBOM is incomplete; what trust-kit could not catalog: ${sbom.unknowns.map(formats_identity/* unknownText */.qL).join('; ')}`;
        const name = sbom.root.version === '' ? sbom.root.name : `${sbom.root.name}@${sbom.root.version}`;
        this.head = {
            spdxVersion: 'SPDX-2.3',
            dataLicense: 'CC0-1.0',
            SPDXID: 'SPDXRef-DOCUMENT',
            name,
            creationInfo,
        };
        this.namespacePrefix = `https://spdx.org/spdxdocs/${encodeURIComponent(idSafe(name))}-`;
    }
    /**
     * A license as SPDX declares it; free text and LicenseRefs the package names are recorded as
     * extracted licenses. Once per distinct license: a few dozen cover thousands of packages.
     */
    declared(license) {
        if (license === undefined)
            return NOASSERTION;
        let declared = this.licenses.get(license);
        if (declared === undefined)
            this.licenses.set(license, (declared = this.declare(license)));
        return declared;
    }
    declare(license) {
        const term = (0,licenses/* licenseTerm */.K5)(license);
        // A reference into another SPDX document would need that document declared; it is kept as the text it is.
        if (term.kind === 'expression' && !term.expression.includes('DocumentRef-')) {
            // A LicenseRef the package itself names must be declared too; the lockfile has its name, not its text.
            for (const id of term.ids) {
                if (id.startsWith('LicenseRef-') && !this.extracted.has(id)) {
                    this.extracted.set(id, { name: id.slice('LicenseRef-'.length), text: `${id}: the package names this license; its text is not in the lockfile or manifest` });
                }
            }
            return term.expression;
        }
        // Free text is kept verbatim, as SPDX says: an extracted license with its own LicenseRef.
        const text = term.kind === 'text' ? term.text : term.expression;
        const id = `LicenseRef-${idSafe(text)}-${shortHash(text).slice(0, 8)}`;
        this.extracted.set(id, { name: text, text });
        return id;
    }
    packageOf(pkg, purpose) {
        const files = (0,formats_identity/* sourceFiles */.l$)(pkg);
        const { annotationDate, annotator } = this;
        // One literal in the order SPDX tools print fields; absent ones are undefined, which JSON leaves
        // out (spreading optional fields costs more than the rest on thousands of packages).
        return {
            SPDXID: this.elements.get(pkg.purl)?.id ?? spdxPackageId(pkg),
            name: pkg.name,
            versionInfo: pkg.version === '' ? undefined : pkg.version,
            supplier: pkg.supplier === undefined ? NOASSERTION : supplierText(pkg.supplier),
            // A supplier the package declares as its author is also where it originally came from; one
            // derived from where it is fetched (a Go module path, a git host) says nothing of its origin.
            originator: pkg.supplier?.author === true ? supplierText(pkg.supplier) : undefined,
            downloadLocation: spdxDownloadLocation(pkg.downloadLocation),
            filesAnalyzed: false,
            checksums: pkg.hashes.length === 0 ? undefined : pkg.hashes.map(((digest) => ({ algorithm: digest.algorithm, checksumValue: digest.hex }))),
            licenseConcluded: NOASSERTION,
            licenseDeclared: this.declared(pkg.license),
            copyrightText: NOASSERTION,
            sourceInfo: files.length === 0 ? undefined : `found in ${files.join(', ')}`,
            // A directory-named root has no package-manager identity worth advertising.
            externalRefs: pkg.ecosystem === 'generic' ? undefined : [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
            primaryPackagePurpose: purpose,
            annotations: pkg.properties?.map(((property) => ({ annotationDate, annotationType: 'OTHER', annotator, comment: `${property.name}: ${property.value}` }))),
        };
    }
    /** The root, every package in the SBOM's order, then the release artifacts. */
    *packages() {
        yield this.root;
        for (const pkg of this.sbom.packages)
            yield this.packageOf(pkg, 'LIBRARY');
        yield* this.artifacts;
    }
    /** DESCRIBES, the SBOM's relationships, then what release artifacts the root generates and what they contain. */
    *relationships() {
        const { sbom, elements } = this;
        const rootId = elements.get(sbom.root.purl)?.id;
        // The document describes the project and, for a release, what it published: checkers that walk
        // from the described elements (ntia-conformance-checker) do not follow GENERATES.
        yield { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId };
        for (const artifact of this.artifacts)
            yield { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: artifact.SPDXID };
        for (const relationship of sbom.relationships) {
            const fromElement = elements.get(relationship.from);
            const toElement = elements.get(relationship.to);
            if (fromElement === undefined || toElement === undefined)
                continue;
            const from = fromElement.id;
            const to = toElement.id;
            if (relationship.type === 'contains') {
                yield { spdxElementId: from, relationshipType: 'CONTAINS', relatedSpdxElement: to };
                continue;
            }
            // Where a dependency turns dev or optional (included on request), SPDX can say so, from the dependency's side;
            // a project's own devDependency is a dev edge even to a package that ships through another path, and a build script's dependency a build edge.
            const kind = relationship.type === 'dev-depends-on' ? 'DEV_DEPENDENCY_OF' : relationship.type === 'build-depends-on' ? 'BUILD_DEPENDENCY_OF' : dependencyKind(fromElement.scope, toElement.scope);
            const written = kind === undefined ? { spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to } : { spdxElementId: to, relationshipType: kind, relatedSpdxElement: from };
            if (relationship.comment !== undefined)
                written.comment = relationship.comment;
            yield written;
        }
        for (const artifact of this.artifacts)
            yield { spdxElementId: rootId, relationshipType: 'GENERATES', relatedSpdxElement: artifact.SPDXID };
        // A release file built from packages (a Go binary's statically linked modules) contains them.
        for (const [index, file] of sbom.files.entries()) {
            const fileId = this.artifacts[index]?.SPDXID;
            for (const purl of file.contains ?? []) {
                const id = elements.get(purl)?.id;
                if (fileId !== undefined && id !== undefined)
                    yield { spdxElementId: fileId, relationshipType: 'CONTAINS', relatedSpdxElement: id };
            }
        }
    }
    /** The extracted licenses the packages named, sorted by id: complete once every package was made. */
    extractedLicenses() {
        if (this.extracted.size === 0)
            return undefined;
        return [...this.extracted]
            .sort((([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
            .map((([licenseId, { name, text }]) => ({ licenseId, extractedText: text, name })));
    }
}
/** Builds the SPDX 2.3 document of an SBOM as one object, made whole: what {@link spdxJsonChunks} writes a part at a time. */

/** The JSON text of the document namespace up to its UUID: the opening quote and the prefix. */

/**
 * The SPDX 2.3 JSON text of an SBOM in chunks, checked as it is made: the bytes of
 * `JSON.stringify(toSpdx(sbom))` (with `##[` and line separators escaped, see JsonChunks.take)
 * and a newline, without ever holding the document or its text
 * whole. Throws SBOM_INVALID_DOCUMENT at the end when a check failed, before the last chunk.
 * The namespace ends with the UUID `identity` makes (a draft's is nil).
 */

/** SPDX 2.3 JSON. */
const spdxJsonEncoder = {
    name: 'spdx-json',
    extension: '.spdx.json',
    fileName: 'sbom.spdx.json',
    mediaType: 'application/spdx+json',
    identityName: SPDX_IDENTITY_NAME,
    chunks: spdxJsonChunks,
    encode: ((sbom) => joinedDocument('SPDX', spdxJsonChunks(sbom))),
    draft: ((sbom) => [...spdxJsonChunks(sbom, formats_identity/* DRAFT_IDENTITY */.Vb)]),
};

;// CONCATENATED MODULE: ./lib/sbom/formats/index.js




/** Every SBOM format trust-kit writes, by the name users select it with; adding one is one line here. */
const FORMATS = [
    spdxJsonEncoder,
    cycloneDxEncoder('1.6', 'cyclonedx-json', 'sbom.cdx.json'),
    cycloneDxEncoder('1.5', 'cyclonedx-json@1.5', 'sbom.cdx-1.5.json'),
    cycloneDxEncoder('1.7', 'cyclonedx-json@1.7', 'sbom.cdx-1.7.json'),
];
/** The names of {@link FORMATS}. */
const FORMAT_NAMES = FORMATS.map(((format) => format.name));
/** The default versions named as the others are (`cyclonedx-json@1.6` beside `cyclonedx-json@1.5`): the same format. */
const FORMAT_ALIASES = { 'cyclonedx-json@1.6': 'cyclonedx-json', 'spdx-json@2.3': 'spdx-json' };
/** The encoder for a format name; throws SBOM_FORMAT_UNKNOWN naming the choices. */

/**
 * The formats a file name says its document is in, by the names trust-kit gives its own files: a
 * version's own suffix (`.cdx-1.5.json`) names that format, a family's extension (`.cdx.json`,
 * `.spdx.json`) any of the family, the default version first; another name (`bom.json`) says nothing.
 */



/***/ }),

/***/ 93339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var segmentMatches = (function (pattern, name) {
    let p = 0;
    let n = 0;
    let star = -1;
    let resume = 0;
    while (n < name.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
            p++;
            n++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = n;
        }
        else if (star !== -1) {
            p = star + 1;
            n = ++resume;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: (() => (/* binding */ segmentMatches))
/* harmony export */ });
/** Whether one path segment matches one pattern segment of `*` (any run) and `?` (one character): greedy with one backtrack point, O(length of both). */



/***/ }),

/***/ 91573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var hexHash = (function (algorithm, hex) {
    if (hex.length !== HASH_HEX_LENGTH[algorithm] || !HEX.test(hex))
        return undefined;
    return { algorithm, hex: hex.toLowerCase() };
});var base64Hash = (function (algorithm, base64) {
    if (!BASE64_DIGEST.test(base64))
        return undefined;
    const length = DECODED.write(base64, 0, 'base64');
    // Hex from bytes is always lowercase hex: only the length can be wrong.
    return length * 2 === HASH_HEX_LENGTH[algorithm] ? { algorithm, hex: DECODED.toString('hex', 0, length) } : undefined;
});var sriHash = (function (token) {
    const dash = token.indexOf('-');
    if (dash <= 0)
        return undefined;
    const algorithm = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
    if (algorithm === undefined)
        return undefined;
    // SRI allows `?options` after the digest; they carry no hash bits.
    const query = token.indexOf('?', dash);
    return base64Hash(algorithm, query === -1 ? token.slice(dash + 1) : token.slice(dash + 1, query));
});var sriHashes = (function (integrity) {
    // Nearly every lockfile entry has one token: no splitting, no sorting.
    if (!WHITE_SPACE.test(integrity)) {
        const hash = sriHash(integrity);
        return hash === undefined ? [] : [hash];
    }
    const hashes = new Map();
    for (const token of integrity.split(/\s+/)) {
        const hash = sriHash(token);
        if (hash !== undefined && !hashes.has(hash.algorithm))
            hashes.set(hash.algorithm, hash);
    }
    return sortHashes([...hashes.values()]);
});var sortHashes = (function (hashes) {
    const byAlgorithm = new Map();
    for (const hash of hashes)
        if (!byAlgorithm.has(hash.algorithm))
            byAlgorithm.set(hash.algorithm, hash);
    return [...byAlgorithm.values()].sort(((a, b) => (a.algorithm < b.algorithm ? -1 : a.algorithm > b.algorithm ? 1 : 0)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: (() => (/* binding */ sriHashes)),
/* harmony export */   bZ: (() => (/* binding */ sortHashes)),
/* harmony export */   eP: (() => (/* binding */ hexHash)),
/* harmony export */   m1: (() => (/* binding */ base64Hash)),
/* harmony export */   m6: (() => (/* binding */ HASH_HEX_LENGTH))
/* harmony export */ });
/** How many hex characters a digest of each algorithm has: what a well-formed hash must be. */
const HASH_HEX_LENGTH = {
    MD5: 32,
    SHA1: 40,
    SHA256: 64,
    SHA384: 96,
    SHA512: 128,
    'BLAKE2b-256': 64,
};
/** The algorithm names Subresource Integrity strings use, mapped to ours. */
const SRI_ALGORITHMS = {
    sha1: 'SHA1',
    sha256: 'SHA256',
    sha384: 'SHA384',
    sha512: 'SHA512',
    md5: 'MD5',
};
/** Made once, as the other expressions here: a literal in a function is a new object at each of thousands of calls. */
const HEX = /^[0-9a-fA-F]+$/;
const WHITE_SPACE = /\s/;
/** A package hash from hex, or undefined when the hex is not a digest of that algorithm (wrong length, not hex). */

const BASE64_DIGEST = /^[A-Za-z0-9+/_-]+={0,2}$/;
/**
 * Where {@link base64Hash} decodes: one buffer for the thousands of digests of a lockfile rather
 * than one each. It holds as many bytes as the longest digest has hex digits (twice its length),
 * so a longer input decodes to more bytes than any digest has and is refused, never cut to a digest's length.
 */
const DECODED = Buffer.alloc(Math.max(...Object.values(HASH_HEX_LENGTH)));
/** A package hash from base64 (standard or URL-safe alphabet), or undefined when it does not decode to a digest of that algorithm. */

/** One SRI token (`sha512-<base64>`, maybe with `?options`) as a hash, or undefined when it is not one we know. */

/**
 * The hashes of a Subresource Integrity string (`sha512-<base64> sha1-<base64>`, what npm, yarn,
 * pnpm and bun record), as hex, sorted by algorithm; unknown algorithms and malformed digests are skipped.
 */

/** Hashes in a stable order (by algorithm name), one per algorithm. */



/***/ }),

/***/ 29305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var idsOf = (function (info, into) {
    if ('conjunction' in info) {
        idsOf(info.left, into);
        idsOf(info.right, into);
    }
    else {
        into.push(info.license);
    }
    return into;
});var isSpdxExpression = (function (text) {
    return text.trim() === text && licenseTerm(text).kind === 'expression';
});var licenseTerm = (function (raw) {
    const text = raw.trim();
    if (text.length > MAX_EXPRESSION_LENGTH)
        return { kind: 'text', text };
    let term = terms.get(text);
    if (term === undefined) {
        try {
            term = { kind: 'expression', expression: text, ids: idsOf(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__(text), []) };
        }
        catch {
            term = { kind: 'text', text };
        }
        // A few dozen distinct licenses cover thousands of packages. Only short strings are kept: the cache lives as long as
        // the process, and a lockfile's "license" may be a whole licence text (or a hostile megabyte) that no other repeats.
        if (terms.size < 10_000 && text.length <= MAX_CACHED_LENGTH)
            terms.set(text, term);
    }
    return term;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: (() => (/* binding */ licenseTerm)),
/* harmony export */   Yr: (() => (/* binding */ isSpdxExpression))
/* harmony export */ });
/* unused harmony export MAX_EXPRESSION_LENGTH */
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93326);


/** Whether a string is a valid SPDX license expression (ids from the SPDX list, `LicenseRef-`, AND/OR/WITH). */

/**
 * The longest string read as an SPDX expression: real ones are under a hundred characters, and
 * spdx-expression-parse takes time quadratic in the length of some strings (`MIT AND (` repeated:
 * seconds for a few hundred KiB), which a lockfile's author chooses. Longer ones are free text.
 */
const MAX_EXPRESSION_LENGTH = 1024;
/** Classifies a license string from a lockfile or manifest; nothing is guessed or corrected. */

const terms = new Map();
/** Room for any real SPDX expression (a few licenses joined by AND, OR, WITH); a longer string is a licence's text. */
const MAX_CACHED_LENGTH = 512;


/***/ }),

/***/ 55256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var shortHashes = (function (hashes) {
    return hashes.map(((hash) => `${hash.algorithm} ${hash.hex.slice(0, 16)}...`)).join(', ');
});var contradictingHashes = (function (kept, other) {
    return other.filter(((hash) => kept.some(((first) => first.algorithm === hash.algorithm && first.hex.toLowerCase() !== hash.hex.toLowerCase()))));
});var strongerScope = (function (a, b) {
    if (a === 'required' || b === 'required')
        return 'required';
    if (a === 'optional' || b === 'optional')
        return 'optional';
    return 'dev';
});var sortProperties = (function (properties) {
    const byKey = new Map();
    for (const property of properties)
        byKey.set(`${property.name}\u0000${property.value}`, property);
    return [...byKey.keys()].sort().map(((key) => byKey.get(key)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: (() => (/* binding */ shortHashes)),
/* harmony export */   Oi: (() => (/* binding */ sortProperties)),
/* harmony export */   So: (() => (/* binding */ contradictingHashes)),
/* harmony export */   TI: (() => (/* binding */ strongerScope))
/* harmony export */ });
/** Hashes as an unknown about contradicting digests names them: `SHA512 0123456789abcdef...`, each cut to 16 hex digits. */

/** The hashes of `other` that contradict one of `kept`: the same algorithm, another digest (two artifacts under one name). */

/** The stronger of two scopes, for merging copies of one package: required beats optional beats dev. */

/** Properties without repeats, sorted by name then value. */



/***/ }),

/***/ 83096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var encodeUnpermittedMarks = (function (purl) {
    return purl.replace(UNPERMITTED_MARKS, ((mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`));
});var purlError = (function (message) {
    return new Error(`Invalid purl: ${message}`);
});var checkQualifierKey = (function (key) {
    if (/^[0-9]/.test(key))
        throw purlError(`qualifier "${key}" cannot start with a number`);
    if (!/^[A-Za-z0-9._-]*$/.test(key))
        throw purlError(`qualifier "${key}" contains an illegal character`);
});var qualifierText = (function (qualifiers) {
    const kept = new Map();
    for (const [key, value] of Object.entries(qualifiers)) {
        const trimmed = value.trim();
        if (trimmed !== '')
            kept.set(key.toLowerCase(), trimmed);
    }
    for (const key of kept.keys())
        checkQualifierKey(key);
    const params = new URLSearchParams();
    for (const key of [...kept.keys()].sort())
        params.set(key, kept.get(key));
    return params.toString().replace(/\+/g, '%20');
});var npmPurl = (function (name, version, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed())
        throw purlError(LONE_SURROGATE);
    // Most npm names and versions are made of characters the purl leaves as they are.
    if (qualifiers === undefined && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version))
        return `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}${version === '' ? '' : `@${version}`}`;
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    // The scope is everything before the first `/`: no path for packageurl-js to normalise, and not trimmed (it trims only the name and version).
    const namespace = slash > 0 ? name.slice(0, slash).toLowerCase() : '';
    const bare = (slash > 0 ? name.slice(slash + 1) : name).trim();
    if (bare === '')
        throw purlError('"name" is a required component');
    const query = qualifiers === undefined ? '' : qualifierText(qualifiers);
    const versionText = version.trim();
    const encodedNamespace = namespace === '' ? '' : `${encodeURIComponent(namespace).replace(/%3A/g, ':')}/`;
    // encodeURIComponent writes `+` as %2B, which purlOf keeps; `:` is left plain in versions, as packageurl-js leaves it.
    const encodedVersion = versionText === '' ? '' : `@${encodeURIComponent(versionText).replace(/%3A/g, ':')}`;
    return encodeUnpermittedMarks(`pkg:npm/${encodedNamespace}${encodeURIComponent(bare.toLowerCase())}${encodedVersion}${query === '' ? '' : `?${query}`}`);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: (() => (/* binding */ encodeUnpermittedMarks)),
/* harmony export */   NP: (() => (/* binding */ npmPurl)),
/* harmony export */   uG: (() => (/* binding */ LONE_SURROGATE))
/* harmony export */ });
/**
 * npm package URLs, written here rather than with packageurl-js (src/sbom/purl.ts): loading that
 * library costs about 10 ms of every run (an `Intl.Collator` and its tables are built on load),
 * a twentieth of `trust-kit sbom` on a big npm project, which needs nothing else from it. The
 * text is the one packageurl-js 2 writes for the `npm` type, step for step: components trimmed,
 * empty qualifier values dropped and keys lowercased, then namespace and name lowercased (the npm
 * type's rule), percent-encoded as it encodes each component, and `+` in the version encoded
 * (`%2B`) and `!*'()` as purlOf does; its errors carry its messages. test/sbom/purl.test.ts holds the two to
 * the same output on real lockfiles and on generated hostile names, versions and qualifiers.
 */
/** An npm name, maybe scoped, of characters a purl keeps verbatim (lowercase: the npm purl type lowercases names). */
const PLAIN_NPM_NAME = /^(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+$/;
/** A version of characters a purl keeps verbatim (`+` is not one: it is encoded). */
const PLAIN_VERSION = /^[A-Za-z0-9._-]*$/;
/** The characters encodeURIComponent (and so packageurl-js) leaves plain that a canonical purl may not hold. */
const UNPERMITTED_MARKS = /[!*'()]/g;
/**
 * Percent-encodes `!*'()` in a purl: the purl specification permits only letters, digits, `.-_~`,
 * `%` and its separators, so a PEP 440 epoch is `1%212.0` (as packageurl-python and packageurl-go
 * write it). None of them is a separator, so the whole text is encoded at once.
 */

/** packageurl-js's error text: `Invalid purl: ` and the message. */
/** Why no purl has a name or version holding half of a UTF-16 surrogate pair: encodeURIComponent's "URI malformed" says nothing of where. */
const LONE_SURROGATE = 'the name or version holds half of a UTF-16 surrogate pair, which names no character (no package manager writes one): the lockfile was edited or damaged; regenerate it';

/** A qualifier key packageurl-js accepts: no leading digit, only `[A-Za-z0-9._-]`. */

/** Qualifiers as packageurl-js writes them: trimmed, empty values dropped, keys lowercased and sorted, form-encoded with `%20` for spaces. */

/**
 * The canonical purl of an npm package: `@scope/name` splits into the purl namespace and name.
 * Qualifiers (`vcs_url`, `download_url`) mark a package that did not come from the registry.
 */



/***/ }),

/***/ 74990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var mebibytes = (function (bytes) {
    return `${Math.ceil(bytes / (1024 * 1024))} MiB`;
});var lineCost = (function (content, perLine) {
    if (perLine === undefined)
        return content.length;
    let lines = 0;
    for (let at = content.indexOf(10); at !== -1; at = content.indexOf(10, at + 1))
        lines++;
    return Math.max(content.length, lines * perLine);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: (() => (/* binding */ lineCost)),
/* harmony export */   Z: (() => (/* binding */ ParseBudget))
/* harmony export */ });
/**
 * What parsing takes of memory for each byte of lockfile, at most, measured: a 242 MB
 * package-lock.json of 1.3 million packages took 4.2 GB of heap, about 17 times its size, and
 * the packages stay until the SBOM is written.
 */
const HEAP_PER_LOCKFILE_BYTE = 16;
/** Bytes as MiB, rounded up: what the budget's message speaks in. */

/**
 * What parsing a file costs, in the budget's lockfile bytes: its size, or `perLine` a line when
 * that is more (a format of a package a short line, a package database of short paragraphs).
 */

/** Lockfile bytes parsed before the heap's size is asked for: every real project stays below. */
const UNCOUNTED_BYTES = 64 * 1024 * 1024;
/**
 * The lockfile bytes one catalog parses in all, bounded by this process's heap: each file under
 * INPUT_LIMITS.lockfile (256 MiB) parses, but four of them in one image (or one tree) ran the heap
 * out, and V8 ended the process with an uncoded abort. A lockfile past the budget is not parsed,
 * and recorded as an unknown instead (the SBOM then says it is incomplete, and --strict fails).
 */
class ParseBudget {
    #spent = 0;
    #limit;
    /** A budget of `limit` bytes; by default the heap's size over what parsing takes a byte. */
    constructor(limit) {
        this.#limit = limit;
    }
    /**
     * Takes `bytes` for a lockfile about to be parsed, or `cost` bytes' worth for a file that takes
     * more to parse than its size says (a package database of many short paragraphs); undefined when
     * they fit, else why the file is not parsed.
     */
    take(bytes, cost = bytes) {
        const spent = this.#spent + cost;
        if (spent > UNCOUNTED_BYTES || this.#limit !== undefined) {
            this.#limit ??= Math.floor(process.getBuiltinModule('node:v8').getHeapStatistics().heap_size_limit / HEAP_PER_LOCKFILE_BYTE);
            if (spent > this.#limit) {
                const size = cost > bytes ? `${mebibytes(bytes)}, of so many short lines that it parses like ${mebibytes(cost)} of lockfile` : mebibytes(bytes);
                const alone = this.#spent === 0;
                return `not cataloged: its ${size}${alone ? '' : `, after the ${mebibytes(this.#spent)} of lockfiles parsed before it,`} would take more memory than this process has (parsing takes about ${HEAP_PER_LOCKFILE_BYTE} times a lockfile's size, and its heap holds ${mebibytes(this.#limit * HEAP_PER_LOCKFILE_BYTE)}); ${alone ? '' : 'catalog it on its own, or '}give Node.js more heap (NODE_OPTIONS=--max-old-space-size=MiB)`;
            }
        }
        this.#spent = spent;
        return undefined;
    }
}


/***/ }),

/***/ 22386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var sharedWork = (function (budget) {
    const made = new Map();
    let kept = 0;
    return {
        async once(key, make) {
            let entry = made.get(key);
            if (entry === undefined) {
                entry = make();
                made.set(key, entry);
                try {
                    const { bytes } = await entry;
                    if (kept + bytes > budget)
                        made.delete(key);
                    else
                        kept += bytes;
                }
                catch (error) {
                    made.delete(key);
                    throw error;
                }
            }
            return (await entry).value;
        },
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: (() => (/* binding */ sharedWork)),
/* harmony export */   dD: (() => (/* binding */ SNIFF_BYTES)),
/* harmony export */   sT: (() => (/* binding */ SHARED_WORK_BYTES))
/* harmony export */ });
/**
 * How many bytes of memory one catalog run keeps read and parsed for the parsers to share (real
 * requirements files are a few KiB): past it, what is asked for again is made again.
 */
const SHARED_WORK_BYTES = 64 * 2 ** 20;
/** A {@link SharedWork} keeping values of at most `budget` bytes of memory in all: one per catalog run. */

/** How many leading bytes of a file the catalog hands to `sniff`. */
const SNIFF_BYTES = 64;


/***/ }),

/***/ 9922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isElf = (function (head) {
    return head.readUInt32BE(0) === 0x7f454c46 && (head[4] === 1 || head[4] === 2) && (head[5] === 1 || head[5] === 2);
});var isMachO = (function (head) {
    return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(head.readUInt32LE(0));
});var isFatMachO = (function (head) {
    const count = head.readUInt32BE(4);
    return head.readUInt32BE(0) === 0xcafebabe && count > 0 && count <= MAX_FAT_ARCHES;
});var isPe = (function (head) {
    return head[0] === 0x4d && head[1] === 0x5a;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: (() => (/* binding */ isElf)),
/* harmony export */   cK: (() => (/* binding */ isPe)),
/* harmony export */   hq: (() => (/* binding */ isMachO)),
/* harmony export */   s: (() => (/* binding */ isFatMachO))
/* harmony export */ });
/** The first bytes of the executables Go builds, by format: how Go binaries are recognised whatever their name. */
/** An ELF executable: the magic, a 32- or 64-bit class, and a byte order. */

/** A Mach-O executable, 32 or 64 bits, either byte order. */

/** The most architectures a universal binary has; Java class files share the magic, with a version number here instead (>= 45). */
const MAX_FAT_ARCHES = 20;
/** A universal (fat) Mach-O: `0xcafebabe` and a small architecture count. */

/** A PE (Windows) executable: the `MZ` of its DOS header. */



/***/ }),

/***/ 98706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var namedAsRequirements = (function (fileName) {
    return /requirements.*\.txt$/i.test(fileName);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: (() => (/* binding */ UV_LOCK)),
/* harmony export */   IP: (() => (/* binding */ GEMFILE_LOCK)),
/* harmony export */   Iq: (() => (/* binding */ REQUIREMENTS_TXT)),
/* harmony export */   NA: (() => (/* binding */ POM_XML)),
/* harmony export */   Sw: (() => (/* binding */ GO_MOD)),
/* harmony export */   Uy: (() => (/* binding */ PIPFILE_LOCK)),
/* harmony export */   WL: (() => (/* binding */ POETRY_LOCK)),
/* harmony export */   WP: (() => (/* binding */ NUGET_PACKAGES_LOCK)),
/* harmony export */   Wn: (() => (/* binding */ GRADLE_LOCKFILE)),
/* harmony export */   XN: (() => (/* binding */ GO_BINARY)),
/* harmony export */   al: (() => (/* binding */ PNPM_LOCK)),
/* harmony export */   dr: (() => (/* binding */ YARN_LOCK)),
/* harmony export */   dv: (() => (/* binding */ SIBLING_FILE_NAMES)),
/* harmony export */   fj: (() => (/* binding */ NPM_PACKAGE_LOCK)),
/* harmony export */   gB: (() => (/* binding */ BUN_LOCK)),
/* harmony export */   jK: (() => (/* binding */ COMPOSER_LOCK)),
/* harmony export */   ks: (() => (/* binding */ namedAsRequirements)),
/* harmony export */   z2: (() => (/* binding */ CARGO_LOCK))
/* harmony export */ });
/* harmony import */ var _go_magic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9922);

/** npm's package-lock.json and npm-shrinkwrap.json. */
const NPM_PACKAGE_LOCK = {
    name: 'npm-package-lock',
    matches: ((fileName) => fileName === 'package-lock.json' || fileName === 'npm-shrinkwrap.json'),
};
/** yarn.lock, yarn v1 and berry. */
const YARN_LOCK = {
    name: 'yarn-lock',
    matches: ((fileName) => fileName === 'yarn.lock'),
};
/** pnpm-lock.yaml. */
const PNPM_LOCK = {
    name: 'pnpm-lock',
    matches: ((fileName) => fileName === 'pnpm-lock.yaml'),
};
/** bun's text lockfile, bun.lock. */
const BUN_LOCK = {
    name: 'bun-lock',
    matches: ((fileName) => fileName === 'bun.lock'),
};
/** go.mod, with go.sum beside it. */
const GO_MOD = {
    name: 'go-mod',
    matches: ((fileName) => fileName === 'go.mod'),
};
/** Go executables, by their first bytes. */
const GO_BINARY = {
    name: 'go-binary',
    // Go binaries can have any name: they are recognised by their first bytes.
    matches: (() => false),
    sniff: ((head) => head.length >= 0x40 && ((0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isElf */ .aB)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isMachO */ .hq)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isFatMachO */ .s)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isPe */ .cK)(head))),
};
/** Cargo.lock. */
const CARGO_LOCK = {
    name: 'cargo-lock',
    matches: ((fileName) => fileName === 'Cargo.lock'),
};
/** poetry.lock. */
const POETRY_LOCK = {
    name: 'python-poetry-lock',
    matches: ((fileName) => fileName === 'poetry.lock'),
};
/** uv.lock. */
const UV_LOCK = {
    name: 'python-uv-lock',
    matches: ((fileName) => fileName === 'uv.lock'),
};
/** Pipfile.lock. */
const PIPFILE_LOCK = {
    name: 'python-pipfile-lock',
    matches: ((fileName) => fileName === 'Pipfile.lock'),
};
/**
 * pip requirements files: `*requirements*.txt` (as syft globs them), and every `.txt` in a
 * `requirements/` directory (Django's `requirements/base.txt`, `production.txt`) but constraints
 * files, which pin versions without asking for anything (they are read where `-c` names them).
 */
const REQUIREMENTS_TXT = {
    name: 'python-requirements',
    // Measured: 5.6 million pins (61 MB) took 4.4 GB of heap, 790 bytes a line.
    costPerLine: 128,
    matches: ((fileName, path) => namedAsRequirements(fileName) || (path !== undefined && /(?:^|\/)requirements\/[^/]+\.txt$/i.test(path) && !/constraint/i.test(fileName))),
};
/** Whether a file's own name says it holds pip requirements (`*requirements*.txt`), not only the directory it is in. */

/** Gemfile.lock and gems.locked. */
const GEMFILE_LOCK = {
    name: 'ruby-gemfile-lock',
    // Measured: 300,000 gems (9.4 MB) took 1 GB of heap, over 100 bytes a byte.
    costPerLine: 128,
    matches: ((fileName) => fileName === 'Gemfile.lock' || fileName === 'gems.locked'),
};
/** composer.lock. */
const COMPOSER_LOCK = {
    name: 'php-composer-lock',
    matches: ((fileName) => fileName === 'composer.lock'),
};
/** NuGet's packages.lock.json. */
const NUGET_PACKAGES_LOCK = {
    name: 'nuget-packages-lock',
    matches: ((fileName) => fileName === 'packages.lock.json'),
};
/** Gradle dependency lockfiles (*.lockfile). */
const GRADLE_LOCKFILE = {
    name: 'java-gradle-lockfile',
    matches: ((fileName) => fileName.endsWith('.lockfile')),
};
/** Maven pom.xml. */
const POM_XML = {
    name: 'java-pom-xml',
    matches: ((fileName) => fileName === 'pom.xml'),
};
/** The files parsers read beside their lockfiles (manifests, go.sum, workspaces): a user's files, as the lockfiles are. */
const SIBLING_FILE_NAMES = new Set(['package.json', 'go.sum', 'go.work', 'go.work.sum', 'Cargo.toml', 'pyproject.toml', 'Gemfile', 'gems.rb']);


/***/ }),

/***/ 47530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadedOnUse = (function (identity, load) {
    let loaded;
    return { ...identity, parse: (async (input) => (await (loaded ??= load())).parse(input)) };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: (() => (/* binding */ PARSERS))
/* harmony export */ });
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98706);

/**
 * A parser whose code loads the first time it reads a file: a run loads the parsers of the
 * lockfiles it finds, not all of them (an npm project's SBOM spends no start-up on TOML, XML or
 * executable readers, nor on the purl library the other ecosystems build purls with).
 */

/** Every lockfile parser the catalog runs, one line each; the first parser that matches a file reads it. */
const PARSERS = [
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .NPM_PACKAGE_LOCK */ .fj, (async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(8103)]).then(__webpack_require__.bind(__webpack_require__, 39105))).npmPackageLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .YARN_LOCK */ .dr, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(415), __webpack_require__.e(1380)]).then(__webpack_require__.bind(__webpack_require__, 51380))).yarnLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .PNPM_LOCK */ .al, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(415), __webpack_require__.e(1068)]).then(__webpack_require__.bind(__webpack_require__, 71068))).pnpmLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .BUN_LOCK */ .gB, (async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 54609))).bunLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GO_MOD */ .Sw, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(6638)]).then(__webpack_require__.bind(__webpack_require__, 66638))).goModParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GO_BINARY */ .XN, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(5245)]).then(__webpack_require__.bind(__webpack_require__, 45245))).goBinaryParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .CARGO_LOCK */ .z2, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(5313)]).then(__webpack_require__.bind(__webpack_require__, 5313))).cargoLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .POETRY_LOCK */ .WL, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(5082)]).then(__webpack_require__.bind(__webpack_require__, 15082))).poetryLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .UV_LOCK */ .AH, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1932)]).then(__webpack_require__.bind(__webpack_require__, 21932))).uvLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPFILE_LOCK */ .Uy, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1964)]).then(__webpack_require__.bind(__webpack_require__, 41964))).pipfileLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUIREMENTS_TXT */ .Iq, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1352)]).then(__webpack_require__.bind(__webpack_require__, 1352))).requirementsTxtParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GEMFILE_LOCK */ .IP, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(2268)]).then(__webpack_require__.bind(__webpack_require__, 2268))).gemfileLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSER_LOCK */ .jK, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(7767)]).then(__webpack_require__.bind(__webpack_require__, 67767))).composerLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .NUGET_PACKAGES_LOCK */ .WP, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1918)]).then(__webpack_require__.bind(__webpack_require__, 1918))).nugetPackagesLockParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GRADLE_LOCKFILE */ .Wn, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(9892)]).then(__webpack_require__.bind(__webpack_require__, 69892))).gradleLockfileParser)),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .POM_XML */ .NA, (async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(4847)]).then(__webpack_require__.bind(__webpack_require__, 74847))).pomXmlParser)),
];


/***/ }),

/***/ 64610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: (() => (/* binding */ RelationshipIndex))
/* harmony export */ });
/**
 * Relationships by type, then source, then target: no key string is built for each of tens of
 * thousands of edges. The targets of the type and source last asked for are kept at hand, since
 * parsers and the catalog add one package's edges after another.
 */
class RelationshipIndex {
    /** type -> from -> to -> relationship. */
    byType = new Map();
    #lastType;
    #lastFrom;
    #lastTargets;
    /** The relationships of `type` from `from`, by target: an empty map, held from now on, when there are none yet. */
    targets(type, from) {
        if (this.#lastType === type && this.#lastFrom === from && this.#lastTargets !== undefined)
            return this.#lastTargets;
        let byFrom = this.byType.get(type);
        if (byFrom === undefined)
            this.byType.set(type, (byFrom = new Map()));
        let byTo = byFrom.get(from);
        if (byTo === undefined)
            byFrom.set(from, (byTo = new Map()));
        this.#lastType = type;
        this.#lastFrom = from;
        this.#lastTargets = byTo;
        return byTo;
    }
    /** The relationships of `type` from `from`, by target, without making a map when there are none. */
    find(type, from) {
        return this.byType.get(type)?.get(from);
    }
}


/***/ }),

/***/ 20148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var sourceOwner = (function (host, elements) {
    const lower = host.toLowerCase();
    if (!HOST.test(lower))
        return undefined;
    if (!OWNER_HOSTS.has(lower))
        return lower;
    const owner = elements[0];
    return owner !== undefined && OWNER.test(owner) ? `${lower}/${owner}` : undefined;
});var goModuleSupplier = (function (modulePath) {
    const [host = '', ...rest] = modulePath.split('/');
    let owner;
    if (host === 'gopkg.in') {
        const redirected = rest.length === 1 ? `go-${(rest[0] ?? '').replace(/\.v\d+$/, '')}` : rest.length === 2 ? rest[0] : undefined;
        owner = redirected === undefined ? undefined : sourceOwner('github.com', [redirected]);
    }
    else {
        owner = sourceOwner(host, rest);
    }
    if (owner === undefined)
        return undefined;
    return {
        supplier: { type: 'Organization', name: owner },
        property: { name: SUPPLIER_FROM_PROPERTY, value: `the Go module path: ${owner} controls where the module is fetched from (not a statement of authorship)` },
    };
});var gitSourceSupplier = (function (url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const owner = sourceOwner(parsed.hostname, parsed.pathname.split('/').filter(((element) => element !== '')));
    if (owner === undefined)
        return undefined;
    return {
        supplier: { type: 'Organization', name: owner },
        property: { name: SUPPLIER_FROM_PROPERTY, value: `${what}: ${owner} controls the repository it is built from (not a statement of authorship)` },
    };
});var cleanText = (function (text) {
    if (typeof text !== 'string')
        return undefined;
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const cleaned = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
    return cleaned === '' || cleaned.length > MAX_AUTHOR_TEXT ? undefined : cleaned;
});var npmAuthorSupplier = (function (author, where) {
    let name;
    let email;
    if (typeof author === 'string') {
        if (author.length > 4 * MAX_AUTHOR_TEXT)
            return undefined;
        // npm's own split: the name is what precedes `<` and `(`.
        const match = /^([^<(]*)(?:<([^>]*)>)?\s*(?:\(([^)]*)\))?/.exec(author);
        name = cleanText(match?.[1]);
        email = cleanText(match?.[2]);
    }
    else if (typeof author === 'object' && author !== null && !Array.isArray(author)) {
        const fields = author;
        name = cleanText(fields.name);
        email = cleanText(fields.email);
    }
    if (name === undefined)
        return undefined;
    const supplier = { type: ORGANIZATION_SUFFIX.test(name) ? 'Organization' : 'Person', name, author: true };
    if (email !== undefined && EMAIL.test(email))
        supplier.email = email;
    return { supplier, property: { name: SUPPLIER_FROM_PROPERTY, value: `declared by the package: the author field of ${where}` } };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _1: (() => (/* binding */ gitSourceSupplier)),
/* harmony export */   rZ: (() => (/* binding */ npmAuthorSupplier)),
/* harmony export */   ri: (() => (/* binding */ goModuleSupplier))
/* harmony export */ });
/* unused harmony exports SUPPLIER_FROM_PROPERTY, sourceOwner */
/** The property that says where a derived supplier comes from, so that no reader takes it for a claim of authorship. */
const SUPPLIER_FROM_PROPERTY = 'trust-kit:supplier-from';
/** Code hosts whose first path element is the account that owns the repository: `host/owner/repo`. */
const OWNER_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com', 'git.sr.ht']);
/** A DNS name as module paths and URLs use it: dot-separated labels of letters, digits and `-`. */
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** An account name on a code host (GitHub's and GitLab's rules are looser than this; nothing else is needed). */
const OWNER = /^~?[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/**
 * Who controls the place a package is fetched from, from its host and path elements: the owning
 * account on a code host (`github.com/spf13`), the host itself elsewhere (`golang.org`, `k8s.io`).
 * Undefined when the host is not a DNS name or a code host's owner is missing.
 */

/**
 * The supplier a Go module path names, with the property that says so. A module path is where the
 * go command fetches the module from, so its owner (`github.com/spf13` for
 * `github.com/spf13/cobra`, the domain for a vanity path like `golang.org/x/net`) is who supplies
 * that path. `gopkg.in/pkg.vN` and `gopkg.in/user/pkg.vN` are gopkg.in's documented redirects to
 * `github.com/go-pkg/pkg` and `github.com/user/pkg`. Paths without a dotted first element (the
 * standard library, local names) have none.
 */

/**
 * The supplier a git source URL names (`https://github.com/owner/repo`, `ssh://git@host/owner/repo`),
 * with the property that says so; undefined for URLs without a DNS host or, on a code host, an owner.
 */

/** The longest author name or email taken from a package.json: real ones are tens of characters. */
const MAX_AUTHOR_TEXT = 200;
/** An email address as npm's `author` field holds one: no spaces, brackets or parentheses, one `@`. */
const EMAIL = /^[^\s<>()@,;:"[\]]+@[^\s<>()@,;:"[\]]+$/;
/**
 * Names that are a legal entity, not a person, by their last word (`Google LLC`, `Microsoft Corporation`):
 * npm calls the author "one person", so only these are written as an organisation.
 */
const ORGANIZATION_SUFFIX = /[\s,](?:inc|llc|ltd|limited|corp|corporation|gmbh|ag|sa|s\.a|bv|b\.v|plc|co|company|foundation)\.?$/i;
/** Text fit for an SBOM field: no control characters, whitespace collapsed, bounded; undefined when nothing is left. */

/**
 * The supplier an npm package declares as its `author` (a string `Name <email> (url)` or an object
 * `{ name, email, url }`, as npm reads them), with the property that says where it comes from:
 * a person (an organisation when the name ends in a legal form such as `Inc.` or `LLC`), the email
 * when it looks like one. Undefined when no name is given.
 */



/***/ }),

/***/ 80211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var withoutCredentials = (function (url) {
    const withoutQueryCredentials = /[?#;]/.test(url) ? withoutCredentialParameters(url) : url;
    const match = USERINFO.exec(withoutQueryCredentials);
    if (match === null)
        return withoutQueryCredentials;
    const [whole, prefix = '', scheme = '', userinfo = ''] = match;
    return HTTP_SCHEME.test(scheme) || userinfo.includes(':') ? `${prefix}${withoutQueryCredentials.slice(whole.length)}` : withoutQueryCredentials;
});var withoutCredentialParameters = (function (url) {
    const hash = url.indexOf('#');
    const beforeFragment = hash === -1 ? url : url.slice(0, hash);
    const question = beforeFragment.indexOf('?');
    const path = question === -1 ? beforeFragment : beforeFragment.slice(0, question);
    const query = question === -1 ? undefined : keptParameters(beforeFragment.slice(question + 1));
    // A fragment without a pair (a git commit, `sha256=...` aside, a digest) is kept as written.
    const fragment = hash === -1 ? undefined : url.includes('=', hash) ? keptParameters(url.slice(hash + 1)) : url.slice(hash + 1);
    return `${path.includes(';') ? path.replace(MATRIX_PARAMETER, ((whole, name) => (isCredentialName(name) ? '' : whole))) : path}${query === undefined || query === '' ? '' : `?${query}`}${fragment === undefined || fragment === '' ? '' : `#${fragment}`}`;
});var keptParameters = (function (pairs) {
    return pairs
        .split('&')
        .filter(((parameter) => !isCredentialName(parameter.split('=', 1)[0] ?? '')))
        .join('&');
});var isCredentialName = (function (name) {
    let decoded = name;
    try {
        decoded = decodeURIComponent(name);
    }
    catch {
        // A malformed escape is matched as written.
    }
    return CREDENTIAL_WORD.test(decoded) || CREDENTIAL_NAME.test(decoded);
});var fullIpv6 = (function (address) {
    const halves = address.split('::');
    if (halves.length !== 2)
        return address;
    const groups = ((half) => (half === '' ? [] : half.split(':')));
    const head = groups(halves[0]);
    const tail = groups(halves[1]);
    // A dotted IPv4 tail (`::ffff:1.2.3.4`) takes two groups' room.
    const width = [...head, ...tail].reduce(((sum, group) => sum + (group.includes('.') ? 2 : 1)), 0);
    return width > 7 ? address : [...head, ...Array.from({ length: 8 - width }, (() => '0')), ...tail].join(':');
});var iriReference = (function (url) {
    const literal = IP_LITERAL_AUTHORITY.exec(url);
    if (literal === null)
        return escapeIri(url);
    return `${literal[1]}${fullIpv6(literal[2])}]${escapeIri(url.slice(literal[0].length))}`;
});var isIriReference = (function (url) {
    return iriReference(url) === url;
});var isUcsChar = (function (code) {
    if (code < 0x10000)
        return (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xffef);
    return code < 0xe0000 ? (code & 0xffff) <= 0xfffd : code >= 0xe1000 && code <= 0xefffd;
});var percentEncoded = (function (character) {
    return [...Buffer.from(character, 'utf8')].map(((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
});var escapeIri = (function (url) {
    if (PLAIN_URI.test(url))
        return url;
    let fragment = false;
    let escaped = '';
    for (let index = 0; index < url.length; index++) {
        const code = url.codePointAt(index);
        const character = String.fromCodePoint(code);
        if (code > 0xffff)
            index++;
        if (character === '#' && !fragment) {
            fragment = true;
            escaped += character;
        }
        else if (character === '%' && ESCAPE_DIGITS.test(url.slice(index + 1, index + 3)))
            escaped += character;
        else if (code < 0x80 ? URI_CHARACTER.test(character) : isUcsChar(code))
            escaped += character;
        else
            escaped += percentEncoded(character);
    }
    return escaped;
});var isSpdxUri = (function (text) {
    return SPDX_URI.test(text);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: (() => (/* binding */ isSpdxUri)),
/* harmony export */   kG: (() => (/* binding */ isIriReference)),
/* harmony export */   oI: (() => (/* binding */ iriReference)),
/* harmony export */   ri: (() => (/* binding */ withoutCredentials))
/* harmony export */ });
/* unused harmony export fullIpv6 */
/** Made once: a literal in the function was a new object for each of a lockfile's thousands of URLs. */
const USERINFO = /^((?:git\+)?([a-z][a-z0-9+.-]*):\/\/)([^/?#]*)@/i;
const HTTP_SCHEME = /(?:^|\+)https?$/i;
/**
 * A URL without the credentials a lockfile may carry in it (`https://ci:token@pypi.corp.example/simple`,
 * `https://TOKEN@npm.corp.example/...`, `...?token=...`): the userinfo of an http(s) URL (`registry+https` and `git+https` too), any `user:password`,
 * and the query parameters that carry a credential are dropped before the URL becomes a purl qualifier or a download location, since an SBOM is
 * published where the repository may not be. An ssh user without a password (`git@github.com`)
 * names no secret and stays. One anchored match: linear in the URL.
 */

/**
 * Query parameters that carry a credential, by a word in their name (searched, not matched whole
 * with what may surround it, which backtracked quadratically on a long hostile name): tokens (`token`, `access_token`, GitLab's
 * `private_token`), passwords and keys, and signed-URL signatures and credentials (an Azure SAS
 * `sig`, S3's `X-Amz-Signature`/`X-Amz-Credential`/`X-Amz-Security-Token`, GCS's `X-Goog-*`).
 */
const CREDENTIAL_WORD = /token|secret|passw(?:or)?d|credential|signature|api[_-]?key|access[_-]?key/i;
/** Names that are a credential only whole: `sig`, `key`, `auth` (a `keyword` or `author` parameter is none). */
const CREDENTIAL_NAME = /^(?:pass|auth|authorization|key|sig)$/i;
/**
 * The URL without the parameters that carry a credential ({@link CREDENTIAL_WORD}, {@link CREDENTIAL_NAME}): in its query,
 * in a fragment of `name=value` pairs (`...tgz#access_token=...`) and as a path segment's `;name=value` parameter
 * (`.../x.tgz;token=...`), the others kept in their order; a `?` or `#` goes when nothing is left after it. A signed
 * download URL in a lockfile (`...whl?sv=...&sig=...`) was published whole in the purl and download location. A token
 * that is a path segment of its own (`npm-proxy.fury.io/<token>/...`) is not told from a name, and stays.
 */

/** A path segment's `;name=value` parameter (RFC 3986 3.3), the name its first group. */
const MATRIX_PARAMETER = /;([^;/?#=]*)(?:=[^;/?#]*)?/g;
/** The `&`-separated `name=value` pairs whose name carries no credential, joined again. */

/** Whether a parameter's name, its escapes decoded, names a credential. */

/** A URL's scheme and authority up to an IP literal host (`http://[::1]:4873`), whose brackets are its syntax, never to escape; the address is the second group. */
const IP_LITERAL_AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@[\]]*@)?\[)([0-9A-Fa-f:.]+)\]/i;
/**
 * An IPv6 address written in full (`fd00:0:0:0:0:0:0:17` for `fd00::17`): the CycloneDX project's
 * validator (its IRI checker, rfc3987-syntax) refuses every address written with `::`, though RFC
 * 3986 allows it. Anything else is returned as it is.
 */

/**
 * A URL as the IRI reference a CycloneDX external reference holds: {@link escapeIri}'s, with an
 * IPv6 host's brackets kept (escaped, `http://%5B::1%5D` was no URL) and its address written in full.
 */

/** Whether `url` is an IRI reference as {@link iriReference} writes one: a CycloneDX document's check. */

/** An ASCII character a URI may hold as it is (RFC 3986's unreserved and reserved ones, but `#`, looked at apart, and `'`, `[` and `]`, which the library escapes), and the two hex digits of an escape. */
const URI_CHARACTER = /^[A-Za-z0-9\-._~:/?@!$&()*+,;=]$/;
const ESCAPE_DIGITS = /^[0-9A-Fa-f]{2}$/;
/** Text that is a URI reference as it is, in RFC 3986's characters only, with at most one `#` and every `%` an escape: nearly every lockfile URL. */
const PLAIN_URI = /^(?:[A-Za-z0-9\-._~:/?@!$&()*+,;=]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9\-._~:/?@!$&()*+,;=]|%[0-9A-Fa-f]{2})*)?$/;
/**
 * Whether a code point other than ASCII may stand as it is in an IRI reference (RFC 3987's
 * `ucschar`): not a C1 control, a private-use character (which only a query may hold), a
 * surrogate or a noncharacter.
 */

/** What one code point becomes in {@link escapeIri}: its UTF-8 bytes as `%XX`, a lone surrogate as U+FFFD's. */

/**
 * `url` as an IRI reference the CycloneDX schemas' `iri-reference` format takes: every character
 * no IRI may hold as it is (controls, a blank, `"'<>[\]^`{|}`, a non-character), a `%` that begins
 * no escape and every `#` after the first percent-encoded, nothing else changed. A lockfile's URL
 * with a line break or a `|` in it made the whole document fail the official validator.
 */

/** A URI as SPDX's `downloadLocation` grammar wants one: a scheme, then RFC 3986's characters only, every `%` an escape, at most one `#`. */
const SPDX_URI = /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?:#(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?$/i;
/** Whether `text` is a URI as SPDX's `downloadLocation` takes one (see {@link SPDX_URI}); a lockfile's URL with a blank, a control character or a `|` is not. */



/***/ }),

/***/ 20607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var repeatsEarlier = (function (entries, index, to) {
    for (let earlier = 0; earlier < index; earlier++)
        if (String(entries[earlier]) === to)
            return true;
    return false;
});var componentName = (function (component, label) {
    return label ?? `component ${String(component['bom-ref'] ?? component.name)}`;
});var isJson = (function (value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
});var list = (function (value) {
    return Array.isArray(value) ? value.filter(isJson) : [];
});var checkChecksums = (function (owner, checksums, problems) {
    if (!Array.isArray(checksums))
        return;
    for (const checksum of checksums) {
        if (!isJson(checksum))
            continue;
        const algorithm = String(checksum.algorithm);
        const value = String(checksum.checksumValue);
        const length = SPDX_CHECKSUM_HEX[algorithm];
        if (length === undefined)
            problems.push(`${owner()}: unknown checksum algorithm ${algorithm}`);
        else if (value.length !== length || !LOWERCASE_HEX.test(value))
            problems.push(`${owner()}: ${algorithm} checksum "${value.slice(0, 20)}" is not ${length} lowercase hex digits`);
    }
});var spdxProblems = (function (document) {
    if (!isJson(document))
        return ['the document is not a JSON object'];
    const check = new SpdxCheck(document);
    for (const pkg of list(document.packages))
        check.package(pkg);
    for (const file of list(document.files))
        check.file(file);
    for (const relationship of list(document.relationships))
        check.relationship(relationship);
    check.extractedLicenses(document.hasExtractedLicensingInfos);
    return check.problems();
});var cycloneDxProblems = (function (document) {
    if (!isJson(document))
        return ['the document is not a JSON object'];
    const check = new CycloneDxCheck(document);
    for (const component of list(document.components))
        check.component(component);
    for (const dependency of list(document.dependencies))
        check.dependency(dependency);
    return check.problems();
});var throwIfProblems = (function (format, problems) {
    if (problems.length === 0)
        return;
    const shown = problems.slice(0, 10).join('; ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomError */ .S('SBOM_INVALID_DOCUMENT', `the ${format} document trust-kit made is not valid: ${shown}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`, {
        hint: 'this is a bug in trust-kit: please report it with the lockfile that caused it',
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: (() => (/* binding */ cycloneDxProblems)),
/* harmony export */   Gn: (() => (/* binding */ SpdxCheck)),
/* harmony export */   O5: (() => (/* binding */ CycloneDxCheck)),
/* harmony export */   W8: (() => (/* binding */ throwIfProblems)),
/* harmony export */   ww: (() => (/* binding */ spdxProblems))
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91573);
/* harmony import */ var _licenses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29305);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80211);





/** A problem as it is reported: it names the document's values (ids, refs, names from a lockfile), kept printable and at most 500 characters. */
const shownProblem = ((problem) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(problem, 500));
const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;
const SPDX_CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SPDX_CHECKSUM_HEX = {
    ..._hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_HEX_LENGTH */ .m6,
    SHA224: 56,
    'SHA3-256': 64,
    'SHA3-384': 96,
    'SHA3-512': 128,
    'BLAKE2b-384': 96,
    'BLAKE2b-512': 128,
    BLAKE3: 64,
    MD2: 32,
    MD4: 32,
};
const CDX_HASH_HEX = {
    MD5: 32,
    'SHA-1': 40,
    'SHA-256': 64,
    'SHA-384': 96,
    'SHA-512': 128,
    'SHA3-256': 64,
    'SHA3-384': 96,
    'SHA3-512': 128,
    'BLAKE2b-256': 64,
    'BLAKE2b-384': 96,
    'BLAKE2b-512': 128,
    BLAKE3: 64,
};
/** Made once, as the expressions above: a literal in a method is a new object for each of thousands of elements. */
const LOWERCASE_HEX = /^[0-9a-f]+$/;
/** How many dependsOn entries are checked for repeats by comparing each with those before it, without a set. */
const FEW_TARGETS = 8;
/** Whether one of the entries before `index` is `to`. */

/** How a problem names a component: `label` when given, else by its bom-ref, else its name. Made only for a problem: thousands of components have none. */



/** Checks an element's checksums; `owner` names it in a problem (made only then: thousands of elements have none). */

/**
 * What the SPDX 2.3 JSON schema does not check, checked one element at a time as a document is
 * written: SPDXID syntax and uniqueness, every relationship end exists, the document DESCRIBES an
 * element, `created` format, namespace is an absolute URI without `#`, license expressions parse and
 * their LicenseRefs are declared, checksum lengths, download locations are URIs. Elements come in
 * document order, except that files (declared before the relationships that name them) may come
 * first; the LicenseRefs used are checked against the declared ones at the end. Linear in the size.
 */
class SpdxCheck {
    found = [];
    ids = new Set(['SPDXRef-DOCUMENT']);
    /** LicenseRefs used, each with the first place that uses it. */
    refsUsed = new Map();
    declaredRefs = new Set();
    /** License expressions already found valid, their LicenseRefs noted. */
    expressions = new Set();
    describes = 0;
    /** Starts with the document's fields before its lists. */
    constructor(document) {
        if (document.SPDXID !== 'SPDXRef-DOCUMENT')
            this.found.push('the document SPDXID is not SPDXRef-DOCUMENT');
        const namespace = document.documentNamespace;
        if (typeof namespace !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/i.test(namespace))
            this.found.push(`documentNamespace ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(namespace)} is not an absolute URI without #`);
        const creationInfo = isJson(document.creationInfo) ? document.creationInfo : {};
        if (typeof creationInfo.created !== 'string' || !SPDX_CREATED.test(creationInfo.created))
            this.found.push(`created ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(creationInfo.created)} is not YYYY-MM-DDThh:mm:ssZ`);
        const creators = Array.isArray(creationInfo.creators) ? creationInfo.creators : [];
        if (!creators.some(((creator) => typeof creator === 'string' && creator.startsWith('Tool: '))))
            this.found.push('creators name no tool');
    }
    declare(id, what) {
        if (typeof id !== 'string' || !SPDX_ID.test(id))
            this.found.push(`${what}: SPDXID ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(id)} is not SPDXRef-[A-Za-z0-9.-]+`);
        else if (this.ids.has(id))
            this.found.push(`${what}: SPDXID ${id} is used twice`);
        else
            this.ids.add(id);
    }
    license(owner, field, value) {
        if (value === undefined || value === 'NOASSERTION' || value === 'NONE')
            return;
        // A few dozen distinct expressions cover thousands of packages: each is parsed once; its LicenseRefs were noted the first time.
        if (typeof value === 'string' && this.expressions.has(value))
            return;
        if (typeof value !== 'string' || !(0,_licenses_js__WEBPACK_IMPORTED_MODULE_3__/* .isSpdxExpression */ .Yr)(value)) {
            this.found.push(`${owner()}: ${field} ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value)} is not an SPDX license expression`);
            return;
        }
        this.expressions.add(value);
        if (!value.includes('LicenseRef-'))
            return;
        for (const ref of value.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? [])
            if (!this.refsUsed.has(ref))
                this.refsUsed.set(ref, `${owner()}: ${field}`);
    }
    /** One package. */
    package(pkg) {
        if (!isJson(pkg))
            return;
        const owner = (() => `package ${String(pkg.SPDXID)}`);
        this.declare(pkg.SPDXID, 'package');
        checkChecksums(owner, pkg.checksums, this.found);
        this.license(owner, 'licenseDeclared', pkg.licenseDeclared);
        this.license(owner, 'licenseConcluded', pkg.licenseConcluded);
        if (pkg.filesAnalyzed === false && pkg.packageVerificationCode !== undefined)
            this.found.push(`${owner()}: packageVerificationCode without filesAnalyzed`);
        if (typeof pkg.downloadLocation !== 'string' || !(pkg.downloadLocation === 'NONE' || pkg.downloadLocation === 'NOASSERTION' || (0,_urls_js__WEBPACK_IMPORTED_MODULE_4__/* .isSpdxUri */ .Q3)(pkg.downloadLocation))) {
            this.found.push(`${owner()}: downloadLocation ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(pkg.downloadLocation)} is not NONE, NOASSERTION or a URI`);
        }
    }
    /** One file. */
    file(file) {
        if (!isJson(file))
            return;
        const owner = (() => `file ${String(file.SPDXID)}`);
        this.declare(file.SPDXID, 'file');
        checkChecksums(owner, file.checksums, this.found);
        if (!list(file.checksums).some(((checksum) => checksum.algorithm === 'SHA1')))
            this.found.push(`${owner()}: no SHA1 checksum (SPDX 2.3 requires one for files)`);
        this.license(owner, 'licenseConcluded', file.licenseConcluded);
    }
    /** Whether a relationship end names no element of the document. */
    missing(end) {
        return typeof end !== 'string' || (!this.ids.has(end) && end !== 'NONE' && end !== 'NOASSERTION');
    }
    /** One relationship, after every element it may name. */
    relationship(relationship) {
        if (!isJson(relationship))
            return;
        const from = relationship.spdxElementId;
        const to = relationship.relatedSpdxElement;
        if (this.missing(from))
            this.found.push(`relationship ${String(from)} ${String(relationship.relationshipType)} ${String(to)}: ${String(from)} is not an element of the document`);
        if (this.missing(to))
            this.found.push(`relationship ${String(from)} ${String(relationship.relationshipType)} ${String(to)}: ${String(to)} is not an element of the document`);
        if (from === 'SPDXRef-DOCUMENT' && relationship.relationshipType === 'DESCRIBES')
            this.describes++;
    }
    /** The document's `hasExtractedLicensingInfos`. */
    extractedLicenses(infos) {
        this.declaredRefs = new Set(list(infos).map(((info) => String(info.licenseId))));
    }
    /** Every problem found, once the whole document was seen. */
    problems() {
        const problems = [...this.found];
        for (const [ref, where] of this.refsUsed)
            if (!this.declaredRefs.has(ref))
                problems.push(`${where} uses ${ref}, which hasExtractedLicensingInfos does not declare`);
        if (this.describes === 0)
            problems.push('the document DESCRIBES nothing');
        return problems.map(shownProblem);
    }
}
/** The problems {@link SpdxCheck} finds in a whole document (none for a good one). */

/**
 * The uniqueness and reference checks of a CycloneDX document, with sets (linear), which the
 * schema's `uniqueItems` does pairwise (quadratic), one element at a time as a document is written:
 * unique bom-refs, dependencies naming existing refs once each, unique dependsOn entries, hash
 * lengths, serial number form. Components come before the dependencies.
 */
class CycloneDxCheck {
    found = [];
    refs = new Set();
    seen = new Set();
    /** Starts with the document's skeleton: its serial number and metadata component (components and dependencies come one by one). */
    constructor(document) {
        if (document.serialNumber !== undefined && (typeof document.serialNumber !== 'string' || !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(document.serialNumber))) {
            this.found.push(`serialNumber ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(document.serialNumber)} is not a urn:uuid`);
        }
        const metadata = isJson(document.metadata) ? document.metadata : {};
        if (isJson(metadata.component))
            this.visit(metadata.component, 'metadata.component');
    }
    /** `label` names the component in a problem; without it, it is named by its bom-ref (see {@link componentName}). */
    visit(component, label) {
        const ref = component['bom-ref'];
        if (ref !== undefined) {
            if (typeof ref !== 'string' || ref === '')
                this.found.push(`${componentName(component, label)}: empty bom-ref`);
            else if (this.refs.has(ref))
                this.found.push(`${componentName(component, label)}: bom-ref ${ref} is used twice`);
            else
                this.refs.add(ref);
        }
        const hashes = component.hashes;
        if (Array.isArray(hashes)) {
            // A component has one hash or two: the algorithms seen are compared in a list, not a set made for each.
            const algorithms = [];
            for (let index = 0; index < hashes.length; index++) {
                const hash = hashes[index];
                if (!isJson(hash))
                    continue;
                const alg = String(hash.alg);
                const length = CDX_HASH_HEX[alg];
                if (algorithms.includes(alg))
                    this.found.push(`${componentName(component, label)}: two ${alg} hashes`);
                else
                    algorithms.push(alg);
                if (length === undefined || typeof hash.content !== 'string' || hash.content.length !== length || !LOWERCASE_HEX.test(hash.content)) {
                    this.found.push(`${componentName(component, label)}: ${alg} hash is not ${length ?? '?'} lowercase hex digits`);
                }
            }
        }
        const references = component.externalReferences;
        if (Array.isArray(references)) {
            for (const reference of references) {
                if (isJson(reference) && (typeof reference.url !== 'string' || reference.url === '' || !(0,_urls_js__WEBPACK_IMPORTED_MODULE_4__/* .isIriReference */ .kG)(reference.url))) {
                    this.found.push(`${componentName(component, label)}: external reference ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(isJson(reference) ? reference.url : reference)} is not an IRI reference`);
                }
            }
        }
        const children = component.components;
        if (Array.isArray(children))
            for (const child of children)
                if (isJson(child))
                    this.visit(child);
    }
    /** One top-level component, with those nested in it. */
    component(component) {
        this.visit(component);
    }
    /** One entry of `dependencies`, after every component. */
    dependency(dependency) {
        const ref = String(dependency.ref);
        if (this.seen.has(ref))
            this.found.push(`dependencies: ${ref} is listed twice`);
        this.seen.add(ref);
        if (!this.refs.has(ref))
            this.found.push(`dependencies: ${ref} is not a bom-ref of the document`);
        const dependsOn = Array.isArray(dependency.dependsOn) ? dependency.dependsOn : [];
        // Most entries depend on a few refs: repeats are looked for in a set only past a handful.
        const targets = dependsOn.length > FEW_TARGETS ? new Set() : undefined;
        for (let index = 0; index < dependsOn.length; index++) {
            const to = String(dependsOn[index]);
            if (targets === undefined ? repeatsEarlier(dependsOn, index, to) : targets.has(to))
                this.found.push(`dependencies: ${ref} depends on ${to} twice`);
            targets?.add(to);
            if (!this.refs.has(to))
                this.found.push(`dependencies: ${ref} depends on ${to}, which is not a bom-ref of the document`);
        }
    }
    /** Every problem found. */
    problems() {
        return this.found.map(shownProblem);
    }
}
/** The problems {@link CycloneDxCheck} finds in a whole document (none for a good one). */

/** Throws SBOM_INVALID_DOCUMENT naming the first problems, when there are any: our own document is wrong. */



/***/ }),

/***/ 53988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
