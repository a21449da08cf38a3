export const id = 268;
export const ids = [268];
export const modules = {

/***/ 2268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BUILDS_PER_GEM: () => (/* binding */ MAX_BUILDS_PER_GEM),
/* harmony export */   gemfileGroups: () => (/* binding */ gemfileGroups),
/* harmony export */   gemfileLockParser: () => (/* binding */ gemfileLockParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91573);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24045);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98706);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(897);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80211);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15415);









/**
 * The gem server a GEM section's remote names, without trailing slashes, when it is not
 * rubygems.org (the gem purl type's default repository): undefined for rubygems.org.
 */
function gemServer(spelled) {
    const remote = (0,_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .ri)(spelled);
    if (/^https?:\/\/rubygems\.org\/*$/i.test(remote))
        return undefined;
    // Not a regex: `\/+$` is retried from every slash of a long run (quadratic on hostile input).
    let end = remote.length;
    while (end > 0 && remote[end - 1] === '/')
        end--;
    return end === 0 ? undefined : remote.slice(0, end);
}
/** A GIT section's source as other lockfiles record one: `git+URL#revision` (an https or ssh remote gains the `git+` of a VCS URL). */
function gitLocation(spelled, revision) {
    const remote = (0,_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutCredentials */ .ri)(spelled);
    const url = /^(?:https?|ssh):\/\//.test(remote) ? `git+${remote}` : remote;
    return revision === undefined ? url : `${url}#${revision}`;
}
/** The sections of Gemfile.lock whose `specs:` list locked gems. */
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
/** Every top-level section Bundler writes (its LockfileParser's), the sources' included. */
const BUNDLER_SECTIONS = new Set([...SOURCE_SECTIONS, 'PLATFORMS', 'DEPENDENCIES', 'CHECKSUMS', 'RUBY VERSION', 'BUNDLED WITH']);
/** A top-level line in the form of a section's name: capitals, digits, spaces, `-` and `_`. One Bundler does not know it skips, as a later Bundler's section. */
const SECTION_NAME = /^[A-Z][A-Z0-9 _-]*$/;
/** `name (version[-platform])` at 4 spaces: a locked gem (Bundler's NAME_VERSION: the version has no `-`, the platform follows it). */
const SPEC = /^ {4}(?! )(\S+) \(([^-\s)]+)(?:-([^\s)]+))?\)$/;
/** `name[ (requirement)]` at 6 spaces: a dependency of the gem above. */
const SPEC_DEPENDENCY = /^ {6}(?! )(\S+)(?: \(.*\))?$/;
/**
 * How many builds (platforms) of one gem a lockfile may lock: a dependency on a gem is an edge to
 * each of its builds, so without a bound a hostile lockfile of n lines makes n²/4 edges. Bundler
 * locks one build per platform of the PLATFORMS section; real lockfiles have a handful.
 */
const MAX_BUILDS_PER_GEM = 64;
/** Bundler's groups for developing and testing the project, which `bundle config set without development test` leaves out. */
const DEV_GROUPS = new Set(['development', 'test']);
/** The group names a `group ... do` line or a `group:`/`groups:` option lists (`:test`, `"test"`, `[:development, :test]`). */
function groupNames(text) {
    return [...text.matchAll(/(?<![\w:]):(\w+)|["'](\w+)["']/g)].map((match) => match[1] ?? match[2] ?? '');
}
/**
 * The groups each gem of a Gemfile is declared in (`group :test do ... end` blocks, nested, and
 * `group:`/`groups:` options), by gem name; a gem declared outside any group is in `default`. The
 * Gemfile is Ruby: this reads Bundler's usual forms line by line, and a gem it cannot place stays in
 * `default`, so nothing is hidden by a form it does not know.
 */
function gemfileGroups(text) {
    const groups = new Map();
    // One entry per open block: the groups a `group` block adds, none for any other block (`platforms`, `if`, `do`).
    const blocks = [];
    for (const raw of text.split('\n')) {
        // `s`: `.` takes a CR (or U+2028) too, so the first `#` ends the line; without it each later `#` scanned on to it again (quadratic).
        const line = raw.replace(/(^|\s)#(?!\{).*$/s, '').trim();
        const opensBlock = /\bdo\s*(?:\|[^|]*\|)?$/.test(line);
        if (opensBlock && /^group\b/.test(line)) {
            // `optional: true` and other options are not group names.
            // `\b`: a word is tried from its start only, not from each of its letters (quadratic in a long word).
            blocks.push(groupNames(line.slice('group'.length, line.lastIndexOf('do')).replace(/\b\w+:\s*\S+/g, '')));
            continue;
        }
        if (/^end\b/.test(line)) {
            blocks.pop();
            continue;
        }
        // One `\s*` unless a `(` parts two: adjacent `\s*\(?\s*` backtracked quadratically on `gem` and a run of spaces.
        const gem = /^gem\s*(?:\(\s*)?["']([^"']+)["'](.*)$/s.exec(line);
        if (gem?.[1] !== undefined) {
            const option = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|\S+)/.exec(gem[2] ?? '');
            const declared = [...blocks.flat(), ...(option?.[1] === undefined ? [] : groupNames(option[1]))];
            const known = groups.get(gem[1]) ?? new Set();
            for (const name of declared.length === 0 ? ['default'] : declared)
                known.add(name);
            groups.set(gem[1], known);
        }
        // Any other block opens here and closes at its `end`: `do` at the end, or a statement that starts one.
        if (opensBlock || /^(?:if|unless|case|while|until|begin|def|class|module)\b/.test(line))
            blocks.push([]);
    }
    return groups;
}
/**
 * Scopes from the Gemfile beside the lockfile: what only gems of the development and test groups
 * reach through the specs' edges is dev. A `gemspec` line adds the gemspec's development
 * dependencies to DEPENDENCIES (Bundler puts them in the development group): with it, a listed gem
 * the Gemfile does not declare and that is not the gemspec's own is one of those. Undefined when
 * there is no Gemfile (nothing is hidden then).
 */
async function scopesFromGemfile(input, direct, gems) {
    const fileName = input.path.slice(input.path.lastIndexOf('/') + 1);
    const gemfile = await input.readSibling(fileName === 'gems.locked' ? 'gems.rb' : 'Gemfile');
    if (gemfile === undefined)
        return undefined;
    const text = gemfile.toString('utf8');
    const groups = gemfileGroups(text);
    // Gems from another Gemfile (`eval_gemfile`) are not declared in this one: nothing is inferred for them then.
    // Blanks that end at the line's end: `^\s*` ran on from every line start across the blank lines below it (quadratic).
    const fromGemspec = /^[^\S\r\n\u2028\u2029]*gemspec\b/m.test(text) && !/^[^\S\r\n\u2028\u2029]*(?:eval_gemfile|instance_eval)\b/m.test(text);
    const isDev = ({ name, pinnedSource }) => {
        const declared = groups.get(name);
        if (declared === undefined)
            return fromGemspec && !pinnedSource;
        return [...declared].every((group) => DEV_GROUPS.has(group));
    };
    const edges = new Map();
    for (const gem of gems)
        edges.set(gem.name, [...(edges.get(gem.name) ?? []), ...gem.dependencies.map((to) => ({ to, optional: false }))]);
    const names = (dev) => direct.filter((gem) => isDev(gem) === dev).map((gem) => gem.name);
    return (0,_scopes_js__WEBPACK_IMPORTED_MODULE_7__/* .scopesByReachability */ .Q)({ required: names(false), optional: [], dev: names(true) }, edges);
}
/**
 * Gems from `Gemfile.lock`: the `specs` of its GEM, GIT, PATH and PLUGIN SOURCE sections, with
 * platform-specific gems as a `platform` purl qualifier, GIT sources as the download location and a
 * `vcs_url` qualifier (at the revision), PATH sources as a `download_url` qualifier (the path), the
 * SHA-256 of the .gem file from the CHECKSUMS section (Bundler 2.5+), and
 * the dependency edges the specs record. Gemfile.lock does not record groups: with the Gemfile beside
 * it, what only its development and test groups reach is dev scope; without it every gem is required.
 */
const gemfileLockParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_4__/* .GEMFILE_LOCK */ .IP,
    async parse(input) {
        const gems = [];
        const direct = [];
        const checksums = new Map();
        const unknowns = new _unknowns_js__WEBPACK_IMPORTED_MODULE_8__/* .LockfileUnknowns */ .dF(input.path);
        let section = '';
        let remote;
        let remotes = 0;
        let revision;
        let current;
        const builds = new Map();
        let sections = 0;
        for (const [index, raw] of (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .textOf */ .b6)(input).split('\n').entries()) {
            const text = raw.replace(/\r$/, '');
            if (/^\S/.test(text)) {
                section = text.trim();
                // Junk that parses as a header (a file cut or converted to UTF-16, a file that is no lockfile) was read as a section
                // holding nothing: an empty SBOM that even --strict passed.
                if (BUNDLER_SECTIONS.has(section))
                    sections += 1;
                else if (!SECTION_NAME.test(section))
                    unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(section, 200))} is no section's name (Bundler writes ${[...BUNDLER_SECTIONS].join(', ')}): the lockfile is damaged or no Bundler lockfile, and what that part holds is not listed (run bundle lock)`, index + 1);
                remote = undefined;
                remotes = 0;
                revision = undefined;
                current = undefined;
                continue;
            }
            if (section === 'DEPENDENCIES') {
                // `  name[!][ (requirement)]`: what the Gemfile asks for (`!` marks a GIT or PATH source).
                const listed = /^ {2}(?! )([^\s!]+)(!?)/.exec(text);
                if (listed?.[1] !== undefined)
                    direct.push({ name: listed[1], pinnedSource: listed[2] === '!', line: index + 1 });
                continue;
            }
            if (section === 'CHECKSUMS') {
                // `  name (version[-platform]) sha256=<hex>[,...]` (Bundler 2.5+): the SHA-256 of the .gem file; GIT and PATH gems have none.
                const checksum = /^ {2}(\S+ \([^\s)]+\)) (\S+)$/.exec(text);
                if (checksum?.[1] !== undefined && checksum[2] !== undefined) {
                    const hashes = checksum[2].split(',').flatMap((entry) => {
                        const hash = entry.startsWith('sha256=') ? (0,_hashes_js__WEBPACK_IMPORTED_MODULE_1__/* .hexHash */ .eP)('SHA256', entry.slice('sha256='.length)) : undefined;
                        return hash === undefined ? [] : [hash];
                    });
                    checksums.set(checksum[1], hashes);
                }
                continue;
            }
            if (!SOURCE_SECTIONS.has(section))
                continue;
            const option = /^ {2}(remote|revision): (.+)$/.exec(text);
            if (option?.[1] === 'remote') {
                remote = option[2];
                remotes++;
            }
            if (option?.[1] === 'revision')
                revision = option[2];
            const spec = SPEC.exec(text);
            if (spec?.[1] !== undefined && spec[2] !== undefined) {
                const [, name, version, platform] = spec;
                const count = (builds.get(name) ?? 0) + 1;
                if (count > MAX_BUILDS_PER_GEM)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(input.path, `gem ${name} is locked in more than ${MAX_BUILDS_PER_GEM} builds (one per platform); Bundler writes one per platform the PLATFORMS section lists`, index + 1);
                builds.set(name, count);
                const downloadLocation = section === 'GIT' && remote !== undefined ? gitLocation(remote, revision) : undefined;
                // A GIT or PATH gem is not rubygems.org's gem of that name and version: its origin qualifies the purl.
                const qualifiers = {};
                if (downloadLocation !== undefined)
                    qualifiers.vcs_url = downloadLocation.replace(/#([^#]*)$/, '@$1');
                if (section === 'PATH' && remote !== undefined)
                    qualifiers.download_url = remote;
                // Nor is another gem server's gem rubygems.org's (Bundler 1's section of several remotes does not say which one a gem is from).
                const registry = section === 'GEM' && remotes === 1 && remote !== undefined ? gemServer(remote) : undefined;
                if (registry !== undefined)
                    qualifiers.repository_url = registry;
                if (platform !== undefined)
                    qualifiers.platform = platform;
                const purl = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .purlFor */ .nK)(input.path, index + 1, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__.purlOf)('gem', name, version, undefined, Object.keys(qualifiers).length === 0 ? undefined : qualifiers));
                current = { purl, name, version, lockName: `${name} (${version}${platform === undefined ? '' : `-${platform}`})`, line: index + 1, downloadLocation, dependencies: [], dependencyLines: [] };
                gems.push(current);
                continue;
            }
            const dependency = SPEC_DEPENDENCY.exec(text);
            if (dependency?.[1] !== undefined && current !== undefined) {
                current.dependencies.push(dependency[1]);
                current.dependencyLines.push(index + 1);
                continue;
            }
            // A line at a dependency's depth that is not one: an edge Bundler would have recorded, not one to drop unsaid.
            if (current !== undefined && /^ {6}(?! )\S/.test(text))
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(text.trim(), 200))} is not a dependency of ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(current.name, 200)} (Bundler writes "name" or "name (requirement)"): it is cut short or was edited, and this edge is not listed (run bundle lock)`, index + 1);
            // A line at a spec's depth that is no `name (version)`: a gem Bundler would have locked with a version, not one to drop unsaid.
            if (/^ {4}(?! )\S/.test(text))
                unknowns.add(`${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(text.trim(), 200))} is not a locked gem (Bundler writes "name (version)"): it is cut short or was edited, and this gem is not listed (run bundle lock)`, index + 1);
        }
        if (sections === 0)
            unknowns.add('it has no section Bundler writes (GEM, DEPENDENCIES and the others): it is damaged or no Bundler lockfile, and nothing in it is listed (run bundle lock)', 1);
        const scopes = await scopesFromGemfile(input, direct, gems);
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .PackageCollector */ .UI(input);
        // Gems nothing reaches (a stale lock, a Gemfile form not understood) stay required: never hidden.
        for (const gem of gems)
            collector.add({ purl: gem.purl, ecosystem: 'gem', name: gem.name, version: gem.version, scope: scopes?.get(gem.name) ?? 'required', line: gem.line, downloadLocation: gem.downloadLocation, hashes: checksums.get(gem.lockName) ?? [] });
        // A gem locked for several platforms is one version in several builds: an edge goes to each.
        const byName = new Map();
        for (const gem of gems) {
            const named = byName.get(gem.name);
            if (named === undefined)
                byName.set(gem.name, new Set([gem.purl]));
            else
                named.add(gem.purl);
        }
        // A gem a spec or the Gemfile depends on that no spec locks: the lockfile is cut short or was edited (`bundle install --frozen` refuses it).
        // Bundler itself is the exception: gems may depend on it, and Bundler never locks itself as a spec.
        for (const gem of gems) {
            gem.dependencies.forEach((name, position) => {
                if (byName.has(name))
                    for (const target of byName.get(name) ?? [])
                        collector.relate(gem.purl, target);
                else if (name !== 'bundler')
                    unknowns.add(`${gem.name} ${gem.version} depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(name, 200)}, which no spec of the lockfile locks: it is cut short or was edited, and what it lacks is not listed (run bundle lock)`, gem.dependencyLines[position]);
            });
        }
        for (const listed of direct) {
            if (!byName.has(listed.name) && listed.name !== 'bundler')
                unknowns.add(`the Gemfile depends on ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(listed.name, 200)} (DEPENDENCIES), which no spec of the lockfile locks: it is cut short or was edited, and what it lacks is not listed (run bundle lock)`, listed.line);
        }
        const result = collector.result();
        // What DEPENDENCIES lists is what the project depends on, a gem another also needs included (not only what nothing else reaches).
        const declared = direct.flatMap((listed) => [...(byName.get(listed.name) ?? [])]);
        if (declared.length > 0)
            result.direct = (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .withOrphans */ .Ke)(declared, result.packages, result.relationships);
        return unknowns.into(result);
    },
};


/***/ }),

/***/ 897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ scopesByReachability)
/* harmony export */ });
/**
 * Scopes from reachability, for lockfiles that do not flag dev packages (yarn, pnpm 9, bun): what
 * production dependencies reach is required (optional once an optional edge is crossed), what only
 * dev dependencies reach is dev. Nodes nothing reaches stay required: leaving out a package that
 * ships is worse than listing one that does not.
 */
function scopesByReachability(starts, edges) {
    const scopes = new Map();
    const walk = (from, scope, followOptional, deferred) => {
        const queue = [...from].filter((node) => !scopes.has(node));
        for (const node of queue)
            scopes.set(node, scope);
        while (queue.length > 0) {
            const node = queue.pop();
            for (const edge of edges.get(node) ?? []) {
                if (scopes.has(edge.to))
                    continue;
                if (edge.optional && !followOptional) {
                    deferred.push(edge.to);
                    continue;
                }
                scopes.set(edge.to, scope);
                queue.push(edge.to);
            }
        }
    };
    const optionalStarts = [...starts.optional];
    walk(starts.required, 'required', false, optionalStarts);
    walk(optionalStarts, 'optional', true, []);
    walk(starts.dev, 'dev', true, []);
    return scopes;
}


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
