// `trust-kit sbom DIR` loads only what cataloging lockfiles needs: start-up is a large share of its
// time on a real project (theia: about 35 ms of 270 ms went to the Sigstore clients, the registry
// client and their HTTP agents, which only `sbom IMAGE` needs). The image path is a dynamic import.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { staticImports as sharedStaticImports } from '../support/static-imports.js';

const root = join(import.meta.dirname, '..', '..');

/** The src/ files and the packages the static imports of `entry` reach. */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const path = relative(root, file);
    if (files.has(path)) continue;
    files.add(path);
    const text = readFileSync(file, 'utf8');
    // Static imports and re-exports only (`import type` is erased); `await import(...)` is what loads lazily.
    for (const match of text.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gms)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) {
        if (!specifier.startsWith('node:')) packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (existsSync(target)) pending.push(target);
      else if (!specifier.endsWith('.json')) assert.fail(`${path} imports ${specifier}, which does not resolve to a .ts file`);
    }
  }
  return { files, packages };
}

test('sbom of a directory reaches no Sigstore, registry or image code statically', () => {
  const { files, packages } = staticImports(join(root, 'src/cli/commands/sbom.ts'));
  assert.ok(files.has('src/sbom/run.ts') && packages.has('spdx-expression-parse'), 'the walk follows the SBOM pipeline');
  const sigstore = [...packages].filter((name) => name.startsWith('@sigstore/') || name.startsWith('@noble/'));
  assert.deepEqual(sigstore, [], 'Sigstore or its curves, statically');
  const unneeded = [...files].filter((file) => /^src\/(?:sigstore|oci|images|sbom\/image\/(?!argument\.ts))/.test(file) || file.startsWith('src/cli/commands/sign'));
  assert.deepEqual(unneeded, [], 'registry, image or signing code, statically');
  assert.match(readFileSync(join(root, 'src/cli/commands/sbom.ts'), 'utf8'), /await import\('\.\/sbom-image\.js'\)/);
});

test("sbom of a directory loads each lockfile parser's code only for a file it reads, and the purl library only for purls npm-purl.ts does not write", () => {
  const { files, packages } = staticImports(join(root, 'src/cli/commands/sbom.ts'));
  // unknowns.ts is the cap on listed unknowns, which the summary counts past too: a few lines, no parser's code.
  const parserCode = [...files].filter((file) => file.startsWith('src/sbom/parsers/') && !['src/sbom/parsers/index.ts', 'src/sbom/parsers/identities.ts', 'src/sbom/parsers/unknowns.ts', 'src/sbom/parsers/go/magic.ts', 'src/sbom/parsers/go/module-cache.ts'].includes(file));
  assert.deepEqual(parserCode, [], 'parser code, statically');
  assert.deepEqual([...packages].filter((name) => name === 'packageurl-js' || name === 'smol-toml'), [], 'the purl or TOML library, statically');
  // The npm parser's own imports reach npm-purl.ts, not the library.
  const npm = staticImports(join(root, 'src/sbom/parsers/javascript/npm.ts'));
  assert.ok(npm.files.has('src/sbom/npm-purl.ts') && !npm.packages.has('packageurl-js'));
});

test('sbom of a directory loads the child process module only to ask git for the timestamp', () => {
  const { builtins } = sharedStaticImports('src/cli/commands/sbom.ts');
  assert.equal(builtins.get('node:child_process'), undefined, 'node:child_process, statically');
  assert.match(readFileSync(join(root, 'src/sbom/index.ts'), 'utf8'), /await import\('node:child_process'\)/);
});
