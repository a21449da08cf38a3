// What src/ loads at run time is what the published package installs: every package a src/ file
// imports (statically or with `import()`; `import type` is erased) is one of package.json's
// `dependencies`. A development dependency there would be missing for users of the npm package
// (the bundles in dist/ carry their code, lib/ does not).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

/** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/** Each package src/ loads at run time, with the first file that loads it. */
function runtimeImports(): Map<string, string> {
  const found = new Map<string, string>();
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(join(root, 'src', file), 'utf8');
    const specifiers = [
      ...[...text.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gms)].map((match) => match[1] ?? match[2] ?? ''),
      ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => match[1] ?? ''),
    ];
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const name = packageOf(specifier);
      if (!found.has(name)) found.set(name, relative(root, join(root, 'src', file)));
    }
  }
  return found;
}

test('every package src/ loads at run time is a dependency of the published package, not a development one', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const imports = runtimeImports();
  assert.ok(imports.has('spdx-expression-parse') && imports.has('@sigstore/sign') && imports.has('@noble/curves'), 'the scan sees static and dynamic imports');
  const missing = [...imports].filter(([name]) => name !== manifest.name && manifest.dependencies[name] === undefined).map(([name, file]) => `${name} (${file})`);
  assert.deepEqual(missing, []);
});

test('@cyclonedx/cyclonedx-library is a development dependency only: trust-kit writes CycloneDX itself, the tests compare with the library and load its schemas', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  assert.equal(manifest.dependencies['@cyclonedx/cyclonedx-library'], undefined);
  assert.ok(manifest.devDependencies['@cyclonedx/cyclonedx-library'] !== undefined);
  assert.equal(runtimeImports().get('@cyclonedx/cyclonedx-library'), undefined);
});
