// Offline verification loads no TUF client: tuf-js (and @sigstore/tuf's seeds) is most of the verifier's
// bundled code, and `verify-blob --trusted-root` never needs it, so nothing on that path may import it statically.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { staticImports } from '../support/static-imports.js';

const root = join(import.meta.dirname, '..', '..');

/** Every package the static imports of `entry` (relative to the repository root) reach within src/, with the src/ file that imports each. */
function staticPackages(entry: string): Map<string, string> {
  return staticImports(entry).packages;
}

test('verify-blob, verify-checksums and the verify action reach the TUF client only through a dynamic import', () => {
  // The action's entry loads its code (main.ts) through a dynamic import, once the secrets are set aside: that code is walked.
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/commands/verify-checksums.ts', 'src/actions/verify/main.ts']) {
    const packages = staticPackages(entry);
    assert.ok(staticImports(entry).files.has('src/sigstore/verify/verify.ts'), `${entry}: the walk follows the verifier's imports`);
    for (const tuf of ['@sigstore/tuf', '@sigstore/tuf/seeds.json', '@sigstore/tuf/dist/appdata.js', 'tuf-js']) assert.equal(packages.get(tuf), undefined, `${entry} imports ${tuf} statically`);
  }
  assert.match(readFileSync(join(root, 'src/sigstore/verify/trust-tuf.ts'), 'utf8'), /await import\('\.\/tuf-client\.js'\)/);
  assert.ok(staticPackages('src/sigstore/verify/tuf-client.ts').has('tuf-js'), 'the walk sees what the TUF client imports');
});

test('verify-blob and verify-checksums read bundles and trusted roots themselves: no @sigstore package (protobuf-specs\' generated readers, about 3 ms a start) is imported statically', () => {
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/commands/verify-checksums.ts']) {
    const sigstore = [...staticPackages(entry)].filter(([name]) => name.startsWith('@sigstore/'));
    assert.deepEqual(sigstore, [], `${entry} imports @sigstore packages statically`);
  }
});

test('offline verification loads no TUF loader and no proxy support: verify-blob and verify-checksums reach them only when a trusted root is fetched, through a dynamic import', () => {
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/commands/verify-checksums.ts']) {
    const { files } = staticImports(entry);
    for (const late of ['src/sigstore/verify/trust-tuf.ts', 'src/core/proxy.ts', 'src/core/proxy-tunnel.ts']) assert.equal(files.has(late), false, `${entry} imports ${late} statically`);
  }
  assert.match(readFileSync(join(root, 'src/sigstore/verify/files.ts'), 'utf8'), /await import\('\.\/trust-tuf\.js'\)/);
});

test('verify-blob loads only what verifying one file needs: no checksums library (its glob matcher), signing client or SBOM code', () => {
  const packages = staticPackages('src/cli/commands/verify-blob.ts');
  for (const unneeded of ['tinyglobby', '@sigstore/sign', '@cyclonedx/cyclonedx-library', 'smol-toml', 'yaml']) {
    assert.equal(packages.get(unneeded), undefined, `verify-blob reaches ${unneeded} statically, through ${packages.get(unneeded) ?? ''}`);
  }
});

test('verify-blob and verify-checksums load the pure-JavaScript ECDSA (@noble/curves) only to verify by digest, through a dynamic import', () => {
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/commands/verify-checksums.ts']) {
    const noble = [...staticPackages(entry)].filter(([name]) => name.startsWith('@noble/curves'));
    assert.deepEqual(noble, [], `${entry} imports @noble/curves statically`);
  }
  assert.match(readFileSync(join(root, 'src/sigstore/verify/prehashed.ts'), 'utf8'), /await import\('@noble\/curves\/nist\.js'\)/);
});

test('verify-blob never imports node:fs/promises statically: bundled, it loads readline and the REPL history with it (about 2 ms)', () => {
  for (const entry of ['src/cli/commands/verify-blob.ts', 'src/cli/main.ts']) {
    const imports = staticImports(entry).builtins;
    assert.ok(imports.has('node:crypto'), `${entry}: the walk sees built-ins`);
    assert.equal(imports.get('node:fs/promises'), undefined, `${entry} reaches node:fs/promises through ${imports.get('node:fs/promises') ?? ''}`);
  }
});

test('the code verify-blob loads is ASCII, comments included (the bundle keeps them): one other character makes Node.js hold a whole bundled chunk as a two-byte string', () => {
  for (const entry of ['src/cli/bin.ts', 'src/cli/main.ts', 'src/cli/commands/verify-blob.ts']) {
    for (const file of staticImports(entry).files) {
      const text = readFileSync(join(root, file), 'utf8');
      const other = /[^\t\n\r -~]/.exec(text);
      assert.equal(other, null, `${file}:${text.slice(0, other?.index ?? 0).split('\n').length} holds ${JSON.stringify(other?.[0])}: write it as a \\u escape`);
    }
  }
});
