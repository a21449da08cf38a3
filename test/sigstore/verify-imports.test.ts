// Offline verification loads no TUF client: tuf-js (and @sigstore/tuf's seeds) is most of the verifier's
// bundled code, and `verify-blob --trusted-root` never needs it, so nothing on that path may import it statically.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

/** Every package the static imports of `entry` reach within src/, with the src/ file that imports each. */
function staticPackages(entry: string): Map<string, string> {
  return new Map([...staticImports(entry)].filter(([specifier]) => !specifier.startsWith('node:')));
}

/** Every package and Node.js built-in the static imports of `entry` reach within src/, with the src/ file that imports each. */
function staticImports(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // Static imports and re-exports only (`import type` is erased); `await import(...)` is what loads lazily.
    for (const match of text.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gms)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) {
        packages.set(specifier, relative(root, file));
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (existsSync(target)) pending.push(target);
      else if (!specifier.endsWith('.json')) assert.fail(`${relative(root, file)} imports ${specifier}, which does not resolve to a .ts file`);
    }
  }
  return packages;
}

test('verify-blob, verify-checksums and the verify action reach the TUF client only through a dynamic import', () => {
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/commands/verify-checksums.ts', 'src/actions/verify/index.ts']) {
    const packages = staticPackages(join(root, entry));
    assert.ok(packages.has('@sigstore/bundle'), `${entry}: the walk follows the verifier's imports`);
    for (const tuf of ['@sigstore/tuf', '@sigstore/tuf/seeds.json', '@sigstore/tuf/dist/appdata.js', 'tuf-js']) assert.equal(packages.get(tuf), undefined, `${entry} imports ${tuf} statically`);
  }
  assert.match(readFileSync(join(root, 'src/sigstore/verify/trust.ts'), 'utf8'), /await import\('\.\/tuf-client\.js'\)/);
  assert.ok(staticPackages(join(root, 'src/sigstore/verify/tuf-client.ts')).has('tuf-js'), 'the walk sees what the TUF client imports');
});

test('verify-blob loads only what verifying one file needs: no checksums library (its glob matcher), signing client or SBOM code', () => {
  const packages = staticPackages(join(root, 'src/cli/commands/verify-blob.ts'));
  for (const unneeded of ['tinyglobby', '@sigstore/sign', '@cyclonedx/cyclonedx-library', 'smol-toml', 'yaml']) {
    assert.equal(packages.get(unneeded), undefined, `verify-blob reaches ${unneeded} statically, through ${packages.get(unneeded) ?? ''}`);
  }
});

test('verify-blob and verify-checksums load the pure-JavaScript ECDSA (@noble/curves) only to verify by digest, through a dynamic import', () => {
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/commands/verify-checksums.ts']) {
    const noble = [...staticPackages(join(root, entry))].filter(([name]) => name.startsWith('@noble/curves'));
    assert.deepEqual(noble, [], `${entry} imports @noble/curves statically`);
  }
  assert.match(readFileSync(join(root, 'src/sigstore/verify/prehashed.ts'), 'utf8'), /await import\('@noble\/curves\/nist\.js'\)/);
});

test('verify-blob never imports node:fs/promises statically: bundled, it loads readline and the REPL history with it (about 2 ms)', () => {
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/main.ts']) {
    const imports = staticImports(join(root, entry));
    assert.ok(imports.has('node:crypto'), `${entry}: the walk sees built-ins`);
    assert.equal(imports.get('node:fs/promises'), undefined, `${entry} reaches node:fs/promises through ${imports.get('node:fs/promises') ?? ''}`);
  }
});
