import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The few libsodium functions trust-kit calls, as the sodium-native 5.1.0 binding exposes them. */
export interface SodiumBinding {
  sodium_malloc(length: number): ArrayBuffer;
  sodium_free(buffer: ArrayBuffer): void;
  sodium_mprotect_noaccess(buffer: ArrayBuffer): number;
  sodium_mprotect_readwrite(buffer: ArrayBuffer): number;
  sodium_mlock(view: Uint8Array): number;
  sodium_memzero(view: Uint8Array): void;
  crypto_secretbox_easy(c: Uint8Array, m: Uint8Array, n: Uint8Array, k: Uint8Array): number;
  crypto_secretbox_open_easy(m: Uint8Array, c: Uint8Array, n: Uint8Array, k: Uint8Array): boolean;
  crypto_secretbox_KEYBYTES: number;
  crypto_secretbox_NONCEBYTES: number;
  crypto_secretbox_MACBYTES: number;
}

/** The outcome of looking for the native binding: the binding and its file, or why none loaded. */
export type NativeLoad = { binding: SodiumBinding; file: string } | { binding: undefined; reason: string };

const FUNCTIONS = [
  'sodium_malloc',
  'sodium_free',
  'sodium_mprotect_noaccess',
  'sodium_mprotect_readwrite',
  'sodium_mlock',
  'sodium_memzero',
  'crypto_secretbox_easy',
  'crypto_secretbox_open_easy',
] as const;

/** The prebuild directory sodium-native uses for this process: `<platform>-<arch>`. */
function nativeTarget(): string {
  return `${process.platform}-${process.arch}`;
}

/**
 * Where the binary may be, in order: `prebuilds/<target>/` in `from` or beside it (the bundles in
 * dist/<entry>/ find dist/prebuilds, copied there by scripts/bundle.ts), then in the sodium-native
 * package that Node.js resolves from `from` (the library from lib/ or src/). No other directory
 * is searched: a `prebuilds` folder anywhere above the package (another package's, or one planted
 * in a project) would run its code in the process that holds the secrets.
 */
function nativeCandidates(from: string): string[] {
  const file = join('prebuilds', nativeTarget(), 'sodium-native.node');
  const candidates = [join(from, file), join(dirname(from), file)];
  try {
    candidates.push(join(dirname(createRequire(join(from, 'noop.js')).resolve('sodium-native/package.json')), file));
  } catch {
    // Not installed: the bundles carry their own, and without one the portable backend says why.
  }
  return candidates;
}

/**
 * Loads libsodium from sodium-native's prebuilt Node-API binary with `process.dlopen`, which a
 * bundler neither rewrites nor follows (ncc cannot bundle sodium-native's own loader).
 */
export function loadSodium(from = dirname(fileURLToPath(import.meta.url))): NativeLoad {
  const cached = loads.get(from);
  if (cached !== undefined) return cached;
  const load = dlopenSodium(from);
  loads.set(from, load);
  return load;
}

/** Loads per directory searched: a binary is opened once per process, however often protection is re-enabled. */
const loads = new Map<string, NativeLoad>();

function dlopenSodium(from: string): NativeLoad {
  const file = nativeCandidates(from).find((candidate) => existsSync(candidate));
  if (file === undefined) return { binding: undefined, reason: `no libsodium binary for ${nativeTarget()} in ${join(dirname(from), 'prebuilds')} or in the sodium-native package` };
  const module = { exports: {} as Record<string, unknown> };
  try {
    process.dlopen(module, file);
  } catch (error) {
    return { binding: undefined, reason: `${file} did not load: ${error instanceof Error ? error.message : String(error)}` };
  }
  const missing = FUNCTIONS.filter((name) => typeof module.exports[name] !== 'function');
  const sizes = [module.exports.crypto_secretbox_KEYBYTES, module.exports.crypto_secretbox_NONCEBYTES, module.exports.crypto_secretbox_MACBYTES];
  if (missing.length > 0 || sizes.join() !== '32,24,16') {
    return { binding: undefined, reason: `${file} is not the sodium-native 5.1.0 binding (missing: ${missing.join(', ') || 'secretbox sizes'})` };
  }
  return { binding: module.exports as unknown as SodiumBinding, file };
}
