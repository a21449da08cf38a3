export const id = 461;
export const ids = [461];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
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
  }

  function parseLicense () {
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
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
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
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
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
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
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
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
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
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

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
}


/***/ }),

/***/ 60461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RELEASE_INPUTS: () => (/* binding */ RELEASE_INPUTS),
  SWITCHED_INPUT_DEFAULTS: () => (/* binding */ SWITCHED_INPUT_DEFAULTS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/markdown.js
var markdown = __webpack_require__(88346);
// EXTERNAL MODULE: ./lib/config/inputs.js
var config_inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/instructions/verify.js
var verify = __webpack_require__(40592);
// EXTERNAL MODULE: ./lib/config/release.js + 1 modules
var release = __webpack_require__(87412);
// EXTERNAL MODULE: ./lib/config/sign.js
var sign = __webpack_require__(5297);
// EXTERNAL MODULE: ./lib/checksums/collect.js
var collect = __webpack_require__(90522);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/paths.js
var paths = __webpack_require__(64539);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
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
        throw new config_inputs/* ConfigError */.xL(issues);
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
    return subjects.filter((subject) => !(0,collect/* mayBeGlob */.jb)(subject)).map((path) => ({ input, path, kind: 'any' }));
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

// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
;// CONCATENATED MODULE: ./lib/github/release-tag.js
// Apart from release-target.ts: a run that publishes no GitHub release reads its tag without loading the GitHub client.
/** The web page of the release of `tag` (a published release's URL). */
function releaseUrl(serverUrl, repository, tag) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/releases/tag/${encodeURIComponent(tag)}`;
}
/** The tag a run for a tag push was started by (GITHUB_REF `refs/tags/<tag>`); undefined for any other run. */
function pushedTag(ref) {
    return ref !== undefined && ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length ? ref.slice('refs/tags/'.length) : undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/checksums/index.js + 3 modules
var checksums = __webpack_require__(9396);
// EXTERNAL MODULE: ./lib/release/errors.js
var release_errors = __webpack_require__(86482);
// EXTERNAL MODULE: ./lib/release/state.js
var release_state = __webpack_require__(97235);
;// CONCATENATED MODULE: ./lib/release/pipeline.js


/**
 * A step whose code loads when it first runs: a run that signs nothing never loads the signing,
 * GitHub, registry or verification code (and their packages) that only the steps it skips import.
 */
function lazyStep(definition, load) {
    return { ...definition, run: async (state) => (await load())(state) };
}
const assetNamesStep = lazyStep({
    name: 'asset-names',
    needs: ['collect'],
    wanted: (config) => config.githubRelease !== undefined,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(4313), __webpack_require__.e(2842), __webpack_require__.e(6388), __webpack_require__.e(668)]).then(__webpack_require__.bind(__webpack_require__, 20668))).runAssetNamesStep);
const attestStep = lazyStep({
    name: 'attest',
    wanted: (config) => config.sign !== undefined && config.attest !== 'off',
    needs: ['sign'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(5456), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(3149), __webpack_require__.e(7288)]).then(__webpack_require__.bind(__webpack_require__, 71972))).runAttestStep);
const auditLogStep = lazyStep({
    name: 'audit-log',
    wanted: (config) => config.sign !== undefined && config.auditLog,
    needs: ['sign'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(1825)]).then(__webpack_require__.bind(__webpack_require__, 31825))).runAuditLogStep);
const bundlesStep = lazyStep({
    name: 'bundles',
    wanted: (config) => config.sign !== undefined && config.artifactBundles,
    needs: ['sign'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(2844)]).then(__webpack_require__.bind(__webpack_require__, 72844))).runBundlesStep);
const checksumsStep = lazyStep({
    name: 'checksums',
    needs: ['hash'],
    salvages: true,
}, async () => (await __webpack_require__.e(/* import() */ 2153).then(__webpack_require__.bind(__webpack_require__, 32153))).runChecksumsStep);
const closeSessionStep = lazyStep({
    name: 'close-session',
    wanted: (config) => config.sign !== undefined,
    needs: ['sign'],
}, async () => (await __webpack_require__.e(/* import() */ 1292).then(__webpack_require__.bind(__webpack_require__, 41292))).runCloseSessionStep);
const collectStep = lazyStep({
    name: 'collect',
    needs: ['output'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(6388), __webpack_require__.e(823)]).then(__webpack_require__.bind(__webpack_require__, 40823))).runCollectStep);
const downgradeStep = lazyStep({
    name: 'downgrade',
    wanted: (config, ports) => config.downgrade !== 'off' && ports.githubRelease !== undefined,
    needs: ['publish'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(8101)]).then(__webpack_require__.bind(__webpack_require__, 88101))).runDowngradeStep);
const gateStep = lazyStep({
    name: 'gate',
    wanted: (config, ports) => config.gate && ports.githubRelease !== undefined,
    needs: ['github-draft'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2842), __webpack_require__.e(7310), __webpack_require__.e(4584), __webpack_require__.e(5879)]).then(__webpack_require__.bind(__webpack_require__, 85879))).runGateStep);
const githubDraftStep = lazyStep({
    name: 'github-draft',
    wanted: (_config, ports) => ports.githubRelease !== undefined,
    needs: ['publish'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2842), __webpack_require__.e(7310), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 20552))).runGithubDraftStep);
const githubPublishStep = lazyStep({
    name: 'github-publish',
    wanted: (_config, ports) => ports.githubRelease !== undefined,
    needs: ['github-draft'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2842), __webpack_require__.e(7310), __webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__, 30392))).runGithubPublishStep);
const hashStep = lazyStep({
    name: 'hash',
    needs: ['collect'],
}, async () => (await __webpack_require__.e(/* import() */ 4957).then(__webpack_require__.bind(__webpack_require__, 74957))).runHashStep);
const releaseTagStep = lazyStep({
    name: 'release-tag',
    needs: [],
    wanted: (_config, ports) => ports.githubRelease !== undefined,
}, async () => (await __webpack_require__.e(/* import() */ 6993).then(__webpack_require__.bind(__webpack_require__, 76993))).runReleaseTagStep);
const resolveImagesStep = lazyStep({
    name: 'resolve-images',
    wanted: (config) => config.sign !== undefined && config.images !== undefined,
    needs: [],
}, async () => (await __webpack_require__.e(/* import() */ 7308).then(__webpack_require__.bind(__webpack_require__, 57308))).runResolveImagesStep);
const imagesStep = lazyStep({
    name: 'images',
    wanted: (config) => config.sign !== undefined && config.images !== undefined,
    needs: ['sign', 'resolve-images'],
}, async () => (await __webpack_require__.e(/* import() */ 7308).then(__webpack_require__.bind(__webpack_require__, 57308))).runImagesStep);
const instructionsStep = lazyStep({
    name: 'instructions',
    wanted: (config) => config.instructions,
    needs: ['checksums'],
}, async () => (await __webpack_require__.e(/* import() */ 1136).then(__webpack_require__.bind(__webpack_require__, 21136))).runInstructionsStep);
const outputStep = lazyStep({
    name: 'output',
    needs: [],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(6448), __webpack_require__.e(6388), __webpack_require__.e(788)]).then(__webpack_require__.bind(__webpack_require__, 10788))).runOutputStep);
const publishOutputStep = lazyStep({
    name: 'publish',
    needs: [],
    salvages: true,
    cleansUp: true,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(6388), __webpack_require__.e(3798)]).then(__webpack_require__.bind(__webpack_require__, 63798))).runPublishOutputStep);
const publishedReleaseStep = lazyStep({
    name: 'published-release',
    needs: ['hash'],
    wanted: (config) => config.githubRelease !== undefined,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2842), __webpack_require__.e(9402), __webpack_require__.e(7310), __webpack_require__.e(5799), __webpack_require__.e(6388), __webpack_require__.e(3149), __webpack_require__.e(4584), __webpack_require__.e(4799)]).then(__webpack_require__.bind(__webpack_require__, 94799))).runPublishedReleaseStep);
const sbomsStep = lazyStep({
    name: 'sbom',
    wanted: (config) => config.sbom !== undefined,
    needs: ['collect'],
}, async () => (await __webpack_require__.e(/* import() */ 8371).then(__webpack_require__.bind(__webpack_require__, 88371))).runSbomsStep);
const signingSessionStep = lazyStep({
    name: 'signing-session',
    wanted: (config) => config.sign !== undefined,
    needs: ['hash'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(3149), __webpack_require__.e(9444)]).then(__webpack_require__.bind(__webpack_require__, 79444))).runSigningSessionStep);
const signStep = lazyStep({
    name: 'sign',
    wanted: (config) => config.sign !== undefined,
    needs: ['checksums', 'signing-session'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(3149), __webpack_require__.e(9444)]).then(__webpack_require__.bind(__webpack_require__, 79444))).runSignStep);
const verificationKitStep = lazyStep({
    name: 'verification-kit',
    wanted: (config) => config.sign !== undefined && config.verificationKit,
    needs: ['signing-session'],
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(5456), __webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2842), __webpack_require__.e(9402), __webpack_require__.e(7310), __webpack_require__.e(3149), __webpack_require__.e(4584), __webpack_require__.e(1423)]).then(__webpack_require__.bind(__webpack_require__, 21423))).runVerificationKitStep);
/**
 * The order of a release: one stage per line, the steps of a stage run concurrently. A step is
 * added as one file under steps/ (its code) and one definition above (its name, what it needs);
 * it is switched off by its `wanted`.
 */
const RELEASE_PIPELINE = [
    [outputStep], // the output directory can take this run's files
    [collectStep], // the artifacts, a staging directory; reading the artifacts starts
    [hashStep, sbomsStep, resolveImagesStep, assetNamesStep, releaseTagStep], // the artifacts' digests while the lockfiles are cataloged and the images pinned by digest; names a GitHub release can hold, and a tag on the commit built
    [publishedReleaseStep], // a re-run for a release published already checks it and ends here, before anything is signed
    [signingSessionStep], // the session that signs everything below: who signs is known from here on
    [verificationKitStep], // trust-kit-policy.json and trust-kit-trusted-root.jsonl
    [checksumsStep], // SHA256SUMS, listing the artifacts, the SBOMs and the verification kit
    [signStep], // SHA256SUMS.sigstore.json; the session stays open for the steps below
    [bundlesStep, attestStep], // <artifact>.sigstore.json; attestations.intoto.jsonl
    [imagesStep], // the images' signatures, attached in the registry as OCI referrers
    [auditLogStep], // trust-kit-audit.jsonl: every signature above, signed on its own
    [closeSessionStep], // the last signature is made: the session's tokens are wiped
    [instructionsStep], // VERIFY.md
    [publishOutputStep], // the staging directory becomes the output directory
    [downgradeStep], // no trust downgrade: the run's evidence is no weaker than the previous GitHub release's
    [githubDraftStep], // the artifacts and the run's files uploaded to a draft GitHub release
    [gateStep], // the draft's assets downloaded back and verified as VERIFY.md says; a failure keeps the draft
    [githubPublishStep], // the draft published, once
];
/**
 * Runs the steps in order on `state`, adding what each produced. The first failure is kept in
 * `state.failure`; after it only steps that salvage what was made run, when every step they need
 * succeeded. `done` is told after each stage, so a caller can report a run as far as it got.
 */
async function runPipeline(state, pipeline, done = () => { }) {
    const succeeded = new Set();
    for (const stage of pipeline) {
        const wanted = stage.filter((step) => (step.wanted?.(state.config, state.ports) ?? true) && step.needs.every((need) => succeeded.has(need)));
        // Aborted by the caller: the step that would have run next fails with it, and only the clean-up runs after.
        const next = state.ports.signal?.aborted === true && state.aborted !== true ? wanted.find((step) => state.failure === undefined || step.salvages === true) : undefined;
        if (next !== undefined && state.ports.signal !== undefined) {
            state.aborted = true;
            state.failure ??= { step: next.name, error: (0,release_errors/* abortedError */.ip)(state.ports.signal) };
        }
        const runnable = wanted.filter((step) => (state.aborted === true ? step.cleansUp === true : state.failure === undefined || step.salvages === true));
        const outcomes = await Promise.allSettled(runnable.map((step) => step.run(state)));
        outcomes.forEach((outcome, index) => {
            const step = runnable[index];
            if (outcome.status === 'rejected') {
                const { reason } = outcome;
                if (reason instanceof release_state/* PartialStepFailure */.U)
                    Object.assign(state, reason.produced);
                state.failure ??= { step: step.name, error: reason instanceof release_state/* PartialStepFailure */.U ? reason.error : reason };
                return;
            }
            const { written, ...produced } = outcome.value;
            Object.assign(state, produced);
            if (written !== undefined)
                state.staged.push(...written);
            succeeded.add(step.name);
        });
        done(state);
        // Nothing is left to do: the run changed nothing (a release published already).
        if (state.alreadyPublished !== undefined)
            return;
    }
}

// EXTERNAL MODULE: ./lib/release/names.js
var names = __webpack_require__(77621);
// EXTERNAL MODULE: ./lib/release/report.js
var release_report = __webpack_require__(58755);
// EXTERNAL MODULE: ./lib/release/downgrade.js
var downgrade = __webpack_require__(33978);
;// CONCATENATED MODULE: ./lib/release/index.js













/** A report of a run that has not started. */
function emptyReleaseReport() {
    return {
        outputDir: undefined,
        algorithm: 'sha256',
        wanted: { sbom: false, sign: false, artifactBundles: false, images: false, auditLog: false, instructions: true },
        artifacts: undefined,
        checksumsPath: undefined,
        sbom: undefined,
        signature: undefined,
        signatureSkipped: undefined,
        attestations: undefined,
        artifactBundles: undefined,
        images: undefined,
        auditLog: undefined,
        instructionsPath: undefined,
        produced: [],
        digests: {},
        gate: undefined,
        failed: undefined,
    };
}
/** Fills `report` in from what the run's steps produced; paths are where the files are once the run has ended. */
function fillReport(report, state) {
    const staging = state.staging;
    const finalPath = (path) => (staging === undefined ? path : (0,external_node_path_.join)(state.outputDir, (0,external_node_path_.relative)(staging, path)));
    report.artifacts = state.artifacts;
    report.checksumsPath = state.checksumsPath === undefined ? undefined : finalPath(state.checksumsPath);
    // SBOMs that no checksums file lists are not kept.
    report.sbom = state.sbom === undefined || state.checksumsPath === undefined ? undefined : { paths: state.sbom.entries.map((entry) => (0,external_node_path_.join)(state.outputDir, entry.name)), lockfiles: state.sbom.lockfiles };
    report.signature = state.signature === undefined ? undefined : { ...state.signature, bundlePath: finalPath(state.signature.bundlePath) };
    report.signatureSkipped = state.signatureSkipped;
    report.attestations = state.attestations === undefined ? undefined : { ...state.attestations, path: finalPath(state.attestations.path) };
    report.artifactBundles = state.artifactBundles?.map((bundle) => ({ name: bundle.name, bundlePath: finalPath(bundle.bundlePath) }));
    report.images = state.images;
    report.auditLog = state.auditLog === undefined ? undefined : { path: finalPath(state.auditLog.path), bundlePath: finalPath(state.auditLog.bundlePath) };
    report.instructionsPath = state.instructionsPath === undefined ? undefined : finalPath(state.instructionsPath);
    if (state.published === true) {
        report.produced = state.staged.map(finalPath);
        report.digests = Object.fromEntries(Object.entries(state.digests ?? {}).map(([path, hex]) => [finalPath(path), hex]));
    }
    report.gate = state.gate ?? (state.failure?.error instanceof release_errors/* PublishGateError */.dF ? state.failure.error.report : undefined);
    report.failed = state.failure === undefined ? undefined : { step: state.failure.step, error: (0,errors/* reportOf */.EI)(state.failure.error) };
    // The gate refused the draft the github-draft step filled: it stays, as a failed upload's does.
    const refused = state.failure?.step === 'gate' && state.githubDraft !== undefined ? { tag: state.githubDraft.input.tag, id: state.githubDraft.drafted.release.id } : undefined;
    report.draftLeft = state.failure === undefined ? undefined : (state.draftLeft ?? refused);
}
/** A run that found its GitHub release published already with what it would publish: it wrote, signed and uploaded nothing. */
function alreadyPublishedResult(config, outputDir, artifacts, published) {
    return {
        artifacts,
        checksumsPath: (0,external_node_path_.join)(outputDir, (0,names/* checksumsFileName */.sC)(config.algorithm)),
        subjects: (0,checksums.toSubjects)(artifacts, config.algorithm),
        sbom: undefined,
        signature: undefined,
        signatureSkipped: undefined,
        attestations: undefined,
        artifactBundles: undefined,
        images: undefined,
        auditLog: undefined,
        instructionsPath: undefined,
        verifyCommand: undefined,
        produced: [],
        digests: {},
        githubRelease: published,
        downgrade: undefined,
        gate: undefined,
        draftDeleted: undefined,
    };
}
/**
 * Fails with RELEASE_PORTS_INVALID unless the ports hold what every run uses: from plain
 * JavaScript, a missing logger failed with a TypeError once the checksums file was written.
 */
function checkPorts(ports) {
    const given = typeof ports === 'object' && ports !== null ? ports : undefined;
    const logger = given?.logger;
    const clock = given?.clock;
    // The optional ports too: a wrong one failed once files were written (an onStep that is no function), or was taken for none (a signal).
    const problems = [
        [given === undefined, 'the ports are not an object'],
        [typeof given?.cwd !== 'string' || !(0,external_node_path_.isAbsolute)(given.cwd), 'cwd is not an absolute path'],
        [typeof given?.env !== 'object' || given.env === null, 'env is not an object (the environment, e.g. process.env)'],
        [typeof logger !== 'object' || logger === null || typeof logger.info !== 'function' || typeof logger.warn !== 'function' || typeof logger.debug !== 'function', 'logger is not a Logger (info, warn and debug functions; silentLogger for none)'],
        [given?.clock !== undefined && typeof clock?.now !== 'function', 'clock is not a Clock (an object with now(); fixedClock(date) for a Date)'],
        [given?.onStep !== undefined && typeof given.onStep !== 'function', 'onStep is not a function'],
        [given?.signal !== undefined && !(given.signal instanceof AbortSignal), 'signal is not an AbortSignal'],
    ];
    const problem = problems.find(([bad]) => bad)?.[1];
    if (problem !== undefined)
        throw new release_errors/* ReleaseError */.K2('RELEASE_PORTS_INVALID', `runRelease's ${problem}`, { hint: 'pass the ports { cwd, env, logger } and the optional ones as ReleasePorts types them; nothing was written' });
}
/**
 * Refuses a configuration made by hand that asks for parts only signing makes (the CLI's and the
 * action's inputs are refused the same way at once): without `sign`, the pipeline would skip them and the run end green
 * without what was asked for.
 */
function checkSignedParts(config) {
    if (config.sign !== undefined)
        return;
    const parts = [
        ...(config.attest === 'off' ? [] : [`attest: '${config.attest}'`]),
        ...(config.artifactBundles ? ['artifactBundles'] : []),
        ...(config.auditLog ? ['auditLog'] : []),
        ...(config.verificationKit ? ['verificationKit'] : []),
        ...(config.images === undefined ? [] : ['images']),
    ];
    if (parts.length > 0) {
        throw new release_errors/* ReleaseError */.K2('RELEASE_CONFIG_INVALID', `runRelease's config asks for ${parts.join(', ')}, which only signing makes, and has no sign`, {
            hint: "give sign (the signing settings), or turn these off (attest: 'off', false, no images); nothing was written",
        });
    }
}
/**
 * Runs the release pipeline (pipeline.ts): hash every artifact while the project is cataloged
 * into SBOMs, write the checksums file (listing the artifacts and the SBOMs), sign it (verified
 * before it is written), attest the artifacts and write the verification instructions. Everything
 * is written into a fresh staging directory beside the output directory, which then replaces it as
 * a whole, also when a step fails after the checksums: what the run produced is kept, and no file
 * of an earlier run is left beside it. `report` is filled in as the run goes, for surfaces that
 * report a failed run.
 */
async function runRelease(config, ports, report = emptyReleaseReport()) {
    checkPorts(ports);
    if (typeof config !== 'object' || config === null) {
        throw new release_errors/* ReleaseError */.K2('RELEASE_CONFIG_INVALID', `runRelease's config is ${(0,quote/* typeName */.go)(config)}, not a ReleaseConfig`, { hint: 'pass the release configuration (see ReleaseConfig); nothing was written' });
    }
    checkSignedParts(config);
    const outputDir = (0,external_node_path_.resolve)(ports.cwd, config.outputDir);
    report.outputDir = outputDir;
    report.algorithm = config.algorithm;
    report.wanted = { sbom: config.sbom !== undefined, sign: config.sign !== undefined, artifactBundles: config.artifactBundles, images: config.images !== undefined, auditLog: config.auditLog, instructions: config.instructions };
    // The hashing threads start with the run, on the other cores, while the output directory is checked and the
    // artifacts are found: a thread takes about 30 ms of a core to start, which the hashing would otherwise wait for.
    const hashThreads = checksums.HashPool.start((0,external_node_os_.availableParallelism)() - 1);
    const state = { config, ports, outputDir, staged: [], hashThreads };
    try {
        await runPipeline(state, RELEASE_PIPELINE, (progress) => fillReport(report, progress));
    }
    finally {
        await hashThreads.close();
    }
    // The caller's callback failing never hides the run's own failure, nor keeps its session open.
    let callbackFailure;
    const tell = (step) => {
        try {
            ports.onStep?.(step);
        }
        catch (error) {
            callbackFailure ??= { error };
        }
    };
    if (state.published === true) {
        if (report.checksumsPath !== undefined)
            tell({ step: 'checksums', checksumsPath: report.checksumsPath, subjects: (0,checksums.toSubjects)(report.artifacts ?? [], config.algorithm) });
        if (report.sbom !== undefined)
            tell({ step: 'sbom', paths: report.sbom.paths });
    }
    // Aborted, the run prints no error of its own that could quote the tokens: they are wiped now, not at the caller's exit.
    if (state.aborted === true)
        state.closeSession?.();
    if (state.failure !== undefined)
        throw state.failure.error;
    state.closeSession?.();
    if (callbackFailure !== undefined)
        throw callbackFailure.error;
    if (state.alreadyPublished !== undefined && state.artifacts !== undefined)
        return alreadyPublishedResult(config, outputDir, state.artifacts, state.alreadyPublished);
    const { artifacts, checksumsPath } = report;
    if (artifacts === undefined || checksumsPath === undefined)
        throw new Error('a release that did not fail made its checksums file');
    return {
        artifacts,
        checksumsPath,
        subjects: (0,checksums.toSubjects)(artifacts, config.algorithm),
        sbom: report.sbom,
        signature: report.signature,
        signatureSkipped: report.signatureSkipped,
        attestations: report.attestations,
        artifactBundles: report.artifactBundles,
        images: report.images,
        auditLog: report.auditLog,
        instructionsPath: report.instructionsPath,
        verifyCommand: report.signature === undefined ? undefined : (0,verify/* releaseVerifyCommand */.Q3)((0,external_node_path_.basename)(checksumsPath), (0,external_node_path_.basename)(report.signature.bundlePath), report.signature.signer, state.verifier),
        produced: report.produced,
        digests: report.digests,
        githubRelease: state.githubRelease,
        downgrade: state.downgrade,
        gate: state.gate,
        draftDeleted: state.draftDeleted,
    };
}

// EXTERNAL MODULE: ./lib/actions/io.js + 17 modules
var actions_io = __webpack_require__(64729);
// EXTERNAL MODULE: ./lib/actions/secret-input.js
var secret_input = __webpack_require__(67302);
// EXTERNAL MODULE: ./lib/actions/summary.js
var summary = __webpack_require__(65955);
;// CONCATENATED MODULE: ./lib/actions/release/main.js

















/** The inputs the root release action reads; stable across versions, documented in action.yml. */
const RELEASE_INPUTS = [
    'subject-path',
    'algorithm',
    'base',
    'output-dir',
    'sbom-format',
    'sbom-path',
    'sbom-exclude',
    'sbom-default-excludes',
    'sbom-organization',
    'include-dev',
    'strict',
    'force',
    'sign',
    'attest',
    'artifact-bundles',
    'audit-log',
    'verification-kit',
    'verify-instructions',
    'immutable-release',
    'downgrade',
    'gate',
    'images',
    'signature-format',
    'recursive',
    'allow-http-registry',
    'instance',
    'key',
    'on-missing-token',
    'timeout',
    'trusted-root',
    'fulcio-url',
    'rekor-url',
    'rekor-version',
    'tsa-url',
    'signing-config',
    'github-release',
    'github-token',
    'tag',
];
/**
 * The action.yml defaults of the inputs a switch can turn off (below): the runner passes each when
 * the workflow leaves it out, so such a value says nothing, and only another one was written.
 */
const SWITCHED_INPUT_DEFAULTS = {
    instance: 'auto',
    'on-missing-token': 'fail',
    'rekor-version': '1',
    'sbom-path': '.',
    'sbom-default-excludes': 'true',
    'include-dev': 'false',
    strict: 'false',
    gate: 'true',
    downgrade: 'fail',
};
/** What each switch turns off, and the inputs that then would do nothing. */
const SWITCHED_OFF = {
    sign: ['key', 'instance', 'on-missing-token', 'timeout', 'trusted-root', 'fulcio-url', 'rekor-url', 'rekor-version', 'tsa-url', 'signing-config'],
    sbom: release/* SBOM_SHAPING_INPUTS */.VT,
    publish: release/* PUBLISHING_INPUTS */.i8,
};
/**
 * The inputs written beside a switch that turns their feature off (`sign: false`, `sbom-format:
 * none`, no `github-release`), or keyless ones beside a `key`: each would do nothing, so it is a bad
 * input, reported with the others, as the CLI refuses the same flags. `inputs` are as the
 * workflow gave them, before any default of the action's own.
 */
function switchedOffIssues(inputs) {
    const reader = new config_inputs/* InputReader */.i_(inputs, config_inputs/* actionInputName */.a3);
    const written = (name) => {
        const value = inputs[name];
        return typeof value === 'string' && value.trim() !== '' && value.trim().toLowerCase() !== (SWITCHED_INPUT_DEFAULTS[name] ?? '');
    };
    // A bad value of a switch is the config's to report; read here, it only decides what to look at.
    const signing = reader.boolean('sign', true);
    const sbom = !reader.list('sbom-format').some((format) => format.toLowerCase() === 'none');
    const publishing = reader.boolean('github-release', false);
    const off = (names, message) => names.filter(written).map((name) => ({ input: (0,config_inputs/* actionInputName */.a3)(name), message }));
    return [
        ...(signing ? (0,sign/* keyedSigningIssues */._u)(inputs, config_inputs/* actionInputName */.a3) : off(SWITCHED_OFF.sign, 'shapes signing, which sign: false turns off, so it would do nothing; drop it, or sign')),
        ...(sbom ? [] : off(SWITCHED_OFF.sbom, 'shapes the SBOMs, which sbom-format: none turns off, so it would do nothing; drop it, or name a format')),
        ...(publishing ? [] : off(SWITCHED_OFF.publish, 'shapes publishing to a GitHub release, which only github-release: true does, so it would do nothing; drop it, or publish')),
    ];
}
/** The bundles named in the summary's line of them: the output directory holds the rest. */
const MAX_SUMMARY_BUNDLES = 20;
/** A failed run still says in the job summary what it produced, what failed and why. */
async function writeFailedSummary(io, facts, artifacts) {
    const lines = ['### trust-kit release', '', ...(0,summary/* failedReleaseLines */.w3)(facts), ...(artifacts === undefined ? [] : [artifacts, ''])];
    await io.appendSummary(lines.join('\n'));
}
/**
 * Sets the outputs of every file the run put in the output directory and their digests: all of
 * them when it succeeded (empty for what it did not make), those it made when a step failed.
 */
function setProducedOutputs(io, report, cwd, env, succeeded) {
    const set = (name, value) => {
        if (value !== undefined)
            io.setOutput(name, value);
        else if (succeeded)
            io.setOutput(name, '');
    };
    // Files count once they are in the output directory.
    const published = report.produced.length > 0;
    const path = (file) => (file === undefined || !published ? undefined : (0,external_node_path_.relative)(cwd, file));
    const digestOf = (file) => {
        const hex = file === undefined ? undefined : report.digests[file];
        return hex === undefined ? undefined : `sha256:${hex}`;
    };
    set('checksums-digest', digestOf(report.checksumsPath));
    set('bundle-path', path(report.signature?.bundlePath));
    set('attestations-path', path(report.attestations?.path));
    if (report.artifactBundles !== undefined && published)
        (0,actions_io/* setLinesOutput */.pP)(io, 'artifact-bundle-paths', report.artifactBundles.map((bundle) => (0,external_node_path_.relative)(cwd, bundle.bundlePath)), env);
    else
        set('artifact-bundle-paths', undefined);
    // Image signatures live in the registry: they count once signed, whether or not the files were published.
    if (report.wanted.images)
        set('images', report.images?.join('\n'));
    set('audit-log-path', path(report.auditLog?.path));
    set('audit-log-bundle-path', path(report.auditLog?.bundlePath));
    set('verify-path', path(report.instructionsPath));
    const outputDir = report.outputDir ?? cwd;
    // Names use / on every platform; a backslash is a separator only on Windows (elsewhere part of a name).
    if (published || succeeded)
        (0,actions_io/* setListOutput */.SP)(io, 'files', report.produced.map((file) => ({ name: (0,external_node_path_.relative)(outputDir, file).split(external_node_path_.sep).join('/'), path: (0,external_node_path_.relative)(cwd, file), digest: { sha256: report.digests[file] ?? '' } })), 'the files are in the output directory (output output-dir)');
    io.setOutput('failed-step', report.failed?.step ?? '');
}
/** The releases API of the run's repository, with the token of input `github-token`. */
async function publishingReleases(token, env, serverUrl, repository) {
    if (token === undefined)
        throw new config_inputs/* ConfigError */.xL([{ input: (0,config_inputs/* actionInputName */.a3)('github-token'), message: 'is empty; publishing to a GitHub release needs a token with `contents: write` (the default is the job\'s github.token)' }]);
    if (repository === '')
        throw new config_inputs/* ConfigError */.xL([{ input: (0,config_inputs/* actionInputName */.a3)('github-release'), message: 'is true, but GITHUB_REPOSITORY is not set: publishing runs in a GitHub Actions job' }]);
    // The GitHub client and its proxy agents load only for a run that publishes; the toolkit reads the
    // proxy variables as it loads and crashes on one that is no http(s) URL, so they are checked first.
    (0,proxy.checkProxySettings)((0,proxy.proxySettingsFrom)(env));
    const { releasesOf } = await Promise.all(/* import() */[__webpack_require__.e(5054), __webpack_require__.e(4313), __webpack_require__.e(2842), __webpack_require__.e(1148)]).then(__webpack_require__.bind(__webpack_require__, 31148));
    return releasesOf({ repository, token, serverUrl, proxy: (0,proxy.proxySettingsFrom)(env), ...(env.GITHUB_API_URL === undefined || env.GITHUB_API_URL === '' ? {} : { apiUrl: env.GITHUB_API_URL }) });
}
/** The outputs of publishing: the release, and which assets this run uploaded and which were there already. */
function setReleaseOutputs(io, published, url, env) {
    io.setOutput('release-url', published === undefined || url === undefined ? '' : url);
    io.setOutput('release-id', published === undefined ? '' : String(published.releaseId));
    (0,actions_io/* setLinesOutput */.pP)(io, 'release-uploaded', (published?.assets ?? []).filter((asset) => asset.outcome === 'uploaded').map((asset) => asset.githubName), env);
    (0,actions_io/* setLinesOutput */.pP)(io, 'release-skipped', (published?.assets ?? []).filter((asset) => asset.outcome === 'present').map((asset) => asset.githubName), env);
}
/** The job summary's lines about the GitHub release. */
function releaseLines(published, url) {
    const uploaded = published.assets.filter((asset) => asset.outcome === 'uploaded').length;
    const what = { published: 'published', updated: 'updated', verified: 'published already with every artifact and the checksums file of this run: nothing signed, uploaded or changed' }[published.outcome];
    // The release's page, which trust-kit addresses itself: a link, where text others wrote never is one.
    const lines = [`GitHub release ${(0,markdown/* markdownLink */.iQ)(url, url)}: ${what}; ${uploaded} asset${uploaded === 1 ? '' : 's'} uploaded, ${published.assets.length - uploaded} already there with the same digest.`];
    const attestation = published.releaseAttestation;
    if (attestation !== undefined) {
        lines.push('', `GitHub's release attestation (${(0,summary/* code */.aY)(attestation.predicateType)}) lists the tag and every asset; ${attestation.signatureVerified ? 'its signature verified against GitHub\'s trusted root (signatureVerified: true).' : 'its signature was not verified here (signatureVerified: false): check it with `gh release verify`.'}`);
    }
    return lines;
}
/** The root action: the whole release pipeline in one step. */
async function run(inputs, io, cwd, env, options = {}) {
    let config;
    let githubRelease;
    const serverUrl = env.GITHUB_SERVER_URL === undefined || env.GITHUB_SERVER_URL === '' ? 'https://github.com' : env.GITHUB_SERVER_URL;
    const repository = env.GITHUB_REPOSITORY ?? '';
    // Taken first, publishing or not (in protected memory: masked, redacted and out of the
    // environment from here on): the input defaults to the job's token, which would otherwise stay in
    // /proc/<pid>/environ for the whole run. A run that does not publish wipes it at once.
    let token = (0,secret_input/* secretInput */.j)('github-token', inputs, env);
    let clock;
    try {
        // Read with the inputs: a SOURCE_DATE_EPOCH that is no time fails the run before any work, as an input does.
        const epoch = env.SOURCE_DATE_EPOCH;
        if (epoch !== undefined && epoch !== '')
            clock = (0,core_clock/* clockFromSourceDateEpoch */.vv)(epoch);
        const tag = pushedTag(env.GITHUB_REF);
        config = (0,config_inputs/* withEarlierIssues */.ZB)(switchedOffIssues(inputs), () => (0,release/* releaseConfig */.Af)((0,actions_io/* ownerByDefault */.c2)(inputs, 'sbom-organization', env), config_inputs/* actionInputName */.a3, { base: '.', outputDir: 'trust-kit-out', ephemeralKeyWithoutToken: false, ...(tag === undefined ? {} : { tag }) }));
        if (config.githubRelease === undefined) {
            token?.destroy();
            token = undefined;
        }
        else {
            const { tag: releaseTag } = config.githubRelease;
            const { githubReleaseAttestationVerifier } = await Promise.all(/* import() */[__webpack_require__.e(4313), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2842), __webpack_require__.e(7310), __webpack_require__.e(2107)]).then(__webpack_require__.bind(__webpack_require__, 52107));
            // GitHub's trusted root is fetched only when an immutable release's attestation is verified.
            const verifyReleaseAttestation = githubReleaseAttestationVerifier({ serverUrl, repository, tag: releaseTag, tuf: { ...options.githubTuf, proxy: (0,proxy.proxySettingsFrom)(env) } });
            githubRelease = { tag: releaseTag, releases: await publishingReleases(token, env, serverUrl, repository), ...(verifyReleaseAttestation === undefined ? {} : { verifyReleaseAttestation }) };
        }
        await requireNamedPaths(releasePaths(config), cwd, config_inputs/* actionInputName */.a3, config.sign === undefined ? [] : (0,sign/* signingTrustIssues */.WX)(config.sign, config_inputs/* actionInputName */.a3));
    }
    catch (error) {
        // Set before the action fails, as every failed step's name is: empty would read as a success.
        io.setOutput('failed-step', 'inputs');
        await writeFailedSummary(io, { outputDir: undefined, produced: [], failure: { step: 'reading the inputs', ...(0,errors/* reportOf */.EI)(error) }, missing: [] });
        throw error;
    }
    io.setOutput('output-dir', config.outputDir);
    // Outputs are set for each step's files once they are in the output directory, also when a later
    // step such as signing failed: the steps after this one still get the checksums and SBOMs.
    const onStep = (step) => {
        if (step.step === 'checksums') {
            io.setOutput('checksums-path', step.checksumsPath);
            (0,actions_io/* setListOutput */.SP)(io, 'subjects', step.subjects, 'read the checksums file (output checksums-path), which lists every artifact');
        }
        else {
            io.setOutput('sbom-paths', step.paths.map((path) => (0,external_node_path_.relative)(cwd, path)).join('\n'));
        }
    };
    const report = emptyReleaseReport();
    let result;
    try {
        result = await runRelease(config, { cwd, env, logger: io, onStep, ...(githubRelease === undefined ? {} : { githubRelease }), ...(options.githubTuf === undefined ? {} : { githubTuf: options.githubTuf }), ...(clock === undefined ? {} : { clock }) }, report);
    }
    catch (error) {
        try {
            setProducedOutputs(io, report, cwd, env, false);
        }
        catch (outputError) {
            // The summary is written all the same: it is a file of its own.
            io.warn(`could not set the outputs: ${String(outputError)}`);
        }
        const facts = (0,release_report/* releaseFacts */.tc)(report, cwd);
        // A failure outside the steps (an output the runner's file refused once the files were in place) is still said as one.
        facts.failure ??= { step: 'finishing the release', ...(0,errors/* reportOf */.EI)(error) };
        await writeFailedSummary(io, facts, report.artifacts === undefined ? undefined : (0,summary/* artifactsTable */.c$)(report.artifacts, config.algorithm));
        throw error;
    }
    if (result.sbom === undefined)
        io.setOutput('sbom-paths', '');
    setProducedOutputs(io, report, cwd, env, true);
    // A release published already ends the run before the checksums step, which sets subjects: a
    // re-run's later steps and jobs read them as the first run's did.
    if (result.githubRelease?.outcome === 'verified')
        (0,actions_io/* setListOutput */.SP)(io, 'subjects', result.subjects, 'read the release\'s checksums file, which lists every artifact');
    setReleaseOutputs(io, result.githubRelease, config.githubRelease === undefined ? undefined : releaseUrl(serverUrl, repository, config.githubRelease.tag), env);
    const lines = ['### trust-kit release', '', (0,summary/* artifactsTable */.c$)(result.artifacts, config.algorithm), ''];
    if (result.sbom !== undefined)
        lines.push(`SBOMs (listed in ${(0,summary/* code */.aY)((0,external_node_path_.basename)(result.checksumsPath))}${result.signature === undefined ? '' : ', so the signature covers them'}): ${result.sbom.paths.map((path) => (0,summary/* code */.aY)((0,external_node_path_.basename)(path))).join(', ')}`, '');
    if (result.signature !== undefined)
        lines.push(`${(0,summary/* code */.aY)((0,external_node_path_.basename)(result.checksumsPath))} signed with ${(0,summary/* cell */.Hn)(result.signature.description)}: ${(0,summary/* code */.aY)((0,external_node_path_.basename)(result.signature.bundlePath))}`, '');
    if (result.signatureSkipped !== undefined)
        lines.push(`Not signed: ${(0,summary/* cell */.Hn)(result.signatureSkipped)}`, '');
    if (result.artifactBundles !== undefined)
        lines.push(`Each artifact also signed on its own, in the same session: ${(0,summary/* capped */.uo)(result.artifactBundles.map((bundle) => (0,summary/* code */.aY)((0,external_node_path_.relative)(report.outputDir ?? cwd, bundle.bundlePath))), MAX_SUMMARY_BUNDLES, (count) => `and ${count} more`).join(', ')}`, '');
    if (result.images !== undefined)
        lines.push(`Images signed in the same session (signatures attached in the registry): ${result.images.map(summary/* code */.aY).join(', ')}`, '');
    if (result.downgrade !== undefined)
        lines.push(...(0,downgrade/* downgradeReport */.Am)(result.downgrade).map((line, index) => (index === 0 ? (0,summary/* cell */.Hn)(line) : `- ${(0,summary/* cell */.Hn)(line)}`)), '');
    if (result.auditLog !== undefined)
        lines.push(`Signing audit log (signed on its own, not listed in ${(0,summary/* code */.aY)((0,external_node_path_.basename)(result.checksumsPath))}): ${(0,summary/* code */.aY)((0,external_node_path_.basename)(result.auditLog.path))}, ${(0,summary/* code */.aY)((0,external_node_path_.basename)(result.auditLog.bundlePath))}`, '');
    if (result.draftDeleted !== undefined)
        lines.push(`Deleted from the draft as a failed run's files (this run uploaded its own in their place, where it makes them): ${(0,summary/* capped */.uo)(result.draftDeleted.map(summary/* code */.aY), MAX_SUMMARY_BUNDLES, (count) => `and ${count} more`).join(', ')}`, '');
    if (result.gate !== undefined)
        lines.push(...(0,summary/* gateLines */.HN)(result.gate));
    const released = result.githubRelease === undefined ? [] : [...releaseLines(result.githubRelease, releaseUrl(serverUrl, repository, config.githubRelease?.tag ?? '')), ''];
    if (result.instructionsPath !== undefined) {
        const shown = (0,external_node_path_.relative)(cwd, result.instructionsPath);
        // The same text as VERIFY.md (and the release notes the reusable workflow makes of it), under the summary's heading, when it fits.
        const section = (0,verify/* instructionsAsSection */.zi)(await (0,promises_.readFile)(result.instructionsPath, 'utf8'), 3);
        const used = Buffer.byteLength([...lines, ...released].join('\n'));
        if (used + Buffer.byteLength(section) <= summary/* SUMMARY_BUDGET_BYTES */.Xb)
            lines.push(`Verification instructions: ${(0,summary/* code */.aY)(shown)}, as follows:`, '', section, '');
        else
            lines.push(`Verification instructions: ${(0,summary/* code */.aY)(shown)}, too long for the job summary (GitHub shows at most 1 MiB): read the file.`, '');
    }
    lines.push(...released);
    await io.appendSummary(lines.join('\n'));
}


/***/ }),

/***/ 90522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ nodeFileSystem),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   Mh: () => (/* binding */ WALK_SKIPPED_NAMES),
/* harmony export */   O5: () => (/* binding */ leftoverNotice),
/* harmony export */   VV: () => (/* binding */ sortByName),
/* harmony export */   jb: () => (/* binding */ mayBeGlob),
/* harmony export */   kx: () => (/* binding */ collectArtifacts),
/* harmony export */   n1: () => (/* binding */ findArtifacts),
/* harmony export */   z3: () => (/* binding */ listingOrder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64539);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82321);








/**
 * Entries never listed when a directory is walked (cli helper's exclusion hook): version control is
 * not a release artifact. A subject naming one itself (`trust-kit checksums .git`) is still hashed.
 */
const WALK_SKIPPED_NAMES = new Set(['.git']);
/** What to tell the user of a file {@link CollectOptions.leftover} was told of: that it was not listed, and why they may remove it. */
function leftoverNotice(file) {
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .checkOptionsArgument */ .wV)("leftoverNotice's file", file, { path: 'string', kind: 'string' }, ['path', 'kind']);
    if (file.kind === 'signature of the replaced output') {
        return `removed ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)}: it signed the checksums file this run replaced, and would have stood beside the new one, signing other contents; sign the new one again (trust-kit sign-blob)`;
    }
    if (file.kind === 'kept output directory') {
        return `left ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside, kept since its output directory was made again; look at it and remove it`;
    }
    if (file.kind === 'replaced output directory') {
        return `left ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} out of the artifacts: it is an earlier release output that a trust-kit release killed while replacing it moved aside; the next release into that output directory puts it back (or remove it if it is not wanted)`;
    }
    return `left ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} out of the artifacts: it is trust-kit's own ${file.kind}, which a trust-kit run killed while writing in its directory leaves behind; remove it unless a trust-kit is writing there now`;
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
    return mayBeGlob(subject) && (await __webpack_require__.e(/* import() */ 6448).then(__webpack_require__.bind(__webpack_require__, 76448))).isDynamicPattern(subject);
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
        problem = `subjects is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(subjects)}, not an array of paths, directories and globs`;
    else if (subjects.some((subject) => typeof subject !== 'string'))
        problem = `subjects holds ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(subjects.find((subject) => typeof subject !== 'string'))}, not only strings`;
    else if (typeof options !== 'object' || options === null)
        problem = `the options are ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(options)}, not an object with cwd and base`;
    else {
        const { cwd, base, exclude, skip, onExcluded, onlySkipped, leftover, progress } = options;
        if (typeof cwd !== 'string' || typeof base !== 'string')
            problem = `the options' cwd and base are ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(cwd)} and ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(base)}, not strings`;
        else if (exclude !== undefined && !(Array.isArray(exclude) && exclude.every((path) => typeof path === 'string')))
            problem = `the options' exclude is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(exclude)}, not an array of paths`;
        else {
            const notFunction = Object.entries({ skip, onExcluded, onlySkipped, leftover, progress }).find(([, value]) => value !== undefined && typeof value !== 'function');
            if (notFunction !== undefined)
                problem = `the options' ${notFunction[0]} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(notFunction[1])}, not a function`;
        }
    }
    if (problem !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_ARGUMENT_INVALID', problem, { hint: 'pass the subjects as an array of strings (["dist"]) and options { cwd, base } (see the types in trust-kit)' });
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
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, options.base);
    const baseReal = await baseDirectory(fileSystem, given, options.base);
    const base = sameButForCase(given, baseReal) ? baseReal : given;
    const excluded = new Set((options.exclude ?? []).map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, path)));
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
            const paths = globbed ? await expandGlob(pattern, options.cwd) : [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, subject)];
            const walk = new Walk(fileSystem, base, baseReal, realDirectories, options.skip, leftover, options.progress === undefined ? undefined : (found) => options.progress?.(kept.length + found));
            for (const path of paths) {
                // What a glob matched is offered to skip, as what a walk finds is: a subject named itself never is.
                const offer = globbed && options.skip !== undefined ? { real: await fileSystem.realpath(path).catch(() => path) } : undefined;
                await walk.root(path, globbed ? path : subject, offer, !globbed).catch(async (error) => {
                    // Every artifact lies outside a base that is a file: say that of the base, checked only now so that a walk costs no call more.
                    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO && error.code === 'CHECKSUMS_OUTSIDE_BASE' && (await fileSystem.targetKindOf(baseReal)) !== 'directory') {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(options.base)} is not a directory`, { hint: BASE_HINT });
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_NO_MATCH', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} matches only the file being written (the output), which is never listed in itself`, {
                        hint: 'write the checksums file to another path, or name the files to list',
                    });
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_NO_MATCH', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} matches no file`, {
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
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO) || !(error.code === 'CHECKSUMS_NO_MATCH' || (error.code === 'CHECKSUMS_PATH_NOT_FOUND' && error.message === `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(at.subject)} does not exist`)))
        return error;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(at.subject) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(at.cwd) === at.base)
        return error;
    const there = at.globbed ? (await expandGlob(at.pattern, at.base)).length > 0 : await at.fileSystem.targetKindOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(at.base, at.subject)).then(() => true, () => false);
    if (!there)
        return error;
    const instead = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(at.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at.base, at.pattern)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO(error.code, error.message, { cause: error, hint: `paths are relative to the working directory, not to the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(at.shownBase)}, which only shapes the names listed: give ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(instead)}` });
}
/** A file name as a case- and normalisation-insensitive file system (macOS, Windows) may match it. */
const foldedName = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path).normalize('NFC').toLowerCase();
/** A file's identity (device and inode, as bigints: Windows' file indexes pass 2^53), or undefined when it cannot be read. */
async function identityOf(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path, { bigint: true });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_DUPLICATE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.path)} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(previous.path)} would both be listed as ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(file.name)}`, {
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
    return { directory: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, segments.slice(0, fixed).join('/') || '/'), rest: segments.slice(fixed).join('/') };
}
async function expandGlob(pattern, cwd) {
    const { glob } = await __webpack_require__.e(/* import() */ 6448).then(__webpack_require__.bind(__webpack_require__, 76448));
    const ignored = globIgnored(pattern);
    const { directory, rest } = splitGlob(pattern, cwd);
    // tinyglobby's ignore spares the walk into them, but holds only below its cwd: a match of `../x/**` is checked here.
    const options = { cwd: directory, absolute: true, onlyFiles: false, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ignored.flatMap((name) => [`**/${name}`, `**/${name}/**`]), fs: linksToFilesAsFiles };
    const matches = (await glob(rest, options)).map((match) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(match)).filter((path) => !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).some((segment) => ignored.includes(segment)));
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(path)} is outside the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(base)}`, {
        hint: 'set --base (input "base") to a directory that contains every artifact',
    });
}
/** The name of a path relative to the base, `''` for the base itself, or undefined when it is outside. */
function relativeName(base, path) {
    const name = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._)(base, path, { baseItself: true });
    return name === undefined || node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? name : name.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
function checkedName(path, name, base) {
    if (name === undefined || name === '')
        throw outsideBase(path, base);
    if (/[\n\r]/.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_UNSAFE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(path)} has a line break in its name, which a checksums file cannot hold unambiguously`, {
            hint: 'rename the file without line breaks',
        });
    }
    // sha256sum -c reads a listed '-' from its standard input, not from the file: it would fail (or pass on what is piped in).
    if (name === '-') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_UNSAFE_NAME', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(path)} is named -, which sha256sum -c reads as its standard input, not as this file`, {
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
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT')
            throw notFound(shown, error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(shown)} does not exist`, { cause: error, hint: BASE_HINT });
    }
}
/** A subject that names a named pipe, a socket or a device: nothing a checksums file can list (a walk leaves such entries out). */
function notRegular(subject) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_READ_FAILED', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} is not a regular file (a named pipe, a socket or a device)`, {
        hint: 'name the release files themselves: an artifact is a regular file, or a directory of them',
    });
}
/** The error for a path that could not be looked at; `listed` when the walk found it in its directory's listing (it is not the user's typo then). */
function notFound(subject, error, listed = false) {
    if (listed && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} was listed in its directory, then was gone`, { cause: error, hint: _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .CHANGED_HINT */ .HD });
    }
    if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)} does not exist`, {
            cause: error,
            hint: 'check the path; relative paths are resolved against the working directory',
        });
    }
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_READ_FAILED', `cannot read ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(subject)}: ${code ?? String(error)}`, {
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
        const parent = await this.realDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
        const real = parent === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path));
        // A base or a subject spelled through a link to the directory (`$PWD` in a directory reached by one, macOS's /tmp) names the files of the real path.
        const name = relativeName(this.base, path) ?? (real === undefined ? undefined : relativeName(this.baseReal, real));
        // A walk checks the links it meets, not those in front of a subject: `base/linked/file` with `linked -> ../outside` is under the base only as spelled.
        // A subject that is a link itself (the base named through one) is its target's, which its visit checks.
        if (name !== undefined && real !== undefined && !(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isPathWithin */ .Z)(this.baseReal, real) && (await this.fileSystem.kindOf(path).catch(() => undefined)) !== 'symlink') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(shown)} lies at ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(real)} through a symbolic link, outside the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(this.baseReal)}`, {
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
    isLeftover(path, name = path.slice(path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) + 1)) {
        const kind = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustKitFileKind */ .Xg)(name);
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
                if (visit.path.includes('\uFFFD') && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT') {
                    await this.fileSystem.list((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(visit.path)).catch((listing) => {
                        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(listing))
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
        const skipped = visit.offerSkip === true && this.skip?.({ path: visit.path, name: visit.path.slice(visit.path.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) + 1), directory, real: real ?? visit.path }) === true;
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
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT')
                throw notFound(visit.path, error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_PATH_NOT_FOUND', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(visit.path)} is a symbolic link to a file that does not exist`, {
                cause: error,
                hint: 'remove the dangling link or point it at an artifact',
            });
        }
        if (!(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isPathWithin */ .Z)(this.baseReal, target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ChecksumsError */ .bO('CHECKSUMS_OUTSIDE_BASE', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(visit.path)} is a symbolic link to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(target)}, outside the base directory ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shownPath */ .pS)(this.baseReal)}`, {
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
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrustKitError */ .Nf)(error) ? error : notFound(visit.path, error, visit.ancestors !== undefined);
        }
        this.progress?.(this.files.length + entries.length);
        const ancestors = { real, parent: visit.ancestors };
        const pathPrefix = visit.path.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? visit.path : visit.path + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
        const realPrefix = real.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? real : real + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
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
                const leftover = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trustKitDirectoryKind */ .ym)(entryName);
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

/***/ 82321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ CHANGED_HINT),
/* harmony export */   Xr: () => (/* binding */ checkStringArgument),
/* harmony export */   bO: () => (/* binding */ ChecksumsError),
/* harmony export */   bX: () => (/* binding */ checkEntries),
/* harmony export */   lD: () => (/* binding */ checkArrayArgument),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   qD: () => (/* binding */ checksumsPlace),
/* harmony export */   wV: () => (/* binding */ checkOptionsArgument)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


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
        throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `${what} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not an array of ${expected}`, { hint: `pass an array of ${expected} (see the types in trust-kit)` });
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
        const got = given === undefined || wrong === undefined ? (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(entry) : `an object whose ${wrong[0]} is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(given[wrong[0]])}`;
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

/***/ 3093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseChecksumLine),
/* harmony export */   I4: () => (/* binding */ checksumsFileText),
/* harmony export */   PF: () => (/* binding */ reportedName),
/* harmony export */   Ut: () => (/* binding */ checksumLine),
/* harmony export */   gA: () => (/* binding */ emptyChecksums),
/* harmony export */   ss: () => (/* binding */ formatChecksums),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25403);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82321);





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
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f${_core_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSHOWN_BEYOND_C0 */ .Xg}]`);
/** A backslash or a character of {@link UNPRINTABLE}, as a report line escapes it. */
const REPORT_ESCAPED = new RegExp(`[\\\\\\u0000-\\u001f${_core_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSHOWN_BEYOND_C0 */ .Xg}]`, 'g');
/**
 * A name as `sha256sum -c` prints it in its report (`<name>: OK`): as it is, unless it holds a line
 * feed, which would break the report's lines, or another control character, which the checksums
 * file's author could use to drive the reader's terminal; then escaped with a leading `\` as in a
 * checksums file (`\\`, `\n`, `\r`), other controls, separators and bidirectional controls as
 * `\uXXXX` (sha256sum prints those as they are).
 */
function reportedName(name) {
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
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkArrayArgument */ .lD)("formatChecksums's entries", entries, 'entries { name, hex }');
    // Each entry too: one without a name or digest was written as the line "undefined  undefined", which no reader takes.
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkEntries */ .bX)("formatChecksums's entries", entries, { name: 'string', hex: 'string' }, 'an entry { name, hex }');
    entries.forEach(({ name, hex }, index) => {
        if (name === '' || !/^(?:[0-9a-f]{2})+$/.test(hex)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_ARGUMENT_INVALID', `formatChecksums's entries[${index}] ${name === '' ? 'has an empty name' : 'has a hex that is not a digest in lowercase hex'}`, { hint: 'pass entries { name, hex } as hashArtifacts gives them' });
        }
    });
    return checksumsFileText(entries);
}
/**
 * {@link formatChecksums} of entries trust-kit made itself (a release's artifacts as hashed, its
 * SBOMs), which need none of the checks a caller's entries do: a release lists a million files.
 */
function checksumsFileText(entries) {
    return (0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .sortByName */ .VV)(entries, (entry) => entry.name)
        .map(({ name, hex }) => checksumLine(name, hex))
        .join('');
}
/** One line of a checksums file, as {@link formatChecksums} writes it. */
function checksumLine(name, hex) {
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
    if (length === (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexLength */ .E6)('sha256'))
        return 'sha256';
    if (length === (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexLength */ .E6)('sha512'))
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
function parseChecksumLine(raw, line, file, path) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A comment line, as sha256sum -c skips it: `#` first on the line.
    if (content.trim() === '' || content.startsWith('#'))
        return undefined;
    // Blanks before the digest, as sha256sum -c skips them (no digest or tag starts with one).
    const entry = parseLine(content.replace(/^[ \t]+/, ''), line);
    // Editors on Windows save one: sha256sum refuses the line too, and the mark itself shows as nothing.
    if (entry === undefined && line === 1 && content.startsWith('\uFEFF')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_MALFORMED_LINE', `${file}:1: the file starts with a byte order mark (U+FEFF), which sha256sum -c does not read either`, {
            hint: 'save the checksums file as UTF-8 without a byte order mark, or regenerate it',
            ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path, 1),
        });
    }
    if (entry === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: not a checksum line: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(content, 120)}`, {
            hint: 'each line must be "<hex digest>  <file name>" as written by sha256sum or sha512sum',
            ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path, line),
        });
    }
    // No file name holds one: sha256sum -c reads the name up to it (another file), a -z file ends each line with one.
    if (entry.name.includes('\u0000')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_MALFORMED_LINE', `${file}:${line}: the name ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(entry.name, 120)} holds a NUL byte, which no file name can`, {
            hint: 'each line must be "<hex digest>  <file name>" ending in a line feed (not the NUL of sha256sum -z); regenerate the file',
            ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path, line),
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
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStringArgument */ .Xr)("parseChecksums's text", text);
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checkStringArgument */ .Xr)("parseChecksums's file name", file);
    const shown = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .shownFile */ .G)(file);
    const entries = [];
    const seen = new Map();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach((raw, index) => {
        const line = index + 1;
        const entry = parseChecksumLine(raw, line, shown);
        if (entry === undefined)
            return;
        const previous = seen.get(entry.name);
        if (previous !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_DUPLICATE_ENTRY', `${shown}:${line}: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(entry.name)} is already listed on line ${previous}`, {
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumsError */ .bO('CHECKSUMS_EMPTY', `${file} lists no checksums`, { hint: 'check that this is the right file and that it was not truncated', ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumsPlace */ .qD)(path) });
}
function parseLine(content, line) {
    const tag = TAG_LINE.exec(content);
    if (tag !== null) {
        const [, escaped, label, rawName, hex] = tag;
        const algorithm = label?.toLowerCase() ?? '';
        const name = escaped === '\\' ? unescapeName(rawName ?? '') : rawName;
        if (!(0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigestAlgorithm */ .Wb)(algorithm) || name === undefined || hex === undefined || hex.length !== (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexLength */ .E6)(algorithm))
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


/***/ }),

/***/ 9396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHANGED_HINT: () => (/* reexport */ errors/* CHANGED_HINT */.HD),
  ChecksumsError: () => (/* reexport */ errors/* ChecksumsError */.bO),
  FileHashes: () => (/* reexport */ FileHashes),
  HashPool: () => (/* reexport */ HashPool),
  MANY_FILES: () => (/* reexport */ MANY_FILES),
  MAX_HASH_THREADS: () => (/* reexport */ MAX_HASH_THREADS),
  WALK_SKIPPED_NAMES: () => (/* reexport */ collect/* WALK_SKIPPED_NAMES */.Mh),
  checkAlgorithms: () => (/* reexport */ checkAlgorithms),
  checkArrayArgument: () => (/* reexport */ errors/* checkArrayArgument */.lD),
  checkChecksums: () => (/* reexport */ checkChecksums),
  checkChecksumsFile: () => (/* reexport */ checkChecksumsFile),
  checkConcurrency: () => (/* reexport */ checkConcurrency),
  checkEntries: () => (/* reexport */ errors/* checkEntries */.bX),
  checkNamedFiles: () => (/* reexport */ checkNamedFiles),
  checkOptionsArgument: () => (/* reexport */ errors/* checkOptionsArgument */.wV),
  checkStringArgument: () => (/* reexport */ errors/* checkStringArgument */.Xr),
  checksumLine: () => (/* reexport */ format/* checksumLine */.Ut),
  checksumsFileText: () => (/* reexport */ format/* checksumsFileText */.I4),
  checksumsPlace: () => (/* reexport */ errors/* checksumsPlace */.qD),
  checksumsText: () => (/* binding */ checksumsText),
  collectArtifacts: () => (/* reexport */ collect/* collectArtifacts */.kx),
  compareNames: () => (/* reexport */ collect/* compareNames */.MP),
  createChecksums: () => (/* binding */ createChecksums),
  defaultHashThreads: () => (/* reexport */ defaultHashThreads),
  emptyChecksums: () => (/* reexport */ format/* emptyChecksums */.gA),
  findArtifacts: () => (/* reexport */ collect/* findArtifacts */.n1),
  formatChecksums: () => (/* reexport */ format/* formatChecksums */.ss),
  hashArtifacts: () => (/* reexport */ hashArtifacts),
  hashEach: () => (/* reexport */ hashEach),
  hashFiles: () => (/* reexport */ hashFiles),
  leftoverNotice: () => (/* reexport */ collect/* leftoverNotice */.O5),
  listingOrder: () => (/* reexport */ collect/* listingOrder */.z3),
  mayBeGlob: () => (/* reexport */ collect/* mayBeGlob */.jb),
  nodeFileSystem: () => (/* reexport */ collect/* nodeFileSystem */.GP),
  outcomeAt: () => (/* reexport */ outcomeAt),
  parseChecksumLine: () => (/* reexport */ format/* parseChecksumLine */.DB),
  parseChecksums: () => (/* reexport */ format/* parseChecksums */.yk),
  readChecksumEntries: () => (/* reexport */ readChecksumEntries),
  reportLine: () => (/* reexport */ reportLine),
  reportedName: () => (/* reexport */ format/* reportedName */.PF),
  shownPath: () => (/* reexport */ errors/* shownPath */.pS),
  sortByName: () => (/* reexport */ collect/* sortByName */.VV),
  toSubjects: () => (/* binding */ toSubjects),
  unreadableHere: () => (/* reexport */ unreadableHere),
  worthThreads: () => (/* reexport */ worthThreads)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/digest.js
var core_digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/checksums/collect.js
var collect = __webpack_require__(90522);
// EXTERNAL MODULE: ./lib/checksums/errors.js
var errors = __webpack_require__(82321);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/checksums/format.js
var format = __webpack_require__(3093);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
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
const MANY_FILES = 64;
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
class HashPool {
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
        const pool = new HashPool(size);
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
function checkAlgorithms(algorithms) {
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
function defaultHashThreads() {
    return Math.min((0,external_node_os_.availableParallelism)(), MAX_HASH_THREADS);
}
/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `concurrency` is unset or a whole number of threads
 * from 1 to {@link MAX_HASH_THREADS}: NaN (`Number()` of an unset variable) made a pool of NaN
 * threads, which never hashed a file, and the call never settled.
 */
function checkConcurrency(concurrency) {
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
    (0,errors/* checkArrayArgument */.lD)("hashArtifacts's files", files, 'files { name, path } (what collectArtifacts returns)');
    (0,errors/* checkEntries */.bX)("hashArtifacts's files", files, { name: 'string', path: 'string' }, 'a file { name, path } (what collectArtifacts returns)');
    (0,errors/* checkOptionsArgument */.wV)("hashArtifacts's options", options, { also: 'strings', followLinks: 'boolean' });
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
    const hashes = await hashFiles(files, algorithm, options);
    return files.map((file, index) => outcomeAt(file, hashes, index));
}
/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */
async function hashFiles(files, algorithm, options = {}) {
    const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
    checkAlgorithms(algorithms);
    checkConcurrency(options.concurrency);
    const help = options.callerHelps ?? false;
    const follow = options.followLinks === true;
    const callerHelps = help === false ? 0 : 1;
    const threads = Math.min((options.workers === undefined ? (options.concurrency ?? defaultHashThreads()) : options.workers.size + callerHelps), files.length);
    // Many files go to the pool's synchronous reads without a look at their sizes, before the first await, even with
    // one core (on this thread alone when it helps): read one by one through the event loop, a small file costs ten
    // times as much (20,000 files of 4 KiB: 1.9 s against 0.2 s).
    if (files.length < MANY_FILES && (files.length < 2 || threads < 2 || !(await worthWorkers(files)))) {
        const hashes = new FileHashes(files.length, [algorithms], undefined, false);
        for (const [index, file] of files.entries())
            await hashInProcess(file, algorithms, hashes, index, follow);
        return hashes;
    }
    if (options.workers !== undefined)
        return hashOnPool(options.workers, files, algorithms, help, follow);
    const started = HashPool.start(Math.max(threads - callerHelps, 1 - callerHelps));
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
    return pool.hash(files.map((file) => file.target ?? file.path), [algorithms], undefined, { callerHelps, oneFilePerClaim: files.length < MANY_FILES, ...(followLinks ? { followLinks } : {}) });
}
/** The outcome of hashing `file`, the file at `index` of `hashes`. */
function outcomeAt(file, hashes, index) {
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
async function worthThreads(files) {
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
var paths = __webpack_require__(64539);
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
    return `${(0,format/* reportedName */.PF)(result.entry.name)}: ${STATUS_TEXT[result.status]}${result.outside === true ? ' (outside the base directory)' : ''}`;
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
                const entry = (0,format/* parseChecksumLine */.DB)(text, line, shown, path);
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
            const entry = (0,format/* parseChecksumLine */.DB)(lineText(carry, shown, line + 1, path), line + 1, shown, path);
            if (entry !== undefined) {
                listed += 1;
                yield entry;
            }
        }
        if (listed === 0)
            throw (0,format/* emptyChecksums */.gA)(shown, path);
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
    (0,errors/* checkArrayArgument */.lD)("checkChecksums's entries", entries, 'entries { name, algorithm, hex }');
    (0,errors/* checkOptionsArgument */.wV)("checkChecksums's options", options, { base: 'string', ignoreMissing: 'boolean' }, ['base']);
    checkAlgorithms(entries.map((entry) => entry.algorithm));
    const results = [];
    await checkEntries(entries, { base: options.base, ...(options.ignoreMissing === undefined ? {} : { ignoreMissing: options.ignoreMissing }), onResult: (result) => results.push(result) });
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
    checkConcurrency(options.concurrency);
    return checkEntries(readChecksumEntries(path, options), options);
}
/** {@link checkChecksumsFile}'s check of entries however they come: read from a file as they are checked, or given whole. */
async function checkEntries(entries, options) {
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
        pool ??= new HashPool(threads);
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
        head = (0,files/* readRegularFileHeadSync */.UJ)(path, files/* INPUT_LIMITS */.Ef.checksumsLine, { what: 'checksums file' });
    }
    catch {
        // Not readable as a regular file: the write names what is wrong with it.
        return true;
    }
    if (head.length === 0)
        return true;
    try {
        return (0,format/* parseChecksumLine */.DB)(head.toString('utf8').split('\n')[0] ?? '', 1, path) !== undefined;
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
    const bundle = `${outputPath}${files/* BUNDLE_SUFFIX */.Zf}`;
    const present = await (0,promises_.stat)(bundle).then((info) => info.isFile(), () => false);
    if (!present)
        return;
    const earlier = await (0,promises_.stat)(outputPath).then((info) => (info.isFile() && info.size === Buffer.byteLength(text) ? (0,promises_.readFile)(outputPath, 'utf8') : undefined), () => undefined);
    if (earlier === text)
        return;
    await (0,promises_.rm)(bundle, { force: true });
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
        throw new errors/* ChecksumsError */.bO('CHECKSUMS_ARGUMENT_INVALID', `createChecksums's config is ${(0,quote/* typeName */.go)(config)}, not an object { subjects, algorithm, base, output }`, { hint: 'pass the config as the ChecksumsConfig type declares it (see docs/library.md)' });
    (0,errors/* checkOptionsArgument */.wV)("createChecksums's config", config, { output: 'string' });
    (0,errors/* checkOptionsArgument */.wV)("createChecksums's options", createOptions, { also: 'strings', leftover: 'function' });
    checkAlgorithms([config.algorithm, ...(options.also ?? [])]);
    checkConcurrency(options.concurrency);
    const outputPath = config.output === undefined ? undefined : (0,external_node_path_.resolve)(cwd, config.output);
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
        const found = await (0,collect/* findArtifacts */.n1)(config.subjects, { cwd, base: config.base, exclude: outputPath === undefined ? [] : [outputPath, `${outputPath}${files/* BUNDLE_SUFFIX */.Zf}`], onExcluded: (path) => void (outputFound ||= path === outputPath), ...(progress === undefined ? {} : { progress }), ...(leftover === undefined ? {} : { leftover }) });
        // An earlier checksums file the subjects find is left out and replaced, so a re-run lists the same files (and so is its
        // bundle, sign-blob's `<output>.sigstore.json`); any other file there is an artifact a mistyped --output would overwrite,
        // and leave out of the list.
        if (outputFound && outputPath !== undefined && !holdsChecksums(outputPath)) {
            throw new errors/* ChecksumsError */.bO('CHECKSUMS_OUTPUT_IS_ARTIFACT', `the output ${(0,errors/* shownPath */.pS)(config.output ?? outputPath)} is a file the subjects list, and not a checksums file: it would be overwritten, and left out of the list`, {
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
            order = (0,collect/* listingOrder */.z3)(found);
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
            await (0,files/* writeFileAtomic */.qD)(outputPath, text);
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
const ONE_STRING_BYTES = 2 ** 28;
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
    const length = (0,core_digest/* hexLength */.E6)(algorithm);
    // One string of every digest, cut per line without copying (a call into the buffer per line cost twice as much),
    // unless there are more than a string may hold (millions of files with two algorithms).
    const hex = hashes.hex.length <= ONE_STRING_BYTES ? hashes.hex.toString('latin1') : undefined;
    const lines = new Array(order.length);
    for (let line = 0; line < order.length; line++) {
        const index = order[line];
        const start = index * stride;
        lines[line] = (0,format/* checksumLine */.Ut)(found[index].name, hex === undefined ? hashes.hex.toString('latin1', start, start + length) : hex.substring(start, start + length));
    }
    return lines.join('');
}
/**
 * The artifacts as in-toto subjects, in their order, each by its `algorithm` digest: one the
 * artifacts were hashed with (CHECKSUMS_ALGORITHM_UNSUPPORTED for another, whose name a digest of
 * another algorithm would have been filed under).
 */
function toSubjects(artifacts, algorithm) {
    (0,errors/* checkArrayArgument */.lD)("toSubjects's artifacts", artifacts, 'artifacts (what hashArtifacts returns)');
    (0,errors/* checkEntries */.bX)("toSubjects's artifacts", artifacts, { name: 'string', digests: 'object' }, 'an artifact { name, digests } (what hashArtifacts returns)');
    checkAlgorithms([algorithm]);
    return artifacts.map((artifact) => {
        const hex = artifact.digests[algorithm];
        if (hex === undefined) {
            throw new errors/* ChecksumsError */.bO('CHECKSUMS_ALGORITHM_UNSUPPORTED', `${artifact.name} was not hashed with ${algorithm} (its digests: ${Object.keys(artifact.digests).join(', ') || 'none'})`, {
                hint: `hash the artifacts with ${algorithm} (hashArtifacts(files, '${algorithm}'), or { also: ['${algorithm}'] })`,
            });
        }
        return { name: artifact.name, digest: { [algorithm]: hex } };
    });
}


/***/ }),

/***/ 66097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZB: () => (/* binding */ withEarlierIssues),
/* harmony export */   a3: () => (/* binding */ actionInputName),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports cliNamer, refusedValues, LINE_BREAK */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


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
class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
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
        if (error instanceof ConfigError && earlier.length > 0)
            throw new ConfigError([...earlier, ...error.issues]);
        throw error;
    }
    if (earlier.length > 0)
        throw new ConfigError(earlier);
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
        this.report(name, `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value)}; expected one of ${allowed.join(', ')}`);
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
                this.report(name, `has ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value)}; expected one or more of ${allowed.join(', ')}`);
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
        this.report(name, `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(trimmed)}; expected true or false`);
        return fallback;
    }
    /** The problems collected so far, to report with those of another reader (see {@link withEarlierIssues}). */
    collected() {
        return [...this.issues];
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new ConfigError(this.issues);
    }
}


/***/ }),

/***/ 87412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i8: () => (/* binding */ PUBLISHING_INPUTS),
  VT: () => (/* binding */ SBOM_SHAPING_INPUTS),
  Ij: () => (/* binding */ isTagName),
  Af: () => (/* binding */ releaseConfig)
});

// UNUSED EXPORTS: imageOnlyIssues

// EXTERNAL MODULE: ./lib/core/digest.js
var digest = __webpack_require__(53871);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var sbom_formats = __webpack_require__(95587);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/sbom/catalog.js + 2 modules
var catalog = __webpack_require__(41915);
// EXTERNAL MODULE: ./lib/sbom/parsers/identities.js
var identities = __webpack_require__(98706);
// EXTERNAL MODULE: ./lib/sbom/parsers/index.js
var parsers = __webpack_require__(47530);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/config/sbom.js







/**
 * The exclude patterns an input gives, after the default ones unless `defaultsInput` is false;
 * a pattern that climbs out of the cataloged directory (a `..` segment) could never match, and a
 * negation (`!`) is not one: both are reported.
 */
function excludePatterns(reader, input, defaultsInput) {
    const given = reader.list(input);
    for (const pattern of given) {
        // .gitignore's negation would take a file back in: read as a literal pattern it matches nothing, and the file stays out without a word.
        if (pattern.startsWith('!'))
            reader.report(input, `${(0,quote/* quoted */.TL)(pattern)} is a negation, which exclude patterns do not have (a pattern only leaves out); exclude what to leave out and nothing else (a name that starts with "!" is matched by "?" in its place)`);
        else if (pattern.split(/[/\\]/).includes('..'))
            reader.report(input, `${(0,quote/* quoted */.TL)(pattern)} leaves the cataloged directory; patterns are relative to it`);
        // `/` or `./`: the cataloged directory itself, which a pattern cannot leave out (it matched nothing, without a word).
        else if (pattern.trim().replace(/^\.\//, '').replace(/^\/+|\/+$/g, '') === '')
            reader.report(input, `${(0,quote/* quoted */.TL)(pattern)} names the cataloged directory itself, which is never left out; name a file or directory in it`);
    }
    return [...(reader.boolean(defaultsInput, true) ? catalog/* DEFAULT_EXCLUDES */.Wg : []), ...given];
}
/**
 * Validates SBOM inputs (`path`, `format`, `output`, `output-dir`, `include-dev`, `strict`,
 * `artifacts`, `base`, `exclude`, `default-excludes`, `allow-empty`, `organization`), reporting
 * every problem at once.
 */
function sbomConfig(raw, nameOf, defaults) {
    const reader = new InputReader(raw, nameOf);
    const given = reader.string('output');
    // `-o -` prints the SBOM, as no --output does; the checks below still see that one file was named.
    const output = given === '-' ? undefined : given;
    // The output's name says the format when none is asked for (`-o bom.cdx.json`), and must not contradict one that is.
    const named = output === undefined ? [] : formatsNamedBy(basename(output));
    const formats = reader.choices('format', FORMAT_NAMES, named.length > 0 ? named.slice(0, 1) : [defaults.format], FORMAT_ALIASES);
    const contradicted = raw['format'] === undefined || named.length === 0 ? undefined : formats.find((format) => !named.includes(format));
    if (contradicted !== undefined && formats.length === 1) {
        const own = FORMATS.find((format) => format.name === contradicted);
        reader.report('output', `${quoted(output)} is the name of a ${named[0]} file, but ${nameOf('format')} is ${contradicted}; name it *${own?.extension ?? '.json'}, or leave ${nameOf('format')} out to write ${named[0]}`);
    }
    // An SBOM written over a lockfile or a manifest would replace what it is made from.
    if (output !== undefined && (SIBLING_FILE_NAMES.has(basename(output)) || PARSERS.some((parser) => parser.matches(basename(output), output)))) {
        reader.report('output', `${quoted(output)} is the name of a lockfile or manifest, which the SBOM is made from and writing it would replace; name the SBOM *.spdx.json or *.cdx.json`);
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
}

// EXTERNAL MODULE: ./lib/config/sign.js
var config_sign = __webpack_require__(5297);
;// CONCATENATED MODULE: ./lib/config/release.js






/**
 * Whether `tag` is a name git allows for a tag (git check-ref-format; `git tag` also refuses a
 * leading `-`, which a command in VERIFY.md would read as an option), so that no other name
 * reaches GitHub's API or the instructions.
 */
function isTagName(tag) {
    const forbidden = [...tag].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || ' ~^:?*[\\'.includes(char));
    // Each part between slashes: none begins with a dot or ends in .lock (`.v1`, `a/./b`, `x.lock/y`).
    const parts = tag.split('/');
    const badPart = parts.some((part) => part.startsWith('.') || part.endsWith('.lock'));
    return tag.length <= 250 && tag !== '@' && !forbidden && !badPart && !tag.startsWith('-') && !tag.includes('..') && !tag.includes('@{') && !tag.startsWith('/') && !tag.endsWith('/') && !tag.endsWith('.') && !tag.includes('//');
}
/**
 * Reports the image inputs set (to anything but their defaults) while no image is named: each
 * shapes image signing only, so it would do nothing. A default may be the runner's, and changes nothing.
 */
function imageOnlyIssues(reader, nameOf, given) {
    const set = [...(given.format === 'both' ? [] : ['signature-format']), ...(given.recursive ? ['recursive'] : []), ...(given.allowHttp ? ['allow-http-registry'] : [])];
    for (const name of set)
        reader.report(name, `applies to images, and ${nameOf('images')} names none, so it would do nothing`);
}
/** The SBOM formats a release makes unless told otherwise. */
/** The inputs that only shape the SBOMs, which `sbom-format: none` (`--sbom-format none`) turns off: given with it, each is refused. */
const SBOM_SHAPING_INPUTS = ['sbom-path', 'sbom-exclude', 'sbom-organization', 'sbom-default-excludes', 'include-dev', 'strict'];
/** The inputs that only shape publishing to a GitHub release, which only `github-release` does: given without it, each is refused. */
const PUBLISHING_INPUTS = ['tag', 'gate', 'downgrade'];
/** The SBOM formats a release writes when `sbom-format` is not given: both, since scanners read one or the other. */
const DEFAULT_RELEASE_SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `sbom-organization`, `include-dev`, `strict`, `force`, `sign`, `attest`, `verify-instructions`, `artifact-bundles`, `audit-log`, `verification-kit`, `immutable-release`, `downgrade`, `gate`, the image inputs (`images`, `signature-format`, `recursive`, `allow-http-registry`), publishing (`github-release`, `tag`) and the signing inputs), reporting every problem
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
    const formats = reader.choices('sbom-format', [...sbom_formats/* FORMAT_NAMES */.BU, 'none'], DEFAULT_RELEASE_SBOM_FORMATS, sbom_formats/* FORMAT_ALIASES */.LZ);
    if (formats.includes('none') && formats.length > 1)
        reader.report('sbom-format', '"none" cannot be combined with formats');
    const sbom = formats.includes('none')
        ? undefined
        : {
            formats,
            path: reader.string('sbom-path', '.') ?? '.',
            exclude: excludePatterns(reader, 'sbom-exclude', 'sbom-default-excludes'),
            includeDev: reader.boolean('include-dev', false),
            strict: reader.boolean('strict', false),
            organization: reader.string('sbom-organization'),
        };
    const signing = reader.boolean('sign', true);
    // Absent means off: the root action's action.yml defaults it to auto, the CLI asks for it with --attest.
    const attestChoice = reader.choice('attest', ['auto', 'true', 'false'], 'false');
    if (attestChoice === 'true' && !signing)
        reader.report('attest', 'needs signing: attestations are signed with the checksums file\'s identity; signing is turned off (--no-sign, the input sign: false)');
    const attest = !signing || attestChoice === 'false' ? 'off' : attestChoice === 'true' ? 'required' : 'auto';
    const instructions = reader.boolean('verify-instructions', true);
    const artifactBundles = reader.boolean('artifact-bundles', false);
    if (artifactBundles && !signing)
        reader.report('artifact-bundles', 'needs signing: the bundles are signatures; signing is turned off (--no-sign, the input sign: false)');
    const auditLog = reader.boolean('audit-log', false);
    if (auditLog && !signing)
        reader.report('audit-log', 'needs signing: it records what was signed; signing is turned off (--no-sign, the input sign: false)');
    const verificationKit = reader.boolean('verification-kit', signing);
    if (verificationKit && !signing)
        reader.report('verification-kit', 'needs signing: the policy names the signer; signing is turned off (--no-sign, the input sign: false)');
    const imageReferences = reader.list('images');
    if (imageReferences.length > 0 && !signing)
        reader.report('images', 'needs signing: images are signed in the checksums file\'s session; signing is turned off (--no-sign, the input sign: false)');
    const imageFormat = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'], 'both');
    const recursive = reader.boolean('recursive', false);
    const allowHttp = reader.boolean('allow-http-registry', false);
    if (imageReferences.length === 0)
        imageOnlyIssues(reader, nameOf, { format: imageFormat, recursive, allowHttp });
    const githubRelease = reader.boolean('github-release', false);
    const tag = reader.string('tag', defaults.tag);
    if (githubRelease && tag === undefined)
        reader.report('tag', 'is needed to publish a GitHub release outside a run for a tag push (GITHUB_REF is not refs/tags/...): name the tag to release');
    else if (tag !== undefined && !isTagName(tag))
        reader.report('tag', `is ${(0,quote/* quoted */.TL)(tag.slice(0, 100))}, not a git tag name`);
    const config = {
        subjects,
        algorithm,
        base: reader.string('base', defaults.base) ?? defaults.base,
        outputDir,
        force: reader.boolean('force', false),
        sbom,
        sign: undefined,
        attest,
        instructions,
        artifactBundles,
        auditLog,
        verificationKit,
        immutableRelease: reader.boolean('immutable-release', false),
        gate: reader.boolean('gate', true),
        images: imageReferences.length === 0 ? undefined : { references: imageReferences, format: imageFormat, recursive, allowHttp },
        downgrade: reader.choice('downgrade', ['fail', 'warn', 'off'], 'fail'),
        githubRelease: githubRelease && tag !== undefined ? { tag } : undefined,
    };
    try {
        reader.finish();
    }
    catch (error) {
        issues.push(...error.issues);
    }
    if (signing) {
        try {
            // The checksums file is the one thing a release signs; its path is known only once it is written.
            const sign = (0,config_sign/* signConfig */.C3)({ ...raw, 'subject-path': [`${outputDir}/${algorithm.toUpperCase()}SUMS`], bundle: undefined }, nameOf);
            const asksForKeyless = sign.fulcioURL !== undefined || sign.rekorURL !== undefined || sign.tsaURL !== undefined || sign.trustedRoot !== undefined;
            config.sign = { ...sign, ephemeralKeyWithoutToken: defaults.ephemeralKeyWithoutToken && sign.key === undefined && sign.instance === 'auto' && !asksForKeyless };
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


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ signConfig),
/* harmony export */   WX: () => (/* binding */ signingTrustIssues),
/* harmony export */   _u: () => (/* binding */ keyedSigningIssues)
/* harmony export */ });
/* unused harmony exports INSTANCE_CHOICES, DEFAULT_SIGN_TIMEOUT_SECONDS */
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16327);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66097);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);




/** Values of `instance`. */
const INSTANCE_CHOICES = ['auto', 'public-good', 'github', 'key'];
/**
 * The default of `timeout`: five minutes for all of one signature's requests to the signing
 * services. Longer than cosign's three: each request may retry for about 80 s on its own, and a
 * signature makes up to three (certificate, log entry, timestamp).
 */
const DEFAULT_SIGN_TIMEOUT_SECONDS = 300;
/** The longest `timeout`: six hours, the longest a GitHub-hosted job runs. */
const MAX_SIGN_TIMEOUT_SECONDS = 6 * 60 * 60;
/** `timeout` in milliseconds: whole seconds, minutes with `m` or hours with `h` (`90`, `90s`, `10m`, `6h`), from 1 s to 6 h. */
function timeoutOf(reader) {
    const value = reader.string('timeout');
    if (value === undefined)
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    const match = /^(\d{1,6})(s|m|h)?$/.exec(value);
    const seconds = match === null ? Number.NaN : Number(match[1]) * (match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1);
    if (!(seconds >= 1 && seconds <= MAX_SIGN_TIMEOUT_SECONDS)) {
        reader.report('timeout', `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value.slice(0, 40))}; expected a time from 1 s to 6 h in whole seconds, minutes or hours (\`90\`, \`90s\`, \`10m\`, \`2h\`)`);
        return DEFAULT_SIGN_TIMEOUT_SECONDS * 1000;
    }
    return seconds * 1000;
}
function url(reader, name) {
    const value = reader.string(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        // Quoted without credentials: a private instance's URL may carry a password (refused below, once it parses).
        reader.report(name, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value))} is not a URL`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        reader.report(name, `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)((0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_0__.urlWithoutCredentials)(value))} is not an http(s) URL`);
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
 * `rekor-version`, `tsa-url`, `signing-config`, `trusted-root`, `on-missing-token`, `timeout`), reporting every problem at once.
 * `subjects` words a missing subject as the command names them: sign-image signs images.
 */
function signConfig(raw, nameOf, subjects = 'file') {
    const reader = new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(raw, nameOf);
    const checksums = reader.string('checksums');
    const files = [...(checksums === undefined ? [] : [checksums]), ...reader.list('subject-path')];
    if (files.length === 0)
        reader.report('subject-path', `names no ${subjects} to sign`);
    const bundle = reader.string('bundle');
    if (bundle !== undefined && files.length > 1)
        reader.report('bundle', `names one bundle for ${files.length} files; leave it out to write <file>.sigstore.json next to each`);
    const instance = reader.choice('instance', INSTANCE_CHOICES, 'auto');
    const key = reader.string('key');
    if (key !== undefined && instance !== 'auto' && instance !== 'key')
        reader.report('key', `is a local key, but instance is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(instance)} (keyless); drop one of them`);
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
        rekorVersion: reader.choice('rekor-version', ['1', '2'], '1') === '2' ? 2 : 1,
        signingConfig: reader.string('signing-config'),
        trustedRoot: reader.string('trusted-root'),
        onMissingToken: reader.choice('on-missing-token', ['fail', 'warn', 'skip'], 'fail'),
        retry: _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_POLICY */ .cO,
        timeoutMs: timeoutOf(reader),
    };
    if (config.rekorURL !== undefined && instance === 'github') {
        reader.report('rekor-url', 'GitHub\'s instance writes no transparency log (a private repository\'s name must not reach a public log); use instance "public-good" to log');
    }
    if ((config.rekorURL !== undefined || config.tsaURL !== undefined || config.fulcioURL !== undefined || config.signingConfig !== undefined) && (instance === 'key' || (instance === 'auto' && key !== undefined))) {
        reader.report('key', `signs locally and offline; ${nameOf('fulcio-url')}, ${nameOf('rekor-url')}, ${nameOf('tsa-url')} and ${nameOf('signing-config')} apply to keyless signing only`);
    }
    if (config.signingConfig !== undefined && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.tsaURL !== undefined)) {
        reader.report('signing-config', `names the services itself; drop ${nameOf('fulcio-url')}, ${nameOf('rekor-url')} and ${nameOf('tsa-url')}, or the signing config`);
    }
    const keyed = instance === 'key' || (instance === 'auto' && key !== undefined);
    // The public-good instance's log is the default only for its own Fulcio: another CA's certificates (a private
    // deployment's identities and repository names) would otherwise go to the public log, as cosign sends them.
    const given = (name) => typeof raw[name] === 'string' && raw[name].trim() !== '';
    if (given('fulcio-url') && !given('rekor-url') && !given('signing-config') && instance !== 'github' && !keyed) {
        reader.report('rekor-url', `is needed with ${nameOf('fulcio-url')}: without it, the certificates of that Fulcio would be logged in the public-good Rekor (https://rekor.sigstore.dev) for anyone to read; name the deployment's own log, or sign with instance "github" to log nowhere`);
    }
    if (config.rekorVersion === 2 && config.rekorURL === undefined)
        reader.report('rekor-version', `applies to ${nameOf('rekor-url')}, which is not given (a signing config names each log's version itself)`);
    else if (config.rekorVersion === 2 && config.tsaURL === undefined)
        reader.report('rekor-version', `is 2, and Rekor v2 entries carry no integration time: give ${nameOf('tsa-url')} as well, so a timestamp authority dates the signature`);
    reader.finish();
    return config;
}
/**
 * What keyless signing cannot do without a trusted root, known from the inputs alone: a signing
 * config's services, a custom Fulcio or Rekor, GitHub's instance with a custom TSA. The signing
 * session refuses these too, but only as it opens, after the artifacts were hashed.
 */
function signingTrustIssues(config, nameOf) {
    const keyed = config.instance === 'key' || (config.instance === 'auto' && config.key !== undefined);
    if (config.trustedRoot !== undefined || keyed)
        return [];
    const custom = [...(config.fulcioURL === undefined ? [] : ['fulcio-url']), ...(config.rekorURL === undefined ? [] : ['rekor-url'])];
    const what = config.signingConfig !== undefined
        ? nameOf('signing-config')
        : custom.length > 0
            ? `custom Sigstore URLs (${custom.map(nameOf).join(', ')})`
            : config.instance === 'github' && config.tsaURL !== undefined
                ? `GitHub's instance and ${nameOf('tsa-url')}`
                : undefined;
    if (what === undefined)
        return [];
    return [{ input: nameOf('trusted-root'), message: `is required to sign keylessly with ${what}: every bundle is verified against it before it is written; give the trusted_root.json of that Sigstore deployment` }];
}
/**
 * The keyless signing inputs a local `key` leaves unused, since it signs offline with no service to
 * trust or wait for and no token to miss: `trusted-root` (even one that is no trusted root),
 * `timeout` and an `on-missing-token` other than `fail` (its default, which the runner passes),
 * refused rather than ignored. A `key` beside a keyless `instance` is {@link signConfig}'s own refusal.
 */
function keyedSigningIssues(raw, nameOf) {
    const given = (name) => {
        const value = raw[name];
        return value !== undefined && value !== '' && !(name === 'on-missing-token' && typeof value === 'string' && value.trim().toLowerCase() === 'fail');
    };
    const instance = typeof raw.instance === 'string' ? raw.instance.trim().toLowerCase() : '';
    if (typeof raw.key !== 'string' || raw.key.trim() === '' || (instance !== '' && instance !== 'auto' && instance !== 'key'))
        return [];
    return KEYLESS_ONLY.filter(given).map((name) => ({ input: nameOf(name), message: `applies to keyless signing; ${nameOf('key')} signs locally and offline, so it would do nothing` }));
}
const KEYLESS_ONLY = ['trusted-root', 'timeout', 'on-missing-token'];


/***/ }),

/***/ 91601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fO: () => (/* binding */ epochSecondsDate),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   sP: () => (/* binding */ dateProblem),
/* harmony export */   vv: () => (/* binding */ clockFromSourceDateEpoch)
/* harmony export */ });
/* unused harmony export fixedClock */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** The wall clock. */
const systemClock = { now: () => new Date() };
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
function dateProblem(at) {
    // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
    if (Object.prototype.toString.call(at) !== '[object Date]')
        return `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(at)}, not a valid Date`;
    const ms = at.getTime();
    if (Number.isNaN(ms))
        return 'an invalid Date';
    if (ms < EARLIEST_MS || ms > LATEST_EPOCH_SECONDS * 1000 + 999)
        return `${at.toISOString()}, outside the years 0000 to 9999 that SPDX, CycloneDX and in-toto times are written in`;
    return undefined;
}
/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date from year 0000 to 9999). */
function fixedClock(at) {
    // From plain JavaScript a string failed on getTime with a TypeError, an invalid Date or a year past 9999 only when a document was written.
    const problem = dateProblem(at);
    if (problem !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${problem}`, { hint: 'pass a Date of years 0000 to 9999, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
    }
    const ms = at.getTime();
    return { now: () => new Date(ms) };
}
/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, `fallback` (the wall clock) otherwise (empty counts as unset). A caller that would have an
 * SBOM dated by its project's last commit when the variable is unset gives no clock at all then.
 */
function clockFromSourceDateEpoch(value, fallback = systemClock) {
    if (value === undefined || value === '')
        return fallback;
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_ARGUMENT_INVALID', `clockFromSourceDateEpoch was given ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not the variable's text`, { hint: 'pass process.env.SOURCE_DATE_EPOCH (a string, or undefined)' });
    const at = epochSecondsDate(value);
    if (at === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0('CLOCK_INVALID_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`, { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' });
    }
    return fixedClock(at);
}
/** The instant `text` (decimal seconds since the Unix epoch, leading zeros allowed) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */
function epochSecondsDate(text) {
    if (!/^\d+$/.test(text))
        return undefined;
    // Up to 12 digits once the zeros in front are gone: a longer number is past the bound, and would lose precision as a Number.
    const digits = text.replace(/^0+(?=\d)/, '');
    return digits.length <= 12 && Number(digits) <= LATEST_EPOCH_SECONDS ? new Date(Number(digits) * 1000) : undefined;
}


/***/ }),

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ digestChunks),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Dn: () => (/* binding */ parseDigestReference),
/* harmony export */   E6: () => (/* binding */ hexLength),
/* harmony export */   MF: () => (/* binding */ DIGEST_ALGORITHMS),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   Wb: () => (/* binding */ isDigestAlgorithm),
/* harmony export */   er: () => (/* binding */ digestArgument)
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
}
/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */
function digestChunks(algorithm, chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
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

/***/ 39002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ PROXY_AUTH_HINT),
/* harmony export */   Ng: () => (/* binding */ ProxyTunnelError),
/* harmony export */   Pj: () => (/* binding */ proxyOrigin),
/* harmony export */   YI: () => (/* binding */ tunnelingAgent)
/* harmony export */ });
/* unused harmony export proxyAuthorization */
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

/***/ 16327:
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
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39002);


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

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   uQ: () => (/* binding */ pastBudget)
/* harmony export */ });
/* unused harmony export backoffDelay */
/**
 * The policy for public services (Sigstore, GitHub): about a minute of patience, enough to ride
 * out a deploy or a rate-limit window, short enough that a real outage fails the job promptly.
 */
const DEFAULT_RETRY_POLICY = {
    retries: 5,
    minDelayMs: 1000,
    maxDelayMs: 16_000,
    factor: 2,
    budgetMs: 60_000,
    timeoutMs: 20_000,
};
/**
 * The delay before retry number `retry` (0-based): `minDelayMs * factor^retry`, stretched by a
 * random factor in [1, 2) so that many clients failing together do not retry in lockstep.
 */
function backoffDelay(policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
}
/** Whether an HTTP status may pass on another try: a timeout (408), a rate limit (429), a server error but 501 (not implemented stays so). */
function isTransientStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501);
}
/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Why a failure was not retried when its server asked to wait `waitMs` (its `Retry-After`), longer
 * than `budgetMs`, the time the retries may take, in words to end its message; empty otherwise.
 */
function pastBudget(waitMs, budgetMs) {
    return waitMs === undefined || waitMs <= budgetMs ? '' : `; it asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(budgetMs / 1000)} s the retries may take`;
}
/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */
async function withRetry(policy, attempt, classify, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    const started = Date.now();
    for (let retry = 0;; retry += 1) {
        try {
            return await attempt(retry + 1);
        }
        catch (error) {
            const kind = classify(error);
            if (kind === 'permanent' || retry >= policy.retries)
                throw error;
            // Retrying before the server's Retry-After only meets the same refusal (and feeds a storm).
            const delay = Math.max(backoffDelay(policy, retry), typeof kind === 'object' ? kind.retryAfterMs : 0);
            if (Date.now() - started + delay > policy.budgetMs)
                throw error;
            await sleep(delay);
        }
    }
}


/***/ }),

/***/ 55227:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ compareSemVer),
/* harmony export */   I: () => (/* binding */ parseSemVer)
/* harmony export */ });
/** A tag as semantic version (`v1.2.3`, `1.2.3-rc.1+build`); undefined when it is not one. */
function parseSemVer(tag) {
    const match = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
    if (match === null)
        return undefined;
    return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] === undefined ? [] : match[4].split('.') };
}
/** Semantic version precedence (semver.org 11): negative when `a` comes before `b`. */
function compareSemVer(a, b) {
    for (let index = 0; index < 3; index += 1) {
        const difference = a.core[index] - b.core[index];
        if (difference !== 0)
            return difference;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0)
        return b.prerelease.length - a.prerelease.length;
    for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index += 1) {
        const left = a.prerelease[index];
        const right = b.prerelease[index];
        if (left === undefined)
            return -1;
        if (right === undefined)
            return 1;
        if (left === right)
            continue;
        const numeric = /^\d+$/;
        if (numeric.test(left) && numeric.test(right))
            return Number(left) - Number(right);
        if (numeric.test(left))
            return -1;
        if (numeric.test(right))
            return 1;
        return left < right ? -1 : 1;
    }
    return 0;
}


/***/ }),

/***/ 33978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ downgradeReport),
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   NU: () => (/* binding */ compareEvidence),
/* harmony export */   RQ: () => (/* binding */ describeEvidence)
/* harmony export */ });
/* unused harmony export workflowOf */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _core_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55227);
/* harmony import */ var _core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9966);



/**
 * The workflow an identity names, without the ref it ran at (`https://github.com/o/r/.github/workflows/release.yml`),
 * cut where {@link workflowRefAt} says the ref starts, since a monorepo's tag holds an `@` of its own
 * (`…/release.yml@refs/tags/pkg@1.2.3`); other identities whole.
 */
function workflowOf(identity) {
    if (!/^https?:\/\//.test(identity))
        return identity;
    const at = (0,_core_workflow_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowRefAt */ .Sc)(identity);
    return at === -1 ? identity : identity.slice(0, at);
}
// What is read of a release's assets (a certificate's identity, issuer and CA, predicate types, asset
// names) is not verified here and is anyone's who could upload one: it is shown printable and bounded.
function signerText(signer) {
    if (signer.kind === 'key')
        return 'a key';
    return `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(signer.identity)} (${instanceText(signer)})`;
}
function instanceText(signer) {
    if (signer.instance === 'github')
        return "GitHub's Sigstore instance";
    if (signer.instance === 'public-good')
        return 'the public-good Sigstore instance';
    return `the Sigstore deployment of ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(signer.caOrganization ?? 'an unnamed CA')}`;
}
/** Each way the signer changed: another workflow, repository or issuer, keyless to key, another Sigstore instance. A new ref of the same workflow is not a change. */
function signerChanges(previous, current, file) {
    if (previous.kind === 'key')
        return [];
    if (current.kind === 'key')
        return [{ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} was signed keylessly by ${signerText(previous)} in the previous release, and with a key in this one: a key proves nothing about which workflow built the files` }];
    const downgrades = [];
    const changed = [];
    if (workflowOf(previous.identity) !== workflowOf(current.identity))
        changed.push(`identity ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(workflowOf(previous.identity))} -> ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(workflowOf(current.identity))}`);
    if (previous.sourceRepository !== undefined && current.sourceRepository !== undefined && previous.sourceRepository !== current.sourceRepository)
        changed.push(`source repository ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(previous.sourceRepository)} -> ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(current.sourceRepository)}`);
    if (previous.issuer !== undefined && current.issuer !== undefined && previous.issuer !== current.issuer)
        changed.push(`OIDC issuer ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(previous.issuer)} -> ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(current.issuer)}`);
    if (changed.length > 0)
        downgrades.push({ code: 'DOWNGRADE_SIGNER_CHANGED', message: `${file} is signed by another signer than in the previous release (${changed.join('; ')}): users who pin the previous identity will refuse this release` });
    if (previous.instance !== current.instance || (previous.instance === 'other' && previous.caOrganization !== current.caOrganization)) {
        downgrades.push({ code: 'DOWNGRADE_INSTANCE_CHANGED', message: `${file} was signed on ${instanceText(previous)} in the previous release and on ${instanceText(current)} in this one: verifiers need another trusted root` });
    }
    return downgrades;
}
/** The kind of an attestation's predicate type: SLSA provenance of any version, an SBOM of any format and version, or the type itself. */
function predicateKind(type) {
    if (type.startsWith('https://slsa.dev/provenance/'))
        return 'provenance';
    if (type.startsWith('https://spdx.dev/Document') || type.startsWith('https://cyclonedx.org/bom'))
        return 'sbom';
    return type;
}
/** The format of an SBOM asset, from its name. */
function sbomFormat(name) {
    if (/spdx/i.test(name))
        return 'SPDX';
    if (/cdx|cyclonedx|(?:^|[._-])bom\./i.test(name))
        return 'CycloneDX';
    return 'other';
}
/**
 * The ways `current` is weaker than `previous`: a kind of evidence the previous release carried
 * and this one does not (signed checksums, per-artifact signatures, provenance and SBOM
 * attestations, SBOM files, the audit log, signed images, immutability), or a change of who
 * signed it or on which Sigstore instance. What the previous release could not be read for
 * (`previous.unread`) is not compared. Empty when nothing is weaker.
 */
function compareEvidence(previous, current) {
    const downgrades = [];
    const before = previous.checksums;
    if (before?.signature !== undefined) {
        const now = current.checksums;
        if (now?.signature === undefined) {
            downgrades.push({ code: 'DOWNGRADE_UNSIGNED', message: `the previous release's ${before.file} was signed (${before.signature}${before.signer === undefined ? '' : `, by ${signerText(before.signer)}`}); this release's checksums are not` });
        }
        else if (before.signer !== undefined && now.signer !== undefined) {
            downgrades.push(...signerChanges(before.signer, now.signer, now.file));
        }
    }
    if (previous.artifactSignatures > 0 && current.artifactSignatures === 0) {
        downgrades.push({ code: 'DOWNGRADE_ARTIFACT_SIGNATURES_REMOVED', message: `the previous release signed each artifact on its own (${previous.artifactSignatures} signatures such as <artifact>.sigstore.json); this one does not (artifact-bundles)` });
    }
    const kinds = (types) => new Set(types.map(predicateKind));
    const currentKinds = kinds(current.predicateTypes);
    for (const kind of kinds(previous.predicateTypes)) {
        if (currentKinds.has(kind))
            continue;
        if (kind === 'provenance')
            downgrades.push({ code: 'DOWNGRADE_PROVENANCE_REMOVED', message: 'the previous release carried SLSA provenance; this one carries none (attest: auto or true, in a job with id-token: write)' });
        else if (kind === 'sbom')
            downgrades.push({ code: 'DOWNGRADE_SBOM_ATTESTATION_REMOVED', message: 'the previous release carried signed SBOM attestations; this one carries none (attest, with SBOMs made)' });
        else
            downgrades.push({ code: 'DOWNGRADE_ATTESTATION_REMOVED', message: `the previous release carried an attestation of predicate type ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(kind)}; this one does not` });
    }
    const currentFormats = new Set(current.sboms.map(sbomFormat));
    for (const format of new Set(previous.sboms.map(sbomFormat))) {
        if (!currentFormats.has(format))
            downgrades.push({ code: 'DOWNGRADE_SBOM_REMOVED', message: `the previous release published ${format === 'other' ? 'an' : `a ${format}`} SBOM (${listed(previous.sboms.filter((name) => sbomFormat(name) === format))}); this one does not (sbom-format)` });
    }
    if (previous.auditLog && !current.auditLog)
        downgrades.push({ code: 'DOWNGRADE_AUDIT_LOG_REMOVED', message: 'the previous release carried the signed audit log trust-kit-audit.jsonl; this one does not (audit-log)' });
    if (previous.imagesSigned !== undefined && previous.imagesSigned > 0 && current.imagesSigned === 0) {
        downgrades.push({ code: 'DOWNGRADE_IMAGES_UNSIGNED', message: `the previous release signed ${previous.imagesSigned === 1 ? 'a container image' : `${previous.imagesSigned} container images`}; this one signs none (images)` });
    }
    if (previous.immutable && !current.immutable) {
        downgrades.push({ code: 'DOWNGRADE_MUTABLE', message: 'the previous release is immutable (GitHub attests it and no asset can change); this one is not said to be (turn immutable releases on again, or say they are on with immutable-release: true)' });
    }
    return downgrades;
}
/** Names or types read of a release's assets, for a line: each bounded, at most 10 of them. */
function listed(values) {
    const shown = values.slice(0, 10).map((value) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(value));
    return values.length > 10 ? `${shown.join(', ')} and ${values.length - 10} more` : shown.join(', ');
}
/** What a release's evidence holds, in a few words, for the report. */
function describeEvidence(evidence) {
    const parts = [];
    const checksums = evidence.checksums;
    if (checksums === undefined)
        parts.push('no checksums file');
    else if (checksums.signature === undefined)
        parts.push(`${checksums.file} unsigned`);
    else
        parts.push(`${checksums.file} signed by ${checksums.signer === undefined ? 'an unreadable signer' : signerText(checksums.signer)}`);
    if (evidence.artifactSignatures > 0)
        parts.push(`${evidence.artifactSignatures} artifact signature${evidence.artifactSignatures === 1 ? '' : 's'}`);
    if (evidence.predicateTypes.length > 0)
        parts.push(`attestations ${listed(evidence.predicateTypes)}`);
    if (evidence.sboms.length > 0)
        parts.push(`SBOMs ${listed(evidence.sboms)}`);
    if (evidence.auditLog)
        parts.push('the audit log');
    if (evidence.imagesSigned !== undefined && evidence.imagesSigned > 0)
        parts.push(`${evidence.imagesSigned} image${evidence.imagesSigned === 1 ? '' : 's'} signed`);
    parts.push(evidence.immutable ? 'immutable' : 'mutable');
    return parts.join('; ');
}
/**
 * A tag as a package's version: what precedes the version (`pkg@`, `@scope/pkg@`, `pkg/`,
 * `component-`; empty for `v1.2.3`) and the version; undefined when no version ends the tag.
 */
function taggedVersion(tag) {
    // The shortest prefix whose rest is a version: `pkg-11.2.3` is pkg's 11.2.3, `component-v1.2.3` is component's 1.2.3.
    for (let start = 0; start < tag.length; start += 1) {
        if (start > 0 && !/[-@/_]/.test(tag[start - 1]))
            continue;
        const version = (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemVer */ .I)(tag.slice(start));
        if (version !== undefined)
            return { packagePrefix: tag.slice(0, start), version };
    }
    return undefined;
}
/**
 * The release this one is compared with: the newest published (non-draft) release other than
 * `tag` whose tag sorts before `tag` as a semantic version when both parse, else the most recently
 * published. Prereleases (GitHub's flag, or a semver prerelease tag) count only when `tag` is one:
 * a final release is held to the previous final release. In a monorepo each package is held to its
 * own releases: a version tag (`pkg@1.2.3`, `pkg/v1.2.3`, `v1.2.3`) is never compared with another
 * package's (`other@2.0.0`), whose evidence is another build's.
 */
function previousRelease(releases, tag) {
    const tagged = taggedVersion(tag);
    const version = tagged?.version;
    const isPrerelease = version !== undefined && version.prerelease.length > 0;
    const candidates = releases.filter((release) => {
        if (release.draft || release.tagName === tag)
            return false;
        const otherTagged = taggedVersion(release.tagName);
        if (tagged !== undefined && otherTagged !== undefined && otherTagged.packagePrefix !== tagged.packagePrefix)
            return false;
        const other = otherTagged?.version;
        if (!isPrerelease && (release.prerelease || (other !== undefined && other.prerelease.length > 0)))
            return false;
        return version === undefined || other === undefined || (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSemVer */ .C)(other, version) < 0;
    });
    if (version !== undefined) {
        const versioned = candidates.flatMap((release) => {
            const other = taggedVersion(release.tagName)?.version;
            return other === undefined ? [] : [{ release, other }];
        });
        const newest = versioned.sort((a, b) => (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSemVer */ .C)(b.other, a.other))[0];
        if (newest !== undefined)
            return newest.release;
    }
    const time = (release) => release.publishedAt?.getTime() ?? 0;
    return [...candidates].sort((a, b) => time(b) - time(a))[0];
}
/** What was compared and found, as lines: a heading sentence, then each downgrade let through and each part not compared. */
function downgradeReport(check) {
    if (check.previousTag === undefined)
        return ['No trust downgrade: there is no earlier release to compare with.'];
    return [
        `No trust downgrade: compared with ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(check.previousTag)} (${check.previous ?? ''}); this release: ${check.current}.`,
        ...check.downgrades.map((downgrade) => `${downgrade.code} (let through by downgrade: warn): ${downgrade.message}`),
        ...check.unread.map((unread) => `not compared: ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(unread, 400)}`),
    ];
}


/***/ }),

/***/ 86482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   S1: () => (/* binding */ PublishError),
/* harmony export */   dF: () => (/* binding */ PublishGateError),
/* harmony export */   ip: () => (/* binding */ abortedError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** An error of the release use case itself: where its output goes, and what it may publish. */
class ReleaseError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ReleaseError';
    }
}
/** A refusal of the publish step: what is on the release is not what this run would publish. */
class PublishError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'PublishError';
    }
}
/** The gate's refusal: PUBLISH_GATE_FAILED, with the report of every check and command. */
class PublishGateError extends PublishError {
    report;
    constructor(message, report) {
        super('PUBLISH_GATE_FAILED', message, { hint: 'the release is left as a draft on GitHub: look at its assets, fix what failed, and re-run (uploads of unchanged assets are skipped, and what this run signed is replaced); a build made again has other files: delete the draft release first; `gate: false` publishes without this check' });
        this.report = report;
    }
}
/** The failure of a run its caller aborted, naming the reason it gave (an Error's message, or the value). */
function abortedError(signal) {
    const reason = signal.reason;
    const said = reason instanceof Error ? reason.message : String(reason);
    return new ReleaseError('RELEASE_ABORTED', `the release was aborted by its caller (${said.slice(0, 200)}) before it was done`, {
        cause: reason,
        hint: 'nothing of this run was left in the output directory unless it was in place before the abort; a draft GitHub release it filled stays for the next run to reuse: run it again',
    });
}


/***/ }),

/***/ 77621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ RELEASE_POLICY_FILE),
/* harmony export */   f1: () => (/* binding */ VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE),
/* harmony export */   f4: () => (/* binding */ INSTRUCTIONS_FILE),
/* harmony export */   jn: () => (/* binding */ ATTESTATIONS_FILE),
/* harmony export */   l: () => (/* binding */ VERIFICATION_KIT_TRUSTED_ROOT_FILE),
/* harmony export */   sC: () => (/* binding */ checksumsFileName),
/* harmony export */   vq: () => (/* binding */ PUBLIC_KEY_FILE),
/* harmony export */   wL: () => (/* binding */ AUDIT_LOG_FILE)
/* harmony export */ });
/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
function checksumsFileName(algorithm) {
    return `${algorithm.toUpperCase()}SUMS`;
}
/** The file the public key of a key-signed release is published as. */
const PUBLIC_KEY_FILE = 'trust-kit.pub';
/** The name of the verification instructions. */
const INSTRUCTIONS_FILE = 'VERIFY.md';
/** The signing audit log: one JSON line per signature the run made. */
const AUDIT_LOG_FILE = 'trust-kit-audit.jsonl';
/** The trusted roots a release was signed against, published with its verification policy (one root per line). */
const VERIFICATION_KIT_TRUSTED_ROOT_FILE = 'trust-kit-trusted-root.jsonl';
/** GitHub's trusted root, published with the verification policy of an immutable release when the roots signing used do not hold it. */
const VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE = 'trust-kit-github-trusted-root.jsonl';
/** The file a release's attestations are published in: every bundle, one per line. */
const ATTESTATIONS_FILE = 'attestations.intoto.jsonl';
/** The file name trust-kit publishes the offline verification policy under. */
const RELEASE_POLICY_FILE = 'trust-kit-policy.json';


/***/ }),

/***/ 97235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PartialStepFailure)
/* harmony export */ });
/**
 * What a step throws when it failed after making something that stays whatever happens next (image
 * signatures attached in a registry): the pipeline keeps `produced` in the run's state, so that the
 * run reports it, and fails with `error`.
 */
class PartialStepFailure extends Error {
    error;
    produced;
    constructor(error, produced) {
        super(error instanceof Error ? error.message : String(error), { cause: error });
        this.error = error;
        this.produced = produced;
        this.name = 'PartialStepFailure';
    }
}


/***/ }),

/***/ 41915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wg: () => (/* binding */ DEFAULT_EXCLUDES),
  LI: () => (/* binding */ catalogDirectory),
  BE: () => (/* binding */ excludeMatcher),
  wN: () => (/* binding */ findLockfiles)
});

// UNUSED EXPORTS: SKIPPED_DIRECTORIES, compareText, mayBeExecutable, withoutConstraintFiles

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
async function readManifest(path) {
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
}
/**
 * Whether a path is a real directory (not a link to one). Looked at with a synchronous call: most
 * lockfiles have no node_modules beside them, and a wait on the thread pool for each, with the
 * error that says so made for nothing, was most of the time of this question.
 */
function isRealDirectory(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
    }
    catch {
        return false;
    }
}
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
async function installedSuppliers(dir, nodeModules, wanted, limits = INSTALLED_LIMITS) {
    const found = new Map();
    const folders = [];
    const add = (folder) => {
        if (folders.length < limits.folders)
            folders.push(folder);
    };
    for (const path of nodeModules)
        if (isRealDirectory((0,external_node_path_.join)(dir, path)))
            add({ path, kind: 'node_modules' });
    const visit = async (folder) => {
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
    };
    // A work list read a few folders at a time; reads push the folders below them, so workers that
    // ran out while others were still reading are started again until nothing is left.
    let next = 0;
    const worker = async () => {
        while (next < folders.length) {
            const folder = folders[next];
            next++;
            await visit(folder);
        }
    };
    while (next < folders.length)
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return new Map([...found].map(([key, { declared }]) => [key, declared]));
}
/** A package.json's name, version and author, when it has a name and a version. */
function parseManifest(bytes) {
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
}

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
;// CONCATENATED MODULE: ./lib/sbom/parse-budget.js
/**
 * What parsing takes of memory for each byte of lockfile, at most, measured: a 242 MB
 * package-lock.json of 1.3 million packages took 4.2 GB of heap, about 17 times its size, and
 * the packages stay until the SBOM is written.
 */
const HEAP_PER_LOCKFILE_BYTE = 16;
/** Bytes as MiB, rounded up: what the budget's message speaks in. */
function mebibytes(bytes) {
    return `${Math.ceil(bytes / (1024 * 1024))} MiB`;
}
/**
 * What parsing a file costs, in the budget's lockfile bytes: its size, or `perLine` a line when
 * that is more (a format of a package a short line, a package database of short paragraphs).
 */
function lineCost(content, perLine) {
    if (perLine === undefined)
        return content.length;
    let lines = 0;
    for (let at = content.indexOf(10); at !== -1; at = content.indexOf(10, at + 1))
        lines++;
    return Math.max(content.length, lines * perLine);
}
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
function segmentsMatch(pattern, path) {
    const tried = new Set();
    const match = (p, s) => {
        if (p === pattern.length)
            return s === path.length;
        const key = p * (path.length + 1) + s;
        if (tried.has(key))
            return false;
        tried.add(key);
        if (pattern[p] === '**')
            return match(p + 1, s) || (s < path.length && match(p, s + 1));
        return s < path.length && (0,glob/* segmentMatches */.d)(pattern[p], path[s]) && match(p + 1, s + 1);
    };
    return match(0, 0);
}
/**
 * A matcher for exclude patterns over paths relative to the scanned directory (`/` separators),
 * with `.gitignore`'s shape: a pattern without `/` matches a name at any depth; one with `/` is
 * anchored at the directory (a leading `/` or `./` is dropped); `*` and `?` stay within a path
 * segment, `**` spans segments; a trailing `/` matches directories only. A matched directory
 * excludes all below it. No regular expression is built, so a hostile pattern costs time linear
 * in its length per segment.
 */
function excludeMatcher(patterns) {
    const compiled = patterns.map((pattern) => {
        const trimmed = pattern.trim();
        const body = trimmed.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
        const segments = body.split('/').filter((segment, index, all) => !(segment === '**' && all[index - 1] === '**'));
        return { segments: body.includes('/') ? segments : ['**', ...segments], directoriesOnly: trimmed.endsWith('/') };
    });
    return (path, directory) => {
        const segments = path.split('/');
        return compiled.some((pattern) => (directory || !pattern.directoriesOnly) && segmentsMatch(pattern.segments, segments));
    };
}
/** Orders strings by UTF-16 code units: stable across machines and locales. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Extensions of files that are never the executables parsers sniff (sources, text, data, media,
 * archives): such files are not even stat'ed, so a large source tree costs no extra system calls.
 */
const NOT_EXECUTABLE_EXTENSIONS = new Set(('js mjs cjs ts mts cts jsx tsx json jsonc json5 md markdown txt rst adoc yml yaml toml ini cfg conf lock xml html htm css scss less ' +
    'go mod sum rs py pyi rb php java kt kts scala groovy gradle c h cc cpp hpp m swift cs fs vb sh bash zsh fish ps1 psm1 bat cmd ' +
    'sql csv tsv svg png jpg jpeg gif ico webp bmp pdf map gz tgz zip tar xz bz2 zst 7z jar whl gem nupkg snap proto graphql vue svelte ' +
    'properties env editorconfig gitignore gitattributes npmignore license log pem crt key sig bundle tmpl tpl')
    .split(' ')
    .map((extension) => `.${extension}`));
/** Extensionless names that are text by convention (lowercase): LICENSE files alone are one per package in a vendored tree. */
const NOT_EXECUTABLE_NAMES = new Set('license licence readme changelog changes history notice authors contributors copying patents version makefile dockerfile containerfile jenkinsfile vagrantfile gemfile rakefile procfile codeowners'.split(' '));
/** Names of executables and shared libraries read whatever their mode: a library (Go's `-buildmode=c-shared` too) is not executable. */
const BINARY_NAME = /\.(?:exe|dll|dylib|so(?:\.\d+)*)$/i;
/**
 * Whether a regular file's name leaves it a possible executable: `.exe` or a shared library's name
 * (`.so`, `.so.1.2`, `.dll`, `.dylib`), or neither a dotfile, a conventional text name, nor an
 * extension known to be something else.
 */
function mayBeExecutable(name) {
    const extension = (0,external_node_path_.extname)(name).toLowerCase();
    if (BINARY_NAME.test(name))
        return 'exe';
    if (name.startsWith('.') || NOT_EXECUTABLE_EXTENSIONS.has(extension) || NOT_EXECUTABLE_NAMES.has(name.toLowerCase()))
        return undefined;
    return 'if-executable';
}
/**
 * The first {@link SNIFF_BYTES} bytes of a file (fewer when it is shorter), or undefined when it
 * cannot be read or is not a regular file (a pipe or a device put in a file's place since it was
 * listed). Read with synchronous calls: a release of 20,000 files sniffed each with four waits on
 * the thread pool (open, fstat, read, close) spent 0.65 s on them; read so, a file takes a few microseconds.
 */
function readHead(path) {
    try {
        return (0,files/* readRegularFileHeadSync */.UJ)(path, parser/* SNIFF_BYTES */.dD, { what: 'file' });
    }
    catch {
        return undefined;
    }
}
/** The parser that recognises a file by its first bytes, if any. */
function sniffingParser(path, parsers) {
    const head = readHead(path);
    return head === undefined ? undefined : parsers.find((parser) => parser.sniff?.(head) === true);
}
/** Files sniffed between two turns of the event loop (a few milliseconds): signals and the hashing threads' answers are not kept waiting. */
const SNIFFS_PER_TURN = 512;
/** Directories listed between two turns of the event loop, for the same reason (a few milliseconds). */
const LISTINGS_PER_TURN = 256;
/**
 * The parser each file's first bytes show (undefined for none, and for a file that `worth`, given
 * its index, says is not worth reading), the event loop turning every {@link SNIFFS_PER_TURN} files.
 */
async function sniffEach(paths, parsers, worth) {
    const found = [];
    for (let index = 0; index < paths.length; index++) {
        if (index > 0 && index % SNIFFS_PER_TURN === 0)
            await (0,external_node_timers_promises_.setImmediate)();
        found.push(worth(index) ? sniffingParser(paths[index], parsers) : undefined);
    }
    return found;
}
/**
 * How many files are read and parsed at once: enough to overlap reading one with parsing another,
 * few enough that memory holds a few lockfiles at their size bound, not a whole hostile tree's.
 */
const PARSE_CONCURRENCY = 8;
/** Runs `task` on every item, at most `limit` at a time. */
async function forEachLimited(items, limit, task) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next];
            next += 1;
            await task(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/**
 * The lockfiles under `dir` that some parser reads, sorted by path, skipping {@link SKIPPED_DIRECTORIES}
 * and symbolic links. Files no parser knows by name are sniffed only when they may be executables
 * (an executable bit, or `.exe`), from their first {@link SNIFF_BYTES} bytes. A directory below
 * `dir` that cannot be listed is an unknown, never skipped in silence: the SBOM would look
 * complete without the lockfiles it holds. One gone since its parent was listed held nothing.
 */
async function findLockfiles(dir, parsers = sbom_parsers/* PARSERS */.n, exclude = []) {
    const found = [];
    const unreadable = [];
    const excluded = exclude.length === 0 ? () => false : excludeMatcher(exclude);
    const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
    // A name that may be an executable's is read if it is one: `.exe`, or a file with an executable bit and room for a header.
    const executable = (absolute) => {
        try {
            const info = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
            return info !== undefined && info.isFile() && (info.mode & 0o111) !== 0 && info.size >= parser/* SNIFF_BYTES */.dD;
        }
        catch {
            // A file that cannot be looked at (a loop of links, no permission) cannot be read either.
            return false;
        }
    };
    const candidates = [];
    let listed = 0;
    // Each directory listed with a synchronous call: listed through the thread pool, one after the other, a tree of
    // 10,000 directories (a monorepo's projects) took 340 ms of waits; so, 85 ms.
    const walk = async (relativeDir) => {
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
                const parser = parsers.find((candidate) => candidate.matches(entry.name, path));
                const candidate = parser === undefined && sniffers.length > 0 ? mayBeExecutable(entry.name) : undefined;
                if (parser !== undefined)
                    found.push({ path, parser, sniffed: false });
                else if (candidate !== undefined)
                    candidates.push({ path, candidate });
            }
            else if (!entry.isSymbolicLink() && parsers.some((candidate) => candidate.matches(entry.name, path))) {
                // A pipe, a socket or a device with a lockfile's name is never opened (a pipe would block), but the SBOM says what it did not read.
                unreadable.push({ path, reason: `${entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device'} with a lockfile's name, not a regular file: not read, so what it would list is not cataloged` });
            }
        }
    };
    await walk('');
    // Sniffed after the walk: the walk itself never waits on a stat call.
    const paths = candidates.map(({ path }) => (0,external_node_path_.join)(dir, path));
    const parsersFound = await sniffEach(paths, sniffers, (index) => candidates[index]?.candidate === 'exe' || executable(paths[index]));
    candidates.forEach(({ path }, index) => {
        const parser = parsersFound[index];
        if (parser !== undefined)
            found.push({ path, parser, sniffed: true });
    });
    return { files: found.sort((a, b) => compareText(a.path, b.path)), unreadable: unreadable.sort((a, b) => compareText(a.path, b.path)) };
}
/**
 * Whether the last name of `relativeDir` (below `dir`) stands for bytes that are not UTF-8: Node
 * lists such a name with U+FFFD in their place, a name nothing has, so the directory cannot be
 * opened by it. Its parent is listed again as bytes, only for a name holding U+FFFD (which a
 * UTF-8 name may hold too).
 */
function namedOutsideUtf8(dir, relativeDir) {
    const slash = relativeDir.lastIndexOf('/');
    const name = relativeDir.slice(slash + 1);
    if (!name.includes('\uFFFD'))
        return false;
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, relativeDir.slice(0, Math.max(slash, 0))), { encoding: 'buffer' }).some((raw) => !(0,external_node_buffer_.isUtf8)(raw) && raw.toString('utf8') === name);
    }
    catch {
        return false;
    }
}
function directoryError(dir, error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new sbom_errors/* SbomError */.S('SBOM_DIRECTORY_UNREADABLE', `cannot read ${dir}: ${code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a directory' : (0,errors/* messageOf */.bD)(error)}`, {
        cause: error,
        hint: 'give the project directory to catalog (the one holding package-lock.json, go.mod, Cargo.lock, ...)',
    });
}
/** Whether a path is the scanned directory or lies inside it, out of node_modules (`dir` as `path` is: both real, or both as named). */
function staysInside(dir, path) {
    const inside = (0,paths/* pathInside */._)(dir, path, { baseItself: true });
    return inside !== undefined && !inside.split(external_node_path_.sep).includes('node_modules');
}
/**
 * The real path of a file or directory of the scanned tree, when it is one: a symbolic link (the
 * file's own, or a directory's on the way) is followed only when it leads to somewhere in the tree,
 * so a link a pull request adds (`extra.txt -> /proc/self/environ`, `Gemfile -> ~/.ssh/...`) never
 * makes the catalog read a file outside it. Undefined when it leads out or does not exist.
 */
function realPathInside(tree, path) {
    let real;
    try {
        real = external_node_fs_.realpathSync.native(path);
    }
    catch {
        return undefined;
    }
    return staysInside(tree.realDir, real) ? real : undefined;
}
/** The absolute path of `name` beside a lockfile; undefined when it leaves the scanned directory or lies in node_modules. */
function siblingPath(dir, lockfile, name) {
    const path = (0,external_node_path_.resolve)(dir, external_node_path_.posix.dirname(lockfile), name);
    return staysInside(dir, path) ? path : undefined;
}
/** Reads files next to a lockfile, never outside the scanned directory (by its name, or through a symbolic link). */
function siblingReader(tree, lockfile) {
    return async (name) => {
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
    };
}
/** How many entries of one directory a parser is told about at most: a glob over a huge directory costs bounded memory. */
const MAX_LISTED_ENTRIES = 10_000;
/**
 * Lists the directories (not in node_modules, not symbolic links) of a directory next to a lockfile,
 * or its other entries (files, and links and pipes, which a tool would take for files too), never
 * outside the scanned directory. The other entries of a directory holding more than can be listed
 * are not known: one left out may be the file a parser looks for.
 */
function siblingLister(tree, lockfile, kind) {
    return async (name) => {
        const lexical = siblingPath(tree.dir, lockfile, name);
        const path = lexical === undefined ? undefined : realPathInside(tree, lexical);
        if (path === undefined)
            return undefined;
        try {
            const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
            const wanted = kind === 'directories' ? entries.filter((entry) => entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) : entries.filter((entry) => !entry.isDirectory());
            if (kind === 'files' && wanted.length > MAX_LISTED_ENTRIES)
                return undefined;
            return wanted.map((entry) => entry.name).sort(compareText).slice(0, MAX_LISTED_ENTRIES);
        }
        catch {
            return undefined;
        }
    };
}
/** A file opened for range reads, so a parser of executables reads its headers and build info, not the whole file. */
async function openRandomAccess(path) {
    // Never a pipe or a device put in the file's place since it was sniffed.
    const { handle, size } = await (0,files/* openRegularFile */.ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
    const read = async (offset, length) => {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, offset);
        return buffer.subarray(0, bytesRead);
    };
    return { file: { size, read }, close: () => handle.close() };
}
/** Whether a file starts with a UTF-16 byte-order mark (PowerShell's `>` writes one). */
function startsUtf16(content) {
    return (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
}
/**
 * A lockfile that is not UTF-8 (bytes of another encoding, UTF-16 as PowerShell 5 writes
 * `pip freeze > requirements.txt`, or corruption): every parser reads text as UTF-8, each byte that
 * is not became U+FFFD in the names, versions and purls it is in, with nothing said. One unknown at
 * the first such line says so, and --strict fails (a UTF-16 file is not parsed at all).
 */
function notUtf8(content, path) {
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
}
/** The result with one more unknown, counted too when its unknowns are counted past those listed. */
function withUnknown(result, unknown) {
    return { ...result, unknowns: [...(result.unknowns ?? []), unknown], ...(result.unknownCount === undefined ? {} : { unknownCount: result.unknownCount + 1 }) };
}
async function parseOne(tree, target, includeDev, goModuleCache, shared, budget) {
    const { path, parser, sniffed, artifact } = target;
    const parsed = { path, parser: parser.name, sniffed, artifact };
    const readSibling = artifact ? () => Promise.resolve(undefined) : siblingReader(tree, path);
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
        const refused = budget.take(content.length, lineCost(content, parser.costPerLine));
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
}
/** The release files a parser recognises by their first bytes, as parse targets named as listed. */
async function artifactTargets(artifacts, parsers) {
    const sniffers = parsers.filter((parser) => parser.sniff !== undefined);
    if (sniffers.length === 0)
        return [];
    // Named like source, text or an archive (a docs site's thousands of pages, a release's .tar.gz and .sig files): not read.
    const sniffedParsers = await sniffEach(artifacts.map(({ path }) => path), sniffers, (index) => {
        // A release file's name has `/` separators; its last part is the file's own name.
        const name = artifacts[index]?.name ?? '';
        return mayBeExecutable(name.slice(name.lastIndexOf('/') + 1)) !== undefined;
    });
    return artifacts.flatMap(({ name, path }, index) => {
        const parser = sniffedParsers[index];
        return parser === undefined ? [] : [{ absolute: path, path: name, parser, sniffed: true, artifact: true }];
    });
}
/**
 * A package a lockfile names by a local path (`download_url=../lib`, npm's `file:../lib`) that is
 * the directory of another lockfile of the tree, whose root has its ecosystem and name, is that
 * root: a monorepo's library is one package, not its own root and a path copy of it. Each such
 * result is rewritten with the root's purl, its edges too.
 */
function pathCopiesAsRoots(parsed) {
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
        const alias = (purl) => aliases.get(purl) ?? purl;
        entry.result = {
            ...result,
            packages: result.packages.map((pkg) => (aliases.has(pkg.purl) ? { ...pkg, purl: alias(pkg.purl) } : pkg)),
            relationships: result.relationships.map((relationship) => ({ ...relationship, from: alias(relationship.from), to: alias(relationship.to) })),
        };
        if (result.members !== undefined)
            entry.result.members = result.members.map(alias);
    }
}
/** Whether a parse found nothing at all: a sniffed executable that is not what its parser reads (a C binary, say). */
function foundNothing(entry) {
    return entry.unknown === undefined && entry.result?.root === undefined && entry.result?.packages.length === 0;
}
/** The parse error's message without the `path:line: ` prefix the Unknown already carries. */
function reasonOf(error, path) {
    const prefix = `${error.path}${error.line === undefined ? '' : `:${error.line}`}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message.replace(`${path}: `, '');
}
function compareLocations(a, b) {
    return compareText(a.path, b.path) || compareText(a.entry ?? '', b.entry ?? '') || (a.line ?? 0) - (b.line ?? 0);
}
function locationKey(location) {
    return `${location.path}\u0000${location.entry ?? ''}\u0000${location.line ?? ''}`;
}
/**
 * Copies of one package from several lockfiles: one package with every location, the stronger
 * scope, the first hashes and license. Returns the other copy's hashes that contradict the first's
 * (the same algorithm, another digest), which the SBOM cannot both record.
 */
function merge(into, other) {
    // One at a time: spread into push's arguments, a copy found in some 150,000 places ran out of stack (RangeError).
    for (const location of other.locations)
        into.locations.push(location);
    into.scope = (0,model/* strongerScope */.TI)(into.scope, other.scope);
    const contradicting = (0,model/* contradictingHashes */.So)(into.hashes, other.hashes);
    const algorithms = new Set(into.hashes.map((hash) => hash.algorithm));
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
}
function clonePackage(pkg) {
    const clone = { ...pkg, hashes: [...pkg.hashes], locations: [...pkg.locations] };
    if (pkg.properties !== undefined)
        clone.properties = [...pkg.properties];
    return clone;
}
async function manifestRoot(tree) {
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
}
/**
 * The root when no manifest names the project: the directory, by the name of its real path (one
 * directory gets one name, whether reached through a link or not), as a generic package. The purl
 * library loads only here: an npm project's catalog never needs it (see npm-purl.ts).
 */
async function directoryRoot(dir) {
    const name = (0,external_node_path_.basename)(dir) || 'project';
    const { purlOf } = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3408)]).then(__webpack_require__.bind(__webpack_require__, 73408));
    return { purl: purlOf('generic', name, ''), ecosystem: 'generic', name, version: '', hashes: [], locations: [{ path: '.' }], scope: 'required' };
}
/**
 * Finds every lockfile under a directory, runs its parser, and merges the results into one
 * catalog: one package per purl, the root project as the described package, other projects'
 * roots contained by it, dev dependencies dropped unless asked for, and every file that failed to
 * parse recorded as an Unknown (the rest is still cataloged).
 */
async function catalogDirectory(options) {
    const dir = (0,external_node_path_.resolve)(options.dir);
    // Resolved while the directory is checked: two waits on the thread pool at once, not one after the other.
    const realDir = (0,promises_.realpath)(dir);
    realDir.catch(() => undefined);
    const info = await (0,promises_.stat)(dir).catch((error) => {
        throw directoryError(dir, error);
    });
    if (!info.isDirectory())
        throw directoryError(dir, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }));
    const tree = { dir, realDir: await realDir };
    const parsers = options.parsers ?? sbom_parsers/* PARSERS */.n;
    const [{ files: lockfiles, unreadable }, artifacts] = await Promise.all([findLockfiles(dir, parsers, options.exclude), artifactTargets(options.artifacts ?? [], parsers)]);
    // A release file inside the scanned tree is read once, as the artifact it is. Its path is resolved only when the tree
    // has executables: 20,000 release files took 10 ms to resolve for nothing.
    const artifactPaths = lockfiles.some((found) => found.sniffed) ? new Set((options.artifacts ?? []).map((artifact) => (0,external_node_path_.resolve)(artifact.path))) : new Set();
    const inTree = lockfiles.map((found) => ({ ...found, absolute: (0,external_node_path_.join)(dir, found.path), artifact: false })).filter((target) => !(target.sniffed && artifactPaths.has(target.absolute)));
    const targets = [...inTree, ...artifacts];
    // A few at a time: each lockfile is read whole (up to INPUT_LIMITS.lockfile), so reading them all at once held the whole tree's.
    const results = [];
    // This run's only: two runs never share what they read.
    const shared = (0,parser/* sharedWork */.Dz)(parser/* SHARED_WORK_BYTES */.sT);
    const budget = new ParseBudget(options.parseBudgetBytes);
    await forEachLimited(targets.map((target, index) => ({ target, index })), PARSE_CONCURRENCY, async ({ target, index }) => {
        results[index] = await parseOne(tree, target, options.includeDev, options.goModuleCache, shared, budget);
    });
    const parsed = withoutConstraintFiles(results.filter((entry) => !(entry.sniffed && foundNothing(entry))));
    pathCopiesAsRoots(parsed);
    const topRoots = parsed.filter((entry) => entry.result?.root !== undefined && !entry.path.includes('/') && !entry.sniffed);
    const root = clonePackage(topRoots[0]?.result?.root ?? (await manifestRoot(tree)) ?? (await directoryRoot(tree.realDir)));
    root.scope = 'required';
    const packages = new Map();
    // A parser's packages are taken as they are and copied only before the catalog changes one (a
    // second copy merged in, an installed supplier, locations to sort): most packages are found
    // once, and a copy of each was garbage on every run. What a parser returned is never changed.
    const copies = new Set();
    let kept = packages;
    /** The catalog's own copy of the package with this purl, made now unless made before; `kept` holds it too. */
    const own = (purl) => {
        const current = packages.get(purl);
        if (copies.has(current))
            return current;
        const copy = clonePackage(current);
        copies.add(copy);
        packages.set(purl, copy);
        if (kept !== packages && kept.has(purl))
            kept.set(purl, copy);
        return copy;
    };
    const relationships = new RelationshipSet();
    const relate = (relationship) => {
        relationships.add(relationship);
    };
    /** Packages that took properties from another copy: sorted (and repeats dropped) once, below. */
    const merged = new Set();
    /** Copies of a package locked with another digest than its first copy: unknowns, as the SBOM records one digest. */
    const hashConflicts = [];
    const add = (pkg) => {
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
    };
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
            const targets = new Set(result.relationships.map((relationship) => relationship.to));
            const direct = result.direct ?? result.packages.map((pkg) => pkg.purl).filter((purl) => !targets.has(purl));
            for (const purl of direct)
                if (!members.has(purl))
                    relate({ from: root.purl, to: purl, type: 'depends-on' });
        }
    }
    for (const pkg of merged)
        pkg.properties = (0,model/* sortProperties */.Oi)(pkg.properties ?? []);
    // With dev dependencies wanted, every package is kept: no copy of the map.
    if (!options.includeDev)
        kept = new Map([...packages].filter(([, pkg]) => pkg.scope !== 'dev'));
    await addInstalledSuppliers(dir, parsed, kept, own);
    const exists = (purl) => purl === root.purl || kept.has(purl);
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
    const fileUnknowns = [...new Map(parsed.flatMap((entry) => (entry.unknown === undefined ? (entry.result?.unknowns ?? []) : [entry.unknown])).map((unknown) => [`${unknown.path}\u0000${unknown.line ?? ''}\u0000${unknown.reason}`, unknown])).values()];
    // In path order with the files' (a stable sort keeps each file's own order, by line).
    const unknowns = unreadable.length === 0 && hashConflicts.length === 0 ? fileUnknowns : [...unreadable, ...fileUnknowns, ...hashConflicts].sort((a, b) => compareText(a.path, b.path));
    const artifactContents = parsed.flatMap((entry) => {
        if (!entry.artifact || entry.result === undefined)
            return [];
        const purls = new Set([...(entry.result.root === undefined ? [] : [entry.result.root.purl]), ...entry.result.packages.map((pkg) => pkg.purl)]);
        return [{ name: entry.path, packages: [...purls].filter((purl) => purl !== root.purl && kept.has(purl)).sort(compareText) }];
    });
    return { root, packages: sortedPackages, relationships: sortedRelationships, unknowns, lockfiles: parsed.map((entry) => summarise(entry, lockfileEdges.get(entry), kept, exists)), artifacts: artifactContents };
}
/**
 * The parsed files without the requirements files another names with `-c` that only their directory
 * made look like requirements (`requirements/pins.txt`): pip reads those as constraints, which ask for
 * nothing, so they are read where `-c` names them, not on their own. A file whose name says
 * requirements stays a requirements file of its own, though another uses it as constraints.
 */
function withoutConstraintFiles(parsed) {
    const constraintFiles = new Set(parsed.flatMap((entry) => entry.result?.constraintFiles ?? []));
    return parsed.filter((entry) => !(entry.parser === identities/* REQUIREMENTS_TXT */.Iq.name && constraintFiles.has(entry.path) && !(0,identities/* namedAsRequirements */.ks)(external_node_path_.posix.basename(entry.path))));
}
/** The directory of a lockfile (relative to the scanned one, `/` separators) as the prefix of its `node_modules` beside it: '' at the top. */
function nodeModulesPrefix(lockfile) {
    const lockfileDir = external_node_path_.posix.dirname(lockfile);
    return lockfileDir === '.' ? '' : `${lockfileDir}/`;
}
/**
 * Suppliers of npm packages from the `author` their installed copies declare: for each JavaScript
 * lockfile, the `node_modules` folder beside it (and those of its workspace members, for npm) is
 * read, and a registry package without a supplier takes the author of an installed copy with its
 * name and version. Packages from git, tarball URLs or local folders are left alone: a copy of the
 * same name and version is no proof of where theirs came from. `own` gives the catalog's copy of a
 * package to change.
 */
async function addInstalledSuppliers(dir, parsed, kept, own) {
    for (const entry of parsed) {
        const prefix = nodeModulesPrefix(entry.path);
        // Nothing installed beside the lockfile (nor, then, in its workspace members): nothing to read.
        if (entry.result?.packages.some((pkg) => pkg.ecosystem === 'npm') !== true || !isRealDirectory((0,external_node_path_.join)(dir, `${prefix}node_modules`)))
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
}
function uniqueLocations(locations) {
    if (locations.length === 1)
        return [locations[0]];
    const byKey = new Map();
    for (const location of locations)
        byKey.set(locationKey(location), location);
    return [...byKey.values()].sort(compareLocations);
}
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
function summarise(entry, edges, kept, exists) {
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
}


/***/ }),

/***/ 26898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ SbomParseError),
/* harmony export */   S: () => (/* binding */ SbomError)
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: () => (/* binding */ withChangedChunks),
/* harmony export */   Vb: () => (/* binding */ DRAFT_IDENTITY),
/* harmony export */   l$: () => (/* binding */ sourceFiles),
/* harmony export */   qL: () => (/* binding */ unknownText),
/* harmony export */   w2: () => (/* binding */ DocumentIdentity)
/* harmony export */ });
/* unused harmony exports uuidV5, DOCUMENT_END */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/** The RFC 4122 URL namespace, under which trust-kit names SBOM documents (UUID version 5). */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
/** A name-based UUID (RFC 4122 version 5, SHA-1): the same name always gives the same UUID. */
function uuidV5(name, namespace = URL_NAMESPACE) {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
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
    add: (text) => text,
    end: (text) => `${text}${NIL_UUID}${DOCUMENT_END}`,
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
function withChangedChunks(chunks, identityName, change) {
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
}
/** `path:line: reason` for an Unknown. */
function unknownText(unknown) {
    return `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`;
}
/** Locations of one package up to which its distinct files are found with a list rather than a set. */
const FEW_LOCATIONS = 16;
/** The distinct files a package was found in, in the order first found, for `sourceInfo` and properties. */
function sourceFiles(pkg) {
    const { locations } = pkg;
    // Most packages are found once: no search.
    if (locations.length === 1)
        return [locations[0].path];
    // A package is mostly found in few files (often one, at many install paths): a list beats a set there. One that
    // every project of a monorepo locks is found in thousands, where a list was quadratic (10,000 lockfiles: 80 ms).
    if (locations.length > FEW_LOCATIONS)
        return [...new Set(locations.map((location) => location.path))];
    const files = [];
    for (const location of locations)
        if (!files.includes(location.path))
            files.push(location.path);
    return files;
}


/***/ }),

/***/ 95587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hR: () => (/* binding */ FORMATS),
  LZ: () => (/* binding */ FORMAT_ALIASES),
  BU: () => (/* binding */ FORMAT_NAMES),
  Eq: () => (/* binding */ encoderFor)
});

// UNUSED EXPORTS: formatsNamedBy

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
function joinedDocument(format, chunks) {
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
}

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
function licensesOf(license) {
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
}
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
        const make = () => {
            const properties = files.map((path) => ({ name: 'trust-kit:source-file', value: path }));
            for (const property of pkg.properties ?? [])
                properties.push({ name: property.name, value: property.value });
            return properties.length > 0 ? properties : undefined;
        };
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
function supplierOf(supplier) {
    if (supplier === undefined)
        return undefined;
    const name = supplier.name === '' ? undefined : supplier.name;
    return { name, contact: supplier.email === undefined ? undefined : [{ name, email: supplier.email === '' ? undefined : supplier.email }] };
}
/** `Name <email>`, as npm writes an author; undefined when that is empty. */
function authorOf(supplier) {
    if (supplier?.author !== true)
        return undefined;
    const text = supplier.email === undefined ? supplier.name : `${supplier.name} <${supplier.email}>`;
    return text === '' ? undefined : text;
}
/** The hashes of a package: CycloneDX algorithm names, in the model's order (one per algorithm). */
function hashesOf(pkg) {
    if (pkg.hashes.length === 0)
        return undefined;
    return pkg.hashes.map((hash) => ({ alg: HASH_ALGORITHMS[hash.algorithm], content: hash.hex }));
}
/** A component of a package, without the components nested in it. */
function componentOf(pkg, type, shared) {
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
}
/** A release file as a `file` component, with its hashes. */
function fileComponent(file) {
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
}
/**
 * The CycloneDX JSON text of an SBOM in chunks, one top-level component tree at a time: every
 * component has its purl as a unique bom-ref, workspace members nest under the project that
 * contains them, release files are `file` components, and everything is in sorted order. Only one
 * component tree (and the document's skeleton) is held at a time. Checked as it is made; throws
 * SBOM_INVALID_DOCUMENT before the last chunk when a check failed. The serial number is the UUID
 * `identity` makes (a draft's is nil).
 */
function* cycloneDxJsonChunks(sbom, version, identity = new formats_identity/* DocumentIdentity */.w2(cycloneDxIdentityName(version))) {
    const shared = new SharedParts();
    const packages = new Map();
    // Indexed loops over the thousands of packages and edges: an iterator per element is garbage in code that runs once.
    for (let index = 0; index < sbom.packages.length; index++) {
        const pkg = sbom.packages[index];
        packages.set(pkg.purl, pkg);
    }
    const exists = (purl) => purl === sbom.root.purl || packages.has(purl);
    // Containment is nesting: a workspace member under its project, a nested project's members under
    // it. Nesting is a tree, so a package goes under its first container only, and never under itself;
    // every other edge between components is a dependency, in the SBOM's order.
    const containers = new Map();
    const nested = new Map();
    // Each component's dependencies in the SBOM's order, without repeats or self-edges: a list while
    // it is short (most packages depend on a few others), a set past that, so that no list is searched long.
    const dependencies = new Map();
    const within = (purl, ancestor) => {
        for (let at = purl; at !== undefined; at = containers.get(at))
            if (at === ancestor)
                return true;
        return false;
    };
    const depend = (from, to) => {
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
    };
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
    const componentTree = (pkg, type) => {
        const component = componentOf(pkg, type, shared);
        const children = nested.get(pkg.purl);
        if (children !== undefined)
            component.components = children.map((purl) => componentTree(packages.get(purl), 'library'));
        return component;
    };
    /** The bom-refs of a component tree, depth first. */
    const addRefs = (purl, into) => {
        into.push(purl);
        const children = nested.get(purl);
        if (children !== undefined)
            for (const child of children)
                addRefs(child, into);
        return into;
    };
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
            properties: sbom.unknowns.length === 0 ? undefined : sbom.unknowns.map((unknown) => ({ name: 'trust-kit:unknown', value: (0,formats_identity/* unknownText */.qL)(unknown) })),
        },
    };
    const check = new validate/* CycloneDxCheck */.O5(skeleton);
    const topLevel = containers.size === 0 ? sbom.packages : sbom.packages.filter((pkg) => !containers.has(pkg.purl));
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
}
/** The CycloneDX JSON text of an SBOM, whole (see {@link cycloneDxJsonChunks}). */
function toCycloneDxJson(sbom, version) {
    return joinedDocument('CycloneDX', cycloneDxJsonChunks(sbom, version));
}
/** What a CycloneDX document's serial number is derived under: one per specification version. */
function cycloneDxIdentityName(version) {
    return `cyclonedx-json@${version}`;
}
/** A CycloneDX JSON encoder for one spec version. */
function cycloneDxEncoder(version, name, fileName) {
    return {
        name,
        extension: '.cdx.json',
        fileName,
        mediaType: `application/vnd.cyclonedx+json; version=${version}`,
        identityName: cycloneDxIdentityName(version),
        encode: (sbom) => toCycloneDxJson(sbom, version),
        draft: (sbom) => [...cycloneDxJsonChunks(sbom, version, formats_identity/* DRAFT_IDENTITY */.Vb)],
        chunks: (sbom) => cycloneDxJsonChunks(sbom, version),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/sbom/formats/spdx.js







const NOASSERTION = 'NOASSERTION';
/** What an SPDX document's namespace UUID is derived under. */
const SPDX_IDENTITY_NAME = 'spdx-json';
function shortHash(text) {
    return (0,external_node_crypto_.hash)('sha256', text, 'hex').slice(0, 12);
}
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
function idSafe(text) {
    return text.replace(NOT_ID_SAFE, '-').replace(LEADING_DASHES, '').slice(0, 60);
}
/** The SPDXID of a package: readable, and unique because it carries a hash of the purl. */
function spdxPackageId(pkg) {
    return `SPDXRef-Package-${pkg.ecosystem}-${idSafe(pkg.name)}-${shortHash(pkg.purl)}`;
}
function spdxArtifactId(name) {
    return `SPDXRef-Artifact-${idSafe(name.split('/').pop() ?? name)}-${shortHash(`file:${name}`)}`;
}
/** Names of archives and package files (`.tar.gz`, `.zip`, `.deb`, `.whl`, ...): a release artifact that holds other files. */
const ARCHIVE_NAME = /\.(?:tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|zip|7z|rar|jar|war|ear|whl|egg|gem|nupkg|crate|deb|rpm|apk|dmg|pkg|msi)$/i;
/** What a release artifact is, in SPDX's words: an archive, a program (built from packages, or an executable by its name), or a plain file. */
function artifactPurpose(file) {
    if (ARCHIVE_NAME.test(file.name))
        return 'ARCHIVE';
    if ((file.contains?.length ?? 0) > 0 || /\.(?:exe|appimage)$/i.test(file.name))
        return 'APPLICATION';
    return 'FILE';
}
/** An SPDX agent: `Person: Name (email)` or `Organization: Name`. */
function supplierText(supplier) {
    return `${supplier.type}: ${supplier.name}${supplier.email === undefined ? '' : ` (${supplier.email})`}`;
}
/** `2024-01-02T03:04:05Z`: SPDX's timestamp form (no fractions). */
function spdxTimestamp(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * A package's download location as SPDX writes it. A git source (`git+URL#commit`, as npm and our
 * parsers record it) takes SPDX's VCS form `git+URL@commit`, since SPDX reads `#` as a sub-path.
 * SPDX wants a URI; anything else a lockfile calls a source (a path, a registry name), or a URL
 * spdx-tools refuses (see {@link SPDX_TOOLS_VCS_LOCATION}), is NOASSERTION: the purl's qualifier keeps it.
 */
function spdxDownloadLocation(location) {
    if (location === undefined || !(0,urls/* isSpdxUri */.Q3)(location) || !(SPDX_TOOLS_URL_START.test(location) || SPDX_TOOLS_VCS_LOCATION.test(location)))
        return NOASSERTION;
    return GIT_URL.test(location) ? location.replace(GIT_COMMIT_FRAGMENT, '@$1') : location;
}
/** DEV_DEPENDENCY_OF / OPTIONAL_DEPENDENCY_OF where the edge itself makes the dependency dev or optional. */
function dependencyKind(from, to) {
    if (to === 'dev' && from !== 'dev')
        return 'DEV_DEPENDENCY_OF';
    if (to === 'optional' && from === 'required')
        return 'OPTIONAL_DEPENDENCY_OF';
    return undefined;
}
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
        this.artifacts = sbom.files.map((file) => {
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
        });
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
            checksums: pkg.hashes.length === 0 ? undefined : pkg.hashes.map((digest) => ({ algorithm: digest.algorithm, checksumValue: digest.hex })),
            licenseConcluded: NOASSERTION,
            licenseDeclared: this.declared(pkg.license),
            copyrightText: NOASSERTION,
            sourceInfo: files.length === 0 ? undefined : `found in ${files.join(', ')}`,
            // A directory-named root has no package-manager identity worth advertising.
            externalRefs: pkg.ecosystem === 'generic' ? undefined : [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
            primaryPackagePurpose: purpose,
            annotations: pkg.properties?.map((property) => ({ annotationDate, annotationType: 'OTHER', annotator, comment: `${property.name}: ${property.value}` })),
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
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([licenseId, { name, text }]) => ({ licenseId, extractedText: text, name }));
    }
}
/** Builds the SPDX 2.3 document of an SBOM as one object, made whole: what {@link spdxJsonChunks} writes a part at a time. */
function toSpdx(sbom) {
    const parts = new SpdxParts(sbom);
    const body = { ...parts.head, packages: [...parts.packages()], relationships: [...parts.relationships()] };
    const extracted = parts.extractedLicenses();
    if (extracted !== undefined)
        body.hasExtractedLicensingInfos = extracted;
    const identity = new DocumentIdentity(SPDX_IDENTITY_NAME);
    identity.add(jsonWithoutCommandMarkers(`${JSON.stringify(body).slice(0, -1)},"documentNamespace":${namespaceStart(parts)}`));
    return { ...body, documentNamespace: `${parts.namespacePrefix}${identity.uuid()}` };
}
/** The JSON text of the document namespace up to its UUID: the opening quote and the prefix. */
function namespaceStart(parts) {
    return JSON.stringify(parts.namespacePrefix).slice(0, -1);
}
/**
 * The SPDX 2.3 JSON text of an SBOM in chunks, checked as it is made: the bytes of
 * `JSON.stringify(toSpdx(sbom))` (with `##[` and line separators escaped, see JsonChunks.take)
 * and a newline, without ever holding the document or its text
 * whole. Throws SBOM_INVALID_DOCUMENT at the end when a check failed, before the last chunk.
 * The namespace ends with the UUID `identity` makes (a draft's is nil).
 */
function* spdxJsonChunks(sbom, identity = new formats_identity/* DocumentIdentity */.w2(SPDX_IDENTITY_NAME)) {
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
}
/** SPDX 2.3 JSON. */
const spdxJsonEncoder = {
    name: 'spdx-json',
    extension: '.spdx.json',
    fileName: 'sbom.spdx.json',
    mediaType: 'application/spdx+json',
    identityName: SPDX_IDENTITY_NAME,
    chunks: spdxJsonChunks,
    encode: (sbom) => joinedDocument('SPDX', spdxJsonChunks(sbom)),
    draft: (sbom) => [...spdxJsonChunks(sbom, formats_identity/* DRAFT_IDENTITY */.Vb)],
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
const FORMAT_NAMES = FORMATS.map((format) => format.name);
/** The default versions named as the others are (`cyclonedx-json@1.6` beside `cyclonedx-json@1.5`): the same format. */
const FORMAT_ALIASES = { 'cyclonedx-json@1.6': 'cyclonedx-json', 'spdx-json@2.3': 'spdx-json' };
/** The encoder for a format name; throws SBOM_FORMAT_UNKNOWN naming the choices. */
function encoderFor(name) {
    // A name that is not a string (plain JavaScript) is no format either: it failed on toLowerCase with a TypeError.
    const encoder = typeof name === 'string' ? FORMATS.find((format) => format.name === name.toLowerCase()) : undefined;
    if (encoder === undefined) {
        throw new errors/* SbomError */.S('SBOM_FORMAT_UNKNOWN', `unknown SBOM format ${typeof name === 'string' ? `"${name}"` : `(${(0,quote/* typeName */.go)(name)})`}`, { hint: `choose one of ${FORMAT_NAMES.join(', ')}` });
    }
    return encoder;
}
/**
 * The formats a file name says its document is in, by the names trust-kit gives its own files: a
 * version's own suffix (`.cdx-1.5.json`) names that format, a family's extension (`.cdx.json`,
 * `.spdx.json`) any of the family, the default version first; another name (`bom.json`) says nothing.
 */
function formatsNamedBy(fileName) {
    const name = fileName.toLowerCase();
    const suffix = (format) => format.fileName.slice(format.fileName.indexOf('.'));
    const versioned = FORMATS.find((format) => suffix(format) !== format.extension && name.endsWith(suffix(format)));
    if (versioned !== undefined)
        return [versioned.name];
    return FORMATS.filter((format) => name.endsWith(format.extension)).map((format) => format.name);
}


/***/ }),

/***/ 93339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ segmentMatches)
/* harmony export */ });
/** Whether one path segment matches one pattern segment of `*` (any run) and `?` (one character): greedy with one backtrack point, O(length of both). */
function segmentMatches(pattern, name) {
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
}


/***/ }),

/***/ 91573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ sriHashes),
/* harmony export */   bZ: () => (/* binding */ sortHashes),
/* harmony export */   eP: () => (/* binding */ hexHash),
/* harmony export */   m1: () => (/* binding */ base64Hash),
/* harmony export */   m6: () => (/* binding */ HASH_HEX_LENGTH)
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
function hexHash(algorithm, hex) {
    if (hex.length !== HASH_HEX_LENGTH[algorithm] || !HEX.test(hex))
        return undefined;
    return { algorithm, hex: hex.toLowerCase() };
}
const BASE64_DIGEST = /^[A-Za-z0-9+/_-]+={0,2}$/;
/**
 * Where {@link base64Hash} decodes: one buffer for the thousands of digests of a lockfile rather
 * than one each. It holds as many bytes as the longest digest has hex digits (twice its length),
 * so a longer input decodes to more bytes than any digest has and is refused, never cut to a digest's length.
 */
const DECODED = Buffer.alloc(Math.max(...Object.values(HASH_HEX_LENGTH)));
/** A package hash from base64 (standard or URL-safe alphabet), or undefined when it does not decode to a digest of that algorithm. */
function base64Hash(algorithm, base64) {
    if (!BASE64_DIGEST.test(base64))
        return undefined;
    const length = DECODED.write(base64, 0, 'base64');
    // Hex from bytes is always lowercase hex: only the length can be wrong.
    return length * 2 === HASH_HEX_LENGTH[algorithm] ? { algorithm, hex: DECODED.toString('hex', 0, length) } : undefined;
}
/** One SRI token (`sha512-<base64>`, maybe with `?options`) as a hash, or undefined when it is not one we know. */
function sriHash(token) {
    const dash = token.indexOf('-');
    if (dash <= 0)
        return undefined;
    const algorithm = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
    if (algorithm === undefined)
        return undefined;
    // SRI allows `?options` after the digest; they carry no hash bits.
    const query = token.indexOf('?', dash);
    return base64Hash(algorithm, query === -1 ? token.slice(dash + 1) : token.slice(dash + 1, query));
}
/**
 * The hashes of a Subresource Integrity string (`sha512-<base64> sha1-<base64>`, what npm, yarn,
 * pnpm and bun record), as hex, sorted by algorithm; unknown algorithms and malformed digests are skipped.
 */
function sriHashes(integrity) {
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
}
/** Hashes in a stable order (by algorithm name), one per algorithm. */
function sortHashes(hashes) {
    const byAlgorithm = new Map();
    for (const hash of hashes)
        if (!byAlgorithm.has(hash.algorithm))
            byAlgorithm.set(hash.algorithm, hash);
    return [...byAlgorithm.values()].sort((a, b) => (a.algorithm < b.algorithm ? -1 : a.algorithm > b.algorithm ? 1 : 0));
}


/***/ }),

/***/ 29305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ licenseTerm),
/* harmony export */   Yr: () => (/* binding */ isSpdxExpression)
/* harmony export */ });
/* unused harmony export MAX_EXPRESSION_LENGTH */
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93326);

function idsOf(info, into) {
    if ('conjunction' in info) {
        idsOf(info.left, into);
        idsOf(info.right, into);
    }
    else {
        into.push(info.license);
    }
    return into;
}
/** Whether a string is a valid SPDX license expression (ids from the SPDX list, `LicenseRef-`, AND/OR/WITH). */
function isSpdxExpression(text) {
    return text.trim() === text && licenseTerm(text).kind === 'expression';
}
/**
 * The longest string read as an SPDX expression: real ones are under a hundred characters, and
 * spdx-expression-parse takes time quadratic in the length of some strings (`MIT AND (` repeated:
 * seconds for a few hundred KiB), which a lockfile's author chooses. Longer ones are free text.
 */
const MAX_EXPRESSION_LENGTH = 1024;
/** Classifies a license string from a lockfile or manifest; nothing is guessed or corrected. */
function licenseTerm(raw) {
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
}
const terms = new Map();
/** Room for any real SPDX expression (a few licenses joined by AND, OR, WITH); a longer string is a licence's text. */
const MAX_CACHED_LENGTH = 512;


/***/ }),

/***/ 55256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ shortHashes),
/* harmony export */   Oi: () => (/* binding */ sortProperties),
/* harmony export */   So: () => (/* binding */ contradictingHashes),
/* harmony export */   TI: () => (/* binding */ strongerScope)
/* harmony export */ });
/** Hashes as an unknown about contradicting digests names them: `SHA512 0123456789abcdef...`, each cut to 16 hex digits. */
function shortHashes(hashes) {
    return hashes.map((hash) => `${hash.algorithm} ${hash.hex.slice(0, 16)}...`).join(', ');
}
/** The hashes of `other` that contradict one of `kept`: the same algorithm, another digest (two artifacts under one name). */
function contradictingHashes(kept, other) {
    return other.filter((hash) => kept.some((first) => first.algorithm === hash.algorithm && first.hex.toLowerCase() !== hash.hex.toLowerCase()));
}
/** The stronger of two scopes, for merging copies of one package: required beats optional beats dev. */
function strongerScope(a, b) {
    if (a === 'required' || b === 'required')
        return 'required';
    if (a === 'optional' || b === 'optional')
        return 'optional';
    return 'dev';
}
/** Properties without repeats, sorted by name then value. */
function sortProperties(properties) {
    const byKey = new Map();
    for (const property of properties)
        byKey.set(`${property.name}\u0000${property.value}`, property);
    return [...byKey.keys()].sort().map((key) => byKey.get(key));
}


/***/ }),

/***/ 83096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ encodeUnpermittedMarks),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   uG: () => (/* binding */ LONE_SURROGATE)
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
function encodeUnpermittedMarks(purl) {
    return purl.replace(UNPERMITTED_MARKS, (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** packageurl-js's error text: `Invalid purl: ` and the message. */
/** Why no purl has a name or version holding half of a UTF-16 surrogate pair: encodeURIComponent's "URI malformed" says nothing of where. */
const LONE_SURROGATE = 'the name or version holds half of a UTF-16 surrogate pair, which names no character (no package manager writes one): the lockfile was edited or damaged; regenerate it';
function purlError(message) {
    return new Error(`Invalid purl: ${message}`);
}
/** A qualifier key packageurl-js accepts: no leading digit, only `[A-Za-z0-9._-]`. */
function checkQualifierKey(key) {
    if (/^[0-9]/.test(key))
        throw purlError(`qualifier "${key}" cannot start with a number`);
    if (!/^[A-Za-z0-9._-]*$/.test(key))
        throw purlError(`qualifier "${key}" contains an illegal character`);
}
/** Qualifiers as packageurl-js writes them: trimmed, empty values dropped, keys lowercased and sorted, form-encoded with `%20` for spaces. */
function qualifierText(qualifiers) {
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
}
/**
 * The canonical purl of an npm package: `@scope/name` splits into the purl namespace and name.
 * Qualifiers (`vcs_url`, `download_url`) mark a package that did not come from the registry.
 */
function npmPurl(name, version, qualifiers) {
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
}


/***/ }),

/***/ 22386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ sharedWork),
/* harmony export */   dD: () => (/* binding */ SNIFF_BYTES),
/* harmony export */   sT: () => (/* binding */ SHARED_WORK_BYTES)
/* harmony export */ });
/**
 * How many bytes of memory one catalog run keeps read and parsed for the parsers to share (real
 * requirements files are a few KiB): past it, what is asked for again is made again.
 */
const SHARED_WORK_BYTES = 64 * 2 ** 20;
/** A {@link SharedWork} keeping values of at most `budget` bytes of memory in all: one per catalog run. */
function sharedWork(budget) {
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
}
/** How many leading bytes of a file the catalog hands to `sniff`. */
const SNIFF_BYTES = 64;


/***/ }),

/***/ 9922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ isElf),
/* harmony export */   cK: () => (/* binding */ isPe),
/* harmony export */   hq: () => (/* binding */ isMachO),
/* harmony export */   s: () => (/* binding */ isFatMachO)
/* harmony export */ });
/** The first bytes of the executables Go builds, by format: how Go binaries are recognised whatever their name. */
/** An ELF executable: the magic, a 32- or 64-bit class, and a byte order. */
function isElf(head) {
    return head.readUInt32BE(0) === 0x7f454c46 && (head[4] === 1 || head[4] === 2) && (head[5] === 1 || head[5] === 2);
}
/** A Mach-O executable, 32 or 64 bits, either byte order. */
function isMachO(head) {
    return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(head.readUInt32LE(0));
}
/** The most architectures a universal binary has; Java class files share the magic, with a version number here instead (>= 45). */
const MAX_FAT_ARCHES = 20;
/** A universal (fat) Mach-O: `0xcafebabe` and a small architecture count. */
function isFatMachO(head) {
    const count = head.readUInt32BE(4);
    return head.readUInt32BE(0) === 0xcafebabe && count > 0 && count <= MAX_FAT_ARCHES;
}
/** A PE (Windows) executable: the `MZ` of its DOS header. */
function isPe(head) {
    return head[0] === 0x4d && head[1] === 0x5a;
}


/***/ }),

/***/ 98706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ UV_LOCK),
/* harmony export */   IP: () => (/* binding */ GEMFILE_LOCK),
/* harmony export */   Iq: () => (/* binding */ REQUIREMENTS_TXT),
/* harmony export */   NA: () => (/* binding */ POM_XML),
/* harmony export */   Sw: () => (/* binding */ GO_MOD),
/* harmony export */   Uy: () => (/* binding */ PIPFILE_LOCK),
/* harmony export */   WL: () => (/* binding */ POETRY_LOCK),
/* harmony export */   WP: () => (/* binding */ NUGET_PACKAGES_LOCK),
/* harmony export */   Wn: () => (/* binding */ GRADLE_LOCKFILE),
/* harmony export */   XN: () => (/* binding */ GO_BINARY),
/* harmony export */   al: () => (/* binding */ PNPM_LOCK),
/* harmony export */   dr: () => (/* binding */ YARN_LOCK),
/* harmony export */   fj: () => (/* binding */ NPM_PACKAGE_LOCK),
/* harmony export */   gB: () => (/* binding */ BUN_LOCK),
/* harmony export */   jK: () => (/* binding */ COMPOSER_LOCK),
/* harmony export */   ks: () => (/* binding */ namedAsRequirements),
/* harmony export */   z2: () => (/* binding */ CARGO_LOCK)
/* harmony export */ });
/* unused harmony export SIBLING_FILE_NAMES */
/* harmony import */ var _go_magic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9922);

/** npm's package-lock.json and npm-shrinkwrap.json. */
const NPM_PACKAGE_LOCK = {
    name: 'npm-package-lock',
    matches: (fileName) => fileName === 'package-lock.json' || fileName === 'npm-shrinkwrap.json',
};
/** yarn.lock, yarn v1 and berry. */
const YARN_LOCK = {
    name: 'yarn-lock',
    matches: (fileName) => fileName === 'yarn.lock',
};
/** pnpm-lock.yaml. */
const PNPM_LOCK = {
    name: 'pnpm-lock',
    matches: (fileName) => fileName === 'pnpm-lock.yaml',
};
/** bun's text lockfile, bun.lock. */
const BUN_LOCK = {
    name: 'bun-lock',
    matches: (fileName) => fileName === 'bun.lock',
};
/** go.mod, with go.sum beside it. */
const GO_MOD = {
    name: 'go-mod',
    matches: (fileName) => fileName === 'go.mod',
};
/** Go executables, by their first bytes. */
const GO_BINARY = {
    name: 'go-binary',
    // Go binaries can have any name: they are recognised by their first bytes.
    matches: () => false,
    sniff: (head) => head.length >= 0x40 && ((0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isElf */ .aB)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isMachO */ .hq)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isFatMachO */ .s)(head) || (0,_go_magic_js__WEBPACK_IMPORTED_MODULE_0__/* .isPe */ .cK)(head)),
};
/** Cargo.lock. */
const CARGO_LOCK = {
    name: 'cargo-lock',
    matches: (fileName) => fileName === 'Cargo.lock',
};
/** poetry.lock. */
const POETRY_LOCK = {
    name: 'python-poetry-lock',
    matches: (fileName) => fileName === 'poetry.lock',
};
/** uv.lock. */
const UV_LOCK = {
    name: 'python-uv-lock',
    matches: (fileName) => fileName === 'uv.lock',
};
/** Pipfile.lock. */
const PIPFILE_LOCK = {
    name: 'python-pipfile-lock',
    matches: (fileName) => fileName === 'Pipfile.lock',
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
    matches: (fileName, path) => namedAsRequirements(fileName) || (path !== undefined && /(?:^|\/)requirements\/[^/]+\.txt$/i.test(path) && !/constraint/i.test(fileName)),
};
/** Whether a file's own name says it holds pip requirements (`*requirements*.txt`), not only the directory it is in. */
function namedAsRequirements(fileName) {
    return /requirements.*\.txt$/i.test(fileName);
}
/** Gemfile.lock and gems.locked. */
const GEMFILE_LOCK = {
    name: 'ruby-gemfile-lock',
    // Measured: 300,000 gems (9.4 MB) took 1 GB of heap, over 100 bytes a byte.
    costPerLine: 128,
    matches: (fileName) => fileName === 'Gemfile.lock' || fileName === 'gems.locked',
};
/** composer.lock. */
const COMPOSER_LOCK = {
    name: 'php-composer-lock',
    matches: (fileName) => fileName === 'composer.lock',
};
/** NuGet's packages.lock.json. */
const NUGET_PACKAGES_LOCK = {
    name: 'nuget-packages-lock',
    matches: (fileName) => fileName === 'packages.lock.json',
};
/** Gradle dependency lockfiles (*.lockfile). */
const GRADLE_LOCKFILE = {
    name: 'java-gradle-lockfile',
    matches: (fileName) => fileName.endsWith('.lockfile'),
};
/** Maven pom.xml. */
const POM_XML = {
    name: 'java-pom-xml',
    matches: (fileName) => fileName === 'pom.xml',
};
/** The files parsers read beside their lockfiles (manifests, go.sum, workspaces): a user's files, as the lockfiles are. */
const SIBLING_FILE_NAMES = new Set(['package.json', 'go.sum', 'go.work', 'go.work.sum', 'Cargo.toml', 'pyproject.toml', 'Gemfile', 'gems.rb']);


/***/ }),

/***/ 47530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ PARSERS)
/* harmony export */ });
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98706);

/**
 * A parser whose code loads the first time it reads a file: a run loads the parsers of the
 * lockfiles it finds, not all of them (an npm project's SBOM spends no start-up on TOML, XML or
 * executable readers, nor on the purl library the other ecosystems build purls with).
 */
function loadedOnUse(identity, load) {
    let loaded;
    return { ...identity, parse: async (input) => (await (loaded ??= load())).parse(input) };
}
/** Every lockfile parser the catalog runs, one line each; the first parser that matches a file reads it. */
const PARSERS = [
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .NPM_PACKAGE_LOCK */ .fj, async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(8103)]).then(__webpack_require__.bind(__webpack_require__, 39105))).npmPackageLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .YARN_LOCK */ .dr, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(415), __webpack_require__.e(1380)]).then(__webpack_require__.bind(__webpack_require__, 51380))).yarnLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .PNPM_LOCK */ .al, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(415), __webpack_require__.e(1068)]).then(__webpack_require__.bind(__webpack_require__, 71068))).pnpmLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .BUN_LOCK */ .gB, async () => (await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 54609))).bunLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GO_MOD */ .Sw, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(6638)]).then(__webpack_require__.bind(__webpack_require__, 66638))).goModParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GO_BINARY */ .XN, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(5245)]).then(__webpack_require__.bind(__webpack_require__, 45245))).goBinaryParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .CARGO_LOCK */ .z2, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(5313)]).then(__webpack_require__.bind(__webpack_require__, 5313))).cargoLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .POETRY_LOCK */ .WL, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(5082)]).then(__webpack_require__.bind(__webpack_require__, 15082))).poetryLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .UV_LOCK */ .AH, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1932)]).then(__webpack_require__.bind(__webpack_require__, 21932))).uvLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPFILE_LOCK */ .Uy, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1964)]).then(__webpack_require__.bind(__webpack_require__, 41964))).pipfileLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUIREMENTS_TXT */ .Iq, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1352)]).then(__webpack_require__.bind(__webpack_require__, 1352))).requirementsTxtParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GEMFILE_LOCK */ .IP, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(2268)]).then(__webpack_require__.bind(__webpack_require__, 2268))).gemfileLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSER_LOCK */ .jK, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(7767)]).then(__webpack_require__.bind(__webpack_require__, 67767))).composerLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .NUGET_PACKAGES_LOCK */ .WP, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(1918)]).then(__webpack_require__.bind(__webpack_require__, 1918))).nugetPackagesLockParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .GRADLE_LOCKFILE */ .Wn, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(9892)]).then(__webpack_require__.bind(__webpack_require__, 69892))).gradleLockfileParser),
    loadedOnUse(_identities_js__WEBPACK_IMPORTED_MODULE_0__/* .POM_XML */ .NA, async () => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(4045), __webpack_require__.e(4847)]).then(__webpack_require__.bind(__webpack_require__, 74847))).pomXmlParser),
];


/***/ }),

/***/ 64610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ RelationshipIndex)
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _1: () => (/* binding */ gitSourceSupplier),
/* harmony export */   rZ: () => (/* binding */ npmAuthorSupplier),
/* harmony export */   ri: () => (/* binding */ goModuleSupplier)
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
function sourceOwner(host, elements) {
    const lower = host.toLowerCase();
    if (!HOST.test(lower))
        return undefined;
    if (!OWNER_HOSTS.has(lower))
        return lower;
    const owner = elements[0];
    return owner !== undefined && OWNER.test(owner) ? `${lower}/${owner}` : undefined;
}
/**
 * The supplier a Go module path names, with the property that says so. A module path is where the
 * go command fetches the module from, so its owner (`github.com/spf13` for
 * `github.com/spf13/cobra`, the domain for a vanity path like `golang.org/x/net`) is who supplies
 * that path. `gopkg.in/pkg.vN` and `gopkg.in/user/pkg.vN` are gopkg.in's documented redirects to
 * `github.com/go-pkg/pkg` and `github.com/user/pkg`. Paths without a dotted first element (the
 * standard library, local names) have none.
 */
function goModuleSupplier(modulePath) {
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
}
/**
 * The supplier a git source URL names (`https://github.com/owner/repo`, `ssh://git@host/owner/repo`),
 * with the property that says so; undefined for URLs without a DNS host or, on a code host, an owner.
 */
function gitSourceSupplier(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const owner = sourceOwner(parsed.hostname, parsed.pathname.split('/').filter((element) => element !== ''));
    if (owner === undefined)
        return undefined;
    return {
        supplier: { type: 'Organization', name: owner },
        property: { name: SUPPLIER_FROM_PROPERTY, value: `${what}: ${owner} controls the repository it is built from (not a statement of authorship)` },
    };
}
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
function cleanText(text) {
    if (typeof text !== 'string')
        return undefined;
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const cleaned = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
    return cleaned === '' || cleaned.length > MAX_AUTHOR_TEXT ? undefined : cleaned;
}
/**
 * The supplier an npm package declares as its `author` (a string `Name <email> (url)` or an object
 * `{ name, email, url }`, as npm reads them), with the property that says where it comes from:
 * a person (an organisation when the name ends in a legal form such as `Inc.` or `LLC`), the email
 * when it looks like one. Undefined when no name is given.
 */
function npmAuthorSupplier(author, where) {
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
}


/***/ }),

/***/ 80211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ isSpdxUri),
/* harmony export */   kG: () => (/* binding */ isIriReference),
/* harmony export */   oI: () => (/* binding */ iriReference),
/* harmony export */   ri: () => (/* binding */ withoutCredentials)
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
function withoutCredentials(url) {
    const withoutQueryCredentials = /[?#;]/.test(url) ? withoutCredentialParameters(url) : url;
    const match = USERINFO.exec(withoutQueryCredentials);
    if (match === null)
        return withoutQueryCredentials;
    const [whole, prefix = '', scheme = '', userinfo = ''] = match;
    return HTTP_SCHEME.test(scheme) || userinfo.includes(':') ? `${prefix}${withoutQueryCredentials.slice(whole.length)}` : withoutQueryCredentials;
}
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
function withoutCredentialParameters(url) {
    const hash = url.indexOf('#');
    const beforeFragment = hash === -1 ? url : url.slice(0, hash);
    const question = beforeFragment.indexOf('?');
    const path = question === -1 ? beforeFragment : beforeFragment.slice(0, question);
    const query = question === -1 ? undefined : keptParameters(beforeFragment.slice(question + 1));
    // A fragment without a pair (a git commit, `sha256=...` aside, a digest) is kept as written.
    const fragment = hash === -1 ? undefined : url.includes('=', hash) ? keptParameters(url.slice(hash + 1)) : url.slice(hash + 1);
    return `${path.includes(';') ? path.replace(MATRIX_PARAMETER, (whole, name) => (isCredentialName(name) ? '' : whole)) : path}${query === undefined || query === '' ? '' : `?${query}`}${fragment === undefined || fragment === '' ? '' : `#${fragment}`}`;
}
/** A path segment's `;name=value` parameter (RFC 3986 3.3), the name its first group. */
const MATRIX_PARAMETER = /;([^;/?#=]*)(?:=[^;/?#]*)?/g;
/** The `&`-separated `name=value` pairs whose name carries no credential, joined again. */
function keptParameters(pairs) {
    return pairs
        .split('&')
        .filter((parameter) => !isCredentialName(parameter.split('=', 1)[0] ?? ''))
        .join('&');
}
/** Whether a parameter's name, its escapes decoded, names a credential. */
function isCredentialName(name) {
    let decoded = name;
    try {
        decoded = decodeURIComponent(name);
    }
    catch {
        // A malformed escape is matched as written.
    }
    return CREDENTIAL_WORD.test(decoded) || CREDENTIAL_NAME.test(decoded);
}
/** A URL's scheme and authority up to an IP literal host (`http://[::1]:4873`), whose brackets are its syntax, never to escape; the address is the second group. */
const IP_LITERAL_AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@[\]]*@)?\[)([0-9A-Fa-f:.]+)\]/i;
/**
 * An IPv6 address written in full (`fd00:0:0:0:0:0:0:17` for `fd00::17`): the CycloneDX project's
 * validator (its IRI checker, rfc3987-syntax) refuses every address written with `::`, though RFC
 * 3986 allows it. Anything else is returned as it is.
 */
function fullIpv6(address) {
    const halves = address.split('::');
    if (halves.length !== 2)
        return address;
    const groups = (half) => (half === '' ? [] : half.split(':'));
    const head = groups(halves[0]);
    const tail = groups(halves[1]);
    // A dotted IPv4 tail (`::ffff:1.2.3.4`) takes two groups' room.
    const width = [...head, ...tail].reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
    return width > 7 ? address : [...head, ...Array.from({ length: 8 - width }, () => '0'), ...tail].join(':');
}
/**
 * A URL as the IRI reference a CycloneDX external reference holds: {@link escapeIri}'s, with an
 * IPv6 host's brackets kept (escaped, `http://%5B::1%5D` was no URL) and its address written in full.
 */
function iriReference(url) {
    const literal = IP_LITERAL_AUTHORITY.exec(url);
    if (literal === null)
        return escapeIri(url);
    return `${literal[1]}${fullIpv6(literal[2])}]${escapeIri(url.slice(literal[0].length))}`;
}
/** Whether `url` is an IRI reference as {@link iriReference} writes one: a CycloneDX document's check. */
function isIriReference(url) {
    return iriReference(url) === url;
}
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
function isUcsChar(code) {
    if (code < 0x10000)
        return (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xffef);
    return code < 0xe0000 ? (code & 0xffff) <= 0xfffd : code >= 0xe1000 && code <= 0xefffd;
}
/** What one code point becomes in {@link escapeIri}: its UTF-8 bytes as `%XX`, a lone surrogate as U+FFFD's. */
function percentEncoded(character) {
    return [...Buffer.from(character, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
/**
 * `url` as an IRI reference the CycloneDX schemas' `iri-reference` format takes: every character
 * no IRI may hold as it is (controls, a blank, `"'<>[\]^`{|}`, a non-character), a `%` that begins
 * no escape and every `#` after the first percent-encoded, nothing else changed. A lockfile's URL
 * with a line break or a `|` in it made the whole document fail the official validator.
 */
function escapeIri(url) {
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
}
/** A URI as SPDX's `downloadLocation` grammar wants one: a scheme, then RFC 3986's characters only, every `%` an escape, at most one `#`. */
const SPDX_URI = /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?:#(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?$/i;
/** Whether `text` is a URI as SPDX's `downloadLocation` takes one (see {@link SPDX_URI}); a lockfile's URL with a blank, a control character or a `|` is not. */
function isSpdxUri(text) {
    return SPDX_URI.test(text);
}


/***/ }),

/***/ 20607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ cycloneDxProblems),
/* harmony export */   Gn: () => (/* binding */ SpdxCheck),
/* harmony export */   O5: () => (/* binding */ CycloneDxCheck),
/* harmony export */   W8: () => (/* binding */ throwIfProblems),
/* harmony export */   ww: () => (/* binding */ spdxProblems)
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91573);
/* harmony import */ var _licenses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29305);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80211);





/** A problem as it is reported: it names the document's values (ids, refs, names from a lockfile), kept printable and at most 500 characters. */
const shownProblem = (problem) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(problem, 500);
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
function repeatsEarlier(entries, index, to) {
    for (let earlier = 0; earlier < index; earlier++)
        if (String(entries[earlier]) === to)
            return true;
    return false;
}
/** How a problem names a component: `label` when given, else by its bom-ref, else its name. Made only for a problem: thousands of components have none. */
function componentName(component, label) {
    return label ?? `component ${String(component['bom-ref'] ?? component.name)}`;
}
function isJson(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value.filter(isJson) : [];
}
/** Checks an element's checksums; `owner` names it in a problem (made only then: thousands of elements have none). */
function checkChecksums(owner, checksums, problems) {
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
}
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
        if (!creators.some((creator) => typeof creator === 'string' && creator.startsWith('Tool: ')))
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
        const owner = () => `package ${String(pkg.SPDXID)}`;
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
        const owner = () => `file ${String(file.SPDXID)}`;
        this.declare(file.SPDXID, 'file');
        checkChecksums(owner, file.checksums, this.found);
        if (!list(file.checksums).some((checksum) => checksum.algorithm === 'SHA1'))
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
        this.declaredRefs = new Set(list(infos).map((info) => String(info.licenseId)));
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
function spdxProblems(document) {
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
}
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
function cycloneDxProblems(document) {
    if (!isJson(document))
        return ['the document is not a JSON object'];
    const check = new CycloneDxCheck(document);
    for (const component of list(document.components))
        check.component(component);
    for (const dependency of list(document.dependencies))
        check.dependency(dependency);
    return check.problems();
}
/** Throws SBOM_INVALID_DOCUMENT naming the first problems, when there are any: our own document is wrong. */
function throwIfProblems(format, problems) {
    if (problems.length === 0)
        return;
    const shown = problems.slice(0, 10).join('; ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SbomError */ .S('SBOM_INVALID_DOCUMENT', `the ${format} document trust-kit made is not valid: ${shown}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`, {
        hint: 'this is a bug in trust-kit: please report it with the lockfile that caused it',
    });
}


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
