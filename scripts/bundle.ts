/**
 * Rebuilds all of dist/ from scratch: compile src/ to lib/ with tsc, then bundle each entry point
 * with ncc into dist/<name>/index.js. ncc never deletes stale files, so dist/ is removed first.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eagerFunctions } from './eager-functions.js';

/** Every bundled entry point: dist/<name>/index.js is built from lib/<source>. */
export const ENTRIES: Readonly<Record<string, string>> = {
  cli: 'cli/bin.js',
  checksums: 'actions/checksums/index.js',
  release: 'actions/release/index.js',
  sbom: 'actions/sbom/index.js',
  sign: 'actions/sign/index.js',
  verify: 'actions/verify/index.js',
  attest: 'actions/attest/index.js',
};

/** Runner platforms whose libsodium binary travels in dist/prebuilds/ (src/secrets/native.ts loads it; ncc cannot). */
const NATIVE_TARGETS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];

const root = join(import.meta.dirname, '..');

/** How ncc's ES module output imports `createRequire`, through which it loads every Node.js built-in module. */
const EXTERNAL_REQUIRE_IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";';
const EXTERNAL_REQUIRE_CALL = /__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\(("[^"\\]+")\)/g;
/**
 * What built-in modules are loaded with instead: `process.getBuiltinModule` returns the module
 * itself, where ncc's `createRequire(import.meta.url)(name)` builds a new require function, with
 * a path lookup from the bundle's URL, for each of the 40 to 50 built-ins a bundle names: about 3
 * ms of every CLI start. A Node.js without it (older than 20.16, which the runtime check then
 * refuses with one line) gets one require function.
 */
const BUILTIN_LOADER = 'const __trustKitBuiltin = typeof process.getBuiltinModule === "function" ? (id) => process.getBuiltinModule(id) : __WEBPACK_EXTERNAL_createRequire(import.meta.url);';

/**
 * Rewrites a bundle file's loads of Node.js built-in modules to {@link BUILTIN_LOADER}; anything
 * else loaded through `createRequire` is left to it. Returns the text unchanged when it loads none.
 */
export function loadBuiltinsDirectly(code: string, file: string): string {
  let rewritten = 0;
  const text = code.replace(EXTERNAL_REQUIRE_CALL, (call, name: string) => {
    if (!isBuiltin(JSON.parse(name) as string)) return call;
    rewritten += 1;
    return `__trustKitBuiltin(${name})`;
  });
  checkNoOtherUse(text, file);
  if (rewritten === 0) return code;
  const at = text.indexOf(EXTERNAL_REQUIRE_IMPORT);
  // A later ncc that imports createRequire otherwise must fail the build, not ship a bundle that cannot start.
  if (at === -1) throw new Error(`${file}: loads built-in modules through createRequire but does not import it as expected (${EXTERNAL_REQUIRE_IMPORT})`);
  const end = at + EXTERNAL_REQUIRE_IMPORT.length;
  return `${text.slice(0, end)}\n${BUILTIN_LOADER}${text.slice(end)}`;
}

/** Every mention of ncc's createRequire alias, and the calls of it in the one shape the rewrite knows. */
const ALIAS_MENTION = /__WEBPACK_EXTERNAL_createRequire/g;
const KNOWN_MENTIONS = [EXTERNAL_REQUIRE_IMPORT, EXTERNAL_REQUIRE_CALL];

/**
 * Fails the build when ncc's alias appears in any shape but its import and the calls the rewrite
 * knows (a non-built-in left to it): a later ncc that writes the call otherwise (other quotes,
 * spacing, the require function kept in a variable) would leave every built-in on the slow path
 * without a word, or half rewritten.
 */
function checkNoOtherUse(text: string, file: string): void {
  const mentions = text.match(ALIAS_MENTION)?.length ?? 0;
  const known = KNOWN_MENTIONS.reduce((count, shape) => count + (typeof shape === 'string' ? text.split(shape).length - 1 : (text.match(shape)?.length ?? 0)), 0);
  if (mentions !== known) throw new Error(`${file}: uses __WEBPACK_EXTERNAL_createRequire in a shape the built-in rewrite does not know (${mentions - known} of ${mentions} uses): update scripts/bundle.ts for this ncc`);
}

/**
 * Fails the build when an entry's bundle is not the ES module `dist/` ships, or loads no built-in
 * through the loader: every entry loads some (node:fs at least), so none means ncc no longer writes
 * the loads the rewrite looks for. ncc writes CommonJS for sources outside a `"type": "module"`
 * package, which a build into a temporary directory gets by writing one above its `lib`.
 */
export function checkEntryRewritten(code: string, file: string): void {
  if (!code.includes('import.meta')) throw new Error(`${file}: ncc wrote a CommonJS bundle, not the ES module dist/ ships: build from a lib directory under a package.json that says "type": "module"`);
  if (!code.includes('__trustKitBuiltin(')) throw new Error(`${file}: no built-in module load was rewritten; ncc's output has changed shape: update scripts/bundle.ts for this ncc`);
}
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/**
 * The entries that run with Node's compile cache on (src/cli/bin.ts turns it on before it loads
 * the rest), whose chunks other than the entry file are rewritten so that their functions are
 * compiled with them, into the cache (scripts/eager-functions.ts): about 4 ms of a `verify-blob`.
 * An entry without the cache would compile every function of every chunk it loads on each run.
 */
const COMPILE_CACHED_ENTRIES = new Set(['cli']);

/** One module of webpack's stats as ncc writes them (`--stats-out`): a concatenated module lists those it joined. */
interface StatsModule {
  identifier?: string;
  modules?: StatsModule[];
}

/**
 * The directory of each package whose code a bundle holds, by package name, from webpack's stats:
 * every module's path, those webpack concatenated into another included (ncc's licence list, which
 * reads only the outer modules, missed @actions/core, undici and re2js among others).
 */
export function bundledPackages(stats: { modules?: StatsModule[] }): Map<string, string> {
  const packages = new Map<string, string>();
  const visit = (modules: readonly StatsModule[] | undefined): void => {
    for (const module of modules ?? []) {
      // The module's file: after its loaders (`loader!...!file`), without webpack's `type|` prefix.
      const file = (module.identifier ?? '').split('!').at(-1)?.split('|').find((part) => /[\\/]node_modules[\\/]/.test(part)) ?? '';
      // The last node_modules of the path: a package's own nested dependency is that dependency.
      const match = /^(.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+))[\\/](?!.*[\\/]node_modules[\\/])/.exec(file);
      if (match?.[1] !== undefined && match[2] !== undefined) packages.set(match[2].replace(/\\/g, '/'), match[1]);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return packages;
}

/** The names a licences file written by ncc lists: each notice starts with the package's name on a line of its own, its licence on the next. */
function listedPackages(notices: string, names: Iterable<string>): Set<string> {
  const lines = new Set(notices.split('\n'));
  return new Set([...names].filter((name) => lines.has(name)));
}

/**
 * Appends to an entry's `licenses.txt` the notice of every package its bundle holds that ncc left
 * out, in ncc's layout (name, licence, the package's licence file if it has one), sorted by name. A
 * package whose package.json names no licence fails the build.
 */
function completeNotices(licenses: string, packages: ReadonlyMap<string, string>): void {
  const notices = readFileSync(licenses, 'utf8');
  const listed = listedPackages(notices, packages.keys());
  const missing = [...packages.keys()].filter((name) => !listed.has(name) && name !== '@vercel/ncc').sort();
  let added = '';
  for (const name of missing) {
    const dir = packages.get(name) ?? '';
    const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(entry));
    const { license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: unknown };
    // As ncc writes a package that ships no licence file (spdx-exceptions): its name and licence alone.
    if (typeof license !== 'string') throw new Error(`${name} (${dir}) is bundled but its package.json names no licence: add its notice to this build`);
    added += `\n${name}\n${license}\n${file === undefined ? '' : `${readFileSync(join(dir, file), 'utf8').trimEnd()}\n`}\n`;
  }
  if (added !== '') appendFileSync(licenses, added);
}

/**
 * Bundles one entry (`lib/<source>`) into `dist/<name>` with ncc, its webpack stats in `scratch`,
 * then completes its licence notices and rewrites its built-in loads (and, with the compile cache,
 * its chunks' functions).
 */
function bundleEntry(lib: string, dist: string, name: string, source: string, scratch: string): void {
  const stats = join(scratch, `${name}.stats.json`);
  execFileSync(bin('ncc'), ['build', join(lib, source), '-o', join(dist, name), '--license', 'licenses.txt', '--stats-out', stats, '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  completeNotices(join(dist, name, 'licenses.txt'), bundledPackages(JSON.parse(readFileSync(stats, 'utf8')) as { modules?: StatsModule[] }));
  for (const file of readdirSync(join(dist, name)).filter((entry) => entry.endsWith('.js'))) {
    const path = join(dist, name, file);
    const code = readFileSync(path, 'utf8');
    const loaded = loadBuiltinsDirectly(code, path);
    const rewritten = COMPILE_CACHED_ENTRIES.has(name) && file !== 'index.js' ? eagerFunctions(loaded, path) : loaded;
    if (rewritten !== code) writeFileSync(path, rewritten);
    if (file === 'index.js') checkEntryRewritten(rewritten, path);
  }
}

/**
 * Compiles src/ into `lib` and bundles `entries` into `dist` (both emptied first), with the
 * libsodium binaries beside them. `lib` must have this repository's node_modules above it, or a
 * link to it, for ncc to resolve the dependencies.
 */
export function buildBundles(lib: string, dist: string, entries: Readonly<Record<string, string>> = ENTRIES): void {
  rmSync(lib, { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib], { cwd: root, stdio: 'inherit' });
  rmSync(dist, { recursive: true, force: true });
  const scratch = mkdtempSync(join(tmpdir(), 'trust-kit-bundle-'));
  try {
    for (const [name, source] of Object.entries(entries)) bundleEntry(lib, dist, name, source, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const sodium = join(root, 'node_modules', 'sodium-native');
  for (const target of NATIVE_TARGETS) {
    mkdirSync(join(dist, 'prebuilds', target), { recursive: true });
    copyFileSync(join(sodium, 'prebuilds', target, 'sodium-native.node'), join(dist, 'prebuilds', target, 'sodium-native.node'));
  }
  // The binaries are sodium-native's (MIT) and libsodium's (ISC), compiled in: both notices, since sodium-native's package carries only its own.
  writeFileSync(join(dist, 'prebuilds', 'LICENSE'), readFileSync(join(sodium, 'LICENSE'), 'utf8') + readFileSync(join(root, 'scripts', 'licenses', 'libsodium.txt'), 'utf8'));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildBundles(join(root, 'lib'), join(root, 'dist'));
}
