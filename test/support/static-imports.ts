import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** What the static imports of a source file reach: the src/ files, and each package and Node.js built-in with the src/ file that first imports it. */
export interface StaticImports {
  /** Paths relative to the repository root. */
  files: Set<string>;
  packages: Map<string, string>;
  /** `node:` specifiers. */
  builtins: Map<string, string>;
}

/** Follows the static imports and re-exports of `entry` (relative to the repository root) through src/; `import type` is erased and `await import(...)` loads lazily, so neither is followed. */
export function staticImports(entry: string): StaticImports {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const builtins = new Map<string, string>();
  const pending = [join(root, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const name = relative(root, file);
    if (files.has(name)) continue;
    files.add(name);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gms)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) {
        const found = specifier.startsWith('node:') ? builtins : packages;
        if (!found.has(specifier)) found.set(specifier, name);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (existsSync(target)) pending.push(target);
      else if (!specifier.endsWith('.json')) assert.fail(`${name} imports ${specifier}, which does not resolve to a .ts file`);
    }
  }
  return { files, packages, builtins };
}
