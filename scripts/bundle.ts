/**
 * Rebuilds all of dist/ from scratch: compile src/ to lib/ with tsc, then bundle each entry point
 * with ncc into dist/<name>/index.js. ncc never deletes stale files, so dist/ is removed first.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
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

/**
 * Compiles src/ into `lib` and bundles `entries` into `dist` (both emptied first), with the
 * libsodium binaries beside them. `lib` must have this repository's node_modules above it, or a
 * link to it, for ncc to resolve the dependencies.
 */
export function buildBundles(lib: string, dist: string, entries: Readonly<Record<string, string>> = ENTRIES): void {
  rmSync(lib, { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', lib], { cwd: root, stdio: 'inherit' });
  rmSync(dist, { recursive: true, force: true });
  for (const [name, source] of Object.entries(entries)) {
    execFileSync(bin('ncc'), ['build', join(lib, source), '-o', join(dist, name), '--license', 'licenses.txt', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
    for (const file of readdirSync(join(dist, name)).filter((entry) => entry.endsWith('.js'))) {
      const path = join(dist, name, file);
      const code = readFileSync(path, 'utf8');
      const loaded = loadBuiltinsDirectly(code, path);
      const rewritten = COMPILE_CACHED_ENTRIES.has(name) && file !== 'index.js' ? eagerFunctions(loaded, path) : loaded;
      if (rewritten !== code) writeFileSync(path, rewritten);
      if (file === 'index.js') checkEntryRewritten(rewritten, path);
    }
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
