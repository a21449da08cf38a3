// The bundles load Node.js built-ins through process.getBuiltinModule, not a require function
// made per built-in: the rewrite of ncc's output that scripts/bundle.ts makes.
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { bundledPackages, checkEntryRewritten, loadBuiltinsDirectly } from '../../scripts/bundle.js';
import { tempDir } from '../support/tmp.js';

const IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";';
const load = (name: string): string => `module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)(${JSON.stringify(name)});`;

test('built-in modules are loaded through one loader; anything else is left to createRequire', () => {
  const code = `#!/usr/bin/env node\n${IMPORT}\n${load('node:crypto')}\n${load('fs')}\n${load('sodium-native')}\n`;
  const rewritten = loadBuiltinsDirectly(code, 'index.js');
  assert.equal((rewritten.match(/__trustKitBuiltin\("(node:crypto|fs)"\)/g) ?? []).length, 2);
  assert.match(rewritten, /__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("sodium-native"\)/);
  assert.ok(rewritten.startsWith(`#!/usr/bin/env node\n${IMPORT}\nconst __trustKitBuiltin = `), 'the loader is defined right after the import it falls back to');
});

test('the loader returns the built-ins themselves, and falls back to one require function where getBuiltinModule is missing', async (t) => {
  const dir = await tempDir(t);
  const rewritten = loadBuiltinsDirectly(`${IMPORT}\nexport const loaded = [__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path"), __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os")];\n`, 'chunk.js');
  const loadedBy = async (name: string): Promise<unknown[]> => {
    await writeFile(join(dir, name), rewritten);
    return ((await import(pathToFileURL(join(dir, name)).href)) as { loaded: unknown[] }).loaded;
  };
  const builtins = [(await import('node:path')).default, (await import('node:os')).default];
  assert.deepEqual(await loadedBy('direct.mjs'), builtins);
  const original = process.getBuiltinModule;
  try {
    Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true, writable: true });
    assert.deepEqual(await loadedBy('fallback.mjs'), builtins);
  } finally {
    Object.defineProperty(process, 'getBuiltinModule', { value: original, configurable: true, writable: true });
  }
});

test('a file without built-in loads is unchanged; one that loads them without the expected import fails the build', () => {
  assert.equal(loadBuiltinsDirectly('export const id = 11;\n', '11.index.js'), 'export const id = 11;\n');
  assert.throws(() => loadBuiltinsDirectly(`${load('node:fs')}\n`, 'odd.js'), /odd\.js: loads built-in modules through createRequire but does not import it as expected/);
});

test('ncc output in another shape fails the build instead of leaving built-ins on the slow path', () => {
  // Single quotes, spacing, or the require function kept in a variable: none is the call the rewrite knows.
  for (const changed of [
    `${IMPORT}\nmodule.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)('node:fs');\n`,
    `${IMPORT}\nmodule.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)( "node:fs" );\n`,
    `${IMPORT}\nconst __require = __WEBPACK_EXTERNAL_createRequire(import.meta.url);\nmodule.exports = __require("node:fs");\n`,
    `${IMPORT}\n${load('node:crypto')}\nmodule.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)('node:fs');\n`,
  ]) {
    assert.throws(() => loadBuiltinsDirectly(changed, 'index.js'), /index\.js: uses __WEBPACK_EXTERNAL_createRequire in a shape the built-in rewrite does not know/);
  }
  // An entry whose built-in loads were all missed (the alias renamed, say) fails too.
  const renamed = 'import { createRequire as __ncc_createRequire } from "module";\nmodule.exports = __ncc_createRequire(import.meta.url)("node:fs");\n';
  assert.equal(loadBuiltinsDirectly(renamed, 'index.js'), renamed);
  assert.throws(() => checkEntryRewritten(renamed, 'dist/cli/index.js'), /dist\/cli\/index\.js: no built-in module load was rewritten/);
  checkEntryRewritten(loadBuiltinsDirectly(`${IMPORT}\n${load('node:fs')}\n`, 'index.js'), 'index.js');
  // A CommonJS bundle is not what dist/ ships, and would skip the rewrite without a word.
  assert.throws(() => checkEntryRewritten('#!/usr/bin/env node\nconst fs = require("fs");\n', 'dist/cli/index.js'), /dist\/cli\/index\.js: ncc wrote a CommonJS bundle/);
});

test('the packages a bundle holds are read from every module of its stats, those webpack concatenated into another and nested node_modules included', () => {
  const loaders = 'javascript/esm|/r/node_modules/@vercel/ncc/dist/ncc/loaders/empty-loader.js!/r/node_modules/@vercel/ncc/dist/ncc/loaders/shebang-loader.js!';
  const packages = bundledPackages({
    modules: [
      { identifier: `${loaders}/r/lib/actions/sign/index.js`, modules: [{ identifier: `${loaders}/r/node_modules/@actions/core/lib/core.js` }, { identifier: `${loaders}/r/node_modules/a/node_modules/b/index.js` }] },
      { identifier: `javascript/dynamic|/r/node_modules/undici/index.js` },
    ],
  });
  assert.deepEqual(Object.fromEntries(packages), { '@actions/core': '/r/node_modules/@actions/core', b: '/r/node_modules/a/node_modules/b', undici: '/r/node_modules/undici' });
});

test('each action bundle\'s licences name the packages whose code it holds: ncc\'s own list left out @actions/core, undici and re2js', async () => {
  for (const entry of ['attest', 'checksums', 'release', 'sbom', 'sign', 'verify']) {
    const dir = join(import.meta.dirname, '..', '..', 'dist', entry);
    const code = (await Promise.all((await readdir(dir)).filter((file) => file.endsWith('.js')).map((file) => readFile(join(dir, file), 'utf8')))).join('\n');
    const notices = new Set((await readFile(join(dir, 'licenses.txt'), 'utf8')).split('\n'));
    for (const [name, mark] of [['@actions/core', 'getIDToken('], ['@actions/exec', 'class ToolRunner'], ['undici', 'undici'], ['re2js', 'RE2JS']] as const) {
      if (code.includes(mark)) assert.ok(notices.has(name), `dist/${entry} holds ${name} (${mark}) but its licenses.txt does not name it`);
    }
  }
});
